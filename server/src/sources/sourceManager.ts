/**
 * Keeps the fact index in step with the settings and the files they name: reloads when the list of
 * sources, workspace trust or a source file changes, and tells the writer once about each source that
 * cannot be used (a notification and a line in the output channel).
 */
import { readFileSync, unwatchFile, watchFile } from 'node:fs';
import { basename } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Connection } from 'vscode-languageserver';
import type { FactIndex } from '../core/factIndex';
import { loadSources } from './customSources';
import type { SourceService } from '../host/serverHost';
import { loadShippedIndex, SHIPPED_PAPER, SHIPPED_PAPER_NAME } from './shippedIndex';

export class SourceManager implements SourceService {
  private index: FactIndex | undefined;
  private texts = new Map<string, string>();
  private key = '';
  private watched: string[] = [];
  private readonly told = new Set<string>();

  constructor(private readonly connection: Connection, private readonly onReload: () => void) {}

  /** The current index (the shipped paper's until custom sources are configured). */
  get(): FactIndex {
    return (this.index ??= loadShippedIndex());
  }

  /** The text of the source named `name`, for showing a passage in place. */
  textOf(name: string): string | undefined {
    if (!this.texts.has(name) && name === SHIPPED_PAPER_NAME) this.texts.set(name, readFileSync(SHIPPED_PAPER, 'utf8'));
    return this.texts.get(name);
  }

  /** The file of the source named `name`: the shipped paper, or a custom source (named by its file name). */
  fileUriOf(name: string): string | undefined {
    const path = name === SHIPPED_PAPER_NAME ? SHIPPED_PAPER : this.watched.find((p) => basename(p) === name);
    return path ? pathToFileURL(path).href : undefined;
  }

  /** Applies the source settings; reloads only when they changed. `root` is undefined when untrusted. */
  configure(paths: string[], useShippedPaper: boolean, root: string | undefined): void {
    const key = JSON.stringify([paths, useShippedPaper, root ?? null]);
    if (key === this.key) return;
    this.key = key;
    if (!paths.length && useShippedPaper) {
      this.unwatch();
      this.index = undefined;
      this.texts = new Map();
      this.onReload();
      return;
    }
    this.reload(paths, useShippedPaper, root);
  }

  private reload(paths: string[], useShippedPaper: boolean, root: string | undefined): void {
    const loaded = loadSources(paths, useShippedPaper, root);
    this.index = loaded.index;
    this.texts = loaded.texts;
    for (const p of loaded.problems) {
      const message = `Paper Check: the source ${p.path} ${p.message}; checking against the other sources.`;
      if (this.told.has(message)) continue;
      this.told.add(message);
      this.connection.console.warn(message);
      void this.connection.window.showWarningMessage(message);
    }
    this.connection.console.info(`Paper Check: checking against ${loaded.index.sources.join(', ')} (${loaded.index.facts.length} facts).`);
    this.unwatch();
    this.watched = loaded.paths;
    for (const p of this.watched) watchFile(p, { interval: 1000, persistent: false }, () => this.reload(paths, useShippedPaper, root));
    this.onReload();
  }

  private unwatch(): void {
    for (const p of this.watched) unwatchFile(p);
    this.watched = [];
  }

  dispose(): void {
    this.unwatch();
  }
}
