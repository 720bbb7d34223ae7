-- Mentions, entity chains and quote attribution in the styles of national
-- and regional Indonesian outlets. Every sentence is invented.
local kimput = require "kimput"

-- the quotations in marks, terms left out
local function quotes(text)
  local out = {}
  for _, q in ipairs(kimput.parse(text):quotes()) do
    if q.kind ~= "term" and q.kind ~= "indirect" then out[#out + 1] = q end
  end
  return out
end

local function only(text)
  local q = quotes(text)
  assert.equal(1, #q, "expected one quotation")
  return q[1]
end

local function mention(text, surface)
  for _, m in ipairs(kimput.parse(text):mentions()) do
    if m.text == surface then return m end
  end
end

-- the names of the person mentions, "nil" for a title standing for nobody named
local function people(text)
  local out = {}
  for _, m in ipairs(kimput.parse(text):mentions()) do
    if m.kind == "person" then out[#out + 1] = m.name or "nil" end
  end
  return out
end

-- the first item of doc:quotes(), indirect speech included
local function first_quote(text) return kimput.parse(text):quotes()[1] end
local function first_speaker(text) return first_quote(text).speaker end

local function speakers(text)
  local out = {}
  for _, q in ipairs(quotes(text)) do out[#out + 1] = q.speaker or "nil" end
  return out
end

-- the indirect reports of a text: cue and speaker of each
local function reports(text)
  local out = {}
  for _, q in ipairs(kimput.parse(text):quotes()) do
    if q.kind == "indirect" then out[#out + 1] = (q.cue or "nil") .. ":" .. (q.speaker or "nil") end
  end
  return out
end

describe("title chains", function()
  it("reads an office's short name no list holds, shaped as one, then a known place, as the role's", function()
    assert.same({ "Sutrisno" }, people("Kepala Dispertanbun Sragen Sutrisno meninjau sawah."))
    assert.same({ "Lestari Ayu" }, people("Kepala Bappelitbangda Klaten Lestari Ayu membuka rapat."))
    assert.same({ "Handoko" }, speakers('"Stok aman," kata Kepala Dinperindag Kebumen Handoko.'))
    -- a name with a family place keeps it: no office's shape, or no name after the place
    assert.same({ "Rudi Paris Hutauruk" }, people("Pengacara Rudi Paris Hutauruk membantah."))
    assert.same({ "Hans Samosir" }, people("Kompol Hans Samosir membantah."))
  end)
  it("reads a capitalised 'Oleh' (a Ukrainian given name) after a role or a cue as opening a name", function()
    assert.same({ "Oleh Marchenko" }, people("Gubernur Oblast Odesa Oleh Marchenko meninjau pelabuhan."))
    assert.same({ "Oleh Marchenko" }, speakers('"Pelabuhan tetap buka," kata Oleh Marchenko.'))
    -- after a place no list knows too: the one word before it was the place
    assert.same({ "Oleh Marchenko" }, speakers('"Kami bertahan," kata Gubernur wilayah Zaporizhzhia Oleh Marchenko.'))
    assert.same({ "Lalu Ahmad Zaini" }, people("Bupati Xyzland Lalu Ahmad Zaini meninjau banjir."))
    -- the word "oleh" (by) stays none of a name, even after a body
    assert.same({}, people("Laporan itu dikirim ke KPK oleh warga desa."))
  end)
  it("reads a foreign administrative unit's word after a regional title as taking the place after it", function()
    assert.same({ "Haruto Mizuno" }, people("Gubernur Prefektur Nagano Haruto Mizuno menerima rombongan."))
    assert.same({ "Emily Carter" }, people("Gubernur Negara Bagian Queensland Emily Carter meninjau banjir."))
    assert.same({ "Park Ji-hoon" }, people("Wali Kota Distrik Mapo Park Ji-hoon membuka festival."))
    assert.same({ "Yuliani Wenda" }, people("Kepala Distrik Kiwirok Yuliani Wenda menyebut warga aman."))
  end)
  it("reads a unit's word before an acronym no list knows, a name after it, as the unit's", function()
    assert.same({ "Judha Nugraha" }, people("Direktur Pelindungan WNI Judha Nugraha mengatakan KBRI siaga."))
    assert.same({ "Rina Sari" }, people("Kepala Pengawasan PTSP Rina Sari menyebut izin naik."))
  end)
  it("strips a police title chain with its rank from the name", function()
    local m = mention("Kabid Humas Polda Sulawesi Tenggara Kombes Pol Bambang Irawan menjelaskan kronologinya.",
      "Kabid Humas Polda Sulawesi Tenggara Kombes Pol Bambang Irawan")
    assert.same({ "Bambang Irawan", "Kabid Humas Polda Sulawesi Tenggara Kombes Pol" }, { m.name, m.title })
  end)
  it("knows the short titles of police units and posts (Panit, Kapospol, Dirlantas)", function()
    assert.same({ "Rahmat Hidayat", "Andi Saputra" }, speakers('"Pelaku residivis," kata Panit Reskrim Polsek '
      .. 'Cibinong Ipda Rahmat Hidayat. "Situasi kondusif," ujar Kapospol Sukamaju Aiptu Andi Saputra.'))
  end)
  it("knows ministries abroad, watchdogs' names and military bases in a title chain", function()
    assert.equal("Lee Min-ho", first_speaker("Menteri Unifikasi Lee Min-ho mengatakan pemerintah menimbang langkah."))
    assert.equal("Ratna Siregar", first_speaker("Koordinator Advokasi BPJS Watch Ratna Siregar menilai iuran naik."))
    -- an authority ("Otorita") heads a body's name: the words after it are the body's, not a person's
    assert.same({ "Budi Santosa", "Rudi Hartawan" }, people("Wakil Kepala Otorita IKN, Budi Santosa, menyebut "
      .. "sekolah siap. Kepala Otorita Batam Rudi Hartawan hadir."))
    -- (a base's commander named in an apposition is whom it describes: the pronoun after is the name's)
    local text = 'Pengamat Rudi Hartawan menilai harga itu mahal. "Mahal," kata Rudi.\n\nBonar Sitompul, mantan '
      .. 'Komandan Lanud Sukamaju, menyambut baik langkah itu. "Saya senang," tuturnya.'
    assert.same({ "Rudi Hartawan", "Bonar Sitompul" }, speakers(text))
  end)
  it("reads 'Juru bicara itu' as the spokesperson introduced a few sentences back, past others' words", function()
    local qs = kimput.parse('Juru bicara Kementerian Luar Negeri Rusia Maria Zaharova mengkritik rencana itu. '
      .. '"Ini langkah provokatif," kata Zaharova.\n\nWakil Menteri Luar Negeri Rusia Sergei Ryabkin mengatakan '
      .. "Moskwa mematuhi moratorium.\n\nJuru bicara itu juga menegaskan bahwa Rusia tidak akan melanggar "
      .. "perjanjian."):quotes()
    assert.same({ "Maria Zaharova", "Maria Zaharova" }, { qs[1].speaker, qs[#qs].speaker })
    assert.equal("menegaskan", qs[#qs].cue)
  end)
  it("names the holder set off by commas after 'lainnya' ('Anggota Bawaslu lainnya, X,')", function()
    assert.same({ "Herwin Malondi" }, speakers('Anggota Bawaslu lainnya, Herwin Malondi, enggan berkomentar. '
      .. '"Kami menghormati proses," katanya.'))
    local text = "Juru bicara lainnya, Ding Lian, pekan lalu menuduh Manila melanggar kesepakatan. Menurut Ding, "
      .. "Filipina mengirim pasokan."
    local qs = kimput.parse(text):quotes()
    assert.equal("Ding Lian", qs[#qs].speaker)
  end)
  it("keeps a retired officer's (Purn.) in the title chain, its period no sentence stop", function()
    assert.same({ "Hendra Siregar", "Bonar Tampubolon" },
      speakers('"Ancaman siber nyata," kata Kepala BSSN Letjen TNI (Purn.) Hendra Siregar dalam rapat. '
        .. '"Saya senang," ujar Marsekal Pertama TNI (Purn.) Bonar Tampubolon di Madiun.'))
    local m = mention("Mantan KSAL Laksamana TNI (Purn.) Ade Saputra menilai patroli penting.",
      "KSAL Laksamana TNI (Purn.) Ade Saputra")
    assert.same({ "Ade Saputra", "KSAL Laksamana TNI (Purn.)" }, { m.name, m.title })
  end)
  it("strips titles written with their period (Pol., Inf., KH., Pdt.) and degrees of short parts", function()
    local m = mention("Kapolres Sukamaju Kombes Pol. Bambang Irawan menjelaskan kronologinya.",
      "Kapolres Sukamaju Kombes Pol. Bambang Irawan")
    assert.same({ "Bambang Irawan", "Kapolres Sukamaju Kombes Pol." }, { m.name, m.title })
    assert.same({ "Andi Wijaya", "Ahmad Fauzi", "Yohanes Lim", "Sari Dewi" },
      speakers('"Siap," kata Dandim Kolonel Inf. Andi Wijaya. "Kita jaga," ujar Ketua PWNU KH. Ahmad Fauzi. '
        .. '"Damai," kata Pdt. Yohanes Lim. "Sehat," kata dr. Sari Dewi, Sp.PD., M.Kes.'))
  end)
  it("strips a governor's province, known or not", function()
    assert.equal("Lukas Wenda", mention("Gubernur Papua Barat Lukas Wenda hadir.",
      "Gubernur Papua Barat Lukas Wenda").name)
    assert.equal("Ratna Sari",
      mention("Bupati Lembata Selatan Ratna Sari meresmikan pasar.", "Bupati Lembata Selatan Ratna Sari").name)
  end)
  it("keeps the holder's standing written after the title (terpilih, nonaktif, petahana) in the title", function()
    local m = mention("Presiden terpilih Dimas Anggara menerima tamu.", "Presiden terpilih Dimas Anggara")
    assert.same({ "Dimas Anggara", "Presiden terpilih" }, { m.name, m.title })
    assert.same({ "Sugeng Riyadi" }, speakers('"Saya akan kooperatif," kata Bupati nonaktif Sugeng Riyadi.'))
    assert.same({ "Ratna Dewi" }, speakers('"Kami siap," ujar Gubernur petahana Ratna Dewi kepada wartawan.'))
  end)
  it("reads the number of a unit named by its acronym inside the title (Ketua RT 05)", function()
    local m = mention("Ketua RT 05 Sutrisno membenarkan kejadian itu.", "Ketua RT 05 Sutrisno")
    assert.same({ "Sutrisno", "Ketua RT 05" }, { m.name, m.title })
    assert.same({ "Darmaji" },
      speakers('Hal senada diungkapkan oleh Ketua RW 12 Darmaji. "Air naik sejak subuh," katanya.'))
    -- and the unit alone, or with a name of two words (not initials: "RT Budi Santoso")
    assert.equal("Budi Santoso", mention("Ketua RT Budi Santoso hadir.", "Ketua RT Budi Santoso").name)
    assert.equal("Ani Lestari", mention("Ketua RW 03 Ani Lestari hadir.", "Ketua RW 03 Ani Lestari").name)
  end)
  it("reads a place's word said again after the place as the first word of the name", function()
    local m = mention('Menteri Pertahanan Israel Israel Levin mengatakan, "Operasi diperluas."',
      "Menteri Pertahanan Israel Israel Levin")
    assert.same({ "Israel Levin", "Menteri Pertahanan Israel" }, { m.name, m.title })
  end)
  it("reads an office's grade (Kelas I, Kelas IIA) inside the title, the office's place after it", function()
    assert.same({ "Budi Santoso" }, people('"Kami memantau," kata Kepala Kantor Imigrasi Kelas I TPI Sukamaju, '
      .. 'Budi Santoso.'))
    assert.same({ "Budi Santoso" }, people('"Napi aman," kata Kalapas Kelas IIA Sukamiskin Budi Santoso.'))
    -- a body's branch takes its place as an office serving one does
    assert.same({ "Rudi Hartono" }, speakers('"Stok aman," kata Kepala Bulog Cabang Sukamaju Rudi Hartono.'))
  end)
  it("reads 'Ketua Umum Partai X itu' as a description of a person, never as a person named X", function()
    assert.same({ "Ketua Umum Partai Maju Jaya" },
      speakers('"Ini bukan soal politik," cetus Ketua Umum Partai Maju Jaya itu.'))
    assert.same({ "Budi Santoso" }, speakers('Ketua Umum Partai Maju Jaya Budi Santoso hadir. '
      .. '"Ini bukan soal politik," cetus Ketua Umum Partai Maju Jaya itu.'))
  end)
  it("strips a bank's or a company's name from the person after it", function()
    assert.equal("Hadi Wijaya", mention("Gubernur Bank Sentral Hadi Wijaya hadir.",
      "Gubernur Bank Sentral Hadi Wijaya").name)
    assert.equal("Budi Santoso", mention("Direktur Utama PT Maju Jaya Budi Santoso hadir.",
      "Direktur Utama PT Maju Jaya Budi Santoso").name)
  end)
  it("takes a regional office's place out of the name (Kepala BPBD Garut X)", function()
    assert.equal("Satria Budi", mention("Kepala Pelaksana BPBD Sukamaju Satria Budi meninjau lokasi.",
      "Kepala Pelaksana BPBD Sukamaju Satria Budi").name)
    assert.equal("Satria Budi", mention("Kepala BPBD Satria Budi meninjau lokasi.", "Kepala BPBD Satria Budi").name)
  end)
  it("takes a team's or a firm's name out of the name of its coach or head", function()
    assert.equal("Bojan Hadiwijaya", mention("Pelatih Persikota Bojan Hadiwijaya mengaku puas.",
      "Pelatih Persikota Bojan Hadiwijaya").name)
    assert.equal("Tauhid Ahmad", mention("Direktur Eksekutif Indeka Tauhid Ahmad menilai kebijakan itu terlambat.",
      "Direktur Eksekutif Indeka Tauhid Ahmad").name)
    assert.equal("Tauhid Ahmad", mention("Direktur Eksekutif Tauhid Ahmad menilai kebijakan itu terlambat.",
      "Direktur Eksekutif Tauhid Ahmad").name)
  end)
  it("strips the honorifics of elders and clergy (Mbah, Romo, Pendeta) from the name", function()
    assert.same({ "Karto" }, speakers('"Banjir datang tiba-tiba," tutur Mbah Karto (70), warga setempat.'))
    assert.same({ "Yohanes Manu" }, speakers('"Semua aman," kata Pendeta Yohanes Manu.'))
    -- and the English forms of address
    assert.same({ "Glenn Fredly" }, speakers('"Semua aman," kata Mr. Glenn Fredly.'))
    -- and the styles of office, after the title's comma too
    assert.same({ "Laura Benning" }, speakers('"Selamat datang," kata Gubernur Negara Bagian Tasmania, The Honourable '
      .. 'Ms Laura Benning.'))
    assert.same({ "Kenji Morita" }, speakers('"Semua aman," kata Duta Besar Jepang, Yang Mulia Kenji Morita.'))
  end)
  it("reads a religious body in a title and the title right before the name as the one used alone later", function()
    local text = "Pemimpin Gereja Katolik Timur Uskup Markus Tanod tiba di Manado. "
      .. '"Kita harus saling menghormati," kata Uskup dalam khotbahnya.'
    assert.same({ "Markus Tanod" }, speakers(text))
    assert.equal("Yosef Leto", mention("Uskup Keuskupan Agung Kupang Yosef Leto memimpin misa.",
      "Uskup Keuskupan Agung Kupang Yosef Leto").name)
    -- (a title inside the chain that stands for someone already keeps them)
    text = "Presiden Ahmad Sulaiman hadir. Kepala Biro Pers Sekretariat Presiden Budi Hartono datang. "
      .. '"Acara dimulai pukul 09.00," kata Presiden.'
    assert.same({ "Ahmad Sulaiman" }, speakers(text))
  end)
  it("knows the political parties, so that a party's name closes the body before a person", function()
    local m = mention("Wakil Ketua Komisi II DPR dari Fraksi Partai Golkar Ahmad Doli Rahman menilai KPU lamban.",
      "Wakil Ketua Komisi II DPR dari Fraksi Partai Golkar Ahmad Doli Rahman")
    assert.equal("Ahmad Doli Rahman", m.name)
    assert.same({ "PBB" }, speakers('"Bantuan sudah dikirim," kata PBB.'))  -- the United Nations, not a party
  end)
  it("reads the resources a ministry or an office serves as words of the title (Sumber Daya Alam)", function()
    assert.equal("Sergei Volkov", mention("Menteri Sumber Daya Alam Sergei Volkov tiba di Jakarta.",
      "Menteri Sumber Daya Alam Sergei Volkov").name)
    assert.equal("Rina Marlina", mention("Kepala Dinas Sumber Daya Air Garut Rina Marlina meninjau bendungan.",
      "Kepala Dinas Sumber Daya Air Garut Rina Marlina").name)
  end)
  it("reads a coordinating minister's long title", function()
    local m = mention("Menteri Koordinator Bidang Politik dan Keamanan Darmawan Hadi menggelar rapat.",
      "Menteri Koordinator Bidang Politik dan Keamanan Darmawan Hadi")
    assert.equal("Darmawan Hadi", m.name)
  end)
  it("reads a ministry with its acronym in brackets", function()
    local m = mention("Menteri Sekretaris Negara (Mensesneg) Yusuf Pratama memberi keterangan.",
      "Menteri Sekretaris Negara (Mensesneg) Yusuf Pratama")
    assert.equal("Yusuf Pratama", m.name)
  end)
  it("names the person after an agency with its acronym, and the agency by its acronym", function()
    local doc = kimput.parse("Kepala Badan Riset Pangan (BRP) Wulan Sari membuka acara. BRP mencatat kenaikan.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do names[m.text] = m.name end
    assert.equal("Wulan Sari", names["Kepala Badan Riset Pangan (BRP) Wulan Sari"])
    assert.equal("BRP", names["BRP"])
    -- a body with no head word and an acronym in another language, the name after a comma
    assert.same({ "Lena Marwick" }, speakers('"Bantuan tiba besok," kata juru bicara Program Pangan Dunia (WFP), '
      .. "Lena Marwick."))
  end)
  it("reads a body the acronym after it spells as one name, a title or a trade among its words", function()
    local doc = kimput.parse('"Kami menolak," kata Aliansi Wartawan Muda (AWM). Asosiasi Pedagang Pasar Seluruh '
      .. "Nusantara (APPSN) mendukung.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do names[m.text] = m.name end
    assert.equal("AWM", names["Aliansi Wartawan Muda (AWM)"])
    assert.equal("APPSN", names["Asosiasi Pedagang Pasar Seluruh Nusantara (APPSN)"])
    assert.equal("AWM", doc:quotes()[1].speaker)
    -- a forum, a network, a movement are bodies too
    assert.equal("Jaringan Pemantau Sekolah", first_speaker('"Kami menolak," kata Jaringan Pemantau Sekolah.'))
    -- a title right after the head, a place after it, names the members: the body speaks
    assert.equal("Ikatan Wartawan Jawa Barat", first_speaker('"Kami menolak," kata Ikatan Wartawan Jawa Barat.'))
  end)
  it("keeps one word no list knows after a body's head and a title in the body's name, no person", function()
    assert.same({}, people("Forum Perawat Kontrak menggelar aksi di depan gedung DPRD."))
    local m = mention("Forum Perawat Kontrak menggelar aksi.", "Forum Perawat Kontrak")
    assert.same({ "org", "Forum Perawat Kontrak" }, { m.kind, m.name })
    assert.same({ "Komunitas Pelukis Jalanan" },
      speakers('Komunitas Pelukis Jalanan berpameran. "Kami senang," ujar komunitas itu.'))
    -- a name of two words after the title is still a person's
    assert.same({ "Rudi Hartawan" }, people("Tim Pengacara Rudi Hartawan menyerahkan bukti baru."))
    -- the kind of post after a title names nobody: "Guru Honorer menuntut ...", "Dokter Spesialis"
    assert.same({ "nil" }, people("Guru Honorer menuntut kenaikan gaji."))
    assert.same({ "Rina Sari" }, speakers('"Pasien kami tangani," kata Dokter Spesialis Anak, dr. Rina Sari.'))
    -- and one word after a title of a bond to a person names the person served
    assert.same({ "Rahmat" }, people("Tim Kuasa Hukum Rahmat menyerahkan bukti baru."))
    -- capitalised words that are no name before a comma are the body's, the name after it holds the title
    assert.same({ "Sutrisno" }, speakers('"Kami menolak," kata Ketua Paguyuban Pedagang Pasar Baru, Sutrisno.'))
  end)
  it("reads a police unit chain: Kasat Reskrim Polres X AKP Y", function()
    assert.equal("Dedi Kurniawan", mention("Kasat Reskrim Polres Muaro AKP Dedi Kurniawan membenarkan penangkapan.",
      "Kasat Reskrim Polres Muaro AKP Dedi Kurniawan").name)
  end)
  it("takes the word after an office such as Polres for its place, not for a name", function()
    local m = mention("Anggota Polres Waru berjaga di pos.", "Anggota Polres Waru")
    assert.same({ "title", nil }, { m.form, m.name })
  end)
  it("reads military ranks and an honorific with a period", function()
    assert.equal("Agus Salim", mention("Pangdam Brigjen TNI Agus Salim meninjau lokasi.",
      "Pangdam Brigjen TNI Agus Salim").name)
    assert.equal("Rina Wati", mention("Kepala Dinas Kesehatan dr. Rina Wati mengimbau warga.",
      "Kepala Dinas Kesehatan dr. Rina Wati").name)
  end)
  it("keeps a faction and a commission in the role", function()
    assert.equal("Hamdan Zoelva", mention("Ketua Fraksi PKB DPR Hamdan Zoelva menolak usulan itu.",
      "Ketua Fraksi PKB DPR Hamdan Zoelva").name)
    assert.equal("Maya Lestari", mention("Wakil Ketua Komisi I DPR Maya Lestari mengingatkan pemerintah.",
      "Wakil Ketua Komisi I DPR Maya Lestari").name)
  end)
  it("takes the name after a comma that closes the role", function()
    assert.equal("Budi Gunawan", mention("Juru Bicara Kementerian Perdagangan, Budi Gunawan, menjelaskan.",
      "Juru Bicara Kementerian Perdagangan, Budi Gunawan").name)
  end)
  it("reads names with particles, initials and apostrophes", function()
    assert.equal("Ahmad bin Yusuf", mention("Camat Ahmad bin Yusuf hadir.", "Camat Ahmad bin Yusuf").name)
    assert.equal("M. Rizal Ma'ruf", mention("Ketua Umum M. Rizal Ma'ruf membuka kongres.",
      "Ketua Umum M. Rizal Ma'ruf").name)
  end)
  it("leaves degrees after the name out of it", function()
    local m = mention("Kapolres Sikka AKBP H Dani Saputra, S.IK, M.Si meminta warga tenang.",
      "Kapolres Sikka AKBP H Dani Saputra")
    assert.equal("Dani Saputra", m.name)
  end)
  it("reads an appositive role after the name", function()
    local m = mention("Sri Handayani, Kepala Dinas Pendidikan Kota Kupang, mengatakan sekolah dibuka.", "Sri Handayani")
    assert.equal("Sri Handayani", m.name)
    assert.equal("Kepala Dinas Pendidikan Kota Kupang", m.title)
  end)
  it("gives the office holder named after a comma closing the sentence, not the name inside the role", function()
    assert.equal("Slamet", only('"Kami siap," kata Kepala Desa Sukamaju, Slamet.').speaker)
    assert.equal("Lina Marlina", only('"Kami banding," kata Kuasa Hukum Hendra, Lina Marlina.').speaker)
  end)
  it("takes a name given with 'bernama' as a person", function()
    assert.equal("Slamet", only('"Air naik cepat," kata seorang warga bernama Slamet.').speaker)
  end)
  it("gives the lawyer, not the client, for 'Kuasa Hukum X, Y'", function()
    local q = only('Kuasa Hukum Hendra, Lina Marlina menilai vonis itu berat. "Kami banding," ujarnya.')
    assert.equal("Lina Marlina", q.speaker)
  end)
end)

describe("entity chains", function()
  it("reads a numeral before a unit of time as when, so a surname after it is the person met before", function()
    assert.same({ "Ferdinand Marcos Jr", "Ferdinand Marcos Jr" }, people("Presiden Filipina Ferdinand Marcos Jr "
      .. "tiba di Manila. Dua hari kemudian, Marcos menerima tamu."))
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, people("Kepala Desa Sukamaju Rudi Hartono membuka pasar. "
      .. "Tiga pekan lalu, Rudi meninjau jembatan."))
    -- a determiner before a person noun still tells somebody new
    local p = people("Gubernur Ahmad Luthfi meninjau banjir. Seorang warga, Ahmad, mengaku rumahnya terendam.")
    assert.are_not.equal(p[1], p[2])
  end)
  it("joins a body introduced with its acronym in parentheses and its full name later", function()
    local qs = kimput.parse("Polda Sukamaju Raya (PSR) menangkap tiga pelaku. PSR mengimbau warga waspada. "
      .. "Menurut Polda Sukamaju Raya, dua pelaku buron."):quotes()
    assert.same({ "PSR", "PSR" }, { qs[1].speaker, qs[2].speaker })
    qs = kimput.parse("Badan Riset Daerah Sukamaju (BRDS) merilis kajian. Badan Riset Daerah Sukamaju menyebut "
      .. "banjir meningkat."):quotes()
    assert.same({ "BRDS" }, { qs[1].speaker })
  end)
  it("takes the name after a noun of a bond with -nya as a person's", function()
    assert.same({ "Rudi Hartawan", "Lestari Wulandari" },
      people("Menlu Rudi Hartawan bertemu mitranya, Lestari Wulandari, di Bangkok."))
    assert.same({ "Rudi Hartawan", "Lestari Wulandari" },
      people("Menlu Rudi Hartawan bertemu dengan mitranya dari Thailand, Lestari Wulandari, di Bangkok."))
    -- a given name may open it; a place after the noun is no person
    assert.same({ "Siti Marlina" }, people("Ia datang bersama istrinya, Siti Marlina, dan dua anaknya."))
    assert.same({}, people("Kota itu menjalin kerja sama dengan mitranya, Jepang."))
  end)
  it("takes who will meet someone as a person, past a word of plans", function()
    assert.same({ "Dewi Anggraini", "Tomas Rivera" },
      people("Dewi Anggraini akan bertemu Tomas Rivera di Manila pekan depan."))
    assert.same({ "Dewi Anggraini", "Tomas Rivera" },
      people("Dewi Anggraini dijadwalkan menemui Tomas Rivera di Manila."))
  end)
  it("leaves the degrees closing a name without commas out of the name", function()
    assert.equal("Hendra Gunawan",
      only('"Kami akan banding," kata kuasa hukum terdakwa, Hendra Gunawan SH MH.').speaker)
    assert.same({ "Rina Sari", "Rina Sari" },
      people('Kepala Sekolah Rina Sari MPd meliburkan siswa. Rina mengatakan libur dua pekan.'))
  end)
  it("leaves a priest's order after his name out of it, and no body speaks for it (Pr, SVD, SJ)", function()
    assert.same({ "Yustinus Bala Keraf", "Yustinus Bala Keraf" },
      people('Romo Yustinus Bala Keraf Pr menyebut umat bersiap. "Ini berkat," ujar Romo Yustinus.'))
    assert.equal("Paulus Wato Ruing", first_speaker("Pastor Paulus Wato Ruing SVD mengatakan dialog penting."))
    assert.equal("Aloysius Bere", first_speaker("Romo Aloysius Bere SJ menilai etika publik merosot."))
    -- an acronym no list holds after a name is a body still
    assert.equal("KPU", first_speaker("Warga menolak Paulus Wato, KPU mengatakan data lengkap."))
  end)
  it("keeps the Batak 'br' (boru) inside a woman's name", function()
    assert.same({ "Lamtiar br Sitorus", "Lamtiar br Sitorus" },
      people('Pedagang ulos, Lamtiar br Sitorus, berharap omzet naik. "Pembeli sepi," ujar Lamtiar.'))
  end)
  it("reads a sentence adverb in -nya before a comma as no name (Rencananya, X akan ...)", function()
    assert.is_nil(mention("Rencananya, Uskup juga akan bertemu Ketua Sinode Markus Hutabarat.", "Rencananya"))
    assert.is_nil(mention("Sayangnya, Uskup batal bertemu Ketua Sinode Markus Hutabarat.", "Sayangnya"))
  end)
  it("leaves what is sent out of its sender's name opening a sentence (Ucapan X dikirim, Surat X tiba)", function()
    local text = "Gubernur Hendrik Lumban mengirim ucapan kepada Bupati Rudi Simbolon. Ucapan Hendrik dikirim Senin."
    assert.same({ "Hendrik Lumban", "Rudi Simbolon", "Hendrik Lumban" }, people(text))
    assert.same({ "Hendrik Lumban", "Rudi Simbolon", "Hendrik Lumban" },
      people("Gubernur Hendrik Lumban mengirim surat kepada Bupati Rudi Simbolon. Surat Hendrik tiba Senin."))
  end)
  it("reads a title word right after a given name as the name's (Teuku Raja X), and its short form as one person",
    function()
    assert.same({ "Teuku Raja Meulaboh", "Teuku Raja Meulaboh" },
      people('Wakil Ketua DPRK Teuku Raja Meulaboh menilai dana kurang. "Personel kurang," ujar Teuku Raja.'))
    assert.same({ "Teuku Raja Meulaboh" }, people("Teuku Raja Meulaboh menilai dana kurang."))
    -- (an adverb that is a given name too opens no name: "Lalu")
    assert.same({ "Rudi Simbolon" }, people("Lalu Bupati Rudi Simbolon menilai dana kurang."))
  end)
  it("reads a lower-case surname with a glued particle alone as the person named with it before", function()
    local text = 'Grand Syekh Al-Azhar Ahmad el-Tarabi menyerukan gencatan senjata.\n\n"Dunia gagal," kata el-Tarabi '
      .. 'dalam pernyataan.\n\nDalam pertemuan itu, el-Tarabi memuji peran Indonesia. "Indonesia contoh harmoni," '
      .. "tuturnya."
    assert.same({ "Ahmad el-Tarabi", "Ahmad el-Tarabi" }, speakers(text))
    assert.same({ "Ahmad el-Tarabi", "Ahmad el-Tarabi", "Ahmad el-Tarabi", "Ahmad el-Tarabi" }, people(text))
    -- (a glued particle nobody was named with before is no one: "Masjid al-Aqsa", "al-Quran")
    assert.same({}, people("Warga membaca al-Quran di halaman al-Aqsa."))
  end)
  it("ends the name before a Minang clan title written after it (X Y Dt Z)", function()
    assert.same({ "Hendra Saputra", "Hendra Saputra" },
      people('Ketua KAN Hendra Saputra Dt Rajo Mudo mengajak pemuda pulang. "Nagari butuh kalian," kata Hendra.'))
    -- written out in full, with a role before the name or none
    assert.same({ "Hendra Saputra", "Hendra Saputra" },
      people('Ketua KAN Hendra Saputra Datuk Rajo Mudo mengajak pemuda pulang. "Ayo," kata Hendra.'))
    assert.same({ "Yusril Anwar", "Yusril Anwar" },
      people('Yusril Anwar Datuak Bagindo mengajak pemuda pulang. "Ayo," kata Yusril.'))
    -- (a Malay honour before a name stays one: "Menteri Besar Johor Datuk X", "Datuk Seri Y")
    assert.same({ "Onn Hafiz", "Anwar Ibrahim" }, speakers('"Siap," kata Menteri Besar Johor Datuk Onn Hafiz. '
      .. '"Setuju," kata Perdana Menteri Malaysia Datuk Seri Anwar Ibrahim.'))
  end)
  it("reads initials after 'atau' as the person's, also where a known outlet spells them (X Y atau AP)", function()
    local text = 'Manajer tim NXG Arief Prasetya atau AP menuturkan bonus naik. "Angkanya rahasia," kelakar AP.'
    assert.same({ "Arief Prasetya" }, speakers(text))
    assert.equal("Arief Prasetya", first_speaker(text))
    -- (letters that are not the name's initials stay what they were)
    local other = 'Manajer tim NXG Arief Prasetya atau AS menuturkan bonus naik. "Rahasia," kata AS.'
    assert.is_not.equal("Arief Prasetya", speakers(other)[1])
  end)
  it("reads an outlet's capitals closing a name after a role, a comma after them, as the name's (JPU X AP,)", function()
    assert.equal("Rahmat AP", first_speaker("JPU Rahmat AP, mengatakan, pihaknya masih menyusun tuntutan."))
    -- not with a lower-case word after them: the agency relays
    local q = only('"Kami siap," kata Menteri Budi Santoso AP melaporkan.')
    assert.equal("AP", q.via)
  end)
  it("opens the name with a given name right after a council (Ketua DPRD Andi X)", function()
    assert.same({ "Andi Pratama" }, people("Ketua DPRD Andi Pratama membuka rapat paripurna."))
    assert.same({ "Muhammad Yusuf" }, people("Ketua DPRD Muhammad Yusuf membuka rapat paripurna."))
  end)
  it("knows the ministries of the 2024 cabinet by their short names", function()
    assert.same({ "Dewi Kartika" }, people("Juru bicara Kemenpar Dewi Kartika mengatakan jumlah wisatawan naik."))
    assert.same({ "Rudi Salim" }, people("Kepala Biro Humas Kemendikdasmen Rudi Salim mengatakan ujian dihapus."))
  end)
  it("reads 'kepada wartawan' between a speaker and the verb as whom it was told", function()
    local text = "Kapolres AKBP Dedi Kurnia, kepada wartawan mengatakan pelaku sudah ditahan."
    assert.equal("Dedi Kurnia", first_speaker(text))
    text = "Juru bicara Kemenpar, Dewi Kartika, kepada wartawan mengatakan bahwa data akan dirilis."
    assert.equal("Dewi Kartika", first_speaker(text))
  end)
  it("reads the colloquial 'bilang' before the words as it does after them", function()
    assert.same({ "direct", "Budi Hartono", "bilang" },
      (function(q) return { q.kind, q.speaker, q.cue } end)(only('Budi Hartono bilang, "Besok saya datang."')))
    local q = kimput.parse("Budi Hartono bilang pihaknya siap membantu."):quotes()
    assert.same({ "indirect", "Budi Hartono" }, { q[1] and q[1].kind, q[1] and q[1].speaker })
    assert.equal("Budi Hartono", only('"Besok saya datang," bilang Budi Hartono.').speaker)
  end)
  it("knows an untitled name told 'kepada wartawan' before the verb as a person", function()
    assert.equal("Budi Hartono", first_speaker("Budi Hartono, kepada wartawan mengatakan pihaknya siap membantu."))
    assert.equal("Budi Hartono", first_speaker("Budi Hartono kepada awak media menuturkan banjir datang tiba-tiba."))
    assert.equal("Budi Hartono",
      first_speaker("Salah satu warga, Budi Hartono, kepada wartawan mengatakan air naik sejak subuh."))
  end)
  it("calls a regional head by Bunda and her name", function()
    local q = only('Bupati Sinta Mayasari meninjau pasar. "Harga harus stabil," kata Bunda Sinta.')
    assert.equal("Sinta Mayasari", q.speaker)
  end)
  it("resolves a first name to the full name", function()
    local q = only('Wakil Ketua DPRD Sleman Prasetyo Nugroho hadir. "Kami mendukung," kata Prasetyo.')
    assert.equal("Prasetyo Nugroho", q.speaker)
  end)
  it("resolves a surname to the full name", function()
    local q = only('Menteri Keuangan Sri Wahyuni memaparkan APBN. "Defisit terjaga," ujar Wahyuni.')
    assert.equal("Sri Wahyuni", q.speaker)
  end)
  it("resolves two words of a full name when someone else shares one of them", function()
    local list = speakers('Gubernur Sukamaju Rahmat Hidayat Saleh meninjau jalan. Bupati Rahmat Sujono hadir. '
      .. '"Kami minta perbaikan segera," kata Rahmat Hidayat.')
    assert.same({ "Rahmat Hidayat Saleh" }, list)
    -- a given name opens the name after a regional office (no place of three unknown words)
    assert.same({ "Andi Mappa Tuo", "Andi Mappa Tuo" }, speakers('Bupati Andi Mappa Tuo meninjau jalan. '
      .. 'Bupati Andi Rahman hadir. "Kami minta perbaikan," kata Andi Mappa. "Segera," ujar Andi Mappa Tuo.'))
  end)
  it("gives a name met short first its full form once the text gives it", function()
    local list = speakers('"Belum ada hasil," kata Wahyu. Komisioner KPU Wahyu Setiadi menambahkan keterangan.')
    assert.same({ "Wahyu Setiadi" }, list)
  end)
  it("resolves a title alone to the person introduced with it", function()
    local list = speakers('Kapolres Bantul AKBP Irfan Hakim meninjau pos. "Situasi aman," kata Kapolres.')
    assert.same({ "Irfan Hakim" }, list)
  end)
  it("resolves a lower-case title alone after a cue to the person introduced with it", function()
    assert.same({ "Taufiq Wahyudi" }, speakers('Kepala Dinas Perhubungan Sleman, Taufiq Wahyudi, hadir. '
      .. '"Jalan ditutup sementara," kata kepala dinas.'))
    assert.same({ "Rizky Ananda" }, speakers('Jaksa Penuntut Umum Rizky Ananda membacakan tuntutan. '
      .. '"Terdakwa terbukti bersalah," kata jaksa.'))
    -- (the prosecutor's title without "Umum", or without "Jaksa")
    assert.same({ "Rizky Ananda" }, speakers('Jaksa Penuntut Rizky Ananda mengatakan tuntutan '
      .. 'disusun. "Kami minta waktu," ujar Rizky.'))
    assert.same({ "Rizky Ananda" }, speakers('"Kami minta waktu," kata Penuntut Umum Rizky Ananda.'))
    -- with nobody introduced so, the words stay the description
    assert.same({ "jaksa" }, speakers('"Terdakwa terbukti bersalah," kata jaksa.'))
  end)
  it("resolves ia, dia and beliau to the subject", function()
    assert.same({ "Nur Aini" }, speakers('Bupati Nur Aini menerima tamu dari Jakarta. "Kami siap," kata dia.'))
    assert.same({ "Nur Aini" }, speakers('Bupati Nur Aini menyapa Camat Ali. Beliau berkata: "Terima kasih."'))
  end)
  it("reads a person whose former or coming office opens the sentence as its subject (Mantan, Calon)", function()
    local text = '"Kami butuh kerja," kata Budi Hartono. Mantan Menteri Keuangan Rina Sari membantah tudingan itu. '
      .. '"Data kami jelas," ujarnya.'
    assert.same({ "Budi Hartono", "Rina Sari" }, speakers(text))
    text = '"Kami butuh kerja," kata Budi Hartono. Calon nomor urut 2, Siti Aminah, membantah tudingan itu. '
      .. 'Menurut dia, lapangan kerja sudah dibuka.'
    assert.equal("Siti Aminah", mention(text, "dia").name)
  end)
  it("prefers the subject over a person named later in the sentence before", function()
    local m = mention("Wali Kota Rudi Hartono menemui Ketua RT Sutrisno di balai warga. Ia lalu pulang.", "Ia")
    assert.equal("Rudi Hartono", m.name)
  end)
  it("resolves a description to the holder of its office there, past someone else of the place", function()
    local m = mention("Presiden Rusia Vladimir Putin berpidato. Juru bicara Kementerian Luar Negeri Rusia "
      .. "Maria Zakharova menambahkan keterangan. Presiden Rusia itu lalu pulang.", "Presiden Rusia itu")
    assert.equal("Vladimir Putin", m.name)
  end)
  it("resolves 'pemimpin X itu' to the one introduced as X's leader, past a minister of X named since", function()
    local m = mention("Presiden Rusia Vladimir Putin tiba di Beijing. Menteri Luar Negeri Rusia Sergei Lavrov "
      .. "mendampinginya. Pemimpin Rusia itu lalu berpidato.", "Pemimpin Rusia itu")
    assert.equal("Vladimir Putin", m.name)
    local q = only('Perdana Menteri Jepang Tanaka Hiroshi tiba. Menteri Luar Negeri Jepang Sato Kenji hadir. '
      .. '"Kami siap," kata Perdana Menteri Jepang.')
    assert.equal("Tanaka Hiroshi", q.speaker)
    -- a leader's title of two words is a title: the role is kept from the name
    local p = mention("Pemimpin Tertinggi Iran Ali Khamenei mengatakan siap berunding.",
      "Pemimpin Tertinggi Iran Ali Khamenei")
    assert.equal("Ali Khamenei", p.name)
  end)
  it("knows the epithets news writes for countries (Negeri Paman Sam, Negeri Beruang Merah)", function()
    local m = mention("Presiden Rusia Vladimir Putin tiba di Beijing. Presiden Negeri Beruang Merah itu disambut "
      .. "hangat.", "Presiden Negeri Beruang Merah itu")
    assert.equal("Vladimir Putin", m.name)
    m = mention("Warga Negeri Jiran antre di perbatasan.", "Negeri Jiran")
    assert.same({ "place", "Malaysia" }, { m.kind, m.name })
  end)
  it("reads descriptions of several lower-case words of their kind, and the holder set off after a bond", function()
    assert.equal("Ratna Kusuma", only('Pengamat politik Ratna Kusuma menyarankan jalan tengah. "Pemilih dirugikan," '
      .. "ucap guru besar ilmu politik itu.").speaker)
    assert.equal("Budi Hartono", only('Pengamat Budi Hartono menilai putusan itu keliru. "Hakim keliru," '
      .. "kata dosen hukum pidana itu.").speaker)
    -- the adviser of a known person, named after the comma, is the adviser
    local m = mention("Putin tiba. Hal itu disampaikan oleh penasihat kebijakan luar negeri Putin, Dmitri Sokolov, "
      .. "kepada wartawan.", "penasihat kebijakan luar negeri Putin, Dmitri Sokolov")
    assert.same({ "Dmitri Sokolov", "penasihat kebijakan luar negeri Putin" }, { m.name, m.title })
  end)
  it("keeps a site's name (Graha X) from becoming the longer name of X met before", function()
    local qs = quotes('Persikota meminta jadwal liga diubah. "Jadwalnya terlalu padat," kata Persikota dalam '
      .. "suratnya. Latihan digelar di Graha Persikota.")
    assert.equal("Persikota", qs[1].speaker)
  end)
  it("gives a description pointing back to the unnamed speaker before, not to a person in its words", function()
    local text = "Seorang pejabat Prancis mengatakan kepada AFP bahwa Presiden Maria Kowalska telah mengirim surat "
      .. 'kepada Lee Min Ho. "Presiden ingin melanjutkan dialog," kata pejabat yang enggan disebutkan namanya itu.'
    assert.equal("pejabat Prancis", only(text).speaker)
  end)
  it("lets an unnamed speaker told after a named person go on, by pronoun or by description", function()
    assert.equal("pejabat di Kementerian Luar Negeri", speakers('Presiden Ahmad Subagja meninjau pelabuhan. Seorang '
      .. 'pejabat di Kementerian Luar Negeri yang enggan disebut namanya membenarkan rencana itu. "Tunggu saja '
      .. 'pengumuman resmi," katanya.')[1])
    assert.equal("sumber di Istana", speakers('Presiden Ahmad Subagja meninjau pelabuhan. Seorang sumber di Istana '
      .. 'mengatakan ada tiga nama. Pejabat yang enggan disebut namanya itu menambahkan, "Tidak boleh ada '
      .. 'kekosongan."')[1])
  end)
  it("lets a person noun after a determiner, opening the sentence before a cue, go on by pronoun", function()
    -- someone new, unnamed: not the officer named before
    assert.equal("tetangga", speakers('Kompol Aditya Nugraha mengatakan penyidik memburu pelaku. "Sudah kami '
      .. 'tetapkan DPO," ujar Aditya. Seorang tetangga, yang enggan disebut namanya, mengaku sering melihat tamu '
      .. 'datang malam hari. "Tamunya ganti-ganti," katanya.')[2])
    assert.same({ "warga setempat", "warga setempat" }, speakers('Kepala Desa Sukamaju Budi Santoso hadir. Salah '
      .. 'seorang warga setempat juga mengatakan banjir datang tiap tahun. "Kami sudah biasa," ucapnya. '
      .. '"Yang penting selamat."'))
    -- a person named after it in its sentence still speaks
    assert.equal("Sumarni", speakers('Kompol Aditya Nugraha hadir. Seorang pedagang, Sumarni, mengaku rugi. '
      .. '"Kami rugi," tuturnya.')[1])
  end)
  it("reads a name set off after a description of kin opening the sentence, whatever verb follows", function()
    assert.same({ "Sutrisno", "Euis Rahmawati" }, speakers('"Setelah itu hilang kontak," kata Sutrisno. Ibu korban, '
      .. 'Euis Rahmawati, tak kuasa menahan tangis. "Saya cuma mau anak saya pulang," ucapnya lirih.'))
    -- a place set off so stays a place
    assert.same({}, people("Warga korban, Jawa Barat, tak kuasa menahan tangis."))
  end)
  it("reads an appositive role after a ranked name as that person's (Dr X, Direktur Y,)", function()
    assert.equal("Hendra Gunawan", only('Dr Hendra Gunawan, Direktur RSUD Sukamaju, menyebut rumah sakitnya '
      .. 'beroperasi dengan "kapasitas nyaris penuh".').speaker)
    assert.equal("Rina Marlina", only('Prof Rina Marlina, Dekan Fakultas Hukum Universitas Sukamaju, mengatakan, '
      .. '"Kami buka jalur baru."').speaker)
    -- and a later title of that office is that person
    assert.same({ "Hendra Gunawan", "Hendra Gunawan" }, speakers('dr Hendra Gunawan, Direktur RSUD Sukamaju, '
      .. 'mengatakan, "Kami kewalahan." "Pasien terus datang," kata Direktur RSUD itu.'))
  end)
  it("reads a titled name set off after a noun of a bond opening the sentence (Lawan Daud, petinju X,)", function()
    assert.equal("Jerwin Salazar", only('Lawan Daud, petinju Filipina Jerwin Salazar, menyebut Daud sebagai '
      .. '"legenda Asia".').speaker)
    assert.equal("Rudi Hartono", only('Rekan Budi, pelatih fisik Rudi Hartono, menambahkan, "Dia siap."').speaker)
  end)
  it("reads a description headed by a title of two words, an age inside it, as the person spoken of", function()
    assert.same({ "Rendra Wicaksono", "Rendra Wicaksono" }, speakers('Tunggal putra Indonesia, Rendra Wicaksono, '
      .. 'kalah di final. "Kaki saya berat," ujar Rendra. Pebulu tangkis berusia 26 tahun itu menambahkan, '
      .. '"Saya akan berlatih lagi."'))
    assert.equal("Marco Bellini", speakers('Pebalap Ducati, Marco Bellini, menang. Pebalap asal Italia itu '
      .. 'menambahkan, "Saya senang."')[1])
  end)
  it("reads a kind of place after a noun for a person opening the sentence as no person (Warga Kampung X)", function()
    assert.same({}, people('Warga Kampung Sukaraja menolak rencana itu.'))
    assert.same({ "Rina Wulandari" }, people('Warga Rina Wulandari menolak rencana itu.'))
  end)
  it("reads an untitled name past an aside, or set off after a determiner and a noun, as a person", function()
    assert.equal("Sanouk Vongsay", only('Sanouk Vongsay, di sisi lain, memuji "prestasi gemilang" rakyat Laos.')
      .speaker)
    assert.equal("Budi Santoso", only('Budi Santoso, dalam keterangan tertulis, menyebut langkah itu '
      .. '"sangat terlambat".').speaker)
    assert.equal("Rizal Fahmi", only('Seorang pedagang, Rizal Fahmi, membuka lapaknya pagi itu. '
      .. '"Sepi sekali," ujarnya.').speaker)
    -- a relative clause set off: the pronoun after it shows the name a person's (not a firm's: "Racing")
    assert.equal("Marco Bellini", only('Marco Bellini, yang kini membela Tim Merah, punya pandangan berbeda. '
      .. 'Ia menyebut tikungan 10 sebagai "titik paling berbahaya".').speaker)
    assert.is_nil(only('Gresini Racing, yang kini dibela Bellini, punya pandangan berbeda. Ia menyebut tikungan '
      .. '10 sebagai "titik paling berbahaya".').speaker)
  end)
  it("reads a relative named by one word after a noun of kin and whose relative (Istri Rasim, Karsini,)", function()
    assert.same({ "Rasim", "Karsini" }, speakers('Seorang nelayan, Rasim, mengaku rugi. "Sudah seminggu tidak ada '
      .. 'pemasukan," tutur Rasim. Istri Rasim, Karsini, menambahkan anak-anak mereka hampir putus sekolah. '
      .. '"Kami cuma bisa berdoa," ucapnya.'))
    assert.same({ "Sekar Ayu", "Ratna" }, speakers('Aktris Sekar Ayu membantah kabar itu. "Tidak benar," kata Sekar. '
      .. 'Ibunda Sekar, Ratna, mengaku sedih. "Anak saya tidak pantas diperlakukan begitu," ucapnya.'))
    -- a given name that is a word of kin, no apposition after it, stays the name's
    assert.same({ "Putri Handayani" }, speakers('Putri Handayani bernyanyi. "Saya senang," katanya.'))
    -- the relative is whom the sentence is about: the pronoun of the next sentence, not the one of the kin phrase
    local q = quotes('Presiden Lee Min Ho memuji kerja sama itu. Adik Lee, Lee Soo Jin, secara terpisah '
      .. 'mengeluarkan pernyataan. Ia menyebut latihan itu sebagai "provokasi berbahaya".')
    assert.same({ "partial", "Lee Soo Jin" }, { q[1].kind, q[1].speaker })
    -- so after a clause closed by a comma ("Namun,", "Pada Senin,"), when the one spoken of before is
    -- somebody else
    q = quotes('Pengusaha Park Min Jae ditahan pekan lalu. "Hubungan kami baik," kata Presiden Lee Min Ho. '
      .. 'Namun, adik Park, Park Soo Jin, membantah klaim itu. Dalam pernyataan yang dirilis Senin, ia menyebut '
      .. 'klaim itu "khayalan belaka".')
    assert.same({ "Lee Min Ho", "Park Soo Jin" }, { q[1].speaker, q[2].speaker })
  end)
  it("reads a name no list knows opening the main clause after a fronted one as the sentence's person", function()
    -- "Pada Sabtu pagi, X mendatangi ...": X, not the one named before, is whom "katanya" means
    assert.equal("Siti Aminah", only('Presiden Lee Min Ho tiba di Seoul. Pada Sabtu pagi, Siti Aminah mendatangi '
      .. 'kantor polisi. "Suami saya belum pulang," katanya.').speaker)
    -- (a police unit so placed is a body, no person: "Unit" heads an organisation's name)
    local doc = kimput.parse('Setelah menerima laporan, Unit Resmob menangkap dua pelaku di Ternate.')
    local kinds = {}
    for _, m in ipairs(doc:mentions()) do kinds[#kinds + 1] = m.kind end
    assert.same({ "org", "place" }, kinds)
  end)
  it("reads words quoted inside the writer's sentence as partial with a cue after them", function()
    local q = only('Lee Min Ho tidak menyebut Rahma sebagai "sahabat terdekat", kata analis Budi Santoso.')
    assert.same({ "partial", "Budi Santoso", "kata" }, { q.kind, q.speaker, q.cue })
    -- a phrase closed by a comma before the mark opens no sentence of the writer's
    q = only('Sementara itu, "kami siap," kata analis Budi Santoso.')
    assert.same({ "direct", "Budi Santoso" }, { q.kind, q.speaker })
  end)
  it("keeps words quoted inside the writer's sentence, closed by its stop, from the next sentence's cue", function()
    local q = only('Presiden Lee Min Ho mengundang Rahma ke Seoul "pada waktu yang tepat". Menurut kantor '
      .. 'kepresidenan, Rahma menerima undangan itu.')
    assert.same({ "partial", "Lee Min Ho" }, { q.kind, q.speaker })
    q = only('Lee Min Ho menyebut kemenangan itu sebagai "ungkapan kepercayaan rakyat". Ia berharap hubungan '
      .. 'kedua negara berkembang.')
    assert.same({ "partial", "Lee Min Ho", "menyebut" }, { q.kind, q.speaker, q.cue })
  end)
  it("gives a pronoun after 'X membantah.' (a cue closing its sentence) to X", function()
    assert.same({ "Bagas Hadi", "Rina Marlina" }, speakers('"Lawan akan kesulitan," ujar pengamat Bagas Hadi. '
      .. 'Wali Kota Sukamaju Rina Marlina disebut pernah bertemu Ketua Umum Partai Merdeka. Namun, Rina membantah. '
      .. '"Saya tidak pernah bertemu beliau," katanya.'))
  end)
  it("gives a pronoun after the writer's interview lead to the one interviewed", function()
    local qs = quotes('"Kami tidak ingin kejadian itu terulang," ujar Teddy Santoso. Kami berbincang dengan pelatih '
      .. 'Persikota, Bojan Hadi, di Bandung. "Tidak ada target lain," katanya.')
    assert.same({ "Teddy Santoso", "Bojan Hadi" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("gives a pronoun after a suspect's arrest told in the passive to the source who spoke before", function()
    local text = "Kapolres Blora AKBP Wawan Andi Susanto mengatakan pelaku sudah ditahan. Pelaku, Rudi Gunawan "
      .. '(25), ditangkap di rumah kerabatnya. "Kami masih mendalami pelaku lain," katanya.'
    assert.equal("Wawan Andi Susanto", only(text).speaker)
    -- who confesses speaks on
    text = 'Kapolres Blora AKBP Wawan Andi Susanto hadir. Tersangka, Rudi Gunawan (25), mengaku menyesal. "Saya '
      .. 'khilaf," katanya.'
    assert.equal("Rudi Gunawan", only(text).speaker)
  end)
  it("lets a pronoun show an untitled name opening a sentence before it a person's", function()
    assert.equal("Rina Handayani", only('Rina Handayani tak kuasa menahan tangis di depan bupati. "Saya mengajar '
      .. 'dari pagi sampai siang," katanya.').speaker)
    -- a person named since is the one meant, and a shop's name stays nobody
    assert.equal("Wawan Andi Susanto", only("Rina Handayani tak kuasa menahan tangis. Kapolres Blora AKBP Wawan Andi "
      .. 'Susanto hadir. "Kami amankan," katanya.').speaker)
    assert.is_nil(only('Warung Santoso ramai dikunjungi pembeli. "Harga naik," katanya.').speaker)
  end)
  it("gives the nickname told in a description with a title to the person holding that title", function()
    local qs = quotes("Sutradara Bayu Prakoso membagikan kabar itu. Dalam wawancara, sutradara yang akrab disapa "
      .. 'Bape itu mengatakan filmnya rampung. "Saya tumbuh dengan cerita itu," ujar Bape.')
    assert.equal("Bayu Prakoso", qs[1].speaker)
  end)
  it("reads a short name that is also a word of a unit's name as the person it begins (kata Sandi)", function()
    local qs = quotes('Menteri Sandiaga Uno berharap film nasional maju. "Ini bukti sineas kita mampu," kata Sandi.')
    assert.equal("Sandiaga Uno", qs[1].speaker)
  end)
  it("knows the words of regional offices' long names and the short names of regencies", function()
    for text, want in pairs({
      ['"Siap," kata Menteri Pendayagunaan Aparatur Negara dan Reformasi Birokrasi Rahmat Hidayat.'] = "Rahmat Hidayat",
      ['"Siap," kata Kepala Satuan Polisi Pamong Praja Sukabumi Dedi Kurnia.'] = "Dedi Kurnia",
      ['"Siap," kata Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Sukabumi Dedi Kurnia.'] =
        "Dedi Kurnia",
      ['"Rupiah melemah," kata Analis Pasar Uang Hendra Wijaya.'] = "Hendra Wijaya",
      ['"Siap," ucap Ketua DPRD Madina Rizal Efendi Lubis.'] = "Rizal Efendi Lubis",
      ['"Siap," ucap Ketua KPU Paluta Ahmad Rizal Siregar.'] = "Ahmad Rizal Siregar",
      ['"Pelaku sudah ditahan," kata Kabid Humas Polda Lampung Kombes Umi Kalsum.'] = "Umi Kalsum",
    }) do
      assert.equal(want, only(text).speaker, text)
    end
  end)
  it("reads a name that a famous person's name opens and a word no list knows goes on as somebody else's", function()
    assert.equal("Sri Mulyani Rahayu", only('"Klien kami tidak bersalah," kata pengacara Sri Mulyani Rahayu.').speaker)
    assert.equal("Joko Widodo Saputra", only('"Kami siap," kata warga bernama Joko Widodo Saputra.').speaker)
    assert.equal("Retno Wulan", only('"Jalan desa sudah diperbaiki," ujar Kepala Desa Sukamaju, Retno Wulan.').speaker)
    assert.equal("Gibran Saputra", only('"Jalan desa sudah diperbaiki," ujar Kades Sukamaju, Gibran Saputra.').speaker)
    -- the famous person still, before a date, after a title, or in a headline's title case
    assert.equal("Sri Mulyani Indrawati", only('"Defisit aman," kata Sri Mulyani Rabu (12/6).').speaker)
    assert.equal("Sri Mulyani Indrawati", mention("Sri Mulyani Mundur", "Sri Mulyani").name)
    assert.equal("Joko Widodo", mention("Joko Widodo Tiba di Bogor", "Joko Widodo").name)
    -- opening its sentence in title case, set off by a comma and a lower-case word, or an age
    assert.equal("Joko Widodo Hartono", first_speaker("Panen gagal. Ketua Kelompok Tani Subur, Joko Widodo "
      .. "Hartono, mengatakan hama menyerang."))
    assert.equal("Sri Mulyani Lestari",
      first_speaker("Panen gagal. Sri Mulyani Lestari (47) mengatakan hama menyerang."))
    assert.equal("Sri Mulyani Indrawati", mention("Sri Mulyani Mundur, Pasar Bereaksi", "Sri Mulyani").name)
  end)
  it("reads an outlet no list holds whose name a place opens after a relaying cue", function()
    local q = only('"Kami tidak akan melupakan sambutan itu," ujar Kim Jong Un, seperti dilaporkan '
      .. "Vietnam News Agency.")
    assert.same({ "Kim Jong Un", "Vietnam News Agency" }, { q.speaker, q.via })
    -- a place then an acronym alone: the place says whose outlet the acronym is
    q = only('"Hubungan kita erat," ujar Kim Jong Un, seperti dilansir kantor berita Laos KPL.')
    assert.same({ "Kim Jong Un", "KPL" }, { q.speaker, q.via })
  end)
  it("reads a body's own site after a relaying cue as the via", function()
    local q = only('"Kami siap membantu," kata Vladimir Putin, seperti dikutip laman resmi Kremlin.')
    assert.same({ "Vladimir Putin", "Kremlin" }, { q.speaker, q.via })
    -- a body named after the cue with no site is no outlet
    assert.is_nil(only('"Kami siap membantu," kata Vladimir Putin, seperti dikutip Kremlin.').via)
  end)
  it("takes no via from a relaying word inside the words quoted", function()
    local q = only('"Sampai kini tidak ada laporan WNI menjadi korban," kata Direktur Pelindungan WNI Judha Nugraha.')
    assert.same({ "Judha Nugraha" }, { q.speaker, q.via })
    q = only('"Berita yang dilansir BBC itu keliru," kata Menteri Budi Santoso, seperti dikutip Reuters.')
    assert.same({ "Budi Santoso", "Reuters" }, { q.speaker, q.via })
  end)
  it("takes no via from the sentence after a quote that ends before its stop", function()
    local q = only('Kim Jong Un menyebut hubungan kedua negara memasuki "babak persahabatan baru". '
      .. "KCNA melaporkan isi surat itu pada Kamis.")
    assert.same({ "Kim Jong Un", "partial" }, { q.speaker, q.kind })
    assert.is_nil(q.via)
    -- an attribution the splitter left in the next sentence still relays
    q = only('"Kami siap membantu." — Vladimir Putin, seperti dikutip TASS.')
    assert.same({ "Vladimir Putin", "TASS" }, { q.speaker, q.via })
    -- and a recap after the quote with the agency relaying it reports no words of its own
    local qs = kimput.parse('"Itu kabar bohong". Begitu kata Kapolres Bogor AKBP Rio Wahyu, seperti dikutip '
      .. "ANTARA."):quotes()
    assert.equal(1, #qs)
    assert.same({ "direct", "Rio Wahyu", "ANTARA" }, { qs[1].kind, qs[1].speaker, qs[1].via })
  end)
  it("reads the owner of a statement put out on its site, and of 'pernyataan tersebut' told before", function()
    local qs = kimput.parse("Menurut pernyataan yang diunggah di laman resmi Kremlin, kedua pemimpin membahas "
      .. "kerja sama energi."):quotes()
    assert.same({ "indirect", "Kremlin" }, { qs[1].kind, qs[1].speaker })
    -- a place after a description is still no speaker
    assert.equal("buruh", only('"Kami menuntut upah layak," kata para buruh di depan gedung DPR.').speaker)
    local q = only('Kementerian Pertanian merilis pernyataan pada Kamis. "Stok beras aman hingga akhir tahun," '
      .. "bunyi pernyataan tersebut.")
    assert.same({ "Kementan", "bunyi pernyataan" }, { q.speaker, q.cue })
    q = only('Kapolres Bogor AKBP Rio Wahyu menjelaskan kronologi kejadian. "Pelaku sudah kami amankan," '
      .. "demikian isi keterangan tersebut.")
    assert.same({ "Rio Wahyu", "demikian isi keterangan" }, { q.speaker, q.cue })
  end)
  it("takes no recipient of a text for its owner, and no text for a speaker", function()
    local q = only('Kementerian Perhubungan menyiapkan 40 kereta tambahan. "Penumpang diminta datang lebih awal," '
      .. "tulis keterangan pers yang diterima Kabar.com, Senin.")
    assert.same({ "Kemenhub" }, { q.speaker })
    q = only('"Pelaku sudah ditahan," tulis keterangan resmi Polda Metro Jaya yang diterima wartawan, Senin.')
    assert.same({ "Polda Metro Jaya" }, { q.speaker })
    q = only('"Kami siap," kata Budi Santoso dalam keterangan tertulis yang diterima Kabar.com, Senin.')
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    -- a text received, its owner unnamed, reports nobody's words
    assert.same({}, kimput.parse("Menurut keterangan tertulis yang diterima wartawan, harga gula stabil."):quotes())
    assert.same({}, kimput.parse("Menurut data yang diterima Kabar.com, korban mencapai 200 orang."):quotes())
  end)
  it("knows monarchs by their title and name (Sultan Ibrahim is not Anwar Ibrahim)", function()
    local text = 'Perdana Menteri Malaysia Anwar Ibrahim turut hadir. "Vietnam sahabat lama kami," '
      .. "titah Sultan Ibrahim."
    assert.equal("Sultan Ibrahim", only(text).speaker)
    assert.equal("Charles III", mention("Raja Charles tiba di London.", "Raja Charles").name)
  end)
  it("knows the English spellings of countries news also writes (Chile, Colombia, Ecuador)", function()
    for _, country in ipairs({ "Chile", "Colombia", "Ecuador" }) do
      local m = mention("Presiden " .. country .. " Ana Morales menelepon Presiden Meksiko.",
        "Presiden " .. country .. " Ana Morales")
      assert.same({ "Ana Morales", "Presiden " .. country }, { m.name, m.title })
    end
  end)
  it("resolves a description by role and country", function()
    local m = mention("Presiden Rusia Vladimir Putin berpidato. Pidato pemimpin Rusia itu singkat.",
      "pemimpin Rusia itu")
    assert.equal("Vladimir Putin", m.name)
  end)
  it("gives famous people their canonical name", function()
    assert.equal("Kim Jong Un", mention("Pemimpin Korut Kim Jong-un tiba di Vladivostok.",
      "Pemimpin Korut Kim Jong-un").name)
  end)
  it("knows a famous person written with a middle part", function()
    assert.equal("Joko Widodo", mention("Presiden Joko S. Widodo membuka pameran.", "Presiden Joko S. Widodo").name)
  end)
  it("keeps the same entity number for every mention of one person", function()
    local doc = kimput.parse("Direktur Utama Ratih Dewi tiba. Ratih lalu berpidato. Ia tersenyum.")
    local ids = {}
    for _, m in ipairs(doc:mentions()) do ids[#ids + 1] = m.entity end
    assert.equal(3, #ids)
    assert.equal(ids[1], ids[2])
    assert.equal(ids[1], ids[3])
  end)
  it("does not merge two people who share a first name", function()
    local doc = kimput.parse("Camat Budi Santoso hadir. Lurah Budi Hartono juga hadir.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do names[#names + 1] = m.name end
    assert.same({ "Budi Santoso", "Budi Hartono" }, names)
  end)
  it("stays linear on a long document with many people", function()
    -- (3000 people with names of their own: a number spelled in letters, no word of a name has a digit)
    local function letters(i)
      return (("%04d"):format(i):gsub("%d", function(d) return ("abcdefghij"):sub(d + 1, d + 1) end))
    end
    local parts = {}
    for i = 1, 3000 do
      local n = letters(i)
      parts[#parts + 1] = ("Kepala Desa Warga%s Sukamaju%s hadir. \"Siap,\" kata Warga%s."):format(n, n, n)
    end
    local qs = kimput.parse(table.concat(parts, "\n")):quotes()
    assert.equal(3000, #qs)
    assert.equal("Wargadaaa Sukamajudaaa", qs[3000].speaker)
  end)
end)

describe("attribution", function()
  it("gives a statement over two lines, the second with no opening mark, to the cue after it", function()
    assert.same({ "Listyo Wibowo", "Listyo Wibowo" },
      speakers('"Kasus ini kami usut sampai tuntas.\nTidak ada yang kebal hukum," kata Kapolda Listyo Wibowo.'))
  end)
  it("reads a passive reporting verb after a quote with its agent ('demikian disampaikan X')", function()
    local q = only('"Kami tidak akan mundur," demikian disampaikan Sapta Wirawan.')
    assert.same({ "Sapta Wirawan", "disampaikan" }, { q.speaker, q.cue })
    assert.same({ "Sapta Wirawan" },
      speakers('Menhan Sapta Wirawan hadir. "Kami tidak akan mundur," demikian disampaikannya.'))
    assert.same({ "Sapta" }, speakers('"Kami tidak akan mundur," demikian pernyataan Sapta.'))
  end)
  it("leaves a preposition after a bare title out of the unnamed speaker (kata Menhan dalam ...)", function()
    assert.same({ "Menhan" }, speakers('"Kami tidak akan mundur," kata Menhan dalam keterangan tertulisnya.'))
  end)
  it("reads a name set off by commas after a description (Kakak korban, Rudi, menuturkan)", function()
    local q = kimput.parse("Kakak korban, Rudi, menuturkan adiknya pendiam."):quotes()
    assert.same({ "indirect", "Rudi" }, { q[1].kind, q[1].speaker })
    assert.same({ "Andi Wijaya" }, speakers('"Klien kami tidak bersalah," kata kuasa hukumnya, Andi Wijaya.'))
    -- a description closed by a body and its acronym
    assert.same({ "Rina Marlina" }, speakers('"Pengungsi butuh air," ujar relawan dari Aksi Peduli Sesama (APS), '
      .. "Rina Marlina."))
    -- "keduanya", "kakaknya": who is told elsewhere, no description
    assert.same({ "nil" }, speakers('Rapat berakhir. "Kami sepakat," kata keduanya kompak.'))
    -- after a pair named with their titles, either speaks for both: the latter, as "kedua pejabat itu" gives
    local text = "Ketua DPRD Sukamaju Arif Budiman dan Wakil Ketua DPRD Sri Lestari menerima warga. "
    assert.same({ "Sri Lestari" }, speakers(text .. '"Kami siap," kata keduanya.'))
    assert.same({ "Sri Lestari" }, speakers(text .. 'Keduanya mengatakan, "Kami siap."'))
    assert.same({ "Sri Lestari" }, speakers(text .. '"Kami siap," ujar mereka berdua.'))
    assert.same({ "Sri Lestari" }, speakers(text .. '"Kami siap," tutur kedua pejabat itu.'))
    -- a group of more, or of people unnamed, is nobody
    assert.same({ "nil" }, speakers(text .. 'Para pedagang mengeluh. "Kami rugi," ujar mereka.'))
    -- the clause may go on after the name's comma
    assert.same({ "Waginah" }, speakers('"Air naik cepat," kata seorang warga, Waginah, yang rumahnya terendam.'))
    assert.same({ "Karsini" }, speakers('"Pembeli sepi," ujar pedagang sayur, Karsini, saat ditemui di pasar.'))
  end)
  it("never reads a place set off by commas after another place as a person", function()
    local doc = kimput.parse("Kapolsek saat ditemui di Kecamatan Sukaraja, Cilacap, mengatakan pelaku kabur.")
    for _, m in ipairs(doc:mentions()) do
      if m.text == "Cilacap" then assert.are.equal("place", m.kind) end  -- a known regency, never a person
    end
  end)
  it("gives 'bunyi surat tersebut' to the person said to send the letter before", function()
    assert.same({ "Lee Min Ho" }, speakers("Presiden Lee Min Ho mengirimkan sepucuk surat kepada Rahma. "
      .. '"Kita akan terus bersama," bunyi surat tersebut seperti dikutip Kantor Berita Nusa.'))
    assert.same({ "nil" }, speakers('Rahma menerima surat. "Kita akan terus bersama," bunyi surat tersebut.'))
    -- a greeting card is written too
    assert.same({ "Lee Min Ho" }, speakers("Rahma menerima kartu ucapan dari Presiden Lee Min Ho pada Senin. "
      .. '"Rakyat kami bersama Anda," bunyi kartu ucapan tersebut.'))
    -- one who wrote to someone, or whom a fronted "Dalam suratnya," names
    assert.same({ "Lee Min Ho" }, speakers('Presiden Lee Min Ho menyurati Rahma. "Kita bersahabat," bunyi surat '
      .. 'tersebut.'))
    assert.same({ "Lee Min Ho" }, speakers('Dalam suratnya, Lee Min Ho menulis bahwa kerja sama penting. '
      .. '"Kita bersahabat," bunyi surat tersebut.'))
    assert.same({ "nil" }, speakers('Usai membaca surat, Rahma tersenyum. "Kita bersahabat," bunyi surat tersebut.'))
  end)
  it("reads 'demikian isi pesan X' and 'Surat X berbunyi:' as X's words", function()
    assert.same({ "Lee Min Ho" }, speakers('"Kita akan terus bersama," demikian isi pesan Presiden Lee Min Ho.'))
    assert.same({ "Lee Min Ho" }, speakers('Surat Presiden Lee Min Ho berbunyi: "Kita akan terus bersama."'))
    -- a body's written statement
    assert.same({ "Kementerian Perikanan" }, speakers('Menteri Budi Hartono hadir. "Stok ikan aman," '
      .. 'demikian keterangan tertulis Kementerian Perikanan.'))
    -- its owner after "dari", and an announcement or a release put out
    assert.same({ "Kementerian Perikanan" }, speakers('"Stok ikan aman," demikian keterangan tertulis dari '
      .. "Kementerian Perikanan."))
    assert.same({ "Kedutaan Besar Jepang" }, speakers('"Kedua menteri membahas kerja sama," rilis dari Kedutaan '
      .. "Besar Jepang di Jakarta yang diterima wartawan."))
    assert.same({ "Pengadilan Tinggi Medan" }, speakers('"Kantor ditutup untuk umum," demikian bunyi pengumuman di '
      .. "laman Pengadilan Tinggi Medan, Kamis (2/4/2020)."))
    -- (a place after "dari" with no text before it stays a place)
    assert.same({ "sumber dari Jakarta" }, speakers('"Kami siap," kata sumber dari Jakarta.'))
  end)
  it("reads 'demikian penjelasan X' and the other nouns of someone's words after 'demikian' as X's", function()
    assert.same({ "Budi Hartono" }, speakers('"Pencarian berlanjut besok pagi," demikian penjelasan Kapolres '
      .. "Garut AKBP Budi Hartono."))
    assert.same({ "Budi Hartono" }, speakers('"Saya menyesal," demikian pengakuan Budi Hartono di depan penyidik.'))
    assert.same({ "Budi Hartono" }, speakers('Menteri Budi Hartono hadir. "Jaga kebersihan," demikian imbauan '
      .. "Menteri Budi Hartono."))
    assert.same({ "warga" }, speakers('"Semoga jalan segera diperbaiki," demikian harapan warga.'))
  end)
  it("never takes a roman numeral of a commission for a two-letter name (Komisi XI is not Xi)", function()
    assert.same({ "Rina Byarwati" },
      speakers('"Kami menunggu hasil audit," kata anggota Komisi XI DPR dari Fraksi Maju, Rina Byarwati.'))
  end)
  it("reads a one-word name after a body's acronym when a cue follows it", function()
    local q = kimput.parse("Senada, Wakil Ketua Komisi III DPR Habibullah menilai langkah itu tepat."):quotes()
    assert.same({ "indirect", "Habibullah" }, { q[1].kind, q[1].speaker })
  end)
  it("never takes 'Demikian' or 'Senada' opening a sentence for a speaker", function()
    assert.same({ "Rio Anggoro" }, speakers('"Kami berkomitmen menuntaskan kasus ini." '
      .. "Demikian disampaikan Kapolres Bogor AKBP Rio Anggoro."))
  end)
  it("reads a quote after 'Ia melanjutkan,' as the person's direct words", function()
    local q = quotes('Kapolres Bogor AKBP Rio Anggoro hadir. Ia melanjutkan, "Pelaku sudah kami tahan."')
    assert.same({ "direct", "Rio Anggoro", "melanjutkan" }, { q[1].kind, q[1].speaker, q[1].cue })
  end)
  it("reads 'Menurutnya,' opening a sentence as the person just named", function()
    local q = kimput.parse("Gubernur Bank Sentral Hadi Wijaya menyebut inflasi terkendali. "
      .. "Menurutnya, nilai tukar rupiah stabil."):quotes()
    assert.equal(2, #q)
    assert.same({ "indirect", "Hadi Wijaya", "nilai tukar rupiah stabil." }, { q[2].kind, q[2].speaker, q[2].text })
  end)
  it("reads 'Menurut mantan Kapolres X itu,' as the person described, and the words after it", function()
    local q = kimput.parse("Kapolresta Sukamaju Kombes Pol Hendra Tobing menggelar jumpa pers. "
      .. "Menurut mantan Kapolres Lembah itu, pelaku menyasar motor di depan minimarket."):quotes()
    assert.same({ "indirect", "Hendra Tobing", "pelaku menyasar motor di depan minimarket." },
      { q[1].kind, q[1].speaker, q[1].text })
    q = kimput.parse("Politikus Partai Merdeka Bambang Sulistyo hadir. "
      .. "Menurut politikus berusia 52 tahun tersebut, aturan itu tidak adil."):quotes()
    assert.same({ "Bambang Sulistyo", "aturan itu tidak adil." }, { q[1].speaker, q[1].text })
    -- a place of two or three words no list knows, closed by itu: a description, no person
    assert.same({ "Fadli Rahman", "Fadli Rahman" }, speakers('Ketua Umum PBSI Fadli Rahman mengatakan, "Atlet '
      .. 'harus fokus."\n"Target kami emas," imbuh mantan Kapolda Lembah Raya itu.'))
  end)
  it("reads a description opening the clause before the cue as the person spoken of before", function()
    -- a body or a place inside the description is part of it, never the speaker
    assert.equal("Rina Kusumawati", speakers('Menteri Keuangan Rina Kusumawati menggelar jumpa pers. Mantan pejabat '
      .. 'Bank Dunia itu menegaskan, "Defisit tetap terjaga."')[1])
    assert.equal("Hendra Tobing", speakers('Kasat Lantas AKBP Hendra Tobing meninjau lokasi. Perwira menengah Polri '
      .. 'itu menambahkan, "Kami tindak tegas."')[1])
    assert.equal("Rina Kusumawati", speakers('Menteri Keuangan Rina Kusumawati hadir. Lulusan Institut Teknologi '
      .. 'Sukamaju (ITS) tersebut mengatakan, "Rupiah menguat."')[1])
    assert.equal("Bagus Wiranto", speakers('Panglima TNI Jenderal Bagus Wiranto meninjau pos. Jenderal bintang empat '
      .. 'itu pun menegaskan, "Kami tidak mundur."')[1])
    -- what an artist is known as, a title in marks inside it, before the cue or after it
    assert.equal("Dimas Pratama", speakers('Penyanyi Dimas Pratama kembali naik panggung. Pelantun lagu "Hujan '
      .. 'Bulan Juni" itu menambahkan, "Saya bersyukur."')[1])
    assert.equal("Dimas Pratama", speakers('Penyanyi Dimas Pratama kembali naik panggung. "Saya bersyukur," kata '
      .. 'pelantun lagu "Hujan Bulan Juni" itu.')[1])
    assert.equal("Sekar Ayu", speakers('Aktris Sekar Ayu membintangi film baru. "Saya gugup," ujar pemeran film '
      .. '"Senja" tersebut.')[1])
    -- a determiner opens new speakers; one the description names itself is that one
    local q = kimput.parse("Kapolres Sukamaju AKBP Edi Santoso memeriksa empat remaja. Para remaja ini pun menyebut "
      .. "bahwa mereka berteman."):quotes()
    for _, x in ipairs(q) do assert.is_not.equal("Edi Santoso", x.speaker) end
  end)
  it("keeps the reporter of words that report someone else's, and gives the next 'katanya' to the reporter",
    function()
      -- "X mengatakan Y menyatakan ...": Indonesian leaves out "bahwa"; X reports, Y is inside the words
      local q = kimput.parse('Hakim Dewi Kartika mengatakan saksi Andi Saputra menyatakan lupa. "Sidang kami '
        .. 'tunda pekan depan," katanya.'):quotes()
      assert.same({ "indirect", "Dewi Kartika", "mengatakan", "saksi Andi Saputra menyatakan lupa." },
        { q[1].kind, q[1].speaker, q[1].cue, q[1].text })
      assert.same({ "direct", "Dewi Kartika" }, { q[2].kind, q[2].speaker })
      -- an opening "Menurut X," frames a cue after its comma too
      q = kimput.parse('Menurut Konsul Jenderal Rudi Hartanto, Perdana Menteri Aru Tanaka berjanji datang. '
        .. '"Kami siapkan jamuannya," ujarnya.'):quotes()
      assert.same({ "Rudi Hartanto", "menurut", "Perdana Menteri Aru Tanaka berjanji datang." },
        { q[1].speaker, q[1].cue, q[1].text })
      assert.equal("Rudi Hartanto", q[2].speaker)
      -- and so does "Menurutnya,"
      q = kimput.parse("Direktur Eksekutif SDR Budi Purwanto tidak sependapat. Menurutnya, Bulog harus menjelaskan "
        .. "secara rinci."):quotes()
      assert.same({ "Budi Purwanto", "menurutnya", "Bulog harus menjelaskan secara rinci." },
        { q[1].speaker, q[1].cue, q[1].text })
    end)
  it("gives the words to the person named, not to a body named in a phrase of place or time after the name",
    function()
      assert.equal("Lestari Wulandari", only('Wakil Ketua Ombudsman Lestari Wulandari di Gedung Graha Ombudsman RI '
        .. 'menjelaskan, "Laporan itu kami tindak lanjuti."').speaker)
      assert.equal("Arif Budiman", only('Menteri Perdagangan Arif Budiman saat rapat Komisi VI DPR mengatakan, '
        .. '"Harga gula kami pantau."').speaker)
      -- nor one named in a relative clause after the name
      assert.equal("Sri Handayani", only('Bupati Lembah Hijau Darto Wibisono meninjau pasar. Kepala Dinas Pasar Sri '
        .. 'Handayani yang mendampingi Bupati mengatakan, "Kios akan kami tata."').speaker)
      -- a comma ends the phrase: the subject follows it
      assert.equal("Arif Budiman", first_speaker("Dalam suratnya yang dikirim pada Selasa, Menteri Perdagangan "
        .. "Arif Budiman mengungkapkan harapan agar harga stabil."))
    end)
  it("gives 'ujar sumber tersebut' to the unnamed speaker just quoted, not to a person named before", function()
    local q = quotes('Kanselir Friedrich Merz menilai Eropa harus bersatu. Seorang pejabat senior Uni Eropa yang '
      .. 'enggan disebut namanya mengatakan, "Kami menyiapkan sanksi baru." "Itu tidak mudah," ujar sumber tersebut.')
    assert.equal("pejabat senior Uni Eropa", q[1].speaker)
    assert.equal("pejabat senior Uni Eropa", q[2].speaker)
    -- a person named after the unnamed speaker is the one meant
    q = quotes('Seorang pejabat kementerian mengatakan, "Kami siap." Menteri Sugiono juga hadir. '
      .. '"Ini penting," ujar politikus berusia 60 tahun itu.')
    assert.equal("Sugiono", q[2].speaker)
  end)
  it("reads 'Ia menambahkan, X menyampaikan ...' as the pronoun's words, not X's", function()
    local q = kimput.parse('"Proyek ini selesai tahun depan," kata Kepala Dinas PU Joko Santoso. '
      .. "Ia menambahkan, Bupati Sleman menyampaikan dukungan penuh bagi proyek itu."):quotes()
    assert.same({ "indirect", "Joko Santoso", "menambahkan" }, { q[2].kind, q[2].speaker, q[2].cue })
    assert.equal("Bupati Sleman menyampaikan dukungan penuh bagi proyek itu.", q[2].text)
  end)
  it("reads a two-letter unit after 'Dinas' as the unit's name, not initials", function()
    assert.equal("Joko Santoso", only('"Jalan itu diperbaiki bulan ini," kata Kepala Dinas PU Joko Santoso.').speaker)
    assert.equal("Joko Santoso", only('"Jalan itu diperbaiki," kata Kepala Dinas PU Sleman Joko Santoso.').speaker)
    assert.equal("RZ Panca Putra", only('"Kami siaga," kata Kapolda Sumut Irjen RZ Panca Putra.').speaker)
  end)
  it("strips a unit's number and an officer's corps from military titles", function()
    assert.equal("Asep Sunandar", only('"Tidak ada korban," sebut Danramil 0618 Kapten Inf Asep Sunandar.').speaker)
    assert.equal("Asep Sunandar",
      only('"Tidak ada korban," sebut Dandim 0618/Cianjur Letkol Inf Asep Sunandar.').speaker)
    assert.equal("Dedi Kurnia", only('"Jalur aman," kata Danyon 305 Mayor Czi Dedi Kurnia.').speaker)
    assert.equal("Rudi Hartono",
      only('"Pesawat siap," ujar Danlanud Sultan Hasanuddin Marsma TNI Rudi Hartono.').speaker)
    -- the unit's number after the office written out, then its place and the officer's rank
    assert.equal("Asep Sunandar",
      only('"Tidak ada korban," sebut Komandan Kodim 0618 Cianjur Letkol Inf Asep Sunandar.').speaker)
    assert.equal("Asep Sunandar",
      only('"Tidak ada korban," sebut Komandan Korem 061/Suryakencana Kolonel Inf Asep Sunandar.').speaker)
    -- a military region's numeral and name
    assert.equal("Dedi Kurnia", only('"Latihan lancar," kata Pangdam IV/Diponegoro Mayjen TNI Dedi Kurnia.').speaker)
    assert.equal("Rudi Hartono",
      only('"Latihan lancar," kata Pangdam I/Bukit Barisan Letjen TNI Rudi Hartono.').speaker)
  end)
  it("takes the regency after an office of a region's government, court or police written out", function()
    assert.equal("Agus Salim", only('"Anggaran cukup," tutur Sekretaris Daerah Banyuwangi Agus Salim.').speaker)
    assert.equal("Ahmad Yani", only('"Berkas lengkap," kata Kepala Kejaksaan Negeri Sleman Ahmad Yani.').speaker)
    assert.equal("Ahmad Yani",
      only('"Pelaku ditahan," kata Kepala Kepolisian Resor Sleman AKBP Ahmad Yani.').speaker)
    assert.equal("Rudi Hartono",
      only('"Rapat digelar besok," kata Asisten Pemerintahan Setda Banyuwangi Rudi Hartono.').speaker)
    -- the army's commands written out take their unit's number and place as Kodim does
    assert.equal("Budi Santoso",
      only('"Kami siap," kata Komandan Distrik Militer 0611 Garut Letkol Inf Budi Santoso.').speaker)
  end)
  it("knows the regencies and cities regional news names after a body, and three-word names", function()
    assert.equal("Amalia Adininggar Widyasanti",
      only('"Inflasi terkendali," ujar Plt Kepala BPS Amalia Adininggar Widyasanti.').speaker)
    assert.equal("Dian Hasanudin", only('"Rekapitulasi dimulai besok," kata Ketua KPU Garut Dian Hasanudin.').speaker)
    assert.equal("Ahmad Nurul Syahid",
      only('"Laporan kami kaji," ujar Ketua Bawaslu Garut Ahmad Nurul Syahid.').speaker)
    assert.equal("Hasyim Asyari", only('"Rekapitulasi dimulai besok," kata Ketua KPU Hasyim Asyari.').speaker)
    -- the branch's regency closes an acronym's body: the one word after it is the name
    assert.equal("Hendri", only('"Kami takut melaut," kata Ketua HNSI Natuna Hendri.').speaker)
    assert.equal("Mawahib", only('"Kami solid," kata Ketua DPC PKB Kudus Mawahib.').speaker)
    assert.equal("Tessa Mahardika Sugiarto",
      only('"Berkas sudah lengkap," kata juru bicara KPK Tessa Mahardika Sugiarto.').speaker)
  end)
  it("reads a regency opening a person's name as the name, there and when it comes back alone", function()
    assert.equal("Tuban Sitompul", only('Tuban Sitompul, warga Medan, mengatakan, "Air belum mengalir."').speaker)
    assert.equal("Tuban Sitompul", only('"Air belum mengalir," kata Tuban Sitompul, warga Medan.').speaker)
    assert.equal("Intan Jaya Putri", only('"Saya senang," kata Intan Jaya Putri, mahasiswi Unpad.').speaker)
    -- a headline's capitals are no name: the place stays a place
    for _, m in ipairs(kimput.parse("Kudus Gelar Festival Kretek\nBupati menghadiri festival."):mentions()) do
      assert.are_not.equal("person", m.text:match("^Kudus") and m.kind)
    end
    -- after a plain noun, the place says whose: "warga Kudus" and the name after it
    assert.equal("Budi Santoso", only('Seorang warga Kudus Budi Santoso mengatakan, "Kami kebanjiran."').speaker)
    assert.equal("Kendal Marbun",
      only('Kendal Marbun lahir di Kendal. "Saya rindu kampung," tutur Kendal dalam wawancara.').speaker)
    local doc = kimput.parse("Warga Kudus, Sinta, menolak. Kudus kini siaga banjir.")
    for _, m in ipairs(doc:mentions()) do
      if m.text == "Kudus" then assert.are.equal("place", m.kind) end
    end
  end)
  it("never takes a known person named in a road's or a building's name as a person", function()
    local q = quotes('Petugas menutup Tol Layang MBZ pada Senin malam. Ia mengatakan, "Arus dialihkan."')
    assert.is_nil(q[1].speaker)
    q = quotes('Presiden Mohamed bin Zayed tiba di Jakarta. "Kami bersahabat," kata MBZ.')
    assert.equal("Mohamed bin Zayed", q[1].speaker)
  end)
  it("gives a person named by one word the full name an earlier sentence gave with no title", function()
    assert.equal("Bruno Moreira",
      only('Gol kedua dicetak Bruno Moreira pada menit ke-78. "Gol ini untuk suporter," tutur Bruno.').speaker)
    assert.equal("Rina Lestari",
      only('Bantuan diterima Rina Lestari kemarin. "Bantuan itu sudah habis," kata Lestari.').speaker)
    -- two names with the word: it tells nothing
    assert.equal("Bruno", only('Gol dicetak Bruno Moreira dan Bruno Silva. "Gol ini untuk suporter," tutur Bruno.')
      .speaker)
    -- a sentence's first words are a name when a verb follows them, not a noun and a name
    assert.equal("Wahyu Mijaya", only('Wahyu Mijaya meninjau sekolah. "Semua aman," pungkas Wahyu.').speaker)
    assert.equal("Santoso", only('Warung Santoso ramai pembeli. "Laris," kata Santoso.').speaker)
  end)
  it("makes two words no list knows opening a sentence before a prefixed verb a person", function()
    assert.same({ "Rendra Mahesa" }, people("Rendra Mahesa menjuarai lomba lari."))
    -- the given name alone later is that person
    assert.same({ "Rendra Mahesa", "Rendra Mahesa" },
      people("Rendra Mahesa menjuarai lomba lari. Sehari kemudian, Rendra mengunjungi sekolahnya."))
    -- not a shop, a mountain, a firm or a team
    assert.same({}, people("Warung Santoso menjual nasi murah."))
    assert.same({}, people("Gunung Lawuta mengeluarkan awan panas."))
    assert.same({}, people("Sinar Jaya Motor meluncurkan bus baru."))
    assert.same({}, people("Kopi Senja membuka gerai baru."))
  end)
  it("reads a title alone as whom it introduced alone, before one named with another country", function()
    assert.equal("Prabowo Subianto", only('Presiden Prabowo Subianto bertemu Presiden Filipina Ferdinand Marcos Jr. '
      .. '"Kita bersahabat," kata Presiden.').speaker)
    -- when every holder came with a country, the latest
    assert.equal("Xi Jinping", only('Presiden Rusia Vladimir Putin bertemu Presiden China Xi Jinping. '
      .. '"Kita bersahabat," kata Presiden.').speaker)
  end)
  it("reads the place after a court's name as its place, no person (Pengadilan Tipikor X)", function()
    for _, m in ipairs(kimput.parse("Majelis hakim Pengadilan Tipikor Tanjungkarang menjatuhkan vonis."):mentions()) do
      assert.are_not.equal("person", m.kind)
    end
    assert.equal("Budi Santoso",
      only('Hakim Pengadilan Tipikor Jakarta Pusat Budi Santoso mengatakan, "Sidang ditunda."').speaker)
  end)
  it("reads a name no list holds after dipimpin, bertemu or kepada as a person's", function()
    assert.same({ "Tomas Wirawan" }, people("Delegasi itu dipimpin oleh Tomas Wirawan."))
    assert.same({ "Tomas Wirawan" }, people("Ia bertemu dengan Tomas Wirawan di Bali."))
    assert.same({ "Tomas Wirawan" }, people("Surat itu dikirim kepada Tomas Wirawan."))
    -- a match's other team is no person
    assert.same({}, people("Real Madrid akan bertemu Manchester City di semifinal."))
    assert.same({}, people("Persib akan menjamu Dewa United pekan depan."))
    -- words of the lexicon: a body or a day, no person
    assert.same({}, people("Surat itu ditujukan kepada Bank Mandiri."))
    assert.same({}, people("Warga menyambut Tahun Baru dengan pesta."))
  end)
  it("reads two particles inside a name (van der, de la)", function()
    assert.equal("Patrick van der Heijden", only('"Tim siap," kata pelatih Patrick van der Heijden.').speaker)
    assert.equal("Ana de la Fuente", only('Menteri Ana de la Fuente mengatakan, "Kami prihatin."').speaker)
  end)
  it("reads a list of a unit's parts inside a title as the title's (Bidang Politik, Hukum, dan Keamanan)", function()
    assert.same({ "Budi Gunawan" },
      people("Menteri Koordinator Bidang Politik, Hukum, dan Keamanan Budi Gunawan mengatakan situasi aman."))
    assert.same({ "Abdul Muhari" }, people("Kepala Pusat Data, Informasi, dan Komunikasi Kebencanaan BNPB "
      .. "Abdul Muhari mengatakan korban bertambah."))
    -- names in a list are people's
    assert.same({ "Budi", "Ani" }, people("Koordinator Kontras, Budi, dan Ani mengatakan laporan masuk."))
  end)
  it("starts a name at a word that opens names when an unknown place runs into it", function()
    assert.equal("Muhammad Syifaul Fuad", only('"Hujan turun sore ini," kata Kepala Stasiun Meteorologi '
      .. 'Kertajati Muhammad Syifaul Fuad.').speaker)
    assert.equal("Siti Aminah Lestari",
      only('Kepala Dinas Kesehatan Sukamaju Siti Aminah Lestari mengatakan, "Pasien bertambah."').speaker)
    -- the word opening the run is the name's own
    assert.equal("Muhammad Rizal", only('Kapolsek Sukajadi Kompol Muhammad Rizal mengatakan, "Pelaku ditangkap."')
      .speaker)
  end)
  it("reads a short name that begins a word of a person's name as that person (Bu Risma)", function()
    assert.equal("Tri Rismaharini",
      only('Menteri Sosial Tri Rismaharini meninjau lokasi. "Bantuan sudah dikirim," kata Bu Risma.').speaker)
    assert.equal("Gonggomtua Sitanggang",
      only('Kepala Desa Gonggomtua Sitanggang hadir. "Kami siap," tutur Gonggom.').speaker)
    -- a word of four bytes is a name of its own; two people with such a word: neither
    assert.equal("Budi", only('Kepala Desa Budiman Sujatmiko hadir. "Kami siap," kata Budi.').speaker)
    assert.equal("Hendra", only('Kapolsek Hendrawan Saputra dan Camat Hendrasto Wibowo hadir. '
      .. '"Kami siap," kata Hendra.').speaker)
  end)
  it("reads a cue word capitalised inside a name as part of the name (Sari Puji Lestari)", function()
    assert.equal("Sari Puji Lestari",
      only('Guru SD Negeri 1 Cibiru, Sari Puji Lestari, mengatakan, "Sekolah libur."').speaker)
    assert.equal("Budi Puji Santoso", only('"Kami siap," kata Budi Puji Santoso.').speaker)
    -- a prefixed verb in a headline's capitals is no name word
    local names = {}
    for _, m in ipairs(kimput.parse("Pelatih Budi Santoso Mengatakan Timnya Siap"):mentions()) do
      names[#names + 1] = m.name
    end
    assert.same({ "Budi Santoso" }, names)
  end)
  it("reads a title inside a road's, an airport's or a hospital's name as part of it, no person", function()
    assert.same({}, people("Laga digelar di Stadion Gelora Bung Tomo, Surabaya, Sabtu malam."))
    assert.same({}, people("Kecelakaan terjadi di Jalan Jenderal Sudirman pada Senin pagi."))
    assert.same({}, people("Pesawat mendarat di Bandara Internasional Sultan Hasanuddin, Makassar."))
    assert.same({}, people("Korban dirujuk ke RSUD Dr. Soetomo Surabaya."))
    -- the pronoun after it still finds the speaker named before
    assert.equal("Budi Santoso",
      only('Kapolsek Budi Santoso meninjau Jalan Jenderal Sudirman. "Arus lancar," katanya.').speaker)
    -- a title before the site still heads it, and the name after the site is the holder's
    assert.same({ "Fajar Hidayat" }, people("Kepala Bandara Kertajati Fajar Hidayat mengatakan penerbangan normal."))
    -- after a title in lower case (a common noun), "di" and a place with the clause going on say where
    assert.same({ "Joko Prasetyo" }, people("Gubernur Joko Prasetyo menemui wartawan di Gedung Sate usai rapat."))
    -- and "di" with a place after the holder's name says where, not more of the site's name
    assert.same({ "Fajar Hidayat" },
      people("Kepala Bandara Kertajati Fajar Hidayat di Majalengka mengatakan penerbangan normal."))
    assert.same({ "Ani Lestari", "Fajar Hidayat" },
      people("Bupati Ani Lestari menemui Kepala Bandara Kertajati Fajar Hidayat di Majalengka."))
    assert.same({ "Budi Santoso" }, people("Direktur RSUD Garut dr. Budi Santoso mengatakan pasien bertambah."))
    -- a name after a site's own name is no part of it
    assert.same({ "Budi Karya" },
      people("Di Bandara Soekarno-Hatta Menteri Perhubungan Budi Karya mengatakan arus mudik lancar."))
  end)
  it("reads a household assistant as nobody named, not the office of an assistant", function()
    assert.is_nil(only('Asisten rumah tangga itu mengaku, "Saya tidak tahu."').speaker)
    -- (after a cue, nobody met before it fits: the unnamed speaker described, no office's holder)
    assert.equal("asisten rumah tangga", only('"Saya tidak tahu," kata asisten rumah tangga itu.').speaker)
    assert.equal("Rudi Hartono", only('"Kami siap," kata Asisten I Setda Kota Bandung Rudi Hartono.').speaker)
  end)
  it("reads a name closing the clause after a cue and one describing word (kata petani X Y)", function()
    assert.equal("Asep Sunandar", only('"Harga pupuk naik," kata petani Asep Sunandar.').speaker)
    assert.equal("Siti Aminah", only('"Pembeli sepi," ujar pedagang Siti Aminah, Senin.').speaker)
    -- a known place there is no person
    assert.is_nil(only('"Harga naik," kata warga Jakarta Selatan.').speaker)
    -- a place may close the description before a name set off by a comma
    assert.equal("Asep Sunandar", only('"Harga pupuk naik," kata petani asal Garut, Asep Sunandar.').speaker)
  end)
  it("reads the words of a title's field between it and the name (pengamat transportasi X)", function()
    assert.equal("Wulan Sari", only('Penyanyi keroncong Wulan Sari mengatakan, "Saya gugup."').speaker)
    assert.equal("Teguh Prasetya", only('"Tarif perlu ditinjau," kata pengamat transportasi Teguh Prasetya.').speaker)
    assert.equal("Lina Marlina",
      only('Pengamat kebijakan publik Lina Marlina menyatakan, "Aturan ini kabur."').speaker)
    -- words of the lexicon only, a name no list knows after them: the field too, the person the subject
    local field = mention("Pengamat hukum tata negara Rudi Suparman menilai aturan itu.",
      "Pengamat hukum tata negara Rudi Suparman")
    assert.same({ "Rudi Suparman", "Pengamat hukum tata negara" }, { field.name, field.title })
    assert.same({ "Rudi Suparman" }, speakers('Ketua DPRD Lina Marlina hadir. Ia menyinggung nama Camat Budi. '
      .. 'Pengamat kebijakan publik Rudi Suparman menilai aturan itu lemah. "Warga harus dilibatkan," ujarnya.'))
    assert.equal("Rahmat Hidayat", only('Guru honorer Rahmat Hidayat berkata, "Gaji kami kecil."').speaker)
    -- a verb between a title and a name joins nothing: the name is its own person
    local m = mention("Presiden bertemu Vladimir Putin di Kremlin.", "Vladimir Putin")
    assert.equal("Vladimir Putin", m.text)
    -- nor a verb in -kan, nor a word before an office: they name nobody
    assert.is_nil(mention("Presiden tegaskan Indonesia netral.", "Presiden tegaskan Indonesia"))
    for _, x in ipairs(kimput.parse("Gubernur minta Pemkab Sukamaju segera membangun jembatan."):mentions()) do
      if x.kind == "person" then assert.is_nil(x.name) end  -- the title alone, nobody named
    end
  end)
  it("reads an appositive role after an age, and a village named after its head's title as the place", function()
    local q = kimput.parse("Sutrisno (52), Ketua RT 03, mengatakan air mulai masuk ke rumah warga."):quotes()
    assert.same({ "indirect", "Sutrisno" }, { q[1].kind, q[1].speaker })
    q = kimput.parse("Sutrisno (52), Kepala Desa Sukamaju, mengatakan air mulai surut."):quotes()
    assert.equal("Sutrisno", q[1].speaker)
    for _, m in ipairs(kimput.parse("Kepala Desa Sukamaju, Budi Santoso, mengatakan air surut."):mentions()) do
      assert.are_not.equal("Sukamaju", m.kind == "person" and m.text)
    end
    -- whose lawyer stays a person inside the role
    assert.truthy(mention("Kuasa Hukum Budi, Ani Lestari menilai putusan itu.", "Budi"))
    -- one word after a title that is no bond to a person is a body (a team), no person
    assert.same({ "Rizal Firmansyah" }, people("Kapten Persikota, Rizal Firmansyah, enggan berkomentar."))
    -- nor words no person is known by, nor a place of up to three words after a title serving one
    assert.same({ "Rizal Firmansyah" }, people("Bek Persikota Raya, Rizal Firmansyah, mengaku siap."))
    assert.same({ "Asep Saepudin" }, people("Menurut Kepala Desa Cibiru Wetan, Asep Saepudin, bantuan sudah tiba."))
    -- a known person completes the title, the name after the comma holds it
    assert.same({ "Bayu Aji Nugroho" }, speakers('"Bapak sehat," kata Juru Bicara Prabowo, Bayu Aji Nugroho.'))
    assert.same({ "Prabowo Subianto", "Bayu Aji Nugroho" },
      people("Juru Bicara Prabowo, Bayu Aji Nugroho, mengatakan jadwal tetap."))
  end)
  it("keeps a spouse's name inside hers after a role: 'Ibu Negara Iriana Joko Widodo'", function()
    assert.same({ "Iriana Joko Widodo", "Joko Widodo" }, speakers("Presiden Joko Widodo hadir. "
      .. '"Acara ini meriah," kata Ibu Negara Iriana Joko Widodo. "Terima kasih," ujar Joko Widodo.'))
  end)
  it("gives the words to the one named before a description set off by commas, not to the one inside it", function()
    local function indirect(text)
      local q = kimput.parse(text):quotes()
      assert.equal(1, #q, "expected one quotation")
      return q[1]
    end
    local q = indirect("Budi Hartono, kuasa hukum Ahmad Sahroni, mengatakan kliennya tidak bersalah.")
    assert.same({ "Budi Hartono", "kliennya tidak bersalah." }, { q.speaker, q.text })
    assert.equal("Rina Kusuma",
      indirect("Rina Kusuma, adik Gubernur Joko Prasetyo, menyebut acara itu meriah.").speaker)
    assert.equal("Dedi Mulyana",
      indirect("Dedi Mulyana, didampingi Wakil Bupati Hana Lestari, mengatakan jembatan itu segera dibangun.").speaker)
    -- a title set off before the name still names the one after it
    assert.equal("Ahmad Yani",
      indirect("Kepala Dinas Kesehatan Bandung, Ahmad Yani, mengatakan stok vaksin cukup.").speaker)
    -- and so does the quote's own cue after it
    assert.equal("Budi Hartono",
      only('"Kami banding," kata Budi Hartono, kuasa hukum Ahmad Sahroni, kepada wartawan.').speaker)
  end)
  it("never gives the words to the one a kin or bond word after the cue relates the speaker to", function()
    -- a description that points back: the person spoken of before, not the relative
    assert.same({ "Rina Kusuma" }, speakers("Rina Kusuma, adik Gubernur Joko Prasetyo, mengatakan keluarga kecewa. "
      .. '"Kami akan melawan," tutur adik Joko Prasetyo itu.'))
    -- (past one addressed, when another is named before; an office handed on relates too)
    for _, noun in ipairs({ "putra", "penerus" }) do
      assert.same({ "Rina Kusuma" }, speakers("Rina Kusuma menyerahkan bantuan kepada Gubernur Joko Prasetyo. "
        .. '"Kami akan terus membantu," tutur ' .. noun .. " Budi Santoso itu."))
    end
    -- with nothing pointing back, the speaker is unnamed: the description
    assert.same({ "istri Budi Santoso" }, speakers('Budi Santoso ditahan. "Suami saya tidak bersalah," kata istri '
      .. "Budi Santoso kepada wartawan."))
    -- a standing word keeps the title's holder
    assert.same({ "Joko Prasetyo" }, speakers('Gubernur Joko Prasetyo hadir. "Saya senang," ujar mantan Gubernur '
      .. "Joko Prasetyo itu."))
  end)
  it("takes no speaker from whom the words were told (kepada X), and a count opens new speakers", function()
    local q = first_quote("Presiden Rudi Hartono akan ke Tokyo, kata dua sumber yang mengetahui rencana tersebut "
      .. "kepada Harian Kita.")
    assert.same({ "indirect", "sumber" }, { q.kind, q.speaker })
    assert.equal("pejabat", first_speaker('"Kami siap," kata seorang pejabat kepada Harian Kita.'))
  end)
  it("reads 'sang' before a title as pointing back, and leaves it out of an unnamed description", function()
    assert.same({ "Joko Prasetyo" }, speakers('Gubernur Joko Prasetyo meninjau pasar. "Harga stabil," kata sang '
      .. "gubernur."))
    assert.equal("menteri", first_speaker("Menurut sang menteri, harga naik."))
  end)
  it("lets an office holder described with a title report, and 'kata pernyataan itu' carry on", function()
    local q = kimput.parse("Kepala Staf Angkatan Laut Korea Selatan mengatakan rudal itu jatuh di laut. "
      .. '"Kami tetap siaga penuh," kata pernyataan itu.'):quotes()
    assert.equal(2, #q)
    assert.same({ "indirect", "Kepala Staf Angkatan Laut Korea Selatan" }, { q[1].kind, q[1].speaker })
    assert.same({ "direct", "Kepala Staf Angkatan Laut Korea Selatan" }, { q[2].kind, q[2].speaker })
    -- a plain noun still reports only after "menurut"
    assert.same({}, kimput.parse("Warga setempat mengatakan banjir datang cepat."):quotes())
    -- a title of two words too
    q = kimput.parse("Juru bicara kementerian mengatakan bahwa tidak ada surat yang dikirim."):quotes()
    assert.same({ "indirect", "Juru bicara kementerian" }, { q[1].kind, q[1].speaker })
  end)
  it("reads 'Juru bicara kementerian itu' as someone of the body told before, not as the person named last", function()
    local q = kimput.parse("Pesawat itu menewaskan pengusaha Rudi Hartono. Laporan itu dibantah Kementerian Luar "
      .. "Negeri. Juru bicara kementerian itu mengatakan bahwa tidak ada pesan yang dikirim. Pejabat badan "
      .. "tersebut menyatakan bahwa penyelidikan berlanjut."):quotes()
    assert.same({ "Juru bicara kementerian", "Pejabat badan" }, { q[1].speaker, q[2].speaker })
    -- a body by its name closes a description of the person named last
    q = kimput.parse("Anggota DPR Rudi Hartono hadir. Politikus Partai Golkar itu mengatakan bahwa pemilu damai.")
      :quotes()
    assert.equal("Rudi Hartono", q[1].speaker)
  end)
  it("carries an unnamed speaker on: 'Juru bicara itu menambahkan, ...' and a -nya with nobody named before", function()
    local q = kimput.parse('"Latihan itu provokasi," kata seorang juru bicara Kementerian Pertahanan Filipina. '
      .. 'Juru bicara itu menambahkan, militer siap bertindak. "Kami tidak akan diam," ujarnya.'):quotes()
    assert.equal(3, #q)
    for i = 1, 3 do assert.equal("juru bicara Kementerian Pertahanan Filipina", q[i].speaker) end
    assert.equal("indirect", q[2].kind)
    -- a description of someone named before, opening the sentence, is that person
    q = kimput.parse("Anggota DPR Budi Santoso meminta evaluasi. Politikus Partai Maju itu menilai anggaran "
      .. "terlalu besar."):quotes()
    assert.same({ "Budi Santoso", "Budi Santoso" }, { q[1].speaker, q[2].speaker })
    -- "Pihaknya" opening a sentence is nobody's name
    for _, m in ipairs(kimput.parse("Kepala Dinas Pendidikan mengatakan sekolah dibuka. Pihaknya meminta orang tua "
      .. "tenang."):mentions()) do
      assert.are_not.equal("Pihaknya", m.text)
    end
  end)
  it("reports no words for a letter or greeting sent: 'menyampaikan surat', 'mengucapkan selamat'", function()
    local q = kimput.parse("Presiden Lee Min Ho menyampaikan surat belasungkawa kepada Rahma. Ia juga mengucapkan "
      .. "selamat atas pelantikan itu."):quotes()
    assert.same({}, q)
    q = kimput.parse("Presiden Lee Min Ho menyampaikan bahwa kerja sama itu penting."):quotes()
    assert.same({ "indirect", "Lee Min Ho" }, { q[1].kind, q[1].speaker })
    -- nor a piece of writing ("menulis artikel"), nor a sentence uttered ("mengucapkan kalimat ...")
    q = kimput.parse("Presiden Lee Min Ho menulis artikel di harian Seoul Ilbo. Ia mengucapkan kalimat selamat "
      .. "kepada Rahma."):quotes()
    assert.same({}, q)
    q = kimput.parse("Presiden Lee Min Ho menulis bahwa kerja sama itu penting."):quotes()
    assert.same({ "indirect", "menulis" }, { q[1].kind, q[1].cue })
    -- a verb of going on reports as a frame only, or right after a quotation (the speech goes on)
    q = kimput.parse("Presiden Lee Min Ho kemudian melanjutkan lawatannya ke Surabaya. Budi Santoso melanjutkan, "
      .. 'harga beras naik. "Kami siap," kata Ani Lestari. Ani melanjutkan stok beras aman.'):quotes()
    assert.same({ "Budi Santoso", "Ani Lestari", "Ani Lestari" }, { q[1].speaker, q[2].speaker, q[3].speaker })
    assert.same({ "harga beras naik.", "stok beras aman." }, { q[1].text, q[3].text })
    -- (a name or a title in marks is no quotation: the trip goes on, nobody speaks)
    q = kimput.parse('Presiden menikmati pameran bertema "Jejak Samudra Nusantara". Setelah itu, Presiden dan '
      .. "Perdana Menteri melanjutkan perjalanan ke ruang makan."):quotes()
    assert.same({ "term" }, { q[1].kind, q[2] and q[2].kind })
    -- an interview: the one answering the questions speaks the answers with no cue
    q = kimput.parse("Duta Besar Budi Santoso menjawab pertanyaan seputar hubungan kedua negara.\n\n"
      .. "Bagaimana hubungan kedua negara saat ini?\n\n\"Hubungan kita sangat baik.\""):quotes()
    assert.same({ "direct", "Budi Santoso" }, { q[1].kind, q[1].speaker })
  end)
  it("reads the sentence's reporting verb when its last cue word belongs to the words reported", function()
    local q = kimput.parse("Siti Rahma menyebut pihak lawan tidak berhak berkomentar."):quotes()
    assert.same({ "indirect", "Siti Rahma", "menyebut", "pihak lawan tidak berhak berkomentar." },
      { q[1].kind, q[1].speaker, q[1].cue, q[1].text })
    -- an agency relaying the words between the subject and the verb is no subject
    q = kimput.parse("Siti Rahma, adik Ketua Umum Partai Maju Jaya Budi Santoso, dalam pernyataan yang disiarkan "
      .. "KNA menyebut lawan politiknya tidak berhak berkomentar."):quotes()
    assert.same({ "Siti Rahma", "KNA" }, { q[1].speaker, q[1].via })
  end)
  it("reads a name set off by commas after a description that ends in a name of its own", function()
    local function indirect(text)
      local q = kimput.parse(text):quotes()
      assert.equal(1, #q, "expected one quotation")
      return q[1]
    end
    -- the description ends in a village, a university, an acronym: the name after it speaks
    local q = indirect("Warga Desa Sukamaju, Budi Santoso, mengatakan banjir datang tiba-tiba.")
    assert.same({ "indirect", "Budi Santoso", "banjir datang tiba-tiba." }, { q.kind, q.speaker, q.text })
    assert.equal("Rina Wulandari",
      indirect("Peneliti pangan dari Institut Pertanian Bogor, Rina Wulandari, menyebut stok beras aman.").speaker)
    -- after menurut and a long description, the name set off by commas is the speaker
    q = indirect("Menurut dosen hukum tata negara dari Universitas Sumber Makmur, Hendra Gunawan, putusan itu keliru.")
    assert.same({ "Hendra Gunawan", "putusan itu keliru." }, { q.speaker, q.text })
    q = indirect("Menurut pengamat politik, Dr. Laila Fitri, koalisi itu rapuh.")
    assert.same({ "Laila Fitri", "koalisi itu rapuh." }, { q.speaker, q.text })
    assert.equal("Teguh Prasetya",
      only('"Tarif perlu naik," kata pengamat ekonomi dari lembaga riset Nusantara, Teguh Prasetya, kemarin.').speaker)
    -- a known place set off so is no person, and a description with no name stays the speaker
    assert.equal("place", mention("Banjir melanda Kroya, Jawa Tengah, kata warga.", "Jawa Tengah").kind)
    assert.equal("pengamat", indirect("Menurut pengamat, harga akan naik.").speaker)
  end)
  it("reads a body named in any language when its acronym spells it (Institute for ... (ITDP))", function()
    local m = mention("Direktur Eksekutif Institute for Urban Mobility and Energy Policy (IUMEP) Indonesia "
      .. "Rudi Sitompul menilai tarif murah.", "Direktur Eksekutif Institute for Urban Mobility and Energy Policy "
      .. "(IUMEP) Indonesia Rudi Sitompul")
    assert.same({ "person", "Rudi Sitompul" }, { m.kind, m.name })
    assert.equal("Sari Wulan",
      only('"Risiko naik," kata peneliti Center for Maritime Studies (CMS) Sari Wulan.').speaker)
    -- nobody is named after the body's first word
    for _, x in ipairs(kimput.parse("Peneliti Center for Maritime Studies (CMS) Sari Wulan menilai risiko naik.")
      :mentions()) do
      assert.are_not.equal("Center", x.name)
    end
    -- a body's head opening them: the words its acronym spells are the body's, title words and all
    assert.equal("Yusuf Hamdani", only('"Harga cabai naik," kata Ketua Asosiasi Pedagang Pasar Seluruh Indonesia '
      .. '(APPSI) Sumatera Barat, Yusuf Hamdani.').speaker)
    -- an acronym that does not spell the words: the English body's head still opens its name (no person
    -- "Center"), and the person is named after it
    local named = {}
    for _, x in ipairs(kimput.parse("Peneliti Center for Maritime Studies (XYZ) Sari Wulan menilai risiko naik.")
      :mentions()) do
      if x.kind == "person" then named[#named + 1] = x.name end
    end
    assert.same({ "Sari Wulan" }, named)
  end)
  it("reads a site after a title as the body it heads, its name before the person's", function()
    assert.equal("Hasan Basri", only('"Salat dimulai pukul 05.00," kata Imam Besar Masjid Raya Sumber Hasan Basri.')
      .speaker)
    assert.equal("Dodi Saputra", only('"Penerbangan normal," ujar Kepala Bandara Sukamaju Dodi Saputra.').speaker)
    assert.equal("Rina Amelia", only('"Gedung dibuka," kata Pengelola Gedung Serbaguna Rina Amelia.').speaker)
    assert.equal("Budi Santoso", only('Takmir Masjid Al Ikhlas Budi Santoso berkata, "Saf dirapatkan."').speaker)
  end)
  it("gives a verb joined to its clause's first verb that verb's subject, not the object between", function()
    local function speaker(text)
      local q = kimput.parse(text):quotes()
      assert.equal(1, #q, "expected one quotation")
      return q[1].speaker
    end
    assert.equal("Hendra Gunawan",
      speaker("Gubernur Hendra Gunawan menelepon Bupati Rudi Hartono untuk menyampaikan bahwa bantuan dikirim."))
    assert.equal("Laila Fitri",
      speaker("Menteri Laila Fitri juga menemui Wali Kota Agus Salim dan mengatakan pasar segera dibangun."))
    assert.equal("Hendra Gunawan",
      speaker("Gubernur Hendra Gunawan menelepon Bupati Rudi Hartono, lalu menegaskan jalan itu ditutup."))
    -- with no verb between, the person right before the cue is still its subject
    assert.equal("Rudi Hartono", speaker("Setelah rapat, Bupati Rudi Hartono menyampaikan bahwa jalan dibuka."))
  end)
  it("reads a field named in capitals after Bidang as the role, and a shortened given name", function()
    local q = kimput.parse("Deputi Bidang Neraca dan Analisis Data BPS, Moh. Rudi Hartono, mengatakan "
      .. "konsumsi naik."):quotes()
    assert.same({ "indirect", "Moh. Rudi Hartono" }, { q[1].kind, q[1].speaker })
    q = kimput.parse("Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD Sukamaju, Rina Marlina, mengatakan "
      .. "sungai meluap."):quotes()
    assert.equal("Rina Marlina", q[1].speaker)
    assert.equal("Abd. Rahman", only('Ketua Panitia Pekan Raya Abd. Rahman berkata, "Kami siap."').speaker)
    -- a firm's name: its tail (Tbk), a title word inside it (Sumber), offices in English
    assert.equal("Lina Hartono",
      only('Direktur Keuangan PT Sumber Makmur Tbk Lina Hartono berkata, "Laba naik."').speaker)
    assert.equal("Rudi Hartono", only('Rektor Universitas Sumber Makmur Rudi Hartono berkata, "Kampus aman."').speaker)
    assert.equal("Anne Lestari",
      only('VP Corporate Communication PT Kereta Nusantara Anne Lestari berkata, "Tiket habis."').speaker)
    assert.equal("Ayep Hanafi", only('Manajer Humas PT KAI Daop 2 Bandung Ayep Hanafi berkata, "Tiket habis."').speaker)
    -- "of" inside an office in English, a securities firm's words
    assert.equal("Lina Camelia", only('"Saham menguat," kata Head of Research Maju Sekuritas Indonesia Lina Camelia.')
      .speaker)
    assert.equal("Josua Siregar", only('Chief Economist Bank Sukamaju Josua Siregar berkata, "Inflasi terjaga."')
      .speaker)
    -- a school's number after its acronym and qualifier, a chamber's name joined by "dan", a youth body
    assert.equal("Rina Wati", only('Kepala SMA Negeri 1 Bandung Rina Wati berkata, "Ujian lancar."').speaker)
    assert.equal("Rina Wati",
      only('Ketua Umum Kamar Dagang dan Industri (Kadin) Indonesia Rina Wati berkata, "Ekspor naik."').speaker)
    assert.equal("Rina Wati", only('Ketua Karang Taruna Desa Sukamaju Rina Wati berkata, "Kami siap."').speaker)
    -- owners and founders named with their firm, heads of boarding schools and teams
    assert.equal("Rina Wati", only('Founder Tokoku Rina Wati berkata, "Penjualan naik."').speaker)
    assert.equal("Rina Wati", only('Pemilik Toko Sinar Jaya Rina Wati berkata, "Pembeli sepi."').speaker)
    assert.equal("Rina Wati", only('Pengasuh Pondok Pesantren Al-Hikmah Rina Wati berkata, "Santri aman."').speaker)
    -- the words of a court's or an agency's name are no given name
    assert.equal("Arif Santoso", only('Hakim Konstitusi Arif Santoso berkata, "Putusan ini final."').speaker)
    assert.equal("Dewi Kartika", only('Direktur Jenderal Pajak Dewi Kartika berkata, "Penerimaan naik."').speaker)
  end)
  it("gives a quote to the plain nouns after its cue that close the clause (kata polisi.)", function()
    assert.equal("polisi", only('"Pelaku sudah ditangkap," kata polisi.').speaker)
    assert.equal("warga setempat", only('"Kami menolak," ujar warga setempat, Senin.').speaker)
    assert.equal("pihak sekolah", only('"Kami siap," kata pihak sekolah.').speaker)
    -- a clause of "yang" after them says more of the speaker
    assert.equal("tetangga korban", only('"Dia anak baik," tutur tetangga korban yang enggan disebut namanya.').speaker)
    -- a determiner opens new speakers: "itu" at the end says which market, not who
    assert.equal("pedagang", only('"Harga naik," kata para pedagang di pasar itu.').speaker)
    -- pronouns and adverbs describe nobody, nor a noun told as someone's
    assert.is_nil(only('"Kami siap," kata mereka.').speaker)
    assert.is_nil(only('"Dia anak baik," kata kakaknya.').speaker)
  end)
  it("goes on with the speaker, not a person named in passing, for a '-nya' cue after a few sentences", function()
    local qs = kimput.parse('"Kami menunggu jawaban tertulis," tukas juru bicara Presiden, Hendra Wijaya, '
      .. "di Jakarta.\n\nNamun, tanggapan itu baru disampaikan begitu PM Rahmat merespons surat Presiden. "
      .. "Surat itu mengedepankan diplomasi.\n\nJadi dipertimbangkan pula hubungan kedua negara. "
      .. 'Di samping itu, kejadian itu patut disesali.\n\n"Itu bentuk lanjut," tukasnya.'):quotes()
    assert.same({ "Hendra Wijaya", "Hendra Wijaya" }, { qs[1].speaker, qs[2].speaker })
    -- a person the sentence between is about still takes it
    qs = kimput.parse('"Kami menunggu jawaban tertulis," tukas juru bicara Presiden, Hendra Wijaya, di Jakarta.\n\n'
      .. "PM Rahmat Santoso lalu merespons surat Presiden.\n\n"
      .. '"Itu bentuk lanjut," tukasnya.'):quotes()
    assert.equal("Rahmat Santoso", qs[#qs].speaker)
  end)
  it("takes the agent of a passive reporting verb as whom the next -nya cue means", function()
    local q = quotes('Camat Sukamaju, Irfan Maulana, meninjau sekolah. "Atapnya bocor," kata Irfan. '
      .. 'Hal senada disampaikan Ketua Komite Sekolah, Nurlela Hasanah. "Kami berharap," sambungnya.')
    assert.equal("Irfan Maulana", q[1].speaker)
    assert.equal("Nurlela Hasanah", q[2].speaker)
  end)
  it("reads a derived word after a body's head as the body's work, no name (Ketua Tim Pemenangan)", function()
    assert.same({ "Ketua Tim Pemenangan" }, speakers('"Kami siap," kata Ketua Tim Pemenangan.'))
    assert.equal("Koordinator Tim Advokasi", first_speaker("Koordinator Tim Advokasi mengatakan gugatan siap."))
    assert.equal("Sutrisno", first_speaker("Ketua Satgas Penertiban Sutrisno mengatakan lapak dibongkar."))
    assert.equal("Sutrisno", first_speaker("Ketua Tim Pemenangan Sutrisno mengatakan pihaknya siap."))
    -- a person of another body is not its holder; its own holder named before is
    local q = quotes('Ketua KPU Sukamaju Dian Hasanah mengatakan DPT naik. Ketua Tim Pemenangan pasangan '
      .. 'nomor 2 mengatakan pihaknya mencermati DPT. "Kami cermati," kata Ketua Tim Pemenangan.')
    assert.equal("Ketua Tim Pemenangan", q[#q].speaker)
    assert.equal("Rudi Hartono", speakers('Ketua Tim Pemenangan Rudi Hartono optimistis. Ketua KPU Sukamaju Dian '
      .. 'Hasanah hadir. "Kami solid," kata Ketua Tim Pemenangan.')[1])
  end)
  it("reads a regional form of address as an honorific before a name met before", function()
    local q = quotes('Kepala Dinas Pendidikan, Hikmat Sudrajat, meninjau sekolah. '
      .. '"Anggarannya ada," seloroh pria yang akrab disapa Kang Hikmat itu.')
    assert.equal("Hikmat Sudrajat", q[1].speaker)
    -- a nickname of two words, the same person when named so again
    assert.same({ "Slamet Widodo", "Slamet Widodo" }, speakers('Ketua Tim Pemenangan Slamet Widodo optimistis. '
      .. '"Survei naik," ujar pria yang akrab disapa Slamet Gundul itu. "Kami solid," kata Slamet Gundul.'))
    assert.equal("Dewi Anggraini", only('Mantan camat Dewi Anggraini hadir. "Saya senang," kata Ning Dewi.').speaker)
    -- one word with no honorific, no word of the name: the same person when named so again
    assert.same({ "Arif Rahman Hakim", "Arif Rahman Hakim" }, speakers('Wali Kota Sukamaju Arif Rahman Hakim meninjau '
      .. 'tanggul. "Kami sudah koordinasi," ujar pria yang akrab disapa Aaf itu. "Data harus masuk," kata Aaf.'))
    local all = kimput.parse('Wali Kota Sukamaju Arif Rahman Hakim meninjau tanggul. "Kami siap," ujar pria yang '
      .. 'biasa dipanggil Aaf itu. Aaf juga meminta camat mendata warga.'):quotes()
    assert.same({ "Arif Rahman Hakim", "indirect" }, { all[#all].speaker, all[#all].kind })
    -- the title capitalised before the nickname
    assert.same({ "Arif Rahman Hakim" }, speakers('Ketua DPRD Kota Sukamaju Arif Rahman Hakim menerima surat itu. '
      .. '"Surat sudah kami terima," kata Politisi yang akrab disapa Aaf ini.'))
  end)
  it("resolves a description with an age or a number in it to the person named before", function()
    local q = quotes('Politikus Partai Merdeka Bambang Sulistyo mengkritik aturan itu. "Ini tidak adil," '
      .. 'ujar politikus berusia 52 tahun tersebut.')
    assert.equal("Bambang Sulistyo", q[1].speaker)
    q = quotes('Pemain sayap Dedi Kurnia mencetak dua gol. "Gol ini untuk ibu," kata pemain bernomor punggung 7 itu.')
    assert.equal("Dedi Kurnia", q[1].speaker)
  end)
  it("never gives the words to a place that says where or whose", function()
    local q = quotes('Tim pemenangan di Garut menyatakan, "Kami hormati prosesnya."')
    assert.is_nil(q[1].speaker)
    q = quotes('Warga Garut menyatakan, "Kami hormati prosesnya."')
    assert.equal("Warga Garut", q[1].speaker)
    -- a country opening its clause speaks as itself
    q = quotes('Pada Senin, Jepang menyatakan, "Kami hormati prosesnya."')
    assert.equal("Jepang", q[1].speaker)
  end)
  it("reads no-break spaces (U+00A0) of a scraped page as spaces in names and descriptions", function()
    local nb = "\194\160"
    local q = quotes("Menteri Sekretaris Negara Prasetyo" .. nb .. "Hadi hadir. \"Kami siap,\" kata Prasetyo.")
    assert.equal("Prasetyo Hadi", q[1].speaker)
    q = quotes("\"Kami siaga,\" kata juru" .. nb .. "bicara militer Korea Selatan.")
    assert.equal("juru bicara militer Korea Selatan", q[1].speaker)
  end)
  it("reads a lower-case doctor's title after an unknown place as opening the name", function()
    assert.equal("Rina Sari", only('"Stok vaksin aman," kata Kepala Puskesmas Sukamaju dr. Rina Sari.').speaker)
    assert.equal("Rina Sari", only('"Stok vaksin aman," kata Kepala Puskesmas Sukamaju, dr. Rina Sari.').speaker)
    -- "dr" without its period is the degree too; a specialist's degree after a comma is none of a name
    assert.equal("Rina Sari", only('"Stok vaksin aman," kata Kepala Puskesmas Sukamaju dr Rina Sari.').speaker)
    assert.equal("Rina Sari", only('"Pasien bertambah," kata dr. Rina Sari, SpA.').speaker)
    assert.equal("Rina Sari", only('"Stok vaksin aman," kata Kapolres Lebak, Dr. Rina Sari.').speaker)
    assert.equal("Rina Sari", only('"Stok vaksin aman," kata Bupati Rina Sari.').speaker)
  end)
  it("reads 'Wali Kota X Y, H. Nama, S.Sos.': the place, then the name with its honorific and degree", function()
    assert.equal("Mulyadi", only('"Semua aman," ujar Wali Kota Jakarta Selatan, H. Mulyadi, S.Sos.').speaker)
    -- (words not known as a place before the comma are a person of a list)
    local q = kimput.parse('Rapat dihadiri Bupati Andi Rahman, AKBP Budi Santoso, dan camat. "Kami siap," kata Andi.')
      :quotes()
    assert.equal("Andi Rahman", q[#q].speaker)
    assert.equal("Yudi Prasetya", only('"Semua aman," ujar Kapolres Lebak, AKBP Yudi Prasetya, S.IK.').speaker)
    -- a place of two or three words no list holds, after a title serving one, the rank after the comma
    assert.same({ "Dedi Rusmana" }, speakers('"Kami tunggu," kata Kapolsek Cibeureum Hilir, Kompol Dedi Rusmana.'))
    assert.same({ "Dedi Rusmana" }, speakers('Kapolsek Cibeureum Hilir, Kompol Dedi Rusmana, S.H., mengatakan pelaku '
      .. 'kabur. "Kami kejar," ujarnya.'))
    assert.equal("Ani Lestari", only('"Kami banding," ujar kuasa hukum Budi, Ani Lestari.').speaker)
  end)
  it("knows Indonesia's research bodies, think tanks and civil-society groups as organisations", function()
    assert.equal("Rahmat Hidayat", only('"Ruang fiskal makin sempit," kata Ekonom Indef Rahmat Hidayat.').speaker)
    assert.equal("Dewi Anggraini", only('"Datanya lengkap," ujar peneliti BRIN Dewi Anggraini.').speaker)
    assert.equal("Kontras", kimput.parse("Menurut Kontras, kasus itu belum tuntas."):quotes()[1].speaker)
  end)
  it("sets off a name by commas across the degrees written after it", function()
    local q = kimput.parse("Kuasa hukum terdakwa, Hendra Wijaya, SH, MH, menyatakan pikir-pikir. "
      .. '"Kami pelajari dulu," ujar Hendra.'):quotes()
    assert.same({ "Hendra Wijaya", "Hendra Wijaya" }, { q[1].speaker, q[2].speaker })
    q = kimput.parse("Kuasa hukum terdakwa, Hendra Wijaya, S.H., M.H., menyatakan banding."):quotes()
    assert.equal("Hendra Wijaya", q[1].speaker)
  end)
  it("reads a bare title after a cue as the holder introduced before with that title", function()
    local q = kimput.parse("Gubernur Kalimantan Barat meninjau tanggul yang jebol. "
      .. '"Perbaikan selesai pekan depan," ujar gubernur.'):quotes()
    assert.equal("Gubernur Kalimantan Barat", q[#q].speaker)
    q = kimput.parse("Bupati Sleman Kustini Rahayu meninjau lokasi banjir. "
      .. '"Bantuan sudah disalurkan," kata bupati.'):quotes()
    assert.equal("Kustini Rahayu", q[#q].speaker)
    q = kimput.parse("Juru bicara Kementerian Luar Negeri Rusia memberi keterangan. "
      .. '"Kami menolak tuduhan itu," kata juru bicara tersebut.'):quotes()
    assert.equal("Juru bicara Kementerian Luar Negeri Rusia", q[#q].speaker)
    -- with no one introduced so, the words after the cue
    assert.equal("juru bicara", only('"Kami menolak," kata juru bicara.').speaker)
    -- the latest holder, and only of that very title
    q = kimput.parse('Gubernur Jawa Barat Ani Lestari membuka acara. Gubernur Jawa Tengah juga hadir. '
      .. '"Kami siap," kata gubernur.'):quotes()
    assert.equal("Gubernur Jawa Tengah", q[#q].speaker)
    q = kimput.parse('Presiden Direktur PT Maju Jaya Budi Santoso hadir. "Kami siap," ujar presiden.'):quotes()
    assert.equal("presiden", q[#q].speaker)
  end)
  it("keeps reported speech by a body's unnamed spokesperson: 'Jubir KPK menyatakan bahwa ...'", function()
    local q = kimput.parse("Jubir KPK menyatakan bahwa pemeriksaan berlanjut."):quotes()
    assert.same({ "indirect", "Jubir KPK" }, { q[1] and q[1].kind, q[1] and q[1].speaker })
  end)
  it("keeps the body in the description of an unnamed spokesperson: 'juru bicara Hamas'", function()
    assert.equal("juru bicara Hamas",
      only('Pada Senin, juru bicara Hamas mengatakan, "Kami menerima usulan itu."').speaker)
    assert.equal("Juru bicara Kementerian Luar Negeri Rusia",
      only('Juru bicara Kementerian Luar Negeri Rusia mengatakan, "Kami menolak."').speaker)
    assert.equal("Rahmat Santoso", only('Sementara itu, juru bicara Rahmat Santoso mengatakan, "Kami siap."').speaker)
  end)
  it("lets an adverb such as 'hanya' or 'bahkan' stand between a one-word name and its cue", function()
    assert.equal("Dimas", only('Ketika ditanya soal itu, Dimas hanya menjawab singkat, "Kita lihat nanti."').speaker)
    assert.equal("Rukmini", only('Rukmini bahkan mengatakan, "Itu mustahil."').speaker)
  end)
  it("reads sport's roles: positions, coaches, clubs and their tails", function()
    assert.equal("Rafli Pratama", only('"Kami siap," kata striker Timnas Indonesia Rafli Pratama.').speaker)
    -- the captain of the national team, not a rank before a name
    assert.same({ "Rafli Pratama" }, people("Kapten Timnas Rafli Pratama menyatakan kesiapannya."))
    assert.equal("Rizal Hakim", only('"Kami siap," kata bek Persikota Rizal Hakim.').speaker)
    assert.equal("Anindya Lestari", only('"Target emas," ujar Chef de Mission Indonesia Anindya Lestari.').speaker)
    assert.equal("Made Sutama", only('"Kami siap," kata gelandang Dewata United Made Sutama.').speaker)
    assert.equal("Wiryo Dwi Santoso", only('"Kami siap," kata Manajer Persekot FC Wiryo Dwi Santoso.').speaker)
    assert.equal("Kevin Anggara Putra", only('"Kami siap," kata pemain muda Persikota Kevin Anggara Putra.').speaker)
    assert.equal("Marco del Rio", only('"Kami siap," kata pemain asing Persikota Marco del Rio.').speaker)
    -- three words no list knows after a field's lower-case word are one name, not a team and a name
    assert.equal("Kim Dae Ho", only('"Kami siap," kata pelatih timnas Kim Dae Ho.').speaker)
    assert.same({ "Park Jin Woo" }, people("Pelatih timnas Park Jin Woo mengatakan timnya siap."))
    -- a squad's age group after the team is the team's, not a word of the name
    assert.equal("Park Jin Woo", only('"Kami siap," kata pelatih timnas U-23 Park Jin Woo.').speaker)
    assert.same({ "Rafli Pratama" }, people("Kapten Timnas U-19 Rafli Pratama menyatakan kesiapannya."))
  end)
  it("lets a ministry or an office speak as a body, never the place it serves", function()
    assert.equal("Kemenkes", only('"Kasus baru menurun," kata Kemenkes dalam keterangannya.').speaker)
    assert.equal("Pemprov Jatim", only('"Kami siap," ujar Pemprov Jatim dalam keterangan tertulis.').speaker)
    assert.equal("Pemkot Bandung",
      only('Dalam keterangan tertulisnya, Pemkot Bandung menyatakan, "Kami siap membantu."').speaker)
    assert.equal("Rahmat Hidayat", only('"Kami siap," kata Juru Bicara Kemenkes Rahmat Hidayat.').speaker)
    -- a body's head word in lower case after the cue is the body named before with it
    assert.equal("Kedutaan Besar Amerika Serikat", only('Kedutaan Besar Amerika Serikat di Jakarta mengeluarkan '
      .. 'peringatan. "Hindari kerumunan," tulis kedutaan.').speaker)
    assert.equal("Yayasan Sukamaju Peduli", only('Yayasan Sukamaju Peduli menyalurkan bantuan. "Semua tersalur," '
      .. 'kata yayasan.').speaker)
  end)
  it("reads candidates and party people: Cagub X, Capres nomor urut 2 X, politikus Partai Y X", function()
    assert.equal("Rudi Santosa", only('"Kami optimistis," kata Capres nomor urut 2 Rudi Santosa.').speaker)
    assert.equal("Dewi Kartika", only('"Kami optimistis," kata Cagub Jatim Dewi Kartika.').speaker)
    assert.equal("Andi Saputra", only('"Kami menolak," ujar politikus Partai Golkar Andi Saputra.').speaker)
    assert.equal("Hasan Basri", only('"Kami menolak," kata politisi PKS Hasan Basri.').speaker)
  end)
  it("reads initials after 'berinisial' or before an age as a person, not the body they spell", function()
    local q = kimput.parse('Tersangka berinisial MA (25) mengaku menyesal. "Saya khilaf," ucap MA.'):quotes()
    assert.equal("MA", q[#q].speaker)
    assert.equal("AS", only('"Saya takut sekali," kata korban, AS (17), saat ditemui.').speaker)
    assert.equal("Mahkamah Agung", kimput.parse("Menurut MA, kasasi itu ditolak."):quotes()[1].speaker)
    -- a count after a place or a party is no age
    for _, m in ipairs(kimput.parse("Korban tercatat di NTT (12) dan NTB (5). Bantuan dikirim ke NTT."):mentions()) do
      assert.equal("place", m.kind)
    end
    q = kimput.parse("Kursi diraih PDIP (110). PDIP menyatakan bahwa hasil itu sah."):quotes()
    assert.equal("PDI-P", q[1].speaker)
    -- initials that spell a degree or an honorific (dr, Ir, KH) in capitals, no name after them
    assert.same({ "DR" }, speakers('Korban, DR (25), mengaku dipukul. "Saya takut," kata DR.'))
    assert.same({ "IR" }, speakers('Pelaku berinisial IR (30) mengaku menyesal. "Saya khilaf," ujar IR.'))
    -- before a name they are the degree still
    assert.equal("BUDI SANTOSO", first_speaker("Rektor DR IR BUDI SANTOSO mengatakan kampus siap."))
  end)
  it("knows two names of one office: 'Menteri Luar Negeri X ... kata Menlu'", function()
    local q = kimput.parse('Menteri Luar Negeri Rahmat Santoso tiba. "Kami sepakat," kata Menlu.'):quotes()
    assert.equal("Rahmat Santoso", q[#q].speaker)
    q = kimput.parse('Kepala Kepolisian Resor Garut AKBP Budi Wahyono meninjau lokasi. "Pelaku kabur," kata Kapolres.')
      :quotes()
    assert.equal("Budi Wahyono", q[#q].speaker)
    -- a minister called by the short name of the ministry after the full one
    assert.same({ "Rina Kusumadewi", "Rina Kusumadewi" }, speakers('Menteri Perdagangan Rina Kusumadewi meninjau '
      .. 'pasar. "Stok aman," kata Mendag. "Harga stabil," ujar Menteri Perdagangan lagi.'))
    assert.same({ "Hadi Prasetyo" }, speakers('Kepala Kejaksaan Tinggi Riau Hadi Prasetyo menahan tersangka. '
      .. '"Kami tahan 20 hari," kata Kajati.'))
    -- a regional office's head by its short name, and by the shorter office the full one opens with
    assert.same({ "Vini Lestari", "Vini Lestari", "Vini Lestari" }, speakers('Kepala Dinas Kesehatan Kota '
      .. 'Sukamaju Vini Lestari meninjau. "Kami siapkan ambulans," jelas Kadinkes. "Kami siaga," kata Kepala '
      .. 'Dinas. "Semua siap," ujar Kadis.'))
    -- the executive head of a disaster agency, a region's secretary
    assert.same({ "Rudi Hartawan", "Maria Ulfa" }, speakers('Kepala Pelaksana BPBD Kabupaten Sukamaju, Rudi '
      .. 'Hartawan, meninjau posko. Air mulai surut. "Stok aman," ujar Kalak BPBD.\n\nSekretaris Daerah Kota '
      .. 'Sukamaju Maria Ulfa hadir. Warga mengungsi. "Kami siapkan dapur umum," kata Sekda.'))
  end)
  it("takes a title that names a body for a holder whose role named it", function()
    assert.same({ "Ketua DPR" }, speakers('Ketua Partai Maju Budi Santoso hadir. "Kami siap," kata Ketua DPR.'))
    assert.same({ "Hasan Basri" }, speakers('Ketua KPU Hasan Basri hadir. Ketua Bawaslu Rudi Hartawan juga '
      .. 'hadir. "Kami siap," kata Ketua KPU.'))
    assert.same({ "Rina Lestari" }, speakers('Ketua DPR Rina Lestari hadir. "Kami siap," kata Ketua DPR.'))
    -- (a person named with no role is not contradicted)
    assert.same({ "Prabowo Subianto", "Prabowo Subianto" }, speakers('"Kami siap," kata Prabowo Subianto. '
      .. '"Semua lancar," kata Presiden RI.'))
  end)
  it("ends a name of three words or more with a word of a unit's name after it (Negara, Nasional)", function()
    assert.same({ "I Gusti Ngurah Putu Negara", "I Gusti Ngurah Putu Negara" }, speakers('"Kami siap," kata Wali '
      .. 'Kota Sukamaju I Gusti Ngurah Putu Negara. "Semua lancar," ujar Putu Negara.'))
    assert.same({ "Budi Santoso" }, speakers('Kepala Badan Kepegawaian Negara Budi Santoso hadir. "Kami siap," '
      .. 'kata Budi.'))
  end)
  it("reads an unknown name after a noun for a person opening the sentence, before a prefixed verb", function()
    assert.same({ "Rizal Fahmi" }, speakers('Pedagang Rizal Fahmi membuka gerai baru. "Saya senang," ujarnya.'))
    assert.same({ "Ketut Arsana" }, speakers('Petani Ketut Arsana menanam padi. "Panen kali ini bagus," kata Ketut.'))
  end)
  it("reads no word with a digit as a name's: 'Pandemi Covid-19' opening a sentence is nobody", function()
    assert.same({ "Rizal Fahmi" }, speakers('Menurut Rizal Fahmi, gerainya sudah 40. Pandemi '
      .. 'Covid-19 sempat membuat usahanya nyaris bangkrut. "Saya sempat ingin berhenti," ujarnya.'))
  end)
  it("reads a name with bin after a body's unknown words: the word before the particle opens it", function()
    assert.same({ "Hamid bin Yusuf Al-Harbi" }, speakers('"Kami siap," kata Ketua Dewan Syura Qatar Hamid bin '
      .. 'Yusuf Al-Harbi.'))
    assert.same({ "Karim Fahmi" }, speakers('"Kami siap," kata Sekjen Liga Arab Karim Fahmi.'))
  end)
  it("knows the foreign papers and broadcasters news cites as relays", function()
    for _, outlet in ipairs { "Financial Times", "Wall Street Journal", "ABC News", "Deutsche Welle", "CGTN" } do
      local q = only('"Kami tidak akan mundur," kata Menteri Luar Negeri Rahmat Santoso kepada ' .. outlet .. '.')
      assert.equal("Rahmat Santoso", q.speaker)
      assert.is_not_nil(q.via, outlet)
    end
  end)
  it("names a deputy with either name of the office, never with the minister's title", function()
    -- "Wakil Menlu" is "Wakil Menteri Luar Negeri", not "Wakil" and a minister
    assert.same({ "Sergei Volkov", "Sergei Volkov" }, speakers('"Kami siap," kata Wakil Menlu Rusia Sergei '
      .. 'Volkov. "Semua lancar," ujar Wakil Menteri Luar Negeri.'))
    assert.same({ "Anton Mirov" }, speakers('Menlu Rusia Anton Mirov dan Wakil Menlu Rusia Sergei Volkov tiba. '
      .. '"Kami sepakat," kata Menlu.'))
    assert.same({ "Budi Hartono" }, speakers('"Pelaku ditangkap," kata Wakil Kapolda Banten Brigjen Pol Budi '
      .. 'Hartono.'))
    -- (a pair added from Lua has its deputy too)
    kimput.entities.same_title("Kapusdatin", "Kepala Pusat Data dan Informasi")
    assert.same({ "Rina Wijaya" }, speakers('"Data lengkap," kata Wakil Kapusdatin Rina Wijaya.'))
  end)
  it("takes two names of one office from Lua", function()
    kimput.entities.same_title("Kapusdatin", "Kepala Pusat Data dan Informasi")
    local q = kimput.parse('Kepala Pusat Data dan Informasi Sri Wulandari hadir. "Data lengkap," kata Kapusdatin.')
      :quotes()
    assert.equal("Sri Wulandari", q[#q].speaker)
    assert.has_error(function() kimput.entities.same_title("Kapusdatin") end)
  end)
  it("reads 'demikian KCNA mengutip Kim' after a quote: the person speaks, the agency relays", function()
    local q = only('"Kami akan selalu bersama Rusia," demikian KCNA mengutip Kim Jong Un.')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
    q = only('"Persahabatan itu abadi," KCNA mengutip pernyataan Putin.')
    assert.same({ "Vladimir Putin", "KCNA" }, { q.speaker, q.via })
  end)
  it("gives words that describe the text in the third person to the agency relaying them, not to its writer",
    function()
    for _, text in ipairs({
      '"Pesan itu berharap hubungan kedua negara berkembang," KCNA mengutip pesan Kim Jong Un.',
      '"Pernyataan tersebut mengungkapkan keyakinan akan persahabatan," kata KCNA, mengutip pesan Kim Jong Un.',
      '"Surat itu menyatakan dukungan penuh," ungkap KCNA mengutip surat Kim Jong Un.',
    }) do
      local q = only(text)
      assert.same({ "KCNA" }, { q.speaker, q.via }, text)
    end
    -- (the writer's own words stay the writer's)
    local q = only('"Kami akan selalu bersama," kata KCNA, mengutip pesan Kim Jong Un.')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
  end)
  it("reads words nothing else attributes, closed by 'lapor' and an agency, as the agency's report", function()
    local q = only('"Pyongyang meluncurkan dua rudal ke laut," lapor kantor berita Yonhap.')
    assert.same({ "Yonhap", "lapor" }, { q.speaker, q.cue })
    assert.is_nil(q.via)
    q = only('"Pyongyang meluncurkan dua rudal ke laut," demikian laporan kantor berita Yonhap.')
    assert.same({ "Yonhap", "demikian laporan" }, { q.speaker, q.cue })
    -- the words of someone named stay theirs, the agency relays
    q = only('Kim Jong Un berkata, "Kami siap," lapor KCNA.')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
    q = only('"Kami siap," kata Kim Jong Un, lapor KCNA.')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
  end)
  it("takes an agency reporting the sentence as via: 'KCNA melaporkan, Kim mengatakan, ...'", function()
    local q = only('KCNA melaporkan, Kim Jong Un mengatakan, "Hubungan kita tak tergoyahkan."')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
    q = only('"Kami siap," kata Kim Jong Un. KCNA melaporkan hal itu pada Rabu.')
    assert.is_nil(q.via)
    -- the agency named in full, its acronym in parentheses
    q = only('Kantor Berita Pusat Korea (KCNA) melaporkan bahwa Kim Jong Un menyebut Rusia "kawan sejati".')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
    -- past a clause set off by commas
    q = only('KCNA, mengutip dua pejabat partai, melaporkan bahwa Kim Jong Un menyebut Rusia "kawan sejati".')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
  end)
  it("reads one unknown word after an unnamed official's lower-case title as the body, not a name", function()
    local q = only('"Kami masih menilai kerusakan," kata seorang pejabat Petrosaka kepada Reuters.')
    assert.same({ "pejabat Petrosaka", "Reuters" }, { q.speaker, q.via })
    -- the title capitalised opening the sentence too
    assert.equal("Pejabat Petrosaka", speakers('Pejabat Petrosaka mengatakan produksi dihentikan. "Kami menilai '
      .. 'kerusakan," katanya.')[1])
    -- after a title of a trade, one word is still a name
    assert.equal("Raisa", only('"Kami kaget," kata penyanyi Raisa.').speaker)
  end)
  it("takes the outlet the words were told to as via (kata X kepada Reuters), not the page's own", function()
    local q = only('"Kapasitas cadangan masih besar," kata analis Hendra Wijaya kepada Reuters.')
    assert.same({ "Hendra Wijaya", "Reuters" }, { q.speaker, q.via })
    q = kimput.parse("Ekonom Budi Santoso mengatakan kepada BBC bahwa investasi akan melambat."):quotes()[1]
    assert.same({ "Budi Santoso", "BBC" }, { q.speaker, q.via })
    -- the press's nouns may stand between ("Berbicara kepada kantor berita RIA Novosti, X mengatakan …")
    q = kimput.parse("Berbicara kepada kantor berita RIA Novosti, Menlu Rusia Sergei Lavrov mengatakan usulan itu "
      .. "tidak realistis."):quotes()[1]
    assert.same({ "Sergei Lavrov", "RIA Novosti" }, { q.speaker, q.via })
    q = only('JAKARTA, KOMPAS.com - Harga naik. "Tidak ada cadangan," kata Budi Santoso kepada Kompas.com.')
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    -- an outlet that asked (saat dihubungi, ketika diwawancarai) was told them too, unless the page's own
    q = only('"Stok aman," kata Budi Santoso saat dihubungi Reuters, Senin.')
    assert.same({ "Budi Santoso", "Reuters" }, { q.speaker, q.via })
    q = only('JAKARTA, KOMPAS.com - Harga naik. "Stok aman," kata Budi Santoso saat dikonfirmasi Kompas.com.')
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    -- and one the speaker talked with ("dalam wawancara eksklusif dengan BBC", "Berbicara dengan Reuters, ...")
    q = only('"Stok aman," kata Budi Santoso dalam wawancara eksklusif dengan Reuters.')
    assert.same({ "Budi Santoso", "Reuters" }, { q.speaker, q.via })
    q = only('Berbicara dengan BBC, Budi Santoso mengatakan, "Stok aman."')
    assert.same({ "Budi Santoso", "BBC" }, { q.speaker, q.via })
    q = only('"Stok aman," kata Budi Santoso setelah berbicara dengan Menteri Perdagangan Rina Sari.')
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    -- the dateline's place after the outlet, or the outlet written in capitals before a dash
    for _, text in ipairs({ 'Liputan6.com, Jakarta - Harga naik. "Tidak ada cadangan," kata Budi Santoso kepada '
                            .. "Liputan6.com.",
                            'Bisnis.com, JAKARTA \u{2014} Harga naik. "Tidak ada cadangan," kata Budi Santoso kepada '
                            .. "Bisnis.com.",
                            'KONTAN.CO.ID - JAKARTA. Harga naik. "Tidak ada cadangan," kata Budi Santoso kepada '
                            .. "Kontan.co.id." }) do
      q = only(text)
      assert.same({ "Budi Santoso" }, { q.speaker, q.via }, text)
    end
  end)
  it("takes the outlet that released or carried the statement as via (yang dirilis KCNA, dimuat X)", function()
    local q = only('"Provokasi ini akan dibalas," kata Kim Jong Un dalam pernyataan yang dirilis KCNA.')
    assert.same({ "Kim Jong Un", "KCNA" }, { q.speaker, q.via })
    -- a body that released data is no relay
    q = only('"Inflasi turun," kata Budi Santoso merujuk data yang dirilis BPS.')
    assert.is_nil(q.via)
  end)
  it("takes an outlet no list holds as via after a relaying cue (seperti dikutip harian X)", function()
    local q = only('"Kami akan membalas," kata Menteri Pertahanan Aziz Karimi, seperti dikutip kantor berita PNA.')
    assert.same({ "Aziz Karimi", "PNA" }, { q.speaker, q.via })
    q = only('"Situasi terkendali," kata juru bicara polisi Budi Hartono, seperti dilaporkan Harian Nusa Pos.')
    assert.same({ "Budi Hartono", "Harian Nusa Pos" }, { q.speaker, q.via })
    q = only('"Kami siap," kata Menteri Luar Negeri Arif Havas, dilansir harian Jakarta Daily.')
    assert.same({ "Arif Havas", "Jakarta Daily" }, { q.speaker, q.via })
    -- a site named by its address, known or not
    q = only('"Ekonomi tumbuh," ujar Menteri Keuangan Sri Mulyani, dilansir Kompas.com.')
    assert.equal("Kompas", q.via)
    q = only('"Ekonomi tumbuh," ujar Menteri Keuangan Budi Hartono, dilansir Warta.co.id.')
    assert.equal("Budi Hartono", q.speaker)
    assert.truthy(q.via and q.via:find("^Warta"))
    -- after "mengutip", a name may be a person's: no outlet on its capitals alone
    q = only('"Kami siap," kata Budi Santoso, mengutip Andi Wijaya.')
    assert.is_nil(q.via)
    -- a body the gazetteer knows stays a body
    q = only('"Angka kemiskinan turun," kata Kepala BPS, menurut laporan BPS.')
    assert.is_nil(q.via)
  end)
  it("reads a first paragraph's sentence from after its dateline", function()
    -- the subordinator opens the sentence once the dateline is left out
    local q = kimput.parse("Judul Berita Banjir\n\nBANDUNG, KOMPAS.com - Setelah Bupati Andi Rahman menjelaskan, "
      .. "warga desa itu mengatakan bahwa jalan rusak.\n"):quotes()
    for _, x in ipairs(q) do assert.are_not.equal("Andi Rahman", x.speaker) end
  end)
  it("reads no framing cue in a clause a subordinator opens, nor one without a subject", function()
    local q = kimput.parse("Setelah Bupati Andi Rahman menjelaskan, warga desa itu mengatakan bahwa jalan rusak.")
      :quotes()
    for _, x in ipairs(q) do assert.are_not.equal("Andi Rahman", x.speaker) end
    q = kimput.parse("Selain menegaskan, Bupati Andi Rahman juga mengatakan bahwa anggaran sudah cair."):quotes()
    assert.same({ "indirect", "Andi Rahman", "mengatakan" }, { q[1].kind, q[1].speaker, q[1].cue })
  end)
  it("gives a description the person introduced with its head title, past another named since", function()
    assert.equal("Bagas Hadi", speakers('Pelatih Persikad Bagas Hadi dan kapten Persikad Rudi Wijaya hadir dalam '
      .. 'jumpa pers. "Kami siap," kata pelatih asal Sukamaju itu.')[1])
    assert.equal("Bagas Hadi", speakers('Pelatih Persikad Bagas Hadi dan kapten Persikad Rudi Wijaya hadir. '
      .. 'Pelatih berusia 50 tahun itu menegaskan, "Kami siap."')[1])
    -- and past another's words since
    assert.equal("Imam Santoso", speakers('Ulama Kiai Haji Anwar Hakim mengatakan para kiai sepakat. "Jangan saling '
      .. 'memfitnah," kata Kiai Anwar. Acara itu dihadiri Kapolda Jawa Timur Irjen Pol Imam Santoso. Sebelum acara, '
      .. 'Imam bersilaturahmi ke kediaman Kiai Anwar. "Polri butuh dukungan," kata mantan Kapolda Lembah itu.')[2])
    -- with no such title, the latest person named
    assert.equal("Rudi Wijaya", speakers('Pelatih Persikad Bagas Hadi dan kapten Persikad Rudi Wijaya hadir. '
      .. '"Kami siap," kata pemain berusia 30 tahun itu.')[1])
  end)
  it("gives a former office right after another's speech to that speaker, not to one holding the office now",
    function()
    local q = speakers('Pelatih Persikad Bagas Hadi puas. Juru taktik tim tamu, Rudi Wijaya, kecewa. Menurut Rudi, '
      .. 'timnya akan berbenah. "Tidak ada waktu untuk bersedih," imbuh mantan pelatih tim junior itu.')
    assert.equal("Rudi Wijaya", q[#q])
    -- a former office nobody was introduced with: the one who has been speaking, not whoever was named since
    q = speakers('Menteri Sekretaris Negara Hendra Wiratama memastikan surat itu pribadi. "Kita tunggu isinya," kata '
      .. 'Hendra. Presiden Arman Sitompul masih harus membaca surat itu. "Setelah itu, Presiden akan menanggapi," kata '
      .. 'mantan rektor universitas negeri itu.')
    assert.equal("Hendra Wiratama", q[#q])
    -- nor one holding the office now when another opens the sentences before (the topic), a description
    -- told over a count of terms too ("mantan gubernur dua periode ini")
    q = speakers('Duta Besar Indonesia untuk Nauru, Hendra Wiratama berkunjung ke Sukamaju. Sesuai jadwal, Hendra '
      .. 'akan diterima oleh Gubernur Sukamaju Arman Sitompul. Hendra tiba bersama rombongan. Kedutaan telah '
      .. 'menggelar berbagai festival. "Kunjungan ini untuk promosi," ujar mantan Gubernur Lampung dua periode ini.')
    assert.equal("Hendra Wiratama", q[#q])
    -- one introduced with that former office is found before one holding it now
    assert.equal("Bagas Hadi", speakers('Mantan Pelatih Persikad Bagas Hadi hadir di stadion. Pelatih Persimar Rudi '
      .. 'Wijaya juga datang. "Kami siap," kata mantan pelatih Persikad itu.')[1])
  end)
  it("gives an office of one holder nobody was introduced with to no person introduced with another", function()
    local text = "Menteri Perdagangan Rudi Hartono meninjau Pasar Senen. Harga beras mulai turun. "
    assert.equal("juru bicara", speakers(text .. '"Stok aman," kata juru bicara tersebut.')[1])
    local q = kimput.parse(text .. "Juru bicara itu menambahkan, stok beras aman."):quotes()[1]
    assert.equal("Juru bicara", q.speaker)
    assert.equal("bupati", speakers('Wali Kota Sukamaju Rina Lestari datang. "Kami bantu," ujar bupati tersebut.')[1])
    -- the holder introduced so, and a trade anyone may be described by, still point back
    assert.equal("Rudi Hartono", speakers(text .. '"Stok aman," kata menteri tersebut.')[1])
    assert.equal("Rudi Hartono", speakers(text .. '"Stok aman," kata pria berusia 50 tahun itu.')[1])
    -- a minister's short title is a minister's, and a spokesperson's short title a spokesperson's, past others
    assert.equal("Rudi Hartono", speakers('Mendag Rudi Hartono meninjau pasar. Harga naik. "Stok aman," kata '
      .. "menteri tersebut.")[1])
    assert.equal("Ani Lestari", speakers("Jubir Kemendag Ani Lestari hadir. Harga naik. Wakil Menteri Budi Santoso "
      .. 'datang. "Stok aman," kata juru bicara itu.')[1])
    assert.equal("menteri", speakers('Wakil Menteri Budi Santoso datang. Harga naik. "Stok aman," kata menteri '
      .. "tersebut.")[1])
  end)
  it("keeps a villager named by a given name apart from an official with a longer name that holds it", function()
    assert.same({ "Ahmad", "Ahmad" }, speakers('Gubernur Jawa Tengah Ahmad Luthfiansyah meninjau pasar. Seorang '
      .. 'pedagang, Ahmad (45), mengeluhkan harga cabai. "Mahal sekali," ujar Ahmad. "Sudah dua minggu," kata dia.'))
    assert.equal("Budi", speakers('Menteri Kesehatan Budi Gunawan Sadewa meninjau RSUD Sukamaju. Seorang pasien '
      .. 'bernama Budi mengaku puas. "Dokternya ramah," ujar Budi.')[1])
    assert.equal("Ahmad", speakers('Acara itu dihadiri Kiai Haji Ahmad Mustofa Rahman. Seorang jemaah asal Kampar, '
      .. 'Ahmad, datang sejak sore. "Saya ingin dengar ceramah," kata Ahmad.')[1])
    -- a part said alone, with no such mark, is still the official
    assert.equal("Ahmad Luthfiansyah", speakers('Gubernur Jawa Tengah Ahmad Luthfiansyah meninjau pasar. '
      .. '"Harga stabil," ujar Ahmad.')[1])
  end)
  it("reads a rank among deputies or diplomats as the title's (Wakil Presiden Pertama, Sekretaris Pertama)", function()
    assert.same({ "Reza Karimi", "Budi Santoso" }, people("Wakil Presiden Pertama Iran Reza Karimi hadir. Sekretaris "
      .. "Pertama Kedutaan Besar RI Budi Santoso juga hadir."))
  end)
  it("knows the districts of Jakarta news names after a building: no person set off by commas", function()
    assert.same({ "Bagas Hadi" }, people('"Kami usulkan rapat gabungan," kata Bagas Hadi kepada wartawan di Gedung '
      .. 'DPR, Senayan, Jakarta, Senin (2/10).'))
  end)
  it("never makes the place an office serves a person: 'warga Desa Sukamaju mengatakan'", function()
    for _, x in ipairs(kimput.parse("Warga Desa Sukamaju mengatakan bahwa jalan rusak."):quotes()) do
      assert.are_not.equal("Sukamaju", x.speaker)
    end
  end)
  it("reads 'Nama Lengkap, warga setempat, mengatakan' as a person", function()
    assert.equal("Budi Santoso", only('Budi Santoso, warga setempat, mengatakan, "Air naik cepat."').speaker)
    -- a description opening with a noun for a person needs no cue after it (numbers may stand in it)
    assert.same({ "Wulan Sasmita" }, speakers('Wulan Sasmita, perempuan berusia 45 tahun itu, tak kuasa menahan '
      .. 'tangis. "Rumah kami habis," ucapnya.'))
    assert.same({ "Sunarto Wibowo" }, speakers('Sunarto Wibowo, warga RT 03, membersihkan lumpur. "Sudah tiga kali '
      .. 'banjir," katanya.'))
    -- (not a town's description: "ibu kota")
    assert.same({}, people("Nusa Damai, ibu kota kabupaten itu, lumpuh total."))
  end)
  it("never gives a title naming another country to the holder of the same office elsewhere", function()
    local q = kimput.parse('PM Jepang Hiroshi Tanaka tiba di Jakarta. "Kawasan ini harus damai," kata Perdana Menteri '
      .. 'Malaysia.'):quotes()
    assert.equal("Perdana Menteri Malaysia", q[#q].speaker)
  end)
  it("knows more cues of speech: ulas, berpendapat, berkisah, memastikan, menampik, mengemukakan", function()
    assert.equal("ulas", only('"Harga naik," ulas Rina Wulandari.').cue)
    for _, cue in ipairs({ "berpendapat", "berkisah", "mengeluhkan", "memastikan", "menampik", "mengemukakan" }) do
      local q = only("Rina Wulandari " .. cue .. ', "Harga naik."')
      assert.same({ cue, "Rina Wulandari" }, { q.cue, q.speaker })
    end
  end)
  it("gives 'Ia' after a quote to its speaker, not to a person named inside the quoted words", function()
    local q = kimput.parse("Wali Kota Rahmat Hidayat meresmikan pasar itu. "
      .. '"Gubernur Siti Aminah sudah menyetujui anggarannya," ujar Kepala Bappeda Yusuf Maulana. '
      .. 'Ia juga menjelaskan pasar akan buka setiap hari. "Pedagang tidak perlu khawatir," imbuhnya.'):quotes()
    assert.equal("Yusuf Maulana", q[1].speaker)
    assert.same({ "indirect", "Yusuf Maulana" }, { q[2].kind, q[2].speaker })
    assert.same({ "direct", "Yusuf Maulana", "imbuhnya" }, { q[3].kind, q[3].speaker, q[3].cue })
  end)
  it("gives 'Dia' to an economist introduced as 'Ekonom senior X', not to the person before", function()
    local q = kimput.parse("Gubernur Bank Sentral Hadi Wijaya menyebut inflasi terkendali. Ekonom senior "
      .. "Ratna Kusuma berpendapat lain. Dia menilai pertumbuhan masih rapuh."):quotes()
    assert.equal("Ratna Kusuma", q[#q].speaker)
  end)
  it("reads regional police style: 'kata Kapolres X, AKBP Y'", function()
    local q = only('"Pelaku sudah kami amankan," kata Kapolres Lebak, AKBP Yudi Prasetya, Senin (4/3).')
    assert.same({ "direct", "Yudi Prasetya", "kata" }, { q.kind, q.speaker, q.cue })
  end)
  it("strips ranks written out in full: 'Komisaris', 'Ajun Komisaris Besar Polisi', 'Letnan Satu'", function()
    local q = only('Kepala Satuan Reserse Polres Kota Baru Komisaris Arman Setiadi berkata, "Kami masih memburu."')
    assert.equal("Arman Setiadi", q.speaker)
    q = only('"Jalur itu kami tutup sementara," ujar Ajun Komisaris Besar Polisi Dewi Lestari, Senin.')
    assert.equal("Dewi Lestari", q.speaker)
    q = only('"Semua personel siaga," kata Komandan Pos Letnan Satu Bayu Pratama di lokasi.')
    assert.equal("Bayu Pratama", q.speaker)
  end)
  it("reads an organisation inside a role: 'Ketua Partai X, Y', 'Rektor Universitas X Y'", function()
    local q = only('Ketua Umum Partai Maju Bersama, Budi Santoso mengaku belum diundang. "Belum," tegas Budi.')
    assert.equal("Budi Santoso", q.speaker)
    q = only('Rektor Universitas Nusa Raya Lestari Wulandari mengatakan kampus siap. "Kami terbuka," ujar Lestari.')
    assert.equal("Lestari Wulandari", q.speaker)
    q = only('Presiden Klub Persatuan Sukamaju Andra Wirawan menyampaikan sikap klub. "Kami siap," kata Andra.')
    assert.equal("Andra Wirawan", q.speaker)
    q = only('Pengamat politik dari Universitas Tanjung, Ahmad Fauzi, menilai. "Koalisi itu rapuh," ujarnya.')
    assert.equal("Ahmad Fauzi", q.speaker)
    -- a body's English name joins its words with "for" and "and" as with "of"
    q = only('Pengamat militer dari Institute for Defense and Maritime Studies (IDMS), Rudi Hartawan, menilai '
      .. 'pengadaan itu mahal. "Merawatnya yang mahal," ujarnya.')
    assert.equal("Rudi Hartawan", q.speaker)
    assert.equal("Sinta Wulandari", first_speaker("Peneliti dari Center for Fiscal Policy Analysis (CFPA), "
      .. "Sinta Wulandari, menilai kenaikan itu kecil."))
  end)
  it("reports no speech when a cue has no words after it ('X menyatakan menolak.')", function()
    local qs = kimput.parse("Ketua Fraksi Rakyat Jaya Dimas Arya menyatakan menolak."):quotes()
    for _, q in ipairs(qs) do assert.truthy(q.text:find("%a"), "a reported clause has words") end
  end)
  it("takes 'dia' after a quotation as its speaker, not an earlier sentence's subject", function()
    local qs = quotes('Wali Kota Rina Marlina menyebut, "Semua sekolah siaga." ' ..
      '"Kami menyiapkan perahu karet," tutur Kepala Dinas Sosial Hendra Wijaya kepada wartawan. ' ..
      'Dia menambahkan, "Warga jangan panik."')
    assert.same({ "Rina Marlina", "Hendra Wijaya", "Hendra Wijaya" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
  end)
  it("reads the less common cues: beber, seloroh, keluh, akui, bilang; mengaku and berpesan before a quote", function()
    assert.same({ "Joko Susilo", "beber" }, (function()
      local q = only('"Uangnya dipakai untuk judi," beber Kasat Reskrim Joko Susilo.')
      return { q.speaker, q.cue }
    end)())
    assert.equal("Rina Amelia", only('"Harga cabai naik terus," keluh Rina Amelia, pedagang pasar.').speaker)
    assert.equal("Dodi Saputra", only('Dodi Saputra mengaku: "Saya tidak tahu apa-apa."').speaker)
    assert.equal("Hasan Basri", only('Bupati Hasan Basri berpesan, "Jaga kebersihan sungai."').speaker)
  end)
  it("takes a nickname and initials given after a name as that person's", function()
    local q = only('Kepala Dinas Pangan, Bambang Sutrisno, yang akrab disapa Tris, datang. "Stok aman," kata Tris.')
    assert.equal("Bambang Sutrisno", q.speaker)
    q = only('Ketua DPRD Makassar Andi Rahmat Saleh (ARS) hadir. "Kami mendukung," ujar ARS.')
    assert.equal("Andi Rahmat Saleh", q.speaker)
    -- a party after a name is not the person's initials
    local m = kimput.parse('Anggota DPR Dewi Lestari (PKS) hadir. "Kami mendukung," ujar PKS.'):quotes()
    assert.are_not.equal("Dewi Lestari", m[#m].speaker)
  end)
  it("reads capitals that spell the initials of a person named before as that person (STY, AHY, RK)", function()
    local qs = kimput.parse('Pelatih tim nasional Han Min-jae puas. Menurut HMJ, sapaan akrabnya, pemain tampil '
      .. 'disiplin. "Kami siap," kata HMJ.'):quotes()
    assert.same({ "indirect", "Han Min-jae", "direct", "Han Min-jae" }, { qs[1].kind, qs[1].speaker, qs[2].kind,
      qs[2].speaker })
    assert.equal("Rina Kartika", only('Lurah Rina Kartika memantau banjir. "Warga aman," ujar RK.').speaker)
    assert.equal("Bagas Hadi Yulianto", only('Bupati Sleman Bagas Hadi Yulianto hadir. '
      .. '"Koalisi solid," kata BHY kepada wartawan.').speaker)
    -- two people of the same initials: neither is guessed, the capitals name the speaker as written
    assert.equal("RK", only('Camat Rudi Kurniawan dan Lurah Rina Kartika hadir. "Warga aman," ujar RK.').speaker)
    -- capitals before a number or a capitalised word, or two letters with no cue next to them, name
    -- something else
    for _, text in ipairs({
      "Kapolres Kurnia Mahardika mengatakan kecelakaan terjadi di KM 102 Tol Cipali.",
      "Bupati Hendra Wijaya meminta warga melapor ke HW Center.",
      "Kepala Dinas Pekerjaan Umum Putri Utami mengatakan PU siap.",
    }) do
      assert.equal(1, #people(text), text)
    end
    -- capitals the lexicon knows keep their meaning (AS: a country)
    local m = kimput.parse("Menlu Andi Santoso hadir. AS menolak usulan itu."):mentions()
    assert.equal("place", m[#m].kind)
  end)
  it("opens a name at an unknown word between a known place and a middle name, or after a rank", function()
    assert.same({ "Rizky Muhammad Fauzan" }, people("Ketua Bawaslu Jabar Rizky Muhammad Fauzan mengingatkan tim."))
    assert.same({ "Rizky Muhammad Fauzan" },
      people("Kapolres Sleman AKBP Rizky Muhammad Fauzan mengatakan pelaku ditangkap."))
    assert.same({ "Rizky Muhammad Fauzan" },
      people("Dandim 0734 Letkol Inf Rizky Muhammad Fauzan mengatakan latihan selesai."))
  end)
  it("reads the words after a reporting verb as reported when a later verb of the clause sends a letter", function()
    local q = first_quote("Menteri Sekretaris Negara Bagas Hadi mengatakan Presiden akan membalas surat itu "
      .. "dalam waktu dekat.")
    assert.same({ "indirect", "Bagas Hadi", "mengatakan" }, { q.kind, q.speaker, q.cue })
    q = first_quote("Juru bicara Ratna Sari menyebut Gubernur sudah mengirim surat belasungkawa kepada keluarga "
      .. "korban.")
    assert.same({ "Ratna Sari", "menyebut" }, { q.speaker, q.cue })
    -- the verb of sending alone reports no words
    assert.is_nil(first_quote("Gubernur Ratna Sari membalas surat itu pada Senin."))
  end)
  it("reads a letter after a verb of saying as the words' subject, not as a letter sent", function()
    local q = first_quote("Juru bicara Kemenlu Rina Hapsari mengatakan surat itu dikirim melalui kedutaan pekan lalu.")
    assert.same({ "indirect", "Rina Hapsari", "mengatakan", "surat itu dikirim melalui kedutaan pekan lalu." },
      { q.kind, q.speaker, q.cue, q.text })
    -- a verb that gives or delivers still sends it
    assert.is_nil(first_quote("Juru bicara Kemenlu Rina Hapsari menyampaikan surat itu kepada Presiden."))
  end)
  it("keeps the first reporting verb when a body or a place named alone is the later verb's subject", function()
    local q = first_quote("Juru bicara Kemenlu Rina Hapsari menyebut Jakarta menolak usulan tersebut.")
    assert.same({ "Rina Hapsari", "menyebut", "Jakarta menolak usulan tersebut." }, { q.speaker, q.cue, q.text })
    q = first_quote("Kapolres Sukamaju AKBP Dodi Firmansyah mengatakan KPK menyatakan kasus itu ditutup.")
    assert.same({ "Dodi Firmansyah", "mengatakan", "KPK menyatakan kasus itu ditutup." }, { q.speaker, q.cue, q.text })
  end)
  it("keeps the first reporting verb when a clause of a plain noun and a word of mood follows it", function()
    local q = first_quote("Ketua asosiasi Rudi Hartono menyebut pemerintah harus memastikan kesetaraan.")
    assert.same({ "Rudi Hartono", "menyebut", "pemerintah harus memastikan kesetaraan." }, { q.speaker, q.cue, q.text })
    q = first_quote("Bupati Ani Lestari mengatakan warga perlu menyampaikan keluhan lewat aplikasi.")
    assert.same({ "mengatakan", "warga perlu menyampaikan keluhan lewat aplikasi." }, { q.cue, q.text })
  end)
  it("reads a description closed by itu after a connective or capitalised at a sentence's start as the person "
    .. "named last", function()
    for _, text in ipairs({
      'Ketua Komisi III DPR Bagas Hadi menilai putusan itu tepat. Politikus Partai Sukamaju itu menambahkan, "Kita '
        .. 'hormati."',
      'Ketua Komisi III DPR Bagas Hadi menilai putusan itu tepat. Lalu politikus Partai Sukamaju itu menambahkan, '
        .. '"Kita hormati."',
    }) do
      local qs = kimput.parse(text):quotes()
      assert.equal("Bagas Hadi", qs[#qs].speaker, text)
    end
    local qs = kimput.parse("Ketua Komisi III DPR Bagas Hadi menilai putusan itu tepat. Sementara itu, politikus "
      .. "Partai Sukamaju itu menambahkan bahwa hakim adil."):quotes()
    assert.same({ "Bagas Hadi", "menambahkan" }, { qs[#qs].speaker, qs[#qs].cue })
  end)
  it("reads a pronoun after the cue that points at nobody as whom a recap after it names", function()
    for _, text in ipairs({
      '"Kami sudah siap," kata dia. Demikian disampaikan Kepala Dinas Pendidikan, Hartono.',
      '"Kami sudah siap," ujar beliau. Hal itu disampaikan Kepala Dinas Pendidikan, Hartono.',
    }) do
      assert.equal("Hartono", only(text).speaker, text)
    end
    -- someone named before: the pronoun's
    assert.equal("Ratna Sari", speakers('Bupati Ratna Sari meninjau banjir. "Kami sudah siap," kata dia. Hal itu '
      .. 'disampaikan Kepala Dinas Pendidikan, Hartono.')[1])
  end)
  it("reads Kepala Negara as the president introduced before (the office by another name)", function()
    assert.equal("Ahmad Subagja", only('Presiden Ahmad Subagja meninjau pasar. "Harga stabil," kata Kepala Negara.')
      .speaker)
    assert.equal("Ahmad Subagja", speakers('Presiden Ahmad Subagja hadir. Presiden Prancis Louis Martin juga hadir. '
      .. '"Kita bersahabat," kata Kepala Negara.')[1])
  end)
  it("reads Bendahara Negara (itu) as the finance minister introduced before", function()
    assert.same({ "Rina Kusumawati", "Rina Kusumawati" }, speakers('Menteri Keuangan Rina Kusumawati menggelar jumpa '
      .. 'pers. "Defisit terjaga," ujar Bendahara Negara itu. "Kami waspada," kata Bendahara Negara.'))
  end)
  it("reads the units a served place lies in, set off by commas, as the role's (Camat X, Kota Y, Nama)", function()
    assert.same({ "Rina Marlina" }, people("Camat Sukajadi, Kota Sukamaju, Rina Marlina, mengatakan warga aman."))
    assert.same({ "Bagas Hadi" }, people("Vonis dijatuhkan kepada mantan Kepala Desa Sidomulyo, Kabupaten Sukamaju, "
      .. "Bagas Hadi (52), Kamis."))
    assert.same({ "Asep Sunandar" }, people("Lurah Cibiru, Kecamatan Cibiru, Kota Sukamaju, Asep Sunandar, "
      .. "mengatakan jalan sudah diperbaiki."))
    assert.equal("Rina Marlina", first_speaker("Camat Sukajadi, Kota Sukamaju, Rina Marlina, mengatakan warga aman."))
    -- an honorific before the name
    assert.same({ "Slamet Riyadi" }, people("Kades Sumberasri, Kecamatan Purwoharjo, H. Slamet Riyadi, hadir."))
  end)
  it("leaves the degrees after a name and its comma out of the mentions (X, M.Kes, mengatakan)", function()
    assert.same({ "Ratna Puspita" }, people("Kepala Dinas Kesehatan Kota Sukamaju, drg. Ratna Puspita, M.Kes, "
      .. "mengatakan vaksinasi gratis."))
    assert.equal("Ratna Puspita", first_speaker("Kepala Dinas Kesehatan, Ratna Puspita, M.Si, mengatakan "
      .. "vaksinasi gratis."))
    assert.same({ "Hendra Wijaya" }, people("Hal itu dikatakan Hendra Wijaya, SH, MH, kepada wartawan."))
  end)
  it("reads a firm the document named before, and English offices, as the role in a title chain", function()
    -- the firm without its legal form, two words between the title and the name
    assert.equal("Hendra Wijaya", first_speaker("PT Cahaya Raya (Persero) Tbk memprediksi lonjakan penumpang. "
      .. "Direktur Utama Cahaya Raya Hendra Wijaya mengatakan armada ditambah."))
    assert.equal("Sinta Dewi", first_speaker("PT Tokoku Digital menerima pendanaan. VP Corporate Communication "
      .. "Tokoku Digital Sinta Dewi mengatakan aplikasi aman."))
    -- a word read as a firm before a name, with a field in English before it later
    local qs = kimput.parse("CEO Tokoku Bagas Hadi mengatakan dana itu untuk ekspansi. Head of Communications "
      .. "Tokoku Sinta Dewi mengatakan data pengguna aman."):quotes()
    assert.equal("Bagas Hadi", qs[1].speaker)
    assert.equal("Sinta Dewi", qs[2].speaker)
    -- offices in English open the chain, the firm after them; a firm's English name ends with its tail
    assert.equal("Bagas Hadi", only('Chief Executive Officer Tokoku Bagas Hadi berkata, "Kami ekspansi."').speaker)
    assert.equal("Bagas Hadi", only('Chief Financial Officer Tokoku Bagas Hadi berkata, "Dana cukup."').speaker)
    assert.equal("Rina Wati", only('Managing Partner Sukamaju Ventures Rina Wati berkata, "Kami percaya."').speaker)
    assert.equal("Rina Wati", only('Country Director Yayasan Sukamaju Rina Wati berkata, "Bantuan tiba."').speaker)
    -- "Coach" before a name is a form of address: the coach introduced before
    assert.equal("Arif Santoso", kimput.parse('Pelatih Persikota Arif Santoso mengatakan timnya siap. "Kami siap," '
      .. "kata Coach Arif."):quotes()[2].speaker)
    -- a name of three words that holds no firm named before stays whole
    assert.equal("Hendra Wijaya Saputra", first_speaker("PT Cahaya Raya menambah armada. Juru Bicara Hendra Wijaya "
      .. "Saputra mengatakan laba naik."))
  end)
  it("drops a body's word read as a name's first once the person is called by the second (Menurut Kukuh)", function()
    assert.same({ "Kukuh Pramana", "Kukuh Pramana" }, speakers('Sekretaris Umum Gapura Kukuh Pramana '
      .. 'berkata, "Harga jadi kendala." Menurut Kukuh, insentif perlu. "Pasar masih kecil," ujar Kukuh.'))
    local qs = kimput.parse('CEO sekaligus pendiri Tanamaju, Bayu Aditya, mengatakan dana itu untuk ekspansi. '
      .. 'VP Corporate Communication Tanamaju Nadia Putri menyebut tidak ada PHK. "Kami merekrut," terang Nadia.')
      :quotes()
    assert.same({ "Bayu Aditya", "Nadia Putri", "Nadia Putri" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    -- the name whole when the person goes by the first word, or by the second after a rank or such a name's opening
    assert.equal("Rasio Ridho Sani", speakers('Direktur Jenderal Rasio Ridho Sani berkata, "Kami segel." '
      .. '"Pemilik bisa dipidana," kata Rasio.')[2])
    assert.equal("Dwi Agung Wibowo", speakers('Kepala Dinas Pangan Dwi Agung Wibowo berkata, "Stok aman." '
      .. '"Harga turun," kata Agung.')[2])
    assert.equal("Rudi Sigit Prakoso", speakers('Kapolres Sukamaju AKBP Rudi Sigit Prakoso berkata, "Kami usut." '
      .. '"Pelaku dua orang," kata Sigit.')[2])
    -- after an office ending in a word of rank too
    assert.equal("Rasio Ridho Sani", speakers('Direktur Jenderal Gakkum Rasio Ridho Sani berkata, "Kami segel." '
      .. '"Pemilik bisa dipidana," kata Rasio.')[1])
    -- a firm's English name ends with its tail: "Entertainment", "Studios", "Pictures", "Records"
    assert.equal("Jang Min-ho", only('CEO Bintang Entertainment Jang Min-ho berkata, "Kami datang."').speaker)
    -- and others ("Electronics", "Motors", "Airlines", "Logistics" …), also after a word read as a unit's
    assert.equal("Rakesh Menon", only('CEO Tata Electronics Rakesh Menon berkata, "Pabrik beroperasi."').speaker)
    assert.equal("Budi Laksana", only('Direktur Sinar Logistics Budi Laksana berkata, "Pesanan naik."').speaker)
  end)
  it("reads a city of another country after a country's office as opening the name (Taiwan Wellington Koo)", function()
    assert.same({ "Wellington Lim", "Wellington Lim" }, speakers('Menteri Pertahanan Taiwan Wellington Lim berkata, '
      .. '"Kami siap." "Kami tidak memprovokasi," kata Lim.'))
    -- a city of the country itself, a diplomat's post abroad and a province after a regency stay places
    assert.equal("Budi Santoso", first_speaker('Konsul Jenderal Indonesia Sydney Budi Santoso berkata, "Warga aman."'))
    assert.equal("Kenji", first_speaker('Dubes Jepang London Kenji berkata, "Warga aman."'))
    assert.equal("Sutrisno", first_speaker('Kepala Dinas Kesehatan Kudus Jateng Sutrisno berkata, "Kasus naik."'))
    assert.equal("Anne Hidalgo", first_speaker('Wali Kota Paris Anne Hidalgo berkata, "Kota siap."'))
  end)
  it("reads 'Inspektur' as the head of an inspectorate, the police ranks of it still ranks", function()
    assert.same({ "Joko Saptono", "Joko Saptono" }, speakers('Inspektur Inspektorat Sukamaju Joko Saptono berkata, '
      .. '"Belum ada laporan." "Kami periksa," kata Joko.'))
    assert.equal("Budi Santoso", first_speaker('Kapolsek Sukamaju Inspektur Polisi Satu Budi Santoso berkata, '
      .. '"Kabur."'))
  end)
  it("keeps a name's first word after a national house, which names no branch (DPR, Komisi II)", function()
    assert.same({ "Rahmat Dwi Santika", "Rahmat Dwi Santika" }, speakers('Wakil Ketua DPR Rahmat Dwi Santika '
      .. 'berkata, "Kami tunda." "Kasihan pengemudi," ucap Santika.'))
    assert.same({ "Budi Santoso Wijaya", "Budi Santoso Wijaya" }, speakers('Ketua Komisi II Budi Santoso Wijaya '
      .. 'berkata, "Rapat pekan depan." "Kita undang menteri," kata Santoso.'))
    assert.same({ "Budi Santoso Wijaya", "Budi Santoso Wijaya" }, speakers('Anggota Komisi V Budi Santoso Wijaya '
      .. 'berkata, "Rapat pekan depan." "Kita undang menteri," kata Santoso.'))
    assert.equal("Sutrisno", speakers('Ketua Komisi IV Sutrisno berkata, "Harga naik."')[1])
    -- the country's short name closing the house or the office: the title ended there too
    assert.same({ "Rahmat Dwi Santika", "Rahmat Dwi Santika" }, speakers('Wakil Ketua DPR RI Rahmat Dwi Santika '
      .. 'berkata, "Kami tunda." "Kasihan pengemudi," tutur Dwi.'))
    assert.same({ "Budi Santoso Wijaya", "Budi Santoso Wijaya" }, speakers('Menteri Luar Negeri Indonesia Budi '
      .. 'Santoso Wijaya berkata, "Rapat pekan depan." "Kita undang duta besar," kata Santoso.'))
    -- a body that has branches still gives the word back to it (Sekretaris Umum Gapura Kukuh Pramana, above)
    assert.equal("Kukuh Pramana", speakers('Ketua Gapura Kukuh Pramana berkata, "Harga naik." '
      .. '"Pasar kecil," kata Kukuh.')[2])
  end)
  it("reads regional heads of villages and districts, and a bishop's diocese, as titles serving a place", function()
    assert.equal("Aris Suryono", only('Panewu Cangkringan Aris Suryono berkata, "Desa lain bisa belajar."').speaker)
    assert.same({ "Yonnefri", "Yonnefri" }, speakers('Wali Nagari Sungai Pua Yonnefri berkata, "Lahan kosong." '
      .. '"Pemiliknya di Jakarta," ujar Yonnefri.'))
    assert.equal("Abdul Manaf", only('Keuchik Lamteh Abdul Manaf berkata, "Kami gotong royong."').speaker)
    assert.same({ "Darto", "Darto" }, speakers('Kuwu Tegalgubug Darto berkata, "Pasar sepi." '
      .. '"Harga turun," ucap Darto.'))
    assert.equal("Misdi Raharjo", only('Kepala Dusun Krajan Misdi Raharjo berkata, "Air naik cepat."').speaker)
    -- Mgr, Tgk and Bhikkhu written without a dot are honorifics, as with it
    assert.same({ "Fransiskus Kopong Bura", "Fransiskus Kopong Bura" }, speakers('Uskup Larantuka Mgr Fransiskus '
      .. 'Kopong Bura berkata, "Ini bersejarah." "Umat bersiap," kata Mgr Frans.'))
    assert.equal("Faisal Amin", only('Ketua MPU Tgk Faisal Amin berkata, "Tegakkan qanun."').speaker)
  end)
  it("drops a place's word read as the first of a two-word name once the person is called by the second", function()
    assert.same({ "Sutarno", "Sutarno" }, speakers('Kepala Desa Karangwetan Sutarno berkata, "Dana desa cair." '
      .. '"Kami bangun jalan," kata Sutarno.'))
    -- a place of two words, its first read as the place
    assert.same({ "Jumali", "Jumali" }, speakers('Camat Tanjung Kemuning Jumali berkata, "Tim sudah turun." '
      .. '"Kami cek tiap RT," tegas Jumali.'))
    -- the name whole when the person goes by the first word, or after a known place
    assert.equal("Warsito Hadi", speakers('Lurah Warsito Hadi berkata, "Posko buka." '
      .. '"Silakan lapor," kata Warsito.')[2])
    assert.equal("Poltak Simbolon", speakers('Bupati Toba Poltak Simbolon berkata, "Kami siap." '
      .. '"Dermaga diperluas," kata Simbolon.')[2])
  end)
  it("gives a quote announced by the line before (Berikut isi surat X:) to the owner of the text", function()
    local letter = '\n"Kami menyampaikan salam hangat kepada rakyat Anda.\nSemoga kerja sama kita makin erat."'
    assert.same({ "Tamara Vell", "Tamara Vell" },
      speakers('Presiden Tamara Vell menyurati Raja Oskar, Senin.\n'
        .. 'Berikut isi surat Tamara Vell kepada Oskar:' .. letter))
    assert.same({ "Tamara Vell", "Tamara Vell" },
      speakers('Presiden Tamara Vell menyurati Raja Oskar, Senin.\nIsi surat Tamara Vell sebagai berikut:' .. letter))
    -- a line pointing back at the letter told before
    assert.same({ "Tamara Vell", "Tamara Vell" }, speakers('Presiden Tamara Vell mengirim surat kepada Raja Oskar, '
      .. 'Senin. Kantor berita negara itu memuat isi surat tersebut.\nBerikut petikannya:' .. letter))
    -- a statement or a speech named with its owner
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers('Rapat digelar di balai kota.\n'
      .. 'Berikut pernyataan lengkap Wali Kota Rudi Hartono:' .. letter))
    -- a line naming no text names no speaker
    assert.same({ "nil", "nil" }, speakers('Rapat digelar di balai kota.\nIsi kesepakatan itu:' .. letter))
  end)
  it("keeps the whole name of a team's or a firm's head called by the surname (Pelatih Persikota X Y ... kata Y)",
    function()
    assert.same({ "Mateo Silva", "Mateo Silva" }, speakers('Pelatih Persikota Mateo Silva berkata, "Kami kalah." '
      .. '"Lini tengah lemah," kata Silva.'))
    assert.same({ "Hendra Gunawan", "Hendra Gunawan" }, speakers('Pelatih Hendra Gunawan berkata, "Kami siap." '
      .. '"Semua pemain bugar," ujar Gunawan.'))
    assert.same({ "Rina Oktaviani", "Rina Oktaviani" }, speakers('CEO Tokoku Rina Oktaviani berkata, '
      .. '"Penjualan naik." "Kami buka gudang baru," kata Oktaviani.'))
    -- a place's head is still read as above
    assert.same({ "Sutarno", "Sutarno" }, speakers('Kepala Desa Karangwetan Sutarno berkata, "Dana desa cair." '
      .. '"Kami bangun jalan," kata Sutarno.'))
  end)
  it("reads a run of degrees after a name's comma as the name's, with no comma closing it (X, SH, MH mengatakan)",
    function()
    assert.equal("Hendra Wijaya", only('Kuasa hukum pelapor, Hendra Wijaya, SH, MH mengatakan, "Kasus ini janggal."')
      .speaker)
    assert.equal("Wulan Sari", first_speaker("Kepala Dinas Kesehatan, dr. Wulan Sari, MPH menyebut kasus naik."))
    assert.equal("Bagas Hadi", first_speaker("Rektor Universitas Sukamaju, Prof. Bagas Hadi, SE, MA, PhD mengatakan "
      .. "kampus siap."))
    assert.equal("Rina Marlina", first_speaker("Juru bicara dinas, dr. Rina Marlina, Sp.P, MARS mengatakan "
      .. "kasus naik."))
    assert.equal("Rina Marlina", first_speaker("Dokter kandungan, dr. Rina Marlina, Sp.OG(K) mengatakan ibu sehat."))
    assert.equal("Ratna Puspita", first_speaker("Kepala Puskesmas Ratna Puspita, SKM, MM mengatakan stok cukup."))
    -- an engineer's professional grade (IPU) after the dotted degrees; the degrees before a name undotted (Ir, Drs)
    assert.equal("Bagas Hadi", first_speaker("Rektor Universitas Sukamaju Prof. Dr. Ir. H. Bagas Hadi, M.Eng., IPU "
      .. "menilai kampus siap."))
    assert.equal("Wayan Sudarma", first_speaker("Kepala Dinas PUTR Kabupaten Sukamaju, Ir Wayan Sudarma MT, "
      .. "mengatakan jalan diperbaiki."))
    assert.equal("Hendra Wijaya", first_speaker("Kepala Sekolah Drs Hendra Wijaya mengatakan ujian lancar."))
    assert.same({ "Ratna Puspita" }, people("Kepala Puskesmas Ratna Puspita, SKM, MM mengatakan stok cukup."))
    -- an acronym no list of degrees holds is a body still
    assert.equal("KPK", first_speaker("Penyidik memeriksa Hendra Wijaya, KPK mengatakan kasus berlanjut."))
  end)
  it("reads Kerajaan, Kesultanan and the like before a country as a body, inside a ministry's name too", function()
    local m = mention("Kerajaan Yordania menyatakan kedua pemimpin sepakat.", "Kerajaan Yordania")
    assert.equal("org", m.kind)
    assert.equal("Kerajaan Yordania", first_speaker("Pemerintah Kerajaan Yordania menyatakan kedua pemimpin sepakat."))
    assert.equal("Kementerian Luar Negeri Kerajaan Arab Saudi", first_speaker("Kementerian Luar Negeri Kerajaan Arab "
      .. "Saudi menyatakan kedua pemimpin sepakat."))
  end)
  it("links a short form told with the full name to the person: alias, atau Gus X, sapaan akrab, (UAS), Al-X",
    function()
    local function last_speaker(text)
      local qs = kimput.parse(text):quotes()
      return qs[#qs].speaker
    end
    assert.equal("Rina Marlina", last_speaker('Rina Marlina alias Ucok menyerahkan keputusan kepada suaminya. '
      .. '"Aku dukung," kata Ucok.'))
    assert.equal("Ahmad Hasyim Mubarok", last_speaker('Acara itu dihadiri Kiai Haji Ahmad Hasyim Mubarok atau '
      .. 'Gus Barok. "Orang beragama pasti santun," ucap Gus Barok.'))
    assert.equal("Park Jae-won", last_speaker('PJW, sapaan akrab Park Jae-won, mengatakan laga ini penentu. '
      .. '"Kami harus menang," kata PJW.'))
    assert.equal("Arif Santoso", last_speaker('Penceramah Ustaz Arif Santoso (UAS) hadir di Sukamaju. '
      .. '"Jangan disia-siakan," kata UAS.'))
    assert.equal("Nadia Karim Al-Faruqi", last_speaker('Duta Besar Qatar Nadia Karim Al-Faruqi hadir. '
      .. '"Kami menghargai Indonesia," kata Al-Faruqi.'))
  end)
  it("takes a nickname told after an age, after 'atau', or with an honorific before it", function()
    assert.equal("Rudi Permana", only('Rudi Permana (34), yang akrab dipanggil Obi, kehilangan sepeda. '
      .. '"Sepeda saya hilang," ucap Obi.').speaker)
    assert.equal("Sutrisno Hadi", only('Ketua RW 03 Sutrisno Hadi atau yang biasa disapa Pak Tris mengecek tanggul. '
      .. '"Tanggul masih kuat," kata Pak Tris.').speaker)
    assert.equal("Hendra Wiguna Saputra", only('Bupati Hendra Wiguna Saputra yang akrab disapa Kang Hendra hadir. '
      .. '"Semua aman," tutur Kang Hendra.').speaker)
    -- "atau akrab disapa" with no "yang", the name set off after a description: a person, that nickname hers
    assert.same({ "Yohana Sinta Dewi", "Yohana Sinta Dewi" }, speakers('Pemandu wisata setempat, Yohana Sinta Dewi '
      .. 'atau akrab disapa Sinyo, menyebut tarif naik. "Bahan bakar mahal," akunya. "Tarif naik," kata Sinyo.'))
  end)
  it("takes 'X, sapaan akrabnya' and 'X, sapaan akrab Y' as another name of that person", function()
    local qs = quotes('Kepala Dinas Perikanan Margareta Wulandari hadir di pelabuhan. '
      .. '"Stok ikan cukup," kata Reta, sapaan akrabnya.')
    assert.equal("Margareta Wulandari", qs[1].speaker)
    qs = quotes('Kepala Dinas Perikanan Margareta Wulandari hadir. Reta, sapaan akrab Margareta Wulandari, '
      .. 'memeriksa kapal. "Semua kapal laik," kata Reta.')
    assert.equal("Margareta Wulandari", qs[#qs].speaker)
    -- opening a sentence, "sapaan akrabnya" after it
    assert.same({ "Margareta Wulandari", "Margareta Wulandari" }, speakers('Kepala Dinas Perikanan Margareta '
      .. 'Wulandari hadir. Reta, sapaan akrabnya, menilai stok cukup. "Semua kapal laik," kata Reta. '
      .. '"Tidak ada masalah," ujar Reta lagi.'))
    -- a name after a comma and a word that is no nickname's stays its own
    qs = quotes('Kepala Dinas Perikanan Margareta Wulandari hadir. "Stok ikan cukup," kata Yosef, nelayan setempat.')
    assert.equal("Yosef", qs[1].speaker)
    -- a person of the gazetteer named before, the gloss left out of the words after "Menurut"
    local q = kimput.parse("Menteri Keuangan Sri Mulyani Indrawati hadir. Menurut Ani, sapaan akrab Sri Mulyani, "
      .. "anggaran cukup."):quotes()[1]
    assert.same({ "Sri Mulyani Indrawati", "anggaran cukup." }, { q.speaker, q.text })
  end)
  it("takes one word after 'atau' or 'alias' right after a name as that person's nickname", function()
    local qs = quotes('Mantan Wali Kota Sukamaju Bambang Hadi Susilo atau Bimo menilai pasar harus dibenahi. '
      .. '"Pedagang jangan ditinggalkan," kata Bimo.')
    assert.equal("Bambang Hadi Susilo", qs[1].speaker)
    -- a second full name after "atau" is someone else
    assert.same({ "Budi Santoso", "Ani Lestari" },
      people("Camat Budi Santoso atau Lurah Ani Lestari akan hadir."))
  end)
  it("reads Kang, Bang and Pak before a hyphenated Korean given name as the surname, and alone after as that person",
    function()
    assert.same({ "Kang Min-jae", "Kang Min-jae" }, speakers('Juru bicara kepresidenan Kang Min-jae mengatakan, '
      .. '"Kami puas." "Itu cukup," kata Kang.'))
    assert.same({ "Bang Ji-hoon", "Kang So-ra" }, speakers('"Kami datang," kata Bang Ji-hoon. Kang So-ra berkata, '
      .. '"Sampai jumpa."'))
    -- a form of address still, before a name with no hyphen
    assert.equal("Hikmat Santosa", speakers('Bupati Sukamaju Hikmat Santosa hadir. "Aman," kata Kang Hikmat.')[1])
    -- a syllable of the given name inside a Korean name with no hyphen ("Kim Kang Il", "Choi Bang Ho")
    assert.equal("Kim Kang Il", first_speaker('Wakil Menteri Pertahanan Korea Utara Kim Kang Il menyebut balon '
      .. 'itu sebagai "hadiah" bagi aktivis.'))
    assert.same({ "Choi Bang Ho" }, speakers('"Kami menolak," kata juru bicara partai, Choi Bang Ho.'))
    -- Pak too, the commonest form of address, before a hyphenated given name
    assert.same({ "Pak Myong-ho" }, speakers('Wakil Menteri Luar Negeri Korea Utara Pak Myong-ho '
      .. 'menyebut latihan itu sandiwara. "Mereka mengasah pisau," ujar Pak seperti dikutip KCNA.'))
    -- but a form of address after a place no list knows, or before a name with no hyphen
    assert.same({ "Ahmad Yani" }, speakers('Lurah Sukamaju Pak Ahmad Yani mengatakan warga siap. '
      .. '"Kami siap," kata Pak Ahmad.'))
  end)
  it("takes the name in 'kata pria yang akrab disapa Kang X itu' as a nickname of the person spoken of", function()
    local qs = quotes('Wali Kota Sukamaju Hendra Gunawan meresmikan pasar. "Pasar ini milik warga," kata pria '
      .. 'yang akrab disapa Kang Ucup itu. "Parkir gratis," ujar Ucup.')
    assert.same({ "Hendra Gunawan", "Hendra Gunawan" }, { qs[1].speaker, qs[2].speaker })
    -- summoned, not called so: "dipanggil" without "akrab" or "biasa"
    qs = quotes('Wali Kota Sukamaju Hendra Gunawan hadir. Saksi yang dipanggil Darto datang. "Saya siap," kata Darto.')
    assert.equal("Darto", qs[1].speaker)
    -- a nickname that is part of a word of one person's name (Ita of Marlinita) is that person's,
    -- though another was named since
    qs = quotes('Wali Kota Sukamaju Marlinita Dewi Rahayu menerima tamu dari Australia. Delegasi dipimpin '
      .. 'Wakil Wali Kota Perth Joanne Baxter. "Kerja sama berlanjut," tutur perempuan yang akrab disapa '
      .. 'Mbak Ita itu.')
    assert.equal("Marlinita Dewi Rahayu", qs[1].speaker)
  end)
  it("takes back the word read as a title's place when a later cue names the person by it", function()
    local qs = quotes('Bupati Hendra Wiguna Saputra meninjau pasar. "Harga stabil," tutur Hendra.')
    assert.equal("Hendra Wiguna Saputra", qs[1].speaker)
    qs = quotes('Ketua DPRD Sukardi Hartono Putra membuka rapat. "Rapat kami tunda," kata Sukardi.')
    assert.equal("Sukardi Hartono Putra", qs[1].speaker)
    -- a council's place is a regency, a city or a province the lexicon knows: a word none knows
    -- before a one-word rest opens the name (short forms of regencies are places: Kukar)
    assert.same({ "Darmo Sulistyo" }, people("Ketua DPRD Darmo Sulistyo menyatakan dukungan."))
    assert.same({ "Agus Wiryawan" }, people("Ketua DPRD Garut Agus Wiryawan menyatakan dukungan."))
    assert.same({ "Junaidi" }, people("Ketua DPRD Kukar Junaidi menyatakan dukungan."))
    assert.equal("Darmo Sulistyo Wibowo", only('"Kami siap," ujar Ketua DPRD Darmo Sulistyo Wibowo.').speaker)
    -- (a regency the lexicon leaves out as a word of the language stays the place)
    assert.same({ "Rudi Hartono" }, people("Ketua DPRD Batang Rudi Hartono menyatakan dukungan."))
    -- a deputy minister by the ministry's short form
    assert.equal("Nanda Pratama", only('"Itu hoaks," kata Wamenkominfo Nanda Pratama.').speaker)
    -- a place a later sentence names without a cue stays the place
    qs = quotes('Camat Cibinong Ahmad Yani Saputra meninjau banjir. Cibinong menjadi kecamatan terdampak. '
      .. '"Air naik," kata Ahmad.')
    assert.equal("Ahmad Yani Saputra", qs[1].speaker)
  end)
  it("reads a month's name opening a person's name after a cue, a title or a rank", function()
    assert.equal("Mei Lestari", only('"Harga gula turun," kata Mei Lestari, pedagang pasar.').speaker)
    assert.same({ "Juni Astuti", "Juni Astuti" }, speakers('Bidan Juni Astuti datang pagi. "Ibu hamil perlu '
      .. 'periksa," ujarnya. "Jangan ditunda," kata Juni.'))
    -- a month before a year, or after pada, is a month
    assert.same({}, people("Pada Mei 2024 harga naik. Harga turun pada Juni Lalu."))
  end)
  it("reads a month's name alone opening its sentence, a person's description set off after it, as a name", function()
    local text = 'Sawah terendam. Mei, salah seorang petani, mengatakan panen gagal. "Rugi besar," kata Mei.'
    assert.same({ "Mei" }, speakers(text))
    assert.equal("Mei", first_speaker(text))
    assert.same({ "Juli" }, speakers('Pasar sepi. Juli, pedagang sayur, menuturkan pembeli berkurang. '
      .. '"Sepi sekali," ujar Juli.'))
    -- with more of the name after it, after a comma too
    assert.same({ "Mei Lestari" }, speakers('Harga naik. Senada, Mei Lestari, pedagang sayur, mengaku rugi. '
      .. '"Pembeli sepi," ujarnya.'))
    -- a clause after the month's comma, no aside closed by a cue or a verb, keeps the month
    assert.same({}, people("Hujan turun. Juni, para petani mulai menanam padi."))
    assert.same({}, people("Hujan turun. Pada Juni, sebagian petani, menanam padi."))
  end)
  it("reads a month's abbreviation opening a name after the place a title serves (Menlu Polandia Jan Nowak)",
    function()
      assert.same({ "Jan Nowak" }, people("Menteri Luar Negeri Polandia Jan Nowak tiba di Jakarta."))
      -- a place alone before it, in a headline's capitals, is no title's
      assert.same({}, people("Ekspor Indonesia Mei Naik Tajam"))
    end)
  it("reads a month's name between two words of a name as one of them, a year or known word after it a date", function()
    assert.equal("Agustinus Maret Wibowo", only('"Kami siap membantu," kata Agustinus Maret Wibowo kepada wartawan.')
      .speaker)
    assert.equal("Siti Juni Rahayu", only('Siti Juni Rahayu mengatakan, "Harga beras naik."').speaker)
    assert.same({}, people("JAKARTA, Maret 2024 - Harga naik sejak Mei lalu. Tarif Naik Juni Mendatang."))
    -- after a word a title chain read as the place, it opens the name
    assert.equal("Agustus Santoso", only('Kepala Desa Budi Agustus Santoso mengatakan, "Dana cair."').speaker)
    -- a month's short form closing a name a role or a cue opens is its last word, with no number after it
    assert.equal("Liu Jun", only('Menteri Perdagangan China Liu Jun mengatakan, "Kami siap."').speaker)
    assert.equal("Liu Jun", only('"Kami siap," kata Liu Jun kepada wartawan.').speaker)
    assert.equal("Budi Santoso", only('"Kami siap," kata Budi Santoso 12 Jun 2024.').speaker)
  end)
  it("takes a one-word name set off after a description closed by where the person is", function()
    assert.equal("Sumarni", only('Seorang pedagang di Pasar Legi, Sumarni, mengeluhkan sepinya pembeli. '
      .. '"Sehari cuma laku sedikit," keluhnya.').speaker)
    assert.equal("Ujang", only('Warga dari Kampung Pulo, Ujang, mengatakan air naik. '
      .. '"Sudah sepinggang," ujarnya.').speaker)
  end)
  it("gives the next sentence's pronoun cue to whom 'dibenarkan' names", function()
    local qs = quotes('"Stok cukup," kata Bupati Anwar Sadat. Hal itu dibenarkan Kepala Dinas Pangan Dewi Kartika. '
      .. 'Menurutnya, distribusi bertahap. "Mulai pekan depan," imbuhnya.')
    assert.same({ "Anwar Sadat", "Dewi Kartika" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("keeps a word read as a title's body out of a later name after a rank", function()
    local qs = quotes('Pelatih Persikota Rudi Hartanto puas. "Tim bermain disiplin," kata Rudi. '
      .. 'Kapten Persikota Yohanes Marlon Pigai juga senang. "Kami ingin terus menang," ujar Pigai.')
    assert.same({ "Rudi Hartanto", "Yohanes Marlon Pigai" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("reads the word after a captain's title as the team before a name of two words", function()
    -- (no earlier mention of the club as a title's body: the rank-and-title word alone tells)
    local text = 'Tim Garuda Muda menang 2-0. Kapten Garuda Dimas Prasetyo mengatakan timnya sabar. '
      .. '"Kami tidak terburu-buru," kata Prasetyo.'
    assert.same({ "Dimas Prasetyo" }, speakers(text))
    assert.equal("Dimas Prasetyo", first_speaker(text))
    -- an officer's corps keeps the three words his name; so does a later mention of the first word
    assert.same({ "Agus Salim Nugroho" }, people("Danramil Cikarang Kapten Inf Agus Salim Nugroho hadir."))
    assert.same({ "Dodi Kurnia Saputra" }, speakers('Kapten Dodi Kurnia Saputra mengatakan pasukan siaga. '
      .. '"Kami siap," kata Dodi.'))
  end)
  it("reads no team after a rank other than a captain's opening the chain", function()
    -- a general's, a doctor's or a professor's name of three words is whole
    assert.same({ "Agus Subiyanto Wibowo" }, people("Panglima TNI Jenderal Agus Subiyanto Wibowo hadir."))
    assert.same({ "Budi Santoso Wijaya" }, people("Pakar dari Universitas Gadjah Mada, Dr. Budi Santoso Wijaya, "
      .. "menilai latihan itu penting."))
    assert.same({ "Rina Kartika Dewi" }, people("Dosen UI Prof. Dr. Rina Kartika Dewi menilai kebijakan itu keliru."))
    assert.equal("Lee Hsien Tat", first_speaker("Pakar dari Universitas Nasional Singapura, Dr. Lee Hsien Tat, "
      .. "menilai kedua negara menahan diri."))
    -- and so is an officer's after another title, no corps written
    assert.same({ "Budi Santoso Wijaya" }, people("Danramil 0618 Kapten Budi Santoso Wijaya menilai situasi aman."))
  end)
  it("reads a month's name inside a body's name as part of it", function()
    assert.same({ "Lukman Hakim", "Lukman Hakim" }, speakers('Menurut pengamat Universitas Sebelas Maret (UNS) '
      .. 'Lukman Hakim, "pasar harus dijaga." "Jangan sampai mati," kata Lukman.'))
    assert.equal("UNS", only('Universitas Sebelas Maret (UNS) menggelar wisuda. '
      .. '"Lulusan kami siap," kata UNS.').speaker)
  end)
  it("keeps a title word between two words of a name, and a religious honorific out of it", function()
    assert.equal("Abdul Hakim Rasyid", only('Pengasuh pondok pesantren itu, KH Abdul Hakim Rasyid, hadir. '
      .. '"Dialog itu kunci," tutur Abdul Hakim.').speaker)
    assert.equal("Anwar Sanusi", only('Buya Anwar Sanusi mengingatkan umat. '
      .. '"Jaga persatuan," pesan Buya Anwar.').speaker)
    -- "Sri Sultan" is the office (as "Sri Paus"); "Sultan" alone then means its holder
    assert.same({ "Hamengku Rahardjo", "Hamengku Rahardjo" }, speakers(
      'Raja Mataram Sri Sultan Hamengku Rahardjo meminta warga tenang. "Jangan panik," kata Sultan. '
        .. '"Semua aman," ujar Sultan lagi.'))
  end)
  it("gives 'katanya' to a person named after the last speaker, not back to that speaker", function()
    local qs = quotes('"Jalan harus segera diperbaiki," ujar Camat Rudi Hartono. ' ..
      'Seorang pedagang, Sumarni (51), mengaku rugi. "Pembeli sepi sekali," tuturnya.')
    assert.same({ "Rudi Hartono", "Sumarni" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("keeps a regnal number with the name: Raja Charles III, Paus Leo XIV", function()
    local q = only('"Kami bersahabat," kata Raja Harald III di istana.')
    assert.equal("Harald III", q.speaker)
    q = only('"Damai itu mungkin," ujar Paus Gregorius XVII dalam misa.')
    assert.equal("Gregorius XVII", q.speaker)
  end)
  it("leaves a sentence's stop out of a one-letter regnal number (X.), an initial keeps its period", function()
    assert.same({ "Pakualam Rahardjo X", "Pakualam Rahardjo X" }, speakers(
      '"Warga jangan panik," kata Sri Sultan Pakualam Rahardjo X. "Semua aman," ujar Sultan lagi.'))
    assert.same({ "Hamengku Rahardjo V" }, speakers(
      'Imbauan itu disampaikan Sri Sultan Hamengku Rahardjo V.\n\n"Tetap di rumah," katanya.'))
    assert.equal("Ahmad Rahardjo I", first_speaker('"Adat dijaga," kata Raja Ahmad Rahardjo I. Ia lalu pergi.'))
    assert.equal("Budi S.", first_speaker('"Kami siap," kata Kepala Desa Budi S. kepada wartawan.'))
  end)
  it("gives 'Menurut Kepala Bulog, ...' to the unnamed office holder, and '-- Presiden X' to X", function()
    local qs = kimput.parse("Menurut Kepala Bulog, penyaluran beras dimulai pekan depan."):quotes()
    assert.same({ "indirect", "Kepala Bulog" }, { qs[1].kind, qs[1].speaker })
    local q = only('Pembukaan pasar murah ramai.\n\n"Distribusi harus merata," — Gubernur Rahmat Hidayat.')
    assert.equal("Rahmat Hidayat", q.speaker)
  end)
  it("takes no subject from a phrase of company or from the object of a meeting verb", function()
    local speaker = first_speaker
    assert.equal("Rina Wulandari", speaker("Menlu Rina Wulandari, dalam jumpa pers bersama Menlu Jepang "
      .. "Kenji Sato di Tokyo, mengatakan kedua negara sepakat."))
    assert.equal("Ani Lestari", speaker("Gubernur Ani Lestari, didampingi Wakil Gubernur Budi Santoso, "
      .. "mengatakan banjir surut."))
    -- (and without the commas, as copy often leaves them out)
    assert.equal("Ani Lestari", speaker('Gubernur Ani Lestari didampingi Wakil Gubernur Budi Santoso mengatakan, '
      .. '"Banjir sudah surut."'))
    assert.equal("Rina Wulandari", speaker("Menlu Rina Wulandari usai bertemu Menlu Jepang Kenji Sato "
      .. "mengatakan kedua negara sepakat."))
  end)
  it("ends the speaker of an opening 'Menurut' at its comma: a name after it is the words' subject", function()
    local first = first_quote
    local q = first("Presiden Rudi Hartono tiba di Tokyo. Menurut seorang pejabat Jepang, Rudi akan menginap "
      .. "dua malam.")
    assert.same({ "pejabat Jepang", "Rudi akan menginap dua malam." }, { q.speaker, q.text })
    -- a cue inside the phrase describes the speaker; an "itu" there points at no one met before
    q = first("Menurut seorang diplomat yang tidak mau disebutkan namanya, Rudi akan menginap.")
    assert.same({ "diplomat", "Rudi akan menginap." }, { q.speaker, q.text })
    q = first("Menurut sumber yang mengetahui rencana itu, Rudi akan menginap.")
    assert.same({ "sumber", "Rudi akan menginap." }, { q.speaker, q.text })
    -- a name set off by two commas is the speaker's, and so is one closing the sentence
    assert.equal("Ani Lestari", first("Menurut Kepala Dinas Pariwisata, Ani Lestari, hotel penuh.").speaker)
    assert.equal("Ani Lestari", first("Menurut salah seorang warga, Ani Lestari, jalan rusak.").speaker)
    q = first("Harga beras terus naik pekan ini, menurut Kepala Dinas Perdagangan, Ani Lestari.")
    assert.same({ "Ani Lestari", "Harga beras terus naik pekan ini" }, { q.speaker, q.text })
  end)
  it("takes a lower-case title with its body as an unnamed speaker's description", function()
    local q = only('"Tidak ada perubahan sikap," kata juru bicara Kementerian Perdagangan.')
    assert.equal("juru bicara Kementerian Perdagangan", q.speaker)
    q = only('"Kami belum menerima laporan," ujar seorang pejabat Badan Pangan.')
    assert.equal("pejabat Badan Pangan", q.speaker)
  end)
  it("lets a person named with an organisation speak as the person", function()
    local q = only('"Inflasi terkendali," ujar Kepala BPS Aris Munandar di Jakarta.')
    assert.equal("Aris Munandar", q.speaker)
  end)
  it("lets an organisation speak for itself", function()
    local q = only('"Stok beras aman hingga akhir tahun," kata BPS dalam keterangannya.')
    assert.equal("BPS", q.speaker)
  end)
  it("never gives a place or a piece of a title as the speaker", function()
    local q = only('"Kami datang untuk belajar," kata Gubernur Jawa Tengah Bambang Susilo di Medan, Sumut.')
    assert.equal("Bambang Susilo", q.speaker)
    q = only('Hujan turun di Sumut sejak pagi. "Air mulai naik," ujarnya.')
    assert.is_nil(q.speaker)
  end)
  it("continues the speaker of the quote before in a paragraph without a cue", function()
    local list = speakers('"Jalan sudah diperbaiki," kata Kadis PUPR Teguh Santoso.\n"Jembatan menyusul bulan depan."')
    assert.same({ "Teguh Santoso", "Teguh Santoso" }, list)
  end)
  it("continues the speaker across sentences without another person taking the floor", function()
    local text = '"Kami terus berjaga," kata Camat Lina Hasan.\nHujan masih turun sejak pagi.\n'
      .. '"Warga diminta waspada."'
    assert.same({ "Lina Hasan", "Lina Hasan" }, speakers(text))
  end)
  it("does not continue when another person opens a sentence in between", function()
    local text = '"Kami terus berjaga," kata Camat Lina Hasan.\nKapolsek Andi Wijaya menambahkan personel.\n'
      .. '"Warga diminta waspada."'
    local list = speakers(text)
    assert.equal("Lina Hasan", list[1])
    assert.not_equal("Lina Hasan", list[2])
  end)
  it("gives nil to a quote nothing attributes", function()
    assert.same({ "nil" }, speakers('Harga cabai naik tajam. "Cabai mahal sekali" menjadi keluhan di pasar pagi itu.'))
  end)
  it("continues the speaker of reported speech for a pronoun after the cue", function()
    local text = 'Menurut Rektor Hadi Susanto, kampus menambah beasiswa. Mahasiswa Rina mengapresiasi. '
      .. '"Kuota naik dua kali lipat," kata dia.'
    assert.same({ "Hadi Susanto" }, speakers(text))
  end)
  it("reads 'tutur dia', 'tegas dia' and -nya cues", function()
    local intro = "Kepala Bappeda Sinta Dewi memaparkan rencana. "
    assert.same({ "Sinta Dewi" }, speakers(intro .. '"Anggaran cukup," tegas dia.'))
    assert.same({ "Sinta Dewi" }, speakers(intro .. '"Anggaran cukup," tuturnya.'))
  end)
  it("reads an unknown name right after the cue", function()
    assert.equal("Yohanes Bria", only('"Air bersih sudah mengalir," ujar Yohanes Bria, warga Atambua.').speaker)
  end)
  it("reads 'X menambahkan' after the quote and 'X berkata:' before it", function()
    assert.equal("Dewi Anggraini", only('"Itu belum final," Dewi Anggraini menambahkan.').speaker)
    local q = only('Kepala Sekolah Hasan Basri berkata: "Ujian tetap berjalan."')
    assert.same({ "direct", "Hasan Basri", "berkata" }, { q.kind, q.speaker, q.cue })
  end)
  it("reads 'menurut X' before a partial quote", function()
    local q = only('Menurut pengamat politik Arya Wibisana, koalisi itu "rapuh sejak awal".')
    assert.same({ "partial", "Arya Wibisana" }, { q.kind, q.speaker })
  end)
  it("names an agency that relays as via", function()
    local q = only('"Kami tidak akan mundur," kata Putin seperti dikutip Reuters.')
    assert.same({ "Vladimir Putin", "Reuters" }, { q.speaker, q.via })
    -- in the active voice too, with the day after it; "melansir data" names no outlet
    q = only('"Perundingan berlanjut," kata juru bicara Andrei Sokolov, melansir Reuters, Senin (3/4/2023).')
    assert.same({ "Andrei Sokolov", "Reuters" }, { q.speaker, q.via })
    q = only('"Harga turun," kata Rina Kartika, melansir dari Al Jazeera.')
    assert.same({ "Rina Kartika", "Al Jazeera" }, { q.speaker, q.via })
    q = only('Dinas melansir data panen. "Stok aman," kata Kepala Dinas Rina Kartika.')
    assert.same({ "Rina Kartika", "nil" }, { q.speaker, tostring(q.via) })
  end)
  it("reads English-language bodies' names inside a title chain and after a relaying cue", function()
    -- the body's head opens its name; of, on, for link its words; the person is named after it
    assert.same({ "Duncan Harwell", "Rina Kartika", "Rina Kartika" }, speakers(
      '"Kuliah tetap daring," kata Rektor University of Lakeside Duncan Harwell. '
      .. '"Harga naik," kata Direktur Institute for Policy Studies Rina Kartika. '
      .. '"Pasar tenang," kata peneliti Council on Trade Relations, Rina Kartika.'))
    -- the relaying outlet's name goes on over its links
    local q = only('"Kami siap," kata Andrei Sokolov, seperti dikutip dari Radio of Lakeside.')
    assert.same({ "Andrei Sokolov", "Radio of Lakeside" }, { q.speaker, q.via })
    q = only('"Kami siap," kata Andrei Sokolov, dilansir Herald of Riverton, Senin.')
    assert.equal("Herald of Riverton", q.via)
  end)
  it("reads tuntas closing the words as pungkas", function()
    local qs = quotes('"Semua sudah siap," ujar Andrei Sokolov. "Kami tinggal menunggu," tuntasnya. '
      .. '"Itu saja," tuntas Rina Kartika.')
    assert.same({ "tuntasnya", "Andrei Sokolov" }, { qs[2].cue, qs[2].speaker })
    assert.same({ "tuntas", "Rina Kartika" }, { qs[3].cue, qs[3].speaker })
  end)
  it("lets a person speak through an agency quoting a letter", function()
    local q = only('"Persahabatan kita abadi," tulis KCNA, mengutip surat Putin.')
    assert.same({ "Vladimir Putin", "KCNA" }, { q.speaker, q.via })
    -- the letter told before, pointed back at: its writer speaks
    q = quotes('Dubes Korea Utara untuk PBB Kim Song mengirim surat kepada Sekjen PBB. "Sanksi itu tidak sah," '
      .. 'sebut KCNA mengutip isi surat tersebut.')[1]
    assert.same({ "Kim Song", "KCNA" }, { q.speaker, q.via })
  end)
  it("describes an unnamed speaker by a title after the cue", function()
    assert.equal("juru bicara kepolisian", only('"Kasus ini masih didalami," kata juru bicara kepolisian.').speaker)
  end)
  it("reads where an unnamed speaker stood as no speaker, and whom they belong to as their description", function()
    -- a name after a place phrase says where, not who
    assert.equal("buruh", only('"Upah harus naik," kata para buruh di depan gedung DPRD Sukamaju.').speaker)
    assert.equal("warga", only('"Air naik cepat," kata warga di sekitar rumah Budi Santoso.').speaker)
    -- a building's word capitalised before the body ("di Kantor Bawaslu") says where too
    assert.equal("warga", only('"Kami menunggu," kata warga di Kantor Bawaslu Sukamaju.').speaker)
    assert.is_nil(quotes('Dua komisioner, Andi Saputra dan Rudi Hartono, membantah. "Kami tidak bertemu," kata '
      .. "keduanya dalam konferensi pers di Kantor Bawaslu.")[1].speaker)
    -- dari, a few words and a name: the speaker's side, kept in the description
    assert.equal("sumber dari rombongan Kemenlu",
      only('"Perundingan alot," kata sumber dari rombongan Kemenlu.').speaker)
    assert.equal("pejabat dari kantor Gubernur Sukamaju",
      only('"Anggaran cukup," kata pejabat dari kantor Gubernur Sukamaju kepada wartawan.').speaker)
  end)
  it("reads a known body's name with a place after it as that place's body", function()
    assert.equal("Kementerian Luar Negeri Korea Selatan",
      only('"Latihan itu provokatif," kata Kementerian Luar Negeri Korea Selatan.').speaker)
    assert.equal("Kementerian Luar Negeri", only('"Kami menentang sanksi," kata Kementerian Luar Negeri.').speaker)
    -- the same body again is the same speaker
    local qs = quotes('Kementerian Luar Negeri China mengatakan, "Kami menentang sanksi." '
      .. '"Sanksi itu sepihak," kata Kementerian Luar Negeri China.')
    assert.same({ "Kementerian Luar Negeri China", "Kementerian Luar Negeri China" }, { qs[1].speaker, qs[2].speaker })
    -- Indonesia's own, by the country's short name, is the body known
    qs = kimput.parse("Kementerian Luar Negeri RI menyebut WNI aman. Menurut Kementerian Luar Negeri Republik "
      .. "Indonesia, KBRI siaga. Kemlu RI menyatakan hotline dibuka."):quotes()
    assert.same({ "Kementerian Luar Negeri", "Kementerian Luar Negeri", "Kementerian Luar Negeri" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    -- and news's names of directorates general
    assert.equal("Bea Cukai", only('"Modusnya baru," kata Direktorat Jenderal Bea dan Cukai.').speaker)
    assert.equal("Bea Cukai", only('"Modusnya baru," tulis DJBC dalam siaran persnya.').speaker)
  end)
  it("gives a body's head word closed by tersebut to the body named before, not to a person", function()
    local qs = quotes('Kementerian Pertanian menyatakan stok aman. Juru bicara Istana Budi Santoso menolak '
      .. 'berkomentar. "Harga gabah stabil," demikian pernyataan kementerian tersebut.')
    assert.equal("Kementan", qs[#qs].speaker)  -- the short name the gazetteer gives
    qs = quotes('Lembaga Riset Nusantara merilis survei. Ketuanya, Rina Amelia, hadir. "Elektabilitas naik," '
      .. 'tulis lembaga tersebut.')
    assert.equal("Lembaga Riset Nusantara", qs[#qs].speaker)
    -- a title word closed so is still a person
    assert.equal("Budi Santoso", only('Ketua Partai Maju Budi Santoso hadir. "Kami siap," kata politikus partai '
      .. 'tersebut.').speaker)
  end)
  it("leaves where a title's holder spoke out of the title (kata juru bicara X di Jakarta)", function()
    assert.equal("juru bicara Kemenlu", only('"Kami menolak," kata juru bicara Kemenlu di Jakarta.').speaker)
    assert.equal("Kapolres", only('"Pelaku diburu," kata Kapolres di Mapolres Sukamaju, Senin (3/3).').speaker)
    -- a place before the holder's name stays in the title
    local m = mention('"Kami siap," kata Duta Besar RI di Moskow Hendra Gunawan.',
      "Duta Besar RI di Moskow Hendra Gunawan")
    assert.equal("Hendra Gunawan", m.name)
    assert.equal("Hendra Gunawan", only('"Kami siap," kata Duta Besar RI di Moskow, Hendra Gunawan.').speaker)
    -- a building after a capitalised title says where the holder was: no name of it
    local qs = quotes('Presiden Arman Sitompul menerima Ketua Partai Maju Budi Santoso. Budi diterima Presiden di '
      .. 'Istana Merdeka pada pukul 13.00. "Kami bicara banyak hal," kata Presiden.')
    assert.equal("Arman Sitompul", qs[#qs].speaker)
  end)
  it("reads a dash attribution", function()
    assert.equal("Rahmat Hidayat", only('"Kami siap bertanding." — Rahmat Hidayat').speaker)
    -- a plain hyphen set off by spaces, and a cue after the dash
    local q = only('"Kami siap bertanding." - Rahmat Hidayat.')
    assert.same({ "Rahmat Hidayat", "-" }, { q.speaker, q.cue })
    q = only('"Kami siap bertanding" - kata Rahmat Hidayat.')
    assert.same({ "Rahmat Hidayat", "kata" }, { q.speaker, q.cue })
  end)
  it("reads words posted online (cuit, kicau) as a cue", function()
    local q = only('"Terima kasih atas dukungannya," cuit Laila Fitri di akun media sosialnya.')
    assert.same({ "Laila Fitri", "cuit" }, { q.speaker, q.cue })
    q = only('"Belasungkawa terdalam," twit Presiden Arman Sitompul melalui akunnya.')
    assert.same({ "Arman Sitompul", "twit" }, { q.speaker, q.cue })
    q = only('"Selamat Idul Fitri," demikian cuitan Duta Besar Inggris untuk Indonesia, Owen Jenkins.')
    assert.same({ "Owen Jenkins", "demikian cuitan", "direct" }, { q.speaker, q.cue, q.kind })
  end)
  it("reads 'lapor X' after a quote as the outlet's own report, and after a speaker's cue as the relay", function()
    local qs = quotes('Menteri Luar Negeri Sinta Maharani tiba di Hanoi, Senin.\n\n'
      .. '"Kedua negara sepakat memperluas kerja sama," lapor kantor berita VNA.\n\n'
      .. '"Kami siap membantu," kata Sinta, lapor Reuters.')
    assert.same({ "VNA", "lapor" }, { qs[1].speaker, qs[1].cue })
    assert.same({ "Sinta Maharani", "kata", "Reuters" }, { qs[2].speaker, qs[2].cue, qs[2].via })
    -- an agency quoting somebody relays: the one it quotes speaks
    qs = quotes('Menteri Luar Negeri Sinta Maharani tiba di Hanoi, Senin.\n\n'
      .. '"Kami tidak akan mundur," lapor Reuters, mengutip Sinta.')
    assert.same({ "Sinta Maharani", "Reuters" }, { qs[1].speaker, qs[1].via })
  end)
  it("reads a noun of the press closed by itu/tersebut as the outlet named before", function()
    local qs = quotes('Kantor berita Vietnam VNA melaporkan Presiden Laos Somsak Vongsa tiba di Hanoi, Senin.\n\n'
      .. '"Kedua negara sepakat memperluas kerja sama," kata kantor berita itu.\n\n'
      .. 'Media pemerintah tersebut menambahkan, "Kunjungan berlangsung tiga hari."')
    assert.same({ "VNA", "VNA" }, { qs[1].speaker, qs[2].speaker })
    -- "ungkap laporan X": a cue, then the agency's own report
    qs = quotes('Presiden Laos Somsak Vongsa tiba di Hanoi, Senin.\n\n'
      .. '"Somsak menegaskan kedua negara bersahabat," ungkap laporan kantor berita VNA.')
    assert.same({ "VNA", "ungkap" }, { qs[1].speaker, qs[1].cue })
    -- with no outlet named before, the noun of the press points at no person spoken of
    qs = quotes('Presiden Laos Somsak Vongsa tiba di Hanoi, Senin.\n\n'
      .. '"Kedua negara sepakat memperluas kerja sama," kata kantor berita itu.')
    assert.are_not.equal("Somsak Vongsa", qs[1].speaker)
  end)
  it("reads 'mantan <office> itu' as the one spoken of, though introduced with the office held now", function()
    local qs = quotes('Presiden Andi Saputra meninjau pasar di Sukamaju, Senin. Lebih lanjut, mantan Wali Kota '
      .. 'Sukamaju itu juga menyebut harga stabil.\n\n"Stok aman," imbuhnya.\n\n"Harga turun," kata mantan Wali Kota '
      .. 'Sukamaju itu.')
    assert.same({ "Andi Saputra", "Andi Saputra" }, { qs[1].speaker, qs[2].speaker })
    -- an office of one holder the last speaker was not introduced with is somebody else
    qs = quotes('Presiden Andi Saputra meninjau pasar, Senin. "Stok aman," katanya.\n\n'
      .. 'Wali Kota Sukamaju Teguh Prakoso ikut hadir. "Harga turun," kata bupati itu.')
    assert.equal("bupati", qs[2].speaker)
  end)
  it("chains a hyphened surname written whole to the full name given in a list before", function()
    local qs = quotes('Presiden Laos Somsak Vongsa dan Presiden Kuba Manuel Ortiz-Campos tiba di Hanoi, Senin.\n\n'
      .. '"Kami mendukung kerja sama ini," kata Presiden Ortiz-Campos.')
    assert.equal("Manuel Ortiz-Campos", qs[1].speaker)
  end)
  it("reads a phrase of kin naming someone, closed by ini/itu, as that one's relative spoken of before", function()
    local qs = kimput.parse('Wali Kota Sukamaju Rendra Wiratama meninjau posko kesehatan, Senin. Putra sulung '
      .. 'Presiden Andi Saputra ini menjelaskan tidak ada warga yang sakit.\n\n"Semua sehat," ujarnya.'):quotes()
    assert.same({ "Rendra Wiratama", "Rendra Wiratama" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("reads a letter's noun after the cue, closed by itu/tersebut, as the letter's writer", function()
    local qs = quotes('Presiden Laos Somsak Vongsa mengirim telegram kepada Presiden Vietnam Tran Van Hai, Senin.\n\n'
      .. '"Kawan yang terhormat, terimalah salam saya," kata telegram tersebut.\n\n'
      .. '"Semoga kedua negara makin erat," ujar pesan itu.')
    assert.same({ "Somsak Vongsa", "Somsak Vongsa" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("goes on with an outlet or a body that spoke last at -nya, a name inside its words aside", function()
    local qs = quotes('Presiden Laos tiba di Hanoi, Senin.\n\n'
      .. '"Somsak Vongsa akan bertemu mitranya," lapor kantor berita VNA.\n\n'
      .. '"Keduanya membahas perdagangan," lanjutnya.\n\n'
      .. '"Ekonomi tumbuh lima persen," kata BPS. "Inflasi terkendali," tambahnya.')
    assert.same({ "VNA", "VNA", "BPS", "BPS" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker, qs[4].speaker })
    -- a person named since is whom -nya means
    qs = quotes('"Ekonomi tumbuh," kata BPS.\n\nMenteri Keuangan Sri Wulandari hadir. "Kami optimistis," ujarnya.')
    assert.equal("Sri Wulandari", qs[2].speaker)
  end)
  it("gives a pointing description after the cue to the person spoken of", function()
    local text = 'Ketua Umum PSSI Erwin Tanjung menonton laga itu. "Permainan membaik," sambung politisi Partai '
      .. 'Sejahtera tersebut.'
    assert.same({ "Erwin Tanjung" }, speakers(text))
  end)
  it("reads indirect speech with its speaker", function()
    local qs = kimput.parse("Kapolsek Tanjung Iptu Made Arta mengatakan bahwa jalan ditutup sementara."):quotes()
    assert.same({ "indirect", "Made Arta", "mengatakan" }, { qs[1].kind, qs[1].speaker, qs[1].cue })
  end)
  it("keeps a quoted term out of the speakers", function()
    local qs = kimput.parse('Warga menyebut jalan itu "Jalur Neraka" sejak lama.'):quotes()
    assert.equal("term", qs[1].kind)
    assert.is_nil(qs[1].speaker)
  end)
  it("shares the speaker over a quote of several paragraphs", function()
    local text = '"Kami sudah bekerja keras.\n"Hasilnya akan terlihat tahun depan," kata Bupati Siti Aminah.'
    local qs = quotes(text)
    assert.equal(2, #qs)
    assert.same({ "Siti Aminah", "Siti Aminah" }, { qs[1].speaker, qs[2].speaker })
    assert.same({ 1, 2 }, { qs[1].part, qs[2].part })
    -- the cue before the first paragraph, none after the last: the first's attribution for all
    qs = quotes('Bupati Siti Aminah mengatakan, "Kami sudah bekerja keras.\n"Hasilnya terlihat tahun depan."')
    assert.same({ "Siti Aminah", "Siti Aminah" }, { qs[1].speaker, qs[2].speaker })
    assert.same({ "mengatakan", "mengatakan" }, { qs[1].cue, qs[2].cue })
  end)
  it("gives the speaker span of where the speaker is named", function()
    local text = '"Siap," kata Lurah Joko Waluyo.'
    local q = only(text)
    assert.equal("Joko Waluyo", text:sub(q.speaker_span[1], q.speaker_span[2]))
  end)
  it("takes the speaker of a quote paragraph from 'X mengatakan hal tersebut kepada wartawan' after it", function()
    local qs = kimput.parse('"Kami sudah memeriksa lima saksi."\nKapolres Garut AKBP Rio Wahyu mengatakan hal tersebut '
      .. "kepada wartawan, Senin.\nBudi Santoso mengatakan hal tersebut dilakukan sesuai aturan."):quotes()
    assert.equal(2, #qs)
    assert.same({ "Rio Wahyu", "mengatakan", "direct" }, { qs[1].speaker, qs[1].cue, qs[1].kind })
    -- "hal tersebut" opening the words reported is their subject, no recap
    assert.same({ "Budi Santoso", "hal tersebut dilakukan sesuai aturan." }, { qs[2].speaker, qs[2].text })
  end)
  it("takes the speaker of a quote paragraph from 'Hal itu disampaikan X' right after it", function()
    local text = '"Stok beras aman sampai akhir tahun."\nHal itu disampaikan Kepala Bulog Jawa Barat, '
      .. 'Rudi Hartono, di Bandung.\n"Harga juga stabil," kata Gubernur Ani Lestari.'
    local qs = quotes(text)
    assert.same({ "Rudi Hartono", "disampaikan" }, { qs[1].speaker, qs[1].cue })
    text = '"Jalan ini ditutup dua hari."\nDemikian dijelaskan Kasat Lantas Polres Garut AKP Dedi Kurnia.'
    assert.equal("Dedi Kurnia", quotes(text)[1].speaker)
    -- so does a "-nya" cue with nobody before it to point at
    text = '"Semua personel siaga," tandasnya. Demikian disampaikan Kapolres Lebak AKBP Yudi Prasetya.'
    assert.same({ "Yudi Prasetya", "tandasnya" }, { quotes(text)[1].speaker, quotes(text)[1].cue })
    -- and a title standing for nobody met before (not a lower-case description: a person of its own)
    text = '"Jalan selesai akhir tahun," ungkap Bupati.\nHal tersebut disampaikan Bupati Sukamaju H. Ahmad Fauzi.'
    assert.same({ "Ahmad Fauzi", "ungkap" }, { quotes(text)[1].speaker, quotes(text)[1].cue })
    -- and a subject before the cue that names nobody (a pronoun with nobody before it)
    text = 'Beliau mengatakan, "Kita harus bersatu." Hal itu diungkapkan Bupati Lebak Iti Octavia.'
    assert.equal("Iti Octavia", quotes(text)[1].speaker)
    text = '"Kami siap," kata seorang warga. Hal itu disampaikan saat Kapolres Lebak AKBP Yudi Prasetya datang.'
    assert.equal("warga", quotes(text)[1].speaker)
    -- a recap phrase needs its passive verb, and the quote must end before it
    text = 'Camat Siti Aminah hadir. "Semua siap."\nHal itu membuat warga lega, kata Budi Santoso.'
    assert.equal("Siti Aminah", quotes(text)[1].speaker)
    -- any noun a demonstrative closes recaps the words before a passive reporting verb
    text = '"Semua warga harus tetap tenang malam ini."\nImbauan tersebut disampaikan Kapolres Garut AKBP '
      .. "Rudi Hartono."
    assert.same({ "Rudi Hartono", "disampaikan" }, { quotes(text)[1].speaker, quotes(text)[1].cue })
    text = '"Semua warga harus tetap tenang malam ini."\nAcara itu dihadiri Bupati Ani Lestari.'
    assert.is_nil(quotes(text)[1].speaker)
    -- words like those before ("hal senada", "hal serupa") are the new speaker's own view: the
    -- quote before stays with its speaker
    text = 'Bupati Ani Lestari meminta warga tenang. "Aparat berjaga," kata Ani.\n\n"Jangan panik."\n\n'
      .. "Hal senada disampaikan Kapolres Garut AKBP Rudi Hartono.\n\n\"Patroli ditambah.\"\n\n"
      .. "Camat Siti Aminah mengatakan hal serupa kepada wartawan."
    qs = quotes(text)
    assert.same({ "Ani Lestari", "Ani Lestari", "Rudi Hartono" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    -- (and the speaker of like words speaks on in a quote after them with no cue)
    text = '"Tarif tidak akan naik tahun ini."\n\nBupati Ani Lestari mengatakan hal serupa kepada wartawan.'
      .. '\n\n"Kami jamin itu."'
    assert.same({ "Ani Lestari" }, { quotes(text)[2].speaker, quotes(text)[3] })
    -- a recap of the same words with no quote before it: its agent speaks on in the quote after it
    text = 'Polisi menahan dua pengedar. Hal itu disampaikan Kapolres Garut AKBP Rudi Hartono.\n"Barang bukti '
      .. 'kami sita."'
    assert.same({ "Rudi Hartono" }, { quotes(text)[1].speaker })
  end)
  it("takes the speaker of an opening quote from 'Begitu kata X' or 'keluar dari mulut X' after it", function()
    local text = '"Kami memutus berdasarkan konstitusi, bukan siapa yang untung."\n\nBegitu kata hakim konstitusi '
      .. 'Arief Santoso usai sidang di Jakarta.\n\n"Tidak ada tekanan," tegas Arief.'
    assert.same({ "Arief Santoso", "Arief Santoso" }, speakers(text))
    assert.equal("kata", quotes(text)[1].cue)
    text = '"Saya curiga sejak melihat tiket pulangnya tidak ada."\n\nKalimat itu keluar dari mulut Rina '
      .. "Marlinda, petugas imigrasi di Bandara Sukamaju."
    assert.same({ "Rina Marlinda", "keluar dari mulut" }, { quotes(text)[1].speaker, quotes(text)[1].cue })
    text = '"Saya tidak mau kecolongan." Kalimat itu diucapkan Rina Marlinda kepada wartawan.'
    assert.equal("Rina Marlinda", quotes(text)[1].speaker)
    text = '"Saya tidak mau kecolongan." Ucapan itu dilontarkan Rina Marlinda kepada wartawan.'
    assert.equal("Rina Marlinda", quotes(text)[1].speaker)
    -- the mouth needs its cue: "keluar dari rumah X" names nobody who spoke
    text = '"Saya tidak mau kecolongan." Kalimat itu keluar dari rumah Rina Marlinda.'
    assert.is_nil(quotes(text)[1].speaker)
  end)
  it("gives 'bunyi surat tersebut' to the writer of the letter spoken of before", function()
    local text = 'Bupati Ani Lestari menerima surat dari Gubernur Budi Santoso. "Kami mendukung penuh," '
      .. 'demikian bunyi surat tersebut.'
    assert.same({ "Budi Santoso" }, speakers(text))
    text = 'Camat Siti Aminah membacakan surat Lurah Joko Waluyo. "Warga siap," bunyi surat itu.'
    assert.same({ "Joko Waluyo" }, speakers(text))
  end)
  it("never takes a name after a preposition as the subject of a cue", function()
    local q = only('Gubernur Ani Lestari, dalam rapat dengan Bupati Budi Santoso, mengatakan: "Kita harus cepat."')
    assert.equal("Ani Lestari", q.speaker)
  end)
  it("gives words quoted inside a clause with no cue to the person opening the clause", function()
    local text = 'Wali Kota Siti Aminah hadir. Pekan lalu, Bupati Budi Santoso memuji kerja keras Camat Joko Waluyo '
      .. 'atas "pelayanan yang luar biasa" di kecamatan itu.'
    local qs = kimput.parse(text):quotes()
    assert.same({ "partial", "Budi Santoso" }, { qs[1].kind, qs[1].speaker })
    -- a body opening the clause, its acronym in parentheses, and a code's period inside it: not the speaker of
    -- the paragraph before
    text = 'Peneliti Rina Kartika mengatakan vaksin aman. "Uji berjalan lancar," katanya.\n\nBadan Pengawas '
      .. 'Obat dan Makanan (BPOM) menetapkan JN.1 sebagai "varian dalam pemantauan" sejak Mei.'
    qs = kimput.parse(text):quotes()
    local last = qs[#qs]
    assert.same({ "partial", "varian dalam pemantauan", "BPOM" }, { last.kind, last.text, last.speaker })
  end)
  it("gives words quoted inside a clause to its subject past an aside set off by commas, or to the agent of "
    .. "'yang oleh X disebut'", function()
    local qs = quotes('Koordinator seniman, Bambang Wiratmo, mengatakan surat dikirim. "Kami berharap," kata Bambang. '
      .. 'Pelukis Heri Santosa, di sisi lain, memuji "keberanian anak-anak muda" itu.')
    assert.same({ "partial", "Heri Santosa" }, { qs[2].kind, qs[2].speaker })
    qs = quotes('Bambang Wiratmo menolak rencana itu. Wali Kota Rudi Hartono dan Bupati Ani Lestari bertukar surat, '
      .. 'yang oleh Rudi Hartono disebut sebagai "surat persahabatan".')
    assert.same({ "partial", "Rudi Hartono" }, { qs[1].kind, qs[1].speaker })
  end)
  it("gives words quoted in a sentence whose subject is the letter told before to its writer", function()
    local q = only('Wali Kota Rudi Hartono mengirim surat kepada Bupati Ani Lestari. Surat itu berisi undangan bagi '
      .. 'Ani untuk berkunjung "secepat mungkin".')
    assert.same({ "partial", "Rudi Hartono" }, { q.kind, q.speaker })
    q = only('Budi Santoso menerima surat dari Bupati Ani Lestari. Surat tersebut meminta warga meninjau "keputusan '
      .. 'sepihak" itu.')
    assert.equal("Ani Lestari", q.speaker)
  end)
  it("gives a verb joined to a clause that wrote to someone no subject in the addressee", function()
    local q = kimput.parse("Puluhan seniman menyurati Presiden Budi Santoso untuk menolak rencana itu."):quotes()
    for _, x in ipairs(q) do assert.is_not.equal("Budi Santoso", x.speaker) end
    q = kimput.parse("Rina Kartika menyurati Presiden Budi Santoso untuk menolak rencana itu."):quotes()
    assert.equal("Rina Kartika", q[1].speaker)
  end)
  it("gives 'tegas mantan Kapolres X itu' to the person named before when nobody holds that title", function()
    local text = 'Kapolresta Bogor Kombes Pol Dedi Kurnia memuji anggotanya. "Kerja bagus," tegas mantan Kapolres '
      .. 'Garut itu.'
    assert.same({ "Dedi Kurnia" }, speakers(text))
    assert.equal("juru bicara kepolisian", only('"Kasus ditutup," kata juru bicara kepolisian itu.').speaker)
  end)
  it("describes unnamed speakers by what they are, without the determiner", function()
    assert.equal("pengungsi", only('"Kami takut," kata para pengungsi.').speaker)
    assert.equal("warga", only('"Air naik cepat," ujar salah seorang warga.').speaker)
    assert.equal("orator", only('"Kami bukan mesin," teriak salah satu orator di depan gerbang pabrik.').speaker)
    assert.equal("warga", only('Seorang warga mengatakan, "Kami takut keluar rumah."').speaker)
  end)
  it("gives 'ujar politikus PDIP itu' to the person named before", function()
    local text = 'Anggota DPR Budi Santoso hadir. "Anggaran harus diawasi," ujar politikus PDIP itu.'
    assert.same({ "Budi Santoso" }, speakers(text))
  end)
  it("reads a lower-case unit after a title before the name (juru bicara polisi X)", function()
    local text = 'Juru bicara polisi Andi Wijaya datang. "Kasus ditutup," kata juru bicara itu.'
    assert.same({ "Andi Wijaya" }, speakers(text))
  end)
  it("reads 'menurut X' closing a clause as reporting the words before it", function()
    local q = kimput.parse("Harga beras naik lagi bulan ini, menurut Badan Pusat Statistik."):quotes()[1]
    assert.same({ "indirect", "Harga beras naik lagi bulan ini" }, { q.kind, q.text })
    q = kimput.parse("Namun, menurut Kepala BPS Ani Lestari, harga naik."):quotes()[1]
    assert.same({ "Ani Lestari", "harga naik." }, { q.speaker, q.text })
    -- a cue set inside the words: they go on after it
    q = kimput.parse("Stok beras, kata Budi Santoso, aman sampai Lebaran."):quotes()[1]
    assert.same({ "Budi Santoso", "Stok beras, kata Budi Santoso, aman sampai Lebaran." }, { q.speaker, q.text })
    -- after a whole clause, what follows the speaker says when
    q = kimput.parse("Harga beras naik lagi, kata Budi Santoso, Maret lalu."):quotes()[1]
    assert.same({ "Budi Santoso", "Harga beras naik lagi" }, { q.speaker, q.text })
  end)
  it("reads other cues of speech set inside, after or before the words as 'kata' is read", function()
    local function first(text)
      local q = kimput.parse("Judul\n\nGARUT - Camat Dewi Lestari meninjau pasar.\n\n" .. text):quotes()[1]
      return q and { q.speaker, q.cue, q.text }
    end
    assert.same({ "Dewi Lestari", "lanjut", "Pihak desa, lanjut Dewi, akan menggelar ronda." },
      first("Pihak desa, lanjut Dewi, akan menggelar ronda."))
    assert.same({ "Dewi Lestari", "imbuh", "Warga, imbuh dia, diminta waspada." },
      first("Warga, imbuh dia, diminta waspada."))
    -- the -nya form: the speaker is the one spoken of before
    assert.same({ "Dewi Lestari", "lanjutnya", "Program itu, lanjutnya, berjalan baik." },
      first("Program itu, lanjutnya, berjalan baik."))
    assert.same({ "Dewi Lestari", "katanya", "Harga cabai di pasar itu sudah turun" },
      first("Harga cabai di pasar itu sudah turun, katanya."))
    -- opening the clause, the cue reads as "Menurut"
    assert.same({ "Dewi Lestari", "tambah", "pihaknya akan menambah petugas." },
      first("Tambah Dewi, pihaknya akan menambah petugas."))
    -- an adjective of the same spelling reports nothing
    assert.is_nil(first("Yang jelas, Dewi tidak ingin warga resah."))
    -- opening the clause, the speaker is someone met before, titled, or a pronoun: not a headline's idiom
    assert.is_nil(first("Ucap Syukur, Warga Gelar Doa Bersama."))
  end)
  it("reads a sentence with a cue set off inside it as that speaker's words, a cue after it among them", function()
    local function first(text)
      local q = kimput.parse("Judul\n\nGARUT - Camat Dewi Lestari meninjau pasar.\n\n" .. text):quotes()[1]
      return q and { q.speaker, q.cue, q.text }
    end
    assert.same({ "Dewi Lestari", "kata", "Karena itu, kata Dewi, warga meminta bantuan beras." },
      first("Karena itu, kata Dewi, warga meminta bantuan beras."))
    -- (a clause a subordinator opens is no clause yet: the words go on after the cue)
    assert.same({ "Dewi Lestari", "kata", "Lantaran hujan deras, kata Dewi, panen ditunda pekan depan." },
      first("Lantaran hujan deras, kata Dewi, panen ditunda pekan depan."))
    -- and the -nya after it goes on with that speaker
    local q = kimput.parse('Camat Dewi Lestari meninjau pasar. Meski harga turun, kata Dewi, pedagang mengeluhkan '
      .. 'sepi pembeli. "Kami akan membantu," ujarnya.'):quotes()
    assert.same({ "Dewi Lestari", "Dewi Lestari" }, { q[1].speaker, q[2].speaker })
  end)
  it("gives a quote with no cue to the one the sentence before tells was asked (saat dihubungi)", function()
    local q = kimput.parse('"Kami serahkan ke polisi," kata Niwar. Kasatreskrim AKP Dedi Santoso saat dihubungi '
      .. 'wartawan, Senin, belum menerima laporan itu. "Saya cek dulu ke lokasi."'):quotes()
    assert.same({ "Niwar", "Dedi Santoso" }, { q[1].speaker, q[2].speaker })
  end)
  it("goes on with the speaker, not with one named only inside the speaker's words (Lanjutnya, ...)", function()
    local q = kimput.parse("Hal itu dibenarkan Kapolres Garut AKBP Rudi Hartono melalui Kasat Reskrim AKP Dedi "
      .. 'Santoso yang mengatakan pelaku sudah ditahan. "Besok kasusnya diungkap langsung oleh Kapolres Garut," '
      .. 'katanya. Lanjutnya, pelaku masih diperiksa. "Motifnya belum jelas," ujarnya.'):quotes()
    local got = {}
    for _, x in ipairs(q) do got[#got + 1] = x.cue .. ":" .. x.speaker end
    assert.same({ "mengatakan:Dedi Santoso", "katanya:Dedi Santoso", "lanjutnya:Dedi Santoso",
      "ujarnya:Dedi Santoso" }, got)
  end)
  it("reports no words for speech refused (menolak berkomentar, enggan menjelaskan, menolak merinci)", function()
    for _, text in ipairs({ "Budi Santoso menolak berkomentar soal kasus itu.", "Budi Santoso enggan menjelaskan "
      .. "alasannya.", "Budi Santoso menolak merinci isi pertemuan.", "Budi Santoso tidak mau menyebut nama." }) do
      assert.same({}, kimput.parse(text):quotes(), text)
    end
    -- rejecting a claim still reports it
    assert.equal(1, #kimput.parse("Budi Santoso menolak tuduhan itu."):quotes())
  end)
  it("reports no words for speech denied (tidak menjelaskan, belum mengumumkan), but a denial denied", function()
    for _, text in ipairs({ "Juru bicara Budi Santoso tidak menjelaskan motif pelaku.",
      "Bupati Ani Lestari belum mengumumkan pemenang lelang.", "Budi Santoso tak menyebut jumlahnya.",
      "Bupati Ani Lestari belum dapat memastikan apakah Budi akan hadir.",
      "Budi Santoso tidak bisa menjelaskan alasannya." }) do
      assert.same({}, kimput.parse(text):quotes(), text)
    end
    local q = kimput.parse("Kapolres Garut AKBP Rio Wahyu tidak membantah bahwa dua anggotanya terlibat."):quotes()
    assert.same({ "Rio Wahyu", "membantah", "dua anggotanya terlibat." }, { q[1].speaker, q[1].cue, q[1].text })
  end)
  it("reads 'X berjanji akan menyampaikan ...' as the promise, framed by its first cue", function()
    local q = kimput.parse("Sekda Budi Santoso berjanji akan menyampaikan tuntutan itu kepada Bupati."):quotes()
    assert.equal(1, #q)
    assert.same({ "Budi Santoso", "berjanji", "akan menyampaikan tuntutan itu kepada Bupati." },
      { q[1].speaker, q[1].cue, q[1].text })
  end)
  it("leaves whom the words were told out of them (mengatakan kepada wartawan bahwa ...)", function()
    local q = kimput.parse("Budi Santoso mengatakan kepada wartawan bahwa rapat ditunda."):quotes()[1]
    assert.same({ "Budi Santoso", "rapat ditunda." }, { q.speaker, q.text })
    q = kimput.parse("Ani Lestari menjelaskan kepada para pedagang, pasar akan direnovasi."):quotes()[1]
    assert.same({ "Ani Lestari", "pasar akan direnovasi." }, { q.speaker, q.text })
    -- "kepada" with neither "bahwa" nor a comma after whom: the words as they stand
    q = kimput.parse("Ani Lestari menegaskan kepada seluruh jajaran untuk bekerja keras."):quotes()[1]
    assert.equal("kepada seluruh jajaran untuk bekerja keras.", q.text)
    -- nor where or how they were said, before "bahwa"
    q = kimput.parse("PM Arif Budiman mengatakan dalam sebuah pernyataan bahwa kawasan harus bersatu."):quotes()[1]
    assert.same({ "Arif Budiman", "kawasan harus bersatu." }, { q.speaker, q.text })
    q = kimput.parse("Budi Santoso menegaskan saat ditemui di kantornya bahwa dana sudah cair."):quotes()[1]
    assert.equal("dana sudah cair.", q.text)
  end)
  it("reads a manner after the cue (dengan tegas) as no part of the words, and a reply by letter as none", function()
    local q = kimput.parse("Menteri Arif Budiman mengatakan dengan tegas bahwa pasokan beras aman."):quotes()
    assert.same({ 1, "Arif Budiman", "pasokan beras aman." }, { #q, q[1].speaker, q[1].text })
    q = kimput.parse("Menteri Arif Budiman menjawab dengan nada tinggi, anggaran tidak akan dipotong."):quotes()
    assert.same({ 1, "Arif Budiman", "anggaran tidak akan dipotong." }, { #q, q[1].speaker, q[1].text })
    -- what answers with a thing, not with words, reports none
    assert.same({}, kimput.parse("Menteri Arif Budiman membalas dengan surat berisi undangan ke Jakarta."):quotes())
    assert.same({}, kimput.parse("Bupati Ani Lestari menjawab dengan senyuman."):quotes())
  end)
  it("reads a body named with a list and closed by a title (Biro Pers, Media, dan Informasi Sekretariat Presiden)",
    function()
      local text = "Menurut keterangan Biro Pers, Media, dan Informasi Sekretariat Presiden, rapat berjalan lancar. "
        .. '"Presiden hadir sejak pagi," demikian keterangan tertulis Biro Pers.'
      local qs = kimput.parse(text):quotes()
      assert.same({ "Biro Pers, Media, dan Informasi Sekretariat Presiden", "rapat berjalan lancar." },
        { qs[1].speaker, qs[1].text })
      -- called later by its words before the list
      assert.equal("Biro Pers, Media, dan Informasi Sekretariat Presiden", qs[2].speaker)
    end)
  it("reads the parts of a unit joined by 'dan' when a body follows them, and a given name after a comma", function()
    local speaker = first_speaker
    assert.equal("Rina Wulandari",
      speaker('"Kami pantau," kata Direktur Jenderal Informasi dan Diplomasi Publik Kemlu Rina Wulandari.'))
    assert.equal("Abdul Rahman",
      speaker('"Kami pantau," ujar Kepala Pusat Data, Informasi dan Komunikasi Bencana BNPB Abdul Rahman.'))
    assert.equal("Teuku Hasan", speaker('"Kami pantau," kata Direktur Jenderal Informasi dan Diplomasi Publik '
      .. "Kementerian Luar Negeri, Teuku Hasan, di Jakarta."))
    -- a title between lists people, not a unit's parts
    assert.equal("Ani Lestari", speaker("Bupati Budi Santoso dan Kepala BPBD Ani Lestari mengatakan banjir surut."))
  end)
  it("reads a unit's list with no comma before 'dan' when a named person follows it", function()
    local text = "Kepala Dinas Sumber Daya Air, Cipta Karya dan Tata Ruang Kota Tegal, Sri Wahyuni, mengatakan "
      .. "proyek rampung. Dia menyebut biaya naik."
    local qs = kimput.parse(text):quotes()
    assert.same({ "Sri Wahyuni", "Sri Wahyuni" }, { qs[1].speaker, qs[2].speaker })
    -- people listed after a title are no unit's parts
    local q = kimput.parse("Kepala Dinas Kesehatan, Budi Santoso dan Ani Lestari mengatakan stok aman."):quotes()
    assert.same({ "Ani Lestari" }, { q[1].speaker, q[2] })
  end)
  it("opens a name with a given name that is also a word (Lalu) after a comma or a title", function()
    local qs = kimput.parse("Bupati Lombok Barat, Lalu Ahmad Zaini, mengatakan jalan diperbaiki. "
      .. "Wakil Bupati Lalu Saswadi menyebut dana cukup."):quotes()
    assert.same({ "Lalu Ahmad Zaini", "Lalu Saswadi" }, { qs[1].speaker, qs[2].speaker })
    -- the adverb opening a sentence, and the police unit, stay what they were
    assert.same({}, people("Lalu Budi pulang ke rumah."))
    local q = kimput.parse("Kasat Lalu Lintas Polres Bogor, AKP Rizky Guntama, mengatakan arus padat."):quotes()[1]
    assert.equal("Rizky Guntama", q.speaker)
  end)
  it("opens a name with Hari (a day) after a role or a cue, a short name and a verb, cue or stop after it", function()
    assert.same({ "Hari Wiyono" }, people("Ketua Pengadilan Negeri Bale Bandung Hari Wiyono mengatakan sidang "
      .. "ditunda."))
    assert.equal("Hari Purwanto", only('"Kami siap," kata Hari Purwanto.').speaker)
    -- (after a title or a rank, a comma or any lower-case word may follow the name)
    assert.same({ "Hari Budianto" }, people("Kasatreskrim AKP Hari Budianto belum mendapat laporan itu."))
    assert.same({ "Hari Santoso" }, people("Menurut Kapolsek Hari Santoso, pelaku kabur ke hutan."))
    -- a day's name, a committee's event, stays none
    for _, name in ipairs(people("Ketua Panitia Hari Santri Nasional Budi Santoso mengatakan hal itu.")) do
      assert.is_nil(name:find("Hari", 1, true))
    end
    assert.same({}, people("Peringatan Hari Bhayangkara digelar meriah."))
  end)
  it("reads a month or Hari naming a person met before, alone by a cue or after an apposition comma", function()
    local qs = kimput.parse("Kepala Dinas Pendidikan Kota Malang, Mei Santoso, meninjau sekolah. "
      .. '"Atapnya roboh," kata Mei. Mei mengatakan perbaikan dimulai pekan depan. '
      .. "Ketua Komisi D DPRD Kota Malang Hari Purwanto meminta dinas memeriksa gedung. "
      .. '"Jangan tunggu korban," ujar Hari. Hari menambahkan, komisi akan memanggil dinas.'):quotes()
    local got = {}
    for _, q in ipairs(qs) do got[#got + 1] = q.speaker end
    assert.same({ "Mei Santoso", "Mei Santoso", "Hari Purwanto", "Hari Purwanto", "Hari Purwanto" }, got)
    -- a month after a place and a comma, or opening a sentence with nobody so named, stays a month
    assert.same({}, people("Di Kota Malang, Mei 2024 menjadi bulan terbasah."))
    assert.same({}, people("Harga cabai naik. Mei mengatakan harga turun."))
    assert.same({}, people("Hari menunjukkan pukul 10.00 saat sidang dimulai."))
  end)
  it("strips Malaysian honours (Datuk Seri, Tan Sri, Tun) and ends a name at an honorific nothing follows", function()
    local speaker = first_speaker
    assert.equal("Azman Hashim", speaker('"Kami siap," kata PM Malaysia Datuk Seri Azman Hashim.'))
    assert.equal("Rosli Ahmad", speaker('"Kami siap," kata Tan Sri Rosli Ahmad.'))
    -- stacked with a degree, and British honours, Prof without its dot, a Javanese princess's title
    assert.equal("Rosli Ahmad", speaker('"Kami siap," kata Rektor Universiti Cendana Tan Sri Prof Rosli Ahmad.'))
    assert.equal("Peter Holloway", speaker('"Kami siap," ujar Sir Peter Holloway.'))
    assert.equal("Peter Holloway", speaker('Menteri Inggris Lord Peter Holloway menulis: "Kami siap."'))
    assert.equal("Rina Jompa", speaker('Rektor Universitas Cendana (Unced) Prof Rina Jompa mengatakan, "Kami siap."'))
    assert.equal("Sekar", speaker('"Kami siap," ucap GKR Sekar.'))
    assert.equal("Yani Lestari", speaker('"Kami siap," kata Raden Ayu Yani Lestari.'))
    -- a word that is also a form of address (Ning) closes a name it ends
    assert.equal("Liu Ning", speaker('"Kami siap," kata juru bicara Kemlu China, Liu Ning.'))
    assert.equal("Liu Ning", speaker('"Kami siap," kata Juru Bicara Kemlu China Liu Ning.'))
  end)
  it("leaves a person noun opening a sentence out of the name after it, but keeps Balinese names of rank", function()
    local speaker = first_speaker
    assert.equal("Rina Wulandari", speaker("Warga Rina Wulandari mengatakan air belum surut."))
    assert.equal("Rina Wulandari", speaker("Pedagang Rina Wulandari mengeluhkan harga cabai."))
    -- inside a body's name it is the body's
    assert.equal("Rudi Hartono", speaker('"Kami menolak," kata Ketua Serikat Nelayan Nusantara Rudi Hartono.'))
    assert.equal("Anak Agung Made Sutama", speaker("Anak Agung Made Sutama mengatakan upacara ditunda."))
    assert.equal("Ida Bagus Putu Arsa", speaker("Ida Bagus Putu Arsa mengatakan upacara ditunda."))
    -- Balinese birth-order names and the Butonese "La Ode" open the name after a title and its place;
    -- a Balinese customary village head is a title
    assert.same({ "I Wayan Sukerta", "I Wayan Sukerta" }, speakers('"Upacara tetap digelar," kata Bendesa Adat '
      .. 'Kedonganan I Wayan Sukerta. "Semua siap," ujar Sukerta.'))
    assert.equal("La Ode Rahmat Saleh", speaker('"Pendaftaran dibuka," kata Ketua KPU Kabupaten Muna La Ode Rahmat '
      .. "Saleh."))
  end)
  it("counts a name's opening words of rank as one word of it (seven words after Anak Agung)", function()
    assert.same({ "Anak Agung Ngurah Ketut Adi Wira Putra" },
      speakers('Ketua DPRD Badung Anak Agung Ngurah Ketut Adi Wira Putra membuka rapat. "Rapat dimulai," '
        .. "ucap Adi Wira."))
    -- capitalised words with no such opening, a headline's, are no name (the title stays unnamed)
    for _, name in ipairs(people("Ketua DPRD Badung Minta Warga Tetap Tenang Hadapi Banjir Besar Sore Ini")) do
      assert.is_nil(tostring(name):find("Minta"))
    end
  end)
  it("keeps Teuku and Tengku in the name, as the person is known, and strips other honorifics", function()
    local qs = kimput.parse("Juru Bicara Kemlu Teuku Faizal Rahman mengatakan KBRI siaga. "
      .. '"Kami pantau terus," kata Faizal Rahman.\n\nMenteri Perdagangan Malaysia Tengku Amir Hakim tiba. '
      .. '"Ini penting," ujarnya.\n\n"Damai itu wajib," kata Habib Salim Alatas.'):quotes()
    assert.same({ "Teuku Faizal Rahman", "Teuku Faizal Rahman", "Tengku Amir Hakim", "Salim Alatas" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker, qs[4].speaker })
  end)
  it("reads a one-word place closing or inside a name after a role, a cue or an apposition as a family name",
    function()
      assert.same({ "Hans Tobing Samosir", "Rudi Paris Hutauruk", "Budi Santoso" },
        speakers('"Aman," kata Kapolsek Menteng Kompol Hans Tobing Samosir. "Kami banding," ungkap pengacara '
          .. 'tersangka, Rudi Paris Hutauruk. "Siap," kata Budi Santoso di Medan.'))
      assert.same({ "Bandung", "Surabaya" }, (function()
        local out = {}
        for _, m in ipairs(kimput.parse("Hujan turun di Bandung, Surabaya dan kota lain."):mentions()) do
          out[#out + 1] = m.text
        end
        return out
      end)())
    end)
  it("reads a title that is also a rank as the rank after a place and a comma when its corps follows", function()
    assert.same({ "Dedi Kurnia" }, speakers('"Aman," kata Danramil Pasir Jambu, Kapten Inf Dedi Kurnia.'))
  end)
  it("reads a title that is also a rank after a title's place and a comma as the rank of the name set off", function()
    assert.same({ "Budi Hartono" }, people('Danramil Cikarang, Kapten Budi Hartono, mengatakan, "Situasi aman."'))
    assert.same({ "Budi Hartono" }, speakers('"Situasi aman," kata Danrem 061/Suryakancana, Kolonel Budi Hartono.'))
    -- a team's captain named after the team is no rank
    assert.same({ "Rizky Pratama" }, people("Kapten Persikota, Rizky Pratama, juga mengaku siap."))
  end)
  it("reads a title word after an office that has its field as the first word of the name after it", function()
    local m = mention('Wakil Menteri Kehutanan Raja Juli Antoni mengatakan, "Hutan harus dijaga."',
      "Wakil Menteri Kehutanan Raja Juli Antoni")
    assert.same({ "Raja Juli Antoni", "Wakil Menteri Kehutanan" }, { m.name, m.title })
    assert.equal("Ratu Siti Rahma", only('"Kami siap," kata Wakil Ketua DPRD Ratu Siti Rahma.').speaker)
    -- after a country it is the royal title; a title's own words after it go on with the title
    assert.equal("Faisal Hamdan", only('Menteri Luar Negeri Arab Saudi Pangeran Faisal Hamdan mengatakan, "Kami '
      .. 'mendukung."').speaker)
    -- but the place a governor or a regent serves has no court: the royal title opens the name
    assert.equal("Ratu Intan Sarifah", only('"Kami siap," kata Gubernur Banten Ratu Intan Sarifah.').speaker)
    assert.same({ "Raja Dedi Hasibuan" }, people("Bupati Deli Serdang Raja Dedi Hasibuan meninjau banjir."))
    assert.equal("Rahmat Gunadi", only('Wakil Ketua DPR Koordinator Bidang Industri Rahmat Gunadi mengatakan, '
      .. '"Kami mendukung."').speaker)
    -- a noun of a trade describes the one named after it
    assert.equal("Budi Santoso", only('Ketua Umum Kadin Pengusaha Budi Santoso mengatakan, "Kami siap."').speaker)
  end)
  it("reads an organisation written as a word after Ketua Umum or Sekjen before a name of three words", function()
    assert.same({ "Dimas Arya Prakoso" }, people("Ketua Umum Gapeksi Dimas Arya Prakoso mengatakan hal itu."))
    -- a later mention by that word says it was the name's first
    assert.equal("Bagas Dimas Arya Prakoso", only('Ketua Umum Bagas Dimas Arya Prakoso hadir. "Kami siap," '
      .. 'kata Bagas.').speaker)
  end)
  it("finds a name set off by a clause of 'yang' before a cue, an office in the clause the name's role", function()
    local m = mention('Rina Kartika yang juga Ketua RT 05 mengatakan, "Warga sudah diberi tahu."', "Rina Kartika")
    assert.same({ "Rina Kartika", "Ketua RT 05" }, { m.name, m.title })
    assert.equal("Rina Kartika", only('"Warga sudah diberi tahu," kata Rina Kartika yang menjabat sebagai Kepala '
      .. 'Desa Sukamaju.').speaker)
    assert.equal("Rina Kartika", only('Rina Kartika yang rumahnya terendam mengatakan, "Saya takut."').speaker)
    -- a comma before it, "selaku" or "sebagai" alone, a title in lower case after such a word
    assert.same({ "Rina Kartika", "Ahmad Fauzi", "Ahmad Fauzi" }, speakers('Rina Kartika, yang juga Ketua RT 05, '
      .. 'mengatakan, "Warga sudah tahu." Ahmad Fauzi selaku kuasa hukum korban mengatakan, "Kami melapor." '
      .. 'Ahmad Fauzi sebagai Ketua Panitia mengatakan, "Acara lancar."'))
    -- one word opening its sentence, when the clause says what the person is (not "Data yang dihimpun")
    assert.equal("Hendra", only('Hendra yang merupakan warga Desa Sukamaju mengatakan, "Air naik."').speaker)
    assert.same({ "nil", "nil" }, speakers('Data yang dihimpun menyebutkan, "Korban 12 orang." Surat yang merupakan '
      .. 'balasan bupati menyebutkan, "Rapat ditunda."'))
    -- a body's name before the clause stays the body's
    assert.equal("Persatuan Guru Honorer", only('Persatuan Guru Honorer yang berdiri sejak 2010 menyatakan, '
      .. '"Kami menolak."').speaker)
  end)
  it("reads no person in a letter's number (Nomor 123/SJ/2024)", function()
    assert.same({}, people("Hal itu tertuang dalam surat Nomor 123/SJ/2024 tentang penataan pegawai."))
    assert.same({ "nil" }, speakers('Surat Nomor: 440/SJ menyebut, "Semua ASN wajib netral."'))
    -- initials given before are still nobody's inside a number
    assert.same({ "SJ" }, people("Tersangka berinisial SJ (45) ditangkap. Surat Nomor 12/SJ/2024 terbit."))
    assert.same({ "nil" }, speakers('"Semua wajib hadir," bunyi surat Nomor 12/HK/2024.'))
  end)
  it("keeps where a body sits (di Jakarta) out of its name, and a place no list knows after di is nobody", function()
    assert.equal("Kedutaan Besar Malaysia", only('Kedutaan Besar Malaysia di Jakarta menyatakan, "Kami akan '
      .. 'memberikan pendampingan."').speaker)
    assert.equal("Konsulat Jenderal Republik Indonesia", only('Konsulat Jenderal Republik Indonesia di Jeddah '
      .. 'menyatakan, "Jemaah aman."').speaker)
    -- a title keeps it: "Duta Besar RI di Tokyo" is one office
    assert.equal("Heri Santoso", only('Duta Besar RI di Tokyo Heri Santoso mengatakan, "Kami siap."').speaker)
  end)
  it("reads Desa after Menteri as the ministry's field, not a village the next word names", function()
    assert.same({ "Dimas Pratama", "Dimas Pratama", "Ani Lestari" },
      speakers('"Desa harus mandiri," kata Menteri Desa Dimas Pratama. "Dana cukup," ujar Mendes. '
        .. '"Siap," kata Kepala Desa Sukamaju Ani Lestari.'))
  end)
  it("reports no words for 'X mengatakan hal serupa', 'hal yang sama' or 'X berpendapat serupa'", function()
    assert.same({}, kimput.parse("Ketua DPRD Aceh, Irwan Djohan, mengatakan hal serupa."):quotes())
    assert.same({}, kimput.parse("Kapolres Garut AKBP Rio Wahyu menyampaikan hal yang sama."):quotes())
    assert.same({}, kimput.parse("Pengamat ekonomi Rudi Santoso berpendapat serupa."):quotes())
    assert.same({}, kimput.parse("Kepala Dinas Sosial Ani Lestari menyatakan senada."):quotes())
  end)
  it("gives an interview's answers with no cue to the interviewee (Berikut petikan wawancara ...)", function()
    local qs = quotes("Menteri Kelautan Ani Lestari menargetkan ekspor naik. Berikut petikan wawancaranya.\n\n"
      .. 'Apa strateginya?\n\n"Kami perkuat nelayan kecil."\n\nBagaimana anggarannya?\n\n"Masih cukup."')
    assert.same({ "Ani Lestari", "Ani Lestari" }, { qs[1].speaker, qs[2].speaker })
    qs = quotes("Berikut wawancara eksklusif Harian Kita dengan Bupati Garut Rudi Hartono:\n\nApa rencana Anda?\n\n"
      .. '"Jalan desa dulu."')
    assert.equal("Rudi Hartono", qs[1].speaker)
    -- an interview told in passing opens none
    qs = quotes('Bupati Rudi Hartono meresmikan pasar. Dalam wawancara dengan wartawan, ia tampak santai.\n\n'
      .. '"Pasar ini bagus."')
    assert.is_nil(qs[1].speaker)
  end)
  it("reads a paragraph whose opener was dropped, opening with its speaker and a cue, from after the comma", function()
    local q = only("Ketua Partai Maju Hendra Wijaya hadir dalam rapat itu.\n\nHendra menguraikan, harga naik karena "
      .. "pasokan kurang. Kami akan menambah stok pekan depan.\u{201D}\n\nRapat selesai sore hari.")
    assert.same({ "Hendra Wijaya", "menguraikan", "direct" }, { q.speaker, q.cue, q.kind })
    assert.equal("harga naik karena pasokan kurang. Kami akan menambah stok pekan depan.", q.text)
    q = only("Ketua Partai Maju Hendra Wijaya hadir.\n\nHendra mengatakan, harga naik. Kami menambah stok,\u{201D} "
      .. "ujarnya.")
    assert.same({ "Hendra Wijaya", "ujarnya", "harga naik. Kami menambah stok," }, { q.speaker, q.cue, q.text })
    -- the words' own first person stays theirs
    q = only("Ketua Partai Maju Hendra Wijaya hadir.\n\nKami menolak, karena harga naik terus,\u{201D} kata Hendra.")
    assert.equal("Kami menolak, karena harga naik terus,", q.text)
  end)
  it("gives a '-nya' quote naming the place before it to the person who spoke, not the place", function()
    local qs = quotes('Menlu Budi Santoso bertemu Menlu Nauru di Bali. "Kami sepakat saling berkunjung," ujar Budi. '
      .. "Tak hanya itu Nauru juga menanggapi positif keikutsertaan Indonesia di Dewan Keamanan PBB. "
      .. '"Keanggotaan Indonesia itu ditanggapi Menlu Nauru secara positif," imbuhnya.')
    assert.same({ "Budi Santoso", "Budi Santoso" }, { qs[1].speaker, qs[2].speaker })
    -- words that do not name it stay the place's
    qs = quotes('Menlu Budi Santoso bertemu Menlu Nauru di Bali. "Kami sepakat saling berkunjung," ujar Budi. '
      .. 'Nauru juga menanggapi positif rencana itu. "Kami senang," imbuhnya.')
    assert.equal("Nauru", qs[2].speaker)
  end)
  it("reads 'usul' after a quote as a cue, its description pointing back to the one who spoke", function()
    local qs = quotes("Melihat situasi panas, Anggota Komisi V DPR, Hendra Wijaya turun tangan. Dia menyarankan agar "
      .. 'digelar rapat lain. "Rapat ini belum lengkap. Panggil pihak lain," usul politisi Partai Maju ini.')
    assert.same({ "Hendra Wijaya", "usul" }, { qs[1].speaker, qs[1].cue })
    assert.equal("usulnya", quotes('Bupati Rudi Hartono hadir. "Tunda saja," usulnya.')[1].cue)
  end)
  it("reads a verb of greeting before a comma and a quote as its cue, and never its object as words", function()
    local q = only('Menteri Energi Nauru Rudi Hartono tiba. Sang Menteri Nauru pun menyapa, "Apa kabar, saudaraku?"')
    assert.same({ "Rudi Hartono", "menyapa", "direct" }, { q.speaker, q.cue, q.kind })
    q = only('"Apa kabar?" sapa Rudi Hartono kepada wartawan.')
    assert.same({ "Rudi Hartono", "sapa" }, { q.speaker, q.cue })
    assert.same({}, quotes("Bupati Rudi Hartono menyapa warga dengan ramah di pasar."))
  end)
  it("reads 'Sang' before a title opening the clause as pointing back, as 'itu' after it does", function()
    assert.equal("Rudi Hartono", only('Menteri Energi Nauru Rudi Hartono tiba. Sang menteri pun langsung '
      .. 'mengatakan, "Apa kabar, saudaraku?"').speaker)
    -- not a noun that is no title
    assert.equal("anak", only('Menteri Energi Nauru Rudi Hartono tiba. Sang anak mengatakan, "Apa kabar?"').speaker)
  end)
  it("gives a name written in capitals before a colon and a quote to that person", function()
    assert.same({ "Wartawan", "BUDI SANTOSO", "BUDI SANTOSO" }, speakers('Wartawan bertanya, "Apakah Anda menerima '
      .. 'uang itu?"\n\nBUDI SANTOSO: "Kami tidak pernah menerima uang itu."\n\n"Silakan cek," kata Budi.'))
    assert.same({ "SITI AMINAH" }, speakers('Kami menyapa Siti Aminah di rumahnya.\n\nSITI AMINAH: "Belum ada."'))
    -- (whom one visits is a person already: the name as first written)
    assert.same({ "Siti Aminah" }, speakers('Kami menemui Siti Aminah di rumahnya.\n\nSITI AMINAH: "Belum ada."'))
    -- with no question before it and no word named before, a heading
    for _, label in ipairs({ "KABAR GEMBIRA", "BREAKING NEWS", "PENGUMUMAN PENTING" }) do
      assert.same({ "nil" }, speakers(label .. ': "Gaji ke-13 cair bulan depan."'), label)
    end
    -- an acronym the document or a list knows, or one word (an outlet's question), is no such name
    assert.same({ "KPK" }, speakers('Wartawan bertanya soal dana desa.\n\nKPK: "Kami akan periksa."'))
    -- next to a cue, after a rank or a place in a title chain, or set off by its comma
    assert.same({ "BUDI SANTOSO" }, speakers('"Pelaku sudah ditangkap," kata BUDI SANTOSO kepada wartawan.'))
    assert.same({ "ROHMAN YONKY", "EUIS WARTINI", "BUDI SANTOSO" }, speakers('"Pelaku ditangkap," kata Kapolres '
      .. 'Garut AKBP ROHMAN YONKY. Ketua DPRD Garut, EUIS WARTINI, mengatakan, "Kami mendukung." Kapolsek '
      .. 'Cikarang, BUDI SANTOSO, mengatakan, "Pelaku kabur."'))
    -- acronyms are no name: no vowel, or words of four letters at most
    assert.same({ "GPMI" }, speakers('"Kami siap," kata GPMI KSPN.'))
    assert.same({}, people('TEMPO: "Apa tanggapan Anda?"'))
  end)
  it("gives 'Nama: \"...\"' (an interview's answer) to a person the document gave, never to a heading", function()
    local qs = quotes("Kami menemui dua pedagang di pasar itu, Darmo Sulistyo dan Siti Wulandari.\n\n"
      .. 'Berapa kerugian Anda?\n\nDarmo Sulistyo: "Sekitar lima juta."\n\nSiti Wulandari: "Saya belum menghitung."'
      .. '\n\nDarmo: "Semoga cepat pulih."')
    assert.same({ "Darmo Sulistyo", "Siti Wulandari", "Darmo Sulistyo" }, { qs[1].speaker, qs[2].speaker,
      qs[3].speaker })
    -- with a title, or known, the name needs no introduction
    assert.same({ "Rudi Hartono" }, speakers('Kapolsek Kiaracondong Kompol Rudi Hartono: "Pelaku sudah kami tahan."'))
    -- a heading, a label or a name never given before names nobody
    for _, label in ipairs({ "Catatan Redaksi", "Baca Juga", "Editor", "Penulis", "Update", "Darmo Sulistyo" }) do
      for _, sp in ipairs(speakers(label .. ': "Artikel ini telah diperbarui."')) do assert.equal("nil", sp, label) end
    end
  end)
  it("resolves a title and a place to that place's person only for the office they were named with", function()
    local qs = quotes('Presiden Rusia Vladimir Putin tiba di Hanoi. "Kami bersahabat," kata Duta Besar Rusia untuk '
      .. 'Vietnam. "Kami senang," kata Presiden Rusia. "Kami siap," ujar pemimpin Rusia.')
    assert.same({ "Duta Besar Rusia untuk Vietnam", "Vladimir Putin", "Vladimir Putin" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker })
  end)
  it("takes a social media account's handle after the cue as the speaker", function()
    local qs = quotes('"Mohon doanya," tulis akun @budi_santoso di X.\n\n"Lucu sekali," cuit @warga_bdg.\n\n'
      .. '"Keren," tulis akun Instagram @ani.lestari.')
    assert.same({ "@budi_santoso", "@warga_bdg", "@ani.lestari" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    -- and before the cue, the account opening the clause
    qs = quotes('Unggahan itu ramai dikomentari. Akun @sinta_dewi88 menulis, "Jangan cuma pencitraan." Akun '
      .. 'Instagram @warga.bdg juga menulis, "Antrean masih panjang."')
    assert.same({ "@sinta_dewi88", "@warga.bdg" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("takes 'tulis akun tersebut' as the account whose handle the text gave last", function()
    local qs = quotes('"Kami masih bersama," cuit Reza Mahendra. Kabar itu bermula dari unggahan akun gosip '
      .. '@kabar_seleb. "Sumber kami terpercaya," tulis akun tersebut.')
    assert.same({ "Reza Mahendra", "@kabar_seleb" }, { qs[1].speaker, qs[2].speaker })
    -- with no handle given, the person spoken of before
    qs = quotes('"Kami masih bersama," cuit Reza Mahendra. "Sumber kami terpercaya," tulis akun tersebut.')
    assert.equal("Reza Mahendra", qs[2].speaker)
  end)
  it("reads a unit's words joined by 'dan' or closed by a village as the role when a name follows a comma", function()
    local qs = quotes('"Stok pupuk aman," kata Kabid Tanaman Pangan dan Hortikultura Distan Kabupaten Jember, '
      .. 'Imam Sudrajat.\n\n"Wisatawan naik," ujar Ketua Pokdarwis Desa Wisata Sukamulya, Doto Wiryono.')
    assert.same({ "Imam Sudrajat", "Doto Wiryono" }, { qs[1].speaker, qs[2].speaker })
    -- a name and another joined by "dan" after a title stay names
    local ms = kimput.parse("Kepala Dinas Kesehatan Budi Santoso dan Ani Lestari hadir, Senin."):mentions()
    assert.equal("Budi Santoso", ms[1].name)
  end)
  it("reads Polri's short titles as the full ones and a law body's field as the title's", function()
    local qs = quotes('Kapolda Sukamaju Irjen Pol Rudi Hartawan didampingi Direktur Reserse Kriminal Khusus Kombes '
      .. 'Pol Dedi Santika. "Ada 14 tersangka," kata Rudi. Dirreskrimsus menegaskan tidak ada anggota yang '
      .. 'terlibat. "Sejauh ini bersih," tegasnya.')
    assert.equal("Dedi Santika", qs[2].speaker)
    qs = quotes('Penetapan itu diumumkan Ketua KPK Rudi Hartawan didampingi Direktur Penyidikan KPK Brigjen Pol '
      .. 'Dedi Santika. "Tersangka menerima uang," kata Rudi. Direktur Penyidikan menambahkan, "Kami menyita mobil."')
    assert.equal("Dedi Santika", qs[2].speaker)
  end)
  it("takes a social platform after akun for nobody", function()
    assert.equal("Komunitas Relawan Kereta",
      only('Komunitas Relawan Kereta lewat akun X-nya menulis, "Naik kereta itu kebutuhan."').speaker)
    assert.equal("Komunitas Relawan Kereta",
      only('Komunitas Relawan Kereta lewat akun Instagram-nya menulis, "Naik kereta itu kebutuhan."').speaker)
    -- (its -nya glued: "akun Facebooknya")
    assert.equal("Rudi Hartono",
      only('Gubernur Rudi Hartono dalam akun Facebooknya menulis, "Naik kereta itu kebutuhan."').speaker)
  end)
  it("knows the short titles of regional offices (Kadinkes, Kasatpol PP, Kasatlantas)", function()
    local qs = quotes('"Program ini gratis," kata Kadinkes Kota Makassar, dr. Nursaidah Sirajuddin.\n\n'
      .. '"Razia rutin," kata Kasatpol PP Kota Bandung, Rasdian Setiadi.\n\n'
      .. '"Jalan ditutup," kata Kasatlantas Polres Bogor AKP Rizky Guntama.')
    assert.same({ "Nursaidah Sirajuddin", "Rasdian Setiadi", "Rizky Guntama" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker })
  end)
  it("reads a body named by its address or at length before a comma and the name (CEO Kabar.id, PT X II Y, Name)",
    function()
      local qs = quotes('"Produk ini ramah," kata CEO Hijau.id Rina Kartika.\n\n"Berita ini benar," kata Pemimpin '
        .. 'Redaksi Kabar.com, Budi Santoso.\n\n"Penumpang naik," ujar Manager Humas PT Angkasa Nusa II Bandara '
        .. 'Kertajati, Holik Mardani.')
      assert.same({ "Rina Kartika", "Budi Santoso", "Holik Mardani" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    end)
  it("reads names the lexicon's words would cut (Tim Cook, Jan de Vries, Abdullah II bin Al-Hussein)", function()
    local qs = kimput.parse('"Kami senang," kata CEO Apple Tim Cook.\n\nMenurut Jan de Vries, ekonomi tumbuh.\n\n'
      .. '"Damai itu penting," kata Raja Yordania Abdullah II bin Al-Hussein.\n\n"Kami menang," kata pelatih '
      .. 'Tim Garuda Muda, Indra Sjafri.'):quotes()
    assert.same({ "Tim Cook", "Jan de Vries", "Abdullah II bin Al-Hussein", "Indra Sjafri" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker, qs[4].speaker })
    -- (and before the chain's verb)
    assert.same({ "Tim Cook" }, people("CEO Apple Tim Cook bertemu pengusaha muda di Jakarta."))
    -- (and before a lower-case word that ends the chain)
    assert.same({ "Tim Baxter" }, people("Ia bertemu tertutup dengan CEO Nusatek Tim Baxter di Surabaya."))
    -- right after the title, Tim is the team it heads, and one word before a comma and the
    -- clause going on is the team's name: a title naming nobody
    assert.same({ "nil", "Hendra" }, people("Ia ditunjuk sebagai Ketua Tim Pemenangan, kata Hendra."))
    -- "Sang" between two words of a name that a role opens is one of them (Korean names)
    assert.same({ "Kwon Sang Woo" }, people("Ketua Parlemen Kwon Sang Woo mengatakan hal itu."))
    assert.equal("Kwon Sang Woo", only('"Kami siap," kata Kwon Sang Woo.').speaker)
  end)
  it("opens a name after a rank with a word of a unit's name (Irjen Pol Sandi X) and knows it alone later", function()
    local qs = kimput.parse("Kepala Divisi Humas Polri Irjen Pol Sandi Nugraha memastikan penyidikan berjalan. "
      .. '"Semua kami periksa," kata Sandi kepada wartawan di Mabes Polri.'):quotes()
    assert.same({ "Sandi Nugraha", "Sandi Nugraha" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("reads an expert's field of two words before a university, then the name", function()
    local qs = kimput.parse("Ditemui terpisah, pakar hukum pidana Universitas Nusa Raya Fikri Hadiwijaya menilai "
      .. 'kasus itu ujian. "Ini momentum," kata Fikri.'):quotes()
    assert.same({ "Fikri Hadiwijaya", "Fikri Hadiwijaya" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("takes the agent of a passive verb opening no person's sentence as the next pronoun's person", function()
    local qs = kimput.parse("Presiden Ahmad Subianto mengumumkan rencana baru. Rencana itu dikritik pengamat politik "
      .. "Universitas Nusa, Rudi Hartono. Ia menyebut rencana itu terburu-buru."):quotes()
    assert.same({ "Ahmad Subianto", "Rudi Hartono" }, { qs[1].speaker, qs[2].speaker })
    -- a pronoun subject keeps its person, the agent is someone else
    qs = kimput.parse("Menteri Keuangan Sri Wahyuni menghadiri rapat. Ia didampingi Wakil Menteri Budi Santoso. "
      .. "Ia mengatakan anggaran aman."):quotes()
    assert.equal("Sri Wahyuni", qs[1].speaker)
  end)
  it("takes the agent of a passive verb as the next pronoun's person when the person before it is in its subject",
     function()
    -- the person named inside the passive's subject ("Pernyataan bahwa X ...") is what the words tell of
    local qs = kimput.parse("Menteri Budi Santoso membantah tuduhan itu. Pernyataan bahwa Budi bertemu Rahmat "
      .. "diungkap oleh Wakil Ketua Partai Maju Hendra Wijaya. Ia mengatakan kedatangan Budi merupakan dukungan.")
      :quotes()
    assert.same({ "Budi Santoso", "Hendra Wijaya" }, { qs[1].speaker, qs[2].speaker })
    -- a comma before the passive verb ends no subject: the person before it stays whom the sentence is about
    qs = kimput.parse("Ketua Partai Maju Hendra Wijaya hadir. Saat bertemu Budi Santoso, ia didampingi Rahmat Hidayat. "
      .. "Ia mengatakan rapat lancar."):quotes()
    assert.equal("Hendra Wijaya", qs[#qs].speaker)
  end)
  it("does not take the person of a fronted -nya nominal as the pronoun after its comma", function()
    -- "Dengan terpilihnya X sebagai ketua, dia berharap": dia is the one the text was about, X is the nominal's
    local qs = kimput.parse("Ketua Partai Maju Hendra Wijaya menanggapi hal itu. Dengan terpilihnya Budi Santoso "
      .. 'sebagai ketua, dia berharap partai makin solid. "Kami solid," ujarnya.'):quotes()
    assert.same({ "Hendra Wijaya", "Hendra Wijaya" }, { qs[1].speaker, qs[2].speaker })
    -- nor is it the next sentence's pronoun: that goes back to whom the text is about
    qs = kimput.parse("Ketua Partai Maju Hendra Wijaya menanggapi hal itu. Dengan terpilihnya Budi Santoso "
      .. "sebagai ketua, partai makin solid. Ia mengatakan rapat dimulai."):quotes()
    assert.equal("Hendra Wijaya", qs[#qs].speaker)
  end)
  it("reads 'Seperti disampaikan X, ...' and '..., sebagaimana dikatakan X' as 'Menurut X'", function()
    local q = kimput.parse("Seperti disampaikan Kapolres Garut AKBP Rio Wahyu, pelaku sudah ditangkap."):quotes()[1]
    assert.same({ "Rio Wahyu", "seperti disampaikan", "pelaku sudah ditangkap." }, { q.speaker, q.cue, q.text })
    q = kimput.parse("Pelaku sudah ditangkap, sebagaimana dikatakan Kapolres Garut AKBP Rio Wahyu."):quotes()[1]
    assert.same({ "Rio Wahyu", "sebagaimana dikatakan" }, { q.speaker, q.cue })
    -- nobody named: no words reported
    assert.same({}, kimput.parse("Seperti dikatakan sebelumnya, rapat ditunda."):quotes())
  end)
  it("reads one capitalised word after a body's head as the body's name, not a person's", function()
    assert.same({}, people("Seorang pejabat Kementerian Reunifikasi menolak berkomentar."))
  end)
  it("reports no words for 'Begitu kata X.' after a quote", function()
    local qs = kimput.parse('"Itu kabar bohong". Begitu kata Kapolres Bogor AKBP Rio Wahyu.'):quotes()
    assert.equal(1, #qs)
    assert.same({ "direct", "Rio Wahyu" }, { qs[1].kind, qs[1].speaker })
  end)
  it("joins a title and a name after a comma that a lower-case degree opens", function()
    assert.equal("Maya Sari", only('"Pasien stabil," kata Direktur RSUD, drg. Maya Sari.').speaker)
    assert.equal("Anhar Hadian", only('"Kasus naik," ujar Kepala Dinas Kesehatan, dr. Anhar Hadian, kemarin.').speaker)
  end)
  it("reads a cue and a colon closing the line before a quote on a line of its own", function()
    local q = only('Kepala BPBD Sukabumi Rina Lestari menjelaskan:\n"Arus datang sangat cepat. Air naik dalam hitungan '
      .. 'menit."')
    assert.same({ "Rina Lestari", "menjelaskan", "direct" }, { q.speaker, q.cue, q.kind })
    q = only('Mengutip kantor berita Reuters, Presiden Ahmad Fauzi menulis:\n\n"Kami berduka bersama warga."')
    assert.same({ "Ahmad Fauzi", "menulis", "Reuters" }, { q.speaker, q.cue, q.via })
  end)
  it("reads menjawab, menanggapi and other verbs before a colon as cues", function()
    local q = only('Ditanya soal dana, Bupati Ani Lestari menjawab singkat: "Masih cukup."')
    assert.same({ "menjawab", "Ani Lestari" }, { q.cue, q.speaker })
  end)
  it("reads a verb no list knows between a statement's comma and a person closing the clause", function()
    local q = only('"Kita tunggu hasilnya," desah Bupati Ani Lestari.')
    assert.same({ "desah", "Ani Lestari" }, { q.cue, q.speaker })
    for _, term in ipairs(kimput.parse('"Pasar Senggol," dan Bupati Ani Lestari datang.'):quotes()) do
      assert.is_nil(term.speaker)
    end
  end)
  it("reads the less common cue words after a quote: pesan, tutup, canda, balas, tekannya", function()
    for _, cue in ipairs({ "pesan", "tutup", "canda", "balas", "sesal", "bisik" }) do
      local q = only('"Jaga kebersihan lingkungan," ' .. cue .. ' Camat Budi Santoso.')
      assert.same({ cue, "Budi Santoso" }, { q.cue, q.speaker })
    end
    local text = 'Lurah Ani Wulandari hadir. "Semua warga wajib ikut," tekannya.'
    assert.same({ "tekannya", "Ani Wulandari" }, { only(text).cue, only(text).speaker })
  end)
  it("follows cue words added from Lua", function()
    local text = '"Sudah, hentikan saja," desis Kapolsek Heru Saputra di lokasi kejadian.'
    assert.is_nil(only(text).cue)
    kimput.quotes.cue{ after = { "desis" } }
    local q = only(text)
    assert.same({ "desis", "Heru Saputra" }, { q.cue, q.speaker })
  end)
  it("knows the cities and territories of international news, never a speaker alone", function()
    local q = kimput.parse("Kementerian Kesehatan Gaza melaporkan jumlah korban terus bertambah."):quotes()[1]
    assert.equal("Kementerian Kesehatan Gaza", q.speaker)
    assert.equal("place", mention("Delegasi itu tiba di Jenewa pada Senin.", "Jenewa").kind)
  end)
  it("reads descriptions of a leader and of a title with lower-case words of its kind", function()
    local text = "Presiden Rusia Sergei Volkov menerima Menlu Korea Utara Ri Song Gil. "
      .. '"Hubungan kita semakin kuat," kata orang nomor satu di Rusia itu. '
      .. 'Diplomat perempuan tertinggi Korut itu membalas, "Kami akan selalu mendukung."'
    local qs = quotes(text)
    assert.same({ "Sergei Volkov", "kata" }, { qs[1].speaker, qs[1].cue })
    assert.same({ "Ri Song Gil", "membalas" }, { qs[2].speaker, qs[2].cue })
  end)
  it("follows kin, sent and contact words added from Lua", function()
    local text = 'Hakim Budi Santoso hadir. "Ia orang baik," kata besan Budi Santoso kepada wartawan.'
    assert.equal("Budi Santoso", only(text).speaker)
    kimput.quotes.cue{ kin = { "besan" } }
    assert.equal("besan Budi Santoso", only(text).speaker)
    -- a verb whose object is now a thing given reports no words
    text = "Camat Ani Lestari menyampaikan piagam penghargaan kepada warga."
    assert.equal(1, #kimput.parse(text):quotes())
    kimput.quotes.cue{ sent = { "piagam" } }
    assert.equal(0, #kimput.parse(text):quotes())
  end)
  it("follows titles added from Lua", function()
    local text = '"Lanjut," kata Datu Lembah Hijau Andi Lolo.'
    kimput.entities.add_title("Datu Lembah Hijau")
    assert.equal("Andi Lolo", only(text).speaker)
  end)
  it("copes with pathological input: endless titles, names, marks and pronouns", function()
    for _, text in ipairs({
      ("Kapolres "):rep(40000), ("Budi "):rep(40000), ('"'):rep(100000), ("dia kata "):rep(30000),
      ("Kepala Badan (BB) "):rep(20000), (', "Ya," kata Kabid Humas'):rep(10000),
    }) do
      local doc = kimput.parse(text)
      assert.is_table(doc:mentions())
      assert.is_table(doc:quotes())
    end
  end)
  it("copes with quotes without words, stray marks and empty text", function()
    assert.same({}, kimput.parse(""):quotes())
    assert.is_table(kimput.parse('"" kata dia " " ujar').quotes and kimput.parse('"" kata dia " " ujar'):quotes())
    assert.is_table(kimput.parse(('"a," kata '):rep(5000)):quotes())
  end)
end)

describe("real-page shapes (third session)", function()
  it("ties a title told again with its place to the holder introduced with the body's long name", function()
    local text = "Kepala Pelaksana Badan Penanggulangan Bencana Daerah (BPBD) Rahmat Hidayat mengatakan, warga aman. "
      .. '"Air mulai surut," kata Kepala Pelaksana BPBD Sukamaju.'
    assert.same({ "Rahmat Hidayat" }, speakers(text))
    -- a region's head told with a place is someone else, unnamed
    text = 'Gubernur Budi Santoso meninjau banjir. "Kami bantu," kata Gubernur Jawa Barat.'
    assert.same({ "Gubernur Jawa Barat" }, speakers(text))
    -- the short names of a national agency's head and of a rank
    text = '"Pencarian kami lanjutkan," kata Kabasarnas Mardya TNI (Purn) Hendro Wibowo.'
    assert.same({ "Hendro Wibowo" }, speakers(text))
  end)
  it("reads a cue right before a whole sentence in marks, no colon, as a direct quote", function()
    local qs = quotes("Bupati Sukamaju Ani Lestari menjelaskan “Jalan desa kami perbaiki tahun ini. "
      .. "Anggarannya sudah ada.”\n"
      .. "Ani Lestari mengatakan “Warga diminta bersabar.”")
    assert.same({ "direct", "direct" }, { qs[1].kind, qs[2].kind })
    assert.same({ "Ani Lestari", "Ani Lestari" }, { qs[1].speaker, qs[2].speaker })
    -- words inside the writer's sentence stay partial
    local q = only("Menurut Ani Lestari, jalan itu “sudah lama rusak parah”.")
    assert.equal("partial", q.kind)
  end)
  it("reads a whole sentence in marks after its cue as direct when the stop stands after the mark", function()
    -- the writer put the stop outside the marks (and a page left a stray mark after it)
    local qs = quotes("Wali Kota Sukamaju Rudi Hartono menegaskan “Kami tidak akan menaikkan tarif air tahun ini”.\n"
      .. "Ia menyatakan \"Semua keluhan warga akan kami tindak lanjut pekan depan\".’\nKomentar")
    assert.same({ "direct", "direct" }, { qs[1].kind, qs[2].kind })
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, { qs[1].speaker, qs[2].speaker })
    -- a short phrase so quoted is no sentence; nor are words the sentence goes on after
    local q = only("Rudi Hartono menyebut “tarif lama tetap”.")
    assert.equal("partial", q.kind)
    q = only("Rudi Hartono mengatakan “Tarif air tidak naik” sebelum rapat dimulai.")
    assert.equal("partial", q.kind)
  end)
  it("reads initials in brackets that take a letter inside the name's last word", function()
    local text = "Gubernur Sukamaju Hardi Duka (HDK) meninjau pasar. "
      .. '"Harga aman," kata HDK. '
      .. "Bupati Lembah Sitti Aminah Rasyid hadir. "
      .. '"Stok cukup," ujar Aminah.'
    assert.same({ "Hardi Duka", "Sitti Aminah Rasyid" }, speakers(text))
    -- a party's acronym after a name is none of its initials
    assert.same({ "Ani Lestari" }, speakers('Anggota DPR Ani Lestari (PKB) hadir. "Kami dukung," kata Ani Lestari.'))
  end)
  it("keeps the holder of a described title past an unnamed speaker's words since", function()
    local text = "Pemimpin Negeri Utara Park Sung Ho hadir di pabrik.\n\n"
      .. "Wartawan asing tidak diberi akses ke acara yang digambarkan oleh KCNA sebagai \"kunjungan kerja\".\n\n"
      .. '"Kita harus menjadi yang terkuat," ujar pemimpin berusia 40 tahun itu.'
    local qs = quotes(text)
    assert.same({ "KCNA", "Park Sung Ho" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("reads a one-word place inside a name a verb, a comma or 'selaku' closes", function()
    local text = "Vonis Dibacakan Hari Ini\n"
      .. "Rudolf Paris Simanjuntak selaku kuasa hukum terdakwa menegaskan akan banding. "
      .. '"Kami banding," tegasnya.'
    assert.same({ "Rudolf Paris Simanjuntak" }, speakers(text))
  end)
  it("reads acting offices with a period, a site's name after its word, a client before a lawyer's name", function()
    assert.same({ "Sutrisno" }, speakers('"Tidak ada tsunami," kata Plt. Kepala Pusat Gempa BMKG, Sutrisno.'))
    assert.same({ "Budi Santoso" },
      speakers('"Sudah ditemukan," kata PS Kanit Reskrim Polsek Sukamaju, Aiptu Budi Santoso, Minggu.'))
    assert.same({ "Wahyudi" },
      speakers('"Gempa tidak berpotensi tsunami," terang Kepala Stasiun Geofisika Sukamaju Wahyudi, kemarin.'))
    local text = "Sementara itu, penasehat hukum kedua terdakwa, Rahmadi menyayangkan putusan hakim. "
      .. '"Kami kecewa," pungkasnya.'
    assert.same({ "Rahmadi" }, speakers(text))
    -- one word of a name after a noun for a person and a cue; not where residents live
    assert.same({ "Rudi" }, speakers('"Saya pikir-pikir," ujar terdakwa Rudi.'))
    assert.same({ "nil" }, speakers('"Saya takut," kata warga Sukamaju.'))
  end)
  it("reads a village named before after a jurisdiction word as the place of a head's title", function()
    local text = "Banjir merendam Desa Sido Makmur sejak pagi. Kepala Desa Sido Makmur Zainal Abidin "
      .. 'menjelaskan, air setinggi dada. "Warga sudah kami ungsikan," katanya.'
    assert.same({ "Zainal Abidin" }, speakers(text))
    -- a Balinese birth-order name keeps its first word when later called by the second
    text = '"Kami banding," tegas penasihat hukum I Made Sudarsa. "Kami kecewa," kata Made.'
    assert.same({ "I Made Sudarsa", "I Made Sudarsa" }, speakers(text))
  end)
  it("reads a titled name right after the words' comma, the cue left out, as the speaker", function()
    local q = only('"Masih diautopsi," Kapolsek Sukamaju Kompol Budi Santoso, Senin (18/7).')
    assert.same({ "direct", "Budi Santoso" }, { q.kind, q.speaker })
    -- a conjunction opening the words is no name's first word
    local text = '"Kalau Park Ji Hoon tidak datang, kami evaluasi," kata Ketua Satgas, Rudi Hartono. '
      .. '"Itu tidak penting," ujar Park.'
    assert.same({ "Rudi Hartono", "Park Ji Hoon" }, speakers(text))
  end)
  it("reads a cue word inside a name that opens its sentence before a verb", function()
    local text = "Rina Puji Lestari menyajikan makanan untuk suaminya, Ketua Komisi A DPRD Sukamaju Budi Santoso. "
      .. '"Kami prihatin," kata dia.'
    assert.same({ "Rina Puji Lestari" }, speakers(text))
  end)
  it("reads a general's stars after the rank as a description, no name", function()
    local text = "Kepala Basarnas Marsekal Madya TNI Budi Santoso mengatakan tim siap. "
      .. '"Kami akan bekerja 24 jam," tegas Jenderal Bintang Tiga ini kepada wartawan.'
    assert.same({ "Budi Santoso" }, speakers(text))
  end)
  it("keeps a sentence's subject the one a -nya cue goes on with past a clause of reason's words", function()
    local text = "Kuasa hukum Rahmadi mengapresiasi hakim Sri Lestari karena menyebut kliennya tidak bersalah. "
      .. '"Masih ada hakim yang jernih," katanya.'
    assert.same({ "Rahmadi" }, speakers(text))
  end)
  it("keeps a person named inside a quote from being whom a pronoun after it means", function()
    local text = '"Tim yang dipimpin Kanit Reskrim Iptu Ahmad Sutanto sudah bergerak," kata Kasat Reskrim '
      .. "AKP Joko Prasetyo. Dia menjelaskan, pelaku kabur ke hutan. "
      .. '"Pelaku sempat melawan," ujar dia.'
    assert.same({ "Joko Prasetyo", "Joko Prasetyo" }, speakers(text))
  end)
  it("reads the ordinal counting an office's holders as the role's, its country or rank after it", function()
    local m = mention("Ia melayat ke rumah Presiden ke-4 Republik Indonesia Hendra Wijaya Kusuma di Bogor.",
      "Presiden ke-4 Republik Indonesia Hendra Wijaya Kusuma")
    assert.same({ "Hendra Wijaya Kusuma", "Presiden ke-4 Republik Indonesia" }, { m.name, m.title })
    assert.same({ "Rudi Santoso" }, people("Kapolri ke-IX Jenderal Rudi Santoso meresmikan gedung."))
    assert.same({ "Ramon Dela Cruz" }, speakers('"Kami berduka," kata Presiden kedua Filipina Ramon Dela Cruz.'))
    assert.same({ "Klaus Becker" }, people("Ia menemui Kanselir ke-8 Republik Federal Jerman Klaus Becker."))
    -- no ordinal of a holder: a lower-case word after it, or no capital
    assert.same({ "nil" }, people("Presiden pertama kali datang ke Sukamaju."))
  end)
  it("reads the Malay honour's apostrophe and second word as the honour's, the name after them", function()
    local m = mention("Ia menerima Wakil Perdana Menteri Malaysia, Dato' Seri Dr. Hamzah bin Rahman di Istana.",
      "Wakil Perdana Menteri Malaysia, Dato' Seri Dr. Hamzah bin Rahman")
    assert.same({ "Hamzah bin Rahman", "Wakil Perdana Menteri Malaysia, Dato' Seri Dr." }, { m.name, m.title })
    assert.same({ "Hamzah Rahman" }, speakers('"Kami siap," kata Menteri Luar Negeri Malaysia Dato’ Sri Hamzah '
      .. "Rahman."))
    assert.same({ "Aziz Ismail" }, speakers('"Kerja sama berlanjut," ujar Dato’ Aziz Ismail.'))
    -- a quote mark after another word stays a quote mark
    assert.same({ "Aziz Ismail" }, speakers("\"Kata 'kita' penting,\" ujar Datuk Aziz Ismail."))
  end)
  it("reads a cabinet's name and the pair it is named after as the role's, no person's name", function()
    assert.same({}, people("Komisi IV menggelar rapat dengan menteri dari Kabinet Kerja Rudi Hartono-Ahmad Fauzi."))
    assert.same({}, people("Ia pernah menjadi menteri di Kabinet Indonesia Bersatu Jilid II."))
    assert.same({ "Budi Santoso" }, people("Menteri Perhubungan Kabinet Kerja Budi Santoso meninjau bandara."))
    assert.same({ "Budi Santoso" }, people("Menteri Perhubungan Kabinet Merah Putih, Budi Santoso, meninjau bandara."))
    assert.same({ "Dewi Lestari" }, people("Sekretaris Kabinet Dewi Lestari membacakan keputusan."))
  end)
  it("reads a hyphened Arabic-article word right after a body's acronym as the body's name", function()
    assert.same({ "Hasan Basri" }, people("Ketua Umum PB Al-Furqaniyah Hasan Basri membuka muktamar."))
    assert.same({ "Hasan Basri" }, speakers('"Kami solid," kata Ketua PW Al-Ittihadiyah Sumut Hasan Basri.'))
    -- one word after it: a person's name so written
    assert.same({ "Al-Hakim Basri" }, people("Ketua DPW Al-Hakim Basri membuka muktamar."))
    -- a known party's acronym before it: a person's name
    assert.same({ "Al-Hakim Basri Lubis" }, people("Ketua PKS Al-Hakim Basri Lubis membuka muktamar."))
  end)
  it("reads a Malaysian state's head of government (Menteri Besar) as a title serving a place", function()
    assert.same({ "Hafiz Rahman" }, speakers('"Kami siap," kata Menteri Besar Johor Hafiz Rahman.'))
    assert.same({ "Sanusi Ismail" }, people("Menteri Besar Kedah Sanusi Ismail meninjau banjir."))
  end)
  it("reads the place of a title serving one before a comma and a Malay honour with its apostrophe", function()
    assert.same({ "Amran Shafie" }, speakers("\"Banjir surut,\" kata Menteri Besar Xanadu, Dato' Seri Amran Shafie."))
    assert.same({ "Amran Shafie" }, speakers("\"Banjir surut,\" kata Gubernur Xanadu, Dato’ Amran Shafie."))
    -- Sabah's honour of three words is the role's whole
    assert.same({ "Amran Shafie" }, speakers('"Banjir surut," kata Gubernur Sabah, Datuk Seri Panglima Amran Shafie.'))
  end)
end)

describe("real-page shapes (fourth session)", function()
  it("reads a place's province set off by commas after a title's place, the name after the second comma", function()
    assert.same({ "Rina Marlina" }, speakers('Bupati Kebumen, Jawa Tengah, Rina Marlina meninjau jalan. '
      .. '"Kami perbaiki bertahap," kata Bupati.'))
    assert.same({ "Ahmad Fauzi" }, people("Wali Kota Kendari, Sulawesi Tenggara, Ahmad Fauzi membuka pasar."))
    assert.same({ "Budi Santoso" }, speakers('"Kami siaga," kata Kapolres Garut, Jawa Barat, AKBP Budi Santoso.'))
    assert.same({ "Euis Wartini" }, people("Ketua DPRD Garut, Jawa Barat, Euis Wartini membuka rapat."))
    -- places listed: no name after them
    assert.same({ "nil" }, people("Gubernur Jawa Barat, Jawa Tengah, Jawa Timur hadir."))
  end)
  it("reads sentence adverbs in -nya and counts opening a sentence or ending a headline as no name", function()
    assert.same({ "Rina Marlina" }, speakers("Bupati Garut Rina Marlina meninjau jalan. Pasalnya, Bupati "
      .. 'mengatakan, jalan itu rusak. "Kami perbaiki," ujar Bupati.'))
    assert.same({ "Rina Marlina" }, speakers('Bupati Garut Rina Marlina meninjau jalan. Artinya, "anggaran '
      .. 'kurang," kata Rina.'))
    -- an inline headline ending with a count glued to the next sentence's subject
    assert.same({ "Dicky Saputra" }, speakers("Kepala BPBD Garut Dicky Saputra meninjau lokasi. Baca juga: "
      .. "Korban Longsor Bertambah Jadi Tiga Orang Dicky mengatakan, dua rumah rusak. "
      .. '"Warga diungsikan," ujarnya.'))
    assert.same({}, people("Lima Orang Tewas Tertimbun Longsor di Garut"))
  end)
  it("reads a clipped call name next to a cue as the one person whose name's word it ends", function()
    assert.same({ "Susanto" }, speakers("Kapolres Sumberjaya AKBP Susanto mengatakan pelaku ditangkap. "
      .. '"Pelaku sudah kami amankan," kata Santo.'))
    assert.same({ "Wahyudi Pratama" }, speakers("Kasat Reskrim AKP Wahyudi Pratama memimpin penangkapan. "
      .. '"Pelaku melawan," ujar Yudi.'))
    -- two names it ends: somebody new
    assert.same({ "Santo" }, speakers('Kapolres AKBP Susanto dan Kasat Reskrim AKP Hadi Prasanto hadir. '
      .. '"Kami siaga," kata Santo.'))
    -- a name of its own
    assert.same({ "Santo Wibowo" }, speakers('Kapolres AKBP Susanto hadir. Santo Wibowo, warga setempat, melapor. '
      .. '"Kami takut," kata Santo Wibowo.'))
  end)
  it("reads the name after a comma past a title's one-word body as the speaker a quote's cue names", function()
    assert.same({ "Edi Saputra" }, speakers('"Kasus ini sulit," ujar Direktur Eksekutif Lekahnus, Edi Saputra '
      .. "dalam keterangannya."))
    assert.same({ "Sri Purnomo" }, speakers('"Jalan rusak," kata Bupati Sleman, Sri Purnomo dalam sambutannya.'))
    -- after a noun of a bond, a name of one word too
    assert.same({ "Markus" }, speakers('Hakim memvonis Rudy Suryana sembilan bulan. "Kami kecewa," ujar pengacara '
      .. "Rudy Suryana, Markus setelah persidangan."))
  end)
  it("reads the police directors' short titles spelled with one r as titles", function()
    assert.same({ "Anwar Sasmito" }, speakers('"Pelaku sudah kami tangkap," tegas Direskrimsus Polda Sumsel Kombes '
      .. "Anwar Sasmito kepada wartawan."))
    assert.same({ "Budi Santoso" }, speakers("Direktur Reserse Kriminal Umum Polda Riau Kombes Budi Santoso memimpin "
      .. 'operasi. "Kami tangkap tiga orang," kata Direskrimum.'))
  end)
  it("keeps a person named right after a noun of death from being whom a later pronoun means", function()
    assert.same({ "Hartono", "Hartono" }, speakers('"Kami terus bekerja," kata Kabid Humas Polda Kepri AKBP Hartono '
      .. "di Batam. Sejak 2015, ada tiga kasus pembunuhan. Baru satu yaitu kasus tewasnya Dian Lestari, siswi SMA "
      .. "Negeri 1, yang terungkap. Kasus lain masih gelap. Polisi belum menyimpulkan pelakunya. "
      .. '"Kami tidak bisa menyimpulkan," kata dia.'))
  end)
  it("keeps a person named in a headline's line left in the body from being whom a -nya cue means", function()
    assert.same({ "Budi Santoso" }, speakers("Gubernur Kalteng Budi Santoso meninjau banjir.\n"
      .. "Bupati Garut Blusukan ke Desa Rawan Banjir Hari Ini\n"
      .. '"Kami butuh bantuan pusat," ujarnya.'))
  end)
  it("reads a cue verb after a word of purpose or effort as no clause of saying", function()
    assert.same({ "Edi Saputra" }, speakers("Pengamat Edi Saputra menilai kinerja Polda Metro Jaya sangat "
      .. 'profesional dalam mengungkap kasus pembunuhan itu. "Kerja keras dibutuhkan," tuturnya.'))
  end)
  it("reads the name after 'yakni' or 'yaitu' right after a title chain as the holder's", function()
    assert.same({ "Rudi Sofyandi" }, speakers('Sama halnya, Kapten Persija yakni Rudi Sofyandi juga memberikan '
      .. 'dukungan. "Kita bangkit," tutupnya.'))
    assert.same({ "Budi Santoso" }, speakers('Ketua Umum PSSI yakni Budi Santoso sempat kecewa. "Kita bangkit," '
      .. "ujarnya."))
    -- no name after it: nobody
    assert.same({ "nil" }, people("Ketua RT yakni warga setempat hadir."))
  end)
  it("gives an epithet after a quote's cue to the subject told before it, not to one the quote named", function()
    assert.same({ "Nyoman Karsa" }, speakers("Gerakan itu dilakukan Plt Ketua DPD I Golkar Bali Gede Sutama alias "
      .. "Dekik. Dekik didukung Sekretaris DPD I Golkar Bali Nyoman Karsa. Karsa mengatakan para pengurus hadir. Ada "
      .. 'pengurus yang datang. “Kami sosialisasikan surat penunjukan Pak Dekik,” ucap Wakil Ketua DPRD Bali ini.'))
  end)
  it("keeps a person whose many office holders open a sentence (para menteri X) from being its subject", function()
    assert.same({ "Budi Santoso" }, speakers("Hal serupa disampaikan Sekretaris Fraksi Partai Golkar Budi Santoso, "
      .. "yang meminta teguran. Sebab, para menteri Rudi Hartono menghambat pemerintahan. "
      .. '"Pimpinan jangan lembek," tandasnya.'))
  end)
  it("keeps a person the quote opening the sentence names from being whom its -nya cue or epithet means", function()
    assert.same({ "Sunardi" }, speakers("Plt Kepala Dinas PMD Mesuji Sunardi meninjau sawah. “Desa ini jadi perhatian "
      .. "khusus presiden Jokowi,” serunya."))
    assert.same({ "Mochamad Suryadi" }, speakers('Ketua Umum PSSI Mochamad Suryadi kecewa. "Tadi dianalisis oleh '
      .. 'pelatih Budi Wiryawan, pemain capek," kata pria yang akrab disapa Ibul itu.'))
  end)
  it("counts no title-case headline line among the sentences a former office looks back over", function()
    local qs = kimput.parse("Sekretaris Kabinet Budi Santoso membantah kabar itu.\n\nSebagai pejabat negara, Budi "
      .. "mengatakan pihaknya netral. Tidak berpihak pada calon mana pun. Sehingga, kabar itu tidak benar.\n\n"
      .. "Perkuat Posisi, Putin Dijadwalkan Berkunjung ke Beijing\n\n"
      .. '"Saya tidak tahu motifnya," ujar mantan Rektor Universitas Nusa itu.'):quotes()
    assert.equal("Budi Santoso", qs[#qs].speaker)
  end)
  it("ends a name before a capitalised passive verb in di-...-kan (a headline's title case)", function()
    assert.same({ "Budi Santoso", "Vladimir Putin", "Budi Santoso" }, people("Menteri Budi Santoso membantah kabar "
      .. "itu.\n\nPerkuat Posisi, Putin Dijadwalkan Berkunjung ke Beijing\n\n\"Saya tidak tahu,\" ujar Budi."))
  end)
  it("reads a pe-...-an or ke-...-an noun opening a sentence as no word of the name after it", function()
    local qs = kimput.parse("Penangkapan Budi Santoso dibenarkan oleh Kapolres Garut AKBP Rio Wahyu. Ia mengatakan "
      .. "pelaku ditahan."):quotes()
    assert.equal("Rio Wahyu", qs[1].speaker)
    qs = kimput.parse("Duta Besar Australia, Gary Quinlan, dipanggil lagi. Pemanggilan Quinlan dibenarkan oleh juru "
      .. "bicara Kementerian Luar Negeri, Rahmat Hidayat. Ia mengatakan Quinlan dipanggil kemarin."):quotes()
    assert.equal("Rahmat Hidayat", qs[#qs].speaker)
    -- a name in -wan keeps its first word ("Kurniawan" names, not nouns)
    assert.equal("Perdanawan Santoso", kimput.parse("Perdanawan Santoso berkata, \"Kami siap.\""):quotes()[1].speaker)
  end)
  it("reads a passive verb in di-...-kan opening a sentence as no word of the name after it", function()
    assert.same({ "Sunardi", "Sunardi" }, speakers("Plt Kepala Dinas PMD Mesuji Sunardi meninjau sawah. "
      .. '"Kami cek sawah warga," jelas Sunardi. Dimungkinkan Sunardi, ke depan ada acara besar. '
      .. '"Mesuji jadi perhatian," ungkapnya.'))
    -- a given name in Di- stays a name
    assert.same({ "Dimas Kurniawan" }, speakers('Dimas Kurniawan mengatakan jalan rusak. "Kami perbaiki," ujarnya.'))
  end)
  it("reads two known places joined by a hyphen after a title as the region pair the office serves", function()
    assert.same({ "Rudi Hartono" }, speakers('"Kredit naik," kata Kepala BI Sulsel-Sulbar Rudi Hartono.'))
    assert.same({ "Rudi Hartono" }, people("Kepala BI Sulsel-Sulbar Rudi Hartono hadir."))
  end)
  it("reads the number of a regional office after 'Regional' as the role's", function()
    assert.same({ "Yusuf Anwari" }, speakers('"Kredit tumbuh," ujar Kepala OJK Kantor Regional 5 Sumatera Bagian Utara '
      .. "(Sumbagut), Yusuf Anwari di Medan."))
    assert.same({ "Bambang Kiswono" }, speakers("Kepala Kantor Regional 3 Otoritas Jasa Keuangan (OJK) Jateng-DIY "
      .. 'Bambang Kiswono mengatakan kredit tumbuh. "Kredit naik," kata Bambang.'))
  end)
  it("reads a roman numeral after a unit's acronym or a title as the unit's number, not the name's", function()
    assert.same({ "Rudi Hartono" }, speakers("CEO PTPN V Rudi Hartono mengatakan laba naik. "
      .. '"Kami bersyukur," ujarnya.'))
    assert.same({ "Budi Santoso" }, speakers('"Kapal siap," kata Danlantamal IV Budi Santoso.'))
    assert.same({ "Ahmad Fauzi" }, speakers('"Kami siap," kata Ketua Komisi II DPR Ahmad Fauzi.'))
    -- a lone I may open a Balinese name; a regnal number stays the name's
    assert.same({ "I Wayan Sudarta" }, speakers('"Umat tenang," kata Ketua PHDI I Wayan Sudarta.'))
    assert.same({ "Charles III" }, speakers('"Kami berduka," kata Raja Charles III.'))
  end)
  it("goes on with a title over 'dari' and a body's head in lower case ('dari fraksi X, Name,')", function()
    assert.equal("Hendrawan", first_speaker("Anggota DPR RI dari fraksi Maju, Hendrawan, menyatakan bahwa "
      .. "kebutuhan mendesak adalah lapangan kerja."))
    assert.same({ "Hendrawan" }, speakers('Anggota DPR dari partai Maju, Hendrawan, mengatakan, "Kami menolak."'))
  end)
  it("reads a title's comma-name as the holder before 'di' and a place, or any word after a passive cue", function()
    assert.same({ "Rudi Hartono" }, speakers("Demikian dikatakan Direktur Utama Sinarfarma, Rudi Hartono di Bandung, "
      .. 'Senin (3/6). "Kami optimistis," ujarnya.'))
    assert.same({ "Rudi Hartono" }, speakers("Hal itu disampaikan Direktur Utama Sinarfarma, Rudi Hartono dalam rapat. "
      .. '"Kami optimistis," ujarnya.'))
    assert.same({ "Rudi Hartono" }, speakers("Direktur Utama Sinarfarma, Rudi Hartono di Bandung mengatakan laba naik. "
      .. '"Kami optimistis," ujarnya.'))
  end)
  it("reads a name after a quote, a lower-case description set off by commas, then a verb of speech", function()
    assert.same({ "Maria Lopez" }, speakers('"Kami sedang meninjau laporan itu," Maria Lopez, wakil juru bicara '
      .. "Departemen Luar Negeri, mengatakan kepada wartawan."))
    assert.same({ "Budi Santoso" }, speakers('"Jalan ini rusak," Budi Santoso, warga setempat, menambahkan.'))
    -- a capitalised word after the comma is no description: no speaker from it
    assert.same({ "nil" }, speakers('"Jalan ini rusak," Budi Santoso, Ani Lestari, dan Rudi menambahkan.'))
  end)
  it("gives a verb joined by 'dan' the country opening the clause before it as its subject", function()
    assert.same({ "Rusia" }, speakers("Pada gilirannya, Rusia telah berulang kali membantah laporan itu dan telah "
      .. 'menyebut laporan itu "sama sekali tidak berdasar."'))
    assert.same({ "Jepang" }, speakers('Jepang menolak usul itu dan menyebutnya "langkah mundur."'))
    -- a place after a preposition is where, not who
    assert.same({ "nil" }, speakers('Di Jepang, warga menolak usul itu dan menyebutnya "langkah mundur."'))
  end)
  it("describes a relative named by a noun of kin and a one-word name nobody was found in", function()
    assert.same({ "kakak Dodi" }, speakers('"Adik saya pulang," kata kakak Dodi.'))
    assert.same({ "ayah Dodi" }, speakers('"Anak saya sehat," kata ayah Dodi.'))
    assert.same({ "orangtua korban" }, speakers('"Anak saya sehat," kata orangtua korban.'))
    -- a known person after the noun of kin: whom the speaker is related to, described so
    assert.same({ "istri Budi Santoso" }, speakers('"Suami saya sehat," kata istri Budi Santoso.'))
  end)
end)

describe("real-page shapes (fifth session)", function()
  it("reads a mood or a manner told after a quote as its cue (kesal, singkat), the person ending no clause", function()
    local q = only('"Hukuman ini terlalu berat," kesal Sumarni, kakak Joko Susilo, seusai sidang.')
    assert.same({ "kesal", "Sumarni" }, { q.cue, q.speaker })
    q = only('"Stok kami tinggal sedikit," singkat Yanti saat ditemui di kiosnya.')
    assert.same({ "singkat", "Yanti" }, { q.cue, q.speaker })
    -- the name so met is the one a later sentence opening with it and its pronoun mean
    assert.same({ "Sumarni", "Sumarni" }, speakers('"Hukuman ini terlalu berat," kesal Sumarni, kakak Joko Susilo. '
      .. "Sumarni yang ditemani adiknya menolak vonis itu. Ia menganggap hukuman itu keliru. "
      .. '"Bukti kami tak dilihat," keluhnya.'))
  end)
  it("reads the forces' information chiefs and a disaster agency's executive head by their short titles", function()
    assert.same({ "Yudha Pratama" }, speakers("Kepala Dinas Penerangan Angkatan Udara (Kadispenau) Marsma TNI Yudha "
      .. 'Pratama menjelaskan jadwal latihan. "Latihan dimulai pekan depan, " kata Kadispenau.'))
    assert.same({ "Nanang Sopian" }, speakers("Kepala Pelaksana BPBD Sukamaju Nanang Sopian meninjau tanggul. "
      .. '"Tanggul masih kuat," ujar Kalaksa.'))
  end)
  it("reads the name after a title's comma as the holder when a verb follows, the chain opening its clause", function()
    assert.same({ "Bayu Ardiansyah" }, speakers("Pelatih Persisu, Bayu Ardiansyah memuji kerja keras pemainnya. "
      .. '"Mereka tidak menyerah," ujarnya.'))
    assert.same({ "Yosep" }, speakers("Sementara itu, pelatih kiper Sinar Jaya, Yosep tak bisa menyembunyikan rasa "
      .. 'kecewanya. "Lini belakang kami lengah," katanya.'))
    assert.same({ "Dadang" }, speakers('Kepala Desa Cibunar, Dadang meninjau tanggul. "Tanggul masih kuat," ujarnya.'))
    -- after a cue the comma ends what was said of the first name
    assert.equal("Rahmat", first_speaker("Menurut Kapolsek Rahmat, Bayu Ardiansyah ditangkap di rumahnya."))
  end)
  it("reads the Papua regencies the lexicon lacked as places: a club named by one keeps it, the coach after", function()
    assert.same({ "Yohanes Rumbiak" }, speakers("Pelatih Persisu Supiori Yohanes Rumbiak mengaku puas. "
      .. '"Anak-anak bermain baik," ujarnya.'))
    assert.same({ "Stefanus Wenda" }, speakers('"Jalan ke distrik sudah dibuka," kata Bupati Yalimo Stefanus Wenda.'))
  end)
  it("reads the Jakarta police region after Polda as a place, no person named Jaya", function()
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers('"Lima orang kami periksa," kata Kapolsek Cibunar AKP '
      .. "Rudi Hartono. Dua pria itu lalu dibawa penyidik Polda Metro Jaya ke Jakarta. "
      .. '"Kasusnya ditangani Polda," ujarnya.'))
    assert.same({}, people("Tiga anggota Polda Metro Jaya itu kemudian diperiksa Propam."))
  end)
  it("reads a count of those just named in -nya (Kelimanya, Ketujuhnya) opening a sentence as nobody's name", function()
    assert.same({}, people("Lima pemuda diamankan warga. Kelimanya mengaku hanya lewat."))
    assert.same({}, people("Ketujuhnya kemudian dibawa ke kantor polisi."))
  end)
  it("reads a person set off after a body's acronym closing a description after the cue as the speaker", function()
    assert.same({ "Anjani Prameswari" }, speakers('"Tidak ada gempa susulan," kata petugas ruang pemantauan BMKG, '
      .. "Anjani Prameswari, Minggu (2/2/2020)."))
    assert.same({ "Anjani" }, speakers('"Tidak ada gempa susulan," kata petugas piket BMKG, Anjani, Minggu.'))
    -- an outlet the words were told to is no description's body
    assert.same({ "nil" }, speakers('"Tidak ada gempa susulan," kata dia kepada BBC, Minggu.'))
  end)
  it("drops a title chain's first name word that a later mention by all the words after it leaves out", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Pelatih Sumbar Putra Hendra Wiratama mengaku "
      .. 'kecewa. "Kami kalah," kata Hendra Wiratama. "Kami akan bangkit," ucapnya.'))
    -- a Balinese birth-order name stays the name's
    assert.same({ "Nyoman Sudarsa Wijaya" }, speakers("Sekretaris DPD Partai Maju Bali Nyoman Sudarsa Wijaya hadir. "
      .. 'Sudarsa Wijaya mengatakan, "Kami solid."'))
    -- named in full again, the word stays the name's
    assert.same({ "Putra Hendra Wiratama" }, speakers("Bupati Garut Putra Hendra Wiratama meresmikan jembatan. "
      .. 'Putra Hendra Wiratama lalu berkata, "Jembatan ini untuk warga."'))
  end)
end)

describe("real-page shapes (fifth session, domestic politics)", function()
  it("reads a lower-case word after a cue that is a word of a person's name given before as that person", function()
    assert.same({ "Rendra Wiratmaja", "Rendra Wiratmaja" }, speakers("Ketua Fraksi Hanura DPRD Jawa Barat "
      .. 'Rendra Wiratmaja mengatakan anggaran belum dibahas. "Kami menunggu pemerintah," kata rendra di Bandung.'
      .. ' "Dokumen belum masuk," ujar wiratmaja sambil menunjukkan berkas.'))
    -- a lower-case noun nobody's name holds stays the description it is
    assert.same({ "warga" }, speakers('Bupati Garut Rudi Santoso meninjau pasar. "Harga naik," kata warga.'))
  end)
  it("reads one capitalised word in brackets after a person's name as a nickname a later cue names", function()
    assert.same({ "Hendra Wiratama" }, speakers("Gubernur Jawa Barat Hendra Wiratama (Hewi) memastikan ASN netral. "
      .. '"Itu sudah lama berlaku," kata Hewi seusai rapat.'))
    -- a party in brackets is the person's party, no nickname
    assert.same({ "Golkar" }, speakers('Rapat dihadiri Bambang Sutejo (Golkar). "Kami menolak," kata Golkar.'))
  end)
  it("keeps the person a sentence opening with 'Menurutnya,' reports from being whom a later epithet means", function()
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers("Anggota Komisi II DPR Rudi Hartono menerima warga. "
      .. "Menurutnya, Presiden Joko Widodo sudah merespons usulan itu. "
      .. '"Ada empat kabupaten yang siap," katanya. Kader Partai Golkar ini mengungkapkan, warga sudah lama berjuang. '
      .. '"Kami menunggu," ujarnya.'))
  end)
  it("keeps a person named in a quote's second sentence from being whom the cue after it means", function()
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers("Anggota Komisi II DPR Rudi Hartono menerima warga. "
      .. '"Ada empat kabupaten yang siap. Mereka menunggu karena Presiden Joko Widodo sudah merespons," katanya. '
      .. 'Kader Partai Golkar ini mengungkapkan, warga sudah lama berjuang. "Kami menunggu," ujarnya.'))
  end)
  it("reads the short name of a regional state university after a title as the body, no person's name", function()
    assert.same({ "Rizal Santoso", "Rizal Santoso" }, speakers("Ketua DPW PPP Rizal Santoso menyayangkan analisis "
      .. "itu. Pasalnya, pernyataan akademisi Unhas tersebut memojokkan calon. Ia berharap pengamat objektif. "
      .. '"Objektiflah," tegasnya. "Kami kecewa," tutupnya.'))
    assert.same({ "Budi Santoso" }, people("Dosen Untad Budi Santoso menilai pilkada akan sengit."))
  end)
  it("reads the place words after a village head's title in an appositive as the place, not a person", function()
    assert.same({ "Sutrisno" }, people("Sutrisno, Kepala Desa Mekar Jaya, membantah tudingan itu."))
    assert.same({ "Sutrisno" }, people("Sutrisno, Kepala Desa (Kades) Sidomakmur, membantah tudingan itu."))
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers("Rudi Hartono (Udin), Kepala Desa (Kades) Mekar Jaya, "
      .. 'Kecamatan Sukasari, membantah tudingan itu. "Itu tidak benar," kata dia. "Kami terbuka," ujarnya.'))
  end)
  it("reads 'Salah seorang warga yang enggan disebutkan namanya' opening a sentence as the unnamed speaker", function()
    assert.same({ "Rudi Hartono", "warga", "warga" }, speakers('Kepala Desa Rudi Hartono membantah. "Tidak benar," '
      .. "kata Rudi. Salah seorang warga yang enggan disebutkan namanya membenarkan ada protes. "
      .. '"Itu soal bantuan," kata dia. "Kami dicoret," ujarnya.'))
  end)
  it("keeps a report in a relative clause inside another's words from being whom a later -nya cue means", function()
    local text = 'Anggota DPRD Jawa Timur Rina Wahyuni mengecam hal itu. "Ini pelanggaran," ujar Rina. '
    assert.same({ "Rina Wahyuni", "Rina Wahyuni" }, speakers(text .. "Ia mengatakan sikap itu mencederai perintah "
      .. 'Gubernur Jatim Bambang Sutejo yang meminta ASN netral. "Kami minta sanksi," tandasnya.'))
    assert.same({ "Rina Wahyuni", "Rina Wahyuni" }, speakers(text .. "Wanita ini mengatakan sikap itu mencederai "
      .. 'perintah Gubernur Jatim Bambang Sutejo yang meminta ASN netral. "Kami minta sanksi," tandasnya.'))
  end)
  it("reads capitals no list holds closing a titled name before a lower-case word as the name's initials", function()
    assert.same({ "Rudi HPKS" }, speakers('Ketua DPRD Kaltara Rudi HPKS menegaskan tidak ada instruksi. "Tidak ada '
      .. 'istilah instruksi," pungkasnya.'))
    assert.same({ "Hendra MRS" }, speakers('"Kami siap," kata Wakil Ketua DPRD Jambi Hendra MRS.'))
  end)
  it("reads a joint body after 'bersama' in a title chain, the name after its comma the holder", function()
    assert.same({ "Rudi Hartono" }, speakers('"Kami mempertanyakan penurunan itu," ungkap Ketua Fraksi PKS bersama '
      .. "Nasdem, Rudi Hartono, saat rapat paripurna."))
  end)
end)

describe("real-page shapes (fifth session, international)", function()
  it("reads a title holding a body, resolved to the holder named before, as that holder, not the body", function()
    assert.same({ "Karin Lovell" }, speakers("Sekretaris Jenderal PBB Karin Lovell mendesak Sentaria menahan diri. "
      .. 'Sekjen PBB menegaskan bahwa serangan itu "sama sekali tidak bisa ditoleransi".'))
    assert.same({ "Karin Lovell" }, speakers("Sekretaris Jenderal PBB Karin Lovell mendesak Sentaria menahan diri. "
      .. 'Sekretaris Jenderal PBB menyebut serangan itu "tidak bisa ditoleransi".'))
    -- an unnamed spokesperson of the body stays the description, also after a spokesman of another side
    assert.same({ "Juru bicara PBB" }, speakers('Juru bicara PBB mengatakan, "Bantuan sudah dikirim."'))
    assert.same({ "Juru bicara Taliban" }, speakers("Juru bicara militer Rusia Daniel Harman mengatakan serangan "
      .. 'berlanjut. Juru bicara Taliban mengatakan, "Kami tidak akan mundur."'))
  end)
  it("reads a bare lower-case title opening a clause as the holder introduced with that title", function()
    assert.same({ "Karina Lovell", "Karina Lovell" }, speakers("Juru bicara Balai Kota Sukamaju, Karina Lovell, "
      .. 'berkata di depan pers, "Kami sudah menerima surat itu." Setelah rapat usai, juru bicara '
      .. 'menyampaikan kepada pers, "Jawaban kami kirim besok."'))
    -- after a determiner it is someone new
    assert.same({ "Karina Lovell", "juru bicara" }, speakers("Juru bicara Balai Kota Sukamaju, Karina Lovell, "
      .. 'berkata di depan pers, "Kami sudah menerima surat itu." Setelah rapat usai, seorang juru bicara '
      .. 'menyampaikan kepada pers, "Jawaban kami kirim besok."'))
  end)
  it("reads words of two sentences in marks after a cue as direct though their first letter is small", function()
    local q = only("Juru bicara pemerintah, Karina Lovell, mengatakan “saya hanya menyampaikan keputusan rapat. "
      .. "Saya tidak mengubahnya.”\nKomentar")
    assert.same({ "direct", "Karina Lovell" }, { q.kind, q.speaker })
    -- one phrase with a small first letter stays the writer's sentence's
    q = only("Karina Lovell mengatakan “tidak ada yang berubah.”\nKomentar")
    assert.equal("partial", q.kind)
  end)
end)

describe("chains by office and place (sixth session)", function()
  it("reads a title and a known place as the holder of that office there, past another person of the place", function()
    assert.same({ "Hendra Wiratama" }, speakers("Acara itu dihadiri Bupati Sleman H. Hendra Wiratama, Ketua PWI "
      .. 'Kabupaten Sleman Rudi Hartono, dan para camat. "Pers adalah mitra kami," kata Bupati Sleman.'))
    -- another holder of the same office, of another place, named between
    assert.same({ "Hendra Wiratama" }, speakers("Wali Kota Blitar Hendra Wiratama menerima tamu. Wali Kota Madiun "
      .. "Budi Santoso juga hadir. Ia didampingi Kepala Bappeda Kota Blitar Rudi Hartono. "
      .. '"Program kota berjalan baik," ujar Wali Kota Blitar.'))
    -- an office nobody there was introduced with stays the description
    assert.same({ "Wakil Bupati Sleman" }, speakers("Bupati Sleman Hendra Wiratama membuka acara. "
      .. '"Program itu berjalan baik," kata Wakil Bupati Sleman.'))
  end)
  it("reads one word before a comma and 'seorang' as a person's name, whom a pronoun later means", function()
    assert.same({ "Wati" }, speakers("SUKAMAJU - Wati, seorang warga Sukamaju, kaget ketika hendak membeli "
      .. "bawang. Ia menyebut harga bawang meroket.\n\nHarga bawang semakin mahal pekan ini. Ibu rumah tangga "
      .. 'di Jalan Melati ini pun membeli sedikit saja.\n\n"Ya beli seperempat kilo saja," keluhnya.'))
    assert.same({ "Darto" }, speakers('Darto, salah seorang pedagang di pasar itu, mengeluh. "Sepi sekali," '
      .. "ujarnya."))
    -- an acronym before the comma is no person
    assert.same({ "nil" }, speakers('BPBD, seorang relawan dan warga bekerja sama. "Air surut," ujarnya.'))
  end)
  it("strips a certificate's capitals closing the degrees after a name, not capitals with no degree", function()
    assert.same({ "Rina Wati" }, speakers("Bupati Sleman Hj Rina Wati SH MH CRA meresmikan jembatan. "
      .. '"Kami siap," kata Bupati Rina.'))
    assert.same({ "Rudi HPKS" }, speakers('"Tidak ada instruksi," kata Ketua DPRD Kaltara Rudi HPKS.'))
  end)
  it("reads the words of a law, a ruling or a sign after 'bunyi' as nobody's, not the speaker's before", function()
    assert.same({ "Budi Santoso", "nil" }, speakers('"Aturannya jelas," kata anggota Bawaslu Budi Santoso. '
      .. '"Peserta dilarang berkampanye di sekolah," bunyi pasal 12 peraturan itu.'))
    assert.same({ "nil" }, speakers('"Tolak tambang," bunyi spanduk yang dibentangkan di depan kantor desa.'))
    -- and a treaty's or a resolution's text (s17 QI audit)
    assert.same({ "Budi Santoso", "nil" }, speakers('"Kami siap," kata Menteri Pertahanan Budi Santoso. '
      .. '"Para pihak saling membantu tanpa penundaan," bunyi perjanjian tersebut.'))
  end)
end)

describe("real-page shapes (sixth session, quotes)", function()
  it("reads dotted initials inside a titled name as the name's, a degree after its comma as no holder", function()
    assert.same({ "Hendra B.S. Wiratama", "Hendra B.S. Wiratama" }, speakers("Kapolres Sukamaju AKBP Hendra B.S. "
      .. 'Wiratama membenarkan penangkapan itu. "Dua orang kami tahan," ujar Hendra. "Kami masih memeriksa mereka," '
      .. "katanya."))
    assert.same({ "R.T Sianturi" }, speakers('"Kami sudah menyisir lokasi," kata Kompol R.T Sianturi di Sukamaju.'))
    -- a degree of that shape closing the name stays out of it
    assert.same({ "Hendra Wiratama" }, speakers('"Kami siap," kata Hendra Wiratama S.H. di Sukamaju.'))
    -- a degree in mixed case after the name's comma names nobody
    assert.same({ "Budi Lestanto" }, people("Wali Kota Sukamaju Budi Lestanto, MSi mengajak warga menanam pohon."))
  end)
  it("keeps an acronym after the full name of a person met before, a cue before it, out of the name", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Kepala Dinas Pertanian Sukamaju Hendra Wiratama "
      .. 'membuka pameran. "Petani kita tangguh," ujar Hendra Wiratama. Menurut Hendra Wiratama PDRB sektor pertanian '
      .. 'naik tahun ini. "Kami terus mendampingi," tuturnya.'))
  end)
  it("reads a body an agency quotes right after its relaying cue as the speaker, the agency as via", function()
    local q = only('"Pasukan kami dalam siaga penuh," ungkap Yonhap mengutip keterangan Pentagon.')
    assert.same({ "Pentagon", "Yonhap" }, { q.speaker, q.via })
    q = only('"Pasukan kami dalam siaga penuh," tulis AFP mengutip Kementerian Pertahanan Rusia.')
    assert.same({ "Kementerian Pertahanan Rusia", "AFP" }, { q.speaker, q.via })
    -- the joint chiefs by their office's words are the body, by its short name
    assert.same({ "JCS" }, speakers('"Kami memantau setiap gerakan," ujar Kepala Staf Gabungan Korea Selatan.'))
  end)
  it("reads a regional office's other short names (Diskes, Dindik, DLH) in a title chain, the holder after", function()
    assert.same({ "Rina Sari Pratiwi" }, speakers('"Stok obat masih cukup," kata Kepala Diskes Sleman drg Rina Sari '
      .. "Pratiwi kepada wartawan."))
    assert.same({ "Hendra Wiratama" }, speakers('"Kami siap," ujar Kepala Dindik Bantul dr. Hendra Wiratama.'))
  end)
  it("reads a title then a person's bracketed initials as that person (a capitals word: all letters)", function()
    local tail = ' meresmikan taman. Bupati HWRS juga mengajak warga menjaga taman. "Rawat bersama," pungkasnya.'
    assert.same({ "Hendra Wira Rusdi Santoso" }, speakers("Bupati Sleman Hendra Wira Rusdi Santoso (HWRS)" .. tail))
    assert.same({ "HW Rusdi Santoso" }, speakers("Bupati Sleman HW Rusdi Santoso (HWRS)" .. tail))
  end)
  it("reads 'Dia' or 'Ia' opening a sentence, nobody named before, as the unnamed speaker just before", function()
    local text = "Juru bicara militer Filipina mengungkapkan dua kapal melintas. “Kami memantau kapal itu sejak pagi,” "
      .. "katanya kepada wartawan. "
    local d = "Juru bicara militer Filipina"
    assert.same({ d, d }, speakers(text .. "Dia lalu berucap, “Kapal itu tidak membawa senjata.”"))
    assert.same({ d, d }, speakers(text .. "Ia menambahkan, “Kapal itu tidak membawa senjata.”"))
  end)
  it("reads the press's words for a squad's player and coach (punggawa, juru taktik) as titles", function()
    assert.same({ "Sutrisno" }, speakers('Salah satu punggawa PSIS, Sutrisno, mengatakan tim siap. "Kami siap '
      .. 'tempur," ujarnya.'))
    assert.same({ "Hendra Wiratama" }, speakers('"Kami siap," kata juru taktik PSIS Semarang, Hendra Wiratama.'))
  end)
  it("ends a lower-case title's description before a joiner ('jaksa mendesak majelis untuk ...')", function()
    local sp = speakers("Karena itu, jaksa mendesak majelis untuk menyatakan terdakwa bersalah.\n“Bukti sudah "
      .. "lengkap,” katanya.")[1]
    assert.is_nil(sp:find("mendesak"))
  end)
  it("reads a bare lower-case short title after a cue as the holder introduced with the full title", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Wakil Bupati Sleman Hendra Wiratama membuka "
      .. 'pelatihan kader. “Laporan kegiatan dikumpulkan tiap Jumat,” ungkap wabup. “Kami periksa,” kata wabup.'))
  end)
  it("reads a one-word nickname glossed 'sapaan akrab' and a title as that title's holder", function()
    local text = "Wali Kota Sukamaju, Hendra Wiratama, dan Ketua TP PKK, Rina Sari Wiratama, meninjau terminal. "
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers(text .. '"Terminal harus tertib," kata Mas '
      .. 'Wiratama, sapaan akrab Wali Kota. "Petugas kami tambah," ujarnya.'))
    assert.same({ "Hendra Wiratama" }, speakers(text .. '"Terminal harus tertib," kata Mas Wiratama, sapaan akrab '
      .. "Wali Kota Sukamaju."))
  end)
end)

describe("real-page shapes (sixth session, quotes, second batch)", function()
  it("reads one word after a member's word (anggota, pemain) as the body he belongs to, not a person", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Kapolres Sukamaju AKBP Hendra Wiratama "
      .. 'menjelaskan kronologi. "Kami bergerak cepat," katanya. Petugas menghadang pelaku, lalu bersama anggota '
      .. 'Satlakar menutup jalan. "Pelaku langsung kami bawa ke markas," ungkapnya.'))
    assert.same({ "Sutrisno" }, speakers("Pemain Persikota dinilai tampil disiplin sepanjang laga. Gelandang senior "
      .. "Persikota, Sutrisno, mengaku tim sudah bekerja keras. Pemain kelahiran Sukamaju itu juga menyampaikan terima "
      .. 'kasih kepada suporter. "Dukungan kalian luar biasa," ujarnya.'))
    -- a member named after the body and a comma stays a person
    assert.same({ "Joko Santoso" }, speakers('"Jalan kami tutup," kata anggota Satlakar, Joko Santoso.'))
  end)
  it("reads a quake agency's unit written with a lower-case 'bumi' as the title's, the name after the body", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers('"Getaran ini susulan," terang Kepala Seksi '
      .. "Informasi Gempa bumi dan Tsunami Stasiun Geofisika Sukamaju Hendra Wiratama kepada wartawan. Hendra "
      .. 'menambahkan warga diminta tenang. "Tidak berpotensi tsunami," terang dia.'))
  end)
  it("reads a bare title after a cue as the holder named last in a chain of titles listed with commas", function()
    assert.same({ "Hendra Wiratama" }, speakers("Bersama Sekda dan para Kepala Dinas, Bupati Sleman Hendra "
      .. "Wiratama meninjau pusat daur ulang di Bantul. “Kami membahas pengelolaan sampah,” ungkap bupati."))
  end)
end)

describe("real-page shapes (seventh session, quotes on diplomacy pages)", function()
  it("reads 'tambah cuitan tersebut', 'sambung pernyataan itu' as the one who put out the text told before", function()
    assert.same({ "Kementerian Luar Negeri", "Kementerian Luar Negeri" }, speakers(
      '“Kami berduka atas wafatnya Perdana Menteri Lembara Tomas Veldor,” cuit Kemlu RI di akun X. Kemenlu juga '
      .. "menyampaikan doa kepada rakyat Lembara Tomas Veldor. “Doa kami untuk keluarga yang ditinggalkan,” tambah "
      .. "cuitan tersebut."))
    assert.same({ "Kantor Kepresidenan Rostavia", "Kantor Kepresidenan Rostavia" }, speakers('"Presiden Ivan '
      .. 'Rostov menyampaikan duka yang mendalam," tulis keterangan dalam situs resmi Kantor Kepresidenan Rostavia, '
      .. 'Senin. "Presiden meminta agar duka disampaikan kepada keluarga," sambung pernyataan tersebut.'))
    -- (the site closed by a demonstrative is still the owner's, no description pointing back)
    assert.same({ "Kantor Kepresidenan Rostavia" }, speakers("Presiden Ivan Rostov menelepon Presiden Ahmad "
      .. 'Subianto pada Jumat. "Kerja sama dagang dibahas," bunyi keterangan di situs resmi Kantor Kepresidenan '
      .. "Rostavia tersebut."))
  end)
  it("reads no cue in 'tindak lanjut' nor a name in a clause opener ('Termasuk', 'Menanggapi')", function()
    local qs = kimput.parse("Kedua wali kota membahas kerja sama pariwisata. Salah satunya tentang tindak lanjut "
      .. "nota kesepahaman yang diteken tahun lalu."):quotes()
    assert.same({}, qs)
    for _, q in ipairs(kimput.parse("Kapolda Sukamaju Irjen Hendra Wiratama menyambut rombongan gubernur. Termasuk "
      .. "menyampaikan komitmen untuk mendukung program pemerintah daerah."):quotes()) do
      assert.are_not.equal("Termasuk", q.speaker)
    end
  end)
end)

describe("real-page shapes (seventh session, 'dirinya')", function()
  it("reads 'dirinya' as a pronoun: a subject that keeps its person the topic, and a speaker", function()
    local text = "Sekretaris Jenderal PBB Adrian Kolwe juga menyampaikan duka. Dirinya mengaku sedih mendengar "
      .. "kabar jatuhnya pesawat yang ditumpangi Menteri Lembara Tomas Veldor. “Kami berdiri bersama rakyat "
      .. "Lembara,” katanya."
    assert.same({ "Adrian Kolwe" }, speakers(text))
    local qs = kimput.parse("Bupati Sukamaju Hendra Wiratama meninjau jembatan baru. Selain itu, dirinya juga "
      .. "meminta warga tidak membuang sampah di sekitar jembatan."):quotes()
    assert.equal(1, #qs)
    assert.same({ "indirect", "Hendra Wiratama", "meminta" }, { qs[1].kind, qs[1].speaker, qs[1].cue })
  end)
end)

describe("real-page shapes (seventh session, passive reporting verbs)", function()
  it("reads no speaker in the word before a passive reporting verb ('Keprihatinan disampaikan oleh ...')", function()
    local text = "Banjir melanda Sukamaju. Keprihatinan disampaikan oleh sejumlah kepala daerah. Salah satunya "
      .. "Gubernur Bali Hendra Wiratama. Dia menyampaikan dukanya melalui akun Instagramnya."
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, people(text))
    local qs = kimput.parse(text):quotes()
    assert.equal(1, #qs)
    assert.equal("Hendra Wiratama", qs[1].speaker)
  end)
end)

describe("real-page shapes (seventh session, home-country titles)", function()
  it("reads 'Presiden RI', 'Menlu RI' as the holder introduced with the office and no place", function()
    local text = 'Presiden Hendra Wiratama menyampaikan duka. "Saya sangat sedih," tulis Presiden '
    assert.same({ "Hendra Wiratama" }, speakers(text .. "RI dalam keterangan unggahan di akunnya."))
    assert.same({ "Hendra Wiratama" }, speakers(text .. "Indonesia dalam keterangan unggahan di akunnya."))
    -- another country's office is no one introduced so
    assert.same({ "Presiden Filipina" }, speakers(text .. "Filipina dalam keterangan unggahan di akunnya."))
  end)
  it("reads a city's or regency's secretariat (Setdako, Setdakab) as an office inside a title", function()
    assert.same({ "Hendra Wiratama" }, speakers('"Acara digelar pekan depan," kata Kepala Bagian Humas Setdako '
      .. "Sukamaju, Mas Hendra Wiratama yang turut mendampingi Wali Kota."))
  end)
end)

describe("real-page shapes (seventh session, a letter's writer after 'dari')", function()
  it("reads the writer named after 'dari' behind a letter's or a text's cue", function()
    assert.same({ "Hendra Wiratama" }, speakers('"Kami turut berduka," demikian isi surat dari Sultan Hendra '
      .. "Wiratama."))
    assert.same({ "Kementan" }, speakers('"Stok beras aman," bunyi keterangan dari Kementerian Pertanian.'))
  end)
end)

describe("real-page shapes (seventh session, 'demikian X' after a quote)", function()
  it("reads 'demikian' right before a person's name after the words as their cue", function()
    local q = only('"Wisatawan wajib tertib," demikian Hendra Wiratama. Meski demikian, warga tetap tenang.')
    assert.same({ "Hendra Wiratama", "demikian" }, { q.speaker, q.cue })
    q = only('Kepala Dinas Pangan Rina Lestari meninjau pasar. "Stok aman," demikian Rina.')
    assert.same({ "Rina Lestari", "demikian" }, { q.speaker, q.cue })
    -- (a cue after it is the cue: "demikian kata X")
    q = only('"Kami siap," demikian kata Budi Santoso.')
    assert.same({ "Budi Santoso", "kata" }, { q.speaker, q.cue })
  end)
end)

describe("real-page shapes (seventh session, quotes)", function()
  it("reads the one named after 'melalui' as the speaker for the office head before it, and whom 'ia' means", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, speakers("Kapolres Sukamaju AKBP Hendra Wiratama melalui Kasi "
      .. 'Humas Iptu Budi Santoso menjelaskan pencuri motor sudah dibekuk. "Ia kami bekuk di terminal," ujarnya. '
      .. 'Ia menambahkan dua motor ikut disita. "Penadahnya masih kami buru," katanya.'))
    assert.same({ "Budi Santoso" }, speakers('"Jalur itu sudah kami buka lagi," kata Kapolres Sukamaju AKBP Hendra '
      .. "Wiratama, melalui Kasat Lantas Iptu Budi Santoso, Minggu."))
    assert.same({ "Dedi Kurniawan" }, speakers('"Gudang itu kami segel," ujar Kapolres Cikaret melalui Kabag Ops '
      .. "Kompol Dedi Kurniawan di lokasi."))
  end)
  it("reads a health or religious office's field words (Penyakit, Penyelenggaraan Haji) as the title's", function()
    assert.same({ "Hendra Wiratama" }, speakers("Kepala Seksi Pengendalian Penyakit Menular dan Gizi Dinkes Sukamaju "
      .. 'Hendra Wiratama menyebut kasus campak turun. "Cakupan vaksin naik," tuturnya.'))
    assert.same({ "Rina Marlina" }, speakers('"Vaksin tersedia," ucap Kasi Surveilans dan Imunisasi Rina Marlina.'))
    assert.same({ "Budiman" }, speakers('"Manasik dimulai pekan depan," tutur Kasi Penyelenggaraan Haji dan Umrah, '
      .. "H Budiman."))
  end)
  it("reads a police unit's headquarters (Mapolsek) as a body serving the place, no title naming a person", function()
    assert.same({ "nil" }, people("Ratusan warga mendatangi pos Kapolsek dan Mapolsek Cibening pada Senin pagi."))
    assert.same({ "Hendra Wiratama" }, speakers("Kapolres Sukamaju AKBP Hendra Wiratama menyebut empat orang "
      .. 'diperiksa. Mereka diduga membakar ban di depan Kapolsek dan Mapolsek Cibening. "Semuanya kami periksa," '
      .. "tuturnya."))
  end)
  it("reads a pronoun with the particle 'pun' glued (Iapun, Diapun) as a pronoun", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Kepala Dinkes Sukamaju Hendra Wiratama "
      .. 'menyebut stok vaksin cukup. "Gudang kami penuh," tuturnya. Iapun meminta warga datang ke puskesmas '
      .. 'terdekat. "Layanan buka tiap hari," ucapnya.'))
  end)
  it("reads the word after a court's acronym, one word after it, as the name's first once a mention says so", function()
    assert.same({ "Hendra Wiratama" }, speakers("Juru bicara Pengadilan Negeri (PN) Hendra Wiratama membenarkan "
      .. 'sidang ditunda. "Saksinya sakit," tutur Hendra di kantornya.'))
  end)
  it("keeps the speaker of a quote closed by '-nya' as whom a later '-nya' means, over one named since", function()
    assert.same({ "Hendra Wiratama", "Hendra Wiratama" }, speakers("Kapolres Sukamaju AKBP Hendra Wiratama "
      .. 'menyebut pelaku pembakaran bertambah. "Satu lagi kami ringkus semalam," tuturnya di Sukamaju. '
      .. "Dua pelaku lain sudah lebih dulu ditahan, keduanya pemuda Desa Sukarame. Pada Selasa malam, pos ronda "
      .. 'di depan rumah Kapolsek Cibening AKP Budi Santoso ikut terbakar. "Ketiganya kami jerat pasal berlapis," '
      .. "tuturnya."))
  end)
  it("reads the person after 'sekaligus' and a title, a nameless title opening the sentence, as its subject", function()
    assert.same({ "Hendra Wiratama" }, speakers("Ketua Fraksi Cibening Budi Santoso menilai laporan dana desa "
      .. "terlambat. Kader PSK sekaligus anggota DPRD Sukamaju, Hendra Wiratama dalam rapat dengar pendapat. Ia "
      .. 'meminta Bupati Sukamaju membuka laporan itu. "Kami akan terus memeriksa laporan dana desa," tuturnya.'))
  end)
  it("counts the three sentences a recent subject keeps a pronoun over in the body ('Baca juga' lines none)", function()
    local text = "Juru Bicara Kementerian Perdagangan Hendra Wiratama menepis kabar impor gula.\n"
      .. '"Belum ada izin impor baru," tuturnya kepada wartawan.\n'
      .. '"Stok gula nasional masih cukup sampai Lebaran," lanjutnya.\n'
      .. "Baca juga:\n- Warga Cibening Gelar Doa Bersama untuk Korban Banjir\n"
      .. "- Harga Cabai di Pasar Sukamaju Naik Jelang Lebaran\n- Tim SAR Temukan Nelayan yang Hilang di Laut\n"
      .. "Sebelumnya, soal rencana pembelian gula oleh Menteri Perdagangan Sukamaju Budi Santoso dimuat sebuah "
      .. 'harian asing pada Senin.\n"Harian itu sudah kami hubungi," tuturnya.'
    assert.same({ "Hendra Wiratama", "Hendra Wiratama", "Hendra Wiratama" }, speakers(text))
  end)
  it("counts a quotation's sentences as one, and no passive in a relative clause as a subject", function()
    local qs = kimput.parse("Arman Sitompul menyebutkan, kunjungan balasan direncanakan bulan depan. Salah satu "
      .. "agendanya adalah meninjau bandara yang diresmikan oleh Presiden Budi Hartono tahun lalu.\n"
      .. '"Bandara itu penting. Banyak wisatawan datang dari Nauru. Namun, mereka masih transit di Bali," ucapnya.')
      :quotes()
    assert.same({ "Arman Sitompul", "Arman Sitompul" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("reads 'Perwakilan' after a national body (OJK Perwakilan X) as the office's word", function()
    assert.same({ "Sutrisno" }, speakers('"Kami siap," ujar Kepala OJK Perwakilan Bengkulu Sutrisno, Selasa.'))
  end)
  it("gives a nested quote after a person's cue inside the quote to that person, not to the speaker", function()
    local qs = kimput.parse("Bupati Sukamaju Arman Sitompul memimpin rapat. Wartawan La Budi ikut meliput.\n\n"
      .. '"Saya sudah ikut sejak pagi, tiba-tiba Bupati teriak pake mic, \'Hei kamu, silakan keluar\', lalu saya '
      .. 'dibawa keluar," kata La Budi.\n\n"Dia bilang, \'Apa kabar?\' Terus kasih selamat," ujar La Budi.'):quotes()
    assert.same({ "La Budi", "Arman Sitompul", "La Budi", "La Budi" },
      { qs[1].speaker, qs[2].speaker, qs[3].speaker, qs[4].speaker })
  end)
  it("reads a title word after an honorific and before an age in brackets as the name ('H. Sultan (60)')", function()
    local qs = kimput.parse("Salah satu warga, H. Sultan (60), mengatakan bahwa ia mengungsi. "
      .. '"Rumah kami terbakar," ujarnya.'):quotes()
    assert.same({ "Sultan", "Sultan" }, { qs[1].speaker, qs[2].speaker })
  end)
  it("drops degrees written with no comma ('SE Ak', 'SSTP') and counts none as a word of the name", function()
    assert.same({ "Rudi Hartono" }, speakers('"Kami siap," ujar Wali Kota Rudi Hartono SE Ak kepada wartawan.'))
    assert.same({ "Rudi Hartono" }, speakers('"Kami siap," ujar Bupati Rudi Hartono SE MM kepada wartawan.'))
    assert.same({ "Budi Santoso" }, speakers('"Kami siap," kata Kabag Humpro Budi Santoso SSTP di kantornya.'))
    assert.same({ "Budi Santoso" }, speakers('"Kami siap," kata Kabag Prokopim Budi Santoso di kantornya.'))
  end)
  it("drops the degrees after a one-word name when one is in mixed case or there are two (MKes; SH MH)", function()
    assert.same({ "Sutrisno" }, speakers('"Kami sudah berupaya," kata Kabid Pencegahan Penyakit Sutrisno MKes kepada '
      .. "wartawan."))
    assert.same({ "Sutrisno" }, speakers('"Putusan itu keliru," kata kuasa hukum terdakwa, Sutrisno SH MH, '
      .. "di Sukamaju."))
  end)
end)

describe("real-page shapes (seventh session, a pronoun before its cue)", function()
  it("reads a pronoun right before a reporting verb as its sentence's subject, not a person in the words", function()
    local text = "Kementerian Luar Negeri membantah kabar Presiden Budi Santoso akan berkunjung ke Lembara.\n"
      .. "Hal ini disampaikan oleh Juru Bicara Kementerian Luar Negeri Hendra Wiratama saat dikonfirmasi.\n"
      .. '"Tidak benar," jawabnya kepada wartawan.\n'
      .. "Lebih jauh dalam keterangannya ia menjelaskan, Presiden RI membuka opsi kunjungan ke Lembara.\n"
      .. '"Saat ini bukan waktu yang tepat," terangnya.\n'
      .. "Untuk diketahui, kabar rencana kunjungan Presiden Budi Santoso ke Lembara dituliskan oleh kantor berita "
      .. 'asing pada Selasa.\n"Kemarin sudah disampaikan bantahan," ungkapnya.'
    local d = "Hendra Wiratama"
    assert.same({ d, d, d }, speakers(text))
  end)
end)

describe("real-page shapes (ZQ6, regional officials)", function()
  it("reads the prosecution service's short offices as titles, not as the speaker", function()
    assert.same({ "Ridwan Halim" }, speakers('"Berkas masih kami teliti," kata Kapuspenkum Kejagung Ridwan Halim.'))
    assert.same({ "Ridwan Halim" },
      speakers('"Tidak ada penangkapan," kata Asisten Intelijen Kejati Jambi, Ridwan Halim, Jumat.'))
    assert.same({ "Sinta Dewi" }, speakers('"Kami sita dua mobil," ujar Kasipidsus Kejari Bungo Sinta Dewi.'))
    assert.same({ "Sinta Dewi" }, speakers('"Sidang ditunda," kata Sekwan Bungo Sinta Dewi.'))
    -- the short form and the long one name one office
    assert.same({ "Ridwan Halim", "Ridwan Halim" }, speakers('"Sudah kami terima," kata Asintel Kejati Jambi '
      .. 'Ridwan Halim. "Masih kami pelajari," ujar Asisten Intelijen itu.'))
  end)
  it("keeps a noun of what was said, opening a sentence, out of the short name after it", function()
    assert.same({ "Ansori Bahar Siregar", "Ansori Bahar Siregar" }, speakers(
      'Ketua DPRD Kota Xyz Ansori Bahar Siregar membantah tudingan itu.\n'
      .. 'Pernyataan Ansori ini muncul setelah video beredar.\n"Kami terbuka untuk umum," ujarnya.\n'
      .. 'Keterangan Ansori disampaikan Senin. "Kami siap," katanya.'))
  end)
  it("keeps speech supposed in a condition out, and the sentence's subject as whom -nya means after it", function()
    local text = 'Jaksa Agung Hendra Wijaya mengaku akan mengecek kabar itu.\n'
      .. 'Namun, Kapolda Jatim Irjen Budi Santoso mengaku belum mengetahui informasi itu.\n'
      .. 'Hendra merasa aneh jika Kapolda menyatakan seperti itu.\n"Tapi kalau begitu, ya aneh," katanya.'
    local qs = kimput.parse(text):quotes()
    assert.equal(3, #qs)
    assert.equal("Hendra Wijaya", qs[3].speaker)
    assert.same({ "Hendra Wijaya" }, speakers('Jaksa Agung Hendra Wijaya mengaku akan mengecek kabar itu.\n'
      .. 'Namun, Kapolda Jatim Irjen Budi Santoso mengaku belum tahu.\n'
      .. 'Menanggapi ini, Hendra merasa aneh jika Kapolda tidak tahu.\n"Tapi kalau begitu, ya aneh," katanya.'))
  end)
  it("reads the person opening the sentence after a dateline as its subject, whom a later 'Dia' means", function()
    for _, dateline in ipairs({ "Xyz, Kabar Xyz: ", "Jakarta - ", "SURABAYA (Kabarxyz) – ", "" }) do
      local text = dateline .. 'Ketua DPRD Kota Xyz Hasan Basri Lubis mengecam oknum itu.\n'
        .. '"Saya akan melapor," kata Ketua PKS Kota Xyz, menanggapi pertanyaan Anggota DPRD Kota Xyz Ahmad Fauzi.\n'
        .. 'Dia menjelaskan, pertanyaan itu salah alamat.'
      local qs = kimput.parse(text):quotes()
      assert.equal("Hasan Basri Lubis", qs[#qs].speaker, dateline)
    end
  end)
  it("reads a staff member or a worker of a body as the unnamed speaker, not the body", function()
    assert.same({ "staf PT Xyz" }, speakers('Salah seorang staf PT Xyz mengaku, data itu diminta oleh Hamdan.\n'
      .. '"Dia yang minta, makanya saya kasi," tuturnya.'))
    assert.same({ "karyawan Bank Xyz" }, speakers('Seorang karyawan Bank Xyz mengatakan, antrean mengular.\n'
      .. '"Sejak pagi sudah ramai," ujarnya.'))
    assert.same({ "staf PT Xyz" }, speakers('"Dia yang minta," kata salah seorang staf PT Xyz.'))
    -- a member named after a comma is that person; a title heads a description as before
    assert.same({ "Anjani Putri" }, speakers('"Banjir surut," ujar petugas BPBD Garut, Anjani Putri.'))
    assert.equal("pejabat Kemenkes", first_speaker("Salah satu pejabat Kemenkes mengatakan bahwa stok aman."))
    -- only a body right after the noun: a body further on is no employer
    assert.not_equal("Pelaku perusakan mobil milik Polda Jambi saat demo",
      first_speaker("Pelaku perusakan mobil milik Polda Jambi saat demo menolak kenaikan harga ditangkap."))
  end)
  it("leaves an honorific out of an unnamed office's description", function()
    assert.same({ "Kapolda Jambi" }, speakers('Bapak Kapolda Jambi memastikan kalau patroli ditambah.\n'
      .. '"Semua pos dijaga," tutupnya.'))
    assert.same({ "Bupati" }, speakers('Pak Bupati mengatakan, "Kami siap."'))
    assert.same({ "Camat" }, speakers('"Kami siap," kata Pak Camat.'))
  end)
  it("reports no words for an apology, and reads 'isi rilis' as a cue naming the body", function()
    assert.is_nil(first_quote("Budi Santoso meminta maaf jika belum memberikan yang terbaik."))
    assert.is_nil(first_quote("Ani Lestari menyampaikan permohonan maaf kepada warga."))
    assert.equal("Budi Santoso", first_speaker("Budi Santoso meminta warga agar tetap tenang."))
    local q = only('"Kami siap membantu korban banjir," isi rilis Kedubes Jepang di laman resminya.')
    assert.same({ "Kedubes Jepang", "isi rilis" }, { q.speaker, q.cue })
  end)
  it("reads 'kata' before a word that makes it a noun, or after 'didalam', as no cue", function()
    local q = first_quote("Ketua DPRD Jambi Budi Santoso mengaku bahwa nama Ibu Ani tidak tercantum didalam kata "
      .. "pengantar rapat paripurna itu.")
    assert.same({ "Budi Santoso", "mengaku" }, { q.speaker, q.cue })
    assert.is_nil(first_quote("Panitia membagikan kata kunci kepada peserta rapat."))
  end)
  it("reads a cue verb after 'saling' (each other) as no clause of saying", function()
    -- (the appeal before it reports)
    assert.equal("mengimbau", first_quote("Bupati Garut Budi Santoso mengimbau warga untuk tidak saling menyalahkan, "
      .. "melainkan memperkuat sinergi.").cue)
    assert.equal("Budi Santoso", first_speaker("Budi Santoso menyalahkan cuaca buruk atas kecelakaan itu."))
  end)
  it("leaves a degree in capitals closing a name after a title out of the name", function()
    assert.same({ "Busroni" }, speakers('Wakil Ketua Busroni SH hadir di gedung dewan.\n"Kami kecewa," kata Busroni.'))
    assert.same({ "Budi Santoso" }, speakers('Kepala Dinas Kesehatan Garut, Budi Santoso SKM mengatakan, "Kami siap."'))
  end)
  it("reads a cue set inside after a connective of function words, or a -nya cue with no comma, inside the words",
    function()
    local lead = "Direktur Utama PT Xyz, Budi Santoso, mengatakan semua sudah lunas.\n"
    local q = kimput.parse(lead .. "Oleh karena itu, sambung Budi, PT Xyz selalu menjaga kemitraan."):quotes()[2]
    assert.same({ "Budi Santoso", "Oleh karena itu, sambung Budi, PT Xyz selalu menjaga kemitraan." },
      { q.speaker, q.text })
    q = kimput.parse(lead .. "Setelah kedatangan tim itu, lanjutnya Kajari dan jaksa berangkat ke Jakarta."):quotes()[2]
    assert.equal("Setelah kedatangan tim itu, lanjutnya Kajari dan jaksa berangkat ke Jakarta.", q.text)
    -- a clause before it still closes: the words stand before the cue
    q = kimput.parse(lead .. "Harga beras di pasar naik, kata Budi."):quotes()[2]
    assert.equal("Harga beras di pasar naik", q.text)
  end)
  it("reads the text of a sign right after 'tulisan' or 'bertuliskan' inside a quotation as a term", function()
    local qs = kimput.parse('"Terkait adanya tulisan \'Kantor ini bukan milik pribadi ketua\', saya sepakat," '
      .. "ujar Budi Santoso."):quotes()
    assert.same({ "direct", "term" }, { qs[1].kind, qs[2].kind })
  end)
  it("reads a cue set inside after an adjunct of time or place alone as inside the words (QR)", function()
    local lead = "Kepala Dinas Pasar Garut, Budi Santoso, meninjau los baru.\n"
    local function second(text)
      local q = kimput.parse(lead .. text):quotes()[1]
      return q and { q.speaker, q.text }
    end
    assert.same({ "Budi Santoso", "Pada pekan pertama Juli saja, kata dia, sudah ada 20 kios terisi." },
      second("Pada pekan pertama Juli saja, kata dia, sudah ada 20 kios terisi."))
    assert.same({ "Budi Santoso", "Bahkan tahun ini kata Budi, pihaknya akan membangun satu pasar lagi." },
      second("Bahkan tahun ini kata Budi, pihaknya akan membangun satu pasar lagi."))
    assert.same({ "Budi Santoso", "Dengan kondisi yang ada menurutnya pemerintah daerah bergerak cepat." },
      second("Dengan kondisi yang ada menurutnya pemerintah daerah bergerak cepat."))
    -- a clause before it still closes, and so does an adjunct with a mark inside
    assert.same({ "Budi Santoso", "Pada rapat itu, pedagang menolak pindah" },
      second("Pada rapat itu, pedagang menolak pindah, kata Budi, Senin."))
  end)
  it("reads a passive cue opening the sentence, its speaker and a comma after it, as 'Menurut' (QR)", function()
    local lead = "Kapolres Garut AKBP Budi Santoso meninjau pos pengamanan.\n"
    local function first(text)
      local q = kimput.parse(lead .. text):quotes()[1]
      return q and { q.kind, q.speaker, q.cue, q.text }
    end
    assert.same({ "indirect", "Budi Santoso", "dijelaskan", "pelaku sudah ditahan." },
      first("Dijelaskan Budi, pelaku sudah ditahan."))
    assert.same({ "indirect", "Budi Santoso", "dikatakan", "kasus itu menjadi atensi." },
      first("Dikatakan kapolres, kasus itu menjadi atensi."))
    assert.same({ "indirect", "Budi Santoso", "ditambahkannya", "pos dijaga 24 jam." },
      first("Ditambahkannya, pos dijaga 24 jam."))
    -- not opening the sentence, the passive still reports nothing
    assert.is_nil(first("Hal itu dikatakan Budi saat meninjau pos."))
  end)
  it("reads a police head's short title as the holder introduced with the unit's short name (QR)", function()
    local qs = kimput.parse("Kepala Polres Garut AKBP Budi Santoso mengatakan jalur sudah aman.\n"
      .. "Kapolres mengatakan personel yang diturunkan sebanyak 200 orang.\n"
      .. '"Kami siap," kata Kapolres.'):quotes()
    assert.same({ "Budi Santoso", "Budi Santoso", "Budi Santoso" }, { qs[1].speaker, qs[2] and qs[2].speaker,
      qs[3] and qs[3].speaker })
  end)
  it("reads a lower-case bare title as the subject after a connective or before an adverb (QR)", function()
    local lead = 'Bupati Garut Budi Santoso meninjau pasar.\n"Pasar harus bersih," kata Budi.\n'
    local function first(text)
      local q = kimput.parse(lead .. text):quotes()[2]
      return q and { q.speaker, q.cue }
    end
    assert.same({ "Budi Santoso", "mengungkapkan" }, first("Lebih lanjut bupati mengungkapkan bahwa warga yang "
      .. "diundang, termasuk tokoh adat, sepakat untuk menyampaikan usul mereka."))
    assert.same({ "Budi Santoso", "menjelaskan" },
      first("Dalam kesempatan itu, bupati juga menjelaskan bahwa anggaran sudah tersedia."))
    -- someone new after a determiner stays unnamed and reports nothing
    assert.is_nil(first("Seorang pejabat juga mengatakan bahwa anggaran sudah tersedia."))
  end)
  it("reads 'tidak bersedia' before a cue as speech refused (QR)", function()
    local qs = kimput.parse('Kasat Reskrim AKP Budi Santoso tidak bersedia berkomentar mengenai barang bukti. '
      .. '"Maaf, saya tidak berwenang," katanya.'):quotes()
    assert.equal(1, #qs)
    assert.same({ "direct", "Budi Santoso" }, { qs[1].kind, qs[1].speaker })
  end)
  it("gives a quote to a lower-case bare title after the cue, not to whom it had with it (QR)", function()
    local qs = kimput.parse("Kapolres Garut AKBP Budi Santoso membenarkan penangkapan itu.\n"
      .. '"Tersangka sudah ditahan," terang kapolres yang didampingi Kasat Narkoba Iptu Joko Widagdo.\n'
      .. '"Barang bukti disita," kata kapolres bersama Kasat Narkoba Iptu Joko Widagdo.'):quotes()
    -- (the arrest confirmed reports no words: the two quotes are the last two items)
    assert.same({ "Budi Santoso", "Budi Santoso" }, { qs[#qs - 1].speaker, qs[#qs].speaker })
  end)
  it("goes on with the speaker of the sentence before for a pronoun after a cue set inside (QR)", function()
    local qs = kimput.parse("Kepala Dinkes Garut, dr Hj Ani Lestari melalui Kepala Seksi Pencegahan Penyakit Menular "
      .. "(P2PM) pada Bidang Pencegahan (P2P), dr Budi Santoso, mengatakan, kasus DBD meningkat di awal tahun.\n"
      .. "Pada minggu pertama Februari saja, kata dia, kasus sudah mencapai 28."):quotes()
    assert.same({ "Budi Santoso", "Budi Santoso" }, { qs[1].speaker, qs[2] and qs[2].speaker })
  end)
  it("does not hand '-nya' to a person named last only as what a passive verb befell (QR)", function()
    local qs = kimput.parse("Kapolres Garut AKBP Budi Santoso mengatakan barang bukti disita dari tersangka "
      .. "berinisial In alias Tamaro.\nIa menjelaskan Tamaro dibekuk setelah polisi mendapat informasi.\n"
      .. "Informasi itu lantas ditindaklanjuti polisi dengan penyelidikan.\n"
      .. "Hasilnya, polisi memetakan lokasi transaksi yang dilakukan oleh Tamaro di rumahnya.\n"
      .. "Upaya penangkapan yang dipimpin Kasat Narkoba Iptu Joko membuahkan hasil.\n"
      .. "Tersangka Tamaro ditemukan di dalam rumahnya saat penangkapan.\n"
      .. '"Kami langsung menggeledah rumah tersangka," ujarnya.'):quotes()
    assert.equal("Budi Santoso", qs[#qs].speaker)
    -- one named since as the subject of an active verb still takes it
    qs = kimput.parse('"Kami siap," kata Kapolres Garut AKBP Budi Santoso.\nSeorang pedagang, Sumarni, '
      .. 'mengaku rugi.\n"Dagangan saya sepi," tuturnya.'):quotes()
    assert.equal("Sumarni", qs[#qs].speaker)
  end)
  it("reads a speaker's own statement recalled with -nya and a demonstrative as a recap, no words (QR)", function()
    local qs = kimput.parse("Bupati Garut Ani Lestari meminta maaf.\n"
      .. "Ani kemudian kembali menegaskan pernyataannya tersebut.\n" .. '"Saya catat," kata Ani.'):quotes()
    assert.equal(1, #qs)
    assert.same({ "direct", "Ani Lestari" }, { qs[1].kind, qs[1].speaker })
  end)
  it("reads 'Lanjut X,' as 'Menurut' when X is a one-word name met before (QR)", function()
    local qs = kimput.parse("Wali Kota Garut, Sutarno, mengatakan pasar akan dibangun.\n\n"
      .. "Lanjut Sutarno, pihaknya telah memantau lokasi itu."):quotes()
    assert.same({ "Sutarno", "lanjut", "pihaknya telah memantau lokasi itu." },
      qs[2] and { qs[2].speaker, qs[2].cue, qs[2].text })
    -- a name not met before stays a headline's idiom
    assert.equal(0, #kimput.parse("Ucap Syukur, Warga Gelar Doa Bersama."):quotes())
  end)
  it("reads a pronoun adding to a body's words in the sentence before as that body, nobody named there", function()
    local function all(text)
      local out = {}
      for _, q in ipairs(kimput.parse(text):quotes()) do out[#out + 1] = q.speaker or "nil" end
      return out
    end
    local lead = "Presiden Budi Santoso meninjau pasar ikan. Laporan itu tidak merinci apa yang dilihat Budi. "
    assert.same({ "JCS", "JCS", "JCS" }, all(lead .. "Kepala Staf Gabungan Korea Selatan mengatakan pihaknya "
      .. "mendeteksi peluncuran rudal. Ia menambahkan pihaknya menganalisis data. \"Kami siaga,\" katanya."))
    -- a person named in that sentence, or the body's sentence further back: the person
    assert.same({ "Kemenhan", "Budi Santoso" }, all("Presiden Budi Santoso meninjau pasar. Kementerian "
      .. "Pertahanan mengatakan Budi meninjau pasar. Ia menambahkan pihaknya menganalisis data."))
    assert.same({ "Kemenhan", "Budi Santoso" }, all("Kementerian Pertahanan mengatakan pihaknya siaga. "
      .. "Presiden Budi Santoso meninjau pasar. Ia menambahkan pihaknya menganalisis data."))
  end)
  it("reads a pronoun or a description closing reported words as nobody those words name", function()
    local lead = 'Juru bicara Kementerian Luar Negeri Budi Santoso mengatakan bahwa stok aman. "Kami siap," kata Budi. '
    local qs = kimput.parse(lead .. "Serangan itu juga ditujukan kepada Presiden Ahmad Yani dan upayanya menengahi "
      .. "konflik, kata pejabat itu."):quotes()
    assert.same({ "indirect", "Budi Santoso" }, { qs[3].kind, qs[3].speaker })
    qs = kimput.parse(lead .. "Serangan itu juga ditujukan kepada Presiden Ahmad Yani, katanya."):quotes()
    assert.equal("Budi Santoso", qs[3].speaker)
    -- a name written after the cue is that person
    qs = kimput.parse(lead .. "Serangan itu juga ditujukan kepada Presiden Ahmad Yani, kata Ani Lestari."):quotes()
    assert.equal("Ani Lestari", qs[3].speaker)
    -- one the sentence has speak before the words is the one "-nya" means
    qs = kimput.parse(lead .. "Wakil Wali Kota Ahmad Yani menegaskan sebaliknya kota itu layak belajar, menurutnya "
      .. "kekurangan bisa diperbaiki."):quotes()
    assert.equal("Ahmad Yani", qs[#qs].speaker)
  end)
  it("reads a verb of saying without its meN- as a cue only right before 'bahwa'", function()
    local lead = "Bupati Garut Budi Santoso meninjau pasar pada Senin. "
    local q = kimput.parse(lead .. "Saat ditanya wartawan, Budi juga sampaikan bahwa stok beras aman."):quotes()[1]
    assert.same({ "indirect", "Budi Santoso", "sampaikan", "stok beras aman." }, { q.kind, q.speaker, q.cue, q.text })
    q = kimput.parse(lead .. "Dia katakan bahwa harga cabai turun."):quotes()[1]
    assert.same({ "Budi Santoso", "katakan" }, { q.speaker, q.cue })
    -- a fronted object: no words reported
    assert.same({}, kimput.parse(lead .. "Hal itu ia sampaikan saat rapat di kantor bupati."):quotes())
  end)
  it("reads a minister's English style left by a translation as a title", function()
    assert.same({ "Park Jin" }, speakers("Menteri Luar Negeri Park Jin tiba di Bali. Minister Park tinggal di Bali "
      .. 'selama tiga hari. Menteri Park mengatakan, "Kami siap."'))
  end)
  it("reads the subject of a verb joined by 'dan' to the first one as that verb's, a description too", function()
    local lead = "Bupati Garut Budi Santoso meninjau pasar pada Senin. "
    assert.same({ "Pemerintah Moskow" }, speakers(lead .. 'Pemerintah Moskow menuduh dan berpendapat bahwa "pergerakan '
      .. 'pasukan adalah urusan Rusia sendiri."'))
  end)
  it("reads words of when between a cue and 'bahwa' as no words, the cue framing the sentence", function()
    local lead = "Bupati Garut Budi Santoso meninjau pasar pada Senin. "
    local q = kimput.parse(lead .. "Ani Lestari mengatakan beberapa jam kemudian bahwa Budi berada di lapangan "
      .. "dan siap untuk menanggapi keluhan warga."):quotes()[1]
    assert.same({ "Ani Lestari", "mengatakan", "Budi berada di lapangan dan siap untuk menanggapi keluhan warga." },
      { q.speaker, q.cue, q.text })
    q = kimput.parse(lead .. "Ani Lestari mengatakan pada Senin (1/11) bahwa Budi menyatakan siap."):quotes()[1]
    assert.same({ "Ani Lestari", "Budi menyatakan siap." }, { q.speaker, q.text })
  end)
  it("reads a cue set inside after a headless relative ('Yang perlu diingat, kata X, ...') inside the words", function()
    local q = kimput.parse("Bupati Garut Budi Santoso meninjau pasar. Yang perlu diingat, kata Budi, warga harus "
      .. "waspada."):quotes()[1]
    assert.same({ "Budi Santoso", "Yang perlu diingat, kata Budi, warga harus waspada." }, { q.speaker, q.text })
  end)
  it("reports no words for a naming verb whose object is a ke-/peN- noun with no predicate after it", function()
    local lead = "Bupati Garut Budi Santoso meninjau pasar. "
    assert.same({}, kimput.parse(lead .. "Budi juga menyebutkan kesepakatan lainnya dengan para camat."):quotes())
    assert.same({}, kimput.parse(lead .. "Budi menyampaikan kekhawatiran warga terhadap banjir tersebut."):quotes())
    -- a predicate after it makes a clause; "mengatakan" reports in any case
    assert.equal("kebakaran itu besar.", first_quote(lead .. "Budi menyatakan kebakaran itu besar.").text)
    assert.equal("kesepakatan sudah dicapai.", first_quote(lead .. "Budi menyebutkan kesepakatan sudah dicapai.").text)
    assert.equal("kenaikan harga wajar.", first_quote(lead .. "Budi mengatakan kenaikan harga wajar.").text)
  end)
  it("reads 'yang juga' and a title before a name as an apposition naming the subject", function()
    assert.same({ "Budi Santoso" }, (function()
      local out = {}
      for _, q in ipairs(kimput.parse("JAKARTA - Wakil Ketua DPR yang juga ketua tim kajian Budi Santoso mengatakan "
        .. "bahwa rencana itu baru wacana."):quotes()) do out[#out + 1] = q.speaker or "nil" end
      return out
    end)())
    -- a verb after "yang" opens a relative clause: the one named in it is no subject
    assert.same({}, kimput.parse("JAKARTA - Kapolres yang mendampingi Gubernur Budi Santoso mengatakan bahwa rencana "
      .. "itu baru wacana."):quotes())
  end)
end)

describe("words that look like quotes or cues and are none (s15 audit)", function()
  it("reads 'lanjut' in 'lebih lanjut' and 'lanjut usia' as no cue", function()
    local lead = "Kepala Dinas Sosial Xyz, Budi Santoso, mengatakan bantuan sudah dikirim.\n"
    assert.equal(1, #kimput.parse(lead .. "Namun, tidak ada penjelasan lebih lanjut mengenai pertemuan itu."):quotes())
    assert.is_nil(first_quote("Tim BPBD Xyz mengevakuasi warga lanjut usia, menyalurkan bantuan logistik, dan membuka "
      .. "dapur umum."))
    local q = kimput.parse(lead .. "Warga, lanjut Budi, diminta tetap waspada."):quotes()[2]
    assert.same({ "Budi Santoso", "lanjut" }, { q.speaker, q.cue })
  end)
  it("reports no words after 'Menurut rencana' or 'menurut jadwal', but a body named after the record speaks",
    function()
    assert.is_nil(first_quote("Menurut rencana, pertemuan itu akan digelar di Bali pada awal bulan depan."))
    assert.is_nil(first_quote("Menurut jadwal semula, sidang itu digelar pekan depan."))
    assert.equal("BPS", first_speaker("Menurut data BPS, harga beras naik tipis pada bulan lalu."))
  end)
  it("reads a nickname in marks inside a name as a term, and the sentence's words as indirect", function()
    local qs = kimput.parse('Gubernur Budi "Ubud" Santoso mengatakan dia telah berbicara dengan para bupati.'):quotes()
    assert.equal(2, #qs)
    assert.same({ "term", "Ubud" }, { qs[1].kind, qs[1].text })
    assert.same({ "indirect", "dia telah berbicara dengan para bupati." }, { qs[2].kind, qs[2].text })
  end)
  it("reads 'menuliskan' before a colon as the cue of a post", function()
    local q = only('Melalui akun Instagram-nya, Bupati Xyz Ani Lestari menuliskan: "Selamat ulang tahun, '
      .. 'semoga sehat selalu."')
    assert.same({ "direct", "Ani Lestari", "menuliskan" }, { q.kind, q.speaker, q.cue })
  end)
  it("reads an apostrophe before a colloquial elided word ('kan, 'gak) as no quotation mark", function()
    local qs = kimput.parse('Kapolres Xyz AKBP Budi Santoso hanya tersenyum.\n"Ya, \'kan Anda lihat saya biasa saja. '
      .. 'Apa yang berubah, \'kan enggak ada," jawabnya singkat.'):quotes()
    assert.equal(1, #qs)
    assert.same({ "direct", "Budi Santoso" }, { qs[1].kind, qs[1].speaker })
    local q = only("Kepala Dinas Xyz Ani Lestari menyebut program itu 'sangat penting' bagi warga.")
    assert.equal("sangat penting", q.text)
  end)
  it("reads a degree written with a space after its initial (S. Sos.) as no name", function()
    local qs = kimput.parse("Apel dipimpin Wakapolres Xyz Kompol Andi Rahman Saputra, S. Sos., S.H., di lapangan.\n"
      .. "Andi mengatakan, pihaknya siap melayani warga."):quotes()
    assert.equal("Andi Rahman Saputra", qs[1].speaker)
    assert.equal("Budi Santoso", first_speaker("Ketua Panitia Budi Santoso, M. Si mengatakan, acara digelar Minggu."))
  end)
  it("reads a police operation's name as no person", function()
    assert.same({}, people("Operasi Zebra Jaya menyasar pengendara tanpa helm di jalan protokol."))
  end)
end)

describe("names that hold another person's (s15 audit)", function()
  it("reads a word of a person named before and a known person's one word after it as two mentions", function()
    local text = "Presiden Joko Widodo menelepon Gubernur Xyz Budi Santoso.\n"
      .. "Dari video yang diunggah Budi Jokowi terdengar mengucapkan selamat.\n"
      .. "Budi berharap kerja sama terus meningkat."
    local seen, distinct = {}, {}
    for _, name in ipairs(people(text)) do
      if not seen[name] then seen[name], distinct[#distinct + 1] = true, name end
    end
    assert.same({ "Joko Widodo", "Budi Santoso" }, distinct)
    assert.equal("Budi Santoso", kimput.parse(text):quotes()[1].speaker)
  end)
  it("keeps a husband's name his when his wife is named after 'Ny.' with it", function()
    local text = "Bupati Xyz menyambut Kapolda, Irjen Pol Andi Rahman Saputra bersama Ny. Sari Andi Rahman Saputra.\n"
      .. "Sementara itu, Irjen Pol Andi Rahman Saputra menegaskan komitmen Polri menjaga keamanan."
    assert.equal("Andi Rahman Saputra", kimput.parse(text):quotes()[1].speaker)
  end)
end)

describe("titles and bodies before a name (s15 audit)", function()
  it("reads a title's short form in brackets as the title going on", function()
    assert.equal("Budi Santoso", first_speaker("Staf Khusus (Stafsus) Presiden Budi Santoso menjelaskan, Sekretariat "
      .. "Negara sudah menerima dua surat."))
  end)
  it("knows a city's and a regency's secretary written short, after the name too", function()
    assert.same({ "Budi Santoso" }, speakers('"Kami minta warga berdoa," kata Budi Santoso Sekkot Sukamaju, Minggu.'))
    assert.equal("Budi Santoso", first_speaker("Sekkab Sukamaju Budi Santoso mengatakan, warga diminta berdoa."))
  end)
  it("knows offices of state written in English", function()
    assert.equal("Andrew J Miller", first_speaker("Secretary of State Andrew J Miller mengatakan kedua negara "
      .. "bersahabat."))
  end)
  it("gives the words to a person named after a body the cue names and its comma", function()
    assert.same({ "Budi Santoso" }, speakers('"Presiden sudah menjelaskan," kata Tim Komunikasi Presiden, Budi Santoso '
      .. "di Istana."))
    assert.same({ "BPBD Sukamaju" }, speakers('"Air mulai surut," kata BPBD Sukamaju, Senin.'))
  end)
end)

describe("a headline's bare verb after a name (s15 audit)", function()
  it("reads a headline verb in title case as no word of the name before it", function()
    local text = "Kasatpol PP Klaten Ani Lestari Lakukan Kunjungan Ke Balai Wartawan Kota Sukamaju\n"
      .. "Sementara itu, Kasatpol-PP dan Damkar Klaten, Ani Lestari juga mengucapkan terimakasih kepada rekan-rekan "
      .. "media."
    for _, name in ipairs(people(text)) do assert.is_nil(name:find("Lakukan")) end
    assert.equal("Ani Lestari", first_speaker(text))
  end)
end)

describe("a short name next to a cue (s15 audit)", function()
  it("reads a word of four bytes opening a longer word of one person's name, next to a cue, as that person", function()
    local text = "Kepala Biro Pemerintahan Setda Jambi Alexander Rombe menyampaikan rangkaian kegiatan pelantikan.\n"
      .. '"Acara pelantikan dimulai pukul 09.00 WIB," ujar Alex.'
    assert.same({ "Alexander Rombe" }, speakers(text))
    -- two people whose names it could open: neither
    text = "Camat Alexander Rombe dan Lurah Alexandra Putri hadir.\n" .. '"Acara dimulai pagi," ujar Alex.'
    assert.same({ "Alex" }, speakers(text))
  end)
end)

describe("the coordinating minister for maritime affairs (s15 audit)", function()
  it("reads Menteri Koordinator Maritim as a title", function()
    local names = people("Presiden Joko Widodo menegur Menteri Koordinator Maritim Budi Santoso karena mengkritik "
      .. "kebijakannya.")
    assert.same({ "Joko Widodo", "Budi Santoso" }, names)
  end)
end)

describe("a cue set inside the words names whom 'ia' means next (s15 audit)", function()
  it("reads the person a cue inside the sentence names as the next pronoun's", function()
    local text = "Perdana Menteri Kanada Andrew Miller menelepon Menteri Pertahanan Budi Santoso.\n"
      .. '"Terima kasih, Pak. Sebuah kehormatan bagi saya," kata Menteri Budi membalas ucapan selamat PM Andrew.\n'
      .. "Kerja sama kedua negara, lanjut PM Andrew, memiliki arti yang sangat penting. Ia juga mengatakan "
      .. "keinginannya untuk belajar bersama."
    local qs = kimput.parse(text):quotes()
    assert.same({ "mengatakan", "Andrew Miller" }, { qs[#qs].cue, qs[#qs].speaker })
  end)
end)

describe("a cue set inside the words before their predicate (s15 audit)", function()
  it("reads the whole sentence when a predicate goes on after the speaker's comma", function()
    local lead = "Menteri Pertahanan Budi Santoso hadir.\n"
    local q = kimput.parse(lead .. "Hubungan kedua negara, kata Budi, memiliki arti yang sangat penting."):quotes()[1]
    assert.equal("Hubungan kedua negara, kata Budi, memiliki arti yang sangat penting.", q.text)
    q = kimput.parse(lead .. "Pembicaraan lewat telepon itu, lanjut Budi, berlangsung dua menit saja."):quotes()[1]
    assert.equal("Pembicaraan lewat telepon itu, lanjut Budi, berlangsung dua menit saja.", q.text)
    -- (and when a subject of its own, capitalised, comes first: the fronted phrase was the report's)
    local whole = "Selain empat terminal utama, sambung Budi, Pemerintah Kota (Pemkot) Sukamaju juga menyiapkan "
      .. "terminal bayangan."
    q = kimput.parse(lead .. whole):quotes()[1]
    assert.equal(whole, q.text)
    -- how and when the speaker said it are no part of the words
    for _, tail in ipairs({ "saat ditemui di kantornya.", "dibincangi usai rapat daring.", "Senin.",
                            "berbicara kepada wartawan." }) do
      q = kimput.parse(lead .. "Harga beras di pasar naik, kata Budi, " .. tail):quotes()[1]
      assert.equal("Harga beras di pasar naik", q.text)
    end
  end)
end)

describe("titles of ranks, corps and ministries (s16 audit)", function()
  local lead = "Kunjungan Kerja di Kota Sukamaju\n\nSUKAMAJU - Warga berkumpul di balai kota pada Senin pagi.\n"
  it("strips a rank with two periods ('Irjen. Pol.'), a rank cut short and a corps written out", function()
    assert.same({ "Budi Santoso" }, speakers(lead .. "Kapolda Irjen. Pol. Budi Santoso meminta "
      .. 'dukungan warga.\n"Saya mohon diterima," jelas Kapolda.'))
    local ranks = { "Kol.", "Kapt.", "Letjen.", "Mayjen.", "Brigjen.", "Kolonel Infanteri", "Kolonel Kavaleri" }
    for _, rank in ipairs(ranks) do
      local m = mention(lead .. "Warga melihat " .. rank .. " Andi Wirawan hadir di sana.", rank .. " Andi Wirawan")
      assert.same({ "Andi Wirawan", rank }, { m and m.name, m and m.title })
    end
  end)
  it("knows the ministries' short forms of the newer cabinets", function()
    assert.equal("Rudi Hartono", first_speaker("Dalam pertemuan itu, Menbud Rudi Hartono menegaskan pentingnya "
      .. "budaya."))
    assert.equal("Sari Dewi", first_speaker("Menpar Sari Dewi mengatakan kunjungan wisata naik."))
    assert.equal("Sari Dewi", first_speaker("Menkop UKM Sari Dewi mengatakan koperasi tumbuh."))
  end)
end)

describe("the one sent in another's stead speaks (s16 audit)", function()
  local lead = "Rapat Kerja di Kota Sukamaju\n\nSUKAMAJU - Warga berkumpul di balai kota pada Senin pagi.\n"
  it("gives the words to the person after 'yang diwakili (oleh)', not to the office or person represented", function()
    assert.equal("Tri Wibowo", first_speaker(lead .. "Dinas Sosial Sukamaju yang diwakili Kepala Bagian Umum "
      .. "Tri Wibowo menjelaskan beberapa poin penting."))
    assert.equal("Andi Wirawan", first_speaker(lead .. "Bupati Sukamaju Budi Santoso yang diwakili oleh Sekda "
      .. "Andi Wirawan mengatakan pembangunan jalan berlanjut."))
    -- (a relative clause of another verb stays the first person's)
    assert.equal("Budi Santoso", first_speaker(lead .. "Bupati Sukamaju Budi Santoso yang mendampingi Gubernur "
      .. "mengatakan pembangunan jalan berlanjut."))
  end)
  it("gives the words to the person set off by commas after 'diwakili (oleh)'", function()
    assert.equal("Andi Wirawan", first_speaker(lead .. "Bupati Sukamaju, Budi Santoso, diwakili Sekda "
      .. "Andi Wirawan, mengatakan pembangunan jalan berlanjut."))
    assert.equal("Andi Wirawan", first_speaker(lead .. "Ketua Yayasan Sinar, Budi Santoso, diwakili oleh Sekretaris "
      .. "Andi Wirawan, menyampaikan bahwa bantuan disalurkan pekan depan."))
    -- (an appositive description between commas stays its head's)
    assert.equal("Budi Santoso", first_speaker(lead .. "Budi Santoso, adik kandung Andi Wirawan, "
      .. "mengatakan pembangunan jalan berlanjut."))
  end)
end)

describe("an office set off after a name's degrees (s16 audit)", function()
  local lead = "Rapat Kerja di Kota Sukamaju\n\nSUKAMAJU - Warga berkumpul di balai kota pada Senin pagi.\n"
  it("keeps the name, not the office after the degrees, as the person", function()
    assert.same({ "Budi Santoso" }, speakers(lead .. "Hal ini disampaikan oleh Budi Santoso, M.Pd., Ph.D., Ketua "
      .. 'Majelis Pendidikan Garut.\n"Kami siap membantu," ujarnya.'))
    assert.equal("Budi Santoso", first_speaker(lead .. "Budi Santoso, SH, MH, Kepala Dinas Pendidikan Garut, "
      .. "mengatakan sekolah dibuka."))
  end)
end)

describe("words of aim and urgency are no cue (s16 audit)", function()
  local lead = "Judul Berita\n\nJAKARTA - Warga berkumpul di balai kota pada Senin pagi.\n"
  it("reads 'untuk memastikan' as an aim, 'mendesak' before 'yang' or after a noun as urgent", function()
    assert.same({}, kimput.parse(lead .. "Tim Gegana menyisir stadion untuk memastikan seluruh area aman."):quotes())
    assert.same({}, kimput.parse(lead .. "Presiden pulang lebih awal karena ada hal-hal mendesak yang memerlukan "
      .. "perhatian segera."):quotes())
    -- (the verbs still report with a subject of their own)
    assert.equal("Budi Santoso", first_speaker(lead .. "Bupati Budi Santoso memastikan warga mendapat bantuan."))
    assert.equal("Budi Santoso", first_speaker(lead .. "Bupati Budi Santoso mendesak pemerintah pusat segera "
      .. "membantu."))
  end)
end)

describe("a source points back to no one named (s16 audit)", function()
  it("gives no speaker to 'Sumber yang … itu' when nobody was introduced so", function()
    local lead = "Judul Berita\n\nJAKARTA - Presiden Budi Santoso hadir di istana.\n"
    assert.same({}, kimput.parse(lead .. "Sumber yang berada di ruangan itu menerangkan, komentar itu jelas "
      .. "candaan."):quotes())
    -- (a word for a person's standing still points back: "Mantan pejabat Bank Dunia itu" is the minister)
    local qs = kimput.parse("Judul Berita\n\nJAKARTA - Menteri Keuangan Andi Wirawan hadir.\nMantan pejabat "
      .. "Bank Dunia itu menerangkan, defisit tetap terjaga."):quotes()
    assert.equal("Andi Wirawan", qs[#qs].speaker)
  end)
end)

describe("asides and breakdowns are no speakers (s16 audit)", function()
  local lead = "Judul Berita\n\nJAKARTA - Kepala BPS Budi Santoso hadir dalam jumpa pers.\n"
  it("reads 'Menurut lapangan usaha' as the parts a figure is broken down by", function()
    local qs = kimput.parse(lead .. "Menurut lapangan usaha, sektor jasa mencatat pertumbuhan tertinggi.\n"
      .. '"Ada beberapa industri yang melemah," katanya.'):quotes()
    assert.equal(1, #qs)
    assert.equal("Budi Santoso", qs[1].speaker)
  end)
  it("reads 'Sekadar mengingatkan,' as the writer's aside", function()
    assert.same({}, kimput.parse(lead .. "Sekedar mengingatkan, pertumbuhan ekonomi di kuartal kedua mencapai 7 "
      .. "persen."):quotes())
  end)
  it("knows a name set off before 'salah satu' and a word for a person", function()
    local qs = kimput.parse("Judul Berita\n\nSUKAMAJU - Tujuh terduga pelaku penikaman terhadap SA (25) ditangkap.\n"
      .. "Informasi ini disampaikan oleh Karno, salah satu anggota keluarga korban, kepada media.\nIa "
      .. "mengungkapkan bahwa para pelaku diamankan oleh tim reserse."):quotes()
    assert.equal("Karno", qs[#qs].speaker)
  end)
end)

describe("a companion after 'beserta' is no subject (s16 audit)", function()
  it("gives the words to the one 'beserta' follows, as 'bersama' does", function()
    local qs = kimput.parse("Judul Berita\n\nBOGOR - Presiden Budi Santoso menerima tamu negara.\nPresiden Budi "
      .. "Santoso beserta Ibu Negara Ani Lestari mengajak tamu berkeliling kebun raya."):quotes()
    assert.equal("Budi Santoso", qs[#qs].speaker)
  end)
end)

describe("the leader of a place no list holds, by an epithet (s16 audit)", function()
  it("reads 'Orang nomor satu di <epithet> itu' as a description of the leader, no name", function()
    local qs = kimput.parse("Judul Berita\n\nKOTA - Pj Gubernur Budi Santoso berpesan kepada kontingen untuk menjaga "
      .. "kesehatan.\nOrang nomor satu di Negeri Sukamaju Raya itu memberikan dukungan bagi kontingen.\n"
      .. '"Tetap kompak dan jaga kesehatan," katanya.'):quotes()
    assert.equal("Budi Santoso", qs[#qs].speaker)
  end)
end)

describe("a list of officials each titled before the name (s16 audit)", function()
  it("keeps the second official when a title serving a place and a comma follow the first's name", function()
    local text = "Judul Berita\n\nSUKAMAJU - Dandim 0601 Letkol Andi Wirawan, Wali Kota Budi Santoso, dan Kapolres "
      .. "AKBP Rudi Hartono menyambut kedatangan Gubernur Sari Dewi di bandara, Senin (6/5/2024)."
    assert.same({ "Andi Wirawan", "Budi Santoso", "Rudi Hartono", "Sari Dewi" }, people(text))
    local hosts = {}
    for _, e in ipairs(kimput.parse(text):events()) do hosts[#hosts + 1] = e.sender end
    assert.same({ "Andi Wirawan", "Budi Santoso", "Rudi Hartono" }, hosts)
    -- (an apposition still reads the words as the place: "Ketua X, Kepala Desa Sukamaju, mengatakan")
    assert.same({ "Andi Wirawan" }, people("Judul Berita\n\nSUKAMAJU - Ketua DPRD Andi Wirawan, Kepala Desa "
      .. "Sukamaju, mengatakan warga senang."))
  end)
end)

describe("where residents live, a place no list holds (s16 audit)", function()
  it("gives the words to the one-word name set off after 'warga <Place>,'", function()
    local lead = "Judul Berita\n\nKOTA - Gempa terasa di banyak tempat.\n"
    assert.same({ "Suharjono" }, speakers(lead .. '"Getarannya kecil tetapi cukup lama," kata warga Tumpak, '
      .. "Suharjono."))
    assert.same({ "Suharjono" }, speakers(lead .. '"Getarannya kecil," kata warga Desa Tumpak, Suharjono.'))
  end)
end)

describe("a description holding a unit's code (s16 audit)", function()
  it("reads 'Mantan Staf Ahli Pangdam XVIII/Kaswari … itu' as the person spoken of before", function()
    local qs = kimput.parse("Judul Berita\n\nKOTA - Danrem 043/Garuda Hitam Kolonel Inf Andi Wirawan menekankan agar "
      .. "jajaran tetap netral.\nMantan Staf Ahli Pangdam XVIII/Kaswari Bid Sosbud itu juga mengaku akan mempelajari "
      .. 'peta kerawanan.\n"Peta kerawanan akan kami pelajari," katanya.'):quotes()
    assert.same({ "Andi Wirawan", "Andi Wirawan" }, { qs[2].speaker, qs[3].speaker })
  end)
end)

describe("insisting reports a claim (s16 audit)", function()
  it("reads 'bersikeras bahwa' as a cue, not 'bersikeras untuk'", function()
    local lead = "Judul Berita\n\nWASHINGTON - Presiden Amerika Serikat Andrew Miller membela kebijakan ekonominya.\n"
    local q = kimput.parse(lead .. 'Presiden dari Partai Maju itu bersikeras bahwa kenaikan harga "tidak bisa '
      .. 'dihindari".'):quotes()[1]
    assert.same({ "partial", "Andrew Miller", "bersikeras" }, { q.kind, q.speaker, q.cue })
    assert.same({}, kimput.parse("Judul\n\nKOTA - Bupati Budi Santoso bersikeras untuk tetap maju dalam "
      .. "pemilihan."):quotes())
  end)
end)

describe("a passive agent after adjuncts (s17 QI audit)", function()
  it("reads 'dijelaskan secara rinci pada Selasa (4/4) oleh Juru Bicara X' as the one who speaks next", function()
    local lead = "Judul Berita\n\nKOTA - Presiden Budi Santoso memilih diam saat ditanya wartawan.\n"
    local qs = quotes(lead .. "Sikap itu dijelaskan secara rinci pada Selasa (4/4/2023) oleh Juru Bicara Istana "
      .. 'Dewi Lestari, yang bercanda dengan wartawan bahwa dia "menyukai" pertanyaan itu.\n'
      .. '"Kami tidak akan berkomentar," katanya.\n"Itu bukan fokus kami," tambahnya.')
    assert.same({ "Dewi Lestari", "Dewi Lestari", "Dewi Lestari" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
    -- a relative clause's "yang" between the verb and "oleh" stops the walk
    assert.same({ "Budi Santoso" }, speakers(lead .. "Sikap itu dijelaskan kepada pers yang diundang oleh Juru "
      .. 'Bicara Istana Dewi Lestari.\n"Kami tidak akan berkomentar," katanya.'))
  end)
end)

describe("a framing cue before a body's own cue after words of aspect (s17 QI audit)", function()
  it("reads 'X menekankan Badan Y telah berulang kali menyerukan …' as X's, and the katanya after it", function()
    local lead = "Judul Berita\n\nKOTA - Juru bicara lembaga itu, Hartono Wibisono, ditanya soal sikap lembaganya.\n"
    local qs = kimput.parse(lead .. "Hartono menekankan PBB telah berulang kali menyerukan gencatan senjata.\n"
      .. '"Kami bukan pihak yang bertanggung jawab," katanya.'):quotes()
    assert.same({ "Hartono Wibisono", "menekankan" }, { qs[1].speaker, qs[1].cue })
    assert.same("Hartono Wibisono", qs[2].speaker)
  end)
end)

describe("a bare title set off by a comma before a place opening the clause (s17 QI audit)", function()
  it("reads 'Menurut menteri, Moskow memindahkan …' as the minister named before", function()
    local lead = "Judul Berita\n\nKOTA - Menteri Luar Negeri Rusia Budi Hartono menyatakan bahwa Rusia tidak melihat "
      .. "alasan untuk tetap hadir di Barat.\n"
    local q = only(lead .. 'Menurut menteri, Moskow memindahkan fokusnya ke negara-negara yang "siap bekerja sama '
      .. 'dengan syarat yang setara."')
    assert.same({ "partial", "Budi Hartono" }, { q.kind, q.speaker })
    -- the name after the comma still holds the title
    assert.same({ "Ahmad Fauzi" }, speakers('"Kami siap," kata Juru Bicara Kemlu, Ahmad Fauzi, di Jakarta.'))
  end)
end)

describe("a body's head in lower case with the country it serves (s17 QI audit)", function()
  it("reads 'kata pihak kedutaan AS dalam siaran pers' as that unnamed body", function()
    local lead = "Judul Berita\n\nKOTA - Menteri Budi Hartono bertemu duta besar yang baru.\n"
    assert.same({ "pihak kedutaan AS" },
      speakers(lead .. '"Dialog harus dijaga," kata pihak kedutaan AS dalam siaran pers pada Senin.'))
    assert.same({ "kedutaan AS" }, speakers(lead .. '"Dialog harus dijaga," kata kedutaan AS.'))
  end)
end)

describe("a partial after a cue of the words reported that has no speaker (s17 QI audit)", function()
  it("gives 'X mengatakan bahwa Ukraina akan menganggap … \"…\"' to X", function()
    local q = only('Judul Berita\n\nKOTA - Juru bicara istana, Budi Hartono, mengatakan bahwa Ukraina kemungkinan '
      .. 'besar akan menganggap keputusan itu "sebagai dorongan untuk melanjutkan perang."')
    assert.same({ "partial", "Budi Hartono", "mengatakan" }, { q.kind, q.speaker, q.cue })
  end)
end)

describe("a known name's office set off by commas (s17 QI audit)", function()
  it("reads a title and a place later as the one introduced with that office, past a leader named since", function()
    local qs = quotes('Judul Berita\n\nKOTA - Sergei Lavrov, Menteri Luar Negeri Rusia, menanggapi laporan tentang '
      .. 'pertemuan Vladimir Putin dan Donald Trump.\nLavrov mengatakan: "Tempat dan waktu bukan masalah terpenting."\n'
      .. 'Ia menambahkan: "Rusia tidak mengubah posisinya soal pemahaman antara Putin dan Trump."\n'
      .. 'Menteri Luar Negeri Rusia menekankan: "Kami tetap berkomitmen pada formula ini."')
    assert.same({ "Sergei Lavrov", "Sergei Lavrov", "Sergei Lavrov" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
  end)
end)

describe("a reporting verb after 'dengan' (s17 QI audit)", function()
  it("gives 'X menanggapi … Presiden Y, dengan mengatakan: \"…\"' to X", function()
    assert.same({ "Budi Hartono" }, speakers('Judul Berita\n\nKOTA - Ketua Komisi I DPR Budi Hartono menanggapi '
      .. 'ancaman terhadap pesawat Presiden Andi Wirawan, dengan mengatakan: "Itu ancaman yang berlebihan."'))
  end)
end)

describe("the speaker after a quote's cue as the sentence's topic (s17 QI audit)", function()
  it("reads 'Usulan Y … \"…,\" kata X. Dia menuduh …' as X's, not the one the opening words named", function()
    local qs = quotes('Judul Berita\n\nKOTA - Ketua Partai Maju Dewi Lestari mengakui tak menyukai Presiden Budi '
      .. 'Hartono.\nUsulan Budi soal bantuan pangan diibaratkan "sama bodohnya dengan mengeringkan samudra," kata '
      .. "Dewi.\nDia menuduh pemerintah terus mengirim 'sampah kotor' ke daerahnya.\n"
      .. '"Mereka melanggar batas kita," katanya.')
    assert.same({ "Dewi Lestari", "Dewi Lestari", "Dewi Lestari" }, { qs[1].speaker, qs[2].speaker, qs[3].speaker })
  end)
end)

describe("a name set off by a title with no comma closing it (s17 audit, genres)", function()
  local lead = "Judul Berita\n\nKOTA - Persiba kalah di kandang sendiri.\n"
  local function all(text)  -- every speaker, indirect speech included
    local out = {}
    for _, q in ipairs(kimput.parse(text):quotes()) do out[#out + 1] = q.speaker or "nil" end
    return out
  end
  it("gives 'Name, Title Body verb' to the person, not the title", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, all(lead .. "Sementara itu, Budi Santoso, Kepala Dinas "
      .. 'Kesehatan Kota Bogor mengatakan warga aman.\n"Kami siap," katanya.'))
  end)
  it("reads a capitalised title right after a name of two words, a predicate after it", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, all(lead .. "Sementara itu, Budi Santoso Pelatih Timnas "
      .. 'Indonesia U-16 mengatakan bersyukur karena menang.\n"Kami siap," katanya.'))
    -- no predicate after the title: no apposition ("… Kepala Dinas X dan Joko hadir")
    assert.same({}, all(lead .. "Budi Santoso Kepala Dinas Kesehatan Kota Bogor dan Joko hadir."))
  end)
  it("reads a national side as a body inside a title", function()
    assert.same({ "Joko Susilo" }, all(lead .. "Pelatih Timnas Indonesia Joko Susilo mengatakan timnya siap."))
    assert.same({ "Pelatih Timnas Indonesia" }, all(lead .. "Pelatih Timnas Indonesia mengatakan timnya siap."))
  end)
end)

describe("a specialist's degrees and fellowships after the name (s17 audit, genres)", function()
  local lead = "Judul Berita\n\nKOTA - Dokter Spesialis Jantung RS Harapan Kota, Dr. dr. Budi Santoso, Sp.JP, "
  it("reads a subspecialty's mark and the fellowships as degrees, the doctor as the speaker", function()
    local qs = kimput.parse(lead .. 'Subsp. K.I. (K), FIHA, FAPSC menekankan pentingnya edukasi.\n'
      .. 'dr Budi menyoroti istilah medis yang rumit.\n"Dokter harus jelas," ujarnya.'):quotes()
    assert.same({ "Budi Santoso", "Budi Santoso" }, { qs[1].speaker, qs[#qs].speaker })
    assert.same({ "Budi Santoso" }, people(lead .. "FAsCC mengatakan edukasi penting."))
  end)
end)

describe("an office held twice, both terms counted (s17 audit, genres)", function()
  it("reads 'Wakil Presiden ke-10 dan ke-12 RI, Name (NN),' as one title chain, the initials the person's", function()
    local q = kimput.parse("Judul Berita\n\nKOTA - Wakil Presiden ke-10 dan ke-12 RI, Budi Santoso Wijaya (BSW), "
      .. 'merasa bingung.\nHakim lalu bertanya kepadanya.\n"Saya juga bingung," jawab BSW.'):quotes()
    assert.equal("Budi Santoso Wijaya", q[#q].speaker)
  end)
end)

describe("speech denied by measure, a self-naming, another's words as the only object (s17 audit, genres)", function()
  local function all(text) return kimput.parse("Judul Berita\n\nKOTA - " .. text):quotes() end
  it("reports nothing for 'tidak banyak berkomentar' and 'tidak pernah menyebut'", function()
    assert.same({}, all("Artis Budi Santoso alias Budi tidak banyak berkomentar terkait isi pemeriksaan."))
    assert.same({}, all("Artis Budi Santoso tidak pernah menyebut bahwa ia terlibat."))
  end)
  it("reports nothing for 'menyebut dirinya <Name>' nor for 'menimpali omongan <Name>.'", function()
    assert.same({}, all("Penyanyi Budi Santoso ditangkap.\nDiketahui, Budi yang biasa menyebut dirinya Raja "
      .. "Jalanan, saat itu tengah membuat konten."))
    assert.same({}, all("Jaksa Budi Santoso angkat bicara. Joko tak percaya. Dia langsung menimpali omongan Budi."))
    -- a claim about oneself, and words after the owner's name, still report
    assert.equal(1, #all("Budi Santoso menyebut dirinya sebagai korban fitnah."))
    assert.equal(1, #all("Budi Santoso menimpali omongan Joko bahwa dana itu sudah habis."))
  end)
end)

describe("a name set off after a body's acronym, a cue after it (s17 audit, genres)", function()
  it("gives 'Description Body (ACR), Name Name, mengaku' to the person, not the body", function()
    local q = kimput.parse("Judul Berita\n\nKOTA - Terdakwa kasus suap di Komisi Yudisial ( KY ), Budi Santoso "
      .. "Wijaya, mengaku diminta uang oleh oknum."):quotes()[1]
    assert.equal("Budi Santoso Wijaya", q.speaker)
    assert.equal("Budi Santoso Wijaya", kimput.parse("Judul Berita\n\nKOTA - Saksi dari Badan Pusat Statistik (BPS), "
      .. "Budi Santoso Wijaya, mengatakan data itu benar."):quotes()[1].speaker)
  end)
end)

describe("the time or the chance to speak (s17 audit, genres)", function()
  it("reports nothing for 'waktu (banyak) untuk menjelaskan', 'kesempatan untuk menyampaikan'", function()
    local function all(text) return kimput.parse("Judul Berita\n\nKOTA - " .. text):quotes() end
    assert.same({}, all("Pihak Rumah Sakit Harapan Kota (RSHK) berupaya agar para dokter mempunyai waktu banyak "
      .. "untuk menjelaskan mengenai penyakit pasien."))
    assert.same({}, all("Terdakwa Budi Santoso diberi kesempatan untuk menyampaikan pembelaan."))
    -- a clause joined by "untuk" after a call still shares its subject's words
    assert.equal(1, #all("Budi Santoso menelepon Joko untuk menyampaikan bahwa rapat ditunda."))
  end)
end)

describe("a firm's name after its legal form (s17 audit, genres)", function()
  local function all(text)
    local out = {}
    for _, q in ipairs(kimput.parse("Judul Berita\n\nKOTA - " .. text):quotes()) do
      out[#out + 1] = q.speaker or "nil"
    end
    return out
  end
  it("reads the words right after PT, CV, Perum as the firm's, no person's, when the chain ends there", function()
    assert.same({ "Direktur Utama PT Maju Jaya" }, all("Direktur Utama PT Maju Jaya mengatakan laba naik."))
    assert.same({ "Budi Santoso" }, all("Budi Santoso, Direktur Utama PT Maju Jaya, mengatakan laba naik."))
    assert.same({ "Budi Santoso" }, all("Budi Santoso Direktur Utama PT Maju Jaya mengatakan laba naik."))
    -- a name after the firm's still is the person's
    assert.same({ "Budi Santoso" }, all('"Laba naik," kata Direktur Utama PT Maju Jaya Budi Santoso.'))
  end)
end)

-- The speakers of a text's quotations, terms left out ("nil" for a quotation nobody is said to speak).
local function quoted_speakers(text)
  local out = {}
  for _, q in ipairs(kimput.parse(text):quotes()) do
    if q.kind ~= "term" then out[#out + 1] = q.speaker or "nil" end
  end
  return out
end

describe("QS: regional and local news, police, villages, courts, schools (s18)", function()
  local all = quoted_speakers
  it("reads a messaging app or a platform before a name as no word of the name", function()
    assert.same({ "Rina Wulandari", "Rina Wulandari" },
      all('Direktur RSUD Sukamaju, dr Rina Wulandari, dihubungi wartawan. Melalui pesan singkat WhatsApp Rina '
        .. 'menjelaskan kronologi kejadian. "Ambulans sedang dipakai," ujarnya.'))
    assert.same({ "Rina", "Rina" },
      all('Melalui pesan WhatsApp Rina menjelaskan kronologi kejadian. "Ambulans sedang dipakai," ujarnya.'))
    assert.same({ "Dedi Kurnia" },
      all('"Kami sudah melapor," kata Dedi Kurnia melalui Instagram Dedi Kurnia.'))
  end)
  it("reads every name of the list after a lower-case 'didampingi' as whom the subject had with them", function()
    assert.same({ "Budi Hartono" },
      all('Kapolres Sukamaju AKBP Budi Hartono memberi klarifikasi. Kapolres didampingi oleh Wakapolres Kompol Agus '
        .. 'Salim dan Kasat Reskrim AKP Dedi Kurnia, menjelaskan kronologi kejadian tersebut.'))
    assert.same({ "Ahmad Fauzi", "Ahmad Fauzi" },
      all('Ketua MUI Kecamatan Mekar, Ahmad Fauzi didampingi, Rudi Hartono, sebagai Sekretaris, menyampaikan '
        .. 'komitmennya untuk bekerja. "Mari bersinergi," ajaknya.'))
    assert.same({ "Budi Hartono" },
      all('Kapolres Sukamaju AKBP Budi Hartono didampingi Wakapolres Kompol Agus Salim, Kasat Reskrim AKP Dedi '
        .. 'Kurnia dan Kasi Humas Iptu Rina Sari mengatakan pelaku sudah ditangkap.'))
    -- a capitalised "Didampingi" opens the sentence: the subject follows the list
    assert.same({ "Budi Hartono" },
      all('Didampingi Kasat Reskrim AKP Dedi Kurnia, Kapolres Sukamaju AKBP Budi Hartono mengatakan pelaku '
        .. 'sudah ditangkap.'))
  end)
  it("reads a name set off after a lower-case description as the speaker when the day it was said follows", function()
    assert.same({ "Bambang Sutrisno", "Bambang Sutrisno" },
      all('"Benar, warga datang ke rumah saya," kata Ketua RW setempat, Bambang Sutrisno, Jumat 30 April 2021. '
        .. 'Warga kesal karena Wati dianggap membuat resah. "Itu memancing warga," tambahnya.'))
    assert.same({ "Karto" }, all('"Air mulai surut," kata Kepala Desa setempat, Karto, Senin (12/5).'))
  end)
  it("reads a village named after 'Desa' before, then one word, after a village head's title as both", function()
    assert.same({ "Karto" },
      all('Warga Desa Mekarjaya menerima bantuan beras. "Bantuan sudah kami salurkan," kata Kades Mekarjaya Karto.'))
    assert.same({ "Karto" },
      all('Banjir melanda Desa Mekarjaya, Kecamatan Cibeber. Kades Mekarjaya Karto mengatakan air mulai surut.'))
    -- two words after the title with no village named before stay one name
    assert.same({ "Budi Santoso" },
      all('Banjir melanda Desa Mekarjaya. Kades Budi Santoso mengatakan air mulai surut.'))
  end)
  it("reads an officer described after the cue as the latest person named with an officer's rank", function()
    local lead = 'Kapolres Sukamaju AKBP Budi Hartono memimpin rapat. Rapat dihadiri Bupati Sukamaju H. Dewi Lestari. '
    assert.same({ "Budi Hartono" }, all(lead .. '"Situasi aman," tutur perwira menengah Polri itu.'))
    assert.same({ "Budi Hartono" }, all(lead .. 'Perwira menengah Polri itu mengatakan situasi aman.'))
    -- an honorific is no officer's rank; with no officer named, the latest person stays
    assert.same({ "Dewi Lestari" },
      all('Rapat dihadiri Bupati Sukamaju H. Dewi Lestari. "Situasi aman," tutur perwira menengah Polri itu.'))
  end)
  it("reads a short name misspelt by one letter next to a cue as the person named before", function()
    assert.same({ "Masrur Hartono", "Masrur Hartono", "Masrur Hartono" },
      all('Wakil Bupati Kendal Masrur Hartono membuka acara. "Ulama penting," katanya. Masur berharap MUI aktif. '
        .. '"Semoga lancar," harapnya.'))
    assert.same({ "Fahkri Husaini" }, all('Pelatih Fahkri Husaini memimpin latihan. "Kami siap," ujar Fakhri.'))
    -- one letter changed is another name ("Yanto" is not "Yanti")
    assert.same({ "Yanto" }, all('Yanti Lestari hadir di lokasi. "Kami siap," ujar Yanto.'))
  end)
  it("reads a name of two words in brackets right after a title chain as its holder's", function()
    assert.same({ "Budi Santoso" },
      all('Kepala Desa Sukamaju (Budi Santoso) meninjau lokasi banjir. "Air mulai surut," katanya.'))
    assert.same({ "Budi Santoso" }, all('Kades Sukamaju (Budi Santoso) mengatakan air mulai surut.'))
    -- a short name or an acronym in brackets stays what it was
    assert.same({ "Joko Widodo" }, all('Presiden Joko Widodo (Jokowi) mengatakan stok aman.'))
    assert.same({ "Budi Santoso" }, all('Kepala Badan Pusat Statistik (BPS) Budi Santoso mengatakan stok aman.'))
  end)
  it("reads a blog template's English stamp after a clock time as no person", function()
    assert.same({ "nil" },
      all('Dimas ( Redaksi )\n17 November 2022, 11/17/2022 12:11:00 PM WIB Last Updated 2022-11-17T05:11:01Z\n\n'
        .. 'Sukamaju_Harian-XY.com-\nJalan di Kecamatan Mekar rusak parah dan banyak warga terjatuh. Saat '
        .. 'diwawancarai, dirinya menyampaikan keluhan warga. "Kami mendapat aduan," katanya.'))
  end)
  it("reads a name of two words in brackets after a description, a prefixed verb after it, as a person", function()
    assert.same({ "Rina Wulandari" },
      all('Anggota DPRD Kabupaten Sukamaju, Fraksi PKS dapil 1 (Rina Wulandari) meninjau jalan rusak. '
        .. '"Kami mendapat aduan dari warga," katanya.'))
    assert.same({ "Rina Wulandari", "Rina Wulandari" },
      all('Warga Desa Mekar (Rina Wulandari) mengeluhkan jalan rusak. "Kami sering terjatuh," katanya.'))
  end)
  it("reads a homeroom teacher's title before the school and the name", function()
    assert.same({ "Dewi Lestari" }, all('"Ada lomba di sekolah," kata Wali Kelas IX SMPN 5 Denpasar Dewi Lestari.'))
    assert.same({ "Dewi Lestari" }, all('"Ada lomba di sekolah," kata Guru Kelas SDN 2 Denpasar Dewi Lestari.'))
  end)
  it("reads 'kata' counted or said to be there as the noun, no cue", function()
    assert.same({}, all('Guru SMPN 5 Sukamaju demo terhadap kepala sekolah, ada kata diktator, Kadisdik merespons.'))
    assert.same({ "Budi Santoso" }, all('"Tidak ada masalah," kata Budi Santoso.'))
  end)
  it("reads one word set off before a description a noun for a person heads, a cue after it, as a person", function()
    assert.same({ "Hadi", "Rojali", "Rojali" },
      all('"Kami tantang DPRD," tegas Hadi. Sementara itu, Rojali, Pemuda Kampung Cibeureum Desa Mekar, '
        .. 'menuturkan bahwa dirinya kecewa. "Jalan makin sulit," ungkapnya.'))
    assert.same({ "Hadi", "Rojali", "Rojali" },
      all('"Kami tantang DPRD," tegas Hadi. Rojali, warga Kampung Cibeureum, menuturkan bahwa dirinya kecewa. '
        .. '"Jalan makin sulit," ungkapnya.'))
  end)
  it("reads 'GM' as a firm's general manager, the firm named after it", function()
    assert.same({ "Komar" }, all('Menurut informasi dari GM Cahaya Lampung Komar, wartawan itu sudah dilepas.'))
  end)
  it("reads the words in marks after 'tema' as a term, nobody's words", function()
    local list = kimput.parse('Acara tersebut mengangkat tema "Sinergi Ulama dan Umaro dalam Pembangunan". '
      .. 'Ketua panitia Budi Santoso membuka acara.'):quotes()
    assert.equal(1, #list)
    assert.equal("term", list[1].kind)
  end)
end)

describe("QS: held-out pages, police, courts, health, sport, parliament (s19)", function()
  local all = quoted_speakers
  it("keeps '-nya' with the speaker when the person named since stands only after a preposition", function()
    assert.same({ "Budi Hartono", "Budi Hartono", "Budi Hartono" },
      all('Pengamat politik Budi Hartono menilai parlemen kini lebih garang.\n\nMenurut Budi, parlemen selama ini '
        .. 'jarang berbeda sikap dengan istana. Di bawah Prabowo, DPR hanya mengikuti kemauan istana.\n\n'
        .. '"DPR kurang kritis," katanya.'))
    assert.same({ "Budi Hartono", "Budi Hartono", "Budi Hartono" },
      all('Pengamat politik Budi Hartono menilai parlemen kini lebih garang.\n\nMenurut Budi, parlemen selama ini '
        .. 'jarang berbeda sikap dengan istana. Pada era Prabowo, DPR hanya mengikuti kemauan istana.\n\n'
        .. '"DPR kurang kritis," katanya.'))
    assert.equal("Budi Hartono", all('Pengamat Budi Hartono menilai parlemen garang. Menurut Budi, parlemen '
      .. 'jarang berbeda sikap dengan istana. Di bawah kepemimpinan Prabowo, DPR hanya mengikuti istana. '
      .. '"DPR kurang kritis," katanya.')[3])
    -- a person named since as a subject still takes it
    assert.same({ "Rudi Hartono", "Sumarni", "Sumarni" },
      all('"Jalan harus segera diperbaiki," ujar Camat Rudi Hartono. '
        .. 'Seorang pedagang, Sumarni (51), mengaku rugi. "Pembeli sepi sekali," tuturnya.'))
  end)
  it("gives the quote after 'X membantahnya.' (a cue with the object's -nya closing the sentence) to X", function()
    local lead = 'Ahmad Rifai mengaku tidak bersalah. "Terdakwa terbukti menerima suap," kata Jaksa Budi Santoso. '
    assert.same({ "Ahmad Rifai", "Budi Santoso", "Ahmad Rifai" },
      all(lead .. 'Namun, Ahmad membantahnya. "Saya tidak pernah menerima uang itu." (ab)'))
    assert.same({ "Ahmad Rifai", "Budi Santoso", "Ahmad Rifai" },
      all(lead .. 'Namun, Ahmad kembali membantahnya. "Saya tidak pernah menerima uang itu," katanya.'))
    assert.same({ "Ahmad Rifai", "Budi Santoso", "Ahmad Rifai" },
      all(lead .. 'Ahmad membenarkannya. "Saya memang menerima uang itu."'))
  end)
  it("reads a cue with a word of when or to whom right after it, no name, as the speaker before going on", function()
    assert.same({ "Budi Hartono", "Budi Hartono" },
      all('Pengamat politik Budi Hartono menilai langkah itu keliru. "Sikap itu tidak dewasa," kata saat berbicara '
        .. 'dalam diskusi bertajuk Politik Gaduh DPR, di Jakarta, Sabtu (1/11).'))
    assert.same({ "Budi Hartono", "Budi Hartono" },
      all('Pengamat politik Budi Hartono menilai langkah itu keliru. "Sikap itu tidak dewasa," ujar kepada '
        .. 'wartawan di kantor KPU.'))
    -- a name after the cue still speaks
    assert.same({ "Budi Hartono", "Rina Wulandari" },
      all('Pengamat politik Budi Hartono menilai langkah itu keliru. "Sikap itu tidak dewasa," kata Rina '
        .. 'Wulandari saat berbicara dalam diskusi.'))
  end)
  it("reads 'membalas' with no frame after it as avenging or answering with a thing, no words", function()
    assert.same({}, all('Pemain Persija itu ingin membalas kekalahan timnya di final.'))
    assert.same({ "Budi Santoso" }, all('Budi Santoso membalas, pihaknya tidak pernah menerima uang itu.'))
  end)
  it("reads the writer's question, a question word opening it, as reporting nobody's words", function()
    assert.same({ "Budi Santoso" },
      all('Lantas apa dasar Budi Santoso mengatakan terdakwa bisa lepas? "Saksi masih banyak," ujarnya.'))
    -- a question the speaker asks, after the cue, is still the speaker's
    assert.same({ "Budi Santoso" }, all('Budi Santoso mengatakan, apa gunanya rapat jika tidak ada hasil?'))
  end)
  it("reads a coach described as 'juru taktik … itu' as the person spoken of before (no spokesman's office)", function()
    local lead = 'Pelatih Timnas, Budi Hartono, mengatakan tim siap. '
    assert.same({ "Budi Hartono", "Budi Hartono" }, all(lead .. '"Kami siap," kata juru taktik asal Belanda itu.'))
    assert.same({ "Budi Hartono", "Budi Hartono" },
      all(lead .. 'Juru taktik asal Belanda ini menilai motivasi pemain tinggi.'))
    -- a spokesman is still another office than a minister's
    assert.equal("juru bicara", all('Menteri Budi Hartono meninjau banjir. "Bantuan tiba," kata juru bicara '
      .. 'tersebut.')[1])
  end)
end)

describe("a governor's title with the province's short name glued on (Gubsu, Pj Gubri, Wagubkalbar)", function()
  local all = quoted_speakers
  it("is the person's title, no word of the name", function()
    assert.same({ "Budi Santoso" }, all('"Kami siap membantu," kata Gubsu Budi Santoso, Senin (3/6).'))
    assert.same({ "Rina Wulandari", "Rina Wulandari" },
      all('Pj Gubri Rina Wulandari meninjau banjir di Sukamaju. "Bantuan sudah dikirim," kata Rina. '
        .. '"Kami terus memantau," ujar Pj Gubri.'))
  end)
  it("keeps the deputy apart from the governor", function()
    local doc = kimput.parse("Wagubkalbar Agus Wirawan mewakili Gubkalbar Budi Santoso dalam rapat itu.")
    local names = {}
    for _, m in ipairs(doc:mentions()) do names[#names + 1] = m.name end
    assert.same({ "Agus Wirawan", "Budi Santoso" }, names)
  end)
end)

describe("an office's new holder set off after 'yang baru,' and companions in title case (s20)", function()
  local all = quoted_speakers
  it("names the holder after 'yang baru' and the comma, and the bare office later means them", function()
    assert.same({ "Agus Wirawan" }, all('Kapolres Sukamaju yang baru, AKBP Agus Wirawan, meninjau pos jaga. '
      .. '"Kami siaga penuh," kata Kapolres.'))
    assert.same({ "Rina Wulandari" }, all('Camat Bojongsari yang baru dilantik, Rina Wulandari, menemui warga. '
      .. '"Pintu kantor terbuka," ujar Camat.'))
  end)
  it("reads a word no list knows before 'yang baru,' as the office's place, never the holder's name", function()
    assert.same({ "Hendra Saputra" }, all('Bupati Sukamaju yang baru, Hendra Saputra, mengunjungi pasar. '
      .. '"Harga masih stabil," ujar Bupati.'))
  end)
  it("keeps the association of regional governments one body in a title ('Ketua Asosiasi Pemerintah "
    .. "Kabupaten Seluruh Indonesia (Apkasi) X')", function()
    assert.same({ "Budi Santoso" }, all('"Kami mendukung," kata Ketua Umum Asosiasi Pemerintah Kabupaten Seluruh '
      .. 'Indonesia (Apkasi) Budi Santoso.'))
  end)
  it("gives an office serving a place, named alone, to its holder named a few sentences after", function()
    local doc = kimput.parse("Bupati Sukamaju Budi Santoso bersilaturahmi dengan Kapolda Jawa Barat, Senin (3/6). "
      .. "Pertemuan berlangsung hangat. Kapolda Jawa Barat, Irjen Pol Agus Wirawan, menyambut baik kunjungan itu.")
    local held
    for _, m in ipairs(doc:mentions()) do
      if m.form == "title" then held = m.name end
    end
    assert.equal("Agus Wirawan", held)
    -- (not a former holder's office, nor past a few sentences)
    doc = kimput.parse("Budi Santoso bertemu mantan Kapolda Jawa Barat pekan lalu. Kapolda Jawa Barat, Irjen Pol "
      .. "Agus Wirawan, tidak hadir.")
    for _, m in ipairs(doc:mentions()) do
      if m.form == "title" then assert.is_nil(m.name) end
    end
    doc = kimput.parse("Budi Santoso bertemu Kapolda Jawa Barat. Satu. Dua. Tiga. Empat. Lima. Enam. Tujuh. "
      .. "Kapolda Jawa Barat, Irjen Pol Agus Wirawan, hadir.")
    for _, m in ipairs(doc:mentions()) do
      if m.form == "title" then assert.is_nil(m.name) end
    end
  end)
  it("reads a body's words that its short name in brackets is made of, syllable by syllable, as the body, "
    .. "no person's name ('pengurus Asosiasi Seni Tari (Astar)')", function()
    local doc = kimput.parse("Bupati Sukamaju Budi Santoso menerima pengurus Asosiasi Seni Tari Sukamaju "
      .. "(Astaris) di pendopo.")
    local got = {}
    for _, m in ipairs(doc:mentions()) do got[#got + 1] = m.kind .. ":" .. m.name end
    assert.same({ "person:Budi Santoso", "org:Astaris" }, got)
    -- (a nickname made so after a person's name stays the person's)
    assert.same({ "Hendra Wiratama" }, all('Gubernur Sukamaju Hendra Wiratama (Hewi) meninjau pasar. "Harga stabil," '
      .. 'kata Hewi.'))
  end)
  it("reads 'Pak' right after Korea's name, before a given name of two syllables, as the surname", function()
    assert.same({ "Pak Song Il", "Pak Song Il" }, all('Menteri Luar Negeri Korea Utara Pak Song Il tiba di Moskow. '
      .. '"Kami datang sebagai sahabat," kata Pak Song Il. "Hubungan kita kuat," ujarnya.'))
    -- (the form of address elsewhere: "Lurah Sukamaju Pak Ahmad Dahlan" is Ahmad Dahlan)
    assert.same({ "Ahmad Dahlan" }, all('"Warga siap," kata Lurah Sukamaju Pak Ahmad Dahlan.'))
  end)
  it("knows the smaller states' heads by the country after the title ('Presiden Guinea-Bissau X')", function()
    assert.same({ "Umaro Lopes" }, all('"Kami bersahabat," kata Presiden Guinea-Bissau Umaro Lopes.'))
  end)
  it("reads a name opening its sentence, then a description after a comma whose closing comma is left out, "
    .. "as the speaker ('Rina, pedagang yang berjualan di Pasar Baru mengaku ...')", function()
    assert.same({ "Sari" }, all('Sari, pedagang sayur yang berjualan di Pasar Cikaret mengaku rugi. "Dagangan saya '
      .. 'busuk semua," katanya.'))
    assert.same({ "Dedi Kurnia" }, all('Dedi Kurnia, warga yang tinggal di tepi Sungai Cibening mengatakan air naik '
      .. 'cepat. "Kami mengungsi malam itu," ujarnya.'))
  end)
  it("reads capitalised words after 'di' and a word of a site's name as the site, nobody speaking "
    .. "('berjualan di Pasar Cikaret mengaku')", function()
    local doc = kimput.parse("Pedagang yang berjualan di Pasar Cikaret mengaku rugi.")
    assert.equal(0, #doc:mentions())
    -- (a title's unit after "di" keeps the name after it: "Anggota DPRD di Komisi III Budi Santoso")
    assert.same({ "Budi Santoso" }, all('"Harga naik," kata Anggota DPRD di Komisi III Budi Santoso.'))
  end)
  it("knows the heads of state and government of the archives' years by name, in a list too, and the "
    .. "office with the country later means them", function()
    assert.same({ "Lee Hsien Loong", "Jacinda Ardern", "Rodrigo Duterte", "Lee Hsien Loong" },
      people("Ucapan selamat datang dari sejumlah pemimpin, antara lain Lee Hsien Loong, Jacinda Ardern dan "
        .. "Rodrigo Duterte. PM Singapura menjadi yang pertama menelepon."))
  end)
  it("gives the ministers the press names by one word their usual full name", function()
    assert.same({ "Luhut Binsar Pandjaitan" }, all('"Investasi terus masuk," kata Luhut di Jakarta.'))
    assert.same({ "Airlangga Hartarto", "Airlangga Hartarto" }, all('Menko Perekonomian Airlangga Hartarto menyebut '
      .. 'ekspor naik. "Kita jaga," ujar Airlangga.'))
  end)
  it("leaves a name alone after 'yang baru' with no office before it", function()
    local doc = kimput.parse("Warga yang baru, Budi, datang ke kantor desa.")
    for _, m in ipairs(doc:mentions()) do assert.is_nil(m.title) end
  end)
  it("ends a name at a capitalised 'Bersama', 'Beserta' or 'Didampingi' (headlines, captions)", function()
    assert.same({ "Budi Santoso", "Andi Wijaya" }, people("Bupati Sukamaju Budi Santoso Bersama Wakil Bupati "
      .. "Andi Wijaya meninjau banjir di Desa Cikaret."))
    assert.same({ "Rina Wati" }, all('Gubernur Rina Wati Beserta Rombongan meninjau lokasi. "Kami prihatin," '
      .. 'kata Rina.'))
  end)
end)

describe("roles on fresh pages: after a name with no comma or set off by dashes, and professions (s21)", function()
  local all = quoted_speakers
  it("reads the words a title serving a place reads up to the predicate as that place", function()
    assert.same({ "Dedi Kurniawan", "Dedi Kurniawan" }, all('Dedi Kurniawan Kapolsek Cibening mengatakan pos jaga '
      .. 'ditambah. "Anggota kami siaga," ujarnya.'))
    assert.same({ "Sari Lestari", "Sari Lestari" }, all('Sementara itu, Sari Lestari Kepala Desa Mekar Wangi '
      .. 'menyebut warga sudah mengungsi. "Semua aman," kata Sari.'))
    assert.same({ "Joko Prasetyo", "Joko Prasetyo" }, all('Joko Prasetyo Pelatih Persikab U-17 mengakui laga itu '
      .. 'berat. "Anak-anak sudah berjuang," katanya.'))
  end)
  it("reads a role set off by a dash after a name as the name's (a list line, a parenthetical)", function()
    assert.same({ "Tom Walker", "Ana Ruiz", "Tom Walker", "Bima Santoso" },
      people("Berikut para pemimpin yang menelepon:\nTom Walker – Perdana Menteri Selandia Baru (Februari 2024)\n"
        .. "Ana Ruiz – Presiden Peru (Maret 2024)\nPM Selandia Baru menjadi yang pertama menghubungi Presiden "
        .. "Bima Santoso."))
    assert.same({ "Rina Wati" }, all('Hadir pula Rina Wati - Kepala Desa Mekar Wangi - dalam rapat itu. '
      .. '"Warga kami siap," ujar Kades.'))
  end)
  it("leaves a dateline's dash alone, and a dash with no role closing it", function()
    assert.same({ "nil" }, people("TELUK SARI - Kapolres Garut menetapkan tiga tersangka."))
    assert.same({ "nil" }, people("Dalam laga itu Tim Garuda - Perdana Menteri hadir - menang tipis."))
  end)
  it("knows the professions quoted by name that the title list lacked (forecasters, investigators, scholars)",
    function()
    assert.same({ "Andi Saputra" }, all('"Hujan ringan turun sore hari," kata Prakirawan BMKG Andi Saputra dalam '
      .. 'siaran cuaca.'))
    assert.same({ "Rina Wati" }, all('"Berkas sudah lengkap," ujar Penyidik KPK Rina Wati.'))
    assert.same({ "Teguh Santoso" }, all('"Pola kejahatan berubah," kata Kriminolog Universitas Sukamaju Teguh '
      .. 'Santoso.'))
  end)
  it("reads a lower-case lawyer's title before a person met before as that person's lawyer, unnamed", function()
    assert.same({ "Dedi Kurniawan", "kuasa hukum Dedi Kurniawan" }, all('Dedi Kurniawan mengaku kecewa atas vonis '
      .. 'itu. "Kami ajukan banding," kata kuasa hukum Dedi Kurniawan usai sidang.'))
    -- (named there for the first time, the lawyer is the one named)
    assert.same({ "Dedi Kurniawan" }, all('"Kami ajukan banding," kata kuasa hukum Dedi Kurniawan usai sidang.'))
  end)
  it("reads a lower-case bond's title after a name with no comma, closed by one, as the name's role", function()
    assert.same({ "Sari Handayani", "Sari Handayani" }, all('Sari Handayani kuasa hukum keduanya, mengatakan '
      .. 'kliennya akan banding. "Kami kecewa," kata Sari.'))
    assert.same({ "Sari Handayani", "Sari Handayani" }, all('Sari Handayani pengacara terdakwa, menyebut putusan '
      .. 'itu berat. "Kami pikir-pikir," ujar Sari.'))
  end)
  it("ends a name before the words a bracketed acronym after them spells (a term, not the name's)", function()
    assert.same({ "Rina Wati", "Rina Wati", "Rina Wati" }, all('Rina Wati menjelaskan harga minyak goreng. '
      .. 'Selain itu, ujar Rina Harga Eceran Tertinggi (HET) turun sedikit. "Stok cukup," jelasnya.'))
    -- (a person's own initials in brackets keep the name whole)
    assert.same({ "Andi Rahmat Saleh" }, all('"Saya menyesal," kata Andi Rahmat Saleh (ARS).'))
  end)
  it("reads up to three words marked inside a direct quote as a term, longer words marked so as speech",
    function()
    local q = kimput.parse('"Di musim hujan bibit \'padi gogo\' di lereng bukit cepat tumbuh," kata Rina '
      .. 'Wati.'):quotes()
    assert.equal(2, #q)
    assert.same({ "direct", "Rina Wati" }, { q[1].kind, q[1].speaker })
    assert.same({ "term", nil }, { q[2].kind, q[2].speaker })
    q = kimput.parse('"Dia menjawab \'Pak kami tetap bertahan di sini\' waktu itu," kata Rina Wati.'):quotes()
    assert.same({ "partial", "Rina Wati" }, { q[2].kind, q[2].speaker })
  end)
  it("reads a team's case or an envoy's region after 'untuk' and a noun inside the title", function()
    assert.same({ "Firdaus Hadi", "Firdaus Hadi" }, all('Ketua Tim Khusus untuk kasus Pasar Sukamaju, '
      .. 'Firdaus Hadi, menyebut hasilnya sudah rampung. "Secepatnya diumumkan," ujar Firdaus.'))
    assert.same({ "Rudi Hartono" }, all('"Kami siap membantu," kata Duta Besar RI untuk kawasan Pasifik Selatan, '
      .. 'Rudi Hartono.'))
  end)
  it("reads a noun for a person right after a cue, capitalised or with its trade after it, as describing the name",
    function()
    assert.same({ "Siti Aminah" }, all('"Harga cabai naik lagi," kata Pedagang Siti Aminah.'))
    assert.same({ "Budi Santoso" }, all('"Sepi pembeli sejak pagi," kata pedagang sayur Budi Santoso.'))
    -- (a kind of place after the noun is where they live, no person)
    assert.same({ "nil" }, all('"Air sudah surut," kata warga desa Sukamaju.'))
  end)
  it("reads a word no list knows after a title, before a known place and a name of two words, as the office",
    function()
    assert.same({ "Budi Santoso" }, all('"Pajak kendaraan naik," kata Kepala Samsat Garut Budi Santoso.'))
    assert.same({ "Rina Wati" }, all('"Zakat terkumpul banyak," ujar Ketua Baznas Sleman Rina Wati.'))
    -- (a name a place is a word of keeps it: one word after the place)
    assert.same({ "Rudi Paris Hutauruk" }, people("Pengacara Rudi Paris Hutauruk membantah."))
  end)
  it("reads the nickname told after 'atau yang akrab disapa' as the person's, and Sundanese forms of address",
    function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, all('Budi Santoso atau yang akrab disapa Bonbon mengaku senang. '
      .. '"Semua sudah siap," kata Bonbon.'))
    assert.same({ "Rina Wati" }, all('"Semua sudah siap," kata Teteh Rina Wati.'))
    -- (the tea of a brand is no form of address before a name)
    for _, name in ipairs(people("Teh Botol Sukamaju menaikkan harga jual mulai Senin.")) do
      assert.are_not.equal("Botol Sukamaju", name)
    end
  end)
  it("gives a pronoun after a fronted phrase of 'dengan' and a person not that person but the one named before",
    function()
    local doc = kimput.parse('Presiden Bima Santoso menerima Menlu Malaysia Tom Walker di Istana. "Setelah dengan '
      .. 'Presiden, beliau menemui Menko Polhukam," kata Siti Rahma.')
    local pronoun
    for _, m in ipairs(doc:mentions()) do
      if m.form == "pronoun" then pronoun = m.name end
    end
    assert.equal("Tom Walker", pronoun)
    assert.same({ "Bima Santoso" }, all('Presiden Bima Santoso tiba di Bandung. Usai bertemu dengan Menlu Malaysia '
      .. 'Tom Walker, dia menyatakan kedua negara sepakat.'))
  end)
  it("gives the office after ', sebagai' to the name before it, and a bare office later means that person",
    function()
    local doc = kimput.parse("Irjen Pol Tono Sugiarto, sebagai Kapolda Jawa Barat, berkeliling ke daerah. Gubernur "
      .. "Rudi Hartono menerima kunjungan Kapolda.")
    local held
    for _, m in ipairs(doc:mentions()) do
      if m.form == "title" then held = m.name end
    end
    assert.equal("Tono Sugiarto", held)
  end)
  it("reads a body opening its line by the words its short name in brackets spells or is made of", function()
    local doc = kimput.parse("Asosiasi Guru Honorer Seluruh Indonesia (AGHSI) menemui Menteri Tom Walker di "
      .. "kantornya.")
    assert.equal("AGHSI", doc:mentions()[1].name)
    assert.same({ "AJI", "AJI" }, all('Aliansi Jurnalis Sukamaju (AJI) menilai kebijakan itu keliru. "Kami menolak," '
      .. 'kata AJI.'))
  end)
  it("reads a known person's name written with an initial before it as that person", function()
    assert.same({ "Tito Karnavian" }, people("Mendagri M. Tito Karnavian membuka rapat itu."))
    assert.same({ "Retno Marsudi" }, people("Menlu M. Retno Marsudi menerima tamu."))
    -- (a name no list holds keeps its initial)
    assert.same({ "A. Budi Santoso" }, all('"Kami siap," kata A. Budi Santoso.'))
  end)
  it("reads no person in a body's or a diplomatic corps' words written in title case", function()
    assert.same({ "nil", "nil" }, people("Presiden Sambut Delapan Duta Besar Negara Sahabat Di Istana"))
    assert.same({ "nil" }, people("Upacara dihadiri para Bupati, Forum Koordinasi Pimpinan Daerah dan alim "
      .. "ulama."))
  end)
end)

describe("the relaying outlet written in lower case, and the page's own named by its address (s22)", function()
  it("reads a site's address in lower case after a relaying cue as the via, known or not", function()
    local q = only('"Stok beras aman," kata Budi Santoso, seperti dilansir detik.com, Senin.')
    assert.same({ "Budi Santoso", "detikcom" }, { q.speaker, q.via })
    q = only('"Stok beras aman," kata Budi Santoso, dikutip dari kabarsukamaju.com.')
    assert.same({ "Budi Santoso", "kabarsukamaju.com" }, { q.speaker, q.via })
    q = only('"Stok beras aman," kata Budi Santoso, seperti dilansir laman kabarsukamaju.id.')
    assert.same({ "Budi Santoso", "kabarsukamaju.id" }, { q.speaker, q.via })
    -- an address anywhere else names its outlet too, in any case
    assert.equal("detikcom", mention("Berita lain ada di detik.com hari ini.", "detik.com").name)
    -- (a word glued to the address is no outlet's name)
    assert.is_nil(only('"Stok beras aman," kata Budi Santoso yang dikutip dariKabarsukamaju.com.').via)
  end)
  it("reads an outlet of the list written in lower case after a relaying cue as the via", function()
    local q = only('"Tim masih di lapangan," kata Ketua Komisi Rudi Hartono, seperti dilansir detikcom.')
    assert.same({ "Rudi Hartono", "detikcom" }, { q.speaker, q.via })
    q = only('"Tim masih di lapangan," kata Rudi Hartono, seperti dikutip kumparan, Senin.')
    assert.same({ "Rudi Hartono", "Kumparan" }, { q.speaker, q.via })
    q = only('Dikutip dari reuters, Rudi Hartono menyebut "situasi kurang aman".')
    assert.same({ "Rudi Hartono", "Reuters" }, { q.speaker, q.via })
    -- the common word elsewhere, and a word of time after the cue, name no outlet
    assert.same({}, kimput.parse("Alat itu memakai kumparan tembaga."):mentions())
    assert.is_nil(only('"Tim masih di lapangan," kata Rudi Hartono, seperti dikutip sebelumnya.').via)
  end)
  it("reads a body's short name and its city after a title, then an honorific after the comma, as the role", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, quoted_speakers('Wisuda dipimpin Rektor Unsuka Bandung, Prof. '
      .. 'Dr. Budi Santoso, MM. Menurutnya, tema itu bermakna kerja keras. "Kalian siap," katanya.'))
    assert.same({ "Rina Wati" }, quoted_speakers('"Pasien terus bertambah," kata Direktur RSKM Garut, dr. Rina Wati.'))
    -- no comma: the name runs on after the place as before; a name alone after the comma too
    assert.same({ "Budi Santoso" }, quoted_speakers('Rektor Unsuka Bandung Prof. Budi Santoso mengatakan wisuda '
      .. "lancar."))
    assert.same({ "Budi Santoso" }, quoted_speakers('Rektor Unsuka Bandung, Budi Santoso, mengatakan wisuda lancar.'))
  end)
  it("reads 'baru' right after a title and a term of office before a comma as the role's", function()
    assert.same({ "Budi Santoso" }, quoted_speakers("Ketua KONI Garut periode 2022-2026, Budi Santoso, mengatakan "
      .. "atlet siap."))
    assert.same({ "Budi Santoso" }, quoted_speakers("Kapolres baru Bogor, AKBP Budi Santoso, mengatakan pos jaga "
      .. "ditambah."))
    -- the new holder introduced so is the one the bare title means later
    assert.same({ "S Hartono", "S Hartono" }, quoted_speakers("Rektor baru Unsuka (Universitas Sukamaju) periode "
      .. "2022-2026, Prof. Dr. S Hartono, M.Si., memberi sambutan. Kampus itu terus berbenah. Rektor yang dilantik "
      .. 'bulan lalu itu berpesan kepada lulusan bahwa kerja keras penting. "Belajar terus," ungkapnya.'))
    -- "baru" as a word of time is no part of a role
    assert.same({ "Budi Santoso" }, quoted_speakers('Menteri baru tiba di Garut. "Kami siap," kata Budi Santoso.'))
  end)
  it("gives the words of a relative clause's verb to its antecedent, whatever phrase it stands in", function()
    assert.same({ "Ana Ruiz" }, quoted_speakers("Ucapan selamat atas pelantikan Budi Santoso sebagai Presiden "
      .. "Indonesia datang dari Presiden Peru Ana Ruiz yang juga menyatakan akan menjaga komunikasi."))
    assert.same({ "Budi Santoso" }, quoted_speakers("Budi Santoso yang mendampingi Presiden mengatakan rapat lancar."))
  end)
  it("reports no words still to come, unless a clause of 'bahwa' or a comma follows the verb", function()
    assert.same({}, kimput.parse("Komisi akan mengumumkan hasil seleksi itu pekan depan."):quotes())
    assert.same({}, kimput.parse("Polisi baru akan menyampaikan hasil autopsi pekan depan."):quotes())
    assert.equal(1, #kimput.parse("Budi Santoso akan menyampaikan bahwa anggaran sudah cair."):quotes())
    assert.equal(1, #kimput.parse("Budi Santoso mengumumkan status hukum tiga orang itu."):quotes())
    -- a name no list holds before a negation or "akan" and the verb is a person all the same
    assert.same({ "Rina Wati" }, quoted_speakers("Rina Wati akan menyampaikan bahwa anggaran sudah cair."))
    assert.same({ "Rina Wati" }, quoted_speakers("Rina Wati tidak menampik bahwa anggaran terlambat."))
    assert.same({}, kimput.parse("Rina Wati akan datang besok."):mentions())
  end)
  it("reads the army's corps after a rank, its commanders by the unit's short name, and its unit numbers", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, quoted_speakers("Dandim 0812 Sukamaju, Letkol Arm Budi Santoso, "
      .. 'memberi arahan. "Kita harus disiplin," tegasnya. "Jangan lengah," kata Dandim.'))
    assert.same({ "Budi Santoso" }, quoted_speakers("Komandan Kodim (Dandim) 0716/Garut Letkol Inf Budi Santoso,S.E, "
      .. 'memberikan arahan. "Kita harus solid", jelas Dandim 0716/Garut.'))
    assert.same({ "Rina Wati" }, quoted_speakers('Kepala Staf Angkatan Darat Jenderal TNI Rina Wati tiba. "Siap," '
      .. "kata KSAD."))
  end)
  it("keeps a title after 'dari', and a lone title after a comma, out of the chain before", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, quoted_speakers("Prajurit menerima arahan dari Dandim "
      .. "Letkol (Inf) Budi Santoso. Di depan barisan, Dandim, menegaskan agar prajurit disiplin. Kepada para "
      .. "Bhabinkamtibmas, Dandim, mengingatkan agar selalu siaga."))
    local names = {}
    for _, m in ipairs(kimput.parse("Gubernur Jabar, Wakil Gubernur Jabar, dan Kapolda hadir."):mentions()) do
      if m.kind == "person" then names[#names + 1] = m.text end
    end
    assert.same({ "Gubernur Jabar", "Wakil Gubernur Jabar", "Kapolda" }, names)
    -- a rank after the comma still opens the name
    assert.same({ "Budi Santoso" }, quoted_speakers("Kapolsek Cibatu, Iptu Budi Santoso, mengatakan situasi aman."))
  end)
  it("reads 'tandas X' set off inside the words as the speaker's", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, quoted_speakers("Kapolres Garut AKBP Budi Santoso memimpin apel. "
      .. "Warga, tandas Kapolres, diminta waspada. Karena, tandas Kapolres, netralitas itu mutlak."))
  end)
  it("gives a description with its demonstrative and nobody it fits before to the unnamed speaker described", function()
    assert.same({ "Budi Santoso", "penumpang" }, quoted_speakers('Kapolri Jenderal Budi Santoso meninjau stasiun. '
      .. '"Kalian sudah lama?" tanya Kapolri.\n"Belum, kami baru bertemu di gerbong," jawab penumpang tersebut.'))
    assert.same({ "warga" }, quoted_speakers('Kepala Desa Sukamaju Budi Santoso datang. "Airnya cepat naik," kata '
      .. "warga tersebut."))
    assert.same({ "sumber" }, quoted_speakers('"Belum ada keputusan," kata sumber tersebut.'))
    -- one introduced with that noun, or a word of sex, still goes back to the person
    assert.same({ "Budi Santoso", "Budi Santoso" }, quoted_speakers("Budi Santoso, warga Desa Sukamaju, mengaku "
      .. 'kaget. Ia lari. "Airnya cepat naik," kata warga tersebut.'))
    assert.same({ "Budi Santoso" }, quoted_speakers('Kapolsek Cibatu Iptu Budi Santoso datang. "Airnya cepat naik," '
      .. "kata pria tersebut."))
  end)
  it("knows a regency of two words written joined, never a person", function()
    assert.same({ "Budi Santoso" }, quoted_speakers("Kapolres Kulonprogo AKBP Budi Santoso mengatakan jalan aman."))
    local kinds = {}
    for _, m in ipairs(kimput.parse("Warga Deliserdang dan Tebingtinggi berdatangan."):mentions()) do
      kinds[#kinds + 1] = m.kind
    end
    assert.same({ "place", "place" }, kinds)
    -- not with a direction last, nor a word of the language
    assert.same({}, kimput.parse("Harga batubara naik lagi."):mentions())
  end)
  it("reads a name set off after a description closed by where the person goes or comes from", function()
    assert.same({ "Suratmo", "Suratmo" }, quoted_speakers("Seorang calon penumpang yang akan pulang ke Cirebon, "
      .. 'Suratmo, mengatakan, dia memilih bus. "Harganya terjangkau," katanya.'))
    assert.same({ "Suratmo" }, quoted_speakers("Seorang penumpang tujuan Solo, Suratmo, mengaku senang."))
  end)
  it("reads a host as no honorific, and a team's age group after its name as the role's", function()
    assert.same({ "Budi Santoso", "Budi Santoso", "Budi Santoso" }, quoted_speakers("Tim tamu kalah dari "
      .. "tuan rumah Persiku U-21 di stadion kota itu. Seusai laga, pelatih Persiku U-21 Budi Santoso menyebut "
      .. 'timnya kurang tajam. Ia mengatakan, lini depan harus dibenahi. "Kami akan berlatih lagi," katanya.'))
    assert.same({ "Budi Santoso" }, quoted_speakers("Tuan Budi Santoso mengatakan pihaknya siap."))
  end)
  it("reads a quote's speaker told after it as a determiner's description, 'bernama', a name, the verb", function()
    assert.same({ "Dalia" }, quoted_speakers('"Kami mendengar tembakan," seorang wanita muda bernama Dalia, dari '
      .. "Kibbutz Nahal, mengatakan kepada radio."))
    assert.same({ "Dalia" }, quoted_speakers('"Kami mendengar tembakan," seorang warga bernama Dalia mengatakan kepada '
      .. "wartawan."))
  end)
  it("reads a name set off after a title's short form in brackets and a lower-case word, a nickname's honorific",
     function()
    assert.same({ "Budi Santoso" }, quoted_speakers('"Aksi damai," kata Koordinator Lapangan (Korlap) aksi, Budi '
      .. "Santoso."))
    assert.same({ "Budi" }, quoted_speakers('"Jalan rusak," ujar Bupati yang akrab disapa Kang Budi itu.'))
  end)
  it("reads 'bos' before a firm as its head's title", function()
    assert.same({ "Tom Walker" }, quoted_speakers('"Kami rugi," kata bos PT Maju Jaya, Tom Walker.'))
    assert.same({ "Budi Santoso" }, quoted_speakers("Bos Sinar Group Budi Santoso mengatakan laba naik."))
    assert.same({}, kimput.parse("Para bos besar hadir dalam acara itu."):mentions())
  end)
  it("reads an office's list with no comma before 'dan', two words before a place, a Shia honorific", function()
    local function named(text)
      local out = {}
      for _, m in ipairs(kimput.parse(text):mentions()) do
        if m.kind == "person" then out[#out + 1] = m.name end
      end
      return out
    end
    assert.same({ "Tono Sugiarto" }, named("Undangan dikirim kepada Menteri Koordinator Bidang Pangan, Hukum dan "
      .. "Keamanan "
      .. "Tono Sugiarto."))
    assert.same({ "Rudi Hartono" }, named("Undangan dikirim kepada Menteri Pemberdayaan Nelayan Kecil Indonesia "
      .. "Rudi Hartono."))
    assert.same({ "Budi Santoso", "Ebrahim Raisi" }, named("Presiden Budi Santoso menerima Presiden Iran, Yang Mulia "
      .. "Sayyed Ebrahim Raisi, di Istana."))
    -- a list of people after a title's comma stays people
    assert.same({ "Budi Santoso", "Ani Lestari" }, named("Menurut Kepala Dinas Kesehatan, Budi Santoso dan Ani Lestari "
      .. "mengatakan hal itu."))
  end)
  it("reads an office and its place, a dash set off by blanks, then the holder's name", function()
    assert.same({ "Rudi Hartono" }, quoted_speakers("Banjir melanda Garut sejak Senin pagi dan merendam rumah.\n\n"
      .. 'Saat itu, Bupati Garut - Rudi Hartono meninjau jalan. "Bantuan sudah dikirim," kata Bupati.'))
  end)
  it("reads a name set off after a description of up to six words after the cue", function()
    assert.same({ "Budi Santoso" }, quoted_speakers('"Kami optimistis," ujar Presiden Direktur PT Sinar Jaya, Budi '
      .. "Santoso, di Jakarta, Selasa."))
  end)
  it("takes no via from the page's own outlet, named in its dateline by its address", function()
    local q = only('TEMPO.CO, SURABAYA -- Kepala Dinas Sosial Budi Santoso menjelaskan hal itu. "Bantuan sudah '
      .. 'kami kirim," ujarnya saat dihubungi Tempo, Rabu (15/1).')
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    q = only('SUKAMAJU, WWW.KABARSUKAMAJU.COM - Banjir melanda. "Warga mengungsi," kata Budi Santoso, seperti '
      .. "dikutip www.kabarsukamaju.com, Jumat.")
    assert.same({ "Budi Santoso" }, { q.speaker, q.via })
    -- another outlet asked still relays, and a word's hyphen after a comma is no dateline's dash
    q = only('KABARKITA.CO.ID, JAKARTA -- Banjir melanda. "Itu wewenang daerah," ujar Budi Santoso saat dihubungi '
      .. "Reuters, Rabu.")
    assert.same({ "Budi Santoso", "Reuters" }, { q.speaker, q.via })
    local qs = kimput.parse("Dilansir Antara, Rusia dan Cina sama-sama menyatakan keberatan atas usul itu."):quotes()
    for _, x in ipairs(qs) do assert.not_equal("ANTARA", x.speaker) end
  end)
end)

describe("given names after a unit's word, nicknames after a lower-case address, cues that are no cue (s23)", function()
  it("reads a word only a given name is, after a unit's word whose place is left out, as the name's first", function()
    assert.same({ "Andi Pratama" }, people("Kepala Dinas Kesehatan Kota Andi Pratama meninjau puskesmas."))
    assert.same({ "Siti Rahmawati" }, people("Kepala Dinas Pendidikan Kota (Dispendik) Siti Rahmawati membuka "
      .. "lomba."))
    -- a place after the unit's word still is the place; any other word there is the place too
    assert.same({ "Andi Pratama" }, people("Kepala Dinas Kesehatan Kota Surabaya Andi Pratama meninjau puskesmas."))
    assert.same({ "Pratama" }, people("Kepala Dinas Kesehatan Kota Sukamaju Pratama meninjau puskesmas."))
  end)
  it("reads a nickname after a verb of calling and a lower-case address as the person spoken of", function()
    assert.same({ "Rina Wahyuningsih", "Rina Wahyuningsih" }, speakers("SURABAYA - Kepala Dinas Kesehatan Kota "
      .. 'Surabaya Rina Wahyuningsih meninjau puskesmas. "Stok obat aman," ujarnya.\n\nPerempuan yang biasa disapa '
      .. 'dokter Rin itu menyebut vaksin tiba besok. "Besok kami umumkan," ujarnya.'))
  end)
  it("reads a demonstrative glued to 'pun' as closing a description", function()
    assert.same({ "menurut:Budi Santoso", "berharap:Budi Santoso" }, reports("Menurut Budi Santoso, kunjungan "
      .. "itu untuk bersilaturahmi. Mantan Wali Kota Sukamaju inipun berharap warga tetap rukun."))
  end)
  it("reads no cue in a capitalised cue word ending a place's name before a demonstrative", function()
    assert.same({ "mengaku:Budi Santoso" }, reports("Budi Santoso mengaku belum bisa memberi bantuan kepada "
      .. "warga Desa Sumber Kata ini."))
    -- a capitalised cue opening the sentence still reports
    assert.same({ "kata:Budi Santoso" }, reports("Budi Santoso mengunjungi desa itu. Kata dia, bantuan tiba besok."))
  end)
  it("reads the cue before a verb of a task or an aim, which reports nothing", function()
    assert.same({ "menegaskan:Budi Santoso" }, reports("Kepala Kejaksaan Tinggi, Budi Santoso menegaskan tiap "
      .. "kantor wilayah ditarget mengungkap tiga perkara suap."))
    assert.same({}, reports("Tiap kantor diminta menjelaskan kasus itu kepada warga."))
  end)
  it("reads the capitalised words after a word naming a work's title as no person", function()
    assert.same({}, people("Poster bertajuk Haji Senang itu ramai dibagikan warga."))
    assert.same({}, people("Film berjudul Pak Guru Baik itu tayang besok."))
  end)
  it("reads an account or a site after a cue, closed by a demonstrative, as the unnamed speaker", function()
    assert.same({ "akun" }, speakers('Budi Santoso mengunjungi desa itu. "Ini foto rombongan," tulis akun itu.'))
    assert.same({ "fan page" }, speakers('Budi Santoso mengunjungi desa itu. "Ini foto rombongan," tulis fan page '
      .. "tersebut."))
    -- a person noun before it is a person spoken of
    assert.same({ "Budi Santoso" }, speakers('Budi Santoso mengunjungi desa itu. "Ini foto rombongan," tulis admin '
      .. "akun itu."))
  end)
  it("reads a name right before 'salah seorang' and a noun for a person, no comma between, as a person's", function()
    assert.same({ "Budi Santoso", "Rudi" }, speakers('Budi Santoso meninjau lokasi. "Semua aman," ujarnya.\n\n'
      .. 'Sementara Rudi salah seorang warga mengaku melihat pelaku. "Mereka lari," ujarnya.'))
    -- a place after a noun for a person stays a place
    assert.same({ "Budi Santoso", "Budi Santoso" }, speakers('Budi Santoso meninjau lokasi. "Semua aman," '
      .. 'ujarnya.\n\nWarga Cikampek salah seorang korban mengaku rugi. "Mereka lari," ujarnya.'))
  end)
  it("reads a name before an aside naming its body, the aside's closing comma left out, then a verb", function()
    assert.same({ "Budi Santoso", "Rudi" }, speakers('Budi Santoso, Sekretaris Fraksi Golkar memaparkan jadwalnya. '
      .. '"Sudah ada," katanya. Rudi, dari Fraksi Sukamaju Bersatu mempertanyakan rapat itu.\n\n"Kenapa sepi," '
      .. "sebutnya."))
    assert.same({ "Budi Santoso", "Rudi Hartono" }, speakers('Budi Santoso, Sekretaris Fraksi Golkar memaparkan '
      .. 'jadwalnya. "Sudah ada," katanya. Rudi Hartono, anggota Fraksi Sukamaju mempertanyakan rapat itu.\n\n'
      .. '"Kenapa sepi," sebutnya.'))
  end)
  it("reads a time with its figures before a cue set off by commas as no clause: the words go on after", function()
    local q = kimput.parse("Sekitar pukul 10.30 WIB, kata Budi Santoso, polisi tiba di lokasi."):quotes()[1]
    assert.same({ "Budi Santoso", "kata" }, { q.speaker, q.cue })
    assert.truthy(q.text:find("polisi tiba di lokasi", 1, true))
  end)
end)

describe("names after a body's acronym in a cue's place, descriptions and nouns on fresh pages (s24)", function()
  it("reads one word after a title and a body's acronym, right after a cue, as the speaker's name", function()
    assert.same({ "Sutrisno" }, speakers('Laba naik tahun ini. "Target tercapai," ujar Dirut PT KBN Sutrisno saat '
      .. "ditemui di kantornya."))
    assert.same({ "Sutrisno" }, speakers("Demikian disampaikan Direktur BPR Sutrisno di Semarang, "
      .. 'Senin (3/4).\n\n"Kredit tumbuh," ujarnya.'))
    -- with no cue before it the word stays the body's ("Direktur PDAM Tirta")
    assert.same({ "nil" }, people("Direktur PDAM Tirta meninjau instalasi air."))
  end)
end)

describe("comments posted under a post as cues (s24)", function()
  it("reads 'komentar' and 'komen' after the words as the cue of whoever posted them", function()
    assert.same({ "@rina_wati", "warganet" }, speakers('Unggahan Budi Santoso itu ramai ditanggapi.\n\n"Setuju '
      .. 'sekali, Pak," komentar @rina_wati.\n\n"Semoga cepat selesai," komen seorang warganet.'))
    -- the noun elsewhere reports nothing
    assert.same({}, speakers("Kolom komentar unggahan itu penuh pujian. Komentar Budi soal jalan rusak juga viral."))
  end)
end)

describe("a capitalised noun opening a clause after a comma (s24)", function()
  it("reads a capitalised word with a demonstrative and a verb after a name's comma as no name", function()
    assert.same({ "Siti Rahma" }, speakers('Bagi kapten tim Siti Rahma, Kemenangan itu hasil latihan '
      .. 'panjang. "Kami bangga," ujarnya.'))
    assert.same({ "Siti Rahma" }, people("Kapten tim Siti Rahma, Kekalahan ini tidak boleh terulang."))
    -- a name after the comma stays the holder's
    assert.same({ "Budi Santoso" }, people("Kapolres Garut, Budi Santoso mengatakan jalan aman."))
  end)
end)

describe("copulas in a title's case, and whom the words themselves name (s24)", function()
  it("reads a copula in title case as no word of a name", function()
    assert.same({ "Joko Widodo" }, people("Film Jokowi Adalah Sahabat tayang pekan depan di bioskop."))
  end)
  it("never gives a pronoun's report to the person the report itself names", function()
    assert.same({ "berharap:nil" }, reports("Pemeran utama film ini mengatakan, film Jokowi Adalah Sahabat selesai "
      .. "digarap. Dia pun berharap Jokowi sempat menonton pemutaran perdana."))
    -- one a cue inside the words names speaks them
    assert.same({ "berharap:Budi Santoso" }, reports("Budi Santoso meninjau gudang. Ia berharap, kata Budi "
      .. "Santoso, stok cukup."))
  end)
  it("gives words addressing a person after a form of address to nobody when nobody else spoke", function()
    assert.same({ "nil" }, speakers("Pemeran utama film ini mengatakan, film Jokowi Adalah Sahabat selesai "
      .. 'digarap.\n\n"Saya ingin sekali berfoto dengan Pak Jokowi," ujar pemeran utama film ini.'))
  end)
end)

describe("whom an opening of likeness compares, and speakers loath to speak (s24)", function()
  it("reads a name before a word of will and a reporting verb as a person's", function()
    assert.same({ "Hendra Wijaya" }, people("Hendra Wijaya juga enggan menanggapi putusan itu."))
    assert.same({ "Hendra Wijaya" }, people("Hendra Wijaya tidak bersedia menjelaskan isi rapat."))
  end)
  it("reads the person an opening 'Senada dengan X,' names as no topic of the sentence", function()
    assert.same({ "mengatakan:Hendra Wijaya" }, reports("Budi Santoso menolak berkomentar. Senada dengan Budi, "
      .. "Hendra Wijaya juga enggan menanggapi putusan itu. Ia minta semua pihak menunggu dan mengatakan akan "
      .. "menjelaskan sikapnya lusa."))
    assert.same({ "Hendra Wijaya" }, speakers("Budi Santoso menolak berkomentar. Berbeda dengan Budi, Hendra "
      .. 'Wijaya mau menjelaskan isi rapat. "Semua sudah sepakat," katanya.'))
  end)
end)

describe("a noun of sex with a relative clause after the cue (s24)", function()
  it("reads 'kata perempuan yang …' as whom the sentences before are about, not a name in its clause", function()
    assert.same({ "Rina Lestari" }, speakers("Artis Rina Lestari tampak bingung. Tapi, Rina memuji kepala desa "
      .. 'karena Jokowi bersikap sederhana. "Dia apa adanya," kata perempuan yang baru menikah dengan Budi Santoso, '
      .. "putra pengusaha Joko Susilo, bulan depan."))
    -- the stock clause of an unnamed source is someone new
    assert.same({ "wanita" }, speakers('Artis Rina Lestari tampak bingung. "Dia apa adanya," kata wanita yang enggan '
      .. "disebut namanya."))
  end)
end)

describe("a quote with no cue after a sentence another person opens (s24)", function()
  it("gives the words to the person the sentence right before opens with, in the quote's paragraph", function()
    assert.same({ "Rudi Hartono", "Budi Santoso" }, speakers('"Kami akan banding," ujar Rudi Hartono usai sidang.'
      .. '\n\nSementara Budi Santoso (40) belum menentukan sikap. "Kami pikir-pikir dulu."'))
    -- a new paragraph of words goes on with the speaker before
    assert.same({ "Rudi Hartono", "Rudi Hartono" }, speakers('"Kami akan banding," ujar Rudi Hartono usai sidang.'
      .. ' Sementara Budi Santoso (40) belum menentukan sikap.\n\n"Kami tetap menghormati hakim."'))
  end)
end)

describe("a unit named by a pair of words joined by 'dan' (s24)", function()
  it("reads one word, 'dan' and a word before a name of two words as the unit's name", function()
    assert.same({ "Vedya Kuncoro" }, people("Kepala Bagian Sarana dan Prasarana Vedya Kuncoro membuka sampul."))
    -- two holders, each titled, stay two
    assert.same({ "Budi", "Rudi Hartono" }, people("Kapolres Garut Budi dan Wakapolres Rudi Hartono hadir."))
  end)
end)

describe("a school's name after its acronym, the head named after a comma (s24)", function()
  it("reads the words after a body's acronym, a comma and an honorific opening a name, as the body's", function()
    assert.same({ "Sukardi" }, speakers('"Semua lancar," ujar Kepala SMPN Sukamaju Raya, Drs Sukardi M.Pd.'))
    -- a day after the comma says when
    assert.same({ "Firli Bahuri" }, people("Ketua KPK Firli Bahuri, Rabu (3/4), mengatakan kasus itu naik."))
  end)
end)

describe("a plural description after a cue (s24)", function()
  it("reads a plural by reduplication as many unnamed sources, never one person met before", function()
    assert.same({ "menegaskan:Budi Santoso", "menurut:sumber-sumber" }, reports("Budi Santoso menegaskan kabar "
      .. "itu keliru. Menurut sumber-sumber yang mengetahui rencana tersebut, kunjungan itu batal."))
  end)
end)

describe("a school's roman numeral in a description (s24)", function()
  it("reads a body's name ending with a unit's roman numeral before a demonstrative as no person", function()
    assert.same({ "Budi Santoso", "Budi Santoso" }, speakers('Kepala sekolah Budi Santoso memantau ujian. "Semua '
      .. 'siap," katanya. Mantan Kepsek SMP Bhakti XII-2 ini juga mengaku siswa siap. "Kami bangga," ujarnya.'))
    -- a king's regnal number stays his name's
    assert.same({ "Charles III" }, people("Raja Charles III itu menyapa warga."))
  end)
end)

describe("aims of a plan, recaps with a manner, and statements confirmed (s24)", function()
  it("reads a cue verb after 'untuk', the aim of a plan, as no cue: the cue before it reports", function()
    assert.same({ "mengaku:Budi Santoso" }, reports("Budi Santoso mengaku akan segera bicara untuk menanggapi semua "
      .. "tudingan itu."))
    assert.same({}, reports("Pertemuan itu akan dipakai Budi Santoso untuk menyampaikan terima kasih kepada "
      .. "warga."))
  end)
  it("reads 'hal itu' with the manner it was said in as a recap, no words", function()
    assert.same({ "mengklaim:Budi Santoso" }, reports("Budi Santoso mengklaim menang. Budi Santoso mengatakan hal "
      .. "itu dengan suara lantang di depan pendukungnya."))
  end)
  it("reads a statement confirmed or answered, a noun and nothing after it, as no words", function()
    assert.same({}, reports("Rudi Hartono membenarkan pernyataan pihak kementerian."))
    assert.same({}, reports("Rudi Hartono menanggapi pernyataan pihak kementerian."))
    assert.same({ "membenarkan:Rudi Hartono" }, reports("Rudi Hartono membenarkan bahwa Presiden tidak mengirim "
      .. "utusan."))
  end)
end)

describe("a bond's holder set off after the person the bond is to (s24)", function()
  it("reads the name after 'Kuasa hukum X,' as whom the next pronoun means", function()
    assert.same({ "mengaku:Rina Marlina", "menyebut:Rina Marlina" }, reports("Hakim mengadili RK (16), terdakwa "
      .. "anak.\nPihak RK Tak Datang\nMenanggapi jadwal itu, Kuasa hukum RK, Rina Marlina, mengaku terkejut. Dia "
      .. "menyebut berkas banding baru dikirim."))
  end)
end)

describe("the one asked, spoken negations, and 'menurut X' opening the words after a long adjunct (s24)", function()
  it("never gives a question to the person asked after 'kepada'", function()
    assert.same({ "wartawan" }, speakers("Dikejar wartawan, Budi masuk mobil\n\n"
      .. '"Pak, sudah ada nama wamen?" tanya wartawan kepada Budi saat ia keluar.'))
  end)
  it("reads a spoken negation before a verb of saying as speech denied", function()
    assert.same({}, reports("Wakil Presiden Budi Santoso tertawa mendengar pertanyaan itu. Ia enggak berkomentar "
      .. "soal rencana itu."))
    assert.same({ "mengatakan:Rina Wati" }, reports("Presenter Rina Wati mengatakan acara itu seru. Ia nggak "
      .. "menjelaskan alasan kenaikan harga itu."))
  end)
  it("reads the words after 'menurut X' when a clause goes on right after the name", function()
    local q = kimput.parse("Dilansir dari kanal Budi pada Kamis (3/4/2025), menurut Rudi Hartono rencana itu "
      .. "terlalu mahal."):quotes()[1]
    assert.same({ "Rudi Hartono", "rencana itu terlalu mahal." }, { q.speaker, q.text })
    -- a closing 'menurut' with words of when after the name still reports what stood before
    q = kimput.parse("Harga beras naik tajam pekan ini, menurut Kepala BPS Budi Santoso saat ditemui."):quotes()[1]
    assert.same({ "Budi Santoso", "Harga beras naik tajam pekan ini" }, { q.speaker, q.text })
  end)
end)

describe("those who speak for someone (s24)", function()
  it("reads 'manajemen', 'manajer', 'keluarga' or 'kubu' before a name after the cue as the unnamed group", function()
    assert.same({ "manajemen Rina Wati" }, speakers('Budi Santoso hadir. "Kami siap," ungkap manajemen Rina Wati, '
      .. "Senin (9/2)."))
    assert.same({ "keluarga Budi Santoso" }, speakers('"Kami berduka," kata keluarga Budi Santoso.'))
    -- named after a comma, the manager is the one named
    assert.same({ "Dodi Hartono" }, speakers('"Kami siap," kata manajer Rina Wati, Dodi Hartono.'))
  end)
end)

describe("a topic commented on (s24)", function()
  it("reads a verb of commenting and a preposition of its topic as no words, its subject speaking on", function()
    assert.same({}, reports("Rina Wati berkomentar soal hobi baru putrinya saat ditemui di Jakarta."))
    assert.same({ "Rina Wati" }, speakers('Rina Wati berkomentar soal hobi baru putrinya. "Dia bisa sendiri," '
      .. "katanya."))
    assert.same({ "berkomentar:Rina Wati" }, reports("Rina Wati berkomentar, konser itu sukses."))
  end)
end)

describe("a relative described with no name of its own (s24)", function()
  it("reads a noun of kin before a noun for a person opening the clause as the unnamed relative", function()
    assert.same({ "Istri korban" }, speakers("Budi Santoso tewas. Istri korban mengatakan suaminya belum pulang. "
      .. '"Dia pamit kerja," katanya.'))
  end)
  it("never gives a relative's report to the one the relative is of, nobody met before", function()
    assert.same({}, reports("Bekas istri siri haji Budi Santoso itu mengaku kini lebih tenang."))
    assert.same({}, reports("Bekas istri Ustaz Budi Santoso itu mengaku kini lebih tenang."))
  end)
end)

describe("a name with its role set off after it, a title opening the role (s24)", function()
  it("reads a name before a comma and a role a title opens as a person, the role naming no one", function()
    assert.same({ "Rudi Tanoto" }, people("Rudi Tanoto, founder dan CEO PT Sinar Data Nusantara, pun setuju dengan hal "
      .. "itu."))
    assert.same({ "Rudi Tanoto" }, speakers("Rudi Tanoto, pendiri PT Sinar Data Nusantara, pun setuju dengan hal itu. "
      .. '"Kota kami tertinggal," papar Rudi.'))
    -- the firm's name of two words after its legal form keeps the holder after it
    assert.same({ "Budi Santoso" }, people("Direktur Utama PT Maju Budi Santoso mengatakan laba naik."))
  end)
end)

describe("two names joined by 'dan' sharing what is said of the second (s24)", function()
  it("reads the first of two names joined by 'dan' as a person when the second is one", function()
    assert.same({ "Maya Wati" }, speakers("Maya Wati dan Lexi Nurani, pendiri aplikasi sosial baru, bertemu di "
      .. 'Jakarta. "Kami cocok," kata Wati.'))
    assert.same({ "Budi Santoso", "Rina Wati" }, people("Budi Santoso dan Rina Wati mengatakan rapat batal."))
  end)
end)

describe("a team's name of two words told alone before (s24)", function()
  it("reads two words after a coach's title, told alone before, as the team's, the words after as the name", function()
    assert.same({ "Dodi Kurniawan" }, speakers("Baik Tunas Jaya maupun Putra Bahari tampil bagus. Putra Bahari dan "
      .. "Tunas Jaya sempat buntu.\n\nPelatih Putra Bahari Dodi Kurniawan senang. \"Kami puas,\" papar Dodi."))
  end)
end)

describe("an honorific named as a name, and a name before whom it was told to (s24)", function()
  it("reads a title word named after 'bernama', and alone later, as a person's name of one word", function()
    assert.same({ "Haji", "Haji" }, speakers('Saksi mata bernama Haji mengaku mencium bau asap. "Api dari atas," '
      .. 'kata Haji kepada wartawan. "Kami panik," ujar Haji.'))
    -- a title alone otherwise stays its holder's
    assert.same({ "Joko Widodo" }, speakers('Presiden Joko Widodo hadir. "Kita siap," kata Presiden.'))
  end)
  it("reads one word of a name after a description's comma, to whom it was told right after it, as the name", function()
    assert.same({ "Rusdi" }, speakers('"Lapak kami terbakar," ujar salah seorang pedagang, Rusdi kepada wartawan, '
      .. "Selasa (13/8/2024)."))
  end)
end)

describe("a cue inside a clause a subordinator opens (s24)", function()
  local function texts(text)
    local out = {}
    for _, q in ipairs(kimput.parse(text):quotes()) do
      if q.kind == "indirect" then out[#out + 1] = q.cue .. ":" .. q.speaker .. ":" .. q.text end
    end
    return out
  end
  it("reads a cue after 'setelah' and its own subject as inside the words the clause's first cue reports", function()
    assert.same({ "mengatakan:Budi Santoso:rapat itu batal setelah Rudi Hartono menyatakan mundur." },
      texts("Budi Santoso mengatakan rapat itu batal setelah Rudi Hartono menyatakan mundur."))
    assert.same({ "mengaku:Rina Wati:tetap bahagia meski sang pelatih mengaku tidak puas dengan hasilnya." },
      texts("Rina Wati mengaku tetap bahagia meski sang pelatih mengaku tidak puas dengan hasilnya."))
    -- the clause set off before the main one keeps the main cue
    assert.same({ "mengatakan:Budi Santoso:rapat batal." },
      texts("Setelah Rudi Hartono menyatakan mundur, Budi Santoso mengatakan rapat batal."))
  end)
end)
