-- doc:events() on the contact between heads of state, ministers and envoys: constructions seen on
-- held-out news pages (EV2, session s20), each spec on invented sentences.
local kimput = require "kimput"
local read = require "fixtures.events"
local events, one = read.events, read.one

kimput.entities.add{ name = "Bima Santoso", kind = "person", aliases = { "Bima" }, titles = { "Presiden" } }

local function pairs_of(ev)
  local out = {}
  for i, e in ipairs(ev) do out[i] = e.type .. " " .. tostring(e.sender) .. " -> " .. tostring(e.recipient) end
  return out
end

describe("EV2: heads of state in contact (held-out pages)", function()
  it("lists a member after the Malaysian king's title as Malaysia spells it ('Yang di-Pertuan Agong XVII')",
    function()
    local ev = events("Presiden Bima Santoso berbicara melalui sambungan telepon dengan empat pemimpin, antara lain "
      .. "Presiden Turkiye Recep Tayyip Erdogan, Yang di-Pertuan Agong XVII Sultan Ibrahim, Sultan Hassanal Bolkiah, "
      .. "dan Presiden Prancis Emmanuel Macron.")
    assert.same({ "call Bima Santoso -> Recep Tayyip Erdogan", "call Bima Santoso -> Sultan Ibrahim",
      "call Bima Santoso -> Hassanal Bolkiah", "call Bima Santoso -> Emmanuel Macron" }, pairs_of(ev))
  end)
  it("reads a meeting noun late in the clause, its guest's title set off by a comma, as the subject's", function()
    local e = one("Menlu Siti Rahma membahas kerja sama ekonomi dalam pertemuan bilateral dengan Menteri Luar Negeri "
      .. "Oman, Pangeran Tarek Al Said.")
    assert.same({ "meeting", "Siti Rahma", "Tarek Al Said" }, { e.type, e.sender, e.recipient })
  end)

  it("does not give a visit owned by someone named in the clause the guest of the meeting after 'dalam'", function()
    local e = one("Menlu Siti Rahma membahas rencana kunjungan kenegaraan Presiden Bima Santoso ke Oman dalam "
      .. "pertemuan bilateral dengan Menteri Luar Negeri Oman, Pangeran Tarek Al Said.")
    assert.same({ "meeting", "Siti Rahma", "Tarek Al Said" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.planned)
  end)

  it("dates a meeting by 'Pertemuan ini berlangsung … pada D' past a quotation about it", function()
    local e = one("Menlu Siti Rahma melakukan pertemuan bilateral dengan Menteri Luar Negeri Oman, Pangeran Tarek "
      .. "Al Said. \"Pertemuan bilateral kedua menteri membahas kerja sama,\" ujar Kementerian Luar Negeri dalam "
      .. "pernyataan yang diterima di Jakarta, Jumat. Pertemuan ini berlangsung di sela-sela Forum Ekonomi Dunia di "
      .. "Davos, Swiss, pada Rabu 22 Januari 2025.")
    assert.same({ "Siti Rahma", "Tarek Al Said", "2025-01-22" }, { e.sender, e.recipient, e.date })
  end)
  it("dates a call or meeting by the day of a cue said to the other party in the sentences after it", function()
    local e = one("Presiden Amerika Serikat Tom Walker menghubungi Presiden Bima Santoso. Walker mengucapkan selamat "
      .. "kepada Bima atas kemenangannya. \"Saya senang berbicara dengan Anda,\" kata Walker kepada Bima, Jumat "
      .. "(22/3/2024) malam.")
    assert.same({ "call", "Tom Walker", "Bima Santoso", "2024-03-22" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Presiden Tom Walker bertemu Presiden Bima Santoso. \"Saya senang bertemu dengan Anda,\" kata Walker "
      .. "kepada Bima, Jumat (22/3/2024).")
    assert.equal("2024-03-22", e.date)
    -- (said to someone else, the cue's day is only when it was said)
    e = one("Presiden Tom Walker bertemu Presiden Bima Santoso. \"Saya senang bertemu dengan Anda,\" kata Walker "
      .. "kepada wartawan, Jumat (22/3/2024).")
    assert.is_nil(e.date)
  end)
  it("reads the sentence past an outlet's dateline with a colon ('Beritaku: Sukamaju 6 April 2025 – …')", function()
    local e = one("Beritaku: Sukamaju 6 April 2025 – Presiden Republik Indonesia, Bima Santoso, melakukan kunjungan "
      .. "singkat ke Kuala Lumpur, Malaysia, pada Minggu (6/4/2025) dalam rangka bersilaturahmi dengan Perdana Menteri "
      .. "(PM) Malaysia, Anwar Ibrahim.")
    assert.same({ "meeting", "Bima Santoso", "Anwar Ibrahim", "2025-04-06" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("takes no date from a relative clause of what others talked of or agreed before ('kesepakatan yang "
    .. "dibicarakan X kepada Y di Moskow Juni lalu')", function()
    local e = one("Menlu Siti Rahma mengadakan pertemuan bilateral dengan Menlu Tom Walker di New York, Kamis "
      .. "(22/9/2022). Dalam keterangan kedutaan, keduanya bertemu untuk membahas implementasi kesepakatan yang "
      .. "dibicarakan Presiden Bima Santoso kepada Presiden Lee di Moskow Juni lalu.")
    assert.same({ "Siti Rahma", "Tom Walker", "2022-09-22" }, { e.sender, e.recipient, e.date })
  end)
  it("lets the caller told after a call of 'keduanya' set its direction: one call, not two", function()
    local ev = events("Presiden Bima Santoso menerima sambungan telepon dari Presiden Tom Walker pada Kamis (12/6) "
      .. "malam. Keduanya berbicara melalui sambungan telepon terakhir kali pada November 2024. Bima saat itu "
      .. "menelepon Walker untuk mengucapkan selamat atas kemenangannya dalam pemilu.")
    assert.same({ "call Tom Walker -> Bima Santoso", "call Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same({ "2024-06-12", "2024-11" }, { ev[1].date, ev[2].date })
  end)
  it("reads talk right after a summit ('berbincang dengan Y, usai KTT Z, di P, pada Senin') as a meeting that day",
    function()
    local e = one("Presiden Bima Santoso berbincang dengan Presiden Amerika Serikat Tom Walker, usai KTT Perdamaian "
      .. "Gaza, di Sharm el-Sheikh, Mesir, pada Senin (10/6) waktu setempat.")
    assert.same({ "meeting", "Bima Santoso", "Tom Walker", "2024-06-10" }, { e.type, e.sender, e.recipient, e.date })
    -- (talk after another gathering says nothing of how)
    assert.equal(0, #events("Presiden Bima Santoso berbincang dengan Presiden Tom Walker usai rapat di Mesir."))
  end)
  it("reads 'Ucapan selamat atas pelantikan Y sebagai … datang dari X' as X's message to Y, however long what "
    .. "Y became", function()
    local e = one("Ucapan selamat atas pelantikan Bima Santoso sebagai Presiden baru Republik Sukamaju datang dari "
      .. "Presiden China Tom Walker yang juga menyatakan akan mempertahankan komunikasi yang erat. "
      .. "Minggu (20/10/2024).")
    assert.same({ "message", "Tom Walker", "Bima Santoso", "2024-10-20" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Ucapan selamat atas terpilihnya Bima Santoso sebagai presiden datang dari Presiden Tom Walker.")
    assert.same({ "Tom Walker", "Bima Santoso" }, { e.sender, e.recipient })
  end)
end)
