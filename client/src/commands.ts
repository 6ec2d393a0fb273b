/**
 * The writer's commands: show a figure's source passage, fix all figures in a file, check every draft in
 * the workspace, and write a sign-off report. Each asks the server, which does the work.
 */
import { commands, Location, Position, Range, Uri, window, workspace, type Disposable } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

/** Server-side command ids (see server/src/features/commands.ts). */
const SERVER = {
  fixAll: 'paperCheck.server.fixAll',
  checkWorkspace: 'paperCheck.server.checkWorkspace',
  report: 'paperCheck.server.report',
};

const activeDocumentUri = (): string | undefined => window.activeTextEditor?.document.uri.toString();

export function registerCommands(client: LanguageClient): Disposable[] {
  const execute = <T>(command: string, ...args: unknown[]) => client.sendRequest<T>('workspace/executeCommand', { command, arguments: args });
  return [
    commands.registerCommand('paperCheck.showSource', async (target?: { uri: string; position: { line: number; character: number } }) => {
      const editor = window.activeTextEditor;
      const uri = target ? Uri.parse(target.uri) : editor?.document.uri;
      const position = target ? new Position(target.position.line, target.position.character) : editor?.selection.active;
      if (!uri || !position) return;
      const found = await commands.executeCommand<Array<Location | { targetUri: Uri; targetRange: Range }>>('vscode.executeDefinitionProvider', uri, position);
      const first = found?.[0];
      if (!first) {
        void window.showInformationMessage('Paper Check: no source passage for the figure here.');
        return;
      }
      const location = first instanceof Location ? first : new Location(first.targetUri, first.targetRange);
      const doc = await workspace.openTextDocument(location.uri);
      await window.showTextDocument(doc, { selection: location.range, preview: true });
    }),
    commands.registerCommand('paperCheck.fixAll', async () => {
      const uri = activeDocumentUri();
      if (!uri) return 0;
      const count = await execute<number>(SERVER.fixAll, uri);
      if (!count) void window.showInformationMessage('Paper Check: nothing to fix in this file.');
      return count;
    }),
    commands.registerCommand('paperCheck.checkWorkspace', async () => {
      const totals = await execute<{ files: number; mismatches: number; unsupported: number; names: number }>(SERVER.checkWorkspace);
      void window.showInformationMessage(`Paper Check: ${totals.files} drafts checked: ${totals.mismatches} mismatches, ${totals.unsupported} unsupported, ${totals.names} misspelled names (open drafts are checked as you type).`);
      return totals;
    }),
    commands.registerCommand('paperCheck.writeReport', async () => {
      const editor = window.activeTextEditor;
      if (!editor) return undefined;
      const report = await execute<{ markdown: string; html: string } | null>(SERVER.report, editor.document.uri.toString());
      if (!report) {
        void window.showInformationMessage('Paper Check: this document is not checked (see paperCheck.languages).');
        return undefined;
      }
      const draft = editor.document.uri;
      if (draft.scheme === 'file') {
        const md = Uri.file(draft.fsPath.replace(/(\.\w+)?$/, '.paper-check.md'));
        const html = Uri.file(draft.fsPath.replace(/(\.\w+)?$/, '.paper-check.html'));
        await workspace.fs.writeFile(md, new TextEncoder().encode(report.markdown));
        await workspace.fs.writeFile(html, new TextEncoder().encode(report.html));
        await window.showTextDocument(md, { preview: false });
        return { markdown: md.toString(), html: html.toString() };
      }
      const doc = await workspace.openTextDocument({ language: 'markdown', content: report.markdown });
      await window.showTextDocument(doc, { preview: false });
      return { markdown: doc.uri.toString() };
    }),
  ];
}
