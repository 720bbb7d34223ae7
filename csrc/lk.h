/* lk.h -- shared by the Lua binding files (lk*.c), not part of the C API. */
#ifndef KIMPUT_LK_H
#define KIMPUT_LK_H

#include <lua.h>
#include <lauxlib.h>

#include "kimput.h"

#define LK_DOCUMENT "kimput.Document"

typedef struct {
  kimput_doc *doc;  /* NULL once closed */
  size_t reported;  /* bytes of C memory already reported to the GC */
  /* the items of the last list core.dates made for the document (its user
   * value 3), in the list's order: lex:scan reads them here, not from the
   * list's tables, when it is handed that list (lkdates.c, lkevents.c) */
  kimput_date *dates;
  size_t ndates;
} lk_document;

#define LK_DOC_DATES 3  /* the user value holding that list */

/* Checks that argument idx is an open Document and returns its C document.
 * Reports to the GC the C memory the document grew by since the last check
 * (its arrays are computed lazily, by any binding). */
kimput_doc *lk_checkdoc(lua_State *L, int idx);

/* The same, and lk_checkspans and luaL_testudata(L, idx, LK_SPANS) below,
 * with the metatable of the class at stack index mt (a binding's upvalue):
 * one comparison instead of a lookup of the class name in the registry;
 * the same results and errors (anything else takes the lookup).
 * lk_checkspans_mt reads packed spans in place (*owned NULL: valid while
 * the argument is), else *out is the malloc'd *owned to free. */
kimput_doc *lk_checkdoc_mt(lua_State *L, int idx, int mt);
size_t lk_checkspans_mt(lua_State *L, int idx, size_t text_len, const uint32_t **out, uint32_t **owned, int mt);
const void *lk_testudata_mt(lua_State *L, int idx, int mt, const char *tname);

/* Raises a Lua error for a kimput status, prefixed with what was being done. */
int lk_error(lua_State *L, const char *what, kimput_status st);

/* Pushes a userdata whose one slot holds a malloc'd pointer (NULL at first)
 * that is freed when the userdata is collected or closed: C memory stored
 * there cannot leak when a Lua error (out of memory, a bad argument, a
 * metamethod) interrupts the code that turns it into Lua values. Returns
 * the slot; set it to NULL to take the memory back. */
void **lk_guard(lua_State *L);

/* The body spans of a page as the C stages read them (page:packed_spans(),
 * lkpage.c): n spans, 0-based half-open, in one userdata; spans.headline_start
 * and .headline_stop as in doc:body_spans() (nil without a headline line). */
#define LK_SPANS "kimput.Spans"
typedef struct {
  size_t n;
  uint32_t headline_start, headline_end;  /* 0-based half-open; KIMPUT_UNSET when none */
  uint32_t pairs[];                       /* start, end of each span */
} lk_spans;

/* Reads an array of {start, stop} pairs (1-based, inclusive) at idx, or a
 * kimput.Spans userdata (page:packed_spans()), into a malloc'd array of 0-based half-open uint32 pairs (2 per span), checked
 * against the text length. Returns the number of spans; *out must be freed
 * (no Lua error can happen between the return and that free in a caller
 * that calls no Lua function in between). */
size_t lk_checkspans(lua_State *L, int idx, size_t text_len, uint32_t **out);
/* Span i (0-based) from its table and start and stop on top of the stack
 * (popped): out[0..2) gets it 0-based half-open, or raises naming it. */
void lk_takespan(lua_State *L, size_t i, size_t text_len, uint32_t *out);

/* Registers the metatable `name` of a userdata class (once): gc as __gc and
 * __close (it must tolerate a second call), methods as __index. */
void lk_newclass(lua_State *L, const char *name, lua_CFunction gc, const luaL_Reg *methods);

/* Each feature's binding adds its functions to the module table on the top
 * of the stack. Listed in lkimput.c's open_features[]. */
void lk_open_page(lua_State *L);
void lk_open_dates(lua_State *L);
void lk_open_quotes(lua_State *L);
void lk_open_rules(lua_State *L);
void lk_open_corpus(lua_State *L);
void lk_open_events(lua_State *L);
void lk_open_mentions(lua_State *L);

#define LK_LEXICON "kimput.Lexicon"

/* Checks that argument idx is a Lexicon (lkmentions.c) and returns it. */
kimput_lexicon *lk_checklexicon(lua_State *L, int idx);
/* The same with the metatable of Lexicons at stack index mt (as lk_checkdoc_mt). */
kimput_lexicon *lk_checklexicon_mt(lua_State *L, int idx, int mt);
void lk_open_signals(lua_State *L);
void lk_open_files(lua_State *L);
void lk_open_lines(lua_State *L);
void lk_open_process(lua_State *L);
void lk_open_json(lua_State *L);

#endif
