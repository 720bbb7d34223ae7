--- kimput.events: correspondence and contact events (GUIDELINES §5), found in
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
--   kimput.events.reload()  -- reread the lexicon file after editing it
--
-- Date: the date of the same sentence nearest the words (not a citation's),
-- else the date of an event told in the sentence before, else the date of
-- the occasion when doc:occasions() knows it.
local core = require "kimput.core"
local document = require "kimput.document"
local Document = core.Document

local M = {}

local TYPES = { [0] = "letter", "message", "call", "meeting" }
local KINDS = { person = 0, org = 1, outlet = 2, place = 3 }
local DATE_KINDS = { date = 0, time = 1, duration = 2, set = 3 }

local lexicon   -- the compiled C lexicon
local extra = {}  -- words added with M.add, kept over reloads

local function add_word(lex, w)
  lex:add(w[1], w.class, w.type or "none", w.frame or "send", w.direct or false, w.possessed or false)
end

--- Builds the C lexicon from kimput.rules.events (done once, on first use).
function M.compile()
  local file = require "kimput.rules.events"
  local lex = core.event_lexicon()
  for _, v in ipairs(file.verbs) do
    add_word(lex, { v[1], class = "verb", type = v.type, frame = v.frame, direct = v.direct })
  end
  for _, n in ipairs(file.nouns) do
    add_word(lex, { n[1], class = "noun", type = n.type, possessed = n.possessed })
  end
  for class, words in pairs(file.words) do
    for _, w in ipairs(words) do add_word(lex, { w, class = class }) end
  end
  for _, w in ipairs(extra) do add_word(lex, w) end
  lexicon = lex
  return lex
end

--- Adds a word to the lexicon: { phrase, class = "verb"|"noun"|"to"|"from"|
-- "with"|"and"|"planned"|"front"|"say"|"skip"|"block"|"occasion"|"cite",
-- type =, frame =, direct =, possessed = } (see lua/kimput/rules/events.lua).
function M.add(spec)
  if type(spec) ~= "table" or type(spec[1]) ~= "string" or type(spec.class) ~= "string" then
    error("events.add: expects {phrase, class = ..., type = ..., frame = ...}", 2)
  end
  local lex = lexicon or M.compile()
  add_word(lex, spec)  -- raises on a bad class, type or frame before it is kept
  extra[#extra + 1] = spec
end

function M.reload()
  package.loaded["kimput.rules.events"] = nil
  lexicon = nil
end

-- the party mentions as the engine reads them, and the entity names by index
local function flat_mentions(doc)
  local list = {}
  for _, m in ipairs(doc:mentions() or {}) do
    if m.name and (m.kind == "person" or m.kind == "org") then list[#list + 1] = m end
  end
  local function name_start(m) return m.name_start or m.start end
  table.sort(list, function(a, b) return name_start(a) < name_start(b) end)
  local flat, names, index = {}, {}, {}
  for i, m in ipairs(list) do
    local id = index[m.name]
    if not id then
      names[#names + 1] = m.name
      id = #names
      index[m.name] = id
    end
    local k = 7 * (i - 1)
    flat[k + 1], flat[k + 2] = m.start, m.stop
    flat[k + 3], flat[k + 4] = name_start(m), m.name_stop or m.stop
    flat[k + 5], flat[k + 6] = id, KINDS[m.kind]
    flat[k + 7] = m.pronoun and 2 or (m.description and 3 or 0)
  end
  return flat, names
end

local function flat_dates(doc)
  local flat, values, list = {}, {}, {}
  if type(doc.dates) ~= "function" then return flat, values, list end
  for _, d in ipairs(doc:dates() or {}) do
    if d.start and d.stop and d.value then list[#list + 1] = d end
  end
  table.sort(list, function(a, b) return a.start < b.start end)
  for i, d in ipairs(list) do
    flat[3 * i - 2], flat[3 * i - 1], flat[3 * i] = d.start, d.stop, DATE_KINDS[d.kind] or 0
    values[i] = d.value
  end
  return flat, values, list
end

-- the date doc:occasions() gives the occasion named
local function occasion_date(doc, name)
  if type(doc.occasions) ~= "function" then return nil end
  name = name:lower()
  for _, o in ipairs(doc:occasions() or {}) do
    if o.name and o.value and o.name:lower() == name then return o.value end
  end
  return nil
end

--- doc:events() -> the events, one per event the article reports, in text order.
function Document:events()
  return document.memo(self, "events", function(doc)
    local lex = lexicon or M.compile()
    local text = doc:text()
    local mflat, names = flat_mentions(doc)
    if #names < 2 then return {} end
    local dflat, values, dates = flat_dates(doc)
    local r = lex:scan(doc, mflat, #names, dflat, values)
    local out, first = {}, {}
    for i = 0, #r // 12 - 1 do
      local k = 12 * i
      local merged = r[k + 6]
      local evidence = { r[k + 9], r[k + 10] }
      if merged == 0 then
        local date = r[k + 5]
        local e = {
          type = TYPES[r[k + 1]], planned = r[k + 2] == 1 or nil,
          sender = names[r[k + 3]], recipient = names[r[k + 4]],
          date = date > 0 and values[date] or nil,
          date_span = date > 0 and { dates[date].start, dates[date].stop } or nil,
          start = r[k + 7], stop = r[k + 8], evidence = evidence, mentions = { evidence },
          occasion = r[k + 11] > 0 and text:sub(r[k + 11], r[k + 12]) or nil,
        }
        -- a bare year beside a named occasion is history told about it ("dirayakan sejak 1945")
        if e.occasion and (not e.date or e.date:match("^%d%d%d%d$")) then
          e.date = occasion_date(doc, e.occasion) or e.date
        end
        out[#out + 1] = e
        first[i + 1] = e
      else
        local e = first[merged]
        e.mentions[#e.mentions + 1] = evidence
      end
    end
    return out
  end)
end

return M
