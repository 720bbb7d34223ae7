/* lkrules.c -- the Rule userdata: a compiled PCRE2 pattern for Lua.
 *
 *   core.rule_new(pattern, flags, name [, limits]) -> Rule | nil, message, offset
 *   rule:exec(doc, spans [, max]) -> list of raw matches
 *   rule:names() -> list of the named groups; rule:group_count(); rule:jit()
 *
 * The Rule owns the kimput_rule (code, match data, JIT stack) and a span
 * buffer for the groups, freed by __gc. Its user values are the rule's
 * name (for error messages) and a table of precomputed field names per
 * named group, so that a match costs no string building.
 */
#include <stdlib.h>
#include <string.h>

#include "lk.h"

#define LK_RULE "kimput.Rule"

typedef struct {
  kimput_rule *rule;
  kimput_span *groups;  /* group_count + 1 slots */
  size_t ngroups;
} lk_rule;

static lk_rule *check_rule(lua_State *L, int idx) {
  lk_rule *r = luaL_checkudata(L, idx, LK_RULE);
  if (!r->rule) luaL_argerror(L, idx, "rule is freed");
  return r;
}

static int parse_flags(lua_State *L, const char *s) {
  int flags = 0;
  for (; *s; s++) {
    switch (*s) {
    case 'i': flags |= KIMPUT_RULE_CASELESS; break;
    case 'm': flags |= KIMPUT_RULE_MULTILINE; break;
    case 's': flags |= KIMPUT_RULE_DOTALL; break;
    case 'x': flags |= KIMPUT_RULE_EXTENDED; break;
    case 'J': flags |= KIMPUT_RULE_NO_JIT; break;
    default: luaL_error(L, "unknown rule flag '%c' (flags are i, m, s, x, J)", *s);
    }
  }
  return flags;
}

static uint32_t limit_field(lua_State *L, int idx, const char *key) {
  if (lua_isnoneornil(L, idx)) return 0;
  lua_getfield(L, idx, key);
  lua_Integer v = lua_isnil(L, -1) ? 0 : luaL_checkinteger(L, -1);
  lua_pop(L, 1);
  if (v < 0 || v > (lua_Integer)UINT32_MAX) luaL_error(L, "limit %s out of range", key);
  return (uint32_t)v;
}

/* core.rule_new(pattern, flags, name [, limits]) */
static int l_rule_new(lua_State *L) {
  size_t plen;
  const char *pattern = luaL_checklstring(L, 1, &plen);
  int flags = parse_flags(L, luaL_optstring(L, 2, ""));
  luaL_checkstring(L, 3);
  if (!lua_isnoneornil(L, 4)) luaL_checktype(L, 4, LUA_TTABLE);
  kimput_rule_limits limits = {
    limit_field(L, 4, "match"), limit_field(L, 4, "depth"),
    limit_field(L, 4, "heap_kib"), limit_field(L, 4, "jit_stack_kib"),
  };
  lk_rule *r = lua_newuserdatauv(L, sizeof *r, 2);
  r->rule = NULL;
  r->groups = NULL;
  r->ngroups = 0;
  luaL_setmetatable(L, LK_RULE);
  char msg[256];
  size_t off = 0;
  kimput_status st = kimput_rule_new(pattern, plen, flags, &limits, &r->rule, msg, sizeof msg, &off);
  if (st == KIMPUT_ERR_PATTERN) {
    lua_pushnil(L);
    lua_pushstring(L, msg);
    lua_pushinteger(L, (lua_Integer)off);
    return 3;
  }
  if (st != KIMPUT_OK) return lk_error(L, "kimput.rule", st);
  r->ngroups = (size_t)kimput_rule_group_count(r->rule) + 1;
  r->groups = malloc(r->ngroups * sizeof *r->groups);
  if (!r->groups) return luaL_error(L, "kimput.rule: out of memory");

  lua_pushvalue(L, 3);
  lua_setiuservalue(L, -2, 1);
  /* keys: { {group, name, name_start, name_stop}, ... } */
  uint32_t n = kimput_rule_name_count(r->rule);
  lua_createtable(L, (int)n, 0);
  for (uint32_t i = 0; i < n; i++) {
    uint32_t group = 0;
    const char *name = kimput_rule_name(r->rule, i, &group);
    lua_createtable(L, 4, 0);
    lua_pushinteger(L, group);
    lua_rawseti(L, -2, 1);
    lua_pushstring(L, name);
    lua_rawseti(L, -2, 2);
    lua_pushfstring(L, "%s_start", name);
    lua_rawseti(L, -2, 3);
    lua_pushfstring(L, "%s_stop", name);
    lua_rawseti(L, -2, 4);
    lua_rawseti(L, -2, (lua_Integer)i + 1);
  }
  lua_setiuservalue(L, -2, 2);
  return 1;
}

static int l_rule_gc(lua_State *L) {
  lk_rule *r = luaL_checkudata(L, 1, LK_RULE);
  kimput_rule_free(r->rule);
  free(r->groups);
  r->rule = NULL;
  r->groups = NULL;
  return 0;
}

/* the byte length of the UTF-8 character starting with c (1 for a stray byte) */
static size_t char_len(unsigned char c) {
  return c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
}

/* pushes the match in r->groups as {start=, stop=, [name]=text, name_start=,
 * name_stop=, [i]=text of group i or false}; keys table at keys_idx */
static void push_match(lua_State *L, const lk_rule *r, const char *text, int keys_idx) {
  const kimput_span *g = r->groups;
  lua_createtable(L, (int)r->ngroups - 1, 3);
  lua_pushinteger(L, (lua_Integer)g[0].start + 1);
  lua_setfield(L, -2, "start");
  lua_pushinteger(L, (lua_Integer)g[0].end);
  lua_setfield(L, -2, "stop");
  lua_pushlstring(L, text + g[0].start, g[0].end - g[0].start);
  lua_setfield(L, -2, "text");
  for (size_t i = 1; i < r->ngroups; i++) {
    if (g[i].start == KIMPUT_UNSET) lua_pushboolean(L, 0);
    else lua_pushlstring(L, text + g[i].start, g[i].end - g[i].start);
    lua_rawseti(L, -2, (lua_Integer)i);
  }
  lua_Integer nkeys = luaL_len(L, keys_idx);
  for (lua_Integer k = 1; k <= nkeys; k++) {
    lua_rawgeti(L, keys_idx, k);
    lua_rawgeti(L, -1, 1);
    size_t group = (size_t)lua_tointeger(L, -1);
    lua_pop(L, 1);
    /* with duplicate names the first group that took part wins */
    if (group < r->ngroups && g[group].start != KIMPUT_UNSET) {
      lua_rawgeti(L, -1, 2);
      if (lua_rawget(L, -3) == LUA_TNIL) {
        lua_pop(L, 1);
        lua_rawgeti(L, -1, 2);
        lua_pushlstring(L, text + g[group].start, g[group].end - g[group].start);
        lua_rawset(L, -4);
        lua_rawgeti(L, -1, 3);
        lua_pushinteger(L, (lua_Integer)g[group].start + 1);
        lua_rawset(L, -4);
        lua_rawgeti(L, -1, 4);
        lua_pushinteger(L, (lua_Integer)g[group].end);
        lua_rawset(L, -4);
      } else {
        lua_pop(L, 1);
      }
    }
    lua_pop(L, 1);
  }
}

/* rule:exec(doc, spans [, max]) -> every match inside each span, in order */
static int l_rule_exec(lua_State *L) {
  lk_rule *r = check_rule(L, 1);
  kimput_doc *doc = lk_checkdoc(L, 2);
  size_t len;
  const char *text = kimput_doc_text(doc, &len);
  lua_Integer max = luaL_optinteger(L, 4, LUA_MAXINTEGER);
  /* the spans are held by a guard so that a Lua error (out of memory) cannot leak them */
  void **held = lk_guard(L);
  uint32_t *spans = NULL;
  size_t nspans = lk_checkspans(L, 3, len, &spans);
  *held = spans;
  lua_getiuservalue(L, 1, 2);
  int keys_idx = lua_gettop(L);
  lua_newtable(L);
  lua_Integer count = 0;
  for (size_t s = 0; s < nspans && count < max; s++) {
    size_t start = spans[2 * s], end = spans[2 * s + 1], from = start;
    while (from <= end && count < max) {
      int found = 0;
      kimput_status st = kimput_rule_match_doc(r->rule, doc, start, end, from, r->groups, r->ngroups, &found);
      if (st != KIMPUT_OK) {
        lua_getiuservalue(L, 1, 1);
        const char *why = st == KIMPUT_ERR_LIMIT ? kimput_rule_error(r->rule) : kimput_strerror(st);
        return luaL_error(L, "rule \"%s\": %s (matching from byte %d; simplify the pattern or raise its limits)",
                          lua_tostring(L, -1), why, (int)from + 1);
      }
      if (!found) break;
      push_match(L, r, text, keys_idx);
      lua_rawseti(L, -2, ++count);
      size_t mend = r->groups[0].end;
      if (mend > from) from = mend;
      else if (from < end) from += char_len((unsigned char)text[from]);  /* step over an empty match */
      else break;
    }
  }
  return 1;
}

/* rule:names() -> the distinct named groups, in name order */
static int l_rule_names(lua_State *L) {
  lk_rule *r = check_rule(L, 1);
  lua_newtable(L);
  uint32_t n = kimput_rule_name_count(r->rule);
  int k = 0;
  const char *prev = NULL;
  for (uint32_t i = 0; i < n; i++) {
    const char *name = kimput_rule_name(r->rule, i, NULL);
    if (prev && strcmp(prev, name) == 0) continue;
    lua_pushstring(L, name);
    lua_rawseti(L, -2, ++k);
    prev = name;
  }
  return 1;
}

static int l_rule_group_count(lua_State *L) {
  lua_pushinteger(L, kimput_rule_group_count(check_rule(L, 1)->rule));
  return 1;
}

static int l_rule_jit(lua_State *L) {
  lua_pushboolean(L, kimput_rule_jit(check_rule(L, 1)->rule));
  return 1;
}

static int l_rule_tostring(lua_State *L) {
  luaL_checkudata(L, 1, LK_RULE);
  lua_getiuservalue(L, 1, 1);
  lua_pushfstring(L, "kimput.Rule (%s)", lua_isstring(L, -1) ? lua_tostring(L, -1) : "?");
  return 1;
}

static const luaL_Reg rule_methods[] = {
  {"exec", l_rule_exec},
  {"names", l_rule_names},
  {"group_count", l_rule_group_count},
  {"jit", l_rule_jit},
  {NULL, NULL}
};

static const luaL_Reg rule_meta[] = {
  {"__gc", l_rule_gc},
  {"__close", l_rule_gc},
  {"__tostring", l_rule_tostring},
  {NULL, NULL}
};

static const luaL_Reg rule_functions[] = {
  {"rule_new", l_rule_new},
  {NULL, NULL}
};

void lk_open_rules(lua_State *L) {
  luaL_newmetatable(L, LK_RULE);
  luaL_setfuncs(L, rule_meta, 0);
  luaL_newlib(L, rule_methods);
  lua_setfield(L, -2, "__index");
  lua_pop(L, 1);
  luaL_setfuncs(L, rule_functions, 0);
}
