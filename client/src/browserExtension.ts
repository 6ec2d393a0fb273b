/**
 * The VS Code client for the Web (vscode.dev, github.dev, code-server's web worker extension host): starts
 * the language server in a web worker (dist/web/server.js, with the shipped paper and its index inside)
 * for Markdown and plain-text documents on any file system, and reads custom sources for it through the
 * workspace API (webSources.ts). The rest is shared with the desktop client (clientSetup.ts).
 */
import { Uri, workspace, type ExtensionContext } from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { paperCheckClientOptions, registerClientFeatures } from './clientSetup';
import { registerWebSources } from './webSources';

/** What the browser offers for starting the worker (the project is type-checked without the DOM library). */
type ServerWorker = ConstructorParameters<typeof BrowserMessageReader>[0] & { terminate(): void };
declare const Worker: new (url: string) => ServerWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => object;
declare const URL: { createObjectURL(blob: object): string };

let client: LanguageClient | undefined;
/** The worker of the running server, ended when a new one replaces it and when the extension stops. */
let worker: ServerWorker | undefined;

/**
 * Starts the bundled server in a new worker (at start, and again should it stop) and connects to it. The
 * worker is made from the script's bytes (a blob: URL) rather than its extension URI: an extension
 * installed on a remote (code-server, Codespaces) has a vscode-remote: URI, from which VS Code's web worker
 * extension host refuses to create workers.
 */
async function startServerWorker(context: ExtensionContext) {
  const script = await workspace.fs.readFile(Uri.joinPath(context.extensionUri, 'dist', 'web', 'server.js'));
  worker?.terminate();
  worker = new Worker(URL.createObjectURL(new Blob([script], { type: 'application/javascript' })));
  return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const documentSelector = ['markdown', 'plaintext'].map((language) => ({ language }));
  client = new LanguageClient('paperCheck', 'Paper Check', () => startServerWorker(context), paperCheckClientOptions(documentSelector));
  context.subscriptions.push(...registerClientFeatures(client), ...registerWebSources(client));
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
  worker?.terminate();
  worker = undefined;
}
