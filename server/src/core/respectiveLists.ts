/**
 * Lists of figures read respectively, in order: the concepts a clause names for its members (训练和推理阶段 … 23.7%
 * 和 28.8%: training, inference; 以 1329 分和 1252 分夺得图生视频、文生视频), and the periods a span names for them
 * (2025 年前三季度的季度收入分别超过 1.5 亿元、2.5 亿元和 3 亿元: each its own quarter). claims.ts reads them.
 */
import type { Claim } from './claims';
import { placedTerms, type Range } from './context';
import type { Figure } from './types';

/** Words that read a list respectively. */
const RESPECTIVELY = /分别|分別|respectively/i;

/**
 * A list read respectively over as many periods as it has members (2025 年前三季度的季度收入分别超过 1.5 亿元、2.5 亿元和
 * 3 亿元; "RMB150mn, RMB250mn and RMB300mn in 1Q–3Q respectively"): each member holds for its own quarter, year or
 * month of the span they share, in order.
 */
export function splitRespectiveTimes(text: string, figures: readonly Figure[], claims: Claim[], body: string): void {
  if (figures.length < 2 || !RESPECTIVELY.test(body)) return;
  for (let first = 0; first < figures.length; ) {
    let last = first;
    while (last + 1 < figures.length && figures[last + 1].kind === figures[first].kind && LIST_JOIN.test(text.slice(figures[last].end, figures[last + 1].start))) last++;
    const n = last - first + 1;
    const time = claims[first].time;
    if (n >= 2 && n <= 4 && time?.kind === 'span' && claims.slice(first, last + 1).every((c) => c.time === time)) {
      const months = time.to - time.from + 1;
      const step = [1, 3, 12].find((unit) => months === unit * n);
      if (step) for (let k = 0; k < n; k++) claims[first + k].time = { kind: 'span', from: time.from + k * step, to: time.from + (k + 1) * step - 1 };
    }
    first = last + 1;
  }
}

/** What joins list members: 和, 、, 与, 及, "and", a comma. */
const LIST_JOIN = /^\s*(?:和|、|与|及|以及|,|，|and|, and)\s*$/i;

/**
 * The concept a member of a list of figures stands for, when the clause names as many concepts joined the same
 * way before the list (训练和推理阶段 … 23.7% 和 28.8%: training, inference): read respectively, in order.
 */
export function respectiveConcept(text: string, figures: readonly Figure[], k: number, clause: Range): { own: string; all: string[] } | undefined {
  // The list's members are of one kind: a date before them (2025 年第二季度…) is when, not a member.
  const inClause = figures.filter((f) => f.start >= clause.start && f.end <= clause.end && f.kind === figures[k].kind);
  if (inClause.length < 2 || inClause.length > 4) return undefined;
  for (let i = 1; i < inClause.length; i++) if (!LIST_JOIN.test(text.slice(inClause[i - 1].end, inClause[i].start))) return undefined;
  const at = inClause.indexOf(figures[k]);
  if (at < 0) return undefined;
  // (A concept's parent stands at its place too, 营销服务 and revenue: the concept itself is the member.)
  const before = placedTerms(text.slice(clause.start, inClause[0].start)).filter((t, i, all) => t.term.startsWith('c:') && !t.term.startsWith('c:increase') && !t.term.startsWith('c:reduction')
    && !all.some((u, j) => j < i && u.start === t.start && u.term.startsWith('c:')));
  // A run of as many concepts as figures, each joined to the next by a list word.
  const runOf = (terms: typeof before, offset: number, first: number, last: number) => {
    for (let start = first; start <= last && start + inClause.length <= terms.length; start++) {
      const run = terms.slice(start, start + inClause.length);
      const joined = run.every((t, i) => i === 0 || LIST_JOIN.test(text.slice(offset + run[i - 1].end, offset + t.start)));
      if (joined && new Set(run.map((t) => t.term)).size === run.length) return { own: run[at].term, all: run.map((t) => t.term) };
    }
    return undefined;
  };
  const found = runOf(before, clause.start, 0, before.length);
  if (found) return found;
  // … or right after the list, past a verb or a preposition at most (以 1329 分和 1252 分夺得图生视频、文生视频).
  const listEnd = inClause[inClause.length - 1].end;
  const after = placedTerms(text.slice(listEnd, clause.end)).filter((t) => t.term.startsWith('c:'));
  return after.length && after[0].start <= MEMBERS_AFTER_WITHIN ? runOf(after, listEnd, 0, 0) : undefined;
}

/** How far after a list of figures (in characters) the run of members it is read against may start. */
const MEMBERS_AFTER_WITHIN = 4;

