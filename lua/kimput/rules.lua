--- kimput.rules: extraction rules written in Lua, matched by PCRE2 in C.
--
--   local kimput = require "kimput"
--   local arms = kimput.rule{
--     name = "arms",
--     pattern = [[(?<seller>{ORG|PLACE}) (?:memasok|menjual) (?<what>senjata|amunisi) ke (?<buyer>{PLACE})]],
--     flags = "i",            -- i caseless, m multiline, s dotall, x extended, J no JIT
--     where = "sentence",     -- "sentence" (default): each sentence of the body; "body": each body span
--     emit = function(m, doc) return {seller = m.seller, buyer = m.buyer} end,  -- optional
--     limits = {match = 1e6, depth = 1e4, heap_kib = 20480, jit_stack_kib = 1024},  -- optional
--   }
--   for _, m in ipairs(doc:match(arms)) do print(m.start, m.stop, m.text, m.seller, m.seller_text) end
--   arms:scan(doc)                         -- the same as doc:match(arms)
--   kimput.ruleset{arms, other}:scan(doc)  -- every rule's matches, in text order, m.rule names the rule
--   kimput.macro("OCCASION", {"Hari Kemenangan", "Hari Pembebasan"})  -- a list macro {OCCASION}
--   kimput.macro("YEAR", {pattern = [[(?:19|20)\d\d]]})                 -- a raw pattern macro
--
-- A match m has: start, stop (1-based inclusive byte offsets into the
-- original text), text, sentence_start/sentence_stop (the sentence or span
-- it was found in), m[1], m[2]... (numbered groups as written, false when
-- unset), and for each named group g: m.g (the text), m.g_start, m.g_stop.
--
-- Macros, expanded when the rule is compiled (compile after adding
-- entities or macros): {PERSON}, {ORG}, {OUTLET}, {PLACE} (gazetteer names
-- and aliases, longest first; several words in any case, one word as
-- written), {ENTITY} (all kinds), {PRONOUN} (ia, dia, beliau), {TITLE}
-- (Presiden, Menlu...), {DESCRIPTION} ("pemimpin Korut itu"), {CUE} (quote
-- cue verbs), {MONTH}, {WEEKDAY}, {DATE}, user macros; {A|B} is the union of
-- macros A and B. A named group holding an entity macro, {PRONOUN} or
-- {DESCRIPTION} gives the entity's canonical name in m.g (the
-- doc:mentions() item covering it, which resolves pronouns and
-- descriptions, else kimput.entities.lookup) and the text in m.g_text;
-- m.g_resolved says whether a name was found (else m.g is the text).
-- {DATE} matches only where doc:dates() found an expression: m.dates lists
-- {text, start, stop, value} of each, and a named group holding it has m.g_value.
--
-- Errors name the rule: `rule "arms": pattern error at offset 3: ...`,
-- `rule "arms": match limit exceeded ...`.
local core = require "kimput.core"
local document = require "kimput.document"
local Document = core.Document

local M = {}

---------------------------------------------------------------- macros

local function optional_require(name)
  local ok, mod = pcall(require, name)
  if ok then return mod end
  return nil
end

--- Escapes s as a PCRE2 literal; runs of spaces and hyphens between words
-- match any run of white space or hyphens ("Kim Jong-Un" = "Kim Jong Un").
function M.escape(s)
  local words = {}
  for w in tostring(s):gmatch("[^%s%-]+") do
    words[#words + 1] = (w:gsub("[^%w\128-\255]", "\\%0"))
  end
  return table.concat(words, [[[\s\-]+]])
end

local function longest_first(list)
  local seen, items = {}, {}
  for _, x in ipairs(list) do
    if type(x) == "string" and x:find("%S") and not seen[x] then
      seen[x] = true
      items[#items + 1] = x
    end
  end
  table.sort(items, function(a, b) if #a ~= #b then return #a > #b end return a < b end)
  for i, x in ipairs(items) do items[i] = M.escape(x) end
  return items
end

-- alternatives of a list of strings, longest first, escaped, between word edges
local function alternation(list, caseless)
  local items = longest_first(list)
  if #items == 0 then return "(?!)" end  -- an empty list matches nothing
  return ("(?<!\\w)(?%s:%s)(?!\\w)"):format(caseless and "i" or "-i", table.concat(items, "|"))
end

-- Entity names as the gazetteer matches them: several words in any case, a
-- single word as written (so "Kim" is a name and "kim" is not, "AS" is not "as").
local function entity_alternation(list)
  local multi, single = {}, {}
  for _, x in ipairs(list) do
    if type(x) == "string" then
      if x:find("[%s%-]") then multi[#multi + 1] = x else single[#single + 1] = x end
    end
  end
  multi, single = longest_first(multi), longest_first(single)
  local parts = {}
  if #multi > 0 then parts[#parts + 1] = "(?i:" .. table.concat(multi, "|") .. ")" end
  if #single > 0 then parts[#parts + 1] = "(?-i:" .. table.concat(single, "|") .. ")" end
  if #parts == 0 then return "(?!)" end
  return "(?<!\\w)(?:" .. table.concat(parts, "|") .. ")(?!\\w)"
end

local function keys_of(t)
  local out = {}
  for k in pairs(t or {}) do if type(k) == "string" then out[#out + 1] = k end end
  return out
end

-- the surface forms of the gazetteer's entities of some kinds (or all)
local function entity_forms(kinds)
  local entities = optional_require("kimput.entities")
  if not entities or type(entities.list) ~= "function" then return {} end
  local forms = {}
  for _, e in ipairs(entities.list() or {}) do
    if type(e) == "table" and (kinds == nil or kinds[e.kind]) then
      forms[#forms + 1] = e.name
      for _, a in ipairs(e.aliases or {}) do forms[#forms + 1] = a end
    end
  end
  return forms
end

local function cue_forms()
  local cues = optional_require("kimput.lexicon.cues")
  if type(cues) ~= "table" then return {} end
  local forms = {}
  for k, v in pairs(cues) do
    if type(k) == "string" then forms[#forms + 1] = k end
    if type(v) == "string" then forms[#forms + 1] = v end
  end
  return forms
end

local function titles_lexicon()
  local t = optional_require("kimput.lexicon.titles")
  return type(t) == "table" and t or {}
end

-- name -> { expand = function() -> pattern, entity = true|nil, date = true|nil }
local macros = {}

local function list_macro(get, caseless, entity)
  return { expand = function() return alternation(get(), caseless) end, entity = entity }
end
local function entity_macro(kinds)
  return { expand = function() return entity_alternation(entity_forms(kinds)) end, entity = true }
end

macros.PERSON = entity_macro{ person = true }
macros.ORG = entity_macro{ org = true }
macros.OUTLET = entity_macro{ outlet = true }
macros.PLACE = entity_macro{ place = true }
macros.ENTITY = entity_macro(nil)
macros.PRONOUN = list_macro(function() return titles_lexicon().pronouns or { "ia", "dia", "beliau" } end, true, true)
macros.TITLE = list_macro(function() return titles_lexicon().titles or {} end, true)
-- "pemimpin Korut itu", "presiden Rusia tersebut": a title, up to three
-- capitalised words, and a closing word; doc:mentions() says whom it means
macros.DESCRIPTION = {
  entity = true,
  expand = function()
    local ends = titles_lexicon().description_ends or { "itu", "tersebut" }
    return "(?:" .. macros.TITLE.expand() .. "(?:\\s+\\p{Lu}[\\w\\-]*){0,3}\\s+" .. alternation(ends, true) .. ")"
  end,
}
macros.CUE = list_macro(cue_forms, true)
macros.MONTH = list_macro(function() return keys_of(require("kimput.lexicon.months")) end, true)
macros.WEEKDAY = list_macro(function() return keys_of(require("kimput.lexicon.weekdays")) end, true)
-- A candidate for a date expression; the match is kept only where the date
-- grammar (doc:dates()) found one overlapping it.
macros.DATE = {
  date = true,
  expand = function()
    local month, weekday = macros.MONTH.expand(), macros.WEEKDAY.expand()
    return table.concat({
      "(?:" .. weekday .. ",?\\s+)?\\d{1,2}\\s+" .. month .. "(?:\\s+\\d{4})?",
      weekday .. "\\s*\\(\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?\\)",
      "\\d{1,2}/\\d{1,2}/\\d{2,4}",
      "(?i:bulan\\s+)?" .. month .. "(?:\\s+(?:\\d{4}|(?i:lalu)))?",
      "(?i:tahun\\s+(?:lalu|ini|depan))",
      "(?<!\\d)\\d{4}(?!\\d)",
      "(?i:kemarin|hari\\s+ini)",
      weekday,
    }, "|")
  end,
}

--- Defines (or replaces) the user macro {NAME}: a list of literal
-- alternatives (matched caseless, longest first), {pattern = "PCRE2"} (which
-- may use other macros; write groups as (?:...)), or a function returning
-- either, called when a rule is compiled.
function M.macro(name, def)
  if type(name) ~= "string" or not name:match("^[A-Z][A-Z0-9_]*$") then
    error(("kimput.macro: name must be upper case like OCCASION (got %q)"):format(tostring(name)), 2)
  end
  if type(def) ~= "table" and type(def) ~= "function" then
    error(("kimput.macro: %s must be a list, {pattern = ...} or a function"):format(name), 2)
  end
  if type(def) == "table" and def.pattern ~= nil and type(def.pattern) ~= "string" then
    error(("kimput.macro: %s pattern must be a string"):format(name), 2)
  end
  local function resolve()
    local d = def
    if type(d) == "function" then d = d() end
    if type(d) ~= "table" then
      error(("kimput.macro %s: expected a list of strings, {pattern = ...} or a function"):format(name), 0)
    end
    return d
  end
  macros[name] = {
    raw = function()
      local d = resolve()
      return type(d.pattern) == "string" and d.pattern or nil
    end,
    expand = function() return alternation(resolve(), true) end,
  }
end

--- The names of the defined macros, sorted.
function M.macros()
  local out = keys_of(macros)
  table.sort(out)
  return out
end

---------------------------------------------------------------- expanding a pattern

local MAX_NESTING = 8

-- Walks a pattern, copying it to st.out with its macros expanded (pattern
-- macros recursively), and records which named groups hold entity or date
-- macros and which capturing groups are the user's. orig: the offset in the
-- rule's own pattern every piece maps to (nil at the top level).
local function expand_into(st, pattern, depth, orig)
  local function emit(s, o, is_macro)
    st.out[#st.out + 1] = s
    st.pieces[#st.pieces + 1] = { out = st.pos, len = #s, orig = orig or o, copy = not (orig or is_macro) }
    st.pos = st.pos + #s
  end
  local stack_base = #st.stack
  local i, n = 1, #pattern
  local in_class = false
  while i <= n do
    local c = pattern:sub(i, i)
    if c == "\\" then
      emit(pattern:sub(i, i + 1), i - 1); i = i + 2
    elseif in_class then
      if c == "]" then in_class = false end
      emit(c, i - 1); i = i + 1
    elseif c == "[" then
      in_class = true
      local j = i + 1
      if pattern:sub(j, j) == "^" then j = j + 1 end
      if pattern:sub(j, j) == "]" then j = j + 1 end  -- a leading ] is literal
      emit(pattern:sub(i, j - 1), i - 1); i = j
    elseif c == "(" then
      local rest = pattern:sub(i + 1, i + 40)
      local name = rest:match("^%?<([%a_][%w_]*)>") or rest:match("^%?P<([%a_][%w_]*)>")
        or rest:match("^%?'([%a_][%w_]*)'")
      local capturing = name ~= nil or (rest:sub(1, 1) ~= "?" and rest:sub(1, 1) ~= "*")
      if capturing then
        st.ngroups = st.ngroups + 1
        if depth == 0 then st.info.user_groups[#st.info.user_groups + 1] = st.ngroups end
      end
      st.stack[#st.stack + 1] = { name = depth == 0 and name or false }
      emit(c, i - 1); i = i + 1
    elseif c == ")" then
      if #st.stack > stack_base then st.stack[#st.stack] = nil end
      emit(c, i - 1); i = i + 1
    elseif c == "{" and pattern:match("^{[A-Z][A-Z0-9_|]*}", i) then
      local body = pattern:match("^{([A-Z][A-Z0-9_|]*)}", i)
      local at = orig or (i - 1)
      local names = {}
      for mname in body:gmatch("[^|]+") do names[#names + 1] = mname end
      local date_group
      for _, mname in ipairs(names) do
        local mac = macros[mname]
        if not mac then
          error(("rule %q: unknown macro {%s} at offset %d"):format(st.rule_name, mname, at), 0)
        end
        if mac.entity then
          for _, g in ipairs(st.stack) do
            if g.name then st.info.entity_groups[g.name] = true end
          end
        end
        if mac.date and not date_group then
          -- an internal group to find where the date was, and check it
          st.ngroups = st.ngroups + 1
          st.info.ndates = st.info.ndates + 1
          date_group = { name = "_date" .. st.info.ndates, outer = {} }
          for _, g in ipairs(st.stack) do
            if g.name then date_group.outer[#date_group.outer + 1] = g.name end
          end
          st.info.date_groups[#st.info.date_groups + 1] = date_group
        end
      end
      emit(date_group and ("(?<" .. date_group.name .. ">") or "(?:", at, true)
      for k, mname in ipairs(names) do
        if k > 1 then emit("|", at, true) end
        local mac = macros[mname]
        local raw = mac.raw and mac.raw()
        if raw then
          if depth >= MAX_NESTING then
            error(("rule %q: macro {%s} nests too deep (a macro that uses itself?)"):format(st.rule_name, mname), 0)
          end
          emit("(?:", at, true)
          expand_into(st, raw, depth + 1, at, true)
          emit(")", at, true)
        else
          emit(mac.expand(), at, true)
        end
      end
      emit(")", at, true)
      i = i + #body + 2
    else
      local j = pattern:find("[\\%[%]()%{]", i + 1) or n + 1
      emit(pattern:sub(i, j - 1), i - 1); i = j
    end
  end
  for k = #st.stack, stack_base + 1, -1 do st.stack[k] = nil end
end

-- Expands the macros of a rule's pattern: returns the expanded pattern, the
-- info the match post-processing needs, and pieces mapping offsets back.
local function expand(rule_name, pattern)
  local st = {
    rule_name = rule_name, out = {}, pieces = {}, pos = 0, stack = {}, ngroups = 0,
    info = { entity_groups = {}, date_groups = {}, user_groups = {}, ndates = 0 },
  }
  expand_into(st, pattern, 0, nil)
  return table.concat(st.out), st.info, st.pieces
end

-- the offset in the pattern as written for an offset in the expanded one
local function original_offset(pieces, off)
  for _, p in ipairs(pieces) do
    if off < p.out + p.len then
      if p.copy then return p.orig + (off - p.out) end
      return p.orig  -- inside a macro: point at the macro
    end
  end
  local last = pieces[#pieces]
  if not last then return 0 end
  return last.copy and last.orig + last.len or last.orig
end

---------------------------------------------------------------- rules

local Rule = {}
Rule.__index = Rule
M.Rule = Rule

local WHERE = { body = true, sentence = true }
local FIELDS = { name = true, pattern = true, flags = true, where = true, emit = true, limits = true }

--- Compiles a rule (see the top of this file).
function M.rule(spec)
  if getmetatable(spec) == Rule then return spec end
  if type(spec) ~= "table" then error("kimput.rule: expected a table {name = ..., pattern = ...}", 2) end
  for k in pairs(spec) do
    if not FIELDS[k] then error(("kimput.rule: unknown field %q"):format(tostring(k)), 2) end
  end
  local name = spec.name
  if type(name) ~= "string" or name == "" then error("kimput.rule: name must be a non-empty string", 2) end
  if type(spec.pattern) ~= "string" then error(("rule %q: pattern must be a string"):format(name), 2) end
  local where = spec.where or "sentence"
  if not WHERE[where] then
    error(("rule %q: where must be \"body\" or \"sentence\" (got %q)"):format(name, tostring(where)), 2)
  end
  if spec.emit ~= nil and type(spec.emit) ~= "function" then
    error(("rule %q: emit must be a function"):format(name), 2)
  end
  if spec.flags ~= nil and type(spec.flags) ~= "string" then
    error(("rule %q: flags must be a string like \"i\""):format(name), 2)
  end
  if spec.limits ~= nil and type(spec.limits) ~= "table" then
    error(("rule %q: limits must be a table"):format(name), 2)
  end
  local ok, expanded, info, pieces = pcall(expand, name, spec.pattern)
  if not ok then error(expanded, 2) end
  local ok2, code, msg, off = pcall(core.rule_new, expanded, spec.flags or "", name, spec.limits)
  if not ok2 then error(("rule %q: %s"):format(name, tostring(code):gsub("^[^:]*:%d+: ", "")), 2) end
  if not code then
    error(("rule %q: pattern error at offset %d: %s"):format(name, original_offset(pieces, off), msg), 2)
  end
  return setmetatable({
    name = name, pattern = spec.pattern, expanded = expanded, where = where,
    emit = spec.emit, code = code, info = info,
  }, Rule)
end

function Rule:__tostring() return ("kimput.rule %q"):format(self.name) end

-- The spans a rule scans: the body spans, or the sentences cut to them.
local function segments(doc, where)
  if where == "body" then return doc:body_spans() end
  return document.memo(doc, "rules.sentences", function(d)
    local body, out = d:body_spans(), {}
    local b = 1
    for s, e in d:sentences() do
      while body[b] and body[b][2] < s do b = b + 1 end
      local k = b
      while body[k] and body[k][1] <= e do
        local lo, hi = math.max(s, body[k][1]), math.min(e, body[k][2])
        if lo <= hi then out[#out + 1] = { lo, hi } end
        k = k + 1
      end
    end
    return out
  end)
end

-- the item of a sorted list of {start, stop} items that best covers [s, e]
local function covering(list, s, e)
  local best, best_ov
  for _, it in ipairs(list) do
    if it.start > e then break end
    local ov = math.min(e, it.stop) - math.max(s, it.start) + 1
    if ov > 0 and (not best_ov or ov > best_ov) then best, best_ov = it, ov end
  end
  return best
end

local function sorted_items(list)
  local out = {}
  for _, it in ipairs(list or {}) do
    if type(it) == "table" and type(it.start) == "number" and type(it.stop) == "number" then
      out[#out + 1] = it
    end
  end
  table.sort(out, function(a, b) return a.start < b.start end)
  return out
end

-- the document's dates and mentions, sorted, when those features exist
local function doc_dates(doc)
  if type(doc.dates) ~= "function" then return nil end
  return document.memo(doc, "rules.dates", function(d) return sorted_items(d:dates()) end)
end
local function doc_mentions(doc)
  if type(doc.mentions) ~= "function" then return {} end
  return document.memo(doc, "rules.mentions", function(d) return sorted_items(d:mentions()) end)
end

--- The canonical name of an entity written text[s..e]: the doc:mentions()
-- item ending with it (titles come before names; it resolves short names,
-- pronouns and descriptions), else the gazetteer's lookup, else nil.
function M.canonical(doc, s, e, text)
  local m = covering(doc_mentions(doc), s, e)
  if m and m.name and m.start <= s and m.stop == e then return m.name end
  local entities = optional_require("kimput.entities")
  if entities and type(entities.lookup) == "function" then
    local hit = entities.lookup(text)
    if type(hit) == "table" then return hit.name end
    if type(hit) == "string" then return hit end
  end
  return nil
end

-- Turns a raw match into the analyst's match; nil when a {DATE} is not a date.
local function finish(rule, doc, m, seg)
  local info = rule.info
  m.rule = rule.name
  m.sentence_start, m.sentence_stop = seg[1], seg[2]
  if info.ndates > 0 then
    local dates = doc_dates(doc)
    m.dates = {}
    for _, dg in ipairs(info.date_groups) do
      local s, e = m[dg.name .. "_start"], m[dg.name .. "_stop"]
      if s then
        local d = dates and covering(dates, s, e)
        if dates and not d then return nil end
        local item = { text = m[dg.name], start = s, stop = e, value = d and d.value, date = d }
        m.dates[#m.dates + 1] = item
        for _, g in ipairs(dg.outer) do
          if m[g .. "_value"] == nil then m[g .. "_value"] = item.value end
        end
      end
      m[dg.name], m[dg.name .. "_start"], m[dg.name .. "_stop"] = nil, nil, nil
    end
  end
  -- the user's numbered groups, without the internal ones
  if #info.user_groups ~= rule.code:group_count() then
    local raw = {}
    for k = 1, rule.code:group_count() do raw[k] = m[k]; m[k] = nil end
    for k, g in ipairs(info.user_groups) do m[k] = raw[g] end
  end
  for g in pairs(info.entity_groups) do
    local text = m[g]
    if text then
      local name = M.canonical(doc, m[g .. "_start"], m[g .. "_stop"], text)
      m[g .. "_text"], m[g .. "_resolved"] = text, name ~= nil
      m[g] = name or text
    end
  end
  return m
end

-- the segment (sorted list of {start, stop}) that holds offset s
local function segment_of(segs, s, hint)
  local k = hint
  while segs[k] and segs[k][2] < s do k = k + 1 end
  return segs[k] or { s, s }, k
end

--- Every match of the rule in the document, in text order (emit applied).
function Rule:scan(doc)
  if getmetatable(self) ~= Rule then error("rule:scan: call it as rule:scan(doc)", 2) end
  local segs = segments(doc, self.where)
  local raw = self.code:exec(doc, segs)
  local out, hint = {}, 1
  for _, m in ipairs(raw) do
    local seg
    seg, hint = segment_of(segs, m.start, hint)
    local fm = finish(self, doc, m, seg)
    if fm and self.emit then fm = self.emit(fm, doc) end
    if fm ~= nil and fm ~= false then out[#out + 1] = fm end
  end
  return out
end

---------------------------------------------------------------- rule sets

local Ruleset = {}
Ruleset.__index = Ruleset
M.Ruleset = Ruleset

--- A set of rules (Rules or rule specs) matched together.
function M.ruleset(list)
  if type(list) ~= "table" then error("kimput.ruleset: expected a list of rules", 2) end
  local set = setmetatable({ rules = {} }, Ruleset)
  for i, r in ipairs(list) do
    if type(r) ~= "table" then error(("kimput.ruleset: item %d is not a rule"):format(i), 2) end
    local ok, rule = pcall(M.rule, r)
    if not ok then error(rule, 2) end
    set.rules[#set.rules + 1] = rule
  end
  return set
end

--- Every rule's matches (emit applied), merged in text order; each keeps
-- m.rule (unless emit replaced it). The segments, dates and mentions are
-- computed once for the whole set.
function Ruleset:scan(doc)
  local all = {}
  for order, rule in ipairs(self.rules) do
    for _, m in ipairs(rule:scan(doc)) do
      all[#all + 1] = { m = m, order = order, start = type(m) == "table" and m.start or 0 }
    end
  end
  table.sort(all, function(a, b)
    if a.start ~= b.start then return a.start < b.start end
    return a.order < b.order
  end)
  local out = {}
  for i, x in ipairs(all) do out[i] = x.m end
  return out
end

--- doc:match(rule | ruleset | spec) -> the matches.
function Document:match(rule)
  if getmetatable(rule) == Ruleset or getmetatable(rule) == Rule then return rule:scan(self) end
  return M.rule(rule):scan(self)
end

return M
