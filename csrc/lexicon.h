/* lexicon.h -- the lexicon's layout, private to the core (mentions.c and
 * attribution.c read it directly). */
#ifndef KIMPUT_LEXICON_H
#define KIMPUT_LEXICON_H

#include <stdint.h>
#include <string.h>

#include "kimput.h"

typedef struct {
  uint32_t classes;   /* KIMPUT_LEX_* */
  int32_t entity;     /* the entity this form names, or -1 */
  int32_t title_of;   /* the entry of the title this one is another name of (Menlu: Menteri Luar Negeri), or -1 */
  uint8_t case_flags; /* KIMPUT_GAZ_* of the entity's form: the words' classes apply in any case */
  uint32_t exact, exact_len;  /* the form as given (spaces for hyphens), in the pool, for EXACT_CASE */
} lex_entry;

/* What the lexicon says of one token, computed once per document and token
 * (mentions.c keeps the array; attribution.c reads it). */
typedef struct {
  uint8_t n;        /* tokens of the longest form starting here, 0 when none; LEX_HIT_UNSET before lookup */
  uint8_t starts;   /* lex_hit_starts of the fields below, LEX_STARTS_UPPER for a capitalised word,
                       LEX_STARTS_HYPHEN2: where the mention scan's walk stops, kept so that it
                       reads one byte */
  int32_t entry;    /* its entry, or -1 */
  int32_t single;   /* the entry of the one-token form here, or -1 */
  int32_t entity;   /* the entity the longest form names here (its case rule met), or -1 */
  uint32_t cls;     /* the classes of entry, 0 when none */
  uint32_t nya;     /* for a word ending in -nya (katanya): the classes of the word without it */
  uint32_t any;     /* every class a form here may have: the longest form's and nya's, all bits
                       when the form is longer than one token (a shorter one may differ); scans
                       for rare classes (cues) skip a token when no wanted bit is set */
} lex_hit;

/* A word of at most 16 bytes the lexicon knows, packed (lower case), with
 * the hit of a token written so when no longer form goes on from it: the
 * one-word form it is, and for "katanya" the classes of "kata" --
 * everything lex_hit_at needs for most tokens, copied in one go. Whether a
 * longer form starts with it says `next`. A word without a slot is in no
 * form. One cache line: a token found reads this and its index slot. */
typedef struct {
  uint64_t lo, hi;    /* bytes 0..7 and 8..15, zero padded; lo 0 = empty */
  uint64_t same_lo, same_hi;  /* all bits but 0x20 at each byte of lo, hi that is a letter a..z: a
                                 token's byte may differ from the key's there by its case alone */
  lex_hit hit;        /* the token's hit when the word stands alone (n 0 or 1), its entity before
                         the case rule */
  uint16_t next;      /* a form of several words starts with this word: its second words' bits
                         (next_bit_key), 0 when none */
  uint8_t case_rule;  /* hit.entity stands only when lex_case_ok says so of the token */
} lex_word;

/* What the table of short words builds a lex_word's hit from (beside it, out of the hot lines). */
typedef struct {
  int32_t single;     /* the entry of the one-word form, or -1 */
  int32_t nya_stem;   /* for a word ending in -nya: the entry of the word without it, or -1 */
} lex_word_src;

#define LEX_WORD_NAMES (1u << 31)  /* above every KIMPUT_LEX_* class */

/* The classes the attribution reads around a speaker, which say nothing of names (nor does a
 * degree, read only after a name's comma) */
#define LEX_CONTEXT_CLASSES (KIMPUT_LEX_KIN | KIMPUT_LEX_SENT | KIMPUT_LEX_CONTACT | KIMPUT_LEX_DEGREE)

/* A word after the first of a longer form, of at most 16 bytes, packed (lower
 * case) and known by the words before it (its parent): the form these words
 * are, and a filter of the words after them, so that most forms of two
 * words and more are answered without the gazetteer's keys. */
typedef struct {
  uint64_t lo, hi;    /* the word, as in lex_word */
  uint32_t parent;    /* the first word (its place in words | NODE_OF_WORD) or the node before */
  int32_t form;       /* the entry of the form that ends with this word, or -1 */
  uint16_t next;      /* the next words' bits (next_bit_key), 0 when no longer form goes on */
} lex_node;

typedef struct {
  uint32_t name, name_len;  /* offset and length of the canonical name in the pool */
  uint32_t nwords;          /* words in the name */
  int32_t country;          /* a place entity, or -1 */
  uint8_t kind;             /* kimput_entity_kind */
} lex_entity;

/* The classes the attribution's scans for cues look for (a -nya form's classes count too). */
#define LEX_CUE_CLASSES (KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_ACCORDING | KIMPUT_LEX_CUE_BEFORE | \
                         KIMPUT_LEX_CUE_VIA | KIMPUT_LEX_CUE_RELAY)
#define LEX_CUE_LOG2 15  /* 4 KB of bits: the first words of longer forms alone are some thousands */
#define LEX_CUE_BITS (1u << LEX_CUE_LOG2)

/* A slot of the table of person names' spelling keys (spelling.c). */
typedef struct {
  uint64_t hash;            /* of the key, 0 when the slot is empty */
  int32_t entity;
} lex_spelling;

#define LEX_SPELLING_KEY_MAX 128  /* bytes of a key; a longer name has none */

struct kimput_lexicon {
  kimput_gaz *forms;        /* surface form -> entry index */
  lex_entry *entries;
  size_t nentries, entries_cap;
  lex_entity *entities;
  size_t nentities, entities_cap;
  char *pool;
  size_t pool_len, pool_cap;
  uint64_t stamp;           /* changes with every addition: results cached on documents check it */
  lex_word *words;          /* the short words, dense (words_used of words_room), kept up to date by
                               every addition; 64-byte aligned */
  lex_word_src *words_src;  /* what each word's hit is made of, beside words */
  size_t words_used, words_room;
  uint32_t *word_index;     /* open addressing on the packed word: a hash tag and the place in words */
  size_t words_cap;         /* slots of word_index, 0 when none */
  int words_off;            /* the table overflowed: every lookup takes the gazetteer's way */
  lex_node *nodes;          /* the words after the first of longer forms, dense (nodes_used of
                               nodes_room) */
  size_t nodes_used, nodes_room;
  uint32_t *node_index;     /* open addressing on (parent, word): the place in nodes, plus one */
  size_t nodes_cap;         /* slots of node_index, 0 when none */
  lex_spelling *spell;      /* the spelling keys of person names of two words or more: open addressing */
  size_t spell_cap, spell_used;
  uint64_t cue_bits[LEX_CUE_BITS / 64];  /* a bit per hash of the short words whose hit may have a
                                            LEX_CUE_CLASSES class (their own, their -nya stem's) or
                                            start a longer form: lex_may_cue */
};

/* The title entry id stands for: the title it is another name of (Menlu ->
 * Menteri Luar Negeri), else id itself. */
static inline int32_t lex_title_root(const kimput_lexicon *lex, int32_t id) {
  return id >= 0 && (size_t)id < lex->nentries && lex->entries[id].title_of >= 0 ? lex->entries[id].title_of : id;
}

#define LEX_ONES 0x0101010101010101ULL
#define LEX_HIGHS (LEX_ONES * 0x80)

/* The first n (1..8) bytes of s packed little-endian (byte 0 lowest), read
 * without touching a byte past s + n. */
static inline uint64_t pack8(const char *s, size_t n) {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  if (n >= 4) {  /* two overlapping loads */
    uint32_t lo, hi;
    memcpy(&lo, s, 4);
    memcpy(&hi, s + n - 4, 4);
    return (uint64_t)lo | ((uint64_t)hi << (8 * (n - 4)));
  }
  return (uint64_t)(unsigned char)s[0] | ((uint64_t)(unsigned char)s[n / 2] << (8 * (n / 2))) |
         ((uint64_t)(unsigned char)s[n - 1] << (8 * (n - 1)));
#else
  uint64_t w = 0;
  for (size_t i = 0; i < n; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return w;
#endif
}

/* ASCII capitals of the packed bytes in lower case, eight at a time (bytes
 * of 0x80 and above, and zero padding, unchanged). */
static inline uint64_t lower8(uint64_t w) {
  uint64_t h7 = w & ~LEX_HIGHS;
  uint64_t ge_a = h7 + LEX_ONES * (0x80 - 'A'), gt_z = h7 + LEX_ONES * (0x80 - 'Z' - 1);
  return w | ((ge_a & ~gt_z & ~w & LEX_HIGHS) >> 2);
}

/* A bit set at the high end of each byte of w equal to c (exact for the lowest such byte). */
static inline uint64_t bytes_eq(uint64_t w, unsigned char c) {
  uint64_t x = w ^ (LEX_ONES * c);
  return (x - LEX_ONES) & ~x & LEX_HIGHS;
}

/* The filter of the second words of the forms that start with a word: a
 * bit per word (gazetteer.c keeps it per short first word, lexicon.c per
 * word of its table). */
static inline uint16_t next_hash(uint64_t w) { return (uint16_t)(1u << ((w * 0x9E3779B97F4A7C15ULL) >> 60)); }

/* The filter bit of a second word of a form (key, normalised): its first (at
 * most 8) bytes up to a space. A next word whose bit is not set continues no form. */
static inline uint16_t next_bit_key(const char *s, size_t n) {
  uint64_t w = 0;
  for (size_t i = 0; i < n && i < 8 && s[i] != ' '; i++) w |= (uint64_t)(unsigned char)s[i] << (8 * i);
  return next_hash(w);
}

/* The same bit for a token of the text: lower case, up to its first hyphen. */
static inline uint16_t next_bit_token(const char *s, size_t n) {
  if (n == 0) return next_hash(0);
  uint64_t w = lower8(pack8(s, n < 8 ? n : 8));
  uint64_t hy = bytes_eq(w, '-');
  if (hy) w &= ((uint64_t)1 << (__builtin_ctzll(hy) & ~7u)) - 1;
  return next_hash(w);
}

/* first_at (document.h) without branches to mispredict: the index of the
 * first element of base[0..n) (elements of `size` bytes sorted by a
 * uint32_t start as their first field) starting at or after off, n when
 * none does. The range [lo, lo + len] holds the answer throughout. */
static inline size_t start_bound(const void *base, size_t n, size_t size, uint32_t off) {
  if (n == 0) return 0;
  const char *b = base;
  size_t lo = 0, len = n;
  while (len > 1) {
    size_t half = len / 2;
    uint32_t s;
    memcpy(&s, b + (lo + half - 1) * size, sizeof s);
    lo += s < off ? half : 0;
    len -= half;
  }
  uint32_t s;
  memcpy(&s, b + lo * size, sizeof s);
  return lo + (s < off);
}

/* The first of the n elements of base (size bytes each, in order of their first field, a
 * uint32_t start) starting at or after off: read from the block map m (nb blocks of 1 << shift
 * bytes, block_map_fill) at off's block, then the elements starting inside the block before off
 * passed (mostly none or one). The mention scan and the scans of a quote ask for tokens and
 * mentions by offset tens of times a document, jumping back and forth: a binary search waits on
 * a chain of loads each time (a gallop from the last answer mispredicts), a map is made in one
 * pass of independent stores. */
static inline size_t block_map_at(const uint32_t *m, size_t nb, const void *base, size_t n, size_t size,
                                  unsigned shift, uint32_t off) {
  size_t k = off >> shift;
  if (k >= nb) return start_bound(base, n, size, off);  /* past the text, or no map */
  const char *b = base;
  size_t i = m[k];
  uint32_t s;
  while (i < n && (memcpy(&s, b + i * size, sizeof s), s < off)) i++;
  return i;
}

/* Fills m[0..nb) (block_map_at) without a branch an element: each block gets its first element
 * (the elements stored last to first), the blocks where none starts the next block's (a minimum
 * carried back in a register). Four a round: the loops' own counting costs as much as a store. */
static inline void block_map_fill(uint32_t *m, size_t nb, const void *base, size_t n, size_t size,
                                  unsigned shift) {
  const char *b = base;
  uint32_t next = (uint32_t)n, s0, s1, s2, s3;
  size_t i = n, k = nb;
  memset(m, 0xFF, nb * sizeof *m);
  for (; i >= 4; i -= 4) {
    memcpy(&s0, b + (i - 1) * size, sizeof s0);
    memcpy(&s1, b + (i - 2) * size, sizeof s1);
    memcpy(&s2, b + (i - 3) * size, sizeof s2);
    memcpy(&s3, b + (i - 4) * size, sizeof s3);
    m[s0 >> shift] = (uint32_t)i - 1;
    m[s1 >> shift] = (uint32_t)i - 2;
    m[s2 >> shift] = (uint32_t)i - 3;
    m[s3 >> shift] = (uint32_t)i - 4;
  }
  while (i-- > 0) {
    memcpy(&s0, b + i * size, sizeof s0);
    m[s0 >> shift] = (uint32_t)i;
  }
  for (; k >= 4; k -= 4) {
    next = m[k - 1] < next ? m[k - 1] : next;
    m[k - 1] = next;
    next = m[k - 2] < next ? m[k - 2] : next;
    m[k - 2] = next;
    next = m[k - 3] < next ? m[k - 3] : next;
    m[k - 3] = next;
    next = m[k - 4] < next ? m[k - 4] : next;
    m[k - 4] = next;
  }
  while (k-- > 0) {
    next = m[k] < next ? m[k] : next;
    m[k] = next;
  }
}

#define TOK_MAP_SHIFT 3  /* the token map of a document: a token index per 8 bytes of text */

/* The three bytes at s are "nya" in any case (the table of words lowers them too: KATANYA). */
static inline int lex_ends_nya(const char *s) {
  return (s[0] | 32) == 'n' && (s[1] | 32) == 'y' && (s[2] | 32) == 'a';
}

/* Only spaces and tabs (or a no-break space) between two tokens on a line. */
static inline int gap_is_space(const char *t, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < b && (unsigned char)t[i + 1] == 0xA0) { i++; continue; }
    return 0;
  }
  return 1;
}

/* gazetteer.c: s[0..n) as the gazetteer keys it (lower case, blanks and
 * hyphens as one space) into key[0..200); its length (0: empty or too
 * long) and, in *words, its number of words. */
size_t gaz_normalise(const char *s, size_t n, char *key, int *words);

/* A new stamp for a lexicon that changed (unique in the process). */
uint64_t lex_new_stamp(void);

/* gazetteer.c: the longest form at tokens[0] and, in *first, the id of the
 * one-word form there (-1 when none). */
size_t gaz_match2(const kimput_gaz *gaz, const char *text, const kimput_token *tokens, size_t avail, int32_t *id,
                  int32_t *first);

/* lexicon.c: are tokens t[0..n) written as the EXACT_CASE form of entry e? */
int lex_case_exact(const kimput_lexicon *lex, const lex_entry *e, const char *text, const kimput_token *t, size_t n);

/* Is the case of tokens t[0..n) right for the entity of entry e ("AS" is
 * not "as", "Kim" not "kim")? (inline: most entries have no case rule, and
 * the lookups of every token ask) */
static inline int lex_case_ok(const kimput_lexicon *lex, const lex_entry *e, const char *text,
                              const kimput_token *t, size_t n) {
  if ((e->case_flags & KIMPUT_GAZ_UPPER) && !(t[0].flags & KIMPUT_TOKF_UPPER)) return 0;
  if (!(e->case_flags & KIMPUT_GAZ_EXACT_CASE)) return 1;
  return lex_case_exact(lex, e, text, t, n);
}

#define LEX_HIT_UNSET 0xFF

/* The classes that make a lower-case word of one token start something in
 * the mention scan (a title or rank, a pronoun), and those of its -nya stem (a cue). */
#define LEX_SCAN_LOWER_CLASSES (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_PRONOUN | KIMPUT_LEX_CUE_VIA)
#define LEX_SCAN_NYA_CLASSES (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING)

/* Does a lower-case word with hit h start something in the mention scan (a
 * longer form, an entity, one of the classes above)? */
static inline uint8_t lex_hit_starts(const lex_hit *h) {
  return h->n > 1 || h->entity >= 0 || (h->cls & LEX_SCAN_LOWER_CLASSES) || (h->nya & LEX_SCAN_NYA_CLASSES);
}

/* In a hit's starts: the token is a capitalised word (the token flag itself, copied without a branch). */
#define LEX_STARTS_UPPER KIMPUT_TOKF_UPPER
/* ... a word of four bytes or more with a hyphen as its third ("el-Tayeb"): alone, the scan stops
 * there only for a name met before (glued_person), a test it then makes without reading the text. */
#define LEX_STARTS_HYPHEN2 0x80
/* ... set by the mention scan itself on a lower-case outlet right after a relaying cue ("seperti
 * dilansir kumparan", "dikutip dari harianjogja.com"), which the walk then stops at. */
#define LEX_STARTS_OUTLET 0x40

/* LEX_STARTS_HYPHEN2 of word token tk. */
static inline uint8_t lex_starts_hyphen2(const char *text, const kimput_token *tk) {
  return tk->end - tk->start > 3 && text[tk->start + 2] == '-' ? LEX_STARTS_HYPHEN2 : 0;
}

/* Marks hits[0..n) as not looked up yet (only n is set: lex_hit_at fills the rest). */
static inline void lex_hits_reset(lex_hit *hits, size_t n) {
  for (size_t i = 0; i < n; i++) hits[i].n = LEX_HIT_UNSET;
}

/* mentions.c: the lexicon hits of the document's tokens, kept with its mentions. */
struct mention_set;
lex_hit *mention_set_hits(struct mention_set *set);
/* ... the token ranges of its spans ([lo, stop) pairs in the spans' order:
 * the hits of [max(lo, the stops before), stop) were filled first) and the
 * tokens among those whose hit has a LEX_CUE_CLASSES class, in order: 1
 * when kept with the hits, else 0 ... */
int mention_set_filled(struct mention_set *set, const size_t **ranges, size_t *nranges, const size_t **cues,
                       size_t *ncues);
/* ... and frees them once the stages that read them are done (the
 * mentions themselves stay). */
void mention_set_drop_hits(struct mention_set *set);
/* ... and, kept with them, its token map (block_map_fill of its tokens, TOK_MAP_SHIFT): NULL when
 * not kept, else *n its blocks. */
const uint32_t *mention_set_tok_map(struct mention_set *set, size_t *n);

/* mentions.c: working memory of one call, kept by the calling thread from
 * one document to the next (with the hits above); a buffer of more than
 * 1 MB is freed by scratch_release once its document is done. Only the
 * call that took a buffer uses it, and only until it returns. */
typedef struct {
  void *p;
  size_t cap;   /* bytes */
} scratch_buf;

enum { SCRATCH_ATTR_WORK, SCRATCH_ATTR_MARKS, SCRATCH_ATTR_OUT, SCRATCH_COUNT };

/* This thread's buffer `which` (NULL when the thread's scratch cannot be made). */
scratch_buf *thread_scratch_buf(int which);
/* Room for at least `bytes` in b, the contents kept (realloc): b->p, or NULL when out of memory. */
void *scratch_reserve(scratch_buf *b, size_t bytes);
/* Frees b's memory when it is over the size kept. */
void scratch_release(scratch_buf *b);

/* quotes.c: kimput_quotes_scan into *buf (*cap quotes of room, grown by
 * realloc and kept on failure too: a reused buffer of the caller's). */
kimput_status quotes_scan_into(const char *text, size_t len, const uint32_t *spans, size_t nspans,
                               kimput_quote **buf, size_t *cap, size_t *count);

/* lexicon.c: fills hits[i] for token i of text. */
void lex_hit_fill(const kimput_lexicon *lex, lex_hit *h, const char *text, const kimput_token *t, size_t nt,
                  size_t i);

/* The spelling key of a name (spelling.c): its words, split at blanks and hyphens, apostrophes
 * and periods dropped, in lower case with y as i, w as v, a Latin accent as its plain letter, a
 * doubled letter once, a word of six letters or more without its vowels between its first and
 * last letters; the words joined by '|'. Written to out (cap bytes): its length, or 0 when the name has fewer than
 * two words, a letter of another script, or does not fit. */
size_t lex_spelling_key(const char *s, size_t n, char *out, size_t cap);

/* Keys the name (an alias of person entity, as written) for lex_spelling_person. */
kimput_status lex_spelling_add(kimput_lexicon *lex, const char *name, size_t n, int32_t entity);

/* The person entity whose name has the spelling key of name[0..n) ("Dimitry Peskov" for Dmitry
 * Peskov), or -1. */
int32_t lex_spelling_person(const kimput_lexicon *lex, const char *name, size_t n);

/* ... and every hit of tokens [lo, hi), filled or not, in one loop (a
 * stage that reads them all); the tokens whose hit has a LEX_CUE_CLASSES
 * class go to cues (room for hi - lo), in order: their number. */
size_t lex_hits_fill(const kimput_lexicon *lex, lex_hit *hits, const char *text, const kimput_token *t, size_t nt,
                     size_t lo, size_t hi, size_t *cues);

/* lexicon.c: 0 when the hit of token t certainly has no LEX_CUE_CLASSES
 * class in its `any` (a short word the filter of cue words does not hold),
 * 1 when it may (lex_hit_fill then says): tokens no scan reads but for
 * cues are looked up only when they may be one. */
int lex_may_cue(const kimput_lexicon *lex, const char *text, const kimput_token *t);

/* lexicon.c: the word tokens of the token ranges [lo, hi) (ranges[2k],
 * ranges[2k + 1], in order) whose hit has a LEX_CUE_CLASSES class, in
 * order, into cand (room for nt): their number. With cues, the ranges are
 * those lex_hits_fill filled (as mention_set_filled gives them) and their
 * cues are those; without (NULL), a hit not filled yet is filled when
 * lex_may_cue says it may be a cue, else left unset (a scan that reads it
 * fills it then). Tokens outside the ranges are none (not body text). */
size_t lex_cue_candidates(const kimput_lexicon *lex, lex_hit *hits, const char *text, const kimput_token *t,
                          size_t nt, const size_t *ranges, size_t nranges, const size_t *cues, size_t ncues,
                          size_t *cand);

/* The hit at token i of text (hits[i] is filled on first use). */
static inline const lex_hit *lex_hit_at(const kimput_lexicon *lex, lex_hit *hits, const char *text,
                                        const kimput_token *t, size_t nt, size_t i) {
  lex_hit *h = &hits[i];
  if (h->n == LEX_HIT_UNSET) lex_hit_fill(lex, h, text, t, nt, i);
  return h;
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
