--- kimput.quotes: quotations, reported speech and who said them.
--
--   for _, q in ipairs(doc:quotes()) do
--     -- q.text      the words inside the marks (or the reported clause)
--     -- q.start, q.stop   1-based inclusive offsets of q.text in the original text
--     -- q.kind      "direct"   a whole statement with its cue: "…," kata Putin
--     --             "partial"  words quoted inside the writer's sentence
--     --             "term"     a quoted name or title nobody is quoted for: 'Hari Kemenangan'
--     --             "indirect" reported speech without marks: Putin mengatakan bahwa …
--     -- q.speaker   canonical name (kimput.entities), a description ("Juru bicara Kremlin"), or nil
--     -- q.speaker_span = {start, stop}  where the speaker is named (or the mention it resolves from)
--     -- q.cue       the reporting word as written, lower case: "kata", "menyatakan", "bunyi surat"
--     -- q.via       the outlet relaying the words in the same sentence: "KCNA", "AFP"
--     -- q.unclosed  true when the closing mark is missing (the quote ends with its paragraph)
--     -- q.part      1, 2, ... for a quote that runs over several paragraphs
--   end
--   kimput.quotes.cue{after = {"desis"}, reporting = {"mengeluhkan"}, via = {"seperti disiarkan"}}
--
-- The marks are paired and the quotes attributed in C (quotes.c, attribution.c,
-- on the mentions of mentions.c); the cues are lists in lexicon/cues.lua,
-- handed to C with the rest of the lexicon (kimput.entities.lexicon()). This
-- file holds the cue API and builds the result tables once per document.
-- Only doc:body_spans() is read.
local core = require "kimput.core"
local entities = require "kimput.entities"
local lexicon = require "kimput.lexicon.cues"

local Document = core.Document
local M = {}

local CATEGORIES = { after = true, before = true, reporting = true, according = true, via = true, relay = true,
                     that = true, recap = true, kin = true, sent = true, contact = true }
local generation = 0

--- Adds cue words: spec = {after = {...}, before = {...}, reporting = {...},
-- according = {...}, via = {...}, relay = {...}, that = {...}, recap = {...}, kin = {...}, sent = {...},
-- contact = {...}}, lower-case words or phrases (lexicon/cues.lua says what each is).
function M.cue(spec)
  if type(spec) ~= "table" then error("quotes.cue: expects a table such as {after = {\"desis\"}}", 2) end
  for cat, words in pairs(spec) do
    if not CATEGORIES[cat] then error(("quotes.cue: unknown category %q"):format(tostring(cat)), 2) end
    if type(words) ~= "table" then error(("quotes.cue: %s must be a list of words"):format(cat), 2) end
    for _, w in ipairs(words) do
      if type(w) ~= "string" or not w:find("%a") then error("quotes.cue: cue words must be strings", 2) end
    end
  end
  for cat, words in pairs(spec) do
    local list = lexicon[cat]
    for _, w in ipairs(words) do list[#list + 1] = w:lower():gsub("%s+", " "):match("^%s*(.-)%s*$") end
  end
  generation = generation + 1
  entities.invalidate()  -- the C lexicon holds the cues
end

--- The cue words of a category (a copy, longest first); "after" includes
-- the -nya forms the attribution also reads (katanya).
function M.cues(cat)
  local out, seen = {}, {}
  for _, p in ipairs(lexicon[cat] or {}) do
    if not seen[p] then out[#out + 1] = p; seen[p] = true end
    if cat == "after" and not p:find(" ") and not seen[p .. "nya"] then
      out[#out + 1] = p .. "nya"
      seen[p .. "nya"] = true
    end
  end
  table.sort(out, function(a, b) return #a > #b or (#a == #b and a < b) end)
  return out
end

--- The quotations and reported speech of the document, see the top of this file.
function Document:quotes()
  local cache = self:_cache()
  local egen = entities.generation()
  local quotes = cache.quotes
  if quotes and cache.quotes_generation == generation and cache.quotes_entities == egen then return quotes end
  quotes = core.quotes(self, entities.lexicon(), entities.spans(self))  -- the tables, built in C once
  cache.quotes, cache.quotes_generation, cache.quotes_entities = quotes, generation, egen
  return quotes
end

return M
