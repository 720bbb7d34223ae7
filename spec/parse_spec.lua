-- kimput.parse: options, errors and bad input.
local kimput = require "kimput"

describe("kimput.parse", function()
  it("returns a document holding the original text", function()
    local text = "Presiden Rusia Vladimir Putin tiba di Pyongyang."
    local doc = kimput.parse(text)
    assert.equal(text, doc:text())
    assert.matches("kimput.Document", tostring(doc))
  end)

  it("keeps published and id for later stages", function()
    local doc = kimput.parse("Teks.", { published = "2023-05-10", id = "a1" })
    assert.equal("2023-05-10", doc:options().published)
    assert.equal("a1", doc:id())
    local dt = kimput.parse("Teks.", { published = "2022-08-15T09:15" })
    assert.equal("2022-08-15T09:15", dt:options().published)
  end)

  it("keeps a copy of the options, whatever the caller does to its table later", function()
    local opts = { id = "b1", invalid = "replace", vague = true }
    local a = kimput.parse("Teks satu.", opts)
    opts.id, opts.published = "b2", "2021-03-04"
    local b = kimput.parse("Teks dua.", opts)
    opts.id = "b3"
    assert.same({ id = "b1", invalid = "replace", vague = true }, a:options())
    assert.same({ id = "b2", invalid = "replace", vague = true, published = "2021-03-04" }, b:options())
    local c = kimput.parse("Teks tiga.", { id = "b2", invalid = "replace", vague = true, published = "2021-03-04" })
    assert.same(b:options(), c:options())
    assert.same({}, kimput.parse("Teks empat.", {}):options())
  end)

  it("checks options given through a metatable as any others", function()
    local opts = setmetatable({}, { __index = { invalid = "skip" } })
    assert.error_matches(function() kimput.parse("x", opts) end, "invalid must be")
    local doc = kimput.parse("Kim\xFF Jong", setmetatable({}, { __index = { invalid = "replace" } }))
    assert.equal("Kim\u{FFFD} Jong", doc:text())
  end)

  it("rejects a published value that is not an ISO date", function()
    assert.error_matches(function() kimput.parse("x", { published = "10/5/2023" }) end, "ISO date")
    assert.error_matches(function() kimput.parse("x", { published = "2023-02-30" }) end, "ISO date")
    assert.error_matches(function() kimput.parse("x", { published = 20230510 }) end, "ISO date")
  end)

  it("rejects unknown options and non-string text", function()
    assert.error_matches(function() kimput.parse("x", { publised = "2023-05-10" }) end, "unknown option \"publised\"")
    assert.error_matches(function() kimput.parse(nil) end, "text must be a string")
    assert.error_matches(function() kimput.parse("x", "opts") end, "options must be a table")
    assert.error_matches(function() kimput.parse("x", { invalid = "skip" }) end, "invalid must be")
    assert.error_matches(function() kimput.parse("x", { invalid = "replace", ["id\0x"] = 1 }) end, "unknown option")
    assert.error_matches(function() kimput.parse("x", { vague = 1, id = "a" }) end, "vague must be true or false")
    assert.error_matches(function() kimput.parse(42, { invalid = "replace" }) end, "text must be a string")
  end)

  it("names the byte offset of the first invalid UTF-8 sequence", function()
    assert.error_matches(function() kimput.parse("Kim\xFFJong") end, "invalid UTF%-8 at byte 4")
    assert.error_matches(function() kimput.parse("abc\xE2\x80") end, "at byte 4")
    assert.error_matches(function() kimput.parse("\xC0\xAF") end, "at byte 1")
  end)

  it("repairs invalid UTF-8 with U+FFFD when asked, offsets then in the repaired text", function()
    local doc = kimput.parse("Kim\xFF Jong", { invalid = "replace" })
    assert.equal("Kim\u{FFFD} Jong", doc:text())
    local toks = doc:token_list()
    assert.equal("Jong", toks[#toks].text)
    assert.equal("Jong", doc:text():sub(toks[#toks].start, toks[#toks].stop))
  end)

  it("handles empty text", function()
    local doc = kimput.parse("")
    assert.equal(0, doc:token_count())
    assert.equal(0, doc:sentence_count())
    assert.same({}, doc:token_list())
  end)

  it("handles NUL bytes as separators", function()
    local doc = kimput.parse("Kim\0Putin")
    local toks = doc:token_list()
    assert.equal(2, #toks)
    assert.equal("Putin", toks[2].text)
  end)

  it("handles a 100 MB text", function()
    local piece = "Presiden Rusia Vladimir Putin mengirim surat pada 9 Mei 2023. "
    local text = piece:rep(math.ceil(100 * 1024 * 1024 / #piece))
    local doc = kimput.parse(text)
    assert.equal(#text, #doc:text())
    assert.equal(11 * math.ceil(100 * 1024 * 1024 / #piece), doc:token_count())
    assert.equal(math.ceil(100 * 1024 * 1024 / #piece), doc:sentence_count())
  end)

  it("can be closed early with a to-be-closed variable", function()
    local closed
    do
      local doc <close> = kimput.parse("Teks pendek.")
      closed = doc
      assert.equal(3, doc:token_count())
    end
    assert.error_matches(function() closed:token_count() end, "closed")
  end)

  it("checks the document argument of every method", function()
    local Document = kimput.Document
    assert.error_matches(function() Document.tokens({}) end, "kimput.Document expected")
    assert.error_matches(function() Document.text("x") end, "kimput.Document expected")
  end)
end)
