-- Line classes and meta on invented pages in shapes met on real scraped pages:
-- a rubric over the title, photo captions with their credits, widgets and
-- footers run into one line. Every outlet, person and sentence here is made up.
local kimput = require "kimput"

local function page(lines)
  local doc = kimput.parse(table.concat(lines, "\n"))
  local class = {}
  for _, l in ipairs(doc:line_list()) do class[l.text] = l.class end
  return doc:meta(), class, doc
end

local PARA1 = "Pemerintah kota membuka pasar murah di alun-alun selama tiga hari untuk menekan harga bahan pokok."
local PARA2 = "Warga mulai mengantre sejak pagi untuk membeli beras, minyak goreng, dan gula dengan harga lebih rendah."
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
  local PARA3 = "Panitia menyebut stok akan ditambah jika antrean terus memanjang hingga akhir pekan ini."
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
