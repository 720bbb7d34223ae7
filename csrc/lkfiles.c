/* lkfiles.c -- the two file services safe output needs and plain Lua lacks
 * (lua/kimput/output.lua):
 *
 *   core.realpath(path) -> the absolute path with links resolved | nil, message
 *                          (the output goes next to the file a link points at,
 *                          and the rename replaces that file, not the link)
 *   core.fsync(file)    -> true | nil, message: the bytes of a Lua file handle
 *                          reach the disk before the rename makes them visible
 */
#define _XOPEN_SOURCE 700  /* realpath */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <lualib.h>

#include "lk.h"

static int l_realpath(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  void **slot = lk_guard(L);  /* before the malloc: a failing push cannot leak it */
  char *full = realpath(path, NULL);
  if (!full) {
    lua_pushnil(L);
    lua_pushfstring(L, "%s: %s", path, strerror(errno));
    return 2;
  }
  *slot = full;
  lua_pushstring(L, full);
  return 1;
}

static int l_fsync(lua_State *L) {
  luaL_Stream *s = luaL_checkudata(L, 1, LUA_FILEHANDLE);
  if (!s->closef || !s->f) return luaL_argerror(L, 1, "file is closed");
  if (fflush(s->f) != 0 || fsync(fileno(s->f)) != 0) {
    lua_pushnil(L);
    lua_pushstring(L, strerror(errno));
    return 2;
  }
  lua_pushboolean(L, 1);
  return 1;
}

static const luaL_Reg file_functions[] = {
  {"realpath", l_realpath},
  {"fsync", l_fsync},
  {NULL, NULL}
};

void lk_open_files(lua_State *L) {
  luaL_setfuncs(L, file_functions, 0);
}
