-- doc:quotes() on invented sentences in the style of Indonesian news.
local kimput = require "kimput"

local function quotes(text, opts)
  return kimput.parse(text, opts):quotes()
end

-- the quotes that are not indirect speech
local function marked(text)
  local out = {}
  for _, q in ipairs(quotes(text)) do
    if q.kind ~= "indirect" then out[#out + 1] = q end
  end
  return out
end

local function only(text)
  local list = marked(text)
  assert.equal(1, #list, "expected one quote in: " .. text)
  return list[1]
end

describe("quote marks", function()
  it("pairs straight, curly and mismatched marks", function()
    for _, t in ipairs({ '"Kami siap," kata Lavrov.', "“Kami siap,” kata Lavrov.", '"Kami siap,” kata Lavrov.',
                         "“Kami siap,\" kata Lavrov.", "‘Kami siap,’ kata Lavrov." }) do
      local q = only(t)
      assert.equal("Kami siap,", q.text)
      assert.equal("direct", q.kind)
      assert.equal("Sergei Lavrov", q.speaker)
    end
  end)
  it("reads two apostrophes as one double mark", function()
    local text = "''Kami siap berunding,'' kata Menlu Sugiono."
    local q = only(text)
    assert.same({ "direct", "Kami siap berunding,", "Sugiono" }, { q.kind, q.text, q.speaker })
    assert.equal(q.text, text:sub(q.start, q.stop))
    assert.equal("partial", only("Sugiono menyebut ''langkah berani'' itu tepat.").kind)
    -- with a single quote open, the first apostrophe may close it
    assert.equal("kebijakan para students",
      only("Ia menyebut 'kebijakan para students'' sebagai langkah maju.").text)
    q = marked("'Kami sebut itu 'gotong royong''. Warga setuju.")
    assert.same({ "Kami sebut itu 'gotong royong'", "gotong royong" }, { q[1].text, q[2].text })
    -- two backticks open what two apostrophes close (the typewriter's pair); one backtick is no mark
    text = "Menlu Sugiono tiba di Tokyo.\nSugiono berkata, ``Kami siap berunding,'' dan menambahkan, ``Kami "
      .. "datang dengan niat baik.''"
    q = marked(text)
    assert.same({ "Kami siap berunding,", "Kami datang dengan niat baik." }, { q[1].text, q[2].text })
    assert.equal(q[1].text, text:sub(q[1].start, q[1].stop))
    assert.equal(0, #marked("Ia menulis `kode` itu di papan."))
    -- two curly single marks are one curly double mark too
    text = "‘‘Kami siap berunding,’’ kata Menlu Sugiono."
    q = only(text)
    assert.same({ "direct", "Kami siap berunding,", "Sugiono" }, { q.kind, q.text, q.speaker })
    assert.equal(q.text, text:sub(q.start, q.stop))
    -- and an opener curled before a closer (‘’) a double mark its place gives a role
    q = marked("‘’Jalan desa sudah bagus,” kata Wali Kota Ani Lestari.\n\n‘’Warga ikut menjaga,’’ pungkasnya.")
    assert.same({ "Jalan desa sudah bagus,", "Ani Lestari", "Warga ikut menjaga,", "Ani Lestari" },
      { q[1].text, q[1].speaker, q[2].text, q[2].speaker })
  end)
  it("reads a double prime (″, WordPress's mark after a digit) as a straight double mark", function()
    local text = "“Kami menang 3-0″, kata pelatih Persija Budi Santoso usai laga."
    local q = only(text)
    assert.same({ "direct", "Kami menang 3-0", "Budi Santoso", "kata" }, { q.kind, q.text, q.speaker, q.cue })
    assert.equal(q.text, text:sub(q.start, q.stop))
    q = only("Warga Cempaka, Budi Santoso (52), mengaku lega. ″Semoga rumah kami tidak kebanjiran lagi,″ tuturnya.")
    assert.same({ "direct", "Semoga rumah kami tidak kebanjiran lagi,", "Budi Santoso" }, { q.kind, q.text, q.speaker })
    -- inches after a number, nothing open: no quote
    assert.same({}, marked("Layar ponsel itu 6,5″ dan baterainya 5.000 mAh."))
  end)
  it("gives offsets of the text inside the marks", function()
    local text = "Di Jakarta, “Kami siap berunding,” ujar Menlu Sugiono, Selasa."
    local q = only(text)
    assert.equal(q.text, text:sub(q.start, q.stop))
    assert.equal("Kami siap berunding,", q.text)
  end)
  it("does not open a quote at an apostrophe inside a word", function()
    assert.same({}, marked("Salat Jum'at di Masjid Istiqlal diikuti jemaah yang membaca Qur'an dengan khusyuk."))
    local q = only("Usai salat Jum'at, 'Hari Santri' diperingati.")
    assert.equal("Hari Santri", q.text)
    -- nor closes one at the apostrophe of the Malay title Dato' before a name
    q = only("'Kami bertemu Dato' Sri Rahman Hashim di Kuala Lumpur,' kata Menlu Sugiono.")
    assert.same({ "direct", "Kami bertemu Dato' Sri Rahman Hashim di Kuala Lumpur,", "Sugiono" },
      { q.kind, q.text, q.speaker })
  end)
  it("opens no quote at a name's apostrophe that nothing closes ('Aisyiyah)", function()
    assert.same({}, marked("Rapat kampus Muhammadiyah dan 'Aisyiyah digelar di aula. Para rektor hadir."))
    local q = only("Sekolah 'Aisyiyah ikut, kata Budi. Ia menyebut acara itu 'luar biasa' bagi warga.")
    assert.equal("luar biasa", q.text)
  end)
  it("opens a mark glued to the stop before it when a blank and a capital follow and a closer comes", function()
    local q = only('Kantor itu beroperasi pada 2016." Mudah-mudahan segera berfungsi," ujar Menlu Sugiono.')
    assert.same({ "direct", "Mudah-mudahan segera berfungsi,", "Sugiono" }, { q.kind, q.text, q.speaker })
    -- (a curly closer typed so, nothing of its family open, reads the same)
    q = only("Pesertanya 120 orang.\u{201D} Panitia ada 15 orang,\u{201D} tutur Budi Santoso.")
    assert.same({ "direct", "Panitia ada 15 orang,", "Budi Santoso" }, { q.kind, q.text, q.speaker })
  end)
  it("closes a mark right after a stop even when the next words were glued on", function()
    local q = only("Ia menyebut 'pasar yang adil.'Meskipun begitu, harga naik.")
    assert.equal("pasar yang adil.", q.text)
    q = only('"Kami siap,"kata Bupati Ani Lestari.')
    assert.equal("Kami siap,", q.text)
  end)
  it("opens a mark glued between a stop or a word and the next word when none is open", function()
    local list = marked('Kapolsek Andi Wirawan mengatakan tim sudah bergerak."Kami kejar pelakunya," katanya.')
    assert.same({ "Kami kejar pelakunya,", "direct", "Andi Wirawan" }, { list[1].text, list[1].kind, list[1].speaker })
    local q = only('Camat Rudi Hartono mengatakan ,"Kami dukung polisi."')
    assert.same({ "Kami dukung polisi.", "Rudi Hartono", "mengatakan" }, { q.text, q.speaker, q.cue })
    -- a closing curly mark glued between a stop and a capital opens too when none is open
    list = marked('Kapolres Budi Santoso mengatakan tujuh orang sudah diamankan.”Kami belum bisa merinci,"ucapnya.')
    assert.same({ 1, "Kami belum bisa merinci,", "direct", "Budi Santoso" },
      { #list, list[1].text, list[1].kind, list[1].speaker })
    -- a mark after a word and before a blank closes nothing and opens nothing
    assert.equal(0, #marked('Warga mengeluh" soal harga yang naik lagi.'))
  end)
  it("reads marks set off by blanks (\" Kami siap, \" kata X) as a quote's, stray ones as none", function()
    local text = 'Rapat digelar di balai desa.\n" Kami siap membantu warga, " ungkap Lurah Sri Wahyuni .'
    local q = only(text)
    assert.same({ "Kami siap membantu warga,", "Sri Wahyuni", "ungkap" }, { q.text, q.speaker, q.cue })
    assert.equal(q.text, text:sub(q.start, q.stop))
    q = only('Rapat digelar di balai desa.\nLurah Sri Wahyuni mengatakan, " Kami siap. "')
    assert.same({ "Kami siap.", "Sri Wahyuni" }, { q.text, q.speaker })
    assert.equal(0, #marked('Rapat digelar di balai desa.\nLayar 5 " dan 7 " tersedia di toko itu.'))
    -- curly marks too: the words inside, without the blanks
    q = only('Rapat digelar di balai desa.\n“ Kami siap membantu, ” kata Lurah Sri Wahyuni.')
    assert.equal("Kami siap membantu,", q.text)
    -- a closing mark typed for the opening one, both set off by blanks
    q = only('Rapat digelar di balai desa.\n” Kami siap membantu. Warga tenang, ” ujar Lurah Sri Wahyuni.')
    assert.same({ "Kami siap membantu. Warga tenang,", "direct", "Sri Wahyuni" }, { q.text, q.kind, q.speaker })
    -- glued to the cue after it, it still closes
    q = only('Rapat digelar di balai desa.\n“Kami siap membantu”jelas Lurah Sri Wahyuni.')
    assert.same({ "Kami siap membantu", "Sri Wahyuni" }, { q.text, q.speaker })
  end)
  it("reads an opening curly mark set off by blanks after a stop or a comma as the closer of the quote open", function()
    local text = 'Gudang itu kosong sejak Maret.\n“Kami belum menerima kiriman baru, “ tutur Manajer Gudang '
      .. 'Yosef Hariadi.'
    local q = only(text)
    assert.same({ "Kami belum menerima kiriman baru,", "direct", "Yosef Hariadi", "tutur" },
      { q.text, q.kind, q.speaker, q.cue })
    q = only('Gudang itu kosong sejak Maret.\n“Stok habis. Kami menunggu kapal. “ papar Yosef Hariadi.')
    assert.same({ "Stok habis. Kami menunggu kapal.", "Yosef Hariadi" }, { q.text, q.speaker })
    -- with nothing open it still opens, and after a word it is no closer
    q = only('Manajer Gudang Yosef Hariadi mengatakan, “ Kami menunggu kapal.”')
    assert.same({ "Kami menunggu kapal.", "Yosef Hariadi" }, { q.text, q.speaker })
  end)
  it("bounds an unclosed quote by its paragraph", function()
    local text = 'Ia berkata "kami tidak akan menyerah\nParagraf berikutnya panjang tanpa tanda kutip sama sekali.'
    local q = only(text)
    assert.equal("kami tidak akan menyerah", q.text)
    assert.is_true(q.unclosed)
    assert.is_nil(q.text:find("Paragraf"))
  end)
  it("keeps a stray closing mark from pairing across paragraphs", function()
    local list = marked('Harga naik 5" per kemasan.\nWarga mengeluh" soal harga.\n"Kami kecewa," kata Budi.')
    assert.equal("Kami kecewa,", list[#list].text)
    for _, q in ipairs(list) do assert.is_nil(q.text:find("\n")) end
  end)
  it("reports a quote over several paragraphs once per paragraph", function()
    local text = '"Kami sudah memperingatkan mereka berkali-kali.\n\n' ..
                 '"Jika mereka terus memprovokasi, kami akan bertindak tegas," kata Kim Yo Jong dalam pernyataannya.'
    local list = marked(text)
    assert.equal(2, #list)
    assert.equal("Kami sudah memperingatkan mereka berkali-kali.", list[1].text)
    assert.same({ 1, 2 }, { list[1].part, list[2].part })
    for _, q in ipairs(list) do
      assert.equal("direct", q.kind)
      assert.equal("Kim Yo Jong", q.speaker)
      assert.equal(q.text, text:sub(q.start, q.stop))
    end
  end)
  it("carries a quote over paragraphs with no mark to the one whose first mark closes it (a letter whole)", function()
    local text = 'Berikut isi surat Presiden Tamara Vell kepada Raja Oskar:\n\n' ..
                 '"Yang Mulia, kami menyampaikan salam.\n\n' ..
                 'Kami berharap kerja sama kita makin erat.\n\nSemoga rakyat Anda sejahtera."\n\nSurat itu tiba Senin.'
    local list = marked(text)
    assert.equal(3, #list)
    assert.same({ "Yang Mulia, kami menyampaikan salam.", "Kami berharap kerja sama kita makin erat.",
                  "Semoga rakyat Anda sejahtera." }, { list[1].text, list[2].text, list[3].text })
    for _, q in ipairs(list) do assert.equal(q.text, text:sub(q.start, q.stop)) end
    -- past four paragraphs with no mark, the quote ends with its own paragraph
    local far = '"Kami siap.\n\nSatu.\n\nDua.\n\nTiga.\n\nEmpat.\n\nLima.\n\nEnam."\n\nRapat selesai.'
    list = marked(far)
    assert.equal("Kami siap.", list[1].text)
    assert.is_true(list[1].unclosed)
    for _, q in ipairs(list) do assert.is_nil(q.text:find("Satu")) end
  end)
  it("reads a line broken inside a sentence of a quote as one quote (the words inside the marks)", function()
    local text = '"Kami akan terus mengawal kasus ini\nsampai tuntas," kata Budi Santoso.'
    local list = marked(text)
    assert.equal(1, #list)
    assert.equal("Kami akan terus mengawal kasus ini\nsampai tuntas,", list[1].text)
    assert.same({ "Budi Santoso", "direct" }, { list[1].speaker, list[1].kind })
    assert.is_nil(list[1].part)
    -- over three lines, a line opening in lower case going on with the sentence
    assert.equal(1, #marked('"Kami kawal kasus ini\nsampai tuntas\nbersama warga," kata Budi Santoso.'))
    -- a stop before the break, or a blank line before a capital, ends a paragraph: parts
    assert.equal(2, #marked('"Kasus ini kami usut.\nTidak ada yang kebal," kata Budi.'))
    assert.equal(2, #marked('"Kami kawal kasus ini\n\nSampai kapan pun," kata Budi.'))
    -- a paragraph opening in lower case goes on with the sentence, whatever stood between
    assert.equal(1, #marked('"Kami kawal kasus ini\n\nsampai tuntas," kata Budi.'))
    -- lines wrapped at a fixed width and indented: the next line closing the quote goes on with it
    assert.equal(1, #marked('    "Kami kawal kasus ini bersama warga,\n    Sampai tuntas," kata Budi.'))
  end)
  it("reports a nested quote with the speaker of the quote around it", function()
    local list = marked("\"Dia bilang 'kami tidak takut', lalu pergi,\" kata Kapten Andi Wijaya.")
    assert.equal(2, #list)
    assert.equal("Andi Wijaya", list[1].speaker)
    assert.equal("kami tidak takut", list[2].text)
    assert.equal("partial", list[2].kind)
    assert.equal("Andi Wijaya", list[2].speaker)
    -- a word or a name marked inside the words quoted is a term, nobody's words
    list = marked("\"Tak ada istilah 'mundur' di pasukan ini, juga tidak di 'Operasi Garuda',\" kata Kapten Andi.")
    assert.same({ "direct", "term", "term" }, { list[1].kind, list[2].kind, list[3].kind })
    assert.is_nil(list[2].speaker)
    -- and so is what the speaker says a thing is called
    list = marked("\"Warga menyebutnya 'banjir kiriman' dari hulu,\" kata Kepala BPBD Sukabumi Rina Lestari.")
    assert.same({ "direct", "term" }, { list[1].kind, list[2].kind })
  end)
end)

describe("direct quotes and their speakers", function()
  it("takes the name after an after-quote cue, with its title", function()
    local q = only('"Kami tidak akan mundur," kata Menteri Pertahanan Budi Hartono di Jakarta, Senin (3/6).')
    assert.same({ "direct", "Budi Hartono", "kata" }, { q.kind, q.speaker, q.cue })
  end)
  it("resolves -nya cues to the person spoken of before", function()
    local q = only('Presiden Prabowo Subianto meninjau lokasi banjir. "Bantuan harus segera sampai," ujarnya.')
    assert.same({ "Prabowo Subianto", "ujarnya" }, { q.speaker, q.cue })
  end)
  it("reads a cue before the quote", function()
    local q = only('Putin berkata: "Rusia tidak akan menyerah."')
    assert.same({ "direct", "Vladimir Putin", "berkata" }, { q.kind, q.speaker, q.cue })
    q = only('Menurut Lavrov, "hubungan kedua negara berada di titik terbaik."')
    assert.same({ "Sergei Lavrov", "menurut" }, { q.speaker, q.cue })
    q = only('Juru bicara Kremlin Dmitry Peskov menulis: "Tidak ada rencana pertemuan."')
    assert.same({ "Dmitry Peskov", "menulis" }, { q.speaker, q.cue })
  end)
  it("skips an appositive after the name", function()
    local q = only('"Kami memantau situasi," kata John Kirby, juru bicara Dewan Keamanan Nasional AS.')
    assert.equal("John Kirby", q.speaker)
  end)
  it("reads a dash attribution", function()
    local q = only("“Kami siap berunding kapan saja.” — Dmitry Peskov")
    assert.equal("Dmitry Peskov", q.speaker)
  end)
  it("reads 'X menambahkan' after the quote", function()
    local q = only('"Latihan itu provokasi," Choe Son Hui menambahkan.')
    assert.same({ "Choe Son Hui", "menambahkan" }, { q.speaker, q.cue })
    -- after a statement closed by its stop, a verb with words of its own opens the next sentence
    local qs = kimput.parse('Pedagang Siti Aminah mengeluhkan harga naik. "Pembeli sepi." Rudi Hartono menambahkan, '
      .. "operasi pasar digelar besok."):quotes()
    assert.same({ "direct", "Siti Aminah" }, { qs[2].kind, qs[2].speaker })
    assert.same({ "indirect", "Rudi Hartono" }, { qs[3].kind, qs[3].speaker })
  end)
  it("takes the speaker named only in the sentence before", function()
    local q = only('Menlu Retno Marsudi berbicara kepada wartawan di Jakarta. "Indonesia mendorong dialog."')
    assert.same({ "direct", "Retno Marsudi" }, { q.kind, q.speaker })
  end)
  it("resolves pronouns and descriptions after the cue", function()
    local q = only('Kim Jong Un menerima Sergei Shoigu. "Kami mendukung Rusia," kata dia.')
    assert.equal("Kim Jong Un", q.speaker)
    q = only('Vladimir Putin tiba di Pyongyang. "Kami datang sebagai sahabat," kata pemimpin Rusia itu.')
    assert.equal("Vladimir Putin", q.speaker)
  end)
  it("names an unnamed speaker by description", function()
    local q = only('"Kami akan membalas,” kata juru bicara militer Korsel kepada wartawan.')
    assert.equal("juru bicara militer Korsel", q.speaker)  -- "kepada wartawan" is not the speaker
  end)
  it("reads the cues of excuse and denial (dalihnya, elaknya, sangkal), a quote without its comma too", function()
    local q = only('"Saya hanya menjalankan perintah" dalih Rudi Hartono di persidangan.')
    assert.same({ "direct", "Rudi Hartono", "dalih" }, { q.kind, q.speaker, q.cue })
    q = only('"Uang itu pinjaman," elak Rudi Hartono.')
    assert.same({ "direct", "Rudi Hartono" }, { q.kind, q.speaker })
  end)
  it("takes an unknown capitalised name after the cue", function()
    local q = only('"Harga beras turun," ujar Siti Rahmawati, pedagang di Pasar Minggu.')
    assert.equal("Siti Rahmawati", q.speaker)
  end)
  it("attributes a letter quoted by an agency to its writer, via the agency", function()
    local q = only('"Kita akan bersama selamanya," ungkap kantor berita Rusia TASS, mengutip isi surat Xi Jinping.')
    assert.same({ "Xi Jinping", "TASS" }, { q.speaker, q.via })
    q = only('"Semoga persahabatan kita abadi," bunyi surat yang dikirim Presiden Xi Jinping.')
    assert.same({ "Xi Jinping", "bunyi surat" }, { q.speaker, q.cue })
    -- other texts a person or a body puts out
    q = only('"Semoga sehat selalu," bunyi kartu ucapan Presiden Xi Jinping.')
    assert.same({ "Xi Jinping", "bunyi kartu ucapan" }, { q.speaker, q.cue })
    q = only('"Warga diminta tenang," bunyi keterangan tertulis Kementerian Luar Negeri, Senin.')
    assert.same({ "Kementerian Luar Negeri", "bunyi keterangan tertulis" }, { q.speaker, q.cue })
  end)
  it("keeps the agency as speaker when it speaks of the person", function()
    local q = only('"(Presiden Putin) menegaskan komitmen Rusia," tulis TASS.')
    assert.same({ "TASS", "tulis" }, { q.speaker, q.cue })
  end)
  it("names the outlet that relays the words", function()
    local q = only('"Sanksi tidak akan berhasil," kata Lavrov, seperti dikutip Reuters.')
    assert.same({ "Sergei Lavrov", "Reuters" }, { q.speaker, q.via })
    q = only('Seperti dilansir AFP, Zelensky menyebut serangan itu "teror yang keji".')
    assert.same({ "Volodymyr Zelensky", "AFP" }, { q.speaker, q.via })
  end)
end)

describe("unnamed speakers and relays", function()
  it("describes an unnamed subject", function()
    local q = only('Di sisi lain, kelompok pembelot menyebut rezim itu "tidak bisa dipercaya".')
    assert.same({ "partial", "kelompok pembelot" }, { q.kind, q.speaker })
    q = only('Seorang pejabat militer berkata, "Kami melihat aktivitas yang tidak biasa."')
    assert.same({ "direct", "pejabat militer" }, { q.kind, q.speaker })
  end)
  it("takes an outlet after 'disiarkan' as via", function()
    local q = only('"Latihan ini provokasi," ucap Kim Yo-jong dalam pernyataan yang disiarkan KCNA.')
    assert.same({ "Kim Yo Jong", "KCNA" }, { q.speaker, q.via })
  end)
  it("sees entities added after a first reading", function()
    local doc = kimput.parse('"Kami menolak," kata Wiranto Siswoyo.')
    assert.equal("Wiranto Siswoyo", doc:quotes()[1].speaker)
    kimput.entities.add{ name = "Jenderal Wiranto Siswoyo", kind = "person", aliases = { "Wiranto Siswoyo" } }
    assert.equal("Jenderal Wiranto Siswoyo", doc:quotes()[1].speaker)
  end)
end)

describe("names the gazetteer does not know", function()
  it("keeps a full name that ends with a known one-word alias", function()
    local q = only('Kapolri Jenderal Listyo Sigit Prabowo meninjau lokasi. "Kami siap," kata Listyo.')
    assert.equal("Listyo Sigit Prabowo", q.speaker)
    q = only('Putranya, Hunter Biden, hadir. "Kami menolak," kata Hunter Biden.')
    assert.equal("Hunter Biden", q.speaker)
  end)
  it("drops an acronym before a name", function()
    local q = only('"Warga sudah kami evakuasi," ujar Kepala BNPB Suharyanto, Selasa (5/3).')
    assert.equal("Suharyanto", q.speaker)
  end)
  it("takes a name with an age as the antecedent of -nya", function()
    local q = only('Budi Santoso (45), warga Kampung Melayu, mengaku pasrah. "Rumah saya terendam lagi," tuturnya.')
    assert.equal("Budi Santoso", q.speaker)
  end)
  it("reads 'X pun berujar,' and 'jawab X'", function()
    local q = only('Presiden Joko Widodo pun berujar, “Jangan khawatir, bantuan segera datang.”')
    assert.same({ "direct", "Joko Widodo", "berujar" }, { q.kind, q.speaker, q.cue })
    q = only('"Sejauh ini belum ada," jawab Suharyanto.')
    assert.same({ "Suharyanto", "jawab" }, { q.speaker, q.cue })
  end)
end)

describe("partial quotes, terms and indirect speech", function()
  it("reads reported speech in the body only, not in a photo's caption above it", function()
    local page = "Jembatan Gantung Putus, Warga Terisolasi\n"
      .. "Senin, 12 Februari 2024 14:35 WIB\n"
      .. "Bupati Rina Wulandari mengatakan perbaikan dimulai pekan depan. (ANTARA/Dedi Kurnia)\n"
      .. "SUKAMAJU, KOMPAS.com - Jembatan gantung di Desa Sukamaju putus diterjang banjir, Minggu (11/2/2024).\n"
      .. "Kepala desa Ahmad Fauzi mengatakan warga kini harus memutar sejauh 12 kilometer.\n"
    local doc = kimput.parse(page)
    local classes = {}
    for _, _, class in doc:lines() do classes[#classes + 1] = class end
    assert.equal("caption", classes[3])
    local q = doc:quotes()
    assert.equal(1, #q)
    assert.same({ "indirect", "Ahmad Fauzi" }, { q[1].kind, q[1].speaker })
  end)
  it("finds the subject of the reporting verb", function()
    local q = only('Zelensky menyebut serangan itu sebagai "teror yang keji" terhadap warga sipil.')
    assert.same({ "partial", "Volodymyr Zelensky", "menyebut" }, { q.kind, q.speaker, q.cue })
    q = only("Dalam suratnya, Kim Jong-un menyatakan 'dukungan penuh' kepada Rusia.")
    assert.same({ "partial", "Kim Jong Un" }, { q.kind, q.speaker })
  end)
  it("reads words marked after a word that names or labels as a term, not a partial quote", function()
    local function kind(text) return kimput.parse(text):quotes()[1].kind end
    assert.equal("term", kind('Warga menjuluki tikungan itu "tikungan maut" sejak lama.'))
    assert.equal("term", kind('Kegiatan bertajuk "bersih kampung bersama" digelar Minggu.'))
    assert.equal("term", kind('Kampanye dengan slogan "desa kuat negara hebat" diluncurkan.'))
    assert.equal("partial", kind('Bupati Rina Wulandari menyebut tikungan itu "sangat berbahaya bagi pengendara".'))
    -- what a crowd calls a thing after "menyebut" (no one speaks for it); a person's words stay partial
    assert.equal("term", kind('Warga menyebut fenomena itu "hujan lumpur" karena langit memerah.'))
    assert.equal("term", kind('Para nelayan setempat menyebut bangunan itu "tembok bambu".'))
    assert.equal("partial", kind('Budi Santoso menyebut bangunan itu "tembok bambu".'))
    assert.equal("partial", kind('Warga menyebut "kami tidak pernah diajak bicara".'))
    assert.equal("partial", kind('Warga menyebut kondisi itu "sangat memprihatinkan dan tidak pernah diperhatikan".'))
    -- words right before their initials in brackets: a term the text defines
    assert.equal("term", kind('Kredit tumbuh 5 persen secara "year on year" (yoy) pada Maret.'))
    assert.equal("term", kind('Pemkab menyusun "Rencana Aksi Daerah" (RAD) tahun ini.'))
    assert.equal("partial", kind('Budi Santoso menyebut program itu "sangat bagus" (sic) bagi warga.'))
  end)
  it("reads 'Menurut X,' earlier in the sentence", function()
    local q = only('Menurut Prabowo, Indonesia memilih jalan "bebas dan aktif" dalam politik luar negeri.')
    assert.same({ "partial", "Prabowo Subianto", "menurut" }, { q.kind, q.speaker, q.cue })
  end)
  it("carries the speaker of reported speech into the next sentence", function()
    local list = marked("Menurut Kim, kerja sama kedua negara makin erat. " ..
                        "Mereka akan melawan \"kekuatan yang bermusuhan\".")
    assert.same({ "partial", "Kim Jong Un" }, { list[1].kind, list[1].speaker })
  end)
  it("resolves passive cues", function()
    local q = only("Disebutkan oleh Yonhap bahwa pasukan itu 'siaga penuh' sejak pagi.")
    assert.equal("Yonhap", q.speaker)
    q = only("Putin memuji para pilot, yang diklaimnya telah 'mengubah jalannya perang'.")
    assert.same({ "Vladimir Putin", "diklaimnya" }, { q.speaker, q.cue })
  end)
  it("marks quoted names and titles as terms", function()
    local q = only("Warga memadati Lapangan Merah untuk menyaksikan parade 'Hari Kemenangan' tahun ini.")
    assert.same({ "term", "Hari Kemenangan" }, { q.kind, q.text })
    assert.is_nil(q.speaker)
    assert.equal("term", only('Mereka menyebutnya sebagai "Perang Patriotik Raya".').kind)
    assert.equal("term", only("Film 'Sang Pencerah' kembali diputar.").kind)
  end)
  it("reads words quoted at a sentence's start that it goes on after as its subject, not a statement", function()
    local q = quotes('Menteri Budi Santoso hadir.\n"Latihan gabungan" itu berlangsung dua hari.')
    assert.same({ "term" }, { q[1].kind })
    assert.is_nil(q[1].speaker)
    q = quotes('Budi hadir. "Kami tidak takut pada siapa pun" menjadi slogan rapat itu.')
    assert.equal("partial", q[1].kind)
    -- a statement with its cue after the mark stays one, with or without a comma
    assert.equal("direct", only('"Kami tidak takut" tegas Budi Santoso.').kind)
    assert.equal("direct", only('"Kami tidak takut," tegas Budi Santoso.').kind)
  end)
  it("reports indirect speech without marks", function()
    local list = quotes("Putin mengatakan bahwa Rusia siap berunding. Menurut Kim, kerja sama makin erat.")
    assert.equal(2, #list)
    assert.same({ "indirect", "Vladimir Putin", "mengatakan", "Rusia siap berunding." },
                { list[1].kind, list[1].speaker, list[1].cue, list[1].text })
    assert.same({ "indirect", "Kim Jong Un", "menurut", "kerja sama makin erat." },
                { list[2].kind, list[2].speaker, list[2].cue, list[2].text })
    local late = quotes("Rusia mengirim delegasi ke Pyongyang, kata Menlu Lavrov, Selasa.")[1]
    assert.same({ "Sergei Lavrov", "Rusia mengirim delegasi ke Pyongyang" }, { late.speaker, late.text })
  end)
end)

describe("extending the cues", function()
  it("accepts new cue words from Lua", function()
    kimput.quotes.cue{ after = { "sergah" } }
    local q = only('"Tidak benar," sergah Lavrov.')
    assert.same({ "direct", "Sergei Lavrov", "sergah" }, { q.kind, q.speaker, q.cue })
    local has = false
    for _, c in ipairs(kimput.quotes.cues("after")) do has = has or c == "sergahnya" end
    assert.is_true(has)
  end)
  it("rejects bad cue specs with a clear error", function()
    assert.has_error(function() kimput.quotes.cue("kata") end)
    assert.has_error(function() kimput.quotes.cue{ sideways = { "x" } } end, 'quotes.cue: unknown category "sideways"')
    assert.has_error(function() kimput.quotes.cue{ after = { 42 } } end)
  end)
end)

describe("bad and pathological input", function()
  it("handles empty text and text without quotes", function()
    assert.same({}, quotes(""))
    assert.same({}, marked("Tidak ada kutipan di sini."))
  end)
  it("handles NUL bytes and repaired invalid UTF-8", function()
    local q = only('"Kami\0siap," kata Putin.')
    assert.equal("Vladimir Putin", q.speaker)
    local doc = kimput.parse('"Kami \255 siap," kata Putin.', { invalid = "replace" })
    assert.equal(1, #doc:quotes())
  end)
  it("stays linear on marks alone and on long unclosed quotes", function()
    local t0 = os.clock()
    assert.is_table(quotes(('"'):rep(200000)))
    assert.is_table(quotes(("“'‘"):rep(50000)))
    local long = '"' .. ("kata Putin "):rep(50000)
    local list = marked(long)
    assert.equal(1, #list)
    assert.is_true(list[1].unclosed)
    assert.is_true(os.clock() - t0 < 30)
  end)
  it("handles many short quotes", function()
    local text = ('"Ya," kata Putin. '):rep(5000)
    local list = marked(text)
    assert.equal(5000, #list)
    assert.equal("Vladimir Putin", list[5000].speaker)
  end)
end)

describe("core.quotes and core.mentions read the spans", function()
  local core = require "kimput.core"
  local TEXT = "Menu situs\n\"Kami siap,\" kata Budi Santoso, Kepala Dinas Perhubungan.\n"
    .. "Ia mengatakan bahwa jalan itu dibuka.\n"

  local function summary(list)
    local out = {}
    for _, q in ipairs(list) do out[#out + 1] = table.concat({ q.kind, q.start, q.stop, q.speaker or "-" }, " ") end
    return table.concat(out, "\n")
  end

  it("gives the same result for a plain list as for a proxy list, with few or many spans", function()
    local lex = kimput.entities.lexicon()
    for _, lines in ipairs({ 1, 100, 150 }) do  -- up to 128 spans are read in place
      local parts, spans, at = {}, {}, 1
      for i = 1, lines do
        local line = ('"Jalan %d dibuka," kata Budi Santoso, Kepala Dinas Perhubungan.'):format(i)
        parts[#parts + 1] = line
        spans[#spans + 1] = { at, at + #line - 1 }
        at = at + #line + 1
      end
      local text = table.concat(parts, "\n")
      local proxy = setmetatable({}, { __index = spans, __len = function() return #spans end })
      local want = summary(core.quotes(kimput.parse(text), lex, spans))
      assert.equal(lines, select(2, want:gsub("direct %d+ %d+ Budi Santoso", "")))
      assert.equal(want, summary(core.quotes(kimput.parse(text), lex, proxy)))
      assert.equal(#core.mentions(kimput.parse(text), lex, spans), #core.mentions(kimput.parse(text), lex, proxy))
      local mt = { __index = function() return nil end }  -- the slim tables keep their metatable argument
      local slim = core.mentions(kimput.parse(text), lex, proxy, mt)
      assert.equal(mt, getmetatable(slim[1]))
    end
  end)

  it("reads a document's packed body spans in place, and refuses another document's that run past the text", function()
    local lex = kimput.entities.lexicon()
    local text = "Menu situs\n\n\"Jalan itu dibuka pekan depan,\" kata Budi Santoso, Kepala Dinas Perhubungan.\n"
      .. "Ia mengatakan bahwa jembatan juga diperbaiki.\n"
    local doc = kimput.parse(text)
    local packed = kimput.entities.spans(doc)
    assert.equal("userdata", type(packed))
    local list = {}
    for i, sp in ipairs(doc:body_spans()) do list[i] = { sp[1], sp[2] } end
    assert.equal(summary(core.quotes(kimput.parse(text), lex, list)), summary(core.quotes(doc, lex, packed)))
    assert.equal(#core.mentions(kimput.parse(text), lex, list), #core.mentions(kimput.parse(text), lex, packed))
    local short = kimput.parse("Kata dia.")
    for _, fn in ipairs({ core.quotes, core.mentions }) do
      local ok, err = pcall(fn, short, lex, packed)
      assert.is_false(ok)
      assert.matches("span 1 is not", err)
    end
  end)

  it("names the bad span of a plain or proxy list", function()
    local lex = kimput.entities.lexicon()
    local proxy = setmetatable({}, { __index = { { 1, 5 }, { 0, 2 } }, __len = function() return 2 end })
    for _, spans in ipairs({ { { 1, 5 }, { 9, 3 } }, { { 1, 5 }, { 2, #TEXT + 1 } }, { { 1, 5 }, "x" }, proxy }) do
      for _, fn in ipairs({ core.quotes, core.mentions }) do
        local ok, err = pcall(fn, kimput.parse(TEXT), lex, spans)
        assert.is_false(ok)
        assert.matches("span 2", err)
      end
    end
  end)
end)

describe("a paragraph whose opening mark the page dropped (ZQ6)", function()
  it("reads the words from the paragraph's start to a lone closer after a comma as a quote", function()
    local text = 'Kapolres Xyz, AKBP Budi Santoso mengatakan, pelaku masih dicari.\n'
      .. 'Kendala yang dihadapi adalah cuaca dan kabut tebal,” cetusnya.\n'
      .. 'Kami tidak akan tinggal diam,” tambahnya.'
    local list = marked(text)
    assert.equal(2, #list)
    assert.same({ "direct", "Kendala yang dihadapi adalah cuaca dan kabut tebal,", "Budi Santoso", "cetusnya" },
      { list[1].kind, list[1].text, list[1].speaker, list[1].cue })
    assert.equal(list[1].text, text:sub(list[1].start, list[1].stop))
    assert.same({ "direct", "Kami tidak akan tinggal diam,", "Budi Santoso" },
      { list[2].kind, list[2].text, list[2].speaker })
  end)
  it("leaves a closer with another double mark after it to the pairing (an opener typed the wrong way)", function()
    local list = marked('Rombongan meninjau masjid yang hampir selesai.” Pemkab siap membantu,” tambah Sekda Xyz.')
    for _, q in ipairs(list) do assert.is_nil(q.text:find("^Rombongan")) end
  end)
end)

describe("an agency no list holds, named by its short name after a noun of the press and its country", function()
  it("speaks (with or without the comma before its name)", function()
    assert.equal("BTNA", only('"Kedua pihak sepakat memperluas kerja sama," kata kantor berita Belarus, BTNA.').speaker)
    assert.equal("VNX", only('"Kami setuju," kata kantor berita resmi Vietnam VNX.').speaker)
  end)
  it("but a person named after the press and a country stays the person", function()
    local doc = kimput.parse('"Kami siap," kata Budi kepada media Jepang, Hendra Wijaya menambahkan.')
    for _, m in ipairs(doc:mentions()) do
      if m.text == "Hendra Wijaya" then assert.equal("person", m.kind) end
    end
  end)
end)
