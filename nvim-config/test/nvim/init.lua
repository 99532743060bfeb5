-- Minimal init for the headless test. Loads migration-lsp one of two ways:
--   MLSP_TEST_MODE=setup  : require('migration_lsp').setup{...}   (any version >= 0.7)
--   MLSP_TEST_MODE=native : lsp/migration_lsp.lua + vim.lsp.enable (0.11+)
-- The settings below are asserted by test.lua (served via workspace/configuration
-- and initializationOptions.settings).
local plugin = assert(vim.env.MLSP_PLUGIN_DIR, 'MLSP_PLUGIN_DIR not set')
local mode = vim.env.MLSP_TEST_MODE or 'setup'

vim.opt.runtimepath:prepend(plugin)
vim.opt.swapfile = false
-- skip provider probing (python3 detection is slow and irrelevant here)
vim.g.loaded_python3_provider = 0
vim.g.loaded_ruby_provider = 0
vim.g.loaded_perl_provider = 0
vim.g.loaded_node_provider = 0
vim.opt.shadafile = 'NONE'
local log_level = vim.env.MLSP_TEST_LOG_LEVEL or 'debug'
if vim.lsp.log and vim.lsp.log.set_level then
  vim.lsp.log.set_level(log_level)
else
  vim.lsp.set_log_level(log_level)
end

TEST_SETTINGS = {
  rules = {
    ['section-headers'] = 'off',
    ['prefer-datetime2'] = 'hint',
  },
}

if mode == 'setup' then
  require('migration_lsp').setup({
    jar = vim.env.MIGRATION_LSP_JAR,
    java = vim.env.MIGRATION_LSP_JAVA,
    settings = TEST_SETTINGS,
  })
elseif mode == 'native' then
  -- lsp/migration_lsp.lua is found on 'runtimepath' (plugin dir prepended above).
  vim.lsp.config('migration_lsp', {
    settings = { migrationLsp = TEST_SETTINGS },
  })
  vim.lsp.enable('migration_lsp')
else
  error('unknown MLSP_TEST_MODE ' .. mode)
end
