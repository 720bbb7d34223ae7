--- Document methods written in Lua, and the helpers other features share:
-- memo(doc, key, fn) caches a result on the document, valid_iso checks dates.
local core = require "kimput.core"
local Document = core.Document

local M = {}

--- Returns fn(doc, cache), computed once per document and kept in its
-- cache (fn gets the cache table too: it need not ask the document again).
function M.memo(doc, key, fn)
  local cache = doc:_cache()
  local v = cache[key]
  if v == nil then
    v = fn(doc, cache)
    cache[key] = v
  end
  return v
end

local DAYS = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function check_iso(s)
  local y, m, d, rest = s:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)(.*)$")
  if not y then return false end
  y, m, d = tonumber(y), tonumber(m), tonumber(d)
  if m < 1 or m > 12 or d < 1 or d > DAYS[m] then return false end
  if m == 2 and d == 29 and not (y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0)) then return false end
  if rest == "" then return true end
  local hh, mm = rest:match("^T(%d%d):(%d%d)")
  if not hh then return false end
  local tail = rest:sub(7)
  return tonumber(hh) < 24 and tonumber(mm) < 60 and (tail == "" or tail:match("^:%d%d$") ~= nil)
end

local last_valid  -- the last string found valid: a corpus gives most documents the same date

--- Is s an ISO date (YYYY-MM-DD) or date-time (YYYY-MM-DDTHH:MM[:SS]) that exists?
function M.valid_iso(s)
  if type(s) ~= "string" then return false end
  if s == last_valid then return true end
  local ok = check_iso(s)
  if ok then last_valid = s end
  return ok
end

--- The options the document was parsed with (a copy).
function Document:options()
  local o = {}
  for k, v in pairs(M.opts(self)) do o[k] = v end
  return o
end

function Document:id() return M.opts(self).id end

--- The tokens as a list of {text=, kind=, start=, stop=} (a convenience:
-- doc:tokens() iterates without building tables).
function Document:token_list()
  local text, list = self:text(), {}
  for start, stop, kind in self:tokens() do
    list[#list + 1] = { text = text:sub(start, stop), kind = kind, start = start, stop = stop }
  end
  return list
end

--- The sentences as a list of {text=, start=, stop=}.
function Document:sentence_list()
  local text, list = self:text(), {}
  for start, stop in self:sentences() do
    list[#list + 1] = { text = text:sub(start, stop), start = start, stop = stop }
  end
  return list
end

-- Document:body_spans() (the spans later stages scan) is defined by kimput.page.

--- The body spans the stages (dates, mentions, quotes, events) read, made
-- once per document: one kimput.Spans userdata (page:packed_spans()) that
-- their C functions read as they read a list of {start, stop} tables, with
-- .headline_start/.headline_stop; no table per line (doc:body_spans() is
-- that list, for analysts).
function M.spans(doc)
  local cache = doc:_cache()
  local spans = cache.stage_spans
  if not spans then
    spans = doc:_packed_spans(cache)
    cache.stage_spans = spans
  end
  return spans
end

--- The options the document was parsed with, not copied (read only).
-- (cache: the document's, when the caller has it already: one C call fewer)
local NO_OPTS = setmetatable({}, { __newindex = function() error("document options are read only", 2) end })
function M.opts(doc, cache)
  return (cache or doc:_cache()).opts or NO_OPTS
end

return M
