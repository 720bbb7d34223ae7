-- Page furniture and metadata of layouts met on fresh held-out pages (session s24), on invented pages.
local kimput = require "kimput"

local function page(...)
  return table.concat({ ... }, "\n") .. "\n"
end

local function class_of(doc, text)
  for _, l in ipairs(doc:line_list()) do
    if l.text == text then return l.class end
  end
end

local LEAD = "Warga Desa Sukamaju berkumpul di balai desa pada Senin (3/3/2025) untuk membahas jalan yang rusak."
local NEXT = "Kepala desa mengatakan rapat berjalan baik dan semua warga hadir di sana hingga sore hari."

describe("a ticker of other articles' titles above the article", function()
  it("is links, one bulleted title a line, and the title under it stays the headline", function()
    local items = { "• Warga Kota Lama Gelar Kerja Bakti di Pasar Ikan", "• Harga Cabai di Kota Baru Naik Lagi " ..
        "Pekan Ini",
                    "• Dinas Pendidikan Buka Pendaftaran Sekolah Negeri", "• 14 Maret dalam Sejarah" }
    local doc = kimput.parse(page("Kabar Terkini", items[1], items[2], items[3], items[4],
                                  "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", LEAD, NEXT))
    for _, item in ipairs(items) do assert.are.equal("related", class_of(doc, item), item) end
    assert.are.equal("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", doc:meta().headline)
    for _, d in ipairs(doc:dates()) do assert.are_not.equal("14 Maret", d.text) end
  end)

  it("leaves the article's own list in bullets under its paragraph, and two bulleted titles alone", function()
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", LEAD,
                                  "Warga menyebut tiga hal yang mereka minta kepada pemerintah desa tahun ini:",
                                  "• Perbaikan Jalan Menuju Pasar Desa", "• Lampu Jalan di Dusun Kulon",
                                  "• Saluran Air di Dekat Sekolah", NEXT))
    assert.are.equal("body", class_of(doc, "• Lampu Jalan di Dusun Kulon"))
    doc = kimput.parse(page("• Warga Kota Lama Gelar Kerja Bakti di Pasar Ikan",
                            "• Harga Cabai di Kota Baru Naik Lagi Pekan Ini",
                            "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", LEAD, NEXT))
    assert.are_not.equal("related", class_of(doc, "• Harga Cabai di Kota Baru Naik Lagi Pekan Ini"))
  end)
end)

describe("photos' captions", function()
  local TITLE = "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab"

  it("a network's keyword phrase of four capitalised words or more before a dash opens a caption", function()
    local cap = "WARGA GOTONG ROYONG PERBAIKI JALAN - Warga Desa Sukamaju memperbaiki jalan desa, Senin (3/3/2025)."
    local doc = kimput.parse(page(TITLE, "KOTA LAMA - " .. LEAD, cap, NEXT))
    assert.are.equal("caption", class_of(doc, cap))
    assert.are.equal("Kota Lama", doc:meta().dateline)
    -- (a dateline's place of three words stays the opening of its paragraph)
    local line = "KOTA TANJUNG BARU - Kepala desa mengatakan rapat berjalan baik dan semua warga hadir."
    doc = kimput.parse(page(TITLE, "KOTA LAMA - " .. LEAD, NEXT, line))
    assert.are.equal("body", class_of(doc, line))
  end)

  it("an image's alternative text right over its caption, a few words short of it, is a caption too", function()
    local alt = "Petugas Dinas Pekerjaan Umum menambal jalan berlubang di ruas Kota Lama menuju Pasar Baru, " ..
        "Rabu (5/3/2025)."
    local cap = "Petugas Dinas Pekerjaan Umum menambal jalan berlubang di ruas Kota Lama menuju Pasar Baru, " ..
        "Jawa Barat, Rabu (5/3/2025). (SITUSKU/Nama Fotografer)"
    local doc = kimput.parse(page(TITLE, "KOTA LAMA - " .. LEAD, NEXT, alt, cap,
                                  "Pekerjaan itu ditargetkan selesai sebelum musim hujan tiba bulan depan, kata " ..
                                      "petugas."))
    assert.are.equal("caption", class_of(doc, cap))
    assert.are.equal("caption", class_of(doc, alt))
    for _, d in ipairs(doc:dates()) do assert.are_not.equal("Rabu (5/3/2025)", d.text) end
  end)

  it("closed by its source after a bar, '| Sumber Istimewa.', is a caption between paragraphs", function()
    local cap = "Lomba Menulis Pelajar Kota Lama 2024, Rabu (22/05) | Sumber Istimewa."
    local doc = kimput.parse(page(TITLE, LEAD, cap, NEXT,
                                  "Panitia berharap lomba itu dapat digelar lagi tahun depan dengan peserta " ..
                                      "lebih banyak."))
    assert.are.equal("caption", class_of(doc, cap))
  end)

  it("under the byline, a credit opened by its label ('Dok ... - Dok ...') has the sentence under it for " ..
      "caption", function()
    local cap = "Warga Desa Sukamaju memperbaiki jalan desa dengan dana swadaya, Senin (3/3/2025)."
    local doc = kimput.parse(page(TITLE, "Warga memperbaiki sendiri jalan yang rusak sejak sepuluh tahun lalu.",
                                  "Penulis: Nama Penulis | Editor: Nama Editor", "Dok Tim Desa Sukamaju - Dok " ..
                                      "Nama Warga",
                                  cap, LEAD, NEXT))
    assert.are.equal("caption", class_of(doc, cap))
    assert.are.equal("body", class_of(doc, LEAD))
    assert.are.equal("Nama Editor", doc:meta().editor)
  end)
end)

describe("mastheads and datelines of small sites", function()
  local TITLE = "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab"

  it("an ad's label with a phone's swipe prompt is furniture, not a dateline", function()
    local ad = "Iklan - Geser ke atas untuk melanjutkan."
    local doc = kimput.parse(page(ad, TITLE, "Kabarku.co.id | Kotamulya - " .. LEAD, NEXT))
    assert.are.equal("navigation", class_of(doc, ad))
    assert.are.equal("Kotamulya", doc:meta().dateline)
    assert.are.equal("Kabarku.co.id", doc:meta().outlet)
    assert.are.equal(TITLE, doc:meta().headline)
  end)

  it("the address glued by an underscore to an opening of two sentences opens the article", function()
    local first = "Kabarku.com_Polres Sukamaju Gelar Apel Pasukan Bersama Wakil Bupati Kota Lama di Halaman " ..
        "Mako Polres. Rabu (5/5/2021)"
    local doc = kimput.parse(page(first, NEXT))
    assert.are.equal("Kabarku.com", doc:meta().outlet)
    assert.is_nil(doc:meta().headline)
    assert.are.equal("body", class_of(doc, first))
  end)

  it("the place in capitals before a bar, and the place before a lower-case address with no dash", function()
    local doc = kimput.parse(page(TITLE, "KOTAMULYA | " .. LEAD, NEXT))
    assert.are.equal("Kotamulya", doc:meta().dateline)
    doc = kimput.parse(page(TITLE, "Kotamulya, kabarku.org " .. LEAD, NEXT))
    assert.are.equal("kabarku.org", doc:meta().outlet)
    assert.are.equal("Kotamulya", doc:meta().dateline)
    -- (a menu's section is no place)
    doc = kimput.parse(page(TITLE, "BERITA | " .. LEAD, NEXT))
    assert.is_nil(doc:meta().dateline)
  end)

  it("the address, slashes, the place and the day alone on a line state the outlet, dateline and date", function()
    local line = "Kabarku.com//Kotamulya.14/03/2024"
    local doc = kimput.parse(page(TITLE, line, LEAD, NEXT))
    assert.are.equal("dateline", class_of(doc, line))
    local m = doc:meta()
    assert.are.equal("Kabarku.com", m.outlet)
    assert.are.equal("Kotamulya", m.dateline)
    assert.are.equal("2024-03-14", m.published)
  end)
end)

describe("an editor's label glued by the scraper", function()
  local TITLE = "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab"
  it("to the editor's name ('EditorNama Orang') or to the writer's name before it ('Nama OrangEditor: B')", function()
    for _, line in ipairs { "EditorRina K. Lestari", "Penulis: Budi SantosoEditor: Rina K. Lestari" } do
      local doc = kimput.parse(page(TITLE, line, "KOTA LAMA - " .. LEAD, NEXT))
      assert.are.equal("Rina K. Lestari", doc:meta().editor, line)
      assert.are.equal("credit", class_of(doc, line), line)
    end
    -- (a word going on after the label is none: "Editorial ...")
    local doc = kimput.parse(page(TITLE, "Editorial Kota Lama Baru", "KOTA LAMA - " .. LEAD, NEXT))
    assert.is_nil(doc:meta().editor)
  end)
end)

describe("the headline among a page's top furniture", function()
  local TITLE = "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab"

  it("is not a login box's prompt, which is furniture", function()
    local doc = kimput.parse(page("Lupa Kata Sandi? Klik di Sini", "Belum Memiliki Akun Daftar di Sini",
                                  "Sudah punya akun? Masuk", TITLE, "KABARKU.COM, Kotamulya - " .. LEAD, NEXT))
    assert.are.equal(TITLE, doc:meta().headline)
    assert.are.equal("navigation", class_of(doc, "Belum Memiliki Akun Daftar di Sini"))
    assert.are.equal("navigation", class_of(doc, "Sudah punya akun? Masuk"))
  end)

  it("is not the photo's caption with the zoom button's label glued after it", function()
    local doc = kimput.parse(page("Berita", TITLE, "badge-icon", TITLE .. " Perbesar", "Kabarku.com - " .. LEAD, NEXT))
    assert.are.equal(TITLE, doc:meta().headline)
    assert.are.equal("caption", class_of(doc, TITLE .. " Perbesar"))
  end)

  it("stays the title over a photo's caption shown twice (no list of titles)", function()
    local cap = "Logo Liga Kota Lama 2024-2025."
    local doc = kimput.parse(page("Aktifkan akun untuk membaca dua artikel gratis setiap hari", TITLE, "image-icon",
                                  cap, cap, "KABARKU.COM, Kotamulya - " .. LEAD, NEXT))
    assert.are.equal(TITLE, doc:meta().headline)
  end)
end)

describe("the outlet promoting its own news on a channel", function()
  it("is the address closing 'Ikuti berita ... lainnya di Google News Situs.id'", function()
    local line = "Ikuti berita menarik lainnya di Google News KabarKota.id"
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD, NEXT,
        line))
    assert.are.equal("KabarKota.id", doc:meta().outlet)
    assert.are.equal("navigation", class_of(doc, line))
    -- (a name with no address names none: "Ikuti perkembangan berita ini di situsku")
    doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD, NEXT,
                            "Ikuti perkembangan berita ini di situsku"))
    assert.is_nil(doc:meta().outlet)
  end)
end)

describe("lines after the article's last paragraph", function()
  it("a results table's rows, the sides' names then a colon and the score, are the article's", function()
    local rows = { "Tim Kota Lama vs Tim Desa Baru : 2-1", "Persatuan Sukamaju vs Putra Kotamulya : 0-0" }
    local doc = kimput.parse(page("Hasil Lengkap Pekan Pertama Liga Kota Lama", "KOTA LAMA - " .. LEAD,
                                  "Skor semua laga pekan itu di stadion kota tercatat seperti di bawah ini, " ..
                                      "Minggu (2/3/2025).",
                                  rows[1], rows[2]))
    for _, row in ipairs(rows) do assert.are.equal("body", class_of(doc, row), row) end
  end)

  it("a theme's image widget's label is furniture", function()
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD,
                                  "Responsive Images", NEXT))
    assert.are.equal("navigation", class_of(doc, "Responsive Images"))
  end)
end)

describe("a page cut off inside its article", function()
  it("keeps its last line, title-cased but holding a verb in lower case, as the article's", function()
    local last = "Usai menghadiri Rapat Kerja, Kepala Dinas Kota Lama, Nama Orang Sat"
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD, NEXT)
                             .. last)
    assert.are.equal("body", class_of(doc, last))
    -- (a link's title keeps its prepositions in lower case: "melalui", "bersama")
    local link = "Warga Kota Lama Salurkan Bantuan melalui Dinas Sosial Kota"
    doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD, NEXT) .. link)
    assert.are_not.equal("body", class_of(doc, link))
  end)
end)

describe("a dateline's place in capitals", function()
  it("is title-cased, but one word of two or three capitals is an acronym, kept", function()
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab",
        "UKM, kabarkampus.org " .. LEAD, NEXT))
    assert.are.equal("UKM", doc:meta().dateline)
    doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTAMULYA - " .. LEAD, NEXT))
    assert.are.equal("Kotamulya", doc:meta().dateline)
  end)
end)

describe("a blog theme's furniture and a site's name written as its opening", function()
  local TITLE = "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab"

  it("a Blogger theme's unfilled featured slider is furniture, and the title under the post's date the " ..
      "headline", function()
    local slide = "This is default featured slide 1 title"
    local hint = "Go to Blogger edit html and find these sentences.Now replace these sentences with your own " ..
        "descriptions."
    local doc = kimput.parse(page("Hot Posts", slide, hint, "This is default featured slide 2 title", hint,
                                  "Senin, 03 Maret 2025", TITLE, LEAD, NEXT))
    assert.are.equal("navigation", class_of(doc, slide))
    assert.are.equal("navigation", class_of(doc, hint))
    assert.are.equal(TITLE, doc:meta().headline)
  end)

  it("a short name closed by 'com' before the place in capitals: 'SKcom KOTAMULYA –'", function()
    local doc = kimput.parse(page(TITLE, "SKcom KOTAMULYA –Warga Desa Sukamaju berkumpul di balai desa pada " ..
        "Senin (3/3/2025).", NEXT))
    assert.are.equal("SKcom", doc:meta().outlet)
    assert.are.equal("Kotamulya", doc:meta().dateline)
  end)

  it("the site's name in capitals opening the article is no place when its channel's promotion names the site",
      function()
    local promo = "Yuk gabung channel whatsapp LINTASSUKAMAJU.COM untuk kabar desa setiap hari. Klik di sini (JOIN)"
    local doc = kimput.parse(page(TITLE, "LINTAS SUKAMAJU - " .. LEAD, NEXT, promo,
                                  "Kepala desa berharap jalan itu segera diperbaiki sebelum musim hujan tiba."))
    assert.are.equal("LINTASSUKAMAJU.COM", doc:meta().outlet)
    assert.is_nil(doc:meta().dateline)
    assert.are.equal("navigation", class_of(doc, promo))
  end)
end)

describe("the headline over a network's cut deck and byline", function()
  local LEAD_BODY = "Warga Desa Sukamaju bergotong royong membersihkan saluran air yang tersumbat sampah di " ..
      "sepanjang jalan utama desa pada Minggu (2/3/2025)."

  it("is the title with every word capitalised, not the deck under it that copies the lead, cut", function()
    local title = "Warga Desa Sukamaju Gelar Kerja Bakti Bersihkan Saluran Air Jelang Musim Hujan"
    local deck = "Warga Desa Sukamaju bergotong royong membersihkan saluran air yang tersumbat sampah di sepanjang jal"
    local doc = kimput.parse(page("Berita Kota", title, deck, "Penulis: Nama Penulis | Editor: Nama Editor",
                                  "KABARKU.COM, SUKAMAJU - " .. LEAD_BODY, NEXT))
    assert.are.equal(title, doc:meta().headline)
    assert.are.equal("caption", class_of(doc, deck))
  end)

  it("is a short title-cased title over a deck full of names that copies the lead (no rubric over a title)", function()
    local title = "Dinas PU: Jembatan Segera Diperbaiki"
    local lead = "Kepala Dinas Pekerjaan Umum Kota Lama Budi Santoso belum memastikan Jembatan Sungai Baru Desa " ..
        "Sukamaju selesai diperbaiki tahun ini."
    local deck = "Kepala Dinas Pekerjaan Umum Kota Lama Budi Santoso belum memastikan Jembatan Sungai Baru Desa " ..
        "Sukamaju selesai"
    local doc = kimput.parse(page("Kabar Desa", title, deck, "Penulis: Nama Penulis", "Editor: Nama Editor",
                                  "KABARKU/NAMA FOTOGRAFER", "Kepala Dinas Pekerjaan Umum Kota Lama Budi Santoso",
                                  "KABARKU.COM, SUKAMAJU - " .. lead, NEXT))
    assert.are.equal(title, doc:meta().headline)
    assert.are.equal("caption", class_of(doc, "Kepala Dinas Pekerjaan Umum Kota Lama Budi Santoso"))
  end)
end)

describe("a site's current-day widget at the page's top", function()
  it("is no page date when the body reports its days more than a year before it", function()
    local doc = kimput.parse(page("Sabtu, 4 Oktober 2025", "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab",
                                  "KOTA LAMA - Warga berkumpul di balai desa pada Senin (3/3/2014) untuk " ..
                                      "membahas jalan.",
                                  "Kepala desa mengatakan rapat itu digelar lagi pada Selasa (4/3/2014) di " ..
                                      "tempat yang sama."))
    assert.is_nil(doc:meta().published)
    -- (the article's own date over days it reports near it stays)
    doc = kimput.parse(page("Sabtu, 8 Maret 2014", "Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab",
                            "KOTA LAMA - Warga berkumpul di balai desa pada Senin (3/3/2014) untuk membahas " ..
                                "jalan.", NEXT))
    assert.are.equal("2014-03-08", doc:meta().published)
  end)
end)

describe("an editor's name with the next label glued after it", function()
  it("ends before the label ('Editor : Nama OrangEditor Kota', 'Editor: Nama OrangSumber: X')", function()
    for _, line in ipairs { "Editor : Rina Lestari SantosoEditor Kota", "Editor: Rina Lestari SantosoSumber: " ..
        "Kabarku" } do
      local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD,
          NEXT, line))
      assert.are.equal("Rina Lestari Santoso", doc:meta().editor, line)
    end
  end)
end)

describe("a title over its copy glued to the photo's caption", function()
  it("stays the headline (no image's alternative text: that is a sentence closed by its mark)", function()
    local title = "Diskusi Bersama Warga, Kepala Desa Sukamaju Ingin Pasar Desa Lebih Tertata dan Bersih"
    local cap = title .. " Kepala Desa Sukamaju berbincang dengan penjual sayur di los pasar. Foto: Ist"
    local doc = kimput.parse(page(title, cap, "KOTA LAMA, KABARKU.com - " .. LEAD, NEXT))
    assert.are.equal(title, doc:meta().headline)
  end)
end)

describe("lists and titles among the top and the article", function()
  it("a bare 'Baca juga :' over a list in bullets takes all its items, not only the first four", function()
    local items = { "- Warga Kota Lama Gelar Kerja Bakti di Pasar Ikan", "- Harga Cabai di Kota Baru Naik Lagi " ..
        "Pekan Ini",
                    "- Dinas Pendidikan Buka Pendaftaran Sekolah Negeri", "- Jembatan Gantung Desa Sukamaju " ..
                        "Mulai Dibangun",
                    "- Festival Budaya Kota Lama Digelar Akhir Pekan 2026" }
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "KOTA LAMA - " .. LEAD,
                                  "Baca juga :", items[1], items[2], items[3], items[4], items[5], NEXT))
    for _, item in ipairs(items) do assert.are.equal("related", class_of(doc, item), item) end
    for _, d in ipairs(doc:dates()) do assert.are_not.equal("2026", d.text) end
  end)

  it("a title parted by a comma and 'dan' is no breadcrumb: it stays the headline over a teaser", function()
    local title = "Di Kota Lama, Dua Warga Tewas dan Menjadi Tersangka"
    local doc = kimput.parse(page(title, "Dari dua lokasi itu, kecelakaan terjadi di jalan desa dan satu orang " ..
        "meninggal dunia",
                                  "Editor: Nama Editor", "KABARKU.COM, KOTA LAMA - " .. LEAD, NEXT))
    assert.are.equal(title, doc:meta().headline)
    -- (a breadcrumb parted by its separator still is: "Beranda > Daerah > Kota Lama")
    doc = kimput.parse(page("Beranda > Daerah > Kota Lama", title, "KABARKU.COM, KOTA LAMA - " .. LEAD, NEXT))
    assert.are.equal("navigation", class_of(doc, "Beranda > Daerah > Kota Lama"))
  end)

  it("the title under a network's rubric and over a sentence-case deck wins over the region's tagline above", function()
    local title = "Banjir Rendam Dua Desa, Warga Mengungsi ke Balai Desa"
    local doc = kimput.parse(page("Breaking News", "Kota Lama", "Kota Lama Bangkit, Kota Lama Bersatu",
                                  "Bencana Alam", title, "Banjir merendam dua desa di Kota Lama pada kemarin pagi.",
                                  "Kabarku.com", LEAD, NEXT))
    assert.are.equal(title, doc:meta().headline)
  end)
end)

describe("a site's one-word name before 'Kota X' opening the article", function()
  it("is the outlet, and 'Kota X' the dateline", function()
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab",
        "Kabarku Kota Lama – " .. LEAD, NEXT))
    assert.are.equal("Kabarku", doc:meta().outlet)
    assert.are.equal("Kota Lama", doc:meta().dateline)
    -- (a place of its own first word stays whole: "Tanjung Kota Lama –")
    doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", "Tanjung Kota Lama – " .. LEAD, NEXT))
    assert.are.equal("Tanjung Kota Lama", doc:meta().dateline)
  end)
end)

describe("a city's name and the outlet's alone on a line over the lead", function()
  it("is the dateline and the outlet, and the photo's caption above it no body", function()
    local cap = "Kepala desa meninjau jembatan yang rusak di Desa Sukamaju, Minggu (2/3) pagi."
    local doc = kimput.parse(page("Jembatan Desa Sukamaju Akhirnya Diperbaiki Pemkab", cap, "Kota Lama, Kabarku", LEAD,
                                  NEXT))
    assert.are.equal("Kota Lama", doc:meta().dateline)
    assert.are.equal("Kabarku", doc:meta().outlet)
    assert.are.equal("caption", class_of(doc, cap))
  end)
end)
