/**
 * Traditional Chinese read as simplified: a draft or a source written in Hong Kong or Taiwan usage (營收, 億,
 * 可靈, 線上營銷服務) folds to simplified character by character, keeping every offset, so it meets the same
 * words, numbers and names. The pairs are data (data/language/traditional-to-simplified.json, made with
 * opencc-js); characters simplified Chinese also writes (著, 乾) are not folded.
 */
import data from '../../../data/language/traditional-to-simplified.json';

/** The simplified code of each folding traditional code (0 where a code does not fold). */
const SIMPLIFIED = new Uint16Array(0x10000);
for (let i = 0; i + 1 < data.pairs.length; i += 2) SIMPLIFIED[data.pairs.charCodeAt(i)] = data.pairs.charCodeAt(i + 1);

/** Folds the character codes in place, from traditional to simplified. */
export function foldTraditional(codes: Uint16Array): void {
  for (let i = 0; i < codes.length; i++) {
    const s = SIMPLIFIED[codes[i]];
    if (s) codes[i] = s;
  }
}

/** `text` with its traditional characters folded to simplified (same length). */
export function toSimplified(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const s = SIMPLIFIED[text.charCodeAt(i)];
    if (!s) continue;
    out += text.slice(from, i) + String.fromCharCode(s);
    from = i + 1;
  }
  return from ? out + text.slice(from) : text;
}

/** How far either side of a place a draft's script is read (a sentence or so). */
const SCRIPT_WINDOW = 40;

/** Whether the text around [start, end) writes traditional characters (可靈, 數位人): a fix there writes them too. */
export function writesTraditional(text: string, start: number, end: number): boolean {
  const from = Math.max(0, start - SCRIPT_WINDOW);
  const to = Math.min(text.length, end + SCRIPT_WINDOW);
  for (let i = from; i < to; i++) if (SIMPLIFIED[text.charCodeAt(i)]) return true;
  return false;
}

/** The one traditional code of each simplified code that exactly one traditional code folds to (0 otherwise). */
let TRADITIONAL: Uint16Array | undefined;

/**
 * `text` written in traditional script where each character has exactly one traditional form (女娲数字人 →
 * 女媧數字人); a character with several (发: 發, 髮) or none is kept.
 */
export function toTraditional(text: string): string {
  if (!TRADITIONAL) {
    const table = new Uint16Array(0x10000);
    const count = new Uint8Array(0x10000);
    for (let i = 0; i + 1 < data.pairs.length; i += 2) {
      const simplified = data.pairs.charCodeAt(i + 1);
      count[simplified]++;
      table[simplified] = data.pairs.charCodeAt(i);
    }
    for (let c = 0; c < 0x10000; c++) if (count[c] !== 1) table[c] = 0;
    TRADITIONAL = table;
  }
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const t = TRADITIONAL[text.charCodeAt(i)];
    out += t ? String.fromCharCode(t) : text[i];
  }
  return out;
}
