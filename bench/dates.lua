-- Date extraction throughput: kimput.parse + doc:dates() (with its body spans) on every article of
-- the bench corpus (articles separated by a line holding a form feed), and
-- the grammar alone (core.dates on already tokenized documents).
--   bin/kimput run bench/dates.lua bench/data/corpus.txt [RUNS]
local kimput = require "kimput"
local path, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 5)
local bench = dofile("bench/corpus.lua")
local all, articles = bench.read(path)
local mb = #all / 1e6
local median = bench.median

local found
local full, scan = {}, {}
for r = 1, runs do
  local t0 = os.clock()
  found = 0
  local docs = {}
  for i, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    found = found + #doc:dates()
    docs[i] = doc
  end
  full[r] = os.clock() - t0
  -- the grammar alone: tokens are cached on the documents by now
  t0 = os.clock()
  for _, doc in ipairs(docs) do kimput.core.dates(doc, doc:body_spans(), 2023, 5, 10) end
  scan[r] = os.clock() - t0
  collectgarbage()
end
local tf, ts = median(full), median(scan)
print(("dates: %.1f MB/s (median of %d), %.0f articles/s, %d expressions in %d articles"
  .. " (parse, body spans, tokens, dates)"):format(mb / tf, runs, #articles / tf, found, #articles))
print(("dates: %.1f MB/s grammar alone on tokenized documents, %.0f articles/s"):format(mb / ts, #articles / ts))
