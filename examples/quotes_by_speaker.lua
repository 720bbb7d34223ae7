-- Who said what: quotes grouped by speaker, with cue, kind, date and source.
--
--   bin/kimput run examples/quotes_by_speaker.lua examples/corpus [WORD]
--
-- With WORD, only the quotes containing it. Write a CSV instead of text with
--   require("kimput.writers.csv").write(io.stdout, quotes,
--     {"speaker", "date", "cue", "kind", "text", "id"})
local kimput = require "kimput"

local path, word = arg[1] or "examples/corpus", arg[2]
local corpus = kimput.corpus(path)

-- kind: leave out "term" (a quoted name or title nobody said); also speaker = "Putin", from =, to =
local quotes = corpus:quotes({ contains = word, kind = { "direct", "partial", "indirect" } })
for _, group in ipairs(quotes:group_by("speaker")) do
  print(("\n%s (%d)"):format(group.key or "unknown speaker", #group.rows))
  for _, q in ipairs(group.rows:sort("date")) do
    -- q.date is the article's date; q.via the agency that relayed the words
    print(("  %s  %s/%s%s  [%s]"):format(q.date or "undated", q.cue or "-", q.kind,
      q.via and (" via " .. q.via) or "", q.id))
    print('    "' .. q.text:gsub("%s+", " ") .. '"')
  end
end

for _, e in ipairs(corpus:errors()) do io.stderr:write(e.source, ": ", e.reason, "\n") end
return #corpus:errors() > 0 and 1 or 0
