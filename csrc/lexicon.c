/* lexicon.c -- the words the mention and attribution stages know: word
 * classes (titles, ranks, cues...) and the gazetteer's entities. Forms are
 * matched through one kimput_gaz whose ids index the entry array; the
 * entities' canonical names live in one pool. Built once, read-only after. */
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

uint64_t lex_new_stamp(void) {
  static atomic_uint_fast64_t next = 1;
  return (uint64_t)atomic_fetch_add(&next, 1);
}

kimput_status kimput_lexicon_new(kimput_lexicon **out) {
  if (!out) return KIMPUT_ERR_ARG;
  *out = NULL;
  kimput_lexicon *lex = calloc(1, sizeof *lex);
  if (!lex) return KIMPUT_ERR_NOMEM;
  kimput_status st = kimput_gaz_new(&lex->forms);
  if (st != KIMPUT_OK) { free(lex); return st; }
  lex->stamp = lex_new_stamp();
  *out = lex;
  return KIMPUT_OK;
}

void kimput_lexicon_free(kimput_lexicon *lex) {
  if (!lex) return;
  kimput_gaz_free(lex->forms);
  free(lex->entries);
  free(lex->entities);
  free(lex->pool);
  free(lex);
}

/* Room for n more bytes in the pool of names and forms. */
static kimput_status pool_reserve(kimput_lexicon *lex, size_t n) {
  if (lex->pool_len + n <= lex->pool_cap) return KIMPUT_OK;
  size_t cap = lex->pool_cap ? lex->pool_cap * 2 : 4096;
  while (cap < lex->pool_len + n) cap *= 2;
  if (cap > UINT32_MAX) return KIMPUT_ERR_TOO_LARGE;
  char *p = realloc(lex->pool, cap);
  if (!p) return KIMPUT_ERR_NOMEM;
  lex->pool = p;
  lex->pool_cap = cap;
  return KIMPUT_OK;
}

/* The entry of a form, created (with no classes) when new; -1 on failure. */
static int32_t entry_for(kimput_lexicon *lex, const char *s, size_t len, int flags, int set_flags,
                         kimput_status *st) {
  int32_t id;
  if (kimput_gaz_get(lex->forms, s, len, &id)) {
    if (set_flags && (*st = kimput_gaz_add(lex->forms, s, len, id, flags)) != KIMPUT_OK) return -1;
    return id;
  }
  if (lex->nentries == lex->entries_cap) {
    size_t cap = lex->entries_cap ? lex->entries_cap * 2 : 256;
    lex_entry *v = realloc(lex->entries, cap * sizeof *v);
    if (!v) { *st = KIMPUT_ERR_NOMEM; return -1; }
    lex->entries = v;
    lex->entries_cap = cap;
  }
  if (lex->nentries >= INT32_MAX) { *st = KIMPUT_ERR_TOO_LARGE; return -1; }
  id = (int32_t)lex->nentries;
  if ((*st = kimput_gaz_add(lex->forms, s, len, id, flags)) != KIMPUT_OK) return -1;
  memset(&lex->entries[id], 0, sizeof lex->entries[id]);
  lex->entries[id].entity = -1;
  lex->nentries++;
  return id;
}

kimput_status kimput_lexicon_add_word(kimput_lexicon *lex, const char *phrase, size_t len, unsigned classes) {
  if (!lex || !phrase) return KIMPUT_ERR_ARG;
  kimput_status st = KIMPUT_OK;
  int32_t id = entry_for(lex, phrase, len, 0, 0, &st);
  if (id < 0) return st;
  lex->entries[id].classes |= classes;
  lex->stamp = lex_new_stamp();
  return KIMPUT_OK;
}

kimput_status kimput_lexicon_add_entity(kimput_lexicon *lex, const char *name, size_t len, int kind, int32_t *id) {
  if (!lex || !name || len == 0 || len > 200 || kind < 0 || kind >= KIMPUT_ENT_KIND_COUNT) return KIMPUT_ERR_ARG;
  if (lex->nentities == lex->entities_cap) {
    size_t cap = lex->entities_cap ? lex->entities_cap * 2 : 128;
    lex_entity *v = realloc(lex->entities, cap * sizeof *v);
    if (!v) return KIMPUT_ERR_NOMEM;
    lex->entities = v;
    lex->entities_cap = cap;
  }
  kimput_status st = pool_reserve(lex, len);
  if (st != KIMPUT_OK) return st;
  memcpy(lex->pool + lex->pool_len, name, len);
  lex_entity *e = &lex->entities[lex->nentities];
  e->name = (uint32_t)lex->pool_len;
  e->name_len = (uint32_t)len;
  e->nwords = 1;
  for (size_t i = 0; i + 1 < len; i++) e->nwords += (name[i] == ' ' || name[i] == '-') && name[i + 1] != ' ';
  e->country = -1;
  e->kind = (uint8_t)kind;
  lex->pool_len += len;
  if (id) *id = (int32_t)lex->nentities;
  lex->nentities++;
  lex->stamp = lex_new_stamp();
  return KIMPUT_OK;
}

/* Appends s[0..n) to the pool, spaces and hyphens as one space; *off, *len set. */
static kimput_status pool_form(kimput_lexicon *lex, const char *s, size_t n, uint32_t *off, uint32_t *len) {
  kimput_status st = pool_reserve(lex, n);
  if (st != KIMPUT_OK) return st;
  char *out = lex->pool + lex->pool_len;
  size_t k = 0;
  for (size_t i = 0; i < n; i++) {
    char ch = s[i] == '-' || s[i] == '\t' ? ' ' : s[i];
    if (ch == ' ' && (k == 0 || out[k - 1] == ' ')) continue;
    out[k++] = ch;
  }
  while (k > 0 && out[k - 1] == ' ') k--;
  *off = (uint32_t)lex->pool_len;
  *len = (uint32_t)k;
  lex->pool_len += k;
  return KIMPUT_OK;
}

int lex_case_ok(const kimput_lexicon *lex, const lex_entry *e, const char *text, const kimput_token *t, size_t n) {
  if ((e->case_flags & KIMPUT_GAZ_UPPER) && !(t[0].flags & KIMPUT_TOKF_UPPER)) return 0;
  if (!(e->case_flags & KIMPUT_GAZ_EXACT_CASE)) return 1;
  const char *want = lex->pool + e->exact;
  size_t k = 0;
  for (size_t j = 0; j < n; j++) {
    if (j > 0 && (k >= e->exact_len || want[k++] != ' ')) return 0;
    for (uint32_t b = t[j].start; b < t[j].end; b++, k++) {
      char ch = text[b] == '-' ? ' ' : text[b];
      if (k >= e->exact_len || want[k] != ch) return 0;
    }
  }
  return k == e->exact_len;
}

kimput_status kimput_lexicon_add_alias(kimput_lexicon *lex, int32_t id, const char *surface, size_t len, int flags) {
  if (!lex || !surface || id < 0 || (size_t)id >= lex->nentities) return KIMPUT_ERR_ARG;
  kimput_status st = KIMPUT_OK;
  /* the case rule belongs to the entity, not to the form: "bin" stays a particle beside "BIN" */
  int32_t e = entry_for(lex, surface, len, 0, 0, &st);
  if (e < 0) return st;
  lex->entries[e].entity = id;
  lex->entries[e].case_flags = (uint8_t)flags;
  if ((flags & KIMPUT_GAZ_EXACT_CASE) &&
      (st = pool_form(lex, surface, len, &lex->entries[e].exact, &lex->entries[e].exact_len)) != KIMPUT_OK)
    return st;
  lex->stamp = lex_new_stamp();
  return KIMPUT_OK;
}

kimput_status kimput_lexicon_set_country(kimput_lexicon *lex, int32_t id, int32_t place_id) {
  if (!lex || id < 0 || (size_t)id >= lex->nentities || place_id < 0 || (size_t)place_id >= lex->nentities ||
      lex->entities[place_id].kind != KIMPUT_ENT_PLACE)
    return KIMPUT_ERR_ARG;
  lex->entities[id].country = place_id;
  lex->stamp = lex_new_stamp();
  return KIMPUT_OK;
}

const char *kimput_lexicon_entity_name(const kimput_lexicon *lex, int32_t id, size_t *len) {
  if (len) *len = 0;
  if (!lex || id < 0 || (size_t)id >= lex->nentities) return NULL;
  if (len) *len = lex->entities[id].name_len;
  return lex->pool + lex->entities[id].name;
}

unsigned kimput_lexicon_classes(const kimput_lexicon *lex, const char *phrase, size_t len) {
  int32_t id;
  if (!lex || !phrase || !kimput_gaz_get(lex->forms, phrase, len, &id)) return 0;
  return lex->entries[id].classes;
}

const char *kimput_entity_kind_name(int kind) {
  static const char *const names[] = {"person", "org", "outlet", "place"};
  return kind >= 0 && kind < KIMPUT_ENT_KIND_COUNT ? names[kind] : "?";
}

const char *kimput_mention_form_name(int form) {
  static const char *const names[] = {"name", "title", "pronoun", "description"};
  return form >= 0 && form <= KIMPUT_MENTION_DESCRIPTION ? names[form] : "?";
}
