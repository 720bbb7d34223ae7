-- Date extraction throughput on the bench corpus (articles separated by a
-- line holding a form feed), each beside ICU's word break over the same
-- articles in the same run:
--   1. the grammar alone: core.dates on documents parsed, tokenized and
--      cleaned once beforehand (C grammar and the Lua item tables);
--   2. kimput.parse + doc:dates() (page cleaning, body spans, tokens, dates).
-- The grammar is measured first, on documents made once: after many rounds
-- of whole documents made and collected the heap is scattered, which would
-- measure the allocator rather than the grammar.
--   bin/kimput run bench/dates.lua bench/data/corpus.txt [RUNS]
local kimput = require "kimput"
local path, runs = arg[1] or "bench/data/corpus.txt", tonumber(arg[2] or 5)
local bench = dofile("bench/corpus.lua")
local _, articles = bench.read(path)

local docs, spans = {}, {}
for i, art in ipairs(articles) do
  docs[i] = kimput.parse(art, { published = "2023-05-10" })
  spans[i] = docs[i]:body_spans()
  docs[i]:token_count()
end
local dates, found = kimput.core.dates, 0
local grammar, grammar_icu = bench.measure(articles, function()
  found = 0
  for i, doc in ipairs(docs) do found = found + #dates(doc, spans[i], 2023, 5, 10) end
end, runs)
print(bench.line("dates grammar alone on tokenized documents", grammar, grammar_icu)
  .. (" | %d expressions in %d articles"):format(found, #articles))
docs, spans = nil, nil
collectgarbage()

local full, full_icu = bench.measure(articles, function()
  for _, art in ipairs(articles) do
    local doc = kimput.parse(art, { published = "2023-05-10" })
    local _ = doc:dates()
  end
end, runs)
print(bench.line("dates (parse, body spans, tokens, dates)", full, full_icu))
