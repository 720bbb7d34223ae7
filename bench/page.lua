-- Throughput of page cleaning (line classes, body spans and meta per
-- article, parsing included) beside ICU's word break over the same bytes in
-- the same run.
--   bin/kimput run bench/page.lua bench/data/corpus.txt
-- Articles in the corpus are separated by lines holding a form feed alone.
--
-- The first line is the stage as the pipeline runs it: the body spans the
-- later stages read (kimput.document.spans: packed, no table per line) and
-- doc:meta(). The second adds an analyst's doc:body_spans(), the same spans
-- as a list of {start, stop} tables; the third doc:body(), their text joined
-- (one string made in C).
local kimput = require "kimput"
local document = require "kimput.document"
local bench = dofile("bench/corpus.lua")

local path = arg[1] or "bench/data/corpus.txt"
local _, articles = bench.read(path)

kimput.parse("Judul\nIsi berita yang pertama ditulis di sini.\n"):meta()  -- the rules compiled once

local function pass()
  for _, text in ipairs(articles) do
    local doc = kimput.parse(text, { invalid = "replace" })
    document.spans(doc)
    doc:meta()
  end
end

local function pass_tables()
  for _, text in ipairs(articles) do
    local doc = kimput.parse(text, { invalid = "replace" })
    doc:body_spans()
    doc:meta()
  end
end

local function pass_text()
  for _, text in ipairs(articles) do
    local doc = kimput.parse(text, { invalid = "replace" })
    document.spans(doc)
    doc:body()
    doc:meta()
  end
end

local stage, icu = bench.measure(articles, pass, 5)
print(bench.line("page (body and meta)", stage, icu) .. " (goal >= 1.5)")
stage, icu = bench.measure(articles, pass_tables, 5)
print(bench.line("page (body and meta, doc:body_spans() tables)", stage, icu))
stage, icu = bench.measure(articles, pass_text, 5)
print(bench.line("page (body and meta, doc:body() text)", stage, icu))
