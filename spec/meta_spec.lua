-- doc:meta() on invented pages in the styles of Indonesian news sites.
local kimput = require "kimput"

local function meta(lines) return kimput.parse(table.concat(lines, "\n")):meta() end
-- the document of a page given as its lines
local function page(lines) return kimput.parse(table.concat(lines, "\n")) end

describe("doc:meta()", function()
  it("detik: place-only dateline, published from 'dilansir X, Weekday (d/m/yyyy)', initials as editor", function()
    local m = meta {
      "Jakarta - Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah untuk mengairi sawah warga.",
      "Seperti dilansir Reuters, Selasa (4/6/2024), proyek itu menelan biaya triliunan rupiah.",
      "\"Bendungan ini penting bagi petani,\" kata Jokowi kepada wartawan di lokasi. (rzr/dnu)",
    }
    assert.are.equal("Jakarta", m.dateline)
    assert.is_nil(m.outlet)
    assert.are.equal("2024-06-04", m.published)
    assert.is_nil(m.zone)
    assert.are.same({ "Reuters" }, m.sources)
    assert.are.equal("rzr/dnu", m.editor)
  end)

  it("kompas: headline, 'Kompas.com - dd/mm/yyyy, HH:MM WIB', outlet and dateline, Penulis | Editor", function()
    local m = meta {
      "Menlu Retno Bertemu Menlu Jepang di Tokyo",
      "Kompas.com - 09/05/2023, 14:20 WIB",
      "JAKARTA, KOMPAS.com - Menteri Luar Negeri Retno Marsudi bertemu dengan Menteri Luar Negeri Jepang.",
      "Retno mengatakan kedua negara sepakat memperkuat hubungan dagang, dikutip dari laman Kemlu.go.id.",
      "Penulis: Ardito Ramadhan | Editor: Bayu Galih",
    }
    assert.are.equal("Menlu Retno Bertemu Menlu Jepang di Tokyo", m.headline)
    assert.are.equal("2023-05-09T14:20", m.published)
    assert.are.equal("+07:00", m.zone)
    assert.are.equal("KOMPAS.com", m.outlet)
    assert.are.equal("Jakarta", m.dateline)
    assert.are.equal("Bayu Galih", m.editor)
    assert.are.same({ "Kemlu.go.id" }, m.sources)
  end)

  it("antara: outlet in parentheses, Pewarta, Editor, Penerjemah, Sumber", function()
    local m = meta {
      "Kairo (ANTARA) - Pemerintah Mesir membuka kembali perbatasan Rafah untuk bantuan kemanusiaan pada Senin.",
      "Langkah itu diambil setelah perundingan dengan sejumlah negara, kata juru bicara kementerian luar negeri.",
      "Sumber: Anadolu, Reuters",
      "Pewarta: Yashinta Difa",
      "Penerjemah: Nabila Putri",
      "Editor: Atman Ahdiat",
      "Copyright © ANTARA 2024",
    }
    assert.are.equal("ANTARA", m.outlet)
    assert.are.equal("Kairo", m.dateline)
    assert.are.equal("Atman Ahdiat", m.editor)
    assert.are.equal("Nabila Putri", m.translator)
    assert.are.same({ "Anadolu", "Reuters" }, m.sources)
    assert.is_nil(m.published)
  end)

  it("a Sumber: line under a table between paragraphs credits the figure's data, not the article", function()
    local lines = {
      "Pontianak (ANTARA) - Badan statistik provinsi mencatat penduduk miskin turun menjadi 6,71 persen pada Maret.",
      "Berikut rincian persentase penduduk miskin:",
      "Perkotaan: 4,32 persen",
      "Perdesaan: 7,95 persen",
      "Sumber: BPS Kalbar",
      "Menurut kepala badan itu, kenaikan upah buruh tani menjadi pendorong utama penurunan.",
      "Sumber: Anadolu",
    }
    local doc = kimput.parse(table.concat(lines, "\n"))
    assert.are.same({ "Anadolu" }, doc:meta().sources)
    assert.is_nil(doc:body():find("Sumber", 1, true))
  end)

  it("tempo and liputan6: the outlet before the place", function()
    local m = meta { "TEMPO.CO, Jakarta - Harga beras di pasar tradisional kembali naik pekan ini, kata Bapanas." }
    assert.are.equal("TEMPO.CO", m.outlet)
    assert.are.equal("Jakarta", m.dateline)
    m = meta { "Liputan6.com, Bandung - Hujan deras memicu longsor di Kabupaten Bandung Barat pada Rabu malam." }
    assert.are.equal("Liputan6.com", m.outlet)
    assert.are.equal("Bandung", m.dateline)
  end)

  it("an opening that names the masthead's outlet ('KABARKU –' on Kabarku.co.id) states no place", function()
    local m = meta { "Kabarku.co.id", "Harga Beras di Pasar Tradisional Kembali Naik",
      "KABARKU – Harga beras di pasar tradisional kembali naik pekan ini, kata pedagang setempat.",
      "Pedagang menyebut pasokan dari daerah sentra berkurang karena hujan." }
    assert.are.same({ "Kabarku.co.id" }, { m.outlet, m.dateline })
    -- a place the gazetteer knows stays the place
    m = meta { "Surabaya.net", "Banjir Rendam Tiga Kecamatan di Surabaya Barat",
      "SURABAYA - Banjir merendam tiga kecamatan di Surabaya bagian barat setelah hujan deras sejak sore.",
      "Petugas mengerahkan pompa untuk menyedot air dari permukiman warga." }
    assert.are.same({ "Surabaya.net", "Surabaya" }, { m.outlet, m.dateline })
  end)

  it("cnnindonesia: a two-word outlet after the place, 'Selasa, 9 Mei 2023 14:20 WIB'", function()
    local m = meta {
      "Rusia Klaim Kuasai Kota Baru di Ukraina Timur",
      "Selasa, 9 Mei 2023 14:20 WIB",
      "Jakarta, CNN Indonesia -- Rusia mengklaim telah menguasai sebuah kota baru di wilayah Donetsk, Ukraina.",
      "Seperti dilansir AFP, klaim itu belum dapat diverifikasi secara independen oleh media.",
    }
    assert.are.equal("CNN Indonesia", m.outlet)
    assert.are.equal("Jakarta", m.dateline)
    assert.are.equal("2023-05-09T14:20", m.published)
    assert.are.equal("Rusia Klaim Kuasai Kota Baru di Ukraina Timur", m.headline)
    assert.are.same({ "AFP" }, m.sources)
  end)

  it("an outlet written lower case first after the place: 'KOTA, situsKota -', 'Kota, situscom -', 'Kota, situs -'",
    function()
      for _, outlet in ipairs({ "beritaJatim", "beritacom", "tvSatu", "situsku" }) do
        local m = meta {
          "Hakim Vonis Mantan Kepala Dinas Enam Tahun Penjara",
          "SURABAYA, " .. outlet .. " - Majelis hakim menjatuhkan vonis enam tahun penjara kepada terdakwa.",
          "Terdakwa menyatakan pikir-pikir atas putusan tersebut.",
        }
        assert.are.same({ outlet, "Surabaya", "Hakim Vonis Mantan Kepala Dinas Enam Tahun Penjara" },
          { m.outlet, m.dateline, m.headline })
      end
      -- a weekday there is no outlet
      local m = meta {
        "Hakim Vonis Mantan Kepala Dinas Enam Tahun Penjara",
        "SURABAYA, senin - Majelis hakim menjatuhkan vonis enam tahun penjara kepada terdakwa.",
        "Terdakwa menyatakan pikir-pikir atas putusan tersebut.",
      }
      assert.is_nil(m.outlet)
    end)

  it("a place, a bar and the address ('Kotamulya | Situsku.co –'); an abbreviation closing a place in capitals",
    function()
    local m = meta {
      "Kotamulya | Situsku.co – Presiden Joko Widodo meresmikan bendungan baru di Jawa Tengah untuk mengairi sawah.",
      "Bendungan itu menelan biaya triliunan rupiah.",
    }
    assert.same({ "Situsku.co", "Kotamulya" }, { m.outlet, m.dateline })
    m = meta {
      "WASHINGTON DC, Situsku.com - Presiden Amerika Serikat menerima tamu negara di Gedung Putih pekan ini.",
      "Pertemuan itu membahas perdagangan.",
    }
    assert.same({ "Situsku.com", "Washington DC" }, { m.outlet, m.dateline })
  end)

  it("a time stamp with the byline after it ('… 07:05 WIB Oleh: Nama', '… WIB - Penulis: Nama')", function()
    for _, stamp in ipairs({ "Sabtu, 30 November 2024 07:05 WIB Oleh: Rina", "Sabtu, 30 November 2024 07:05 WIB - "
      .. "Penulis: Rina Kartika" }) do
      local m = meta {
        "Warga Kotamulya Sambut Festival Panen",
        stamp,
        "Kotamulya - Ribuan warga memadati alun-alun untuk menyaksikan festival panen tahunan.",
        "Festival itu digelar sejak pagi.",
      }
      assert.same({ "2024-11-30T07:05", "+07:00" }, { m.published, m.zone }, stamp)
    end
  end)

  it("okezone and sindonews: Jum'at with a dash, WITA and WIT zones, upper-case places", function()
    local m = meta {
      "Jum'at, 12 Juni 2020 - 10:54 WIB",
      "JAKARTA - Pemerintah memperpanjang masa pembatasan sosial di ibu kota selama dua pekan ke depan.",
    }
    assert.are.equal("2020-06-12T10:54", m.published)
    assert.are.equal("+07:00", m.zone)
    assert.are.equal("Jakarta", m.dateline)
    m = meta {
      "Kamis, 08 Jan 2026 07:30 WITA",
      "MOSKOW - Kremlin menyatakan siap berunding dengan Ukraina tanpa syarat, menurut juru bicara Peskov.",
    }
    assert.are.equal("2026-01-08T07:30", m.published)
    assert.are.equal("+08:00", m.zone)
    assert.are.equal("Moskow", m.dateline)
    m = meta { "Rabu, 1 Maret 2023 | 16:00 WIT",
      "Jayapura - Gempa mengguncang Jayapura pagi ini tanpa menimbulkan kerusakan berarti, kata BMKG." }
    assert.are.equal("+09:00", m.zone)
  end)

  it("prefers the original publication over an update, whatever their order", function()
    local m = meta {
      "Diperbarui 10 Mei 2023, 08:00 WIB",
      "Diterbitkan 9 Mei 2023, 14:20 WIB",
      "Liputan6.com, Jakarta - Bank Indonesia menahan suku bunga acuan di level 5,75 persen bulan ini.",
    }
    assert.are.equal("2023-05-09T14:20", m.published)
  end)

  it("a date above the headline, with a stamp under it, is the site's date of today: the stamp dates it", function()
    local lede = "KOTAJAYA - Harga bawang merah di pasar tradisional terus naik hingga menembus Rp 60 ribu per kilo."
    local m = meta { "Kamis, 23 Mei 2024", "Masuk", "Daftar", "Harga Bawang Merah Tembus Rp 60 Ribu per Kilogram",
      "16/05/2024 - 10:25", "Penulis : Nama Penulis", lede,
      "Pedagang menyebut kenaikan dipicu oleh berkurangnya pasokan dari sentra produksi akibat gagal panen." }
    assert.are.equal("2024-05-16T10:25", m.published)
    -- with no stamp under the headline, the date above it is the page's
    m = meta { "Kamis, 16 Mei 2024", "Harga Bawang Merah Tembus Rp 60 Ribu per Kilogram", "Penulis : Nama Penulis",
      lede, "Pedagang menyebut kenaikan dipicu oleh berkurangnya pasokan dari sentra produksi akibat gagal panen." }
    assert.are.equal("2024-05-16", m.published)
  end)

  it("a time stamp with the clock time first gives the date and time published", function()
    local m = meta {
      "Jembatan Gantung Desa Cikawung Kembali Dibuka",
      "15:20 WIB, Rabu 6 Maret 2024",
      "CIAMIS - Jembatan gantung penghubung dua dusun di Desa Cikawung kembali dibuka setelah diperbaiki warga.",
    }
    assert.are.equal("2024-03-06T15:20", m.published)
    assert.are.equal("+07:00", m.zone)
    assert.are.equal("2024-03-06T15:20", meta {
      "15.20 (WIB) | Rabu, 06/03/2024",
      "CIAMIS - Jembatan gantung penghubung dua dusun di Desa Cikawung kembali dibuka setelah diperbaiki warga.",
    }.published)
    -- an update first on the line, then the original: its label says which is published
    assert.are.equal("2024-03-06T15:20", meta {
      "Jembatan Gantung Desa Cikawung Kembali Dibuka", "Updated 06/03/2024 17:45 | Published 06/03/2024 15:20",
      "CIAMIS - Jembatan gantung penghubung dua dusun di Desa Cikawung kembali dibuka setelah diperbaiki warga.",
    }.published)
    -- a clock after the date is then an update's, not the time published
    assert.are.equal("2024-03-06T15:20", meta {
      "Jembatan Gantung Desa Cikawung Kembali Dibuka", "15:20 06.03.2024 (diperbarui: 17:45 06.03.2024)",
      "CIAMIS - Jembatan gantung penghubung dua dusun di Desa Cikawung kembali dibuka setelah diperbaiki warga.",
    }.published)
  end)

  it("a time stamp with its offset from GMT or UTC gives the date, time and zone published", function()
    local lede = "BOGOR - Harga cabai rawit di Pasar Induk Cibinong naik tajam menjelang bulan Ramadan tahun ini."
    local function stamp(line)
      local m = meta { "Harga Cabai Rawit Melonjak Jelang Ramadan", line, lede }
      return { m.published, m.zone }
    end
    assert.are.same({ "2024-03-12T14:05", "+07:00" }, stamp("Selasa, 12 Mar 2024 14:05 GMT+7"))
    assert.are.same({ "2024-03-12T14:05", "+07:00" }, stamp("12/03/2024 14:05 GMT+07:00"))
    assert.are.same({ "2024-03-12T14:05", "+08:00" }, stamp("Selasa, 12 Maret 2024 | 14:05 UTC +8"))
    assert.are.same({ "2024-03-12T07:05", "+00:00" }, stamp("Selasa, 12 Mar 2024 07:05 GMT"))
    assert.are.same({ "2024-03-13T09:30", "+07:00" }, stamp("Rabu, 13 Maret 2024 - 09:30 WIB (GMT+7)"))
  end)

  it("reads ISO page dates and dates without a time", function()
    assert.are.equal("2023-05-09T14:20", meta { "2023-05-09 14:20:00",
      "Harga minyak dunia naik tajam setelah OPEC mengumumkan pemangkasan produksi." }.published)
    assert.are.equal("2023-05-09", meta { "9 Mei 2023",
      "Harga minyak dunia naik tajam setelah OPEC mengumumkan pemangkasan produksi." }.published)
  end)

  it("tribun and inews: masthead, EDITOR label, network promotion", function()
    local m = meta {
      "TribunSolo.com | Warga Solo memadati Stadion Manahan untuk menyaksikan laga final liga pada Minggu.",
      "Polisi mengerahkan ratusan personel untuk mengamankan jalannya pertandingan tersebut.",
      "EDITOR",
      "Hasanudin Aco",
      "iNews Network",
    }
    assert.are.equal("TribunSolo.com", m.outlet)
    assert.are.equal("Hasanudin Aco", m.editor)
    assert.is_nil(m.dateline)
  end)

  it("a writer and editor line without colons: Penulis A | Editor B", function()
    local m = meta {
      "Penulis Sari Wulandari | Editor Galih Pratama",
      "BOGOR, Situsberita.com - Warga memadati alun-alun kota untuk menyaksikan pawai budaya pada Minggu pagi.",
      "Panitia menyiapkan ratusan petugas untuk mengatur lalu lintas di sekitar lokasi acara.",
    }
    assert.are.equal("Galih Pratama", m.editor)
    -- "Oleh" as the byline's label, a colon after the editor's, initials at the end: the name wins
    m = meta {
      "Oleh Sari Wulandari | Editor: Galih Pratama",
      "BOGOR, Situsberita.com - Warga memadati alun-alun kota untuk menyaksikan pawai budaya pada Minggu pagi.",
      "Panitia menyiapkan ratusan petugas untuk mengatur lalu lintas di sekitar lokasi acara.",
      "(swl/gp)",
    }
    assert.are.equal("Galih Pratama", m.editor)
    -- no label before the writer's names: names only, then the editor's after a bar or a dash
    for _, byline in ipairs({ "Sari Wulandari | Editor: Galih Pratama",
                              "Sari Wulandari, Dewi Lestari - Editor Galih Pratama" }) do
      m = meta { byline,
        "Warga memadati alun-alun kota untuk menyaksikan pawai budaya pada Minggu pagi.",
        "Panitia menyiapkan ratusan petugas untuk mengatur lalu lintas di sekitar lokasi acara." }
      assert.are.equal("Galih Pratama", m.editor, byline)
    end
    -- a box's title is no byline
    m = meta { "Berita Terkini | Editor Pilihan Minggu Ini",
      "Warga memadati alun-alun kota untuk menyaksikan pawai budaya pada Minggu pagi." }
    assert.is_nil(m.editor)
  end)

  it("sources in order of first mention: dilansir X dari Y, melansir, dikutip dari", function()
    local m = meta {
      "Seperti dilansir detikcom dari BBC, Senin (1/4/2024), pemerintah Inggris menaikkan pajak energi.",
      "Melansir The Guardian, kebijakan itu menuai kritik dari kalangan pengusaha dan serikat buruh.",
      "Dikutip dari laman resmi pemerintah, dan seperti dilansir BBC lagi, pajak berlaku bulan depan.",
      "Mengutip dari Bloomberg, harga listrik diperkirakan naik. Sumber: Reuters",
    }
    assert.are.same({ "detikcom", "BBC", "The Guardian", "Bloomberg" }, m.sources)
    assert.are.equal("2024-04-01", m.published)
    -- two joined by "dan" after "dikutip dari"
    m = meta { "Harga minyak naik dua persen, seperti dikutip dari Warta Niaga dan Kabar Sentosa, Senin." }
    assert.are.same({ "Warta Niaga", "Kabar Sentosa" }, m.sources)
    -- an English-language name linked by "of", "on" or "for" between its capitalised words
    m = meta { "Harga minyak naik dua persen, seperti dikutip dari Voice of Lakeside, Senin.",
      "Pasokan tetap terbatas, dilansir Herald of Riverton." }
    assert.are.same({ "Voice of Lakeside", "Herald of Riverton" }, m.sources)
  end)

  it("a channel's name in camel case is a source: 'Dilansir situsFinance, ...'", function()
    local m = meta {
      "JAKARTA - Harga minyak dunia naik tajam pada perdagangan Senin setelah produsen memangkas produksi.",
      "Dilansir situsFinance, harga minyak jenis Brent naik dua persen dalam sehari.",
    }
    assert.are.same({ "situsFinance" }, m.sources)
  end)

  it("sources named without 'dari', after a description, or by 'seperti ditulis'", function()
    local m = meta {
      "Harga gandum dunia naik lagi pekan ini, seperti dikutip Warta Niaga, Selasa (2/7/2024).",
      "Menurut media pemerintah Jepang NHK, panen padi di utara negeri itu gagal karena banjir.",
      "Melansir dari media lokal Vietnam, Tin Tuc, ekspor kopi negeri itu juga turun tahun ini.",
      "Kenaikan harga terasa sampai ke pasar kota, seperti yang ditulis harian Kabar Sentosa.",
      "Stok beras aman sampai akhir tahun, kata pejabat itu, seperti dilaporkan kantor berita Kota.",
    }
    -- "Menurut" names a speaker, not a source; "seperti dilaporkan X" says what X reported
    assert.are.same({ "Warta Niaga", "Tin Tuc", "Kabar Sentosa" }, m.sources)
    m = meta { "Angka itu dikutip media pemerintah Jepang Kabar Timur, Jumat (16/2), dari kementerian." }
    assert.are.same({ "Kabar Timur" }, m.sources)  -- the country before the name is not part of it
    m = meta { "Pernyataan itu dikutip Presiden Bima dalam pidatonya di depan parlemen, Senin." }
    assert.are.same({}, m.sources)  -- a person quoting is no outlet
    m = meta { "Menurut Presiden yang dikutip Warta Niaga dari akun twitter resmi Presiden, harga gandum turun." }
    assert.are.same({ "Warta Niaga" }, m.sources)  -- nor a title alone, the account's owner
  end)

  it("a paper's place before its media word, an agency's acronym in brackets, 'dikutip X dari Y', 'Mengutip X yang'",
    function()
    local m = meta {
      "Harga gandum naik lagi pekan ini, sebagaimana dilansir Bandung Herald, Selasa (2/7/2024).",
      "Kementerian itu membantah laporan tersebut, dilansir Kantor Berita Negeri Timur (KBNT), Rabu.",
      "Panen gagal di utara negeri itu, katanya dikutip Kabarkota.com dari Warta Niaga.",
      "Mengutip Reuters yang memperoleh dokumen itu, pejabat tersebut belum memberi tanggapan.",
      "Mengutip Pasal 5 yang mengatur hal itu, hakim menolak gugatan warga pada Kamis.",
    }
    assert.are.same({ "Bandung Herald", "KBNT", "Kabarkota.com", "Warta Niaga", "Reuters" }, m.sources)
    -- (the acronym after "dikutip" and "Mengutip" as after "dilansir")
    m = meta {
      "Menteri itu menolak tuduhan tersebut, seperti dikutip Kantor Berita Negeri Timur (KBNT), Rabu.",
      "Mengutip Lembaga Penyiaran Kota Lama (LPKL), pejabat tersebut belum memberi tanggapan.",
    }
    assert.are.same({ "KBNT", "LPKL" }, m.sources)
  end)

  it("agencies joined by a slash in a dateline, or in a credit closing the article, are sources", function()
    local m = meta {
      "Seoul, Yonhap/AFP - Menteri Perdagangan meresmikan pelabuhan ikan baru di pesisir timur pada Kamis.",
      "Pelabuhan itu diharapkan menampung ratusan kapal nelayan setiap hari, kata pejabat setempat.",
    }
    assert.are.equal("Seoul", m.dateline)
    assert.is_nil(m.outlet)  -- two agencies name no publisher
    assert.are.same({ "Yonhap", "AFP" }, m.sources)
    m = meta { "BANGKOK, AFP/Reuters -", "Hujan deras membanjiri tiga distrik di utara kota itu sejak Selasa malam." }
    assert.are.same({ "Bangkok", { "AFP", "Reuters" } }, { m.dateline, m.sources })
    -- one agency stays the outlet, as before
    m = meta { "Seoul, Yonhap - Harga sayur di pasar induk naik dua kali lipat menjelang musim dingin tahun ini." }
    assert.are.same({ "Seoul", "Yonhap", {} }, { m.dateline, m.outlet, m.sources })
    -- a closing credit: alone on its line, or after the last sentence; initials are no source
    m = meta {
      "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas kapal lain.",
      "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang hari ini.",
      "(AFP/Reuters)",
    }
    assert.are.same({ "AFP", "Reuters" }, m.sources)
    m = meta {
      "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas kapal lain.",
      "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda, kata juru bicara otoritas. (Reuters)",
    }
    assert.are.same({ "Reuters" }, m.sources)
    m = meta {
      "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas kapal lain.",
      "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda, kata juru bicara otoritas. (rzr/dnu)",
    }
    assert.are.same({ {}, "rzr/dnu" }, { m.sources, m.editor })
  end)

  it("agencies' codes in the closing initials are sources; codes only name no editor", function()
    local first = "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas."
    local m = meta { first, "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang. (ant/dpa)" }
    assert.are.same({ { "ANTARA", "dpa" } }, { m.sources, m.editor })
    m = meta { first, "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang.", "(afp/rtr)" }
    assert.are.same({ { "AFP", "Reuters" } }, { m.sources, m.editor })
    -- an agency's code with an editor's initials: both
    m = meta { first, "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang.", "(ant/rdn)" }
    assert.are.same({ { "ANTARA" }, "ant/rdn" }, { m.sources, m.editor })
    m = meta { first, "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang.", "(dpa)" }
    assert.are.same({ { "dpa" } }, { m.sources, m.editor })
    -- Kyodo's and Yonhap's codes, and an agency's name written out in lower case, cut from the body too
    m = meta { first, "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang. (kyo/rtr/ant)" }
    assert.are.same({ { "Kyodo", "Reuters", "ANTARA" } }, { m.sources, m.editor })
    local doc = kimput.parse(first .. "\nPetugas masih berusaha menarik kapal itu sejak siang. (reuters/yna)\n")
    assert.are.same({ { "Reuters", "Yonhap" } }, { doc:meta().sources, doc:meta().editor })
    assert.is_nil(doc:body():find("reuters", 1, true))
  end)

  it("a paper's name with its media word on the page's first line is the outlet; a menu's section is none", function()
    local first = "Petani kopi di dataran tinggi memulai panen raya tahun ini di tengah kenaikan harga kopi dunia."
    local second = "Harga biji kopi di tingkat petani kini naik hampir dua kali lipat dibanding tahun lalu."
    local title = "Petani Kopi Panen Raya di Tengah Kenaikan Harga"
    for _, name in ipairs { "Warta Nusantara", "Kabar Sukamaju", "HARIAN KOTA RAYA" } do
      assert.are.equal(name, meta({ name, "Beranda", "Ekonomi", title, first, second }).outlet, name)
    end
    for _, name in ipairs { "Berita Utama", "Kabar Daerah", "Suara Pembaca", "Warta Terkini" } do
      assert.is_nil(meta({ name, "Beranda", "Ekonomi", title, first, second }).outlet, name)
    end
  end)

  it("a place and the outlet alone on the line above the article, without a dash, are its dateline", function()
    local first = "Pengurus organisasi itu menggelar rapat pleno untuk membahas program kerja tahun depan."
    local second = "Rapat dihadiri pengurus dari seluruh wilayah dan berlangsung hingga malam hari."
    local m = meta { "Pengurus Gelar Rapat Pleno Bahas Program Kerja", "Kamis, 5 Februari 2026 10:00 WIB",
      "Jakarta, Warta Online", first, second }
    assert.are.same({ "Jakarta", "Warta Online" }, { m.dateline, m.outlet })
    -- a byline of that shape names no place
    m = meta { "Pengurus Gelar Rapat Pleno Bahas Program Kerja", "Kamis, 5 Februari 2026 10:00 WIB",
      "Nama Penulis, Kabar Kota", first, second }
    assert.is_nil(m.dateline)
  end)

  it("a headline on the page date's line, parted by a bar, is the headline when no line is", function()
    local first = "Gubernur meninjau lokasi banjir di sejumlah desa pesisir utara pada Kamis siang bersama jajarannya."
    local second = "Ratusan rumah warga terendam air setinggi satu meter akibat hujan deras dan air pasang."
    for _, stamp in ipairs { "Kamis (5/2/2026) | Gubernur Tinjau Banjir di Pesisir Utara",
                             "Gubernur Tinjau Banjir di Pesisir Utara | Kamis, 5 Februari 2026 10:00 WIB" } do
      local m = meta { "Berita Utama", stamp, first, second }
      assert.are.same({ "Gubernur Tinjau Banjir di Pesisir Utara", "2026-02-05" },
        { m.headline, m.published:sub(1, 10) }, stamp)
    end
    -- a byline's part names no title
    for _, stamp in ipairs { "Kamis, 5 Februari 2026 | 10:00 WIB | Nama Penulis, Kabar Kota",
                             "Penulis: Nama Penulis Satu | Kamis, 5 Februari 2026",
                             "Oleh Nama Penulis Satu Dua | Kamis, 5 Februari 2026" } do
      assert.is_nil(meta({ "Berita Utama", stamp, first, second }).headline, stamp)
    end
  end)

  it("agencies' codes capitalised after the last sentence are cut and name the sources", function()
    local first = "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas."
    local last = "\"Kapal itu akan ditarik besok pagi,\" kata juru bicara otoritas terusan kepada wartawan."
    for credit, names in pairs { ["(Ant/Rtr)"] = { "ANTARA", "Reuters" }, ["(ANT/AFP)"] = { "ANTARA", "AFP" },
                                 ["(Ant)"] = { "ANTARA" }, ["(Rtr/Ant)"] = { "Reuters", "ANTARA" } } do
      local doc = kimput.parse(first .. "\n" .. last .. " " .. credit .. "\n")
      assert.are.same({ names }, { doc:meta().sources, doc:meta().editor }, credit)
      assert.are.equal(first:gsub("^Kairo %- ", "") .. "\n" .. last, doc:body(), credit)
    end
  end)

  it("a wire agency's name alone under the article, or as the byline, is a source", function()
    local first = "Kairo - Sebuah kapal kargo kandas di terusan itu pada Senin pagi dan menghambat lalu lintas."
    local second = "Petugas masih berusaha menarik kapal itu dengan empat kapal tunda sejak siang hari ini."
    for _, credit in ipairs({ "dpa", "AFP", "Sumber: dpa" }) do
      assert.are.same({ credit:match("%S+$") }, meta({ first, second, credit }).sources)
    end
    local m = meta { "Kapal Kargo Kandas di Terusan Suez", "Oleh Associated Press", "Selasa, 11 Juni 2024 - 15:02 WIB",
      first, second }
    assert.are.same({ "AP" }, m.sources)
    -- a name that is no wire's, alone under the article, names none
    assert.are.same({}, meta({ first, second, "Kabar Kota" }).sources)
    -- a wire's name in capitals, and a row of wires, codes and outlets with one wire among them
    assert.are.same({ "Reuters" }, meta({ first, second, "REUTERS" }).sources)
    assert.are.same({ "ANTARA", "Reuters" }, meta({ first, second, "ANTARA | REUTERS" }).sources)
    assert.are.same({ "ANTARA", "Reuters" }, meta({ first, second, "(Ant/Rtr)" }).sources)
    assert.are.same({ "Reuters", "Al Jazeera" }, meta({ first, second, "REUTERS | AL JAZEERA" }).sources)
    -- (not a row of anything else: a menu, or a network's outlets alone)
    assert.are.same({}, meta({ first, second, "Beranda | Dunia" }).sources)
    assert.are.same({}, meta({ first, second, "Al Jazeera | Kabar Kota" }).sources)
  end)

  it("the page's own outlet, named as its address or in words, is no source", function()
    local first = "KOTABARU, KABARKOTA.tv - Ratusan warga mengungsi ke balai desa setelah banjir merendam rumah mereka."
    local second = "Banjir terjadi setelah hujan deras mengguyur kawasan itu sejak Rabu sore hingga malam hari."
    for _, credit in ipairs({ "Sumber : Kabarkota TV", "Sumber: KabarKota-TV" }) do
      local m = meta({ first, second, credit })
      assert.are.same({ "KABARKOTA.tv", {} }, { m.outlet, m.sources })
    end
    assert.are.same({ "Kabarkota Radio" }, meta({ first, second, "Sumber: Kabarkota Radio" }).sources)
  end)

  it("a passage closed by whose report it is, and an outlet named as one reporting, name sources", function()
    local m = meta {
      "Kuala Lumpur - Banjir merendam dua kampung di pantai timur, demikian dilaporkan Bernama, Rabu (12/6/2024).",
      "Jembatan utama ke kota itu putus, demikian diberitakan kantor berita Warta Timur.",
      "Sedikitnya 40 rumah rusak akibat luapan sungai, lapor Xinhua.",
      "Kantor berita Yonhap melaporkan, pemerintah menyiapkan bantuan pangan bagi para pengungsi.",
      "Sementara itu, Kyodo melaporkan hujan masih turun di pegunungan.",
    }
    assert.are.same({ "Bernama", "Warta Timur", "Xinhua", "Yonhap", "Kyodo" }, m.sources)
    assert.are.equal("2024-06-12", m.published)
    -- a reporter that is no outlet, an outlet not named, a place after the description: none
    m = meta {
      "Medan - Polisi melaporkan, tiga orang ditahan dalam razia di pusat kota pada malam itu.",
      "Media lokal melaporkan, hujan deras masih turun hingga pagi. Media lokal Korea Selatan melaporkan hal serupa.",
      "Warga segera lapor ke polisi, lalu pulang. Kejadian itu demikian dilaporkan sebelumnya oleh tim kami.",
    }
    assert.are.same({}, m.sources)
  end)

  it("a report that says where its information comes from names the sources", function()
    local m = meta {
      "WASHINGTON - Pemerintah mengumumkan paket bantuan baru untuk negara tetangga pada Rabu malam.",
      "Paket itu mencakup pangan, obat-obatan, dan tenda bagi para pengungsi di perbatasan.",
      "Beberapa informasi dalam laporan ini berasal dari Warta Dunia dan Kabar Samudra.",
    }
    assert.are.same({ "Warta Dunia", "Kabar Samudra" }, m.sources)
    m = meta { "Sebagian bahan untuk artikel ini diambil dari kantor berita Warta Dunia.",
      "Artikel ini diolah dari berbagai sumber oleh tim redaksi kami di Jakarta." }
    assert.are.same({ "Warta Dunia" }, m.sources)
  end)

  it("a site named as where something was shown (ditampilkan pada situs resmi X) is a source", function()
    local m = meta {
      "Dalam video yang ditampilkan pada situs resmi Istana Lembah, Presiden Bima tampak tersenyum.",
      "Rekaman lain dirilis di Sukamaju pada Jumat dan ramai dibagikan warga di media sosial.",
    }
    assert.are.same({ "Istana Lembah" }, m.sources)
  end)

  it("'Mengutip X,' names a source; a name after 'kantor berita X,' that goes on is no outlet", function()
    local m = meta {
      "Mengutip Kabar Dunia, harga minyak naik tiga persen dalam sepekan terakhir di pasar Asia.",
      "Seperti dilansir kantor berita Warta, Presiden Bima meresmikan bendungan baru di utara.",
      "Dikutip dari laman resmi Istana, Presiden Bima juga meninjau pasar di kota itu.",
      "Lembaga itu, mengutip isi surat menteri, menyebut harga akan turun bulan depan.",
    }
    assert.are.same({ "Kabar Dunia", "Warta", "Istana" }, m.sources)
  end)

  it("the citation date is the publication date: 'Dikutip dari laman X, Rabu, 10 Mei 2023'", function()
    local m = meta { "Dikutip dari laman contoh.co.uk, Rabu, 10 Mei 2023, menteri itu meresmikan jembatan baru." }
    assert.are.equal("2023-05-10", m.published)
    assert.are.same({ "contoh.co.uk" }, m.sources)
    m = meta { "Pemerintah kota membuka pasar murah, seperti dikutip Kantor Berita Kota, Jumat (16/2), di alun-alun." }
    assert.are.equal("XXXX-02-16", m.published)
    m = meta { "Harga cabai turun tajam, dikutip Warta Niaga Jumat (10/1/2020), setelah panen raya di banyak daerah." }
    assert.are.equal("2020-01-10", m.published)
  end)

  it("an official account on a platform names its owner; a source line's name stops at a bar", function()
    local m = meta { "Dikutip dari akun Instagram resmi Kementerian Contoh, stok beras dinyatakan aman." }
    assert.are.same({ "Kementerian Contoh" }, m.sources)
    m = meta { "Pernyataan itu dikutip Warta Niaga dari YouTube Kabar Dunia pada Selasa (2/7/2024)." }
    assert.are.same({ "Warta Niaga", "Kabar Dunia" }, m.sources)  -- the platform before the name goes
    m = meta { "Harga beras naik di pasar induk kota itu sejak awal bulan menurut para pedagang.",
      "Sumber : Kabar Dunia | Editor : Nama Editor" }
    assert.are.same({ "Kabar Dunia" }, m.sources)
  end)

  it("a reporting verb not followed by an outlet gives no citation date ('dilaporkan hilang sejak Minggu (3/11)')",
    function()
      local m = meta {
        "Seorang pendaki yang dilaporkan hilang sejak Minggu (3/11/2024) ditemukan selamat oleh tim gabungan.",
        "Tim pencari menyisir lereng selatan gunung itu selama dua hari sebelum menemukannya di sebuah gua.",
      }
      assert.is_nil(m.published)
      m = meta { "Kantor berita Warta melaporkan, Jumat (16/2/2024), harga gandum naik di seluruh kawasan." }
      assert.are.equal("2024-02-16", m.published)
    end)

  it("only a date right after the outlet of 'dilansir X,' is the page's: one later in the sentence is the story's",
    function()
      local text = "Seperti dilansir Kabar Dunia, kementerian itu mengirim surat kepada komisi pada Senin (10/6)."
      assert.is_nil(meta({ text }).published)
      assert.is_nil(meta({ "Komisi menggelar rapat pada Rabu (12/6/2024) untuk membahas pemilu ulang di kota.",
        text }).published)
      assert.is_nil(kimput.parse(text, { published = "2024-06-12" }):meta().published)
    end)

  it("a citation date without its year takes the caller's year (six months past it: the year before)", function()
    local text = "Harga gandum naik, seperti dikutip Kabar Dunia, Jumat (7/6), di seluruh kawasan itu."
    assert.are.equal("XXXX-06-07", meta({ text }).published)
    assert.are.equal("2024-06-07", kimput.parse(text, { published = "2024-06-12" }):meta().published)
    text = "Harga gandum naik, seperti dikutip Kabar Dunia, Jumat (15/12), di seluruh kawasan itu."
    assert.are.equal("2023-12-15", kimput.parse(text, { published = "2024-01-10" }):meta().published)
  end)

  it("a lower-case outlet after 'dilansir' is a source when the gazetteer knows it as one", function()
    kimput.entities.add { name = "Kabarlembah", kind = "outlet" }
    local m = meta { "Harga beras naik di pasar induk, seperti dilansir kabarlembah, pada pekan ini.",
      "Seperti dilansir sebelumnya, pasokan dari petani berkurang sejak awal bulan ini." }
    assert.are.same({ "kabarlembah" }, m.sources)
  end)

  it("an unknown outlet with no markers gives nil fields, never a guess", function()
    local m = meta {
      "Ratusan warga berkumpul di alun-alun kota untuk merayakan hari jadi daerah yang ke-250.",
      "Acara itu dimeriahkan pawai budaya dan pertunjukan musik tradisional hingga malam hari.",
    }
    assert.are.same({ sources = {} }, m)
  end)

  it("returns a fresh copy each call", function()
    local doc = kimput.parse("Sumber: AFP")
    local m = doc:meta()
    m.sources[1] = "X"
    m.outlet = "Y"
    assert.are.same({ "AFP" }, doc:meta().sources)
    assert.is_nil(doc:meta().outlet)
  end)

  it("cleans a name found on many pages again once the gazetteer changes", function()
    local lines = {
      "Jakarta - Harga cabai di pasar induk naik tajam menjelang akhir pekan ini.",
      "Seperti dilansir Lembah Zamrud, pedagang menyebut pasokan dari petani berkurang.",
    }
    assert.are.same({ "Lembah Zamrud" }, meta(lines).sources)
    assert.are.same({ "Lembah Zamrud" }, meta(lines).sources)  -- the second page reads it cleaned
    kimput.entities.add { name = "Lembah Zamrud", kind = "place" }
    assert.are.same({}, meta(lines).sources)  -- a place is no outlet
  end)

  it("lists many sources once each, in order of first mention", function()
    local names = { "Alfa", "Bravo", "Charlie", "Delta", "Gema", "Fajar", "Garda", "Harian", "Indah", "Juara" }
    local lines = { "Jakarta - Harga beras di pasar induk naik tajam menjelang akhir pekan ini." }
    for i, n in ipairs(names) do
      lines[#lines + 1] = ("Seperti dilansir Warta %s, pedagang ke-%d menyebut pasokan berkurang."):format(n, i)
    end
    lines[#lines + 1] = "Seperti dilansir Warta Alfa, pasokan dari petani juga berkurang."
    lines[#lines + 1] = "Seperti dilansir WARTA JUARA, harga diperkirakan turun bulan depan."
    local want = {}
    for i, n in ipairs(names) do want[i] = "Warta " .. n end
    assert.are.same(want, meta(lines).sources)
  end)

  it("takes the source named in brackets after the last sentence, not data cited inside a sentence", function()
    local first = "Sukamaju - Bupati Sukamaju meminta warga menjaga keamanan menjelang hari raya di desa masing-masing."
    assert.are.same({ "sukamajukab.go.id" }, meta { first,
      "\"Kami minta warga tetap tenang,\" katanya. *** (sumber: sukamajukab.go.id)" }.sources)
    local last = "\"Warga harus waspada,\" lanjut dia. (Sumber: Kabar Kota)"
    assert.are.same({ "Kabar Kota" }, meta { first, last }.sources)
    last = "Angka kemiskinan turun menjadi 9,5 persen tahun ini (Sumber: BPS). Bupati senang."
    assert.are.same({}, meta { first, last }.sources)
  end)

  it("works on empty and boilerplate-only pages", function()
    assert.are.same({ sources = {} }, kimput.parse(""):meta())
    assert.are.same({ sources = {} }, kimput.parse("get app\nKomentar\n"):meta())
  end)
end)

describe("doc:meta() on openings of real pages' shapes", function()
  it("a date in brackets after the place is the report's day, no outlet: 'KOTA (30/1/2018) - '", function()
    local text = table.concat({
      "Bupati Resmikan Pasar Desa Sukamaju",
      "SUKAMAJU (30/1/2018)  - Bupati Sukamaju meresmikan pasar desa yang baru selesai dibangun di pusat kecamatan.",
      "Pasar itu menampung dua ratus pedagang yang sebelumnya berjualan di tepi jalan desa.",
    }, "\n")
    local doc = kimput.parse(text)
    local m = doc:meta()
    assert.is_nil(m.outlet)
    assert.are.equal("Sukamaju", m.dateline)
    assert.are.equal("Bupati Sukamaju meresmikan pasar desa yang baru selesai dibangun di pusat kecamatan.",
      doc:body():match("^[^\n]+"))
  end)
end)

describe("doc:meta() and a pull quote's credit", function()
  it("a name with the office in brackets alone on its line is a caption, no dateline nor outlet", function()
    local doc = page({
      "Kami tidak akan menaikkan pajak pasar tahun ini",
      "Rudi Hartanto (Bupati Sukamaju Raya)",
      "Sukamaju - Bupati Sukamaju Raya Rudi Hartanto memastikan pajak pasar tidak naik tahun ini.",
      "Keputusan itu diambil setelah bupati bertemu dengan perwakilan pedagang pasar di pendopo.",
    })
    local m = doc:meta()
    assert.is_nil(m.outlet)
    assert.are_not.equal("Rudi Hartanto", m.dateline)
    for _, l in ipairs(doc:line_list()) do
      if l.text == "Rudi Hartanto (Bupati Sukamaju Raya)" then assert.are.equal("caption", l.class) end
    end
  end)
end)

describe("doc:meta() and bylines glued to the page date", function()
  it("the writer's name with no mark before the date and its clock: 'Nama 27 Sep 2019, 14:47'", function()
    local doc = page({
      "Para Camat Kompak Hadiri Rapat di Kantor Bupati",
      "Sutardi 27 Sep 2019, 14:47",
      "SITUSKU.COM - Para camat di Kabupaten Sukamaju menghadiri rapat koordinasi di kantor bupati pada pagi ini.",
      "Rapat itu membahas persiapan perayaan hari jadi kabupaten yang jatuh pada bulan depan.",
    })
    local m = doc:meta()
    assert.are.equal("2019-09-27T14:47", m.published)
    assert.are.equal("Para Camat Kompak Hadiri Rapat di Kantor Bupati", m.headline)
    -- (a title with a date and no clock stays the headline)
    m = meta({
      "Banjir Bandang Sukamaju 12 Maret 2024",
      "SITUSKU.COM - Banjir bandang melanda tiga desa di Kabupaten Sukamaju pada Selasa dini hari tadi.",
    })
    assert.are.equal("Banjir Bandang Sukamaju 12 Maret 2024", m.headline)
  end)

  it("English order with an ordinal and the byline after a comma: 'Nov 9th 2024, 11:46, by Nama, Situs'", function()
    local m = meta({
      "Nov 9th 2024, 11:46, by Nama Penulis, situsNEWS",
      "Warga Desa Sukamaju memprotes truk tanah yang melintas di jalan desa sejak pagi hari tadi.",
      "Polisi meminta warga tetap tenang dan tidak merusak kendaraan yang melintas di jalan itu.",
    })
    assert.are.equal("2024-11-09T11:46", m.published)
    assert.is_nil(m.headline)
  end)
end)

describe("doc:meta() and a title closed by a period", function()
  it("is the headline right over the opening, with only furniture above it", function()
    local title = "Mantan Kades Sukamaju Tak Laporkan Kinerjanya, Rapat Pleno Desa Kacau."
    local doc = page({
      "Menu",
      title,
      "",
      "SUKAMAJU, SITUSKU.NEWS – Rapat pleno serah terima jabatan kepala desa berlangsung kacau pada Selasa pagi.",
      "",
      "Warga yang hadir kecewa karena laporan pertanggungjawaban kepala desa lama belum juga dibuat.",
    })
    assert.are.equal(title, doc:meta().headline)
    -- (two sentences over the opening are a summary, no title)
    local deck = "Rapat Pleno Desa Kacau. Warga Kecewa Laporan Belum Dibuat."
    doc = page({ deck, "SUKAMAJU, SITUSKU.NEWS – Rapat pleno berlangsung kacau pada Selasa pagi.",
      "Warga yang hadir kecewa karena laporan kepala desa lama belum juga dibuat." })
    assert.is_nil(doc:meta().headline)
  end)
end)

describe("doc:meta() on a blog's page", function()
  it("a theme's widget label is no masthead; a capital I set as the bar closes the opening", function()
    local doc = page({
      "Diberdayakan oleh Blogger.",
      "Latest Post",
      "Ketua Partai Minta Pemuda Tak Dimanjakan",
      "Written By Nama Admin on Kamis, 29 Oktober 2020 | 15.11",
      "Sukamaju, situskotaku.com I Ketua partai meminta pemerintah tidak memanjakan kaum muda di daerah itu.",
      "Ia menyampaikan hal itu di hadapan ratusan kader partai yang hadir di gedung serbaguna kota.",
    })
    local m = doc:meta()
    assert.are.equal("situskotaku.com", m.outlet)
    assert.are.equal("Sukamaju", m.dateline)
    assert.are.equal("Ketua partai meminta", doc:body():sub(1, 20))
    -- (the label alone names no outlet either)
    m = kimput.parse("Latest Post\nKetua Partai Minta Pemuda Tak Dimanjakan\n" ..
      "Ketua partai meminta pemerintah tidak memanjakan kaum muda di daerah itu, katanya kepada wartawan.\n"):meta()
    assert.is_nil(m.outlet)
  end)
end)

describe("doc:meta() and a credit's name after a list's dash", function()
  it("'Sumber: - Kabar Sukamaju' names Kabar Sukamaju", function()
    local m = meta({
      "Polisi membubarkan aksi balap liar di jalan desa Sukamaju menjelang waktu berbuka puasa.",
      "Aksi itu meresahkan warga karena berlangsung setiap sore sejak awal bulan puasa tahun ini.",
      "Sumber: - Kabar Sukamaju",
    })
    assert.are.same({ "Kabar Sukamaju" }, m.sources)
  end)
end)

describe("doc:meta() and a topic's label over the title", function()
  it("the title under it is the headline, over a deck full of names and the byline", function()
    local title = "Pos Ronda Desa Sukamaju Dirusak, Kapolsek Duga Pelaku Iseng atau Sakit Hati"
    local doc = page({
      "Pos Ronda Sukamaju Dirusak",
      title,
      "Kapolsek Sukamaju Kota, AKP Budi Santoso, menanggapi serius perusakan pos ronda Desa Sukamaju Lor.",
      "Penulis: Nama Penulis | Editor: Nama Penyunting",
      "SITUSKOTA.COM, SUKAMAJU - Kapolsek Sukamaju Kota menanggapi serius perusakan pos ronda di desa itu.",
      "Ia menduga pelaku perusakan pos ronda itu sedang iseng atau sakit hati kepada warga setempat.",
    })
    assert.are.equal(title, doc:meta().headline)
  end)
end)

describe("doc:meta() and a credit's label over its value", function()
  it("the colon that opens the value's line is no part of the name", function()
    local m = meta({
      "Ratusan Warga Hadiri Halalbihalal di Balai Kota",
      "SUKAMAJU, situskota.com – Ratusan warga menghadiri halalbihalal yang digelar di balai kota, Kamis (7/7).",
      "Wali kota menyalami warga satu per satu di pendopo hingga siang hari, katanya kepada wartawan.",
      "Penulis",
      ": Nama Penulis",
      "Editor",
      ": Nama Penyunting",
    })
    assert.are.equal("Nama Penyunting", m.editor)
  end)
end)

describe("doc:meta() and a scraper's month before the page's stamp", function()
  it("the stamp on the line under 'date YYYY-MM' gives the day and time", function()
    local m = meta({
      " date 2021-12 Rabu, 1 Desember 2021 | 22:13 WIB",
      "Oleh : Nama Penulis",
      "Sukamaju, Situskota.com – Bagian Humas Pemkot Sukamaju menerima tamu dari kota tetangga, Rabu (1/12/2021).",
      "Tujuan kunjungan itu untuk berkoordinasi dan studi banding soal tugas kehumasan di pemerintah kota.",
    })
    assert.are.equal("2021-12-01T22:13", m.published)
    assert.are.equal("+07:00", m.zone)
    -- (the month alone stays the date when no stamp follows)
    m = meta({
      " date 2021-12 SUKAMAJU - Bagian Humas Pemkot Sukamaju menerima tamu dari kota tetangga pada awal pekan ini.",
      "Tujuan kunjungan itu untuk berkoordinasi dan studi banding soal tugas kehumasan di pemerintah kota.",
    })
    assert.are.equal("2021-12", m.published)
  end)
end)

describe("doc:meta() and a player's skip links", function()
  it("'Lewati ke konten utama' is no headline", function()
    local doc = page({
      "Lewati ke pemutarLewatkan ke konten utamaLewati ke footer",
      "JAKARTA, KABARTV - Gubernur membeberkan sejumlah fakta di lapangan yang dialami kepala daerah ketika bertugas.",
      "Hal itu disampaikan gubernur saat berpidato dalam rapat koordinasi pencegahan korupsi, Kamis (10/7/2025).",
    })
    assert.is_nil(doc:meta().headline)
    assert.are.equal("JAKARTA, KABARTV", doc:line_list()[2].text:sub(1, 16))
    doc = page({
      "Skip to main content",
      "Langsung ke konten",
      "Warga Sukamaju Gelar Kerja Bakti",
      "SUKAMAJU - Warga desa menggelar kerja bakti membersihkan saluran air menjelang musim hujan tahun ini.",
      "Kegiatan itu diikuti ratusan warga dari enam dusun dan berlangsung sejak pagi hingga siang hari.",
    })
    local lines = doc:line_list()
    assert.are.equal("navigation", lines[1].class)
    assert.are.equal("navigation", lines[2].class)
    assert.are.equal("Warga Sukamaju Gelar Kerja Bakti", doc:meta().headline)
  end)
end)

describe("doc:meta() and a reposted article's credit", function()
  it("the site's address alone in brackets after the last sentence is a source", function()
    local m = meta({
      "Empat pelajar melempari mobil patroli polisi dengan batu di jalan raya desa pada malam hari.",
      "Polisi menangkap keempatnya di rumah masing-masing keesokan harinya, kata kepala polisi.",
      "\"Kerugian sekitar Rp 3.000.000,\" kata dia. (www.situsberita.com)",
      "Komentar",
    })
    assert.are.same({ "situsberita.com" }, m.sources)
    -- (the page's own address so written names no source)
    m = meta({
      "SUKAMAJU, Situskota.com - Empat pelajar melempari mobil patroli polisi dengan batu di jalan raya desa.",
      "Polisi menangkap keempatnya di rumah masing-masing keesokan harinya. (Situskota.com)",
    })
    assert.are.same({}, m.sources)
  end)
end)

describe("doc:meta() and a government office's news page", function()
  it("an office's name opening the lede is the outlet, no place", function()
    local m = meta({
      "Diskominfo Sukamaju Gelar Sosialisasi Keamanan Informasi",
      "",
      "Diskominfostaper Sukamaju – Dinas Komunikasi dan Informatika Kabupaten Sukamaju akan menggelar sosialisasi.",
      "",
      "Kegiatan itu akan dihadiri seluruh perangkat daerah dan pemangku kebijakan di kabupaten itu.",
    })
    assert.are.same({ "Diskominfostaper Sukamaju", nil }, { m.outlet, m.dateline })
    m = meta({
      "Humas Pemkot Sukamaju – Warga kota menggelar kerja bakti membersihkan saluran air menjelang musim hujan.",
      "Kegiatan itu diikuti ratusan warga dari enam kelurahan sejak pagi hari.",
    })
    assert.are.same({ "Humas Pemkot Sukamaju", nil }, { m.outlet, m.dateline })
  end)
end)

describe("doc:meta() and a paper's initials after the place", function()
  it("'KOTAMULYA RU –' is the place, then the outlet's initials", function()
    local m = meta({
      "Pusat Pantau Konstelasi Daerah",
      "",
      "KOTA SUKAMAJU RU - Konstelasi politik di daerah turut menjadi cermatan pemerintah pusat menjelang pilkada.",
      "",
      "Kepala kantor itu menyampaikan kondisi daerah relatif terjaga, katanya kepada wartawan.",
    })
    assert.are.same({ "RU", "Kota Sukamaju" }, { m.outlet, m.dateline })
  end)
end)

describe("doc:meta() and a photo agency's caption opening", function()
  it("'KOTA, PROV, 14/3 - JUDUL.' gives the place", function()
    local m = meta({
      "PASAR MURAH",
      "SUKAMAJU, JATENG, 14/3 - PASAR MURAH. Warga antre membeli beras di pasar murah alun-alun, Kamis (14/3).",
      "Foto Terkait",
    })
    assert.are.equal("Sukamaju", m.dateline)
  end)
end)

describe("doc:meta() and an editor's label typed with a period", function()
  it("'Editor. :Nama' names the editor", function()
    local m = meta({
      "SUKAMAJU - Warga desa menggelar kerja bakti membersihkan saluran air menjelang musim hujan tahun ini.",
      "Kegiatan itu diikuti ratusan warga dari enam dusun dan berlangsung sejak pagi hingga siang hari.",
      "Editor. :Redaksi Kota",
    })
    assert.are.equal("Redaksi Kota", m.editor)
  end)
end)

describe("doc:meta(): a dateline in capitals with its province's short name (s15)", function()
  it("keeps the place and leaves out the province after it, a place known whole staying", function()
    local body = "Gubernur menerima kunjungan Duta Besar Jepang di kantornya, Senin (3/6)."
    assert.are.equal("Kupang", meta({ "KUPANG NTT - " .. body, "", "Kunjungan itu membahas kerja sama." }).dateline)
    assert.are.equal("Mataram", meta({ "MATARAM NTB - " .. body, "", "Kunjungan itu membahas kerja sama." }).dateline)
    assert.are.equal("Banda Aceh", meta({ "BANDA ACEH - " .. body, "", "Kunjungan itu membahas kerja sama." }).dateline)
  end)
end)

describe("doc:meta() on small outlets' page furniture (s17 PC)", function()
  local body = "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu."
  local more = "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga."

  it("'KABAR KOTA | KOTA BARU - ': a site's name of two words in capitals before the bar", function()
    local m = meta { "Warga Sukamaju Perbaiki Jalan Desa", "KABAR SUKAMAJU | KOTA BARU - " .. body, "", more }
    assert.are.equal("KABAR SUKAMAJU", m.outlet)
    assert.are.equal("Kota Baru", m.dateline)
  end)

  it("a time stamp followed by the writer's role, a dash and the name gives the date", function()
    local m = meta { "Warga Sukamaju Perbaiki Jalan Desa", "Jum'at, 16 Juli 2021 07:05 WIB Jurnalis - Nama Penulis",
      "", "Sukamaju, Situsku.id - " .. body, "", more }
    assert.are.equal("2021-07-16T07:05", m.published)
    assert.are.equal("+07:00", m.zone)
  end)

  it("'Editor : A Penulis : B Publish : C' on one line, no commas: the editor is A", function()
    local m = meta { "SUKAMAJU - " .. body, "", more, "",
      "Editor              : Budi Santoso Penulis            : Ani Lestari Publish            : Dedi Kurnia" }
    assert.are.equal("Budi Santoso", m.editor)
  end)
end)

describe("doc:meta(): a site's address alone on its line with a colon (s17 PC)", function()
  it("'SITUSKU.CO.ID:' over the opening names the outlet", function()
    local m = meta { "Warga Sukamaju Perbaiki Jalan Desa Bersama", "", "SITUSKU.CO.ID:", "",
      "SUKAMAJU-Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu.",
      "", "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("SITUSKU.CO.ID", m.outlet)
    assert.are.equal("Sukamaju", m.dateline)
  end)
end)

describe("doc:meta(): a press office's documentation credit in brackets (s17 PC)", function()
  it("'(Humaskota.dok)' after the last sentence is no source; an address is", function()
    local lines = {
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.", "",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga. (Humaskota.dok)" }
    assert.are.same({}, meta(lines).sources)
    lines[3] = "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga. " ..
      "(www.kabarku.com)"
    assert.are.same({ "kabarku.com" }, meta(lines).sources)
  end)
end)

describe("doc:meta(): the place in capitals closed by a period, then the address (s17 PC)", function()
  it("'SUKAMAJU. KabarKota.Co.Id - ' gives the place and the outlet", function()
    local m = meta { "Warga Sukamaju Perbaiki Jalan Desa Bersama", "",
      "SUKAMAJU. KabarKota.Co.Id - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.",
      "", "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("Sukamaju", m.dateline)
    assert.are.equal("KabarKota.Co.Id", m.outlet)
  end)
end)

describe("PD: doc:meta() on regional outlets' openings (s18)", function()
  it("a brand in capitals, a place then a paper's closing word ('BANDUNG DAILY- '), is the outlet, no place", function()
    for _, brand in ipairs { "BANDUNG DAILY", "SURABAYA INSIDER", "MEDAN TIMES" } do
      local m = meta { brand .. "- Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.",
        "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
      assert.are.equal(brand, m.outlet, brand)
      assert.is_nil(m.dateline, brand)
    end
    -- (a place and its own second word stays the place)
    local m = meta { "LAMPUNG TENGAH - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("Lampung Tengah", m.dateline)
  end)
  it("'Diwartakan X Senin (18/6/2018), ...' opening a sentence names X as source and states the date", function()
    local m = meta { "Kotamulya - Presiden Negeri Utara mengirim ucapan selamat ulang tahun kepada mitranya.",
      "Diwartakan Harian Kabar Pagi Senin (18/6/2018), ucapan itu disampaikan ketika hubungan kedua negara hangat.",
      "Kedua negara sepakat meningkatkan kerja sama ekonomi dan budaya pada tahun ini, kata pejabat itu." }
    assert.are.same({ "Kabar Pagi" }, m.sources)
    assert.are.equal("2018-06-18", m.published)
    -- ("Diberitakan sebelumnya, ..." names none)
    m = meta { "Kotamulya - Presiden Negeri Utara mengirim ucapan selamat ulang tahun kepada mitranya.",
      "Diberitakan sebelumnya, Senin (18/6/2018), ucapan itu disampaikan ketika hubungan kedua negara hangat." }
    assert.are.same({}, m.sources)
  end)
  it("a citation's date is no publication date when the body reports a later day before it", function()
    local lines = { "Kotamulya - Presiden Negeri Utara dan Presiden Negeri Selatan pada Jumat (29/4/2022) pagi " ..
      "melakukan pembicaraan melalui telepon.",
      "Sehari sebelumnya, Kamis (28/4/2022), presiden itu juga berbicara dengan pemimpin negara tetangga.",
      "Seperti dilansir Kabar Dunia, Selasa (26/4/2022), hal itu disampaikan menteri luar negeri kepada wartawan." }
    assert.is_nil(meta(lines).published)
    -- (a day the article looks forward to is none: "pada Sabtu (30/4/2022) mendatang")
    lines[2] = "Pertemuan lanjutan dijadwalkan pada Sabtu (30/4/2022) mendatang di ibu kota negara itu."
    lines[1] = "Kotamulya - Presiden Negeri Utara dan Presiden Negeri Selatan melakukan pembicaraan melalui telepon."
    assert.are.equal("2022-04-26", meta(lines).published)
  end)
  it("a stamp with spaced hyphens and an English month, '08 - Dec - 2020, 11:52', is the page's date", function()
    local d = page { "Warga Sukamaju Perbaiki Jalan Desa Bersama", "Reporter", "Nama Penulis", "Editor", "Nama Editor",
      "08 - Dec - 2020, 11:52",
      "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("2020-12-08T11:52", d:meta().published)
    for _, l in ipairs(d:line_list()) do
      if l.text == "08 - Dec - 2020, 11:52" then assert.are.equal("timestamp", l.class) end
    end
  end)
  it("a site's section of two words where the place stands ('Berita Nasional, situs –') is no place", function()
    local m = meta { "Berita Nasional, kabarku – Warga Desa Sukamaju bergotong royong memperbaiki jalan desa.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("kabarku", m.outlet)
    assert.is_nil(m.dateline)
  end)
  it("the address, then the place between dashes, a comma before the second ('SITUS.CO.ID — KOTA, — ')", function()
    local d = page { "KABARKU.CO.ID — BANDUNG, — Warga Desa Sukamaju bergotong royong memperbaiki jalan desa.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    local m = d:meta()
    assert.are.equal("KABARKU.CO.ID", m.outlet)
    assert.are.equal("Bandung", m.dateline)
    assert.are.equal("Warga Desa", d:body():sub(1, 10))
  end)
  it("a triple hyphen is a dash: 'Bandung, kabarku.com---' glued to the text or alone on its line", function()
    local rest = { "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Warga berharap jalan segera selesai dikerjakan sebelum musim hujan tiba, kata dia." }
    local d = page { "Bandung, kabarku.com---Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.",
      rest[1], rest[2] }
    assert.are.equal("Warga Desa", d:body():sub(1, 10))
    local m = meta { "Warga Sukamaju Perbaiki Jalan Desa Bersama", "Bandung, kabarku.com---",
      "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.", rest[1], rest[2] }
    assert.are.equal("kabarku.com", m.outlet)
    assert.are.equal("Bandung", m.dateline)
  end)
  it("a name in capitals with digits, a dash, the place closed by a colon ('KABAR24 – Kota Bandung : ')", function()
    for _, open in ipairs { "KABAR24 – Kota Bandung : ", "24JAM - Bandung: " } do
      local d = page { open .. "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
        "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
      local m = d:meta()
      assert.are.equal(open:match("^%w+"), m.outlet, open)
      assert.are.equal(open:match("[–-] (.-)%s*:"), m.dateline, open)
      assert.are.equal("Warga Desa", d:body():sub(1, 10), open)
    end
  end)
  it("a photo's caption under an image's file name, over the opening, is no paragraph: the opening is read", function()
    local caption = "Kepala Dinas Kesehatan Kota Sukamaju saat memberikan arahan dan pembinaan pada apel kerja " ..
      "awal tahun ini."
    local d = page { "Kepala Dinas Ungkap Banyak Tantangan di Tahun Ini, Butuh Inovasi",
      "WhatsApp-Image-2023-01-02-at-10.05.36.jpg", caption,
      "Kota Sukamaju, Dinkeskota – Tahun ini banyak tantangan yang dihadapi oleh jajaran kesehatan di kota itu.",
      "Hal itu disampaikan Kepala Dinas Kesehatan Kota Sukamaju saat memimpin apel pagi, Senin (02/01/2023).",
      "“Kita perlu melakukan evaluasi langkah ke depan,” ucap dia kepada para pegawai yang hadir." }
    local m = d:meta()
    assert.are.equal("Dinkeskota", m.outlet)
    assert.are.equal("Kota Sukamaju", m.dateline)
    for _, l in ipairs(d:line_list()) do
      if l.text == caption then assert.are.equal("caption", l.class) end
    end
  end)
  it("the desk named as the byline at the top, 'Oleh Redaksi KABARKU | date', names the outlet", function()
    local m = meta { "Jalan Desa Rusak, Warga Perbaiki Sendiri", "Oleh Redaksi KABARKU | 04 November 2016",
      "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga." }
    assert.are.equal("KABARKU", m.outlet)
    assert.are.equal("2016-11-04", m.published)
  end)
  it("a list's bullet before the title ('• Judul', a category page's item) is no part of the headline", function()
    local m = meta { "Kategori: Pemerintahan", "  • Ratusan Pelamar Lulus Seleksi Administrasi",
      "Sukamaju, Kabarku.com – Badan kepegawaian mencatat ratusan pelamar lulus seleksi administrasi tahun ini.",
      "Dari jumlah tersebut, sebanyak sepuluh orang dinyatakan tidak lulus karena berkas tidak lengkap." }
    assert.are.equal("Ratusan Pelamar Lulus Seleksi Administrasi", m.headline)
  end)
  it("the site's address named last in its channels' promotion is the outlet ('... channel situs.com')", function()
    local m = meta { "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Cek berita dan artikel yg lain di Google News dan ikuti WhatsApp channel kabarsukamaju.com",
      "Editor : Nama Penyunting" }
    assert.are.equal("kabarsukamaju.com", m.outlet)
    local m2 = meta { "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga. (abc/kbr)",
      "Silakan baca konten menarik lainnya dari KabarKota.com di Google News" }
    assert.are.equal("KabarKota.com", m2.outlet)
  end)
  it("a release quoted as the source, 'dikutip dari keterangan resmi X, Selasa (8/9/2020)', dates the page", function()
    local m = meta { "Kabarku.id – Bupati Sukamaju meresmikan gedung baru dinas kominfo di pusat kota.",
      "Pesan itu disampaikan bupati dalam apel pagi, Senin (7/9/2020), seperti dikutip dari keterangan resmi " ..
        "Pemkab Sukamaju, Selasa (8/9/2020).",
      "Gedung itu berdiri di atas lahan seluas seribu meter persegi, kata kepala dinas kepada wartawan." }
    assert.are.same({ "Pemkab Sukamaju" }, m.sources)
    assert.are.equal("2020-09-08", m.published)
    local m2 = meta { "Sukamaju - Dinas kesehatan mencatat kasus demam berdarah turun pada bulan ini.",
      "Data itu dilansir dari siaran pers Dinkes Sukamaju yang diterima wartawan pada Senin pagi." }
    assert.are.same({ "Dinkes Sukamaju" }, m2.sources)
  end)
  it("trailing initials above a share plugin's prompt and buttons ('Pin Share') are the editor's", function()
    local d = page { "Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir pekan lalu.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga. (xyz)",
      "Please follow and like us:", "Pin Share", "Komentar" }
    assert.are.equal("xyz", d:meta().editor)
    assert.is_nil(d:body():find("Pin Share", 1, true))
    assert.is_nil(d:body():find("follow and like", 1, true))
  end)
  it("a site's one-word name in lower case before a dash opens the article: the outlet, no place", function()
    local m = meta { "Bupati Resmikan Pasar Murah di Alun-alun",
      "kabarsukamaju – Bupati Sukamaju meresmikan pasar murah di alun-alun kota pada Senin pagi.",
      "Pasar itu dibuka selama tiga hari untuk menekan harga bahan pokok menjelang hari raya." }
    assert.are.equal("kabarsukamaju", m.outlet)
    assert.is_nil(m.dateline)
  end)
  it("the site's address glued to the opening's first word ('Kabarku.idKantor ...') is the outlet", function()
    local d = page { "Kantor Lama Dibongkar untuk Gedung Baru",
      "Kabarku.idKantor bupati yang lama mulai dibongkar untuk pembangunan gedung baru pada Senin.",
      "Pembongkaran disaksikan bupati bersama kepala dinas pekerjaan umum dan warga sekitar." }
    assert.are.equal("Kabarku.id", d:meta().outlet)
    assert.truthy(d:body():find("Kantor bupati yang lama", 1, true))
  end)
end)
