-- Events stage throughput beside ICU's word break over the same bytes in the
-- same run: doc:events() (the cached C mentions, the dates handed to C, the
-- C engine, the result tables) on documents whose earlier stages (body,
-- tokens, sentences, dates, mentions) are done, over the first MEGABYTES of
-- the corpus (default 8).
--   bin/kimput run bench/events.lua [CORPUS] [MEGABYTES] [RUNS]
local kimput = require "kimput"
local bench = dofile("bench/corpus.lua")

local path, limit, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 8), tonumber(arg[3] or 5)
local articles = bench.head(path, limit)
collectgarbage()

local found = 0
local stage, icu = bench.measure(articles, function()
  -- the earlier stages, not counted
  local docs = {}
  for i, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    doc:dates()
    doc:mentions()
    docs[i] = doc
  end
  local t0 = os.clock()
  found = 0
  for _, doc in ipairs(docs) do found = found + #doc:events() end
  return os.clock() - t0
end, runs)
print(bench.line("events", stage, icu) .. (" | %d events in %d articles"):format(found, #articles))
