--- kimput report overview PATH... -o report.html: the correspondence
-- timeline and the quotes by speaker together (the page `make demo` writes),
-- from one walk over the corpus (so it works on stdin).
local html = require "kimput.writers.html"
local timeline = require "kimput.reports.timeline"
local quotes = require "kimput.reports.quotes"

local M = {
  description = "timeline and quotes together (best as -o report.html)",
  columns = { "what", "date", "type", "sender", "recipient", "speaker", "cue", "kind", "text",
              "count", "outlets", "first_published", "last_published", "id" },
}

function M.rows(corpus, opts)
  local r = corpus:query({ events = true, quotes = { kind = quotes.KINDS }, documents = true })
  local rows = require("kimput.query").rows({})
  for _, e in ipairs(timeline.from(r.events, opts)) do e.what = "event"; rows[#rows + 1] = e end
  for _, q in ipairs(quotes.from(r.quotes, opts)) do q.what = "quote"; rows[#rows + 1] = q end
  rows.documents = #r.documents
  return rows
end

local function split(rows)
  local events, qs = {}, {}
  for _, r in ipairs(rows) do
    if r.what == "event" then events[#events + 1] = r else qs[#qs + 1] = r end
  end
  return events, qs
end

function M.text(rows, out)
  local events, qs = split(rows)
  if rows.documents then out:write(("%d documents\n\n"):format(rows.documents)) end
  timeline.text(events, out)
  out:write("\n")
  quotes.text(qs, out)
end

function M.html(rows, opts)
  local events, qs = split(rows)
  return html.report({ title = "kimput: correspondence and quotes", events = events, quotes = qs,
                       documents = rows.documents,
                       limits = opts and opts.limits, unit = opts and opts.unit })
end

return M
