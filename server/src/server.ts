/**
 * The language server: wires documents, settings and the three features to a connection. Protocol glue
 * only; all checking happens in core/.
 */
import { fileURLToPath } from 'node:url';
import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis';
import type { FactIndex } from './core/factIndex';
import { codeActionsFor } from './features/codeActions';
import { skippedDiagnostic, toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { CheckScheduler } from './scheduler';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { SourceManager } from './sourceManager';

/** Options the client passes at start (initializationOptions). */
interface InitOptions {
  /** Whether the workspace is trusted; in an untrusted one, workspace-relative sources are not read. */
  trusted?: boolean;
}

/** Starts serving on `connection`. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  let canAskSettings = false;
  let settings: Settings = DEFAULT_SETTINGS;
  let settingsLoaded: Promise<void> = Promise.resolve();
  let root: string | undefined;
  let trusted = true;
  // When the sources change, every cached check is stale: drop them and check the open documents again.
  const sources = new SourceManager(connection, () => {
    cache.clear();
    for (const doc of documents.all()) scheduler.schedule(doc.uri);
  });
  const cache = new AnalysisCache((): FactIndex => sources.get());

  const refreshSettings = () => {
    settingsLoaded = readSettings(connection, canAskSettings).then((s) => {
      settings = s;
      sources.configure(s.sources, s.useShippedPaper, trusted ? root : undefined);
    });
    return settingsLoaded;
  };

  const publish = (uri: string): void => {
    const doc = documents.get(uri);
    if (!doc) return;
    const size = doc.getText().length;
    if (size > settings.maxDocumentSize) {
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [skippedDiagnostic(`Paper Check skipped this document: it has ${size} characters, over the limit of ${settings.maxDocumentSize} (paperCheck.maxDocumentSize).`)] });
      return;
    }
    try {
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, cache.get(doc, settings)) });
    } catch (e) {
      connection.console.error(`Paper Check could not check ${uri}: ${(e as Error).stack ?? e}`);
    }
  };
  const scheduler = new CheckScheduler(publish, () => settings.debounceMs);

  connection.onInitialize((params) => {
    canAskSettings = !!params.capabilities.workspace?.configuration;
    trusted = (params.initializationOptions as InitOptions | undefined)?.trusted !== false;
    const folder = params.workspaceFolders?.[0]?.uri ?? params.rootUri;
    try {
      root = folder?.startsWith('file:') ? fileURLToPath(folder) : undefined;
    } catch {
      root = undefined;
    }
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'paper-check' },
    };
  });
  connection.onInitialized(() => void refreshSettings());

  documents.onDidChangeContent((e) => {
    void settingsLoaded.then(() => scheduler.schedule(e.document.uri));
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    cache.forget(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onNotification('paperCheck/trustGranted', () => {
    trusted = true;
    void refreshSettings();
  });
  connection.onShutdown(() => sources.dispose());
  connection.onDidChangeConfiguration(() => {
    void refreshSettings().then(() => {
      for (const doc of documents.all()) scheduler.schedule(doc.uri);
    });
  });

  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`Paper Check: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
  const checked = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || doc.getText().length > settings.maxDocumentSize) return undefined;
    return { doc, result: cache.get(doc, settings) };
  };
  connection.onHover(({ textDocument, position }) => safely(() => {
    const c = checked(textDocument.uri);
    return c ? hoverAt(c.doc, position, c.result) : null;
  }, null));
  connection.onCodeAction(({ textDocument, range }) => safely(() => {
    const c = checked(textDocument.uri);
    return c ? codeActionsFor(c.doc, range, c.result) : [];
  }, []));

  documents.listen(connection);
  connection.listen();
}
