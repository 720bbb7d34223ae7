--- kimput.output: a command's output file, written so that nothing is lost.
--
--   local output = require "kimput.output"
--   local out, err = output.open(path)  -- nil or "-": stdout. Fails now, before any work,
--                                       -- when the file cannot be created.
--   out:write(s, ...)                   -- like file:write; the first error is kept and
--                                       -- later writes are skipped (out:failed() tells)
--   out:copy(fh, n)                     -- n bytes from the file handle fh, in C (the same
--                                       -- error rule); returns the bytes read
--   local ok, err = out:commit()        -- flush, sync, close, then rename into place
--   out:abort()                         -- close and delete the temporary file
--   return output.run(out, "extract", function() ... return status end)
--
-- A regular file (or a new one) is written to a temporary file in the same
-- folder (".NAME.tmp-XXXXXX") and renamed over the target only when every
-- write, the flush, the sync and the close succeeded: a failed or
-- interrupted run leaves the old file as it was. A link is followed: the
-- file it points at is replaced, the link stays. A target that exists and
-- is not a regular file (/dev/null, /dev/full, a FIFO) is written in place,
-- every write checked.
local lfs = require "lfs"
local core = require "kimput.core"

local M = {}

--- Exit statuses of the command line (docs/cli.md).
M.EXIT_OUTPUT = 3       -- the output could not be written; an old file is unchanged
M.SIGNAL_BASE = 128     -- a run stopped by signal N exits 128 + N (SIGINT 130, SIGTERM 143)

local Output = {}
Output.__index = Output

local function random_suffix()
  local chars = "abcdefghijklmnopqrstuvwxyz0123456789"
  local t = {}
  for i = 1, 8 do
    local k = math.random(#chars)
    t[i] = chars:sub(k, k)
  end
  return table.concat(t)
end

-- The folder and file name of path (the folder "." for a bare name).
local function split_path(path)
  local dir, base = path:match("^(.*)/([^/]*)$")
  if not dir then return ".", path end
  return dir == "" and "/" or dir, base
end

--- Opens the output: stdout for nil or "-", else path as said above.
-- Returns an Output, or nil and a message naming the path.
function M.open(path)
  if path == nil or path == "-" then
    return setmetatable({ fh = io.stdout, path = "-", stdout = true }, Output)
  end
  if type(path) ~= "string" or path == "" then return nil, "no output path given" end
  local target = path
  local kind = lfs.attributes(path, "mode")  -- follows links
  if kind == "directory" then return nil, path .. ": is a directory" end
  if kind and kind ~= "file" then
    local fh, err = io.open(path, "wb")
    if not fh then return nil, err end
    return setmetatable({ fh = fh, path = path, direct = true }, Output)
  end
  if kind == "file" then target = core.realpath(path) or path end
  local dir, base = split_path(target)
  if base == "" then return nil, path .. ": is a directory" end
  if lfs.attributes(dir, "mode") ~= "directory" then
    return nil, ("%s: the folder %s does not exist"):format(path, dir)
  end
  local temp, fh, err
  for _ = 1, 10 do  -- a name nobody uses
    temp = ("%s/.%s.tmp-%s"):format(dir, base, random_suffix())
    if not lfs.symlinkattributes(temp, "mode") then
      fh, err = io.open(temp, "wb")
      break
    end
  end
  if not fh then
    return nil, ("%s: cannot create a file in %s (%s)"):format(path, dir, (err or "no free name"):gsub("^.-: ", ""))
  end
  return setmetatable({ fh = fh, path = path, target = target, temp = temp }, Output)
end

--- Writes like file:write. After the first error nothing more is written.
function Output:write(...)
  if self.err then return self end
  local ok, err = self.fh:write(...)
  if not ok then self.err = err end
  return self
end

--- Copies n bytes read from the file handle src to the output, in C (no
-- Lua string); after a write error they are still read, not written.
-- Returns the bytes read (fewer than n when src ended).
function Output:copy(src, n)
  local got, err = core.copy(src, not self.err and self.fh, n)
  if err and not self.err then self.err = err end
  return got
end

--- The first write error, or nil.
function Output:failed()
  return self.err
end

local function with_path(self, err)
  err = tostring(err):gsub("^.-: ", "")
  return ("%s: %s"):format(self.path == "-" and "stdout" or self.path, err)
end

--- Finishes the output: flush, sync and close (stdout is only flushed),
-- then the rename. Returns true, or nil and a message (the temporary file
-- is then gone and the old file untouched).
function Output:commit()
  if self.done then return true end
  self.done = true
  local ok, err = not self.err, self.err
  if ok then ok, err = self.fh:flush() end
  if self.stdout then
    if not ok then return nil, with_path(self, err) end
    return true
  end
  if ok and self.temp then ok, err = core.fsync(self.fh) end
  local closed, cerr = self.fh:close()
  if ok and not closed then ok, err = nil, cerr end
  if ok and self.temp then ok, err = os.rename(self.temp, self.target) end
  if not ok then
    if self.temp then os.remove(self.temp) end
    return nil, with_path(self, err)
  end
  return true
end

--- Gives up: the temporary file is deleted, the old file stays as it was.
function Output:abort()
  if self.done then return end
  self.done = true
  if self.stdout then
    self.fh:flush()
    return
  end
  pcall(self.fh.close, self.fh)
  if self.temp then os.remove(self.temp) end
end

local SIGNAL_NAMES = { [2] = "SIGINT", [15] = "SIGTERM" }

--- Runs fn() (the work of command `cmd`, returning its exit status) with
-- SIGINT and SIGTERM caught, then commits out. Returns the exit status:
-- fn's; M.EXIT_OUTPUT when the output could not be written; 128 + N when
-- signal N stopped the run (the record in progress is discarded and the
-- output abandoned). When fn returns false (it failed and said why) or
-- raises an error, the output is abandoned; false is returned, the error
-- raised again.
function M.run(out, cmd, fn)
  core.catch_signals()
  local ok, status = xpcall(fn, debug.traceback)
  local sig = core.interrupted()
  core.release_signals()
  if sig then
    out:abort()
    io.stderr:write(("kimput %s: stopped by %s%s\n"):format(cmd, SIGNAL_NAMES[sig] or ("signal " .. sig),
      out.temp and (", " .. out.path .. " left unchanged") or ""))
    return M.SIGNAL_BASE + sig
  end
  if not ok then
    out:abort()
    error(status, 0)
  end
  if status == false then
    out:abort()
    return false
  end
  local done, err = out:commit()
  if not done then
    io.stderr:write(("kimput %s: cannot write %s%s\n"):format(cmd, err,
      out.temp and " (the old file, if any, is unchanged)" or ""))
    return M.EXIT_OUTPUT
  end
  return status
end

return M
