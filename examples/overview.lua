-- examples/overview.lua -- a first look at a folder of articles: per article
-- its size, token and sentence counts and the ten most frequent words
-- (Indonesian stop words left out).
--   bin/kimput run examples/overview.lua examples/corpus
local kimput = require "kimput"
local stopwords = require "kimput.lexicon.stopwords"

local dir = arg[1] or "examples/corpus"

-- the .txt files of the folder, sorted
local paths = {}
local ls = assert(io.popen('ls "' .. dir .. '"'))
for name in ls:lines() do
  if name:match("%.txt$") then paths[#paths + 1] = dir .. "/" .. name end
end
ls:close()
table.sort(paths)

for _, path in ipairs(paths) do
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  local doc = kimput.parse(text, { invalid = "replace" })

  -- count the words: the iterator gives offsets and a kind, no table per token
  local counts = {}
  for start, stop, kind in doc:tokens() do
    if kind == "word" then
      local w = text:sub(start, stop):lower()
      if #w > 2 and not stopwords[w] then counts[w] = (counts[w] or 0) + 1 end
    end
  end
  local words = {}
  for w, n in pairs(counts) do words[#words + 1] = { w, n } end
  table.sort(words, function(a, b) return a[2] > b[2] or (a[2] == b[2] and a[1] < b[1]) end)
  local top = {}
  for i = 1, math.min(10, #words) do top[i] = ("%s (%d)"):format(words[i][1], words[i][2]) end

  print(("%s: %d bytes, %d tokens, %d sentences"):format(path:match("[^/]+$"), #text,
    doc:token_count(), doc:sentence_count()))
  print("  " .. table.concat(top, ", "))
end
