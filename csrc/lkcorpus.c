/* lkcorpus.c -- what the corpus layer, its queries and the command line
 * need from C and neither plain Lua nor lua-filesystem offers (folders are
 * walked with lua-filesystem, in lua/kimput/corpus.lua):
 *
 *   core.fold(s [, name]) -> s case-folded (kimput_fold: Unicode full case
 *                          folding); with name true, spaces and dashes left
 *                          out too: the key names are compared by
 *   core.isatty(fd)     -> true when the descriptor (0, 1, 2) is a terminal
 *   core.now()          -> seconds on a monotonic clock (a float), for rates
 *
 * POSIX only. Nothing here touches documents.
 */
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

#include "lk.h"

#define FOLD_BOX "kimput.FoldKey"

static int fold_box_gc(lua_State *L) {
  char **box = luaL_checkudata(L, 1, FOLD_BOX);
  free(*box);
  *box = NULL;
  return 0;
}

/* The folded key lives in a box whose __gc frees it, so a memory error
 * while Lua copies it leaks nothing. */
static int l_fold(lua_State *L) {
  size_t len, n;
  const char *s = luaL_checklstring(L, 1, &len);
  int flags = lua_toboolean(L, 2) ? KIMPUT_FOLD_NAME : KIMPUT_FOLD_DEFAULT;
  char **box = lua_newuserdatauv(L, sizeof *box, 0);
  *box = NULL;
  if (luaL_newmetatable(L, FOLD_BOX)) {
    lua_pushcfunction(L, fold_box_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_setmetatable(L, -2);
  kimput_status st = kimput_fold(s, len, flags, box, &n);
  if (st != KIMPUT_OK) return lk_error(L, "fold", st);
  lua_pushlstring(L, *box, n);
  free(*box);
  *box = NULL;
  return 1;
}

static int l_isatty(lua_State *L) {
  lua_Integer fd = luaL_checkinteger(L, 1);
  luaL_argcheck(L, fd >= 0 && fd <= 1024, 1, "not a file descriptor");
  lua_pushboolean(L, isatty((int)fd));
  return 1;
}

static int l_now(lua_State *L) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  lua_pushnumber(L, (lua_Number)ts.tv_sec + (lua_Number)ts.tv_nsec / 1e9);
  return 1;
}

static const luaL_Reg corpus_functions[] = {
  {"fold", l_fold},
  {"isatty", l_isatty},
  {"now", l_now},
  {NULL, NULL}
};

void lk_open_corpus(lua_State *L) {
  luaL_setfuncs(L, corpus_functions, 0);
}
