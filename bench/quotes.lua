-- Quote extraction throughput on every article of the bench corpus (articles
-- separated by a line holding a form feed):
--   - the quotes stage: doc:quotes() -- mentions, entity chains, mark pairing,
--     cues, speakers and the result tables -- on documents whose tokens,
--     sentences and body spans are already computed, beside ICU's word break
--     over the same articles in the same run (bench/corpus.lua);
--   - the whole way: kimput.parse + doc:quotes() + doc:mentions();
--   - the C mark scanner alone.
--   bin/kimput run bench/quotes.lua bench/data/corpus.txt [RUNS]
local kimput = require "kimput"
local path, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 5)
local bench = dofile("bench/corpus.lua")
local all, articles = bench.read(path)
local mb = #all / 1e6
local median = bench.median

kimput.entities.lexicon()  -- built once per process, not per run
local found = 0
-- Each article is parsed, tokenized, split and cleaned (not timed), then its
-- quotes stage is timed right away, and the document closed (not timed), as
-- a pipeline runs it (`local doc <close>`, README): a document left to the
-- collector keeps its C memory until a cycle ends, so the next documents'
-- arrays come from memory no cache holds, and the finalizers run inside
-- whichever stage's allocation steps the collector, mostly this one.
local stage, icu = bench.measure(articles, function()
  local seconds = 0
  found = 0
  for _, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    doc:token_count()
    doc:sentence_count()
    kimput.entities.spans(doc)  -- the body spans, kept on the document
    local t0 = os.clock()
    found = found + #doc:quotes()
    seconds = seconds + (os.clock() - t0)
    doc:close()
  end
  return seconds
end, runs)
print(bench.line("quotes stage (mentions, chains, attribution, result tables; from cached tokens and body)",
  stage, icu))

local full, scan = {}, {}
local mentions
for r = 1, runs do
  local t0 = os.clock()
  mentions = 0
  local docs = {}
  for i, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    mentions = mentions + #doc:mentions()
    local _ = doc:quotes()
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
