/** Entry point: `node dist/server.js --stdio` (or IPC when started by the VS Code client). */
import { nodeHost } from './host/nodeHost';
import { startServer } from './server';
import { createServerConnection } from './runtime/wire';

startServer(createServerConnection(), nodeHost);
