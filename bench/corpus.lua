-- Shared by the bench/<stage>.lua scripts: reads the bench corpus (articles
-- separated by a line holding a form feed alone) and takes medians.
--   local bench = dofile("bench/corpus.lua")
--   local all, articles = bench.read(path)
local M = {}

--- The whole corpus text and its articles as a list of strings.
function M.read(path)
  local f = assert(io.open(path, "rb"))
  local all = f:read("a")
  f:close()
  local articles = {}
  for art in (all .. "\n\f\n"):gmatch("(.-)\n\f\n") do
    if #art > 0 then articles[#articles + 1] = art end
  end
  return all, articles
end

function M.median(t)
  table.sort(t)
  return t[(#t + 1) // 2]
end

return M
