/**
 * The command line's formats for CI: SARIF 2.1.0 valid against the OASIS schema, with the quick fix as a
 * SARIF fix and the paper's passage in the message; GitHub workflow-command annotations, escaped; JUnit XML,
 * one test case per draft and a failure per finding. Each is compared with the JSON format's findings.
 */
import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import fc from 'fast-check';
import { messageWithPassage, type Row } from '../../server/src/cli/findingRows';
import { xmlText } from '../../server/src/cli/formats/junit';
import { runCli } from '../support/cli';
import { isValidSarif, sarifErrors } from '../support/sarif';
import { ROOT } from '../support/paper';

/** A folder of drafts: the labelled ones, the sample, a clean one, and names that need escaping. */
function draftFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-check-formats-'));
  for (const name of readdirSync(join(ROOT, 'test', 'drafts'))) if (name.endsWith('.md')) copyFileSync(join(ROOT, 'test', 'drafts', name), join(dir, name));
  mkdirSync(join(dir, 'odd names'));
  // Characters that each format must escape: SARIF's URIs (space, #, %), GitHub's properties (, : %), XML (& < > " ').
  copyFileSync(join(ROOT, 'samples', 'kling-release.md'), join(dir, 'odd names', `release #1, 50%: "A&B" <'draft'>.md`));
  writeFileSync(join(dir, 'clean.md'), 'Kling AI passed 60 million users.\n');
  return dir;
}

describe('command line formats for CI (sarif, github, junit)', function () {
  this.timeout(120000);
  let dir: string;
  let rows: Row[];
  before(() => {
    dir = draftFolder();
    const json = runCli(['--format', 'json', '.'], dir);
    assert.equal(json.status, 1, json.stderr);
    rows = JSON.parse(json.stdout).findings;
    assert.ok(rows.some((r) => r.code === 'figure-mismatch') && rows.some((r) => r.code === 'name-misspelled') && rows.some((r) => r.code === 'figure-unsupported'));
  });

  describe('sarif', () => {
    let log: any;
    before(() => {
      const r = runCli(['--format', 'sarif', '.'], dir);
      assert.equal(r.status, 1, 'the exit status does not depend on the format');
      log = JSON.parse(r.stdout);
    });

    it('is valid against the SARIF 2.1.0 schema (and the validator does reject a broken log)', () => {
      assert.ok(isValidSarif(log), sarifErrors());
      const broken = JSON.parse(JSON.stringify(log));
      broken.runs[0].results[0].fixes[0].artifactChanges[0].replacements[0].deletedRegion.startLine = 0;
      assert.equal(isValidSarif(broken), false);
      assert.equal(isValidSarif({ ...log, version: '2.0.0' }), false);
    });

    it('has a result per finding, at its place, with the quick fix as a SARIF fix that rewrites only the figure', () => {
      const results = log.runs[0].results;
      assert.equal(results.length, rows.length);
      const root = log.runs[0].originalUriBaseIds['%SRCROOT%'].uri;
      rows.forEach((row, i) => {
        const result = results[i];
        const location = result.locations[0].physicalLocation;
        assert.equal(result.ruleId, row.code);
        assert.equal(log.runs[0].tool.driver.rules[result.ruleIndex].id, row.code);
        assert.deepEqual([location.region.startLine, location.region.startColumn, location.region.endLine, location.region.endColumn], [row.line, row.column, row.endLine, row.endColumn]);
        const file = decodeURIComponent(new URL(location.artifactLocation.uri, root).pathname);
        assert.equal(file, join(dir, row.file));
        if (row.replacement === undefined || row.code === 'figure-unsupported') {
          assert.equal(result.fixes, undefined, `no fix for ${row.code}`);
          return;
        }
        const [change] = result.fixes[0].artifactChanges;
        assert.equal(change.artifactLocation.uri, location.artifactLocation.uri);
        const [replacement] = change.replacements;
        assert.deepEqual(replacement.deletedRegion, { startLine: row.line, startColumn: row.column, endLine: row.endLine, endColumn: row.endColumn });
        assert.equal(replacement.insertedContent.text, row.replacement);
        // Applied as a SARIF consumer would, the fix replaces exactly the draft's figure or name.
        const lines = readFileSync(file, 'utf8').split('\n');
        const region = replacement.deletedRegion;
        assert.equal(region.startLine, region.endLine, 'figures in these drafts lie on one line');
        const line = lines[region.startLine - 1];
        assert.equal(line.slice(region.startColumn - 1, region.endColumn - 1), row.text);
      });
    });

    it('gives the paper\'s whole passage in the message, also where the diagnostic shortens it', () => {
      const results = log.runs[0].results;
      let shortened = 0;
      rows.forEach((row, i) => {
        if (!row.passage) return;
        assert.ok(results[i].message.text.includes(row.passage.sentence), `the passage of ${row.text} is in the message`);
        if (!row.message.includes(row.passage.sentence)) shortened++;
      });
      assert.ok(shortened > 0, 'some diagnostics quote a long passage shortened, and SARIF gives it whole');
    });
  });

  describe('github', () => {
    const unescape = (s: string) => s.replace(/%2C/g, ',').replace(/%3A/g, ':').replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%');
    it('prints one workflow command per finding, escaped so that file names and messages read back whole', () => {
      const r = runCli(['--format', 'github', '.'], dir);
      assert.equal(r.status, 1);
      const lines = r.stdout.trimEnd().split('\n');
      assert.equal(lines.length, rows.length);
      lines.forEach((line, i) => {
        const row = rows[i];
        const m = /^::(error|warning|notice) ([^:]*)::([^\n\r]*)$/.exec(line);
        assert.ok(m, `a workflow command: ${line}`);
        assert.equal(m[1], row.severity === 'info' ? 'notice' : row.severity);
        const properties = Object.fromEntries(m[2].split(',').map((p) => {
          const eq = p.indexOf('=');
          return [p.slice(0, eq), unescape(p.slice(eq + 1))];
        }));
        assert.deepEqual(properties, { file: row.file, line: String(row.line), col: String(row.column), endLine: String(row.endLine), endColumn: String(row.endColumn), title: `Paper Check: ${row.code}` });
        assert.equal(unescape(m[3]), messageWithPassage(row));
      });
      assert.ok(lines.some((l) => l.includes('file=odd names/release #1%2C 50%25%3A "A&B" <\'draft\'>.md,')), 'the odd name escaped');
      assert.ok(lines.some((l) => /%0A%0AThe paper: “/.test(l)), 'a passage on the lines after the message');
    });
  });

  describe('junit', () => {
    it('is well-formed XML with a test case per draft and a failure per finding', () => {
      const r = runCli(['--format', 'junit', '.'], dir);
      assert.equal(r.status, 1);
      assert.equal(XMLValidator.validate(r.stdout), true);
      const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testcase', 'failure'].includes(name) }).parse(r.stdout);
      const cases = parsed.testsuites.testsuite.testcase as Array<{ name: string; failure?: Array<{ type: string; message: string; '#text': string }> }>;
      const files = [...new Set(rows.map((row) => row.file))];
      assert.ok(cases.some((c) => c.name === 'clean.md' && !c.failure), 'a clean draft passes');
      assert.deepEqual(cases.map((c) => c.name).filter((n) => n !== 'clean.md').sort(), [...files].sort());
      for (const c of cases) {
        const mine = rows.filter((row) => row.file === c.name);
        assert.equal(c.failure?.length ?? 0, mine.length, c.name);
        c.failure?.forEach((f, i) => {
          assert.equal(f.type, mine[i].code);
          assert.equal(f.message, `${mine[i].line}:${mine[i].column} ${mine[i].message}`);
          assert.ok(f['#text'].includes(messageWithPassage(mine[i])));
        });
      }
      assert.equal(Number(parsed.testsuites.testsuite.tests), cases.length);
      assert.equal(Number(parsed.testsuites.testsuite.failures), cases.filter((c) => c.failure).length);
    });

    it('escapes any text into XML that reads back the same (characters XML cannot hold become U+FFFD)', () => {
      const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', trimValues: false, parseTagValue: false, parseAttributeValue: false, processEntities: true, htmlEntities: true });
      const allowed = (s: string) => s.replace(/[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
      // Markup and the characters XML treats specially, often, among any others.
      const unit = fc.oneof(fc.constantFrom('&', '<', '>', '"', "'", '\r', '\n', '\t', '\x01', '\uD800', '\uDC00', '\uFFFF', '\u{1F600}', ']]>'), fc.string({ unit: 'binary', maxLength: 3 }));
      fc.assert(fc.property(fc.array(unit, { maxLength: 30 }).map((xs) => xs.join('')), (s) => {
        const xml = `<a b="${xmlText(s, true)}">${xmlText(s)}</a>`;
        assert.equal(XMLValidator.validate(xml), true, JSON.stringify(s));
        const a = parser.parse(xml).a;
        assert.equal(typeof a === 'string' ? undefined : a.b, allowed(s));
        assert.equal(typeof a === 'string' ? a : (a['#text'] ?? ''), allowed(s));
      }), { seed: 20261203, numRuns: 300 });
    });
  });

  it('keeps the exit status of each format: 0 on a clean draft, 2 on an unknown one', () => {
    for (const format of ['sarif', 'github', 'junit']) assert.equal(runCli(['--format', format, join(dir, 'clean.md')]).status, 0, format);
    assert.equal(runCli(['--format', 'xml', join(dir, 'clean.md')]).status, 2);
  });
});
