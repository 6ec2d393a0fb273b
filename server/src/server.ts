/**
 * The language server: wires documents, settings, sources and the features to a connection. Protocol glue
 * only; all checking happens in core/, and what depends on where the server runs (Node or a browser's web
 * worker) comes from its host (host/).
 */
import { TextDocuments, TextDocumentSyncKind, type Connection } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisCache } from './analysis';
import { DIRECTIVES } from './core/silence';
import { reportHtml, reportMarkdown } from './core/report';
import type { FactIndex } from './core/factIndex';
import { codeActionsFor, FIX_ALL_KIND, fixAllEdits } from './features/codeActions';
import { SERVER_COMMANDS } from './features/commands';
import { definitionAt, sourceIndexOf } from './features/definition';
import { skippedDiagnostic, statsOf, toDiagnostics } from './features/diagnostics';
import { hoverAt } from './features/hover';
import type { ServerHost } from './host/serverHost';
import { applyProjectConfig } from './project/projectSettings';
import { CheckScheduler } from './runtime/scheduler';
import { DEFAULT_SETTINGS, paperCheckSection, readSettings, type Settings } from './settings';
import { warmUp } from './runtime/warmUp';

/** Options the client passes at start (initializationOptions). */
interface InitOptions {
  /** Whether the workspace is trusted; in an untrusted one, workspace-relative sources are not read. */
  trusted?: boolean;
  /** Settings, for editors that pass them here: `{ paperCheck: {...} }` or the section's keys themselves. */
  paperCheck?: unknown;
  /**
   * Whether the client is Paper Check's own extension, which runs `paperCheck.showSource` from a hover's
   * link and shows sources as read-only `paper-check-source:` documents. Other editors get hovers without
   * the link, and Go to Definition into the source's file.
   */
  paperCheckClient?: boolean;
}

/** Starts serving on `connection`, with what `host` provides where it runs. */
export function startServer(connection: Connection, host: ServerHost): void {
  const documents = new TextDocuments(TextDocument);
  let canAskSettings = false;
  let settings: Settings = DEFAULT_SETTINGS;
  let settingsLoaded: Promise<void> = Promise.resolve();
  // Settings the client passed rather than answered: at start, then with each change it pushes.
  let givenSettings: unknown;
  let roots: string[] = [];
  let trusted = true;
  let ownClient = false;
  // When the sources change, every cached check is stale: drop them and check the open documents again.
  const recheckAll = () => {
    for (const doc of documents.all()) scheduler.schedule(doc.uri);
  };
  const sources = host.sources(connection, () => {
    cache.clear();
    recheckAll();
  });
  // The file holds settings too (projectSettings.ts): a change to it is a change of settings.
  const accepted = host.accepted(connection, () => void refreshSettings().then(recheckAll));
  const cache = new AnalysisCache((): FactIndex => sources.get(), () => ({ version: accepted.version, keys: accepted.get() }));

  const refreshSettings = () => {
    settingsLoaded = readSettings(connection, canAskSettings, givenSettings).then((s) => {
      settings = applyProjectConfig(s, accepted.projectConfig(), trusted);
      sources.configure(settings.sources, settings.useShippedPaper, trusted ? roots[0] : undefined);
    });
    return settingsLoaded;
  };

  /** Documents to leave alone: other languages, and the sign-off reports the extension writes itself. */
  const ignored = (doc: TextDocument) => !settings.languages.includes(doc.languageId) || /\.paper-check\.md$/i.test(doc.uri);

  /** The document and its check, when it is open, of a checked language and not over the size cap. */
  const checked = (uri: string) => {
    const doc = documents.get(uri);
    if (!doc || ignored(doc) || doc.getText().length > settings.maxDocumentSize) return undefined;
    return { doc, result: cache.get(doc, settings) };
  };

  const publish = (uri: string): void => {
    const doc = documents.get(uri);
    if (!doc) return;
    if (ignored(doc)) {
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [] });
      return;
    }
    const size = doc.getText().length;
    if (size > settings.maxDocumentSize) {
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: [skippedDiagnostic(`Paper Check skipped this document: it has ${size} characters, over the limit of ${settings.maxDocumentSize} (paperCheck.maxDocumentSize).`)] });
      return;
    }
    try {
      const result = cache.get(doc, settings);
      connection.sendDiagnostics({ uri, version: doc.version, diagnostics: toDiagnostics(doc, result, settings.severity, settings.maxNumberOfProblems) });
      void connection.sendNotification('paperCheck/stats', { uri, version: doc.version, ...statsOf(result) });
    } catch (e) {
      connection.console.error(`Paper Check could not check ${uri}: ${(e as Error).stack ?? e}`);
    }
  };
  const collector = host.observer();
  const scheduler = new CheckScheduler((uri) => {
    // Told first: a very long document changes how the heap should grow before its check allocates.
    collector.checking(uri, documents.get(uri)?.getText().length ?? 0);
    publish(uri);
  }, () => settings.debounceMs, (uri) => documents.get(uri)?.getText().length ?? 0);

  connection.onInitialize((params) => {
    canAskSettings = !!params.capabilities.workspace?.configuration;
    trusted = (params.initializationOptions as InitOptions | undefined)?.trusted !== false;
    givenSettings = paperCheckSection(params.initializationOptions, true);
    ownClient = (params.initializationOptions as InitOptions | undefined)?.paperCheckClient === true;
    roots = (params.workspaceFolders?.map((f) => host.folderRoot(f.uri)) ?? [host.folderRoot(params.rootUri)]).filter((p): p is string => !!p);
    accepted.setRoot(roots[0]);
    return {
      capabilities: {
        textDocumentSync: TextDocumentSyncKind.Incremental,
        hoverProvider: true,
        definitionProvider: true,
        codeActionProvider: { codeActionKinds: ['quickfix', FIX_ALL_KIND] },
        executeCommandProvider: { commands: Object.values(SERVER_COMMANDS) },
      },
      serverInfo: { name: 'paper-check' },
    };
  });
  let stopWarming = () => {};
  connection.onInitialized(() => void refreshSettings().then(() => {
    stopWarming = warmUp(sources.get(), (name) => sources.textOf(name), (next) => void setTimeout(next, 0));
  }));

  documents.onDidChangeContent((e) => {
    void settingsLoaded.then(() => scheduler.schedule(e.document.uri));
  });
  documents.onDidClose((e) => {
    scheduler.cancel(e.document.uri);
    cache.forget(e.document.uri);
    collector.closed(e.document.uri);
    connection.sendDiagnostics({ uri: e.document.uri, diagnostics: [] });
  });
  connection.onNotification('paperCheck/trustGranted', () => {
    trusted = true;
    void refreshSettings();
  });
  connection.onShutdown(() => {
    stopWarming();
    sources.dispose();
    accepted.dispose();
  });
  connection.onDidChangeConfiguration(({ settings: pushed }) => {
    givenSettings = paperCheckSection(pushed) ?? givenSettings;
    void refreshSettings().then(recheckAll);
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
    const c = checked(textDocument.uri);
    return c ? hoverAt(c.doc, position, c.result, ownClient) : null;
  }, null));
  connection.onCodeAction(({ textDocument, range, context }) => safely(() => {
    const c = checked(textDocument.uri);
    return c ? codeActionsFor(c.doc, range, c.result, context.only) : [];
  }, []));
  connection.onDefinition(({ textDocument, position }) => safely(() => {
    const c = checked(textDocument.uri);
    const index = sources.get();
    const fileUriOf = ownClient ? undefined : (name: string) => sources.fileUriOf(name);
    return c ? definitionAt(c.doc.offsetAt(position), c.result, index.sources, (name) => sources.textOf(name), fileUriOf) : null;
  }, null));
  // For tests and the benchmark: what the process holds (V8 heap, resident set, open documents).
  connection.onRequest('paperCheck/memory', () => ({ ...host.memory(), documents: documents.all().length }));
  connection.onRequest('paperCheck/sourceText', ({ uri }: { uri: string }) => {
    const name = sources.get().sources[sourceIndexOf(uri)];
    return { text: (name && sources.textOf(name)) ?? '' };
  });

  connection.onExecuteCommand(async ({ command, arguments: args = [] }) => {
    switch (command) {
      case SERVER_COMMANDS.ignoreHere: {
        const [uri, line] = args as [string, number];
        const doc = documents.get(uri);
        if (!doc) return null;
        const indent = /^[ \t]*/.exec(doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))?.[0] ?? '';
        await connection.workspace.applyEdit({ label: 'Ignore this figure here', edit: { changes: { [uri]: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, newText: `${indent}<!-- ${DIRECTIVES.nextLine} -->\n` }] } } });
        return null;
      }
      case SERVER_COMMANDS.accept:
        accepted.accept(String(args[0] ?? ''));
        return null;
      case SERVER_COMMANDS.fixAll: {
        const c = checked(String(args[0]));
        if (!c) return 0;
        const edits = fixAllEdits(c.doc, c.result);
        if (edits.length) await connection.workspace.applyEdit({ label: 'Fix all figures from the paper', edit: { changes: { [c.doc.uri]: edits } } });
        return edits.length;
      }
      case SERVER_COMMANDS.checkWorkspace:
        return host.checkWorkspace(connection, roots, sources.get(), settings, accepted.get(), (uri) => !!documents.get(uri));
      case SERVER_COMMANDS.report: {
        const c = checked(String(args[0]));
        if (!c) return null;
        const title = c.doc.uri.slice(c.doc.uri.lastIndexOf('/') + 1);
        return { markdown: reportMarkdown(title, c.doc.getText(), c.result), html: reportHtml(title, c.doc.getText(), c.result) };
      }
      default:
        return null;
    }
  });

  documents.listen(connection);
  connection.listen();
}
