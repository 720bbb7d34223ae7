/* lexicon.h -- the lexicon's layout, private to the core (mentions.c and
 * attribution.c read it directly). */
#ifndef KIMPUT_LEXICON_H
#define KIMPUT_LEXICON_H

#include <string.h>

#include "kimput.h"

typedef struct {
  uint32_t classes;   /* KIMPUT_LEX_* */
  int32_t entity;     /* the entity this form names, or -1 */
  uint8_t case_flags; /* KIMPUT_GAZ_* of the entity's form: the words' classes apply in any case */
  uint32_t exact, exact_len;  /* the form as given (spaces for hyphens), in the pool, for EXACT_CASE */
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

/* gazetteer.c: the longest form at tokens[0] and, in *first, the id of the
 * one-word form there (-1 when none). */
size_t gaz_match2(const kimput_gaz *gaz, const char *text, const kimput_token *tokens, size_t avail, int32_t *id,
                  int32_t *first);

/* What the lexicon says of one token, computed once per document and token
 * (mentions.c keeps the array; attribution.c reads it). */
typedef struct {
  uint8_t n;        /* tokens of the longest form starting here, 0 when none; LEX_HIT_UNSET before lookup */
  int32_t entry;    /* its entry, or -1 */
  int32_t single;   /* the entry of the one-token form here, or -1 */
  int32_t entity;   /* the entity the longest form names here (its case rule met), or -1 */
  uint32_t nya;     /* for a word ending in -nya (katanya): the classes of the word without it */
  uint32_t any;     /* every class a form here may have: the longest form's and nya's, all bits
                       when the form is longer than one token (a shorter one may differ); scans
                       for rare classes (cues) skip a token when no wanted bit is set */
} lex_hit;

/* Is the case of tokens t[0..n) right for the entity of entry e ("AS" is
 * not "as", "Kim" not "kim")? */
int lex_case_ok(const kimput_lexicon *lex, const lex_entry *e, const char *text, const kimput_token *t, size_t n);

#define LEX_HIT_UNSET 0xFF

/* Marks hits[0..n) as not looked up yet (only n is set: lex_hit_at fills the rest). */
static inline void lex_hits_reset(lex_hit *hits, size_t n) {
  for (size_t i = 0; i < n; i++) hits[i].n = LEX_HIT_UNSET;
}

/* mentions.c: the lexicon hits of the document's tokens, kept with its mentions. */
struct mention_set;
lex_hit *mention_set_hits(struct mention_set *set);
/* ... and frees them once the stages that read them are done (the
 * mentions themselves stay). */
void mention_set_drop_hits(struct mention_set *set);

/* The hit at token i of text (hits[i] is filled on first use). */
static inline const lex_hit *lex_hit_at(const kimput_lexicon *lex, lex_hit *hits, const char *text,
                                        const kimput_token *t, size_t nt, size_t i) {
  lex_hit *h = &hits[i];
  if (h->n == LEX_HIT_UNSET) {
    int32_t id = -1, first = -1;
    size_t n = t[i].kind == KIMPUT_TOK_WORD ? gaz_match2(lex->forms, text, &t[i], nt - i, &id, &first) : 0;
    h->n = (uint8_t)n;
    h->entry = n ? id : -1;
    h->single = first;
    h->entity = -1;
    if (n && lex->entries[id].entity >= 0 && lex_case_ok(lex, &lex->entries[id], text, &t[i], n))
      h->entity = lex->entries[id].entity;
    size_t len = t[i].end - t[i].start;
    h->nya = t[i].kind == KIMPUT_TOK_WORD && len > 4 && !memcmp(text + t[i].end - 3, "nya", 3)
                 ? kimput_lexicon_classes(lex, text + t[i].start, len - 3)
                 : 0;
    h->any = h->nya | (n > 1 ? UINT32_MAX : (n ? lex->entries[id].classes : 0));
  }
  return h;
}

/* Can token i (hits as for lex_hit_at) hold a form of one of the classes
 * cls, or its -nya form? 0 only when it surely cannot. */
static inline int lex_hit_may(const lex_hit *hits, size_t i, uint32_t cls) {
  return hits[i].n == LEX_HIT_UNSET || (hits[i].any & cls);
}

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
