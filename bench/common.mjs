// Helpers shared by the benchmarks (bench/run.mjs, bench/soak.mjs): statistics, formatting, the machine
// line, the server settings from BENCH_SETTINGS, the snapshot of the build they run from, the plain-text
// table, and the watchdog and exit guards that kill every spawned server by PID.
import { cpSync, rmSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { killAllServers } from './lsp.mjs';

/** Resolves after `ms` milliseconds. */
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The p-th percentile (nearest rank) of `xs`; NaN when empty. */
export function percentile(xs, p) {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

/** The median (nearest rank) of `xs`. */
export const median = (xs) => percentile(xs, 50);

/** `x` rounded to `d` decimals, or null when it is not a finite number (so JSON keeps it readable). */
export const round = (x, d = 2) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : null);

/** Milliseconds for the table, with fewer decimals as they grow. */
export const ms = (x) => (Number.isFinite(x) ? (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2)) + ' ms' : 'n/a');

/** A size in characters as 2k, 200k, 1M. */
export const kchars = (n) => (n >= 1e6 ? `${n / 1e6}M` : `${n / 1e3}k`);

/** PASS when `value` ≤ `target`, FAIL when over, N/A when nothing was measured. */
export const status = (value, target) => (Number.isFinite(value) ? (value <= target ? 'PASS' : 'FAIL') : 'N/A');

/** A logger to stderr, prefixed with the bench's name, so stdout carries the table alone. */
export const logger = (name) => (s) => process.stderr.write(`[${name}] ${s}\n`);

/** Offset → LSP position (UTF-16 code units, which is what JS strings index). */
export function positionAt(text, offset) {
  let line = 0;
  let last = -1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) { line++; last = i; }
  return { line, character: offset - last - 1 };
}

/** The machine the numbers were taken on: CPU, cores, memory, OS, node and the load average now. */
export function machine() {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memGb: round(os.totalmem() / 2 ** 30, 1),
    loadAvg: os.loadavg().map((x) => round(x)),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** The load average now, rounded, for the machine line's "at end". */
export const loadAverage = () => os.loadavg().map((x) => round(x));

/**
 * What the bench answers the server's workspace/configuration with: BENCH_SETTINGS (JSON) when set,
 * e.g. '{"debounceMs":0}', else null (the server's defaults).
 */
export const BENCH_SETTINGS = process.env.BENCH_SETTINGS ? JSON.parse(process.env.BENCH_SETTINGS) : null;

/**
 * Copies dist/ and data/ into `dir` and returns the paths to run from, so that a rebuild of dist/ during
 * the run (another terminal, a watcher) cannot change what is measured half-way through. Each bench has
 * its own directory, so two benches can run side by side.
 */
export function snapshotBuild(root, dir) {
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
  cpSync(join(root, 'data'), join(dir, 'data'), { recursive: true });
  return { server: join(dir, 'dist', 'server.js'), cli: join(dir, 'dist', 'cli.js'), prebuiltIndex: join(dir, 'dist', 'paper-index.json') };
}

/** The machine line of a table. */
export const machineLine = (m, loadAvgEnd) =>
  `machine: ${m.cpu}, ${m.cores} cores, ${m.memGb} GB RAM, ${m.os}, node ${m.node}; load average ${m.loadAvg.join(' ')} at start, ${loadAvgEnd.join(' ')} at end`;

/** The settings line of a table (empty when the server ran with its defaults). */
export const settingsLines = (settings) => (settings ? [`server settings (BENCH_SETTINGS): ${JSON.stringify(settings)}`] : []);

/**
 * A plain-text table: `head` lines, then rows of [metric, value, target, status] (a row of one cell is a
 * section title), then a count of PASS and FAIL and the `foot` text.
 */
export function formatTable(head, rows, foot) {
  const w = [0, 0, 0, 0];
  for (const x of rows) if (x.length > 1) x.forEach((c, i) => { w[i] = Math.max(w[i], String(c).length); });
  const pad = (s, n) => String(s) + ' '.repeat(Math.max(0, n - String(s).length));
  const line = '-'.repeat(w[0] + w[1] + w[2] + w[3] + 9);
  const out = [...head, line, `${pad('metric', w[0])} | ${pad('value', w[1])} | ${pad('target', w[2])} | ${pad('status', w[3])}`, line];
  for (const x of rows) out.push(x.length === 1 ? `${x[0]}` : `${pad(x[0], w[0])} | ${pad(x[1], w[1])} | ${pad(x[2], w[2])} | ${pad(x[3], w[3])}`.trimEnd());
  out.push(line);
  const marks = rows.filter((x) => x[3] === 'PASS' || x[3] === 'FAIL');
  out.push(`${marks.filter((x) => x[3] === 'PASS').length} PASS, ${marks.filter((x) => x[3] === 'FAIL').length} FAIL (targets are goals: a FAIL does not fail the run) — ${foot}`);
  return out.join('\n');
}

/**
 * Runs `main` (which resolves an exit code) with a watchdog of `watchdogMs` (exit 3) and guards that `kill`
 * every process the bench spawned (by default the language servers, by PID) on any way out: normal end,
 * error (exit 2), SIGINT/SIGTERM.
 */
export function runGuarded(main, watchdogMs, log, kill = killAllServers) {
  const watchdog = setTimeout(() => {
    log(`watchdog: the bench ran over ${(watchdogMs / 60000).toFixed(1)} min; killing what it started and exiting`);
    kill();
    process.exit(3);
  }, watchdogMs);
  watchdog.unref();
  process.on('exit', kill);
  for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => { kill(); process.exit(130); });
  main().then(
    (code) => { kill(); process.exitCode = code; },
    (e) => { kill(); log(`harness error: ${e.stack ?? e}`); process.exitCode = 2; },
  );
}
