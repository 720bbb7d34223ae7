--- kimput report sources PATH...: which outlet published each article and
-- which agencies and outlets it relies on (meta sources, and the `via` of
-- its quotes), then how often each source is used across the corpus.
local M = {
  description = "outlet and sources (agencies, outlets) each article relies on",
  columns = { "id", "published", "outlet", "dateline", "sources", "via" },
}

function M.rows(corpus)
  local rows = require("kimput.query").rows({})
  for rec in corpus:records({ "quotes" }) do
    local meta = rec.meta or {}
    local via, seen = {}, {}
    for _, q in ipairs(rec.quotes or {}) do
      if q.via and not seen[q.via] then seen[q.via] = true; via[#via + 1] = q.via end
    end
    rows[#rows + 1] = {
      id = rec.id, published = rec.published or meta.published, outlet = meta.outlet,
      dateline = meta.dateline, sources = meta.sources or {}, via = via,
    }
  end
  return rows
end

function M.text(rows, out)
  out:write(("Sources of %d article%s\n"):format(#rows, #rows == 1 and "" or "s"))
  local uses = {}
  for _, r in ipairs(rows) do
    out:write(("  %s  outlet: %s%s\n"):format(r.id or "?", r.outlet or "?",
      r.dateline and (", dateline " .. r.dateline) or ""))
    if #r.sources > 0 then out:write("      sources: ", table.concat(r.sources, ", "), "\n") end
    if #r.via > 0 then out:write("      quotes via: ", table.concat(r.via, ", "), "\n") end
    local seen = {}
    for _, list in ipairs({ r.sources, r.via }) do
      for _, s in ipairs(list) do
        if not seen[s] then seen[s] = true; uses[#uses + 1] = { key = s } end
      end
    end
  end
  local counts = require("kimput.query").count(uses, "key")
  if #counts > 0 then
    out:write("\nArticles per source\n")
    for _, c in ipairs(counts) do out:write(("  %4d  %s\n"):format(c.count, c.key)) end
  end
end

return M
