/** Entry point: `node dist/server.js --stdio` (or IPC when started by the VS Code client). */
import { setFlagsFromString } from 'node:v8';
import { ProposedFeatures, createConnection } from 'vscode-languageserver/node';
import { startServer } from './server';

// The live data of even a hundred open drafts is small (tens of MB); a small young generation keeps the
// process's resident memory close to it instead of to V8's default reservations.
setFlagsFromString('--max-semi-space-size=1');
startServer(createConnection(ProposedFeatures.all));
