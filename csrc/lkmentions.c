/* lkmentions.c -- binding of the lexicon (lexicon.c) and the mention stage
 * (mentions.c): kimput.core.lexicon() and kimput.core.mentions(). The
 * words come from the Lua lexicons (lua/kimput/entities.lua builds the
 * lexicon once); the result tables of doc:mentions() and doc:quotes() are
 * built here, once per document. */
#include <stdlib.h>
#include <string.h>

#include "lk.h"

typedef struct {
  kimput_lexicon *lex;
} lk_lexicon;

static kimput_lexicon *check_lex(lua_State *L, int idx) {
  lk_lexicon *x = luaL_checkudata(L, idx, LK_LEXICON);
  if (!x->lex) luaL_argerror(L, idx, "lexicon is freed");
  return x->lex;
}

kimput_lexicon *lk_checklexicon(lua_State *L, int idx) { return check_lex(L, idx); }

kimput_lexicon *lk_checklexicon_mt(lua_State *L, int idx, int mt) {
  lk_lexicon *x = (lk_lexicon *)lk_testudata_mt(L, idx, mt, LK_LEXICON);
  if (!x) return check_lex(L, idx);  /* (raises as it does) */
  if (!x->lex) luaL_argerror(L, idx, "lexicon is freed");
  return x->lex;
}

/* core.lexicon() -> an empty Lexicon */
static int l_lexicon(lua_State *L) {
  lk_lexicon *x = lua_newuserdatauv(L, sizeof *x, 0);
  x->lex = NULL;
  luaL_setmetatable(L, LK_LEXICON);
  kimput_status st = kimput_lexicon_new(&x->lex);
  if (st != KIMPUT_OK) return lk_error(L, "lexicon", st);
  return 1;
}

static int l_lex_gc(lua_State *L) {
  lk_lexicon *x = luaL_checkudata(L, 1, LK_LEXICON);
  kimput_lexicon_free(x->lex);
  x->lex = NULL;
  return 0;
}

static const char *const class_names[] = {
  "title", "jurisdiction", "rank", "qualifier", "org_head", "connector", "particle", "pronoun", "description_end",
  "not_name", "calendar", "cue_after", "cue_before", "cue_reporting", "cue_according", "cue_via", "cue_relay",
  "that", "determiner", "adverb", "term_word", "function", "cue_recap", "facility", "person_noun", "given", "kin",
  "sent", "contact", "leader", "degree", NULL
};

/* lex:word(phrase, class, ...) -- class names as in class_names (KIMPUT_LEX_* in order) */
static int l_lex_word(lua_State *L) {
  kimput_lexicon *lex = check_lex(L, 1);
  size_t len;
  const char *phrase = luaL_checklstring(L, 2, &len);
  unsigned classes = 0;
  for (int i = 3; i <= lua_gettop(L); i++) classes |= 1u << luaL_checkoption(L, i, NULL, class_names);
  kimput_status st = kimput_lexicon_add_word(lex, phrase, len, classes);
  if (st == KIMPUT_ERR_ARG)
    return luaL_error(L, "lexicon: '%s' is empty or longer than %d words / 200 bytes", phrase, KIMPUT_GAZ_MAX_WORDS);
  if (st != KIMPUT_OK) return lk_error(L, "lexicon", st);
  return 0;
}

static const char *const kind_names[] = {"person", "org", "outlet", "place", NULL};

/* lex:entity(name, kind) -> id (0-based) */
static int l_lex_entity(lua_State *L) {
  kimput_lexicon *lex = check_lex(L, 1);
  size_t len;
  const char *name = luaL_checklstring(L, 2, &len);
  int kind = luaL_checkoption(L, 3, NULL, kind_names);
  int32_t id;
  kimput_status st = kimput_lexicon_add_entity(lex, name, len, kind, &id);
  if (st == KIMPUT_ERR_ARG) return luaL_error(L, "lexicon: entity name '%s' is empty or longer than 200 bytes", name);
  if (st != KIMPUT_OK) return lk_error(L, "lexicon", st);
  lua_pushinteger(L, id);
  return 1;
}

/* lex:alias(id, surface [, flag]) -- flag "exact", "upper" or "none" as for the gazetteer */
static int l_lex_alias(lua_State *L) {
  kimput_lexicon *lex = check_lex(L, 1);
  lua_Integer id = luaL_checkinteger(L, 2);
  size_t len;
  const char *surface = luaL_checklstring(L, 3, &len);
  static const char *const names[] = {"none", "exact", "upper", NULL};
  static const int values[] = {0, KIMPUT_GAZ_EXACT_CASE, KIMPUT_GAZ_UPPER};
  int flags = values[luaL_checkoption(L, 4, "none", names)];
  luaL_argcheck(L, id >= 0 && id <= INT32_MAX, 2, "not an entity id");
  kimput_status st = kimput_lexicon_add_alias(lex, (int32_t)id, surface, len, flags);
  if (st == KIMPUT_ERR_ARG)
    return luaL_error(L, "lexicon: alias '%s': bad entity id, empty, or longer than %d words / 200 bytes", surface,
                      KIMPUT_GAZ_MAX_WORDS);
  if (st != KIMPUT_OK) return lk_error(L, "lexicon", st);
  return 0;
}

/* lex:same_title(title, same_as) -- two titles of the lexicon name one office */
static int l_lex_same_title(lua_State *L) {
  kimput_lexicon *lex = check_lex(L, 1);
  size_t len, same_len;
  const char *title = luaL_checklstring(L, 2, &len), *same_as = luaL_checklstring(L, 3, &same_len);
  kimput_status st = kimput_lexicon_same_title(lex, title, len, same_as, same_len);
  if (st == KIMPUT_ERR_ARG) return luaL_error(L, "lexicon: '%s' or '%s' is not a title", title, same_as);
  if (st != KIMPUT_OK) return lk_error(L, "lexicon", st);
  return 0;
}

/* lex:country(id, place_id) */
static int l_lex_country(lua_State *L) {
  kimput_lexicon *lex = check_lex(L, 1);
  lua_Integer id = luaL_checkinteger(L, 2), place = luaL_checkinteger(L, 3);
  luaL_argcheck(L, id >= 0 && id <= INT32_MAX, 2, "not an entity id");
  luaL_argcheck(L, place >= 0 && place <= INT32_MAX, 3, "not an entity id");
  if (kimput_lexicon_set_country(lex, (int32_t)id, (int32_t)place) != KIMPUT_OK)
    return luaL_error(L, "lexicon: entity %d is not a place", (int)place);
  return 0;
}

/* Pushes {name1, kind1, gaz1, name2, ...} for the entities of a document. */
static void push_entities(lua_State *L, const kimput_entity *e, size_t ne) {
  lua_createtable(L, (int)(ne * 3), 0);
  for (size_t i = 0; i < ne; i++) {
    lua_pushlstring(L, e[i].name, e[i].name_len);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 1));
    lua_pushstring(L, kimput_entity_kind_name(e[i].kind));
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 2));
    lua_pushinteger(L, e[i].gaz_id);
    lua_rawseti(L, -2, (lua_Integer)(3 * i + 3));
  }
}

#define SPANS_ON_STACK 128

/* The spans of a plain list of plain {start, stop} tables (no metatables:
 * nothing can run or raise while reading, but a bad span) into buf, without
 * a heap copy: their number, or SIZE_MAX when the list is not that plain or
 * longer than cap (lk_checkspans reads it then). */
static size_t plain_spans(lua_State *L, int idx, size_t text_len, uint32_t *buf, size_t cap) {
  if (lua_type(L, idx) != LUA_TTABLE || lua_getmetatable(L, idx)) {
    if (lua_type(L, idx) == LUA_TTABLE) lua_pop(L, 1);
    return SIZE_MAX;
  }
  size_t n = lua_rawlen(L, idx);
  if (n > cap) return SIZE_MAX;
  int top = lua_gettop(L);
  for (size_t i = 0; i < n; i++) {
    if (lua_rawgeti(L, idx, (lua_Integer)i + 1) != LUA_TTABLE || lua_getmetatable(L, -1)) {
      lua_settop(L, top);
      return SIZE_MAX;
    }
    lua_rawgeti(L, -1, 1);
    lua_rawgeti(L, -2, 2);
    lk_takespan(L, i, text_len, buf + 2 * i);
  }
  return n;
}

/* The arguments (doc, lexicon, spans) of core.mentions and core.quotes:
 * returns the number of spans; *spans is stack (the usual few spans, read
 * in place), the pairs of a kimput.Spans userdata (doc:body_spans(), read
 * in place: the userdata stays on the stack while the call runs), or
 * malloc'd; the caller frees it when it is neither (*owned says so);
 * *text and *len are the document's text. The classes' metatables are
 * the caller's upvalues mt, mt + 1, mt + 2 (document, lexicon, spans:
 * compared as they are, not looked up in the registry by name). */
static size_t check_doc_args(lua_State *L, kimput_doc **doc, kimput_lexicon **lex, const char **text,
                             size_t *len, uint32_t **spans, uint32_t *stack, int *owned, int mt) {
  *doc = lk_checkdoc_mt(L, 1, lua_upvalueindex(mt));
  *lex = lk_checklexicon_mt(L, 2, lua_upvalueindex(mt + 1));
  *text = kimput_doc_text(*doc, len);
  *owned = 0;
  const lk_spans *packed =
      lua_type(L, 3) == LUA_TUSERDATA ? lk_testudata_mt(L, 3, lua_upvalueindex(mt + 2), LK_SPANS) : NULL;
  if (packed) {
    for (size_t i = 0; i < packed->n; i++)
      if (packed->pairs[2 * i] > packed->pairs[2 * i + 1] || packed->pairs[2 * i + 1] > *len)
        luaL_error(L, "span %d is not {start, stop} within the text", (int)i + 1);
    *spans = (uint32_t *)packed->pairs;
    return packed->n;
  }
  size_t n = plain_spans(L, 3, *len, stack, SPANS_ON_STACK);
  if (n != SIZE_MAX) {
    *spans = stack;
    return n;
  }
  *owned = 1;
  return lk_checkspans(L, 3, *len, spans);
}

/* core.mentions(doc, lexicon, spans) -> list, entities
 *   list: the mention tables of doc:mentions() (README "Quotations, speakers
 *         and entities"), built here once, in text order: every mention
 *         that names an entity, and every title standing for a person, with
 *         text, start, stop (the role written before a name included),
 *         name_start, name_stop, kind, form, entity (1-based), name,
 *         role_start, role_stop, title, resolved, pronoun, description; the
 *         Lua layer adds country and roles per entity
 *   entities: {name1, kind1, gaz1, name2, ...}: the canonical name, the kind name, and the
 *         gazetteer id (-1 for a name no list holds)
 * Each table is sized for its fields, and one name string serves every
 * mention of an entity: no intermediate array, no rehash.
 * core.mentions(doc, lexicon, spans, mt): the slim tables, each with the
 * metatable mt, which derives what is left out (entities.lua): text, name
 * and title are not stored (the text and the entity list hold them), nor
 * name_stop (it is stop), nor name_start and role_start when they equal
 * start. A mention then fits a table of 8 slots, not 16. */
/* The field names and kind names of the quote tables, interned once as
 * upvalues of core.quotes: a field is then set with lua_rawset, without
 * looking its name up per table (QK_* in the order of quote_keys). */
enum { QK_TEXT = 1, QK_START, QK_STOP, QK_KIND, QK_UNCLOSED, QK_PART, QK_CUE, QK_SPEAKER, QK_SPEAKER_SPAN, QK_VIA,
       QK_KINDS };
static const char *const quote_keys[] = {"text", "start", "stop", "kind", "unclosed", "part", "cue", "speaker",
                                         "speaker_span", "via", NULL};
#define QK_COUNT (QK_KINDS + KIMPUT_QUOTE_INDIRECT)
#define QK_MT (QK_COUNT + 1)  /* then the metatables (check_doc_args) */

/* t[key] = the value on top, for the table below it (key: an upvalue index). */
static void set_key(lua_State *L, int key) {
  lua_pushvalue(L, lua_upvalueindex(key));
  lua_insert(L, -2);
  lua_rawset(L, -3);
}

static void set_key_int(lua_State *L, int key, lua_Integer v) {
  lua_pushvalue(L, lua_upvalueindex(key));
  lua_pushinteger(L, v);
  lua_rawset(L, -3);
}

/* The field names, entity kind names and mention form names of the
 * mention tables, interned once as upvalues of core.mentions (MK_*, in the
 * order of mention_keys, then the kinds and the forms). */
enum { MK_NAME_START = 1, MK_NAME_STOP, MK_KIND, MK_FORM, MK_RESOLVED, MK_ENTITY, MK_NAME, MK_ROLE_START,
       MK_ROLE_STOP, MK_TITLE, MK_START, MK_STOP, MK_TEXT, MK_PRONOUN, MK_DESCRIPTION, MK_KINDS };
static const char *const mention_keys[] = {"name_start", "name_stop", "kind", "form", "resolved", "entity", "name",
                                           "role_start", "role_stop", "title", "start", "stop", "text", "pronoun",
                                           "description", NULL};
#define MK_FORMS (MK_KINDS + KIMPUT_ENT_KIND_COUNT)
#define MK_COUNT (MK_FORMS + KIMPUT_MENTION_DESCRIPTION)
#define MK_MT (MK_COUNT + 1)  /* then the metatables (check_doc_args) */

static int l_mentions(lua_State *L) {
  kimput_doc *doc;
  kimput_lexicon *lex;
  const char *text;
  size_t len;
  uint32_t *spans, stack[2 * SPANS_ON_STACK];
  int slim = !lua_isnoneornil(L, 4);
  if (slim) luaL_checktype(L, 4, LUA_TTABLE);
  int owned;
  size_t nspans = check_doc_args(L, &doc, &lex, &text, &len, &spans, stack, &owned, MK_MT);
  const kimput_mention *m;
  const kimput_entity *e;
  size_t nm, ne;
  kimput_status st = kimput_doc_mentions(doc, lex, spans, nspans, &m, &nm, &e, &ne);
  if (owned) free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "mentions", st);
  size_t nout = 0;
  for (size_t i = 0; i < nm; i++)
    if ((m[i].entity >= 0 && (size_t)m[i].entity < ne) || m[i].form == KIMPUT_MENTION_TITLE) nout++;
  lua_settop(L, 4);
  push_entities(L, e, ne);  /* 5 */
  lua_createtable(L, nout > INT32_MAX ? INT32_MAX : (int)nout, 0);  /* 6 */
  lua_Integer slot = 0;
  for (size_t i = 0; i < nm; i++) {
    const kimput_mention *x = &m[i];
    int named = x->entity >= 0 && (size_t)x->entity < ne;
    if (!named && x->form != KIMPUT_MENTION_TITLE) continue;
    int role = x->role_start != KIMPUT_UNSET && x->role_start <= x->role_end && x->role_end <= len;
    int marked = x->form == KIMPUT_MENTION_PRONOUN || x->form == KIMPUT_MENTION_DESCRIPTION;
    int resolved = (x->flags & KIMPUT_MENTIONF_RESOLVED) != 0;
    uint32_t s = x->start, end = x->end;
    if (end > len) end = (uint32_t)len;
    if (s > end) s = end;
    uint32_t name_s = s;
    /* the role written before the name is part of the mention */
    if (role && x->form == KIMPUT_MENTION_NAME && x->role_start < s) s = x->role_start;
    int own_name_start = !slim || name_s != s, own_role_start = role && (!slim || x->role_start != s);
    /* start, stop, kind, form + the optional ones */
    int fields = 4 + own_name_start + (!slim ? 1 : 0) + named * (slim ? 1 : 2) + own_role_start + role +
                 (!slim && role) + !slim + marked + resolved;
    lua_createtable(L, 0, fields);
    if (own_name_start) set_key_int(L, MK_NAME_START, (lua_Integer)name_s + 1);
    if (!slim) set_key_int(L, MK_NAME_STOP, (lua_Integer)end);
    lua_pushvalue(L, lua_upvalueindex(MK_KIND));
    if (x->kind < KIMPUT_ENT_KIND_COUNT) lua_pushvalue(L, lua_upvalueindex(MK_KINDS + x->kind));
    else lua_pushstring(L, kimput_entity_kind_name(x->kind));
    lua_rawset(L, -3);
    lua_pushvalue(L, lua_upvalueindex(MK_FORM));
    if (x->form <= KIMPUT_MENTION_DESCRIPTION) lua_pushvalue(L, lua_upvalueindex(MK_FORMS + x->form));
    else lua_pushstring(L, kimput_mention_form_name(x->form));
    lua_rawset(L, -3);
    if (resolved) {
      lua_pushboolean(L, 1);
      set_key(L, MK_RESOLVED);
    }
    if (named) {
      set_key_int(L, MK_ENTITY, (lua_Integer)x->entity + 1);
      if (!slim) {
        lua_rawgeti(L, 5, 3 * (lua_Integer)x->entity + 1);  /* the entity's one name string */
        set_key(L, MK_NAME);
      }
    }
    if (role) {
      if (own_role_start) set_key_int(L, MK_ROLE_START, (lua_Integer)x->role_start + 1);
      set_key_int(L, MK_ROLE_STOP, (lua_Integer)x->role_end);
      if (!slim) {
        lua_pushlstring(L, text + x->role_start, x->role_end - x->role_start);
        set_key(L, MK_TITLE);
      }
    }
    set_key_int(L, MK_START, (lua_Integer)s + 1);
    set_key_int(L, MK_STOP, (lua_Integer)end);
    if (!slim) {
      lua_pushlstring(L, text + s, end - s);
      set_key(L, MK_TEXT);
    }
    if (marked) {
      lua_pushboolean(L, 1);
      set_key(L, x->form == KIMPUT_MENTION_PRONOUN ? MK_PRONOUN : MK_DESCRIPTION);
    }
    if (slim) {
      lua_pushvalue(L, 4);
      lua_setmetatable(L, -2);
    }
    lua_rawseti(L, 6, ++slot);
  }
  lua_pushvalue(L, 5);
  return 2;
}

/* The strings repeated from quote to quote (a speaker's or an agency's name,
 * a cue word), each pushed once per call and kept on the stack: a quote
 * then sets them with lua_pushvalue, not by interning the bytes again. */
#define STRINGS_KEPT 32   /* stack slots at most; more distinct strings are pushed each time */
#define ENTS_KEPT 256     /* entities of a document whose name gets a slot */
#define CUE_KEPT_LEN 24   /* a longer cue is not kept */

typedef struct {
  int base;               /* the slot before the first kept string */
  int used;               /* kept strings */
  uint8_t ent_slot[ENTS_KEPT];  /* 1 + the slot index of entity i's name, 0 when not pushed yet */
  struct {
    uint8_t len, slot;
    char low[CUE_KEPT_LEN];
  } cue[16];
  int ncue;
} kept_strings;

/* Keeps the string on top in a new slot (its copy stays on top): the slot number, 0 when full. */
static int keep_top(lua_State *L, kept_strings *k) {
  if (k->used >= STRINGS_KEPT) return 0;
  lua_pushvalue(L, -1);
  lua_replace(L, k->base + k->used + 1);  /* the slot was reserved with nil */
  return ++k->used;
}

/* Pushes the canonical name of entity i. */
static void push_entity_name(lua_State *L, kept_strings *k, const kimput_entity *e, size_t i) {
  if (i < ENTS_KEPT && k->ent_slot[i]) {
    lua_pushvalue(L, k->base + k->ent_slot[i]);
    return;
  }
  lua_pushlstring(L, e[i].name, e[i].name_len);
  if (i < ENTS_KEPT) k->ent_slot[i] = (uint8_t)keep_top(L, k);
}

/* Pushes s[0..n), a no-break space (U+00A0) as a plain one: an unnamed
 * speaker's description is a name, not the page's layout. */
static void push_spaced(lua_State *L, const char *s, size_t n) {
  if (!memchr(s, 0xC2, n)) {
    lua_pushlstring(L, s, n);
    return;
  }
  luaL_Buffer b;
  luaL_buffinit(L, &b);
  for (size_t i = 0; i < n; i++) {
    if ((unsigned char)s[i] == 0xC2 && i + 1 < n && (unsigned char)s[i + 1] == 0xA0) {
      luaL_addchar(&b, ' ');
      i++;
    } else {
      luaL_addchar(&b, s[i]);
    }
  }
  luaL_pushresult(&b);
}

/* Pushes text[s..e) in lower case. */
static void push_cue(lua_State *L, kept_strings *k, const char *text, uint32_t s, uint32_t e) {
  uint32_t n = e - s;
  if (n > CUE_KEPT_LEN) {
    luaL_Buffer b;
    char *p = luaL_buffinitsize(L, &b, n);
    for (uint32_t i = 0; i < n; i++) {
      char ch = text[s + i];
      p[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
    }
    luaL_pushresultsize(&b, n);
    return;
  }
  char low[CUE_KEPT_LEN] = {0};
  for (uint32_t i = 0; i < n; i++) {
    char ch = text[s + i];
    low[i] = (ch >= 'A' && ch <= 'Z') ? (char)(ch + 32) : ch;
  }
  for (int c = 0; c < k->ncue; c++)
    if (k->cue[c].len == n && !memcmp(k->cue[c].low, low, n)) {
      lua_pushvalue(L, k->base + k->cue[c].slot);
      return;
    }
  lua_pushlstring(L, low, n);
  if (k->ncue < (int)(sizeof k->cue / sizeof k->cue[0])) {
    int slot = keep_top(L, k);
    if (slot) {
      k->cue[k->ncue].len = (uint8_t)n;
      k->cue[k->ncue].slot = (uint8_t)slot;
      memcpy(k->cue[k->ncue].low, low, n);
      k->ncue++;
    }
  }
}

/* core.quotes(doc, lexicon, spans) -> the list of doc:quotes() (README
 * "Quotations, speakers and entities"), built here once: text, start, stop
 * (1-based inclusive), kind, speaker, speaker_span = {start, stop}, cue
 * (lower case), via, unclosed, part. */
static int l_quotes(lua_State *L) {
  kimput_doc *doc;
  kimput_lexicon *lex;
  const char *text;
  size_t len;
  uint32_t *spans, stack[2 * SPANS_ON_STACK];
  int owned;
  size_t nspans = check_doc_args(L, &doc, &lex, &text, &len, &spans, stack, &owned, QK_MT);
  const kimput_attribution *q;
  size_t nq, ne;
  kimput_status st = kimput_doc_attribute(doc, lex, spans, nspans, &q, &nq);
  const kimput_entity *e = NULL;
  if (st == KIMPUT_OK) st = kimput_doc_mentions(doc, lex, spans, nspans, NULL, NULL, &e, &ne);
  if (owned) free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "quotes", st);
  kept_strings k;
  k.base = lua_gettop(L);
  k.used = k.ncue = 0;
  memset(k.ent_slot, 0, sizeof k.ent_slot);
  luaL_checkstack(L, STRINGS_KEPT + 8, "quotes");
  lua_settop(L, k.base + STRINGS_KEPT);  /* the kept strings' slots, nil until used */
  lua_createtable(L, (int)nq, 0);
  for (size_t i = 0; i < nq; i++) {
    const kimput_attribution *a = &q[i];
    int spoken = a->speaker >= 0 && (size_t)a->speaker < ne, named = a->speaker_start != KIMPUT_UNSET;
    /* text, start, stop, kind and the fields this quote has: the hash part is sized once */
    lua_createtable(L, 0, 4 + !!(a->flags & KIMPUT_QUOTE_UNCLOSED) + (a->part != 0) +
                              (a->cue_start != KIMPUT_UNSET) + (spoken || named) + named +
                              (a->via >= 0 && (size_t)a->via < ne));
    lua_pushvalue(L, lua_upvalueindex(QK_TEXT));
    lua_pushlstring(L, text + a->start, a->end - a->start);
    lua_rawset(L, -3);
    set_key_int(L, QK_START, (lua_Integer)a->start + 1);
    set_key_int(L, QK_STOP, (lua_Integer)a->end);
    lua_pushvalue(L, lua_upvalueindex(QK_KIND));
    if (a->kind <= KIMPUT_QUOTE_INDIRECT) lua_pushvalue(L, lua_upvalueindex(QK_KINDS + a->kind));
    else lua_pushstring(L, kimput_quote_kind_name(a->kind));
    lua_rawset(L, -3);
    if (a->flags & KIMPUT_QUOTE_UNCLOSED) {
      lua_pushvalue(L, lua_upvalueindex(QK_UNCLOSED));
      lua_pushboolean(L, 1);
      lua_rawset(L, -3);
    }
    if (a->part) set_key_int(L, QK_PART, a->part);
    if (a->cue_start != KIMPUT_UNSET) {
      lua_pushvalue(L, lua_upvalueindex(QK_CUE));
      push_cue(L, &k, text, a->cue_start, a->cue_end);
      lua_rawset(L, -3);
    }
    if (spoken || named) {
      lua_pushvalue(L, lua_upvalueindex(QK_SPEAKER));
      if (spoken) push_entity_name(L, &k, e, (size_t)a->speaker);
      else push_spaced(L, text + a->speaker_start, a->speaker_end - a->speaker_start);
      lua_rawset(L, -3);
    }
    if (named) {
      lua_pushvalue(L, lua_upvalueindex(QK_SPEAKER_SPAN));
      lua_createtable(L, 2, 0);
      lua_pushinteger(L, (lua_Integer)a->speaker_start + 1);
      lua_rawseti(L, -2, 1);
      lua_pushinteger(L, (lua_Integer)a->speaker_end);
      lua_rawseti(L, -2, 2);
      lua_rawset(L, -3);
    }
    if (a->via >= 0 && (size_t)a->via < ne) {
      lua_pushvalue(L, lua_upvalueindex(QK_VIA));
      push_entity_name(L, &k, e, (size_t)a->via);
      lua_rawset(L, -3);
    }
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

static const luaL_Reg lex_methods[] = {
  {"word", l_lex_word},
  {"entity", l_lex_entity},
  {"alias", l_lex_alias},
  {"same_title", l_lex_same_title},
  {"country", l_lex_country},
  {NULL, NULL}
};

static const luaL_Reg functions[] = {
  {"lexicon", l_lexicon},
  {NULL, NULL}
};

/* The metatables check_doc_args compares with, in its order. */
static void push_class_mts(lua_State *L) {
  luaL_getmetatable(L, LK_DOCUMENT);
  luaL_getmetatable(L, LK_LEXICON);
  luaL_getmetatable(L, LK_SPANS);
}

void lk_open_mentions(lua_State *L) {
  lk_newclass(L, LK_LEXICON, l_lex_gc, lex_methods);
  luaL_setfuncs(L, functions, 0);
  for (int k = 0; mention_keys[k]; k++) lua_pushstring(L, mention_keys[k]);
  for (int k = 0; k < KIMPUT_ENT_KIND_COUNT; k++) lua_pushstring(L, kimput_entity_kind_name(k));
  for (int k = 0; k <= KIMPUT_MENTION_DESCRIPTION; k++) lua_pushstring(L, kimput_mention_form_name(k));
  push_class_mts(L);
  lua_pushcclosure(L, l_mentions, MK_COUNT + 3);
  lua_setfield(L, -2, "mentions");
  for (int k = 0; quote_keys[k]; k++) lua_pushstring(L, quote_keys[k]);
  for (int k = 0; k <= KIMPUT_QUOTE_INDIRECT; k++) lua_pushstring(L, kimput_quote_kind_name(k));
  push_class_mts(L);
  lua_pushcclosure(L, l_quotes, QK_COUNT + 3);
  lua_setfield(L, -2, "quotes");
}
