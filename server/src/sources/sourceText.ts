/**
 * Whether the bytes of a custom source can be used, wherever they were read (the file system in Node, the
 * VS Code workspace API in the browser), and the one message that says why not.
 */

/** Largest custom source read, in bytes. */
export const MAX_SOURCE_BYTES = 5 * 1024 * 1024;

/** The names file that may come with a source (source.md → source.names.json): its path with `.names.json` for its extension. */
export const namesPathOf = (source: string): string => source.replace(/(\.[^./\\]*)?$/, '.names.json');

/** The problem with a source of `size` bytes, if it is too large to read. */
export function sizeProblem(size: number): string | undefined {
  return size > MAX_SOURCE_BYTES ? `is too large (${(size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_SOURCE_BYTES / 1024 / 1024} MB)` : undefined;
}

/** The text of a source's bytes (UTF-8), or why they are not a usable Markdown or plain-text source. */
export function sourceTextOf(bytes: Uint8Array): { text: string } | { problem: string } {
  const tooLarge = sizeProblem(bytes.length);
  if (tooLarge) return { problem: tooLarge };
  if (bytes.subarray(0, 8192).includes(0)) return { problem: 'is a binary file, not Markdown or plain text' };
  const text = new TextDecoder('utf-8').decode(bytes);
  const replaced = (text.match(/\uFFFD/g) ?? []).length;
  if (replaced > Math.max(8, text.length / 100)) return { problem: 'is not UTF-8 text' };
  if (!text.trim()) return { problem: 'is empty' };
  return { text };
}
