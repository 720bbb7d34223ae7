-- doc:events() on congratulations, condolences, guests of state and courtesy calls: constructions seen on
-- held-out news pages (EV4, session s22), each spec on invented sentences.
local read = require "fixtures.events"
local events = read.events

local pairs_of = read.pairs_of

describe("EV4: held-out congratulations, guests and courtesy calls", function()
  it("names a counted group's letter's addressees by a clause of receiving it, a few sentences on", function()
    local ev = events("Gubernur Rudi Hartono menyurati tiga kepala dinas yang memasuki masa pensiun. Surat itu "
      .. "ditulis tangan oleh gubernur sendiri. Isinya singkat. Ketiga kepala dinas yang mendapat surat "
      .. "penghargaan tersebut ialah mantan Kepala Dinas Pertanian Sari Dewanti, mantan Kepala Dinas Perikanan "
      .. "Joko Purnomo, dan mantan Kepala Dinas Pariwisata Maya Lestari.")
    assert.same({ "letter Rudi Hartono -> Sari Dewanti", "letter Rudi Hartono -> Joko Purnomo",
      "letter Rudi Hartono -> Maya Lestari" }, pairs_of(ev))
    -- (the clause right after the letter, too)
    ev = events("Gubernur Rudi Hartono mengirimkan surat kepada dua bupati. Kedua bupati yang menerima surat "
      .. "tersebut yakni Bupati Bogor Sari Dewanti dan Bupati Garut Joko Purnomo.")
    assert.same({ "letter Rudi Hartono -> Sari Dewanti", "letter Rudi Hartono -> Joko Purnomo" }, pairs_of(ev))
    -- (a letter with an addressee told between closes the group's)
    ev = events("Gubernur Rudi Hartono mengirimkan surat kepada dua bupati. Ia juga mengirim surat kepada Wali Kota "
      .. "Bogor Tono Sugiarto. Kedua bupati yang menerima surat tersebut yakni Bupati Bogor Sari Dewanti dan "
      .. "Bupati Garut Joko Purnomo.")
    assert.same({ "letter Rudi Hartono -> Tono Sugiarto" }, pairs_of(ev))
  end)

  it("makes each guest told in order a meeting with the host ('Tamu kedua X ialah Y')", function()
    local ev = events("Sepulang dari Jakarta, Gubernur Rudi Hartono menjamu para tamu kehormatan di gedung negara. "
      .. "Tamu pertama Gubernur Rudi ialah Konsul Jenderal Jepang Taro Suzuki. Sesudah berbincang dengan "
      .. "Konsul Jepang, tamu berikutnya ialah Rektor Universitas Sukamaju Sari Dewanti. Tamu ketiga yakni dengan "
      .. "Ketua Kadin Joko Purnomo. Keduanya juga membahas investasi.")
    assert.same({ "meeting Rudi Hartono -> Taro Suzuki", "meeting Rudi Hartono -> Sari Dewanti",
      "meeting Rudi Hartono -> Joko Purnomo" }, pairs_of(ev))
    -- (the host of the series named by its first sentence; the day of that sentence)
    ev = events("Wali Kota Tono Sugiarto menerima sejumlah tamu di balai kota, Senin (17/6/2024). Tamu pertama "
      .. "adalah Kapolres Bogor Maya Lestari. Tamu selanjutnya yakni Dandim Bogor Joko Purnomo.")
    assert.same({ "meeting Tono Sugiarto -> Maya Lestari", "meeting Tono Sugiarto -> Joko Purnomo" }, pairs_of(ev))
    assert.same({ "2024-06-17", "2024-06-17" }, { ev[1].date, ev[2].date })
    -- (a guest of an event, no host named or told: none)
    assert.same({}, events("Tamu pertama di acara itu adalah Kapolres Bogor Maya Lestari."))
  end)

  it("keeps a greeting said right after the one a call verb called the caller's, in that call", function()
    local ev = events("Presiden Fiji Tom Walker menelepon Presiden Bima Santoso menyampaikan selamat atas "
      .. "terpilihnya, Senin (17/6/2024).")
    assert.same({ "call Tom Walker -> Bima Santoso" }, pairs_of(ev))
    assert.same("2024-06-17", ev[1].date)
    -- (a greeting with a subject of its own, in a sentence of its own, is his)
    ev = events("Presiden Fiji Tom Walker menelepon Presiden Bima Santoso. Bima Santoso mengucapkan selamat "
      .. "kepada Perdana Menteri Samoa Joni Rabuka.")
    assert.same({ "call Tom Walker -> Bima Santoso", "message Bima Santoso -> Joni Rabuka" }, pairs_of(ev))
  end)

  it("reads a writer's letter handed over to an envoy as the letter told before, no second letter", function()
    local ev = events("Presiden Bima Santoso mengirim surat penghiburan kepada Presiden Fiji Tom Walker. Surat "
      .. "pribadi dari Bima diserahkan oleh Wakil Menteri Ani Lestari kepada Konsul Fiji di Surabaya, Joni "
      .. "Rabuka, sore harinya.")
    assert.same({ "letter Bima Santoso -> Tom Walker" }, pairs_of(ev))
    -- (with no letter of his told before, the one handed over is to the one who got it)
    ev = events("Surat pribadi dari Presiden Bima Santoso diserahkan oleh Wakil Menteri Ani Lestari kepada Konsul "
      .. "Fiji Joni Rabuka.")
    assert.same({ "letter Bima Santoso -> Joni Rabuka" }, pairs_of(ev))
  end)

  it("reads a they-phrase past 'ternyata' or 'memang' before a verb of meeting as the pair told", function()
    local ev = events("Presiden Bima Santoso mengenang Presiden Fiji, Tom Walker, yang wafat pekan lalu. Keduanya "
      .. "ternyata sempat bertemu di Suva pada 2 Maret 2022 dalam forum kepulauan Pasifik.")
    assert.same({ "meeting Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same("2022-03-02", ev[1].date)
    ev = events("Gubernur Rudi Hartono hadir di Sukamaju bersama Bupati Sari Dewanti. Keduanya memang sempat "
      .. "bertemu di pendopo, Senin (17/6/2024).")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti" }, pairs_of(ev))
  end)

  it("reads 'Sesudah pertemuan dengan X, Z datang untuk bertemu Y' after X met Y as Z's with Y alone", function()
    local ev = events("Di ruang tamu, Perdana Menteri Fiji Joni Rabuka diterima oleh Presiden Bima Santoso. "
      .. "Sesudah pertemuan dengan PM Rabuka, Perdana Menteri Samoa, Tom Walker, datang ke ruang yang sama untuk "
      .. "menemui Presiden Bima.")
    assert.same({ "meeting Bima Santoso -> Joni Rabuka", "meeting Tom Walker -> Bima Santoso" }, pairs_of(ev))
    -- (with no such meeting told before, the fronted one is the subject's)
    ev = events("Usai pertemuan dengan Gubernur Rudi Hartono, Bupati Sari Dewanti bergegas ke kantor polres untuk "
      .. "bertemu Kapolres Bogor Tono Sugiarto.")
    assert.same({ "meeting Sari Dewanti -> Rudi Hartono", "meeting Sari Dewanti -> Tono Sugiarto" }, pairs_of(ev))
  end)

  it("takes a first person after 'kepada' in a quotation for the one quoted", function()
    local ev = events("Gubernur Rudi Hartono hadir di Bandung.\n\n“Malam itu, Konsul Tom Walker menitipkan piagam "
      .. "dan surat penghargaan dari Duta Besar Anne Walker kepada kami,” kenangnya, Rabu (12/6).")
    assert.same({ "letter Anne Walker -> Rudi Hartono" }, pairs_of(ev))
    ev = events("“Presiden Bima Santoso mengirim surat kepada saya pekan lalu,” kata Bupati Bogor Sari Dewanti.")
    assert.same({ "letter Bima Santoso -> Sari Dewanti" }, pairs_of(ev))
  end)

  it("makes the persons after an opening 'Selain' senders of the greeting the subject received", function()
    local ev = events("Selain Perdana Menteri Fiji, Tom Walker dan Perdana Menteri Samoa, Joni Rabuka, Presiden Bima "
      .. "Santoso juga menerima ucapan dari PM Tonga Ana Lavaka.")
    assert.same({ "message Ana Lavaka -> Bima Santoso", "message Tom Walker -> Bima Santoso",
      "message Joni Rabuka -> Bima Santoso" }, pairs_of(ev))
    ev = events("Selain Presiden Fiji Tom Walker, Presiden Bima Santoso juga menerima panggilan telepon dari "
      .. "Presiden Samoa Joni Rabuka pada Senin (17/6/2024).")
    assert.same({ "call Joni Rabuka -> Bima Santoso", "call Tom Walker -> Bima Santoso" }, pairs_of(ev))
    assert.same({ "2024-06-17" }, { ev[1].date, ev[2].date })
    -- (not a meeting: "Selain X" there may be a place or a topic as well as a person)
    assert.same({ "meeting Bima Santoso -> Joni Rabuka" }, pairs_of(events("Selain Menteri Luar Negeri Tom "
      .. "Walker, Presiden Bima Santoso juga bertemu Perdana Menteri Samoa Joni Rabuka.")))
  end)

  it("takes no day for a meeting from the cue of a quotation set after the words ('jelas X …, Jumat')", function()
    local ev = events("Bupati Rudi Hartono menyambut Konsul Jenderal Jepang di Surabaya, Taro Suzuki, di pendopo. "
      .. "“Kami menerima Konsul Jenderal Jepang untuk kunjungan kerja,” jelas Rudi melalui siaran persnya, Jumat "
      .. "(14/6/2024).")
    assert.same({ "meeting Rudi Hartono -> Taro Suzuki" }, pairs_of(ev))
    assert.is_nil(ev[1].date)
  end)

  it("reads a quoted greeting as its writer's message, dated by the day after its cue", function()
    local ev = events("“Selamat atas kemenangan pemilu untuk sahabat saya Presiden Fiji Tom Walker,” tulis "
      .. "Presiden Bima Santoso di akunnya, Rabu (12/3/2025).")
    assert.same({ "message Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same("2025-03-12", ev[1].date)
    -- (the greeting told before, quoted later: one message, the quote's day)
    ev = events("Presiden Bima Santoso memberi selamat kepada Presiden Fiji Tom Walker atas kemenangannya. Bima "
      .. "ingin kerja sama perikanan berlanjut. “Selamat kepada kawan lama saya, Presiden Fiji Tom Walker,” "
      .. "ungkap Presiden Bima di media sosial, Rabu (12/3/2025).")
    assert.same({ "message Bima Santoso -> Tom Walker" }, pairs_of(ev))
    assert.same("2025-03-12", ev[1].date)
    -- (a quotation that is no greeting of the speaker's tells none, nor a salutation said in person)
    assert.same({}, events("“Selamat datang di Bogor,” kata Bupati Bogor Sari Dewanti kepada wartawan, Senin "
      .. "(17/6/2024)."))
    assert.same({}, events("“Selamat datang kepada Gubernur Rudi Hartono di Bogor,” kata Bupati Bogor Sari "
      .. "Dewanti, Senin (17/6/2024)."))
  end)

  it("dates an event told 'seusai pelantikan' by the inauguration's day told near it", function()
    local ev = events("Presiden Fiji Tom Walker menelepon Presiden Bima Santoso seusai upacara pelantikan untuk "
      .. "menyampaikan selamat. Bima dilantik di gedung parlemen pada Kamis, 17 Oktober 2024. Seusai pelantikan, "
      .. "Bima menjamu para tamu kenegaraan di istana. Tamu pertama Presiden Bima ialah Perdana Menteri Samoa "
      .. "Joni Rabuka.")
    assert.same({ "call Tom Walker -> Bima Santoso", "meeting Bima Santoso -> Joni Rabuka" }, pairs_of(ev))
    assert.same({ "2024-10-17", "2024-10-17" }, { ev[1].date, ev[2].date })
    -- (after taking office, any day since: none)
    ev = events("Kapolres Bogor Tono Sugiarto dilantik pada Senin (10/6/2024). Setelah dilantik, Tono bertemu "
      .. "Bupati Bogor Sari Dewanti di pendopo.")
    assert.same({ "meeting Tono Sugiarto -> Sari Dewanti" }, pairs_of(ev))
    assert.is_nil(ev[1].date)
  end)
  it("dates a meeting just told by the clause of time that retells its moment in the next sentence", function()
    local ev = events("Presiden Fiji Tom Walker memuji Indonesia ketika menyambut Duta Besar Indonesia di Suva, Joni "
      .. "Rabuka. Ketika upacara kredensial di Istana Suva, Jumat (14/6/2024), Presiden Walker berkali-kali "
      .. "menyebut Indonesia sebagai saudara.")
    assert.same({ "meeting Tom Walker -> Joni Rabuka" }, pairs_of(ev))
    assert.same("2024-06-14", ev[1].date)
    -- (a clause of another errand is no such moment)
    ev = events("Bupati Rudi Hartono menerima Kapolres Bogor Tono Sugiarto di pendopo. Saat berkunjung ke Jakarta, "
      .. "Senin (10/6/2024), Kapolres Tono menyampaikan hal serupa.")
    assert.same({ "meeting Rudi Hartono -> Tono Sugiarto" }, pairs_of(ev))
    assert.is_nil(ev[1].date)
  end)
  it("meets the members a word of naming lists after an unnamed group received ('dua pemimpin, yakni A')", function()
    local ev = events("Presiden Bima Santoso menjamu dua kepala pemerintahan negara tetangga, yakni Perdana Menteri "
      .. "Samoa Tom Walker dan Perdana Menteri Tonga Ana Lavaka, di istana.")
    assert.same({ "meeting Bima Santoso -> Tom Walker", "meeting Bima Santoso -> Ana Lavaka" }, pairs_of(ev))
  end)
end)
