/**
 * Explanations a writer reads: the paper's passage for a figure (its sentence with the figure marked, its
 * section and page) and the verdict in words, as Markdown for hovers and as plain text for messages.
 */
import type { Fact } from './factIndex';
import type { Judgement } from './matcher';
import { PAPER_NAMING, type SourceNaming } from './sourceNaming';

/** A figure's text as a person reads it: one space where the source had markup or line breaks. */
export const plain = (text: string): string => text.replace(/\s+/g, ' ').trim();

/** Where a fact stands: "p. 9, 技术创新链 › 市场表现". */
export function whereIs(fact: Fact): string {
  const page = fact.page !== null ? `p. ${fact.page}` : '';
  return [page, fact.section.join(' › ')].filter(Boolean).join(', ');
}

/** One line for a diagnostic message: the sentence (shortened) and where it stands. */
export function describeFact(fact: Fact): string {
  return `“${shorten(fact.sentence, fact.figureOffset, 90)}” (${whereIs(fact)})`;
}

function shorten(sentence: string, at: number, max: number): string {
  if (sentence.length <= max) return sentence;
  const start = Math.max(0, Math.min(at - Math.floor(max / 2), sentence.length - max));
  return (start > 0 ? '…' : '') + sentence.slice(start, start + max) + (start + max < sentence.length ? '…' : '');
}

/** The sentence as Markdown with the figure in bold. */
export function markedPassage(fact: Fact): string {
  const s = fact.sentence;
  const t = plain(fact.figure.text);
  const at = fact.figureOffset >= 0 ? fact.figureOffset : s.indexOf(t);
  const esc = (x: string) => x.replace(/([\\`*_[\]<>])/g, '\\$1');
  if (at < 0) return esc(s);
  return `${esc(s.slice(0, at))}**${esc(s.slice(at, at + t.length))}**${esc(s.slice(at + t.length))}`;
}

/** Hover Markdown for a judged figure. */
export function hoverMarkdown(j: Judgement, replacement?: string, naming: SourceNaming = PAPER_NAMING): string {
  const f = j.entry.figure;
  const lines: string[] = [];
  const where = (fact: Fact) => whereIs(fact);
  const passage = (fact: Fact) => [`> ${markedPassage(fact)}`, '', where(fact) ? `*${where(fact)}* · ${fact.source}` : fact.source];
  if (j.verdict === 'supported' && j.fact) {
    lines.push(`**Paper Check** · ✓ ${plain(f.text)} agrees with ${naming.of(j.fact).en}`, '', ...passage(j.fact));
    if (j.nearest.length) {
      lines.push('', 'Also stated:');
      for (const fact of j.nearest) lines.push(where(fact) ? `- ${markedPassage(fact)} (*${where(fact)}*)` : `- ${markedPassage(fact)}`);
    }
  } else if (j.verdict === 'mismatch' && j.fact) {
    lines.push(`**Paper Check** · ✗ ${naming.of(j.fact).en} gives **${replacement ?? plain(j.fact.figure.text)}** (${plain(j.fact.figure.text)}), not ${plain(f.text)}`, '', ...passage(j.fact));
  } else if (j.verdict === 'unsupported') {
    lines.push(`**Paper Check** · ? ${naming.of(j.otherTime ? j.nearest[0] : undefined).en} does not state ${plain(f.text)}${j.otherTime ? ' for that time' : ''}`);
    if (j.nearest.length) {
      lines.push('', j.otherTime ? 'What it states, and when:' : 'Nearest facts it does state:');
      for (const fact of j.nearest) lines.push(where(fact) ? `- ${markedPassage(fact)} (*${where(fact)}*)` : `- ${markedPassage(fact)}`);
    }
  }
  return lines.join('\n');
}
