// Deterministic (seeded) Markdown drafts for the benchmark, assembled from sentences of the paper's prose
// (data/paper.md) and of the sample drafts (test/drafts/*.md). Sentences that carry digits are kept as they
// are (paper sentences then state correct figures), get one digit changed (a wrong figure), or get one
// number replaced by an unrelated one (a figure the paper does not contain).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** mulberry32: a small, fast, seedable PRNG. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (r, list) => list[Math.floor(r() * list.length)];

/** Splits a paragraph into sentences, Chinese (。！？；) and English (. ! ? followed by a space). */
function sentences(paragraph) {
  const out = [];
  const re = /[^。！？；!?]*?(?:[。！？；]|[.!?](?=\s|$)|$)/g;
  for (const m of paragraph.matchAll(re)) {
    const s = m[0].trim();
    if (s.length >= 12 && s.length <= 400) out.push(s);
    if (m[0] === '') re.lastIndex++;
  }
  return out;
}

/** Paragraph texts, headings and tables of a Markdown file (front matter, comments and code dropped). */
function blocksOf(md) {
  const text = md.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '').replace(/```[\s\S]*?```/g, '');
  const paragraphs = [];
  const headings = [];
  const tables = [];
  const bullets = [];
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trimEnd()).filter((l) => l.trim());
    if (!lines.length) continue;
    if (lines.every((l) => l.trimStart().startsWith('|'))) { if (lines.length >= 3) tables.push(lines.join('\n')); continue; }
    let para = [];
    let bullet = null;
    const join = (ls) => ls.join(/[\u4e00-\u9fff]$/.test(ls[0]) ? '' : ' ');
    const flush = () => {
      if (para.length) paragraphs.push(join(para));
      if (bullet && join(bullet).length >= 12) bullets.push(join(bullet));
      para = [];
      bullet = null;
    };
    for (const l of lines) {
      const h = /^#{1,6}\s+(.+)$/.exec(l);
      if (h) { flush(); if (h[1].length <= 60 && /\p{L}.*\p{L}/u.test(h[1])) headings.push(h[1].replace(/\*\*/g, '')); continue; }
      const b = /^\s*(?:[-*+]|\d+\.)\s+(.+)$/.exec(l);
      if (b) { flush(); bullet = [b[1]]; continue; }
      if (/^\s*(?:!\[|<|>|\|)/.test(l)) continue;
      (bullet ?? para).push(l.trim());
    }
    flush();
  }
  return { paragraphs, headings, tables, bullets };
}

/** The sentence pools, read once. */
export function loadCorpus(root) {
  const paper = blocksOf(readFileSync(join(root, 'data', 'paper.md'), 'utf8'));
  const draftDir = join(root, 'test', 'drafts');
  const drafts = { paragraphs: [], headings: [], tables: [], bullets: [] };
  for (const name of readdirSync(draftDir).sort()) {
    if (!name.endsWith('.md')) continue;
    const b = blocksOf(readFileSync(join(draftDir, name), 'utf8'));
    for (const k of Object.keys(drafts)) drafts[k].push(...b[k]);
  }
  const corpus = {
    paperSentences: paper.paragraphs.flatMap(sentences),
    draftSentences: [...drafts.paragraphs.flatMap(sentences), ...drafts.bullets],
    headings: [...paper.headings, ...drafts.headings],
    tables: drafts.tables,
    bullets: [...paper.bullets, ...drafts.bullets],
  };
  corpus.figureSentences = [...corpus.paperSentences, ...corpus.draftSentences].filter((s) => /\d/.test(s)).length;
  return corpus;
}

/** Keeps, corrupts (one digit changed) or replaces (an unrelated number) the figures of a sentence. */
function mutate(r, s) {
  if (!/\d/.test(s)) return s;
  const roll = r();
  if (roll < 0.5) return s; // as written: correct when it comes from the paper
  const numbers = [...s.matchAll(/\d+(?:[.,]\d+)*/g)];
  const m = pick(r, numbers);
  if (roll < 0.8) {
    // wrong: change one digit of one number (never the leading digit into 0)
    const digits = [...m[0]].map((c, i) => (/\d/.test(c) ? i : -1)).filter((i) => i >= 0);
    const i = pick(r, digits);
    let d;
    do d = String(Math.floor(r() * 10)); while (d === m[0][i] || (i === 0 && d === '0'));
    return s.slice(0, m.index + i) + d + s.slice(m.index + i + 1);
  }
  // absent: an unrelated number the paper does not state
  const n = String(Math.floor(r() * 9000) + 1000 + (r() < 0.5 ? 0.5 : 0));
  return s.slice(0, m.index) + n + s.slice(m.index + m[0].length);
}

const isZh = (s) => /[\u4e00-\u9fff]/.test(s.slice(0, 8));

/**
 * One draft of about `size` characters (never more; within a block of it), seeded. Headings, paragraphs of
 * 2–5 sentences from one pool, an occasional bullet list or table from the samples.
 */
export function generateDraft(corpus, size, seed) {
  const r = rng(seed);
  const parts = [`# Draft ${seed}: ${pick(r, corpus.headings)}`];
  let length = parts[0].length;
  const add = (block) => {
    if (length + 2 + block.length > size) return false;
    parts.push(block);
    length += 2 + block.length;
    return true;
  };
  let misses = 0;
  while (length < size && misses < 50) {
    const roll = r();
    let block;
    if (roll < 0.1) block = `## ${pick(r, corpus.headings)}`;
    else if (roll < 0.17) block = [0, 1, 2].map(() => `- ${mutate(r, pick(r, corpus.bullets))}`).join('\n');
    else if (roll < 0.21 && corpus.tables.length) block = pick(r, corpus.tables).split('\n').map((l, i) => (i < 2 ? l : mutate(r, l))).join('\n');
    else {
      const pool = r() < 0.5 ? corpus.paperSentences : corpus.draftSentences;
      const n = 2 + Math.floor(r() * 4);
      const ss = Array.from({ length: n }, () => mutate(r, pick(r, pool)));
      block = ss.reduce((acc, s) => (acc && !isZh(s) ? `${acc} ${s}` : acc + s), '');
    }
    if (add(block)) misses = 0;
    else misses++;
  }
  return parts.join('\n\n') + '\n';
}
