--- kimput report timeline PATH...: the correspondence (letters, messages,
-- calls, meetings) the articles report, in date order; undated ones last.
-- Formats: text (default), csv, jsonl, html (-o timeline.html).
local html = require "kimput.writers.html"

local M = {
  description = "correspondence events (letters, messages, calls, meetings) in date order",
  columns = { "date", "type", "sender", "recipient", "occasion", "id", "published", "evidence" },
}

function M.rows(corpus)
  return corpus:events():sort("date", "published")
end

function M.text(rows, out)
  out:write(("Correspondence timeline: %d event%s\n"):format(#rows, #rows == 1 and "" or "s"))
  for _, e in ipairs(rows) do
    local arrow = e.type == "meeting" and " & " or " -> "
    out:write(("  %-10s  %-8s %s%s%s%s  [%s]\n"):format(
      e.date or "undated", e.type or "?", e.sender or "?", arrow, e.recipient or "?",
      e.occasion and ("  (" .. e.occasion .. ")") or "", e.id or "?"))
  end
end

function M.html(rows)
  return html.report({ title = "Correspondence timeline", events = rows })
end

return M
