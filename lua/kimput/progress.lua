--- A progress line on stderr for long runs: documents done, MB/s, ETA.
--
--   local p = progress.new{total_bytes = c:total_bytes()}   -- total may be nil
--   p:update(docs_done, bytes_done)   -- cheap: redraws at most 10 times a second
--   p:finish(docs_done, bytes_done)   -- draws the last state (100% when all was read)
--                                     -- and ends the line, if it was shown at all
--   corpus:on_progress(progress.hook())   -- the same, driven by a corpus walk
--
-- Shown only when stderr is a terminal and the run has lasted more than a
-- second (set enabled = true/false to force); quiet otherwise, so logs and
-- pipes stay clean.
local core = require "kimput.core"

local M = {}
local Progress = {}
Progress.__index = Progress

local DELAY, INTERVAL, BAR = 1.0, 0.1, 20

-- opts: total_bytes, enabled, out (a file handle), delay (seconds before the
-- first line, default 1).
function M.new(opts)
  opts = opts or {}
  local enabled = opts.enabled
  if enabled == nil then enabled = core.isatty(2) end
  local now = core.now()
  return setmetatable({
    out = opts.out or io.stderr, total = opts.total_bytes, enabled = enabled,
    started = now, last = now - INTERVAL, shown = false, delay = opts.delay or DELAY,
  }, Progress)
end

local function clock(seconds)
  seconds = math.floor(seconds + 0.5)
  if seconds >= 3600 then
    return string.format("%d:%02d:%02d", seconds // 3600, seconds // 60 % 60, seconds % 60)
  end
  return string.format("%d:%02d", seconds // 60, seconds % 60)
end

--- The progress line for a state (no terminal codes): "[####......] 42%  1234 docs  3.1 MB/s  ETA 0:12".
function M.line(docs, bytes, total, elapsed)
  local rate = elapsed > 0 and bytes / elapsed or 0
  local parts = {}
  if total and total > 0 then
    local frac = math.min(bytes / total, 1)
    local filled = math.floor(frac * BAR + 0.5)
    parts[#parts + 1] = string.format("[%s%s] %3d%%", ("#"):rep(filled), ("."):rep(BAR - filled),
      math.floor(frac * 100))
  end
  parts[#parts + 1] = string.format("%d docs", docs)
  parts[#parts + 1] = string.format("%.1f MB/s", rate / 1e6)
  if total and total > 0 and rate > 0 and bytes < total then
    parts[#parts + 1] = "ETA " .. clock((total - bytes) / rate)
  end
  return table.concat(parts, "  ")
end

function Progress:update(docs, bytes)
  if not self.enabled then return end
  local now = core.now()
  if now - self.started < self.delay or now - self.last < INTERVAL then return end
  self.last = now
  self.shown = true
  self.out:write("\r", M.line(docs, bytes, self.total, now - self.started), "\27[K")
  self.out:flush()
end

function Progress:finish(docs, bytes)
  if self.shown then
    if docs then
      self.out:write("\r", M.line(docs, bytes, self.total, core.now() - self.started), "\27[K\n")
    else
      self.out:write("\r\27[K")
    end
    self.out:flush()
  end
  self.shown = false
end

--- A progress hook for kimput.corpus (corpus:on_progress, or the corpus
-- option `progress`): a line for each walk, ended when the walk ends.
-- opts as for progress.new (total_bytes comes from the walk).
function M.hook(opts)
  local p
  return function(docs, bytes, total, finished)
    if not p then
      local o = {}
      for k, v in pairs(opts or {}) do o[k] = v end
      o.total_bytes = total
      p = M.new(o)
    end
    if finished then
      p:finish(docs, bytes)
      p = nil
    else
      p:update(docs, bytes)
    end
  end
end

return M
