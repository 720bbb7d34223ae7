-- Shared by the bench/<stage>.lua scripts: reads the bench corpus (articles
-- separated by a line holding a form feed alone), takes medians, and times
-- ICU's word break iterator over the same articles in the same run (the
-- yardstick every stage is printed beside).
--   local bench = dofile("bench/corpus.lua")
--   local all, articles = bench.read(path)
--   local stage, icu = bench.measure(articles, function() ... end, 5)
--   print(bench.line("dates", stage, icu))
--     --> dates 12.3 MB/s | ICU word break 61.0 MB/s | ratio 0.20
-- Times are process CPU seconds (os.clock), the same clock for both sides.
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

--- Total bytes of a list of articles, in MB (10^6 bytes).
function M.mb(articles)
  local n = 0
  for _, a in ipairs(articles) do n = n + #a end
  return n / 1e6
end

local icu
--- The ICU module built by `make bench-tools` (built on first use when missing).
function M.icu()
  if icu then return icu end
  local build = os.getenv("KIMPUT_BUILD") or "build"
  local path = build .. "/bench/icu.so"
  local open = package.loadlib(path, "luaopen_icu")
  if not open then
    os.execute("make --no-print-directory -s bench-tools BUILD=" .. build)
    open = assert(package.loadlib(path, "luaopen_icu"))
  end
  icu = open()
  return icu
end

--- Seconds of one ICU word break pass over every article, and its boundaries.
function M.icu_seconds(articles)
  local word_break = M.icu().word_break
  local t0 = os.clock()
  local n = word_break(articles)
  return os.clock() - t0, n
end

--- ICU word break MB/s over the articles: median of `runs` (default 5).
function M.icu_mbs(articles, runs)
  local times = {}
  for r = 1, runs or 5 do times[r] = M.icu_seconds(articles) end
  return M.mb(articles) / M.median(times)
end

--- Runs `stage` (a function doing one pass over the articles) and ICU's word
-- break alternately, `runs` times each (default 5), so both see the same
-- machine load; returns the median MB/s of each. `stage` may return its own
-- seconds (to leave out setup it does not want counted).
function M.measure(articles, stage, runs)
  local mine, theirs = {}, {}
  for r = 1, runs or 5 do
    local t0 = os.clock()
    local own = stage()
    mine[r] = type(own) == "number" and own or os.clock() - t0
    theirs[r] = M.icu_seconds(articles)
    collectgarbage()
  end
  local mb = M.mb(articles)
  return mb / M.median(mine), mb / M.median(theirs)
end

--- "NAME X MB/s | ICU word break Y MB/s | ratio Z"
function M.line(name, mbs, icu_mbs)
  return ("%s %.1f MB/s | ICU word break %.1f MB/s | ratio %.3f"):format(name, mbs, icu_mbs, mbs / icu_mbs)
end

return M
