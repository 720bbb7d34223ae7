/* lkquotes.c -- binding of the gazetteer (gazetteer.c) and the quote scanner
 * (quotes.c): kimput.core.gazetteer() and kimput.core.quote_marks(). The
 * policy (which match is a speaker, which mark a quote) is in Lua:
 * lua/kimput/entities.lua and lua/kimput/quotes.lua. Results come back as
 * one flat integer array per call, never a table per match.
 */
#include <stdlib.h>

#include "lk.h"

#define LK_GAZETTEER "kimput.Gazetteer"

typedef struct {
  kimput_gaz *gaz;
} lk_gazetteer;

static kimput_gaz *check_gaz(lua_State *L, int idx) {
  lk_gazetteer *g = luaL_checkudata(L, idx, LK_GAZETTEER);
  if (!g->gaz) luaL_argerror(L, idx, "gazetteer is freed");
  return g->gaz;
}

/* core.gazetteer() -> an empty Gazetteer */
static int l_gazetteer(lua_State *L) {
  lk_gazetteer *g = lua_newuserdatauv(L, sizeof *g, 0);
  g->gaz = NULL;
  luaL_setmetatable(L, LK_GAZETTEER);
  kimput_status st = kimput_gaz_new(&g->gaz);
  if (st != KIMPUT_OK) return lk_error(L, "gazetteer", st);
  return 1;
}

static int l_gaz_gc(lua_State *L) {
  lk_gazetteer *g = luaL_checkudata(L, 1, LK_GAZETTEER);
  kimput_gaz_free(g->gaz);
  g->gaz = NULL;
  return 0;
}

/* gaz:add(surface, id [, flags]) -- flags: "exact" (case as given), "upper"
 * (first word capitalised), or nil */
static int l_gaz_add(lua_State *L) {
  kimput_gaz *gaz = check_gaz(L, 1);
  size_t len;
  const char *surface = luaL_checklstring(L, 2, &len);
  lua_Integer id = luaL_checkinteger(L, 3);
  static const char *const names[] = {"none", "exact", "upper", NULL};
  static const int values[] = {0, KIMPUT_GAZ_EXACT_CASE, KIMPUT_GAZ_UPPER};
  int flags = values[luaL_checkoption(L, 4, "none", names)];
  luaL_argcheck(L, id >= 0 && id <= INT32_MAX, 3, "id must be a non-negative integer");
  kimput_status st = kimput_gaz_add(gaz, surface, len, (int32_t)id, flags);
  if (st == KIMPUT_ERR_ARG)
    return luaL_error(L, "gazetteer: %q is empty or longer than %d words / 200 bytes", surface,
                      KIMPUT_GAZ_MAX_WORDS);
  if (st != KIMPUT_OK) return lk_error(L, "gazetteer", st);
  return 0;
}

/* gaz:scan(doc, spans) -> {start1, stop1, id1, start2, ...}, 1-based inclusive;
 * id -1 marks a run of capitalised words the gazetteer does not know */
static int l_gaz_scan(lua_State *L) {
  kimput_gaz *gaz = check_gaz(L, 1);
  kimput_doc *doc = lk_checkdoc(L, 2);
  size_t len;
  kimput_doc_text(doc, &len);
  void **result = lk_guard(L);  /* made before the C result exists: it cannot leak */
  uint32_t *spans;
  size_t nspans = lk_checkspans(L, 3, len, &spans);
  kimput_gaz_match *m = NULL;
  size_t n = 0;
  kimput_status st = kimput_gaz_scan(gaz, doc, spans, nspans, &m, &n);
  free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "gazetteer scan", st);
  *result = m;  /* freed by the guard, even when a push below fails */
  lua_createtable(L, n * 3 < 0x7fffffff ? (int)(n * 3) : 0, 0);
  for (size_t i = 0; i < n; i++) {
    lua_pushinteger(L, (lua_Integer)m[i].start + 1);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 1));
    lua_pushinteger(L, (lua_Integer)m[i].end);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 2));
    lua_pushinteger(L, (lua_Integer)m[i].id);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 3));
  }
  return 1;
}

/* core.quote_marks(doc, spans) -> {open1, start1, stop1, close1, depth1, flags1, open2, ...}:
 * 1-based inclusive offsets of the opening mark, the quoted text (stop =
 * start - 1 when empty) and the last byte of the closing mark (stop when
 * unclosed); depth 0 at top level; flags as KIMPUT_QUOTE_* plus 8 for single marks */
static int l_quote_marks(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  void **result = lk_guard(L);  /* made before the C result exists: it cannot leak */
  uint32_t *spans;
  size_t nspans = lk_checkspans(L, 2, len, &spans);
  kimput_quote *q = NULL;
  size_t n = 0;
  kimput_status st = kimput_quotes_scan(text, len, spans, nspans, &q, &n);
  free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "quote scan", st);
  *result = q;  /* freed by the guard, even when a push below fails */
  lua_createtable(L, n * 6 < 0x7fffffff ? (int)(n * 6) : 0, 0);
  for (size_t i = 0; i < n; i++) {
    lua_Integer v[6] = {(lua_Integer)q[i].open + 1, (lua_Integer)q[i].start + 1, (lua_Integer)q[i].end,
                        (lua_Integer)q[i].close, q[i].depth, q[i].flags | (q[i].single ? 8 : 0)};
    for (int k = 0; k < 6; k++) {
      lua_pushinteger(L, v[k]);
      lua_rawseti(L, -2, (lua_Integer)(6 * i + (size_t)k + 1));
    }
  }
  return 1;
}

static const luaL_Reg gaz_methods[] = {
  {"add", l_gaz_add},
  {"scan", l_gaz_scan},
  {NULL, NULL}
};

static const luaL_Reg functions[] = {
  {"gazetteer", l_gazetteer},
  {"quote_marks", l_quote_marks},
  {NULL, NULL}
};

void lk_open_quotes(lua_State *L) {
  luaL_newmetatable(L, LK_GAZETTEER);
  lua_pushcfunction(L, l_gaz_gc);
  lua_setfield(L, -2, "__gc");
  luaL_newlib(L, gaz_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_setfuncs(L, functions, 0);
}
