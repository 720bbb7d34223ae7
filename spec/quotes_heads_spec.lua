-- doc:quotes() speakers in news of heads of state writing and speaking to each other: constructions seen on
-- held-out news pages (EV2, session s20), each spec on invented sentences.
local kimput = require "kimput"

local function speakers(text)
  local out = {}
  for _, q in ipairs(kimput.parse(text, { published = "2024-06-20" }):quotes()) do
    if q.kind ~= "indirect" and q.kind ~= "term" then out[#out + 1] = tostring(q.speaker) .. "|" .. tostring(q.via) end
  end
  return out
end

describe("EV2: quote speakers of letters and calls (held-out pages)", function()
  it("gives a letter's words made public by a body ('bunyi telegram itu seperti diumumkan oleh Z') to its "
    .. "writer, the body relaying", function()
    assert.same({ "Vladimir Putin|Kremlin" }, speakers("Presiden Vladimir Putin mengirim telegram duka kepada "
      .. "Presiden Bima Santoso. \"Kami turut berduka bersama seluruh rakyat Anda,\" bunyi telegram itu seperti "
      .. "diumumkan oleh Kremlin, Selasa (14/5/2024)."))
  end)
  it("reads a cue in brackets after the mark, as a transcript of a call writes it ('\"…,\" (jawab X).')", function()
    assert.same({ "Tom Walker|nil", "Bima Santoso|nil", "Tom Walker|nil" }, speakers("Menurut Rudi Hartono, "
      .. "percakapan telepon itu santai. \"Kapan rapatnya?\" (tanya Presiden Tom Walker). \"Hari Kamis pagi,\" "
      .. "(jawab Presiden Bima Santoso). \"Baik, sampai nanti,\" (kata Walker)."))
  end)
  it("never gives a -nya cue's words to one they speak of by name or title; the one reporting goes on", function()
    assert.same({ "Siti Rahma|nil", "Siti Rahma|nil" }, speakers("Menlu Siti Rahma mengungkapkan Presiden Bima "
      .. "Santoso dan Menlu Tom Walker sepakat. \"Dalam pembicaraan itu kami membawa dua usulan,\" ungkap "
      .. "Siti Rahma. Bima juga mengatakan kepada Walker agar perundingan dilanjutkan. \"Tadi kedua pihak setuju "
      .. "dan Bapak Presiden juga berharap perundingan segera dimulai,\" pungkasnya."))
    -- (words that do not name him stay his)
    assert.same({ "Siti Rahma|nil", "Bima Santoso|nil" }, speakers("Menlu Siti Rahma mengungkapkan Presiden Bima "
      .. "Santoso dan Menlu Tom Walker sepakat. \"Dalam pembicaraan itu kami membawa dua usulan,\" ungkap "
      .. "Siti Rahma. Bima juga mengatakan kepada Walker agar perundingan dilanjutkan. \"Kita harus terus "
      .. "berunding,\" pungkasnya."))
  end)
end)
