--- The kimput command line (bin/kimput is the launcher):
--   kimput extract PATH... [--format jsonl|csv] [--rows documents|quotes|dates|events]
--                          [--published DATE] [--invalid replace] [-o FILE]
--   kimput report NAME PATH... [-o FILE] [--format text|csv|jsonl|html] [--published DATE]
--   kimput run SCRIPT.lua [ARGS]
--   kimput --help | --version
-- Exit status: 0 done, 1 some documents failed (all others were written,
-- the reasons are on stderr), 2 bad usage. See docs/cli.md.
require "kimput"  -- every feature registers its document methods
local M = {}

local USAGE = [[
usage: kimput COMMAND [ARGS]

commands:
  extract PATH... [options]  one record per document (meta, dates, quotes, events)
                             as JSON Lines or CSV; PATH "-" reads JSON Lines on stdin
  report NAME PATH... [-o FILE]
                             run a shipped report (kimput report --help lists them)
  run SCRIPT.lua [ARGS]      run an analyst's Lua script with require "kimput" available;
                             the script sees its arguments in arg[1..] and ...
  --help                     this text (kimput COMMAND --help for a command)
  --version                  the version of kimput

exit status: 0 done; 1 some documents failed (the others were written); 2 bad usage
]]

local EXTRACT_USAGE = [[
usage: kimput extract PATH... [options]

  PATH                 a folder of .txt files (read recursively, in sorted order),
                       a .jsonl/.ndjson file of {"id","url","published","text"} lines,
                       any other file (one article), or - for JSON Lines on stdin
  --format jsonl|csv   output format (default jsonl)
  --rows KIND          documents (default): one record per document with meta, dates,
                       quotes, events; or quotes, dates, events: one row per item
  --published DATE     reference date (YYYY-MM-DD) for documents that carry none
  --invalid replace    repair invalid UTF-8 instead of failing the document
  -o FILE              write to FILE instead of stdout

A document that cannot be read or parsed is reported on stderr at the end;
the others are all written, and the exit status is then 1.
A progress line (documents, MB/s, ETA) shows on stderr when it is a terminal.

  kimput extract examples/corpus > records.jsonl
  kimput extract articles/ --format csv --rows quotes -o quotes.csv
  parallel --pipe -N 500 kimput extract - < corpus.jsonl > out.jsonl
]]

M.commands = {}

local function fail(cmd, msg)
  io.stderr:write("kimput ", cmd, ": ", msg, "\n")
  return 2
end

-- Splits args into options (per spec: "value" or "flag") and positional
-- arguments. "--name=value" works too; "-" is positional. Returns opts,
-- positional or nil, message.
local function parse_options(args, spec)
  local opts, positional = {}, {}
  local i = 1
  while i <= #args do
    local a = args[i]
    local name, inline = a:match("^(%-%-?[^=]+)=(.*)$")
    name = name or a
    if a ~= "-" and name:sub(1, 1) == "-" then
      local kind = spec[name]
      if kind == nil then return nil, ("unknown option %s"):format(name) end
      if kind == "flag" then
        opts[name] = true
      else
        local v = inline
        if v == nil then
          i = i + 1
          v = args[i]
        end
        if v == nil then return nil, ("%s needs a value"):format(name) end
        opts[name] = v
      end
    else
      positional[#positional + 1] = a
    end
    i = i + 1
  end
  return opts, positional
end

local function open_output(path)
  if not path or path == "-" then return io.stdout, false end
  local fh, err = io.open(path, "wb")
  if not fh then return nil, err end
  return fh, true
end

local function report_errors(cmd, c, done)
  local errors = c:errors()
  if #errors == 0 then return 0 end
  io.stderr:write(("kimput %s: %d document%s failed (%d done):\n"):format(
    cmd, #errors, #errors == 1 and "" or "s", done))
  for _, e in ipairs(errors) do
    io.stderr:write("  ", tostring(e.source), ": ", tostring(e.reason), "\n")
  end
  return 1
end

local function open_corpus(cmd, paths, opts)
  local corpus = require "kimput.corpus"
  local ok, c = pcall(corpus.open, paths, {
    published = opts["--published"], invalid = opts["--invalid"],
  })
  if not ok then return nil, fail(cmd, (tostring(c):gsub("^.-:%d+: ", ""))) end
  return c
end

---------------------------------------------------------------- extract

local ROW_COLUMNS = {
  documents = { "id", "path", "url", "published", "outlet", "zone", "dateline", "headline",
                "editor", "translator", "sources", "dates", "quotes", "events" },
  quotes = { "id", "published", "speaker", "kind", "cue", "via", "text", "start", "stop", "url", "path" },
  dates = { "id", "published", "text", "kind", "value", "zone", "start", "stop", "url", "path" },
  events = { "id", "published", "type", "sender", "recipient", "date", "occasion", "evidence",
             "start", "stop", "url", "path" },
}
M.ROW_COLUMNS = ROW_COLUMNS

-- The output rows of one record: itself, or one per item of a feature
-- (each with its document's id, published, url and path).
local function rows_of(rec, kind)
  if kind == "documents" then return { rec } end
  local out = {}
  for _, item in ipairs(rec[kind] or {}) do
    local row = {}
    for k, v in pairs(item) do row[k] = v end
    row.id, row.published, row.url, row.path = rec.id, rec.published, rec.url, rec.path
    out[#out + 1] = row
  end
  return out
end

-- A flat CSV row for a document record: meta fields become columns, the
-- lists stay JSON in their cells.
local function flatten(rec)
  local row = {}
  for k, v in pairs(rec.meta or {}) do row[k] = v end
  for k, v in pairs(rec) do
    if k ~= "meta" then row[k] = v end
  end
  return row
end

function M.commands.extract(args)
  local opts, positional = parse_options(args, {
    ["--format"] = "value", ["--rows"] = "value", ["--published"] = "value",
    ["--invalid"] = "value", ["-o"] = "value", ["--output"] = "value",
    ["--help"] = "flag", ["-h"] = "flag",
  })
  if not opts then return fail("extract", positional .. " (try kimput extract --help)") end
  if opts["--help"] or opts["-h"] then
    io.write(EXTRACT_USAGE)
    return 0
  end
  if #positional == 0 then return fail("extract", "give at least one PATH (try kimput extract --help)") end
  local format = opts["--format"] or "jsonl"
  if format ~= "jsonl" and format ~= "csv" then return fail("extract", "--format must be jsonl or csv") end
  local kind = opts["--rows"] or "documents"
  if not ROW_COLUMNS[kind] then return fail("extract", "--rows must be documents, quotes, dates or events") end
  local c, status = open_corpus("extract", positional, opts)
  if not c then return status end
  if kind ~= "documents" and type(require("kimput.core").Document[kind]) ~= "function" then
    return fail("extract", ("this build of kimput has no doc:%s()"):format(kind))
  end
  local out, err = open_output(opts["-o"] or opts["--output"])
  if not out then return fail("extract", err) end

  local corpus = require "kimput.corpus"
  local writer
  if format == "csv" then
    writer = require("kimput.writers.csv").writer(out, ROW_COLUMNS[kind])
    writer:header()
  else
    writer = require("kimput.writers.jsonl").writer(out)
  end
  local encode = format == "csv" and function(r) return kind == "documents" and flatten(r) or r end
    or function(r) return r end
  local progress = require("kimput.progress").new({ total_bytes = c:total_bytes() })
  local docs, written, bytes = 0, 0, 0
  for doc, info in c:docs() do
    local ok, res = pcall(function()
      return rows_of(corpus.record(doc, info), kind)
    end)
    getmetatable(doc).__close(doc)  -- keep memory flat: the record is all we need
    if ok then
      for _, row in ipairs(res) do writer:write(encode(row)) end
      written = written + 1
    else
      c:add_error(info.source, info.id, tostring(res))
    end
    docs, bytes = docs + 1, bytes + info.bytes
    progress:update(docs, bytes)
  end
  progress:finish()
  out:flush()
  if out ~= io.stdout then out:close() end
  return report_errors("extract", c, written)
end

---------------------------------------------------------------- report

local FORMATS = { text = true, csv = true, jsonl = true, html = true }
local EXTENSIONS = { csv = "csv", jsonl = "jsonl", ndjson = "jsonl", html = "html", htm = "html" }

-- The names of the shipped reports (lua/kimput/reports/*.lua).
function M.report_names()
  local here = package.searchpath("kimput.reports.timeline", package.path)
  local names = {}
  if not here then return names end
  local dir = here:match("^(.*)/[^/]*$")
  for _, name in ipairs(require("kimput.core").listdir(dir) or {}) do
    local base = name:match("^(.-)%.lua$")
    if base then names[#names + 1] = base end
  end
  return names
end

local function report_usage()
  local lines = {
    "usage: kimput report NAME PATH... [options]",
    "",
    "  -o FILE                       write to FILE; its extension (.csv, .jsonl, .html) picks",
    "                                the format unless --format says otherwise",
    "  --format text|csv|jsonl|html  output format (default text)",
    "  --published DATE              reference date for documents that carry none",
    "  --invalid replace             repair invalid UTF-8 instead of failing the document",
    "",
    "reports:",
  }
  for _, name in ipairs(M.report_names()) do
    local ok, r = pcall(require, "kimput.reports." .. name)
    lines[#lines + 1] = ("  %-12s %s"):format(name, ok and r.description or "(does not load)")
  end
  lines[#lines + 1] = ""
  lines[#lines + 1] = "  kimput report timeline examples/corpus"
  lines[#lines + 1] = "  kimput report overview examples/corpus -o report.html"
  return table.concat(lines, "\n") .. "\n"
end

function M.commands.report(args)
  local opts, positional = parse_options(args, {
    ["--format"] = "value", ["--published"] = "value", ["--invalid"] = "value",
    ["-o"] = "value", ["--output"] = "value", ["--help"] = "flag", ["-h"] = "flag",
  })
  if not opts then return fail("report", positional .. " (try kimput report --help)") end
  if opts["--help"] or opts["-h"] then
    io.write(report_usage())
    return 0
  end
  local name = table.remove(positional, 1)
  if not name then
    io.stderr:write(report_usage())
    return 2
  end
  if not name:match("^[%w_]+$") or not package.searchpath("kimput.reports." .. name, package.path) then
    return fail("report", ("no report named %q (kimput report --help lists them)"):format(name))
  end
  local report = require("kimput.reports." .. name)
  if #positional == 0 then return fail("report", "give at least one PATH") end
  local path = opts["-o"] or opts["--output"]
  local format = opts["--format"] or (path and EXTENSIONS[(path:match("%.(%w+)$") or ""):lower()]) or "text"
  if not FORMATS[format] then return fail("report", "--format must be text, csv, jsonl or html") end
  local c, status = open_corpus("report", positional, opts)
  if not c then return status end
  local ropts = { merged = true }
  local ok, rows = pcall(report.rows, c, ropts)
  if not ok then
    io.stderr:write("kimput report ", name, ": ", tostring(rows), "\n")
    return 1
  end
  local out, err = open_output(path)
  if not out then return fail("report", err) end
  if format == "text" then
    report.text(rows, out)
  elseif format == "csv" then
    require("kimput.writers.csv").write(out, rows, report.columns)
  elseif format == "jsonl" then
    require("kimput.writers.jsonl").write(out, rows)
  else
    local html = require "kimput.writers.html"
    out:write(report.html and report.html(rows, ropts) or html.table_page(report.description, rows, report.columns))
  end
  out:flush()
  if out ~= io.stdout then
    out:close()
    io.stderr:write(("kimput report %s: wrote %s\n"):format(name, path))
  end
  return report_errors("report", c, #rows)
end

---------------------------------------------------------------- run

--- kimput run SCRIPT.lua [ARGS]
function M.commands.run(args)
  local script = args[1]
  if not script or script == "--help" or script == "-h" then
    io.write("usage: kimput run SCRIPT.lua [ARGS]\n  runs SCRIPT.lua with require \"kimput\" available\n")
    return script and 0 or 2
  end
  local chunk, err = loadfile(script)
  if not chunk then
    io.stderr:write("kimput run: ", err, "\n")
    return 2
  end
  local script_args = { [0] = script }
  for i = 2, #args do script_args[i - 1] = args[i] end
  _G.arg = script_args
  local ok, res = xpcall(chunk, debug.traceback, table.unpack(script_args, 1, #script_args))
  if not ok then
    io.stderr:write("kimput run: ", tostring(res), "\n")
    return 1
  end
  return type(res) == "number" and res or 0
end

function M.main(argv)
  local cmd = argv[1]
  if cmd == nil or cmd == "--help" or cmd == "-h" or cmd == "help" then
    io.write(USAGE)
    return cmd == nil and 2 or 0
  end
  if cmd == "--version" or cmd == "-v" then
    io.write("kimput ", require("kimput").version, "\n")
    return 0
  end
  local f = M.commands[cmd]
  if not f then
    io.stderr:write(("kimput: unknown command %q (try kimput --help)\n"):format(cmd))
    return 2
  end
  local rest = {}
  for i = 2, #argv do rest[#rest + 1] = argv[i] end
  return f(rest)
end

return M
