--- kimput: extraction from Indonesian news text.
--
--   local kimput = require "kimput"
--   local doc = kimput.parse(text, {published = "2023-05-10"})
--   for start, stop, kind in doc:tokens() do ... end
--
-- The C core (kimput.core) does the scanning; this layer holds the options,
-- the lexicons an analyst extends and the per-document caches.
local core = require "kimput.core"
local document = require "kimput.document"

local kimput = {
  version = core.version,
  core = core,
  Document = core.Document,
}

local OPTIONS = { published = true, id = true, invalid = true, url = true, path = true, vague = true }
local last_opts  -- the options copied for the last document (kimput.parse)

--- Parses text into a document.
-- opts.published: the reference date, "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM[:SS]"
-- opts.id, opts.url, opts.path: kept on the document for reports
-- opts.invalid: "error" (default) raises on invalid UTF-8 naming the byte;
--   "replace" repairs it with U+FFFD (offsets then refer to doc:text())
-- opts.vague: true to have doc:dates() report vague references too
--   (saat ini, baru-baru ini, di masa depan: PRESENT_REF, PAST_REF, FUTURE_REF)
function kimput.parse(text, opts)
  -- the common case (options that need no check here) in one C call
  local doc, finished = core.parse_options(text, opts, last_opts)
  if finished then return doc end
  if doc then  -- it needs its own copy of the options (checked in C)
    last_opts = {
      published = opts.published, id = opts.id, url = opts.url, path = opts.path, invalid = opts.invalid,
      vague = opts.vague,
    }
    doc:_cache().opts = last_opts
    return doc
  end
  -- anything else: checked here (the errors are raised here)
  if type(text) ~= "string" then
    error(("kimput.parse: text must be a string (got %s)"):format(type(text)), 2)
  end
  if opts ~= nil and type(opts) ~= "table" then
    error(("kimput.parse: options must be a table (got %s)"):format(type(opts)), 2)
  end
  opts = opts or {}
  for k in pairs(opts) do
    if not OPTIONS[k] then error(("kimput.parse: unknown option %q"):format(tostring(k)), 2) end
  end
  if opts.published ~= nil and not document.valid_iso(opts.published) then
    error(("kimput.parse: published must be an ISO date like 2023-05-10 (got %q)"):format(
      tostring(opts.published)), 2)
  end
  if opts.invalid ~= nil and opts.invalid ~= "error" and opts.invalid ~= "replace" then
    error(("kimput.parse: invalid must be \"error\" or \"replace\" (got %q)"):format(tostring(opts.invalid)), 2)
  end
  if opts.vague ~= nil and type(opts.vague) ~= "boolean" then
    error(("kimput.parse: vague must be true or false (got %s)"):format(type(opts.vague)), 2)
  end
  local ok
  ok, doc = pcall(core.parse, text, opts.invalid == "replace")
  if not ok then error("kimput.parse: " .. tostring(doc):gsub("^[^:]*:%d+: ", ""), 2) end
  if next(opts) ~= nil then  -- a copy, so that later changes to the caller's table do not reach it
    local copy = last_opts  -- read only: documents parsed with the same options share one
    if not (copy and copy.published == opts.published and copy.id == opts.id and copy.url == opts.url and
            copy.path == opts.path and copy.invalid == opts.invalid and copy.vague == opts.vague) then
      copy = {
        published = opts.published, id = opts.id, url = opts.url, path = opts.path, invalid = opts.invalid,
        vague = opts.vague,
      }
      last_opts = copy
    end
    doc:_cache().opts = copy
  end
  return doc
end

-- The features, each adding methods to kimput.Document and its own table here.
kimput.page = require "kimput.page"
kimput.boilerplate = kimput.page.boilerplate
kimput.dates = require "kimput.dates"
kimput.date = kimput.dates.date
kimput.entities = require "kimput.entities"
kimput.quotes = require "kimput.quotes"
kimput.rules = require "kimput.rules"
kimput.rule, kimput.ruleset, kimput.macro = kimput.rules.rule, kimput.rules.ruleset, kimput.rules.macro
kimput.events = require "kimput.events"
kimput.corpus = require "kimput.corpus"
kimput.query = require "kimput.query"
kimput.merge = require "kimput.merge"

return kimput
