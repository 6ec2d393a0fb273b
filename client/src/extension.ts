/**
 * The VS Code client on the desktop (and in a remote or code-server's Node extension host): starts the
 * bundled language server for Markdown (and, if enabled, plain text) documents, files and untitled; the
 * rest is shared with the web client (clientSetup.ts).
 */
import * as path from 'node:path';
import type { ExtensionContext } from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions, type Transport } from 'vscode-languageclient/node';
import { paperCheckClientOptions, registerClientFeatures } from './clientSetup';

let client: LanguageClient | undefined;

/** The transports the server can be started with; PAPER_CHECK_TRANSPORT picks one (bench/workbench measures them). */
const TRANSPORTS: Record<string, Transport> = {
  ipc: TransportKind.ipc,
  stdio: TransportKind.stdio,
  pipe: TransportKind.pipe,
  socket: { kind: TransportKind.socket, port: 0 },
};

/**
 * The transport between the extension host and the server: PAPER_CHECK_TRANSPORT (ipc, stdio, pipe or
 * socket) when set, which the workbench bench uses to compare them; otherwise Node IPC, which came first
 * in each of three full runs of that bench (4–13% ahead of the better of stdio and pipe; a TCP socket took
 * about 45 ms more per keystroke). Not a setting: a writer has no reason to choose.
 */
export function serverTransport(name = process.env.PAPER_CHECK_TRANSPORT): Transport {
  // TransportKind.stdio is 0: test for presence, not truth.
  const key = name?.trim().toLowerCase();
  return key && key in TRANSPORTS ? TRANSPORTS[key] : TransportKind.ipc;
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const transport = serverTransport();
  const serverOptions: ServerOptions = {
    run: { module, transport },
    debug: { module, transport, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
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
