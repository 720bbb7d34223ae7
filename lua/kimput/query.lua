--- Rows: the result lists of corpus queries, and the helpers reports use on
-- them. A Rows value is a plain Lua list of tables with these methods:
--
--   rows:where{speaker = "Putin", from = "2023-01", to = "2023-12-31", contains = "surat"}
--   rows:sort("date", "-count")      -- by keys in order; "-key" sorts descending;
--                                    -- a function(a, b) works too; nil sorts last
--   rows:group_by("speaker")         -- list of {key =, rows = Rows}, first seen first,
--                                    -- the rows with no key in a last group (key nil)
--   rows:count("speaker")            -- Rows of {key =, count =}, most frequent first
--   rows:map(fn), rows:first(n)
--
-- The same functions take any list: query.where(list, filter), query.sort(list, ...), ...
--
-- Filters (where): every key must hold for a row to stay.
--   speaker, sender, recipient, via   a name: equal to the row's field once case,
--                                     spaces and hyphens are ignored, or equal to one
--                                     word of it ("Putin" finds "Vladimir Putin")
--   party                             a name matching sender or recipient
--   from, to                          ISO dates or partial dates ("2023", "2023-05"):
--                                     the row's `date` (a TIMEX3 value) must overlap;
--                                     rows whose date cannot be placed are left out
--   contains                          plain text, case-insensitive, in the row's
--                                     `text` (or `evidence`, or `match`)
--   any other key                     a function(value) -> truthy, a list of accepted
--                                     values, or a value the field must equal
--   A name filter may also be a list of names (any) or a function.
local M = {}

local Rows = {}
Rows.__index = Rows
M.Rows = Rows

--- Makes list a Rows value (in place) and returns it.
function M.rows(list)
  return setmetatable(list or {}, Rows)
end

---------------------------------------------------------------- names

--- A name folded for comparison: lower case, without spaces and hyphens.
function M.fold_name(s)
  return (tostring(s):lower():gsub("[%s%-]", ""))
end

--- Does the name in a row (e.g. "Kim Jong-un") match the asked name ("kim")?
function M.name_matches(value, wanted)
  if value == nil then return false end
  local tw = type(wanted)
  if tw == "function" then return wanted(value) and true or false end
  if tw == "table" then
    for _, w in ipairs(wanted) do
      if M.name_matches(value, w) then return true end
    end
    return false
  end
  local want = M.fold_name(wanted)
  if M.fold_name(value) == want then return true end
  for word in tostring(value):gmatch("[^%s%-]+") do
    if M.fold_name(word) == want then return true end
  end
  return false
end

---------------------------------------------------------------- dates

-- Days since 1970-01-01 of a civil date (proleptic Gregorian).
local function days_from_civil(y, m, d)
  y = m <= 2 and y - 1 or y
  local era = (y >= 0 and y or y - 399) // 400
  local yoe = y - era * 400
  local mp = (m + 9) % 12
  local doy = (153 * mp + 2) // 5 + d - 1
  local doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
  return era * 146097 + doe - 719468
end
M.days_from_civil = days_from_civil

--- The civil date (year, month, day) of a day number (days since 1970-01-01).
function M.civil_from_days(n)
  n = n + 719468
  local era = (n >= 0 and n or n - 146096) // 146097
  local doe = n - era * 146097
  local yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
  local doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
  local mp = (5 * doy + 2) // 153
  local d = doy - (153 * mp + 2) // 5 + 1
  local m = mp < 10 and mp + 3 or mp - 9
  return yoe + era * 400 + (m <= 2 and 1 or 0), m, d
end

local MONTH_DAYS = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 }

local function month_length(y, m)
  if m == 2 and y % 4 == 0 and (y % 100 ~= 0 or y % 400 == 0) then return 29 end
  return MONTH_DAYS[m]
end

--- The first and last day (as day numbers) a TIMEX3 value covers, or nil
-- when it cannot be placed on the calendar (XXXX-05-09, P3Y, PRESENT_REF).
-- Knows YYYY-MM-DD[Thh:mm...], YYYY-Www, YYYY-MM, YYYY and decades YYY.
function M.date_interval(value)
  if type(value) ~= "string" then return nil end
  local y, m, d = value:match("^(%d%d%d%d)%-(%d%d)%-(%d%d)")
  if y then
    y, m, d = tonumber(y), tonumber(m), tonumber(d)
    if m < 1 or m > 12 or d < 1 or d > month_length(y, m) then return nil end
    local n = days_from_civil(y, m, d)
    return n, n
  end
  local wy, w = value:match("^(%d%d%d%d)%-W(%d%d)")
  if wy then
    wy, w = tonumber(wy), tonumber(w)
    if w < 1 or w > 53 then return nil end
    local jan4 = days_from_civil(wy, 1, 4)
    local monday = jan4 - (jan4 + 3) % 7  -- 1970-01-01 was a Thursday
    local first = monday + (w - 1) * 7
    return first, first + 6
  end
  y, m = value:match("^(%d%d%d%d)%-(%d%d)%f[^%d]")
  if y then
    y, m = tonumber(y), tonumber(m)
    if m < 1 or m > 12 then return nil end
    return days_from_civil(y, m, 1), days_from_civil(y, m, month_length(y, m))
  end
  y = value:match("^(%d%d%d%d)$")
  if y then
    y = tonumber(y)
    return days_from_civil(y, 1, 1), days_from_civil(y, 12, 31)
  end
  local decade = value:match("^(%d%d%d)$")
  if decade then
    decade = tonumber(decade) * 10
    return days_from_civil(decade, 1, 1), days_from_civil(decade + 9, 12, 31)
  end
  return nil
end

local function bound(value, which, edge)
  local lo, hi = M.date_interval(value)
  if not lo then
    error(("where: %s must be a date like 2023-05-10, 2023-05 or 2023 (got %q)"):format(which, tostring(value)), 4)
  end
  return edge == "lo" and lo or hi
end

---------------------------------------------------------------- filters

local NAME_KEYS = { speaker = true, sender = true, recipient = true, via = true }

local function equals_any(value, wanted)
  local tw = type(wanted)
  if tw == "function" then return wanted(value) and true or false end
  if tw == "table" then
    for _, w in ipairs(wanted) do
      if value == w then return true end
    end
    return false
  end
  return value == wanted
end

--- A predicate function(row) -> boolean for a filter table (see the top).
function M.predicate(filter)
  if filter == nil then return function() return true end end
  if type(filter) == "function" then return filter end
  if type(filter) ~= "table" then
    error("where: the filter must be a table or a function (got " .. type(filter) .. ")", 3)
  end
  local checks = {}
  for key, wanted in pairs(filter) do
    local check
    if key == "from" then
      local lo = bound(wanted, "from", "lo")
      check = function(row)
        local _, hi = M.date_interval(row.date)
        return hi ~= nil and hi >= lo
      end
    elseif key == "to" then
      local hi = bound(wanted, "to", "hi")
      check = function(row)
        local lo = M.date_interval(row.date)
        return lo ~= nil and lo <= hi
      end
    elseif key == "contains" then
      local needle = tostring(wanted):lower()
      check = function(row)
        local text = row.text or row.evidence or row.match
        return type(text) == "string" and text:lower():find(needle, 1, true) ~= nil
      end
    elseif key == "party" then
      check = function(row)
        return M.name_matches(row.sender, wanted) or M.name_matches(row.recipient, wanted)
      end
    elseif NAME_KEYS[key] then
      check = function(row) return M.name_matches(row[key], wanted) end
    else
      check = function(row) return equals_any(row[key], wanted) end
    end
    checks[#checks + 1] = check
  end
  return function(row)
    for i = 1, #checks do
      if not checks[i](row) then return false end
    end
    return true
  end
end

--- The rows that pass the filter, as new Rows.
function M.where(list, filter)
  local keep, out = M.predicate(filter), M.rows({})
  for _, row in ipairs(list) do
    if keep(row) then out[#out + 1] = row end
  end
  return out
end

---------------------------------------------------------------- sort, group, count

local function less(a, b)
  local ta, tb = type(a), type(b)
  if ta == tb and (ta == "number" or ta == "string") then return a < b end
  return tostring(a) < tostring(b)
end

--- Sorts list in place by keys ("date", "-count") or a function(a, b);
-- stable: rows that compare equal keep their order. Returns list.
function M.sort(list, ...)
  local keys = { ... }
  if #keys == 0 then error("sort: give at least one key or a function", 2) end
  local order = {}
  for i, row in ipairs(list) do order[row] = i end
  local cmp
  if type(keys[1]) == "function" then
    local f = keys[1]
    cmp = function(a, b)
      if f(a, b) then return true end
      if f(b, a) then return false end
      return order[a] < order[b]
    end
  else
    local fields, desc = {}, {}
    for i, k in ipairs(keys) do
      local name = tostring(k)
      desc[i] = name:sub(1, 1) == "-"
      fields[i] = desc[i] and name:sub(2) or name
    end
    cmp = function(a, b)
      for i, f in ipairs(fields) do
        local x, y = a[f], b[f]
        if x ~= y then
          if x == nil then return false end  -- nil last, either direction
          if y == nil then return true end
          if desc[i] then return less(y, x) end
          return less(x, y)
        end
      end
      return order[a] < order[b]
    end
  end
  table.sort(list, cmp)
  return list
end

local function key_of(row, key)
  if type(key) == "function" then return key(row) end
  return row[key]
end

--- Groups rows by a field name or a function(row): a list of
-- {key =, rows = Rows} in order of first appearance, keyless rows last.
function M.group_by(list, key)
  local groups, index, none = M.rows({}), {}, nil
  for _, row in ipairs(list) do
    local k = key_of(row, key)
    local g
    if k == nil then
      none = none or { key = nil, rows = M.rows({}) }
      g = none
    else
      g = index[k]
      if not g then
        g = { key = k, rows = M.rows({}) }
        index[k] = g
        groups[#groups + 1] = g
      end
    end
    g.rows[#g.rows + 1] = row
  end
  if none then groups[#groups + 1] = none end
  return groups
end

--- Counts rows per key: Rows of {key =, count =}, most frequent first, then by key.
function M.count(list, key)
  local out = M.rows({})
  for _, g in ipairs(M.group_by(list, key)) do
    out[#out + 1] = { key = g.key, count = #g.rows }
  end
  return M.sort(out, "-count", "key")
end

function M.map(list, fn)
  local out = M.rows({})
  for i, row in ipairs(list) do out[i] = fn(row) end
  return out
end

function M.first(list, n)
  local out = M.rows({})
  for i = 1, math.min(n, #list) do out[i] = list[i] end
  return out
end

Rows.where, Rows.sort, Rows.group_by, Rows.count = M.where, M.sort, M.group_by, M.count
Rows.map, Rows.first = M.map, M.first

return M
