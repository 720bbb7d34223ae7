--- Page cleaning and metadata: which lines of a scraped news page are the
-- article, and what the page says about itself.
--
--   for start, stop, class in doc:lines() do ... end
--       every non-empty line, trimmed (1-based inclusive offsets), with its
--       class: body, headline, timestamp, dateline, caption, credit,
--       related, navigation, hashtags
--   doc:line_list()   -> { {text=, start=, stop=, class=}, ... }
--       (credit lines that state a fact also carry field= and value=)
--   doc:body()        -> the body lines joined by "\n", without a leading
--       masthead or dateline ("JAKARTA, KOMPAS.com -") and trailing initials ("[JP]")
--   doc:body_spans()  -> { {start, stop}, ... } the spans of the original text
--       that make up the body, one per body line; later stages scan only these
--   doc:meta()        -> { outlet=, published=, zone=, dateline=, headline=,
--       editor=, translator=, sources={...} } (absent when the page does not say)
--
-- The patterns are data: lua/kimput/lexicon/boilerplate.lua, extended with
-- kimput.boilerplate.add{...} (this module), compiled once in C (PCRE2, JIT).
-- The context rules here (a headline near the top, captions after it, short
-- page furniture before the first and after the last paragraph) are general
-- layout facts of news pages, not rules for particular sites.
local core = require "kimput.core"
local document = require "kimput.document"
local lexicon = require "kimput.lexicon.boilerplate"
local MONTHS = require "kimput.lexicon.months"
local WEEKDAYS = require "kimput.lexicon.weekdays"

local Document = core.Document
local M = {}

M.CLASSES = {
  body = true, headline = true, timestamp = true, dateline = true, caption = true,
  credit = true, related = true, navigation = true, hashtags = true,
}
local FIELDS = { editor = true, translator = true, sources = true, outlet = true, published = true }
local KINDS = { lines = "lines", prefix = "prefixes", suffix = "suffixes", source = "sources", published = "published" }

---------------------------------------------------------------- macros

local function alternation(words)
  local list = {}
  for w in pairs(words) do list[#list + 1] = w end
  table.sort(list, function(a, b) return #a > #b or (#a == #b and a < b) end)
  for i, w in ipairs(list) do list[i] = w:gsub("[%.%(%)%[%]%*%+%?%^%$|\\{}]", "\\%0") end
  return "(?i:" .. table.concat(list, "|") .. ")"
end

-- built on first use so that entries added to the month and weekday lexicons count
local function macros()
  local sp = [=[[\s\x{A0}]]=]
  local m = {
    sp = sp,
    dash = [[(?:--?|–|—)]],
    zone = [[(?:WITA|WIT|WIB)\b]],
    time = [[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?]],
    weekday = alternation(WEEKDAYS) .. [[\b]],
    month = alternation(MONTHS) .. [[\b]],
    place = [[\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){0,2}]],
    domain = [[[\p{L}\d][\p{L}\d-]*(?:\.\p{L}{2,6}){1,3}\b]],
  }
  m.date = [[\d{1,2}]] .. sp .. "+" .. m.month .. [[\.?]] .. sp .. [[+\d{4}]]
  m.source = "(?:" .. m.domain .. [[|\p{Ll}+com\b|\p{Lu}[\p{L}\d&'’-]*(?:]] .. sp ..
    [[+\p{Lu}[\p{L}\d&'’-]*){0,3})]]
  return m
end

local function expand(pattern, m)
  return (pattern:gsub("{(%l+)}", function(name)
    if not m[name] then error(("boilerplate pattern: unknown macro {%s} in %s"):format(name, pattern), 0) end
    return "(?:" .. m[name] .. ")"
  end))
end

---------------------------------------------------------------- compiled sets

local compiled  -- kind -> PatternSet, rebuilt after an add

local function compile()
  if compiled then return compiled end
  local m, sets = macros(), {}
  for _, key in pairs(KINDS) do
    local pats = {}
    for i, e in ipairs(lexicon[key]) do pats[i] = expand(e.pattern, m) end
    sets[key] = core.patterns(pats)
  end
  compiled = sets
  return sets
end

M.boilerplate = {}

--- kimput.boilerplate.add{class = "navigation", pattern = [[^Tonton juga\b]]}
-- Adds a rule and recompiles the rules once, at the next use. Fields as in
-- lexicon/boilerplate.lua; `kind` is "lines" (default), "prefix", "suffix",
-- "source" or "published"; `first = true` puts it before the shipped rules.
-- Documents already cleaned keep their results.
function M.boilerplate.add(rule)
  if type(rule) ~= "table" or type(rule.pattern) ~= "string" then
    error("boilerplate.add: expects a table with a string pattern", 2)
  end
  local key = KINDS[rule.kind or "lines"]
  if not key then error(("boilerplate.add: unknown kind %q"):format(tostring(rule.kind)), 2) end
  if key == "lines" and not M.CLASSES[rule.class] then
    error(("boilerplate.add: unknown class %q"):format(tostring(rule.class)), 2)
  end
  if rule.next ~= nil and not M.CLASSES[rule.next] then
    error(("boilerplate.add: unknown next class %q"):format(tostring(rule.next)), 2)
  end
  if rule.field ~= nil and not FIELDS[rule.field] then
    error(("boilerplate.add: unknown field %q"):format(tostring(rule.field)), 2)
  end
  local entry = {}
  for k, v in pairs(rule) do if k ~= "kind" and k ~= "first" then entry[k] = v end end
  -- compile it alone first, so that a bad pattern is reported here
  local ok, err = pcall(core.patterns, { expand(entry.pattern, macros()) })
  if not ok then error("boilerplate.add: " .. tostring(err):gsub("^pattern 1 ", "pattern "), 2) end
  table.insert(lexicon[key], rule.first and 1 or #lexicon[key] + 1, entry)
  compiled = nil
end

--- The rules of a kind ("lines" by default), as the lexicon holds them (read-only use).
function M.boilerplate.rules(kind)
  return lexicon[KINDS[kind or "lines"]]
end

---------------------------------------------------------------- line helpers

local function word_count(s)
  local n = 0
  for _ in s:gmatch("%S+") do n = n + 1 end
  return n
end

local CLOSERS = "[\"'%)%]\226\128\157\226\128\153]*"  -- " ' ) ] ” ’
local function ends_sentence(s)
  s = s:gsub("%s*[%[(][%w/ ]+[%])]$", "")  -- trailing initials or an agency: "... kecil. [AB]"
  return s:find("%." .. CLOSERS .. "$") ~= nil
end

-- A paragraph of the article: a sentence of some length, or a long line.
local function is_paragraph(line)
  if line.class ~= "body" then return false end
  local n = word_count(line.text)
  return (n >= 6 and (ends_sentence(line.text) or (n >= 15 and line.text:find("[!?]" .. CLOSERS .. "$"))))
    or n >= 30
end

-- "(kiri)", "(kanan)": a photo caption naming who stands where
local SIDES = { kiri = true, kanan = true, tengah = true, ["kiri ke kanan"] = true }
local function names_sides(s)
  for w in s:gmatch("%(([%a ]+)%)") do if SIDES[w:lower()] then return true end end
  return false
end

-- A title: a few capitalised words with no closing period or colon.
local function is_title(line)
  local n = word_count(line.text)
  return line.class == "body" and n >= 3 and n <= 30
    and not line.text:find("[%.:;,]$") and not line.text:find("^%l")
    and not names_sides(line.text)
end

local SKIPPED = { navigation = true, caption = true, credit = true, hashtags = true, related = true }

local function trim(s) return (s:gsub("^[%s\194\160]+", ""):gsub("[%s\194\160]+$", "")) end

---------------------------------------------------------------- classification

local function first_paragraph(list)
  for i, l in ipairs(list) do if is_paragraph(l) then return i end end
  return #list + 1
end

local function last_paragraph(list)
  for i = #list, 1, -1 do if is_paragraph(list[i]) then return i end end
  return 0
end

local function has_dateline(sets, line)
  local i, _, _, g = sets.prefixes:first(line.text)
  return i ~= nil and g.place ~= nil
end

local function mark_headlines(sets, list)
  local p = first_paragraph(list)
  for i = 1, p - 1 do
    local l = list[i]
    if is_title(l) then
      local repeated = false
      for j = 1, p - 1 do
        if j ~= i and list[j].text == l.text then repeated = true end
      end
      local j = i + 1
      while list[j] and SKIPPED[list[j].class] do j = j + 1 end
      local nxt = list[j]
      local followed = nxt and (nxt.class == "timestamp" or nxt.class == "dateline"
        or (j == p and has_dateline(sets, nxt)))
      if repeated or followed then
        for k = 1, p - 1 do if list[k].text == l.text then list[k].class = "headline" end end
      end
    end
  end
end

-- short descriptive lines just after the headline or page date: a photo caption
local function mark_captions(list)
  for i, l in ipairs(list) do
    if l.class == "headline" or l.class == "timestamp" then
      for j = i + 1, math.min(i + 3, #list) do
        local c = list[j]
        if c.class == "body" and word_count(c.text) <= 50
          and names_sides(c.text) then
          c.class = "caption"
        end
      end
    end
  end
end

-- Most words capitalised, as in the titles of a list of links.
local function headline_case(s)
  local n, upper = 0, 0
  for w in s:gmatch("%S+") do
    n = n + 1
    if w:find("^[%u%d\"'\226]") then upper = upper + 1 end
  end
  return n > 0 and upper >= 0.6 * n
end

-- page furniture: lines of a word or two before the first paragraph and
-- title-like lines after the last one (site names, menus, lists of links)
local function mark_furniture(list)
  local p, q = first_paragraph(list), last_paragraph(list)
  -- a text with no paragraph is a snippet, not a page: nothing surrounds an article
  if q == 0 then return end
  for i, l in ipairs(list) do
    if l.class == "body" then
      local n = word_count(l.text)
      if n == 1 and not l.text:find("%d") then l.class = "navigation"
      elseif i < p and n <= 3 then l.class = "navigation"
      elseif i > q and not ends_sentence(l.text) and (n <= 3 or headline_case(l.text)) then
        l.class = "navigation"
      end
    end
  end
end

local function classify(doc)
  local sets, rules = compile(), lexicon.lines
  local text = doc:text()
  local list = sets.lines:classify(doc)
  for _, l in ipairs(list) do
    l.text = text:sub(l.start, l.stop)
    local rule = rules[l.rule]
    l.class = rule and rule.class or "body"
    if rule and (rule.field or rule.class == "dateline") then
      local _, _, g = sets.lines:match(l.rule, l.text)
      l.groups = g
      if rule.field then
        l.field = rule.field
        l.value = g and g.value and trim(g.value) or nil
      end
    end
  end
  for i, l in ipairs(list) do
    local rule = rules[l.rule]
    local nxt = list[i + 1]
    -- a label's next line, unless it is a paragraph of the article
    if rule and rule.next and nxt and nxt.class == "body" and not is_paragraph(nxt) then
      nxt.class = rule.next
      if l.field and not l.value then l.value = nxt.text end
    end
    l.updated = rule and rule.updated or nil
    l.rule = nil
  end
  mark_headlines(sets, list)
  mark_captions(list)
  mark_furniture(list)
  return list
end

---------------------------------------------------------------- body and cuts

local function upper_words(s)  -- PYONGYANG -> Pyongyang, leaves Jakarta alone
  if s:find("%l") then return s end
  return (s:gsub("(%a)(%a*)", function(a, b) return a .. b:lower() end))
end

-- the body lines, their spans after the cuts, and what the cuts said
local function clean(doc)
  local sets = compile()
  local list = doc:line_list()
  local body, found = {}, {}
  for _, l in ipairs(list) do
    if l.class == "body" then body[#body + 1] = { start = l.start, stop = l.stop, text = l.text } end
  end
  -- a masthead or dateline at the start of the first paragraph
  local first
  for _, b in ipairs(body) do
    if is_paragraph({ class = "body", text = b.text }) then first = b; break end
  end
  first = first or body[1]
  if first then
    local i, _, stop, g = sets.prefixes:first(first.text)
    if i and stop < #first.text then
      found.outlet, found.place = g.outlet and trim(g.outlet), g.place and upper_words(trim(g.place))
      first.start = first.start + stop
      first.text = first.text:sub(stop + 1)
    end
  end
  -- initials at the end of the last line
  local last = body[#body]
  if last then
    local i, start, _, g = sets.suffixes:first(last.text)
    if i and start > 1 then
      found.initials = g.editor
      last.stop = last.start + start - 2
      last.text = last.text:sub(1, start - 1)
    end
  end
  return { lines = body, found = found }
end

local function cleaned(doc) return document.memo(doc, "page.clean", clean) end

function Document:line_list()
  return document.memo(self, "page.lines", classify)
end

function Document:lines()
  local list, i = self:line_list(), 0
  return function()
    i = i + 1
    local l = list[i]
    if l then return l.start, l.stop, l.class end
  end
end

-- (cached like every result: dates, mentions, quotes and events all read it)
function Document:body_spans()
  return document.memo(self, "page.body_spans", function(doc)
    local spans = {}
    for i, b in ipairs(cleaned(doc).lines) do spans[i] = { b.start, b.stop } end
    return spans
  end)
end

function Document:body()
  local parts = {}
  for i, b in ipairs(cleaned(self).lines) do parts[i] = b.text end
  return table.concat(parts, "\n")
end

---------------------------------------------------------------- dates of the page

local ZONES = { WIB = "+07:00", WITA = "+08:00", WIT = "+09:00" }
local SP = "[%s\194\160]+"

-- "Senin, 15 Agustus 2022 | 09:15 WIB" -> "2022-08-15T09:15", "+07:00"
local function parse_stamp(s)
  local y, mo, d, rest
  local a, b, yy, mm, dd = s:find("(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if a then y, mo, d, rest = yy, tonumber(mm), dd, s:sub(b + 1) end
  if not y then
    for day, name, year, stop in s:gmatch("(%d%d?)" .. SP .. "(%a+)%.?" .. SP .. "(%d%d%d%d)()") do
      if MONTHS[name:lower()] then
        y, mo, d, rest = year, MONTHS[name:lower()], day, s:sub(stop)
        break
      end
    end
  end
  if not y then
    local day, month, year, stop = s:match("(%d%d?)/(%d%d?)/(%d%d%d%d)()")
    if day then y, mo, d, rest = year, tonumber(month), day, s:sub(stop) end
  end
  if not y then return nil end
  local value = ("%s-%02d-%02d"):format(y, mo, tonumber(d))
  local hh, mi = rest:match("^[^%d]*(%d%d?)[:.](%d%d)")
  if hh and tonumber(hh) < 24 and tonumber(mi) < 60 then
    value = ("%sT%02d:%s"):format(value, tonumber(hh), mi)
  end
  if not document.valid_iso(value) then return nil end
  local zone = rest:match("%f[%a](WITA)%f[%A]") or rest:match("%f[%a](WIT)%f[%A]") or rest:match("%f[%a](WIB)%f[%A]")
  return value, zone and ZONES[zone]
end

local function published(list, body)
  for pass = 1, 2 do  -- the original publication before an update
    for _, l in ipairs(list) do
      if l.class == "timestamp" and (pass == 2) == (l.updated == true) then
        local v, zone = parse_stamp(l.text)
        if v then return v, zone end
      end
    end
  end
  local sets = compile()
  for _, b in ipairs(body) do
    for i = 1, sets.published:count() do
      local _, _, g = sets.published:match(i, b.text)
      if g then
        local v = ("%s-%02d-%02d"):format(g.year, tonumber(g.month), tonumber(g.day))
        if document.valid_iso(v) then return v end
      end
    end
  end
end

---------------------------------------------------------------- sources

-- "Reuters Senin" -> "Reuters": a weekday or month caught after the name goes
local function clean_source(s)
  s = trim(s):gsub("[%.,;:]+$", "")
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  while #words > 0 and (WEEKDAYS[words[#words]:lower()] or MONTHS[words[#words]:lower()]) do
    words[#words] = nil
  end
  return table.concat(words, " ")
end

local function sources(list, body)
  local sets, found = compile(), {}
  for _, b in ipairs(body) do
    for i = 1, sets.sources:count() do
      local init = 1
      while init <= #b.text do
        local s, e, g = sets.sources:match(i, b.text, init)
        if not s then break end
        local pos = b.start + s - 1
        if g.source then found[#found + 1] = { pos = pos, name = g.source } end
        if g.source2 then found[#found + 1] = { pos = pos + 0.5, name = g.source2 } end
        init = math.max(e, s) + 1
      end
    end
  end
  for _, l in ipairs(list) do
    if l.field == "sources" and l.value then
      for part in (l.value .. ","):gmatch("(.-)%s*[,;/]%s*") do
        for name in (part .. " dan "):gmatch("(.-)%s+dan%s+") do
          found[#found + 1] = { pos = l.start, name = name }
        end
      end
    end
  end
  table.sort(found, function(a, b) return a.pos < b.pos end)
  local out, seen = {}, {}
  for _, f in ipairs(found) do
    local name = clean_source(f.name)
    if name ~= "" and not seen[name:lower()] then
      seen[name:lower()] = true
      out[#out + 1] = name
    end
  end
  return out
end

---------------------------------------------------------------- meta

local function meta(doc)
  local list, c = doc:line_list(), cleaned(doc)
  local m = { outlet = c.found.outlet, dateline = c.found.place }
  local fields = {}
  for _, l in ipairs(list) do
    if l.field and l.value and l.value ~= "" and fields[l.field] == nil then fields[l.field] = l.value end
    if l.class == "headline" and not m.headline then m.headline = l.text end
    if l.class == "dateline" and l.groups and not m.dateline then
      m.dateline = l.groups.place and upper_words(trim(l.groups.place))
      m.outlet = m.outlet or (l.groups.outlet and trim(l.groups.outlet))
    end
  end
  m.outlet = m.outlet or fields.outlet
  m.editor = fields.editor or c.found.initials
  m.translator = fields.translator
  m.published, m.zone = published(list, c.lines)
  m.sources = sources(list, c.lines)
  return m
end

--- The page's metadata (a fresh copy each call; sources is a list).
function Document:meta()
  local m, copy = document.memo(self, "page.meta", meta), {}
  for k, v in pairs(m) do copy[k] = v end
  copy.sources = { table.unpack(m.sources) }
  return copy
end

M.parse_stamp = parse_stamp
return M
