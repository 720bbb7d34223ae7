-- kimput.pattern_syntax: the pieces of PCRE2 syntax that the two pattern
-- analyses (kimput.literals, kimput.runs) read alike.
local syntax = require "kimput.pattern_syntax"
local literals = require "kimput.literals"
local runs = require "kimput.runs"

-- the kind of the group opening at the pattern's first byte, where the parser stands after it,
-- and the case flag it leaves
local function open(pattern, caseless)
  local parser = { p = pattern, i = 1, caseless = caseless or false }
  local kind = syntax.group_open(parser)
  return kind, parser.i, parser.caseless
end

describe("pattern_syntax.group_open", function()
  it("reads a group's head and says what kind of group it is", function()
    assert.are.same({ "capture", 2, false }, { open("(ab)") })
    assert.are.same({ "capture", 4, false }, { open("(?:ab)") })
    assert.are.same({ "capture", 4, false }, { open("(?|a|b)") })
    assert.are.same({ "capture", 4, false }, { open("(?>ab)") })
    assert.are.same({ "capture", 9, false }, { open("(?<kota>ab)") })
    assert.are.same({ "capture", 10, false }, { open("(?P<kota>ab)") })
    assert.are.same({ "capture", 9, false }, { open("(?'kota'ab)") })
    assert.are.same({ "look", 4, false }, { open("(?=ab)") })
    assert.are.same({ "look", 4, false }, { open("(?!ab)") })
    assert.are.same({ "look", 5, false }, { open("(?<=ab)") })
    assert.are.same({ "look", 5, false }, { open("(?<!ab)") })
  end)

  it("reads a comment or an option setting whole: no group follows", function()
    assert.are.same({ "empty", 14, false }, { open("(?#catatan a)b") })
    assert.are.same({ "empty", 5, true }, { open("(?i)ab") })
    assert.are.same({ "empty", 6, false }, { open("(?-i)ab", true) })
  end)

  it("sets the case flag of an option group for its own body", function()
    assert.are.same({ "capture", 5, true }, { open("(?i:ab)") })
    assert.are.same({ "capture", 7, false }, { open("(?s-i:ab)", true) })
    assert.are.same({ "capture", 5, true }, { open("(?m:ab)", true) })  -- another option: the flag stays
  end)

  it("leaves syntax neither analysis follows to the caller, the parser unmoved", function()
    assert.are.same({ nil, 1, false }, { open("(?x)a b") })       -- extended: spaces are no bytes
    assert.are.same({ nil, 1, false }, { open("(?ix:ab)") })
    assert.are.same({ nil, 1, false }, { open("(?J)ab") })        -- an option neither knows
    assert.are.same({ nil, 1, false }, { open("(?#tanpa penutup") })
  end)

  it("gives both analyses the same reading of a group", function()
    -- a comment and a lookaround hold none of the match's bytes; (?i) folds the rest of its group
    assert.are.equal("contains{kota}", table.concat((function()
      local out = {}
      for _, r in ipairs(literals.required([[(?#judul)(?<=\s)KOTA(?=:)]])) do
        out[#out + 1] = r.at .. "{" .. table.concat(r.strings, "|") .. "}"
      end
      return out
    end)(), " "))
    assert.are.same({}, literals.required([[(?x)k o t a]]))
    local required = runs.required([[^(?#judul)(?i)kota\s+\d+$]])
    assert.is_true(#required > 0)
    local desa_meets = true
    for _, r in ipairs(required) do
      assert.is_true(runs.meets("KOTA 12", r) and runs.meets("kota 12", r))  -- the comment is no byte, (?i) folds
      desa_meets = desa_meets and runs.meets("DESA 12", r)
    end
    assert.is_false(desa_meets)
  end)
end)
