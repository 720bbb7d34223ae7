-- Where the quotes stage's time goes when it is not instructions: the stage
-- (doc:quotes() from cached tokens and body, as bench/quotes.lua times it)
-- over the same articles three ways, in the same runs:
--   - new: each document right after its own preparation (parse, tokens,
--     sentences, body spans), as a pipeline runs it;
--   - in a row: GROUP documents prepared, then their stages one after the
--     other: the stage's code and tables are warm, each text is new;
--   - again: one text prepared AGAIN times, then its stages one after the
--     other, the later ones timed: fresh documents, but the branch
--     predictor and the caches have just seen this very text.
-- "again" over "in a row" is what it costs the stage to meet a text it has
-- not seen: branches that go one way or the other by the words (is this
-- word capitalised, in the lexicon, a title, a cue) and the data they reach.
-- Instruction counts (callgrind) do not show it; a redesign for speed has
-- to cut such branches from the per-token path, not only instructions.
--   bin/kimput run bench/predictability.lua [CORPUS] [MEGABYTES] [RUNS]
local kimput = require "kimput"
local bench = dofile("bench/corpus.lua")
local path, limit, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 2), tonumber(arg[3] or 3)
local articles = bench.head(path, limit)
local mb = bench.mb(articles)
local GROUP, AGAIN = 8, 4
local OPTS = { published = "2023-05-10" }
local clock = os.clock

kimput.entities.lexicon()  -- built once per process, not per run
local function prepare(text)
  local doc = kimput.parse(text, OPTS)
  doc:token_count()
  doc:sentence_count()
  kimput.entities.spans(doc)
  return doc
end

local function new()
  local seconds = 0
  for _, text in ipairs(articles) do
    local doc = prepare(text)
    local t0 = clock()
    local _ = doc:quotes()
    seconds = seconds + clock() - t0
    doc:close()
  end
  return seconds
end

local function in_a_row()
  local seconds = 0
  for first = 1, #articles, GROUP do
    local docs = {}
    for i = first, math.min(first + GROUP - 1, #articles) do docs[#docs + 1] = prepare(articles[i]) end
    local t0 = clock()
    for _, doc in ipairs(docs) do local _ = doc:quotes() end
    seconds = seconds + clock() - t0
    for _, doc in ipairs(docs) do doc:close() end
  end
  return seconds
end

local function again()
  local seconds = 0
  for _, text in ipairs(articles) do
    local docs = {}
    for k = 1, AGAIN do docs[k] = prepare(text) end
    local _ = docs[1]:quotes()
    local t0 = clock()
    for k = 2, AGAIN do local _ = docs[k]:quotes() end
    seconds = seconds + (clock() - t0) / (AGAIN - 1)
    for k = 1, AGAIN do docs[k]:close() end
  end
  return seconds
end

local times = { {}, {}, {} }
local stage, icu = bench.measure(articles, function()
  times[2][#times[2] + 1] = in_a_row()
  times[3][#times[3] + 1] = again()
  return new()
end, runs)
local row, seen = mb / bench.median(times[2]), mb / bench.median(times[3])
print(("quotes stage, new text each time: %s"):format(bench.line("", stage, icu):sub(2)))
print(("quotes stage, documents in a row: %.1f MB/s (%.2fx new) | the same text again: %.1f MB/s"
  .. " (%.2fx in a row): %.0f%% of the stage's time is meeting a text it has not seen"):format(
  row, row / stage, seen, seen / row, 100 * (1 - row / seen)))
