/**
 * Code actions. Quick fixes replace exactly the figure or name a finding is about with the paper's value;
 * "Ignore this figure here" and "Accept this figure in this workspace" run commands (they change a comment
 * line or the workspace's accepted list, never the figure); "Fix all" (source.fixAll) applies every fix of
 * the file in one edit.
 */
import { CodeActionKind, type CodeAction, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FindingCode, type CheckResult, type Finding } from '../core/checker';
import { SERVER_COMMANDS } from './commands';

/** The kind of the fix-all action, under source.fixAll so "editor.codeActionsOnSave" can ask for it. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.paperCheck`;

const overlaps = (aStart: number, aEnd: number, bStart: number, bEnd: number) => aStart <= bEnd && bStart <= aEnd;
const HAN = /[\u3400-\u9fff]/;
const squeeze = (s: string) => s.replace(/\s+/g, '');
const isFixable = (f: Finding) => f.replacement !== undefined && f.code !== FindingCode.FigureUnsupported;

/** Code actions for `range`; `only` filters kinds as the client asked. */
export function codeActionsFor(doc: TextDocument, range: Range, result: CheckResult, only?: string[]): CodeAction[] {
  const wants = (kind: string) => !only?.length || only.some((o) => kind === o || kind.startsWith(`${o}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const start = doc.offsetAt(range.start);
    const end = doc.offsetAt(range.end);
    for (const f of result.findings) {
      if (!overlaps(start, end, f.start, f.end)) continue;
      const editRange = { start: doc.positionAt(f.start), end: doc.positionAt(f.end) };
      const diagnostic = { range: editRange, message: f.message, code: f.code, source: 'paper-check' };
      const text = doc.getText(editRange);
      if (f.replacement !== undefined) {
        actions.push({
          title: f.code === FindingCode.NameMisspelled ? `Change to "${f.replacement}"` : `Use ${result.naming.of(f.fact).whose} figure: ${f.replacement}`,
          kind: CodeActionKind.QuickFix, isPreferred: true, diagnostics: [diagnostic],
          edit: { changes: { [doc.uri]: [{ range: editRange, newText: f.replacement }] } },
        });
        // A Chinese draft may rather quote the source as it writes the figure (2.4 亿美元 where the draft's own
        // style gives 2.4億美元, 6000 万 for 6,000萬): offered second, never by fix-all.
        const wording = f.code === FindingCode.FigureMismatch ? f.fact?.figure.text : undefined;
        if (wording && HAN.test(text) && HAN.test(wording) && squeeze(wording) !== squeeze(f.replacement)) {
          actions.push({
            title: `Use ${result.naming.of(f.fact).whose} wording: ${wording}`,
            kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
            edit: { changes: { [doc.uri]: [{ range: editRange, newText: wording }] } },
          });
        }
      }
      if (f.code === FindingCode.NameMisspelled) continue;
      actions.push({
        title: 'Ignore this figure here', kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        command: { title: 'Ignore this figure here', command: SERVER_COMMANDS.ignoreHere, arguments: [doc.uri, editRange.start.line] },
      });
      actions.push({
        title: `Accept "${text}" in this workspace`, kind: CodeActionKind.QuickFix, diagnostics: [diagnostic],
        command: { title: 'Accept this figure in this workspace', command: SERVER_COMMANDS.accept, arguments: [text] },
      });
    }
  }
  if (only?.length && wants(FIX_ALL_KIND)) {
    const edits = fixAllEdits(doc, result);
    if (edits.length) actions.push({ title: `Fix all ${edits.length} figures and names from ${result.naming.of().en}`, kind: FIX_ALL_KIND, edit: { changes: { [doc.uri]: edits } } });
  }
  return actions;
}

/** Every fix of the document as one list of edits (one undo step when applied together). */
export function fixAllEdits(doc: TextDocument, result: CheckResult): TextEdit[] {
  return result.findings.filter(isFixable).map((f) => ({ range: { start: doc.positionAt(f.start), end: doc.positionAt(f.end) }, newText: f.replacement! }));
}
