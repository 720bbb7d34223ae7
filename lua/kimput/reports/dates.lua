--- kimput report dates PATH...: every date expression with its kind and
-- value, article by article, to audit the date grammar.
local M = {
  description = "every date expression with kind and value (to audit the date grammar)",
  columns = { "id", "published", "start", "stop", "kind", "value", "zone", "text" },
}

function M.rows(corpus)
  return corpus:dates()
end

function M.text(rows, out)
  local current
  for _, d in ipairs(rows) do
    if d.id ~= current then
      current = d.id
      out:write(("\n%s (reference %s)\n"):format(d.id or "?", d.published or "none"))
    end
    out:write(("  %6d-%-6d %-9s %-18s %s\n"):format(d.start or 0, d.stop or 0, d.kind or "?",
      tostring(d.value) .. (d.zone and (" " .. d.zone) or ""), (d.text or ""):gsub("%s+", " ")))
  end
  out:write(("\n%d date expression%s\n"):format(#rows, #rows == 1 and "" or "s"))
end

return M
