/**
 * What the language server needs from the place it runs: the sources to check against, the workspace's
 * accepted figures, memory care, whole-folder checking and file paths. In Node (`nodeHost.ts`) these read
 * the file system; in a browser's web worker (`browserHost.ts`) there is none, so they come from the
 * bundle and the client. server.ts uses only this interface.
 */
import type { Connection } from 'vscode-languageserver';
import type { FactIndex } from '../core/factIndex';
import type { WorkspaceTotals } from '../features/workspaceCheck';
import type { ProjectConfig } from '../project/projectSettings';
import type { Settings } from '../settings';

/** The fact index to check against, kept in step with the settings. */
export interface SourceService {
  /** The current index (the shipped paper's until custom sources are configured). */
  get(): FactIndex;
  /** The text of the source named `name`, for showing a passage in place. */
  textOf(name: string): string | undefined;
  /** A `file:` URI of the source named `name`, for editors that open files rather than our read-only documents. */
  fileUriOf(name: string): string | undefined;
  /** Applies the source settings; `root` (a workspace folder) is undefined when the workspace is untrusted. */
  configure(paths: string[], useShippedPaper: boolean, root: string | undefined): void;
  dispose(): void;
}

/** The workspace's accepted figures (`.paper-check.json`). */
export interface AcceptedService {
  /** Bumped on every change, so cached results know to re-apply silence. */
  readonly version: number;
  get(): ReadonlySet<string>;
  setRoot(root: string | undefined): void;
  /** Adds `text` to the accepted list (or says why it cannot). */
  accept(text: string): void;
  /** The workspace's `.paper-check.json` as read, its settings to apply over the editor's; undefined when none can be read. */
  projectConfig(): ProjectConfig | undefined;
  dispose(): void;
}

/** Told about checks and closed documents, to keep memory near the live data where the host can. */
export interface CheckObserver {
  checking(uri: string, size: number): void;
  closed(uri: string): void;
}

export interface ServerHost {
  sources(connection: Connection, onReload: () => void): SourceService;
  accepted(connection: Connection, onChange: () => void): AcceptedService;
  observer(): CheckObserver;
  /** A workspace folder's URI as the root the other services take, or undefined when it cannot be read. */
  folderRoot(uri: string | null | undefined): string | undefined;
  /** Checks the drafts under `roots` that are not open, publishing their diagnostics. */
  checkWorkspace(connection: Connection, roots: string[], index: FactIndex, settings: Settings,
    accepted: ReadonlySet<string>, isOpen: (uri: string) => boolean): Promise<WorkspaceTotals>;
  /** What the process holds, for tests and the benchmark. */
  memory(): Record<string, number>;
}
