/** Entry point in a browser's web worker (VS Code for the Web): the same server, on the worker's messages. */
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { browserHost } from './host/browserHost';
import { startServer } from './server';

/** The worker's global scope, which posts and receives the protocol's messages. */
const worker = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];
startServer(createConnection(ProposedFeatures.all, new BrowserMessageReader(worker), new BrowserMessageWriter(worker)), browserHost);
