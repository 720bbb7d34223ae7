--- kimput.entities: the entity gazetteer and the mentions of a document.
--
--   local entities = require("kimput").entities
--   entities.add{name = "Choe Son Hui", kind = "person", aliases = {"Choe Son-hui", "Choe"},
--                titles = {"Menlu"}, country = "Korea Utara"}
--   entities.add_title("Wakil Perdana Menteri")   -- a role written before names
--   entities.list()          -- every entry;  entities.list("outlet") -- one kind
--   entities.lookup("Kim Jong-un")  --> the entry {name = "Kim Jong Un", kind = "person", ...} or nil
--   for _, m in ipairs(doc:mentions()) do
--     -- m.text, m.start, m.stop (1-based, inclusive), m.name (canonical), m.kind,
--     -- m.resolved = true when the name came from the document (a short mention,
--     -- a pronoun, a description) rather than from the words themselves
--   end
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

local function changed()
  gazetteer = nil
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
  titles[normalise(t)] = true
  changed()
end

--- The entries, all or of one kind.
function M.list(kind)
  local out = {}
  for _, e in ipairs(entries) do
    if kind == nil or e.kind == kind then out[#out + 1] = e end
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
for _, t in ipairs(title_lexicon.titles) do titles[normalise(t)] = true end

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

-- The text between two items may join them in a title chain: spaces, a comma,
-- brackets ("Menteri Pertahanan (Menhan) Sergei Shoigu"), "untuk" or "di".
local function joins(text, a, b)
  if b.start - a.stop > 12 then return false end
  local gap = text:sub(a.stop + 1, b.start - 1):gsub("\194\160", " ")
  if gap:find("\n") then return false end
  if gap:match("^[%s,()]*$") then return true, gap:find(",") ~= nil end
  return gap:match("^%s+untuk%s+$") or gap:match("^%s+di%s+$"), false
end
M.joins = joins

-- Is the caps run at items[j] a qualifier of a title ("Keamanan Nasional" in
-- "Koordinator Keamanan Nasional AS, John Kirby") rather than the name?
local function qualifier(text, items, j)
  local nxt = items[j + 1]
  if not nxt then return false end
  local ok, comma = joins(text, items[j], nxt)
  ok = ok and text:sub(items[j].stop + 1, nxt.start - 1):match("^%s*$")
  return ok and not comma and (nxt.type == "entity" and nxt.entry.kind ~= "person" or nxt.type == "title")
end

local function words_of(name)
  local w = {}
  for word in name:lower():gmatch("[^%s%-]+") do w[word] = true end
  return w
end

--- The mentions of entities in the document, see the top of this file.
function Document:mentions()
  local items = M.items(self)
  local cache = self:_cache()
  if cache.mentions then return cache.mentions end
  local text = self:text()
  local out = {}
  local people = {}  -- persons mentioned so far: {name =, country =, words =, sentence =}
  local starts = {}  -- sentence starts, to find the subject a pronoun refers to
  for s in self:sentences() do starts[#starts + 1] = s end
  local function sentence_of(pos)
    local lo, hi = 1, #starts
    while lo < hi do
      local mid = (lo + hi + 1) // 2
      if starts[mid] <= pos then lo = mid else hi = mid - 1 end
    end
    return lo
  end
  -- a pronoun: the first person named in its sentence before it, else the
  -- first person named in the latest sentence that names one
  local function antecedent()
    local first, in_sentence
    for k = #people, 1, -1 do
      local p = people[k]
      in_sentence = in_sentence or p.sentence
      if p.sentence ~= in_sentence then break end
      first = p
    end
    return first
  end
  local function mention(s, e, name, kind, resolved, extra)
    local m = { text = text:sub(s, e), start = s, stop = e, name = name, kind = kind, resolved = resolved }
    for k, v in pairs(extra or {}) do m[k] = v end
    out[#out + 1] = m
    if kind == "person" then
      people[#people + 1] = { name = name, country = m.country, words = words_of(name),
                              sentence = sentence_of(s), start = s }
    end
    return m
  end
  -- the latest person whose name has this word, or whose country is this place
  local function recall(word, country)
    for k = #people, 1, -1 do
      local p = people[k]
      if word and p.words[word:lower()] then return p end
      if country and p.country == country then return p end
    end
  end
  local function recall_name(name)
    for k = #people, 1, -1 do
      if people[k].name == name then return people[k] end
    end
  end
  local function person_entity(s, e, entry, extra)
    local surface = text:sub(s, e)
    if not surface:find("[%s%-]") and entry.name:find("%s") then
      local word = surface:match("(%S+)$")
      local p = recall(word)
      if p then return mention(s, e, p.name, "person", true, extra) end
    end
    extra = extra or {}
    extra.country = extra.country or entry.country
    return mention(s, e, entry.name, "person", nil, extra)
  end

  local i, n = 1, #items
  while i <= n do
    local it = items[i]
    if it.type == "title" then
      -- a title chain: title, qualifiers (places, organisations, more titles), the name
      local j, place, name, last = i + 1, nil, nil, i
      while j <= n do
        local ok, comma = joins(text, items[j - 1], items[j])
        if not ok then break end
        local nx = items[j]
        if nx.type == "entity" and nx.entry.kind == "person" then name = j; break end
        if nx.type == "caps" then
          if comma or not qualifier(text, items, j) then
            local s, e = trim_caps(text, nx.start, nx.stop)
            if s and M.name_like(text, s, e) then name = j end
            break
          end
        elseif nx.type == "entity" then
          if nx.entry.kind == "place" then place = place or nx.entry.name end
        elseif nx.type ~= "title" then
          break
        end
        last = j
        j = j + 1
      end
      if name then
        local nx = items[name]
        local extra = { title = text:sub(it.start, items[name - 1].stop), country = place }
        if nx.type == "entity" then
          local m = person_entity(it.start, nx.stop, nx.entry, extra)
          m.name_start, m.name_stop = nx.start, nx.stop
        else
          local s, e = trim_caps(text, nx.start, nx.stop)
          local m = mention(it.start, e, text:sub(s, e), "person", nil, extra)
          m.name_start, m.name_stop = s, e
        end
        i = name + 1
      else
        -- a description: "pemimpin Rusia itu", "presiden Korut tersebut"
        local tail = text:sub(items[last].stop + 1, items[last].stop + 10)
        local word = tail:match("^%s+(%a+)")
        local ends = false
        for _, w in ipairs(title_lexicon.description_ends) do ends = ends or word == w end
        if place and ends and last > i then
          local p = recall(nil, place)
          if p then
            local stop = items[last].stop + #tail:match("^%s+%a+")
            mention(it.start, stop, p.name, "person", true, { description = true })
          end
        end
        if i == last or not ends then
          -- no name and no description: the places and organisations of the chain still count
          for k = i + 1, last do
            local q = items[k]
            if q.type == "entity" then mention(q.start, q.stop, q.entry.name, q.entry.kind) end
          end
        end
        i = last + 1
      end
    elseif it.type == "entity" then
      if it.entry.kind == "person" then
        person_entity(it.start, it.stop, it.entry)
      else
        mention(it.start, it.stop, it.entry.name, it.entry.kind)
      end
      i = i + 1
    elseif it.type == "pronoun" then
      local p = antecedent()
      if p then mention(it.start, it.stop, p.name, "person", true, { pronoun = true, country = p.country }) end
      i = i + 1
    else
      -- a capitalised word that is the last name of someone named before ("Kirby")
      local surface = text:sub(it.start, it.stop)
      local p = recall_name(surface) or (not surface:find("%s") and recall(surface))
      if p then
        mention(it.start, it.stop, p.name, "person", true)
      elseif text:find("^%s*%(%d%d?%)", it.stop + 1) and M.name_like(text, it.start, it.stop) then
        -- "Budi Santoso (45), warga …": a name with an age
        local s, e = trim_caps(text, it.start, it.stop)
        if s then mention(s, e, text:sub(s, e), "person") end
      end
      i = i + 1
    end
  end
  cache.mentions = out
  return out
end

return M
