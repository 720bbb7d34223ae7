/* bench/icu.c -- ICU's word break iterator as a small Lua module, so that the
 * Lua bench scripts time the yardstick over the same bytes in the same run as
 * the stage they measure. Built by `make bench-tools` into BUILD/bench/icu.so;
 * bench/corpus.lua loads it (bench.icu_mbs).
 *   local icu = package.loadlib("build/bench/icu.so", "luaopen_icu")()
 *   local boundaries = icu.word_break({ text1, text2, ... })
 * One iterator is opened per call and reused for every text through a UText
 * over the UTF-8 bytes (no conversion to UTF-16), as bench/tokens.c does. */
#include <lua.h>
#include <lauxlib.h>

#include <unicode/ubrk.h>
#include <unicode/utext.h>

/* Walks the word boundaries of one text; returns how many there were, or -1
 * with *err set (the caller closes the iterator before raising). */
static lua_Integer walk(UBreakIterator *bi, UText **ut, const char *s, size_t len, UErrorCode *err) {
  *ut = utext_openUTF8(*ut, s, (int64_t)len, err);
  ubrk_setUText(bi, *ut, err);
  if (U_FAILURE(*err)) return -1;
  lua_Integer n = 0;
  for (int32_t b = ubrk_first(bi); b != UBRK_DONE; b = ubrk_next(bi)) n++;
  return n;
}

/* word_break(text | {texts...}) -> number of word boundaries over all texts */
static int word_break(lua_State *L) {
  int list = lua_istable(L, 1);
  if (!list) luaL_checkstring(L, 1);
  UErrorCode err = U_ZERO_ERROR;
  UBreakIterator *bi = ubrk_open(UBRK_WORD, "id", NULL, 0, &err);
  if (U_FAILURE(err)) return luaL_error(L, "ICU: %s", u_errorName(err));
  UText *ut = NULL;
  lua_Integer total = 0, n = list ? (lua_Integer)lua_rawlen(L, 1) : 1;
  for (lua_Integer i = 1; i <= n && !U_FAILURE(err); i++) {
    size_t len;
    if (list) lua_rawgeti(L, 1, i); else lua_pushvalue(L, 1);
    /* only strings: lua_tolstring would turn a number in the list into one */
    const char *s = lua_type(L, -1) == LUA_TSTRING ? lua_tolstring(L, -1, &len) : NULL;
    if (s) total += walk(bi, &ut, s, len, &err);
    lua_pop(L, 1);
  }
  utext_close(ut);
  ubrk_close(bi);
  if (U_FAILURE(err)) return luaL_error(L, "ICU: %s", u_errorName(err));
  lua_pushinteger(L, total);
  return 1;
}

int luaopen_icu(lua_State *L);
int luaopen_icu(lua_State *L) {
  static const luaL_Reg fns[] = { { "word_break", word_break }, { NULL, NULL } };
  luaL_newlib(L, fns);
  return 1;
}
