/**
 * The VS Code client on the desktop (and in a remote or code-server's Node extension host): starts the
 * bundled language server over IPC for Markdown (and, if enabled, plain text) documents, files and
 * untitled; the rest is shared with the web client (clientSetup.ts).
 */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { paperCheckClientOptions, registerClientFeatures } from './clientSetup';

let client: LanguageClient | undefined;

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const documentSelector = ['markdown', 'plaintext'].flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]);
  client = new LanguageClient('paperCheck', 'Paper Check', serverOptions, paperCheckClientOptions(documentSelector));
  context.subscriptions.push(...registerClientFeatures(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
