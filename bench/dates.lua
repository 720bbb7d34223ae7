-- Date extraction throughput on the bench corpus (articles separated by a
-- line holding a form feed), each beside ICU's word break over the same
-- articles in the same run:
--   1. kimput.parse + doc:dates() (page cleaning, body spans, tokens, dates);
--   2. the grammar alone: core.dates on documents already tokenized.
--   bin/kimput run bench/dates.lua bench/data/corpus.txt [RUNS]
local kimput = require "kimput"
local path, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 5)
local bench = dofile("bench/corpus.lua")
local _, articles = bench.read(path)

local found, docs = 0, {}
local full, full_icu = bench.measure(articles, function()
  found = 0
  for i, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    found = found + #doc:dates()
    docs[i] = doc
  end
end, runs)
print(bench.line("dates (parse, body spans, tokens, dates)", full, full_icu)
  .. (" | %d expressions in %d articles"):format(found, #articles))

-- tokens and body spans are cached on the documents by now
local spans = {}
for i, doc in ipairs(docs) do spans[i] = doc:body_spans() end
local dates = kimput.core.dates
local grammar, grammar_icu = bench.measure(articles, function()
  for i, doc in ipairs(docs) do dates(doc, spans[i], 2023, 5, 10) end
end, runs)
print(bench.line("dates grammar alone on tokenized documents", grammar, grammar_icu))
