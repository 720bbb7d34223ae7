-- kimput.runs: the run of bytes every match of an anchored pattern opens or
-- closes with, and the page stage's use of it (a line that does not open or
-- close so skips the rule). The check that matters: they change no class.
-- Every sentence is invented.
local kimput = require "kimput"
local runs = require "kimput.runs"
local page = require "kimput.page"
local core = kimput.core

-- does the text meet every requirement of the pattern?
local function meets_all(pattern, text)
  for _, r in ipairs(runs.required(pattern)) do
    if not runs.meets(text, r) then return false end
  end
  return true
end

local function ats(pattern)
  local out = {}
  for _, r in ipairs(runs.required(pattern)) do out[#out + 1] = r.at end
  return table.concat(out, " ")
end

describe("runs.required", function()
  it("finds the byte a leading run stops at: a period after the first word", function()
    assert.are.equal("starts", ats([[^[a-z0-9-]+\.[a-z]{2,6}\s*-\s+]]))
    assert.is_true(meets_all([[^[a-z0-9-]+\.[a-z]{2,6}\s*-\s+]], "situs.com - Warga desa memanen jagung."))
    assert.is_false(meets_all([[^[a-z0-9-]+\.[a-z]{2,6}\s*-\s+]], "situs com - Warga desa memanen jagung."))
    assert.is_false(meets_all([[^[a-z0-9-]+\.[a-z]{2,6}\s*-\s+]], ".com - Warga desa memanen jagung."))
  end)

  it("finds the byte a closing run starts after: a slash before the credit's last words", function()
    local p = [[[.!?]\s+(?:KANTOR|AGENSI)(?:/[A-Za-z .]{1,40}){1,4}$]]
    assert.are.equal("ends", ats(p))
    assert.is_true(meets_all(p, "Warga berjalan di pasar. KANTOR/Nama Fotografer"))
    assert.is_false(meets_all(p, "Warga berjalan di pasar, kata dia."))
  end)

  it("keeps a whole line to its bytes when the pattern is anchored at both ends", function()
    local p = [[^\p{Ll}{3,}+\p{Lu}[\p{L}\d]*+$]]
    assert.is_true(meets_all(p, "situsNews"))
    assert.is_false(meets_all(p, "situs News"))
    assert.is_false(meets_all(p, "ab"))  -- shorter than any match
  end)

  it("claims nothing it cannot be sure of", function()
    assert.are.same({}, runs.required([[abc\.com]]))          -- not anchored
    assert.are.same({}, runs.required([[^.*\.com]]))          -- any byte may come first
    assert.are.same({}, runs.required([[^(a)\1\.]]))          -- a back-reference is any text
    assert.are.same({}, runs.required([[(*UTF)^abc\.]]))      -- verbs: not analysed
    assert.are.same({}, runs.required([[^(?x) a b \. ]]))     -- extended syntax: not analysed
    assert.are.same({}, runs.required([[^\w+\s+\w+]]))         -- a space is in every line
  end)

  it("reads a character past ASCII as its bytes, and as any byte when caseless", function()
    assert.is_true(meets_all([[^[a-z]+–\d]], "abc–1"))
    assert.is_false(meets_all([[^[a-z]+–\d]], "abc-1"))
    assert.is_true(meets_all([[^[a-z]+(?i:é)\d]], "abcÉ1"))  -- the other case: other bytes past ASCII
    assert.is_false(meets_all([[^[a-z]+(?i:é)\d]], "abce1"))
  end)
end)

describe("the runs in C (set:require_run)", function()
  it("skips a line whose run stops elsewhere, not one holding U+212A that a caseless k matches", function()
    local set = core.pageset()
    local pattern = [[^\d+(?i:k)\d+$]]
    assert.is_true(set:add("line", "navigation", nil, "", pattern))
    local reqs = runs.required(pattern)
    assert.is_true(#reqs > 0)
    for _, r in ipairs(reqs) do assert.is_true(set:require_run("line", 1, r.at, r.run, r.stop, r.min)) end
    local function class(text) return select(3, core.page_classify(kimput.parse(text), set):line(1)) end
    assert.are.equal("navigation", class("12k34"))
    assert.are.equal("navigation", class("12K34"))
    assert.are.equal("navigation", class("12\u{212A}34"))  -- KELVIN SIGN: PCRE2 folds it to k
    assert.are.equal("body", class("12x34"))
  end)

  it("rejects a set of the wrong size or a byte in both sets", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "navigation", nil, "", [[^a+\.]]))
    local all = ("\255"):rep(32)
    assert.has_error(function() set:require_run("line", 1, "starts", "x", all, 0) end)
    assert.has_error(function() set:require_run("line", 1, "starts", all, all, 0) end)
    assert.has_error(function() set:require_run("line", 2, "starts", all, ("\0"):rep(32), 0) end)
  end)
end)

describe("the runs of the shipped rules", function()
  it("every match of every shipped rule meets them", function()
    local lines = {
      "Baca juga: Harga Beras Naik di Pasar Kota", "BACA JUGA", "Editor: Nama Penyunting",
      "Penulis: Nama Satu | Editor: Nama Dua", "Sumber: Kantor Berita Contoh, Situs Lain",
      "Copyright © 2024 Situscontoh.com", "Senin, 15 Agustus 2022 | 09:15 WIB", "Situs.com - 31/05/2018, 23:59 WIB",
      "Kotabaru (Situs.com) --", "KOTABARU, Situs.com -", "Kotabaru -", "Warga berjalan di pasar. (Foto: Dok Warga)",
      "Kepala dinas meninjau lokasi/Ist", "Para menteri berfoto bersama. (AFP)", "ANTARA FOTO/Nama Fotografer",
      "Warga berjalan di pasar. KANTOR/Nama Fotografer", "Follow WhatsApp Channel Situs untuk update berita terbaru",
      "situsNews", "situs.com", "https://situs.com/berita/123", "Halaman selanjutnya", "Home > Berita > Kota",
      "KOTABARU, Situs.com - Warga desa memanen jagung bersama.", "Situs.com - Warga desa memanen jagung.",
      "Situs.com | Kotabaru - Warga desa memanen jagung.", "Situsku.id – Kotabaru – Warga desa memanen jagung.",
      "SITUS.CO.ID - KOTABARU. Warga desa memanen jagung.", "Situs.com, Kotabaru - Warga desa memanen jagung.",
      "Kotabaru (Kabarku) - Warga desa memanen jagung.", "Kabarku TV, Kotabaru - Warga desa memanen jagung.",
      "Kota Pos - Warga desa memanen jagung.", "Kotabaru, 5 Desember 2024 - Warga desa memanen jagung.",
      "Warga desa memanen jagung. [ABC]", "Warga desa memanen jagung. (abc/def)", "Warga pergi. (Reuters)",
      "Tim situscom - situsNews", "News - abc, Kabar Kota", "Nama Orang, Jurnalis", "(rzr/dnu)", "[JP]",
      -- (the scan rules': a span of the body, which their runs are read over)
      "Harga beras naik, kata dia. (situs.com)", "Harga beras naik. ( www.situs.co.id ) ",
      "Harga beras naik, kata dia. (Sumber: Kantor Berita Contoh)", "Seperti dilansir Situs.com, harga naik.",
    }
    local checked, checked_digits = 0, 0
    -- (as C counts them: bytes 0-9 or past ASCII)
    local function digit_run(line)
      local best = 0
      for run in line:gmatch("[0-9\128-\255]+") do best = math.max(best, #run) end
      return best
    end
    for _, kind in ipairs { "lines", "prefix", "suffix", "source", "published" } do
      for i, pattern in ipairs(page.boilerplate.expanded(kind)) do
        local rule = assert(core.rule_new(pattern, "", "rule " .. i))
        local reqs, digits = runs.required(pattern), runs.digits(pattern)
        for _, line in ipairs(lines) do
          if rule:exec(kimput.parse(line), { { 1, #line } }, 1)[1] then
            for _, r in ipairs(reqs) do
              assert.is_true(runs.meets(line, r), ("%s rule %d, %q (%s)"):format(kind, i, line, r.at))
            end
            checked = checked + #reqs
            assert.is_true(digit_run(line) >= digits, ("%s rule %d, %q (digits)"):format(kind, i, line))
            if digits > 0 then checked_digits = checked_digits + 1 end
          end
        end
      end
    end
    assert.is_true(checked > 30)
    assert.is_true(checked_digits > 3)
  end)

  it("come analysed in lexicon/runs_cache.lua, as kimput.runs gives them (make literals-cache)", function()
    local cache = require "kimput.lexicon.runs_cache"
    local function hex(s) return (s:gsub(".", function(c) return ("%02x"):format(c:byte()) end)) end
    local n = 0
    for _, kind in ipairs { "lines", "prefix", "suffix" } do
      for _, p in ipairs(page.boilerplate.expanded(kind)) do
        local want = {}
        for i, r in ipairs(runs.required(p)) do
          want[i] = { at = r.at, run = hex(r.run), stop = hex(r.stop), min = r.min }
        end
        want.digits = runs.digits(p) > 0 and runs.digits(p) or nil
        assert.are.same(want, cache[p], "stale cache: run make literals-cache")
        n = n + 1
      end
    end
    assert.is_true(n > 50)
  end)

  it("come with the scan rules' spans in lexicon/runs_cache.lua, as kimput.runs gives them", function()
    local cache = require "kimput.lexicon.runs_cache"
    local function hex(s) return (s:gsub(".", function(c) return ("%02x"):format(c:byte()) end)) end
    local ends = 0
    for _, kind in ipairs { "source", "published" } do
      for _, p in ipairs(page.boilerplate.expanded(kind)) do
        local span, want = runs.span(p), {}
        for i, r in ipairs(runs.required(p)) do
          want[i] = { at = r.at, run = hex(r.run), stop = hex(r.stop), min = r.min }
          ends = ends + 1
        end
        want.span = span and hex(span)
        want.digits = runs.digits(p) > 0 and runs.digits(p) or nil
        assert.are.same(want, cache[p], "stale cache: run make literals-cache")
      end
    end
    assert.is_true(ends > 0)  -- "... (situs.com)" closing a span
  end)
end)

describe("runs.digits", function()
  it("gives the run of digits every match holds, joined across the parts all digits", function()
    assert.are.equal(4, runs.digits([[\d{1,2} (?i:mei|juni) \d{4}]]))
    assert.are.equal(4, runs.digits([[^\d{1,2}/\d{1,2}/\d{4}$]]))
    assert.are.equal(3, runs.digits([[a\d\d\db]]))          -- one character after another
    assert.are.equal(4, runs.digits([[\d{2}\b\d{2}]]))        -- \b reads no byte
    assert.are.equal(2, runs.digits([[(?:\d{2}|\d{4})]]))     -- the fewest of the alternatives
    assert.are.equal(2, runs.digits([[(?:x\d{2}){2}]]))
    assert.are.equal(0, runs.digits([[\d*]]))
    assert.are.equal(0, runs.digits([[(\d{4})?x]]))
    assert.are.equal(4, runs.digits([[(\d{4})x\1]]))          -- (the reference: any text, the group's run only)
    -- a character past ASCII is a digit's bytes for C too; counted as one byte (fewer than it holds)
    assert.are.equal(2, runs.digits("x\226\128\147" .. [[\d]]))
  end)

  it("keeps a line whose run is too short from a rule that needs one, and none that matches", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "timestamp", nil, "", [[^Terbit \p{L}+ \d{4}$]]))
    assert.is_true(set:require_digits("line", 1, 4))
    local function class(text) return select(3, core.page_classify(kimput.parse(text), set):line(1)) end
    assert.are.equal("timestamp", class("Terbit Maret 2024"))
    assert.are.equal("body", class("Terbit Maret 24"))
    assert.has_error(function() set:require_digits("line", 2, 4) end)
  end)
end)

describe("runs.span", function()
  local function holds(span, c) return span:byte(c:byte() // 8 + 1) >> (c:byte() % 8) & 1 == 1 end

  it("gives the bytes a match reads, lookarounds aside", function()
    local span = runs.span([[(?i:kantor\s+berita)\s+(?=\()\p{Lu}[\p{L}.-]*\s+melaporkan\b]])
    for c in ("aKn .-\128\255"):gmatch(".") do assert.is_true(holds(span, c)) end
    for c in ("(),;:/\"0"):gmatch(".") do assert.is_false(holds(span, c)) end
  end)

  it("knows nothing of a back-reference", function()
    assert.is_nil(runs.span([[(\w)\1]]))
  end)

  it("leaves the sources found as they were: the scan rules start later only where no match can start", function()
    local doc = kimput.parse("Judul Berita Hari Ini\n" ..
      "Menurut catatan (data lama) kantor berita Antara melaporkan, harga beras naik di pasar kota.\n" ..
      "Pedagang di pasar itu menjual beras; media lokal Kabar Kota melaporkan antrean panjang sejak pagi.\n")
    assert.are.same({ "Antara", "Kabar Kota" }, doc:meta().sources)
  end)
end)
