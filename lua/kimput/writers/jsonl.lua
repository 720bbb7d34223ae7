--- JSON Lines: one JSON value per line (https://jsonlines.org).
--
--   local jsonl = require "kimput.writers.jsonl"
--   jsonl.encode({id = "a", quotes = {}})   --> '{"id":"a","quotes":[]}'
--   local w = jsonl.writer(io.stdout); w:write(record)
--   for value, lineno, err in jsonl.lines(fh) do ... end   -- value is nil when err
--   jsonl.decode(line)                      --> value (JSON null becomes nil,
--                                               whole numbers integers)
--
-- Strings are escaped as lua-cjson escapes them; the structure is walked
-- here so that the output is deterministic (object keys sorted) and an
-- empty table is an array `[]` (our records' empty tables are lists: no
-- quotes, no dates). Mark an object that may be empty with jsonl.object(t)
-- to get `{}`. The walk is done in C (kimput.core's json_encode, about 4x
-- faster: `kimput extract` spent a third of its time here) with the Lua
-- walker below as the reference and for tables with other metatables;
-- spec/writers_spec.lua and fuzz/fuzz_lua.c check that both write the same.
local cjson = require "cjson"

local M = {}

local json = cjson.new()
json.encode_invalid_numbers("null")
json.decode_invalid_numbers(false)

local OBJECT = {}  -- metatable marking a table as a JSON object
local MAX_DEPTH = 64

--- Marks t as a JSON object (so an empty t encodes as {}); returns t.
function M.object(t)
  return setmetatable(t or {}, OBJECT)
end

local function is_array(t)
  local n = #t
  if n == 0 then return next(t) == nil and getmetatable(t) ~= OBJECT end
  local count = 0
  for _ in pairs(t) do count = count + 1 end
  return count == n
end

local encode_value
local find, char, byte, sub = string.find, string.char, string.byte, string.sub

-- The bytes lua-cjson escapes in a string: control characters, '"', '\\'
-- and '/' (checked once against it; with any other set every string goes
-- through cjson). A string holding none of them is written as it is,
-- quoted, without a call into cjson: the common case (names, dates, text).
local ESCAPED = (function()
  local fast = '[%c"/\\]'
  for b = 0, 255 do
    local c = char(b)
    if (json.encode(c) ~= '"' .. c .. '"') ~= (find(c, fast) ~= nil) then return "." end
  end
  return fast
end)()

-- The encoded form of a string: as lua-cjson writes it, "/" left unescaped
-- (lua-cjson 2.1 writes "\/": valid, but noisy in paths and URLs; every
-- "/" in its output is escaped, so each "\/" is one such escape).
local function encode_string(v)
  if not find(v, ESCAPED) then return '"' .. v .. '"' end
  return (json.encode(v):gsub("\\/", "/"))
end

-- Object keys come from a small set: each one's `"key":` and `,"key":`
-- are made once.
local key_cache, later_cache, key_count = {}, {}, 0
local function encoded_key(k, later)
  local e = (later and later_cache or key_cache)[k]
  if not e then
    e = encode_string(k) .. ":"
    if key_count >= 4096 then key_cache, later_cache, key_count = {}, {}, 0 end  -- keys from the data: bounded
    key_cache[k], later_cache[k], key_count = e, "," .. e, key_count + 1
    if later then e = "," .. e end
  end
  return e
end

-- The parts of a line are joined every FLUSH parts into a chunk (chunks),
-- so that a large record (a 16 MB article's quotes) holds its text about
-- twice while encoding, not a list of millions of small strings. The
-- encoders take and return n, the number of parts in out (no # per part);
-- a whole number goes into out as it is (table.concat writes it as %d).
local FLUSH = 4096
local concat, mtype, sort = table.concat, math.type, table.sort

local function flush(out, n, chunks)
  if n < FLUSH then return n end
  chunks[#chunks + 1] = concat(out, "", 1, n)
  for i = n, 1, -1 do out[i] = nil end
  return 0
end

local function encode_table(t, out, n, chunks, depth)
  if depth > MAX_DEPTH then error("jsonl.encode: nesting deeper than " .. MAX_DEPTH .. " (a cycle?)", 0) end
  if is_array(t) then
    n = n + 1
    out[n] = "["
    for i = 1, #t do
      if i > 1 then n = n + 1; out[n] = "," end
      n = encode_value(t[i], out, n, chunks, depth + 1)
      if n >= FLUSH then n = flush(out, n, chunks) end
    end
    n = n + 1
    out[n] = "]"
    return n
  end
  local keys = {}
  for k in pairs(t) do
    local kt = type(k)
    if kt ~= "string" and kt ~= "number" then
      error("jsonl.encode: a key of type " .. kt .. " has no JSON form", 0)
    end
    keys[#keys + 1] = kt == "string" and k or tostring(k)
  end
  sort(keys)
  n = n + 1
  out[n] = "{"
  for i, k in ipairs(keys) do
    n = n + 1
    out[n] = encoded_key(k, i > 1)
    local v = t[k]
    if v == nil then v = t[tonumber(k)] end
    n = encode_value(v, out, n, chunks, depth + 1)
    if n >= FLUSH then n = flush(out, n, chunks) end
  end
  n = n + 1
  out[n] = "}"
  return n
end

function encode_value(v, out, n, chunks, depth)
  local tv = type(v)
  n = n + 1
  if tv == "string" then
    out[n] = encode_string(v)
  elseif tv == "number" then
    if mtype(v) == "integer" then out[n] = v
    elseif v ~= v or v == math.huge or v == -math.huge then out[n] = "null"
    else
      local short = string.format("%.14g", v)  -- shortest that reads back the same
      out[n] = tonumber(short) == v and short or string.format("%.17g", v)
    end
  elseif tv == "boolean" then
    out[n] = v and "true" or "false"
  elseif tv == "nil" or v == cjson.null then
    out[n] = "null"
  elseif tv == "table" then
    return encode_table(v, out, n - 1, chunks, depth)
  else
    error("jsonl.encode: a " .. tv .. " has no JSON form", 0)
  end
  return n
end

-- One value as the chunks of one line of JSON.
local function encode_chunks(value)
  local out, chunks = {}, {}
  local n = encode_value(value, out, 0, chunks, 0)
  chunks[#chunks + 1] = concat(out, "", 1, n)
  return chunks
end

-- The same rules in C (kimput.core's json_encode), when the build has it:
-- false for a value holding a table with another metatable or a userdata,
-- which the Lua encoder above then writes.
local has_core, core = pcall(require, "kimput.core")
local c_encode = has_core and type(core) == "table" and core.json_encode or nil

--- One value as one line of JSON (no newline at the end).
function M.encode(value)
  if c_encode then
    local line = c_encode(value, OBJECT, cjson.null)
    if line then return line end
  end
  local chunks = encode_chunks(value)
  return #chunks == 1 and chunks[1] or table.concat(chunks)
end

-- M.encode without the C encoder (to compare the two).
function M._lua_encode(value)
  local chunks = encode_chunks(value)
  return #chunks == 1 and chunks[1] or table.concat(chunks)
end

-- JSON null (cjson.null) becomes nil and a whole number an integer (lua-cjson
-- 2.1 reads every number as a float), recursively.
local function normalize(v)
  if v == cjson.null then return nil end
  local tv = type(v)
  if tv == "number" then return math.tointeger(v) or v end
  if tv == "table" then
    for k, x in pairs(v) do v[k] = normalize(x) end
  end
  return v
end

--- A line without its line break ("\n" or "\r\n"): a look at its last
-- bytes (a pattern anchored at the end is tried at every byte of the line).
function M.chomp(line)
  if byte(line, -1) ~= 10 then return line end
  return sub(line, 1, byte(line, -2) == 13 and -3 or -2)
end

--- Decodes one line. Returns the value, or nil and a message.
function M.decode(line)
  local ok, v = pcall(json.decode, line)
  if not ok then return nil, (tostring(v):gsub("^.-:%d+: ", "")) end
  return normalize(v)
end

--- Iterates over the lines of a file handle or a path, skipping blank
-- lines: for value, lineno, err in jsonl.lines(fh) do ... end. On a bad line
-- value is false and err says why; the iteration goes on.
function M.lines(source)
  local fh, own = source, false
  if type(source) == "string" then
    local err
    fh, err = io.open(source, "rb")
    if not fh then error("jsonl.lines: " .. err, 2) end
    own = true
  end
  local lineno = 0
  return function()
    while true do
      local line = fh:read("L")
      if not line then
        if own then fh:close() end
        return nil
      end
      lineno = lineno + 1
      line = M.chomp(line)
      if line:find("%S") then
        local v, err = M.decode(line)
        if v == nil then return false, lineno, err end
        return v, lineno
      end
    end
  end
end

local Writer = {}
Writer.__index = Writer

--- A writer on a file handle: w:write(value) writes one line; w.count.
function M.writer(fh)
  return setmetatable({ fh = fh or io.stdout, count = 0 }, Writer)
end

function Writer:write(value)
  local fh = self.fh
  local line = c_encode and c_encode(value, OBJECT, cjson.null)
  if line then
    fh:write(line, "\n")
  else  -- chunk by chunk: a large record is never joined into one string
    for _, chunk in ipairs(encode_chunks(value)) do fh:write(chunk) end
    fh:write("\n")
  end
  self.count = self.count + 1
end

--- Writes a list of values, one per line, to a file handle.
function M.write(fh, values)
  local w = M.writer(fh)
  for _, v in ipairs(values) do w:write(v) end
  return w.count
end

return M
