-- Dates: forms met on fresh held-out pages (session s24), in invented sentences.
local kimput = require "kimput"

local R = "2023-05-10"

local function found(text)
  local doc = kimput.parse(text, { published = R })
  local out = {}
  for _, d in ipairs(kimput.core.dates(doc, { { 1, #text } }, 2023, 5,
      10)) do out[#out + 1] = d.text .. "=" .. d.value end
  return table.concat(out, ", ")
end

describe("a year after a league's or series' numeral", function()
  it("is a year: 'Liga 1 2019', 'Formula 1 2021-2022'", function()
    assert.are.equal("2019=2019", found("Tiga laga pekan pertama Liga 1 2019 sudah selesai digelar."))
    assert.are.equal("2021=2021, 2022=2022", found("Ia tampil di Formula 1 2021-2022 bersama tim barunya."))
  end)

  it("is no year after a count, money or a number's word", function()
    assert.are.equal("", found("Skor akhir laga itu 1 2019 tidak tercatat."))
    assert.are.equal("", found("Harga tiket naik menjadi Rp 1 2019 per lembar."))
    assert.are.equal("", found("Rumah itu ada di RT 5 2019 menurut warga."))
  end)
end)

describe("'harian' before a name", function()
  it("is a newspaper after a conjunction or preposition, no set", function()
    assert.are.equal("", found("Indeks itu hasil kerja sama bursa dengan harian Kabar Niaga ini."))
    assert.are.equal("", found("Indeks itu disusun bursa dan harian Kabar Niaga sejak lama."))
    assert.are.equal("", found("Tulisannya pernah dimuat di harian Suara Kota."))
  end)

  it("stays a set after the noun it qualifies", function()
    assert.are.equal("harian=P1D", found("Data harian Dinas Kesehatan mencatat kenaikan kasus."))
  end)
end)
