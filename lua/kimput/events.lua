--- kimput.events: correspondence and contact events (docs/output.md, events), found in
-- C (csrc/events.c) from the lexicon kimput.rules.events, anchored at the
-- document's party mentions (doc:mentions()) and dates (doc:dates()).
--
--   for _, e in ipairs(doc:events()) do
--     -- e.type: "letter" | "message" | "call" | "meeting"
--     -- e.sender, e.recipient: canonical names (for a meeting, the two parties)
--     -- e.date: TIMEX3 value or nil (never the publication date by default)
--     -- e.occasion: as written ("Hari Kemenangan", "ulang tahun") or nil
--     -- e.planned: true for a meeting or call not yet held ("akan bertemu")
--     -- e.start, e.stop: the sentence that first reports it; e.evidence = {start, stop}
--     -- e.mentions: the {start, stop} evidence of every mention merged into it
--   end
--   kimput.events.add{ "menyurati", class = "verb", type = "letter", frame = "send", direct = true }
--   kimput.events.rule{ name = "titip", type = "letter", flags = "i",   -- a PCRE2 rule of one's own
--     pattern = [[(?<sender>{PERSON}) menyelipkan surat untuk (?<recipient>{PERSON})]] }
--   kimput.events.reload()  -- reread the lexicon file after editing it
--
-- Date: the date of the same sentence nearest the words (not a citation's),
-- else the date of an event told in the sentence before, else the date of
-- the occasion when doc:occasions() knows it.
local core = require "kimput.core"
local document = require "kimput.document"
local entities = require "kimput.entities"
local Document = core.Document

local M = {}


local lexicon   -- the compiled C lexicon
local named_days, named_count = {}, 0  -- reference (tostring) -> occasion name -> {date value or nil, alone}
local extra = {}  -- words added with M.add, kept over reloads

local function add_word(lex, w)
  lex:add(w[1], w.class, w.type or "none", w.frame or "send", w.direct or false, w.possessed or false,
    w.occasion or false, w.verbal or false, w.answer or false, w.pronoun or false)
end

--- Builds the C lexicon from kimput.rules.events (done once, on first use).
function M.compile()
  local file = require "kimput.rules.events"
  local lex = core.event_lexicon()
  local listed = {}
  for _, v in ipairs(file.verbs) do listed[v[1]:lower()] = true end
  for _, v in ipairs(file.verbs) do
    add_word(lex, { v[1], class = "verb", type = v.type, frame = v.frame, direct = v.direct, answer = v.answer })
    -- a typed verb of one word that takes its party right after it takes it as a -nya too
    -- ("meneleponnya", "menemuinya"), unless the -nya form is listed with a meaning of its own
    local nya = v[1]:lower() .. "nya"
    if v.direct and v.type and not v[1]:find(" ", 1, true) and not listed[nya] and v.frame ~= "passive" then
      add_word(lex, { nya, class = "verb", type = v.type, frame = v.frame, direct = true, pronoun = true })
    end
  end
  -- a noun that is also an occasion (belasungkawa) keeps its class and names the occasion
  local occasion = {}
  for _, w in ipairs(file.words.occasion or {}) do occasion[w:lower()] = true end
  local nouns = {}
  for _, n in ipairs(file.nouns) do
    nouns[n[1]:lower()] = true
    add_word(lex, { n[1], class = "noun", type = n.type, possessed = n.possessed, verbal = n.verbal,
                    occasion = occasion[n[1]:lower()], answer = n.answer })
  end
  for class, words in pairs(file.words) do
    for _, w in ipairs(words) do
      if not (class == "occasion" and nouns[w:lower()]) then add_word(lex, { w, class = class }) end
    end
  end
  for _, w in ipairs(extra) do add_word(lex, w) end
  lexicon = lex
  return lex
end

--- Adds a word to the lexicon: { phrase, class = "verb"|"noun"|"to"|"from"|
-- "with"|"and"|"planned"|"front"|"say"|"skip"|"block"|"occasion"|"cite"|
-- "this"|"that"|"they"|"namely"|"stop"|"reply"|"relative"|"deny"|"led"|"unlike"|"cancel"|"to_pronoun"|"grief"|
-- "envoy"|"along",
-- type =, frame =,
-- direct =,
-- possessed =, occasion =, verbal =, answer =, pronoun = } (see lua/kimput/rules/events.lua).
function M.add(spec)
  if type(spec) ~= "table" or type(spec[1]) ~= "string" or type(spec.class) ~= "string" then
    error("events.add: expects {phrase, class = ..., type = ..., frame = ...}", 2)
  end
  local lex = lexicon or M.compile()
  add_word(lex, spec)  -- raises on a bad class, type or frame before it is kept
  extra[#extra + 1] = spec
end

local TYPE_OK = { letter = true, message = true, call = true, meeting = true }
local own_rules = {}  -- {rule =, type =} from M.rule

--- Adds a PCRE2 event rule (kimput.rule spec plus `type`): its named groups
-- `sender` and `recipient` (entity macros, resolved as in docs/rules.md) give
-- the parties; its events join doc:events() for documents parsed after.
function M.rule(spec)
  if type(spec) ~= "table" or not TYPE_OK[spec.type] then
    error("events.rule: expects {name =, pattern =, type = \"letter\"|\"message\"|\"call\"|\"meeting\"}", 2)
  end
  if type(spec.pattern) ~= "string" or not (spec.pattern:find("(?<sender>", 1, true)
      and spec.pattern:find("(?<recipient>", 1, true)) then
    error(("events.rule %q: needs the named groups (?<sender>...) and (?<recipient>...)"):format(
      tostring(spec.name)), 2)
  end
  local r = require("kimput.rules").rule{ name = spec.name, pattern = spec.pattern, flags = spec.flags,
                                          where = spec.where, limits = spec.limits }
  own_rules[#own_rules + 1] = { rule = r, type = spec.type }
  return r
end

function M.reload()
  package.loaded["kimput.rules.events"] = nil
  lexicon = nil
  named_days, named_count = {}, 0  -- a holiday may have been added
end

-- the date of a named day (Hari Kemerdekaan) the occasion names, from the
-- holiday lexicon, against the reference ref (doc:reference()); remembered per
-- reference and name (a corpus repeats them; no key is built per event;
-- kimput.events.reload() forgets them after kimput.dates.holiday{...})
local COMING_DAYS = 31  -- a greeting told this many days or fewer before a named day is for it

-- The days from a YYYY-MM-DD to another (nil when either is no full date).
local function days_between(a, b)
  local ya, ma, da = tostring(a):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  local yb, mb, db = tostring(b):match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if not (ya and yb) then return nil end
  local ta = os.time { year = tonumber(ya), month = tonumber(ma), day = tonumber(da), hour = 12 }
  local tb = os.time { year = tonumber(yb), month = tonumber(mb), day = tonumber(db), hour = 12 }
  return math.floor((tb - ta) / 86400 + 0.5)
end

-- The named day's date in the reference's year (or false), and whether it dates a greeting told
-- with no date of its own: not when it comes within COMING_DAYS after the reference, this year's or
-- next year's, as a greeting for a day just ahead was sent before it, on a day the named day does
-- not tell ("pesan Tahun Baru" read on 31 December is for the coming 1 January, neither the one
-- gone nor the one ahead). Its month and day still complete a year told with it ("tahun lalu").
local function named_day(name, ref)
  local dates = require("kimput.dates")
  local ok, item = pcall(dates.date, name, ref)
  local v = ok and item and item.name and item.value or false
  local gap = v and days_between(ref, v)
  if gap and gap > 0 then return v, gap > COMING_DAYS end
  if gap and gap < 0 then
    local y = tostring(ref):match("^%d%d%d%d")
    local ok2, next_item = pcall(dates.date, name, ("%04d"):format(tonumber(y) + 1) .. tostring(ref):sub(5, 10))
    local nv = ok2 and next_item and next_item.name and next_item.value
    local ahead = nv and days_between(ref, nv)
    if ahead and ahead > 0 and ahead <= COMING_DAYS then return v, false end
  end
  return v, v ~= false
end

-- occasion_date(ref, name) -> the named day (nil when none), and whether it dates a greeting alone
-- (named_day); the pair is kept per reference and name
local function occasion_date(ref, name)
  local days = named_days[tostring(ref)]
  local d = days and days[name]
  if d == nil then
    local v, alone = named_day(name, ref)
    d = { v or nil, alone }
    if named_count >= 4096 then named_days, named_count, days = {}, 0, nil end
    if not days then
      days = {}
      named_days[tostring(ref)] = days
    end
    days[name], named_count = d, named_count + 1
  end
  return d[1], d[2]
end

-- an event's date at day precision: a part of the day or a clock time ("pukul 10.00 WIB",
-- 2024-06-19T10:00) is not the day it was sent or held
local function day_of(value)
  return value and (value:match("^(%d%d%d%d%-%d%d%-%d%d)T") or value) or nil
end

-- One person named two ways in an article ("Raja Salman", then "Raja Arab Saudi Salman Bin Abdul Aziz
-- Al-Saud") may stand for two entities: is name a the same as b, one of them, of two words at least,
-- opening the other (case, spaces, hyphens and dots aside)?
-- (a name's squashed form and whether it has two words, kept across documents: the same leaders'
-- names come back article after article; the table starts afresh past SQUASHED_MAX names)
local SQUASHED_MAX = 4096
local squashed, two_words, squashed_count = {}, {}, 0
local function squash(name)
  local s = squashed[name]
  if s then return s, two_words[name] end
  if squashed_count >= SQUASHED_MAX then squashed, two_words, squashed_count = {}, {}, 0 end
  local two = name:find("%S%s+%S") ~= nil
  s = name:lower():gsub("[%s%-%.']", "")
  squashed[name], two_words[name], squashed_count = s, two, squashed_count + 1
  return s, two
end
local function same_person(a, b)
  if a == b then return true end
  if not (a and b) then return false end
  local sa, two_a = squash(a)
  local sb, two_b = squash(b)
  if #sa > #sb then sa, sb, two_a = sb, sa, two_b end
  return two_a and sb:sub(1, #sa) == sa
end

local VARIANT_REACH = 32  -- earlier events an event is compared with for a variant of a name

-- The events whose parties differ only by such a variant of a name are one: the later one's mentions
-- and date join the earlier (events of the same parties exactly are the engine's to tell apart:
-- "keduanya kembali bertemu" is another meeting). The events kept are moved up in out itself (out[1..n]
-- are the kept ones while out is read): no second list grown per document.
local function merge_variants(out)
  local n = 0
  for k = 1, #out do
    local e = out[k]
    local etype, es, er, ed = e.type, e.sender, e.recipient, e.date
    local undirected = etype == "meeting" or etype == "call"
    local into
    local last = n - VARIANT_REACH + 1
    if last < 1 then last = 1 end
    for i = n, last, -1 do
      local x = out[i]
      local xs, xr = x.sender, x.recipient
      if x.type == etype and not (xs == es and xr == er) and not (xs == er and xr == es)
          and not (x.date and ed and x.date ~= ed) then
        local a, b = es, er
        if undirected and not (same_person(xs, a) and same_person(xr, b)) then a, b = b, a end
        if same_person(xs, a) and same_person(xr, b) then into = x; break end
      end
    end
    if into then
      local ms, im = e.mentions, into.mentions
      if ms then for j = 1, #ms do im[#im + 1] = ms[j] end end
      if not into.date then into.date, into.date_span = ed, e.date_span end
    else
      n = n + 1
      out[n] = e
    end
  end
  for k = #out, n + 1, -1 do out[k] = nil end
  return out
end

-- The events of one document (doc:events() keeps them).
local function find_events(doc, cache)
  local lex = lexicon or M.compile()
  -- (doc:dates() keeps its list in the cache, under "dates" (document.memo): read there when the
  -- dates stage has run, a method call and a second cache look-up saved per document)
  local dates = cache.dates
  if dates == nil then dates = type(doc.dates) == "function" and doc:dates() or {} end
  local out = lex:scan(doc, entities.lexicon(), cache.stage_spans or document.spans(doc), dates) or {}
  local ref, ref_read  -- doc:reference(), read once when an occasion asks
  -- (the lists of lex:scan are sequences: read by index, no iterator called per event)
  local count = #out
  for i = 1, count do
    local e = out[i]
    -- (e.date is at day precision already: lex:scan cuts a part of the day or a clock time)
    -- a bare year beside a named occasion is history told about it ("dirayakan sejak 1945");
    -- named days are capitalised: "ulang tahun" needs no look-up
    if e.occasion and e.occasion:find("^%u") and (not e.date or e.date:match("^%d%d%d%d$")) then
      if not ref_read then ref, ref_read = doc:reference(), true end
      local day, alone = occasion_date(ref, e.occasion)
      -- a year told relative to the reference is the year of that day ("pada Hari Kemerdekaan
      -- tahun lalu"); one written, history ("sejak 1946"), is not
      local md = e.date and day and e.date_span and day:match("^%d%d%d%d(%-%d%d%-%d%d)$")
      if md then
        md = nil
        for _, d in ipairs(dates) do
          if d.start == e.date_span[1] then md = d.anchor and day:sub(5); break end
        end
      end
      e.date = md and e.date .. md or (alone and day) or e.date
    end
  end
  if count > 1 then out = merge_variants(out) end  -- (one event merges with none)
  if #own_rules > 0 then M._own(doc, dates, out) end
  return out
end

--- doc:events() -> the events, one per event the article reports, in text order.
function Document:events()
  return document.memo(self, "events", find_events)
end

local CLASS = { letter = "letter", message = "letter", call = "call", meeting = "meeting" }

-- the events of the analysts' PCRE2 rules, merged into out
function M._own(doc, dates, out)
  for _, own in ipairs(own_rules) do
    for _, m in ipairs(own.rule:scan(doc)) do
      local a, b = m.sender_resolved ~= false and m.sender, m.recipient_resolved ~= false and m.recipient
      if a and b and a ~= b then
        local found
        for _, e in ipairs(out) do
          if CLASS[e.type] == CLASS[own.type] and ((e.sender == a and e.recipient == b)
              or (own.type == "meeting" and e.sender == b and e.recipient == a)) then found = e; break end
        end
        if found then
          found.mentions[#found.mentions + 1] = { m.start, m.stop }
        else
          local date, dist
          for _, d in ipairs(dates) do
            if (d.kind == "date" or d.kind == "time") and d.start >= m.sentence_start and d.stop <= m.sentence_stop then
              local x = math.abs(d.start - m.start)
              if not dist or x < dist then date, dist = d, x end
            end
          end
          out[#out + 1] = { type = own.type, sender = a, recipient = b, date = date and day_of(date.value),
                            start = m.sentence_start, stop = m.sentence_stop, evidence = { m.start, m.stop },
                            mentions = { { m.start, m.stop } }, rule = own.rule.name }
        end
      end
    end
  end
  table.sort(out, function(x, y) return x.evidence[1] < y.evidence[1] end)
end

return M
