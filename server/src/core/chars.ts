/**
 * Character classes by UTF-16 code, for the loops that run at every character of a draft (a regex test
 * per character, or a cut string, costs more). A code past the end of a text (NaN) is in no class.
 */

/** 0-9. */
export const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A-Z, a-z. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** A-Z, a-z, 0-9: what a Latin word is made of. */
export const isAsciiLetterOrDigit = (c: number): boolean => isAsciiLetter(c) || isAsciiDigit(c);

/** The CJK range the reader counts as Chinese text (extension A and the unified ideographs). */
export const CJK_FIRST = 0x3400;
export const CJK_LAST = 0x9fff;
export const isCjk = (c: number): boolean => c >= CJK_FIRST && c <= CJK_LAST;

/** The unified ideographs (U+4E00–U+9FFF), the characters the product names are written in. */
export const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
