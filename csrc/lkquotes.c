/* lkquotes.c -- binding of the quote-mark scanner (quotes.c):
 * kimput.core.quote_marks(). The attribution (attribution.c) is bound in
 * lkmentions.c with the lexicon it needs. Results come back as one flat
 * integer array per call, never a table per match.
 */
#include <stdlib.h>

#include "lk.h"

/* core.quote_marks(doc, spans) -> {open1, start1, stop1, close1, depth1, flags1, open2, ...}:
 * 1-based inclusive offsets of the opening mark, the quoted text (stop =
 * start - 1 when empty) and the last byte of the closing mark (stop when
 * unclosed); depth 0 at top level; flags as KIMPUT_QUOTE_* plus 8 for single marks
 * (open = start for a continued part that has no mark of its own) */
static int l_quote_marks(lua_State *L) {
  kimput_doc *doc = lk_checkdoc(L, 1);
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  void **result = lk_guard(L);  /* made before the C result exists: it cannot leak */
  uint32_t *spans;
  size_t nspans = lk_checkspans(L, 2, len, &spans);
  kimput_quote *q = NULL;
  size_t n = 0;
  kimput_status st = kimput_quotes_scan(text, len, spans, nspans, &q, &n);
  free(spans);
  if (st != KIMPUT_OK) return lk_error(L, "quote scan", st);
  *result = q;  /* freed by the guard, even when a push below fails */
  lua_createtable(L, n * 6 < 0x7fffffff ? (int)(n * 6) : 0, 0);
  for (size_t i = 0; i < n; i++) {
    lua_Integer v[6] = {(lua_Integer)q[i].open + 1, (lua_Integer)q[i].start + 1, (lua_Integer)q[i].end,
                        (lua_Integer)q[i].close, q[i].depth, q[i].flags | (q[i].single ? 8 : 0)};
    for (int k = 0; k < 6; k++) {
      lua_pushinteger(L, v[k]);
      lua_rawseti(L, -2, (lua_Integer)(6 * i + (size_t)k + 1));
    }
  }
  return 1;
}

static const luaL_Reg functions[] = {
  {"quote_marks", l_quote_marks},
  {NULL, NULL}
};

void lk_open_quotes(lua_State *L) { luaL_setfuncs(L, functions, 0); }
