-- doc:events() on regional audiences, courtesy visits and heads of state: constructions seen on held-out
-- news pages (EV3, session s21), each spec on invented sentences.
local read = require "fixtures.events"
local events, one = read.events, read.one

local pairs_of = read.pairs_of

describe("EV3: audiences, visits and heads of state (held-out pages)", function()
  it("dates a series of audiences by the scene's day told before the sentence that names them", function()
    local ev = events("Bupati Sukamaju, Rudi Hartono, hampir tidak pernah sepi tamu. Hal itu tampak di pendopo, "
      .. "Rabu (19/6). Ia menerima tiga audiensi berturut-turut. Pertama, Rudi bertemu dengan Sari Dewanti, "
      .. "pengurus koperasi nelayan. Kemudian Rudi bertemu dengan pimpinan cabang bank daerah, Joko Purnomo.")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti", "meeting Rudi Hartono -> Joko Purnomo" }, pairs_of(ev))
    assert.same({ "2024-06-19", "2024-06-19" }, { ev[1].date, ev[2].date })
    -- (a day told with someone else named is no scene of the series)
    ev = events("Bupati Sukamaju, Rudi Hartono, hampir tidak pernah sepi tamu. Camat Wira Kusuma datang ke pendopo, "
      .. "Rabu (19/6). Ia menerima tiga audiensi berturut-turut. Pertama, Rudi bertemu dengan Sari Dewanti, "
      .. "pengurus koperasi nelayan.")
    local e = ev[#ev]
    assert.same({ "Rudi Hartono", "Sari Dewanti" }, { e.sender, e.recipient })
    assert.is_nil(e.date)
  end)

  it("does not make two subjects meet each other when they met an office nobody in the text holds", function()
    assert.same({}, events("Bupati Rudi Hartono dan Wakil Bupati Sari Dewanti menyambangi Kapolres, Dandim dan "
      .. "Kajari, Senin (17/6)."))
    assert.same({}, events("Rudi Hartono dan Sari Dewanti Sambangi Kapolres, Dandim dan Kajari"))
    assert.same({}, events("Bupati Rudi Hartono dan Wakil Bupati Sari Dewanti bertemu dengan Kapolres Bogor "
      .. "di markas polres."))
    -- (with no one after the verb they did meet each other)
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti" },
      pairs_of(events("Bupati Rudi Hartono dan Wali Kota Sari Dewanti bertemu di Sukamaju, Senin (17/6).")))
  end)

  it("reads 'X mengajak A dan B bertemu' as X's meeting with each, not A's with B", function()
    local ev = events("Presiden Bima Santoso bersama Ibu Negara Laras mengajak Perdana Menteri Tom Walker dan "
      .. "Menteri Luar Negeri Anne Walker bertemu di ruang kerjanya.")
    assert.same({ "meeting Bima Santoso -> Tom Walker", "meeting Bima Santoso -> Anne Walker" }, pairs_of(ev))
  end)

  it("takes no date from a relative clause on a party of his taking office", function()
    local e = one("Bupati Rudi Hartono bertandang ke rumah dinas Kapolres Bogor, Tono Sugiarto, yang baru "
      .. "menjabat pada awal Mei 2024.")
    assert.same({ "Rudi Hartono", "Tono Sugiarto" }, { e.sender, e.recipient })
    assert.is_nil(e.date)
    e = one("Bupati Rudi Hartono bertemu Kapolres Bogor Tono Sugiarto yang resmi dilantik pada Senin (10/6).")
    assert.is_nil(e.date)
  end)

  it("reads 'menyambut kehadiran X' as the arrival welcomed, the guest's spouse after him no one met", function()
    local ev = events("Di halaman istana, Presiden Bima Santoso bersama Laras menyambut kehadiran Kanselir Austria "
      .. "Tom Walker dan istrinya, Mary Walker, pada Rabu pagi.")
    assert.same({ "meeting Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same({}, events("Kehadiran Menteri Tom Walker di acara itu disambut meriah warga."))
  end)

  it("dates a welcome by the day of the arrival told before with its clock time", function()
    local e = one("Presiden Bima Santoso mendarat di Bandar Seri Begawan pada Senin pagi, 17 Juni 2024, pukul 09.40. "
      .. "Kedatangan Bima itu disambut Sultan Hassanal Bolkiah di bandara.")
    assert.same({ "Hassanal Bolkiah", "Bima Santoso", "2024-06-17" }, { e.sender, e.recipient, e.date })
  end)

  it("dates a meeting held in a release's lead by the day its dateline writes", function()
    local e = one("Kabarku.com-Bogor, 17 Juni 2024 – Kapolres Bogor, AKBP Tono Sugiarto, menerima kunjungan "
      .. "silaturahmi Wali Kota Rudi Hartono di Mapolres.")
    assert.same({ "Tono Sugiarto", "Rudi Hartono", "2024-06-17" }, { e.sender, e.recipient, e.date })
    -- (not a meeting of before the story)
    e = one("Kabarku.com-Bogor, 17 Juni 2024 – Kapolres Bogor, AKBP Tono Sugiarto, pernah bertemu Wali Kota Rudi "
      .. "Hartono di Mapolres.")
    assert.is_nil(e.date)
  end)

  it("gives a greeting with no addressee to the owner of the occasion it names by -nya", function()
    local e = one("Banyak kepala pemerintahan memberi selamat kepada Presiden Bima Santoso. Perdana Menteri Tom "
      .. "Walker juga mengirim ucapan selamat atas pelantikannya pekan lalu.")
    assert.same({ "message", "Tom Walker", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    -- (his own occasion: no one else named)
    assert.same({}, events("Tom Walker memenangi pemilu. Ia bersyukur atas kemenangannya."))
  end)

  it("reads the nouns temu, tatap muka and diskusi as meetings with the parties they name", function()
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti" },
      pairs_of(events("Temu Bupati Rudi Hartono dengan Gubernur Sari Dewanti berlangsung hangat.")))
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti" },
      pairs_of(events("Bupati Rudi Hartono juga menggelar tatap muka dengan Gubernur Sari Dewanti.")))
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti" },
      pairs_of(events("Diskusi Bupati Rudi Hartono dengan Gubernur Sari Dewanti membahas banjir.")))
    -- (the shopping app names no one met)
    assert.same({}, events("Aplikasi belanja Temu dengan pesaingnya bersaing ketat. Pendiri Temu mengatakan hal "
      .. "itu kepada wartawan."))
  end)

  it("finds the subject of a purpose clause inside a clause of time after the main one", function()
    local ev = events("Kanselir Anne Lee terakhir menghubungi Presiden Bima Santoso pada Maret 2024, ketika Menteri "
      .. "Rudi Hartono bertolak ke Wina untuk bertemu dengan Menteri Sven Larsen.")
    assert.same({ "call Anne Lee -> Bima Santoso", "meeting Rudi Hartono -> Sven Larsen" }, pairs_of(ev))
  end)

  it("walks past clock times alone to the series' day", function()
    local e = one("Presiden Bima Santoso menggelar diskusi dengan para duta besar baru di beranda istana, Rabu (19/6). "
      .. "Acara dibuka pukul 13.15 WIB. Sampai 14.30 WIB, tamu masih berdatangan. Tom Walker, Duta Besar "
      .. "Kanada, berdiskusi dengan Bima soal perdagangan gandum.")
    assert.same({ "Tom Walker", "Bima Santoso", "2024-06-19" }, { e.sender, e.recipient, e.date })
  end)
end)
