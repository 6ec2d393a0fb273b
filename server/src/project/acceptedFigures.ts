/**
 * The workspace's `.paper-check.json` (projectConfig.ts): its accepted figures, written by the "Accept this
 * figure in this workspace" action, and the settings it holds, which the server applies over the editor's.
 * Read on every change; a malformed file is reported once and never overwritten.
 */
import { existsSync, readFileSync, unwatchFile, watchFile, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Connection } from 'vscode-languageserver';
import { acceptedKey } from '../core/silence';
import type { AcceptedService } from '../host/serverHost';
import { readProjectConfig } from './projectConfig';
import { PROJECT_CONFIG_FILE, type ProjectConfig } from './projectSettings';

export const ACCEPTED_FILE = PROJECT_CONFIG_FILE;

export class AcceptedFigures implements AcceptedService {
  private path: string | undefined;
  private keys = new Set<string>();
  private texts: string[] = [];
  private broken = false;
  private config: ProjectConfig | undefined;
  /** Bumped on every change, so cached results know to re-apply silence. */
  version = 0;

  constructor(private readonly connection: Connection, private readonly onChange: () => void) {}

  /** Reads (and watches) the file under `root`; no root, no accepted figures. */
  setRoot(root: string | undefined): void {
    if (this.path) unwatchFile(this.path);
    this.path = root ? join(root, ACCEPTED_FILE) : undefined;
    this.load();
    if (this.path) watchFile(this.path, { interval: 1000, persistent: false }, () => {
      this.load();
      this.onChange();
    });
  }

  get(): ReadonlySet<string> {
    return this.keys;
  }

  /** The whole file as read (its settings too), or undefined when there is none. */
  projectConfig(): ProjectConfig | undefined {
    return this.config;
  }

  private load(): void {
    this.keys = new Set();
    this.texts = [];
    this.broken = false;
    this.config = undefined;
    this.version++;
    if (!this.path || !existsSync(this.path)) return;
    const config = readProjectConfig(this.path);
    this.config = config;
    this.broken = config.unreadable;
    this.texts = config.acceptedFigures;
    this.keys = new Set(config.acceptedFigures.map(acceptedKey));
    for (const problem of config.problems) {
      const message = `Paper Check: ${problem}.`;
      this.connection.console.warn(message);
      void this.connection.window.showWarningMessage(message);
    }
  }

  /** Adds `text` to the accepted list, creating the file if needed. */
  accept(text: string): void {
    if (!this.path) {
      void this.connection.window.showWarningMessage('Paper Check: open a folder to keep accepted figures in its .paper-check.json.');
      return;
    }
    if (this.broken) {
      void this.connection.window.showWarningMessage(`Paper Check: ${this.path} is not valid JSON; fix it before accepting figures.`);
      return;
    }
    if (this.keys.has(acceptedKey(text))) return;
    let data: Record<string, unknown> = {};
    if (existsSync(this.path)) data = JSON.parse(readFileSync(this.path, 'utf8')) as Record<string, unknown>;
    data.acceptedFigures = [...this.texts, text.trim()];
    writeFileSync(this.path, `${JSON.stringify(data, null, 2)}\n`);
    this.load();
    this.onChange();
  }

  dispose(): void {
    if (this.path) unwatchFile(this.path);
  }
}
