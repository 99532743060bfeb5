-- migration-lsp for Neovim 0.11+:
--
--   1. put this file on 'runtimepath' as lsp/migration_lsp.lua
--      (e.g. symlink it to ~/.config/nvim/lsp/migration_lsp.lua)
--   2. vim.lsp.enable('migration_lsp')
--
-- Override anything with vim.lsp.config('migration_lsp', { ... }), e.g.
--   vim.lsp.config('migration_lsp', {
--     cmd = { 'java', '-jar', '/opt/migration-lsp/migration-lsp.jar' },
--     settings = { migrationLsp = { profile = 'strict', rules = { ['no-float'] = 'error' } } },
--   })
--
-- The jar defaults to $MIGRATION_LSP_JAR, else ../../server/target/migration-lsp.jar
-- relative to the real location of this file (symlinks are followed); java to
-- $MIGRATION_LSP_JAVA, else `java` on PATH.
--
-- This file is self-contained (it does not need lua/migration_lsp) so that it
-- can be copied on its own.

local uv = vim.uv or vim.loop

local root_markers = { '.migration-lsp.json', '_migrations', 'alembic.ini', '.git' }
local python_files = { 'app/tenant/tables.py', 'app/role/constants.py' }

local function this_dir()
  local src = debug.getinfo(1, 'S').source
  if src:sub(1, 1) == '@' then
    src = src:sub(2)
  end
  src = uv.fs_realpath(src) or src
  return vim.fn.fnamemodify(src, ':p:h')
end

local function default_jar()
  local env = vim.env.MIGRATION_LSP_JAR
  if env and env ~= '' then
    return vim.fn.fnamemodify(env, ':p')
  end
  -- …/nvim-config/lsp/migration_lsp.lua -> …/server/target/migration-lsp.jar
  return vim.fn.fnamemodify(this_dir() .. '/../../server/target/migration-lsp.jar', ':p')
end

local function default_java()
  local env = vim.env.MIGRATION_LSP_JAVA
  if env and env ~= '' then
    return env
  end
  return 'java'
end

-- The JVM flags every launcher starts the server with (the same in server/bin/migration-lsp, which
-- says what each is for), and the class-data sharing archive next to the jar when mvn package built it.
local function default_cmd()
  local jar = default_jar()
  local cmd = { default_java(), '-Xmx160m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable', '-Xlog:all=warning:stderr' }
  local archive = jar:gsub('%.jar$', '') .. '.jsa'
  if uv.fs_stat(archive) then
    vim.list_extend(cmd, { '-Xshare:auto', '-XX:SharedArchiveFile=' .. archive })
  end
  vim.list_extend(cmd, { '-jar', jar })
  return cmd
end

local function upward(start, marker)
  local dir = start
  while true do
    if uv.fs_stat(dir .. '/' .. marker) then
      return dir
    end
    local parent = vim.fn.fnamemodify(dir, ':h')
    if parent == dir then
      return nil
    end
    dir = parent
  end
end

--- Project root of a file: first marker (in priority order) found upward,
--- else the file's own directory.
local function find_root(fname)
  local start = vim.fn.fnamemodify(fname, ':p:h')
  for _, marker in ipairs(root_markers) do
    local dir = upward(start, marker)
    if dir then
      return dir
    end
  end
  return start
end

--- <dir>/<script_location>/versions of the alembic.ini in `dir` (as the server reads it).
local function alembic_versions_dir(dir)
  local f = io.open(dir .. '/alembic.ini', 'r')
  if not f then
    return nil
  end
  local in_section, location = false, nil
  for line in f:lines() do
    local l = vim.trim(line)
    if l:sub(1, 1) == '[' then
      in_section = l == '[alembic]'
    elseif in_section and l:match('^script_location%s*[=:]') then
      location = vim.trim(l:match('^script_location%s*[=:]%s*(.*)$'))
      break
    end
  end
  f:close()
  location = (location or 'alembic'):gsub('%%%(here%)s/', ''):gsub('\\', '/'):gsub('/+$', '')
  if location == '' or location:find('..', 1, true) or location:sub(1, 1) == '/' or location:find('[:%%]') then
    location = 'alembic'
  end
  return dir .. '/' .. location .. '/versions'
end

--- A .py file directly in the versions folder of the Alembic project above it.
local function is_alembic_revision(name)
  if not name:match('%.py$') or name:match('/__[^/]*$') then
    return false
  end
  local dir = vim.fn.fnamemodify(name, ':p:h')
  local ini_dir = upward(dir, 'alembic.ini')
  return ini_dir ~= nil and dir == alembic_versions_dir(ini_dir)
end

local function is_managed(bufnr)
  local name = vim.api.nvim_buf_get_name(bufnr):gsub('\\', '/')
  if name == '' then
    return false
  end
  local ft = vim.bo[bufnr].filetype
  if ft == 'sql' then
    return true
  end
  if ft == 'python' then
    for _, suffix in ipairs(python_files) do
      if name == suffix or name:sub(-(#suffix + 1)) == '/' .. suffix then
        return true
      end
    end
    return is_alembic_revision(name)
  end
  return false
end

local function settings_object(s)
  s = vim.deepcopy(s or {})
  if type(s.rules) == 'table' and vim.tbl_isempty(s.rules) then
    s.rules = vim.empty_dict()
  end
  if vim.tbl_isempty(s) then
    return vim.empty_dict()
  end
  return s
end

return {
  cmd = default_cmd(),
  filetypes = { 'sql', 'python' },
  root_markers = root_markers,
  -- root_dir takes precedence over root_markers: it also keeps the server
  -- away from python files other than tables.py, constants.py and Alembic
  -- revisions (not calling on_dir means "do not attach").
  root_dir = function(bufnr, on_dir)
    if is_managed(bufnr) then
      on_dir(find_root(vim.api.nvim_buf_get_name(bufnr)))
    end
  end,
  -- Served to the server's workspace/configuration request (section
  -- `migrationLsp`); also copied into initializationOptions.settings.
  settings = {
    migrationLsp = vim.empty_dict(),
  },
  before_init = function(params, config)
    local s = config.settings and config.settings.migrationLsp
    params.initializationOptions = vim.tbl_extend('force', params.initializationOptions or {}, {
      settings = settings_object(s),
    })
  end,
  on_attach = function(client, bufnr)
    vim.api.nvim_buf_create_user_command(bufnr, 'MigrationLspNew', function()
      client:exec_cmd({ title = 'New migration', command = 'migration-lsp.newMigration' }, { bufnr = bufnr })
    end, { desc = 'migration-lsp: create the next migration file' })
  end,
}
