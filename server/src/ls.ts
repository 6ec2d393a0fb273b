/**
 * `paper-check-ls`: the language server for editors other than VS Code (Neovim, Helix, Emacs, Zed,
 * Sublime Text …). It runs the same bundle as `node dist/server.js`, over stdio unless another transport
 * is named (`--node-ipc`, `--socket=PORT`, `--pipe=NAME`), so `paper-check-ls` alone is as good as
 * `paper-check-ls --stdio`. Settings come as in VS Code: asked for (`workspace/configuration`, section
 * `paperCheck`), or passed in `initializationOptions` / `workspace/didChangeConfiguration`.
 */
export {};

const TRANSPORTS = /^--(stdio|node-ipc|socket|pipe)(=|$)/;
const args = process.argv.slice(2);

if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`Usage: paper-check-ls [--stdio | --node-ipc | --socket=PORT | --pipe=NAME]

The Paper Check language server: diagnostics (figure-mismatch, figure-unsupported, name-misspelled),
hovers with the paper's passage and quick fixes, for any editor with an LSP client. Speaks LSP over
stdio by default. Settings: the "paperCheck" section (workspace/configuration or initializationOptions).
`);
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  // Beside dist/ in a clone and in an installed package alike.
  process.stdout.write(`${(require('../package.json') as { version: string }).version}\n`);
  process.exit(0);
}
// An editor that starts the command without a transport expects stdio; the library would stop with an error.
if (!args.some((a) => TRANSPORTS.test(a))) process.argv.push('--stdio');
// The server bundle beside this file (kept external by the build, so it is not shipped twice).
require('./server.js');
