/* lkjson.c -- core.json_encode: one Lua value as the line of JSON that
 * kimput.writers.jsonl writes (keys sorted by bytes, an empty table a list
 * unless it carries the object marker, lua-cjson's string escapes with "/"
 * left as it is, whole numbers as %d, other numbers as the shortest of
 * %.14g and %.17g that reads back the same, NaN and infinities as null).
 * jsonl.lua keeps the same rules in Lua for what this leaves to it.
 */
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "lk.h"

#define MAX_DEPTH 64

/* argument places of core.json_encode(value, object_mt, null) */
enum { ARG_VALUE = 1, ARG_OBJECT = 2, ARG_NULL = 3 };

/* Raises msg without a position, as jsonl.lua's error(msg, 0) does. */
static int fail(lua_State *L, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  lua_pushvfstring(L, fmt, ap);
  va_end(ap);
  return lua_error(L);
}

typedef struct {
  void **data;  /* the guarded malloc'd bytes (lk_guard): freed on any error */
  size_t len, cap;
  int fallback;  /* met a value left to the Lua encoder */
} out_buf;

static void grow(lua_State *L, out_buf *b, size_t n) {
  size_t cap = b->cap ? b->cap : 256;
  while (cap - b->len < n) {
    if (cap > ((size_t)-1) / 2) fail(L, "jsonl.encode: out of memory");
    cap *= 2;
  }
  char *grown = realloc(*b->data, cap);
  if (!grown) fail(L, "jsonl.encode: out of memory");
  *b->data = grown;
  b->cap = cap;
}

static inline void put(lua_State *L, out_buf *b, const char *s, size_t n) {
  if (b->cap - b->len < n) grow(L, b, n);
  memcpy((char *)*b->data + b->len, s, n);
  b->len += n;
}

/* lua-cjson 2.1's escapes, "/" excepted */
static const char *escape_of(unsigned char c) {
  static const char *const low[32] = {
      "\\u0000", "\\u0001", "\\u0002", "\\u0003", "\\u0004", "\\u0005", "\\u0006", "\\u0007",
      "\\b",     "\\t",     "\\n",     "\\u000b", "\\f",     "\\r",     "\\u000e", "\\u000f",
      "\\u0010", "\\u0011", "\\u0012", "\\u0013", "\\u0014", "\\u0015", "\\u0016", "\\u0017",
      "\\u0018", "\\u0019", "\\u001a", "\\u001b", "\\u001c", "\\u001d", "\\u001e", "\\u001f"};
  if (c < 32) return low[c];
  if (c == '"') return "\\\"";
  if (c == '\\') return "\\\\";
  if (c == 127) return "\\u007f";
  return NULL;
}

/* 1 for the bytes escape_of escapes: a string is copied run by run */
static const unsigned char escaped[256] = {
  1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1,
  0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0,
  0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1,
};

/* The first byte of s[i..n) that escape_of escapes, or n: sixteen bytes at
 * a time where SSE2 is (record strings are quotes and sentences, with
 * nothing to escape in most of them). */
static inline size_t next_escaped(const unsigned char *s, size_t i, size_t n) {
#if defined(__SSE2__)
  const __m128i c1f = _mm_set1_epi8(0x1F), quote = _mm_set1_epi8('"'), backslash = _mm_set1_epi8('\\'),
                del = _mm_set1_epi8(0x7F);
  while (i + 16 <= n) {
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)(s + i));
    __m128i control = _mm_cmpeq_epi8(_mm_min_epu8(v, c1f), v);  /* v <= 0x1F, unsigned */
    __m128i m = _mm_or_si128(_mm_or_si128(control, _mm_cmpeq_epi8(v, quote)),
                             _mm_or_si128(_mm_cmpeq_epi8(v, backslash), _mm_cmpeq_epi8(v, del)));
    unsigned mask = (unsigned)_mm_movemask_epi8(m);
    if (mask) return i + (size_t)__builtin_ctz(mask);
    i += 16;
  }
#endif
  while (i < n && !escaped[s[i]]) i++;
  return i;
}

static void put_string(lua_State *L, out_buf *b, const char *s, size_t n) {
  if (b->cap - b->len < n + 2) grow(L, b, n + 2);
  size_t i = next_escaped((const unsigned char *)s, 0, n);
  if (i == n) {  /* the common case: nothing to escape, one copy */
    char *p = (char *)*b->data + b->len;
    p[0] = '"';
    memcpy(p + 1, s, n);
    p[n + 1] = '"';
    b->len += n + 2;
    return;
  }
  put(L, b, "\"", 1);
  size_t from = 0;  /* the bytes from here to i are written as they are */
  for (;;) {
    put(L, b, s + from, i - from);
    if (i == n) break;
    const char *e = escape_of((unsigned char)s[i]);
    put(L, b, e, strlen(e));
    from = i + 1;
    i = next_escaped((const unsigned char *)s, from, n);
  }
  put(L, b, "\"", 1);
}

static void put_number(lua_State *L, out_buf *b, int idx) {
  char num[64];
  int n;
  if (lua_isinteger(L, idx)) {  /* as %lld writes it, without snprintf's cost (offsets are many) */
    lua_Integer v = lua_tointeger(L, idx);
    lua_Unsigned u = v < 0 ? 0u - (lua_Unsigned)v : (lua_Unsigned)v;
    char *end = num + sizeof num, *p = end;
    do { *--p = (char)('0' + u % 10); u /= 10; } while (u);
    if (v < 0) *--p = '-';
    put(L, b, p, (size_t)(end - p));
    return;
  } else {
    double v = (double)lua_tonumber(L, idx);
    if (isnan(v) || isinf(v)) { put(L, b, "null", 4); return; }
    n = snprintf(num, sizeof num, "%.14g", v);  /* the shortest that reads back the same */
    if (strtod(num, NULL) != v) n = snprintf(num, sizeof num, "%.17g", v);
  }
  put(L, b, num, (size_t)n);
}

typedef struct {
  const char *s;
  size_t len;
  int val;  /* put_small_object: the stack slot of the key's value */
} key;

static int key_cmp(const void *pa, const void *pb) {
  const key *a = pa, *b = pb;
  /* most keys differ in their first byte: no call for those */
  if (a->len && b->len && a->s[0] != b->s[0]) return (unsigned char)a->s[0] < (unsigned char)b->s[0] ? -1 : 1;
  int c = memcmp(a->s, b->s, a->len < b->len ? a->len : b->len);
  if (c) return c;
  return (a->len > b->len) - (a->len < b->len);
}

static void put_value(lua_State *L, out_buf *b, int idx, int depth);

/* keys sorted by bytes; objects have a few keys, so insertion sort */
static void sort_keys(key *keys, size_t m) {
  for (size_t i = 1; i < m; i++) {
    key k = keys[i];
    size_t j = i;
    while (j > 0 && key_cmp(&keys[j - 1], &k) > 0) {
      keys[j] = keys[j - 1];
      j--;
    }
    keys[j] = k;
  }
}

/* The objects of records (a quote, a date, meta) have string keys only and
 * a few of them: their keys and values wait on the stack while the keys are sorted
 * in a small array (the strings stay alive as keys of the table, which is
 * not changed while it is written). Returns 0, having written nothing and
 * left the stack as it was, for a table with another key or more keys. */
#define FAST_KEYS 48
static int put_small_object(lua_State *L, out_buf *b, int idx, int depth) {
  key keys[FAST_KEYS];
  int top = lua_gettop(L);
  luaL_checkstack(L, 2 * FAST_KEYS + 4, "jsonl.encode");
  size_t m = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    if (m == FAST_KEYS || lua_type(L, -2) != LUA_TSTRING) {
      lua_settop(L, top);
      return 0;
    }
    keys[m].s = lua_tolstring(L, -2, &keys[m].len);
    keys[m].val = lua_gettop(L);
    lua_pushvalue(L, -2);  /* the key and value stay; a copy of the key for next() */
    m++;
  }
  sort_keys(keys, m);
  put(L, b, "{", 1);
  for (size_t i = 0; i < m && !b->fallback; i++) {
    if (i > 0) put(L, b, ",", 1);
    put_string(L, b, keys[i].s, keys[i].len);
    put(L, b, ":", 1);
    put_value(L, b, keys[i].val, depth + 1);
  }
  put(L, b, "}", 1);
  lua_settop(L, top);
  return 1;
}

/* A table with no metatable or the object marker; any other metatable
 * (its __index, __pairs, __len would change what Lua reads) is left to
 * the Lua encoder. */
static void put_table(lua_State *L, out_buf *b, int idx, int depth) {
  if (depth > MAX_DEPTH) fail(L, "jsonl.encode: nesting deeper than %d (a cycle?)", MAX_DEPTH);
  luaL_checkstack(L, 8, "jsonl.encode");
  int marked = 0;
  if (lua_getmetatable(L, idx)) {
    marked = lua_rawequal(L, -1, ARG_OBJECT);
    lua_pop(L, 1);
    if (!marked) { b->fallback = 1; return; }
  }
  lua_Unsigned n = lua_rawlen(L, idx);
  if (n == 0) {  /* no list part: empty, or an object */
    lua_pushnil(L);
    if (!lua_next(L, idx)) {
      if (marked) put(L, b, "{}", 2);
      else put(L, b, "[]", 2);
      return;
    }
    lua_pop(L, 2);
    if (put_small_object(L, b, idx, depth)) return;
  }
  size_t count = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    count++;
    lua_pop(L, 1);
  }
  int array = n == 0 ? (count == 0 && !marked) : count == n;
  if (array) {
    put(L, b, "[", 1);
    for (lua_Unsigned i = 1; i <= n && !b->fallback; i++) {
      if (i > 1) put(L, b, ",", 1);
      lua_rawgeti(L, idx, (lua_Integer)i);
      put_value(L, b, lua_gettop(L), depth + 1);
      lua_pop(L, 1);
    }
    put(L, b, "]", 1);
    return;
  }
  /* the keys as strings (numbers as tostring writes them), kept alive in a list */
  lua_createtable(L, (int)(count < 0x7fffffff ? count : 0), 0);
  int names = lua_gettop(L);
  key *keys = lua_newuserdatauv(L, count * sizeof *keys + 1, 0);
  size_t m = 0;
  lua_pushnil(L);
  while (lua_next(L, idx)) {
    lua_pop(L, 1);
    int kt = lua_type(L, -1);
    if (kt != LUA_TSTRING && kt != LUA_TNUMBER)
      fail(L, "jsonl.encode: a key of type %s has no JSON form", lua_typename(L, kt));
    lua_pushvalue(L, -1);
    lua_tolstring(L, -1, NULL);  /* converts the copy, not the key next() needs */
    lua_rawseti(L, names, (lua_Integer)(m + 1));
    m++;
  }
  for (size_t i = 0; i < m; i++) {
    lua_rawgeti(L, names, (lua_Integer)(i + 1));
    keys[i].s = lua_tolstring(L, -1, &keys[i].len);  /* the list keeps the string */
    lua_pop(L, 1);
  }
  qsort(keys, m, sizeof *keys, key_cmp);
  put(L, b, "{", 1);
  for (size_t i = 0; i < m && !b->fallback; i++) {
    if (i > 0) put(L, b, ",", 1);
    put_string(L, b, keys[i].s, keys[i].len);
    put(L, b, ":", 1);
    lua_pushlstring(L, keys[i].s, keys[i].len);
    lua_rawget(L, idx);
    if (lua_isnil(L, -1)) {  /* a number key: t[tonumber(k)] */
      lua_pop(L, 1);
      size_t used = lua_stringtonumber(L, keys[i].s);
      if (used == keys[i].len + 1) {
        lua_rawget(L, idx);
      } else {
        if (used) lua_pop(L, 1);
        lua_pushnil(L);
      }
    }
    put_value(L, b, lua_gettop(L), depth + 1);
    lua_pop(L, 1);
  }
  put(L, b, "}", 1);
  lua_pop(L, 2);  /* the key list and the key array */
}

static void put_value(lua_State *L, out_buf *b, int idx, int depth) {
  switch (lua_type(L, idx)) {
    case LUA_TSTRING: {
      size_t n;
      const char *s = lua_tolstring(L, idx, &n);
      put_string(L, b, s, n);
      return;
    }
    case LUA_TNUMBER: put_number(L, b, idx); return;
    case LUA_TBOOLEAN:
      if (lua_toboolean(L, idx)) put(L, b, "true", 4);
      else put(L, b, "false", 5);
      return;
    case LUA_TNIL: put(L, b, "null", 4); return;
    case LUA_TTABLE: put_table(L, b, idx, depth); return;
    case LUA_TLIGHTUSERDATA:
      if (lua_rawequal(L, idx, ARG_NULL)) { put(L, b, "null", 4); return; }
      break;
    case LUA_TUSERDATA: b->fallback = 1; return;  /* its __eq is Lua's to call */
    default: break;
  }
  fail(L, "jsonl.encode: a %s has no JSON form", luaL_typename(L, idx));
}

/* core.json_encode(value, object_mt, null) -> the JSON text, or false when
 * value holds a table with another metatable or a full userdata (the Lua
 * encoder of jsonl.lua then writes it). */
static int l_json_encode(lua_State *L) {
  luaL_checkany(L, ARG_VALUE);
  luaL_checktype(L, ARG_OBJECT, LUA_TTABLE);
  luaL_checkany(L, ARG_NULL);
  lua_settop(L, ARG_NULL);
  out_buf b = {lk_guard(L), 0, 0, 0};
  put_value(L, &b, ARG_VALUE, 0);
  if (b.fallback) {
    lua_pushboolean(L, 0);
    return 1;
  }
  lua_pushlstring(L, b.len ? (const char *)*b.data : "", b.len);
  free(*b.data);  /* now, not when the guard is collected */
  *b.data = NULL;
  return 1;
}

static const luaL_Reg functions[] = {
  {"json_encode", l_json_encode},
  {NULL, NULL}
};

void lk_open_json(lua_State *L) { luaL_setfuncs(L, functions, 0); }
