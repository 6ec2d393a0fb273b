/**
 * Custom sources: extra documents (a newer edition, a corrections sheet, another paper in Markdown or plain
 * text) that the checker reads together with, or instead of, the shipped paper. Each file is checked before
 * it is read; a missing, unreadable, binary or huge file yields one clear problem and is left out, and the
 * checker goes on with what it has.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, isAbsolute, resolve } from 'node:path';
import { buildFactIndex, type FactIndex } from '../core/factIndex';
import { readNamesData, type NamesData } from '../core/names';
import { namesPathOf, sizeProblem, sourceTextOf } from './sourceText';
import { loadShippedIndex, SHIPPED_PAPER, SHIPPED_PAPER_NAME } from './shippedIndex';

export { MAX_SOURCE_BYTES } from './sourceText';

export interface SourceProblem {
  path: string;
  message: string;
}

export interface LoadedSources {
  index: FactIndex;
  /** The text of each source read, by name (to show a passage in place). */
  texts: Map<string, string>;
  problems: SourceProblem[];
  /** Absolute paths of the custom sources named (read or not), to watch for changes. */
  paths: string[];
}

/** Reads one custom source, or says why it cannot be used. */
export function readSource(path: string): { text: string } | { problem: string } {
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) return { problem: 'is not a file' };
    size = st.size;
  } catch {
    return { problem: 'was not found' };
  }
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { problem: tooLarge };
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return { problem: `could not be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})` };
  }
  return sourceTextOf(bytes);
}

/** A names file's names (core/names.ts NamesData), or why it cannot be used (it is then left out, with a message). */
function readNamesFile(path: string): NamesData | { problem: string } {
  let json: unknown;
  try {
    const tooLarge = sizeProblem(statSync(path).size);
    if (tooLarge) return { problem: tooLarge };
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (e) {
    return { problem: `is not a readable names file (${(e as Error).message})` };
  }
  return readNamesData(json);
}

/**
 * The index to check against: the shipped paper (unless `useShippedPaper` is false) and every usable
 * custom source. Relative paths are resolved against `root`; without a root (or in an untrusted
 * workspace, where the caller passes none) they are not read.
 */
export function loadSources(paths: string[], useShippedPaper: boolean, root: string | undefined, shippedPaper: string = SHIPPED_PAPER): LoadedSources {
  const problems: SourceProblem[] = [];
  const texts: Array<{ name: string; text: string; names?: NamesData }> = [];
  const absolute: string[] = [];
  for (const p of paths) {
    if (typeof p !== 'string' || !p.trim()) continue;
    if (!isAbsolute(p) && !root) {
      problems.push({ path: p, message: 'is a relative path and there is no trusted workspace folder to resolve it against' });
      continue;
    }
    const full = isAbsolute(p) ? p : resolve(root!, p);
    absolute.push(full);
    const read = readSource(full);
    if ('problem' in read) {
      problems.push({ path: full, message: read.problem });
      continue;
    }
    // Its names file, when it comes with one (source.md → source.names.json, as data/paper.md has data/paper.names.json).
    const namesPath = namesPathOf(full);
    const names = existsSync(namesPath) ? readNamesFile(namesPath) : undefined;
    if (names) absolute.push(namesPath);
    if (names && 'problem' in names) problems.push({ path: namesPath, message: names.problem });
    texts.push({ name: basename(full), text: read.text, ...(names && !('problem' in names) ? { names } : {}) });
  }
  if (!texts.length) {
    if (!useShippedPaper && paths.length) problems.push({ path: shippedPaper, message: 'is used because no custom source could be read' });
    return { index: loadShippedIndex(shippedPaper), texts: new Map(), problems, paths: absolute };
  }
  const all = useShippedPaper ? [{ name: SHIPPED_PAPER_NAME, text: readFileSync(shippedPaper, 'utf8') }, ...texts] : texts;
  return { index: buildFactIndex(all), texts: new Map(all.map((t) => [t.name, t.text])), problems, paths: absolute };
}
