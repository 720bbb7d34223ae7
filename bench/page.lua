-- Throughput of page cleaning: line classes, body spans and meta per article.
--   bin/kimput run bench/page.lua bench/data/corpus.txt
-- Articles in the corpus are separated by lines holding a form feed alone.
local kimput = require "kimput"

local path = arg[1] or "bench/data/corpus.txt"
local corpus, articles = dofile("bench/corpus.lua").read(path)

local function run()
  local t = os.clock()
  for _, text in ipairs(articles) do
    local doc = kimput.parse(text, { invalid = "replace" })
    doc:body_spans()
    doc:meta()
  end
  return os.clock() - t
end

local times = {}
for i = 1, 5 do times[i] = run() end
table.sort(times)
local median = times[3]
print(("page: %.1f MB/s (median of 5), %d articles/s"):format(
  #corpus / 1e6 / median, math.floor(#articles / median)))
