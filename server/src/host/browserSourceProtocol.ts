/**
 * How the server in a browser's web worker, which has no file system, gets `paperCheck.sources`: it asks
 * the client, which reads them through the VS Code workspace API and says when one changes.
 */

/** Server → client request: read these sources (as named in the setting), relative ones against `root`. */
export const READ_SOURCES = 'paperCheck/readSources';
/** Client → server notification: a source read before has changed (or appeared, or gone). */
export const SOURCES_CHANGED = 'paperCheck/sourcesChanged';

export interface ReadSourcesParams {
  paths: string[];
  /** The workspace folder's URI; null in an untrusted workspace, where relative paths are not read. */
  root: string | null;
}

/** One source as the client read it: its text, or why it cannot be used. */
export interface ReadSource {
  /** Where it was looked for (a URI), for messages. */
  location: string;
  /** Its name in hovers and reports: the file name. */
  name: string;
  text?: string;
  problem?: string;
  /** Its names file (`source.names.json` beside `source.md`), as parsed JSON, when there is one. */
  names?: unknown;
  /** Why its names file, which is there, cannot be read. */
  namesProblem?: string;
}
