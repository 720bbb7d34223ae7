/* lkdates.c -- the date grammar for Lua: core.dates, core.date, core.date_words.
 * Items become Lua tables here, once per expression (never per token). */
#include <stdlib.h>
#include <string.h>

#include "lk.h"

/* Reads the optional reference year, month, day at idx..idx+2 (nil: none). */
static kimput_ref check_ref(lua_State *L, int idx) {
  kimput_ref r = {0, 0, 0};
  if (lua_isnoneornil(L, idx)) return r;
  r.year = (int)luaL_checkinteger(L, idx);
  r.month = (int)luaL_checkinteger(L, idx + 1);
  r.day = (int)luaL_checkinteger(L, idx + 2);
  if (r.year < 1 || r.year > 9999 || r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31)
    luaL_argerror(L, idx, "reference date out of range");
  return r;
}

/* The field names of an item and the names of the kinds: upvalues of the
 * functions that push items (made once, when the module opens), so that an
 * item's fields are set by reference to interned strings (no lookup of a
 * name per field); its table is made at its exact size. */
#define DATE_KINDS (KIMPUT_DATE_SET + 1)
enum { KEY_TEXT, KEY_START, KEY_STOP, KEY_KIND, KEY_VALUE, KEY_ZONE, KEY_MOD, KEY_ANCHOR, KEY_VAGUE, KEY_COUNT };
static const char *const key_names[KEY_COUNT] = {"text", "start", "stop", "kind", "value", "zone", "mod", "anchor",
                                                 "vague"};

/* The items of the running core.dates call, held where an error while
 * pushing them cannot leak them: a userdata, the last upvalue (made once),
 * whose items the next call or its __gc frees. (A guard object per call
 * would cost an allocation and a finalizer each time.) */
typedef struct {
  kimput_date *items;
} held_items;

#define HELD (KEY_COUNT + DATE_KINDS + 1)  /* its upvalue */
#define DOC_MT (HELD + 1)                  /* the metatables of Documents and of packed spans */
#define SPANS_MT (HELD + 2)
#define UPVALUES SPANS_MT

static int held_gc(lua_State *L) {
  held_items *h = lua_touserdata(L, 1);
  free(h->items);
  h->items = NULL;
  return 0;
}

static void push_upvalues(lua_State *L) {
  for (int k = 0; k < KEY_COUNT; k++) lua_pushstring(L, key_names[k]);
  for (int k = 0; k < DATE_KINDS; k++) lua_pushstring(L, kimput_date_kind_name(k));
  held_items *h = lua_newuserdatauv(L, sizeof *h, 0);
  h->items = NULL;
  lua_createtable(L, 0, 1);
  lua_pushcfunction(L, held_gc);
  lua_setfield(L, -2, "__gc");
  lua_setmetatable(L, -2);
  luaL_getmetatable(L, LK_DOCUMENT);
  luaL_getmetatable(L, LK_SPANS);
}

/* Pushes the key of a field (its value is pushed next, then lua_rawset). */
static inline void key(lua_State *L, int k) { lua_pushvalue(L, lua_upvalueindex(k + 1)); }

/* Pushes {text, start, stop, kind, value, zone?, mod?, anchor, vague?} (1-based
 * offsets). */
static void push_item(lua_State *L, const char *text, const kimput_date *d) {
  lua_createtable(L, 0, 6 + (d->zone[0] != 0) + (d->mod[0] != 0) + (d->vague != 0));
  key(L, KEY_TEXT);
  lua_pushlstring(L, text + d->start, d->end - d->start);
  lua_rawset(L, -3);
  key(L, KEY_START);
  lua_pushinteger(L, (lua_Integer)d->start + 1);
  lua_rawset(L, -3);
  key(L, KEY_STOP);
  lua_pushinteger(L, (lua_Integer)d->end);
  lua_rawset(L, -3);
  key(L, KEY_KIND);
  if (d->kind < DATE_KINDS) lua_pushvalue(L, lua_upvalueindex(KEY_COUNT + d->kind + 1));
  else lua_pushstring(L, kimput_date_kind_name(d->kind));
  lua_rawset(L, -3);
  key(L, KEY_VALUE);
  lua_pushlstring(L, d->value, strnlen(d->value, sizeof d->value));  /* (not by its address: no string cache lookup) */
  lua_rawset(L, -3);
  if (d->zone[0]) { key(L, KEY_ZONE); lua_pushstring(L, d->zone); lua_rawset(L, -3); }
  if (d->mod[0]) { key(L, KEY_MOD); lua_pushstring(L, d->mod); lua_rawset(L, -3); }
  key(L, KEY_ANCHOR);
  lua_pushboolean(L, d->anchored);
  lua_rawset(L, -3);
  if (d->vague) { key(L, KEY_VAGUE); lua_pushboolean(L, 1); lua_rawset(L, -3); }
}

/* core.dates(doc, spans [, year, month, day [, vague]]) -> list of items;
 * vague references (PRESENT_REF...) only when vague is true */
static int l_dates(lua_State *L) {
  kimput_doc *doc = lk_checkdoc_mt(L, 1, lua_upvalueindex(DOC_MT));
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  kimput_ref ref = check_ref(L, 3);
  int vague = lua_toboolean(L, 6);
  held_items *held = lua_touserdata(L, lua_upvalueindex(HELD));
  free(held->items);  /* an earlier call's, left by an error */
  held->items = NULL;
  const uint32_t *spans;
  uint32_t *owned;
  size_t nspans = lk_checkspans_mt(L, 2, len, &spans, &owned, lua_upvalueindex(SPANS_MT));
  kimput_date *items = NULL;
  size_t n = 0;
  kimput_status st = kimput_doc_dates(doc, spans, nspans, &ref, &items, &n);
  free(owned);
  if (st != KIMPUT_OK) return lk_error(L, "dates", st);
  held->items = items;  /* freed by the next call or __gc when a push below fails */
  size_t shown = 0;
  for (size_t i = 0; i < n; i++) shown += vague || !items[i].vague;
  lua_createtable(L, (int)(shown < 0x7fffffff ? shown : 0x7fffffff), 0);
  lua_Integer k = 0;
  for (size_t i = 0; i < n; i++) {
    if (items[i].vague && !vague) continue;
    push_item(L, text, &items[i]);
    items[k] = items[i];  /* the list's items, in its order, for lex:scan */
    lua_rawseti(L, -2, ++k);
  }
  /* the document keeps them with the list (no error can come between) */
  lk_document *ud = lua_touserdata(L, 1);
  held->items = NULL;
  free(ud->dates);
  ud->dates = items;
  ud->ndates = (size_t)k;
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, 1, LK_DOC_DATES);
  return 1;
}

/* core.date(s [, year, month, day]) -> item | nil */
static int l_date(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  kimput_ref ref = check_ref(L, 2);
  if (!kimput_utf8_valid(s, len, NULL)) return luaL_argerror(L, 1, "invalid UTF-8");
  kimput_date d;
  int found = 0;
  kimput_status st = kimput_date_parse(s, len, &ref, &d, &found);
  if (st != KIMPUT_OK) return lk_error(L, "date", st);
  if (!found) { lua_pushnil(L); return 1; }
  push_item(L, s, &d);
  return 1;
}

/* core.date_words() -> {months = {word = n}, weekdays = {...}, numbers = {...}} */
static int l_date_words(lua_State *L) {
  static const char *const groups[] = {NULL, "months", "weekdays", "numbers"};
  lua_createtable(L, 0, 3);
  for (int g = 1; g <= 3; g++) { lua_newtable(L); lua_setfield(L, -2, groups[g]); }
  const char *w;
  int group, value;
  for (size_t i = 0; kimput_date_words(i, &w, &group, &value); i++) {
    if (group == KIMPUT_WORDS_OTHER) continue;
    lua_getfield(L, -1, groups[group]);
    if (value == -1) lua_pushliteral(L, "some");
    else if (value == -10) lua_pushliteral(L, "teen");
    else if (value == -11) lua_pushliteral(L, "tens");
    else if (value == -12) lua_pushliteral(L, "hundreds");
    else lua_pushinteger(L, value);
    lua_setfield(L, -2, w);
    lua_pop(L, 1);
  }
  return 1;
}

static const luaL_Reg functions[] = {
  {"dates", l_dates},
  {"date", l_date},
  {"date_words", l_date_words},
  {NULL, NULL}
};

void lk_open_dates(lua_State *L) {
  push_upvalues(L);
  luaL_setfuncs(L, functions, UPVALUES);
}
