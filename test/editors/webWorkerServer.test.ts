import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { ROOT } from '../support/paper';

/**
 * The web worker's language server (dist/web/server.js) in a context that has what a browser worker has
 * for it — postMessage, onmessage, timers, TextEncoder/TextDecoder — and no require, process or file
 * system: it must check a draft from what is inside the bundle. (The real browser test is
 * test/vscode/web/web.js.)
 */
class WorkerScope {
  readonly sent: any[] = [];
  private readonly waiters: Array<{ match: (m: any) => boolean; resolve: (m: any) => void }> = [];
  private nextId = 1;
  onmessage: ((event: { data: unknown }) => void) | null = null;
  /** The client's answers to the server's requests, by method. */
  answers: Record<string, (params: any) => unknown> = {};
  readonly context: Record<string, unknown>;

  constructor() {
    const timers = new Set<ReturnType<typeof setTimeout>>();
    this.context = {
      // Messages cross as copies, as postMessage's structured clone makes them.
      postMessage: (message: unknown) => this.received(JSON.parse(JSON.stringify(message))),
      addEventListener: () => undefined,
      console,
      setTimeout: (fn: () => void, ms?: number) => { const t = setTimeout(fn, ms); timers.add(t); return t; },
      clearTimeout, setInterval, clearInterval, queueMicrotask, TextEncoder, TextDecoder,
    };
    Object.defineProperty(this.context, 'onmessage', { get: () => this.onmessage, set: (f) => { this.onmessage = f; } });
    this.context.self = this.context;
  }

  private received(message: any): void {
    this.sent.push(message);
    for (let i = this.waiters.length - 1; i >= 0; i--) {
      if (this.waiters[i].match(message)) this.waiters.splice(i, 1)[0].resolve(message);
    }
    // Requests the server makes of the client: answered from `answers`, else as a client with no settings would.
    if (message.id !== undefined && message.method) {
      const answer = this.answers[message.method];
      this.post({ jsonrpc: '2.0', id: message.id, result: answer ? answer(message.params) : message.method === 'workspace/configuration' ? [null] : null });
    }
  }

  next(match: (m: any) => boolean, timeoutMs = 20000): Promise<any> {
    const done = this.sent.find(match);
    if (done) return Promise.resolve(done);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no such message from the worker')), timeoutMs);
      this.waiters.push({ match, resolve: (m) => { clearTimeout(timer); resolve(m); } });
    });
  }

  post(message: object): void {
    this.onmessage!({ data: JSON.parse(JSON.stringify(message)) });
  }

  request(method: string, params: unknown): Promise<any> {
    const id = this.nextId++;
    this.post({ jsonrpc: '2.0', id, method, params });
    return this.next((m) => m.id === id && !m.method).then((m) => m.result);
  }
}

describe('the web worker language server bundle (no file system)', function () {
  this.timeout(30000);

  it('checks a draft from the bundled paper and index: the mismatch, the hover with the passage, the quick fix', async () => {
    const scope = new WorkerScope();
    runInNewContext(readFileSync(join(ROOT, 'dist', 'web', 'server.js'), 'utf8'), scope.context, { filename: 'dist/web/server.js' });
    const init = await scope.request('initialize', { processId: null, rootUri: null, capabilities: { workspace: { configuration: true } }, initializationOptions: { paperCheckClient: true } });
    assert.equal(init.serverInfo.name, 'paper-check');
    scope.post({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = 'vscode-test-web://mount/kling-release.md';
    const text = readFileSync(join(ROOT, 'samples', 'kling-release.md'), 'utf8');
    scope.post({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
    const published = await scope.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.uri === uri);
    const mismatch = published.params.diagnostics.find((d: any) => d.code === 'figure-mismatch');
    assert.ok(mismatch, JSON.stringify(published.params.diagnostics));
    const lines = text.split('\n');
    assert.equal(lines[mismatch.range.start.line].slice(mismatch.range.start.character, mismatch.range.end.character), 'US$280 million');
    const hover = await scope.request('textDocument/hover', { textDocument: { uri }, position: mismatch.range.start });
    assert.match(hover.contents.value.replace(/\*\*/g, ''), /年化收入运行率 \(ARR\) 达 2\.4 亿美元/);
    const actions = await scope.request('textDocument/codeAction', { textDocument: { uri }, range: mismatch.range, context: { diagnostics: [mismatch], only: ['quickfix'] } });
    assert.deepEqual(actions.find((a: any) => a.isPreferred).edit.changes[uri], [{ range: mismatch.range, newText: 'US$240 million' }]);
    const definition = await scope.request('textDocument/definition', { textDocument: { uri }, position: mismatch.range.start });
    const { text: paper } = await scope.request('paperCheck/sourceText', { uri: definition.uri });
    assert.equal(paper, readFileSync(join(ROOT, 'data', 'paper.md'), 'utf8'), 'the bundled paper is the shipped one');
    await scope.request('shutdown', null);
  });

  it('asks the client for paperCheck.sources, checks against what it read, and tells once about one it could not', async () => {
    const scope = new WorkerScope();
    const root = 'vscode-test-web://mount/';
    const asked: any[] = [];
    scope.answers['workspace/configuration'] = () => [{ sources: ['corrections.md', 'missing.md'], useShippedPaper: false }];
    scope.answers['paperCheck/readSources'] = (params) => {
      asked.push(params);
      return [
        { location: `${root}corrections.md`, name: 'corrections.md', text: '2025 年 12 月，可灵 AI 年化收入运行率 (ARR) 达 2.8 亿美元。\n' },
        { location: `${root}missing.md`, name: 'missing.md', problem: 'was not found' },
      ];
    };
    runInNewContext(readFileSync(join(ROOT, 'dist', 'web', 'server.js'), 'utf8'), scope.context);
    await scope.request('initialize', { processId: null, rootUri: root, workspaceFolders: [{ uri: root, name: 'mount' }], capabilities: { workspace: { configuration: true } }, initializationOptions: { trusted: true, paperCheckClient: true } });
    scope.post({ jsonrpc: '2.0', method: 'initialized', params: {} });
    const uri = `${root}draft.md`;
    scope.post({ jsonrpc: '2.0', method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text: 'In December 2025, Kling AI’s annualized revenue run rate (ARR) reached US$240 million.\n' } } });
    // Checked against the sheet (2.8 亿美元), the paper's own US$240 million disagrees.
    const published = await scope.next((m) => m.method === 'textDocument/publishDiagnostics' && m.params.diagnostics.some((d: any) => d.code === 'figure-mismatch'));
    assert.match(published.params.diagnostics.find((d: any) => d.code === 'figure-mismatch').message, /US\$280 million/);
    assert.deepEqual(asked, [{ paths: ['corrections.md', 'missing.md'], root }]);
    const warnings = scope.sent.filter((m) => /^window\/showMessage/.test(m.method) && /missing\.md/.test(m.params.message));
    assert.equal(warnings.length, 1, 'one message about the source that could not be read');
    assert.match(warnings[0].params.message, /was not found; checking against the other sources/);
    await scope.request('shutdown', null);
  });
});
