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
    local items = { "• Warga Kota Lama Gelar Kerja Bakti di Pasar Ikan", "• Harga Cabai di Kota Baru Naik Lagi Pekan Ini",
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
