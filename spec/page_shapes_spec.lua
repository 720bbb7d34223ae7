-- Line classes and meta on invented pages in each shape Indonesian news
-- sites are scraped in: time stamps, mastheads, bylines, captions, page
-- furniture. Every outlet, person and sentence here is made up.
local kimput = require "kimput"

local function page(lines)
  local doc = kimput.parse(table.concat(lines, "\n"))
  local class = {}
  for _, l in ipairs(doc:line_list()) do class[l.text] = l.class end
  return doc:meta(), class, doc
end

local PARA1 = "Pemerintah kota membuka pasar murah di alun-alun selama tiga hari untuk menekan harga bahan pokok."
local PARA2 = "Warga mulai mengantre sejak pagi untuk membeli beras, minyak goreng, dan gula dengan harga lebih rendah."
local PARA3 = "Panitia menyebut stok akan ditambah jika antrean terus memanjang hingga akhir pekan ini."

describe("time stamps in every shape", function()
  local shapes = {
    { "RABU, 13 MARET 2024 | 10:05 WIB | LAPORAN: NAMA PENULIS CONTOH", "2024-03-13T10:05", "+07:00" },
    { "Situsberita.com, 8 April 2022, 16:33 WIB", "2022-04-08T16:33", "+07:00" },
    { "14 August 2025, 08:01 WIB:strip_icc():format(webp)/media/123/original/foto.jpg", "2025-08-14T08:01", "+07:00" },
    { "Kamis, 06 Februari 2025 - 05:53 WIB", "2025-02-06T05:53", "+07:00" },
    { "Rabu 5 Juni 2024 19:40 WITA", "2024-06-05T19:40", "+08:00" },
    { "Senin 25 Mar 2024 08:18 WIT", "2024-03-25T08:18", "+09:00" },
    { "date 2025-10-02 Photo : KANTOR BERITA", "2025-10-02", nil },
    { "Situs.com - 31/05/2018, 23:59 WIB", "2018-05-31T23:59", "+07:00" },
    { "Nama Penulis, Jurnalis · Kamis 08 Juni 2023 15:10 WIB", "2023-06-08T15:10", "+07:00" },
    { "Nama Penulis Contoh - Senin, 9 Okt 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Oleh Nama Penulis pada Rabu, 4 Oktober 2023", "2023-10-04", nil },
    { "Rabu, 4 Okt 2023 09:05 2 340 Admin Situs", "2023-10-04T09:05", nil },
    { "Oct 10, 2023 at 02:05 PM", "2023-10-10T14:05", nil },
    { "Thursday, May 9, 2024 - 09:40 WIB", "2024-05-09T09:40", "+07:00" },
    { "Oleh: Nama Penulis, Senin, 9 Oktober 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Reporter: Nama Penulis | Senin, 09/10/2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Laporan: Nama Penulis | Senin, 9 Oktober 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Nama Penulis | Situsku.com | 9 Oktober 2023", "2023-10-09", nil },
    { "Nama Penulis, Kabar Contoh | Senin, 09/10/2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Mon, 09 Oct 2023 12:05:33 +0700", "2023-10-09T12:05", "+07:00" },
    { "Senin (9/10/2023) 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Kamis 05-12-2024 10:15", "2024-12-05T10:15", nil },
    -- foreign bureaus: an English weekday's abbreviation, hyphens around the month, the local time named
    { "Posted Wed 12 Jun 2024 at 2:05pm", "2024-06-12T14:05", nil },
    { "Updated 14:05, 12-Jun-2024", "2024-06-12T14:05", nil },
    { "Rabu, 12 Juni 2024 14:05 waktu Jepang", "2024-06-12T14:05", "+09:00" },
    { "12 Juni 2024 14:05 (waktu setempat)", "2024-06-12T14:05", nil },
    { "Rabu, 12 Juni 2024 14:05 JST", "2024-06-12T14:05", "+09:00" },
    { "12 Juni 2024 14:05 KST", "2024-06-12T14:05", "+09:00" },
    { "Rabu, 12 Juni 2024 13:05 waktu Singapura", "2024-06-12T13:05", "+08:00" },
    -- the Hijri date first; an update first, then the original's label
    { "Rabu, 5 Zulhijah 1445 H / 12 Juni 2024", "2024-06-12", nil },
    { "Rabu 5 Dzulhijjah 1445 / 12 Juni 2024 14:05 WIB", "2024-06-12T14:05", "+07:00" },
    { "Diperbarui 12 Jun 2024, 16:00 WIB · Terbit 12 Jun 2024, 14:05 WIB", "2024-06-12T14:05", "+07:00" },
    { "Dipublikasikan pada 9 Oktober 2023", "2023-10-09", nil },
    { "Diterbitkan: 19/06/2024, 21:45 WIB", "2024-06-19T21:45", "+07:00" },
    { "Rilis: 9 Oktober 2023, 12:05 WITA", "2023-10-09T12:05", "+08:00" },
    -- an update's label after the original's date, the update written in ISO form
    { "October 02, 2023 Last Updated 2023-10-01T20:13:30Z", "2023-10-02", nil },
    { "9 Oktober 2023 12:05 WIB · 3 menit baca", "2023-10-09T12:05", "+07:00" },
    { "Sabtu, 07 Des 2024 / 12:05 WIB - Dibaca: 2 menit", "2024-12-07T12:05", "+07:00" },
    { "Senin, 9 Oktober 2023 12:05 WIB Diperbarui: Senin, 9 Oktober 2023 14:10 WIB", "2023-10-09T12:05", "+07:00" },
    { "Publish: Senin, 9 Oktober 2023 | 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "09.10.2023 12:05", "2023-10-09T12:05", nil },
    { "Senin, 9 Oktober 2023 12:05 WIB Waktu baca 3 menit", "2023-10-09T12:05", "+07:00" },
    { "Kontributor Kotaku, Nama Penulis - Senin, 9 Oktober 2023 | 12:05 WITA", "2023-10-09T12:05", "+08:00" },
    { "Senin, 9 Okt 2023 12:05 WIB - Nama Penulis, Nama Lain", "2023-10-09T12:05", "+07:00" },
    { "Senin, 9 Oktober 2023 12:05 WIB (Diperbarui 14:10 WIB)", "2023-10-09T12:05", "+07:00" },
    { "Last Updated: 9 Okt 2023, 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Editor : Nama Penyunting | Senin, 9 Oktober 2023 - 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Posted on 9 Oktober 2023 by admin", "2023-10-09", nil },
    { "Nama Penulis - situsNews Senin, 09 Okt 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "9 Oktober 2023 oleh Nama Penulis", "2023-10-09", nil },
    { "Diposting oleh Humas Kampus pada 9 Oktober 2023", "2023-10-09", nil },
    { "Dipublikasikan pada : Senin, 9 Oktober 2023 - 12:05", "2023-10-09T12:05", nil },
    { "Senin, 9 Okt 2023 12:05 WIB / Diperbarui 14:10", "2023-10-09T12:05", "+07:00" },
    { "2023/10/09 12:05", "2023-10-09T12:05", nil },
    { "Ditulis oleh Nama Penulis, 9 Oktober 2023", "2023-10-09", nil },
    { "Senin, 9 Oktober 2023 - 12:05 wib", "2023-10-09T12:05", "+07:00" },
    { "Last Modified: 9 Oktober 2023 12:05", "2023-10-09T12:05", nil },
    { "- 9 Oktober 2023, 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Waktu terbit: Senin, 9 Oktober 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Dibuat: 9 Oktober 2023", "2023-10-09", nil },
    { "Pada: Senin 09 Okt 2023, 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "Senin, 9 Oktober 2023 (12:05 WIB)", "2023-10-09T12:05", "+07:00" },
    { "Dipublikasi: 12/06/2024 14:35 WIB", "2024-06-12T14:35", "+07:00" },
    { "12 Juni 2024, 14:35 (WIB)", "2024-06-12T14:35", "+07:00" },
    { "12 Juni, 2024 14:35 WIB", "2024-06-12T14:35", "+07:00" },
    { "12 Jun 2024 2:35 PM WIB", "2024-06-12T14:35", "+07:00" },
    -- an update's date after a dash is no clock time of the first
    { "09.10.2023 - Diperbarui : 10.10.2023", "2023-10-09", nil },
    { "09.10.2023 - Pembaruan : 10.10.2023", "2023-10-09", nil },
    { "Nama Penulis  |09.10.2023 - Pembaruan : 10.10.2023", "2023-10-09", nil },
    -- the byline's name closed by a dash; a gallery's count of photos before the date
    { "Upload by Admin - 9 Oktober 2023", "2023-10-09", nil },
    { "Diposting oleh Humas Kampus - Senin, 9 Oktober 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
    { "24 Foto Senin, 9 Oktober 2023 12:05 WIB", "2023-10-09T12:05", "+07:00" },
  }
  for _, s in ipairs(shapes) do
    it(s[1], function()
      local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", s[1], PARA1, PARA2 }
      assert.are.equal("timestamp", class[s[1]])
      assert.are.equal(s[2], m.published)
      assert.are.equal(s[3], m.zone)
      assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
      -- a byline with its date is never the article's opening
      local doc
      m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", s[1], "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
      assert.are.same({ "timestamp", "KOTAPOS.COM", "Medan" }, { class[s[1]], m.outlet, m.dateline })
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    end)
  end

  it("with no opening, what stands above a page date over the first paragraph is the page's top", function()
    local m, class, doc = page { "Portal Resmi Pemerintah Kabupaten Contoh", "Beranda / Berita / Berita Daerah",
      "Pasar Murah Dibuka di Alun-alun Kota", "Dipublikasikan pada : Senin, 9 Oktober 2023 - 12:05", PARA1, PARA2 }
    assert.are.same({ "caption", "Pasar Murah Dibuka di Alun-alun Kota" },
      { class["Portal Resmi Pemerintah Kabupaten Contoh"], m.headline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("a site's name over its menu lines is no headline: the title under the menus is", function()
    local m, class = page { "Portal Resmi Pemerintah Kabupaten Contoh", "Beranda", "Profil", "Berita", "Kontak",
      "Pasar Murah Dibuka di Alun-alun Kota", "Diposting oleh Humas pada 9 Oktober 2023",
      "Kota - " .. PARA1, PARA2, PARA3 }
    assert.are.same({ "headline", "Pasar Murah Dibuka di Alun-alun Kota" },
      { class["Pasar Murah Dibuka di Alun-alun Kota"], m.headline })
    assert.are_not.equal("body", class["Portal Resmi Pemerintah Kabupaten Contoh"])
    -- a headline alone at the top, its article under it, stays the headline
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023", "Kota - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)

  it("a press release's number and contact line are furniture; 'Update Terkini ...' is a title", function()
    local m, class, doc = page { "SIARAN PERS", "Nomor: 12/HM/DINAS/03/2024", "Senin, 9 Oktober 2023",
      "Pasar Murah Dibuka di Alun-alun Kota", "Medan, 9 Oktober 2023 - " .. PARA1, PARA2,
      "Informasi lebih lanjut hubungi: humas@dinas-contoh.go.id" }
    assert.are.same({ "navigation", "credit", "Pasar Murah Dibuka di Alun-alun Kota" },
      { class["Nomor: 12/HM/DINAS/03/2024"], class["Informasi lebih lanjut hubungi: humas@dinas-contoh.go.id"],
        m.headline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    m, class = page { "Update Terkini Pasar Murah di Alun-alun Kota", "Diperbarui 9 Okt 2023, 16:30 WIB", PARA1, PARA2 }
    assert.are.same({ "headline", "2023-10-09T16:30" }, { class["Update Terkini Pasar Murah di Alun-alun Kota"],
      m.published })
  end)

  it("an event's date among its details in the article is no time stamp", function()
    local item = "Tanggal: Sabtu, 14 Oktober 2023"
    local _, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023 12:05 WIB",
      PARA1, "Pasar murah berikutnya akan digelar dengan jadwal sebagai berikut:", item, "Tempat: Alun-alun Kota",
      PARA2 }
    assert.are.equal("body", class[item])
    assert.truthy(doc:body():find(item, 1, true))
  end)

  it("'Berita ini telah diperbarui pada <date>' is an update: the original stamp dates the page", function()
    local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023 12:05 WIB", PARA1, PARA2,
      "Berita ini telah diperbarui pada Selasa, 10 Oktober 2023 08:00 WIB" }
    assert.are.equal("timestamp", class["Berita ini telah diperbarui pada Selasa, 10 Oktober 2023 08:00 WIB"])
    assert.are.equal("2023-10-09T12:05", m.published)
    local sentence = "Berita ini telah diperbarui pada 3 Juni 2024 dengan tambahan keterangan dari pihak kepolisian."
    local _, c2 = page { PARA1, sentence, PARA2 }
    assert.are.equal("body", c2[sentence])
  end)

  it("an article's information box, label and value on one line, is credits: the headline above stays", function()
    local title = "Mengapa harga beras terus naik meski panen raya?"
    local m, class = page { "Lewati ke konten utama", title, "Keterangan gambar, Petani menjemur gabah di sawah.",
      "Article information", "Penulis, Nama Wartawan", "Peranan, Wartawan Situsku Indonesia", "14 Juni 2024",
      PARA1, PARA2 }
    assert.are.same({ title, "credit", "credit" },
      { m.headline, class["Penulis, Nama Wartawan"], class["Peranan, Wartawan Situsku Indonesia"] })
    local sentence = "Penulis, yang juga dosen di kampus itu, menyebut harga beras akan turun bulan depan."
    local _, c2 = page { PARA1, sentence, PARA2 }
    assert.are.equal("body", c2[sentence])
  end)

  it("a time relative to the reader's is a time stamp that states no date", function()
    for _, rel in ipairs({ "2 jam lalu", "4 jam yang lalu", "sejam lalu", "3 hours ago", "Hari ini, 10:00 WIB",
        "Kemarin, 14:05" }) do
      local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", rel, PARA1, PARA2 }
      assert.are.same({ "timestamp", "Pasar Murah Dibuka di Alun-alun Kota" }, { class[rel], m.headline })
      assert.is_nil(m.published)
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    end
    -- nor does the document's reference date resolve it: the page states no date (GUIDELINES: published
    -- is what the page states), and the stamp read back from the reference would only echo it
    local doc = kimput.parse(table.concat({ "Pasar Murah Dibuka di Alun-alun Kota", "2 jam lalu", PARA1, PARA2 }, "\n"),
      { published = "2023-10-09" })
    assert.is_nil(doc:meta().published)
    -- a page date after it still dates the page
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "2 jam lalu", "Senin, 9 Oktober 2023 12:05 WIB", PARA1 }
    assert.are.equal("2023-10-09T12:05", m.published)
  end)

  it("a date on its line and the clock time alone on the next one", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kamis, 7 Maret 2024", "15:20 WIB", PARA1, PARA2 }
    assert.are.same({ "2024-03-07T15:20", "+07:00" }, { m.published, m.zone })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kamis, 7 Maret 2024", "08.30", PARA1, PARA2 }
    assert.are.same({ "2024-03-07T08:30" }, { m.published, m.zone })
    -- a stamp with its own time keeps it; a line with more than a time is no time
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kamis, 7 Maret 2024 09:00 WIB", "15:20 WITA", PARA1, PARA2 }
    assert.are.same({ "2024-03-07T09:00", "+07:00" }, { m.published, m.zone })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kamis, 7 Maret 2024", "15:20 dibaca 3 kali", PARA1, PARA2 }
    assert.are.equal("2024-03-07", m.published)
  end)

  it("a list of other articles with their own stamps after the article does not date it", function()
    local m, class = page {
      "Pasar Murah Dibuka di Alun-alun Kota", "SENIN, 11 MARET 2024 | 09:00 WIB", PARA1, PARA2, PARA3,
      "Populer", "Harga Cabai Turun Jelang Panen", "Selasa, 12 Maret 2024 | 02:29",
    }
    assert.are.equal("2024-03-11T09:00", m.published)
    assert.are.equal("related", class["Harga Cabai Turun Jelang Panen"])  -- the title under "Populer"
    assert.are.equal("navigation", class["Selasa, 12 Maret 2024 | 02:29"])  -- (the item's date, not the page's)
  end)

  it("the page's top around titles: a labelled byline, a rubric, a related link, share and login prompts", function()
    -- the title right under the page date, its halves capitalised like names, over a labelled byline
    local title = "Banjir Rendam Desa Sukamaju, Warga Mengungsi dan Bertahan"
    local m, class = page { "Sabtu, 2 Maret 2024", title, "Laporan oleh Nama Penulis", "Bagikan", PARA1, PARA2 }
    assert.are.same({ title, "credit", "2024-03-02" }, { m.headline, class["Laporan oleh Nama Penulis"], m.published })
    -- a rubric of five words over a longer title-cased title, its deck and the byline
    title = "Gempa Magnitudo 4,1 Guncang Pesisir Selatan, Tidak Berpotensi Tsunami Kata Petugas"
    m, class = page { "Info Cuaca Kota Hari Ini", title, "Petugas meminta warga tetap tenang dan tidak panik",
      "Laporan Wartawan Kabar Kota, Nama Penulis", "KABARKOTA.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ title, "caption" }, { m.headline, class["Info Cuaca Kota Hari Ini"] })
    -- no page date nor opening: the title over its photo's caption and a related link
    title = "Jembatan Desa Sukamaju Rusak Parah, Warga Bangun Sendiri"
    m = page { title, "Warga memperbaiki lantai jembatan desa.--(Sumber Foto: Nama/Situs)",
      "BACA JUGA: Harga Cabai Turun Jelang Panen Raya", PARA1, PARA2 }
    assert.are.equal(title, m.headline)
    -- other stories' teasers under short labels at the page's top, the title and the page date below them
    local teasers = { "Harga gabah di tingkat petani turun tajam menjelang panen raya tahun ini.",
      "Banjir merendam ratusan rumah di pesisir utara setelah hujan deras semalaman." }
    title = "Di Pasar Kota, Harga Bawang Tembus Rp50 Ribu per Kg"
    m, class = page { "Headline", teasers[1], "Fokus", teasers[2], title, "Nama Penulis", "12/03/2024 10:15", title,
      PARA1, PARA2 }
    assert.are.same({ "navigation", "navigation", title, "2024-03-12T10:15" },
      { class[teasers[1]], class[teasers[2]], m.headline, m.published })
    -- a later page of an article: its deck, a sentence no paragraph repeats, between the title and the byline
    title = "Polisi Minta Maaf soal Anggota yang Rusak Mobil Warga, Tak Ada yang Berani Cegah"
    local deck = "Sebuah video yang viral menunjukkan seorang petugas merusak mobil warga yang sedang terparkir."
    local doc1
    local photo = "Petugas memeriksa mobil warga yang rusak di halaman kantor desa."
    m, class, doc1 = page { "Selamat Datang di Portal Berita Kota Kami", "Berita Viral", title, deck,
      "Penulis: Nama Penulis | Editor: Nama Editor", "Kabarkota.com, SitusLain.com", photo, PARA1, PARA2 }
    assert.are.equal(title, m.headline)
    -- (and the byline closes the page's top: the deck, the photo's credit and its caption are no paragraphs of
    -- the article)
    assert.are.same({ "caption", "caption", PARA1 .. "\n" .. PARA2 }, { class[deck], class[photo], doc1:body() })
    -- a teaser shown twice in a row under its label, no title nor date below it
    local doc0, _
    _, class, doc0 = page { "Headline", teasers[1], teasers[1], "Kumpulan Berita Kota", PARA1, PARA2 }
    assert.are.same({ "navigation", PARA1 .. "\n" .. PARA2 }, { class[teasers[1]], doc0:body() })
    -- a photo's credit all in lower case, then its caption: the title closed by a period
    local doc
    title = "Pasar Murah Dibuka di Alun-alun Kota"
    m, class, doc = page { title, "kotapos.com/n nama fotografer", title .. ".", PARA1, PARA2 }
    assert.are.same({ title, "caption", "caption" },
      { m.headline, class["kotapos.com/n nama fotografer"], class[title .. "."] })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- an aggregator's link to the original under the article
    _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2, "Source link" }
    assert.are.equal("navigation", class["Source link"])
    -- prompts to share and to log in after the article
    _, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2,
      "Bagikan artikel ini melalui", "Login untuk memaksimalkan pengalaman membaca di Kotapos.com" }
    assert.are.same({ "navigation", "navigation" },
      { class["Bagikan artikel ini melalui"], class["Login untuk memaksimalkan pengalaman membaca di Kotapos.com"] })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("outlet and dateline from the article's opening", function()
  local openings = {
    { "CONTOHKITA.CO.ID, BANDUNG -- ", "CONTOHKITA.CO.ID", "Bandung" },
    { "KOTAPOS.COM, MEDAN - ", "KOTAPOS.COM", "Medan" },
    { "Warta.com - ", "Warta.com", nil },
    { "BANDUNG, Situsku.com - ", "Situsku.com", "Bandung" },
    { "Surabaya, Harian Contoh -- ", "Harian Contoh", "Surabaya" },
    { "Istanbul (KBA) - ", "KBA", "Istanbul" },
    { "Sembalun, NTB (Kantor Berita) - ", "Kantor Berita", "Sembalun" },
    { "RADAR KOTA - ", "RADAR KOTA", nil },
    { "HARIAN RAKYAT - ", "HARIAN RAKYAT", nil },
    { "JAYAPURA, KBK — ", "KBK", "Jayapura" },
    { "BANDUNG - ", nil, "Bandung" },
    { "BINTUHAN, kabarselatan.bacaberita.co - ", "kabarselatan.bacaberita.co", "Bintuhan" },
    { "Kabarku TV, Jakarta - ", "Kabarku TV", "Jakarta" },
    { "Kabarku.id – Jakarta – ", "Kabarku.id", "Jakarta" },
    { "JAKARTA, kabarku.id, -- ", "kabarku.id", "Jakarta" },
    { "Jakarta, (KBA) - ", "KBA", "Jakarta" },
    { "Seoul (KBA/Kantor Lain) - ", "KBA", "Seoul" },
    { "Jakarta, Warta Kota Online - ", "Warta Kota Online", "Jakarta" },
    { "KABARKU.co.id | SURABAYA - ", "KABARKU.co.id", "Surabaya" },
    { "Situsku.com | Bandung - ", "Situsku.com", "Bandung" },
    { "Situsku.com | ", "Situsku.com", nil },
    -- a section where the place would stand is no dateline
    { "Situsku.com | Bisnis - ", "Situsku.com", nil },
    { "SITUSKU.co.id | Berita Terkini - ", "SITUSKU.co.id", nil },
    { "Situsku.id – Otomotif – ", "Situsku.id", nil },
    -- a colon after the place, with or without a broadcaster's acronym before it
    { "Bandung: ", nil, "Bandung" },
    { "KBK, Bandung: ", "KBK", "Bandung" },
    { "Situsku.id, Bandung: ", "Situsku.id", "Bandung" },
    -- the address, then the outlet's name
    { "KT.id  Kabar Timur - ", "KT.id", nil },
    -- an en dash glued to the first word; the place and the address closed by a colon; the agency's
    -- report dated between the place and its name
    { "Situsku.com–", "Situsku.com", nil },
    { "MEDAN, Situsku.id: ", "Situsku.id", "Medan" },
    { "Sukamaju, 18/3 (KBA) - ", "KBA", "Sukamaju" },
    { "Sukamaju, 18 Maret 2024 (KBA) - ", "KBA", "Sukamaju" },
    { "Sukamaju, 18 Maret (KBA) -- ", "KBA", "Sukamaju" },  -- the day and month alone (Xinhua's form)
    -- a name before the address, a comma before the dash
    { "SUKAMAJU, Kabar Kota.Situsku.id, - ", "Kabar Kota.Situsku.id", "Sukamaju" },
    -- a name with a media word, then the place in capitals glued by a hyphen to the first word
    { "KABAR ONLINE, SUKAMAJU-", "KABAR ONLINE", "Sukamaju" },
    -- the place, then the address glued by a hyphen to the first word
    { "SUKAMAJU, kabarSukamaju.id-", "kabarSukamaju.id", "Sukamaju" },
    -- the outlet alone in brackets, no place
    { "(KABARDUNIA) - ", "KABARDUNIA", nil },
    -- the site's name in capitals, a bar, the place in title case (a section there is none)
    { "KAMPUSKITA | Sukamaju - ", "KAMPUSKITA", "Sukamaju" },
    { "KABARKITA | Kota Baru - ", "KABARKITA", "Kota Baru" },
  }
  for _, o in ipairs(openings) do
    it(o[1], function()
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", o[1] .. PARA1, PARA2 }
      assert.are.equal(o[2], m.outlet)
      assert.are.equal(o[3], m.dateline)
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    end)
  end

  it("a site's one-word name with a media word, 'PORTAL KOTA', a place before two hyphens, a bare dateline", function()
    for _, o in ipairs {
      { "Kabarku.com, BANDUNG-- ", "Kabarku.com", "Bandung" }, { "PORTAL SUKAMAJU - ", "PORTAL SUKAMAJU", nil },
      { "Kotapedia – ", "Kotapedia", nil }, { "Beritaku — ", "Beritaku", nil }, { "SUARAKOTA - ", "SUARAKOTA", nil },
      { "SUKAMAJUVOICE – ", "SUKAMAJUVOICE", nil }, { "Sukamajupost - ", "Sukamajupost", nil },
      -- (a place the gazetteer does not know stays the dateline)
      { "Sukamaju – ", nil, "Sukamaju" } } do
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", o[1] .. PARA1, PARA2 }
      assert.are.equal(o[2], m.outlet, o[1])
      assert.are.equal(o[3], m.dateline, o[1])
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body(), o[1])
    end
    -- the place and the address in capitals with no space after the comma, alone over the first paragraph
    local m = page { "BANDUNG,KABARKUONLINE.COM", PARA1, PARA2 }
    assert.are.equal("KABARKUONLINE.COM", m.outlet)
    assert.are.equal("Bandung", m.dateline)
    -- the address glued by a hyphen to the place, or to the first word
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kabarku12.com-Bandung – " .. PARA1, PARA2 }
    assert.are.same({ "Kabarku12.com", "Bandung" }, { m.outlet, m.dateline })
    local _, doc0
    m, _, doc0 = page { "Pasar Murah Dibuka di Alun-alun Kota", "KABARKU.ID-" .. PARA1, PARA2 }
    assert.are.same({ "KABARKU.ID", PARA1 .. "\n" .. PARA2 }, { m.outlet, doc0:body() })
    -- a page date glued to the end of the title on the first line: the headline, then the stamp
    local class
    m, class = page { "Pasar Murah Dibuka di Alun-alun Kota Selasa, 16/09/2025 | 10:05", "BANDUNG - " .. PARA1, PARA2 }
    assert.are.same({ "Pasar Murah Dibuka di Alun-alun Kota", "2025-09-16T10:05", "timestamp" },
                    { m.headline, m.published, class["Selasa, 16/09/2025 | 10:05"] })
    m = page { "Pasar Murah Dibuka Kamis, 18 September 2025 09:15 WIB", "BANDUNG - " .. PARA1, PARA2 }
    assert.are.same({ "Pasar Murah Dibuka", "2025-09-18T09:15" }, { m.headline, m.published })
    m, class = page { "Pasar murah dibuka di alun-alun kota pada Selasa, 16/09/2025 10:05", PARA1, PARA2 }
    assert.is_nil(m.published)
    assert.is_nil(class["Selasa, 16/09/2025 10:05"])
    -- a text hard-wrapped into short lines (no paragraph) opens on its first line with its place and outlet;
    -- a place alone there is no sign enough
    local _, doc
    m, _, doc = page { "BANDUNG, KABARKU.CO.ID--Pemerintah kota membuka pasar", "murah di alun-alun selama tiga",
                       "hari untuk menekan harga bahan pokok." }
    assert.are.same({ "KABARKU.CO.ID", "Bandung" }, { m.outlet, m.dateline })
    assert.are.equal("Pemerintah kota membuka pasar", doc:body():match("^[^\n]*"))
    m = page { "Bandung - Pemerintah kota membuka pasar", "murah di alun-alun selama tiga" }
    assert.are.same({}, { m.outlet, m.dateline })
  end)

  it("the date written out between the place and the agency is the page's date", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Sukamaju, 18 Maret 2024 (KBA) - " .. PARA1, PARA2 }
    assert.are.equal("2024-03-18", m.published)
  end)

  it("openings of regional sites: a stray hyphen, a media name in capitals, a glued media word, the report's date",
     function()
    for _, o in ipairs {
      { "KABARKITA.COM,-SUKAMAJU-", "KABARKITA.COM", "Sukamaju" },
      { "SUKAMAJU - KABAR SUKAMAJU. ", "KABAR SUKAMAJU", "Sukamaju" },
      { "Sukamaju – WARTA RAYA – ", "WARTA RAYA", "Sukamaju" },
      { "Sukamaju, KabarkitaTV. ", "KabarkitaTV", "Sukamaju" },
      { "Sukamaju, Situsku.id. ", "Situsku.id", "Sukamaju" },
      -- a one-word site name with a media word glued in, before a town the gazetteer does not know
      { "Kilaskita, Sukamaju – ", "Kilaskita", "Sukamaju" },
      { "Lensasukamaju, Mekarsari - ", "Lensasukamaju", "Mekarsari" } } do
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", o[1] .. PARA1, PARA2 }
      assert.are.same({ o[2], o[3] }, { m.outlet, m.dateline }, o[1])
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body(), o[1])
    end
    -- the place, the address and the report's date: the page's date, no body date
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Sukamaju, kabarkita.news, 4/3/2024 – " .. PARA1,
                             PARA2 }
    assert.are.same({ "kabarkita.news", "Sukamaju", "2024-03-04" }, { m.outlet, m.dateline, m.published })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- a dateline line alone: the place and a bar before a media name, or a dash glued to the address
    local class
    m, class = page { "Sukamaju Raya || Kabar Kita", PARA1, PARA2 }
    assert.are.same({ "Kabar Kita", "Sukamaju Raya", "dateline" },
                    { m.outlet, m.dateline, class["Sukamaju Raya || Kabar Kita"] })
    assert.is_nil(m.headline)
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Sukamaju, Jawa Contoh -Kabarkita.com", PARA1, PARA2 }
    assert.are.same({ "Kabarkita.com", "Sukamaju", "Pasar Murah Dibuka di Alun-alun Kota" },
                    { m.outlet, m.dateline, m.headline })
  end)

  it("a name in capitals before a place opened by a place's word, a camel-cased brand, initials between dashes",
     function()
    for _, o in ipairs {
      { "WARTA, KUALA MEKAR –", "WARTA", "Kuala Mekar" },
      { "KotaFM, Mekarsari – ", "KotaFM", "Mekarsari" },
      { "SUKAMAJU – KK – ", "KK", "Sukamaju" },
      { "Sukamaju – KT- ", "KT", "Sukamaju" } } do
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", o[1] .. PARA1, PARA2 }
      assert.are.same({ o[2], o[3] }, { m.outlet, m.dateline }, o[1])
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body(), o[1])
    end
    -- a party's name joined by a hyphen is no outlet's initials
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "JAKARTA – PDI-P – " .. PARA1, PARA2 }
    assert.is_nil(m.outlet)
  end)

  it("a place in capitals glued by a hyphen to a word, a section named Info, an address with a stray period",
     function()
    for _, o in ipairs {
      { "SUKAMAJU-", nil, "Sukamaju" },
      { "KABARKU.COM, Info – ", "KABARKU.COM", nil },
      { "humas.sukamajukab.go.id.–", "humas.sukamajukab.go.id", nil } } do
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", o[1] .. PARA1, PARA2 }
      assert.are.same({ o[2], o[3] }, { m.outlet, m.dateline }, o[1])
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body(), o[1])
    end
    -- an acronym of three letters joined to a word by a hyphen opens no dateline
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "PDI-Perjuangan menggelar rapat di kota.", PARA2 }
    assert.is_nil(m.dateline)
  end)

  it("a label with a colon opening the first paragraph is no dateline", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "SENIN, 11 MARET 2024 | 09:00 WIB",
      "Catatan: " .. PARA1, PARA2 }
    assert.is_nil(m.dateline)
  end)

  it("everything above the opening is the page's top: headline, deck, caption, byline", function()
    local m, class, doc = page {
      "Senin 25 Mar 2024 08:18 WIB",
      "Pasar Murah Dibuka di Alun-alun Kota",
      "Pemkot ingin harga bahan pokok tetap terjangkau menjelang hari raya.",
      "Warga mengantre di depan kios beras di alun-alun kota, Senin (25/3/2024).",
      "Foto: Dok Pemkot",
      "CONTOHKITA.CO.ID, BANDUNG -- " .. PARA1,
      PARA2,
    }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
    assert.are.equal("caption", class["Pemkot ingin harga bahan pokok tetap terjangkau menjelang hari raya."])
    assert.are.equal("caption", class["Warga mengantre di depan kios beras di alun-alun kota, Senin (25/3/2024)."])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("a known outlet's masthead in capitals names the outlet, not a dateline", function()
    for _, opening in ipairs({ "VIVA – ", "PIKIRAN RAKYAT - " }) do
      local m = page { "Pasar Murah Dibuka di Alun-alun Kota", opening .. PARA1, PARA2 }
      assert.is_nil(m.dateline)
      assert.are.equal(opening:match("^(.-)%s"):sub(1, 4), m.outlet:sub(1, 4))
    end
  end)

  it("a page date under labelled image and author lines closes the page's top", function()
    local m, class, doc = page {
      "Pasar murah dibuka lagi: Apa saja yang dijual?",
      "Sumber gambar,",
      "Dok Pemkot",
      "Keterangan gambar,",
      "Warga mengantre di depan kios beras di alun-alun kota.",
      "Penulis,",
      "Nama Penulis Contoh",
      "Peranan,",
      "Wartawan Kota Contoh",
      "25 Maret 2024",
      PARA1, PARA2, PARA3,
    }
    assert.are.equal("Pasar murah dibuka lagi: Apa saja yang dijual?", m.headline)
    assert.are.equal("2024-03-25", m.published)
    assert.are.equal("caption", class["Warga mengantre di depan kios beras di alun-alun kota."])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)

  it("image labels between paragraphs: the caption under a label alone, or after it as a sentence", function()
    local cap1, cap2 = "Warga mengantre di depan kios beras di alun-alun kota, Senin (25/3).",
      "Keterangan gambar, Seorang pedagang menata karung beras di kiosnya."
    local _, class, doc = page { "Pasar murah dibuka lagi: Apa saja yang dijual?", "25 Maret 2024", PARA1,
      "Sumber gambar, Dok Pemkot", "Keterangan gambar,", cap1, PARA2, "Sumber gambar, Dok Pemkot", cap2, PARA3 }
    assert.are.same({ "caption", "caption", "caption" }, { class["Keterangan gambar,"], class[cap1], class[cap2] })
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)

  it("a short name shown twice above and below a sentence-case title is a masthead, not the headline", function()
    local m, class = page { "Situs Kabar Kota", "Pasar murah dibuka lagi: Apa saja yang dijual?", "Nama Penulis",
      "Situs Kabar Kota", "25 Maret 2024", PARA1, PARA2, PARA3 }
    assert.are.equal("Pasar murah dibuka lagi: Apa saja yang dijual?", m.headline)
    assert.are_not.equal("headline", class["Situs Kabar Kota"])
  end)

  it("ISO stamps with a label, seconds or an offset, and an update after a dash, date the page", function()
    for _, st in ipairs({ { "Dipublikasikan: 2024-06-05 10:12:00", "2024-06-05T10:12" },
                           { "2024-03-14T08:00:00+07:00", "2024-03-14T08:00" },
                           { "12/03/2024 08:00 WIB - Diperbarui 13/03/2024", "2024-03-12T08:00" } }) do
      local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", st[1], "Bandung - " .. PARA1, PARA2 }
      assert.are.equal(st[2], m.published)
      assert.are.equal("timestamp", class[st[1]])
    end
  end)

  it("credits: an editor line after a bar, a republished note with a star, an agency closing the body", function()
    local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Bandung - " .. PARA1, PARA2 .. " (Antara)",
      "Penulis Nama Contoh", "| Editor Rina Wulandari", "*Artikel ini sudah tayang di Situsku.com" }
    assert.are.equal("Rina Wulandari", m.editor)
    assert.are.same({ "Antara", "Situsku.com" }, m.sources)  -- the closing agency's credit is a source
    assert.are.equal("credit", class["*Artikel ini sudah tayang di Situsku.com"])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("an outlet's address, a dash and the place in capitals closed by a period open the article", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "SITUSKU.CO.ID - BANDUNG. " .. PARA1, PARA2 }
    assert.are.same({ "SITUSKU.CO.ID", "Bandung" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("a government site's address of five labels opens the article and names the outlet", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 25 Maret 2024 08:18 WIB",
      "Humas.kotacontoh.jatengprov.go.id - " .. PARA1, PARA2 }
    assert.are.equal("Humas.kotacontoh.jatengprov.go.id", m.outlet)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("a platform an item was posted on is no source; the account's owner named after it is", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Bandung - " .. PARA1,
      "Foto itu diunggah di akun Instagram, @pemkot.contoh, pada Senin. "
        .. "Video itu diunggah di akun YouTube resmi Kemlu." }
    assert.are.same({ "Kemlu" }, m.sources)
  end)

  it("a page title with the site after a bar or a dash is the headline without the site", function()
    local m = page { "Pasar Murah Dibuka Lagi Jelang Lebaran | Kotapos.com", "Senin, 25 Maret 2024 08:18 WIB",
      "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka Lagi Jelang Lebaran", m.headline)
    m = page { "Pasar Murah Dibuka Lagi di Alun-alun - Kotapos", "Senin, 25 Maret 2024 08:18 WIB",
      "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka Lagi di Alun-alun", m.headline)
    -- a writer's name before the site stays a byline
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Rina Wulandari | Kotapos.com",
      "Senin, 25 Maret 2024 08:18 WIB", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("credit", class["Rina Wulandari | Kotapos.com"])
  end)

  it("two names parted by a bar under the headline, above the date or the article, are its byline", function()
    local m, class = page { "Beranda | Daerah", "Pasar Murah Dibuka di Alun-alun Kota", "Rina Wulandari | Dodi Santosa",
      "Senin, 25 Maret 2024 08:18 WIB", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.same({ "credit", "Pasar Murah Dibuka di Alun-alun Kota" },
      { class["Rina Wulandari | Dodi Santosa"], m.headline })
    -- with no date nor opening: the byline still makes the line above it the headline
    local doc
    m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Penulis Rina Wulandari | Dodi Santosa",
      PARA1, PARA2 }
    assert.are.same({ "credit", "Pasar Murah Dibuka di Alun-alun Kota" },
      { class["Penulis Rina Wulandari | Dodi Santosa"], m.headline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    for _, byline in ipairs({ "Rina Wulandari, Dodi Santosa", "Rina Wulandari dan Dodi Santosa",
                              "Rina Wulandari · Dodi Santosa", "Oleh Rina Wulandari", "By Rina Wulandari" }) do
      m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", byline, PARA1, PARA2 }
      assert.are.same({ "credit", "Pasar Murah Dibuka di Alun-alun Kota" }, { class[byline], m.headline }, byline)
    end
    -- a breadcrumb above the headline is no byline
    m, class = page { "Kotapos Online", "Sumatera Utara | Kota Medan", "Pasar Murah Dibuka di Alun-alun Kota",
      "Senin, 25 Maret 2024 08:18 WIB", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are_not.equal("credit", class["Sumatera Utara | Kota Medan"])
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
    m = page { "Beranda › Berita Daerah › Sumatera Utara", "Pasar Murah Dibuka di Alun-alun Kota",
      "Senin, 25 Maret 2024 08:18 WIB", "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)

  it("a byline above the page date is no headline when the title stands under the date", function()
    for _, opening in ipairs({ "Medan, Kabar Niaga - ", "MEDAN - " }) do
      local m, class = page { "Rina Wulandari, Kabar Niaga", "12 June 2024 14:35",
        "Pasar Murah Dibuka di Alun-alun Kota", opening .. PARA1, PARA2 }
      assert.are.same({ "credit", "Pasar Murah Dibuka di Alun-alun Kota" },
        { class["Rina Wulandari, Kabar Niaga"], m.headline }, opening)
    end
    -- its last name the opening's outlet, it is a credit wherever it stands at the top
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Rina Wulandari, Kabar Niaga",
      "Pemkot ingin harga bahan pokok tetap terjangkau menjelang hari raya.", "Medan, Kabar Niaga - " .. PARA1, PARA2 }
    assert.are.equal("credit", class["Rina Wulandari, Kabar Niaga"])
    -- a title of two halves above the date, nothing under it, stays the headline
    local m = page { "Harga Beras Naik, Pedagang Mengeluh", "12 June 2024 14:35", "MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("Harga Beras Naik, Pedagang Mengeluh", m.headline)
  end)

  it("a title-cased deck under the headline is no list of titles", function()
    local m, class = page { "Harga Beras Naik Jelang Lebaran",
      "Pedagang Pasar Induk Mengaku Pembeli Mulai Berkurang", "Senin, 25 Maret 2024 08:18 WIB",
      "KOTAPOS.COM, MEDAN - " .. PARA1, PARA2 }
    assert.are.equal("Harga Beras Naik Jelang Lebaran", m.headline)
    assert.are.equal("caption", class["Pedagang Pasar Induk Mengaku Pembeli Mulai Berkurang"])
  end)

  it("the outlet's masthead above the headline is no headline: its name ends with the opening's outlet", function()
    local m, class = page { "Jawa Warta Radar Kotabaru",
      "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Penulis: Nama Penulis Contoh",
      "Kamis, 7 Maret 2024 | 15:20 WIB", "RADAR KOTABARU - " .. PARA1, PARA2 }
    assert.are.equal("Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", m.headline)
    assert.are_not.equal("body", class["Jawa Warta Radar Kotabaru"])
    m = page { "Kabar Kotabaru", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak",
      "Kamis, 7 Maret 2024 | 15:20 WIB", "KABARKOTABARU.COM, KOTABARU - " .. PARA1, PARA2 }
    assert.are.equal("Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", m.headline)
    -- a paper's masthead alone names the outlet and is no headline; the opening's outlet wins over it
    m, class = page { "HARIAN PAGI KOTABARU", "Kamis, 7 Maret 2024 | 15:20 WIB", "KOTABARU - " .. PARA1, PARA2 }
    assert.are.same({ "HARIAN PAGI KOTABARU", "navigation" }, { m.outlet, class["HARIAN PAGI KOTABARU"] })
    assert.is_nil(m.headline)
    m = page { "Harian Kotabaru", "Kamis, 7 Maret 2024 | 15:20 WIB", "Hariankotabaru.com, KOTABARU - " .. PARA1 }
    assert.are.equal("Hariankotabaru.com", m.outlet)
    -- a regional paper's masthead alone, by its media word (Radar, Tribun, Pos, ... Post, ... Times)
    local names = { "Radar Kotabaru", "TRIBUN KOTABARU", "Pos Kotabaru", "Kotabaru Pos", "The Kotabaru Post",
      "Kotabaru Globe", "Kotabaru Today", "Kotabaru Daily" }
    for _, name in ipairs(names) do
      m, class = page { name, "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
        PARA1, PARA2 }
      assert.are.same({ name, "navigation", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak" },
        { m.outlet, class[name], m.headline })
    end
    -- or one the gazetteer knows as an outlet, without a media word, above the article (as written)
    kimput.entities.add { name = "Gema Kotabaru", kind = "outlet" }
    m = page { "GEMA KOTABARU", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak",
      "Kamis, 7 Maret 2024 | 15:20 WIB", PARA1, PARA2 }
    assert.are.same({ "GEMA KOTABARU", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak" },
      { m.outlet, m.headline })
    m = page { "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB", PARA1,
      "Gema Kotabaru", PARA2 }
    assert.is_nil(m.outlet)  -- a name among the paragraphs is no masthead
    -- a known outlet's edition: with a comma before it, or in capitals after the outlet's name in capitals
    kimput.entities.add { name = "GKB", kind = "outlet" }
    for _, name in ipairs { "Gema Kotabaru, Indonesia", "GKB WORLD-KOTABARU" } do
      m = page { name, "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
        PARA1, PARA2 }
      assert.are.equal(name:gsub(", ", " "), m.outlet)
    end
    -- foreign broadcasters' Indonesian editions the gazetteer knows
    for _, name in ipairs { "ABC Indonesia", "CGTN Indonesia", "DW Indonesia" } do
      m = page { name, "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
        PARA1, PARA2 }
      assert.are.equal(name, m.outlet)
    end
    -- a known outlet's name in capitals alone on the page's first line; one word further down is a menu's
    m = page { "GKB", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
      PARA1, PARA2 }
    assert.are.equal("GKB", m.outlet)
    -- or in one word, title-cased
    kimput.entities.add { name = "Gemakota", kind = "outlet" }
    m = page { "Gemakota", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
      PARA1, PARA2 }
    assert.are.equal("Gemakota", m.outlet)
    m = page { "Menu", "GKB", "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB",
      PARA1, PARA2 }
    assert.is_nil(m.outlet)
    m, class = page { "Pemkab Kotabaru Siapkan Dana Perbaikan Sekolah Rusak", "Kamis, 7 Maret 2024 | 15:20 WIB", PARA1,
      "Pos Ronda", PARA2 }
    assert.is_nil(m.outlet)
    assert.are.equal("body", class["Pos Ronda"])  -- a subheading among them
    -- a masthead whose words' initials are the outlet's name, with no headline under it
    m = page { "Radio Suara Kotabaru", "Terkini", "RSK, Medan - " .. PARA1, PARA2 }
    assert.are.same({ "RSK", "Medan" }, { m.outlet, m.dateline })
    assert.is_nil(m.headline)
  end)

  it("a page date after short lead paragraphs with no label or caption above it leaves them in the body", function()
    local lead1, lead2 = "Pemerintah kota membuka pasar murah selama tiga hari.",
      "Warga mulai mengantre sejak pagi untuk membeli beras."
    local _, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", lead1, lead2, "Senin, 12 Februari 2024",
      PARA1, PARA2, PARA3 }
    assert.truthy(doc:body():find(lead1 .. "\n" .. lead2 .. "\n" .. PARA1, 1, true))
  end)

  it("box titles between paragraphs are furniture; an in-article subheading stays", function()
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Bandung - " .. PARA1, "Konten Sponsor", PARA2,
      "Video Terkini", "Kronologi Antrean", PARA3 }
    assert.same({ "navigation", "navigation", "body" },
      { class["Konten Sponsor"], class["Video Terkini"], class["Kronologi Antrean"] })
  end)

  it("a box of trending titles above the article, repeated below it, holds no headline", function()
    local m, class = page {
      "Trending",
      "Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
      "Klub Lokal Juara Turnamen Antarkampung",
      "Jembatan Gantung Desa Putus Diterjang Banjir",
      "Regional",
      "Pasar Murah Dibuka di Alun-alun Kota",
      "Senin 25 Mar 2024 08:18 WIB",
      "Bandung (Contoh Kita) - " .. PARA1,
      PARA2,
      "Terpopuler",
      "Harga Cabai Rawit Melonjak Jelang Akhir Tahun",
      "Klub Lokal Juara Turnamen Antarkampung",
    }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
    assert.are_not.equal("headline", class["Harga Cabai Rawit Melonjak Jelang Akhir Tahun"])
  end)

  it("a place alone in capitals opens the article below a deck; a name and a dash further down do not", function()
    local deck = "Wali kota menyebut pasar murah akan digelar lagi menjelang hari raya tahun depan."
    local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", deck, "BANDUNG - " .. PARA1, PARA2 }
    assert.are.equal("Bandung", m.dateline)
    assert.are.equal("caption", class[deck])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    local list = "Nama Pejabat - Kepala dinas perdagangan yang memimpin rapat persiapan pasar murah hari ini."
    m, class = page { PARA1, PARA2, list, PARA3 }
    assert.is_nil(m.dateline)
    assert.are.equal("body", class[PARA1])
    assert.are.equal("body", class[list])
  end)

  it("a place alone opens the article under the page date, below a deck that ends with a period", function()
    local deck = "Wali kota menyebut pasar murah akan digelar lagi menjelang hari raya tahun depan."
    local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", deck, "Rabu, 12 Jun 2024 10:21 WIB",
      "Sukamaju - " .. PARA1, PARA2 }
    assert.are.same({ "Sukamaju", "Pasar Murah Dibuka di Alun-alun Kota" }, { m.dateline, m.headline })
    assert.are.equal("caption", class[deck])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)

  it("a byline ending in the outlet's channel and 'Follow Berita X di Google News' name the outlet", function()
    local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Tim situsberita - situsNews", PARA1, PARA2 }
    assert.equal("situsNews", m.outlet)
    assert.equal("credit", class["Tim situsberita - situsNews"])
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", PARA1, PARA2, "Follow Berita Kabarkota di Google News" }
    assert.equal("Kabarkota", m.outlet)
    m, class = page { "situsNEWS", "Pasar Murah Dibuka di Alun-alun Kota", "15 Agustus 2024 10:20 WIB", PARA1, PARA2 }
    assert.same({ "situsNEWS", "navigation" }, { m.outlet, class["situsNEWS"] })
  end)
  it("credit lines name the outlet: copyright and 'Follow ... Channel X'", function()
    local m = page { PARA1, PARA2, "Copyright © KANTORBERITA 2025" }
    assert.are.equal("KANTORBERITA", m.outlet)
    m = page { PARA1, PARA2, "Follow WhatsApp Channel Kabarku untuk update berita terbaru setiap hari" }
    assert.are.equal("Kabarku", m.outlet)
    local class
    m, class = page { "SUKAMAJU - " .. PARA1, PARA2, "(Kabarku.com/Nama Penulis)" }
    assert.are.same({ "Kabarku.com", "credit" }, { m.outlet, class["(Kabarku.com/Nama Penulis)"] })
    m = page { "SITUSINDUK.COM, SUKAMAJU - " .. PARA1, PARA2, "(Situsinduk.com/Abc)" }
    assert.are.equal("SITUSINDUK.COM", m.outlet)  -- the opening's name comes first
    m = page { PARA1, PARA2, "* Follow Official WhatsApp Channel Kabarku.com untuk update berita terbaru setiap hari" }
    assert.are.equal("Kabarku.com", m.outlet)
    m = page { PARA1, PARA2,
      "Selain informasi soal pasar, simak berita terkini lainnya hanya di KABARKU. Tetap terhubung!" }
    assert.are.equal("KABARKU", m.outlet)
  end)
end)

describe("credits", function()
  it("a foreign bureau's desk initials and agencies under the article: a credit naming its sources", function()
    local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Diterbitkan 07.06.2024", PARA1, PARA2,
      "ab/cd (Reuters, AFP)" }
    assert.are.equal("credit", class["ab/cd (Reuters, AFP)"])
    assert.are.same({ "Reuters", "AFP" }, m.sources)
  end)

  it("Editor, Penulis, Reporter, Pewarta, Rep/Red, Penerjemah lines are credits", function()
    local lines = {
      "Penulis: Nama Satu", "Reporter: Nama Dua", "Pewarta: Nama Tiga", "Rep: Nama Empat/ Red: Nama Lima",
      "Penerjemah: Nama Enam", "Laporan: Nama Tujuh", "Foto & Teks: Nama Delapan",
      "Teks: Nama Sembilan | Foto: Nama Sepuluh",
      "*Penulis adalah dosen ilmu pertanian di sebuah universitas negeri di Kota Contoh.",
      "*) Penulis adalah peneliti pada sebuah lembaga kajian pangan di Kota Contoh.",
      "Tulisan ini sepenuhnya menjadi tanggung jawab penulis.",
    }
    local m, class = page { PARA1, PARA2, table.concat(lines, "\n") }
    for _, l in ipairs(lines) do assert.are.equal("credit", class[l], l) end
    assert.are.equal("Nama Lima", m.editor)
    assert.are.equal("Nama Enam", m.translator)
  end)

  it("credit lines in more shapes: brackets, no bar, a second label, initials after the name", function()
    local shapes = {
      { "(Penulis: Nama Satu, Editor: Nama Dua)", "Nama Dua" },
      { "Pewarta : Nama Satu Editor : Nama Dua", "Nama Dua" },
      { "Laporan: Nama Satu | Editor: Nama Dua", "Nama Dua" },
      { "Editor: Nama Dua - Situsku.com", "Nama Dua" },
      { "Diedit oleh Nama Dua", "Nama Dua" },
      { "Disunting oleh: Nama Dua", "Nama Dua" },
      { "Editor: Nama Dua, Penulis: Nama Satu", "Nama Dua" },
      { "Editor: Nama Dua (abc)", "Nama Dua" },
      { "Red: Nama Dua", "Nama Dua" },
    }
    for _, c in ipairs(shapes) do
      local m, class = page { PARA1, PARA2, c[1] }
      assert.are.same({ "credit", c[2] }, { class[c[1]], m.editor }, c[1])
    end
    local sources = {
      { "(Sumber: KBA)", { "KBA" } },
      { "Sumber Berita: Kantor Contoh", { "Kantor Contoh" } },
      { "Sumber(s): Kantor Contoh", { "Kantor Contoh" } },
      { "Disadur dari: Kantor Contoh", { "Kantor Contoh" } },
    }
    for _, c in ipairs(sources) do
      local m, class = page { PARA1, PARA2, c[1] }
      assert.are.same({ "credit", c[2] }, { class[c[1]], m.sources }, c[1])
    end
  end)

  it("'Editor Nama' without a colon names the editor", function()
    local m, class = page { PARA1, PARA2, "Editorial Team", "Editor Nama Penyunting" }
    assert.are.equal("Nama Penyunting", m.editor)
    assert.are.equal("credit", class["Editor Nama Penyunting"])
  end)

  it("a name above a bare 'Editor' label, a bare 'Oleh' above a name, bylines", function()
    local m, class = page {
      "Pasar Murah Dibuka di Alun-alun Kota", "Situsberita.com, 8 April 2022, 16:33 WIB", "Nama Penyunting", "Editor",
      PARA1, "Oleh", "NAMA WARTAWAN CONTOH", PARA2, "Laporan Wartawan Situsberita.com Nama Reporter",
      "Nama Jurnalis Contoh, Jurnalis", PARA3,
    }
    assert.are.equal("Nama Penyunting", m.editor)
    assert.are.equal("credit", class["Nama Penyunting"])
    assert.are.equal("credit", class["NAMA WARTAWAN CONTOH"])
    assert.are.equal("credit", class["Laporan Wartawan Situsberita.com Nama Reporter"])
    assert.are.equal("credit", class["Nama Jurnalis Contoh, Jurnalis"])
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)

  it("trailing initials: (abc/abc) is one editor, [JP] is cut from the body", function()
    local m, _, doc = page { PARA1, PARA2 .. " (abc/abc)" }
    assert.are.equal("abc", m.editor)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    m = page { PARA1, PARA2, "[JP]" }
    assert.are.equal("JP", m.editor)
    -- a desk's one-letter code after the slash, alone or glued to the last sentence
    m, _, doc = page { PARA1, PARA2 .. "[AB/r]" }
    assert.are.same({ "AB/r", PARA1 .. "\n" .. PARA2 }, { m.editor, doc:body() })
    assert.are.equal("AB/r", page({ PARA1, PARA2, "[AB/r]" }).editor)
    -- a desk's number after the initials
    m, _, doc = page { PARA1, PARA2 .. " (abc8/situs)" }
    assert.are.same({ "abc8/situs", PARA1 .. "\n" .. PARA2 }, { m.editor, doc:body() })
    local class
    m, class = page { PARA1, PARA2, "(abc12/situs)" }
    assert.are.same({ "abc12/situs", "credit" }, { m.editor, class["(abc12/situs)"] })
    -- the outlet's address after the initials, alone or closing the last line
    m, class = page { PARA1, PARA2, "(cr11/situs-kota.com)" }
    assert.are.same({ "cr11/situs-kota.com", "credit" }, { m.editor, class["(cr11/situs-kota.com)"] })
    m, _, doc = page { PARA1, PARA2 .. " (cr11/situs-kota.com)" }
    assert.are.same({ "cr11/situs-kota.com", PARA1 .. "\n" .. PARA2 }, { m.editor, doc:body() })
    -- a space by the slash
    m, _, doc = page { PARA1, PARA2 .. " (abc/ xyz)" }
    assert.are.same({ "abc/xyz", PARA1 .. "\n" .. PARA2 }, { m.editor, doc:body() })
    m, class = page { PARA1, PARA2, "(abc / xyz)" }
    assert.are.same({ "abc/xyz", "credit" }, { m.editor, class["(abc / xyz)"] })
    -- a photo's credit or an advertorial's mark names no editor
    m, class = page { PARA1, PARA2, "(ist)" }
    assert.are.same({ nil, "body" }, { m.editor, class[PARA2] })
    assert.is_nil(page({ PARA1, PARA2 .. " (adv)" }).editor)
  end)

  it("'Redaktur & Reporter : Nama' names the editor, over the initials", function()
    local m, class = page { PARA1, PARA2 .. " (abc8/situs)", "Redaktur & Reporter : Nama Contoh" }
    assert.are.same({ "Nama Contoh", "credit" }, { m.editor, class["Redaktur & Reporter : Nama Contoh"] })
  end)

  it("'Artikel ini telah tayang ... dengan judul' gives the headline when the page shows none", function()
    local credit = "Artikel ini telah tayang di Situsku.com dengan judul \"Pasar Murah Dibuka di Alun-alun\""
    local m, class = page { PARA1, PARA2, credit }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun", m.headline)
    assert.are.equal("credit", class[credit])
  end)
end)

describe("captions", function()
  local captions = {
    "Wali kota meninjau pasar murah di alun-alun. (Situsku.com/Nama Fotografer)",
    "Wali kota meninjau pasar murah di alun-alun/Ist",
    "Wali kota meninjau pasar murah di alun-alun. Foto: Nama Fotografer",
    "Wali kota meninjau pasar murah di alun-alun. (ANTARA FOTO/Nama Fotografer/abc)",
    "Foto/Reuters/Nama Fotografer",
    "Pedagang menata dagangan di lapak pasar murah. (KBA /Nama Fotografer)",
    "Pasar Murah di Alun-alun-Nama Fotografer-situsku.co.id",
    "- situsku.com",
    "Wali kota meninjau pasar murah. Dok. Pemkot Contoh",
    "Dok. Pemkot Contoh",
    "Wali kota meninjau pasar murah. REUTERS/KBA/Nama Fotografer/abc.",
    "Wali kota meninjau pasar murah. Photo by Nama Fotografer/Kantor Foto",
    "Gambar oleh Nama Fotografer dari Situs Gambar",
    "Image: Kantor Foto Contoh",
    "Ilustrasi. (Situs Foto)",
    "Pedagang menata beras di lapak. (Shutterstock)",
    "Pedagang menata beras di lapak.(SHUTTERSTOCK/NAMA FOTOGRAFER)",
    "Wali kota meninjau pasar murah di alun-alun. (Instagram/@akunwarga)",
    "Wali kota meninjau pasar murah di alun-alun. SITUSKU.com/NAMA FOTOGRAFER",
    "Wali kota meninjau pasar murah di alun-alun. (situskucom/Nama Fotografer)",
    "Wali kota meninjau pasar murah di alun-alun (Situsku/Nama Fotografer)",
    "Wali kota meninjau pasar murah di alun-alun. ©2024 Situsku.com/Nama Fotografer",
    "Wali kota meninjau pasar murah di alun-alun. (ANTARA/HO-Humas Pemkot)",
    "Wali kota meninjau pasar murah di alun-alun (ANTARA)",
    "Wali kota meninjau pasar murah di alun-alun (Reuters/Nama Fotografer)",
    "Wali kota meninjau pasar murah di alun-alun (Tangkapan layar Instagram @akunwarga)",
    "Caption: Wali kota meninjau pasar murah di alun-alun",
    "Wali kota meninjau pasar murah di alun-alun sejak pagi hari. (Situsku News: Nama Fotografer)",
    "Wali kota meninjau pasar murah di alun-alun, Senin (25/3/2024)",
    "Wali kota meninjau pasar murah di alun-alun (Instagram @akunwarga)",
    "Wali kota meninjau pasar murah di alun-alun bersama para pedagang kecil.(AFP)",
    "Wali kota meninjau pasar murah di alun-alun. Pasar Murah Dibuka Tiga Hari  (Tribunkota.co.id/Nama)",
    "Wali kota meninjau pasar murah di alun-alun, Senin (25/3/2024). (Antara-HO Pemkot Contoh)",
  }
  for _, c in ipairs(captions) do
    it(c, function()
      local _, class, doc = page { PARA1, c, PARA2, PARA3 }
      assert.are.equal("caption", class[c])
      assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    end)
  end

  it("a repeated caption with its photographer does not become the headline", function()
    local cap = "Wali kota meninjau pasar murah di alun-alun. Photo by Nama Fotografer/Kantor Foto"
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Published: 21 November 2024 15:02", cap, cap,
      "BANDUNG, Situsku.com - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)

  it("an all-caps photo credit and the caption under it", function()
    local cap = "Petugas membagikan kupon antrean kepada warga di alun-alun kota pada Senin pagi."
    local _, class = page { PARA1, "DOKUMENTASI PEMKOT CONTOH", cap, PARA2 }
    assert.are.equal("caption", class["DOKUMENTASI PEMKOT CONTOH"])
    assert.are.equal("caption", class[cap])
  end)

  it("the short line under an image's placeholder is its caption; a paragraph or a subheading stays", function()
    for _, mark in ipairs({ "[gambar]", "[Foto 2]", "Image", "![pasar murah](https://situsku.com/img/pasar.jpg)" }) do
      local cap = "Wali kota meninjau pasar murah di alun-alun"
      local _, class, doc = page { PARA1, mark, cap, PARA2, "Stok Beras Ditambah", mark, PARA3 }
      assert.are.same({ "caption", "caption" }, { class[mark], class[cap] })
      assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\nStok Beras Ditambah\n" .. PARA3, doc:body())
    end
    -- the headline under a placeholder at the top stays the headline
    local m = page { "Beranda", "Image", "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 4 Maret 2024 10:00 WIB",
      PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)

  it("a title-cased title with its day in brackets is no caption, nor is a sentence with its period", function()
    local title = "Jadwal Imsakiyah Kota Contoh Hari Ini, Senin (25/3/2024)"
    local m = page { title, "Senin, 25 Maret 2024 04:00 WIB", PARA1, PARA2 }
    assert.are.equal(title, m.headline)
    local sentence = "Wali kota meninjau pasar murah di alun-alun bersama camat setempat, Senin (25/3/2024)."
    local _, class = page { PARA1, sentence, PARA2 }
    assert.are.equal("body", class[sentence])
  end)

  it("a closing line with no period and its agency's credit, long for a caption, stays the article's", function()
    local last = "Warga mengungsi ke balai desa dan masjid terdekat sambil menunggu air surut, ujar kepala desa"
      .. " (ANTARA)"
    local _, class = page { PARA1, PARA2, last }
    assert.are.equal("body", class[last])
  end)

  it("an image path alone on its line", function()
    local path = ":strip_icc():format(webp)/media-production/medias/123/original/foto-pasar.jpg"
    local _, class = page { PARA1, path, PARA2 }
    assert.are.equal("navigation", class[path])
  end)
end)

describe("page furniture", function()
  local furniture = {
    "waktu baca 2 menit", "·3 menit baca", "A A A", "Perbesar teks", "Kirim Komentar",
    "Isi komentar sepenuhnya adalah tanggung jawab pengguna dan diatur dalam UU ITE.",
    "Share :", "Baca berita tanpa iklan. Gabung Situsku+", "Topik Artikel :", "Halaman selanjutnya",
    "Telusuri berita Daerah lainnya", "Opini Menarik: Pasar dan Harga",
    "Follow Situsku.com untuk mendapatkan informasi terkini. Klik WhatsApp Channel & Google News",
    "Tonton juga: Warga Antre Beras Murah", "[Gambas:Video Situsku]", "Pilihan Untukmu",
    "Halaman : 1 2 3", "Belum ada komentar. Jadilah yang pertama!",
    "Gunakan bahasa yang santun dan tidak mengandung SARA.",
    "Terima kasih telah membaca artikel ini. Dukung jurnalisme berkualitas dengan berlangganan.",
    "Baca artikel Kabar Contoh lainnya di Google News",
    "Advertisement - Scroll to continue", "Iklan - Gulir ke bawah untuk melanjutkan", "Konten Bersponsor",
    "Gulir untuk melanjutkan membaca", "Lanjut ke halaman berikutnya", "Hal. 2", "1 2 3 Selanjutnya",
    "Artikel Menarik Lainnya", "Jangan Lewatkan: Harga Beras Turun di Pasar", "Editor's Choice",
    "Dengarkan artikel ini", "Tonton Video", "Share ke Facebook", "Salin tautan", "Link tersalin",
    "Ikuti kami di", "Bagaimana reaksi Anda tentang artikel ini?", "Daftar newsletter",
    "Masukkan alamat email", "Kirim Ralat", "Kembali ke atas", "Kategori: Internasional",
    "0 Shares", "Dilihat 1.234 kali", "Views: 2.345", "Pedoman Media Siber", "Muat Lebih Banyak",
    "Yuk, gabung komunitas pembaca kami!", "Simak breaking news dan berita pilihan kami langsung di ponselmu.",
    "(Ilustrasi/Situsku)", "Disclaimer: Artikel ini merupakan opini pribadi penulis.",
    "* Follow Official WhatsApp Channel Situsku.com untuk mendapatkan kabar terbaru dengan mengklik tautan ini.",
    "Baca info selengkapnya hanya di sini", "Konten Premium", "Baca berita di aplikasi",
    "Nikmati berita lebih cepat lewat aplikasi Situsku", "Klik untuk membaca", "Sponsored Content",
    "Rekomendasi Berita", "Suka artikel ini? Bagikan ke temanmu", "Tanggapi artikel ini",
    "Dapatkan akses ke berita premium Situsku.com dengan berlangganan sekarang juga.",
    "1 / 5", "Galeri Foto", "Live Update", "Laporan Langsung",
    "Lihat Selengkapnya", "Cari Berita", "Share this article", "Ada 0 komentar", "AI-generated summary",
    "Rangkuman Berita", "Kumpulan Berita Pasar Murah", "Klik dan dapatkan info kost di dekatmu",
    "Selanjutnya: Harga Beras Turun di Pasar", "Menarik Dibaca: Harga Beras Turun di Pasar",
    'Simak Video "Pasar Murah Diserbu Warga"', "Tonton video lainnya di kanal YouTube Situsku.",
    "Saksikan live streaming program-program Situsku TV di sini",
    "Jangan lupa follow akun Instagram kami untuk berita terbaru.", "Temukan juga kami di Google News",
    "Untuk mendapatkan update berita terkini setiap hari, silakan bergabung di saluran WhatsApp kami.",
    "Artikel ini merupakan bagian dari Situsku Network", "Tim Redaksi", "Redaksi Situsku",
    "Baca halaman selanjutnya", "BACA HALAMAN BERIKUTNYA", "Apa Reaksi Anda?", "Topik Terkait", "Tutup Iklan",
    "Tonton Video Lainnya", "Login untuk berkomentar", "Baca artikel Situsku lainnya di sini", "All rights reserved",
    "Bergabunglah dengan saluran Telegram Situsku untuk mendapatkan update berita terkini.",
    "Pantau terus perkembangan berita ini hanya di Situsku.com", "Laporkan kesalahan penulisan",
    "Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *",
    "Your email address will not be published. Required fields are marked *",
    "Klik untuk berbagi di Facebook(Membuka di jendela yang baru)", "Suka Memuat...",
    "Daftarkan email Anda untuk mendapatkan berita terbaru setiap hari.",
    "Lewati ke konten utama", "Lebih banyak cerita menarik", "Simak berita terbaru lainnya di Situsku.id",
    "Estimasi baca 3 menit", "Kamu mungkin juga suka", "Mungkin Anda Tertarik", "Paling Banyak Dibaca",
    "Terpopuler Minggu Ini", "Most Popular", "Lihat Komentar (3)", "Iklan di bawah ini", "Poin Utama",
    "Jangan lupa subscribe channel YouTube Situsku TV", "Berita ini telah diperbarui pada 3 Juni 2024",
    -- a multi-page article's pager, a gallery's counter, a regional outlet's closing thanks
    "Halaman 1 2 3 Selanjutnya", "Foto 3 dari 12", "Matur nuwun sampun maos", "Hatur nuhun parantos maca",
    -- who made the page's text; a correction or the desk's note on the article
    "Konten ini diproduksi oleh Kabar Sukamaju", "Artikel ini diproduksi oleh Situsku Indonesia",
    "Konten ini dibuat dengan dukungan dari Kantor Berita Contoh.",
    "Ralat: Artikel ini telah diperbaiki pada Rabu (12/6/2024). Sebelumnya tertulis tiga orang, seharusnya dua.",
    "Catatan redaksi: Judul artikel ini telah diubah dari sebelumnya.",
    "Catatan Editor: Artikel ini merupakan opini pribadi penulis dan tidak mewakili pandangan redaksi.",
    -- a cookie banner
    "Kami menggunakan cookie untuk meningkatkan pengalaman Anda. Dengan melanjutkan, Anda menyetujui kebijakan kami.",
    -- a live page's update between its entries, a video's duration
    "14:05 WIB", "Pukul 13.10 WITA", "02:15",
  }
  for _, f in ipairs(furniture) do
    it(f, function()
      local _, class = page { PARA1, f, PARA2, PARA3 }
      assert.are_not.equal("body", class[f])
    end)
  end

  it("sentences like the notes on an article stay body", function()
    for _, sentence in ipairs {
      "Video ini dibuat oleh seorang warga yang merekam banjir dari atap rumahnya.",
      "Koreksi: warga meminta pemerintah memperbaiki jalan sebelum musim hujan tiba.",
      "Angka kemiskinan di kota itu turun menjadi 7,2 persen pada tahun lalu. (Sumber: Badan Pusat Statistik)",
      "Foto 3 dari 12 peserta lomba itu dipajang di balai desa selama sepekan.",
    } do
      local _, class = page { PARA1, sentence, PARA2 }
      assert.are.equal("body", class[sentence], sentence)
    end
  end)

  it("a live page's update times between its entries are no body dates", function()
    local doc = kimput.parse(table.concat({ "Pasar Murah Dibuka di Alun-alun Kota", "Rabu, 12 Juni 2024 | 08:15 WIB",
      "14:40 WIB", PARA1, "13:05 WIB", PARA2 }, "\n"))
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    for _, d in ipairs(doc:dates()) do assert.is_nil(d.text:find("WIB", 1, true), d.text) end
    assert.are.equal("2024-06-12T08:15", doc:meta().published)
  end)

  it("a correction opening the page is no dateline", function()
    local note = "Ralat: Artikel ini telah diperbaiki. Redaksi mohon maaf atas kesalahan tersebut."
    local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Rabu, 12 Juni 2024 | 09:30 WIB", note,
      "SUKAMAJU, KABARKU - " .. PARA1, PARA2 }
    assert.are.same({ "Sukamaju", "KABARKU" }, { m.dateline, m.outlet })
    assert.are.equal("credit", class[note])
  end)

  it("a newsletter's prompt ends the article: the links above it are no subheadings", function()
    local prompt = "Daftarkan email Anda untuk mendapatkan berita terbaru setiap hari."
    local _, class, doc = page { PARA1, PARA2, "Berita Lainnya", "Harga Cabai Mulai Turun di Pasar Induk",
      "Stok Beras Aman Hingga Lebaran", prompt, "Berlangganan" }
    assert.are.same({ "navigation", "navigation" },
      { class[prompt], class["Harga Cabai Mulai Turun di Pasar Induk"] })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- a sentence asking for an email that names no news stays
    local sentence = "Daftarkan diri Anda melalui email panitia paling lambat Jumat pekan ini."
    _, class = page { PARA1, sentence, PARA2 }
    assert.are.equal("body", class[sentence])
  end)

  it("a gallery of captions only: its label and photo counters are furniture, not the body", function()
    local cap = "Warga menerbangkan layang-layang di pantai, Jumat (22/3/2024). (Situsku.com/Nama Fotografer)"
    local _, class, doc = page { "Galeri Foto", "Festival Layang-layang di Pantai Sukamaju", "1 / 3", cap, "2 / 3" }
    assert.are.same({ "navigation", "navigation", "caption", "navigation" },
      { class["Galeri Foto"], class["1 / 3"], class[cap], class["2 / 3"] })
    assert.are_not.matches("1 / 3", doc:body(), 1, true)
  end)

  it("a gallery's title under its label is the headline, a credit under the label a caption", function()
    local title = "FOTO: Ribuan Warga Padati Festival Layang-layang di Pantai Sukamaju"
    local m, class = page { "Galeri Foto", title, "Senin, 10 Juni 2024 | 18:30 WIB", PARA1, PARA2 }
    assert.are.same({ title, "headline" }, { m.headline, class[title] })
    local credit = "FOTO: KABAR KOTA/Nama Fotografer"
    m, class = page { "Festival Layang-layang di Pantai Sukamaju", credit, "Senin, 10 Juni 2024 | 18:30 WIB", PARA1,
      PARA2 }
    assert.are.same({ "Festival Layang-layang di Pantai Sukamaju", "caption" }, { m.headline, class[credit] })
  end)

  it("summary bullets above the article and related lists after it", function()
    local _, class, doc = page {
      "Pasar Murah Dibuka di Alun-alun Kota",
      "- Harga beras lebih rendah dari pasar biasa",
      "- Pasar murah buka tiga hari",
      "JAKARTA, Situsku.com - " .. PARA1, PARA2, PARA3,
      "Berita Terkait", "Harga Cabai Turun Jelang Panen", "Stok Beras Aman Sampai Lebaran",
    }
    assert.are_not.equal("body", class["- Harga beras lebih rendah dari pasar biasa"])
    assert.are.equal("related", class["Stok Beras Aman Sampai Lebaran"])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)
end)

describe("a video's promotion between paragraphs", function()
  it("'Tonton juga video berikut ini' and 'Video: Judul' alone are links; a sentence about a video stays", function()
    local own = "Video: rekaman warga menunjukkan air naik dengan cepat, kata petugas kepada wartawan."
    local _, class, doc = page { PARA1, "Tonton juga video berikut ini", "Video: Pasar Murah Diserbu Warga", PARA2,
      own }
    assert.are.same({ "related", "related" }, { class["Tonton juga video berikut ini"],
      class["Video: Pasar Murah Diserbu Warga"] })
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. own, doc:body())
  end)
end)

describe("a site's notice that it carries part of its subscribers' news", function()
  it("is a credit under the article; a sentence on what a site shows stays", function()
    local notice = "Situs web Kantor Berita Lembah hanya memuat sebagian berita yang disajikan kepada pelanggan"
      .. " melalui layanan kawatnya, dan dalam bentuk ringkasan."
    local own = "Situs web pemerintah kota hanya memuat jadwal pasar murah hingga akhir bulan ini."
    local _, class, doc = page { PARA1, PARA2, own, notice }
    assert.are.equal("credit", class[notice])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. own, doc:body())
  end)
end)

describe("a box between paragraphs, from 'Lewati X dan lanjutkan membaca' to 'Akhir dari X'", function()
  it("is furniture, with every line in it", function()
    local box = { "Lewati Berita pilihan dan lanjutkan membaca", "Berita pilihan",
      "Harga cabai turun pekan lalu di pasar induk", "Akhir dari Berita pilihan" }
    local lines = { PARA1 }
    for _, l in ipairs(box) do lines[#lines + 1] = l end
    lines[#lines + 1] = PARA2
    local _, class, doc = page(lines)
    for _, l in ipairs(box) do assert.are.equal("navigation", class[l], l) end
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    _, _, doc = page { PARA1, "Skip Radio kota and continue reading", "Radio kota", "Siaran Pagi Ini",
      "End of Radio kota", PARA2 }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("'Akhir dari X' with no opening above it, or another X's, is a subheading", function()
    local _, class = page { PARA1, "Akhir dari Sebuah Penantian", PARA2 }
    assert.are.equal("body", class["Akhir dari Sebuah Penantian"])
    _, class = page { PARA1, "Lewati Podcast dan lanjutkan membaca", "Siaran Pagi Ini", "Akhir dari Sebuah Penantian",
      PARA2 }
    assert.are.equal("body", class["Akhir dari Sebuah Penantian"])
  end)
end)

describe("a summary box's label", function()
  it("heads short sentences above the article: captions, up to the opening", function()
    local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Rabu, 12 Juni 2024 | 09:30 WIB", "Ringkasan",
      "Pemkot membuka pasar murah selama tiga hari.", "Warga mengantre sejak pagi untuk membeli beras.",
      "Sukamaju - " .. PARA1, PARA2 }
    assert.are.equal("caption", class["Warga mengantre sejak pagi untuk membeli beras."])
    assert.are.equal("Sukamaju", m.dateline)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a line the article does not go on past", function()
  it("a comment section's heading: the readers' names, stamps and comments under it are furniture", function()
    local m, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 10 Juni 2024 | 11:00 WIB",
      PARA1, PARA2, "Komentar (2)", "Nama Pembaca", "Senin, 10 Juni 2024 | 12:15 WIB",
      "Antreannya panjang sekali, semoga stok beras ditambah panitia besok pagi.", "Balas · Suka" }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    assert.are.equal("navigation", class["Senin, 10 Juni 2024 | 12:15 WIB"])
    assert.are.equal("2024-06-10T11:00", m.published)
    local m2, _, doc2 = page { PARA1, PARA2, "Tulis komentar Anda", "Nama Pembaca", "2 jam yang lalu",
      "Saya sudah antre sejak subuh dan tetap tidak kebagian minyak goreng." }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc2:body())
    assert.is_nil(m2.published)  -- a comment's "2 jam yang lalu" is no page stamp
  end)
  it("a paywall's prompt: the offers under it are furniture", function()
    local _, _, doc = page { PARA1, PARA2, "Baca selengkapnya dengan berlangganan",
      "Artikel ini khusus untuk pelanggan. Sudah berlangganan? Masuk", "Berlangganan mulai Rp50.000/bulan",
      "Dapatkan akses tanpa batas ke seluruh liputan kami." }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("above the article's second paragraph it ends nothing (a counter by the byline, a share bar)", function()
    local _, _, doc = page { "3 Komentar", PARA1, PARA2, PARA3 }
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    _, _, doc = page { PARA1, "Komentar (12)", PARA2, PARA3 }
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)
  it("a counter between paragraphs ends nothing when the article goes on under it (a share bar's)", function()
    local last = "Barang bukti berupa dua telepon genggam disita dari rumah pelaku."
    for _, counter in ipairs({ "Komentar (12)", "12 Komentar", "KOMENTAR (3)" }) do
      -- two paragraphs under it
      local _, class, doc = page { PARA1, PARA2, counter, PARA3, last, "Baca Juga",
        "Warga Resah Pencurian Meningkat" }
      local body = table.concat({ PARA1, PARA2, PARA3, last }, "\n")
      assert.are.same({ body, "navigation" }, { doc:body(), class[counter] }, counter)
      -- one paragraph, then the article's tail (its tags, its editor's credit), past an advert's label
      _, _, doc = page { PARA1, PARA2, counter, "ADVERTISEMENT", PARA3, "Tag: pasar murah, beras" }
      assert.are.equal(table.concat({ PARA1, PARA2, PARA3 }, "\n"), doc:body(), counter)
      _, _, doc = page { PARA1, PARA2, counter, PARA3, "Editor: Nama Editor" }
      assert.are.equal(table.concat({ PARA1, PARA2, PARA3 }, "\n"), doc:body(), counter)
    end
    -- the comments under it open with a reader's name: the section ends the article, also a heading over paragraphs
    local _, _, doc = page { PARA1, PARA2, "Komentar (2)", "Nama Pembaca", PARA3, last }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    _, _, doc = page { PARA1, PARA2, "Komentar (1)", PARA3, "Nama Pembaca" }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    _, _, doc = page { PARA1, PARA2, "Komentar Pembaca", PARA3, last }
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("a counter of no comments between paragraphs ends nothing: no comment is under it", function()
    for _, counter in ipairs({ "Komentar (0)", "0 Komentar", "KOMENTAR (0)" }) do
      local _, class, doc = page { PARA1, PARA2, counter, PARA3 }
      local body = PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3
      assert.are.same({ body, "navigation" }, { doc:body(), class[counter] }, counter)
    end
  end)
end)

describe("a topic's links under their label", function()
  it("'Simak berita lainnya seputar topik artikel ini, di sini:' and the topic under it are links", function()
    local label = "Simak berita lainnya seputar topik artikel ini, di sini:"
    local _, class, doc = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, label, "Harga Beras Medium",
      "Editor: Nama Editor" }
    assert.are.same({ "navigation", "navigation" }, { class[label], class["Harga Beras Medium"] })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("the lists under a label after the article", function()
  it("'Topik Terkait' over its tags and 'Berita Terkait' over titles are furniture", function()
    local _, class, doc = page {
      "JAKARTA, Situsku.com - " .. PARA1, PARA2, "(abc/def)", "Topik Terkait", "pasar murah", "harga beras",
      "Berita Terkait", "Harga Cabai Turun Jelang Panen Raya", "Stok Beras Dipastikan Aman Sampai Lebaran",
      "Komentar", "Belum ada komentar. Jadilah yang pertama.",
    }
    assert.are.same({ "hashtags", "hashtags" }, { class["pasar murah"], class["harga beras"] })
    assert.are.same({ "related", "related" },
      { class["Harga Cabai Turun Jelang Panen Raya"], class["Stok Beras Dipastikan Aman Sampai Lebaran"] })
    assert.are.equal("navigation", class["Belum ada komentar. Jadilah yang pertama."])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("keeps the article's own list at its end, items opening with a number", function()
    local intro = "Berikut daftar harga beras di pasar kota hari ini:"
    local _, _, doc = page { "JAKARTA, Situsku.com - " .. PARA1, intro, "5 kilogram: Rp 75.000",
      "10 kilogram: Rp 148.000", "Topik Terkait", "harga beras" }
    assert.are.equal(PARA1 .. "\n" .. intro .. "\n5 kilogram: Rp 75.000\n10 kilogram: Rp 148.000", doc:body())
  end)
end)

describe("a bare 'Baca Juga' over a list of titles", function()
  it("classes the title-cased titles under the first one as links; a short subheading stays", function()
    local _, class, doc = page {
      "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Baca Juga:",
      "Harga Cabai Turun Jelang Panen Raya di Jawa", "Stok Beras Dipastikan Aman Sampai Lebaran",
      "Antrean Warga", PARA3,
    }
    assert.are.equal("related", class["Stok Beras Dipastikan Aman Sampai Lebaran"])
    assert.are.equal("body", class["Antrean Warga"])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. "Antrean Warga" .. "\n" .. PARA3, doc:body())
    _, class = page { "JAKARTA, Situsku.com - " .. PARA1, "Baca juga", "Harga Cabai Turun Jelang Panen Raya di Jawa",
      "Warga antre beras murah sejak subuh", PARA2, PARA3 }
    assert.are.equal("body", class["Warga antre beras murah sejak subuh"])
  end)
end)

describe("the body keeps every paragraph and subheading", function()
  it("a subheading between paragraphs, a short paragraph, a quote", function()
    local lines = {
      "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Stok Dijamin Aman", PARA3,
      "Antrean mereda pada sore hari.", "\"Kami akan buka lagi bulan depan,\" kata ketua panitia.",
      "Panitia juga menyiapkan tenda bagi warga lanjut usia yang mengantre sejak subuh di lokasi itu.",
    }
    local _, class, doc = page(lines)
    assert.are.equal("body", class["Stok Dijamin Aman"])
    assert.are.equal("body", class["Antrean mereda pada sore hari."])
    assert.are.equal(table.concat(lines, "\n"):gsub("^JAKARTA, Situsku.com %- ", ""), doc:body())
  end)

  it("a list under the last paragraph: closed by a short sentence, or opened by a line with a colon", function()
    local items = { "- Beras medium: Rp 12.500", "- Gula pasir: Rp 17.000", "- Minyak goreng: Rp 15.000" }
    local lines = { "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Berikut harga bahan pokok di pasar murah itu:",
      items[1], items[2], items[3], "Harga itu berlaku hingga Sabtu." }
    local _, class, doc = page(lines)
    assert.are.same({ "body", "body" }, { class[items[1]], class["Harga itu berlaku hingga Sabtu."] })
    assert.are.equal(table.concat(lines, "\n"):gsub("^JAKARTA, Situsku.com %- ", ""), doc:body())
    -- the list last on the page, then a related box
    local places = { "Kelurahan Sukamaju", "Kelurahan Sukajadi Baru", "Kompleks Griya Asri" }
    local related = "Warga Keluhkan Antrean Panjang di Pasar Murah Kota"
    _, class = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Pasar murah berikutnya digelar di tiga lokasi:",
      places[1], places[2], places[3], "Berita Terkait", related, "Harga Beras di Pasar Induk Mulai Turun Pekan Ini" }
    assert.are.same({ "body", "body", "body", "navigation", "related" },
      { class[places[1]], class[places[2]], class[places[3]], class["Berita Terkait"], class[related] })
    -- a link list after the article still goes, under a label with a colon too (its titles are long, title-cased)
    _, class = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, related, "Harga Beras di Pasar Induk Mulai Turun" }
    assert.are.equal("navigation", class[related])
    _, class = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Rekomendasi artikel untuk Anda:", related,
      "Harga Beras di Pasar Induk Mulai Turun" }
    assert.are.equal("navigation", class[related])
  end)

  it("no headline is guessed when the page has none", function()
    local m = page { "BANDUNG, Situsku.com - " .. PARA1, PARA2, PARA3 }
    assert.is_nil(m.headline)
    m = page { "Laporan Wartawan Situsku.com Nama Reporter", "BANDUNG, Situsku.com - " .. PARA1, PARA2 }
    assert.is_nil(m.headline)
  end)
end)

describe("credits after the article", function()
  it("copyright lines name the outlet without the rights notice; '(c)' opens a list item", function()
    local m = page { PARA1, PARA2, "Copyright © 2023 KabarKota. All rights reserved." }
    assert.are.equal("KabarKota", m.outlet)
    m = page { PARA1, PARA2, "© 2024 Situsku.id. All Rights Reserved." }
    assert.are.equal("Situsku.id", m.outlet)
    m = page { PARA1, PARA2, "Redaksi | Pedoman Media Siber | Kontak", "Kabar Kota © 2024" }
    assert.are.equal("Kabar Kota", m.outlet)
    -- the name before the sign on a line of a sentence's shape, the year before the sign
    for _, line in ipairs({ "Kabar Kota © 2024. All rights reserved.", "2024 © Kabar Kota" }) do
      local meta, class = page { PARA1, PARA2, line }
      assert.are.same({ "Kabar Kota", "credit" }, { meta.outlet, class[line] }, line)
    end
    -- the site's name with its tagline or group, above the article
    local sites = { { "Kabar Kota - Berita Terkini Kota Contoh", "Kabar Kota" },
      { "Kabarkota.id | Portal Berita Kota Contoh", "Kabarkota.id" },
      { "Kabarkota.id - Grup Media Kota", "Kabarkota.id" } }
    for _, c in ipairs(sites) do
      local meta, class = page { c[1], "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023 12:05 WIB", PARA1,
        PARA2 }
      assert.are.same({ c[2], "navigation", "Pasar Murah Dibuka di Alun-alun Kota" },
        { meta.outlet, class[c[1]], meta.headline }, c[1])
    end
    -- a writer's byline under the headline, naming the outlet after a dash: the outlet is the one after the dash
    local byline = "Dewi Lestari - Warta Sukamaju"
    local caps = page { "Pasar Murah Dibuka di Alun-alun Kota", "Dewi Lestari - WARTA SUKAMAJU",
      "Senin, 9 Oktober 2023 12:05 WIB", PARA1, PARA2 }
    assert.are.equal("WARTA SUKAMAJU", caps.outlet)
    for _, tail in ipairs({ {}, { "Copyright © 2024 Warta Sukamaju. All rights reserved." } }) do
      local lines = { "Pasar Murah Dibuka di Alun-alun Kota", byline, "Senin, 9 Oktober 2023 12:05 WIB", PARA1, PARA2 }
      for _, l in ipairs(tail) do lines[#lines + 1] = l end
      local meta, class = page(lines)
      assert.are.same({ "Warta Sukamaju", "credit", "Pasar Murah Dibuka di Alun-alun Kota" },
        { meta.outlet, class[byline], meta.headline })
    end
    -- (a site's name with a tagline of a media word and its scope stays the site's)
    local taglines = { { "Situs Kita - Berita Indonesia", "Situs Kita" }, { "Kabar Kota - Berita Kota", "Kabar Kota" } }
    for _, c in ipairs(taglines) do
      local meta = page { c[1], "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023 12:05 WIB", PARA1,
        PARA2 }
      assert.are.equal(c[2], meta.outlet, c[1])
    end
    -- a company's name whole, without its "PT" or a "by"; the rights after the name stay out
    local names = {
      { "Copyright 2008 - 2024 PT. Kabar Kota Raya (Grup Kabar). All Rights Reserved.", "Kabar Kota Raya" },
      { "Hak Cipta © 2024 PT Situs Media Nusantara", "Situs Media Nusantara" },
      { "Copyright © 2024 by Kabar Kota", "Kabar Kota" },
      { "Copyright 2024 Situsku.id All Rights Reserved", "Situsku.id" },
      { "© 2024 Kabar Kota Hak Cipta Dilindungi", "Kabar Kota" },
    }
    for _, c in ipairs(names) do assert.are.equal(c[2], page({ PARA1, PARA2, c[1] }).outlet, c[1]) end
    local item = "(c) Panitia menambah stok beras."
    local _, class = page { PARA1, "(a) Harga turun.", "(b) Antrean tertib.", item, PARA2 }
    assert.are.equal("body", class[item])
  end)

  it("'Artikel ini telah tayang ... dengan judul' without quotes, then the address", function()
    local credit = "Artikel ini telah tayang di Situsku.com dengan judul Pasar Murah Dibuka di Alun-alun, "
      .. "https://situsku.com/2024/03/pasar-murah."
    local m = page { PARA1, PARA2, credit }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun", m.headline)
  end)

  it("republished-article credits in more wordings give the headline", function()
    local credits = {
      "Artikel ini sudah tayang di Situsku.com dengan judul 'Pasar Murah Dibuka di Alun-alun', klik untuk baca: "
        .. "https://situsku.com/read/123",
      "Artikel ini telah terbit di halaman Situsku.com dengan judul: Pasar Murah Dibuka di Alun-alun",
      "Artikel ini pernah dimuat di Situsku.com dengan judul “Pasar Murah Dibuka di Alun-alun”",
      "Berita ini telah tayang di Situsku.com dengan judul \"Pasar Murah Dibuka di Alun-alun\". Editor: Nama Dua",
    }
    for _, c in ipairs(credits) do
      local m, class = page { PARA1, PARA2, c }
      assert.are.same({ "credit", "Pasar Murah Dibuka di Alun-alun" }, { class[c], m.headline }, c)
    end
    local s = "Berita ini diterbitkan kantor berita KBA pada Senin pagi."
    local _, class = page { PARA1, s, PARA2 }
    assert.are.equal("body", class[s])
  end)

  it("a note that another outlet first published or wrote the article names it as a source", function()
    local notes = {
      { "Tulisan ini telah dimuat di Kabardunia.com", "Kabardunia.com" },
      { "Berita ini sudah terbit di Warta Samudra.", "Warta Samudra" },
      { "Artikel ini merupakan terjemahan dari Warta Samudra.", "Warta Samudra" },
      { "Artikel ini merupakan terjemahan dari situs Kabardunia.com", "Kabardunia.com" },
    }
    for _, n in ipairs(notes) do
      local m, class = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, n[1] }
      assert.are.same({ "credit", { n[2] } }, { class[n[1]], m.sources }, n[1])
    end
    local m = page { "JAKARTA, Situsku.com - " .. PARA1, PARA2, "Diterjemahkan oleh: Nama Satu" }
    assert.are.equal("Nama Satu", m.translator)
  end)

  it("a source line alone names the sources; a sentence that starts the same stays", function()
    local m, class = page { PARA1, PARA2, PARA3, "(Dikutip dari Kantor Contoh dan KBA)" }
    assert.are.equal("credit", class["(Dikutip dari Kantor Contoh dan KBA)"])
    assert.are.same({ "Kantor Contoh", "KBA" }, m.sources)
    local s = "Dikutip dari KBA, panitia menambah stok."
    local _, body_class = page { PARA1, s, PARA2 }
    assert.are.equal("body", body_class[s])
  end)

  it("the writer in brackets, a copy notice, an author's bio, a video label, poll buttons", function()
    local bio = "Nama Penulis adalah jurnalis yang meliput isu perdagangan di kota ini sejak 2015."
    local lines = {
      "(Nama Penulis Contoh)",
      "Dilarang mengambil dan/atau menayangkan ulang sebagian atau keseluruhan artikel di atas tanpa seizin redaksi.",
      "Tentang Penulis", bio, "Simak Video Pilihan di Bawah Ini:", "Lihat Hasil",
    }
    local _, class, doc = page { PARA1, PARA2, lines[5], lines[6], PARA3, lines[1], lines[2], lines[3], lines[4] }
    for _, l in ipairs(lines) do assert.are_not.equal("body", class[l], l) end
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)
end)

describe("sentences that start like furniture stay in the body", function()
  local lines = {
    "Dikutip dari KBA, wali kota menyebut pasar murah itu sebagai bantuan warga.",
    "Ilustrasi yang dibuat pelajar itu dipamerkan di balai kota.",
    "Oleh karena itu, panitia menambah jumlah kios tahun ini.",
    "Terima kasih telah membaca surat saya, tulis wali kota",
    "Dilarang mengambil gambar di area itu tanpa izin, kata petugas.",
    "Kategori: usia lanjut, anak-anak, dan ibu hamil menjadi prioritas utama.",
    "Bagikan ke warga",
    "Ikuti kami ke pasar, ajak wali kota",
    "Gambar oleh pelajar kota dipamerkan",
    "Lanjut ke tahap berikutnya",
    "Ayo belanja di pasar murah, ajak wali kota kepada warga yang datang.",
    "Redaksi menerima banyak pertanyaan warga tentang jadwal pasar murah itu.",
    "Jangan lupa, polisi juga memantau akun Instagram pelaku sejak pekan lalu.",
    "Untuk mendapatkan tiket, penonton bisa mengikuti kuis di akun Instagram panitia.",
    "Selanjutnya, panitia akan mengumumkan pemenang pada pekan depan.",
    "Simak video berikut untuk melihat suasana pasar pada pagi hari tadi.",
    "Artikel ini merupakan opini pribadi penulis dan tidak mewakili redaksi.",
    "Ada 3 komentar warga yang masuk ke kantor desa pekan lalu.",
    "Copyright lagu itu dimiliki sebuah label rekaman asal Bandung.",
    "Hak cipta karya para perajin itu kini dilindungi pemerintah daerah.",
    "Bergabung dengan klub itu sejak 2019, ia kerap mengunggah latihannya di Instagram pribadinya.",
  }
  for _, l in ipairs(lines) do
    it(l, function()
      local _, class = page { PARA1, PARA2, l, PARA3 }
      assert.are.equal("body", class[l])
    end)
  end
end)

describe("the headline above its deck", function()
  it("a title-cased headline, a sentence-case deck, a byline and the stamp", function()
    local deck = "Wali kota menyebut pasar murah akan digelar lagi menjelang hari raya"
    local m, class, doc = page {
      "Menu", "Nasional", "Ekonomi", "Ekonomi",
      "Pemkot: Pasar Murah Dibuka Tiga Hari di Alun-alun", deck, "Tim Redaksi", "Selasa, 3 September 2024 | 08:40 WIB",
      "Ilustrasi pasar di alun-alun kota.", PARA1, PARA2, PARA3,
    }
    assert.are.equal("Pemkot: Pasar Murah Dibuka Tiga Hari di Alun-alun", m.headline)
    assert.are.equal("caption", class[deck])
    assert.are.equal("caption", class["Ilustrasi pasar di alun-alun kota."])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)

  it("a sentence-case line above the first paragraph with no page date under it stays in the body", function()
    local lead = "Wali kota menyebut pasar murah akan digelar lagi menjelang hari raya"
    local _, class = page { "Pemkot: Pasar Murah Dibuka Tiga Hari di Alun-alun", lead, PARA1, PARA2 }
    assert.are.equal("body", class[lead])
  end)
end)

describe("a page without facts (no opening, no page date)", function()
  it("that opens with a title-cased title, the article right under it, has that title as its headline", function()
    local title = "Pemkot Buka Pasar Murah di Alun-alun Kota"
    local m, class, doc = page { title, PARA1, PARA2, PARA3 }
    assert.are.same({ title, "headline" }, { m.headline, class[title] })
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    -- under the site's menu or masthead too
    m = page { "Menu", title, PARA1, PARA2 }
    assert.are.equal(title, m.headline)
    -- a sentence-case line there stays the article's; so does a title under a line of the article
    local lead = "Pemkot buka pasar murah di alun-alun kota"
    m = page { lead, PARA1, PARA2 }
    assert.is_nil(m.headline)
    m = page { "Pasar murah dibuka hari ini", title, PARA1, PARA2 }
    assert.is_nil(m.headline)
  end)
end)

describe("the site's tagline under its address", function()
  it("is no headline: the title above the page date is", function()
    local m, class = page {
      "Menu", "KABARLEMBAH.COM", "Kabar Terkini dari Lembah Hijau", "Beranda / Daerah / Lembah Hijau",
      "Bupati Resmikan Pasar Rakyat di Kecamatan Timur", "Diposting pada 4 Maret 2025 oleh Redaksi",
      "Lembah Hijau, kabarlembah.com - " .. PARA1, PARA2, PARA3,
    }
    assert.are.equal("Bupati Resmikan Pasar Rakyat di Kecamatan Timur", m.headline)
    assert.are_not.equal("headline", class["Kabar Terkini dari Lembah Hijau"])
  end)
  it("is the headline when the page date or the opening stands right under it", function()
    local title = "Bupati Resmikan Pasar Rakyat di Kecamatan Timur"
    for _, stamp in ipairs({ "Rabu, 12 Juni 2024 10:00 WIB", "2 jam yang lalu" }) do
      local m, class = page { "Kabarlembah.com", title, stamp, "LEMBAH HIJAU, Kabarlembah.com - " .. PARA1, PARA2 }
      assert.are.equal(title, m.headline)
      assert.are.equal("headline", class[title])
    end
    local m = page { "Kabarlembah.com", title, "LEMBAH HIJAU, Kabarlembah.com - " .. PARA1, PARA2 }
    assert.are.equal(title, m.headline)
  end)
end)

describe("the outlet's address with its section after a slash", function()
  it("is a breadcrumb: the title under it is the headline", function()
    local m, class, doc = page { "Kotapos.com/Sukamaju", "Pasar Murah Dibuka di Alun-alun Kota",
      "Selasa, 11 Juni 2024 18:47", "KOTAPOS.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
    assert.are.equal("navigation", class["Kotapos.com/Sukamaju"])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a site name alone", function()
  it("names the outlet when no masthead or credit does", function()
    local m, class = page { "situsku.id", "Internasional", "Pasar Murah Dibuka di Alun-alun Kota", "Nama Penulis",
      "1 Januari 2025", PARA1, PARA2 }
    assert.are.equal("situsku.id", m.outlet)
    assert.are.equal("navigation", class["situsku.id"])
    m = page { "situsku.id", "Pasar Murah Dibuka di Alun-alun Kota", "KABARKU.COM, BANDUNG - " .. PARA1, PARA2 }
    assert.are.equal("KABARKU.COM", m.outlet)
  end)
end)

describe("the article's closing paragraph with its agency's credit", function()
  local closing = "Panitia memastikan pasar murah akan dibuka lagi bulan depan di lapangan kota, kata ketua panitia."
    .. " (Reuters/Nama Foto)"
  it("stays in the body, without the credit, when nothing of the article follows", function()
    local _, class, doc = page { PARA1, PARA2, closing, "Editor: Nama Dua", "Berita Terkait", "Harga Cabai Turun" }
    assert.are.equal("body", class[closing])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. closing:gsub(" %(Reuters/Nama Foto%)$", ""), doc:body())
    local agency = "Panitia memastikan pasar murah akan dibuka lagi bulan depan di lapangan kota. (Reuters)"
    _, class = page { PARA1, PARA2, agency }
    assert.are.equal("body", class[agency])
  end)
  it("stays in the body when the whole article was scraped as one line", function()
    local one = table.concat({ PARA1, PARA2, PARA3, "Pedagang di sekitar alun-alun mengaku dagangan mereka ikut laku.",
      "Panitia memastikan pasar murah akan dibuka lagi bulan depan, kata ketua panitia. (Reuters/AFP)" }, " ")
    local _, class, doc = page { one }
    assert.are.equal("body", class[one])
    assert.are.equal(one:gsub(" %(Reuters/AFP%)$", ""), doc:body())
  end)
  it("stays in the body when the credit is the outlet's address and the writer", function()
    local own = "Panitia memastikan pasar murah akan dibuka lagi bulan depan, kata ketua panitia."
      .. " (Situs-kota.com/Nama Penulis)"
    local _, class, doc = page { PARA1, PARA2, own }
    assert.are.equal("body", class[own])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. own:gsub(" %(Situs%-kota%.com/Nama Penulis%)$", ""), doc:body())
  end)
  it("stays in the body when a quotation closed by its cue ends before the writer's credit", function()
    local quoted = "\"Siapa pun yang terpilih akan kami dukung sepenuhnya,\" tandasnya. (Nama/Kota Contoh)"
    local _, class = page { PARA1, PARA2, quoted, "Baca Juga:", "Harga Cabai Turun Jelang Panen Raya di Kota" }
    assert.are.equal("body", class[quoted])
    quoted = "“Siapa pun yang terpilih akan kami dukung sepenuhnya,” kata dia. (Nama/Kota Contoh)"
    _, class = page { PARA1, PARA2, quoted }
    assert.are.equal("body", class[quoted])
  end)
  it("is none when the credit is a photo's, not a closing credit: the caption under the article goes", function()
    for _, caption in ipairs({
      "Petugas memeriksa tenda pasar murah di alun-alun kota, Rabu (12/6/2024). ANTARA FOTO/Nama Fotografer/abc.",
      "Petugas memeriksa tenda pasar murah di alun-alun kota, Rabu (12/6/2024). (ANTARA FOTO/Nama Fotografer)",
      "Foto: Petugas memeriksa tenda pasar murah di alun-alun kota, Rabu (12/6/2024).",
      "Petugas memeriksa tenda pasar murah di alun-alun kota menjelang pembukaan. (ANTARA/Nama Fotografer)",
    }) do
      local _, class, doc = page { PARA1, PARA2, caption }
      assert.are.equal("caption", class[caption], caption)
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
      _, class = page { PARA1, caption, PARA2 }
      assert.are.equal("caption", class[caption], caption)
    end
  end)
  it("is a photo's caption when text of the article follows it (a page cut off mid-sentence)", function()
    local _, class = page { PARA1, PARA2, closing, "Panitia juga menyiapkan tenda bagi warga yang mengantre sejak" }
    assert.are.equal("caption", class[closing])
  end)
end)

describe("the opening's names checked against the gazetteer", function()
  it("an outlet before a known place is read the right way round", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "KABARKU, Bandung – " .. PARA1, PARA2 }
    assert.are.same({ "KABARKU", "Bandung" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "BANDUNG, Kabarku – " .. PARA1, PARA2 }
    assert.are.same({ "Kabarku", "Bandung" }, { m.outlet, m.dateline })
  end)
  it("a known place of two words after the comma is the province of the place before it", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Kotamulya, Jawa Barat - " .. PARA1, PARA2 }
    assert.are.same({ nil, "Kotamulya" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("the agency in brackets after a dash, or with the report's day after it", function()
    for _, opening in ipairs({ "KOTAMULYA – (Situsku) – ", "Kotamulya (Situsku) - Kamis (13/6/2024) - " }) do
      local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", opening .. PARA1, PARA2 }
      assert.are.same({ "Situsku", "Kotamulya" }, { m.outlet, m.dateline }, opening)
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    end
  end)
  it("the place, then the outlet's address between dashes", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "KOTAMULYA - Situsku.com - " .. PARA1, PARA2 }
    assert.are.same({ "Situsku.com", "Kotamulya" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("a known outlet alone before the dash is the outlet, an unknown name stays the place", function()
    kimput.entities.add { name = "Warta Lembah", kind = "outlet" }
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "WARTA LEMBAH – " .. PARA1, PARA2 }
    assert.are.same({ "WARTA LEMBAH" }, { m.outlet, m.dateline })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "SEMBALUN – " .. PARA1, PARA2 }
    assert.are.same({ nil, "Sembalun" }, { m.outlet, m.dateline })
  end)
end)

describe("an article first published elsewhere", function()
  it("'Artikel ini telah tayang di X dengan judul ...' names X as a source, never as the page's outlet", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "SITUSINDUK.COM, SUKAMAJU - " .. PARA1, PARA2,
      "Artikel ini telah tayang di Kabar-Lembah.com dengan judul Pasar Murah Dibuka di Kota" }
    assert.are.same({ "SITUSINDUK.COM", { "Kabar-Lembah.com" } }, { m.outlet, m.sources })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", PARA1, PARA2,
      "Artikel ini telah tayang di Kabar-Lembah.com dengan judul Pasar Murah Dibuka di Kota" }
    assert.are.same({ nil, { "Kabar-Lembah.com" } }, { m.outlet, m.sources })
  end)
end)

describe("one word in brackets alone on its line, no dash after it", function()
  it("is no dateline unless the place is in capitals or the word is shaped as an outlet's", function()
    local title = "Harga beras naik di pasar kota"
    local m, class = page { title, PARA1, "Tunjuk Pejabat Sementara (Pjs)", PARA2, "Posting Komentar (Atom)" }
    assert.are.same({ nil, nil }, { m.outlet, m.dateline })
    assert.are.equal("body", class[PARA1])
    m = page { title, "SUKAMAJU (KabarFokus)", PARA1, PARA2 }
    assert.are.same({ "KabarFokus", "Sukamaju" }, { m.outlet, m.dateline })
    m = page { title, "Sukamaju (KBA)", PARA1, PARA2 }
    assert.are.equal("Sukamaju", m.dateline)
  end)
end)

describe("a writer's name with the outlet in brackets, alone on its line", function()
  it("is no dateline; a place there is", function()
    local title = "Rupiah slides past 16,400 as Fed signals fewer rate cuts"
    local m, class = page { "The Kabar Post", title, "Dian Lestari (The Kabar Post)", "Kota ● Wed, June 12, 2024",
      PARA1, PARA2, "Read also: BI holds rate steady as inflation eases" }
    assert.are.same({ "The Kabar Post", title, "2024-06-12" }, { m.outlet, m.headline, m.published })
    assert.is_nil(m.dateline)
    assert.are.equal("related", class["Read also: BI holds rate steady as inflation eases"])
    m = page { title, "Sukamaju (KBA)", PARA1, PARA2 }
    assert.are.equal("Sukamaju", m.dateline)
    m = page { title, "Tanjung Sukamaju (KBA)", PARA1, PARA2 }
    assert.are.equal("Tanjung Sukamaju", m.dateline)
  end)
end)

describe("a credit in brackets: a name and an outlet named with a media word, parted by a slash", function()
  it("names the outlet, in either order, and is no body line", function()
    local title = "Petani Mulai Tanam Padi Tahan Banjir"
    for credit, outlet in pairs({ ["(Rini Andayani/Warta Sukamaju)"] = "Warta Sukamaju",
      ["(Warta Sukamaju/Rini Andayani)"] = "Warta Sukamaju", ["(Rini/Kabarkota)"] = "Kabarkota",
      ["(RINI ANDAYANI/RADAR KOTA)"] = "RADAR KOTA", ["(Rini Andayani/Sukamaju Pos)"] = "Sukamaju Pos",
      ["(Rini Andayani/Situsku.id)"] = "Situsku.id" }) do
      local m, class, doc = page { title, "Kamis, 6 Maret 2025 09:40 WIB", PARA1, PARA2, credit }
      assert.are.same({ outlet, "credit", PARA1 .. "\n" .. PARA2 }, { m.outlet, class[credit], doc:body() }, credit)
    end
    -- a reporter's role, two outlets or no media word name none
    for _, credit in ipairs({ "(Rini Andayani/Wartawan)", "(Radar Kota/Kabar Kota)", "(Reuters/Rini Andayani)" }) do
      local m = page { title, "Kamis, 6 Maret 2025 09:40 WIB", PARA1, PARA2, credit }
      assert.is_nil(m.outlet, credit)
    end
  end)
  it("in capitals without brackets, the outlet first, a photo's credit goes with its caption", function()
    local caption = "Warga antre membeli beras di pasar murah kelurahan"
    local m, class, doc = page { "Pasar Murah Digelar di Lima Kelurahan", "Senin, 12 Februari 2024 14:35 WIB", PARA1,
      caption, "WARTA KOTA/NAMA FOTOGRAFER", PARA2 }
    assert.are.same({ "caption", "caption" }, { class[caption], class["WARTA KOTA/NAMA FOTOGRAFER"] })
    assert.are.equal("WARTA KOTA", m.outlet)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("an agency's photo credit alone in brackets", function()
  it("is a caption, and between paragraphs takes its caption above with it", function()
    local caption = "Warga berkumpul di halaman sekolah setelah gempa"
    for _, credit in ipairs({ "(ANTARA/Nama Fotografer)", "(Reuters/Nama Fotografer)", "(ANTARA FOTO/Nama)" }) do
      local _, class, doc = page { PARA1, caption, credit, PARA2, PARA3 }
      assert.are.same({ "caption", "caption" }, { class[caption], class[credit] }, credit)
      assert.are.equal(table.concat({ PARA1, PARA2, PARA3 }, "\n"), doc:body(), credit)
    end
    -- under the article's last line, a short sentence, it takes nothing with it
    local last = "Harga itu berlaku hingga Sabtu."
    local _, class, doc = page { PARA1, PARA2, last, "(ANTARA/Nama Penulis)" }
    assert.are.same({ "body", "caption" }, { class[last], class["(ANTARA/Nama Penulis)"] })
    assert.are.equal(table.concat({ PARA1, PARA2, last }, "\n"), doc:body())
  end)
end)

describe("figures under their labels after the last paragraph", function()
  it("stay in the body; a link's title with capitals after its colon is a link", function()
    local fig1, fig2 = "Perkotaan: 8,72 persen", "Garis kemiskinan: Rp 590.467 per kapita per bulan"
    local link = "Timnas: 3 Pemain Cedera Jelang Final"
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Selasa, 11 Juni 2024 10:00 WIB", PARA1, PARA2,
      fig1, fig2, "Berita Lainnya", link }
    assert.are.same({ "body", "body", "navigation" }, { class[fig1], class[fig2], class[link] })
  end)
end)

describe("a print view's access stamp", function()
  it("is navigation, never the headline nor the page's date", function()
    local stamp = "Diakses pada: 12 Juni 2024 15:40"
    local title = "Banjir Rob Rendam Permukiman di Pesisir Kota"
    local m, class = page { "Versi Cetak", "Kabarkota.com", stamp, title,
      "Diterbitkan Selasa, 11 Juni 2024 pukul 20.05 WITA", "KOTA - " .. PARA1, PARA2 }
    assert.are.same({ "navigation", title, "2024-06-11T20:05" }, { class[stamp], m.headline, m.published })
    m = page { title, "Dicetak tanggal 12/06/2024", "KOTA - " .. PARA1, PARA2 }
    assert.is_nil(m.published)
  end)
end)

describe("a press release's opening with its date", function()
  it("'Sukamaju, 5 Desember 2024 - ' gives the place and the publication date, and leaves the body", function()
    local m, class, doc = page { "BMKG: Cuaca Ekstrem Landa Kota Sepekan ke Depan",
      "Sukamaju, 5 Desember 2024 - " .. PARA1, PARA2 }
    assert.are.same({ "Sukamaju", "2024-12-05", "BMKG: Cuaca Ekstrem Landa Kota Sepekan ke Depan" },
      { m.dateline, m.published, m.headline })
    assert.are.equal("headline", class["BMKG: Cuaca Ekstrem Landa Kota Sepekan ke Depan"])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("the report's day and month before the agency give the date, the year the reference's", function()
    for _, opening in ipairs { "Sukamaju, 12/6 (KBA) - ", "Sukamaju, 12 Juni (KBA) -- " } do
      local text = opening .. PARA1 .. "\n" .. PARA2
      local m = kimput.parse(text, { published = "2024-06-13" }):meta()
      assert.are.same({ "Sukamaju", "KBA", "2024-06-12" }, { m.dateline, m.outlet, m.published })
      assert.are.equal("XXXX-06-12", kimput.parse(text):meta().published)
    end
    assert.is_nil(page({ "Sukamaju (KBA) - " .. PARA1, PARA2 }).published)
  end)
end)

describe("a reporter's outlet on the credit line", function()
  it("is the outlet when the page names none, a source when it names another", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Laporan Wartawan Kabarku.com, Dedi Kurniawan",
      "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "Kabarku.com", {} }, { m.outlet, m.sources })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Laporan Wartawan Tribun Lembah Dedi Kurniawan",
      "SITUSINDUK.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "SITUSINDUK.COM", { "Tribun Lembah" } }, { m.outlet, m.sources })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Laporan Wartawan Situsinduk.com, Dedi Kurniawan",
      "SITUSINDUK.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "SITUSINDUK.COM", {} }, { m.outlet, m.sources })
  end)
  it("is the page's own outlet when its name is the address's without spaces or hyphens", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Laporan Reporter Tribun Lembah, Dedi Kurniawan",
      "TRIBUNLEMBAH.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "TRIBUNLEMBAH.COM", {} }, { m.outlet, m.sources })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Laporan Wartawan Pos Lembah, Dedi Kurniawan",
      "POS-LEMBAH.COM, SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "POS-LEMBAH.COM", {} }, { m.outlet, m.sources })
  end)
  it("the page's own outlet on a source line is no source; its group is", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Hariankota.com, SUKAMAJU - " .. PARA1, PARA2,
      "Sumber : GRUPKABAR/Harian Kota", "Editor : Nama Editor" }
    assert.are.same({ "Hariankota.com", { "GRUPKABAR" } }, { m.outlet, m.sources })
  end)
end)

describe("a page title with a dash or its site's address", function()
  it("a title-cased line with a dash above the time stamp is the headline, not an opening", function()
    local m, class = page { "Harga Beras Naik - Pedagang Mengeluh", "Selasa, 9 Juli 2024 10:00 WIB",
      "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal("Harga Beras Naik - Pedagang Mengeluh", m.headline)
    assert.are.equal("headline", class["Harga Beras Naik - Pedagang Mengeluh"])
    assert.are.equal("Sukamaju", m.dateline)
  end)
  it("the site's address or name after the title leaves the headline", function()
    local m, class = page { "Pasar Murah Dibuka di Alun-alun Kota | Situsku.co.id", "Selasa, 9 Juli 2024 10:00 WIB",
      PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
    assert.are.equal("headline", class["Pasar Murah Dibuka di Alun-alun Kota | Situsku.co.id"])
    m = page { "Pasar Murah Dibuka di Alun-alun Kota - Kabarku.com", "Kabarku.com", "Selasa, 9 Juli 2024 10:00 WIB",
      "SUKAMAJU, Kabarku.com - " .. PARA1, PARA2 }
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)
end)

describe("an agency-style opening closed by a colon", function()
  it("'Medan (Kabarku.id): ' gives the outlet and the place, and leaves the body", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Sukamaju (Kabarku.id): " .. PARA1, PARA2 }
    assert.are.same({ "Kabarku.id", "Sukamaju" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("'Suara Kota, Sukamaju: ' (a name with a media word, then the place) gives both", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Suara Lembah, Sukamaju: " .. PARA1, PARA2 }
    assert.are.same({ "Suara Lembah", "Sukamaju" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("an article over two pages", function()
  it("the headline and the stamp again on page 2 are not body", function()
    local head, stamp = "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 9 Oktober 2023 | 12:05 WIB"
    local _, class, doc = page { head, stamp, "KABARKU.COM, BANDUNG - " .. PARA1, PARA2, "Halaman 2", head, stamp,
      PARA3, "Halaman", "1", "2" }
    assert.are.equal("headline", class[head])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
  end)
end)

describe("a byline without a colon above the page date", function()
  it("'Penulis Nama' is a credit, not the headline of a page that shows none", function()
    local m, class = page { "Penulis Nama Penulis", "Situsku.com - 12/03/2024, 14:20 WIB",
      "SUKAMAJU, Situsku.com - " .. PARA1, PARA2 }
    assert.are.equal("credit", class["Penulis Nama Penulis"])
    assert.is_nil(m.headline)
    m, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "Situsku.com - 12/03/2024, 14:20 WIB",
      "Reporter Nama Penulis, Nama Lain", PARA1, PARA2 }
    assert.are.equal("credit", class["Reporter Nama Penulis, Nama Lain"])
    assert.are.equal("Pasar Murah Dibuka di Alun-alun Kota", m.headline)
  end)
end)

describe("a credit line of several parts after bars", function()
  it("a date after a credit's bar dates the page; the editor before a stamp is the editor", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota",
      "Penulis: Nama Penulis | Editor: Nama Penyunting | 9 Oktober 2023", PARA1, PARA2 }
    assert.are.same({ "2023-10-09", "Nama Penyunting" }, { m.published, m.editor })
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Sumber: Kabar Niaga | Senin, 9 Oktober 2023 | 12:05 WITA",
      PARA1, PARA2 }
    assert.are.same({ "2023-10-09T12:05", "+08:00" }, { m.published, m.zone })
    assert.are.same({ "Kabar Niaga" }, m.sources)
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Editor : Nama Penyunting | Senin, 9 Oktober 2023 - 12:05 WIB",
      PARA1, PARA2 }
    assert.are.equal("Nama Penyunting", m.editor)
    -- the editor after the date, without a bar
    local stamp = "Senin, 9 Oktober 2023, 12:05 WIB Editor: Nama Penyunting"
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", stamp, PARA1, PARA2 }
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", stamp, PARA1, PARA2 }
    assert.are.same({ "2023-10-09T12:05", "Nama Penyunting", "timestamp" }, { m.published, m.editor, class[stamp] })
  end)
  it("'Sumber : X | Editor : Y' gives the source and the editor; 'Editor: A | Sumber: B' both too", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB", PARA1, PARA2,
      "Sumber : Kabar Niaga | Editor : Nama Penyunting" }
    assert.are.same({ "Kabar Niaga" }, m.sources)
    assert.are.equal("Nama Penyunting", m.editor)
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB", PARA1, PARA2,
      "Editor: Nama Penyunting | Sumber: Warta Kota, Kabar Niaga" }
    assert.are.same({ "Warta Kota", "Kabar Niaga" }, m.sources)
    assert.are.equal("Nama Penyunting", m.editor)
  end)
end)

describe("an outlet's address and a place closed by a period, an outlet and its section", function()
  it("'Situsku.co.id - Sukamaju. ' gives the outlet and the place, and leaves the body", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB",
      "Situsku.co.id - Sukamaju. " .. PARA1, PARA2 }
    assert.are.same({ "Situsku.co.id", "Sukamaju" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
  it("'SITUS Bola – ' is the outlet and its section, no place", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB",
      "KABARKU Bola – " .. PARA1, PARA2 }
    assert.are.same({ "KABARKU" }, { m.outlet, m.dateline })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB",
      "KABARKITA Otomotif - " .. PARA1, PARA2 }
    assert.are.same({ "KABARKITA" }, { m.outlet, m.dateline })
    -- a place in capitals before a word that is no section stays the place
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "Senin, 18 Maret 2024 | 09:12 WIB",
      "BANDA ACEH - " .. PARA1, PARA2 }
    assert.are.same({ "Banda Aceh" }, { m.dateline })
  end)
end)

describe("a sentence-case headline opened by a name and a colon", function()
  it("is the headline above the article's opening, not a 'Place:' opening", function()
    for _, head in ipairs({ "DINKES: Waspada demam berdarah di musim hujan ini",
                            "Gubernur: Pasar murah dibuka lagi pekan depan" }) do
      local m, class, doc = page { head, "Rabu, 12 Juni 2024 11:47 WIB", "Sukamaju (KBA) - " .. PARA1, PARA2 }
      assert.are.same({ head, "KBA", "Sukamaju" }, { m.headline, m.outlet, m.dateline })
      assert.are.equal("headline", class[head])
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
      m, _, doc = page { head, "SUKAMAJU, KABARKU.COM - " .. PARA1, PARA2 }
      assert.are.same({ head, "KABARKU.COM", "Sukamaju" }, { m.headline, m.outlet, m.dateline })
      assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    end
  end)
  it("opens the article when no line under it does", function()
    local m, _, doc = page { "Pasar Murah Dibuka di Alun-alun Kota",
      "Sukamaju: Warga antre sejak pagi di alun-alun kota", PARA1, PARA2 }
    assert.are.equal("Sukamaju", m.dateline)
    assert.are.equal("Warga antre sejak pagi di alun-alun kota\n" .. PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a sentence-case title opened by a name and a colon over the page date", function()
  it("is the headline, not the opening, when no line under it opens the article", function()
    local head = "Pemilu Kota: Mengapa hasilnya penting bagi warga desa?"
    local m, class, doc = page { "Kabar Sukamaju", head, "Sumber gambar, Nama Agensi",
      "Keterangan gambar, Warga antre di depan balai desa sejak pagi.", "Penulis, Nama Penulis",
      "4 Maret 2024", PARA1, PARA2 }
    assert.are.equal(head, m.headline)
    assert.is_nil(m.dateline)
    assert.are.equal("headline", class[head])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- under the page date it is the article's first line still
    local m2, _, doc2 = page { "Pasar Murah Dibuka di Alun-alun Kota", "4 Maret 2024",
      "Sukamaju: Warga antre sejak pagi di alun-alun kota", PARA1, PARA2 }
    assert.are.equal("Sukamaju", m2.dateline)
    assert.are.equal("Warga antre sejak pagi di alun-alun kota\n" .. PARA1 .. "\n" .. PARA2, doc2:body())
  end)
end)

describe("a related link with no colon and a box's link to the outlet's other news", function()
  it("'Baca Juga  Judul' (a blog's inline box) is related; a sentence opened so is body", function()
    for _, line in ipairs({ "Baca Juga  Polisi Amankan Tiga Pelaku Pencurian Ternak",
                            "BACA JUGA >> Wali Kota Resmikan Pasar Baru di Sukamaju",
                            "Lihat Juga Rupiah Melemah ke Rp15.700 Sore Ini",
                            "Baca Juga - Pemkot Gelar Pasar Murah di 21 Kecamatan",
                            "(Baca juga Harga Beras di Sukamaju Naik Lagi)",
                            "[baca juga : Harga Cabai di Sukamaju Turun]",
                            "[Baca Juga Bupati Resmikan Jembatan Desa]" }) do
      local _, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1,
        PARA2, line, PARA3 }
      assert.are.equal("related", class[line])
      assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    end
    local line = "Baca juga Surat Edaran Menteri Nomor 5 sebagai acuan."
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1, PARA2,
      line, PARA3 }
    assert.are.equal("body", class[line])
  end)
  it("'Berita viral lainnya di Kabar Kota' is navigation; a sentence on other news is body", function()
    for _, line in ipairs({ "Berita viral lainnya di Kabar Sukamaju", "Artikel menarik lainnya di Situsku.com",
                            "Berita Lainnya di Sukamaju Pos" }) do
      local _, class, doc = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1,
        PARA2, PARA3, line }
      assert.are.equal("navigation", class[line])
      assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    end
    local line = "Berita bohong lainnya di media sosial juga dibantah polisi."
    local _, class = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1, PARA2,
      line, PARA3 }
    assert.are.equal("body", class[line])
  end)
end)

describe("the editor's name written out under the desk's initials", function()
  it("wins over the initials; initials alone stay the editor", function()
    local m = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1, PARA2, PARA3,
      "(mcr8/kbk)", "Redaktur & Reporter : Nama Lengkap Penulis" }
    assert.are.equal("Nama Lengkap Penulis", m.editor)
    m = page { "Pasar Murah Dibuka di Alun-alun Kota", "SUKAMAJU, KABARKU.COM - " .. PARA1, PARA2, PARA3,
      "(mcr8/kbk)" }
    assert.are.equal("mcr8/kbk", m.editor)
  end)
end)

-- Shapes met on real scraped pages: a rubric over the title, photo captions with their
-- credits, widgets and footers run into one line.
local TITLE = "Wali Kota Tinjau Pasar Murah di Alun-alun, Stok Beras Ditambah Tiga Ton"

describe("the headline under a rubric", function()
  it("a short title-cased topic label over the title closed by a byline is no headline", function()
    local rubric = "Krisis Pangan Dunia"
    local m, class = page { rubric, "", TITLE, "", "Penulis: Nama Penulis", "Editor: Nama Penyunting",
      "KABARKOTA.COM - " .. PARA1, PARA2 }
    assert.are.same({ TITLE, "headline" }, { m.headline, class[TITLE] })
    assert.are_not.equal("headline", class[rubric])
  end)
  it("nor over a title closed by the page date, under the site's date of today", function()
    local rubric = "Krisis Pangan Dunia"
    local m = page { "Kamis, 15 Mei 2025", "", rubric, "", TITLE, "", "Rabu, 11 Mei 2022 09:23 WIB",
      "KABARKOTA.COM - " .. PARA1, PARA2 }
    assert.are.equal(TITLE, m.headline)
  end)
  it("a short headline over a sentence-case deck stays the headline", function()
    local short = "Harga Cabai Terus Melonjak"
    local m = page { short, "Pedagang di pasar induk mengeluhkan pasokan yang terus berkurang", "Penulis: Nama Penulis",
      "KABARKOTA.COM - " .. PARA1, PARA2 }
    assert.are.equal(short, m.headline)
  end)
end)

describe("photo captions at the top", function()
  it("a caption closed by the site's credit in brackets is no headline", function()
    local cap = "Wali kota meninjau pasar murah di alun-alun (kabarkota.com/istimewa)"
    local m, class = page { TITLE, "• Whatsapp", cap, cap, "SUKAMAJU, kabarkota.com | " .. PARA1, PARA2 }
    assert.are.same({ TITLE, "caption" }, { m.headline, class[cap] })
    assert.are.equal("Sukamaju", m.dateline)
  end)
  it("a caption closed by a site's address alone in brackets, or by a name and the site after hyphens", function()
    for _, cap in ipairs { "Tim Futsal Kota Sukamaju (ligafutsal.org)",
                           "Wali Kota Sukamaju saat Meninjau Pasar Murah-Nama-kabarkota" } do
      local m, class = page { TITLE, "Diterbitkan 13 Jul 2018, 21:30 WIB", cap, "Kabarkota.com, Sukamaju - " .. PARA1,
        PARA2 }
      assert.are.same({ TITLE, "caption" }, { m.headline, class[cap] })
    end
  end)
  it("a title-cased caption shown twice around its photo's credit is no headline", function()
    local cap = "Wali Kota Sukamaju Budi Contoh dan Camat Sukamaju Ani Contoh di Pasar Induk Sukamaju Selasa (6/7)"
    local m, class = page { "Selasa 06 Jul 2021 11:42 WIB", TITLE, "Pasokan beras di pasar kota masih aman.",
      "Rep: Nama Penulis/ Red: Nama Penyunting", cap, "Foto: Kabarkota/nama fotografer", cap,
      "KABARKOTA.CO.ID, SUKAMAJU -- " .. PARA1, PARA2 }
    assert.are.same({ TITLE, "caption" }, { m.headline, class[cap] })
  end)
  it("a date in brackets closing a title is no photo's credit", function()
    local title = "Jadwal Imsakiyah Kota Contoh Hari Ini, Senin (25/3/2024)"
    assert.are.equal(title, (page { title, "Senin, 25 Maret 2024 04:00 WIB", PARA1, PARA2 }).headline)
  end)
end)

describe("widgets and footers run into one line", function()
  it("the font buttons and their label, a reading time and an advert's label, a footer's links, glued", function()
    local font = "A   A   A   Pengaturan Font"
    local reading = "waktu baca 3 menitADVERTISEMENT"
    local footer = "Tentang KamiPedoman Media SiberKebijakan PrivasiPanduan KomunitasKarir"
    local m, class = page { footer, "2024 © PT Contoh Media Nusantara", TITLE, "12 Juli 2023 19:36 WIB", reading, font,
      "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.same({ "navigation", "navigation", "navigation" }, { class[font], class[reading], class[footer] })
    assert.are.equal(TITLE, m.headline)
  end)
  it("a site's menu run into one line of capitalised words is no headline", function()
    local menu = "Nasional Daerah Ekonomi Bisnis Olahraga Hiburan Wisata Kuliner Opini Wawancara Foto Video Indeks"
    local m = page { menu, TITLE, "Foto : KABARKOTA/Nama", "Wali kota meninjau pasar murah di alun-alun kota.",
      "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal(TITLE, m.headline)
  end)
end)

describe("the editor in the shapes of real pages", function()
  local function editor(lines) return (page(lines)).editor end
  it("initials in capitals after the last sentence, or alone under it", function()
    assert.are.equal("WIL", editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (WIL)" })
    assert.are.equal("Sug", editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (Sug)" })
    assert.are.equal("WIL", editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "", "(WIL)" })
  end)
  it("an agency's credit in capitals is no editor; an acronym inside the last sentence neither", function()
    assert.is_nil(editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (AFP)" })
    assert.is_nil(editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "(Ant)" })
    assert.is_nil(editor { TITLE, "SUKAMAJU - " .. PARA1,
      "Data itu dirilis oleh Badan Pusat Statistik Kota Sukamaju pekan lalu kepada media (BPS)." })
  end)
  it("a view counter after the editor's name is no part of it", function()
    assert.are.equal("Nama Penyunting", editor { TITLE,
      "Oleh Tim Humas, Senin, 11 September 2023 | 20:56 WIB - Redaktur: Nama Penyunting - 53", PARA1, PARA2 })
    assert.are.equal("Nama Penyunting",
      editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Redaktur: Nama Penyunting - 120" })
  end)
  it("the name before its label, one credit a line", function()
    local _, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Dodi Contoh Reporter", "Rina Contoh Editor" }
    assert.are.equal("credit", class["Rina Contoh Editor"])
    assert.are.equal("Rina Contoh", editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Rina Contoh Editor" })
    assert.is_nil(editor { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Berita Pilihan Editor" })
  end)
end)

describe("related, promoted and footer lines of real pages", function()
  it("the title under a paragraph's closing '(Baca:', up to its ')', is a link", function()
    local link = "Harga Gula Naik, Pedagang Pasar Kota Mengeluh )"
    local _, class, doc = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (Baca:", link, PARA3 }
    assert.are.equal("related", class[link])
    assert.are_not.matches("Pedagang Pasar Kota", doc:body(), 1, true)
    -- a line closed by a bracket under a paragraph with no open "(Baca:" is the article's
    local line = "Beras medium dijual Rp 10.000 per kilogram (harga pasar)"
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, line, PARA3 }
    assert.are.equal("body", class[line])
  end)
  it("a 'Promosi X:' line between paragraphs is an advert's link; a sentence opened by 'Promosi' is not", function()
    local promo = "Promosi Motor Listrik Contoh: Lincah untuk Kota, Hemat buat Keluarga"
    local _, class = page { TITLE, "SUKAMAJU - " .. PARA1, promo, PARA2 }
    assert.are.equal("related", class[promo])
    local sentence = "Promosi jabatan itu dilakukan pekan lalu oleh pimpinan daerah di balai kota."
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, sentence, PARA2 }
    assert.are.equal("body", class[sentence])
  end)
  it("a 'Baca juga' label with a letter lost is a link's, never the headline", function()
    local link = "BACA JUA: Sampah Pasar Menumpuk, Armada Pengangkut Kurang"
    local meta, class = page { link, PARA1 .. " \"Kalau rusak diperbaiki,\" ujarnya.", "Penulis: Nama Penulis." }
    assert.are.equal("related", class[link])
    assert.is_nil(meta.headline)
  end)
  it("a photo's credit after a list's dash under a bare 'Sumber :' is furniture, the paragraph body", function()
    local credit = "- Nama Fotografer/ SITUS Kota"
    local _, class, doc = page { TITLE, "Sumber :", credit, "Sebuah sepeda motor menabrak motor lain karena panik.",
      PARA1, PARA2 }
    assert.are.equal("navigation", class[credit])
    assert.are.equal("body", class["Sebuah sepeda motor menabrak motor lain karena panik."])
    assert.are_not.matches("Nama Fotografer", doc:body(), 1, true)
    -- (a list's item that is a sentence stays the article's)
    local item = "- Warga diminta melapor ke RT/RW setempat."
    _, class = page { TITLE, PARA1, item, PARA2 }
    assert.are.equal("body", class[item])
  end)
  it("a video's description pointing to the article's address is furniture", function()
    local link = "Artikel ini bisa dilihat di : https://www.situstv.id/article/1234/warga-gelar-kerja-bakti"
    local _, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, link }
    assert.are.equal("navigation", class[link])
    -- (a sentence saying where something can be seen is the article's)
    local line = "Artikel ini bisa dilihat di perpustakaan daerah setiap hari kerja."
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, line, PARA2 }
    assert.are.equal("body", class[line])
  end)
  it("a paging link with its ellipsis", function()
    local _, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Halaman Selanjutnya..." }
    assert.are.equal("navigation", class["Halaman Selanjutnya..."])
  end)
  it("nothing under the site's dated copyright footer is the article's", function()
    local render = "read/ rendering in 0.2041 seconds (0.1#10.140)"
    local _, class, doc = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, PARA3, "Baca Berita Terkait Lainnya",
      "Copyright © 2024 Kabarkota.com", "All Rights Reserved", render }
    assert.are.equal("navigation", class[render])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. PARA3, doc:body())
    -- a photo's copyright between paragraphs ends nothing
    local _, _, doc2 = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "© 2024 Kabarkota/Nama Fotografer", PARA3,
      "Stok beras di gudang kota cukup sampai akhir bulan, kata kepala dinas perdagangan." }
    assert.matches("akhir bulan", doc2:body(), 1, true)
  end)
end)

describe("a scraper's page date glued before the page's first line", function()
  it("the date is a stamp; the text after it is a line of its own: opening, headline or furniture", function()
    -- the opening after it: its place and outlet, the page date from the glued stamp
    local meta, _, doc = page { " date 2024-03-12 Sukamaju, Kabarkota.com - " .. PARA1, PARA2 }
    assert.are.equal("2024-03-12", meta.published)
    assert.are.equal("Sukamaju", meta.dateline)
    assert.are.equal("Kabarkota.com", meta.outlet)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- the headline after it
    local title = "Pasar Murah Dibuka di Alun-alun Kota Selama Tiga Hari"
    meta = page { " date 2024-03-12 " .. title, "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal(title, meta.headline)
    assert.are.equal("2024-03-12", meta.published)
    -- a month alone is the month the page states; the font buttons' labels after it are furniture
    local class
    meta, class = page { " date 2024-03 Smallest Font Largest Font", "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal("2024-03", meta.published)
    assert.are.equal("navigation", class["Smallest Font Largest Font"])
    assert.is_nil(meta.headline)
    -- a time after the date is the stamp's own
    meta = page { "date 2024-03-12 10:05:33 +0700", TITLE, "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal("2024-03-12T10:05", meta.published)
    assert.are.equal("+07:00", meta.zone)
  end)
end)

describe("openings of regional sites", function()
  it("reads the place and outlet of more opening shapes", function()
    local function opening(first)
      local meta = page { TITLE, first .. PARA1, PARA2 }
      return meta.dateline, meta.outlet
    end
    -- the address closed by a period, then the place
    assert.are.same({ "Sukamaju", "KABARKOTA.COM" }, { opening("KABARKOTA.COM. Sukamaju – ") })
    -- a broadcaster's name with digits, then the place
    assert.are.same({ "Sukamaju", "RADIO68H" }, { opening("RADIO68H, Sukamaju – ") })
    -- an en dash glued to the next word only
    assert.are.same({ "Sukamaju" }, { opening("SUKAMAJU –") })
    -- a hyphen glued to the place in capitals, a space after it
    assert.are.same({ "Sukamaju" }, { opening("SUKAMAJU- ") })
    -- two hyphens glued to both words
    assert.are.same({ "Sukamaju" }, { opening("SUKAMAJU--") })
    -- two slashes between the address and the place
    assert.are.same({ "Sukamaju", "Kabarkota.com" }, { opening("Kabarkota.com // Sukamaju – ") })
    -- a stray comma before the dash; the outlet in capitals before a place opened by a place's first word
    assert.are.same({ "Sukamaju" }, { opening("Sukamaju, - ") })
    assert.are.same({ "Kuala Sukamaju", "KABARKU" }, { opening("KABARKU, Kuala Sukamaju – ") })
    -- a place and the site's address in lower case alone over the article
    local m, cls = page { TITLE, "Bandung, kabarkotaku.co.id", PARA1, PARA2, "Discussion about this post" }
    assert.are.same({ "Bandung", "kabarkotaku.co.id" }, { m.dateline, m.outlet })
    assert.are.equal("navigation", cls["Discussion about this post"])
    -- the site's name in capitals, a bar, the place; an address, a comma, the place and a glued hyphen
    assert.are.same({ "Sukamaju", "KABARKOTA" }, { opening("KABARKOTA | SUKAMAJU — ") })
    assert.are.same({ "Sukamaju", "KABARKOTA.COM" }, { opening("KABARKOTA.COM,SUKAMAJU-") })
    -- the place in capitals and a bar before the first sentence (a menu's items are no sentence)
    assert.are.same({ "Sukamaju" }, { opening("SUKAMAJU | ") })
    assert.are.equal("Kotabaru", (page { "BERANDA | Berita Kota", TITLE, "KOTABARU - " .. PARA1, PARA2 }).dateline)
    -- a two-letter acronym before a name: a network's edition or a press office, no place
    assert.are.same({ nil, "PR SUKAMAJU" }, { opening("PR SUKAMAJU - ") })
    assert.are.same({ nil, "MC Pemkot Sukamaju" }, { opening("MC Pemkot Sukamaju – ") })
    -- a dateline alone on its line with a stray comma before the dash
    local meta, class = page { TITLE, "Sukamaju, Kabar Kota,-", PARA1, PARA2 }
    assert.are.equal("dateline", class["Sukamaju, Kabar Kota,-"])
    assert.are.same({ "Sukamaju", "Kabar Kota" }, { meta.dateline, meta.outlet })
  end)
  it("a keyword and a dash right above the masthead's opening open the photo's caption", function()
    local caption = "BANJIR - Warga mengungsi ke balai desa setelah sungai meluap di Sukamaju. Selasa (12/3/2024)"
    local meta, class, doc = page { TITLE, "Editor: Nama Editor", caption, "KABARKOTA.COM, SUKAMAJU - " .. PARA1,
      PARA2 }
    assert.are.equal("caption", class[caption])
    assert.are.same({ "Sukamaju", "KABARKOTA.COM" }, { meta.dateline, meta.outlet })
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- a place's opening over a paragraph with no masthead stays the article's opening
    meta, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, PARA3 }
    assert.are.equal("Sukamaju", meta.dateline)
    assert.are.equal("body", class[PARA2])
  end)
end)

describe("the headline among a regional site's top lines", function()
  it("a repeated summary under the title is its deck; a caption with its source in capitals is no title", function()
    -- a rubric over the title, the summary sentence under it repeated in the article, then the byline
    local title = "Tiga Orang Diperiksa Polisi, Jadi Saksi Kebakaran Pasar Sukamaju"
    local deck = "Polisi belum bisa memastikan penyebab kebakaran yang menghanguskan puluhan kios itu."
    local meta, _, doc = page { "Kebakaran di Sukamaju", title, deck,
      "Penulis: Nama Penulis | Editor: Nama Editor", "KABARKOTA.COM, SUKAMAJU - " .. PARA1, deck, PARA2 }
    assert.are.equal(title, meta.headline)
    assert.are.equal(PARA1 .. "\n" .. deck .. "\n" .. PARA2, doc:body())
    -- the press council's badge over the title; a photo's caption with its source in capitals under the byline
    local caption = "Pelatih Persikota, Nama Pelatih. (PERSIKOTA)"
    local class
    meta, class = page { "Terverifikasi Administratif dan Faktual oleh Dewan Pers",
      "Pelatih Persikota Beri Peringatan kepada Pemain Jelang Laga Derbi",
      "By Nama Penulis - Kamis, 31 Agustus 2023 | 11:45 WIB",
      caption, "KABARKOTA.COM - " .. PARA1, PARA2 }
    assert.are.equal("Pelatih Persikota Beri Peringatan kepada Pemain Jelang Laga Derbi", meta.headline)
    assert.are.equal("navigation", class["Terverifikasi Administratif dan Faktual oleh Dewan Pers"])
    assert.are_not.equal("body", class[caption])
  end)
  it("of a site's tagline and the title as likely, the title the page's facts close", function()
    local summary = "Dua pasangan calon menyampaikan visi mereka di depan ribuan warga. Debat berlangsung tertib."
    local meta = page { "Sukamaju Maju", "Kota Sukamaju Komitmen Dalam Pelayanan", "Sorotan Kabar Kota",
      "Debat Calon Wali Kota, Warga Padati Alun-alun", summary, "Editor: Nama Editor",
      "KABARKOTA.COM, SUKAMAJU - " .. PARA1, summary, PARA2 }
    assert.are.equal("Debat Calon Wali Kota, Warga Padati Alun-alun", meta.headline)
    -- a title over its title-cased deck and a reporter's credit ("Peliput : Nama") stays the headline
    local class
    meta, class = page { "Polisi Amankan Terduga Pelaku Pencurian", "", "Kapolres: Sudah Tiga Pelaku Diamankan",
      "Editor : Nama Editor", "Peliput : Nama Penulis", "SUKAMAJU – " .. PARA1, PARA2 }
    assert.are.equal("Polisi Amankan Terduga Pelaku Pencurian", meta.headline)
    assert.are.equal("credit", class["Peliput : Nama Penulis"])
  end)
end)

describe("a time stamp glued to the opening", function()
  it("the stamp's zone glued to the place in capitals parts two lines", function()
    local meta, class, doc = page { TITLE, "Regional | 2 November 2023, 10:31 WIBSUKAMAJU, KABARKOTA.TV - " .. PARA1,
      PARA2 }
    assert.are.same({ "2023-11-02T10:31", "+07:00", "Sukamaju", "KABARKOTA.TV" },
      { meta.published, meta.zone, meta.dateline, meta.outlet })
    assert.are.equal("timestamp", class["Regional | 2 November 2023, 10:31 WIB"])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- a zone in a sentence, followed by a word in capitals, parts nothing
    local line = "Gempa terjadi pukul 10.31 WIB SUKAMAJU dan sekitarnya merasakan getaran kuat selama lima detik."
    local _, class2 = page { TITLE, "SUKAMAJU - " .. PARA1, line, PARA2 }
    assert.are.equal("body", class2[line])
  end)
end)

describe("other articles' links and prompts of regional sites", function()
  it("teasers cut by an ellipsis, a title in brackets, comment forms' prompts, a channel's follow prompt", function()
    local t1 = "Petugas dinas perhubungan melakukan pengukuran untuk memastikan rambu sesuai teknis,…"
    local t2 = "Warga desa bersama pemerintah kabupaten meresmikan balai budaya yang baru di…"
    local cut = "Panitia lomba mengajak masyarakat untuk datang dan menelusur"
    local _, class, doc = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, t1, t2, cut }
    assert.are.equal("related", class[t1])
    assert.are.equal("related", class[t2])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\n" .. cut, doc:body())
    -- one excerpt alone, a paragraph trailing off, stays the article's
    local alone = "Warga masih menunggu kabar dari pemerintah kota tentang bantuan itu…"
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, alone, PARA2 }
    assert.are.equal("body", class[alone])
    -- a title-cased title alone in brackets between paragraphs; a sentence in brackets stays
    local link = "(Inilah Lima Pasar Tradisional Terbaik di Kota, Nomor 3 Paling Ramai)"
    local aside = "(Pasar itu dibangun pada masa kolonial dan dipugar dua kali.)"
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, link, PARA2, aside, PARA3 }
    assert.are.equal("related", class[link])
    assert.are.equal("body", class[aside])
    -- a caption shown twice, the second time with its credit in brackets
    local cap = "suasana pasar murah di alun-alun kota, Minggu (17/11/2024)."
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, cap, cap .. " (KABARKOTA.COM)", PARA2, PARA3 }
    assert.are.equal("caption", class[cap])
    assert.are.equal("caption", class[cap .. " (KABARKOTA.COM)"])
    -- a title set bare between paragraphs, longer than a subheading; a subheading stays
    local bare = "Usai Tim Kota Menang Telak, Pelatih Buat Pengakuan Mengejutkan Ini"
    local sub = "Stok Beras Masih Aman"
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, bare, PARA2, sub, PARA3 }
    assert.are.equal("related", class[bare])
    assert.are.equal("body", class[sub])
    -- (right over the article's opening, under a photo's caption, it is the article's own title)
    local meta
    meta, class = page { PARA2, bare, "SUKAMAJU - " .. PARA1, PARA3 }
    assert.are.equal("headline", class[bare])
    assert.are.equal(bare, meta.headline)
    -- a comment form's prompts; a follow prompt whose channel is on the next line; an ad's "klik : address"
    _, class = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "Jangan lupa ikuti update berita lainnya dan follow akun",
      "Google News Kabarkota.com", "Beasiswa penuh untuk S1 dan S2. Info lebih lengkap klik : beasiswa.kabarkota.id",
      "LEAVE A REPLY", "Please enter your comment!", "Please enter your name here", "Kirim pesan ke kami",
      'Advertisement div class="iklan-atas">' }
    for _, l in ipairs { "Jangan lupa ikuti update berita lainnya dan follow akun",
        "Beasiswa penuh untuk S1 dan S2. Info lebih lengkap klik : beasiswa.kabarkota.id", "Please enter your comment!",
        "Please enter your name here", "Kirim pesan ke kami", 'Advertisement div class="iklan-atas">' } do
      assert.are.equal("navigation", class[l])
    end
    assert.is_nil(meta.sources[1])
  end)
end)

describe("the outlet of a byline stamp", function()
  it("a site after the writer's name and its comma, before the stamp's bullet", function()
    local meta = page { TITLE, "Nama Penulis, Kabarkota.com · Rabu 23 Agustus 2017 13:42 WIB", "SUKAMAJU – " .. PARA1,
      PARA2 }
    assert.are.equal("Kabarkota.com", meta.outlet)
    assert.are.equal("2017-08-23T13:42", meta.published)
    -- the writer's role there names none
    meta = page { TITLE, "Nama Penulis, Jurnalis · Rabu 23 Agustus 2017 13:42 WIB", "SUKAMAJU – " .. PARA1, PARA2 }
    assert.is_nil(meta.outlet)
  end)
end)

describe("an illustration's label and a group's other site", function()
  it("'Ilustrasi(Dok X)' after a glued page date is no dateline; another site of the outlet's group is a source",
    function()
    local meta, class = page { " date 2025-08-30 Ilustrasi(Dok Pemkot Sukamaju)", PARA1, PARA2 }
    assert.is_nil(meta.dateline)
    assert.is_nil(meta.outlet)
    assert.are_not.equal("body", class["Ilustrasi(Dok Pemkot Sukamaju)"])
    meta = page { TITLE, "SUKAMAJU, KABARKOTA.TV - " .. PARA1,
      "Rumah warga rusak ringan, ungkap kepala desa dikutip dari Kabarkota.com pada Kamis.", PARA2 }
    assert.are.same({ "Kabarkota.com" }, meta.sources)
  end)
end)

describe("more regional openings and furniture", function()
  it("the site's name then a known place in capitals; a press release's opening under a deck", function()
    local meta = page { TITLE, "KABARKU JAKARTA - " .. PARA1, PARA2 }
    assert.are.same({ "KABARKU", "Jakarta" }, { meta.outlet, meta.dateline })
    -- a place's own first word keeps the name a place
    meta = page { TITLE, "BANDA ACEH - " .. PARA1, PARA2 }
    assert.are.same({ nil, "Banda Aceh" }, { meta.outlet, meta.dateline })
    -- the place and the date before the dash open the article below a deck
    local deck = "Dinas memperingatkan potensi hujan lebat di beberapa wilayah pada akhir pekan ini."
    meta = page { "Waspada! Hujan Lebat Diprediksi di Sukamaju", deck, "Sukamaju, 15 Februari 2024 - " .. PARA1, PARA2 }
    assert.are.same({ "Sukamaju", "2024-02-15" }, { meta.dateline, meta.published })
  end)
  it("teasers cut by three periods, the tags above them, a 'Silakan baca ... di Google News' promotion", function()
    local last = "Pasar murah akan digelar lagi bulan depan, kata panitia. (ABC)"
    local _, class, doc = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, last,
      "pasar murah sukamaju harga beras wali kota", "Wali Kota Hibahkan Dana untuk Festival Budaya Tahu...",
      "Tokoh Pemuda Sebut Inovasi Sekolah Pintar Sud...",
      "Silakan baca konten menarik lainnya dari Kabarkota.com di Google News" }
    assert.are.equal("related", class["Wali Kota Hibahkan Dana untuk Festival Budaya Tahu..."])
    assert.are.equal("navigation", class["Silakan baca konten menarik lainnya dari Kabarkota.com di Google News"])
    assert.are.equal(PARA1 .. "\n" .. PARA2 .. "\nPasar murah akan digelar lagi bulan depan, kata panitia.", doc:body())
  end)
end)

describe("the title at a page's end, or glued to its breadcrumb", function()
  it("a title over the page date among the last lines, when the top has none; a crumb glued to the title", function()
    local title = "Dinas ingatkan potensi hujan lebat di pegunungan Sukamaju"
    local meta, class = page { "Sukamaju (Kabar) - " .. PARA1, PARA2, title, "Selasa, 4 Mei 2021 11:10 WIB 1483" }
    assert.are.same({ title, "2021-05-04T11:10" }, { meta.headline, meta.published })
    assert.are.equal("headline", class[title])
    -- a crumb of capitalised words glued before the title over the title alone
    local crumbed = "Home Politik " .. TITLE
    meta, class = page { crumbed, TITLE, PARA1, PARA2 }
    assert.are.equal(TITLE, meta.headline)
    assert.are.equal("navigation", class[crumbed])
    -- (glued with no spaces, as a scraper joins the crumb's links)
    local glued = "BerandaPolitikTerpopuler" .. TITLE
    meta, class = page { glued, TITLE, PARA1, PARA2 }
    assert.are.equal(TITLE, meta.headline)
    assert.are.equal("navigation", class[glued])
    -- a caption's credit in brackets names no outlet, no dateline
    local credited = "Wali Kota Meninjau Pasar (Foto Nama Fotografer)"
    meta, class = page { TITLE, credited, "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are.equal("caption", class[credited])
    assert.is_nil(meta.outlet)
    -- a list's mark before a caption over the caption is no crumb
    local caption = "Wali Kota Sukamaju dan Wakil Wali Kota di Balai Kota. situs.co.uk"
    local _
    _, class = page { TITLE, "• " .. caption, caption, "SUKAMAJU - " .. PARA1, PARA2 }
    assert.are_not.equal("navigation", class["• " .. caption])
  end)
end)

describe("the page's summary under the closing initials", function()
  it("a sentence with no final mark between the closing initials and the credit line is furniture", function()
    local summary = "Dinas memprakirakan hujan lebat di sejumlah wilayah pada siang hari. Warga diminta waspada"
    local meta, class, doc = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (ant/kbk)", summary,
      "Redaktur & Reporter : Nama Editor" }
    assert.are.equal("caption", class[summary])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    assert.are.same({ "ANTARA" }, meta.sources)
    -- a paragraph there is the article's: no closing is looked for above it
    local _, class2 = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, PARA3 }
    assert.are.equal("body", class2[PARA3])
  end)
end)

describe("the editor's one-word name under the desk's initials", function()
  it("'(abc)' alone, then 'Editor : Nama': the name wins; capitalised initials stay under a name's line", function()
    local meta = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2, "(ara)", "Editor : Rahma" }
    assert.are.equal("Rahma", meta.editor)
    meta = page { TITLE, "SUKAMAJU - " .. PARA1, PARA2 .. " (rzr/dnu)" }
    assert.are.equal("rzr/dnu", meta.editor)
  end)
end)

describe("a place opening the article's first paragraph with no dash", function()
  it("is the dateline after a comma or a glued hyphen; the line stays the article's", function()
    local cases = {
      { "Wonosobo, Warga dua dusun bergotong royong memperbaiki jalan desa yang rusak akibat longsor.", "Wonosobo" },
      { "Klaten-Dinas Pertanian membagikan benih padi unggul kepada kelompok tani di lima kecamatan.", "Klaten" },
      { "SUKAMAJU, Setelah dilantik kemarin, kepala desa langsung meninjau pasar yang baru direnovasi.", "Sukamaju" },
      { "Tanjung Mekarsari-Dinas Perikanan menebar ribuan benih ikan nila di waduk milik pemerintah daerah.",
        "Tanjung Mekarsari" },
    }
    for _, c in ipairs(cases) do
      local meta, class = page { "Judul Berita Daerah Yang Cukup Panjang", c[1], PARA2 }
      assert.are.equal(c[2], meta.dateline, c[1])
      assert.are.equal("body", class[c[1]], c[1])
    end
    -- left after a masthead cut from the line: "SITUS.COM |KOTA,-Warga ..."
    local meta = page { "Judul Berita Daerah Yang Cukup Panjang",
      "KABARKU.COM |MAGELANG,-Harga sayur di pasar tradisional kembali naik menjelang akhir pekan.", PARA2 }
    assert.are.same({ "KABARKU.COM", "Magelang" }, { meta.outlet, meta.dateline })
    -- a list of places, a route, a name glued by a hyphen, an institution's acronym: no dateline
    for _, line in ipairs {
      "Sleman, Bantul dan Klaten menjadi daerah dengan jumlah wisatawan terbanyak selama libur panjang.",
      "Magelang-Wonosobo kini dapat ditempuh lebih cepat setelah jalan baru itu dibuka untuk umum.",
      "Hendra-Wiratama mengaku belum menerima surat pemberitahuan dari panitia hingga pekan ini.",
      "BAWASLU, Panitia pengawas kecamatan mulai menertibkan alat peraga kampanye di jalan utama.",
    } do
      assert.is_nil((page { "Judul Berita Daerah Yang Cukup Panjang", line, PARA2 }).dateline, line)
    end
  end)
end)

describe("an outlet first, then the place", function()
  it("reads a site's one-word name in lower case and a media-named outlet before a bar", function()
    local function opening(first)
      local meta, _, doc = page { "Judul Berita Daerah Yang Cukup Panjang", first .. PARA1, PARA2 }
      return meta.dateline, meta.outlet, doc:body()
    end
    local place, outlet, body = opening("kabarkota, Sukamaju – ")
    assert.are.same({ "Sukamaju", "kabarkota", PARA1 .. "\n" .. PARA2 }, { place, outlet, body })
    place, outlet, body = opening("The Sukamaju Times, SUKAMAJU | ")
    assert.are.same({ "Sukamaju", "The Sukamaju Times", PARA1 .. "\n" .. PARA2 }, { place, outlet, body })
    -- a short lower-case word is none ("dan, Sukamaju – ...")
    assert.is_nil((opening("dan, Sukamaju – ")))
  end)
end)

describe("a line of the place or the writer and a bar before the site's address", function()
  it("right above the article names the dateline and the outlet, or the outlet alone", function()
    local meta = page { "Judul Berita Daerah Yang Cukup Panjang", "Klaten|kabarkota.com", PARA1, PARA2 }
    assert.are.same({ "Klaten", "kabarkota.com" }, { meta.dateline, meta.outlet })
    meta = page { "Judul Berita Daerah Yang Cukup Panjang", "Nama Penulis|Kabarkota.com", PARA1, PARA2 }
    assert.are.same({ nil, "Kabarkota.com" }, { meta.dateline, meta.outlet })
  end)
end)

describe("a site's address with words in capitals before it", function()
  it("opens the article as the address alone does", function()
    local meta, _, doc = page { "Judul Berita Daerah Yang Cukup Panjang", "MAJALAH Kabar-Kota.com - " .. PARA1, PARA2 }
    assert.are.same({ "MAJALAH Kabar-Kota.com", PARA1 .. "\n" .. PARA2 }, { meta.outlet, doc:body() })
    meta, _, doc = page { "Judul Berita Daerah Yang Cukup Panjang", "WARTA KITA KOTA.com | Sukamaju,–" .. PARA1, PARA2 }
    assert.are.same({ "WARTA KITA KOTA.com", "Sukamaju", PARA1 .. "\n" .. PARA2 },
      { meta.outlet, meta.dateline, doc:body() })
    -- a place in capitals the gazetteer knows there is the dateline
    meta = page { "Judul Berita Daerah Yang Cukup Panjang", "KLATEN Kabarkota.com – " .. PARA1, PARA2 }
    assert.are.same({ "Kabarkota.com", "Klaten" }, { meta.outlet, meta.dateline })
    meta = page { "Judul Berita Daerah Yang Cukup Panjang", "JAWA TENGAH.kabarkota.com - " .. PARA1, PARA2 }
    assert.are.same({ "kabarkota.com", "Jawa Tengah" }, { meta.outlet, meta.dateline })
  end)
end)

describe("regional openings: the address, the site's name or its initials around the place", function()
  it("reads the dateline and the outlet and cuts the opening", function()
    local function opening(first)
      local meta, _, doc = page { "Judul Berita Daerah Yang Cukup Panjang", first .. PARA1, PARA2 }
      return meta.dateline, meta.outlet, doc:body()
    end
    -- the address, then the place in capitals
    assert.are.same({ "Sukamaju", "Kabarkota.id", PARA1 .. "\n" .. PARA2 }, { opening("Kabarkota.id SUKAMAJU – ") })
    -- (or after a colon)
    assert.are.same({ "Sukamaju", "KABARKOTA.ID", PARA1 .. "\n" .. PARA2 }, { opening("KABARKOTA.ID: SUKAMAJU – ") })
    -- the place, then the site's one-word name between dashes
    assert.are.same({ "Sukamaju", "Kabarkita", PARA1 .. "\n" .. PARA2 }, { opening("Sukamaju – Kabarkita – ") })
    -- the place, then the site's initials with a period, the dash glued to the first word
    assert.are.same({ "Sukamaju", "KK", PARA1 .. "\n" .. PARA2 }, { opening("SUKAMAJU,KK.–") })
    -- the address with two hyphens glued to the first word
    local _, outlet, body = opening("kabarkota.com--")
    assert.are.same({ "kabarkota.com", PARA1 .. "\n" .. PARA2 }, { outlet, body })
  end)
end)

describe("a theme's icon names and bullets by the byline, the date and the credits", function()
  it("reads the date after an icon's name and the editor after a bullet", function()
    local meta, class = page {
      "Jembatan Gantung Desa Sukamaju Putus, Warga Memutar Lewat Kebun",
      "- account_circle Nama Penulis",
      "- calendar_today Sel, 5 Mar 2024",
      "",
      "SUKAMAJU – " .. PARA1, PARA2, PARA3,
      "- Penulis: Nama Penulis",
      "- Editor: Nama Penyunting",
    }
    assert.are.same({ "2024-03-05", "Nama Penyunting" }, { meta.published, meta.editor })
    assert.are.equal("Jembatan Gantung Desa Sukamaju Putus, Warga Memutar Lewat Kebun", meta.headline)
    assert.are.equal("timestamp", class["- calendar_today Sel, 5 Mar 2024"])
  end)
end)

describe("a long title-cased title shown twice in a row, and a release's star before the initials", function()
  it("keeps the title the headline and reads the initials as the editor", function()
    local title = "Warga Empat Desa Minta Jembatan Gantung Sukamaju Segera Diperbaiki Sebelum Musim Hujan Tiba"
    local meta, class = page { title, "", title, "", PARA1, PARA2, PARA3 .. " (*/abc)" }
    assert.are.same({ title, "abc" }, { meta.headline, meta.editor })
    assert.are.equal("headline", class[title])
  end)
end)

describe("a regional edition's topic over the title, its deck and the credits", function()
  it("reads the topic of up to seven words as a rubric, the long title under it as the headline", function()
    local title = "Puluhan Pedagang Pasar Sukamaju Tolak Relokasi, Bupati Janji Tinjau Lokasi Baru Pekan Depan"
    local meta = page {
      "Relokasi Pasar Sukamaju Tuai Protes Pedagang", title,
      "Para pedagang meminta pemerintah menunda pemindahan sampai los baru selesai dibangun",
      "Penulis: Nama Penulis | Editor: Nama Penyunting",
      "KABARKOTA.COM, SUKAMAJU - " .. PARA1, PARA2, PARA3,
    }
    assert.are.same({ title, "Nama Penyunting" }, { meta.headline, meta.editor })
  end)
end)

describe("a word before words in lower case in brackets", function()
  it("is no dateline: an outlet in brackets is named, not told in lower-case words", function()
    local line = "Kriteria (salah satu): pengajar, peneliti, atau pegiat organisasi yang menulis tentang kota."
    local meta = page { "Judul Berita Daerah Yang Cukup Panjang", line, PARA1, PARA2 }
    assert.are.same({}, { meta.dateline, meta.outlet })
    -- (a one-word outlet in lower case stays one: "Sukamaju (kabarkota) - ")
    meta = page { "Judul Berita Daerah Yang Cukup Panjang", "Sukamaju (kabarkota) - " .. PARA1, PARA2 }
    assert.are.same({ "Sukamaju", "kabarkota" }, { meta.dateline, meta.outlet })
  end)
end)

describe("a caption closed by its credit in square brackets", function()
  it("is a caption when the credit names a site's address and the photographer", function()
    local cap = "Bupati Sukamaju meninjau pasar murah di alun-alun kota. [Kabarkota.com/Nama Fotografer]"
    local _, class, doc = page { "Judul Berita Daerah Yang Cukup Panjang", cap, "", PARA1, PARA2 }
    assert.are.equal("caption", class[cap])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a blog platform's embed box under a post's excerpt", function()
  it("is furniture: the prompts to copy the post's address or code into another site", function()
    local _, class, doc = page {
      "Judul Berita Daerah Yang Cukup Panjang", PARA1, PARA2,
      "Copy and paste this URL into your WordPress site to embed",
      "Copy and paste this code into your site to embed",
    }
    assert.are.equal("navigation", class["Copy and paste this URL into your WordPress site to embed"])
    assert.are.equal("navigation", class["Copy and paste this code into your site to embed"])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a columnist's page: the site's call for columnists over the column", function()
  it("is furniture: the call and the criteria whose link to the form the scraper lost", function()
    local call = "Anda bisa menjadi kolumnis !"
    local criteria = "Kriteria (salah satu): akademisi, peneliti, pegiat organisasi, atau mahasiswa. "
      .. "Cara daftar baca di sini"
    local meta, class, doc = page {
      "Judul Kolom Tentang Pasar Murah di Kota", "Situs.com - 27/03/2024, 06:16 WIB", call, criteria, "",
      PARA1, PARA2,
    }
    assert.are.equal("navigation", class[call])
    assert.are.equal("navigation", class[criteria])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    assert.is_nil(meta.dateline)
  end)
end)

describe("an opening with a site's name written in camel case", function()
  it("reads the name as the outlet and the place after its comma, closed by a dash or a colon", function()
    local function opening(first)
      local meta, _, doc = page { "Judul Berita Daerah Yang Cukup Panjang", first .. PARA1, PARA2 }
      return meta.dateline, meta.outlet, doc:body()
    end
    assert.are.same({ "Sukamaju", "KabarKota", PARA1 .. "\n" .. PARA2 }, { opening("KabarKota, Sukamaju : ") })
    assert.are.same({ "Sukamaju", "KabarKota", PARA1 .. "\n" .. PARA2 }, { opening("KabarKota, Sukamaju - ") })
    -- (a colon with a space before it after a name with a media word too)
    assert.are.same({ "Sukamaju", "Kabar Kota", PARA1 .. "\n" .. PARA2 }, { opening("Kabar Kota, Sukamaju : ") })
  end)
end)

describe("a long title-cased title closed by its cry or question", function()
  it("is the headline, not a paragraph, over the opening", function()
    local title = "Warga Empat Desa di Sukamaju Kesal Jembatan Gantung Tak Kunjung Diperbaiki Sejak Tahun Lalu: "
      .. "Kapan Lagi!"
    local meta, class, doc = page { title, "KabarKota, Sukamaju - " .. PARA1, PARA2 }
    assert.are.same({ title, "Sukamaju", "KabarKota" }, { meta.headline, meta.dateline, meta.outlet })
    assert.are.equal("headline", class[title])
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
    -- (a long sentence closed so, in lower-case words, stays a paragraph)
    local cry = "Warga berharap jembatan gantung di desa itu segera diperbaiki sebelum musim hujan tiba dan anak-anak "
      .. "bisa sekolah lagi!"
    local _, cls = page { "Judul Berita Daerah Yang Cukup Panjang", "SUKAMAJU - " .. PARA1, cry, PARA2 }
    assert.are.equal("body", cls[cry])
  end)
end)

describe("a network's photo caption closed by two hyphens glued to its last word", function()
  it("is a caption (its credit after the hyphens may be empty), and the title over it the headline", function()
    local title = "Provinsi Baru Diusulkan, Tujuh Kabupaten Siap Bergabung"
    local cap = "Usulan pembentukan provinsi baru kembali mencuat setelah surat warga dikirim ke Presiden--"
    local meta, class, doc = page { title, cap, PARA1, PARA2 }
    assert.are.equal("caption", class[cap])
    assert.are.equal(title, meta.headline)
    assert.are.equal(PARA1 .. "\n" .. PARA2, doc:body())
  end)
end)

describe("a page date opened by the site's address, on a page with no opening", function()
  it("names the outlet", function()
    for _, stamp in ipairs { "Kabarkota.com - 27/03/2024, 06:16 WIB", "Kabarkota.com, 27 Maret 2024, 06:16 WIB" } do
      local meta = page { "Judul Kolom Tentang Pasar Murah di Kota", stamp, "", PARA1, PARA2 }
      assert.are.same({ "Kabarkota.com", "2024-03-27T06:16" }, { meta.outlet, meta.published })
    end
    -- (the opening's outlet wins)
    local meta = page { "Judul Berita Daerah Yang Cukup Panjang", "Kabarkota.com - 27/03/2024, 06:16 WIB",
      "SUKAMAJU, KABARKOTA.COM - " .. PARA1, PARA2 }
    assert.are.equal("KABARKOTA.COM", meta.outlet)
  end)
end)

describe("a columnist's office shown twice under the name, over the column's title and its date", function()
  it("is no headline: the longer title right over the page date is", function()
    local office = "Direktur Lembaga Kajian Kota"
    local title = "Pasar Murah Bukan Jawaban Mahalnya Harga Beras"
    local meta, class = page {
      "Nama Penulis", office, "", office, "", title, "", "Situs.com - 27/03/2024, 06:16 WIB", "", PARA1, PARA2,
    }
    assert.are.equal(title, meta.headline)
    assert.are.equal("caption", class[office])
    -- (a title shown twice over its deck in sentence case stays the headline)
    local short = "Pasar Murah Dibuka di Sukamaju"
    local deck = "Warga antre sejak pagi demi beras dan minyak goreng murah di alun-alun"
    meta = page { short, "", short, "", deck, "", "Situs.com - 27/03/2024, 06:16 WIB", "", PARA1, PARA2 }
    assert.are.equal(short, meta.headline)
  end)
end)

describe("a radio's banner over the title, ending with the outlet's name", function()
  it("is a masthead, not the headline (the name makes a third of its letters)", function()
    local title = "Polisi Gelar Patroli Malam di Pasar Sukamaju"
    local meta = page { "|", "", "Dengarkan Radio Kabar Kota", "", title, "", "Sukamaju (Kabar Kota) - " .. PARA1,
      PARA2 }
    assert.are.same({ title, "Kabar Kota", "Sukamaju" }, { meta.headline, meta.outlet, meta.dateline })
    -- (a longer title ending with the name is a title still)
    local long = "Bupati Sukamaju Resmikan Gedung Baru Milik Kabar Kota"
    meta = page { long, "", "Sukamaju (Kabar Kota) - " .. PARA1, PARA2 }
    assert.are.equal(long, meta.headline)
  end)
end)

describe("a photo's caption shown twice in a row above the article", function()
  it("is a caption, not the article's first paragraph (the headline and the lead stay)", function()
    local title = "Wali Kota Sukamaju Resmikan Pasar Murah"
    local cap = "Wali Kota Sukamaju, Nama Contoh Memberikan Sambutan di Alun-alun. ( Nama/KabarKota)"
    local meta, class = page { "Beranda / Daerah", "", "Senin, 4 Maret 2024 - 10:01 WIB", "", title, "", cap, "", cap,
      "", PARA1, "", PARA2, "", PARA3 }
    assert.are.equal(title, meta.headline)
    assert.are.equal("caption", class[cap])
    assert.are.equal("body", class[PARA1])
  end)
end)

describe("a subheading in capitals between paragraphs", function()
  it("stays body: no other article's title is set in capitals", function()
    local sub = "VIDEO DUKUNGAN WARGA UNTUK PASAR MURAH DI ALUN-ALUN SUKAMAJU"
    local _, class = page { PARA1, "", sub, "", PARA2, "", PARA3 }
    assert.are.equal("body", class[sub])
    -- (the same title in title case, set bare between paragraphs, is a link)
    local link = "Video Dukungan Warga untuk Pasar Murah di Alun-alun Sukamaju"
    _, class = page { PARA1, "", link, "", PARA2, "", PARA3 }
    assert.are.equal("related", class[link])
  end)
end)

describe("a list of other articles closing the page under a bare label", function()
  it("is links, titles closed by a period and a section's name over each title too", function()
    local titles = { "Kabar Terbaru Penanganan Kasus Pasar Induk Kota Sukamaju.", "Kehilangan Dompet",
      "Pemkab Perbaiki Jalan di Perbatasan Sukamaju.", "Polisi Tanam Seribu Pohon di Lereng Gunung." }
    local _, class = page { PARA1, "", PARA2, "", PARA3, "", "Share :", "", "Baca Juga", "", "Hukum & Kriminal", "",
      titles[1], "", "Peristiwa", "", titles[2], "", "Pemerintahan", "", titles[3], "", "Pemerintahan", "", titles[4] }
    for _, t in ipairs(titles) do assert.are_not.equal("body", class[t], t) end
    assert.are.equal("body", class[PARA3])
    -- (under the label the article goes on with a sentence: no closing list, the sentence stays)
    local last = "Ia berharap pasar murah serupa bisa digelar lagi menjelang akhir tahun nanti."
    _, class = page { PARA1, "", PARA2, "", "Baca Juga", "", titles[3], "", last }
    assert.are.equal("body", class[last])
  end)
end)

describe("a kicker between the headline and its copy under it", function()
  it("is a caption (deck), not the article's", function()
    local title = "Lima Tahanan Polsek Sukamaju Masih Kabur"
    local kicker = "Polisi Minta Mereka Menyerahkan Diri"
    local meta, class = page { title, "", kicker, "", title, "", PARA1, "", PARA2 }
    assert.are.equal(title, meta.headline)
    assert.are.equal("caption", class[kicker])
    assert.are.equal("body", class[PARA1])
  end)
end)

describe("a pointer to the page's video", function()
  it("'Lihat video di atas. (*)' closing the article is navigation", function()
    local _, class = page { PARA1, "", PARA2, "", "Lihat video di atas. (*)" }
    assert.are.equal("navigation", class["Lihat video di atas. (*)"])
    local pointer = "Simak videonya di bawah ini."
    _, class = page { PARA1, pointer, PARA2 }
    assert.are.equal("navigation", class[pointer])
  end)
end)

describe("a sentence cut after its opening words under the article ('Menurut Nama,')", function()
  it("stays body: no link's title nor button ends with a comma", function()
    local _, class = page { PARA1, "", PARA2, "", "Menurut Budi,", "", "...", "", "Berita Lainnya" }
    assert.are.equal("body", class["Menurut Budi,"])
    assert.are.equal("navigation", class["Berita Lainnya"])
  end)
end)
