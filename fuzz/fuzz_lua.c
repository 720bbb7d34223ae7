/* libFuzzer target: the Lua binding and the Lua layer on fuzzed text, under
 * ASan. One Lua 5.4 state (the module linked in, the Lua files from
 * KIMPUT_LUA_DIR) parses each input with kimput.parse and calls every doc:
 * method, walking the iterators; the first byte picks the options (invalid
 * UTF-8 repaired or refused, a reference date or none). Lua errors are
 * fine (a clear message is the contract); a crash, a leak or undefined
 * behaviour is a finding, and so is a JSON line of the C encoder
 * (core.json_encode) that differs from the Lua one's, or a name key or
 * flag of core.name_key (kimput.entities) that differs from the gsub chain
 * and the Lua rule it stands for. Built by fuzz/run.sh with the binding sources and liblua5.4. */
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

#include "lua_host.h"

#ifndef KIMPUT_LUA_DIR
#define KIMPUT_LUA_DIR "lua"
#endif


static const char driver[] =
  "package.path = ... .. '/?.lua;' .. ... .. '/?/init.lua;' .. package.path\n"
  "local kimput = require 'kimput'\n"
  "local methods = {}\n"
  "for name, fn in pairs(require('kimput.core').Document) do\n"
  "  if type(fn) == 'function' and name:sub(1, 1) ~= '_' then methods[#methods + 1] = name end\n"
  "end\n"
  "table.sort(methods)\n"
  "local function drain(v)\n"
  "  if type(v) == 'function' then for _ in v do end end\n"
  "end\n"
  "return function(text, mode)\n"
  "  local opts = { invalid = mode & 1 == 1 and 'replace' or nil,\n"
  "                 published = mode & 2 == 2 and '2023-05-10' or nil }\n"
  "  local ok, doc = pcall(kimput.parse, text, opts)\n"
  "  if not ok then return end\n"
  "  for _, name in ipairs(methods) do\n"
  "    local ok2, res = pcall(doc[name], doc)\n"
  "    if ok2 then pcall(drain, res) end\n"
  "  end\n"
  "  pcall(doc.token, doc, 1)\n"
  "  -- the record as kimput extract writes it, and the fuzzed text as keys and\n"
  "  -- strings: the C and the Lua JSON encoders must write the same bytes\n"
  "  local differ = false\n"
  "  pcall(function()\n"
  "    local jsonl = require 'kimput.writers.jsonl'\n"
  "    for _, v in ipairs({ require('kimput.corpus').record(doc, {}), { [text] = text, text, #text / 7 } }) do\n"
  "      local ok_c, c = pcall(jsonl.encode, v)\n"
  "      local ok_l, l = pcall(jsonl._lua_encode, v)\n"
  "      if ok_c ~= ok_l or c ~= l then differ = true end\n"
  "    end\n"
  "  end)\n"
  "  -- the gazetteer's key of the text: what these gsubs make of it, its words,\n"
  "  -- and how it must appear for the kind the mode picks (the rule in Lua)\n"
  "  local kind = ({ 'person', 'org', 'outlet', 'place' })[mode % 4 + 1]\n"
  "  local key, words, flag = require('kimput.core').name_key(text, kind)\n"
  "  local want = text:lower():gsub('[%s%-]+', ' '):gsub('^ ', ''):gsub(' $', '')\n"
  "  local _, spaces = want:gsub(' ', '')\n"
  "  local letters = text:gsub('[^%a]', '')\n"
  "  local want_flag = ((not text:find('%l') and #letters <= 4) or (#letters <= 2 and #text == #letters)) and 'exact'\n"
  "    or ((not text:find('[%s%-]') or kind == 'org' or kind == 'outlet') and 'upper' or 'none')\n"
  "  if key ~= want or words ~= (want == '' and 0 or spaces + 1) or flag ~= want_flag then differ = true end\n"
  "  getmetatable(doc).__close(doc)\n"
  "  pcall(doc.text, doc)  -- a closed document is an error, not a crash\n"
  "  return differ\n"
  "end\n";

static lua_State *state;
static int one_ref;

static void setup(void) { state = lua_host(driver, sizeof driver - 1, "fuzz_lua", KIMPUT_LUA_DIR, &one_ref); }

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
  if (!state) setup();
  if (size == 0) return 0;
  lua_rawgeti(state, LUA_REGISTRYINDEX, one_ref);
  lua_pushlstring(state, (const char *)data + 1, size - 1);
  lua_pushinteger(state, data[0]);
  if (lua_pcall(state, 2, 1, 0) == LUA_OK && lua_toboolean(state, -1)) {
    fprintf(stderr, "fuzz_lua: the C and the Lua JSON encoders, or name keys, differ\n");
    abort();
  }
  lua_pop(state, 1);  /* the result, or an error outside the pcalls */
  lua_gc(state, LUA_GCCOLLECT);
  return 0;
}
