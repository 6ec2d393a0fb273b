/**
 * The server's connection, and how its messages are written to a byte stream. Over stdio, a
 * publishDiagnostics message is assembled from the UTF-8 bytes of each diagnostic, kept from one publish
 * to the next: typing in a long draft rebuilds only the edited stretch's diagnostics (features/
 * diagnostics.ts keeps the others as the same objects), so only those are encoded again. For a draft of
 * a million characters that is the difference between encoding 2 MB per keystroke and a few hundred
 * bytes. Every other message, and every other transport, is written as vscode-languageserver writes it.
 */
import { Buffer } from 'node:buffer';
import { createConnection, ProposedFeatures, StreamMessageWriter, type Connection, type Message } from 'vscode-languageserver/node';

/** Below this many diagnostics the plain encoder is as quick and there is nothing worth keeping. */
const MIN_ASSEMBLED = 64;

/** The encoded bytes of each diagnostic published, by the diagnostic object (never changed once built). */
const encoded = new WeakMap<object, Buffer>();

const COMMA = Buffer.from(',');
/** Where the diagnostics go in a message encoded with none: the key, unescaped, so never inside a string. */
const EMPTY_LIST = '"diagnostics":[]';

interface Publish {
  method: 'textDocument/publishDiagnostics';
  params: { diagnostics: object[] };
}

const isLongPublish = (msg: Message): msg is Message & Publish => {
  const m = msg as Partial<Publish>;
  return m.method === 'textDocument/publishDiagnostics' && Array.isArray(m.params?.diagnostics) && m.params.diagnostics.length >= MIN_ASSEMBLED;
};

/**
 * Encodes a JSON-RPC message as UTF-8 JSON, byte for byte what JSON.stringify would give; a long
 * publishDiagnostics message is assembled from bytes kept per diagnostic.
 */
export function encodeMessage(msg: Message): Buffer {
  if (!isLongPublish(msg)) return Buffer.from(JSON.stringify(msg), 'utf8');
  const shell = JSON.stringify({ ...msg, params: { ...msg.params, diagnostics: [] } });
  const at = shell.lastIndexOf(EMPTY_LIST);
  if (at < 0) return Buffer.from(JSON.stringify(msg), 'utf8');
  const split = at + EMPTY_LIST.length - 1;
  const parts: Buffer[] = [Buffer.from(shell.slice(0, split), 'utf8')];
  msg.params.diagnostics.forEach((d, k) => {
    let bytes = encoded.get(d);
    if (!bytes) encoded.set(d, (bytes = Buffer.from(JSON.stringify(d), 'utf8')));
    if (k) parts.push(COMMA);
    parts.push(bytes);
  });
  parts.push(Buffer.from(shell.slice(split), 'utf8'));
  return Buffer.concat(parts);
}

/**
 * The language server's connection: over stdio (`--stdio`), with messages written by encodeMessage and
 * console output sent to stderr (stdout carries the protocol); otherwise as vscode-languageserver makes it
 * from the command line (IPC when the VS Code client starts the server).
 */
export function createServerConnection(argv: string[] = process.argv): Connection {
  if (!argv.includes('--stdio')) return createConnection(ProposedFeatures.all);
  const writer = new StreamMessageWriter(process.stdout, {
    charset: 'utf-8',
    contentTypeEncoder: { name: 'application/json', encode: (msg) => Promise.resolve(encodeMessage(msg)) },
  });
  // What vscode-languageserver does for --stdio itself, which it skips when given the streams.
  for (const name of ['log', 'info', 'debug', 'dir', 'trace'] as const) console[name] = console.error;
  // stdin as a stream, so that the library ends the process when it closes, as it does for --stdio; the
  // writer as a writer. vscode-jsonrpc tells the two by shape at run time; its types list only like pairs.
  return createConnection(ProposedFeatures.all, process.stdin, writer as unknown as NodeJS.WritableStream);
}
