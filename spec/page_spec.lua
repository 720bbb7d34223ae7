-- Line classes, body text and body spans of kimput.page, on invented pages
-- in the styles of Indonesian news sites.
local kimput = require "kimput"

local function classes(text)
  local doc = kimput.parse(text)
  local by_text = {}
  for _, l in ipairs(doc:line_list()) do by_text[l.text] = l.class end
  return by_text, doc
end

describe("doc:lines()", function()
  it("iterates over trimmed non-empty lines with 1-based inclusive spans", function()
    local text = "  Judul Berita Hari Ini  \r\n\r\nBaca juga:\n\u{A0}Harga Beras Naik Lagi\u{A0}\n"
    local doc = kimput.parse(text)
    local seen = {}
    for start, stop, class in doc:lines() do
      seen[#seen + 1] = { text:sub(start, stop), class }
    end
    assert.are.same("Judul Berita Hari Ini", seen[1][1])
    assert.are.same({ "Baca juga:", "related" }, seen[2])
    assert.are.same({ "Harga Beras Naik Lagi", "related" }, seen[3])
    assert.are.equal(3, #seen)
  end)

  it("gives line_list records with text, start, stop and class", function()
    local doc = kimput.parse("Pertama.\nKedua kalimat di sini.")
    local list = doc:line_list()
    assert.are.equal(2, #list)
    assert.are.same({ "Kedua kalimat di sini.", 10, 31, "body" },
      { list[2].text, list[2].start, list[2].stop, list[2].class })
  end)
end)

describe("line classes", function()
  it("related: a bare Baca Juga: and the headline after it, BACA JUGA: ..., Lihat juga ...", function()
    local c = classes(table.concat({
      "Pemerintah menaikkan harga BBM mulai pekan depan, kata menteri energi kepada wartawan.",
      "Baca Juga:",
      "Harga Minyak Dunia Melonjak Usai Serangan di Teluk",
      "BACA JUGA: Antrean Panjang di SPBU Jakarta",
      "Baca juga: Warga Keluhkan Kenaikan Tarif Ojek",
      "Lihat juga Video 'Demo Mahasiswa di Depan DPR':",
      "Pilihan Editor: Pertamina Jamin Stok Aman",
      "(Baca juga: Ojek Daring Naikkan Tarif)",
      "Kenaikan itu berlaku untuk seluruh wilayah Indonesia, termasuk daerah terpencil.",
    }, "\n"))
    assert.are.equal("related", c["Baca Juga:"])
    assert.are.equal("related", c["Harga Minyak Dunia Melonjak Usai Serangan di Teluk"])
    assert.are.equal("related", c["BACA JUGA: Antrean Panjang di SPBU Jakarta"])
    assert.are.equal("related", c["Baca juga: Warga Keluhkan Kenaikan Tarif Ojek"])
    assert.are.equal("related", c["Lihat juga Video 'Demo Mahasiswa di Depan DPR':"])
    assert.are.equal("related", c["Pilihan Editor: Pertamina Jamin Stok Aman"])
    assert.are.equal("related", c["(Baca juga: Ojek Daring Naikkan Tarif)"])
    assert.are.equal("body", c["Kenaikan itu berlaku untuk seluruh wilayah Indonesia, termasuk daerah terpencil."])
  end)

  it("a bare Baca juga: never takes a paragraph of the article with it", function()
    local para = "Pemerintah menaikkan harga BBM mulai pekan depan, kata menteri energi kepada wartawan di Jakarta."
    local c = classes("Baca juga:\n" .. para)
    assert.are.equal("related", c["Baca juga:"])
    assert.are.equal("body", c[para])
  end)

  it("navigation: breadcrumbs, addresses and scroll prompts", function()
    local c = classes("Home > Berita > Internasional\nhttps://contoh.co.id/berita/123\n" ..
      "Scroll ke bawah untuk membaca\n" ..
      "Pemerintah menaikkan harga BBM mulai pekan depan, kata menteri energi kepada wartawan.")
    assert.are.equal("navigation", c["Home > Berita > Internasional"])
    assert.are.equal("navigation", c["https://contoh.co.id/berita/123"])
    assert.are.equal("navigation", c["Scroll ke bawah untuk membaca"])
  end)

  it("navigation: menus, prompts, promotion blocks and bare site names", function()
    local lines = {
      "get app", "Read Next : Banjir Rendam Ribuan Rumah di Bekasi", "loading...", "Komentar",
      "Berita Terkait", "SCROLL TO CONTINUE WITH CONTENT", "Simak berita selengkapnya di halaman selanjutnya.",
      "Follow Berita Okezone di Google News", "Ikuti kami di Instagram dan TikTok",
      "Dapatkan update berita pilihan setiap hari", "ADVERTISEMENT", "Bagikan", "detik.com",
      "Sindonews Network", "Halaman 2 dari 3",
      "Kami membuka kesempatan bagi Anda yang ingin menjadi mitra media kami. Klik lebih lanjut",
      "Google News", 'Baca artikel situsnews, "Judul Berita Contoh" selengkapnya https://contoh.co.id/x',
      "Ikuti terus berita terbaru hanya di Situsku.com.", "Pantau terus perkembangan berita ini di situs kami",
    }
    local body = "Polisi menangkap dua tersangka pencurian sepeda motor di Depok, Kamis malam, kata juru bicara."
    local c = classes(body .. "\n" .. table.concat(lines, "\n"))
    for _, l in ipairs(lines) do assert.are.equal("navigation", c[l], l) end
    assert.are.equal("body", c[body])
  end)

  it("credit: editor, translator, writer, source and copyright lines", function()
    local lines = {
      "Editor: Rina Kusuma", "Editor : Ahmad Fauzi", "Penerjemah: Dewi Lestari", "Pewarta: Bagus Pratama",
      "Reporter: Siti Nurhaliza", "Sumber: Reuters", "Copyright © ANTARA 2024", "© 2023 Kompas.com",
      "Artikel ini telah tayang di Tribunnews.com dengan judul Harga Cabai Naik", "EDITOR", "Yudi Hartono",
      "(rzr/dnu)",
    }
    local body = "Harga cabai rawit di Pasar Kramat Jati naik menjadi Rp80 ribu per kilogram pekan ini."
    local c = classes(body .. "\n" .. table.concat(lines, "\n"))
    for _, l in ipairs(lines) do assert.are.equal("credit", c[l], l) end
  end)

  it("timestamp: the page date styles of many sites", function()
    local stamps = {
      "Senin, 15 Agustus 2022 | 09:15 WIB", "Jum'at, 12 Juni 2020 - 10:54 WIB", "Selasa, 9 Mei 2023 14:20 WIB",
      "Kamis, 08 Jan 2026 07:30 WITA", "9 Mei 2023, 14:20", "2023-05-09 14:20:00", "Rabu, 10 Mei 2023",
      "Kompas.com - 09/05/2023, 14:20 WIB", "Diperbarui 10 Mei 2023, 08:00 WIB", "Updated: 11 Mei 2023 09:00 WIT",
    }
    local body = "Gempa bermagnitudo 5,2 mengguncang Kabupaten Cianjur tanpa menimbulkan korban jiwa, kata BMKG."
    local c = classes(body .. "\n" .. table.concat(stamps, "\n"))
    for _, s in ipairs(stamps) do assert.are.equal("timestamp", c[s], s) end
  end)

  it("timestamp: the clock time first, its zone bare or in brackets, with the page's date", function()
    local stamps = {
      "15:20 WIB, Rabu 6 Maret 2024", "15.20 WIB | Rabu, 06/03/2024", "09.05 (WITA) - Senin, 4 Maret 2024",
      "Pukul 21:05 WIT / 6 Mar 2024", "Dipublikasikan 15:20 WIB, 6 Maret 2024",
    }
    local body = "Banjir setinggi lutut merendam puluhan rumah warga di Kelurahan Sukaraja sejak Selasa malam."
    local c = classes(body .. "\n" .. table.concat(stamps, "\n"))
    for _, s in ipairs(stamps) do assert.are.equal("timestamp", c[s], s) end
    -- a schedule's line is no stamp: the date must follow the time
    local plan = "09.00 WIB: Pembukaan lomba perahu hias oleh Bupati Rahmat Hidayat di tepi Danau Biru, 6 Maret 2024."
    assert.are.equal("body", classes(body .. "\n" .. plan)[plan])
  end)

  it("navigation: a tip box, a live page's buttons, a fact-check box and a channel promotion", function()
    local lines = {
      "Kunjungi laman Kabarpesisir.id untuk berita terbaru",
      "Punya informasi menarik? Hubungi kami di WhatsApp 0812-3456-7890",
      "Kirim Berita", "Perbarui halaman",
      "* Fakta atau Hoaks? Untuk mengetahui kebenaran informasi yang beredar, silakan WhatsApp ke 0812-0000-1111.",
      "Update berita lainnya di Kabarpesisir.id dan Google News", "Baca kisah inspiratif para nelayan teladan di sini",
      "Jangan lupa like dan share artikel ini ya!", "Bagikan artikel ini ke teman-temanmu",
    }
    local body = {
      "Nelayan di Pantai Sindangrasa tidak melaut selama sepekan karena gelombang tinggi, kata ketua kelompok nelayan.",
      "Kunjungi laman resmi BMKG untuk memantau perkiraan cuaca sebelum berangkat melaut, ujar Darmaji.",
      "Punya perahu sendiri, Darmaji tetap memilih menunggu cuaca membaik.",
      "Update terbaru dari petugas menyebutkan dua kapal masih berlabuh di dermaga.",
      "Baca kisah ini, kata Darmaji, agar warga paham betapa sulitnya hidup di sini",
      "Jangan lupa membawa pelampung, pesan Darmaji kepada para nelayan muda.",
    }
    local c = classes(table.concat(body, "\n") .. "\n" .. table.concat(lines, "\n"))
    for _, l in ipairs(lines) do assert.are.equal("navigation", c[l], l) end
    for _, l in ipairs(body) do assert.are.equal("body", c[l], l) end
  end)

  it("caption: lines ending with a photo credit, and (kiri)/(kanan) lines after a headline", function()
    local caps = {
      "Suasana sidang kabinet di Istana Merdeka. Foto: Setpres/Rusman",
      "Warga mengantre bantuan beras di Jakarta Utara. (ANTARA FOTO/Aditya Pradana Putra/foc)",
      "Menlu Retno Marsudi saat tiba di Brussels. (Dok. Kemlu)",
      "Petugas memadamkan api di gudang. Foto Istimewa",
      "Warga Seoul menonton siaran berita di stasiun kereta. (AFP)",
      "Pemimpin Korea Utara meninjau pabrik. (KCNA via Reuters)", "Warga antre di stasiun. (AP Photo/Lee Jin-man)",
      "SITUSKU.com/RINA KARTIKA",
    }
    local c = classes(table.concat({
      "Presiden Bertemu Perdana Menteri Jepang di Tokyo",
      "Selasa, 9 Mei 2023 14:20 WIB",
      "Presiden Joko Widodo (kiri) dan PM Fumio Kishida (kanan)",
      "TOKYO, KOMPAS.com - Presiden Joko Widodo bertemu Perdana Menteri Jepang untuk membahas kerja sama.",
      table.concat(caps, "\n"),
      "Sebelumnya, kedua pemimpin bertemu di sela KTT G20 di Bali, menurut laporan kantor berita (KCNA).",
    }, "\n"))
    assert.are.equal("caption", c["Presiden Joko Widodo (kiri) dan PM Fumio Kishida (kanan)"])
    for _, l in ipairs(caps) do assert.are.equal("caption", c[l], l) end
    -- an acronym in parentheses ending a sentence is not a photo credit
    assert.are.equal("body",
      c["Sebelumnya, kedua pemimpin bertemu di sela KTT G20 di Bali, menurut laporan kantor berita (KCNA)."])
  end)

  it("headline: a title near the top, repeated or followed by the page date or a dateline", function()
    local c = classes(table.concat({
      "Harga Emas Antam Turun Rp5.000 Hari Ini",
      "Harga Emas Antam Turun Rp5.000 Hari Ini",
      "Jakarta - Harga emas batangan produksi PT Aneka Tambang turun pada perdagangan Senin pagi ini.",
    }, "\n"))
    assert.are.equal("headline", c["Harga Emas Antam Turun Rp5.000 Hari Ini"])
    c = classes("Banjir Rendam Ribuan Rumah di Bekasi\n" ..
      "BEKASI, iNews.id - Banjir merendam ribuan rumah warga di Bekasi setelah hujan deras semalaman.")
    assert.are.equal("headline", c["Banjir Rendam Ribuan Rumah di Bekasi"])
  end)

  it("headline: a sentence-case title first on the page, above image labels, a byline and the date", function()
    local c, doc = classes(table.concat({
      "Angin kencang rusak ratusan rumah di pesisir, warga bertahan di posko",
      "Sumber gambar, Arsip Warga",
      "Keterangan gambar, Atap rumah warga terlepas diterjang angin",
      "Tim Redaksi",
      "Kabar Dunia Indonesia",
      "20 Juni 2024",
      "Angin kencang merusak ratusan rumah di pesisir barat pada Kamis dini hari, kata pejabat setempat.",
    }, "\n"))
    assert.are.equal("headline", c["Angin kencang rusak ratusan rumah di pesisir, warga bertahan di posko"])
    assert.are.equal("caption", c["Sumber gambar, Arsip Warga"])
    assert.are.equal("caption", c["Keterangan gambar, Atap rumah warga terlepas diterjang angin"])
    assert.are.equal("2024-06-20", doc:meta().published)
  end)

  it("timestamp: a byline with the page date after a bar", function()
    local c, doc = classes("Reporter : Nina Kartika | Kamis, 14 Maret 2024 10:15\n" ..
      "Bandung - Pemerintah kota menambah armada bus sekolah mulai pekan depan, kata kepala dinas.")
    assert.are.equal("timestamp", c["Reporter : Nina Kartika | Kamis, 14 Maret 2024 10:15"])
    assert.are.equal("2024-03-14T10:15", doc:meta().published)
  end)

  it("a byline with the date after a dash, a reading time, a channel with the writer's name", function()
    local c, doc = classes(table.concat({
      "Sekolah Rakyat Dibuka di Tiga Kabupaten",
      "Oleh: Dimas Prakoso - 12 Juli 2024 14:05 WIB",
      "Dibaca Normal 2 menit",
      "Pemerintah membuka sekolah rakyat di tiga kabupaten mulai tahun ajaran baru, kata pejabat dinas.",
    }, "\n"))
    assert.are.equal("timestamp", c["Oleh: Dimas Prakoso - 12 Juli 2024 14:05 WIB"])
    assert.are.equal("navigation", c["Dibaca Normal 2 menit"])
    assert.are.equal("2024-07-12T14:05", doc:meta().published)
    c, doc = classes(table.concat({
      "News - Sari Lestari, Kabar Pasar",
      "12 July 2024 10:30",
      "Jakarta, Kabar Pasar - Bank sentral menahan suku bunga acuan pada rapat bulan ini, kata gubernurnya.",
    }, "\n"))
    assert.are.equal("credit", c["News - Sari Lestari, Kabar Pasar"])
    local m = doc:meta()
    assert.same({ "Jakarta", "Kabar Pasar" }, { m.dateline, m.outlet })
  end)

  it("hashtags and tag lists", function()
    local c = classes("#pemilu2024 #jokowi\nTags: Pemilu, KPU, Bawaslu\n" ..
      "KPU menetapkan jadwal kampanye selama 75 hari mulai bulan depan, kata ketua KPU.")
    assert.are.equal("hashtags", c["#pemilu2024 #jokowi"])
    assert.are.equal("hashtags", c["Tags: Pemilu, KPU, Bawaslu"])
  end)

  it("dateline on a line of its own", function()
    local c = classes("Surabaya (ANTARA) -\nPemerintah Kota Surabaya membuka pendaftaran sekolah negeri pekan depan.")
    assert.are.equal("dateline", c["Surabaya (ANTARA) -"])
    local d = kimput.parse("Bandung, Radar Priangan --\n\n"
      .. "Warga memadati alun-alun kota untuk menyaksikan pawai budaya.")
    assert.are.equal("dateline", d:line_list()[1].class)
    assert.are.equal("Radar Priangan", d:meta().outlet)
    assert.are.equal("Bandung", d:meta().dateline)
    -- the address first, as sites that open the paragraph with "Situsbola.com, Jakarta -" write it
    d = kimput.parse("Tim Tamu Menang Tipis\nSitusbola.com, Palembang -\n"
      .. "Tim tamu menang tipis 1-0 dalam laga yang digelar di stadion kota, Minggu malam.")
    assert.are.equal("dateline", d:line_list()[2].class)
    assert.same({ "Situsbola.com", "Palembang" }, { d:meta().outlet, d:meta().dateline })
  end)

  it("no dateline in a later paragraph at a hyphen inside a name or a dash aside", function()
    for _, para in ipairs({
      "Kemudian, Wali Kota Marsela Tan-Wijaya menjamu Gubernur Dario Pranoto di balai kota.",
      "Kemudian, Wali Kota Marsela \u{2013} yang baru tiba dari Medan \u{2013} menjamu Gubernur Dario Pranoto.",
    }) do
      local text = "Wali Kota Menjamu Gubernur\n\nGubernur Dario Pranoto tiba di Kota Lamaran, Selasa (11/6/2024).\n\n"
        .. para
      local doc = kimput.parse(text, { published = "2024-06-12" })
      local m = doc:meta()
      assert.same({}, { m.dateline, m.outlet })
      assert.truthy(doc:body():find(para, 1, true))
    end
  end)

  it("navigation: a promotion of the site's WhatsApp or Telegram channel", function()
    local promo = "Simak berita pilihan kami langsung di ponselmu. Akses berita KabarKota.com WhatsApp Channel : "
      .. "https://www.whatsapp.com/channel/0029XYZ"
    local app = "Pastikan kamu sudah install aplikasi WhatsApp ya."
    local c = classes("Banjir melanda tiga kecamatan di kota itu sejak Senin malam, kata petugas.\n" .. promo
      .. "\n" .. app)
    assert.are.same({ "navigation", "navigation" }, { c[promo], c[app] })
    local advice = "Pastikan Anda sudah mengunduh aplikasi WhatsApp versi terbaru sebelum mendaftar layanan itu."
    local next_line = "\nWarga dapat mendaftar melalui nomor resmi dinas kependudukan."
    assert.are.equal("body", classes(advice .. next_line)[advice])
    local body = "Akses internet di negara itu dibatasi, dan aplikasi WhatsApp diblokir sejak tahun lalu."
    assert.are.equal("body", classes(body .. "\nWarga beralih ke layanan pesan lain yang lebih lambat.")[body])
  end)

  it("navigation: the frame of an embedded post, not a sentence about one", function()
    local frame = { "Lihat postingan ini di Instagram", "Sebuah kiriman dibagikan oleh Dinas Contoh (@dinascontoh)",
      "View this post on Instagram" }
    local para = "Banjir melanda tiga kecamatan di kota itu sejak Senin malam, kata petugas."
    local c = classes(para .. "\n" .. table.concat(frame, "\n") .. "\n" .. para)
    for _, l in ipairs(frame) do assert.are.equal("navigation", c[l], l) end
    local said = "Sebuah kiriman dibagikan oleh akun warga pada Senin dan langsung ramai dibicarakan."
    assert.are.equal("body", classes(para .. "\n" .. said)[said])
  end)

  it("keeps unknown lines of an unknown site as body", function()
    local text = table.concat({
      "Kepala desa itu mengatakan jalan rusak sudah dilaporkan sejak tahun lalu kepada dinas terkait.",
      "Menurut warga, perbaikan baru dilakukan setelah video jalan itu viral di media sosial.",
      "\"Kami hanya ingin jalan yang layak,\" ujar seorang warga bernama Tono.",
    }, "\n")
    local doc = kimput.parse(text)
    for _, _, class in doc:lines() do assert.are.equal("body", class) end
    assert.are.equal(text, doc:body())
  end)

  it("keeps the piece of a paragraph a page cut off inside its article ends with as body", function()
    local top = "Jembatan Desa Putus Diterjang Banjir\nSelasa, 12 Maret 2024 10:15 WIB\n"
      .. "SUKAMAJU, KOMPAS.com - Jembatan penghubung dua desa putus diterjang banjir pada Senin malam.\n"
      .. "Kepala desa Ahmad Fauzi mengatakan warga kini harus memutar sejauh 12 kilometer.\n"
    local function last(text)
      local class, line
      for s, e, c in kimput.parse(text):lines() do class, line = c, text:sub(s, e) end
      return class, line
    end
    assert.same({ "body", "Sete" }, { last(top .. "Sete") })
    assert.same({ "body", "Dia menambahkan" }, { last(top .. "Baca juga: Banjir Rendam 4 Desa\nDia menambahkan") })
    -- a whole line, or a link's title after the article, is what it was
    assert.same({ "navigation", "Sete" }, { last(top .. "Sete\n") })
    assert.same({ "navigation", "Banjir Rendam Empat Desa di Sukamaju" },
      { last(top .. "Banjir Rendam Empat Desa di Sukamaju") })
    -- (a sentence closing with a name inside it, many names title-cased: the article's)
    local piece = "Tidak hanya Bupati Ahmad Fauzi, Gubernur Jawa Barat Rudi Hartono juga meninjau Sukamaju. Rudi Tiba"
    assert.same({ "body", piece }, { last(top .. piece) })
    assert.same({ "navigation", "Dr. Rudi Hartono Tinjau Jembatan Putus di Sukamaju" },
      { last(top .. "Dr. Rudi Hartono Tinjau Jembatan Putus di Sukamaju") })
  end)

  it("keeps a line after the last paragraph that opens as a sentence going on as body, a line break after it too",
    function()
    local top = "Jembatan Desa Putus Diterjang Banjir\nSelasa, 12 Maret 2024 10:15 WIB\n"
      .. "SUKAMAJU, KOMPAS.com - Jembatan penghubung dua desa putus diterjang banjir pada Senin malam.\n"
      .. "Kepala desa Ahmad Fauzi mengatakan warga kini harus memutar sejauh 12 kilometer.\n"
    -- (a page cut off inside its article and saved with a last line break: "Sementara itu," is no link's title)
    local piece = "Sementara itu, Kepala Dinas Pekerjaan Umum Kota Sukamaju, Budi Santoso, SE., M"
    local doc = kimput.parse(top .. piece .. "\n")
    local class
    for _, _, c in doc:lines() do class = c end
    assert.are.equal("body", class)
    -- (a title-cased link's title stays one)
    doc = kimput.parse(top .. "Banjir Rendam Empat Desa di Sukamaju\n")
    for _, _, c in doc:lines() do class = c end
    assert.are.equal("navigation", class)
  end)
end)

describe("doc:body() and doc:body_spans()", function()
  local text = table.concat({
    "get app",
    "Menteri Keuangan Umumkan Paket Stimulus",
    "Kamis, 08 Jan 2026 07:30 WITA",
    "MAKASSAR, iNewsMakassar.id – Menteri Keuangan mengumumkan paket stimulus ekonomi senilai Rp50 triliun.",
    "Baca Juga:",
    "Rupiah Menguat di Awal Pekan",
    "Paket itu akan dicairkan mulai bulan depan untuk membantu usaha kecil. [AB]",
    "Editor : Rudi Hartono",
  }, "\n")
  local doc = kimput.parse(text)

  it("cuts the dateline and trailing initials but keeps the words of each line", function()
    assert.are.equal("Menteri Keuangan mengumumkan paket stimulus ekonomi senilai Rp50 triliun.\n" ..
      "Paket itu akan dicairkan mulai bulan depan untuk membantu usaha kecil.", doc:body())
  end)

  it("gives spans of the original text, in order", function()
    local spans = doc:body_spans()
    assert.are.equal(2, #spans)
    assert.are.equal("Menteri Keuangan mengumumkan paket stimulus ekonomi senilai Rp50 triliun.",
      text:sub(spans[1][1], spans[1][2]))
    assert.are.equal("Paket itu akan dicairkan mulai bulan depan untuk membantu usaha kecil.",
      text:sub(spans[2][1], spans[2][2]))
    assert.is_true(spans[1][2] < spans[2][1])
  end)

  it("packs the same spans for the C stages, headline included, without a table per line", function()
    local packed = require("kimput.document").spans(doc)
    assert.are.equal("userdata", type(packed))
    assert.are.equal(#doc:body_spans(), #packed)
    assert.are.equal(doc:body_spans().headline_start, packed.headline_start)
    assert.are.equal(doc:body_spans().headline_stop, packed.headline_stop)
    assert.are.equal("Menteri Keuangan Umumkan Paket Stimulus", text:sub(packed.headline_start, packed.headline_stop))
    assert.is_nil(packed.other)
    -- a C stage reads them as it reads the list of tables
    local core = require "kimput.core"
    assert.are.same(core.dates(doc, doc:body_spans(), 2026, 1, 8, false), core.dates(doc, packed, 2026, 1, 8, false))
    -- another page's spans are checked against this text
    local long = kimput.parse(("Sebuah kalimat yang cukup panjang untuk satu paragraf berita. "):rep(20))
    local short = kimput.parse("Kalimat pendek di sini saja untuk berita hari ini.")
    assert.has_error(function() core.dates(short, require("kimput.document").spans(long), 2026, 1, 8, false) end)
    local none = require("kimput.document").spans(kimput.parse(""))
    assert.are.equal(0, #none)
    assert.is_nil(none.headline_start)
  end)

  it("is the text of the body spans joined by newlines, read from the repaired text", function()
    local function joined(d)
      local parts, t = {}, d:text()
      for i, s in ipairs(d:body_spans()) do parts[i] = t:sub(s[1], s[2]) end
      return table.concat(parts, "\n")
    end
    assert.are.equal(joined(doc), doc:body())
    assert.are.equal(doc:body(), doc:body())  -- asked again: the same
    local repaired = kimput.parse("Judul Kabar Pasar\n\nHarga cabai \255 naik tajam di pasar kota pagi ini.\n\n" ..
      "Pedagang \254 mengeluhkan pasokan yang terus berkurang sejak pekan lalu.", { invalid = "replace" })
    assert.are.equal(joined(repaired), repaired:body())
    assert.truthy(repaired:body():find("\u{FFFD}", 1, true))
    assert.truthy(repaired:body():find("\nPedagang ", 1, true))
    -- a long body, then a short one: each its own text (the buffer they are joined in is reused)
    local long = kimput.parse(("Sebuah kalimat yang cukup panjang untuk satu paragraf berita.\n"):rep(40))
    local short = kimput.parse("Kalimat pendek di sini saja untuk berita hari ini.\n" ..
      "Satu lagi kalimat penutup berita ini.")
    local long_body, short_body = long:body(), short:body()
    assert.are.equal(joined(long), long_body)
    assert.are.equal(joined(short), short_body)
    assert.are.equal(40 * 62 - 1, #long_body)
  end)

  it("cuts a masthead", function()
    local d = kimput.parse("RadarKota.co.id | Wali kota meresmikan taman baru di pusat kota pada Minggu pagi.")
    assert.are.equal("Wali kota meresmikan taman baru di pusat kota pada Minggu pagi.", d:body())
    d = kimput.parse("KABARKOTA.com - Wali kota meresmikan taman baru di pusat kota pada Minggu pagi.")
    assert.are.equal("Wali kota meresmikan taman baru di pusat kota pada Minggu pagi.", d:body())
    assert.are.equal("KABARKOTA.com", d:meta().outlet)
  end)
end)

describe("bad input", function()
  it("an empty text has no lines, an empty body and no spans", function()
    local doc = kimput.parse("")
    assert.are.same({}, doc:line_list())
    assert.are.equal("", doc:body())
    assert.are.same({}, doc:body_spans())
  end)

  it("a snippet with no paragraph keeps its short lines as body", function()
    assert.are.equal("Putin\nKim Jong Un", kimput.parse("Putin\nKim Jong Un\n"):body())
  end)

  it("a page of boilerplate only has an empty body", function()
    local doc = kimput.parse("get app\nloading...\nKomentar\nBerita Terkait\n#viral\n")
    assert.are.equal("", doc:body())
    assert.are.same({}, doc:body_spans())
  end)

  it("CRLF line ends give the same lines as LF", function()
    local lf = "Judul Berita Yang Cukup Panjang\nSenin, 15 Agustus 2022 | 09:15 WIB\n" ..
      "Jakarta - Isi berita yang pertama ditulis di sini dengan kalimat lengkap.\nEditor: Budi"
    local a, b = kimput.parse(lf), kimput.parse((lf:gsub("\n", "\r\n")))
    assert.are.equal(a:body(), b:body())
    assert.are.same(a:meta(), b:meta())
  end)

  it("a very long line and a pathological line finish quickly", function()
    local long = ("kata "):rep(200000) .. "."
    local doc = kimput.parse("Judul\n" .. long .. "\n" .. ("(" ):rep(50000) .. ("a"):rep(50000))
    local t = os.clock()
    assert.are.equal(3, #doc:line_list())
    assert.is_string(doc:body())
    assert.is_table(doc:meta())
    assert.is_true(os.clock() - t < 20)
  end)

  it("NUL bytes and repaired invalid UTF-8 are ordinary characters", function()
    local doc = kimput.parse("Baca juga:\0\nHarga \255 naik tajam di pasar tradisional kota pagi ini.",
      { invalid = "replace" })
    assert.is_table(doc:line_list())
    assert.is_string(doc:body())
  end)
end)

describe("kimput.boilerplate.add", function()
  it("adds a rule that classes new lines, compiled once", function()
    -- (between paragraphs: a title-cased line opening a page without facts would be its headline)
    local text = "Hujan deras mengguyur Jakarta sejak Sabtu sore hingga Minggu dini hari tanpa henti.\n" ..
      "Saksikan pula: Video Banjir Jakarta\n" ..
      "Banjir merendam puluhan rumah di Kampung Melayu setelah hujan deras sejak Sabtu malam."
    assert.are.equal("body", classes(text)["Saksikan pula: Video Banjir Jakarta"])
    kimput.boilerplate.add { class = "related", pattern = [[^(?i:saksikan\s+pula)\s*:]] }
    assert.are.equal("related", classes(text)["Saksikan pula: Video Banjir Jakarta"])
  end)

  it("rejects a bad pattern, class or kind with a clear message", function()
    assert.has_error(function() kimput.boilerplate.add { class = "navigation", pattern = "((" } end,
      "boilerplate.add: pattern does not compile: missing closing parenthesis at offset 2: ((")
    assert.has_error(function() kimput.boilerplate.add { class = "menu", pattern = "x" } end,
      'boilerplate.add: unknown class "menu"')
    assert.has_error(function() kimput.boilerplate.add { kind = "footer", pattern = "x" } end,
      'boilerplate.add: unknown kind "footer"')
    assert.has_error(function() kimput.boilerplate.add "x" end,
      "boilerplate.add: expects a table with a string pattern")
    assert.has_error(function() kimput.boilerplate.add { class = "navigation", box = "start", pattern = "x" } end,
      'boilerplate.add: box must be "open" or "close" (got "start")')
    assert.has_error(function() kimput.boilerplate.add { class = "navigation", ends = "hard", pattern = "x" } end,
      'boilerplate.add: ends must be true or "soft" (got "hard")')
  end)
end)

describe("kimput.core.pageset", function()
  local core = kimput.core
  it("classes lines with rules of each kind and reports what they captured", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "credit", nil, "", [[^Editor:\s*(?<value>.+)$]]))
    assert.is_true(set:add("prefix", nil, nil, "", [[^(?<place>\p{Lu}+), (?<outlet>\w+\.com) - ]]))
    assert.is_true(set:add("suffix", nil, nil, "", [[ \[(?<editor>[A-Z]{2,4})\]$]]))
    assert.are.same({ 1, 1, 1 }, { set:count("line"), set:count("prefix"), set:count("suffix") })
    local text = "BANDUNG, contoh.com - Hujan deras turun sepanjang hari di kota itu. [XY]\nEditor: Sari"
    local page = core.page_classify(kimput.parse(text), set)
    assert.are.equal(2, page:count())
    local start, stop, class, rule, vs, ve = page:line(2)
    assert.are.same({ "Editor: Sari", "credit", 1, "Sari" },
      { text:sub(start, stop), class, rule, text:sub(vs, ve) })
    local line, os, oe, ps, pe, cs, ce = page:opening()
    assert.are.same({ 1, "contoh.com", "BANDUNG", "BANDUNG, contoh.com - " },
      { line, text:sub(os, oe), text:sub(ps, pe), text:sub(cs, ce) })
    local cl, es, ee = page:closing()
    assert.are.same({ 1, "XY" }, { cl, text:sub(es, ee) })
    local spans = page:body_spans()
    assert.are.equal("Hujan deras turun sepanjang hari di kota itu.", text:sub(spans[1][1], spans[1][2]))
  end)

  it("reports a pattern that does not compile, and refuses unknown kinds and classes", function()
    local set = core.pageset()
    local ok, msg, off = set:add("line", "caption", nil, "", "((")
    assert.is_nil(ok)
    assert.are.same({ "missing closing parenthesis", 2 }, { msg, off })
    assert.has_error(function() set:add("footer", "caption", nil, "", "x") end)
    assert.has_error(function() set:add("line", "menu", nil, "", "x") end)
    assert.has_error(function() set:add("line", "caption", nil, "", "\255") end)
    assert.has_error(function() set:add("scan", nil, nil, "", "\255") end)
    assert.are.same({ nil, "missing closing parenthesis", 2 }, { set:add("scan", nil, nil, "", "((") })
    assert.are.same({ 0, 0 }, { set:count("scan"), set:count("line") })  -- a failed add adds nothing
    assert.has_error(function() set:add("line", "credit", nil, "", "x", "author") end)
    assert.has_error(function() set:add("prefix", nil, nil, "", "^x", "editor") end)
  end)

  it("reads a page's facts in one call: the rules' fields, first values first, trimmed", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "credit", nil, "", [[^Penyunting:(?<value>.*)$]], "editor"))
    assert.is_true(set:add("line", "credit", nil, "", [[^Alih bahasa:\s*(?<value>.+)$]], "translator"))
    assert.is_true(set:add("line", "credit", nil, "", [[^Rujukan:\s*(?<value>.+)$]], "sources"))
    assert.is_true(set:add("line", "timestamp", nil, "", [[^Terbit \d+ \w+ \d{4}$]]))
    assert.is_true(set:add("line", "timestamp", nil, "u", [[^Diubah \d+ \w+ \d{4}$]]))
    assert.is_true(set:add("prefix", nil, nil, "", [[^(?<place>\p{Lu}+), (?<outlet>\w+\.com) - ]]))
    local text = table.concat({
      "Diubah 3 Maret 2021",
      "Terbit 2 Maret 2021",
      "Terbit 9 Maret 2021",
      "MAKASSAR, contoh.com - Panen raya dimulai pekan ini di seluruh kabupaten itu.",
      "Para petani menyambutnya dengan gembira karena harga gabah sedang naik.",
      "Penyunting:   ",
      "Penyunting:  Rina Wati ",
      "Penyunting: Dodi",
      "Alih bahasa: Tono",
      "Rujukan: Kantor Berita A, Harian B",
      "Rujukan: Majalah C",
    }, "\n")
    local page = core.page_classify(kimput.parse(text), set)
    local outlet, dateline, headline, stamp, update, editor, translator, credited, more = page:meta()
    assert.are.same(
      { "contoh.com", "MAKASSAR", "Terbit 2 Maret 2021", "Diubah 3 Maret 2021", "Rina Wati", "Tono", true },
      { outlet, dateline, stamp, update, editor, translator, more })
    assert.is_nil(headline)
    assert.are.same({ { pos = text:find("Rujukan: K", 1, true), value = "Kantor Berita A, Harian B" },
                      { pos = text:find("Rujukan: M", 1, true), value = "Majalah C" } }, credited)
    -- a page that states nothing: every value nil, no table made
    local bare = core.page_classify(kimput.parse("Hanya satu kalimat biasa tanpa keterangan apa pun di sini."), set)
    local values = table.pack(bare:meta())
    assert.are.same({ n = 11, [9] = false, [10] = values[10] }, values)
    assert.is_number(values[10])  -- the scans bits
  end)

  it("page:plain_dateline(): the shape of a place opening the first paragraph (the gazetteer asked in Lua)", function()
    local set = core.pageset()
    local function shape(text) return { core.page_classify(kimput.parse(text), set):plain_dateline() } end
    assert.same({ "Kotamulya", "Warga", true },
      shape("Kotamulya, Warga desa berkumpul di balai desa untuk rapat bersama warga lain."))
    assert.same({ "Tanjung Kota", "Dinas", false },
      shape("Tanjung Kota-Dinas kesehatan memeriksa warga di balai desa sejak pagi hari ini."))
    -- no mark after the first words, four words before it, a first line that is no paragraph: nothing
    assert.same({}, shape("Warga desa berkumpul di balai desa untuk rapat bersama warga lain pagi ini."))
    assert.same({}, shape("Kota Baru Lama Sekali, Warga desa berkumpul di balai desa untuk rapat bersama."))
    assert.same({}, shape("Pendek, Warga"))
  end)

  it("page:top(limit): the first body line and the classes above it and above the first paragraph", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "navigation", nil, "", [[^Beranda$]]))
    assert.is_true(set:add("line", "timestamp", nil, "", [[^Senin, 5 Februari 2024$]]))
    local bits = core.line_class_bits
    assert.same({ 1, 2, 4 }, { bits.body, bits.headline, bits.timestamp })
    local page = core.page_classify(kimput.parse(table.concat({ "Beranda", "Senin, 5 Februari 2024",
      "Warga desa berkumpul di balai desa untuk rapat bersama warga lain pagi ini." }, "\n")), set)
    assert.same({ 3, bits.navigation | bits.timestamp, bits.navigation | bits.timestamp }, { page:top(40) })
    assert.same({ false, bits.navigation, bits.navigation }, { page:top(1) })
    local plain = core.page_classify(
      kimput.parse("Warga desa berkumpul di balai desa untuk rapat bersama pagi ini."), set)
    assert.same({ 1, 0, 0 }, { plain:top(40) })
  end)

  it("page:line_starting(s, from, limit, min_len): the next line of the top that starts with s", function()
    local text = "Judul | Situs\nJudul\nIsi berita yang pertama ditulis di sini dengan kalimat panjang."
    local page = core.page_classify(kimput.parse(text), core.pageset())
    assert.same({ 1, 1, 13 }, { page:line_starting("Judul", 1, 12, 5) })
    assert.same({ 2, 15, 19 }, { page:line_starting("Judul", 2, 12, 5) })
    assert.same({}, { page:line_starting("Judul", 1, 12, 14) })
    assert.same({}, { page:line_starting("Judul", 2, 1, 0) })
  end)

  it("runs a scan rule in C over the body lines that hold its literals, as one flat list", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "navigation", nil, "", [[^Baca juga:]]))
    assert.is_true(set:add("scan", nil, nil, "", [[menurut (?<who>\p{Lu}\w+)(?: dan (?<who>\p{Lu}\w+))?]]))
    assert.is_true(set:require("scan", 1, "contains", { "menurut" }))
    local text = table.concat({
      "Baca juga: menurut Ani hujan turun",
      "Hujan turun deras sepanjang malam menurut Budi, dan banjir datang menurut Cici.",
      "Warga mengungsi ke balai desa sebelum pagi tiba dengan selamat semuanya.",
    }, "\n")
    local page = core.page_classify(kimput.parse(text), set)
    local found = page:scan(1, "who", "nobody")
    local budi, cici = text:find("menurut Budi", 1, true), text:find("menurut Cici", 1, true)
    assert.are.same({ budi, "Budi", budi + 8, false, false, cici, "Cici", cici + 8, false, false }, found)
    assert.has_error(function() page:scan(2) end)
    -- no line holds the literals: nil, no table
    local quiet = core.page_classify(kimput.parse("Warga mengungsi ke balai desa sebelum pagi tiba."), set)
    assert.is_nil(quiet:scan(1, "who"))
    -- page:meta()'s last value tells which scan rules may match the body:
    -- bit 1 only when a body line holds the literals ("Baca juga:" is no body line)
    assert.are.equal(1, select(10, page:meta()) & 1)
    assert.are.equal(0, select(10, quiet:meta()) & 1)
    local label = core.page_classify(kimput.parse("Baca juga: menurut Ani hujan turun\n" ..
      "Warga mengungsi ke balai desa sebelum pagi tiba dengan selamat."), set)
    assert.are.equal(0, select(10, label:meta()) & 1)
  end)

  it("gives the names of source phrases and credit lines in text order, in one call", function()
    local set = core.pageset()
    assert.is_true(set:add("line", "credit", nil, "", [[^Rujukan:\s*(?<value>.+)$]], "sources"))
    assert.is_true(set:add("scan", nil, nil, "", [[dikutip dari (?<source>\p{Lu}\w+)(?: dari (?<source2>\p{Lu}\w+))?]]))
    assert.is_true(set:add("scan", nil, nil, "", [[seperti ditulis (?<source>\p{Lu}\w+)]]))
    assert.is_true(set:require("scan", 1, "contains", { "dikutip" }))
    assert.is_true(set:require("scan", 2, "contains", { "ditulis" }))
    local text = table.concat({
      "Panen raya, seperti ditulis Lembayung, dimulai pekan ini di seluruh kabupaten itu.",
      "Rujukan: Kantor Berita A, Harian B;Majalah C / Warta D dan Kabar E",
      "Iklan",
      "Harga gabah naik, dikutip dari Pelita dari Suluh, sejak awal bulan ini di pasar.",
      "Rujukan: ,  , Koran F  dan  Koran G dan",
    }, "\n")
    local page = core.page_classify(kimput.parse(text), set)
    -- the second rule's match comes first in the text: the names are in text
    -- order, not rule order; a credit line's value is split at , ; / and "dan"
    assert.are.same({ "Lembayung", "Kantor Berita A", "Harian B", "Majalah C", "Warta D", "Kabar E",
                      "Pelita", "Suluh", "Koran F", "Koran G" }, page:sources(1, 2))
    -- a range without scan rules reads the credit lines only
    assert.are.same({ "Kantor Berita A", "Harian B", "Majalah C", "Warta D", "Kabar E", "Koran F", "Koran G" },
                    page:sources(1, 0))
    -- page:meta(true) says there are credited sources with true, and makes no table
    assert.is_true(select(8, page:meta(true)))
    local quiet = core.page_classify(kimput.parse("Warga mengungsi ke balai desa sebelum pagi tiba."), set)
    assert.is_nil(quiet:sources(1, 2))
    assert.is_nil(select(8, quiet:meta(true)))
    assert.has_error(function() page:sources(1, 3) end)
    assert.has_error(function() page:sources(0, 1) end)
    -- a credit line between two paragraphs (a table's "Sumber: BPS") names none
    local between = core.page_classify(kimput.parse((text:gsub("\nIklan\n", "\n"))), set)
    assert.are.same({ "Lembayung", "Pelita", "Suluh", "Koran F", "Koran G" }, between:sources(1, 2))
    -- page:meta with the ranges of the scan rules gives page:sources' list in place of credited
    local months = require "kimput.lexicon.months"
    assert.are.same(page:sources(1, 2), select(8, page:meta(true, months, 1, 0, 1, 2)))
    assert.are.same(page:sources(2, 2), select(8, page:meta(true, months, 1, 0, 2, 2)))
    assert.is_nil(select(8, quiet:meta(true, months, 1, 0, 1, 2)))
    assert.has_error(function() page:meta(true, months, 1, 0, 1, 3) end)
  end)

  it("takes the body's own date in page:meta when no time stamp line states one", function()
    local months = require "kimput.lexicon.months"
    local set = core.pageset()
    assert.is_true(set:add("line", "timestamp", nil, "", [[^Terbit \d+ \p{L}+ \d{4}$]]))
    local date = [[\((?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})\)]]
    assert.is_true(set:add("scan", nil, nil, "", [[dilansir \p{Lu}\w+, \p{Lu}\w+ ]] .. date))
    assert.is_true(set:require("scan", 1, "contains", { "dilansir" }))
    local body = "Hujan deras turun di kota itu, seperti dilansir Pelita, Jumat (28/7/2023) sore."
    local page = core.page_classify(kimput.parse(body), set)
    assert.are.equal("2023-07-28", page:published(1, 1, months))
    assert.are.equal("2023-07-28", select(4, page:meta(true, months, 1, 1, 2, 1)))
    assert.is_nil(select(4, page:meta(true, months)))  -- without the ranges: the stamps only
    assert.is_nil(select(4, page:meta(true, months, 1, 0, 1, 0)))
    local stamped = core.page_classify(kimput.parse("Terbit 2 Maret 2021\n" .. body), set)
    assert.are.equal("2021-03-02", select(4, stamped:meta(true, months, 1, 1, 2, 1)))
    -- its 13th value says the date is page:published()'s (the Lua layer need not ask again); a stamp's is not
    assert.is_true(select(13, page:meta(true, months, 1, 1, 2, 1)))
    assert.is_nil(select(13, stamped:meta(true, months, 1, 1, 2, 1)))
    assert.is_nil(select(13, page:meta(true, months, 1, 0, 1, 0)))
  end)

  it("reads a time stamp line's date and zone in C, as the Lua patterns did", function()
    local months = require "kimput.lexicon.months"
    local cases = {
      { "Senin, 15 Agustus 2022 | 09:15 WIB", "2022-08-15T09:15", "+07:00" },
      { "Kabarku.id, 8 April 2022, 16:33 WITA", "2022-04-08T16:33", "+08:00" },
      { "Oct 10, 2023 02:05 PM", "2023-10-10T14:05" },
      { "12 a.m. Jan 5, 2024 12:30 a.m.", "2024-01-05T00:30" },
      { "date 2025-10-02 12:05:33 +0700", "2025-10-02T12:05", "+07:00" },
      { "Rabu 5/6/2024 - 19.40 WIT", "2024-06-05T19:40", "+09:00" },
      { "10 Brumaire 2023, 5 Mei 2023", "2023-05-05" },  -- a name that is no month: the next date
      { "30 Februari 2024 10:00", nil },                  -- no such day
      { "2023-02-29", nil },
      { "Terbit 123 Mei 2024 25:10 WIBX +1500", "2024-05-23" },  -- no time past 23, no zone
      { "tanpa tanggal 12:00", nil },
    }
    for _, c in ipairs(cases) do
      assert.are.same({ c[2], c[3] }, { core.parse_stamp(c[1], months) }, c[1])
    end
    assert.is_nil(core.parse_stamp(nil, months))
    -- page:meta(true, months): the first stamp line that states a date, else the update's
    local set = core.pageset()
    assert.is_true(set:add("line", "timestamp", nil, "", [[^Terbit\b.*$]]))
    assert.is_true(set:add("line", "timestamp", nil, "u", [[^Diubah\b.*$]]))
    local function stamp(...)
      local page = core.page_classify(kimput.parse(table.concat({ ... }, "\n")), set)
      local _, _, _, published, zone, _, _, _, more = page:meta(true, months)
      return published, zone, more
    end
    assert.are.same({ "2021-03-02", nil, false }, { stamp("Terbit 2 Maret 2021", "Terbit 9 Maret 2021") })
    assert.are.same({ "2021-03-09T10:00", "+07:00", false },
                    { stamp("Diubah 1 April 2021", "Terbit kemarin", "Terbit 9 Maret 2021 10:00 WIB") })
    assert.are.same({ "2021-04-01", nil, false }, { stamp("Terbit kemarin", "Diubah 1 April 2021") })
    assert.are.same({ nil, nil, false }, { stamp("Terbit kemarin") })
  end)

  -- the date page:published() gives for scan rules 1..last of set on the lines given
  local function published_in(set, last, months, ...)
    return core.page_classify(kimput.parse(table.concat({ ... }, "\n")), set):published(1, last, months)
  end

  it("gives the date the earliest date phrase states in the body, in one call", function()
    local set = core.pageset()
    assert.is_true(set:add("scan", nil, nil, "",
      [[dilansir \w+, (?:\((?<day>\d+)/(?<month>\d+)(?:/(?<year>\d{4}))?\)]] ..
      [[|(?<day>\d+) (?<month_name>\p{L}+) (?<year>\d{4}))]]))
    assert.is_true(set:require("scan", 1, "contains", { "dilansir" }))
    local months = { maret = 3, april = 4 }
    local function published(...) return published_in(set, 1, months, ...) end
    assert.are.equal("2021-04-09", published(
      "Panen raya dimulai pekan ini, seperti dilansir Pelita, 9 April 2021 kemarin.",
      "Harga gabah naik, dilansir Suluh, (3/3/2020) di pasar kabupaten itu."))
    -- no year: XXXX for it; a month number or name that is no month, or a day
    -- past the month's end, states no date (the next match may)
    assert.are.equal("XXXX-03-05", published("Harga gabah naik, dilansir Suluh, (5/3) di pasar kabupaten itu."))
    assert.are.equal("2020-03-07", published(
      "Harga gabah naik, dilansir Suluh, (31/4/2020) lalu dilansir Pelita, 7 Maret 2020 di pasar kabupaten itu."))
    assert.is_nil(published("Harga gabah naik, dilansir Suluh, 9 Brumaire 2020 di pasar kabupaten itu."))
    assert.is_nil(published("Harga gabah naik, dilansir Suluh, (29/2/2021) di pasar kabupaten itu."))
    assert.are.equal("2020-02-29", published("Harga gabah naik, dilansir Suluh, (29/2/2020) di pasar kabupaten itu."))
    assert.is_nil(published("Warga mengungsi ke balai desa sebelum pagi tiba dengan selamat."))
    local page = core.page_classify(
      kimput.parse("Harga gabah naik, dilansir Suluh, (5/3) di pasar kabupaten itu."), set)
    assert.has_error(function() page:published(1, 1) end)  -- no month names
    assert.has_error(function() page:published(1, 2, months) end)  -- no second scan rule
  end)

  it("keeps the earliest date phrase of several rules, wherever each rule finds its own", function()
    local set = core.pageset()
    for _, verb in ipairs({ "dilansir", "mengutip" }) do
      assert.is_true(set:add("scan", nil, nil, "", verb .. [[ \w+, (?<day>\d+) (?<month_name>\p{L}+) (?<year>\d{4})]]))
      assert.is_true(set:require("scan", set:count("scan"), "contains", { verb }))
    end
    local months = { maret = 3, april = 4, mei = 5 }
    local function published(...) return published_in(set, 2, months, ...) end
    -- the second rule's date is on the first line, the first rule's below it
    assert.are.equal("2022-05-01", published(
      "Warga panen raya, mengutip Pelita, 1 Mei 2022 di desa itu.",
      "Harga gabah naik, dilansir Suluh, 2 April 2022 di pasar itu, dilansir Warta, 3 Maret 2022 pula."))
    -- in one line: the first of them, whichever rule finds it
    assert.are.equal("2022-04-02", published(
      "Harga naik, dilansir Suluh, 2 April 2022 lalu, mengutip Pelita, 1 Mei 2022 pula."))
    assert.are.equal("2022-05-01", published(
      "Harga naik, mengutip Pelita, 1 Mei 2022 lalu, dilansir Suluh, 2 April 2022 pula."))
    -- a phrase that states no date does not stop the scan
    assert.are.equal("2022-03-03", published(
      "Harga naik, mengutip Pelita, 31 April 2022 lalu.", "Harga turun, dilansir Suluh, 3 Maret 2022 pula."))
  end)
end)

describe("kimput.page.parse_stamp", function()
  local parse_stamp = require("kimput").page.parse_stamp
  it("writes the date and time with their leading zeros, and the zone a name stands for", function()
    assert.are.same({ "2022-08-05T09:05", "+07:00" }, { parse_stamp("Senin, 5 Agustus 2022 | 9:05 WIB") })
    assert.are.same({ "2024-02-01T14:05" }, { parse_stamp("Kamis, 1/2/2024 02:05 PM") })
    assert.are.same({ "0999-01-03" }, { parse_stamp("Rabu, 3 Januari 0999") })
    assert.are.same({ "2023-11-30T23:59", "+09:00" }, { parse_stamp("2023-11-30 23:59 WIT") })
    assert.are.same({}, { parse_stamp("Sabtu, 31 Juni 2023") })
  end)

  it("reads a clock time that comes before the date, and its zone", function()
    assert.are.same({ "2024-03-06T15:20", "+07:00" }, { parse_stamp("15:20 WIB, Rabu 6 Maret 2024") })
    assert.are.same({ "2024-03-06T15:20", "+07:00" }, { parse_stamp("15.20 WIB | Rabu, 06/03/2024") })
    assert.are.same({ "2024-03-04T09:05", "+08:00" }, { parse_stamp("Pukul 09.05 (WITA) - Senin, 4 Maret 2024") })
    assert.are.same({ "2024-03-12T09:15" }, { parse_stamp("12.03.2024 09:15") })
    assert.are.same({ "2024-03-12" }, { parse_stamp("12.03.2024") })
    assert.are.same({ "2024-03-06T15:20", "+07:00" }, { parse_stamp("Dipublikasikan pada 15:20 WIB, 6 Maret 2024") })
    assert.are.same({ "2024-03-12" }, { parse_stamp("Senin 12.03.2024") })
  end)

  it("reads a zone's name in any case, as a word", function()
    assert.are.same({ "2024-03-07T15:20", "+07:00" }, { parse_stamp("Kamis, 7 Maret 2024 | 15:20 Wib") })
    assert.are.same({ "2024-03-07T15:20", "+08:00" }, { parse_stamp("Kamis, 7 Maret 2024 | 15:20 wita") })
    assert.are.same({ "2024-03-07T15:20" }, { parse_stamp("Kamis, 7 Maret 2024 | 15:20 | Wibowo") })
  end)
end)

describe("line classes on real pages' shapes (end marks, lists, credited twins)", function()
  it("an end mark after the last paragraph leaves it a paragraph: ' ***', ' (***)'", function()
    for _, mark in ipairs({ " ***", " (***)", " *" }) do
      -- (a quote with few words in lower case: without its final mark, a title-cased line after the article)
      local last = "\"Termasuk menata parkir,\" ujar Sutarjo yang juga Ketua Paguyuban Pedagang Pasar Sukamaju " ..
        "Raya." .. mark
      local c = classes(table.concat({
        "Pasar Sukamaju Dibuka Kembali Usai Renovasi Dua Bulan",
        "Pemerintah kota membuka kembali Pasar Sukamaju setelah renovasi selama dua bulan, Senin pagi.",
        "Para pedagang menempati kios baru yang lebih luas dan bersih di lantai dasar pasar itu.",
        last,
        "Halaman:",
        "Editor: Nama Penyunting",
      }, "\n"))
      assert.are.equal("body", c[last], mark)
    end
  end)
end)

describe("a listicle's numbered subheadings", function()
  it("stay body between paragraphs, however long: no other article's title opens with a number", function()
    local c = classes(table.concat({
      "Tiga Kabar Terpopuler Kota Sukamaju Pekan Ini",
      "Berikut rangkuman berita terpopuler di Kota Sukamaju selama sepekan terakhir untuk pembaca.",
      "1. Pasar Baru Dibuka",
      "Pasar baru di pusat kota dibuka untuk umum sejak Senin pagi dengan ratusan kios.",
      "2. Profil 3 Camat Baru di Kabupaten Sukamaju Raya",
      "Tiga camat baru dilantik bupati di pendopo kabupaten pada Jumat sore kemarin.",
      "Mereka akan mulai bertugas di kecamatan masing-masing pekan depan.",
    }, "\n"))
    assert.are.equal("body", c["2. Profil 3 Camat Baru di Kabupaten Sukamaju Raya"])
    assert.are.equal("body", c["1. Pasar Baru Dibuka"])
  end)
end)

describe("a photo's caption shown twice", function()
  it("is a caption both times when the second adds its credit after a slash", function()
    local cap = "Warga antre membeli beras murah di halaman kantor kecamatan."
    for _, credit in ipairs({ " /Instagram/@kabarsukamaju", " /Dok. Humas Pemkot",
                              " /Nama Fotografer/Kabar Kota." }) do
      local c = classes(table.concat({
        "Pasar Murah Digelar di Kecamatan Sukamaju",
        "- 12 Maret 2024, 10:15 WIB",
        cap,
        cap .. credit,
        "Pemerintah kecamatan menggelar pasar murah untuk membantu warga menjelang bulan puasa tahun ini.",
        "Sebanyak dua ton beras disiapkan dan dijual dengan harga di bawah harga pasar.",
      }, "\n"))
      assert.are.equal("caption", c[cap], credit)
      assert.are.equal("caption", c[cap .. credit], credit)
    end
  end)

  it("stays body when what follows the slash goes on as a sentence", function()
    local line = "Harga beras naik lagi pekan ini."
    local c = classes(table.concat({
      "Pemerintah kecamatan menggelar pasar murah untuk membantu warga menjelang bulan puasa tahun ini.",
      line,
      line .. " /Warga mengeluh karena harga naik lagi.",
      "Sebanyak dua ton beras disiapkan dan dijual dengan harga di bawah harga pasar.",
    }, "\n"))
    assert.are.equal("body", c[line .. " /Warga mengeluh karena harga naik lagi."])
  end)
end)

describe("an image's placeholder", function()
  it("an <image> element left with its source is a caption, and takes the short line under it", function()
    local img = '<image>data:image/png;base64,iVBORw0KGgo" alt=""</image>'
    local cap = "Bupati meninjau jembatan yang rusak diterjang banjir. Foto: Dok. Humas"
    local c = classes(table.concat({
      "Bupati Tinjau Jembatan Rusak di Desa Sukamaju",
      img,
      cap,
      "Bupati Sukamaju meninjau jembatan desa yang rusak diterjang banjir pada Senin pagi bersama camat.",
      "Perbaikan jembatan itu dijadwalkan selesai dalam dua pekan ke depan, kata bupati kepada warga.",
    }, "\n"))
    assert.are.equal("caption", c[img])
    assert.are.equal("caption", c[cap])
    assert.are.equal("caption", classes("Paragraf pertama yang cukup panjang untuk menjadi paragraf artikel ini.\n" ..
      "<image src=\"foto.jpg\">\nParagraf kedua yang juga cukup panjang untuk menjadi paragraf artikel.")
      ['<image src="foto.jpg">'])
  end)
end)

describe("a prompt whose link the scraper lost", function()
  it("'Baca berita kami lainnya di' ends with its preposition: navigation; a sentence stays", function()
    local para = "Warga Sukamaju menggelar open house di balai desa selama dua hari untuk menyambut lebaran."
    local c = classes(table.concat({
      para,
      "Baca berita kami lainnya di",
      "Simak artikel menarik lainnya di:",
      "Baca juga berita terkait di",
      "Baca berita itu di koran pagi.",
    }, "\n"))
    assert.are.equal("body", c[para])
    assert.are.equal("navigation", c["Baca berita kami lainnya di"])
    assert.are.equal("navigation", c["Simak artikel menarik lainnya di:"])
    assert.are.equal("navigation", c["Baca juga berita terkait di"])
    assert.are.equal("body", c["Baca berita itu di koran pagi."])
  end)
end)

describe("a follow prompt that names what the reader finds", function()
  it("'Temukan Berita Terkini kami di WhatsApp Channel' is navigation, as 'Temukan juga kami di ...'", function()
    local para = "Pemerintah kota membangun jembatan baru untuk mengurangi kemacetan di pusat kota Sukamaju."
    local c = classes(table.concat({
      para,
      "Temukan Berita Terkini kami di WhatsApp Channel",
      "Temukan juga kami di Google News",
      "Temukan lokasi jembatan itu di peta kami di halaman kedua.",
    }, "\n"))
    assert.are.equal("navigation", c["Temukan Berita Terkini kami di WhatsApp Channel"])
    assert.are.equal("navigation", c["Temukan juga kami di Google News"])
    assert.are.equal("body", c["Temukan lokasi jembatan itu di peta kami di halaman kedua."])
  end)
end)

describe("a network's photo credit glued by a hyphen", function()
  it("'... di satu sisi.-NAMA/KORANKU -' closes a caption; a hyphenated word in a sentence stays", function()
    local cap = "Pekerja mengecor trotoar jembatan di sisi utara.-BUDI/KABARKU -"
    local c = classes(table.concat({
      "Pembangunan Jembatan Sukamaju Ditargetkan Selesai Tahun Ini",
      cap,
      "Pembangunan jembatan itu juga untuk memecah kepadatan lalu lintas di pusat kota, kata kepala dinas.",
      "Warga berharap jembatan itu selesai sebelum musim hujan.-red",
    }, "\n"))
    assert.are.equal("caption", c[cap])
    assert.are.equal("body", c["Warga berharap jembatan itu selesai sebelum musim hujan.-red"])
  end)
end)

describe("line classes: a WordPress caption shortcode left in the text (s17 PC)", function()
  it("'[caption id=...]' and the caption closed by '[/caption]' are captions", function()
    local open = '[caption id="attachment_1234" align="alignleft" width="300"]'
    local cap = "FOTO/Dok. Humas: Warga bergotong royong memperbaiki jalan desa, Jumat (14/5).[/caption]"
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      open, cap,
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba, kata dia kepada wartawan.",
    }, "\n"))
    assert.are.equal("caption", c[open])
    assert.are.equal("caption", c[cap])
    local tail = "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga."
    assert.are.equal("body", c[tail])
  end)
end)

describe("line classes: a teaser box of titles, each over its excerpt cut by an ellipsis (s17 PC)", function()
  it("the titles and excerpts between two excerpts are related links; the article stays body", function()
    local box = {
      "Warga Desa Sukamaju Gelar Lomba Perahu Hias",
      "SUKAMAJU, KABARKU.CO : Ratusan warga memadati tepi sungai untuk...",
      "Harga Cabai di Pasar Induk Mulai Turun",
      "SUKAMAJU, KABARKU.CO : Pedagang di pasar induk menyebut pasokan...",
      "Bupati Resmikan Jembatan Gantung Baru di Hulu",
      "SUKAMAJU, KABARKU.CO: Jembatan gantung sepanjang enam puluh meter...",
    }
    local c = classes(table.concat({
      "Warga Sukamaju Perbaiki Jalan Desa",
      "Baca juga",
      table.concat(box, "\n"),
      "SUKAMAJU, KABARKU.CO - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
    }, "\n"))
    for _, l in ipairs(box) do assert.are.equal("related", c[l], l) end
    local tail = "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga."
    assert.are.equal("body", c[tail])
  end)

  it("a subheading over a paragraph that ends with an ellipsis, once, stays body", function()
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Dana Desa Untuk Jalan",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa dan swadaya warga, dan masih banyak lagi...",
      "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba, kata dia kepada wartawan.",
    }, "\n"))
    assert.are.equal("body", c["Dana Desa Untuk Jalan"])
    assert.are.equal("body",
      c["Kepala desa mengatakan perbaikan itu dibiayai dari dana desa dan swadaya warga, dan masih banyak lagi..."])
  end)
end)

describe("line classes: an endless list's pager under the article (s17 PC)", function()
  it("'No More Posts Available.', 'No more pages to load.', 'Muat lebih banyak' are navigation", function()
    local pager = { "No More Posts Available.", "No more pages to load.", "Muat lebih banyak" }
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      table.concat(pager, "\n"),
    }, "\n"))
    for _, l in ipairs(pager) do assert.are.equal("navigation", c[l], l) end
  end)
end)

describe("PD: line classes on regional outlets' pages (s18)", function()
  it("a word closed by a comma alone on its line, over the rest of its sentence in lower case, stays body", function()
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Menurutnya,",
      "pekerjaan itu ditargetkan selesai sebelum musim hujan tiba pada akhir bulan depan.",
      "Warga berharap jalan itu segera bisa dilalui kendaraan roda empat, kata seorang warga.",
    }, "\n"))
    assert.are.equal("body", c["Menurutnya,"])
  end)
  it("a last paragraph, a quotation closed by a cue naming the speaker, then its writers' credit, is body", function()
    local last = "“Kami akan berkoordinasi dengan semua pihak terkait. Semoga kami bisa meningkatkan capaian,” " ..
      "ujar Budi. (Andi/Rudi Hartono)"
    local c = classes(table.concat({
      "Sukamaju, KabarKu.com – Wali Kota Sukamaju menghadiri serah terima jabatan kepala dinas, Kamis (3/2/2022).",
      "Wali Kota berharap kepala dinas yang baru meneruskan capaian yang sudah diraih sebelumnya, katanya.",
      last,
    }, "\n"))
    assert.are.equal("body", c[last])
  end)
  it("a theme's reading time in English and WordPress's closed comments are furniture, never the headline", function()
    local furniture = { "Read Time:52 Second", "Reading Time: 3 Minutes", "3 min read", "Comments are closed.",
      "Komentar ditutup." }
    local c, doc = classes(table.concat({
      "Views: 2",
      "Read Time:52 Second",
      "3 min read",
      "Reading Time: 3 Minutes",
      "Sukamaju, KabarKu.com – Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Comments are closed.",
      "Komentar ditutup.",
    }, "\n"))
    for _, l in ipairs(furniture) do assert.are.equal("navigation", c[l], l) end
    assert.is_nil(doc:meta().headline)
  end)
  it("a caption closed by a network's credit glued by two hyphens ('... Tahun Baru.--humas') is a caption", function()
    local caps = { "Bupati meninjau lokasi banjir di desa itu bersama camat dan kepala dinas, Senin (3/6/2024).--humas",
      "Karpet merah terbentang dari pintu gedung hingga ruang pimpinan dewan--Kabarku.com/Nama Fotografer.",
      "Warga Tak Cukup Diberi Bantuan, Harus Segera Direlokasi--Antara" }
    local aside = "Kepala desa datang ke lokasi--bersama istrinya dan kedua anaknya yang masih kecil."
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      caps[1],
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      caps[2], aside,
      "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba, kata dia kepada wartawan.",
      caps[3],
      "Warga berharap jalan itu segera bisa dilalui kendaraan roda empat, kata seorang warga.",
    }, "\n"))
    for _, l in ipairs(caps) do assert.are.equal("caption", c[l], l) end
    assert.are.equal("body", c[aside])
  end)
  it("an image's name left as hex groups (a UUID, 'scaled' after it) is an image's placeholder", function()
    local names = { "410E9721 EA81 495D AA88 F951B6F84346", "51084f89-9c65-49fd-baaa-c0a2f77fea91-scaled" }
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      names[1],
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      names[2],
      "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba, kata dia kepada wartawan.",
    }, "\n"))
    for _, l in ipairs(names) do assert.are.equal("caption", c[l], l) end
  end)
  it("a multi-page article's page counter, '2 dari 4 halaman', is navigation", function()
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "2 dari 4 halaman",
      "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba, kata dia kepada wartawan.",
    }, "\n"))
    assert.are.equal("navigation", c["2 dari 4 halaman"])
  end)
  it("'Artikel ini ditulis oleh:' alone is a credit's label, the name under it a credit", function()
    local c = classes(table.concat({
      "SUKAMAJU - Warga Desa Sukamaju bergotong royong memperbaiki jalan desa yang rusak akibat banjir.",
      "Kepala desa mengatakan perbaikan itu dibiayai dari dana desa tahun ini dan swadaya warga.",
      "Artikel ini ditulis oleh:",
      "Nama Penulis",
    }, "\n"))
    assert.are.equal("credit", c["Artikel ini ditulis oleh:"])
    assert.are.equal("credit", c["Nama Penulis"])
  end)
end)
