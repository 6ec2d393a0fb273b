/**
 * Who or what a figure is about, by the subject concepts around it (products, programmes, works: Kling, OneRec,
 * 《纸手机》) in its clause, its sentence, its headings and the fact's: two figures about different subjects are
 * never compared, and a figure about something the source never names is not its to judge.
 */
import { RING_WEIGHTS, termsIn } from './context';
import type { Fact } from './factIndex';
import { SUBJECTS } from './lexicon';
import type { FigureInContext } from './reader';

/** The subjects as context terms (c:kling …). */
export const SUBJECT_TERMS = new Set([...SUBJECTS].map((subject) => `c:${subject}`));

export const NO_SUBJECTS: ReadonlySet<string> = new Set();

/**
 * A context's subjects, read in one pass (most name none, and share one empty set). A draft figure's are read
 * once, where its judgement starts; a fact's, asked for every figure it is scored against, are kept (factSubjects).
 */
export function subjects(terms: Map<string, number>): ContextSubjects {
  let clause: Set<string> | undefined;
  let own: Set<string> | undefined;
  let all: Set<string> | undefined;
  terms.forEach((w, t) => {
    if (!SUBJECT_TERMS.has(t)) return;
    (all ??= new Set()).add(t);
    if (w >= RING_WEIGHTS.sentence) (own ??= new Set()).add(t);
    if (w >= RING_WEIGHTS.clause) (clause ??= new Set()).add(t);
  });
  return { clause: clause ?? NO_SUBJECTS, own: own ?? NO_SUBJECTS, all: all ?? NO_SUBJECTS };
}

/**
 * A fact's subjects, read once per fact. Only facts are kept: keeping every draft figure's too (one entry per
 * figure of every check) made the table grow between collections, and its lookups and insertions were 2% of a
 * check (CPU profile of the bench drafts).
 */
const factSubjectCache = new WeakMap<Fact, ContextSubjects>();
function factSubjects(fact: Fact): ContextSubjects {
  let s = factSubjectCache.get(fact);
  if (!s) factSubjectCache.set(fact, (s = subjects(fact.terms)));
  return s;
}

/** A draft figure's subjects and, when its sentence names none, its headings' (what differentSubjects takes). */
export interface FigureSubjects {
  draft: ContextSubjects;
  above: ReadonlySet<string>;
}

/** A draft figure's subjects, read once where its judgement starts (judgeAll keeps them per figure). */
export function figureSubjects(entry: FigureInContext): FigureSubjects {
  const draft = subjects(entry.terms);
  return { draft, above: draft.own.size ? NO_SUBJECTS : headingSubjects(entry.headings) };
}

/** The subjects a context names in its figure's clause, its sentence, and anywhere around it. */
export interface ContextSubjects {
  clause: ReadonlySet<string>;
  own: ReadonlySet<string>;
  all: ReadonlySet<string>;
}

/**
 * Whether draft and fact speak of different subjects: each names one in its own sentence, and neither's
 * appears anywhere around the other (a subject set by a heading or an earlier sentence still counts).
 */
export function differentSubjects(draft: ContextSubjects, fact: Fact, above: ReadonlySet<string>): boolean {
  // A sentence that names no subject speaks of its heading's ("## Kling AI" … "| July 2024 | 7 million |").
  if (!draft.own.size) return above.size > 0 && headingSubjectsDiffer(above, draft.all, factSubjects(fact));
  const paper = factSubjects(fact);
  // A figure whose own clause names its subject (磁力开创累计服务商家 80 万家) is not about a fact that names
  // none anywhere around it (a platform-wide figure).
  if (!paper.all.size) return draft.clause.size > 0;
  // A fact whose sentence names no subject is about its section's (OneRec's 23.7% MFU is not OneSearch's).
  const theirs = paper.own.size ? paper.own : paper.all;
  for (const t of draft.own) if (paper.all.has(t)) return false;
  for (const t of theirs) if (draft.all.has(t)) return false;
  return true;
}

/** The subjects the headings above a figure name, read once per list of headings. */
const headingSubjectCache = new WeakMap<readonly string[], ReadonlySet<string>>();
export function headingSubjects(headings: readonly string[]): ReadonlySet<string> {
  let found = headingSubjectCache.get(headings);
  if (!found) {
    const all = termsIn(headings.join('\n'));
    found = new Set([...all].filter((t) => SUBJECT_TERMS.has(t)));
    headingSubjectCache.set(headings, found);
  }
  return found;
}

/**
 * The headings name subjects, the fact's own sentence names others, and neither the figure's context nor
 * the fact's mentions the other's.
 */
function headingSubjectsDiffer(above: ReadonlySet<string>, around: ReadonlySet<string>, paper: ContextSubjects): boolean {
  // A fact whose sentence names no subject is about its section's (the OneRec part's 23.7% MFU).
  const theirs = paper.own.size ? paper.own : paper.all;
  if (!theirs.size) return false;
  for (const t of above) if (paper.all.has(t)) return false;
  for (const t of theirs) if (around.has(t) || above.has(t)) return false;
  return true;
}


/**
 * The figure's clause names something the source never names (HumanEval, Keye-VL, Sora) and none of the
 * subjects it does: whatever the source states, it states about something else.
 */
export function aboutForeignSubject(entry: FigureInContext): boolean {
  if (!entry.claim?.foreignNames?.length) return false;
  let known = false;
  entry.terms.forEach((w, t) => {
    if (!known && w >= RING_WEIGHTS.clause && SUBJECT_TERMS.has(t)) known = true;
  });
  return !known;
}

/** Whether the figure's sentence names a product or work that the fact's context names too. */
export function sharesSubject(entry: FigureInContext, fact: Fact): boolean {
  let shared = false;
  entry.terms.forEach((w, t) => {
    if (!shared && w >= RING_WEIGHTS.sentence && SUBJECT_TERMS.has(t) && (fact.terms.get(t) ?? 0) >= RING_WEIGHTS.topic) shared = true;
  });
  return shared;
}
