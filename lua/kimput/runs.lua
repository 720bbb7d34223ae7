--- The run a PCRE2 pattern's matches open or close with: for a pattern
-- anchored at the line's start (or end), a set of bytes `run` and a set
-- `stop` (no byte in both) such that every match is, from the start (back
-- from the end), a run of bytes of `run` then a byte of `stop`. The page
-- stage hands them to C (kimput_pageset_require_run): a line whose first
-- byte outside the run is not a stop byte is never matched against the rule.
--
--   runs.required("^[a-z]+\\.com") --> { {at = "starts", run = <32 bytes>, stop = <32 bytes>, min = 1} }
--
-- "^{domain}, {place} -": the line's first word must end with a period;
-- "...(?:/[\p{L} ]{1,40}){1,4}$": the last byte before a run of letters and
-- spaces must be a slash. The literals (kimput.literals) cannot say that:
-- every paragraph holds a period, a comma and a dash.
--
-- The analysis is conservative: bytes are sets of 256 bits, a character past
-- ASCII counts as any byte from 0x80 up (its bytes, and those of its other
-- case), and whatever it does not understand (a back-reference, \p{..} but
-- letters and numbers, a verb) is any text, which only weakens the result.
-- Caseless k and s also stand for U+212A and U+017F (bytes past ASCII).
local syntax = require "kimput.pattern_syntax"

local M = {}

local MAX_CANDIDATES = 12  -- the ways of splitting a node kept (best first)
local MAX_RUN = 96         -- the most ASCII bytes a run of use may hold
local SPACED_MIN = 6       -- the least run of use whose stop bytes hold a space

---------------------------------------------------------------- byte sets

-- a set of bytes: four 64-bit words; nil is "any byte" (unknown)
local function set_of(...)
  local s = { 0, 0, 0, 0 }
  for _, b in ipairs { ... } do s[b // 64 + 1] = s[b // 64 + 1] | (1 << (b % 64)) end
  return s
end

local function range(s, lo, hi)
  for b = lo, hi do s[b // 64 + 1] = s[b // 64 + 1] | (1 << (b % 64)) end
  return s
end

local function union(a, b)
  if not a or not b then return nil end
  return { a[1] | b[1], a[2] | b[2], a[3] | b[3], a[4] | b[4] }
end

local function disjoint(a, b) return (a[1] & b[1]) | (a[2] & b[2]) | (a[3] & b[3]) | (a[4] & b[4]) == 0 end
local function has(s, b) return s[b // 64 + 1] >> (b % 64) & 1 == 1 end

local function popcount(x)
  local n = 0
  while x ~= 0 do x = x & (x - 1); n = n + 1 end
  return n
end

local function count(s) return popcount(s[1]) + popcount(s[2]) + popcount(s[3]) + popcount(s[4]) end

local NONE = set_of()
local HIGH = range(set_of(), 0x80, 0xFF)          -- the bytes of any character past ASCII
local ALL = range(set_of(), 0, 0xFF)
local DIGITS = range(set_of(), 48, 57)
local LETTERS = range(range(set_of(), 65, 90), 97, 122)
local SPACES = set_of(9, 10, 11, 12, 13, 32)
local FOLLOW = range(set_of(), 0x80, 0xBF)       -- the bytes after a character's first
-- the bytes of \d (PCRE2_UCP: digits past ASCII too): a run of them is what M.digits counts
local DIGIT_BYTES = union(DIGITS, HIGH)
local function within(s, t)
  return s ~= nil and (s[1] & ~t[1]) | (s[2] & ~t[2]) | (s[3] & ~t[3]) | (s[4] & ~t[4]) == 0
end

-- A character set as bytes: span (every byte of its characters), first and
-- last (their first and last bytes); nil for unknown.
local function chars(span, first, last) return { span = span, first = first or span, last = last or span } end

local function chars_union(a, b)
  if not a or not b then return nil end
  return chars(union(a.span, b.span), union(a.first, b.first), union(a.last, b.last))
end

-- the bytes of the characters of a white space escape past ASCII (U+0085, U+00A0,
-- U+1680, U+180E, U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000), given their first bytes
local function spaces(ascii, ...)
  local firsts = set_of(...)
  return chars(union(union(ascii, firsts), FOLLOW), union(ascii, firsts), union(ascii, FOLLOW))
end

-- \d \w \s \h \v with Unicode properties (PCRE2_UCP): ASCII ones and characters past ASCII
local ESCAPES = {
  d = chars(union(DIGITS, HIGH)),
  w = chars(union(union(union(LETTERS, DIGITS), set_of(95)), HIGH)),
  s = spaces(SPACES, 0xC2, 0xE1, 0xE2, 0xE3),
  h = spaces(set_of(9, 32), 0xC2, 0xE1, 0xE2, 0xE3),
  v = spaces(set_of(10, 11, 12, 13), 0xC2, 0xE2),
}
ESCAPES.R = ESCAPES.v

-- the ASCII bytes s lacks, and every byte past ASCII (a negated class)
local function complement(s)
  return { ~s[1], ~s[2], -1, -1 }
end

-- \p{..}: letters and numbers are known (ASCII ones, and past ASCII), others are any
local function property(name, negated)
  local set
  if name:match("^L") then set = union(LETTERS, HIGH)
  elseif name:match("^N") then set = union(DIGITS, HIGH) end
  if set and negated then return chars(complement(set)) end
  return not negated and set and chars(set) or nil
end

-- both cases of the ASCII letters of a set (U+017F and U+212A, which caseless
-- s and k match too, are C's concern: a line holding them meets every run)
local function with_cases(s)
  local out = { s[1], s[2], s[3], s[4] }
  for b = 65, 90 do
    if has(s, b) or has(s, b + 32) then out = union(out, set_of(b, b + 32)) end
  end
  return out
end

---------------------------------------------------------------- nodes

-- A node of the pattern: span (the bytes its matches hold), first and last
-- (the bytes a non-empty match starts and ends with), nullable (it may
-- match the empty string), and the candidates: ways {run, stop, closed} to
-- read every match as a run of `run` then (closed: always) a byte of `stop`
-- (leads from the match's start, trails back from its end).

local function same(a, b)
  local r, s, t, u = a.run, a.stop, b.run, b.stop
  return a.closed == b.closed and a.min == b.min and r[1] == t[1] and r[2] == t[2] and r[3] == t[3] and r[4] == t[4]
    and s[1] == u[1] and s[2] == u[2] and s[3] == u[3] and s[4] == u[4]
end

-- how likely a byte of the set is to stop a run in a line of text (lower is
-- rarer): a letter 20 (lower case 30), a space 60, a digit 4, other ASCII 2, a byte past ASCII 1
local UPPER_W, LOWER_W, DIGITS_W, SPACE_W = 0x7FFFFFE, 0x7FFFFFE << 32, 0x3FF << 48, 1 << 32
local function cost(s)
  local other = popcount(s[1] & ~(DIGITS_W | SPACE_W)) + popcount(s[2] & ~(UPPER_W | LOWER_W))
  return 20 * popcount(s[2] & UPPER_W) + 30 * popcount(s[2] & LOWER_W) + 60 * popcount(s[1] & SPACE_W)
    + 4 * popcount(s[1] & DIGITS_W) + 2 * other + popcount(s[3]) + popcount(s[4])
end

local function better(a, b)
  if a.closed ~= b.closed then return a.closed end
  if a.cost ~= b.cost then return a.cost < b.cost end
  if a.size ~= b.size then return a.size < b.size end  -- the smaller run leaves fewer ways to its stop
  return a.min > b.min
end

local MAX_MIN = 255  -- the longest least run kept

-- a way to read a node: a run of at least `min` bytes of `run`, then (closed: always) a byte of `stop`
local function candidate(run, stop, closed, min)
  if not run or not stop or not disjoint(run, stop) then return nil end
  return { run = run, stop = stop, closed = closed, min = math.min(min, MAX_MIN), cost = cost(stop), size = count(run) }
end

local function prune(list)
  local out = {}
  for _, c in ipairs(list) do
    local dup = false
    for _, d in ipairs(out) do
      if same(c, d) then dup = true break end
    end
    if not dup then out[#out + 1] = c end
  end
  table.sort(out, better)
  for i = #out, MAX_CANDIDATES + 1, -1 do out[i] = nil end
  return out
end

-- the two plain ways to read a node: all of it in the run, or its first (last) byte a stop
local function plain(n)
  local leads, trails = {}, {}
  leads[#leads + 1] = candidate(n.span, NONE, false, n.length)
  trails[#trails + 1] = candidate(n.span, NONE, false, n.length)
  leads[#leads + 1] = candidate(NONE, n.first, not n.nullable, 0)
  trails[#trails + 1] = candidate(NONE, n.last, not n.nullable, 0)
  return leads, trails
end

-- M.span's analysis: the bytes of the nodes only, none of their candidates (which cost far more)
local only_span = false
local NO_CANDIDATES = {}

-- length: the fewest bytes of a match
local function node(span, first, last, nullable, length)
  local n = { span = span, first = first, last = last, nullable = nullable, length = length }
  -- digits: the longest run of DIGIT_BYTES every match holds; dp and ds: those it opens and closes with
  local d = within(span, DIGIT_BYTES) and length or 0
  n.digits, n.dp, n.ds = d, d, d
  if only_span then
    n.leads, n.trails = NO_CANDIDATES, NO_CANDIDATES
    return n
  end
  n.leads, n.trails = plain(n)
  return n
end

local function bytes_node(c) return node(c.span, c.first, c.last, false, 1) end
local EMPTY = node(NONE, NONE, NONE, true, 0)
local UNKNOWN = node(nil, nil, nil, true, 0)

-- every candidate of xs (the part read first) followed by one of ys
local function chain(xs, ys)
  local out = {}
  for _, x in ipairs(xs) do
    if x.closed then
      out[#out + 1] = x
    else
      -- with no stop byte of its own, x is all run: y's run follows it
      local min = count(x.stop) == 0 and x.min or nil
      for _, y in ipairs(ys) do
        out[#out + 1] = candidate(union(x.run, y.run), union(x.stop, y.stop), y.closed, min and min + y.min or x.min)
      end
    end
  end
  return prune(out)
end

local function concat(a, b)
  local n = { span = union(a.span, b.span), nullable = a.nullable and b.nullable, first = a.first, last = b.last,
    length = a.length + b.length }
  -- (a part all digits joins the run its neighbour opens or closes with; a lookaround or \b is such a part)
  local a_all, b_all = within(a.span, DIGIT_BYTES), within(b.span, DIGIT_BYTES)
  n.digits = math.max(a.digits, b.digits, a.ds + b.dp)
  n.dp = a_all and a.length + b.dp or a.dp
  n.ds = b_all and b.length + a.ds or b.ds
  if a.nullable then n.first = union(a.first, b.first) end
  if b.nullable then n.last = union(a.last, b.last) end
  if only_span then
    n.leads, n.trails = NO_CANDIDATES, NO_CANDIDATES
    return n
  end
  local leads, trails = plain(n)
  for _, c in ipairs(chain(a.leads, b.leads)) do leads[#leads + 1] = c end
  for _, c in ipairs(chain(b.trails, a.trails)) do trails[#trails + 1] = c end
  n.leads, n.trails = prune(leads), prune(trails)
  return n
end

-- one candidate of each alternative, the first that fits with the others (closed ones only)
local function gather(alts, field, closed_only)
  local run, stop, closed, min = NONE, NONE, true, MAX_MIN
  for _, a in ipairs(alts) do
    local took = false
    for _, c in ipairs(a[field]) do
      if (c.closed or not closed_only) then
        local r, s = union(run, c.run), union(stop, c.stop)
        if disjoint(r, s) then
          run, stop, closed, min, took = r, s, closed and c.closed, math.min(min, c.min), true
          break
        end
      end
    end
    if not took then return nil end
  end
  return candidate(run, stop, closed, min)
end

local function alternation(alts)
  if #alts == 1 then return alts[1] end
  local n = { span = NONE, first = NONE, last = NONE, nullable = false, length = math.huge,
    digits = math.huge, dp = math.huge, ds = math.huge }
  for _, a in ipairs(alts) do
    n.span, n.first, n.last = union(n.span, a.span), union(n.first, a.first), union(n.last, a.last)
    n.nullable = n.nullable or a.nullable
    n.length = math.min(n.length, a.length)
    n.digits, n.dp, n.ds = math.min(n.digits, a.digits), math.min(n.dp, a.dp), math.min(n.ds, a.ds)
  end
  if only_span then
    n.leads, n.trails = NO_CANDIDATES, NO_CANDIDATES
    return n
  end
  local leads, trails = plain(n)
  leads[#leads + 1] = gather(alts, "leads", true)
  leads[#leads + 1] = gather(alts, "leads", false)
  trails[#trails + 1] = gather(alts, "trails", true)
  trails[#trails + 1] = gather(alts, "trails", false)
  n.leads, n.trails = prune(leads), prune(trails)
  return n
end

local function repeated(a, min, max)
  if max == 0 then return EMPTY end
  local n = { span = a.span, first = a.first, last = a.last, nullable = min == 0 or a.nullable,
    length = math.min(a.length * min, MAX_MIN) }
  if min == 0 then
    n.digits, n.dp, n.ds = 0, 0, 0
  elseif within(a.span, DIGIT_BYTES) then
    n.digits, n.dp, n.ds = n.length, n.length, n.length
  else  -- (two repeats or more: one closes with digits, the next opens with them)
    n.digits, n.dp, n.ds = min >= 2 and math.max(a.digits, a.ds + a.dp) or a.digits, a.dp, a.ds
  end
  if only_span then
    n.leads, n.trails = NO_CANDIDATES, NO_CANDIDATES
    return n
  end
  local leads, trails = plain(n)
  -- the first (last) repeat opens (closes) the whole as a alone would; none may be there
  local some = min >= 1
  for _, c in ipairs(a.leads) do
    leads[#leads + 1] = candidate(c.run, c.stop, c.closed and some, some and c.min or 0)
  end
  for _, c in ipairs(a.trails) do
    trails[#trails + 1] = candidate(c.run, c.stop, c.closed and some, some and c.min or 0)
  end
  n.leads, n.trails = prune(leads), prune(trails)
  return n
end

---------------------------------------------------------------- parser

local Parser = {}
Parser.__index = Parser

local function fail() error({ runs = true }, 0) end

-- the code point of a character (its bytes), or a failed analysis
local function code(ch)
  local ok, cp = pcall(utf8.codepoint, ch)
  if not ok then fail() end
  return cp
end

local utf8_char = syntax.utf8_char

-- the bytes of a character (a code point): itself, both cases of a letter
-- when caseless; past ASCII, its bytes (any when caseless: its other case)
function Parser:char_set(cp)
  if cp >= 0x80 then
    if self.caseless then return chars(HIGH) end
    local ok, bytes = pcall(utf8.char, cp)
    if not ok then return chars(HIGH) end
    return chars(set_of(bytes:byte(1, -1)), set_of(bytes:byte(1)), set_of(bytes:byte(-1)))
  end
  local s = set_of(cp)
  return chars(self.caseless and with_cases(s) or s)
end

local SIMPLE = { t = 9, n = 10, r = 13, f = 12, e = 27, a = 7 }

-- an escape at p[i] (after the backslash): the set it matches and the next
-- index, or nil, next for one it does not know (any text)
function Parser:escape_set(i)
  local p = self.p
  local c = p:sub(i, i)
  if c == "" then fail() end
  if SIMPLE[c] then return self:char_set(SIMPLE[c]), i + 1 end
  if ESCAPES[c] then return ESCAPES[c], i + 1 end
  if c:match("[DWSHV]") then return chars(complement(ESCAPES[c:lower()].span)), i + 1 end
  if c == "p" or c == "P" then
    local name, stop = p:match("^{%^?([^}]*)}()", i + 1)
    if not name then name, stop = p:sub(i + 1, i + 1), i + 2 end
    return property(name, c == "P" or p:sub(i + 1, i + 2) == "{^"), stop
  end
  if c == "x" then
    local hex, stop = p:match("^{(%x+)}()", i + 1)
    if not hex then hex, stop = p:match("^(%x%x?)()", i + 1) end
    if not hex then fail() end
    return self:char_set(tonumber(hex, 16)), stop
  end
  if c:match("%p") or c == " " then return self:char_set(c:byte()), i + 1 end
  return nil, i + 1
end

function Parser:class()
  local p = self.p
  local i = self.i + 1
  local negated = p:sub(i, i) == "^"
  if negated then i = i + 1 end
  local set, first = chars(NONE), true
  while true do
    if i > #p then fail() end
    local c = p:sub(i, i)
    if c == "]" and not first then i = i + 1 break end
    first = false
    local lo  -- a single character, which may open a range
    if c == "[" and p:sub(i + 1, i + 1) == ":" then
      set, i = nil, (p:find(":]", i + 2, true) or fail()) + 2
    elseif c == "\\" then
      local e = p:sub(i + 1, i + 1)
      local s, stop = self:escape_set(i + 1)
      if SIMPLE[e] or e == "x" or e:match("%p") or e == " " then  -- one character
        lo = e == "x" and tonumber(p:match("^{(%x+)}", i + 2) or p:match("^(%x%x?)", i + 2), 16)
          or SIMPLE[e] or e:byte()
      else
        set = chars_union(set, s)
      end
      i = stop
    else
      local ch
      ch, i = utf8_char(p, i)
      lo = #ch == 1 and ch:byte() or code(ch)
    end
    if lo then
      local hi = lo
      if p:sub(i, i) == "-" and p:sub(i + 1, i + 1) ~= "]" and i + 1 <= #p then
        if p:sub(i + 1, i + 1) == "\\" then
          local e = p:sub(i + 2, i + 2)
          hi = e == "x" and tonumber(p:match("^{(%x+)}", i + 3) or p:match("^(%x%x?)", i + 3), 16) or SIMPLE[e]
            or (e:match("%p") and e:byte()) or fail()
          local _, stop = self:escape_set(i + 2)
          i = stop
        else
          local ch
          ch, i = utf8_char(p, i + 1)
          hi = #ch == 1 and ch:byte() or code(ch)
        end
      end
      if lo == hi then  -- one character
        set = chars_union(set, self:char_set(lo))
      elseif set then  -- a range: its ASCII part, and any character past ASCII
        local ascii = range(set_of(), math.min(lo, 0x7F), math.min(hi, 0x7F))
        set = chars_union(set, chars(self.caseless and with_cases(ascii) or ascii))
        if hi >= 0x80 then set = chars_union(set, chars(HIGH)) end
      end
    end
  end
  self.i = i
  if not set then return UNKNOWN end
  if negated then set = chars(complement(set.span)) end
  return bytes_node(set)
end

function Parser:escape()
  local p, i = self.p, self.i + 1
  local c = p:sub(i, i)
  if c:match("[AzZbBGK]") then self.i = i + 1 return EMPTY end
  if c == "Q" then
    local stop = p:find("\\E", i + 1, true)
    local text = p:sub(i + 1, (stop or #p + 1) - 1)
    self.i = stop and stop + 2 or #p + 1
    local n, j = EMPTY, 1
    while j <= #text do
      local ch
      ch, j = utf8_char(text, j)
      n = concat(n, bytes_node(self:char_set(code(ch))))
    end
    return n
  end
  if c == "E" then self.i = i + 1 return EMPTY end
  if c:match("[%dgk]") then  -- back-references: any text
    local stop = p:match("^%d+()", i) or p:match("^[gk]{[^}]*}()", i) or p:match("^[gk]<[^>]*>()", i)
      or p:match("^[gk]'[^']*'()", i) or p:match("^g%-?%d+()", i) or fail()
    self.i = stop
    return UNKNOWN
  end
  if c == "R" then self.i = i + 1 return node(ESCAPES.R, ESCAPES.R, ESCAPES.R, false, 1) end
  local set, stop = self:escape_set(i)
  self.i = stop
  if not set then return node(nil, nil, nil, false, 1) end
  return bytes_node(set)
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
  if kind == "look" then return EMPTY end  -- a lookaround holds no byte of the match
  return inner
end

-- an atom, and whether it is ^ or $ (\A, \z, \Z)
function Parser:atom()
  local p, i = self.p, self.i
  local c = p:sub(i, i)
  if c == "(" then
    if p:sub(i + 1, i + 1) == "*" then fail() end  -- verbs
    return self:group()
  end
  if c == "[" then return self:class() end
  if c == "\\" then
    local e = p:sub(i + 1, i + 1)
    return self:escape(), e == "A" and "^" or (e == "z" or e == "Z") and "$" or nil
  end
  if c == "." then self.i = i + 1 return bytes_node(chars(ALL)) end
  if c == "^" or c == "$" then self.i = i + 1 return EMPTY, c end
  local ch
  ch, self.i = utf8_char(p, i)
  return bytes_node(self:char_set(code(ch)))
end

-- a sequence, and whether it starts with ^ and ends with $
function Parser:sequence()
  local p = self.p
  local n, starts, ends, any = EMPTY, false, false, false
  while self.i <= #p do
    local c = p:sub(self.i, self.i)
    if c == "|" or c == ")" then break end
    local a, anchor = self:atom()
    local min, max = self:quantifier()
    if min then a, anchor = repeated(a, min, max), min >= 1 and anchor or nil end
    if not any and anchor == "^" then starts = true end
    ends = anchor == "$"
    any = true
    n = concat(n, a)
  end
  return n, starts, ends
end

function Parser:alternation()
  local saved = self.caseless
  local n, starts, ends = self:sequence()
  local alts = { n }
  while self.p:sub(self.i, self.i) == "|" do  -- an option set in one branch holds in the next
    self.i = self.i + 1
    local s, e
    alts[#alts + 1], s, e = self:sequence()
    starts, ends = starts and s, ends and e
  end
  self.caseless = saved
  return alternation(alts), starts, ends
end

---------------------------------------------------------------- result

local function bits(s)
  local out = {}
  for b = 0, 31 do
    local w, shift = b // 8 + 1, (b % 8) * 8
    out[b + 1] = string.char(s[w] >> shift & 0xFF)
  end
  return table.concat(out)
end

-- the candidates of use, into out: closed, their stop bytes rare enough in
-- text (no space, few letters), and a run (a first or last byte alone is
-- what PCRE2's start bytes and the literals' ends tell already) that is not
-- nearly any byte (read to a stop byte anywhere: what a literal tells, at the
-- cost of reading the line); the best, and the next best whose stop bytes
-- are others (a second fact)
local function useful(out, list, at)
  local took
  for _, c in ipairs(list) do
    if c.closed and not has(c.stop, 32) and c.cost < 300 and count(c.stop) > 0 and count(c.run) > 0
        and popcount(c.run[1]) + popcount(c.run[2]) <= MAX_RUN
        and (not took or disjoint(took.stop, c.stop)) then
      out[#out + 1] = { at = at, run = bits(c.run), stop = bits(c.stop), min = c.min }
      if took then return end
      took = c
    end
  end
  -- (a space may stop a long least run: "^[\da-fA-F]{8}[ -]", a file name's eight hex digits then a space or a
  -- hyphen, is met by few lines; the first such, when no other was found)
  if took then return end
  for _, c in ipairs(list) do
    if c.closed and has(c.stop, 32) and c.min >= SPACED_MIN and c.cost < 300 and count(c.run) > 0
        and popcount(c.run[1]) + popcount(c.run[2]) <= MAX_RUN and not has(c.run, 32) then
      out[#out + 1] = { at = at, run = bits(c.run), stop = bits(c.stop), min = c.min }
      return
    end
  end
end

--- The runs every match of a pattern opens or closes with: a list of
-- {at = "starts" | "ends", run = <32 bytes>, stop = <32 bytes>, min = n} (bit
-- b % 8 of byte b // 8 for byte b; the run holds at least min bytes; an
-- empty stop set: the run is the whole line), for a pattern anchored at
-- that end (^, $);
-- {} when nothing is certain.
function M.required(pattern, caseless)
  local parser = setmetatable({ p = pattern, i = 1, caseless = caseless or false }, Parser)
  local ok, n, starts, ends = pcall(function()
    local v, s, e = parser:alternation()
    if parser.i <= #pattern then fail() end
    return v, s, e
  end)
  if not ok then
    if type(n) == "table" and n.runs then return {} end
    error(n, 0)
  end
  local out = {}
  -- anchored at both ends: the whole line is made of the pattern's bytes (an
  -- empty stop set), when those are no space (a word: read to the first space)
  if starts and ends and n.span and not has(n.span, 32) and popcount(n.span[1]) + popcount(n.span[2]) <= MAX_RUN then
    out[#out + 1] = { at = "starts", run = bits(n.span), stop = bits(NONE), min = math.min(n.length, MAX_MIN) }
  end
  if starts then useful(out, n.leads, "starts") end
  if ends then useful(out, n.trails, "ends") end
  return out
end

--- The bytes any match of a pattern may hold (what it reads, its lookarounds
-- aside), as M.required's sets (32 bytes), or nil when the analysis does not
-- know (a back-reference, a verb, \p{..} but letters and numbers): a byte
-- outside it never lies inside a match, so that a match lies between two such
-- bytes (C's scan rules start their search at the last one before a literal
-- every match holds). Caseless k and s stand for U+212A and U+017F too, whose
-- bytes may be outside: C's concern, as for the runs.
-- The pattern parsed for its span and digits only (no candidate runs are
-- needed for those): the node, or nil when the pattern holds what the
-- parser does not know (a failure of its own; other errors are raised).
local function parse_span(pattern, caseless)
  local parser = setmetatable({ p = pattern, i = 1, caseless = caseless or false }, Parser)
  only_span = true
  local ok, n = pcall(function()
    local v = parser:alternation()
    if parser.i <= #pattern then fail() end
    return v
  end)
  only_span = false
  if not ok then
    if type(n) == "table" and n.runs then return nil end
    error(n, 0)
  end
  return n
end

function M.span(pattern, caseless)
  local n = parse_span(pattern, caseless)
  return n and n.span and bits(n.span) or nil
end

--- The longest run of digits every match of a pattern holds (0 when none is
-- certain): "\d{1,2} {month} \d{4}" -> 4. A digit is a byte of \d's
-- characters, 0-9 or any byte past ASCII (PCRE2_UCP: digits of other
-- scripts), and so is a byte of any character past ASCII the pattern reads
-- ("–"): the page stage (kimput_pageset_require_digits) counts runs of those
-- bytes in a line, and a line whose longest run is shorter is not tried
-- against the rule. A time stamp's date ends with its year: a title holding
-- a month's name but no four digits in a row is no stamp.
function M.digits(pattern, caseless)
  local n = parse_span(pattern, caseless)  -- (the digits are made with the spans)
  return n and math.min(n.digits, MAX_MIN) or 0
end

--- Does the text meet a requirement of M.required? (for checks and specs)
function M.meets(text, r)
  local function in_set(set, b) return set:byte(b // 8 + 1) >> (b % 8) & 1 == 1 end
  local n = #text
  if r.at == "starts" then
    local i = 1
    while i <= n and in_set(r.run, text:byte(i)) do i = i + 1 end
    if not r.stop:find("[^\0]") then return i > n and n >= r.min end  -- the whole line
    return i - 1 >= r.min and i <= n and in_set(r.stop, text:byte(i))
  end
  local i = n
  while i >= 1 and in_set(r.run, text:byte(i)) do i = i - 1 end
  return n - i >= r.min and i >= 1 and in_set(r.stop, text:byte(i))
end

return M
