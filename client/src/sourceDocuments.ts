/** The sources (the shipped paper, custom sources) as read-only documents, for Go to Definition and Peek. */
import { workspace, type Disposable, type Uri } from 'vscode';
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';

export const SOURCE_SCHEME = 'paper-check-source';

export function registerSourceDocuments(client: LanguageClient): Disposable[] {
  return [workspace.registerTextDocumentContentProvider(SOURCE_SCHEME, {
    provideTextDocumentContent: async (uri: Uri) => {
      const { text } = await client.sendRequest<{ text: string }>('paperCheck/sourceText', { uri: uri.toString() });
      return text;
    },
  })];
}
