/** Entry point: `node dist/server.js --stdio` (or IPC when started by the VS Code client). */
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

startServer(createConnection(ProposedFeatures.all));
