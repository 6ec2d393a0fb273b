// Paper Check soak bench (issue 16, "a long day"). Run with `npm run bench:soak` (builds dist/ first) or
// `node bench/soak.mjs` after a build. One server over stdio, 50 open drafts, and for SOAK_MINUTES
// (default 20) a writer working across them: typing and deleting single characters, undoing, pasting a
// paragraph with figures (or cutting one once a draft has grown), "fix all" through code actions, hovers,
// moving the cursor and switching drafts. Records per minute the server's RSS and every edit's latency to
// the publishDiagnostics of its version, and judges two targets: RSS stays within 15% of its minute-1
// level, and the p95 latency of the last minutes stays within 1.2× of the first minutes after warm-up.
// Prints one plain-text table and writes bench/soak-results.json. A FAIL never fails the run; the exit
// code is 2 when the harness breaks and 3 when the watchdog fires. Every server is killed by PID.
//
// Knobs (environment): SOAK_MINUTES (20), SOAK_THINK_MS (pause after each action, 20),
// SOAK_SEED (1), SOAK_HEAP_SNAPSHOTS=1 (write a heap snapshot after opening and at the end, into
// bench/.build/soak-heap/, to find what grew), BENCH_SETTINGS (as for bench/run.mjs).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  BENCH_SETTINGS, formatTable, kchars, loadAverage, logger, machine, machineLine, median, ms, percentile, positionAt, round,
  runGuarded, settingsLines, sleep, snapshotBuild, status,
} from './common.mjs';
import { generateDraft, loadCorpus, rng } from './gen.mjs';
import { LspServer } from './lsp.mjs';

const BENCH = dirname(fileURLToPath(import.meta.url));
const ROOT = join(BENCH, '..');
const log = logger('soak');

// ---- knobs ------------------------------------------------------------------------------------------
const MINUTES = Number(process.env.SOAK_MINUTES ?? 20);
const THINK_MS = Number(process.env.SOAK_THINK_MS ?? 20);
const SEED = Number(process.env.SOAK_SEED ?? 1);
const HEAP_SNAPSHOTS = process.env.SOAK_HEAP_SNAPSHOTS === '1';
const WAIT_MS = 60_000; // any single request or diagnostics wait
const WATCHDOG_MS = (MINUTES + 5) * 60_000; // the soak plus setup, the final readings and a margin
const SMALL_DRAFTS = 48;
const SMALL_DRAFT = 5_000;
/** Two longer drafts (a long chapter), both under the server's LONG_DOCUMENT (100k), so typing in them is checked at once like the rest. */
const LARGE_DRAFTS = [20_000, 80_000];
const SETTLE_MS = 3_000; // the server's idle collector runs after 2 s without a check
const UNDO_DEPTH = 50; // per draft
/**
 * Minute 1 is warm-up (JIT, first checks of each draft's chunks). The latency target compares the last
 * WINDOW minutes with minutes 2..WINDOW+1: three minutes each in the default 20-minute run; shorter
 * runs shrink the window so that the two never overlap (one minute each in a 3-minute run).
 */
const WINDOW = Math.max(1, Math.min(3, Math.floor((MINUTES - 1) / 2)));
const TARGETS = { rssGrowth: 1.15, p95Growth: 1.2, timeouts: 0 };

/**
 * What the writer does next, by weight. Edits change the text (and wait for their publish); the rest are
 * requests or cursor moves. Paste becomes a cut once a draft is longer than it began, so the drafts keep
 * their size over a long run and the latencies of the late minutes stay comparable with the early ones.
 * Fix all is rare for the same reason: at 0.5 it fixed more figures than the pastes brought in, and the
 * drafts' diagnostics fell by a third over 20 minutes (1,503 → 973).
 */
const ACTIONS = [
  ['type', 55], ['delete', 20], ['undo', 7], ['paste', 3], ['fixAll', 0.2], ['hover', 8], ['click', 4], ['switch', 2],
];
/** Characters typed, with repeats as weights: English and Chinese prose, spaces, digits and the % of figures. */
const TYPED = 'eeeettaaoinnsshrdlu     ,.0123456789%的的一是在了年亿万用户';

// ---- the drafts as the client holds them ------------------------------------------------------------

/** LSP position → offset in `text`. */
function offsetAt(text, { line, character }) {
  let at = 0;
  for (let l = 0; l < line; l++) {
    const nl = text.indexOf('\n', at);
    if (nl < 0) return text.length;
    at = nl + 1;
  }
  return Math.min(text.length, at + character);
}

/** An offset not inside a surrogate pair (so an edit never splits a character). */
const snap = (text, at) => (at > 0 && at < text.length && /[\udc00-\udfff]/.test(text[at]) ? at + 1 : at);

/** One open draft: its text and version as the editor holds them, the cursor, and the undo stack. */
class Draft {
  constructor(uri, text) {
    this.uri = uri;
    this.text = text;
    this.initialLength = text.length;
    this.version = 1;
    this.cursor = Math.floor(text.length / 2);
    /** Each entry: the primitive edits of one user action, in the order applied: { at, removed, inserted }. */
    this.undo = [];
  }
}

/**
 * Applies `edits` ({ at, remove, insert }, in order, each against the text the previous left) to the
 * draft and sends them as one incremental didChange. Returns what undoing it takes (the edits as applied,
 * in order) and a promise of the latency until the publish of the new version arrives.
 */
function sendEdits(server, draft, edits) {
  const contentChanges = [];
  const applied = [];
  for (const { at, remove, insert } of edits) {
    const range = { start: positionAt(draft.text, at), end: positionAt(draft.text, at + remove) };
    contentChanges.push({ range, rangeLength: remove, text: insert });
    applied.push({ at, removed: draft.text.slice(at, at + remove), inserted: insert });
    draft.text = draft.text.slice(0, at) + insert + draft.text.slice(at + remove);
  }
  const version = ++draft.version;
  const published = server.waitDiagnostics(draft.uri, (e) => e.version === version, WAIT_MS);
  const sent = performance.now();
  server.notify('textDocument/didChange', { textDocument: { uri: draft.uri, version }, contentChanges });
  return { applied, latencyMs: published.then(({ at }) => at - sent) };
}

// ---- the writer --------------------------------------------------------------------------------------

/** A seeded writer over the open drafts: each `step()` performs one action and records what it cost. */
class Writer {
  constructor(server, drafts, pastes, seed) {
    this.server = server;
    this.drafts = drafts;
    this.pastes = pastes;
    this.random = rng(seed);
    this.current = drafts[0];
    this.switched = true;
    this.fixAllKind = (server.capabilities.codeActionProvider?.codeActionKinds ?? []).find((k) => k.startsWith('source.fixAll'));
    /** Samples of the minute under way; `takeMinute()` hands them over and starts afresh. */
    this.minute = this.#emptyMinute();
  }

  #emptyMinute() {
    return { edits: [], hoverMs: [], codeActionMs: [], counts: {}, timeouts: 0, fixAllEdits: 0 };
  }

  takeMinute() {
    const m = this.minute;
    this.minute = this.#emptyMinute();
    return m;
  }

  #pick(list) { return list[Math.floor(this.random() * list.length)]; }

  #choose() {
    const total = ACTIONS.reduce((n, [, w]) => n + w, 0);
    let roll = this.random() * total;
    for (const [name, weight] of ACTIONS) if ((roll -= weight) < 0) return name;
    return ACTIONS[0][0];
  }

  async step() {
    const action = this.#choose();
    const d = this.current;
    this.minute.counts[action] = (this.minute.counts[action] ?? 0) + 1;
    switch (action) {
      case 'type': {
        const at = snap(d.text, d.cursor);
        await this.#edit(action, [{ at, remove: 0, insert: this.#pick(TYPED) }]);
        d.cursor = at + 1;
        return;
      }
      case 'delete': {
        // Backspace: the character before the cursor (both halves of a surrogate pair).
        const at = snap(d.text, d.cursor);
        if (at === 0) return;
        const width = /[\udc00-\udfff]/.test(d.text[at - 1]) && at > 1 ? 2 : 1;
        await this.#edit(action, [{ at: at - width, remove: width, insert: '' }]);
        d.cursor = at - width;
        return;
      }
      case 'undo': {
        const last = d.undo.pop();
        if (!last) return;
        const inverse = [...last].reverse().map(({ at, removed, inserted }) => ({ at, remove: inserted.length, insert: removed }));
        await this.#edit(action, inverse, false);
        d.cursor = inverse[inverse.length - 1].at + inverse[inverse.length - 1].insert.length;
        return;
      }
      case 'paste': {
        // At the paragraph break after the cursor; a cut instead once the draft is longer than it began.
        const brk = d.text.indexOf('\n\n', d.cursor);
        const at = brk < 0 ? d.text.length : brk;
        if (d.text.length > d.initialLength) {
          const start = d.text.lastIndexOf('\n\n', Math.max(0, d.cursor - 1));
          if (start < 0 || start >= at) return;
          this.minute.counts.paste--;
          this.minute.counts.cut = (this.minute.counts.cut ?? 0) + 1;
          await this.#edit('cut', [{ at: start, remove: at - start, insert: '' }]);
          d.cursor = start;
          return;
        }
        const paragraph = `\n\n${this.#pick(this.pastes)}`;
        await this.#edit(action, [{ at, remove: 0, insert: paragraph }]);
        d.cursor = at + paragraph.length;
        return;
      }
      case 'fixAll': return this.#fixAll();
      case 'hover': {
        const diagnostics = this.server.lastDiag.get(d.uri)?.diagnostics ?? [];
        const target = diagnostics.length ? this.#pick(diagnostics).range.start : positionAt(d.text, d.cursor);
        const sent = performance.now();
        const { at } = await this.server.request('textDocument/hover', { textDocument: { uri: d.uri }, position: { line: target.line, character: target.character + 1 } }, WAIT_MS);
        this.minute.hoverMs.push(at - sent);
        return;
      }
      case 'click':
        d.cursor = snap(d.text, Math.floor(this.random() * (d.text.length + 1)));
        return;
      case 'switch':
        this.current = this.#pick(this.drafts);
        this.switched = true;
        return;
    }
  }

  /**
   * "Fix all": the code actions for every diagnostic of the draft (quick fixes), then the fix-all kind the
   * server declares (source.fixAll.*), whose edit is applied as one didChange; without one, the
   * preferred quick fixes that do not overlap.
   */
  async #fixAll() {
    const d = this.current;
    const diagnostics = this.server.lastDiag.get(d.uri)?.diagnostics ?? [];
    if (!diagnostics.length) return;
    const whole = { start: { line: 0, character: 0 }, end: positionAt(d.text, d.text.length) };
    const ask = async (only) => {
      const sent = performance.now();
      const { result, at } = await this.server.request('textDocument/codeAction', { textDocument: { uri: d.uri }, range: whole, context: { diagnostics, ...(only ? { only } : {}) } }, WAIT_MS);
      this.minute.codeActionMs.push(at - sent);
      return Array.isArray(result) ? result : [];
    };
    const quickFixes = await ask();
    const fixAll = this.fixAllKind ? (await ask([this.fixAllKind])).find((a) => a.kind === this.fixAllKind && a.edit) : undefined;
    const textEdits = fixAll
      ? fixAll.edit.changes?.[d.uri] ?? []
      : quickFixes.filter((a) => a.isPreferred && a.edit?.changes?.[d.uri]).flatMap((a) => a.edit.changes[d.uri]);
    // Offsets in the current text; applied from the end so that each range still holds when its turn comes.
    const edits = [];
    let floor = Infinity;
    for (const e of textEdits.map((t) => ({ start: offsetAt(d.text, t.range.start), end: offsetAt(d.text, t.range.end), insert: t.newText })).sort((a, b) => b.start - a.start)) {
      if (e.end > floor) continue; // overlaps one already taken
      edits.push({ at: e.start, remove: e.end - e.start, insert: e.insert });
      floor = e.start;
    }
    if (!edits.length) return;
    this.minute.fixAllEdits += edits.length;
    await this.#edit('fixAll', edits);
  }

  /** Sends an edit of the current draft, records its latency (or its timeout), and remembers how to undo it. */
  async #edit(kind, edits, undoable = true) {
    const d = this.current;
    const { applied, latencyMs } = sendEdits(this.server, d, edits);
    // Remembered even if its publish never comes: the text changed all the same.
    if (undoable) {
      d.undo.push(applied);
      if (d.undo.length > UNDO_DEPTH) d.undo.shift();
    }
    try {
      // firstInDraft: the first edit since switching to this draft (its older chunks may be long cold).
      this.minute.edits.push({ kind, ms: await latencyMs, chars: d.text.length, draft: this.drafts.indexOf(d), firstInDraft: this.switched });
      this.switched = false;
    } catch (e) {
      if (this.server.exited) throw e;
      this.minute.timeouts++;
      log(`edit timed out: ${e.message}`);
    }
  }
}

// ---- readings --------------------------------------------------------------------------------------

const mb = (kb) => kb / 1024;

/** The server's RSS (VmRSS, /proc) and its V8 heap in use (paperCheck/memory), in MB. */
async function readMemory(server) {
  const { rssKb, hwmKb } = server.memory();
  const { result } = await server.request('paperCheck/memory', null, WAIT_MS);
  return { rssMb: mb(rssKb), peakMb: mb(hwmKb), heapUsedMb: result.heapUsed / 2 ** 20, heapTotalMb: result.heapTotal / 2 ** 20, externalMb: result.external / 2 ** 20 };
}

/** A full collection in the server (SIGUSR2 through bench/gc-preload.cjs), then the memory a second later. */
async function readMemoryAfterGc(server) {
  const before = (server.stderr.match(/\[bench-gc\] ran/g) ?? []).length;
  process.kill(server.pid, 'SIGUSR2');
  await sleep(1000);
  const ran = (server.stderr.match(/\[bench-gc\] ran/g) ?? []).length > before;
  return { ...(await readMemory(server)), gcRan: ran };
}

/** A heap snapshot of the server (node's --heapsnapshot-signal), when SOAK_HEAP_SNAPSHOTS=1. */
async function heapSnapshot(server) {
  if (!HEAP_SNAPSHOTS) return;
  process.kill(server.pid, 'SIGUSR1');
  await sleep(5000); // writing one takes a few seconds and blocks the server meanwhile
}

/** Latency statistics of a list of edit samples. */
const latencyOf = (edits) => {
  const xs = edits.map((e) => e.ms);
  return { edits: xs.length, p50: median(xs), p95: percentile(xs, 95), max: xs.length ? Math.max(...xs) : NaN };
};

// ---- report -----------------------------------------------------------------------------------------

function table(r) {
  const rows = [];
  const sec = (title) => rows.push([title]);
  const row = (metric, value, target = '', st = '') => rows.push([metric, value, target, st]);
  const mbs = (x) => (Number.isFinite(x) ? `${x.toFixed(1)} MB` : 'n/a');
  sec(`Setup: ${r.drafts.count} drafts (${r.drafts.sizes}), ${r.minutes} min, a pause of ${THINK_MS} ms after each action, seed ${SEED}`);
  if (HEAP_SNAPSHOTS) row('SOAK_HEAP_SNAPSHOTS=1', 'heap snapshots after opening and at the end: every RSS after the first includes what writing it took; judge RSS in a run without them');
  row('opened all, to the last first publish', ms(r.open.ms));
  row('after opening (+3 s): RSS / V8 heap used', `${mbs(r.open.memory.rssMb)} / ${mbs(r.open.memory.heapUsedMb)}`);
  row('  then a forced gc (+1 s): RSS / V8 heap used', `${mbs(r.open.afterGc.rssMb)} / ${mbs(r.open.afterGc.heapUsedMb)}${r.open.afterGc.gcRan ? '' : ' (gc did not run)'}`);
  row('characters in all drafts, start → end', `${r.drafts.charsStart} → ${r.drafts.charsEnd}`);
  sec('Per minute (RSS and heap read at the minute\'s end, no gc forced; latency: edit sent → publish of its version)');
  for (const m of r.perMinute) {
    row(`minute ${m.minute}: RSS / heap used; edits p50 / p95 / max`, `${mbs(m.memory.rssMb)} / ${mbs(m.memory.heapUsedMb)}; ${m.latency.edits} edits ${ms(m.latency.p50)} / ${ms(m.latency.p95)} / ${ms(m.latency.max)}; ${m.diagnostics} diagnostics${m.timeouts ? `; ${m.timeouts} TIMEOUTS` : ''}`);
  }
  sec('Targets');
  const t = r.targets;
  if (r.minutes < 3) row('RSS and latency targets', 'need SOAK_MINUTES ≥ 3 (minute 1 is warm-up; two windows after it)', '', 'N/A');
  else row(`RSS: highest of minutes 2–${r.minutes} ÷ minute 1`, `${mbs(t.rss.maxLaterMb)} at minute ${t.rss.maxLaterMinute} ÷ ${mbs(t.rss.minute1Mb)} = ${t.rss.ratio}×`, `≤ ${TARGETS.rssGrowth}×`, status(t.rss.ratio, TARGETS.rssGrowth));
  if (r.minutes >= 3) row(`edit p95: minutes ${t.p95.late.join('–')} ÷ minutes ${t.p95.early.join('–')}`, `${ms(t.p95.lateMs)} ÷ ${ms(t.p95.earlyMs)} = ${t.p95.ratio}×`, `≤ ${TARGETS.p95Growth}×`, status(t.p95.ratio, TARGETS.p95Growth));
  row('edits whose publish never came (60 s timeout)', String(t.timeouts), `${TARGETS.timeouts}`, status(t.timeouts, TARGETS.timeouts));
  sec('Whole run');
  row('actions', Object.entries(r.actions).map(([k, v]) => `${v} ${k}`).join(', '));
  for (const [kind, l] of Object.entries(r.byKind)) row(`${kind}: ${l.edits} edits p50 / p95 / max`, `${ms(l.p50)} / ${ms(l.p95)} / ${ms(l.max)}`);
  row(`hover: ${r.hover.requests} requests p50 / p95 / max`, `${ms(r.hover.p50)} / ${ms(r.hover.p95)} / ${ms(r.hover.max)}`);
  row(`codeAction (fix all): ${r.codeAction.requests} requests p50 / p95 / max`, `${ms(r.codeAction.p50)} / ${ms(r.codeAction.p95)} / ${ms(r.codeAction.max)}  [${r.fixAllEdits} fixes applied; kind ${r.fixAllKind ?? 'none: preferred quick fixes'}]`);
  row('at the end (+3 s, idle): RSS / V8 heap used', `${mbs(r.end.memory.rssMb)} / ${mbs(r.end.memory.heapUsedMb)} (peak RSS ${mbs(r.end.memory.peakMb)})`);
  row('  then a forced gc (+1 s): RSS / V8 heap used', `${mbs(r.end.afterGc.rssMb)} / ${mbs(r.end.afterGc.heapUsedMb)}`);
  row('  live heap after gc, end ÷ after opening', `${r.liveHeapRatio}×`);
  return formatTable(
    [`Paper Check soak bench — ${r.startedAt}`, machineLine(r.machine, r.loadAvgEnd), ...settingsLines(r.settings)],
    rows,
    `total ${(r.totalMs / 60000).toFixed(1)} min; JSON: bench/soak-results.json`,
  );
}

// ---- main -------------------------------------------------------------------------------------------

async function main() {
  const began = performance.now();
  const { server: script } = snapshotBuild(ROOT, join(BENCH, '.build', 'soak-snapshot'));
  const r = { startedAt: new Date().toISOString(), machine: machine(), settings: BENCH_SETTINGS, minutes: MINUTES, thinkMs: THINK_MS, seed: SEED, targets: null };

  const corpus = loadCorpus(ROOT);
  const texts = [
    ...Array.from({ length: SMALL_DRAFTS }, (_, i) => generateDraft(corpus, SMALL_DRAFT, 30_000 + i)),
    ...LARGE_DRAFTS.map((size, i) => generateDraft(corpus, size, 31_000 + i)),
  ];
  // Paragraphs to paste: ones with figures from drafts the soak never opens.
  const pastes = Array.from({ length: 20 }, (_, i) => generateDraft(corpus, 3_000, 32_000 + i))
    .flatMap((t) => t.split('\n\n').slice(1))
    .filter((b) => /\d/.test(b) && !b.startsWith('#') && !b.startsWith('|'));
  const charsOf = (ds) => ds.reduce((n, d) => n + d.text.length, 0);

  const nodeArgs = ['--expose-gc', '-r', join(BENCH, 'gc-preload.cjs')];
  if (HEAP_SNAPSHOTS) {
    mkdirSync(join(BENCH, '.build', 'soak-heap'), { recursive: true });
    nodeArgs.push('--heapsnapshot-signal=SIGUSR1', `--diagnostic-dir=${join(BENCH, '.build', 'soak-heap')}`);
  }
  const server = new LspServer(script, ROOT, nodeArgs);
  server.settings = BENCH_SETTINGS;
  try {
    await server.initialize(pathToFileURL(ROOT).href, WAIT_MS);
    const drafts = texts.map((text, i) => new Draft(pathToFileURL(join(ROOT, `bench-soak-${i}.md`)).href, text));
    r.drafts = { count: drafts.length, sizes: `${SMALL_DRAFTS} × ~${kchars(SMALL_DRAFT)}, ${LARGE_DRAFTS.map(kchars).join(' and ')}`, charsStart: charsOf(drafts) };

    const opened = drafts.map((d) => server.waitDiagnostics(d.uri, (e) => e.version === 1, WAIT_MS * 2));
    const t0 = performance.now();
    for (const d of drafts) server.open(d.uri, d.text, 1);
    await Promise.all(opened);
    r.open = { ms: performance.now() - t0 };
    await sleep(SETTLE_MS);
    r.open.memory = await readMemory(server);
    r.open.afterGc = await readMemoryAfterGc(server);
    await heapSnapshot(server);
    log(`opened ${drafts.length} drafts in ${ms(r.open.ms)}; RSS ${r.open.memory.rssMb.toFixed(1)} MB, after gc ${r.open.afterGc.rssMb.toFixed(1)} MB`);

    const writer = new Writer(server, drafts, pastes, SEED);
    r.fixAllKind = writer.fixAllKind ?? null;
    r.perMinute = [];
    const start = performance.now();
    for (let minute = 1; minute <= MINUTES; minute++) {
      const end = start + minute * 60_000;
      while (performance.now() < end) {
        await writer.step();
        if (THINK_MS > 0) await sleep(THINK_MS);
      }
      const m = writer.takeMinute();
      const diagnostics = drafts.reduce((n, d) => n + (server.lastDiag.get(d.uri)?.diagnostics.length ?? 0), 0);
      const entry = { minute, memory: await readMemory(server), latency: latencyOf(m.edits), diagnostics, chars: charsOf(drafts), ...m };
      r.perMinute.push(entry);
      log(`minute ${minute}: RSS ${entry.memory.rssMb.toFixed(1)} MB, heap ${entry.memory.heapUsedMb.toFixed(1)} MB, ${entry.latency.edits} edits p50 ${ms(entry.latency.p50)} p95 ${ms(entry.latency.p95)}${m.timeouts ? `, ${m.timeouts} timeouts` : ''}`);
    }

    await sleep(SETTLE_MS);
    r.end = { memory: await readMemory(server) };
    r.end.afterGc = await readMemoryAfterGc(server);
    await heapSnapshot(server);
    r.drafts.charsEnd = charsOf(drafts);
  } finally {
    await server.stop();
  }

  // Targets. RSS: the highest reading of minutes 2..N against minute 1's. Latency: the p95 of all edits of
  // the last WINDOW minutes against that of minutes 2..WINDOW+1 (minute 1 is warm-up).
  const minute1 = r.perMinute[0];
  const later = r.perMinute.slice(1);
  const highest = later.reduce((a, m) => (!a || m.memory.rssMb > a.memory.rssMb ? m : a), null);
  const early = r.perMinute.slice(1, 1 + WINDOW);
  const late = r.perMinute.slice(-WINDOW);
  const p95Of = (ms) => percentile(ms.flatMap((m) => m.edits.map((e) => e.ms)), 95);
  const span = (ms) => [...new Set([ms[0]?.minute, ms[ms.length - 1]?.minute])];
  r.targets = {
    rss: { minute1Mb: minute1?.memory.rssMb, maxLaterMb: highest?.memory.rssMb, maxLaterMinute: highest?.minute, ratio: round(highest?.memory.rssMb / minute1?.memory.rssMb) },
    p95: { early: span(early), late: span(late), earlyMs: p95Of(early), lateMs: p95Of(late), ratio: round(p95Of(late) / p95Of(early)) },
    timeouts: r.perMinute.reduce((n, m) => n + m.timeouts, 0),
  };
  const all = r.perMinute.flatMap((m) => m.edits);
  r.byKind = {};
  for (const kind of ['type', 'delete', 'undo', 'paste', 'cut', 'fixAll']) r.byKind[kind] = latencyOf(all.filter((e) => e.kind === kind));
  const hovers = r.perMinute.flatMap((m) => m.hoverMs);
  const actions = r.perMinute.flatMap((m) => m.codeActionMs);
  r.hover = { requests: hovers.length, p50: median(hovers), p95: percentile(hovers, 95), max: Math.max(...hovers) };
  r.codeAction = { requests: actions.length, p50: median(actions), p95: percentile(actions, 95), max: Math.max(...actions) };
  r.actions = {};
  for (const m of r.perMinute) for (const [k, v] of Object.entries(m.counts)) r.actions[k] = (r.actions[k] ?? 0) + v;
  r.fixAllEdits = r.perMinute.reduce((n, m) => n + m.fixAllEdits, 0);
  r.liveHeapRatio = round(r.end.afterGc.heapUsedMb / r.open.afterGc.heapUsedMb);
  r.totalMs = performance.now() - began;
  r.loadAvgEnd = loadAverage();
  r.notes = [
    `one server (node --expose-gc -r bench/gc-preload.cjs, so SIGUSR2 forces a gc for the readings after opening and at the end; the server's own idle collector works as always), ${r.drafts.count} drafts open; the writer is seeded (SOAK_SEED) and waits for each edit's publish, then ${THINK_MS} ms, before its next action.`,
    'edits: typed characters and backspaces at the cursor, undo of the draft\'s last edit, paste of a paragraph with figures at the next paragraph break (or, once a draft is longer than it began, cut of the paragraph before the cursor), fix all (codeAction for all the draft\'s diagnostics, then with only=[the server\'s source.fixAll kind], whose edits are sent as one didChange).',
    `latency target: p95 of every edit in the last ${WINDOW} minute(s) ÷ p95 of minutes 2..${1 + WINDOW} (minute 1 is warm-up); RSS target: the highest minute-end VmRSS of minutes 2..N ÷ minute 1's.`,
  ];
  // The samples stay in the JSON, minute by minute, as { kind, ms, chars, draft, firstInDraft }.
  writeFileSync(join(BENCH, 'soak-results.json'), JSON.stringify(r, null, 2) + '\n');
  process.stdout.write(table(r) + '\n');
  return 0;
}

runGuarded(main, WATCHDOG_MS, log);
