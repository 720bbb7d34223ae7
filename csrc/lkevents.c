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
  /* scratch reused by every scan (no allocation per document): the dates
   * handed to C, and the last results, freed by the next scan or by __gc
   * (so an error while building the Lua tables leaks nothing) */
  kimput_date *dates;
  size_t dates_cap;
  kimput_event *events;
} lk_evlex;

static lk_evlex *check_lex(lua_State *L, int idx) {
  lk_evlex *x = luaL_checkudata(L, idx, LK_EVLEX);
  if (!x->lex) luaL_argerror(L, idx, "event lexicon is freed");
  return x;
}

/* core.event_lexicon() -> an empty EventLexicon */
static int l_event_lexicon(lua_State *L) {
  lk_evlex *x = lua_newuserdatauv(L, sizeof *x, 0);
  memset(x, 0, sizeof *x);
  luaL_setmetatable(L, LK_EVLEX);
  kimput_status st = kimput_evlex_new(&x->lex);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 1;
}

static int l_evlex_gc(lua_State *L) {
  lk_evlex *x = luaL_checkudata(L, 1, LK_EVLEX);
  kimput_evlex_free(x->lex);
  free(x->dates);
  free(x->events);
  memset(x, 0, sizeof *x);
  return 0;
}

static const char *const class_names[] = {"verb", "noun", "to", "from", "with", "and", "planned", "front",
                                          "say", "skip", "block", "occasion", "cite", "this", "that", "they", "namely", "stop", "reply", NULL};
static const char *const type_names[] = {"letter", "message", "call", "meeting", "none", NULL};
static const char *const frame_names[] = {"send", "receive", "passive", "mutual", "exchange", NULL};

/* lex:add(phrase, class [, type [, frame [, direct [, possessed [, occasion [, verbal]]]]]]) -- class
 * "verb", "noun", "to", ...; type "letter", "message", "call", "meeting" or
 * "none" (a verb typed by its noun); frame "send", "receive", "passive",
 * "mutual", "exchange" */
static int l_evlex_add(lua_State *L) {
  kimput_evlex *lex = check_lex(L, 1)->lex;
  size_t len;
  const char *phrase = luaL_checklstring(L, 2, &len);
  int cls = luaL_checkoption(L, 3, NULL, class_names);
  int type = luaL_checkoption(L, 4, "none", type_names);
  int frame = luaL_checkoption(L, 5, "send", frame_names);
  int flags = (lua_toboolean(L, 6) ? KIMPUT_EVWF_DIRECT : 0) | (lua_toboolean(L, 7) ? KIMPUT_EVWF_POSSESSED : 0) |
              (lua_toboolean(L, 8) ? KIMPUT_EVWF_OCCASION : 0) | (lua_toboolean(L, 9) ? KIMPUT_EVWF_VERBAL : 0);
  if (type == KIMPUT_EVENT_TYPE_COUNT) type = -1;
  kimput_status st = kimput_evlex_add(lex, phrase, len, cls, type, frame, flags);
  if (st == KIMPUT_ERR_ARG) return luaL_error(L, "event lexicon: %q is empty, over 4 words or over 96 bytes", phrase);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 0;
}

/* field k of the table on the top of the stack as an integer, or dflt */
static lua_Integer intfield(lua_State *L, const char *k, lua_Integer dflt) {
  lua_getfield(L, -1, k);
  int ok;
  lua_Integer v = lua_tointegerx(L, -1, &ok);
  lua_pop(L, 1);
  return ok ? v : dflt;
}

/* lex:scan(doc, lexicon, spans, dates) -> flat, names, occasions (nothing when there are no events)
 *   flat: 12 integers per event mention: type (0 letter, 1 message, 2 call,
 *     3 meeting), planned, sender, recipient (1-based into names), date
 *     (1-based into dates, 0 none), merged_into (1-based, 0 for a first
 *     mention), start, stop, evidence start, stop, occasion start, stop
 *     (1-based inclusive, 0 0 when none);
 *   names: the canonical names of the parties, by entity index;
 *   occasions: the occasion as written, by event (1-based), where there is one.
 * The mentions and entity chains are the document's (kimput_doc_mentions
 * with the name lexicon and the body spans, cached on the document); dates
 * are doc:dates() items ({start, stop, kind, value}) in text order. */
static int l_evlex_scan(lua_State *L) {
  lk_evlex *self = check_lex(L, 1);
  kimput_evlex *lex = self->lex;
  kimput_doc *doc = lk_checkdoc(L, 2);
  kimput_lexicon *names_lex = lk_checklexicon(L, 3);
  luaL_checktype(L, 5, LUA_TTABLE);
  size_t len;
  kimput_doc_text(doc, &len);
  size_t nd = lua_rawlen(L, 5);
  free(self->events);
  self->events = NULL;
  if (nd > self->dates_cap) {
    kimput_date *grown = realloc(self->dates, nd * sizeof *grown);
    if (!grown) return lk_error(L, "events", KIMPUT_ERR_NOMEM);
    self->dates = grown;
    self->dates_cap = nd;
  }
  kimput_date *d = self->dates;
  size_t ndate = 0;
  int dsorted = 1;
  for (size_t i = 0; i < nd; i++) {
    lua_rawgeti(L, 5, (lua_Integer)i + 1);
    if (!lua_istable(L, -1)) return luaL_error(L, "events: date %d is not a table", (int)i + 1);
    lua_Integer start = intfield(L, "start", 0) - 1, stop = intfield(L, "stop", -1);
    lua_getfield(L, -1, "kind");
    const char *kind = lua_tostring(L, -1);
    int k = !kind ? -1 : strcmp(kind, "date") == 0 ? KIMPUT_DATE_DATE : strcmp(kind, "time") == 0 ? KIMPUT_DATE_TIME : -1;
    lua_getfield(L, -2, "value");
    size_t vl = 0;
    const char *value = lua_tolstring(L, -1, &vl);
    kimput_date *x = &d[ndate];
    memset(x, 0, sizeof *x);
    /* every date keeps its place (the index is the Lua item's); a bad span
     * becomes an empty, unusable one where the previous date starts */
    if (start >= 0 && (size_t)stop <= len && stop > start) {
      x->start = (uint32_t)start;
      x->end = (uint32_t)stop;
    } else {
      x->start = x->end = ndate ? d[ndate - 1].start : 0;
      k = -1;
    }
    x->kind = (uint8_t)(k < 0 ? KIMPUT_DATE_DURATION : k);
    if (value && x->end > x->start) {
      if (vl >= KIMPUT_DATE_VALUE_MAX) vl = KIMPUT_DATE_VALUE_MAX - 1;
      memcpy(x->value, value, vl);
    }
    if (ndate && x->start < d[ndate - 1].start) dsorted = 0;
    ndate++;
    lua_pop(L, 3);
  }
  if (!dsorted) return luaL_error(L, "events: dates must be in text order");
  uint32_t *spans;
  size_t nspans = lk_checkspans(L, 4, len, &spans);
  const kimput_mention *m;
  const kimput_entity *e;
  size_t nm, ne;
  kimput_status st = kimput_doc_mentions(doc, names_lex, spans, nspans, &m, &nm, &e, &ne);
  free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "mentions", st);
  size_t n = 0;
  st = kimput_events_scan(lex, doc, m, nm, ne, d, ndate, &self->events, &n);
  if (st != KIMPUT_OK) return lk_error(L, "events", st);
  const kimput_event *ev = self->events;
  if (n == 0) return 0;  /* most documents: no tables at all */
  lua_createtable(L, (int)(n * 12), 0);
  for (size_t i = 0; i < n; i++) {
    const kimput_event *x = &ev[i];
    int occ = x->occ_start != KIMPUT_UNSET;
    lua_Integer v[12] = {x->type, x->planned, (lua_Integer)x->sender + 1, (lua_Integer)x->recipient + 1,
                         (lua_Integer)x->date + 1, (lua_Integer)x->merged_into + 1,
                         (lua_Integer)x->start + 1, (lua_Integer)x->end, (lua_Integer)x->ev_start + 1,
                         (lua_Integer)x->ev_end, occ ? (lua_Integer)x->occ_start + 1 : 0,
                         occ ? (lua_Integer)x->occ_end : 0};
    for (int k = 0; k < 12; k++) {
      lua_pushinteger(L, v[k]);
      lua_rawseti(L, -2, (lua_Integer)(12 * i) + k + 1);
    }
  }
  lua_createtable(L, 0, 0);
  for (size_t i = 0; i < n; i++) {
    int32_t who[2] = {ev[i].sender, ev[i].recipient};
    for (int k = 0; k < 2; k++) {
      lua_pushlstring(L, e[who[k]].name, e[who[k]].name_len);
      lua_rawseti(L, -2, (lua_Integer)who[k] + 1);
    }
  }
  lua_createtable(L, 0, 0);
  const char *text = kimput_doc_text(doc, &len);
  for (size_t i = 0; i < n; i++) {
    if (ev[i].occ_start == KIMPUT_UNSET) continue;
    lua_pushlstring(L, text + ev[i].occ_start, ev[i].occ_end - ev[i].occ_start);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  free(self->events);
  self->events = NULL;
  return 3;
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
