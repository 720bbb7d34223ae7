-- doc:events() on the contact between heads of state, ministers and envoys: constructions seen on
-- held-out news pages (EV2, session s20), each spec on invented sentences.
local kimput = require "kimput"
local read = require "fixtures.events"
local events, one = read.events, read.one

kimput.entities.add{ name = "Bima Santoso", kind = "person", aliases = { "Bima" }, titles = { "Presiden" } }

local pairs_of = read.pairs_of

describe("EV2: heads of state in contact (held-out pages)", function()
  it("lists a member after the Malaysian king's title as Malaysia spells it ('Yang di-Pertuan Agong XVII')",
    function()
    local ev = events("Presiden Bima Santoso berbicara melalui sambungan telepon dengan tiga kepala negara, antara "
      .. "lain Raja Norodom Sihamoni, Yang di-Pertuan Agong XVII Sultan Ibrahim, dan Kanselir Jerman Friedrich Merz.")
    assert.same({ "call Bima Santoso -> Norodom Sihamoni", "call Bima Santoso -> Sultan Ibrahim",
      "call Bima Santoso -> Friedrich Merz" }, pairs_of(ev))
  end)
  it("reads a meeting noun late in the clause, its guest's title set off by a comma, as the subject's", function()
    local e = one("Menlu Siti Rahma membahas perdagangan kopi dalam pertemuan bilateral dengan Menteri Luar Negeri "
      .. "Peru, Carlos Mendoza.")
    assert.same({ "meeting", "Siti Rahma", "Carlos Mendoza" }, { e.type, e.sender, e.recipient })
  end)

  it("does not give a visit owned by someone named in the clause the guest of the meeting after 'dalam'", function()
    local e = one("Menlu Siti Rahma membahas rencana kunjungan Presiden Bima Santoso ke Lima dalam pertemuan "
      .. "bilateral dengan Menteri Luar Negeri Peru, Carlos Mendoza.")
    assert.same({ "meeting", "Siti Rahma", "Carlos Mendoza" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.planned)
  end)

  it("dates a meeting by 'Pertemuan ini berlangsung … pada D' past a quotation about it", function()
    local e = one("Menlu Siti Rahma melakukan pertemuan bilateral dengan Menteri Luar Negeri Peru, Carlos Mendoza. "
      .. "\"Kedua menteri sepakat memperluas perdagangan,\" ujar Kementerian Luar Negeri dalam keterangan tertulis, "
      .. "Sabtu. Pertemuan ini berlangsung di sela-sela sidang umum PBB di New York, pada Selasa 24 September 2024.")
    assert.same({ "Siti Rahma", "Carlos Mendoza", "2024-09-24" }, { e.sender, e.recipient, e.date })
  end)
  it("dates a call or meeting by the day of a cue said to the other party in the sentences after it", function()
    local e = one("Presiden Amerika Serikat Tom Walker menghubungi Presiden Bima Santoso. Walker menanyakan kabar "
      .. "banjir di Sukamaju. \"Kami siap mengirim bantuan,\" kata Walker kepada Bima, Rabu (15/5/2024) malam.")
    assert.same({ "call", "Tom Walker", "Bima Santoso", "2024-05-15" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Presiden Tom Walker bertemu Presiden Bima Santoso. \"Kami siap mengirim bantuan,\" kata Walker "
      .. "kepada Bima, Rabu (15/5/2024).")
    assert.equal("2024-05-15", e.date)
    -- (said to someone else, the cue's day is only when it was said)
    e = one("Presiden Tom Walker bertemu Presiden Bima Santoso. \"Kami siap mengirim bantuan,\" kata Walker "
      .. "kepada wartawan, Rabu (15/5/2024).")
    assert.is_nil(e.date)
  end)
  it("reads the sentence past an outlet's dateline with a colon ('Beritaku: Sukamaju 6 April 2025 – …')", function()
    local e = one("Kabarku: Sukamaju 9 Juli 2025 – Presiden Bima Santoso melakukan kunjungan ke Bangkok, Thailand, "
      .. "pada Rabu (9/7/2025) dalam rangka bersilaturahmi dengan Perdana Menteri (PM) Thailand, Anutin Charnvirakul.")
    assert.same({ "meeting", "Bima Santoso", "Anutin Charnvirakul", "2025-07-09" },
      { e.type, e.sender, e.recipient, e.date })
  end)
  it("takes no date from a relative clause of what others talked of or agreed before ('kesepakatan yang "
    .. "dibicarakan X kepada Y di Moskow Juni lalu')", function()
    local e = one("Menlu Siti Rahma mengadakan pertemuan bilateral dengan Menlu Tom Walker di Jenewa, Senin "
      .. "(3/10/2022). Menurut kedutaan, keduanya bertemu untuk menindaklanjuti kesepakatan yang dibicarakan Presiden "
      .. "Bima Santoso kepada Presiden Lee di Seoul Mei lalu.")
    assert.same({ "Siti Rahma", "Tom Walker", "2022-10-03" }, { e.sender, e.recipient, e.date })
  end)
  it("lets the caller told after a call of 'keduanya' set its direction: one call, not two", function()
    local ev = events("Presiden Bima Santoso menerima sambungan telepon dari Presiden Tom Walker pada Selasa (4/6) "
      .. "pagi. Keduanya berbicara melalui sambungan telepon terakhir kali pada Januari 2024. Bima ketika itu "
      .. "menelepon Walker untuk menyampaikan ucapan selamat tahun baru.")
    assert.same({ "call Tom Walker -> Bima Santoso", "call Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same({ "2024-06-04", "2024-01" }, { ev[1].date, ev[2].date })
  end)
  it("reads talk right after a summit ('berbincang dengan Y, usai KTT Z, di P, pada Senin') as a meeting that day",
    function()
    local e = one("Presiden Bima Santoso berbincang dengan Perdana Menteri Tom Walker, usai KTT Pasifik, di Suva, "
      .. "Fiji, pada Minggu (9/6) waktu setempat.")
    assert.same({ "meeting", "Bima Santoso", "Tom Walker", "2024-06-09" }, { e.type, e.sender, e.recipient, e.date })
    -- (talk after another gathering says nothing of how)
    assert.equal(0, #events("Presiden Bima Santoso berbincang dengan Presiden Tom Walker usai rapat di Mesir."))
  end)
  it("reads 'Ucapan selamat atas pelantikan Y sebagai … datang dari X' as X's message to Y, however long what "
    .. "Y became", function()
    local e = one("Ucapan selamat atas pelantikan Bima Santoso sebagai Presiden ke-9 Republik Sukamaju datang dari "
      .. "Perdana Menteri Tom Walker yang berharap kedua negara terus bekerja sama di bidang pangan. "
      .. "Senin (21/10/2024).")
    assert.same({ "message", "Tom Walker", "Bima Santoso", "2024-10-21" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Ucapan selamat atas terpilihnya Bima Santoso sebagai presiden datang dari Presiden Tom Walker.")
    assert.same({ "Tom Walker", "Bima Santoso" }, { e.sender, e.recipient })
  end)
end)
