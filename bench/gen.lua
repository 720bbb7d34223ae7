-- Generates the benchmark corpus: articles made from the sample articles'
-- paragraphs, shuffled and varied (names, numbers, dates, words swapped), so
-- no two articles are the same bytes. Articles are separated by a line
-- holding a form feed alone.
--   lua5.4 bench/gen.lua SAMPLE_DIR OUT_FILE [MEGABYTES]
local dir, out_path, mb = arg[1], arg[2], tonumber(arg[3] or 50)
assert(dir and out_path, "usage: gen.lua SAMPLE_DIR OUT_FILE [MEGABYTES]")

local paragraphs = {}
local p = io.popen('ls "' .. dir .. '"/*.txt')
for path in p:lines() do
  for line in io.lines(path) do
    if #line > 40 then paragraphs[#paragraphs + 1] = line end
  end
end
p:close()
assert(#paragraphs > 0, "no sample paragraphs in " .. dir)

local names = { "Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Joko Widodo", "Prabowo Subianto", "Sergei Lavrov",
  "Choe Son Hui", "Yoon Suk Yeol", "Antony Blinken", "Retno Marsudi", "Volodymyr Zelensky", "Sergei Shoigu" }
local months = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
  "Oktober", "November", "Desember" }
local weekdays = { "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu" }

math.randomseed(20231)
local rnd = math.random
local function vary(line)
  line = line:gsub("Kim Jong%-?[Uu]n", function() return names[rnd(#names)] end)
  line = line:gsub("Vladimir Putin", function() return names[rnd(#names)] end)
  line = line:gsub("(%d+) (%u%l+)", function(d, m)
    for _, name in ipairs(months) do
      if name == m then return rnd(1, 28) .. " " .. months[rnd(12)] end
    end
    return d .. " " .. m
  end)
  line = line:gsub("%d%d%d%d", function() return tostring(rnd(1945, 2030)) end)
  line = line:gsub("(%u%l+) %((%d+)/(%d+)", function(w, _, _)
    for _, day in ipairs(weekdays) do
      if day == w then return weekdays[rnd(7)] .. " (" .. rnd(1, 28) .. "/" .. rnd(1, 12) end
    end
    return nil
  end)
  return line
end

local out = assert(io.open(out_path, "wb"))
local target, written, articles = mb * 1024 * 1024, 0, 0
while written < target do
  local parts = {}
  for _ = 1, rnd(6, 14) do parts[#parts + 1] = vary(paragraphs[rnd(#paragraphs)]) end
  local article = table.concat(parts, "\n\n") .. "\n\f\n"
  out:write(article)
  written = written + #article
  articles = articles + 1
end
out:close()
io.write(("generated %s: %.1f MB, %d articles\n"):format(out_path, written / 1048576, articles))
