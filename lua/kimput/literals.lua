--- The literals a PCRE2 pattern needs: sets of strings such that every
-- match of the pattern contains one string of each set (ASCII letters
-- compared case-insensitively). The page stage hands them to C
-- (kimput_pageset_require), so that a line holding none of a rule's
-- literals is never matched against it.
--
--   literals.required(pattern) --> { {"baca juga", "lihat juga"}, {":"} } or {}
--
-- The analysis is conservative: whatever it does not understand (a
-- back-reference, a large class, \p{..}, a verb) counts as any text, which
-- only weakens the sets; it never claims a literal a match could lack. A
-- literal is cut to its first MAX_LEN bytes, and one that contains another
-- of its set is dropped (the shorter one is in any text the longer one is):
-- fewer, shorter literals keep the automaton small. (The letters PCRE2 folds
-- to non-ASCII ones, KELVIN SIGN and LONG S, are C's concern: a line holding
-- them meets every requirement.)
local syntax = require "kimput.pattern_syntax"

local M = {}

local MAX_EXACT = 16   -- strings a node may stand for exactly
local MAX_SET = 64     -- strings in a required set (an alternation of many words)
local MAX_SETS = 3     -- required sets kept per pattern, the most selective
local MAX_LEN = 8      -- bytes of a literal kept

-- ^ and $ (and \A, \z, \Z) stand in the strings as bytes UTF-8 never
-- holds, so that "^baca" is a string like any other until the end
local START, END = "\254", "\255"

-- info of a node (strings folded to lower case):
--   exact  the strings it matches, all of them, or nil
--   prefix the strings every match starts with one of, or nil
--   suffix the strings every match ends with one of, or nil
--   need   required sets: every match contains a string of each
--   head   {w = W, p = P}: every match is one of the strings W or starts
--          with one of the strings P, or nil. Unlike prefix it sees
--          through an optional part: "(?:[*•] )?Baca" is "" or starts with
--          "*" or "•" (W = {""}, P = {"*", "•"}), so the whole starts with
--          "*", "•" or "baca", where its prefix knows nothing.
local ANY = { need = {} }          -- any text, possibly empty
local EMPTY = { exact = { "" }, prefix = { "" }, suffix = { "" }, need = {}, head = { w = { "" }, p = {} } }

local function fixed(strings)  -- a node matching exactly these strings
  return { exact = strings, prefix = strings, suffix = strings, need = {}, head = { w = strings, p = {} } }
end

local function set_of(strings)  -- a set as a requirement, unless it holds the empty string
  if not strings then return nil end
  for _, s in ipairs(strings) do if s == "" then return nil end end
  return strings
end

local function min_len(set)
  local m = math.huge
  for _, s in ipairs(set) do if #s < m then m = #s end end
  return m
end

local function append(a, b)
  local out = {}
  for _, x in ipairs(a) do out[#out + 1] = x end
  for _, x in ipairs(b) do out[#out + 1] = x end
  return out
end

local function unique(list)
  local seen, out = {}, {}
  for _, s in ipairs(list) do
    if not seen[s] then seen[s] = true; out[#out + 1] = s end
  end
  return out
end

-- a head of these sets, or nil when they are too many strings to keep
local function head_of(w, p)
  w, p = unique(w), unique(p)
  if #w + #p > MAX_SET then return nil end
  return { w = w, p = p }
end

-- every string of a followed by every string of b, or nil when too many
local function cross(a, b, max)
  if not a or not b or #a * #b > (max or MAX_EXACT) then return nil end
  local out = {}
  for _, x in ipairs(a) do
    for _, y in ipairs(b) do out[#out + 1] = x .. y end
  end
  return unique(out)
end

-- the strings every match of a node starts with, from its head: W and P
local function head_prefix(info)
  local h = info.head
  return h and set_of(append(h.w, h.p)) or nil
end

-- every requirement a node states: its need, and its exact, prefix and
-- suffix sets (and the prefix its head gives) when none of them may be empty
local function requirements(info)
  local sets = append(info.need, {})
  sets[#sets + 1] = set_of(info.exact)
  sets[#sets + 1] = set_of(info.prefix)
  sets[#sets + 1] = set_of(info.suffix)
  sets[#sets + 1] = head_prefix(info)
  return sets
end

-- the most selective requirement of a node, or nil: the longest shortest
-- string; on a tie the set whose strings the other alternatives of an
-- alternation chose most (`chosen`: string -> count), so that the union stays small
local function best(info, chosen)
  local top, score, shared
  for _, set in ipairs(requirements(info)) do
    local m, k = min_len(set), 0
    for _, s in ipairs(set) do k = k + (chosen and chosen[s] or 0) end
    if not top or m > score or (m == score and k > shared) then top, score, shared = set, m, k end
  end
  return top
end

-- a followed by b; `owned`: a is the running result of a sequence, whose
-- need list may grow in place (copying it at every atom is quadratic)
local function concat(a, b, owned)
  local need = owned and a.need or append(a.need, {})
  for _, x in ipairs(b.need) do need[#need + 1] = x end
  local exact = cross(a.exact, b.exact)
  -- while the whole is exact and short (a literal keeps MAX_LEN bytes), its
  -- strings hold a's and b's: those need not be kept apart
  local short = exact ~= nil
  for _, x in ipairs(exact or {}) do if #x > MAX_LEN then short = false break end end
  if not short then
    need[#need + 1] = set_of(a.exact)
    need[#need + 1] = set_of(b.exact)
  end
  need[#need + 1] = set_of(cross(a.suffix, b.prefix, MAX_SET))  -- the strings across the join
  local prefix = cross(a.exact, b.prefix) or (set_of(a.prefix) and a.prefix)
  local suffix = cross(a.suffix, b.exact) or (set_of(b.suffix) and b.suffix)
  -- x y with x one of a's W: one of W x W, or starts with x followed by
  -- one of b's P; too many of those, and it starts with x (P takes W)
  local head, ha, hb = nil, a.head, b.head
  if ha and hb then
    local w, p = cross(ha.w, hb.w, MAX_SET), cross(ha.w, hb.p, MAX_SET)
    local starts = append(ha.p, p or ha.w)
    if not w then w, starts = {}, append(starts, ha.w) end
    head = head_of(w, starts)
  elseif ha then  -- b unknown: x y starts with x
    head = head_of({}, append(ha.p, ha.w))
  end
  return { exact = exact, prefix = prefix, suffix = suffix, need = need, head = head }
end

-- the union of the sets of every alternative, or nil when one lacks it
local function union_of(alts, field)
  local out = {}
  for _, a in ipairs(alts) do
    if not a[field] then return nil end
    for _, s in ipairs(a[field]) do out[#out + 1] = s end
  end
  out = unique(out)
  return #out <= MAX_SET and out or nil
end

local function alternation(alts)
  if #alts == 1 then return alts[1] end
  local exact = union_of(alts, "exact")
  if exact and #exact > MAX_EXACT then exact = nil end
  local info = { exact = exact, prefix = union_of(alts, "prefix"), suffix = union_of(alts, "suffix"), need = {} }
  local w, p = {}, {}
  for _, a in ipairs(alts) do
    if not a.head then w = nil break end
    w, p = append(w, a.head.w), append(p, a.head.p)
  end
  info.head = w and head_of(w, p)
  local chosen = {}
  for _, a in ipairs(alts) do
    for _, s in ipairs(best(a) or {}) do chosen[s] = (chosen[s] or 0) + 1 end
  end
  local union = {}
  for _, a in ipairs(alts) do
    local b = best(a, chosen)
    if not b then return info end
    for _, s in ipairs(b) do union[#union + 1] = s end
  end
  union = unique(union)
  if #union <= MAX_SET then info.need[1] = union end
  return info
end

local function repeated(a, min, max)
  local h = a.head
  if min == 0 then
    if max == 1 and a.exact and #a.exact < MAX_EXACT then return fixed(unique(append(a.exact, { "" }))) end
    -- empty, or one match of a (at most once), or starts with one (more)
    if not h then return ANY end
    if max == 1 then return { need = {}, head = head_of(append(h.w, { "" }), h.p) } end
    return { need = {}, head = head_of({ "" }, append(h.p, h.w)) }
  end
  if a.exact and min == max and min <= 3 and #a.exact == 1 then return fixed({ a.exact[1]:rep(min) }) end
  local need = append(a.need, {})
  need[#need + 1] = set_of(a.exact)
  -- (starts with a first match of a)
  local head = h and ((min == 1 and max == 1) and h or head_of({}, append(h.p, h.w)))
  return { prefix = a.prefix, suffix = a.suffix, need = need, head = head }
end

-- a literal character (UTF-8 bytes); caseless: both ASCII cases are one,
-- a non-ASCII character is unknown (its other case is other bytes)
local function literal(ch, caseless)
  if #ch == 1 then return fixed({ ch:lower() }) end
  if caseless then return ANY end
  return fixed({ ch })
end

local utf8_char = syntax.utf8_char

local function encode(cp)
  local ok, s = pcall(utf8.char, cp)
  return ok and s or nil
end

local Parser = {}
Parser.__index = Parser

local function fail() error({ literals = true }, 0) end

-- \x.., \t... outside a class: the character it stands for, or nil
local SIMPLE = { t = "\t", n = "\n", r = "\r", f = "\f", e = "\27", a = "\7" }
function Parser:escaped_char()
  local p, i = self.p, self.i
  local c = p:sub(i, i)
  if SIMPLE[c] then self.i = i + 1 return SIMPLE[c] end
  if c == "x" then
    local hex, stop = p:match("^{(%x+)}()", i + 1)
    if not hex then hex, stop = p:match("^(%x%x?)()", i + 1) end
    if not hex then fail() end
    self.i = stop
    return encode(tonumber(hex, 16)) or fail()
  end
  if c:match("%p") or c == " " then self.i = i + 1 return c end
  return nil
end

-- a class [...]: its few characters, or nil for a wide one
function Parser:class()
  local p = self.p
  local i = self.i + 1
  local negated = p:sub(i, i) == "^"
  if negated then i = i + 1 end
  local chars, wide, first = {}, false, true
  while true do
    if i > #p then fail() end
    local c = p:sub(i, i)
    if c == "]" and not first then i = i + 1 break end
    first = false
    local ch
    if c == "[" and p:sub(i + 1, i + 1) == ":" then
      local stop = p:find(":]", i + 2, true) or fail()
      wide, i = true, stop + 2
    elseif c == "\\" then
      self.i = i + 1
      local e = p:sub(i + 1, i + 1)
      if e:match("[pP]") then
        wide = true
        self.i = p:match("^{[^}]*}()", i + 2) or i + 3
      else
        ch = self:escaped_char()
        if not ch then wide, self.i = true, i + 2 end
      end
      i = self.i
    else
      ch, i = utf8_char(p, i)
    end
    if ch then
      if p:sub(i, i) == "-" and p:sub(i + 1, i + 1) ~= "]" and i + 1 <= #p then
        -- a range: kept when short and ASCII
        local hi
        if p:sub(i + 1, i + 1) == "\\" then
          self.i = i + 2
          hi = self:escaped_char() or fail()
          i = self.i
        else
          hi, i = utf8_char(p, i + 1)
        end
        if #ch == 1 and #hi == 1 and hi:byte() - ch:byte() < 4 then
          for b = ch:byte(), hi:byte() do chars[#chars + 1] = string.char(b) end
        else
          wide = true
        end
      else
        chars[#chars + 1] = ch
      end
    end
  end
  self.i = i
  if negated or wide then return ANY end
  local alts = {}
  for _, ch in ipairs(chars) do alts[#alts + 1] = literal(ch, self.caseless) end
  local a = alternation(alts)
  if a.exact and #a.exact > 4 then return ANY end
  return a
end

function Parser:escape()
  local p, i = self.p, self.i + 1
  local c = p:sub(i, i)
  if c == "" then fail() end
  if c == "A" then self.i = i + 1 return fixed({ START }) end
  if c == "z" or c == "Z" then self.i = i + 1 return fixed({ END }) end
  if c:match("[bBGK]") then self.i = i + 1 return EMPTY end
  if c:match("[dDsSwWhHvVRNXC]") then self.i = i + 1 return { need = {}, one = true } end
  if c:match("[pP]") then
    self.i = p:match("^{[^}]*}()", i + 1) or i + 2
    return { need = {}, one = true }
  end
  if c == "Q" then
    local stop = p:find("\\E", i + 1, true)
    local text = p:sub(i + 1, (stop or #p + 1) - 1)
    self.i = stop and stop + 2 or #p + 1
    local info = EMPTY
    local j = 1
    while j <= #text do
      local ch
      ch, j = utf8_char(text, j)
      info = concat(info, literal(ch, self.caseless))
    end
    return info
  end
  if c == "E" then self.i = i + 1 return EMPTY end
  if c:match("[%dgk]") then  -- back-references: any text
    self.i = i + 1
    local stop = p:match("^%d+()", i) or p:match("^{[^}]*}()", i + 1) or p:match("^<[^>]*>()", i + 1)
      or p:match("^'[^']*'()", i + 1)
    if stop then self.i = stop end
    return ANY
  end
  self.i = i
  local ch = self:escaped_char()
  if not ch then fail() end
  return literal(ch, self.caseless)
end

-- a quantifier after an atom: min, max (nil: none)
Parser.quantifier = syntax.quantifier

function Parser:group()
  local saved = self.caseless
  local kind = syntax.group_open(self) or fail()
  if kind == "empty" then return EMPTY end  -- a comment, or (?i) setting the flag for the rest of the group
  local p = self.p
  local inner = self:alternation()
  if p:sub(self.i, self.i) ~= ")" then fail() end
  self.i = self.i + 1
  self.caseless = saved
  if kind == "look" then return EMPTY end
  return inner
end

function Parser:atom()
  local p, i = self.p, self.i
  local c = p:sub(i, i)
  if c == "(" then
    if p:sub(i + 1, i + 1) == "*" then fail() end  -- verbs
    return self:group()
  end
  if c == "[" then return self:class() end
  if c == "\\" then return self:escape() end
  if c == "." then self.i = i + 1 return { need = {}, one = true } end
  if c == "^" then self.i = i + 1 return fixed({ START }) end
  if c == "$" then self.i = i + 1 return fixed({ END }) end
  local ch
  ch, self.i = utf8_char(p, i)
  return literal(ch, self.caseless)
end

function Parser:sequence()
  local p = self.p
  local info, owned = EMPTY, false
  while self.i <= #p do
    local c = p:sub(self.i, self.i)
    if c == "|" or c == ")" then break end
    local a = self:atom()
    local min, max = self:quantifier()
    if min then a = repeated(a, min, max) end
    info = concat(info, a, owned)
    owned = true
  end
  return info
end

function Parser:alternation()
  local saved = self.caseless
  local alts = { self:sequence() }
  while self.p:sub(self.i, self.i) == "|" do  -- an option set in one branch holds in the next
    self.i = self.i + 1
    alts[#alts + 1] = self:sequence()
  end
  self.caseless = saved
  return alternation(alts)
end

-- a set cut to MAX_LEN bytes a literal, without those that contain another

-- a set cut to MAX_LEN bytes a literal (the last ones for `at` "ends"),
-- without those that contain (begin with, end with) another
local function shortest(set, at)
  local cut = {}
  for i, x in ipairs(set) do
    cut[i] = at == "ends" and x:sub(-MAX_LEN) or x:sub(1, MAX_LEN)  -- a cut character still stands for itself
  end
  cut = unique(cut)
  table.sort(cut, function(a, b) return #a < #b or (#a == #b and a < b) end)
  local out = {}
  for _, x in ipairs(cut) do
    local covered = false
    for _, y in ipairs(out) do
      local at_start, at_end = x:sub(1, #y) == y, x:sub(-#y) == y
      if (at == "starts" and at_start) or (at == "ends" and at_end) or (at == "contains" and x:find(y, 1, true)) then
        covered = true
        break
      end
    end
    if not covered then out[#out + 1] = x end
  end
  return out
end

-- a set as a requirement: {at = "starts" | "ends" | "contains", strings}, or
-- nil when it is of no use; a string with ^ or $ inside can never be
-- matched and is left out
local function requirement(set)
  local starts, ends = true, true
  for _, x in ipairs(set) do
    if x:sub(1, 1) ~= START then starts = false end
    if x:sub(-1) ~= END then ends = false end
  end
  local at = starts and "starts" or ends and "ends" or "contains"
  local out = {}
  for _, x in ipairs(set) do
    local core = x:gsub("^" .. START, ""):gsub(END .. "$", "")
    if core == "" then return nil end  -- every line starts (ends) with ""
    if not core:find("[" .. START .. END .. "]") then out[#out + 1] = core end
  end
  if #out == 0 or #out > MAX_SET then return nil end
  if at == "contains" then  -- a letter or two ("di", "ap") is in nearly every line: no use
    for _, x in ipairs(out) do if #x < 3 and x:find("%w") then return nil end end
  end
  return { at = at, strings = shortest(out, at) }
end

--- What every match of a pattern holds: a list of requirements
-- {at = "contains" | "starts" | "ends", strings = {...}} (strings in lower
-- case ASCII letters): the subject contains one of the strings, starts or
-- ends with one (a pattern anchored by ^ or $). At most MAX_SETS of those
-- that contain, and the most selective start and end; {} when nothing is certain.
function M.required(pattern, caseless)
  local parser = setmetatable({ p = pattern, i = 1, caseless = caseless or false }, Parser)
  local ok, info = pcall(function()
    local v = parser:alternation()
    if parser.i <= #pattern then fail() end
    return v
  end)
  if not ok then
    if type(info) == "table" and info.literals then return {} end
    error(info, 0)
  end
  local by = { contains = {}, starts = {}, ends = {} }
  local seen = {}  -- a set that must start or end the line need not be looked for inside it too
  for _, set in ipairs(requirements(info)) do
    local r = requirement(set)
    local key = r and table.concat(r.strings, "\0")
    if r and r.at ~= "contains" then seen[key] = true end
  end
  for _, set in ipairs(requirements(info)) do
    local r = requirement(set)
    local key = r and table.concat(r.strings, "\0")
    if r and (r.at ~= "contains" or not seen[key]) and not seen[r.at .. key] then
      seen[r.at .. key] = true
      table.insert(by[r.at], r)
    end
  end
  local function better(a, b)
    local ma, mb = min_len(a.strings), min_len(b.strings)
    if ma ~= mb then return ma > mb end
    return #a.strings < #b.strings
  end
  -- a set each of whose strings holds a string of another set says nothing
  -- more than that set: the other goes ("(afp)|(reuters" makes "(afp|(reuters" moot)
  local function implied(b, a)
    for _, x in ipairs(a.strings) do
      local holds = false
      for _, y in ipairs(b.strings) do if x:find(y, 1, true) then holds = true break end end
      if not holds then return false end
    end
    return true
  end
  local contains = {}
  for i, b in ipairs(by.contains) do
    local moot = false
    for j, a in ipairs(by.contains) do
      if i ~= j and implied(b, a) and not (implied(a, b) and j > i) then moot = true break end
    end
    if not moot then contains[#contains + 1] = b end
  end
  by.contains = contains
  local out = {}
  for _, at in ipairs { "starts", "ends", "contains" } do
    table.sort(by[at], better)
    for i = 1, math.min(at == "contains" and MAX_SETS or 1, #by[at]) do out[#out + 1] = by[at][i] end
  end
  return out
end

return M
