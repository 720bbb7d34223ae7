--- kimput.entities: the entity gazetteer and the mentions of a document.
--
--   local entities = require("kimput").entities
--   entities.add{name = "Choe Son Hui", kind = "person", aliases = {"Choe Son-hui", "Choe"},
--                titles = {"Menlu"}, country = "Korea Utara"}
--   entities.add_title("Wakil Perdana Menteri")   -- a role written before names
--   entities.list()          -- every entry;  entities.list("outlet") -- one kind
--   entities.lookup("Kim Jong-un")  --> the entry {name = "Kim Jong Un", kind = "person", ...} or nil
--   for _, m in ipairs(doc:mentions()) do
--     -- m.text, m.start, m.stop (1-based, inclusive; a title chain written before
--     -- the name is included), m.name (canonical; nil for a title nobody was
--     -- introduced with), m.kind, m.form ("name", "title", "pronoun", "description"),
--     -- m.resolved = true when the name came from the document's chain (a short
--     -- mention, a pronoun, a title alone, a description) rather than from the words,
--     -- m.name_start/m.name_stop (the name without its role), m.title with
--     -- m.role_start/m.role_stop (the title chain or appositive role, when any),
--     -- m.entity (the same number for every mention of one entity in the document)
--   end
--
-- The mentions are found in C (csrc/mentions.c) with a lexicon built once
-- from the gazetteer, lexicon/titles.lua, lexicon/cues.lua and the calendar
-- words (entities.lexicon()); names no list holds are found by their shape
-- and the titles around them.
--
-- kinds: "person", "org", "outlet" (news agencies and media), "place".
-- Matching ignores case and treats "-" as a space; a one-word alias must be
-- capitalised in the text ("Kim", not "kim") and an all-capitals alias of up to
-- four letters must match exactly ("AS" is not "as"). The word lists are in
-- lexicon/entities.lua and lexicon/titles.lua; the C gazetteer (gazetteer.c)
-- matches them over the tokens of doc:body_spans().
local core = require "kimput.core"
local lexicon = require "kimput.lexicon.entities"
local title_lexicon = require "kimput.lexicon.titles"
local months = require "kimput.lexicon.months"
local weekdays = require "kimput.lexicon.weekdays"

local Document = core.Document
local M = {}

local KINDS = { person = true, org = true, outlet = true, place = true }

local entries = {}       -- the entries, in order
local by_key = {}        -- normalised surface form -> { entry = e, flag = ... }
local titles = {}        -- normalised title -> true
local gazetteer          -- the C gazetteer, built when first needed
local generation = 0     -- bumped on every change, so cached documents notice

--- The normalised form of a surface: lower case, hyphens and spaces as one space.
function M.normalise(s)
  return (s:lower():gsub("[%s%-]+", " "):gsub("^ ", ""):gsub(" $", ""))
end
local normalise = M.normalise

-- How a surface form must appear in the text: "exact" for short all-capitals
-- forms (AS, AP, UE), "upper" for one word, else any case.
local function flag_for(surface)
  local letters = surface:gsub("[^%a]", "")
  if not surface:find("%l") and #letters <= 4 then return "exact" end
  if not surface:find("[%s%-]") then return "upper" end
  return "none"
end

local lexicon_c  -- the C lexicon (see build_lexicon below)
local function changed()
  gazetteer = nil
  lexicon_c = nil
  generation = generation + 1
end

local function check_string(v, what)
  if type(v) ~= "string" or not v:find("%S") then
    error(("entities.add: %s must be a non-empty string (got %s)"):format(what, tostring(v)), 3)
  end
  if #v > 200 then error(("entities.add: %s is longer than 200 bytes"):format(what), 3) end
  local _, spaces = normalise(v):gsub(" ", "")
  if spaces >= 8 then error(("entities.add: %s has more than 8 words"):format(what), 3) end
end

--- Adds an entity, or extends the entry of the same name.
-- spec = {name =, kind = "person"|"org"|"outlet"|"place", aliases = {...},
--         titles = {...}, country = "..."}; returns the entry.
function M.add(spec)
  if type(spec) ~= "table" then error("entities.add: expects a table {name =, kind =, ...}", 2) end
  check_string(spec.name, "name")
  if not KINDS[spec.kind] then
    error(("entities.add: kind must be person, org, outlet or place (got %s)"):format(tostring(spec.kind)), 2)
  end
  for _, a in ipairs(spec.aliases or {}) do check_string(a, "alias") end
  for _, t in ipairs(spec.titles or {}) do check_string(t, "title") end
  local key = normalise(spec.name)
  local entry = by_key[key] and by_key[key].entry
  if not entry or normalise(entry.name) ~= key then
    entry = { name = spec.name, kind = spec.kind, aliases = {}, titles = {} }
    entries[#entries + 1] = entry
  end
  entry.kind = spec.kind
  entry.country = spec.country or entry.country
  entry.regional = spec.regional
  by_key[key] = { entry = entry, flag = flag_for(spec.name), surface = spec.name }
  for _, a in ipairs(spec.aliases or {}) do
    entry.aliases[#entry.aliases + 1] = a
    by_key[normalise(a)] = { entry = entry, flag = flag_for(a), surface = a }
  end
  for _, t in ipairs(spec.titles or {}) do
    entry.titles[#entry.titles + 1] = t
    titles[normalise(t)] = true
  end
  changed()
  return entry
end

--- Adds a title or role written before names ("Wakil Perdana Menteri").
function M.add_title(t)
  if type(t) ~= "string" or not t:find("%S") then error("entities.add_title: expects a string", 2) end
  check_string(t, "title")
  titles[normalise(t)] = true
  changed()
end

--- The entries, all or of one kind (the regional entries of lexicon/regions.lua
-- only when a kind is asked for).
function M.list(kind)
  local out = {}
  for _, e in ipairs(entries) do
    if (kind == nil and not e.regional) or e.kind == kind then out[#out + 1] = e end
  end
  return out
end

--- The entry a surface form names, or nil (case rules as in the text).
function M.lookup(surface)
  if type(surface) ~= "string" then return nil end
  local hit = by_key[normalise(surface)]
  if not hit then return nil end
  local trimmed = surface:match("^%s*(.-)%s*$")
  if hit.flag == "exact" and trimmed ~= hit.surface then return nil end
  if hit.flag == "upper" and not trimmed:find("^[%u\128-\255]") then return nil end
  return hit.entry
end

--- A number that changes whenever the gazetteer does (for caches built on it).
function M.generation() return generation end

--- Is the normalised word or phrase a title (Presiden, Menlu, juru bicara)?
function M.is_title(s) return titles[normalise(s)] == true end

for _, e in ipairs(lexicon) do M.add(e) end
for _, e in ipairs(require "kimput.lexicon.regions") do
  e.regional = true
  M.add(e)
end
for _, t in ipairs(title_lexicon.titles) do titles[normalise(t)] = true end
for _, t in ipairs(title_lexicon.offices or {}) do titles[normalise(t)] = true end

-- Targets of the gazetteer ids: an entity entry, a title, a pronoun.
local targets
local function build()
  gazetteer = core.gazetteer()
  targets = {}
  local function add(surface, target, flag)
    targets[#targets + 1] = target
    gazetteer:add(surface, #targets, flag)
  end
  for _, hit in pairs(by_key) do add(hit.surface, { type = "entity", entry = hit.entry }, hit.flag) end
  for t in pairs(titles) do add(t, { type = "title" }, "none") end
  for _, p in ipairs(title_lexicon.pronouns) do add(p, { type = "pronoun" }, "none") end
end

local CAPS = { type = "caps" }

local not_name = {}
for _, w in ipairs(title_lexicon.not_names) do not_name[w:lower()] = true end

--- Could the capitalised words text[s..e] be a person's name (no word that is
-- never a name: "Setelah", "Dalam")?
function M.name_like(text, s, e)
  for w in text:sub(s, e):gmatch("%S+") do
    if not_name[w:lower()] then return false end
  end
  return true
end

local calendar_word = {}
for _, list in ipairs({ months, weekdays }) do
  for k, v in pairs(list) do
    if type(k) == "string" then calendar_word[k:lower()] = true end
    if type(v) == "string" then calendar_word[v:lower()] = true end
  end
end

-- A run of capitalised words right before a one-word person alias is one
-- unknown name ("Listyo Sigit Prabowo" is not Prabowo Subianto).
local function merge_names(text, items)
  local out, k = {}, 1
  while k <= #items do
    local it, nx = items[k], items[k + 1]
    if it.type == "caps" and nx and nx.type == "entity" and nx.entry.kind == "person"
       and text:sub(it.stop + 1, nx.start - 1) == " " and not text:sub(nx.start, nx.stop):find("[%s%-]")
       and M.name_like(text, it.start, it.stop) and (text:sub(it.start, it.stop):find("%s")
         or (text:sub(1, it.start - 1):match("(%S)%s*$") or "."):find("[%w,]")) then
      -- a one-word run merges only inside a sentence ("Hunter Biden"), not at
      -- its start, where it is more likely a noun ("Pidato Putin")
      out[#out + 1] = { start = it.start, stop = nx.stop, type = "caps" }
      k = k + 2
    elseif it.type == "entity" and it.entry.kind == "person" and nx and nx.type == "caps"
       and text:sub(it.stop + 1, nx.start - 1) == " " and not text:sub(it.start, it.stop):find("[%s%-]")
       and M.name_like(text, nx.start, nx.stop)
       and not calendar_word[(text:sub(nx.start, nx.stop):match("^[^%s]+") or ""):lower()] then
      -- and a one-word alias followed by capitalised words: "Kim Tae-hyo" is not Kim Jong Un
      out[#out + 1] = { start = it.start, stop = nx.stop, type = "caps" }
      k = k + 2
    else
      out[#out + 1] = it
      k = k + 1
    end
  end
  return out
end

--- The raw gazetteer matches of a document: a list of {start, stop, type,
-- entry} in text order, type "entity", "title", "pronoun" or "caps" (a run of
-- capitalised words the gazetteer does not know). Cached per document.
function M.items(doc)
  local cache = doc:_cache()
  if cache.entity_items and cache.entity_generation == generation then return cache.entity_items end
  if not gazetteer then build() end
  local flat = gazetteer:scan(doc, doc:body_spans())
  local items = {}
  for i = 1, #flat, 3 do
    local id = flat[i + 2]
    local t = id < 0 and CAPS or targets[id]
    items[#items + 1] = { start = flat[i], stop = flat[i + 1], type = t.type, entry = t.entry }
  end
  items = merge_names(doc:text(), items)
  cache.entity_items, cache.entity_generation = items, generation
  cache.mentions = nil
  return items
end


--- Drops calendar words (Maret, Senin) from the end of a run of capitalised
-- words, and acronyms of three letters or more (BNPB, DPR) from its start
-- when a name follows them (initials such as "JD" stay).
local function trim_caps(text, s, e)
  while true do
    local first, rest = text:sub(s, e):match("^(%u%u%u+)%s+()%S")
    if not first then break end
    s = s + rest - 1
  end
  while true do
    local last = text:sub(s, e):match(".*()%s%S+$")
    if not last then
      if calendar_word[text:sub(s, e):lower()] then return nil end
      return s, e
    end
    local w_start = s + last
    if not calendar_word[text:sub(w_start, e):lower()] then return s, e end
    e = w_start - 2
    while e >= s and text:sub(e, e):match("%s") do e = e - 1 end
  end
end
M.trim_caps = trim_caps

-- The C lexicon of the mention stage: every entity with its aliases, and the
-- word classes of lexicon/titles.lua, lexicon/cues.lua, months and weekdays.
local function build_lexicon()
  local lex = core.lexicon()
  local ids, place_ids = {}, {}
  for _, e in ipairs(entries) do
    ids[e] = lex:entity(e.name, e.kind)
    if e.kind == "place" then place_ids[e.name] = ids[e] end
  end
  for _, hit in pairs(by_key) do lex:alias(ids[hit.entry], hit.surface, hit.flag) end
  for _, e in ipairs(entries) do
    local place = e.country and place_ids[e.country]
    if place and e.kind ~= "place" then lex:country(ids[e], place) end
  end
  local function words(list, ...)
    for _, w in ipairs(list or {}) do lex:word(w, ...) end
  end
  for t in pairs(titles) do lex:word(t, "title") end
  words(title_lexicon.jurisdictions, "jurisdiction")
  words(title_lexicon.ranks, "rank")
  words(title_lexicon.qualifiers, "qualifier")
  words(title_lexicon.org_heads, "org_head")
  words(title_lexicon.connectors, "connector")
  words(title_lexicon.particles, "particle")
  words(title_lexicon.adverbs, "adverb")
  words(title_lexicon.pronouns, "pronoun")
  words(title_lexicon.description_ends, "description_end")
  words(title_lexicon.not_names, "not_name")
  words(title_lexicon.determiners, "determiner")
  words(title_lexicon.term_words, "term_word")
  for w in pairs(require "kimput.lexicon.stopwords") do lex:word(w, "function") end
  for _, list in ipairs({ months, weekdays }) do
    for k, v in pairs(list) do
      if type(k) == "string" then lex:word(k, "calendar") end
      if type(v) == "string" then lex:word(v, "calendar") end
    end
  end
  local cues = require "kimput.lexicon.cues"
  local CUE_CLASS = { after = "cue_after", before = "cue_before", reporting = "cue_reporting",
                      according = "cue_according", via = "cue_via", relay = "cue_relay", that = "that" }
  for cat, class in pairs(CUE_CLASS) do words(cues[cat], class) end
  return lex
end

--- The C lexicon (built when first needed, rebuilt after any change to the
-- gazetteer, the titles or the cues).
function M.lexicon()
  if not lexicon_c then lexicon_c = build_lexicon() end
  return lexicon_c
end

--- Forgets the C lexicon and bumps the generation (the cue lexicon changed).
function M.invalidate() changed() end

local KIND_NAMES = { [0] = "person", "org", "outlet", "place" }
local FORM_NAMES = { [0] = "name", "title", "pronoun", "description" }

--- The mentions of entities in the document, see the top of this file.
function Document:mentions()
  local cache = self:_cache()
  if cache.mentions and cache.mentions_generation == generation then return cache.mentions end
  local text = self:text()
  local flat, ents = core.mentions(self, M.lexicon(), self:body_spans())
  local out = {}
  for i = 1, #flat, 8 do
    local s, e, rs, re, ent = flat[i], flat[i + 1], flat[i + 2], flat[i + 3], flat[i + 4]
    local form = FORM_NAMES[flat[i + 6]]
    local m = { name_start = s, name_stop = e, kind = KIND_NAMES[flat[i + 5]], form = form,
                resolved = flat[i + 7] & 1 ~= 0 or nil, entity = ent > 0 and ent or nil }
    if ent > 0 then m.name = ents[3 * ent - 2] end
    if rs > 0 then
      m.role_start, m.role_stop = rs, re
      m.title = text:sub(rs, re)
      if form == "name" and rs < s then s = rs end  -- the role written before the name is part of the mention
    end
    m.start, m.stop, m.text = s, e, text:sub(s, e)
    if form == "pronoun" then m.pronoun = true elseif form == "description" then m.description = true end
    if m.name or form == "title" then out[#out + 1] = m end
  end
  cache.mentions, cache.mentions_generation = out, generation
  return out
end

return M
