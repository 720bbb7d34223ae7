-- Tokens: kinds, the Indonesian single-token cases, offsets, iteration.
local kimput = require "kimput"

local function tokens(text)
  local out = {}
  for _, t in ipairs(kimput.parse(text):token_list()) do out[#out + 1] = t.text .. "/" .. t.kind end
  return table.concat(out, " ")
end

describe("tokens", function()
  it("keeps reduplications and hyphenated names whole", function()
    assert.equal("negara-negara/word Kim/word Jong-un/word Korut-Rusia/word baru-baru/word",
      tokens("negara-negara Kim Jong-un Korut-Rusia baru-baru"))
  end)

  it("keeps decimal and thousands numbers whole", function()
    assert.equal("87,32/number Persen/word 1.500/number 1.500.000/number", tokens("87,32 Persen 1.500 1.500.000"))
  end)

  it("splits a rupiah amount written without a space into the currency and the number", function()
    assert.equal("Rp/word 2.500.000/number naik/word ./punct", tokens("Rp2.500.000 naik."))
    local doc = kimput.parse("Harga beras Rp12.500 per kilogram. Warga mengeluh.")
    assert.equal(2, doc:sentence_count())
  end)

  it("keeps numeric dates and times whole", function()
    assert.equal("(/punct 10/5/2022/date )/punct 09:15/time WIB/word 09.15/time "
      .. "2023-05-09/date 9-5-2023/date",
      tokens("(10/5/2022) 09:15 WIB 09.15 2023-05-09 9-5-2023"))
    assert.equal("Kamis/word (/punct 27/7/date )/punct", tokens("Kamis (27/7)"))
  end)

  it("splits ranges at the dash", function()
    assert.equal("10.00/time -/punct 12.00/time", tokens("10.00-12.00"))
    assert.equal("2022/number -/punct 2023/number", tokens("2022-2023"))
  end)

  it("recognises domains, URLs and hashtags", function()
    assert.equal("laman/word inews.co.uk/url ,/punct WahanaNews.co.id/url",
      tokens("laman inews.co.uk, WahanaNews.co.id"))
    assert.equal("https://www.antaranews.com/berita/1/a-b/url ./punct",
      tokens("https://www.antaranews.com/berita/1/a-b."))
    assert.equal("#rusiaukraina/hashtag #beritainternasional/hashtag", tokens("#rusiaukraina#beritainternasional"))
  end)

  it("keeps decades and abbreviations with their period", function()
    assert.equal("1990-an/date", tokens("1990-an"))
    assert.equal("dll./word Jl./word a.n./word Dr./word M./word Razi/word", tokens("dll. Jl. a.n. Dr. M. Razi"))
  end)

  it("keeps a degree of short capitalised parts and the titles before a name with their period", function()
    assert.equal("M.Sc./word ,/punct Ph.D./word Sp.PD./word S.I.Kom./word", tokens("M.Sc., Ph.D. Sp.PD. S.I.Kom."))
    -- a specialist's degree or a doctorate with no final period, before a comma or a bracket
    assert.equal("Sp.PD/word ,/punct Sp.OG/word (/punct K/word )/punct Ph.D/word ,/punct",
      tokens("Sp.PD, Sp.OG(K) Ph.D,"))
    assert.equal("KH./word Ahmad/word Kombes/word Pol./word Rudi/word Kapten/word Inf./word Sani/word",
      tokens("KH. Ahmad Kombes Pol. Rudi Kapten Inf. Sani"))
    assert.equal("pk./word 19.30/time", tokens("pk. 19.30"))
    -- a long part or a lower-case one is no degree: the period still ends the word
    assert.equal("Kota/word ./punct Baru/word ./punct", tokens("Kota.Baru."))
  end)

  it("keeps campus and address abbreviations with their period, not a unit's", function()
    assert.equal("Univ./word Negeri/word Ds./word Sukamaju/word Komp./word Griya/word",
      tokens("Univ. Negeri Ds. Sukamaju Komp. Griya"))
    assert.equal("Dept./word Lt./word 3/number thn./word 2019/number", tokens("Dept. Lt. 3 thn. 2019"))
    assert.equal("UU/word No./word 5/number Th./word 2020/number", tokens("UU No. 5 Th. 2020"))
    assert.equal("kg/word ./punct Harga/word", tokens("kg. Harga"))
    local doc = kimput.parse("Ia lulus dari Univ. Negeri Contoh pada 2010. Harga beras Rp14.000 per kg. "
      .. "Pedagang mengeluh.")
    assert.equal(3, doc:sentence_count())
  end)

  it("keeps a month's short form with its period only beside a number", function()
    assert.equal("5/number Jun./word 2024/number", tokens("5 Jun. 2024"))
    assert.equal("Sept./word 12/number", tokens("Sept. 12"))
    -- after a name the period ends the sentence: "Dong Jun." is no abbreviation
    assert.equal("Dong/word Jun/word ./punct Ia/word", tokens("Dong Jun. Ia"))
    local doc = kimput.parse("Menhan bertemu Dong Jun. Keduanya membahas kerja sama.")
    assert.equal(2, doc:sentence_count())
  end)

  it("does not join words across a period with no space", function()
    assert.equal("akhir/word ./punct Dia/word", tokens("akhir.Dia"))
  end)

  it("makes quote marks their own tokens but not an apostrophe inside a word", function()
    assert.equal("'/quote Hari/word Kemenangan/word '/quote", tokens("'Hari Kemenangan'"))
    assert.equal("“/quote Kami/word ”/quote ‘/quote x/word ’/quote \"/quote",
      tokens("“Kami” ‘x’ \""))
    assert.equal("Jum'at/word Jum’at/word Qur'an/word", tokens("Jum'at Jum’at Qur'an"))
  end)

  it("classes punctuation and symbols", function()
    assert.equal("Rp/word 5/number %/symbol ©/symbol |/symbol —/punct ,/punct …/punct",
      tokens("Rp 5 % © | — , …"))
  end)

  it("handles non-ASCII letters through ICU", function()
    assert.equal("São/word Paulo/word Émile/word Đà/word Nẵng/word", tokens("São Paulo Émile Đà Nẵng"))
    assert.equal("北京/word", tokens("北京"))
  end)

  it("reports 1-based inclusive byte offsets into the original text", function()
    local text = "“Kami” kata Kim."
    local doc = kimput.parse(text)
    for start, stop in doc:tokens() do
      assert.is_true(start >= 1 and stop <= #text and start <= stop)
    end
    local t = doc:token_list()
    assert.equal("“", text:sub(t[1].start, t[1].stop))
    assert.equal(1, t[1].start)
    assert.equal(3, t[1].stop)
    assert.equal("Kim", text:sub(t[5].start, t[5].stop))
  end)

  it("iterates with doc:tokens() and gives the count and single tokens", function()
    local doc = kimput.parse("Kim mengirim surat kepada Putin.")
    local n = 0
    for _, _, kind, index in doc:tokens() do
      n = n + 1
      assert.equal(n, index)
      assert.is_string(kind)
    end
    assert.equal(6, n)
    assert.equal(6, doc:token_count())
    local start, stop, kind = doc:token(6)
    assert.equal(".", doc:text():sub(start, stop))
    assert.equal("punct", kind)
    assert.is_nil(doc:token(7))
  end)

  it("keeps the period of every abbreviation of its table, one sentence around it", function()
    local abbreviations = kimput.core.abbreviations()
    assert.is_true(#abbreviations > 50)
    local function kept(text, abbr)
      local doc = kimput.parse(text)
      for i = 1, doc:token_count() do
        local start, stop = doc:token(i)
        if text:sub(start, stop) == abbr then return doc:sentence_count() == 1 end
      end
      return false
    end
    for _, abbr in ipairs(abbreviations) do
      -- (a month's short form keeps it beside a number only)
      assert.is_true(kept("Rapat bersama " .. abbr .. " Budi dihadiri warga.", abbr)
        or kept("Rapat pada 5 " .. abbr .. " 2024 dihadiri warga.", abbr), abbr)
    end
    assert.is_false(kept("Ia bertemu Dong Jun. Rapat dimulai.", "Jun."))
  end)
end)
