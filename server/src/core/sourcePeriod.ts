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
    // Every time the title names together: one covering two years (2024 年 6 月至 2026 年 6 月) is no report's period.
    const spans = findTimes(title).map((t) => t.pin).filter((p): p is MonthSpan => p.kind === 'span');
    if (!spans.length) return undefined;
    const first = Math.min(...spans.map((p) => p.from));
    const last = Math.max(...spans.map((p) => p.to));
    if (last - first >= 6) return undefined;
    from = Math.min(from, first);
    to = Math.max(to, last);
  }
  return Number.isFinite(from) ? { kind: 'span', from, to } : undefined;
}
