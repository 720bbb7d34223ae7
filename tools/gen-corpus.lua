-- Generates a JSON Lines corpus for scale tests from the sample articles:
-- N articles without ids (ids come from the text), each with a url and a
-- publication date. Most retell a sample article under another outlet's
-- name a few days later and a year or two apart (the same events reported
-- many times over); the rest mix paragraphs of all samples with names,
-- days and numbers varied (many distinct quotes and events).
--   lua5.4 tools/gen-corpus.lua SAMPLE_DIR N OUT.jsonl
local dir, n, out_path = arg[1], tonumber(arg[2]), arg[3]
assert(dir and n and out_path, "usage: gen-corpus.lua SAMPLE_DIR N OUT.jsonl")
package.path = "lua/?.lua;" .. package.path
local jsonl = require "kimput.writers.jsonl"

local samples, paragraphs = {}, {}
local ls = assert(io.popen('ls "' .. dir .. '"/*.txt'))
for path in ls:lines() do
  local f = assert(io.open(path, "rb"))
  local text = f:read("a")
  f:close()
  local published = text:match("(%d%d?)/(%d%d?)/(20%d%d)")
  samples[#samples + 1] = { text = text, date = published and text:match("%d%d?/%d%d?/20%d%d") }
  for line in text:gmatch("[^\n]+") do
    if #line > 60 then paragraphs[#paragraphs + 1] = line end
  end
end
ls:close()
assert(#samples > 0, "no sample articles in " .. dir)

-- invented outlet names
local outlets = { "Kabar Nusantara", "Warta Timur", "Suara Pesisir", "Harian Cakrawala", "Berita Lembah",
  "Pelita Kota", "Gema Rakyat", "Jurnal Selatan", "Fajar Utara", "Sinar Kepulauan", "Media Tanjung",
  "Kompas Desa", "Lintas Samudra", "Dunia Kini", "Pos Khatulistiwa" }
local names = { "Kim Jong Un", "Vladimir Putin", "Xi Jinping", "Joko Widodo", "Sergei Lavrov", "Choe Son Hui",
  "Sergei Shoigu", "Antony Blinken", "Retno Marsudi", "Yoon Suk Yeol" }
local months = { "Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
  "Oktober", "November", "Desember" }

math.randomseed(5000)
local rnd = math.random

local function slug(s) return (s:lower():gsub("[^%w]+", "")) end

local function date_string(y, m, d) return ("%04d-%02d-%02d"):format(y, m, d) end

local function retell(i)
  local s = samples[rnd(#samples)]
  local outlet = outlets[rnd(#outlets)]
  local text = outlet .. " | " .. s.text:gsub("^[^\n|]-|%s*", "")
  local d, m, y = (s.date or "10/5/2022"):match("(%d+)/(%d+)/(%d+)")
  y = tonumber(y) + rnd(0, 2)
  d = math.min(28, tonumber(d) + rnd(0, 3))
  return { text = text, url = ("https://%s.example/berita/%d"):format(slug(outlet), i),
           published = date_string(y, tonumber(m), d) }
end

local function vary(line)
  line = line:gsub("Kim Jong%-?[Uu]n", function() return names[rnd(#names)] end)
  line = line:gsub("Vladimir Putin", function() return names[rnd(#names)] end)
  line = line:gsub("(%d+) (%u%l+)", function(day, m)
    for _, name in ipairs(months) do
      if name == m then return rnd(1, 28) .. " " .. months[rnd(12)] end
    end
    return day .. " " .. m
  end)
  return line
end

local function mix(i)
  local outlet = outlets[rnd(#outlets)]
  local parts = { outlet .. " | " .. vary(paragraphs[rnd(#paragraphs)]) }
  for _ = 1, rnd(5, 12) do parts[#parts + 1] = vary(paragraphs[rnd(#paragraphs)]) end
  return { text = table.concat(parts, "\n"), url = ("https://%s.example/dunia/%d"):format(slug(outlet), i),
           published = date_string(rnd(2022, 2024), rnd(1, 12), rnd(1, 28)) }
end

local out = assert(io.open(out_path, "wb"))
for i = 1, n do
  out:write(jsonl.encode(rnd() < 0.6 and retell(i) or mix(i)), "\n")
end
out:close()
