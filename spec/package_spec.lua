-- The package as a user meets it: the rockspec, a LuaRocks build without
-- pkg-config, `make install` for C users, the license and the project's own
-- documentation. These run make, a C compiler and luarocks (make test
-- installs them); each build goes to a temporary folder.

-- Runs a shell command without the sanitizer runtime a test run may preload
-- (the compilers it starts are not instrumented); returns output, exit code.
local function sh(cmd)
  local p = io.popen("env -u LD_PRELOAD -u ASAN_OPTIONS -u LSAN_OPTIONS sh -c '" ..
    cmd:gsub("'", "'\\''") .. "' 2>&1; echo \"exit:$?\"")
  local out = p:read("a")
  p:close()
  local code = tonumber(out:match("exit:(%d+)%s*$"))
  return (out:gsub("exit:%d+%s*$", "")), code
end

local files = require "fixtures.files"
local read, tmpdir, rmdir = files.read, files.tmpdir, files.rmdir

local ROOT = os.getenv("PWD")

describe("the rockspec", function()
  local spec = {}
  setup(function()
    assert(loadfile(ROOT .. "/kimput-scm-1.rockspec", "t", spec))()
  end)

  it("declares every rock require \"kimput\" and the command line need", function()
    local deps = table.concat(spec.dependencies, "\n")
    for _, rock in ipairs({ "lua >= 5.4", "lua%-cjson", "argparse", "luafilesystem" }) do
      assert.matches(rock, deps)
    end
  end)

  it("names ICU and PCRE2 by header and library and hands their folders to the build", function()
    for _, dep in ipairs({ "ICU", "PCRE2" }) do
      assert.is_string(spec.external_dependencies[dep].header)
      assert.is_string(spec.external_dependencies[dep].library)
      assert.equal("$(" .. dep .. "_INCDIR)", spec.build.build_variables[dep .. "_INCDIR"])
      assert.equal("$(" .. dep .. "_LIBDIR)", spec.build.build_variables[dep .. "_LIBDIR"])
    end
    assert.equal("$(LUA_INCDIR)", spec.build.build_variables.LUA_INCDIR)
    assert.equal("$(LIBFLAG)", spec.build.build_variables.LIBFLAG)
    assert.equal("MIT", spec.description.license)
    assert.equal("command", spec.test.type)
  end)

  it("builds without pkg-config and loads from the rock tree with only its dependencies", function()
    local dir = tmpdir()
    local out, code = sh(("cd %s && git ls-files -z | xargs -0 -I{} cp --parents {} %s/ 2>/dev/null || " ..
      "cp -R csrc lua bin Makefile kimput-scm-1.rockspec tools %s/"):format(ROOT, dir, dir))
    assert.equal(0, code, out)
    out, code = sh(("cd %s && PKG_CONFIG_LIBDIR=/nonexistent LUAROCKS_CONFIG=%s/tools/luarocks-debian.lua " ..
      "luarocks --lua-version=5.4 make --tree %s/tree kimput-scm-1.rockspec"):format(dir, ROOT, dir))
    assert.equal(0, code, out)
    assert.not_matches("pkg-config", out, 1, true)
    -- from elsewhere, with the rock tree's paths and the system's (where the dependencies are)
    out, code = sh(("cd / && eval \"$(luarocks --lua-version=5.4 path --tree %s/tree)\" && " ..
      "LUA_PATH=\"$LUA_PATH\" LUA_CPATH=\"$LUA_CPATH\" lua5.4 -e " ..
      "'local k = require \"kimput\"; print(package.searchpath(\"kimput.core\", package.cpath)); " ..
      "print(#k.parse(\"Kim tiba pada 12/9/2023.\"):dates())'"):format(dir))
    assert.equal(0, code, out)
    assert.matches(dir .. "/tree/lib/lua/5.4/kimput/core.so\n1\n", out, 1, true)
    out, code = sh(("cd / && %s/tree/bin/kimput extract %s/examples/corpus | wc -l"):format(dir, ROOT))
    assert.equal(0, code, out)
    assert.equal("5", out:match("%d+"))
    rmdir(dir)
  end)
end)

describe("make install", function()
  it("installs the header, both libraries and kimput.pc; a C program builds with pkg-config and runs", function()
    local dir = tmpdir()
    local out, code = sh(("cd %s && make --no-print-directory install PREFIX=%s/k"):format(ROOT, dir))
    assert.equal(0, code, out)
    for _, f in ipairs({ "include/kimput.h", "lib/libkimput.a", "lib/libkimput.so", "lib/pkgconfig/kimput.pc" }) do
      assert.truthy(io.open(dir .. "/k/" .. f), f)
    end
    assert.matches("prefix=" .. dir .. "/k\n", read(dir .. "/k/lib/pkgconfig/kimput.pc"), 1, true)
    out, code = sh(("export PKG_CONFIG_PATH=%s/k/lib/pkgconfig && cc -Wall -Werror -o %s/tokens " ..
      "%s/examples/c/tokens.c $(pkg-config --cflags --libs kimput) && " ..
      "printf 'Kim tiba pada 12/9/2023. \"Baik,\" kata Putin.' | LD_LIBRARY_PATH=%s/k/lib %s/tokens")
      :format(dir, dir, ROOT, dir, dir))
    assert.equal(0, code, out)
    assert.equal('Kim/word tiba/word pada/word 12/9/2023/date ./punct\n' ..
      '"/quote Baik/word ,/punct "/quote kata/word Putin/word ./punct\n', out)
    rmdir(dir)
  end)
end)

describe("license and documentation", function()
  it("has an MIT LICENSE with a copyright line, and keeps the sample articles outside it", function()
    local license = read(ROOT .. "/LICENSE")
    assert.matches("^MIT License", license)
    assert.matches("\nCopyright %(c%) %d%d%d%d ", license)
    assert.matches("examples/corpus/", license, 1, true)
  end)

  it("names the outlet of every sample article", function()
    local sources = read(ROOT .. "/examples/corpus/SOURCES.md")
    local p = io.popen("ls " .. ROOT .. "/examples/corpus/*.txt")
    for path in p:lines() do
      assert.matches(path:match("[^/]+$"), sources, 1, true)
    end
    p:close()
  end)

  it("cites nothing outside the repository and documents its output", function()
    local out = sh(("cd %s && grep -rn 'shared/\\|GUIDELINES' README.md docs lua csrc examples"):format(ROOT))
    assert.equal("", out)
    local doc = read(ROOT .. "/docs/output.md")
    for _, section in ipairs({ "## meta", "## body", "## dates", "## quotes", "## events", "TIMEX3" }) do
      assert.matches(section, doc, 1, true)
    end
    assert.matches("docs/output.md", read(ROOT .. "/README.md"), 1, true)
  end)
end)
