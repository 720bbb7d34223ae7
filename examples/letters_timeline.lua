-- Letters, messages, calls and meetings between named parties, in date order.
--
--   bin/kimput run examples/letters_timeline.lua examples/corpus [PARTY]
--
-- Copy this file and change the filter: {type = "letter"}, {party = "Shoigu"},
-- {from = "2023-01", to = "2023-12-31"} (see the top of lua/kimput/query.lua).
local kimput = require "kimput"

local path, party = arg[1] or "examples/corpus", arg[2]
local corpus = kimput.corpus(path)

-- One pass over the corpus: every event, with its article's id and date.
local events = corpus:events({ party = party })   -- party = nil keeps them all
events:sort("date")                                -- undated events go last

for _, e in ipairs(events) do
  local arrow = e.type == "meeting" and " & " or " -> "
  print(("%-10s %-8s %s%s%s%s  [%s]"):format(
    e.date or "undated", e.type, e.sender or "?", arrow, e.recipient or "?",
    e.occasion and ("  (" .. e.occasion .. ")") or "", e.id))
end

-- How many of each kind
for _, c in ipairs(events:count("type")) do print(("%5d %s"):format(c.count, c.key)) end

-- Articles that could not be read are not fatal: say which, and fail the run.
for _, e in ipairs(corpus:errors()) do io.stderr:write(e.source, ": ", e.reason, "\n") end
return #corpus:errors() > 0 and 1 or 0
