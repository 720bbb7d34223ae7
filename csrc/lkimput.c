/* lkimput.c -- the kimput.core Lua module: documents, tokens, sentences.
 *
 * A Document userdata owns its kimput_doc and frees it in __gc (= __close =
 * doc:close()). Its first user value is a table the Lua layer uses as the
 * document's cache, dropped on close; its second is the text as a Lua
 * string, which the C document reads in place (KIMPUT_DOC_BORROW: no copy
 * of the text in C) and doc:text() returns without copying. The C memory a document holds is
 * invisible to Lua's collector, which only sees the small userdata: it is
 * reported as it grows (report_memory), so that a loop over a corpus
 * collects dead documents as promptly as if their bytes were Lua's.
 * The methods table is exposed as core.Document so that the Lua layer can
 * add the methods it implements in Lua.
 */
#include <ctype.h>
#include <stdlib.h>
#include <string.h>

#include "lk.h"

/* The C memory documents gained since the collector last did a full cycle
 * on their account, per Lua state (in the registry). */
static const char gc_account_key = 'k';
typedef struct {
  size_t pending;
} gc_account;

#define FULL_CYCLE_FLOOR (4u << 20)  /* bytes: a full cycle is never forced sooner */

/* Reports the C memory the document gained since last reported. Lua's own
 * collector never sees it: the generational one (lua5.4's default) frees
 * an old document only in a major collection, which C memory never
 * triggers, and a step paid for by those bytes would only age documents
 * faster. So once documents have gained as much C memory as the Lua heap
 * holds (4 MB at least), a full cycle runs: the proportion at which Lua
 * collects its own memory, in either mode. */
static void report_memory(lua_State *L, lk_document *d) {
  size_t now = kimput_doc_memory(d->doc);
  if (now < d->reported + 1024) return;
  size_t gained = now - d->reported;
  d->reported = now;
  if (!lua_gc(L, LUA_GCISRUNNING)) return;  /* a collector the program stopped stays stopped */
  lua_rawgetp(L, LUA_REGISTRYINDEX, &gc_account_key);
  gc_account *acct = lua_touserdata(L, -1);
  lua_pop(L, 1);
  if (!acct) return;
  acct->pending += gained;
  size_t heap = (size_t)lua_gc(L, LUA_GCCOUNT) * 1024;
  if (acct->pending >= (heap > FULL_CYCLE_FLOOR ? heap : FULL_CYCLE_FLOOR)) {
    acct->pending = 0;
    lua_gc(L, LUA_GCCOLLECT);
  }
}

kimput_doc *lk_checkdoc(lua_State *L, int idx) {
  lk_document *d = luaL_checkudata(L, idx, LK_DOCUMENT);
  if (!d->doc) luaL_argerror(L, idx, "document is closed");
  report_memory(L, d);
  return d->doc;
}

/* luaL_testudata with the metatable at stack index mt (see lk.h). */
const void *lk_testudata_mt(lua_State *L, int idx, int mt, const char *tname) {
  void *p = lua_touserdata(L, idx);
  if (p && lua_getmetatable(L, idx)) {
    int same = lua_rawequal(L, -1, mt);
    lua_pop(L, 1);
    if (same) return p;
  }
  return luaL_testudata(L, idx, tname);
}

kimput_doc *lk_checkdoc_mt(lua_State *L, int idx, int mt) {
  lk_document *d = (lk_document *)lk_testudata_mt(L, idx, mt, LK_DOCUMENT);
  if (!d) return lk_checkdoc(L, idx);  /* (raises as it does) */
  if (!d->doc) luaL_argerror(L, idx, "document is closed");
  report_memory(L, d);
  return d->doc;
}

/* Reports what the call that just computed an array added (idx: the document). */
static void report_growth(lua_State *L, int idx) {
  lk_document *d = lua_touserdata(L, idx);
  if (d && d->doc) report_memory(L, d);
}

int lk_error(lua_State *L, const char *what, kimput_status st) {
  return luaL_error(L, "%s: %s", what, kimput_strerror(st));
}

#define LK_GUARD "kimput.Guard"

static int l_guard_gc(lua_State *L) {
  void **slot = luaL_checkudata(L, 1, LK_GUARD);
  free(*slot);
  *slot = NULL;
  return 0;
}

void **lk_guard(lua_State *L) {
  void **slot = lua_newuserdatauv(L, sizeof *slot, 0);
  *slot = NULL;
  if (luaL_newmetatable(L, LK_GUARD)) {
    lua_pushcfunction(L, l_guard_gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, l_guard_gc);
    lua_setfield(L, -2, "__close");
  }
  lua_setmetatable(L, -2);
  return slot;
}

void lk_newclass(lua_State *L, const char *name, lua_CFunction gc, const luaL_Reg *methods) {
  if (luaL_newmetatable(L, name)) {
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__gc");
    lua_pushcfunction(L, gc);
    lua_setfield(L, -2, "__close");
    lua_newtable(L);
    luaL_setfuncs(L, methods, 0);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
}

void lk_takespan(lua_State *L, size_t i, size_t text_len, uint32_t *out) {
  int ok1, ok2;
  lua_Integer a = lua_tointegerx(L, -2, &ok1), b = lua_tointegerx(L, -1, &ok2);
  lua_pop(L, 3);
  if (!ok1 || !ok2 || a < 1 || b < a - 1 || (lua_Unsigned)b > text_len)
    luaL_error(L, "span %d is not {start, stop} within the text", (int)i + 1);
  out[0] = (uint32_t)(a - 1);
  out[1] = (uint32_t)b;
}

/* A kimput.Spans userdata: its pairs, checked, copied. */
static size_t packed_spans(lua_State *L, const lk_spans *sp, size_t text_len, uint32_t **out) {
  uint32_t *v = malloc(sp->n ? sp->n * 2 * sizeof *v : 1);
  if (!v) luaL_error(L, "out of memory");
  for (size_t i = 0; i < sp->n; i++) {
    v[2 * i] = sp->pairs[2 * i];
    v[2 * i + 1] = sp->pairs[2 * i + 1];
    if (v[2 * i] > v[2 * i + 1] || v[2 * i + 1] > text_len) {
      free(v);
      luaL_error(L, "span %d is not {start, stop} within the text", (int)i + 1);
    }
  }
  *out = v;
  return sp->n;
}

size_t lk_checkspans_mt(lua_State *L, int idx, size_t text_len, const uint32_t **out, uint32_t **owned, int mt) {
  const lk_spans *sp = lua_type(L, idx) == LUA_TUSERDATA ? lk_testudata_mt(L, idx, mt, LK_SPANS) : NULL;
  if (sp) {  /* checked, and read in place: the userdata is the caller's argument */
    for (size_t i = 0; i < sp->n; i++)
      if (sp->pairs[2 * i] > sp->pairs[2 * i + 1] || sp->pairs[2 * i + 1] > text_len)
        luaL_error(L, "span %d is not {start, stop} within the text", (int)i + 1);
    *out = sp->pairs;
    *owned = NULL;
    return sp->n;
  }
  size_t n = lk_checkspans(L, idx, text_len, owned);
  *out = *owned;
  return n;
}

size_t lk_checkspans(lua_State *L, int idx, size_t text_len, uint32_t **out) {
  idx = lua_absindex(L, idx);
  const lk_spans *sp = lua_type(L, idx) == LUA_TUSERDATA ? luaL_testudata(L, idx, LK_SPANS) : NULL;
  if (sp) return packed_spans(L, sp, text_len, out);
  luaL_checktype(L, idx, LUA_TTABLE);
  lua_Integer len = luaL_len(L, idx);
  if (len < 0 || (lua_Unsigned)len > SIZE_MAX / (2 * sizeof(uint32_t)) - 1) luaL_error(L, "too many spans");
  size_t n = (size_t)len;
  /* the array stays in a guard while Lua reads the table (lua_geti may run
   * a metamethod or raise an error) */
  void **slot = lk_guard(L);
  uint32_t *v = malloc((n ? n : 1) * 2 * sizeof *v);
  if (!v) luaL_error(L, "out of memory");
  *slot = v;
  for (size_t i = 0; i < n; i++) {
    lua_geti(L, idx, (lua_Integer)i + 1);
    if (!lua_istable(L, -1)) luaL_error(L, "span %d is not a table", (int)i + 1);
    lua_geti(L, -1, 1);
    lua_geti(L, -2, 2);
    lk_takespan(L, i, text_len, v + 2 * i);
  }
  *slot = NULL;  /* handed to the caller */
  lua_pop(L, 1);
  *out = v;
  return n;
}

/* Pushes a Document of the string at stack index 1 (its cache table made,
 * `cache_slots` hash slots; the Document metatable is the caller's upvalue 1) and returns KIMPUT_OK, or pushes the unfinished
 * userdata and returns the error (*bad: the first invalid byte). */
static kimput_status new_document(lua_State *L, int flags, int cache_slots, size_t *bad) {
  size_t len;
  const char *text = lua_tolstring(L, 1, &len);
  /* the userdata exists (and owns nothing) before the C document does */
  lk_document *d = lua_newuserdatauv(L, sizeof *d, LK_DOC_DATES);
  d->doc = NULL;
  d->reported = 0;
  d->dates = NULL;
  d->ndates = 0;
  /* the metatable is the calling function's upvalue: no lookup of the class name */
  lua_pushvalue(L, lua_upvalueindex(1));
  lua_setmetatable(L, -2);
  lua_createtable(L, 0, cache_slots);
  lua_setiuservalue(L, -2, 1);
  /* a Lua string is NUL-terminated and immutable; the user value keeps it alive */
  kimput_status st = kimput_doc_new(text, len, flags | KIMPUT_DOC_BORROW, &d->doc, bad);
  if (st != KIMPUT_OK) return st;
  if (kimput_doc_text(d->doc, NULL) == text) {  /* else a repaired copy: doc:text() makes its string */
    lua_pushvalue(L, 1);
    lua_setiuservalue(L, -2, 2);
  }
  report_memory(L, d);
  return KIMPUT_OK;
}

/* the Lua layer's cache: a whole pipeline keeps 10 entries */
#define CACHE_SLOTS 16

/* core.parse(text [, replace_invalid]) -> Document */
static int l_parse(lua_State *L) {
  luaL_checkstring(L, 1);
  int flags = lua_toboolean(L, 2) ? KIMPUT_DOC_REPLACE_INVALID : KIMPUT_DOC_DEFAULT;
  size_t bad = 0;
  kimput_status st = new_document(L, flags, CACHE_SLOTS, &bad);
  if (st == KIMPUT_ERR_UTF8)
    return luaL_error(L, "invalid UTF-8 at byte %d (pass {invalid = \"replace\"} to repair it)", (int)bad + 1);
  if (st != KIMPUT_OK) return lk_error(L, "kimput.parse", st);
  return 1;
}

/* The options kimput.parse keeps on a document, and how parse_options reads them. */
static const char *const option_names[] = {"published", "id", "url", "path", "invalid", "vague"};
enum { OPTION_COUNT = sizeof option_names / sizeof *option_names };

/* core.parse_options(text, opts, shared) -> doc, true | doc, false | nothing:
 * kimput.parse's common case in one call. With a string text and opts nil
 * or a plain table (no metatable) of known options that need no check in
 * Lua (invalid "error" or "replace", vague a boolean, published absent or
 * the same string as shared's, already checked), the document parsed as
 * kimput.parse would; then true when it is finished (no options, or opts
 * equal to shared, the options table of the last document, which its cache
 * now holds as opts), false when the caller must give it a copy of opts.
 * Nothing for anything else (and for invalid UTF-8): kimput.parse then
 * takes its checking path, which raises the errors. */
static int l_parse_options(lua_State *L) {
  if (lua_type(L, 1) != LUA_TSTRING) return 0;
  int opts = lua_type(L, 2);
  if (opts != LUA_TNIL && (opts != LUA_TTABLE || lua_getmetatable(L, 2))) return 0;
  int shared = lua_type(L, 3) == LUA_TTABLE;
  lua_settop(L, 3);
  int flags = KIMPUT_DOC_DEFAULT, any = 0;
  if (opts == LUA_TTABLE) {
    lua_pushnil(L);
    while (lua_next(L, 2)) {  /* stack: key, value */
      int k = OPTION_COUNT;
      if (lua_type(L, -2) == LUA_TSTRING) {
        size_t n;
        const char *key = lua_tolstring(L, -2, &n);
        for (k = 0; k < OPTION_COUNT && !(strlen(option_names[k]) == n && memcmp(key, option_names[k], n) == 0); k++) {}
      }
      if (k == OPTION_COUNT) return 0;  /* an unknown option: raised in Lua */
      if (k == 0) {  /* published: known good when it is the shared copy's */
        if (!shared || lua_type(L, -1) != LUA_TSTRING) return 0;
        lua_getfield(L, 3, "published");
        int same = lua_rawequal(L, -1, -2);
        lua_pop(L, 1);
        if (!same) return 0;
      } else if (k == 4) {
        if (lua_type(L, -1) != LUA_TSTRING) return 0;
        size_t n;
        const char *v = lua_tolstring(L, -1, &n);
        if (n == 7 && memcmp(v, "replace", 7) == 0) flags = KIMPUT_DOC_REPLACE_INVALID;
        else if (!(n == 5 && memcmp(v, "error", 5) == 0)) return 0;
      } else if (k == 5 && lua_type(L, -1) != LUA_TBOOLEAN) {
        return 0;
      }
      any = 1;
      lua_pop(L, 1);
    }
  }
  size_t bad = 0;
  if (new_document(L, flags, CACHE_SLOTS, &bad) != KIMPUT_OK) return 0;  /* the checking path raises */
  if (!any) {
    lua_pushboolean(L, 1);
    return 2;
  }
  /* opts equals shared when each of its pairs is in shared, and shared has
   * no more (the keys are opts' own strings: no name made again) */
  int same = shared, count = 0;
  lua_pushnil(L);
  while (same && lua_next(L, 2)) {  /* stack: doc, key, value */
    lua_pushvalue(L, -2);
    lua_rawget(L, 3);
    same = lua_rawequal(L, -1, -2);
    lua_pop(L, 2);
    count++;
  }
  if (same) {
    lua_pushnil(L);
    while (lua_next(L, 3)) {
      lua_pop(L, 1);
      count--;
    }
    same = count == 0;
  } else {
    lua_pop(L, 1);  /* the key lua_next left */
  }
  if (same) {
    lua_getiuservalue(L, -1, 1);
    lua_pushvalue(L, 3);
    lua_setfield(L, -2, "opts");
    lua_pop(L, 1);
  }
  lua_pushboolean(L, same);
  return 2;
}

/* __gc, __close and doc:close(): frees the C document and drops the cache
 * (the result tables go with the next cycle); closing twice is harmless. */
static int l_gc(lua_State *L) {
  /* the metatable is the upvalue: one comparison, not a lookup of the class name (twice per document) */
  lk_document *d = (lk_document *)lk_testudata_mt(L, 1, lua_upvalueindex(1), LK_DOCUMENT);
  if (!d) d = luaL_checkudata(L, 1, LK_DOCUMENT);  /* raises the usual error */
  if (d->doc && d->reported) {  /* freed now: no cycle is owed for these bytes */
    lua_rawgetp(L, LUA_REGISTRYINDEX, &gc_account_key);
    gc_account *acct = lua_touserdata(L, -1);
    lua_pop(L, 1);
    if (acct) acct->pending = acct->pending > d->reported ? acct->pending - d->reported : 0;
  }
  kimput_doc_free(d->doc);
  d->doc = NULL;
  d->reported = 0;
  free(d->dates);
  d->dates = NULL;
  d->ndates = 0;
  lua_pushnil(L);
  lua_setiuservalue(L, 1, 1);
  lua_pushnil(L);
  lua_setiuservalue(L, 1, 2);  /* the text it borrowed */
  lua_pushnil(L);
  lua_setiuservalue(L, 1, LK_DOC_DATES);
  return 0;
}

/* doc:memory() -> bytes of C memory the document holds (0 once closed) */
static int l_memory(lua_State *L) {
  lk_document *d = luaL_checkudata(L, 1, LK_DOCUMENT);
  lua_pushinteger(L, (lua_Integer)kimput_doc_memory(d->doc));
  return 1;
}

static int l_tostring(lua_State *L) {
  lk_document *d = luaL_checkudata(L, 1, LK_DOCUMENT);
  size_t len = 0;
  if (d->doc) kimput_doc_text(d->doc, &len);
  lua_pushfstring(L, d->doc ? "kimput.Document (%d bytes)" : "kimput.Document (closed)", (int)len);
  return 1;
}

/* doc:text(): one string per document, made once */
static int l_text(lua_State *L) {
  size_t len;
  const char *text = kimput_doc_text(lk_checkdoc(L, 1), &len);
  if (lua_getiuservalue(L, 1, 2) == LUA_TSTRING) return 1;
  lua_pop(L, 1);
  lua_pushlstring(L, text, len);
  lua_pushvalue(L, -1);
  lua_setiuservalue(L, 1, 2);
  return 1;
}

/* doc:_cache() -> the table the Lua layer keeps per document (called
 * a dozen times per document: no memory to report here, the calls that grow
 * the document report it). The Document metatable is its upvalue: a
 * document is recognised by one comparison, not by a lookup of the class
 * name as luaL_checkudata does. */
static int l_cache(lua_State *L) {
  const lk_document *d = NULL;
  if (lua_type(L, 1) == LUA_TUSERDATA && lua_getmetatable(L, 1) && lua_rawequal(L, -1, lua_upvalueindex(1)))
    d = lua_touserdata(L, 1);
  else
    d = luaL_checkudata(L, 1, LK_DOCUMENT);  /* raises the usual error */
  if (!d->doc) luaL_argerror(L, 1, "document is closed");
  lua_getiuservalue(L, 1, 1);
  return 1;
}

static const kimput_token *checked_tokens(lua_State *L, kimput_doc *doc, size_t *n) {
  const kimput_token *t = kimput_doc_tokens(doc, n);
  if (!t && kimput_doc_status(doc) != KIMPUT_OK) lk_error(L, "tokenize", kimput_doc_status(doc));
  return t;
}

/* iterator: upvalues (doc, next index, kind names...) */
static int token_iter(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, lua_upvalueindex(1));
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  size_t n;
  const kimput_token *t = checked_tokens(L, doc, &n);
  if ((size_t)i >= n) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushinteger(L, (lua_Integer)t[i].start + 1);
  lua_pushinteger(L, (lua_Integer)t[i].end);
  lua_pushvalue(L, lua_upvalueindex(3 + t[i].kind));  /* interned name, no allocation */
  lua_pushinteger(L, (lua_Integer)i + 1);
  return 4;
}

/* for start, stop, kind, index in doc:tokens() do ... end */
static int l_tokens(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  size_t n;
  checked_tokens(L, doc, &n);
  report_growth(L, 1);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  for (int k = 0; k < KIMPUT_TOK_KIND_COUNT; k++) lua_pushstring(L, kimput_token_kind_name(k));
  lua_pushcclosure(L, token_iter, 2 + KIMPUT_TOK_KIND_COUNT);
  return 1;
}

/* doc:token_count() */
static int l_token_count(lua_State *L) {
  size_t n;
  checked_tokens(L, lk_checkdoc(L, 1), &n);
  report_growth(L, 1);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* doc:token(i) -> start, stop, kind, flags table-free access by index */
static int l_token(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  size_t n;
  const kimput_token *t = checked_tokens(L, doc, &n);
  report_growth(L, 1);
  if (i < 1 || (size_t)i > n) return 0;
  t += i - 1;
  lua_pushinteger(L, (lua_Integer)t->start + 1);
  lua_pushinteger(L, (lua_Integer)t->end);
  lua_pushstring(L, kimput_token_kind_name(t->kind));
  lua_pushinteger(L, t->flags);
  return 4;
}

static const kimput_sentence *checked_sentences(lua_State *L, kimput_doc *doc, size_t *n) {
  const kimput_sentence *s = kimput_doc_sentences(doc, n);
  if (!s && kimput_doc_status(doc) != KIMPUT_OK) lk_error(L, "sentences", kimput_doc_status(doc));
  return s;
}

static int sentence_iter(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, lua_upvalueindex(1));
  lua_Integer i = lua_tointeger(L, lua_upvalueindex(2));
  size_t n;
  const kimput_sentence *s = checked_sentences(L, doc, &n);
  if ((size_t)i >= n) return 0;
  lua_pushinteger(L, i + 1);
  lua_replace(L, lua_upvalueindex(2));
  lua_pushinteger(L, (lua_Integer)s[i].start + 1);
  lua_pushinteger(L, (lua_Integer)s[i].end);
  lua_pushinteger(L, (lua_Integer)s[i].first_token + 1);
  lua_pushinteger(L, (lua_Integer)s[i].first_token + s[i].ntokens);
  return 4;
}

/* for start, stop, first_token, last_token in doc:sentences() do ... end */
static int l_sentences(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  size_t n;
  checked_sentences(L, doc, &n);
  report_growth(L, 1);
  lua_settop(L, 1);
  lua_pushinteger(L, 0);
  lua_pushcclosure(L, sentence_iter, 2);
  return 1;
}

static int l_sentence_count(lua_State *L) {
  size_t n;
  checked_sentences(L, lk_checkdoc(L, 1), &n);
  report_growth(L, 1);
  lua_pushinteger(L, (lua_Integer)n);
  return 1;
}

/* core.abbreviations() -> the tokenizer's abbreviation table (kimput_abbreviations) */
static int l_abbreviations(lua_State *L) {
  lua_newtable(L);
  int i = 1;
  for (const char *const *a = kimput_abbreviations(); *a; a++) {
    lua_pushstring(L, *a);
    lua_rawseti(L, -2, i++);
  }
  return 1;
}

/* core.utf8_valid(s) -> true | false, first bad byte (1-based) */
static int l_utf8_valid(lua_State *L) {
  size_t len, bad = 0;
  const char *s = luaL_checklstring(L, 1, &len);
  int ok = kimput_utf8_valid(s, len, &bad);
  lua_pushboolean(L, ok);
  if (ok) return 1;
  lua_pushinteger(L, (lua_Integer)bad + 1);
  return 2;
}

/* core.name_key(s [, kind]) -> key, words [, flag]: s as kimput.entities
 * keys a name, in lower case (as string.lower), every run of white space
 * (as %s) and hyphens one space, none at either end; the words of key; and,
 * with a kind, how the name must appear in a text (entities.lua's rule,
 * with %a, %l and %s as string.find reads them): "exact" for up to two
 * letters alone, or no lower-case letter and at most four letters; else
 * "none" for a site's address of an org or outlet (a word, a period and
 * letters, no blank: "detik.com", "Republika.co.id", written in any case);
 * else "upper" for an org or outlet, or a name without white space or hyphen;
 * else "none". The gazetteer's two thousand names are keyed at every start. */
static int l_name_key(lua_State *L) {
  size_t len;
  const char *s = luaL_checklstring(L, 1, &len);
  const char *kind = luaL_optstring(L, 2, NULL);
  luaL_Buffer b;
  char *out = luaL_buffinitsize(L, &b, len);
  size_t n = 0, letters = 0;
  lua_Integer words = 0;
  int gap = 0;  /* a space is due before the next character */
  int lower = 0, blank = 0, dot_letter = 0;
  for (size_t i = 0; i < len; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '.' && i > 0 && i + 2 < len && isalpha((unsigned char)s[i + 1])) dot_letter = 1;
    if (isalpha(c)) letters++;
    if (islower(c)) lower = 1;
    if (c == '-' || isspace(c)) {
      blank = 1;
      gap = n > 0;
      continue;
    }
    if (gap || n == 0) words++;
    if (gap) out[n++] = ' ';
    gap = 0;
    out[n++] = (char)tolower(c);
  }
  luaL_pushresultsize(&b, n);
  lua_pushinteger(L, words);
  if (!kind) return 2;
  if ((len <= 2 && letters == len) || (!lower && letters <= 4)) {
    lua_pushliteral(L, "exact");
  } else if (dot_letter && !blank && (strcmp(kind, "org") == 0 || strcmp(kind, "outlet") == 0)) {
    lua_pushliteral(L, "none");
  } else if (strcmp(kind, "org") == 0 || strcmp(kind, "outlet") == 0 || !blank) {
    lua_pushliteral(L, "upper");
  } else {
    lua_pushliteral(L, "none");
  }
  return 3;
}

static const luaL_Reg document_methods[] = {
  {"text", l_text},
  {"tokens", l_tokens},
  {"token", l_token},
  {"token_count", l_token_count},
  {"sentences", l_sentences},
  {"sentence_count", l_sentence_count},
  {"close", l_gc},
  {"memory", l_memory},
  {NULL, NULL}
};

static const luaL_Reg document_meta[] = {
  {"__gc", l_gc},
  {"__close", l_gc},
  {"__tostring", l_tostring},
  {NULL, NULL}
};

static const luaL_Reg module_functions[] = {
  {"parse", l_parse},
  {"parse_options", l_parse_options},
  {"abbreviations", l_abbreviations},
  {"utf8_valid", l_utf8_valid},
  {"name_key", l_name_key},
  {NULL, NULL}
};

/* The features' bindings, each adding its functions to the module table. */
static void (*const open_features[])(lua_State *L) = {
  lk_open_page,
  lk_open_dates,
  lk_open_quotes,
  lk_open_rules,
  lk_open_corpus,
  lk_open_events,
  lk_open_mentions,
  lk_open_signals,
  lk_open_files,
  lk_open_lines,
  lk_open_process,
  lk_open_json,
  NULL
};

int luaopen_kimput_core(lua_State *L) {
  lua_rawgetp(L, LUA_REGISTRYINDEX, &gc_account_key);
  if (lua_isnil(L, -1)) {  /* once per Lua state, even if the module is loaded twice */
    gc_account *acct = lua_newuserdatauv(L, sizeof *acct, 0);
    acct->pending = 0;
    lua_rawsetp(L, LUA_REGISTRYINDEX, &gc_account_key);
  }
  lua_pop(L, 1);
  luaL_newmetatable(L, LK_DOCUMENT);
  lua_pushvalue(L, -1);  /* the metamethods' upvalue: the metatable */
  luaL_setfuncs(L, document_meta, 1);
  luaL_newlib(L, document_methods);
  lua_pushvalue(L, -2);
  lua_pushcclosure(L, l_cache, 1);
  lua_setfield(L, -2, "_cache");
  lua_pushvalue(L, -1);
  lua_setfield(L, -3, "__index");
  /* stack: meta, methods */
  luaL_newlibtable(L, module_functions);
  lua_pushvalue(L, -3);  /* the functions' upvalue: the Document metatable (new_document) */
  luaL_setfuncs(L, module_functions, 1);
  lua_pushvalue(L, -2);
  lua_setfield(L, -2, "Document");
  lua_pushliteral(L, KIMPUT_VERSION);
  lua_setfield(L, -2, "version");
  for (size_t i = 0; open_features[i]; i++) open_features[i](L);
  return 1;
}
