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
--   state: {stdin = file handle, spool = nil, max_bytes = n} kept by the corpus
--   between walks.
--   sources.items(paths, state, normalize, take) is a walk that passes over
--   items (a worker of kimput extract -j, which takes one block in N): every
--   item but a blank line is offered first, take(bytes) with the bytes it
--   will have (nil for a file of unknown size), in walk order; the items take
--   accepts and the blank lines are yielded as above, the others are neither
--   copied, read, decoded nor yielded (a JSON line is only found and measured).
--
-- Limits: a document larger than state.max_bytes (kimput.corpus's max_bytes)
-- is an error item and is never read into memory: a file's size is checked
-- before it is opened (a FIFO named as a path is read up to the limit only),
-- and JSON lines are read in blocks, so a longer line is passed over. A
-- folder's .txt entry that is a dangling link or not a regular file (a FIFO,
-- a device) is an error item rather than vanishing or blocking the walk.
--
-- A JSON line is an article when it has "text", an extraction record when it
-- has none but carries one of "meta", "dates", "quotes", "events".
-- An article without an id gets sources.text_id(text, url): a hash of its
-- text (and url), the same in every split of a corpus and on every machine.
-- stdin is read once: its lines are copied to a temporary file as they are
-- read, and later walks read that copy.
local lfs = require "lfs"
local core = require "kimput.core"
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

-- size: the whole size when known (a regular file, a JSON line), else nil.
local function too_large(size, limit)
  return ("larger than the limit of %d bytes (%sraise it with --max-bytes or max_bytes)"):format(
    limit, size and size .. " bytes; " or "")
end

-- Reads a file of at most limit bytes: a regular file's size (known from
-- the walk) is checked before reading; anything else (a FIFO given by name)
-- is read up to limit + 1 bytes. Returns text, or nil and a reason.
local function read_file(path, limit, size)
  if size and size > limit then return nil, too_large(size, limit) end
  local fh, err = io.open(path, "rb")
  if not fh then return nil, "cannot read: " .. err end
  local text, rerr = fh:read(limit + 1)
  fh:close()
  if rerr then return nil, "cannot read: " .. path .. ": " .. tostring(rerr) end
  text = text or ""
  if #text > limit then return nil, too_large(nil, limit) end  -- the rest stays unread
  return text
end

function M.is_jsonl(path)
  local lower = path:lower()
  return lower:match("%.jsonl$") or lower:match("%.ndjson$")
end

local yield = coroutine.yield

-- The item of one article file.
local function file_item(path, id, limit, size)
  local text, err = read_file(path, limit, size)
  if not text then return { error = err, source = path, id = id, bytes = size or 0 } end
  return { text = text, id = id, path = path, source = path, bytes = #text }
end

-- Yields item unless take (when there is one) refuses its bytes.
local function offer(take, item)
  if not take or take(item.bytes) then yield(item) end
end

local function yield_file(path, id, limit, size, take)
  if not take or take(size) then yield(file_item(path, id, limit, size)) end
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
  line = jsonl.chomp(line)
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

-- A line (or false and the size of one over the limit) as a walk with take
-- gets it: when it is not blank and take refuses its bytes, true and its size.
local function offered(take, line, size)
  if take and line ~= nil and (line == false or line:find("%S")) then
    local bytes = line and #line or size
    if not take(bytes) then return true, bytes end
  end
  return line, size
end

--- The lines of fh, each with its line break, read a block at a time so
-- that a line longer than limit is passed over without being held in
-- memory: it comes back as false and its length. A read error ends the
-- lines with nil, message. With take, a line that is not blank is offered
-- first (take(its bytes)); one refused comes back as true and its length,
-- neither copied into a Lua string nor looked at by Lua (core.line_reader:
-- a worker of kimput extract -j passes over most lines).
function M.bounded_lines(fh, limit, take)
  local reader = core.line_reader(fh, limit, take)
  return function() return reader:next() end
end

-- next_line: lines as bounded_lines gives them, refused ones (take) as true.
local function yield_lines(next_line, name, normalize_published, limit, take)
  local lineno = 0
  while true do
    local line, extra = next_line()
    if line == nil then
      if extra then offer(take, { error = "cannot read: " .. tostring(extra), source = name, bytes = 0 }) end
      return
    end
    lineno = lineno + 1
    if line == false then
      yield({ error = "record " .. too_large(extra, limit), source = name .. ":" .. lineno, bytes = extra })
    elseif line ~= true then
      yield(line_item(line, name .. ":" .. lineno, lineno, normalize_published))
    end
  end
end

---------------------------------------------------------------- stdin, once

-- The lines of stdin; the first walk copies them to a temporary file, later
-- walks read the copy (and go on reading stdin where an earlier walk stopped).
-- A line over the limit is not copied: the copy holds a blank line in its
-- place, and spool.over remembers its size by position.
local function stdin_lines(state)
  local limit = state.max_bytes or math.maxinteger
  state.next_stdin = state.next_stdin or M.bounded_lines(state.stdin, limit)
  local spool = state.spool
  if spool == nil then
    local fh = io.tmpfile()
    spool = fh and { fh = fh, size = 0, eof = false, over = {} } or false
    state.spool = spool
  end
  if spool == false then
    if state.stdin_used then
      error("kimput.corpus: stdin was read by an earlier query and no temporary file could keep it", 0)
    end
    state.stdin_used = true
    return state.next_stdin
  end
  local pos = 0
  return function()
    if pos < spool.size then
      spool.fh:seek("set", pos)
      local line = spool.fh:read("L")
      local over = spool.over[pos]
      pos = pos + #line
      if over then return false, over end
      return line
    end
    if spool.eof then return nil end
    local line, extra = state.next_stdin()
    if line == nil then
      spool.eof = true
      return nil, extra
    end
    spool.fh:seek("end")
    if line == false then spool.over[spool.size] = extra end
    local copy = line or "\n"
    spool.fh:write(copy)
    spool.size = spool.size + #copy
    pos = spool.size
    return line, extra
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
-- order, and fail(dir, message) for a folder that cannot be listed. A .txt
-- entry that cannot be examined (a dangling link) or is not a regular file
-- gets visit(full_path, id, nil, reason).
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
    elseif name:lower():match("%.txt$") then
      local id = prefix .. name:gsub("%.[Tt][Xx][Tt]$", "")
      if kind == "file" then
        visit(full, id, size)
      elseif kind then
        visit(full, id, nil, "not a regular file (a FIFO, socket or device)")
      else
        visit(full, id, nil, tostring(size):gsub("^.-: ", "") .. " (a dangling link?)")
      end
    end
  end
end

local function yield_path(path, state, normalize_published, take)
  local limit = state.max_bytes or math.maxinteger
  if path == "-" then
    local next_stdin = stdin_lines(state)  -- read and copied whole: offered once read
    return yield_lines(function() return offered(take, next_stdin()) end, "stdin", normalize_published, limit, take)
  end
  local kind, size_or_err, ident = stat(path)
  if not kind then
    offer(take, { error = "cannot open: " .. size_or_err, source = path, bytes = 0 })
  elseif kind == "directory" then
    walk((path:gsub("(.)/+$", "%1")), "", { [ident] = true },
      function(full, id, size, problem)
        if problem then
          offer(take, { error = "cannot read: " .. problem, source = full, id = id, bytes = 0 })
        else
          yield_file(full, id, limit, size, take)
        end
      end,
      function(dir, message) offer(take, { error = "cannot list: " .. message, source = dir, bytes = 0 }) end)
  elseif M.is_jsonl(path) then
    local fh, oerr = io.open(path, "rb")
    if not fh then
      offer(take, { error = "cannot read: " .. oerr, source = path, bytes = 0 })
    else
      yield_lines(M.bounded_lines(fh, limit, take), path, normalize_published, limit, take)
      fh:close()
    end
  else
    -- a path named on its own may be a FIFO (<(...) in a shell): read, bounded
    yield_file(path, (basename(path):gsub("%.[^.]+$", "")), limit, kind == "file" and size_or_err or nil, take)
  end
end

--- Iterates over the items (see the top) of every path in order; take
-- (optional): offered every item but blank lines first, see the top.
function M.items(paths, state, normalize_published, take)
  return coroutine.wrap(function()
    for _, path in ipairs(paths) do yield_path(path, state, normalize_published, take) end
  end)
end

--- Total size in bytes of what the paths hold (for progress bars), or nil
-- when a source has no known size (stdin).
function M.total_bytes(paths)
  local total = 0
  local function add(_, _, size) total = total + (size or 0) end
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
