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

/* lex:add(phrase, class [, type [, frame [, direct [, possessed [, occasion]]]]]) -- class
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
  int flags = (lua_toboolean(L, 6) ? KIMPUT_EVWF_DIRECT : 0) | (lua_toboolean(L, 7) ? KIMPUT_EVWF_POSSESSED : 0) |
              (lua_toboolean(L, 8) ? KIMPUT_EVWF_OCCASION : 0);
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

static int by_start(const void *a, const void *b) {
  const kimput_mention *x = a, *y = b;
  return x->start < y->start ? -1 : x->start > y->start;
}

/* lex:scan(doc, mentions, dates, names) -> flat integer array, 12 per event
 * mention: type (0 letter, 1 message, 2 call, 3 meeting), planned, sender,
 * recipient (1-based into names), date (1-based into dates, 0 none),
 * merged_into (1-based, 0 for a first mention), start, stop, evidence start,
 * stop, occasion start, stop (1-based inclusive, 0 0 when none).
 * mentions: doc:mentions() items ({start, stop, name_start, name_stop, name,
 * kind}); persons and organisations with a name are the parties. dates:
 * doc:dates() items ({start, stop, kind, value}). names: an empty table,
 * filled with the parties' names (the entity index of the engine). */
static int l_evlex_scan(lua_State *L) {
  kimput_evlex *lex = check_lex(L, 1);
  kimput_doc *doc = lk_checkdoc(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  luaL_checktype(L, 4, LUA_TTABLE);
  luaL_checktype(L, 5, LUA_TTABLE);
  size_t len;
  kimput_doc_text(doc, &len);
  size_t nm = lua_rawlen(L, 3), nd = lua_rawlen(L, 4);
  /* C arrays as userdata: a Lua error while reading leaks nothing */
  kimput_mention *m = lua_newuserdatauv(L, (nm ? nm : 1) * sizeof *m, 0);
  kimput_date *d = lua_newuserdatauv(L, (nd ? nd : 1) * sizeof *d, 0);
  /* parties by name: Lua interns short strings, so one name is one pointer;
   * an open-addressing table of the names seen, sized for every mention */
  size_t cap = 16;
  while (cap < nm * 2) cap *= 2;
  const char **seen = lua_newuserdatauv(L, cap * sizeof *seen, 0);
  int32_t *seen_id = lua_newuserdatauv(L, cap * sizeof *seen_id, 0);
  memset(seen, 0, cap * sizeof *seen);
  size_t n = 0, nent = 0;
  int sorted = 1;
  for (size_t i = 0; i < nm; i++) {
    lua_rawgeti(L, 3, (lua_Integer)i + 1);
    if (!lua_istable(L, -1)) return luaL_error(L, "events: mention %d is not a table", (int)i + 1);
    lua_getfield(L, -1, "kind");
    size_t kl = 0;
    const char *kind = lua_tolstring(L, -1, &kl);
    int k = !kind ? -1 : (kl == 6 && memcmp(kind, "person", 6) == 0) ? KIMPUT_ENT_PERSON
                         : (kl == 3 && memcmp(kind, "org", 3) == 0) ? KIMPUT_ENT_ORG : -1;
    lua_pop(L, 1);
    if (k < 0) { lua_pop(L, 1); continue; }
    lua_Integer start = intfield(L, "start", 0) - 1, stop = intfield(L, "stop", -1);
    lua_Integer ns = intfield(L, "name_start", start + 1) - 1, ne = intfield(L, "name_stop", stop);
    lua_getfield(L, -1, "name");
    size_t nl = 0;
    const char *name = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &nl) : NULL;
    lua_pop(L, 2);  /* the name stays alive in the mention */
    if (!name || start < 0 || ns < start || ne <= ns || ne > stop || (size_t)stop > len) continue;
    size_t h = ((uintptr_t)name >> 4) * 2654435761u % cap;
    while (seen[h] && seen[h] != name && !(strlen(seen[h]) == nl && memcmp(seen[h], name, nl) == 0))
      h = (h + 1) % cap;
    if (!seen[h]) {
      seen[h] = name;
      seen_id[h] = (int32_t)nent++;
      lua_pushlstring(L, name, nl);
      lua_rawseti(L, 5, (lua_Integer)nent);
    }
    lua_Integer id = seen_id[h] + 1;
    kimput_mention *x = &m[n++];
    x->start = (uint32_t)ns;
    x->end = (uint32_t)ne;
    x->role_start = start < ns ? (uint32_t)start : KIMPUT_UNSET;
    x->role_end = start < ns ? (uint32_t)ns : KIMPUT_UNSET;
    x->entity = (int32_t)(id - 1);
    x->kind = (uint8_t)k;
    x->form = KIMPUT_MENTION_NAME;
    x->flags = 0;
    if (n > 1 && x->start < m[n - 2].start) sorted = 0;
  }
  if (!sorted) qsort(m, n, sizeof *m, by_start);
  size_t ndate = 0;
  int dsorted = 1;
  for (size_t i = 0; i < nd; i++) {
    lua_rawgeti(L, 4, (lua_Integer)i + 1);
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
  kimput_event *ev = NULL;
  size_t nev = 0;
  kimput_status st = kimput_events_scan(lex, doc, m, n, nent, d, ndate, &ev, &nev);
  n = nev;
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
