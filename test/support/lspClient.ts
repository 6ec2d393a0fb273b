/** A small LSP client over stdio for tests: starts `node dist/server.js --stdio` and speaks JSON-RPC. */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  code?: string | number;
  severity?: number;
  message: string;
}

export class LspClient {
  readonly proc: ChildProcessWithoutNullStreams;
  private nextId = 1;
  private buffer = Buffer.alloc(0);
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly waiters: Array<{ uri: string; version?: number; resolve: (d: Diagnostic[]) => void }> = [];
  readonly diagnostics = new Map<string, { version?: number; items: Diagnostic[] }>();
  stderr = '';
  exited: number | null = null;
  /** What the client answers for the `paperCheck` configuration section (null: the defaults). */
  settings: Record<string, unknown> | null = null;
  /** Messages the server asked the client to show (window/showMessage, window/showMessageRequest). */
  readonly shown: string[] = [];

  /**
   * Starts `node dist/server.js` under `root`, or, given `command`, that executable (an installed
   * `paper-check-ls`) with `args` alone.
   */
  constructor(root: string, args: string[] = ['--stdio'], nodeArgs: string[] = [], command?: string) {
    this.proc = command
      ? spawn(command, args, { cwd: root })
      : spawn(process.execPath, [...nodeArgs, join(root, 'dist', 'server.js'), ...args], { cwd: root });
    this.proc.stdout.on('data', (chunk: Buffer) => this.onData(chunk));
    this.proc.stderr.on('data', (d: Buffer) => { this.stderr += d.toString(); });
    this.proc.on('exit', (code) => {
      this.exited = code ?? -1;
      for (const p of this.pending.values()) p.reject(new Error(`server exited with ${code}: ${this.stderr.slice(-500)}`));
    });
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString())?.[1]);
      if (this.buffer.length < headerEnd + 4 + length) return;
      const message = JSON.parse(this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8'));
      this.buffer = this.buffer.subarray(headerEnd + 4 + length);
      this.onMessage(message);
    }
  }

  private onMessage(msg: any): void {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      this.pending.delete(msg.id);
      if (msg.error) p?.reject(new Error(msg.error.message));
      else p?.resolve(msg.result);
    } else if (msg.id !== undefined) {
      // Requests from the server: configuration, and messages to show.
      if (msg.method === 'window/showMessageRequest') this.shown.push(msg.params.message);
      this.send({ jsonrpc: '2.0', id: msg.id, result: msg.method === 'workspace/configuration' ? msg.params.items.map(() => this.settings) : null });
    } else if (msg.method === 'window/showMessage') {
      this.shown.push(msg.params.message);
    } else if (msg.method === 'textDocument/publishDiagnostics') {
      const { uri, version, diagnostics } = msg.params;
      this.diagnostics.set(uri, { version, items: diagnostics });
      for (let i = this.waiters.length - 1; i >= 0; i--) {
        const w = this.waiters[i];
        if (w.uri === uri && (w.version === undefined || w.version === version)) {
          this.waiters.splice(i, 1);
          w.resolve(diagnostics);
        }
      }
    }
  }

  private send(msg: object): void {
    const body = Buffer.from(JSON.stringify(msg), 'utf8');
    this.proc.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    this.proc.stdin.write(body);
  }

  request<T = any>(method: string, params: unknown, timeoutMs = 20000): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timeout: ${method}`)), timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(timer); resolve(v as T); }, reject: (e) => { clearTimeout(timer); reject(e); } });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Resolves with the next diagnostics published for `uri` (at `version`, if given). */
  nextDiagnostics(uri: string, version?: number, timeoutMs = 20000): Promise<Diagnostic[]> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no diagnostics for ${uri} v${version}`)), timeoutMs);
      this.waiters.push({ uri, version, resolve: (d) => { clearTimeout(timer); resolve(d); } });
    });
  }

  /** `capabilities`: the client's, by default a client that answers workspace/configuration. */
  async initialize(rootUri: string, initializationOptions: object = {}, capabilities: object = { workspace: { configuration: true } }): Promise<any> {
    const result = await this.request('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'root' }], initializationOptions, capabilities });
    this.notify('initialized', {});
    return result;
  }

  async open(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    const next = this.nextDiagnostics(uri, version);
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
    return next;
  }

  async stop(): Promise<void> {
    if (this.exited === null) {
      try {
        await this.request('shutdown', null, 3000);
        this.notify('exit', null);
      } catch { /* already gone */ }
    }
    await new Promise<void>((resolve) => {
      if (this.exited !== null) return resolve();
      const timer = setTimeout(() => { this.proc.kill('SIGKILL'); resolve(); }, 2000);
      this.proc.on('exit', () => { clearTimeout(timer); resolve(); });
    });
  }
}

/** Offset → LSP position. */
export function positionAt(text: string, offset: number): { line: number; character: number } {
  let line = 0;
  let last = 0;
  for (let i = 0; i < offset; i++) if (text.charCodeAt(i) === 10) { line++; last = i + 1; }
  return { line, character: offset - last };
}

/** LSP position → offset. */
export function offsetAt(text: string, pos: { line: number; character: number }): number {
  let line = 0;
  let i = 0;
  while (line < pos.line && i < text.length) if (text.charCodeAt(i++) === 10) line++;
  return i + pos.character;
}
