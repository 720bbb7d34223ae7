/* lua_host.h -- the Lua state of the fuzz_lua*.c targets: the standard
 * libraries, kimput.core preloaded from the linked binding, and a driver
 * chunk run once (with arg as its argument when not NULL); the value it
 * returns is kept in the registry. Aborts when the driver fails. */
#ifndef KIMPUT_FUZZ_LUA_HOST_H
#define KIMPUT_FUZZ_LUA_HOST_H

#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
#include <stdio.h>
#include <stdlib.h>

int luaopen_kimput_core(lua_State *L);

/* Returns the state; *ref is the registry reference of the driver's result. */
static lua_State *lua_host(const char *driver, size_t len, const char *name, const char *arg, int *ref) {
  lua_State *L = luaL_newstate();
  if (!L) abort();
  luaL_openlibs(L);
  luaL_getsubtable(L, LUA_REGISTRYINDEX, LUA_PRELOAD_TABLE);
  lua_pushcfunction(L, luaopen_kimput_core);
  lua_setfield(L, -2, "kimput.core");
  lua_pop(L, 1);
  if (luaL_loadbuffer(L, driver, len, name) != LUA_OK) abort();
  if (arg) lua_pushstring(L, arg);
  if (lua_pcall(L, arg ? 1 : 0, 1, 0) != LUA_OK) {
    fprintf(stderr, "%s: %s\n", name, lua_tostring(L, -1));
    abort();
  }
  *ref = luaL_ref(L, LUA_REGISTRYINDEX);
  return L;
}

#endif
