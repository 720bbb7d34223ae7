-- bin/kimput: run, --help, --version.
local function sh(cmd)
  local p = io.popen(cmd .. " 2>&1; echo \"exit:$?\"")
  local out = p:read("a")
  p:close()
  local code = tonumber(out:match("exit:(%d+)%s*$"))
  return out:gsub("exit:%d+%s*$", ""), code
end

describe("bin/kimput", function()
  it("prints its version and help", function()
    local out, code = sh("bin/kimput --version")
    assert.equal(0, code)
    assert.matches("^kimput %d+%.%d+%.%d+", out)
    out, code = sh("bin/kimput --help")
    assert.equal(0, code)
    assert.matches("run%s+SCRIPT%.lua", out)
  end)

  it("runs a script with require \"kimput\" and its arguments", function()
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write('local kimput = require "kimput"\n',
      'print(kimput.parse(arg[1]):token_count(), select("#", ...), arg[0] ~= nil)\n')
    f:close()
    local out, code = sh("bin/kimput run " .. path .. " 'Kim dan Putin.' extra")
    os.remove(path)
    assert.equal(0, code)
    assert.equal("4\t2\ttrue\n", out)
  end)

  it("fails clearly on a missing script, a failing script and an unknown command", function()
    local out, code = sh("bin/kimput run /nonexistent/script.lua")
    assert.equal(2, code)
    assert.matches("cannot open", out)
    local path = os.tmpname()
    local f = assert(io.open(path, "w"))
    f:write('error("boom")\n')
    f:close()
    out, code = sh("bin/kimput run " .. path)
    os.remove(path)
    assert.equal(1, code)
    assert.matches("boom", out)
    out, code = sh("bin/kimput frobnicate")
    assert.equal(2, code)
    assert.matches("unknown command", out)
  end)

  it("loads a module from build/luac only while its source is the one compiled", function()
    local files = require "fixtures.files"
    -- a checkout of its own: the launcher, a stand-in kimput.cli that says
    -- which text it was loaded from, and that module's bytecode
    local root = files.tmpdir()
    assert(os.execute("mkdir -p '" .. root .. "/bin' '" .. root .. "/lua/kimput' '" .. root .. "/build/luac/kimput'"))
    assert(os.execute("cp bin/kimput '" .. root .. "/bin/kimput'"))
    files.write(root .. "/lua/kimput/init.lua", "return {}\n")
    local function cli(said) return ("return { main = function() print(%q) return 0 end }\n"):format(said) end
    local function compile(text)  -- tools/luac.lua, as make runs it
      files.write(root .. "/compiled.lua", text)
      assert(os.execute(("lua5.4 tools/luac.lua '%s/compiled.lua' '%s/build/luac/kimput/cli.luac'"):format(root, root)))
    end
    files.write(root .. "/lua/kimput/cli.lua", cli("source"))
    compile(cli("source"))
    -- the bytecode of another text under the source's copy: which one ran shows
    files.write(root .. "/build/luac/kimput/cli.luac", string.dump(assert(load(cli("bytecode")))))
    -- (its own build tree, whatever KIMPUT_BUILD the suite runs with)
    local run = ("KIMPUT_BUILD='%s/build' '%s/bin/kimput'"):format(root, root)
    local out, code = sh(run)
    assert.equal(0, code)
    assert.equal("bytecode\n", out)
    files.write(root .. "/lua/kimput/cli.lua", cli("edited"))  -- an edit after make: the source
    out = sh(run)
    assert.equal("edited\n", out)
    files.write(root .. "/build/luac/kimput/cli.luac", "not bytecode")  -- one that does not load: the source
    files.write(root .. "/lua/kimput/cli.lua", cli("source"))
    out = sh(run)
    assert.equal("source\n", out)
    files.rmdir(root)
  end)

  it("loads a module from outside the checkout from build/luac only while its file is the one compiled", function()
    local files = require "fixtures.files"
    -- a checkout whose stand-in kimput.cli prints what a module found on
    -- LUA_PATH (outside the checkout) says, and that module's bytecode
    local root = files.tmpdir()
    assert(os.execute("mkdir -p '" .. root .. "/bin' '" .. root .. "/lua/kimput' '" .. root .. "/build/luac' '"
      .. root .. "/elsewhere'"))
    assert(os.execute("cp bin/kimput '" .. root .. "/bin/kimput'"))
    files.write(root .. "/lua/kimput/init.lua", "return {}\n")
    files.write(root .. "/lua/kimput/cli.lua",
      'return { main = function() print((require("outside_mod"))) return 0 end }\n')
    local function mod(said) return ("return %q\n"):format(said) end
    files.write(root .. "/elsewhere/outside_mod.lua", mod("source"))
    assert(os.execute(("lua5.4 tools/luac.lua '%s/elsewhere/outside_mod.lua' '%s/build/luac/outside_mod.luac'"):format(
      root, root)))
    files.write(root .. "/build/luac/outside_mod.luac", string.dump(assert(load(mod("bytecode")))))
    local run = ("LUA_PATH='%s/elsewhere/?.lua;;' KIMPUT_BUILD='%s/build' '%s/bin/kimput'"):format(root, root, root)
    assert.equal("bytecode\n", (sh(run)))
    files.write(root .. "/elsewhere/outside_mod.lua", mod("updated"))  -- the package was updated: its file
    assert.equal("updated\n", (sh(run)))
    files.rmdir(root)
  end)
end)
