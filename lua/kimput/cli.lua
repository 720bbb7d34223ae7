--- The kimput command line (bin/kimput is the launcher):
--   kimput extract PATH... [--format jsonl|csv] [--rows documents|quotes|dates|events]
--                          [--published DATE] [--invalid replace] [--max-bytes SIZE] [-j N] [-o FILE]
--   kimput report NAME PATH... [-o FILE] [--format text|csv|jsonl|html] [--published DATE]
--                 [--unmerged] [--unit day|week|month|year]   (PATH may be extract's records)
--   kimput run SCRIPT.lua [ARGS]
--   kimput --help | --version | help [COMMAND]
-- Arguments are parsed by argparse (Debian's lua-argparse): "--" ends the
-- options, "-oFILE", "--format=csv" and "-o FILE" all work, usage errors go to
-- stderr with exit status 2. Exit status: 0 done, 1 some documents failed
-- (all others were written, the reasons are on stderr), 2 bad usage, 3 the
-- output could not be written, 130/143 stopped by SIGINT/SIGTERM (output.lua).
-- See docs/cli.md.
--
-- To give a command a new option, add one line in M.parser() beside the
-- others (`extract:option("-j --jobs", "...")`); its value reaches the
-- command as opts.jobs.
local argparse = require "argparse"
local output = require "kimput.output"
-- require "kimput" (every feature registers its document methods) is left
-- to main and the commands: the parent of `kimput extract -j` starts its
-- workers before it, so that they start sooner.
local M = {}

M.commands = {}

-- Thrown by a command for bad usage found after parsing (a bad --published,
-- an unknown report): main prints it with the command's usage, exit 2.
local Usage = {}
Usage.__index = Usage
local function usage_error(msg)
  error(setmetatable({ msg = msg }, Usage), 0)
end

-- The output (kimput.output), opened before any document is parsed; nil
-- after saying why on stderr.
local function open_output(cmd, path)
  local out, err = output.open(path)
  if not out then io.stderr:write(("kimput %s: cannot write %s\n"):format(cmd, err)) end
  return out
end

--- One failed document as the command line states it: where it is (its
-- line in the whole input), its id when the place does not already say it,
-- why, and the option that would repair it.
function M.describe_error(e)
  local where = tostring(e.source)
  if e.line and not where:match(":%d+$") then where = where .. ":" .. e.line end
  local id = ""
  if e.id ~= nil and not where:find(tostring(e.id), 1, true) then id = " (id " .. tostring(e.id) .. ")" end
  local hint = e.byte and "; --invalid replace repairs it" or ""
  return where .. id .. ": " .. tostring(e.reason) .. hint
end

local function report_errors(cmd, c, done)
  local errors = c:errors()
  if #errors == 0 then return 0 end
  io.stderr:write(("kimput %s: %d document%s failed (%d done):\n"):format(
    cmd, #errors, #errors == 1 and "" or "s", done))
  for _, e in ipairs(errors) do
    io.stderr:write("  ", M.describe_error(e), "\n")
  end
  return 1
end

local function open_corpus(opts)
  local corpus = require "kimput.corpus"
  local ok, c = pcall(corpus.open, opts.paths, {
    published = opts.published, invalid = opts.invalid, max_bytes = opts.max_bytes,
  })
  if not ok then usage_error((tostring(c):gsub("^.-:%d+: ", ""))) end
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

-- The rows of one document, or nil and the error (the document is closed
-- either way: the record is all we need, and memory stays flat).
local function document_rows(doc, info, kind)
  local corpus = require "kimput.corpus"
  local ok, res = pcall(function() return rows_of(corpus.record(doc, info), kind) end)
  getmetatable(doc).__close(doc)
  if ok then return res end
  return nil, tostring(res)
end

-- A file-like sink that keeps what is written, for a worker's chunks:
-- take() gives the strings written since the last take, as a list
-- (parallel.send writes them in turn: they are never joined into one).
local function buffer()
  local parts, n = {}, 0
  return {
    write = function(self, ...)
      for i = 1, select("#", ...) do
        n = n + 1
        parts[n] = select(i, ...)
      end
      return self
    end,
    take = function()
      local taken = parts
      parts, n = {}, 0
      return taken
    end,
  }
end

local function make_writer(opts, out)
  local kind = opts.rows
  if opts.format == "csv" then
    return require("kimput.writers.csv").writer(out, ROW_COLUMNS[kind]),
      function(r) return kind == "documents" and flatten(r) or r end
  end
  return require("kimput.writers.jsonl").writer(out), function(r) return r end
end

-- Writes a document's rows (true), or records why it has none in c (false).
local function write_document(writer, encode, c, doc, info, kind)
  local rows, err = document_rows(doc, info, kind)
  if not rows then
    c:add_error(info.source, info.id, err)
    return false
  end
  for _, row in ipairs(rows) do writer:write(encode(row)) end
  return true
end

-- Worker k of n (kimput extract -j), writing its chunks to fh (its pipe,
-- or stdout when it is a command of its own): walks the inputs passing over
-- the items of blocks it does not take (neither copied, read nor decoded:
-- the walk offers each item's bytes to take first) and, for every
-- block it takes, sends the error records of its items ("E", when there are
-- some) and then their encoded rows ("R"); then "D". An "R" chunk's extra
-- is "DOCS,BYTES,WRITTEN": what the walk's progress counts gain with the
-- block (DOCS its items that are no errors, BYTES their input bytes and the
-- blank lines' before each) and the documents whose rows it holds, so that
-- the parent's sums are the counts -j 1 shows. The blocks it takes: those
-- it claims from counter (forked workers' shared core.block_counter) as it
-- goes, or every n-th without one (parallel.chooser).
local function extract_worker(opts, c, k, n, fh, counter)
  local parallel = require "kimput.parallel"
  local jsonl = require "kimput.writers.jsonl"
  local core = require "kimput.core"
  local sink = buffer()
  local writer, encode = make_writer(opts, sink)
  if opts.format == "csv" then  -- the parent writes the header row
    writer:header()
    sink:take()
  end
  if fh == io.stdout then fh:setvbuf("full") end  -- a command's own; a forked worker's pipe is buffered already
  local block_of, takes = parallel.blocks(), parallel.chooser(k, n, counter)
  local block, mine = 0, false   -- the block of the last item, and whether it is this worker's
  local docs, bytes, written, errors_before = 0, 0, 0, 0  -- counts of the block taken
  local function send_block()
    if #c.error_list > errors_before then
      parallel.send(fh, "E", jsonl.encode(table.move(c.error_list, errors_before + 1, #c.error_list, 1, {})),
        "0,0,0", block)
    end
    parallel.send(fh, "R", sink:take(), ("%d,%d,%d"):format(docs, bytes, written), block)
    -- claimed blocks: one left in this worker's stdio buffer would hold back
    -- the parent, and so the blocks the other workers claimed after it
    if counter then fh:flush() end
  end
  local gap = 0  -- bytes of the blank lines since the last item
  -- the walk offers every item but blank lines, in order, before reading it
  local function take(item_bytes)
    local b = block_of(item_bytes)
    if b ~= block then
      if mine then send_block() end
      block, mine = b, takes(b)
      docs, bytes, written, errors_before = 0, 0, 0, #c.error_list
    end
    if not mine then gap = 0 end  -- the blank lines before it are its taker's
    return mine
  end
  for item in c:items(take) do
    if core.interrupted() then break end
    if item.skip then
      gap = gap + item.bytes
    else  -- an item of this worker's block
      if not item.error then docs = docs + 1 end
      bytes = bytes + gap + (item.bytes or 0)
      gap = 0
      local doc, info = c:open_item(item)
      if doc and write_document(writer, encode, c, doc, info, opts.rows) then written = written + 1 end
    end
  end
  if mine and not core.interrupted() then send_block() end
  parallel.send(fh, "D", "", "0," .. gap)  -- the walk's end: trailing blank lines counted
  fh:flush()
  return 0
end

-- The command line that runs this extraction again as a worker.
local function worker_argv(opts)
  local argv = { M.launcher[1], M.launcher[2], "extract", "--format", opts.format, "--rows", opts.rows }
  if opts.published then argv[#argv + 1] = "--published=" .. opts.published end
  if opts.invalid then argv[#argv + 1] = "--invalid=" .. opts.invalid end
  if opts.max_bytes then argv[#argv + 1] = "--max-bytes=" .. opts.max_bytes end
  argv[#argv + 1] = "--"
  for _, p in ipairs(opts.paths) do argv[#argv + 1] = p end
  return argv
end

local extract_into  -- below: the extraction itself

-- A -j parent parses kimput.parallel's invented pages (asking every stage
-- for its rows) before forking, so that its workers share the lexicons and
-- the compiled rule sets instead of each building them.
local function warm(kind)
  local corpus = require "kimput.corpus"
  local kimput = require "kimput"
  for _, text in ipairs(require("kimput.parallel").WARM_PAGES) do
    local doc = kimput.parse(text, { published = "2023-05-10", url = "https://example.com/a" })
    pcall(function() return rows_of(corpus.record(doc, {}), kind) end)
    getmetatable(doc).__close(doc)
  end
end

-- Loads every feature; a usage error when the rows asked for have none.
local function check_rows(kind)
  require "kimput"
  if kind ~= "documents" and type(require("kimput.core").Document[kind]) ~= "function" then
    usage_error(("this build of kimput has no doc:%s()"):format(kind))
  end
end

function M.commands.extract(opts)
  local c = open_corpus(opts)
  local parallel = require "kimput.parallel"
  local k, n = parallel.worker()
  if k then
    check_rows(opts.rows)
    return extract_worker(opts, c, k, n, io.stdout)
  end
  local jobs = tonumber(opts.jobs)
  if not jobs or jobs < 1 or jobs ~= math.floor(jobs) or jobs > 256 then
    usage_error(("-j needs a number of processes from 1 to 256 (got %s)"):format(tostring(opts.jobs)))
  end
  for _, p in ipairs(opts.paths) do
    if p == "-" then jobs = 1 end  -- stdin can be read once: use GNU parallel --pipe there
  end
  if jobs > 1 and not M.launcher then usage_error("-j needs the kimput launcher (bin/kimput)") end
  if jobs == 1 then check_rows(opts.rows) end  -- with workers, once they are started
  local out = open_output("extract", opts.output)
  if not out then return output.EXIT_OUTPUT end
  return output.run(out, "extract", function()
    return extract_into(out, opts, c, jobs)
  end)
end

-- The extraction itself, written to out (a kimput.output); the exit status.
function extract_into(out, opts, c, jobs)
  local parallel = require "kimput.parallel"
  local kind = opts.rows
  local writer, encode = make_writer(opts, out)
  if opts.format == "csv" then writer:header() end
  local hook = require("kimput.progress").hook()  -- counts input bytes: reaches 100%
  local written, status = 0, 0
  if jobs == 1 then
    c:on_progress(hook)
    for doc, info in c:docs() do
      if write_document(writer, encode, c, doc, info, kind) then written = written + 1 end
      if out:failed() then break end  -- the output is lost: stop reading
    end
  else
    local jsonl = require "kimput.writers.jsonl"
    local total, docs, bytes = c:total_bytes(), 0, 0
    local function walked(extra)  -- a worker's "DOCS,BYTES[,WRITTEN]": what the counts gain
      local d, b, w = tostring(extra):match("^(%d+),(%d+),?(%d*)$")
      if d then
        docs, bytes = docs + tonumber(d), bytes + tonumber(b)
        written = written + (tonumber(w) or 0)
      end
    end
    -- a block's rows go from the worker's pipe to out in C, never as a Lua string
    local function copy_rows(fh, n) return out:copy(fh, n) end
    local workers, start_cpu
    if parallel.can_fork() then  -- workers share the parent's warm state
      check_rows(kind)
      warm(kind)
      start_cpu = os.clock()
      workers = parallel.fork(jobs, function(k, n, fh, counter) return extract_worker(opts, c, k, n, fh, counter) end)
    else  -- workers are new commands: start them first, the parent loads meanwhile
      workers = parallel.spawn(worker_argv(opts), jobs)
      check_rows(kind)  -- an error here abandons the output; the workers end at their first write
    end
    local ok, tail, cpu = parallel.merge(workers, function(chunk, payload, extra)
      if chunk == "R" then  -- its rows went to out by copy_rows
        walked(extra)
        hook(docs, bytes, total, false)
      else
        for _, e in ipairs(jsonl.decode(payload)) do
          c:add_error(e.source, e.id, e.reason, { line = e.line, byte = e.byte })
        end
      end
    end, copy_rows)
    if ok then walked(tail) end
    if os.getenv("KIMPUT_JOB_TIMES") and start_cpu then  -- for bench/pipeline.lua: CPU seconds
      local parts = {}
      for k = 1, jobs do parts[k] = ("%.3f"):format(cpu[k] or 0) end
      io.stderr:write(("kimput extract: CPU before the workers %.3f s, workers %s s, merge %.3f s\n"):format(
        start_cpu, table.concat(parts, " "), os.clock() - start_cpu))
    end
    hook(docs, bytes, total, true)
    if not ok then
      io.stderr:write("kimput extract: ", tail, "\n")
      status = 1
    end
  end
  return math.max(status, report_errors("extract", c, written))
end

---------------------------------------------------------------- report

local EXTENSIONS = { csv = "csv", jsonl = "jsonl", ndjson = "jsonl", html = "html", htm = "html" }

-- The names of the shipped reports (lua/kimput/reports/*.lua), sorted.
function M.report_names()
  local here = package.searchpath("kimput.reports.timeline", package.path)
  local names = {}
  if not here then return names end
  local lfs = require "lfs"
  for name in lfs.dir(here:match("^(.*)/[^/]*$")) do
    local base = name:match("^([%w_]+)%.lua$")
    if base then names[#names + 1] = base end
  end
  table.sort(names)
  return names
end

local function report_list()
  local lines = { "reports:" }
  for _, name in ipairs(M.report_names()) do
    local ok, r = pcall(require, "kimput.reports." .. name)
    lines[#lines + 1] = ("  %-12s %s"):format(name, ok and r.description or "(does not load)")
  end
  return table.concat(lines, "\n")
end

function M.commands.report(opts)
  local name = opts.name
  if not name:match("^[%w_]+$") or not package.searchpath("kimput.reports." .. name, package.path) then
    usage_error(("no report named %q (kimput report --help lists them)"):format(name))
  end
  local report = require("kimput.reports." .. name)
  local path = opts.output
  local format = opts.format or (path and EXTENSIONS[(path:match("%.(%w+)$") or ""):lower()]) or "text"
  local c = open_corpus(opts)
  local out = open_output("report", path)
  if not out then return output.EXIT_OUTPUT end
  c:on_progress(require("kimput.progress").hook())
  local ropts = { merged = not opts.unmerged, unit = opts.unit }
  local status = output.run(out, "report", function()
    local ok, rows = pcall(report.rows, c, ropts)
    if not ok then
      io.stderr:write("kimput report ", name, ": ", tostring(rows), "\n")
      return false
    end
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
    return report_errors("report", c, #rows)
  end)
  if status == false then return 1 end  -- the report failed: nothing written
  if status <= 1 and path and path ~= "-" then
    io.stderr:write(("kimput report %s: wrote %s\n"):format(name, path))
  end
  return status
end

---------------------------------------------------------------- run

local RUN_HELP = [[
Usage: kimput run SCRIPT.lua [ARGS]

Runs SCRIPT.lua with require "kimput" available; the script sees its
arguments in arg[1..] and ... (every argument after SCRIPT.lua is the
script's, options included).]]

function M.commands.run(opts)
  local script = opts.script
  if script == "--help" or script == "-h" then
    print(RUN_HELP)
    return 0
  end
  -- every corpus the script walks shows its progress on stderr (a terminal)
  require("kimput.corpus").default_progress = require("kimput.progress").hook
  local chunk, err = loadfile(script)
  if not chunk then
    io.stderr:write("kimput run: ", err, "\n")
    return 2
  end
  local script_args = { [0] = script }
  for i, a in ipairs(opts.args) do script_args[i] = a end
  _G.arg = script_args
  local ok, res = xpcall(chunk, debug.traceback, table.unpack(script_args, 1, #script_args))
  if not ok then
    io.stderr:write("kimput run: ", tostring(res), "\n")
    return 1
  end
  return type(res) == "number" and res or 0
end

---------------------------------------------------------------- the parser

-- Options every corpus-reading command takes.
local function corpus_options(cmd)
  cmd:argument("paths", "a folder of .txt files (read recursively, in sorted order),\n"
    .. "a .jsonl/.ndjson file of {\"id\",\"url\",\"published\",\"text\"} lines,\n"
    .. "any other file (one article), or - for JSON Lines on stdin"):args("+"):argname("PATH")
  cmd:option("--published", "reference date (YYYY-MM-DD) for documents that carry none"):argname("DATE")
  cmd:option("--invalid", "repair invalid UTF-8 instead of failing the document")
    :choices({ "error", "replace" }):argname("replace")
  cmd:option("-o --output", "write to FILE instead of stdout; an old FILE is replaced\n"
    .. "only when the run succeeds"):argname("FILE")
  cmd:option("--max-bytes", "a larger document (file or JSON line) is an error record,\n"
    .. "never read (bytes, or with K, M, G)"):default("20M"):argname("SIZE")
end

--- The argparse parser of the whole command line, and its commands by
-- name (each runs M.commands[name] with the parsed options). argv, when
-- given, is the command line it will parse: for `extract` the list of
-- reports in the help of `report` (each report module loaded for its
-- description) is left out, so that -j's workers start sooner.
function M.parser(argv)
  local parser = argparse("kimput", "Extraction from Indonesian news text: metadata, body, dates, "
    .. "quotes and correspondence events.")
    :command_target("command")
    :help_description_margin(30)
    :epilog("Exit status: 0 done; 1 some documents failed (the others were written); 2 bad usage;\n"
      .. "3 the output could not be written; 130, 143 stopped by SIGINT, SIGTERM.\n"
      .. "kimput COMMAND --help tells more about a command.")
  parser:flag("-v --version", "Print the version of kimput and exit."):action(function()
    io.write("kimput ", require("kimput").version, "\n")
    os.exit(0)
  end)
  parser:add_help_command()

  local extract = parser:command("extract", "One record per document (meta, dates, quotes, events) "
    .. "as JSON Lines or CSV.")
    :summary("PATH...: one record per document as JSON Lines or CSV")
  corpus_options(extract)
  extract:option("--format", "output format"):choices({ "jsonl", "csv" }):default("jsonl"):argname("jsonl|csv")
  extract:option("--rows", "documents: one record per document with meta, dates,\n"
    .. "quotes, events; or quotes, dates, events: one row per item")
    :choices({ "documents", "quotes", "dates", "events" }):default("documents"):argname("KIND")
  extract:option("-j --jobs", "documents in parallel on N processes; the output is\n"
    .. "the same, in input order (not with PATH -)"):default("1"):argname("N")
  extract:epilog([[
A document that cannot be read or parsed is reported on stderr at the end;
the others are all written, and the exit status is then 1. A progress line
(documents, MB/s, ETA) shows on stderr when it is a terminal.

  kimput extract examples/corpus > records.jsonl
  kimput extract articles/ --format csv --rows quotes -o quotes.csv
  parallel --pipe -N 500 kimput extract - < corpus.jsonl > out.jsonl]])

  local report = parser:command("report", "Runs a shipped report as text, CSV, JSON Lines or HTML.")
    :summary("NAME PATH...: a shipped report (listed by kimput report --help)")
  report:argument("name", "the report (listed below)"):argname("NAME")
  corpus_options(report)
  report:option("--format", "output format; by default the extension of -o FILE\n"
    .. "(.csv, .jsonl, .html), else text"):choices({ "text", "csv", "jsonl", "html" }):argname("text|csv|jsonl|html")
  report:flag("--unmerged", "one row per mention: do not merge the same event or\n"
    .. "quote reported by several articles")
  report:option("--unit", "the periods of the HTML timeline (default: by the span)")
    :choices({ "day", "week", "month", "year" }):argname("day|week|month|year")
  report:epilog((argv and argv[1] == "extract" and "" or report_list()) .. [[


  kimput report timeline examples/corpus
  kimput report overview examples/corpus -o report.html]])

  local run = parser:command("run", "Runs an analyst's Lua script with require \"kimput\" available.")
    :summary("SCRIPT.lua [ARGS]: an analyst's script with require \"kimput\"")
    :handle_options(false)  -- everything after the script is the script's
  run:argument("script", "the Lua script"):argname("SCRIPT.lua")
  run:argument("args", "its arguments"):args("*"):argname("ARGS")
  return parser, { extract = extract, report = report, run = run }
end

--- Runs the command line argv (without the program name); returns the exit status.
function M.main(argv)
  -- the interpreter and the launcher, to start workers (-j) the same way
  if argv[-1] and argv[0] then M.launcher = { argv[-1], argv[0] } end
  local parser, commands = M.parser(argv)
  local ok, opts = parser:pparse(argv)
  local cmd = M.commands[argv[1]] and argv[1]
  if ok then
    if opts.command ~= "extract" then require "kimput" end
    local done, status = pcall(M.commands[opts.command], opts)
    if done then return status end
    if getmetatable(status) ~= Usage then error(status, 0) end
    opts = status.msg
  end
  -- opts is the message of a usage error
  local prefix = cmd and ("kimput " .. cmd) or "kimput"
  local usage = cmd and commands[cmd]:get_usage() or parser:get_usage()
  io.stderr:write(prefix, ": ", opts, "\n", usage, "\n(try ", prefix, " --help)\n")
  return 2
end

return M
