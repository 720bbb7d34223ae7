/* lkcorpus.c -- the two operating-system services the command line's
 * progress line needs and neither plain Lua nor lua-filesystem offers
 * (folders are walked with lua-filesystem, in lua/kimput/corpus.lua):
 *
 *   core.isatty(fd)     -> true when the descriptor (0, 1, 2) is a terminal
 *   core.now()          -> seconds on a monotonic clock (a float), for rates
 *
 * POSIX only. Nothing here touches documents.
 */
#include <time.h>
#include <unistd.h>

#include "lk.h"

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
  {"isatty", l_isatty},
  {"now", l_now},
  {NULL, NULL}
};

void lk_open_corpus(lua_State *L) {
  luaL_setfuncs(L, corpus_functions, 0);
}
