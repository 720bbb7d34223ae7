-- The entity gazetteer and doc:mentions(), on invented news sentences.
local kimput = require "kimput"
local entities = kimput.entities

local function mentions(text)
  return kimput.parse(text):mentions()
end

local function find(list, surface)
  for _, m in ipairs(list) do if m.text == surface then return m end end
end

describe("entities.lookup", function()
  it("finds canonical names through spelling variants", function()
    assert.equal("Kim Jong Un", entities.lookup("Kim Jong-un").name)
    assert.equal("Kim Jong Un", entities.lookup("kim jong-UN").name)
    assert.equal("Vladimir Putin", entities.lookup("Putin").name)
    assert.equal("KCNA", entities.lookup("Korean Central News Agency").name)
    assert.equal("Korea Utara", entities.lookup("Korut").name)
    assert.equal("outlet", entities.lookup("Reuters").kind)
  end)
  it("knows Indonesian figures by the nickname news uses alone", function()
    assert.equal("Zulkifli Hasan", entities.lookup("Zulhas").name)
    assert.equal("Muhaimin Iskandar", entities.lookup("Cak Imin").name)
    local qs = kimput.parse('Menteri Perdagangan Zulkifli Hasan meninjau pasar. "Harga akan turun," kata Zulhas.')
      :quotes()
    assert.equal("Zulkifli Hasan", qs[#qs].speaker)
  end)
  it("reads a party's name tail as no one's name, and a father's name closing a name", function()
    local ev = kimput.parse("Ketua Partai Rakyat Bersatu dan Wakil Ketua Dewan Kota, Dmitri Volkov juga mengirim "
      .. "surat kepada Presiden Lee Min Ho."):events()
    assert.same({ "Dmitri Volkov" }, { ev[1].sender })
    assert.equal(1, #ev)
    ev = kimput.parse("Mahzan Mohamad bertemu Razali Ibrahim di Putrajaya pada Senin (17/6).",
      { published = "2024-06-20" }):events()
    assert.same({ "meeting", "Mahzan Mohamad", "Razali Ibrahim" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)
  it("reads a name of given names and unknown words as a person where one is met, called or written to", function()
    -- (a given name ends the name met, "Mohamad"; or opens it, "Ahmad", "Muhammad")
    local ev = kimput.parse("Presiden Budi Hartanto bertemu Zulkarnain Mohamad di Istana Bogor pada Senin (5/2/2024).",
      { published = "2024-02-06" }):events()
    assert.same({ "meeting", "Budi Hartanto", "Zulkarnain Mohamad", "2024-02-05" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
    local m = mentions("Gubernur mengirim surat kepada Muhammad Ridwan Saputra pekan lalu. Bupati juga menyurati "
      .. "Zulkarnain Mohamad.")
    assert.equal("person", find(m, "Muhammad Ridwan Saputra").kind)
    assert.equal("person", find(m, "Zulkarnain Mohamad").kind)
    -- (a known place is no one's name: "menemui Jakarta Selatan")
    m = mentions("Ia lalu menemui Jakarta Selatan.")
    local place = find(m, "Jakarta Selatan")
    assert.is_true(place == nil or place.kind == "place")
  end)
  it("knows a known person again by a word of the name as the text writes it (hyphened)", function()
    entities.add{ name = "Park Sung Min", kind = "person", aliases = { "Park" }, titles = { "Presiden" } }
    local qs = kimput.parse('Presiden Park Sung-min menulis surat. Lebih lanjut, Sung-min menyatakan bahwa '
      .. 'rakyatnya berduka. "Kami turut berduka," tambahnya.'):quotes()
    assert.same({ "Park Sung Min", "Park Sung Min" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("is careful with short aliases", function()
    assert.equal("Amerika Serikat", entities.lookup("AS").name)
    assert.is_nil(entities.lookup("as"))
    assert.is_nil(entities.lookup("kim"))
    assert.is_nil(entities.lookup("tidak ada"))
    assert.is_nil(entities.lookup(42))
  end)
  it("reads any run of spaces, tabs and hyphens as one space, and ignores them at either end", function()
    assert.equal("Kim Jong Un", entities.lookup("  Kim\tJong -- un ").name)
    assert.equal("Kim Jong Un", entities.lookup("Kim  Jong\nUn").name)
    assert.equal("kim jong un", entities.normalise(" -Kim\v\fJONG-un\r- "))
    assert.equal("kim jong un", entities.normalise("kim jong un"))
    assert.equal("", entities.normalise(" - "))
    assert.is_true(entities.is_title(" Menteri  Luar-Negeri "))
  end)
  it("keys a name in C with its words and, given a kind, how the text must write it", function()
    local name_key = require("kimput.core").name_key
    assert.same({ "kim jong un", 3, "none" }, { name_key(" Kim--Jong\tUn ", "person") })
    assert.same({ "as", 1, "exact" }, { name_key("AS", "place") })        -- four capitals or fewer
    assert.same({ "xi", 1, "exact" }, { name_key("Xi", "person") })       -- two letters
    assert.same({ "putin", 1, "upper" }, { name_key("Putin", "person") }) -- one word
    assert.same({ "media nusa", 2, "upper" }, { name_key("Media Nusa", "outlet") })
    assert.same({ "kabarnusa.co.id", 1, "none" }, { name_key("KabarNusa.co.id", "outlet") }) -- an address
    assert.same({ "m.si", 1, "upper" }, { name_key("M.Si", "person") })
    assert.same({ "", 0 }, { name_key(" - ") })
  end)
  it("lists entries by kind", function()
    local outlets = entities.list("outlet")
    assert.is_true(#outlets >= 20)
    for _, e in ipairs(outlets) do assert.equal("outlet", e.kind) end
    assert.is_true(#entities.list() > #outlets)
  end)
end)

describe("entities.add", function()
  it("adds an entity the text then mentions", function()
    entities.add{ name = "Budi Santoso", kind = "person", aliases = { "Budi" }, country = "Indonesia" }
    local m = mentions("Menurut Budi Santoso, harga beras naik. Budi juga menyebut stok aman.")
    assert.equal("Budi Santoso", find(m, "Budi Santoso").name)
    local short = find(m, "Budi")
    assert.equal("Budi Santoso", short.name)
    assert.is_true(short.resolved)
  end)
  it("extends an existing entry", function()
    entities.add{ name = "Choe Son Hui", kind = "person", aliases = { "Choe Son-hi" } }
    assert.equal("Choe Son Hui", entities.lookup("Choe Son-hi").name)
    assert.equal("Choe Son Hui", entities.lookup("Choe Son Hui").name)
  end)
  it("knows a person's name of two words or more in other transliterations", function()
    entities.add{ name = "Dmitry Volkanov", kind = "person", aliases = { "Volkanov" }, country = "Rusia" }
    local doc = kimput.parse('"Kami siap berunding," kata Dimitry Volkanov kepada wartawan di Moskow. '
      .. 'Menurut Dmitriy Volkanov, jadwalnya belum ditetapkan. "Itu belum final," ujar Volkanov.')
    local q = doc:quotes()
    assert.same({ "Dmitry Volkanov", "Dmitry Volkanov", "Dmitry Volkanov" },
      { q[1].speaker, q[2].speaker, q[3].speaker })
    -- the shipped gazetteer too: y as i, w as v, inner vowels of long words, Latin accents
    doc = kimput.parse('"Latihan itu rutin," kata Menteri Pertahanan Rusia Sergey Shoygu, Rabu (3/5). '
      .. '"Tidak ada yang berubah," ujar Presiden Wladimir Putin.')
    q = doc:quotes()
    assert.same({ "Sergei Shoigu", "Vladimir Putin" }, { q[1].speaker, q[2].speaker })
    -- another person of the same family name, or its feminine form: not that person
    doc = kimput.parse('"Saya tidak tahu," kata Andrei Volkanov. "Sudah," ujar Irina Volkanova.')
    q = doc:quotes()
    assert.same({ "Andrei Volkanov", "Irina Volkanova" }, { q[1].speaker, q[2].speaker })
  end)
  it("rejects bad entries with a clear error", function()
    assert.has_error(function() entities.add("Putin") end, "entities.add: expects a table {name =, kind =, ...}")
    assert.has_error(function() entities.add{ name = "X Y", kind = "planet" } end)
    assert.has_error(function() entities.add{ name = "", kind = "person" } end)
    assert.has_error(function() entities.add{ name = ("a "):rep(20), kind = "person" } end)
    assert.has_error(function() entities.add{ name = ("Ab-"):rep(9), kind = "person" } end,
      "entities.add: name has more than 8 words")
  end)
  it("adds nothing of an entry with a bad alias or title", function()
    assert.has_error(function()
      entities.add{ name = "Sulastri Wiryono", kind = "person", aliases = { "Sulastri", "  " } }
    end)
    assert.has_error(function()
      entities.add{ name = "Sulastri Wiryono", kind = "person", aliases = { "Sulastri" }, titles = { 7 } }
    end)
    assert.is_nil(entities.lookup("Sulastri Wiryono"))
    assert.is_nil(entities.lookup("Sulastri"))
  end)
end)

describe("doc:mentions()", function()
  it("includes titles and roles with the name", function()
    local m = mentions("Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu malam.")
    local p = find(m, "Presiden Rusia Vladimir Putin")
    assert.same({ "Vladimir Putin", "person", 1 }, { p.name, p.kind, p.start })
    assert.equal("Pyongyang", find(m, "Pyongyang").name)
  end)
  it("reads a feast or a named day as no person's name", function()
    for _, text in ipairs({ "Ucapan selamat Hari Raya Idul Fitri disampaikan kepada warga.",
                            "Ucapan selamat Hari Kemerdekaan dikirim kepada warga.",
                            "Kartu ucapan Tahun Baru Imlek dibagikan kepada warga." }) do
      assert.same({}, mentions(text), text)
    end
    -- a word of a feast alone may be a given name
    assert.equal("person", find(mentions("Menurut Siti Fitri, harga naik."), "Siti Fitri").kind)
  end)
  it("finds unknown names after a title or role", function()
    local m = mentions("Koordinator Keamanan Nasional AS, Jane Doherty, mengatakan hal itu kemarin.")
    local p = find(m, "Koordinator Keamanan Nasional AS, Jane Doherty")
    assert.equal("Jane Doherty", p.name)
    m = mentions("Menteri Luar Negeri Korut Ri Yong Ho menemui Menlu Choe di Hanoi.")
    assert.equal("Ri Yong Ho", find(m, "Menteri Luar Negeri Korut Ri Yong Ho").name)
    assert.equal("Choe Son Hui", find(m, "Menlu Choe").name)
  end)
  it("keeps a legislature's word in the title, not the name", function()
    local m = mentions("Ketua Parlemen Lee Jae Won menemui Ketua Senat Maria Lopez dan Ketua Kongres Juan Cruz.")
    assert.equal("Lee Jae Won", find(m, "Ketua Parlemen Lee Jae Won").name)
    assert.equal("Ketua Parlemen", find(m, "Ketua Parlemen Lee Jae Won").title)
    assert.equal("Maria Lopez", find(m, "Ketua Senat Maria Lopez").name)
    assert.equal("Juan Cruz", find(m, "Ketua Kongres Juan Cruz").name)
  end)
  it("reads a name set off after a title and its place, a verb after it and no closing comma", function()
    for _, verb in ipairs({ "melakukan kunjungan ke Kodam IX.", "menerima Konsul Jenderal Rudi Hartono." }) do
      local m = mentions("Penjabat Gubernur Sukamaju, Hendra Wiratama " .. verb)
      assert.equal("Hendra Wiratama", find(m, "Penjabat Gubernur Sukamaju, Hendra Wiratama").name)
    end
    -- a name of one word too when the chain opens the sentence and a predicate follows (the clause's subject)
    local one_word = mentions("Gubernur Sukamaju, Hendra melakukan kunjungan ke Kodam IX.")
    assert.equal("Hendra", find(one_word, "Gubernur Sukamaju, Hendra").name)
    -- not after a cue: the words after the comma tell of someone else
    local told = mentions("Menurut Kapolsek Rahmat, Bayu Ardiansyah ditangkap di rumahnya.")
    assert.is_nil(find(told, "Kapolsek Rahmat, Bayu Ardiansyah"))
  end)
  it("leaves calendar words out of an unknown name", function()
    local m = mentions("Hal itu disampaikan Juru Bicara Kemlu, Ahmad Fauzi Senin (3/6).")
    assert.equal("Ahmad Fauzi", find(m, "Juru Bicara Kemlu, Ahmad Fauzi").name)
  end)
  it("resolves later short mentions within the document", function()
    local m = mentions("Pemimpin Korut Kim Jong-un menerima tamu. Kim lalu menjamu Sergei Shoigu. Shoigu pulang.")
    assert.equal("Kim Jong Un", find(m, "Kim").name)
    assert.is_true(find(m, "Kim").resolved)
    assert.equal("Sergei Shoigu", find(m, "Shoigu").name)
  end)
  it("resolves a later surname of an unknown titled person", function()
    local m = mentions("Duta Besar Rusia untuk Korut, Alexei Ivanov, hadir. Ivanov tersenyum.")
    assert.equal("Alexei Ivanov", find(m, "Ivanov").name)
    assert.is_true(find(m, "Ivanov").resolved)
  end)
  it("resolves pronouns to the subject of the latest sentence naming someone", function()
    local m = mentions("Kim Jong Un mengirim surat kepada Vladimir Putin. Dia berharap hubungan membaik.")
    assert.equal("Kim Jong Un", find(m, "Dia").name)
    m = mentions("Presiden Prabowo Subianto menerima Xi Jinping. Beliau menyebut kunjungan itu penting.")
    assert.equal("Prabowo Subianto", find(m, "Beliau").name)
  end)
  it("resolves descriptions such as 'pemimpin Rusia itu'", function()
    local m = mentions("Vladimir Putin berpidato di Moskow. Pidato pemimpin Rusia itu disiarkan langsung.")
    local d = find(m, "pemimpin Rusia itu")
    assert.equal("Vladimir Putin", d.name)
    assert.is_true(d.resolved)
  end)
  it("does not take a capitalised noun before a surname for a name", function()
    local m = mentions("Pidato Putin disiarkan langsung dari Kremlin.")
    assert.equal("Vladimir Putin", find(m, "Putin").name)
  end)
  it("does not take a known surname followed by given names for the known person", function()
    local m = mentions("Juru bicara kepresidenan, Kim Tae-hyo, menambahkan bahwa kedua pemimpin sepakat.")
    for _, x in ipairs(m) do assert.not_equal("Kim Jong Un", x.name) end
    m = mentions("Presiden Rusia Vladimir Putin tiba pada Selasa. Sambutan untuk Putin Selasa itu meriah.")
    assert.equal("Vladimir Putin", find(m, "Putin").name)
  end)

  it("does not take a lower-case word or a headline word for a name", function()
    local m = mentions("Saya kim dan as, bukan siapa-siapa.")
    assert.is_nil(find(m, "kim"))
    assert.is_nil(find(m, "as"))
    m = mentions("Putin Jadi Pemimpin Terlama di Rusia Setelah Stalin")
    for _, x in ipairs(m) do assert.is_not.equal("Setelah", x.name) end
  end)
  it("gives offsets into the original text", function()
    local text = "“Kami siap,” kata Menhan Sergei Shoigu di Pyongyang."
    local doc = kimput.parse(text)
    for _, x in ipairs(doc:mentions()) do assert.equal(x.text, text:sub(x.start, x.stop)) end
  end)
  it("derives the fields it does not store, and stores few (memory)", function()
    local text = "Presiden Rusia Vladimir Putin menerima Menlu Kim Jong Un. Ia lalu berkata bahwa Putin senang."
    local doc = kimput.parse(text)
    local titled, pronoun
    for _, x in ipairs(doc:mentions()) do
      if x.name == "Vladimir Putin" and x.title then titled = x end
      if x.pronoun then pronoun = x end
      assert.equal(text:sub(x.start, x.stop), x.text)
      assert.equal(x.stop, x.name_stop)
      local stored = 0
      for _ in pairs(x) do stored = stored + 1 end
      assert.is_true(stored <= 8, "a mention table holds at most 8 fields")
    end
    assert.truthy(titled, "the titled name")
    assert.equal("Presiden Rusia Vladimir Putin", titled.text)
    assert.equal("Presiden Rusia", titled.title)
    assert.equal("Vladimir Putin", text:sub(titled.name_start, titled.name_stop))
    assert.equal(titled.start, titled.role_start)
    assert.equal("Presiden Rusia", text:sub(titled.role_start, titled.role_stop))
    assert.same({ "Presiden Rusia" }, titled.roles)
    assert.equal("person", titled.kind)
    if pronoun then
      assert.is_nil(pronoun.title)
      assert.is_nil(pronoun.role_start)
      assert.equal(pronoun.start, pronoun.name_start)
    end
  end)
  it("works out country and roles when first read, the same for every mention of an entity", function()
    entities.add{ name = "Rina Marlina Pratiwi", kind = "person", aliases = { "Rina Pratiwi" }, country = "Indonesia" }
    local text = "Gubernur Jawa Barat Rina Marlina Pratiwi meninjau pasar. Menteri Perdagangan Rina Pratiwi "
      .. "lalu berkata harga stabil. Kepala Dinas Perhubungan Ahmad Fauzi setuju."
    local list = kimput.parse(text):mentions()
    local rina, fauzi = {}, nil
    for _, m in ipairs(list) do
      if m.name == "Rina Marlina Pratiwi" and m.form == "name" then rina[#rina + 1] = m end
      if m.name == "Ahmad Fauzi" then fauzi = m end
    end
    assert.equal(2, #rina)
    assert.equal("Indonesia", rina[1].country)
    assert.equal("Indonesia", rina[2].country)
    assert.same({ "Gubernur Jawa Barat", "Menteri Perdagangan" }, rina[2].roles)
    assert.equal(rina[1].roles, rina[2].roles)  -- one list per entity
    assert.is_nil(fauzi.country)  -- no gazetteer entry
    assert.same({ "Kepala Dinas Perhubungan" }, fauzi.roles)
    for _, m in ipairs(list) do
      for k in pairs(m) do assert.is_true(k ~= "country" and k ~= "roles", "derived, not stored") end
    end
  end)
  it("copes with empty, NUL-laden and huge input", function()
    assert.same({}, mentions(""))
    local m = mentions("Putin\0Kim Jong Un\0\0")
    assert.equal("Kim Jong Un", find(m, "Kim Jong Un").name)
    local big = ("Presiden Rusia Vladimir Putin bertemu Kim. "):rep(20000)
    assert.equal(40000, #mentions(big))  -- the titled name and "Kim"
    assert.is_table(mentions(("A "):rep(100000)))
  end)
  it("reads the name of an event no person's ('Sukamaju Movie Week', 'Turnamen Nusantara Open')", function()
    local function persons(text)
      local out = {}
      for _, m in ipairs(mentions(text)) do if m.kind == "person" then out[#out + 1] = m.text end end
      return out
    end
    assert.same({}, persons("Kedutaan menggelar Indonesia Movie Week, Jakarta Fair, dan Bali Expo tahun ini."))
    assert.same({}, persons("Turnamen Indonesia Open digelar pekan depan."))
    assert.same({}, persons("Festival Danau Toba dibuka Sabtu."))
    -- a person named after such an event's name is still named
    assert.same({ "Ketua Panitia Festival Danau Toba Rina Marlina" },
      persons("Ketua Panitia Festival Danau Toba Rina Marlina hadir."))
  end)
  it("reads a group opening a sentence before its leader as no word of the name ('Rombongan X tiba')", function()
    local m = find(mentions("Duta Besar Hendra Gunawan berkunjung ke Sukamaju. Rombongan Hendra tiba Senin."),
      "Hendra")
    assert.equal("Hendra Gunawan", m.name)
  end)
end)

describe("names of organisations and outlets made of common words", function()
  it("match only when written with a capital", function()
    local function speakers(text)
      local out = {}
      for _, q in ipairs(kimput.parse(text):quotes()) do out[#out + 1] = tostring(q.speaker) end
      return table.concat(out, ",")
    end
    assert.are_not.equal("Bisnis Indonesia", speakers("Menurut pelaku bisnis Indonesia, kebijakan itu memberatkan."))
    assert.equal("Bisnis Indonesia", speakers("Menurut Bisnis Indonesia, harga naik."))
    local doc = kimput.parse('"Ini wujud kedaulatan rakyat," kata Budi Santoso.')
    for _, m in ipairs(doc:mentions()) do assert.are_not.equal("outlet", m.kind) end
  end)
end)

describe("a regional office named with the place it serves", function()
  local function org_chain(text)
    local doc = kimput.parse(text)
    local ents, names = {}, {}
    for _, m in ipairs(doc:mentions()) do
      if m.kind == "org" then ents[m.entity] = true; names[#names + 1] = m.text end
    end
    local n = 0
    for _ in pairs(ents) do n = n + 1 end
    return n, names
  end
  it("is one entity however the short name, the unit's word and the place are written", function()
    local n, names = org_chain("Dinas Sosial (Dinsos) Kabupaten Ciamis menyalurkan beras. Menurut Dinsos Ciamis, "
      .. "bantuan cukup. Dinas Sosial Kabupaten Ciamis juga membuka posko.")
    assert.equal(1, n)
    assert.same({ "Dinas Sosial (Dinsos) Kabupaten Ciamis", "Dinsos Ciamis", "Dinas Sosial Kabupaten Ciamis" }, names)
    n = org_chain("Dinas Pendidikan (Disdik) Kota Bogor meliburkan sekolah. Disdik Kota Bogor menyebut hujan deras.")
    assert.equal(1, n)
  end)
  it("reads the regency's abbreviated word (Kab.) as the unit's", function()
    local n, names = org_chain("Dinas Sosial (Dinsos) Kabupaten Ciamis menyalurkan beras. Dinsos Kab. Ciamis "
      .. "membuka posko.")
    assert.equal(1, n)
    assert.same({ "Dinas Sosial (Dinsos) Kabupaten Ciamis", "Dinsos Kab. Ciamis" }, names)
    n = org_chain("Hujan deras. Dinsos Kab. Ciamis membuka posko. Dinsos Kota Bogor menutup posko.")
    assert.equal(2, n)
  end)
  it("keeps the offices of two places apart", function()
    local n = org_chain("Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sumedang mencatat longsor. "
      .. "BPBD Sumedang mengerahkan alat berat. BPBD Cianjur menyebut jalan aman.")
    assert.equal(2, n)
    n = org_chain("Dinas Kesehatan (Dinkes) Kota Bogor memeriksa sampel. Dinkes Kabupaten Bogor menutup sekolah.")
    assert.equal(2, n)
  end)
  it("is a body when written in a body's words, a court's or a prosecutor's office", function()
    local _, names = org_chain("Pengadilan Negeri Garut menolak gugatan itu. Kejaksaan Negeri Garut menyiapkan "
      .. "banding, dan Kepolisian Resor Garut menjaga sidang.")
    assert.same({ "Pengadilan Negeri Garut", "Kejaksaan Negeri Garut", "Kepolisian Resor Garut" }, names)
    local qs = kimput.parse('"Sidang ditunda pekan depan," ujar Pengadilan Tinggi Bandung.'):quotes()
    assert.equal("Pengadilan Tinggi Bandung", qs[1].speaker)
  end)
  it("speaks under its full name", function()
    local qs = kimput.parse('Dinas Perhubungan (Dishub) Kota Bogor menutup jalan. "Jalan dibuka Senin," '
      .. 'tulis Dishub Kota Bogor. Dinas Perhubungan Kota Bogor menyiapkan jalur alternatif.'):quotes()
    assert.equal("Dinas Perhubungan Kota Bogor", qs[#qs].speaker)
  end)
end)

describe("a place named with common words (proper = true)", function()
  local function speaker(text) return kimput.parse(text):quotes()[1].speaker end
  local function places(text)
    local n = 0
    for _, m in ipairs(kimput.parse(text):mentions()) do
      if m.kind == "place" then n = n + 1 end
    end
    return n
  end
  it("is the place after a title only when capitalised, so the name after it is the person's", function()
    assert.equal("Budi Santoso", speaker('"Kami siap," kata Kepala Dinas Pertanian Tanah Laut Budi Santoso.'))
    assert.equal("Budi Santoso", speaker('"Kami siap," kata Bupati Lima Puluh Kota Budi Santoso.'))
    -- the words in lower case are no place
    assert.equal(0, places("Warga membeli tanah datar di pinggir desa."))
  end)
  it("is a flag analysts give their own entries", function()
    kimput.entities.add{ name = "Bukit Hijau", kind = "place", proper = true }
    assert.equal("Rina Wati", speaker('"Jalan rusak," ujar Camat Bukit Hijau Rina Wati.'))
    assert.equal(0, places("Rumahnya di atas bukit hijau itu."))
  end)
end)

describe("doc:mentions(): a wife styled 'Ny.' with her husband's name is another person (EM, real pages)", function()
  it("keeps the husband's entity and name, and his later mentions his", function()
    local doc = kimput.parse("Kapolda Irjen Pol Toma Vesk Wirawan tiba bersama Ny. Rina Toma Vesk Wirawan di "
      .. "pendopo. Sementara itu, Toma Vesk Wirawan menegaskan komitmennya.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do
      if m.kind == "person" then names[#names + 1] = m.name end
    end
    assert.same({ "Toma Vesk Wirawan", "Ny. Rina Toma Vesk Wirawan", "Toma Vesk Wirawan" }, names)
  end)
end)

describe("doc:mentions(): a headline's verb in title case ends the name before it", function()
  local function people(text)
    local names = {}
    for _, m in ipairs(kimput.parse("Warga berkumpul di balai desa pada Senin (8/5).\n\n" .. text
      .. "\n\nIa mengatakan hal itu."):mentions()) do
      if m.kind == "person" and m.form == "name" then names[#names + 1] = m.name end
    end
    return names
  end
  it("a verb in -kan, after a titled name or a name the gazetteer knows", function()
    assert.same({ "Darmawan", "Sulastri" }, people("Gubernur Darmawan Sampaikan Selamat kepada Bupati Sulastri"))
    kimput.entities.add{ name = "Arga Wirasena", kind = "person", aliases = { "Arga" } }
    assert.same({ "Arga Wirasena", "Sulastri" }, people("Arga Ucapkan Selamat Jalan ke Bupati Sulastri"))
  end)
  it("a verb with meN- or ber-, or one of meeting or calling", function()
    assert.same({ "Sutanto", "Hadi Wijaya" }, people("Menlu Sutanto Bertemu Menlu Hadi Wijaya Bahas Perdagangan"))
    assert.same({ "Arga Wirasena", "Hadi Wijaya" }, people("Arga Menerima Kunjungan Menlu Hadi Wijaya di Istana"))
    assert.same({ "Arga Wirasena", "Hadi Wijaya" }, people("Arga Telepon Menlu Hadi Wijaya, Bahas Kerja Sama"))
  end)
  it("after a titled name the gazetteer knows, and with small words such as 'atas' left in lower case", function()
    kimput.entities.add{ name = "Sekar Anindita", kind = "person", aliases = { "Sekar" } }
    assert.same({ "Sekar Anindita", "Hadi Wijaya" }, people("Menlu Sekar Bertemu Menlu Hadi Wijaya di Sela KTT"))
    -- (a headline's line: the pronoun after it points back to nobody named there)
    local doc = kimput.parse("Warga berkumpul pada Senin (8/5).\n\nBupati Sulastri Sampaikan Selamat atas "
      .. "Pelantikan Camat Baru\n\nIa mengatakan hal itu.")
    for _, m in ipairs(doc:mentions()) do assert.not_equal("pronoun", m.form) end
  end)
  it("a related story's headline left in the body does not lengthen the name of a person met before", function()
    local doc = kimput.parse("Menteri Kelautan Wahyu Setiawan hadir dalam rapat itu pada Senin.\n\n"
      .. "Wahyu Setiawan Tutup Mulut Ditanya Pilkada Sukamaju\n\nSebelumnya, Bupati Hendra menelepon Wahyu Setiawan.")
    for _, m in ipairs(doc:mentions()) do
      if m.kind == "person" and m.form == "name" and m.text:find("Wahyu", 1, true) then
        assert.equal("Wahyu Setiawan", m.name)
      end
    end
  end)
  it("but not in the body, where a capitalised word after a name is the name's", function()
    assert.same({ "Budi Mendoza" }, people("Kata Budi Mendoza, warga desa itu sudah lama menunggu bantuan."))
  end)
end)

describe("doc:mentions(): a country's official name written out in a title", function()
  it("is the country, so the name after it is the person's", function()
    local doc = kimput.parse("Perdana Menteri Republik Sosialis Vietnam Tran Van Hoa menelepon Menteri Luar Negeri "
      .. "Republik Islam Iran Reza Karimi. Raja Kerajaan Thailand menerima Presiden Republik Arab Mesir Omar Fathy.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do
      if m.kind == "person" and m.form == "name" then names[#names + 1] = m.name end
    end
    assert.same({ "Tran Van Hoa", "Reza Karimi", "Omar Fathy" }, names)
  end)
end)

describe("doc:mentions(): a term of office between the title and the name", function()
  it("is the role's ('periode 2024-2029', 'masa jabatan 2019 - 2024')", function()
    local doc = kimput.parse("Presiden Indonesia terpilih periode 2024-2029 Budi Hartono menerima Menteri Sulastri. "
      .. "Anggota DPR masa jabatan 2019 - 2024 Rina Wati mengatakan hal itu.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do
      if m.kind == "person" then names[#names + 1] = m.name or "(no name)" end
    end
    -- (not a nameless "Presiden Indonesia terpilih", then the name alone)
    assert.same({ "Budi Hartono", "Sulastri", "Rina Wati" }, names)
    local e = kimput.parse("Presiden AS Joe Biden menelepon Presiden Indonesia terpilih periode 2024-2029 Budi "
      .. "Hartono."):events()[1]
    assert.same({ "call", "Joe Biden", "Budi Hartono" }, { e.type, e.sender, e.recipient })
  end)
end)
