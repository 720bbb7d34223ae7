-- Quote extraction throughput: kimput.parse + doc:quotes() (mentions, marks,
-- cues, speakers) on every article of the bench corpus (articles separated by a
-- line holding a form feed), and the C mark scanner alone.
--   bin/kimput run bench/quotes.lua bench/data/corpus.txt [RUNS]
local kimput = require "kimput"
local path, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 5)
local bench = dofile("bench/corpus.lua")
local all, articles = bench.read(path)
local mb = #all / 1e6
local median = bench.median

local found, mentions
local full, scan = {}, {}
for r = 1, runs do
  local t0 = os.clock()
  found, mentions = 0, 0
  local docs = {}
  for i, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    found = found + #doc:quotes()
    mentions = mentions + #doc:mentions()
    docs[i] = doc
  end
  full[r] = os.clock() - t0
  t0 = os.clock()
  for _, doc in ipairs(docs) do kimput.core.quote_marks(doc, doc:body_spans()) end
  scan[r] = os.clock() - t0
  collectgarbage()
end
local tf, ts = median(full), median(scan)
print(("quotes: %.1f MB/s (median of %d), %.0f articles/s, %d quotes and %d mentions in %d articles"
  .. " (parse, body spans, tokens, mentions, quotes)"):format(mb / tf, runs, #articles / tf, found, mentions,
  #articles))
print(("quotes: %.1f MB/s mark scanner alone"):format(mb / ts))
