/**
 * The VS Code client: starts the bundled language server over IPC for Markdown (and, if enabled, plain
 * text) documents, files and untitled; tells it whether the workspace is trusted; restarts it if it dies,
 * telling the writer once; and adds the writer's commands and status bar item (commands.ts, statusBar.ts).
 */
import * as path from 'node:path';
import { window, workspace, type ExtensionContext } from 'vscode';
import {
  CloseAction, ErrorAction, LanguageClient, TransportKind,
  type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions, type ServerOptions,
} from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { registerSourceDocuments } from './sourceDocuments';
import { StatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** Restarts a crashed server (at most five times in three minutes) and says so once per session. */
function restartingErrorHandler(): ErrorHandler {
  const restarts: number[] = [];
  let told = false;
  return {
    error: (): ErrorHandlerResult => ({ action: ErrorAction.Continue }),
    closed: (): CloseHandlerResult => {
      const now = Date.now();
      restarts.push(now);
      while (restarts.length && now - restarts[0] > 3 * 60_000) restarts.shift();
      if (restarts.length > 5) {
        void window.showErrorMessage('Paper Check stopped: its checker crashed five times in three minutes. Reload the window to try again.');
        return { action: CloseAction.DoNotRestart, handled: true };
      }
      if (!told) {
        told = true;
        void window.showWarningMessage('Paper Check’s checker stopped unexpectedly and has been restarted.');
      }
      return { action: CloseAction.Restart, handled: true };
    },
  };
}

export async function activate(context: ExtensionContext): Promise<void> {
  const module = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    // Both languages are sent; the server checks those listed in paperCheck.languages (live).
    documentSelector: ['markdown', 'plaintext'].flatMap((language) => [{ language, scheme: 'file' }, { language, scheme: 'untitled' }]),
    synchronize: { configurationSection: 'paperCheck' },
    initializationOptions: { trusted: workspace.isTrusted, paperCheckClient: true },
    errorHandler: restartingErrorHandler(),
    // Hovers carry a "Show source passage" command link.
    markdown: { isTrusted: { enabledCommands: ['paperCheck.showSource'] } },
  };
  client = new LanguageClient('paperCheck', 'Paper Check', serverOptions, clientOptions);
  const statusBar = new StatusBar(client);
  context.subscriptions.push(
    statusBar,
    workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification('paperCheck/trustGranted')),
    ...registerSourceDocuments(client),
    ...registerCommands(client),
  );
  await client.start();
}

export async function deactivate(): Promise<void> {
  await client?.stop();
  client = undefined;
}
