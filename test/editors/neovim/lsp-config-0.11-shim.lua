-- Neovim 0.7 has no vim.lsp.config / vim.lsp.enable (0.11). This stand-in does what they do for the
-- README's 0.11 configuration, so that its command, filetypes and settings are run against the server:
-- start the configured client for a buffer of a listed filetype, and, as Neovim 0.8 and later do after
-- `initialize`, send the `settings` in workspace/didChangeConfiguration. It does not prove that 0.11
-- accepts the table; the parse by 0.7's Lua and this run are what can be done here.
local configs, started = {}, {}
vim.lsp.config = function(name, config) configs[name] = config end
vim.lsp.enable = function(name)
  local config = assert(configs[name], 'vim.lsp.enable: no vim.lsp.config for ' .. name)
  vim.api.nvim_create_autocmd('FileType', {
    pattern = config.filetypes,
    callback = function(args)
      if not started[name] then
        local settings = config.settings or {}
        started[name] = vim.lsp.start_client({
          name = name, cmd = config.cmd, root_dir = vim.fn.getcwd(), settings = settings,
          on_init = function(client)
            if next(settings) then client.notify('workspace/didChangeConfiguration', { settings = settings }) end
          end,
        })
      end
      vim.lsp.buf_attach_client(args.buf, started[name])
    end,
  })
end
