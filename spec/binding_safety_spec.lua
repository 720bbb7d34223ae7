-- The binding on hostile calls: a Lua error in the middle of a C call
-- (a span table whose metamethod raises) is a clean error, the C memory
-- it held is freed (make asan checks leaks), a closed document is an error,
-- and the C entry points refuse what their contracts refuse.
local kimput = require "kimput"
local core = require "kimput.core"

local TEXT = "Presiden Ani mengirim surat pada 9 Mei 2023. \"Kami siap,\" kata dia.\n"

-- A span list whose second span raises when read.
local function exploding_spans(len)
  return setmetatable({ { 1, len } }, {
    __index = function(_, i)
      if i == 2 then error("span reader failed") end
    end,
    __len = function() return 3 end,
  })
end

describe("binding error paths", function()
  local doc
  before_each(function() doc = kimput.parse(TEXT) end)

  it("raises the metamethod's error from every span reader, leaking nothing", function()
    local spans = exploding_spans(#TEXT)
    local calls = {
      function() return core.dates(doc, spans) end,
      function() return core.quote_marks(doc, spans) end,
      function() return core.rule_new("surat", "", "r"):exec(doc, spans) end,
    }
    for i = 1, 200 do  -- many times: a leak per call would show in make asan
      for _, call in ipairs(calls) do
        local ok, err = pcall(call)
        assert.is_false(ok, i)
        assert.matches("span reader failed", err)
      end
    end
  end)

  it("refuses spans outside the text, in reverse or not tables", function()
    for _, spans in ipairs({ { { 1, #TEXT + 1 } }, { { 5, 2 } }, { "x" }, { { 0, 3 } } }) do
      local ok, err = pcall(core.dates, doc, spans)
      assert.is_false(ok)
      assert.matches("span 1", err)
    end
  end)

  it("makes the methods of a closed document errors, not crashes", function()
    getmetatable(doc).__close(doc)
    for _, name in ipairs({ "text", "tokens", "token_count", "token", "sentences", "sentence_count" }) do
      local ok, err = pcall(core.Document[name], doc, 1)
      assert.is_false(ok, name)
      assert.matches("document is closed", err)
    end
    for _, fn in pairs(core.Document) do  -- every other method: an error or a result, never a crash
      if type(fn) == "function" then pcall(fn, doc) end
    end
    local ok, err = pcall(core.dates, doc, {})
    assert.is_false(ok)
    assert.matches("document is closed", err)
  end)

  it("matches a rule over a document without checking it again, and a refilled text is a new document", function()
    local r = core.rule_new("surat|kata", "", "r")
    assert.equal(2, #r:exec(doc, { { 1, #TEXT } }))
    local other = kimput.parse((TEXT:gsub("surat", "pesan")))
    assert.equal(1, #r:exec(other, { { 1, #TEXT - 1 } }))
  end)
end)

describe("signals and output helpers", function()
  it("reports no interruption until a signal arrives", function()
    core.catch_signals()
    assert.is_nil(core.interrupted())
    core.release_signals()
    assert.is_nil(core.interrupted())
  end)

  it("stops Lua code promptly on SIGTERM and tells which signal", function()
    core.catch_signals()
    local ok, err = pcall(function()
      os.execute("kill -TERM $PPID")  -- the shell's parent: this process
      for _ = 1, 1e9 do end  -- never ends unless interrupted
    end)
    local sig = core.interrupted()
    core.release_signals()
    assert.is_false(ok)
    assert.matches("interrupted by signal 15", err)
    assert.equal(15, sig)
    assert.is_nil(core.interrupted())
  end)

  it("copies between file handles and refuses what is not one", function()
    local src, dst = io.tmpfile(), io.tmpfile()
    src:write("abcdef")
    src:seek("set", 0)
    assert.equal(4, core.copy(src, dst, 4))
    assert.equal(2, core.copy(src, false, 9))  -- dropped; the source ended after 2
    dst:seek("set", 0)
    assert.equal("abcd", dst:read("a"))
    assert.has_error(function() core.copy("abc", dst, 1) end)
    assert.has_error(function() core.copy(src, {}, 1) end)
    assert.has_error(function() core.copy(src, dst, -1) end)
    assert.has_error(function() core.copy(src, dst, 1.5) end)
    dst:close()
    assert.has_error(function() core.copy(src, dst, 1) end)
    src:close()
  end)

  it("resolves links and refuses what does not exist", function()
    assert.equal("/", core.realpath("/tmp/.."))
    local none, err = core.realpath("/no/such/place")
    assert.is_nil(none)
    assert.matches("No such file", err)
  end)
end)
