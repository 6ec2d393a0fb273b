/**
 * Whether a figure and a fact are about the same named work or campaign (《纸手机》, 话题“全民反诈在行动”): names
 * are compared within one script, one may hold the other, and a character or two of every ten may differ.
 */
import type { Fact } from './factIndex';
import type { FigureInContext } from './reader';
import { editDistance } from './names';

/**
 * The works a draft figure's sentence names. Those of earlier sentences are not taken: a sentence may speak
 * of another work in another language ("The Qingming short Paper Phone … took 3 days").
 */
export const worksAround = (entry: FigureInContext): readonly string[] => entry.claim?.works ?? [];

/**
 * Both name works or campaigns, and none in common (one name may hold the other: 《山海奇镜》 and
 * 《山海奇镜之劈波斩浪》): they are about different works.
 */
export function differentWorks(entry: FigureInContext, fact: Fact): boolean {
  const theirs = fact.claim?.works;
  if (!theirs?.length) return false;
  return worksDiffer(worksAround(entry), theirs);
}

/** Whether the fact names one of `titles`, in its sentence or its surroundings. */
export function aboutTitles(fact: Fact, titles: readonly string[]): boolean {
  if (fact.claim?.works && !worksDiffer(titles, fact.claim.works)) return true;
  return titles.some((t) => fact.terms.has(`t:${t}`));
}

/** Whether two lists of works, compared within one script, have none in common. */
export function worksDiffer(ours: readonly string[], theirs: readonly string[]): boolean {
  // Names are compared within one script: "Bangbang Classroom" may well be 帮帮学堂.
  const han = (name: string) => /[\u4e00-\u9fff]/.test(name);
  const mine = ours.filter((a) => theirs.some((b) => han(a) === han(b)));
  return mine.length > 0 && !mine.some((a) => theirs.some((b) => sameWork(a, b)));
}

/**
 * Whether two names are one work's: one holds the other, or they differ in a character or two of every ten
 * once punctuation is set aside (“手语识别—文字翻译—数字人发声” and “手语识别-文本翻译-数字人发声”).
 */
function sameWork(a: string, b: string): boolean {
  if (a.includes(b) || b.includes(a)) return true;
  const bare = (name: string) => name.replace(/[\p{P}\p{S}\s]/gu, '');
  const x = bare(a);
  const y = bare(b);
  return Math.min(x.length, y.length) >= 4 && editDistance(x, y) <= Math.floor(Math.max(x.length, y.length) / 5);
}
