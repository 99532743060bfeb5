-- migration-lsp client for Neovim 0.7 – 0.10 (also works on 0.11+, where
-- `lsp/migration_lsp.lua` + `vim.lsp.enable('migration_lsp')` is preferred).
--
--   require('migration_lsp').setup({
--     jar = '/path/to/migration-lsp.jar',   -- default: $MIGRATION_LSP_JAR, else ../server/target/migration-lsp.jar
--     java = 'java',                        -- default: $MIGRATION_LSP_JAVA, else 'java'
--     vm_args = { '-Xmx512m' },            -- after M.default_vm_args(jar), so they win
--     settings = { profile = 'default', rules = { ['no-float'] = 'error' } },
--     on_attach = function(client, bufnr) end,
--     capabilities = nil,                   -- merged over vim.lsp.protocol.make_client_capabilities()
--     autostart = true,                     -- false: call require('migration_lsp').attach(bufnr) yourself
--   })
--
-- 0.7 starts one client per project root with vim.lsp.start_client() and
-- attaches buffers with vim.lsp.buf_attach_client(); 0.8+ uses vim.lsp.start(),
-- which does the reuse itself.

local M = {}

local uv = vim.uv or vim.loop

M.name = 'migration_lsp'
M.command_new_migration = 'migration-lsp.newMigration'

-- Markers in priority order: the first marker found anywhere above the file
-- wins (same semantics as vim.fs.root with a list of markers).
M.root_markers = { '.migration-lsp.json', '_migrations', 'alembic.ini', '.git' }

-- Python files the server understands (role names, tenant tables). Alembic
-- revisions (the versions folder alembic.ini names) are recognised too; every
-- other Python file is left to the user's Python server.
M.python_files = { 'app/tenant/tables.py', 'app/role/constants.py' }

M.filetypes = { 'sql', 'python' }

local function has(feature)
  return vim.fn.has(feature) == 1
end

local function notify(msg, level)
  vim.notify('[migration-lsp] ' .. msg, level or vim.log.levels.INFO)
end

local function normalize(path)
  if not path or path == '' then
    return path
  end
  path = path:gsub('\\', '/')
  if #path > 1 then
    path = path:gsub('/+$', '')
  end
  return path
end

local function dirname(path)
  local d = path:match('^(.*)/[^/]*$')
  if d == '' then
    return '/'
  end
  return d
end

local function exists(path)
  return uv.fs_stat(path) ~= nil
end

--- Directory of this plugin checkout (…/nvim-config), resolving symlinks.
local function plugin_dir()
  local src = debug.getinfo(1, 'S').source
  if src:sub(1, 1) == '@' then
    src = src:sub(2)
  end
  src = uv.fs_realpath(src) or src
  -- …/nvim-config/lua/migration_lsp/init.lua -> …/nvim-config
  return dirname(dirname(dirname(normalize(vim.fn.fnamemodify(src, ':p')))))
end

--- The environment variable's value when set and not empty, else what fallback() gives.
local function env_or(name, fallback)
  local env = vim.env[name]
  if env and env ~= '' then
    return env
  end
  return fallback()
end

--- Default jar: $MIGRATION_LSP_JAR, else the server build next to this plugin.
function M.default_jar()
  return env_or('MIGRATION_LSP_JAR', function()
    return dirname(plugin_dir()) .. '/server/target/migration-lsp.jar'
  end)
end

function M.default_java()
  return env_or('MIGRATION_LSP_JAVA', function()
    return 'java'
  end)
end

--- Upward search for the project root of `path` (a file or directory).
--- Implemented by hand because 0.7 has no vim.fs.
function M.find_root(path, markers)
  markers = markers or M.root_markers
  path = normalize(vim.fn.fnamemodify(path, ':p'))
  local start = path
  local stat = uv.fs_stat(path)
  if not stat or stat.type ~= 'directory' then
    start = dirname(path)
  end
  for _, marker in ipairs(markers) do
    local dir = start
    while true do
      if exists(dir .. '/' .. marker) then
        return dir
      end
      local parent = dirname(dir)
      if parent == dir then
        break
      end
      dir = parent
    end
  end
  return nil
end

--- The versions folder of the Alembic project whose alembic.ini is in `dir`:
--- <dir>/<script_location>/versions, script_location read from the [alembic]
--- section (`%(here)s/` dropped; `alembic` when absent or leading outside),
--- as the server reads it.
function M.alembic_versions_dir(dir)
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

--- True for a .py file directly in the versions folder of the Alembic project above it.
function M.is_alembic_revision(name)
  name = normalize(vim.fn.fnamemodify(name, ':p'))
  if not name:match('%.py$') or name:match('/__[^/]*$') then
    return false
  end
  local ini_dir = M.find_root(dirname(name), { 'alembic.ini' })
  return ini_dir ~= nil and dirname(name) == M.alembic_versions_dir(ini_dir)
end

--- True when the buffer is one migration-lsp should manage.
function M.is_managed_buffer(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local name = normalize(vim.api.nvim_buf_get_name(bufnr))
  if not name or name == '' then
    return false
  end
  local ft = vim.bo[bufnr].filetype
  if ft == 'sql' then
    return true
  end
  if ft == 'python' then
    for _, suffix in ipairs(M.python_files) do
      if name == suffix or name:sub(-(#suffix + 1)) == '/' .. suffix then
        return true
      end
    end
    return M.is_alembic_revision(name)
  end
  return false
end

-- An empty Lua table would be sent as JSON `[]`; the server expects objects.
local function as_object(t)
  if t == nil or vim.tbl_isempty(t) then
    return vim.empty_dict()
  end
  return t
end

local function server_settings(settings)
  settings = vim.deepcopy(settings or {})
  if settings.rules ~= nil then
    settings.rules = as_object(settings.rules)
  end
  return as_object(settings)
end

--- Call a client method with the calling convention of the running version
--- (0.11 deprecates `client.request(...)` in favour of `client:request(...)`).
local function client_request(client, method, params, handler, bufnr)
  if has('nvim-0.11') then
    return client:request(method, params, handler, bufnr)
  end
  return client.request(method, params, handler, bufnr)
end

local function client_notify(client, method, params)
  if has('nvim-0.11') then
    return client:notify(method, params)
  end
  return client.notify(method, params)
end

--- `window/showDocument` for versions without a built-in handler (0.7).
function M.show_document_handler(_, result, ctx)
  if not result or not result.uri then
    return { success = false }
  end
  if result.external then
    -- 0.7 has no portable way to open an external program.
    return { success = false }
  end
  local fname = vim.uri_to_fname(result.uri)
  local ok, err = pcall(vim.cmd, 'edit ' .. vim.fn.fnameescape(fname))
  if not ok then
    notify('could not open ' .. fname .. ': ' .. tostring(err), vim.log.levels.ERROR)
    return { success = false }
  end
  if result.selection and result.selection.start then
    local line = result.selection.start.line + 1
    local lines = vim.api.nvim_buf_line_count(0)
    local col = 0
    local text = vim.api.nvim_buf_get_lines(0, line - 1, line, false)[1]
    if text and result.selection.start.character > 0 then
      local client = ctx and vim.lsp.get_client_by_id(ctx.client_id)
      local enc = client and client.offset_encoding or 'utf-16'
      local cok, c = pcall(vim.str_byteindex, text, result.selection.start.character, enc == 'utf-16')
      col = cok and c or 0
    end
    pcall(vim.api.nvim_win_set_cursor, 0, { math.min(line, lines), col })
  end
  return { success = true }
end

local defaults = {
  jar = nil, -- resolved lazily with M.default_jar()
  java = nil, -- resolved lazily with M.default_java()
  vm_args = {},
  settings = {},
  on_attach = nil,
  capabilities = nil,
  autostart = true,
}

M.options = vim.deepcopy(defaults)

--- The JVM flags every launcher starts the server with (the same in server/bin/migration-lsp, which
--- says what each is for): a heap cap with the serial collector, C1 alone, JVM warnings kept off stdout, and
--- the class-data sharing archive built next to the jar by mvn package, when it is there.
function M.default_vm_args(jar)
  local args = { '-Xmx160m', '-XX:+UseSerialGC', '-XX:TieredStopAtLevel=1', '-Xlog:disable', '-Xlog:all=warning:stderr' }
  local archive = jar:gsub('%.jar$', '') .. '.jsa'
  if exists(archive) then
    vim.list_extend(args, { '-Xshare:auto', '-XX:SharedArchiveFile=' .. archive })
  end
  return args
end

function M.cmd(opts)
  opts = opts or M.options
  local jar = vim.fn.fnamemodify(opts.jar or M.default_jar(), ':p')
  local cmd = { opts.java or M.default_java() }
  vim.list_extend(cmd, M.default_vm_args(jar))
  vim.list_extend(cmd, opts.vm_args or {})
  vim.list_extend(cmd, { '-jar', jar })
  return cmd
end

--- Client config for a given root (shared by the 0.7 and 0.8+ paths).
function M.make_config(root_dir, opts)
  opts = opts or M.options
  local settings = server_settings(opts.settings)

  -- User capabilities (e.g. from a completion plugin) extend the defaults.
  local capabilities = vim.tbl_deep_extend('force', vim.lsp.protocol.make_client_capabilities(),
    opts.capabilities or {})
  capabilities.workspace = capabilities.workspace or {}
  -- 0.7 serves workspace/configuration (from config.settings) but does not
  -- advertise it; a server may only ask clients that do.
  capabilities.workspace.configuration = true

  local handlers = {}
  if not has('nvim-0.8') then
    -- 0.7 has no window/showDocument handler and advertises support = false.
    capabilities.window = capabilities.window or {}
    capabilities.window.showDocument = { support = true }
    handlers['window/showDocument'] = M.show_document_handler
  end

  local config = {
    name = M.name,
    cmd = M.cmd(opts),
    root_dir = root_dir,
    settings = { migrationLsp = settings },
    init_options = { settings = settings },
    capabilities = capabilities,
    handlers = handlers,
    filetypes = M.filetypes,
  }

  config.on_init = function(client)
    if not has('nvim-0.8') then
      -- 0.8+ sends this itself when settings are non-empty.
      client_notify(client, 'workspace/didChangeConfiguration', { settings = client.config.settings })
    end
  end

  config.on_attach = function(client, bufnr)
    if opts.on_attach then
      opts.on_attach(client, bufnr)
    end
  end

  return config
end

-- 0.7: root -> client id
M._clients = {}

-- Running or still initializing (0.7's client_is_stopped() is true for a
-- client that has not finished `initialize` yet, so it can't be used here).
local function client_alive(id)
  local client = id and vim.lsp.get_client_by_id(id)
  return client ~= nil and not client.is_stopped()
end

--- Start (or reuse) the client for `bufnr` and attach it. Returns the client id.
function M.attach(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  if not M.is_managed_buffer(bufnr) then
    return nil
  end
  local name = vim.api.nvim_buf_get_name(bufnr)
  local root = M.find_root(name) or dirname(normalize(vim.fn.fnamemodify(name, ':p')))

  if has('nvim-0.8') then
    local config = M.make_config(root)
    return vim.lsp.start(config, { bufnr = bufnr })
  end

  local id = M._clients[root]
  if not client_alive(id) then
    id = vim.lsp.start_client(M.make_config(root))
    if not id then
      notify('failed to start ' .. table.concat(M.cmd(), ' '), vim.log.levels.ERROR)
      return nil
    end
    M._clients[root] = id
  end
  vim.lsp.buf_attach_client(bufnr, id)
  return id
end

--- The migration-lsp client for a buffer, or any running one.
function M.get_client(bufnr)
  bufnr = (bufnr == nil or bufnr == 0) and vim.api.nvim_get_current_buf() or bufnr
  local fallback
  local clients = vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
  for _, client in pairs(clients) do
    if client.name == M.name then
      if vim.lsp.buf_is_attached(bufnr, client.id) then
        return client
      end
      fallback = fallback or client
    end
  end
  return fallback
end

--- Ask the server to create the next migration; it answers with
--- window/showDocument, which opens the new file.
function M.new_migration(callback)
  local bufnr = vim.api.nvim_get_current_buf()
  local client = M.get_client(bufnr)
  if not client then
    notify('no migration-lsp server is running; open a migration (.sql) first', vim.log.levels.WARN)
    return false
  end
  client_request(client, 'workspace/executeCommand', { command = M.command_new_migration }, function(err, result)
    if err then
      notify('newMigration failed: ' .. (err.message or vim.inspect(err)), vim.log.levels.ERROR)
    end
    if callback then
      callback(err, result)
    end
  end, bufnr)
  return true
end

local function create_user_command(name, fn, desc)
  if vim.api.nvim_create_user_command then
    vim.api.nvim_create_user_command(name, fn, { desc = desc })
  elseif vim.api.nvim_add_user_command then
    vim.api.nvim_add_user_command(name, fn, {})
  else
    vim.cmd(('command! %s lua require("migration_lsp").%s()'):format(name, 'new_migration'))
  end
end

function M.setup(opts)
  M.options = vim.tbl_deep_extend('force', vim.deepcopy(defaults), opts or {})

  create_user_command('MigrationLspNew', function()
    M.new_migration()
  end, 'migration-lsp: create the next migration file')

  if M.options.autostart then
    local group = vim.api.nvim_create_augroup('migration_lsp', { clear = true })
    vim.api.nvim_create_autocmd('FileType', {
      group = group,
      pattern = M.filetypes,
      callback = function(args)
        M.attach(args.buf)
      end,
    })
    -- Buffers already open when setup() runs (e.g. lazy-loaded plugin).
    for _, bufnr in ipairs(vim.api.nvim_list_bufs()) do
      if vim.api.nvim_buf_is_loaded(bufnr) and M.is_managed_buffer(bufnr) then
        M.attach(bufnr)
      end
    end
  end
  return M
end

return M
