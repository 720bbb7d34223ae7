--- JSON Lines: one JSON value per line (https://jsonlines.org).
--
--   local jsonl = require "kimput.writers.jsonl"
--   jsonl.encode({id = "a", quotes = {}})   --> '{"id":"a","quotes":[]}'
--   local w = jsonl.writer(io.stdout); w:write(record)
--   for value, lineno, err in jsonl.lines(fh) do ... end   -- value is nil when err
--   jsonl.decode(line)                      --> value (JSON null becomes nil,
--                                               whole numbers integers)
--
-- Strings are escaped by lua-cjson; the structure is walked here so that
-- the output is deterministic (object keys sorted) and an empty table is an
-- array `[]` (our records' empty tables are lists: no quotes, no dates).
-- Mark an object that may be empty with jsonl.object(t) to get `{}`.
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

-- The parts of a line are joined every FLUSH parts into a chunk (out.chunks),
-- so that a large record (a 16 MB article's quotes) holds its text about
-- twice while encoding, not a list of millions of small strings.
local FLUSH = 4096
local function flush(out)
  local n = #out
  if n < FLUSH then return end
  local chunks = out.chunks
  chunks[#chunks + 1] = table.concat(out, "", 1, n)
  for i = n, 1, -1 do out[i] = nil end
end

local function encode_table(t, out, depth)
  if depth > MAX_DEPTH then error("jsonl.encode: nesting deeper than " .. MAX_DEPTH .. " (a cycle?)", 0) end
  if is_array(t) then
    out[#out + 1] = "["
    for i = 1, #t do
      if i > 1 then out[#out + 1] = "," end
      encode_value(t[i], out, depth + 1)
      flush(out)
    end
    out[#out + 1] = "]"
    return
  end
  local keys = {}
  for k in pairs(t) do
    local kt = type(k)
    if kt ~= "string" and kt ~= "number" then
      error("jsonl.encode: a key of type " .. kt .. " has no JSON form", 0)
    end
    keys[#keys + 1] = tostring(k)
  end
  table.sort(keys)
  out[#out + 1] = "{"
  for i, k in ipairs(keys) do
    if i > 1 then out[#out + 1] = "," end
    out[#out + 1] = json.encode(k)
    out[#out + 1] = ":"
    local v = t[k]
    if v == nil then v = t[tonumber(k)] end
    encode_value(v, out, depth + 1)
    flush(out)
  end
  out[#out + 1] = "}"
end

function encode_value(v, out, depth)
  local tv = type(v)
  if tv == "string" then
    -- lua-cjson 2.1 writes "/" as "\/": valid, but noisy in paths and URLs.
    -- Every "/" in its output is escaped, so each "\/" is one such escape.
    out[#out + 1] = (json.encode(v):gsub("\\/", "/"))
  elseif tv == "number" then
    if math.type(v) == "integer" then out[#out + 1] = string.format("%d", v)
    elseif v ~= v or v == math.huge or v == -math.huge then out[#out + 1] = "null"
    else
      local short = string.format("%.14g", v)  -- shortest that reads back the same
      out[#out + 1] = tonumber(short) == v and short or string.format("%.17g", v)
    end
  elseif tv == "boolean" then
    out[#out + 1] = v and "true" or "false"
  elseif tv == "nil" or v == cjson.null then
    out[#out + 1] = "null"
  elseif tv == "table" then
    encode_table(v, out, depth)
  else
    error("jsonl.encode: a " .. tv .. " has no JSON form", 0)
  end
end

-- One value as the chunks of one line of JSON.
local function encode_chunks(value)
  local out = { chunks = {} }
  encode_value(value, out, 0)
  local chunks = out.chunks
  chunks[#chunks + 1] = table.concat(out)
  return chunks
end

--- One value as one line of JSON (no newline at the end).
function M.encode(value)
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
      line = line:gsub("\r?\n$", "")
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
  -- chunk by chunk: a large record is never joined into one string
  local fh = self.fh
  for _, chunk in ipairs(encode_chunks(value)) do fh:write(chunk) end
  fh:write("\n")
  self.count = self.count + 1
end

--- Writes a list of values, one per line, to a file handle.
function M.write(fh, values)
  local w = M.writer(fh)
  for _, v in ipairs(values) do w:write(v) end
  return w.count
end

return M
