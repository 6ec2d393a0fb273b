/** The server's host in Node (`dist/server.js`, `paper-check-ls`): files, watching, V8's collector. */
import { fileURLToPath } from 'node:url';
import { AcceptedFigures } from '../project/acceptedFigures';
import { checkWorkspace } from '../features/workspaceCheck';
import { IdleCollector } from '../runtime/idleCollector';
import { SourceManager } from '../sources/sourceManager';
import type { ServerHost } from './serverHost';

export const nodeHost: ServerHost = {
  sources: (connection, onReload) => new SourceManager(connection, onReload),
  accepted: (connection, onChange) => new AcceptedFigures(connection, onChange),
  observer: () => new IdleCollector(),
  folderRoot: (uri) => {
    try {
      return uri?.startsWith('file:') ? fileURLToPath(uri) : undefined;
    } catch {
      return undefined;
    }
  },
  checkWorkspace,
  memory: () => ({ ...process.memoryUsage() }),
};
