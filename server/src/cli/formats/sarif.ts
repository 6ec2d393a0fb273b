/**
 * SARIF 2.1.0, the format code-scanning services read (GitHub's upload-sarif among them). Each result
 * carries the paper's passage in its message and, where the finding has one, its quick fix as a SARIF
 * `fix`: a replacement of exactly the figure's or name's region.
 */
import { pathToFileURL } from 'node:url';
import { messageWithPassage, type DraftResult, type Row } from '../findingRows';

/** The three rules, in the order their `ruleIndex` refers to. */
const RULES = [
  {
    id: 'figure-mismatch', name: 'FigureMismatch', level: 'warning',
    short: 'A figure disagrees with the paper',
    full: 'The figure\'s context names a metric the paper states with another value, for the same thing and time.',
  },
  {
    id: 'figure-unsupported', name: 'FigureUnsupported', level: 'note',
    short: 'A figure the paper does not state',
    full: 'A figure with a unit that the paper does not state, or states only for another time.',
  },
  {
    id: 'name-misspelled', name: 'NameMisspelled', level: 'warning',
    short: 'A misspelled product name',
    full: 'A product name spelled otherwise than the paper spells it (typos and names typed by sound).',
  },
] as const;

const LEVEL: Record<Row['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** The base that result locations are relative to: the folder the command ran in. */
const SRCROOT = '%SRCROOT%';

/** A draft's path as a relative URI reference: forward slashes, each segment percent-encoded. */
const uriOf = (file: string): string => file.split(/[\\/]/).map(encodeURIComponent).join('/');

function result(r: Row) {
  const artifactLocation = { uri: uriOf(r.file), uriBaseId: SRCROOT };
  const region = { startLine: r.line, startColumn: r.column, endLine: r.endLine, endColumn: r.endColumn };
  // The same findings as --fix and the editor's quick fix: a mismatch's figure or a misspelled name.
  const fixable = r.replacement !== undefined && r.code !== 'figure-unsupported';
  return {
    ruleId: r.code,
    ruleIndex: RULES.findIndex((rule) => rule.id === r.code),
    level: LEVEL[r.severity],
    message: { text: messageWithPassage(r) },
    locations: [{ physicalLocation: { artifactLocation, region: { ...region, snippet: { text: r.text } } } }],
    ...(fixable ? {
      fixes: [{
        description: { text: r.code === 'name-misspelled' ? `Change to "${r.replacement}"` : `Use the paper's figure: ${r.replacement}` },
        artifactChanges: [{ artifactLocation, replacements: [{ deletedRegion: region, insertedContent: { text: r.replacement } }] }],
      }],
    } : {}),
  };
}

/** The SARIF log of a run, as pretty-printed JSON. */
export function formatSarif(results: readonly DraftResult[], context: { cwd: string; version: string }): string {
  const root = pathToFileURL(context.cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: {
        driver: {
          name: 'paper-check', semanticVersion: context.version, version: context.version,
          rules: RULES.map((rule) => ({
            id: rule.id, name: rule.name,
            shortDescription: { text: rule.short }, fullDescription: { text: rule.full },
            defaultConfiguration: { level: rule.level },
          })),
        },
      },
      originalUriBaseIds: { [SRCROOT]: { uri: root } },
      artifacts: results.map((d) => ({ location: { uri: uriOf(d.file), uriBaseId: SRCROOT }, mimeType: 'text/markdown' })),
      columnKind: 'utf16CodeUnits',
      results: results.flatMap((d) => d.rows.map(result)),
    }],
  };
  return JSON.stringify(log, null, 2) + '\n';
}
