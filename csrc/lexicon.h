/* lexicon.h -- the lexicon's layout, private to the core (mentions.c and
 * attribution.c read it directly). */
#ifndef KIMPUT_LEXICON_H
#define KIMPUT_LEXICON_H

#include "kimput.h"

typedef struct {
  uint32_t classes;   /* KIMPUT_LEX_* */
  int32_t entity;     /* the entity this form names, or -1 */
} lex_entry;

typedef struct {
  uint32_t name, name_len;  /* offset and length of the canonical name in the pool */
  uint32_t nwords;          /* words in the name */
  int32_t country;          /* a place entity, or -1 */
  uint8_t kind;             /* kimput_entity_kind */
} lex_entity;

struct kimput_lexicon {
  kimput_gaz *forms;        /* surface form -> entry index */
  lex_entry *entries;
  size_t nentries, entries_cap;
  lex_entity *entities;
  size_t nentities, entities_cap;
  char *pool;
  size_t pool_len, pool_cap;
  uint64_t stamp;           /* changes with every addition: results cached on documents check it */
};

/* A new stamp for a lexicon that changed (unique in the process). */
uint64_t lex_new_stamp(void);

/* The longest form at tokens[0] (at most avail tokens): its length in
 * tokens (0: none) and its entry. */
static inline size_t lex_match(const kimput_lexicon *lex, const char *text, const kimput_token *tokens,
                               size_t avail, const lex_entry **entry) {
  int32_t id = -1;
  size_t n = kimput_gaz_longest(lex->forms, text, tokens, avail, &id);
  if (n == 0 || id < 0 || (size_t)id >= lex->nentries) return 0;
  *entry = &lex->entries[id];
  return n;
}

#endif
