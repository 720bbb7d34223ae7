-- doc:events() on the contact between heads of state, ministers and envoys: constructions seen on
-- held-out news pages (EV2, session s20), each spec on invented sentences.
local kimput = require "kimput"
local read = require "fixtures.events"
local events, one = read.events, read.one

kimput.entities.add{ name = "Bima Santoso", kind = "person", aliases = { "Bima" }, titles = { "Presiden" } }

local function pairs_of(ev)
  local out = {}
  for i, e in ipairs(ev) do out[i] = e.type .. " " .. tostring(e.sender) .. " -> " .. tostring(e.recipient) end
  return out
end

describe("EV2: heads of state in contact (held-out pages)", function()
  it("lists a member after the Malaysian king's title as Malaysia spells it ('Yang di-Pertuan Agong XVII')",
    function()
    local ev = events("Presiden Bima Santoso berbicara melalui sambungan telepon dengan empat pemimpin, antara lain "
      .. "Presiden Turkiye Recep Tayyip Erdogan, Yang di-Pertuan Agong XVII Sultan Ibrahim, Sultan Hassanal Bolkiah, "
      .. "dan Presiden Prancis Emmanuel Macron.")
    assert.same({ "call Bima Santoso -> Recep Tayyip Erdogan", "call Bima Santoso -> Sultan Ibrahim",
      "call Bima Santoso -> Hassanal Bolkiah", "call Bima Santoso -> Emmanuel Macron" }, pairs_of(ev))
  end)
end)
