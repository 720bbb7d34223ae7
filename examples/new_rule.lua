-- An analyst writes a new rule: who supplies arms or troops to whom.
--
--   bin/kimput run examples/new_rule.lua [DIR]     (DIR defaults to examples/corpus)
--
-- Step 1: the pattern. {ORG}, {PLACE} expand to the gazetteer's names and
-- aliases (longest first), so "Korut", "Korea Utara" and "Pyongyang" all
-- match, and the named groups come back with canonical names.
local kimput = require "kimput"

local arms = kimput.rule{
  name = "arms",
  flags = "i",
  where = "sentence",
  pattern = [[(?<seller>{ORG|PLACE})(?:\s+\w+){0,3}?\s+(?<verb>memasok|menjual|mengirimkan|mengirim|kirim)\s+]]
    .. [[(?:\w+\s+){0,2}?(?<what>senjata|amunisi|peluru|roket|pasukan|tentara)(?:\s+\w+){0,3}?\s+ke\s+]]
    .. [[(?:\w+\s+){0,1}?(?<buyer>{PLACE})]],
  -- Step 2 (optional): shape what the rule reports.
  emit = function(m)
    m.summary = ("%s -> %s: %s (%s)"):format(m.seller, m.buyer, m.what:lower(), m.verb:lower())
    return m
  end,
}

-- Step 3: run it over a folder of .txt articles and print each hit in
-- context (key word in context), the hit between [[ ]].
local dir = arg and arg[1] or "examples/corpus"
local WIDTH = 50

local function kwic(text, s, e)
  local left = text:sub(math.max(1, s - WIDTH), s - 1):gsub("[\r\n]", " ")
  local right = text:sub(e + 1, e + WIDTH):gsub("[\r\n]", " ")
  -- do not cut a UTF-8 character in half at the edges
  left = left:gsub("^[\128-\191]+", "")
  right = right:gsub("[\192-\255][\128-\191]*$", "")
  return ("%" .. WIDTH .. "s[[%s]]%s"):format(left, text:sub(s, e), right)
end

local files = {}
for name in io.popen(("ls %q"):format(dir)):lines() do
  if name:match("%.txt$") then files[#files + 1] = name end
end
table.sort(files)

local hits = 0
for _, name in ipairs(files) do
  local f = assert(io.open(dir .. "/" .. name, "rb"))
  local text = f:read("a")
  f:close()
  local doc = kimput.parse(text, { invalid = "replace" })
  for _, m in ipairs(doc:match(arms)) do
    hits = hits + 1
    print(("%s:%d  %s"):format(name, m.start, m.summary))
    print("    " .. kwic(text, m.start, m.stop))
  end
end
print(("%d hit(s) in %d file(s)"):format(hits, #files))
