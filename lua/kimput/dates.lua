--- kimput.dates: temporal expressions (docs/output.md, dates) and named days.
--
-- doc:dates() -> list of {text, start, stop, kind, value, zone?, mod?, anchor}
--   every temporal expression in doc:body_spans(), in text order; offsets are
--   1-based inclusive into the text; kind is "date", "time", "duration" or
--   "set"; value is TIMEX3 (2023-05-09, 2023-05, 2023, 199, 2023-W19,
--   2022-08-15T09:15, P35Y, PXY, XXXX-WXX-1); zone ("+07:00") when written;
--   mod "START"/"MID"/"END" for awal/pertengahan/akhir; anchor is true when
--   the value used the reference date. Vague references (kini, saat ini,
--   baru-baru ini, di masa depan: PRESENT_REF, PAST_REF, FUTURE_REF, with
--   vague = true) are reported only when parsed with opts.vague = true:
--   whether to mark them is an annotator's call (docs/output.md).
-- doc:reference() -> the reference date string: opts.published, else
--   doc:meta().published when page metadata exists, else nil (values then
--   keep X parts: XXXX-05-09).
-- doc:occasions() -> list of {text, start, stop, name, value}: named days
--   (Hari Kemenangan, HUT RI, Natal...) from lexicon/holidays.lua, value
--   the year written after the name, else the reference year with the
--   six-month rule of a day and month without a year; after "malam" the
--   eve ("malam tahun baru": 31 December).
--   Not part of doc:dates(): the gold does not mark them.
-- kimput.date(s [, reference]) -> the item for one string, or nil: a page
--   timestamp ("Senin, 15 Agustus 2022 | 09:15 WIB"), an ISO date, a
--   named day ("Hari Kemenangan 2023"); the longest expression in s wins.
-- kimput.dates.holiday{name =, month =, day = [, aliases =, except =, since =, countries =]}
--   adds a named day; kimput.dates.holidays is the list.
local core = require "kimput.core"
local document = require "kimput.document"
local holidays = require "kimput.lexicon.holidays"
local Document = core.Document

local M = { holidays = holidays }

-- "2023-05-10" / "2023-05-10T09:15" -> 2023, 5, 10
local function ymd(ref)
  if ref == nil then return nil end
  local y, m, d = ref:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  return tonumber(y), tonumber(m), tonumber(d)
end

local function check_reference(ref, who)
  if ref ~= nil and not document.valid_iso(ref) then
    error(("%s: reference must be an ISO date like 2023-05-10 (got %s)"):format(who, tostring(ref)), 3)
  end
end

function Document:reference()
  local published = document.opts(self).published
  if published then return published end
  local cache = self:_cache()
  if type(self.meta) ~= "function" or cache.reference_busy then return nil end
  cache.reference_busy = true  -- meta may itself ask for dates
  local ok, meta = pcall(self.meta, self)
  cache.reference_busy = nil
  local p = ok and type(meta) == "table" and meta.published or nil
  if type(p) == "string" and document.valid_iso(p) then return p end
  if type(p) == "string" and document.valid_iso(p:sub(1, 10)) then return p:sub(1, 10) end
  return nil
end

-- ymd of the last reference read: a corpus gives most documents the same one
local last_ref, last_y, last_m, last_d

local function find_dates(doc, cache)
  local opts = cache.opts
  local ref = opts and opts.published or doc:reference()
  if ref ~= last_ref then
    last_ref, last_y, last_m, last_d = ref, ymd(ref)
  end
  return core.dates(doc, cache.stage_spans or document.spans(doc), last_y, last_m, last_d,
    opts ~= nil and opts.vague == true)
end

function Document:dates()
  return document.memo(self, "dates", find_dates)
end

---------------------------------------------------------------- named days

--- Adds a named day: {name = "Hari Buruh", month = 5, day = 1, aliases = {...}}.
function M.holiday(h)
  if type(h) ~= "table" or type(h.name) ~= "string" or h.name == "" then
    error("kimput.dates.holiday: needs {name = \"...\", month = M, day = D}", 2)
  end
  local m, d = math.tointeger(h.month), math.tointeger(h.day)
  if not m or not d or not document.valid_iso(("2000-%02d-%02d"):format(m, d)) then
    error(("kimput.dates.holiday: %q needs a valid month and day"):format(h.name), 2)
  end
  holidays[#holidays + 1] = { name = h.name, month = m, day = d, aliases = h.aliases or {}, except = h.except,
                              since = math.tointeger(h.since), countries = h.countries }
  return holidays[#holidays]
end

local function is_word_byte(c) return c ~= "" and c:match("[%w\128-\255]") ~= nil end

-- The year of a named day (month m, day d) written without one: R's year,
-- unless that falls more than six months after R, then the year before (the
-- rule of every day and month without a year: a letter for Hari Kemerdekaan
-- read in January is last August's).
local function occasion_year(ry, rm, rd, m, d)
  if not ry then return nil end
  if m - rm > 6 or (m - rm == 6 and d > rd) then return ry - 1 end
  return ry
end

-- The day before y-m-d (y may be nil: a year-less day keeps its X year).
local function day_before(y, m, d)
  local t = os.date("!*t", os.time({ year = y or 2001, month = m, day = d, hour = 12 }) - 86400)
  return y and t.year or nil, t.month, t.day
end

-- "malam" before a name at s (any case, on the same line): the name's eve. Returns its start, or nil.
local function eve_start(lower, first, s)
  local ms = s - 6
  if ms >= first and lower:sub(ms, s - 1) == "malam " and not is_word_byte(lower:sub(ms - 1, ms - 1)) then
    return ms
  end
  return nil
end

-- The countries the gazetteer knows: lexicon/countries.lua and every entity's country
-- (Rusia, Korea Utara...), by canonical name; built again when the gazetteer changes.
local country_set, country_gen
local function countries()
  local entities = require "kimput.entities"
  if country_gen ~= entities.generation() then
    country_set, country_gen = {}, entities.generation()
    for _, e in ipairs(require "kimput.lexicon.countries") do country_set[e.name] = true end
    for _, e in ipairs(entities.list()) do if e.country then country_set[e.country] = true end end
  end
  return country_set, entities
end

-- The country written right after a named day, from byte pos on ("Hari Kemerdekaan Filipina",
-- "Hari Kemenangan Korea Utara", "HUT RI ke-79 Amerika Serikat"): its canonical name, or nil.
-- A name of one to three capitalised words; an Indonesian city or regency is no country.
local function country_after(text, pos, last)
  local set, entities = countries()
  local from = text:match("^%s+()%u", pos)
  if not from then return nil end
  local ends, p = {}, from
  for _ = 1, 3 do
    local e = text:match("^%u[%w%-]*()", p)
    if not e or e - 1 > last then break end
    ends[#ends + 1] = e - 1
    p = text:match("^%s+()%u", e)
    if not p then break end
  end
  for n = #ends, 1, -1 do
    local hit = entities.lookup(text:sub(from, ends[n]))
    if hit and hit.kind == "place" and set[hit.name] then return hit.name end
  end
  return nil
end

-- Is a named day of the holiday h, ending at byte stop, another nation's: a country not h's
-- written after it ("Hari Kemerdekaan Filipina" is not Indonesia's 17 August), or a count
-- from h's first year that falls after next year ("Hari Kemerdekaan ke-248": not 1945's)?
local function another_nations(h, text, stop, last, counted_year, ref_year)
  if counted_year and ref_year and counted_year > ref_year + 1 then return true end
  if not h.countries then return false end
  local c = country_after(text, stop + 1, last)
  if not c then return false end
  for _, own in ipairs(h.countries) do if own == c then return false end end
  return true
end

-- Named days in text[first..last]: list of {text, start, stop, name, value}.
local function find_occasions(text, lower, first, last, ref_year, ref_month, ref_day)
  local found = {}
  for _, h in ipairs(holidays) do
    local names = { h.name }
    for _, a in ipairs(h.aliases or {}) do names[#names + 1] = a end
    for _, name in ipairs(names) do
      local pat = name:lower()
      local pos = first
      while true do
        local s, e = lower:find(pat, pos, true)
        if not s or e > last then break end
        pos = s + 1
        -- "malam Natal", "malam tahun baru": the eve, written in any case after "malam"
        local eve = eve_start(lower, first, s)
        local ok = not is_word_byte(text:sub(s - 1, s - 1)) and not is_word_byte(text:sub(e + 1, e + 1))
          and (text:sub(s, s):match("%u") ~= nil or eve ~= nil)
        local next_word = lower:match("^%s+([%w]+)", e + 1)
        for _, x in ipairs(h.except or {}) do if next_word == x then ok = false end end
        if ok then
          local year, stop, counted = nil, e, nil
          local yy, ye = text:match("^%s+(%d%d%d%d)()", e + 1)
          if yy and ye - 1 <= last and not is_word_byte(text:sub(ye, ye)) then
            year, stop = tonumber(yy), ye - 1
          end
          -- "HUT RI ke-80": the count of a day first held in a known year says the year
          local nth, ne = text:match("^%s+[Kk]e%-?(%d%d?%d?)()", e + 1)
          if not year and h.since and nth and ne - 1 <= last and not is_word_byte(text:sub(ne, ne)) then
            year, stop = h.since + tonumber(nth), ne - 1
            counted = year
          end
          local m, d = h.month, h.day
          if another_nations(h, text, stop, last, counted, ref_year) then ok = false end
          if ok and eve then  -- the day before; without a written year the eve's own day takes the six-month rule
            year, m, d = day_before(year, m, d)
            s = eve
          end
          if ok then
            year = year or occasion_year(ref_year, ref_month, ref_day, m, d)
            local value = ("%s-%02d-%02d"):format(year and ("%04d"):format(year) or "XXXX", m, d)
            found[#found + 1] = { text = text:sub(s, stop), start = s, stop = stop,
                                  name = eve and "Malam " .. h.name or h.name, value = value }
          end
        end
      end
    end
  end
  -- text order; of overlapping names the longer one
  table.sort(found, function(a, b)
    if a.start ~= b.start then return a.start < b.start end
    return a.stop > b.stop
  end)
  local out, last_stop = {}, 0
  for _, o in ipairs(found) do
    if o.start > last_stop then out[#out + 1] = o; last_stop = o.stop end
  end
  return out
end

function Document:occasions()
  return document.memo(self, "occasions", function(doc)
    local text = doc:text()
    local lower = text:lower()
    local ry, rm, rd = ymd(doc:reference())
    local out = {}
    for _, span in ipairs(doc:body_spans()) do
      for _, o in ipairs(find_occasions(text, lower, span[1], span[2], ry, rm, rd)) do out[#out + 1] = o end
    end
    return out
  end)
end

--- kimput.date(s [, reference]) -> item | nil
function M.date(s, reference)
  if type(s) ~= "string" then
    error(("kimput.date: expects a string (got %s)"):format(type(s)), 2)
  end
  check_reference(reference, "kimput.date")
  local y, m, d = ymd(reference)
  local ok, item = pcall(core.date, s, y, m, d)
  if not ok then error("kimput.date: " .. tostring(item):gsub("^[^:]*:%d+: ", ""), 2) end
  local occ = find_occasions(s, s:lower(), 1, #s, y, m, d)[1]
  -- a named day wins over an expression as long ("HUT RI ke-80": the day, not the count)
  if occ and (not item or occ.stop - occ.start >= item.stop - item.start) then
    return { text = occ.text, start = occ.start, stop = occ.stop, kind = "date", value = occ.value,
             name = occ.name, anchor = y ~= nil and not occ.text:match("%d%d%d%d$") }
  end
  return item
end

--- The grammar's own word table (months, weekdays, numbers), to check against the lexicons.
M.words = core.date_words

return M
