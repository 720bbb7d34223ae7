/* lkpage.c -- the Lua binding of page.c: compiled pattern sets.
 *
 *   core.patterns{ "pat1", "pat2", ... }  -> PatternSet (compiled once, JIT)
 *   set:count()                           -> number of patterns
 *   set:first(s)                          -> index, start, stop, groups | nil
 *   set:match(i, s [, init])              -> start, stop, groups | nil
 *   set:classify(doc)                     -> { {start=, stop=, rule=}, ... }
 *
 * Offsets are 1-based and inclusive. `groups` holds each capture group by
 * number and, for (?<name>...) groups, by name; unset groups are absent.
 * classify() lists every non-empty line of the document, trimmed, with the
 * index of the first pattern that matches it (rule = 0 when none does).
 */
#include <stdlib.h>

#include "lk.h"

#define LK_PATSET "kimput.PatternSet"

typedef struct {
  kimput_patset *ps;  /* NULL once collected */
} lk_patset;

static kimput_patset *check_patset(lua_State *L, int idx) {
  lk_patset *p = luaL_checkudata(L, idx, LK_PATSET);
  if (!p->ps) luaL_argerror(L, idx, "pattern set is freed");
  return p->ps;
}

static int l_patset_gc(lua_State *L) {
  lk_patset *p = luaL_checkudata(L, 1, LK_PATSET);
  kimput_patset_free(p->ps);
  p->ps = NULL;
  return 0;
}

/* core.patterns(list) */
static int l_patterns(lua_State *L) {
  luaL_checktype(L, 1, LUA_TTABLE);
  lua_Integer n = luaL_len(L, 1);
  lk_patset *p = lua_newuserdatauv(L, sizeof *p, 0);
  p->ps = NULL;
  luaL_setmetatable(L, LK_PATSET);
  kimput_status st = kimput_patset_new(&p->ps);
  if (st != KIMPUT_OK) return lk_error(L, "kimput.patterns", st);
  for (lua_Integer i = 1; i <= n; i++) {
    lua_geti(L, 1, i);
    size_t len;
    const char *pat = lua_tolstring(L, -1, &len);
    if (!pat || lua_type(L, -1) != LUA_TSTRING)
      return luaL_error(L, "pattern %d is not a string", (int)i);
    if (!kimput_utf8_valid(pat, len, NULL)) return luaL_error(L, "pattern %d is not valid UTF-8", (int)i);
    char err[300];
    st = kimput_patset_add(p->ps, pat, len, err, sizeof err);
    if (st == KIMPUT_ERR_PATTERN) return luaL_error(L, "pattern %d does not compile: %s: %s", (int)i, err, pat);
    if (st != KIMPUT_OK) return lk_error(L, "kimput.patterns", st);
    lua_pop(L, 1);
  }
  return 1;
}

static int l_count(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)kimput_patset_count(check_patset(L, 1)));
  return 1;
}

static const char *check_subject(lua_State *L, int idx, size_t *len) {
  const char *s = luaL_checklstring(L, idx, len);
  if (!kimput_utf8_valid(s, *len, NULL)) luaL_argerror(L, idx, "not valid UTF-8");
  return s;
}

/* pushes the match's start and stop, and the groups table */
static int push_match(lua_State *L, const kimput_patset *ps, size_t index, const char *s,
                      const uint32_t *caps) {
  lua_pushinteger(L, (lua_Integer)caps[0] + 1);
  lua_pushinteger(L, (lua_Integer)caps[1]);
  lua_newtable(L);
  for (int g = 1; g < KIMPUT_PATSET_MAX_GROUPS; g++) {
    if (caps[2 * g] == KIMPUT_NOPOS) continue;
    lua_pushlstring(L, s + caps[2 * g], caps[2 * g + 1] - caps[2 * g]);
    const char *name = kimput_patset_group_name(ps, index, g);
    if (name) {
      lua_pushvalue(L, -1);
      lua_setfield(L, -3, name);
    }
    lua_rawseti(L, -2, g);
  }
  return 3;
}

/* set:first(s) */
static int l_first(lua_State *L) {
  kimput_patset *ps = check_patset(L, 1);
  size_t len;
  const char *s = check_subject(L, 2, &len);
  uint32_t caps[2 * KIMPUT_PATSET_MAX_GROUPS];
  int i = kimput_patset_first(ps, s, len, caps);
  if (i < 0) return 0;
  lua_pushinteger(L, i + 1);
  return 1 + push_match(L, ps, (size_t)i, s, caps);
}

/* set:match(i, s [, init]) */
static int l_match(lua_State *L) {
  kimput_patset *ps = check_patset(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  size_t len;
  const char *s = check_subject(L, 3, &len);
  lua_Integer init = luaL_optinteger(L, 4, 1);
  luaL_argcheck(L, i >= 1 && (size_t)i <= kimput_patset_count(ps), 2, "no such pattern");
  luaL_argcheck(L, init >= 1 && (size_t)init <= len + 1, 4, "out of the string");
  /* start at a character, never inside one */
  while ((size_t)init <= len && ((unsigned char)s[init - 1] & 0xC0) == 0x80) init++;
  uint32_t caps[2 * KIMPUT_PATSET_MAX_GROUPS];
  int rc = kimput_patset_match(ps, (size_t)i - 1, s, len, (size_t)init - 1, caps);
  if (rc == -KIMPUT_ERR_NOMEM) return lk_error(L, "match", KIMPUT_ERR_NOMEM);
  if (rc != 1) return 0;  /* no match, or a limit hit: no match */
  return push_match(L, ps, (size_t)i - 1, s, caps);
}

/* The C arrays of one classify() call, in a userdata so that a Lua error
 * (out of memory while the result table grows) cannot leak them. */
#define LK_LINEBOX "kimput.LineBox"
typedef struct {
  kimput_span *lines;
  int *rule;
} lk_linebox;

static int l_linebox_gc(lua_State *L) {
  lk_linebox *b = luaL_checkudata(L, 1, LK_LINEBOX);
  free(b->lines);
  free(b->rule);
  b->lines = NULL;
  b->rule = NULL;
  return 0;
}

/* set:classify(doc) */
static int l_classify(lua_State *L) {
  kimput_patset *ps = check_patset(L, 1);
  size_t len;
  const char *text = kimput_doc_text(lk_checkdoc(L, 2), &len);
  lk_linebox *box = lua_newuserdatauv(L, sizeof *box, 0);
  box->lines = NULL;
  box->rule = NULL;
  luaL_setmetatable(L, LK_LINEBOX);
  size_t n = 0;
  kimput_status st = kimput_lines(text, len, &box->lines, &n);
  if (st != KIMPUT_OK) return lk_error(L, "lines", st);
  box->rule = malloc((n ? n : 1) * sizeof *box->rule);
  if (!box->rule) return lk_error(L, "lines", KIMPUT_ERR_NOMEM);
  st = kimput_patset_classify(ps, text, len, box->lines, n, box->rule);
  if (st != KIMPUT_OK) return lk_error(L, "classify", st);
  lua_createtable(L, (int)(n < 0x7fffffff ? n : 0x7fffffff), 0);
  for (size_t i = 0; i < n; i++) {
    lua_createtable(L, 0, 3);
    lua_pushinteger(L, (lua_Integer)box->lines[i].start + 1);
    lua_setfield(L, -2, "start");
    lua_pushinteger(L, (lua_Integer)box->lines[i].end);
    lua_setfield(L, -2, "stop");
    lua_pushinteger(L, box->rule[i] + 1);
    lua_setfield(L, -2, "rule");
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;  /* the box is collected later */
}

static const luaL_Reg patset_methods[] = {
  {"count", l_count},
  {"first", l_first},
  {"match", l_match},
  {"classify", l_classify},
  {NULL, NULL}
};

static const luaL_Reg patset_meta[] = {
  {"__gc", l_patset_gc},
  {"__close", l_patset_gc},
  {NULL, NULL}
};

static const luaL_Reg page_functions[] = {
  {"patterns", l_patterns},
  {NULL, NULL}
};

void lk_open_page(lua_State *L) {
  if (luaL_newmetatable(L, LK_PATSET)) {
    luaL_setfuncs(L, patset_meta, 0);
    luaL_newlib(L, patset_methods);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, LK_LINEBOX)) {
    lua_pushcfunction(L, l_linebox_gc);
    lua_setfield(L, -2, "__gc");
  }
  lua_pop(L, 1);
  luaL_setfuncs(L, page_functions, 0);
}
