-- Which outlet published each article, and which agencies and outlets it
-- relies on ("Sumber: Anadolu", "seperti dilansir AFP", quotes "via KCNA").
--
--   bin/kimput run examples/sources.lua examples/corpus
local kimput = require "kimput"

local corpus = kimput.corpus(arg[1] or "examples/corpus")

-- corpus:documents() gives one row per article with its meta fields.
local docs = corpus:documents()
local uses = {}
for _, d in ipairs(docs) do
  print(("%-24s %-20s %s"):format(d.id, d.outlet or "?", table.concat(d.sources or {}, ", ")))
  for _, s in ipairs(d.sources or {}) do uses[#uses + 1] = { source = s } end
end

-- Across the corpus: how many articles cite each source, most cited first.
print("\nArticles per source")
for _, c in ipairs(kimput.query.count(uses, "source")) do
  print(("%5d  %s"):format(c.count, c.key))
end
