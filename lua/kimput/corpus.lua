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
--   c:documents{outlet = "ANTARA"}                  -- Rows, one per document, meta flattened
--   c:kwic("surat", {width = 40, plain = true, ignore_case = true})
--                                                   -- Rows {id, left, match, right, start, stop}
--   kimput.corpus.record(doc, info)  -- the record `kimput extract` writes for a document
--
-- Every row also carries its document's id, path, url, outlet and published
-- (the reference date); a quote's `date` is its article's date, an event's
-- its own, a date expression's its value. Filters, sort, group_by and count
-- are in kimput.query (rows:where, rows:sort, ...).
--
-- Memory: a query walks the corpus once, keeping only the rows it returns;
-- each document is closed as soon as its rows are taken. A directory is listed
-- when the walk reaches it. stdin ("-") can be read only once.
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

function Corpus:add_error(source, id, reason)
  -- an interrupted run (kimput.output.run) is not a document's failure
  if core.interrupted() then return end
  local key = tostring(source) .. "\0" .. tostring(reason)
  if self.error_seen[key] then return end
  self.error_seen[key] = true
  self.error_list[#self.error_list + 1] = { source = source, id = id, reason = reason }
end

--- The documents that could not be read, parsed or processed so far, each
-- {source = "path" or "file.jsonl:12", id =, reason =}.
function Corpus:errors()
  local out = {}
  for i, e in ipairs(self.error_list) do out[i] = { source = e.source, id = e.id, reason = e.reason } end
  return out
end

---------------------------------------------------------------- sources

local function basename(path)
  return path:match("([^/]+)/*$") or path
end

local function too_large(size, limit)
  return ("larger than the limit of %d bytes (%d bytes; raise it with --max-bytes or max_bytes)"):format(
    limit, size)
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
  if #text > limit then return nil, too_large(#text, limit) end
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
              text = rec.text, id = id, source = where,
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

-- A folder's .txt entries are documents: one that cannot be examined (a
-- dangling link) or is not a regular file (a FIFO, a device) becomes an
-- error record rather than vanishing or blocking the walk.
local function walk(dir, prefix, visited, limit)
  local names, err = core.listdir(dir)
  if not names then
    coroutine.yield({ error = "cannot list: " .. err, source = dir })
    return
  end
  for _, name in ipairs(names) do
    if name:sub(1, 1) ~= "." then  -- .git, editor backups
      local full = dir .. "/" .. name
      local kind, size, ident = core.filekind(full)
      local is_txt = name:lower():match("%.txt$")
      local id = is_txt and prefix .. name:gsub("%.[Tt][Xx][Tt]$", "")
      if kind == "directory" then
        if not visited[ident] then
          visited[ident] = true
          walk(full, prefix .. name .. "/", visited, limit)
        end
      elseif is_txt and kind == "file" then
        yield_file(full, id, limit, size)
      elseif is_txt and kind == "other" then
        coroutine.yield({ error = "cannot read: not a regular file (a FIFO, socket or device)", source = full, id = id })
      elseif is_txt then
        coroutine.yield({ error = "cannot read: " .. tostring(size) .. " (a dangling link?)", source = full, id = id })
      end
    end
  end
end

local function yield_path(self, path)
  local limit = self.max_bytes
  if path == "-" then
    return yield_jsonl(self.stdin, "stdin", false, limit)
  end
  local kind, size_or_err, ident = core.filekind(path)
  if not kind then
    coroutine.yield({ error = "cannot open: " .. size_or_err, source = path })
  elseif kind == "directory" then
    walk((path:gsub("(.)/+$", "%1")), "", { [ident] = true }, limit)
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
  local function add_dir(dir, visited)
    local names = core.listdir(dir) or {}
    for _, name in ipairs(names) do
      if name:sub(1, 1) ~= "." then
        local full = dir .. "/" .. name
        local kind, size, ident = core.filekind(full)
        if kind == "directory" and not visited[ident] then
          visited[ident] = true
          add_dir(full, visited)
        elseif kind == "file" and name:lower():match("%.txt$") then
          total = total + size
        end
      end
    end
  end
  for _, path in ipairs(self.paths) do
    if path == "-" then return nil end
    local kind, size, ident = core.filekind(path)
    if kind == "directory" then add_dir(path, { [ident] = true })
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
        self:add_error(item.source, item.id, (tostring(doc):gsub("^kimput%.parse: ", "cannot parse: ")))
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

local function has_method(method)
  return type(core.Document[method]) == "function"
end

-- One pass: for every document, its items from doc:method() as rows that
-- pass the filter. date_of(row) sets the row's `date`.
function Corpus:collect(method, filter, date_of)
  if not has_method(method) then
    error(("corpus:%s: this build of kimput has no doc:%s()"):format(method, method), 3)
  end
  local keep = query.predicate(filter)
  local out = query.rows({})
  self:each(function(doc, info)
    local items = doc[method](doc)
    local fields = document_fields(doc, info)
    for _, item in ipairs(items or {}) do
      local row = {}
      for k, v in pairs(item) do row[k] = v end
      for _, k in ipairs(DOC_FIELDS) do
        if row[k] == nil then row[k] = fields[k] end
      end
      row.date = date_of(row, item, fields)
      if keep(row) then out[#out + 1] = row end
    end
  end)
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
  local keep = query.predicate(filter)
  local out = query.rows({})
  self:each(function(doc, info)
    local row = {}
    if type(doc.meta) == "function" then
      for k, v in pairs(doc:meta() or {}) do row[k] = v end
    end
    local fields = document_fields(doc, info)
    for _, k in ipairs(DOC_FIELDS) do row[k] = fields[k] end
    row.date = row.published
    row.bytes = info.bytes
    if keep(row) then out[#out + 1] = row end
  end)
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

--- Key word in context: every match of pattern (a Lua pattern; plain = true
-- for literal text) in the documents' body, with `width` characters (default
-- 40) of context on each side, line breaks shown as spaces. ignore_case
-- lowers the text (and a plain pattern): write Lua patterns in lower case.
function Corpus:kwic(pattern, opts)
  if type(pattern) ~= "string" or pattern == "" then
    error("corpus:kwic: pattern must be a non-empty string", 2)
  end
  opts = opts or {}
  local width = opts.width or 40
  if math.type(width) ~= "integer" or width < 0 then error("corpus:kwic: width must be a whole number >= 0", 2) end
  local plain, fold = opts.plain and true or false, opts.ignore_case and true or false
  if fold and plain then pattern = pattern:lower() end
  local ok, err = pcall(string.find, "", pattern, 1, plain)
  if not ok then error("corpus:kwic: bad pattern: " .. tostring(err):gsub("^.-:%d+: ", ""), 2) end
  local out = query.rows({})
  self:each(function(doc, info)
    local text = doc:text()
    local hay = fold and text:lower() or text
    local fields = document_fields(doc, info)
    local spans = type(doc.body_spans) == "function" and doc:body_spans() or { { 1, #text } }
    for _, span in ipairs(spans) do
      local pos, stop = span[1], span[2]
      while pos <= stop do
        local s, e = hay:find(pattern, pos, plain)
        if not s or e > stop then break end
        if e >= s then
          local left_from = back_chars(text, s, width, span[1])
          local right_to = forward_chars(text, e + 1, width, stop)
          out[#out + 1] = {
            id = fields.id, path = fields.path, url = fields.url, outlet = fields.outlet,
            published = fields.published, date = fields.published,
            left = (text:sub(left_from, s - 1):gsub("%s", " ")),
            match = text:sub(s, e),
            right = (text:sub(e + 1, right_to):gsub("%s", " ")),
            start = s, stop = e,
          }
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
