/**
 * How messages name the source they quote: "the paper" and 白皮书 for a white paper (the shipped one),
 * else the source's own title (“快手科技 2025 年第三季度业绩公告摘要” gives …, 《…》给出的是 …); "the sources"
 * when a figure is absent from several.
 */
import { ownDocumentKinds } from './claimSubjects';
import type { Fact, FactIndex } from './factIndex';

/** A source's name in each language, as a message's subject. */
export interface SourceName {
  en: string;
  zh: string;
  /** Whose figure a fix writes, in a short title: "the paper's", "the source's". */
  whose: string;
}

/** The names of an index's sources, for the fact quoted or, with none, for all of them. */
export interface SourceNaming {
  of(fact?: Fact): SourceName;
}

const PAPER: SourceName = { en: 'the paper', zh: '白皮书', whose: "the paper's" };
const SEVERAL: SourceName = { en: 'the sources', zh: '来源文件', whose: "the sources'" };

/** How to name `title`'s document: a white paper as "the paper", anything else by its title. */
function nameOf(title: string): SourceName {
  return ownDocumentKinds([title]).has('white-paper') ? PAPER : { en: `“${title}”`, zh: `《${title}》`, whose: "the source's" };
}

const namings = new WeakMap<FactIndex, SourceNaming>();

/** The naming of `index`'s sources, made once per index. */
export function sourceNaming(index: FactIndex): SourceNaming {
  let naming = namings.get(index);
  if (!naming) {
    const byName = new Map(index.sources.map((name, i) => [name, nameOf(index.titles[i] ?? name)]));
    const names = [...byName.values()];
    const all = names.every((n) => n === PAPER) ? PAPER : names.length === 1 ? names[0] : SEVERAL;
    naming = { of: (fact) => (fact ? byName.get(fact.source) ?? all : all) };
    namings.set(index, naming);
  }
  return naming;
}

/** The naming of a result made without an index (a test's): the paper. */
export const PAPER_NAMING: SourceNaming = { of: () => PAPER };

/** `name` at the start of an English sentence. */
export const capitalised = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
