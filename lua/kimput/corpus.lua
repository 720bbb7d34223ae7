--- kimput.corpus: many articles, parsed lazily one at a time, and the
-- queries reports are made of.
--
--   local kimput = require "kimput"
--   local c = kimput.corpus("articles/")           -- .txt files, recursively, in sorted order
--   local c = kimput.corpus("articles.jsonl")      -- JSON Lines {"id","url","published","text"}
--   local c = kimput.corpus({"a.txt", "more/", "-"})  -- a list; "-" is JSON Lines on stdin
--   local c = kimput.corpus(src, {published = "2023-05-10", invalid = "replace"})
--     published: the reference date of documents that do not carry one
--     invalid:   "error" (default: the file becomes an error record) or "replace"
--     max_bytes: the largest document read (default 20 MiB, kimput.corpus.MAX_BYTES;
--                a number or "512K", "20M", "1G"); a larger file or JSON line becomes
--                an error record without being read into memory
--
--   for doc, info in c:docs() do ... end   -- info: id, path, url, published, source, bytes
--   c:each(function(doc, info) ... end)    -- the same; an error in fn becomes an error record
--   c:errors()                             -- list of {source =, id =, reason =}
--
--   c:quotes{speaker =, from =, to =, contains =}   -- Rows of quotes
--   c:dates{kind = "date", from =, to =}            -- Rows of date expressions
--   c:events{type = "letter", party = "Kim"}        -- Rows of events
--   c:events{between = {"Kim", "Putin"}}            -- either way round
--   c:documents{outlet = "ANTARA"}                  -- Rows, one per document, meta flattened
--   c:kwic("surat", {width = 40, plain = true, ignore_case = true})
--   c:kwic(kimput.rule{name = "surat", pattern = [[surat\s+\w+]], flags = "i"})
--                                                   -- Rows {id, left, match, right, start, stop}
--   kimput.corpus.record(doc, info)  -- the record `kimput extract` writes for a document
--
-- Every row also carries its document's id, path, url, outlet and published
-- (the reference date); a quote's `date` is its article's date, an event's
-- its own, a date expression's its value. Filters, sort, group_by and count
-- are in kimput.query (rows:where, rows:sort, ...). A filter key outside
-- M.FIELDS of the query is an error naming the valid ones.
--
-- Memory: a query walks the corpus once, keeping only the rows it returns;
-- each document is closed as soon as its rows are taken. A directory is listed
-- when the walk reaches it. stdin ("-") can be read only once.
local lfs = require "lfs"
local core = require "kimput.core"
local query = require "kimput.query"
local jsonl = require "kimput.writers.jsonl"
local document = require "kimput.document"

local M = {}

--- The default size limit of one document, in bytes (20 MiB).
M.MAX_BYTES = 20 * 1024 * 1024

local SIZE_UNITS = { [""] = 1, k = 1024, m = 1024 ^ 2, g = 1024 ^ 3 }

--- A size as a number of bytes: a whole number, or a string "20000",
-- "512K", "20M", "1G" (binary units). Returns nil for anything else.
function M.parse_size(v)
  if math.type(v) == "integer" then return v >= 0 and v or nil end
  if type(v) == "number" then return (v >= 0 and v == math.floor(v) and v < 2 ^ 53) and math.tointeger(v) or nil end
  if type(v) ~= "string" then return nil end
  local digits, unit = v:match("^%s*(%d+)%s*([kKmMgG]?)[iI]?[bB]?%s*$")
  if not digits or #digits > 15 then return nil end
  return math.tointeger(tonumber(digits) * SIZE_UNITS[unit:lower()])
end

local Corpus = {}
Corpus.__index = Corpus
M.Corpus = Corpus

-- Dates in JSON feeds come as "2023-05-10 09:15:00+07:00" as often as in
-- the ISO form kimput.parse takes: keep date and time, drop zone and fraction.
function M.normalize_published(s)
  if type(s) ~= "string" then return s end
  s = s:match("^%s*(.-)%s*$")
  if s == "" then return nil end
  local date, rest = s:match("^(%d%d%d%d%-%d%d%-%d%d)(.*)$")
  if not date then return s end
  if rest == "" then return date end
  local hm, sec = rest:match("^[T ](%d%d:%d%d)(:?%d?%d?)")
  if not hm then return s end
  if sec ~= "" and not sec:match("^:%d%d$") then return s end
  local tail = rest:sub(#hm + #sec + 2)
  if tail == "" or tail:match("^%.%d+") or tail:match("^[Zz]$") or tail:match("^%s*[+-]%d%d:?%d%d$")
      or tail:match("^%.%d+[Zz+-]") then
    return date .. "T" .. hm .. sec
  end
  return s
end

--- Opens a corpus: a path (folder, .jsonl/.ndjson file, any other file read
-- as one article, "-" for JSON Lines on stdin) or a list of such paths.
function M.open(source, opts)
  local ts = type(source)
  if ts ~= "string" and ts ~= "table" then
    error(("kimput.corpus: give a path or a list of paths (got %s)"):format(ts), 2)
  end
  local paths = ts == "string" and { source } or source
  for i, p in ipairs(paths) do
    if type(p) ~= "string" then error(("kimput.corpus: path %d is not a string"):format(i), 2) end
  end
  if #paths == 0 then error("kimput.corpus: no paths given", 2) end
  opts = opts or {}
  if type(opts) ~= "table" then error("kimput.corpus: options must be a table", 2) end
  if opts.published ~= nil and not document.valid_iso(opts.published) then
    error(("kimput.corpus: published must be an ISO date like 2023-05-10 (got %q)"):format(
      tostring(opts.published)), 2)
  end
  if opts.invalid ~= nil and opts.invalid ~= "error" and opts.invalid ~= "replace" then
    error("kimput.corpus: invalid must be \"error\" or \"replace\"", 2)
  end
  local max_bytes = M.MAX_BYTES
  if opts.max_bytes ~= nil then
    max_bytes = M.parse_size(opts.max_bytes)
    if not max_bytes or max_bytes < 1 then
      error(("kimput.corpus: max_bytes must be a size in bytes like 20000000 or \"20M\" (got %q)"):format(
        tostring(opts.max_bytes)), 2)
    end
  end
  local paths_copy = {}
  for i, p in ipairs(paths) do paths_copy[i] = p end
  return setmetatable({
    paths = paths_copy,
    published = opts.published,
    invalid = opts.invalid,
    max_bytes = max_bytes,
    stdin = opts.stdin or io.stdin,
    error_list = {},
    error_seen = {},
  }, Corpus)
end

---------------------------------------------------------------- errors

-- where: optional {line =, byte =} (see Corpus:errors).
function Corpus:add_error(source, id, reason, where)
  -- an interrupted run (kimput.output.run) is not a document's failure
  if core.interrupted() then return end
  local key = tostring(source) .. "\0" .. tostring(reason)
  if self.error_seen[key] then return end
  self.error_seen[key] = true
  where = where or {}
  self.error_list[#self.error_list + 1] = {
    source = source, id = id, reason = reason, line = where.line, byte = where.byte,
  }
end

--- The documents that could not be read, parsed or processed so far, each
-- {source = "path" or "file.jsonl:12", id =, reason =, line =, byte =}.
-- For a text that is not valid UTF-8, byte is the first bad byte of the
-- text (1-based) and line its line in the whole input: in the file for a
-- .txt, the record's line for JSON Lines. Opening the corpus with
-- {invalid = "replace"} (kimput's --invalid replace) repairs such texts.
function Corpus:errors()
  local out = {}
  for i, e in ipairs(self.error_list) do
    out[i] = { source = e.source, id = e.id, reason = e.reason, line = e.line, byte = e.byte }
  end
  return out
end

---------------------------------------------------------------- sources

local function basename(path)
  return path:match("([^/]+)/*$") or path
end

-- size: the whole size when known (a regular file, a JSON line), else nil.
local function too_large(size, limit)
  return ("larger than the limit of %d bytes (%sraise it with --max-bytes or max_bytes)"):format(
    limit, size and size .. " bytes; " or "")
end

-- Reads a file of at most limit bytes: a regular file's size is known
-- before reading; anything else (a FIFO, a device given by name) is read
-- up to limit + 1 bytes. Returns text, or nil and a reason.
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

local function is_jsonl(path)
  local lower = path:lower()
  return lower:match("%.jsonl$") or lower:match("%.ndjson$")
end

-- Yields (through coroutine.yield) one item per article: either
-- {text =, id =, path =, url =, published =, source =} or {error =, source =, id =}.
local function yield_file(path, id, limit, size)
  local text, err = read_file(path, limit, size)
  if not text then
    coroutine.yield({ error = err, source = path, id = id })
  else
    coroutine.yield({ text = text, id = id, path = path, source = path })
  end
end

local BLOCK = 65536

-- The lines of fh without their line break, read a block at a time so that
-- a line longer than limit is passed over without being held in memory:
-- it comes back as false and its length. A read error ends the lines with
-- nil, message.
local function bounded_lines(fh, limit)
  local buf, pos, finished = "", 1, false
  return function()
    if finished then return nil end
    local parts, size, skipping = {}, 0, false
    while true do
      local nl = buf:find("\n", pos, true)
      local piece = buf:sub(pos, nl and nl - 1 or #buf)
      size = size + #piece
      if size > limit then
        skipping, parts = true, {}
      elseif not skipping then
        parts[#parts + 1] = piece
      end
      if nl then
        pos = nl + 1
        if skipping then return false, size end
        return table.concat(parts)
      end
      local block, err = fh:read(BLOCK)
      buf, pos = block or "", 1
      if not block then
        finished = true
        if err then return nil, err end
        if size == 0 and not skipping then return nil end
        if skipping then return false, size end
        return table.concat(parts)
      end
    end
  end
end

local function yield_jsonl(fh, name, close, limit)
  local lineno = 0
  local next_line = bounded_lines(fh, limit)
  while true do
    local line, extra = next_line()
    if line == nil then
      if extra then coroutine.yield({ error = "cannot read: " .. tostring(extra), source = name }) end
      break
    end
    lineno = lineno + 1
    local where = name .. ":" .. lineno
    if line == false then
      coroutine.yield({ error = "record " .. too_large(extra, limit), source = where })
    else
      line = line:gsub("\r$", "")
      if line:find("%S") then
        local rec, err = jsonl.decode(line)
        if type(rec) ~= "table" then
          coroutine.yield({ error = "not a JSON object: " .. tostring(err or type(rec)), source = where })
        else
          local id = rec.id ~= nil and tostring(rec.id) or where
          if type(rec.text) ~= "string" then
            coroutine.yield({ error = "no \"text\" string in the record", source = where, id = id })
          else
            coroutine.yield({
              text = rec.text, id = id, source = where, line = lineno,
              path = type(rec.path) == "string" and rec.path or nil,
              url = type(rec.url) == "string" and rec.url or nil,
              published = M.normalize_published(rec.published),
            })
          end
        end
      end
    end
  end
  if close then fh:close() end
end

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
-- (a FIFO, a device) is a document that cannot be read: visit(full_path,
-- id, nil, reason), so that it becomes an error record rather than
-- vanishing or blocking the walk.
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

local function yield_path(self, path)
  local limit = self.max_bytes
  if path == "-" then
    return yield_jsonl(self.stdin, "stdin", false, limit)
  end
  local kind, size_or_err, ident = stat(path)
  if not kind then
    coroutine.yield({ error = "cannot open: " .. size_or_err, source = path })
  elseif kind == "directory" then
    walk((path:gsub("(.)/+$", "%1")), "", { [ident] = true },
      function(full, id, size, problem)
        if problem then
          coroutine.yield({ error = "cannot read: " .. problem, source = full, id = id })
        else
          yield_file(full, id, limit, size)
        end
      end,
      function(dir, message) coroutine.yield({ error = "cannot list: " .. message, source = dir }) end)
  elseif is_jsonl(path) then
    local fh, oerr = io.open(path, "rb")
    if not fh then
      coroutine.yield({ error = "cannot read: " .. oerr, source = path })
    else
      yield_jsonl(fh, path, true, limit)
    end
  else
    -- a path named on its own may be a FIFO (<(...) in a shell): read, bounded
    yield_file(path, (basename(path):gsub("%.[^.]+$", "")), limit, kind == "file" and size_or_err or nil)
  end
end

-- Iterates over the raw items (text or error) of every path.
function Corpus:items()
  return coroutine.wrap(function()
    for _, path in ipairs(self.paths) do yield_path(self, path) end
  end)
end

--- Total size in bytes of the files the corpus reads (for progress bars),
-- or nil when a source has no known size (stdin).
function Corpus:total_bytes()
  local total = 0
  local function add(_, _, size) total = total + (size or 0) end
  local function skip() end
  for _, path in ipairs(self.paths) do
    if path == "-" then return nil end
    local kind, size, ident = stat(path)
    if kind == "directory" then walk(path, "", { [ident] = true }, add, skip)
    elseif kind == "file" then total = total + size end
  end
  return total
end

---------------------------------------------------------------- documents

--- Iterates over the parsed documents: for doc, info in c:docs() do ... end.
-- Articles that cannot be read or parsed become error records and are
-- skipped. info = {id, path, url, published, source, bytes}.
function Corpus:docs()
  local items = self:items()
  return function()
    if core.interrupted() then return nil end  -- a stopped run reads no further
    for item in items do
      if item.error then
        self:add_error(item.source, item.id, item.error)
      else
        local published = item.published or self.published
        local ok, doc = pcall(M.parse_item, item, published, self.invalid)
        if ok then
          return doc, {
            id = item.id, path = item.path, url = item.url, published = published,
            source = item.source, bytes = #item.text,
          }
        end
        local reason = tostring(doc):gsub("^kimput%.parse: ", "")
        local byte = tonumber(reason:match("^invalid UTF%-8 at byte (%d+)"))
        local where
        if byte then  -- the hint of kimput.parse is for its own option; errors() says how here
          reason = ("invalid UTF-8 at byte %d of the text"):format(byte)
          where = { byte = byte, line = item.line or select(2, item.text:sub(1, byte - 1):gsub("\n", "")) + 1 }
        end
        self:add_error(item.source, item.id, "cannot parse: " .. reason, where)
      end
    end
    return nil
  end
end

function M.parse_item(item, published, invalid)
  local kimput = require "kimput"
  return kimput.parse(item.text, {
    published = published, id = item.id, url = item.url, path = item.path, invalid = invalid,
  })
end

local function close(doc)
  local mt = getmetatable(doc)
  if mt and mt.__close then mt.__close(doc) end
end

--- Calls fn(doc, info) for every document, then closes the document (keep
-- results, not documents). An error in fn is recorded and the run goes on.
function Corpus:each(fn)
  for doc, info in self:docs() do
    local ok, err = pcall(fn, doc, info)
    close(doc)
    if not ok then self:add_error(info.source, info.id, tostring(err)) end
  end
  return self
end

--- The reference date of a document: doc:reference() when the dates
-- feature provides it, else the date the document was parsed with.
function M.reference(doc)
  if type(doc.reference) == "function" then
    local ok, r = pcall(doc.reference, doc)
    if ok and r ~= nil then return r end
  end
  return doc:options().published
end

-- The fields every row carries from its document.
local function document_fields(doc, info)
  local meta = {}
  if type(doc.meta) == "function" then meta = doc:meta() or {} end
  return {
    id = info.id, path = info.path, url = info.url,
    published = M.reference(doc) or meta.published, outlet = meta.outlet,
  }
end

local DOC_FIELDS = { "id", "path", "url", "published", "outlet" }

--- The fields of each query's rows (docs/output.md describes them): the
-- item's own, then those every row carries from its document. A filter,
-- sort or group key outside them is an error naming them; a key a feature
-- added without listing it here is accepted once some item has it.
M.FIELDS = {
  quotes = { "text", "start", "stop", "kind", "speaker", "speaker_span", "cue", "via", "unclosed", "part" },
  dates = { "text", "start", "stop", "kind", "value", "zone", "mod", "anchor" },
  events = { "type", "sender", "recipient", "date", "occasion", "planned", "start", "stop", "evidence",
             "mentions", "rule" },
  documents = { "zone", "dateline", "headline", "editor", "translator", "sources", "bytes" },
  kwic = { "left", "match", "right", "start", "stop" },
}
for _, list in pairs(M.FIELDS) do
  for _, f in ipairs(DOC_FIELDS) do list[#list + 1] = f end
  list[#list + 1] = "date"
end

-- A filter for a query of `kind`: the predicate, and a function(item) to
-- call on every item before filtering and then once with no item, which
-- raises for a key no declared field names and no item had.
local function checked_filter(what, kind, filter)
  local known = {}
  for _, f in ipairs(M.FIELDS[kind]) do known[f] = true end
  local pending = {}
  if type(filter) == "table" then
    for k in pairs(filter) do
      if type(k) == "string" and not known[k] and not query.FILTERS[k] then pending[k] = true end
    end
  end
  local keep = query.predicate(filter)
  if next(pending) == nil then return keep, function() end end
  local seen = {}
  return keep, function(item)
    if item then
      for k in pairs(item) do seen[k] = true end
      return
    end
    for k in pairs(pending) do
      if not seen[k] then
        for f in pairs(seen) do known[f] = true end
        query.check_key(what, "filter key", k, known, query.FILTERS, 4)
      end
    end
  end
end

local function has_method(method)
  return type(core.Document[method]) == "function"
end

-- One pass: for every document, its items from doc:method() as rows that
-- pass the filter. date_of(row) sets the row's `date`.
function Corpus:collect(method, filter, date_of)
  if not has_method(method) then
    error(("corpus:%s: this build of kimput has no doc:%s()"):format(method, method), 3)
  end
  local keep, note = checked_filter("corpus:" .. method, method, filter)
  local out = query.rows({}, M.FIELDS[method])
  self:each(function(doc, info)
    local items = doc[method](doc)
    local fields = document_fields(doc, info)
    for _, item in ipairs(items or {}) do
      note(item)
      local row = {}
      for k, v in pairs(item) do row[k] = v end
      for _, k in ipairs(DOC_FIELDS) do
        if row[k] == nil then row[k] = fields[k] end
      end
      row.date = date_of(row, item, fields)
      if keep(row) then out[#out + 1] = row end
    end
  end)
  note(nil)
  return out
end

--- Quotes as rows; `date` is the article's reference date.
function Corpus:quotes(filter)
  return self:collect("quotes", filter, function(_, _, fields) return fields.published end)
end

--- Date expressions as rows; `date` is the expression's value.
function Corpus:dates(filter)
  return self:collect("dates", filter, function(_, item) return item.value end)
end

--- Events as rows; `date` is the event's own date (nil when not said).
function Corpus:events(filter)
  return self:collect("events", filter, function(_, item) return item.date end)
end

--- One row per document: id, path, url, published (= date), and the fields
-- of doc:meta() when the build has it (outlet, headline, sources, ...).
function Corpus:documents(filter)
  local keep, note = checked_filter("corpus:documents", "documents", filter)
  local out = query.rows({}, M.FIELDS.documents)
  self:each(function(doc, info)
    local row = {}
    if type(doc.meta) == "function" then
      for k, v in pairs(doc:meta() or {}) do row[k] = v end
    end
    local fields = document_fields(doc, info)
    for _, k in ipairs(DOC_FIELDS) do row[k] = fields[k] end
    row.date = row.published
    row.bytes = info.bytes
    note(row)
    if keep(row) then out[#out + 1] = row end
  end)
  note(nil)
  return out
end

local function is_continuation(s, i)
  local b = s:byte(i)
  return b ~= nil and b >= 0x80 and b < 0xC0
end

-- The byte where the text `width` characters before position i starts (not before lo).
local function back_chars(s, i, width, lo)
  local n = 0
  while i > lo and n < width do
    i = i - 1
    if not is_continuation(s, i) then n = n + 1 end
  end
  while i > lo and is_continuation(s, i) do i = i - 1 end
  return i
end

-- The last byte of the `width` characters after position i (not after hi).
local function forward_chars(s, i, width, hi)
  local n = 0
  while i <= hi and is_continuation(s, i) do i = i + 1 end
  while i <= hi do
    if not is_continuation(s, i) then
      if n == width then break end
      n = n + 1
    end
    i = i + 1
  end
  return i - 1
end

-- The error Lua would raise for pattern p, found by reading it the way
-- Lua's own matcher does (lstrlib.c), or nil: a bad pattern is one error
-- before any document is read, not one per document.
local function lua_pattern_error(p)
  local n, i = #p, 1
  local captures, open = 0, {}   -- open: stack of capture numbers not yet closed
  local closed = {}
  local function set_end(j)      -- j: just after '['; returns the index after ']'
    if p:sub(j, j) == "^" then j = j + 1 end
    repeat
      if j > n then return nil end
      local c = p:sub(j, j)
      j = j + 1
      if c == "%" and j <= n then j = j + 1 end
    until p:sub(j, j) == "]"
    return j + 1
  end
  if p:sub(1, 1) == "^" then i = 2 end
  while i <= n do
    local c = p:sub(i, i)
    local single = false
    if c == "(" then
      captures = captures + 1
      if captures > 32 then return "too many captures" end
      if p:sub(i + 1, i + 1) == ")" then
        closed[captures] = true
        i = i + 2
      else
        open[#open + 1] = captures
        i = i + 1
      end
    elseif c == ")" then
      if #open == 0 then return "invalid pattern capture" end
      closed[table.remove(open)] = true
      i = i + 1
    elseif c == "%" then
      local d = p:sub(i + 1, i + 1)
      if d == "" then return "malformed pattern (ends with '%')" end
      if d == "b" then
        if i + 3 > n then return "missing arguments to '%b'" end
        i = i + 4
      elseif d == "f" then
        if p:sub(i + 2, i + 2) ~= "[" then return "missing '[' after '%f' in pattern" end
        i = set_end(i + 3)
        if not i then return "malformed pattern (missing ']')" end
      elseif d:match("%d") then
        local k = tonumber(d)
        if k == 0 or not closed[k] then return ("invalid capture index %%%d"):format(k) end
        i = i + 2
      else
        i, single = i + 2, true
      end
    elseif c == "[" then
      i = set_end(i + 1)
      if not i then return "malformed pattern (missing ']')" end
      single = true
    else
      i, single = i + 1, true
    end
    if single and p:sub(i, i):match("^[%*%+%-%?]$") then i = i + 1 end
  end
  if #open > 0 then return "unfinished capture" end
  return nil
end
M.lua_pattern_error = lua_pattern_error

-- A kwic row for the match [s, e] of text inside the body span [lo, hi].
local function kwic_row(fields, text, s, e, lo, hi, width)
  local left_from = back_chars(text, s, width, lo)
  local right_to = forward_chars(text, e + 1, width, hi)
  return {
    id = fields.id, path = fields.path, url = fields.url, outlet = fields.outlet,
    published = fields.published, date = fields.published,
    left = (text:sub(left_from, s - 1):gsub("%s", " ")),
    match = text:sub(s, e),
    right = (text:sub(e + 1, right_to):gsub("%s", " ")),
    start = s, stop = e,
  }
end

-- The kwic rows of a kimput.rule in one document: its matches, each with
-- context up to the ends of its body span.
local function kwic_rule(out, rule, doc, fields, width)
  local text, spans = doc:text(), doc:body_spans()
  local k = 1
  for _, m in ipairs(rule:scan(doc)) do
    local s, e = m.start, m.stop
    if s and e and e >= s then
      while spans[k] and spans[k][2] < s do k = k + 1 end
      local span = spans[k] or { 1, #text }
      out[#out + 1] = kwic_row(fields, text, s, e, math.min(span[1], s), math.max(span[2], e), width)
    end
  end
end

--- Key word in context: every match of pattern in the documents' body, with
-- `width` characters (default 40) of context on each side, line breaks
-- shown as spaces. pattern is a Lua pattern (plain = true for literal text;
-- ignore_case lowers the text and a plain pattern, ASCII only: write Lua
-- patterns in lower case) or a kimput.rule (PCRE2, Unicode; flags = "i" for
-- case folding, {PERSON} and the other macros). A bad pattern is an error
-- before any document is read.
function Corpus:kwic(pattern, opts)
  local rules = require "kimput.rules"
  local is_rule = getmetatable(pattern) == rules.Rule
  if not is_rule and (type(pattern) ~= "string" or pattern == "") then
    error("corpus:kwic: pattern must be a non-empty string (a Lua pattern) or a kimput.rule", 2)
  end
  opts = opts or {}
  if type(opts) ~= "table" then error("corpus:kwic: options must be a table", 2) end
  for k in pairs(opts) do
    query.check_key("corpus:kwic", "option", k, { width = true, plain = true, ignore_case = true })
  end
  local width = opts.width or 40
  if math.type(width) ~= "integer" or width < 0 then error("corpus:kwic: width must be a whole number >= 0", 2) end
  local plain, fold = opts.plain and true or false, opts.ignore_case and true or false
  if is_rule and (plain or fold) then
    error("corpus:kwic: plain and ignore_case are for Lua patterns (give the rule flags = \"i\")", 2)
  end
  if not is_rule then
    if fold and plain then pattern = pattern:lower() end
    local bad = not plain and lua_pattern_error(pattern)
    if bad then error(("corpus:kwic: bad pattern %q: %s"):format(pattern, bad), 2) end
  end
  local out = query.rows({}, M.FIELDS.kwic)
  self:each(function(doc, info)
    local fields = document_fields(doc, info)
    if is_rule then return kwic_rule(out, pattern, doc, fields, width) end
    local text = doc:text()
    local hay = fold and text:lower() or text
    local spans = type(doc.body_spans) == "function" and doc:body_spans() or { { 1, #text } }
    for _, span in ipairs(spans) do
      local pos, stop = span[1], span[2]
      while pos <= stop do
        local s, e = hay:find(pattern, pos, plain)
        if not s or e > stop then break end
        if e >= s then
          out[#out + 1] = kwic_row(fields, text, s, e, span[1], stop, width)
          pos = e + 1
        else
          pos = s + 1  -- an empty match: step over it
        end
      end
    end
  end)
  return out
end

--- The features an extraction record holds, in order (each only when the
-- build has the method).
M.FEATURES = { "meta", "dates", "quotes", "events" }

--- One extraction record for a document: id, path, url, published (the
-- reference date), and meta, dates, quotes, events as the document offers
-- them. An error in a feature is raised (the caller records it).
function M.record(doc, info)
  info = info or {}
  local opts = doc:options()
  local rec = {
    id = info.id or opts.id, path = info.path or opts.path, url = info.url or opts.url,
    published = M.reference(doc),
  }
  for _, feature in ipairs(M.FEATURES) do
    if type(doc[feature]) == "function" then rec[feature] = doc[feature](doc) end
  end
  if rec.meta then
    local meta = jsonl.object({})
    for k, v in pairs(rec.meta) do meta[k] = v end
    rec.meta = meta
  end
  return rec
end

-- kimput.corpus(...) is kimput.corpus.open(...)
return setmetatable(M, { __call = function(_, ...) return M.open(...) end })
