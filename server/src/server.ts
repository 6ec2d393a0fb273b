/**
 * The language server: wires documents, settings and the three features to a connection. Protocol glue
 * only; all checking happens in core/.
 */
import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis';
import type { FactIndex } from './core/factIndex';
import { codeActionsFor } from './features/codeActions';
import { skippedDiagnostic, toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './settings';
import { loadShippedIndex } from './sources';

/** Starts serving on `connection`. */
export function startServer(connection: Connection, loadIndex: () => FactIndex = loadShippedIndex): void {
  const documents = new TextDocuments(TextDocument);
  let index: FactIndex | undefined;
  const getIndex = () => (index ??= loadIndex());
  const cache = new AnalysisCache(getIndex);
  let canAskSettings = false;
  const settingsByUri = new Map<string, Settings>();
  const settingsFor = (uri: string) => settingsByUri.get(uri) ?? DEFAULT_SETTINGS;

  connection.onInitialize((params) => {
    canAskSettings = !!params.capabilities.workspace?.configuration;
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix'] },
      },
      serverInfo: { name: 'paper-check' },
    };
  });

  const validate = async (doc: TextDocument): Promise<void> => {
    const settings = await readSettings(connection, doc.uri, canAskSettings);
    settingsByUri.set(doc.uri, settings);
    const current = documents.get(doc.uri);
    if (!current || current.version !== doc.version) return; // a newer edit will publish
    if (doc.getText().length > settings.maxDocumentSize) {
      connection.sendDiagnostics({ uri: doc.uri, diagnostics: [skippedDiagnostic(`Paper Check skipped this document: it has ${doc.getText().length} characters, over the limit of ${settings.maxDocumentSize} (paperCheck.maxDocumentSize).`)] });
      return;
    }
    try {
      const result = cache.get(doc, settings);
      connection.sendDiagnostics({ uri: doc.uri, version: doc.version, diagnostics: toDiagnostics(doc, result) });
    } catch (e) {
      connection.console.error(`Paper Check could not check ${doc.uri}: ${(e as Error).stack ?? e}`);
    }
  };

  documents.onDidOpen((e) => void validate(e.document));
  documents.onDidChangeContent((e) => void validate(e.document));
  documents.onDidClose((e) => {
    cache.forget(e.document.uri);
    settingsByUri.delete(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onDidChangeConfiguration(() => {
    for (const doc of documents.all()) void validate(doc);
  });

  const safely = <T>(fn: () => T, fallback: T): T => {
    try {
      return fn();
    } catch (e) {
      connection.console.error(`Paper Check: ${(e as Error).stack ?? e}`);
      return fallback;
    }
  };
  connection.onHover(({ textDocument, position }) => safely(() => {
    const doc = documents.get(textDocument.uri);
    return doc ? hoverAt(doc, position, cache.get(doc, settingsFor(doc.uri))) : null;
  }, null));
  connection.onCodeAction(({ textDocument, range }) => safely(() => {
    const doc = documents.get(textDocument.uri);
    return doc ? codeActionsFor(doc, range, cache.get(doc, settingsFor(doc.uri))) : [];
  }, []));

  documents.listen(connection);
  connection.listen();
}
