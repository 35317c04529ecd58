-- Headless Neovim as a third-party LSP client of factlint-language-server --stdio: waits for diagnostics, asks for
-- a hover, writes what it got as JSON to $FACTLINT_NVIM_OUT and quits. Neovim 0.7+ (start_client, vim.wait).
local env = vim.env
local client_id = vim.lsp.start_client({
  name = 'factlint',
  cmd = { env.FACTLINT_NODE, env.FACTLINT_SERVER, '--stdio' },
  root_dir = env.FACTLINT_ROOT,
})
vim.cmd('edit ' .. vim.fn.fnameescape(env.FACTLINT_FILE))
local buf = vim.api.nvim_get_current_buf()
vim.lsp.buf_attach_client(buf, client_id)

local arrived = vim.wait(30000, function() return #vim.diagnostic.get(buf) > 0 end, 20)
local codes = {}
for _, d in ipairs(vim.diagnostic.get(buf)) do
  local code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) or ''
  table.insert(codes, code)
end

local hover = ''
local line = tonumber(env.FACTLINT_HOVER_LINE)
local responses = vim.lsp.buf_request_sync(buf, 'textDocument/hover', {
  textDocument = { uri = vim.uri_from_bufnr(buf) },
  position = { line = line, character = 2 },
}, 20000)
for _, response in pairs(responses or {}) do
  if response.result and response.result.contents then hover = response.result.contents.value or '' end
end

local file = io.open(env.FACTLINT_NVIM_OUT, 'w')
file:write(vim.fn.json_encode({ arrived = arrived, codes = codes, hover = hover }))
file:close()
vim.lsp.stop_client(client_id)
vim.cmd('qa!')
