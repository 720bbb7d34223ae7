--- The inputs of a corpus, read as a stream of items: folders of .txt files,
-- JSON Lines files (articles, or the records `kimput extract` writes), stdin.
--
--   for item in sources.items(paths, state) do ... end
--     {text =, id =, path =, url =, published =, source =, bytes =}  an article
--     {record =, id =, source =, bytes =}                            an extraction record
--     {error =, source =, id =, bytes =}                             what could not be read
--     {skip = true, bytes =}                                         a blank line
--   `bytes` is what the item consumed of its input (the JSON line, the file),
--   so that the sum reaches the size of the input for a progress bar.
--   state: {stdin = file handle, spool = nil} kept by the corpus between walks.
--
-- A JSON line is an article when it has "text", an extraction record when it
-- has none but carries one of "meta", "dates", "quotes", "events".
-- An article without an id gets sources.text_id(text, url): a hash of its
-- text (and url), the same in every split of a corpus and on every machine.
-- stdin is read once: its lines are copied to a temporary file as they are
-- read, and later walks read that copy.
local lfs = require "lfs"
local jsonl = require "kimput.writers.jsonl"

local M = {}

---------------------------------------------------------------- ids

local byte = string.byte
local FNV_OFFSET, FNV_PRIME = 0xcbf29ce484222325, 0x100000001b3

-- FNV-1a, 64 bits (integer arithmetic wraps in Lua 5.4), eight bytes a step.
local function fnv1a(h, s)
  local n, i = #s, 1
  while i + 7 <= n do
    local a, b, c, d, e, f, g, k = byte(s, i, i + 7)
    h = (h ~ a) * FNV_PRIME; h = (h ~ b) * FNV_PRIME; h = (h ~ c) * FNV_PRIME; h = (h ~ d) * FNV_PRIME
    h = (h ~ e) * FNV_PRIME; h = (h ~ f) * FNV_PRIME; h = (h ~ g) * FNV_PRIME; h = (h ~ k) * FNV_PRIME
    i = i + 8
  end
  for j = i, n do h = (h ~ byte(s, j)) * FNV_PRIME end
  return h
end

--- The id of an article that has none: 16 hex digits of the FNV-1a hash of
-- its text, and of its url when it has one (two outlets may carry the same
-- text). Identical records get identical ids: they are the same article.
function M.text_id(text, url)
  local h = fnv1a(FNV_OFFSET, text)
  if url then h = fnv1a(fnv1a(h, "\0"), url) end
  return ("%016x"):format(h)
end

---------------------------------------------------------------- files

local function basename(path)
  return path:match("([^/]+)/*$") or path
end

local function read_file(path)
  local fh, err = io.open(path, "rb")
  if not fh then return nil, err end
  local text, rerr = fh:read("a")
  fh:close()
  if not text then return nil, path .. ": " .. tostring(rerr) end
  return text
end

function M.is_jsonl(path)
  local lower = path:lower()
  return lower:match("%.jsonl$") or lower:match("%.ndjson$")
end

local yield = coroutine.yield

local function yield_file(path, id)
  local text, err = read_file(path)
  if not text then
    yield({ error = "cannot read: " .. err, source = path, id = id, bytes = 0 })
  else
    yield({ text = text, id = id, path = path, source = path, bytes = #text })
  end
end

local FEATURES = { "meta", "dates", "quotes", "events" }

--- Is a decoded JSON object a record written by `kimput extract`?
function M.is_record(rec)
  if rec.text ~= nil then return false end
  for _, f in ipairs(FEATURES) do
    if type(rec[f]) == "table" then return true end
  end
  return false
end

local function str(v) return type(v) == "string" and v or nil end

-- The item for one JSON line.
local function line_item(line, where, lineno, normalize_published)
  local bytes = #line
  line = line:gsub("\r?\n$", "")
  if not line:find("%S") then return { skip = true, bytes = bytes } end
  local rec, err = jsonl.decode(line)
  if type(rec) ~= "table" then
    return { error = "not a JSON object: " .. tostring(err or type(rec)), source = where, bytes = bytes }
  end
  local id = rec.id ~= nil and tostring(rec.id) or nil
  if M.is_record(rec) then
    rec.id = id or where
    return { record = rec, id = rec.id, source = where, bytes = bytes }
  end
  if type(rec.text) ~= "string" then
    return { error = "no \"text\" string in the record", source = where, id = id, bytes = bytes }
  end
  local url = str(rec.url)
  return {
    text = rec.text, id = id or M.text_id(rec.text, url), source = where, bytes = bytes, line = lineno,
    path = str(rec.path), url = url, published = normalize_published(rec.published),
  }
end

local function yield_lines(next_line, name, normalize_published)
  local lineno = 0
  for line in next_line do
    lineno = lineno + 1
    yield(line_item(line, name .. ":" .. lineno, lineno, normalize_published))
  end
end

---------------------------------------------------------------- stdin, once

-- The lines of stdin; the first walk copies them to a temporary file, later
-- walks read the copy (and go on reading stdin where an earlier walk stopped).
local function stdin_lines(state)
  local spool = state.spool
  if spool == nil then
    local fh = io.tmpfile()
    spool = fh and { fh = fh, size = 0, eof = false } or false
    state.spool = spool
  end
  if spool == false then
    if state.stdin_used then
      error("kimput.corpus: stdin was read by an earlier query and no temporary file could keep it", 0)
    end
    state.stdin_used = true
    return state.stdin:lines("L")
  end
  local pos = 0
  return function()
    if pos < spool.size then
      spool.fh:seek("set", pos)
      local line = spool.fh:read("L")
      pos = pos + #line
      return line
    end
    if spool.eof then return nil end
    local line = state.stdin:read("L")
    if not line then
      spool.eof = true
      return nil
    end
    spool.fh:seek("end")
    spool.fh:write(line)
    spool.size = spool.size + #line
    pos = spool.size
    return line
  end
end

---------------------------------------------------------------- folders

-- The entries of a folder that a walk visits, sorted (dot-files such as
-- .git and editor backups left out); or nil, message.
local function entries(dir)
  local ok, iter, state = pcall(lfs.dir, dir)
  if not ok then return nil, (tostring(iter):gsub("^cannot open ", "")) end
  local names = {}
  for name in iter, state do
    if name:sub(1, 1) ~= "." then names[#names + 1] = name end
  end
  table.sort(names)
  return names
end

-- A path's kind ("file", "directory", "other"), size, and identity
-- ("dev:inode", to notice a folder reached twice through a link); or nil, message.
local function stat(path)
  local attr, err = lfs.attributes(path)
  if not attr then return nil, err end
  local mode = attr.mode
  return (mode == "file" or mode == "directory") and mode or "other", attr.size, attr.dev .. ":" .. attr.ino
end

-- Calls visit(full_path, id, size) for every .txt file below dir, in sorted
-- order, and fail(dir, message) for a folder that cannot be listed.
local function walk(dir, prefix, visited, visit, fail)
  local names, err = entries(dir)
  if not names then return fail(dir, err) end
  for _, name in ipairs(names) do
    local full = dir .. "/" .. name
    local kind, size, ident = stat(full)
    if kind == "directory" then
      if not visited[ident] then
        visited[ident] = true
        walk(full, prefix .. name .. "/", visited, visit, fail)
      end
    elseif kind == "file" and name:lower():match("%.txt$") then
      visit(full, prefix .. name:gsub("%.[Tt][Xx][Tt]$", ""), size)
    end
  end
end

local function yield_path(path, state, normalize_published)
  if path == "-" then
    return yield_lines(stdin_lines(state), "stdin", normalize_published)
  end
  local kind, err, ident = stat(path)
  if not kind then
    yield({ error = "cannot open: " .. err, source = path, bytes = 0 })
  elseif kind == "directory" then
    walk((path:gsub("(.)/+$", "%1")), "", { [ident] = true }, yield_file,
      function(dir, message) yield({ error = "cannot list: " .. message, source = dir, bytes = 0 }) end)
  elseif M.is_jsonl(path) then
    local fh, oerr = io.open(path, "rb")
    if not fh then
      yield({ error = "cannot read: " .. oerr, source = path, bytes = 0 })
    else
      yield_lines(fh:lines("L"), path, normalize_published)
      fh:close()
    end
  else
    yield_file(path, (basename(path):gsub("%.[^.]+$", "")))
  end
end

--- Iterates over the items (see the top) of every path in order.
function M.items(paths, state, normalize_published)
  return coroutine.wrap(function()
    for _, path in ipairs(paths) do yield_path(path, state, normalize_published) end
  end)
end

--- Total size in bytes of what the paths hold (for progress bars), or nil
-- when a source has no known size (stdin).
function M.total_bytes(paths)
  local total = 0
  local function add(_, _, size) total = total + size end
  local function skip() end
  for _, path in ipairs(paths) do
    if path == "-" then return nil end
    local kind, size, ident = stat(path)
    if kind == "directory" then walk(path, "", { [ident] = true }, add, skip)
    elseif kind == "file" then total = total + size end
  end
  return total
end

return M
