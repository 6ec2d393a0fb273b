/**
 * Units a table declares once for its cells: 人民币百万元, 单位：亿元, (RMB million), (in millions of US$) in its
 * header row or the line before it, or （百万）, (million) in a row's label. A bare number in such a cell is
 * money or a count at that scale: the 20,100 of a 人民币百万元 table is RMB20.1 billion. Finance tables write
 * figures so; the words are general (data/language/table-units.json).
 */
import data from '../../../data/language/table-units.json';
import type { Figure } from './types';

/** What a table's bare numbers are: a scale, and a currency when they are money. */
export interface TableUnit {
  scale: number;
  currency?: string;
}

const SCALES = new Map(Object.entries(data.scales as Record<string, number>));
const CURRENCIES = new Map(Object.entries(data.currencies as Record<string, string>));
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (words: Iterable<string>): string => [...words].sort((a, b) => b.length - a.length).map(escape).join('|');
const SCALE = alternatives(SCALES.keys());
const CURRENCY = alternatives(CURRENCIES.keys());
/** 人民币百万元, 百万元, 亿元, 百万美元: a scale, then 元 or a currency word; or a currency word before the scale. */
const ZH_MONEY = new RegExp(`(${CURRENCY})?\\s*(${SCALE})\\s*(元|${CURRENCY})`);
/** (RMB million), RMB'000, in millions of US$, (US$ in millions). */
const EN_MONEY = new RegExp(`\\b(?:in\\s+)?(${SCALE})\\s+(?:of\\s+)?(${CURRENCY})|(${CURRENCY})\\s*(?:in\\s+)?(${SCALE})\\b`, 'i');
/** A currency the table names as its unit with no scale (单位：美元/秒, "Unit: US$"): its numbers are that money as written. */
const UNIT_CURRENCY = new RegExp(`(?:单位|單位|\\bunit)\\s*[:：]\\s*(${CURRENCY})`, 'i');
/** A row label's bare scale: （百万）, (million), （亿）. */
const COUNT = new RegExp(`[（(]\\s*(${SCALE})\\s*[）)]`, 'i');

/** The unit `text` (a header row, a caption line or a row's label) declares, if any. */
export function tableUnitOf(text: string): TableUnit | undefined {
  const zh = ZH_MONEY.exec(text);
  if (zh) {
    const currency = CURRENCIES.get(zh[1] ?? '') ?? CURRENCIES.get(zh[3]) ?? 'CNY';
    return { scale: SCALES.get(zh[2])!, currency };
  }
  const en = EN_MONEY.exec(text);
  if (en) return { scale: SCALES.get((en[1] ?? en[4]).toLowerCase())!, currency: CURRENCIES.get((en[2] ?? en[3]).toUpperCase()) ?? CURRENCIES.get(en[2] ?? en[3]) };
  const currency = UNIT_CURRENCY.exec(text);
  if (currency) return { scale: 1, currency: CURRENCIES.get(currency[1]) ?? CURRENCIES.get(currency[1].toUpperCase()) };
  const count = COUNT.exec(text);
  if (count) return { scale: SCALES.get(count[1].toLowerCase())! };
  return undefined;
}

/** Reads a bare number of a table cell in the table's unit: money or a count, at its scale, written without it. */
export function applyTableUnit(figure: Figure, unit: TableUnit): void {
  if (figure.kind !== 'number' || !unit.scale) return;
  Object.assign(figure, {
    kind: unit.currency ? 'money' : 'count', value: figure.value * unit.scale, unit: unit.currency ?? figure.unit, strong: true,
    style: { ...figure.style, scale: figure.style.scale * unit.scale, scaleText: figure.style.scaleText },
  });
}
