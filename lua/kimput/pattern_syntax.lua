-- The pieces of PCRE2 pattern syntax that both pattern analyses read alike
-- (kimput.literals: the literals every match holds; kimput.runs: the bytes a
-- match opens or closes with). Each has its own parser and node algebra;
-- what a quantifier or a UTF-8 character is written as, they share.
local M = {}

--- The UTF-8 character at byte i of p, and the index after it.
function M.utf8_char(p, i)
  local c = p:byte(i)
  local n = c < 0x80 and 1 or c < 0xE0 and 2 or c < 0xF0 and 3 or 4
  return p:sub(i, i + n - 1), i + n
end

--- A quantifier at parser.i of parser.p (?, *, +, {n}, {n,}, {n,m}, with a
-- lazy or possessive mark): min, max (math.huge: no bound), the parser moved
-- past it; nil, the parser unmoved, when none stands there.
function M.quantifier(parser)
  local p, i = parser.p, parser.i
  local c = p:sub(i, i)
  local min, max
  if c == "?" then min, max, i = 0, 1, i + 1
  elseif c == "*" then min, max, i = 0, math.huge, i + 1
  elseif c == "+" then min, max, i = 1, math.huge, i + 1
  elseif c == "{" then
    local a, b, stop = p:match("^{(%d*),?(%d*)}()", i)
    if not a or (a == "" and b == "") then return nil end
    local comma = p:sub(i, stop - 1):find(",", 1, true)
    min = tonumber(a) or 0
    max = comma and (tonumber(b) or math.huge) or min
    i = stop
  else
    return nil
  end
  local m = p:sub(i, i)
  if m == "?" or m == "+" then i = i + 1 end
  parser.i = i
  return min, max
end

--- The opening of a group at parser.i of parser.p, the "(" read: its kind,
-- the parser moved past its head -- "capture" for a plain, named or
-- non-capturing group ((, (?:, (?|, (?>, (?<name>), "look" for a lookaround
-- ((?=, (?!, (?<=, (?<!), "empty" when no group follows: a comment (?#...)
-- or an option setting (?i) for the rest of the enclosing group, both read
-- whole. An option group ((?i: ... ), (?-i) ...) sets parser.caseless. nil,
-- the parser unmoved, for syntax neither analysis follows (options other
-- than imsnU, x, a bad name).
function M.group_open(parser)
  local p, i = parser.p, parser.i + 1
  if p:sub(i, i) ~= "?" then
    parser.i = i
    return "capture"
  end
  local rest = p:sub(i + 1)
  if rest:match("^[:|>]") then
    parser.i = i + 2
    return "capture"
  elseif rest:match("^[=!]") or rest:match("^<[=!]") then
    parser.i = i + (rest:sub(1, 1) == "<" and 3 or 2)
    return "look"
  elseif rest:match("^P?<%a") or rest:match("^'") then
    local stop = p:match("^%??P?<[%w_]+>()", i) or p:match("^%?'[%w_]+'()", i)
    if not stop then return nil end
    parser.i = stop
    return "capture"
  elseif rest:match("^#") then
    local close = p:find(")", i, true)
    if not close then return nil end
    parser.i = close + 1
    return "empty"
  end
  local on, off, close = rest:match("^([%a]*)%-?([%a]*)([:)])")
  if not on or (on .. off):find("[^imsnxU]") or (on .. off):find("x") then return nil end
  local caseless = parser.caseless
  if on:find("i") then caseless = true end
  if off:find("i") then caseless = false end
  parser.caseless = caseless
  parser.i = i + 1 + #on + (rest:match("^[%a]*%-") and 1 or 0) + #off + 1
  return close == ")" and "empty" or "capture"
end

return M
