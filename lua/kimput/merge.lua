--- kimput.merge: one item per real event and per utterance across documents.
-- Twenty outlets reporting the same letter give one event with count 20.
--
--   local merge = require "kimput.merge"   -- also kimput.merge
--   local events = merge.events(corpus:events())   -- Rows of merged events
--   local quotes = merge.quotes(corpus:quotes())   -- Rows of merged quotes
--   (corpus:merged_events{...} and corpus:merged_quotes{...} do both steps)
--
-- Events are the same event when they have the same type, the same parties
-- (names compared as kimput.query.fold_name does; unordered for meetings and
-- calls, sender then recipient for letters and messages) and compatible
-- dates: the same day; a vaguer date (2023-05, 2023-W19, 2023) joins the one
-- dated event it covers, and stays apart when it covers several or none; an
-- undated event joins the only event of its kind and parties, if there is
-- exactly one.
--
-- Quotes are the same utterance when one speaker said identical words
-- (compared without case, punctuation and spacing), or nearly identical ones:
-- at least 90% of the words in common (Dice coefficient over words) when
-- the first or last three words agree.
--
-- A merged row has the fields of its kind (the most frequent value of each
-- among its items: text, cue, occasion, ...) and:
--   count             how many items (mentions in documents) were merged
--   sources           {id, outlet, url, published} per item, oldest first
--   first_published, last_published   the first and last article dates
--   outlets           the distinct outlets, most frequent first
--   items             the rows that were merged (the unmerged view)
--   id, url, published  those of the first source
-- Merging does not depend on the order of the rows it is given.
local query = require "kimput.query"

local M = {}

---------------------------------------------------------------- helpers

local function str_lt(a, b)
  if a == b then return false end
  if a == nil then return false end  -- nil last
  if b == nil then return true end
  return tostring(a) < tostring(b)
end

-- The most frequent non-nil value of field among rows; ties go to the
-- smallest value, so the result does not depend on row order.
local function most_frequent(rows, field)
  local counts, best, best_n = {}, nil, 0
  for _, r in ipairs(rows) do
    local v = r[field]
    if v ~= nil and type(v) ~= "table" then
      local n = (counts[v] or 0) + 1
      counts[v] = n
      if n > best_n or (n == best_n and str_lt(v, best)) then best, best_n = v, n end
    end
  end
  return best
end

local function source_of(row)
  return { id = row.id, outlet = row.outlet, url = row.url, published = row.published }
end

local function by_publication(a, b)
  if a.published ~= b.published then return str_lt(a.published, b.published) end
  return str_lt(a.id, b.id)
end

-- Copies the common fields of a cluster's items and adds count, sources, ...
local function summarise(items, fields)
  local row = {}
  for _, f in ipairs(fields) do row[f] = most_frequent(items, f) end
  local srcs = {}
  for i, it in ipairs(items) do srcs[i] = source_of(it) end
  table.sort(srcs, by_publication)
  row.count = #items
  row.sources = srcs
  row.items = query.rows(items)
  row.id, row.url, row.published = srcs[1].id, srcs[1].url, srcs[1].published
  row.first_published = srcs[1].published
  for i = #srcs, 1, -1 do
    if srcs[i].published ~= nil then
      row.last_published = srcs[i].published
      break
    end
  end
  local outlets = query.count(items, "outlet")
  row.outlets = {}
  for _, c in ipairs(outlets) do
    if c.key ~= nil then row.outlets[#row.outlets + 1] = c.key end
  end
  return row
end

-- Sorts rows by a list of string keys computed once per row.
local function sort_by_keys(rows, key_of)
  local keys = {}
  for _, r in ipairs(rows) do keys[r] = key_of(r) end
  table.sort(rows, function(a, b) return keys[a] < keys[b] end)
  return rows
end

-- Adds row to the list of key in groups, keys keeping the first-seen order.
local function add_to(groups, keys, key, row)
  local g = groups[key]
  if not g then
    g = {}
    groups[key] = g
    keys[#keys + 1] = key
  end
  g[#g + 1] = row
end

local function fold(name)
  return name and query.fold_name(name) or ""
end

---------------------------------------------------------------- events

local UNORDERED = { meeting = true, call = true }

-- The parties of an event as a key: type, then the folded names.
local function event_key(e)
  local a, b = fold(e.sender), fold(e.recipient)
  if UNORDERED[e.type] and b < a then a, b = b, a end
  return tostring(e.type or "") .. "\0" .. a .. "\0" .. b
end

-- The number of the first element of the sorted list `days` that is >= x.
local function lower_bound(days, x)
  local lo, hi = 1, #days + 1
  while lo < hi do
    local mid = (lo + hi) // 2
    if days[mid] < x then lo = mid + 1 else hi = mid end
  end
  return lo
end

local EVENT_FIELDS = { "type", "sender", "recipient", "date", "occasion", "rule" }

-- Merges the events of one kind and parties (see the top for the rules).
local function merge_group(events, out)
  local by_day, days = {}, {}
  local vague, vague_order, undated = {}, {}, {}
  -- the same day: one cluster per day number
  for _, e in ipairs(events) do
    local lo, hi = query.date_interval(e.date)
    e._lo, e._hi = lo, hi
    if lo and lo == hi then add_to(by_day, days, lo, e) end
  end
  table.sort(days)
  -- a vaguer date joins the one day it covers; else a cluster per value
  for _, e in ipairs(events) do
    if e._lo and e._lo ~= e._hi then
      local first = lower_bound(days, e._lo)
      local last = lower_bound(days, e._hi + 1) - 1
      if last == first then
        local c = by_day[days[first]]
        c[#c + 1] = e
      else
        add_to(vague, vague_order, e._lo .. ":" .. e._hi, e)
      end
    elseif not e._lo then
      undated[#undated + 1] = e
    end
  end
  local clusters = {}
  for _, d in ipairs(days) do clusters[#clusters + 1] = by_day[d] end
  for _, k in ipairs(vague_order) do clusters[#clusters + 1] = vague[k] end
  if #undated > 0 then
    if #clusters == 1 then
      for _, e in ipairs(undated) do clusters[1][#clusters[1] + 1] = e end
    else
      clusters[#clusters + 1] = undated
    end
  end
  for _, c in ipairs(clusters) do
    -- the date: the most frequent among the narrowest dates of the cluster
    local narrow, width = {}, math.huge
    for _, e in ipairs(c) do
      if e._lo and e._hi - e._lo < width then width = e._hi - e._lo end
    end
    for _, e in ipairs(c) do
      if e._lo and e._hi - e._lo == width then narrow[#narrow + 1] = e end
    end
    for _, e in ipairs(c) do e._lo, e._hi = nil, nil end
    local row = summarise(c, EVENT_FIELDS)
    row.date = most_frequent(narrow, "date")
    out[#out + 1] = row
  end
end

--- Merges event rows (as corpus:events() returns them): Rows of merged
-- events in date order (undated last), each with count and sources.
function M.events(rows)
  local groups, keys = {}, {}
  for _, e in ipairs(rows) do add_to(groups, keys, event_key(e), e) end
  table.sort(keys)
  local out = query.rows({})
  for _, k in ipairs(keys) do
    local g = groups[k]
    sort_by_keys(g, function(e)
      return tostring(e.date or "") .. "\0" .. tostring(e.published or "") .. "\0" .. tostring(e.id or "")
    end)
    merge_group(g, out)
  end
  for _, r in ipairs(out) do r._day = query.date_interval(r.date) or math.huge end
  query.sort(out, "_day", "date", "type", "sender", "recipient")
  for _, r in ipairs(out) do r._day = nil end
  return out
end

---------------------------------------------------------------- quotes

--- The words of a text for comparison: lower case, punctuation (ASCII and
-- the General Punctuation block: dashes, curly quotes, ellipsis) as spaces.
function M.words(text)
  local s = tostring(text or ""):lower()
  s = s:gsub("\226\128[\144-\191]", " "):gsub("%p", " ")
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  return words
end

-- Dice coefficient over the word multisets of a and b.
local function dice(a, b)
  local n = #a + #b
  if n == 0 then return 1 end
  local bag = {}
  for _, w in ipairs(a) do bag[w] = (bag[w] or 0) + 1 end
  local common = 0
  for _, w in ipairs(b) do
    local k = bag[w]
    if k and k > 0 then
      bag[w] = k - 1
      common = common + 1
    end
  end
  return 2 * common / n
end
M.similarity = function(a, b) return dice(M.words(a), M.words(b)) end

local NEAR = 0.9      -- Dice over words for nearly identical quotes
local BLOCK = 3       -- words at either end that must agree to compare two quotes
local MAX_CANDIDATES = 8

local QUOTE_FIELDS = { "speaker", "text", "kind", "cue", "via" }

--- Merges quote rows (as corpus:quotes() returns them): Rows of merged
-- quotes, most repeated first, then by speaker and date.
function M.quotes(rows)
  local prepared = {}
  for i, q in ipairs(rows) do
    local words = M.words(q.text)
    prepared[i] = { row = q, words = words, speaker = fold(q.speaker), norm = table.concat(words, " ") }
  end
  sort_by_keys(prepared, function(p)
    return p.speaker .. "\0" .. p.norm .. "\0" .. tostring(p.row.published or "") .. "\0" .. tostring(p.row.id or "")
  end)
  local exact, blocks, clusters = {}, {}, {}
  for _, p in ipairs(prepared) do
    local key = p.speaker .. "\0" .. p.norm
    local c = exact[key]
    if not c and #p.words > BLOCK then
      local head = p.speaker .. "\0<" .. table.concat(p.words, " ", 1, BLOCK)
      local tail = p.speaker .. "\0>" .. table.concat(p.words, " ", #p.words - BLOCK + 1, #p.words)
      for _, bkey in ipairs({ head, tail }) do
        for _, cand in ipairs(blocks[bkey] or {}) do
          if dice(cand.words, p.words) >= NEAR then c = cand; break end
        end
        if c then break end
      end
      if not c then
        c = { words = p.words, rows = {} }
        for _, bkey in ipairs({ head, tail }) do
          local list = blocks[bkey] or {}
          blocks[bkey] = list
          if #list < MAX_CANDIDATES then list[#list + 1] = c end
        end
      end
    end
    if not c then c = { words = p.words, rows = {} } end
    if not exact[key] then exact[key] = c end
    if #c.rows == 0 then clusters[#clusters + 1] = c end
    c.rows[#c.rows + 1] = p.row
  end
  local out = query.rows({})
  for _, c in ipairs(clusters) do
    local row = summarise(c.rows, QUOTE_FIELDS)
    row.date = row.first_published
    local variants = {}
    for _, q in ipairs(c.rows) do variants[q.text or ""] = true end
    row.variants = 0
    for _ in pairs(variants) do row.variants = row.variants + 1 end
    out[#out + 1] = row
  end
  return query.sort(out, "-count", "speaker", "date", "text")
end

return M
