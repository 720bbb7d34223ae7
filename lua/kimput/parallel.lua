--- Documents in parallel on N processes, results in input order (kimput
-- extract -j N). Every worker is the same command run again with
-- KIMPUT_WORKER=k/n in its environment: it reads the same inputs, takes the
-- items whose index i has (i - 1) % n == k - 1, and writes one chunk per item
-- it takes, in order, then a last chunk "D". The parent reads the chunks
-- round-robin (item 1 from worker 1, item 2 from worker 2, ...), which is
-- input order, so the output is the bytes one process would write. Pipes
-- keep memory flat: a worker more than a pipe's buffer ahead waits.
--
-- A chunk is a header line "KIND LENGTH EXTRA" and LENGTH bytes of payload.
local M = {}

local ENV = "KIMPUT_WORKER"

--- This process's place when it is a worker: k, n (1 <= k <= n); else nil.
function M.worker()
  local k, n = (os.getenv(ENV) or ""):match("^(%d+)/(%d+)$")
  k, n = tonumber(k), tonumber(n)
  if k and n and k >= 1 and k <= n then return k, n end
  return nil
end

--- Does worker k of n take item i?
function M.takes(i, k, n)
  return (i - 1) % n == k - 1
end

--- Writes one chunk to fh (a worker's stdout).
function M.send(fh, kind, payload, extra)
  payload = payload or ""
  fh:write(kind, " ", #payload, " ", tostring(extra or 0), "\n", payload)
end

local function quote(s)
  return "'" .. tostring(s):gsub("'", [['\'']]) .. "'"
end

--- Starts n workers running argv (a list: program and arguments, quoted
-- here for the shell); returns their output handles.
function M.spawn(argv, n)
  local words = {}
  for i, a in ipairs(argv) do words[i] = quote(a) end
  local cmd = table.concat(words, " ")
  local workers = {}
  for k = 1, n do
    workers[k] = assert(io.popen(("%s=%d/%d %s"):format(ENV, k, n, cmd), "r"))
    workers[k]:setvbuf("full", 65536)  -- big reads: the parent's share of the CPU stays small
  end
  return workers
end

-- Reads one chunk: kind, payload, extra; nil, message at a cut stream.
local function receive(fh)
  local header = fh:read("l")
  if not header then return nil, "ended early" end
  local kind, len, extra = header:match("^(%a) (%d+) (%S+)$")
  if not kind then return nil, "sent a bad chunk header" end
  len = tonumber(len)
  local payload = len > 0 and fh:read(len) or ""
  if #(payload or "") ~= len then return nil, "ended inside a chunk" end
  return kind, payload, extra
end

--- Reads the workers' chunks in input order, calling on_chunk(kind, payload,
-- extra) for each item, until the worker whose turn it is says "D" (there
-- are no more items). Returns true and the extra of that "D", or nil and a
-- message when a worker failed (its stream cut short or its exit status
-- non-zero).
function M.merge(workers, on_chunk)
  local n, turn, failure, tail = #workers, 1, nil, nil
  while true do
    local kind, payload, extra = receive(workers[turn])
    if not kind then
      failure = ("worker %d of %d %s"):format(turn, n, payload)
      break
    end
    if kind == "D" then
      tail = extra
      break
    end
    on_chunk(kind, payload, extra)
    turn = turn % n + 1
  end
  -- every worker has said "D" by now (or failed): they are finished
  for k, fh in ipairs(workers) do
    if k ~= turn or failure then
      while fh:read(65536) do end  -- drain, so that a worker never blocks on a full pipe
    end
    local ok, how, code = fh:close()
    if not ok and not failure then failure = ("worker %d of %d exited (%s %s)"):format(k, n, how, code) end
  end
  if failure then return nil, failure end
  return true, tail
end

return M
