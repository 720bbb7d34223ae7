/* gazetteer.c -- matching the entity gazetteer over a document's tokens.
 *
 * The surface forms come from the Lua lexicon (lexicon/entities.lua) once;
 * this file only knows strings and ids. A form is kept as a normalised key
 * (ASCII lower case, hyphens and spaces as one space) in an open-addressing
 * hash table. The scan builds, at each word token, the keys of the next
 * 1..KIMPUT_GAZ_MAX_WORDS words in a fixed buffer and looks them up, longest
 * first: nothing is allocated per token. Every proper prefix of a form is
 * kept too (as a slot without an id), so a lookup stops at the first word
 * sequence no form starts with.
 */
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "lexicon.h"

#define KEY_MAX 200
#define PREFIX_ONLY (-2)  /* a slot that only says some longer form starts so */

typedef struct {
  uint64_t hash;   /* 0 = empty slot */
  uint32_t key, exact;  /* offsets into the pool: lower-case key, key as given */
  uint16_t len;
  uint8_t flags;
  uint8_t more;    /* a longer form starts with this key: the scan goes on to the next word */
  int32_t id;
} slot;

#define BLOOM_BITS 65536  /* a bit per hash of a first word: most words are in no form */

/* A first word of at most 8 bytes, packed (lower case, little-endian): most
 * tokens are answered here without building a key. */
typedef struct {
  uint64_t word;   /* 0 = empty */
  int32_t id;      /* the one-word form's id, or PREFIX_ONLY */
  uint8_t flags;
  uint8_t prefix;  /* a longer form starts with this word */
  uint16_t next;   /* the second words of those forms, a bit each (next_hash): a filter
                      kept in the slot's padding, so the table stays 16 bytes a word */
} short_slot;

struct kimput_gaz {
  uint64_t bloom[BLOOM_BITS / 64];
  short_slot *shorts;
  size_t shorts_cap, shorts_used;
  slot *slots;
  size_t cap, used;
  char *pool;
  size_t pool_len, pool_cap;
  int max_words;
};

/* A hash of a key, eight bytes at a time, kept in registers so that a key
 * can be hashed while it is built (match_at runs once per token of every
 * document). Never 0: 0 marks an empty slot. */
typedef struct {
  uint64_t h, w;   /* the mixed words, the word being filled */
  unsigned n;      /* bytes in w */
  uint32_t len;
} hstate;

static inline void hs_init(hstate *s) {
  s->h = 0x9E3779B97F4A7C15ULL;
  s->w = 0;
  s->n = 0;
  s->len = 0;
}

static inline void hs_byte(hstate *s, unsigned char c) {
  s->w |= (uint64_t)c << (8 * s->n);
  s->len++;
  if (++s->n == 8) {
    s->h = (s->h ^ s->w) * 0xff51afd7ed558ccdULL;
    s->h ^= s->h >> 32;
    s->w = 0;
    s->n = 0;
  }
}

static inline uint64_t hs_final(const hstate *s) {
  uint64_t h = (s->h ^ s->w ^ ((uint64_t)s->len << 56)) * 0xc4ceb9fe1a85ec53ULL;
  h ^= h >> 29;
  return h ? h : 1;
}

static uint64_t fnv1a(const char *key, size_t n) {
  hstate s;
  hs_init(&s);
  for (size_t i = 0; i < n; i++) hs_byte(&s, (unsigned char)key[i]);
  return hs_final(&s);
}

static inline char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }
static inline int is_blank(char c) { return c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r'; }

/* Normalises s[0..n) into key (lower) and exact (case kept); returns the
 * length (the same for both), 0 when empty or too long; counts the words. */
static size_t normalise(const char *s, size_t n, char *key, char *exact, int *words) {
  size_t k = 0;
  int pending = 0;
  *words = 0;
  for (size_t i = 0; i < n; i++) {
    char c = s[i];
    if (is_blank(c)) { pending = k > 0; continue; }
    if (pending) {
      if (k >= KEY_MAX) return 0;
      key[k] = exact[k] = ' ';
      k++;
      pending = 0;
    }
    if (k == 0 || key[k - 1] == ' ') (*words)++;
    if (k >= KEY_MAX) return 0;
    key[k] = lower(c);
    exact[k] = c;
    k++;
  }
  return k;
}

size_t gaz_normalise(const char *s, size_t n, char *key, int *words) {
  char exact[KEY_MAX];
  return normalise(s, n, key, exact, words);
}

kimput_status kimput_gaz_new(kimput_gaz **out) {
  if (!out) return KIMPUT_ERR_ARG;
  kimput_gaz *g = calloc(1, sizeof *g);
  if (!g) return KIMPUT_ERR_NOMEM;
  g->cap = 256;
  g->slots = calloc(g->cap, sizeof *g->slots);
  if (!g->slots) { free(g); return KIMPUT_ERR_NOMEM; }
  *out = g;
  return KIMPUT_OK;
}

void kimput_gaz_free(kimput_gaz *gaz) {
  if (!gaz) return;
  free(gaz->shorts);
  free(gaz->slots);
  free(gaz->pool);
  free(gaz);
}

static short_slot *short_find(const short_slot *v, size_t cap, uint64_t word) {
  size_t mask = cap - 1;
  for (size_t i = (size_t)((word * 0x9E3779B97F4A7C15ULL) >> 40) & mask;; i = (i + 1) & mask)
    if (v[i].word == 0 || v[i].word == word) return (short_slot *)&v[i];
}

/* Records the first word key[0..n) (at most 8 bytes): a one-word form with
 * id and flags, or (id PREFIX_ONLY) the start of a longer one whose second
 * word's filter bit is next. */
static kimput_status short_add(kimput_gaz *g, const char *key, size_t n, int32_t id, int flags, uint16_t next) {
  if ((g->shorts_used + 1) * 2 > g->shorts_cap) {
    size_t cap = g->shorts_cap ? g->shorts_cap * 2 : 512;
    short_slot *nv = calloc(cap, sizeof *nv);
    if (!nv) return KIMPUT_ERR_NOMEM;
    for (size_t i = 0; i < g->shorts_cap; i++)
      if (g->shorts[i].word) *short_find(nv, cap, g->shorts[i].word) = g->shorts[i];
    free(g->shorts);
    g->shorts = nv;
    g->shorts_cap = cap;
  }
  uint64_t word = 0;
  for (size_t i = 0; i < n; i++) word |= (uint64_t)(unsigned char)key[i] << (8 * i);
  short_slot *ss = short_find(g->shorts, g->shorts_cap, word);
  if (!ss->word) {
    ss->word = word;
    ss->id = PREFIX_ONLY;
    g->shorts_used++;
  }
  if (id == PREFIX_ONLY) {
    ss->prefix = 1;
    ss->next = (uint16_t)(ss->next | next);
  } else {
    ss->id = id;
    ss->flags = (uint8_t)flags;
  }
  return KIMPUT_OK;
}

static slot *find(const kimput_gaz *g, const char *key, size_t len, uint64_t h) {
  size_t mask = g->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    slot *s = &g->slots[i];
    if (s->hash == 0) return s;
    if (s->hash == h && s->len == len && memcmp(g->pool + s->key, key, len) == 0) return s;
  }
}

static kimput_status grow(kimput_gaz *g) {
  size_t cap = g->cap * 2;
  slot *old = g->slots, *nv = calloc(cap, sizeof *nv);
  if (!nv) return KIMPUT_ERR_NOMEM;
  size_t old_cap = g->cap;
  g->slots = nv;
  g->cap = cap;
  for (size_t i = 0; i < old_cap; i++) {
    if (old[i].hash) *find(g, g->pool + old[i].key, old[i].len, old[i].hash) = old[i];
  }
  free(old);
  return KIMPUT_OK;
}

static kimput_status pool_add(kimput_gaz *g, const char *s, size_t n, uint32_t *off) {
  if (g->pool_len + n > g->pool_cap) {
    size_t cap = g->pool_cap ? g->pool_cap * 2 : 4096;
    while (cap < g->pool_len + n) cap *= 2;
    if (cap > UINT32_MAX) return KIMPUT_ERR_TOO_LARGE;
    char *p = realloc(g->pool, cap);
    if (!p) return KIMPUT_ERR_NOMEM;
    g->pool = p;
    g->pool_cap = cap;
  }
  memcpy(g->pool + g->pool_len, s, n);
  *off = (uint32_t)g->pool_len;
  g->pool_len += n;
  return KIMPUT_OK;
}

kimput_status kimput_gaz_add(kimput_gaz *gaz, const char *surface, size_t len, int32_t id, int flags) {
  if (!gaz || (!surface && len) || id < 0) return KIMPUT_ERR_ARG;
  char key[KEY_MAX], exact[KEY_MAX];
  int words;
  size_t n = normalise(surface, len, key, exact, &words);
  if (n == 0 || words > KIMPUT_GAZ_MAX_WORDS) return KIMPUT_ERR_ARG;
  if ((gaz->used + 1) * 2 > gaz->cap) {
    kimput_status st = grow(gaz);
    if (st != KIMPUT_OK) return st;
  }
  uint64_t h = fnv1a(key, n);
  slot *s = find(gaz, key, n, h);
  uint32_t e;
  kimput_status st = pool_add(gaz, exact, n, &e);
  if (st != KIMPUT_OK) return st;
  if (s->hash == 0) {
    uint32_t k;
    st = pool_add(gaz, key, n, &k);
    if (st != KIMPUT_OK) return st;
    s->hash = h;
    s->key = k;
    s->len = (uint16_t)n;
    gaz->used++;
  }
  s->exact = e;
  s->id = id;
  s->flags = (uint8_t)flags;
  if (words > gaz->max_words) gaz->max_words = words;
  size_t w1 = 0;  /* the first word, for the bloom filter and the short words */
  while (w1 < n && key[w1] != ' ') w1++;
  uint64_t h1 = fnv1a(key, w1);
  gaz->bloom[(h1 % BLOOM_BITS) / 64] |= 1ULL << (h1 % 64);
  uint16_t next = w1 < n ? next_bit_key(key + w1 + 1, n - w1 - 1) : 0;
  if (w1 <= 8 && (st = short_add(gaz, key, w1, w1 == n ? id : PREFIX_ONLY, flags, next)) != KIMPUT_OK) return st;
  /* the proper prefixes, for early exit in match_at */
  for (size_t k = 1; k < n; k++) {
    if (key[k] != ' ') continue;
    if ((gaz->used + 1) * 2 > gaz->cap && (st = grow(gaz)) != KIMPUT_OK) return st;
    uint64_t hp = fnv1a(key, k);
    slot *p = find(gaz, key, k, hp);
    p->more = 1;  /* (an empty slot takes it with the rest below) */
    if (p->hash != 0) continue;
    uint32_t off;
    if ((st = pool_add(gaz, key, k, &off)) != KIMPUT_OK) return st;
    p->hash = hp;
    p->key = p->exact = off;
    p->len = (uint16_t)k;
    p->id = PREFIX_ONLY;
    p->flags = 0;
    gaz->used++;
  }
  return KIMPUT_OK;
}

int kimput_gaz_get(const kimput_gaz *gaz, const char *surface, size_t len, int32_t *id) {
  if (!gaz || (!surface && len)) return 0;
  char key[KEY_MAX], exact[KEY_MAX];
  int words;
  size_t n = normalise(surface, len, key, exact, &words);
  if (n == 0) return 0;
  const slot *s = find(gaz, key, n, fnv1a(key, n));
  if (s->hash == 0 || s->id == PREFIX_ONLY) return 0;
  if (id) *id = s->id;
  return 1;
}

typedef struct {
  kimput_gaz_match *v;
  size_t n, cap;
} matchbuf;

static int push(matchbuf *b, uint32_t start, uint32_t end, int32_t id) {
  if (b->n == b->cap) {
    size_t cap = b->cap ? b->cap * 2 : 64;
    kimput_gaz_match *v = realloc(b->v, cap * sizeof *v);
    if (!v) return 0;
    b->v = v;
    b->cap = cap;
  }
  b->v[b->n].start = start;
  b->v[b->n].end = end;
  b->v[b->n].id = id;
  b->n++;
  return 1;
}

/* Appends token text to the key buffer and the hash; returns 0 when it does not fit. */
static int append_token(const char *text, const kimput_token *t, char *key, size_t *k, hstate *hs) {
  size_t n = t->end - t->start;
  if (*k + n + 1 > KEY_MAX) return 0;
  if (*k > 0) {
    key[*k] = ' ';
    hs_byte(hs, ' ');
    (*k)++;
  }
  for (size_t i = 0; i < n; i++) {
    char c = text[t->start + i];
    char l = c == '-' ? ' ' : lower(c);
    key[*k] = l;
    hs_byte(hs, (unsigned char)l);
    (*k)++;
  }
  return 1;
}

/* Are tokens t[0..n), as a key is built from them (one space between, a
 * hyphen as a space) but with their case, the form as given (want[0..len))? */
static int same_case(const char *want, size_t len, const char *text, const kimput_token *t, size_t n) {
  size_t k = 0;
  for (size_t j = 0; j < n; j++) {
    if (j > 0 && (k >= len || want[k++] != ' ')) return 0;
    for (uint32_t b = t[j].start; b < t[j].end; b++, k++) {
      char c = text[b] == '-' ? ' ' : text[b];
      if (k >= len || want[k] != c) return 0;
    }
  }
  return k == len;
}

/* The longest gazetteer form starting at token t[0] (at most `avail`
 * tokens); returns its length in tokens (0: none) and its id, and in *first
 * (when not NULL) the id of the one-token form. Stops at the first word
 * sequence that no form starts with; most words stop at the table of short
 * words or the bloom filter, and a form no longer one starts with ends the
 * scan at once. */
static size_t match_at(const kimput_gaz *g, const char *text, const kimput_token *t, size_t avail,
                       int32_t *id, int32_t *first) {
  char key[KEY_MAX];
  size_t k = 0, best = 0;
  if (first) *first = -1;
  if (t[0].kind != KIMPUT_TOK_WORD && t[0].kind != KIMPUT_TOK_URL) return 0;
  size_t limit = avail < (size_t)g->max_words ? avail : (size_t)g->max_words;
  size_t n0 = t[0].end - t[0].start;
  const char *s0 = text + t[0].start;
  if (t[0].kind == KIMPUT_TOK_WORD && n0 <= 8 && g->shorts_cap) {
    /* a short first word: the packed table answers without a key */
    uint64_t word = n0 ? lower8(pack8(s0, n0)) : 0;
    if (!bytes_eq(word, '-')) {
      const short_slot *ss = short_find(g->shorts, g->shorts_cap, word);
      if (!ss->word) return 0;
      /* a longer form may go on only with a next word on the line whose filter bit is set */
      int more = ss->prefix && limit > 1 && (t[1].kind == KIMPUT_TOK_WORD || t[1].kind == KIMPUT_TOK_URL) &&
                 gap_is_space(text, t[0].end, t[1].start) &&
                 (ss->next & next_bit_token(text + t[1].start, t[1].end - t[1].start));
      if (!(ss->flags & KIMPUT_GAZ_EXACT_CASE) && !more) {
        if (ss->id == PREFIX_ONLY || ((ss->flags & KIMPUT_GAZ_UPPER) && !(t[0].flags & KIMPUT_TOKF_UPPER))) return 0;
        *id = ss->id;
        if (first) *first = ss->id;
        return 1;
      }
    }
  }
  /* the bloom filter first, on the first word of the token; the key of a
     token without a hyphen is built in the same pass */
  hstate h1;
  hs_init(&h1);
  size_t w1 = 0;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
  /* eight bytes at a time while no hyphen comes: what hs_byte does for each, at once */
  for (uint64_t w; w1 + 8 <= n0 && w1 + 8 <= KEY_MAX && !bytes_eq(w = lower8(pack8(s0 + w1, 8)), '-'); w1 += 8) {
    memcpy(key + w1, &w, 8);
    h1.h = (h1.h ^ w) * 0xff51afd7ed558ccdULL;
    h1.h ^= h1.h >> 32;
    h1.len += 8;
  }
#endif
  for (; w1 < n0 && s0[w1] != '-'; w1++) {
    char l = lower(s0[w1]);
    if (w1 < KEY_MAX) key[w1] = l;
    hs_byte(&h1, (unsigned char)l);
  }
  uint64_t b = hs_final(&h1);
  if (!(g->bloom[(b % BLOOM_BITS) / 64] & (1ULL << (b % 64)))) return 0;
  hstate hs = h1;
  int built = w1 == n0 && n0 + 1 <= KEY_MAX;  /* key[0..n0) and hs are token 0's */
  if (!built) hs_init(&hs);
  for (size_t j = 0; j < limit; j++) {
    if (t[j].kind != KIMPUT_TOK_WORD && t[j].kind != KIMPUT_TOK_URL) break;
    if (j > 0 && !gap_is_space(text, t[j - 1].end, t[j].start)) break;
    if (j == 0 && built) k = n0;
    else if (!append_token(text, &t[j], key, &k, &hs)) break;
    uint64_t h = hs_final(&hs);
    const slot *s = find(g, key, k, h);
    if (s->hash == 0) break;
    if (s->id != PREFIX_ONLY && !((s->flags & KIMPUT_GAZ_UPPER) && !(t[0].flags & KIMPUT_TOKF_UPPER)) &&
        !((s->flags & KIMPUT_GAZ_EXACT_CASE) && !same_case(g->pool + s->exact, k, text, t, j + 1))) {
      *id = s->id;
      best = j + 1;
      if (j == 0 && first) *first = s->id;
    }
    if (!s->more) break;
  }
  return best;
}

size_t kimput_gaz_longest(const kimput_gaz *gaz, const char *text, const kimput_token *tokens, size_t avail,
                          int32_t *id) {
  if (!gaz || !text || !tokens || !id || avail == 0 || gaz->max_words == 0) return 0;
  return match_at(gaz, text, tokens, avail, id, NULL);
}

size_t gaz_match2(const kimput_gaz *gaz, const char *text, const kimput_token *tokens, size_t avail, int32_t *id,
                  int32_t *first) {
  *first = -1;
  if (avail == 0 || gaz->max_words == 0) return 0;
  return match_at(gaz, text, tokens, avail, id, first);
}

kimput_status kimput_gaz_scan(const kimput_gaz *gaz, kimput_doc *doc, const uint32_t *spans,
                              size_t nspans, kimput_gaz_match **out, size_t *count) {
  if (!gaz || !doc || !out || !count || (!spans && nspans)) return KIMPUT_ERR_ARG;
  *count = 0;
  size_t ntok;
  const kimput_token *t = kimput_doc_tokens(doc, &ntok);
  if (!t && kimput_doc_status(doc) != KIMPUT_OK) return kimput_doc_status(doc);
  const char *text = doc->text;
  matchbuf b = {NULL, 0, 0};
  free(*out);  /* a previous result is replaced */
  *out = NULL;
  for (size_t sp = 0; sp < nspans; sp++) {
    uint32_t lo = spans[2 * sp], hi = spans[2 * sp + 1];
    size_t end = first_at(t, ntok, sizeof *t, hi);
    size_t i = first_at(t, ntok, sizeof *t, lo);
    while (end > i && t[end - 1].end > hi) end--;
    uint32_t run_start = 0, run_end = 0;
    int in_run = 0;
    while (i < end) {
      int32_t id = 0;
      size_t n = match_at(gaz, text, &t[i], end - i, &id, NULL);
      if (n > 0) {
        if (in_run && !push(&b, run_start, run_end, KIMPUT_GAZ_CAPS)) goto nomem;
        in_run = 0;
        if (!push(&b, t[i].start, t[i + n - 1].end, id)) goto nomem;
        i += n;
        continue;
      }
      int cap_word = t[i].kind == KIMPUT_TOK_WORD && (t[i].flags & KIMPUT_TOKF_UPPER);
      if (cap_word && in_run && gap_is_space(text, run_end, t[i].start)) {
        run_end = t[i].end;
      } else {
        if (in_run && !push(&b, run_start, run_end, KIMPUT_GAZ_CAPS)) goto nomem;
        in_run = cap_word;
        run_start = t[i].start;
        run_end = t[i].end;
      }
      i++;
    }
    if (in_run && !push(&b, run_start, run_end, KIMPUT_GAZ_CAPS)) goto nomem;
  }
  *out = b.v;
  *count = b.n;
  return KIMPUT_OK;
nomem:
  free(b.v);
  return KIMPUT_ERR_NOMEM;
}
