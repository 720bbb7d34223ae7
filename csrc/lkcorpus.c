/* lkcorpus.c -- the few operating-system services the corpus layer and the
 * command line need and plain Lua lacks (no lfs dependency):
 *
 *   core.listdir(path)  -> sorted array of entry names (without . and ..),
 *                          or nil, message
 *   core.filekind(path) -> "file" | "directory" | "other", size in bytes,
 *                          identity "dev:inode" (to notice directory loops);
 *                          or nil, message
 *   core.isatty(fd)     -> true when the descriptor (0, 1, 2) is a terminal
 *   core.now()          -> seconds on a monotonic clock (a float), for rates
 *
 * POSIX only. Nothing here touches documents.
 */
#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "lk.h"

static int push_failure(lua_State *L, const char *path) {
  lua_pushnil(L);
  lua_pushfstring(L, "%s: %s", path, strerror(errno));
  return 2;
}

static int compare_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* Names are collected in C, sorted, then pushed: one Lua string per entry. */
static int l_listdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  DIR *dir = opendir(path);
  if (!dir) return push_failure(L, path);
  size_t n = 0, cap = 0;
  char **names = NULL;
  const struct dirent *e;
  int failed = 0;
  errno = 0;
  while ((e = readdir(dir)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    if (n == cap) {
      size_t ncap = cap ? 2 * cap : 64;
      char **grown = realloc(names, ncap * sizeof *grown);
      if (!grown) { failed = 1; break; }
      names = grown;
      cap = ncap;
    }
    names[n] = strdup(e->d_name);
    if (!names[n]) { failed = 1; break; }
    n++;
  }
  int read_errno = errno;
  closedir(dir);
  if (!failed && read_errno == 0) {
    if (n > 1) qsort(names, n, sizeof *names, compare_names);
    /* each name is freed as soon as Lua holds its copy */
    lua_createtable(L, n > 0x7fffffff ? 0x7fffffff : (int)n, 0);
    for (size_t i = 0; i < n; i++) {
      lua_pushstring(L, names[i]);
      free(names[i]);
      names[i] = NULL;
      lua_rawseti(L, -2, (lua_Integer)i + 1);
    }
  }
  for (size_t i = 0; i < n; i++) free(names[i]);
  free(names);
  if (failed) return luaL_error(L, "listdir %s: out of memory", path);
  if (read_errno) { errno = read_errno; return push_failure(L, path); }
  return 1;
}

static int l_filekind(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  struct stat st;
  if (stat(path, &st) != 0) return push_failure(L, path);
  if (S_ISREG(st.st_mode)) lua_pushliteral(L, "file");
  else if (S_ISDIR(st.st_mode)) lua_pushliteral(L, "directory");
  else lua_pushliteral(L, "other");
  lua_pushinteger(L, (lua_Integer)st.st_size);
  lua_pushfstring(L, "%I:%I", (lua_Integer)st.st_dev, (lua_Integer)st.st_ino);
  return 3;
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
  {"listdir", l_listdir},
  {"filekind", l_filekind},
  {"isatty", l_isatty},
  {"now", l_now},
  {NULL, NULL}
};

void lk_open_corpus(lua_State *L) {
  luaL_setfuncs(L, corpus_functions, 0);
}
