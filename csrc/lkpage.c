/* lkpage.c -- the Lua binding of page.c and pageclass.c.
 *
 *   core.pageset()                         -> PageSet
 *   set:add(kind, class, next, flags, pattern [, field]) -> true | nil, message, offset
 *       kind "line" | "prefix" | "suffix" | "scan"; class and next are class
 *       names (next may be nil); flags "u" for a timestamp of an update,
 *       "e" for a line the article does not go on past, "f" for one that may ("p",
 *       "s", "t", "o", "c": KIMPUT_PAGE_NEXT_PARAGRAPH, _SHORT, _TAIL, _BOX_OPEN, _BOX_CLOSE);
 *       field (a line rule's): what its value states, for page:meta()
 *       ("editor", "translator", "sources", "outlet", "published", "headline")
 *   set:require(kind, index, at, {literal, ...}) -> true: rule index
 *       (1-based) of kind only matches lines that contain (at "contains"),
 *       start or end with ("starts", "ends") one of the literals
 *   set:require_run(kind, index, at, run, stop, min) -> true: rule index
 *       only matches lines that open ("starts") or close ("ends") with at
 *       least min bytes of run then a byte of stop (32-byte strings: bit
 *       b % 8 of byte b // 8 for byte b); kimput_pageset_require_run
 *   set:require_digits(kind, index, n) -> true: rule index only matches lines
 *       holding a run of n digits (or bytes past ASCII); kimput_pageset_require_digits
 *   set:count(kind)                        -> number of rules of that kind
 *   core.page_classify(doc, set)           -> Page
 *   page:count()                           -> number of lines
 *   page:line(i)  -> start, stop, class, rule, value_start, value_stop,
 *                    outlet_start, outlet_stop, flags   (rule: 1-based or nil)
 *   page:body_spans([scan])                -> { {start, stop}, ... } (with scan:
 *                    only lines holding the literals of SCAN rule scan; nil for none)
 *   page:packed_spans()                    -> the body spans in one kimput.Spans
 *                    userdata (lk.h; lk_checkspans reads it; #spans, .headline_start/stop)
 *   page:body()                            -> the text of those spans joined by "\n"
 *   page:cited_later(cited, weekdays)      -> does the body report a later day than cited
 *                    (YYYYMMDD) as the news does, "Jumat (29/4/2022)"? (no string of the body)
 *   page:fact(i)  -> j, then as page:line(j): the first line from i on with a
 *                    headline, time stamp or dateline class or a rule; nothing after the last
 *   page:sub(start, stop)                  -> the document's text:sub(start, stop)
 *   page:opening() -> line, outlet_start, outlet_stop, place_start, place_stop | nil
 *   page:closing() -> line, editor_start, editor_stop | nil
 *   page:plain_dateline() -> place, next_word, comma | nil: the shape of a place
 *                    opening the first paragraph (kimput_page_plain_dateline)
 *   page:top(limit) -> first_body | false, above, above_paragraph: the classes above
 *                    the article's first lines, bit c for class c (kimput_page_read_top)
 *   core.line_class_bits -> { body = 1, headline = 2, ... }: each class's bit in them
 *   page:line_starting(s, from, limit, min_len) -> j, start, stop | nil: the first line
 *                    from line `from` among the first limit that starts with s, at least
 *                    min_len bytes long (kimput_page_line_starting)
 *   page:meta([lean [, months [, pub_first, pub_last, src_first, src_last]]]) -> outlet,
 *                    dateline, headline, stamp, update, editor,
 *                    translator, credited, more, scans: the page's facts in one
 *                    call (scans: bit k-1 when SCAN rule k may match the body;
 *                    lean: credited is true instead of its list; with months,
 *                    the month names, stamp and update are the page's date and
 *                    zone, parsed here, and more is false; with the ranges of
 *                    SCAN rules too, a page without a stamp's date takes
 *                    page:published(pub_first, pub_last, months)'s, and credited
 *                    is page:sources(src_first, src_last); then relayed, opened and
 *                    scanned: see l_page_meta)
 *   core.parse_stamp(s, months) -> date, zone | nil: a time stamp line's date
 *   core.record(k1, v1, ...) -> a table of the pairs with a value, at its size
 *   page:scan(k, name, ...) -> { start, text, start, ... } | nil: SCAN rule k
 *                    over the body lines that hold its literals, flat
 *   page:sources(first, last) -> { name, ... } | nil: the source and source2
 *                    groups of SCAN rules first..last and the sources credit
 *                    lines' names, in text order
 *   page:published(first, last, months) -> "YYYY-MM-DD" | nil: the date of the
 *                    earliest match of SCAN rules first..last
 *
 * Offsets are 1-based and inclusive; absent values are nil. A Page keeps
 * its lines inside the userdata (no C memory, no finalizer); a PageSet owns
 * C memory, freed by __gc.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "lk.h"
#include "page.h"

#define LK_PAGESET "kimput.PageSet"
#define LK_PAGE "kimput.Page"

/* What a LINE rule's value is a fact of (set:add's field): meta() reads it. */
/* (relayed: the outlet whose reporter the page credits, "Laporan Wartawan X ...":
 * the page's outlet when nothing else names one, else a source) */
enum { FIELD_NONE, FIELD_EDITOR, FIELD_TRANSLATOR, FIELD_SOURCES, FIELD_OUTLET, FIELD_PUBLISHED, FIELD_HEADLINE,
       FIELD_RELAYED, FIELD_COUNT };
static const char *const field_names[] = {"", "editor", "translator", "sources", "outlet", "published", "headline",
                                          "relayed", NULL};

/* The named groups page:meta() reads of each SCAN rule, found once when the
 * rule is added (not by name at every page): up to four groups of a name,
 * 0-terminated. */
enum { SG_SOURCE, SG_SOURCE2, SG_DAY, SG_MONTH, SG_MONTH_NAME, SG_YEAR, SG_COUNT };
static const char *const scan_group_names[SG_COUNT] = {"source", "source2", "day", "month", "month_name", "year"};
typedef uint32_t scan_named[SG_COUNT][5];
static void scan_groups(const kimput_rule *rule, const char *name, uint32_t *out, size_t max);

typedef struct {
  kimput_pageset *set;  /* NULL once collected */
  uint8_t *fields;      /* per LINE rule: FIELD_* (malloc'd, freed by __gc) */
  size_t nfields;
  kimput_rule **scan;   /* per SCAN rule: its pattern compiled alone, for page:scan() */
  scan_named *named;    /* per SCAN rule: its groups of scan_group_names */
  size_t nscan;
  kimput_span *groups;  /* match slots for the SCAN rule with the most groups */
  size_t ngroups;
  unsigned long turn;   /* classifications begun with the set (page:classify reads its scratch) */
  char *body;           /* page:body()'s text before it is a Lua string (kept: no box per page) */
  size_t body_cap;
} lk_pageset;

static kimput_pageset *check_pageset(lua_State *L, int idx) {
  lk_pageset *p = luaL_checkudata(L, idx, LK_PAGESET);
  if (!p->set) luaL_argerror(L, idx, "page rule set is freed");
  return p->set;
}

static int l_pageset_gc(lua_State *L) {
  lk_pageset *p = luaL_checkudata(L, 1, LK_PAGESET);
  kimput_pageset_free(p->set);
  free(p->fields);
  for (size_t i = 0; i < p->nscan; i++) kimput_rule_free(p->scan[i]);
  free(p->scan);
  free(p->named);
  free(p->groups);
  free(p->body);
  memset(p, 0, sizeof *p);  /* a second call (__close, then __gc) frees nothing */
  return 0;
}

static int l_pageset(lua_State *L) {
  lk_pageset *p = lua_newuserdatauv(L, sizeof *p, 0);
  memset(p, 0, sizeof *p);
  luaL_setmetatable(L, LK_PAGESET);
  kimput_status st = kimput_pageset_new(&p->set);
  if (st != KIMPUT_OK) return lk_error(L, "kimput.pageset", st);
  return 1;
}

static int check_kind(lua_State *L, int idx) {
  static const char *const kinds[] = {"line", "prefix", "suffix", "scan", NULL};
  return luaL_checkoption(L, idx, NULL, kinds);
}

static int check_class(lua_State *L, int idx) {
  const char *name = luaL_checkstring(L, idx);
  for (int c = 0; c < KIMPUT_LINE_CLASS_COUNT; c++)
    if (strcmp(name, kimput_line_class_name(c)) == 0) return c;
  return luaL_argerror(L, idx, lua_pushfstring(L, "unknown line class '%s'", name));
}

/* set:add(kind, class, next, flags, pattern [, field]) */
static int l_add(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  lk_pageset *p = lua_touserdata(L, 1);
  kimput_page_rule rule = {0};
  rule.kind = (uint8_t)check_kind(L, 2);
  rule.cls = lua_isnoneornil(L, 3) ? KIMPUT_LINE_BODY : (uint8_t)check_class(L, 3);
  rule.next = lua_isnoneornil(L, 4) ? KIMPUT_LINE_NONE : (uint8_t)check_class(L, 4);
  const char *flags = luaL_optstring(L, 5, "");
  if (strchr(flags, 'u')) rule.flags |= KIMPUT_PAGE_UPDATED;
  if (strchr(flags, 'p')) rule.flags |= KIMPUT_PAGE_NEXT_PARAGRAPH;
  if (strchr(flags, 's')) rule.flags |= KIMPUT_PAGE_SHORT;
  if (strchr(flags, 't')) rule.flags |= KIMPUT_PAGE_TAIL;
  if (strchr(flags, 'o')) rule.flags |= KIMPUT_PAGE_BOX_OPEN;
  if (strchr(flags, 'c')) rule.flags |= KIMPUT_PAGE_BOX_CLOSE;
  if (strchr(flags, 'e')) rule.flags |= KIMPUT_PAGE_END;
  if (strchr(flags, 'f')) rule.flags |= KIMPUT_PAGE_END | KIMPUT_PAGE_END_SOFT;
  size_t len;
  const char *pattern = luaL_checklstring(L, 6, &len);
  uint8_t field = (uint8_t)luaL_checkoption(L, 7, "", field_names);
  if (field != FIELD_NONE && rule.kind != KIMPUT_PAGE_LINE) return luaL_argerror(L, 7, "only a line rule states a field");
  /* what can fail is done before the set takes the rule: a failed add changes nothing */
  char msg[256];
  size_t off = 0;
  kimput_status st = KIMPUT_OK;
  kimput_rule *scan = NULL;
  if (rule.kind == KIMPUT_PAGE_SCAN) {  /* compiled alone too, for page:scan() */
    kimput_rule **v = realloc(p->scan, (p->nscan + 1) * sizeof *v);
    if (!v) return lk_error(L, "page rule", KIMPUT_ERR_NOMEM);
    p->scan = v;
    scan_named *nv = realloc(p->named, (p->nscan + 1) * sizeof *nv);
    if (!nv) return lk_error(L, "page rule", KIMPUT_ERR_NOMEM);
    p->named = nv;
    st = !kimput_utf8_valid(pattern, len, NULL) ? KIMPUT_ERR_UTF8
         : kimput_rule_new(pattern, len, 0, NULL, &scan, msg, sizeof msg, &off);
    size_t need = st == KIMPUT_OK ? (size_t)kimput_rule_group_count(scan) + 1 : 0;
    if (need > p->ngroups) {
      kimput_span *g = realloc(p->groups, need * sizeof *g);
      if (g) {
        p->groups = g;
        p->ngroups = need;
      } else {
        st = KIMPUT_ERR_NOMEM;
      }
    }
  }
  if (st == KIMPUT_OK && rule.kind == KIMPUT_PAGE_LINE) {  /* room for the field */
    size_t n = kimput_pageset_count(set, KIMPUT_PAGE_LINE) + 1;
    if (n > p->nfields) {
      uint8_t *f = realloc(p->fields, n);
      if (f) {
        p->fields = f;
        p->nfields = n;
      } else {
        st = KIMPUT_ERR_NOMEM;
      }
    }
  }
  if (st == KIMPUT_OK) st = kimput_pageset_add(set, &rule, pattern, len, msg, sizeof msg, &off);
  if (st != KIMPUT_OK) kimput_rule_free(scan);
  else if (rule.kind == KIMPUT_PAGE_SCAN) {
    for (int k = 0; k < SG_COUNT; k++) scan_groups(scan, scan_group_names[k], p->named[p->nscan][k], 4);
    p->scan[p->nscan++] = scan;
  }
  if (st == KIMPUT_ERR_PATTERN) {
    lua_pushnil(L);
    lua_pushstring(L, msg);
    lua_pushinteger(L, (lua_Integer)off);
    return 3;
  }
  if (st == KIMPUT_ERR_UTF8) return luaL_argerror(L, 6, "not valid UTF-8");
  if (st != KIMPUT_OK) return lk_error(L, "page rule", st);
  if (rule.kind == KIMPUT_PAGE_LINE) p->fields[kimput_pageset_count(set, KIMPUT_PAGE_LINE) - 1] = field;
  lua_pushboolean(L, 1);
  return 1;
}

/* set:require(kind, index, at, {literal, ...}): rule `index` (1-based) of
 * kind only matches lines that contain (at "contains"), start or end with
 * ("starts", "ends") one of the literals */
static int l_require(lua_State *L) {
  static const char *const ats[] = {"contains", "starts", "ends", NULL};
  kimput_pageset *set = check_pageset(L, 1);
  kimput_page_kind kind = (kimput_page_kind)check_kind(L, 2);
  lua_Integer index = luaL_checkinteger(L, 3);
  kimput_page_at at = (kimput_page_at)luaL_checkoption(L, 4, NULL, ats);
  luaL_checktype(L, 5, LUA_TTABLE);
  if (index < 1 || (size_t)index > kimput_pageset_count(set, kind)) return luaL_argerror(L, 3, "no such rule");
  size_t n = (size_t)luaL_len(L, 5);
  if (n > 4096) return luaL_argerror(L, 5, "too many literals");
  const char **lits = lua_newuserdatauv(L, (n ? n : 1) * sizeof *lits, 0);  /* freed by the GC, even on error */
  size_t *lens = lua_newuserdatauv(L, (n ? n : 1) * sizeof *lens, 0);
  for (size_t i = 0; i < n; i++) {
    lua_geti(L, 5, (lua_Integer)i + 1);
    if (lua_type(L, -1) != LUA_TSTRING) return luaL_argerror(L, 5, "literals must be strings");
    lits[i] = lua_tolstring(L, -1, &lens[i]);
    lua_pop(L, 1);  /* still referenced by the table */
  }
  kimput_status st = kimput_pageset_require(set, kind, (size_t)index - 1, at, lits, lens, n);
  if (st != KIMPUT_OK) return lk_error(L, "page rule literals", st);
  lua_pushboolean(L, 1);
  return 1;
}

/* set:require_run(kind, index, at, run, stop, min): rule `index` (1-based)
 * of kind only matches lines that open ("starts") or close ("ends") with a
 * run of at least min bytes of the set run, then a byte of the set stop */
static int l_require_run(lua_State *L) {
  static const char *const ats[] = {"starts", "ends", NULL};
  kimput_pageset *set = check_pageset(L, 1);
  kimput_page_kind kind = (kimput_page_kind)check_kind(L, 2);
  lua_Integer index = luaL_checkinteger(L, 3);
  kimput_page_at at = luaL_checkoption(L, 4, NULL, ats) == 0 ? KIMPUT_PAGE_STARTS : KIMPUT_PAGE_ENDS;
  size_t nrun, nstop;
  const char *run = luaL_checklstring(L, 5, &nrun), *stop = luaL_checklstring(L, 6, &nstop);
  lua_Integer min = luaL_checkinteger(L, 7);
  if (index < 1 || (size_t)index > kimput_pageset_count(set, kind)) return luaL_argerror(L, 3, "no such rule");
  if (nrun != 32) return luaL_argerror(L, 5, "a set of 32 bytes");
  if (nstop != 32) return luaL_argerror(L, 6, "a set of 32 bytes");
  if (min < 0) return luaL_argerror(L, 7, "negative");
  kimput_status st = kimput_pageset_require_run(set, kind, (size_t)index - 1, at, (const uint8_t *)run,
                                                (const uint8_t *)stop, (size_t)min);
  if (st == KIMPUT_ERR_ARG) return luaL_argerror(L, 6, "a byte in both sets");
  if (st != KIMPUT_OK) return lk_error(L, "page rule run", st);
  lua_pushboolean(L, 1);
  return 1;
}

/* set:require_digits(kind, index, n): every match of rule `index` (1-based)
 * of kind holds a run of n digits (kimput_pageset_require_digits) */
static int l_require_digits(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  kimput_page_kind kind = (kimput_page_kind)check_kind(L, 2);
  lua_Integer index = luaL_checkinteger(L, 3), n = luaL_checkinteger(L, 4);
  if (index < 1 || (size_t)index > kimput_pageset_count(set, kind)) return luaL_argerror(L, 3, "no such rule");
  if (n < 0) return luaL_argerror(L, 4, "negative");
  kimput_status st = kimput_pageset_require_digits(set, kind, (size_t)index - 1, (size_t)n);
  if (st != KIMPUT_OK) return lk_error(L, "page rule digits", st);
  lua_pushboolean(L, 1);
  return 1;
}

/* A SCAN rule PCRE2 may start a match at few bytes of (SCAN_STARTS_FEW at
 * most) finds its places as fast alone as page_scan_from would. */
#define SCAN_STARTS_FEW 8

/* set:require_span(index, span): every match of SCAN rule `index` (1-based)
 * holds only bytes of the set span (32 bytes, as require_run's); kept for a
 * rule that may start at many bytes ("X melaporkan": the first letter of
 * any outlet), whose search page_scan_from then starts later */
static int l_require_span(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  lk_pageset *p = lua_touserdata(L, 1);
  lua_Integer index = luaL_checkinteger(L, 2);
  size_t n;
  const char *span = luaL_checklstring(L, 3, &n);
  if (index < 1 || (size_t)index > kimput_pageset_count(set, KIMPUT_PAGE_SCAN) || (size_t)index > p->nscan)
    return luaL_argerror(L, 2, "no such rule");
  if (n != 32) return luaL_argerror(L, 3, "a set of 32 bytes");
  uint8_t starts[32];
  if (kimput_rule_start_bytes(p->scan[index - 1], starts)) {
    int count = 0;
    for (int b = 0; b < 32; b++) count += __builtin_popcount(starts[b]);
    if (count <= SCAN_STARTS_FEW) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  kimput_status st = page_require_span(set, (size_t)index - 1, (const uint8_t *)span);
  if (st != KIMPUT_OK) return lk_error(L, "page rule span", st);
  lua_pushboolean(L, 1);
  return 1;
}

static int l_count(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  lua_pushinteger(L, (lua_Integer)kimput_pageset_count(set, (kimput_page_kind)check_kind(L, 2)));
  return 1;
}

/* A Page holds its lines in the userdata itself: it owns no C memory, so
 * it needs no finalizer (each one costs the collector an extra cycle). */
typedef struct {
  kimput_page page;
  kimput_page_line lines[];
} lk_page;

/* Is the value at idx a userdata whose metatable is the upvalue `up` of
 * the running function? (One comparison: luaL_checkudata looks the class
 * name up in the registry, several times per page.) */
static int has_class(lua_State *L, int idx, int up) {
  if (lua_type(L, idx) != LUA_TUSERDATA || !lua_getmetatable(L, idx)) return 0;
  int same = lua_rawequal(L, -1, lua_upvalueindex(up));
  lua_pop(L, 1);
  return same;
}

/* The page methods' and functions' upvalues: the Page, PageSet and Document metatables. */
enum { UP_PAGE = 1, UP_PAGESET = 2, UP_DOCUMENT = 3 };

/* The open document at idx (lk_checkdoc with one comparison). */
static kimput_doc *check_doc(lua_State *L, int idx) { return lk_checkdoc_mt(L, idx, lua_upvalueindex(UP_DOCUMENT)); }

static kimput_page *check_page(lua_State *L, int idx) {
  if (has_class(L, idx, UP_PAGE)) return &((lk_page *)lua_touserdata(L, idx))->page;
  return &((lk_page *)luaL_checkudata(L, idx, LK_PAGE))->page;  /* raises the usual error */
}

/* The rule set a page method's page was classified with (its user value 2, on the stack at idx). */
static lk_pageset *page_set_at(lua_State *L, int idx) {
  if (has_class(L, idx, UP_PAGESET)) return lua_touserdata(L, idx);
  return luaL_checkudata(L, idx, LK_PAGESET);
}

/* core.page_classify(doc, set) */
static int l_page_classify(lua_State *L) {
  kimput_doc *doc = check_doc(L, 1);
  lk_pageset *ps = page_set_at(L, 2);
  if (!ps->set) luaL_argerror(L, 2, "page rule set is freed");
  kimput_pageset *set = ps->set;
  /* the lines come in the set's scratch (no allocation, nothing to free if
   * Lua raises) and are copied into a userdata of their size */
  kimput_page page;
  unsigned long turn = ++ps->turn;
  kimput_status st = page_classify(doc, set, &page);
  if (st != KIMPUT_OK) return lk_error(L, "page cleaning", st);
  lk_page *p = lua_newuserdatauv(L, sizeof *p + page.count * sizeof *p->lines, 2);
  if (ps->turn != turn) {  /* a finalizer run by that allocation classified another page with the set */
    st = page_classify(doc, set, &page);  /* the same page again: the same lines */
    if (st != KIMPUT_OK) return lk_error(L, "page cleaning", st);
  }
  if (page.count) memcpy(p->lines, page.lines, page.count * sizeof *p->lines);
  page.lines = p->lines;
  p->page = page;
  lua_pushvalue(L, lua_upvalueindex(UP_PAGE));  /* (luaL_setmetatable looks the name up) */
  lua_setmetatable(L, -2);
  lua_pushvalue(L, 1);  /* the document, for page:sub() */
  lua_setiuservalue(L, -2, 1);
  lua_pushvalue(L, 2);  /* the rule set, for the rules' fields in page:meta() */
  lua_setiuservalue(L, -2, 2);
  return 1;
}

static int l_page_count(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)check_page(L, 1)->count);
  return 1;
}

/* pushes a [start, end) span as 1-based inclusive start, stop (nil, nil when unset) */
static void push_span(lua_State *L, uint32_t start, uint32_t end) {
  if (start == KIMPUT_UNSET) {
    lua_pushnil(L);
    lua_pushnil(L);
  } else {
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_pushinteger(L, (lua_Integer)end);
  }
}

/* pushes what page:line(i) returns for line l */
static int push_line(lua_State *L, const kimput_page_line *l) {
  lua_pushinteger(L, (lua_Integer)l->start + 1);
  lua_pushinteger(L, (lua_Integer)l->end);
  lua_pushstring(L, kimput_line_class_name(l->cls));
  if (l->rule < 0) lua_pushnil(L);
  else lua_pushinteger(L, (lua_Integer)l->rule + 1);
  push_span(L, l->value_start, l->value_end);
  push_span(L, l->outlet_start, l->outlet_end);
  lua_pushinteger(L, l->flags);
  return 9;
}

/* page:line(i) */
static int l_page_line(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  if (i < 1 || (size_t)i > page->count) return 0;
  return push_line(L, &page->lines[i - 1]);
}

/* page:fact(i): the first line from i on that states something (a
 * headline, time stamp or dateline, or a line a rule matched): its number
 * and what page:line returns, or nothing. Body lines are passed over in C. */
static int l_page_fact(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2);
  for (size_t j = i < 1 ? 0 : (size_t)i - 1; j < page->count; j++) {
    const kimput_page_line *l = &page->lines[j];
    if (l->rule < 0 && l->cls != KIMPUT_LINE_HEADLINE && l->cls != KIMPUT_LINE_TIMESTAMP &&
        l->cls != KIMPUT_LINE_DATELINE)
      continue;
    lua_pushinteger(L, (lua_Integer)j + 1);
    return 1 + push_line(L, l);
  }
  return 0;
}

/* page:short_furniture(n, max): start and stop of each line among the first n and the last n that is
 * navigation or a credit and at most max bytes long ("dpa", "Oleh AFP": where a wire is credited), in
 * order, as many values as there are such lines (few: one call a page, not one a line). */
static int l_page_short_furniture(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer n = luaL_checkinteger(L, 2), max = luaL_checkinteger(L, 3);
  if (n <= 0 || max < 0) return 0;
  size_t top = (size_t)n < page->count ? (size_t)n : page->count;
  size_t tail = page->count > top + (size_t)n ? page->count - (size_t)n : top;  /* (no line read twice) */
  int pushed = 0;
  for (size_t j = 0; j < page->count; j = j + 1 == top ? tail : j + 1) {
    const kimput_page_line *l = &page->lines[j];
    if ((l->cls != KIMPUT_LINE_NAVIGATION && l->cls != KIMPUT_LINE_CREDIT) || l->end - l->start > (size_t)max)
      continue;
    luaL_checkstack(L, 2, "short_furniture");
    lua_pushinteger(L, (lua_Integer)l->start + 1);
    lua_pushinteger(L, (lua_Integer)l->end);
    pushed += 2;
  }
  return pushed;
}

/* page:body_spans([scan]): the body lines, the opening and closing cut off;
 * the first headline line above the body, when there is one, as the fields
 * headline_start and headline_stop (read by the events stage, which takes the
 * headline's names). With scan, only the lines that hold the literals of
 * SCAN rule `scan` (no headline fields), and nil when there are none (most
 * pages: no table made) */
static int l_page_body_spans(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer scan = luaL_optinteger(L, 2, 0);
  uint32_t mask = scan >= 1 && scan <= 32 ? (uint32_t)1 << (scan - 1) : 0;
  if (mask) {
    size_t i = 0;
    while (i < page->count && (page->lines[i].cls != KIMPUT_LINE_BODY || !(page->lines[i].scan & mask))) i++;
    if (i == page->count) return 0;
  }
  int nbody = 0, headed = 0;  /* the list is made at its size: no growing */
  for (size_t i = 0; i < page->count; i++) {
    nbody += page->lines[i].cls == KIMPUT_LINE_BODY;
    headed |= page->lines[i].cls == KIMPUT_LINE_HEADLINE;
  }
  lua_createtable(L, nbody, headed && !mask ? 2 : 0);
  lua_Integer k = 0;
  int headline = 0;
  for (size_t i = 0; i < page->count; i++) {
    const kimput_page_line *l = &page->lines[i];
    if (!mask && l->cls == KIMPUT_LINE_HEADLINE && !headline && k == 0) {
      headline = 1;
      lua_pushinteger(L, (lua_Integer)l->start + 1);
      lua_setfield(L, -2, "headline_start");
      lua_pushinteger(L, (lua_Integer)l->end);
      lua_setfield(L, -2, "headline_stop");
    }
    if (l->cls != KIMPUT_LINE_BODY || (mask && !(l->scan & mask))) continue;
    uint32_t start = l->start, end = l->end;
    if ((int32_t)i == page->open_line) start = page->open_end;
    if ((int32_t)i == page->close_line) end = page->close_start;
    if (end <= start) continue;
    lua_createtable(L, 2, 0);
    lua_pushinteger(L, (lua_Integer)start + 1);
    lua_rawseti(L, -2, 1);
    lua_pushinteger(L, (lua_Integer)end);
    lua_rawseti(L, -2, 2);
    lua_rawseti(L, -2, ++k);
  }
  return 1;
}

/* The body span of line i, the opening and closing cut off: 0 when nothing is left. */
static int body_span(const kimput_page *page, size_t i, uint32_t *start, uint32_t *end) {
  const kimput_page_line *l = &page->lines[i];
  if (l->cls != KIMPUT_LINE_BODY) return 0;
  *start = (int32_t)i == page->open_line ? page->open_end : l->start;
  *end = (int32_t)i == page->close_line ? page->close_start : l->end;
  return *end > *start;
}

/* page:packed_spans(): the spans of page:body_spans() in one kimput.Spans
 * userdata (lk.h), which the C stages read in place of a list of tables
 * (lk_checkspans): no table per line. It owns no C memory (no finalizer);
 * spans.headline_start and .headline_stop are those of page:body_spans(). */
static int l_page_packed_spans(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  size_t n = 0;
  uint32_t start, end;
  for (size_t i = 0; i < page->count; i++) n += (size_t)body_span(page, i, &start, &end);
  lk_spans *sp = lua_newuserdatauv(L, sizeof *sp + n * 2 * sizeof *sp->pairs, 0);
  sp->n = 0;
  sp->headline_start = sp->headline_end = KIMPUT_UNSET;
  for (size_t i = 0; i < page->count; i++) {
    const kimput_page_line *l = &page->lines[i];
    if (l->cls == KIMPUT_LINE_HEADLINE && sp->n == 0 && sp->headline_start == KIMPUT_UNSET) {
      sp->headline_start = l->start;
      sp->headline_end = l->end;
    }
    if (!body_span(page, i, &start, &end)) continue;
    sp->pairs[2 * sp->n] = start;
    sp->pairs[2 * sp->n + 1] = end;
    sp->n++;
  }
  luaL_setmetatable(L, LK_SPANS);
  return 1;
}

/* page:body(): the text of the spans of page:packed_spans() joined by "\n"
 * (doc:body()), made in the rule set's buffer (kept for the next page) and
 * pushed as one string: no string per line, no Lua buffer per page. */
/* The text of the body spans joined by "\n", in the rule set's buffer
 * (reused from page to page: no allocation once it has grown): its bytes
 * and *size; NULL and 0 for no body. Raises when out of memory. */
static const char *join_body(lua_State *L, const kimput_page *page, lk_pageset *ps, const char *text, size_t *size) {
  size_t n = 0;
  uint32_t start, end;
  *size = 0;
  for (size_t i = 0; i < page->count; i++) {
    if (!body_span(page, i, &start, &end)) continue;
    *size += end - start;
    n++;
  }
  if (n == 0) return NULL;
  *size += n - 1;  /* the newlines between them */
  if (*size > ps->body_cap) {
    char *nb = realloc(ps->body, *size);
    if (!nb) luaL_error(L, "page:body(): out of memory");
    ps->body = nb;
    ps->body_cap = *size;
  }
  char *first = ps->body, *out = first;
  for (size_t i = 0; i < page->count; i++) {
    if (!body_span(page, i, &start, &end)) continue;
    if (out != first) *out++ = '\n';  /* (every span holds a byte) */
    memcpy(out, text + start, end - start);
    out += end - start;
  }
  return first;
}

static int l_page_body(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_getiuservalue(L, 1, 1);
  const char *text = kimput_doc_text(check_doc(L, -1), NULL);
  /* joined in the rule set's buffer, then one Lua string: no Lua buffer
   * (a userdata box per page for the collector) */
  lua_getiuservalue(L, 1, 2);
  size_t size;
  const char *body = join_body(L, page, page_set_at(L, -1), text, &size);
  if (!body) lua_pushliteral(L, "");
  else lua_pushlstring(L, body, size);
  return 1;
}

/* Lua's %s */
static int is_lua_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
static int is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
/* an ASCII letter (Lua's %a) */
static int is_letter(unsigned char c) { return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'); }

/* Does s[0..n) open with Lua's "^%s*" then word? */
static int opens_with(const char *s, size_t n, const char *word) {
  size_t i = 0, w = strlen(word);
  while (i < n && is_lua_space((unsigned char)s[i])) i++;
  return n - i >= w && memcmp(s + i, word, w) == 0;
}

/* Is the date in brackets of body[at..stop) ("(29/4/2022)", 0-based, stop
 * past its ")") a day looked forward to? As the Lua layer read it: no weekday
 * name (weekdays, the table at index wd, lower case keys) as the word right
 * before it among the 40 bytes before (blanks between), or "akan" among them,
 * or within the 25 bytes after it a blank run then "mendatang", "nanti",
 * "depan" or "yang", blanks, "akan". */
static int day_ahead(lua_State *L, int wd, const char *body, size_t size, size_t at, size_t stop) {
  size_t from = at > 40 ? at - 40 : 0;
  const char *before = body + from;
  size_t nb = at - from;
  size_t e = nb;
  while (e > 0 && is_lua_space((unsigned char)before[e - 1])) e--;
  size_t w = e;
  while (w > 0 && is_letter((unsigned char)before[w - 1])) w--;
  int weekday = 0;
  if (w < e) {
    char word[40];
    for (size_t k = w; k < e; k++) word[k - w] = (char)(before[k] | 0x20);  /* (ASCII letters: lower case) */
    lua_pushlstring(L, word, e - w);
    lua_gettable(L, wd);
    weekday = lua_toboolean(L, -1);
    lua_pop(L, 1);
  }
  if (!weekday) return 1;
  for (size_t k = 0; k + 4 <= nb; k++)
    if (memcmp(before + k, "akan", 4) == 0) return 1;
  const char *after = body + stop;
  size_t na = stop < size ? size - stop : 0;
  if (na > 25) na = 25;
  if (opens_with(after, na, "mendatang") || opens_with(after, na, "nanti") || opens_with(after, na, "depan"))
    return 1;
  size_t i = 0;
  while (i < na && is_lua_space((unsigned char)after[i])) i++;
  if (na - i >= 4 && memcmp(after + i, "yang", 4) == 0) {
    size_t j = i + 4, k = j;
    while (k < na && is_lua_space((unsigned char)after[k])) k++;
    if (k > j && na - k >= 4 && memcmp(after + k, "akan", 4) == 0) return 1;
  }
  return 0;
}

/* page:cited_later(cited, weekdays) -> true | false: does the body (as
 * page:body() joins it) report a day later than cited (YYYYMMDD) in the
 * news's form, a weekday then the date in brackets ("Jumat (29/4/2022)"),
 * not a day looked forward to (day_ahead)? Read in the rule set's buffer:
 * no string of the body. Each date in brackets holds a slash: the slashes
 * are found, and a date read where one stands. */
static int l_page_cited_later(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer cited = luaL_checkinteger(L, 2);
  luaL_checktype(L, 3, LUA_TTABLE);
  lua_settop(L, 3);
  lua_getiuservalue(L, 1, 1);
  const char *text = kimput_doc_text(check_doc(L, -1), NULL);
  lua_getiuservalue(L, 1, 2);
  size_t size;
  const char *body = join_body(L, page, page_set_at(L, -1), text, &size);
  const unsigned char *b = (const unsigned char *)body;
  size_t init = 0;
  while (body && init < size) {
    const char *hit = memchr(body + init, '/', size - init);
    if (!hit) break;
    size_t slash = (size_t)(hit - body);
    init = slash + 1;
    /* "(" and one or two digits right before the slash */
    size_t at = SIZE_MAX;
    if (slash >= 3 && b[slash - 3] == '(' && is_digit(b[slash - 2]) && is_digit(b[slash - 1])) at = slash - 3;
    else if (slash >= 2 && b[slash - 2] == '(' && is_digit(b[slash - 1])) at = slash - 2;
    if (at == SIZE_MAX) continue;
    /* "(d[d]/d[d]/dddd)" from there */
    size_t p = slash + 1, mm_at = p, mm_len;
    if (p < size && is_digit(b[p]) && p + 2 < size && is_digit(b[p + 1]) && b[p + 2] == '/') mm_len = 2;
    else if (p < size && is_digit(b[p]) && p + 1 < size && b[p + 1] == '/') mm_len = 1;
    else continue;
    p += mm_len + 1;
    if (p + 5 > size || !is_digit(b[p]) || !is_digit(b[p + 1]) || !is_digit(b[p + 2]) || !is_digit(b[p + 3]) ||
        b[p + 4] != ')')
      continue;
    size_t stop = p + 5;
    init = stop;
    lua_Integer dd = 0, mm = 0, yy = 0;
    for (size_t k = at + 1; k < slash; k++) dd = dd * 10 + (b[k] - '0');
    for (size_t k = mm_at; k < mm_at + mm_len; k++) mm = mm * 10 + (b[k] - '0');
    for (size_t k = p; k < p + 4; k++) yy = yy * 10 + (b[k] - '0');
    if (yy * 10000 + mm * 100 + dd > cited && mm <= 12 && !day_ahead(L, 3, body, size, at, stop)) {
      lua_pushboolean(L, 1);
      return 1;
    }
  }
  lua_pushboolean(L, 0);
  return 1;
}

/* spans.headline_start, spans.headline_stop (1-based, inclusive), as in page:body_spans() */
static int l_spans_index(lua_State *L) {
  const lk_spans *sp = luaL_checkudata(L, 1, LK_SPANS);
  const char *key = lua_tostring(L, 2);
  if (!key || sp->headline_start == KIMPUT_UNSET) return 0;
  if (strcmp(key, "headline_start") == 0) lua_pushinteger(L, (lua_Integer)sp->headline_start + 1);
  else if (strcmp(key, "headline_stop") == 0) lua_pushinteger(L, (lua_Integer)sp->headline_end);
  else return 0;
  return 1;
}

/* #spans: the number of spans */
static int l_spans_len(lua_State *L) {
  lua_pushinteger(L, (lua_Integer)((const lk_spans *)luaL_checkudata(L, 1, LK_SPANS))->n);
  return 1;
}

/* the byte length of the UTF-8 character starting with c (1 for a stray byte) */
static size_t utf8_char_len(unsigned char c) { return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1; }

static int is_trimmed_byte(unsigned char c) {
  return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xC2 || c == 0xA0;
}

/* The groups of a scan rule called `name` (the first ones, up to `max`), 0-terminated. */
static void scan_groups(const kimput_rule *rule, const char *name, uint32_t *out, size_t max) {
  size_t c = 0;
  uint32_t nn = kimput_rule_name_count(rule);
  for (uint32_t i = 0; i < nn && c < max; i++) {
    uint32_t g = 0;
    if (strcmp(kimput_rule_name(rule, i, &g), name) == 0) out[c++] = g;
  }
  out[c] = 0;
}

/* The first group of groups[] that took part in the match, or NULL. */
static const kimput_span *taken(const kimput_span *g, size_t ngroups, const uint32_t *groups) {
  for (const uint32_t *x = groups; *x; x++)
    if (*x < ngroups && g[*x].start != KIMPUT_UNSET) return &g[*x];
  return NULL;
}

/* Calls fn(ctx, g) for every match of SCAN rule k (1-based) in the body
 * lines that may hold its literals (the opening and closing cut off), in
 * text order, as page:scan finds them; raises on a limit hit. With until
 * (a caller that keeps only the earliest match), no match is looked for
 * from *until on. */
typedef void (*scan_fn)(lua_State *L, void *ctx, const kimput_span *g, size_t ngroups);
static void scan_rule(lua_State *L, const kimput_page *page, kimput_doc *doc, lk_pageset *ps, size_t k,
                      scan_fn fn, void *ctx, const uint32_t *until) {
  kimput_rule *rule = ps->scan[k - 1];
  uint32_t mask = k <= 32 ? (uint32_t)1 << (k - 1) : 0;  /* past 32 bits: every body line */
  size_t ngroups = (size_t)kimput_rule_group_count(rule) + 1;
  const char *text = kimput_doc_text(doc, NULL);
  kimput_span *g = ps->groups;
  for (size_t i = 0; i < page->count; i++) {
    const kimput_page_line *l = &page->lines[i];
    if (l->cls != KIMPUT_LINE_BODY || (mask && !(l->scan & mask))) continue;
    size_t start = l->start, end = l->end;
    if ((int32_t)i == page->open_line) start = page->open_end;
    if ((int32_t)i == page->close_line) end = page->close_start;
    if (until && start >= *until) break;
    int folds = page_has_fold_letters(text, start, end);  /* (once a line: the search is linear) */
    if (!page_scan_possible(ps->set, k - 1, text, start, end, folds)) continue;  /* its runs: the span's end */
    for (size_t from = start; start < end && from <= end && !(until && from >= *until);) {
      int found = 0;
      size_t at = page_scan_from(ps->set, k - 1, text, end, from, folds);  /* the places before: in vain */
      if (at == SIZE_MAX) break;
      kimput_status st = kimput_rule_match_doc(rule, doc, start, end, at, g, ngroups, &found);
      if (st == KIMPUT_ERR_LIMIT)
        luaL_error(L, "page scan rule %d: %s (matching from byte %d; simplify the pattern)", (int)k,
                   kimput_rule_error(rule), (int)from + 1);
      if (st != KIMPUT_OK) lk_error(L, "page scan rule", st);
      if (!found) break;
      size_t mend = g[0].end;
      fn(L, ctx, g, ngroups);
      if (mend > from) from = mend;
      else if (from < end) from += utf8_char_len((unsigned char)text[from]);  /* step over an empty match */
      else break;
    }
  }
}

/* page:scan(k, name, ...): the matches of SCAN rule k in the body lines
 * that hold its literals (the opening and closing cut off, as
 * page:body_spans), as one flat list: per match its start, then for each
 * name the text of the group of that name (the first that took part) and
 * its start, false when it did not take part. nil when nothing matched
 * (most pages: no table). Offsets 1-based. */
enum { SCAN_NAMES = 8, SCAN_SAME = 4 };
typedef struct {
  int nnames;
  uint32_t groups[SCAN_NAMES][SCAN_SAME + 1];  /* the groups of each name, in name-table order */
  const char *text;
  int out;              /* stack index of the list, 0 before the first match */
  lua_Integer n;
} flat_scan;

static void flat_match(lua_State *L, void *ctx, const kimput_span *g, size_t ngroups) {
  flat_scan *f = ctx;
  kimput_span hits[SCAN_NAMES], whole = g[0];  /* copied: the pushes below may run a finalizer */
  for (int a = 0; a < f->nnames; a++) {
    const kimput_span *hit = taken(g, ngroups, f->groups[a]);
    hits[a] = hit ? *hit : (kimput_span){KIMPUT_UNSET, KIMPUT_UNSET};
  }
  if (!f->out) {
    lua_createtable(L, 4 * (1 + 2 * f->nnames), 0);  /* room for a few matches: no growing on most pages */
    f->out = lua_gettop(L);
  }
  lua_pushinteger(L, (lua_Integer)whole.start + 1);
  lua_rawseti(L, f->out, ++f->n);
  for (int a = 0; a < f->nnames; a++) {
    if (hits[a].start != KIMPUT_UNSET) lua_pushlstring(L, f->text + hits[a].start, hits[a].end - hits[a].start);
    else lua_pushboolean(L, 0);
    lua_rawseti(L, f->out, ++f->n);
    if (hits[a].start != KIMPUT_UNSET) lua_pushinteger(L, (lua_Integer)hits[a].start + 1);
    else lua_pushboolean(L, 0);
    lua_rawseti(L, f->out, ++f->n);
  }
}

static int l_page_scan(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer k = luaL_checkinteger(L, 2);
  flat_scan f;
  f.nnames = lua_gettop(L) - 2;
  if (f.nnames > SCAN_NAMES) return luaL_argerror(L, SCAN_NAMES + 3, "too many group names");
  lua_getiuservalue(L, 1, 1);
  kimput_doc *doc = check_doc(L, -1);
  f.text = kimput_doc_text(doc, NULL);
  lua_getiuservalue(L, 1, 2);
  lk_pageset *ps = page_set_at(L, -1);
  if (k < 1 || (size_t)k > ps->nscan) return luaL_argerror(L, 2, "no such scan rule");
  for (int a = 0; a < f.nnames; a++) scan_groups(ps->scan[k - 1], luaL_checkstring(L, a + 3), f.groups[a], SCAN_SAME);
  f.out = 0;
  f.n = 0;
  scan_rule(L, page, doc, ps, (size_t)k, flat_match, &f, NULL);
  if (!f.out) return 0;
  lua_pushvalue(L, f.out);
  return 1;
}

/* The scan bits of the page's body lines, or'ed: bit k-1 when SCAN rule k
 * may match one of them (one pass over the lines for all of a kind's rules). */
static uint32_t body_scans(const kimput_page *page) {
  uint32_t scans = 0;
  for (size_t i = 0; i < page->count; i++)
    if (page->lines[i].cls == KIMPUT_LINE_BODY) scans |= page->lines[i].scan;
  return scans;
}

/* Is SCAN rule k worth running over the page? Not when no body line holds
 * its literals (a rule past the 32nd has no bit: any page with lines). */
static int scan_wanted(const kimput_page *page, uint32_t scans, size_t k) {
  return k <= 32 ? (int)(scans >> (k - 1) & 1) : page->count > 0;
}

/* The 1-based range [first, last] of SCAN rules an argument pair names (checked). */
static void scan_range(lua_State *L, int idx, const lk_pageset *ps, size_t *first, size_t *last) {
  lua_Integer a = luaL_checkinteger(L, idx), b = luaL_checkinteger(L, idx + 1);
  if (a < 1 || b > (lua_Integer)ps->nscan || (a > b + 1)) luaL_argerror(L, idx, "no such scan rules");
  *first = (size_t)a;
  *last = (size_t)b;
}

/* A name found on the page: its key in text order (the start of the group,
 * or the credit line's start) and its bytes. */
typedef struct {
  uint32_t pos, start, end;
} source_hit;

/* The names of page:sources(), in a buffer that grows in a userdata (the
 * collector frees it, even when a match raises). */
typedef struct {
  source_hit *v;
  size_t n, cap;
  int slot;             /* stack index of the userdata holding v, 0 while v is `local` */
  source_hit local[16];
  uint32_t source[5], source2[5];
} source_list;

static void add_hit(lua_State *L, source_list *s, uint32_t pos, uint32_t start, uint32_t end) {
  if (s->n == s->cap) {
    size_t ncap = s->cap * 2;
    source_hit *nv = lua_newuserdatauv(L, 2 * ncap * sizeof *nv, 0);  /* and room for the sort */
    memcpy(nv, s->v, s->n * sizeof *nv);
    if (s->slot) lua_replace(L, s->slot);
    else s->slot = lua_gettop(L);
    s->v = nv;
    s->cap = ncap;
  }
  s->v[s->n].pos = pos;
  s->v[s->n].start = start;
  s->v[s->n].end = end;
  s->n++;
}

static void source_match(lua_State *L, void *ctx, const kimput_span *g, size_t ngroups) {
  source_list *s = ctx;
  const kimput_span *a = taken(g, ngroups, s->source), *b = taken(g, ngroups, s->source2);
  kimput_span sa = a ? *a : g[0], sb = b ? *b : g[0];  /* copied: add_hit may run a finalizer */
  if (a) add_hit(L, s, sa.start + 1, sa.start, sa.end);
  if (b) add_hit(L, s, sb.start + 1, sb.start, sb.end);
}


/* The names of a credit line's value: split at [,;/] and at " dan ", as
 * Lua's (v .. ","):gmatch("(.-)%s*[,;/]%s*") then (part .. " dan "):gmatch("(.-)%s+dan%s+")
 * would (empty names left out). Each run of spaces is read once. */
static void credited_names(lua_State *L, source_list *s, const char *text, uint32_t pos, uint32_t vs, uint32_t ve) {
  const unsigned char *t = (const unsigned char *)text;
  uint32_t p = vs;
  while (p < ve) {
    /* a web address's scheme is no name ("Sumber : https://situs.com": the site) */
    for (uint32_t k = 4; k <= 5; k++)
      if (p + k + 3 <= ve && (t[p] | 0x20) == 'h' && (t[p + 1] | 0x20) == 't' && (t[p + 2] | 0x20) == 't' &&
          (t[p + 3] | 0x20) == 'p' && (k == 4 || (t[p + 4] | 0x20) == 's') && t[p + k] == ':' && t[p + k + 1] == '/' &&
          t[p + k + 2] == '/') {
        p += k + 3;
        break;
      }
    /* the part: up to the first separator, the spaces before it left out
     * (the value ends as if with ",") */
    uint32_t e = p, w = ve;
    while (e < ve) {
      uint32_t r = e;
      while (r < ve && is_lua_space(t[r])) r++;
      if (r == ve || t[r] == ',' || t[r] == ';' || t[r] == '/') { w = r; break; }
      e = r > e ? r : e + 1;
    }
    /* its names: up to each run of spaces followed by "dan" and a space
     * (the part ends as if with " dan ") */
    uint32_t q = p;
    while (q < e) {
      uint32_t f = q, d = e;
      while (f < e) {
        if (!is_lua_space(t[f])) { f++; continue; }
        for (d = f; d < e && is_lua_space(t[d]); d++) {}
        if (d == e || (d + 3 <= e && memcmp(t + d, "dan", 3) == 0 && (d + 3 == e || is_lua_space(t[d + 3])))) break;
        f = d;
      }
      if (f > q) add_hit(L, s, pos, q, f);
      if (f >= e || d + 3 >= e) break;
      q = d + 3;
      while (q < e && is_lua_space(t[q])) q++;
    }
    p = w < ve ? w + 1 : ve;
    while (p < ve && is_lua_space(t[p])) p++;
  }
}

/* stable merge sort of the hits by pos (scratch: as many after them) */
static void sort_hits(source_hit *v, size_t n, source_hit *tmp) {
  for (size_t width = 1; width < n; width *= 2) {
    for (size_t lo = 0; lo < n; lo += 2 * width) {
      size_t mid = lo + width < n ? lo + width : n, hi = lo + 2 * width < n ? lo + 2 * width : n;
      size_t i = lo, j = mid, k = lo;
      while (i < mid && j < hi) tmp[k++] = v[j].pos < v[i].pos ? v[j++] : v[i++];
      while (i < mid) tmp[k++] = v[i++];
      while (j < hi) tmp[k++] = v[j++];
    }
    memcpy(v, tmp, n * sizeof *v);
  }
}

/* The parts of a credit or time stamp line after a bar ("Sumber : X | Editor :
 * Y", "Editor: A | Sumber: B"), each matched alone against the line rules as
 * if on a line of its own (a rule gives a line one field): the next part
 * from *from on whose rule is a credit's editor, translator or sources field
 * with a value, its field and value set, or a time stamp's (FIELD_PUBLISHED,
 * the part its value); 0 when none is left. *from is UINT32_MAX at the first
 * call. Only lines holding a bar past their value are read (few: no table, no
 * allocation). */
static int credit_part(lk_pageset *ps, const kimput_doc *doc, const char *text, const kimput_page_line *l,
                       uint32_t *from, uint8_t *field, kimput_span *value) {
  if (l->cls != KIMPUT_LINE_CREDIT && l->cls != KIMPUT_LINE_TIMESTAMP) return 0;
  if (*from == UINT32_MAX) *from = l->value_start != KIMPUT_UNSET && l->value_end <= l->end ? l->value_end : l->start;
  while (*from < l->end) {
    const char *bar = memchr(text + *from, '|', l->end - *from);
    if (!bar) break;
    /* the part and what follows it, as a line that starts after the bar (the rules
       read a bar and what follows as theirs: "Rabu, 27 Maret 2024 | 16:10 WIB") */
    uint32_t s = (uint32_t)(bar - text) + 1, t = l->end;
    *from = s;
    while (s < t && is_trimmed_byte((unsigned char)text[s])) s++;
    while (t > s && is_trimmed_byte((unsigned char)text[t - 1])) t--;
    /* a time stamp's clock time or date after its bar ("| 09:15 WIB") holds no label:
       only a credit's date is read (the stamp line states its own) */
    if (l->cls == KIMPUT_LINE_TIMESTAMP && s < t && !((text[s] | 0x20) >= 'a' && (text[s] | 0x20) <= 'z')) continue;
    page_match m;
    if (t <= s || page_match_range(ps->set, KIMPUT_PAGE_LINE, doc, s, t, 1, NULL, NULL, &m) != KIMPUT_OK ||
        m.rule < 0 || (size_t)m.rule >= ps->nfields)
      continue;
    const kimput_page_rule *info = &ps->set->kinds[KIMPUT_PAGE_LINE].rules[m.rule].info;
    if (info->cls == KIMPUT_LINE_TIMESTAMP && !(info->flags & KIMPUT_PAGE_UPDATED)) {
      *field = FIELD_PUBLISHED;  /* "Penulis: A | Editor: B | 27 Maret 2024": the page's date */
      value->start = s;
      value->end = t;
      return 1;
    }
    if (m.value.start == KIMPUT_UNSET) continue;
    uint8_t f = ps->fields[m.rule];
    if (f != FIELD_EDITOR && f != FIELD_TRANSLATOR && f != FIELD_SOURCES) continue;
    *field = f;
    *value = m.value;
    return 1;
  }
  *from = l->end;
  return 0;
}

/* Is line j a credit between two paragraphs? "Sumber: BPS" under a table
 * inside the article credits the figure's data, not the article: its
 * sources field names no source of the article. */
static int between_paragraphs(const kimput_page *page, size_t j) {
  return j > 0 && j + 1 < page->count && page->lines[j - 1].cls == KIMPUT_LINE_BODY &&
         page->lines[j + 1].cls == KIMPUT_LINE_BODY;
}

/* page:sources(first, last) -> { name, ... } | nil: the names the body's
 * source phrases give (groups source and source2 of SCAN rules first..last,
 * over the lines that may hold their literals) and those of the credit
 * lines of the sources field (split at , ; / and "dan"), in text order, as
 * found (not cleaned); nil when there are none (most pages: no table). */
/* Pushes page:sources()'s list and returns 1, or returns 0 for none (a
 * buffer it grew may stay on the stack below the list). */
static int push_sources(lua_State *L, const kimput_page *page, kimput_doc *doc, lk_pageset *ps, size_t first,
                        size_t last) {
  const char *text = kimput_doc_text(doc, NULL);
  source_list s;
  s.v = s.local;
  s.n = 0;
  s.cap = sizeof s.local / sizeof *s.local / 2;  /* half of it is the sort's scratch */
  s.slot = 0;
  uint32_t scans = first <= last ? body_scans(page) : 0;
  for (size_t k = first; k <= last; k++) {
    if (!scan_wanted(page, scans, k)) continue;  /* no line holds its literals */
    memcpy(s.source, ps->named[k - 1][SG_SOURCE], sizeof s.source);
    memcpy(s.source2, ps->named[k - 1][SG_SOURCE2], sizeof s.source2);
    scan_rule(L, page, doc, ps, k, source_match, &s, NULL);
  }
  for (size_t j = 0; j < page->count; j++) {
    const kimput_page_line *l = &page->lines[j];
    if (l->rule < 0 || (size_t)l->rule >= ps->nfields || ps->fields[l->rule] != FIELD_SOURCES ||
        l->value_start == KIMPUT_UNSET || between_paragraphs(page, j))
      continue;
    uint32_t vs = l->value_start, ve = l->value_end;
    while (vs < ve && is_trimmed_byte((unsigned char)text[vs])) vs++;
    while (ve > vs && is_trimmed_byte((unsigned char)text[ve - 1])) ve--;
    if (ve > vs) credited_names(L, &s, text, l->start + 1, vs, ve);
  }
  for (size_t j = 0; j < page->count; j++) {  /* "Editor: A | Sumber: B": the parts after a bar */
    const kimput_page_line *l = &page->lines[j];
    if (l->cls != KIMPUT_LINE_CREDIT && l->cls != KIMPUT_LINE_TIMESTAMP) continue;
    uint32_t from = UINT32_MAX;
    uint8_t field;
    kimput_span v;
    while (credit_part(ps, doc, text, l, &from, &field, &v)) {
      if (field != FIELD_SOURCES) continue;
      while (v.start < v.end && is_trimmed_byte((unsigned char)text[v.start])) v.start++;
      while (v.end > v.start && is_trimmed_byte((unsigned char)text[v.end - 1])) v.end--;
      if (v.end > v.start) credited_names(L, &s, text, l->start + 1, v.start, v.end);
    }
  }
  if (s.n == 0) return 0;
  sort_hits(s.v, s.n, s.v + s.cap);
  lua_createtable(L, (int)s.n, 0);
  for (size_t i = 0; i < s.n; i++) {
    lua_pushlstring(L, text + s.v[i].start, s.v[i].end - s.v[i].start);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  return 1;
}

/* The arguments of page:sources(first, last) and page:published(first, last, ...):
 * the page at 1, its document and rule set (pushed, kept alive on the stack), and
 * the range of scan rules at 2 and 3. */
static kimput_page *page_scan_args(lua_State *L, kimput_doc **doc, lk_pageset **ps, size_t *first, size_t *last) {
  kimput_page *page = check_page(L, 1);
  lua_getiuservalue(L, 1, 1);
  *doc = check_doc(L, -1);
  lua_getiuservalue(L, 1, 2);
  *ps = page_set_at(L, -1);
  scan_range(L, 2, *ps, first, last);
  return page;
}

static int l_page_sources(lua_State *L) {
  kimput_doc *doc;
  lk_pageset *ps;
  size_t first, last;
  kimput_page *page = page_scan_args(L, &doc, &ps, &first, &last);
  return push_sources(L, page, doc, ps, first, last);
}

/* Writes v (0 <= v < 10^width) as `width` decimal digits at out; returns
 * the byte after them (the ISO dates' numbers, without snprintf's parsing). */
static char *put_digits(char *out, int v, int width) {
  for (int i = width - 1; i >= 0; i--) {
    out[i] = (char)('0' + v % 10);
    v /= 10;
  }
  return out + width;
}

/* Writes "YYYY-MM-DD" ("XXXX-MM-DD" for a year < 0), then "THH:MM" when
 * hh >= 0, NUL-terminated, at out (17 bytes at most); the numbers within
 * their ranges (year < 10000, month, day, hour and minute of two digits). */
static void format_iso(char *out, int year, int month, int day, int hh, int mi) {
  if (year < 0) {
    memcpy(out, "XXXX", 4);
    out += 4;
  } else {
    out = put_digits(out, year, 4);
  }
  *out++ = '-';
  out = put_digits(out, month, 2);
  *out++ = '-';
  out = put_digits(out, day, 2);
  if (hh >= 0) {
    *out++ = 'T';
    out = put_digits(out, hh, 2);
    *out++ = ':';
    out = put_digits(out, mi, 2);
  }
  *out = '\0';
}

/* What page:published() keeps of the matches. */
typedef struct {
  uint32_t day[5], month[5], month_name[5], year[5];
  const char *text;
  int months;           /* stack index of the month names table */
  uint32_t best_at;     /* the earliest match's start, UINT32_MAX before any */
  char best[48];
} published_scan;

static int two_digits(const char *s, const kimput_span *g, int *v) {
  size_t n = g->end - g->start;
  if (n < 1 || n > 2) return 0;
  *v = 0;
  for (size_t i = 0; i < n; i++) {
    if (s[g->start + i] < '0' || s[g->start + i] > '9') return 0;
    *v = *v * 10 + (s[g->start + i] - '0');
  }
  return 1;
}

static void published_match(lua_State *L, void *ctx, const kimput_span *g, size_t ngroups) {
  published_scan *p = ctx;
  uint32_t at = g[0].start;
  const kimput_span *day = taken(g, ngroups, p->day), *month = taken(g, ngroups, p->month),
                    *name = taken(g, ngroups, p->month_name), *year = taken(g, ngroups, p->year);
  int d = 0, m = 0, y = 2000;
  if (at >= p->best_at || !day || !two_digits(p->text, day, &d)) return;
  if (year) {  /* four digits */
    if (year->end - year->start != 4) return;
    y = 0;
    for (uint32_t i = year->start; i < year->end; i++) {
      if (p->text[i] < '0' || p->text[i] > '9') return;
      y = y * 10 + (p->text[i] - '0');
    }
  }
  int has_year = year != NULL;
  if (!month || !two_digits(p->text, month, &m)) {  /* no number: the month's name */
    m = 0;
    if (!name || name->end - name->start > 32) return;
    char lower[33];
    size_t n = name->end - name->start;
    for (size_t i = 0; i < n; i++) {
      unsigned char c = (unsigned char)p->text[name->start + i];
      lower[i] = (char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
    }
    lua_pushlstring(L, lower, n);  /* may run a finalizer: g is not read after it */
    int isnum = 0;
    lua_Integer v = lua_gettable(L, p->months) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isnum) : 0;
    lua_pop(L, 1);
    if (!isnum) return;
    m = v < 1 || v > 12 ? 0 : (int)v;
  }
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (m < 1 || m > 12 || d < 1 || d > days[m - 1]) return;
  if (m == 2 && d == 29 && !(y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return;
  p->best_at = at;
  format_iso(p->best, has_year ? y : -1, m, d, -1, 0);
}

/* page:published(first, last, months) -> "YYYY-MM-DD" | nil: the date the
 * earliest match of SCAN rules first..last states in the body (groups day,
 * month or month_name, year; a month's name read in months, a table of
 * lower-case names to numbers; no year: XXXX-MM-DD), or nil. */
/* Pushes page:published()'s date and returns 1, or returns 0 (months: the
 * stack index of the month names). */
static int push_published(lua_State *L, const kimput_page *page, kimput_doc *doc, lk_pageset *ps, size_t first,
                          size_t last, int months) {
  published_scan p;
  p.text = kimput_doc_text(doc, NULL);
  p.months = months;
  p.best_at = UINT32_MAX;
  uint32_t scans = first <= last ? body_scans(page) : 0;
  for (size_t k = first; k <= last; k++) {
    if (!scan_wanted(page, scans, k)) continue;
    memcpy(p.day, ps->named[k - 1][SG_DAY], sizeof p.day);
    memcpy(p.month, ps->named[k - 1][SG_MONTH], sizeof p.month);
    memcpy(p.month_name, ps->named[k - 1][SG_MONTH_NAME], sizeof p.month_name);
    memcpy(p.year, ps->named[k - 1][SG_YEAR], sizeof p.year);
    scan_rule(L, page, doc, ps, k, published_match, &p, &p.best_at);  /* a later match is not kept */
  }
  if (p.best_at == UINT32_MAX) return 0;
  lua_pushstring(L, p.best);
  return 1;
}

static int l_page_published(lua_State *L) {
  kimput_doc *doc;
  lk_pageset *ps;
  size_t first, last;
  kimput_page *page = page_scan_args(L, &doc, &ps, &first, &last);
  luaL_checktype(L, 4, LUA_TTABLE);
  return push_published(L, page, doc, ps, first, last, 4);
}

/* page:sub(start, stop): text:sub of the document's text, without copying the whole text */
static int l_page_sub(lua_State *L) {
  check_page(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2), j = luaL_checkinteger(L, 3);
  lua_getiuservalue(L, 1, 1);
  size_t len;
  const char *text = kimput_doc_text(check_doc(L, -1), &len);
  if (i < 1) i = 1;
  if (j > (lua_Integer)len) j = (lua_Integer)len;
  if (i > j) lua_pushliteral(L, "");
  else lua_pushlstring(L, text + i - 1, (size_t)(j - i + 1));
  return 1;
}

/* Pushes text[start..end) with the bytes Lua's "[%s\194\160]" matches taken
 * off both ends (as the Lua layer trims values), or nil when unset. */
static void push_trimmed(lua_State *L, const char *text, uint32_t start, uint32_t end) {
  if (start == KIMPUT_UNSET) {
    lua_pushnil(L);
    return;
  }
  while (start < end && is_trimmed_byte((unsigned char)text[start])) start++;
  while (end > start && is_trimmed_byte((unsigned char)text[end - 1])) end--;
  lua_pushlstring(L, text + start, end - start);
}

/* ------------------------------------------------------------ time stamps
 *
 * A time stamp line read as page.lua once read it with Lua patterns (the
 * same first match, the same backtracking): the first ISO date
 * (2024-03-14), else the first "day month-name year" whose name is a month,
 * else the first "month-name day, year", else the first "d/m/yyyy" (or d-m-yyyy,
 * d.m.yyyy); then
 * the time after it ("14:33", "02:05 PM"), and a zone name (WITA, WIT, WIB)
 * or a numeric zone ("+0700"). Spaces are Lua's %s and the bytes of U+00A0. */

static int is_stamp_space(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r') || c == 0xC2 || c == 0xA0; }
static int digits_value(const unsigned char *s, size_t n) {
  int v = 0;
  for (size_t i = 0; i < n; i++) v = v * 10 + (s[i] - '0');
  return v;
}
static int four_digits(const unsigned char *s, size_t at, size_t n) {
  return at + 4 <= n && is_digit(s[at]) && is_digit(s[at + 1]) && is_digit(s[at + 2]) && is_digit(s[at + 3]);
}
static size_t skip_spaces(const unsigned char *s, size_t i, size_t n) {
  while (i < n && is_stamp_space(s[i])) i++;
  return i;
}

/* A date found in a stamp: numbers, and where the rest of the line starts. */
typedef struct {
  int year, month, day;
  size_t rest;
} stamp_date;

/* The month a name is (months: the lexicon's table at that stack index),
 * 0 when the table has no number for it. */
static int month_named(lua_State *L, int months, const unsigned char *name, size_t n) {
  char lower[32];
  if (n > sizeof lower) return 0;
  for (size_t i = 0; i < n; i++) lower[i] = (char)(name[i] >= 'A' && name[i] <= 'Z' ? name[i] | 0x20 : name[i]);
  lua_pushlstring(L, lower, n);
  int isnum = 0;
  lua_Integer v = lua_gettable(L, months) == LUA_TNUMBER ? lua_tointegerx(L, -1, &isnum) : 0;
  lua_pop(L, 1);
  return !isnum ? 0 : v < 1 || v > 12 ? -1 : (int)v;  /* -1: a month out of range, no date */
}

/* "(%d%d?)SP(%a+)%.?,?SP(%d%d%d%d)" at p (day first; a comma may stand for the space) or
 * "(%a+)%.?SP(%d%d?),?SP(%d%d%d%d)" (month first): the match's end, or 0; the day's and name's spans,
 * the year's start. */
static size_t named_date_at(const unsigned char *s, size_t n, size_t p, int month_first, size_t *day, size_t *dayn,
                            size_t *name, size_t *namen, size_t *year) {
  if (month_first) {
    size_t a = p;
    while (a < n && is_letter(s[a])) a++;
    if (a == p) return 0;
    size_t b = a < n && s[a] == '.' ? a + 1 : a, c = skip_spaces(s, b, n);
    if (c == b) return 0;
    for (size_t dl = 2; dl >= 1; dl--) {
      if (c + dl > n || !is_digit(s[c]) || (dl == 2 && !is_digit(s[c + 1]))) continue;
      size_t e = c + dl;
      /* an English ordinal after the day: "Nov 9th 2024" */
      if (e + 1 < n && ((s[e] == 's' && s[e + 1] == 't') || (s[e] == 'n' && s[e + 1] == 'd') ||
                        (s[e] == 'r' && s[e + 1] == 'd') || (s[e] == 't' && s[e + 1] == 'h')) &&
          (e + 2 >= n || !is_letter(s[e + 2])))
        e += 2;
      if (e < n && s[e] == ',') e++;
      size_t f = skip_spaces(s, e, n);
      if (f == e || !four_digits(s, f, n)) continue;
      *day = c, *dayn = dl, *name = p, *namen = a - p, *year = f;
      return f + 4;
    }
    return 0;
  }
  for (size_t dl = 2; dl >= 1; dl--) {
    if (p + dl > n || !is_digit(s[p]) || (dl == 2 && !is_digit(s[p + 1]))) continue;
    size_t r = skip_spaces(s, p + dl, n);
    int hyphens = r < n && s[r] == '-';  /* "12-Jun-2024", spaced too: "08 - Dec - 2020" */
    if (hyphens) r = skip_spaces(s, r + 1, n);
    else if (r == p + dl) continue;
    size_t a = r;
    while (a < n && is_letter(s[a])) a++;
    if (a == r) continue;
    size_t b = a < n && s[a] == '.' ? a + 1 : a, c;
    if (hyphens) {
      b = skip_spaces(s, b, n);
      if (b >= n || s[b] != '-') continue;
      c = skip_spaces(s, b + 1, n);
    } else {
      if (b < n && s[b] == ',') b++;  /* "12 Juni, 2024" */
      c = skip_spaces(s, b, n);
      if (c == b && s[b - 1] != ',') continue;
    }
    if (!four_digits(s, c, n)) continue;
    *day = p, *dayn = dl, *name = r, *namen = a - r, *year = c;
    return c + 4;
  }
  return 0;
}

/* The first named date (gmatch: the next match is looked for after the one
 * whose name is no month); 1 when found (month -1: a name out of range). */
static int named_date(lua_State *L, int months, const unsigned char *s, size_t n, int month_first, stamp_date *d) {
  for (size_t p = 0; p < n;) {
    size_t day, dayn, name, namen, year;
    size_t end = named_date_at(s, n, p, month_first, &day, &dayn, &name, &namen, &year);
    if (!end) {
      p++;
      continue;
    }
    int m = month_named(L, months, s + name, namen);
    if (m) {
      d->year = digits_value(s + year, 4);
      d->month = m;
      d->day = digits_value(s + day, dayn);
      d->rest = end;
      return 1;
    }
    p = end;
  }
  return 0;
}

/* Indonesia's zones by name (WITA before WIT, its prefix) and their offsets, then a foreign bureau's
 * local time by its zone's or its country's name ("14:05 JST", "14:05 waktu Jepang"; "waktu setempat"
 * names none) */
static const char *const zone_names[] = {"WITA", "WIT", "WIB", "JST", "KST", "WAKTU JEPANG", "WAKTU KOREA",
                                         "SGT", "MYT", "WAKTU SINGAPURA", "WAKTU MALAYSIA"};
static const char *const zone_offsets[] = {"+08:00", "+09:00", "+07:00", "+09:00", "+09:00", "+09:00", "+09:00",
                                           "+08:00", "+08:00", "+08:00", "+08:00"};

/* s[0..n) is the zone's name in capitals, in any case ("WIB", "Wib", "wib"). */
static int zone_named(const unsigned char *s, const char *name, size_t n) {
  for (size_t i = 0; i < n; i++)
    if ((s[i] >= 'a' && s[i] <= 'z' ? s[i] - 0x20 : s[i]) != (unsigned char)name[i]) return 0;
  return 1;
}

/* An offset from GMT or UTC as a word of s ("GMT+7", "UTC +07:00", "GMT" alone: +00:00) into zone: 1
 * when found. */
static int gmt_zone(const unsigned char *s, size_t n, char zone[]) {
  for (size_t i = 0; i + 3 <= n; i++) {
    if ((!zone_named(s + i, "GMT", 3) && !zone_named(s + i, "UTC", 3)) || (i > 0 && is_letter(s[i - 1])) ||
        (i + 3 < n && is_letter(s[i + 3])))
      continue;
    size_t u = i + 3 < n && (s[i + 3] == ' ' || s[i + 3] == 0xC2) ? i + 4 : i + 3;  /* "GMT +7" */
    if (u < n && s[u] == 0xA0) u++;
    if (u + 1 >= n || (s[u] != '+' && s[u] != '-') || !is_digit(s[u + 1])) {
      memcpy(zone, "+00:00", sizeof "+00:00");
      return 1;
    }
    size_t h = u + 1, hl = h + 1 < n && is_digit(s[h + 1]) ? 2 : 1, m = h + hl;
    int zh = digits_value(s + h, hl), zm = 0;
    if (m < n && s[m] == ':') m++;
    if (m + 1 < n && is_digit(s[m]) && is_digit(s[m + 1])) zm = digits_value(s + m, 2);
    if (zh < 0 || zh > 14 || zm < 0 || zm > 59) return 0;  /* (two digits each, as the format writes them) */
    snprintf(zone, 16, "%c%02d:%02d", s[u], zh, zm);
    return 1;
  }
  return 0;
}

/* A clock time at s[t] ("14:33", "9.05"): the offset after its minutes, its hours' digits
 * in *hl (two when there are); 0 when none is there. */
static size_t clock_at(const unsigned char *s, size_t t, size_t n, size_t *hl) {
  if (t >= n || !is_digit(s[t])) return 0;
  *hl = t + 1 < n && is_digit(s[t + 1]) ? 2 : 1;
  if (t + *hl + 2 >= n || (s[t + *hl] != ':' && s[t + *hl] != '.') || !is_digit(s[t + *hl + 1]) ||
      !is_digit(s[t + *hl + 2]))
    return 0;
  return t + *hl + 3;
}

/* A clock time that opens a line, after up to two words ("15:20 WIB, Rabu ...", "Pukul 15.20 | ...",
 * "Dipublikasikan pada 15:20 WIB, ..."): 1 + its offset, or 0 (not the start of a date with dots,
 * "12.03.2024"). */
static size_t leading_time(const unsigned char *s, size_t n) {
  size_t t = 0;
  for (int k = 0; k < 2 && t < n && is_letter(s[t]); k++) {  /* a label's words, each ended by a space */
    size_t w = t;
    while (w < n && w - t < 20 && is_letter(s[w])) w++;
    if (w < n && s[w] == ':') w++;
    size_t u = skip_spaces(s, w, n);
    if (u == w) return 0;
    t = u;
  }
  size_t hl, e = clock_at(s, t, n, &hl);
  if (!e) return 0;
  if (e + 2 < n && s[e] == ':' && is_digit(s[e + 1]) && is_digit(s[e + 2])) e += 3;  /* "15:20:05" */
  if (e < n && (is_digit(s[e]) || ((s[e] == '.' || s[e] == ':') && e + 1 < n && is_digit(s[e + 1])))) return 0;
  return t + 1;
}

/* The length of the word of words (lower case, ASCII) that starts at s[i], a whole word; 0 for none. */
static size_t word_at(const unsigned char *s, size_t n, size_t i, const char *const *words, size_t count) {
  if (i >= n || !is_letter(s[i]) || (i > 0 && is_letter(s[i - 1]))) return 0;
  for (size_t w = 0; w < count; w++) {
    size_t k = 0, len = strlen(words[w]);
    while (k < len && i + k < n && (s[i + k] | 0x20) == (unsigned char)words[w][k]) k++;
    if (k == len && (i + k >= n || !is_letter(s[i + k]))) return len;
  }
  return 0;
}

/* The date of a stamp line, as ISO text in value ("" for none), and its zone ("" for none). */
enum { STAMP_VALUE = 48, STAMP_ZONE = 16 };
static void parse_stamp(lua_State *L, int months, const unsigned char *s, size_t n, char value[STAMP_VALUE],
                        char zone[STAMP_ZONE]) {
  value[0] = zone[0] = '\0';
  /* an update first, then the original: "Diperbarui 12 Jun 2024, 16:00 WIB · Terbit 12 Jun 2024, 14:05 WIB"
   * was published at 14:05 (what follows the original's label is read) */
  static const char *const updates[] = {"diperbarui", "diperbaharui", "diupdate", "updated", "update", "pembaruan"};
  static const char *const originals[] = {"terbit", "diterbitkan", "dipublikasikan", "published", "tayang"};
  enum { UPDATES = sizeof updates / sizeof *updates, ORIGINALS = sizeof originals / sizeof *originals };
  size_t upd = word_at(s, n, 0, updates, UPDATES);
  for (size_t i = upd; upd && i < n; i++) {
    size_t len = word_at(s, n, i, originals, ORIGINALS);
    if (len) {
      s += i + len;
      n -= i + len;
      break;
    }
  }
  /* an original first, then its update: "October 02, 2020 Last Updated 2020-10-01T20:13:30Z" was published on
   * the 2nd (the part before the update's word is read when it has a year) */
  for (size_t i = 1, run4 = 0, digits = 0; !upd && i < n; i++) {
    digits = is_digit(s[i - 1]) ? digits + 1 : 0;
    if (digits >= 4) run4 = 1;
    if (run4 && s[i - 1] == ' ' && word_at(s, n, i, updates, UPDATES)) {
      n = i;
      break;
    }
  }
  /* each form below has a year of four digits: a line without four digits
   * in a row states no date (an opening, "JAKARTA - ", is read for nothing) */
  size_t run = 0;
  for (size_t i = 0; i < n && run < 4; i++) run = is_digit(s[i]) ? run + 1 : 0;
  if (run < 4) return;
  stamp_date d = {0, 0, 0, 0};
  int found = 0;
  for (size_t p = 0; !found && p + 10 <= n; p++) {  /* 2024-03-14, 2024/03/14 */
    if (four_digits(s, p, n) && (s[p + 4] == '-' || s[p + 4] == '/') && is_digit(s[p + 5]) && is_digit(s[p + 6]) &&
        s[p + 7] == s[p + 4] && is_digit(s[p + 8]) && is_digit(s[p + 9])) {
      d.year = digits_value(s + p, 4);
      d.month = digits_value(s + p + 5, 2);
      d.day = digits_value(s + p + 8, 2);
      d.rest = p + 10;
      found = 1;
    }
  }
  /* a scraper's month alone, "date 2023-09": the month the page states */
  if (!found && n >= 7 && four_digits(s, n - 7, n) && s[n - 3] == '-' && is_digit(s[n - 2]) && is_digit(s[n - 1]) &&
      n >= 12 && memcmp(s, "date ", 5) == 0 && skip_spaces(s, 5, n) == n - 7) {
    int y = digits_value(s + n - 7, 4), m = digits_value(s + n - 2, 2);
    if (m >= 1 && m <= 12) snprintf(value, STAMP_VALUE, "%04d-%02d", y, m);
    return;
  }
  if (!found) found = named_date(L, months, s, n, 0, &d);
  if (!found) found = named_date(L, months, s, n, 1, &d);
  for (size_t p = 0; !found && p < n; p++) {  /* 12/5/2024, 05-12-2024, 12.03.2024 */
    for (size_t dl = 2; !found && dl >= 1; dl--) {
      if (p + dl >= n || !is_digit(s[p]) || (dl == 2 && !is_digit(s[p + 1])) ||
          (s[p + dl] != '/' && s[p + dl] != '-' && s[p + dl] != '.'))
        continue;
      unsigned char sep = s[p + dl];
      size_t q = p + dl + 1;
      for (size_t ml = 2; !found && ml >= 1; ml--) {
        if (q + ml >= n || !is_digit(s[q]) || (ml == 2 && !is_digit(s[q + 1])) || s[q + ml] != sep ||
            !four_digits(s, q + ml + 1, n))
          continue;
        d.day = digits_value(s + p, dl);
        d.month = digits_value(s + q, ml);
        d.year = digits_value(s + q + ml + 1, 4);
        d.rest = q + ml + 5;
        found = 1;
      }
    }
  }
  static const int days[] = {31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (!found || d.month < 1 || d.month > 12 || d.day < 1 || d.day > days[d.month - 1] ||
      (d.month == 2 && d.day == 29 && !(d.year % 4 == 0 && (d.year % 100 != 0 || d.year % 400 == 0))))
    return;
  const unsigned char *r = s + d.rest;
  size_t rn = n - d.rest;
  /* the time: the first digits of the rest, "14:33" or "14.33" */
  size_t t = 0;
  while (t < rn && !is_digit(r[t])) t++;
  /* two digits when there are (one then cannot be followed by ':' or '.'); no clock
   * when a year follows (an update's date: "11.06.2024 - Diperbarui : 12.06.2024") */
  size_t hl = 1, after = clock_at(r, t, rn, &hl);
  if (after && after + 1 < rn && (r[after] == '.' || r[after] == '/' || r[after] == '-') &&
      four_digits(r, after + 1, rn))
    after = 0;
  int with_time = 0, hh = 0, mi = 0;
  /* the time before the date: "15:20 WIB, Rabu 6 Maret 2024"; its zone is read from the line (a clock
   * after the date is then an update's: "14:05 12.06.2024 (diperbarui: 15:30 12.06.2024)") */
  size_t lead = leading_time(s, n);
  if (lead) {
    r = s, rn = n, t = lead - 1;
    after = clock_at(r, t, rn, &hl);
  }
  if (after) {
    hh = digits_value(r + t, hl);
    mi = digits_value(r + t + hl + 1, 2);
    size_t a = skip_spaces(r, after, rn);  /* "02:05 PM" */
    if (a < rn && ((r[a] | 0x20) == 'a' || (r[a] | 0x20) == 'p')) {
      int pm = (r[a] | 0x20) == 'p';
      size_t b = a + 1 < rn && r[a + 1] == '.' ? a + 2 : a + 1;
      if (b < rn && (r[b] | 0x20) == 'm' && (b + 1 >= rn || !is_letter(r[b + 1])) && hh >= 1 && hh <= 12)
        hh = hh % 12 + (pm ? 12 : 0);
    }
    with_time = hh < 24 && mi < 60;
  }
  format_iso(value, d.year, d.month, d.day, with_time ? hh : -1, mi);
  /* a zone name as a word of the rest (WITA before WIT before WIB; "Wib" too) */
  for (size_t z = 0; z < sizeof zone_names / sizeof *zone_names; z++) {
    size_t zn = strlen(zone_names[z]);
    for (size_t i = 0; i + zn <= rn; i++) {
      if (!zone_named(r + i, zone_names[z], zn) || (i > 0 && is_letter(r[i - 1])) ||
          (i + zn < rn && is_letter(r[i + zn])))
        continue;
      memcpy(zone, zone_offsets[z], sizeof "+07:00");
      return;
    }
  }
  if (gmt_zone(r, rn, zone)) return;
  /* a numeric zone after the time: "12:05:33 +0700" */
  if (t >= rn) return;
  size_t dl = t + 1 < rn && is_digit(r[t + 1]) ? 2 : 1, u = t + dl;
  if (u + 2 >= rn || (r[u] != ':' && r[u] != '.') || !is_digit(r[u + 1]) || !is_digit(r[u + 2])) return;
  u += 3;
  while (u < rn && (r[u] == ':' || r[u] == '.' || is_digit(r[u]))) u++;
  u = skip_spaces(r, u, rn);
  if (u >= rn || (r[u] != '+' && r[u] != '-') || u + 2 >= rn || !is_digit(r[u + 1]) || !is_digit(r[u + 2])) return;
  size_t m = u + 3;
  if (m < rn && r[m] == ':') m++;
  if (m + 2 > rn || !is_digit(r[m]) || !is_digit(r[m + 1]) || (m + 2 < rn && is_digit(r[m + 2]))) return;
  int zh = digits_value(r + u + 1, 2), zm = digits_value(r + m, 2);
  if (zh <= 14 && zm < 60) snprintf(zone, STAMP_ZONE, "%c%c%c:%c%c", r[u], r[u + 1], r[u + 2], r[m], r[m + 1]);
}

/* A line that is a clock time alone ("15:20 WIB", "08.30"): adds it to a stamp's date
 * without a time ("2024-03-07" -> "2024-03-07T15:20"), and its zone when the date had none. */
static void add_time_alone(const unsigned char *s, size_t n, char value[STAMP_VALUE], char zone[STAMP_ZONE]) {
  size_t len = strlen(value);
  if (len != 10 || n < 4) return;
  size_t hl, e = clock_at(s, 0, n, &hl);
  if (!e) return;
  int hh = digits_value(s, hl), mi = digits_value(s + hl + 1, 2);
  if (hh > 23 || mi > 59) return;
  size_t i = skip_spaces(s, e, n);
  int z = -1;
  for (int k = 0; k < 3 && i < n && z < 0; k++) {
    size_t zn = strlen(zone_names[k]);
    if (n - i == zn && zone_named(s + i, zone_names[k], zn)) z = k;
  }
  if (i < n && z < 0) return;  /* more than a time: not a time alone */
  format_iso(value, digits_value((const unsigned char *)value, 4), digits_value((const unsigned char *)value + 5, 2),
             digits_value((const unsigned char *)value + 8, 2), hh, mi);
  if (z >= 0 && !zone[0]) memcpy(zone, zone_offsets[z], sizeof "+07:00");
}

/* core.parse_stamp(s, months) -> "YYYY-MM-DD[THH:MM]", zone | nil: a time stamp line's date */
static int l_parse_stamp(lua_State *L) {
  size_t n;
  const char *s = luaL_optlstring(L, 1, NULL, &n);
  luaL_checktype(L, 2, LUA_TTABLE);
  if (!s) return 0;
  char value[STAMP_VALUE], zone[STAMP_ZONE];
  parse_stamp(L, 2, (const unsigned char *)s, n, value, zone);
  if (!value[0]) return 0;
  lua_pushstring(L, value);
  if (!zone[0]) return 1;
  lua_pushstring(L, zone);
  return 2;
}

/* Stack slots of page:meta()'s results, from `base`. */
enum { M_OUTLET, M_DATELINE, M_HEADLINE, M_STAMP, M_UPDATE, M_EDITOR, M_TRANSLATOR, M_CREDITED, M_MORE, M_SCANS,
       M_RELAYED, M_OPENED, M_SCANNED, M_COUNT };

/* Initials (a desk's, "mcr8/jpnn", "ant/ rdn", "RHH"): no space but right after a slash. */
static int initials_only(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (s[i] == ' ' && (i == 0 || s[i - 1] != '/')) return 0;
  return 1;
}

/* A name written out: a space between two words, one of them capitalised ("Nama Lengkap"). */
static int name_written(const char *text, kimput_span v) {
  int space = 0, capital = 0;
  for (uint32_t i = v.start; i < v.end; i++) {
    if (text[i] == ' ' && i > v.start && text[i - 1] != '/') space = 1;
    if (text[i] >= 'A' && text[i] <= 'Z') capital = 1;
  }
  return space && capital;
}

/* Desk initials in lower case ("ara", "mcr8/jpnn"): a one-word name written out, capitalised ("Aulia"), wins
 * over them as well. */
static int lower_initials(const char *s, size_t n) {
  if (n == 0 || n > 12) return 0;
  for (size_t i = 0; i < n; i++)
    if (!((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= '0' && s[i] <= '9') || s[i] == '/')) return 0;
  return 1;
}

static int one_name(const char *text, kimput_span v) {
  if (v.end - v.start < 3 || text[v.start] < 'A' || text[v.start] > 'Z') return 0;
  for (uint32_t i = v.start + 1; i < v.end; i++)
    if (!((text[i] | 0x20) >= 'a' && (text[i] | 0x20) <= 'z')) return 0;
  return 1;
}

/* page:meta() -> outlet, dateline, headline, stamp, update, editor,
 * translator, credited, more, scans, relayed, opened, scanned: what the page's lines state, in one pass in
 * C (the Lua layer parses the stamp and names the place):
 *   outlet, dateline: the opening's, else those of the first dateline line
 *     (its outlet also while the dateline is unset), else a rule's outlet field;
 *   headline: the first headline line, else a rule's headline field;
 *   stamp, update: the first time stamp line (not an update), the first of an update
 *     (with months: the date the first of them that parses states, and its zone);
 *   editor: a rule's editor field, else the closing initials; translator: the field;
 *   credited: { {pos=, value=}, ... } of the sources fields, or nil (with
 *     page:meta(true): true when there are some, for page:sources());
 *   more: true when another time stamp line (not an update) follows `stamp`;
 *   scans: bit k-1 set when SCAN rule k may match a body line (page:scan
 *     finds nothing without it: the caller skips the call; rules past 32
 *     are always possible and have no bit);
 *   relayed: a rule's relayed field (the outlet when nothing else names one),
 *     else the outlet a credit line says first published the article;
 *   opened (only with months): when the page states no date (stamp nil): the date
 *     of an opening of at most 80 bytes ("Semarang, 5 Desember 2024 - "),
 *     as core.parse_stamp reads it, for the Lua layer to take when the
 *     opening names a place;
 *   scanned (only with the scan ranges): true when stamp is
 *     page:published(pub_first, pub_last, months)'s date (no stamp line states one).
 * Values are trimmed as the Lua layer trims; a field's first non-empty value counts. */
static int l_page_meta(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  int lean = lua_toboolean(L, 2);
  int months = lua_istable(L, 3) ? 3 : 0;  /* the month names: the stamps parsed here */
  int scans_given = months && !lua_isnoneornil(L, 4);  /* the published and sources SCAN rules */
  lua_settop(L, 7);
  lua_getiuservalue(L, 1, 1);
  kimput_doc *doc = check_doc(L, -1);
  const char *text = kimput_doc_text(doc, NULL);
  lua_getiuservalue(L, 1, 2);
  lk_pageset *ps = page_set_at(L, -1);
  size_t pub_first = 1, pub_last = 0, src_first = 1, src_last = 0;
  if (scans_given) {
    scan_range(L, 4, ps, &pub_first, &pub_last);
    scan_range(L, 6, ps, &src_first, &src_last);
  }
  luaL_checkstack(L, M_COUNT + FIELD_COUNT + 8, "page meta");  /* and the scans' few */
  int base = lua_gettop(L) + 1;
  for (int k = 0; k < M_COUNT; k++) lua_pushnil(L);
  int have_dateline = 0, more = 0;
  size_t stamp_line = SIZE_MAX, update_line = SIZE_MAX;
  /* the first headline and the first stamp under it above the first body line: a date above the
     headline with a stamp under it is the site's date of today in its header bar */
  size_t headline_line = SIZE_MAX, under_headline = SIZE_MAX, first_body = SIZE_MAX;
  if (page->open_line >= 0) {
    push_trimmed(L, text, page->open_outlet.start, page->open_outlet.end);
    lua_replace(L, base + M_OUTLET);
    push_trimmed(L, text, page->open_place.start, page->open_place.end);
    lua_replace(L, base + M_DATELINE);
    have_dateline = page->open_place.start != KIMPUT_UNSET;
  }
  int field_slot[FIELD_COUNT] = {0};  /* the first value of each field, on the stack after the results */
  int republished = 0;  /* the outlet a credit line says first published it (never the page's own) */
  lua_Integer ncredited = 0;
  uint32_t scans = 0;
  kimput_span part_stamp = {KIMPUT_UNSET, KIMPUT_UNSET};
  for (size_t j = 0; j < page->count; j++) {
    const kimput_page_line *l = &page->lines[j];
    if (l->cls == KIMPUT_LINE_BODY) scans |= l->scan;
    if (l->cls == KIMPUT_LINE_BODY && first_body == SIZE_MAX) first_body = j;
    if (l->cls == KIMPUT_LINE_TIMESTAMP && !(l->flags & KIMPUT_LINEF_UPDATED) && headline_line != SIZE_MAX &&
        under_headline == SIZE_MAX && first_body == SIZE_MAX)
      under_headline = j;
    if (l->cls == KIMPUT_LINE_HEADLINE && lua_isnil(L, base + M_HEADLINE)) {
      headline_line = j;
      lua_pushlstring(L, text + l->start, l->end - l->start);
      lua_replace(L, base + M_HEADLINE);
    } else if (l->cls == KIMPUT_LINE_TIMESTAMP) {
      size_t *first = (l->flags & KIMPUT_LINEF_UPDATED) ? &update_line : &stamp_line;
      if (*first == SIZE_MAX) *first = j;
      else if (first == &stamp_line) more = 1;
    } else if (l->cls == KIMPUT_LINE_DATELINE && !have_dateline) {
      push_trimmed(L, text, l->value_start, l->value_end);
      lua_replace(L, base + M_DATELINE);
      have_dateline = l->value_start != KIMPUT_UNSET;
      if (lua_isnil(L, base + M_OUTLET)) {
        push_trimmed(L, text, l->outlet_start, l->outlet_end);
        lua_replace(L, base + M_OUTLET);
      }
    }
    /* "Artikel ini telah tayang di X dengan judul ...": a credit naming the outlet
       that first published the article, read as a relayed outlet */
    if (l->cls == KIMPUT_LINE_CREDIT && l->outlet_start != KIMPUT_UNSET && !republished) {
      push_trimmed(L, text, l->outlet_start, l->outlet_end);
      if (lua_rawlen(L, -1) == 0) lua_pop(L, 1);
      else republished = lua_gettop(L);
    }
    uint8_t field = l->rule >= 0 && (size_t)l->rule < ps->nfields ? ps->fields[l->rule] : FIELD_NONE;
    kimput_span v = {l->value_start, l->value_end};
    uint32_t from = UINT32_MAX;
    /* the line's own field, then those of its parts after a bar ("Sumber : X | Editor : Y") */
    for (int part = 0;; part = 1) {
      if (part) {
        if (l->cls != KIMPUT_LINE_CREDIT && l->cls != KIMPUT_LINE_TIMESTAMP) break;
        lua_checkstack(L, 4);
        if (!credit_part(ps, doc, text, l, &from, &field, &v)) break;
      }
      if (field == FIELD_PUBLISHED) {  /* a time stamp after a credit's bar: the date when no stamp line has one */
        if (part && part_stamp.start == KIMPUT_UNSET) part_stamp = v;
        continue;
      }
      if (field == FIELD_NONE || v.start == KIMPUT_UNSET) continue;
      /* a field's first value counts; but a name written out ("Redaktur : Nama Lengkap") wins over the initials
         of a line above it ("(mcr8/jpnn)") */
      if (field != FIELD_SOURCES && field_slot[field]) {
        size_t n;
        const char *had = lua_tolstring(L, field_slot[field], &n);
        if (field != FIELD_EDITOR || !initials_only(had, n) ||
            !(name_written(text, v) || (lower_initials(had, n) && one_name(text, v))))
          continue;
        push_trimmed(L, text, v.start, v.end);
        if (lua_rawlen(L, -1) == 0) lua_pop(L, 1);
        else lua_replace(L, field_slot[field]);
        continue;
      }
      if (field == FIELD_SOURCES && !part && between_paragraphs(page, j)) continue;  /* a figure's data */
      push_trimmed(L, text, v.start, v.end);
      if (lua_rawlen(L, -1) == 0) {
        lua_pop(L, 1);
      } else if (field == FIELD_SOURCES && lean) {  /* page:sources() reads them */
        lua_pop(L, 1);
        lua_pushboolean(L, 1);
        lua_replace(L, base + M_CREDITED);
      } else if (field == FIELD_SOURCES) {
        if (lua_isnil(L, base + M_CREDITED)) {
          lua_newtable(L);
          lua_replace(L, base + M_CREDITED);
        }
        lua_createtable(L, 0, 2);
        lua_insert(L, -2);
        lua_setfield(L, -2, "value");
        lua_pushinteger(L, (lua_Integer)l->start + 1);
        lua_setfield(L, -2, "pos");
        lua_rawseti(L, base + M_CREDITED, ++ncredited);
      } else {
        field_slot[field] = lua_gettop(L);
      }
    }
  }
  static const struct { uint8_t field, slot; } fallback[] = {
    {FIELD_OUTLET, M_OUTLET}, {FIELD_RELAYED, M_OUTLET}, {FIELD_HEADLINE, M_HEADLINE}, {FIELD_EDITOR, M_EDITOR},
    {FIELD_TRANSLATOR, M_TRANSLATOR}, {FIELD_RELAYED, M_RELAYED}};
  for (size_t k = 0; k < sizeof fallback / sizeof *fallback; k++) {
    if (!lua_isnil(L, base + fallback[k].slot) || !field_slot[fallback[k].field]) continue;
    lua_pushvalue(L, field_slot[fallback[k].field]);
    lua_replace(L, base + fallback[k].slot);
  }
  if (lua_isnil(L, base + M_RELAYED) && republished) {
    lua_pushvalue(L, republished);
    lua_replace(L, base + M_RELAYED);
  }
  if (lua_isnil(L, base + M_EDITOR) && page->close_line >= 0) {
    push_trimmed(L, text, page->close_editor.start, page->close_editor.end);
    lua_replace(L, base + M_EDITOR);
  }
  if (months) {  /* the first stamp, else a later one (not an update), else the update */
    char value[STAMP_VALUE] = "", zone[STAMP_ZONE] = "";
    if (stamp_line < headline_line && under_headline != SIZE_MAX) stamp_line = under_headline;
    for (size_t j = stamp_line; j < page->count && !value[0]; j++) {
      const kimput_page_line *l = &page->lines[j];
      if (l->cls != KIMPUT_LINE_TIMESTAMP || (l->flags & KIMPUT_LINEF_UPDATED)) continue;
      parse_stamp(L, months, (const unsigned char *)text + l->start, l->end - l->start, value, zone);
      if (value[0] && j + 1 < page->count)  /* "Kamis, 7 Maret 2024" then "15:20 WIB" */
        add_time_alone((const unsigned char *)text + l[1].start, l[1].end - l[1].start, value, zone);
      /* a scraper's month ("date 2021-12") over the page's own stamp of that month: the stamp's day and time */
      if (strlen(value) == 7 && j + 1 < page->count && l[1].cls == KIMPUT_LINE_TIMESTAMP &&
          !(l[1].flags & KIMPUT_LINEF_UPDATED)) {
        char day[STAMP_VALUE] = "", day_zone[STAMP_ZONE] = "";
        parse_stamp(L, months, (const unsigned char *)text + l[1].start, l[1].end - l[1].start, day, day_zone);
        if (strlen(day) > 7 && memcmp(day, value, 7) == 0) {
          memcpy(value, day, sizeof value);
          memcpy(zone, day_zone, sizeof zone);
        }
      }
      if (!more) break;
    }
    if (!value[0] && part_stamp.start != KIMPUT_UNSET)
      parse_stamp(L, months, (const unsigned char *)text + part_stamp.start, part_stamp.end - part_stamp.start, value,
                  zone);
    if (!value[0] && update_line != SIZE_MAX)
      parse_stamp(L, months, (const unsigned char *)text + page->lines[update_line].start,
                  page->lines[update_line].end - page->lines[update_line].start, value, zone);
    if (value[0]) {
      lua_pushstring(L, value);
    } else if (scans_given && push_published(L, page, doc, ps, pub_first, pub_last, months)) {
      lua_pushboolean(L, 1);  /* the date is page:published()'s: the caller need not ask again */
      lua_replace(L, base + M_SCANNED);
    } else {
      lua_pushnil(L);
    }
    lua_replace(L, base + M_STAMP);
    if (lua_isnil(L, base + M_STAMP) && page->open_line >= 0 && (size_t)page->open_line < page->count &&
        page->open_end - page->lines[page->open_line].start <= 80) {  /* a press release's opening */
      char opened[STAMP_VALUE] = "", opened_zone[STAMP_ZONE] = "";
      uint32_t start = page->lines[page->open_line].start;
      parse_stamp(L, months, (const unsigned char *)text + start, page->open_end - start, opened, opened_zone);
      if (opened[0]) {
        lua_pushstring(L, opened);
        lua_replace(L, base + M_OPENED);
      }
    }
    if (zone[0]) lua_pushstring(L, zone);
    else lua_pushnil(L);
    lua_replace(L, base + M_UPDATE);
    more = 0;
  } else {
    for (int k = 0; k < 2; k++) {
      size_t j = k ? update_line : stamp_line;
      if (j == SIZE_MAX) continue;
      lua_pushlstring(L, text + page->lines[j].start, page->lines[j].end - page->lines[j].start);
      lua_replace(L, base + (k ? M_UPDATE : M_STAMP));
    }
    if (stamp_line == SIZE_MAX && part_stamp.start != KIMPUT_UNSET) {
      lua_pushlstring(L, text + part_stamp.start, part_stamp.end - part_stamp.start);
      lua_replace(L, base + M_STAMP);
    }
  }
  if (scans_given) {  /* the names page:sources() gives, in place of credited */
    if (!push_sources(L, page, doc, ps, src_first, src_last)) lua_pushnil(L);
    lua_replace(L, base + M_CREDITED);
  }
  lua_pushboolean(L, more);
  lua_replace(L, base + M_MORE);
  lua_pushinteger(L, (lua_Integer)scans);
  lua_replace(L, base + M_SCANS);
  int results = months ? M_COUNT : M_OPENED;  /* opened only with the month names */
  lua_settop(L, base + results - 1);
  return results;
}

/* page:opening() -> line, outlet_start, outlet_stop, place_start, place_stop,
 * opening_start, opening_stop | nothing: the masthead or dateline cut from the
 * start of a body line (1-based, inclusive; nil for a name it does not give) */
static int l_page_opening(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  if (page->open_line < 0 || (size_t)page->open_line >= page->count) return 0;
  lua_pushinteger(L, (lua_Integer)page->open_line + 1);
  push_span(L, page->open_outlet.start, page->open_outlet.end);
  push_span(L, page->open_place.start, page->open_place.end);
  push_span(L, page->lines[page->open_line].start, page->open_end);
  return 7;
}

/* page:closing() -> line, editor_start, editor_stop, cut_start, cut_stop | nothing: the initials
 * or agency credit cut from the end of the last body line ("(rzr/dnu)", "(AFP/Reuters)": its
 * agencies are sources) */
static int l_page_closing(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  if (page->close_line < 0 || (size_t)page->close_line >= page->count) return 0;
  lua_pushinteger(L, (lua_Integer)page->close_line + 1);
  push_span(L, page->close_editor.start, page->close_editor.end);
  push_span(L, page->close_start, page->lines[page->close_line].end);
  return 5;
}

/* page:plain_dateline() -> place, next_word, comma | nothing: kimput_page_plain_dateline (comma: a
 * boolean, false for a hyphen); two strings only on a page with the shape */
static int l_page_plain_dateline(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_getiuservalue(L, 1, 1);
  size_t len;
  const char *text = kimput_doc_text(check_doc(L, -1), &len);
  kimput_plain_dateline d;
  if (!kimput_page_plain_dateline(page, text, len, &d)) return 0;
  lua_pushlstring(L, text + d.place.start, d.place.end - d.place.start);
  lua_pushlstring(L, text + d.next.start, d.next.end - d.next.start);
  lua_pushboolean(L, d.comma);
  return 3;
}

/* page:top(limit) -> first_body, above, above_paragraph: kimput_page_read_top (first_body 1-based, false when
 * none among the first limit lines; the masks' bits as core.line_class_bits gives them) */
static int l_page_top(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  lua_Integer limit = luaL_checkinteger(L, 2);
  kimput_page_top top;
  kimput_page_read_top(page, limit < 0 ? 0 : (size_t)limit, &top);
  if (top.first_body < page->count && (lua_Integer)top.first_body < limit)
    lua_pushinteger(L, (lua_Integer)top.first_body + 1);
  else
    lua_pushboolean(L, 0);
  lua_pushinteger(L, top.above);
  lua_pushinteger(L, top.above_paragraph);
  return 3;
}

/* page:line_starting(s, from, limit, min_len) -> j, start, stop | nothing: kimput_page_line_starting, from
 * line `from` (1-based) on; no string made of a line */
static int l_page_line_starting(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  size_t n;
  const char *s = luaL_checklstring(L, 2, &n);
  lua_Integer from = luaL_checkinteger(L, 3), limit = luaL_checkinteger(L, 4), min_len = luaL_checkinteger(L, 5);
  lua_getiuservalue(L, 1, 1);
  const char *text = kimput_doc_text(check_doc(L, -1), NULL);
  if (from < 1) from = 1;
  if (limit < 0) limit = 0;
  if (min_len < 0) min_len = 0;
  size_t j = kimput_page_line_starting(page, text, (size_t)from - 1, (size_t)limit, s, n, (size_t)min_len);
  if (j == SIZE_MAX) return 0;
  lua_pushinteger(L, (lua_Integer)j + 1);
  lua_pushinteger(L, (lua_Integer)page->lines[j].start + 1);
  lua_pushinteger(L, (lua_Integer)page->lines[j].end);
  return 3;
}

static const luaL_Reg pageset_methods[] = {
  {"add", l_add},
  {"require", l_require},
  {"require_run", l_require_run},
  {"require_digits", l_require_digits},
  {"require_span", l_require_span},
  {"count", l_count},
  {NULL, NULL}
};

static const luaL_Reg page_methods[] = {
  {"count", l_page_count},
  {"line", l_page_line},
  {"fact", l_page_fact},
  {"short_furniture", l_page_short_furniture},
  {"body_spans", l_page_body_spans},
  {"packed_spans", l_page_packed_spans},
  {"body", l_page_body},
  {"cited_later", l_page_cited_later},
  {"sub", l_page_sub},
  {"opening", l_page_opening},
  {"closing", l_page_closing},
  {"plain_dateline", l_page_plain_dateline},
  {"top", l_page_top},
  {"line_starting", l_page_line_starting},
  {"meta", l_page_meta},
  {"scan", l_page_scan},
  {"sources", l_page_sources},
  {"published", l_page_published},
  {NULL, NULL}
};

/* core.record(k1, v1, k2, v2, ...) -> a table of the pairs whose value is
 * not nil, its hash made at its size (doc:meta(): most fields are absent,
 * and a table of eight slots is a block too large for the allocator's
 * quick lists) */
static int l_record(lua_State *L) {
  int top = lua_gettop(L), count = 0;
  for (int i = 2; i <= top; i += 2) count += !lua_isnil(L, i);
  lua_createtable(L, 0, count);
  for (int i = 1; i < top; i += 2) {
    if (lua_isnil(L, i + 1)) continue;
    lua_pushvalue(L, i);
    lua_pushvalue(L, i + 1);
    lua_rawset(L, -3);
  }
  return 1;
}

static const luaL_Reg page_functions[] = {
  {"record", l_record},
  {"parse_stamp", l_parse_stamp},
  {"pageset", l_pageset},
  {"page_classify", l_page_classify},
  {NULL, NULL}
};

void lk_open_page(lua_State *L) {
  lk_newclass(L, LK_PAGESET, l_pageset_gc, pageset_methods);
  if (luaL_newmetatable(L, LK_PAGE)) {  /* no __gc: a Page owns no C memory */
    lua_newtable(L);
    lua_pushvalue(L, -2);  /* the methods' upvalues: the Page, PageSet and Document metatables */
    luaL_getmetatable(L, LK_PAGESET);
    luaL_getmetatable(L, LK_DOCUMENT);
    luaL_setfuncs(L, page_methods, 3);
    lua_setfield(L, -2, "__index");
  }
  lua_pop(L, 1);
  if (luaL_newmetatable(L, LK_SPANS)) {  /* no __gc: the spans own no C memory */
    lua_pushcfunction(L, l_spans_index);
    lua_setfield(L, -2, "__index");
    lua_pushcfunction(L, l_spans_len);
    lua_setfield(L, -2, "__len");
  }
  lua_pop(L, 1);
  luaL_getmetatable(L, LK_PAGE);  /* the functions' upvalues, as the methods' */
  luaL_getmetatable(L, LK_PAGESET);
  luaL_getmetatable(L, LK_DOCUMENT);
  luaL_setfuncs(L, page_functions, 3);
  lua_createtable(L, 0, KIMPUT_LINE_CLASS_COUNT);
  for (int c = 0; c < KIMPUT_LINE_CLASS_COUNT; c++) {
    lua_pushinteger(L, (lua_Integer)1 << c);
    lua_setfield(L, -2, kimput_line_class_name(c));
  }
  lua_setfield(L, -2, "line_class_bits");
}
