// A small LSP client over stdio for the benchmark: spawns the server, frames JSON-RPC, answers the
// server's own requests with defaults, and lets the caller wait (with a timeout) for the
// publishDiagnostics of a given document version. No dependencies.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

/** Every server process the bench spawned and has not yet seen exit, so the harness can kill them by PID. */
export const liveServers = new Set();

const PUBLISH_HEAD = '{"jsonrpc":"2.0","method":"textDocument/publishDiagnostics","params":{';
const LIST_KEY = '"diagnostics":[';

/**
 * A message from its JSON. A publishDiagnostics message's list is decoded when first read: the bench waits
 * on its uri and version only, and decoding a 1M draft's 2 MB of diagnostics at every edit made this
 * process's own garbage collections (20-70 ms scavenges of the lists it kept) land in the latencies
 * it measures. Any other shape is decoded whole.
 */
function readMessage(body) {
  // The list must be the message's last value, so that what comes before it holds every other key.
  const at = body.startsWith(PUBLISH_HEAD) && body.endsWith(']}}') ? body.lastIndexOf(LIST_KEY) : -1;
  if (at < 0) return JSON.parse(body);
  const head = JSON.parse(`${body.slice(0, at)}"diagnostics":[]}}`);
  let list;
  Object.defineProperty(head.params, 'diagnostics', {
    enumerable: true,
    get() {
      list ??= JSON.parse(body).params.diagnostics;
      return list;
    },
  });
  return head;
}

export class LspServer {
  /**
   * @param {string[]} nodeArgs node options placed before the script (e.g. --expose-gc)
   * @param {string} script path of dist/server.js
   * @param {string} cwd
   */
  constructor(script, cwd, nodeArgs = []) {
    this.spawnedAt = performance.now();
    this.proc = spawn(process.execPath, [...nodeArgs, script, '--stdio'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.pid = this.proc.pid;
    /** What workspace/configuration answers for each item: null (server defaults) unless set. */
    this.settings = null;
    liveServers.add(this);
    this.nextId = 1;
    this.pending = new Map();
    this.chunks = [];
    this.bufLen = 0;
    /** Bytes needed before the message being received is complete (0: not known yet). */
    this.need = 0;
    this.stderr = '';
    this.exited = null;
    /** uri -> { version, diagnostics, at } of the last publish (diagnostics decoded when first read) */
    this.lastDiag = new Map();
    /** waiters for a publish: { uri, pred, resolve } */
    this.diagWaiters = new Set();
    this.proc.stdout.on('data', (d) => this.#onData(d));
    this.proc.stderr.on('data', (d) => { this.stderr = (this.stderr + d.toString()).slice(-20000); });
    this.proc.stdin.on('error', () => { /* server gone; reported through exit */ });
    this.proc.on('exit', (code, sig) => {
      this.exited = { code, sig };
      liveServers.delete(this);
      const err = new Error(`server exited (${code ?? sig}); stderr tail: ${this.stderr.slice(-500)}`);
      for (const [, p] of this.pending) p.reject(err);
      this.pending.clear();
      for (const w of this.diagWaiters) w.reject(err);
      this.diagWaiters.clear();
    });
    this.proc.on('error', (e) => { this.exited = { error: e.message }; });
  }

  #onData(chunk) {
    // When the message's last bytes arrived: the server's latency ends here. Decoding a publish's list is the
    // client's work, which run.mjs times apart (decodeMs).
    const arrived = performance.now();
    this.chunks.push(chunk);
    this.bufLen += chunk.length;
    // A long message arrives in many pipe chunks: join them once it is all there, not at every chunk
    // (which copied the message over and over, and charged the client's copying to the server's latency).
    if (this.bufLen < this.need) return;
    let buf = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.bufLen);
    for (;;) {
      const headerEnd = buf.indexOf('\r\n\r\n');
      if (headerEnd < 0) break;
      const m = /Content-Length:\s*(\d+)/i.exec(buf.subarray(0, headerEnd).toString('ascii'));
      if (!m) { buf = buf.subarray(headerEnd + 4); continue; }
      const len = Number(m[1]);
      this.need = headerEnd + 4 + len;
      if (buf.length < this.need) break;
      this.need = 0;
      const body = buf.subarray(headerEnd + 4, headerEnd + 4 + len).toString('utf8');
      buf = buf.subarray(headerEnd + 4 + len);
      let msg;
      try { msg = readMessage(body); } catch { continue; }
      this.#onMessage(msg, arrived);
    }
    this.chunks = buf.length ? [buf] : [];
    this.bufLen = buf.length;
  }

  #onMessage(msg, at) {
    if (msg.id !== undefined && msg.method === undefined) {
      const p = this.pending.get(msg.id);
      if (p) {
        this.pending.delete(msg.id);
        if (msg.error) p.reject(Object.assign(new Error(msg.error.message), { lspError: msg.error }));
        else p.resolve({ result: msg.result, at });
      }
      return;
    }
    if (msg.method && msg.id !== undefined) {
      // A request from the server (configuration, progress, registration): answer with defaults.
      let result = null;
      if (msg.method === 'workspace/configuration') result = (msg.params?.items ?? []).map(() => this.settings);
      if (msg.method === 'workspace/workspaceFolders') result = this.workspaceFolders ?? null;
      this.#send({ jsonrpc: '2.0', id: msg.id, result });
      return;
    }
    if (msg.method === 'textDocument/publishDiagnostics') {
      const entry = { version: msg.params.version, at, get diagnostics() { return msg.params.diagnostics; } };
      this.lastDiag.set(msg.params.uri, entry);
      for (const w of this.diagWaiters) {
        if (w.uri === msg.params.uri && w.pred(entry)) { this.diagWaiters.delete(w); w.resolve(entry); }
      }
    }
  }

  #send(obj) {
    if (this.exited) throw new Error(`server already exited (${JSON.stringify(this.exited)})`);
    const body = Buffer.from(JSON.stringify(obj), 'utf8');
    this.proc.stdin.write(Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]));
  }

  /** Sends a request; resolves { result, at } (at: performance.now() when the response's last bytes arrived). */
  request(method, params, timeoutMs = 60000) {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => { this.pending.delete(id); reject(new Error(`timeout after ${timeoutMs} ms: ${method}`)); }, timeoutMs);
      this.pending.set(id, { resolve: (v) => { clearTimeout(t); resolve(v); }, reject: (e) => { clearTimeout(t); reject(e); } });
      try { this.#send({ jsonrpc: '2.0', id, method, params }); } catch (e) { this.pending.get(id)?.reject(e); }
    });
  }

  notify(method, params) { this.#send({ jsonrpc: '2.0', method, params }); }

  /**
   * Resolves with the first publishDiagnostics for `uri` that satisfies `pred` arriving after this call
   * (register before sending the notification that triggers it); rejects after timeoutMs.
   */
  waitDiagnostics(uri, pred, timeoutMs = 60000) {
    return new Promise((resolve, reject) => {
      const w = { uri, pred, resolve: null, reject: null };
      const t = setTimeout(() => { this.diagWaiters.delete(w); reject(new Error(`timeout after ${timeoutMs} ms waiting for diagnostics of ${uri}`)); }, timeoutMs);
      w.resolve = (v) => { clearTimeout(t); resolve(v); };
      w.reject = (e) => { clearTimeout(t); reject(e); };
      if (this.exited) { w.reject(new Error('server exited')); return; }
      this.diagWaiters.add(w);
    });
  }

  async initialize(rootUri, timeoutMs = 60000) {
    this.workspaceFolders = [{ uri: rootUri, name: 'bench' }];
    const { result } = await this.request('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: this.workspaceFolders,
      capabilities: {
        textDocument: {
          synchronization: { didSave: true, dynamicRegistration: false },
          publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } }, isPreferredSupport: true, dataSupport: true },
        },
        workspace: { configuration: true, workspaceFolders: true },
      },
    }, timeoutMs);
    this.notify('initialized', {});
    this.capabilities = result?.capabilities ?? {};
    return result;
  }

  open(uri, text, version = 1) {
    this.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  close(uri) { this.notify('textDocument/didClose', { textDocument: { uri } }); }

  /** Resident set size of the server process in kB (VmRSS), and its peak (VmHWM). */
  memory() {
    const status = readFileSync(`/proc/${this.pid}/status`, 'utf8');
    const kb = (k) => Number(new RegExp(`^${k}:\\s+(\\d+)\\s+kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rssKb: kb('VmRSS'), hwmKb: kb('VmHWM') };
  }

  /** Polite shutdown, then SIGKILL by PID if it has not exited within a second and a half. */
  async stop() {
    if (this.exited) return;
    try { await this.request('shutdown', null, 3000); this.notify('exit', null); } catch { /* ignore */ }
    const deadline = performance.now() + 1500;
    while (!this.exited && performance.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    if (this.exited) return;
    this.kill();
    const killDeadline = performance.now() + 2000;
    while (!this.exited && performance.now() < killDeadline) await new Promise((r) => setTimeout(r, 25));
  }

  kill() {
    if (this.exited) return;
    try { process.kill(this.pid, 'SIGKILL'); } catch { /* already gone */ }
  }
}

/** Kills (by PID) every server still alive: used on the harness's way out, including on errors. */
export function killAllServers() {
  for (const s of liveServers) s.kill();
}
