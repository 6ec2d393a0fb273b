/**
 * GitHub Actions workflow commands: one `::warning file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`
 * per finding, which GitHub shows as an annotation on the pull request's diff. Values are escaped as the
 * Actions toolkit does, so that a message or file name cannot end the command or start another.
 */
import { messageWithPassage, type DraftResult, type Row } from '../findingRows';

const COMMAND: Record<Row['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Escapes a command's message: %, CR and LF. */
export const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

/** Escapes a property value: the message's escapes, and the `:` and `,` that separate properties. */
export const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

export function formatGithub(results: readonly DraftResult[]): string {
  return results.flatMap((d) => d.rows).map((r) => {
    // Columns only mean something within one line (GitHub ignores them across lines).
    const place = r.line === r.endLine ? [`line=${r.line}`, `col=${r.column}`, `endLine=${r.endLine}`, `endColumn=${r.endColumn}`] : [`line=${r.line}`, `endLine=${r.endLine}`];
    const properties = [`file=${escapeProperty(r.file.split('\\').join('/'))}`, ...place, `title=${escapeProperty(`Paper Check: ${r.code}`)}`];
    return `::${COMMAND[r.severity]} ${properties.join(',')}::${escapeData(messageWithPassage(r))}\n`;
  }).join('');
}
