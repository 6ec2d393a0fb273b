/**
 * The period a source's figures are of, by its title: a quarterly report (快手科技 2025 年第三季度业绩公告摘要)
 * speaks of its quarter, and its undated figures and its 上年同期 count from it.
 */
import { findTimes, type MonthSpan } from './timePins';

/**
 * The period every source's title names, when each names one of at most half a year (快手科技 2025 年第三季度
 * 业绩公告摘要): a report's undated figures are that period's. A year in a title (白皮书 2026) says when it was
 * written, not what its figures cover.
 */
export function periodOfTitles(titles: readonly string[]): MonthSpan | undefined {
  let from = Infinity;
  let to = -Infinity;
  for (const title of titles) {
    const period = findTimes(title).find((t) => t.pin.kind === 'span' && t.pin.to - t.pin.from < 6)?.pin as MonthSpan | undefined;
    if (!period) return undefined;
    from = Math.min(from, period.from);
    to = Math.max(to, period.to);
  }
  return Number.isFinite(from) ? { kind: 'span', from, to } : undefined;
}
