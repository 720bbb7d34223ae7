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

/* Names are collected in C into one buffer (their offsets in a second,
 * pointers to them in a third), sorted, then pushed. The buffers are held by guards, so that a Lua error
 * while the list is pushed (out of memory) frees them. */
static int compare_names(const void *a, const void *b) {
  return strcmp(*(const char *const *)a, *(const char *const *)b);
}

static int grow(void **slot, size_t *cap, size_t need, size_t unit) {
  if (need <= *cap) return 1;
  size_t ncap = *cap ? *cap : 64;
  while (ncap < need) {
    if (ncap > SIZE_MAX / 2 / unit) return 0;
    ncap *= 2;
  }
  void *grown = realloc(*slot, ncap * unit);
  if (!grown) return 0;
  *slot = grown;
  *cap = ncap;
  return 1;
}

static int l_listdir(lua_State *L) {
  const char *path = luaL_checkstring(L, 1);
  void **chars = lk_guard(L);
  void **offsets = lk_guard(L);
  void **names = lk_guard(L);
  DIR *dir = opendir(path);
  if (!dir) return push_failure(L, path);
  size_t n = 0, ncap = 0, used = 0, ccap = 0;
  const struct dirent *e;
  int failed = 0;
  errno = 0;
  while ((e = readdir(dir)) != NULL) {
    if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0) continue;
    size_t len = strlen(e->d_name) + 1;
    if (!grow(offsets, &ncap, n + 1, sizeof(size_t)) || !grow(chars, &ccap, used + len, 1)) {
      failed = 1;
      break;
    }
    memcpy((char *)*chars + used, e->d_name, len);
    ((size_t *)*offsets)[n++] = used;
    used += len;
  }
  int read_errno = errno;
  closedir(dir);  /* before any Lua call that could raise */
  if (failed) return luaL_error(L, "listdir %s: out of memory", path);
  if (read_errno) { errno = read_errno; return push_failure(L, path); }
  /* pointers only once the buffer has stopped moving */
  const char **list = malloc((n ? n : 1) * sizeof *list);
  if (!list) return luaL_error(L, "listdir %s: out of memory", path);
  *names = (void *)list;
  for (size_t i = 0; i < n; i++) list[i] = (const char *)*chars + ((const size_t *)*offsets)[i];
  if (n > 1) qsort(list, n, sizeof *list, compare_names);
  lua_createtable(L, n > 0x7fffffff ? 0x7fffffff : (int)n, 0);
  for (size_t i = 0; i < n; i++) {
    lua_pushstring(L, list[i]);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
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
