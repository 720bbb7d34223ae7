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

return M
