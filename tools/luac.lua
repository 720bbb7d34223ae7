-- Writes the bytecode of a Lua file and a copy of the source it came from
-- (make: lua/X.lua -> BUILD/luac/X.luac and BUILD/luac/X.lua). bin/kimput
-- loads the bytecode instead of parsing the source at every start while the
-- source is still that copy, byte for byte. Each file is written beside and
-- renamed, the bytecode first: a copy that matches always has its bytecode.
--   lua5.4 tools/luac.lua lua/kimput/cli.lua build/luac/kimput/cli.luac
local source, target = arg[1], arg[2]

local function write(path, bytes)
  local temp = path .. ".tmp"
  local fh = assert(io.open(temp, "wb"))
  assert(fh:write(bytes))
  assert(fh:close())
  assert(os.rename(temp, path))
end

local fh = assert(io.open(source, "rb"))
local text = fh:read("a")
fh:close()
write(target, string.dump(assert(load(text, "@" .. source))))
write((target:gsub("c$", "")), text)
