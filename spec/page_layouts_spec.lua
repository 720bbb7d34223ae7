-- Furniture and metadata of page layouts met on invented pages in the styles of
-- Indonesian, Malaysian and Singaporean outlets (kimput.page rules and layout facts).
local kimput = require "kimput"

local ARTICLE = {
  "JAKARTA - Polisi menahan dua pria dalam penggerebekan di sebuah rumah kos di Tebet kemarin.",
  "Kedua tersangka kini ditahan selama tujuh hari untuk penyidikan lanjutan.",
}

local function page(...)
  local lines = { ... }
  return table.concat(lines, "\n") .. "\n"
end

local function class_of(doc, text)
  for _, l in ipairs(doc:line_list()) do
    if l.text == text then return l.class end
  end
end

describe("copyright lines", function()
  it("take no outlet from the rights' own word (dilindungi, terpelihara, reserved)", function()
    for _, line in ipairs { "Hak cipta dilindungi", "Hak cipta dilindungi undang-undang", "Hak Cipta Terpelihara",
                            "Copyright reserved", "© Copyright 2024, All Rights Reserved" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], line))
      assert.is_nil(doc:meta().outlet, line)
      assert.are.equal("credit", class_of(doc, line), line)
    end
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
                                  "Hak Cipta © 2024 Kabarku.id"))
    assert.are.equal("Kabarku.id", doc:meta().outlet)
    -- (a comma after the year)
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Copyright © 2024, Kabarku.id"))
    assert.are.equal("Kabarku.id", doc:meta().outlet)
  end)
end)

describe("time stamps", function()
  it("read an at sign between the date and the clock time, with the byline before it", function()
    for _, line in ipairs { "Oleh Nama Penulis Satu - Jun 11, 2024 @ 2:05pm", "11 Jun 2024 @ 14:05",
                            "Selasa, 11 Juni 2024 @ 14:05 WIB" } do
      local doc = kimput.parse(page("Judul berita yang cukup panjang untuk halaman ini", line, ARTICLE[1],
                                    ARTICLE[2]))
      assert.are.equal("timestamp", class_of(doc, line), line)
      assert.are.equal("2024-06-11T14:05", doc:meta().published, line)
    end
  end)

  it("read a byline whose last word is glued by a hyphen to the weekday", function()
    for _, line in ipairs { "Nama Penulis Satu , Jurnalis-Rabu, 12 Maret 2025 |09:05 WIB",
                            "Nama Penulis Satu-Rabu, 12 Maret 2025 | 09:05 WIB" } do
      local doc = kimput.parse(page("Judul berita yang cukup panjang untuk halaman ini", line, ARTICLE[1],
                                    ARTICLE[2]))
      assert.are.equal("timestamp", class_of(doc, line), line)
      assert.are.equal("2025-03-12T09:05", doc:meta().published, line)
      assert.is_nil(doc:meta().outlet, line)
    end
  end)

  it("are the article's own dates inside it: a schedule's day headings and a quoted letter's date", function()
    -- a schedule under the opening: the day headings and their timed items are body, the page states no date
    local doc = kimput.parse(page("Jadwal Lengkap Turnamen Voli Antarkampung Pekan Ini",
      "KOTABARU, Kabarku.id - Turnamen voli antarkampung digelar di lapangan desa mulai akhir pekan ini.",
      "Panitia menyiapkan dua lapangan agar semua laga selesai tepat waktu.", "Jadwal Babak Penyisihan",
      "Sabtu, 12 Juli 2025", "15:00 Desa Sukamaju vs Desa Sukarame", "16:30 Desa Cibodas vs Desa Cijambu",
      "- Minggu, 13 Juli 2025", "- 15.00 WIB - Desa Mekarsari vs Desa Sindang", "Klasemen Sementara"))
    for _, line in ipairs { "Jadwal Babak Penyisihan", "Sabtu, 12 Juli 2025", "15:00 Desa Sukamaju vs Desa Sukarame",
                            "16:30 Desa Cibodas vs Desa Cijambu", "- Minggu, 13 Juli 2025",
                            "- 15.00 WIB - Desa Mekarsari vs Desa Sindang" } do
      assert.are.equal("body", class_of(doc, line), line)
    end
    assert.is_nil(doc:meta().published)
    -- a letter's date between the paragraphs quoting it
    doc = kimput.parse(page("Judul berita yang cukup panjang untuk halaman ini", "Rabu, 3 Oktober 2018 | 10:15 WIB",
      ARTICLE[1], "Berikut isi surat yang diterima kedua tersangka.", "1 Oktober 2018",
      "Kepada Saudara yang kami hormati, kami mohon kehadiran Anda di kantor kami untuk diperiksa.",
      ARTICLE[2]))
    assert.are.equal("body", class_of(doc, "1 Oktober 2018"))
    assert.are.equal("2018-10-03T10:15", doc:meta().published)
    -- a page's stamp after the article, over the links, is still furniture
    doc = kimput.parse(page("Judul berita yang cukup panjang untuk halaman ini", ARTICLE[1], ARTICLE[2],
      "Rabu, 3 Oktober 2018", "Polisi Bongkar Gudang Miras di Cibeber Kemarin Sore"))
    assert.are.equal("timestamp", class_of(doc, "Rabu, 3 Oktober 2018"))
  end)
end)

describe("captions", function()
  it("end with a dash and a photo credit without a colon", function()
    local cap = "Petugas membantu warga di Seksyen 7, Shah Alam. - Foto AGENSI/Nama Fotografer"
    local doc = kimput.parse(page("Banjir kilat landa Shah Alam, 200 warga dipindahkan", "11 Jun 2024 @ 14:05",
                                  cap, "SHAH ALAM: Seramai 200 mangsa dipindahkan ke pusat pemindahan semalam.",
                                  "Hujan lebat bermula petang menyebabkan paras air meningkat dengan cepat."))
    assert.are.equal("caption", class_of(doc, cap))
    assert.are.equal("Banjir kilat landa Shah Alam, 200 warga dipindahkan", doc:meta().headline)
  end)
end)

describe("link prompts", function()
  it("Baca juga artikel terkait ... and klik disini are no article text", function()
    local a = "Baca juga artikel terkait BANJIR atau tulisan lainnya dari Nama Penulis"
    local b = "Promo! Beasiswa penuh untuk S1 dan S2 di kampus mitra. Info lebih lanjut klik disini."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], a, b))
    assert.are.equal("navigation", class_of(doc, a))
    assert.are.equal("navigation", class_of(doc, b))
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
  end)

  it("keep a sentence that opens with Baca and goes on", function()
    local s = "Baca juga artikel terkait aturan itu sebelum mendaftar, kata petugas."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], s, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, s))
  end)
end)

describe("the page's top", function()
  it("takes one name right above the page date, under a sentence-case title, for the byline", function()
    local doc = kimput.parse(page("Berita Kota", "Singapura", "Tambang bas dan MRT naik 10 sen mulai Disember",
                                  "Nama Penulis Satu", "Jun 11, 2024 | 2:05 PM",
                                  "SINGAPURA: Tambang bas dan kereta api akan naik sebanyak 10 sen mulai Disember ini.",
                                  "Kenaikan ini lebih rendah berbanding 15 sen yang dicatatkan tahun lalu."))
    assert.are.equal("Tambang bas dan MRT naik 10 sen mulai Disember", doc:meta().headline)
    assert.are.equal("credit", class_of(doc, "Nama Penulis Satu"))
  end)

  it("keeps a headline of capitalised words above the date under a menu's short line", function()
    local doc = kimput.parse(page("Ekonomi Bisnis", "Harga Beras Naik Lagi", "Selasa, 11 Juni 2024 14:05 WIB",
                                  ARTICLE[1], ARTICLE[2]))
    assert.are.equal("Harga Beras Naik Lagi", doc:meta().headline)
  end)

  it("reads a line opening with the site's address as a masthead, not the headline", function()
    local doc = kimput.parse(page("Situs.co.id", "Beranda", "Situs.co.id Pro 1 Kota", "Nusa Tenggara Timur",
                                  "Stok Vaksin Rabies di Kota Menipis", "Oleh: Nama Penulis", "Editor: Nama Editor",
                                  "Selasa, 11 Jun 2024 14:05",
                                  "KBRN, Maumere: Dinas Pertanian melaporkan stok vaksin antirabies tinggal 500 dosis.",
                                  "Kasus gigitan anjing meningkat sejak awal tahun, kata kepala dinas itu."))
    assert.are.equal("Stok Vaksin Rabies di Kota Menipis", doc:meta().headline)
  end)
end)

describe("the opening", function()
  it("states no place when it is the outlet's name with a section ('SITUS Otomotif –' on Situs.co.id)", function()
    local doc = kimput.parse(page("SITUS.co.id", "Judul Berita Panjang Hari Ini",
                                  "SITUS Otomotif – Penjualan mobil listrik pada Mei 2024 naik dua kali lipat.",
                                  "Data asosiasi menunjukkan penjualan selama lima bulan mencapai 13.500 unit."))
    local m = doc:meta()
    assert.is_nil(m.dateline)
    assert.are.equal("SITUS.co.id", m.outlet)
  end)

  it("states no place when a site's section stands alone before the dash ('Bisnis - ')", function()
    for _, section in ipairs { "Bisnis", "EKONOMI", "Nasional" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Kamis, 11 Mei 2023 10:20 WIB",
                                    section .. " - Harga emas batangan naik Rp5.000 per gram pada Kamis pagi.",
                                    ARTICLE[2]))
      assert.is_nil(doc:meta().dateline, section)
      assert.are.equal("Harga emas batangan naik Rp5.000 per gram pada Kamis pagi.\n" .. ARTICLE[2], doc:body())
    end
  end)

  it("cuts a place closed by a period ('JAKARTA. ', 'JAKARTA. - ', 'Jakarta. - ', 'Jakarta. Dinas')", function()
    local body = "Dinas Kesehatan mencatat kasus demam berdarah naik 30 persen sejak Januari."
    for _, opening in ipairs { "JAKARTA. ", "JAKARTA. - ", "Jakarta. – ", "KOTA BUNGA. " } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", opening .. body, ARTICLE[2]))
      assert.are.equal(body .. "\n" .. ARTICLE[2], doc:body(), opening)
      assert.are.equal(opening:find("BUNGA") and "Kota Bunga" or "Jakarta", doc:meta().dateline, opening)
    end
    -- in title case before the sentence's first word too: "Jakarta. Dinas ...", "Kota Bunga. Dinas ..."
    for _, place in ipairs { "Jakarta", "Kota Bunga" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", place .. ". " .. body, ARTICLE[2]))
      assert.are.equal(body .. "\n" .. ARTICLE[2], doc:body(), place)
      assert.are.equal(place, doc:meta().dateline, place)
    end
    -- an en or em dash glued to the place and the sentence: "JAKARTA—Dinas ...", "Jakarta–Dinas ..."
    for _, opening in ipairs { "JAKARTA—", "Jakarta–" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", opening .. body, ARTICLE[2]))
      assert.are.equal(body .. "\n" .. ARTICLE[2], doc:body(), opening)
      assert.are.equal("Jakarta", doc:meta().dateline, opening)
    end
    -- a title's short form opens a sentence ("Dr. Nama", "PROF. Nama", "Prof. Nama", "Drs. Nama")
    for _, first in ipairs { "Dr. Budi Santoso mengatakan kasus demam berdarah naik 30 persen sejak Januari.",
                             "Prof. Budi Santoso mengatakan kasus demam berdarah naik 30 persen sejak Januari.",
                             "Drs. Budi Santoso mengatakan kasus demam berdarah naik 30 persen sejak Januari.",
                             "PROF. Budi Santoso mengatakan kasus demam berdarah naik 30 persen sejak Januari." } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", first, ARTICLE[2]))
      assert.are.equal(first .. "\n" .. ARTICLE[2], doc:body())
      assert.is_nil(doc:meta().dateline)
    end
  end)
end)

describe("after the article", function()
  it("takes lower-case tags for links, whatever their length", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "harga cabai",
                                  "pasar induk kramat jati", "operasi pasar murah jelang idul adha"))
    assert.are.equal("navigation", class_of(doc, "pasar induk kramat jati"))
    assert.are.equal("navigation", class_of(doc, "operasi pasar murah jelang idul adha"))
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
  end)

  it("keeps the article's own list and a cut last sentence, however many names they hold", function()
    -- an intro with names ("Berikut jadwal ... Piala Desa 2018:") and its items opening with a date past a dash
    local items = { "- 9 November 2018 Sukamaju Vs Sukarame (Lapangan Desa, Sukamaju)",
                    "- 13 November 2018 Cibodas Vs Cijambu (Gedung Olahraga, Ci" }
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
                                  "Berikut jadwal Tim Sukamaju di Piala Desa 2018:", items[1], items[2]):sub(1, -2))
    for _, line in ipairs { "Berikut jadwal Tim Sukamaju di Piala Desa 2018:", items[1], items[2] } do
      assert.are.equal("body", class_of(doc, line), line)
    end
    -- bulleted labels and their values under the intro, however title-cased ("- Menteri X: Nama Orang")
    local posts = { "- Menteri Sosial: Nama Satu Orang", "- Menteri Pariwisata dan Ekonomi Kreatif: Nama Dua Orang" }
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
                            "Berikut para menteri baru kabinet itu:", posts[1], posts[2]):sub(1, -2))
    assert.are.same({ "body", "body" }, { class_of(doc, posts[1]), class_of(doc, posts[2]) })
    -- a schedule's items opening with a weekday and its date, under a title-cased heading
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
                            "Jadwal Tim Sukamaju di Piala Desa", "Selasa (13/11/2018) Sukamaju Vs Sukarame",
                            "- Sabtu, 17 November 2018 Cibodas Vs Sukamaju"))
    assert.are.equal("body", class_of(doc, "Selasa (13/11/2018) Sukamaju Vs Sukarame"))
    assert.are.equal("body", class_of(doc, "- Sabtu, 17 November 2018 Cibodas Vs Sukamaju"))
    -- a paper's e-paper button between paragraphs
    for _, button in ipairs { "Baca Koran", "E-Paper", "Koran Digital" } do
      doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], button, ARTICLE[2]))
      assert.are.equal("navigation", class_of(doc, button), button)
    end
    -- a cut last line holding a sentence's end is the article going on; a link's title stays a link
    local cut = "Pertemuan Pertama Sukamaju Kontra Sukarame Terjadi pada 21 November 2010. Ketika Itu, Tim Mer"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], cut):sub(1, -2))
    assert.are.equal("body", class_of(doc, cut))
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
                            "Dr. Nama Dilantik Jadi Kepala Dinas Kesehatan Kota Sukamaju"):sub(1, -2))
    assert.are.equal("navigation", class_of(doc, "Dr. Nama Dilantik Jadi Kepala Dinas Kesehatan Kota Sukamaju"))
    -- a cut line opening as a sentence goes on ("Sementara itu, ..."), however title-cased; a short label with its
    -- colon closing the page is no piece of a sentence
    cut = "Sementara itu, Wali Kota Sukamaju Nama Lengkap sedang berada di Jakart"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], cut):sub(1, -2))
    assert.are.equal("body", class_of(doc, cut))
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Cek Berita di Google News",
                            "Sumber:"):sub(1, -2))
    assert.are.equal("navigation", class_of(doc, "Sumber:"))
    -- a cut line inside a bracket it opened; a whole link's title with its brackets stays a link
    cut = "Kepala Dinas Kesehatan ( bidang pencegahan"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], cut):sub(1, -2))
    assert.are.equal("body", class_of(doc, cut))
    local link = "Dr. Nama Dilantik Jadi Kepala Dinas Kesehatan (Dinkes) Kota Sukamaju"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], link):sub(1, -2))
    assert.are.equal("navigation", class_of(doc, link))
    -- so is one cut inside the quotation it opens; a link's title quoting whole stays a link
    for _, q in ipairs { "\u{201C}Rapat Koordinasi Ini", '"Rapat Koordinasi Ini' } do
      doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], q):sub(1, -2))
      assert.are.equal("body", class_of(doc, q), q)
    end
    link = "\u{201C}Kami Siap Bertanding\u{201D} Kata Pelatih Tim Sukamaju"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], link):sub(1, -2))
    assert.are.equal("navigation", class_of(doc, link))
  end)
end)

describe("lines of an image and a video", function()
  it("an image's address broken after its scheme is a caption, not the article's first line", function()
    local url = "https: img.situs.com/content/2024/06/12/45/3019000/jadwal.jpg"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Rabu, 12 Juni 2024 |10:05 WIB", url,
                                  "JADWAL liga musim depan resmi dirilis pada Selasa 18 Juni 2024 oleh operator.",
                                  "Musim baru akan berakhir pada 25 Mei 2025, kata operator liga."))
    assert.are.equal("caption", class_of(doc, url))
  end)

  it("a reader asked whether they watched the video below is a prompt", function()
    local q = "Kamu Sudah Menonton Video Terbaru Berikut ini?"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2] .. " (abc/situs)", q))
    assert.are.equal("navigation", class_of(doc, q))
    assert.are.equal("abc/situs", doc:meta().editor)
  end)
end)

describe("Malay labels and follow prompts", function()
  it("reads 'Disiarkan pada:' as a time stamp's label", function()
    local stamp = "Disiarkan pada: Jun 12, 2024 @ 9:12am"
    local doc = kimput.parse(page("Lelaki maut motosikal terbabas di jalan negeri", "Oleh Nama Penulis", stamp,
                                  "Kota Bharu: Seorang lelaki maut selepas motosikalnya terbabas malam tadi.",
                                  "Mayat mangsa dihantar ke hospital untuk bedah siasat, kata polis."))
    assert.are.equal("timestamp", class_of(doc, stamp))
    assert.are.equal("2024-06-12T09:12", doc:meta().published)
  end)

  it("takes 'Ikuti perkembangan berita ini di situsku' for a prompt", function()
    local p = "Ikuti perkembangan berita ini di situsku"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], p))
    assert.are.equal("navigation", class_of(doc, p))
  end)
end)

describe("promotions and sponsors between or after paragraphs", function()
  it("takes a sponsor's note, an app's store, a newsletter and a partner's label for no article text", function()
    local lines = {
      ["Konten ini disponsori oleh Bank Sejahtera"] = "credit",
      ["Artikel ini didukung oleh PT Sinar Tekno."] = "credit",
      ["Baca berita lainnya di aplikasi Wartaku. Unduh sekarang di Play Store dan App Store."] = "navigation",
      ["Unduh aplikasi Wartaku di Google Play Store"] = "navigation",
      ["Daftar newsletter Wartaku dan dapatkan berita pilihan setiap pagi."] = "navigation",
      ["PARTNER CONTENT"] = "navigation",
      ["Jangan lewatkan berita penting lainnya, ikuti kami di Instagram @wartaku"] = "navigation",
      ["Halaman selanjutnya: Jangan Bawa Anak Kecil Terlalu Jauh"] = "related",
      ["Halaman berikutnya >>"] = "navigation",
    }
    for line, class in pairs(lines) do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], line, ARTICLE[2]))
      assert.are.equal(class, class_of(doc, line), line)
      assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body(), line)
    end
  end)

  it("keeps sentences about an app, a list or a sponsor", function()
    for _, line in ipairs { "Aplikasi itu bisa diunduh di Play Store dan App Store mulai pekan depan.",
                            "Baca aturan lengkapnya di aplikasi, kata dia, sebelum mengunduh dari Play Store.",
                            "Daftar penerima bantuan diumumkan lewat newsletter dinas setiap bulan.",
                            "Konten itu disponsori oleh sebuah bank, kata dia." } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], line, ARTICLE[2]))
      assert.are.equal("body", class_of(doc, line), line)
    end
  end)
end)

describe("an English-language page's credits", function()
  it("reads 'Writer: A | Editor: B' for the editor and 'Source: X' for a source", function()
    local doc = kimput.parse(page("Jakarta Launches Electric Bus Route to Airport",
                                  "Published: 10/05/2023, 09:15 WIB", "Writer: Nadia Putri | Editor: Michael Tan",
                                  "JAKARTA - The bus operator launched its first electric bus route on Wednesday.",
                                  "A one-way ticket costs Rp35,000, payable with electronic money cards.",
                                  "Source: Kabar Asia Weekly"))
    local m = doc:meta()
    assert.are.equal("Michael Tan", m.editor)
    assert.are.same({ "Kabar Asia Weekly" }, m.sources)
    assert.are.equal("credit", class_of(doc, "Writer: Nadia Putri | Editor: Michael Tan"))
  end)
end)

describe("a press release's closing blocks", function()
  it("takes the company's profile under 'Tentang X' and the contact under its label for no article text", function()
    local doc = kimput.parse(page("PT Kota Digital Luncurkan Layanan Pembayaran untuk UMKM",
      "Jakarta, 12 Mei 2023 - PT Kota Digital Nusantara meluncurkan layanan pembayaran untuk usaha kecil.",
      "Layanan itu memungkinkan pedagang menerima pembayaran dengan kode QR tanpa biaya bulanan.",
      "Pedagang cukup mendaftar melalui aplikasi dan mengunggah foto kartu identitas.",
      "Tentang PT Kota Digital Nusantara",
      "PT Kota Digital Nusantara adalah perusahaan teknologi finansial yang didirikan pada 2015 di Jakarta.",
      "Untuk informasi lebih lanjut, hubungi:", "Nama Humas", "humas@kotadigital.co.id"))
    assert.are.equal("PT Kota Digital Nusantara meluncurkan layanan pembayaran untuk usaha kecil.\n" ..
      "Layanan itu memungkinkan pedagang menerima pembayaran dengan kode QR tanpa biaya bulanan.\n" ..
      "Pedagang cukup mendaftar melalui aplikasi dan mengunggah foto kartu identitas.", doc:body())
    assert.are.equal("navigation", class_of(doc, "Tentang PT Kota Digital Nusantara"))
    -- another name than a company's takes the paragraph under it, no more (an explainer's subheading may read so)
    doc = kimput.parse(page("Tips Merawat Tanaman Hias di Musim Hujan", ARTICLE[1], ARTICLE[2],
      "Tentang Surya Cerah Energi", "Surya Cerah Energi adalah pengembang energi terbarukan sejak 2017.",
      "Tanaman ini juga mudah diperbanyak dengan setek batang."))
    assert.are.equal("navigation", class_of(doc, "Surya Cerah Energi adalah pengembang energi terbarukan sejak 2017."))
    assert.are.equal("body", class_of(doc, "Tanaman ini juga mudah diperbanyak dengan setek batang."))
    -- a footer's "Tentang Kami" ends nothing new: it was a link already
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Tentang Kami", "Kontak"))
    assert.are.equal("navigation", class_of(doc, "Tentang Kami"))
  end)
end)

describe("a page title with the site's name", function()
  it("drops the suffix when the title stands alone at the top too, and takes it for the outlet", function()
    local doc = kimput.parse(page("Pasar Murah Dibuka di Sembilan Kecamatan | Warta Sukamaju",
                                  "Home > Regional > Jawa Tengah", "Pasar Murah Dibuka di Sembilan Kecamatan",
                                  "Selasa, 09 Mei 2023 | 14:30 WIB", ARTICLE[1], ARTICLE[2]))
    local m = doc:meta()
    assert.are.same({ "Pasar Murah Dibuka di Sembilan Kecamatan", "Warta Sukamaju" }, { m.headline, m.outlet })
    -- a section is no site's name; a title alone keeps its dash
    doc = kimput.parse(page("Pasar Murah Dibuka di Sembilan Kecamatan | Ekonomi",
                            "Pasar Murah Dibuka di Sembilan Kecamatan", "Selasa, 09 Mei 2023 | 14:30 WIB",
                            ARTICLE[1], ARTICLE[2]))
    assert.are.same({ "Pasar Murah Dibuka di Sembilan Kecamatan" }, { doc:meta().headline, doc:meta().outlet })
    doc = kimput.parse(page("Jokowi - Prabowo Bertemu di Istana Bogor", "Selasa, 09 Mei 2023 | 14:30 WIB",
                            ARTICLE[1], ARTICLE[2]))
    assert.are.same({ "Jokowi - Prabowo Bertemu di Istana Bogor" }, { doc:meta().headline, doc:meta().outlet })
  end)

  it("takes the suffix for the outlet when the title alone under a menu is the headline", function()
    local title = "Pemkab Sukamaju Bangun Jembatan Darurat untuk Siswa"
    local doc = kimput.parse(page(title .. " | Warta Asia", "Beranda", "Daerah", title,
                                  "Kamis, 5 Februari 2026 10:15 WIB", ARTICLE[1], ARTICLE[2]))
    assert.are.same({ title, "Warta Asia" }, { doc:meta().headline, doc:meta().outlet })
    -- the page date after the title names no site
    doc = kimput.parse(page(title .. " | Kamis, 5 Februari 2026", "Beranda", "Daerah", title,
                            ARTICLE[1], ARTICLE[2]))
    assert.are.same({ title }, { doc:meta().headline, doc:meta().outlet })
  end)
end)

describe("a reader poll", function()
  it("takes the question under the poll's label for furniture, not a paragraph under a subheading", function()
    local q = "Setujukah Anda dengan larangan merokok di tempat umum?"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Polling", q, "Setuju",
                                  "Tidak setuju", "Vote"))
    assert.are.equal("navigation", class_of(doc, q))
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
    local p = "Survei lembaga itu menunjukkan 60 persen responden setuju dengan larangan tersebut."
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], "Jajak Pendapat", p, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, p))
  end)

  it("with no label: a question to the reader closing the page, its short options under it", function()
    local body = ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2]
    for _, q in ipairs { "Menurut Anda, apakah hukuman bagi pelaku sudah cukup berat?",
                         "Setujukah kamu dengan penahanan kedua tersangka?" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], q, "Ya, setuju",
                                    "Belum, masih terlalu ringan", "Tidak tahu", "Lihat hasil"))
      assert.are.equal("navigation", class_of(doc, q), q)
      assert.are.equal("navigation", class_of(doc, "Belum, masih terlalu ringan"), q)
      assert.are.equal(body, doc:body(), q)
    end
    -- a closing question with the page's tags under it stays the article's
    local closer = "Apakah Anda juga merasakan dampak kenaikan harga di daerah Anda?"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], closer, "harga cabai",
                                  "pasar tradisional", "inflasi pangan"))
    assert.are.equal("body", class_of(doc, closer))
    -- a question the article asks, its own list under it and a paragraph after: the article's
    local q = "Lalu, apa yang bisa Anda lakukan untuk berhemat?"
    local last = "Ketiga cara itu bisa menghemat belanja dapur hingga 20 persen per bulan."
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], q, "Belanja di pasar murah",
                                  "Menanam cabai sendiri", "Mengganti dengan cabai kering", last))
    assert.are.same({ "body", "body", "body" },
      { class_of(doc, q), class_of(doc, "Menanam cabai sendiri"), class_of(doc, last) })
  end)
end)

describe("furniture between paragraphs", function()
  it("an advert's script, a pager's buttons and 'Bacaan Terkait' are navigation", function()
    local body = ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2]
    for _, line in ipairs { "(adsbygoogle = window.adsbygoogle || []).push({});",
                            "googletag.cmd.push(function() { googletag.display('div-gpt-ad-1'); });",
                            "Next Page", "« Previous Post", "Bacaan Terkait",
                            "Refresh halaman ini untuk mendapatkan update terbaru." } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], line, ARTICLE[2]))
      assert.are.equal("navigation", class_of(doc, line), line)
      assert.are.equal(body, doc:body(), line)
    end
    -- a sentence about a page stays
    local s = "Pengunjung bisa membuka halaman berikutnya di situs resmi pemerintah kota."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], s, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, s))
  end)
end)

describe("under the article", function()
  it("thanks naming the outlet and a reader's piece's note are furniture", function()
    local body = ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2]
    for line, class in pairs {
      ["Terima kasih telah membaca Kabarkota. Mari bergabung di grup Telegram kami untuk kabar baru."] = "navigation",
      ["Terima kasih sudah membaca Kabarkota.id!"] = "navigation",
      ["Artikel ini merupakan kiriman pembaca, isi sepenuhnya menjadi tanggung jawab penulis."] = "credit",
    } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], line))
      assert.are.equal(class, class_of(doc, line), line)
      assert.are.equal(body, doc:body(), line)
    end
    -- thanks for reading something else is a sentence
    local s = "Terima kasih telah membaca Al-Quran bersama anak-anak setiap sore, kata dia."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], s))
    assert.are.equal("body", class_of(doc, s))
  end)
end)

describe("a next article appended under the article", function()
  local nxt = { "Artikel Selanjutnya", "Dua Jembatan Desa Rusak Diterjang Banjir Bandang",
    "Kamis, 5 Februari 2026 08:30 WIB",
    "SUKAMAJU, Kabarkota.id - Dua jembatan desa rusak diterjang banjir bandang pada Rabu malam.",
    "Warga kini harus memutar sejauh lima kilometer untuk menuju pusat kecamatan." }
  it("is furniture from its title on, when it has its own page date and opening", function()
    local lines = { "Judul Berita Panjang Hari Ini", "Kamis, 5 Februari 2026 10:00 WIB", ARTICLE[1], ARTICLE[2],
      "Editor: Nama Editor" }
    for _, l in ipairs(nxt) do lines[#lines + 1] = l end
    local doc = kimput.parse(page(table.unpack(lines)))
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
    assert.are.same({ "Judul Berita Panjang Hari Ini", "2026-02-05T10:00", "Nama Editor" },
      { doc:meta().headline, doc:meta().published, doc:meta().editor })
  end)
  it("a multi-page article's next page (its title and date again, no opening) stays", function()
    local more = "Panitia menyebut stok akan ditambah jika antrean terus memanjang hingga akhir pekan ini."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Kamis, 5 Februari 2026 10:00 WIB", ARTICLE[1],
      ARTICLE[2], "Halaman 2", "Judul Berita Panjang Hari Ini", "Kamis, 5 Februari 2026 10:00 WIB", more, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, more))
  end)
end)

describe("a photo's credit alone on its line", function()
  local caption = "Jalan berlubang di desa itu yang kerap memakan korban pengendara motor"
  local credit = "Foto: Kabarkota.id/Nama Fotografer"
  local body = ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2]
  it("goes with the caption above it, else the caption under it", function()
    for _, lines in ipairs { { caption, credit }, { credit, caption } } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], lines[1], lines[2], ARTICLE[2]))
      assert.are.same({ "caption", "caption" }, { class_of(doc, caption), class_of(doc, credit) })
      assert.are.equal(body, doc:body())
    end
    -- the outlet's address and the photographer in capitals, alone under the caption
    local caps = "KABARKOTA.COM/NAMA FOTOGRAFER"
    local d = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], caption, caps, ARTICLE[2]))
    assert.are.same({ "caption", "caption" }, { class_of(d, caption), class_of(d, caps) })
    -- title-cased, it is no paragraph either
    local titled = "Kabarkota.co/Nama Fotografer"
    d = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], titled, ARTICLE[2]))
    assert.are.equal("caption", class_of(d, titled))
    assert.are.equal(body, d:body())
    -- a title-cased subheading under the credit stays the article's
    local sub = "Perbaikan Jalan Menunggu Anggaran"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], caption, credit, sub, ARTICLE[2]))
    assert.are.same({ "caption", "body" }, { class_of(doc, caption), class_of(doc, sub) })
  end)
end)

describe("a byline with the site after a dash", function()
  it("is a credit naming the outlet ('Oleh: Nama - situsJabar', 'Oleh Nama - Situs.com')", function()
    for line, outlet in pairs { ["Oleh: Rizal Maulana - situsJabar"] = "situsJabar",
                                ["Oleh Rina Kartika - WartaKota.com"] = "WartaKota.com" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Kamis, 1 Juni 2023 / 10:15 WIB", line,
                                    "Majalengka - Kecelakaan beruntun terjadi di tol pada Kamis.", ARTICLE[2]))
      assert.are.equal("credit", class_of(doc, line), line)
      assert.are.equal(outlet, doc:meta().outlet, line)
    end
  end)
end)

describe("a blog platform's sharing and comment furniture", function()
  it("is navigation, in English and Indonesian, and the posts under 'Related' are related headlines", function()
    local furniture = { "Share this:", "Like this:", "Bagikan ini:", "Leave a Reply Cancel reply",
                        "Tinggalkan Balasan Batalkan balasan", "Your email address will not be published.",
                        "Your email address will not be published. Required fields are marked *",
                        "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
                        "Simpan nama, email, dan situs web saya pada peramban ini untuk komentar saya berikutnya.",
                        "Post Comment", "Kirim Komentar", "Tidak ada komentar:", "Posting Komentar",
                        "Posting Lebih Baru", "Posting Lama", "No comments:" }
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Related",
                                  "Polisi Bongkar Gudang Miras di Cibeber", table.unpack(furniture)))
    for _, line in ipairs(furniture) do assert.are.equal("navigation", class_of(doc, line), line) end
    assert.are.equal("related", class_of(doc, "Polisi Bongkar Gudang Miras di Cibeber"))
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("an advert's empty slot", function()
  it("is navigation with its size or a slot word, between paragraphs; a sentence about banners stays", function()
    for _, line in ipairs { "300 x 250 AD PLACEMENT", "728x90 Ad Space", "Ads Slot 970 x 90", "Banner 300x250",
                            "Iklan 336 × 280", "Ad placement" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], line, ARTICLE[2]))
      assert.are.equal("navigation", class_of(doc, line), line)
      assert.are.equal("body", class_of(doc, ARTICLE[2]), line)
    end
    local said = "Banner ucapan dipasang di sepanjang jalan menuju lokasi acara."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], said, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, said))
  end)
end)

describe("a bare byline label over the title", function()
  it("leaves the title its own when the line reads as a title, not names ('oleh' whose name the page lost)", function()
    local title = "Wali Kota: Peran Warga Sangat Penting dalam Kemajuan Daerah"
    local doc = kimput.parse(page("oleh", "", title, "", ARTICLE[1], ARTICLE[2]))
    assert.are.equal("credit", class_of(doc, "oleh"))
    assert.are.equal("headline", class_of(doc, title))
    assert.are.equal(title, doc:meta().headline)
    -- names under the label stay its value, with their joiners
    for _, names in ipairs { "Nama Penulis Satu", "Ahmad bin Abdullah", "Nama Satu, Nama Dua dan Nama Tiga" } do
      doc = kimput.parse(page("Judul Berita Panjang Hari Ini Sekali", "Penulis", names, ARTICLE[1], ARTICLE[2]))
      assert.are.equal("credit", class_of(doc, names), names)
    end
  end)
end)

describe("a title-shaped line holding a web address", function()
  it("is no headline: a widget's credit above the page date, the post's title under it", function()
    local title = "Warga Dua Desa Terima Bantuan Sembako dari Pemkab"
    local doc = kimput.parse(page("Kabar Desa Kita", "Data Cuaca Dari Situs Cuaca: https://cuaca.example.id",
                                  "Selasa, 23 Juni 2020", title, ARTICLE[1], ARTICLE[2]))
    assert.are.equal(title, doc:meta().headline)
    assert.are.equal("headline", class_of(doc, title))
  end)
end)

describe("a photo's place and day with no final period", function()
  it("is a caption, but a quotation closed by its cue and its day is the article's speech", function()
    local caption = "Warga mengungsi di balai desa, Selasa (12/3/2024)"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], caption, ARTICLE[2]))
    assert.are.equal("caption", class_of(doc, caption))
    for _, said in ipairs { '"Kami tegas dan profesional dalam kasus ini," ujar Budi, Senin (1/3/2021)',
                            "“Semua saksi sudah kami periksa,” kata Kapolres, Selasa (2/3/2021)",
                            '"Apakah ini adil?" tanya warga itu, Rabu (3/3/2021)' } do
      doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], said, ARTICLE[2]),
                         { published = "2021-03-04" })
      assert.are.equal("body", class_of(doc, said), said)
      local q = doc:quotes()[1]
      assert.are.equal("direct", q and q.kind, said)
    end
  end)
end)

describe("a regional site's share bar, related list, reuse notice and channel prompt", function()
  it("are furniture: platform names alone, titles closed by periods under a list's label, the broken notice", function()
    local top = "Pasar Murah Dibuka di Alun-alun Kota"
    local bar1, bar2 = "facebook x whatsapp telegram salin", "icon facebook icon x icon whatsapp"
    local rel1 = "Pemkab Sukamaju Buka Pelatihan Kerja bagi Lulusan Sekolah Kejuruan."
    local rel2 = "Bantuan Benih untuk Petani, Dinas Pertanian Mekarsari Turun ke Desa."
    local notice1 = "Dilarang mengutip dan/atau menyiarkan kembali isi berita ini"
    local notice2 = "untuk kepentingan komersial apa pun tanpa izin tertulis dari redaksi."
    local doc = kimput.parse(page(top, "Senin, 4 Maret 2024 - 10:05 WIB", bar1, bar2, ARTICLE[1], ARTICLE[2],
                                  notice1, notice2, "Berita Terkait", rel1, rel2))
    assert.are.same({ "navigation", "navigation", "navigation", "navigation", "related", "related" },
                    { class_of(doc, bar1), class_of(doc, bar2), class_of(doc, notice1), class_of(doc, notice2),
                      class_of(doc, rel1), class_of(doc, rel2) })
    assert.are.equal(ARTICLE[1]:gsub("^JAKARTA %- ", "") .. "\n" .. ARTICLE[2], doc:body())
    -- a channel's prompt opened by a symbol is no headline
    local promo = "🔔 Gabung saluran WhatsApp kami untuk kabar terbaru setiap hari!"
    doc = kimput.parse(page(promo, "Join WhatsApp", ARTICLE[1], ARTICLE[2]))
    assert.are.same({ "navigation" }, { class_of(doc, promo), doc:meta().headline })
    -- sentences stay: a reporter barred without the desk's leave, platforms named in a sentence, a paragraph
    -- under the label that is no title
    local s1 = "Wartawan dilarang meliput di dalam gudang tanpa izin redaksi dan panitia, kata dia."
    local s2 = "Ia menyebut Facebook, Twitter, dan Instagram dipakai untuk mengumumkan jadwal."
    local s3 = "Warga mulai mengantre sejak pagi untuk membeli beras dan gula dengan harga lebih rendah."
    doc = kimput.parse(page(top, ARTICLE[1], s1, s2, "Berita Terkait", s3, ARTICLE[2]))
    assert.are.same({ "body", "body", "body" }, { class_of(doc, s1), class_of(doc, s2), class_of(doc, s3) })
  end)
end)

describe("the page's top with a date of today or an address opening a cut first line", function()
  it("finds the title between today's date and its stamp, and the title over a caption above the address", function()
    local title = "Jelang Pemilu, Kominfo Latih Relawan Desa"
    local doc = kimput.parse(page("Kamis, 7 Maret 2024", "", title, "", "- Selasa, 12 Juni 2018 | 09:30 WIB", "",
                                  ARTICLE[1], ARTICLE[2], "Terkini", "Pasar Murah Dibuka di Alun-alun Sukamaju",
                                  "Senin, 28 November 2022 | 16:01 WIB"))
    local m = doc:meta()
    assert.are.same({ title, "2018-06-12T09:30", "headline" }, { m.headline, m.published, class_of(doc, title) })
    -- no page date: the title, a photo's caption closed by its credit, then the address opening a first line cut
    -- before its period (title-cased, yet no headline)
    local head = "Kepala Dinas Sukamaju Diperiksa Jaksa Soal Dana Hibah Sekolah"
    local cap = "Jaksa Periksa Kepala Dinas Sukamaju di Kantor Kejaksaan Negeri-Ist-"
    local first = "kabarsukamaju.bacaberita.co - Kepala Dinas Pendidikan Sukamaju Hendra Wiratama dan Bendahara "
      .. "Dinas Budi Santoso"
    doc = kimput.parse(page(head, cap, first, ARTICLE[2]))
    m = doc:meta()
    assert.are.same({ head, "kabarsukamaju.bacaberita.co", "caption" }, { m.headline, m.outlet, class_of(doc, cap) })
    assert.are.equal(first:gsub("^%S+ %- ", "") .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a page cut inside its last paragraph", function()
  it("keeps a title-cased piece whose clause's comma stands between words in lower case", function()
    local cut = "Kapolres Sukamaju AKBP Hendra Wiratama Sitompul menegaskan, pihaknya akan m"
    local doc = kimput.parse(table.concat({ "Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], cut }, "\n"))
    assert.are.equal("body", class_of(doc, cut))
    -- a title-cased link's title with a comma stays a link
    local link = "Harga Cabai Naik Tajam, Pedagang Pasar Sukamaju Mengeluh"
    doc = kimput.parse(table.concat({ "Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], link }, "\n"))
    assert.are_not.equal("body", class_of(doc, link))
  end)
end)

describe("a menu of sections in capitals parted by bars", function()
  it("is navigation, no headline: the title under the page date is", function()
    local menu = "NASIONAL | DAERAH | HUKUM | POLITIK | SPORT | GAYA HIDUP"
    local title = "Air Sungai Meluap Setinggi Dada Orang Dewasa"
    local doc = kimput.parse(page("KAMIS", "7 MARET", menu, "", "DAERAH", "", "Selasa, 13 Maret 2018 08:40", title, "",
                                  ARTICLE[1], ARTICLE[2]))
    assert.are.same({ "navigation", title }, { class_of(doc, menu), doc:meta().headline })
    -- a title with a bar between its halves stays the headline
    local bar = "Banjir Rendam Dua Desa | Warga Mengungsi ke Balai Desa"
    doc = kimput.parse(page(bar, "Selasa, 13 Maret 2018 08:40", ARTICLE[1], ARTICLE[2]))
    assert.are.equal(bar, doc:meta().headline)
  end)
end)

describe("a blog platform's footer", function()
  it("is navigation ('Diberdayakan oleh Blogger.', 'Powered by WordPress')", function()
    for _, line in ipairs { "Diberdayakan oleh Blogger.", "Powered by WordPress" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Tidak ada komentar",
                                    line))
      assert.are.equal("navigation", class_of(doc, line), line)
    end
  end)
end)

describe("a header widget's date of today beside the weather", function()
  it("dates no page, above or under the reading; the headline stays", function()
    local title = "Pedagang Pasar Mekarsari Keluhkan Sepi Pembeli"
    local m = kimput.parse(page("Monday, March 4, 2024", "29.5 C", "Sukamaju", "", title, "", ARTICLE[1],
                                ARTICLE[2])):meta()
    assert.are.same({ title }, { m.headline, m.published })
    m = kimput.parse(page("27 °C", "Mekarsari", "5 Maret 2024, 10:15 AM WIB", "", title, ARTICLE[1],
                          ARTICLE[2])):meta()
    assert.are.same({ title }, { m.headline, m.published })
    -- a page date with no reading beside it still dates the page
    m = kimput.parse(page("Monday, March 4, 2024", "", title, "", ARTICLE[1], ARTICLE[2])):meta()
    assert.are.equal("2024-03-04", m.published)
  end)
end)

describe("a photo's caption shown again among the paragraphs", function()
  it("is the caption there too: its dates are not the article's twice", function()
    local caption = "Camat Sukamaju Rudi Hartono meninjau saluran irigasi di Desa Mekarsari, Senin (4/3/2024)."
    local doc = kimput.parse(page("Camat Tinjau Saluran Irigasi Desa Mekarsari",
                                  "Penulis: Nama Satu | Editor: Nama Dua", caption, "",
                                  "SITUSKU.COM, SUKAMAJU - Camat Sukamaju meninjau saluran irigasi yang rusak.",
                                  "Saluran itu mengairi sekitar 40 hektare sawah milik warga di dua dusun.", caption,
                                  "Perbaikan ditargetkan selesai sebelum musim tanam berikutnya dimulai."),
                             { published = "2024-03-05" })
    local kept = {}
    for _, l in ipairs(doc:line_list()) do
      if l.text == caption then kept[#kept + 1] = l.class end
    end
    assert.are.same({ "caption", "caption" }, kept)
    local days = 0
    for _, d in ipairs(doc:dates()) do if d.value == "2024-03-04" then days = days + 1 end end
    assert.are.equal(0, days)
    -- a sentence the article itself repeats, with no caption above, stays body
    local said = "Warga berharap saluran itu segera diperbaiki sebelum musim hujan tiba tahun ini."
    doc = kimput.parse(page("Camat Tinjau Saluran Irigasi Desa Mekarsari", ARTICLE[1], said, ARTICLE[2], said))
    for _, l in ipairs(doc:line_list()) do
      if l.text == said then assert.are.equal("body", l.class) end
    end
  end)
end)

describe("furniture lines of regional sites", function()
  it("a related link after the label in capitals is one, closed by a period too", function()
    local link = "BACA JUGA  Menengok Sumur Tua di Balik Pasar Lama Kota Sukamaju."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], link, ARTICLE[2]))
    assert.are.equal("related", class_of(doc, link))
    -- a sentence opened by the label in sentence case stays body
    local said = "Baca juga pengumuman lengkapnya di papan informasi kantor kelurahan setempat."
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], said, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, said))
  end)
  it("a photo's caption opened by its label is one however long, its credit in brackets after the period", function()
    local caption = "Foto : Warga Dusun Mekarsari Bergotong Royong Memperbaiki Saluran Air di Sawah. (KABAR SUKAMAJU)"
    local doc = kimput.parse(page(caption, ARTICLE[1], ARTICLE[2]))
    assert.are.equal("caption", class_of(doc, caption))
  end)
  it("a page cut after the first word of a quotation and its space ends on the article's line", function()
    local text = page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "ADVERTISEMENT",
                      "Para warga tampak antusias mengikuti kegiatan itu sejak pagi hari.") .. "\u{201C}Silakan "
    local doc = kimput.parse(text)
    assert.are.equal("body", class_of(doc, "\u{201C}Silakan"))
  end)
end)

describe("other articles' titles set bare between paragraphs", function()
  it("are links in a run of two as well (a related box whose label is lost)", function()
    local t1 = "Camat Sukamaju Resmikan Balai Warga Baru di Desa Mekarsari Hari Ini"
    local t2 = "Warga Tepi Sungai Mekarsari Sambut Jembatan Gantung, Akses ke Pasar Lebih Dekat"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], t1, t2, ARTICLE[2],
                                  "Camat berharap warga ikut merawat fasilitas yang sudah dibangun bersama."))
    assert.are.same({ "related", "related" }, { class_of(doc, t1), class_of(doc, t2) })
    -- a short subheading between paragraphs stays the article's
    local sub = "Warga Ikut Merawat"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], sub, ARTICLE[2]))
    assert.are.equal("body", class_of(doc, sub))
  end)
end)

describe("a site template's placeholder text", function()
  it("is navigation (Latin filler left in a widget)", function()
    for _, line in ipairs { "Sed ut perspiciatis unde omnis iste natus error sit voluptatem accusantium.",
                            "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor." } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Tags", line))
      assert.are.equal("navigation", class_of(doc, line), line)
    end
  end)
end)

describe("a page cut after a comma", function()
  it("ends on the article's piece however title-cased (no title ends with a comma)", function()
    local text = page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "ADVERTISEMENT",
                      "Para warga tampak antusias mengikuti kegiatan itu sejak pagi hari.")
      .. "Kepala Dinas Pekerjaan Umum (PU) Kabupaten Sukamaju, "
    local doc = kimput.parse(text)
    assert.are.equal("body", class_of(doc, "Kepala Dinas Pekerjaan Umum (PU) Kabupaten Sukamaju,"))
  end)
end)

describe("a text hard-wrapped into short lines", function()
  it("opens with its title-cased first line and keeps the one word closing a sentence as body", function()
    local doc = kimput.parse(page(
      "Sukamaju, Kabarkota.com – Hujan",
      "deras disertai angin kencang melanda kota itu sejak pagi hingga",
      "sore. Sejumlah pohon tumbang menutup jalan di dua kecamatan yang",
      "berbatasan dengan kabupaten tetangga, namun tidak ada korban",
      "jiwa.",
      "Petugas gabungan membersihkan batang pohon dari badan jalan dan meminta",
      "warga tetap waspada terhadap cuaca buruk susulan di wilayah",
      "tersebut."))
    local meta = doc:meta()
    assert.are.same({ "Sukamaju", "Kabarkota.com" }, { meta.dateline, meta.outlet })
    assert.are.equal("body", class_of(doc, "jiwa."))
    assert.are.equal("body", class_of(doc, "tersebut."))
    assert.are.equal("Hujan", doc:body():sub(1, 5))
  end)

  it("keeps a paragraph's first word alone on its line, and a line going on in lower case, as body", function()
    local doc = kimput.parse(page(
      "Petugas dinas kebersihan mengangkut sampah dari pasar induk pada Senin",
      "pagi bersama warga sekitar.",
      "Kegiatan",
      "itu digelar setelah tumpukan sampah menutup sebagian badan jalan di depan",
      "pasar induk itu selama hampir sepekan penuh.",
      "“kami",
      "berharap warga tidak lagi membuang sampah di pinggir jalan,” ujar Kepala",
      "Dinas Kebersihan Rudi Santoso.",
      "Ia menambahkan, petugas akan berjaga di titik itu setiap malam dan",
      "menegur siapa pun yang kedapatan membuang sampah sembarangan di sekitar",
      "pasar maupun terminal.",
      "Camat Pasar Lama Budi",
      "Harjono mengatakan pihaknya akan memasang papan larangan membuang",
      "sampah di sepanjang jalan menuju pasar dan terminal kota",
      "dalam waktu dekat."))
    for _, line in ipairs { "Kegiatan", "“kami",
                            "menegur siapa pun yang kedapatan membuang sampah sembarangan di sekitar",
                            "Camat Pasar Lama Budi", "sampah di sepanjang jalan menuju pasar dan terminal kota",
                            "dalam waktu dekat." } do
      assert.are.equal("body", class_of(doc, line), line)
    end
    -- (above the first paragraph too: a wrapped line of three words closing its sentence)
    doc = kimput.parse(page(
      "Hujan deras yang turun sejak siang membuat sungai di tepi kota meluap dan",
      "merendam rumah warga.",
      "Warga yang rumahnya terendam memilih mengungsi ke balai desa bersama anak-anak mereka sejak sore."))
    assert.are.equal("body", class_of(doc, "merendam rumah warga."))
  end)
end)

describe("a theme's box of other articles under the article", function()
  it("ends the article: the teasers under 'Latest articles' are no paragraphs", function()
    local teaser = "KOTA LAIN, Kabarkota.id - Dinas pendidikan membagikan seratus paket buku bacaan kepada sekolah..."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Latest articles",
      "Sekolah Dasar di Pesisir Terima Seratus Paket Buku Bacaan", "0", teaser, "More like this"))
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
    assert.are.equal("navigation", class_of(doc, teaser))
  end)
end)

describe("an update's word opening a title, a list's line opening with 'Kemudian'", function()
  it("keeps the title a headline and the list's line the article's", function()
    local title = "Update Longsor Sukamaju: Dua Rumah Tertimbun, Warga Mengungsi ke Balai Desa"
    local list = "Kemudian Dusun Sukasari, Dusun Cibening Hilir dan Blok Kebon Kopi Desa Sukamulya"
    local doc = kimput.parse(page(title, "Penulis: Nama Penulis | Editor: Nama Penyunting",
      "SUKAMAJU - Longsor menimbun dua rumah warga di lereng bukit desa itu sejak sore hari ini.",
      "Petugas mendata dusun yang rawan longsor di desa itu, di antaranya Dusun Sukamaju Atas.",
      list,
      "Warga dari dusun-dusun itu diminta mengungsi sementara ke balai desa."))
    assert.are.equal(title, doc:meta().headline)
    assert.are.equal("body", class_of(doc, list))
  end)
end)

describe("a numbered list cut with the page", function()
  it("keeps its last item, cut in a word, the article's", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
      "Dalam rapat itu warga mengajukan beberapa permintaan, yakni;",
      "1. Perbaikan jalan desa sepanjang dua kilometer yang rusak sejak musim hujan lalu.",
      "2. Pembangunan sekolah menengah di desa agar anak-anak tidak perlu ke kota.",
      "3. Perbaikan Saluran Air be"))
    assert.are.equal("body", class_of(doc, "3. Perbaikan Saluran Air be"))
  end)
end)

describe("a teaser's section glued to its relative time", function()
  it("is furniture of the box, not a paragraph", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "-",
      "SEPUTAR DAERAH5 hari ago", "Festival Layang-Layang Digelar di Pantai Sukamaju Akhir Bulan", "-",
      "HEADLINE3 hari yang laluPasar Malam Kembali Dibuka di Alun-Alun Kota"))
    assert.are.equal("navigation", class_of(doc, "SEPUTAR DAERAH5 hari ago"))
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a box of other articles closing the page", function()
  it("takes sentence-case titles, excerpts cut by a spaced ellipsis and the items' dates with it", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Berita Lainnya",
      "Warga gotong royong bersihkan saluran air di kampung nelayan",
      "SUKAMAJU (12/4)Puluhan warga turun ke saluran air sejak pagi untuk membersihkan sampah yang ....",
      "- redaksi@kabarku", "- 12 April 2024", "- 31",
      "Pasar Murah Digelar di Lima Kecamatan Jelang Lebaran",
      "SUKAMAJU (3/4-2024)Pemerintah kabupaten menggelar pasar murah di lima kecamatan ....",
      "- redaksi@kabarku", "- 03 Apr 20"))
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
    assert.is_nil(doc:meta().published)
    local found = {}
    for _, d in ipairs(doc:dates()) do found[#found + 1] = d.text end
    assert.are.same({ "kemarin", "tujuh hari" }, found)  -- (the article's own only)
  end)

  it("gives no publication date from the time stamps of its items", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Berita Terkait",
      "-", "Olahraga 12 Juni 2024 21:10", "-", "Olahraga 12 Juni 2024 15:05", "-", "Olahraga 15 Juni 2024 09:12"))
    assert.is_nil(doc:meta().published)
    -- (the page's own stamp under the title still counts)
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Senin, 17 Juni 2024 08:00 WIB", ARTICLE[1], ARTICLE[2],
      "Berita Terkait", "-", "Olahraga 12 Juni 2024 21:10", "-", "Olahraga 12 Juni 2024 15:05"))
    assert.are.equal("2024-06-17T08:00", doc:meta().published)
  end)
end)

describe("the next article's title and cut opening under the last paragraph", function()
  it("are another article's link, not the article", function()
    local title = "Harga Cabai di Pasar Induk Turun untuk Pekan Kedua"
    local teaser = "SUKAMAJU, KABARKU.COM-Harga cabai rawit di pasar induk kota kembali turun pada pekan ini, dan..."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], title, teaser))
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
    local found = {}
    for _, d in ipairs(doc:dates()) do found[#found + 1] = d.text end
    assert.are.same({ "kemarin", "tujuh hari" }, found)  -- (the article's own only)
    -- (the article's own opening cut by the page stays)
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", teaser))
    assert.are.equal(teaser:sub(23), doc:body())
  end)
end)

describe("a no-break space left as 'Â' after a sentence's period", function()
  it("still ends the sentence: the paragraph is one, and the title-cased question over it the headline", function()
    local title = "Mengapa Warga Kota Enggan Naik Bus Kota?"
    local doc = kimput.parse(page(title,
      "Bus kota sebenarnya murah dan nyaman bagi warga yang bekerja di pusat kota. Namun banyak yang tetap memilih " ..
        "kendaraan pribadi.Â",
      "Jadwal yang tidak pasti membuat penumpang harus menunggu lama di halte, apalagi saat hujan turun."))
    assert.are.equal(title, doc:meta().headline)
  end)
end)

describe("the page's title with the site's name after a dash", function()
  it("is the browser's title: furniture, and the title it repeats is the headline", function()
    local title = "Pasar Murah Dibuka di Alun-Alun Kota Sukamaju Jelang Lebaran"
    local doc = kimput.parse(page(title, title .. " - Kabarku.com", title .. ". Foto: Nama/Kabarku.com",
      "Menurut Rudi, pasar murah itu digelar selama tiga hari dan menjual beras serta minyak goreng.",
      "“Kami berharap harga kebutuhan pokok tetap terjangkau,” ungkapnya."))
    assert.are.equal(title, doc:meta().headline)
    assert.are_not.equal("body", class_of(doc, title .. " - Kabarku.com"))
    assert.are.equal("Menurut", doc:body():sub(1, 7))
    -- (a title whose own last words follow a dash stays one: no site's name)
    local dashed = "Bupati Resmikan Jembatan Baru - Warga Sambut Gembira"
    doc = kimput.parse(page(dashed, "Bupati Resmikan Jembatan Baru",
      "Menurut Rudi, jembatan itu dibangun selama enam bulan dengan dana dari anggaran daerah tahun ini.",
      "“Kami berharap warga ikut merawatnya,” ungkapnya."))
    assert.are_not.equal("navigation", class_of(doc, dashed))
  end)
end)

describe("a network's caption credits glued by hyphens", function()
  it("make the line a caption: '.-tangkap layar-', '--(dokumen/situs)', who stands where ('(atas, kiri)')", function()
    for _, caption in ipairs {
      "Wali Kota Sukamaju menjawab pertanyaan wartawan melalui aplikasi rapat daring.-tangkap layar-",
      "Kisah Pasar Lama--(dokumen/kabarku.co.id)",
      "Ketua panitia Rudi Hartono (atas, kiri) saat rapat persiapan festival melalui aplikasi daring",
    } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", caption,
        "Menurut Rudi, persiapan festival itu sudah berjalan sejak awal bulan bersama warga.",
        "“Kami berharap cuaca mendukung selama acara,” ungkapnya."))
      assert.are.equal("caption", class_of(doc, caption), caption)
      assert.are.equal("Judul Berita Panjang Hari Ini", doc:meta().headline, caption)
    end
  end)
end)

describe("a blog template's advert slots, a widget's empty list, labels and pagers of small sites", function()
  it("are furniture", function()
    for _, line in ipairs { "Iklan Atas Artikel", "Iklan Tengah Artikel 1", "Iklan Tengah Artikel 2",
                            "Iklan Bawah Artikel", "Data tidak ditemukan.", "Menarik dibaca", "Laman: 1 2" } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], line, ARTICLE[2], line))
      assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body(), line)
    end
  end)
end)

describe("an outlet promoting its own channel", function()
  it("names the outlet: its news from X in X's Telegram group, or its WhatsApp channel after a sentence", function()
    local promo = "Ikuti kabar terbaru dan pilihan redaksi dari Kabar Sukamaju di Grup Telegram Kabar Sukamaju. " ..
                  "Gabung lewat tautan https://t.me/contohkabar."
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], promo))
    assert.are.equal("Kabar Sukamaju", doc:meta().outlet)
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
    promo = "Baca tulisan-tulisan menarik Kabarku langsung dari ponsel kamu. " ..
            "Follow channel WhatsApp Kabarku sekarang di ponselmu lewat https://whatsapp.com/channel/contoh"
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], promo))
    assert.are.equal("Kabarku", doc:meta().outlet)
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a dateline with the report's day in brackets", function()
  it("gives the place and the day, before the dash or alone on its line", function()
    local body = { "Pemerintah provinsi membuka pasar murah di tiga kecamatan mulai pagi ini.",
                   "Warga antre sejak subuh untuk membeli beras dan minyak goreng murah." }
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "SUKAMAJU (21/4) - " .. body[1], body[2]))
    assert.are.same({ "Sukamaju", "XXXX-04-21" }, { doc:meta().dateline, doc:meta().published })
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "SUKAMAJU (21/4-2023)", body[1], body[2]))
    assert.are.same({ "Sukamaju", "2023-04-21" }, { doc:meta().dateline, doc:meta().published })
    assert.are.equal(body[1] .. "\n" .. body[2], doc:body())
  end)
end)

describe("the government's news agency closing a reposted article", function()
  it("is its source: '(infopublik)'", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1],
      "Kedua tersangka kini ditahan selama tujuh hari untuk penyidikan lanjutan. (infopublik)"))
    assert.are.same({ "InfoPublik" }, doc:meta().sources)
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a photo's caption closed by its outlet's name in brackets above the first paragraph", function()
  it("is a caption, not the article's opening", function()
    local caption = "Bupati Sukamaju meninjau jembatan yang rusak diterjang banjir. (Kabarku)"
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "Diterbitkan:", caption,
      "Dia juga menegaskan perbaikan jembatan akan dimulai pekan depan dengan dana darurat daerah.",
      "“Warga tidak perlu khawatir, kami sudah menyiapkan jalur alternatif,” ujarnya."))
    assert.are.equal("caption", class_of(doc, caption))
    -- (the article's own opening sentence with a party's acronym closing it stays)
    local opening = "Ketua partai itu berasal dari Partai Persatuan Rakyat Kota (PPRK)."
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini", opening,
      "Dia juga menegaskan perbaikan jembatan akan dimulai pekan depan dengan dana darurat daerah.",
      "“Warga tidak perlu khawatir, kami sudah menyiapkan jalur alternatif,” ujarnya."))
    assert.are.equal("body", class_of(doc, opening))
  end)
end)

describe("credits laid out as a table's cells", function()
  it("read the label, the colon and the value between bars: 'Editor | : | Nama |', 'Sumber | : | X.id |'", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
      "Editor | : | Rina Kusuma |", "Sumber | : | Kabarbola.id |", "Komentar"))
    assert.are.equal("Rina Kusuma", doc:meta().editor)
    assert.are.same({ "Kabarbola.id" }, doc:meta().sources)
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a channel's name, its place, province and day before the dash", function()
  it("open the article: 'Kabarku News, Kota Sukamaju, Jawa Tengah, Senin (14/07/2025) –'", function()
    local doc = kimput.parse(page(
      "Kabarku News, Kota Sukamaju, Jawa Tengah, Senin (14/07/2025) – Festival layang-layang digelar di pantai " ..
        "kota itu.",
      "Ratusan warga datang sejak pagi untuk menyaksikan layang-layang raksasa."))
    local m = doc:meta()
    assert.are.same({ "Kabarku News", "Kota Sukamaju", "2025-07-14" }, { m.outlet, m.dateline, m.published })
  end)
end)

describe("an article's own short list in bullets under a paragraph", function()
  it("stays body; a link list's title-cased items do not", function()
    local items = { "• Sumber tenaga cepat", "• Menjaga daya tahan tubuh", "• Baik untuk pencernaan" }
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
      "Buah ini punya beberapa kegunaan yang sering disebut oleh para ahli gizi.", items[1], items[2], items[3]))
    for _, item in ipairs(items) do assert.are.equal("body", class_of(doc, item), item) end
  end)
end)

describe("a tag list's label 'Tagged' alone", function()
  it("is furniture", function()
    -- (the page's last line, cut by the excerpt with no line break after it)
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Loading") .. "Tagged")
    assert.are.equal(ARTICLE[1]:sub(11) .. "\n" .. ARTICLE[2], doc:body())
  end)
end)

describe("a source's web address on its credit line", function()
  it("names the site, not its scheme", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2],
      "Sumber : https://kabarku.wordpress.com"))
    assert.are.same({ "kabarku.wordpress.com" }, doc:meta().sources)
  end)
end)

describe("a subheading over the page's last paragraph cut by the excerpt", function()
  it("stays body: the article goes on under it", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], ARTICLE[2], "Warga Mulai Kembali")
      .. "Sebagian warga yang mengungsi mulai kembali ke rumah mereka setelah air surut pada")
    assert.are.equal("body", class_of(doc, "Warga Mulai Kembali"))
  end)
end)

describe("a blog's archive header and an infographic's title with its source site", function()
  it("are furniture and a caption", function()
    local doc = kimput.parse(page("Archive for the ‘Ekonomi’ Category",
      "Harga Beras di Lima Kota (sumber : datakota.id)",
      "Harga beras di pasar tradisional naik dua pekan terakhir menjelang musim tanam, dan pedagang mulai " ..
        "mengurangi stok mereka.",
      "Kenaikan itu dirasakan pedagang kecil yang membeli beras dari pengepul di luar kota."))
    assert.are.equal("navigation", class_of(doc, "Archive for the ‘Ekonomi’ Category"))
    assert.are.equal("caption", class_of(doc, "Harga Beras di Lima Kota (sumber : datakota.id)"))
  end)
end)

describe("a photo's credit with the copyright sign and no year above the article", function()
  it("names no outlet: the article's own outlet stands", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", "© Bolaku.org",
      "Tim nasional menjalani latihan terakhir sebelum laga uji coba pekan ini, kata pelatih kepada wartawan.",
      "Pelatih meminta pemain menjaga kondisi menjelang pertandingan."))
    assert.is_nil(doc:meta().outlet)
    -- (the page's own copyright at its foot, with its year, still names it)
    doc = kimput.parse(page("Judul Berita Panjang Hari Ini",
      "Tim nasional menjalani latihan terakhir sebelum laga uji coba pekan ini, kata pelatih kepada wartawan.",
      "Pelatih meminta pemain menjaga kondisi menjelang pertandingan.", "© 2024 Kabarku.id"))
    assert.are.equal("Kabarku.id", doc:meta().outlet)
  end)
end)

describe("a site's name with its number before the dash opening the article", function()
  it("is the outlet: 'Kabar9 - ...' (no place is so written)", function()
    local doc = kimput.parse(page("Judul Berita Panjang Hari Ini",
      "Kabar9 - Tim nasional menjalani latihan terakhir sebelum laga uji coba pekan ini.",
      "Pelatih meminta pemain menjaga kondisi menjelang pertandingan."))
    assert.are.equal("Kabar9", doc:meta().outlet)
    assert.are.equal("Tim nasional", doc:body():sub(1, 12))
  end)
end)

describe("a series' rubric with its part's number over the title", function()
  it("is no headline: the title the page's date closes is", function()
    local title = "Budi Santoso: Hasil Hitung Cepat Tidak Bisa Dipercaya"
    for _, rubric in ipairs { "Kontroversi Selepas Pemilu Kota (Tulisan-3)", "Jejak Dana Desa (Bagian 2)" } do
      local doc = kimput.parse(page(rubric, "", title, "", "Kamis, 09/05/2024 11:21 WIB", "",
        "Jakarta, kabarku.co - Silang pendapat soal hasil hitung cepat pemilihan wali kota terus bergulir di media.",
        "Pengamat lain, Rina Kusuma, meminta lembaga survei membuka data mentah mereka kepada publik."))
      assert.are.equal(title, doc:meta().headline, rubric)
    end
  end)
end)

describe("a dateline's paragraph over a sentence opening with a word, a comma, a place and a dash", function()
  it("stays the article's opening: the word is no masthead's outlet (s22)", function()
    for _, second in ipairs { "Senin, Garut - Bandung macet parah sepanjang hari.",
                              "Kemarin, Gubernur Aceh - Rudi Hartono melakukan kunjungan ke kampus." } do
      local doc = kimput.parse(page("Judul Berita Panjang Hari Ini", ARTICLE[1], "", second, "", ARTICLE[2]))
      assert.are.equal("Jakarta", doc:meta().dateline, second)
      assert.is_nil(doc:meta().outlet, second)
      assert.are.equal("body", class_of(doc, second), second)
      assert.truthy(doc:body():find("Polisi menahan", 1, true), second)
    end
  end)
end)
