-- doc:events(): correspondence and contact events from rules/letters.lua,
-- on invented sentences in the style of Indonesian news.
local kimput = require "kimput"

kimput.entities.add{ name = "Ahmad Subianto", kind = "person", aliases = { "Subianto" }, country = "Indonesia",
  titles = { "Presiden" } }
kimput.entities.add{ name = "Lee Min Ho", kind = "person", aliases = { "Lee" }, country = "Korea Selatan",
  titles = { "Presiden" } }
kimput.entities.add{ name = "Siti Rahma", kind = "person", aliases = { "Rahma" }, titles = { "Menlu" } }
kimput.events.reload()  -- the rules see the new names

local function events(text)
  return kimput.parse(text, { published = "2024-06-20" }):events()
end

local function one(text)
  local ev = events(text)
  assert.equal(1, #ev, "expected one event, got " .. #ev)
  return ev[1]
end

describe("doc:events()", function()
  it("reads X mengirimkan surat ucapan selamat kepada Y", function()
    local e = one("Presiden Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho.")
    assert.same({ "letter", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
    assert.equal("Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho",
      ("Presiden Ahmad Subianto mengirimkan surat ucapan selamat kepada Presiden Lee Min Ho."):sub(
        e.evidence[1], e.evidence[2]))
  end)

  it("reads X mengirim pesan ke Y as a message", function()
    local e = one("Subianto mengirim pesan ke Lee pada Senin.")
    assert.same({ "message", "Ahmad Subianto", "Lee Min Ho" }, { e.type, e.sender, e.recipient })
  end)

  it("reads surat X untuk Y and surat dari X untuk Y", function()
    local e = one("Isi surat Lee untuk Subianto belum diketahui.")
    assert.same({ "letter", "Lee Min Ho", "Ahmad Subianto" }, { e.type, e.sender, e.recipient })
    e = one("Rahma menyerahkan 'surat pribadi' dari Lee untuk Presiden Subianto.")
    assert.same({ "Lee Min Ho", "Ahmad Subianto" }, { e.sender, e.recipient })
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
    local e = one("Subianto membalas surat Lee dua hari kemudian.")
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
