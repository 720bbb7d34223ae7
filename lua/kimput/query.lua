--- Rows: the result lists of corpus queries, and the helpers reports use on
-- them. A Rows value is a plain Lua list of tables with these methods:
--
--   rows:where{speaker = "Putin", from = "2023-01", to = "2023-12-31", contains = {"surat", "pesan"}}
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
--   speaker, sender, recipient, via   a name. Names are compared by their folded key
--                                     (Unicode case folding, spaces and dashes ignored:
--                                     "kim jong-un" is "Kim Jong Un"). A name the
--                                     gazetteer knows (kimput.entities) finds its entity
--                                     under its canonical name and every alias: "Korut"
--                                     finds "Korea Utara", "putin" finds "Vladimir Putin".
--                                     A name it does not know also finds a person's name
--                                     with that word ("Shoigu" finds "Sergei Shoigu").
--   party                             a name matching sender or recipient
--   between = {a, b}                  a and b as sender and recipient, either way round
--   from, to                          ISO dates or partial dates ("2023", "2023-05"):
--                                     the row's `date` (a TIMEX3 value) must overlap;
--                                     rows whose date cannot be placed are left out
--   contains                          text, or a list of texts (any of), in the row's
--                                     `text` (or `evidence`, or `match`), with Unicode
--                                     case folding
--   any other key                     a field of the rows: a function(value) -> truthy,
--                                     a list of accepted values, or a value to equal
--   A name filter may also be a list of names (any) or a function.
--
-- Mistakes are errors, not empty results: on the rows of a corpus query
-- (and what where, sort, group_by, count, first make of them) a filter key,
-- sort key or group field that is no field of the rows (nor one of the
-- filters above) raises an error naming the valid ones; the fields are
-- known before the walk (corpus.FIELDS). query.rows(list, fields) declares
-- the fields of another list; an undeclared list is not checked.
local core = require "kimput.core"
local entities = require "kimput.entities"

local M = {}

local Rows = {}
Rows.__index = Rows
M.Rows = Rows

-- The declared fields of a Rows value (a set), kept beside it so the list
-- itself stays a plain list (writers encode it as it is).
local declared = setmetatable({}, { __mode = "k" })

--- Makes list a Rows value (in place) and returns it. fields, when given,
-- names the fields its rows may have (a list), for checking keys.
function M.rows(list, fields)
  list = setmetatable(list or {}, Rows)
  if fields then
    local set = {}
    for _, f in ipairs(fields) do set[f] = true end
    declared[list] = set
  end
  return list
end

---------------------------------------------------------------- checking keys

-- The filter keys that are not fields.
local FILTERS = { from = true, to = true, contains = true, party = true, between = true }
M.FILTERS = FILTERS

--- The set of fields of list's rows when it has declared fields (the Rows
-- of a corpus query, and what where, sort, group_by, first make of them):
-- those and every key its rows have. nil for any other list, whose keys
-- are not checked (a field may be missing from every row of a plain list).
function M.fields_of(list)
  local fields = declared[list]
  if not fields then return nil end
  local set = {}
  for f in pairs(fields) do set[f] = true end
  for _, row in ipairs(list) do
    if type(row) == "table" then
      for k in pairs(row) do
        if type(k) == "string" then set[k] = true end
      end
    end
  end
  return set
end

local function sorted_names(set, extra)
  local names = {}
  for k in pairs(set) do names[#names + 1] = k end
  for k in pairs(extra or {}) do
    if not set[k] then names[#names + 1] = k end
  end
  table.sort(names)
  return table.concat(names, ", ")
end

--- Raises "<what>: unknown <kind> 'key' (valid: a, b, ...)" unless key is
-- in fields (a set) or extra (a set); a nil fields checks nothing.
function M.check_key(what, kind, key, fields, extra, level)
  if fields == nil or fields[key] or (extra and extra[key]) then return end
  error(("%s: unknown %s %q (valid: %s)"):format(what, kind, tostring(key), sorted_names(fields, extra)),
    (level or 2) + 1)
end

---------------------------------------------------------------- names

--- A name folded for comparison: Unicode case folding (ICU, in C), without
-- spaces and dashes.
function M.fold_name(s)
  return core.fold(tostring(s), true)
end
local fold_name = M.fold_name

-- folded name or alias -> gazetteer entry, rebuilt when the gazetteer changes.
local name_index, index_generation = nil, nil

local function entity_index()
  if index_generation ~= entities.generation() then
    name_index = {}
    for _, e in ipairs(entities.list()) do
      name_index[fold_name(e.name)] = name_index[fold_name(e.name)] or e
      for _, a in ipairs(e.aliases or {}) do
        local k = fold_name(a)
        name_index[k] = name_index[k] or e
      end
    end
    index_generation = entities.generation()
  end
  return name_index
end

--- The gazetteer entry a name (canonical or alias, any case) stands for, or nil.
function M.entity_of(name)
  return entity_index()[fold_name(name)]
end

-- Every word of a person's name starts with a capital ("Sergei Shoigu"),
-- unlike a description ("Duta Besar Rusia untuk Korut").
local function person_like(value)
  for word in value:gmatch("[^%s%-]+") do
    if word:find("^[%l%d]") then return false end
  end
  return true
end

--- A function(value) -> boolean telling whether a row's name matches the
-- wanted name (a string, a list of names: any, or a function). Folding is
-- done once per distinct value.
function M.name_matcher(wanted)
  local tw = type(wanted)
  if tw == "function" then return function(value) return value ~= nil and wanted(value) and true or false end end
  if tw == "table" then
    local each = {}
    for i, w in ipairs(wanted) do each[i] = M.name_matcher(w) end
    return function(value)
      for i = 1, #each do
        if each[i](value) then return true end
      end
      return false
    end
  end
  if tw ~= "string" then error(("a name must be a string, a list or a function (got %s)"):format(tw), 3) end
  local want = fold_name(wanted)
  local entity = entity_index()[want]
  local keys = { [want] = true }
  if entity then
    keys[fold_name(entity.name)] = true
    for _, a in ipairs(entity.aliases or {}) do keys[fold_name(a)] = true end
  end
  -- a name the gazetteer does not know also finds a person by one word of it
  local by_word = not entity and not wanted:find("[%s%-]")
  local memo = {}
  return function(value)
    if value == nil then return false end
    value = tostring(value)
    local hit = memo[value]
    if hit == nil then
      hit = keys[fold_name(value)] == true
      if not hit and by_word and not entity_index()[fold_name(value)] and person_like(value) then
        for word in value:gmatch("[^%s%-]+") do
          if fold_name(word) == want then hit = true break end
        end
      end
      memo[value] = hit
    end
    return hit
  end
end

--- Does the name in a row (e.g. "Kim Jong Un") match the asked name ("kim jong-un")?
function M.name_matches(value, wanted)
  return M.name_matcher(wanted)(value)
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

-- contains: a text or a list of texts, folded once; a row's text is folded
-- once per check.
local function contains_check(wanted)
  local needles = {}
  for i, w in ipairs(type(wanted) == "table" and wanted or { wanted }) do
    if type(w) ~= "string" or w == "" then
      error("where: contains must be a non-empty text or a list of them", 4)
    end
    needles[i] = core.fold(w)
  end
  if #needles == 0 then error("where: contains must be a non-empty text or a list of them", 4) end
  return function(row)
    local text = row.text or row.evidence or row.match
    if type(text) ~= "string" then return false end
    local ok, hay = pcall(core.fold, text)
    if not ok then hay = text:lower() end
    for i = 1, #needles do
      if hay:find(needles[i], 1, true) then return true end
    end
    return false
  end
end

local function between_check(wanted)
  if type(wanted) ~= "table" or #wanted ~= 2 then
    error("where: between must be a list of two names {a, b}", 4)
  end
  local a, b = M.name_matcher(wanted[1]), M.name_matcher(wanted[2])
  return function(row)
    return (a(row.sender) and b(row.recipient)) or (b(row.sender) and a(row.recipient))
  end
end

--- A predicate function(row) -> boolean for a filter table (see the top).
-- fields, when given, is the set of the rows' fields: another key is an error.
function M.predicate(filter, fields)
  if filter == nil then return function() return true end end
  if type(filter) == "function" then return filter end
  if type(filter) ~= "table" then
    error("where: the filter must be a table or a function (got " .. type(filter) .. ")", 3)
  end
  local checks = {}
  for key, wanted in pairs(filter) do
    if type(key) ~= "string" then error("where: filter keys must be field names (got " .. type(key) .. ")", 3) end
    M.check_key("where", "filter key", key, fields, FILTERS, 3)
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
      check = contains_check(wanted)
    elseif key == "party" then
      local match = M.name_matcher(wanted)
      check = function(row) return match(row.sender) or match(row.recipient) end
    elseif key == "between" then
      check = between_check(wanted)
    elseif NAME_KEYS[key] then
      local match = M.name_matcher(wanted)
      check = function(row) return match(row[key]) end
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

--- The rows that pass the filter, as new Rows (with the same fields).
function M.where(list, filter)
  local keep = M.predicate(filter, M.fields_of(list))
  local out = M.rows({})
  declared[out] = declared[list]
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
    local known = M.fields_of(list)
    for i, k in ipairs(keys) do
      if type(k) ~= "string" then error("sort: keys must be field names or one function", 2) end
      desc[i] = k:sub(1, 1) == "-"
      fields[i] = desc[i] and k:sub(2) or k
      M.check_key("sort", "key", fields[i], known)
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
function M.group_by(list, key, what)
  if type(key) ~= "function" then
    if type(key) ~= "string" then error((what or "group_by") .. ": give a field name or a function", 2) end
    M.check_key(what or "group_by", "field", key, M.fields_of(list))
  end
  local groups, index, none = M.rows({}, { "key", "rows" }), {}, nil
  local function new_rows()
    local r = M.rows({})
    declared[r] = declared[list]
    return r
  end
  for _, row in ipairs(list) do
    local k = key_of(row, key)
    local g
    if k == nil then
      none = none or { key = nil, rows = new_rows() }
      g = none
    else
      g = index[k]
      if not g then
        g = { key = k, rows = new_rows() }
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
  local out = M.rows({}, { "key", "count" })
  for _, g in ipairs(M.group_by(list, key, "count")) do
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
  declared[out] = declared[list]
  for i = 1, math.min(n, #list) do out[i] = list[i] end
  return out
end

Rows.where, Rows.sort, Rows.group_by, Rows.count = M.where, M.sort, M.group_by, M.count
Rows.map, Rows.first = M.map, M.first

return M
