import { strict as assert } from 'node:assert';
import { parse as parseToml } from 'smol-toml';
import { DEFAULT_SETTINGS, parseSettings, type Settings } from '../../server/src/settings';
import { plistToJson, readForms, type Sexp } from '../support/elisp';
import { editorSnippet, editorSnippets } from '../support/readmeSnippets';

/** What every example's settings say: unsupported figures as hints, the rest as by default. */
const EXAMPLE_SETTINGS: Settings = { ...DEFAULT_SETTINGS, severity: { ...DEFAULT_SETTINGS.severity, 'figure-unsupported': 'hint' } };
const COMMAND = ['paper-check-ls', '--stdio'];

/** The settings as the server reads them from the `paperCheck` section an editor would send. */
const asServerReads = (section: unknown): Settings => {
  assert.ok(section && typeof section === 'object', `a paperCheck section, not ${JSON.stringify(section)}`);
  return parseSettings(section);
};

const isList = (x: Sexp): x is { list: Sexp[]; tail?: Sexp } => typeof x === 'object' && 'list' in x;
const symbolOf = (x: Sexp | undefined) => (x && typeof x === 'object' && 'symbol' in x ? x.symbol : undefined);
/** Every list in `form` whose head is the symbol `head`. */
function callsOf(form: Sexp, head: string): Array<{ list: Sexp[]; tail?: Sexp }> {
  if (!isList(form)) return [];
  const here = symbolOf(form.list[0]) === head ? [form] : [];
  return [...here, ...form.list.flatMap((f) => callsOf(f, head)), ...(form.tail ? callsOf(form.tail, head) : [])];
}
const unquote = (x: Sexp): Sexp => (isList(x) && symbolOf(x.list[0]) === 'quote' ? x.list[1] : x);

describe('README editor configurations (read from README.md)', () => {
  it('has one block per editor, in its own language', () => {
    const found = editorSnippets().map((s) => `${s.editor}:${s.language}`);
    for (const expected of ['Neovim:lua', 'Helix:toml', 'Emacs:elisp', 'Sublime Text:json', 'Zed:json']) assert.ok(found.includes(expected), `${expected} among ${found.join(', ')}`);
  });

  it('Helix: languages.toml parses, defines the server with its command and settings, and adds it to Markdown', () => {
    const toml = parseToml(editorSnippet('Helix', 'toml')) as any;
    const server = toml['language-server']?.['paper-check'];
    assert.deepEqual([server?.command, ...(server?.args ?? [])], COMMAND);
    assert.deepEqual(asServerReads(server.config?.paperCheck), EXAMPLE_SETTINGS);
    const markdown = (toml.language as any[]).find((l) => l.name === 'markdown');
    assert.ok(markdown?.['language-servers'].includes('paper-check'));
  });

  it('Emacs: the eglot configuration reads as Lisp, names the command for markdown-mode and sends the settings', () => {
    const forms = readForms(editorSnippet('Emacs', 'elisp'));
    const program = forms.flatMap((f) => callsOf(f, 'add-to-list')).find((c) => symbolOf(unquote(c.list[1])) === 'eglot-server-programs');
    assert.ok(program, 'an (add-to-list \'eglot-server-programs …)');
    const entry = unquote(program.list[2]);
    assert.ok(isList(entry) && symbolOf(entry.list[0]) === 'markdown-mode' && entry.tail && isList(entry.tail));
    assert.deepEqual((entry.tail as { list: Sexp[] }).list, COMMAND);
    const setting = forms.flatMap((f) => callsOf(f, 'setq-default')).find((c) => symbolOf(c.list[1]) === 'eglot-workspace-configuration');
    assert.ok(setting, 'a (setq-default eglot-workspace-configuration …)');
    assert.deepEqual(asServerReads((plistToJson(unquote(setting.list[2])) as any).paperCheck), EXAMPLE_SETTINGS);
    assert.ok(forms.some((f) => callsOf(f, 'add-hook').some((c) => symbolOf(unquote(c.list[1])) === 'markdown-mode-hook')), 'eglot starts in Markdown buffers');
  });

  it('Sublime Text: LSP.sublime-settings parses and defines a client for Markdown with the command and settings', () => {
    const client = JSON.parse(editorSnippet('Sublime Text', 'json')).clients?.['paper-check'];
    assert.equal(client?.enabled, true);
    assert.deepEqual(client.command, COMMAND);
    assert.match(client.selector, /\btext\.html\.markdown\b/);
    assert.deepEqual(asServerReads(client.settings?.paperCheck), EXAMPLE_SETTINGS);
  });

  it('Zed: settings.json parses, points the server at the command with settings, and lists it for Markdown', () => {
    const settings = JSON.parse(editorSnippet('Zed', 'json'));
    const lsp = settings.lsp?.['paper-check'];
    assert.deepEqual([lsp?.binary?.path, ...(lsp?.binary?.arguments ?? [])], COMMAND);
    assert.deepEqual(asServerReads(lsp.settings?.paperCheck), EXAMPLE_SETTINGS);
    assert.ok(settings.languages?.Markdown?.language_servers.includes('paper-check'));
  });

  it('the Lisp reader refuses what Emacs would refuse', () => {
    assert.throws(() => readForms('(setq a (b c)'), /unclosed/);
    assert.throws(() => readForms('(a))'), /unmatched/);
    assert.throws(() => readForms('(a . b c)'), /after a dot/);
  });
});
