/* lexicon.c -- the words the mention and attribution stages know: word
 * classes (titles, ranks, cues...) and the gazetteer's entities. Forms are
 * matched through one kimput_gaz whose ids index the entry array; the
 * entities' canonical names live in one pool. Built once, read-only after. */
#include <stdatomic.h>
#include <stddef.h>
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
  free(lex->words);
  free(lex->words_src);
  free(lex->word_index);
  free(lex->nodes);
  free(lex->node_index);
  free(lex->entries);
  free(lex->entities);
  free(lex->pool);
  free(lex->spell);
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

/* ------------------------------------------------------------ the table of short words */

#define WORD_MAX 16  /* longer words take the gazetteer's general lookup */

/* The table is an index of 32-bit slots (a 12-bit tag of the hash and the
 * word's place in the dense array, plus one; 0 = empty) at most half full:
 * 4 bytes per slot, so that a word the lexicon does not know (most words of
 * a text) is answered from a few kilobytes that stay in cache, and the
 * word's line is read only when the tag matches. */
#define WORD_IDX_BITS 20
#define WORD_IDX_MAX ((1u << WORD_IDX_BITS) - 1)  /* words: past it, the gazetteer's lookup serves all */

#define LEX_CASE (LEX_ONES * 0x20)

/* The hash of a packed word, the same for the token as written and for its
 * lower-case key (the bit that tells an ASCII capital from its small letter
 * set in every byte), so that a token is hashed without lowering it. */
static inline uint64_t word_hash(uint64_t lo, uint64_t hi) {
  return ((lo | LEX_CASE) ^ ((hi | LEX_CASE) * 0xff51afd7ed558ccdULL)) * 0x9E3779B97F4A7C15ULL;
}

static inline uint32_t word_tag(uint64_t h) { return (uint32_t)(h >> 52) << WORD_IDX_BITS; }

/* Is the packed token (lo, hi as written) word w in any case? Its bytes
 * may differ from the key's only by the case bit, and only at letters. */
static inline int word_is(const lex_word *w, uint64_t lo, uint64_t hi) {
  return !(((lo ^ w->lo) & w->same_lo) | ((hi ^ w->hi) & w->same_hi));
}

/* The slot of the index holding the word (lo, hi packed as written), or the
 * empty slot where it would go. */
static inline uint32_t *word_probe(const uint32_t *index, size_t cap, const lex_word *words, uint64_t lo,
                                   uint64_t hi) {
  size_t mask = cap - 1;
  uint64_t h = word_hash(lo, hi);
  uint32_t tag = word_tag(h);
  for (size_t i = (size_t)(h >> 40) & mask;; i = (i + 1) & mask) {
    uint32_t v = index[i];
    if (v == 0) return (uint32_t *)&index[i];
    if ((v & ~WORD_IDX_MAX) == tag && word_is(&words[(v & WORD_IDX_MAX) - 1], lo, hi))
      return (uint32_t *)&index[i];
  }
}

/* 0x20 at each byte of the packed lower-case w that is a letter a..z. */
static inline uint64_t letters8(uint64_t w) {
  uint64_t h7 = w & ~LEX_HIGHS;
  uint64_t ge_a = h7 + LEX_ONES * (0x80 - 'a'), gt_z = h7 + LEX_ONES * (0x80 - 'z' - 1);
  return (ge_a & ~gt_z & ~w & LEX_HIGHS) >> 2;
}

/* The length of a packed key (its bytes are never 0). */
static size_t key_len(uint64_t lo, uint64_t hi) {
  size_t n = 0;
  for (uint64_t w = lo; w && n < 8; w >>= 8) n++;
  for (uint64_t w = hi; w; w >>= 8) n++;
  return n;
}

/* What the table of short words keeps of entry id: its classes, and whether it names an entity. */
static uint32_t single_bits(const kimput_lexicon *lex, int32_t id) {
  const lex_entry *e = &lex->entries[id];
  return e->classes | (e->entity >= 0 ? LEX_WORD_NAMES : 0);
}

/* Makes word k's hit again from its sources and the entries they name (the
 * hit of a token written so when no longer form goes on from it). */
static void word_hit_update(const kimput_lexicon *lex, size_t k) {
  lex_word *w = &lex->words[k];
  const lex_word_src *src = &lex->words_src[k];
  lex_hit *h = &w->hit;
  h->n = 0;
  h->entry = h->entity = -1;
  h->single = src->single;
  h->cls = h->nya = h->any = 0;
  w->case_rule = 0;
  if (src->single >= 0) {
    const lex_entry *e = &lex->entries[src->single];
    h->n = 1;
    h->entry = src->single;
    h->cls = single_bits(lex, src->single) & ~LEX_WORD_NAMES;
    h->any = h->cls;
    if (e->entity >= 0) {
      h->entity = e->entity;
      w->case_rule = (e->case_flags & (KIMPUT_GAZ_UPPER | KIMPUT_GAZ_EXACT_CASE)) != 0;
    }
  }
  if (src->nya_stem >= 0 && key_len(w->lo, w->hi) > 4) {
    h->nya = lex->entries[src->nya_stem].classes;
    h->any |= h->nya;
  }
  h->starts = (uint8_t)(lex_hit_starts(h) |
                        (key_len(w->lo, w->hi) > 3 && (uint8_t)(w->lo >> 16) == '-' ? LEX_STARTS_HYPHEN2 : 0));
}

/* The place of a packed lower-case word in the table, added (knowing
 * nothing yet) when new; -1 with *st KIMPUT_OK once the table is full (the
 * lookups then all take the gazetteer's way), -1 with an error when out of
 * memory. */
static ptrdiff_t word_slot(kimput_lexicon *lex, uint64_t lo, uint64_t hi, kimput_status *st) {
  if (lex->words_off) return -1;
  if (lex->words_cap) {
    uint32_t v = *word_probe(lex->word_index, lex->words_cap, lex->words, lo, hi);
    if (v) return (ptrdiff_t)(v & WORD_IDX_MAX) - 1;
  }
  if (lex->words_used + 1 > WORD_IDX_MAX) {  /* no room for its place in a slot */
    free(lex->word_index);
    lex->word_index = NULL;
    lex->words_cap = 0;
    lex->words_off = 1;
    return -1;
  }
  if (lex->words_used == lex->words_room) {
    size_t room = lex->words_room ? lex->words_room * 2 : 512;
    void *nv = NULL;  /* a word per cache line */
    if (posix_memalign(&nv, 64, room * sizeof *lex->words)) { *st = KIMPUT_ERR_NOMEM; return -1; }
    lex_word_src *ns = realloc(lex->words_src, room * sizeof *ns);
    if (!ns) { free(nv); *st = KIMPUT_ERR_NOMEM; return -1; }
    if (lex->words_used) memcpy(nv, lex->words, lex->words_used * sizeof *lex->words);
    free(lex->words);
    lex->words = nv;
    lex->words_src = ns;
    lex->words_room = room;
  }
  /* (half full at most: the index is read at a random slot a token, so its size in cache counts more
     than a probe or two more in the one line the tags are read from) */
  if ((lex->words_used + 1) * 2 > lex->words_cap) {
    size_t cap = lex->words_cap ? lex->words_cap * 2 : 1024;
    uint32_t *nv = calloc(cap, sizeof *nv);
    if (!nv) { *st = KIMPUT_ERR_NOMEM; return -1; }
    for (size_t i = 0; i < lex->words_used; i++)
      *word_probe(nv, cap, lex->words, lex->words[i].lo, lex->words[i].hi) =
          word_tag(word_hash(lex->words[i].lo, lex->words[i].hi)) | (uint32_t)(i + 1);
    free(lex->word_index);
    lex->word_index = nv;
    lex->words_cap = cap;
  }
  uint32_t *slot = word_probe(lex->word_index, lex->words_cap, lex->words, lo, hi);
  size_t k = lex->words_used;
  lex_word *w = &lex->words[k];
  memset(w, 0, sizeof *w);
  w->lo = lo;
  w->hi = hi;
  w->same_lo = ~letters8(lo);
  w->same_hi = ~letters8(hi);
  lex->words_src[k].single = lex->words_src[k].nya_stem = -1;
  word_hit_update(lex, k);
  *slot = word_tag(word_hash(lo, hi)) | (uint32_t)(k + 1);
  lex->words_used++;
  return (ptrdiff_t)k;
}

/* s[0..n) (1..16 bytes) packed as written. */
static inline void pack_raw(const char *s, size_t n, uint64_t *lo, uint64_t *hi) {
  *lo = pack8(s, n < 8 ? n : 8);
  *hi = n > 8 ? pack8(s + 8, n - 8) : 0;
}

/* The masks of the first n bytes of 8 (lo) and of the next 8 (hi), by n (0..16). */
static const uint64_t keep_lo[17] = {
    0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff, 0xffffffffffffff, UINT64_MAX,
    UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX, UINT64_MAX};
static const uint64_t keep_hi[17] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xffff, 0xffffff, 0xffffffff, 0xffffffffff, 0xffffffffffff,
    0xffffffffffffff, UINT64_MAX};

/* pack_raw where 16 bytes from s may be read (before the end of the last
 * token): two loads, masked, without a branch on n. */
static inline void pack_raw16(const char *s, size_t n, uint64_t *lo, uint64_t *hi) {
  uint64_t a, b;
  memcpy(&a, s, 8);
  memcpy(&b, s + 8, 8);
  *lo = a & keep_lo[n];
  *hi = b & keep_hi[n];
}

/* s[0..n) (1..16 bytes) packed as a table key, lower case. */
static inline void pack_word(const char *s, size_t n, uint64_t *lo, uint64_t *hi) {
  pack_raw(s, n, lo, hi);
  *lo = lower8(*lo);
  *hi = lower8(*hi);
}

/* ------------------------------------------------------------ the words after the first */

#define NODE_OF_WORD 0x80000000u  /* a parent that is the first word: its place in words, with this bit */

static inline uint64_t node_hash(uint32_t parent, uint64_t lo, uint64_t hi) {
  return (lo ^ (hi * 0xff51afd7ed558ccdULL) ^ (parent * 0xc4ceb9fe1a85ec53ULL)) * 0x9E3779B97F4A7C15ULL;
}

/* The slot of the index holding the node (parent, lo, hi), or the empty slot where it would go. */
static uint32_t *node_probe(const uint32_t *index, size_t cap, const lex_node *nodes, uint32_t parent, uint64_t lo,
                            uint64_t hi) {
  size_t mask = cap - 1;
  for (size_t i = (size_t)(node_hash(parent, lo, hi) >> 40) & mask;; i = (i + 1) & mask) {
    uint32_t v = index[i];
    if (v == 0) return (uint32_t *)&index[i];
    const lex_node *d = &nodes[v - 1];
    if (d->lo == lo && d->hi == hi && d->parent == parent) return (uint32_t *)&index[i];
  }
}

/* The node of the lower-case word (lo, hi) after the words of parent, or NULL. */
static inline const lex_node *node_find(const kimput_lexicon *lex, uint32_t parent, uint64_t lo, uint64_t hi) {
  uint32_t v = *node_probe(lex->node_index, lex->nodes_cap, lex->nodes, parent, lo, hi);
  return v ? &lex->nodes[v - 1] : NULL;
}

/* The place of node (parent, lo, hi), added (knowing nothing yet) when new; -1 on failure. */
static ptrdiff_t node_slot(kimput_lexicon *lex, uint32_t parent, uint64_t lo, uint64_t hi, kimput_status *st) {
  if (lex->nodes_cap) {
    uint32_t v = *node_probe(lex->node_index, lex->nodes_cap, lex->nodes, parent, lo, hi);
    if (v) return (ptrdiff_t)v - 1;
  }
  if (lex->nodes_used + 1 >= NODE_OF_WORD) { *st = KIMPUT_ERR_TOO_LARGE; return -1; }
  if (lex->nodes_used == lex->nodes_room) {
    size_t room = lex->nodes_room ? lex->nodes_room * 2 : 256;
    lex_node *nv = realloc(lex->nodes, room * sizeof *nv);
    if (!nv) { *st = KIMPUT_ERR_NOMEM; return -1; }
    lex->nodes = nv;
    lex->nodes_room = room;
  }
  if ((lex->nodes_used + 1) * 2 > lex->nodes_cap) {
    size_t cap = lex->nodes_cap ? lex->nodes_cap * 2 : 512;
    uint32_t *nv = calloc(cap, sizeof *nv);
    if (!nv) { *st = KIMPUT_ERR_NOMEM; return -1; }
    for (size_t i = 0; i < lex->nodes_used; i++) {
      const lex_node *d = &lex->nodes[i];
      *node_probe(nv, cap, lex->nodes, d->parent, d->lo, d->hi) = (uint32_t)(i + 1);
    }
    free(lex->node_index);
    lex->node_index = nv;
    lex->nodes_cap = cap;
  }
  uint32_t *slot = node_probe(lex->node_index, lex->nodes_cap, lex->nodes, parent, lo, hi);
  size_t k = lex->nodes_used++;
  lex_node *d = &lex->nodes[k];
  d->lo = lo;
  d->hi = hi;
  d->parent = parent;
  d->form = -1;
  d->next = 0;
  *slot = (uint32_t)(k + 1);
  return (ptrdiff_t)k;
}

/* Records the words after the first of a form of several words (key[0..n),
 * normalised; the first word ends at w1 and is word k of the table), each
 * known by the words before it, up to a word longer than WORD_MAX (from
 * there the gazetteer's keys decide). */
static kimput_status note_chain(kimput_lexicon *lex, const char *key, size_t n, size_t w1, size_t k, int32_t id) {
  uint32_t parent = NODE_OF_WORD | (uint32_t)k;
  for (size_t a = w1 + 1;;) {
    size_t b = a;
    while (b < n && key[b] != ' ') b++;
    if (b - a > WORD_MAX) return KIMPUT_OK;
    uint64_t lo, hi;
    pack_word(key + a, b - a, &lo, &hi);
    kimput_status st = KIMPUT_OK;
    ptrdiff_t d = node_slot(lex, parent, lo, hi, &st);
    if (d < 0) return st;
    if (b == n) {
      lex->nodes[d].form = id;
      return KIMPUT_OK;
    }
    lex->nodes[d].next = (uint16_t)(lex->nodes[d].next | next_bit_key(key + b + 1, n - b - 1));
    parent = (uint32_t)d;
    a = b + 1;
  }
}

/* The bit of lex->cue_bits for a packed word, as written or lower case: the top bits of its hash,
 * which every byte of the word stirs (bits 28 and up to 39 depended on the first five bytes and
 * the last ones alone). */
static inline uint32_t cue_bit(uint64_t lo, uint64_t hi) {
  return (uint32_t)(word_hash(lo, hi) >> (64 - LEX_CUE_LOG2)) & (LEX_CUE_BITS - 1);
}

/* Sets the filter bit of word k when its hit may have a cue class: its
 * one-word form's classes, its -nya stem's, or a longer form it starts
 * (whose hit has every class). Bits are never cleared: classes only grow. */
static void note_cue(kimput_lexicon *lex, size_t k) {
  const lex_word *w = &lex->words[k];
  const lex_word_src *src = &lex->words_src[k];
  uint32_t cls = (src->single >= 0 ? lex->entries[src->single].classes : 0) |
                 (src->nya_stem >= 0 ? lex->entries[src->nya_stem].classes : 0);
  if (w->next || (cls & LEX_CUE_CLASSES)) {
    uint32_t b = cue_bit(w->lo, w->hi);
    lex->cue_bits[b / 64] |= (uint64_t)1 << (b % 64);
  }
}

/* A hyphen in the packed word (the table's words have none: the gazetteer's keys decide). */
static inline int has_hyphen(uint64_t lo, uint64_t hi) { return (bytes_eq(lo, '-') | bytes_eq(hi, '-')) != 0; }

/* (bytes before bound may be read: 0 when unknown) */
static inline int may_cue(const kimput_lexicon *lex, const char *text, const kimput_token *t, size_t bound) {
  size_t len = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || len - 1 >= WORD_MAX || !lex->words_cap) return 1;
  uint64_t lo, hi;
  if (t->start + 16 <= bound) pack_raw16(text + t->start, len, &lo, &hi);
  else pack_raw(text + t->start, len, &lo, &hi);
  uint32_t b = cue_bit(lo, hi);
  return ((lex->cue_bits[b / 64] >> (b % 64)) & 1) || has_hyphen(lo, hi);
}

int lex_may_cue(const kimput_lexicon *lex, const char *text, const kimput_token *t) {
  return may_cue(lex, text, t, 0);
}

/* Records a new form (entry id) in the table of short words: a one-word
 * form, the first word (and the first two) of a longer one, and the -nya
 * form of a short word. Called again when the entry changes (the same
 * records, the entry's classes copied again). */
static kimput_status note_form(kimput_lexicon *lex, const char *s, size_t len, int32_t id) {
  char key[200 + 3];
  int words;
  size_t n = gaz_normalise(s, len, key, &words);
  if (n == 0) return KIMPUT_OK;
  kimput_status st = KIMPUT_OK;
  size_t w1 = 0;
  while (w1 < n && key[w1] != ' ') w1++;
  if (w1 > WORD_MAX) return KIMPUT_OK;
  uint64_t lo, hi;
  pack_word(key, w1, &lo, &hi);
  ptrdiff_t k = word_slot(lex, lo, hi, &st);
  if (k < 0) return st;
  if (w1 < n) {
    lex_word *w = &lex->words[k];
    w->next = (uint16_t)(w->next | next_bit_key(key + w1 + 1, n - w1 - 1));
    note_cue(lex, (size_t)k);
    return note_chain(lex, key, n, w1, (size_t)k, id);
  }
  lex->words_src[k].single = id;
  word_hit_update(lex, (size_t)k);
  note_cue(lex, (size_t)k);
  if (n >= 2 && n + 3 <= WORD_MAX) {  /* kata -> katanya */
    memcpy(key + n, "nya", 3);
    pack_word(key, n + 3, &lo, &hi);
    if ((k = word_slot(lex, lo, hi, &st)) < 0) return st;
    lex->words_src[k].nya_stem = id;
    word_hit_update(lex, (size_t)k);
    note_cue(lex, (size_t)k);
  }
  return KIMPUT_OK;
}

/* The hit of token i by the gazetteer's general lookup (a long word, one
 * with a hyphen or after a first word, a word of more than WORD_MAX bytes
 * in a form): out of line, so that the
 * registers of the common path below stay its own. */
static __attribute__((noinline)) void fill_general(const kimput_lexicon *lex, lex_hit *h, const char *text,
                                                   const kimput_token *t, size_t nt, size_t i) {
  size_t len = t[i].end - t[i].start;
  int32_t id = -1, first = -1;
  size_t n = gaz_match2(lex->forms, text, &t[i], nt - i, &id, &first);
  h->n = (uint8_t)n;
  h->entry = n ? id : -1;
  h->cls = n ? lex->entries[id].classes : 0;
  h->single = first;
  h->entity = -1;
  if (n && lex->entries[id].entity >= 0 && lex_case_ok(lex, &lex->entries[id], text, &t[i], n))
    h->entity = lex->entries[id].entity;
  h->nya = len > 4 && lex_ends_nya(text + t[i].end - 3) ? kimput_lexicon_classes(lex, text + t[i].start, len - 3)
                                                        : 0;
  h->any = h->nya | (n > 1 ? UINT32_MAX : (n ? lex->entries[id].classes : 0));
  h->starts = (uint8_t)(lex_hit_starts(h) | (t[i].flags & LEX_STARTS_UPPER) | lex_starts_hyphen2(text, &t[i]));
}

static const lex_hit no_hit = {0, 0, -1, -1, -1, 0, 0, 0};

/* next_bit_token of the token x, whose first eight bytes are read at once, masked, when the
 * text goes on that far (bytes before bound may be read). */
static inline uint16_t next_bit_at(const char *text, const kimput_token *x, size_t bound) {
  size_t n = x->end - x->start;
  if (n == 0 || x->start + 8 > bound) return next_bit_token(text + x->start, n);
  uint64_t w;
  memcpy(&w, text + x->start, 8);
  w = lower8(w & keep_lo[n < 8 ? n : 8]);
  uint64_t hy = bytes_eq(w, '-');
  if (hy) w &= ((uint64_t)1 << (__builtin_ctzll(hy) & ~7u)) - 1;
  return next_hash(w);
}

/* Does the token after token i stand on the line and carry one of the filter bits next? */
static inline int continues(const char *text, const kimput_token *t, size_t nt, size_t i, uint16_t next) {
  return next && i + 1 < nt && (t[i + 1].kind == KIMPUT_TOK_WORD || t[i + 1].kind == KIMPUT_TOK_URL) &&
         gap_is_space(text, t[i].end, t[i + 1].start) && (next & next_bit_at(text, &t[i + 1], t[nt - 1].end));
}

/* The hit of token i, word k of the table, when the next word may go on in
 * a longer form: the words after it walk the nodes as far as they go on
 * the line, the longest form on the way wins; a word on the way that is no
 * short plain word leaves it to the gazetteer's general lookup (out of
 * line: most tokens stand alone). */
static __attribute__((noinline)) void fill_longer(const kimput_lexicon *lex, size_t k, lex_hit *h, const char *text,
                                                  const kimput_token *t, size_t nt, size_t i) {
  const lex_word *w = &lex->words[k];
  uint32_t parent = NODE_OF_WORD | (uint32_t)k;
  int32_t form = -1;
  size_t n = 1;
  for (size_t j = i + 1;; j++) {  /* token j goes on from j - 1 (continues) */
    const kimput_token *x = &t[j];
    size_t len = x->end - x->start;
    uint64_t lo, hi;
    if (!lex->nodes_cap || x->kind != KIMPUT_TOK_WORD || len - 1 >= WORD_MAX ||
        (pack_word(text + x->start, len, &lo, &hi), has_hyphen(lo, hi))) {
      fill_general(lex, h, text, t, nt, i);
      return;
    }
    const lex_node *d = node_find(lex, parent, lo, hi);
    if (!d) break;
    if (d->form >= 0) {
      form = d->form;
      n = j - i + 1;
    }
    if (!continues(text, t, nt, j, d->next)) break;
    parent = (uint32_t)(d - lex->nodes);
  }
  *h = w->hit;
  if (form >= 0) {  /* a form of n words, longer than the word's own */
    const lex_entry *e = &lex->entries[form];
    h->n = (uint8_t)n;
    h->entry = form;
    h->cls = e->classes;
    h->entity = e->entity >= 0 && lex_case_ok(lex, e, text, &t[i], n) ? e->entity : -1;
    h->any = UINT32_MAX;  /* a shorter form may have other classes */
  } else if (w->case_rule && !lex_case_ok(lex, &lex->entries[h->entry], text, &t[i], 1)) {
    h->entity = -1;
  }
  h->starts = (uint8_t)(lex_hit_starts(h) | (t[i].flags & LEX_STARTS_UPPER) | lex_starts_hyphen2(text, &t[i]));
}

/* May the packed token (lo, hi as written, a hyphen in it) start a form?
 * A form's first word, up to the first blank or hyphen, is in the table
 * when it has at most WORD_MAX bytes (note_form): a token whose part before
 * its first hyphen is not, starts none, its -nya stem neither (out of line:
 * few words have a hyphen). 1 when it may, or when the part is empty. */
static __attribute__((noinline)) int first_part_known(const uint32_t *index, size_t mask, const lex_word *words,
                                                      uint64_t lo, uint64_t hi) {
  uint64_t in_lo = bytes_eq(lo, '-'), plo = lo, phi = 0;
  if (in_lo) plo = lo & (((uint64_t)1 << (__builtin_ctzll(in_lo) & ~7u)) - 1);
  else phi = hi & (((uint64_t)1 << (__builtin_ctzll(bytes_eq(hi, '-')) & ~7u)) - 1);
  return plo == 0 || *word_probe(index, mask + 1, words, plo, phi) != 0;
}

/* fill_word for a token not in the table with a hyphen: the general lookup when the table knows
 * its part before the first hyphen, else no hit (out of line: rare). Its `any`. */
static __attribute__((noinline)) uint32_t fill_hyphened(const kimput_lexicon *lex, const uint32_t *index,
                                                        const lex_word *words, size_t mask, lex_hit *h,
                                                        const char *text, const kimput_token *t, size_t nt, size_t i,
                                                        uint64_t lo, uint64_t hi) {
  if (!first_part_known(index, mask, words, lo, hi)) {
    *h = no_hit;
    h->starts = (uint8_t)((t[i].flags & LEX_STARTS_UPPER) | lex_starts_hyphen2(text, &t[i]));
    return 0;
  }
  fill_general(lex, h, text, t, nt, i);
  return h->any;
}

/* fill_from for a word token of 1..WORD_MAX bytes, packed as written in lo,
 * hi. (Inline always, as fill_from.) */
static inline __attribute__((always_inline)) uint32_t fill_word(const kimput_lexicon *lex, const uint32_t *index,
                                                                const lex_word *words, size_t mask, lex_hit *h,
                                                                const char *text, const kimput_token *t, size_t nt,
                                                                size_t i, uint64_t lo, uint64_t hi) {
  const kimput_token *tk = &t[i];
  uint32_t v = *word_probe(index, mask + 1, words, lo, hi);
  if (v) {
    const lex_word *w = &words[(v & WORD_IDX_MAX) - 1];
    /* a longer form may go on only with a next word on the line whose filter bit is set */
    if (continues(text, t, nt, i, w->next)) {
      fill_longer(lex, (size_t)(w - words), h, text, t, nt, i);
      return h->any;
    }
    *h = w->hit;
    h->starts |= tk->flags & LEX_STARTS_UPPER;
    if (w->case_rule && !lex_case_ok(lex, &lex->entries[h->entry], text, tk, 1)) {
      h->entity = -1;
      h->starts = (uint8_t)(lex_hit_starts(h) | (tk->flags & LEX_STARTS_UPPER) | (w->hit.starts & LEX_STARTS_HYPHEN2));
    }
    return w->hit.any;
  }
  /* not in the table: in no form and no -nya of one, but for a word with a hyphen -- and
     then only when the table knows its part before the first hyphen (anak-anak: no) */
  if (!has_hyphen(lo, hi)) {
    *h = no_hit;
    h->starts = tk->flags & LEX_STARTS_UPPER;
    return 0;
  }
  return fill_hyphened(lex, index, words, mask, h, text, t, nt, i, lo, hi);
}

/* The hit of token i, no word: a site named by its address (Kompas.com) takes
 * the general lookup, any other token has none. Its `any`. */
static inline uint32_t fill_not_word(const kimput_lexicon *lex, lex_hit *h, const char *text, const kimput_token *t,
                              size_t nt, size_t i) {
  if (t[i].kind != KIMPUT_TOK_URL) {
    *h = no_hit;
    return 0;
  }
  fill_general(lex, h, text, t, nt, i);
  return h->any;
}

/* Fills h, the hit of token i: its `any`. Bytes before bound (the end of
 * the last token) may be read. (Inline always: the loops below run it for
 * every token, the table's index, words and mask in registers.) */
static inline __attribute__((always_inline)) uint32_t fill_from(const kimput_lexicon *lex, const uint32_t *index,
                                                                const lex_word *words, size_t mask, size_t bound,
                                                                lex_hit *h, const char *text, const kimput_token *t,
                                                                size_t nt, size_t i) {
  const kimput_token *tk = &t[i];
  size_t len = tk->end - tk->start;
  if (tk->kind != KIMPUT_TOK_WORD) return fill_not_word(lex, h, text, t, nt, i);
  if (len - 1 < WORD_MAX && index) {
    uint64_t lo, hi;
    if (tk->start + 16 <= bound) pack_raw16(text + tk->start, len, &lo, &hi);
    else pack_raw(text + tk->start, len, &lo, &hi);
    return fill_word(lex, index, words, mask, h, text, t, nt, i, lo, hi);
  }
  fill_general(lex, h, text, t, nt, i);
  return h->any;
}

static inline __attribute__((always_inline)) void fill(const kimput_lexicon *lex, lex_hit *h, const char *text,
                                                       const kimput_token *t, size_t nt, size_t i) {
  (void)fill_from(lex, lex->word_index, lex->words, lex->words_cap - 1, t[nt - 1].end, h, text, t, nt, i);
}

void lex_hit_fill(const kimput_lexicon *lex, lex_hit *h, const char *text, const kimput_token *t, size_t nt,
                  size_t i) {
  fill(lex, h, text, t, nt, i);
}

/* fill_from where the table is and 16 bytes may be read from the token's
 * start: two tests fewer a token. */
static inline __attribute__((always_inline)) uint32_t fill_inner(const kimput_lexicon *lex, const uint32_t *index,
                                                                 const lex_word *words, size_t mask, lex_hit *h,
                                                                 const char *text, const kimput_token *t, size_t nt,
                                                                 size_t i) {
  const kimput_token *tk = &t[i];
  size_t len = tk->end - tk->start;
  if (tk->kind != KIMPUT_TOK_WORD) return fill_not_word(lex, h, text, t, nt, i);
  if (len - 1 < WORD_MAX) {
    uint64_t lo, hi;
    pack_raw16(text + tk->start, len, &lo, &hi);
    return fill_word(lex, index, words, mask, h, text, t, nt, i, lo, hi);
  }
  fill_general(lex, h, text, t, nt, i);
  return h->any;
}

size_t lex_hits_fill(const kimput_lexicon *lex, lex_hit *hits, const char *text, const kimput_token *t, size_t nt,
                     size_t lo, size_t hi, size_t *cues) {
  const uint32_t *index = lex->word_index;
  const lex_word *words = lex->words;
  size_t mask = lex->words_cap - 1, bound = nt ? t[nt - 1].end : 0, *end = cues;
  if (hi > nt) hi = nt;
  /* the tokens before mid start 16 bytes or more before the end of the last one (tokens
     start in order: only the last few do not) */
  size_t mid = index ? hi : lo;
  while (mid > lo && t[mid - 1].start + 16 > bound) mid--;
  /* (a branch, not a store a token: a cue is rare, its branch foreseen) */
  for (size_t i = lo; i < mid; i++)
    if (fill_inner(lex, index, words, mask, &hits[i], text, t, nt, i) & LEX_CUE_CLASSES) *end++ = i;
  for (size_t i = mid; i < hi; i++)
    if (fill_from(lex, index, words, mask, bound, &hits[i], text, t, nt, i) & LEX_CUE_CLASSES) *end++ = i;
  return (size_t)(end - cues);
}

/* The candidates of tokens [lo, hi), none of them filled by lex_hits_fill, into cand + n: the new n. */
static size_t cue_walk(const kimput_lexicon *lex, lex_hit *hits, const char *text, const kimput_token *t, size_t nt,
                       size_t lo, size_t hi, size_t *cand, size_t n) {
  /* (may_cue and fill in one: a word that may be a cue is looked up with the bytes the filter
     packed, and the table's fields stay in registers, not read again after each store) */
  if (lo >= hi) return n;  /* (no tokens at all, maybe) */
  const uint32_t *index = lex->word_index;
  const lex_word *words = lex->words;
  const uint64_t *cue_bits = lex->cue_bits;
  size_t mask = lex->words_cap - 1, bound = t[nt - 1].end;
  for (size_t i = lo; i < hi; i++) {
    if (hits[i].n == LEX_HIT_UNSET) {  /* a filled hit of no word has no class */
      const kimput_token *tk = &t[i];
      size_t len = tk->end - tk->start;
      if (tk->kind != KIMPUT_TOK_WORD) continue;
      if (len - 1 < WORD_MAX && index) {
        uint64_t wlo, whi;
        if (tk->start + 16 <= bound) pack_raw16(text + tk->start, len, &wlo, &whi);
        else pack_raw(text + tk->start, len, &wlo, &whi);
        uint32_t b = cue_bit(wlo, whi);
        if (!((cue_bits[b / 64] >> (b % 64)) & 1) && !has_hyphen(wlo, whi))
          continue;  /* no cue: its hit waits for a scan that reads it */
        (void)fill_word(lex, index, words, mask, &hits[i], text, t, nt, i, wlo, whi);
      } else {
        fill_general(lex, &hits[i], text, t, nt, i);
      }
    }
    cand[n] = i;
    n += (hits[i].any & LEX_CUE_CLASSES) != 0;
  }
  return n;
}

size_t lex_cue_candidates(const kimput_lexicon *lex, lex_hit *hits, const char *text, const kimput_token *t,
                          size_t nt, const size_t *ranges, size_t nranges, const size_t *cues, size_t ncues,
                          size_t *cand) {
  size_t n = 0, done = 0, k = 0;  /* tokens [0, done) are walked */
  for (size_t r = 0; r < nranges; r++) {
    size_t lo = ranges[2 * r], stop = ranges[2 * r + 1];
    if (stop > nt) stop = nt;
    if (lo < done) lo = done;
    if (stop <= lo) continue;
    if (cues) {
      while (k < ncues && cues[k] < stop) cand[n++] = cues[k++];
    } else {
      n = cue_walk(lex, hits, text, t, nt, lo, stop, cand, n);
    }
    done = stop;
  }
  return n;
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
  lex->entries[id].title_of = -1;
  lex->nentries++;
  if ((*st = note_form(lex, s, len, id)) != KIMPUT_OK) return -1;
  return id;
}

kimput_status kimput_lexicon_add_word(kimput_lexicon *lex, const char *phrase, size_t len, unsigned classes) {
  if (!lex || !phrase) return KIMPUT_ERR_ARG;
  kimput_status st = KIMPUT_OK;
  int32_t id = entry_for(lex, phrase, len, 0, 0, &st);
  if (id < 0) return st;
  lex->entries[id].classes |= classes;
  lex->stamp = lex_new_stamp();
  return note_form(lex, phrase, len, id);  /* the table of short words copies the classes */
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

int lex_case_exact(const kimput_lexicon *lex, const lex_entry *e, const char *text, const kimput_token *t,
                   size_t n) {
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
  /* (a person's name in full: its other spellings are keyed too) */
  if (lex->entities[id].kind == KIMPUT_ENT_PERSON && (st = lex_spelling_add(lex, surface, len, id)) != KIMPUT_OK)
    return st;
  return note_form(lex, surface, len, e);  /* the table of short words notes the entity */
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

kimput_status kimput_lexicon_same_title(kimput_lexicon *lex, const char *title, size_t len, const char *same_as,
                                       size_t same_len) {
  int32_t a, b;
  if (!lex || !title || !same_as || !kimput_gaz_get(lex->forms, title, len, &a) ||
      !kimput_gaz_get(lex->forms, same_as, same_len, &b) || a < 0 || b < 0 || (size_t)a >= lex->nentries ||
      (size_t)b >= lex->nentries || !(lex->entries[a].classes & KIMPUT_LEX_TITLE) ||
      !(lex->entries[b].classes & KIMPUT_LEX_TITLE))
    return KIMPUT_ERR_ARG;
  int32_t ra = lex_title_root(lex, a), rb = lex_title_root(lex, b);
  if (ra == rb) return KIMPUT_OK;  /* one office already */
  for (size_t i = 0; i < lex->nentries; i++)  /* a's group, its root too, now stands for b's root */
    if ((int32_t)i == ra || lex->entries[i].title_of == ra) lex->entries[i].title_of = rb;
  lex->stamp = lex_new_stamp();
  return KIMPUT_OK;
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
