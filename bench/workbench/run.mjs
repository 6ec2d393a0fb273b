// Paper Check in the real workbench: `npm run bench:workbench` (or `node bench/workbench/run.mjs`). Packages the
// .vsix (unless PAPER_CHECK_VSIX names one), installs it into a private code-server profile, and for each
// transport between the extension host and the language server (PAPER_CHECK_TRANSPORT, read by the client)
// starts code-server, opens the workbench in Debian's chromium through playwright-core, and lets the probe
// extension (bench/workbench/probe/) time keystroke → diagnostics and a folder of 100 drafts inside the
// extension host. Prints one plain-text table and writes bench/workbench/results.json. Targets are marked
// PASS/FAIL but never change the exit code: it is non-zero only when the harness breaks (2: a transport's run
// failed, 3: the watchdog fired). Every wait has a timeout; code-server (with its extension hosts and language
// servers: its process group) and chromium are stopped by PID.
//
// Environment: BENCH_TRANSPORTS=ipc,stdio,pipe,socket  the transports to compare
//              BENCH_ROUNDS=2         workbench runs per transport, taking turns (the order reversed every other
//                                     round), so a shared machine's drift weighs on all of them
//              BENCH_QUICK=1          5 edits per row, default debounce, one round: for trying the harness
//              PAPER_CHECK_VSIX=path  measure this .vsix instead of packaging one
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import net from 'node:net';
import os from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { percentile, runGuarded } from '../common.mjs';
import { generateDraft, loadCorpus } from '../gen.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, '..', '..');
const TOOLS = join(ROOT, '.vscode-test', 'tools');
// Its own folder under the git-ignored .vscode-test/, apart from the test runs' .vscode-test/run/ (wiped by them).
const WORK = join(ROOT, '.vscode-test', 'bench');
const CODE_SERVER = join(TOOLS, 'node_modules', '.bin', 'code-server');
const PROBE_EXTENSION = join(HERE, 'probe');
const PROBE_BUNDLE = join(ROOT, 'bench', '.build', 'workbench', 'probe.js');
const require = createRequire(import.meta.url);

// ---- knobs ------------------------------------------------------------------------------------------
const QUICK = !!process.env.BENCH_QUICK;
const TRANSPORTS = (process.env.BENCH_TRANSPORTS || 'ipc,stdio,pipe,socket').split(',').map((t) => t.trim()).filter(Boolean);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS) || (QUICK ? 1 : 2));
const EDIT_SIZES = [20_000, 200_000];
// The seeds bench/run.mjs uses for these sizes, so both benches type into the same drafts.
const EDIT_SEEDS = { 20_000: 201, 200_000: 202 };
const EDITS = QUICK ? 5 : 30;
const WARMUP_EDITS = 3;
// null: the setting's default (300 ms, applied to drafts over 100,000 characters only); 0: check at once.
const DEBOUNCES = QUICK ? [null] : [null, 0];
const FOLDER_DRAFTS = 100;
const FOLDER_DRAFT_CHARS = 5_000;
const FOLDER_SEED = 10_000; // bench/run.mjs's memory drafts
const WAIT_MS = 60_000; // any single wait inside the probe
const HEALTH_MS = 30_000; // code-server answering /healthz
const RUN_MS = 6 * 60_000; // one transport's whole workbench run
const WATCHDOG_MS = 30 * 60_000; // the whole bench
const TARGETS = { keystrokeP95Ms: 16 };

// ---- helpers ----------------------------------------------------------------------------------------
const log = (s) => process.stderr.write(`[bench:workbench] ${s}\n`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const round2 = (x) => round(x, 2);
const round = (x, d = 1) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);
const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : 'n/a');
const secs = (x) => (Number.isFinite(x) ? `${(x / 1000).toFixed(2)} s` : 'n/a');
const kchars = (n) => `${n / 1000}k`;
const status = (value, target) => (Number.isFinite(value) ? (value <= target ? 'PASS' : 'FAIL') : 'N/A');
const debounceName = (d) => (d === null ? 'default' : `${d} ms`);

function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memGb: round(os.totalmem() / 2 ** 30),
    loadAvg: os.loadavg().map((x) => round(x, 2)),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Runs a command to completion (bounded by `timeoutMs`), throwing with its output when it fails. */
function run(cmd, args, opts = {}, timeoutMs = 5 * 60_000) {
  const r = spawnSync(cmd, args, { cwd: ROOT, encoding: 'utf8', timeout: timeoutMs, killSignal: 'SIGKILL', ...opts });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status ?? r.signal}): ${`${r.stdout}\n${r.stderr}`.trim().slice(-1500)}`);
  return r.stdout;
}

const freePort = () => new Promise((resolve, reject) => {
  const s = net.createServer();
  s.on('error', reject);
  s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => resolve(port)); });
});

const healthy = (port) => new Promise((resolve) => {
  const req = require('node:http').get(`http://127.0.0.1:${port}/healthz`, (r) => { r.resume(); resolve(r.statusCode === 200); });
  req.on('error', () => resolve(false));
  req.setTimeout(2_000, () => { req.destroy(); resolve(false); });
});

// ---- processes: every code-server started is stopped by its process group ---------------------------

/** code-server processes started and not yet seen exit (leaders of their own process groups). */
const codeServers = new Set();

/** Signals `child`'s process group (it leads one: spawned detached), or the child alone should that fail. */
function signalGroup(child, signal) {
  try {
    process.kill(-child.pid, signal);
  } catch {
    try { child.kill(signal); } catch { /* already gone */ }
  }
}

/** Stops a code-server and everything in its process group: TERM, then KILL after 5 s. */
async function stopCodeServer(child) {
  if (child.exitCode === null && child.signalCode === null) {
    signalGroup(child, 'SIGTERM');
    for (let i = 0; i < 25 && child.exitCode === null && child.signalCode === null; i++) await sleep(200);
  }
  // The group may outlive its leader (an extension host still shutting down): KILL whatever is left.
  signalGroup(child, 'SIGKILL');
  codeServers.delete(child);
}

function killAllNow() {
  for (const child of codeServers) signalGroup(child, 'SIGKILL');
  codeServers.clear();
}

/** Starts code-server on a free loopback port, serving `profile`, with `env` for its extension hosts. */
async function startCodeServer(profile, env) {
  const port = await freePort();
  const args = [
    '--user-data-dir', join(profile, 'ud'), '--extensions-dir', join(profile, 'exts'), '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
  ];
  const logFile = join(profile, 'server.log');
  const out = openSync(logFile, 'w');
  const child = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', out, out] });
  codeServers.add(child);
  child.on('exit', () => codeServers.delete(child));
  const deadline = Date.now() + HEALTH_MS;
  while (Date.now() < deadline) {
    if (await healthy(port)) return { child, port, logFile };
    if (child.exitCode !== null || child.signalCode !== null) break;
    await sleep(300);
  }
  await stopCodeServer(child);
  throw new Error(`code-server did not answer on port ${port}: ${readFileSync(logFile, 'utf8').slice(-800)}`);
}

// ---- setup ------------------------------------------------------------------------------------------

/** The .vsix to measure: PAPER_CHECK_VSIX, or one packaged now from a fresh build. */
function packageVsix() {
  if (process.env.PAPER_CHECK_VSIX) return process.env.PAPER_CHECK_VSIX;
  log('packaging the .vsix (npm run package: build + vsce)');
  run('npm', ['run', '--silent', 'package']);
  return join(ROOT, 'paper-check.vsix');
}

/** A fresh code-server profile with the .vsix installed and the settings the test runs use (scripts/vscode/run.sh). */
function makeProfile(vsix, env) {
  const dir = join(WORK, 'profile');
  mkdirSync(join(dir, 'ud', 'User'), { recursive: true });
  mkdirSync(join(dir, 'exts'), { recursive: true });
  run(CODE_SERVER, ['--user-data-dir', join(dir, 'ud'), '--extensions-dir', join(dir, 'exts'), '--install-extension', vsix, '--force'], { env });
  return dir;
}

/** User settings, written before each transport's run (the probe changes paperCheck.debounceMs, then restores it). */
function writeSettings(profile) {
  const settings = {
    'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'workbench.tips.enabled': false,
    'workbench.enableExperiments': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none',
    'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'chat.disableAIFeatures': true,
    'git.enabled': false, 'git.openRepositoryInParentFolders': 'never',
    'files.autoSave': 'off', 'files.hotExit': 'off', 'window.restoreWindows': 'none',
  };
  writeFileSync(join(profile, 'ud', 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The drafts: the folder of 100 (the workspace) and, outside it, the drafts typed into. */
function writeDrafts() {
  const corpus = loadCorpus(ROOT);
  const drafts = join(WORK, 'drafts');
  rmSync(drafts, { recursive: true, force: true });
  const folder = join(drafts, 'folder');
  const typing = join(drafts, 'typing');
  mkdirSync(folder, { recursive: true });
  mkdirSync(typing, { recursive: true });
  const editDrafts = EDIT_SIZES.map((size) => {
    const path = join(typing, `draft-${kchars(size)}.md`);
    writeFileSync(path, generateDraft(corpus, size, EDIT_SEEDS[size]));
    return { size, path };
  });
  const folderDrafts = Array.from({ length: FOLDER_DRAFTS }, (_, i) => {
    const path = join(folder, `draft-${String(i).padStart(3, '0')}.md`);
    writeFileSync(path, generateDraft(corpus, FOLDER_DRAFT_CHARS, FOLDER_SEED + i));
    return path;
  });
  const avgChars = Math.round(folderDrafts.reduce((n, p) => n + readFileSync(p, 'utf8').length, 0) / folderDrafts.length);
  return { folder, editDrafts, folderDrafts, avgChars };
}

async function bundleProbe() {
  await build({
    entryPoints: [join(PROBE_EXTENSION, 'probe.ts')], outfile: PROBE_BUNDLE, external: ['vscode'],
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning',
  });
}

/** playwright-core from .vscode-test/tools (installed by scripts/vscode/run.sh), not the project's dependencies. */
function chromium() {
  return require(require.resolve('playwright-core', { paths: [TOOLS] })).chromium;
}

// ---- one transport ----------------------------------------------------------------------------------

/**
 * Serves the profile with PAPER_CHECK_TRANSPORT=`transport`, opens the workbench on the folder with the probe
 * as a development extension, and returns what the probe wrote once the extension host says it is done.
 */
async function measureTransport(transport, { profile, baseEnv, drafts, browser }) {
  const out = join(WORK, `probe-${transport}.json`);
  const planPath = join(WORK, `plan-${transport}.json`);
  rmSync(out, { force: true });
  writeFileSync(planPath, JSON.stringify({
    out, editDrafts: drafts.editDrafts, debounces: DEBOUNCES, warmupEdits: WARMUP_EDITS, edits: EDITS,
    folderDrafts: drafts.folderDrafts, waitMs: WAIT_MS,
  }, null, 2));
  writeSettings(profile);
  const cs = await startCodeServer(profile, { ...baseEnv, PAPER_CHECK_TRANSPORT: transport, PAPER_CHECK_BENCH_PLAN: planPath });
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const started = Date.now();
  try {
    const page = await context.newPage();
    const exited = new Promise((resolve) => page.exposeFunction('codeAutomationExit', (code) => resolve(code)));
    await page.exposeFunction('codeAutomationLog', () => {});
    const remote = (p) => `vscode-remote://127.0.0.1:${cs.port}${pathToFileURL(p).pathname}`;
    const payload = [['extensionDevelopmentPath', remote(PROBE_EXTENSION)], ['extensionTestsPath', remote(PROBE_BUNDLE)], ['skipWelcome', 'true']];
    await page.goto(`http://127.0.0.1:${cs.port}/?folder=${encodeURIComponent(drafts.folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
    let timer;
    const code = await Promise.race([exited, new Promise((r) => { timer = setTimeout(() => r('timeout'), RUN_MS); })]);
    clearTimeout(timer);
    if (!existsSync(out)) throw new Error(`the probe wrote no results (workbench exit: ${code}); code-server log: ${cs.logFile}`);
    const result = JSON.parse(readFileSync(out, 'utf8'));
    if (code !== 0) result.errors.push(`workbench exit: ${code}`);
    result.wallMs = Date.now() - started;
    return result;
  } finally {
    await context.close().catch(() => {});
    await stopCodeServer(cs.child);
  }
}

// ---- report -----------------------------------------------------------------------------------------

const summary = (xs) => ({ p50: percentile(xs, 50), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : NaN, samples: xs });

/**
 * One transport's rounds as one result: each edit row's samples pooled over the rounds (percentiles of
 * the pool), each folder time the nearest-rank median of the rounds (of two: the lower), all the rounds' values kept.
 */
function mergeRounds(rounds) {
  const edits = new Map();
  for (const res of rounds) {
    for (const e of res.edits ?? []) {
      const key = `${e.size} ${e.debounceMs}`;
      const m = edits.get(key) ?? { ...e, fromEdit: [], fromChange: [], setFromEdit: [], setFromChange: [] };
      for (const k of ['fromEdit', 'fromChange', 'setFromEdit', 'setFromChange']) m[k].push(...(e[k]?.samples ?? []));
      edits.set(key, m);
    }
  }
  const folderRow = (name) => {
    const runs = rounds.map((res) => res.folder?.[name]).filter(Boolean);
    if (!runs.length) return null;
    const med = (k) => percentile(runs.map((x) => x[k]), 50);
    return { ...runs[0], allDiagnosedMs: med('allDiagnosedMs'), commandMs: med('commandMs'), openedMs: med('openedMs'), rounds: runs.map((x) => x.allDiagnosedMs) };
  };
  return {
    rounds: rounds.length,
    edits: [...edits.values()].map((e) => ({ ...e, fromEdit: summary(e.fromEdit), fromChange: summary(e.fromChange), setFromEdit: summary(e.setFromEdit), setFromChange: summary(e.setFromChange) })),
    folder: { command: folderRow('command'), open: folderRow('open') },
    servers: rounds.flatMap((res) => res.servers ?? []),
    errors: rounds.flatMap((res) => res.errors ?? []),
  };
}

/** Relative cost of each transport: geometric mean, over the rows all of them measured, of its value ÷ the best. */
function rankTransports(r) {
  const rows = new Map();
  const add = (key, transport, value) => {
    if (!Number.isFinite(value) || value <= 0) return;
    if (!rows.has(key)) rows.set(key, new Map());
    rows.get(key).set(transport, value);
  };
  for (const [t, res] of Object.entries(r.transports)) {
    // The diagnostics' arrival in the host, not the event: the event's fixed 50 ms debounce would dilute the ratios.
    for (const e of res?.edits ?? []) add(`edit ${e.size} ${e.debounceMs}`, t, e.setFromEdit.p50);
    add('folder command', t, res?.folder?.command?.allDiagnosedMs);
    add('folder open', t, res?.folder?.open?.allDiagnosedMs);
  }
  const names = Object.keys(r.transports);
  const common = [...rows.values()].filter((m) => names.every((t) => m.has(t)));
  if (!common.length || names.length < 2) return null;
  const ratios = Object.fromEntries(names.map((t) => [t, Math.exp(common.reduce((s, m) => s + Math.log(m.get(t) / Math.min(...m.values())), 0) / common.length)]));
  const order = names.sort((a, b) => ratios[a] - ratios[b]);
  return { rows: common.length, order, ratios: Object.fromEntries(order.map((t) => [t, round(ratios[t], 3)])) };
}

function table(r) {
  const rows = [];
  const sec = (title) => rows.push([title]);
  const row = (metric, value, target = '', st = '') => rows.push([metric, value, target, st]);
  sec('Keystroke → onDidChangeDiagnostics (a space typed mid-draft with TextEditor.edit, until the diagnostic after it has moved; p50 / p95 / max)');
  for (const [t, res] of Object.entries(r.transports)) {
    for (const e of res?.edits ?? []) {
      const f = e.fromEdit;
      const c = e.fromChange;
      row(`${t} · ${kchars(e.size)} · debounce ${debounceName(e.debounceMs)}`,
        `${ms(f.p50)} / ${ms(f.p95)} / ${ms(f.max)}  [host has the text → event ${ms(c.p50)} / ${ms(c.p95)}; ${f.samples.length} edits${res.rounds > 1 ? ` over ${res.rounds} rounds` : ''}]`,
        `p95 ≤ ${TARGETS.keystrokeP95Ms} ms`, status(f.p95, TARGETS.keystrokeP95Ms));
    }
  }
  sec('Keystroke → the new diagnostics in the extension host (same edits; without the host\'s 50 ms event debounce; p50 / p95 / max)');
  for (const [t, res] of Object.entries(r.transports)) {
    for (const e of res?.edits ?? []) {
      const s = e.setFromEdit;
      const c = e.setFromChange;
      row(`${t} · ${kchars(e.size)} · debounce ${debounceName(e.debounceMs)}`, `${ms(s.p50)} / ${ms(s.p95)} / ${ms(s.max)}  [host has the text → diagnostics in the host ${ms(c.p50)} / ${ms(c.p95)}]`,
        `p95 ≤ ${TARGETS.keystrokeP95Ms} ms`, status(s.p95, TARGETS.keystrokeP95Ms));
    }
  }
  sec(`Folder of ${r.drafts.folderDrafts} drafts (~${r.drafts.folderAvgChars} chars) → all ${r.drafts.folderDrafts} have diagnostics (wall time)`);
  for (const [t, res] of Object.entries(r.transports)) {
    const c = res?.folder?.command;
    const o = res?.folder?.open;
    const each = (x) => (x.rounds.length > 1 ? `; rounds ${x.rounds.map((v) => (v / 1000).toFixed(2)).join(', ')} s` : '');
    row(`${t} · "Check all drafts in the workspace" command`, c ? `${secs(c.allDiagnosedMs)} (command returned at ${secs(c.commandMs)}${each(c)})` : 'not measured', '(none)');
    row(`${t} · opening all ${r.drafts.folderDrafts} drafts as documents, one after another`, o ? `${secs(o.allDiagnosedMs)}${o.rounds.length > 1 ? ` (${each(o).slice(2)})` : ''}` : 'not measured', '(none)');
  }
  sec('Transport');
  for (const [t, res] of Object.entries(r.transports)) {
    const servers = [...new Set((res?.servers ?? []).map((s) => s.args.filter((a) => a.startsWith('--') && !a.startsWith('--clientProcessId')).map((a) => a.replace(/=.*/, '=…')).join(' ')))].join('; ');
    row(`${t}: language server as the probe found it`, servers || 'none found', '', '');
  }
  if (r.ranking) row(`relative cost (geometric mean over ${r.ranking.rows} rows, best = 1)`, r.ranking.order.map((t) => `${t} ×${r.ranking.ratios[t].toFixed(2)}`).join(', '));
  const errors = Object.entries(r.transports).flatMap(([t, res]) => (res?.errors ?? []).map((e) => [t, e]));
  for (const e of r.errors) errors.push(['harness', e]);
  if (errors.length) { sec('Errors'); for (const [t, e] of errors) row(t, String(e).split('\n')[0]); }

  const w = [0, 0, 0, 0];
  for (const x of rows) if (x.length > 1) x.forEach((c, i) => { w[i] = Math.max(w[i], String(c).length); });
  const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - String(s).length));
  const line = '-'.repeat(w[0] + w[1] + w[2] + w[3] + 9);
  const out = [
    `Paper Check workbench benchmark (code-server ${r.codeServer}, chromium, the .vsix installed) — ${r.startedAt}`,
    `machine: ${r.machine.cpu}, ${r.machine.cores} cores, ${r.machine.memGb} GB RAM, ${r.machine.os}, node ${r.machine.node} (extension host: node ${r.hostNode ?? '?'}); load average ${r.machine.loadAvg.join(' ')} at start, ${r.loadAvgEnd.join(' ')} at end`,
    line,
    `${pad('metric', w[0])} | ${pad('value', w[1])} | ${pad('target', w[2])} | ${pad('status', w[3])}`,
    line,
  ];
  for (const x of rows) out.push(x.length === 1 ? `${x[0]}` : `${pad(x[0], w[0])} | ${pad(x[1], w[1])} | ${pad(x[2], w[2])} | ${pad(x[3], w[3])}`.trimEnd());
  out.push(line);
  const marks = rows.filter((x) => x[3] === 'PASS' || x[3] === 'FAIL');
  out.push(`${marks.filter((x) => x[3] === 'PASS').length} PASS, ${marks.filter((x) => x[3] === 'FAIL').length} FAIL (targets are goals: a FAIL does not fail the run) — total ${(r.totalMs / 1000).toFixed(0)} s; JSON: bench/workbench/results.json`);
  return out.join('\n');
}

// ---- main -------------------------------------------------------------------------------------------

async function main() {
  const began = Date.now();
  if (!existsSync(CODE_SERVER)) throw new Error('code-server is not installed: run `bash scripts/vscode/run.sh --install-only` first');
  const r = { startedAt: new Date().toISOString(), machine: machine(), transports: {}, errors: [], targets: TARGETS };
  r.codeServer = JSON.parse(readFileSync(join(TOOLS, 'node_modules', 'code-server', 'package.json'), 'utf8')).version;
  r.settings = { edits: EDITS, warmupEdits: WARMUP_EDITS, debounces: DEBOUNCES, transports: TRANSPORTS, rounds: ROUNDS, quick: QUICK };

  const vsix = packageVsix();
  await bundleProbe();
  mkdirSync(WORK, { recursive: true });
  rmSync(join(WORK, 'profile'), { recursive: true, force: true });
  // As scripts/vscode/run.sh: private XDG folders, and an empty gallery that keeps code-server off the network.
  const baseEnv = {
    ...process.env,
    XDG_CONFIG_HOME: join(WORK, 'xdg', 'config'), XDG_DATA_HOME: join(WORK, 'xdg', 'data'), XDG_CACHE_HOME: join(WORK, 'xdg', 'cache'),
    EXTENSIONS_GALLERY: '{"serviceUrl":""}',
  };
  delete baseEnv.PAPER_CHECK_TRANSPORT;
  log(`installing ${vsix} into a fresh profile`);
  const profile = makeProfile(vsix, baseEnv);
  const drafts = writeDrafts();
  r.drafts = { edit: drafts.editDrafts.map((d) => ({ size: d.size, chars: readFileSync(d.path, 'utf8').length })), folderDrafts: drafts.folderDrafts.length, folderAvgChars: drafts.avgChars };

  const browser = await chromium().launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  r.runs = [];
  try {
    for (let turn = 0; turn < ROUNDS; turn++) {
      for (const transport of turn % 2 ? [...TRANSPORTS].reverse() : TRANSPORTS) {
        log(`round ${turn + 1}/${ROUNDS}, ${transport}: code-server + workbench + probe…`);
        try {
          const res = await measureTransport(transport, { profile, baseEnv, drafts, browser });
          r.runs.push({ round: turn + 1, transport, loadAvg: os.loadavg().map((x) => round2(x)), ...res });
          r.hostNode ??= res.hostNode;
          log(`${transport}: done in ${(res.wallMs / 1000).toFixed(0)} s${res.errors.length ? ` with ${res.errors.length} error(s)` : ''}`);
        } catch (e) {
          r.errors.push(`round ${turn + 1}, ${transport}: ${e.message}`);
          log(`${transport} FAILED: ${e.stack ?? e}`);
        }
      }
    }
  } finally {
    await browser.close().catch(() => {});
  }
  for (const t of TRANSPORTS) {
    const rounds = r.runs.filter((x) => x.transport === t);
    if (rounds.length) r.transports[t] = mergeRounds(rounds);
  }
  r.ranking = rankTransports(r);
  r.totalMs = Date.now() - began;
  r.loadAvgEnd = os.loadavg().map((x) => round(x, 2));
  writeFileSync(join(HERE, 'results.json'), JSON.stringify(r, null, 2) + '\n');
  process.stdout.write(table(r) + '\n');
  const failed = r.errors.length || Object.values(r.transports).some((t) => t.errors.length);
  return failed ? 2 : 0;
}

runGuarded(main, WATCHDOG_MS, log, killAllNow);
