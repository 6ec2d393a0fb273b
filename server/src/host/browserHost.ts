/**
 * The server's host in a browser's web worker (VS Code for the Web): no file system and no process. The
 * shipped paper and its prebuilt index are in the bundle; custom sources are read by the client
 * (browserSourceProtocol.ts); `.paper-check.json` and the whole-folder check, which need the file
 * system, say so when asked for.
 */
import { indexJson, paperHash, paperText } from 'paper-check:shipped-paper';
import type { Connection } from 'vscode-languageserver';
import { buildFactIndex, type FactIndex } from '../core/factIndex';
import { deserializeIndex } from '../core/indexStore';
import { readNamesData, type NamesData } from '../core/names';
import { SHIPPED_PAPER_NAME } from '../sources/paperName';
import { namesPathOf } from '../sources/sourceText';
import { READ_SOURCES, SOURCES_CHANGED, type ReadSource, type ReadSourcesParams } from './browserSourceProtocol';
import type { AcceptedService, ServerHost, SourceService } from './serverHost';

let shipped: FactIndex | undefined;
/** The shipped paper's index: the one built with the bundle, or (should it not match) built now. */
const shippedIndex = (): FactIndex =>
  (shipped ??= deserializeIndex(indexJson, paperHash) ?? buildFactIndex([{ name: SHIPPED_PAPER_NAME, text: paperText }]));

/** Sources in the browser: the bundled paper, and custom sources the client reads for us. */
class BrowserSources implements SourceService {
  private index: FactIndex | undefined;
  private texts = new Map<string, string>();
  private key = '';
  private request: ReadSourcesParams & { useShippedPaper: boolean } = { paths: [], root: null, useShippedPaper: true };
  private readonly told = new Set<string>();
  /** Bumped per load, so that an answer overtaken by newer settings is dropped. */
  private generation = 0;

  constructor(private readonly connection: Connection, private readonly onReload: () => void) {
    connection.onNotification(SOURCES_CHANGED, () => void this.load());
  }

  get(): FactIndex {
    return this.index ?? shippedIndex();
  }

  textOf(name: string): string | undefined {
    return name === SHIPPED_PAPER_NAME && !this.texts.size ? paperText : this.texts.get(name);
  }

  fileUriOf(): string | undefined {
    return undefined;
  }

  configure(paths: string[], useShippedPaper: boolean, root: string | undefined): void {
    const key = JSON.stringify([paths, useShippedPaper, root ?? null]);
    if (key === this.key) return;
    this.key = key;
    this.request = { paths, root: root ?? null, useShippedPaper };
    void this.load();
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const { paths, root, useShippedPaper } = this.request;
    if (!paths.length && useShippedPaper) {
      this.index = undefined;
      this.texts = new Map();
      this.onReload();
      return;
    }
    let read: ReadSource[];
    try {
      read = await this.connection.sendRequest<ReadSource[]>(READ_SOURCES, { paths, root });
    } catch (e) {
      read = paths.map((p) => ({ location: p, name: p, problem: `could not be read by the editor (${(e as Error).message})` }));
    }
    if (generation !== this.generation) return;
    const usable = read.filter((r): r is ReadSource & { text: string } => typeof r.text === 'string');
    const problems = read.filter((r) => r.problem).map((r) => ({ path: r.location, message: r.problem! }));
    if (!usable.length && !useShippedPaper) problems.push({ path: SHIPPED_PAPER_NAME, message: 'is used because no custom source could be read' });
    // Each source's names file, as on the desktop (customSources.ts): a broken one is named and left out.
    const namesOf = (r: ReadSource): NamesData | undefined => {
      const names = r.namesProblem ? { problem: r.namesProblem } : r.names === undefined ? undefined : readNamesData(r.names);
      if (names && 'problem' in names) {
        problems.push({ path: namesPathOf(r.location), message: names.problem });
        return undefined;
      }
      return names;
    };
    const all = [...(useShippedPaper || !usable.length ? [{ name: SHIPPED_PAPER_NAME, text: paperText }] : []), ...usable.map((r) => {
      const names = namesOf(r);
      return { name: r.name, text: r.text, ...(names ? { names } : {}) };
    })];
    this.index = usable.length ? buildFactIndex(all) : shippedIndex();
    this.texts = new Map(all.map((s) => [s.name, s.text]));
    for (const p of problems) {
      const message = `Paper Check: the source ${p.path} ${p.message}; checking against the other sources.`;
      if (this.told.has(message)) continue;
      this.told.add(message);
      this.connection.console.warn(message);
      void this.connection.window.showWarningMessage(message);
    }
    this.connection.console.info(`Paper Check: checking against ${this.get().sources.join(', ')} (${this.get().facts.length} facts).`);
    this.onReload();
  }

  dispose(): void {}
}

/** Accepted figures live in `.paper-check.json`, which the browser version cannot read or write. */
class NoAcceptedFigures implements AcceptedService {
  readonly version = 0;
  private readonly empty: ReadonlySet<string> = new Set();
  constructor(private readonly connection: Connection) {}
  get(): ReadonlySet<string> {
    return this.empty;
  }
  setRoot(): void {}
  /** The browser version reads no `.paper-check.json`: the editor's settings stand alone. */
  projectConfig(): undefined {
    return undefined;
  }
  accept(): void {
    void this.connection.window.showWarningMessage('Paper Check in the browser cannot keep accepted figures: they live in .paper-check.json, which it cannot write here. Use "Ignore this figure here" instead, or the desktop app.');
  }
  dispose(): void {}
}

export const browserHost: ServerHost = {
  sources: (connection, onReload) => new BrowserSources(connection, onReload),
  accepted: (connection) => new NoAcceptedFigures(connection),
  observer: () => ({ checking: () => undefined, closed: () => undefined }),
  // The client reads what the folder holds, so the folder stays a URI.
  folderRoot: (uri) => uri ?? undefined,
  checkWorkspace: async (connection) => {
    void connection.window.showInformationMessage('Paper Check in the browser checks the drafts you open; checking every draft in the folder needs the desktop app or the command line (paper-check).');
    return { files: 0, mismatches: 0, unsupported: 0, names: 0 };
  },
  memory: () => ({}),
};
