/** The drafts a path names: the file itself, or every Markdown file under a folder. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Markdown files under `path` (a file or a folder), skipping dependencies, hidden folders and reports. */
export function markdownFiles(path: string): string[] {
  if (statSync(path).isFile()) return [path];
  const out: string[] = [];
  // Entries with their types: no stat per file (a symbolic link is followed, as before).
  for (const entry of readdirSync(path, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const name = entry.name;
    if (name === 'node_modules' || name.startsWith('.')) continue;
    const p = join(path, name);
    if (entry.isSymbolicLink() ? statSync(p).isDirectory() : entry.isDirectory()) out.push(...markdownFiles(p));
    else if (/\.(md|markdown)$/i.test(name) && !/\.paper-check\.md$/i.test(name)) out.push(p);
  }
  return out;
}
