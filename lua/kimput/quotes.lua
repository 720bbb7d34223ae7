--- kimput.quotes: quotations, reported speech and who said them.
--
--   for _, q in ipairs(doc:quotes()) do
--     -- q.text      the words inside the marks (or the reported clause)
--     -- q.start, q.stop   1-based inclusive offsets of q.text in the original text
--     -- q.kind      "direct"   a whole statement with its cue: "…," kata Putin
--     --             "partial"  words quoted inside the writer's sentence
--     --             "term"     a quoted name or title nobody is quoted for: 'Hari Kemenangan'
--     --             "indirect" reported speech without marks: Putin mengatakan bahwa …
--     -- q.speaker   canonical name (kimput.entities), a description ("Juru bicara Kremlin"), or nil
--     -- q.speaker_span = {start, stop}  where the speaker is named (or the mention it resolves from)
--     -- q.cue       the reporting word as written, lower case: "kata", "menyatakan", "bunyi surat"
--     -- q.via       the outlet relaying the words in the same sentence: "KCNA", "AFP"
--     -- q.unclosed  true when the closing mark is missing (the quote ends with its paragraph)
--     -- q.part      1, 2, ... for a quote that runs over several paragraphs
--   end
--   kimput.quotes.cue{after = {"sergah"}, reporting = {"mengeluhkan"}, via = {"seperti disiarkan"}}
--
-- The marks are paired in C (quotes.c); the cues are lists in lexicon/cues.lua;
-- speakers come from doc:mentions() (kimput.entities). Only doc:body_spans() is read.
local core = require "kimput.core"
local entities = require "kimput.entities"
local lexicon = require "kimput.lexicon.cues"
local titles = require "kimput.lexicon.titles"

local Document = core.Document
local M = {}

local CATEGORIES = { "after", "before", "reporting", "according", "via", "relay", "that" }
local lists = {}      -- category -> phrases, longest first
local is_in = {}      -- category -> set of phrases
local nya_after = {}  -- "katanya" -> "kata"
local by_first = {}   -- category -> first word -> phrases
local union_first = {}  -- "cat+cat" -> first words of either
local generation = 0

local function rebuild()
  for _, cat in ipairs(CATEGORIES) do
    local list, set = {}, {}
    for _, p in ipairs(lexicon[cat] or {}) do
      if not set[p] then list[#list + 1] = p; set[p] = true end
    end
    if cat == "after" then
      for _, p in ipairs(list) do
        if not p:find(" ") then nya_after[p .. "nya"] = p end
      end
      for form in pairs(nya_after) do
        if not set[form] then list[#list + 1] = form; set[form] = true end
      end
    end
    table.sort(list, function(a, b) return #a > #b or (#a == #b and a < b) end)
    local first = {}  -- first word -> the phrases starting with it, longest first
    for _, p in ipairs(list) do
      local w = p:match("^%a+") or p
      first[w] = first[w] or {}
      table.insert(first[w], p)
    end
    lists[cat], is_in[cat], by_first[cat] = list, set, first
    union_first = {}
  end
  generation = generation + 1
end
rebuild()

--- Adds cue words: spec = {after = {...}, before = {...}, reporting = {...},
-- according = {...}, via = {...}, relay = {...}}, lower-case words or phrases.
function M.cue(spec)
  if type(spec) ~= "table" then error("quotes.cue: expects a table such as {after = {\"sergah\"}}", 2) end
  for cat, words in pairs(spec) do
    if not is_in[cat] then error(("quotes.cue: unknown category %q"):format(tostring(cat)), 2) end
    if type(words) ~= "table" then error(("quotes.cue: %s must be a list of words"):format(cat), 2) end
    for _, w in ipairs(words) do
      if type(w) ~= "string" or not w:find("%a") then error("quotes.cue: cue words must be strings", 2) end
      local list = lexicon[cat]
      list[#list + 1] = w:lower():gsub("%s+", " "):match("^%s*(.-)%s*$")
    end
  end
  rebuild()
  entities.invalidate()  -- the C lexicon holds the cues too
end

--- The cue words of a category (a copy).
function M.cues(cat)
  local out = {}
  for _, p in ipairs(lists[cat] or {}) do out[#out + 1] = p end
  return out
end

---------------------------------------------------------------- the document context

local function is_word_byte(c) return c ~= "" and (c:match("[%w]") ~= nil or c:byte() >= 128) end

-- The phrase of category cat that starts at pos in the lower-cased text, or nil.
local function phrase_at(ctx, pos, cat)
  local low = ctx.low
  if pos > 1 and is_word_byte(low:sub(pos - 1, pos - 1)) then return nil end
  local word = low:match("^%a+", pos)
  local candidates = word and by_first[cat][word]
  if not candidates then return nil end
  for _, p in ipairs(candidates) do
    if low:sub(pos, pos + #p - 1) == p and not is_word_byte(low:sub(pos + #p, pos + #p)) then return p end
  end
end

-- The start of each word in [a, b] that may open a cue of one of the
-- categories, found inside that window only.
local function word_starts(ctx, a, b, ...)
  local list = {}
  if b < a then return list end
  local key = table.concat({ ... }, "+")
  local firsts = union_first[key]
  if not firsts then
    firsts = {}
    for _, cat in ipairs({ ... }) do
      for w in pairs(by_first[cat]) do firsts[w] = true end
    end
    union_first[key] = firsts
  end
  for p, w in ctx.low:sub(a, b):gmatch("()(%a+)") do
    if firsts[w] then list[#list + 1] = a + p - 1 end
  end
  return list
end

local function skip_space(text, pos, limit)
  while pos <= limit do
    local c = text:sub(pos, pos)
    if c:match("%s") then pos = pos + 1
    elseif text:sub(pos, pos + 1) == "\194\160" then pos = pos + 2
    else break end
  end
  return pos
end

-- The sentences as arrays of starts and stops, for binary search.
local function sentence_bounds(doc)
  local starts, stops = {}, {}
  for s, e in doc:sentences() do starts[#starts + 1] = s; stops[#stops + 1] = e end
  return starts, stops
end

local function index_at(starts, pos)
  local lo, hi = 1, #starts
  if hi == 0 then return nil end
  while lo < hi do
    local mid = (lo + hi + 1) // 2
    if starts[mid] <= pos then lo = mid else hi = mid - 1 end
  end
  return lo
end

-- The index of the first element of list (sorted by start) that starts at or
-- after pos; #list + 1 when none does. Used on mentions and entity items.
local function first_at(list, pos)
  local lo, hi = 1, #list + 1
  while lo < hi do
    local mid = (lo + hi) // 2
    if list[mid].start < pos then lo = mid + 1 else hi = mid end
  end
  return lo
end

local SPEAKER_KINDS = { person = true, outlet = true, org = true }

-- The mentions inside [a, b], in order.
local function mentions_in(ctx, a, b)
  local out = {}
  for k = first_at(ctx.mentions, a), #ctx.mentions do
    local m = ctx.mentions[k]
    if m.start > b then break end
    if m.stop <= b then out[#out + 1] = m end
  end
  return out
end

local function speaker_of(m)
  return { speaker = m.name or m.title, span = { m.name_start or m.start, m.name_stop or m.stop }, mention = m }
end

-- The latest person mentioned before pos (for "-nya" and passive cues).
local function person_before(ctx, pos, floor)
  for k = first_at(ctx.mentions, pos) - 1, 1, -1 do
    local m = ctx.mentions[k]
    if floor and m.stop < floor then break end
    if m.kind == "person" and not ctx.inside_quote(m.start) then return speaker_of(m) end
  end
end

-- The outlets named as relaying in [a, b]: "seperti dikutip KCNA". Returns
-- the first one's mention and marks them all in ctx.via_mentions.
local function find_via(ctx, a, b)
  local first
  for _, s in ipairs(word_starts(ctx, a, b, "via")) do
    local p = phrase_at(ctx, s, "via")
    if p then
      for _, m in ipairs(mentions_in(ctx, s + #p, math.min(b, s + #p + 40))) do
        if m.kind == "outlet" then
          ctx.via_mentions[m] = true
          first = first or m
          break
        end
        if m.kind == "person" then break end
      end
    end
  end
  return first
end

---------------------------------------------------------------- attribution

-- A quoted name or title: a few words, each capitalised but for small words.
local SMALL = { dan = true, di = true, ke = true, dari = true, untuk = true, yang = true, atau = true,
                of = true, the = true, ["&"] = true, ["-"] = true, la = true, de = true, bin = true }
local function is_term(s)
  local words, caps = 0, 0
  for w in s:gmatch("[^%s]+") do
    local core_word = w:gsub("^[%p]+", ""):gsub("[%p]+$", "")
    if core_word ~= "" then
      words = words + 1
      if core_word:find("^[%u%d\128-\255]") then caps = caps + 1
      elseif not SMALL[core_word:lower()] then return false end
    end
  end
  return words > 0 and words <= 8 and caps > 0
end

-- The speaker named in [a, b] after a cue: the first person, outlet or
-- organisation mention (a place only right after the cue), or an unknown
-- capitalised name right after the cue.
local function named_after(ctx, a, b)
  local near = skip_space(ctx.text, a, b)
  for _, m in ipairs(mentions_in(ctx, a, b)) do
    if not ctx.via_mentions[m] and (SPEAKER_KINDS[m.kind] or m.start <= near + 1) then return speaker_of(m) end
  end
  local it = ctx.items[first_at(ctx.items, near)]
  if it and it.start == near then
    if it.type == "title" then
      -- an unnamed speaker by description: "kata juru bicara militer Korsel"
      local desc = ctx.text:sub(near, b):match("^[^,.;:!?\n]+") or ""
      desc = desc:gsub("%s+$", "")
      if #desc > 0 and #desc <= 80 then return { speaker = desc, span = { near, near + #desc - 1 } } end
    end
    if it.type == "caps" then
      local s, e = entities.trim_caps(ctx.text, it.start, it.stop)
      if s and entities.name_like(ctx.text, s, e) then
        return { speaker = ctx.text:sub(s, e), span = { s, e } }
      end
    end
  end
end

-- An agency quoting a person's letter or speech: "KCNA, mengutip isi surat Putin".
local function relayed(ctx, sp, b)
  if not sp or not sp.mention or (sp.mention.kind ~= "outlet" and sp.mention.kind ~= "org") then return sp end
  for _, s in ipairs(word_starts(ctx, sp.mention.stop + 1, b, "relay")) do
    local p = phrase_at(ctx, s, "relay")
    if p then
      local after = s + #p
      for _, m in ipairs(mentions_in(ctx, after, math.min(b, after + 30))) do
        if m.kind == "person" then
          local person = speaker_of(m)
          person.via = sp.speaker
          return person
        end
      end
    end
  end
  return sp
end

local WINDOW = 400

-- words that open a clause but never an unnamed subject
local NOT_SUBJECT = { yang = true, dan = true, namun = true, tetapi = true, juga = true, ia = true, dia = true,
                      mereka = true, kami = true, kita = true, saya = true, itu = true, ini = true, tidak = true,
                      telah = true, sudah = true, akan = true, bahwa = true, untuk = true, dengan = true,
                      pada = true, dalam = true, di = true, ke = true, dari = true, secara = true }

local CONJUNCTIONS = { namun = true, tetapi = true, sementara = true, dan = true, sedangkan = true,
                       adapun = true, kemudian = true, lalu = true }

local DETERMINERS = {}
for _, w in ipairs(titles.determiners) do
  for part in w:gmatch("%a+") do DETERMINERS[part] = true end
end

local DASHES = { "\226\128\148", "\226\128\147", "--", "-" }

-- Attribution after the closing mark: "…," kata X / "…" — X / "…," X menambahkan.
local function after_attribution(ctx, q, sent_stop)
  local text, low = ctx.text, ctx.low
  local p = q.close + 1
  while p <= sent_stop and text:sub(p, p):match("[%s,%.!%?]") do p = p + 1 end
  p = skip_space(text, p, sent_stop)
  for _, d in ipairs(DASHES) do
    if text:sub(p, p + #d - 1) == d then
      local sp = named_after(ctx, skip_space(text, p + #d, sent_stop), sent_stop)
      if sp and sp.span[1] <= p + #d + 3 then sp.cue = "—"; return sp end
      return nil
    end
  end
  for _, w in ipairs({ "demikian ", "begitu " }) do
    if low:sub(p, p + #w - 1) == w then p = p + #w end
  end
  local cue = phrase_at(ctx, p, "after")
  if cue then
    local rest = p + #cue
    local sp
    if nya_after[cue] then
      sp = person_before(ctx, q.open)
    else
      sp = named_after(ctx, rest, math.min(sent_stop, rest + 160))
      sp = relayed(ctx, sp, sent_stop)
    end
    sp = sp or {}
    sp.cue = low:sub(p, p + #cue - 1)
    return sp
  end
  local acc = phrase_at(ctx, p, "according")
  if acc then
    local sp = named_after(ctx, p + #acc, sent_stop) or {}
    sp.cue = acc
    -- "demikian menurut laporan KCNA": the agency relays, the speaker is before
    if low:sub(p + #acc, p + #acc + 9):find("laporan") and sp.speaker then
      return { via = sp.speaker, relay_only = true }
    end
    return sp
  end
  -- "…," Putin menambahkan.
  local k = first_at(ctx.mentions, p)
  local m = ctx.mentions[k]
  if m and m.start == p and SPEAKER_KINDS[m.kind] then
    local v = skip_space(text, m.stop + 1, sent_stop)
    for _, adv in ipairs({ "juga ", "pun ", "lalu ", "kemudian " }) do
      if low:sub(v, v + #adv - 1) == adv then v = v + #adv end
    end
    local verb = phrase_at(ctx, v, "before") or phrase_at(ctx, v, "reporting")
    if verb then
      local sp = speaker_of(m)
      sp.cue = verb
      return sp
    end
  end
end

-- The subject of a verb at vpos: the last eligible mention in [a, vpos),
-- else a description starting with a title ("Duta Besar Rusia untuk Korut").
local function subject_before(ctx, a, vpos, unnamed)
  local found, place
  for _, m in ipairs(mentions_in(ctx, a, vpos - 1)) do
    if not ctx.via_mentions[m] and not ctx.inside_quote(m.start) then
      if SPEAKER_KINDS[m.kind] then found = m elseif m.kind == "place" then place = m end
    end
  end
  -- a description wins over places inside it when the clause opens with a title
  for k = first_at(ctx.items, a), #ctx.items do
    local it = ctx.items[k]
    if it.start > vpos then break end
    if it.type == "title" and (not found or found.start < it.start) then
      -- the clause before the title holds at most a conjunction and a determiner
      local lead = ctx.low:sub(a, it.start - 1)
      lead = lead:match(".*[,;:](.*)$") or lead
      local bare = true
      for w in lead:gmatch("%a+") do bare = bare and (DETERMINERS[w] or CONJUNCTIONS[w]) end
      if bare and not lead:find("[%d]") then
        local desc = ctx.text:sub(it.start, vpos - 1):gsub("%s+$", "")
        if not found or found.stop < it.start then
          if #desc <= 80 and not desc:find("[,.;]") then
            return { speaker = desc, span = { it.start, it.start + #desc - 1 } }
          end
        end
      end
      break
    end
  end
  if found then return speaker_of(found) end
  if place then return speaker_of(place) end
  -- an unnamed subject right before the verb: "kelompok pembelot menyebut …"
  if not unnamed then return nil end
  local clause_start = a
  local seg = ctx.text:sub(a, vpos - 1)
  local last_comma = seg:match(".*()[,;:]")
  if last_comma then clause_start = a + last_comma end
  local np = ctx.text:sub(clause_start, vpos - 1):match("^%s*(.-)%s*$")
  local _, nwords = np:gsub("%S+", "")
  if nwords >= 1 and nwords <= 4 and not np:find("[%d%p]") and not ctx.inside_quote(clause_start) then
    local low_np = np:lower()
    local plain = not low_np:find("^%a+nya$")
    for w in low_np:gmatch("%a+") do plain = plain and not NOT_SUBJECT[w] end
    if plain then
      local s0 = clause_start + (ctx.text:sub(clause_start, vpos - 1):find("%S") or 1) - 1
      return { speaker = np, span = { s0, s0 + #np - 1 } }
    end
  end
end

-- The last reporting cue in [a, b): position and phrase.
local function last_cue(ctx, a, b)
  local best, bestp
  for _, s in ipairs(word_starts(ctx, a, b - 1, "reporting", "according", "before")) do
    if not ctx.inside_quote(s) then
      local p = phrase_at(ctx, s, "reporting") or phrase_at(ctx, s, "according") or phrase_at(ctx, s, "before")
      if p then best, bestp = s, p end
    end
  end
  return best, bestp
end

-- The speaker of reported speech whose cue is at vpos in a sentence starting at a.
local function speaker_for_cue(ctx, a, vpos, cue, b, unnamed)
  if is_in.according[cue] then
    local sp = named_after(ctx, vpos + #cue, b)
    if sp then return sp end
  elseif cue:sub(1, 2) == "di" then
    -- passive: "disebutkan oleh KCNA", "yang diklaimnya"
    local oleh = ctx.low:find("^%s+juga%s+oleh%s+", vpos + #cue) or ctx.low:find("^%s+oleh%s+", vpos + #cue)
    if oleh then
      local sp = named_after(ctx, oleh, b)
      if sp then return sp end
    end
    if cue:sub(-3) == "nya" then return person_before(ctx, vpos, a) or person_before(ctx, vpos) end
  end
  return subject_before(ctx, a, vpos, unnamed)
end

---------------------------------------------------------------- building the list

local function analyse(doc)
  local text = doc:text()
  local ctx = { text = text, low = text:lower(), via_mentions = {} }
  ctx.mentions = doc:mentions()
  ctx.items = entities.items(doc)
  local starts, stops = sentence_bounds(doc)
  local spans = doc:body_spans()
  local flat = core.quote_marks(doc, spans)
  local marks = {}
  for i = 1, #flat, 6 do
    local f = flat[i + 5]
    marks[#marks + 1] = { open = flat[i], start = flat[i + 1], stop = flat[i + 2], close = flat[i + 3],
                          depth = flat[i + 4], unclosed = f & 1 ~= 0, continues = f & 2 ~= 0,
                          continued = f & 4 ~= 0 }
  end
  -- top-level quote ranges, to tell words inside a quote from the writer's
  local ranges = {}
  for _, q in ipairs(marks) do
    if q.depth == 0 then ranges[#ranges + 1] = q end
  end
  function ctx.inside_quote(pos)
    local lo, hi = 1, #ranges
    while lo <= hi do
      local mid = (lo + hi) // 2
      local r = ranges[mid]
      if pos < r.start then hi = mid - 1 elseif pos > r.stop then lo = mid + 1 else return true end
    end
    return false
  end

  local out = {}
  local said = {}  -- sentence index -> the speaker of reported speech in it

  -- indirect speech: sentences without marks, "Menurut X, …" or "X mengatakan (bahwa) …"
  local qi = 1
  for si = 1, #starts do
    local a, b = starts[si], stops[si]
    while qi <= #marks and marks[qi].close < a do qi = qi + 1 end
    local has_quote = qi <= #marks and marks[qi].open <= b
    if not has_quote then
      local vpos, cue = last_cue(ctx, a, b)
      if vpos and not cue:find("^di") then
        local sp = speaker_for_cue(ctx, a, vpos, cue, b)
        if sp and sp.speaker then
          local from, to = vpos + #cue, b
          if is_in.according[cue] and cue ~= "menurut" then
            -- "…, kata X." closes the sentence: the reported clause stands before the cue
            from, to = a, vpos - 1
            while to > a and text:sub(to, to):match("[%s,]") do to = to - 1 end
          elseif is_in.according[cue] and sp.span then
            from = (ctx.low:find(",", sp.span[2], true) or sp.span[2]) + 1
          end
          while from < to and text:sub(from, from):match("[%s,:]") do from = from + 1 end
          local that = ctx.low:match("^(%a+)%s", from)
          if that and is_in.that[that] then from = skip_space(text, from + #that, to) end
          if from < to then
            local via = find_via(ctx, a, b)
            out[#out + 1] = { text = text:sub(from, to), start = from, stop = to, kind = "indirect",
                              speaker = sp.speaker, speaker_span = sp.span, cue = ctx.low:sub(vpos, vpos + #cue - 1),
                              via = via and via.name ~= sp.speaker and via.name or nil }
            said[si] = sp.speaker
          end
        end
      end
    end
  end

  -- quotations
  local results = {}
  for qn, q in ipairs(marks) do
    if not text:sub(q.start, q.stop):find("[%w\128-\255]") then goto next_quote end
    local si = index_at(starts, q.open) or 1
    local ci = index_at(starts, q.close) or si
    local b = stops[ci] or #text
    if b < q.close then b = q.close end
    -- "“….” — Peskov": an attribution the splitter left in the next sentence
    if b <= q.close + 1 and starts[ci + 1] and not text:sub(b, starts[ci + 1]):find("\n") then
      b = stops[ci + 1]
    end
    -- the context is the sentence, at most WINDOW bytes either side, so that
    -- a page of marks stays linear
    local a = math.max(starts[si] or 1, q.open - WINDOW)
    b = math.min(b, q.close + WINDOW)
    local via = find_via(ctx, a, b)
    local item = { text = text:sub(q.start, q.stop), start = q.start, stop = q.stop,
                   unclosed = q.unclosed or nil }
    local words = text:sub(q.start, q.stop)
    local sp, kind
    if q.depth > 0 then
      kind = is_term(words) and "term" or "partial"
    else
      local after = (not q.unclosed or q.continues) and after_attribution(ctx, q, b)
      if after and after.relay_only then via = { name = after.via }; after = nil end
      local lead = text:sub(a, q.open - 1)
      local opens_sentence = lead:match("^[%s%p]*$") ~= nil
      if after and (after.speaker or after.cue) then
        sp, kind = after, "direct"
      else
        -- before the quote: "Kim berkata:", "Menurut Putin," or a reporting verb earlier
        local vpos, cue = last_cue(ctx, a, q.open)
        local colon = lead:match("[:,]%s*$") and vpos and
                      text:sub(vpos + #cue, q.open - 1):match("^[%s%a]*[:,]%s*$")
        if is_term(words) and not colon then
          kind = "term"
        elseif vpos then
          sp = speaker_for_cue(ctx, a, vpos, cue, q.open - 1, true) or {}
          sp.cue = ctx.low:sub(vpos, vpos + #cue - 1)
          kind = (colon or opens_sentence) and "direct" or "partial"
        elseif lead:match(":%s*$") then
          sp = subject_before(ctx, a, q.open) or {}
          kind = "direct"
        else
          kind = opens_sentence and "direct" or "partial"
          local prev = said[si - 1]
          if opens_sentence and said[si] then prev = said[si] end
          if prev then
            sp = { speaker = prev, span = nil }
          else
            sp = subject_before(ctx, a, q.open)
          end
          if not sp and opens_sentence and si > 1 then
            -- the speaker named only in the sentence before: its first person
            for _, m in ipairs(mentions_in(ctx, starts[si - 1], stops[si - 1])) do
              if m.kind == "person" then sp = speaker_of(m); break end
            end
          end
          if not opens_sentence and words:find("^%S+$") and not words:find("%u") then kind = "term" end
        end
      end
      if after and after.via then via = { name = after.via } end
    end
    item.kind = kind
    if kind ~= "term" and sp then
      item.speaker, item.speaker_span, item.cue = sp.speaker, sp.span, sp.cue
      if sp.speaker then said[si] = sp.speaker; said[ci] = sp.speaker end
    end
    if kind ~= "term" and via and via.name ~= item.speaker then item.via = via.name end
    results[qn] = item
    out[#out + 1] = item
    ::next_quote::
  end
  -- nested quotes take the speaker of the quote around them (a stack of the
  -- quotes that enclose the current one, in one pass)
  local around = {}
  for qn, q in ipairs(marks) do
    while #around > 0 and marks[around[#around]].stop < q.start do around[#around] = nil end
    local outer = around[#around]
    if q.depth > 0 and outer and results[qn] and results[qn].kind ~= "term" and results[outer] then
      results[qn].speaker, results[qn].speaker_span = results[outer].speaker, results[outer].speaker_span
    end
    around[#around + 1] = qn
  end
  -- a quote over several paragraphs: its parts share the attribution of the last part
  local group = {}
  for qn, q in ipairs(marks) do
    if q.depth == 0 and (q.continues or q.continued) then
      if not q.continued then group = {} end
      group[#group + 1] = results[qn] or { }
      if not q.continues then
        local last = group[#group]
        for n, part in ipairs(group) do
          part.part, part.kind = n, "direct"
          if not part.speaker or part ~= last then
            part.speaker = last.speaker or part.speaker
            part.speaker_span, part.cue, part.via = last.speaker_span, last.cue, last.via
          end
        end
        group = {}
      end
    end
  end
  table.sort(out, function(x, y) return x.start < y.start end)
  return out
end

--- The quotations and reported speech of the document, see the top of this file.
function Document:quotes()
  local cache = self:_cache()
  local stamp = generation .. "/" .. entities.generation()
  if cache.quotes and cache.quotes_generation == stamp then return cache.quotes end
  cache.quotes, cache.quotes_generation = analyse(self), stamp
  return cache.quotes
end

return M
