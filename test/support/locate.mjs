/**
 * Where a labelled figure stands in a draft, exactly as the shared scorer's locate() finds it: the n-th
 * token-bounded occurrence of `needle` (a digit or letter next to it, or a separator between digits, ends
 * no token). Shared by the label validators of test/holdout and test/real.
 */
export function locate(text, needle, n) {
  let from = 0; let count = 0;
  for (;;) {
    const i = text.indexOf(needle, from);
    if (i < 0) return null;
    const before = i > 0 ? text[i - 1] : '';
    const after = text[i + needle.length] ?? '';
    const before2 = i > 1 ? text[i - 2] : '';
    const after2 = text[i + needle.length + 1] ?? '';
    const okBefore = !/[0-9A-Za-z]/.test(needle[0]) || !(/[A-Za-z0-9_\-]/.test(before) || (/[.,]/.test(before) && /[0-9]/.test(before2)));
    const okAfter = !/[0-9A-Za-z%]/.test(needle[needle.length - 1]) || !(/[A-Za-z0-9_%]/.test(after) || (/[.,]/.test(after) && /[0-9]/.test(after2)));
    if (okBefore && okAfter && ++count === n) return { start: i, end: i + needle.length };
    from = i + 1;
  }
}
