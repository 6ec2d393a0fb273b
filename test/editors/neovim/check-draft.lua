-- Drives Neovim's built-in LSP client against the draft in the current buffer, the way a writer would:
-- waits for the figure-mismatch diagnostic, asks for the hover at it, applies the server's quick fix and
-- reads the buffer back. Writes everything it saw to $PAPER_CHECK_NVIM_RESULT (JSON) and quits; the mocha
-- test (test/editors/neovim.test.ts) judges it. Runs on Neovim 0.7 (Debian 12) and later.
local result = { diagnostics = {}, errors = {} }
local bufnr = vim.api.nvim_get_current_buf()
local TIMEOUT = tonumber(os.getenv('PAPER_CHECK_NVIM_TIMEOUT') or '30000')

local function code_of(d)
  return d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code)
end

local function find(code)
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if code_of(d) == code then return d end
  end
end

local function snapshot()
  local list = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(list, {
      code = code_of(d), severity = d.severity, message = d.message,
      lnum = d.lnum, col = d.col, end_lnum = d.end_lnum, end_col = d.end_col,
    })
  end
  return list
end

-- The text of a hover result, whichever of the protocol's shapes it takes.
local function hover_text(contents)
  if type(contents) == 'string' then return contents end
  if contents.value then return contents.value end
  local parts = {}
  for _, c in ipairs(contents) do table.insert(parts, type(c) == 'string' and c or c.value) end
  return table.concat(parts, '\n')
end

local function first_result(responses)
  for client_id, response in pairs(responses or {}) do
    if response.error then table.insert(result.errors, vim.inspect(response.error)) end
    if response.result then return response.result, client_id end
  end
end

local function run()
  local v = vim.version()
  result.nvim = string.format('%d.%d.%d', v.major, v.minor, v.patch)
  result.filetype = vim.bo[bufnr].filetype
  -- Settled: the mismatch is there and the settings (unsupported figures as hints) have been applied.
  vim.wait(TIMEOUT, function()
    local unsupported = find('figure-unsupported')
    return find('figure-mismatch') ~= nil and unsupported ~= nil and unsupported.severity == vim.diagnostic.severity.HINT
  end, 50)
  result.clients = {}
  for _, client in pairs(vim.lsp.buf_get_clients(bufnr)) do table.insert(result.clients, client.name) end
  result.diagnostics = snapshot()
  local mismatch = find('figure-mismatch')
  if not mismatch then error('no figure-mismatch diagnostic within ' .. TIMEOUT .. ' ms') end
  local encoding = vim.lsp.get_client_by_id(next(vim.lsp.buf_get_clients(bufnr))).offset_encoding or 'utf-16'
  local line = vim.api.nvim_buf_get_lines(bufnr, mismatch.lnum, mismatch.lnum + 1, false)[1]
  local function position(col)
    local _, utf16 = vim.str_utfindex(line, col) -- the server counts in UTF-16, the protocol's default
    return { line = mismatch.lnum, character = utf16 }
  end
  local range = { start = position(mismatch.col), ['end'] = position(mismatch.end_col) }
  result.mismatch_text = line:sub(mismatch.col + 1, mismatch.end_col)

  local text_document = vim.lsp.util.make_text_document_params(bufnr)
  local hover = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/hover',
    { textDocument = text_document, position = position(mismatch.col) }, 10000))
  result.hover = hover and hover_text(hover.contents) or nil

  local lsp_diagnostic = { range = range, message = mismatch.message, code = code_of(mismatch), severity = 2 }
  local actions = first_result(vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = text_document, range = range, context = { diagnostics = { lsp_diagnostic }, only = { 'quickfix' } } }, 10000)) or {}
  result.actions = {}
  local fix
  for _, action in ipairs(actions) do
    table.insert(result.actions, action.title)
    if not fix and action.isPreferred and action.edit then fix = action end
  end
  if not fix then error('no preferred quick fix with an edit among ' .. #actions .. ' actions') end
  result.applied = fix.title
  -- What Neovim's own code-action handler does with an action that carries an edit.
  vim.lsp.util.apply_workspace_edit(fix.edit, encoding)
  result.lines = vim.api.nvim_buf_get_lines(bufnr, 0, -1, false)
  -- The server re-checks the edited buffer: the mismatch goes away.
  result.mismatch_cleared = vim.wait(TIMEOUT, function() return find('figure-mismatch') == nil end, 50)
  result.diagnostics_after = snapshot()
end

local ok, err = pcall(run)
if not ok then table.insert(result.errors, tostring(err)) end
local file = assert(io.open(assert(os.getenv('PAPER_CHECK_NVIM_RESULT'), 'PAPER_CHECK_NVIM_RESULT is not set'), 'w'))
file:write(vim.fn.json_encode(result))
file:close()
vim.cmd(ok and 'qa!' or 'cq!')
