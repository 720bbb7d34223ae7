/* lkevents.c -- binding of the events engine (events.c): core.event_lexicon()
 * and lex:scan(). The lexicon's words come from lua/kimput/rules/events.lua;
 * lua/kimput/events.lua turns the flat result into doc:events() tables.
 */
#include <stdlib.h>
#include <string.h>

#include "lk.h"

#define LK_EVLEX "kimput.EventLexicon"

typedef struct {
  kimput_evlex *lex;
} lk_evlex;

static kimput_evlex *check_lex(lua_State *L, int idx) {
  lk_evlex *x = luaL_checkudata(L, idx, LK_EVLEX);
  if (!x->lex) luaL_argerror(L, idx, "event lexicon is freed");
  return x->lex;
}

/* core.event_lexicon() -> an empty EventLexicon */
static int l_event_lexicon(lua_State *L) {
  lk_evlex *x = lua_newuserdatauv(L, sizeof *x, 0);
  x->lex = NULL;
  luaL_setmetatable(L, LK_EVLEX);
  kimput_status st = kimput_evlex_new(&x->lex);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 1;
}

static int l_evlex_gc(lua_State *L) {
  lk_evlex *x = luaL_checkudata(L, 1, LK_EVLEX);
  kimput_evlex_free(x->lex);
  x->lex = NULL;
  return 0;
}

static const char *const class_names[] = {"verb", "noun", "to", "from", "with", "and", "planned", "front",
                                          "say", "skip", "block", "occasion", "cite", "this", "that", "they", "namely", NULL};
static const char *const type_names[] = {"letter", "message", "call", "meeting", "none", NULL};
static const char *const frame_names[] = {"send", "receive", "passive", "mutual", "exchange", NULL};

/* lex:add(phrase, class [, type [, frame [, direct [, possessed]]]]) -- class
 * "verb", "noun", "to", ...; type "letter", "message", "call", "meeting" or
 * "none" (a verb typed by its noun); frame "send", "receive", "passive",
 * "mutual", "exchange" */
static int l_evlex_add(lua_State *L) {
  kimput_evlex *lex = check_lex(L, 1);
  size_t len;
  const char *phrase = luaL_checklstring(L, 2, &len);
  int cls = luaL_checkoption(L, 3, NULL, class_names);
  int type = luaL_checkoption(L, 4, "none", type_names);
  int frame = luaL_checkoption(L, 5, "send", frame_names);
  int flags = (lua_toboolean(L, 6) ? KIMPUT_EVWF_DIRECT : 0) | (lua_toboolean(L, 7) ? KIMPUT_EVWF_POSSESSED : 0);
  if (type == KIMPUT_EVENT_TYPE_COUNT) type = -1;
  kimput_status st = kimput_evlex_add(lex, phrase, len, cls, type, frame, flags);
  if (st == KIMPUT_ERR_ARG) return luaL_error(L, "event lexicon: %q is empty, over 4 words or over 96 bytes", phrase);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 0;
}

/* reads integer i (1-based) of the table at idx */
static lua_Integer geti(lua_State *L, int idx, lua_Integer i) {
  lua_rawgeti(L, idx, i);
  int ok;
  lua_Integer v = lua_tointegerx(L, -1, &ok);
  lua_pop(L, 1);
  if (!ok) luaL_error(L, "events: item %d of argument %d is not an integer", (int)i, idx);
  return v;
}

/* lex:scan(doc, mentions, nentities, dates, values) -> flat integer array, 12
 * per event mention: type (0 letter, 1 message, 2 call, 3 meeting), planned,
 * sender, recipient (1-based entities), date (1-based, 0 none), merged_into
 * (1-based, 0 for a first mention), start, stop, evidence start, stop,
 * occasion start, stop (1-based inclusive, 0 0 when none).
 * mentions: 7 integers each -- start, stop (with the title), name start,
 * name stop (1-based inclusive), entity (1-based, 0 unresolved), kind
 * (0 person, 1 org, 2 outlet, 3 place), form; in text order.
 * dates: 3 integers each -- start, stop, kind (0 date, 1 time, ...), with
 * values[i] the TIMEX3 value of date i; in text order. */
static int l_evlex_scan(lua_State *L) {
  kimput_evlex *lex = check_lex(L, 1);
  kimput_doc *doc = lk_checkdoc(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_Integer nent = luaL_checkinteger(L, 4);
  luaL_checktype(L, 5, LUA_TTABLE);
  luaL_checktype(L, 6, LUA_TTABLE);
  luaL_argcheck(L, nent >= 0 && nent < INT32_MAX, 4, "entity count out of range");
  size_t len;
  kimput_doc_text(doc, &len);
  size_t nm = lua_rawlen(L, 3) / 7, nd = lua_rawlen(L, 5) / 3;
  /* read everything first: a Lua error must not leak C memory */
  kimput_mention *m = lua_newuserdatauv(L, (nm ? nm : 1) * sizeof *m, 0);
  kimput_date *d = lua_newuserdatauv(L, (nd ? nd : 1) * sizeof *d, 0);
  for (size_t i = 0; i < nm; i++) {
    lua_Integer v[7];
    for (int k = 0; k < 7; k++) v[k] = geti(L, 3, (lua_Integer)(7 * i) + k + 1);
    if (v[0] < 1 || v[1] < v[0] || v[2] < v[0] || v[3] < v[2] || v[1] < v[3] || (size_t)v[1] > len)
      return luaL_error(L, "events: mention %d has a bad span", (int)i + 1);
    if (i && v[2] - 1 < (lua_Integer)m[i - 1].start)
      return luaL_error(L, "events: mentions must be in text order");
    m[i].start = (uint32_t)(v[2] - 1);
    m[i].end = (uint32_t)v[3];
    m[i].role_start = v[0] < v[2] ? (uint32_t)(v[0] - 1) : KIMPUT_UNSET;
    m[i].role_end = v[0] < v[2] ? (uint32_t)(v[2] - 1) : KIMPUT_UNSET;
    m[i].entity = (v[4] >= 1 && v[4] <= nent) ? (int32_t)(v[4] - 1) : -1;
    m[i].kind = (uint8_t)(v[5] >= 0 && v[5] < KIMPUT_ENT_KIND_COUNT ? v[5] : KIMPUT_ENT_PLACE);
    m[i].form = (uint8_t)(v[6] >= 0 && v[6] <= KIMPUT_MENTION_DESCRIPTION ? v[6] : 0);
    m[i].flags = 0;
  }
  for (size_t i = 0; i < nd; i++) {
    lua_Integer v[3];
    for (int k = 0; k < 3; k++) v[k] = geti(L, 5, (lua_Integer)(3 * i) + k + 1);
    if (v[0] < 1 || v[1] < v[0] - 1 || (size_t)v[1] > len) return luaL_error(L, "events: date %d has a bad span", (int)i + 1);
    if (i && v[0] - 1 < (lua_Integer)d[i - 1].start) return luaL_error(L, "events: dates must be in text order");
    memset(&d[i], 0, sizeof d[i]);
    d[i].start = (uint32_t)(v[0] - 1);
    d[i].end = (uint32_t)v[1];
    d[i].kind = (uint8_t)(v[2] >= 0 && v[2] <= KIMPUT_DATE_SET ? v[2] : KIMPUT_DATE_DURATION);
    lua_rawgeti(L, 6, (lua_Integer)i + 1);
    size_t vl;
    const char *value = lua_tolstring(L, -1, &vl);
    if (value) {
      if (vl >= KIMPUT_DATE_VALUE_MAX) vl = KIMPUT_DATE_VALUE_MAX - 1;
      memcpy(d[i].value, value, vl);
    }
    lua_pop(L, 1);
  }
  kimput_event *ev = NULL;
  size_t n = 0;
  kimput_status st = kimput_events_scan(lex, doc, m, nm, (size_t)nent, d, nd, &ev, &n);
  if (st != KIMPUT_OK) return lk_error(L, "events", st);
  lua_createtable(L, (int)(n * 12), 0);
  for (size_t i = 0; i < n; i++) {
    const kimput_event *e = &ev[i];
    int occ = e->occ_start != KIMPUT_UNSET;
    lua_Integer v[12] = {e->type, e->planned, (lua_Integer)e->sender + 1, (lua_Integer)e->recipient + 1,
                         (lua_Integer)e->date + 1, (lua_Integer)e->merged_into + 1,
                         (lua_Integer)e->start + 1, (lua_Integer)e->end, (lua_Integer)e->ev_start + 1,
                         (lua_Integer)e->ev_end, occ ? (lua_Integer)e->occ_start + 1 : 0,
                         occ ? (lua_Integer)e->occ_end : 0};
    for (int k = 0; k < 12; k++) {
      lua_pushinteger(L, v[k]);
      lua_rawseti(L, -2, (lua_Integer)(12 * i) + k + 1);
    }
  }
  free(ev);
  return 1;
}

static const luaL_Reg evlex_methods[] = {
  {"add", l_evlex_add},
  {"scan", l_evlex_scan},
  {NULL, NULL}
};

static const luaL_Reg functions[] = {
  {"event_lexicon", l_event_lexicon},
  {NULL, NULL}
};

void lk_open_events(lua_State *L) {
  luaL_newmetatable(L, LK_EVLEX);
  lua_pushcfunction(L, l_evlex_gc);
  lua_setfield(L, -2, "__gc");
  luaL_newlib(L, evlex_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_setfuncs(L, functions, 0);
}
