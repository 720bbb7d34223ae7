/* libFuzzer target: core.line_reader (csrc/lklines.c, the lines of a
 * JSON Lines input as a corpus walk reads them) on fuzzed bytes, under
 * ASan. The first three bytes pick the limit (0..254, or none), the block
 * of reading (1..64 bytes: lines straddle blocks, long ones grow the
 * buffer) and which offers take refuses; the rest is the file, read
 * through fmemopen. A finding: a crash, a leak, undefined behaviour, or
 * lines that differ from those of the whole text split at once. Built by
 * fuzz/run.sh with the binding sources and liblua5.4. */
#define _GNU_SOURCE  /* fmemopen */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lua_host.h"


static const char driver[] =
  "local core = require 'kimput.core'\n"
  "-- the lines of the whole text: over the limit as 'over N', refused as 'passed N'\n"
  "local function expected(text, limit, take)\n"
  "  local out, pos = {}, 1\n"
  "  while pos <= #text do\n"
  "    local nl = text:find('\\n', pos, true) or #text\n"
  "    local line = text:sub(pos, nl)\n"
  "    pos = nl + 1\n"
  "    local content = #line - (line:sub(-1) == '\\n' and 1 or 0)\n"
  "    if content > limit then\n"
  "      out[#out + 1] = (take and not take(content) and 'passed ' or 'over ') .. content\n"
  "    elseif take and line:find('%S') and not take(#line) then\n"
  "      out[#out + 1] = 'passed ' .. #line\n"
  "    else\n"
  "      out[#out + 1] = line\n"
  "    end\n"
  "  end\n"
  "  return out\n"
  "end\n"
  "-- take refusing the offers whose bit is set in mask (in turn, 8 offers a round)\n"
  "local function refusing(mask)\n"
  "  if mask == 0 then return nil end\n"
  "  local n = 0\n"
  "  return function(bytes)\n"
  "    assert(math.type(bytes) == 'integer' and bytes >= 0)\n"
  "    n = n + 1\n"
  "    return mask & (1 << (n % 8)) == 0\n"
  "  end\n"
  "end\n"
  "return function(fh, text, limit, block, mask)\n"
  "  local reader, got = core.line_reader(fh, limit, refusing(mask), block), {}\n"
  "  while true do\n"
  "    local line, size = reader:next()\n"
  "    if line == nil then break end\n"
  "    got[#got + 1] = line == true and 'passed ' .. size or line == false and 'over ' .. size or line\n"
  "  end\n"
  "  local want = expected(text, limit, refusing(mask))\n"
  "  if #got ~= #want then return true end\n"
  "  for i = 1, #want do\n"
  "    if got[i] ~= want[i] then return true end\n"
  "  end\n"
  "  return reader:next() ~= nil\n"
  "end\n";

static lua_State *state;
static int check_ref;

static void setup(void) { state = lua_host(driver, sizeof driver - 1, "fuzz_lua_lines", NULL, &check_ref); }

static int close_memfile(lua_State *L) {
  luaL_Stream *s = luaL_checkudata(L, 1, LUA_FILEHANDLE);
  return luaL_fileresult(L, fclose(s->f) == 0, NULL);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!state) setup();
  if (size < 4) return 0;  /* fmemopen wants at least one byte of file */
  const char *text = (const char *)data + 3;
  size_t len = size - 3;
  lua_Integer limit = data[0] == 255 ? LUA_MAXINTEGER : data[0];
  lua_Integer block = 1 + data[1] % 64;
  lua_rawgeti(state, LUA_REGISTRYINDEX, check_ref);
  luaL_Stream *s = lua_newuserdatauv(state, sizeof *s, 0);
  s->closef = NULL;
  luaL_setmetatable(state, LUA_FILEHANDLE);
  s->f = fmemopen((void *)text, len, "rb");
  if (!s->f) abort();
  s->closef = close_memfile;
  lua_pushlstring(state, text, len);
  lua_pushinteger(state, limit);
  lua_pushinteger(state, block);
  lua_pushinteger(state, data[2]);
  if (lua_pcall(state, 5, 1, 0) != LUA_OK) {
    fprintf(stderr, "fuzz_lua_lines: %s\n", lua_tostring(state, -1));
    abort();
  }
  if (lua_toboolean(state, -1)) {
    fprintf(stderr, "fuzz_lua_lines: the reader's lines differ from the text's\n");
    abort();
  }
  lua_pop(state, 1);
  lua_gc(state, LUA_GCCOLLECT);  /* the file handle closes its FILE */
  return 0;
}
