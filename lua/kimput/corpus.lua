--- kimput.corpus: many articles, parsed lazily one at a time, and the
-- queries reports are made of.
--
--   local kimput = require "kimput"
--   local c = kimput.corpus("articles/")           -- .txt files, recursively, in sorted order
--   local c = kimput.corpus("articles.jsonl")      -- JSON Lines {"id","url","published","text"}
--   local c = kimput.corpus("records.jsonl")       -- or the records `kimput extract` wrote
--   local c = kimput.corpus({"a.txt", "more/", "-"})  -- a list; "-" is JSON Lines on stdin
--   local c = kimput.corpus(src, {published = "2023-05-10", invalid = "replace", progress = fn})
--     published: the reference date of documents that do not carry one
--     invalid:   "error" (default: the file becomes an error record) or "replace"
--     progress:  fn(docs, bytes, total_bytes, finished) after every item of a walk
--                (also c:on_progress(fn))
--     max_bytes: the largest document read (default 20 MiB, kimput.corpus.MAX_BYTES;
--                a number or "512K", "20M", "1G"); a larger file or JSON line becomes
--                an error record without being read into memory
--
--   for doc, info in c:docs() do ... end   -- info: id, path, url, published, source, bytes
--   c:each(function(doc, info) ... end)    -- the same; an error in fn becomes an error record
--   for rec in c:records() do ... end      -- one extraction record per document
--   for item in c:walk() do local doc, info = c:open_item(item) ... end
--                                          -- one item at a time, as docs() (kimput extract -j)
--   c:errors()                             -- list of {source =, id =, reason =}
--
--   c:quotes{speaker =, from =, to =, contains =}   -- Rows of quotes
--   c:dates{kind = "date", from =, to =}            -- Rows of date expressions
--   c:events{type = "letter", party = "Kim"}        -- Rows of events
--   c:events{between = {"Kim", "Putin"}}            -- either way round
--   c:documents{outlet = "ANTARA"}                  -- Rows, one per document, meta flattened
--   c:query{events = true, quotes = {speaker = "Kim"}}  -- several in one walk
--   c:merged_events{...}, c:merged_quotes{...}      -- merged across documents (kimput.merge)
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
-- Records: the queries read extraction records (what `kimput extract`
-- writes) as they read articles, without parsing again, so `kimput extract`
-- is a mapper and a query over its output the reduce. docs(), each() and
-- kwic() need the text and skip records with an error record.
--
-- Memory: a query walks the corpus once, keeping only the rows it returns;
-- each document is closed as soon as its rows are taken. A directory is listed
-- when the walk reaches it. stdin ("-") is read once, into a temporary file
-- that later walks read again (kimput.sources).
local core = require "kimput.core"
-- kimput.query (and the name lexicons it loads) when a query runs: the
-- parent of `kimput extract -j` opens a corpus and starts its workers
-- without them.
local function query() return require "kimput.query" end
local jsonl = require "kimput.writers.jsonl"
local document = require "kimput.document"
local sources = require "kimput.sources"

local M = { sources = sources }

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
  if opts.progress ~= nil and opts.progress ~= false and type(opts.progress) ~= "function" then
    error("kimput.corpus: progress must be a function or false", 2)
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
  local progress = opts.progress
  if progress == nil and M.default_progress then progress = M.default_progress() end
  return setmetatable({
    paths = paths_copy,
    published = opts.published,
    invalid = opts.invalid,
    -- stdin and its copy, the size limit (kimput.sources)
    state = { stdin = opts.stdin or io.stdin, max_bytes = max_bytes },
    progress = progress or nil,
    error_list = {},
    error_seen = {},
  }, Corpus)
end

--- When set, a function returning the progress hook of every corpus opened
-- without a `progress` option (`kimput run` sets it to a line on stderr).
M.default_progress = nil

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

---------------------------------------------------------------- walks and progress

-- Iterates over the raw items (article, record, error or blank line) of
-- every path; take (optional) is offered each item's bytes first, and the
-- items it refuses are passed over unread (kimput.sources: a worker of
-- kimput extract -j reads only what it takes).
function Corpus:items(take)
  return sources.items(self.paths, self.state, M.normalize_published, take)
end

--- Total size in bytes of what the corpus reads (for progress bars), or nil
-- when a source has no known size (stdin).
function Corpus:total_bytes()
  return sources.total_bytes(self.paths)
end

--- Sets the progress hook: fn(docs, bytes, total_bytes, finished) is called
-- after every item of a walk and once more with finished = true at its end
-- (total_bytes is nil for stdin). nil or false removes it.
function Corpus:on_progress(fn)
  if fn ~= nil and fn ~= false and type(fn) ~= "function" then
    error("corpus:on_progress: give a function", 2)
  end
  self.progress = fn or nil
  return self
end

-- The items of one walk (blank lines left out), with the progress hook
-- told of each.
function Corpus:walk()
  local items = self:items()
  local hook = self.progress
  local total = hook and self:total_bytes()
  local docs, bytes, ended = 0, 0, false
  return function()
    while true do
      if core.interrupted() then return nil end  -- a stopped run reads no further
      local item = items()
      if not item then
        if hook and not ended then
          ended = true
          hook(docs, bytes, total, true)
        end
        return nil
      end
      if hook then
        if not item.error and not item.skip then docs = docs + 1 end
        bytes = bytes + (item.bytes or 0)
        hook(docs, bytes, total, false)
      end
      if not item.skip then return item end
    end
  end
end

---------------------------------------------------------------- documents

-- Records why an article could not be parsed; for a text that is not valid
-- UTF-8, where: the first bad byte of the text and its line in the input.
function Corpus:parse_error(item, err)
  local reason = tostring(err):gsub("^kimput%.parse: ", "")
  local byte = tonumber(reason:match("^invalid UTF%-8 at byte (%d+)"))
  local where
  if byte then  -- the hint of kimput.parse is for its own option; errors() says how here
    reason = ("invalid UTF-8 at byte %d of the text"):format(byte)
    where = { byte = byte, line = item.line or select(2, item.text:sub(1, byte - 1):gsub("\n", "")) + 1 }
  end
  self:add_error(item.source, item.id, "cannot parse: " .. reason, where)
end

local function info_of(item, published)
  return {
    id = item.id, path = item.path, url = item.url, published = published,
    source = item.source, bytes = #item.text,
  }
end

-- What one item of a walk gives: on_record(item) for an extraction record,
-- on_doc(doc, item, published) for a parsed article, each returning the
-- values to yield or nil; nothing for an item that failed (then an error
-- record). One item at a time, so that a worker of kimput extract -j can
-- take the items of every N-th block of a walk and treat them as the whole
-- walk would.
function Corpus:convert_item(item, on_record, on_doc)
  if item.error then
    self:add_error(item.source, item.id, item.error)
  elseif item.record then
    return on_record(item)
  else
    local published = item.published or self.published
    local ok, doc = pcall(M.parse_item, item, published, self.invalid)
    if ok then return on_doc(doc, item, published) end
    self:parse_error(item, doc)
  end
  return nil
end

-- Iterates over what a walk gives: convert_item for every item.
function Corpus:convert(on_record, on_doc)
  local items = self:walk()
  return function()
    for item in items do
      local a, b = self:convert_item(item, on_record, on_doc)
      if a ~= nil then return a, b end
    end
    return nil
  end
end

-- docs() and open_item(): an extraction record holds no text to parse.
local function record_without_text(self, item)
  self:add_error(item.source, item.id, "an extraction record holds no text: " ..
    "queries and reports read it, documents need the articles")
end

local function doc_and_info(doc, item, published)
  return doc, info_of(item, published)
end

--- Iterates over the parsed documents: for doc, info in c:docs() do ... end.
-- Articles that cannot be read or parsed become error records and are
-- skipped, and so do extraction records (they hold no text to parse).
-- info = {id, path, url, published, source, bytes}.
function Corpus:docs()
  return self:convert(function(item) return record_without_text(self, item) end, doc_and_info)
end

--- The document of one item of a walk and its info, as docs() would give
-- them, or nil when the item gives none (then an error record).
function Corpus:open_item(item)
  return self:convert_item(item, function(it) return record_without_text(self, it) end, doc_and_info)
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
      if type(k) == "string" and not known[k] and not query().FILTERS[k] then pending[k] = true end
    end
  end
  local keep = query().predicate(filter)
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
        query().check_key(what, "filter key", k, known, query().FILTERS, 4)
      end
    end
  end
end

local function has_method(method)
  return type(core.Document[method]) == "function"
end

---------------------------------------------------------------- records

--- The features an extraction record holds, in order (each only when the
-- build has the method).
M.FEATURES = { "meta", "dates", "quotes", "events" }

--- One extraction record for a document: id, path, url, published (the
-- reference date), bytes (of the text), and meta, dates, quotes, events as
-- the document offers them (only `features` when given; meta always). An
-- error in a feature is raised (the caller records it).
function M.record(doc, info, features)
  info = info or {}
  local opts = doc:options()
  local rec = {
    id = info.id or opts.id, path = info.path or opts.path, url = info.url or opts.url,
    published = M.reference(doc), bytes = #doc:text(),
  }
  local wanted
  if features then
    wanted = { meta = true }
    for _, f in ipairs(features) do wanted[f] = true end
  end
  for _, feature in ipairs(M.FEATURES) do
    if (not wanted or wanted[feature]) and has_method(feature) then rec[feature] = doc[feature](doc) end
  end
  if rec.meta then
    local meta = jsonl.object({})
    for k, v in pairs(rec.meta) do meta[k] = v end
    rec.meta = meta
  end
  return rec
end

--- Iterates over extraction records, one per document: articles are parsed
-- (features: the list of features to extract, default all), the records
-- `kimput extract` wrote are taken as they are. Failures become error records.
function Corpus:records(features)
  return self:convert(function(item)
    local rec = item.record
    if rec.published == nil and type(rec.meta) == "table" then rec.published = rec.meta.published end
    return rec
  end, function(doc, item, published)
    local ok, rec = pcall(M.record, doc, info_of(item, published), features)
    close(doc)
    if ok then return rec end
    self:add_error(item.source, item.id, tostring(rec))
  end)
end

---------------------------------------------------------------- queries

-- The fields every row carries from its document's record.
local function record_fields(rec)
  local meta = type(rec.meta) == "table" and rec.meta or {}
  return {
    id = rec.id, path = rec.path, url = rec.url,
    published = rec.published or meta.published, outlet = meta.outlet,
  }
end

-- How each item query dates its rows.
local DATE_OF = {
  quotes = function(_, fields) return fields.published end,   -- the article's date
  dates = function(item) return item.value end,               -- the expression's value
  events = function(item) return item.date end,               -- the event's own date
}

local function document_row(rec, fields)
  local row = {}
  if type(rec.meta) == "table" then
    for k, v in pairs(rec.meta) do row[k] = v end
  end
  for _, k in ipairs(DOC_FIELDS) do row[k] = fields[k] end
  row.date = row.published
  row.bytes = rec.bytes
  return row
end

--- Several queries in one walk: spec = {quotes = filter, events = filter,
-- dates = filter, documents = filter} (any of them; `true` for no filter).
-- Returns a table with a Rows value for each kind asked.
function Corpus:query(spec)
  if type(spec) ~= "table" then error("corpus:query: give a table of {kind = filter}", 2) end
  local kinds, keep, note, out, features = {}, {}, {}, {}, {}
  for kind, filter in pairs(spec) do
    if not DATE_OF[kind] and kind ~= "documents" then
      error(("corpus:query: no query named %q (quotes, dates, events, documents)"):format(tostring(kind)), 2)
    end
    if kind ~= "documents" then
      if not has_method(kind) then
        error(("corpus:%s: this build of kimput has no doc:%s()"):format(kind, kind), 2)
      end
      features[#features + 1] = kind
    end
    kinds[#kinds + 1] = kind
    keep[kind], note[kind] = checked_filter("corpus:" .. kind, kind, filter ~= true and filter or nil)
    out[kind] = query().rows({}, M.FIELDS[kind])
  end
  table.sort(kinds)
  for rec in self:records(features) do
    local fields = record_fields(rec)
    for _, kind in ipairs(kinds) do
      local rows, pass, seen = out[kind], keep[kind], note[kind]
      if kind == "documents" then
        local row = document_row(rec, fields)
        seen(row)
        if pass(row) then rows[#rows + 1] = row end
      else
        local date_of = DATE_OF[kind]
        for _, item in ipairs(rec[kind] or {}) do
          seen(item)
          local row = {}
          for k, v in pairs(item) do row[k] = v end
          for _, k in ipairs(DOC_FIELDS) do
            if row[k] == nil then row[k] = fields[k] end
          end
          row.date = date_of(item, fields)
          if pass(row) then rows[#rows + 1] = row end
        end
      end
    end
  end
  for _, kind in ipairs(kinds) do note[kind](nil) end
  return out
end

local function one(self, kind, filter)
  local ok, res = pcall(self.query, self, { [kind] = filter or true })
  if not ok then error(res, 3) end
  return res[kind]
end

--- Quotes as rows; `date` is the article's reference date.
function Corpus:quotes(filter) return one(self, "quotes", filter) end

--- Date expressions as rows; `date` is the expression's value.
function Corpus:dates(filter) return one(self, "dates", filter) end

--- Events as rows; `date` is the event's own date (nil when not said).
function Corpus:events(filter) return one(self, "events", filter) end

--- One row per document: id, path, url, published (= date), bytes, and the
-- fields of its meta (outlet, headline, sources, ...).
function Corpus:documents(filter) return one(self, "documents", filter) end

--- Events merged across documents (kimput.merge.events): one row per real
-- event with count and sources.
function Corpus:merged_events(filter)
  return require("kimput.merge").events(one(self, "events", filter))
end

--- Quotes merged across documents (kimput.merge.quotes): one row per
-- utterance of a speaker with count and sources.
function Corpus:merged_quotes(filter)
  return require("kimput.merge").quotes(one(self, "quotes", filter))
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
    query().check_key("corpus:kwic", "option", k, { width = true, plain = true, ignore_case = true })
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
  local out = query().rows({}, M.FIELDS.kwic)
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

-- kimput.corpus(...) is kimput.corpus.open(...)
return setmetatable(M, { __call = function(_, ...) return M.open(...) end })
