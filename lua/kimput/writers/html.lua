--- A self-contained HTML report: one file, no network, inline CSS and SVG.
--
--   local html = require "kimput.writers.html"
--   local page = html.report{
--     title = "Kim–Putin correspondence",
--     events = corpus:events(),     -- rows with date, type, sender, recipient, occasion, id
--     quotes = corpus:quotes(),     -- rows with date, speaker, cue, kind, text, id, via
--   }
--   html.write("report.html", page)
--   html.table_page(title, rows, columns)  -- any rows as a plain table page
--   html.escape(s)
--
-- The page has a timeline (id "timeline": an SVG strip with one mark per
-- event or quote placed by date, then the same items as a list by date)
-- and a table of quotes grouped by speaker (id "quotes-by-speaker"). A
-- quote sits at its article's date. Items whose date cannot be placed
-- (none, or XXXX-05-09) are listed as undated. The layout reflows for
-- phones (tables become cards under 640 px).
local query = require "kimput.query"

local M = {}

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
.sub, small, .src { color: var(--muted); }
svg { width: 100%; height: auto; display: block; background: #fff; border: 1px solid var(--line); }
svg text { font: 13px system-ui, sans-serif; fill: var(--muted); }
ol.timeline { list-style: none; padding: 0; margin: 1rem 0; border-left: 3px solid var(--line); }
ol.timeline li { position: relative; padding: .25rem 0 .6rem 1rem; }
ol.timeline li::before { content: ""; position: absolute; left: -8px; top: .7rem; width: 13px; height: 13px;
       border-radius: 50%; background: var(--dot, var(--accent)); border: 2px solid #fff; }
time { font-variant-numeric: tabular-nums; font-weight: 600; margin-right: .4rem; }
.tag { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px; color: #fff;
       background: var(--dot, var(--accent)); margin-right: .3rem; vertical-align: 1px; }
.legend span { margin-right: 1rem; white-space: nowrap; }
.legend i { display: inline-block; width: 10px; height: 10px; border-radius: 50%; margin-right: .3rem; }
table { width: 100%; border-collapse: collapse; margin: .5rem 0 1rem; background: #fff; }
th, td { text-align: left; vertical-align: top; padding: .4rem .5rem; border-bottom: 1px solid var(--line); }
thead th { font-size: .85rem; color: var(--muted); }
tbody th { background: #eef2f6; font-size: 1rem; }
td.q { min-width: 18rem; }
@media (max-width: 640px) {
  main { padding: .5rem; }
  thead { display: none; }
  table, tbody, tr, td, tbody th { display: block; width: 100%; }
  tr { border-bottom: 1px solid var(--line); padding: .3rem 0; }
  td { border: 0; padding: .1rem .5rem; }
  td[data-label]::before { content: attr(data-label) ": "; color: var(--muted); font-size: .85rem; }
  td.q { min-width: 0; }
}
]]

local COLORS = {
  letter = "#0b5fa5", message = "#2a9d8f", call = "#e9a23b", meeting = "#c4452c", quote = "#7a4fa3",
}
local OTHER_COLOR = "#6c757d"

local function color(kind) return COLORS[kind] or OTHER_COLOR end

local function shorten(s, n)
  s = tostring(s or ""):gsub("%s+", " ")
  if utf8.len(s) and utf8.len(s) > n then
    return s:sub(1, (utf8.offset(s, n + 1) or #s + 1) - 1) .. "…"
  end
  return s
end

local function party(s) return s or "?" end

-- The timeline items of events and quotes: {date, day, kind, label, detail, id}.
local function timeline_items(events, quotes)
  local items = {}
  for _, e in ipairs(events or {}) do
    local label = e.type == "meeting"
      and ("%s and %s"):format(party(e.sender), party(e.recipient))
      or ("%s → %s"):format(party(e.sender), party(e.recipient))
    items[#items + 1] = {
      date = e.date, day = query.date_interval(e.date), kind = e.type or "event",
      label = label, detail = e.occasion, id = e.id,
    }
  end
  for _, q in ipairs(quotes or {}) do
    items[#items + 1] = {
      date = q.date, day = query.date_interval(q.date), kind = "quote",
      label = ("%s: “%s”"):format(q.speaker or "unknown speaker", shorten(q.text, 90)),
      detail = q.cue, id = q.id,
    }
  end
  return items
end

local function civil_from_days(n)
  -- inverse of query.days_from_civil
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

-- Tick marks for the axis between day numbers lo and hi: years, months or days.
local function ticks(lo, hi)
  local out = {}
  local y1 = civil_from_days(lo)
  local y2 = civil_from_days(hi)
  if hi - lo > 3 * 366 then
    local step = math.max(1, (y2 - y1) // 8)
    for y = y1 + 1, y2, step do
      out[#out + 1] = { day = query.days_from_civil(y, 1, 1), label = tostring(y) }
    end
  elseif hi - lo > 62 then
    local months = (hi - lo) // 30
    local step = math.max(1, (months + 7) // 8)
    local y, m = civil_from_days(lo)
    local k = 0
    while true do
      m = m + 1
      if m > 12 then y, m = y + 1, 1 end
      local d = query.days_from_civil(y, m, 1)
      if d > hi then break end
      if k % step == 0 then out[#out + 1] = { day = d, label = ("%04d-%02d"):format(y, m) } end
      k = k + 1
    end
  else
    local step = math.max(1, (hi - lo) // 8)
    for d = lo, hi, step do
      local y, m, dd = civil_from_days(d)
      out[#out + 1] = { day = d, label = ("%04d-%02d-%02d"):format(y, m, dd) }
    end
  end
  return out
end

-- The SVG strip: one circle per dated item, stacked when they share a spot.
local function timeline_svg(items)
  local dated = {}
  for _, it in ipairs(items) do
    if it.day then dated[#dated + 1] = it end
  end
  if #dated == 0 then return "<p class=\"sub\">No dated items to draw.</p>" end
  local lo, hi = math.huge, -math.huge
  for _, it in ipairs(dated) do
    lo, hi = math.min(lo, it.day), math.max(hi, it.day)
  end
  if hi - lo < 14 then lo, hi = lo - 7, hi + 7 end
  local left, width = 30, 940
  local function x(day) return left + (day - lo) / (hi - lo) * width end
  -- stack items that would overlap (closer than 12 px) in lanes upwards
  table.sort(dated, function(a, b) return a.day < b.day end)
  local lane_end, lanes = {}, 1
  for _, it in ipairs(dated) do
    local px, lane = x(it.day), 1
    while lane_end[lane] and px - lane_end[lane] < 12 do lane = lane + 1 end
    lane_end[lane] = px
    it.x, it.lane = px, lane
    lanes = math.max(lanes, lane)
  end
  local height = 50 + lanes * 14
  local axis = height - 28
  local out = {
    ('<svg viewBox="0 0 1000 %d" role="img" aria-label="Timeline of %d items" xmlns="http://www.w3.org/2000/svg">')
      :format(height, #dated),
    ('<line x1="%d" y1="%d" x2="%d" y2="%d" stroke="#8895a2" stroke-width="1.5"/>'):format(
      left, axis, left + width, axis),
  }
  for _, t in ipairs(ticks(lo, hi)) do
    local tx = x(t.day)
    out[#out + 1] = ('<line x1="%.1f" y1="%d" x2="%.1f" y2="%d" stroke="#8895a2"/>'):format(tx, axis, tx, axis + 5)
    out[#out + 1] = ('<text x="%.1f" y="%d" text-anchor="middle">%s</text>'):format(tx, axis + 18, esc(t.label))
  end
  for _, it in ipairs(dated) do
    out[#out + 1] = ('<circle class="mark %s" cx="%.1f" cy="%d" r="5.5" fill="%s" stroke="#fff">' ..
      '<title>%s %s: %s</title></circle>'):format(esc(it.kind), it.x, axis - 4 - it.lane * 14 + 6,
      color(it.kind), esc(it.date), esc(it.kind), esc(it.label))
  end
  out[#out + 1] = "</svg>"
  return table.concat(out, "\n")
end

local function timeline_list(items)
  local sorted = {}
  for i, it in ipairs(items) do sorted[i] = it; it.order = i end
  table.sort(sorted, function(a, b)
    if (a.day ~= nil) ~= (b.day ~= nil) then return a.day ~= nil end
    if a.day and a.day ~= b.day then return a.day < b.day end
    if (a.date or "") ~= (b.date or "") then return (a.date or "") < (b.date or "") end
    return a.order < b.order
  end)
  local out = { '<ol class="timeline">' }
  for _, it in ipairs(sorted) do
    out[#out + 1] = ('<li style="--dot:%s"><time>%s</time><span class="tag">%s</span>%s%s' ..
      ' <small class="src">%s</small></li>'):format(
      color(it.kind), it.day and esc(it.date) or ("undated" .. (it.date and " (" .. esc(it.date) .. ")" or "")),
      esc(it.kind), esc(it.label), it.detail and (" <small>· " .. esc(it.detail) .. "</small>") or "",
      esc(it.id))
  end
  out[#out + 1] = "</ol>"
  return table.concat(out, "\n")
end

local function legend(items)
  local seen, out = {}, { '<p class="legend">' }
  for _, it in ipairs(items) do
    if not seen[it.kind] then
      seen[it.kind] = true
      out[#out + 1] = ('<span><i style="background:%s"></i>%s</span>'):format(color(it.kind), esc(it.kind))
    end
  end
  out[#out + 1] = "</p>"
  return table.concat(out)
end

local function quotes_table(quotes)
  local out = {
    '<table id="quotes-by-speaker" class="quotes">',
    "<thead><tr><th>Date</th><th>Cue</th><th>Kind</th><th>Quote</th><th>Source</th></tr></thead>",
  }
  local groups = query.group_by(quotes, "speaker")
  table.sort(groups, function(a, b)
    if (a.key ~= nil) ~= (b.key ~= nil) then return a.key ~= nil end
    if #a.rows ~= #b.rows then return #a.rows > #b.rows end
    return tostring(a.key) < tostring(b.key)
  end)
  for _, g in ipairs(groups) do
    out[#out + 1] = ('<tbody class="speaker"><tr><th colspan="5">%s <small>(%d)</small></th></tr>'):format(
      esc(g.key or "unknown speaker"), #g.rows)
    for _, q in ipairs(query.sort(g.rows, "date")) do
      out[#out + 1] = ('<tr><td data-label="Date">%s</td><td data-label="Cue">%s</td>' ..
        '<td data-label="Kind">%s</td><td class="q">“%s”</td><td data-label="Source" class="src">%s%s</td></tr>')
        :format(esc(q.date or "?"), esc(q.cue), esc(q.kind), esc(q.text), esc(q.id),
          q.via and (" via " .. esc(q.via)) or "")
    end
    out[#out + 1] = "</tbody>"
  end
  out[#out + 1] = "</table>"
  return table.concat(out, "\n")
end

local function page(title, subtitle, body)
  return table.concat({
    "<!DOCTYPE html>",
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    "<title>" .. esc(title) .. "</title>",
    "<style>" .. CSS .. "</style></head><body><main>",
    "<h1>" .. esc(title) .. "</h1>",
    subtitle and ('<p class="sub">' .. esc(subtitle) .. "</p>") or "",
    body,
    '<p class="sub"><small>Made by kimput. Offsets and values as in its docs/output.md; ' ..
      "a quote is dated by its article.</small></p>",
    "</main></body></html>", "",
  }, "\n")
end

--- The HTML page for events and/or quotes (rows as corpus queries return them).
function M.report(spec)
  spec = spec or {}
  local events, quotes = spec.events, spec.quotes
  local body = {}
  if events or quotes then
    local items = timeline_items(events, quotes)
    body[#body + 1] = '<section id="timeline"><h2>Timeline</h2>'
    body[#body + 1] = legend(items)
    body[#body + 1] = timeline_svg(items)
    body[#body + 1] = timeline_list(items)
    body[#body + 1] = "</section>"
  end
  if quotes then
    body[#body + 1] = ('<section id="quotes"><h2>Quotes by speaker <small>(%d)</small></h2>'):format(#quotes)
    body[#body + 1] = quotes_table(quotes)
    body[#body + 1] = "</section>"
  end
  local parts = {}
  if events then parts[#parts + 1] = #events .. " events" end
  if quotes then parts[#parts + 1] = #quotes .. " quotes" end
  return page(spec.title or "kimput report", spec.subtitle or table.concat(parts, ", "), table.concat(body, "\n"))
end

--- Any rows as a page with one table (columns: a list of field names).
function M.table_page(title, rows, columns)
  local out = { "<table><thead><tr>" }
  for _, c in ipairs(columns) do out[#out + 1] = "<th>" .. esc(c) .. "</th>" end
  out[#out + 1] = "</tr></thead><tbody>"
  local csv = require "kimput.writers.csv"
  for _, row in ipairs(rows) do
    out[#out + 1] = "<tr>"
    for _, c in ipairs(columns) do
      out[#out + 1] = ('<td data-label="%s">%s</td>'):format(esc(c), esc(csv.cell(row[c])))
    end
    out[#out + 1] = "</tr>"
  end
  out[#out + 1] = "</tbody></table>"
  return page(title or "kimput", #rows .. " rows", table.concat(out))
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
