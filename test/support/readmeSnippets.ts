/**
 * The editor configurations as README.md gives them: fenced code blocks, each with the bold editor name of
 * the paragraph above it, so the tests exercise what a reader copies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './paper';

export interface Snippet {
  /** The fence's info string: lua, toml, elisp, json … */
  language: string;
  /** The last bold phrase before the block, within its section: "Neovim", "Helix" … */
  editor: string;
  text: string;
}

/** Every fenced block of README.md's "Other editors" section. */
export function editorSnippets(readme = readFileSync(join(ROOT, 'README.md'), 'utf8')): Snippet[] {
  const start = readme.indexOf('\n## Other editors\n');
  if (start < 0) throw new Error('README.md has no "## Other editors" section');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  const snippets: Snippet[] = [];
  let editor = '';
  const lines = section.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const bold = /^\*\*([^*]+)\*\*/.exec(lines[i]);
    if (bold) editor = bold[1].trim();
    const fence = /^```(\w+)\s*$/.exec(lines[i]);
    if (!fence) continue;
    const body: string[] = [];
    for (i++; i < lines.length && lines[i] !== '```'; i++) body.push(lines[i]);
    snippets.push({ language: fence[1], editor, text: `${body.join('\n')}\n` });
  }
  return snippets;
}

/** The one block for `editor` in `language` whose text matches `which`; a clear error if not exactly one. */
export function editorSnippet(editor: string, language: string, which: RegExp = /[^]/): string {
  const found = editorSnippets().filter((s) => s.editor === editor && s.language === language && which.test(s.text));
  if (found.length !== 1) throw new Error(`README.md's "Other editors" section has ${found.length} ${language} blocks for ${editor} matching ${which}, not one`);
  return found[0].text;
}
