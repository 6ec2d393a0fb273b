/**
 * JUnit XML, which CI servers show as test results: one test case per draft, and a failure per finding
 * (its `type` is the finding's code, its text the place, message and the paper's passage).
 */
import { messageWithPassage, type DraftResult, type Row } from '../findingRows';

/**
 * Text for XML: the markup characters escaped, and characters XML cannot hold at all (control characters,
 * lone surrogates, U+FFFE/U+FFFF) replaced by U+FFFD. A reader turns a raw CR into LF everywhere, and line
 * ends and tabs in an attribute into spaces, so those are written as references where they would change.
 */
export function xmlText(s: string, attribute = false): string {
  const text = s
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
  return attribute ? text.replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\n/g, '&#10;').replace(/\t/g, '&#9;') : text;
}

function failure(r: Row): string {
  const body = [`${r.file}:${r.line}:${r.column} ${r.severity} ${r.code}`, messageWithPassage(r)];
  if (r.replacement !== undefined) body.push(`Fix: ${r.text} → ${r.replacement}`);
  return `      <failure type="${xmlText(r.code, true)}" message="${xmlText(`${r.line}:${r.column} ${r.message}`, true)}">${xmlText(body.join('\n'))}</failure>\n`;
}

export function formatJunit(results: readonly DraftResult[]): string {
  const failures = results.reduce((n, d) => n + d.rows.length, 0);
  const failed = results.filter((d) => d.rows.length).length;
  const cases = results.map((d) => {
    const name = xmlText(d.file, true);
    if (!d.rows.length) return `    <testcase classname="paper-check" name="${name}" file="${name}"/>\n`;
    return `    <testcase classname="paper-check" name="${name}" file="${name}">\n${d.rows.map(failure).join('')}    </testcase>\n`;
  }).join('');
  return '<?xml version="1.0" encoding="UTF-8"?>\n'
    + `<testsuites name="paper-check" tests="${results.length}" failures="${failed}">\n`
    + `  <testsuite name="paper-check" tests="${results.length}" failures="${failed}" errors="0" skipped="0">\n`
    + `    <properties><property name="findings" value="${failures}"/></properties>\n`
    + cases
    + '  </testsuite>\n</testsuites>\n';
}
