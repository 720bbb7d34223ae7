-- doc:events(): correspondence and contact events (csrc/events.c with the
-- lexicon rules/events.lua), on invented sentences in the style of
-- Indonesian news.
local kimput = require "kimput"

kimput.entities.add{ name = "Ahmad Subianto", kind = "person", aliases = { "Subianto" }, country = "Indonesia",
  titles = { "Presiden" } }
kimput.entities.add{ name = "Lee Min Ho", kind = "person", aliases = { "Lee" }, country = "Korea Selatan",
  titles = { "Presiden" } }
kimput.entities.add{ name = "Siti Rahma", kind = "person", aliases = { "Rahma" }, titles = { "Menlu" } }
kimput.entities.add{ name = "Joko Prasetyo", kind = "person", aliases = { "Prasetyo" }, titles = { "Gubernur" } }
kimput.entities.add{ name = "Maria Kowalska", kind = "person", aliases = { "Kowalska" }, titles = { "Presiden" } }
kimput.entities.add{ name = "Tanaka Hiroshi", kind = "person", aliases = { "Tanaka" }, titles = { "PM" } }
kimput.entities.add{ name = "Tarek bin Khalid Al Busaidi", kind = "person", aliases = { "Tarek", "Raja Tarek" },
  titles = { "Raja" } }

local read = require "fixtures.events"
local events, one = read.events, read.one

-- the reply among the events of text: the event sent by sender (a reply to a named letter tells
-- that letter too)
local function reply(text, sender)
  local ev = events(text)
  assert.equal(2, #ev, "expected the reply and the letter it answers, got " .. #ev)
  for _, e in ipairs(ev) do if e.sender == sender then return e end end
  error("no event sent by " .. sender)
end

describe("doc:events()", function()
  it("reads a reply posted on the subject's own account (akun Facebooknya) as the subject's", function()
    local ev = events("Menlu Siti Rahma mengirim surat kepada Presiden Lee Min Ho. Presiden Lee dalam akun "
      .. "Facebooknya membalas pesan tersebut dengan menyatakan terima kasih.")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "Siti Rahma" }, { ev[2].sender, ev[2].recipient })
  end)

  it("reads a message received, told inside the letter just told, as the other's, undated", function()
    for _, second in ipairs({
      "Dalam surat tersebut, Lee menyatakan telah menerima ucapan selamat dari Siti Rahma.",
      "Dalam surat itu, Lee berterima kasih kepada Siti Rahma atas ucapan selamatnya.",
    }) do
      local ev = events("Presiden Lee Min Ho mengirim surat balasan kepada Menlu Siti Rahma pada Senin (17/6). "
        .. second)
      assert.equal(2, #ev)
      assert.same({ "letter", "Lee Min Ho", "Siti Rahma", "2024-06-17" },
        { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
      assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
      assert.is_nil(ev[2].date)
    end
  end)

  it("reads the letter or message past how it was received or sent", function()
    for _, case in ipairs({
      { "Presiden Lee Min Ho menerima dengan gembira ucapan selamat dari Menlu Siti Rahma.", "message" },
      { "Presiden Lee Min Ho mengatakan telah menerima dengan senang hati surat dari Menlu Siti Rahma.", "letter" },
      { "Presiden Lee Min Ho menerima dengan hangat ucapan selamat yang tulus dari Menlu Siti Rahma.", "message" },
      -- (the verb of saying before the one of receiving, adverbs between or none, is the same subject's)
      { "Kantor berita itu melaporkan bahwa Presiden Lee Min Ho menyatakan telah menerima ucapan selamat dari "
        .. "Menlu Siti Rahma.", "message" },
      { "Media pemerintah itu mengabarkan bahwa Presiden Lee Min Ho mengaku menerima surat dari Menlu Siti Rahma.",
        "letter" },
    }) do
      local e = one(case[1])
      assert.same({ case[2], "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
  end)

  it("reads the one met named after mitranya, with or without a comma", function()
    for _, text in ipairs({
      "Menlu Siti Rahma akan bertemu mitranya, Lee Min Ho, di Seoul pekan depan.",
      "Menlu Siti Rahma bertemu koleganya Lee Min Ho di Seoul, Rabu (19/6).",
    }) do
      local e = one(text)
      assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
    assert.is_true(one("Menlu Siti Rahma akan bertemu mitranya, Lee Min Ho, di Seoul pekan depan.").planned)
    -- and where the one met is from, before the name (a full stop or a comma after it)
    for _, text in ipairs({
      "Menlu Siti Rahma bertemu mitranya dari Korea Selatan, Lee Min Ho. Pertemuan itu berlangsung di Seoul.",
      "Menlu Siti Rahma menelepon mitranya dari Korea Selatan, Lee Min Ho, Senin (17/6).",
      "Menlu Siti Rahma mengirim surat kepada rekan sejawatnya dari Korea Selatan, Lee Min Ho.",
    }) do
      local e = one(text)
      assert.same({ "Siti Rahma", "Lee Min Ho" }, { e.sender, e.recipient }, text)
    end
  end)
  it("leaves the date of an appointment congratulated on to the appointment", function()
    local e = one("Menlu Siti Rahma menelepon Lee Min Ho untuk mengucapkan selamat atas penunjukannya pekan lalu.")
    assert.same({ "call", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
  end)
  it("reads a call at the home of someone no list holds", function()
    for _, text in ipairs({
      "Menlu Siti Rahma bertandang ke kediaman Wulan Purnamasari di Menteng, Rabu (19/6).",
      "Menlu Siti Rahma bertandang ke rumah Wulan Purnamasari di Menteng, Rabu (19/6).",
    }) do
      local e = one(text)
      assert.same({ "meeting", "Siti Rahma", "Wulan Purnamasari", "2024-06-19" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("tells no event where the text only talks of one (kemungkinan, wacana)", function()
    local text = "Menlu Siti Rahma bertemu Lee Min Ho di Seoul, Rabu (19/6). " ..
      "Juru bicara menolak berkomentar soal kemungkinan pertemuan puncak kedua pemimpin tahun ini."
    assert.equal(1, #events(text))
    assert.equal(0, #events("Wacana pertemuan Presiden Ahmad Subianto dan Presiden Lee Min Ho kembali mencuat."))
  end)
  it("reads a meeting of two names no list holds, past akan", function()
    local e = one("Dewi Anggraini akan bertemu Tomas Rivera di Manila pekan depan.")
    assert.same({ "meeting", "Dewi Anggraini", "Tomas Rivera" }, { e.type, e.sender, e.recipient })
  end)
  it("reads X mengirimkan surat ucapan selamat kepada Y", function()
    local e = one("Presiden Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.equal("Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho",
      ("Presiden Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho."):sub(
        e.evidence[1], e.evidence[2]))
  end)

  it("reads the signer of a letter as its sender, and a signed paper of office as no letter", function()
    local e = one("Surat yang ditandatangani Lee itu dikirim kepada Subianto pada Senin.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- and addressed ("ditujukan") to the one after kepada; a paper that is no letter is none
    for _, text in ipairs({ "Surat yang ditandatangani Lee itu ditujukan kepada Subianto.",
                            "Surat Lee itu ditujukan kepada Subianto." }) do
      e = one(text)
      assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient }, text)
    end
    assert.same({}, events("Kritik itu ditujukan kepada Subianto oleh Lee."))
    -- the noun stands past a relative clause of its addressee: "Surat yang ditujukan kepada Y itu dikirim X"
    e = one("Surat yang ditujukan kepada Subianto itu dikirim Lee pada Senin.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Laporan yang ditujukan kepada Subianto itu disampaikan Lee."))
    -- the signer and the addressee in two passive clauses joined by "dan", either way round
    for _, text in ipairs({ "Surat itu ditujukan kepada Subianto dan ditandatangani Lee.",
                            "Surat itu ditandatangani oleh Presiden Lee Min Ho dan ditujukan kepada Subianto.",
                            "Surat itu ditulis Lee dan dikirim kepada Subianto." }) do
      e = one(text)
      assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient }, text)
    end
    assert.equal("2024-06-17", one("Surat itu ditujukan kepada Subianto dan ditandatangani Lee pada Senin "
      .. "(17/6/2024).").date)
    -- not a paper that is no letter, nor one who conveyed it (a courier)
    assert.same({}, events("Laporan itu ditujukan kepada Subianto dan ditandatangani Lee."))
    assert.same({}, events("Surat itu ditujukan kepada Subianto dan disampaikan oleh Kowalska."))
    e = one("Kowalska menandatangani surat untuk Tanaka.")
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Subianto menandatangani surat perjanjian dengan Lee di Seoul."))
    assert.same({}, events("Prasetyo meneken surat pernyataan kepada Subianto."))
  end)

  it("takes a name of two words no lexicon knows after ditelepon or disambut as a party", function()
    local e = one("Subianto ditelepon Hamid Rasyad Karimi pada Senin.")
    assert.same({ "call", "Hamid Rasyad Karimi", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads X mengirim pesan ke Y as a message", function()
    local e = one("Subianto mengirim pesan ke Lee pada Senin.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- posted for someone on social media; a photo posted is none
    e = one("PM Tanaka Hiroshi mengunggah ucapan selamat untuk Presiden Ahmad Subianto di media sosial.")
    assert.same({ "message", "Tanaka Hiroshi", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("PM Tanaka Hiroshi mengunggah foto bersama Presiden Ahmad Subianto di media sosial."))
  end)

  it("reads surat X untuk Y and surat dari X untuk Y", function()
    local e = one("Isi surat Lee untuk Subianto belum diketahui.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Rahma menyerahkan 'surat pribadi' dari Lee untuk Presiden Subianto.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { e.sender, e.recipient })
  end)

  it("takes organisations as parties: a ministry's note to an embassy", function()
    local e = one("Kementerian Pangan mengirimkan nota diplomatik kepada Kedutaan Besar Norwegia, Selasa (18/6/2024).")
    assert.same({ "letter", "Kementerian Pangan", "Kedutaan Besar Norwegia", "2024-06-18" },
      { e.type, e.sender, e.recipient, e.date })
    -- a note of protest
    e = one("Kementerian Pangan mengirim nota protes kepada Kedutaan Besar Norwegia.")
    assert.same({ "letter", "Kementerian Pangan", "Kedutaan Besar Norwegia" }, { e.type, e.sender, e.recipient })
  end)

  it("a video call is a call; a handshake a meeting", function()
    local e = one("Subianto menggelar panggilan video dengan Lee untuk membahas perdagangan.")
    assert.same({ "call", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska dan Tanaka berjabat tangan sebelum makan malam.")
    assert.equal("meeting", e.type)
  end)

  it("a meal together is a meeting; a meal alone none", function()
    local e = one("Subianto makan siang bersama Lee di istana.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Subianto makan siang di warung sebelum bertolak."))
  end)

  it("takes no date from a year that names something (Pemilu 2024), but a year of time is one", function()
    local e = one("Presiden Lee Min Ho mengirim surat ucapan selamat kepada Presiden Ahmad Subianto atas "
      .. "kemenangannya dalam Pemilu 2024.")
    assert.is_nil(e.date)
    e = one("Pada 2023, Presiden Ahmad Subianto mengirim surat kepada Presiden Lee Min Ho.")
    assert.equal("2023", e.date)
    e = one("Presiden Ahmad Subianto mengirim surat kepada Presiden Lee Min Ho pada tahun 2022.")
    assert.equal("2022", e.date)
  end)
  it("an undated event takes the date of the event before only when they share a party", function()
    local ev = events("Subianto bertemu Lee di Seoul pada Senin (17/6/2024). Subianto juga menelepon Tanaka.")
    assert.same({ "2024-06-17", "2024-06-17" }, { ev[1].date, ev[2].date })
    ev = events("Subianto bertemu Lee di Seoul pada Senin (17/6/2024). Kowalska menelepon Tanaka.")
    assert.equal(2, #ev)
    assert.same({ "2024-06-17" }, { ev[1].date, ev[2].date })  -- the call has no date
  end)

  it("reads Y menerima surat dari X", function()
    local e = one("Presiden Lee Min Ho menerima surat dari Subianto.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("reads X membalas surat Y and Sebagai balasannya, X juga mengirim surat kepada Y", function()
    local ev = events("Lee mengirim surat kepada Subianto. "
      .. "Sebagai balasannya, Subianto juga mengirim surat kepada Lee.")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { ev[2].sender, ev[2].recipient })
    local e = reply("Subianto membalas surat Lee dua hari kemudian.", "Ahmad Subianto")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = reply("Subianto membalas surat dari Presiden Lee Min Ho pada Jumat.", "Ahmad Subianto")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("reads X dan Y bertukar surat as two letters", function()
    local ev = events("Subianto dan Lee bertukar surat menjelang KTT.")
    assert.equal(2, #ev)
    assert.equal("letter", ev[1].type)
    assert.equal(ev[1].sender, ev[2].recipient)
  end)

  it("reads calls and meetings", function()
    local e = one("Subianto menelepon Presiden Lee Min Ho untuk membahas perdagangan.")
    assert.same({ "call", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Menlu Siti Rahma bertemu dengan Lee di Seoul.")
    assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Saat bertemu Lee di Istana, Subianto menyerahkan cendera mata.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Subianto dan Lee terakhir bertemu di Jakarta pada Oktober 2023.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho", "2023-10" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("resolves pronouns and descriptions to the person meant", function()
    local e = one("Presiden Lee Min Ho tiba di Jakarta. Dia mengirimkan surat kepada Subianto.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { e.sender, e.recipient })
  end)

  it("merges a second mention of the same letter, a message becoming the letter", function()
    local ev = events("Subianto mengirimkan ucapan selamat kepada Lee saat Korea Selatan memperingati "
      .. "Hari Kemerdekaan. "
      .. "Dalam suratnya kepada Lee, Subianto memuji kerja sama kedua negara.")
    assert.equal(1, #ev)
    assert.equal("letter", ev[1].type)
    assert.equal("Hari Kemerdekaan", ev[1].occasion)
    assert.equal(2, #ev[1].mentions)
  end)

  it("takes the occasion from a following sentence that refers back", function()
    local e = one("Lee mengirimkan surat kepada Subianto. Surat ini dikirimkan untuk memperingati Hari Kemerdekaan.")
    assert.equal("Hari Kemerdekaan", e.occasion)
  end)

  it("leaves out the date of a citation clause, a domain in it included", function()
    local ev = kimput.parse("Dikutip dari laman korea.co.uk, Rabu, 10 Mei 2023, Lee mengirim surat kepada Subianto "
      .. "pada 8 Mei.", { published = "2023-05-10" }):events()
    assert.equal("2023-05-08", ev[1].date)
  end)

  it("prefers the occasion's date to a bare year told about the occasion", function()
    local ev = kimput.parse("Lee mengirim surat kepada Subianto pada peringatan Hari Kemerdekaan, yang dirayakan "
      .. "sejak 1945.", { published = "2023-08-20" }):events()
    assert.equal("Hari Kemerdekaan", ev[1].occasion)
    assert.equal("2023-08-17", ev[1].date)
  end)

  it("dates a greeting for a named day by the day just past, never by one still ahead", function()
    local function date(published, occasion)
      return kimput.parse("Presiden Lee Min Ho mengirimkan pesan " .. occasion .. " kepada Presiden Prabowo Subianto.",
        { published = published }):events()[1].date
    end
    -- (a greeting for the coming 1 January was sent before it: the day is not told)
    assert.is_nil(date("2024-12-30", "Tahun Baru"))
    assert.equal("2024-01-01", date("2024-01-03", "Tahun Baru"))  -- the one just past
    assert.equal("2024-01-01", date("2024-11-20", "Tahun Baru"))  -- (more than a month ahead: this year's)
    assert.equal("2024-08-17", date("2024-12-30", "Hari Kemerdekaan"))
    assert.is_nil(date("2024-08-10", "Hari Kemerdekaan"))  -- a week before the day: sent before it
    assert.equal("2024-08-17", date("2024-08-17", "Hari Kemerdekaan"))  -- on the day
  end)

  it("does not take the date of the occasion (a coronation, a birthday, a quake) for the event's", function()
    local e = one("Presiden Ahmad Subianto mengucapkan selamat kepada Raja Charles III atas penobatannya yang digelar "
      .. "pada 6 Mei 2023.")
    assert.same({ "message", "penobatan" }, { e.type, e.occasion })
    assert.is_nil(e.date)
    e = one("Presiden Ahmad Subianto menerima ucapan selamat dari PM Tanaka Hiroshi atas kelancaran pemilu pada "
      .. "14 Februari.")
    assert.same({ "message", "Tanaka Hiroshi" }, { e.type, e.sender })
    assert.is_nil(e.date)
    e = one("Subianto mengirim ucapan selamat ulang tahun ke-70 kepada Presiden Lee Min Ho yang jatuh pada 15 Juni.")
    assert.is_nil(e.date)
    e = one("Subianto menyampaikan duka cita kepada PM Tanaka Hiroshi atas gempa yang mengguncang Noto pada 1 Januari "
      .. "2024.")
    assert.same({ "gempa" }, { e.occasion })
    assert.is_nil(e.date)
    e = one("Subianto mengucapkan selamat kepada Lee atas terpilihnya sebagai Presiden Korea Selatan periode "
      .. "2025-2030.")
    assert.is_nil(e.date)
    -- the day the letter was sent, told after, dates it
    e = one("Presiden Ahmad Subianto mengirim surat ucapan selamat kepada Raja Harald atas penobatannya pada 5 Mei "
      .. "2024. Surat itu dikirim Senin (17/6).")
    assert.equal("2024-06-17", e.date)
    -- set off by a comma, the date is the event's; a named day's own date stands
    e = one("Subianto mengucapkan selamat kepada Lee atas kemenangannya dalam pemilu, Senin (17/6).")
    assert.equal("2024-06-17", e.date)
    e = one("Subianto mengirim surat kepada Lee. Surat ini dikirim untuk memperingati Hari Pembebasan Korea yang "
      .. "jatuh pada 15 Agustus.")
    assert.equal("2024-08-15", e.date)
  end)

  it("does not report speeches or congratulations in a speech", function()
    assert.same({}, events("Subianto menyampaikan terima kasih dalam pidatonya untuk para pejabat Korea Selatan."))
    assert.same({}, events("Pidato Subianto disampaikan dalam rangka mengucapkan selamat kepada Seoul."))
    assert.same({}, events("Dalam pidatonya, Subianto mengucapkan selamat kepada Lee."))
  end)

  it("ignores a letter without two known parties, or to oneself", function()
    assert.same({}, events("Surat itu dikirim kemarin."))
    assert.same({}, events("Subianto mengirim surat kepada Subianto."))
  end)

  it("copes with empty and odd input", function()
    assert.same({}, events(""))
    assert.same({}, events(("surat kepada "):rep(5000)))
    assert.same({}, kimput.parse("Lee\0 mengirim\0surat", {}):events())
  end)
end)

describe("doc:events() verb families", function()
  it("reads letters: menyurati, menulis surat, surat balasan, kartu ucapan, telegram", function()
    local e = one("Presiden Maria Kowalska menyurati Subianto pekan lalu.")
    assert.same({ "letter", "Maria Kowalska", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Tanaka menulis surat kepada Kowalska tentang kerja sama energi.")
    assert.same({ "letter", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska mengirimkan surat balasan kepada Tanaka.")
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Prasetyo mengirim kartu ucapan kepada Rahma.")
    assert.same({ "letter", "Joko Prasetyo", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    e = one("Lee mengirimkan telegram kepada Kowalska.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Tanaka mengirimkan kawat ucapan selamat kepada Subianto.")
    assert.same({ "letter", "Tanaka Hiroshi", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- a wire is no letter
    assert.same({}, events("Lee memasang kawat pagar kepada Kowalska."))
  end)

  it("reads messages: ucapan selamat, belasungkawa, duka cita, menyampaikan ucapan", function()
    local e = one("PM Tanaka Hiroshi memberi selamat kepada Kowalska atas kemenangannya.")
    assert.same({ "message", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska menyampaikan belasungkawa kepada Tanaka atas gempa bumi di negaranya.")
    assert.same({ "message", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Subianto mengirimkan ucapan duka cita kepada Lee.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Rahma menyampaikan ucapan selamat kepada Prasetyo.")
    assert.same({ "message", "Siti Rahma", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    -- the medium after pesan is no sender
    e = one("Kowalska mengirim pesan WhatsApp kepada Tanaka pada Senin.")
    assert.same({ "message", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Prasetyo mengirim SMS kepada Rahma.")
    assert.same({ "message", "Joko Prasetyo", "Siti Rahma" }, { e.type, e.sender, e.recipient })
  end)

  it("sends no condolence to the dead: 'kepada keluarga almarhum X' names no addressee", function()
    assert.same({}, events("Subianto mengirimkan karangan bunga dukacita kepada keluarga almarhum Lee Min Ho."))
    assert.same({}, events("Rahma menyampaikan belasungkawa kepada keluarga mendiang Presiden Lee Min Ho."))
    -- a letter written by one who has since died is still his
    local e = one("Surat dari mendiang Presiden Lee Min Ho kepada Subianto dipamerkan di museum.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads calls: menelepon, sambungan telepon, pembicaraan lewat telepon", function()
    local e = one("Kowalska menelepon Tanaka pada Selasa (18/6/2024).")
    assert.same({ "call", "Maria Kowalska", "Tanaka Hiroshi", "2024-06-18" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Subianto berbicara lewat telepon dengan Lee selama setengah jam.")
    assert.same({ "call", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Tanaka melakukan pembicaraan melalui sambungan telepon dengan Kowalska.")
    assert.same({ "call", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
  end)

  it("reads meetings: menemui, menerima kunjungan, pertemuan, melakukan pembicaraan, kunjungan kenegaraan", function()
    local e = one("Gubernur Joko Prasetyo menemui Menlu Siti Rahma di Semarang.")
    assert.same({ "meeting", "Joko Prasetyo", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Maria Kowalska menerima kunjungan kenegaraan PM Tanaka Hiroshi di istana.")
    assert.same({ "meeting", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Pertemuan Subianto dengan Lee berlangsung tertutup.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Rahma melakukan pembicaraan dengan mitranya dari Polandia, Maria Kowalska, di Warsawa.")
    assert.same({ "meeting", "Siti Rahma", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Kesepakatan itu disampaikan Tanaka dalam pertemuannya dengan Kowalska.")
    assert.same({ "meeting", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Gubernur Joko Prasetyo beraudiensi dengan Menlu Siti Rahma di Jakarta.")
    assert.same({ "meeting", "Joko Prasetyo", "Siti Rahma" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() voice and direction", function()
  it("reads the passive with its agent and recipient", function()
    local e = one("Surat itu dikirim oleh Kowalska kepada Tanaka.")
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    -- the party kepada marks before the verb is the addressee, the agent the sender
    e = one("Surat undangan kepada Presiden Maria Kowalska dikirim Presiden Lee Min Ho pada 2020.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska", "2020" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Undangan kepada Presiden Maria Kowalska disampaikan Presiden Lee Min Ho melalui surat resmi pada 2020.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska", "2020" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Undangan kepada Presiden Maria Kowalska disampaikan Presiden Lee Min Ho pekan lalu."))
    -- a demonstrative may close the subject
    e = one("Undangan kepada Presiden Maria Kowalska itu disampaikan Presiden Lee Min Ho melalui surat resmi.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- the one who received it, in a relative clause or the next sentence, is the addressee
    e = one("Presiden Lee Min Ho menyampaikan ucapan selamat melalui sepucuk surat yang diterima oleh "
      .. "Presiden Maria Kowalska pekan lalu.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Lee Min Ho mengirimkan surat ucapan selamat. Surat itu diterima Presiden Maria Kowalska "
      .. "pada Maret lalu.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska", "2024-03" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Presiden Lee Min Ho mengirimkan surat ucapan selamat. Cuaca cerah. "
      .. "Surat itu diterima Presiden Maria Kowalska pada Maret lalu."))
    -- or the one it was sent on to, by letter or not
    e = one("Presiden Lee Min Ho menyampaikan belasungkawa atas wafatnya Ratu Wulan. Belasungkawa itu disampaikan "
      .. "melalui surat kepada Presiden Maria Kowalska, Senin (17/6).")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Presiden Lee Min Ho menyampaikan ucapan selamat atas kemenangan tim nasional. Ucapan itu dikirim kepada "
      .. "Presiden Maria Kowalska.")
    assert.same({ "message", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- a message sent by letter is a letter, its addressee the one told before
    local ev = events("PM Tanaka Hiroshi mengirimkan surat ucapan selamat kepada Subianto. Selain Tanaka, "
      .. "Presiden Lee Min Ho juga menyampaikan ucapan selamat melalui sepucuk surat.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    -- the writer named before kepada wrote it, the agent carried it
    e = one("Surat Presiden Lee Min Ho kepada Presiden Maria Kowalska disampaikan oleh Menlu Siti Rahma.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- (also the first or the latest of several: "Surat pertama X", "Surat terbaru X")
    e = one("Surat pertama Presiden Lee Min Ho kepada Presiden Maria Kowalska disampaikan oleh Menlu Siti Rahma.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Ucapan selamat yang diberikan Lee dikirim ke Subianto melalui kedutaan.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- received from someone: that one's letter, no meeting
    e = one("Surat itu diterima Presiden Ahmad Subianto dari PM Tanaka Hiroshi pada Senin.")
    assert.same({ "letter", "Tanaka Hiroshi", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Pesan tersebut diterima Rahma dari Kowalska.")
    assert.same({ "message", "Maria Kowalska", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    -- the longest noun owning the sender: a card, not its "ucapan"
    e = one("Kartu ucapan dari Lee diterima Subianto pada Senin.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Tanaka diterima Kowalska di istana.")
    assert.same({ "meeting", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
  end)

  it("makes the one whose call is received the caller", function()
    local e = one("Subianto sedang menerima telepon Lee ketika rapat dimulai.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska menerima telepon dari Tanaka pada malam hari.")
    assert.same({ "call", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
  end)

  it("takes a message sent through a letter as a letter", function()
    local e = one("Lee memberikan selamat kepada Kowalska melalui surat yang dikirim Senin.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- the letter named in a fronted clause
    e = one("Dalam surat tertanggal 17 Juni 2024, Lee menyampaikan selamat kepada Kowalska.")
    assert.same({ "letter", "Lee Min Ho", "Maria Kowalska", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Saat bertemu, Lee menyampaikan selamat kepada Kowalska.")
    assert.equal("message", e.type)
  end)

  it("a newspaper, a ballot or a court's paper is no letter (surat kabar, surat suara, surat dakwaan)", function()
    assert.equal("message", one("Dalam surat kabar lokal, Lee menyampaikan selamat kepada Kowalska.").type)
    assert.equal("message", one("Lee menyampaikan selamat kepada Kowalska melalui surat kabar nasional.").type)
    assert.same({}, events("Kementerian Pangan mengirim surat suara ke Kedutaan Besar Norwegia pada Senin."))
    assert.equal("letter", one("Lee menyampaikan selamat kepada Kowalska melalui surat resmi.").type)
  end)

  it("reads an envoy's credentials as no letter of his, whoever receives them", function()
    assert.same({}, events("Duta Besar Korea Selatan untuk Indonesia Lee Min Ho menyerahkan surat kepercayaan "
      .. "kepada Presiden Ahmad Subianto di Istana Merdeka, Rabu (19/6)."))
    assert.same({}, events("Dubes Lee Min Ho menyerahkan surat kepercayaannya kepada Subianto pada Rabu (19/6)."))
    assert.same({}, events("Sehari sebelumnya, Lee menyerahkan salinan surat kepercayaan kepada Menlu Siti Rahma."))
    assert.same({}, events("Subianto menerima surat kepercayaan dari Dubes Lee Min Ho di Istana Merdeka."))
  end)

  it("reads an open letter addressed to a named party as a letter to it, one to the public as none", function()
    for _, text in ipairs({
      "Gubernur Joko Prasetyo menulis surat terbuka kepada Presiden Ahmad Subianto pada Senin (17/6).",
      "Surat terbuka Gubernur Joko Prasetyo untuk Presiden Ahmad Subianto ramai dibagikan di media sosial.",
      "Dalam surat terbukanya kepada Presiden Ahmad Subianto, Gubernur Joko Prasetyo meminta dana bencana.",
    }) do
      local e = one(text)
      assert.same({ "letter", "Joko Prasetyo", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    end
    assert.same({}, events("Gubernur Joko Prasetyo menulis surat terbuka kepada masyarakat Jawa Barat."))
  end)

  it("reaches the subject across adverbs, ', yang' and a speech verb", function()
    local e = one("Tanaka dilaporkan telah mengirim pesan kepada Kowalska.")
    assert.same({ "Tanaka Hiroshi", "Maria Kowalska" }, { e.sender, e.recipient })
    e = one("Adalah mantan diplomat senior, Siti Rahma, yang mengucapkan selamat kepada Prasetyo.")
    assert.same({ "message", "Siti Rahma", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska mengatakan, dia sudah bertemu dengan Tanaka.")
    assert.same({ "meeting", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Lee Min Ho tiba di Jakarta untuk bertemu dengan Subianto.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("gives the meeting to the one who goes in another's stead or is sent (mewakili, mengutus X untuk)", function()
    local e = one("Menlu Siti Rahma mewakili Presiden Ahmad Subianto bertemu PM Tanaka Hiroshi di sela KTT ASEAN.")
    assert.same({ "meeting", "Siti Rahma", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Subianto mengutus Menlu Siti Rahma untuk menemui Presiden Maria Kowalska di Warsawa.")
    assert.same({ "meeting", "Siti Rahma", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Subianto menugaskan Gubernur Joko Prasetyo untuk bertemu PM Tanaka Hiroshi pada Senin (17/6).")
    assert.same({ "Joko Prasetyo", "Tanaka Hiroshi", "2024-06-17" }, { e.sender, e.recipient, e.date })
  end)

  it("gives the meeting to the one accompanied, not to the one at his side (didampingi, commas or not)", function()
    local e = one("Subianto didampingi Menlu Siti Rahma menerima kunjungan PM Tanaka Hiroshi di Istana.")
    assert.same({ "meeting", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
  end)

  it("gives a letter or message an envoy is sent to hand over to the one who sent him", function()
    local e = one("Subianto mengutus Menlu Siti Rahma untuk menyerahkan surat kepada PM Tanaka Hiroshi.")
    assert.same({ "letter", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Maria Kowalska mengirim utusan khusus, Lee Min Ho, untuk menyampaikan ucapan selamat "
      .. "kepada Subianto.")
    assert.same({ "message", "Maria Kowalska", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- one asked to convey a greeting conveys the asker's
    e = one("Subianto meminta Menlu Siti Rahma menyampaikan salam hangatnya kepada PM Tanaka Hiroshi.")
    assert.same({ "message", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    -- the letter of someone unnamed stays no one's event
    assert.same({}, events("Subianto menugaskan Siti Rahma untuk menyerahkan surat dari warga kepada Tanaka."))
  end)
end)

describe("doc:events() lists", function()
  it("gives one event per sender of a list", function()
    local ev = events("Kowalska, Tanaka dan Lee mengucapkan selamat kepada Subianto.")
    assert.equal(3, #ev)
    for i, name in ipairs({ "Maria Kowalska", "Tanaka Hiroshi", "Lee Min Ho" }) do
      assert.same({ "message", name, "Ahmad Subianto" }, { ev[i].type, ev[i].sender, ev[i].recipient })
    end
  end)

  it("gives one event per recipient of a list", function()
    local ev = events("Subianto mengirim surat kepada Kowalska dan Tanaka.")
    assert.equal(2, #ev)
    assert.same({ "Maria Kowalska", "Tanaka Hiroshi" }, { ev[1].recipient, ev[2].recipient })
  end)

  it("names unnamed senders from 'Mereka yakni ...' in the next sentence", function()
    local ev = events("Sejumlah kepala negara memberikan ucapan selamat kepada Subianto. "
      .. "Mereka yakni Presiden Maria Kowalska, PM Tanaka Hiroshi, dan Presiden Lee Min Ho.")
    assert.equal(3, #ev)
    assert.same({ "message", "Maria Kowalska", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.equal("Lee Min Ho", ev[3].sender)
  end)

  it("gives 'Surat dari X diterima Istana' after letters of unnamed senders to Y to Y", function()
    local ev = events("Sejumlah kepala negara mengirimkan surat ucapan selamat atas pelantikan Subianto. Surat dari "
      .. "Presiden Maria Kowalska diterima Istana pada Senin (17/6).")
    assert.equal(1, #ev)
    assert.same({ "Maria Kowalska", "Ahmad Subianto", "2024-06-17" }, { ev[1].sender, ev[1].recipient, ev[1].date })
    -- a person who received it stays; with no such letters told before, the office stays
    ev = events("Sejumlah kepala negara mengirimkan surat ucapan selamat atas pelantikan Subianto. Surat dari "
      .. "Presiden Maria Kowalska diterima Menlu Siti Rahma pada Senin (17/6).")
    assert.same({ "Maria Kowalska", "Siti Rahma" }, { ev[#ev].sender, ev[#ev].recipient })
    ev = events("Surat dari Presiden Maria Kowalska diterima Istana pada Senin (17/6).")
    assert.same({ "Maria Kowalska", "Istana" }, { ev[1].sender, ev[1].recipient })
  end)

  it("gives one event per party of 'X bersama Y' before the verb, who went together and did not meet", function()
    local ev = events("Gubernur Joko Prasetyo bersama Menlu Siti Rahma menemui Presiden Lee Min Ho di Seoul.")
    assert.equal(2, #ev)
    assert.same({ "Joko Prasetyo", "Lee Min Ho" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Siti Rahma", "Lee Min Ho" }, { ev[2].sender, ev[2].recipient })
    assert.same({}, events("Gubernur Joko Prasetyo bersama Menlu Siti Rahma menghadiri rapat paripurna DPRD."))
  end)

  it("reads a party after 'bersama' right after a letter or message as a co-sender", function()
    local ev = events("Menlu Siti Rahma mengirim surat bersama Menteri Pertahanan Budi Santoso kepada Presiden Lee "
      .. "Min Ho.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Siti Rahma", "Lee Min Ho" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.same({ "letter", "Budi Santoso", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("Gubernur Joko Prasetyo mengucapkan selamat bersama Wakil Gubernur Dedi Mulyana kepada Presiden Ahmad "
      .. "Subianto.")
    assert.same({ "Joko Prasetyo", "Ahmad Subianto" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Dedi Mulyana", "Ahmad Subianto" }, { ev[2].sender, ev[2].recipient })
    -- a meal together is still a meeting with the one after bersama
    local e = one("Menlu Siti Rahma makan siang bersama Menlu Australia Penny Wong di Canberra.")
    assert.same({ "meeting", "Siti Rahma", "Penny Wong" }, { e.type, e.sender, e.recipient })
  end)

  it("does not take a comma alone for a list", function()
    local e = one("Di depan Kowalska, Tanaka mengirim pesan kepada Lee.")
    assert.same({ "Tanaka Hiroshi", "Lee Min Ho" }, { e.sender, e.recipient })
  end)

  it("gives a meeting of three listed parties (a trilateral) one meeting per two of them", function()
    for _, text in ipairs({
      "Presiden Subianto, PM Tanaka Hiroshi dan Presiden Lee Min Ho bertemu di Bali pada Selasa (18/6).",
      "Pertemuan trilateral antara Presiden Subianto, PM Tanaka Hiroshi, dan Presiden Lee Min Ho digelar "
        .. "pada Selasa (18/6) di sela KTT ASEAN.",
    }) do
      local ev = events(text)
      assert.equal(3, #ev)
      local pairs = {}
      for i, e in ipairs(ev) do
        assert.same({ "meeting", "2024-06-18" }, { e.type, e.date })
        pairs[i] = e.sender .. "/" .. e.recipient
      end
      assert.same({ "Ahmad Subianto/Tanaka Hiroshi", "Ahmad Subianto/Lee Min Ho", "Tanaka Hiroshi/Lee Min Ho" }, pairs)
    end
    -- held by one with the others: they met each other too, in a trilateral; not in a meeting of one with two
    -- one holding a trilateral with two: those two met each other too (not in a plain meeting)
    assert.equal(2, #events("Subianto menggelar pertemuan dengan PM Tanaka Hiroshi dan Presiden Lee Min Ho."))
  end)
end)

describe("doc:events() planned meetings and merging", function()
  it("marks a wish or readiness to meet as planned at most (siap, keinginannya untuk, sepakat untuk)", function()
    assert.is_true(one("Presiden Lee Min Ho siap bertemu Subianto kapan saja.").planned)
    assert.is_true(one("Kowalska pernah menyatakan keinginannya untuk bertemu Tanaka.").planned)
    assert.is_true(one("Kowalska menyatakan keinginannya untuk mengunjungi Tokyo dan bertemu Tanaka.").planned)
    assert.is_true(one("Kowalska dan Tanaka sepakat untuk bertemu di Warsawa bulan depan.").planned)
  end)
  it("marks akan bertemu and rencana pertemuan as planned", function()
    local e = one("Kowalska akan bertemu Tanaka di Tokyo bulan depan.")
    assert.same({ "meeting", true }, { e.type, e.planned })
    e = one("Menlu membahas rencana pertemuan Subianto dan Lee di Seoul.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho", true }, { e.type, e.sender, e.recipient, e.planned })
    e = one("Kowalska bertemu Tanaka di Tokyo.")
    assert.is_nil(e.planned)
    e = one("Presiden Ahmad Subianto dan Presiden Lee Min Ho diagendakan bertemu di Istana Merdeka pekan depan.")
    assert.is_true(e.planned)
    -- a purpose of a plan ("untuk", "guna") is planned too; of a trip made, not
    e = one("Rahma dijadwalkan mengunjungi Tokyo pekan depan untuk menemui Tanaka.")
    assert.same({ "meeting", "Siti Rahma", "Tanaka Hiroshi", true }, { e.type, e.sender, e.recipient, e.planned })
    assert.is_nil(one("Rahma mengunjungi Tokyo pekan lalu untuk menemui Tanaka.").planned)
    -- a trip just begun: its purpose is still ahead (not one of the past, nor an arrival)
    assert.is_true(one("Rahma bertolak ke Tokyo untuk menemui Tanaka.").planned)
    assert.is_nil(one("Rahma bertolak ke Tokyo pekan lalu untuk menemui Tanaka.").planned)
    assert.is_nil(one("Rahma tiba di Tokyo untuk menemui Tanaka.").planned)
    -- a plan that came true was held
    e = one("Rencana pertemuan Subianto dan Lee akhirnya terlaksana pada 3 Mei 2024.")
    assert.same({ "meeting", "2024-05-03" }, { e.type, e.date })
    assert.is_nil(e.planned)
    assert.is_true(one("Rencana pertemuan Subianto dan Lee diharapkan terlaksana pada Mei.").planned)
  end)

  it("marks a meeting planned when its noun and parties are followed by 'akan digelar'", function()
    local e = one("Pertemuan bilateral antara Subianto dan PM Tanaka Hiroshi akan digelar di Istana Bogor, "
      .. "Jumat (21/6).")
    assert.same({ "meeting", "2024-06-21", true }, { e.type, e.date, e.planned })
    assert.is_true(one("Pertemuan Rahma dengan Kowalska dijadwalkan berlangsung di Jakarta pekan depan.").planned)
    assert.is_nil(one("Pertemuan Rahma dengan Kowalska digelar di Jakarta pada Senin.").planned)
    -- so is the pair just told: the plan stays one
    for _, pair in ipairs({ "kedua pemimpin", "keduanya" }) do
      local text = "Rahma akan bertemu Kowalska pekan depan. \"Pertemuan " .. pair
        .. " dijadwalkan berlangsung di Warsawa,\" kata juru bicara."
      assert.is_true(one(text).planned, text)
    end
  end)

  it("keeps a plan apart from a meeting held that is history or has another time", function()
    -- a plan told after the meeting held, with a time of its own: the next meeting
    local ev = kimput.parse("Kowalska dan Tanaka menggelar pertemuan virtual pada Selasa (11/6/2024). Kedua "
      .. "pemimpin dijadwalkan bertemu di Tokyo pada akhir tahun ini.", { published = "2024-06-20" }):events()
    assert.equal(2, #ev)
    assert.same({ "2024-06-11", "2024" }, { ev[1].date, ev[2].date })
    assert.same({ false, true }, { ev[1].planned or false, ev[2].planned })
    -- the last meeting told after a plan is history, not the plan come true
    ev = events("Subianto juga akan bertemu PM Tanaka Hiroshi. Subianto dan Tanaka terakhir kali bertemu di Tokyo "
      .. "pada Agustus 2023.")
    assert.equal(2, #ev)
    assert.same({ true, "2023-08" }, { ev[1].planned, ev[2].date })
    -- the plan come true is one
    ev = events("Subianto dijadwalkan bertemu PM Tanaka Hiroshi pada Selasa (18/6). Subianto dan Tanaka akhirnya "
      .. "bertemu pada Selasa (18/6).")
    assert.equal(1, #ev)
    assert.is_falsy(ev[1].planned)
  end)

  it("gives a verb after 'dan' the plan of the verb before it in the clause", function()
    local e = one("Presiden Lee Min Ho akan melakukan kunjungan kenegaraan ke Jakarta dan bertemu Subianto pada Juli.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto", true }, { e.type, e.sender, e.recipient, e.planned })
    assert.is_nil(one("Presiden Lee Min Ho tiba di Jakarta pada Senin dan bertemu Subianto.").planned)
    -- not the plan of a relative clause
    local ev = events("Rahma menemui Kowalska yang akan maju dalam pemilu dan menyerahkan surat dari Lee.")
    assert.same({ "meeting", "letter" }, { ev[1].type, ev[2].type })
    assert.is_nil(ev[1].planned or ev[2].planned)
    -- a purpose after the verb after "dan" shares the sentence's subject, and the plan
    ev = events("Presiden Lee Min Ho dijadwalkan bertemu Subianto di Istana Merdeka dan mengunjungi "
      .. "Museum Nasional untuk bertemu Gubernur Joko Prasetyo.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Lee Min Ho", "Joko Prasetyo", true },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].planned })
    ev = events("Presiden Lee Min Ho bertemu Subianto di Istana Merdeka dan mengunjungi Museum Nasional "
      .. "untuk menemui Gubernur Joko Prasetyo.")
    assert.same({ "Lee Min Ho", "Joko Prasetyo" }, { ev[2].sender, ev[2].recipient })
    assert.is_nil(ev[2].planned)
  end)

  it("reads 'keduanya' as the two people its own sentence names, or the sentence before, over an older event",
    function()
      local ev = events("Lee mengirim kartu ucapan kepada Kowalska. Pertukaran kartu antara Lee dan Tanaka sudah "
        .. "menjadi tradisi sejak keduanya bertemu di Tokyo pada April 2019.")
      assert.same({ "meeting", "Lee Min Ho", "Tanaka Hiroshi" }, { ev[2].type, ev[2].sender, ev[2].recipient })
      ev = events("Subianto bertemu Kowalska di Warsawa. Tanaka menyampaikan undangan kepada Subianto. Sebelumnya, "
        .. "keduanya terakhir kali bertemu di Tokyo pada Juli 2023.")
      assert.same({ "meeting", "Tanaka Hiroshi", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    end)

  it("reads past an apostrophe closing a word of the title (Dato' Sri) to the party", function()
    local e = one("Subianto menggelar pertemuan tertutup dengan Perdana Menteri Malaysia Dato' Sri Anwar Ibrahim "
      .. "di Abu Dhabi.")
    assert.same({ "meeting", "Ahmad Subianto", "Anwar Ibrahim" }, { e.type, e.sender, e.recipient })
  end)

  it("merges repeated mentions with compatible dates, not different ones", function()
    local ev = kimput.parse("Kowalska bertemu Tanaka pada 3 Mei 2024. Dalam pertemuan itu, Tanaka dan "
      .. "Kowalska membahas energi. Tanaka dan Kowalska terakhir bertemu pada Januari 2023.",
      { published = "2024-05-04" }):events()
    assert.equal(2, #ev)
    assert.same({ "2024-05-03", "2023-01" }, { ev[1].date, ev[2].date })
    -- parts of one day tell one day's meeting
    ev = kimput.parse("Kowalska tiba di Tokyo pada Rabu (19/6/2024) dini hari dan disambut Tanaka. Siang harinya, "
      .. "Tanaka dan Kowalska menggelar pembicaraan resmi.", { published = "2024-06-20" }):events()
    assert.equal(1, #ev)
    assert.equal("2024-06-19", ev[1].date)
  end)

  it("keeps two letters of opposite direction apart", function()
    local ev = events("Lee mengirim surat kepada Kowalska. Kowalska mengirim surat kepada Lee.")
    assert.equal(2, #ev)
  end)
end)

describe("doc:events() dates and occasions", function()
  it("takes the date of the sentence, never the publication date by default", function()
    local e = one("Tanaka mengirim pesan kepada Kowalska.")
    assert.is_nil(e.date)
    e = kimput.parse("Tanaka mengirim pesan kepada Kowalska pada Senin (17/6/2024).",
      { published = "2024-06-20" }):events()[1]
    assert.equal("2024-06-17", e.date)
  end)

  it("takes the date of an event told in the sentence before", function()
    local ev = kimput.parse("Kowalska bertemu Tanaka di Tokyo pada 2 Juni 2024. Kowalska "
      .. "juga bertemu Lee.", { published = "2024-06-20" }):events()
    assert.equal(2, #ev)
    assert.equal("2024-06-02", ev[2].date)
    -- a day counted from it is that day
    ev = kimput.parse("Kowalska bertemu Tanaka di Tokyo pada 2 Juni 2024. Sehari kemudian, Kowalska "
      .. "juga bertemu Lee.", { published = "2024-06-20" }):events()
    assert.equal("2024-06-03", ev[2].date)
    -- not meetings counted (background), whose time is not that event's
    for _, text in ipairs({ "Kowalska dan Tanaka bertemu tiga kali selama masa jabatan pertama Kowalska.",
                            "Kowalska sudah bertemu Tanaka beberapa kali." }) do
      ev = kimput.parse("Kowalska mengirim surat kepada Tanaka pada 2 Juni 2024. " .. text,
        { published = "2024-06-20" }):events()
      assert.equal(2, #ev)
      assert.same({ "meeting" }, { ev[2].type, ev[2].date }, text)
    end
    -- nor from a lead sentence with no event before them
    ev = kimput.parse("Surat balasan Kowalska dikirim pada Kamis (13/6/2024). Kowalska dan Tanaka bertemu tiga kali "
      .. "selama ini.", { published = "2024-06-20" }):events()
    assert.equal(1, #ev)
    assert.same({ "meeting" }, { ev[1].type, ev[1].date })
  end)

  it("leaves out the date of the report before 'bahwa'", function()
    local e = kimput.parse("Kantor berita itu pada Senin (17/6/2024) melaporkan bahwa Tanaka mengirim pesan "
      .. "kepada Kowalska.", { published = "2024-06-20" }):events()[1]
    assert.is_nil(e.date)
  end)

  it("keeps the day of a date with a part of the day", function()
    local e = kimput.parse("Kowalska menerima kunjungan Tanaka di istana, Kamis (20/6) siang.",
      { published = "2024-06-21" }):events()[1]
    assert.equal("2024-06-20", e.date)
  end)

  it("keeps the day of a date with a clock time (pukul 10.00 WIB)", function()
    local e = one("Subianto bertemu PM Tanaka Hiroshi di Istana Bogor pada Rabu (19/6) pukul 10.00 WIB.")
    assert.equal("2024-06-19", e.date)
    e = one("Menlu Siti Rahma menelepon Kowalska pada Senin (17/6) pukul 20.30 WIB untuk membahas kerja sama.")
    assert.same({ "call", "2024-06-17" }, { e.type, e.date })
  end)

  it("gives the occasion as written", function()
    local e = one("Subianto mengirim ucapan selamat ulang tahun kepada Lee.")
    assert.equal("ulang tahun", e.occasion)
    e = one("Lee menyampaikan belasungkawa kepada Kowalska.")
    assert.equal("belasungkawa", e.occasion)
    e = one("Tanaka mengucapkan selamat kepada Kowalska atas kemenangannya dalam pemilu.")
    assert.equal("kemenangan", e.occasion)
    -- a holiday in its standard one-word spelling
    e = one("Subianto mengirimkan ucapan selamat Idulfitri kepada Lee melalui surat.")
    assert.same({ "letter", "Idulfitri" }, { e.type, e.occasion })
    assert.equal("Imlek", one("Lee mengirim ucapan selamat Imlek kepada Tanaka.").occasion)
    -- a feast's or named day's words opening the sentence are no person's name, and stand between the
    -- noun and its passive verb as one word
    for _, feast in ipairs({ "Hari Raya Idul Fitri", "Hari Kemerdekaan", "Hari Raya Natal" }) do
      e = one("Ucapan selamat " .. feast .. " disampaikan Subianto kepada Lee.")
      assert.same({ "message", "Ahmad Subianto", "Lee Min Ho", feast }, { e.type, e.sender, e.recipient, e.occasion })
    end
    e = one("Ucapan selamat Idul Adha 1445 Hijriah disampaikan Subianto kepada Lee.")
    assert.same({ "message", "Idul Adha" }, { e.type, e.occasion })
    -- a condolence is for what it names; that word is no occasion where nobody condoles
    e = one("Lee menyampaikan belasungkawa kepada Kowalska atas gempa Lublin yang menewaskan 30 orang.")
    assert.equal("gempa Lublin", e.occasion)
    e = one("Subianto menyampaikan duka cita atas wafatnya Ratu Anna Maria kepada Raja Henrik.")
    assert.same({ "Henrik", "wafatnya Ratu Anna Maria" }, { e.recipient, e.occasion })
    e = one("Tanaka menyampaikan simpati kepada Kowalska atas banjir di negaranya.")
    assert.equal("banjir", e.occasion)
    assert.is_nil(one("Prasetyo menelepon Subianto untuk membahas penanganan gempa.").occasion)
    e = one("Tanaka mengirim surat kepada Kowalska memperingati HUT Polandia.")
    assert.equal("HUT Polandia", e.occasion)
    -- a capitalised "Peringatan" inside a summit's name is no occasion of the meeting held at it
    e = one("Tanaka bertemu Kowalska di sela KTT Peringatan 50 Tahun Kerja Sama Asia-Eropa di Tokyo.")
    assert.is_nil(e.occasion)
    -- the founding day of a body, named in lower case before its name
    e = one("Lee mengirim ucapan selamat kepada Tanaka pada peringatan hari berdirinya Partai Rakyat Jepang.")
    assert.equal("hari berdirinya Partai Rakyat Jepang", e.occasion)
  end)
end)

describe("kimput.events.add", function()
  it("extends the lexicon with a new verb", function()
    assert.same({}, events("Lee mengabari Subianto soal hasil pemilu."))
    kimput.events.add{ "mengabari", class = "verb", type = "message", frame = "send", direct = true }
    local e = kimput.parse("Lee mengabari Subianto soal hasil pemilu.", {}):events()[1]
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("rejects a bad word", function()
    assert.has_error(function() kimput.events.add{ "x", class = "adverb" } end)
    assert.has_error(function() kimput.events.add("x") end)
    -- a phrase too long is named in the error
    local ok, err = pcall(kimput.events.add, { "satu dua tiga empat lima", class = "noun", type = "letter" })
    assert.is_false(ok)
    assert.truthy(tostring(err):find('"satu dua tiga empat lima" is empty, over 4 words', 1, true), tostring(err))
  end)
end)

describe("kimput.events.rule", function()
  it("adds the events of an analyst's PCRE2 rule, merged with the engine's", function()
    kimput.events.rule{ name = "titip", type = "letter", flags = "i",
      pattern = [[(?<sender>{PERSON}) menyelipkan surat untuk (?<recipient>{PERSON})]] }
    local ev = kimput.parse("Kowalska menyelipkan surat untuk Tanaka pada 3 Mei 2024. "
      .. "Lee mengirim surat kepada Subianto.", { published = "2024-05-10" }):events()
    assert.equal(2, #ev)
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi", "2024-05-03", "titip" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date, ev[1].rule })
    assert.equal("Lee Min Ho", ev[2].sender)
  end)

  it("needs a type and the sender and recipient groups", function()
    assert.has_error(function() kimput.events.rule{ name = "x", pattern = "surat" , type = "letter" } end)
    assert.has_error(function()
      kimput.events.rule{ name = "x", pattern = "(?<sender>a)(?<recipient>b)", type = "fax" }
    end)
  end)
end)

describe("doc:events() dates told later", function()
  it("takes the date from a later sentence naming the letter and its sender", function()
    local ev = kimput.parse("Kowalska mengirim surat kepada Tanaka. Surat Kowalska dikirim pada Selasa (18/6/2024) "
      .. "lewat kedutaan.", { published = "2024-06-20" }):events()
    assert.equal(1, #ev)
    assert.equal("2024-06-18", ev[1].date)
    ev = kimput.parse("Lee menyampaikan belasungkawa kepada Subianto. Dalam pesannya yang dikirim pada Senin "
      .. "(17/6/2024), Lee berharap pemulihan segera.", { published = "2024-06-20" }):events()
    assert.equal("2024-06-17", ev[1].date)
  end)

  it("dates each sender of a later sentence with a second time told with its verb left out", function()
    for _, word in ipairs({ "sedangkan", "sementara" }) do
      local ev = events("Presiden Lee Min Ho dan PM Tanaka Hiroshi mengirim ucapan selamat kepada Subianto. Lee "
        .. "mengirim pesannya pada Senin (17/6), " .. word .. " Tanaka pada Rabu (19/6).")
      assert.equal(2, #ev, word)
      assert.same({ "Lee Min Ho", "2024-06-17" }, { ev[1].sender, ev[1].date }, word)
      assert.same({ "Tanaka Hiroshi", "2024-06-19" }, { ev[2].sender, ev[2].date }, word)
    end
    -- not a time of another clause after the person ("..., sedangkan Tanaka pada Rabu bertolak ke Seoul")
    local ev = events("Presiden Lee Min Ho dan PM Tanaka Hiroshi mengirim ucapan selamat kepada Subianto. Lee "
      .. "mengirim pesannya pada Senin (17/6), sedangkan Tanaka pada Rabu (19/6) bertolak ke Seoul.")
    assert.is_nil(ev[2].date)
  end)

  it("lets a later sentence make a vague date precise, not change it", function()
    local ev = kimput.parse("Lee menyampaikan belasungkawa kepada Subianto atas banjir pada bulan Juni. "
      .. "Dalam pesannya yang dikirim pada hari Selasa, Lee berharap pemulihan segera.",
      { published = "2024-06-20" }):events()
    assert.equal("2024-06-18", ev[1].date)
    ev = kimput.parse("Lee menyampaikan belasungkawa kepada Subianto pada bulan Mei. "
      .. "Dalam pesannya yang dikirim pada hari Selasa, Lee berharap pemulihan segera.",
      { published = "2024-06-20" }):events()
    assert.equal("2024-05", ev[1].date)
  end)

  it("lets a later sentence naming the sender replace a date taken from the sentence before", function()
    for _, later in ipairs({ "Lee mengirim ucapan itu pada Selasa (18/6).",
                             "Lee menyampaikan ucapannya melalui pesan singkat pada Selasa (18/6) pagi." }) do
      local ev = events("Kowalska mengirim ucapan selamat kepada Subianto pada Senin (17/6). Presiden Lee Min Ho "
        .. "juga mengirim ucapan serupa kepada Subianto. " .. later)
      assert.equal(2, #ev, later)
      assert.same({ "Maria Kowalska", "2024-06-17" }, { ev[1].sender, ev[1].date })
      assert.same({ "Lee Min Ho", "2024-06-18" }, { ev[2].sender, ev[2].date }, later)
    end
  end)

  it("does not visit a building as a meeting", function()
    assert.same({}, events("Kowalska mengunjungi Kementerian Luar Negeri di Jakarta."))
  end)
end)

describe("doc:events() calls and replies", function()
  it("lets a later mention say who called", function()
    local ev = events("Kowalska dan Tanaka berbicara lewat telepon pada malam hari. "
      .. "Dalam kesempatan itu, Tanaka menelepon Kowalska untuk membahas energi.")
    assert.equal(1, #ev)
    assert.same({ "call", "Tanaka Hiroshi", "Maria Kowalska" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)

  it("reads a noun between two parties as a verb (X telepon Y)", function()
    local e = one("Subianto telepon Lee soal perdagangan")
    assert.same({ "call", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("sends the message a reply answers to the one replying", function()
    local ev = events("Surat Kowalska dikirim sebagai balasan atas pesan ucapan selamat dari Tanaka.")
    assert.equal(1, #ev)
    assert.same({ "message", "Tanaka Hiroshi", "Maria Kowalska" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)

  it("dates the message a reply answers by its own words, not by the reply's date", function()
    local ev = events("Surat Kowalska dikirim pada hari Senin sebagai balasan atas pesan ucapan selamat "
      .. "dari Tanaka yang dikirim bulan lalu.")
    assert.equal(1, #ev)
    assert.same({ "message", "Tanaka Hiroshi", "2024-05" }, { ev[1].type, ev[1].sender, ev[1].date })
  end)
end)

describe("doc:events() thanks sent in a letter", function()
  it("reads a letter named in a fronted clause, also after a dateline", function()
    for _, text in ipairs({
      "Lewat sepucuk surat, PM Tanaka Hiroshi menyampaikan terima kasih kepada Presiden Maria Kowalska.",
      "Judul Berita Surat\n\nTOKYO, KOMPAS.com - Lewat sepucuk surat, PM Tanaka Hiroshi menyampaikan terima kasih "
        .. "kepada Presiden Maria Kowalska.\n",
    }) do
      local e = one(text)
      assert.same({ "letter", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    end
    -- thanks with no letter named are no event
    assert.same({}, events("PM Tanaka Hiroshi menyampaikan terima kasih kepada Presiden Maria Kowalska."))
  end)
  it("reads the lead after an agency's dateline in title case, a date before the verb", function()
    for _, text in ipairs({
      "Jakarta (ANTARA) - PM Tanaka Hiroshi pada Selasa menelepon Presiden Maria Kowalska.",
      "Kuala Lumpur (Bernama) - PM Tanaka Hiroshi, Selasa, menelepon Presiden Maria Kowalska.",
    }) do
      local e = one(text)
      assert.same({ "call", "Tanaka Hiroshi", "Maria Kowalska", "2024-06-18" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)
end)

describe("doc:events() an event told in a clause of a relative word", function()
  it("takes no date of the main clause before the relative word", function()
    local ev = events("Presiden Maria Kowalska menerima surat dari PM Tanaka Hiroshi pada Senin (17/6/2024), "
      .. "sehari setelah ia mengirim pesan kepada Tanaka.")
    assert.equal(2, #ev)
    for _, e in ipairs(ev) do
      if e.type == "letter" then assert.equal("2024-06-17", e.date) else assert.is_nil(e.date) end
    end
  end)
end)

describe("doc:events() a reply and the letter it answers", function()
  it("dates the letter answered by its relative clause, and the reply by 'Balasan itu ...'", function()
    local ev = events("Presiden Maria Kowalska membalas surat PM Tanaka Hiroshi yang dikirim awal bulan ini. "
      .. "Balasan itu disampaikan melalui kedutaan pada Selasa (18/6/2024).")
    assert.equal(2, #ev)
    table.sort(ev, function(a, b) return a.sender < b.sender end)
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi", "2024-06-18" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
    assert.same({ "letter", "Tanaka Hiroshi", "Maria Kowalska", "2024-06" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- so does the date the answered letter bears
    ev = events("Presiden Maria Kowalska membalas surat PM Tanaka Hiroshi tertanggal 12 Juni 2024.")
    table.sort(ev, function(a, b) return a.sender < b.sender end)
    assert.same({ "Maria Kowalska", "Tanaka Hiroshi" }, { ev[1].sender, ev[2].sender })
    assert.is_nil(ev[1].date)
    assert.equal("2024-06-12", ev[2].date)
  end)
end)

describe("doc:events() the pair just told", function()
  it("reads 'pertemuan mereka' and 'keduanya bertemu' as the parties of the event before", function()
    local ev = kimput.parse("Kowalska mengirim pesan kepada Tanaka pekan ini. Mengingat pertemuan mereka di Oslo "
      .. "bulan lalu, Kowalska memuji kerja sama itu.", { published = "2024-06-20" }):events()
    assert.equal(2, #ev)
    assert.same({ "meeting", "Maria Kowalska", "Tanaka Hiroshi", "2024-05" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    ev = events("Lee menelepon Subianto. Keduanya bertemu di Seoul tahun lalu.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    -- words of when between the pair and the verb
    ev = events("Lee menelepon Subianto. Kedua pemimpin terakhir kali bertemu di Seoul pada 2022.")
    assert.same({ "meeting", "2022" }, { ev[2].type, ev[2].date })
  end)

  it("needs an event just before", function()
    assert.same({}, events("Keduanya bertemu di Seoul tahun lalu."))
  end)

  it("reads 'keduanya', 'kedua pemimpin' further on when no other two parties are named between", function()
    local ev = events("Presiden Lee Min Ho dan Presiden Ahmad Subianto berbicara lewat telepon pada Selasa. "
      .. "Lee memperingatkan soal perbatasan. Subianto menegaskan pentingnya stabilitas. "
      .. "Juru bicara Rudi Hartono menyebut dialog dilanjutkan. "
      .. "Pembicaraan ini yang pertama sejak keduanya bertemu di Bali, November tahun lalu.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto", "2023-11" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- the they-phrase is its verb's subject, not the body reporting it
    ev = events("PM Tanaka Hiroshi dan Presiden Maria Kowalska saling bertukar surat, Senin (10/6/2024). "
      .. "Dalam suratnya, Tanaka memuji Polandia. Kowalska membalas dengan menyatakan komitmennya. "
      .. "\"Hubungan kita kuat,\" tulis Kowalska. "
      .. "Kementerian Luar Negeri Jepang mengatakan kedua pemimpin berencana bertemu di sela KTT NATO pada Juli.")
    assert.equal(3, #ev)
    assert.same({ "meeting", "2024-07", true }, { ev[3].type, ev[3].date, ev[3].planned })
    -- another two parties named between: the pair is no longer told
    ev = events("Presiden Lee Min Ho dan Presiden Ahmad Subianto berbicara lewat telepon pada Selasa. "
      .. "Lee memperingatkan soal perbatasan. Menlu Siti Rahma mengatakan hal itu kepada Gubernur Joko Prasetyo. "
      .. "Juru bicara Rudi Hartono menyebut dialog dilanjutkan. "
      .. "Ia menambahkan keduanya bertemu di Bali, November tahun lalu.")
    assert.equal(1, #ev)
  end)
end)

describe("doc:events() news of every day", function()
  it("reads a welcome as a meeting with the one welcomed", function()
    local e = one("Gubernur Joko Prasetyo menyambut kedatangan Presiden Maria Kowalska di bandara.")
    assert.same({ "meeting", "Joko Prasetyo", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Subianto menerima kedatangan Lee di istana.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("leaves aid, awards and reports alone", function()
    assert.same({}, events("Subianto menerima penghargaan dari Lee."))
    assert.same({}, events("Rahma mengirim bantuan kepada Prasetyo."))
    assert.same({}, events("Kowalska menerima laporan dari Tanaka."))
  end)
end)

describe("doc:events() citations", function()
  it("keeps the date of a reported meeting, leaves out a citation's", function()
    local e = kimput.parse("Tanaka dilaporkan bertemu Kowalska pada Senin (17/6/2024).",
      { published = "2024-06-20" }):events()[1]
    assert.equal("2024-06-17", e.date)
    e = kimput.parse("Seperti dilansir Reuters, Rabu (19/6/2024), Tanaka bertemu Kowalska.",
      { published = "2024-06-20" }):events()[1]
    assert.is_nil(e.date)
    -- the day of a report ("Menurut laporan X pada D"): a day told relative to it dates the event
    local ev = kimput.parse("Tanaka membalas surat Kowalska. Menurut laporan kantor berita KNA pada Rabu "
      .. "(19/6/2024), balasan Tanaka itu dikirim sehari sebelumnya.", { published = "2024-06-20" }):events()
    assert.same({ "Tanaka Hiroshi", "2024-06-18" }, { ev[#ev].sender, ev[#ev].date })
  end)
end)

describe("doc:events() nouns alone", function()
  it("reads KTT and percakapan telepon between two parties", function()
    local e = one("KTT Kowalska dengan Tanaka digelar di Bali.")
    assert.same({ "meeting", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Percakapan telepon antara Subianto dan Lee berlangsung setengah jam.")
    assert.same({ "call", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() on pathological input", function()
  it("reads one endless sentence of triggers and parties in one pass, merging the repeats", function()
    local doc = kimput.parse(("Lee mengirim surat kepada Subianto dan bertemu Kowalska, "):rep(3000),
      { published = "2024-06-20" })
    local ev = doc:events()
    assert.equal(2, #ev)
    assert.equal(3000, #ev[1].mentions)
    local many = {}
    for i = 1, 400 do many[i] = ("Lee bertemu Subianto pada %d Mei %d."):format(i % 28 + 1, 1600 + i) end
    ev = kimput.parse(table.concat(many, " "), { published = "2024-06-20" }):events()
    assert.equal(400, #ev)  -- different dates: different meetings
  end)
  it("reads one endless sentence of couriers' passive verbs with no addressee found (no reach restarted twice)",
    function()
      local text = ("Surat itu diserahkan oleh Dubes Park Ji Sung kepada Y yang diterima surat itu "):rep(3000)
      assert.same({}, kimput.parse(text, { published = "2024-06-20" }):events())
    end)
end)

describe("doc:events() coordinated verbs", function()
  it("gives a verb after 'dan' the subject of the verb before", function()
    local ev = events("Lee mengirim surat kepada Subianto dan bertemu Kowalska di Warsawa.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Lee Min Ho", "Maria Kowalska" }, { ev[2].type, ev[2].sender, ev[2].recipient })
  end)
end)

describe("doc:events() sympathy", function()
  it("reads sympathy expressed to someone as a message", function()
    local e = one("Presiden Lee Min Ho mengungkapkan rasa simpatinya kepada PM Tanaka Hiroshi atas banjir itu.")
    assert.same({ "message", "Lee Min Ho", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Kowalska menyampaikan simpati kepada Subianto.")
    assert.same({ "message", "Maria Kowalska", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() leaders named with their country", function()
  it("keeps the country after an office title in the role, not in the name", function()
    local ev = events("Beberapa kepala pemerintahan telah memberikan ucapan selamat ke Subianto. "
      .. "Mereka yakni Perdana Menteri Kamboja Sok Vannara, PM Selandia Baru Aroha Tane, "
      .. "dan Presiden Kolombia Andres Villalba.")
    assert.equal(3, #ev)
    for i, name in ipairs({ "Sok Vannara", "Aroha Tane", "Andres Villalba" }) do
      assert.same({ "message", name, "Ahmad Subianto" }, { ev[i].type, ev[i].sender, ev[i].recipient })
    end
    local e = one("Menteri Luar Negeri Sri Lanka Nimal Perera menelepon Menlu Siti Rahma pada Senin.")
    assert.same({ "call", "Nimal Perera", "Siti Rahma" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() headlines", function()
  local page = table.concat({
    "Kowalska Telepon Tanaka Jelang Pertemuannya dengan Subianto",
    "Senin, 17 Juni 2024 | 10:15 WIB",
    "WARSAWA - Presiden Maria Kowalska dan PM Tanaka Hiroshi melakukan pembicaraan lewat telepon pada "
      .. "Sabtu (15/6/2024) untuk membahas kerja sama perdagangan kedua negara.",
    "Kowalska dijadwalkan bertemu Presiden Ahmad Subianto di Jakarta pekan depan untuk membahas hal yang sama.",
  }, "\n")

  it("reads the headline's names as the body writes them, and lets it say who called", function()
    local doc = kimput.parse(page, { published = "2024-06-17" })
    local s, e = doc:headline_span()
    assert.equal("Kowalska Telepon Tanaka Jelang Pertemuannya dengan Subianto", page:sub(s, e))
    local calls = {}
    for _, ev in ipairs(doc:events()) do if ev.type == "call" then calls[#calls + 1] = ev end end
    assert.equal(1, #calls)
    assert.same({ "Maria Kowalska", "Tanaka Hiroshi", "2024-06-15" },
      { calls[1].sender, calls[1].recipient, calls[1].date })
    assert.equal(2, #calls[1].mentions)  -- the headline and the body
  end)

  it("gives a possessed noun after 'jelang' to the subject, not to the object", function()
    local doc = kimput.parse(page, { published = "2024-06-17" })
    for _, ev in ipairs(doc:events()) do
      if ev.type == "meeting" then
        assert.same({ "Maria Kowalska", "Ahmad Subianto" }, { ev.sender, ev.recipient })
      end
    end
  end)

  it("dates a headline's letter from a later sentence naming its sender", function()
    local doc = kimput.parse(table.concat({
      "Lee Surati Subianto, Ajak Perkuat Kerja Sama",
      "Kamis, 20 Juni 2024 - 08:00 WIB",
      "SEOUL - Presiden Lee Min Ho menegaskan pentingnya hubungan dengan Indonesia di bawah Presiden Ahmad Subianto.",
      "Surat Lee dikirim pada hari Selasa, menurut kantor kepresidenan.",
    }, "\n"), { published = "2024-06-20" })
    local ev = doc:events()
    assert.equal(1, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-18" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
  end)

  it("takes no party the body does not name", function()
    local doc = kimput.parse("Wiranata Beri Selamat ke Lee\nSenin, 17 Juni 2024 | 10:15 WIB\n"
      .. "SEOUL - Presiden Lee Min Ho menerima banyak ucapan dari warga setelah menang dalam pemilihan.",
      { published = "2024-06-17" })
    assert.same({}, doc:events())
  end)
end)

describe("doc:events() more phrasings of visits, calls and letters", function()
  local function ev_of(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = { e.type, e.sender, e.recipient } end
    return out
  end

  it("reads a warm welcome received from the host as a meeting, not an idea's good reception", function()
    local function pair(text)
      local ev = events(text)
      if #ev ~= 1 then return #ev end
      local p = { ev[1].sender, ev[1].recipient }
      table.sort(p)
      return { ev[1].type, p[1], p[2] }
    end
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" },
      pair("Presiden Ahmad Subianto dan rombongan mendapat sambutan hangat dari Presiden Lee Min Ho di istana."))
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" },
      pair("Kedatangan Presiden Lee Min Ho memperoleh sambutan hangat dari Presiden Ahmad Subianto."))
    assert.same(0, pair("Usulan Menteri Ahmad Subianto mendapat sambutan baik dari Presiden Lee Min Ho."))
  end)

  it("reads a person received, hosted or welcomed as a meeting, in both voices", function()
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Presiden Ahmad Subianto menerima Presiden Lee Min Ho di Istana Merdeka, Jakarta."))
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Presiden Ahmad Subianto menerima kunjungan kehormatan Presiden Lee Min Ho di istana."))
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } }, ev_of("Subianto menjamu Lee di Istana Bogor."))
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } }, ev_of("Lee disambut Subianto di bandara."))
    -- an adverb or a word of the place just told before the subject owns no noun: still a meeting
    for _, text in ipairs({ "Kemudian Lee disambut Subianto di bandara.",
                            "Lee terbang ke Jakarta. Di sana ia disambut Subianto.",
                            "Lee menuju istana, tempat ia disambut oleh Subianto.",
                            "Sebelumnya Lee diterima Subianto." }) do
      assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } }, ev_of(text), text)
    end
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Lee dijamu makan malam oleh Subianto di Istana Bogor."))
    -- a preposition of the agent's title is none of the frame's
    assert.same({ { "meeting", "Budi Hartono", "Ahmad Subianto" } },
      ev_of("Presiden Ahmad Subianto ditemui Duta Besar Polandia untuk Indonesia Budi Hartono di istana."))
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Subianto menerima kunjungan silaturahmi Lee di rumah dinasnya."))
    assert.same({ { "meeting", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Subianto menggelar pembicaraan bilateral dengan Lee."))
  end)

  it("reads calls: bertelepon, panggilan telepon, dihubungi, talks through the telephone", function()
    assert.same({ { "call", "Ahmad Subianto", "Lee Min Ho" } }, ev_of("Subianto bertelepon dengan Lee pada Senin."))
    assert.same({ { "call", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Subianto melakukan panggilan telepon dengan Lee pada Senin."))
    assert.same({ { "call", "Lee Min Ho", "Ahmad Subianto" } },
      ev_of("Subianto dihubungi Lee melalui telepon pada Senin."))
    assert.same({ { "call", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Pembicaraan antara Subianto dan Lee melalui telepon berlangsung 20 menit."))
  end)

  it("reads bersurat, and berkirim surat kepada as one letter one way", function()
    assert.same({ { "letter", "Ahmad Subianto", "Lee Min Ho" } },
      ev_of("Subianto bersurat kepada Lee terkait hal itu."))
    assert.same({ { "letter", "Ahmad Subianto", "Lee Min Ho" } }, ev_of("Subianto berkirim surat kepada Lee."))
    assert.equal(2, #ev_of("Subianto dan Lee saling berkirim surat."))
  end)

  it("does not take a report or an award received for a meeting", function()
    assert.same({}, ev_of("Subianto menerima laporan dari Lee."))
    assert.same({}, ev_of("Subianto menerima penghargaan dari Lee di Seoul."))
  end)
end)

describe("doc:events() congratulations, lists received, and the event named again", function()
  it("sends congratulations on someone's occasion to that person", function()
    local e = one("Subianto mengucapkan selamat atas kemenangan Lee dalam pemilu.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Subianto mengucapkan selamat atas kemenangan tim nasional."))
    -- and so does a letter of congratulations, while a letter of another kind goes to no one
    e = one("Presiden Ahmad Subianto mengirim surat ucapan selamat atas kemenangan Lee Min Ho dalam pemilu.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Subianto mengirim kartu ucapan atas ulang tahun Lee. Kartu itu diterima Istana pada Senin (17/6).")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Subianto mengirim surat protes atas penunjukan Lee Min Ho."))
  end)

  it("takes no addressee from what the congratulations are about, but kepada after it", function()
    -- "dengan"/"ke" past "atas" belong to the occasion, not the addressee
    assert.same({}, events("Presiden Maria Kowalska menyampaikan selamat atas bergabungnya Arkadia dengan ASEAN."))
    assert.same({}, events("Presiden Maria Kowalska menyampaikan selamat atas masuknya Arkadia ke ASEAN."))
    local e = one("Kowalska menyampaikan ucapan selamat atas pelantikannya kepada Presiden Ahmad Subianto.")
    assert.same({ "message", "Maria Kowalska", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee menerima ucapan selamat atas ulang tahunnya dari Kowalska.")
    assert.same({ "message", "Maria Kowalska", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Subianto mengirim surat terkait kerja sama dagang kepada Lee.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- another "to" word before a person still addresses the letter; before a country, it is what it is about
    e = one("Subianto mengirim surat terkait banjir ke Presiden Lee pada Senin.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Prasetyo mengirim surat tentang anggaran untuk Presiden Subianto.")
    assert.same({ "letter", "Joko Prasetyo", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Subianto mengirim surat terkait bantuan untuk Palestina."))
  end)

  it("gives one event per sender listed after dari", function()
    local ev = events("Subianto mendapat ucapan selamat dari Lee dan Kowalska.")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "Maria Kowalska" }, { ev[1].sender, ev[2].sender })
  end)

  it("reads menitipkan surat untuk Y as a letter", function()
    local e = one("Lee menitipkan surat untuk Subianto melalui Kowalska.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("makes the message just told a letter when 'Ucapan itu disampaikan melalui surat ...'", function()
    local e = one("Lee mengirimkan ucapan selamat kepada Subianto. Ucapan itu disampaikan melalui surat yang diterima "
      .. "pada Senin (17/6).")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Lee mengirimkan ucapan selamat kepada Subianto. Ucapan itu disampaikan melalui pesan singkat.")
    assert.equal("message", e.type)
  end)

  it("dates the event of the sentence before from 'Pertemuan itu ...'", function()
    local ev = events("Lee bertemu Subianto di Seoul. Pertemuan itu berlangsung pada Senin (17/6/2024).")
    assert.equal(1, #ev)
    assert.equal("2024-06-17", ev[1].date)
    ev = events("Lee bertemu Subianto di Seoul. Kowalska tiba pada Senin (17/6/2024).")
    assert.is_nil(ev[1].date)
    -- the bare noun opening the sentence before a verb of taking place names it too
    ev = events("Lee bertemu Subianto di Seoul. Pertemuan berlangsung pada Senin (17/6/2024).")
    assert.same({ 1, "2024-06-17" }, { #ev, ev[1].date })
    ev = events("Lee bertemu Subianto di Seoul. Pertemuan lanjutan dijadwalkan pada Senin (17/6/2024).")
    assert.is_nil(ev[1].date)
    -- a letter's reference number between the noun and its demonstrative
    -- (a body's acronym inside it is none of its parties: MK, KPU)
    for _, ref in ipairs({ "600/1234-DLH", "005/KB.2/VI/2024", "S-512/MK/2024", "S-12/MK.02/2024",
                           "88/KPU/VI/2024" }) do
      ev = events("Lee mengirimkan surat kepada Subianto. Surat bernomor " .. ref ..
        " itu dikirim pada Jumat (14/6/2024).")
      assert.same({ 1, "2024-06-14" }, { #ev, ev[1].date }, ref)
    end
  end)

  it("reads 'kedua pemimpin bertemu' as a meeting of the two parties of the event before", function()
    local ev = events("Lee menerima Subianto di Seoul. Kedua pemimpin bertemu selama dua jam pada Senin (17/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "meeting", "2024-06-17" }, { ev[1].type, ev[1].date })
    ev = events("Lee dan Subianto bertukar surat. Itu terjadi setelah kedua kepala negara bertemu di Seoul.")
    assert.equal(3, #ev)
    assert.equal("meeting", ev[3].type)
  end)

  it("meets the leader of a delegation received or met", function()
    local e = one("Presiden Ahmad Subianto menerima delegasi Korea Selatan yang dipimpin oleh Lee di Istana.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Subianto bertemu rombongan pengusaha yang diketuai Presiden Lee Min Ho.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- a group with no leader named is no party
    assert.same({}, events("Subianto menerima delegasi Korea Selatan di Istana."))
    -- the leader named by the next sentence
    e = one("Gubernur Joko Prasetyo menerima kunjungan delegasi Kota Busan, Korea Selatan, di Semarang, "
      .. "Senin (17/6). Delegasi dipimpin Presiden Maria Kowalska.")
    assert.same({ "meeting", "Joko Prasetyo", "Maria Kowalska", "2024-06-17" },
      { e.type, e.sender, e.recipient, e.date })
    e = one("Subianto menerima rombongan pengusaha di Istana. Rombongan itu dipimpin oleh PM Tanaka Hiroshi.")
    assert.same({ "meeting", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Subianto menerima delegasi pengusaha di Istana. Tanaka dipimpin oleh Lee."))
    assert.same({}, events("Subianto menulis surat. Delegasi itu dipimpin oleh PM Tanaka Hiroshi."))
    -- with where the group is from for a demonstrative
    e = one("Gubernur Joko Prasetyo bertemu delegasi parlemen Korea Selatan di Semarang, Senin (17/6). Delegasi "
      .. "Korea Selatan dipimpin Presiden Lee Min Ho.")
    assert.same({ "meeting", "Joko Prasetyo", "Lee Min Ho", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("meets the envoy named after whose envoy he is, not the one who sent him", function()
    local e = one("Presiden Ahmad Subianto menerima utusan khusus Presiden Lee Min Ho, Park Jae Won, di Istana "
      .. "Merdeka, Jakarta, Senin (17/6).")
    assert.same({ "meeting", "Ahmad Subianto", "Park Jae Won", "2024-06-17" },
      { e.type, e.sender, e.recipient, e.date })
    e = one("Subianto bertemu dengan utusan khusus Presiden Lee Min Ho, Menteri Luar Negeri Park Jae Won, di Jakarta.")
    assert.same({ "meeting", "Ahmad Subianto", "Park Jae Won" }, { e.type, e.sender, e.recipient })
    e = one("Utusan khusus Presiden Lee Min Ho, Park Jae Won, bertemu Presiden Ahmad Subianto di Istana Merdeka.")
    assert.same({ "meeting", "Park Jae Won", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Lee Min Ho menerima utusan khusus Presiden Ahmad Subianto, yakni Menlu Siti Rahma, di Seoul.")
    assert.same({ "meeting", "Lee Min Ho", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    -- the envoy sent to meet someone goes
    e = one("Presiden Ahmad Subianto mengirim utusan khusus, Menlu Siti Rahma, untuk bertemu Presiden Lee Min Ho.")
    assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- an envoy left unnamed is no party: the one who sent him was not met
    assert.same({}, events("Presiden Ahmad Subianto menerima utusan khusus Presiden Lee Min Ho di Istana Merdeka."))
  end)

  it("reads a reply told in the passive (Surat itu dibalas X) as X's reply to the writer", function()
    local ev = events("Subianto mengirim surat kepada Lee pada 3 Juni. Surat itu dibalas Lee pada 10 Juni.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-10" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    local e = reply("Surat Presiden Ahmad Subianto dibalas Presiden Lee Min Ho pada 10 Juni.", "Lee Min Ho")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = reply("Pesan dari Presiden Ahmad Subianto dibalas oleh Presiden Lee Min Ho.", "Lee Min Ho")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads the holder of an office at the time told, set off after saat itu", function()
    -- (the office's holder now, named before, is not whom the meeting of 2019 was with)
    local ev = events("Presiden Vietnam Nguyen Van Binh belum pernah bertemu Kowalska. Pada 2019, Kowalska bertemu "
      .. "Presiden Vietnam saat itu, Tran Quoc Hung, di Hanoi.")
    assert.equal(1, #ev)
    assert.same({ "Maria Kowalska", "Tran Quoc Hung", "2019" }, { ev[1].sender, ev[1].recipient, ev[1].date })
  end)
  it("takes no party past an unnamed addressee's comma, nor a headline's capitalised verb as a name", function()
    assert.same({}, events("Presiden Lee Kirim Surat ke Presiden Afrika Selatan, Ajak Perkuat BRICS"))
    -- the name set off after a place still is the party
    local e = one("Menlu Siti Rahma melakukan pembicaraan dengan mitranya dari Korea Selatan, Lee Min Ho, di Seoul.")
    assert.same({ "Siti Rahma", "Lee Min Ho" }, { e.sender, e.recipient })
  end)
  it("takes the host of a meeting as a party (menjadi tuan rumah pertemuan trilateral dengan Y dan Z)", function()
    local ev = events("Presiden Lee Min Ho menjadi tuan rumah pertemuan puncak trilateral dengan PM Tanaka Hiroshi "
      .. "dan Presiden Ahmad Subianto di Seoul, Senin (17/6).")
    assert.equal(3, #ev)
    local pairs_seen = {}
    for _, e in ipairs(ev) do
      local p = { e.sender, e.recipient }
      table.sort(p)
      pairs_seen[#pairs_seen + 1] = table.concat(p, "+")
    end
    table.sort(pairs_seen)
    assert.same({ "Ahmad Subianto+Lee Min Ho", "Ahmad Subianto+Tanaka Hiroshi", "Lee Min Ho+Tanaka Hiroshi" },
      pairs_seen)
  end)
  it("takes no party from who reports a meeting, set off by a comma after Menurut or Kata", function()
    for _, text in ipairs({
      "Menurut Menlu Siti Rahma, PM Tanaka Hiroshi dan Presiden Maria Kowalska bertemu di Tokyo.",
      "Kata Menlu Siti Rahma, PM Tanaka Hiroshi dan Presiden Maria Kowalska berbicara melalui telepon.",
    }) do
      local e = one(text)
      local p = { e.sender, e.recipient }
      table.sort(p)
      assert.same({ "Maria Kowalska", "Tanaka Hiroshi" }, p)
    end
  end)
  it("keeps the parties of an event inside its own clause", function()
    -- a relative clause on the addressee names no sender
    local e = one("Lee mengirim telegram kepada Subianto yang terpilih sebagai presiden oleh parlemen, Rabu (19/6).")
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06-19" }, { e.sender, e.recipient, e.date })
    -- a fronted clause naming an event told before ends at its comma
    assert.same({}, events("Usai pertemuan, Gubernur Joko Prasetyo mengatakan koordinasi dengan TNI dan Polri "
      .. "sudah dimulai."))
    e = one("Usai pertemuan dengan Lee, Subianto mengatakan kerja sama akan diperluas.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- a verb after "dan" opens a clause of its own: whom the reply goes to is not where it is forwarded
    local ev = events("Lee mengirim surat kepada Subianto. Subianto membalas surat tersebut dan meneruskannya ke KPU.")
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { ev[2].sender, ev[2].recipient })
    -- a purpose after the party the verb names is a clause of its own
    e = one("Lee menyurati Subianto untuk mengundang Gubernur Joko Prasetyo ke Seoul.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee menelepon Subianto guna membahas kunjungan Menlu Siti Rahma.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- with no party named before it, the addressee may still come after the purpose
    e = one("Lee mengirim surat untuk mengucapkan selamat kepada Subianto.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { e.sender, e.recipient })
  end)
  it("takes a club's or a team's name (words no list knows and a place, or a place and United) as a body", function()
    local e = one("Persikota Bekasi mengirimkan surat kepada PSSI pada Jumat (14/6/2024).")
    assert.same({ "letter", "Persikota Bekasi", "PSSI", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
    e = one("PSSI mengirimkan surat kepada Bekasi United.")
    assert.same({ "PSSI", "Bekasi United" }, { e.sender, e.recipient })
    e = one("Presiden Ahmad Subianto mengirimkan ucapan selamat kepada Timnas Indonesia.")
    assert.same({ "message", "Ahmad Subianto", "Timnas Indonesia" }, { e.type, e.sender, e.recipient })
    -- a place alone stays the place
    assert.same({}, events("Subianto mengirimkan bantuan ke Bekasi."))
  end)
  it("takes a regional office with the place it serves as a body (Pemkab Garut, BPBD Garut, DPRD Garut)", function()
    local e = one("Pemkab Garut mengirim surat kepada KPU pada Senin (17/6).")
    assert.same({ "letter", "Pemkab Garut", "KPU", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("BPBD Garut mengirim surat kepada Gubernur Joko Prasetyo.")
    assert.same({ "BPBD Garut", "Joko Prasetyo" }, { e.sender, e.recipient })
    local q = kimput.parse('"Warga diminta waspada," tulis DPRD Garut dalam keterangan resminya.'):quotes()[1]
    assert.equal("DPRD Garut", q.speaker)
  end)
  it("takes untitled names no list knows as parties of the usual verbs of contact", function()
    local function pair(text)
      local e = one(text)
      return { e.type, e.sender, e.recipient, e.date }
    end
    for text, want in pairs({
      ["Budi Hartawan mengadakan pertemuan dengan Rina Kusuma pada Senin (17/6)."] = "meeting",
      ["Budi Hartawan melanjutkan pertemuan dengan Rina Kusuma pada Senin (17/6)."] = "meeting",
      ["Budi Hartawan melayangkan surat kepada Rina Kusuma pada Senin (17/6)."] = "letter",
      ["Budi Hartawan menyurati Rina Kusuma pada Senin (17/6)."] = "letter",
      ["Budi Hartawan dan Rina Kusuma bertemu di Bandung pada Senin (17/6)."] = "meeting",
      ["Rina Kusuma ditelepon Budi Hartawan pada Senin (17/6)."] = "call",
      ["Rina Kusuma menerima telepon dari Budi Hartawan pada Senin (17/6)."] = "call",
      ["Budi Hartawan menerima kunjungan Rina Kusuma pada Senin (17/6)."] = "meeting",
      ["Budi Hartawan resmi mengirimkan surat kepada Rina Kusuma pada Senin (17/6)."] = "letter",
      ["Budi Hartawan secara resmi mengirimkan surat kepada Rina Kusuma pada Senin (17/6)."] = "letter",
    }) do
      local got = pair(text)
      assert.equal(want, got[1], text)
      assert.equal("2024-06-17", got[4], text)
      local parties = { got[2], got[3] }
      table.sort(parties)
      assert.same({ "Budi Hartawan", "Rina Kusuma" }, parties, text)
    end
  end)
  it("takes the name after a title's place and the units it lies in, set off by commas, as the subject", function()
    local e = one("Kepala Desa Sukamaju, Kecamatan Cibiru, Garut, Darto Wiyono, menyurati Gubernur Joko Prasetyo.")
    assert.same({ "letter", "Darto Wiyono", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    e = one("Kepala Desa Sukamaju, Kecamatan Cibiru, Garut, Darto, menyurati Gubernur Joko Prasetyo.")
    assert.same({ "Darto", "Joko Prasetyo" }, { e.sender, e.recipient })
  end)
  it("sends an office's reply to the writer of the letter just told, dated by the letter's own date", function()
    local ev = events("Kepala Desa Darto Wiyono menyurati Presiden Ahmad Subianto pada 3 Juni 2024. Sekretariat "
      .. "Presiden kemudian membalas surat itu. Dalam surat balasan tertanggal 10 Juni 2024, pihak istana "
      .. "menyebut permohonan diteruskan.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Setpres", "Darto Wiyono", "2024-06-10" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    assert.equal("2024-06-03", ev[1].date)
  end)
  it("sends a reply with no addressee to the one who wrote to the replier", function()
    local ev = events("Lee mengirim surat kepada Subianto. Subianto kemudian membalas surat tersebut.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("Lee mengirim ucapan selamat kepada Subianto. Subianto membalas dengan kartu ucapan.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("Lee mengirim ucapan selamat kepada Subianto. Subianto membalasnya sehari kemudian.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("Lee mengirim surat kepada Subianto. Sebagai balasan, Subianto mengirim surat.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("Lee mengirim surat kepada Subianto. Sebagai balasannya, Subianto mengirim surat pada Maret.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-03" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- one who received nothing answers nobody
    assert.equal(1, #events("Lee mengirim surat kepada Subianto. Kowalska membalas surat tersebut."))
    assert.same({}, events("Subianto membalas kritik Lee."))
    -- an answer in words is no letter
    assert.equal(1, #events("Lee mengirim surat kepada Subianto. Subianto membalas dengan mengatakan bahwa ia senang."))
    -- nor an answer in deeds: "membalasnya dengan" what is no letter
    assert.equal(1, #events("Lee mengirim surat kepada Subianto. Subianto membalasnya dengan peluncuran satelit."))
    ev = events("Lee mengirim surat kepada Subianto. Subianto membalasnya dengan sepucuk surat.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    -- a reply letter sent, or to be sent, reads as "membalas"
    ev = events("Lee mengirim surat kepada Subianto. Subianto mengirimkan surat balasan pada Senin (17/6/2024).")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-17" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    assert.equal(2, #events("Lee mengirim surat kepada Subianto. Subianto akan mengirim surat balasan."))
    -- with nothing received, a reply letter names no addressee
    assert.same({}, events("Subianto mengirim surat balasan."))
  end)

  it("types a passive verb by the longest noun before it (surat ucapan selamat yang dikirim X: a letter)", function()
    local e = one("Surat ucapan selamat yang dikirim Presiden Lee Min Ho kepada Subianto dipublikasikan media.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Ucapan selamat yang dikirim Presiden Lee Min Ho kepada Subianto dipublikasikan media.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("answers the latest letter to the replier, past a letter the sender wrote to someone else since", function()
    local ev = events("Lee mengirim kartu ucapan kepada Subianto pada Senin (17/6). Lee juga mengirim surat kepada "
      .. "Kowalska. Sehari kemudian, Subianto membalasnya.")
    assert.equal(3, #ev)
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-18" },
      { ev[3].type, ev[3].sender, ev[3].recipient, ev[3].date })
    -- not one four sentences back
    assert.equal(2, #events("Lee mengirim surat kepada Subianto. Lee juga mengirim surat kepada Kowalska. "
      .. "Cuaca cerah. Warga berkumpul. Pasar ramai. Subianto membalasnya."))
  end)

  it("answers a letter quoted over several paragraphs: the quoted sentences are no narrative between", function()
    local letter = "Lee mengirim pesan ucapan selamat kepada Subianto pada Senin (17/6/2024).\n"
      .. "\"Saya mengucapkan selamat atas kemenangan Anda. Rakyat kami menyambut hasil ini.\n"
      .. "Kedua negara memiliki sejarah panjang. Kami ingin memperdalam kerja sama.\n"
      .. "Saya menantikan kunjungan Anda ke Seoul,\" tulis Lee.\n"
    local ev = events(letter .. "Subianto membalas pesan tersebut dua hari kemudian.")
    assert.equal(2, #ev)
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho", "2024-06-19" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    ev = events(letter .. "Subianto membalasnya sehari kemudian.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho", "2024-06-18" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- narrative between still counts: three sentences told outside the quote are too far
    assert.equal(1, #events("Lee mengirim pesan ucapan selamat kepada Subianto.\nPesan itu dibacakan di televisi. "
      .. "Para pengamat menilainya penting. Hubungan kedua negara membaik.\n"
      .. "\"Kami menyambut hasil ini. Kedua negara bersahabat,\" tulis Lee.\nSubianto membalasnya."))
  end)

  it("reads 'membalas surat yang dikirim X' as a letter back to X", function()
    local e = reply("Lee membalas surat ucapan selamat yang dikirim Presiden Ahmad Subianto.", "Lee Min Ho")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Lee bertemu utusan yang dikirim Subianto."))
  end)

  it("leaves a date after setelah or sebelum to the happening it dates", function()
    local e = one("Lee mengirim surat kepada Subianto seminggu setelah pemilu pada 14 Februari 2024.")
    assert.is_nil(e.date)
    e = one("Setelah tiba pada Senin (17/6/2024), Lee mengirim surat kepada Subianto.")
    assert.is_nil(e.date)
    e = one("Saat tiba pada Senin (17/6/2024), Lee menyerahkan surat kepada Subianto.")
    assert.equal("2024-06-17", e.date)
    e = one("Lee mengirim surat kepada Subianto pada 20 Juni, seminggu setelah pertemuan di Seoul.")
    assert.equal("2024-06-20", e.date)
    -- a date closing the sentence past a comma is the report's day, the event's
    e = one("Lee bertemu Subianto di Istana Merdeka sebelum upacara peringatan dimulai, Rabu (19/6/2024).")
    assert.equal("2024-06-19", e.date)
    e = one("Lee bertemu Subianto usai makan malam kenegaraan, Rabu (19/6/2024).")
    assert.equal("2024-06-19", e.date)
  end)

  it("dates a courier's letter by the meeting where it was handed over", function()
    local ev = events("Subianto menerima Duta Besar Korea Selatan Park Ji Sung pada Senin (13/5/2024). Keduanya "
      .. "membahas kerja sama. Park juga menyampaikan salam hangat Lee kepada Subianto.")
    assert.equal(2, #ev)
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto", "2024-05-13" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
  end)

  it("reads the agent of a letter handed over in the passive as its courier", function()
    local ev = events("Surat dari Lee diserahkan oleh Duta Besar Korea Selatan Park Ji Sung kepada Subianto.")
    assert.equal(1, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    ev = events("Surat Lee disampaikan oleh Menteri Luar Negeri Siti Rahma kepada Subianto.")
    assert.equal(1, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)

  it("reads a call at someone's home as a meeting (bertandang, sowan, bersilaturahmi), not a trip to a place",
    function()
      local e = one("Subianto bertandang ke kediaman Lee di Seoul.")
      assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
      assert.equal(1, #events("Lee bersilaturahmi dengan Subianto di Jakarta."))
      assert.same({}, events("Lee bertandang ke Jakarta pekan lalu."))
      e = one("Bupati Banyuwangi Ipuk Fiestiandani berkunjung ke kediaman budayawan Sutanto Hadi, Minggu (16/6).")
      assert.same({ "meeting", "Ipuk Fiestiandani", "Sutanto Hadi" }, { e.type, e.sender, e.recipient })
      assert.same({}, events("Subianto berkunjung ke Jakarta bersama Lee."))
    end)

  it("reads a call on someone (menyambangi, menghadap X) and a visit to X's home as a meeting", function()
    local e = one("Prasetyo menyambangi Subianto di kantornya, Senin (17/6).")
    assert.same({ "meeting", "Joko Prasetyo", "Ahmad Subianto", "2024-06-17" },
      { e.type, e.sender, e.recipient, e.date })
    e = one("Gubernur Joko Prasetyo menghadap Presiden Ahmad Subianto di Istana.")
    assert.same({ "meeting", "Joko Prasetyo", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Prasetyo mengunjungi kediaman Subianto di Jakarta.")
    assert.same({ "meeting", "Joko Prasetyo", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Prasetyo menyambangi rumah dinas Subianto pada Senin.")
    assert.same({ "meeting", "Joko Prasetyo", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Polisi menyambangi rumah pelaku di Desa Sukamaju."))
    -- a person's party (rombongan) is met as the person
    e = one("Gubernur Joko Prasetyo menyambut kedatangan rombongan Presiden Lee Min Ho di bandara.")
    assert.same({ "meeting", "Joko Prasetyo", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("reads a meeting held with named people (menggelar rapat dengan X) and a video conference as a call",
    function()
      local e = one("Subianto menggelar rapat dengan Lee di Istana.")
      assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
      assert.equal("call", one("Subianto mengadakan video conference dengan Lee.").type)
      assert.same({}, events("DPR menggelar rapat paripurna pada Selasa."))
    end)

  it("never reads 'Keduanya' opening a sentence as a party's name", function()
    local ev = events("Subianto menerima ucapan selamat dari Lee dan Tanaka. Keduanya mengucapkan selamat atas "
      .. "pelantikan Subianto.")
    for _, e in ipairs(ev) do assert.are_not.equal("Keduanya", e.sender) end
  end)

  it("reads a body named with its acronym in parentheses as the subject", function()
    local ev = events("Dewan Perwakilan Daerah (DPD) mengirimkan surat kepada Subianto, Selasa (8/7/2025).")
    assert.same({ "letter", "DPD", "Ahmad Subianto", "2025-07-08" }, { ev[1].type, ev[1].sender, ev[1].recipient,
      ev[1].date })
  end)

  it("dates the letter told before from 'Surat itu diserahkan oleh X kepada Y, Rabu'", function()
    local ev = events("Lee mengirim surat kepada Subianto. Surat itu diserahkan oleh Duta Besar Korea Selatan "
      .. "Park Ji Sung kepada Menteri Luar Negeri Siti Rahma di Jakarta, Rabu (19/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06-19" }, { ev[1].sender, ev[1].recipient, ev[1].date })
  end)

  it("reads an act done with someone in his visit as a meeting of the two", function()
    local e = one("Presiden Ahmad Subianto menandatangani perjanjian kemitraan dengan Presiden Lee Min Ho saat Lee "
      .. "berkunjung ke Jakarta pada Rabu (19/6/2024).")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho", "2024-06-19" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("PM Tanaka Hiroshi mengecam perjanjian Subianto dengan Lee saat Lee berkunjung ke Jakarta."))
    assert.same({}, events("Subianto menandatangani perjanjian dengan Lee."))
  end)

  it("reads the agent of a letter handed over in a relative clause as its courier", function()
    assert.same({}, events("Undangan itu disampaikan melalui surat yang diserahkan Duta Besar Korea Selatan Park Ji "
      .. "Sung kepada Menteri Luar Negeri Siti Rahma pada Senin (17/6/2024)."))
    local ev = events("Lee mengirim surat kepada Subianto. Surat resmi yang diantarkan Dubes Park Ji Sung kepada "
      .. "Menlu Siti Rahma itu tiba pada Senin (17/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { ev[1].sender, ev[1].recipient })
  end)

  it("reads 'X menyampaikan surat itu kepada Y' after a letter told before as that letter passed on", function()
    local ev = events("Lee mengirim surat kepada Subianto. Menlu Siti Rahma berjanji akan segera menyampaikan "
      .. "surat itu kepada Presiden Subianto.")
    assert.equal(1, #ev)
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { ev[1].sender, ev[1].recipient })
  end)

  it("dates the letter told before whatever the courier's title (Dubes X, Menlu Y), and reads 'Surat itu "
    .. "dikirim X kepada Y' alone as X's letter", function()
    local ev = events("Lee mengirim surat kepada Subianto. Surat itu diserahkan oleh Dubes Korsel Park Ji Sung "
      .. "kepada Menlu Siti Rahma di Jakarta, Rabu (19/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06-19" }, { ev[1].sender, ev[1].recipient, ev[1].date })
    local e = one("Surat itu dikirim Presiden Lee Min Ho kepada Presiden Ahmad Subianto.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads 'surat kepada Y yang diterima Z' as the letter received, no meeting of Z", function()
    local e = one("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto yang diterima Istana pada "
      .. "Senin (17/6/2024).")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads 'Surat tertanggal <date> itu dikirim X kepada Y' as X's letter of that date", function()
    local e = one("Surat tertanggal 5 Juni 2024 itu dikirim Presiden Lee Min Ho kepada Presiden Ahmad Subianto.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-05" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("reads 'X menerima (kunjungan) A dan B' as a meeting with each", function()
    local ev = events("Presiden Ahmad Subianto menerima kunjungan Menlu Siti Rahma dan Presiden Lee Min Ho.")
    assert.equal(2, #ev)
    assert.same({ "Ahmad Subianto", "Siti Rahma", "Ahmad Subianto", "Lee Min Ho" },
      { ev[1].sender, ev[1].recipient, ev[2].sender, ev[2].recipient })
  end)

  it("reads the addressee in the main clause after 'Dalam pesan ucapan selamatnya,'", function()
    local e = one("Dalam pesan ucapan selamatnya, Lee menyatakan dukungan kepada Subianto.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Dalam telegramnya, Lee menyampaikan duka kepada Subianto.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads 'kedua pemimpin bertemu' up to three sentences after the pair's event (eight, no pair between)", function()
    local ev = events("Lee mengirim surat kepada Subianto. Surat itu dibacakan di depan parlemen. "
      .. "Isinya menyinggung kerja sama maritim. Hal ini terjadi sebulan setelah kedua pemimpin bertemu di Bali "
      .. "pada 3 Mei 2024.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "2024-05-03" }, { ev[2].type, ev[2].date })
    ev = events("Lee mengirim surat kepada Subianto. Cuaca cerah. Warga senang. Panen naik. "
      .. "Kedua pemimpin bertemu di Bali.")
    assert.equal(2, #ev)
    ev = events("Lee mengirim surat kepada Subianto. Cuaca cerah. Warga senang. Panen naik. Harga turun. "
      .. "Pasar ramai. Hujan reda. Jalan sepi. Sekolah libur. Kedua pemimpin bertemu di Bali.")
    assert.equal(1, #ev)
    ev = events("Lee mengirim surat kepada Subianto. Cuaca cerah. Rahma memuji Kowalska. Panen naik. "
      .. "Kedua pemimpin bertemu di Bali.")
    assert.equal(1, #ev)
  end)

  it("reads 'Kedua pemimpin' far on as the two leaders of the events told, past other people", function()
    local ev = events("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto pada Senin (17/6/2024). "
      .. "Isinya menyinggung kerja sama maritim. Istana belum menanggapi. Namun Menlu Siti Rahma mengatakan "
      .. "pemerintah menghargai surat itu. \"Kami akan membalasnya,\" ujar Rahma. Surat itu tiba sepekan sebelum "
      .. "Subianto dijadwalkan ke Seoul. Kunjungan itu akan menjadi yang pertama dalam lima tahun. Harga turun. "
      .. "Pasar ramai. Kedua pemimpin terakhir bertemu di Bali pada Mei 2023.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto", "2023-05" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
  end)

  it("leaves who reports it ('Menurutnya,', 'Menurut X,') out of the pair of 'keduanya'", function()
    for _, text in ipairs({
      "Rahma menyambut baik rencana itu. Menurutnya, Presiden Lee Min Ho telah mengundang Subianto saat keduanya "
        .. "berbicara melalui telepon pada bulan lalu.",
      "Menurut Rahma, Presiden Lee Min Ho telah mengundang Subianto saat keduanya berbicara melalui telepon pada "
        .. "bulan lalu.",
    }) do
      local e = one(text)
      assert.same({ "call", "Lee Min Ho", "Ahmad Subianto", "2024-05" }, { e.type, e.sender, e.recipient, e.date })
    end
  end)

  it("reads a letter received and passed on as no meeting ('Surat itu diterima X dan diteruskan kepada Y')", function()
    local ev = events('"Presiden Lee menantikan kunjungan itu," tutur Rahma. Rahma juga menyerahkan surat dari Lee '
      .. "untuk Subianto. Surat itu diterima Tanaka dan akan diteruskan kepada Presiden.")
    assert.equal(1, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)

  it("dates 'Pesan serupa juga dikirimkan X kepada Z' as the like message of the same sender told before", function()
    local ev = events("Presiden Lee Min Ho mengirimkan pesan ucapan selamat kepada Presiden Ahmad Subianto pada "
      .. "Senin (10/6/2024). Dalam pesannya, Lee menyatakan bahwa kedua negara bersahabat. Pesan serupa juga "
      .. "dikirimkan Lee kepada Menteri Luar Negeri Siti Rahma.")
    assert.same({ "Siti Rahma", "2024-06-10" }, { ev[2].recipient, ev[2].date })
    -- a message of another sender takes none of it
    ev = events("Presiden Lee Min Ho mengirimkan pesan kepada Presiden Ahmad Subianto pada Senin (10/6/2024). "
      .. "Dalam pesannya, Lee menyatakan bahwa kedua negara bersahabat. Pesan serupa juga dikirimkan Tanaka "
      .. "kepada Menteri Luar Negeri Siti Rahma.")
    assert.is_nil(ev[2].date)
  end)

  it("reads the addressee after a sender with a long title ('surat dari Menteri Luar Negeri Korea Z X kepada Y')",
    function()
      local e = one("Duta Besar Park Ji Sung menyampaikan surat dari Menteri Luar Negeri Korea Selatan Lee Min Ho "
        .. "kepada Menteri Luar Negeri Indonesia Siti Rahma.")
      assert.same({ "letter", "Lee Min Ho", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    end)

  it("reads letters counted ('menerima 27 surat dari X'), and no meeting's date from a letter's clause", function()
    local ev = events("Presiden Ahmad Subianto mengaku menerima 27 surat dari Presiden Lee Min Ho. Dalam salah satu "
      .. "surat yang dikirim pada Desember 2023, Lee menyebut pertemuan mereka di Bali sebagai kenangan berharga. "
      .. "Keduanya bertemu di Bali pada Juni 2023.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.same({ "meeting", "2023-06" }, { ev[2].type, ev[2].date })
    assert.equal(2, #ev)
  end)

  it("gives 'saat keduanya bertemu' the two people named before it in the sentence", function()
    local e = one("Lee mengundang Subianto ke Seoul saat keduanya bertemu di Bali pada 3 Juni 2024.")
    assert.same({ "meeting", "2024-06-03" }, { e.type, e.date })
    -- one of them before it, the other named with that one in the sentence before
    e = one("Lee mengundang Presiden Ahmad Subianto ke Seoul. Undangan itu disampaikan Lee saat keduanya bertemu "
      .. "di Bali, Senin (3/6/2024), lapor KNA pada Selasa (4/6/2024).")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto", "2024-06-03" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("gives a clause after the main one ('setelah melakukan pembicaraan') its subject", function()
    local e = one("Lee dan Subianto menandatangani perjanjian setelah melakukan pembicaraan selama dua jam.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee pulang ke Seoul setelah bertemu Subianto.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads 'menerima ucapan dari X' as a message, a remark to a crowd as none", function()
    local e = one("Subianto juga menerima ucapan dari Presiden Lee Min Ho.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Ucapan Subianto kepada wartawan itu dikutip media."))
    e = one("Lee menyampaikan salam hangat kepada Subianto.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("reads a call named after the other party ('berbicara dengan Y melalui telepon')", function()
    local e = one("Lee berbicara dengan Subianto melalui telepon pada Senin (17/6/2024).")
    assert.same({ "call", "2024-06-17" }, { e.type, e.date })
    e = one("Lee berbicara melalui sambungan video dengan Subianto.")
    assert.equal("call", e.type)
    assert.same({}, events("Lee berbicara dengan Subianto di Seoul."))
    -- past the party and a date
    e = one("Lee mengatakan bahwa ia telah berbicara dengan Subianto pada Jumat (14/6) melalui telepon.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Lee berbicara dengan Subianto di Seoul dan kemudian menerima telepon dari istrinya."))
    -- or in a phrase fronted before the subject
    e = one("Melalui sambungan telepon, Lee berbicara dengan Subianto pada Senin (17/6/2024).")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Di Seoul, Lee berbicara dengan Subianto."))
  end)

  it("reads holding or attending a summit together as a meeting", function()
    assert.equal("meeting", one("Lee dan Subianto mengadakan KTT di Jakarta.").type)
    assert.equal("meeting", one("Lee menghadiri KTT bersama Subianto.").type)
    assert.same({}, events("Lee melakukan kunjungan ke Jakarta."))
  end)

  it("reads the headline verbs 'Balas Surat Y' and 'Beri Selamat Y'", function()
    local e = reply("Lee Min Ho Balas Surat Ahmad Subianto", "Lee Min Ho")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee Min Ho Beri Selamat Ahmad Subianto")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee Min Ho Ucap Selamat kepada Ahmad Subianto")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("takes the day a sentence gives over the year or month it also names", function()
    local e = one("Tahun lalu, Lee menerima surat dari Subianto pada peringatan hari jadi kota, 3 Oktober 2023.")
    assert.equal("2023-10-03", e.date)
    e = one("Bulan ini Lee bertemu Subianto di Seoul.")
    assert.equal("2024-06", e.date)
  end)
end)

describe("doc:events() a person the gazetteer does not hold", function()
  it("takes a name set off by commas after a description, before 'yang', as a person", function()
    local e = one("Adalah mantan pemain sepak bola Eropa, Marco Lanzetti, yang mengucapkan selamat ulang tahun "
      .. "kepada Subianto pada 8 Januari 2014.")
    assert.same({ "message", "Marco Lanzetti", "Ahmad Subianto", "2014-01-08" },
      { e.type, e.sender, e.recipient, e.date })
    local m = kimput.parse("Di lokasi itu, Taman Sari, yang dibangun pada 1765, ramai dikunjungi.", {}):mentions()
    for _, x in ipairs(m) do assert.is_not.equal("person", x.kind) end
  end)
end)

describe("doc:events() a subject set off with a description", function()
  it("takes the one named before the commas, not one named inside them", function()
    local e = one("Rina Kusuma, adik Presiden Maria Kowalska, mengirim surat kepada PM Tanaka Hiroshi pada Senin.")
    assert.same({ "letter", "Rina Kusuma", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Siti Rahma, Menteri Luar Negeri Republik Ceko, bertemu Presiden Maria Kowalska di Jakarta.")
    assert.same({ "meeting", "Siti Rahma", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Gubernur Joko Prasetyo, didampingi Menlu Siti Rahma, menerima surat dari PM Tanaka Hiroshi.")
    assert.same({ "letter", "Tanaka Hiroshi", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() received in the passive", function()
  it("reads X diterima Y as a meeting, and a letter or message of X's met or received as that letter", function()
    local e = one("Siti Rahma diterima Presiden Maria Kowalska di istana pada Senin.")
    assert.same({ "meeting", "Maria Kowalska", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    e = one("Menlu Siti Rahma tiba di Warsawa dan diterima langsung oleh Presiden Maria Kowalska.")
    assert.same({ "meeting", "Maria Kowalska", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    e = one("Surat PM Tanaka Hiroshi disambut hangat oleh Presiden Maria Kowalska.")
    assert.same({ "letter", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- and in the active voice: a letter welcomed is received
    e = one("Presiden Maria Kowalska menyambut baik surat dari PM Tanaka Hiroshi.")
    assert.same({ "letter", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Pesan dari PM Tanaka Hiroshi diterima Presiden Maria Kowalska pada Senin.")
    assert.same({ "message", "Tanaka Hiroshi", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    -- a proposal accepted is nobody met
    assert.same({}, events("Usulan PM Tanaka Hiroshi diterima Presiden Maria Kowalska."))
  end)
end)

describe("doc:events() a letter sent through a body", function()
  it("merges a letter to a body with the one just told from the same sender to a person", function()
    local ev = events("PM Tanaka Hiroshi mengirim pesan ulang tahun kepada Presiden Maria Kowalska pada Senin "
      .. "(17/6/2024). Pesan itu dikirimkan Tanaka ke Kementerian Luar Negeri Polandia.")
    assert.equal(1, #ev)
    assert.same({ "message", "Tanaka Hiroshi", "Maria Kowalska" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)
end)

describe("doc:events() people the gazetteer does not hold, named bare", function()
  it("reads who meets, calls or writes to someone as a person, and whom a person meets", function()
    local e = one("Sinta Dewi bertemu Rudi Hartono di Bandung pada Senin.")
    assert.same({ "meeting", "Sinta Dewi", "Rudi Hartono" }, { e.type, e.sender, e.recipient })
    e = one("Sinta Dewi menelepon Rudi Hartono pada Senin malam.")
    assert.same({ "call", "Sinta Dewi", "Rudi Hartono" }, { e.type, e.sender, e.recipient })
    -- two clubs meet on the pitch: no people
    assert.same({}, events("Persib Bandung bertemu Persija Jakarta pada Minggu."))
  end)
end)

describe("doc:events() a letter named after the clause", function()
  it("reads 'X memuji Y dalam sebuah surat' as a letter from X to Y", function()
    local e = one("Pada bulan Mei lalu, Lee memuji kepemimpinan Subianto dalam sebuah surat yang menandai "
      .. "ulang tahun hubungan kedua negara.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-05" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Kowalska menyampaikan terima kasih kepada Tanaka melalui pesan singkat.")
    assert.same({ "message", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    -- the way of the event the clause tells already is no second one
    e = one("Prasetyo mendapat ucapan selamat ulang tahun dari Subianto melalui pesan singkat.")
    assert.same({ "message", "Ahmad Subianto", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
  end)

  it("reads a letter named before the clause (X melalui surat … meminta Y) as X's letter to Y", function()
    for _, text in ipairs({
      "Menlu Siti Rahma melalui surat bernomor 100.2/1575/SJ meminta Gubernur Joko Prasetyo menyiapkan data.",
      "Menlu Siti Rahma melalui suratnya meminta Gubernur Joko Prasetyo menyiapkan data.",
      "Melalui surat tertanggal 3 Juni 2024, Menlu Siti Rahma meminta Gubernur Joko Prasetyo menyiapkan data.",
    }) do
      local e = one(text)
      assert.same({ "letter", "Siti Rahma", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    end
    assert.same({}, events("Menlu Siti Rahma melalui surat tugas menunjuk Gubernur Joko Prasetyo sebagai ketua."))
    assert.same({}, events("Menlu Siti Rahma melalui surat meminta warga tenang, kata Gubernur Joko Prasetyo."))
  end)

  it("reads a fronted letter clause with its own date, or with -nya, as the subject's letter", function()
    local e = one("Melalui surat resmi pada Senin (17/6), Presiden Lee Min Ho mengundang Presiden Ahmad Subianto "
      .. "ke Seoul.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Melalui suratnya, Presiden Maria Kowalska mengajak PM Tanaka Hiroshi memperkuat kerja sama.")
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Dalam surat yang dikirim Selasa (18/6), Lee berterima kasih kepada Presiden Ahmad Subianto.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-18" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Dalam surat ucapan selamat, Presiden Ahmad Subianto mendoakan PM Tanaka Hiroshi.")
    assert.same({ "letter", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    -- a date of words after "pada" names no party either: the one after it is none of the event's
    assert.same({}, events("Undangan itu diterima Kementerian Luar Negeri pada awal pekan ini, kata Menlu Siti Rahma."))
  end)

  it("leaves a fronted letter clause alone when the subject is passive, the letter is another kind or told before",
    function()
      assert.same({}, events("Dalam surat yang dikirim Selasa (18/6), Lee disebut Subianto sebagai sahabat."))
      assert.same({}, events("Dalam surat dakwaan, Jaksa Penuntut Umum Andi Saputra menuntut terdakwa "
        .. "Budi Santoso hukuman lima tahun."))
      assert.same({}, events("Dalam surat itu, Presiden Lee Min Ho mengundang Presiden Ahmad Subianto ke Seoul."))
      -- "pada" before a date names no addressee: the subject after the clause is no recipient
      assert.same({}, events("Melalui surat yang diterima pada Senin (17/6), Lee menyatakan dukungan penuh."))
    end)

  it("needs a person addressed and a subject opening the sentence", function()
    assert.same({}, events("Lee memuji kemajuan ekonomi dalam sebuah surat."))
    assert.same({}, events("Menurut laporan yang dikutip banyak media, Lee dan Subianto sepakat dalam surat itu."))
    assert.same({}, events("Kowalska membenarkan isi pembahasan antara Lee dengan Subianto melalui surat."))
  end)
end)

describe("doc:events() a visit told on", function()
  it("dates an undated meeting by a sentence soon after naming both parties", function()
    local ev = events("Presiden Lee Min Ho tiba di Jakarta untuk bertemu dengan Presiden Ahmad Subianto. "
      .. "Kunjungan itu disambut meriah. Subianto menjemput Lee yang mendarat pada Senin (17/6/2024) pagi.")
    assert.equal(1, #ev)
    assert.equal("2024-06-17", ev[1].date)
  end)

  it("leaves it undated when the later sentence gives a year only or names one party", function()
    local ev = events("Lee tiba di Jakarta untuk bertemu dengan Subianto. Lee dan Subianto berteman sejak 2010.")
    assert.is_nil(ev[1].date)
    ev = events("Lee tiba di Jakarta untuk bertemu dengan Subianto. Lee mendarat pada Senin (17/6/2024).")
    assert.is_nil(ev[1].date)
  end)
end)

describe("doc:events() a possessed noun late in the clause", function()
  it("reads 'Dalam pesannya, X mengundang Y' and 'Dalam balasannya, X ...' as X's message or reply to Y", function()
    local e = one("Dalam pesannya, Lee mengundang Subianto berkunjung ke Seoul.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- the reply, dated by its own clause; the message thanked for is the other way
    e = reply("Dalam balasannya yang dikirim pada 10 Juni 2024, Subianto berterima kasih kepada Lee atas "
      .. "ucapan selamatnya.", "Ahmad Subianto")
    assert.same({ "message", "Lee Min Ho", "2024-06-10" }, { e.type, e.recipient, e.date })
    -- a reply to a letter is a letter
    local ev = events("Lee mengirim surat kepada Subianto. Dalam balasannya, Subianto mengundang Lee ke Jakarta.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    -- but not to a letter between others
    ev = events("Kowalska mengirim surat kepada Tanaka. Dalam balasannya, Subianto berterima kasih kepada Lee "
      .. "atas dukungannya.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    -- "Sebagai balasannya," stays the reply phrase: the letter sent after it is the reply, once
    ev = events("Lee mengirim surat kepada Subianto. Sebagai balasannya, Subianto juga mengirim surat.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "Subianto juga mengirim surat" },
      { ev[2].type, ev[2].sender, ev[2].recipient,
        ("Lee mengirim surat kepada Subianto. Sebagai balasannya, Subianto juga mengirim surat."):sub(
          ev[2].evidence[1], ev[2].evidence[2]) })
  end)

  it("gives 'dalam pesannya' and 'dalam pertemuannya' to the subject of the sentence", function()
    local e = one("Lee memuji Subianto dalam suratnya yang dikirim Senin (17/6/2024).")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Lee menyampaikan hal itu dalam pertemuannya dengan Subianto.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() a meeting still ahead", function()
  it("marks a meeting planned when a relative clause after it says 'yang akan'", function()
    local e = one("Pertemuan Lee dengan Subianto di Bali, yang juga akan berlangsung pada 15 Agustus, "
      .. "dinanti banyak pihak.")
    assert.is_true(e.planned)
    e = one("Pertemuan Lee dengan Subianto di Bali yang berlangsung pada 15 Mei dinilai sukses.")
    assert.is_nil(e.planned)
    -- a relative clause of something the clause names after the meeting is not the meeting's
    assert.is_nil(one("Pertemuan Rahma dengan Kowalska membahas KTT yang akan digelar di Bali.").planned)
  end)
end)

describe("doc:events() a fronted noun and a title's standing", function()
  it("gives a call or meeting in a fronted clause to the subject of the sentence", function()
    local e = one("Dalam panggilan telepon dengan Presiden Maria Kowalska, Subianto membahas bantuan pangan.")
    assert.same({ "call", "Ahmad Subianto", "Maria Kowalska" }, { e.type, e.sender, e.recipient })
    e = one("Dalam pertemuan dengan Lee di Seoul, Rahma menyinggung kerja sama energi.")
    assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("gives no owner to a meeting after 'setelah' in the middle of a sentence", function()
    assert.same({}, events("Pemerintahnya menunda perundingan setelah pertemuan dengan Lee gagal."))
  end)

  it("reads 'Presiden terpilih X' as a person with his standing, not an occasion", function()
    local e = one("Presiden Lee Min Ho menelepon Presiden terpilih Dimas Anggara pada Rabu (12/6/2024) malam.")
    assert.same({ "call", "Lee Min Ho", "Dimas Anggara", "2024-06-12" }, { e.type, e.sender, e.recipient, e.date })
    assert.is_nil(e.occasion)
    e = one("Lee mengucapkan selamat atas terpilihnya Subianto sebagai presiden.")
    assert.equal("terpilihnya", e.occasion)
  end)

  it("reads 'bersua' as a meeting", function()
    local e = one("Subianto bersua dengan Presiden Lee Min Ho di sela KTT di Bali.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events() 'Saat itu' pointing back at a time", function()
  it("dates the event by the last date of the sentence before", function()
    local e = one("Lee berkunjung ke Jakarta pada September 2023. Saat itu, Lee bertemu Subianto di istana.")
    assert.same({ "meeting", "2023-09" }, { e.type, e.date })
    e = one("Hubungan kedua negara erat sejak Lee tiba pada 12 Mei. Pada saat itu, ia langsung bertemu Subianto.")
    assert.equal("2024-05-12", e.date)
  end)

  it("reads a letter read out by a courier before its addressee as the sender's to the addressee", function()
    for _, text in ipairs({ "Surat dari Kowalska itu dibacakan Duta Besar Polandia di hadapan Subianto.",
                            "Surat Presiden Kowalska dibacakan oleh Duta Besar Polandia di hadapan Subianto." }) do
      local e = one(text)
      assert.same({ "letter", "Maria Kowalska", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    end
    assert.equal(0, #events("Subianto berpidato di hadapan Kowalska."))
  end)

  it("points 'Pada kesempatan yang sama' past a sentence of the last meeting, at the story's occasion", function()
    for _, bg in ipairs({ "Keduanya terakhir kali bertemu pada Juni 2022 di Seoul.",
                          "Mereka terakhir bertemu di Seoul pada Juni 2022." }) do
      local ev = events("Subianto menerima kunjungan Lee di Istana Bogor, Senin (13/5/2024). " .. bg
        .. " Pada kesempatan yang sama, Subianto juga bertemu Menlu Siti Rahma.")
      assert.equal(3, #ev)
      assert.same({ "2024-05-13", "2022-06", "Siti Rahma", "2024-05-13" },
        { ev[1].date, ev[2].date, ev[3].recipient, ev[3].date })
    end
  end)

  it("reads the same day, the occasion or the place just told as that time", function()
    local e = one("Lee tiba di Jakarta pada Senin (13/5/2024). Pada hari yang sama, Lee bertemu Subianto.")
    assert.equal("2024-05-13", e.date)
    e = one("Lee tiba di Jakarta pada Senin (13/5/2024). Dalam kunjungan itu, Lee bertemu Subianto.")
    assert.equal("2024-05-13", e.date)
    e = one("Lee berpidato pada Senin (13/5/2024). Pada kesempatan tersebut, ia juga bertemu Subianto.")
    assert.equal("2024-05-13", e.date)
    e = one("Lee tiba di Jakarta pada Senin (13/5/2024). Setibanya di istana, Lee disambut Subianto.")
    assert.same({ "Ahmad Subianto", "2024-05-13" }, { e.sender, e.date })
    e = one("Pada Senin (13/5/2024), Lee tiba di Jakarta. Di sana, ia bertemu Subianto.")
    assert.equal("2024-05-13", e.date)
    local ev = events("Lee bertemu Kowalska di sela-sela KTT G20, Sabtu (15/6/2024). Di sela-sela KTT yang sama, "
      .. "Menlu Siti Rahma bertemu PM Tanaka Hiroshi.")
    assert.same({ 2, "2024-06-15" }, { #ev, ev[2].date })
    -- the same year is no day
    e = one("Lee tiba di Jakarta pada Senin (13/5/2024). Pada tahun yang sama, Lee bertemu Subianto.")
    assert.is_nil(e.date)
  end)

  it("dates a meeting told right after its party's arrival by the day of the arrival", function()
    local e = one("PM Tanaka Hiroshi tiba di Jakarta pada Senin (13/5/2024). Ia diterima Subianto di Istana.")
    assert.same({ "Ahmad Subianto", "Tanaka Hiroshi", "2024-05-13" }, { e.sender, e.recipient, e.date })
    e = one("PM Tanaka Hiroshi tiba di Jakarta pada Senin (13/5/2024). Keesokan harinya, ia bertemu Subianto.")
    assert.equal("2024-05-14", e.date)
    -- a part of the day opening the sentence is that day's ("Pagi hari,", "Siangnya,")
    for _, opener in ipairs({ "Pagi hari", "Pada pagi hari", "Siangnya" }) do
      e = one("PM Tanaka Hiroshi memulai kunjungan ke Jakarta, Senin (13/5/2024).\n\n" .. opener ..
        ", Tanaka bertemu Presiden Ahmad Subianto di Istana.")
      assert.equal("2024-05-13", e.date, opener)
    end
    -- not a meeting of before the story, nor one still planned
    assert.is_nil(one("Tanaka tiba di Jakarta pada Senin (13/5/2024). Tanaka pernah bertemu Subianto di Osaka.").date)
    assert.is_nil(one("Tanaka tiba di Jakarta pada Senin (13/5/2024). Ia dijadwalkan bertemu Subianto.").date)
    -- the clock time of the arrival is not the meeting's
    assert.is_nil(one("Tanaka tiba di istana pukul 10.00 WIB. Ia disambut Subianto di halaman istana.").date)
    -- a comma after the party in the meeting's sentence opens no phrase of its own
    e = one("PM Tanaka Hiroshi tiba di Jakarta pada Senin (13/5/2024). Tanaka lalu menuju istana, tempat ia "
      .. "disambut oleh Presiden Ahmad Subianto.")
    assert.same({ "Ahmad Subianto", "Tanaka Hiroshi", "2024-05-13" }, { e.sender, e.recipient, e.date })
    -- a sentence of background with no date between: still the arrival's day, and a meeting of
    -- before the story told later is another one
    local ev = events("PM Tanaka Hiroshi tiba di Jakarta pada Senin (13/5/2024) dini hari. Ini kunjungan "
      .. "pertamanya dalam sepuluh tahun terakhir. Presiden Ahmad Subianto menyambut Tanaka di bandara. Keduanya "
      .. "terakhir bertemu di Osaka pada Maret 2023.")
    assert.equal(2, #ev)
    assert.same({ "2024-05-13", "2023-03" }, { ev[1].date, ev[2].date })
    -- not across a sentence with a date of its own
    e = one("Tanaka tiba di Jakarta pada Senin (13/5/2024). Lee tiba sehari kemudian. Subianto menyambut Tanaka.")
    assert.is_nil(e.date)
  end)

  it("dates a meeting right after a lead sentence that names its party first and a day, and tells no event", function()
    local e = one("PM Tanaka Hiroshi meletakkan karangan bunga di Taman Makam Pahlawan Kalibata, Jakarta, Senin "
      .. "(13/5/2024). Tanaka kemudian diterima Presiden Ahmad Subianto di Istana Merdeka.")
    assert.same({ "Ahmad Subianto", "Tanaka Hiroshi", "2024-05-13" }, { e.sender, e.recipient, e.date })
    -- so after an opening phrase of right after what the lead told ("Usai upacara itu,"), not another one
    e = one("PM Tanaka Hiroshi meletakkan karangan bunga di Taman Makam Pahlawan Kalibata, Senin (13/5/2024). Usai "
      .. "upacara peletakan, Tanaka bertemu Presiden Ahmad Subianto di Istana Merdeka.")
    assert.equal("2024-05-13", e.date)
    assert.is_nil(one("PM Tanaka Hiroshi meletakkan karangan bunga di Kalibata, Senin (13/5/2024). Di masa mudanya, "
      .. "Tanaka bertemu Presiden Ahmad Subianto di Osaka.").date)
    -- not when another person opens the lead, nor a meeting of before the story, nor one planned
    assert.is_nil(one("Menlu Siti Rahma meletakkan karangan bunga di Kalibata, Senin (13/5/2024). Tanaka kemudian "
      .. "diterima Presiden Ahmad Subianto di Istana Merdeka.").date)
    assert.is_nil(one("Tanaka meletakkan karangan bunga di Kalibata, Senin (13/5/2024). Tanaka pernah bertemu "
      .. "Subianto di Osaka.").date)
    assert.is_nil(one("Tanaka meletakkan karangan bunga di Kalibata, Senin (13/5/2024). Tanaka dijadwalkan bertemu "
      .. "Subianto.").date)
  end)

  it("dates a planned meeting by the plan its party is said to have in the sentence right before", function()
    local e = one("PM Tanaka Hiroshi dijadwalkan berkunjung ke Jakarta pada Agustus mendatang. Tanaka akan bertemu "
      .. "Presiden Ahmad Subianto di Istana Bogor.")
    assert.same({ "Tanaka Hiroshi", "Ahmad Subianto", "2024-08", true }, { e.sender, e.recipient, e.date, e.planned })
    -- not a time of a visit told as held, nor of another person's plan
    assert.is_nil(one("PM Tanaka Hiroshi berkunjung ke Jakarta pada Agustus 2023. Tanaka akan bertemu "
      .. "Presiden Ahmad Subianto di Istana Bogor.").date)
    assert.is_nil(one("Menlu Siti Rahma dijadwalkan berkunjung ke Tokyo pada Agustus mendatang. Tanaka akan bertemu "
      .. "Presiden Ahmad Subianto di Istana Bogor.").date)
  end)

  it("takes the date of the event just told when the sentence before names none, for a courier's letter too",
    function()
      local ev = events("Subianto menerima Duta Besar Korea Selatan Park Ji Sung pada Senin (13/5/2024). "
        .. "Dalam pertemuan itu, Park menyerahkan surat dari Lee. "
        .. "Pada hari yang sama, Subianto juga menerima surat dari Tanaka.")
      assert.equal(3, #ev)
      assert.same({ "Lee Min Ho", "2024-05-13" }, { ev[2].sender, ev[2].date })
      assert.same({ "Tanaka Hiroshi", "2024-05-13" }, { ev[3].sender, ev[3].date })
      -- the courier's meeting told first in the headline, further back than three sentences
      ev = kimput.parse("Park Bertemu Subianto di Istana\nSenin, 13 Mei 2024 19:45 WIB\nOleh: Budi\n"
        .. "Duta Besar Korea Selatan Park Ji Sung bertemu Presiden Ahmad Subianto di Istana pada Senin (13/5/2024). "
        .. "Pertemuan itu dilaporkan kantor berita KNA. Park menyampaikan salam dari Presiden Lee Min Ho kepada "
        .. "Subianto.", { published = "2024-05-13" }):events()
      assert.same({ "message", "Lee Min Ho", "2024-05-13" }, { ev[#ev].type, ev[#ev].sender, ev[#ev].date })
      -- the courier's visit to the addressee told on for a few sentences before the letter
      ev = events("Presiden Ahmad Subianto menerima kunjungan Duta Besar Korea Selatan Park Ji Sung pada Senin "
        .. "(13/5/2024). Pertemuan berlangsung hangat. Keduanya membahas kerja sama. Park mengatakan bahwa "
        .. "hubungan kedua negara erat. Ia juga menyerahkan surat dari Presiden Lee Min Ho kepada Subianto.")
      assert.same({ "letter", "Lee Min Ho", "2024-05-13" }, { ev[#ev].type, ev[#ev].sender, ev[#ev].date })
    end)

  it("leaves the event undated without the phrase", function()
    local e = one("Lee berkunjung ke Jakarta pada September 2023. Lee bertemu Subianto di istana.")
    assert.is_nil(e.date)
  end)
end)

describe("doc:events() thanks for what was sent", function()
  it("reads 'berterima kasih kepada X atas suratnya' as X's letter to the subject", function()
    local e = one("Lee berterima kasih kepada Subianto atas ucapan selamat ulang tahunnya.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Lee mengucapkan terima kasih kepada Subianto atas surat yang dikirimnya.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- thanks in a letter a fronted clause names: that letter is the thanker's, of its day; the message
    -- thanked for keeps its type and takes no date of that clause
    for _, noun in ipairs({ "suratnya", "surat balasannya" }) do
      local ev = events("Dalam " .. noun .. " yang dikirim pada 10 Juni 2024, Lee berterima kasih kepada Subianto "
        .. "atas ucapan selamatnya.")
      assert.equal(2, #ev, noun)
      assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-10" },
        { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
      assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
      assert.is_nil(ev[2].date)
    end
  end)

  it("reports nothing when the thanks are for support or help", function()
    assert.same({}, events("Lee berterima kasih kepada Subianto atas dukungannya selama ini."))
    assert.same({}, events("Lee berterima kasih kepada Subianto."))
  end)
end)

describe("doc:events() a meeting agreed or hoped for", function()
  it("marks a meeting planned after sepakat, setuju or berharap", function()
    assert.is_true(one("Lee dan Subianto sepakat bertemu kembali di Seoul.").planned)
    assert.is_true(one("Lee berharap dapat bertemu Subianto tahun ini.").planned)
    assert.is_nil(one("Lee dan Subianto bertemu kembali di Seoul.").planned)
  end)
end)

describe("doc:events() cards and video links", function()
  it("reads a card sent to a leader as a letter and talks over a video link as a call", function()
    assert.equal("letter", one("Lee mengirim kartu kepada Subianto.").type)
    assert.equal("call", one("Lee dan Subianto melakukan pembicaraan melalui tautan video.").type)
    assert.same({}, events("Pemerintah memberikan kartu bansos kepada warga."))
  end)
end)

describe("doc:events() a they-phrase after a sentence naming two people", function()
  it("gives 'keduanya' the two people of the sentence before when no event was told", function()
    local e = one("Lee dan Subianto menandatangani pakta. Penandatanganan dilakukan setelah keduanya "
      .. "menggelar pertemuan.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)

  it("finds no pair among three people", function()
    assert.same({}, events("Lee, Subianto dan Rahma hadir. Keduanya kemudian bertemu."))
  end)
end)

describe("doc:events() a letter named late in the clause", function()
  it("gives 'dalam surat yang dikirimkan kepada Y' to the subject of the sentence", function()
    local e = one("Undangan itu disampaikan Lee dalam surat yang dikirimkan kepada Subianto pekan ini.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Rahma menyampaikan hal itu dalam pertemuan dengan Lee di Seoul.")
    assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("merges a named day's congratulations with the letter told before, whatever year is recalled", function()
    local ev = events("Lee menulis surat untuk Subianto. Lee juga mengucapkan selamat kepada Subianto pada "
      .. "peringatan Hari Kemerdekaan yang dirayakan sejak 1945.")
    assert.equal(1, #ev)
    assert.equal("letter", ev[1].type)
  end)
end)

describe("doc:events() the base forms of headline verbs", function()
  it("reads 'X Sambut Y' and 'X Temui Y' as meetings", function()
    assert.equal("meeting", one("Lee sambut Subianto di bandara.").type)
    assert.equal("meeting", one("Lee temui Subianto di Seoul.").type)
  end)
end)

describe("doc:events() denied", function()
  it("reports nothing the sentence says did not happen", function()
    assert.same({}, events("Lee menolak bertemu Subianto."))
    assert.same({}, events("Lee tidak pernah menelepon Subianto."))
    assert.same({}, events("Subianto membantah telah menerima surat dari Lee."))
    assert.same({}, events("Lee batal bertemu Subianto."))
    assert.same({}, events("Lee urung menelepon Subianto."))
    -- none of it, nor a plan of it
    assert.same({}, events("Tidak ada pertemuan antara Lee dan Subianto dalam kunjungan tersebut."))
    assert.same({}, events("Tak ada rencana pertemuan antara Lee dan Subianto."))
    assert.same({}, events("Subianto mengatakan tidak ada rencana untuk menelepon Lee."))
    assert.is_true(one("Subianto mengatakan ada rencana untuk menelepon Lee.").planned)
    -- a claim denied, in a clause after "bahwa" or in a headline
    assert.same({}, events("Juru bicara Rahma membantah kabar bahwa Presiden Lee Min Ho bertemu Subianto di Tokyo."))
    assert.same({}, events("Kementerian itu menepis laporan bahwa PM Tanaka Hiroshi menjamu Lee dan Subianto."))
    assert.same({}, events("Istana bantah Lee temui Subianto."))
    -- (not a word of negation before "bahwa": that tells it happened)
    assert.equal(1, #events("Rahma tidak menyangka bahwa Lee bertemu Subianto."))
    assert.equal(1, #events("Rahma membantah bahwa Lee sakit, tetapi mengatakan bahwa Lee bertemu Subianto."))
  end)

  it("reports nothing called off after the noun and its parties (batal digelar, ditunda)", function()
    assert.same({}, events("Pertemuan antara Lee dan Subianto batal digelar."))
    assert.same({}, events("Kunjungan Lee ke Jakarta untuk bertemu Subianto ditunda hingga bulan depan."))
    -- put off once, held in the end: the relative clause does not call it off
    assert.equal(1, #events("Pertemuan Lee dan Subianto yang sempat ditunda itu akhirnya digelar pada Senin."))
    -- a relative clause of plan does not end the clause that calls it off
    assert.same({}, events("Pertemuan antara Menlu Siti Rahma dan Presiden Maria Kowalska yang semula "
      .. "dijadwalkan Selasa (18/6) dibatalkan."))
    assert.same({}, events("Pertemuan antara Lee dan Subianto yang sedianya digelar Kamis (20/6) terpaksa ditunda."))
    assert.is_true(one("Subianto sedianya bertemu Lee pada Kamis (20/6).").planned)
    -- a purpose held
    assert.equal(1, #events("Lee terbang ke Jakarta untuk bertemu Subianto pada Senin."))
    -- a body's building gone to is a place: no party, nor a subject between
    for _, text in ipairs({ "Lee datang ke Istana Merdeka untuk bertemu Subianto.",
                            "Lee melakukan kunjungan ke Istana Merdeka untuk bertemu Subianto." }) do
      local e = one(text)
      assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient }, text)
    end
    assert.same({}, events("Lee melakukan kunjungan ke Istana Merdeka."))
    -- its subject after a time opening the sentence
    local ev = events("Pada Juni 2024, Lee dijadwalkan melakukan kunjungan ke Jakarta untuk bertemu Subianto.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06" }, { ev[1].sender, ev[1].recipient, ev[1].date })
    -- planned, then called off after "namun"
    assert.same({}, events("Lee dijadwalkan bertemu Subianto di Bali, namun Subianto batal hadir."))
    assert.equal(1, #events("Lee dijadwalkan bertemu Subianto di Bali, namun cuaca buruk."))
  end)

  it("holds the plan just told when the next sentence says 'pertemuan itu akhirnya digelar', on its day", function()
    local e = one("Rahma dan Kowalska dijadwalkan bertemu Kamis (20/6). Pertemuan itu akhirnya digelar Jumat (21/6) di "
      .. "Warsawa.")
    assert.same({ "2024-06-21" }, { e.date })
    assert.is_nil(e.planned)
    assert.is_nil(one("Rahma akan bertemu Kowalska. Pertemuan tersebut akhirnya terlaksana di Warsawa.").planned)
    -- still ahead
    e = one("Rahma dan Kowalska dijadwalkan bertemu Kamis (20/6). Pertemuan itu akan digelar di Warsawa.")
    assert.same({ "2024-06-20", true }, { e.date, e.planned })
  end)

  it("calls off the plan just told when the next sentence says 'kunjungan tersebut dibatalkan'", function()
    assert.same({}, events("Subianto dijadwalkan menerima kunjungan Presiden Lee Min Ho pada Kamis (27/6). "
      .. "Namun, kunjungan tersebut akhirnya dibatalkan."))
    assert.same({}, events("Rahma akan bertemu Kowalska di Warsawa pekan depan. Pertemuan itu batal digelar."))
    -- the plan itself named, or the noun with the party met
    assert.same({}, events("Menlu Siti Rahma semula dijadwalkan bertemu Presiden Maria Kowalska pada Sabtu (22/6). "
      .. "Rencana itu dibatalkan setelah KTT ditunda."))
    assert.same({}, events("Presiden Ahmad Subianto akan bertemu Presiden Lee Min Ho pada Selasa (25/6). "
      .. "Namun, pertemuan dengan Lee itu akhirnya dibatalkan."))
    assert.is_true(one("Rahma akan bertemu Kowalska pekan depan. Rencana itu disambut baik.").planned)
    -- put off once, still on; or told about, not called off
    assert.is_true(one("Rahma akan bertemu Kowalska di Warsawa pekan depan. Pertemuan tersebut sebelumnya "
      .. "sempat ditunda.").planned)
    assert.is_true(one("Rahma akan bertemu Kowalska pekan depan. Pertemuan itu membahas isu pangan.").planned)
    -- and one held is not undone
    local ev = events("Rahma bertemu Kowalska pada Senin (17/6). Namun, pertemuan itu dibatalkan.")
    assert.equal(1, #ev)
    -- the events before it stay, and those after are read
    ev = events("Lee menelepon Subianto pada Senin. Rahma akan bertemu Kowalska pekan depan. Namun, pertemuan itu "
      .. "dibatalkan. Tanaka mengirim surat kepada Subianto.")
    assert.same({ "call", "letter" }, { ev[1].type, ev[2].type })
    assert.equal(2, #ev)
  end)

  it("still reports 'tidak hanya bertemu' and 'belum lama ini bertemu'", function()
    -- (and the party after "tetapi juga" is met too)
    local ev = events("Lee tidak hanya bertemu Subianto, tetapi juga Rahma di Bali.")
    assert.equal(2, #ev)
    assert.same({ "Ahmad Subianto", "Siti Rahma" }, { ev[1].recipient, ev[2].recipient })
    ev = events("Gubernur Joko Prasetyo tak hanya menemui PM Tanaka Hiroshi namun juga Presiden Maria Kowalska.")
    assert.same({ 2, "Tanaka Hiroshi", "Maria Kowalska" }, { #ev, ev[1].recipient, ev[2].recipient })
    ev = events("Selain bertemu PM Tanaka Hiroshi, Gubernur Joko Prasetyo juga menemui Presiden Maria Kowalska.")
    assert.same({ 2, "Joko Prasetyo", "Tanaka Hiroshi", "Joko Prasetyo", "Maria Kowalska" },
      { #ev, ev[1].sender, ev[1].recipient, ev[2].sender, ev[2].recipient })
    assert.equal(1, #events("Lee tidak hanya bertemu Subianto, tetapi juga membahas ekonomi."))
    -- with its preposition said again; and no list without "hanya" before
    ev = events("Lee mengirim surat tidak hanya kepada Subianto, tetapi juga kepada Rahma.")
    assert.same({ 2, "Ahmad Subianto", "Siti Rahma" }, { #ev, ev[1].recipient, ev[2].recipient })
    assert.equal(1, #events("Lee bertemu Subianto, tetapi juga Rahma tidak hadir."))
    assert.equal(1, #events("Lee belum lama ini bertemu Subianto."))
  end)

  it("gives 'Y juga mengirim surat' the addressee of the letter told before", function()
    local ev = events("Presiden Lee Min Ho mengirimkan surat ucapan selamat kepada Presiden Ahmad Subianto. "
      .. "Selain Lee, PM Tanaka Hiroshi juga mengirim surat ucapan selamat pada Senin (17/6).")
    assert.equal(2, #ev)
    assert.same({ "letter", "Tanaka Hiroshi", "Ahmad Subianto", "2024-06-17" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- past a reply told between: the one congratulated, not the one who congratulated first
    ev = events("Presiden Lee Min Ho mengirimkan surat ucapan selamat kepada Presiden Ahmad Subianto. "
      .. "Subianto telah membalas surat Lee. PM Tanaka Hiroshi juga menyampaikan ucapan selamat pada Senin (17/6).")
    assert.equal(3, #ev)
    assert.same({ "message", "Tanaka Hiroshi", "Ahmad Subianto" }, { ev[3].type, ev[3].sender, ev[3].recipient })
    -- congratulations by telephone: a call to the one congratulated, one per sender
    ev = events("Presiden Lee Min Ho mengirimkan pesan ucapan selamat kepada Presiden Ahmad Subianto. "
      .. "PM Tanaka Hiroshi dan Presiden Maria Kowalska juga menyampaikan ucapan selamat melalui sambungan telepon.")
    assert.equal(3, #ev)
    assert.same({ "call", "Tanaka Hiroshi", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    assert.same({ "call", "Maria Kowalska", "Ahmad Subianto" }, { ev[3].type, ev[3].sender, ev[3].recipient })
    -- an addressee of its own that is no party is not the one told
    ev = events("Presiden Lee Min Ho mengirimkan telegram kepada Presiden Ahmad Subianto. PM Tanaka Hiroshi juga "
      .. "mengirim pesan belasungkawa kepada Ketua Parlemen Indonesia.")
    assert.equal(1, #ev)
  end)

  it("leaves a letter with no addressee alone when nothing says 'also'", function()
    local ev = events("Presiden Lee Min Ho mengirimkan surat kepada Presiden Ahmad Subianto. "
      .. "PM Tanaka Hiroshi mengirim surat pada Senin (17/6).")
    assert.equal(1, #ev)
    -- nor does the addressee of the letter before write to himself
    ev = events("Presiden Lee Min Ho mengirimkan surat kepada Presiden Ahmad Subianto. Subianto juga mengirim surat.")
    assert.equal(1, #ev)
    -- nor a letter of another kind, nor one told long after
    ev = events("Presiden Lee Min Ho mengirimkan surat kepada Presiden Ahmad Subianto. "
      .. "Menlu Siti Rahma juga mengirim surat terbuka kepada publik.")
    assert.equal(1, #ev)
    ev = events("Presiden Lee Min Ho mengirimkan surat kepada Presiden Ahmad Subianto. Cuaca cerah. Angin tenang. "
      .. "Laut teduh. Kapal berlayar. PM Tanaka Hiroshi juga mengirim surat.")
    assert.equal(1, #ev)
  end)

  it("reads congratulations told over the telephone as a call to the one congratulated", function()
    for _, text in ipairs({
      "Presiden Lee Min Ho mengucapkan selamat kepada Presiden Ahmad Subianto melalui telepon.",
      "Presiden Lee Min Ho menyampaikan ucapan selamat kepada Subianto lewat sambungan telepon.",
      "Presiden Lee Min Ho mengucapkan selamat kepada Subianto dalam percakapan telepon, Senin (17/6).",
      -- the way named in a fronted phrase
      "Melalui sambungan telepon, Presiden Lee Min Ho menyampaikan ucapan selamat kepada Subianto.",
    }) do
      local e = one(text)
      assert.same({ "call", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    end
    -- a call in another clause is another event
    local ev = events("Presiden Lee Min Ho menyampaikan ucapan selamat kepada Presiden Ahmad Subianto, "
      .. "sehari setelah keduanya berbicara melalui telepon.")
    assert.same({ "message", "call" }, { ev[1].type, ev[2] and ev[2].type })
    -- in the call the fronted clause points back at: that call, whoever called
    local e = one("Lee menelepon Subianto pada Jumat (21/6). Dalam percakapan itu, Subianto mengucapkan selamat "
      .. "kepada Lee atas kemenangannya.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto", "kemenangan" }, { e.type, e.sender, e.recipient, e.occasion })
    -- also past a relative clause before the demonstrative
    e = one("Subianto menerima telepon dari Lee pada Jumat (21/6). Dalam percakapan yang berlangsung sekitar 20 "
      .. "menit itu, Lee mengucapkan selamat atas kemenangan Subianto.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto", "kemenangan" }, { e.type, e.sender, e.recipient, e.occasion })
    -- a meeting is not a call
    ev = events("Lee bertemu Subianto pada Jumat (21/6). Dalam pertemuan itu, Subianto mengucapkan selamat kepada Lee.")
    assert.same({ "meeting", "message" }, { ev[1].type, ev[2] and ev[2].type })
  end)

  it("gives a letter a courier hands over to the person it names ('surat X')", function()
    local e = one("Menlu Siti Rahma menyerahkan surat Presiden Lee Min Ho kepada Presiden Ahmad Subianto di Jakarta.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Menlu Siti Rahma menyerahkan surat kepada Presiden Ahmad Subianto.")
    assert.same({ "Siti Rahma", "Ahmad Subianto" }, { e.sender, e.recipient })
  end)

  it("sends a letter a courier hands over with no addressee to the one the courier met", function()
    local function letter(text)
      for _, e in ipairs(events(text)) do
        if e.type ~= "meeting" then return e end
      end
    end
    local e = letter("Menlu Siti Rahma bertemu Presiden Ahmad Subianto dan menyerahkan surat pribadi dari Lee.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = letter("Rahma bertemu Subianto di Jakarta. Ia menyerahkan surat dari Presiden Lee Min Ho.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = letter("Menlu Siti Rahma bertemu Presiden Ahmad Subianto dan menyampaikan pesan Presiden Lee Min Ho.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- no meeting told: no addressee to give it
    assert.same({}, events("Menlu Siti Rahma menyampaikan pesan Presiden Lee Min Ho."))
    -- the letter of someone unnamed is not the courier's
    assert.same({}, events("Gubernur Joko Prasetyo menyerahkan surat dari warga kepada Presiden Ahmad Subianto."))
    -- what the courier receives is the courier's
    e = letter("Rahma bertemu Subianto. Ia menerima surat dari Lee.")
    assert.same({ "letter", "Lee Min Ho", "Siti Rahma" }, { e.type, e.sender, e.recipient })
  end)

  it("reads 'berterima kasih atas surat X' as X's letter to the one who thanks", function()
    local e = one("Presiden Ahmad Subianto berterima kasih atas surat Presiden Lee Min Ho.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- the agent of a passive relative clause after the noun wrote it too
    e = one("Presiden Lee Min Ho mengucapkan terima kasih atas ucapan selamat yang disampaikan Presiden Ahmad "
      .. "Subianto.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Lee Min Ho berterima kasih atas surat yang dikirimkan oleh Presiden Ahmad Subianto.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("finds what a verb sends past what else was sent with it (karangan bunga dan ucapan belasungkawa)", function()
    local e = one("Presiden Ahmad Subianto mengirimkan karangan bunga dan ucapan belasungkawa kepada Presiden Lee Min "
      .. "Ho.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho", "belasungkawa" },
      { e.type, e.sender, e.recipient, e.occasion })
    assert.same({}, events("Presiden Ahmad Subianto mengirim pasukan dan bantuan kepada Presiden Lee Min Ho."))
  end)

  it("reads the occasion with the words that complete it", function()
    local function occ(text) return one(text).occasion end
    assert.equal("terpilihnya kembali sebagai Presiden Korea Selatan",
      occ("Subianto mengucapkan selamat kepada Lee atas terpilihnya kembali sebagai Presiden Korea Selatan."))
    assert.equal("ulang tahun", occ("Lee mengucapkan selamat ulang tahunnya kepada Subianto."))
    assert.equal("HUT ke-79 Kemerdekaan RI",
      occ("Lee mengirim ucapan selamat kepada Subianto pada HUT ke-79 Kemerdekaan RI."))
    assert.equal("peringatan 75 tahun hubungan diplomatik",
      occ("Lee mengirim surat kepada Subianto dalam rangka peringatan 75 tahun hubungan diplomatik kedua negara."))
    assert.equal("Hari Pahlawan", occ("Lee mengirim surat kepada Subianto dalam rangka peringatan Hari Pahlawan."))
    assert.equal("ulang tahun",
      occ("Lee mengirim ucapan selamat ulang tahun sebagai bentuk persahabatan kepada Subianto."))
  end)

  it("dates the event before by its noun and a demonstrative a few words after it", function()
    local ev = events("Presiden Lee Min Ho berbicara dengan Presiden Ahmad Subianto melalui sambungan telepon. "
      .. "Pembicaraan selama 15 menit tersebut dilakukan pada Kamis (13/6) malam.")
    assert.equal(1, #ev)
    assert.matches("^2024%-06%-13", ev[1].date)
  end)

  it("reads talking in person as a meeting: 'berbincang dengan Y di sela KTT', 'secara langsung'", function()
    local e = one("Presiden Lee Min Ho berbincang dengan Presiden Ahmad Subianto di sela KTT G20.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.equal("meeting", one("Lee berbicara secara langsung dengan Subianto di Jakarta.").type)
    assert.same({}, events("Lee berbicara dengan Subianto."))
  end)
end)

describe("doc:events() with a -nya party", function()
  it("takes a -nya for the other party as the latest person named before it, not the subject", function()
    local e = one("Subianto mengatakan Lee telah mengirim surat kepadanya pada pekan lalu.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Menurut Subianto, Lee meneleponnya pada Selasa.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Lee mengundang Subianto ke Seoul dan menjamunya makan malam.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- past a time opening the sentence: the one arriving is welcomed
    e = one("Sehari sebelumnya, Sabtu (15/6/2024), Lee tiba di Jakarta dan disambut Subianto.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho", "2024-06-15" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Subianto menyebut Lee pernah bertemu dengannya di Bali.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- nobody else named before it: no party, no event
    assert.same({}, events("Lee mengirim surat kepadanya."))
  end)
  it("takes a name no list holds as a party when it leads a group or follows a verb of meeting", function()
    local function ev(text)
      local out = {}
      for _, e in ipairs(kimput.parse(text, { published = "2025-03-03" }):events()) do
        out[#out + 1] = ("%s:%s>%s"):format(e.type, tostring(e.sender), tostring(e.recipient))
      end
      return out
    end
    assert.same({ "meeting:Rina Lestari>Tomas Wirawan" },
      ev("Menteri Rina Lestari menerima kunjungan delegasi parlemen Jepang yang dipimpin Tomas Wirawan."))
    assert.same({ "meeting:Tomas Wirawan>Rina Lestari" },
      ev("Delegasi Jepang yang dipimpin oleh Tomas Wirawan bertemu Menteri Rina Lestari di Senayan."))
    assert.same({ "letter:Rina Lestari>Tomas Wirawan" },
      ev("Menteri Rina Lestari mengirim surat kepada Tomas Wirawan pekan lalu."))
    -- a site's words are the lexicon's: no party
    assert.same({}, ev("Rina Lestari mengunjungi Candi Borobudur."))
  end)
end)

describe("lex:scan and the dates it is given", function()
  it("dates a verb in the clause of a relative word in that clause ('sejak bertemu di Z pada November')", function()
    local ev = events("Lee dan Kowalska berbicara melalui telepon pada Selasa (18/6), percakapan pertama mereka "
      .. "sejak bertemu di Warsawa pada November tahun lalu.")
    assert.equal(2, #ev)
    assert.same({ "call", "2024-06-18" }, { ev[1].type, ev[1].date })
    assert.same({ "meeting", "2023-11" }, { ev[2].type, ev[2].date })
  end)
  it("gives no date of a meeting told as the last one to an undated event told after it", function()
    local ev = events("Presiden Ahmad Subianto dan Presiden Maria Kowalska terakhir kali bertemu di Warsawa pada "
      .. "Juni 2023. Selain itu, Ahmad Subianto juga menerima surat dari Presiden Lee Min Ho.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "2023-06" }, { ev[1].type, ev[1].date })
    assert.same({ "letter", "Lee Min Ho" }, { ev[2].type, ev[2].sender })
    assert.is_nil(ev[2].date)
    -- a meeting told plainly still dates what the next sentence tells of its parties
    ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa pada 3 Juni 2024. "
      .. "Ahmad Subianto juga menerima surat dari Presiden Lee Min Ho.")
    assert.equal("2024-06-03", ev[2].date)
  end)
  it("takes no date from a citation closing the sentence (demikian dilaporkan X, Rabu)", function()
    for _, cite in ipairs({ "demikian dilaporkan", "seperti diberitakan", "sebagaimana dilaporkan" }) do
      local e = one("Lee mengirim surat kepada Subianto, " .. cite .. " Yonhap, Rabu (19/6/2024).")
      assert.is_nil(e.date)
    end
    -- an event's own "dilaporkan" is no citation
    local e = one("Lee menelepon Subianto yang dilaporkan berlangsung Rabu (19/6/2024).")
    assert.equal("2024-06-19", e.date)
    -- nor is the date after a cue set after the words ("…, kata KNA, Kamis")
    assert.is_nil(one("Lee mengirim surat kepada Subianto, kata Kantor Berita Nusa, Kamis (20/6/2024).").date)
    -- (but "Menurut X," opening the sentence leaves the event's date its own)
    assert.equal("2024-06-19", one("Menurut Rahma, Lee bertemu Subianto pada Rabu (19/6/2024).").date)
    -- nor is the date right before a verb of reporting, the report's day
    assert.is_nil(one("Kantor Berita Nusa, Kamis (20/6/2024), melaporkan Lee mengirim surat kepada Subianto.").date)
    assert.is_nil(one("Kantor Berita Nusa pada Kamis (20/6/2024) merilis isi surat Lee untuk Subianto.").date)
    assert.equal("2024-06-19",
      one("Lee mengirim surat kepada Subianto pada Rabu (19/6/2024), melaporkan Kantor Berita Nusa.").date)
  end)
  it("dates no letter by the visit its invitation is for (mengundang Y untuk melakukan kunjungan ... tahun depan)",
    function()
      local ev = events("Lee mengirim surat kepada Subianto pada Senin (17/6). Dalam suratnya, Lee juga mengundang "
        .. "Subianto untuk melakukan kunjungan kenegaraan ke Seoul pada tahun depan.")
      assert.same({ 1, "letter", "2024-06-17" }, { #ev, ev[1].type, ev[1].date })
    end)
  it("takes no date from an event of the sentence before that was held for one planned, nor the reverse", function()
    local ev = events("Lee dan Subianto sempat bertemu di Seoul pada Mei 2024. Lee akan membalas surat Maria Kowalska "
      .. "dalam waktu dekat.")
    assert.same({ 2, "2024-05" }, { #ev, ev[1].date })
    assert.is_nil(ev[2].date)
    ev = events("Lee dijadwalkan bertemu Subianto pada Selasa (18/6). Sebelum berangkat, Lee menerima telepon dari "
      .. "PM Tanaka Hiroshi.")
    assert.same({ 2, "2024-06-18" }, { #ev, ev[1].date })
    assert.is_nil(ev[2].date)
    -- both held: the same story, the date carried
    ev = events("Lee bertemu Subianto di Seoul pada Senin (17/6). Lee juga menyerahkan surat kepada Subianto.")
    assert.same({ "2024-06-17", "2024-06-17" }, { ev[1].date, ev[2].date })
  end)
  it("reads 'Keduanya juga bertemu' after a letter as the pair's meeting, but 'juga' before a visit as none", function()
    local ev = events("Lee mengirim surat kepada Subianto. Keduanya juga berbicara melalui telepon pada Senin (17/6).")
    assert.same({ 2, "call", "Lee Min Ho", "Ahmad Subianto", "2024-06-17" },
      { #ev, ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    ev = events("Lee mengirim surat kepada Subianto. Kedua presiden juga bertemu di Seoul.")
    assert.same({ 2, "meeting" }, { #ev, ev[2].type })
    assert.equal(1, #events("Lee bertemu Subianto di Seoul. Keduanya juga mengunjungi pameran batik."))
  end)
  it("reads a planned meeting of a they-phrase (Keduanya dijadwalkan kembali bertemu), further back for 'kembali'",
    function()
      local ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa, Rabu (12/6/2024). "
        .. "Ahmad Subianto mengatakan kerja sama penting. Ia menyebut dagang naik. Maria Kowalska setuju. "
        .. "Ia juga memuji Indonesia. Kedua presiden dijadwalkan kembali bertemu di Jakarta pada Oktober 2024.")
      assert.equal(2, #ev)
      assert.same({ "meeting", "Ahmad Subianto", "Maria Kowalska", true, "2024-10" },
        { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].planned, ev[2].date })
      ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa, Rabu (12/6/2024). "
        .. "Keduanya akan bertemu lagi pada Oktober 2024.")
      assert.same({ true, "2024-10" }, { ev[2].planned, ev[2].date })
      -- with no date of its own, a meeting again is another one still: not merged into the one told
      ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa, Rabu (12/6/2024). "
        .. "Kedua presiden dijadwalkan kembali bertemu di Jakarta.")
      assert.same({ 2, true }, { #ev, ev[2].planned })
      assert.is_nil(ev[1].planned)
      assert.is_nil(ev[2].date)
    end)
  it("reads 'kedua pemimpin' as the latest pair of leaders, past their ministers' meeting told since", function()
    local ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa, Rabu (12/6/2024). "
      .. "Menlu Siti Rahma juga bertemu Menteri Luar Negeri Polandia Jan Nowak pada Kamis (13/6/2024). "
      .. "Kedua pemimpin kembali bertemu pada Jumat (14/6/2024).")
    assert.equal(3, #ev)
    assert.same({ "meeting", "Ahmad Subianto", "Maria Kowalska", "2024-06-14" },
      { ev[3].type, ev[3].sender, ev[3].recipient, ev[3].date })
    -- the ministers are "kedua menteri"
    ev = events("Presiden Ahmad Subianto bertemu Presiden Maria Kowalska di Warsawa, Rabu (12/6/2024). "
      .. "Menlu Siti Rahma juga bertemu Menteri Luar Negeri Polandia Jan Nowak pada Kamis (13/6/2024). "
      .. "Kedua menteri kembali bertemu pada Jumat (14/6/2024).")
    assert.same({ "Siti Rahma", "Jan Nowak" }, { ev[3].sender, ev[3].recipient })
  end)
  it("joins two titles of one person with 'sekaligus' (Wakil Perdana Menteri sekaligus Menteri Pertahanan X)",
    function()
      local e = one("Menteri Pertahanan Budi Santoso menerima kunjungan Wakil Perdana Menteri sekaligus Menteri "
        .. "Pertahanan Australia Richard Marles di Jakarta.")
      assert.same({ "meeting", "Budi Santoso", "Richard Marles" }, { e.type, e.sender, e.recipient })
    end)
  it("reads a name no list knows opening a sentence as a person when a letter or a message is sent, answered "
    .. "or received after it", function()
    local e = one("Rapat digelar di balai kota. Bagas Wicaksono mengirim surat kepada Ratna Sari pada Senin (17/6).")
    assert.same({ "letter", "Bagas Wicaksono", "Ratna Sari", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Bagas Wicaksono mengirimkan sepucuk surat kepada Ratna Sari.")
    assert.same({ "Bagas Wicaksono", "Ratna Sari" }, { e.sender, e.recipient })
    -- whose letter is answered, or who sent the one received
    e = reply("Bagas Wicaksono membalas surat Ratna Sari.", "Bagas Wicaksono")
    assert.same({ "letter", "Bagas Wicaksono", "Ratna Sari" }, { e.type, e.sender, e.recipient })
    e = one("Bagas Wicaksono menerima surat dari Ratna Sari pada Senin (17/6).")
    assert.same({ "letter", "Ratna Sari", "Bagas Wicaksono" }, { e.type, e.sender, e.recipient })
    -- a word of the lexicon in the run: no person ("Indonesia")
    assert.same({}, events("Garuda Indonesia mengirim pesan kepada penumpang."))
  end)
  it("reads a they-phrase past an adverb of sequence (Keduanya kemudian bertemu), and berdiskusi as meeting", function()
    for _, text in ipairs({
      "Presiden Lee Min Ho dan PM Tanaka Hiroshi tiba di Seoul. Keduanya kemudian bertemu secara tertutup.",
      "Presiden Lee Min Ho dan PM Tanaka Hiroshi tiba di Seoul. Kedua pemimpin lalu berdiskusi secara tertutup.",
    }) do
      local e = one(text)
      assert.same({ "meeting", "Lee Min Ho", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient }, text)
    end
    local e = one("Menlu Siti Rahma berdiskusi dengan Presiden Lee Min Ho di Seoul.")
    assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- one of the pair in each of the two sentences before
    e = one("Presiden Lee Min Ho tiba di Tokyo. PM Tanaka Hiroshi juga hadir di sana. Kedua pemimpin kemudian "
      .. "bertemu secara tertutup.")
    assert.same({ "meeting", "Lee Min Ho", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    assert.same({}, events("Presiden Lee Min Ho tiba di Tokyo. Cuaca cerah. Keduanya kemudian bertemu."))
    -- a me- verb with someone else after it: they met the others, not each other
    for _, text in ipairs({
      "Presiden Lee Min Ho dan PM Tanaka Hiroshi tiba di Seoul. Keduanya menemui warga di pasar.",
      "Presiden Lee Min Ho dan PM Tanaka Hiroshi tiba di Seoul. Kedua pemimpin menyambut para tamu.",
    }) do
      assert.same({}, events(text), text)
    end
    -- "juga" still tells something else they did
    assert.same({}, events("Presiden Lee Min Ho dan PM Tanaka Hiroshi tiba di Seoul. Keduanya juga mengunjungi "
      .. "pameran."))
  end)
  it("reads 'X menjawab surat Y' as X's answer to Y, and 'untuk menjawab pesan Y' as Y's message answered", function()
    local e = reply("PM Tanaka Hiroshi menjawab surat Presiden Lee Min Ho pada Senin (17/6).", "Tanaka Hiroshi")
    assert.same({ "letter", "Tanaka Hiroshi", "Lee Min Ho", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    local ev = events("PM Tanaka Hiroshi mengirim surat untuk menjawab pesan Presiden Lee Min Ho.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Tanaka Hiroshi", "Lee Min Ho" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.same({ "message", "Lee Min Ho", "Tanaka Hiroshi" }, { ev[2].type, ev[2].sender, ev[2].recipient })
  end)
  it("reads the other party of a -nya from the sentence before (kepadanya, meneleponnya)", function()
    local e = one("Presiden Lee Min Ho hadir di forum itu. PM Tanaka Hiroshi menulis surat kepadanya pekan lalu.")
    assert.same({ "letter", "Tanaka Hiroshi", "Lee Min Ho", "2024-W24" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Presiden Lee Min Ho hadir di forum itu. PM Tanaka Hiroshi meneleponnya pada Senin (17/6).")
    assert.same({ "call", "Tanaka Hiroshi", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- nobody else named before: no party
    assert.same({}, events("Cuaca cerah di Seoul. PM Tanaka Hiroshi menulis surat kepadanya pekan lalu."))
  end)
  it("leaves a date of the visit a letter invites to to the visit (untuk menghadiri ... pada Maret 2025)", function()
    local e = one("Menlu Siti Rahma menyampaikan surat undangan dari Presiden Lee Min Ho kepada Presiden Ahmad "
      .. "Subianto untuk menghadiri forum ekonomi di Seoul pada Maret 2025 mendatang.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
    -- the date before the purpose is the letter's
    e = one("Presiden Lee Min Ho mengundang Presiden Ahmad Subianto melalui surat pada Senin (17/6) untuk berkunjung "
      .. "ke Seoul.")
    assert.equal("2024-06-17", e.date)
    -- the invitation a letter holds: its visit's date is the visit's, the letter's is the next sentence's
    local ev = events("Presiden Ahmad Subianto menerima surat dari Presiden Lee Min Ho yang berisi undangan kunjungan "
      .. "kenegaraan ke Seoul tahun depan. Surat itu diserahkan di Jakarta, Senin (17/6/2024).")
    assert.same({ "letter", "Lee Min Ho", "2024-06-17" }, { ev[1].type, ev[1].sender, ev[1].date })
    -- also set off by a comma, and inviting to visit ("undangan berkunjung")
    e = one("Menlu Siti Rahma menyampaikan pesan dari Presiden Lee Min Ho untuk Presiden Ahmad Subianto, yang berisi "
      .. "undangan berkunjung ke Seoul tahun depan.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { e.sender, e.recipient })
    assert.is_nil(e.date)
    -- and a greeting's purpose is no visit: its date stays
    e = one("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto untuk mengucapkan selamat pada 17 Juni.")
    assert.equal("2024-06-17", e.date)
    -- a request to come is an invitation: the summit's date is not the letter's
    e = one("Presiden Lee Min Ho menyurati Presiden Ahmad Subianto untuk meminta Indonesia hadir dalam KTT "
      .. "Perdamaian di Seoul pada 15-16 Juni 2024.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
    e = one("Presiden Lee Min Ho menyurati Presiden Ahmad Subianto untuk meminta dukungan pada Senin (17/6).")
    assert.equal("2024-06-17", e.date)
  end)
  it("reads a verb after 'dan' in a reported clause with that clause's subject, dated in its own clause", function()
    local e = one("Menlu Siti Rahma mengatakan, Presiden Lee Min Ho akan tiba di Jakarta pada 27 Juni dan dijadwalkan "
      .. "bertemu Presiden Ahmad Subianto di Istana Merdeka keesokan harinya.")
    assert.same({ "meeting", "Lee Min Ho", "Ahmad Subianto", "2024-06-28" }, { e.type, e.sender, e.recipient, e.date })
    assert.is_true(e.planned)
    -- with no date of its own, the one before "dan" stands
    e = one("Presiden Lee Min Ho tiba di Jakarta pada Kamis (27/6) dan bertemu Presiden Ahmad Subianto.")
    assert.same({ "Lee Min Ho", "2024-06-27" }, { e.sender, e.date })
    -- in the clause a contrast opens, that clause's subject, dated in it
    for _, text in ipairs({
      "PM Tanaka Hiroshi tiba di Batam pada Rabu (26/6) malam, sementara Presiden Lee Min Ho mendarat pada Kamis "
        .. "(27/6) pagi dan disambut langsung oleh Gubernur Joko Prasetyo.",
      "PM Tanaka Hiroshi tiba di Batam pada Rabu (26/6) malam, sedangkan Presiden Lee Min Ho mendarat pada Kamis "
        .. "(27/6) pagi dan bertemu Gubernur Joko Prasetyo.",
    }) do
      e = one(text)
      local pair = { e.sender, e.recipient }
      table.sort(pair)
      assert.same({ "Joko Prasetyo", "Lee Min Ho", "2024-06-27" }, { pair[1], pair[2], e.date }, text)
    end
  end)
  it("dates a letter on a named day in the year a relative year told with it names", function()
    for _, text in ipairs({
      "Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto pada Hari Kemerdekaan tahun lalu.",
      "Tahun lalu, Presiden Lee Min Ho juga mengirim surat kepada Presiden Ahmad Subianto pada Hari Kemerdekaan.",
    }) do
      assert.equal("2023-08-17", one(text).date, text)
    end
    -- with none, the day of the reference's year
    assert.equal("2024-08-17",
      one("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto pada Hari Kemerdekaan.").date)
  end)
  it("reads a letter sent along with a gift (disertai, beserta)", function()
    for _, text in ipairs({
      "Presiden Lee Min Ho mengirimkan hadiah berupa lukisan disertai sepucuk surat kepada Presiden Ahmad Subianto.",
      "Presiden Lee Min Ho mengirimkan hadiah berupa guci keramik disertai dengan surat ucapan selamat kepada "
        .. "Presiden Ahmad Subianto.",
    }) do
      local e = one(text)
      assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient }, text)
    end
    assert.same({}, events("Presiden Lee Min Ho mengirimkan bantuan berupa beras disertai tenaga medis kepada "
      .. "Presiden Ahmad Subianto."))
    -- the words of that are a lexicon class an analyst extends
    -- (an added word stays for the run: one no other sentence uses)
    local text = "Presiden Lee Min Ho mengirimkan hadiah berupa lukisan plus sepucuk surat kepada Presiden Ahmad "
      .. "Subianto."
    assert.same({}, events(text))
    kimput.events.add{ "plus", class = "along" }
    local e = one(text)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
  end)
  it("reads the parties listed each with a place or time of its own, each dated by its own", function()
    local ev = events("Sebelumnya, Menlu Siti Rahma bertemu Presiden Lee Min Ho di Seoul pada Selasa (11/6) dan "
      .. "PM Tanaka Hiroshi di Tokyo pada Sabtu (15/6).")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "2024-06-11" }, { ev[1].recipient, ev[1].date })
    assert.same({ "Tanaka Hiroshi", "2024-06-15" }, { ev[2].recipient, ev[2].date })
    ev = events("Presiden Ahmad Subianto bertemu Presiden Lee Min Ho pada Senin (17/6). Rahma juga mengadakan "
      .. "pembicaraan dengan Lee pada hari yang sama, serta dengan Tanaka keesokan harinya.")
    assert.same({ "Siti Rahma", "Tanaka Hiroshi", "2024-06-18" }, { ev[3].sender, ev[3].recipient, ev[3].date })
    -- a party of another clause after "dan" is none
    assert.equal(1, #events("Menlu Siti Rahma bertemu Presiden Lee Min Ho di Seoul dan PM Tanaka Hiroshi "
      .. "mengatakan hal itu."))
  end)
  it("reads one pair met at places or times of their own as one meeting each time", function()
    local function dates_of(text)
      local out = {}
      for _, e in ipairs(events(text)) do
        assert.same({ "meeting", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient }, text)
        out[#out + 1] = e.date
      end
      return out
    end
    assert.same({ "2024-02", "2024-03", "2024-05" }, dates_of("Menlu Siti Rahma dan Presiden Lee Min Ho bertemu di "
      .. "Seoul pada Februari lalu. Keduanya bertemu lagi di Jakarta pada Maret dan di Bali pada Mei."))
    assert.same({ "2023-05", "2023-09", "2024-01" }, dates_of("Menlu Siti Rahma dan Presiden Lee Min Ho bertemu "
      .. "tiga kali: di Seoul pada Mei 2023, di Jakarta pada September 2023, dan di Bali pada Januari 2024."))
    -- a place of lower-case words and an acronym in brackets
    assert.same({ "2023-05", "2023-09", "2024-01" }, dates_of("Menlu Siti Rahma dan Presiden Lee Min Ho bertemu "
      .. "tiga kali: di Seoul pada Mei 2023, di Jakarta pada September 2023, dan di kawasan ekonomi khusus (KEK) "
      .. "pada Januari 2024."))
    assert.same({ "2024-06-10", "2024-06-12" }, dates_of("Menlu Siti Rahma bertemu Presiden Lee Min Ho di Seoul "
      .. "pada Senin (10/6) dan di Busan pada Rabu (12/6)."))
    -- not a time of another clause, nor the same time said again
    assert.same({ "2024-06-10" }, dates_of("Menlu Siti Rahma bertemu Presiden Lee Min Ho di Seoul pada Senin (10/6) "
      .. "dan pada Rabu (12/6) bertolak ke Busan."))
    assert.same({ "2024-06-10" }, dates_of("Menlu Siti Rahma bertemu Presiden Lee Min Ho di Istana Cheong Wa Dae, "
      .. "Seoul, pada Senin (10/6)."))
  end)
  it("tells the letter a reply answers, and that alone for a reply promised", function()
    local ev = events("Presiden Lee Min Ho membalas surat Presiden Ahmad Subianto pada Senin (17/6).")
    assert.equal(2, #ev)
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { ev[1].sender, ev[1].recipient })
    assert.is_nil(ev[1].date)
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06-17" }, { ev[2].sender, ev[2].recipient, ev[2].date })
    -- told before: merged with it
    ev = events("Presiden Ahmad Subianto mengirim surat kepada Presiden Lee Min Ho pada Senin (10/6). Lee membalas "
      .. "surat Subianto pada Senin (17/6).")
    assert.equal(2, #ev)
    assert.equal("2024-06-10", ev[1].date)
    for _, text in ipairs({
      "Presiden Lee Min Ho berjanji segera membalas surat Presiden Ahmad Subianto.",
      "Presiden Lee Min Ho akan membalas surat Presiden Ahmad Subianto.",
    }) do
      local e = one(text)
      assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient }, text)
      assert.is_falsy(e.planned)
    end
  end)
  it("reads no meeting in an anniversary of one, nor between two who travel together", function()
    local e = one("Presiden Ahmad Subianto mengirim surat kepada Presiden Lee Min Ho pada 25 Mei, bertepatan dengan "
      .. "peringatan pertemuan keduanya di Singapura.")
    assert.same({ "letter", "2024-05-25" }, { e.type, e.date })
    assert.same({}, events("Presiden Lee Min Ho dan Menlu Siti Rahma dijadwalkan melakukan kunjungan kenegaraan ke "
      .. "Jepang pada Maret tahun depan."))
    assert.equal(1, #events("Presiden Ahmad Subianto dan Presiden Lee Min Ho melakukan pertemuan di Seoul."))
  end)
  it("dates a courier's letter with no addressee named by the courier's meeting just told", function()
    local ev = events("Presiden Lee Min Ho menerima Menlu Siti Rahma di Seoul, Minggu (16/6/2024). Rahma menyerahkan "
      .. "surat dari Presiden Ahmad Subianto yang berisi ajakan kerja sama.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-16" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
  end)
  it("lets 'Pertemuan itu berlangsung pada …' date a meeting over a date taken from the sentence before", function()
    local ev = events("Menlu Siti Rahma berbicara melalui telepon dengan PM Tanaka Hiroshi pada akhir Mei lalu. "
      .. "Rahma sebelumnya bertemu Presiden Lee Min Ho. Pertemuan itu berlangsung di Seoul pada 3 Juni.")
    assert.same({ "meeting", "Lee Min Ho", "2024-06-03" }, { ev[2].type, ev[2].recipient, ev[2].date })
    -- not the date of the letter answered the next sentence names
    ev = events("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto. Surat itu merupakan balasan atas "
      .. "surat Subianto tertanggal 2 Juni 2024.")
    table.sort(ev, function(a, b) return a.sender < b.sender end)
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { ev[1].sender, ev[2].sender })
    assert.is_nil(ev[2].date)
    -- a letter said sent on a day: that day, over the one its own sentence gave (maybe the occasion's)
    ev = events("Presiden Lee Min Ho mengirimkan telegram belasungkawa kepada Presiden Ahmad Subianto atas gempa "
      .. "bumi yang mengguncang Cianjur, Jumat (14/6/2024). Telegram itu dikirim pada Sabtu (15/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "letter", "2024-06-15" }, { ev[1].type, ev[1].date })
  end)
  it("reads 'Pertemuan itu' after a letter handed over as the meeting of its courier and addressee", function()
    local ev = events("Duta Besar Park Ji Sung menyerahkan surat dari Presiden Lee Min Ho kepada Presiden Ahmad "
      .. "Subianto, Senin (10/6). Pertemuan itu berlangsung di Istana Merdeka.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-06-10" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
    assert.same({ "meeting", "Park Ji Sung", "Ahmad Subianto", "2024-06-10" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    -- a letter sent (no courier) makes no meeting of it
    ev = events("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto, Senin (10/6). Pertemuan itu "
      .. "berlangsung di Istana Merdeka.")
    assert.same({ "letter" }, { ev[1].type, ev[2] and ev[2].type })
  end)
  it("keeps a letter told with kembali apart from the one before, but one with its headline's", function()
    local ev = events("Presiden Lee Min Ho mengirim surat kepada Presiden Ahmad Subianto pada Senin (10/6). "
      .. "Surat itu berisi undangan ke Seoul. Lee kembali menyurati Subianto pada akhir bulan ini.")
    local firsts = {}
    for _, e in ipairs(ev) do
      if e.type == "letter" then firsts[#firsts + 1] = e.date or "nil" end
    end
    assert.same({ "2024-06-10", "2024-06" }, firsts)
    ev = events("Lee Min Ho Kembali Surati Ahmad Subianto\n\n"
      .. "SEOUL - Presiden Lee Min Ho kembali menyurati Presiden Ahmad Subianto pada Senin (10/6).")
    assert.equal(1, #ev)
    assert.equal("2024-06-10", ev[1].date)
  end)
  it("reads capitals no list knows as the body a letter is addressed to (kepada PSSU, menyurati PSSU)", function()
    local e = one("Ketua Umum Bagas Wicaksono mengirim surat protes kepada PSSU pada Jumat (14/6).")
    assert.same({ "letter", "Bagas Wicaksono", "PSSU", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Gubernur Joko Prasetyo menyurati PSSU.")
    assert.same({ "Joko Prasetyo", "PSSU" }, { e.sender, e.recipient })
    -- a body's name opened by Konfederasi, its acronym after it
    e = one("Gubernur Joko Prasetyo mengirim surat kepada Konfederasi Sepak Takraw Asia (KSTA).")
    assert.same({ "Joko Prasetyo", "KSTA" }, { e.sender, e.recipient })
  end)
  it("reads the document's own doc:dates() list from C and any other list from its tables, alike", function()
    local doc = kimput.parse("Presiden Ahmad Subianto mengirimkan surat kepada Presiden Lee Min Ho pada Senin "
      .. "(17/6/2024).", { published = "2024-06-20" })
    local lex = require("kimput.events").compile()
    local names = kimput.entities.lexicon()
    local spans = require("kimput.document").spans(doc)
    local own, copy = doc:dates(), {}
    for i, d in ipairs(own) do copy[i] = { start = d.start, stop = d.stop, kind = d.kind, value = d.value } end
    local a, b = lex:scan(doc, names, spans, own), lex:scan(doc, names, spans, copy)
    assert.same(b, a)
    assert.equal("2024-06-17", a[1].date)
    copy[1].value = "2024-06-18"
    assert.equal("2024-06-18", lex:scan(doc, names, spans, copy)[1].date)
    -- a later core.dates list is the one the document keeps: the earlier is read from its tables
    local again = kimput.core.dates(doc, spans, 2024, 6, 20)
    own[1].value = "2024-06-19"
    assert.equal("2024-06-19", lex:scan(doc, names, spans, own)[1].date)
    assert.equal("2024-06-17", lex:scan(doc, names, spans, again)[1].date)
    doc:close()
  end)
end)

describe("doc:events() across documents", function()
  -- the C scan reuses one work block from document to document: what a
  -- document gives must not depend on the documents read before it
  it("gives each document the same events whatever the order", function()
    local lfs = require "lfs"
    local paths = {}
    for name in lfs.dir("examples/corpus") do
      if not name:find("^%.") then paths[#paths + 1] = "examples/corpus/" .. name end
    end
    table.sort(paths)
    assert.is_true(#paths > 20)
    local function key(path)
      local fh = assert(io.open(path, "rb"))
      local text = fh:read("a")
      fh:close()
      local doc <close> = kimput.parse(text, { published = "2024-06-20", invalid = "replace" })
      local out = {}
      for _, e in ipairs(doc:events()) do
        out[#out + 1] = table.concat({ e.type, e.sender, e.recipient, tostring(e.date), e.start, e.stop }, "|")
      end
      return table.concat(out, "\n")
    end
    local forward, found = {}, 0
    for _, p in ipairs(paths) do
      forward[p] = key(p)
      if forward[p] ~= "" then found = found + 1 end
    end
    assert.is_true(found > 5)
    for i = #paths, 1, -1 do assert.equal(forward[paths[i]], key(paths[i]), paths[i]) end
  end)
end)

describe("doc:events() times that are not the event's own", function()
  it("reads no party past a date that starts with a month or a number", function()
    for _, text in ipairs({ "Subianto bertemu Lee pada Oktober dalam Forum Ekonomi Asia.",
                            "Subianto dan Lee bertemu di Seoul pada 10 Oktober dalam Forum Ekonomi Asia." }) do
      local e = one(text)
      assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
  end)

  it("does not date a meeting by the day its plan was made known", function()
    local e = one("Lee dijadwalkan berkunjung ke Jakarta pada November 2024. Dalam kunjungan itu, Lee akan bertemu "
      .. "Subianto. Rencana kunjungan tersebut disampaikan Menlu Siti Rahma kepada wartawan, Kamis (17/10/2024).")
    assert.same({ "meeting", "2024-11", true }, { e.type, e.date, e.planned })
    e = one("Lee bertemu Subianto di Seoul. Pertemuan itu berlangsung pada Kamis (17/10/2024).")
    assert.equal("2024-10-17", e.date)
  end)
end)

describe("doc:events() an invitation and the letter it went in", function()
  it("reads 'Undangan itu disampaikan melalui surat' as the inviter's letter to the one invited", function()
    local e = one("Lee mengundang Presiden Subianto untuk berkunjung ke Seoul. Undangan itu disampaikan melalui "
      .. "surat yang diterima Kementerian Luar Negeri pada Senin (11/3/2024).")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-03-11" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Subianto diundang oleh Lee ke Seoul pada Jumat (8/3/2024). Undangan tersebut dikirim lewat surat resmi.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto", "2024-03-08" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("reads no letter when the invitation went another way or was not told", function()
    assert.equal(0, #events("Lee mengundang Subianto ke Seoul. Undangan itu disampaikan secara lisan."))
    assert.equal(0, #events("Lee berkunjung ke Seoul bersama Subianto. Undangan itu disampaikan melalui surat."))
  end)
end)

describe("doc:events() a sentence pointing back between two events", function()
  it("dates an event by the one told before a sentence that only talks about it", function()
    local ev = events("Subianto menyambangi Gubernur Joko Prasetyo di kantornya, Selasa (4/3/2025). Dalam audiensi "
      .. "itu, Subianto melaporkan kondisi banjir. Subianto juga menyerahkan surat kepada Prasetyo.")
    assert.equal(2, #ev)
    assert.same({ "letter", "2025-03-04" }, { ev[2].type, ev[2].date })
    ev = events("Menlu Siti Rahma bertemu Lee di Seoul, Kamis (6/3/2025). Pertemuan bilateral itu membahas "
      .. "kerja sama maritim. Rahma juga bertemu PM Tanaka.")
    assert.equal(2, #ev)
    assert.same({ "Tanaka Hiroshi", "2025-03-06" }, { ev[2].recipient, ev[2].date })
  end)

  it("does not carry them across a sentence that does not point back, nor across two", function()
    local ev = events("Menlu Siti Rahma bertemu Lee di Seoul, Kamis (6/3/2025). Kerja sama maritim dibahas panjang. "
      .. "Rahma juga bertemu PM Tanaka.")
    assert.is_nil(ev[2].date)
    ev = events("Menlu Siti Rahma bertemu Lee di Seoul, Kamis (6/3/2025). Pertemuan itu membahas kerja sama. "
      .. "Pertemuan itu juga membahas investasi. Rahma juga bertemu PM Tanaka.")
    assert.is_nil(ev[2].date)
  end)
end)

describe("doc:events() the time of the event one is told besides", function()
  it("dates 'Selain X, Y juga bertemu Z' by Y's event with X told just before", function()
    for _, opening in ipairs({ "Selain Lee, Subianto", "Selain bertemu Lee, Subianto" }) do
      local ev = events("Subianto bertemu Lee di Lima, Sabtu (16/11/2024). Ini pertemuan kedua mereka dalam "
        .. "sepekan, setelah Subianto berkunjung ke Seoul pada 9 November 2024. " .. opening
        .. " juga bertemu PM Tanaka.")
      local last = ev[#ev]
      assert.same({ "Tanaka Hiroshi", "2024-11-16" }, { last.recipient, last.date })
    end
  end)

  it("takes no day from a sentence whose party is named after a word of another happening's time", function()
    local ev = events("Subianto bertemu Lee di Lima, Sabtu (16/11/2024). Ini pertemuan kedua mereka, setelah "
      .. "Subianto berkunjung ke Seoul pada 9 November 2024. Subianto juga bertemu PM Tanaka.")
    assert.is_nil(ev[#ev].date)
  end)
end)

describe("doc:events() one more greeting told in the passive", function()
  it("sends 'Ucapan selamat juga disampaikan X (dan Y)' to the one just greeted", function()
    local ev = events("Presiden Kowalska mengirimkan surat ucapan selamat kepada Presiden Subianto. Ucapan selamat "
      .. "juga disampaikan PM Tanaka dan Presiden Lee.")
    assert.equal(3, #ev)
    assert.same({ "message", "Tanaka Hiroshi", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { ev[3].sender, ev[3].recipient })
    -- not a letter told before, handed on by a courier
    assert.equal(1, #events("Presiden Kowalska mengirimkan surat ucapan selamat kepada Presiden Subianto. Surat itu "
      .. "juga diserahkan oleh PM Tanaka."))
  end)
end)


describe("doc:events() the day a source said it", function()
  it("does not date the event by a day set off after an opening 'Menurut X'", function()
    local ev = events("Presiden Lee mengirim telegram kepada Presiden Subianto. Menurut kantor berita Yonhap, "
      .. "Selasa (18/6/2024), telegram tersebut dikirim sehari setelah gempa.")
    assert.equal(1, #ev)
    assert.is_nil(ev[1].date)
    local e = one("Menurut keterangan tertulis Kemlu, Selasa (18/6/2024), Menlu Rahma dijadwalkan bertemu "
      .. "Presiden Lee di Seoul pada Agustus mendatang.")
    assert.same({ "2024-08", true }, { e.date, e.planned })
  end)

  it("still dates it by a day told in the clause after the source", function()
    assert.equal("2024-06-18", one("Menurut Kemlu, Menlu Rahma bertemu Presiden Lee pada Selasa (18/6/2024).").date)
    assert.equal("2024-06-18", one("Menurut Kemlu, pada Selasa (18/6/2024) Menlu Rahma bertemu Presiden Lee.").date)
  end)
end)

describe("doc:events() a courier's letter handed over to one he met", function()
  it("dates it by the courier's meeting with its addressee, not by a later meeting with another", function()
    for _, handed in ipairs({ "Rahma menyerahkan surat dari Presiden Subianto untuk Presiden Lee.",
                              "Rahma menyerahkan surat Presiden Subianto kepada Presiden Lee." }) do
      local ev = events("Menlu Rahma diterima Presiden Lee di Seoul pada Jumat (7/6/2024). Rahma tiba sehari "
        .. "sebelumnya dan disambut PM Tanaka. Dalam kunjungan itu, " .. handed)
      assert.equal(3, #ev)
      assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-07" },
        { ev[3].type, ev[3].sender, ev[3].recipient, ev[3].date })
    end
  end)

  it("keeps the time just told when the courier met no addressee named", function()
    local ev = events("Menlu Rahma diterima Presiden Lee di Seoul pada Jumat (7/6/2024). Rahma tiba sehari "
      .. "sebelumnya dan disambut PM Tanaka. Dalam kunjungan itu, Rahma menyerahkan surat dari Presiden Subianto "
      .. "untuk Gubernur Prasetyo.")
    assert.same({ "Joko Prasetyo", "2024-06-06" }, { ev[3].recipient, ev[3].date })
  end)
end)

describe("doc:events() a meeting between two others that a party holds or offers", function()
  it("reads 'X menjadi tuan rumah pertemuan antara A dan B' as A's meeting with B", function()
    local e = one("Presiden Subianto menjadi tuan rumah pertemuan antara Presiden Lee dan PM Tanaka di Bali, Senin "
      .. "(10/6/2024).")
    assert.same({ "meeting", "2024-06-10" }, { e.type, e.date })
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi" }, { e.sender, e.recipient })
    e = one("Presiden Subianto menggelar pertemuan antara Presiden Lee dan PM Tanaka.")
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi" }, { e.sender, e.recipient })
    -- (with "dengan" the subject is one of them: every two met)
    assert.equal(3, #events("Presiden Subianto menjadi tuan rumah pertemuan trilateral dengan Presiden Lee dan "
      .. "PM Tanaka."))
  end)

  it("takes an offer to hold it as a plan", function()
    local e = one("Presiden Subianto menawarkan diri menjadi tuan rumah pertemuan antara Presiden Lee dan PM Tanaka.")
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi", true }, { e.sender, e.recipient, e.planned })
    assert.is_true(one("Presiden Lee mengusulkan untuk bertemu PM Tanaka di Seoul.").planned)
  end)
end)

describe("doc:events() dates and talks of another clause", function()
  it("does not date an event by the time of a clause of contrast beside it", function()
    local ev = events("Presiden Subianto mengirim surat kepada Presiden Lee pada Rabu (5/6/2024). Surat itu diterima "
      .. "Seoul pada Kamis, sementara balasan Lee dikirim pada Sabtu (8/6/2024).")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "2024-06-08" }, { ev[2].sender, ev[2].date })
    -- (a date closing the sentence past a comma is both clauses' day)
    ev = events("Presiden Subianto menelepon Presiden Lee, sedangkan Rahma bertemu PM Tanaka, Senin (10/6/2024).")
    assert.equal("2024-06-10", ev[1].date)
  end)

  it("reads 'Keduanya sebelumnya berbicara melalui telepon' as another call of the pair", function()
    local ev = events("Presiden Subianto menelepon Presiden Lee pada Senin (10/6/2024). Keduanya sebelumnya "
      .. "berbicara melalui telepon pada Maret.")
    assert.equal(2, #ev)
    assert.same({ "call", "2024-03" }, { ev[2].type, ev[2].date })
  end)

  it("reads 'berkomunikasi dengan Y melalui telepon' as a call, and alone as nothing", function()
    local e = one("Gubernur Prasetyo juga berkomunikasi dengan PM Tanaka melalui telepon pekan lalu.")
    assert.same({ "call", "Joko Prasetyo", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    assert.equal(0, #events("Gubernur Prasetyo juga berkomunikasi dengan PM Tanaka soal beasiswa."))
  end)
end)

describe("doc:events() greetings, talks and dates of real pages' shapes", function()
  it("reads a quoted letter opening with whom it greets as the one quoted writing to the one greeted", function()
    for _, text in ipairs({
      "\"Kamerad Lee Min Ho yang terhormat, terimalah ucapan selamat saya atas hari jadi partai,\" kata Presiden "
        .. "Kowalska melalui telegram tersebut.",
      "Presiden Kowalska mengirim surat kepada Presiden Lee. \"Sahabat terdekat saya, Lee Min Ho, saya "
        .. "menyampaikan ucapan selamat kepada Anda atas ulang tahun Anda,\" tulis Kowalska.",
      "Presiden Kowalska menulis: \"Yang Mulia Presiden Lee, izinkan saya menyampaikan ucapan selamat.\"",
    }) do
      local e = one(text)
      assert.same({ "Maria Kowalska", "Lee Min Ho" }, { e.sender, e.recipient }, text)
    end
    -- (its writer not named: nothing more)
    assert.equal(1, #events("Presiden Lee menerima telegram dari Presiden Kowalska. \"Kamerad Lee Min Ho yang "
      .. "terhormat, terimalah ucapan selamat saya atas hari jadi partai.\""))
  end)

  it("finds the addressee past a long occasion, after kembali, in antara A dengan B, of possessed talks", function()
    local ev = events("Presiden Lee dan PM Tanaka mengucapkan selamat hari ulang tahun ke-80 berdirinya Republik "
      .. "Demokratik Federal Nusantara Raya (RDFNR) kepada Presiden Subianto.")
    assert.same({ 2, "Ahmad Subianto", "Ahmad Subianto" }, { #ev, ev[1].recipient, ev[2].recipient })
    local cases = {
      { "Presiden Kowalska mengucapkan selamat atas terpilihnya kembali Lee Min Ho sebagai presiden.", "message" },
      { "Hal itu mengemuka dalam pembicaraan telepon antara Presiden Kowalska dengan Presiden Lee pada Kamis, "
        .. "13 Juni 2024.", "call", "2024-06-13" },
      { "Presiden Kowalska memuji hasil pertemuan puncaknya dengan Presiden Lee di Busan.", "meeting" },
      { "Hal itu disampaikan Presiden Kowalska dalam perbincangan dengan Presiden Lee di Seoul.", "meeting" },
      { "Presiden Kowalska menyatakan dukungannya saat bertemu dengan pemimpin tertinggi Korea Selatan, Lee Min Ho, "
        .. "di Seoul pada Kamis (13/6).", "meeting", "2024-06-13" },
      { "Presiden Kowalska mengirimkan sepucuk surat khusus untuk menyampaikan ucapan selamat ulang tahun kepada "
        .. "Presiden Lee.", "letter" },
      { "Menlu Siti Rahma menyampaikan pesan pribadi Kowalska kepada Presiden Lee.", "message" },
    }
    for _, c in ipairs(cases) do
      local e = one(c[1])
      assert.same({ c[2], "Maria Kowalska", "Lee Min Ho", c[3] }, { e.type, e.sender, e.recipient, e.date }, c[1])
    end
  end)

  it("tells no welcome, no companion of an agent, no date of a thing still to come", function()
    assert.equal(0, #events("Presiden Subianto mengucapkan selamat datang kepada PM Tanaka."))
    local e = one("PM Tanaka disambut oleh Presiden Subianto bersama Menlu Siti Rahma di Istana Bogor.")
    assert.same({ "Ahmad Subianto", "Tanaka Hiroshi" }, { e.sender, e.recipient })
    assert.is_nil(one("Presiden Subianto menelepon Presiden Lee untuk membahas KTT Samudra yang akan digelar di Bali "
      .. "pada November 2024.").date)
    assert.equal("2024-11", one("Presiden Subianto akan bertemu Presiden Lee di sela KTT Samudra yang akan digelar di "
      .. "Bali pada November 2024.").date)
  end)
end)

describe("doc:events() calls, guests and greetings of real pages' shapes (2)", function()
  it("reads the channel past the addressee, a body's leader, a guest, the ambassador's style, tahniah", function()
    local cases = {
      { "Presiden Subianto memberikan ucapan selamat kepada Perdana Menteri Jepang terpilih, Tanaka Hiroshi melalui "
        .. "pembicaraan telepon, Kamis (13/6).", "call", "Ahmad Subianto", "Tanaka Hiroshi", "2024-06-13" },
      { "Presiden Subianto menyampaikan ucapan selamat Hari Raya Idul Adha 1445 Hijriah kepada Presiden Lee Min Ho "
        .. "melalui sambungan telepon pada Jumat (14/6).", "call", "Ahmad Subianto", "Lee Min Ho", "2024-06-14" },
      { "Presiden Subianto berbicara dengan Presiden Korea Selatan, Lee Min Ho melalui sambungan telepon, Jumat "
        .. "(14/6).", "call", "Ahmad Subianto", "Lee Min Ho", "2024-06-14" },
      { "Presiden Subianto bertemu dengan delegasi FIFA yang dipimpin Lee Min Ho di Istana.", "meeting",
        "Ahmad Subianto", "Lee Min Ho" },
      { "Gubernur Prasetyo menerima delegasi Duta Besar Korea Selatan untuk Indonesia Lee Min Ho di Balai Kota.",
        "meeting", "Joko Prasetyo", "Lee Min Ho" },
      { "Gubernur Prasetyo menerima audiensi dengan PM Tanaka secara daring.", "meeting", "Joko Prasetyo",
        "Tanaka Hiroshi" },
      { "Gubernur Prasetyo menerima kunjungan Duta Besar Luar Biasa dan Berkuasa Penuh (LBBP) Jepang untuk Republik "
        .. "Indonesia Tanaka Hiroshi di Pekanbaru.", "meeting", "Joko Prasetyo", "Tanaka Hiroshi" },
      { "Presiden Lee mengucapkan tahniah kepada PM Tanaka atas pelantikannya.", "message", "Lee Min Ho",
        "Tanaka Hiroshi" },
      -- (a quoted name between the noun and its demonstrative: the date of the meeting just told)
      { "Presiden Subianto bertemu PM Tanaka di Bogor. Pertemuan dengan tajuk \"Leaders Retreat\" itu, digelar pada "
        .. "Senin (17/6).", "meeting", "Ahmad Subianto", "Tanaka Hiroshi", "2024-06-17" },
      -- (the agent of a passive clause on a person is not whom a -nya points at)
      { "PM Tanaka tiba di Jakarta. Menlu Siti Rahma yang baru dilantik Presiden Subianto ini mengatakan PM Tanaka "
        .. "segera meneleponnya.", "call", "Tanaka Hiroshi", "Siti Rahma" },
    }
    for _, c in ipairs(cases) do
      local e = one(c[1])
      assert.same({ c[2], c[3], c[4], c[5] }, { e.type, e.sender, e.recipient, e.date }, c[1])
    end
  end)
end)

describe("doc:events() spellings of the telephone and letters left", function()
  it("reads telefon, pertelepon and a letter left for someone", function()
    local cases = {
      { "Presiden Lee menyampaikan ucapan selamat kepada Presiden Subianto melalui sambungan telefon, Kamis (13/6).",
        "call", "Lee Min Ho", "Ahmad Subianto", "2024-06-13" },
      { "Telah terjadi pembicaraan pertelepon antara Presiden Lee dengan Presiden Subianto pada Kamis (13/6).", "call",
        "Lee Min Ho", "Ahmad Subianto", "2024-06-13" },
      { "Presiden Lee menelefon Presiden Subianto pada Kamis (13/6).", "call", "Lee Min Ho", "Ahmad Subianto",
        "2024-06-13" },
      { "Presiden Lee meninggalkan sepucuk surat untuk Presiden Subianto di meja kerjanya.", "letter", "Lee Min Ho",
        "Ahmad Subianto" },
    }
    for _, c in ipairs(cases) do
      local e = one(c[1])
      assert.same({ c[2], c[3], c[4], c[5] }, { e.type, e.sender, e.recipient, e.date }, c[1])
    end
    assert.equal(0, #events("Presiden Lee meninggalkan pertemuan lebih awal pada Kamis (13/6)."))
    -- a talk the next sentence names as a call is that call, dated by its own sentence
    local e = one("Presiden Subianto berkomunikasi dengan Presiden Lee pada Rabu (12/6). Dalam percakapan telepon "
      .. "dengan Lee, Subianto membahas kerja sama ekonomi.")
    assert.same({ "call", "2024-06-12" }, { e.type, e.date })
    assert.equal(0, #events("Presiden Subianto berkomunikasi dengan Presiden Lee pada Rabu (12/6). Dalam kesempatan "
      .. "itu, Subianto membahas kerja sama ekonomi."))
    -- a group counted, then named: one letter to each; the day a letter was posted is not when it was sent
    local ev = events("Presiden Subianto mengirimkan surat khusus kepada dua menteri. Kedua menteri tersebut adalah "
      .. "Menlu Siti Rahma dan Gubernur Prasetyo.")
    assert.same({ 2, "Siti Rahma", "Joko Prasetyo" }, { #ev, ev[1].recipient, ev[2].recipient })
    assert.is_nil(one("Presiden Subianto mengirim surat kepada Presiden Lee. Surat tersebut diunggah Menlu Siti Rahma "
      .. "di Instagram pada Minggu (16/6).").date)
    -- a clause of time past the party ends the frame; a moment before it is the same day
    e = one("Presiden Lee meninggalkan surat untuk Presiden Subianto sesaat sebelum keluar dari Istana Merdeka pada "
      .. "Rabu (19/6).")
    assert.same({ "Lee Min Ho", "Ahmad Subianto", "2024-06-19" }, { e.sender, e.recipient, e.date })
    -- the bare word "Selamat" greets the ones named after it
    ev = events("Presiden Subianto mengucapkan selamat kepada Presiden Lee dan PM Tanaka. \"Selamat Lee Min Ho dan "
      .. "Tanaka Hiroshi atas pelantikan kalian,\" tulis Subianto.")
    assert.same({ 2, "Ahmad Subianto", "Ahmad Subianto" }, { #ev, ev[1].sender, ev[2].sender })
    -- a call verb closing a clause of time: the main clause's person was called
    e = one("Presiden Subianto sedang diwawancarai wartawan saat Presiden Lee menelepon.")
    assert.same({ "call", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    -- a similar letter with no sender named is from the sender of the letter just told
    ev = events("Presiden Subianto mengirim surat kepada Presiden Lee pada Senin (17/6). Surat serupa juga dikirim "
      .. "kepada PM Tanaka pada Selasa (18/6).")
    assert.same({ 2, "Ahmad Subianto", "Tanaka Hiroshi", "2024-06-18" },
      { #ev, ev[2].sender, ev[2].recipient, ev[2].date })
    -- terhadap after a plain word is what the letter is about ("perubahan terhadap X"), no addressee
    assert.equal(0, #events("Dikatakan Siti Rahma, surat Presiden Subianto itu berisi perubahan terhadap beberapa "
      .. "kementerian seperti Kementerian Pendidikan."))
    assert.equal("Lee Min Ho", one("Presiden Subianto menyampaikan belasungkawa terhadap Presiden Lee atas gempa.")
      .recipient)
    -- one person named by the lexicon's alias and by a longer form of the name: one call
    kimput.entities.add{ name = "Hamid bin Rasyid", kind = "person", aliases = { "Raja Hamid" } }
    e = one("Presiden Subianto menelepon Raja Hamid untuk mengucapkan selamat jalan. Dilansir dari laman resmi, "
      .. "Presiden Subianto menelepon Raja Yordania Hamid Bin Rasyid Al-Nur, Senin (17/6) pagi.")
    assert.same({ "Hamid bin Rasyid", "2024-06-17" }, { e.recipient, e.date })
  end)
  it("reads a fronted meeting past its own date, and a verb's list as the ones its subject met", function()
    -- the fronted clause's date before the comma that ends it: the subject after is the other party
    local e = one("Dalam pertemuan bilateral dengan Menlu Siti Rahma di Jakarta, Selasa (18/6), PM Tanaka "
      .. "mengatakan kerja sama kedua negara makin erat.")
    assert.same({ "meeting", "2024-06-18" }, { e.type, e.date })
    assert.same({ "Siti Rahma", "Tanaka Hiroshi" }, { e.sender < e.recipient and e.sender or e.recipient,
      e.sender < e.recipient and e.recipient or e.sender })
    assert.equal("Tanaka Hiroshi", one("Dalam pertemuan dengan Presiden Lee di Seoul, Senin, PM Tanaka menyampaikan "
      .. "harapannya.").sender)
    -- "Pada pertemuan itu X bertemu dengan A dan B": X met A and X met B, A and B did not meet
    local ev = events("Pada pertemuan itu, Presiden Subianto bertemu dengan Presiden Lee dan PM Tanaka.")
    assert.equal(2, #ev)
    for _, x in ipairs(ev) do assert.equal("Ahmad Subianto", x.sender) end
    ev = events("Dalam pertemuan tersebut PM Tanaka bertemu dengan Presiden Lee, Menlu Siti Rahma dan Gubernur "
      .. "Prasetyo.")
    assert.equal(3, #ev)
    for _, x in ipairs(ev) do assert.equal("Tanaka Hiroshi", x.sender) end
    -- the noun's own "dengan A dan B" still names the two sides
    e = one("Pertemuan dengan Presiden Lee dan PM Tanaka berlangsung di Tokyo.")
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi" }, { e.sender, e.recipient })
  end)
  it("reads the addressee of the letter just told from 'surat itu ditujukan kepada Y', after bahwa too", function()
    local e = one("Presiden Subianto menulis surat dukacita atas wafatnya mantan raja. Menlu Siti Rahma menjelaskan "
      .. "bahwa surat belasungkawa tersebut ditujukan kepada PM Tanaka.")
    assert.same({ "letter", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Subianto mengirim surat pada Senin (17/6). Surat resmi itu dikirimkan kepada Presiden Lee.")
    assert.same({ "Ahmad Subianto", "Lee Min Ho", "2024-06-17" }, { e.sender, e.recipient, e.date })
    -- a letter noun not pointing back (no demonstrative) names no letter just told
    assert.equal(0, #events("Presiden Subianto menulis surat dukacita. Menlu Siti Rahma menjelaskan bahwa surat "
      .. "lain ditujukan kepada PM Tanaka."))
  end)
  it("ends a letter's frame at a clause of another act's time past its parties", function()
    local e = one("Ucapan selamat untuk Presiden Lee itu disampaikan Presiden Subianto melalui surat yang diserahkan "
      .. "oleh Menlu Siti Rahma saat dia berkunjung ke Kantor Kementerian Luar Negeri Korea, Selasa.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho", "2024-06-18" }, { e.type, e.sender, e.recipient, e.date })
    -- before any party the time word opens no other clause's frame
    e = one("Presiden Subianto mengirim surat saat kunjungan kerja kepada Presiden Lee.")
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { e.sender, e.recipient })
  end)
  it("reads the courier of 'Surat resmi (pribadi) dari X diserahkan oleh Y kepada Z' as none of its parties", function()
    for _, noun in ipairs({ "Surat resmi", "Surat pribadi", "Surat khusus" }) do
      local e = one(noun .. " dari Presiden Subianto diserahkan langsung oleh Menlu Siti Rahma kepada PM Tanaka di "
        .. "Tokyo.")
      assert.same({ "Ahmad Subianto", "Tanaka Hiroshi" }, { e.sender, e.recipient })
    end
  end)
  it("gives a meeting named again no date of another pair's meeting or of a clause past sejak", function()
    -- a date past a relative word and another event's verb is that event's
    local ev = events("Presiden Subianto dijadwalkan bertemu dengan Presiden Lee di Seoul. Pertemuan puncak itu akan "
      .. "menjadi yang pertama sejak PM Tanaka bertemu Menlu Siti Rahma di Tokyo, delapan tahun lalu.")
    assert.equal(2, #ev)
    for _, x in ipairs(ev) do
      if x.sender == "Ahmad Subianto" then assert.is_nil(x.date) else assert.equal("2016", x.date) end
    end
    -- "pertemuan X dengan Y di Z tersebut": the meeting of that pair told before, not the last one's date
    ev = events("Presiden Subianto dijadwalkan bertemu dengan Presiden Lee di Seoul. PM Tanaka juga sempat bertemu "
      .. "dengan Presiden Lee pada 2002. Pertemuan Subianto dengan Lee di Seoul tersebut sudah dibahas.")
    for _, x in ipairs(ev) do
      if x.sender == "Ahmad Subianto" or x.recipient == "Ahmad Subianto" then assert.is_nil(x.date) end
    end
    -- without the demonstrative, one told on from the sentence before with a party in common takes its date
    ev = events("PM Tanaka bertemu dengan Presiden Lee pada Senin (17/6). Pertemuan Subianto dengan Lee membahas "
      .. "kerja sama.")
    assert.same({ "2024-06-17", "2024-06-17" }, { ev[1].date, ev[2].date })
  end)
  it("reads a meeting noun after dengan late in the clause as the subject's meeting", function()
    local e = one("Presiden Subianto mengawali kunjungan resminya ke Korea dengan pertemuan yang penuh kehormatan "
      .. "dengan Presiden Lee. Kunjungan ini berlangsung di Seoul pada Senin, 17 Juni.")
    assert.same({ "meeting", "Ahmad Subianto", "Lee Min Ho", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("reads an ordinal between a meeting noun and its parties, and pasca-pertemuan", function()
    for _, noun in ipairs({ "setelah pertemuan kedua", "pasca-pertemuan ketiga", "pascapertemuan" }) do
      local e = one("Perundingan mandek " .. noun .. " Presiden Lee dan PM Tanaka di Tokyo, Februari lalu.")
      assert.same({ "meeting", "Lee Min Ho", "Tanaka Hiroshi", "2024-02" }, { e.type, e.sender, e.recipient, e.date })
    end
    -- "kedua" before no person is still the pair's word
    assert.equal(1, #events("Presiden Lee bertemu PM Tanaka di Tokyo. Pertemuan kedua pemimpin berlangsung hangat."))
  end)
  it("reads a guest past honours after a title's comma, and a dateline after an outlet's bar", function()
    for _, honour in ipairs({ "Dato' Seri Dr.", "Dato\u{2019} Seri", "Tan Sri" }) do
      local e = one("Presiden Korea, Lee Min Ho, menerima kunjungan kehormatan Wakil Perdana Menteri Jepang, " .. honour
        .. " Tanaka Hiroshi, di Seoul, Selasa (18/6).")
      assert.same({ "Lee Min Ho", "Tanaka Hiroshi", "2024-06-18" }, { e.sender, e.recipient, e.date })
    end
    local e = one("WARTAKITA | JAKARTA — Presiden Korea, Lee Min Ho, menerima kunjungan kehormatan PM Tanaka di Seoul.")
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi" }, { e.sender, e.recipient })
  end)
  it("dates a letter by the sentence before telling it in the same words with no parties named", function()
    local e = one("Pada Rabu (19/6) pagi, dia menulis surat untuk penggantinya. Juru bicara mengonfirmasi bahwa "
      .. "Presiden Subianto telah menulis surat kepada Presiden Lee.")
    assert.same({ "Ahmad Subianto", "Lee Min Ho", "2024-06-19" }, { e.sender, e.recipient, e.date })
    -- other words tell another happening: no date
    assert.is_nil(one("Pada Rabu (19/6) pagi, dia meninggalkan kantor. Presiden Subianto telah menulis surat kepada "
      .. "Presiden Lee.").date)
  end)
  it("points back at the time just told with no comma after 'Pada kesempatan itu' before a person", function()
    local e = one("Pertemuan para menteri kembali digelar di sela KTT di Tokyo, Selasa (18/6). Pada kesempatan itu "
      .. "Menlu Siti Rahma bertemu dengan PM Tanaka.")
    assert.same({ "Siti Rahma", "Tanaka Hiroshi", "2024-06-18" }, { e.sender, e.recipient, e.date })
  end)
  it("skips furniture lines when reading the sentence before, and names an earlier meeting", function()
    local ev = events("Pertemuan para menteri kembali digelar di sela KTT di Tokyo, Selasa (18/6).\n"
      .. "Baca Juga: Harga Beras Naik Lagi di Pasar Induk\n"
      .. "Pada kesempatan itu Menlu Siti Rahma bertemu dengan PM Tanaka.\n")
    assert.equal(1, #ev)
    assert.same({ "Siti Rahma", "Tanaka Hiroshi", "2024-06-18" }, { ev[1].sender, ev[1].recipient, ev[1].date })
    -- "pertemuan awal (sebelumnya)": an earlier meeting, not dated by the one just told
    for _, w in ipairs({ "awal", "sebelumnya" }) do
      ev = events("Menlu Siti Rahma bertemu dengan PM Tanaka di Tokyo, Selasa (18/6). Pada pertemuan " .. w
        .. " itu PM Tanaka bertemu dengan Presiden Lee.")
      assert.equal(2, #ev)
      assert.same({ "2024-06-18", "Lee Min Ho" }, { ev[1].date, ev[2].recipient })
      assert.is_nil(ev[2].date)
    end
  end)
  it("reads no meeting in a meal served or brought to someone", function()
    for _, v in ipairs({ "menyajikan makan siang", "membawakan sarapan", "menyiapkan makan malam" }) do
      assert.equal(0, #events("Menlu Siti Rahma " .. v .. " untuk PM Tanaka di kantornya pada Senin (17/6)."))
    end
    local e = one("Menlu Siti Rahma makan siang bersama PM Tanaka di kantornya pada Senin (17/6).")
    assert.same({ "meeting", "Siti Rahma", "Tanaka Hiroshi", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("reads the cue after an opening quote as the letter's writer, past a person the quote names", function()
    for _, cue in ipairs({ "tulisnya dalam surat yang ditujukan kepada", "tulis Rahma dalam surat kepada" }) do
      local ev = events("Menlu Siti Rahma hadir di Tokyo.\n\"Dia adalah sahabat bagi Anda,\" " .. cue .. " PM Tanaka.")
      assert.equal(1, #ev)
      assert.same({ "letter", "Siti Rahma", "Tanaka Hiroshi" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    end
  end)
  it("dates no plan placed after another happening by the plan of the sentence before", function()
    local ev = events("PM Tanaka dan Presiden Lee akan bertemu di Tokyo akhir pekan ini. Presiden Lee tiba di Tokyo "
      .. "pada Senin (17/6). Dia dijadwalkan menghadiri forum ekonomi yang berlangsung hingga hari ini. Juru bicara "
      .. "mengatakan pertemuan Lee dengan Tanaka akan dilakukan setelah forum itu.")
    assert.equal(1, #ev)
    assert.same({ "Tanaka Hiroshi", "Lee Min Ho", true }, { ev[1].sender, ev[1].recipient, ev[1].planned })
    assert.equal(2, #ev[1].mentions)
  end)
  it("finds the sender set off by commas after a fronted clause, named in pieces, or affirmed by litotes", function()
    for _, text in ipairs({
      "Tak hanya PM Tanaka, Menteri Luar Negeri Korea, Siti Rahma, juga memberikan ucapan selamat atas kemenangan "
        .. "Presiden Lee Min Ho.",
      "Menlu Siti Rahma pun tak ketinggalan untuk mengucapkan selamat kepada Presiden Lee Min Ho.",
      "Menlu Siti Rahma tidak lupa menyampaikan ucapan selamat kepada Presiden Lee Min Ho.",
    }) do
      local e = one(text)
      assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
    local e = one("Raja Tarek bin Khalid al-Farsi dari Oman mengirimkan ucapan selamat kepada Presiden Lee Min Ho.")
    assert.same({ "message", "Tarek bin Khalid Al Busaidi", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.equal(0, #events("Menlu Siti Rahma tidak mengucapkan selamat kepada Presiden Lee Min Ho."))
  end)
  it("dates no event by the years of a term or session", function()
    for _, span in ipairs({ "dalam masa sidang tahun 2023-2024", "untuk periode 2021–2026", "periode 2019-2024" }) do
      local e = one("Presiden Lee Min Ho menerima surat dari Menlu Siti Rahma " .. span .. ".")
      assert.same({ "letter", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
      assert.is_nil(e.date)
    end
    assert.equal("2023", one("Presiden Lee Min Ho menerima surat dari Menlu Siti Rahma pada 2023.").date)
  end)
  it("gives the speaker no letter his party or office received", function()
    for _, body in ipairs({ "partainya", "lembaganya", "kementeriannya" }) do
      assert.equal(0, #events("Sekretaris Jenderal Partai Maju, Joko Prasetyo, mengatakan " .. body
        .. " telah menerima surat dari Presiden Lee Min Ho."))
      assert.equal(0, #events("Gubernur Joko Prasetyo mengatakan " .. body
        .. " sudah menerima surat dari Presiden Lee."))
    end
    local e = one("Gubernur Joko Prasetyo mengatakan dia telah menerima surat dari Presiden Lee Min Ho.")
    assert.same({ "letter", "Lee Min Ho", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
  end)
  it("reads a meeting held with melaksanakan as with melakukan", function()
    for _, noun in ipairs({ "audiensi", "silaturahmi sekaligus audiensi", "pertemuan" }) do
      local e = one("Gubernur Joko Prasetyo melaksanakan " .. noun .. " dengan Presiden Lee Min Ho di Istana, "
        .. "pada Selasa (18/6).")
      assert.same({ "meeting", "Joko Prasetyo", "Lee Min Ho", "2024-06-18" }, { e.type, e.sender, e.recipient, e.date })
    end
    assert.equal(0, #events("Gubernur Joko Prasetyo melaksanakan arahan Presiden Lee Min Ho pada Selasa (18/6)."))
  end)
  it("reads the arrival welcomed as the meeting with whose arrival it is", function()
    local e = one("PM Tanaka Hiroshi berkunjung ke Istana. Presiden Lee Min Ho menyambut kedatangannya dengan upacara "
      .. "kenegaraan di Istana, Jumat siang.")
    assert.same({ "meeting", "Lee Min Ho", "Tanaka Hiroshi", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("takes no date of a cue whose speaker has a long title", function()
    local e = one("Menlu Siti Rahma dan PM Tanaka akan bertemu di Tokyo. \"Rahma akan mengadakan pertemuan dengan PM "
      .. "Tanaka Hiroshi,\" kata juru bicara Kementerian Luar Negeri Korea Selatan (Kemlu) Joko Prasetyo di Seoul, "
      .. "Rabu (19/6).")
    assert.same({ "meeting", "Siti Rahma", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
  end)
  it("sends congratulations to a people on someone's win to the winner", function()
    for _, people in ipairs({ "rakyat Korea", "rakyat dan pemerintah Korea Selatan" }) do
      local e = one("Presiden Lee Min Ho menang. Menlu Siti Rahma pun mengucapkan selamat kepada " .. people
        .. " atas terpilihnya Lee sebagai presiden.")
      assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
    assert.equal(0, #events("Menlu Siti Rahma menyampaikan belasungkawa kepada rakyat Turki atas gempa itu."))
  end)
  it("dates no event by the year of an election written in lower case", function()
    for _, noun in ipairs({ "pemilu", "pilpres", "pemilihan" }) do
      local e = one("Menlu Siti Rahma mengirimkan ucapan selamat kepada Presiden Lee Min Ho yang terpilih kembali "
        .. "dalam " .. noun .. " 2024.")
      assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
      assert.is_nil(e.date)
    end
  end)
  it("gives no letter to the one who brought a letter received", function()
    local ev = events("Presiden Lee Min Ho telah menerima surat balasan dari PM Tanaka. Presiden menerima surat itu di "
      .. "Seoul diantar oleh Menlu Siti Rahma dari Jakarta, tadi pagi.")
    assert.equal(1, #ev)
    assert.same({ "letter", "Tanaka Hiroshi", "Lee Min Ho" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)
  it("reads the message the subject owns, set right after him, as addressed to whom the clause names", function()
    for _, text in ipairs({
      "Menteri Luar Negeri, Siti Rahma, dalam ucapan selamatnya juga mengajak Presiden Lee untuk bekerja bersama.",
      "Menlu Siti Rahma dalam pesannya mengajak Presiden Lee Min Ho untuk bekerja bersama.",
      "Rahma dalam pesannya mengajak Presiden Lee Min Ho untuk bekerja bersama.",
    }) do
      local e = one(text)
      assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
    assert.equal(0, #events("Menlu Siti Rahma dalam pesannya mengatakan Presiden Lee Min Ho adalah sahabat."))
  end)
  it("takes no body's building gone to for the subject of a welcome", function()
    assert.equal(0, #events("Tamunya tiba di Istana Bogor sekitar pukul 11.00 Waktu Indonesia Barat (WIB) yang "
      .. "langsung disambut oleh Menlu Siti Rahma."))
    local e = one("PM Tanaka tiba di Istana Bogor sekitar pukul 11.00 WIB yang langsung disambut oleh Menlu "
      .. "Siti Rahma.")
    assert.same({ "meeting", "Siti Rahma", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
  end)
  it("reads a letter an office received, addressed to a person, as the person's", function()
    local e = one("Kementerian Sekretariat Negara telah menerima surat dari Menlu Siti Rahma kepada Presiden "
      .. "Lee Min Ho.")
    assert.same({ "letter", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    e = one("Gubernur Joko Prasetyo menerima surat dari Menlu Siti Rahma kepada Presiden Lee Min Ho.")
    assert.same({ "Siti Rahma", "Joko Prasetyo" }, { e.sender, e.recipient })
  end)
  it("takes no weekday after Hari, nor elect before a name, for the occasion", function()
    local e = one("Presiden Lee Min Ho mengatakan, \"Hari Minggu, tanggal 16 Juni 2024, kami telah menerima surat dari "
      .. "Menlu Siti Rahma,\" ujar Lee.")
    assert.same({ "letter", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.occasion)
    e = one("Menlu Siti Rahma Sampaikan Selamat pada Presiden Korea Terpilih Lee Min Ho\n\nSEOUL - Menlu Siti Rahma "
      .. "menyampaikan selamat kepada Presiden Lee Min Ho pada Minggu (16/6).")
    assert.same({ "message", "Siti Rahma", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.occasion)
  end)
  it("reads foreign officers by their ranks in English, past an office in English set off before them", function()
    for _, guest in ipairs({ "Lieutenant General Harold Brennan", "Vice Admiral Harold Brennan",
                             "Chief of The Northland Army, Lieutenant General Harold Brennan" }) do
      local e = one("Gubernur Joko Prasetyo menerima kunjungan kehormatan " .. guest .. " di kantornya, Senin (17/6).")
      assert.same({ "meeting", "Joko Prasetyo", "Harold Brennan", "2024-06-17" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("dates the letter just told by the date a later sentence says it bears, past its number", function()
    for _, second in ipairs({ "Surat resmi dengan nomor: 300.2/351/SET/VI/2024, tertanggal 14 Juni 2024.",
                              "Pengiriman surat resmi dengan nomor 300, tertanggal 14 Juni 2024 bertujuan memberi "
                                .. "kabar." }) do
      local e = one("Gubernur Joko Prasetyo mengirim surat kepada Presiden Lee Min Ho terkait banjir. " .. second)
      assert.same({ "letter", "Joko Prasetyo", "Lee Min Ho", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("keeps a companion of the host after a comma and bersama on the host's side", function()
    local e = one("Rombongan Bupati Budi Santoso disambut langsung oleh Gubernur Jawa Tengah, Joko Prasetyo, bersama "
      .. "Ketua Tim Penggerak PKK Provinsi Ratna Dewi di rumah dinasnya, Senin (17/6).")
    assert.same({ "meeting", "Joko Prasetyo", "Budi Santoso", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Bupati Budi Santoso disambut oleh Gubernur Joko Prasetyo, beserta Wakil Gubernur Ratna Dewi, "
      .. "Senin (17/6).")
    assert.same({ "Joko Prasetyo", "Budi Santoso" }, { e.sender, e.recipient })
  end)
  it("takes no death of a party, told as a rumour, for the occasion of its message", function()
    local e = one("Presiden Lee Min Ho mengirim pesan kepada Gubernur Joko Prasetyo. Pesan ini seakan menepis kabar "
      .. "kematian Lee Min Ho.")
    assert.same({ "message", "Lee Min Ho", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.occasion)
    e = one("Presiden Lee Min Ho mengirim pesan kepada Gubernur Joko Prasetyo. Pesan ini menyampaikan duka atas "
      .. "kematian Menlu Siti Rahma.")
    assert.equal("kematian Menlu Siti Rahma", e.occasion)
  end)
  it("gives a letter named again no date of another kind of event told after it", function()
    local ev = events("Presiden Lee Min Ho telah menerima surat dari Gubernur Joko Prasetyo. Juru bicara mengatakan "
      .. "surat itu menindaklanjuti pertemuan mereka pada 12 Juni.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Joko Prasetyo", "Lee Min Ho" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.is_nil(ev[1].date)
    assert.same({ "meeting", "2024-06-12" }, { ev[2].type, ev[2].date })
  end)
  it("reads more verbs of thanking for what the one thanked sent", function()
    for _, verb in ipairs({ "mengungkapkan terima kasih", "menyatakan terima kasih", "menyampaikan rasa terima kasih",
                            "mengungkapkan rasa terima kasih", "mengucapkan rasa terima kasih" }) do
      local e = one("Presiden Lee Min Ho " .. verb .. " kepada Gubernur Joko Prasetyo atas pesan belasungkawa.")
      assert.same({ "message", "Joko Prasetyo", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    end
    assert.equal(0, #events("Presiden Lee Min Ho mengungkapkan terima kasih kepada Gubernur Joko Prasetyo atas kerja "
      .. "kerasnya."))
  end)
  it("reads 'sebagai tanggapan (jawaban) atas surat' as a reply, the answered letter's date its own", function()
    for _, phrase in ipairs({ "sebagai tanggapan atas", "sebagai jawaban atas", "sebagai balasan atas" }) do
      local ev = events("Presiden Lee Min Ho mengirim sebuah surat kepada Gubernur Joko Prasetyo " .. phrase
        .. " surat yang diterimanya minggu lalu dari Joko.")
      assert.equal(2, #ev)
      assert.same({ "letter", "Lee Min Ho", "Joko Prasetyo" }, { ev[1].type, ev[1].sender, ev[1].recipient })
      assert.is_nil(ev[1].date)
      assert.same({ "letter", "Joko Prasetyo", "Lee Min Ho", "2024-W24" },
        { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    end
    local e = events("Presiden Lee Min Ho mengirim sebuah surat kepada Gubernur Joko Prasetyo sebagai balasan, Senin "
      .. "(17/6).")[1]
    assert.equal("2024-06-17", e.date)
  end)
  it("gives the occasion past a reply word and the noun it answers to the answered letter alone", function()
    local ev = events("Presiden Lee Min Ho mengirim sebuah surat kepada Gubernur Joko Prasetyo sebagai tanggapan atas "
      .. "surat dari Joko yang berisi ucapan selamat ulang tahun.")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "Joko Prasetyo" }, { ev[1].sender, ev[1].recipient })
    assert.is_nil(ev[1].occasion)
    assert.same({ "Joko Prasetyo", "ulang tahun" }, { ev[2].sender, ev[2].occasion })
  end)
  it("merges one letter told in a month and in a week partly in it", function()
    local ev = events("Presiden Lee Min Ho dan Gubernur Joko Prasetyo saling berkirim surat pada bulan ini. Lee "
      .. "mengatakan Joko mengirim surat kepadanya minggu lalu.")
    assert.equal(2, #ev)
    assert.same({ "Lee Min Ho", "2024-06" }, { ev[1].sender, ev[1].date })
    assert.same({ "Joko Prasetyo", "2024-W24" }, { ev[2].sender, ev[2].date })
    ev = events("Presiden Lee Min Ho dan Gubernur Joko Prasetyo saling berkirim surat pada Mei. Lee mengatakan Joko "
      .. "mengirim surat kepadanya minggu lalu.")
    assert.equal(3, #ev)
  end)
  it("reads the leader of a visit named a sentence or two before the group is welcomed", function()
    local e = one("Kunjungan tersebut dipimpin langsung oleh Bupati Budi Santoso. Turut mendampingi, Sekda Ratna Dewi. "
      .. "Rombongan disambut oleh Gubernur Joko Prasetyo di rumah dinasnya, Senin (17/6).")
    assert.same({ "meeting", "Joko Prasetyo", "Budi Santoso", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Delegasi itu dipimpin Menlu Siti Rahma. Rombongan disambut oleh Gubernur Joko Prasetyo di bandara.")
    assert.same({ "Joko Prasetyo", "Siti Rahma" }, { e.sender, e.recipient })
    assert.equal(0, #events("Kunjungan tersebut dipimpin Bupati Budi Santoso. Gubernur Joko Prasetyo berpidato."))
  end)
  it("completes the one mourned past a lower-case former office before the name", function()
    local e = one("Presiden Lee Min Ho mengirim pesan belasungkawa kepada Gubernur Joko Prasetyo atas kematian mantan "
      .. "pemimpin Korea Kim Dae Jung.")
    assert.equal("kematian mantan pemimpin Korea Kim Dae Jung", e.occasion)
    e = one("Presiden Lee Min Ho mengirim pesan belasungkawa kepada Gubernur Joko Prasetyo atas gempa bumi di Cianjur.")
    assert.equal("gempa bumi", e.occasion)
  end)
  it("dates a welcome whose leader was named before by the visit that sentence points back to", function()
    local e = one("Pemkab Sleman melakukan kunjungan silaturahmi ke rumah dinas gubernur, Minggu (16/6). Kunjungan "
      .. "tersebut dipimpin langsung oleh Bupati Budi Santoso. Rombongan disambut oleh Gubernur Joko Prasetyo.")
    assert.same({ "meeting", "Joko Prasetyo", "Budi Santoso", "2024-06-16" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("reads every sender listed after a greeting's 'dari' (datang dari A, B dan C), to the one told", function()
    local ev = events("Presiden Lee Min Ho menyampaikan belasungkawa kepada Presiden Ahmad Subianto atas wafatnya "
      .. "ibundanya. Ucapan belasungkawa juga datang dari PM Tanaka Hiroshi, Presiden Maria Kowalska dan Raja Tarek "
      .. "bin Khalid Al Busaidi melalui akun Twitter resminya.")
    local senders = {}
    for _, e in ipairs(ev) do
      assert.same({ "message", "Ahmad Subianto" }, { e.type, e.recipient })
      senders[#senders + 1] = e.sender
    end
    table.sort(senders)
    assert.same({ "Lee Min Ho", "Maria Kowalska", "Tanaka Hiroshi", "Tarek bin Khalid Al Busaidi" }, senders)
    ev = events("Ucapan selamat juga datang dari PM Tanaka Hiroshi dan Presiden Maria Kowalska kepada Presiden "
      .. "Ahmad Subianto.")
    assert.equal(2, #ev)
    local two = { ev[1].sender, ev[2].sender }
    table.sort(two)
    assert.same({ "Maria Kowalska", "Tanaka Hiroshi" }, two)
  end)

  it("reads a condolence owned by its sender (duka citanya) and a telegram of sympathy (kawat simpati)", function()
    local e = one("Presiden Lee Min Ho menyampaikan duka citanya kepada Presiden Ahmad Subianto atas banjir itu.")
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Raja Tarek menyampaikan dukacitanya kepada Presiden Ahmad Subianto, Kamis (20/6).")
    assert.same({ "message", "Tarek bin Khalid Al Busaidi", "Ahmad Subianto", "2024-06-20" },
      { e.type, e.sender, e.recipient, e.date })
    e = one("Presiden Maria Kowalska pada Minggu (16/6) mengirim kawat simpati kepada PM Tanaka Hiroshi atas topan.")
    assert.same({ "letter", "Maria Kowalska", "Tanaka Hiroshi", "2024-06-16" },
      { e.type, e.sender, e.recipient, e.date })
  end)

  it("reads two plain words after 'untuk' before a party as a purpose (untuk dukung pasangan X)", function()
    assert.same({}, events("Beredar surat dari Presiden Ahmad Subianto untuk dukung pasangan Joko Prasetyo dan "
      .. "Siti Rahma di Pilkada."))
    assert.same({}, events("Presiden Ahmad Subianto menulis surat untuk minta restu Gubernur Joko Prasetyo."))
    local e = one("Presiden Ahmad Subianto menitipkan pesan untuk sahabat lamanya Presiden Lee Min Ho.")
    assert.same({ "Ahmad Subianto", "Lee Min Ho" }, { e.sender, e.recipient })
    e = one("Surat Presiden Ahmad Subianto untuk Gubernur Joko Prasetyo beredar luas.")
    assert.same({ "Ahmad Subianto", "Joko Prasetyo" }, { e.sender, e.recipient })
  end)

  it("dates a letter by its day of sending past a quote's cue (..., yang dikirim pada D)", function()
    local e = one("Hal itu tertulis dalam surat Presiden Maria Kowalska kepada Presiden Ahmad Subianto. \"Mulai 1 "
      .. "Agustus kami menaikkan bea masuk,\" kata Kowalska dalam surat tersebut, yang dikirim pada Senin (17/6/2024).")
    assert.same({ "letter", "Maria Kowalska", "Ahmad Subianto", "2024-06-17" },
      { e.type, e.sender, e.recipient, e.date })
  end)

  it("takes no date from the year a term runs until (hingga tahun 2026 mendatang)", function()
    local e = one("Dalam suratnya, Menlu Siti Rahma meminta Gubernur Joko Prasetyo melantik wakilnya di sisa masa "
      .. "jabatan hingga tahun 2026 mendatang.")
    assert.same({ "letter", "Siti Rahma", "Joko Prasetyo" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
  end)

  it("dates a letter by the date it bears, told opening the sentence before (Surat bertanggal D ...)", function()
    for _, first in ipairs({ "Surat bertanggal 10 Juni 2024 yang dikeluarkan Istana itu diunggah pada Selasa.",
                             "Surat tertanggal 10 Juni 2024 tersebut beredar luas di media sosial." }) do
      local e = one(first .. " \"Suatu kehormatan bagi saya,\" tulis Presiden Maria Kowalska membuka suratnya "
        .. "kepada Presiden Ahmad Subianto.")
      assert.same({ "letter", "Maria Kowalska", "Ahmad Subianto", "2024-06-10" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)

  it("reads a letter named by its purpose (surat teguran, surat permohonan) with its owner after it", function()
    local e = one("Ini isi lengkap surat teguran Gubernur Joko Prasetyo kepada Menlu Siti Rahma yang absen rapat.")
    assert.same({ "letter", "Joko Prasetyo", "Siti Rahma" }, { e.type, e.sender, e.recipient })
    e = one("Isi surat permohonan Presiden Ahmad Subianto kepada PM Tanaka Hiroshi beredar luas.")
    assert.same({ "letter", "Ahmad Subianto", "Tanaka Hiroshi" }, { e.type, e.sender, e.recipient })
  end)

  it("takes no date from the day right before a verb of saying (X hari Senin mengatakan tentang surat ...)", function()
    local e = one("Menlu Siti Rahma hari Senin, 17 Juni 2024 mengatakan tentang surat Presiden Lee Min Ho kepada "
      .. "Presiden Ahmad Subianto.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    assert.is_nil(e.date)
    -- (a date closing a clause on the speaker is that clause's)
    e = one("Menlu Siti Rahma, yang bertemu Presiden Lee Min Ho di Seoul pekan ini mengatakan kepada wartawan "
      .. "bahwa hubungan kedua negara baik.")
    assert.same({ "meeting", "2024-W25" }, { e.type, e.date })
  end)

  it("reads an exchange named by the bare root and its noun (melakukan tukar pesan dengan Y, saling tukar)", function()
    local ev = events("Presiden Lee Min Ho diketahui sempat melakukan tukar pesan dengan Presiden Ahmad Subianto.")
    assert.equal(2, #ev)
    assert.same({ "message", "Lee Min Ho", "Ahmad Subianto" }, { ev[1].type, ev[1].sender, ev[1].recipient })
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { ev[2].type, ev[2].sender, ev[2].recipient })
    ev = events("PM Tanaka Hiroshi dan Presiden Maria Kowalska saling tukar ucapan selamat pada Senin (17/6).")
    assert.equal(2, #ev)
    assert.same({ "Tanaka Hiroshi", "Maria Kowalska", "2024-06-17" }, { ev[1].sender, ev[1].recipient, ev[1].date })
    assert.same({}, events("Nilai tukar rupiah terhadap dolar AS melemah pada Senin (17/6)."))
  end)

  it("reads a letter's noun before its passive verb past what it is about (tentang, perihal) and its date", function()
    local e = one("Surat dari Menlu Siti Rahma tentang penetapan duta besar ini tertanggal 10 Juni 2024 dan ditujukan "
      .. "kepada Gubernur Joko Prasetyo.")
    assert.same({ "letter", "Siti Rahma", "Joko Prasetyo", "2024-06-10" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Surat dari Menlu Siti Rahma perihal penyaluran dana tertanggal 3 Juni 2024 ditujukan kepada PM Tanaka "
      .. "Hiroshi.")
    assert.same({ "letter", "Siti Rahma", "Tanaka Hiroshi", "2024-06-03" }, { e.type, e.sender, e.recipient, e.date })
  end)

  it("reads the members of a group subject listed after the event (para pemimpin ..., antara lain A dan B)", function()
    local ev = events("Para pemimpin dunia mengucapkan selamat kepada Presiden Ahmad Subianto, antara lain Presiden "
      .. "Lee Min Ho dan PM Tanaka Hiroshi.")
    assert.equal(2, #ev)
    local senders = { ev[1].sender, ev[2].sender }
    table.sort(senders)
    assert.same({ "Lee Min Ho", "Tanaka Hiroshi" }, senders)
    assert.same({ "Ahmad Subianto", "Ahmad Subianto" }, { ev[1].recipient, ev[2].recipient })
    -- (to the one told just before, named in no sentence of its own)
    ev = events("Presiden Lee Min Ho menyampaikan belasungkawa kepada Presiden Ahmad Subianto atas banjir itu. "
      .. "Sejumlah pemimpin negara lain juga menyampaikan belasungkawa, di antaranya PM Tanaka Hiroshi dan "
      .. "Presiden Maria Kowalska.")
    assert.equal(3, #ev)
    for _, e in ipairs(ev) do assert.equal("Ahmad Subianto", e.recipient) end
  end)

  it("reads as a letter a greeting a fronted clause says went by letter, its addressee the one just told", function()
    local ev = events("Presiden Lee Min Ho menyampaikan belasungkawa kepada Presiden Ahmad Subianto atas banjir itu. "
      .. "Melalui surat resmi, PM Tanaka Hiroshi juga menyampaikan belasungkawa.")
    assert.equal(2, #ev)
    assert.same({ "letter", "Tanaka Hiroshi", "Ahmad Subianto" }, { ev[2].type, ev[2].sender, ev[2].recipient })
  end)

  it("reads no meeting in a letter signed by one and received by another (ditandatangani X dan diterima Y)", function()
    for _, e in ipairs(events("Surat itu ditandatangani Menlu Siti Rahma dan diterima Gubernur Joko Prasetyo pada "
      .. "Jumat (14/6).")) do
      assert.are_not.equal("meeting", e.type)
    end
  end)
end)

describe("doc:events() meetings, visits and calls of regional pages", function()
  it("reads the lead after a dateline with its day and year, or an outlet's web name before the place", function()
    for _, line in ipairs({
      "Sukamaju, 17 Juni 2024 – ",
      "SUKAMAJU, 17 Juni 2024 - ",
      "Beritaku.com-Sukamaju, 17 Juni 2024 – ",
    }) do
      local e = one(line .. "Kapolda Sukamaju, Irjen Pol. Drs. Hendra Wiratama, S.H., M.H. menerima kunjungan "
        .. "silaturahmi dari Bupati Tanjung Sari, Drs. H. Budi Santoso, M.M., di Mapolda Sukamaju.")
      assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso" }, { e.type, e.sender, e.recipient })
    end
  end)
  it("reads a visitor set off after his title and place with no closing comma, then received", function()
    local e = one("Penjabat Gubernur Sukamaju, Hendra Wiratama melakukan kunjungan ke Kodam IX Sukamaju, Senin "
      .. "(17/6/2024). Ia diterima langsung oleh Mayor Jenderal (Mayjen) TNI Budi Santoso.")
    assert.same({ "meeting", "2024-06-17" }, { e.type, e.date })
    assert.same({ "Budi Santoso", "Hendra Wiratama" }, { e.sender, e.recipient })
  end)
  it("reads no subject among the companions listed after didampingi", function()
    for _, companions in ipairs({
      "didampingi Kadis Kominfo, Rudi Hartono dan Kadis Perindag, Yusuf Maulana berdialog dengan",
      "didampingi oleh Sekda Rudi Hartono, Kadis Yusuf Maulana serta Camat Ani Lestari menerima",
    }) do
      local e = one("Bupati Sukamaju Hendra Wiratama " .. companions .. " Konsul Jenderal Budi Santoso.")
      assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso" }, { e.type, e.sender, e.recipient })
    end
  end)
  it("reads a visit told one sentence, then the visit or the group received by the host", function()
    for _, case in ipairs({
      { "Bupati Sleman Hendra Wiratama menyambangi Kantor Wali Kota Bantul pada Kamis lalu. Kehadiran rombongan "
        .. "disambut langsung oleh Wali Kota Bantul Budi Santoso.", "2024-06-13" },
      { "Didampingi Sekda dan beberapa kepala dinas, Bupati Sleman Hendra Wiratama menyambangi Kantor Wali Kota "
        .. "Bantul pada Kamis lalu. Kehadiran rombongan disambut langsung oleh Wali Kota Bantul Budi Santoso.",
        "2024-06-13" },
      { "Penjabat Gubernur Sukamaju Hendra Wiratama didampingi istri dan rombongan melakukan kunjungan silaturahmi "
        .. "ke Kantor Bupati Bantul, Senin (17/6/2024). Kunjungan tersebut diterima langsung oleh Bupati Budi "
        .. "Santoso dan Sekda.", "2024-06-17" },
      { "Gubernur Sukamaju Hendra Wiratama didampingi Sekda Ratna Dewi berkunjung ke Kantor Bupati Bantul, Senin "
        .. "(17/6/2024). Kedatangan rombongan disambut Bupati Budi Santoso.", "2024-06-17" },
    }) do
      local e = one(case[1])
      assert.same({ "meeting", "Budi Santoso", "Hendra Wiratama", case[2] }, { e.type, e.sender, e.recipient, e.date })
    end
    -- no visit told before: nobody met
    assert.same({}, events("Gubernur Sukamaju Hendra Wiratama mengatakan jalan itu rusak. Kedatangan rombongan "
      .. "disambut Bupati Budi Santoso."))
  end)
  it("reads a courtesy call named by audiensi (audensi) after kunjungan, or by silaturahmi", function()
    for _, visit in ipairs({ "kunjungan audiensi", "kunjungan audensi", "audensi", "kunjungan silaturahim" }) do
      local e = one("Bupati Sleman, H. Hendra Wiratama, S.Sos., M.M., menerima " .. visit .. " Bupati Bantul, Hj. "
        .. "Ratna Dewi, S.E., M.M., di rumah jabatannya, Minggu (16/6/2024).")
      assert.same({ "meeting", "Hendra Wiratama", "Ratna Dewi", "2024-06-16" },
        { e.type, e.sender, e.recipient, e.date })
    end
    for _, call in ipairs({ "melakukan silaturahim dengan", "menggelar silaturahmi bersama" }) do
      local e = one("Bupati Sleman Hendra Wiratama " .. call .. " Kapolda Sukamaju Irjen Budi Santoso pada Selasa "
        .. "(18/6).")
      assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso", "2024-06-18" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("reads no subject in the companion of a relative clause (yang didampingi oleh)", function()
    for _, verb in ipairs({ "berkesempatan melakukan pembicaraan dengan", "bertemu" }) do
      local e = one("Menko Hendra Wiratama yang didampingi oleh Wakil Menteri Ratna Dewi " .. verb
        .. " Menlu Budi Santoso.")
      assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso" }, { e.type, e.sender, e.recipient })
    end
  end)
  it("reads the guest past a police rank written with its period, the day after the name", function()
    for _, rank in ipairs({ "AKBP.", "Kompol.", "Irjen." }) do
      local e = one("Bupati Sleman Hendra Wiratama temui Kapolres Sleman " .. rank .. " Budi Santoso, SH, Rabu (12/6), "
        .. "di Mapolres Sleman.")
      assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso", "2024-06-12" },
        { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("keeps a general's rank spelt Jendral out of his name", function()
    local e = one("Bupati Sleman Hendra Wiratama menggelar pertemuan dengan Kepala Staf Angkatan Darat (KSAD) Jenderal "
      .. "Budi Santoso di Manado, Minggu (16/6/2024). Kedatangan KSAD Jendral Budi Santoso untuk bersilaturahmi "
      .. "dengan Forkopimda.")
    assert.same({ "Hendra Wiratama", "Budi Santoso", "2024-06-16" }, { e.sender, e.recipient, e.date })
  end)
  it("reads the talk of a call just told between the same two as that call, no meeting", function()
    for _, talk in ipairs({ "Selanjutnya, pembicaraan antara Hendra dan Budi tak diizinkan diliput media.",
                            "Pembicaraan kedua pemimpin berlangsung 30 menit.",
                            "Percakapan antara Hendra dan Budi membahas persiapan KTT." }) do
      local e = one("Presiden Hendra Wiratama menelepon Presiden Budi Santoso, Jumat (14/6). " .. talk)
      assert.same({ "call", "Hendra Wiratama", "Budi Santoso", "2024-06-14" },
        { e.type, e.sender, e.recipient, e.date })
    end
    -- a meeting after the call is another event
    assert.equal(2, #events("Presiden Hendra Wiratama menelepon Presiden Budi Santoso, Jumat (14/6). Keduanya "
      .. "kemudian bertemu di Jakarta pada Senin (17/6)."))
  end)
  it("reads a list of parties past the degrees set off after a name", function()
    local e = one("Pada Selasa, 18 Juni 2024, ruang kerja bupati menjadi saksi pertemuan penting antara Kapolres "
      .. "Sleman, AKBP Hendra Wiratama, S.I.K., dan Bupati Kabupaten Sleman, H. Budi Santoso, S.H. Kegiatan ini "
      .. "dihadiri pula oleh Kabag Ops.")
    assert.same({ "meeting", "Hendra Wiratama", "Budi Santoso", "2024-06-18" },
      { e.type, e.sender, e.recipient, e.date })
    local ev = events("Bupati Sleman Budi Santoso bertemu Kapolres Sleman AKBP Hendra Wiratama, SH, MH, dan Dandim "
      .. "Sleman Letkol Rudi Hartono.")
    assert.equal(2, #ev)
    assert.same({ "Hendra Wiratama", "Rudi Hartono" }, { ev[1].recipient, ev[2].recipient })
  end)
  it("reads the lead after an outlet and its section in parentheses, an aside after the subject", function()
    for _, case in ipairs({
      { "(Beritaku – Nasional) Menteri Koordinator bidang Pembangunan Manusia dan Kebudayaan (Menko PMK) Hendra "
        .. "Wiratama, usai menghadiri Festival Kebudayaan 60 tahun Indonesia-Kamboja, mengadakan pertemuan dengan "
        .. "Perdana Menteri (PM) Kamboja, Budi Santoso, Kamis (13/6) pagi.", "meeting" },
      { "(ANTARA) - Presiden Hendra Wiratama, usai menghadiri Festival Kebudayaan 60 tahun Indonesia-Kamboja, "
        .. "menelepon Presiden Budi Santoso.", "call" },
    }) do
      local e = one(case[1])
      assert.same({ case[2], "Hendra Wiratama", "Budi Santoso" }, { e.type, e.sender, e.recipient })
    end
  end)
end)

describe("doc:events() a letter's writer named right before 'dalam surat'", function()
  it("reads the person before 'dalam surat' as its writer, the teller as the one it reached", function()
    -- the same letter told again: one event
    local e = one("Presiden Lee Min Ho menerima surat dari Presiden Maria Kowalska pekan lalu. Lee mengatakan "
      .. "bahwa Kowalska dalam surat itu meminta maaf atas insiden di perbatasan.")
    assert.same({ "letter", "Maria Kowalska", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    -- told alone
    e = one("Presiden Lee Min Ho mengatakan Presiden Maria Kowalska dalam surat itu berjanji datang ke Seoul.")
    assert.same({ "Maria Kowalska", "Lee Min Ho" }, { e.sender, e.recipient })
    -- the one addressed before 'dalam pesan' stays the one it went to
    e = one("Harapan itu disampaikan Lee kepada Presiden Maria Kowalska dalam pesan Tahun Baru.")
    assert.same({ "Lee Min Ho", "Maria Kowalska" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events() a series of meetings", function()
  it("dates a meeting of a series by the day told for the series or its meeting just before", function()
    local ev = events("Pertemuan-pertemuan bilateral itu digelar di sela sidang tahunan di Jenewa, Rabu (12/6/2024). "
      .. "Menlu Hendra Wiratama bertemu dengan para mitranya dari berbagai negara. Kemudian, Hendra melakukan "
      .. "pertemuan bilateral dengan Menlu Pulau Jaya, Bambang Susilo. Lalu, Hendra bertemu dengan Menlu Tanah Merah, "
      .. "Agus Setiawan Rahmat.")
    assert.equal(2, #ev)
    assert.same({ "Bambang Susilo", "2024-06-12" }, { ev[1].recipient, ev[1].date })
    assert.same({ "Agus Setiawan Rahmat", "2024-06-12" }, { ev[2].recipient, ev[2].date })
    -- the day of a plan told between is not the series'
    local e = one("Menlu Hendra Wiratama menggelar pertemuan bilateral dengan sejumlah menteri pada Kamis (13/6/2024). "
      .. "Para menteri itu akan mengikuti pertemuan tingkat tinggi yang dijadwalkan Jumat (14/6/2024). Saat bertemu "
      .. "dengan Menlu Bambang Susilo, Hendra membahas pangan.")
    assert.same({ "Bambang Susilo", "2024-06-13" }, { e.recipient, e.date })
    -- the meeting of a pair told as a plan takes no day of the series
    ev = events("Menlu Hendra Wiratama bertemu Menlu Bambang Susilo pada Senin (10/6/2024). Hendra dijadwalkan bertemu "
      .. "dengan Menlu Agus Setiawan Rahmat. Pertemuan antara Hendra dan Agus itu akan membahas pangan.")
    assert.equal(2, #ev)
    assert.same({ "Agus Setiawan Rahmat", nil }, { ev[2].recipient, ev[2].date })
  end)
  it("reads a meeting noun with no owner as one more meeting of the series' host", function()
    local ev = events("Sepanjang Rabu (12/6/2024), Menlu Hendra Wiratama melakukan komunikasi bilateral dengan empat "
      .. "mitra. Pertemuan pembuka yang digelar ialah dengan Menlu Pulau Jaya, Bambang Susilo. Hendra mengatakan "
      .. "pertemuan dengan Bambang menyinggung soal pangan. Ada juga pertemuan dengan Menlu Tanah Merah, Agus Setiawan "
      .. "Rahmat.")
    assert.equal(2, #ev)
    assert.same({ "meeting", "Hendra Wiratama", "Bambang Susilo", "2024-06-12" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
    assert.same({ "meeting", "Hendra Wiratama", "Agus Setiawan Rahmat", "2024-06-12" },
      { ev[2].type, ev[2].sender, ev[2].recipient, ev[2].date })
    ev = events("Menlu Hendra Wiratama bertemu dengan para mitranya dari berbagai negara di Jenewa. Pertemuan perdana "
      .. "adalah dengan Menlu Pulau Jaya, Bambang Susilo. Adapun pertemuan dengan Menlu Tanah Merah, Agus Setiawan "
      .. "Rahmat, kedua pihak menyinggung soal perbatasan. Pertemuan itu berlangsung hangat.")
    assert.equal(2, #ev)
    assert.same({ "Hendra Wiratama", "Bambang Susilo" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Hendra Wiratama", "Agus Setiawan Rahmat" }, { ev[2].sender, ev[2].recipient })
    -- the one who says so owns it
    local e = one("Menlu Hendra Wiratama mengatakan pertemuan dengan Menlu Bambang Susilo membahas pangan.")
    assert.same({ "Hendra Wiratama", "Bambang Susilo" }, { e.sender, e.recipient })
    -- (a sentence opening with a demonstrative points back at the meeting told: no other)
    e = one("Menlu Hendra Wiratama bertemu dengan Menlu Bambang Susilo di Jenewa, Selasa (11/6/2024). Itu merupakan "
      .. "pertemuan kali pertama dengan Bambang, yang dilantik pada April 2024.")
    assert.same({ "Bambang Susilo", "2024-06-11" }, { e.recipient, e.date })
  end)
  it("reads the members of a group met listed after it, and no body the group's members belong to", function()
    local ev = events("Di antara pejabat yang menggelar rapat dengan Menlu Hendra Wiratama itu adalah Menlu Pulau "
      .. "Jaya, Bambang Susilo, dan Menlu Dewi Kartika.")
    assert.equal(2, #ev)
    for i, who in ipairs({ "Bambang Susilo", "Dewi Kartika" }) do
      assert.same({ "meeting", who, "Hendra Wiratama" }, { ev[i].type, ev[i].sender, ev[i].recipient })
    end
    -- a list closed by a member the mentions left unnamed: the ones before it all the same
    ev = events("Menlu Hendra Wiratama bertemu Menlu Bambang Susilo, Menlu Agus Setiawan Rahmat, dan Menteri Luar "
      .. "Negeri Afrika Selatan.")
    assert.equal(2, #ev)
    assert.same({ "Bambang Susilo", "Agus Setiawan Rahmat" }, { ev[1].recipient, ev[2].recipient })
    -- the members of an unnamed group, not the body they belong to
    assert.equal(0, #events("Menlu Hendra Wiratama melakukan pertemuan bilateral dengan beberapa menteri luar "
      .. "negeri anggota G7 pada Kamis (13/6/2024)."))
    assert.equal(0, #events("Menlu Hendra Wiratama mengirim surat kepada para menteri anggota ASEAN."))
  end)
  it("reads the lead after an outlet's lower-case name and its dash; 'Acara ini berlangsung ...' dates it", function()
    local e = one("beritaku – Dalam suasana yang akrab dan hangat, Wakil Kepala Kepolisian Daerah Sukamaju "
      .. "(Wakapolda Sukamaju) Brigjen Pol. Hendra Wiratama beserta jajaran pejabat utama Polda Sukamaju melaksanakan "
      .. "kegiatan silaturahmi dengan Gubernur Sukamaju, Bambang Susilo.")
    assert.same({ "meeting", "Hendra Wiratama", "Bambang Susilo" }, { e.type, e.sender, e.recipient })
    e = one("Bupati Hendra Wiratama menerima kunjungan Gubernur Bambang Susilo. Kegiatan tersebut digelar di pendopo, "
      .. "Senin (17/6).")
    assert.same({ "Bambang Susilo", "2024-06-17" }, { e.recipient, e.date })
  end)
  it("sends no condolence to the one whose death it is for, named right after the word of his death", function()
    for _, w in ipairs({ "kematian", "wafatnya", "meninggalnya" }) do
      assert.equal(0, #events("Raja Hendra Wiratama mengirimkan ucapan belasungkawa kepada warga dan pemerintah "
        .. "Nusantara setelah " .. w .. " Presiden Bambang Susilo akibat banjir bandang."))
    end
  end)
  it("reads the person named after an office and its gloss in parentheses as the party", function()
    for _, verb in ipairs({ "menerima kunjungan kehormatan", "bertemu dengan" }) do
      local e = one("Menteri Pertahanan Hendra Wiratama " .. verb .. " Kepala Staf Angkatan Laut Nusantara (Chief of "
        .. "Naval Staff) Laksamana Bambang Susilo di kantornya.")
      assert.same({ "meeting", "Hendra Wiratama", "Bambang Susilo" }, { e.type, e.sender, e.recipient })
    end
  end)
  it("meets the kin named after a word of kin and its owner, never the owner", function()
    for _, kin in ipairs({ "istri", "menantu", "putra" }) do
      assert.equal(0, #events("Presiden Hendra Wiratama bertemu dengan " .. kin .. " Presiden Bambang Susilo."))
    end
    local e = one("Presiden Hendra Wiratama sudah bertemu dengan menantu Presiden Bambang Susilo, Agus Setiawan "
      .. "Rahmat.")
    assert.same({ "Hendra Wiratama", "Agus Setiawan Rahmat" }, { e.sender, e.recipient })
  end)
  it("dates an undated greeting by the cue of its own words quoted after it ('tulis X, DATE')", function()
    local e = one("Perdana Menteri Nusantara Hendra Wiratama turut memberi selamat atas kemenangan Presiden Bambang "
      .. "Susilo. \"Selamat kepada Bapak Bambang. Semoga hubungan kita makin erat,\" tulis Hendra, Rabu (19/6/2024).")
    assert.same({ "message", "Hendra Wiratama", "Bambang Susilo", "2024-06-19" },
      { e.type, e.sender, e.recipient, e.date })
  end)
  it("reads a courtesy call named between its two parties, its verb left out, as their meeting", function()
    local e = one("Menteri Pertahanan Hendra Wiratama kunjungan kehormatan Menteri Pertahanan Nusantara Bambang Susilo "
      .. "di kantornya, Selasa (18/6/2024).")
    assert.same({ "meeting", "Hendra Wiratama", "2024-06-18" }, { e.type, e.sender, e.date })
    assert.truthy(e.recipient:find("Bambang Susilo", 1, true))
  end)
  it("keeps the parties of a list the page's cut ends, not the word cut", function()
    local text = "Menlu Hendra Wiratama bertemu dengan Menteri Luar Negeri Jepang Bambang Susilo, Menteri Luar "
      .. "Negeri Korea Agus Rahmat, Sekretaris Negara Kepul"
    local ev = events(text)
    assert.equal(2, #ev)
    assert.same({ "Bambang Susilo", "Agus Rahmat" }, { ev[1].recipient, ev[2].recipient })
    -- (a list left open in a whole sentence is still no list)
    assert.equal(1, #events(text .. "."))
  end)
end)

describe("doc:events(): parties named past the words that open a sentence (sixth session)", function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
    return out
  end
  it("reads a title after a place and its comma as the next clause's subject, not the place's apposition",
    function()
    assert.same({ "Ahmad Subianto>Rudi Hartono" }, parties("Presiden Ahmad Subianto bertolak ke Sukamaja. "
      .. "Setibanya di Port Lamaran, Presiden akan langsung melakukan pertemuan bilateral dengan Perdana Menteri "
      .. "Fiji Rudi Hartono."))
  end)
  it("reads the part of a day in -nya opening a sentence as no name", function()
    assert.same({ "Ahmad Subianto>Rudi Hartono", "Ahmad Subianto>Hendra Wiratama" }, parties("Presiden Ahmad "
      .. "Subianto tiba di Sukamaja. Paginya, Presiden bertemu Perdana Menteri Fiji Rudi Hartono. Sorenya, "
      .. "Presiden direncanakan melakukan pertemuan bilateral dengan Raja Tonga Hendra Wiratama."))
  end)
  it("reads a plural by reduplication opening a sentence as no word of the name after it", function()
    assert.same({ "Dodi Pranata>Ahmad Subianto" }, parties("Wakil Presiden Kenya Dodi Pranata tiba besok. "
      .. "Barang-barang Pranata telah tiba lebih dulu. Pranata dijadwalkan bertemu dengan Presiden Ahmad "
      .. "Subianto."))
  end)
end)

describe("doc:events(): parties gone together (ZE4, real pages)", function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
    return out
  end
  it("reads 'X bersama Y' holding a bilateral meeting as their meeting, 'X beserta Y' as two senders", function()
    assert.same({ "Rudi Hartono>Bambang Susilo" }, parties("Presiden Rudi Hartono (Rudi) bersama Perdana Menteri "
      .. "(PM) Kamboja Bambang Susilo menggelar pertemuan bilateral di sela konferensi kawasan."))
    assert.same({ "Rudi Hartono>Bambang Susilo" }, parties("Presiden Rudi Hartono bersama Perdana Menteri "
      .. "Fiji Bambang Susilo melakukan pertemuan bilateral di Balikota."))
    assert.same({ "Hendra Wiratama>Ahmad Subianto", "Dodi Pranata>Ahmad Subianto" }, parties("Emir Hendra "
      .. "Wiratama beserta Putra Mahkota Dodi Pranata juga menyampaikan dukacita kepada Presiden Ahmad Subianto."))
    -- (gone together somewhere, no bilateral named: they met no one)
    assert.same({}, parties("Presiden Rudi Hartono bersama Menteri Luar Negeri Agus Rahmat melakukan kunjungan "
      .. "kenegaraan ke Sukamaja."))
  end)
end)

describe("doc:events(): an office read as a name, the person named after its comma (ZE4, real pages)", function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
    return out
  end
  it("reads 'Panglima Angkatan Bersenjata Z, Jenderal X, ...' as X, a list after commas as a list", function()
    assert.same({ "Rudi Hartono>Dodi Pranata" }, parties("Menteri Rudi Hartono menerima kunjungan dari Panglima "
      .. "Angkatan Bersenjata Kanada, Jenderal Dodi Pranata, untuk membahas latihan bersama."))
    assert.same({ "Rudi Hartono>Agus Rahmat" }, parties("Menteri Rudi Hartono bertemu dengan Presiden Fiji Agus "
      .. "Rahmat, Kanselir Bambang Susilo."))
    assert.same({ "Rudi Hartono>Agus Rahmat", "Rudi Hartono>Bambang Susilo", "Rudi Hartono>Hendra Wiratama" },
      parties("Menteri Rudi Hartono bertemu dengan Presiden Fiji Agus Rahmat, Kanselir Bambang Susilo, dan Raja "
        .. "Tonga Hendra Wiratama."))
  end)
end)

describe("doc:events(): bodies meeting bodies (ZE4, real pages)", function()
  it("reads a meeting whose two parties are both organisations as no event, a person's with a body as one",
    function()
    assert.same({}, events("Kapolres mengatakan Polres Sukamaju telah melakukan pertemuan dengan Dinas Perhubungan "
      .. "Sukamaju serta Kejari Sukamaju menjelang libur panjang."))
    local ev = events("Pertemuan Polres Sukamaju dengan Kejari Sukamaju digelar Senin (3/6/2024). Kapolres Sukamaju "
      .. "AKBP Dodi Pranata bertemu Kepala Kejari Sukamaju Agus Rahmat.")
    assert.equal(1, #ev)
    assert.same({ "meeting", "Dodi Pranata", "2024-06-03" }, { ev[1].type, ev[1].sender, ev[1].date })
  end)
end)

describe("doc:events(): a list of senders past the degrees after a name (ZE4, real pages)", function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
    return out
  end
  it("reads 'X, S.IP dan Y' and 'X, S.H., M.H. dan Y' before the verb as two parties", function()
    assert.same({ "Hendra Wiratama>Rudi Permana", "Bagus Santoso>Rudi Permana" }, parties("Bupati Sukamaju Hendra "
      .. "Wiratama, S.IP dan Wakil Bupati Bagus Santoso menggelar audiensi kepada Gubernur Jawa Barat Rudi Permana."))
    assert.same({ "Hendra Wiratama>Rudi Permana", "Bagus Santoso>Rudi Permana" }, parties("Bupati Sukamaju Hendra "
      .. "Wiratama, S.H., M.H. dan Wakil Bupati Bagus Santoso bertemu Gubernur Jawa Barat Rudi Permana."))
    -- (a group's number the mentions read as a name is no party of the list)
    assert.same({ "Hendra Wiratama>Rudi Permana" }, parties("Wali Kota Sukamaju, DR. H. Hendra Wiratama, MT bersama "
      .. "pengurus Persatuan Kota Nusantara (Perkona) Koordinator Daerah (Korda) I melaksanakan audiensi dengan "
      .. "Presiden Rudi Permana pada Selasa (2/3/2021)."))
  end)
end)

describe("doc:events(): the pair 'antara' opens joined by 'bersama dengan' (ZE4, real pages)", function()
  it("reads 'antara A bersama dengan B' as A's meeting with B, not the speaker's with A", function()
    local ev = events("Ketua DPRD Sukamaju Hendra Wiratama mengatakan kunjungan ini untuk bersilaturahmi antara "
      .. "Bupati Sukamaju Rudi Permana bersama dengan Kapolres Sukamaju AKBP Dodi Pranata.")
    assert.equal(1, #ev)
    assert.same({ "meeting", "Rudi Permana", "Dodi Pranata" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)
end)

describe("doc:events(): a thing received from someone (seventh session, real pages)", function()
  it("reads no meeting in 'laporan yang diterima dari X', and one in 'X yang diterima Y'", function()
    assert.same({}, events("Kepala Pusat Data BNPB Hendra Wiratama mengatakan, berdasarkan laporan yang diterima "
      .. "dari Badan Penanggulangan Bencana Daerah (BPBD) Kabupaten Sukamaju, banjir merendam 300 rumah."))
    local e = one("Menteri Luar Negeri Lembara Tomas Veldor yang diterima Presiden Ahmad Subianto di Istana Bogor "
      .. "membahas kerja sama energi.")
    assert.equal("meeting", e.type)
  end)
end)

describe("doc:events(): meetings and visits (ZE5, real pages)", function()
  local function parties(text, published)
    local out = {}
    for _, e in ipairs(kimput.parse(text, { published = published or "2024-06-20" }):events()) do
      out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) .. "@" .. tostring(e.date)
    end
    return out
  end
  it("reads 'Pertemuan terakhir A dan B' as the meeting of A and B", function()
    assert.same({ "Yusuf Hamdani>Bambang Kusuma@2024-06-08", "Yusuf Hamdani>Teguh Santoso@2024-05-25" },
      parties("Presiden Yusuf Hamdani bertemu Ketua Umum Partai Sukamaju Bambang Kusuma pada Sabtu (8/6). "
        .. "Pertemuan terakhir Yusuf dan Menteri Teguh Santoso berlangsung di Gedung Serbaguna Sukamaju, "
        .. "Sabtu (25/5)."))
  end)

  it("reads the members of a group met named after where it is from ('para Z di dua negara, yakni A dan B')",
    function()
    assert.same({ "Yusuf Hamdani>Arman Sitompul@nil", "Yusuf Hamdani>Dewi Kartika@nil" },
      parties("Menlu Yusuf Hamdani berjumpa dengan para kepala pemerintahan di dua negara kepulauan, yakni PM Nauru "
        .. "Arman Sitompul dan PM Tuvalu Dewi Kartika."))
    assert.same({ "Yusuf Hamdani>Arman Sitompul@nil", "Yusuf Hamdani>Dewi Kartika@nil" },
      parties("Menlu Yusuf Hamdani bertemu dengan para menteri di kawasan Pasifik Selatan, antara lain Menlu Nauru "
        .. "Arman Sitompul dan Menlu Tuvalu Dewi Kartika."))
  end)

  it("reads the degrees set off after the subject's name as his, a dateline and a fronted phrase before him",
    function()
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2024-05-02" }, parties("Warta7.Com//Kota Sukamaju – Untuk "
      .. "mempererat sinergi, Kapolda Sukamaju Irjen Pol. Drs. Yusuf Hamdani, S.H., M.Si., menerima kunjungan Danrem "
      .. "Sukamaju Kolonel Inf Arman Sitompul, Kamis (2/5/2024) di markasnya."))
  end)

  it("reads 'A, Kapolres B, Kasdim Z C' as a list going on, not A an office standing for B", function()
    local got = parties("Setibanya di pendopo, Gubernur Yusuf Hamdani disambut Bupati Sukamaju Arman Sitompul, "
      .. "Kapolres Sukamaju AKBP Teguh Santoso, Kasdim 0101 Sukamaju Mayor Inf Bambang Kusuma, Kepala Dinas Dewi "
      .. "Kartika dan para camat.")
    assert.equal("Arman Sitompul>Yusuf Hamdani@nil", got[1])
  end)

  it("reads 'X mengungkapkan pertemuan antara A dan B' as the meeting of A and B, X telling it", function()
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2025-01-09" }, parties("Presiden Yusuf Hamdani menjamu Perdana "
      .. "Menteri Nauru Arman Sitompul pada Kamis (9/1/2025). Juru bicara istana Teguh Santoso mengungkapkan pertemuan "
      .. "antara Yusuf dan Arman membahas perdagangan rumput laut.", "2025-01-10"))
  end)

  it("reads 'Dalam kunjungan itu, rombongan diterima oleh Y' as Y's welcome of the visitor told before", function()
    assert.same({ "Arman Sitompul>Yusuf Hamdani@2024-06-03" }, parties("Dandim Sukamaju Letkol Inf Yusuf Hamdani "
      .. "mengunjungi Mapolres Sukamaju, Senin (3/6/2024). Dalam kunjungan itu, rombongan diterima oleh Kapolres "
      .. "Sukamaju AKBP Arman Sitompul.", "2024-06-04"))
  end)

  it("dates the call just told by 'Percakapan telepon (telpon) antara kedua kepala negara itu berlangsung D'",
    function()
    assert.same({ "Arman Sitompul>Yusuf Hamdani@2024-07-03" }, parties("Presiden Nauru Arman Sitompul menelepon "
      .. "Presiden Yusuf Hamdani untuk membahas kerja sama perikanan. Percakapan telpon antara kedua kepala negara itu "
      .. "berlangsung Rabu (3/7/2024) sore.", "2024-07-04"))
  end)

  it("reads a name the page's cut ends inside, named nowhere before, as no party", function()
    local filler = string.rep("Warga menyampaikan aspirasi tentang jalan, jembatan, dan irigasi di desa mereka. ", 22)
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2024-06-17" }, parties("Bupati Yusuf Hamdani menelepon Kepala Dinas "
      .. "Pertanian Arman Sitompul pada Senin. " .. filler .. "Bupati juga berjanji menghubungi Kepala Dinas Perhub"))
  end)

  it("reads a country's official name written out in a party's title as the country ('Perdana Menteri Republik "
    .. "Demokratik Timor-Leste X': X)", function()
    assert.same({ "Arman Sitompul>Yusuf Hamdani@2024-06-05" }, parties("Perdana Menteri Republik Demokratik "
      .. "Timor-Leste Arman Sitompul berkunjung ke Sukamaju dan bertemu Gubernur Yusuf Hamdani, Rabu (5/6/2024). "
      .. "Gubernur Yusuf menjamu PM Arman dengan makan siang."))
  end)

  it("reads a body inside the title of a person left unnamed as no party ('bertemu dengan Sekretaris Jenderal Z')",
    function()
    kimput.entities.add{ name = "Partai Nusantara Raya", kind = "org", aliases = { "PNR" } }
    assert.same({}, parties("Wali Kota Yusuf Hamdani bertemu dengan Sekretaris Jenderal Partai Nusantara Raya di "
      .. "sebuah rumah makan pada Kamis (6/6/2024)."))
  end)

  it("reads 'Pertemuan (...) dilaksanakan (digelar oleh) X dengan Y' as X's meeting with Y", function()
    assert.same({ "Yusuf Hamdani>Arman Sitompul@nil", "Yusuf Hamdani>Teguh Santoso@nil" }, parties("Pertemuan empat "
      .. "mata itu dilaksanakan Menlu Yusuf Hamdani dengan Menlu Nauru Arman Sitompul dan PM Tuvalu Teguh Santoso."))
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2024-06-04" }, parties("Pertemuan tersebut digelar oleh Gubernur "
      .. "Yusuf Hamdani dengan Bupati Sukamaju Arman Sitompul pada Selasa (4/6/2024)."))
  end)

  it("leaves a meeting of a trip's series told over a span of days undated", function()
    assert.same({ "Yusuf Hamdani>Arman Sitompul@nil" }, parties("Menteri Yusuf Hamdani melawat ke tiga negara "
      .. "Pasifik pada 3-9 Juni 2024. Dalam rangkaian lawatan tersebut, Yusuf berjumpa Presiden Nauru Arman Sitompul."))
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2024-06-09" }, parties("Menteri Yusuf Hamdani melawat ke Nauru pada "
      .. "9 Juni 2024. Dalam lawatan itu, Yusuf berjumpa Presiden Nauru Arman Sitompul."))
    -- (one visit's meeting, no series named: the span's last day, as before)
    assert.same({ "Yusuf Hamdani>Arman Sitompul@2024-06-09" }, parties("Menteri Yusuf Hamdani melawat ke Nauru pada "
      .. "8 hingga 9 Juni 2024. Dalam lawatan itu, Yusuf berjumpa Presiden Nauru Arman Sitompul."))
  end)
end)

describe("doc:events(): a faith after 'pemimpin umat', a five-star rank and 'HM' are no names (ZE6, real pages)",
  function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
    return out
  end
  it("reads the person after 'pemimpin umat Z dunia,' as the addressee and drops the rank and 'HM' from names",
    function()
    assert.same({ "Hendra Wiratama>Severinus Ardi" }, parties("Presiden Hendra Wiratama juga menyampaikan ucapan "
      .. "selamat Paskah kepada pemimpin umat Katolik dunia, Paus Severinus Ardi."))
    assert.same({ "Hendra Wiratama>Tenzin Marpa" }, parties("Presiden Hendra Wiratama telah mengirim surat undangan "
      .. "kepada pemimpin umat Buddha sedunia, Biksu Tenzin Marpa, untuk berkunjung ke Jakarta."))
    assert.same({ "Rudi Permana>Sutarjo" }, parties("Pada 17 Agustus 1970, Jenderal Besar HM Sutarjo menerima "
      .. "ucapan selamat dari Perdana Menteri Malaysia, Rudi Permana."))
  end)
end)

describe("doc:events(): the members of a group addressed, listed after a colon or the next sentence's "
  .. "'Di antaranya' (ZE6, real pages)", function()
  local function parties(text)
    local out = {}
    for _, e in ipairs(events(text)) do
      out[#out + 1] = tostring(e.type) .. ":" .. tostring(e.sender) .. ">" .. tostring(e.recipient)
    end
    return out
  end
  it("reads one letter or message to each member listed", function()
    local three = { "message:Hendra Wiratama>Bima Santoso", "message:Hendra Wiratama>Toma Vesk",
      "message:Hendra Wiratama>Alfon Dres" }
    assert.same(three, parties("Presiden Hendra Wiratama mengucapkan selamat Tahun Baru kepada para pemimpin negara "
      .. "sahabat. Di antaranya Presiden Filipina Bima Santoso, Perdana Menteri Jepang Toma Vesk, serta Raja "
      .. "Thailand Alfon Dres."))
    assert.same(three, parties("Presiden Hendra Wiratama mengirim ucapan selamat Tahun Baru kepada sejumlah pemimpin "
      .. "dunia: Presiden Filipina Bima Santoso, Perdana Menteri Jepang Toma Vesk, dan Raja Thailand Alfon Dres."))
    -- (the sender the agent of a passive, after one addressee named before)
    assert.same({ "message:Hendra Wiratama>Bima Santoso", "message:Hendra Wiratama>Toma Vesk",
      "message:Hendra Wiratama>Alfon Dres" }, parties("Presiden Hendra Wiratama menyampaikan ucapan selamat Tahun "
      .. "Baru kepada Presiden Filipina Bima Santoso. Selain ditujukan kepada Bima, ucapan tersebut juga disampaikan "
      .. "Hendra kepada puluhan kepala negara lainnya. Antara lain Perdana Menteri Jepang Toma Vesk dan Raja Thailand "
      .. "Alfon Dres."))
  end)
end)

describe("doc:events(): 'Dalam pesan yang dikirim pada DAY, X ...' dates X's message told before (ZE6, real pages)",
  function()
  it("takes the day of the clause of sending on the fronted noun, its sender named after the comma", function()
    local ev = events("Pemimpin Korea Utara Hendra Wiratama mengirimkan pesan simpati kepada Perdana Menteri Jepang "
      .. "Toma Vesk atas banjir, kata media pemerintah pada Kamis (20/6). Dalam pesan yang dikirim pada Rabu, Hendra "
      .. "berharap warga segera pulih.")
    assert.equal(1, #ev)
    assert.same({ "message", "Hendra Wiratama", "Toma Vesk", "2024-06-19" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
  end)
end)

describe("doc:events(): 'baik X maupun Y' lists two parties as 'X dan Y' does (ZE6, real pages)", function()
  it("reads both senders of 'baik X maupun Y mengirim' and both addressees of 'kepada X maupun Y'", function()
    local function parties(text)
      local out = {}
      for _, e in ipairs(events(text)) do out[#out + 1] = tostring(e.sender) .. ">" .. tostring(e.recipient) end
      return out
    end
    assert.same({ "Hendra Wiratama>Toma Vesk", "Bima Santoso>Toma Vesk" }, parties("Baik Putra Mahkota Hendra "
      .. "Wiratama maupun Raja Bima Santoso mengirim pesan ucapan selamat kepada Presiden Toma Vesk pada Rabu (19/6)."))
    assert.same({ "Toma Vesk>Hendra Wiratama", "Toma Vesk>Bima Santoso" }, parties("Presiden Toma Vesk mengirim "
      .. "surat kepada Putra Mahkota Hendra Wiratama maupun Raja Bima Santoso."))
  end)
end)

describe("doc:events(): a greeting 'kepada Y, melalui sambungan telepon' is a call (ZE6, real pages)", function()
  it("reads the way set off by a comma after the addressee as the greeting's own", function()
    local e = one("Presiden Turki, Hendra Wiratama, menyampaikan ucapan selamat Hari Raya Idul Adha kepada Presiden "
      .. "Republik Indonesia, Bima Santoso, melalui sambungan telepon.")
    assert.same({ "call", "Hendra Wiratama", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Turki Hendra Wiratama menyampaikan ucapan selamat kepada Presiden Bima Santoso, lewat telepon.")
    assert.equal("call", e.type)
  end)
end)

describe("doc:events(): 'Dalam sebuah (sepucuk) surat kepada Y, X ...' is X's letter to Y (ZE6, real pages)", function()
  it("reads past the article between the fronting word and the letter's noun", function()
    local e = one("Dalam sebuah surat kepada Sekjen PBB Hendra Wiratama, Menteri Luar Negeri Iran Bima Santoso "
      .. "mengeluhkan serangan terhadap kedutaannya.")
    assert.same({ "letter", "Bima Santoso", "Hendra Wiratama" }, { e.type, e.sender, e.recipient })
    e = one("Perdana Menteri Bima Santoso menyatakan dukungannya dalam sepucuk surat kepada Presiden Hendra Wiratama.")
    assert.same({ "letter", "Bima Santoso", "Hendra Wiratama" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events(): 'surat serupa' points back at a letter told up to six sentences before (ZE6, real pages)",
  function()
  it("reads the similar letter as one more from the same sender past his quoted words", function()
    local ev = events("Gubernur Hendra Wiratama mengaku sudah mengirim surat kepada Presiden Bima Santoso. Menurut "
      .. "Hendra, surat itu berisi permohonan audiensi. Namun, Hendra berkata, hingga kini belum ada jawaban. \"Baru "
      .. "kami kirim hari Senin. Mungkin beliau masih sibuk,\" ujar Hendra, Rabu (19/6). Selain ke Bima, katanya, "
      .. "surat serupa juga dikirimkan kepada Mendagri Toma Vesk.")
    local got = {}
    for _, e in ipairs(ev) do
      if e.type == "letter" then got[#got + 1] = e.sender .. ">" .. e.recipient end
    end
    assert.same({ "Hendra Wiratama>Bima Santoso", "Hendra Wiratama>Toma Vesk" }, got)
  end)
end)

describe("doc:events(): meetings, visits and receptions (ZE7, real pages)", function()
  it("reads 'dalam pertemuan antara A dan B' after a speaker as A's meeting with B, none of the speaker's", function()
    local e = one("Menteri Luar Negeri Hendra Wiratama mengatakan, ada sejumlah hal yang akan dibahas dalam "
      .. "pertemuan antara Presiden Bima Santoso dan Perdana Menteri Toma Vesk.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
    e = one("Menteri Hendra Wiratama mengatakan, hal itu dibahas dalam pertemuan antara Presiden Bima Santoso "
      .. "dengan Perdana Menteri Toma Vesk.")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
    -- (the subject's own meeting, its guest after "dengan", stays his)
    e = one("Menteri Hendra Wiratama menyampaikan undangan itu dalam pertemuan dengan Toma Vesk.")
    assert.same({ "meeting", "Hendra Wiratama", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events(): a body or building after 'di' is a place, no party (ZE7, real pages)", function()
  it("reads no meeting of a palace's name after an unnamed title", function()
    local ev = events("Presiden Bima Santoso menerima kunjungan Toma Vesk di Istana Merdeka, Kamis (13/6). Menurut "
      .. "pantauan wartawan, Toma yang mengenakan kemeja putih diterima Presiden di Istana Merdeka sekitar pukul "
      .. "13.45 WIB.")
    assert.equal(1, #ev)
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { ev[1].type, ev[1].sender, ev[1].recipient })
  end)
  it("reads no welcome by the palace a fronted clause of place names", function()
    local ev = events("Presiden Bima Santoso menerima kunjungan Toma Vesk. Setiba di kompleks Istana Merdeka, sejumlah "
      .. "tari-tarian dari berbagai daerah menyambut kedatangan Toma.")
    assert.equal(1, #ev)
    assert.same({ "Bima Santoso", "Toma Vesk" }, { ev[1].sender, ev[1].recipient })
  end)
end)

describe("doc:events(): a reception told in a quote's cue (ZE7, real pages)", function()
  it("dates the meeting a clause of time after the cue's speaker tells by the cue's day", function()
    local e = one("\"Kami siap bekerja sama,\" kata Gubernur Bima Santoso saat menerima audiensi dengan Konsul "
      .. "Jenderal Jepang Toma Vesk, Rabu (12/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-12" }, { e.type, e.sender, e.recipient, e.date })
    e = one("\"Kami siap,\" ujar Bima Santoso ketika menerima kunjungan Toma Vesk, Rabu (12/6/2024).")
    assert.equal("2024-06-12", e.date)
  end)
  it("reads the short acting title (Pj, Plt) as the full one told before", function()
    local e = one("Penjabat Gubernur Sukamaju Bima Santoso hadir di sana. \"Kami siap bekerja sama,\" kata Pj Gubernur "
      .. "Sukamaju saat menerima audiensi dengan Konsul Jenderal Jepang Toma Vesk, Rabu (12/6/2024).")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
    e = one("Pelaksana Tugas Bupati Sukamaju Bima Santoso hadir. \"Kami siap,\" kata Plt Bupati Sukamaju saat menerima "
      .. "kunjungan Toma Vesk, Rabu (12/6/2024).")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): a visit told before, received after (ZE7, real pages)", function()
  it("reads 'Y menerima kunjungan tersebut' as Y's meeting with the visitor the sentence before tells", function()
    local e = one("Wakil Bupati Sukamaju Bima Santoso melakukan kunjungan kerja ke Pemerintah Kota Serang, Senin "
      .. "(10/6/2024). Wakil Wali Kota Serang Toma Vesk menerima kunjungan tersebut di ruang kerjanya.")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-10" }, { e.type, e.sender, e.recipient, e.date })
    -- (the day told in a sentence of its own between)
    e = one("Wakil Bupati Sukamaju Bima Santoso melakukan kunjungan kerja ke Pemerintah Kota Serang. Senin pagi "
      .. "(10/6/2024). Atas nama pemerintah kota, wakil walikota Serang Toma Vesk menerima kunjungan kerja tersebut.")
    assert.same({ "Toma Vesk", "Bima Santoso", "2024-06-10" }, { e.sender, e.recipient, e.date })
    assert.equal(0, #events("Toma Vesk menerima kunjungan tersebut dengan senang hati."))
  end)
  it("reads the group's leader after 'Mereka dipimpin' as the one received", function()
    local e = one("Pemerintah Kota Batu menerima kunjungan kerja dari Pemerintah Kabupaten Sukamaju. Mereka dipimpin "
      .. "langsung oleh Bupati Bima Santoso bersama Sekda. Dalam kunjungan itu mereka diterima oleh Wali Kota Batu "
      .. "Toma Vesk di ruang rapat, Rabu (5/6/2024).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-05" }, { e.type, e.sender, e.recipient, e.date })
  end)
end)

-- the "sender>recipient" pairs of the events of type typ in text
local function pairs_of(text, typ)
  local got = {}
  for _, e in ipairs(events(text)) do
    if e.type == typ then got[#got + 1] = (e.sender or "?") .. ">" .. (e.recipient or "?") end
  end
  return got
end

describe("doc:events(): an addressee told by a description and a demonstrative (ZE8, real pages)", function()
  it("reads 'kepada Menteri Pertahanan itu' as the person the sentence before named, none of the senders", function()
    assert.same({ "Hendra Wiratama>Bima Santoso", "Toma Vesk>Bima Santoso", "Kurnia Adiputra>Bima Santoso" },
      pairs_of("Presiden Hendra Wiratama mengucapkan selamat kepada Bima Santoso atas kemenangannya. Selain "
        .. "Hendra, Perdana Menteri Jepang Toma Vesk serta Raja Yordania Kurnia Adiputra juga telah mengucapkan "
        .. "selamat "
        .. "kepada Menteri Pertahanan itu.", "message"))
  end)
  it("does not take a person of the same sentence, nor a description that goes on", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Presiden Hendra Wiratama mengucapkan selamat kepada "
      .. "Bima Santoso. Perdana Menteri Toma Vesk juga mengucapkan selamat kepada menteri itu dan para stafnya "
      .. "yang bekerja di kota.", "message"))
  end)
end)

describe("doc:events(): 'Pemkot Z, dalam hal ini Wali Kota X, mengirimkan ...' is X's (ZE8, real pages)", function()
  it("reads the person after 'dalam hal ini' as the subject, past a clause opening the sentence", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Karena keberatan atas keputusan itu, Pemerintah Kota "
      .. "Sukamaju, dalam hal ini Wali Kota Sukamaju Hendra Wiratama, mengirimkan surat kepada Gubernur Bima Santoso.",
      "letter"))
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Pemkot Sukamaju, dalam hal ini Wali Kota Hendra "
      .. "Wiratama, mengirimkan surat kepada Gubernur Bima Santoso.", "letter"))
  end)
end)

describe("doc:events(): an adverb of time between a named subject and his verb (ZE8, real pages)", function()
  it("reads 'X sebelumnya (selanjutnya) mengirimkan surat kepada Y' as X's letter", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Hendra Wiratama sebelumnya sudah mengirimkan surat ke "
      .. "Presiden Bima Santoso melalui Sekretariat Negara.", "letter"))
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Hendra Wiratama selanjutnya mengirimkan ucapan selamat "
      .. "kepada Presiden Bima Santoso.", "message"))
  end)
end)

describe("doc:events(): 'Ucapan selamat dari X dikirim melalui kabel diplomatik' retypes X's message (ZE8, real pages)",
  function()
  it("makes the message told a few sentences before a letter", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Raja Hendra Wiratama mengirimkan ucapan selamat kepada "
      .. "Presiden Bima Santoso. Raja itu berharap negara sahabatnya makmur. Mengutip kantor berita negara Z, ZNA, "
      .. "ucapan selamat "
      .. "dari Raja Hendra dikirim melalui kabel diplomatik.", "letter"))
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Raja Hendra Wiratama mengirimkan ucapan selamat kepada "
      .. "Presiden Bima Santoso. Ucapan selamat dari Hendra disampaikan lewat surat.", "letter"))
  end)
  it("leaves a message sent another way, or another sender's, a message", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Raja Hendra Wiratama mengirimkan ucapan selamat kepada "
      .. "Presiden Bima Santoso. Ucapan selamat dari Hendra disampaikan melalui akun media sosialnya.", "message"))
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Raja Hendra Wiratama mengirimkan ucapan selamat kepada "
      .. "Presiden Bima Santoso. Ucapan selamat dari Toma Vesk dikirim melalui surat.", "message"))
  end)
end)

describe("doc:events(): the dead honoured by a condolence is no addressee (ZE8, real pages)", function()
  it("reads no message to 'X yang meninggal dunia'", function()
    assert.same({}, pairs_of("Gubernur Hendra Wiratama menulis pesan duka sebagai penghormatan kepada mantan "
      .. "Perdana Menteri Malaysia, Bima Santoso yang meninggal dunia pada Senin.", "message"))
    assert.same({ "Hendra Wiratama>Toma Vesk" }, pairs_of("Gubernur Hendra Wiratama mengirim surat belasungkawa "
      .. "kepada Raja Toma Vesk dan Bima Santoso yang telah wafat.", "letter"))
  end)
  it("keeps an addressee who lost someone", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Presiden Hendra Wiratama mengirim pesan belasungkawa "
      .. "kepada Raja Bima Santoso yang kehilangan ibundanya.", "message"))
  end)
end)

describe("doc:events(): 'X yang memberikan ucapan selamat pada D1 baru dibalas oleh Y pada D2' (ZE8, real pages)",
  function()
  it("reads X's greeting to Y and Y's reply, each with its own day", function()
    local got = {}
    for _, e in ipairs(events("Perdana Menteri Ceko Toma Vesk yang memberikan ucapan selamat pada 14 Februari 2024 "
      .. "juga baru dibalas oleh Presiden Bima Santoso pada 16 Februari 2024.")) do
      got[#got + 1] = table.concat({ e.type, e.sender, e.recipient, e.date or "nil" }, " ")
    end
    assert.same({ "message Toma Vesk Bima Santoso 2024-02-14", "message Bima Santoso Toma Vesk 2024-02-16" }, got)
  end)
  it("reads none when the relative clause sends nothing", function()
    assert.same({}, events("Perdana Menteri Ceko Toma Vesk yang hadir pada 14 Februari 2024 juga baru dibalas oleh "
      .. "Presiden Bima Santoso."))
  end)
end)

describe("doc:events(): 'banyak pemimpin dunia ... kepada Y, antara lain A, B & C' (ZE8, real pages)", function()
  it("reads every member listed after the word of naming, commas and '&' with no closing 'dan'", function()
    assert.same({ "Toma Vesk>Bima Santoso", "Hendra Wiratama>Bima Santoso", "Ranil Kusuma>Bima Santoso" },
      pairs_of("Selain itu, banyak pemimpin dunia juga memberikan ucapan selamat kepada Presiden Bima Santoso, antara "
        .. "lain Perdana Menteri Belanda Toma Vesk, Perdana Menteri Singapura Hendra Wiratama & Presiden Sri Lanka "
        .. "Ranil Kusuma, dan juga dari Amerika Serikat.", "message"))
  end)
end)

describe("doc:events(): a request to meet told in a letter is at most a plan (ZE8, real pages)", function()
  it("reads 'berisi permohonan bertemu dengan Y' and 'memohon bertemu Y' as planned", function()
    for _, e in ipairs(events("Gubernur Hendra Wiratama mengaku sudah mengirim surat kepada Presiden Bima Santoso. "
      .. "Menurut Hendra, surat tersebut berisi permohonan bertemu langsung dengan Bima untuk meminta izin.")) do
      if e.type == "meeting" then assert.is_true(e.planned) end
    end
    local e = one("Gubernur Hendra Wiratama memohon bertemu dengan Presiden Bima Santoso.")
    assert.same({ "meeting", true }, { e.type, e.planned })
  end)
end)

describe("doc:events(): a gift 'yang berisi (bertuliskan) ucapan' sent to Y is a message (ZE8, real pages)", function()
  it("reads the greeting the gift bears past a relative 'yang'", function()
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Presiden Hendra Wiratama mengirimkan karangan bunga "
      .. "yang berisi ucapan singkat kepada Ibu Bima Santoso yang sedang berulang tahun.", "message"))
    assert.same({ "Hendra Wiratama>Bima Santoso" }, pairs_of("Presiden Hendra Wiratama mengirimkan bunga yang "
      .. "bertuliskan ucapan selamat kepada Bima Santoso.", "message"))
  end)
  it("reads none for a gift of other things", function()
    assert.same({}, events("Presiden Hendra Wiratama mengirimkan bantuan yang berisi bahan makanan kepada warga "
      .. "Bima Santoso."))
  end)
end)

describe("doc:events(): 'Surat itu dibalas Y pada D' dates the reply, not the letter (ZE8)", function()
  it("leaves the letter told before undated", function()
    local got = {}
    for _, e in ipairs(events("Toma Vesk mengirim surat kepada Bima Santoso. Surat itu dibalas Bima Santoso pada 16 "
      .. "Februari 2024.")) do
      got[#got + 1] = table.concat({ e.sender, e.recipient, e.date or "nil" }, " ")
    end
    assert.same({ "Toma Vesk Bima Santoso nil", "Bima Santoso Toma Vesk 2024-02-16" }, got)
  end)
end)

describe("doc:events(): the visitor is the one before 'bersama' (ZE7, real pages)", function()
  it("reads the leader of a visit, not who came with him, as the one received", function()
    local e = one("Bupati Bima Santoso bersama Wakil Bupati Rina Wulandari melakukan kunjungan kerja ke Kantor Wali "
      .. "Kota Bogor. Kunjungan tersebut diterima langsung oleh Wali Kota Toma Vesk, Selasa (11/6/2024).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-11" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Bupati Bima Santoso, S.H. bersama Ibu Rina Wulandari melakukan kunjungan kerja ke Kantor Wali Kota Bogor. "
      .. "Kunjungan tersebut diterima langsung oleh Wali Kota Toma Vesk, Selasa (11/6/2024).")
    assert.same({ "Toma Vesk", "Bima Santoso" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): a date opening the clause after ', dan' is that clause's (ZE7, real pages)", function()
  it("dates the reception by its own day, not by the next clause's", function()
    local e = one("Sesuai jadwal, Selasa (11/6/2024) siang, Dubes Toma Vesk akan diterima oleh Gubernur Bima Santoso, "
      .. "dan Rabu malam akan menggelar acara bersama warga.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-11" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Dubes Toma Vesk diterima oleh Gubernur Bima Santoso, dan Rabu malam menghadiri jamuan.")
    assert.is_nil(e.date)
    -- (not a date whose clause goes on with its subject: that is still the meeting's day)
    e = one("Dubes Toma Vesk bertemu Gubernur Bima Santoso, dan Rabu (19/6) mereka menandatangani nota.")
    assert.equal("2024-06-19", e.date)
  end)
end)

describe("doc:events(): condolences written 'bela sungkawa', 'ungkapan duka', 'rasa duka' (EL, real pages)", function()
  it("reads each spelling as a message of condolence", function()
    for _, text in ipairs({
      "Presiden Toma Vesk menyampaikan ucapan bela sungkawa kepada Perdana Menteri Bima Santoso.",
      "Presiden Toma Vesk menyampaikan ucapan duka kepada Perdana Menteri Bima Santoso.",
      "Presiden Toma Vesk menyampaikan rasa duka kepada Perdana Menteri Bima Santoso.",
      "Ungkapan duka itu disampaikan Presiden Toma Vesk kepada Perdana Menteri Bima Santoso.",
    }) do
      local e = one(text)
      assert.same({ "message", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    end
  end)
  it("reads none for news of a death passed on", function()
    assert.same({}, events("Presiden Toma Vesk menyampaikan kabar duka kepada Bima Santoso."))
  end)
end)

describe("doc:events(): 'Ucapan itu disampaikan (X) melalui sambungan telepon pada D' (EL, real pages)", function()
  it("makes the greeting just told a call, held on D", function()
    for _, second in ipairs({
      "Ucapan selamat itu disampaikan melalui sambungan telepon pada Kamis (13/6).",
      "Ucapan selamat itu disampaikan Toma Vesk secara langsung melalui sambungan telepon pada Kamis (13/6).",
    }) do
      local e = one("Presiden Toma Vesk mengucapkan selamat kepada Bima Santoso atas pelantikannya. " .. second)
      assert.same({ "call", "Toma Vesk", "Bima Santoso", "2024-06-13" }, { e.type, e.sender, e.recipient, e.date })
    end
  end)
  it("leaves a greeting whose sentence names no way a message", function()
    local e = one("Presiden Toma Vesk mengucapkan selamat kepada Bima Santoso atas pelantikannya. Ucapan selamat "
      .. "itu disampaikan pada Kamis (13/6).")
    assert.same({ "message", "2024-06-13" }, { e.type, e.date })
  end)
end)

describe("doc:events(): a date alone right after an undated event dates it (EL, real pages)", function()
  it("dates the greeting by the date set off as its own sentence", function()
    local e = one("Presiden Toma Vesk mengucapkan selamat kepada Bima Santoso atas pelantikannya. Minggu (16/6/2024).")
    assert.same({ "message", "2024-06-16" }, { e.type, e.date })
  end)
  it("leaves a date that opens a sentence of its own words, or an event dated already", function()
    local e = one("Presiden Toma Vesk mengucapkan selamat kepada Bima Santoso. Minggu (16/6/2024) adalah hari libur.")
    assert.is_nil(e.date)
    e = one("Presiden Toma Vesk mengucapkan selamat kepada Bima Santoso pada Sabtu (15/6). Minggu (16/6/2024).")
    assert.equal("2024-06-15", e.date)
  end)
end)

describe("doc:events(): the writer named right after 'surat' before its addressee (EL, ZE8 finding)", function()
  it("reads the name no list knows as the writer's", function()
    local e = one("Menurut dia, surat Toma Vesk kepada Presiden Bima Santoso sudah diterima.")
    assert.same({ "letter", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("names nobody in a paper's kind", function()
    local doc = kimput.parse("Surat Edaran Bersama kepada para camat sudah diterbitkan.", { published = "2024-06-20" })
    for _, m in ipairs(doc:mentions()) do assert.is_not.equal("person", m.kind) end
    assert.same({}, doc:events())
  end)
end)

describe("doc:events(): a letter whose writer a relative clause names is carried by the subject (EL)", function()
  it("reads 'menyampaikan isi surat yang dititipkan W untuk Y' as W's letter to Y", function()
    for _, text in ipairs({
      "Wakil Presiden Toma Vesk menyampaikan isi surat yang dititipkan Presiden Bima Santoso untuk Presiden Rina "
        .. "Wulandari.",
      "Wakil Presiden Toma Vesk menyerahkan surat yang ditulis Presiden Bima Santoso kepada Presiden Rina Wulandari.",
    }) do
      local e = one(text)
      assert.same({ "letter", "Bima Santoso", "Rina Wulandari" }, { e.type, e.sender, e.recipient })
    end
  end)
end)

describe("doc:events(): talk in a text that names the telephone elsewhere is a call (EM, real pages)", function()
  it("types 'berbicara (berkomunikasi, berbincang) dengan Y' a call when another sentence names it", function()
    assert.same({ "Bima Santoso>Toma Vesk" }, pairs_of("Menlu Bima Santoso berbicara dengan Menlu Toma "
      .. "Vesk, Kamis (13/6/2024). Bima berterima kasih atas teleponnya pagi itu.", "call"))
    assert.same({ "Bima Santoso>Toma Vesk", "Bima Santoso>Hendra Wiratama" }, pairs_of("Presiden Bima Santoso "
      .. "mengaku berdiskusi lewat telepon soal situasi global. Presiden Bima Santoso juga berkomunikasi dengan "
      .. "Presiden Toma Vesk pada 3 Juni 2024. Tak hanya itu, Presiden Bima juga berbincang dengan Perdana "
      .. "Menteri Hendra Wiratama pada 5 Juni 2024.", "call"))
  end)
  it("leaves talk untyped when no telephone is named, and a talk in person a meeting", function()
    assert.same({}, events("Presiden Bima Santoso berkomunikasi dengan Presiden Toma Vesk pada 3 Juni 2024."))
    assert.same({ "Bima Santoso>Toma Vesk" }, pairs_of("Presiden Bima Santoso berbincang dengan Presiden Toma Vesk "
      .. "di sela KTT di Osaka. Sebelumnya ia menelepon Perdana Menteri Hendra Wiratama.", "meeting"))
    -- (nor one whose subject is "saya" in a quote: the party before is none)
    assert.same({}, pairs_of("Presiden Bima Santoso menelepon banyak pemimpin. \"Pada 8 Maret, saya berbicara "
      .. "dengan Perdana Menteri Hendra Wiratama, dan 16 Maret, saya juga berbicara dengan Presiden Toma Vesk,\" "
      .. "kata Bima.", "call"))
    assert.same({}, pairs_of("Presiden Bima Santoso berbicara dengan Presiden Toma Vesk di Seoul. Ia kemudian "
      .. "menerima telepon dari istrinya.", "call"))
  end)
end)

describe("doc:events(): a consul ('Konsul <country>, <name>') is a titled party (EM, real pages)", function()
  it("reads the consul received by his name", function()
    local e = one("Gubernur Bima Santoso menerima kunjungan Konsul Vestria, Toma Vesk, di ruang kerjanya, Selasa "
      .. "(11/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-11" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Wali Kota Bima Santoso bertemu Wakil Konsul Jepang Hendra Wiratama di Balai Kota.")
    assert.same({ "Bima Santoso", "Hendra Wiratama" }, { e.sender, e.recipient })
  end)
  it("reads a consul's district ('untuk wilayah <region>') as part of the title", function()
    local e = one("Gubernur Bima Santoso menerima kunjungan Konsul Jepang di Indonesia untuk wilayah Sumatra, Toma "
      .. "Vesk, di ruang kerjanya, Selasa (11/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-11" }, { e.type, e.sender, e.recipient, e.date })
  end)
end)

describe("doc:events(): the person named after an office's comma is the guest (EM, real pages)", function()
  it("reads 'kunjungan dari <office>, <rank> X di …' as X's visit, also past the rest of a body's name", function()
    local e = one("Panglima Bima Santoso menerima kunjungan kehormatan dari Kepala Staf Gabungan Militer Amerika "
      .. "Serikat, Jenderal Toma Vesk di Mabes TNI, Minggu (16/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-16" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Panglima Bima Santoso menerima kunjungan kehormatan dari Kepala Staf Angkatan Darat Jepang, Jenderal "
      .. "Toma Vesk di Mabes TNI.")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): a summit named by its body ('KTT G20') is no meeting of the body (EM, real pages)", function()
  it("reads no meeting of the body with the person the clause addresses", function()
    assert.same({}, events("Saat keduanya berbicara dengan Presiden Bima Santoso mengenai pertemuan KTT G20, Menteri "
      .. "Keuangan Rina Wulandari kemudian mengatakan kepada Presiden Bima bahwa keduanya teman lamanya."))
  end)
  it("still reads a summit between two people", function()
    local e = one("KTT antara Presiden Bima Santoso dan Presiden Toma Vesk digelar di Hanoi.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events(): a companion on a visit ('kunjungan X bersama Y ke Z') meets no one (EM, real pages)", function()
  it("reads no meeting with the companion whose destination follows him", function()
    assert.same({}, events("Menurut Bima Santoso, kunjungan dirinya bersama Kapolda Toma Vesk ke Mabes TNI sangat "
      .. "penting."))
  end)
  it("still reads a visit together at a place as a meeting", function()
    local e = one("Bima Santoso melakukan kunjungan bersama Kapolda Toma Vesk di Mabes TNI.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events(): a visit noun opening a sentence is no word of the visitor's name (EM, real pages)", function()
  it("names the guest without 'Kunjungan' or 'Kedatangan'", function()
    local e = one("Panglima Bima Santoso menerima kunjungan Jenderal Toma Vesk di Mabes TNI. Kunjungan Toma Vesk kali "
      .. "ini merupakan yang pertama. Kedatangan Toma Vesk disambut hangat.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("doc:events(): one coming with the welcomed ('menyambut X bersama Y') is not met (EM, real pages)", function()
  it("reads the meeting with X alone", function()
    local e = one("Bupati Bima Santoso menyambut Irjen Toma Vesk bersama Ibu Rina Wulandari di Pendopo, Sabtu "
      .. "(15/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-15" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Bupati Bima Santoso menyambut kunjungan Kapolda Irjen Toma Vesk Wirawan bersama Ny. Rina Toma Vesk "
      .. "Wirawan dan rombongan di Pendopo.")
    assert.same({ "Bima Santoso", "Toma Vesk Wirawan" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): courtesy calls and welcomes as regional news writes them (EV, real pages)", function()
  it("reads the misspelt 'silahturahmi' as the courtesy call it names", function()
    local e = one("Kapolda Sukamaju Irjen Pol Bima Santoso melakukan silahturahmi ke Gubernur Sukamaju Toma Vesk di "
      .. "kantor gubernur, Selasa (4/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-04" }, { e.type, e.sender, e.recipient, e.date })
    e = one("Wakil Bupati Bima Santoso bersilahturahmi dengan Bupati Toma Vesk di rumah dinasnya.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
  it("reads a warm welcome in the passive, 'hangat' between the verb and its agent", function()
    local e = one("Usai makan siang, Kapolri Jenderal Pol Bima Santoso disambut hangat Gubernur Sukamaju Toma Vesk, "
      .. "Jumat (7/6) di Manado.")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-07" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("reads fetching a guest on his arrival as meeting him, not taking a suspect away", function()
    local e = one("Bupati Toma Vesk menjemput kedatangan Kapolda Irjen Pol Bima Santoso di bandara, Selasa (4/6).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-04" }, { e.type, e.sender, e.recipient, e.date })
    assert.same({}, events("Polisi menjemput paksa tersangka Bima Santoso di rumahnya, Selasa (4/6)."))
  end)
end)

describe("doc:events(): a military unit's number in a title (EV, real pages)", function()
  it("reads the holder past a military unit's number and name in the title, and the subject past his comma", function()
    local e = one("Bupati Toma Vesk menerima kunjungan Komandan Resor Militer (Danrem) 097/Tunas Kencana (TK), Brigjen "
      .. "TNI Bima Santoso di pendopo, Selasa (4/6).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    e = one("Usai menjemput kedatangan Komandan Resor Militer (Danrem) 097/Tunas Kencana (TK), Brigjen TNI Bima "
      .. "Santoso di lapangan helipad, Bupati Toma Vesk langsung mengajak rombongan ke rumah dinas, Selasa (4/6).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-04" }, { e.type, e.sender, e.recipient, e.date })
  end)
end)

describe("doc:events(): a greeting told right after a call was said in it (EV, real pages)", function()
  it("merges the congratulations into the call told in the sentence before", function()
    local ev = events("Presiden Bima Santoso menelepon Perdana Menteri Toma Vesk pada Kamis (6/6/2024). Bima Santoso "
      .. "mengucapkan selamat atas terpilihnya Toma Vesk.")
    assert.equal(1, #ev)
    assert.same({ "call", "Bima Santoso", "Toma Vesk", "2024-06-06" }, { ev[1].type, ev[1].sender, ev[1].recipient,
      ev[1].date })
  end)
  it("keeps a greeting with a way or a day of its own", function()
    assert.equal(2, #events("Presiden Bima Santoso menelepon Perdana Menteri Toma Vesk pada Kamis (6/6/2024). Bima "
      .. "Santoso juga mengucapkan selamat kepada Toma Vesk melalui akun media sosialnya."))
    assert.equal(2, #events("Presiden Bima Santoso menelepon Perdana Menteri Toma Vesk pada Kamis (6/6/2024). Pada "
      .. "Sabtu (8/6), Bima Santoso mengucapkan selamat kepada Toma Vesk."))
  end)
end)

describe("doc:events(): the day of a disaster after its weekday and a word (EV, real pages)", function()
  it("does not date the condolence by 'pada Minggu lalu (9/6)' of the flood", function()
    local e = one("Presiden Bima Santoso telah menyampaikan rasa belasungkawa kepada Presiden Toma Vesk terkait banjir "
      .. "bandang di Sukamaju yang melanda pada Minggu lalu (9/6).")
    assert.is_nil(e.date)
  end)
end)

describe("doc:events(): titles left in a party's name (EV, real pages)", function()
  it("reads the culture minister's short title 'Menbud' as a title", function()
    local e = one("Menbud Bima Santoso menerima kunjungan kehormatan Duta Besar Toma Vesk di Jakarta.")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
  end)
  it("reads a police rank written with both periods, 'Irjen. Pol.', as a title", function()
    local e = one("Kapolda Sukamaju Irjen. Pol. Bima Santoso bertemu Gubernur Toma Vesk di kantor gubernur.")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
  end)
  it("reads the infantry written out after the rank, 'Kolonel Infanteri', as a title", function()
    local e = one("Bupati Toma Vesk menyambut Danrem Kolonel Infanteri Bima Santoso di pendopo.")
    assert.same({ "Toma Vesk", "Bima Santoso" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): an island set off by commas after a body's place is no person (EV, real pages)", function()
  it("reads no addressee named 'Madura' after an unnamed officer of a regional parliament", function()
    assert.same({}, events("Dewan Pimpinan Cabang Partai Bintang Timur (PBT) Sukamaju melayangkan surat protes kepada "
      .. "pimpinan DPRD Sukamaju, Madura, pekan lalu."))
  end)
end)

describe("doc:events(): a subject list closed by an unnamed group (EV)", function()
  it("lists the ones named before the last one's 'dan jajaran ...'", function()
    local ev = events("Bupati Bima Santoso, Wakil Bupati Toma Vesk dan jajaran Forkopimda menyambut kedatangan "
      .. "Gubernur Rina Wulandari.")
    assert.equal(2, #ev)
    assert.same({ "Bima Santoso", "Rina Wulandari" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Toma Vesk", "Rina Wulandari" }, { ev[2].sender, ev[2].recipient })
  end)
  it("keeps a comma alone no list", function()
    local e = one("Bupati Bima Santoso, Wakil Bupati Toma Vesk menyambut kedatangan Gubernur Rina Wulandari.")
    assert.same({ "Toma Vesk", "Rina Wulandari" }, { e.sender, e.recipient })
  end)
end)

describe("doc:events(): a message the next sentence names a letter (EV, real pages)", function()
  it("retypes the condolence a quoted 'Dalam surat itu,' points back at", function()
    local e = one("Presiden Bima Santoso mengirim ucapan belasungkawa kepada Presiden Toma Vesk atas banjir di "
      .. "Sukamaju. \"Dalam surat itu, ia berharap pemulihan berjalan cepat,\" tulis kantor berita itu.")
    assert.same({ "letter", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
  it("leaves a message alone when the letter pointed at was told before it", function()
    local ev = events("Presiden Bima Santoso mengirim surat kepada Presiden Toma Vesk. Toma Vesk juga menerima ucapan "
      .. "selamat dari Raja Rina Wulandari. Dalam surat itu, Bima Santoso memuji Toma Vesk.")
    local types = {}
    for _, e in ipairs(ev) do types[e.sender] = e.type end
    assert.same({ ["Bima Santoso"] = "letter", ["Rina Wulandari"] = "message" }, types)
  end)
end)

describe("doc:events(): a longer unnamed group closing a subject list (EV, real pages)", function()
  it("reaches the names past 'dan jajaran staf kodim lainnya turut'", function()
    local ev = events("Danrem Kolonel Inf Toma Vesk tiba di Sukamaju untuk kunjungan kerja, Kamis (13/6/2024). Selain "
      .. "Dandim Letkol Czi Bima Santoso, Wali Kota Sukamaju Rina Wulandari, Kapolres Sukamaju AKBP Doni Saputra, dan "
      .. "jajaran staf kodim lainnya turut menyambut kedatangan Danrem.")
    local met = {}
    for _, e in ipairs(ev) do
      if e.recipient == "Toma Vesk" then met[#met + 1] = e.sender .. " " .. tostring(e.date) end
    end
    table.sort(met)
    assert.same({ "Bima Santoso 2024-06-13", "Doni Saputra 2024-06-13", "Rina Wulandari 2024-06-13" }, met)
  end)
end)

describe("doc:events(): receptions and visits of regional news (EW, real pages)", function()
  it("reads the interim chair of a council as a titled party ('Ketua Sementara DPRD X, Y')", function()
    local e = one("Ketua Sementara DPRD Provinsi Sumatera Barat, Bima Santoso, menerima kunjungan resmi dari Ketua "
      .. "Sementara DPRD Provinsi DKI Jakarta, Toma Vesk, di ruang pimpinan pada Rabu, 18 Juni 2024.")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-18" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("reads the passive prefix written apart ('di sambut oleh')", function()
    local e = one("Gubernur Bima Santoso di sambut oleh Bupati Sukamaju Toma Vesk di pelabuhan, Minggu (16/6/2024).")
    assert.same({ "meeting", "Toma Vesk", "Bima Santoso", "2024-06-16" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("passes the companions set off before the verb ('X didampingi A serta rombongan, disambut Y')", function()
    local e = one("Gubernur Bima Santoso didampingi Gubernur Sukajaya Rina Wulandari serta rombongan, disambut oleh "
      .. "Bupati Sukamaju Toma Vesk di pelabuhan, Minggu (16/6/2024).")
    assert.same({ "Toma Vesk", "Bima Santoso" }, { e.sender, e.recipient })
  end)
  it("takes none of the companions for the visitor when no party stands before 'didampingi'", function()
    local ev = events("Kunjungan pertama Gubernur itu didampingi oleh Sekda Bima Santoso, Kepala Dinas Pendidikan "
      .. "Rina Wulandari, Kepala Biro Humas Doni Saputra dan Kepala Biro Umum Joko Susilo di sambut baik oleh Kapolda "
      .. "Sukamaju Irjen Pol Toma Vesk di ruang kerjanya.")
    for _, e in ipairs(ev) do
      assert.is_not.equal("Joko Susilo", e.sender)
      assert.is_not.equal("Joko Susilo", e.recipient)
    end
  end)
  it("reads the leader of a group whose name is glossed in parentheses", function()
    local ev = events("Bupati Sukamaju Bima Santoso dan Wakil Bupati Sukamaju Rina Wulandari menerima kunjungan "
      .. "rombongan investor (Kamar Dagang Sukajaya) yang diketuai oleh Toma Vesk.")
    assert.equal(2, #ev)
    assert.same({ "Bima Santoso", "Toma Vesk" }, { ev[1].sender, ev[1].recipient })
    assert.same({ "Rina Wulandari", "Toma Vesk" }, { ev[2].sender, ev[2].recipient })
  end)
  it("types talk 'empat mata' a meeting", function()
    local e = one("Menteri Bima Santoso mengatakan, dirinya sempat berbincang empat mata dengan Perdana Menteri "
      .. "Thailand Toma Vesk di masjid, Jumat (14/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-14" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("lists the group of a relative clause named after it ('para dubes yang juga berdiskusi dengan Y, yakni A, B')",
    function()
      local ev = events("Selain Dubes Chile, para perwakilan negara sahabat yang juga berdiskusi dengan Presiden "
        .. "Bima Santoso, yakni Duta Besar Kenya untuk Indonesia Toma Vesk, Duta Besar Peru untuk Indonesia "
        .. "Rina Wulandari.")
      local met = {}
      for _, e in ipairs(ev) do
        if e.recipient == "Bima Santoso" then met[#met + 1] = e.sender end
      end
      table.sort(met)
      assert.same({ "Rina Wulandari", "Toma Vesk" }, met)
    end)
  it("reads the envoy the mention stage joined to whose envoy he is ('utusan Presiden Z (Acr), Y')", function()
    local e = one("Presiden Bima Santoso menerima kunjungan Utusan Khusus Presiden Korea Selatan (Korsel), Toma "
      .. "Vesk, pada Kamis (13/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Toma Vesk", "2024-06-13" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("dates no meeting by the day a statement was released", function()
    local ev = events("Presiden Bima Santoso menerima kunjungan Toma Vesk pada Kamis (13/6/2024). Dalam keterangan "
      .. "yang dirilis Jumat (14/6/2024), kementerian mengungkapkan, saat bertemu Bima, Toma Vesk mengatakan "
      .. "negaranya berkomitmen.")
    assert.equal(1, #ev)
    assert.equal("2024-06-13", ev[1].date)
  end)
end)

describe("doc:events(): a meeting the agenda goes on with (EW, real pages)", function()
  it("gives a verb after ', dan dilanjutkan' the subject of the clause before", function()
    local ev = events("Andi Wijaya bertemu dengan Ketua MPR Rina Wati pada pukul 15.00 WIB, dan dilanjutkan bertemu "
      .. "dengan Ketua DPR, Bima Santoso pada pukul 15.40 WIB.")
    local met = {}
    for _, e in ipairs(ev) do met[#met + 1] = e.sender .. "-" .. e.recipient end
    table.sort(met)
    assert.same({ "Andi Wijaya-Bima Santoso", "Andi Wijaya-Rina Wati" }, met)
  end)
  it("leaves a subject not told alone ('Kegiatan dilanjutkan bertemu dengan Y')", function()
    assert.equal(0, #events("Kegiatan dilanjutkan bertemu dengan Ketua DPR Bima Santoso."))
  end)
end)

describe("EY: domestic courtesy calls and receptions (real regional pages)", function()
  it("reads the courtesy-call verb spelled with a double r ('bersilaturrahmi dengan Y')", function()
    local e = one("Wali Kota Sukamaju Bima Santoso bersilaturrahmi dengan Ketua DPRD Sukamaju Rina Wati di Gedung "
      .. "DPRD, Rabu (19/6/2024).")
    assert.same({ "meeting", "Bima Santoso", "Rina Wati", "2024-06-19" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("takes thanks said to a guest for no greeting ('ucapan terima kasih kepada Y')", function()
    assert.equal(0, #events("Bupati Sukamaju Bima Santoso memberikan apresiasi dan ucapan terimakasih kepada Wali "
      .. "Kota Rina Wati yang sudah berkunjung."))
    assert.equal(0, #events("Bima Santoso menyampaikan ucapan terima kasih kepada Rina Wati atas dukungannya."))
  end)
end)

describe("EY: a visit led by one, received by another (real regional pages)", function()
  local lead = "Pimpinan DPRD Kabupaten Sukamaju melaksanakan kunjungan kerja ke DPRD Kabupaten Sukaraja, Rabu "
    .. "(19/6/2024). Kunjungan dipimpin oleh Ketua DPRD Kabupaten Sukamaju Bima Santoso. "
  it("reads the visit's noun capitalised mid-sentence ('Y menerima Kunjungan tersebut')", function()
    local e = one(lead .. "Maksud kunjungan tersebut yaitu sinergi. Sekretaris DPRD Kabupaten Sukaraja Rina Wati "
      .. "menerima Kunjungan tersebut di ruang rapat.")
    assert.same({ "meeting", "Rina Wati", "Bima Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("takes the receiver's degrees set off with no comma after them ('Y, M.Si menerima')", function()
    local e = one(lead .. "Sekretaris DPRD Kabupaten Sukaraja, Rina Wati, M.Si menerima kunjungan tersebut.")
    assert.same({ "meeting", "Rina Wati", "Bima Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("dates it by the visit the leader's sentence points back to by its noun", function()
    local e = one(lead .. "Sekretaris DPRD Kabupaten Sukaraja Rina Wati menerima kunjungan tersebut.")
    assert.equal("2024-06-19", e.date)
  end)
end)

describe("EY: who comes along with the one who welcomes, past his degrees (real regional pages)", function()
  it("makes no meeting of two hosts when the agent's degrees stand before 'bersama'", function()
    local lead = "Ketua DPRD Kabupaten Sukamaju melakukan kunjungan kerja ke Kantor DPRD Kabupaten Sukaraja pada "
      .. "Jumat (14/6/2024). "
    assert.equal(0, #events(lead .. "Kunjungan tersebut disambut langsung oleh Sekretaris DPRD Kabupaten Sukaraja, "
      .. "Rina Wati, SE., M.Si., bersama Anggota DPRD Kabupaten Sukaraja dari Partai Z, Bima Santoso, S.M. Pertemuan "
      .. "berlangsung hangat."))
  end)
  it("keeps the visitor's meeting with the one who welcomes him", function()
    local e = one("Bupati Andi Wijaya melakukan kunjungan kerja ke Kota Sukaraja, Senin (17/6/2024). Kunjungan "
      .. "tersebut disambut oleh Wali Kota Sukaraja, Rina Wati, S.H., M.H., bersama Wakil Wali Kota Bima Santoso.")
    assert.same({ "meeting", "Rina Wati", "Andi Wijaya", "2024-06-17" }, { e.type, e.sender, e.recipient, e.date })
  end)
end)

describe("EY: a meeting told by what was said after it (real regional pages)", function()
  it("gives 'Hal itu disampaikan usai pertemuan dengan Y' to the one the sentence before opens with", function()
    local ev = events("Wali Kota Sukamaju Bima Santoso berkomitmen bekerja sama dengan Kota Sukaraja. Hal itu "
      .. "disampaikan usai pertemuan silaturahmi dengan Wali Kota Sukaraja Rina Wati, di Balai Kota, Rabu "
      .. "(12/6/2024). Bima tiba di Balai Kota langsung disambut hangat oleh Wali Kota Rina Wati.")
    assert.equal(1, #ev)
    assert.same({ "meeting", "Bima Santoso", "Rina Wati", "2024-06-12" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
  end)
  it("reads the -nya form and other words of time ('Hal tersebut diungkapkannya saat pertemuan dengan Y')", function()
    local e = one("Wali Kota Sukamaju Bima Santoso berkomitmen bekerja sama. Hal tersebut diungkapkannya saat "
      .. "pertemuan dengan Wali Kota Sukaraja Rina Wati, Rabu (12/6/2024).")
    assert.same({ "Bima Santoso", "Rina Wati", "2024-06-12" }, { e.sender, e.recipient, e.date })
  end)
  it("makes none with nobody told before, nor after another noun ('usai rapat dengan Y')", function()
    assert.equal(0, #events("Hal itu disampaikan usai pertemuan dengan Wali Kota Sukaraja Rina Wati, Rabu "
      .. "(12/6/2024)."))
    assert.equal(0, #events("Bima Santoso menilai kerja sama penting. Hal itu disampaikan usai rapat dengan Rina "
      .. "Wati, Rabu (12/6/2024)."))
  end)
end)

describe("EY: a call told by the one called, in his own quote (real regional pages)", function()
  it("takes 'saya' after a direct verb inside a quote opening the sentence for the one the cue names", function()
    local e = one("“Benar, Presiden Bima Santoso Rabu (12/6) malam sudah menelepon saya,” kata Gubernur Rina Wati, "
      .. "Jumat (14/6).")
    assert.same({ "call", "Bima Santoso", "Rina Wati", "2024-06-12" }, { e.type, e.sender, e.recipient, e.date })
  end)
  it("names no party for 'saya' outside a quote", function()
    assert.equal(0, #events("Presiden Bima Santoso sudah menelepon saya, kata Rina Wati."))
  end)
  it("merges it with the greeting told before as a call ('Ucapan itu disampaikan melalui telepon')", function()
    local ev = events("Presiden Bima Santoso mengucapkan selamat kepada Toma Vesk atas pelantikannya. Ucapan selamat "
      .. "itu disampaikan Bima melalui sambungan telepon pada Kamis (13/6). “Presiden Bima Santoso yang pertama "
      .. "menelepon saya,” ujar Toma Vesk.")
    assert.equal(1, #ev)
    assert.same({ "call", "Bima Santoso", "Toma Vesk", "2024-06-13" },
      { ev[1].type, ev[1].sender, ev[1].recipient, ev[1].date })
  end)
end)

describe("EY: an account's platform before its owner's name (real regional pages)", function()
  it("keeps 'Facebook', 'Instagram' out of the sender's name ('... dan Facebook X')", function()
    local e = one("Gubernur Jawa Tengah Bima Santoso mengucapkan selamat ulang tahun kepada Presiden Rina Wati. "
      .. "Video itu diposting di akun Instagram @bima dan Facebook Bima Santoso.")
    assert.same({ "message", "Bima Santoso", "Rina Wati" }, { e.type, e.sender, e.recipient })
  end)
end)

describe("EX: heads of state writing, greeting, calling and meeting (EX, real pages)", function()
  it("reads thanks for a greeting said with the noun 'ucapan' ('menyampaikan ucapan terima kasih kepada X')",
    function()
    local e = one("Presiden Bima Santoso menyampaikan ucapan terima kasih kepada Presiden Prancis, Toma Vesk atas "
      .. "pesan selamat yang dikirim dalam rangka peringatan hari jadi negaranya.")
    assert.same({ "message", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    e = one("Raja Tarek menyatakan rasa terima kasih kepada Presiden Maria Kowalska atas suratnya.")
    assert.same({ "letter", "Maria Kowalska", "Tarek bin Khalid Al Busaidi" }, { e.type, e.sender, e.recipient })
  end)
  it("gives no event for thanks said to someone for his support", function()
    assert.equal(0, #events("Presiden Bima Santoso menyampaikan ucapan terima kasih kepada Presiden Toma Vesk atas "
      .. "dukungannya."))
  end)
  it("takes no day from an outlet's compiling of the story ('yang dirangkum X, Minggu (30/7)')", function()
    for _, verb in ipairs({ "dirangkum", "dihimpun" }) do
      local e = one("Presiden Bima Santoso melakukan pertemuan bilateral dengan Presiden Toma Vesk di Hotel Melati "
        .. "pada 27 Juli 2023. Berikut ini fakta pertemuan Bima dengan Toma Vesk yang " .. verb
        .. " Beritaku, Minggu (30/7/2023).")
      assert.equal("2023-07-27", e.date)
    end
  end)
  it("reads the way a relative clause of sending tells after the sender ('dari Y, yang disampaikan melalui telepon')",
    function()
    local e = one("Presiden Bima Santoso menerima ucapan selamat Iduladha dari Presiden Turki, Toma Vesk, yang "
      .. "disampaikan langsung melalui sambungan telepon.")
    assert.same({ "call", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    e = one("Presiden Bima Santoso menerima ucapan selamat dari Presiden Toma Vesk yang dikirim melalui surat resmi.")
    assert.same({ "letter", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
  end)
  it("keeps a message whose relative clause is the sender's, not the greeting's", function()
    assert.equal("message", one("Presiden Bima Santoso menerima ucapan selamat dari Presiden Toma Vesk, yang kemudian "
      .. "berbicara melalui sambungan telepon dengan para menteri.").type)
  end)
  it("merges a call told again with the greeting the sentence after it said went by telephone", function()
    local ev = events("Presiden Indonesia, Bima Santoso, menerima ucapan selamat Hari Raya Iduladha dari Presiden "
      .. "Turki, Toma Vesk. Ucapan tersebut disampaikan secara langsung melalui sambungan telepon pada Kamis sore, 20 "
      .. "Juni 2024.\n\n\"Pada sore hari ini, Presiden Bima Santoso menerima ucapan selamat merayakan Iduladha dari "
      .. "Presiden Turki, Yang Mulia Toma Vesk, yang disampaikan langsung melalui sambungan telepon,\" ujar juru "
      .. "bicara Rina Wati.")
    assert.equal(1, #ev)
    assert.same({ "call", "Toma Vesk", "Bima Santoso", "2024-06-20" }, { ev[1].type, ev[1].sender, ev[1].recipient,
      ev[1].date })
  end)
  it("makes the greeting told right before a call between the two that call", function()
    local ev = events("Perdana Menteri Toma Vesk mengucapkan selamat kepada Presiden Bima Santoso dan sekaligus "
      .. "mengundangnya berkunjung ke Paris. Pembicaraan melalui telepon antara PM Toma Vesk dengan Presiden Terpilih "
      .. "Bima Santoso berlangsung pada pukul 16.35 WIB, Rabu (19/6/2024).")
    assert.equal(1, #ev)
    assert.same({ "call", "Toma Vesk", "Bima Santoso", "2024-06-19" }, { ev[1].type, ev[1].sender, ev[1].recipient,
      ev[1].date })
    assert.equal("call", one("Perdana Menteri Toma Vesk mengucapkan selamat kepada Presiden Bima Santoso. Percakapan "
      .. "telepon itu berlangsung sekitar sepuluh menit.").type)
  end)
  it("keeps a greeting with a way of its own before the call", function()
    assert.equal(2, #events("Perdana Menteri Toma Vesk mengucapkan selamat kepada Presiden Bima Santoso melalui akun "
      .. "media sosialnya. Pembicaraan melalui telepon antara Toma Vesk dengan Bima Santoso berlangsung Rabu (19/6)."))
  end)
  it("merges a greeting after a call past a clause on the addressee with a year ('yang terpilih lewat Pemilu 2024')",
    function()
    local ev = events("Presiden Toma Vesk menelepon Presiden Bima Santoso pada Rabu (19/6/2024). Toma Vesk "
      .. "mengucapkan selamat kepada Bima yang terpilih sebagai presiden lewat Pemilu 2024.")
    assert.equal(1, #ev)
    assert.equal("call", ev[1].type)
  end)
  it("dates a talk just told by the sentence opening with its bare noun ('Komunikasi dilakukan ... pada D')", function()
    local e = one("Presiden Bima Santoso berkomunikasi dengan Presiden Toma Vesk membahas KTT Z dan kondisi terkini. "
      .. "Komunikasi dilakukan melalui sambungan telepon pada Kamis malam (13/6/2024).")
    assert.same({ "call", "2024-06-13" }, { e.type, e.date })
    assert.equal("2024-06-13", one("Presiden Bima Santoso berbicara melalui telepon dengan Presiden Toma Vesk. "
      .. "Percakapan itu berlangsung pada Kamis (13/6/2024).").date)
  end)
  it("reads a fronted clause of the way past the source opening the sentence ('Menurut Z pada D1, dalam pesan ...')",
    function()
    local e = one("Presiden Toma Vesk mengirimkan telegram ucapan selamat tahun baru kepada Presiden Bima Santoso. "
      .. "Menurut kantor berita Z pada Kamis (20/6), dalam pesan yang dikirim pada tanggal 18 Juni, Presiden Toma Vesk "
      .. "mengajak Bima memperkuat aliansi mereka.")
    assert.same({ "letter", "2024-06-18" }, { e.type, e.date })
    e = one("Presiden Bima Santoso bertemu Presiden Toma Vesk pada Senin (17/6). Menurut juru bicara istana Rina Wati, "
      .. "dalam pertemuan itu Bima dan Toma Vesk membahas kerja sama.")
    assert.same({ "Bima Santoso", "Toma Vesk", "2024-06-17" }, { e.sender, e.recipient, e.date })
  end)
  it("makes the message told before a letter when the next sentence opens with the letter its sender sent", function()
    local e = one("Presiden Toma Vesk menyampaikan belasungkawa kepada Presiden Bima Santoso atas banjir besar di "
      .. "Sumatra. Dalam surat yang dikirim langsung dari Paris, Toma Vesk mengekspresikan duka cita atas musibah itu.")
    assert.same({ "letter", "Toma Vesk", "Bima Santoso" }, { e.type, e.sender, e.recipient })
    assert.equal("message", one("Presiden Toma Vesk menyampaikan belasungkawa kepada Presiden Bima Santoso atas "
      .. "banjir. Dalam surat yang dikirim dari Jakarta, Rina Wati menyampaikan duka cita atas musibah itu.").type)
  end)
  it("takes a meeting on the agenda being prepared for a plan ('membahas agenda pertemuan antara X dan Y')", function()
    local e = one("Menlu Rina Wati mengatakan, dirinya dan Menlu Z telah membahas persiapan dan keseluruhan agenda "
      .. "pertemuan bilateral antara Presiden Bima Santoso dan Perdana Menteri Toma Vesk.")
    assert.is_true(e.planned)
    assert.is_falsy(one("Presiden Bima Santoso bertemu Presiden Toma Vesk pada Senin (17/6). Agenda pertemuan itu "
      .. "membahas perdagangan.").planned)
  end)
  it("takes the person before a comma right after 'bahwa' for the subject ('bahwa X, telah mengirimkan surat')",
    function()
    local e = one("Kantor berita Z pada Jumat (14/6) melaporkan bahwa Presiden Bima Santoso, telah mengirimkan surat "
      .. "kepada Presiden Toma Vesk.")
    assert.same({ "letter", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
  end)
  it("takes a list of senders closed by a comma before the verb ('A, B, dan C, juga menyampaikan') whole", function()
    local ev = events("Presiden Bima Santoso menyampaikan duka cita kepada Presiden Toma Vesk, Kamis (13/6). Sesudah "
      .. "itu, Raja Tarek, Menlu Rina Wati, dan Presiden Lee Min Ho, juga menyampaikan belasungkawa atas banjir.")
    assert.equal(4, #ev)
    for i = 2, 4 do assert.equal("Toma Vesk", ev[i].recipient) end
  end)
  it("passes a listed person's place of origin ('A dari Negeri Z, B dan C') to the next member", function()
    local ev = events("Presiden Toma Vesk bertemu Raja Tarek dari Oman, Presiden Bima Santoso, "
      .. "dan Menlu Rina Wati di Jakarta.")
    assert.equal(3, #ev)
  end)
  it("sends one more message to the addressee of the letters told, their own words quoted between", function()
    local ev = events("Presiden Bima Santoso mengirim surat belasungkawa kepada Presiden Toma Vesk. \"Kami turut "
      .. "berduka,\" demikian isi surat Bima. \"Semoga tabah,\" tulis Bima. \"Kami bersama Anda,\" lanjut Bima. "
      .. "Rasa belasungkawa juga datang dari Raja Tarek.")
    assert.equal(2, #ev)
    assert.same({ "Tarek bin Khalid Al Busaidi", "Toma Vesk" }, { ev[2].sender, ev[2].recipient })
    assert.equal(1, #events("Presiden Bima Santoso mengirim surat belasungkawa kepada Presiden Toma Vesk. Bima "
      .. "menyebut banjir itu tragedi. Banjir merusak ratusan rumah. Bantuan mulai berdatangan. Rasa belasungkawa "
      .. "juga datang dari Raja Tarek."))
  end)
  it("sends the message of one of an unnamed group to the group's addressee ('Salah satunya adalah X yang')",
    function()
    local e = one("Beberapa kepala negara mengirim ucapan selamat kepada Presiden Toma Vesk seusai pelantikannya. "
      .. "Salah satunya adalah Presiden Bima Santoso yang mengucapkan selamat lewat pesan video.")
    assert.same({ "message", "Bima Santoso", "Toma Vesk" }, { e.type, e.sender, e.recipient })
    e = one("Beberapa kepala negara mengirim ucapan selamat kepada Presiden Toma Vesk seusai pelantikannya. "
      .. "Presiden Bima Santoso juga mengucapkan selamat lewat pesan video.")
    assert.same({ "Bima Santoso", "Toma Vesk" }, { e.sender, e.recipient })
    assert.equal(0, #events("Beberapa kepala negara mengirim ucapan selamat kepada Presiden Toma Vesk. Presiden "
      .. "Bima Santoso mengucapkan selamat lewat pesan video."))
  end)
  it("passes a listed visitor's spouse ('A beserta istri, B beserta istri, dan C') to the next member", function()
    local ev = events("Presiden Toma Vesk menerima kunjungan kehormatan Raja Tarek beserta istri, Presiden Bima "
      .. "Santoso beserta istri, dan Menlu Rina Wati di Istana Merdeka.")
    assert.equal(3, #ev)
  end)
  it("plans the meeting fronted by 'Selain' when the main clause's is planned ('Selain bertemu Y, X juga "
    .. "dijadwalkan bertemu Z')", function()
    local ev = events("Selain bertemu Presiden Toma Vesk, Presiden Bima Santoso juga dijadwalkan bertemu Menlu "
      .. "Rina Wati pada Sabtu pagi.")
    assert.equal(2, #ev)
    assert.is_true(ev[1].planned)
    assert.is_true(ev[2].planned)
    ev = events("Selain bertemu Presiden Toma Vesk, Presiden Bima Santoso juga bertemu Menlu Rina Wati.")
    assert.is_falsy(ev[1].planned)
  end)
  it("leaves the day of the occasion's relative clause ('atas terpilihnya dalam pemilu yang digelar pada D') "
    .. "to the occasion", function()
    assert.is_nil(one("Presiden Bima Santoso mengucapkan selamat kepada Presiden Toma Vesk atas kemenangannya dalam "
      .. "Pemilu yang digelar pada 5 Juni 2024.").date)
    assert.equal("2024-06-05", one("Presiden Bima Santoso bertemu Presiden Toma Vesk di sela KTT yang digelar pada "
      .. "5 Juni 2024.").date)
  end)
  it("sends the message told after 'Selain X,' to the addressee of X's own, told further back", function()
    local ev = events("Presiden Bima Santoso mengirim ucapan selamat kepada Presiden Toma Vesk. Bima memuji pemilu "
      .. "itu. Bima menyebut hubungan kedua negara erat. Bima juga berharap kerja sama meningkat. Pemilu diikuti "
      .. "jutaan pemilih. Selain Bima, ucapan selamat pun datang dari Raja Tarek.")
    assert.equal(2, #ev)
    assert.same({ "Tarek bin Khalid Al Busaidi", "Toma Vesk" }, { ev[2].sender, ev[2].recipient })
  end)
  it("takes no date from the letter for a message received told in it after 'bahwa' ('melaporkan bahwa dalam "
    .. "surat tersebut, X menyatakan telah menerima ucapan selamat dari Y')", function()
    local ev = events("Presiden Bima Santoso pada Kamis (16/5) mengirim surat balasan kepada Presiden Toma Vesk. "
      .. "Kantor berita Z mengabarkan Jumat (17/5) bahwa dalam surat tersebut, Bima menyatakan sudah menerima ucapan "
      .. "selamat dari Presiden Toma Vesk.")
    assert.equal(2, #ev)
    assert.same({ "Toma Vesk", "Bima Santoso" }, { ev[2].sender, ev[2].recipient })
    assert.is_nil(ev[2].date)
  end)
end)
