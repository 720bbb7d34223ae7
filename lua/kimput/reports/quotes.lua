--- kimput report quotes PATH...: who said what, grouped by speaker (most
-- quoted first), with cue, kind, the article's date and the source article.
-- Merged by default: the same words of one speaker in many articles are one
-- row with their count and outlets (--unmerged: one row per article).
-- Formats: text (default), csv, jsonl, html (-o quotes.html).
local html = require "kimput.writers.html"
local query = require "kimput.query"
local merge = require "kimput.merge"
local timeline = require "kimput.reports.timeline"

local M = {
  description = "quotes by speaker, with cue, kind, date and source article",
  columns = { "speaker", "date", "cue", "kind", "via", "text", "count", "outlets",
              "first_published", "last_published", "id", "start", "stop" },
}

-- quoted names and titles ("term") are nobody's words
M.KINDS = { "direct", "partial", "indirect" }

--- The quote rows of a corpus walk's result (c:query{quotes = {kind = M.KINDS}}):
-- the most quoted speakers first, then by date within a speaker.
function M.from(quotes, opts)
  local rows = quotes
  if not (opts and opts.merged == false) then rows = merge.quotes(quotes) end
  local counts = {}
  for _, q in ipairs(rows) do counts[q.speaker or ""] = (counts[q.speaker or ""] or 0) + (q.count or 1) end
  -- speaker_quotes is the report's own column, not a field of the query's
  -- rows: sorted with a function, which rows:sort does not check
  for _, q in ipairs(rows) do q.speaker_quotes = counts[q.speaker or ""] end
  local function key(q) return ("%s\0%s\0%s"):format(q.speaker or "\255", q.date or "\255", q.text or "") end
  return query.sort(rows, function(a, b)
    if a.speaker_quotes ~= b.speaker_quotes then return a.speaker_quotes > b.speaker_quotes end
    return key(a) < key(b)
  end)
end

function M.rows(corpus, opts)
  return M.from(corpus:quotes({ kind = M.KINDS }), opts)
end

function M.text(rows, out)
  local mentions = 0
  for _, q in ipairs(rows) do mentions = mentions + (q.count or 1) end
  out:write(("Quotes by speaker: %d quote%s"):format(#rows, #rows == 1 and "" or "s"))
  out:write(mentions ~= #rows and (" (%d mentions)\n"):format(mentions) or "\n")
  for _, g in ipairs(query.group_by(rows, "speaker")) do
    out:write(("\n%s (%d)\n"):format(g.key or "unknown speaker", #g.rows))
    for _, q in ipairs(g.rows) do
      local text = q.text:gsub("%s+", " ")
      -- reported speech is the writer's words: no quote marks
      local shown = q.kind == "indirect" and ("(indirect) " .. text) or ('"' .. text .. '"')
      local where = q.count and q.count > 1 and ("x%d %s"):format(q.count, timeline.outlets(q, 3)) or (q.id or "?")
      out:write(("  %s  %s, %s%s  [%s]\n    %s\n"):format(
        q.date or "undated", q.cue or "-", q.kind or "?", q.via and (", via " .. q.via) or "", where, shown))
    end
  end
end

function M.html(rows, opts)
  return html.report({ title = "Quotes by speaker", quotes = rows,
                       limits = opts and opts.limits, unit = opts and opts.unit })
end

return M
