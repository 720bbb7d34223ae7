--- kimput report quotes PATH...: who said what, grouped by speaker (most
-- quoted first), with cue, kind, the article's date and the source article.
-- Formats: text (default), csv, jsonl, html (-o quotes.html).
local html = require "kimput.writers.html"
local query = require "kimput.query"

local M = {
  description = "quotes by speaker, with cue, kind, date and source article",
  columns = { "speaker", "date", "cue", "kind", "via", "text", "id", "start", "stop" },
}

function M.rows(corpus)
  -- the most quoted speakers first, then by date within a speaker
  -- quoted names and titles ("term") are nobody's words
  local rows = corpus:quotes({ kind = { "direct", "partial", "indirect" } })
  local counts = {}
  for _, q in ipairs(rows) do counts[q.speaker or ""] = (counts[q.speaker or ""] or 0) + 1 end
  for _, q in ipairs(rows) do q.speaker_quotes = counts[q.speaker or ""] end
  return rows:sort("-speaker_quotes", "speaker", "date")
end

function M.text(rows, out)
  out:write(("Quotes by speaker: %d quote%s\n"):format(#rows, #rows == 1 and "" or "s"))
  for _, g in ipairs(query.group_by(rows, "speaker")) do
    out:write(("\n%s (%d)\n"):format(g.key or "unknown speaker", #g.rows))
    for _, q in ipairs(g.rows) do
      local text = q.text:gsub("%s+", " ")
      out:write(("  %s  %s, %s%s  [%s]\n    \"%s\"\n"):format(
        q.date or "undated", q.cue or "-", q.kind or "?", q.via and (", via " .. q.via) or "",
        q.id or "?", text))
    end
  end
end

function M.html(rows)
  return html.report({ title = "Quotes by speaker", quotes = rows })
end

return M
