--- A self-contained HTML report: one file, no network, inline CSS and SVG,
-- that reads as well for five articles as for fifty thousand.
--
--   local html = require "kimput.writers.html"
--   local page = html.report{
--     title = "Kim–Putin correspondence",
--     events = corpus:merged_events(),   -- or corpus:events(): rows with date, type,
--                                        -- sender, recipient, occasion, id (count, sources)
--     quotes = corpus:merged_quotes(),   -- or corpus:quotes(): rows with date, speaker,
--                                        -- cue, kind, text, id, via (count, sources)
--     documents = 5000,                  -- optional, for the summary line
--     unit = "week",                     -- optional: day, week, month or year (default: by span)
--     limits = {speakers = 10},          -- optional, see M.LIMITS
--   }
--   html.write("report.html", page)
--   html.table_page(title, rows, columns)  -- any rows as a plain table page
--   html.escape(s)
--
-- The page (lang="id": the quotes are Indonesian) has
--   #timeline  an SVG bar chart of events (by type) and quotes per day, week or
--              month (the unit follows the span), the most reported events, and
--              one expandable entry per period with its events and top quotes;
--   #people    the top speakers and the top parties with their counts;
--   #quotes    the quotes by speaker (#quotes-by-speaker), most repeated first,
--              paged in expandable blocks.
-- Merged rows (kimput.merge) show their count and link their sources (the
-- url when known); plain rows count once. Indirect speech is shown without
-- quote marks. What exceeds the limits is counted, not shown, so the page
-- stays small (0.4 MB for 5,000 generated articles). Items whose date cannot be
-- placed (none, XXXX-05-09, or vaguer than a period) are listed as undated.
-- The layout reflows for phones.
local query = require "kimput.query"

local M = {}

--- How much the page shows at most (html.report{limits = {...}} overrides).
M.LIMITS = {
  periods = 160,           -- bars and entries of the timeline (coarser units beyond)
  events_per_period = 8,   -- events listed in one period's entry
  quotes_per_period = 2,   -- quotes listed in one period's entry
  top_events = 10,         -- the most reported events
  top = 15,                -- rows of the top speakers and top parties tables
  speakers = 25,           -- speakers in the quotes section
  quotes_per_speaker = 30, -- quotes listed for one speaker
  page = 10,               -- quotes per expandable block
  sources = 3,             -- sources linked per item
  text = 400,              -- characters of a quote shown
}

local ESCAPES = { ["&"] = "&amp;", ["<"] = "&lt;", [">"] = "&gt;", ['"'] = "&quot;", ["'"] = "&#39;" }

function M.escape(s)
  if s == nil then return "" end
  return (tostring(s):gsub("[&<>\"']", ESCAPES))
end
local esc = M.escape

local CSS = [[
:root { --ink: #1d232b; --muted: #5c6773; --line: #d5dbe1; --bg: #fbfbfa; --accent: #0b5fa5; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: var(--ink); background: var(--bg); }
main { max-width: 1100px; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.5rem; margin: .5rem 0 0; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; border-bottom: 2px solid var(--line); }
h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.sub, small, .src { color: var(--muted); }
a { color: var(--accent); }
svg { width: 100%; height: auto; display: block; background: #fff; border: 1px solid var(--line); }
svg text { font: 12px system-ui, sans-serif; fill: var(--muted); }
ul.items, ol.items { list-style: none; padding: 0; margin: .3rem 0 .6rem; }
.items li { padding: .25rem 0 .25rem .6rem; border-left: 4px solid var(--dot, var(--line)); margin: .25rem 0; }
time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .4rem; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; color: #fff;
       background: var(--dot, var(--accent)); margin-right: .3rem; vertical-align: 1px; }
.n { font-weight: 600; font-variant-numeric: tabular-nums; margin: 0 .3rem; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: .3rem; }
details { margin: .2rem 0; }
details > summary { cursor: pointer; padding: .2rem 0; }
ol.periods { list-style: none; padding: 0; margin: .5rem 0; border-left: 3px solid var(--line); }
ol.periods > li { padding: 0 0 0 .8rem; }
.chips span { font-size: .85rem; margin-right: .5rem; white-space: nowrap; color: var(--muted); }
.chips b { color: var(--ink); }
.q { margin: 0; }
.indirect { font-style: italic; }
.kind { font-size: .75rem; color: var(--muted); border: 1px solid var(--line); border-radius: 3px;
        padding: 0 .3rem; margin-right: .3rem; font-style: normal; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 1.5rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .3rem .5rem; border-bottom: 1px solid var(--line); }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
thead th { font-size: .85rem; color: var(--muted); }
details.speaker > summary { font-weight: 600; background: #eef2f6; padding: .3rem .5rem; }
@media (max-width: 640px) {
  main { padding: .5rem; }
  .cols { display: block; }
}
]]

local COLORS = {
  letter = "#0b5fa5", message = "#2a9d8f", call = "#e9a23b", meeting = "#c4452c", quote = "#7a4fa3",
}
local OTHER_COLOR = "#6c757d"
local TYPE_ORDER = { "letter", "message", "call", "meeting" }

local function color(kind) return COLORS[kind] or OTHER_COLOR end

local function shorten(s, n)
  s = tostring(s or ""):gsub("%s+", " ")
  local len = utf8.len(s)
  if len and len > n then
    return s:sub(1, (utf8.offset(s, n + 1) or #s + 1) - 1) .. "…"
  end
  return s
end

-- 12345 -> "12,345"
local function num(n)
  local s = tostring(math.floor(n))
  return (s:reverse():gsub("(%d%d%d)", "%1,"):reverse():gsub("^,", ""))
end

local function plural(n, word)
  return num(n) .. " " .. word .. (n == 1 and "" or "s")
end

-- '<p class="sub">and 5 more quotes</p>', with a note after it.
local function more(n, word, plural_word, note)
  return ('<p class="sub">and %s more %s%s</p>'):format(num(n), n == 1 and word or (plural_word or word .. "s"),
    note and (" " .. note) or "")
end

local function weight(row) return row.count or 1 end

---------------------------------------------------------------- sources

local function sources_of(row)
  if row.sources then return row.sources end
  return { { id = row.id, outlet = row.outlet, url = row.url, published = row.published } }
end

local function source_label(src)
  local host = type(src.url) == "string" and src.url:match("^https?://([^/:?#]+)")
  return src.outlet or host or src.id or "?"
end

local function link(src, label)
  label = esc(label)
  local title = esc(table.concat({ src.id or "", src.published or "" }, " "))
  local url = src.url
  if type(url) == "string" and url:match("^https?://[^%s\"<>]+$") then
    return ('<a href="%s" title="%s">%s</a>'):format(esc(url), title, label)
  end
  return ('<span title="%s">%s</span>'):format(title, label)
end

-- "Kompas, ANTARA +18 · 2023-05-10 – 2023-06-01": where an item was reported.
local function sources_html(row, limits)
  local srcs = sources_of(row)
  local parts, seen = {}, {}  -- the first source of each outlet, up to the limit
  for _, src in ipairs(srcs) do
    if #parts >= limits.sources then break end
    local label = source_label(src)
    if not seen[label] then
      seen[label] = true
      parts[#parts + 1] = link(src, label)
    end
  end
  local out = table.concat(parts, ", ")
  if #srcs > #parts then out = out .. (" +%s"):format(num(#srcs - #parts)) end
  local first, last = row.first_published, row.last_published
  if first and last and first ~= last then
    out = out .. (" · %s – %s"):format(esc(first), esc(last))
  end
  return '<small class="src">' .. out .. "</small>"
end

---------------------------------------------------------------- items

local function event_label(e)
  local a, b = esc(e.sender or "?"), esc(e.recipient or "?")
  return e.type == "meeting" and (a .. " &amp; " .. b) or (a .. " → " .. b)
end

local function count_html(row)
  return (row.count or 1) > 1 and ('<span class="n">×%s</span>'):format(num(row.count)) or ""
end

local function event_item(e, limits)
  return ('<li style="--dot:%s"><span class="tag">%s</span><time>%s</time><b>%s</b>%s%s %s</li>'):format(
    color(e.type), esc(e.type or "event"), esc(e.date or "undated"), event_label(e),
    e.occasion and (" <small>· " .. esc(e.occasion) .. "</small>") or "", count_html(e),
    sources_html(e, limits))
end

-- A quote: direct and partial words in quote marks, reported speech without.
local function quote_text(q, limits)
  local text = esc(shorten(q.text, limits.text))
  if q.kind == "indirect" then
    return '<p class="q indirect"><span class="kind">reported</span>' .. text .. "</p>"
  end
  return '<p class="q">“' .. text .. "”</p>"
end

local function quote_item(q, limits, with_speaker)
  local meta = {}
  if with_speaker then meta[#meta + 1] = "<b>" .. esc(q.speaker or "unknown speaker") .. "</b>" end
  meta[#meta + 1] = esc(q.date or "undated")
  if q.cue then meta[#meta + 1] = esc(q.cue) end
  if q.via then meta[#meta + 1] = "via " .. esc(q.via) end
  return ('<li style="--dot:%s">%s<small>%s</small>%s %s</li>'):format(
    color("quote"), quote_text(q, limits), table.concat(meta, " · "), count_html(q), sources_html(q, limits))
end

-- Sorts a copy of rows: most reported first, then by date.
local function by_count(rows)
  local list = {}
  for i, r in ipairs(rows) do list[i] = r end
  table.sort(list, function(a, b)
    if weight(a) ~= weight(b) then return weight(a) > weight(b) end
    if a.date ~= b.date then  -- undated last
      if a.date == nil or b.date == nil then return b.date == nil end
      return a.date < b.date
    end
    return tostring(a.text or a.sender or "") < tostring(b.text or b.sender or "")
  end)
  return list
end

---------------------------------------------------------------- periods

local UNITS = { "day", "week", "month", "year" }
local UNIT_DAYS = { day = 1, week = 7, month = 30, year = 365 }

-- The period holding day number d: its first day, last day and label.
local function period(d, unit)
  if unit == "day" then
    local y, m, dd = query.civil_from_days(d)
    return d, d, ("%04d-%02d-%02d"):format(y, m, dd)
  elseif unit == "week" then
    local monday = d - (d + 3) % 7  -- 1970-01-01 was a Thursday
    local thursday = monday + 3      -- ISO weeks belong to the year of their Thursday
    local ty = query.civil_from_days(thursday)
    local week = (thursday - query.days_from_civil(ty, 1, 1)) // 7 + 1
    return monday, monday + 6, ("%04d-W%02d"):format(ty, week)
  elseif unit == "month" then
    local y, m = query.civil_from_days(d)
    local first = query.days_from_civil(y, m, 1)
    local nm_y, nm = m == 12 and y + 1 or y, m == 12 and 1 or m + 1
    return first, query.days_from_civil(nm_y, nm, 1) - 1, ("%04d-%02d"):format(y, m)
  end
  local y = query.civil_from_days(d)
  return query.days_from_civil(y, 1, 1), query.days_from_civil(y, 12, 31), ("%04d"):format(y)
end

-- The dates of the mentions a row stands for: its items' for a merged row.
local function mention_dates(row, fn)
  if row.items then
    for _, it in ipairs(row.items) do fn(it.date) end
  else
    fn(row.date)
  end
end

-- Groups events and quotes into periods of a unit; items whose date spans
-- more than one period go with the undated. Events count in the period of
-- their date, quotes in the period of each article that carries them (a
-- merged quote is listed in the period of its first article).
local function group_periods(events, quotes, unit)
  local by_start, periods, undated = {}, {}, { label = "undated", events = {}, quotes = {}, quote_count = 0 }
  local function period_of(date)
    local lo, hi = query.date_interval(date)
    if not lo then return undated end
    local first, last, label = period(lo, unit)
    if hi > last then return undated end
    local p = by_start[first]
    if not p then
      p = { first = first, last = last, label = label, events = {}, quotes = {}, quote_count = 0 }
      by_start[first] = p
      periods[#periods + 1] = p
    end
    return p
  end
  for _, e in ipairs(events) do
    local list = period_of(e.date).events
    list[#list + 1] = e
  end
  for _, q in ipairs(quotes) do
    local list = period_of(q.date).quotes
    list[#list + 1] = q
    mention_dates(q, function(date)
      local p = period_of(date)
      p.quote_count = p.quote_count + 1
    end)
  end
  table.sort(periods, function(a, b) return a.first < b.first end)
  return periods, undated
end

-- The unit: the finest whose number of periods over the span fits the limit.
local function choose_unit(events, quotes, limits, wanted)
  if wanted then return wanted end
  local lo, hi = math.huge, -math.huge
  local function see(date)
    local a, b = query.date_interval(date)
    if a and a == b then lo, hi = math.min(lo, a), math.max(hi, b) end
  end
  for _, e in ipairs(events) do see(e.date) end
  for _, q in ipairs(quotes) do mention_dates(q, see) end
  if lo > hi then return "month" end
  local span = hi - lo + 1
  if span <= 62 then return "day" end
  for _, u in ipairs(UNITS) do
    if u ~= "day" and span / UNIT_DAYS[u] <= limits.periods then return u end
  end
  return "year"
end

local function tally(p)
  local types, ev = {}, 0
  for _, e in ipairs(p.events) do
    local t = e.type or "event"
    types[t] = (types[t] or 0) + weight(e)
    ev = ev + weight(e)
  end
  p.types, p.event_count = types, ev
end

local function ordered_types(types)
  local out, seen = {}, {}
  for _, t in ipairs(TYPE_ORDER) do
    if types[t] then out[#out + 1] = t; seen[t] = true end
  end
  local rest = {}
  for t in pairs(types) do
    if not seen[t] then rest[#rest + 1] = t end
  end
  table.sort(rest)
  for _, t in ipairs(rest) do out[#out + 1] = t end
  return out
end

---------------------------------------------------------------- chart

-- Axis labels: about eight, on period starts, none cut by the right edge.
local function tick_labels(periods, x, right)
  local out = {}
  local step = math.max(1, math.ceil(#periods / 8))
  for i = 1, #periods, step do
    local p = periods[i]
    if x(p.first) + 7 * #p.label <= right then
      out[#out + 1] = ('<text x="%.1f" y="%d">%s</text>'):format(x(p.first), 0, esc(p.label))
    end
  end
  return out
end

-- Bars per period: events stacked by type above, quotes below.
local function chart(periods, unit)
  if #periods == 0 then return '<p class="sub">No dated items to draw.</p>' end
  local lo, hi = periods[1].first, periods[#periods].last + 1
  local left, width = 10, 980
  local function x(d) return left + (d - lo) / (hi - lo) * width end
  local max_e, max_q = 0, 0
  for _, p in ipairs(periods) do
    max_e, max_q = math.max(max_e, p.event_count), math.max(max_q, p.quote_count)
  end
  local EH, QH = 110, 50
  local top_e, top_q = 22, 22 + EH + 30
  local height = top_q + QH + 34
  local out = {
    ('<svg viewBox="0 0 1000 %d" role="img" aria-label="Events and quotes per %s" ' ..
      'xmlns="http://www.w3.org/2000/svg">'):format(height, unit),
    ('<text x="%d" y="14">events per %s (most: %s)</text>'):format(left, unit, num(max_e)),
    ('<text x="%d" y="%d">quotes per %s (most: %s)</text>'):format(left, top_q - 8, unit, num(max_q)),
  }
  for _, p in ipairs(periods) do
    local x1 = x(p.first)
    local w = math.max(1.5, x(p.last + 1) - x1 - (hi - lo > 60 and 0.5 or 2))
    local title = { esc(p.label) .. ":" }
    local bars = {}
    local y = top_e + EH
    for _, t in ipairs(ordered_types(p.types)) do
      local h = p.types[t] / math.max(max_e, 1) * EH
      y = y - h
      bars[#bars + 1] = ('<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>'):format(
        x1, y, w, h, color(t))
      title[#title + 1] = plural(p.types[t], t)
    end
    if p.quote_count > 0 then
      local h = p.quote_count / math.max(max_q, 1) * QH
      bars[#bars + 1] = ('<rect class="bar" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="%s"/>'):format(
        x1, top_q + QH - h, w, h, color("quote"))
      title[#title + 1] = plural(p.quote_count, "quote")
    end
    out[#out + 1] = "<g><title>" .. table.concat(title, " ") .. "</title>" .. table.concat(bars) .. "</g>"
  end
  for _, y in ipairs({ top_e + EH, top_q + QH }) do
    out[#out + 1] = ('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#8895a2"/>'):format(left, y, left + width, y)
  end
  out[#out + 1] = ('<g transform="translate(0 %d)" text-anchor="start">'):format(top_q + QH + 20)
  for _, t in ipairs(tick_labels(periods, x, 1000)) do out[#out + 1] = t end
  out[#out + 1] = "</g></svg>"
  return table.concat(out, "\n")
end

local function legend(types, with_quotes)
  local out = { '<p class="legend">' }
  for _, t in ipairs(ordered_types(types)) do
    out[#out + 1] = ('<span><i style="background:%s"></i>%s</span>'):format(color(t), esc(t))
  end
  if with_quotes then
    out[#out + 1] = ('<span><i style="background:%s"></i>quote</span>'):format(color("quote"))
  end
  out[#out + 1] = "</p>"
  return table.concat(out)
end

---------------------------------------------------------------- sections

local function chips(p)
  local out = {}
  for _, t in ipairs(ordered_types(p.types)) do
    out[#out + 1] = ("<span><b>%s</b> %s</span>"):format(num(p.types[t]), esc(t) .. (p.types[t] == 1 and "" or "s"))
  end
  if p.quote_count > 0 then
    out[#out + 1] = ("<span><b>%s</b> quote%s</span>"):format(num(p.quote_count), p.quote_count == 1 and "" or "s")
  end
  return '<span class="chips">' .. table.concat(out) .. "</span>"
end

local function period_entry(p, limits, open)
  local out = { ("<li><details%s><summary><time>%s</time>%s</summary>"):format(
    open and " open" or "", esc(p.label), chips(p)) }
  local events = by_count(p.events)
  if #events > 0 then
    out[#out + 1] = '<ul class="items">'
    for i = 1, math.min(#events, limits.events_per_period) do out[#out + 1] = event_item(events[i], limits) end
    out[#out + 1] = "</ul>"
    if #events > limits.events_per_period then
      out[#out + 1] = more(#events - limits.events_per_period, "event")
    end
  end
  local quotes = by_count(p.quotes)
  if #quotes > 0 and limits.quotes_per_period > 0 then
    out[#out + 1] = '<ul class="items">'
    for i = 1, math.min(#quotes, limits.quotes_per_period) do out[#out + 1] = quote_item(quotes[i], limits, true) end
    out[#out + 1] = "</ul>"
  end
  out[#out + 1] = "</details></li>"
  return table.concat(out, "\n")
end

local function timeline_section(events, quotes, limits, unit)
  unit = choose_unit(events, quotes, limits, unit)
  local periods, undated = group_periods(events, quotes, unit)
  -- too many periods for the limit: the next coarser unit
  while #periods > limits.periods and unit ~= "year" do
    for i, u in ipairs(UNITS) do
      if u == unit then unit = UNITS[i + 1]; break end
    end
    periods, undated = group_periods(events, quotes, unit)
  end
  local types = {}
  for _, p in ipairs(periods) do
    tally(p)
    for t in pairs(p.types) do types[t] = true end
  end
  tally(undated)
  for t in pairs(undated.types) do types[t] = true end
  local out = {
    '<section id="timeline"><h2>Timeline</h2>',
    legend(types, #quotes > 0),
    chart(periods, unit),
  }
  local top = by_count(events)
  if #top > 0 then
    out[#out + 1] = "<h3>Most reported events</h3>"
    out[#out + 1] = '<ol class="items" id="top-events">'
    for i = 1, math.min(#top, limits.top_events) do out[#out + 1] = event_item(top[i], limits) end
    out[#out + 1] = "</ol>"
  end
  out[#out + 1] = ("<h3>By %s</h3>"):format(unit)
  out[#out + 1] = '<ol class="periods">'
  local open_all = #periods <= 6
  for _, p in ipairs(periods) do out[#out + 1] = period_entry(p, limits, open_all) end
  if #undated.events + #undated.quotes > 0 then out[#out + 1] = period_entry(undated, limits, open_all) end
  out[#out + 1] = "</ol></section>"
  return table.concat(out, "\n")
end

-- Counts per name: list of {name, total, ...} most first.
local function top_names(rows, fields)
  local index, list = {}, {}
  for _, r in ipairs(rows) do
    for _, f in ipairs(fields) do
      local name = r[f]
      if name then
        local e = index[name]
        if not e then
          e = { name = name, total = 0 }
          index[name] = e
          list[#list + 1] = e
        end
        e[f] = (e[f] or 0) + weight(r)
        e.total = e.total + weight(r)
        e.distinct = (e.distinct or 0) + 1
      end
    end
  end
  table.sort(list, function(a, b)
    if a.total ~= b.total then return a.total > b.total end
    return a.name < b.name
  end)
  return list
end

local function people_section(events, quotes, limits, speaker_anchor)
  local out = { '<section id="people"><h2>Who</h2><div class="cols">' }
  if #quotes > 0 then
    local speakers = top_names(quotes, { "speaker" })
    out[#out + 1] = '<div><h3>Top speakers</h3><table id="top-speakers"><thead><tr><th>Speaker</th>' ..
      '<th class="num">Quotes</th><th class="num">Distinct</th></tr></thead><tbody>'
    for i = 1, math.min(#speakers, limits.top) do
      local s = speakers[i]
      local anchor = speaker_anchor[s.name]
      out[#out + 1] = ('<tr><td>%s</td><td class="num">%s</td><td class="num">%s</td></tr>'):format(
        anchor and ('<a href="#%s">%s</a>'):format(anchor, esc(s.name)) or esc(s.name), num(s.total), num(s.distinct))
    end
    out[#out + 1] = "</tbody></table>"
    if #speakers > limits.top then
      out[#out + 1] = more(#speakers - limits.top, "speaker")
    end
    out[#out + 1] = "</div>"
  end
  if #events > 0 then
    local parties = top_names(events, { "sender", "recipient" })
    out[#out + 1] = '<div><h3>Top parties</h3><table id="top-parties"><thead><tr><th>Party</th>' ..
      '<th class="num">Events</th><th class="num">Sent / met</th><th class="num">Received</th></tr></thead><tbody>'
    for i = 1, math.min(#parties, limits.top) do
      local p = parties[i]
      out[#out + 1] = ('<tr><td>%s</td><td class="num">%s</td><td class="num">%s</td><td class="num">%s</td></tr>')
        :format(esc(p.name), num(p.total), num(p.sender or 0), num(p.recipient or 0))
    end
    out[#out + 1] = "</tbody></table>"
    if #parties > limits.top then
      out[#out + 1] = more(#parties - limits.top, "party", "parties")
    end
    out[#out + 1] = "</div>"
  end
  out[#out + 1] = "</div></section>"
  return table.concat(out, "\n")
end

-- One speaker's quotes: the first page shown, the next ones in nested blocks.
local function speaker_quotes(list, limits)
  local shown = math.min(#list, limits.quotes_per_speaker)
  local out, closers = {}, {}
  for first = 1, shown, limits.page do
    local last = math.min(shown, first + limits.page - 1)
    if first > 1 then
      out[#out + 1] = ('<details class="more"><summary>%s–%s of %s</summary>'):format(first, last, num(#list))
      closers[#closers + 1] = "</details>"
    end
    out[#out + 1] = '<ol class="items quotes">'
    for i = first, last do out[#out + 1] = quote_item(list[i], limits, false) end
    out[#out + 1] = "</ol>"
  end
  for i = #closers, 1, -1 do out[#out + 1] = closers[i] end
  if #list > shown then
    out[#out + 1] = more(#list - shown, "quote", nil, "(all of them: kimput report quotes … -o quotes.csv)")
  end
  return table.concat(out, "\n")
end

local function quotes_section(quotes, limits, speaker_anchor)
  local groups = query.group_by(quotes, "speaker")
  for _, g in ipairs(groups) do
    g.total = 0
    for _, q in ipairs(g.rows) do g.total = g.total + weight(q) end
  end
  table.sort(groups, function(a, b)
    if (a.key ~= nil) ~= (b.key ~= nil) then return a.key ~= nil end
    if a.total ~= b.total then return a.total > b.total end
    return tostring(a.key) < tostring(b.key)
  end)
  local out = {
    ('<section id="quotes"><h2>Quotes by speaker <small>(%s)</small></h2>'):format(num(#quotes)),
    '<div id="quotes-by-speaker">',
  }
  for i = 1, math.min(#groups, limits.speakers) do
    local g = groups[i]
    local anchor = "speaker-" .. i
    if g.key then speaker_anchor[g.key] = anchor end
    out[#out + 1] = ('<details class="speaker" id="%s"%s><summary>%s <small>(%s, %s)</small></summary>'):format(
      anchor, i <= 3 and " open" or "", esc(g.key or "unknown speaker"), plural(g.total, "quote"),
      num(#g.rows) .. " distinct")
    out[#out + 1] = speaker_quotes(by_count(g.rows), limits)
    out[#out + 1] = "</details>"
  end
  out[#out + 1] = "</div>"
  if #groups > limits.speakers then
    out[#out + 1] = more(#groups - limits.speakers, "speaker")
  end
  out[#out + 1] = "</section>"
  return table.concat(out, "\n")
end

local function page(title, subtitle, body)
  return table.concat({
    "<!DOCTYPE html>",
    '<html lang="id"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>" .. esc(title) .. "</title>",
    "<style>" .. CSS .. "</style></head><body><main>",
    "<h1>" .. esc(title) .. "</h1>",
    subtitle and ('<p class="sub">' .. esc(subtitle) .. "</p>") or "",
    body,
    '<p class="sub"><small>Made by kimput. Offsets and values as in its docs/output.md; ' ..
      "a quote is dated by its article; ×N: reported by N articles.</small></p>",
    "</main></body></html>", "",
  }, "\n")
end

local function mentions(rows)
  local n = 0
  for _, r in ipairs(rows) do n = n + weight(r) end
  return n
end

local function summary(spec, events, quotes)
  local parts = {}
  if spec.documents then parts[#parts + 1] = plural(spec.documents, "document") end
  for _, x in ipairs({ { events, "event" }, { quotes, "quote" } }) do
    local rows, word = x[1], x[2]
    if rows then
      local m = mentions(rows)
      parts[#parts + 1] = plural(#rows, word) .. (m ~= #rows and (" (from %s mentions)"):format(num(m)) or "")
    end
  end
  return table.concat(parts, " · ")
end

--- The HTML page for events and/or quotes (rows as corpus queries or
-- kimput.merge return them; see the top).
function M.report(spec)
  spec = spec or {}
  local limits = {}
  for k, v in pairs(M.LIMITS) do limits[k] = v end
  for k, v in pairs(spec.limits or {}) do
    if M.LIMITS[k] == nil then error(("html.report: no limit named %q"):format(tostring(k)), 2) end
    if math.type(v) ~= "integer" or v < 0 then error(("html.report: limit %s must be a whole number"):format(k), 2) end
    limits[k] = v
  end
  limits.page = math.max(limits.page, 1)
  if spec.unit ~= nil and not UNIT_DAYS[spec.unit] then
    error("html.report: unit must be day, week, month or year", 2)
  end
  local events, quotes = spec.events, spec.quotes
  local body = {}
  if events or quotes then
    body[#body + 1] = timeline_section(events or {}, quotes or {}, limits, spec.unit)
  end
  local speaker_anchor = {}
  local quotes_html = quotes and quotes_section(quotes, limits, speaker_anchor)
  if events or quotes then body[#body + 1] = people_section(events or {}, quotes or {}, limits, speaker_anchor) end
  body[#body + 1] = quotes_html
  return page(spec.title or "kimput report", spec.subtitle or summary(spec, events, quotes), table.concat(body, "\n"))
end

--- Any rows as a page with one table (columns: a list of field names); at
-- most `limit` rows (default 2,000), the rest counted.
function M.table_page(title, rows, columns, limit)
  limit = limit or 2000
  local out = { "<table><thead><tr>" }
  for _, c in ipairs(columns) do out[#out + 1] = "<th>" .. esc(c) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>"
  local csv = require "kimput.writers.csv"
  for i = 1, math.min(#rows, limit) do
    local row = rows[i]
    out[#out + 1] = "<tr>"
    for _, c in ipairs(columns) do
      out[#out + 1] = ('<td data-label="%s">%s</td>'):format(esc(c), esc(csv.cell(row[c])))
    end
    out[#out + 1] = "</tr>"
  end
  out[#out + 1] = "</tbody></table>"
  if #rows > limit then
    out[#out + 1] = more(#rows - limit, "row", nil, "(write CSV or JSON Lines for all of them)")
  end
  return page(title or "kimput", plural(#rows, "row"), table.concat(out))
end

--- Writes a page to a path or a file handle.
function M.write(target, text)
  if type(target) == "string" then
    local fh = assert(io.open(target, "wb"))
    fh:write(text)
    fh:close()
  else
    target:write(text)
  end
end

return M
