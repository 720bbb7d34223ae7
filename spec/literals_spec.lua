-- kimput.literals: the literals every match of a pattern holds, and the
-- page stage's use of them (a line without a rule's literals skips it).
-- The check that matters: they change no class. Every sentence is invented.
local kimput = require "kimput"
local literals = require "kimput.literals"
local page = require "kimput.page"
local core = kimput.core

local function show(pattern)
  local out = {}
  for _, r in ipairs(literals.required(pattern)) do
    out[#out + 1] = r.at .. "{" .. table.concat(r.strings, "|") .. "}"
  end
  return table.concat(out, " ")
end

-- does s meet requirement r (ASCII letters folded)?
local function meets(s, r)
  local low = s:lower()
  for _, x in ipairs(r.strings) do
    if (r.at == "contains" and low:find(x, 1, true)) or (r.at == "starts" and low:sub(1, #x) == x)
      or (r.at == "ends" and low:sub(-#x) == x) then
      return true
    end
  end
  return false
end

describe("literals.required", function()
  it("finds the words of an anchored alternation and what the line starts or ends with", function()
    assert.are.equal("starts{baca|lihat} contains{:}", show([[^(?i:baca\s+juga|lihat)\s*:]]))
    assert.are.equal("ends{)}", show([[\)$]]))
    assert.are.equal("starts{abc}", show("^abc$"))
  end)

  it("joins a literal with the alternation after it, across groups", function()
    assert.are.equal("contains{(afp)|(reuters} contains{)}", show([[\((?:AFP|Reuters)\)]]))  -- cut at 8 bytes
    assert.are.equal("contains{kiri)|kanan)} contains{(dari|(kiri)|(kanan)}", show([[\((?i:kiri|kanan|dari\s+kiri)\)]]))
  end)

  it("sees through an optional part to what the line starts with", function()
    -- a bullet or not, then the words: the line starts with one or the other
    assert.are.equal("starts{*|•|baca|simak} contains{baca|berita} contains{juga|berita}",
      show([[^(?:[*•](?:[\s\x{A0}])*)?(?i:simak\s+berita|baca\s+juga)]]))
    assert.are.equal("starts{b|c|ab|ac}", show([[^a?b*c]]))
    -- an optional part that may start with anything says nothing of the line's start
    assert.are.equal("contains{baca}", show([[^(?:\d+\s*)?Baca]]))
    assert.are.equal("contains{baca}", show([[^(?:.{1,3}-)?Baca]]))
  end)

  it("claims nothing it cannot be sure of", function()
    assert.are.equal("", show([[(?:foo)?bar?]]))          -- "ba" and nothing else is certain
    assert.are.equal("", show([[\p{Lu}\w+\s+\d+]]))
    assert.are.equal("", show([[(a)\1]]))                   -- a back-reference is any text
    assert.are.equal("", show([[(*UTF)abc]]))               -- verbs: not analysed
    assert.are.equal("", show([[[a-z]{2,}]]))
    assert.are.equal("", show([[(?x) a b c]]))             -- extended syntax: not analysed
    assert.are.equal("contains{abc}", show([[(?<=x)abc(?=y)]]))  -- lookarounds hold nothing
  end)

  it("treats a non-ASCII letter of a caseless pattern as unknown", function()
    assert.are.equal("contains{abc}", show([[(?i:abcé)]]))
    assert.are.equal("contains{abcé}", show([[abcé]]))
  end)

  it("every match of every shipped rule meets the rule's literals", function()
    local lines = {
      "Baca juga: Harga Beras Naik di Pasar Kota", "BACA JUGA", "Lihat juga video warga menanam padi",
      "Editor: Nama Penyunting", "Penulis: Nama Satu | Editor: Nama Dua", "Rep: Nama/ Red: Nama Lain",
      "Sumber: Kantor Berita Contoh, Situs Lain", "Copyright © 2024 Situscontoh.com", "(c) Situs Contoh",
      "Artikel ini telah tayang di Situs.com dengan judul \"Warga Desa Panen Raya Jagung\"",
      "Senin, 15 Agustus 2022 | 09:15 WIB", "Situs.com - 31/05/2018, 23:59 WIB", "date 2025-10-02",
      "Diperbarui 16 Agustus 2022", "Kotabaru (Situs.com) --", "KOTABARU, Situs.com -", "Kotabaru -",
      "Warga berjalan di pasar. (Foto: Dok Warga)", "Kepala dinas meninjau lokasi/Ist",
      "Warga menanam padi. (Situs.com/Nama Fotografer)", "Presiden A (kiri) dan B (kanan) di istana.",
      "Para menteri berfoto bersama. (AFP)", "ANTARA FOTO/Nama Fotografer", "#pasarmurah #kota",
      "Tags: pasar, beras", "Komentar", "Bagikan artikel", "Scroll untuk melanjutkan membaca",
      "Follow WhatsApp Channel Situs untuk update berita terbaru", "Klik di sini", "waktu baca 2 menit",
      "A A A", "Perbesar teks", "Tulis komentar", "Halaman selanjutnya", "Home > Berita > Kota",
      "https://situs.com/berita/123", "situs.com", "Simak berita terkini hanya di Situs.com",
      "Telusuri berita Kota lainnya", "KOTABARU, Situs.com - Warga desa memanen jagung bersama.",
      "Situs.com - Warga desa memanen jagung.", "Kota Pos - Warga desa memanen jagung.",
      "Warga desa memanen jagung. [ABC]", "Warga desa memanen jagung. (abc/def)",
      "Seperti dilansir Kantor Berita Contoh, warga memanen jagung.",
      "Hal itu dikutip dari laman Situs.com pada Senin.", "Seperti dilansir CNN, Jumat (28/7/2023), warga pergi.",
      "Dikutip dari laman Situs, Rabu, 10 Mei 2023, harga naik.",
    }
    local checked = 0
    for _, kind in ipairs { "lines", "prefix", "suffix", "source", "published" } do
      for i, pattern in ipairs(page.boilerplate.expanded(kind)) do
        local rule = assert(core.rule_new(pattern, "", "rule " .. i))
        local reqs = literals.required(pattern)
        for _, line in ipairs(lines) do
          local doc = kimput.parse(line)
          local found = rule:exec(doc, { { 1, #line } }, 1)[1]
          if found then
            local whole = line:sub(found.start, found.stop)
            for _, r in ipairs(reqs) do
              local subject = r.at == "contains" and whole or line
              assert.is_true(meets(subject, r), ("%s rule %d, %q: %s"):format(kind, i, line, show(pattern)))
            end
            checked = checked + 1
          end
        end
      end
    end
    assert.is_true(checked > 40)
  end)
end)

describe("page classes with and without the literals", function()
  after_each(function() page.use_literals(true) end)

  -- every quoted sentence of the page specs (all invented), as pages of ten lines
  local function invented_lines()
    local out = {}
    for _, file in ipairs { "spec/page_spec.lua", "spec/page_shapes_spec.lua", "spec/meta_spec.lua" } do
      local f = io.open(file)
      if f then
        for s in f:read("a"):gmatch('"([^"\n\\]+)"') do
          if #s > 2 then out[#out + 1] = s end
        end
        f:close()
      end
    end
    return out
  end

  local function classes(pages)
    local out = {}
    for i, text in ipairs(pages) do
      local doc = kimput.parse(text)
      local parts = {}
      for s, e, c in doc:lines() do parts[#parts + 1] = s .. ":" .. e .. ":" .. c end
      local m = doc:meta()
      parts[#parts + 1] = table.concat({ m.outlet or "", m.published or "", m.dateline or "", m.headline or "",
        m.editor or "", table.concat(m.sources, ",") }, "|")
      out[i] = table.concat(parts, " ")
    end
    return out
  end

  it("are the same on every page of the specs' invented lines", function()
    local lines = invented_lines()
    assert.is_true(#lines > 100)
    local pages = {}
    for i = 1, #lines, 10 do pages[#pages + 1] = table.concat(lines, "\n", i, math.min(i + 9, #lines)) end
    for i = 1, #lines, 3 do pages[#pages + 1] = table.concat(lines, "\n", i, math.min(i + 2, #lines)):upper() end
    local with = classes(pages)
    page.use_literals(false)
    local without = classes(pages)
    for i = 1, #pages do assert.are.equal(without[i], with[i]) end
  end)
end)

describe("the literals cache (lexicon/literals_cache.lua)", function()
  it("holds the analysis of every shipped pattern, as kimput.literals gives it (make literals-cache)", function()
    local cache = require "kimput.lexicon.literals_cache"
    local n = 0
    for _, kind in ipairs { "lines", "prefix", "suffix", "source", "published" } do
      for _, p in ipairs(kimput.boilerplate.expanded(kind)) do
        n = n + 1
        assert.are.same(literals.required(p), cache[p], "stale cache: run make literals-cache")
      end
    end
    assert.is_true(n > 50)
  end)
end)
