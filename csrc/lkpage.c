/* lkpage.c -- the Lua binding of page.c and pageclass.c.
 *
 *   core.pageset()                         -> PageSet
 *   set:add(kind, class, next, flags, pattern) -> true | nil, message, offset
 *       kind "line" | "prefix" | "suffix" | "scan"; class and next are class
 *       names (next may be nil); flags "u" for a timestamp of an update
 *   set:require(kind, index, at, {literal, ...}) -> true: rule index
 *       (1-based) of kind only matches lines that contain (at "contains"),
 *       start or end with ("starts", "ends") one of the literals
 *   set:count(kind)                        -> number of rules of that kind
 *   core.page_classify(doc, set)           -> Page
 *   page:count()                           -> number of lines
 *   page:line(i)  -> start, stop, class, rule, value_start, value_stop,
 *                    outlet_start, outlet_stop, flags   (rule: 1-based or nil)
 *   page:body_spans([scan])                -> { {start, stop}, ... } (with scan:
 *                    only lines holding the literals of SCAN rule scan; nil for none)
 *   page:fact(i)  -> j, then as page:line(j): the first line from i on with a
 *                    headline, time stamp or dateline class or a rule; nothing after the last
 *   page:sub(start, stop)                  -> the document's text:sub(start, stop)
 *   page:opening() -> line, outlet_start, outlet_stop, place_start, place_stop | nil
 *   page:closing() -> line, editor_start, editor_stop | nil
 *
 * Offsets are 1-based and inclusive; absent values are nil. A Page owns
 * the C arrays (freed by __gc), so a Lua error cannot leak them.
 */
#include <stdlib.h>
#include <string.h>

#include "lk.h"

#define LK_PAGESET "kimput.PageSet"
#define LK_PAGE "kimput.Page"

typedef struct {
  kimput_pageset *set;  /* NULL once collected */
} lk_pageset;

static kimput_pageset *check_pageset(lua_State *L, int idx) {
  lk_pageset *p = luaL_checkudata(L, idx, LK_PAGESET);
  if (!p->set) luaL_argerror(L, idx, "page rule set is freed");
  return p->set;
}

static int l_pageset_gc(lua_State *L) {
  lk_pageset *p = luaL_checkudata(L, 1, LK_PAGESET);
  kimput_pageset_free(p->set);
  p->set = NULL;
  return 0;
}

static int l_pageset(lua_State *L) {
  lk_pageset *p = lua_newuserdatauv(L, sizeof *p, 0);
  p->set = NULL;
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

/* set:add(kind, class, next, flags, pattern) */
static int l_add(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  kimput_page_rule rule = {0};
  rule.kind = (uint8_t)check_kind(L, 2);
  rule.cls = lua_isnoneornil(L, 3) ? KIMPUT_LINE_BODY : (uint8_t)check_class(L, 3);
  rule.next = lua_isnoneornil(L, 4) ? KIMPUT_LINE_NONE : (uint8_t)check_class(L, 4);
  const char *flags = luaL_optstring(L, 5, "");
  if (strchr(flags, 'u')) rule.flags |= KIMPUT_PAGE_UPDATED;
  if (strchr(flags, 'p')) rule.flags |= KIMPUT_PAGE_NEXT_PARAGRAPH;
  if (strchr(flags, 's')) rule.flags |= KIMPUT_PAGE_SHORT;
  if (strchr(flags, 't')) rule.flags |= KIMPUT_PAGE_TAIL;
  size_t len;
  const char *pattern = luaL_checklstring(L, 6, &len);
  char msg[256];
  size_t off = 0;
  kimput_status st = kimput_pageset_add(set, &rule, pattern, len, msg, sizeof msg, &off);
  if (st == KIMPUT_ERR_PATTERN) {
    lua_pushnil(L);
    lua_pushstring(L, msg);
    lua_pushinteger(L, (lua_Integer)off);
    return 3;
  }
  if (st == KIMPUT_ERR_UTF8) return luaL_argerror(L, 6, "not valid UTF-8");
  if (st != KIMPUT_OK) return lk_error(L, "page rule", st);
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

static int l_count(lua_State *L) {
  kimput_pageset *set = check_pageset(L, 1);
  lua_pushinteger(L, (lua_Integer)kimput_pageset_count(set, (kimput_page_kind)check_kind(L, 2)));
  return 1;
}

static kimput_page *check_page(lua_State *L, int idx) {
  return luaL_checkudata(L, idx, LK_PAGE);
}

static int l_page_gc(lua_State *L) {
  kimput_page_clear(check_page(L, 1));
  return 0;
}

/* core.page_classify(doc, set) */
static int l_page_classify(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  kimput_pageset *set = check_pageset(L, 2);
  kimput_page *page = lua_newuserdatauv(L, sizeof *page, 1);
  memset(page, 0, sizeof *page);
  luaL_setmetatable(L, LK_PAGE);
  lua_pushvalue(L, 1);  /* the document, for page:sub() */
  lua_setiuservalue(L, -2, 1);
  kimput_status st = kimput_page_classify(doc, set, page);
  if (st != KIMPUT_OK) return lk_error(L, "page cleaning", st);
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
  lua_newtable(L);
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

/* page:sub(start, stop): text:sub of the document's text, without copying the whole text */
static int l_page_sub(lua_State *L) {
  check_page(L, 1);
  lua_Integer i = luaL_checkinteger(L, 2), j = luaL_checkinteger(L, 3);
  lua_getiuservalue(L, 1, 1);
  size_t len;
  const char *text = kimput_doc_text(lk_checkdoc(L, -1), &len);
  if (i < 1) i = 1;
  if (j > (lua_Integer)len) j = (lua_Integer)len;
  if (i > j) lua_pushliteral(L, "");
  else lua_pushlstring(L, text + i - 1, (size_t)(j - i + 1));
  return 1;
}

static int l_page_opening(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  if (page->open_line < 0) return 0;
  lua_pushinteger(L, (lua_Integer)page->open_line + 1);
  push_span(L, page->open_outlet.start, page->open_outlet.end);
  push_span(L, page->open_place.start, page->open_place.end);
  return 5;
}

static int l_page_closing(lua_State *L) {
  kimput_page *page = check_page(L, 1);
  if (page->close_line < 0) return 0;
  lua_pushinteger(L, (lua_Integer)page->close_line + 1);
  push_span(L, page->close_editor.start, page->close_editor.end);
  return 3;
}

static const luaL_Reg pageset_methods[] = {
  {"add", l_add},
  {"require", l_require},
  {"count", l_count},
  {NULL, NULL}
};

static const luaL_Reg page_methods[] = {
  {"count", l_page_count},
  {"line", l_page_line},
  {"fact", l_page_fact},
  {"body_spans", l_page_body_spans},
  {"sub", l_page_sub},
  {"opening", l_page_opening},
  {"closing", l_page_closing},
  {NULL, NULL}
};

static const luaL_Reg page_functions[] = {
  {"pageset", l_pageset},
  {"page_classify", l_page_classify},
  {NULL, NULL}
};

void lk_open_page(lua_State *L) {
  lk_newclass(L, LK_PAGESET, l_pageset_gc, pageset_methods);
  lk_newclass(L, LK_PAGE, l_page_gc, page_methods);
  luaL_setfuncs(L, page_functions, 0);
}
