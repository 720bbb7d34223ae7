-- Sentences: terminal marks, abbreviations, quotes, line breaks.
local kimput = require "kimput"

local function sentences(text)
  local out = {}
  for _, s in ipairs(kimput.parse(text):sentence_list()) do out[#out + 1] = s.text end
  return out
end

describe("sentences", function()
  it("split at terminal marks", function()
    assert.same({ "Kim tiba.", "Putin menyambut!", "Apa hasilnya?" },
      sentences("Kim tiba. Putin menyambut! Apa hasilnya?"))
  end)

  it("do not end at titles, abbreviations and initials", function()
    assert.same({ "Dr. Budi dan Prof. Ani tinggal di Jl. Sudirman No. 5 bersama H. M. Razi dkk. di kota." },
      sentences("Dr. Budi dan Prof. Ani tinggal di Jl. Sudirman No. 5 bersama H. M. Razi dkk. di kota."))
    assert.same({ "Rapat di PT. Maju tgl. 5 berakhir." }, sentences("Rapat di PT. Maju tgl. 5 berakhir."))
    -- (an operation's name cut short: "Ops. Ketupat")
    assert.same({ "Ia mengatakan Ops. Ketupat 2024 berjalan lancar." },
      sentences("Ia mengatakan Ops. Ketupat 2024 berjalan lancar."))
  end)

  it("do not end inside degrees, police and army titles or before a comma", function()
    assert.same({ "Prof. Budi Wirawan, M.Sc., Ph.D. dan Kombes Pol. Rudi Hartono hadir pk. 19.30 WIB." },
      sentences("Prof. Budi Wirawan, M.Sc., Ph.D. dan Kombes Pol. Rudi Hartono hadir pk. 19.30 WIB."))
    assert.same({ "Ia meraih gelar dari Nusa Bangsa Univ., lalu mengajar di sana.", "Ia pensiun." },
      sentences("Ia meraih gelar dari Nusa Bangsa Univ., lalu mengajar di sana. Ia pensiun."))
  end)

  it("end after a degree of longer parts when a capitalised word follows, not after initials", function()
    assert.same({ "Hal itu disampaikan dr. Wulan Sari, M.Kes.", "Ia menambahkan stok cukup." },
      sentences("Hal itu disampaikan dr. Wulan Sari, M.Kes. Ia menambahkan stok cukup."))
    assert.same({ "Prof. Budi, M.Sc. Ph.D. tidak hadir bersama B.J. Santosa." },
      sentences("Prof. Budi, M.Sc. Ph.D. tidak hadir bersama B.J. Santosa."))
  end)

  it("end after initials, a regnal number or a one-letter degree when a word that opens sentences follows", function()
    assert.same({ "Hadir pula Sultan Hamengku Rahardjo X.", "Ia meminta warga tenang." },
      sentences("Hadir pula Sultan Hamengku Rahardjo X. Ia meminta warga tenang."))
    assert.same({ "Ketua tim Andi Wirawan, S.H.", "Namun ia absen." },
      sentences("Ketua tim Andi Wirawan, S.H. Namun ia absen."))
    assert.same({ "Penulis Budi S. Santoso hadir." }, sentences("Penulis Budi S. Santoso hadir."))
  end)

  it("do not end at a police rank written with its period before the name", function()
    assert.same({ "Kapolres Sleman AKBP. Budi Santoso hadir, Rabu." },
      sentences("Kapolres Sleman AKBP. Budi Santoso hadir, Rabu."))
  end)

  it("end after an abbreviation like dll. when a capitalised word follows", function()
    assert.same({ "Ada apel, jeruk, dll.", "Semua segar." }, sentences("Ada apel, jeruk, dll. Semua segar."))
  end)

  it("end after the closing mark of a quotation that ends with a period", function()
    assert.same({ "Ia berkata, \"Kita menang.\"", "Lalu pergi." },
      sentences("Ia berkata, \"Kita menang.\" Lalu pergi."))
    assert.same({ "Ia berkata, “Kita menang.”", "Lalu pergi." }, sentences("Ia berkata, “Kita menang.” Lalu pergi."))
  end)

  it("do not end inside a quote followed by its lower-case cue", function()
    assert.same({ "\"Apa?\" tanya dia." }, sentences("\"Apa?\" tanya dia."))
  end)

  it("end at line breaks (scraped paragraphs, headlines without a period)", function()
    assert.same({ "Judul Berita Tanpa Titik", "Isi berita." }, sentences("Judul Berita Tanpa Titik\n\nIsi berita."))
  end)

  it("keep decimal numbers and dates inside", function()
    assert.same({ "Putin menang 87,32 persen pada 10.5.2022 dan 1.500 orang hadir." },
      sentences("Putin menang 87,32 persen pada 10.5.2022 dan 1.500 orang hadir."))
  end)

  it("iterate as offsets with the token range", function()
    local doc = kimput.parse("Satu. Dua.")
    local got = {}
    for start, stop, first, last in doc:sentences() do got[#got + 1] = { start, stop, first, last } end
    assert.same({ { 1, 5, 1, 2 }, { 7, 10, 3, 4 } }, got)
    assert.equal(2, doc:sentence_count())
  end)

  it("keeps a list's number with its item, after a colon, a semicolon or a line's start", function()
    local doc = kimput.parse("Peserta membawa: 1. KTP asli; 2. Kartu Keluarga. Pendaftaran gratis.\n"
      .. "1. Pertama, warga mendaftar.\nTim naik ke posisi 1. Pelatih senang.")
    local got = {}
    for _, s in ipairs(doc:sentence_list()) do got[#got + 1] = s.text end
    assert.same({ "Peserta membawa: 1. KTP asli; 2. Kartu Keluarga.", "Pendaftaran gratis.",
      "1. Pertama, warga mendaftar.", "Tim naik ke posisi 1.", "Pelatih senang." }, got)
  end)

  it("reads a period glued to a code's parts as no sentence's end", function()
    local doc = kimput.parse("Varian KP.2 dan JN.1 menyebar cepat. Warga diminta waspada. Skor akhir 2.0 Ia pulang.")
    local got = {}
    for _, s in ipairs(doc:sentence_list()) do got[#got + 1] = s.text end
    assert.same({ "Varian KP.2 dan JN.1 menyebar cepat.", "Warga diminta waspada.",
      "Skor akhir 2.0 Ia pulang." }, got)
  end)
end)
