-- kimput.rule, kimput.ruleset, kimput.macro: PCRE2 rules from Lua.
local kimput = require "kimput"

local function parse(text, published)
  return kimput.parse(text, { published = published or "2024-03-12" })
end

describe("kimput.rule", function()
  it("returns matches with 1-based inclusive offsets and named captures", function()
    local text = "Menlu Retno bertemu Menlu Wang Yi di Jakarta. Keduanya membahas Gaza."
    local doc = parse(text)
    local r = kimput.rule{ name = "ketemu", pattern = [[Menlu (?<a>\w+) bertemu Menlu (?<b>\w+(?: \w+)?)]] }
    local ms = doc:match(r)
    assert.equal(1, #ms)
    local m = ms[1]
    assert.equal("Menlu Retno bertemu Menlu Wang Yi", m.text)
    assert.equal(m.text, text:sub(m.start, m.stop))
    assert.equal("Retno", m.a)
    assert.equal("Retno", text:sub(m.a_start, m.a_stop))
    assert.equal("Wang Yi", text:sub(m.b_start, m.b_stop))
    assert.equal("Retno", m[1])
    assert.equal("ketemu", m.rule)
    assert.same(ms, r:scan(doc))
  end)

  it("counts offsets in bytes through multi-byte characters", function()
    local text = "“Kami siap,” kata Menteri Prabowo — lalu pergi."
    local doc = parse(text)
    local m = doc:match{ name = "kata", pattern = [[kata (?<who>Menteri \w+)]] }[1]
    assert.equal("Menteri Prabowo", text:sub(m.who_start, m.who_stop))
    assert.equal("kata Menteri Prabowo", text:sub(m.start, m.stop))
  end)

  it("gives false for numbered groups that did not take part", function()
    local doc = parse("Presiden tiba. Wakil presiden tiba.")
    local ms = doc:match{ name = "tiba", pattern = [[(Wakil )?(?i:presiden) tiba]] }
    assert.equal(2, #ms)
    assert.is_false(ms[1][1])
    assert.equal("Wakil ", ms[2][1])
  end)

  it("honours the flags", function()
    local doc = parse("SURAT itu tiba.")
    assert.equal(0, #doc:match{ name = "a", pattern = "surat" })
    assert.equal(1, #doc:match{ name = "b", pattern = "surat", flags = "i" })
    assert.equal(1, #doc:match{ name = "c", pattern = "s u r a t # spaced", flags = "ix" })
    local r = kimput.rule{ name = "nojit", pattern = "surat", flags = "iJ" }
    assert.is_false(r.code:jit())
  end)

  it("scans sentences by default and body spans on request", function()
    local doc = parse("Ia datang ke Bandung. Lalu pulang ke Bogor.")
    local cross = [[Bandung\. Lalu]]
    assert.equal(0, #doc:match{ name = "s", pattern = cross })
    assert.equal(1, #doc:match{ name = "b", pattern = cross, where = "body" })
    local m = doc:match{ name = "pulang", pattern = "pulang" }[1]
    assert.equal("Lalu pulang ke Bogor.", doc:text():sub(m.sentence_start, m.sentence_stop))
    -- ^ anchors at the start of each sentence
    assert.equal(2, #doc:match{ name = "first", pattern = [[^\w+]] })
  end)

  it("applies emit, dropping matches for which it returns nil", function()
    local doc = parse("Harga naik 5 persen. Harga turun 3 persen.")
    local r = kimput.rule{
      name = "naik",
      pattern = [[(?<dir>naik|turun) (?<n>\d+) persen]],
      emit = function(m) if m.dir == "naik" then return { up = tonumber(m.n) } end end,
    }
    assert.same({ { up = 5 } }, r:scan(doc))
  end)

  it("steps over empty matches without looping", function()
    local doc = parse("abc")
    assert.equal(4, #doc:match{ name = "empty", pattern = "x*", where = "body" })
  end)

  it("finds nothing in an empty document", function()
    assert.same({}, parse(""):match{ name = "any", pattern = "." })
  end)

  it("treats NUL bytes as ordinary characters", function()
    local doc = parse("a\0b surat\0")
    local m = doc:match{ name = "nul", pattern = [[b surat\x00]], where = "body" }[1]
    assert.equal(3, m.start)
  end)
end)

describe("rule errors", function()
  it("reports a pattern that does not compile with the rule's name and offset", function()
    local ok, err = pcall(kimput.rule, { name = "x", pattern = "ab(c" })
    assert.is_false(ok)
    assert.matches('rule "x": pattern error at offset 4: missing closing parenthesis', err, 1, true)
  end)

  it("maps the offset back to the pattern as written, past macros", function()
    local ok, err = pcall(kimput.rule, { name = "y", pattern = "{MONTH} (c" })
    assert.is_false(ok)
    assert.matches("at offset 10:", err, 1, true)
  end)

  it("rejects unknown macros, fields, flags and where", function()
    assert.error_matches(function() kimput.rule{ name = "u", pattern = "{NOPE}" } end, "unknown macro {NOPE}")
    assert.error_matches(function() kimput.rule{ name = "u", pattern = "a", colour = 1 } end, "unknown field")
    assert.error_matches(function() kimput.rule{ name = "u", pattern = "a", flags = "q" } end, "unknown rule flag")
    assert.error_matches(function() kimput.rule{ name = "u", pattern = "a", where = "page" } end, "where must be")
    assert.error_matches(function() kimput.rule{ pattern = "a" } end, "name must be")
    assert.error_matches(function() kimput.rule("a") end, "expected a table")
  end)

  it("ends a catastrophic pattern with an error naming the rule", function()
    local doc = parse(("a"):rep(50000) .. "b")
    local r = kimput.rule{ name = "bencana", pattern = "(a+)+$", where = "body" }
    local ok, err = pcall(r.scan, r, doc)
    assert.is_false(ok)
    assert.matches('rule "bencana": match limit exceeded', err, 1, true)
    -- the same without JIT
    local r2 = kimput.rule{ name = "bencana2", pattern = "(a+)+$", where = "body", flags = "J" }
    local ok2, err2 = pcall(r2.scan, r2, doc)
    assert.is_false(ok2)
    assert.matches('rule "bencana2": .*limit', err2)
  end)

  it("accepts lower limits", function()
    local doc = parse(("xy"):rep(2000))
    local r = kimput.rule{ name = "kecil", pattern = "(x|y)+z|(xy)+$", where = "body", limits = { match = 10 } }
    assert.error_matches(function() r:scan(doc) end, 'rule "kecil"')
  end)
end)

describe("macros", function()
  it("expands user list macros, longest first and caseless", function()
    kimput.macro("HARI_RAYA", { "Idul Fitri", "Idul Adha", "Natal" })
    local doc = parse("Ucapan selamat Idul Fitri dan selamat natal dikirim.")
    local ms = doc:match{ name = "hr", pattern = [[selamat (?<hari>{HARI_RAYA})]] }
    assert.equal(2, #ms)
    assert.equal("Idul Fitri", ms[1].hari)
    assert.equal("natal", ms[2].hari)
  end)

  it("escapes literal items and respects word edges", function()
    kimput.macro("ISTILAH", { "a.b", "C++" })
    local doc = parse("Kata axb, a.b dan C++ serta C++x.")
    local ms = doc:match{ name = "ist", pattern = "{ISTILAH}", where = "body" }
    assert.equal(2, #ms)
    assert.equal("a.b", ms[1].text)
    assert.equal("C++", ms[2].text)
  end)

  it("expands raw pattern macros and unions of macros", function()
    kimput.macro("TAHUN", { pattern = [[(?:19|20)\d\d]] })
    local doc = parse("Pada Maret 1998 dan Mei 2024.")
    local ms = doc:match{ name = "bt", pattern = [[(?<m>{MONTH}) (?<y>{TAHUN})]] }
    assert.equal(2, #ms)
    assert.equal("1998", ms[1].y)
    assert.equal(4, #doc:match{ name = "u", pattern = "{MONTH|TAHUN}" })
  end)

  it("keeps the user's group numbers when a {DATE} adds an internal group", function()
    local doc = parse("Rapat digelar 9 Mei (Kamis) dan ditutup.")
    local ms = doc:match{ name = "d", pattern = [[{MONTH} (\(\w+\))]] }
    assert.equal("(Kamis)", ms[1][1])
  end)

  it("knows months and weekdays from the lexicons", function()
    local doc = parse("Senin, 11 Maret, dan Jumat 15 Agustus.")
    local ms = doc:match{ name = "wd", pattern = [[(?<w>{WEEKDAY}),? \d+ (?<mo>{MONTH})]] }
    assert.equal(2, #ms)
    assert.equal("Senin", ms[1].w)
    assert.equal("Agustus", ms[2].mo)
  end)

  it("validates macro definitions", function()
    assert.error_matches(function() kimput.macro("lower", { "x" }) end, "upper case")
    assert.error_matches(function() kimput.macro("BAD", 3) end, "must be a list")
    assert.truthy(#kimput.rules.macros() >= 8)
  end)

  it("an empty list macro matches nothing", function()
    kimput.macro("KOSONG", {})
    assert.same({}, parse("apa saja"):match{ name = "k", pattern = "{KOSONG}" })
  end)
end)

describe("kimput.ruleset", function()
  it("returns every rule's matches in text order, named by rule", function()
    local doc = parse("Jakarta dilanda banjir. Bandung diguncang gempa. Bogor banjir lagi.")
    local set = kimput.ruleset{
      { name = "banjir", pattern = [[(?<kota>\w+) (?:dilanda )?banjir]] },
      { name = "gempa", pattern = [[(?<kota>\w+) diguncang gempa]] },
    }
    local ms = set:scan(doc)
    assert.equal(3, #ms)
    assert.same({ "banjir", "gempa", "banjir" }, { ms[1].rule, ms[2].rule, ms[3].rule })
    assert.same({ "Jakarta", "Bandung", "Bogor" }, { ms[1].kota, ms[2].kota, ms[3].kota })
    assert.same(ms, doc:match(set))
  end)

  it("names the bad rule", function()
    assert.error_matches(function()
      kimput.ruleset{ { name = "ok", pattern = "a" }, { name = "rusak", pattern = "(" } }
    end, 'rule "rusak"')
    assert.error_matches(function() kimput.ruleset{ 5 } end, "item 1 is not a rule")
  end)
end)
