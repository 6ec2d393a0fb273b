/**
 * Silence on purpose, as writers know it from markdownlint and Code Spell Checker: HTML comments that turn
 * the checker off for the next line, for a line, or between `disable` and `enable`, and a list of figures
 * accepted for the whole workspace. Applied to a whole document's findings after checking.
 */
import { isBlank } from './callouts';
import type { CheckResult, Finding } from './checker';

/** The comment directives, named after the extension. */
export const DIRECTIVES = {
  nextLine: 'paper-check-disable-next-line',
  line: 'paper-check-disable-line',
  disable: 'paper-check-disable',
  enable: 'paper-check-enable',
} as const;

interface Span {
  start: number;
  end: number;
}

const COMMENT = /<!--\s*(paper-check-(?:disable-next-line|disable-line|disable|enable))\s*-->/g;

function lineBounds(source: string, at: number): Span {
  const start = source.lastIndexOf('\n', at - 1) + 1;
  const nl = source.indexOf('\n', at);
  return { start, end: nl < 0 ? source.length : nl };
}

/** The spans of `source` silenced by directives. */
export function silencedSpans(source: string): Span[] {
  const spans: Span[] = [];
  let disabledAt: number | null = null;
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(source); m; m = COMMENT.exec(source)) {
    const here = lineBounds(source, m.index);
    switch (m[1]) {
      case DIRECTIVES.nextLine: {
        // The next line with text on it (a blank line between comment and text is forgiven).
        let next = here.end + 1;
        while (next < source.length && isBlank(source.slice(next, lineBounds(source, next).end))) next = lineBounds(source, next).end + 1;
        if (next < source.length) spans.push(lineBounds(source, next));
        break;
      }
      case DIRECTIVES.line:
        spans.push(here);
        break;
      case DIRECTIVES.disable:
        disabledAt ??= m.index;
        break;
      case DIRECTIVES.enable:
        if (disabledAt !== null) spans.push({ start: disabledAt, end: m.index });
        disabledAt = null;
        break;
    }
  }
  if (disabledAt !== null) spans.push({ start: disabledAt, end: source.length });
  return spans;
}

/** Normalises a figure's text for comparison with the accepted list ("US$ 280 million" = "US$280 million"). */
export const acceptedKey = (text: string): string => text.replace(/\*\*/g, '').replace(/\s+/g, '').toLowerCase();

/**
 * The result without the findings that directives or the accepted list silence. A stretch with nothing
 * silenced keeps its findings array (the editor reuses what it built from it).
 */
export function applySilence(source: string, result: CheckResult, accepted: ReadonlySet<string> = new Set()): CheckResult {
  const spans = silencedSpans(source);
  if (!spans.length && !accepted.size) return result;
  const silenced = (start: number, end: number) => spans.some((s) => start >= s.start && start < s.end) || (accepted.size > 0 && accepted.has(acceptedKey(source.slice(start, end))));
  const groups = result.groups.map((g) => {
    const kept = g.findings.filter((f) => !silenced(g.start + f.start, g.start + f.end));
    return kept.length === g.findings.length ? g : { start: g.start, findings: kept };
  });
  let findings: Finding[] | undefined;
  // Not a spread: the judgements and findings of a long document are materialised only when asked for.
  return {
    get judgements() { return result.judgements; },
    get findings() { return (findings ??= result.findings.filter((f) => !silenced(f.start, f.end))); },
    groups, headingsAfter: result.headingsAfter, checked: result.checked, naming: result.naming,
  };
}
