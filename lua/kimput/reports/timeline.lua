--- kimput report timeline PATH...: the correspondence (letters, messages,
-- calls, meetings) the articles report, in date order; undated ones last.
-- Merged by default: one row per real event with the number of articles
-- reporting it and their outlets (--unmerged: one row per mention).
-- Formats: text (default), csv, jsonl, html (-o timeline.html).
local html = require "kimput.writers.html"
local merge = require "kimput.merge"

local M = {
  description = "correspondence events (letters, messages, calls, meetings) in date order",
  columns = { "date", "type", "sender", "recipient", "occasion", "count", "outlets",
              "first_published", "last_published", "id", "published", "evidence" },
}

--- The event rows of a corpus walk's result (c:query{events = ...}).
function M.from(events, opts)
  if opts and opts.merged == false then return events:sort("date", "published") end
  return merge.events(events)
end

function M.rows(corpus, opts)
  return M.from(corpus:events(), opts)
end

-- "Lampost.co, ANTARA +3": the first outlets of a merged row (its
-- documents' ids when no outlet is known).
function M.outlets(row, n)
  local list = row.outlets or {}
  if #list == 0 then
    list = {}
    for i, s in ipairs(row.sources or {}) do list[i] = s.id or "?" end
  end
  local shown = {}
  for i = 1, math.min(n, #list) do shown[i] = list[i] end
  local more = #list > n and (" +" .. (#list - n)) or ""
  return table.concat(shown, ", ") .. more
end

function M.text(rows, out)
  local mentions = 0
  for _, e in ipairs(rows) do mentions = mentions + (e.count or 1) end
  out:write(("Correspondence timeline: %d event%s"):format(#rows, #rows == 1 and "" or "s"))
  out:write(mentions ~= #rows and (" (%d mentions)\n"):format(mentions) or "\n")
  for _, e in ipairs(rows) do
    local arrow = e.type == "meeting" and " & " or " -> "
    local where = e.count and ("x%d  [%s]"):format(e.count, M.outlets(e, 3)) or ("[" .. (e.id or "?") .. "]")
    out:write(("  %-10s  %-8s %s%s%s%s  %s\n"):format(
      e.date or "undated", e.type or "?", e.sender or "?", arrow, e.recipient or "?",
      e.occasion and ("  (" .. e.occasion .. ")") or "", where))
  end
end

function M.html(rows, opts)
  return html.report({ title = "Correspondence timeline", events = rows,
                       limits = opts and opts.limits, unit = opts and opts.unit })
end

return M
