/* lklines.c -- the lines of a JSON Lines input as a corpus walk reads them
 * (kimput.sources.bounded_lines), found in C: a block of the file at a time
 * goes into a C buffer, so that
 *   - a line longer than the limit is passed over, never held whole;
 *   - a line that take refuses (a worker of `kimput extract -j` passing
 *     over the blocks of the others) is only found and measured: no Lua
 *     string of it or of the block it is in, no Lua work but take.
 *
 *   core.line_reader(fh, limit [, take [, block]]) -> reader
 *     fh: a Lua file handle (read from where it is); limit: the longest line
 *     kept, in bytes before its "\n"; block: bytes read at a time (default
 *     64 KiB; small ones are for tests).
 *   reader:next() -> line           its "\n" included (the last line may
 *                                   have none)
 *                  | false, size    a line over the limit (size: its bytes
 *                                   before the "\n")
 *                  | true, size     a line take refused (size: its bytes)
 *                  | nil            the end
 *                  | nil, message   a read error (and the end)
 *   take(bytes), when given, is offered every line first but blank ones
 *   (only " \t\n\v\f\r"), with the size next() would give with false or
 *   true; a line it refuses (a false result) comes back as true, size.
 * The buffer grows for a longer line only up to limit + 1 bytes.
 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <lualib.h>

#include "lk.h"

#define LK_LINES "kimput.LineReader"
#define DEFAULT_BLOCK 65536

typedef struct {
  char *buf;         /* NULL once closed */
  size_t cap;        /* bytes buf holds */
  size_t pos, len;   /* the unread bytes are buf[pos, len) */
  size_t limit;
  int eof;           /* the file said its end or an error: no more reading */
  int finished;      /* next() said the end */
  int busy;          /* inside take: a call of next() from there is an error */
} lk_lines;

static int l_lines_gc(lua_State *L) {
  lk_lines *r = luaL_checkudata(L, 1, LK_LINES);
  free(r->buf);
  r->buf = NULL;
  return 0;
}

static int is_blank(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    switch (s[i]) {
      case ' ': case '\t': case '\n': case '\v': case '\f': case '\r': break;
      default: return 0;
    }
  }
  return 1;
}

/* Offers size bytes to take (the reader's second user value), when there
 * is one: 1 when it refused them. */
static int refused(lua_State *L, lk_lines *r, size_t size) {
  if (lua_getiuservalue(L, 1, 2) == LUA_TNIL) {
    lua_pop(L, 1);
    return 0;
  }
  lua_pushinteger(L, (lua_Integer)size);
  r->busy = 1;
  lua_call(L, 1, 1);  /* an error in take leaves busy set: the reader is done */
  r->busy = 0;
  int refuse = !lua_toboolean(L, -1);
  lua_pop(L, 1);
  return refuse;
}

/* A line over the limit: false, size, or true, size when take refuses it. */
static int over_limit(lua_State *L, lk_lines *r, size_t size) {
  lua_pushboolean(L, refused(L, r, size));
  lua_pushinteger(L, (lua_Integer)size);
  return 2;
}

/* The line buf[at, at + n): the string, or true, n when take refuses it. */
static int line(lua_State *L, lk_lines *r, size_t at, size_t n) {
  if (!is_blank(r->buf + at, n) && refused(L, r, n)) {
    lua_pushboolean(L, 1);
    lua_pushinteger(L, (lua_Integer)n);
    return 2;
  }
  lua_pushlstring(L, r->buf + at, n);
  return 1;
}

/* Room after the bytes kept: the partial line moves to the front, and the
 * buffer doubles when it is full of it (the line is at most limit bytes so
 * far, so it never grows past limit + 1). */
static void make_room(lua_State *L, lk_lines *r) {
  size_t kept = r->len - r->pos;
  if (r->pos > 0) memmove(r->buf, r->buf + r->pos, kept);
  r->pos = 0;
  r->len = kept;
  if (kept < r->cap) return;
  size_t cap = r->cap <= SIZE_MAX / 2 ? r->cap * 2 : SIZE_MAX;
  if (r->limit < SIZE_MAX && cap > r->limit + 1) cap = r->limit + 1;
  char *grown = realloc(r->buf, cap);
  if (!grown) luaL_error(L, "not enough memory for a line of %I bytes", (lua_Integer)kept);
  r->buf = grown;
  r->cap = cap;
}

static int l_lines_next(lua_State *L) {
  lk_lines *r = luaL_checkudata(L, 1, LK_LINES);
  if (r->busy) return luaL_error(L, "line reader: next() called from its take");
  if (!r->buf) return luaL_error(L, "line reader: closed");
  if (r->finished) {
    lua_pushnil(L);
    return 1;
  }
  lua_getiuservalue(L, 1, 1);
  luaL_Stream *s = luaL_checkudata(L, -1, LUA_FILEHANDLE);
  if (!s->closef) return luaL_error(L, "attempt to use a closed file");
  FILE *f = s->f;
  lua_pop(L, 1);
  int skipping = 0;  /* inside a line over the limit: only its size is kept */
  size_t size = 0;
  for (;;) {
    size_t at = r->pos, avail = r->len - r->pos;
    const char *nl = avail ? memchr(r->buf + at, '\n', avail) : NULL;
    if (nl) {
      size_t content = (size_t)(nl - (r->buf + at));
      r->pos = at + content + 1;
      if (skipping) return over_limit(L, r, size + content);
      if (content > r->limit) return over_limit(L, r, content);
      return line(L, r, at, content + 1);
    }
    if (r->eof) {  /* the last line, without a "\n" */
      r->finished = 1;
      r->pos = r->len;
      if (skipping) return over_limit(L, r, size + avail);
      if (avail == 0) {
        lua_pushnil(L);
        return 1;
      }
      return line(L, r, at, avail);  /* at most limit: else it would be skipping */
    }
    if (skipping || avail > r->limit) {  /* over the limit: count it, drop it */
      size += avail;
      skipping = 1;
      r->pos = r->len = 0;
    } else {
      make_room(L, r);
    }
    clearerr(f);
    size_t got = fread(r->buf + r->len, 1, r->cap - r->len, f);
    int err = errno;
    r->len += got;
    if (got == 0) {
      r->eof = 1;
      if (ferror(f)) {
        r->finished = 1;
        lua_pushnil(L);
        lua_pushstring(L, strerror(err));
        return 2;
      }
    }
  }
}

static int l_line_reader(lua_State *L) {
  luaL_checkudata(L, 1, LUA_FILEHANDLE);
  lua_Integer limit = luaL_checkinteger(L, 2);
  luaL_argcheck(L, limit >= 0, 2, "a size in bytes");
  if (!lua_isnoneornil(L, 3)) luaL_checktype(L, 3, LUA_TFUNCTION);
  lua_Integer block = luaL_optinteger(L, 4, DEFAULT_BLOCK);
  luaL_argcheck(L, block >= 1 && block <= (1 << 30), 4, "a block size from 1 byte to 1 GiB");
  lk_lines *r = lua_newuserdatauv(L, sizeof *r, 2);
  memset(r, 0, sizeof *r);
  r->limit = (lua_Unsigned)limit >= SIZE_MAX ? SIZE_MAX - 1 : (size_t)limit;
  luaL_setmetatable(L, LK_LINES);
  r->buf = malloc((size_t)block);
  if (!r->buf) return luaL_error(L, "not enough memory for a line reader");
  r->cap = (size_t)block;
  lua_pushvalue(L, 1);
  lua_setiuservalue(L, -2, 1);
  lua_pushvalue(L, 3);
  lua_setiuservalue(L, -2, 2);
  return 1;
}

static const luaL_Reg lines_methods[] = {
  {"next", l_lines_next},
  {"close", l_lines_gc},
  {NULL, NULL}
};

void lk_open_lines(lua_State *L) {
  lk_newclass(L, LK_LINES, l_lines_gc, lines_methods);
  lua_pushcfunction(L, l_line_reader);
  lua_setfield(L, -2, "line_reader");
}
