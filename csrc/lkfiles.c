/* lkfiles.c -- the file services safe output and extract -j need and plain
 * Lua lacks (lua/kimput/output.lua, lua/kimput/parallel.lua):
 *
 *   core.realpath(path) -> the absolute path with links resolved | nil, message
 *                          (the output goes next to the file a link points at,
 *                          and the rename replaces that file, not the link)
 *   core.fsync(file)    -> true | nil, message: the bytes of a Lua file handle
 *                          reach the disk before the rename makes them visible
 *   core.copy(src, dst, n) -> bytes read [, message]: n bytes from one Lua
 *                          file handle to another (dst false: dropped), in
 *                          C, never a Lua string: a -j parent moves its
 *                          workers' rows to its output this way
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

static luaL_Stream *check_open(lua_State *L, int idx) {
  luaL_Stream *s = luaL_checkudata(L, idx, LUA_FILEHANDLE);
  if (!s->closef || !s->f) luaL_argerror(L, idx, "file is closed");
  return s;
}

/* Reads n bytes of src (fewer only when it ends) and writes them to dst;
 * after a failed write the rest is still read (the source stays in step)
 * and the first write error is returned second. */
static int l_copy(lua_State *L) {
  FILE *src = check_open(L, 1)->f;
  FILE *dst = lua_toboolean(L, 2) ? check_open(L, 2)->f : NULL;
  lua_Integer n = luaL_checkinteger(L, 3);
  luaL_argcheck(L, n >= 0, 3, "a byte count");
  char buf[65536];
  lua_Integer done = 0;
  int write_errno = 0;
  while (done < n) {
    size_t want = (size_t)(n - done) < sizeof buf ? (size_t)(n - done) : sizeof buf;
    size_t got = fread(buf, 1, want, src);
    if (got == 0) break;
    done += (lua_Integer)got;
    if (dst && !write_errno && fwrite(buf, 1, got, dst) != got) write_errno = errno ? errno : EIO;
  }
  lua_pushinteger(L, done);
  if (!write_errno) return 1;
  lua_pushstring(L, strerror(write_errno));
  return 2;
}

static const luaL_Reg file_functions[] = {
  {"copy", l_copy},
  {"realpath", l_realpath},
  {"fsync", l_fsync},
  {NULL, NULL}
};

void lk_open_files(lua_State *L) {
  luaL_setfuncs(L, file_functions, 0);
}
