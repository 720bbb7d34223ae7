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
  kimput_evwork *work;  /* the engine's scratch, kept from one document to the next */
  /* scratch reused by every scan (no allocation per document): the dates
   * handed to C, and the last results, freed by the next scan or by __gc
   * (so an error while building the Lua tables leaks nothing) */
  kimput_date *dates;
  size_t dates_cap;
  kimput_event *events;
  size_t *head_slot;  /* per event mention: its place in the result list */
  size_t head_cap;
  kimput_mention *men;  /* the headline's mentions merged with the body's */
  size_t men_cap;
} lk_evlex;

/* pushes {start + 1, end}: a 0-based half-open span as 1-based inclusive */
static void push_span(lua_State *L, uint32_t start, uint32_t end) {
  lua_createtable(L, 2, 0);
  lua_pushinteger(L, (lua_Integer)start + 1);
  lua_rawseti(L, -2, 1);
  lua_pushinteger(L, (lua_Integer)end);
  lua_rawseti(L, -2, 2);
}

/* Does value open with a day, YYYY-MM-DD? */
static int is_day(const char *value) {
  for (int i = 0; i < 10; i++) {
    int dash = i == 4 || i == 7;
    if (dash ? value[i] != '-' : !(value[i] >= '0' && value[i] <= '9')) return 0;
  }
  return 1;
}

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
  if (st == KIMPUT_OK) st = kimput_evwork_new(&x->work);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 1;
}

static int l_evlex_gc(lua_State *L) {
  lk_evlex *x = luaL_checkudata(L, 1, LK_EVLEX);
  kimput_evlex_free(x->lex);
  kimput_evwork_free(x->work);
  free(x->dates);
  free(x->events);
  free(x->head_slot);
  free(x->men);
  memset(x, 0, sizeof *x);
  return 0;
}

static const char *const class_names[] = {"verb", "noun", "to", "from", "with", "and", "planned", "front",
                                          "say", "skip", "block", "occasion", "cite", "this", "that", "they", "namely", "stop", "reply",
                                          "relative", "deny", "led", "unlike", "cancel", "to_pronoun", "grief",
                                          "envoy", "along", NULL};
static const char *const type_names[] = {"letter", "message", "call", "meeting", "none", NULL};
static const char *const frame_names[] = {"send", "receive", "passive", "mutual", "exchange", NULL};

/* lex:add(phrase, class [, type [, frame [, direct [, possessed [, occasion [, verbal [, answer [, pronoun]]]]]]]]) -- class
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
              (lua_toboolean(L, 8) ? KIMPUT_EVWF_OCCASION : 0) | (lua_toboolean(L, 9) ? KIMPUT_EVWF_VERBAL : 0) |
              (lua_toboolean(L, 10) ? KIMPUT_EVWF_ANSWER : 0) | (lua_toboolean(L, 11) ? KIMPUT_EVWF_PRONOUN : 0);
  if (type == KIMPUT_EVENT_TYPE_COUNT) type = -1;
  kimput_status st = kimput_evlex_add(lex, phrase, len, cls, type, frame, flags);
  /* (lua_pushfstring knows no %q) */
  if (st == KIMPUT_ERR_ARG)
    return luaL_error(L, "event lexicon: \"%s\" is empty, over 4 words or over 96 bytes", phrase);
  if (st != KIMPUT_OK) return lk_error(L, "event lexicon", st);
  return 0;
}

/* The names an item's fields are read and set by, then the names of the
 * event types: upvalues of lex:scan (made once, when the module opens), so
 * that no field costs a lookup of its name. */
enum { K_START, K_STOP, K_VALUE, K_TYPE, K_PLANNED, K_SENDER, K_RECIPIENT, K_DATE, K_DATE_SPAN, K_OCCASION,
       K_EVIDENCE, K_MENTIONS, K_ANCHOR, K_COUNT };
/* after them and the type names: the metatables of Documents, of packed
 * spans, of event lexicons and of name lexicons (that one made after this
 * module opens: fetched by the first scan) */
#define K_DOC_MT (K_COUNT + KIMPUT_EVENT_TYPE_COUNT)
#define K_SPANS_MT (K_DOC_MT + 1)
#define K_EVLEX_MT (K_DOC_MT + 2)
#define K_NAMES_MT (K_DOC_MT + 3)
static const char *const key_names[K_COUNT] = {"start", "stop", "value", "type", "planned", "sender", "recipient",
                                               "date", "date_span", "occasion", "evidence", "mentions", "anchor"};

#define KEY(k) lua_upvalueindex((k) + 1)

/* field k of the table on the top of the stack as an integer, or dflt */
static lua_Integer intfield(lua_State *L, int k, lua_Integer dflt) {
  lua_pushvalue(L, KEY(k));
  lua_gettable(L, -2);
  int ok;
  lua_Integer v = lua_tointegerx(L, -1, &ok);
  lua_pop(L, 1);
  return ok ? v : dflt;
}

/* Pushes the key of field k (its value is pushed next, then lua_rawset). */
static inline void key(lua_State *L, int k) { lua_pushvalue(L, KEY(k)); }

/* lex:scan(doc, lexicon, spans, dates) -> the events as doc:events() gives
 * them ({type, planned, sender, recipient, date, date_span, occasion, start,
 * stop, evidence, mentions}), or nothing when there are none.
 * The mentions and entity chains are the document's (kimput_doc_mentions
 * with the name lexicon and the body spans, cached on the document); dates
 * are doc:dates() items ({start, stop, kind, value}) in text order (the list
 * core.dates last made for the document is read from the C items it was
 * made of, not from its tables: a field changed in place there is not
 * seen); spans.headline_start and
 * .headline_stop (1-based, inclusive), when set, are the title line whose names (kimput_events_headline) join
 * the mentions. */
static int l_evlex_scan(lua_State *L) {
  lk_evlex *self = (lk_evlex *)lk_testudata_mt(L, 1, KEY(K_EVLEX_MT), LK_EVLEX);
  if (!self || !self->lex) self = check_lex(L, 1);  /* (raises as it does) */
  kimput_evlex *lex = self->lex;
  kimput_doc *doc = lk_checkdoc_mt(L, 2, KEY(K_DOC_MT));
  if (lua_type(L, KEY(K_NAMES_MT)) != LUA_TTABLE) {
    luaL_getmetatable(L, LK_LEXICON);
    lua_replace(L, KEY(K_NAMES_MT));
  }
  kimput_lexicon *names_lex = lk_checklexicon_mt(L, 3, KEY(K_NAMES_MT));
  luaL_checktype(L, 5, LUA_TTABLE);
  size_t len;
  kimput_doc_text(doc, &len);
  size_t nd = lua_rawlen(L, 5);
  const uint32_t *spans;
  uint32_t *owned;
  size_t nspans = lk_checkspans_mt(L, 4, len, &spans, &owned, KEY(K_SPANS_MT));
  const kimput_mention *m;
  const kimput_entity *e;
  size_t nm, ne;
  kimput_status st = kimput_doc_mentions(doc, names_lex, spans, nspans, &m, &nm, &e, &ne);
  int copied = owned != NULL;  /* (a table's spans, copied: read again below; packed ones are read in place) */
  free(owned);
  owned = NULL;
  if (st != KIMPUT_OK) return lk_error(L, "mentions", st);
  /* an event needs two parties: most documents are done here, their dates unread */
  int32_t first = -1;
  size_t seen = 0;
  for (; seen < nm; seen++) {
    const kimput_mention *x = &m[seen];
    if (x->entity < 0 || (x->kind != KIMPUT_ENT_PERSON && x->kind != KIMPUT_ENT_ORG)) continue;
    if (first < 0) first = x->entity;
    else if (x->entity != first) break;
  }
  if (seen == nm) return 0;
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
  /* the document's own core.dates list (doc:dates()) is read from the C
   * items it was made of, not from its tables */
  const lk_document *ud = lua_touserdata(L, 2);
  int own = nd == ud->ndates && lua_getiuservalue(L, 2, LK_DOC_DATES) == LUA_TTABLE && lua_rawequal(L, -1, 5);
  lua_settop(L, 5);
  for (size_t i = 0; i < nd; i++) {
    lua_Integer start, stop;
    size_t vl = 0;
    const char *value;
    int anchored;  /* (a year relative to the reference, "tahun lalu", is the event's, not history) */
    if (own) {
      start = ud->dates[i].start;
      stop = ud->dates[i].end;
      value = ud->dates[i].value;
      vl = strlen(value);
      anchored = ud->dates[i].anchored;
    } else {
      lua_rawgeti(L, 5, (lua_Integer)i + 1);
      if (!lua_istable(L, -1)) return luaL_error(L, "events: date %d is not a table", (int)i + 1);
      start = intfield(L, K_START, 0) - 1;
      stop = intfield(L, K_STOP, -1);
      lua_pushvalue(L, KEY(K_ANCHOR));
      lua_rawget(L, -2);
      anchored = lua_toboolean(L, -1);
      lua_pop(L, 1);
      lua_pushvalue(L, KEY(K_VALUE));
      lua_gettable(L, -2);
      value = lua_tolstring(L, -1, &vl);
    }
    /* the kind is not read: only a value that starts with a digit (a date or
     * a time, not a duration, a set or PRESENT_REF) dates an event */
    int k = KIMPUT_DATE_DATE;
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
    x->anchored = (uint8_t)anchored;
    if (value && x->end > x->start) {
      if (vl >= KIMPUT_DATE_VALUE_MAX) vl = KIMPUT_DATE_VALUE_MAX - 1;
      memcpy(x->value, value, vl);
    }
    if (ndate && x->start < d[ndate - 1].start) dsorted = 0;
    ndate++;
    if (!own) lua_pop(L, 2);
  }
  if (!dsorted) return luaL_error(L, "events: dates must be in text order");
  /* the headline's names, merged with the body's mentions in text order */
  int has_headline;
  lua_Integer hs, he;
  const lk_spans *packed = lua_type(L, 4) == LUA_TUSERDATA ? lk_testudata_mt(L, 4, KEY(K_SPANS_MT), LK_SPANS) : NULL;
  if (packed) {  /* page:packed_spans(): read in place, not through its __index */
    has_headline = packed->headline_start != KIMPUT_UNSET;
    hs = has_headline ? (lua_Integer)packed->headline_start : -1;
    he = has_headline ? (lua_Integer)packed->headline_end : -1;
  } else {
    lua_getfield(L, 4, "headline_start");
    lua_getfield(L, 4, "headline_stop");
    has_headline = lua_isinteger(L, -2) && lua_isinteger(L, -1);
    hs = lua_tointeger(L, -2) - 1;
    he = lua_tointeger(L, -1);
    lua_pop(L, 2);
  }
  if (has_headline) {
    kimput_mention *hm = NULL;
    size_t nh = 0;
    if (hs < 0 || he < hs || (size_t)he > len) return luaL_argerror(L, 4, "headline_start/headline_stop out of the text");
    st = kimput_events_headline(doc, (uint32_t)hs, (uint32_t)he, m, nm, &hm, &nh);
    if (st != KIMPUT_OK) return lk_error(L, "events", st);
    if (nh) {
      if (nm + nh > self->men_cap) {
        kimput_mention *grown = realloc(self->men, (nm + nh) * sizeof *grown);
        if (!grown) { free(hm); return lk_error(L, "events", KIMPUT_ERR_NOMEM); }
        self->men = grown;
        self->men_cap = nm + nh;
      }
      size_t i = 0, j = 0, k = 0;
      while (i < nh || j < nm)
        self->men[k++] = (j == nm || (i < nh && hm[i].start < m[j].start)) ? hm[i++] : m[j++];
      free(hm);
      m = self->men;
      nm = k;
    }
  }
  size_t n = 0;
  /* (a table's spans read again: the mentions' copy is freed above; packed ones were checked there and
     are still in place, in the argument's userdata) */
  if (copied) nspans = lk_checkspans_mt(L, 4, len, &spans, &owned, KEY(K_SPANS_MT));
  st = kimput_events_scan_body(lex, self->work, doc, spans, nspans, m, nm, ne, d, ndate, &self->events, &n);
  free(owned);
  if (st != KIMPUT_OK) return lk_error(L, "events", st);
  const kimput_event *ev = self->events;
  if (n > self->head_cap) {
    size_t *grown = realloc(self->head_slot, n * sizeof *grown);
    if (!grown) return lk_error(L, "events", KIMPUT_ERR_NOMEM);
    self->head_slot = grown;
    self->head_cap = n;
  }
  if (n == 0) return 0;  /* most documents: no tables at all */
  const char *text = kimput_doc_text(doc, &len);
  lua_createtable(L, (int)n, 0);
  int out = lua_gettop(L);
  size_t nout = 0;
  for (size_t i = 0; i < n; i++) {
    const kimput_event *x = &ev[i];
    push_span(L, x->ev_start, x->ev_end);  /* the evidence */
    if (x->merged_into >= 0) {  /* another mention of an event already built: its mentions list */
      lua_rawgeti(L, out, (lua_Integer)self->head_slot[x->merged_into]);
      lua_pushvalue(L, KEY(K_MENTIONS));
      lua_rawget(L, -2);
      lua_pushvalue(L, -3);
      lua_rawseti(L, -2, (lua_Integer)lua_rawlen(L, -2) + 1);
      lua_pop(L, 3);
      continue;
    }
    self->head_slot[i] = ++nout;
    lua_createtable(L, 0, 7 + (x->planned != 0) + 2 * (x->date >= 0) + (x->occ_start != KIMPUT_UNSET));
    key(L, K_TYPE);
    lua_pushvalue(L, lua_upvalueindex(K_COUNT + x->type + 1));  /* its name, an upvalue */
    lua_rawset(L, -3);
    if (x->planned) { key(L, K_PLANNED); lua_pushboolean(L, 1); lua_rawset(L, -3); }
    key(L, K_SENDER);
    lua_pushlstring(L, e[x->sender].name, e[x->sender].name_len);
    lua_rawset(L, -3);
    key(L, K_RECIPIENT);
    lua_pushlstring(L, e[x->recipient].name, e[x->recipient].name_len);
    lua_rawset(L, -3);
    if (x->date >= 0) {
      const kimput_date *dd = &d[x->date];
      size_t vl = strlen(dd->value);
      /* a part of the day or a clock time is not when a letter was sent: "2022-06-30TMI",
         "2024-06-19T10:00" -> the day (here, not in events.lua: no pattern matched per event) */
      if ((vl == 13 && dd->value[10] == 'T' && dd->value[11] >= 'A' && dd->value[11] <= 'Z') ||
          (vl > 10 && dd->value[10] == 'T' && is_day(dd->value)))
        vl = 10;
      key(L, K_DATE);
      lua_pushlstring(L, dd->value, vl);
      lua_rawset(L, -3);
      key(L, K_DATE_SPAN);
      push_span(L, dd->start, dd->end);
      lua_rawset(L, -3);
    }
    if (x->occ_start != KIMPUT_UNSET) {
      key(L, K_OCCASION);
      lua_pushlstring(L, text + x->occ_start, x->occ_end - x->occ_start);
      lua_rawset(L, -3);
    }
    key(L, K_START);
    lua_pushinteger(L, (lua_Integer)x->start + 1);
    lua_rawset(L, -3);
    key(L, K_STOP);
    lua_pushinteger(L, (lua_Integer)x->end);
    lua_rawset(L, -3);
    key(L, K_EVIDENCE);
    lua_pushvalue(L, -3);  /* stack: evidence, event, key */
    lua_rawset(L, -3);
    key(L, K_MENTIONS);
    lua_createtable(L, 1, 0);
    lua_pushvalue(L, -4);  /* stack: evidence, event, key, list */
    lua_rawseti(L, -2, 1);
    lua_rawset(L, -3);
    lua_rawseti(L, out, (lua_Integer)nout);
    lua_pop(L, 1);  /* the evidence */
  }
  free(self->events);
  self->events = NULL;
  return 1;
}

static const luaL_Reg evlex_methods[] = {
  {"add", l_evlex_add},
  {"scan", NULL},  /* below, with the field names as upvalues */
  {NULL, NULL}
};

static const luaL_Reg functions[] = {
  {"event_lexicon", l_event_lexicon},
  {NULL, NULL}
};

void lk_open_events(lua_State *L) {
  lk_newclass(L, LK_EVLEX, l_evlex_gc, evlex_methods);
  luaL_getmetatable(L, LK_EVLEX);
  lua_getfield(L, -1, "__index");
  for (int k = 0; k < K_COUNT; k++) lua_pushstring(L, key_names[k]);
  for (int k = 0; k < KIMPUT_EVENT_TYPE_COUNT; k++) lua_pushstring(L, type_names[k]);
  luaL_getmetatable(L, LK_DOCUMENT);
  luaL_getmetatable(L, LK_SPANS);
  luaL_getmetatable(L, LK_EVLEX);
  lua_pushnil(L);  /* the name lexicons' */
  lua_pushcclosure(L, l_evlex_scan, K_NAMES_MT + 1);
  lua_setfield(L, -2, "scan");
  lua_pop(L, 2);
  luaL_setfuncs(L, functions, 0);
}
