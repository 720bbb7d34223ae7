--- CSV as RFC 4180 describes it: UTF-8, a header row, CRLF line ends, a
-- field in double quotes when it holds a comma, a double quote (doubled
-- inside), a line break or leading/trailing space.
--
--   local csv = require "kimput.writers.csv"
--   local w = csv.writer(io.stdout, {"speaker", "text", "date"})
--   w:write(row)                  -- row: a table keyed by column name
--   csv.encode(rows, columns)     --> the whole CSV as a string
--   csv.decode(s)                 --> list of lists of strings (for checks)
--
-- Cell values: nil is empty, booleans true/false, numbers as written, a list
-- of scalars joined with "; ", any other table as JSON.
local jsonl = require "kimput.writers.jsonl"

local M = {}

M.list_separator = "; "

--- The text of one cell for a Lua value.
function M.cell(v)
  local tv = type(v)
  if v == nil then return "" end
  if tv == "string" then return v end
  if tv == "number" then
    return math.type(v) == "integer" and string.format("%d", v) or string.format("%.14g", v)
  end
  if tv == "boolean" then return tostring(v) end
  if tv == "table" then
    local scalars = #v > 0
    for _, x in ipairs(v) do
      if type(x) == "table" then scalars = false; break end
    end
    if scalars then
      local parts = {}
      for i, x in ipairs(v) do parts[i] = M.cell(x) end
      return table.concat(parts, M.list_separator)
    end
    return jsonl.encode(v)
  end
  return tostring(v)
end

--- One field, quoted when needed.
function M.field(v)
  local s = M.cell(v)
  if s:find('[,"\r\n]') or s:find("^%s") or s:find("%s$") then
    return '"' .. s:gsub('"', '""') .. '"'
  end
  return s
end

--- One record line (with its CRLF) from a list of values.
function M.line(values, n)
  local out = {}
  for i = 1, n or #values do out[i] = M.field(values[i]) end
  return table.concat(out, ",") .. "\r\n"
end

local Writer = {}
Writer.__index = Writer

--- A writer: the header row is written with the first record (or by
-- w:header()); each w:write(row) takes the columns from row by name.
function M.writer(fh, columns)
  assert(type(columns) == "table" and #columns > 0, "csv.writer: columns must be a non-empty list of names")
  return setmetatable({ fh = fh or io.stdout, columns = columns, count = 0, started = false }, Writer)
end

function Writer:header()
  if not self.started then
    self.fh:write(M.line(self.columns))
    self.started = true
  end
end

function Writer:write(row)
  self:header()
  local values = {}
  for i, c in ipairs(self.columns) do values[i] = row[c] end
  self.fh:write(M.line(values, #self.columns))
  self.count = self.count + 1
end

--- The whole CSV for rows as a string, header first.
function M.encode(rows, columns)
  local out = { M.line(columns) }
  for _, row in ipairs(rows) do
    local values = {}
    for i, c in ipairs(columns) do values[i] = row[c] end
    out[#out + 1] = M.line(values, #columns)
  end
  return table.concat(out)
end

--- Writes rows with a header row to a file handle; returns the count.
function M.write(fh, rows, columns)
  local w = M.writer(fh, columns)
  w:header()
  for _, row in ipairs(rows) do w:write(row) end
  return w.count
end

--- Parses CSV text (RFC 4180, CRLF or LF) into a list of records, each a
-- list of strings. Raises on a quote left open.
function M.decode(s)
  local records, record, pos, n = {}, {}, 1, #s
  if n == 0 then return records end
  while true do
    local value
    if s:sub(pos, pos) == '"' then
      local parts, i = {}, pos + 1
      while true do
        local q = s:find('"', i, true)
        if not q then error("csv.decode: a quoted field is not closed", 2) end
        parts[#parts + 1] = s:sub(i, q - 1)
        if s:sub(q + 1, q + 1) == '"' then
          parts[#parts + 1] = '"'
          i = q + 2
        else
          pos = q + 1
          break
        end
      end
      value = table.concat(parts)
    else
      local e = s:find('[,\r\n]', pos) or n + 1
      value = s:sub(pos, e - 1)
      pos = e
    end
    record[#record + 1] = value
    local c = s:sub(pos, pos)
    if c == "," then
      pos = pos + 1
    else
      records[#records + 1] = record
      record = {}
      if c == "\r" then pos = pos + 1 end
      if s:sub(pos, pos) == "\n" then pos = pos + 1 end
      if pos > n then break end
    end
  end
  return records
end

return M
