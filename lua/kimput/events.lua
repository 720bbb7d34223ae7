--- kimput.events: correspondence and contact events (docs/output.md, events),
-- built only with the rule API from the rule file kimput.rules.letters.
--
--   for _, e in ipairs(doc:events()) do
--     -- e.type: "letter" | "message" | "call" | "meeting"
--     -- e.sender, e.recipient: canonical names (for a meeting, the two parties)
--     -- e.date: TIMEX3 value or nil; e.occasion: as written ("Hari Kemenangan") or nil
--     -- e.start, e.stop: the sentence that first reports it; e.evidence = {start, stop}: the match
--     -- e.mentions: every {start, stop} match merged into this event; e.rule: the first rule
--   end
--   kimput.events.reload()  -- recompile the rules after adding entities or editing the rule file
--
-- Date: the date expression (doc:dates(), kind date or time) of the same
-- sentence nearest the match, leaving out the date of a citation ("Dikutip
-- dari ..., Rabu, 10 Mei 2023,"); else the date of the occasion (a sentence
-- naming the occasion with a date: "saat Rusia memperingati Hari Kemenangan
-- pada 9 Mei"). Occasion: named in the same sentence, or in the next one
-- when it refers back ("Surat ini dikirimkan untuk ... Hari Pembebasan").
-- Merging: a second mention of the same letter is the same event: same
-- parties, letters and messages alike (a message and a letter between the
-- same parties on the same occasion are one letter), occasions compatible.
local core = require "kimput.core"
local document = require "kimput.document"
local rules = require "kimput.rules"
local Document = core.Document

local M = {}

local compiled  -- {set =, occasion =, specs = {name -> spec}}

local function rule_file() return require "kimput.rules.letters" end

--- Compiles the rule file (done once, on first use).
function M.compile()
  local file = rule_file()
  for name, def in pairs(file.macros or {}) do rules.macro(name, def) end
  rules.macro("OCCASION", file.occasions or {})
  local specs, list = {}, {}
  for _, r in ipairs(file.rules) do
    specs[r.name] = r
    list[#list + 1] = { name = r.name, pattern = r.pattern, flags = r.flags, where = r.where }
  end
  compiled = {
    set = rules.ruleset(list),
    specs = specs,
    occasion = rules.rule{ name = "occasion", pattern = "(?<occasion>{OCCASION})" },
  }
  return compiled
end

function M.reload()
  package.loaded["kimput.rules.letters"] = nil
  compiled = nil
end

local function lower_has(s, words)
  s = s:lower()
  for _, w in ipairs(words) do
    if s:find("%f[%w]" .. w .. "%f[^%w]") then return true end
  end
  return false
end

local LETTER_WORDS = { "surat", "kartu", "telegram", "suratnya" }

-- dates of kind date/time, sorted, when the dates feature exists
local function dated(doc)
  if type(doc.dates) ~= "function" then return {} end
  return document.memo(doc, "events.dates", function(d)
    local out = {}
    for _, x in ipairs(d:dates() or {}) do
      if (x.kind == nil or x.kind == "date" or x.kind == "time") and x.value and x.start then out[#out + 1] = x end
    end
    table.sort(out, function(a, b) return a.start < b.start end)
    return out
  end)
end

-- a date that a citation clause carries ("Seperti dilansir CNN, Jumat (28/7/2023),")
local CITATION = { "dilansir", "dikutip", "mengutip", "melansir", "dilaporkan", "diberitakan" }
local function is_citation(text, sentence_start, d)
  local before = text:sub(math.max(sentence_start, d.start - 80), d.start - 1)
  -- (within one sentence a period belongs to a domain or an abbreviation: inews.co.uk)
  local clause = before:match("([^,;]*),%s*$") or before:match("([^,;]*)$") or ""
  for _, w in ipairs(CITATION) do
    if clause:lower():find(w, 1, true) then return true end
  end
  -- the date right after a citation clause and its source, between commas
  local tail = before:match(",([^,]*),%s*$")
  return tail ~= nil and lower_has(before, CITATION) and text:sub(d.stop + 1, d.stop + 1) == ","
end

-- the date nearest the match inside its sentence
local function sentence_date(doc, text, m)
  local best, best_dist
  for _, d in ipairs(dated(doc)) do
    if d.start >= m.sentence_start and d.stop <= m.sentence_stop and not is_citation(text, m.sentence_start, d) then
      local dist = d.start > m.stop and d.start - m.stop or (d.stop < m.start and m.start - d.stop or 0)
      if not best_dist or dist < best_dist then best, best_dist = d, dist end
    end
  end
  return best and best.value
end

-- occasions found in the document: {occasion, start, stop, sentence_start, sentence_stop}
local function occasions(doc)
  return document.memo(doc, "events.occasions", function(d) return compiled.occasion:scan(d) end)
end

local function occasion_in(doc, s, e)
  for _, o in ipairs(occasions(doc)) do
    if o.start >= s and o.stop <= e then return o.occasion end
  end
  return nil
end

-- the sentence after the one ending at stop, when it refers back to a letter
local REFERS_BACK = { "^%s*[Ss]urat%s+%a*%s*[it][nt][iu]", "^%s*[Ss]urat%s+tersebut", "^%s*[Pp]esan%s+[it][nt][iu]",
                      "^%s*[Pp]esan%s+tersebut", "^%s*[Uu]capan%s+[it][nt][iu]" }
local function next_sentence_occasion(doc, text, stop)
  for s, e in doc:sentences() do
    if s > stop then
      local head = text:sub(s, math.min(e, s + 40))
      for _, p in ipairs(REFERS_BACK) do
        if head:find(p) then return occasion_in(doc, s, e) end
      end
      return nil
    end
  end
  return nil
end

-- the date of an occasion: the doc:occasions() value, else a date in a sentence naming it
local function occasion_date(doc, text, name)
  if type(doc.occasions) == "function" then
    for _, o in ipairs(doc:occasions() or {}) do
      if o.name and o.value and o.name:lower() == name:lower() then return o.value end
    end
  end
  for _, o in ipairs(occasions(doc)) do
    if o.occasion:lower() == name:lower() then
      local v = sentence_date(doc, text, o)
      if v then return v end
    end
  end
  return nil
end

-- a party's canonical name; nil for a pronoun or description nobody was found for
local function resolved(m, key)
  return m[key .. "_resolved"] and m[key] or nil
end

local function candidates(doc, text, m)
  local spec = compiled.specs[m.rule]
  local kind = spec.type
  local a = resolved(m, "sender") or resolved(m, "a")
  local b = resolved(m, "recipient") or resolved(m, "b")
  if not a or not b or a == b then return {} end
  local sentence = text:sub(m.sentence_start, m.sentence_stop)
  if kind == "correspondence" then kind = lower_has(m.noun or "", LETTER_WORDS) and "letter" or "message" end
  -- congratulations in a speech are not correspondence
  if kind == "message" and lower_has(sentence, rule_file().speech or {}) then return {} end
  local base = {
    start = m.sentence_start, stop = m.sentence_stop, evidence = { m.start, m.stop }, rule = m.rule,
    date = sentence_date(doc, text, m),
    occasion = occasion_in(doc, m.sentence_start, m.sentence_stop)
      or next_sentence_occasion(doc, text, m.sentence_stop),
  }
  -- a bare year beside a named occasion is history told about the occasion
  -- ("Hari Kemenangan, yang merayakan kemenangan ... pada 1945"): the occasion's date is nearer
  if base.occasion and base.date and base.date:match("^%d%d%d%d$") then base.date = nil end
  local function event(t, from, to)
    local e = { type = t, sender = from, recipient = to }
    for k, v in pairs(base) do e[k] = v end
    e.mentions = { { m.start, m.stop } }
    return e
  end
  if kind == "exchange" then return { event("letter", a, b), event("letter", b, a) } end
  return { event(kind, a, b) }
end

local CORRESPONDENCE = { letter = true, message = true }

local function same_event(x, y)
  local same_kind = x.type == y.type or (CORRESPONDENCE[x.type] and CORRESPONDENCE[y.type])
  if not same_kind then return false end
  local same_parties = (x.sender == y.sender and x.recipient == y.recipient)
    or ((x.type == "meeting" or x.type == "call") and x.sender == y.recipient and x.recipient == y.sender)
  if not same_parties then return false end
  return x.occasion == nil or y.occasion == nil or x.occasion:lower() == y.occasion:lower()
end

local function merge(into, e)
  if e.type == "letter" then into.type = "letter" end
  into.occasion = into.occasion or e.occasion
  into.date = into.date or e.date
  into.mentions[#into.mentions + 1] = e.mentions[1]
end

--- doc:events() -> the events, one per event the article reports, in text order.
function Document:events()
  return document.memo(self, "events", function(doc)
    if not compiled then M.compile() end
    local text = doc:text()
    local out = {}
    for _, m in ipairs(compiled.set:scan(doc)) do
      for _, e in ipairs(candidates(doc, text, m)) do
        local found
        for _, x in ipairs(out) do
          if same_event(x, e) then found = x; break end
        end
        if found then merge(found, e) else out[#out + 1] = e end
      end
    end
    for _, e in ipairs(out) do
      if not e.date and e.occasion then e.date = occasion_date(doc, text, e.occasion) end
    end
    return out
  end)
end

return M
