/**
 * What a number counts: the noun or measure word around a count ("600 million videos", 1.75 亿张图片,
 * 用户规模突破 6000 万, 136 起), read into a thing (video, image, user …) and the coarse groups of things it
 * may be, from the general word lists in data/language/counted-things.json. Two counts of different
 * things are never compared: 6 亿个视频 says nothing about 1.75 亿张图片.
 */
import { ZH_MEASURES } from './units';
import data from '../../../data/language/counted-things.json';
import { isAsciiLetter } from './chars';

/** What a count counts, as far as its words tell. */
export interface Counted {
  /** The thing named ("video", "user"); absent when only a measure word or nothing says it. */
  thing?: string;
  /** The groups the count may belong to (from the thing, else from its measure word); empty when unknown. */
  groups: string[];
  /** An English noun right after the number that the word lists do not know ("33 PhD fellowships"): it names some other thing. */
  noun?: string;
}

interface ThingEntry {
  id: string;
  group: string;
  zh: string[];
  en: string[];
  generic?: boolean;
}

const THINGS = data.things as ThingEntry[];
const GROUP_OF = new Map(THINGS.map((t) => [t.id, t.group]));
const MEASURE_GROUPS = new Map(Object.entries(data.measureWords as Record<string, string[]>));
/** Measure words that count two things at once (人次: people, and times). */
const COMPOUND_MEASURES = new Set(data.compoundMeasureWords as string[]);
/** Measure words, longest first (人次 before 人). */
const MEASURE_WORDS = [...MEASURE_GROUPS.keys(), ...data.genericMeasureWords].sort((a, b) => b.length - a.length);

/** Chinese words → thing, longest first so 用户规模 wins over 用户. */
const ZH_WORDS: Array<[string, string]> = THINGS.flatMap((t) => t.zh.map((w): [string, string] => [w, t.id]))
  // Latin words among them (DAU, Token, APP) are read as English words, whole: never inside another word.
  .filter(([w]) => /[^\x00-\x7f]/.test(w))
  .sort((a, b) => b[0].length - a[0].length);
/**
 * The Chinese words by their first character's code, longest first (by code: text[k] made a one-character
 * string, and hashed it, at every character looked at).
 */
const ZH_BY_FIRST = new Map<number, Array<[string, string]>>();
for (const entry of ZH_WORDS) {
  const list = ZH_BY_FIRST.get(entry[0].charCodeAt(0)) ?? [];
  list.push(entry);
  ZH_BY_FIRST.set(entry[0].charCodeAt(0), list);
}
const NONE: Array<[string, string]> = [];

/** English words and phrases (lower case, singular) → thing. */
const EN_WORDS = new Map<string, string>(THINGS.flatMap((t) => t.en.map((w): [string, string] => [w.toLowerCase(), t.id])));
const EN_MAX_WORDS = Math.max(...[...EN_WORDS.keys()].map((w) => w.split(' ').length));

/** Words that end the noun phrase after a number ("60 million users *and* …", "… *in* 2025"). */
const EN_PHRASE_END = new Set('and or but in of from with to by for on at than as across since after before during while who which that per each is are was were has have had over under into its their this these those a an the'.split(' '));
/** Words that join nouns counted together. */
const JOINS = new Set(['and', 'or']);
/** Prepositions that follow the noun they qualify ("students in joint lab", "users across markets"). */
const EN_HEAD_ENDS = new Set(['in', 'at', 'across', 'for', 'from', 'within', 'on', 'above', 'over', 'under', 'with', 'per']);
/** Characters that end a Chinese noun phrase. */
const ZH_PHRASE_END = /[，。、；：！？,.;:!?（）()\d\s]/;

/** A generic thing (people, 人员) names only its group. */
const GENERIC = new Set(THINGS.filter((t) => t.generic).map((t) => t.id));
const isGeneric = (thing: string): boolean => GENERIC.has(thing);

/**
 * The thing the English phrase words[start, end) names, trying each singular form of its last word as it is,
 * less -ies (+y), less -es, less -s. Read in place: a slice of the words, a joined head and an array of
 * singulars per phrase tried were most of reading an English count's noun.
 */
function englishThing(words: readonly string[], start = 0, end = words.length): string | undefined {
  let head = '';
  for (let k = start; k < end - 1; k++) head = k > start ? `${head} ${words[k]}` : words[k];
  const last = words[end - 1];
  const prefix = head ? `${head} ` : '';
  let thing = EN_WORDS.get(prefix + last);
  if (!thing && last.endsWith('ies')) thing = EN_WORDS.get(`${prefix}${last.slice(0, -3)}y`);
  if (!thing && last.endsWith('es')) thing = EN_WORDS.get(prefix + last.slice(0, -2));
  if (!thing && last.endsWith('s')) thing = EN_WORDS.get(prefix + last.slice(0, -1));
  return thing;
}

/**
 * The thing named by the longest phrase among `words` that ends at the furthest word, and where that phrase
 * ends (the index after its last word).
 */
function lastEnglishThing(words: readonly string[]): { thing: string; end: number } | undefined {
  for (let end = words.length; end > 0; end--) {
    for (let start = Math.max(0, end - EN_MAX_WORDS); start < end; start++) {
      const thing = englishThing(words, start, end);
      if (thing) return { thing, end };
    }
  }
  return undefined;
}

/** The Chinese thing word starting at `at`, if any. */
function zhThingAt(text: string, at: number): [string, string] | undefined {
  for (const entry of ZH_BY_FIRST.get(text.charCodeAt(at)) ?? NONE) if (text.startsWith(entry[0], at)) return entry;
  return undefined;
}

/** The measure word at `at` (after an optional 余/多), if any. */
function measureAt(text: string, at: number): { word: string; end: number } | undefined {
  let i = at;
  while (text[i] === ' ') i++;
  if (text[i] === '余' || text[i] === '多') i++;
  for (const word of MEASURE_WORDS) if (text.startsWith(word, i)) return { word, end: i + word.length };
  return undefined;
}

/**
 * The thing named right after a number: a Chinese noun within a few characters (its head, the last of a
 * run: 谣言视频 → video), or an English noun phrase before the first word that ends it ("?word" when the
 * lists do not know that noun).
 */
/** Three blanks on one line between two words: a table cell's end, not a noun phrase's middle (a soft line break
 *  with its indent is not one). */
const CELL_GAP = /[ \t]{3}/;

function thingAfter(text: string, at: number, limit: number): string | undefined {
  let i = at;
  while (i < limit && text[i] === ' ') i++;
  if (i < limit && !isAsciiLetter(text.charCodeAt(i))) {
    let found: string | undefined;
    for (let k = i; k < Math.min(limit, i + 8) && !ZH_PHRASE_END.test(text[k]); k++) {
      const hit = zhThingAt(text, k);
      if (!hit) continue;
      found = hit[1];
      k += hit[0].length - 1;
    }
    // The head of a noun phrase is its last noun (8 件中国专利优秀奖 counts awards, not patents).
    return found;
  }
  const words: string[] = [];
  const re = /[A-Za-z][A-Za-z-]*|[^A-Za-z\s]/g;
  re.lastIndex = i;
  // "9 of the top 15 places": what a part of counts is the noun after "of the (top) N".
  const partOf = /^of\s+(?:the\s+|its\s+|their\s+)?(?:top\s+)?(?:\d+\s+)?/i.exec(text.slice(i, limit));
  if (partOf) re.lastIndex = i + partOf[0].length;
  let lastEnd = re.lastIndex;
  for (let m = re.exec(text); m && m.index < limit && words.length < 5; m = re.exec(text)) {
    const w = m[0].toLowerCase();
    if (!isAsciiLetter(w.charCodeAt(0)) || EN_PHRASE_END.has(w)) break;
    // (A table's cell ends where the prose shows its blanked pipe, " | " as three spaces: "1,000 videos | white
    // paper" counts videos.)
    if (words.length && CELL_GAP.test(text.slice(lastEnd, m.index))) break;
    words.push(w);
    lastEnd = m.index + m[0].length;
  }
  if (!words.length) return undefined;
  // The head of an English noun phrase is its last noun: an unknown plural right after a known word is the
  // head ("200 product capabilities" counts capabilities, not products).
  const found = lastEnglishThing(words);
  const known = found?.thing;
  const knownEnd = found ? found.end : -1;
  const next = words[knownEnd];
  const head = next !== undefined && /^[a-z-]{3,}[^s]s$/.test(next) && !englishThing([next]) ? knownEnd : -1;
  if (known && head < 0) return known;
  // After a count, an English noun is plural: a last word in -s is one the lists lack ("fellowships");
  // anything else may be a verb or an adverb ("12 million worldwide", "3 granted").
  const last = known ? words[head] : words[words.length - 1];
  return /^[a-z-]{3,}[^s]s$/.test(last) ? `?${last.endsWith('ies') ? `${last.slice(0, -3)}y` : last.slice(0, -1)}` : undefined;
}

/** Where the last Chinese count in `span` ends (20 余个, 3 万家), or -1: a year or a version is no count. */
function lastCountIn(span: string): number {
  let end = -1;
  for (const m of span.matchAll(/\d[\d.,]*\s*(?:余|多)?\s*(?:万|亿|千|百)?\s*[个条家件名人次项款位台所篇张]/g)) end = m.index! + m[0].length - 1;
  return end;
}

/** The things named last before `at` within `from`, Chinese first: 累计生成视频超 6 亿个 → video; "users reached 60 million". */
function thingsBefore(text: string, from: number, at: number): string[] {
  // Not across an enumeration or another number: 100 余个模型、20 余个工作流组件 does not count models twice.
  let span = text.slice(Math.max(from, at - 24), at);
  span = span.slice(Math.max(span.lastIndexOf('、'), lastCountIn(span)) + 1);
  // A name in marks names a work, not what is counted (“开学反诈第一课”单场最高 2664.2 万次 counts views, not lessons).
  if (/[”》」]/.test(span)) span = blankNames(span);
  const out: string[] = [];
  // The Chinese word that ends last (the longest of those): by each character, the words it can start.
  let best: { end: number; thing: string } | undefined;
  for (let k = 0; k < span.length; k++) {
    for (const [word, thing] of ZH_BY_FIRST.get(span.charCodeAt(k)) ?? NONE) {
      if (span.startsWith(word, k) && (!best || k + word.length > best.end)) best = { end: k + word.length, thing };
    }
  }
  if (best) out.push(best.thing);
  // English words are longer: the last four words of the clause before the number, up to a preposition
  // that ends the noun ("PhD students in joint lab 45" counts students, not labs).
  const window = (text.slice(Math.max(from, at - 64), at).match(/[A-Za-z][A-Za-z-]*/g) ?? []).map((w) => w.toLowerCase());
  // Eight words back, so that a noun before its prepositional phrase is seen ("DAUs on the Kuaishou app were 416.2 million").
  let first = Math.max(0, window.length - 8);
  let words = window.slice(first);
  const cut = words.findIndex((w) => EN_HEAD_ENDS.has(w));
  if (cut > 0) words = words.slice(0, cut);
  first += Math.max(0, words.length - 4);
  words = words.slice(-4);
  // Nouns joined by "and" are counted together ("enterprise customers and developers on Kling … exceed 50k"):
  // no one of them is the thing.
  if (words.includes('and') || words.includes('or') || JOINS.has(window[first - 1])) words = [];
  const english = words.length ? lastEnglishThing(words)?.thing : undefined;
  if (english) out.push(english);
  return out;
}

/** `span` with every name in marks blanked, and a name whose opening mark lies before the span's start. */
function blankNames(span: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return span.replace(/“[^”]*”|《[^》]*》|「[^」]*」/g, blank).replace(/^[^“《「]*[”》」]/, blank);
}

/**
 * What the count at [start, end) in `text` counts, reading no further than the clause [clauseStart,
 * clauseEnd). `unit` is the measure word the figure reader already took into the figure, if any.
 */
const THING_WORDS = new Map(THINGS.map((t) => [t.id, [...t.zh, ...t.en.map((w) => w.toLowerCase())]]));
/** The end of a clause: what a count is said to become stays before it. */
const CLAUSE_END = /[，。；！？,;!?\n]/;

/**
 * Whether the words after a count, to its clause's end, also name `thing` as what it became (将 20 名优秀学员培养为
 * 认证讲师: trainees who are now lecturers): such a count counts both.
 */
export function alsoCounts(text: string, at: number, thing: string): boolean {
  const words = THING_WORDS.get(thing);
  if (!words) return false;
  const rest = text.slice(at, at + ALSO_COUNTS_WITHIN);
  const end = rest.search(CLAUSE_END);
  const clause = (end < 0 ? rest : rest.slice(0, end)).toLowerCase();
  return words.some((w) => clause.includes(w));
}
/** How far after a count (in characters) its clause is read for what it became. */
const ALSO_COUNTS_WITHIN = 24;

export function readCounted(text: string, start: number, end: number, unit: string, clauseStart: number, clauseEnd: number): Counted {
  let measure = MEASURE_GROUPS.has(unit) || data.genericMeasureWords.includes(unit) ? unit : '';
  let after = end;
  if (!measure) {
    const m = measureAt(text, end);
    if (m) {
      measure = m.word;
      after = m.end;
    }
  }
  const measured = MEASURE_GROUPS.get(measure) ?? [];
  // A noun after the number names what it counts; one before it does only when its measure word allows
  // (企业客户和开发者超过 3 万家 counts businesses, whatever noun stands nearest).
  let thing = thingAfter(text, after, clauseEnd);
  // An English noun the lists lack still says what is counted: not anything they know.
  if (thing?.startsWith('?')) return { groups: [], noun: thing.slice(1) };
  // A noun after a measure word it cannot go with is the next phrase's (9 场合计观看: 场 counts events).
  if (thing && measured.length && !measured.includes(GROUP_OF.get(thing)!)) thing = undefined;
  if (!thing) {
    thing = thingsBefore(text, clauseStart, start).find((before) => !measured.length || measured.includes(GROUP_OF.get(before)!));
  }
  // The groups are the thing's and, for a measure word that counts two things at once, its other one (700
  // 余家次: businesses, and visits). Another measure word's other groups are what else it might have
  // counted: 侵权链接 69172 条 are texts, not the cases 条 may also count.
  const groups = thing ? [GROUP_OF.get(thing)!, ...(COMPOUND_MEASURES.has(measure) ? measured.filter((g) => g !== GROUP_OF.get(thing!)) : [])] : measured;
  if (thing && !isGeneric(thing)) return { thing, groups };
  return { groups };
}

/**
 * Whether two counts count the same thing: 'same' when they name it, 'different' when what they name cannot be one thing, 'unlike' when one
 * names a noun the lists lack and the other a thing they know, 'unknown' otherwise.
 */
export function compareCounted(a: Counted, b: Counted): 'same' | 'different' | 'unlike' | 'unknown' {
  if (a.thing && b.thing) return a.thing === b.thing ? 'same' : 'different';
  // A noun the lists lack names, most likely, none of the things they know, nor of the groups a measure
  // word allows: 'unlike', enough to keep a fact from correcting the figure, not to deny a value that agrees.
  if (a.noun || b.noun) {
    if (a.noun && b.noun) return a.noun === b.noun ? 'same' : 'unknown';
    const known = a.noun ? b : a;
    return known.thing || known.groups.length ? 'unlike' : 'unknown';
  }
  if (!a.groups.length || !b.groups.length) return 'unknown';
  // A group or a measure word that fits the other's thing does not say it is that thing: 45 名 博士 may be
  // students or trainees.
  return a.groups.some((g) => b.groups.includes(g)) ? 'unknown' : 'different';
}

/** How many Han characters after a count make the words that name what it counts (claims.ts: wordsAfter). */
const WORDS_AFTER = 4;
const HAN_RUN = /^[\u4e00-\u9fff]+/;
const SINGLE_MEASURES = new Set(ZH_MEASURES.filter((m) => m.length === 1));

/** The first WORDS_AFTER Han characters right after `at` (spaces skipped), when there are that many before `limit`. */
export function hanWordsAfter(text: string, at: number, limit: number): string | undefined {
  let i = at;
  while (i < limit && text[i] === ' ') i++;
  // (A measure word a writer adds or drops, 50 万条手语数据 and 50万手语数据库, is not among the words.)
  if (SINGLE_MEASURES.has(text[i])) i++;
  const run = HAN_RUN.exec(text.slice(i, Math.min(limit, i + WORDS_AFTER)));
  return run && run[0].length === WORDS_AFTER ? run[0] : undefined;
}
