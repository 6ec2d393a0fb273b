/**
 * What the desktop client (extension.ts, a Node language server over IPC) and the web client
 * (browserExtension.ts, the server in a web worker) share: the documents sent, the restart policy, the
 * options the server is started with, and the writer's commands, status bar and source documents.
 */
import { window, workspace, type Disposable } from 'vscode';
import {
  CloseAction, ErrorAction,
  type BaseLanguageClient, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type LanguageClientOptions,
} from 'vscode-languageclient';
import { registerCommands } from './commands';
import { registerSourceDocuments } from './sourceDocuments';
import { StatusBar } from './statusBar';

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

/**
 * The client's options. `documentSelector`: on the desktop, files and untitled documents; in the browser,
 * whatever file system the workspace is on.
 */
export function paperCheckClientOptions(documentSelector: LanguageClientOptions['documentSelector']): LanguageClientOptions {
  return {
    // Both languages are sent; the server checks those listed in paperCheck.languages (live).
    documentSelector,
    synchronize: { configurationSection: 'paperCheck' },
    // paperCheckClient: this client runs the hover's "Show source passage" link and serves paper-check-source: documents.
    initializationOptions: { trusted: workspace.isTrusted, paperCheckClient: true },
    errorHandler: restartingErrorHandler(),
    // Hovers carry a "Show source passage" command link.
    markdown: { isTrusted: { enabledCommands: ['paperCheck.showSource'] } },
  };
}

/** The writer's side of the extension around a started or starting client. */
export function registerClientFeatures(client: BaseLanguageClient): Disposable[] {
  return [
    new StatusBar(client),
    workspace.onDidGrantWorkspaceTrust(() => void client.sendNotification('paperCheck/trustGranted')),
    ...registerSourceDocuments(client),
    ...registerCommands(client),
  ];
}
