-- doc:events() on regional and institutional audiences, visits and calls: constructions seen on held-out
-- news pages (EV5, session s24), each spec on invented sentences.
local read = require "fixtures.events"
local events = read.events

local pairs_of = read.pairs_of

describe("EV5: held-out regional audiences, visits and calls", function()
  it("reads a counted group in capitals (a title the mention stage left nameless) before a word of naming", function()
    local ev = events("Wali Kota Sukamaju Rudi Hartono menerima kunjungan rombongan tiga Kepala Desa yakni "
      .. "Kepala Desa Cibodas Sari Dewanti, Kepala Desa Ciherang Joko Purnomo dan Kepala Desa Cikupa Maya Lestari "
      .. "di pendopo, Selasa.")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti", "meeting Rudi Hartono -> Joko Purnomo",
      "meeting Rudi Hartono -> Maya Lestari" }, pairs_of(ev))
  end)
  it("makes each agent of a welcome a party met, also listed after a group's colon", function()
    local ev = events("Dandim Sukamaju Letkol Budi Santoso tiba di pesantren dan disambut langsung oleh pengurus "
      .. "yayasan: K.H. Andi Saputra, K.H. Tono Sugiarto, dan para santri.")
    assert.same({ "meeting Andi Saputra -> Budi Santoso", "meeting Tono Sugiarto -> Budi Santoso" }, pairs_of(ev))
    ev = events("Kapolres Sukamaju AKBP Rudi Hartono disambut oleh Camat Cibodas Sari Dewanti dan Kepala Desa "
      .. "Cikupa Joko Purnomo di balai desa.")
    assert.same({ "meeting Sari Dewanti -> Rudi Hartono", "meeting Joko Purnomo -> Rudi Hartono" }, pairs_of(ev))
  end)
  it("makes the leader a group's clause names before 'dan' the subject of the verb joined to it", function()
    local ev = events("Rombongan Kadin Sukamaju dipimpin Wakil Ketua Andi Saputra dan diterima Bupati Cibodas Sari "
      .. "Dewanti di pendopo.")
    assert.same({ "meeting Sari Dewanti -> Andi Saputra" }, pairs_of(ev))
  end)

  it("names the leader of a body met in the sentence before ('Pertemuan yang dipimpin X ini')", function()
    local ev = events("Jajaran Polres Sukamaju bersilaturahmi dengan tokoh adat Tono Sugiarto di rumahnya, "
      .. "Rabu (6/3/2024). Pertemuan yang dipimpin AKBP Rudi Hartono ini membahas ketertiban desa.")
    assert.same({ "meeting Polres Sukamaju -> Tono Sugiarto", "meeting Tono Sugiarto -> Rudi Hartono" }, pairs_of(ev))
  end)
  it("dates a call by the greeting of a day the next sentence tells, from the caller to the one called", function()
    local ev = events("Perdana Menteri Thailand Somchai Wong ditelepon oleh Presiden Prancis Jean Dupont "
      .. "sebelum sidang parlemen. Dupont pada Senin (4/3/2024) memberi selamat kepada Somchai atas terpilihnya.")
    assert.same("call", ev[1].type)
    assert.same("2024-03-04", ev[1].date)
    -- (a greeting of the one called, or a call with a day of its own, gives none)
    ev = events("Perdana Menteri Thailand Somchai Wong ditelepon oleh Presiden Prancis Jean Dupont "
      .. "sebelum sidang parlemen. Somchai pada Senin (4/3/2024) memberi selamat kepada Dupont atas kemenangan "
      .. "timnya.")
    assert.same("call", ev[1].type)
    assert.is_nil(ev[1].date)
  end)
  it("makes the one who went to a place or body the one its relative clause's passive welcomed", function()
    local ev = events("Kapolda Jabar Irjen Budi Santoso disambut pengasuh Pesantren Al Huda K.H. Tono Sugiarto, Selasa "
      .. "(5/3/2024). Kapolda lalu berkunjung ke Pesantren Nurul Iman yang disambut hangat oleh K.H. Andi Saputra.")
    assert.same({ "meeting Tono Sugiarto -> Budi Santoso", "meeting Andi Saputra -> Budi Santoso" }, pairs_of(ev))
    assert.same("2024-03-05", ev[2].date)
  end)
  it("tells a body's meeting again with its person in a fronted clause (a body met is no other party)", function()
    local ev = events("Di pendopo, Kamis (7/3/2024), pertemuan KONI Sukamaju dengan Bupati Rudi Hartono digelar. "
      .. "Seusai pertemuan dengan Bupati Rudi, Ketua KONI Sukamaju Andi Saputra menyampaikan hasilnya.")
    assert.same({ "meeting KONI -> Rudi Hartono", "meeting Andi Saputra -> Rudi Hartono" }, pairs_of(ev))
    -- (a person met before is another: that meeting told again, none of the speaker's)
    ev = events("Bupati Rudi Hartono menerima Camat Sari Dewanti di pendopo. Seusai pertemuan dengan Bupati Rudi, "
      .. "Ketua KONI Sukamaju Andi Saputra tiba untuk bertemu Camat Sari.")
    assert.same({ "meeting Rudi Hartono -> Sari Dewanti", "meeting Andi Saputra -> Sari Dewanti" }, pairs_of(ev))
  end)
  it("reads one's presence welcomed as his arrival ('Kehadiran X disambut Y')", function()
    local ev = events("Kehadiran Kapolres Sukamaju yang baru, AKBP Tono Sugiarto, di gedung dewan disambut hangat oleh "
      .. "Ketua DPRD Sukamaju, Sari Dewanti.")
    assert.same({ "meeting Sari Dewanti -> Tono Sugiarto" }, pairs_of(ev))
  end)
  it("names a guest received unnamed by the next sentence's 'Kehadiran X'", function()
    local ev = events("Bupati Sukamaju Rudi Hartono menerima audiensi seorang investor asal Korea di rumah "
      .. "dinasnya, Selasa (5/3/2024). Kehadiran Mr. Kim Minho yang diantar Camat Cibodas ini bermaksud menjajaki "
      .. "investasi.")
    assert.same({ "meeting Rudi Hartono -> Kim Minho" }, pairs_of(ev))
    assert.same("2024-03-05", ev[1].date)
  end)
  it("names the person at a body's meeting by 'Silaturahmi itu dihadiri oleh X' in the next sentence", function()
    local ev = events("Jajaran DPRD Jawa Barat bersilaturahmi dengan Kapolda Jawa Barat Irjen Rudi Hartono di gedung "
      .. "dewan, Kamis (7/3/2024). Silaturahmi itu juga dihadiri oleh Ketua DPRD Jawa Barat Sari Dewanti dan para "
      .. "wakil ketua.")
    assert.same({ "meeting DPRD Jawa Barat -> Rudi Hartono", "meeting Rudi Hartono -> Sari Dewanti" }, pairs_of(ev))
    assert.same("2024-03-07", ev[2].date)
  end)

  it("dates a body's meeting told again with its person in a fronted clause by the body's", function()
    local ev = events("Di pendopo, Kamis (7/3/2024), pertemuan KONI Sukamaju dengan Bupati Rudi Hartono digelar. "
      .. "Pengurus KONI didampingi Sekda. Seusai pertemuan dengan Bupati Rudi, Ketua KONI Sukamaju Andi Saputra "
      .. "menyampaikan hasilnya.")
    assert.same({ "meeting KONI -> Rudi Hartono", "meeting Andi Saputra -> Rudi Hartono" }, pairs_of(ev))
    assert.same("2024-03-07", ev[2].date)
  end)
  it("finds the host of a held meeting past titles with no name opening its list of guests", function()
    local ev = events("Pertemuan empat mata digelar Menlu Retno dengan Menlu Tonga, Menlu Malta, petinggi Uni "
      .. "Afrika Tom Walker, dan penasihat senior Bank Dunia John Smith.")
    assert.same({ "meeting Retno Marsudi -> Tom Walker", "meeting Retno Marsudi -> John Smith" }, pairs_of(ev))
  end)
end)
