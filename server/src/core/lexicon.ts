/**
 * The concepts a figure's context is read into: the general bilingual vocabulary of what figures measure
 * (data/language/concepts.json) and the shipped paper's own names as subjects (data/paper.names.json). A
 * figure's context is read into these concept ids, so "stay time" in an English draft meets 停留时长 in the
 * paper, and "Kling" meets 可灵. Nothing here is written for one document: the data files say it all.
 */
import general from '../../../data/language/concepts.json';
import paperNames from '../../../data/paper.names.json';

/** Entry: [id, Chinese terms, English terms]. */
export type Concept = [id: string, zh: string[], en: string[]];

/** Every concept: the paper's names first, then the general vocabulary. */
export const CONCEPTS: Concept[] = [...(paperNames.subjects as Concept[]), ...(general.concepts as Concept[])];

/**
 * Concepts that name who or what a figure is about (a product, a programme, a film) rather than what it
 * measures. Sharing one tells that two figures are about the same thing, not that they measure the same.
 */
export const SUBJECTS = new Set([...(paperNames.subjects as Concept[]).map(([id]) => id), ...general.subjects]);

/** A narrower concept also names its broader one: inference cost is a cost, ad revenue is revenue. */
export const PARENT_CONCEPTS: Record<string, string> = general.parents;

/** Concepts that say a figure went up or down, or over what span: too common to tell metrics apart. */
export const GENERIC_CONCEPTS: readonly string[] = general.generic;

/** Metrics counted in money: an amount with a scale and no currency beside one is money (reader.ts). */
export const MONEY_CONCEPTS: ReadonlySet<string> = new Set(general.money.map((id) => `c:${id}`));

/** The narrower concepts of each broader one, as context terms (c:revenue → c:arr, c:ad-revenue …). */
export const NARROWER_CONCEPTS: ReadonlyMap<string, string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const [child, parent] of Object.entries(PARENT_CONCEPTS)) out.set(`c:${parent}`, [...(out.get(`c:${parent}`) ?? []), `c:${child}`]);
  return out;
})();
