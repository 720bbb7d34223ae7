-- Every date expression with its kind and resolved value, to audit the
-- date grammar on new material.
--
--   bin/kimput run examples/dates.lua examples/corpus [KIND]
--
-- KIND keeps one kind: date, time, duration or set. Unresolved parts show
-- as X (XXXX-05-09) when an article has no reference date: pass one with
--   kimput.corpus(path, {published = "2023-05-10"})
local kimput = require "kimput"

local corpus = kimput.corpus(arg[1] or "examples/corpus")
local dates = corpus:dates({ kind = arg[2] })   -- kind = nil keeps every kind

local current
for _, d in ipairs(dates) do
  if d.id ~= current then
    current = d.id
    print(("\n%s (reference date %s)"):format(d.id, d.published or "none"))
  end
  print(("  %5d  %-8s %-16s %s"):format(d.start, d.kind, d.value, d.text))
end

-- The values that stayed unresolved, for a quick look at what the grammar misses.
local open = dates:where({ value = function(v) return type(v) == "string" and v:find("X") ~= nil end })
print(("\n%d expressions, %d with unresolved parts"):format(#dates, #open))
