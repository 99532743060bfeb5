-- Headless end-to-end test of the Neovim client against the real server.
-- Run by test/run.sh (which copies examples/platform to a temp dir):
--   nvim --headless -u test/nvim/init.lua -i NONE -n -c 'luafile test/nvim/test.lua'
-- Env: MLSP_PROJECT (temp copy of examples/platform), MLSP_ALEMBIC (temp copy of
-- examples/alembic), MLSP_RESULTS (file the
-- PASS/FAIL lines are appended to), MLSP_TEST_MODE, MLSP_TEST_TIMEOUT (s).

local project = assert(vim.env.MLSP_PROJECT, 'MLSP_PROJECT not set')
local alembic = assert(vim.env.MLSP_ALEMBIC, 'MLSP_ALEMBIC not set')
local bad_revision = alembic .. '/alembic/versions/1b2c3d4e5f6a_add_manager_and_cost_center.py'
local results_file = assert(vim.env.MLSP_RESULTS, 'MLSP_RESULTS not set')
local mode = vim.env.MLSP_TEST_MODE or 'setup'
local timeout_ms = (tonumber(vim.env.MLSP_TEST_TIMEOUT) or 60) * 1000
local uv = vim.uv or vim.loop

local passed, failed = 0, 0
local t0 = uv.hrtime()
local results = assert(io.open(results_file, 'a'))

local function out(line)
  io.stdout:write(line .. '\n')
  io.stdout:flush()
  results:write(line .. '\n')
  results:flush()
end

local function check(name, ok, detail)
  if ok then
    passed = passed + 1
    out(('PASS [%s] %s (%.1fs)'):format(mode, name, (uv.hrtime() - t0) / 1e9))
  else
    failed = failed + 1
    out(('FAIL [%s] %s (%.1fs)%s'):format(mode, name, (uv.hrtime() - t0) / 1e9, detail and (': ' .. detail) or ''))
  end
  return ok
end

local function realpath(p)
  return uv.fs_realpath(p) or p
end

local function get_clients(bufnr)
  if vim.lsp.get_clients then
    return vim.lsp.get_clients({ bufnr = bufnr, name = 'migration_lsp' })
  end
  local res = {}
  for _, c in pairs(vim.lsp.buf_get_clients(bufnr)) do
    if c.name == 'migration_lsp' then
      table.insert(res, c)
    end
  end
  return res
end

local function all_clients()
  return vim.lsp.get_clients and vim.lsp.get_clients() or vim.lsp.get_active_clients()
end

local function codes(bufnr)
  local set = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    if d.code ~= nil then
      set[tostring(d.code)] = d
    end
  end
  return set
end

local function describe_diags(bufnr)
  local parts = {}
  for _, d in ipairs(vim.diagnostic.get(bufnr)) do
    table.insert(parts, ('%s@%d(sev %s, src %s)'):format(tostring(d.code), d.lnum + 1, tostring(d.severity), tostring(d.source)))
  end
  return '{' .. table.concat(parts, ', ') .. '}'
end

-- LSP Diagnostic for a vim.diagnostic entry (0.7 keeps no range in user_data).
local function to_lsp_diagnostic(d)
  local orig = d.user_data and d.user_data.lsp
  if orig and orig.range then
    return orig
  end
  return {
    range = {
      start = { line = d.lnum, character = d.col },
      ['end'] = { line = d.end_lnum or d.lnum, character = d.end_col or d.col },
    },
    severity = d.severity,
    message = d.message,
    source = d.source,
    code = d.code,
  }
end

local function request_sync(client, method, params, ms)
  -- 0.7: client.request_sync(method, params, timeout, bufnr); 0.11: colon call
  if vim.fn.has('nvim-0.11') == 1 then
    return client:request_sync(method, params, ms, 0)
  end
  return client.request_sync(method, params, ms, 0)
end

local function completion_labels(result)
  local items = result and (result.items or result) or {}
  local labels = {}
  for _, item in ipairs(items) do
    table.insert(labels, item.label)
    if item.insertText then
      table.insert(labels, item.insertText)
    end
    if item.textEdit and item.textEdit.newText then
      table.insert(labels, item.textEdit.newText)
    end
  end
  return labels
end

local function run()
  local sql = project .. '/_migrations/2026_2_3_1.sql'

  ---------------------------------------------------------------- structure
  if mode == 'setup' then
    local mlsp = require('migration_lsp')
    check('find_root: _migrations/2026_2_3_1.sql -> project root',
      realpath(mlsp.find_root(sql) or '') == realpath(project), tostring(mlsp.find_root(sql)))
    check('find_root: _migrations/2025_and_older/2025_1_1_1.sql -> project root',
      realpath(mlsp.find_root(project .. '/_migrations/2025_and_older/2025_1_1_1.sql') or '') == realpath(project))

    -- lsp/migration_lsp.lua (the 0.11 config) evaluated here too, so its root
    -- and buffer-filter logic is exercised even on versions without vim.lsp.config.
    local cfg = dofile(vim.env.MLSP_PLUGIN_DIR .. '/lsp/migration_lsp.lua')
    check('lsp/migration_lsp.lua: cmd runs the jar',
      cfg.cmd[#cfg.cmd - 1] == '-jar' and realpath(cfg.cmd[#cfg.cmd]) == realpath(vim.env.MIGRATION_LSP_JAR), vim.inspect(cfg.cmd))
    check('lsp/migration_lsp.lua and setup() pass the same default JVM flags',
      vim.deep_equal({ unpack(cfg.cmd, 2, #cfg.cmd - 2) }, mlsp.default_vm_args(cfg.cmd[#cfg.cmd]))
        and vim.tbl_contains(cfg.cmd, '-XX:+UseSerialGC'), vim.inspect(cfg.cmd))
    local with_args = mlsp.cmd({ jar = cfg.cmd[#cfg.cmd], vm_args = { '-Xmx1g' } })
    check('setup(): vm_args come after the default JVM flags (so they win)',
      with_args[#with_args - 2] == '-Xmx1g' and with_args[2] == '-Xmx160m', vim.inspect(with_args))
    check('lsp/migration_lsp.lua: filetypes and root_markers',
      vim.deep_equal(cfg.filetypes, { 'sql', 'python' })
        and vim.deep_equal(cfg.root_markers, { '.migration-lsp.json', '_migrations', 'alembic.ini', '.git' }))
    -- Without $MIGRATION_LSP_JAR both find the jar of the repository they
    -- live in, also through a symlink (how the README installs the lsp/ file).
    local repo_jar = vim.fn.fnamemodify(vim.env.MLSP_PLUGIN_DIR .. '/../server/target/migration-lsp.jar', ':p')
    local saved_jar = vim.env.MIGRATION_LSP_JAR
    vim.env.MIGRATION_LSP_JAR = nil
    local link_dir = vim.fn.tempname()
    vim.fn.mkdir(link_dir .. '/lsp', 'p')
    local link = link_dir .. '/lsp/migration_lsp.lua'
    uv.fs_symlink(vim.env.MLSP_PLUGIN_DIR .. '/lsp/migration_lsp.lua', link)
    local linked_cfg = dofile(link)
    local module_jar = vim.fn.fnamemodify(mlsp.default_jar(), ':p')
    vim.env.MIGRATION_LSP_JAR = saved_jar
    vim.fn.delete(link_dir, 'rf')
    check('setup(): default jar is <repo>/server/target/migration-lsp.jar', module_jar == repo_jar, module_jar)
    check('symlinked lsp/migration_lsp.lua: default jar is <repo>/server/target/migration-lsp.jar',
      linked_cfg.cmd[#linked_cfg.cmd] == repo_jar, linked_cfg.cmd[#linked_cfg.cmd])

    local function root_of(path, ft)
      -- noautocmd: only evaluate the config here, don't start a server
      local b = vim.fn.bufadd(path)
      vim.cmd(('noautocmd call bufload(%d)'):format(b))
      vim.cmd(('noautocmd call setbufvar(%d, "&filetype", "%s")'):format(b, ft))
      local got
      cfg.root_dir(b, function(dir) got = dir end)
      local managed = mlsp.is_managed_buffer(b)
      vim.api.nvim_buf_delete(b, { force = true })
      return got, managed
    end
    local r1, m1 = root_of(project .. '/app/role/constants.py', 'python')
    check('app/role/constants.py is managed, root = project',
      m1 and realpath(r1 or '') == realpath(project), tostring(r1))
    local r2, m2 = root_of(project .. '/app/tenant/tables.py', 'python')
    check('app/tenant/tables.py is managed, root = project',
      m2 and realpath(r2 or '') == realpath(project), tostring(r2))
    local other = project .. '/app/other.py'
    vim.fn.writefile({ 'x = 1' }, other)
    local r3, m3 = root_of(other, 'python')
    check('other python files are not managed', r3 == nil and not m3, tostring(r3))
    os.remove(other)

    local r4, m4 = root_of(bad_revision, 'python')
    check('an Alembic revision is managed, root = the folder of alembic.ini',
      m4 and realpath(r4 or '') == realpath(alembic), tostring(r4))
    local r5, m5 = root_of(alembic .. '/alembic/env.py', 'python')
    check('alembic/env.py is not managed', r5 == nil and not m5, tostring(r5))
    local stray = project .. '/tools/versions/0001_x.py'
    vim.fn.mkdir(project .. '/tools/versions', 'p')
    vim.fn.writefile({ 'x = 1' }, stray)
    local r6, m6 = root_of(stray, 'python')
    check('a versions/*.py with no alembic.ini above is not managed', r6 == nil and not m6, tostring(r6))
    vim.fn.delete(project .. '/tools', 'rf')
  end

  ---------------------------------------------------------------- attach
  vim.cmd('edit ' .. vim.fn.fnameescape(sql))
  local bufnr = vim.api.nvim_get_current_buf()
  check('2026_2_3_1.sql has filetype sql', vim.bo.filetype == 'sql', vim.bo.filetype)

  local attached = vim.wait(timeout_ms, function()
    local cs = get_clients(bufnr)
    return #cs > 0 and cs[1].initialized ~= false and cs[1].server_capabilities ~= nil
  end, 100)
  local client = get_clients(bufnr)[1]
  if not check('client attached and initialized', attached and client ~= nil) then
    return
  end
  check('client root_dir = project root',
    realpath(client.config.root_dir or '') == realpath(project), tostring(client.config.root_dir))

  -- python files of the project attach to the same client (one per root)
  vim.cmd('edit ' .. vim.fn.fnameescape(project .. '/app/role/constants.py'))
  local pybuf = vim.api.nvim_get_current_buf()
  local py_attached = vim.wait(timeout_ms, function()
    return #get_clients(pybuf) > 0
  end, 100)
  local pyclient = get_clients(pybuf)[1]
  check('app/role/constants.py attaches to the same client', py_attached and pyclient and pyclient.id == client.id,
    vim.inspect(vim.tbl_map(function(x) return x.id end, get_clients(pybuf))))
  local running = 0
  for _, cl in ipairs(all_clients()) do
    if cl.name == 'migration_lsp' then
      running = running + 1
    end
  end
  check('exactly one migration_lsp client for the project', running == 1, tostring(running))
  vim.cmd('buffer ' .. bufnr)

  ---------------------------------------------------------------- diagnostics
  local got_diags = vim.wait(timeout_ms, function()
    local c = codes(bufnr)
    return c['no-float'] ~= nil and c['prefer-datetime2'] ~= nil
  end, 100)
  check('diagnostics include no-float and prefer-datetime2', got_diags, describe_diags(bufnr))
  local c = codes(bufnr)
  check('no-float is on line 5 with source migration-lsp',
    c['no-float'] and c['no-float'].lnum == 4 and c['no-float'].source == 'migration-lsp', describe_diags(bufnr))

  -- settings from the client config reached the server: section-headers is
  -- turned off and prefer-datetime2 is downgraded to a hint.
  local settings_applied = vim.wait(15000, function()
    local cc = codes(bufnr)
    return cc['section-headers'] == nil
      and cc['prefer-datetime2'] ~= nil
      and cc['prefer-datetime2'].severity == vim.diagnostic.severity.HINT
  end, 100)
  check('settings applied (section-headers off, prefer-datetime2 = hint)', settings_applied, describe_diags(bufnr))

  ---------------------------------------------------------------- completion
  local prefix = "((SELECT ID FROM PLATFORM.ROLES WHERE NAME = '"
  local last = vim.api.nvim_buf_line_count(bufnr)
  vim.api.nvim_buf_set_lines(bufnr, last, last, false, { prefix })
  vim.api.nvim_win_set_cursor(0, { last + 1, #prefix - 1 })
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    -- the line is ASCII, so the byte length is also the UTF-16 offset
    position = { line = last, character = #prefix },
    context = { triggerKind = 1 },
  }
  -- The server may still be indexing app/role/constants.py: ask again until
  -- the answer contains the role (bounded by the deadline).
  local labels = {}
  local has_super_admin = false
  local deadline = uv.hrtime() + timeout_ms * 1e6
  while true do
    local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/completion', params, 5000)
    labels = {}
    for _, r in pairs(resp or {}) do
      vim.list_extend(labels, completion_labels(r.result))
    end
    has_super_admin = vim.tbl_contains(labels, 'Super Admin')
    if has_super_admin or uv.hrtime() > deadline then
      break
    end
    vim.wait(250) -- poll interval between two requests
  end
  check("completion in NAME = '|' offers 'Super Admin'", has_super_admin, vim.inspect(labels))
  -- Remove the probe line again so the document matches the original below.
  vim.api.nvim_buf_set_lines(bufnr, last, last + 1, false, {})

  ---------------------------------------------------------------- code action
  local nf = codes(bufnr)['no-float']
  if not check('no-float diagnostic available for code action', nf ~= nil, describe_diags(bufnr)) then
    return
  end
  local lspd = to_lsp_diagnostic(nf)
  local resp = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = lspd.range,
    context = { diagnostics = { lspd } },
  }, 10000)
  local action, action_client, titles = nil, nil, {}
  for cid, r in pairs(resp or {}) do
    for _, a in ipairs(r.result or {}) do
      table.insert(titles, a.title)
      if not action and a.title and a.title:find('DECIMAL(18,4)', 1, true) then
        action, action_client = a, vim.lsp.get_client_by_id(cid)
      end
    end
  end
  if not check('code action "... DECIMAL(18,4)" offered for no-float', action ~= nil, vim.inspect(titles)) then
    return
  end
  if not action.edit and action.data ~= nil then
    local res = request_sync(action_client, 'codeAction/resolve', action, 10000)
    action = res and res.result or action
  end
  check('code action carries a WorkspaceEdit', type(action.edit) == 'table', vim.inspect(action))
  if action.edit then
    vim.lsp.util.apply_workspace_edit(action.edit, action_client.offset_encoding)
  end
  local line5 = vim.api.nvim_buf_get_lines(bufnr, 4, 5, false)[1]
  check('line 5 reads "    AMOUNT DECIMAL(18,4) NULL,"', line5 == '    AMOUNT DECIMAL(18,4) NULL,', vim.inspect(line5))
  local fixed = vim.wait(timeout_ms, function()
    return codes(bufnr)['no-float'] == nil
  end, 100)
  check('no-float diagnostic gone after the fix', fixed, describe_diags(bufnr))

  ---------------------------------------------------------------- new migration
  local before = {}
  for _, f in ipairs(vim.fn.glob(project .. '/_migrations/*.sql', false, true)) do
    before[realpath(f)] = true
  end
  vim.cmd('MigrationLspNew')
  local new_file
  local opened = vim.wait(timeout_ms, function()
    local name = vim.api.nvim_buf_get_name(0)
    if name ~= '' and name:match('%.sql$') and not before[realpath(name)] and uv.fs_stat(name) then
      new_file = name
      return true
    end
    return false
  end, 100)
  check(':MigrationLspNew creates the next migration and opens it (window/showDocument)', opened,
    'current buffer: ' .. vim.api.nvim_buf_get_name(0))
  if new_file then
    check('new migration is in _migrations/', realpath(vim.fn.fnamemodify(new_file, ':h')) == realpath(project .. '/_migrations'), new_file)
  end

  ---------------------------------------------------------------- alembic
  vim.cmd('edit ' .. vim.fn.fnameescape(alembic .. '/alembic/env.py'))
  local envbuf = vim.api.nvim_get_current_buf()
  vim.wait(2000, function() return #get_clients(envbuf) > 0 end, 100)
  check('alembic/env.py (filetype python) gets no migration_lsp client', #get_clients(envbuf) == 0,
    vim.bo[envbuf].filetype)
  vim.cmd('edit ' .. vim.fn.fnameescape(bad_revision))
  local revbuf = vim.api.nvim_get_current_buf()
  local rev_attached = vim.wait(timeout_ms, function()
    local cs = get_clients(revbuf)
    return #cs > 0 and cs[1].server_capabilities ~= nil
  end, 100)
  local revclient = get_clients(revbuf)[1]
  check('an Alembic revision attaches a client rooted at the alembic project',
    rev_attached and revclient ~= nil and realpath(revclient.config.root_dir or '') == realpath(alembic),
    revclient and tostring(revclient.config.root_dir) or 'no client')
  local rev_diags = vim.wait(timeout_ms, function()
    local d = codes(revbuf)['not-null-server-default']
    return d ~= nil and d.lnum == 22
  end, 100)
  check('the revision gets not-null-server-default on line 23', rev_diags, describe_diags(revbuf))
end

local ok, err = xpcall(run, debug.traceback)

-- Deprecation warnings and errors the client code produced along the way.
local messages = vim.api.nvim_exec2 and vim.api.nvim_exec2('messages', { output = true }).output
  or vim.api.nvim_exec('messages', true)
for line in messages:gmatch('[^\n]+') do
  if line:lower():find('deprecat') or line:find('Error') then
    out('# message: ' .. line)
  end
end
if not ok then
  check('test script raised no error', false, err)
end

-- Shut the server down cleanly before leaving.
for _, cl in ipairs(all_clients()) do
  if vim.fn.has('nvim-0.11') == 1 then
    cl:stop()
  else
    vim.lsp.stop_client(cl.id)
  end
end
vim.wait(10000, function()
  return #all_clients() == 0
end, 100)

results:write(('COUNTS %d %d\n'):format(passed, failed))
results:close()
vim.cmd(failed > 0 and 'cquit 1' or 'qall!')
