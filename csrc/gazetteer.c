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
  int32_t id;
} slot;

#define BLOOM_BITS 65536  /* a bit per hash of a first word: most words are in no form */

struct kimput_gaz {
  uint64_t bloom[BLOOM_BITS / 64];
  slot *slots;
  size_t cap, used;
  char *pool;
  size_t pool_len, pool_cap;
  int max_words;
};

static uint64_t fnv1a(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL;
  for (size_t i = 0; i < n; i++) {
    h ^= (unsigned char)s[i];
    h *= 1099511628211ULL;
  }
  return h ? h : 1;
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
  free(gaz->slots);
  free(gaz->pool);
  free(gaz);
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
  size_t w1 = 0;  /* the first word, for the bloom filter */
  while (w1 < n && key[w1] != ' ') w1++;
  uint64_t h1 = fnv1a(key, w1);
  gaz->bloom[(h1 % BLOOM_BITS) / 64] |= 1ULL << (h1 % 64);
  /* the proper prefixes, for early exit in match_at */
  for (size_t k = 1; k < n; k++) {
    if (key[k] != ' ') continue;
    if ((gaz->used + 1) * 2 > gaz->cap && (st = grow(gaz)) != KIMPUT_OK) return st;
    uint64_t hp = fnv1a(key, k);
    slot *p = find(gaz, key, k, hp);
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

/* Only spaces and tabs (or a no-break space) between two tokens on a line. */
static int gap_is_space(const char *t, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++) {
    unsigned char c = (unsigned char)t[i];
    if (c == ' ' || c == '\t') continue;
    if (c == 0xC2 && i + 1 < b && (unsigned char)t[i + 1] == 0xA0) { i++; continue; }
    return 0;
  }
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

/* The first token that starts at or after offset. */
static size_t first_token_at(const kimput_token *t, size_t n, uint32_t offset) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t[mid].start < offset) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/* Appends token text to the key buffers; returns 0 when it does not fit. */
static int append_token(const char *text, const kimput_token *t, char *key, char *exact, size_t *k) {
  size_t n = t->end - t->start;
  if (*k + n + 1 > KEY_MAX) return 0;
  if (*k > 0) { key[*k] = exact[*k] = ' '; (*k)++; }
  for (size_t i = 0; i < n; i++) {
    char c = text[t->start + i];
    if (c == '-') c = ' ';
    key[*k] = lower(c);
    exact[*k] = c;
    (*k)++;
  }
  return 1;
}

/* The longest gazetteer form starting at token t[0] (at most `avail`
 * tokens); returns its length in tokens (0: none) and its id. Stops at the
 * first word sequence that no form starts with. */
static size_t match_at(const kimput_gaz *g, const char *text, const kimput_token *t, size_t avail,
                       int32_t *id, int32_t *first) {
  char key[KEY_MAX], exact[KEY_MAX];
  size_t k = 0, best = 0;
  if (first) *first = -1;
  size_t limit = avail < (size_t)g->max_words ? avail : (size_t)g->max_words;
  for (size_t j = 0; j < limit; j++) {
    if (t[j].kind != KIMPUT_TOK_WORD && t[j].kind != KIMPUT_TOK_URL) break;
    if (j > 0 && !gap_is_space(text, t[j - 1].end, t[j].start)) break;
    if (!append_token(text, &t[j], key, exact, &k)) break;
    uint64_t h = fnv1a(key, k);
    if (j == 0) {  /* the bloom filter holds first words (a token may hold several: ITAR-TASS) */
      size_t w1 = 0;
      while (w1 < k && key[w1] != ' ') w1++;
      uint64_t h1 = w1 == k ? h : fnv1a(key, w1);
      if (!(g->bloom[(h1 % BLOOM_BITS) / 64] & (1ULL << (h1 % 64)))) break;
    }
    const slot *s = find(g, key, k, h);
    if (s->hash == 0) break;
    if (s->id == PREFIX_ONLY) continue;
    if ((s->flags & KIMPUT_GAZ_UPPER) && !(t[0].flags & KIMPUT_TOKF_UPPER)) continue;
    if ((s->flags & KIMPUT_GAZ_EXACT_CASE) && memcmp(g->pool + s->exact, exact, k) != 0) continue;
    *id = s->id;
    best = j + 1;
    if (j == 0 && first) *first = s->id;
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
    size_t end = first_token_at(t, ntok, hi);
    size_t i = first_token_at(t, ntok, lo);
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
