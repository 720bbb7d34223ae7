--- The kimput command line: kimput run SCRIPT.lua [ARGS], --help, --version.
local M = {}

local USAGE = [[
usage: kimput COMMAND [ARGS]

commands:
  run SCRIPT.lua [ARGS]   run an analyst's Lua script with require "kimput" available;
                          the script sees its arguments in arg[1..] and ...
  --help                  this text
  --version               the version of kimput
]]

M.commands = {}

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
