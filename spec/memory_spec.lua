-- A document's C memory and its lifetime from Lua: doc:memory(), the
-- collector told about that memory (dead documents go promptly in either
-- collector mode), and `local doc <close>` / doc:close() freeing at once.
local kimput = require "kimput"

-- An invented paragraph, long enough that a document holds about a megabyte.
local PARAGRAPH = "Menteri Luar Negeri itu tiba di Jakarta pada Senin, 9 Mei 2022, dan bertemu wartawan. "
local BIG = PARAGRAPH:rep(3000)

-- Counts documents freed by the collector while fn runs (wrapping __gc).
local function count_frees(fn)
  local meta = getmetatable(kimput.parse(""))
  local original, freed = meta.__gc, 0
  meta.__gc = function(doc) freed = freed + 1; return original(doc) end
  local ok, err = pcall(fn, function() return freed end)
  meta.__gc = original
  assert(ok, err)
end

-- How many documents the collector spec makes at least; more when its bound
-- (the Lua heap the whole suite leaves alive, in documents: 22 MB in
-- December 2026, growing with every spec) comes near, so that the spec
-- still tells a prompt collector from one that waits.
local DOCS = 60

-- The most documents alive at once while making `n` documents one after
-- another, each dead when the next is made.
local function peak_alive(n)
  local peak = 0
  -- twice: documents finalized by the first cycle are freed by the second, so
  -- the heap the collector paces itself by is what earlier specs left alive
  collectgarbage()
  collectgarbage()
  count_frees(function(freed)
    local base = freed()
    for i = 1, n do
      local doc = kimput.parse(BIG)
      doc:token_count()
      doc:sentence_count()
      peak = math.max(peak, i - (freed() - base))
    end
  end)
  return peak
end

describe("document memory", function()
  it("reports the C memory a document holds, growing as stages run", function()
    local doc = kimput.parse(BIG)
    local fresh = doc:memory()
    assert.is_true(fresh < #BIG / 100)  -- the text is read in place (below)
    doc:token_count()
    local tokenized = doc:memory()
    assert.is_true(tokenized > fresh + #BIG)  -- a token per word, more than a byte each
    doc:sentence_count()
    assert.is_true(doc:memory() > tokenized)
    doc:close()
    assert.equal(0, doc:memory())
  end)

  it("reads the text in place: the Lua string, with no copy in C nor per doc:text()", function()
    local doc = kimput.parse(BIG)
    assert.equal(BIG, doc:text())
    collectgarbage()
    collectgarbage("stop")
    local before = collectgarbage("count")
    for _ = 1, 10 do assert.equal(#BIG, #doc:text()) end
    local grown = (collectgarbage("count") - before) * 1024
    collectgarbage("restart")
    assert.is_true(grown < #BIG, "doc:text() allocated " .. grown .. " bytes")
    -- a repaired text is the document's own, made a Lua string once
    local repaired = kimput.parse(BIG .. "\255", { invalid = "replace" })
    assert.is_true(repaired:memory() > #BIG)
    assert.equal(BIG .. "\239\191\189", repaired:text())
    assert.equal(repaired:text(), repaired:text())
  end)

  for _, mode in ipairs({ "generational", "incremental" }) do
    it("lets the " .. mode .. " collector free dead documents promptly", function()
      local previous = collectgarbage(mode)
      collectgarbage()
      collectgarbage()
      -- a full cycle runs once dead documents hold as much C memory as the Lua
      -- heap (4 MB at least): the bound is that many documents, and a few more
      local probe = kimput.parse(BIG)
      probe:token_count()
      probe:sentence_count()
      local per_doc = probe:memory()
      probe:close()
      local heap = math.max(collectgarbage("count") * 1024, 4 * 1024 * 1024)
      local bound = math.ceil(heap / per_doc) + 4
      local docs = math.max(DOCS, bound + 30)
      local ok, peak = pcall(peak_alive, docs)
      collectgarbage(previous)
      assert(ok, peak)
      -- docs documents of about 1 MB of C memory each and almost no Lua memory:
      -- without the report all of them would wait for a cycle
      assert.is_true(peak <= bound, ("documents alive at once: %d (bound %d)"):format(peak, bound))
    end)
  end
end)

describe("closing a document", function()
  it("frees it at the end of a <close> block", function()
    local outside
    do
      local doc <close> = kimput.parse(PARAGRAPH, { published = "2022-05-10" })
      assert.is_true(#doc:dates() > 0)
      outside = doc
    end
    assert.matches("closed", tostring(outside))
    assert.equal(0, outside:memory())
    assert.error_matches(function() outside:token_count() end, "document is closed")
    assert.error_matches(function() outside:dates() end, "document is closed")
  end)

  it("frees it when the block ends with an error", function()
    local outside
    local ok = pcall(function()
      local doc <close> = kimput.parse(PARAGRAPH)
      outside = doc
      error("stop")
    end)
    assert.is_false(ok)
    assert.matches("closed", tostring(outside))
  end)

  it("closes with doc:close(), twice without harm, and drops the cached results", function()
    local doc = kimput.parse(PARAGRAPH, { published = "2022-05-10" })
    local dates = doc:dates()
    doc:close()
    doc:close()
    assert.error_matches(function() doc:_cache() end, "document is closed")
    assert.error_matches(function() doc:text() end, "document is closed")
    assert.is_true(#dates > 0)  -- tables already handed out stay usable
  end)
end)
