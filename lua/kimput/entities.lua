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
--     -- m.entity (the same number for every mention of one entity in the document),
--     -- m.country (the gazetteer's), m.roles (the roles the text gives the person)
--   end
-- (text, name, title, country, roles and the spans equal to start/stop are
-- derived when read, not stored: pairs(m) lists the stored fields only)
--
-- The mentions are found in C (csrc/mentions.c) with a lexicon built once
-- from the gazetteer, lexicon/titles.lua, lexicon/cues.lua and the calendar
-- words (entities.lexicon()); names no list holds are found by their shape
-- and the titles around them.
--
-- kinds: "person", "org", "outlet" (news agencies and media), "place".
-- Matching ignores case and treats "-" as a space; a one-word alias must be
-- capitalised in the text ("Kim", not "kim") and an all-capitals alias of up to
-- four letters must match exactly ("AS" is not "as"); a person's alias of two
-- words or more also matches its other transliterations ("Dimitry Peskov" is
-- "Dmitry Peskov": csrc/spelling.c). The word lists are in
-- lexicon/entities.lua, lexicon/regions.lua, regencies.lua and titles.lua; the C
-- lexicon (lexicon.c, over the gazetteer of gazetteer.c) matches them over the
-- tokens of doc:body_spans().
local core = require "kimput.core"
local lexicon = require "kimput.lexicon.entities"
local title_lexicon = require "kimput.lexicon.titles"
local months = require "kimput.lexicon.months"
local weekdays = require "kimput.lexicon.weekdays"

local Document = core.Document
local M = {}

local KINDS = { person = true, org = true, outlet = true, place = true }
local NONE = {}  -- no aliases, no titles (never written)

local entries = {}       -- the entries, in order
local by_key = {}        -- normalised surface form -> { entry = e, flag = ... }
local titles = {}        -- normalised title -> true
local generation = 0     -- bumped on every change, so cached documents notice

local find, name_key = string.find, core.name_key

--- The normalised form of a surface: lower case, hyphens and spaces as one space
-- (in C: some two thousand names are keyed at every start).
function M.normalise(s)
  return (name_key(s))
end
local normalise = M.normalise

-- How a surface form must appear in the text (core.name_key gives it with a
-- kind): "exact" for short all-capitals forms (AS, AP, UE) and for two-letter
-- names (Xi is not the numeral of "Komisi XI"), "none" for a site's address of
-- an organisation or outlet (detik.com, in any case), "upper" for one word and for
-- the names of several words of organisations and outlets (made of common
-- words: "media Indonesia", "kedaulatan rakyat" are no outlets), else "none":
-- any case.

local lexicon_c  -- the C lexicon (see build_lexicon below)
local country_by_gaz  -- gazetteer id -> its entry's country or false, for this gazetteer (made when needed)
local function changed()
  lexicon_c = nil
  country_by_gaz = nil
  generation = generation + 1
end

-- Checks a name, alias or title given to M.add (at level 3: its caller's
-- caller); returns its normalised form, and with a kind how it must appear.
local function check_string(v, what, kind)
  if type(v) ~= "string" or not find(v, "%S") then
    error(("entities.add: %s must be a non-empty string (got %s)"):format(what, tostring(v)), 3)
  end
  if #v > 200 then error(("entities.add: %s is longer than 200 bytes"):format(what), 3) end
  local key, words, flag = name_key(v, kind)
  if words > 8 then error(("entities.add: %s has more than 8 words"):format(what), 3) end
  return key, flag
end

--- Adds an entity, or extends the entry of the same name.
-- spec = {name =, kind = "person"|"org"|"outlet"|"place", aliases = {...},
--         titles = {...}, country = "...", proper = true|nil}; returns the entry.
-- proper: the name and aliases of several words match only with a capital
-- first letter, as a one-word name does (a place named with common words).
function M.add(spec)
  if type(spec) ~= "table" then error("entities.add: expects a table {name =, kind =, ...}", 2) end
  local kind = KINDS[spec.kind] and spec.kind or nil
  local key, flag = check_string(spec.name, "name", kind)
  if not kind then
    error(("entities.add: kind must be person, org, outlet or place (got %s)"):format(tostring(spec.kind)), 2)
  end
  -- (a name made of common words that names a place only capitalised: "Tanah Datar", not "tanah datar")
  if spec.proper and flag == "none" then flag = "upper" end
  local aliases, titles_of = spec.aliases or NONE, spec.titles or NONE
  -- all checked before anything changes (most entries have no titles, many no aliases)
  local alias_keys, alias_flags, title_keys = NONE, NONE, NONE
  if #aliases > 0 then alias_keys, alias_flags = {}, {} end
  if #titles_of > 0 then title_keys = {} end
  for i, a in ipairs(aliases) do
    alias_keys[i], alias_flags[i] = check_string(a, "alias", kind)
    if spec.proper and alias_flags[i] == "none" then alias_flags[i] = "upper" end
  end
  for i, t in ipairs(titles_of) do title_keys[i] = check_string(t, "title") end
  local entry = by_key[key] and by_key[key].entry
  if not entry or normalise(entry.name) ~= key then
    -- (all six fields in the constructor: room for them at once, no rehash)
    entry = { name = spec.name, kind = spec.kind, aliases = {}, titles = {}, country = spec.country,
              regional = spec.regional }
    entries[#entries + 1] = entry
  end
  entry.kind = spec.kind
  entry.country = spec.country or entry.country
  entry.regional = spec.regional
  by_key[key] = { entry = entry, flag = flag, surface = spec.name }
  for i, a in ipairs(aliases) do
    entry.aliases[#entry.aliases + 1] = a
    by_key[alias_keys[i]] = { entry = entry, flag = alias_flags[i], surface = a }
  end
  for i, t in ipairs(titles_of) do
    entry.titles[#entry.titles + 1] = t
    titles[title_keys[i]] = true
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

--- Makes title another name of the title same_as ("Menlu", "Menteri Luar
-- Negeri"): a person introduced with either is the one the other alone means.
-- Both are added as titles when they are not yet.
local same_titles = {}
-- The deputy of an office is named with either name too ("Wakil Menlu" is "Wakil Menteri Luar
-- Negeri"): without the pair, "Wakil" would stand alone and the deputy take the minister's title.
local function deputy_pair(pair)
  local short, long = pair[1], pair[2]
  if short:find("^[Ww]a") or long:find("^[Ww]akil ") then return nil end
  return { "Wakil " .. short, "Wakil " .. long }
end
-- (the pairs of lexicon/titles.lua and their deputies'; each name is made a title below)
for _, pair in ipairs(title_lexicon.same_titles or {}) do
  same_titles[#same_titles + 1] = pair
  same_titles[#same_titles + 1] = deputy_pair(pair)
end
function M.same_title(title, same_as)
  if type(title) ~= "string" or not title:find("%S") or type(same_as) ~= "string" or not same_as:find("%S") then
    error("entities.same_title: expects two strings", 2)
  end
  check_string(title, "title")
  check_string(same_as, "title")
  for _, pair in ipairs({ { title, same_as }, deputy_pair({ title, same_as }) }) do
    titles[normalise(pair[1])] = true
    titles[normalise(pair[2])] = true
    same_titles[#same_titles + 1] = pair
  end
  changed()
end

--- The entries, all or of one kind (the regional entries of lexicon/regions.lua,
-- lexicon/regencies.lua and lexicon/countries.lua only when a kind is asked for).
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
for _, file in ipairs({ "kimput.lexicon.regions", "kimput.lexicon.regencies", "kimput.lexicon.countries" }) do
  for _, e in ipairs(require(file)) do
    e.regional = true
    M.add(e)
  end
end
for _, t in ipairs(title_lexicon.titles) do titles[normalise(t)] = true end
for _, pair in ipairs(same_titles) do
  titles[normalise(pair[1])] = true
  titles[normalise(pair[2])] = true
end
for _, t in ipairs(title_lexicon.offices or {}) do titles[normalise(t)] = true end
for _, t in ipairs(title_lexicon.leaders or {}) do titles[normalise(t)] = true end  -- (titles too)

-- The lists of lexicon/titles.lua and the word class each gives in the C lexicon.
local TITLE_CLASSES = {
  jurisdictions = "jurisdiction", ranks = "rank", qualifiers = "qualifier", org_heads = "org_head",
  offices_short = "qualifier", connectors = "connector", particles = "particle", adverbs = "adverb",
  pronouns = "pronoun", description_ends = "description_end", not_names = "not_name",
  determiners = "determiner", term_words = "term_word", facilities = "facility", person_nouns = "person_noun",
  given_names = "given", leaders = "leader", degrees = "degree", feasts = "calendar",
}

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
    if place and place ~= ids[e] then lex:country(ids[e], place) end  -- (a city's too: where it lies)
  end
  for t in pairs(titles) do lex:word(t, "title") end
  for list, class in pairs(TITLE_CLASSES) do
    for _, w in ipairs(title_lexicon[list] or {}) do lex:word(w, class) end
  end
  for _, pair in ipairs(same_titles) do lex:same_title(pair[1], pair[2]) end
  for w in pairs(require "kimput.lexicon.stopwords") do lex:word(w, "function") end
  for _, list in ipairs({ months, weekdays }) do
    for k, v in pairs(list) do
      if type(k) == "string" then lex:word(k, "calendar") end
      if type(v) == "string" then lex:word(v, "calendar") end
    end
  end
  -- the named days ("Hari Kemerdekaan", "HUT RI"): calendar words, never a person's name after "Hari"
  for _, h in ipairs(require "kimput.lexicon.holidays") do
    if h.name:find(" ", 1, true) then lex:word(h.name, "calendar") end
    for _, a in ipairs(h.aliases or {}) do if a:find(" ", 1, true) then lex:word(a, "calendar") end end
  end
  local cues = require "kimput.lexicon.cues"
  local CUE_CLASS = { after = "cue_after", before = "cue_before", reporting = "cue_reporting",
                      according = "cue_according", via = "cue_via", relay = "cue_relay", that = "that",
                      recap = "cue_recap", kin = "kin", sent = "sent", contact = "contact" }
  for cat, class in pairs(CUE_CLASS) do
    for _, w in ipairs(cues[cat] or {}) do lex:word(w, class) end
  end
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

--- The body spans the mention and quote stages read, built once per
-- document (kimput.document.spans).
M.spans = require("kimput.document").spans

local sub, rawget, getmetatable = string.sub, rawget, getmetatable

-- A document's mention tables share one metatable, which holds what the
-- derived fields need: the text, the entity list of core.mentions (ents),
-- the mention list itself, and what is worked out on first read: country
-- per entity (the gazetteer's, through the country_by_gaz of the lexicon the
-- list was made with) and the roles per
-- entity (one pass over the list). A mention table holds start, stop, kind,
-- form, entity and what cannot be derived (core.mentions with a metatable);
-- text, name, title, name_start, name_stop, role_start, country and roles
-- are derived when read. Memory: a mention is a table of 8 slots, and a
-- document adds one metatable; nothing runs per mention until a derived
-- field is read.

-- The gazetteer's country of entity ent of the document (false when none).
local function country_of(mt, ent)
  local country = mt.country
  if not country then country = {}; mt.country = country end
  local c = country[ent]
  if c == nil then
    local id, by_gaz = mt.ents[3 * ent], mt.by_gaz  -- the ids of the lexicon the list was made with
    c = id >= 0 and by_gaz[id]
    if c == nil then  -- the name normalised once per gazetteer entity, not per document
      local gaz = by_key[normalise(mt.ents[3 * ent - 2])]
      c = gaz and gaz.entry.country or false
      by_gaz[id] = c
    end
    country[ent] = c
  end
  return c
end

-- The roles the text gives each entity: the titles of its name mentions, in
-- order, a title repeated right after itself kept once.
local function roles_of(mt)
  local roles = mt.roles
  if roles then return roles end
  roles = {}
  local text = mt.text
  for _, m in ipairs(mt.list) do
    local ent, role_stop = rawget(m, "entity"), rawget(m, "role_stop")
    if ent and role_stop and rawget(m, "form") == "name" then
      local title = sub(text, rawget(m, "role_start") or rawget(m, "start"), role_stop)  -- as m.title
      local list = roles[ent]
      if not list then list = {}; roles[ent] = list end
      if list[#list] ~= title then list[#list + 1] = title end
    end
  end
  mt.roles = roles
  return roles
end

local derive = {
  text = function(m, mt) return sub(mt.text, rawget(m, "start"), rawget(m, "stop")) end,
  name = function(m, mt)
    local ent = rawget(m, "entity")
    return ent and mt.ents[3 * ent - 2]
  end,
  name_start = function(m) return rawget(m, "start") end,
  name_stop = function(m) return rawget(m, "stop") end,
  role_start = function(m) return rawget(m, "role_stop") and rawget(m, "start") or nil end,
  title = function(m, mt)
    local stop = rawget(m, "role_stop")
    return stop and sub(mt.text, rawget(m, "role_start") or rawget(m, "start"), stop) or nil
  end,
  country = function(m, mt)
    local ent = rawget(m, "entity")
    return ent and country_of(mt, ent) or nil
  end,
  roles = function(m, mt)
    local ent = rawget(m, "entity")
    return ent and rawget(m, "kind") == "person" and roles_of(mt)[ent] or nil
  end,
}

local function derived_field(m, k)
  local f = derive[k]
  if f then return f(m, getmetatable(m)) end
  return nil
end

--- The mentions of entities in the document, see the top of this file.
function Document:mentions()
  local cache = self:_cache()
  if cache.mentions and cache.mentions_generation == generation then return cache.mentions end
  country_by_gaz = country_by_gaz or {}
  local mt = { __index = derived_field, text = self:text(), by_gaz = country_by_gaz }
  local out, ents = core.mentions(self, M.lexicon(), M.spans(self), mt)  -- the tables, built in C once
  mt.ents, mt.list = ents, out
  cache.mentions, cache.mentions_generation = out, generation
  return out
end

return M
