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
--                        (.headline_start/.headline_stop: the headline line above them)
--   doc:headline_span() -> start, stop of the headline line above the body, or nothing
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
local literals = require "kimput.literals"
local literals_cache = require "kimput.lexicon.literals_cache"
local runs = require "kimput.runs"
local runs_cache = require "kimput.lexicon.runs_cache"
local MONTHS = require "kimput.lexicon.months"
local WEEKDAYS = require "kimput.lexicon.weekdays"

local Document = core.Document
local record = core.record
local entities  -- kimput.entities, loaded at the first use (it is loaded after this module)
local M = {}

M.CLASSES = {
  body = true, headline = true, timestamp = true, dateline = true, caption = true,
  credit = true, related = true, navigation = true, hashtags = true,
}
local FIELDS = { editor = true, translator = true, sources = true, outlet = true, published = true, headline = true,
  relayed = true }
local KINDS = { lines = "lines", prefix = "prefixes", suffix = "suffixes", source = "sources", published = "published" }

---------------------------------------------------------------- macros

local function alternation(words)
  local list = {}
  for w in pairs(words) do list[#list + 1] = w end
  table.sort(list, function(a, b) return #a > #b or (#a == #b and a < b) end)
  local firsts, seen, guard = {}, {}, #list > 1
  for i, w in ipairs(list) do
    local first = w:match("^[\0-\127\194-\244][\128-\191]*")  -- its first character
    if not first then guard = false end
    if first and not seen[first] then
      seen[first] = true
      firsts[#firsts + 1] = first:gsub("[%]%[\\%^%-]", "\\%0")
    end
    list[i] = w:gsub("[%.%(%)%[%]%*%+%?%^%$|\\{}]", "\\%0")
  end
  table.sort(firsts)
  -- the lookahead of the names' first characters fails at once where no name
  -- can start (the alternation would try each name there); it allows nothing more
  return (guard and "(?=(?i:[" .. table.concat(firsts) .. "]))" or "") .. "(?i:" .. table.concat(list, "|") .. ")"
end

-- built on first use so that entries added to the month and weekday lexicons count
local function macros()
  local sp = [=[[\s\x{A0}]]=]
  local m = {
    sp = sp,
    -- (a hyphen with a letter on both sides joins a word, "Willem-Alexander": no dash)
    -- (three hyphens too, some sites' dash: "Kota, situs.com---Warga ...")
    dash = [[(?:---?|(?<!\p{L})-|-(?!\p{L})|–|—)]],
    -- (and the offset from GMT or UTC some sites write: "14:05 GMT+7", "GMT+07:00", "UTC")
    zone = [[(?:WITA|WIT|WIB|(?:GMT|UTC)(?:[\s\x{A0}]?[+-]\d{1,2}(?::?\d{2})?)?)\b]],
    time = [[\d{1,2}[:.]\d{2}(?:[:.]\d{2})?]],
    weekday = alternation(WEEKDAYS) .. [[\b]],
    month = alternation(MONTHS) .. [[\b]],
    -- whole words: a run of letters is never given back (what follows a
    -- place starts with no letter), which keeps a failing opening cheap
    -- (a hyphen or apostrophe inside a name, before a letter: "BOGOR--" is the place and a dash)
    place = [[\p{Lu}(?:\p{L}++|['’-](?=\p{L}))+(?: \p{Lu}(?:\p{L}++|['’-](?=\p{L}))+){0,2}]],
    domain = [[[\p{L}\d][\p{L}\d-]*+(?:\.[\p{L}\d-]{2,20}+){0,3}\.\p{L}{2,6}\b]],
  }
  m.date = [[\d{1,2}]] .. sp .. "+" .. m.month .. [[\.?]] .. sp .. [[+\d{4}]]
  m.numdate = [[\d{1,2}/\d{1,2}/\d{4}\b]]  -- 18/03/2024
  -- a site's section or channel where a masthead's place may stand ("Situs.com | Bisnis - ")
  m.section = [[(?i:berita(?:]] .. sp .. [[+\p{L}+)?|news|bisnis|ekonomi|ekbis|finance|keuangan|nasional|]] ..
    [[internasional|regional|daerah|dunia|global|politik|hukum|olahraga|sport|bola|otomotif|tekno|teknologi|]] ..
    [[sains|hiburan|seleb|lifestyle|gaya]] .. sp .. [[+hidup|kesehatan|health|travel|wisata|edukasi|pendidikan|]] ..
    [[opini|kolom|video|foto|megapolitan|metropolitan|trending|viral|terkini|populer|hot|update|info)(?=]] .. sp ..
    "*" .. m.dash .. ")"  -- (before the dash: "Bisnis - ", not "Bisnisku - ")
  -- (a lower-case *com name, "detikcom", or a channel's in camel case, "detikFinance"; an English-language
  -- name's link between its capitalised words, "Voice of America", "Times of India")
  m.source = "(?:" .. m.domain .. [[|\p{Ll}+com\b|\p{Ll}{3,}+\p{Lu}[\p{L}\d]*+|\p{Lu}[\p{L}\d&'’-]*(?:]] .. sp ..
    [[+(?:(?:of|on|for)]] .. sp .. [[+)?\p{Lu}[\p{L}\d&'’-]*){0,3})]]
  return m
end

local function expand(pattern, m)
  return (pattern:gsub("{(%l+)}", function(name)
    if not m[name] then error(("boilerplate pattern: unknown macro {%s} in %s"):format(name, pattern), 0) end
    return "(?:" .. m[name] .. ")"
  end))
end

---------------------------------------------------------------- compiled rules

-- the C rule set (lines, prefixes, suffixes, and the scan rules: sources,
-- published, as their indices among the set's scan rules); rebuilt after an add
local compiled

local C_KINDS = { lines = "line", prefixes = "prefix", suffixes = "suffix" }
-- matched by page:sources and page:published over the body lines that may hold them
local SCANS = { "sources", "published" }

-- the literals of each rule are declared to C (lines without them skip the
-- rule); off only to check that they change nothing (M.use_literals)
local use_literals = true

-- a run's set as C takes it: 32 bytes (the cache holds them in hex)
local function from_hex(s) return (s:gsub("%x%x", function(h) return string.char(tonumber(h, 16)) end)) end

-- adds a rule to the C set with the literals any match of it holds, and the
-- runs it opens or closes with
local function add_rule(set, kind, e, expanded, what)
  local flags = (e.updated and "u" or "") .. (e.next_paragraph and "p" or "") .. (e.short and "s" or "")
    .. (e.tail and "t" or "") .. (e.box == "open" and "o" or e.box == "close" and "c" or "")
    .. (e.ends == "soft" and "f" or e.ends and "e" or "")
  local ok, msg, off = set:add(kind, e.class, e.next, flags, expanded, kind == "line" and e.field or nil)
  if not ok then
    error(("boilerplate %s does not compile: %s at offset %d: %s"):format(what, msg, off, e.pattern), 0)
  end
  local index = set:count(kind)
  if use_literals then
    -- the shipped patterns' literals come analysed (tools/gen-literals-cache.lua)
    for _, r in ipairs(literals_cache[expanded] or literals.required(expanded)) do
      set:require(kind, index, r.at, r.strings)
    end
    local cached = runs_cache[expanded]
    if kind == "scan" then
      -- the bytes its matches may hold: C may start a search at the last other byte before its literals
      local span
      if cached then span = cached.span and from_hex(cached.span) else span = runs.span(expanded) end
      if span then set:require_span(index, span) end
    end
    -- (a scan rule's runs too: C reads them over the span it searches, "... (situs.com)" closing it)
    for _, r in ipairs(cached or runs.required(expanded)) do
      set:require_run(kind, index, r.at, cached and from_hex(r.run) or r.run, cached and from_hex(r.stop) or r.stop,
        r.min)
    end
    -- the run of digits every match holds (a time stamp's year): lines without one are not tried
    local digits = cached and (cached.digits or 0) or runs.digits(expanded)
    if digits > 0 then set:require_digits(kind, index, digits) end
  end
  return index
end

local function compile()
  if compiled then return compiled end
  local m = macros()
  local set = core.pageset()
  for key, kind in pairs(C_KINDS) do
    for i, e in ipairs(lexicon[key]) do
      add_rule(set, kind, e, expand(e.pattern, m), ("%s rule %d"):format(key, i))
    end
  end
  compiled = { set = set }
  for _, key in ipairs(SCANS) do
    -- a kind's scan rules are added one after the other: the range first..last
    -- (last = first - 1 for none)
    local first, last = set:count("scan") + 1, set:count("scan")
    for i, e in ipairs(lexicon[key]) do
      last = add_rule(set, "scan", {}, expand(e.pattern, m), ("%s rule %d"):format(key, i))
    end
    compiled[key] = { first = first, last = last }
  end
  return compiled
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
  if rule.box ~= nil and rule.box ~= "open" and rule.box ~= "close" then
    error(("boilerplate.add: box must be \"open\" or \"close\" (got %q)"):format(tostring(rule.box)), 2)
  end
  if rule.ends ~= nil and rule.ends ~= true and rule.ends ~= "soft" then
    error(("boilerplate.add: ends must be true or \"soft\" (got %q)"):format(tostring(rule.ends)), 2)
  end
  if rule.field ~= nil and not FIELDS[rule.field] then
    error(("boilerplate.add: unknown field %q"):format(tostring(rule.field)), 2)
  end
  local entry = {}
  for k, v in pairs(rule) do if k ~= "kind" and k ~= "first" then entry[k] = v end end
  -- compile it alone first, so that a bad pattern is reported here
  local ok, expanded = pcall(expand, entry.pattern, macros())
  if not ok then error("boilerplate.add: " .. tostring(expanded), 2) end
  local _, msg, off = core.rule_new(expanded, "", "boilerplate.add")
  if msg then
    error(("boilerplate.add: pattern does not compile: %s at offset %d: %s"):format(msg, off, entry.pattern), 2)
  end
  table.insert(lexicon[key], rule.first and 1 or #lexicon[key] + 1, entry)
  compiled = nil
end

--- Declare the rules' literals to C (default), or not: the classes must be
-- the same either way, only slower without (a check for the specs, or for
-- an analyst who suspects kimput.literals of hiding a match). Takes effect
-- at the next document.
function M.use_literals(on)
  use_literals = on and true or false
  compiled = nil
end

--- The patterns of a kind ("lines" by default) with their macros expanded,
-- as C and kimput.literals see them.
function M.boilerplate.expanded(kind)
  local m, out = macros(), {}
  for i, e in ipairs(lexicon[KINDS[kind or "lines"]]) do out[i] = expand(e.pattern, m) end
  return out
end

--- The rules of a kind ("lines" by default), as the lexicon holds them (read-only use).
function M.boilerplate.rules(kind)
  return lexicon[KINDS[kind or "lines"]]
end

---------------------------------------------------------------- classification (in C)

local function trim(s) return (s:gsub("^[%s\194\160]+", ""):gsub("[%s\194\160]+$", "")) end

-- the classified page: a C object read line by line, no table per line
-- (document.memo's work written out: this runs twice for every document;
-- cache: the document's, when the caller has it already)
local function page_of(doc, cache)
  cache = cache or doc:_cache()
  local page = cache["page.c"]
  if page == nil then
    page = core.page_classify(doc, (compiled or compile()).set)
    cache["page.c"] = page
  end
  return page
end

local function sub(page, start, stop) return start and trim(page:sub(start, stop)) or nil end

local function classify(doc)
  local page, rules = page_of(doc), lexicon.lines
  local list = {}
  for i = 1, page:count() do
    local start, stop, class, rule, vs, ve, _, _, flags = page:line(i)
    local l = { text = page:sub(start, stop), start = start, stop = stop, class = class }
    local r = rule and rules[rule]
    if r and r.field then
      l.field = r.field
      l.value = sub(page, vs, ve)
    end
    if flags & 16 ~= 0 then l.updated = true end
    list[i] = l
  end
  return list
end

function Document:line_list()
  return document.memo(self, "page.lines", classify)
end

function Document:lines()
  local page, i = page_of(self), 0
  return function()
    i = i + 1
    local start, stop, class = page:line(i)
    if start then return start, stop, class end
  end
end

local function body_spans(doc) return page_of(doc):body_spans() end
local function spans_of(doc)
  return document.memo(doc, "page.spans", body_spans)
end

--- The body's spans, cached on the document (read-only, like every result).
function Document:body_spans()
  return spans_of(self)
end

--- The body's spans packed for the C stages (kimput.document.spans keeps them;
-- cache: the document's, which it has already).
function Document:_packed_spans(cache)
  return page_of(self, cache):packed_spans()
end

--- The first headline line above the body: start, stop (1-based, inclusive), or nothing.
function Document:headline_span()
  local spans = spans_of(self)
  return spans.headline_start, spans.headline_stop
end

--- The body lines' text joined by "\n", made in C in one buffer (no
-- string or table per line) and cached on the document.
function Document:body()
  local cache = self:_cache()
  local body = cache["page.body"]
  if body == nil then
    body = page_of(self, cache):body()
    cache["page.body"] = body
  end
  return body
end

---------------------------------------------------------------- dates of the page

--- A time stamp line's date: "Senin, 15 Agustus 2022 | 09:15 WIB" ->
-- "2022-08-15T09:15", "+07:00" (day or month first, ISO or d/m/yyyy, a
-- zone name or "+0700"); nil when it states none. Parsed in C (doc:meta()
-- parses the page's stamp lines in its page:meta() call).
local function parse_stamp(s)
  return core.parse_stamp(s, MONTHS)
end

-- A date the article states in its own words ("Seperti dilansir CNN, Jumat
-- (28/7/2023)") is the page's date when no time stamp line states one:
-- page:meta() runs the published rules in C over the body lines that hold
-- their literals (C read them while classing the page), as page:published
-- would, and takes the earliest match's date.

---------------------------------------------------------------- sources

-- Is the phrase a place (Rusia, Korea Utara) in the gazetteer?
local function is_place(phrase)
  local e = require("kimput.entities").lookup(phrase)
  return e ~= nil and e.kind == "place"
end

-- Is the phrase a person (Putin, Kim Jong Un) in the gazetteer?
local function is_person(phrase)
  local e = require("kimput.entities").lookup(phrase)
  return e ~= nil and e.kind == "person"
end

-- "Reuters Senin" -> "Reuters": a weekday or month caught after the name
-- goes; "Rusia TASS" -> "TASS": a country caught before it goes. A name that
-- starts with a title ("Presiden Putin", dikutip as a person) is no outlet.
-- The codes of news agencies closing an article in brackets, as Indonesian desks write them ("(ant/dpa)")
local AGENCY_CODES = { ant = "ANTARA", afp = "AFP", rtr = "Reuters", rtrs = "Reuters", ap = "AP", dpa = "dpa",
  xinhua = "Xinhua", kyodo = "Kyodo", yonhap = "Yonhap", bbc = "BBC", cnn = "CNN",
  -- (Kyodo's and Yonhap's codes; an agency's name written out in lower case: "(reuters/ant)")
  kyo = "Kyodo", yna = "Yonhap", reuters = "Reuters", antara = "ANTARA", sputnik = "Sputnik", tass = "TASS",
  bernama = "Bernama", anadolu = "Anadolu",
  -- (the government's news agency, whose reports regional sites repost: "(infopublik)")
  infopublik = "InfoPublik" }

-- The wire agencies whose name alone on a line at the page's bottom, or as its byline ("Oleh Associated Press"),
-- credits the article to them (a site's own name there is its footer)
local WIRES = { AFP = "AFP", Reuters = "Reuters", AP = "AP", ["Associated Press"] = "AP", dpa = "dpa",
  Xinhua = "Xinhua", Kyodo = "Kyodo", ["Kyodo News"] = "Kyodo", Yonhap = "Yonhap", Anadolu = "Anadolu",
  Bernama = "Bernama", TASS = "TASS", EFE = "EFE", ANSA = "ANSA" }

-- the media words a paper's name closes with after its place ("Korea Herald", "Bangkok Post", "China Daily")
local PAPER_CLOSES = {}
for w in ([[Herald Post Times Daily Tribune Globe Today News Journal Star Mail Telegraph Independent Standard
    Express Insider Gazette Chronicle Observer Pos]]):gmatch("%a+") do
  PAPER_CLOSES[w] = true
end

-- platforms a source's name may follow ("YouTube Metro TV", "Instagram Kementerian X")
local PLATFORMS = { youtube = true, instagram = true, twitter = true, tiktok = true, facebook = true }

local function clean_source(s)
  s = s:gsub("^[%-*\226\128\147\148\162]+%s+", "")  -- a list's dash or bullet before it ("- Kabar Kota")
  if not s:find("[%s\194\160.,;:]") then  -- one word, nothing to trim (most names)
    if AGENCY_CODES[s] == s then return s end  -- an agency written in lower case ("Sumber: dpa")
    local lower = s:lower()
    -- a word in lower case ("kumparan"; not "detikcom", "situsNews") is an outlet the gazetteer knows (its
    -- names match capitalised: a common word is none), or none
    if s == lower and not s:find("com$") then
      local e = require("kimput.entities").lookup((s:gsub("^%l", string.upper)))
      return (e ~= nil and e.kind == "outlet") and s or ""
    end
    -- (nor a title alone: "dari akun twitter resmi Presiden" names the account's owner)
    return (WEEKDAYS[lower] or MONTHS[lower] or is_person(s) or require("kimput.entities").is_title(s)) and "" or s
  end
  s = trim(s):gsub("[%.,;:]+$", "")
  local words = {}
  for w in s:gmatch("%S+") do words[#words + 1] = w end
  while #words > 0 and (WEEKDAYS[words[#words]:lower()] or MONTHS[words[#words]:lower()]) do
    words[#words] = nil
  end
  -- the platform the outlet posted on goes: "dari YouTube Metro TV" -> "Metro TV"
  if #words > 1 and PLATFORMS[words[1]:lower()] then table.remove(words, 1) end
  -- a place of several words is none ("Korea Selatan"), before a country caught at a name's front goes
  -- (not a paper's place before its media word: "Korea Herald", "Jakarta Post", "New York Times")
  if #words > 1 and is_place(table.concat(words, " ")) then return "" end
  for k = #words - 1, 1, -1 do
    if is_place(table.concat(words, " ", 1, k)) and not (k == #words - 1 and PAPER_CLOSES[words[#words]]) then
      words = { table.unpack(words, k + 1) }
      break
    end
  end
  if #words > 0 and require("kimput.entities").is_title(words[1]) then return "" end
  if #words > 0 and is_place(table.concat(words, " ")) then return "" end  -- a place is no outlet
  if #words > 0 and is_person(table.concat(words, " ")) then return "" end  -- nor a person ("mengutip Putin,")
  return table.concat(words, " ")
end

-- clean_source's answers, per name: outlets repeat from page to page. Made
-- again when the gazetteer changes (its generation) or the rules are
-- compiled again (the weekday and month lexicons are read then), and when
-- it holds CLEAN_CACHE_MAX names (memory stays bounded on any corpus).
local CLEAN_CACHE_MAX = 4096
local clean_cache, clean_count, clean_for, clean_rules = {}, 0, nil, nil
local clean_lower = {}  -- a cleaned name -> its lower case (made again with clean_cache)

-- the caches made again when the gazetteer changed or the rules were compiled
-- again (asked once per page, not per name)
local function fresh_clean_cache()
  entities = entities or require "kimput.entities"
  local generation = entities.generation()
  if generation ~= clean_for or compiled ~= clean_rules then
    clean_cache, clean_lower, clean_count, clean_for, clean_rules = {}, {}, 0, generation, compiled
  end
end

-- a name's cleaned form, the cache fresh
local function cleaned(name)
  local v = clean_cache[name]
  if v == nil then
    if clean_count >= CLEAN_CACHE_MAX then clean_cache, clean_lower, clean_count = {}, {}, 0 end
    v = clean_source(name)
    clean_cache[name] = v
    clean_count = clean_count + 1
  end
  return v
end

-- the lower case of a cleaned name (kept with clean_cache)
local function lower_of(name)
  local key = clean_lower[name]
  if not key then
    key = name:lower()
    clean_lower[name] = key
  end
  return key
end

-- adds a cleaned name to out unless it is there already; returns seen. A
-- page names a few: a look along the list, and a set (seen) only once the
-- list is long, so that the cost stays linear.
local SOURCES_LISTED = 8
local function add_cleaned(out, seen, name)
  local key = lower_of(name)
  if seen then
    if seen[key] then return seen end
    seen[key] = true
  else
    for i = 1, #out do
      if lower_of(out[i]) == key then return seen end
    end
    if #out >= SOURCES_LISTED then
      seen = { [key] = true }
      for i = 1, #out do seen[lower_of(out[i])] = true end
    end
  end
  out[#out + 1] = name
  return seen
end

-- adds a name found on the page, cleaned, to out (as add_cleaned)
local function add_source(out, seen, raw)
  fresh_clean_cache()
  local name = cleaned(raw)
  if name == "" then return seen end
  return add_cleaned(out, seen, name)
end

-- the sources named in the body and on credit lines, in order: page:meta()
-- gives the names as found (page:sources' list, nil on most pages, a table
-- of its own made for this call), cleaned and deduplicated here in place
-- (a name is written over one read before it; no table grown name by name)
local function sources(found)
  if not found then return {} end
  fresh_clean_cache()
  local n, seen = 0, nil
  for i = 1, #found do
    local name = clean_cache[found[i]]
    if name == nil then name = cleaned(found[i]) end
    if name ~= "" then
      local key, dup = lower_of(name), false
      if seen then
        dup = seen[key]
      else
        for j = 1, n do
          if lower_of(found[j]) == key then dup = true break end
        end
        if not dup and n >= SOURCES_LISTED then
          seen = {}
          for j = 1, n do seen[lower_of(found[j])] = true end
        end
      end
      if not dup then
        if seen then seen[key] = true end
        n = n + 1
        found[n] = name
      end
    end
  end
  for i = #found, n + 1, -1 do found[i] = nil end
  return found
end

---------------------------------------------------------------- meta

local function capitalised(a, b) return a .. b:lower() end

-- PYONGYANG -> Pyongyang, leaves Jakarta alone; a last word of two letters after
-- another is an abbreviation, kept (WASHINGTON DC -> Washington DC), and so is one word of
-- two or three capitals alone, an acronym (a campus, a regency: USU, OKU); the answers kept
-- (datelines repeat from page to page), the cache made again when full
local upper_cache, upper_count = {}, 0
local function upper_words(s)
  if not s or s:find("%l") or s:find("^%u%u%u?$") then return s end
  local v = upper_cache[s]
  if not v then
    if upper_count >= CLEAN_CACHE_MAX then upper_cache, upper_count = {}, 0 end
    local head, tail = s:match("^(.-%a%s+)(%u%u)$")
    v = head and head:gsub("(%a)(%a*)", capitalised) .. tail or s:gsub("(%a)(%a*)", capitalised)
    upper_cache[s] = v
    upper_count = upper_count + 1
  end
  return v
end

-- "haa/haa" -> "haa": the same initials twice are one person; "ant/ rdn" -> "ant/rdn"
local function initials(s)
  if not s then return s end
  if s:find(" ", 1, true) or s:find("\194\160", 1, true) then s = s:gsub("[%s\194\160]*/[%s\194\160]*", "/") end
  local a, b = s:match("^(.-)/(.+)$")
  if a and a:lower() == b:lower() then return a end
  return s
end

-- The kind ("place", "outlet", ...) the gazetteer gives a name, or false:
-- datelines and outlets repeat from page to page, so the answers are kept,
-- made again when the gazetteer changes or when the cache is full.
local kind_cache, kind_count, kind_for = {}, 0, nil
local function kind_of(name)
  entities = entities or require "kimput.entities"
  local generation = entities.generation()
  if generation ~= kind_for or kind_count >= CLEAN_CACHE_MAX then
    kind_cache, kind_count, kind_for = {}, 0, generation
  end
  local kind = kind_cache[name]
  if kind == nil then
    local e = entities.lookup(name)
    kind = e ~= nil and e.kind or false
    kind_cache[name] = kind
    kind_count = kind_count + 1
  end
  return kind
end

-- "KUPANG NTT", "MATARAM NTB": a place in capitals with its province's short name after it, no comma, is the place
-- (a place the gazetteer knows whole stays: "BANDA ACEH")
local function without_province(dateline)
  if not dateline or dateline:find("%l") then return dateline end
  local place, province = dateline:match("^(%u[%u ]*%u)%s+(%u%u%u?%u?%u?%u?%u?)$")
  if place and kind_of(province) == "place" and kind_of(place) == "place" and kind_of(dateline) ~= "place" then
    return place
  end
  return dateline
end

-- The opening's names as the gazetteer knows them: "KABARKU, Jakarta –" read
-- place first is the other way round, "Kotamulya, Jawa Barat –" names a place and its province;
-- "KANTORKU –" read as a place is a known outlet.
-- a site's sections, after its name where a place would stand: "SITUS Bola –" is the outlet, no place
local SECTIONS = {}
for w in ([[berita news bisnis ekonomi ekbis finance keuangan nasional internasional regional daerah dunia global
    politik hukum olahraga sport sports bola otomotif tekno teknologi sains hiburan seleb showbiz lifestyle kesehatan
    health travel wisata edukasi pendidikan opini kolom video foto megapolitan metropolitan trending viral terkini
    populer hot update info]]):gmatch("%a+") do
  SECTIONS[w] = true
end
-- "SITUS Bola", "SITUS2 Sport": a name in capitals (or with a digit) and a section, or nil
local function sectioned(dateline)
  local name, section = dateline:match("^(%S+) (%a+)$")
  if not name or not SECTIONS[section:lower()] or not name:find("^[%u%d]+$") or not name:find("%u%u")
      or kind_of(name) == "place" then
    return nil
  end
  return name
end

-- words opening a government office's name ("Humas Pemkot Kotamulya", "Dinas Kesehatan"): no place begins so
local OFFICE_WORDS = { humas = true, pemkab = true, pemkot = true, pemko = true, pemprov = true, pemdes = true,
  dinas = true, setda = true, setdakab = true, setdako = true, prokopim = true, bappeda = true, polres = true,
  polresta = true, polda = true, polsek = true, kodim = true, korem = true, kemenag = true, kementerian = true }
-- a first word that opens names of places ("Tanjung Pinang", "Kota Baru"): the name is a place's
local PLACE_WORDS = { Tanjung = true, Kota = true, Pulau = true, Teluk = true, Sungai = true, Bukit = true,
  Muara = true, Labuan = true, Batu = true, Kuala = true, Padang = true, Bandar = true, Banda = true, Tanah = true,
  Gunung = true, Pangkalan = true, Lubuk = true, Rantau = true, Air = true, Danau = true, Sei = true, Tana = true }
-- "SITUS KOTA –" read as a place in capitals: the site's name, then a place the gazetteer knows ("KABARKU
-- JAKARTA": outlet KABARKU, place Jakarta; not a place's own first word, "BANDA ACEH", "TANJUNG PINANG"); in title
-- case, the name then "Kota X" or "Kabupaten X" ("Kabarku Kota Lama"), or nil
local function outlet_then_place(dateline)
  if dateline:find("%l") then
    -- (in title case, the site's one-word name before "Kota X" or "Kabupaten X": "Kabarku Kota Lama –")
    local head, tail = dateline:match("^(%u[%a%d]+) ((%u%l+) %u.*)$")
    local first = tail and tail:match("^%a+")
    if head and (first == "Kota" or first == "Kabupaten") and #head >= 4 and not PLACE_WORDS[head] and
        kind_of(head) ~= "place" and kind_of(dateline) ~= "place" then
      return head, tail
    end
    return nil
  end
  local head, tail = dateline:match("^(%u[%u%d]+) (%u[%u ]+)$")
  if not head or #head < 4 or PLACE_WORDS[capitalised(head:sub(1, 1), head:sub(2))] or kind_of(head) == "place" or
      kind_of(tail) ~= "place" then
    return nil
  end
  return head, tail
end

-- media words a site's one-word name may hold ("Kabarku", "Kotapedia", "SUARAKOTA", "Kotanews", "KOTAVOICE",
-- "Kotapost", "Kotaekspres", "Kilaskota", "Lensakota", "Jurnalkota")
local GLUED_MEDIA = { "kabar", "berita", "warta", "suara", "pedia", "news", "media", "times", "portal", "radar",
  "tribun", "online", "voice", "post", "ekspres", "express", "today", "daily", "kilas", "lensa", "jurnal", "koran" }
local function glued_media(name)
  if not name:find("^%a+$") or kind_of(name) == "place" then return false end
  local lower = name:lower()
  for _, w in ipairs(GLUED_MEDIA) do
    if lower:find(w, 1, true) then return true end
  end
  return false
end

-- "KOTA Situs.com –", "KOTA UTARA.situs.com -": a place in capitals the gazetteer knows, before the address, is the
-- dateline (the words in capitals the opening reads as the site's name): the address and the place, or nil
local function place_before_address(outlet)
  for _, shape in ipairs({ "^(%u+ %u+)[ .](.+)$", "^(%u+)[ .](.+)$" }) do
    local place, rest = outlet:match(shape)
    if place and rest:find(".", 1, true) and kind_of(place) == "place" then return rest, place end
  end
  return nil
end

local function opening_names(outlet, dateline)
  if not dateline and outlet and outlet:find("^%u%u+[ .]") then
    local address, place = place_before_address(outlet)
    if address then return address, place end
  end
  if not dateline then return outlet, dateline end
  local d = kind_of(dateline)
  if d == "place" then return outlet, dateline end
  -- a site's section where the place would stand, "Bisnis - Harga emas naik ...": no place
  if SECTIONS[dateline:lower()] then return outlet, nil end
  -- (so are its words, all of them a section's, "Berita Nasional, situs –", "Berita Daerah –")
  if dateline:find(" ", 1, true) then
    local all = true
    for w in dateline:gmatch("%S+") do all = all and SECTIONS[w:lower()] == true end
    if all then return outlet, nil end
  end
  if not outlet then
    local name = sectioned(dateline)
    if name then return name, nil end
    -- a two-letter acronym before a name, "PR KOTAMULYA –", "MC Pemkot Kotamulya –", is a network's edition or a
    -- press office, no place ("DI Yogyakarta" is the province)
    local acronym = dateline:match("^(%u%u) %u")
    if acronym and acronym ~= "DI" then return dateline, nil end
    -- a government office's desk where the place would stand, "Diskominfo Kotamulya –", "Humas Pemkot Kotamulya –":
    -- the site's name (its own news page's), no place
    local first = (dateline:match("^%a+") or ""):lower()
    if OFFICE_WORDS[first] or first:find("^diskominfo") or first:find("^kominfo") then return dateline, nil end
    -- a paper's two initials after the place in capitals, "KOTAMULYA RU –" (a province's short form has three:
    -- "KUPANG NTT")
    local town, paper = dateline:match("^(%u[%u ]*%u) (%u%u)$")
    if town then return paper, town end
    -- one word with a media word glued in it, "Kabarku –", "Kotapedia –", "BERITAKOTA –", is a site's name
    if d ~= "outlet" and glued_media(dateline) then return dateline, nil end
    local site, place = outlet_then_place(dateline)
    if site then return site, place end
    -- a paper's name in capitals, a place then the media word closing it, "KOTA DAILY –", "KOTA INSIDER- ": the
    -- outlet, no place (no place's name ends with such a word)
    local named, close = dateline:match("^(%u[%u ]*%u) (%u+)$")
    if named and not dateline:find("%l") and PAPER_CLOSES[capitalised(close:sub(1, 1), close:sub(2):lower())] and
        kind_of(named) == "place" then
      return dateline, nil
    end
  end
  if outlet then
    -- "Kilaskota, Kotamulya –", "KotaFM, Kotamulya –": a one-word name with a media word glued in, or written in
    -- camel case as a brand is (no town is), where the place would stand, before a plain name is the site's (the
    -- gazetteer may not know the town)
    if d ~= "place" and (glued_media(dateline) or dateline:find("^%a+$") and dateline:find("%l%u")) and
        not glued_media(outlet) and not outlet:find("%l%u") and outlet:find("^%u%a+$") and
        kind_of(outlet) ~= "outlet" then
      return dateline, outlet
    end
    -- "SITUS, Kuala Kotamulya –": a name opened by a place's first word ("Kuala", "Tanjung") is the place
    local first = outlet:match("^%a+") or ""
    if PLACE_WORDS[capitalised(first:sub(1, 1), first:sub(2))] and outlet:find(" ", 1, true) and d ~= "outlet" and
        kind_of(outlet) ~= "outlet" then
      return dateline, outlet
    end
    -- "Kotamulya, Jawa Barat –": a place of two words or more after the comma is the province of the
    -- place before it (an outlet there is one word or an address: "KABARKU, Jakarta –")
    if kind_of(outlet) == "place" and outlet:find(" ", 1, true) and d ~= "outlet" then return nil, dateline end
    if kind_of(outlet) == "place" then return dateline, outlet end
  elseif d == "outlet" then
    return dateline, nil
  end
  return outlet, dateline
end

-- the page's facts, read from the classified lines in one C call (no line
-- is matched again, no table per line)
-- "Judul Berita - Situsku.com", "Judul | Kabar Kota": the page title's site
-- suffix goes when it is an address or the outlet's name
local SITE_SEPARATORS = { " - ", " | ", " \u{2013} ", " \u{2014} " }
-- the outlet's name without its address ("KABARKU.co.id" -> "kabarku"), lower case
local function site_name(outlet)
  return (outlet:lower():gsub("%.co%.id$", ""):gsub("%.%a+$", ""))
end
-- Does the page's top hold the title alone on a line? ("Judul | Nama Situs" over "Judul": the suffix is the
-- site's name, whatever it is)
-- (the lines that start with the title come from C, page:line_starting: no string made of the others)
local TITLE_LINES = 12
local function repeated_title(page, title)
  local i, n = 1, #title
  while true do
    local j, start, stop = page:line_starting(title, i, TITLE_LINES, n)
    if not j then return false end
    if stop - start + 1 == n then return true end
    i = j + 1
  end
end
-- The site's name after a separator on a top line holding the headline before it ("Judul | Warta Asia" above
-- the headline "Judul", taken alone on its own line): the suffix, or nil
local function titled_site(page, headline)
  local i, n = 1, #headline
  while true do
    -- (a line longer than the headline by a separator and more)
    local j, start, stop = page:line_starting(headline, i, TITLE_LINES, n + 4)
    if not j then return nil end
    local rest = page:sub(start + n, stop)
    for _, sep in ipairs(SITE_SEPARATORS) do
      if rest:sub(1, #sep) == sep then return trim(rest:sub(#sep + 1)) end
    end
    i = j + 1
  end
end
local function without_site(headline, outlet, page)
  -- every separator is a space then '-', '|' or the lead byte of a dash: most titles have none
  -- (plain finds: a pattern's class is tried at every byte of the title)
  if not headline or not (headline:find(" -", 1, true) or headline:find(" |", 1, true)
      or headline:find(" \226", 1, true)) then
    return headline
  end
  for _, sep in ipairs(SITE_SEPARATORS) do
    local at, last = nil, 0
    repeat  -- the last separator of the line
      local i = headline:find(sep, last + 1, true)
      if i then at, last = i, i end
    until not i
    if at and at > 12 then
      local site = headline:sub(at + #sep)
      if site:find("^[%w-]+%.%a%a+$") or site:find("^[%w-]+%.[%w-]+%.%a%a+$") or
          (outlet and (site:lower() == outlet:lower() or site:lower() == site_name(outlet))) or
          repeated_title(page, headline:sub(1, at - 1)) then
        return headline:sub(1, at - 1), site
      end
    end
  end
  return headline
end

-- Do two names of outlets name the same one? "Tribun Jogja" is TRIBUNJOGJA.COM,
-- "Pos Kupang" is Pos-Kupang.com: the name without its address, case, spaces, hyphens; "Kompas TV" is
-- KOMPAS.tv: the name with its address's end, without case, spaces, hyphens, dots
-- (the keys of each name kept, as upper_words' answers: outlets repeat from page to page, and three
-- gsubs a name cost more than the rest of doc:meta())
local outlet_keys, glued_keys, outlet_key_count = {}, {}, 0
local function outlet_key(name)
  local key = outlet_keys[name]
  if not key then
    if outlet_key_count >= CLEAN_CACHE_MAX then outlet_keys, glued_keys, outlet_key_count = {}, {}, 0 end
    key = site_name(name):gsub("[%s%-]", "")
    outlet_keys[name] = key
    glued_keys[name] = name:lower():gsub("[%s%-%.]", "")
    outlet_key_count = outlet_key_count + 1
  end
  return key, glued_keys[name]
end
local function same_outlet(a, b)
  if a == b then return true end
  -- two addresses of different ends are two sites of a group ("Situs.com" on "SITUS.TV")
  local end_a, end_b = a:match("%.(%a+)$"), b:match("%.(%a+)$")
  if end_a and end_b and end_a:lower() ~= end_b:lower() then return false end
  local key_a, glued_a = outlet_key(a)
  local key_b, glued_b = outlet_key(b)
  return key_a == key_b or glued_a == glued_b
end

-- A regional paper's name by its media word: "Radar Kota", "TRIBUN KOTA", "Pos Kota", "Kota Pos",
-- "The Kota Post", "Kota Times" (capitalised words; an English-language one's: "Kota Globe", "Kota Today",
-- "Kota Daily", "Kota Tribune", "Kota Herald")
local CAP = "%u[%a%d]*"
local MEDIA_NAMES = {
  "^Radar " .. CAP .. "$", "^RADAR " .. CAP .. "$", "^Tribun " .. CAP .. "$", "^TRIBUN " .. CAP .. "$",
  "^Radar " .. CAP .. " " .. CAP .. "$", "^RADAR " .. CAP .. " " .. CAP .. "$",
  "^Tribun " .. CAP .. " " .. CAP .. "$", "^TRIBUN " .. CAP .. " " .. CAP .. "$",
  "^Pos " .. CAP .. "$", "^POS " .. CAP .. "$",
}
for _, word in ipairs({ "Pos", "POS", "Post", "POST", "Times", "TIMES", "Globe", "GLOBE", "Today", "TODAY", "Daily",
  "DAILY", "Tribune", "TRIBUNE", "Herald", "HERALD" }) do
  MEDIA_NAMES[#MEDIA_NAMES + 1] = "^" .. CAP .. " " .. word .. "$"
  MEDIA_NAMES[#MEDIA_NAMES + 1] = "^" .. CAP .. " " .. CAP .. " " .. word .. "$"
  MEDIA_NAMES[#MEDIA_NAMES + 1] = "^The " .. CAP .. " " .. word .. "$"
end
-- (a theme's widget label reads as one: "Latest Post", "Recent Posts", "Popular Today", "Top News Today")
local WIDGET_WORDS = { latest = true, recent = true, popular = true, related = true, featured = true, top = true,
  hot = true, new = true, newer = true, older = true, next = true, previous = true, prev = true, random = true,
  trending = true, editor = true, more = true }
local function media_name(name)
  if WIDGET_WORDS[(name:match("^%a+") or ""):lower()] then return false end
  for _, p in ipairs(MEDIA_NAMES) do
    if name:find(p) then return true end
  end
  return false
end

-- A masthead alone on a line of the page's top ("Radar Kota", or one the gazetteer knows as an outlet:
-- "Pikiran Rakyat", "SUARA MERDEKA" above the headline): the outlet, as written, when nothing else names it.
-- Only the furniture above the article's first body line is read, at most MASTHEAD_LINES lines (a
-- subheading such as "Pos Ronda" among the paragraphs is none). A foreign outlet's edition is one too: its
-- name with a comma before the edition ("BBC News, Indonesia": "BBC News Indonesia"), or a known outlet's
-- name in capitals, then its edition in capitals ("NHK WORLD-JAPAN"), as written; so is a known outlet's
-- name in capitals or one word alone on the page's first line ("DW", "CGTN", "Okezone": one word elsewhere is a
-- menu's).
local PAPER_WORDS = { warta = true, kabar = true, harian = true, suara = true, koran = true, jurnal = true,
  majalah = true, tabloid = true }
local NOT_PAPER = { utama = true, pilihan = true, terbaru = true, pembaca = true, lainnya = true, redaksi = true,
  kita = true, anda = true, warga = true, hari = true, ini = true, langsung = true }
local function paper_name(name)
  local first, rest = name:match("^(%u%a+) (%u[%a%d]*[%a%d ]*)$")
  if not first or not PAPER_WORDS[first:lower()] or select(2, rest:gsub(" ", "")) > 1 then return false end
  for w in rest:gmatch("%S+") do
    if not w:find("^%u") or SECTIONS[w:lower()] or NOT_PAPER[w:lower()] then return false end
  end
  return true
end

-- (the classes above the article's first body line come from C in one call a page, page:top: bit c for class c)
local CLASS_BITS = core.line_class_bits
local NAVIGATION_BIT, TIMESTAMP_BIT = CLASS_BITS.navigation, CLASS_BITS.timestamp
local MASTHEAD_LINES = 12
local function masthead(page, above)
  if above & NAVIGATION_BIT == 0 then return nil end  -- no navigation line above the body (most pages)
  for i = 1, math.min(page:count(), MASTHEAD_LINES) do
    local start, stop, class = page:line(i)
    if class == "body" then return nil end
    if class == "navigation" and stop - start < 40 then
      local name = trim(page:sub(start, stop)):gsub("[%s\194\160]+", " ")
      if name:find("^%u") and name:find(" ", 1, true) and (media_name(name) or kind_of(name) == "outlet") then
        return name
      end
      -- a known outlet's initials or one-word name alone atop the page ("DW", "CGTN", "Okezone"): its masthead
      if i == 1 and name:find("^%u[%a%d]+$") and kind_of(name) == "outlet" then return name end
      -- a paper's name with its media word atop the page ("Warta Nusantara", "Kabar Kota"; not a menu's
      -- section, "Berita Utama", "Kabar Daerah", "Suara Pembaca")
      if i == 1 and paper_name(name) then return name end
      local outlet = name:match("^(%u[^,]*), %u[%a%-]+$")
      if outlet and kind_of(outlet) == "outlet" then return (name:gsub(", ", " ")) end
      local first, edition = name:match("^(%u%u+) ([%u%-]+)$")
      if first and #edition > 2 and kind_of(first) == "outlet" then return name end
    end
  end
  return nil
end

-- The outlet of a byline stamp at the page's top, "Nama Penulis, Okezone · Rabu 23 Agustus 2017 13:42 WIB": a name
-- the gazetteer knows as an outlet, or a site's address, after the writer's name and its comma, a bullet or bar after
-- it ("Nama Penulis, Jurnalis · ..." names the writer's role: none); or the site's address opening the stamp.
local function stamp_outlet(page, above)
  if above & TIMESTAMP_BIT == 0 then return nil end  -- no time stamp line above the body
  for i = 1, math.min(page:count(), MASTHEAD_LINES) do
    local start, stop, class = page:line(i)
    if class == "body" then return nil end
    if class == "timestamp" then
      local writer, name = page:sub(start, math.min(stop, start + 80)):match(
        "^(%u[%a.'\226\128\153%-]*[%a ]-), (%u?[%w][%w.%-]*)%s*[\194\226|]")
      if writer and writer:find("^%u%S* %u") and (kind_of(name) == "outlet" or name:find("%.%a%a+$")) then
        return name
      end
      -- (or the site's address opening the stamp before a dash or comma: "Situs.com - 27/03/2024, 06:16 WIB")
      local address = page:sub(start, math.min(stop, start + 40)):match("^(%a[%w%-]*%.%a[%a.]*%a)%s*[,%-\226]")
      if address then return address end
      -- (or the desk as the byline, the outlet's name after it: "Oleh Redaksi KABARKU | 04 November 2016")
      local desk = page:sub(start, math.min(stop, start + 60))
        :match("^[Oo]leh%s+[Rr]edaksi%s+(%u[%w.%-]*%w)%s*[|,\194\226]")
      if desk then return desk end
    end
  end
  return nil
end

-- A dateline alone on the line right above the article's first body line, without a dash: "Jakarta, NU Online",
-- "Jakarta|situsku.com" (a byline's shape, "Nama Penulis, Kabar Kota": the name before the comma must be a place the
-- gazetteer knows). Returns the place and the outlet, or nil, or nil and the address after a writer's name and a
-- bar ("Nama|Situsku.com").
-- (first_body: the first body line's number among the first DATELINE_LINES, from page:top, or false)
local DATELINE_LINES = 40
local function bare_dateline(page, first_body)
  if not first_body or first_body == 1 then return nil end
  local start, stop, above = page:line(first_body - 1)
  if (above ~= "credit" and above ~= "navigation") or stop - start > 60 then return nil end
  -- (the outlet capitalised, or its address in lower case: "Kota, situskota.co.id")
  -- (no space after the comma: "KOTA,SITUSKOTA.COM")
  -- (a dash after it, some sites' hyphens: "Kota, situskota.com---")
  local line = trim(page:sub(start, stop)):gsub("%s*%-%-+$", "")
  local place, outlet = line:match("^(%u[%a ]-),%s*(%w[%w.%- ]+)$")
  if outlet and not outlet:find("^%u") and not outlet:find("^%l[%w%-]*%.[%a.]+$") then place = nil end
  -- (a bar for the comma before a site's address: "Kota|situsku.com"; a writer's name there, "Nama|Situsku.com",
  -- names the outlet alone)
  local bar, address = line:match("^(%u[%a ]-)%s*|%s*(%w[%w%-]*%.[%a.]+)$")
  if bar then
    if kind_of(bar) ~= "place" then return nil, address end
    place, outlet = bar, address
  end
  if place and not place:find("  ", 1, true) and select(2, place:gsub(" ", "")) <= 2 and
      select(2, outlet:gsub(" ", "")) <= 2 and kind_of(place) == "place" and kind_of(outlet) ~= "place" then
    return place, outlet
  end
  return nil
end

-- A place opening the article's first paragraph with no dash, a comma or a hyphen glued to the next word after it:
-- "Kotamulya, Warga ...", "Kotamulya-Warga ...", "KOTAMULYA, Bupati ...", "Tanjung Kota-Dinas ...", also left after a
-- masthead cut from the line ("SITUS.COM |KOTAMULYA,-Warga ..."). The place is one the gazetteer knows, a name
-- opened by a place's first word ("Tanjung", "Tanah"), or one word in capitals the gazetteer knows as nothing else;
-- a place after it ("Kotamulya, Jawa Barat ...", "Kotamulya-Kotabaru ...") makes a list or a route, no dateline.
-- Nothing is cut from the body: the line stays the article's. Returns the place or nil.
-- (the shape, read in C from the first 61 bytes of the paragraph, after the opening cut from its line if any, else
-- of the first body line among the first 40 when it is a paragraph: the place over letters and blanks up to the
-- comma or hyphen, at most three words; the next word: capitalised after a comma, a capital then lower case after
-- a hyphen glued to it)
local function plain_dateline(page)
  local place, next_word, comma = page:plain_dateline()
  if not place then return nil end
  local kind, first = kind_of(place), place:match("^%a+")
  if kind == "place" or (kind ~= "outlet" and place:find(" ", 1, true) and
      PLACE_WORDS[capitalised(first:sub(1, 1), first:sub(2))]) or
      (not kind and #place >= 4 and not place:find("[%l ]") and comma) then
    -- (a place after it makes a list or a route: asked last, a lookup)
    if kind_of(next_word) == "place" then return nil end
    return place
  end
  return nil
end

-- The headline written on the page date's line, parted from the date by a bar, when no line of the top is the
-- headline: "Kamis (5/2/2026) | Judul Berita", "Judul Berita | Kamis, 5 Februari 2026 10:00 WIB". The title's
-- part states no date, opens with a capital and has five words or more (four with one in lower case: a byline,
-- "Nama Penulis, Kabar Kota", is title-cased), no colon (a label's: "Penulis: Nama") and no byline's word first.
local STAMP_TITLE_LINES = 16
local BYLINE_WORDS = { oleh = true, by = true, penulis = true, reporter = true, pewarta = true, editor = true,
  laporan = true, tim = true, redaksi = true, foto = true, sumber = true, posted = true, diposting = true,
  dibaca = true, kontributor = true, wartawan = true, jurnalis = true }
local function stamp_title(page, above_paragraph)
  if above_paragraph & TIMESTAMP_BIT == 0 then return nil end  -- no time stamp line above the first paragraph
  for i = 1, math.min(page:count(), STAMP_TITLE_LINES) do
    local start, stop, class, _, _, _, _, _, flags = page:line(i)
    if class == "timestamp" then
      local line = page:sub(start, stop)
      if not line:find("|", 1, true) then return nil end
      for part in line:gmatch("[^|]+") do
        part = trim(part)
        local words, lower = 0, false
        for w in part:gmatch("%S+") do
          words = words + 1
          if w:find("^%l") then lower = true end
        end
        if part:find("^%u") and (words >= 5 or (words >= 4 and lower)) and not part:find(":", 1, true)
            and not BYLINE_WORDS[part:match("^%a+"):lower()] and not parse_stamp(part) then
          return part
        end
      end
      return nil
    elseif class == "body" and flags & 1 ~= 0 then
      return nil  -- past the article's first paragraph (a line's flag 1)
    end
  end
  return nil
end

-- The wire agency a short line of the page's furniture credits ("dpa" under the article, "Oleh AFP" under the
-- headline), or nil; only the first and last lines are read, the credits' places
-- (the short lines of furniture come from C in one call a page: their start and stop, pair after pair)
local WIRE_LINES, WIRE_LINE_MAX = 8, 40
local WIRES_ANY_CASE = { antara = "ANTARA" }  -- "REUTERS", "Antara"
for name, wire in pairs(WIRES) do WIRES_ANY_CASE[name:lower()] = wire end
-- The sources of a credit of two or more, "ANTARA | REUTERS", "(Ant/Rtr)", "REUTERS | AL JAZEERA": each a wire's
-- name in any case, an agency's code or an outlet the gazetteer knows, one of them a wire (a row of outlets alone
-- is a network's links); added to names, or nothing when a part is something else
local function add_wire_list(names, credit)
  local found, wired = {}, false
  for part in credit:gmatch("[^|/]+") do
    part = trim(part)
    local wire = WIRES_ANY_CASE[part:lower()] or AGENCY_CODES[part:lower()]
    local outlet = not wire and kind_of(part) == "outlet" and entities.lookup(part).name
    if not wire and not outlet then return end
    wired = wired or wire ~= nil
    found[#found + 1] = wire or outlet
  end
  if #found < 2 or not wired then return end
  for _, name in ipairs(found) do add_cleaned(names, nil, name) end
end
local function add_wires(page, names, start, stop, ...)
  if not start then return end
  local name = trim(page:sub(start, stop))
  local by = name:match("^Oleh:? (.+)$") or name:match("^By:? (.+)$")
  local wire = WIRES[by or name] or (not by and WIRES_ANY_CASE[name:lower()])
  if wire then add_cleaned(names, nil, wire)
  elseif not by then add_wire_list(names, name:match("^%((.+)%)$") or name) end
  return add_wires(page, names, ...)
end
local function wire_credits(page, names)
  add_wires(page, names, page:short_furniture(WIRE_LINES, WIRE_LINE_MAX))
end

-- "Nama Penulis (The Jakarta Post)" alone on its line, read as a dateline line: the writer's name and outlet, no
-- place (two or more capitalised words in title case the gazetteer knows as no place, no dash after the brackets)
local function writer_line(page, dateline)
  if not dateline:find("^%u%l+ %u%l+") or PLACE_WORDS[dateline:match("^%a+")] or kind_of(dateline) == "place" then
    return false
  end
  for i = 1, math.min(page:count(), MASTHEAD_LINES) do
    local start, stop, class = page:line(i)
    if class == "dateline" then
      local name = page:sub(start, stop):match("^(.-)%s*%([^()]+%)$")
      return name == dateline
    end
  end
  return false
end

-- The report's day and month between the opening's place and its agency ("Ambon, 18/3 (KBA) -", "Beijing,
-- 12 Juni (Xinhua) --"): XXXX-MM-DD, which with_year resolves as a day and month written in the body
-- The report's day alone in the brackets after the place: "KOTA (21/4) - ", "KOTA (21/4-2023)"; its value
-- (XXXX-04-21, 2023-04-21) and true when the text has the shape (nil, true: no such day)
local function bracket_day(s)
  local d, m, y = s:match("^[^,(]+%((%d%d?)/(%d%d?)[/-]?(%d*)%)")
  if not d then return nil, false end
  d, m, y = tonumber(d), tonumber(m), tonumber(y)
  if m < 1 or m > 12 or d < 1 or d > 31 or (y and (y < 1900 or y > 2100)) then return nil, true end
  return ("%s-%02d-%02d"):format(y and ("%04d"):format(y) or "XXXX", m, d), true
end

-- the day of a dateline alone on its line near the top ("KOTA (21/4-2023)" over the first paragraph; the day
-- closing it after a period or comma, "Situsku.com//Kotamulya.20/02/2023")
local function dateline_day(page)
  for i = 1, math.min(page:count(), 40) do
    local start, stop, class = page:line(i)
    if class == "dateline" then
      local line = page:sub(start, stop)
      local d, m, y = line:match("[.,]%s*(%d%d?)/(%d%d?)/(%d%d%d%d)$")
      d, m, y = tonumber(d), tonumber(m), tonumber(y)
      if d and m >= 1 and m <= 12 and d >= 1 and d <= 31 and y >= 1900 and y <= 2100 then
        return ("%04d-%02d-%02d"):format(y, m, d)
      end
      return (bracket_day(line))
    end
  end
end

local function opening_day(page)
  local _, _, _, _, _, start, stop = page:opening()
  if not start or stop - start > 80 then return nil end
  local opening = page:sub(start, stop)
  local bracketed_day, bracketed = bracket_day(opening)
  if bracketed then return bracketed_day end
  -- (both shapes need the first ',' or '(' to be a comma past the first byte, a digit after it and a '(' after that:
  -- plain finds first, the patterns backtrack over the whole opening on most pages, which have no day there)
  local comma, paren = opening:find(",", 1, true), opening:find("(", 1, true)
  if not comma or comma == 1 or not paren or paren < comma or not opening:find("^%s*%d", comma + 1) then return nil end
  local day, month = opening:match("^[^,(]+,%s*(%d%d?)/(%d%d?)%s*%(")
  if day then
    month = tonumber(month)
  else
    day, month = opening:match("^[^,(]+,%s*(%d%d?)%s+(%a+)%s*%(")
    month = month and MONTHS[month:lower()]
  end
  day = tonumber(day)
  if not month or month > 12 or day < 1 or day > 31 then return nil end
  return ("XXXX-%02d-%02d"):format(month, day)
end

-- A date the page states without its year ("mengutip X, Jumat (16/2)": XXXX-02-16) takes the year of the
-- caller's reference date, as doc:dates() reads a day and month (more than six months after it: the year
-- before), so that an unresolved value never stands in for the caller's own date
local function with_year(published, reference)
  if not reference or not published or published:byte(1) ~= 88 then return published end  -- 88: "X"
  local m, d, rest = published:match("^XXXX%-(%d%d)%-(%d%d)(.*)$")
  local y, rm, rd = reference:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not m or not y then return published end
  y, rm, rd = tonumber(y), tonumber(rm), tonumber(rd)
  if rm + 6 <= 12 and tonumber(m) * 100 + tonumber(d) > (rm + 6) * 100 + rd then y = y - 1 end
  return ("%04d-%s-%s%s"):format(y, m, d, rest)
end

-- A page is published on or after the days it reports: a citation's date stated in the body ("Seperti dilansir X,
-- Selasa (26/4/2022)") is none when the body reports a later day in the news's form, a weekday then the date in
-- brackets ("Jumat (29/4/2022)"; not a day looked forward to: "... (30/4/2022) mendatang", "akan ... Sabtu (...)").
-- Only on a page whose date came from the body's phrases (a scan rule's bit set, its date the same).
-- (a day looked forward to: "mendatang", "nanti", "depan" or "yang akan" after the date, "akan" or no weekday
-- name among the 40 bytes before it)
-- (scanned: the date is the phrases' already, page:meta found it there)
local function cited_too_early(page, published, scans, pub, scanned)
  local y, m, d = published:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y or not scans then return false end
  local any = false
  for k = pub.first, pub.last do any = any or (scans >> (k - 1)) & 1 == 1 end
  if not any or (not scanned and page:published(pub.first, pub.last, MONTHS) ~= published) then return false end
  -- (the body's dates in brackets are read in C, over the body as doc:body() joins it: page:cited_later)
  return page:cited_later(tonumber(y .. m .. d), WEEKDAYS)
end

-- A site's widget of the current day at the page's top ("Sabtu, 4 Oktober 2025" over the menus) is no page date: a
-- day with no clock time, more than a year after every day the body reports in the news's form ("Jumat
-- (24/6/2011)"), when it reports one (an article's own stamp has its time, and its page reports days near it).
local function date_widget(page, published)
  local y, m, d = published:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)$")
  if not y then return false end
  local year_before = (tonumber(y) - 1) * 10000 + tonumber(m) * 100 + tonumber(d)
  -- (the common page reports a day within the year: one scan of the body answers)
  return not page:cited_later(year_before, WEEKDAYS) and page:cited_later(0, WEEKDAYS)
end

-- the lines page:top reads: as many as the readers of the top read at most
local TOP_LINES = math.max(DATELINE_LINES, MASTHEAD_LINES, STAMP_TITLE_LINES)

local function meta(doc)
  -- (the document's cache asked once: page_of and the options read it)
  local cache = doc:_cache()
  local page = page_of(doc, cache)
  local rules = compiled or compile()
  local pub, src = rules.published, rules.sources
  -- found: the sources' names as found (page:sources); published and zone: the
  -- date of the first time stamp line that states one, else the body's own
  -- (opened: the date of an opening of at most 80 bytes, when the page states none; scanned: published is the body's)
  local outlet, dateline, headline, published, zone, editor, translator, found, _, scans, relayed, opened, scanned =
    page:meta(true, MONTHS, pub.first, pub.last, src.first, src.last)
  if published and cited_too_early(page, published, scans, pub, scanned) then published, zone = nil, nil end
  if published and not scanned and date_widget(page, published) then published, zone = nil, nil end
  outlet, dateline = opening_names(outlet, dateline)
  -- the classes above the article's first lines, read once for the readers of the page's top
  local first_body, above, above_paragraph = page:top(TOP_LINES)
  local opening = page:opening()
  if dateline and not opening and writer_line(page, dateline) then dateline = nil end
  if not dateline and not opening then
    local place, name = bare_dateline(page, first_body)
    if place then dateline, outlet = place, outlet or name
    elseif name then outlet = outlet or name end
  end
  if not dateline then dateline = plain_dateline(page) end
  -- "Seoul, Yonhap/AFP -": agencies the article draws on, none of them its publisher
  local agencies
  if outlet and outlet:find("/", 1, true) then agencies, outlet = outlet, nil end
  if not outlet then outlet = masthead(page, above) or stamp_outlet(page, above) end
  -- the title's site suffix names the site when nothing else does ("Judul | Kabar Kota" over "Judul", "Judul -
  -- Situs.com"; not a section: "Judul | Ekonomi")
  -- (a list's bullet before it, a category page's item, "• Judul", is no part of the title)
  if headline and headline:byte(1) == 226 then
    headline = headline:gsub("^\226\128\162%s*", ""):gsub("^\226\151\143%s*", "")
  end
  local title, site = without_site(headline or stamp_title(page, above_paragraph), outlet, page)
  if title and not site and title == headline and not outlet then
    site = titled_site(page, title)
    if site and site:find("[%d,]") then site = nil end  -- a date's ("Judul | Kamis, 5 Februari 2026")
  end
  if not outlet and site and site:find("^%u") and #site <= 40 and not SECTIONS[site:lower()] then outlet = site end
  -- "VIVA –" opening a page whose masthead is VIVA.co.id: the outlet's name, no place (unless a
  -- place the gazetteer knows: "SURABAYA –" on Surabaya.net)
  -- (so is its name with a section where a place would stand: "VIVA Otomotif –" on VIVA.co.id)
  if dateline and outlet and kind_of(dateline) ~= "place" then
    local name, section = dateline:match("^(%S+) (%a+)$")
    if same_outlet(dateline, outlet) or (name and SECTIONS[section:lower()] and same_outlet(name, outlet)) then
      dateline = nil
    end
  end
  if not published and dateline then  -- a press release's opening: "Semarang, 5 Desember 2024 - "
    published = opened or opening_day(page) or dateline_day(page)
  end
  published = with_year(published, document.opts(doc, cache).published)
  local names = sources(found)
  if agencies then  -- named first, at the article's top
    local named = {}
    for name in agencies:gmatch("[^/]+") do add_source(named, nil, name) end
    for i = 1, #names do add_cleaned(named, nil, names[i]) end
    names = named
  end
  -- "... kata dia. (AFP/Reuters)": the agencies of the credit closing the article (not initials: "(rzr/dnu)";
  -- an agency's code among them is its name: "(ant/dpa)", "(afp/rtr)", "(ant/rdn)" drew on ANTARA)
  local _, _, _, cut_start, cut_stop = page:closing()
  local credit = cut_start and page:sub(cut_start, cut_stop):match("%(([^()]+)%)%s*$")
  -- or on a line of its own, read as the editor's initials
  if not credit and editor and (editor:find("^%l+ ?/") or AGENCY_CODES[editor]) then credit = editor end
  if credit then
    local codes, other = 0, false
    for name in credit:gmatch("[^/]+") do
      name = trim(name)
      -- (a code capitalised: "(Ant/Rtr)", "(ANT/AFP)")
      local agency = AGENCY_CODES[name] or (#name <= 4 and AGENCY_CODES[name:lower()])
      if agency then
        add_cleaned(names, nil, agency)
        codes = codes + 1
      elseif name:find("^%u") and kind_of(name) == "outlet" then
        add_source(names, nil, name)
      else
        other = true
      end
    end
    -- agencies' codes only name no editor ("(afp/rtr)")
    if codes > 0 and not other and editor and initials(editor) == initials(credit) then editor = nil end
  end
  wire_credits(page, names)
  -- "Laporan Wartawan Kabar Daerah X" on a page of another outlet: the article came from there
  -- (and "Artikel ini telah tayang di X": X published it first)
  if relayed and (not outlet or not same_outlet(relayed, outlet)) then add_source(names, nil, relayed) end
  -- the page's own outlet is no source ("Sumber: JIBI/Harian Kota" on Hariankota.com)
  if outlet and #names > 0 then
    local n = 0
    for i = 1, #names do
      local name = names[i]
      names[i] = nil
      if not same_outlet(name, outlet) then n = n + 1; names[n] = name end
    end
  end
  return record("outlet", outlet, "published", published, "zone", zone,
    "dateline", upper_words(without_province(dateline)),
    "headline", title, "editor", initials(editor), "translator", translator,
    "sources", names)
end

--- The page's metadata (made again each call, from the page classified
-- once: a fresh table the caller may change; sources is a list).
function Document:meta()
  return meta(self)
end

M.parse_stamp = parse_stamp
return M
