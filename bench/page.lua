-- Throughput of page cleaning: line classes, body spans and meta per article.
--   bin/kimput run bench/page.lua bench/data/corpus.txt
-- Articles in the corpus are separated by lines holding a form feed alone.
local kimput = require "kimput"

local path = arg[1] or "bench/data/corpus.txt"
local f = assert(io.open(path, "rb"))
local corpus = f:read("a")
f:close()
local articles = {}
for art in (corpus .. "\n\f\n"):gmatch("(.-)\n\f\n") do
  if #art > 0 then articles[#articles + 1] = art end
end

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
