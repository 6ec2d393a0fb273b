/**
 * Custom sources for the server in the browser, which has no file system: read through the VS Code
 * workspace API when the server asks (browserSourceProtocol.ts), with the same checks as on the desktop,
 * and watched so that a changed source is read again.
 */
import { RelativePattern, Uri, workspace, type Disposable, type FileSystemWatcher } from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { READ_SOURCES, SOURCES_CHANGED, type ReadSource, type ReadSourcesParams } from '../../server/src/host/browserSourceProtocol';
import { namesPathOf, sizeProblem, sourceTextOf } from '../../server/src/sources/sourceText';

/** A source as named in the setting: a URI, a path from the root of the folder's file system, or relative to the folder. */
function locate(path: string, root: Uri | undefined): Uri | undefined {
  if (/^[a-z][\w+.-]*:/i.test(path)) return Uri.parse(path);
  if (!root) return undefined;
  return path.startsWith('/') ? root.with({ path }) : Uri.joinPath(root, path);
}

async function read(path: string, root: Uri | undefined): Promise<ReadSource> {
  const uri = locate(path, root);
  const name = path.split(/[\\/]/).pop() || path;
  if (!uri) return { location: path, name, problem: 'is a relative path and there is no trusted workspace folder to resolve it against' };
  const location = uri.toString(true);
  let source: ReadSource;
  try {
    const stat = await workspace.fs.stat(uri);
    const tooLarge = sizeProblem(stat.size);
    if (tooLarge) return { location, name, problem: tooLarge };
    source = { location, name, ...sourceTextOf(await workspace.fs.readFile(uri)) };
  } catch {
    return { location, name, problem: 'was not found' };
  }
  return source.text === undefined ? source : { ...source, ...(await readNames(namesFileOf(uri))) };
}

/** The names file that may come with a source (sourceText.ts namesPathOf). */
const namesFileOf = (uri: Uri): Uri => uri.with({ path: namesPathOf(uri.path) });

/** A source's names file, parsed, or why it cannot be read; nothing when there is none. */
async function readNames(uri: Uri): Promise<Pick<ReadSource, 'names' | 'namesProblem'>> {
  let size: number;
  try {
    size = (await workspace.fs.stat(uri)).size;
  } catch {
    return {};
  }
  const tooLarge = sizeProblem(size);
  if (tooLarge) return { namesProblem: tooLarge };
  try {
    return { names: JSON.parse(new TextDecoder().decode(await workspace.fs.readFile(uri))) };
  } catch (e) {
    return { namesProblem: `is not a readable names file (${(e as Error).message})` };
  }
}

/** Answers the server's requests for sources and tells it when one of them changes. */
export function registerWebSources(client: BaseLanguageClient): Disposable[] {
  let watchers: FileSystemWatcher[] = [];
  const unwatch = () => {
    for (const w of watchers) w.dispose();
    watchers = [];
  };
  const changed = () => void client.sendNotification(SOURCES_CHANGED);
  return [
    client.onRequest(READ_SOURCES, async ({ paths, root }: ReadSourcesParams) => {
      const rootUri = root ? Uri.parse(root) : undefined;
      const sources = await Promise.all(paths.map((p) => read(p, rootUri)));
      unwatch();
      for (const uri of paths.map((p) => locate(p, rootUri)).filter((u): u is Uri => !!u).flatMap((u) => [u, namesFileOf(u)])) {
        const slash = uri.path.lastIndexOf('/');
        const watcher = workspace.createFileSystemWatcher(new RelativePattern(uri.with({ path: uri.path.slice(0, slash) || '/' }), uri.path.slice(slash + 1)));
        watcher.onDidChange(changed);
        watcher.onDidCreate(changed);
        watcher.onDidDelete(changed);
        watchers.push(watcher);
      }
      return sources;
    }),
    { dispose: unwatch },
  ];
}
