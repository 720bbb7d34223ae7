-- kimput's side of bench/dates_compare.sh: the same sample articles and the
-- same counting as bench/dateparser.py (found = a span overlapping the gold
-- span; right = the same TIMEX3 value).
--   bin/kimput run bench/dates_compare.lua GOLD_JSON TEXT_DIR [ROUNDS]
local kimput = require "kimput"
local gold_path, dir, rounds = arg[1], arg[2], tonumber(arg[3] or 200)

local function read(p)
  local f = assert(io.open(p, "rb"))
  local s = f:read("a")
  f:close()
  return s
end

-- the gold is read with the scorer's own JSON reader: take what we need by pattern
local gold = {}
for obj in read(gold_path):gmatch('%b{}') do
  local file = obj:match('"file"%s*:%s*"([^"]+)"')
  if file then
    local art = { file = file, published = obj:match('"published"%s*:%s*"([^"]+)"'), dates = {} }
    local list = obj:match('"dates"%s*:%s*(%b[])') or "[]"
    for d in list:gmatch("%b{}") do
      art.dates[#art.dates + 1] = {
        value = d:match('"value"%s*:%s*"([^"]*)"'),
        start = tonumber(d:match('"start"%s*:%s*(%d+)')),
        stop = tonumber(d:match('"stop"%s*:%s*(%d+)')),
        optional = d:match('"optional"%s*:%s*true') ~= nil,
      }
    end
    gold[#gold + 1] = art
  end
end

local texts = {}
for i, art in ipairs(gold) do texts[i] = read(dir .. "/" .. art.file) end
local results
local t0 = os.clock()
for _ = 1, rounds do
  results = {}
  for i, art in ipairs(gold) do
    results[i] = kimput.parse(texts[i], { published = art.published }):dates()
  end
end
local elapsed = os.clock() - t0
local n_gold, n_found, n_right = 0, 0, 0
for i, art in ipairs(gold) do
  for _, g in ipairs(art.dates) do
    if not g.optional then
      n_gold = n_gold + 1
      for _, p in ipairs(results[i]) do
        if p.start <= g.stop and g.start <= p.stop then
          n_found = n_found + 1
          for v in g.value:gmatch("[^|]+") do if v == p.value then n_right = n_right + 1; break end end
          break
        end
      end
    end
  end
end
local total = 0
for _, r in ipairs(results) do total = total + #r end
print(("kimput dates: %.0f articles/s, found %d of %d gold dates, %d with the right value (%d expressions returned)")
  :format(rounds * #gold / elapsed, n_found, n_gold, n_right, total))
