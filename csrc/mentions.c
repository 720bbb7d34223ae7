/* mentions.c -- the people and organisations a document names, found from
 * the text itself, and the chains that tie later mentions to them.
 *
 * One left-to-right pass over the tokens of the body spans. At each token
 * the lexicon (lexicon.c) gives the longest known form; from there:
 *
 *  - a title or rank opens a title chain: titles, ranks, qualifiers
 *    (Humas, Keamanan), places and organisations, acronyms, parenthesised
 *    acronyms, connectors (dan, untuk) and one comma, then the name: the
 *    capitalised words after the last part of the role. A jurisdiction
 *    (Gubernur, Polda) takes the next capitalised word as its place;
 *  - a gazetteer name is its entity (a one-word alias followed by given
 *    names is someone else: Kim Tae-hyo);
 *  - a run of capitalised words (initials, particles, al-) is a person when
 *    something says so: it repeats a name met before, an age follows, an
 *    appositive role follows (X, Kepala Y,), or a cue stands next to it;
 *  - an organisation head (Badan, Fraksi) opens an organisation's name,
 *    which a parenthesised acronym names from then on;
 *  - pronouns (ia, dia, beliau, the -nya of a cue) take the first person of
 *    their sentence, else of the latest sentence that names one;
 *  - a title alone (Kabid Humas) or a description (pemimpin Rusia itu) takes
 *    the latest person introduced with that title or serving that place.
 *
 * Chains use hash tables (name word -> entity, acronym -> entity) and
 * arrays indexed by lexicon ids (title -> person, place -> person), so each
 * mention costs O(1): nothing walks the persons seen so far. Nothing is
 * allocated per token; tables and result arrays grow geometrically.
 */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "lexicon.h"
#include "thread_slot.h"

#define UNHELD_KEPT 8       /* offices named before their holder, waiting for the holder (settle_office) */
#define UNHELD_SENTENCES 6  /* ... at most this many sentences */
#define MAX_NAME_WORDS 6   /* a longer run of capitalised words is not a name */
#define MAX_CHAIN_TOKENS 24
#define APPOSITION_GAP 6   /* words of a description between a cue and a name after a comma */
#define INITIALS_MAX 4     /* letters of a person's initials used as a nickname (SBY, STY) */
#define INITIALS_BACK 8    /* the latest persons whose initials an acronym is compared with */
#define INITIALS_WALK 64   /* ... within the latest entities of any kind */
#define SPELLED_MAX 8      /* letters of an acronym that spells a body's name word by word */
#define QUESTION_BACK 40    /* tokens before a label in capitals where an interview's question is looked for */
#define DESCRIPTION_GAP 10 /* words of a description after menurut before a name set off by commas */

/* ------------------------------------------------------------ a small hash map: word -> int */

typedef struct {
  uint64_t h;      /* 0 = empty */
  const char *k;
  uint32_t n;
  int32_t v;
} kslot;

typedef struct {
  kslot *s;
  size_t cap, used;
} kmap;

static inline unsigned char fold(unsigned char c) { return (c >= 'A' && c <= 'Z') ? (unsigned char)(c + 32) : c; }

/* The hash of s[0..n) in any ASCII case: eight bytes a step, lowered
 * together (lower8), so that a name's word costs a step or two and the
 * loop's exit is the only branch. */
static uint64_t fold_hash(const char *s, size_t n) {
  uint64_t h = 1469598103934665603ULL ^ n;
  for (size_t i = 0; i < n; i += 8) {
    h ^= lower8(pack8(s + i, n - i < 8 ? n - i : 8));
    h *= 0x9E3779B97F4A7C15ULL;
    h ^= h >> 29;
  }
  return h ? h : 1;
}

static int fold_eq(const char *a, size_t an, const char *b, size_t bn) {
  if (an != bn) return 0;
  for (size_t i = 0; i < an; i++)
    if (fold((unsigned char)a[i]) != fold((unsigned char)b[i])) return 0;
  return 1;
}

static kslot *kmap_slot(const kmap *m, const char *k, size_t n, uint64_t h) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)h & mask;; i = (i + 1) & mask) {
    kslot *s = &m->s[i];
    if (s->h == 0 || (s->h == h && fold_eq(s->k, s->n, k, n))) return s;
  }
}

static int32_t kmap_get(const kmap *m, const char *k, size_t n) {
  if (!m->cap) return -1;
  kslot *s = kmap_slot(m, k, n, fold_hash(k, n));
  return s->h ? s->v : -1;
}

static int kmap_put(kmap *m, const char *k, size_t n, int32_t v) {
  if ((m->used + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 64;
    kslot *old = m->s, *nv = calloc(cap, sizeof *nv);
    if (!nv) return 0;
    size_t old_cap = m->cap;
    m->s = nv;
    m->cap = cap;
    for (size_t i = 0; i < old_cap; i++)
      if (old[i].h) *kmap_slot(m, old[i].k, old[i].n, old[i].h) = old[i];
    free(old);
  }
  uint64_t h = fold_hash(k, n);
  kslot *s = kmap_slot(m, k, n, h);
  if (!s->h) {
    s->h = h;
    s->k = k;
    s->n = (uint32_t)n;
    m->used++;
  }
  s->v = v;
  return 1;
}

/* An int -> int map for the chains by lexicon id (title -> person, place ->
 * person, gazetteer entity -> document entity): keys are (table << 28) | id. */
typedef struct {
  uint32_t *k;   /* key + 1; 0 = empty */
  int32_t *v;
  size_t cap, used;
} imap;

enum { BY_GAZ = 0, BY_PLACE = 1, BY_HEAD = 2, BY_HEAD_BARE = 3, BY_LEADER = 4, BY_REGION = 5 };

static size_t imap_slot(const imap *m, uint32_t key) {
  size_t mask = m->cap - 1;
  for (size_t i = (size_t)(key * 2654435761u) & mask;; i = (i + 1) & mask)
    if (m->k[i] == 0 || m->k[i] == key + 1) return i;
}

static int32_t imap_get(const imap *m, int table, int32_t id) {
  if (!m->cap || id < 0) return -1;
  size_t i = imap_slot(m, ((uint32_t)table << 28) | (uint32_t)id);
  return m->k[i] ? m->v[i] : -1;
}

static int imap_put(imap *m, int table, int32_t id, int32_t v) {
  if ((m->used + 1) * 2 > m->cap) {
    size_t cap = m->cap ? m->cap * 2 : 32;
    uint32_t *k = calloc(cap, sizeof *k);
    int32_t *nv = malloc(cap * sizeof *nv);
    if (!k || !nv) { free(k); free(nv); return 0; }
    imap old = *m;
    m->k = k;
    m->v = nv;
    m->cap = cap;
    for (size_t i = 0; i < old.cap; i++)
      if (old.k[i]) { size_t j = imap_slot(m, old.k[i] - 1); m->k[j] = old.k[i]; m->v[j] = old.v[i]; }
    free(old.k);
    free(old.v);
  }
  uint32_t key = ((uint32_t)table << 28) | (uint32_t)id;
  size_t i = imap_slot(m, key);
  if (!m->k[i]) { m->k[i] = key + 1; m->used++; }
  m->v[i] = v;
  return 1;
}

/* ------------------------------------------------------------ the result set cached on the document */

typedef struct {
  uint32_t name_s, name_e;  /* the longest full name in the text, when gaz < 0 */
  int32_t gaz;              /* lexicon entity, or -1 */
  int32_t country;          /* lexicon place entity, or -1 */
  int32_t head;             /* the office (lex_title_root) the text named the person with last, or -1 */
  uint32_t nwords;
  uint32_t lead_s, lead_e;  /* a word before the name taken for the place of its title
                               ("Bupati Hendra Wiguna Saputra"), 0 and 0 when none */
  uint32_t shed_s;          /* the name's second word when its first, no list's, may be the body of its
                               title ("analis siber Vaksincom Alfons Tanujaya"), 0 when none */
  uint32_t role_s, role_e;  /* the text of the role that named the person last, equal when none */
  uint8_t kind;
} ent;

/* The result of a scan: one block of exactly its size, the arrays after
 * the header (the scan builds them in the thread's scratch, then copies). */
struct mention_set {
  uint64_t stamp;           /* the lexicon's stamp and pointer, and the spans, of this result */
  const kimput_lexicon *lex;
  uint32_t *spans;
  size_t nspans;
  kimput_mention *m;
  size_t nm, capm;          /* capm: room in m while building (the scratch's), nm once done */
  ent *e;                   /* the entities while building (in the scratch), NULL once done */
  kimput_entity *pub;
  size_t ne, cape;
  char *pool;               /* copies of gazetteer names */
  size_t pool_len;
  size_t bytes;             /* the block's size */
  uint64_t hits_ticket;     /* the thread's hit buffer holds this result's hits while its ticket
                               is this one (0: none) */
};

/* ------------------------------------------------------------ the per-thread scratch */

/* The per-token lexicon hits of a document are needed from its mention
 * scan until its attribution, which follows in the same thread (else it
 * looks the tokens up again). So each thread keeps one buffer for them,
 * reused by document after document instead of a large allocation per
 * document, and beside it the working memory of the scan (its hash maps,
 * the mentions and entities being built) and of the attribution
 * (scratch_buf): a document then costs one allocation per result. Memory
 * above SCRATCH_KEEP is given back once its document is done; all of it
 * when the thread exits. */
typedef struct {
  lex_hit *v;
  size_t cap;
  uint64_t ticket;  /* the result whose hits it holds, 0 when none */
  kmap words, orgs;
  imap by;
  kimput_mention *m;
  size_t capm;
  ent *e;
  size_t cape;
  size_t *ranges;   /* with the hits: the token ranges of the spans (mention_set_filled) */
  size_t cap_ranges, nranges;
  size_t *cues;     /* ... and the tokens of those whose hit has a cue class */
  size_t cap_cues, ncues;
  uint32_t *tmap;   /* ... and the document's token map (mention_set_tok_map) */
  size_t cap_tmap, ntmap;
  scratch_buf bufs[SCRATCH_COUNT];
} hit_buffer;

#define HIT_BUFFER_KEEP (1u << 16)  /* tokens: a larger buffer is freed once its document is done */
#define SCRATCH_KEEP (1u << 20)     /* bytes: a larger working array is freed once its document is done */

static pthread_once_t hit_once = PTHREAD_ONCE_INIT;
static pthread_key_t hit_key;
static int hit_key_ok;
static atomic_uint_fast64_t hit_tickets = 1;

static void hit_buffer_free(void *p) {
  hit_buffer *b = p;
  if (b) {
    free(b->v);
    free(b->ranges);
    free(b->cues);
    free(b->tmap);
    free(b->words.s);
    free(b->orgs.s);
    free(b->by.k);
    free(b->by.v);
    free(b->m);
    free(b->e);
    for (int i = 0; i < SCRATCH_COUNT; i++) free(b->bufs[i].p);
  }
  free(b);
}

static void hit_key_init(void) { hit_key_ok = pthread_key_create(&hit_key, hit_buffer_free) == 0; }

/* This thread's buffer (made when create and none exists yet), or NULL. */
static hit_buffer *thread_hits(int create) {
  pthread_once(&hit_once, hit_key_init);
  return thread_slot(hit_key, hit_key_ok, sizeof(hit_buffer), create);
}

scratch_buf *thread_scratch_buf(int which) {
  hit_buffer *b = which >= 0 && which < SCRATCH_COUNT ? thread_hits(1) : NULL;
  return b ? &b->bufs[which] : NULL;
}

void *scratch_reserve(scratch_buf *b, size_t bytes) {
  if (bytes > b->cap || !b->p) {
    size_t cap = bytes > 2 * b->cap ? bytes : 2 * b->cap;
    void *p = realloc(b->p, cap ? cap : 1);
    if (!p) return NULL;
    b->p = p;
    b->cap = cap ? cap : 1;
  }
  return b->p;
}

void scratch_release(scratch_buf *b) {
  if (b->cap > SCRATCH_KEEP) {
    free(b->p);
    b->p = NULL;
    b->cap = 0;
  }
}

/* Empties a map for the next document: zeroed when small, freed when a
 * long document grew it (the cost stays linear in each document). */
static void kmap_clear(kmap *m) {
  if (m->cap * sizeof *m->s > SCRATCH_KEEP / 16) {
    free(m->s);
    m->s = NULL;
    m->cap = 0;
  } else if (m->used) {
    memset(m->s, 0, m->cap * sizeof *m->s);
  }
  m->used = 0;
}

static void imap_clear(imap *m) {
  if (m->cap * sizeof *m->k > SCRATCH_KEEP / 16) {
    free(m->k);
    free(m->v);
    m->k = NULL;
    m->v = NULL;
    m->cap = 0;
  } else if (m->used) {
    memset(m->k, 0, m->cap * sizeof *m->k);
  }
  m->used = 0;
}

/* Room for n hits in this thread's buffer, now lent to a new result: the
 * buffer, its ticket in *ticket; NULL when out of memory. */
static lex_hit *lend_hits(hit_buffer *b, size_t n, uint64_t *ticket) {
  if (b->cap < n || !b->v) {
    size_t cap = n > 2 * b->cap ? n : 2 * b->cap;
    lex_hit *v = realloc(b->v, (cap ? cap : 1) * sizeof *v);
    if (!v) return NULL;
    b->v = v;
    b->cap = cap ? cap : 1;
  }
  b->ticket = *ticket = (uint64_t)atomic_fetch_add(&hit_tickets, 1);
  return b->v;
}

lex_hit *mention_set_hits(struct mention_set *set) {
  if (!set || !set->hits_ticket) return NULL;
  hit_buffer *b = thread_hits(0);
  return b && b->ticket == set->hits_ticket ? b->v : NULL;
}

int mention_set_filled(struct mention_set *set, const size_t **ranges, size_t *nranges, const size_t **cues,
                       size_t *ncues) {
  hit_buffer *b = set && set->hits_ticket ? thread_hits(0) : NULL;
  if (!b || b->ticket != set->hits_ticket) return 0;
  *ranges = b->ranges;
  *nranges = b->nranges;
  *cues = b->cues;
  *ncues = b->ncues;
  return 1;
}

const uint32_t *mention_set_tok_map(struct mention_set *set, size_t *n) {
  hit_buffer *b = set && set->hits_ticket ? thread_hits(0) : NULL;
  if (!b || b->ticket != set->hits_ticket || !b->ntmap) return NULL;
  *n = b->ntmap;
  return b->tmap;
}

/* Room for n elements in *v (*cap of them, grown by realloc): 0 when out of memory. */
static int reserve_sizes(size_t **v, size_t *cap, size_t n) {
  if (*v && *cap >= n) return 1;
  size_t c = n > 2 * *cap ? n : 2 * *cap;
  size_t *nv = realloc(*v, (c ? c : 1) * sizeof *nv);
  if (!nv) return 0;
  *v = nv;
  *cap = c ? c : 1;
  return 1;
}

size_t mention_set_memory(const struct mention_set *set) { return set ? set->bytes : 0; }

void mention_set_drop_hits(struct mention_set *set) {
  if (!set || !set->hits_ticket) return;
  hit_buffer *b = thread_hits(0);
  if (b && b->ticket == set->hits_ticket) {
    b->ticket = 0;
    if (b->cap > HIT_BUFFER_KEEP) {  /* an unusually long document: give its memory back */
      free(b->v);
      b->v = NULL;
      b->cap = 0;
    }
    if (b->cap_cues > HIT_BUFFER_KEEP) {
      free(b->cues);
      b->cues = NULL;
      b->cap_cues = 0;
    }
    if (b->cap_ranges > HIT_BUFFER_KEEP) {
      free(b->ranges);
      b->ranges = NULL;
      b->cap_ranges = 0;
    }
    if (b->cap_tmap > HIT_BUFFER_KEEP) {
      free(b->tmap);
      b->tmap = NULL;
      b->cap_tmap = 0;
    }
  }
  set->hits_ticket = 0;
}

void mention_set_free(struct mention_set *set) {
  if (!set) return;
  mention_set_drop_hits(set);
  free(set);
}

/* ------------------------------------------------------------ the scanning context */

typedef struct {
  const char *text;
  const kimput_token *t;
  size_t nt;
  const kimput_sentence *sent;
  size_t nsent, si;
  size_t sent_end;     /* the token after sentence si (enter_token moves on from there) */
  size_t span_lo;      /* the first token of the body span being scanned */
  const kimput_lexicon *lex;
  struct mention_set *out;
  kmap words;          /* a word of a person's name -> the person */
  kmap orgs;           /* an organisation's acronym or name -> the organisation */
  imap by;             /* BY_GAZ: lexicon entity -> document entity; BY_PLACE: lexicon place ->
                          the latest person serving it; BY_HEAD: lexicon title entry -> the
                          latest person introduced with it; BY_HEAD_BARE: ... with it and no
                          place; BY_LEADER: lexicon place -> the latest person introduced as its
                          leader (a KIMPUT_LEX_LEADER title); BY_REGION: (a body's entity,
                          lexicon place) -> the body's office serving that place (region_body) */
  lex_hit *hits;       /* the lexicon's word at each token */
  const uint32_t *tmap;  /* the token map (tok_at), ntmap blocks */
  size_t ntmap;
  int32_t cur_first;   /* the first person of the current sentence */
  int32_t last_first;  /* the first person of the latest sentence naming one */
  int32_t cur_subject; /* the person opening the current sentence (its subject) */
  int32_t last_subject;  /* the subject of the latest sentence that opens with a person */
  size_t last_subject_si;  /* ... and that sentence */
  size_t visited;          /* the body's sentences entered so far (furniture lines between are none; nor are
                              those inside a quotation opened in a sentence before: its speaker's words) */
  size_t q_tok;            /* quote_open_before: the next token whose marks it reads */
  int q_open;              /* ... a double quotation mark is open before it, in its paragraph */
  size_t last_subject_vis; /* ... the count at the latest subject's sentence */
  size_t last_first_si;    /* the latest sentence naming a person */
  int cur_headline;        /* the current sentence is a headline's line (headline_like) */
  struct {                 /* offices serving a place named with no holder yet ("dengan Kapolda Jawa
                              Barat"), the holder perhaps named after (settle_office) */
    uint32_t m;            /* the title mention */
    int32_t head, place;   /* its office and place */
    size_t si;             /* its sentence */
  } unheld[UNHELD_KEPT];
  size_t nunheld;
  size_t loose_s, loose_n, loose_si;  /* a name no list knows opening the latest sentence before a verb
                                         ("Nining Suryani tak kuasa ..."), loose_n 0 when none */
  size_t via_tok, via_end;  /* the latest cue naming who relays the words (dilansir), and the token after it */
#define LEADS_KEPT 8
  int32_t leads[LEADS_KEPT];  /* the latest persons with a lead word (ent.lead_s), a ring */
  unsigned nleads;
  uint32_t body_s[LEADS_KEPT], body_e[LEADS_KEPT];  /* the latest words read as a title's body or
                                                       place before a name (Persib), a ring */
  unsigned nbody;
  unsigned nfirms;  /* firms named with their legal form (PT Jasa Marga), kept in orgs without it too */
#define PLACES_KEPT 8
  uint32_t told_s[PLACES_KEPT], told_n[PLACES_KEPT];  /* places of one to three words the text named after a
                                                        word of jurisdiction ("Desa Bandar Kedungmulyo"):
                                                        first token and count, a ring */
  unsigned ntold;
  int failed;
} ctx;

/* The first token starting at or after off (the token map's block, then a step or two). */
static inline size_t tok_at(const ctx *c, uint32_t off) {
  return block_map_at(c->tmap, c->ntmap, c->t, c->nt, sizeof *c->t, TOK_MAP_SHIFT, off);
}

/* What the lexicon says of the text at token i. */
typedef struct {
  size_t n;        /* tokens of the form, 0 when none */
  uint32_t cls;    /* KIMPUT_LEX_* */
  int32_t ent;     /* lexicon entity, or -1 */
  int32_t entry;   /* lexicon entry, or -1 */
} unit;

/* The unit of a form of n tokens with that entry and entity at a token. */
static inline unit unit_of(size_t n, int32_t entry, int32_t entity, uint32_t cls) {
  unit u = {0, 0, -1, -1};
  if (n && entry >= 0) {
    u.cls = cls;
    u.ent = entity;
    u.entry = entry;
    u.n = (u.cls || u.ent >= 0) ? n : 0;  /* "kim", "as": a form whose entity wants another case */
  }
  return u;
}

/* look() when the longest form at token i runs past the limit: the longest one that fits. */
static unit look_within(const ctx *c, size_t i, size_t end, const lex_hit *h) {
  const lex_entry *e;
  size_t n = end - i == 1 ? (h->single >= 0) : lex_match(c->lex, c->text, &c->t[i], end - i, &e);
  int32_t entry = end - i == 1 ? h->single : (n ? (int32_t)(e - c->lex->entries) : -1);
  int32_t entity = n && entry >= 0 && c->lex->entries[entry].entity >= 0 &&
                           lex_case_ok(c->lex, &c->lex->entries[entry], c->text, &c->t[i], n)
                       ? c->lex->entries[entry].entity
                       : -1;
  return unit_of(n, entry, entity, n && entry >= 0 ? c->lex->entries[entry].classes : 0);
}

static int longer_name_after(const ctx *c, size_t i, size_t k, size_t end);

/* "korban, DR (25),", "kata IR": a one-word degree or honorific of the lexicon (dr, Ir, Drs), written
 * in two or three capitals with no capitalised word after it, is a person's initials, no rank. */
static int initials_not_rank(const ctx *c, size_t i, const lex_hit *h) {
  const kimput_token *t = &c->t[i];
  if (h->n != 1 || h->entity >= 0 || (h->cls & (KIMPUT_LEX_RANK | KIMPUT_LEX_TITLE)) != KIMPUT_LEX_RANK ||
      t->end - t->start < 2 || t->end - t->start > 3 || !(t->flags & KIMPUT_TOKF_UPPER))
    return 0;
  for (uint32_t k = t->start; k < t->end; k++)
    if (c->text[k] < 'A' || c->text[k] > 'Z') return 0;
  return !(i + 1 < c->nt && (c->t[i + 1].flags & KIMPUT_TOKF_JOINED) && c->t[i + 1].kind == KIMPUT_TOK_WORD &&
           (c->t[i + 1].flags & KIMPUT_TOKF_UPPER));
}

/* What the lexicon says of tokens [i, end) (the form at i, at most up to end). */
static inline unit look(const ctx *c, size_t i, size_t end) {
  if (i >= end || (c->t[i].kind != KIMPUT_TOK_WORD && c->t[i].kind != KIMPUT_TOK_URL)) {
    unit none = {0, 0, -1, -1};
    return none;
  }
  const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i);
  if (h->n > end - i) return look_within(c, i, end, h);
  /* "pengacara Sri Mulyani Rahayu": a known person's name of two words or more that a name
     word no list knows goes on is somebody else's name (the shorter forms at i tell the rest) */
  if (h->entity >= 0 && h->n >= 2 && longer_name_after(c, i, i + h->n, end)) return look_within(c, i, i + h->n - 1, h);
  /* a word the lexicon holds only for the attribution's context (kin, sent, contact) is no unit
     of a name or a title: "Putri" stays a word of "Intan Jaya Putri" */
  if (h->entity < 0 && h->cls && !(h->cls & ~LEX_CONTEXT_CLASSES)) return (unit){0, h->cls, -1, -1};
  if ((h->cls & KIMPUT_LEX_RANK) && initials_not_rank(c, i, h)) {
    uint32_t rest = h->cls & ~(uint32_t)KIMPUT_LEX_RANK;
    return rest ? unit_of(1, h->entry, -1, rest) : (unit){0, 0, -1, -1};
  }
  return unit_of(h->n, h->entry, h->entity, h->cls);
}

static int ent_kind(const ctx *c, int32_t lex_ent) { return c->lex->entities[lex_ent].kind; }


static int is_cap(const kimput_token *t) { return (t->kind == KIMPUT_TOK_WORD) & ((t->flags & KIMPUT_TOKF_UPPER) != 0); }

/* "Menurut menteri, Moskow memindahkan …": a known place right after a comma with a lower-case word after
 * it is the subject of the clause the comma opens, no name the title before the comma goes on to. */
static int place_opens_clause(const ctx *c, size_t k, size_t limit) {
  unit u = look(c, k, limit);
  if (!u.n || u.ent < 0 || ent_kind(c, u.ent) != KIMPUT_ENT_PLACE || k + u.n >= limit) return 0;
  const kimput_token *t = &c->t[k + u.n];
  return t->kind == KIMPUT_TOK_WORD && !(t->flags & KIMPUT_TOKF_UPPER);
}

/* "Kapten tim X, Kemenangan itu hasil latihan …": one capitalised word no person of the document is, then a
 * demonstrative and a lower-case word, right after a comma, is a noun opening the next clause (a writer's
 * capital after a comma), no name the title before the comma goes on to. */
static int noun_opens_clause(const ctx *c, size_t k, size_t limit);

/* An acronym: letters only, all upper case, at least two (BPS, PKS, DPR). */
static int is_acronym(const ctx *c, const kimput_token *t) {
  if (t->kind != KIMPUT_TOK_WORD || t->end - t->start < 2) return 0;
  for (uint32_t i = t->start; i < t->end; i++) {
    char ch = c->text[i];
    if (!(ch >= 'A' && ch <= 'Z')) return 0;
  }
  return 1;
}

/* A label of capitals and digits: a squad's age group (U-23), a group of
 * states (G20), a model (F-16). No person's name has a digit. */
static int is_numbered_label(const ctx *c, const kimput_token *t) {
  if (t->kind != KIMPUT_TOK_WORD || t->end - t->start < 2 || t->end - t->start > 8) return 0;
  int digits = 0;
  for (uint32_t i = t->start; i < t->end; i++) {
    char ch = c->text[i];
    if (ch >= '0' && ch <= '9') digits++;
    else if (!(ch >= 'A' && ch <= 'Z') && ch != '-') return 0;
  }
  return digits > 0 && c->text[t->start] >= 'A' && c->text[t->start] <= 'Z';
}

/* Has word token t a digit (Covid-19, G20)? No word of a person's name has. */
static int has_digit(const ctx *c, const kimput_token *t) {
  for (uint32_t i = t->start; i < t->end; i++)
    if (c->text[i] >= '0' && c->text[i] <= '9') return 1;
  return 0;
}

/* A regnal number: II, III, IV, VI ... (I and V alone are initials). */
static int is_roman(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || n < 2 || n > 4) return 0;
  for (uint32_t k = t->start; k < t->end; k++)
    if (c->text[k] != 'I' && c->text[k] != 'V' && c->text[k] != 'X') return 0;
  return 1;
}

/* A unit's roman numeral, maybe with a hyphen and more numerals or digits after it (XII, XII-2, XIX-2, IV). */
static int unit_numeral(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start, r = 0;
  const char *s = c->text + t->start;
  if (t->kind != KIMPUT_TOK_WORD || n < 2 || n > 10) return 0;
  while (r < n && (s[r] == 'I' || s[r] == 'V' || s[r] == 'X')) r++;
  if (r < 2 || (r < n && s[r] != '-')) return 0;
  for (size_t k = r + 1; k < n; k++)
    if (!(s[k] == 'I' || s[k] == 'V' || s[k] == 'X' || (s[k] >= '0' && s[k] <= '9'))) return 0;
  return r == n || r + 1 < n;
}

/* Tokens a and b = a + 1 stand on one line with only spaces (or nothing) between (the
 * tokenizer's flag: the rules below ask it of the same tokens again and again). */
static inline int joined(const ctx *c, size_t b) { return (c->t[b].flags & KIMPUT_TOKF_JOINED) != 0; }

static int punct_is(const ctx *c, size_t i, size_t end, char ch) {
  return i < end && c->t[i].kind == KIMPUT_TOK_PUNCT && c->t[i].end - c->t[i].start == 1 &&
         c->text[c->t[i].start] == ch;
}

/* "S.IK", "M.Si": a degree or abbreviation with a period inside, never part of a
 * name (an initial such as "M." has its period at the end). */
static int inner_period(const ctx *c, const kimput_token *t) {
  for (uint32_t i = t->start; i + 1 < t->end; i++)
    if (c->text[i] == '.') return 1;
  return 0;
}

/* "B.S.", "H.D": two or three initials in one token, each a capital and a period (the last
 * period may be missing). A degree of that shape (S.H., S.E.) closes a name; inside one,
 * before another word of it, such a token is the person's initials (dotted_initials_inside). */
static int dotted_initials(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  if (n < 3 || n > 6) return 0;
  const char *w = c->text + t->start;
  for (size_t k = 0; k < n; k++)
    if ((k % 2 == 0) != (w[k] >= 'A' && w[k] <= 'Z') || (k % 2 == 1 && w[k] != '.')) return 0;
  return 1;
}

/* "S.Sos", "M.Kom": token w glued to an initial and its period, a degree's tail. */
static int glued_to_initial(const ctx *c, size_t w) {
  if (w == 0 || c->t[w].start != c->t[w - 1].end) return 0;
  const kimput_token *p = &c->t[w - 1];
  return p->end - p->start == 2 && c->text[p->end - 1] == '.';
}

static int specialist_degree(const ctx *c, const kimput_token *t);
static inline unit look(const ctx *c, size_t i, size_t end);
static inline __attribute__((always_inline)) int word_eq(const ctx *c, size_t i, const char *w);

/* Is token k the tail of a degree after its initial and a space ("S. Sos", "M. Si", "S. Pd")? */
static int spaced_degree_tail(const ctx *c, size_t k) {
  static const char *const tails[] = {"Sos", "Kom", "Pd", "PdI", "Si", "Ag", "Hum", "IP", "IK", "Kes", "Kep",
                                      "Psi", "Farm", "Ked", "Ak", "Tr", "AP", "STP", "Sn", "Hut", "Pi", "Pt"};
  const kimput_token *t = &c->t[k];
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || n > 4) return 0;
  for (size_t i = 0; i < sizeof tails / sizeof *tails; i++)
    if (strlen(tails[i]) == n && !memcmp(c->text + t->start, tails[i], n)) return 1;
  return 0;
}

/* The end of an academic degree written after a name and its comma, starting at
 * token k ("SH", "MSi", "S.H.", "S.Sos.", "SpOG"), or k when none starts there. A degree
 * in capitals alone is one the lexicon holds (KIMPUT_LEX_DEGREE: "SH", "MPH"), so that an
 * acronym after a name ("KPK", "PDIP") stays a body; one in mixed case ("MSi", "MPd") is
 * known by its shape. */
static size_t degree_end(const ctx *c, size_t k, size_t end) {
  if (k >= end || c->t[k].kind != KIMPUT_TOK_WORD) return k;
  const kimput_token *t = &c->t[k];
  size_t n = t->end - t->start, caps = 0;
  /* ("Subsp. K.I. (K)": a subspecialty's mark, then its degree after a space) */
  if (word_eq(c, k, "subsp.") && k + 1 < end && c->t[k + 1].kind == KIMPUT_TOK_WORD && inner_period(c, &c->t[k + 1])) {
    k += 2;
    if (k + 2 < end && punct_is(c, k, end, '(') && c->t[k + 1].kind == KIMPUT_TOK_WORD && is_cap(&c->t[k + 1]) &&
        c->t[k + 1].end - c->t[k + 1].start <= 2 && punct_is(c, k + 2, end, ')'))
      k += 3;  /* (and its consultant's mark) */
    return k;
  }
  if (inner_period(c, t)) {  /* S.H., M.Si., Sp.PD */
    k++;
    if (k + 2 < end && c->t[k].start == c->t[k - 1].end && punct_is(c, k, end, '(') && is_acronym(c, &c->t[k + 1]) &&
        c->t[k + 1].end - c->t[k + 1].start <= 2 && punct_is(c, k + 2, end, ')'))
      k += 3;  /* (a consultant's "(K)": "Sp.OG(K)") */
    return k;
  }
  if (n == 2 && c->text[t->start + 1] == '.' && c->text[t->start] >= 'A' && c->text[t->start] <= 'Z') {
    /* "S." glued to its tail: "S.Sos", "M.Si" */
    if (k + 1 < end && c->t[k + 1].start == t->end && c->t[k + 1].kind == KIMPUT_TOK_WORD &&
        c->t[k + 1].end - c->t[k + 1].start <= 4) {
      k += 2;
      if (k < end && c->t[k].start == c->t[k - 1].end && punct_is(c, k, end, '.')) k++;
      return k;
    }
    /* (and one space before a tail of a degree's: "S. Sos.", "M. Si", never "M. Ali") */
    if (k + 1 < end && c->t[k + 1].start == t->end + 1 && c->text[t->end] == ' ' && spaced_degree_tail(c, k + 1)) {
      k += 2;
      if (k < end && c->t[k].start == c->t[k - 1].end && punct_is(c, k, end, '.')) k++;
      return k;
    }
    return k;
  }
  if (!is_cap(t)) return k;
  int letters = 1;
  for (uint32_t i = t->start; i < t->end; i++) {
    char ch = c->text[i];
    if (ch >= 'A' && ch <= 'Z') caps++;
    else if (!(ch >= 'a' && ch <= 'z')) letters = 0;
  }
  /* (one capital, "Lc", "Apt", right after a comma only: "Ma" closing a name is no MA; a priest's
     "Pr" has no vowel, so no word of a name) */
  int vowel = 0;
  for (uint32_t i = t->start; i < t->end && !vowel; i++) vowel = strchr("aeiouAEIOU", c->text[i]) != NULL;
  if ((look(c, k, k + 1).cls & KIMPUT_LEX_DEGREE) && (caps >= 2 || !vowel || (k > 0 && punct_is(c, k - 1, end, ','))))
    return k + 1;
  if (specialist_degree(c, t)) return k + 1;  /* SpOG, SpPD */
  return letters && n >= 2 && n <= 5 && caps >= 2 && caps < n ? k + 1 : k;  /* MSi, MPd (mixed case: no acronym) */
}

/* The end of the degrees written after a name, from token k, the comma after it: each after its
 * comma or right after the one before ("Andi Saputra, SH, MH", "Nury Effendi, SE, MA, PhD",
 * "Syahril, Sp.P, MARS"), up to the last degree (its closing comma not included); k when none
 * follows. Six at most (the scans stay linear); a capitalised word right after the last says
 * they were words of a name ("Budi, Ma Ying-jeou"), none read. */
static size_t degrees_after(const ctx *c, size_t k, size_t end) {
  size_t e = k;
  for (size_t d, n = 0; n < 6; n++) {
    size_t at = punct_is(c, e, end, ',') ? e + 1 : (n > 0 && e < end && joined(c, e) ? e : end);
    if (at >= end || (d = degree_end(c, at, end)) == at) break;
    e = d;
  }
  if (e > k && e < end && joined(c, e) && c->t[e].kind == KIMPUT_TOK_WORD && is_cap(&c->t[e])) return k;
  return e;
}

/* "al-Assad", "el-Sisi": a lower-case particle glued to a capitalised name. */
static int is_glued_particle(const ctx *c, const kimput_token *t) {
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  return n > 3 && (s[0] == 'a' || s[0] == 'e') && s[1] == 'l' && s[2] == '-' && s[3] >= 'A' && s[3] <= 'Z';
}

/* The person whose name's word is the glued particle's word at token i ("el-Tayeb" after "Ahmed
 * el-Tayeb": the words were kept without the particle), or -1. */
static int32_t glued_person(const ctx *c, size_t i) {
  const kimput_token *t = &c->t[i];
  if (t->kind != KIMPUT_TOK_WORD || !is_glued_particle(c, t)) return -1;
  int32_t e = kmap_get(&c->words, c->text + t->start + 3, t->end - t->start - 3);
  return e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON ? e : -1;
}

static const uint32_t STOPS_NAME = KIMPUT_LEX_NOT_NAME | KIMPUT_LEX_CALENDAR | KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK |
                                   KIMPUT_LEX_QUALIFIER | KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION |
                                   KIMPUT_LEX_PRONOUN | KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_BEFORE |
                                   KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_ACCORDING;

static int after_cue(const ctx *c, size_t i);
static int sentence_initial(const ctx *c, size_t i);
static int cue_after(const ctx *c, size_t k, size_t end);

/* Is the unit one word the lexicon knows only as a month's or weekday's name (Mei, Juni)? */
static inline int calendar_word(unit u) { return u.n == 1 && (u.cls & STOPS_NAME) == KIMPUT_LEX_CALENDAR; }

/* Does a role stand right before token i: a title, a rank, a word of a body's name or a place
 * or body the lexicon knows? */
static int after_role(const ctx *c, size_t i) {
  if (i == 0 || !joined(c, i)) return 0;
  unit u = look(c, i - 1, i);
  return (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_QUALIFIER)) || u.ent >= 0;
}

/* Is the calendar word at token i a word of a person's name the document gave ("Mei Lestari")? */
static int month_is_person(const ctx *c, size_t i) {
  int32_t e = kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
  return e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON;
}

/* May the calendar word at token i open a person's name: a cue, a title or a
 * rank right before it, and a capitalised word after it that the lexicon
 * does not know, not a number ("kata Juni Astuti"; "pada Mei 2024" and
 * "bulan Mei lalu" are months)? */
static int month_opens_name(const ctx *c, size_t i, size_t end) {
  if (i == 0) return 0;
  /* "Menurut Jan de Vries": a particle, then the name goes on */
  if (i + 2 < end && joined(c, i + 1) && joined(c, i + 2) && !is_cap(&c->t[i + 1]) &&
      (look(c, i + 1, i + 2).cls & KIMPUT_LEX_PARTICLE) && is_cap(&c->t[i + 2]) && !look(c, i + 2, end).n)
    return after_cue(c, i) || (look(c, i - 1, i).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) != 0;
  if (i + 1 >= end || !joined(c, i + 1) || !is_cap(&c->t[i + 1]) || look(c, i + 1, end).n)
    /* "ujar Mei", "Mei mengatakan" after "Mei Lestari" */
    return month_is_person(c, i) && (after_cue(c, i) || cue_after(c, i + 1, end));
  if (after_cue(c, i) || (look(c, i - 1, i).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) != 0) return 1;
  /* "Kepala Dinas Pendidikan Kota Malang, Mei Santoso,": the comma of an apposition after a role */
  if (i >= 2 && punct_is(c, i - 1, end, ',') && !sentence_initial(c, i) && after_role(c, i - 1)) return 1;
  /* "Menteri Luar Negeri Polandia Jan Nowak": the place a title serves, then the name (not a
     place alone before it: "Ekspor Indonesia Mei Naik" in a headline) */
  unit p = look(c, i - 1, i);
  if (!joined(c, i) || p.n != 1 || p.ent < 0 || ent_kind(c, p.ent) != KIMPUT_ENT_PLACE) return 0;
  for (size_t k = i - 1; k > 0 && k + 5 > i && joined(c, k); k--)
    if (look(c, k - 1, k).cls & KIMPUT_LEX_TITLE) return 1;
  return 0;
}

static size_t past_aside(const ctx *c, size_t k, size_t end);
static int prefixed_verb(const ctx *c, size_t k);
static int verb_follows(const ctx *c, size_t k, size_t end);
static int month_inside_name(const ctx *c, size_t j, size_t end);
static size_t name_run(const ctx *c, size_t i, size_t end);

/* "Juni, salah satu guru, mengatakan", "Senada, Mei Lestari, pedagang sayur, mengaku": the calendar
 * word at token i, alone or with words of a name no list knows after it, opening its sentence or
 * after a comma, then an aside set off by commas that describes a person (a determiner, a noun for
 * a person or a title first) and a cue or a verb: a person's name, its length in tokens; 0 when not
 * ("Juni, para petani mulai menanam" stays the month). */
static size_t month_described(const ctx *c, size_t i, size_t end) {
  if (!sentence_initial(c, i) && !(i > 0 && punct_is(c, i - 1, end, ','))) return 0;
  size_t k = i + 1 + (month_inside_name(c, i, end) ? name_run(c, i + 1, end) : 0);
  if (!punct_is(c, k, end, ',') || k + 1 >= end) return 0;
  size_t v = past_aside(c, k, end);
  if (v == k || !(look(c, k + 1, end).cls & (KIMPUT_LEX_DETERMINER | KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_TITLE)))
    return 0;
  return cue_after(c, v, end) || (verb_follows(c, v, end) && prefixed_verb(c, v)) ? k - i : 0;
}

/* Does a word of a name go on right after the calendar word at token j: a capitalised word
 * the lexicon does not know, no acronym? */
static int month_inside_name(const ctx *c, size_t j, size_t end) {
  return j + 1 < end && joined(c, j + 1) && is_cap(&c->t[j + 1]) && !is_acronym(c, &c->t[j + 1]) &&
         !look(c, j + 1, end).n;
}

static int word_in(const ctx *c, size_t i, const char *const *list, size_t n);

/* Does a month's short form at token j close the name opened at token i by a role or a cue
 * ("Menteri Pertahanan China Dong Jun bertemu", "kata Wang Jun")? No number follows it, which
 * would make it a date ("12 Jun 2024"), and a month written in full stays one ("kata Budi
 * Maret lalu"). */
static int short_month_ends_name(const ctx *c, size_t i, size_t j, size_t end) {
  static const char *const shorts[] = {"jan", "feb", "mar", "apr", "jun", "jul", "agu", "agt", "ags", "sep",
                                       "okt", "nov", "des"};
  if (!word_in(c, j, shorts, sizeof shorts / sizeof *shorts) || !joined(c, j)) return 0;
  if (j + 1 < end && (c->t[j + 1].kind == KIMPUT_TOK_NUMBER || c->t[j + 1].kind == KIMPUT_TOK_DATE)) return 0;
  return after_role(c, i) || after_cue(c, i);
}

/* "Kepala Desa Budi Agustus Santoso", where a title chain read "Budi" as the place: the calendar
 * word at token i right after a capitalised word no list knows, inside a name as above. */
static int month_after_word(const ctx *c, size_t i, size_t end) {
  return i > 0 && joined(c, i) && is_cap(&c->t[i - 1]) && !is_acronym(c, &c->t[i - 1]) && !look(c, i - 1, i).n &&
         month_inside_name(c, i, end);
}

static inline __attribute__((always_inline)) int word_eq(const ctx *c, size_t i, const char *w);

/* May the word at token i, a given name that is also a word of the language
 * ("Lalu", of Sasak names; lalu = then), open a person's name: inside a
 * sentence after a comma, a title, a rank or a cue, a capitalised word that
 * stops no name right after it ("Gubernur NTB, Lalu Muhamad Iqbal,"; not
 * "Lalu Budi pulang", a sentence's first word)? */
static int given_opens_name(const ctx *c, unit u, size_t i, size_t end) {
  if (u.n != 1 || u.ent >= 0 || !(u.cls & KIMPUT_LEX_GIVEN) || !is_cap(&c->t[i]) || i == 0 || i + 1 >= end ||
      !joined(c, i + 1) ||
      !is_cap(&c->t[i + 1]) || is_acronym(c, &c->t[i + 1]) || (look(c, i + 1, end).cls & STOPS_NAME))
    return 0;
  return (punct_is(c, i - 1, end, ',') && !sentence_initial(c, i)) || after_role(c, i) || after_cue(c, i);
}

/* Is the word at token i, only a word of a unit's name to the lexicon (Sandi, Bina), the
 * first of a name: right after a rank ("Irjen Pol Sandi Nugroho", "AKBP Bina Wijaya"), a
 * capitalised word that stops no name after it? */
static int rank_opens_qualifier(const ctx *c, unit u, size_t i, size_t end) {
  if (u.n != 1 || u.ent >= 0 || (u.cls & STOPS_NAME) != KIMPUT_LEX_QUALIFIER || i == 0 || !joined(c, i) ||
      i + 1 >= end || !joined(c, i + 1) || !is_cap(&c->t[i + 1]) || (look(c, i + 1, end).cls & STOPS_NAME))
    return 0;
  /* a rank of up to three words ends right before it (the longest form there: not "Ibu" of "Ibu Negara") */
  for (size_t b = i; b-- > 0 && b + 3 >= i;) {
    unit r = look(c, b, end);
    if (r.n == i - b) return (r.cls & KIMPUT_LEX_RANK) && !(r.cls & KIMPUT_LEX_TITLE);
  }
  return 0;
}

static int verb_follows(const ctx *c, size_t k, size_t end);

/* May the word at token i, "Hari" (a day; a given name too), open a person's name: after a
 * role or a cue, one or two capitalised words no list knows after it, then a verb, a cue or a
 * stop ("Ketua PN Bale Bandung Hari Santoso mengatakan"; not "Ketua Panitia Hari Santri
 * Nasional X", "Panitia Hari Jadi, Budi")? */
static int day_opens_name(const ctx *c, unit u, size_t i, size_t end) {
  if (u.n != 1 || u.ent >= 0 || !word_eq(c, i, "hari") || !is_cap(&c->t[i]) || !(after_role(c, i) || after_cue(c, i)))
    return 0;
  size_t k = i + 1;
  while (k < end && k < i + 4 && joined(c, k) && is_cap(&c->t[k]) && !is_acronym(c, &c->t[k]) &&
         !look(c, k, end).n && c->t[k].end - c->t[k].start >= 3)
    k++;
  if (k == i + 1 || k == i + 4) return 0;
  /* (right after a title or rank, a comma or any lower-case word may follow the name: "Kasatreskrim AKP Hari
     Budianto belum ...", "Menurut Kapolsek Hari Santoso, ...") */
  if (after_role(c, i) && k < end && (punct_is(c, k, end, ',') || (c->t[k].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[k]))))
    return 1;
  return k >= end || punct_is(c, k, end, '.') || cue_after(c, k, end) || verb_follows(c, k, end);
}

/* Is the word at token i, one that names nobody to the lexicon (Hari, a day), alone next to a
 * cue a word of a person's name the document gave ("ujar Hari", "Hari menambahkan" after
 * "Hari Purwanto")? */
static int named_word_by_cue(const ctx *c, unit u, size_t i, size_t end) {
  return u.n == 1 && u.ent < 0 && (u.cls & STOPS_NAME) == KIMPUT_LEX_NOT_NAME && is_cap(&c->t[i]) &&
         month_is_person(c, i) && (after_cue(c, i) || cue_after(c, i + 1, end));
}

/* Is the unit u at token j, a place of one word, a family name in the name
 * that starts at token i (before j): opened by a role, a cue or the comma of
 * an apposition, with a word no lexicon knows right before it? */
static int family_place(const ctx *c, size_t i, size_t j, unit u) {
  if (j == i || u.n != 1 || u.ent < 0 || ent_kind(c, u.ent) != KIMPUT_ENT_PLACE || is_acronym(c, &c->t[j]) ||
      look(c, j - 1, j).n)
    return 0;
  if (after_role(c, i) || after_cue(c, i) || (punct_is(c, i - 1, i, ',') && !sentence_initial(c, i))) return 1;
  /* "Hotman Paris Hutapea menegaskan", "- Hotman Paris Hutapea, selaku …": between two words no list
     knows, the name a verb with a prefix, a comma or "selaku" closes right after */
  size_t k = j + 2;
  return j == i + 1 && !look(c, i, j).n && k < c->nt && joined(c, j + 1) && is_cap(&c->t[j + 1]) &&
         !is_acronym(c, &c->t[i]) && !is_acronym(c, &c->t[j + 1]) && !look(c, j + 1, k).n &&
         ((verb_follows(c, k, c->nt) && prefixed_verb(c, k)) || punct_is(c, k, c->nt, ',') || word_eq(c, k, "selaku"));
}

static int32_t person_by_prefix(const ctx *c, size_t a);

/* Is the form of address at token j a Korean surname (korean_surname_at)? The cheap tests first, inline:
 * most tokens asked are no capitalised word of three or four bytes (Pak, Kang, Bang). */
static int korean_surname_at(const ctx *c, size_t j);
static inline int korean_surname(const ctx *c, size_t j) {
  if (j >= c->nt || !is_cap(&c->t[j])) return 0;
  uint32_t n = c->t[j].end - c->t[j].start;
  return (n == 3 || n == 4) && korean_surname_at(c, j);
}

/* The length in tokens of the name that starts at token i: capitalised
 * words, initials, particles between them, al-X; a one-word person alias
 * may be part of it. 0 when no name starts there. */
static size_t after_adat_title(const ctx *c, size_t j, size_t k, size_t limit);

/* Is u a noun for a person ("Warga", "Pedagang") that no list reads as a name's word? */
static int describing_noun(unit u) {
  return u.n == 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_PERSON_NOUN) && !(u.cls & (STOPS_NAME | KIMPUT_LEX_GIVEN));
}

/* Is u one word the lexicon knows only as a given name that opens names (Teuku, Andi; not
 * "Tim", a body's head, nor "Lalu", an adverb too)? */
static int only_given(unit u) {
  return u.n == 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_GIVEN) &&
         !(u.cls & ~(uint32_t)(KIMPUT_LEX_GIVEN | LEX_CONTEXT_CLASSES));
}

/* Are the bytes w[from, n) all lower-case ASCII letters (the rest of a word whose shape the callers read)? */
static int lower_from(const char *w, size_t from, size_t n) {
  for (size_t k = from; k < n; k++)
    if (w[k] < 'a' || w[k] > 'z') return 0;
  return 1;
}

/* Is token t a passive verb in di-...-kan ("Dimungkinkan", "Dijelaskan"): "Di", then four letters or more in
 * lower case ending in "kan"? */
static int passive_kan(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  const char *w = c->text + t->start;
  if (n < 9 || w[0] != 'D' || w[1] != 'i' || memcmp(w + n - 3, "kan", 3) != 0) return 0;
  return lower_from(w, 2, n);
}

/* Is token t a verb in -kan as a headline writes it, bare and capitalised ("Ucapkan", "Sampaikan",
 * "Kirimkan"): a capital, then lower-case letters, six letters at least, ending in "kan"? */
static int bare_kan(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  const char *w = c->text + t->start;
  if (n < 6 || w[0] < 'A' || w[0] > 'Z' || memcmp(w + n - 3, "kan", 3) != 0) return 0;
  return lower_from(w, 1, n);
}

/* Is token t a verb with the prefix meN- or ber- ("Menerima", "Mengirim", "Membahas", "Berkunjung"): "Mem",
 * "Men" or "Ber", then lower-case letters, seven letters at least? (A few foreign family names have the
 * form too, "Mendoza": headline_verb reads it only after a name's first word, in a headline.) */
static int capital_prefixed_verb(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  const char *w = c->text + t->start;
  if (n < 7 || !(memcmp(w, "Mem", 3) == 0 || memcmp(w, "Men", 3) == 0 || memcmp(w, "Ber", 3) == 0)) return 0;
  return lower_from(w, 3, n);
}

/* Is token k, in a headline's title case, a verb: one in -kan ("Ucapkan", "Sampaikan"), one with meN- or
 * ber-, or one of meeting or calling the lexicon knows? It ends the name before it ("Prabowo Ucapkan
 * Selamat ...", "Jokowi Menerima PM X", "Menlu X Bertemu Menlu Y"); in the body no name goes on past such
 * a word either. */
static int headline_verb(const ctx *c, size_t k) {
  if (!c->cur_headline || k >= c->nt || !is_cap(&c->t[k])) return 0;
  return bare_kan(c, &c->t[k]) || capital_prefixed_verb(c, &c->t[k]) || (look(c, k, k + 1).cls & KIMPUT_LEX_CONTACT);
}

/* Is token t a noun of an act in pe-...-an or ke-...-an ("Pemanggilan", "Penangkapan", "Kedatangan"): "Pe" or
 * "Ke", then lower-case letters, nine letters at least, ending in "an" but not in "wan" (the names in -wan,
 * "Kurniawan", "Permanawan")? */
static int act_noun(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start;
  const char *w = c->text + t->start;
  if (n < 9 || (w[0] != 'P' && w[0] != 'K') || w[1] != 'e' || memcmp(w + n - 2, "an", 2) != 0 || w[n - 3] == 'w')
    return 0;
  return lower_from(w, 1, n);
}

/* Is token k a word said twice with a hyphen ("Barang-barang", "anak-anak"), the plural of a noun? */
static int reduplicated(const ctx *c, size_t k) {
  const kimput_token *t = &c->t[k];
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || n < 5 || !(n & 1) || c->text[t->start + n / 2] != '-') return 0;
  return fold_eq(c->text + t->start, n / 2, c->text + t->start + n / 2 + 1, n / 2);
}

static int32_t person_with_words(const ctx *c, size_t a, size_t b, size_t nstrong);
static size_t strong_words(const ctx *c, size_t a, size_t b);

/* Are tokens [a, b) all the words of a person's name met before ("Budi Santoso" again)? */
static int known_full_name(const ctx *c, size_t a, size_t b) {
  size_t n = strong_words(c, a, b);
  int32_t p = n >= 2 ? person_with_words(c, a, b, n) : -1;
  return p >= 0 && c->out->e[p].nwords == n;
}

static size_t name_run(const ctx *c, size_t i, size_t end) {
  size_t j = i, good = i;
  /* "Kang Yu-jung": a Korean surname that is a form of address too opens the name */
  if (i + 1 < end && korean_surname(c, i)) return 1 + name_run(c, i + 1, end);
  /* "Warga Budi Santoso mengatakan", "Pedagang Siti Aminah mengeluhkan": a person noun opening
     a sentence, capitalised there, describes the one named after it (inside a body's name it
     is the body's: "Serikat Petani Indonesia"); so does one capitalised right after a cue
     ("kata Pedagang Siti Aminah") */
  if (i < end && is_cap(&c->t[i]) && i + 1 < end && joined(c, i + 1) && is_cap(&c->t[i + 1]) &&
      !sentence_initial(c, i) && after_cue(c, i) && describing_noun(look(c, i, end)))
    return 0;
  if (i < end && is_cap(&c->t[i]) && sentence_initial(c, i) && i + 1 < end && joined(c, i + 1) &&
      is_cap(&c->t[i + 1])) {
    unit u = look(c, i, end);
    if (describing_noun(u)) return 0;
    /* "Istri Rasim, Karsini, menambahkan": a noun of kin opening the sentence, one or two words of
       a name, then another name set off by commas: whose relative, not a name's word ("Putri Ariani
       bernyanyi" keeps its given name: no apposition follows) */
    if (u.n <= 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_KIN) && !(u.cls & (STOPS_NAME | KIMPUT_LEX_GIVEN))) {
      size_t k = i + 1;
      while (k < end && k < i + 3 && joined(c, k) && is_cap(&c->t[k])) k++;
      /* (or a title naming them: "Lawan Daud, petinju Filipina Jerwin Ancajas, menyebut") */
      if (k + 2 < end && punct_is(c, k, end, ',') && (look(c, k + 1, end).cls & KIMPUT_LEX_TITLE)) return 0;
      if (k + 2 < end && punct_is(c, k, end, ',') && is_cap(&c->t[k + 1]) && !look(c, k + 1, end).n) {
        size_t m = k + 1;
        while (m < end && m < k + 4 && joined(c, m) && is_cap(&c->t[m])) m++;
        if (m + 1 < end && punct_is(c, m, end, ',') && c->t[m + 1].kind == KIMPUT_TOK_WORD &&
            !is_cap(&c->t[m + 1]) && !word_eq(c, m + 1, "dan") && !word_eq(c, m + 1, "serta"))
          return 0;
      }
    }
  }
  /* "Barang-barang Pranata tiba", "Anak-anak Budi": a plural by reduplication, capitalised opening a
     sentence, is a common noun, no name's word */
  if (i < end && reduplicated(c, i)) return 0;
  /* "Dimungkinkan Sunardi, ...", "Ditambahkan Budi, ...": a passive verb in di-...-kan opening the
     sentence, capitalised there, is no word of the agent's name after it */
  if (i + 1 < end && is_cap(&c->t[i]) && sentence_initial(c, i) && passive_kan(c, &c->t[i])) return 0;
  /* "Pemanggilan Quinlan ini ...", "Penangkapan Budi dibenarkan ...": so is a noun in pe-...-an or ke-...-an
     (an act, whose doer or undergoer the name after it is) */
  if (i + 1 < end && is_cap(&c->t[i]) && sentence_initial(c, i) && act_noun(c, &c->t[i])) return 0;
  /* "Jenderal Bintang Tiga ini": a general's stars, an epithet, open no name */
  static const char *const stars[] = {"satu", "dua", "tiga", "empat", "lima"};
  if (i + 1 < end && word_eq(c, i, "bintang") && joined(c, i + 1) && word_in(c, i + 1, stars, 5)) return 0;
  /* "Anak Agung Ngurah Ketut Agus Nadi Putra": a name's opening words of rank (a given name of
     several words) count as one */
  size_t rank = 0;
  if (i < end && is_cap(&c->t[i])) {
    unit r = look(c, i, end);
    if (r.n >= 2 && (r.cls & KIMPUT_LEX_GIVEN)) rank = r.n - 1;
  }
  while (j < end && j - i < MAX_NAME_WORDS + 2 + rank) {
    if (j > i && !joined(c, j)) break;
    const kimput_token *t = &c->t[j];
    /* "Prabowo Dijadwalkan Kampanye": a passive verb in di-...-kan, capitalised in a headline's case, ends it */
    if (is_cap(t) && passive_kan(c, t)) break;
    if (j > i && headline_verb(c, j)) break;
    if (is_cap(t)) {
      size_t adat = after_adat_title(c, i, j, end);  /* "Fauzi Bahar Datuk Nan Sati" */
      if (adat) { j = good = adat; break; }
      if (j > i && korean_surname(c, j)) { good = ++j; continue; }  /* "Park Kang Il" */
      unit u = look(c, j, end);
      /* "Lukman Hakim", "Andi Raja": a title word closing a name, nothing capitalised after it;
         "Mao Ning": an honorific too (it opens names: none follows) */
      int closes = j > i && u.n == 1 && u.ent < 0 &&
                   ((u.cls & STOPS_NAME) == KIMPUT_LEX_TITLE || (u.cls & STOPS_NAME) == KIMPUT_LEX_RANK ||
                    /* "I Gusti Ngurah Jaya Negara hadir": a word of a unit's name after two of a name */
                    ((u.cls & STOPS_NAME) == KIMPUT_LEX_QUALIFIER && j > i + 1)) &&
                   !(j + 1 < end && joined(c, j + 1) && is_cap(&c->t[j + 1]));
      if (closes) { j++; good = j; break; }
      /* "Sari Puji Lestari": a cue word written after the quote (puji), capitalised between two words
         of a name, is one of them (such a cue is written in lower case); it counts once the next
         word does. Not a verb with a prefix: "Budi Mengatakan Timnya Siap" is a headline's case */
      if (j > i && u.n == 1 && u.ent < 0 && (u.cls & STOPS_NAME) == KIMPUT_LEX_CUE_AFTER &&
          j + 1 < end && joined(c, j + 1) && is_cap(&c->t[j + 1])) {
        j++;
        continue;
      }
      /* "KH Abdul Hakim Mahfudz", "Menteri Agama Lukman Hakim Saifuddin": a title word between two
         words of a name that a role opens (not "Surat Presiden Lee": a noun, then a title); or
         that a given name opens, nothing else to the lexicon ("Teuku Raja Keumangan") */
      if (j > i && u.n == 1 && u.ent < 0 && (u.cls & STOPS_NAME) == KIMPUT_LEX_TITLE && j + 1 < end &&
          joined(c, j + 1) && is_cap(&c->t[j + 1]) && !look(c, j + 1, end).n && !is_acronym(c, &c->t[j + 1]) &&
          (after_role(c, i) || (j == i + 1 && only_given(look(c, i, j))))) {
        j++;
        good = j;
        continue;
      }
      /* "Ketua Parlemen Lee Sang Min": the determiner "sang" capitalised between two words of a
         name that a role or a cue opens is one of them (Korean names) */
      if (j > i && u.n == 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_DETERMINER) && word_eq(c, j, "sang") &&
          j + 1 < end && joined(c, j + 1) && is_cap(&c->t[j + 1]) && !is_acronym(c, &c->t[j + 1]) &&
          !look(c, j + 1, end).n && (after_role(c, i) || after_cue(c, i))) {
        j++;
        continue;
      }
      if (u.n && (u.cls & STOPS_NAME)) {
        /* "menurut Mei Lestari", "kata Juni Astuti", "Ibu April Yanti": a month's name opens a
           person's name after a cue, a title or a rank, a word of a name after it */
        if (j == i && u.ent < 0 && calendar_word(u) && (month_opens_name(c, i, end) || month_after_word(c, i, end))) {
          j++;
          if (month_is_person(c, i)) good = j;  /* alone, it is that person's name */
          continue;
        }
        /* "Agustinus Maret Wibowo": a month's name between two words of a name is one of them
           (a day or a year after it is a date: "Jakarta, Maret 2024", and so is a word the
           lexicon knows: "Juni Mendatang") */
        if (j > i && u.ent < 0 && calendar_word(u) && month_inside_name(c, j, end)) {
          j++;
          continue;
        }
        if (j > i && u.ent < 0 && calendar_word(u) && short_month_ends_name(c, i, j, end)) {
          j++;
          good = j;
          break;
        }
        if (j == i && (given_opens_name(c, u, i, end) || day_opens_name(c, u, i, end))) { j++; continue; }
        /* "ujar Hari" after "Hari Purwanto": a word no name opens, alone by a cue, is the person's */
        if (j == i && named_word_by_cue(c, u, i, end)) { good = ++j; continue; }
        /* "Irjen Pol Sandi Nugroho": a word of a unit's name right after a rank opens the name */
        if (j == i && rank_opens_qualifier(c, u, i, end)) { j++; continue; }
        /* "kata Sandi" after "Irjen Pol Sandi Nugroho": that word of the person's name, after a cue;
           or the short name it begins ("kata Sandi" after "Sandiaga Uno") */
        if (j == i && u.n == 1 && u.ent < 0 && (u.cls & STOPS_NAME) == KIMPUT_LEX_QUALIFIER && after_cue(c, i) &&
            (month_is_person(c, i) || person_by_prefix(c, i) >= 0)) {
          j++;
          good = j;
          continue;
        }
        break;
      }
      if (u.n && u.ent >= 0 && (ent_kind(c, u.ent) != KIMPUT_ENT_PERSON || u.n > 1)) {
        /* "Ibu Negara Iriana Joko Widodo": after a role, a name of her own, then a known
           person's full name closing the run, is one name (a spouse's in hers) */
        if (j > i && u.n > 1 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON && after_role(c, i) &&
            !(j + u.n < end && joined(c, j + u.n) && is_cap(&c->t[j + u.n])))
          good = j + u.n;
        /* "Kompol Hans Samosir", "kata Hotman Paris Hutapea": a one-word place after a word of a
           name that a role or a cue opens is a family name (Batak clans are places too) */
        /* "JPU Indra AP, memohon ...": an outlet's two or three capitals closing a name a role opens, a comma or
           a stop after them, are the name's initials, no agency ("kata X AP melaporkan" stays the agency's) */
        if (j > i && u.n == 1 && ent_kind(c, u.ent) == KIMPUT_ENT_OUTLET && is_acronym(c, t) &&
            t->end - t->start <= 3 && after_role(c, i) &&
            (punct_is(c, j + 1, end, ',') || punct_is(c, j + 1, end, '.'))) {
          good = ++j;
          break;
        }
        if (family_place(c, i, j, u)) {
          j++;
          good = j;
          continue;
        }
        break;
      }
      if (j > i && is_roman(c, t)) {  /* Charles III, Abdullah II; "Abdullah II bin Al-Hussein" goes on */
        j++;
        good = j;
        if (!(j + 1 < end && joined(c, j) && joined(c, j + 1) && !is_cap(&c->t[j]) &&
              (look(c, j, j + 1).cls & KIMPUT_LEX_PARTICLE) && is_cap(&c->t[j + 1])))
          break;
        continue;
      }
      /* "Ketua DPRD Makmur HAPK menegaskan": capitals no list holds closing a name a role or a cue
         opens, a lower-case word or a stop after them, are more of the name's initials, no body */
      /* "AKBP Hendra B.S. Wiratama", "Kompol R.T Sianturi": dotted initials before a further
         capitalised word of the name (no acronym, title or rank), which a role or a cue opens */
      if (!u.n && inner_period(c, t) && j + 1 < end && joined(c, j + 1) && dotted_initials(c, t) &&
          is_cap(&c->t[j + 1]) && !is_acronym(c, &c->t[j + 1]) && !inner_period(c, &c->t[j + 1]) &&
          !(look(c, j + 1, end).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) &&
          (j > i || after_role(c, i) || after_cue(c, i))) {
        j++;
        continue;
      }
      int initials_last = j > i && t->end - t->start <= 5 && !u.n && (after_role(c, i) || after_cue(c, i)) &&
                          j + 1 < end && (!is_cap(&c->t[j + 1]) || c->t[j + 1].kind == KIMPUT_TOK_PUNCT);
      /* (not after the full name of a person met before: "Menurut Budi Santoso PDB naik ...", the
         acronym a term of the clause) */
      if (initials_last && is_acronym(c, t) && t->end - t->start > 2 && known_full_name(c, i, j)) initials_last = 0;
      if ((is_acronym(c, t) && t->end - t->start > 2 && !initials_last) || inner_period(c, t) || has_digit(c, t)) break;
      j++;
      good = j;
      if (initials_last && is_acronym(c, t) && t->end - t->start > 2) break;
      continue;
    }
    if (t->kind == KIMPUT_TOK_WORD && j > i && j + 1 < end && (look(c, j, j + 1).cls & KIMPUT_LEX_PARTICLE)) {
      if (is_cap(&c->t[j + 1])) { j++; continue; }
      /* "van der Heijden", "de la Fuente": two particles, then the name goes on */
      if (j + 2 < end && joined(c, j + 1) && is_cap(&c->t[j + 2]) && (look(c, j + 1, j + 2).cls & KIMPUT_LEX_PARTICLE)) {
        j += 2;
        continue;
      }
    }
    if (t->kind == KIMPUT_TOK_WORD && is_glued_particle(c, t)) { j++; good = j; continue; }
    break;
  }
  size_t n = good - i;
  return n > MAX_NAME_WORDS + rank ? 0 : n;
}

/* ------------------------------------------------------------ results */

/* The end of a name whose last token ends at offset end: "Hamengku Buwono X. Ia ...", a regnal
 * number of one letter (I, V, X) after a word of the name, its period the sentence's stop (no
 * lower-case word after it), which the tokenizer reads as an initial's:
 * the name ends before the period. */
static uint32_t name_stop(const ctx *c, uint32_t end) {
  size_t k = tok_at(c, end);
  if (k == 0 || k > c->nt) return end;
  const kimput_token *t = &c->t[--k];
  /* "Wakil Ketua Busroni SH hadir": a degree in capitals the lexicon holds closing the name, right after
     a word of it, is none of it */
  if (t->end == end && k > 0 && joined(c, k) && is_cap(&c->t[k - 1]) && c->t[k - 1].kind == KIMPUT_TOK_WORD &&
      is_acronym(c, t) && (look(c, k, k + 1).cls & KIMPUT_LEX_DEGREE))
    return c->t[k - 1].end;
  char ch = c->text[t->start];
  if (t->end != end || t->end - t->start != 2 || c->text[end - 1] != '.' || (ch != 'I' && ch != 'V' && ch != 'X'))
    return end;
  if (k == 0 || !joined(c, k) || !is_cap(&c->t[k - 1]) || c->t[k - 1].end - c->t[k - 1].start < 2) return end;
  if (k + 1 < c->nt && joined(c, k + 1) && c->t[k + 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[k + 1]))
    return end;  /* "Budi X. mengatakan": an initial */
  return end - 1;
}

static int32_t new_entity(ctx *c, int kind, int32_t gaz) {
  struct mention_set *o = c->out;
  if (o->ne == o->cape) {
    size_t cap = o->cape ? o->cape * 2 : 32;
    ent *v = realloc(o->e, cap * sizeof *v);
    if (!v) { c->failed = 1; return -1; }
    o->e = v;
    o->cape = cap;
  }
  ent *e = &o->e[o->ne];
  memset(e, 0, sizeof *e);
  e->gaz = gaz;
  e->kind = (uint8_t)kind;
  e->country = gaz >= 0 ? c->lex->entities[gaz].country : -1;
  e->head = -1;
  e->nwords = gaz >= 0 ? c->lex->entities[gaz].nwords : 0;
  if (gaz >= 0 && !imap_put(&c->by, BY_GAZ, gaz, (int32_t)o->ne)) { c->failed = 1; return -1; }
  return (int32_t)o->ne++;
}


/* Does a mention starting at offset off open its sentence (its subject)?
 * Only words that cannot be a subject, or a clause closed by a comma
 * ("Pada Sabtu pagi, Budi ..."), may stand before it. */
/* words saying an office is a former or a coming one ("mantan Menteri X", "calon Bupati Y") */
static const char *const time_of_office[] = {"mantan", "eks", "bekas", "calon"};

/* A colon or a dash (-, --, the en and em dashes) standing as a token at k. */
static int dateline_mark(const ctx *c, size_t k) {
  if (c->t[k].kind != KIMPUT_TOK_PUNCT && c->t[k].kind != KIMPUT_TOK_SYMBOL) return 0;
  const unsigned char *s = (const unsigned char *)c->text + c->t[k].start;
  size_t n = c->t[k].end - c->t[k].start;
  return (n == 1 && (s[0] == ':' || s[0] == '-')) || (n == 2 && s[0] == '-' && s[1] == '-') ||
         (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x93));
}

static int opens_sentence(const ctx *c, uint32_t off) {
  if (c->si >= c->nsent) return 0;
  size_t first = c->sent[c->si].first_token, i = first;
  /* a dateline left out of the body ("TUAL, Kabar Xyz: Ketua DPRD X ...", "Jakarta - X ...") is no
     word of the sentence: the body span starts it */
  if (c->span_lo > first && c->span_lo < c->nt && c->t[c->span_lo].start <= off) first = i = c->span_lo;
  /* quoted words are someone's speech: whom they open with is not the sentence's subject */
  if (first < c->nt && c->t[first].kind == KIMPUT_TOK_QUOTE) return 0;
  while (i < c->nt && c->t[i].start < off && i - first <= 12) i++;  /* (a walk of 13 tokens at most) */
  if (i - first > 12) return 0;
  const uint32_t weak = KIMPUT_LEX_NOT_NAME | KIMPUT_LEX_DETERMINER | KIMPUT_LEX_ADVERB | KIMPUT_LEX_FUNCTION |
                        KIMPUT_LEX_CONNECTOR | KIMPUT_LEX_CALENDAR;
  /* (nor does a word saying the office is a former or a coming one: "Mantan Menteri X", "Calon nomor urut 2 Y") */
  size_t from = first;
  for (size_t k = first; k < i; k++)
    if (c->t[k].kind == KIMPUT_TOK_PUNCT && c->text[c->t[k].start] == ',') from = k + 1;
    /* (the colon or the dash closing a dateline the page stage left in: "Tual, Kabar Xyz: Ketua X") */
    else if (k - first <= 6 && dateline_mark(c, k)) from = k + 1;
  for (size_t k = from; k < i; k++)
    if (word_eq(c, k, "bahwa")) return 0;  /* ("Pernyataan bahwa X bertemu Y diungkap Z": X is the words') */
    else if (c->t[k].kind == KIMPUT_TOK_WORD && !(look(c, k, k + 1).cls & weak) &&
        !(k + 1 == i && word_in(c, k, time_of_office, sizeof time_of_office / sizeof *time_of_office)))
      return 0;
  return 1;
}

/* Is the -nya at off glued to a cue word opening its sentence before a comma ("Menurutnya, ...",
 * "Lanjutnya, ...")? Its person is the one speaking, whoever the words reported name. */
static int cue_nya_opening(const ctx *c, uint32_t off) {
  if (c->si >= c->nsent) return 0;
  size_t k = c->sent[c->si].first_token;
  if (k + 1 >= c->nt || c->t[k].kind != KIMPUT_TOK_WORD || c->t[k].end != off + 3 || !punct_is(c, k + 1, c->nt, ','))
    return 0;
  return (lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k)->nya & (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING)) != 0;
}

/* Is the -nya at off glued to a cue word right after a quote's closing mark ('"...," ujarnya')?
 * Its person is the quotation's speaker, as a name there is (speaks_after_quote). */
static int cue_nya_after_quote(const ctx *c, uint32_t off) {
  size_t k = tok_at(c, off) - 1;  /* (the cue word holds off: the first token starting at or after it is the next) */
  if (k < 1 || k >= c->nt || c->t[k].end != off + 3 || c->t[k - 1].kind != KIMPUT_TOK_QUOTE) return 0;
  return (lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k)->nya & KIMPUT_LEX_CUE_AFTER) != 0;
}

/* Is token k inside the words quoted at the start of its sentence ('"Tim yang dipimpin Kanit X
 * bergerak," kata Y'): the sentence opens with a mark and none closes it before k (a walk of 64
 * tokens at most; farther is not told)? */
static int in_opening_quote(const ctx *c, size_t k) {
  if (c->si >= c->nsent || k >= c->nt) return 0;
  size_t first = c->sent[c->si].first_token;
  if (first >= k || c->t[first].kind != KIMPUT_TOK_QUOTE || k - first > 64) return 0;
  for (size_t i = first + 1; i < k; i++)
    if (c->t[i].kind == KIMPUT_TOK_QUOTE) return 0;
  return 1;
}

/* Is token k inside quoted words a sentence before opened ('"Ada empat kabupaten. Mereka menunggu
 * Presiden X," katanya'): no mark between the sentence's start and k, and the first mark after k in
 * the sentence (64 tokens at most) closes words, glued to the word or stop before it? */
static int in_quote_opened_before(const ctx *c, size_t k) {
  if (c->si >= c->nsent || k >= c->nt) return 0;
  size_t first = c->sent[c->si].first_token;
  if (first >= k || k - first > 64) return 0;
  for (size_t i = first; i < k; i++)
    if (c->t[i].kind == KIMPUT_TOK_QUOTE) return 0;
  for (size_t i = k + 1; i < c->sent_end && i < c->nt && i <= k + 64; i++)
    if (c->t[i].kind == KIMPUT_TOK_QUOTE) return c->t[i].start == c->t[i - 1].end && c->t[i - 1].kind == KIMPUT_TOK_PUNCT;
  return 0;
}

/* "Adik Kim, Kim Yo Jong, mengeluarkan ...": is the person mention at byte offsets [start, end)
 * set off by commas right after a noun of kin and one to three capitalised words opening the
 * sentence (maybe after a clause closed by a comma: "Namun, adik Kim, Kim Yo Jong, membantah")?
 * The relative, not the one named in the kin phrase, is whom the sentence is about. */
static int kin_apposition(const ctx *c, uint32_t start, uint32_t end) {
  if (c->si >= c->nsent) return 0;
  size_t first = c->sent[c->si].first_token, a = tok_at(c, start), k = tok_at(c, end);
  if (a < first + 3 || a >= c->nt || !punct_is(c, a - 1, c->nt, ',') || !punct_is(c, k, c->nt, ',')) return 0;
  size_t p = a - 2;
  while (p > first && p + 3 >= a - 1 && is_cap(&c->t[p]) && joined(c, p)) p--;
  if (p + 1 >= a - 1 || (p != first && !opens_sentence(c, c->t[p].start))) return 0;
  unit u = look(c, p, p + 1);
  return u.n <= 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_KIN) && !(u.cls & (STOPS_NAME | KIMPUT_LEX_GIVEN));
}

/* Does the person mention starting at off speak for the sentence's subject: right after "melalui"
 * following that subject's mention (a comma between at most)? ("Kapolres X melalui Kasi Humas Y
 * mengatakan ...": Y says it, and "ia" next means Y.) */
static int speaks_for_subject(const ctx *c, uint32_t off) {
  const struct mention_set *o = c->out;
  size_t k = tok_at(c, off);
  if (o->nm < 2 || k < 2 || k >= c->nt || c->t[k].start != off || !word_eq(c, k - 1, "melalui")) return 0;
  const kimput_mention *prev = &o->m[o->nm - 2];
  size_t e = k - 2 - (punct_is(c, k - 2, c->nt, ',') ? 1 : 0);
  return prev->kind == KIMPUT_ENT_PERSON && prev->entity == c->cur_subject && prev->form == KIMPUT_MENTION_NAME &&
         c->t[e].end == prev->end;
}

/* Does the person mention starting at off go on a nameless title opening the sentence, after
 * "sekaligus" or "merangkap" ("Kader PSK sekaligus anggota DPRD X, Y dalam rapat ..."): the
 * sentence's subject, the title's holder? */
static int holds_opening_title(const ctx *c, uint32_t off) {
  static const char *const also[] = {"sekaligus", "merangkap"};
  const struct mention_set *o = c->out;
  size_t k = tok_at(c, off);
  if (o->nm < 2 || k < 2 || k >= c->nt || c->t[k].start != off || !word_in(c, k - 1, also, 2)) return 0;
  size_t p = o->nm - 2;
  while (p > 0 && p + 6 > o->nm && o->m[p].kind != KIMPUT_ENT_PERSON) p--;  /* (the bodies the title names) */
  const kimput_mention *prev = &o->m[p];
  return prev->kind == KIMPUT_ENT_PERSON && prev->entity < 0 && prev->form == KIMPUT_MENTION_TITLE &&
         c->t[k - 2].end == prev->end &&
         opens_sentence(c, prev->role_start != KIMPUT_UNSET && prev->role_start < prev->start ? prev->role_start
                                                                                             : prev->start);
}

/* Is token k whom an interview is held with: right after "mewawancarai", or "dengan" after a verb
 * or noun of talk ("berbincang dengan", "wawancara dengan")? */
static int interviewed(const ctx *c, size_t k) {
  static const char *const talk[] = {"berbincang", "berbincang-bincang", "wawancara", "bercakap", "mengobrol",
                                     "berbicara"};
  if (k < 1) return 0;
  if (word_eq(c, k - 1, "mewawancarai")) return 1;
  return k >= 2 && word_eq(c, k - 1, "dengan") && word_in(c, k - 2, talk, sizeof talk / sizeof *talk);
}

/* "Pelaku, Agus Gunawan (25), ditangkap ...": a person set off after a person noun opening the
 * sentence (pelaku, tersangka, korban), the mention at byte offsets [start, end), with a passive
 * verb after the name and its age: what befalls the person is told, and a quotation after it
 * with only a pronoun is not theirs (the source who told it spoke before). */
static int suffers_after(const ctx *c, uint32_t start, uint32_t end) {
  size_t a = tok_at(c, start), k = tok_at(c, end);
  if (a < 2 || !punct_is(c, a - 1, c->nt, ',') || !(look(c, a - 2, a - 1).cls & KIMPUT_LEX_PERSON_NOUN)) return 0;
  if (punct_is(c, k, c->nt, '(') && k + 2 < c->nt && punct_is(c, k + 2, c->nt, ')')) k += 3;
  if (punct_is(c, k, c->nt, ',')) k++;
  if (k >= c->nt || c->t[k].kind != KIMPUT_TOK_WORD || is_cap(&c->t[k]) || c->t[k].end - c->t[k].start < 6) return 0;
  const char *w = c->text + c->t[k].start;
  return w[0] == 'd' && w[1] == 'i';
}

/* Token i follows a cue, or a cue and a determiner ("kata seorang pejabat"). */
static int after_cue(const ctx *c, size_t i) {
  const uint32_t cues = KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_ACCORDING;
  if (i > 0 && (look(c, i - 1, i).cls & KIMPUT_LEX_DETERMINER)) i--;
  return i > 0 && (look(c, i - 1, i).cls & cues) != 0;
}

/* The mention starting at token k follows a cue that follows a closing
 * quote mark ("...," kata X): X is who the sentence is about. */
static int speaks_after_quote(const ctx *c, size_t k) {
  if (k < 2) return 0;
  return (look(c, k - 1, k).cls & KIMPUT_LEX_CUE_AFTER) && c->t[k - 2].kind == KIMPUT_TOK_QUOTE;
}

/* "Kerja sama itu, lanjut PM X, sangat penting. Ia juga ...": the person at token k named by a cue
 * set inside the words after their comma speaks them, whom "ia" means next. */
static int speaks_inside_words(const ctx *c, size_t k) {
  if (k < 3 || c->t[k - 2].kind != KIMPUT_TOK_PUNCT || c->t[k - 2].end - c->t[k - 2].start != 1 ||
      c->text[c->t[k - 2].start] != ',')
    return 0;
  return (look(c, k - 1, k).cls & (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING)) != 0;
}

/* The di- verb whose agent the person at token k is: the word right before it,
 * or before "oleh" ("dijelaskan X", "dikritik oleh X"); SIZE_MAX when none. */
static size_t passive_before(const ctx *c, size_t k) {
  if (k < 1) return SIZE_MAX;
  size_t v = k - 1;
  const kimput_token *p = &c->t[v];
  int oleh = v >= 1 && p->kind == KIMPUT_TOK_WORD && p->end - p->start == 4 && fold_eq(c->text + p->start, 4, "oleh", 4);
  if (oleh) p = &c->t[--v];
  /* ("dijelaskan secara rinci pada Selasa (4/4) oleh X": adjuncts between the verb and "oleh", a few
     tokens within the clause, no comma or mark among them) */
  size_t first = c->si < c->nsent ? c->sent[c->si].first_token : 0;
  for (int n = 0; oleh && n < 8 && v > first && !(p->kind == KIMPUT_TOK_WORD && p->end - p->start >= 5 &&
                                                   c->text[p->start] == 'd' && c->text[p->start + 1] == 'i');
       n++) {
    if (p->kind == KIMPUT_TOK_QUOTE || (p->kind == KIMPUT_TOK_PUNCT && strchr(",.;:!?", c->text[p->start])) ||
        word_eq(c, v, "yang"))
      return SIZE_MAX;
    p = &c->t[--v];
  }
  if (p->kind != KIMPUT_TOK_WORD || p->end - p->start < 5 || c->text[p->start] != 'd' || c->text[p->start + 1] != 'i')
    return SIZE_MAX;
  return v;
}

/* The person at token k is the agent of a passive reporting verb ("Hal senada
 * disampaikan X", "dijelaskan oleh X"): whom the sentence is about. */
static int agent_of_passive(const ctx *c, size_t k) {
  size_t v = passive_before(c, k);
  return v != SIZE_MAX && (look(c, v, v + 1).cls & KIMPUT_LEX_CUE_REPORTING) != 0;
}

/* The person at token k is the agent of any passive verb ("dikecam X"): a word
 * of di- (six letters at least) that is no title or body's word of the lexicon
 * (dinas, direktur). */
static int agent_of_any_passive(const ctx *c, size_t k) {
  size_t v = passive_before(c, k);
  if (v == SIZE_MAX || c->t[v].end - c->t[v].start < 6 ||
      (look(c, v, v + 1).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_QUALIFIER |
                                KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_RANK | KIMPUT_LEX_PRONOUN)))
    return 0;
  /* not in a relative clause ("Bandara X, yang pada 25 Oktober lalu telah diresmikan oleh Presiden Y.",
     "kebijakan yang dikecam X"): the sentence is about what the clause tells of, not its agent */
  size_t first = c->si < c->nsent ? c->sent[c->si].first_token : 0;
  for (size_t j = v; j > first && v - j < 8; j--) {
    const kimput_token *t = &c->t[j - 1];
    if (t->kind == KIMPUT_TOK_PUNCT && t->end - t->start == 1 && strchr(",.;:!?", c->text[t->start])) break;
    if (word_eq(c, j - 1, "yang")) return 0;
  }
  return 1;
}

/* Is the person before the agent at token k named inside the subject of its passive verb, a phrase with no
 * punctuation from the sentence's start to the verb ("Pernyataan bahwa X bertemu Y diungkap oleh Z")? The
 * subject is a thing; its agent is whom the sentence is about ("Saat bertemu X, ia didampingi Z" is not). */
static int passive_subject_phrase(const ctx *c, size_t k) {
  size_t v = passive_before(c, k);
  size_t first = c->si < c->nsent ? c->sent[c->si].first_token : 0;
  if (v == SIZE_MAX || v <= first || v - first > 12) return 0;
  for (size_t j = first; j < v; j++)
    if (c->t[j].kind != KIMPUT_TOK_WORD) return 0;
  return 1;
}

static void register_words(ctx *c, const char *s, size_t n, int32_t entity);
static size_t name_run(const ctx *c, size_t i, size_t end);

/* (inline always: the length of a literal w is known when compiling, and the length test
   rejects most tokens before a byte is read; called out of line, strlen ran on every test) */
static inline __attribute__((always_inline)) int word_eq(const ctx *c, size_t i, const char *w) {
  size_t n = strlen(w);
  return i < c->nt && c->t[i].kind == KIMPUT_TOK_WORD && c->t[i].end - c->t[i].start == n &&
         fold_eq(c->text + c->t[i].start, n, w, n);
}

/* word_eq for a list of lower-case words ws[0..nw): the token is read once
 * and each word compared byte by byte (no strlen per word: most differ at
 * the first byte, lowered once for all). */
static int word_in(const ctx *c, size_t i, const char *const *ws, size_t nw) {
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD || c->t[i].end == c->t[i].start) return 0;
  const char *s = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
  unsigned char first = fold((unsigned char)s[0]);
  for (size_t k = 0; k < nw; k++) {
    const char *w = ws[k];
    if ((unsigned char)w[0] != first) continue;
    size_t j = 1;
    while (j < n && w[j] && fold((unsigned char)s[j]) == (unsigned char)w[j]) j++;
    if (j == n && !w[j]) return 1;
  }
  return 0;
}

/* Does a name word no list knows go on at token k after the form of a person of the gazetteer
 * at tokens [i, k), making it one longer name ("kata pengacara Sri Mulyani Rahayu.", "Joko
 * Widodo Saputra mengatakan")? The word after it is a lower-case word that is no preposition
 * or conjunction, or it closes the clause and the sentence has a lower-case word before i (a
 * headline's title case, "Sri Mulyani Mundur", "Joko Widodo Tiba di Bogor", goes on with none). */
static int longer_name_after(const ctx *c, size_t i, size_t k, size_t end) {
  static const char *const small[] = {"di", "ke", "dari", "dan", "yang", "untuk", "dengan", "pada", "dalam",
                                      "atas", "soal", "bagi", "oleh", "atau", "jadi", "usai", "saat"};
  if (k >= end || !joined(c, k) || !is_cap(&c->t[k]) || is_acronym(c, &c->t[k]) ||
      ent_kind(c, lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i)->entity) != KIMPUT_ENT_PERSON)
    return 0;
  const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k);
  if (h->entity >= 0 || h->n > 1 || (h->cls & ~(uint32_t)(KIMPUT_LEX_GIVEN | LEX_CONTEXT_CLASSES))) return 0;
  size_t x = k + 1;
  if (x < end && joined(c, x) && c->t[x].kind == KIMPUT_TOK_WORD)
    return !is_cap(&c->t[x]) && !word_in(c, x, small, sizeof small / sizeof *small);
  /* "Ketua Kelompok Tani Maju, Joko Widodo Santoso, mengatakan": a comma, then a lower-case word
     (a headline goes on in title case: "Sri Mulyani Mundur, Pasar Bereaksi"); or an age, "(52)" */
  if (punct_is(c, x, end, ',') && x + 1 < end && joined(c, x + 1) && c->t[x + 1].kind == KIMPUT_TOK_WORD &&
      !is_cap(&c->t[x + 1]))
    return 1;
  if (punct_is(c, x, end, '(') && x + 2 < end && c->t[x + 1].kind == KIMPUT_TOK_NUMBER && punct_is(c, x + 2, end, ')'))
    return 1;
  if (x < end && c->t[x].kind == KIMPUT_TOK_WORD) return 0;  /* a word on the next line */
  for (size_t b = i; b-- > 0 && b + 16 > i;) {
    if (c->t[b].kind == KIMPUT_TOK_PUNCT && (punct_is(c, b, end, '.') || punct_is(c, b, end, '!') ||
                                             punct_is(c, b, end, '?')))
      return 0;
    if (c->t[b].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[b])) return 1;
    if (c->t[b + 1].flags & KIMPUT_TOKF_NEWLINE) return 0;
  }
  return 0;
}

static int lead_is(const ctx *c, const ent *e, size_t a);
static void take_lead(ctx *c, int32_t p);

/* Do the capitals a[0..n) spell the initials of name[0..len), each word's and, with
 * hyphens, each part's ("Shin Tae-yong": STY), or each word's alone (ST)? */
static int spells_initials(const char *a, size_t n, const char *name, size_t len) {
  size_t k = 0, words = 0, parts = 0;
  char by_part[INITIALS_MAX], by_word[INITIALS_MAX];
  for (size_t i = 0; i < len; i++) {
    unsigned char ch = (unsigned char)name[i];
    int word_start = i == 0 || name[i - 1] == ' ';
    if (!word_start && name[i - 1] != '-') continue;
    if (ch == ' ' || ch == '-') continue;
    if (parts == INITIALS_MAX) return 0;
    by_part[parts++] = (char)fold(ch);
    if (word_start) by_word[words++] = (char)fold(ch);
  }
  if (parts == n) {
    for (k = 0; k < n && fold((unsigned char)a[k]) == (unsigned char)by_part[k]; k++) {}
    if (k == n) return 1;
  }
  if (words == n && words != parts) {
    for (k = 0; k < n && fold((unsigned char)a[k]) == (unsigned char)by_word[k]; k++) {}
    if (k == n) return 1;
  }
  /* "HW Rusdi Santoso (HWRS)": a word of two or three capitals gives all its letters */
  size_t m = 0;
  for (size_t i = 0; i < len && m <= n;) {
    size_t e = i;
    while (e < len && name[e] != ' ') e++;
    int caps = e - i >= 2 && e - i <= 3;
    for (size_t x = i; x < e && caps; x++) caps = name[x] >= 'A' && name[x] <= 'Z';
    for (size_t x = i; x < (caps ? e : i + 1) && m <= n; x++, m++)
      if (m == n || fold((unsigned char)a[m]) != fold((unsigned char)name[x])) return 0;
    i = e + 1;
  }
  return m == n && m > words;
}

/* The person among the latest INITIALS_BACK persons (within the INITIALS_WALK latest entities)
 * whose name's initials the acronym at token t spells ("Menurut STY" after "Pelatih Shin
 * Tae-yong", SBY after Susilo Bambang Yudhoyono: a nickname news gives without introducing
 * it); -1 when none, or when two do. (A bounded look back: the scan stays linear.) */
static int32_t person_of_initials(const ctx *c, const kimput_token *t) {
  size_t n = t->end - t->start, seen = 0;
  if (n < 2 || n > INITIALS_MAX) return -1;
  int32_t found = -1;
  /* (the entities walked are bounded too, not only the persons: a document of many places and
     bodies and few persons stays linear) */
  for (size_t k = c->out->ne, walked = 0; k-- > 0 && seen < INITIALS_BACK && walked < INITIALS_WALK; walked++) {
    const ent *e = &c->out->e[k];
    if (e->kind != KIMPUT_ENT_PERSON) continue;
    seen++;
    const char *name = c->text + e->name_s;
    size_t len = e->name_e - e->name_s;
    if (e->gaz >= 0) {
      const lex_entity *g = &c->lex->entities[e->gaz];
      name = c->lex->pool + g->name;
      len = g->name_len;
    }
    if (!spells_initials(c->text + t->start, n, name, len)) continue;
    if (found >= 0) return -1;
    found = (int32_t)k;
  }
  return found;
}

static int cue_before(const ctx *c, size_t i, size_t lo);

/* May the capitals at token i stand for a person by initials: no number or capitalised word
 * after them ("KM 102", "HW Center" name something else), and two letters only next to a cue
 * ("ujar RK"; "PU siap" is the public works)? */
static int nickname_place(const ctx *c, size_t i, size_t end) {
  if (i + 1 < end && joined(c, i + 1) &&
      (c->t[i + 1].kind == KIMPUT_TOK_NUMBER || (c->t[i + 1].kind == KIMPUT_TOK_WORD && is_cap(&c->t[i + 1]))))
    return 0;
  return c->t[i].end - c->t[i].start > 2 || cue_before(c, i, 0) || cue_after(c, i + 1, end);
}

/* Other names a person is given right after the name (name_s..name_e,
 * byte offsets) become the person's: the initials in parentheses ("Andi
 * Ina Kartika Sari (AIKS)": a later "kata AIKS"), a nickname ("..., yang
 * akrab disapa Ucu,": a later "kata Ucu"). */
static void person_aliases(ctx *c, uint32_t name_s, uint32_t name_e, int32_t person) {
  size_t k = tok_at(c, name_e);
  if (k >= c->nt || k == 0) return;
  /* "Winny, sapaan akrab Amalia Widyasanti, ...": the word before is a nickname */
  size_t first = tok_at(c, name_s);
  if (first < k && c->t[first].start == name_s) {
    size_t v = first;
    if (v > 0 && word_eq(c, v - 1, "dari")) v--;
    if (v > 0 && word_eq(c, v - 1, "akrab")) v--;
    if (v > 2 && word_eq(c, v - 1, "sapaan") && punct_is(c, v - 2, c->nt, ',') && is_cap(&c->t[v - 3]) &&
        (v - 3 == 0 || !is_cap(&c->t[v - 4]) || !joined(c, v - 3)) &&
        !(look(c, v - 3, v - 2).cls & STOPS_NAME) &&
        !kmap_put(&c->words, c->text + c->t[v - 3].start, c->t[v - 3].end - c->t[v - 3].start, person))
      c->failed = 1;
  }
  /* "Andrian Pauline atau AP menuturkan": the initials after "atau", no capital after them, as in brackets */
  int or_initials = word_eq(c, k, "atau") && k + 1 < c->nt && joined(c, k + 1) && is_acronym(c, &c->t[k + 1]) &&
                    !(k + 2 < c->nt && joined(c, k + 2) && is_cap(&c->t[k + 2]));
  if (or_initials ||
      (punct_is(c, k, c->nt, '(') && k + 2 < c->nt && punct_is(c, k + 2, c->nt, ')') && is_acronym(c, &c->t[k + 1]))) {
    /* the letters must be the initials of the name's words */
    const kimput_token *a = &c->t[k + 1];
    uint32_t p = a->start;
    size_t w = tok_at(c, name_s), words = 0;
    for (size_t x = w; x < k; x++) words += c->t[x].kind == KIMPUT_TOK_WORD;
    /* "Ustaz Abdul Somad (UAS)": the form of address before the name may open the initials */
    size_t more = a->end - a->start > words ? a->end - a->start - words : 0;
    if (more >= 1 && more <= 2 && w >= more) {
      int titled = 1;
      for (size_t x = w - more; x < w && titled; x++)
        titled = is_cap(&c->t[x]) && joined(c, x + 1) && (look(c, x, x + 1).cls & (KIMPUT_LEX_RANK | KIMPUT_LEX_TITLE));
      if (titled) w -= more;
    }
    size_t left = 0;  /* (the name's words after the one read) */
    for (size_t x = w; x < k; x++) left += c->t[x].kind == KIMPUT_TOK_WORD;
    for (; w < k && p < a->end; w++) {
      if (c->t[w].kind != KIMPUT_TOK_WORD) continue;
      const kimput_token *nw = &c->t[w];
      if (fold((unsigned char)c->text[nw->start]) != fold((unsigned char)c->text[p])) return;
      p++;
      left--;
      /* "Suhardi Dika (SDK)": more letters than words take letters of a word after its initial, in
         order, as long as each word left keeps one for its own initial (the next word's initial first) */
      size_t nx = w + 1;
      while (nx < k && c->t[nx].kind != KIMPUT_TOK_WORD) nx++;
      for (uint32_t x = nw->start + 1; x < nw->end && p < a->end && a->end - p > left; x++) {
        if (nx < k && fold((unsigned char)c->text[p]) == fold((unsigned char)c->text[c->t[nx].start])) break;
        if (fold((unsigned char)c->text[x]) == fold((unsigned char)c->text[p])) p++;
      }
    }
    if (p != a->end || w != k) return;
    if (!kmap_put(&c->orgs, c->text + a->start, a->end - a->start, person)) c->failed = 1;
    if (or_initials) return;
    k += 3;  /* a nickname may follow: "(SWP), yang akrab disapa ..." */
  }
  /* an age between: "Rina (25), yang akrab disapa ..." */
  if (punct_is(c, k, c->nt, '(') && k + 2 < c->nt && c->t[k + 1].kind == KIMPUT_TOK_NUMBER &&
      punct_is(c, k + 2, c->nt, ')'))
    k += 3;
  /* "Gubernur X Hendra Wiratama (Hewi) memastikan ...": one capitalised word in brackets, no acronym
     and no word the lexicon holds (a party, "(Golkar)", or a place is one), is a nickname */
  if (punct_is(c, k, c->nt, '(') && k + 2 < c->nt && punct_is(c, k + 2, c->nt, ')') &&
      c->t[k + 1].kind == KIMPUT_TOK_WORD && is_cap(&c->t[k + 1]) && !is_acronym(c, &c->t[k + 1]) &&
      c->t[k].end == c->t[k + 1].start && c->t[k + 1].end == c->t[k + 2].start) {
    unit u = look(c, k + 1, k + 2);
    if (u.ent < 0 && !u.cls &&
        !kmap_put(&c->words, c->text + c->t[k + 1].start, c->t[k + 1].end - c->t[k + 1].start, person))
      c->failed = 1;
    return;
  }
  /* "Basuki Tjahaja Purnama atau Ahok menilai ...", "Rudi alias Ucok": one capitalised word
     after "atau"/"alias", then no more of a name, is a nickname */
  /* ("Ahmad Mustofa Bisri atau Gus Mus": a form of address before the nickname is none of it) */
  size_t nick = k + 1;
  if ((word_eq(c, k, "atau") || word_eq(c, k, "alias")) && nick + 1 < c->nt && is_cap(&c->t[nick]) &&
      joined(c, nick + 1) && is_cap(&c->t[nick + 1]) && (look(c, nick, nick + 1).cls & KIMPUT_LEX_RANK) &&
      look(c, nick, nick + 1).n == 1)
    nick++;
  if ((word_eq(c, k, "atau") || word_eq(c, k, "alias")) && nick < c->nt && is_cap(&c->t[nick]) &&
      !is_acronym(c, &c->t[nick]) && look(c, nick, nick + 1).ent < 0 && !(look(c, nick, nick + 1).cls & STOPS_NAME) &&
      !(nick + 1 < c->nt && joined(c, nick + 1) && is_cap(&c->t[nick + 1]))) {
    if (!kmap_put(&c->words, c->text + c->t[nick].start, c->t[nick].end - c->t[nick].start, person)) c->failed = 1;
    return;
  }
  if (punct_is(c, k, c->nt, ',')) k++;
  int after_or = word_eq(c, k, "atau");  /* "... atau yang biasa disapa ...", "... atau akrab disapa ..." */
  if (after_or) k++;
  if (word_eq(c, k, "yang")) k++;
  else if (!after_or) return;
  if (word_eq(c, k, "akrab") || word_eq(c, k, "biasa") || word_eq(c, k, "lebih")) k++;
  if (!word_eq(c, k, "disapa") && !word_eq(c, k, "dipanggil") && !word_eq(c, k, "dikenal")) return;
  k++;
  if (word_eq(c, k, "dengan")) k++;
  if (word_eq(c, k, "sebagai")) k++;
  /* "disapa Mas Wali", "dipanggil Pak Bambang": the honorific is no part of the name */
  for (int r = 0; r < 2 && k + 1 < c->nt && is_cap(&c->t[k]) && joined(c, k + 1) && is_cap(&c->t[k + 1]) &&
                  (look(c, k, k + 1).cls & KIMPUT_LEX_RANK);
       r++)
    k++;
  size_t n = k < c->nt && is_cap(&c->t[k]) ? name_run(c, k, c->nt) : 0;
  if (n == 1 && lead_is(c, &c->out->e[person], k)) {
    take_lead(c, person);  /* "Bupati Hendra Wiguna Saputra yang akrab disapa Hendra": no place */
    return;
  }
  if (n) register_words(c, c->text + c->t[k].start, c->t[k + n - 1].end - c->t[k].start, person);
}

/* "Sebab, para menteri Jokowi menghambat ...": a role after "para" names many holders, the person
 * after it whose they are; the sentence is about the many, not that person. */
static int plural_role(const ctx *c, uint32_t off) {
  size_t k = tok_at(c, off);
  return k > 0 && k < c->nt && c->t[k].start == off && word_eq(c, k - 1, "para");
}

/* Is token j a word joining two places the lexicon knows by a hyphen ("Jateng-DIY", "Sulsel-Sulbar"): the
 * region pair a regional office serves ("Kepala OJK Jateng-DIY X")? */
static int hyphened_places(const ctx *c, size_t j) {
  const kimput_token *t = &c->t[j];
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  const char *h = n > 4 && is_cap(t) ? memchr(s, '-', n) : NULL;
  if (!h || h - s < 2 || (size_t)(h - s) + 3 > n || h[1] < 'A' || h[1] > 'Z') return 0;
  kimput_token half[2] = {*t, *t};
  half[0].end = t->start + (uint32_t)(h - s);
  half[1].start = half[0].end + 1;
  for (int k = 0; k < 2; k++) {
    lex_hit hit;
    lex_hit_fill(c->lex, &hit, c->text, &half[k], 1, 0);
    if (hit.n != 1 || hit.entity < 0 || ent_kind(c, hit.entity) != KIMPUT_ENT_PLACE) return 0;
  }
  return 1;
}

/* "kasus tewasnya Dian", "jenazah Budi": a person named right after a noun of death (the one who
 * died) is nobody a later "dia" or "katanya" means. */
static int after_death_noun(const ctx *c, uint32_t start) {
  static const char *const death[] = {"tewasnya", "meninggalnya", "wafatnya", "kematian", "jenazah", "jasad",
                                      "mayat", "makam"};
  size_t k = tok_at(c, start);
  return k > 0 && k < c->nt && c->t[k].start == start && word_in(c, k - 1, death, sizeof death / sizeof *death);
}

/* "Senada dengan X, Y juga menolak …": a person named in an opening adjunct of likeness or contrast (senada,
 * sejalan, serupa, sama, berbeda, berbeda halnya then dengan or seperti, the name closed by a comma) is the one
 * compared, not whom the sentence is about. */
static int compared_in_opening(const ctx *c, uint32_t start, uint32_t end) {
  static const char *const like[] = {"senada", "sejalan", "serupa", "sama", "berbeda", "sependapat"};
  size_t k = tok_at(c, start), e = tok_at(c, end);
  if (k < 2 || k >= c->nt || c->t[k].start != start || e >= c->nt || !punct_is(c, e, c->nt, ',')) return 0;
  if (!word_eq(c, k - 1, "dengan") && !word_eq(c, k - 1, "seperti")) return 0;
  size_t w = k - 2;
  if (w > 0 && word_eq(c, w, "halnya")) w--;
  return word_in(c, w, like, sizeof like / sizeof *like) && sentence_initial(c, w);
}

/* "Kuasa hukum RK, Rina Marlina, mengaku …": the person named right after a comma that closes a
 * mention of someone else with a noun of a bond as its role (the mention just emitted before) holds the
 * bond: whom the sentence is about, not whom the bond is to. */
static int bond_apposed(const ctx *c, uint32_t start) {
  const struct mention_set *o = c->out;
  size_t k = tok_at(c, start);
  if (o->nm < 2 || k < 2 || k >= c->nt || c->t[k].start != start || !punct_is(c, k - 1, c->nt, ',')) return 0;
  const kimput_mention *prev = &o->m[o->nm - 2];
  if (prev->kind != KIMPUT_ENT_PERSON || prev->end != c->t[k - 2].end || prev->role_start == KIMPUT_UNSET ||
      prev->role_start >= prev->start)
    return 0;
  size_t r = tok_at(c, prev->role_start);
  return r < c->nt && (look(c, r, k).cls & KIMPUT_LEX_KIN) != 0;
}

static void emit(ctx *c, uint32_t start, uint32_t end, uint32_t role_s, uint32_t role_e, int32_t entity, int kind,
                 int form, int flags) {
  struct mention_set *o = c->out;
  if (c->failed) return;
  if (o->nm == o->capm) {
    size_t cap = o->capm ? o->capm * 2 : 64;
    kimput_mention *v = realloc(o->m, cap * sizeof *v);
    if (!v) { c->failed = 1; return; }
    o->m = v;
    o->capm = cap;
  }
  if (kind == KIMPUT_ENT_PERSON && form == KIMPUT_MENTION_NAME) end = name_stop(c, end);
  kimput_mention *m = &o->m[o->nm++];
  m->start = start;
  m->end = end;
  m->role_start = role_s;
  m->role_end = role_e;
  m->entity = entity;
  m->kind = (uint8_t)kind;
  m->form = (uint8_t)form;
  m->flags = (uint8_t)flags;
  if (c->cur_headline && kind == KIMPUT_ENT_PERSON) {  /* (a headline's line: nobody's the topic) */
    if (entity >= 0 && form == KIMPUT_MENTION_NAME) person_aliases(c, start, end, entity);
    return;
  }
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && c->cur_subject < 0 && c->cur_first < 0 &&
      opens_sentence(c, role_s != KIMPUT_UNSET && role_s < start ? role_s : start) && !suffers_after(c, start, end) &&
      !compared_in_opening(c, start, end) &&
      !plural_role(c, role_s != KIMPUT_UNSET && role_s < start ? role_s : start))
    c->cur_subject = entity;  /* "Dia merasa ...": a pronoun subject keeps its person the topic */
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_PRONOUN && c->cur_subject < 0 &&
      cue_after(c, tok_at(c, end), c->nt))
    c->cur_subject = entity;  /* "Dalam keterangannya ia menjelaskan, Menlu X ...": the speaker, not X */
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_PRONOUN && c->cur_subject < 0 &&
      cue_nya_opening(c, start))
    c->cur_subject = entity;  /* "Menurutnya, Presiden X ...": the speaker, not X in the words reported */
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_PRONOUN && c->cur_subject < 0 &&
      cue_nya_after_quote(c, start))
    c->cur_subject = entity;  /* '"...," ujarnya': the speaker, whom "ia" and the next "-nya" mean */
  /* ("Usulan Y soal itu diibaratkan "…," kata X. Dia …": the speaker named after the quote's cue is whom
     the sentence is about, not the one its opening words named in passing) */
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_subject >= 0 &&
      c->cur_subject != entity) {
    uint32_t off = role_s != KIMPUT_UNSET && role_s < start ? role_s : start;
    size_t k = tok_at(c, off);
    if (k < c->nt && c->t[k].start == off && speaks_after_quote(c, k)) c->cur_subject = entity;
  }
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_subject < 0) {
    uint32_t off = role_s != KIMPUT_UNSET && role_s < start ? role_s : start;
    size_t k = tok_at(c, off);  /* (one search for both tests) */
    int quoted = in_opening_quote(c, k) || in_quote_opened_before(c, k);  /* (someone named in the words quoted: not whom they are about) */
    if (k < c->nt && c->t[k].start == off &&
        (speaks_after_quote(c, k) || (!quoted && (agent_of_passive(c, k) || speaks_inside_words(c, k)))))
      c->cur_subject = entity;  /* the speaker of a quotation, the agent of "disampaikan X": whom "dia" means next */
    /* "Pernyataan itu dikecam pejabat Hamas, X. Ia menyebut ...": with no person before it in its
       sentence, the agent of a passive verb is whom the sentence is about ("Ia didampingi X" is not:
       its subject is the pronoun's person) */
    else if (k < c->nt && c->t[k].start == off && (c->cur_first < 0 || passive_subject_phrase(c, k)) && !quoted &&
             agent_of_any_passive(c, k))
      c->cur_subject = entity;
    /* "Kami berbincang dengan pelatih Persib, Bojan Hodak": whom the writer interviews, no person
       before it, is whom the quotes after it are from */
    else if (k < c->nt && c->t[k].start == off && c->cur_first < 0 && !quoted && interviewed(c, k))
      c->cur_subject = entity;
  }
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_subject < 0 &&
      holds_opening_title(c, role_s != KIMPUT_UNSET && role_s < start ? role_s : start))
    c->cur_subject = entity;
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_subject >= 0 &&
      entity != c->cur_subject && speaks_for_subject(c, role_s != KIMPUT_UNSET && role_s < start ? role_s : start))
    c->cur_subject = entity;
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_subject < 0 &&
      kin_apposition(c, start, end))
    c->cur_subject = c->cur_first = entity;
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME && c->cur_first >= 0 &&
      c->cur_first != entity && bond_apposed(c, start))
    c->cur_first = c->cur_subject = entity;
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form != KIMPUT_MENTION_PRONOUN && c->cur_first < 0 &&
      !after_death_noun(c, start) && !compared_in_opening(c, start, end) && !in_opening_quote(c, tok_at(c, start)) &&
      !in_quote_opened_before(c, tok_at(c, start)))
    c->cur_first = entity;  /* (not one the quote opening the sentence names: '"... presiden Jokowi," serunya') */
  if (kind == KIMPUT_ENT_PERSON && entity >= 0 && form == KIMPUT_MENTION_NAME) person_aliases(c, start, end, entity);
}

/* Does s[0..n) hold a no-break space (U+00A0)? */
static int has_nbsp(const char *s, size_t n) {
  for (size_t i = 0; i + 1 < n; i++)
    if ((unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) return 1;
  return 0;
}

/* Bytes of a break between the words of a name at s[0..n): a space, a tab, a
 * hyphen, or a no-break space (U+00A0, two bytes, common in scraped pages); 0 when none. */
static size_t name_break(const char *s, size_t n) {
  if (n == 0) return 0;
  if (s[0] == ' ' || s[0] == '-' || s[0] == '\t') return 1;
  return n >= 2 && (unsigned char)s[0] == 0xC2 && (unsigned char)s[1] == 0xA0 ? 2 : 0;
}

/* Registers each word of text[s..e) (split at spaces and hyphens) as naming entity, and a
 * hyphened word whole too ("Miguel Diaz-Canel": Diaz, Canel and Diaz-Canel, which a later
 * mention may write as one token). */
static void register_words(ctx *c, const char *s, size_t n, int32_t entity) {
  size_t w = 0, whole = 0;  /* the start of the current word, and of the current word of hyphens */
  int hyphened = 0;
  for (size_t i = 0; i < n;) {
    unsigned char ch = (unsigned char)s[i];
    size_t b = ch > '-' && ch != 0xC2 ? 0 : name_break(s + i, n - i);  /* (letters: one test) */
    if (!b) { i++; continue; }
    if (i - w >= 2 && !kmap_put(&c->words, s + w, i - w, entity)) c->failed = 1;
    if (ch == '-') {
      hyphened = 1;
    } else {
      if (hyphened && !kmap_put(&c->words, s + whole, i - whole, entity)) c->failed = 1;
      hyphened = 0;
      whole = i + b;
    }
    i += b;
    w = i;
  }
  if (n - w >= 2 && !kmap_put(&c->words, s + w, n - w, entity)) c->failed = 1;
  if (hyphened && !kmap_put(&c->words, s + whole, n - whole, entity)) c->failed = 1;
}

/* A word of a name the text gives with no sign yet that it is a person's
 * ("Gol itu dicetak Bruno Moreira"), kept in c->words with a value no entity
 * has: LOOSE_AT(k) for the run of capitalised words starting at token k,
 * LOOSE_TWO when two different runs hold the word (then it tells nothing).
 * Every reader of c->words takes a negative value for "no person". */
#define LOOSE_TWO (-2)
#define LOOSE_AT(k) (-3 - (int32_t)(k))
#define LOOSE_TOKEN(v) ((size_t)(-3 - (v)))

static size_t strong_words(const ctx *c, size_t a, size_t b);

/* Is token k a verb with an active or passive prefix (me-, ber-, di-), right after
 * the words before it: "Wahyu Mijaya meninjau", a subject's name, not "Warung Santoso ramai". */
static int verb_follows(const ctx *c, size_t k, size_t end) {
  if (k >= end || c->t[k].kind != KIMPUT_TOK_WORD || !joined(c, k) || c->t[k].end - c->t[k].start < 5) return 0;
  const char *w = c->text + c->t[k].start;
  return (w[0] == 'm' && w[1] == 'e') || (w[0] == 'b' && w[1] == 'e' && w[2] == 'r') || (w[0] == 'd' && w[1] == 'i');
}

/* Token k, or the token after an aside set off by commas from it, in lower case and up to ten
 * tokens long: "Thongloun Sisoulith, di sisi lain, memuji", "X, dalam keterangan tertulis, menyebut". */
static size_t past_aside(const ctx *c, size_t k, size_t end) {
  if (k + 2 >= end || c->t[k].kind != KIMPUT_TOK_PUNCT || c->text[c->t[k].start] != ',' ||
      c->t[k + 1].kind != KIMPUT_TOK_WORD || is_cap(&c->t[k + 1]))
    return k;
  for (size_t m = k + 2; m < end && m < k + 12; m++) {
    if (c->t[m].kind == KIMPUT_TOK_PUNCT) return c->text[c->t[m].start] == ',' ? m + 1 : k;
    if (c->t[m].kind != KIMPUT_TOK_WORD) return k;
    /* ("X, dari Fraksi Sukamaju mempertanyakan …": an aside closing with a body's capitalised name that the
       page left without its comma ends where a prefixed verb in lower case follows that name) */
    if (is_cap(&c->t[m - 1]) && !is_cap(&c->t[m]) && joined(c, m) && prefixed_verb(c, m)) return m;
  }
  return k;
}

/* Is the verb at token k (verb_follows) more than its prefix: "menjuarai", "dilantik", "bertemu";
 * not "menara", "merah", "dinas", "berat" (nouns and adjectives the prefix letters open). */
static int prefixed_verb(const ctx *c, size_t k) {
  static const char *const not_verbs[] = {"menara", "merah", "merdeka", "meja", "mereka", "menit", "dinas", "dini",
                                          "diri", "dingin", "berat", "beras", "berita", "berkas", "bersih",
                                          "bersama", "bernama", "merupakan", "menjadi"};
  return !word_in(c, k, not_verbs, sizeof not_verbs / sizeof *not_verbs);
}

/* Does a predicate open at token k: a prefixed verb (verb_follows, prefixed_verb), maybe after two
 * words at most of negation, mood or manner ("memuji", "tak bisa menyembunyikan", "juga meninjau")? */
static int predicate_at(const ctx *c, size_t k, size_t end) {
  static const char *const moods[] = {"tak", "tidak", "belum", "bisa", "dapat", "akan", "harus", "mesti", "ingin"};
  for (int skip = 0; skip <= 2 && k < end; skip++, k++) {
    if (verb_follows(c, k, end) && prefixed_verb(c, k)) return 1;
    if (c->t[k].kind != KIMPUT_TOK_WORD || !joined(c, k) ||
        !(word_in(c, k, moods, sizeof moods / sizeof *moods) || (look(c, k, k + 1).cls & KIMPUT_LEX_ADVERB)))
      return 0;
  }
  return 0;
}

/* Does a word of the run [a, b) name a kind of place or firm ("Warung Santoso", "Gunung Merapi",
 * "Astra International", "Apple Inc"): then the run is no person's even before a verb. */
static int place_or_firm_word(const ctx *c, size_t a, size_t b) {
  static const char *const kinds[] = {
      "warung", "toko", "kedai", "kafe", "cafe", "restoran", "rumah", "hotel", "gunung", "sungai", "kali", "danau",
      "pulau", "pantai", "teluk", "selat", "tanjung", "bukit", "lembah", "kampung", "dusun", "pasar", "kota",
      "inc", "corp", "corporation", "group", "grup", "motor", "motors", "international", "internasional",
      "holdings", "holding", "ltd", "limited", "company", "airlines", "air", "airways", "energy", "mining",
      "foods", "media", "tech", "technologies", "studio", "studios", "entertainment", "mall", "plaza",
      "square", "city", "land", "properti", "property", "resort", "club", "klub", "sekolah", "festival",
      "piala", "liga", "cup", "open", "grand", "prix", "team", "racing", "band", "games", "line", "express",
      "kopi", "mie", "bakso", "sate", "soto", "ayam", "nasi", "roti", "center", "centre", "stadium", "arena", "park"};
  for (size_t k = a; k < b; k++)
    if (word_in(c, k, kinds, sizeof kinds / sizeof *kinds)) return 1;
  return 0;
}

/* Does a noun for a person open the sentence right before token i ("Pedagang Rizal Fahmi membuka
 * ...", "Petani Slamet Riyadi menanam ...")? It describes the one named after it. */
static int noun_opens_sentence(const ctx *c, size_t i) {
  return i > 0 && joined(c, i) && sentence_initial(c, i - 1) && describing_noun(look(c, i - 1, i));
}

static int opens_sentence(const ctx *c, uint32_t off);

/* Does token i open its sentence's main clause right after a fronted one closed by a comma
 * ("Pada Sabtu pagi, Siti Aminah mendatangi ...", "Sementara itu, X ...")? */
static int opens_after_clause(const ctx *c, size_t i) {
  return i > 1 && !sentence_initial(c, i) && punct_is(c, i - 1, c->nt, ',') && opens_sentence(c, c->t[i].start);
}

/* Is token k a body's head in lower case with its name capitalised after it ("dari fraksi Maju", "dari partai
 * Maju"), as a title's connector may go on with? */
static int lower_body_after(const ctx *c, size_t k, size_t limit) {
  return k + 1 < limit && !is_cap(&c->t[k]) && joined(c, k + 1) && is_cap(&c->t[k + 1]) &&
         (look(c, k, k + 1).cls & KIMPUT_LEX_ORG_HEAD);
}

/* Does token i open the main clause after a fronted clause headed by a -nya nominal, its first or second
 * word ("Dengan terpilihnya X sebagai ketua, dia ...", "Meninggalnya X, ia ...")? A person named in it is the
 * nominal's, not the main clause's subject. Not a cue's -nya ("Menurutnya, ..."). */
static int after_nominal_clause(const ctx *c, size_t i) {
  if (c->si >= c->nsent || !opens_after_clause(c, i)) return 0;
  size_t first = c->sent[c->si].first_token;
  for (size_t k = first; k < first + 2 && k + 1 < i; k++) {
    const kimput_token *t = &c->t[k];
    size_t n = t->end - t->start;
    if (t->kind != KIMPUT_TOK_WORD || n < 7 || (k > first && is_cap(t)) || memcmp(c->text + t->end - 3, "nya", 3))
      continue;
    if (!(lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k)->nya & LEX_SCAN_NYA_CLASSES) &&
        !(look(c, k, k + 1).cls & KIMPUT_LEX_PRONOUN))
      return 1;
  }
  return 0;
}

/* "lewat akun X-nya menulis", "di akun Instagram-nya", "akun Facebooknya": a social platform named after "akun" is
 * where words were posted, never who posted them. */
static int platform_after_akun(const ctx *c, size_t i) {
  static const char *const platforms[] = {"x", "instagram", "tiktok", "facebook", "youtube", "threads", "twitter"};
  if (i == 0 || !word_eq(c, i - 1, "akun") || c->t[i].kind != KIMPUT_TOK_WORD) return 0;
  const char *w = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start, m = 0;
  while (m < n && w[m] != '-') m++;  /* (the word before "-nya", or before a glued "nya": "Facebooknya") */
  if (m < n && !(n - m == 4 && memcmp(w + m, "-nya", 4) == 0)) return 0;
  if (m == n && n > 3 && memcmp(w + n - 3, "nya", 3) == 0) m = n - 3;
  for (size_t k = 0; k < sizeof platforms / sizeof *platforms; k++)
    if (strlen(platforms[k]) == m && fold_eq(w, m, platforms[k], m)) return 1;
  return 0;
}

/* Keeps the words of the name run [a, b) that nothing showed to be a person's
 * as loose words: a later mention of one of them alone that turns out to be a
 * person takes this run as the full name (person_for_run). */
static void keep_loose(ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    const kimput_token *t = &c->t[k];
    if (t->end - t->start < 2) continue;
    int32_t v = kmap_get(&c->words, c->text + t->start, t->end - t->start);
    if (v >= 0 || v == LOOSE_TWO) continue;
    if (v != -1) {  /* a run before: the same name again, or another that shares the word */
      const kimput_token *f = &c->t[LOOSE_TOKEN(v)];
      size_t n = name_run(c, LOOSE_TOKEN(v), c->nt);
      if (n && fold_eq(c->text + f->start, c->t[LOOSE_TOKEN(v) + n - 1].end - f->start, c->text + c->t[a].start,
                       c->t[b - 1].end - c->t[a].start))
        continue;
      v = LOOSE_TWO;
    } else {
      v = LOOSE_AT(a);
    }
    if (!kmap_put(&c->words, c->text + t->start, t->end - t->start, v)) c->failed = 1;
  }
}

/* Is word w (m bytes) word s (n bytes, five or more) misspelt by one letter dropped, one added, or two
 * neighbours swapped, the first letter the same ("Masur" for "Masrur", "Fakhri" for "Fahkri")? Case
 * folded. */
static int one_slip(const char *s, size_t n, const char *w, size_t m) {
  if (n < 5 || m < 5 || fold((unsigned char)s[0]) != fold((unsigned char)w[0])) return 0;
  if (n == m) {  /* a swap of two neighbours, nothing else */
    size_t i = 0;
    while (i < n && fold((unsigned char)s[i]) == fold((unsigned char)w[i])) i++;
    if (i + 1 >= n || fold((unsigned char)s[i]) != fold((unsigned char)w[i + 1]) ||
        fold((unsigned char)s[i + 1]) != fold((unsigned char)w[i]))
      return 0;
    return fold_eq(s + i + 2, n - i - 2, w + i + 2, n - i - 2);
  }
  if (n + 1 != m && m + 1 != n) return 0;
  const char *lo = n < m ? s : w, *hi = n < m ? w : s;  /* (the shorter one, the longer one) */
  size_t k = n < m ? n : m, i = 0;
  while (i < k && fold((unsigned char)lo[i]) == fold((unsigned char)hi[i])) i++;
  return fold_eq(lo + i, k - i, hi + i + 1, k - i);  /* the longer one's letter i dropped */
}

/* How a word at a token may stand for a word of a person's name: it opens it, closes it, or misspells it by
 * one letter (one_slip). */
enum { NAME_WORD_OPENS, NAME_WORD_CLOSES, NAME_WORD_SLIPS };

/* The one person among the document's first 64 entities with a word of the name that the word at
 * token a (min_len bytes at least) opens, closes (the name's word longer_by bytes longer at least) or
 * misspells, as mode says; -1 when none or more than one. The first 64: a short name stands for
 * someone introduced before, and the cost stays bounded per mention. */
static int32_t person_by_word_part(const ctx *c, size_t a, size_t min_len, size_t longer_by, int mode) {
  const kimput_token *t = &c->t[a];
  const char *tok = c->text + t->start;
  size_t n = t->end - t->start, ne = c->out->ne < 64 ? c->out->ne : 64;
  if (n < min_len) return -1;
  int32_t found = -1;
  for (size_t k = 0; k < ne; k++) {
    const ent *e = &c->out->e[k];
    if (e->kind != KIMPUT_ENT_PERSON) continue;
    const char *name = e->gaz >= 0 ? c->lex->pool + c->lex->entities[e->gaz].name : c->text + e->name_s;
    size_t len = e->gaz >= 0 ? c->lex->entities[e->gaz].name_len : e->name_e - e->name_s;
    for (size_t w = 0; w < len;) {
      size_t x = w;
      while (x < len && name[x] != ' ' && name[x] != '-') x++;
      int hit = mode == NAME_WORD_SLIPS ? one_slip(tok, n, name + w, x - w)
                                        : x - w >= n + longer_by &&
                                              fold_eq(name + (mode == NAME_WORD_CLOSES ? x - n : w), n, tok, n);
      if (hit) {
        if (found >= 0) return -1;
        found = (int32_t)k;
        break;
      }
      w = x + 1;
    }
  }
  return found;
}

/* The person one of whose name's words the word at token a begins, three bytes or more short of
 * it ("Bu Risma" after "Tri Rismaharini", "Gonggom" after "Gonggomtua Sitanggang"): a short name
 * people go by; a word of fewer than five bytes is a name of its own ("Budi"). */
static int32_t person_by_prefix(const ctx *c, size_t a) { return person_by_word_part(c, a, 5, 3, NAME_WORD_OPENS); }

/* "kata Santo" after "Kombes Susanto": the person with a word of the name (two letters longer at
 * least) that the one word at token a (four letters at least) ends, a clipped call name. Only next
 * to a cue (the caller checks): elsewhere a short name ending a longer one is too often somebody
 * else's. */
static int32_t person_by_tail(const ctx *c, size_t a) { return person_by_word_part(c, a, 4, 2, NAME_WORD_CLOSES); }

/* "Masur berharap" after "Wakil Bupati Masrur Hartono", "ujar Fakhri" after "Fahkri Husaini": the one
 * person among the document's first 64 entities with a word of the name that the word at token a
 * misspells by one letter (one_slip); -1 when none or more than one. Only next to a cue (the caller
 * checks), for a word no list holds. */
static int32_t person_by_spelling(const ctx *c, size_t a) { return person_by_word_part(c, a, 5, 0, NAME_WORD_SLIPS); }


/* Is token t an initial (M., H.) or a particle, which say nothing about whom a name means? */
static int weak_word(const ctx *c, size_t i) {
  const kimput_token *t = &c->t[i];
  if ((t->flags & KIMPUT_TOKF_ABBREV) && t->end - t->start <= 3) return 1;
  return !is_cap(t);
}

/* The person a name of tokens [a, b) means: the document's chain first
 * (every word names the same person met before), else a new person. A
 * longer name for a person known by a shorter one becomes its name. */
static int32_t person_for_gaz(ctx *c, size_t a, size_t b, int32_t gaz, int *resolved);

/* A gazetteer person named with a middle part ("Retno LP Marsudi" is Retno
 * Marsudi): the lexicon entity of the first and last words together, or -1. */
static int32_t gaz_first_last(const ctx *c, size_t a, size_t b) {
  if (b - a < 3) return -1;
  const kimput_token *f = &c->t[a], *l = &c->t[b - 1];
  char key[128];
  size_t nf = f->end - f->start, nl = l->end - l->start;
  if (nf + nl + 1 > sizeof key) return -1;
  memcpy(key, c->text + f->start, nf);
  key[nf] = ' ';
  memcpy(key + nf + 1, c->text + l->start, nl);
  int32_t id;
  if (!kimput_gaz_get(c->lex->forms, key, nf + nl + 1, &id) || id < 0 || (size_t)id >= c->lex->nentries) return -1;
  int32_t who = c->lex->entries[id].entity;
  return who >= 0 && c->lex->entities[who].kind == KIMPUT_ENT_PERSON && c->lex->entities[who].nwords > 1 ? who : -1;
}

/* A gazetteer person named in another transliteration ("Dimitry Peskov", "Sergey Shoygu"): the
 * lexicon entity whose name has the spelling key of tokens [a, b), or -1. */
static int32_t gaz_spelling(const ctx *c, size_t a, size_t b) {
  int32_t who = lex_spelling_person(c->lex, c->text + c->t[a].start, c->t[b - 1].end - c->t[a].start);
  return who >= 0 && (size_t)who < c->lex->nentities && c->lex->entities[who].kind == KIMPUT_ENT_PERSON ? who : -1;
}

static int32_t antecedent(const ctx *c);

/* "Bupati Hendra Wiguna Saputra": token k, read as the place of the title,
 * may be the first word of person p's name; kept until a mention says so. */
static void keep_lead(ctx *c, int32_t p, size_t k) {
  ent *e = &c->out->e[p];
  if (e->gaz >= 0 || e->lead_e || e->name_s != c->t[k + 1].start) return;
  e->lead_s = c->t[k].start;
  e->lead_e = c->t[k].end;
  c->leads[c->nleads++ % LEADS_KEPT] = p;
}

/* Is token a person p's lead word? */
static int lead_is(const ctx *c, const ent *e, size_t a) {
  const kimput_token *t = &c->t[a];
  return e->lead_e && e->lead_e - e->lead_s == t->end - t->start &&
         fold_eq(c->text + e->lead_s, e->lead_e - e->lead_s, c->text + t->start, t->end - t->start);
}

/* The lead word was the first of person p's name: the name takes it. */
static void take_lead(ctx *c, int32_t p) {
  ent *e = &c->out->e[p];
  for (unsigned r = 0; r < LEADS_KEPT && r < c->nbody; r++)  /* the word was a name's, not a place's */
    if (c->body_s[r] == e->lead_s) c->body_e[r] = c->body_s[r];
  e->name_s = e->lead_s;
  e->nwords++;
  e->lead_s = e->lead_e = 0;
  register_words(c, c->text + e->name_s, e->name_e - e->name_s, p);
}

/* Is the one-word name at token a in a speaker's place: after a cue, or before a verb of speech? */
static int speaker_place(const ctx *c, size_t a) {
  return after_cue(c, a) || (a + 1 < c->nt && joined(c, a + 1) &&
                             (look(c, a + 1, a + 2).cls & (KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING)));
}

/* Does a title serving a place ("Camat", "Kepala Desa") end right before token a, or one word
 * no list knows before it (the place's first word: "Camat Sungai Kakap Jumadi")? Not a title
 * named with a team or a firm ("Pelatih Persija", "CEO Tokoku"): their people are named in full
 * after it and often called by the surname ("Pelatih Persija Carlos Pena ... kata Pena"),
 * where a place's head of one name is rare. */
static int place_slot_before(const ctx *c, size_t a) {
  static const char *const team_heads[] = {
    "pelatih", "asisten", "manajer", "ceo", "pendiri", "direktur", "dirut", "kapten", "pemain", "striker",
    "penyerang", "bek", "gelandang", "kiper", "winger", "penjaga", "pembalap", "pemilik", "owner", "founder",
    "co-founder", "cofounder", "chief", "managing", "founding", "general", "executive", "president",
    "country", "head", "vokalis", "gitaris", "drummer"};
  for (size_t skip = 0; skip < 2 && skip < a; skip++) {
    if (skip && (!is_cap(&c->t[a - 1]) || look(c, a - 1, a).n || !joined(c, a - 1))) return 0;
    for (size_t k = 1; k <= 2 && k + skip <= a; k++) {
      unit u = look(c, a - skip - k, a - skip);
      if (u.n == k && (u.cls & KIMPUT_LEX_JURISDICTION) && (u.cls & KIMPUT_LEX_TITLE))
        return !word_in(c, a - skip - k, team_heads, sizeof team_heads / sizeof *team_heads);
    }
  }
  return 0;
}

/* Does token k close the name of a national legislature, which has no branch whose place could
 * follow it: "DPR", "MPR", "DPD", or a commission's numeral ("Komisi II", "Komisi V DPR")? */
static int national_house_at(const ctx *c, size_t k) {
  static const char *const houses[] = {"dpr", "mpr", "dpd"};
  if (k >= c->nt) return 0;
  const kimput_token *t = &c->t[k];
  int numeral = is_roman(c, t) || (t->kind == KIMPUT_TOK_WORD && t->end - t->start == 1 &&
                                   (c->text[t->start] == 'I' || c->text[t->start] == 'V' || c->text[t->start] == 'X'));
  return word_in(c, k, houses, sizeof houses / sizeof *houses) || (numeral && k > 0 && word_eq(c, k - 1, "komisi"));
}

/* "Sekretaris Umum Gaikindo Kukuh Kumara", a title's chain read to the name's first word no list
 * knows (three words or more, no rank, comma or given name before them): the word may be the
 * title's body; kept until a mention says so. So may the first of two words right after a title
 * serving a place, its place ("Kepala Desa Sidowayah Sutrisno ... kata Sutrisno"). */
static size_t republic_after(const ctx *c, size_t k, size_t end);
static void keep_shed(ctx *c, int32_t p, size_t a, size_t b) {
  /* (names whose second word is the one the person goes by: "Sri Wahyuni Lestari", "Abdul Halim Sujatno",
     and the Balinese birth-order names a later mention leaves out: "Nyoman Sudarsa Wijaya ... kata Sudarsa
     Wijaya") */
  static const char *const opening[] = {"sri",   "dwi",   "tri",    "eko",   "nur",    "abdul", "ahmad",
                                        "achmad", "akhmad", "wayan", "made",  "nyoman", "ketut", "putu",
                                        "kadek", "komang", "gede",  "nengah", "gusti", "luh"};
  ent *e = &c->out->e[p];
  /* (the two words may follow a place's first word kept as the name's lead: "Camat Sungai Kakap Jumadi") */
  int slot = b == a + 2 && place_slot_before(c, a);
  if (word_in(c, a, opening, sizeof opening / sizeof *opening) || e->gaz >= 0 || (e->lead_e && !slot) ||
      b < a + (slot ? 2 : 3) ||
      e->name_s != c->t[a].start || look(c, a, a + 1).n || !is_cap(&c->t[a + 1]) || is_acronym(c, &c->t[a]))
    return;
  /* (nor a given name of several words, the Balinese birth-order name: "I Wayan Sudirta ... tegas Wayan") */
  unit g = look(c, a, b);
  if (g.n >= 2 && (g.cls & KIMPUT_LEX_GIVEN)) return;
  /* (a rank opens the name: "AKBP Rudi Sigit Prakoso"; not the end of an office, "Direktur Jenderal") */
  if ((look(c, a - 1, a).cls & KIMPUT_LEX_RANK) && !(a >= 2 && look(c, a - 2, a).n == 2)) return;
  /* (so does a national house, whose body is whole: "Wakil Ketua DPR Sufmi Dasco Ahmad ... ucap Dasco") */
  if (a > 0 && national_house_at(c, a - 1)) return;
  /* (and the country's name closing the house or the office, which ends the title: "Wakil Ketua DPR RI Sufmi
     Dasco Ahmad", "Menteri Luar Negeri Indonesia Budi Santoso Wijaya ... kata Santoso"; not any place, which
     may open a team's name: "Pelatih Sumbar Putra Hendra Wiratama") */
  if (a > 0 && (republic_after(c, a - 1, a) || (is_cap(&c->t[a - 1]) && word_eq(c, a - 1, "indonesia")))) return;
  e->shed_s = c->t[a + 1].start;
}

/* The name at tokens [a, b), in a speaker's place, is person p's words from the second kept by
 * keep_shed ("Menurut Kukuh", "kata Alfons"; all of them, "kata Hendra Wiratama" after "Pelatih Sumbar
 * Putra Hendra Wiratama"): the first was the body's, the name goes without it. */
static void shed_first(ctx *c, int32_t p, size_t a, size_t b) {
  ent *e = &c->out->e[p];
  const kimput_token *t = &c->t[a];
  size_t n = c->t[b - 1].end - t->start;
  if (!e->shed_s || e->shed_s + n > e->name_e ||
      (e->shed_s + n < e->name_e && (b > a + 1 || c->text[e->shed_s + n] != ' ')) ||
      !fold_eq(c->text + e->shed_s, n, c->text + t->start, n))
    return;
  if (!(b == a + 1 ? speaker_place(c, a)
                   : after_cue(c, a) || (b < c->nt && joined(c, b) &&
                                         (look(c, b, b + 1).cls & (KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING)))))
    return;
  c->body_s[c->nbody % LEADS_KEPT] = e->name_s;  /* (a later chain with the word reads it as the body) */
  c->body_e[c->nbody++ % LEADS_KEPT] = e->shed_s - 1;
  e->name_s = e->shed_s;
  e->nwords--;
  e->shed_s = 0;
  e->lead_s = e->lead_e = 0;  /* (the word before it was the place's too) */
}

/* The person whose lead word the one-word name at token a is, in a
 * speaker's place ("tutur Hendra", "Hendra menambahkan"; not "Cibinong
 * menjadi ..."): the word was the first of the name, not a place. -1 when none. */
static int32_t lead_owner(ctx *c, size_t a) {
  if (!c->nleads || !speaker_place(c, a)) return -1;
  for (unsigned r = 0; r < LEADS_KEPT && r < c->nleads; r++) {
    int32_t p = c->leads[(c->nleads - 1 - r) % LEADS_KEPT];
    if (lead_is(c, &c->out->e[p], a)) return p;
  }
  return -1;
}

/* The person whose nickname the one word before token k is, told right after
 * it: "kata Winny, sapaan akrabnya" (the person the sentence goes on about),
 * "Winny, sapaan akrab Amalia Widyasanti," (a person the document names);
 * -1 when it is told no such thing. */
static int32_t nickname_owner(const ctx *c, size_t k) {
  if (punct_is(c, k, c->nt, ',')) k++;
  if (word_eq(c, k, "sapaannya") || (word_eq(c, k, "sapaan") && word_eq(c, k + 1, "akrabnya"))) {
    int32_t p = antecedent(c);
    return p >= 0 && c->out->e[p].kind == KIMPUT_ENT_PERSON ? p : -1;
  }
  if (!word_eq(c, k, "sapaan")) return -1;
  k++;
  if (word_eq(c, k, "akrab")) k++;
  if (word_eq(c, k, "dari")) k++;
  /* a person of the gazetteer already named ("Ani, sapaan akrab Sri Mulyani") */
  unit u = k < c->nt && is_cap(&c->t[k]) ? look(c, k, c->nt) : (unit){0, 0, -1, -1};
  if (u.n && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON) return imap_get(&c->by, BY_GAZ, u.ent);
  /* a title ("Wira, sapaan akrab Wali Kota"): a person the document named in the words after it
     (its place, then the name), else the latest person introduced with that title */
  if (u.n && u.ent < 0 && (u.cls & KIMPUT_LEX_TITLE) && u.entry >= 0) {
    for (size_t w = k + u.n; w < k + u.n + 4 && w < c->nt && joined(c, w) && is_cap(&c->t[w]); w++) {
      int32_t e = kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start);
      if (e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON) return e;
    }
    int32_t h = imap_get(&c->by, BY_HEAD, lex_title_root(c->lex, u.entry));
    return h >= 0 && c->out->e[h].kind == KIMPUT_ENT_PERSON ? h : -1;
  }
  size_t n = k < c->nt && is_cap(&c->t[k]) ? name_run(c, k, c->nt) : 0;
  int32_t owner = -1;
  for (size_t i = k; i < k + n; i++) {  /* every word the document gave one person */
    int32_t e = kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
    if (e < 0 || c->out->e[e].kind != KIMPUT_ENT_PERSON || (owner >= 0 && e != owner)) return -1;
    owner = e;
  }
  return owner;
}

/* Is the n bytes at w a word of person e's name? With parts, also a piece between hyphens or the
 * head or the tail of a longer word (Ita of Hevearita, Yos of Yosefina). */
static int name_has(const ctx *c, const ent *e, const char *w, size_t n, int parts) {
  const char *name = e->gaz >= 0 ? c->lex->pool + c->lex->entities[e->gaz].name : c->text + e->name_s;
  size_t len = e->gaz >= 0 ? c->lex->entities[e->gaz].name_len : e->name_e - e->name_s;
  for (size_t s = 0; s < len;) {
    size_t x = s;
    while (x < len && name[x] != ' ' && !(parts && name[x] == '-')) x++;
    if (x - s == n ? fold_eq(name + s, n, w, n)
                   : parts && x - s >= n + 3 && (fold_eq(name + s, n, w, n) || fold_eq(name + x - n, n, w, n)))
      return 1;
    s = x + 1;
  }
  return 0;
}

static int name_has_part(const ctx *c, const ent *e, const char *w, size_t n) { return name_has(c, e, w, n, 1); }

/* The one person among the first 64 entities with the one-word nickname at token a as a part of
 * a word of the name (name_has_part), or -1 (none, or more than one). */
static int32_t person_by_part(const ctx *c, size_t a) {
  const kimput_token *t = &c->t[a];
  size_t n = t->end - t->start, ne = c->out->ne < 64 ? c->out->ne : 64;
  int32_t found = -1;
  for (size_t k = 0; n >= 3 && k < ne; k++) {
    if (c->out->e[k].kind != KIMPUT_ENT_PERSON || !name_has_part(c, &c->out->e[k], c->text + t->start, n)) continue;
    if (found >= 0) return -1;
    found = (int32_t)k;
  }
  return found;
}

/* "pria yang akrab disapa Kang Emil itu", "yang biasa dipanggil Bang Ucok": the name
 * from token a, after a verb of calling (and a form of address), is a nickname of
 * the person the sentence goes on about; that person, or -1. A nickname of one word
 * that is part of the name of one person the document named, and of no word of that
 * person's, is the other's ("Wali Kota X Hevearita ... Wakil Wali Kota Y ... tutur
 * perempuan yang akrab disapa Mbak Ita itu"). */
static int32_t nickname_after_calling(const ctx *c, size_t a) {
  size_t k = a;
  /* ("yang biasa disapa dokter Rin itu": a form of address or a trade in lower case before it too) */
  const uint32_t lower_address = KIMPUT_LEX_RANK | KIMPUT_LEX_TITLE | KIMPUT_LEX_PERSON_NOUN;
  if (k > 0 && c->t[k - 1].kind == KIMPUT_TOK_WORD &&
      (look(c, k - 1, k).cls & (is_cap(&c->t[k - 1]) ? KIMPUT_LEX_RANK : lower_address)))
    k--;
  if (k == 0) return -1;
  /* (summoned is "dipanggil" too: "saksi yang dipanggil Budi"; a nickname is called so usually) */
  int usually = k >= 2 && (word_eq(c, k - 2, "akrab") || word_eq(c, k - 2, "biasa") || word_eq(c, k - 2, "karib") ||
                           word_eq(c, k - 2, "sering") || word_eq(c, k - 2, "kerap"));
  if (!word_eq(c, k - 1, "dijuluki") && !(usually && (word_eq(c, k - 1, "disapa") || word_eq(c, k - 1, "dipanggil"))))
    return -1;
  int32_t p = antecedent(c);
  if (p >= 0 && c->out->e[p].kind != KIMPUT_ENT_PERSON) p = -1;
  const kimput_token *t = &c->t[a];
  if (!(a + 1 < c->nt && joined(c, a + 1) && is_cap(&c->t[a + 1])) &&
      !(p >= 0 && name_has_part(c, &c->out->e[p], c->text + t->start, t->end - t->start))) {
    int32_t part = person_by_part(c, a);
    if (part >= 0) return part;
  }
  return p;
}

/* The one person among the first 64 entities whose name has every strong word of tokens [a, b),
 * or -1: "Andi Sudirman" after "Andi Sudirman Sulaiman" and "Andi Fahsar"
 * (the last person met with each word differs; the whole run tells). */
static int32_t person_with_words(const ctx *c, size_t a, size_t b, size_t nstrong) {
  size_t ne = c->out->ne < 64 ? c->out->ne : 64;
  int32_t found = -1;
  for (size_t k = 0; k < ne; k++) {
    const ent *e = &c->out->e[k];
    if (e->kind != KIMPUT_ENT_PERSON || e->nwords < nstrong) continue;
    size_t i = a;
    for (; i < b; i++)
      if (!weak_word(c, i) && !name_has(c, e, c->text + c->t[i].start, c->t[i].end - c->t[i].start, 0)) break;
    if (i < b) continue;
    if (found >= 0) return -1;
    found = (int32_t)k;
  }
  return found;
}

/* The end of the name at tokens [a, b) without the degrees written after it with no comma
 * ("Hendra Gunawan SH MH", "Rina Sari MPd": two to five letters, two capitals or more), when two
 * words or more stay and the last of them is in mixed case (a name in capitals, "BUDI SANTOSO
 * SH", keeps its last word). */
static size_t without_degrees(const ctx *c, size_t a, size_t b) {
  size_t e = b, first_degree = b, ndeg = 0;
  int mixed = 0;  /* (a degree in mixed case, "MKes": no word of a name) */
  while (e > a + 1) {
    /* (a word the lexicon holds as a degree after another: "SE Ak") */
    int after_degree = e > a + 2 && (look(c, e - 1, e).cls & KIMPUT_LEX_DEGREE) && degree_end(c, e - 2, c->nt) == e - 1;
    if ((degree_end(c, e - 1, c->nt) == e || after_degree) && !inner_period(c, &c->t[e - 1])) {
      first_degree = --e;
      ndeg++;
      mixed |= !is_acronym(c, &c->t[e]);
      continue;
    }
    /* ("SH MH CRA", "BBus (Acc) MIB": a certificate's capitals or a degree's field in brackets among
       them, a degree opening the run) */
    const kimput_token *t = &c->t[e - 1];
    if (is_acronym(c, t) && t->end - t->start <= 5) { e--; continue; }
    if (e > a + 4 && punct_is(c, e - 1, c->nt, ')') && c->t[e - 2].kind == KIMPUT_TOK_WORD &&
        punct_is(c, e - 3, c->nt, '(')) {
      e -= 3;
      continue;
    }
    break;
  }
  e = first_degree;  /* (what stands before the first degree is the name's: "Rudi HPKS" keeps HPKS) */
  /* (one word of a name left: the degrees so only when one is in mixed case or there are two,
     "Sutrisno MKes", "Sutrisno SH MH"; "Budi MD" may be a name) */
  if (e == a + 1 && !mixed && ndeg < 2) return b;
  return e < b && is_cap(&c->t[e - 1]) && !is_acronym(c, &c->t[e - 1]) ? e : b;
}

/* "sutradara yang akrab disapa Jokan itu": the one-word name at token a, after a lower-case
 * title and "yang (akrab|biasa) disapa/dipanggil", is the nickname of the person the text named
 * with that title; -1 when it is not such a nickname or nobody holds the title. */
static int32_t nickname_of_titled(const ctx *c, size_t a) {
  size_t k = a;
  if (k < 3 || !(word_eq(c, k - 1, "disapa") || word_eq(c, k - 1, "dipanggil"))) return -1;
  k--;
  if (word_eq(c, k - 1, "akrab") || word_eq(c, k - 1, "biasa")) k--;
  if (k < 2 || !word_eq(c, k - 1, "yang")) return -1;
  size_t t = k - 2;
  if (c->t[t].kind != KIMPUT_TOK_WORD || is_cap(&c->t[t])) return -1;
  unit u = look(c, t, t + 1);
  if (!(u.cls & KIMPUT_LEX_TITLE) || u.entry < 0) return -1;
  return imap_get(&c->by, BY_HEAD, lex_title_root(c->lex, u.entry));
}

/* Is the name at tokens [a, b) told as somebody new: "Seorang pedagang, Ahmad (45), mengeluhkan",
 * "pasien bernama Budi"? Then a part of a longer name met before ("Gubernur Ahmad Luthfi") is not
 * that person: ordinary people are named by one common given name. Marks: "bernama" (or
 * "berinisial") right before it, an age in brackets right after it, or a phrase a determiner opens
 * ("Seorang jemaah asal Kampar,") set off by a comma right before it. */
static int told_as_new(const ctx *c, size_t a, size_t b) {
  enum { PHRASE_MAX = 6 };
  static const char *const naming[] = {"bernama", "berinisial"};
  if (a > 0 && joined(c, a) && word_in(c, a - 1, naming, 2)) return 1;
  if (b + 2 < c->nt && punct_is(c, b, c->nt, '(') && c->t[b + 1].kind == KIMPUT_TOK_NUMBER &&
      punct_is(c, b + 2, c->nt, ')') && c->t[b + 1].end - c->t[b + 1].start <= 3)
    return 1;
  if (a < 3 || !punct_is(c, a - 1, c->nt, ',')) return 0;
  /* ("Dua hari kemudian, Marcos bertemu": a numeral before a unit of time opens when, not whom) */
  static const char *const spans[] = {"hari", "pekan", "minggu", "bulan", "tahun", "jam", "menit", "malam"};
  for (size_t j = a - 1; j > 0 && a - 1 - j < PHRASE_MAX; j--) {
    if (c->t[j - 1].kind != KIMPUT_TOK_WORD) return 0;
    if (look(c, j - 1, j).cls & KIMPUT_LEX_DETERMINER) return !(j < a - 1 && word_in(c, j, spans, 8));
  }
  return 0;
}

/* Is the name at tokens [a, b) a married woman's, styled "Ny." (Nyonya) before her own name and her
 * husband's ("Ny. Rina Budi Santoso" beside "Irjen Budi Santoso")? She is not the husband named in
 * full: the words of his name she carries go on meaning him. */
static int wife_styled(const ctx *c, size_t a) {
  size_t k = a;
  if (k < c->nt && c->t[k].kind == KIMPUT_TOK_PUNCT) return 0;
  static const char *const styles[] = {"ny", "ny.", "nyonya"};  /* (lower case: word_in folds) */
  if (word_in(c, k, styles, 3)) return 1;
  if (k == 0) return 0;
  k--;
  if (k > 0 && punct_is(c, k, c->nt, '.')) k--;
  return word_in(c, k, styles, 3);
}

/* The end of the name at tokens [a, b) before a Minang clan title written after it, "Dt" (datuk)
 * and the title's own words ("Fauzi Bahar Dt Nan Sati"), when two words of the name come first:
 * the person is called by the name before it ("kata Fauzi"). */
static int adat_title_word(const ctx *c, size_t k) {
  return word_eq(c, k, "Dt") || word_eq(c, k, "Datuk") || word_eq(c, k, "Datuak");
}

static size_t before_adat_title(const ctx *c, size_t a, size_t b) {
  for (size_t k = a + 2; k + 1 < b; k++)
    if (adat_title_word(c, k)) return k;
  return b;
}

/* The token after "Datuk Nan Sati" when the name at tokens [j, k) of two words or more is followed
 * by such a title (alone: "Datuk Seri" is a Malay honour before a name) and its own capitalised
 * words, or 0: the title closes the name, no form of address opening another. */
static size_t after_adat_title(const ctx *c, size_t j, size_t k, size_t limit) {
  if (k < j + 2 || k + 1 >= limit || !adat_title_word(c, k) || look(c, k, limit).n > 1 || !joined(c, k) ||
      !joined(c, k + 1) || !is_cap(&c->t[k + 1]) || look(c, k + 1, limit).n || strong_words(c, j, k) != k - j)
    return 0;
  for (size_t w = j; w < k; w++)  /* (words of a name no list knows: "Menteri Besar Johor Datuk X" is Malay) */
    if (look(c, w, w + 1).n) return 0;
  return k + 1 + name_run(c, k + 1, limit);
}

/* A single capital letter, its period maybe a token of its own, opens tokens [a, b): the token after
 * it, else 0. */
static size_t initial_opens(const ctx *c, size_t a, size_t b) {
  const kimput_token *t = &c->t[a];
  if (t->kind != KIMPUT_TOK_WORD || !is_cap(t)) return 0;
  size_t n = t->end - t->start;
  if (n == 2 && c->text[t->start + 1] == '.') return a + 1 < b ? a + 1 : 0;
  if (n != 1) return 0;
  size_t k = a + 1;
  if (k < b && punct_is(c, k, b, '.')) k++;
  return k < b ? k : 0;
}

static int32_t person_for_run(ctx *c, size_t a, size_t b, int *resolved) {
  b = without_degrees(c, a, b);  /* (the degrees closing a name are none of its words) */
  b = before_adat_title(c, a, b);
  int32_t glued = b == a + 1 && !is_cap(&c->t[a]) ? glued_person(c, a) : -1;
  if (glued >= 0) {  /* "el-Tayeb" alone after "Ahmed el-Tayeb" */
    *resolved = 1;
    return glued;
  }
  int32_t titled_nick = b == a + 1 ? nickname_of_titled(c, a) : -1;
  if (titled_nick >= 0) {
    register_words(c, c->text + c->t[a].start, c->t[a].end - c->t[a].start, titled_nick);
    *resolved = 1;
    return titled_nick;
  }
  /* "Bupati HWRS": capitals alone that spell a person's initials given before are that person */
  if (b == a + 1 && is_acronym(c, &c->t[a])) {
    int32_t pi = person_of_initials(c, &c->t[a]);
    if (pi >= 0) {
      *resolved = 1;
      return pi;
    }
  }
  /* "kata Wira, sapaan akrab Wali Kota": the person the gloss names, before any other with that word */
  if (b == a + 1 && b + 1 < c->nt && punct_is(c, b, c->nt, ',') && word_eq(c, b + 1, "sapaan")) {
    int32_t owner = nickname_owner(c, b);
    if (owner >= 0) {
      *resolved = 1;
      if (!kmap_put(&c->words, c->text + c->t[a].start, c->t[a].end - c->t[a].start, owner)) c->failed = 1;
      return owner;
    }
  }
  int32_t gaz = gaz_first_last(c, a, b);
  if (gaz < 0 && b - a >= 2) gaz = gaz_spelling(c, a, b);
  /* "Mendagri M. Tito Karnavian": an initial the list's name leaves out, before two words of it */
  size_t rest = initial_opens(c, a, b);
  if (gaz < 0 && rest && b - rest >= 2) {
    unit u = look(c, rest, b);
    gaz = u.n == b - rest && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON ? u.ent : gaz_first_last(c, rest, b);
    if (gaz >= 0) return person_for_gaz(c, rest, b, gaz, resolved);
  }
  if (gaz >= 0) return person_for_gaz(c, a, b, gaz, resolved);
  int32_t known = -1;
  size_t nknown = 0, nstrong = 0;
  int mixed = 0;
  for (size_t i = a; i < b; i++) {
    if (weak_word(c, i)) continue;
    nstrong++;
    int32_t e = kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
    /* "kata Al-Sulaiti" after "Fawziya Edrees Salman Al-Sulaiti": the name's words were kept
       without the particle (split at its hyphen), as "Al Maliki" is said "Maliki" */
    const char *w = c->text + c->t[i].start;
    if (e < 0 && b - a == 1 && c->t[i].end - c->t[i].start > 4 && (fold((unsigned char)w[0]) == 'a' ||
        fold((unsigned char)w[0]) == 'e') && fold((unsigned char)w[1]) == 'l' && w[2] == '-')
      e = kmap_get(&c->words, w + 3, c->t[i].end - c->t[i].start - 3);
    if (e < 0 || c->out->e[e].kind != KIMPUT_ENT_PERSON) continue;
    if (known >= 0 && e != known) mixed = 1;
    known = e;
    nknown++;
  }
  *resolved = 0;
  uint32_t s = c->t[a].start, e_off = name_stop(c, c->t[b - 1].end);
  if (known >= 0 && !mixed && nknown == nstrong && nstrong < c->out->e[known].nwords && told_as_new(c, a, b))
    known = -1, nknown = 0;  /* (a new entity below; its words now mean it) */
  int32_t husband = -1;  /* ("Ny. Rina Budi Santoso": his wife, a new person) */
  if (known >= 0 && !mixed && nstrong > c->out->e[known].nwords && wife_styled(c, a))
    husband = known, known = -1, nknown = 0;
  if (known >= 0 && !mixed) {
    ent *k = &c->out->e[known];
    /* the lead word as a nickname of the person ("... yang akrab disapa Kang Hendra") */
    if (b - a == 1 && lead_is(c, k, a) && speaker_place(c, a)) take_lead(c, known);
    if (k->shed_s && b - a < k->nwords) shed_first(c, known, a, b);
    if (nknown == nstrong) {
      *resolved = nstrong < k->nwords || k->gaz >= 0;
      if (k->gaz < 0 && nstrong > k->nwords) { k->name_s = s; k->name_e = e_off; k->nwords = (uint32_t)nstrong; }
      return known;
    }
    if (k->gaz < 0 && nknown == k->nwords && nstrong > k->nwords && c->cur_headline) {
      /* (not on a headline's line, whose title case goes on past the name with no more of it: "Wahyu
         Setiawan Tutup Mulut Ditanya Pilkada" after "Wahyu Setiawan" is still that name) */
      *resolved = 1;
      return known;
    }
    if (k->gaz < 0 && nknown == k->nwords && nstrong > k->nwords) {
      /* "Wahyu" met first, "Wahyu Setiawan" now: the same person, named in full */
      k->name_s = s;
      k->name_e = e_off;
      k->nwords = (uint32_t)nstrong;
      register_words(c, c->text + s, e_off - s, known);
      return known;
    }
  }
  if (mixed && nknown == nstrong) {
    int32_t whole = person_with_words(c, a, b, nstrong);
    if (whole >= 0) {
      *resolved = nstrong < c->out->e[whole].nwords || c->out->e[whole].gaz >= 0;
      return whole;
    }
  }
  if (nstrong == 1 && b - a == 1 && known < 0) {
    int32_t lead = lead_owner(c, a);
    if (lead >= 0) {  /* "tutur Hendra" after "Bupati Hendra Wiguna Saputra": the name in full */
      take_lead(c, lead);
      *resolved = 1;
      return lead;
    }
    int32_t owner = nickname_owner(c, b);
    if (owner < 0) owner = nickname_after_calling(c, a);
    if (owner >= 0) {  /* "kata Winny, sapaan akrabnya": Winny is the person named before */
      *resolved = 1;
      if (!kmap_put(&c->words, c->text + s, e_off - s, owner)) c->failed = 1;
      return owner;
    }
  }
  if (b - a >= 2 && b - a <= 3) {
    /* "ujar pria yang akrab disapa Bambang Pacul itu": a nickname of two or three words */
    int32_t owner = nickname_after_calling(c, a);
    if (owner >= 0) {
      *resolved = 1;
      register_words(c, c->text + s, e_off - s, owner);  /* ("kata Bambang Pacul" later: that person) */
      return owner;
    }
  }
  if (nstrong == 1 && b - a == 1) {
    int32_t nick = person_by_prefix(c, a);
    if (nick < 0 && (after_cue(c, a) || cue_after(c, a + 1, c->nt))) {
      nick = person_by_tail(c, a);
      /* ("ujar Alex" after "Alexander Rombe": next to a cue a short name of four bytes opens a word four
         bytes longer at least too; "Budi" is no "Budiman") */
      if (nick < 0) nick = person_by_word_part(c, a, 4, 4, NAME_WORD_OPENS);
      /* ("Masur" for "Masrur"; not a name a title or capitalised words open: "Humas PN X Fataronny" may
         introduce someone) */
      if (nick < 0 && !look(c, a, a + 1).n && (sentence_initial(c, a) || a == 0 || !is_cap(&c->t[a - 1])))
        nick = person_by_spelling(c, a);
    }
    if (nick >= 0) {  /* "Bu Risma" after "Tri Rismaharini", "kata Santo" after "Susanto" */
      *resolved = 1;
      if (!kmap_put(&c->words, c->text + s, e_off - s, nick)) c->failed = 1;
      return nick;
    }
    /* "kata Bruno" after "dicetak Bruno Moreira": that name in full */
    int32_t v = kmap_get(&c->words, c->text + c->t[a].start, c->t[a].end - c->t[a].start);
    size_t k = v < LOOSE_TWO ? LOOSE_TOKEN(v) : c->nt, n = k < c->nt ? name_run(c, k, c->nt) : 0;
    if (n >= 2) {
      s = c->t[k].start;
      e_off = name_stop(c, c->t[k + n - 1].end);
      nstrong = strong_words(c, k, k + n);
      *resolved = 1;
    }
  }
  int32_t id = new_entity(c, KIMPUT_ENT_PERSON, -1);
  if (id < 0) return -1;
  c->out->e[id].name_s = s;
  c->out->e[id].name_e = e_off;
  c->out->e[id].nwords = (uint32_t)(nstrong ? nstrong : 1);
  /* (a wife's own names only: the words of her husband's she carries go on meaning him) */
  uint32_t own = e_off;
  for (size_t i = a; husband >= 0 && i < b; i++)
    if (kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start) == husband) {
      own = c->t[i].start;
      break;
    }
  while (own > s && c->text[own - 1] == ' ') own--;
  register_words(c, c->text + s, own - s, id);
  return id;
}

/* The person a gazetteer form at tokens [a, b) means. A one-word alias
 * ("Kim") means the person of the document with that word first. */
static int32_t person_for_gaz(ctx *c, size_t a, size_t b, int32_t gaz, int *resolved) {
  *resolved = 0;
  int32_t id = imap_get(&c->by, BY_GAZ, gaz);
  if (b - a == 1 && c->lex->entities[gaz].nwords > 1 && id < 0) {
    /* a one-word alias means the person of the gazetteer when the document names
       them, else the person of the document with that word (Kim Tae-hyo) */
    int32_t e = kmap_get(&c->words, c->text + c->t[a].start, c->t[a].end - c->t[a].start);
    if (e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON) { *resolved = 1; return e; }
  }
  if (id >= 0) {
    *resolved = b - a == 1 && c->lex->entities[gaz].nwords > 1;
    return id;
  }
  id = new_entity(c, KIMPUT_ENT_PERSON, gaz);
  if (id < 0) return -1;
  const lex_entity *le = &c->lex->entities[gaz];
  register_words(c, c->lex->pool + le->name, le->name_len, id);
  /* (and its words as the text writes them: "Moon Jae-in ... Jae-in menyatakan") */
  if (b - a > 1) register_words(c, c->text + c->t[a].start, c->t[b - 1].end - c->t[a].start, id);
  return id;
}

/* After a person is named: remember the title and place that introduced it. */
/* "X bersilaturahmi dengan Kapolda Jawa Barat ... . Kapolda Jawa Barat, Irjen Pol Y, menyambut ...": the
 * holder of an office serving a place, named a few sentences after the office was named alone, held it
 * then too: those title mentions are theirs. */
static void settle_office(ctx *c, int32_t person, int32_t head, int32_t place) {
  size_t kept = 0;
  for (size_t k = 0; k < c->nunheld; k++) {
    if (c->unheld[k].head == head && c->unheld[k].place == place && c->si <= c->unheld[k].si + UNHELD_SENTENCES) {
      kimput_mention *m = &c->out->m[c->unheld[k].m];
      m->entity = person;
      m->flags |= KIMPUT_MENTIONF_RESOLVED;
    } else if (c->si <= c->unheld[k].si + UNHELD_SENTENCES) {
      c->unheld[kept++] = c->unheld[k];
    }
  }
  c->nunheld = kept;
}

/* Keeps the latest mention, an office serving a place with no holder known, for settle_office. */
static void keep_unheld(ctx *c, int32_t head, int32_t place) {
  if (c->failed || !c->out->nm || head < 0 || place < 0) return;
  if (c->nunheld == UNHELD_KEPT) {  /* (the oldest goes) */
    memmove(c->unheld, c->unheld + 1, (UNHELD_KEPT - 1) * sizeof c->unheld[0]);
    c->nunheld--;
  }
  c->unheld[c->nunheld].m = (uint32_t)(c->out->nm - 1);
  c->unheld[c->nunheld].head = head;
  c->unheld[c->nunheld].place = place;
  c->unheld[c->nunheld++].si = c->si;
}

static void remember(ctx *c, int32_t person, int32_t head, int32_t place) {
  if (person < 0) return;
  if (c->nunheld && head >= 0 && place >= 0) settle_office(c, person, head, place);
  ent *e = &c->out->e[person];
  if (place >= 0 && e->country < 0) e->country = place;
  if (head >= 0) e->head = head;
  if (head >= 0 && !imap_put(&c->by, BY_HEAD, head, person)) c->failed = 1;
  if (head >= 0 && place < 0 && !imap_put(&c->by, BY_HEAD_BARE, head, person)) c->failed = 1;
  if (e->country >= 0 && !imap_put(&c->by, BY_PLACE, e->country, person)) c->failed = 1;
  if (head >= 0 && e->country >= 0 && (c->lex->entries[head].classes & KIMPUT_LEX_LEADER) &&
      !imap_put(&c->by, BY_LEADER, e->country, person))
    c->failed = 1;
}

/* Tokens [a, b) less the degrees closing them, written with no comma ("Rudi Hartono SE Ak",
 * "Budi Santoso SSTP MSi"): where the first of them is, b when none (a, the first word, is never
 * one). A word the lexicon holds as a degree counts after another degree too ("Ak" after "SE"). */
static size_t before_degrees(const ctx *c, size_t a, size_t b, size_t limit) {
  size_t k = b;
  while (k > a + 1) {
    size_t p = k - 1;
    int deg = degree_end(c, p, limit) == p + 1 ||
              ((look(c, p, p + 1).cls & KIMPUT_LEX_DEGREE) && degree_end(c, p - 1, limit) == p);
    if (!deg) break;
    k = p;
  }
  return k;
}

/* Does an age in brackets stand at token k: "(60)", a number of one to three digits? */
static int age_follows(const ctx *c, size_t k, size_t end) {
  if (k + 2 >= end || !punct_is(c, k, end, '(') || c->t[k + 1].kind != KIMPUT_TOK_NUMBER || !punct_is(c, k + 2, end, ')'))
    return 0;
  size_t n = c->t[k + 1].end - c->t[k + 1].start;
  return n >= 1 && n <= 3;
}

/* The words of tokens [a, b) that can tell a name: not initials or particles. */
static size_t strong_words(const ctx *c, size_t a, size_t b) {
  size_t n = 0;
  for (size_t i = a; i < b; i++) n += !weak_word(c, i);
  return n;
}

/* ------------------------------------------------------------ title chains */

typedef struct {
  size_t start, end;        /* tokens of the chain, name included */
  size_t role_end;          /* the role is tokens [start, role_end) */
  size_t name_s, name_e;    /* the name's tokens; equal when the chain names nobody */
  int32_t gaz_person;       /* lexicon entity of the name, or -1 */
  int32_t head;             /* lexicon entry of the first title (not a rank), or -1 */
  int32_t last_head;        /* of the last title, when it stands right before the name, or -1 */
  int32_t prefix_head;      /* of a shorter title the first opens with, another office's name ("Kepala
                               Dinas" of "Kepala Dinas Kesehatan", which is "Kadinkes"), or -1 */
  int32_t place;            /* the first lexicon place in the chain, or -1 */
  size_t inner_s, inner_e;  /* a person named inside the role ("Kuasa Hukum Budi, Ani"), equal when none */
  size_t org_s, acr;        /* "Kepala Badan Riset (BR) X": the body's first token and its acronym's, 0 when none */
  size_t lead;              /* 1 + the unknown word taken for the place of a title serving one right
                               before a name of two words or more, 0 when none */
  int place_read;           /* appositive(): the words after a title serving a place were read as the place */
} chain;

static int cue_after(const ctx *c, size_t k, size_t end);

/* "(BPS)", "(Mensesneg)": a parenthesised acronym or short name at token i;
 * returns the index after ")" or 0. */
static size_t paren_name(const ctx *c, size_t i, size_t end) {
  if (!punct_is(c, i, end, '(') || i + 2 >= end) return 0;
  size_t j = i + 1;
  while (j < end && j - i <= 4 && is_cap(&c->t[j])) j++;
  if (j == i + 1 || !punct_is(c, j, end, ')')) return 0;
  return j + 1;
}

/* "kata juru bicara Kemenlu di Jakarta.", "kata Kapolres di Mapolres Garut,": "di"
 * at token j and one or two capitalised words closing the clause say where the
 * holder of the title spoke, not which title ("Duta Besar RI di Moskow Budi
 * Santoso", "di Moskow, Budi Santoso," go on to a name). */
static int where_spoken(const ctx *c, size_t j, size_t end) {
  const kimput_token *t = &c->t[j];
  if (t->end - t->start != 2 || c->text[t->start] != 'd' || c->text[t->start + 1] != 'i') return 0;
  size_t k = j + 1;
  while (k < end && k < j + 4 && joined(c, k) && is_cap(&c->t[k])) k++;
  if (k == j + 1 || k > j + 3) return 0;
  if (k >= end) return 1;
  if (c->t[k].kind == KIMPUT_TOK_WORD || punct_is(c, k, end, '(')) return 0;
  /* ", Budi Santoso," goes on to a name; ", Senin (3/3)" is the day it was said */
  return !(punct_is(c, k, end, ',') && k + 1 < end && is_cap(&c->t[k + 1]) &&
           !(look(c, k + 1, k + 2).cls & KIMPUT_LEX_CALENDAR));
}

/* Does a building or a body's seat open at token k ("Istana Merdeka", "Gedung DPR", "Kantor
 * Gubernur")? After "di" it says where a title's holder was, not the post of a diplomat named
 * next ("diterima Presiden di Istana Merdeka pada ...", "Duta Besar RI di Moskow X"). */
static int building_after(const ctx *c, size_t k, size_t end) {
  if (k >= end || !is_cap(&c->t[k])) return 0;
  unit u = look(c, k, end);
  return u.n && ((u.cls & KIMPUT_LEX_ORG_HEAD) || (u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_ORG));
}

/* "Kepala Bandara Kertajati Budi Santoso di Jakarta mengatakan": "di" at token j and one or
 * two capitalised words, then a lower-case word or the clause's end, say where the person
 * named before it was, not more of a body's name. */
static int where_met(const ctx *c, size_t j, size_t end) {
  if (where_spoken(c, j, end)) return 1;
  const kimput_token *t = &c->t[j];
  if (t->end - t->start != 2 || c->text[t->start] != 'd' || c->text[t->start + 1] != 'i') return 0;
  size_t k = j + 1;
  while (k < end && k < j + 4 && joined(c, k) && is_cap(&c->t[k])) k++;
  return k > j + 1 && k <= j + 3 && k < end && c->t[k].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[k]);
}

/* "Institute for Transportation and Development Policy (ITDP)", "Center for
 * Strategic and International Studies (CSIS)": capitalised words from token i,
 * short lower-case ones (for, of, and, dan) between them, that the
 * parenthesised acronym after them spells, initial by initial, name a body
 * whatever its language; returns the index of "(" or 0. */
static size_t spelled_words(const ctx *c, size_t i, size_t end, int need_between);
static size_t spelled_body(const ctx *c, size_t i, size_t end) { return spelled_words(c, i, end, 1); }

/* spelled_body, with the short lower-case word between capitals asked for only when
 * need_between (after an organisation head no person's initials are spelled: "Aliansi
 * Jurnalis Independen (AJI)"). */
static size_t spelled_words(const ctx *c, size_t i, size_t end, int need_between) {
  char initials[SPELLED_MAX];
  size_t n = 0, j = i, between = 0;
  /* (the first word may open its line: "Aliansi Jurnalis Independen (AJI) menilai ...") */
  for (; j < end && j < i + 2 * SPELLED_MAX && c->t[j].kind == KIMPUT_TOK_WORD && (j == i || joined(c, j)); j++) {
    if (is_cap(&c->t[j])) {
      if (n == SPELLED_MAX) return 0;
      initials[n++] = c->text[c->t[j].start];
    } else if (c->t[j].end - c->t[j].start > 4 || j == i || !is_cap(&c->t[j - 1]) ||
               (look(c, j, j + 1).cls & KIMPUT_LEX_PARTICLE)) {
      return 0;  /* one short word between capitals: "for", "of", "dan" (not "bin", "van") */
    } else {
      between++;
    }
  }
  /* (a person's initials spell a name too: "Andi Rahmat Saleh (ARS)"; a name has no "for") */
  if (n < 2 || (need_between && !between) || !is_cap(&c->t[j - 1]) || !punct_is(c, j, end, '(') || j + 2 >= end ||
      !punct_is(c, j + 2, end, ')'))
    return 0;
  const kimput_token *a = &c->t[j + 1];
  if (!is_acronym(c, a) || a->end - a->start != n) return 0;
  return memcmp(c->text + a->start, initials, n) == 0 ? j : 0;
}

/* Can the letters a[0..n) be made of the words of tokens [k, e), each capitalised word giving the
 * first one or more of its letters, in order (case aside), a short lower-case word none or some?
 * (Which letters are made after each word is kept as bits: no search back, a bounded walk.) */
static int syllables_make(const ctx *c, size_t k, size_t e, const char *a, size_t n) {
  uint32_t made = 1;  /* bit p: a[0..p) made by the words so far (n < 32) */
  for (; k < e && made; k++) {
    const kimput_token *t = &c->t[k];
    size_t most = t->end - t->start;
    uint32_t next = is_cap(t) ? 0 : made;
    for (size_t p = 0; p < n; p++) {
      if (!((made >> p) & 1)) continue;
      for (size_t l = 1; l <= most && p + l <= n; l++) {
        if (fold((unsigned char)c->text[t->start + l - 1]) != fold((unsigned char)a[p + l - 1])) break;
        next |= (uint32_t)1 << (p + l);
      }
    }
    made = next;
  }
  return (made >> n) & 1;
}

/* "Asosiasi Musik Sukamaju (Amus)", "Himpunan Pengusaha Muda Indonesia (Hipmi)": capitalised words from
 * token i (a body's head word, short lower-case words between them), then a word in brackets made of
 * their first letters in order, as Indonesian short names of bodies are; the index of "(" or 0. (Only
 * after a body's head word: a person's nickname is made so too, "Hendra Wiratama (Hewi)".) */
static size_t abbreviated_body(const ctx *c, size_t i, size_t end) {
  size_t j = i, caps = 0;
  for (; j < end && j < i + 2 * SPELLED_MAX && c->t[j].kind == KIMPUT_TOK_WORD && (j == i || joined(c, j)); j++) {
    if (is_cap(&c->t[j])) caps++;
    else if (c->t[j].end - c->t[j].start > 4 || !is_cap(&c->t[j - 1])) return 0;
  }
  if (caps < 2 || caps > SPELLED_MAX || !is_cap(&c->t[j - 1]) || !punct_is(c, j, end, '(') || j + 2 >= end ||
      !punct_is(c, j + 2, end, ')'))
    return 0;
  const kimput_token *a = &c->t[j + 1];
  size_t n = a->end - a->start;
  if (a->kind != KIMPUT_TOK_WORD || !is_cap(a) || n < 3 || n > 2 * SPELLED_MAX) return 0;
  for (uint32_t x = a->start; x < a->end; x++)
    if (!((c->text[x] >= 'a' && c->text[x] <= 'z') || (c->text[x] >= 'A' && c->text[x] <= 'Z'))) return 0;
  return syllables_make(c, i, j, c->text + a->start, n) ? j : 0;
}

/* Tokens [a, b) are one place of the gazetteer ("Jakarta Selatan"). */
static int known_place(const ctx *c, size_t a, size_t b) {
  unit u = look(c, a, b);
  return u.n == b - a && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PLACE;
}

/* Tokens [a, b) of a name's run after a title: a capitalised word no list and no earlier mention
 * knows (no acronym: those are read as bodies already), a place the lexicon knows, then two strong
 * words of a name at least (one is a family name a place is a word of: "Pengacara Rudi Paris
 * Hutauruk")? */
static size_t office_of_place(const ctx *c, size_t a, size_t b, size_t most) {
  size_t k = a;  /* (two such words: "Menteri Pemberdayaan Nelayan Kecil Indonesia X Y", after a qualifier) */
  for (; k < a + most && k < b; k++) {
    unit u = look(c, k, k + 1);  /* (a noun for a person is a word of an office's name too: "Nelayan Kecil") */
    if (!is_cap(&c->t[k]) || is_acronym(c, &c->t[k]) || (u.n && (most == 1 || u.ent >= 0 ||
                                                           (u.cls & ~KIMPUT_LEX_PERSON_NOUN))) ||
        kmap_get(&c->words, c->text + c->t[k].start, c->t[k].end - c->t[k].start) >= 0)
      break;
  }
  if (k == a) return 0;
  unit p = look(c, k, b);
  if (!p.n || p.ent < 0 || ent_kind(c, p.ent) != KIMPUT_ENT_PLACE || k + p.n >= b) return 0;
  return strong_words(c, k + p.n, b) >= 2 ? k + p.n : 0;
}

/* A rank or honorific at token k opens the name after it: "AKBP Yudi", and
 * "Dr. Ani", "dr. Ani" (abbreviated with its period, though Dr. is a title too). */
static size_t honour_apostrophe(const ctx *c, size_t k, size_t limit);

static int rank_opens_name(const ctx *c, size_t k, size_t limit) {
  unit v = look(c, k, limit);
  if (!v.n || !(v.cls & KIMPUT_LEX_RANK)) return 0;
  const kimput_token *last = &c->t[k + v.n - 1];  /* the tokenizer keeps "dr." whole */
  if ((v.cls & KIMPUT_LEX_TITLE) && c->text[last->end - 1] != '.') {
    /* a word both title and rank (Kapten, Mayor) is the rank when its corps follows: "Kapten Inf X" */
    unit w = k + v.n < limit && joined(c, k + v.n) ? look(c, k + v.n, limit) : (unit){0};
    if (!w.n || !(w.cls & KIMPUT_LEX_RANK) || (w.cls & KIMPUT_LEX_TITLE)) return 0;
    k += w.n;
  }
  size_t e = k + v.n;
  e += honour_apostrophe(c, e, limit);  /* "..., Dato' Seri X" */
  return e < limit && joined(c, e) && is_cap(&c->t[e]);
}

static int cue_after(const ctx *c, size_t k, size_t end);

/* "Danramil Cikarang, Kapten Budi Hartono, mengatakan": a word both title and rank at token k,
 * no corps after it, then a name of two words or more no list knows, set off by a comma, a
 * stop or a cue: after a title serving a place and its place, the rank of that name. */
static int rank_name_set_off(const ctx *c, size_t k, size_t end) {
  unit v = look(c, k, end);
  if (v.n != 1 || !(v.cls & KIMPUT_LEX_RANK) || !(v.cls & KIMPUT_LEX_TITLE) || k + 1 >= end || !joined(c, k + 1) ||
      !is_cap(&c->t[k + 1]) || is_acronym(c, &c->t[k + 1]) || look(c, k + 1, end).n)
    return 0;
  size_t n = name_run(c, k + 1, end), after = k + 1 + n;
  return n >= 2 && strong_words(c, k + 1, after) == n &&
         (after >= end || punct_is(c, after, end, ',') || punct_is(c, after, end, '.') || cue_after(c, after, end));
}

/* "Kepala Desa Sidomulyo, Kabupaten Demak, Suparno": at the comma at token k, the units the place
 * lies in (Kabupaten, Kota, Kecamatan, Provinsi ...; up to three: "Lurah X, Kecamatan Y, Kota Z,")
 * each with its name and a comma (and a known place after one: "Kecamatan Y, Klaten,"), then a
 * name: the token of the last comma; 0 otherwise. */
static size_t place_in_unit_set_off(const ctx *c, size_t k, size_t end) {
  static const char *const units[] = {"kabupaten", "kota", "kecamatan", "provinsi", "kelurahan", "desa", "kab.",
                                      "kec.", "kab", "kec"};
  for (int level = 0; level < 3; level++) {
    if (!punct_is(c, k, end, ',') || k + 2 >= end || !word_in(c, k + 1, units, sizeof units / sizeof *units) ||
        !is_cap(&c->t[k + 1]))
      return 0;
    size_t e = k + 2;
    if (punct_is(c, e, end, '.')) e++;  /* "Kab. Demak" read as two tokens */
    size_t first = e;
    while (e < end && e < first + 3 && joined(c, e) && is_cap(&c->t[e])) e++;
    if (e == first || !punct_is(c, e, end, ',') || e + 1 >= end || !is_cap(&c->t[e + 1]) ||
        is_acronym(c, &c->t[e + 1]))
      return 0;
    /* (a known place after the unit, its regency: "..., Kecamatan Y, Klaten, Sumarno,") */
    size_t g = e + 1;
    while (g < end && g < e + 4 && is_cap(&c->t[g]) && (g == e + 1 || joined(c, g))) g++;
    if (g > e + 1 && known_place(c, e + 1, g) && punct_is(c, g, end, ',') && g + 1 < end && is_cap(&c->t[g + 1]) &&
        !is_acronym(c, &c->t[g + 1]) && !known_place(c, g + 1, g + 2))
      e = g;
    if (!word_in(c, e + 1, units, sizeof units / sizeof *units)) {
      size_t q = e + 1;  /* (past an honorific or a rank: "..., Kecamatan X, H. Slamet Riyadi,") */
      for (int r = 0; r < 2 && q < end && (look(c, q, end).cls & KIMPUT_LEX_RANK); r++) q += look(c, q, end).n;
      return name_run(c, q, end) ? e : 0;
    }
    k = e;  /* another unit: "..., Kota Bandung," */
  }
  return 0;
}

static int sentence_initial(const ctx *c, size_t i);

/* "Bupati Andi Rahman, AKBP Budi Santoso, dan camat": the rank at token k and the name after it
 * go on to "dan", "serta" or another capitalised name after a comma, one of a list of people. */
static int listed_after_rank(const ctx *c, size_t k) {
  size_t e = k + look(c, k, c->nt).n;
  e += name_run(c, e, c->nt);
  e = degrees_after(c, e, c->nt);  /* past the degrees: "Kompol X, S.IK," */
  if (!punct_is(c, e, c->nt, ',') || e + 1 >= c->nt) return 0;
  return word_eq(c, e + 1, "dan") || word_eq(c, e + 1, "serta") || is_cap(&c->t[e + 1]);
}

/* Is the name at token i part of a facility's name ("Tol Layang MBZ",
 * "Stadion Gelora Bung Karno", "Jalan Jenderal Sudirman", "Bandara Internasional
 * Sultan Hasanuddin"): a capitalised word naming a road, building or site (the
 * facilities of lexicon/titles.lua) right before it on its line, or before
 * the capitalised words of a unit's name after it (Internasional, Utama)? Streets,
 * airports and stadiums bear the names and titles of heroes: no one is
 * mentioned there. */
static int named_after(const ctx *c, size_t i) {
  for (size_t k = i, words = 0; k > 0 && words < 3 && is_cap(&c->t[k - 1]) && joined(c, k); k--, words++) {
    uint32_t cls = look(c, k - 1, i).cls;
    if (cls & KIMPUT_LEX_FACILITY) return 1;
    if (!(cls & KIMPUT_LEX_QUALIFIER)) return 0;
  }
  return 0;
}

/* Where a name opens whose given name is token m of a capitalised run from token a: at the
 * word or two before m that no lexicon knows, when a place the gazetteer knows ends right
 * before them ("Ketua Bawaslu Jabar Zacky Muhammad Zam Zam": the body had its place, and
 * Muhammad is a middle name); at m otherwise; 0 when that is a itself or a follows a rank
 * (the run opens the name). */
static size_t name_after_place(const ctx *c, size_t a, size_t m) {
  for (size_t w = 1; w <= 2 && w <= a; w++)  /* "AKBP Rizki Muhammad Yusuf": a rank opens the name */
    if (joined(c, a) && look(c, a - w, a).n == w && (look(c, a - w, a).cls & KIMPUT_LEX_RANK)) return 0;
  for (size_t e = m - 1; e >= a && e + 2 >= m && e > 0; e--) {
    if (!joined(c, e) || !joined(c, e + 1) || !is_cap(&c->t[e]) || look(c, e, e + 1).n) break;
    for (size_t w = 1; w <= 3 && w <= e; w++)
      if (known_place(c, e - w, e)) return e > a ? e : 0;
  }
  return m;
}

/* The token of a word that opens a person's name (Muhammad, Siti: the given names of
 * lexicon/titles.lua) inside the capitalised run [a, b) after a title, with two words
 * or more of the name after it and the run's first word before it: the words before
 * it are a body's or a place's name no list holds. 0 when none. */
static size_t given_in(const ctx *c, size_t a, size_t b) {
  if (look(c, a, b).cls & KIMPUT_LEX_GIVEN) return 0;  /* the run opens the name: "La Ode Muhammad Syukur" */
  for (size_t m = a + 1; m + 1 < b; m++)  /* (of a word or two: "La Ode") */
    if (is_cap(&c->t[m]) && (look(c, m, b).cls & KIMPUT_LEX_GIVEN)) return name_after_place(c, a, m);
  return 0;
}

/* "Informasi dan Diplomasi Publik Kemlu X", "Informasi dan Komunikasi Kebencanaan BNPB X": the
 * capitalised words from token q (the last part of a unit's name after "dan") go on, after
 * one word at least, to a body: an organisation head, a body the lexicon knows or an acronym
 * (no title or rank between: "Bupati Budi dan Kepala BPBD Ani" lists two people). */
static int body_ahead(const ctx *c, size_t q, size_t limit) {
  for (size_t k = q; k < limit && k < q + 8 && joined(c, k) && is_cap(&c->t[k]);) {
    unit v = look(c, k, limit);
    if (v.n && (v.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK))) return 0;
    if (k > q && ((v.n && ((v.cls & KIMPUT_LEX_ORG_HEAD) || (v.ent >= 0 && ent_kind(c, v.ent) == KIMPUT_ENT_ORG))) ||
                  (!v.n && is_acronym(c, &c->t[k]))))
      return 1;
    k += v.n ? v.n : 1;
  }
  return 0;
}

/* From token q, capitalised words (a number among them) to a comma, then a person's name set
 * off (a comma, a stop or a cue after it): "... Bandara Soekarno-Hatta, Holik Muardi,". The
 * comma's token, 0 when the words do not end so. */
static size_t comma_name_ahead(const ctx *c, size_t q, size_t limit) {
  size_t k = q;
  while (q < limit && q < k + 8 && joined(c, q) && (is_cap(&c->t[q]) || c->t[q].kind == KIMPUT_TOK_NUMBER)) q++;
  if (!punct_is(c, q, limit, ',') || q + 1 >= c->nt || !is_cap(&c->t[q + 1])) return 0;
  unit u = look(c, q + 1, c->nt);  /* no word the lexicon knows, but a given name ("Teuku X") */
  if (u.n && !(u.n == 1 && u.ent < 0 && (u.cls & KIMPUT_LEX_GIVEN) && !(u.cls & STOPS_NAME))) return 0;
  size_t n = name_run(c, q + 1, c->nt), after = q + 1 + n;
  return n >= 2 && (after >= c->nt || punct_is(c, after, c->nt, ',') || punct_is(c, after, c->nt, '.') ||
                    cue_after(c, after, c->nt))
             ? q
             : 0;
}

/* "Bidang Politik, Hukum, dan Keamanan", "Pusat Data, Informasi, dan Komunikasi
 * Kebencanaan": at the comma j inside a title chain, a list of the parts a unit's
 * name joins, closed by "dan" or "serta" and the first word of its last part (the
 * chain reads on from there). A word at least of the parts, or the one before the
 * comma, is a qualifier of the lexicon, and none a title, a rank or a name the
 * lexicon knows: names in a list ("Kontras, Budi, dan Ani") are no unit's. The
 * token after the list, 0 when none. */
static size_t unit_list_end(const ctx *c, size_t j, size_t limit) {
  static const char *const ands[] = {"dan", "serta"};
  const uint32_t stops = KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_JURISDICTION;
  if (j == 0 || !is_cap(&c->t[j - 1])) return 0;
  int qual = 0;  /* the words before the comma end a qualifier ("Sumber Daya Air") */
  for (size_t b = j; b-- > 0 && b + 3 >= j && !qual;) {
    unit u = look(c, b, j);
    qual = u.n == j - b && (u.cls & KIMPUT_LEX_QUALIFIER);
  }
  size_t p = j, bare_end = 0;
  for (int parts = 0; parts < 6; parts++) {
    if (punct_is(c, p, limit, ',')) p++;
    int last = p < limit && word_in(c, p, ands, 2);
    if (last) p++;
    else if (parts > 0 && !punct_is(c, p - 1, limit, ',')) return 0;
    size_t words = 0;
    while (words < (last ? 1u : 3u) && p < limit && joined(c, p) && is_cap(&c->t[p])) {
      unit u = look(c, p, p + 1);
      if (u.ent >= 0 || (u.cls & stops) || is_acronym(c, &c->t[p])) return 0;
      qual |= (u.cls & KIMPUT_LEX_QUALIFIER) != 0;
      p++;
      words++;
    }
    if (!words) return 0;
    if (last) return qual ? (bare_end ? bare_end : p) : 0;
    if (punct_is(c, p, limit, ',')) continue;
    /* "Sumber Daya Air, Bina Marga dan Bina Konstruksi Kota Medan, Topan Ginting": no comma
       before the last part; a list of people ("Kesehatan, Budi Santoso dan Ani Lestari
       mengatakan") is told from it by the name after the unit's, past a comma */
    if (!word_in(c, p, ands, 2)) return 0;
    /* (or a body after it: "Pusat Data, Informasi dan Komunikasi Kebencanaan BNPB X") */
    /* (or a qualifier of the lexicon after "dan", the name right after the list: "Bidang Politik, Hukum dan
       Keamanan X") */
    if (!(bare_end = comma_name_ahead(c, p + 1, limit)) && !body_ahead(c, p + 1, limit) &&
        !(qual && p + 1 < limit && joined(c, p + 1) && is_cap(&c->t[p + 1]) &&
          (look(c, p + 1, p + 2).cls & KIMPUT_LEX_QUALIFIER)))
      return 0;
    /* (the last part's words, up to that comma, are the unit's) */
  }
  return 0;
}

/* "Tuban Sitompul", "Intan Jaya Putri": a place of one or two words (many
 * regencies are given names too) that one or two capitalised words no lexicon
 * knows follow on its line, then a word in lower case or a mark (not a headline's
 * capitals: "Kudus Gelar Festival Kretek"), is a person's name, not the place,
 * where a name opens (the clause's start, after a cue: "kata Tuban Sitompul";
 * not "warga Kudus Budi Santoso"); alone, a one-word place is that person again
 * ("tulis Kendal"), unless it follows a word of place (di Kendal). */
static int place_opens_name(const ctx *c, size_t i, size_t end, unit u) {
  if (ent_kind(c, u.ent) != KIMPUT_ENT_PLACE || is_acronym(c, &c->t[i]) || u.n > 2) return 0;
  size_t k = i + u.n;
  if (k < end && joined(c, k) && is_cap(&c->t[k])) {
    int opens = i == 0 || c->t[i - 1].kind != KIMPUT_TOK_WORD || sentence_initial(c, i) ||
                (look(c, i - 1, i).cls & (LEX_CUE_CLASSES | KIMPUT_LEX_CUE_AFTER));
    size_t run = opens && !is_acronym(c, &c->t[k]) && !look(c, k, end).n ? name_run(c, k, end) : 0;
    return run > 0 && run <= 2 && k + run < end && !(c->t[k + run].flags & KIMPUT_TOKF_NEWLINE) &&
           !is_cap(&c->t[k + run]);
  }
  if (u.n > 1) return 0;
  int32_t p = kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
  if (p < 0 || c->out->e[p].kind != KIMPUT_ENT_PERSON) return 0;
  static const char *const where[] = {"di", "ke", "dari", "asal", "wilayah", "daerah", "kabupaten", "kota", "warga"};
  for (size_t w = 0; i > 0 && w < sizeof where / sizeof *where; w++)
    if (word_eq(c, i - 1, where[w])) return 0;
  return 1;
}

/* The lower-case words from i that say a title's field or kind ("pengamat
 * transportasi publik", "penyanyi dangdut", "guru honorer") before a name:
 * one or two words no lexicon knows (not a verb: me-, di-, ber-), with the
 * institution words of the lexicon among them, and a capitalised word that
 * is no title after them. The token after the words, i when there are none. */
static size_t field_words(const ctx *c, size_t i, size_t limit) {
  size_t k = i;
  int unknown = 0;
  for (; k < limit && k < i + 3; k++) {
    const kimput_token *t = &c->t[k];
    if (t->kind != KIMPUT_TOK_WORD || is_cap(t) || (k > i && !joined(c, k)) || t->end - t->start < 3) break;
    const char *w = c->text + t->start;
    size_t n = t->end - t->start;
    if ((w[0] == 'm' && w[1] == 'e') || (w[0] == 'd' && w[1] == 'i') || !memcmp(w, "ber", 3)) return i;
    /* "tegaskan", "sampaikan": a verb; "kebijakan", "perikanan": a noun of a field */
    if (n > 5 && !memcmp(w + n - 3, "kan", 3) && !(w[0] == 'k' && w[1] == 'e') && !(w[0] == 'p' && w[1] == 'e'))
      return i;
    unit u = look(c, k, k + 1);
    if (u.n && (u.ent >= 0 || (u.cls & ~(uint32_t)KIMPUT_LEX_QUALIFIER))) return i;
    if (!u.n && ++unknown > 2) return i;
  }
  if (k >= limit || !joined(c, k) || !is_cap(&c->t[k])) return i;
  /* a body's head after two words of a field goes on to the body and the name ("pakar hukum
     pidana Universitas Trisakti X", words of the lexicon or not: the field is two words, a
     verb one) */
  unit after = look(c, k, limit);
  int two = k - i >= 2 || (i > 0 && c->t[i - 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i - 1]));
  if ((after.cls & KIMPUT_LEX_ORG_HEAD) && two && !(after.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK |
                                                                       KIMPUT_LEX_NOT_NAME | KIMPUT_LEX_CALENDAR)))
    return k;
  /* ("pengamat kebijakan publik Trubus R": words of the lexicon's only, a word no list knows after them) */
  if (!unknown && after.n) return i;
  /* the name: not a title, an office or a body's word ("Gubernur minta Pemkab X" names nobody) */
  if (after.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_NOT_NAME | KIMPUT_LEX_CALENDAR |
                   KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_QUALIFIER))
    return i;
  return k;
}

/* Was the word at token j read as a title's body or place before a name earlier in the document? */
static int body_word(const ctx *c, size_t j) {
  const kimput_token *t = &c->t[j];
  for (unsigned r = 0; r < LEADS_KEPT && r < c->nbody; r++) {
    unsigned x = (c->nbody - 1 - r) % LEADS_KEPT;
    if (c->body_e[x] - c->body_s[x] == t->end - t->start &&
        fold_eq(c->text + c->body_s[x], t->end - t->start, c->text + t->start, t->end - t->start))
      return 1;
  }
  return 0;
}

/* At token k, "dan" (or "serta", "&") and capitalised words to a comma, then a
 * person's name set off (a comma, a stop or a cue after it): the words are a
 * unit's, the name its head's ("... Prasarana dan Sarana Pertanian Distan
 * Jember, Imam Sudrajat,"). */
static int name_after_unit(const ctx *c, size_t k, size_t limit) {
  static const char *const ands[] = {"dan", "serta", "&"};
  if (!word_in(c, k, ands, 3) || k + 1 >= limit || !joined(c, k + 1) || !is_cap(&c->t[k + 1])) return 0;
  return comma_name_ahead(c, k + 1, limit) || body_ahead(c, k + 1, limit);
}

/* Is the form of address at token j a Korean surname ("Kang", "Bang", "Pak"): a given name romanized
 * with a hyphen, its second part in lower case, right after it ("Kang Yu-jung", "Bang Si-hyuk",
 * "Pak Myong-ho"), or alone, a person's so named before ("kata Kang", "ujar Pak")? */
static int korean_surname_at(const ctx *c, size_t j) {
  static const char *const surnames[] = {"kang", "bang", "pak"};
  if (j >= c->nt || !is_cap(&c->t[j]) || !word_in(c, j, surnames, sizeof surnames / sizeof *surnames)) return 0;
  /* "Kim Kang Il", "Park Bang Ho": after a word of a name (none the lexicon knows, or a person's), before
     another, a syllable of the given name (not "Bandung Kang Emil": a place, then the form of address;
     nor "Pak", the commonest form of address, after any name: "Lurah Sukamaju Pak Ahmad") */
  if (j > 0 && j + 1 < c->nt && joined(c, j) && is_cap(&c->t[j - 1]) && c->t[j - 1].kind == KIMPUT_TOK_WORD &&
      !word_eq(c, j, "pak") &&
      joined(c, j + 1) && is_cap(&c->t[j + 1]) && !look(c, j + 1, j + 2).n) {
    unit p = look(c, j - 1, j);
    if (!p.n || (p.ent >= 0 && ent_kind(c, p.ent) == KIMPUT_ENT_PERSON)) return 1;
  }
  /* "Menlu Korea Utara Pak Ui Chun": right after Korea's name, before two syllables of a given name no
     list knows, "Pak" is the surname too */
  if (j > 1 && j + 2 < c->nt && joined(c, j) && joined(c, j + 1) && joined(c, j + 2) && is_cap(&c->t[j + 1]) &&
      is_cap(&c->t[j + 2]) && !look(c, j + 1, j + 2).n && !look(c, j + 2, j + 3).n &&
      (word_eq(c, j - 1, "korut") || word_eq(c, j - 1, "korsel") || word_eq(c, j - 1, "korea") ||
       (word_eq(c, j - 2, "korea") && (word_eq(c, j - 1, "utara") || word_eq(c, j - 1, "selatan")))))
    return 1;
  if (j + 1 >= c->nt || !joined(c, j + 1) || !is_cap(&c->t[j + 1])) {
    int32_t e = kmap_get(&c->words, c->text + c->t[j].start, c->t[j].end - c->t[j].start);
    return e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON;
  }
  const char *w = c->text + c->t[j + 1].start;
  const char *h = memchr(w, '-', c->t[j + 1].end - c->t[j + 1].start);
  return h && h + 1 < c->text + c->t[j + 1].end && h[1] >= 'a' && h[1] <= 'z';
}

/* May the title word u at token j, no rank and serving no place, open a person's name: a word or
 * more of a name no list knows after it, set off by a comma, a stop, a cue or a verb (not more of
 * a title: "Koordinator Bidang ...")? */
static int title_opens_name(const ctx *c, unit u, size_t j, size_t limit, size_t end) {
  /* (not a noun of a trade: "Ketua Kadin Pengusaha X" describes X) */
  if (u.n != 1 || !(u.cls & KIMPUT_LEX_TITLE) ||
      (u.cls & (KIMPUT_LEX_RANK | KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_PERSON_NOUN)) ||
      !is_cap(&c->t[j]) || j + 1 >= limit || !joined(c, j + 1) || !is_cap(&c->t[j + 1]) ||
      is_acronym(c, &c->t[j + 1]))
    return 0;
  unit v = look(c, j + 1, limit);  /* (a month or a given name may open it: "Raja Juli Antoni", "Ratu Siti X") */
  if (v.n && !calendar_word(v) && !(v.n == 1 && v.ent < 0 && (v.cls & STOPS_NAME) == 0 && (v.cls & KIMPUT_LEX_GIVEN)))
    return 0;
  size_t n = name_run(c, j + 1, limit), after = j + 1 + n;
  if (!n || strong_words(c, j + 1, after) != n) return 0;
  return after >= c->nt || punct_is(c, after, c->nt, ',') || punct_is(c, after, c->nt, '.') ||
         cue_after(c, after, end) || verb_follows(c, after, end);
}

/* "mantan Kapolda Metro Jaya itu": after a title serving a place, two or three words no person is
 * known by at token j (run of them), "itu" or "tersebut" closing them: the place of a description. */
static int place_described(const ctx *c, size_t j, size_t run, size_t end) {
  if (run < 2 || run > 3 || j + run >= end || !joined(c, j + run) ||
      !(look(c, j + run, end).cls & KIMPUT_LEX_DESC_END))
    return 0;
  for (size_t w = j; w < j + run; w++)
    if (kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) >= 0) return 0;
  return 1;
}

/* The length of a place of one to three words the text named before after a word of jurisdiction
 * (c->told_s), opening the run of run words at token j and leaving a word at least after it; 0 when
 * none. (A ring of PLACES_KEPT: a bounded look.) */
static size_t place_told(const ctx *c, size_t j, size_t run) {
  for (unsigned r = 0; r < PLACES_KEPT && r < c->ntold; r++) {
    size_t a = c->told_s[r], n = c->told_n[r], w = 0;
    if (n >= run || a == j) continue;
    while (w < n && c->t[a + w].end - c->t[a + w].start == c->t[j + w].end - c->t[j + w].start &&
           fold_eq(c->text + c->t[a + w].start, c->t[a + w].end - c->t[a + w].start, c->text + c->t[j + w].start,
                   c->t[j + w].end - c->t[j + w].start))
      w++;
    if (w == n) return n;
  }
  return 0;
}

/* "pelatih Putra Bahari Dodi Kurniawan" after "Baik Tunas Jaya maupun Putra Bahari tampil …": the two words at
 * token j stood alone earlier in the text (TOLD_BACK tokens back at most), no capitalised word right
 * before or after them there: the team's or the body's name, the name after them. */
static int pair_told_alone(const ctx *c, size_t j) {
  enum { TOLD_BACK = 600 };
  if (j + 1 >= c->nt) return 0;
  const kimput_token *a = &c->t[j], *b = &c->t[j + 1];
  for (size_t k = j > TOLD_BACK ? j - TOLD_BACK : 0; k + 2 < j; k++) {
    const kimput_token *x = &c->t[k], *y = &c->t[k + 1];
    if (x->end - x->start != a->end - a->start || y->end - y->start != b->end - b->start || !joined(c, k + 1) ||
        memcmp(c->text + x->start, c->text + a->start, a->end - a->start) ||
        memcmp(c->text + y->start, c->text + b->start, b->end - b->start))
      continue;
    if ((k > 0 && joined(c, k) && is_cap(&c->t[k - 1])) || (joined(c, k + 2) && is_cap(&c->t[k + 2]))) continue;
    return 1;
  }
  return 0;
}

/* Is token k "Kelas" or "Tipe" and the grade after it: a roman numeral with a letter or not (I, II, IIA,
 * IIIB), a number of a digit or two, or one letter (Tipe A)? */
static int grade_at(const ctx *c, size_t k, size_t limit) {
  static const char *const grades[] = {"kelas", "tipe"};
  if (k + 1 >= limit || !is_cap(&c->t[k]) || !word_in(c, k, grades, 2) || !joined(c, k + 1)) return 0;
  const kimput_token *g = &c->t[k + 1];
  size_t n = g->end - g->start;
  if (g->kind == KIMPUT_TOK_NUMBER) return n <= 2;
  if (g->kind != KIMPUT_TOK_WORD || n > 5) return 0;
  const char *s = c->text + g->start;
  size_t r = 0;
  while (r < n && (s[r] == 'I' || s[r] == 'V' || s[r] == 'X')) r++;
  if (r == n) return 1;
  return n - r == 1 && s[r] >= 'A' && s[r] <= 'C';  /* IIA, IIB; "A" alone too */
}

/* Is token t a physician's specialist degree written after a name (SpA, SpOG, SpPD): a word of
 * three or four letters, "Sp" and capitals? */
static int specialist_degree(const ctx *c, const kimput_token *t) {
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  if (n < 3 || n > 4 || s[0] != 'S' || s[1] != 'p') return 0;
  for (size_t k = 2; k < n; k++)
    if (s[k] < 'A' || s[k] > 'Z') return 0;
  return 1;
}

/* "Ketua Umum Hipmi Akbar Himawan Buchari": the head of an organisation (Ketua Umum, Sekjen) is
 * named with it right after the title; a run of four words or more at token j, none a word a list
 * or the document knows, starts with the body written as a word (Hipmi, Apindo). */
static int org_named_as_word(const ctx *c, size_t j, size_t run) {
  static const char *const heads[] = {"umum", "ketum", "waketum", "sekjen", "sekum"};
  if (run < 4 || j == 0 || !word_in(c, j - 1, heads, 5) || strong_words(c, j, j + run) != run) return 0;
  for (size_t w = j; w < j + run; w++)
    if (look(c, w, w + 1).n || kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) >= 0)
      return 0;
  return 1;
}

/* "Kapten Arema Johan Alfarizi": "Kapten" opening the chain right before token j, no corps between
 * (an officer's is written "Kapten Inf X"), then a run of three words or more, none a word a list
 * or the document knows, the first no given name: a team's captain, the run opening with the team
 * (a later mention of the word alone tells when it was the name's). No other rank heads a team:
 * "Jenderal Agus Subiyanto Wibowo", "Dr. Budi Santoso Wijaya" are names whole, and so is an
 * officer's after another title ("Danramil Kapten Budi Santoso Wijaya"). */
static int team_after_rank(const ctx *c, size_t i, size_t j, size_t run) {
  if (run < 3 || j != i + 1 || !joined(c, j) || !word_eq(c, i, "kapten") || strong_words(c, j, j + run) < 3)
    return 0;
  unit r = look(c, j - 1, j);
  if (r.n != 1 || (r.cls & (KIMPUT_LEX_RANK | KIMPUT_LEX_TITLE)) != (KIMPUT_LEX_RANK | KIMPUT_LEX_TITLE)) return 0;
  for (size_t w = j; w < j + run; w++)
    if (look(c, w, w + 1).n || kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) >= 0)
      return 0;
  return 1;
}

/* "Kepala Disperkimtan Purbalingga Sugeng", "Kepala Bapperida Banjarnegara X": is the word at token j
 * shaped as a regional office's short name no list knows (Dis- or Din- and a consonant: Dinas;
 * Bapp-, Bape-: Badan Perencanaan ...), a known place right after it and a name after that? Then
 * it is the office serving the place, not a name's first word before a family place. */
static int office_before_place(const ctx *c, size_t j, size_t limit) {
  const kimput_token *t = &c->t[j];
  size_t n = t->end - t->start;
  if (n < 5 || !is_cap(t) || is_acronym(c, t) || look(c, j, j + 1).n) return 0;
  char w[5];
  for (size_t k = 0; k < 5; k++) w[k] = (char)fold((unsigned char)c->text[t->start + k]);
  int shaped = ((memcmp(w, "dis", 3) == 0 || memcmp(w, "din", 3) == 0) && !strchr("aeiou", w[3])) ||
               memcmp(w, "bapp", 4) == 0 || memcmp(w, "bape", 4) == 0;
  if (!shaped || j + 2 >= limit || !joined(c, j + 1)) return 0;
  unit p = look(c, j + 1, limit);
  size_t a = j + 1 + p.n;
  return p.n && p.ent >= 0 && ent_kind(c, p.ent) == KIMPUT_ENT_PLACE && a < limit && joined(c, a) &&
         is_cap(&c->t[a]) && !look(c, a, limit).n && name_run(c, a, limit);
}

static size_t caps_run(const ctx *c, size_t i, size_t end);

static int plain_word(const ctx *c, size_t k);

/* A firm's legal form before its name, and after it */
static const char *const legal[] = {"pt", "pt.", "cv", "perum", "persero"};
#define NLEGAL (sizeof legal / sizeof *legal)
static const char *const tbk[] = {"tbk", "tbk."};

/* Is token k a word no list holds that the language derives, never a name: peN-/per-/ke- ... -an
 * ("Pemenangan", "Penertiban", "Kesiapsiagaan") or a borrowed -asi/-ksi/-isi ("Advokasi", "Seleksi", "Investigasi"),
 * long enough to leave names out ("Pebrian")? Right after a body's head it names the body's
 * work: "Ketua Tim Pemenangan", "Ketua Satgas Penertiban X". */
static int derived_noun(const ctx *c, size_t k) {
  const kimput_token *t = &c->t[k];
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || n < 7 || n > 24 || look(c, k, k + 1).n) return 0;  /* (no list's word) */
  char w[24];
  for (size_t x = 0; x < n; x++) w[x] = (char)fold((unsigned char)c->text[t->start + x]);
  if (n >= 8 && (!memcmp(w, "pe", 2) || !memcmp(w, "ke", 2)) && !memcmp(w + n - 2, "an", 2)) return 1;
  return !memcmp(w + n - 3, "asi", 3) || !memcmp(w + n - 3, "ksi", 3) || !memcmp(w + n - 3, "isi", 3);
}

/* "Direktur Utama Jasa Marga Subakti Syukur", "VP Corporate Communication Pintarin Sinta Dewi":
 * in the run of capitalised words at [j, j + run) after a title, a firm the document named
 * before with its legal form ("PT Jasa Marga (Persero) Tbk", "PT Pintarin"), up to three words,
 * with words of a name after it (two when the firm is one word, no word of a person named
 * before): the token after the firm, or 0. The words before it are the role's field. */
static size_t firm_in_run(const ctx *c, size_t j, size_t run) {
  /* a firm's English name closes with one of these ("East Ventures", "Northstar Group") */
  static const char *const tails[] = {"ventures", "capital", "partners", "group", "holdings", "sekuritas",
                                      "securities", "technologies", "labs", "investama", "consulting",
                                      "entertainment", "studios", "pictures", "records", "electronics", "motors",
                                      "airlines", "airways", "logistics", "industries", "pharma", "foods"};
  for (size_t p = j; p + 1 < j + run; p++) {
    /* (or opening the run after a capitalised word the chain took for a unit's: "CEO Tata Electronics X") */
    if ((p > j || (j > 0 && is_cap(&c->t[j - 1]) && joined(c, j))) && p + 2 < j + run &&
        word_in(c, p, tails, sizeof tails / sizeof *tails))
      return p + 1;
    for (size_t m = 3; m >= 1; m--) {
      if (p + m >= j + run || (m == 1 && p + 2 >= j + run)) continue;
      uint32_t s = c->t[p].start, e = c->t[p + m - 1].end;
      if (m == 1 ? !body_word(c, p) && (!c->nfirms || kmap_get(&c->orgs, c->text + s, e - s) < 0)
                 : !c->nfirms || kmap_get(&c->orgs, c->text + s, e - s) < 0)
        continue;
      if (m == 1 && kmap_get(&c->words, c->text + s, e - s) >= 0) continue;
      return p + m;
    }
  }
  return 0;
}

/* The tokens from k, right after the Malay honour "Dato", of its apostrophe (a quote mark to the
 * tokenizer, so no form of the lexicon holds it) and of the honour's second word: "Dato' Seri Dr. X",
 * "Dato’ Sri Y", "Dato' Z"; 0 when none. */
static size_t honour_apostrophe(const ctx *c, size_t k, size_t limit) {
  static const char *const second[] = {"seri", "sri", "wira", "paduka"};
  if (k == 0 || k + 1 >= limit || c->t[k].kind != KIMPUT_TOK_QUOTE || c->t[k].start != c->t[k - 1].end ||
      !word_eq(c, k - 1, "dato") || !joined(c, k + 1) || !is_cap(&c->t[k + 1]))
    return 0;
  const char *q = c->text + c->t[k].start;
  size_t qn = c->t[k].end - c->t[k].start;
  if (!(qn == 1 && q[0] == '\'') && !(qn == 3 && !memcmp(q, "\xE2\x80\x99", 3))) return 0;
  return word_in(c, k + 1, second, sizeof second / sizeof *second) && k + 2 < limit && joined(c, k + 2) ? 2 : 1;
}

/* The token after a cabinet's name at k, right after "Kabinet": its words ("Kerja", "Indonesia
 * Maju", "Merah Putih"), a numeral or "Jilid" and one, and the president and vice-president it is
 * named after, written as a hyphened pair ("Joko Widodo-Jusuf Kalla", "Jokowi-JK"); k when none. */
static size_t cabinet_name_end(const ctx *c, size_t k, size_t limit) {
  static const char *const names[][2] = {{"kerja", NULL},       {"indonesia", "maju"},   {"indonesia", "bersatu"},
                                         {"merah", "putih"},    {"gotong", "royong"},    {"persatuan", "nasional"},
                                         {"pembangunan", NULL}, {"reformasi", "pembangunan"}, {"ampera", NULL},
                                         {"dwikora", NULL},     {"kerja", "bersama"}};
  size_t e = k;
  for (size_t x = 0; x < sizeof names / sizeof *names; x++) {
    size_t n = names[x][1] ? 2 : 1;
    if (k + n <= limit && word_eq(c, k, names[x][0]) && is_cap(&c->t[k]) &&
        (n == 1 || (joined(c, k + 1) && word_eq(c, k + 1, names[x][1]) && is_cap(&c->t[k + 1]))) && k + n > e)
      e = k + n;
  }
  if (e == k) return k;
  if (e + 1 < limit && joined(c, e) && word_eq(c, e, "jilid") && joined(c, e + 1)) e += 2;
  else if (e < limit && joined(c, e) && c->t[e].kind == KIMPUT_TOK_WORD && is_roman(c, &c->t[e])) e++;
  /* the pair: at most four words, one of them two capitalised parts joined by a hyphen */
  size_t r = e;
  int pair = 0;
  while (r < limit && r < e + 4 && joined(c, r) && is_cap(&c->t[r])) {
    const char *w = c->text + c->t[r].start;
    size_t n = c->t[r].end - c->t[r].start;
    const char *h = memchr(w, '-', n);
    if (h && h + 1 < w + n && h[1] >= 'A' && h[1] <= 'Z') pair = 1;
    r++;
    if (pair) break;
  }
  if (pair && r < limit && joined(c, r) && is_cap(&c->t[r]) && !look(c, r, limit).n) r++;  /* "... Jusuf Kalla" */
  return pair ? r : e;
}

/* Is token k a capitalised word opening with the Arabic article and a hyphen, a capital after it
 * ("Al-Khairiyah", "Asy-Syafi'iyah", "An-Nur")? */
static int arabic_article_word(const ctx *c, size_t k) {
  static const char *const arts[] = {"al", "el", "an", "ar", "as", "at", "ad", "az", "asy", "ash"};
  const kimput_token *t = &c->t[k];
  if (!is_cap(t)) return 0;
  const char *w = c->text + t->start;
  size_t n = t->end - t->start;
  for (size_t x = 0; x < sizeof arts / sizeof *arts; x++) {
    size_t an = strlen(arts[x]);
    if (n > an + 2 && w[an] == '-' && w[an + 1] >= 'A' && w[an + 1] <= 'Z' && fold_eq(w, an, arts[x], an)) return 1;
  }
  return 0;
}

/* Is token k such a word with two capitalised words after it, no title or rank: a body's name before
 * a person's? */
static int body_article_word(const ctx *c, size_t k, size_t limit) {
  return arabic_article_word(c, k) && k + 2 < limit && joined(c, k + 1) && is_cap(&c->t[k + 1]) &&
         joined(c, k + 2) && is_cap(&c->t[k + 2]) && !(look(c, k + 1, limit).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK));
}

/* Is token k a lower-case ordinal counting an office's holders: "ke-6", "ke-IX", "pertama" to
 * "kesepuluh"? */
/* The tokens of a term of office at token k, "periode 2024-2029", "masa jabatan 2019 - 2024", "periode
 * 2024": a word of the term, then a year and maybe a dash and another year; 0 when none. */
static size_t term_of_office(const ctx *c, size_t k, size_t end) {
  size_t y = k + 1;
  if (word_eq(c, k, "masa") && k + 1 < end && (word_eq(c, k + 1, "jabatan") || word_eq(c, k + 1, "bakti"))) y = k + 2;
  else if (!word_eq(c, k, "periode")) return 0;
  const kimput_token *t = y < end ? &c->t[y] : NULL;
  if (!t || t->kind != KIMPUT_TOK_NUMBER || t->end - t->start != 4) return 0;
  if (y + 2 < end && punct_is(c, y + 1, end, '-') && c->t[y + 2].kind == KIMPUT_TOK_NUMBER &&
      c->t[y + 2].end - c->t[y + 2].start == 4)
    return y + 3 - k;
  return y + 1 - k;
}

static int holder_ordinal(const ctx *c, size_t k) {
  static const char *const nth[] = {"pertama", "kedua",  "ketiga",  "keempat",    "kelima",
                                    "keenam",  "ketujuh", "kedelapan", "kesembilan", "kesepuluh"};
  const kimput_token *t = &c->t[k];
  if (t->kind != KIMPUT_TOK_WORD || is_cap(t)) return 0;
  const char *w = c->text + t->start;
  size_t n = t->end - t->start;
  if (n >= 4 && n <= 7 && !memcmp(w, "ke-", 3)) {
    for (size_t x = 3; x < n; x++)
      if (!((w[x] >= '0' && w[x] <= '9') || w[x] == 'I' || w[x] == 'V' || w[x] == 'X' || w[x] == 'L')) return 0;
    return 1;
  }
  return word_in(c, k, nth, sizeof nth / sizeof *nth);
}

static int demonstrative(const ctx *c, size_t k);

/* "Kapolda Jawa Tengah yang baru, Irjen Pol X,", "Bupati Bantul yang baru dilantik, X,": the office's
 * new holder set off by commas after "yang baru" (and "dilantik", "saja dilantik"): the comma's token
 * when tokens [k, limit) open so, else 0. The role ends before "yang". */
static size_t new_holder_comma(const ctx *c, size_t k, size_t limit) {
  if (!word_eq(c, k, "yang") || !word_eq(c, k + 1, "baru")) return 0;
  size_t j = k + 2;
  if (word_eq(c, j, "saja") && word_eq(c, j + 1, "dilantik")) j += 2;
  else if (word_eq(c, j, "dilantik")) j++;
  return j + 1 < limit && punct_is(c, j, limit, ',') && is_cap(&c->t[j + 1]) ? j : 0;
}

/* "Kepada para Bhabinkamtibmas, Kapolsek, mengingatkan": at token k after a chain's comma, a title alone (no rank),
 * a comma, a lower-case word or the end after it: another person, no name of the chain before. */
static int lone_title_at(const ctx *c, size_t k, size_t limit) {
  unit v = look(c, k, limit);
  if (!v.n || !(v.cls & KIMPUT_LEX_TITLE) || (v.cls & KIMPUT_LEX_RANK) || !is_cap(&c->t[k])) return 0;
  size_t e = k + v.n;
  if (e < limit && joined(c, e) && is_cap(&c->t[e])) {  /* ("Gubernur Jabar, Wakil Gubernur Jabar, dan …") */
    unit p = look(c, e, limit);
    if (p.n && p.ent >= 0 && ent_kind(c, p.ent) == KIMPUT_ENT_PLACE) e += p.n;
    /* (a word no list holds after a title serving a place is the place: "Kapolsek Cibatu dan Camat") */
    else if (!p.n && (v.cls & KIMPUT_LEX_JURISDICTION) && !is_acronym(c, &c->t[e])) e++;
  }
  return e >= limit || !joined(c, e) || punct_is(c, e, limit, ',') ||
         (c->t[e].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[e]));
}

static int set_off_by_dash(const ctx *c, size_t k);

static int noun_opens_clause(const ctx *c, size_t k, size_t limit) {
  if (k + 2 >= limit || !is_cap(&c->t[k]) || is_acronym(c, &c->t[k]) || !joined(c, k + 1) || !joined(c, k + 2) ||
      !(look(c, k + 1, limit).cls & KIMPUT_LEX_DESC_END) || c->t[k + 2].kind != KIMPUT_TOK_WORD ||
      is_cap(&c->t[k + 2]))
    return 0;
  int32_t e = kmap_get(&c->words, c->text + c->t[k].start, c->t[k].end - c->t[k].start);
  return e < 0 || c->out->e[e].kind != KIMPUT_ENT_PERSON;
}

static void parse_chain(ctx *c, size_t i, size_t end, chain *ch) {
  memset(ch, 0, sizeof *ch);
  ch->start = i;
  ch->gaz_person = ch->head = ch->place = ch->last_head = ch->prefix_head = -1;
  int32_t last_title = -1;  /* the last title's root and the token after it */
  size_t last_title_end = SIZE_MAX;
  int last_title_kin = 0;   /* ... a bond to a person (Kuasa Hukum, Ajudan) */
  int kin_seen = 0;         /* such a title came anywhere in the chain ("Penasihat Kebijakan Luar Negeri X") */
  size_t j = i, boundary = i, limit = i + MAX_CHAIN_TOKENS < end ? i + MAX_CHAIN_TOKENS : end;
  int force_qual = 0, commas = 0, after_comma = 0, last_rank = 0, after_title = 0, after_acronym = 0;
  int after_org = 0;  /* the last part of the role was an organisation head (Partai, Universitas) */
  int serves = 0;     /* the last title serves a place (Lurah, Kapolres): the words after it may be the place */
  int force_qual_seen = 0;  /* a title or office serving a place came in the chain (Kapolres, Puskesmas) */
  size_t office_end = SIZE_MAX;  /* the token after an office serving a place (Kodim): its unit number may follow */
  size_t lower_end = SIZE_MAX;   /* the token after a lower-case qualifier right after a title */
  size_t org_s = i;
  size_t place_end = SIZE_MAX;   /* the token after a place named in the chain */
  size_t comma_at = 0;           /* the token of the chain's first comma */
  size_t place_end_before_comma = SIZE_MAX;  /* place_end when that comma came */
  int body_seen = 0;  /* a body's or a site's head word came after the last title ("Masjid Raya Sumber X") */
  size_t rank_end = SIZE_MAX;  /* the token after a rank */
  size_t field_end = SIZE_MAX;  /* the token after the lower-case words of a title's field */
  size_t site_end = SIZE_MAX;   /* the token after a site's word heading the body (Stasiun, Bandara) */
  while (j < limit) {
    if (j > i && !joined(c, j)) break;
    const kimput_token *t = &c->t[j];
    size_t holder_comma = j > i && !commas && !is_cap(t) ? new_holder_comma(c, j, limit) : 0;
    if (holder_comma) {  /* (the comma is read next: the name after it) */
      j = holder_comma;
      continue;
    }
    if (t->kind == KIMPUT_TOK_PUNCT) {
      size_t k;
      if ((k = paren_name(c, j, limit)) != 0) {
        if (k - j == 3 && is_acronym(c, &c->t[j + 1]) && !ch->acr && org_s < j) { ch->org_s = org_s; ch->acr = j + 1; }
        /* (the title's short form right after it: "Staf Khusus (Stafsus) Presiden X" goes on as the title,
           and after an office the unit's number may still follow: "Komandan Kodim (Dandim) 0611/Garut X") */
        if (last_title_end == j) last_title_end = k;
        if (office_end == j) office_end = k;
        j = boundary = k;
        continue;
      }
      /* "Kombes Pol. Budi": the period of an abbreviated rank */
      if (punct_is(c, j, limit, '.') && boundary == j && last_rank && t->start == c->t[j - 1].end &&
          j + 1 < limit && is_cap(&c->t[j + 1])) { j = boundary = j + 1; continue; }
      size_t list_end = j > i ? unit_list_end(c, j, limit) : 0;
      if (list_end) {  /* "Bidang Politik, Hukum, dan Keamanan": the parts of a unit's name */
        j = boundary = list_end;
        continue;
      }
      /* "Gubernur Aceh - Budi Santoso melakukan …": an office and the place it serves, a dash set off by
         blanks, then the holder's name of two words or more and a lower-case word */
      if (!commas && j > i && place_end == j && set_off_by_dash(c, j) && j + 1 < limit && is_cap(&c->t[j + 1]) &&
          !look(c, j + 1, limit).n) {
        size_t n = name_run(c, j + 1, limit);
        if (n >= 2 && j + 1 + n < c->nt && c->t[j + 1 + n].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[j + 1 + n])) {
          j = boundary = j + 1;
          continue;
        }
      }
      /* "Juru Bicara Kemlu, Ahmad Fauzi": a comma before the name (or before
         a lower-case degree that opens it: "Kepala Dinas, dr. Ani") */
      if (punct_is(c, j, limit, ',') && !commas && j + 1 < limit &&
          (is_cap(&c->t[j + 1]) || (j > i && c->t[j + 1].kind == KIMPUT_TOK_WORD &&
                                    (look(c, j + 1, limit).cls & KIMPUT_LEX_RANK))) &&
          !place_opens_clause(c, j + 1, limit) && !lone_title_at(c, j + 1, limit) && !noun_opens_clause(c, j + 1, limit)) {
        commas = after_comma = 1;
        comma_at = j;
        place_end_before_comma = place_end;
        j++;
        continue;
      }
      /* "Bupati Indramayu, Jawa Barat, Rina Lestari": the place's province set off after it,
         then the name after a second comma (no third place: "Gubernur Jabar, Jateng, Jatim") */
      if (punct_is(c, j, limit, ',') && commas == 1 && after_comma && place_end == j && comma_at > i &&
          known_place(c, comma_at + 1, j) && place_end_before_comma == comma_at && j + 1 < limit &&
          is_cap(&c->t[j + 1]) && (rank_opens_name(c, j + 1, limit) ||
                                   (!is_acronym(c, &c->t[j + 1]) && !look(c, j + 1, limit).n))) {
        commas = 2;
        j++;
        continue;
      }
      break;
    }
    /* "Ketua RT 05 Sutrisno", "Kapolsek Medan Area 2": the number of a unit named by its
       acronym; "Danramil 0618 Kapten X", "Dandim 0618/Bandung Letkol Y": of the unit a title
       heads, with its place or code after a slash */
    if (t->kind == KIMPUT_TOK_NUMBER && (after_acronym || after_title || j == office_end ||
                                         (j > i && boundary == j && is_acronym(c, &c->t[j - 1])) ||
                                         /* ("Kepala OJK Regional 5 Sumbagut X": a regional office's number) */
                                         (j > i && boundary == j && word_eq(c, j - 1, "regional"))) && !after_comma &&
        t->end - t->start <= (after_acronym ? 3u : 4u)) {
      after_acronym = after_title = 0;
      j = boundary = j + 1;
      if (j + 1 < limit && punct_is(c, j, limit, '/') && joined(c, j) && joined(c, j + 1) &&
          c->t[j + 1].kind == KIMPUT_TOK_WORD && is_cap(&c->t[j + 1]))
        j = boundary = j + 2;
      continue;
    }
    /* "CEO Hijau.id Rina Kartika", "Pemimpin Redaksi Kabar.com, X": a body named by its address */
    if (t->kind == KIMPUT_TOK_URL && j > i && !after_comma && j + 1 < limit && joined(c, j + 1) &&
        (is_cap(&c->t[j + 1]) || punct_is(c, j + 1, limit, ','))) {
      after_title = after_org = force_qual = 0;
      j = boundary = j + 1;
      continue;
    }
    if (t->kind != KIMPUT_TOK_WORD) break;
    /* "Direktur PTPN V Budi", "Danlantamal IV Kolonel X": a roman numeral right after a unit's acronym
       or a title, a capitalised word after it, numbers the unit (a name never opens with one; a lone I
       may open a Balinese one: "Ketua PHDI I Wayan X") */
    if (!after_comma && (after_acronym || after_title || (j > i && boundary == j && is_acronym(c, &c->t[j - 1]))) &&
        !(j > i && word_eq(c, j - 1, "komisi")) &&  /* (a house's commission: national_house_at below) */
        (is_roman(c, t) || (t->end - t->start == 1 && (c->text[t->start] == 'V' || c->text[t->start] == 'X'))) &&
        j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1])) {
      after_acronym = after_title = 0;
      j = boundary = j + 1;
      continue;
    }
    /* "Pangdam III/Siliwangi", "Pangdam I/Bukit Barisan": a military region's numeral and name */
    if (after_title && !after_comma && j + 2 < limit && punct_is(c, j + 1, limit, '/') && joined(c, j + 1) &&
        joined(c, j + 2) && is_cap(&c->t[j + 2]) &&
        (is_roman(c, t) || (t->end - t->start == 1 && (c->text[t->start] == 'I' || c->text[t->start] == 'V')))) {
      size_t k = j + 2;
      while (k < limit && k < j + 5 && joined(c, k) && is_cap(&c->t[k]) &&
             !(look(c, k, limit).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)))
        k++;
      after_title = 0;
      j = boundary = k;
      continue;
    }
    /* "Kapolsek Cikarang AKP BUDI SANTOSO", "Kapolsek Cikarang, BUDI SANTOSO,": a name in capitals */
    size_t caps = j > i && (j == rank_end || j == place_end || after_comma) && is_acronym(c, t) ? caps_run(c, j, limit)
                                                                                                : 0;
    if (caps) {
      ch->name_s = j;
      ch->name_e = j + caps;
      break;
    }
    /* "Bupati HWRS": capitals right after a title, nothing capitalised after them, that the
       text gave a person as initials ("X Y Z (HWRS)") name that holder, no body */
    if (after_title && !after_comma && is_acronym(c, t) && !(j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1]))) {
      int32_t e = kmap_get(&c->words, c->text + t->start, t->end - t->start);
      if (e < 0 || c->out->e[e].kind != KIMPUT_ENT_PERSON) e = person_of_initials(c, t);
      if (e >= 0 && c->out->e[e].kind == KIMPUT_ENT_PERSON) {
        boundary = j;
        ch->name_s = j;
        ch->name_e = j + 1;
        break;
      }
    }
    unit u = look(c, j, limit);
    /* "Kepala OJK Jateng-DIY X": the region pair the office serves, a place of the role */
    if (!u.n && j > i && !after_comma && hyphened_places(c, j)) {
      place_end = j + 1;
      after_acronym = 0;
      j = boundary = j + 1;
      continue;
    }
    int person = u.n && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON;
    if (j > i && korean_surname(c, j)) {  /* "Juru bicara Kang Yu-jung": the name, no form of address */
      ch->name_s = j;
      ch->name_e = j + 1 + name_run(c, j + 1, limit);
      break;
    }
    last_rank = u.n && (u.cls & KIMPUT_LEX_RANK) && !(u.cls & KIMPUT_LEX_TITLE) && c->t[j + u.n - 1].end -
                c->t[j + u.n - 1].start <= 4;
    /* "Universitas Sumber Makmur", "Badan Sumber Daya X": a title word right after an
       organisation head is a word of the body's name */
    if (after_org && u.n == 1 && is_cap(t) && (u.cls & KIMPUT_LEX_TITLE) && !(u.cls & KIMPUT_LEX_RANK) && !person &&
        j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1])) {
      j = boundary = j + 1;  /* (the body's name goes on: after_org stays) */
      continue;
    }
    /* "Wakil Menteri Kehutanan Raja Juli Antoni": a title word right after an office that has its
       field (no place: "Menlu Arab Saudi Pangeran Faisal" is a prince; but the place a governor, a
       regent or a police chief serves has no court: "Gubernur Banten Ratu Atut Chosiyah") opens the
       name after it */
    if (!person && j == boundary && last_title_end < j && (j != place_end || serves) && !after_comma && !body_seen &&
        title_opens_name(c, u, j, limit, end)) {
      ch->name_s = j;
      ch->name_e = j + 1 + name_run(c, j + 1, limit);
      break;
    }
    if (u.n && (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) && !person) {
      if (ch->head < 0 && (u.cls & KIMPUT_LEX_TITLE)) {
        ch->head = lex_title_root(c->lex, u.entry);
        unit pre = u.n > 1 ? look(c, j, j + u.n - 1) : (unit){0, 0, -1, -1};
        if (pre.n && (pre.cls & KIMPUT_LEX_TITLE) && lex_title_root(c->lex, pre.entry) != ch->head)
          ch->prefix_head = lex_title_root(c->lex, pre.entry);
      }
      if (u.cls & KIMPUT_LEX_RANK) rank_end = j + u.n;
      if (u.cls & KIMPUT_LEX_TITLE) {
        last_title = lex_title_root(c->lex, u.entry);
        last_title_end = j + u.n;
        last_title_kin = (u.cls & KIMPUT_LEX_KIN) != 0;
        kin_seen |= last_title_kin;
      }
      force_qual = serves = (u.cls & KIMPUT_LEX_JURISDICTION) != 0;
      force_qual_seen |= serves;
      after_title = 1;
      after_acronym = 0;
      /* "Kepala Bidang Pencegahan dan Kesiapsiagaan BPBD X": a title ending in an
         organisation head ("Bidang", "Badan") names a body next */
      after_org = u.n > 1 && (look(c, j + u.n - 1, j + u.n).cls & KIMPUT_LEX_ORG_HEAD) != 0;
      body_seen = after_org;
      org_s = j + u.n;  /* a body named after the title starts here */
      j = boundary = j + u.n;
      j = boundary = j + honour_apostrophe(c, j, limit);
      after_comma = 0;
      continue;
    }
    /* "Juru bicara lainnya, Mao Ning", "Anggota Bawaslu lainnya, X": another holder of the title,
       named after the comma */
    if (j > i && !after_comma && !commas && word_eq(c, j, "lainnya") && punct_is(c, j + 1, limit, ',') &&
        j + 2 < limit && is_cap(&c->t[j + 2])) {
      j = boundary = j + 1;
      continue;
    }
    /* "Presiden ke-6 Republik Indonesia X", "Kapolri ke-25 Jenderal Y", "Presiden pertama RI Z": the
       ordinal counting the office's holders is the role's; its country or rank goes on after it */
    if (j > i && j == boundary && !after_comma && holder_ordinal(c, j) && j + 1 < limit && joined(c, j + 1) &&
        is_cap(&c->t[j + 1])) {
      j = boundary = j + 1;  /* (after_title stays: the words after it read as right after the title) */
      continue;
    }
    /* "Kapolres baru AKBP X", "Rektor baru Unsuka, Prof. Y": "baru" right after the title, a capitalised
       word or a comma and one after it, is the holder's standing, as "yang baru" is (a function word
       elsewhere: "Menteri baru tiba", "baru saja") */
    if (j > i && j == last_title_end && !after_comma && word_eq(c, j, "baru") && j + 1 < limit &&
        ((joined(c, j + 1) && is_cap(&c->t[j + 1])) ||
         (punct_is(c, j + 1, limit, ',') && j + 2 < limit && is_cap(&c->t[j + 2])))) {
      j = boundary = j + 1;  /* (after_title stays: the words after it read as right after the title) */
      continue;
    }
    /* "Presiden Indonesia terpilih periode 2024-2029 X", "Bupati masa jabatan 2021-2026 Y": the term of
       office the role names is the role's; a capitalised name after it */
    if (j > i && j == boundary && !after_comma) {
      size_t term = term_of_office(c, j, limit);
      /* (or a comma, then the name: "Ketua KONI Garut periode 2022-2026, Budi Santoso") */
      if (term && j + term < limit &&
          ((joined(c, j + term) && is_cap(&c->t[j + term])) ||
           (punct_is(c, j + term, limit, ',') && j + term + 1 < limit && is_cap(&c->t[j + term + 1])))) {
        j = boundary = j + term;
        continue;
      }
    }
    /* ("Wakil Presiden ke-10 dan ke-12 RI X": two terms counted, joined by "dan" or "serta") */
    if (j > i && j == boundary && !after_comma && holder_ordinal(c, j) && j + 3 < limit && joined(c, j + 1) &&
        (word_eq(c, j + 1, "dan") || word_eq(c, j + 1, "serta")) && joined(c, j + 2) && holder_ordinal(c, j + 2) &&
        joined(c, j + 3) && is_cap(&c->t[j + 3])) {
      j = boundary = j + 3;
      continue;
    }
    /* "Ketua Umum PB Al-Khairiyah Ali Mujahidin", "Ketua PW Al-Washliyah Sumut X Y": a hyphened
       word opening with the Arabic article right after a body's acronym is the body's name (a mass
       organisation's, a school's) when two capitalised words follow it; with one, it is a person's
       ("Ketua DPW Al-Muzzammil Yusuf") */
    if (j > i && j == boundary && !after_comma && is_acronym(c, &c->t[j - 1]) && look(c, j - 1, j).ent < 0 &&
        body_article_word(c, j, limit)) {
      force_qual = after_org = after_acronym = after_title = 0;
      j = boundary = j + 1;
      continue;
    }
    if (j > i && !after_comma && is_acronym(c, t) && !look(c, j, j + 1).n && j + 1 < limit && joined(c, j + 1) &&
        body_article_word(c, j + 1, limit)) {  /* (the acronym not read yet: "Ketua PW Al-Washliyah X Y") */
      force_qual = after_org = after_acronym = after_title = 0;
      j = boundary = j + 2;
      continue;
    }
    /* "menteri Kabinet Kerja Joko Widodo-Jusuf Kalla", "Menteri ESDM Kabinet Kerja X": a cabinet's
       name, and the pair it is named after, are the role's (the name, if any, comes after them) */
    if (j > i && !after_comma && is_cap(t) && word_eq(c, j, "kabinet") && j + 1 < limit && joined(c, j + 1)) {
      size_t k = cabinet_name_end(c, j + 1, limit);
      if (k > j + 1) {
        after_title = after_org = after_acronym = force_qual = 0;
        j = boundary = k;
        continue;
      }
    }
    if (after_comma && !is_cap(t)) break;
    if (person) {
      ch->name_s = j;
      ch->name_e = j + u.n;
      ch->gaz_person = u.ent;
      if (u.n == 1 && j + 1 < limit && joined(c, j + 1) && !headline_verb(c, j + 1)) {
        size_t more = name_run(c, j + 1, limit);
        if (more) { ch->name_e = j + 1 + more; ch->gaz_person = -1; }  /* Kim Tae-hyo */
      }
      /* "kata Juru Bicara Prabowo, Dahnil Anzar": a known person completing the title (whose
         spokesman), a name of two words no list knows after the comma holds it, a cue next to
         the chain or the title a bond to a person */
      size_t k = ch->name_e;
      if (punct_is(c, k, limit, ',') && k + 1 < limit && is_cap(&c->t[k + 1]) && !look(c, k + 1, limit).n) {
        size_t n2 = name_run(c, k + 1, end), after = k + 1 + n2;
        int closes = after >= end || punct_is(c, after, end, ',') || punct_is(c, after, end, '.');
        if (n2 >= 2 && strong_words(c, k + 1, after) == n2 &&
            (cue_after(c, after, end) || (punct_is(c, after, end, ',') && cue_after(c, after + 1, end)) ||
             (closes && (kin_seen || after_cue(c, i))))) {
          ch->inner_s = ch->name_s;
          ch->inner_e = ch->name_e;
          ch->name_s = k + 1;
          ch->name_e = after;
          ch->gaz_person = -1;
          boundary = k;
        }
      }
      break;
    }
    if (u.n && u.ent >= 0) {  /* a place or an organisation qualifies the title */
      /* "Menteri Pertahanan Taiwan Wellington Koo": a city of another country right after the
         role's country is no place of that office; one name word after it (the chain's end), it
         opens the name (not a diplomat's post abroad: "Konsul Jenderal Indonesia Sydney Budi Santoso",
         "Dubes Jepang London Kenji") */
      static const char *const envoys[] = {"dubes", "duta", "konsul", "konjen", "atase"};
      const size_t nenvoys = sizeof envoys / sizeof *envoys;
      int32_t lies_in = ent_kind(c, u.ent) == KIMPUT_ENT_PLACE && !word_in(c, i, envoys, nenvoys) &&
                                !(word_eq(c, i, "wakil") && word_in(c, i + 1, envoys, nenvoys))
                            ? c->lex->entities[u.ent].country
                            : -1;
      size_t nw = j + u.n;
      if (lies_in >= 0 && ch->place >= 0 && lies_in != ch->place && place_end == j && !after_comma && nw < limit &&
          joined(c, nw) && is_cap(&c->t[nw]) && !is_acronym(c, &c->t[nw]) && !look(c, nw, limit).n &&
          name_run(c, nw, limit) == 1) {
        ch->name_s = j;
        ch->name_e = nw + 1;
        break;
      }
      if (ch->place < 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PLACE) ch->place = u.ent;
      if (ent_kind(c, u.ent) == KIMPUT_ENT_PLACE) place_end = j + u.n;
      /* "Menteri Pertahanan Israel Israel Katz": the place's word again, a name going on after it,
         opens the name */
      size_t w = j + u.n;
      if (ent_kind(c, u.ent) == KIMPUT_ENT_PLACE && u.n == 1 && !after_comma && w + 1 < limit && joined(c, w) &&
          joined(c, w + 1) && c->t[w].end - c->t[w].start == t->end - t->start &&
          fold_eq(c->text + c->t[w].start, t->end - t->start, c->text + t->start, t->end - t->start) &&
          is_cap(&c->t[w + 1]) && !look(c, w + 1, limit).n) {
        boundary = w;
        ch->name_s = w;
        ch->name_e = w + 1 + name_run(c, w + 1, limit);
        break;
      }
      /* "Ketua DPRD Garut X": a known body that serves a place (a jurisdiction of
         the lexicon) may be named with its regency, which the words of the name
         then decide as after a title that serves a place */
      force_qual = (u.cls & KIMPUT_LEX_JURISDICTION) && ent_kind(c, u.ent) == KIMPUT_ENT_ORG ? 1 : 0;
      after_org = 0;  /* "Fraksi Partai Golkar Ahmad Doli": the known name closes the body's */
      /* "Ketua HNSI Natuna Hendri": the branch's place closes the acronym's body too */
      if (ent_kind(c, u.ent) == KIMPUT_ENT_PLACE) after_acronym = 0;
      j = boundary = j + u.n;
      /* "Ketua Fraksi PKS bersama Nasdem, X": a joint body, a known one after "bersama", is one body */
      if (ent_kind(c, u.ent) == KIMPUT_ENT_ORG && j + 1 < limit && word_eq(c, j, "bersama") && joined(c, j + 1) &&
          is_cap(&c->t[j + 1])) {
        unit o = look(c, j + 1, limit);
        if (o.n && o.ent >= 0 && ent_kind(c, o.ent) == KIMPUT_ENT_ORG) j = boundary = j + 1 + o.n;
      }
      continue;
    }
    /* "CEO Apple Tim Cook": a body's head that is also a given name (Tim), a word or two of a
       name after it and the chain's end (not "pelatih Tim Garuda, X", a team and its coach; nor
       right after the title, the team it heads: "Ketua Tim Pemenangan, kata X"); a lower-case
       word other than a body name's "dan" ends the chain too ("... Tim Cook di Jakarta") */
    static const char *const joins[] = {"dan", "serta", "untuk", "bidang", "urusan"};
    if (u.n == 1 && (u.cls & KIMPUT_LEX_GIVEN) && (u.cls & KIMPUT_LEX_ORG_HEAD) && is_cap(t) && j > i &&
        last_title_end != j && !after_comma && j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1]) &&
        !look(c, j + 1, limit).n) {
      size_t r = name_run(c, j + 1, limit), after = j + 1 + r;
      if (r >= 1 && r <= 2 && (after >= c->nt || !joined(c, after) || cue_after(c, after, end) ||
                               punct_is(c, after, c->nt, '.') || verb_follows(c, after, end) ||
                               (c->t[after].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[after]) &&
                                !word_in(c, after, joins, 5)) ||
                               (punct_is(c, after, c->nt, ',') && !(after + 1 < c->nt && is_cap(&c->t[after + 1]))))) {
        ch->name_s = j;
        ch->name_e = after;
        break;
      }
    }
    /* "Imam Besar Masjid Istiqlal X", "Kepala Stasiun Meteorologi Y X": a site after a title is
       the body it heads */
    if (u.n && (u.cls & KIMPUT_LEX_FACILITY) && is_cap(t) && !(u.cls & KIMPUT_LEX_ORG_HEAD)) {
      u.cls |= KIMPUT_LEX_ORG_HEAD;
      site_end = j + u.n;
    }
    /* "Kantor Imigrasi Kelas I TPI Bandung", "Lapas Kelas IIA Cipinang": an office's grade (its place
       may follow, as after an office serving one) */
    if (j > i && !after_comma && grade_at(c, j, limit)) {
      after_title = after_acronym = 0;
      force_qual = 1;
      j = boundary = j + 2;
      continue;
    }
    /* "Ketua Asosiasi Pedagang Pasar Seluruh Indonesia (APPSI) X": a body's head opening words its
       acronym spells names the body to the acronym, whatever words stand in it (Pedagang, Seluruh) */
    size_t spelled_org = u.n && (u.cls & KIMPUT_LEX_ORG_HEAD) && is_cap(t) && !after_comma
                             ? spelled_words(c, j, limit, 0) : 0;
    size_t short_org = !spelled_org && u.n && (u.cls & KIMPUT_LEX_ORG_HEAD) && is_cap(t) && !after_comma
                           ? abbreviated_body(c, j, limit) : 0;
    if (short_org && !ch->acr) {  /* (the body is a mention of its own, named by its short name) */
      ch->org_s = j;
      ch->acr = short_org + 1;
    }
    if (short_org) spelled_org = short_org;
    if (spelled_org) {
      force_qual = after_org = after_acronym = after_title = 0;
      j = boundary = spelled_org;
      continue;
    }
    if (u.n && (u.cls & (KIMPUT_LEX_QUALIFIER | KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION)) &&
        (is_cap(t) || ((after_title || j == lower_end) && !(u.cls & KIMPUT_LEX_FUNCTION))) &&
        !rank_opens_qualifier(c, u, j, limit)) {
      /* "juru bicara militer", "Presiden terpilih"; not "kata Menhan dalam keterangannya" */
      /* ("SMA Negeri 1 Bandung": a capitalised qualifier after an acronym keeps its unit number) */
      /* "Diplomat perempuan tertinggi X": more words of its kind may follow a lower-case one
         ("guru besar ilmu politik itu", "dosen hukum pidana itu") */
      if ((after_title || j == lower_end) && !is_cap(t)) lower_end = j + u.n;
      /* ("pelatih timnas Park Jin Woo": a lower-case qualifier is a field's word too) */
      if (!is_cap(t) && (u.cls & KIMPUT_LEX_QUALIFIER) && !(u.cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION)))
        field_end = j + u.n;
      after_acronym = after_acronym && is_cap(t) && (u.cls & KIMPUT_LEX_QUALIFIER) &&
                      !(u.cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION));
      after_title = 0;
      after_org = (u.cls & KIMPUT_LEX_ORG_HEAD) && !(u.cls & KIMPUT_LEX_JURISDICTION);
      body_seen |= after_org;
      /* an office that is not a title (Polres, Kodim) is always followed by its place; a
         short office name (BPBD, Dinkes) often is: as a title, the name decides */
      int standing = !is_cap(t) && force_qual == 1 && !(u.cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION));
      force_qual = (u.cls & KIMPUT_LEX_JURISDICTION) ? ((u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_QUALIFIER)) ? 1 : 3)
                   : standing;  /* a lower-case standing keeps the title's reach: "pemain muda Persib X Y Z" */
      force_qual_seen |= (u.cls & KIMPUT_LEX_JURISDICTION) != 0;
      /* ("Stasiun Geofisika Sukamaju X": the site's kind after its word, its name next) */
      if (j == site_end && is_cap(t) && (u.cls & KIMPUT_LEX_QUALIFIER) &&
          !(u.cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_JURISDICTION))) {
        site_end = j + u.n;
        after_org = 1;  /* (the site's name is the body's still) */
      }
      j = boundary = j + u.n;
      if (u.cls & KIMPUT_LEX_JURISDICTION) office_end = j;  /* "Komandan Kodim 0618 Bandung X" */
      continue;
    }
    /* "arahan dari Dandim Letkol X", "utusan khusus dari Presiden Y": a title after "dari" opens
       another person's chain, no part of this one */
    if (j > i && word_eq(c, j, "dari") && j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1]) &&
        (look(c, j + 1, limit).cls & KIMPUT_LEX_TITLE))
      break;
    if (u.n && (u.cls & KIMPUT_LEX_CONNECTOR) && !is_cap(t) && j + u.n < limit &&
        (is_cap(&c->t[j + u.n]) || lower_body_after(c, j + u.n, limit))) {
      /* (after a title in lower case, a common noun, a clause going on after the place says
         where too: "menemui wartawan di Istana Merdeka usai ...") */
      if (where_spoken(c, j, end) || ((!is_cap(&c->t[i]) || building_after(c, j + u.n, limit)) && where_met(c, j, end)))
        break;
      force_qual = 2;
      j = boundary = j + u.n;
      continue;
    }
    /* "kuasa hukum (kedua) terdakwa, Julisman menilai": whose lawyer or aide, a lower-case noun for a
       person, then the bond's holder named after a comma */
    if (last_title_kin && j == last_title_end && !is_cap(t) && !after_comma) {
      static const char *const counts[] = {"kedua", "ketiga", "para", "sang"};
      size_t k = word_in(c, j, counts, sizeof counts / sizeof *counts) && j + 1 < limit && joined(c, j + 1) ? j + 1 : j;
      if (k + 2 < limit && joined(c, k) && !is_cap(&c->t[k]) && (look(c, k, k + 1).cls & KIMPUT_LEX_PERSON_NOUN) &&
          punct_is(c, k + 1, limit, ',') && is_cap(&c->t[k + 2]) && !look(c, k + 2, limit).n) {
        j = boundary = k + 1;
        continue;
      }
    }
    if ((after_title || j == lower_end) && !is_cap(t) && !after_comma) {
      size_t k = field_words(c, j, limit);
      if (k > j) {  /* "pengamat transportasi Djoko", "penyanyi dangdut Ratna Sari" */
        j = boundary = field_end = k;
        continue;
      }
    }
    after_title = 0;
    if (!is_cap(t)) break;
    /* "Jenderal Bintang Tiga ini": a general's stars say more of the rank, no name */
    static const char *const stars[] = {"satu", "dua", "tiga", "empat", "lima"};
    if (!after_comma && j > i && j + 1 < limit && word_eq(c, j, "bintang") && joined(c, j + 1) &&
        word_in(c, j + 1, stars, 5)) {
      j = boundary = j + 2;
      continue;
    }
    /* "Ketua Komisi II Budi Santoso Wijaya": a legislature's commission by its numeral, the body
       whole (no place, no more of its name: the words after it are the name's) */
    if (!after_comma && j > i && word_eq(c, j - 1, "komisi") && national_house_at(c, j)) {
      force_qual = after_org = 0;
      after_acronym = 1;
      j = boundary = j + 1;
      continue;
    }
    /* "pelatih timnas U-23 Budi Santoso": a squad's or a model's label is the role's */
    if (!after_comma && is_numbered_label(c, t) && j + 1 < limit && joined(c, j + 1) && is_cap(&c->t[j + 1])) {
      force_qual = 0;
      j = boundary = j + 1;
      after_acronym = 1;
      continue;
    }
    /* "Ketua DPRD Joko Susilo menyatakan": a council's or a regional government's place is a
       regency, a city or a province, which the lexicon knows: a word it does not know there,
       one to three words of a name after it, opens the name (but not a regency's name the
       lexicon leaves out as a word of the language: "Ketua DPRD Batang X") */
    static const char *const regional[] = {"dprd", "dprk", "pemprov", "pemkab", "pemkot"};
    static const char *const unlisted[] = {"batu", "bima", "bone", "agam", "banjar", "buru", "belu", "malaka",
                                           "sabu", "puncak", "batang", "landak", "lingga", "sarmi", "metro"};
    size_t nrun = force_qual == 3 && !after_comma && j == office_end ? name_run(c, j, limit) : 0;
    /* (a given name too: "Ketua DPRD Andi Pratama", "Ketua DPRD Muhammad Yusuf") */
    if (nrun >= 2 && nrun <= 4 && word_in(c, j - 1, regional, 5) && plain_word(c, j) &&
        !word_in(c, j, unlisted, 15) && strong_words(c, j, j + nrun) == nrun)
      force_qual = 0;
    /* "Kepala Dinas Kesehatan Kota Andi Pratama", "Kepala Dinas Pendidikan Kota (Dispendik) Siti Rahma": a
       word only a given name is, after a unit's word whose place the writer left out, opens the name */
    else if (nrun >= 2 && nrun <= 4 && only_given(look(c, j, j + 1)) && strong_words(c, j, j + nrun) == nrun)
      force_qual = 0;
    if ((force_qual == 2 || force_qual == 3) && !after_comma) {  /* the word after "dan", the place of "Polres" */
      /* "Ketua DPRD Sukardi Hartono Putra": a word no lexicon knows, a name after it (one word
         too: "Juru bicara Pengadilan Negeri (PN) Hendra Wiratama"), may be the name's first (a
         later mention tells: "tutur Hendra") */
      if (force_qual == 3 && !look(c, j, j + 1).n && j + 1 < limit && joined(c, j + 1) &&
          strong_words(c, j + 1, j + 1 + name_run(c, j + 1, limit)) >= 1)
        ch->lead = j + 1;
      force_qual = 0;
      j = boundary = j + 1;
      continue;
    }
    size_t spelled = after_comma ? 0 : spelled_body(c, j, limit);
    if (spelled) {  /* "Direktur Institute for Transportation and Development Policy (ITDP) X" */
      force_qual = 0;
      after_org = after_acronym = 0;
      j = boundary = spelled;
      continue;
    }
    size_t run = name_run(c, j, limit);
    size_t firm = !after_comma && run >= 3 ? firm_in_run(c, j, run) : 0;
    if (firm) {  /* "Direktur Utama Jasa Marga X" after "PT Jasa Marga": the firm named before, whole */
      force_qual = 0;
      after_org = after_acronym = 0;
      j = boundary = firm;
      continue;
    }
    /* "Kepala Samsat Garut Budi Santoso", "Ketua Baznas Garut X": a word no list knows right after the
       title, then a place the lexicon knows, then a name: an office no list holds, serving that place */
    size_t served = !after_comma && run >= 3 && j == last_title_end ? office_of_place(c, j, j + run, 1)
                    : !after_comma && run >= 4 && j > i && j == boundary && (look(c, j - 1, j).cls & KIMPUT_LEX_QUALIFIER)
                        ? office_of_place(c, j, j + run, 2)
                    : 0;
    if (served) {
      force_qual = 0;
      after_org = after_acronym = 0;
      j = boundary = served;
      continue;
    }
    if (!after_comma && j == last_title_end && office_before_place(c, j, limit)) {
      force_qual = 0;
      after_org = after_acronym = 0;
      j = boundary = j + 1;  /* (the place and the name next) */
      continue;
    }
    /* "Bupati Sukamaju yang baru, X,": the words of an office serving a place, then its new holder
       set off by commas, are the place, whether the lexicon knows it or not */
    if (force_qual == 1 && !after_comma && run >= 1 && run <= 3 && new_holder_comma(c, j + run, limit)) {
      force_qual = 0;
      j = boundary = j + run;
      continue;
    }
    /* (not three words no list knows right after a field's word: "pelatih timnas Shin Tae Yong"
       is one name; a team's is a fourth word: "pemain muda Persikota Kevin Anggara Putra") */
    /* (nor a given name's: "Bupati Andi Mappa Tuo", "Bupati Teuku Ahmad Syah") */
    int long_run = force_qual == 1 && !after_comma && strong_words(c, j, before_degrees(c, j, j + run, limit)) >= 3 &&
                   !(j == field_end && run == 3 && !look(c, j, j + 1).n) &&
                   !(look(c, j, j + 1).cls & KIMPUT_LEX_GIVEN);
    /* "Kades Mekarjaya Karto" after "Desa Mekarjaya": a place of one word the text named after a word of
       jurisdiction, then one word, are the place and a name of one word */
    if (force_qual == 1 && !after_comma && run == 2 && place_told(c, j, run) == 1) {
      force_qual = 0;
      j = boundary = j + 1;
      continue;
    }
    if (force_qual == 1 && !after_comma &&
        (long_run ||
         (run == 1 && kmap_get(&c->words, c->text + t->start, t->end - t->start) < 0 &&
          imap_get(&c->by, BY_HEAD, ch->head) >= 0) ||
         (run == 1 && j + 1 < end && (look(c, j + 1, end).cls & KIMPUT_LEX_DESC_END)) ||
         place_described(c, j, run, end))) {
      /* "Bupati Kaur Gusril Pausi": a jurisdiction's place before a name ("Bupati Nur
         Aini" is a name; "Bupati Kaur Selatan X" is found by its qualifier); "kata
         Kapolres Kaur" once a Kapolres was named, "mantan Kapolres Kaur itu": the
         place, not a new name */
      size_t told = long_run ? place_told(c, j, run) : 0;
      if (!told && long_run && run >= 4 && pair_told_alone(c, j)) told = 2;
      if (told) {  /* "Kepala Desa Bandar Kedungmulyo Zainal Arifin" after "Desa Bandar Kedungmulyo" */
        force_qual = 0;
        j = boundary = j + told;
        continue;
      }
      if (long_run && !look(c, j, j + 1).n) {
        ch->lead = j + 1;  /* or the name's first word: a later mention tells */
        c->body_s[c->nbody % LEADS_KEPT] = t->start;
        c->body_e[c->nbody++ % LEADS_KEPT] = t->end;
      }
      force_qual = 0;
      j = boundary = j + (place_described(c, j, run, end) ? run : 1);
      continue;
    }
    force_qual = 0;
    if (!after_comma && j == last_title_end && (org_named_as_word(c, j, run) || team_after_rank(c, i, j, run))) {
      ch->lead = j + 1;  /* or the name's first word: a later mention tells */
      c->body_s[c->nbody % LEADS_KEPT] = t->start;
      c->body_e[c->nbody++ % LEADS_KEPT] = t->end;
      j = boundary = j + 1;
      continue;
    }
    /* two capitals before a name may be initials (HM Yusuf), but not right after a
       body's head word, which a name must follow: "Kepala Dinas PU Joko" */
    if (is_acronym(c, t) && !after_comma &&
        !(t->end - t->start == 2 && j + 1 < limit && is_cap(&c->t[j + 1]) && !is_acronym(c, &c->t[j + 1]) &&
          !(j > 0 && (look(c, j - 1, j).cls & KIMPUT_LEX_ORG_HEAD)))) {
      /* "Kepala Dinas PU Sleman Joko Santoso": a body's acronym may take its regency */
      force_qual = j > 0 && (look(c, j - 1, j).cls & KIMPUT_LEX_ORG_HEAD) ? 1 : 0;
      j = boundary = j + 1;  /* DPR, PKS, PN */
      after_acronym = 1;
      continue;
    }
    size_t n = run;  /* name_run(c, j, limit), as found above */
    if (n == 0) break;
    size_t k = j + n;
    /* "Universitas Sebelas Maret", "Gerakan 30 September": a month's name inside a body's name */
    while (after_org && !after_comma && k < limit && joined(c, k) && is_cap(&c->t[k]) &&
           calendar_word(look(c, k, k + 1))) {
      k++;
      if (k < limit && joined(c, k) && is_cap(&c->t[k])) k += name_run(c, k, limit);
      n = k - j;
    }
    if (after_org && !after_comma && derived_noun(c, j)) {
      j = boundary = j + 1;  /* "Ketua Tim Pemenangan (Sutrisno)": the body's work (after_org stays) */
      continue;
    }
    /* "mantan Kepsek SMP Bhakti XII-2 ini": the words after a body's acronym ending with a unit's roman
       numeral, a demonstrative after them, are the body's name in a description, no person's */
    if (after_acronym && !after_comma && n >= 2 && k < end && (look(c, k, end).cls & KIMPUT_LEX_DESC_END) &&
        unit_numeral(c, &c->t[k - 1])) {
      j = boundary = k;
      after_acronym = 0;
      continue;
    }
    /* "Kepala SMPN Sukamaju Raya, Drs Budi": the words after a body's acronym, then a comma and an honorific, a
       degree or a rank opening a name, are the body's name (the holder named after the comma) */
    if (after_acronym && !after_comma && n <= 3 && punct_is(c, k, limit, ',') && k + 1 < limit &&
        rank_opens_name(c, k + 1, limit)) {
      j = boundary = k;
      after_acronym = 0;
      continue;
    }
    /* "Kepala Bagian Sarana dan Prasarana Budi Santoso": one word, "dan" and a word no title, rank or
       person is, a name of two words or more after it, are the pair a unit is named by (a list of two
       holders names the second's title: "Kapolres X dan Wakapolres Y") */
    if (n == 1 && j > i && !after_comma && k + 3 < limit && joined(c, k) && word_eq(c, k, "dan") &&
        !(look(c, j, j + 1).cls & KIMPUT_LEX_GIVEN) &&
        kmap_get(&c->words, c->text + t->start, t->end - t->start) < 0 &&
        joined(c, k + 1) && is_cap(&c->t[k + 1]) && !is_acronym(c, &c->t[k + 1]) &&
        !(look(c, k + 1, limit).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) &&
        kmap_get(&c->words, c->text + c->t[k + 1].start, c->t[k + 1].end - c->t[k + 1].start) < 0 &&
        joined(c, k + 2) && is_cap(&c->t[k + 2]) && name_run(c, k + 2, limit) >= 2) {
      j = boundary = k + 2;
      continue;
    }
    if (after_org && !after_comma) {
      /* the capitalised words after an organisation head name the body:
         "Ketua Partai Maju Jaya, Budi Santoso" (the name after the comma);
         "Rektor Universitas Nusa Raya Ani Lestari" (a body's name and a
         person's run together: the person takes the last two words) */
      after_org = 0;
      /* "Ketua Umum Partai Maju itu": a description ends the body's name, no person follows */
      if (k < end && (look(c, k, end).cls & KIMPUT_LEX_DESC_END)) {
        j = boundary = k;
        continue;
      }
      /* "Direktur Utama PT Maju Jaya mengatakan": the words right after a firm's legal form are the
         firm's name, no person's, when the chain ends after them */
      /* (of up to four words when the chain is a role set off after a name, a comma closing it: "Rudi
         Tanoto, pendiri PT Sinar Data Nusantara, …" names no one in it) */
      int apposed = i >= 2 && punct_is(c, i - 1, end, ',') && is_cap(&c->t[i - 2]) && n <= 4 &&
                    (k >= limit || punct_is(c, k, limit, ','));
      if (j > 0 && (word_eq(c, j - 1, "pt") || word_eq(c, j - 1, "pt.") || word_eq(c, j - 1, "cv") ||
                    word_eq(c, j - 1, "perum")) &&
          (n <= 2 || apposed) && !(k < limit && joined(c, k) && is_cap(&c->t[k])) && !paren_name(c, k, limit)) {
        j = boundary = k;
        break;
      }
      /* (and "Ketua Paguyuban Pedagang Pasar Baru, Sutrisno": capitalised words that are no name's
         before the comma, a place's or a word of none, are the body's too) */
      size_t q = k;
      while (q < limit && q < k + 3 && joined(c, q) && is_cap(&c->t[q]) &&
             !(look(c, q, limit).cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)))
        q++;
      /* (a degree after the comma closes the name before it: "Kepala Dinas Xyz Budi Santoso, M.Si") */
      if (punct_is(c, q, limit, ',') && q + 1 < limit && is_cap(&c->t[q + 1]) && !look(c, q + 1, limit).n &&
          name_run(c, q + 1, end) && degree_end(c, q + 1, end) == q + 1 && !noun_opens_clause(c, q + 1, limit)) {
        j = boundary = q;
        continue;
      }
      /* "Bidang Neraca dan Analisis Statistik BPS": a connector joins the body's name (not
         "di Jakarta" closing the clause: "bertemu Kepala Bandara Kertajati Budi Santoso di
         Jakarta" says where) */
      if (k + 1 < limit && joined(c, k) && joined(c, k + 1) && !is_cap(&c->t[k]) && is_cap(&c->t[k + 1]) &&
          (look(c, k, limit).cls & KIMPUT_LEX_CONNECTOR) && !where_met(c, k, end)) {
        j = boundary = k + 1;
        after_org = 1;
        continue;
      }
      unit v = k < limit && joined(c, k) ? look(c, k, limit) : (unit){0, 0, -1, -1};
      if (v.n && v.ent >= 0 && ent_kind(c, v.ent) == KIMPUT_ENT_PERSON) {  /* "... Partai Bulan Bintang" + a known name */
        j = boundary = k;
        continue;
      }
      size_t given = given_in(c, j, k);
      if (given) {  /* "Stasiun Meteorologi Kertajati Muhammad Syifaul Fuad": the name starts there */
        j = boundary = given;
        continue;
      }
      /* "Manajer Humas PT Angkasa Pura II Bandara Soekarno-Hatta, Holik Muardi": more of the
         body's name, then a name after a comma */
      if (k < limit && joined(c, k) && is_cap(&c->t[k]) && comma_name_ahead(c, k, limit)) {
        j = boundary = k;
        continue;
      }
      /* "Kepala Stasiun BMKG Stasiun Karangkates Musripan": a site is named by a word at least, two
         words no list knows right after its word, the chain's end after them, are the site's and a
         name of one word */
      if (n == 2 && j == site_end && strong_words(c, j, k) == 2 && !(k < limit && joined(c, k) && is_cap(&c->t[k]))) {
        ch->lead = j + 1;  /* or the name's first word ("Kepala Bandara Budi Santoso"): a later mention tells */
        c->body_s[c->nbody % LEADS_KEPT] = t->start;
        c->body_e[c->nbody++ % LEADS_KEPT] = t->end;
        j = boundary = j + 1;
        continue;
      }
      if (n >= 3 && strong_words(c, k - 2, k) == 2) {
        /* (a particle before them joins the word before it: "Dewan Syura Qatar Hassan bin
           Abdullah Al-Ghanim" is Hassan's name, the body keeping a word) */
        size_t s = k - 2;
        while (s >= j + 3 && (look(c, s - 1, s).cls & KIMPUT_LEX_PARTICLE) && is_cap(&c->t[s - 2])) s -= 2;
        j = boundary = s;
        continue;
      }
      /* "pejabat Kementerian Unifikasi": a body is named by one word at least (the chain
         ending with it: "Komisi I DPR X", "Masjid Raya Sumber X" go on), in an unnamed
         official's description (a lower-case title: "CEO Apple Tim Cook" names someone), or
         before a comma the clause goes on after ("sebagai Ketua Tim Pemenangan, kata X") */
      int clause_on = punct_is(c, k, limit, ',') && k + 1 < c->nt && c->t[k + 1].kind == KIMPUT_TOK_WORD &&
                      !is_cap(&c->t[k + 1]);
      if (n == 1 && (!is_cap(&c->t[i]) || clause_on) && !(k < limit && joined(c, k) && is_cap(&c->t[k])) &&
          !paren_name(c, k, limit)) {
        j = boundary = k;
        break;
      }
    }
    /* "Direktur PDAM Tirta": the name of the body; "Wakil Ketua Komisi III DPR
       Habiburokhman menilai": one name, a cue after it, and so in a cue's place of its speaker
       ("kata Dirut PT AB Sutrisno saat ditemui", "disampaikan Direktur BPR Sumarno di ...") */
    if (n == 1 && after_acronym && !after_comma && !cue_after(c, k, end) && !cue_before(c, i, 0)) {
      j = boundary = k;
      after_acronym = 0;
      continue;
    }
    after_acronym = 0;
    /* the words were a qualifier when the chain goes on after them */
    if (!after_comma && k < limit && joined(c, k)) {
      unit v = look(c, k, limit);
      int more = (v.n && is_cap(&c->t[k]) &&
                  (v.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_QUALIFIER | KIMPUT_LEX_ORG_HEAD |
                            KIMPUT_LEX_JURISDICTION))) ||
                 /* "Kabid Prasarana dan Sarana Pertanian Distan Jember, Imam Sudrajat": words joined
                    by "dan" name the unit when a name follows a comma further on */
                 (!is_cap(&c->t[k]) && name_after_unit(c, k, limit)) ||
                 (v.n && v.ent >= 0 && ent_kind(c, v.ent) != KIMPUT_ENT_PERSON) ||
                 /* "Direktur Pelindungan WNI Judha Nugraha": an acronym no list knows, a name after it,
                    is the body the unit's words before it belong to */
                 (!v.n && is_acronym(c, &c->t[k]) && c->t[k].end - c->t[k].start >= 3 && k + 1 < limit &&
                  joined(c, k + 1) && is_cap(&c->t[k + 1]) && !is_acronym(c, &c->t[k + 1]) &&
                  name_run(c, k + 1, end)) ||
                 /* "Kepala Puskesmas Ngaliyan dr. Rina": a lower-case degree opens the name after the place */
                 (force_qual_seen && !is_cap(&c->t[k]) && rank_opens_name(c, k, limit)) ||
                 /* "pelatih Persik U-21 Alfiat": a squad's age group after the words, a name after it: the
                    words were the team's */
                 (is_numbered_label(c, &c->t[k]) && k + 1 < limit && joined(c, k + 1) && is_cap(&c->t[k + 1]));
      size_t p = paren_name(c, k, limit);
      if (p && p < limit && joined(c, p) && is_cap(&c->t[p])) more = 1;
      /* "Rektor Unsuka (Universitas Sukamaju), Prof. X", "Rektor Unsuka periode 2022-2026, Prof. X": the
         body's long name in brackets or a term of office, then a comma and an honorific or a rank opening
         the name */
      size_t q = p ? p : k, term = q < limit ? term_of_office(c, q, limit) : 0;
      if ((p || term) && q + term + 1 < limit && punct_is(c, q + term, limit, ',') &&
          rank_opens_name(c, q + term + 1, limit))
        more = 1;
      /* "juru bicara Program Pangan Dunia (WFP), Abeer Etefa": a body's acronym, then a
         name after the comma */
      if (p == k + 3 && is_acronym(c, &c->t[k + 1]) && punct_is(c, p, limit, ',') && p + 1 < limit &&
          is_cap(&c->t[p + 1]) && name_run(c, p + 1, end))
        more = 1;
      if (more) { j = boundary = k; continue; }
    }
    /* "Kapolres Lebak, AKBP Yudi", "Wali Kota Jakarta Selatan, H. Mulyadi": the words
       were the place (a known place when several, or any of three words at most after a
       title serving one: "Kapolsek Cibeunying Kaler, Kompol X"), the rank after the comma
       opens the name */
    /* (also a body's short name and the place it stands in after any title: "Rektor Untag Surabaya,
       Prof. Dr. X") */
    if (!after_comma &&
        (n == 1 || (serves && (known_place(c, j, k) || (n <= 3 && !listed_after_rank(c, k + 1)))) ||
         (n <= 3 && known_place(c, k - 1, k))) &&
        punct_is(c, k, limit, ',') && k + 1 < limit &&
        (rank_opens_name(c, k + 1, limit) || (serves && rank_name_set_off(c, k + 1, end)))) {
      j = boundary = k;
      continue;
    }
    /* "Camat Sukajadi, Kota Bandung, Rina Marlina": the words were the place, the unit it lies in
       set off by commas, the name after them */
    size_t unit_comma = !after_comma && serves && n <= 3 ? place_in_unit_set_off(c, k, end) : 0;
    if (unit_comma) {
      j = boundary = unit_comma;
      continue;
    }
    size_t list_end = after_comma ? 0 : unit_list_end(c, k, limit);
    if (list_end) {  /* "Kepala Pusat Data, Informasi, dan Komunikasi": the words were a unit's */
      j = boundary = list_end;
      continue;
    }
    size_t given = after_comma ? 0 : given_in(c, j, k);
    if (given) {  /* "Kepala Stasiun Meteorologi Kertajati Muhammad Syifaul Fuad": a place before the name */
      j = boundary = given;
      continue;
    }
    if (!after_comma && k - j >= 3 && body_word(c, j)) {
      /* "Kapten Persib Marc Klok" after "Pelatih Persib Bojan Hodak": a word read as a body
         before a name is none of this name either */
      j = boundary = j + 1;
      continue;
    }
    /* "kata seorang pejabat Aramco kepada Reuters": one word no list knows after an unnamed official's
       lower-case title is the body the official serves, not a name; so after a member's word ("bersama
       anggota Satlakar menutup jalan", "Pemain Persikota dinilai ...": the body he belongs to) */
    static const char *const official[] = {"pejabat", "petinggi", "sumber", "perwakilan", "pegawai", "karyawan",
                                           "anggota", "personel", "prajurit", "pemain"};
    if (!after_comma && k == j + 1 && j == i + 1 && (!is_cap(&c->t[i]) || sentence_initial(c, i)) &&
        word_in(c, i, official, sizeof official / sizeof *official) &&
        !look(c, j, j + 1).n && !(k < limit && joined(c, k) && is_cap(&c->t[k]))) {
      boundary = k;
      break;
    }
    /* "Gubernur wilayah Sumy Oleh Hryhorov": one word no list knows, then a given name that is also a
       word of the language (Oleh, Lalu; it ended the run) opening a name: the word was the place */
    unit g = n == 1 && !after_comma && k + 1 < limit && joined(c, k) && is_cap(&c->t[k]) ? look(c, k, k + 1)
                                                                                        : (unit){0, 0, -1, -1};
    if (g.n == 1 && g.ent < 0 && (g.cls & KIMPUT_LEX_GIVEN) && !(g.cls & KIMPUT_LEX_ORG_HEAD) && joined(c, k + 1) &&
        is_cap(&c->t[k + 1]) && !is_acronym(c, &c->t[k + 1]) && !look(c, k + 1, limit).n) {
      boundary = k;
      ch->name_s = k;
      ch->name_e = k + 1 + name_run(c, k + 1, limit);
      break;
    }
    /* "Kepala Desa Sukamaju (Budi Santoso) mengatakan": a name of two words or more in brackets right
       after the words, none an acronym nor a word of the lexicon: the words were the role's (its place
       or body), the bracketed name is the holder's */
    size_t pb = after_comma ? 0 : paren_name(c, k, limit);
    if (pb >= k + 4) {
      size_t w = k + 1;
      while (w + 1 < pb && c->t[w].kind == KIMPUT_TOK_WORD && !is_acronym(c, &c->t[w]) && !look(c, w, w + 1).n &&
             c->t[w].end - c->t[w].start >= 2)
        w++;
      if (w + 1 == pb) {
        boundary = k;
        ch->name_s = k + 1;
        ch->name_e = pb - 1;
        break;
      }
    }
    ch->name_s = j;
    ch->name_e = k;
    /* "Kuasa Hukum Budi, Ani Lestari menilai ...": the first name completes the
       title (whose lawyer), the name after the comma holds it */
    if (!after_comma && punct_is(c, k, limit, ',') && k + 1 < limit && is_cap(&c->t[k + 1])) {
      size_t caps2 = caps_run(c, k + 1, end);  /* (in capitals too: "Kapolsek Cikarang, BUDI SANTOSO,") */
      size_t n2 = caps2 ? caps2 : name_run(c, k + 1, end);
      size_t after = k + 1 + n2;
      /* a real name, not degrees such as "S.IK", "S.Sos", "MSi", "M. Si" (capitals included) */
      int strong = caps2 != 0 && degrees_after(c, k, end) == k;
      for (size_t w = k + 1; w < after; w++)
        strong |= !weak_word(c, w) && !is_acronym(c, &c->t[w]) && c->t[w].end - c->t[w].start >= 3 &&
                  !inner_period(c, &c->t[w]) && !glued_to_initial(c, w) && degree_end(c, w, after) == w &&
                  !(w > k + 1 && degree_end(c, w - 1, after) > w);  /* ("S. Sos": a degree's tail) */
      /* (the name no form of the lexicon, or one a known person's one-word alias opens: "Retno Wulan") */
      unit u2 = look(c, k + 1, end);
      int own_name = !u2.n || (u2.ent >= 0 && ent_kind(c, u2.ent) == KIMPUT_ENT_PERSON && u2.n <= n2);
      /* (right after a quote's cue a lower-case word may follow the speaker's name too: "...," ujar
         Direktur Lekahnus, Edi Saputra dalam keterangannya) */
      int speaker_on = (n2 >= 2 || (last_title_kin && last_title_end == j)) && speaks_after_quote(c, i) &&
                       after < end && c->t[after].kind == KIMPUT_TOK_WORD &&
                       !is_cap(&c->t[after]) && !word_eq(c, after, "dan") && !word_eq(c, after, "serta");
      /* (so may "di" and a capitalised place, where it was said, and any lower-case word after the agent of a
         passive cue: "Demikian dikatakan Direktur Utama Farmasindo, Budi Santoso di Jakarta") */
      speaker_on |= n2 >= 2 && after + 1 < end && c->t[after].kind == KIMPUT_TOK_WORD && joined(c, after) &&
                    ((word_eq(c, after, "di") && joined(c, after + 1) && is_cap(&c->t[after + 1])) ||
                     (agent_of_passive(c, i) && !is_cap(&c->t[after]) && !word_eq(c, after, "dan") &&
                      !word_eq(c, after, "serta")));
      /* (or a verb right after a name of two words or more, no closing comma written: "Penjabat Gubernur
         Sukamaju, Hendra Wiratama melakukan kunjungan ...") */
      /* (not after a cue: "Menurut Kapolsek X, Y Z ditangkap" tells of Y Z) */
      int acts = n2 >= 2 && !after_cue(c, i) && verb_follows(c, after, end) && prefixed_verb(c, after);
      /* (and a predicate of any verb after the name when the chain opens its clause: "Pelatih Persisu, Bayu
         Ardiansyah memuji pemainnya", "Asisten pelatih Persisu, Bayu tak bisa menyembunyikan ...": the words
         before the comma were the body's, the one after it is the clause's subject) */
      int subject_on = (sentence_initial(c, i) || opens_after_clause(c, i)) && predicate_at(c, after, end);
      if (n2 && strong && own_name &&
          (cue_after(c, after, end) || punct_is(c, after, end, ',') || punct_is(c, after, end, '.') || speaker_on ||
           acts || subject_on)) {
        /* ("Kepala Desa Sukamaju, Budi Santoso": after a title serving a place, one
           word or a known place is that place, no person) */
        /* (nor words no person is known by after a title that is no bond to a person:
           "Kapten Persija, Rizky Ridho", "Bek Persija Jakarta, X" name the team; nor up to three
           words right after a title serving a place: "Kepala Desa Cibiru Wetan, X") */
        int one_body = !(last_title_kin && last_title_end == j);
        for (size_t w = j; w < k && one_body; w++)
          one_body = kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) < 0;
        int place = serves && (k - j == 1 || known_place(c, j, k) || (k - j <= 3 && last_title_end == j));
        if (!place && !one_body) {
          ch->inner_s = j;
          ch->inner_e = k;
        }
        boundary = k;
        ch->name_s = k + 1;
        ch->name_e = after;
      }
    }
    break;
  }
  /* "bertemu Presiden Vietnam saat itu, Nguyen Phu Trong": the holder at the time told, a name of
     two words or more set off after it, no form of the lexicon */
  static const char *const then[] = {"saat", "kala", "ketika", "waktu"};
  if (ch->name_e == ch->name_s && boundary > i && boundary + 3 < end && joined(c, boundary) &&
      word_in(c, boundary, then, sizeof then / sizeof *then) && word_eq(c, boundary + 1, "itu") &&
      punct_is(c, boundary + 2, end, ',') && is_cap(&c->t[boundary + 3]) && !look(c, boundary + 3, end).n) {
    size_t n = name_run(c, boundary + 3, end);
    if (n >= 2) {
      ch->name_s = boundary + 3;
      ch->name_e = boundary + 3 + n;
    }
  }
  /* "Kapten Persija yakni Rudi Sofyandi", "Ketua Umum PSSI, yaitu Budi Santoso": the holder named after
     "yakni" or "yaitu" (a rank may open the name); a name of one word before it was the body's */
  static const char *const namely[] = {"yakni", "yaitu"};
  size_t role_to = ch->name_e > ch->name_s ? ch->name_e : boundary, y = role_to;
  if (ch->name_e - ch->name_s <= 1 && y < end && punct_is(c, y, end, ',')) y++;
  if (ch->name_e - ch->name_s <= 1 && y + 1 < end && word_in(c, y, namely, 2) && is_cap(&c->t[y + 1]) &&
      !is_acronym(c, &c->t[y + 1])) {
    size_t q = y + 1;
    for (int r = 0; r < 2 && q < end && (look(c, q, end).cls & KIMPUT_LEX_RANK); r++) q += look(c, q, end).n;
    size_t n = q < end && is_cap(&c->t[q]) && !look(c, q, end).n ? name_run(c, q, end) : 0;
    if (n >= 2 || (n == 1 && q > y + 1)) {
      boundary = role_to;
      ch->name_s = q;
      ch->name_e = q + n;
    }
  }
  /* "Orang nomor satu di Bumi Sukamaju itu": the words after a title closed by "di" are the place it
     serves, up to a demonstrative, no name (an epithet of a place no list holds) */
  size_t at_di = ch->name_s;  /* ("di Negeri X itu": a place's word may stand between) */
  while (at_di > i && at_di + 3 > ch->name_s && !word_eq(c, at_di - 1, "di")) at_di--;
  if (ch->name_e > ch->name_s && at_di > i && word_eq(c, at_di - 1, "di") && ch->name_e < end &&
      demonstrative(c, ch->name_e)) {
    boundary = ch->name_e;
    ch->name_s = ch->name_e;
  }
  ch->role_end = boundary;
  ch->end = ch->name_e > ch->name_s ? ch->name_e : boundary;
  if (ch->end <= i) ch->end = ch->role_end = i + 1;
  /* "Pemimpin Gereja Katolik Paus X": the title right before the name is the one a later
     mention uses alone ("kata Paus") */
  if (ch->name_e > ch->name_s && last_title_end == ch->name_s && last_title != ch->head) ch->last_head = last_title;
}

/* ------------------------------------------------------------ sentences and pronouns */

/* Is lexicon place entity place Indonesia (RI), the home country of the press read? */
static int home_place(const ctx *c, int32_t place) {
  size_t n;
  const char *name = place >= 0 ? kimput_lexicon_entity_name(c->lex, place, &n) : NULL;
  return name && n == 9 && !memcmp(name, "Indonesia", 9);
}

/* The end (a token index) of sentence si, SIZE_MAX past the last sentence. */
static size_t sentence_end(const ctx *c, size_t si) {
  return si < c->nsent ? c->sent[si].first_token + c->sent[si].ntokens : SIZE_MAX;
}

/* Is sentence si a headline's line left in the body ("Bupati Garut Blusukan ke Desa Rawan Banjir Hari Ini
 * Ingatkan Ini", a link to another story): four words of four letters or more, every one of them
 * capitalised, no quote mark, and no stop or mark after its last word? Nobody named there is whom a
 * "dia" or a "katanya" after it means. */
static int headline_like(const ctx *c, size_t si) {
  if (si >= c->nsent || !c->sent[si].ntokens) return 0;
  size_t a = c->sent[si].first_token, b = a + c->sent[si].ntokens, long_words = 0;
  if (b > c->nt || c->t[b - 1].kind != KIMPUT_TOK_WORD) return 0;
  for (size_t k = a; k < b; k++) {
    if (c->t[k].kind == KIMPUT_TOK_QUOTE) return 0;
    if (c->t[k].kind != KIMPUT_TOK_WORD || c->t[k].end - c->t[k].start < 4) continue;
    if (!is_cap(&c->t[k])) {
      /* (title case leaves its small words low: "Keributan dengan Anggota", "Bantuan untuk Korban") */
      static const char *const small[] = {"dengan", "untuk", "dari", "yang", "pada", "dalam", "kepada", "terhadap",
                                          "antara", "tentang", "soal", "karena", "hingga", "sampai", "atau", "serta",
                                          "bagi", "oleh", "usai", "jelang", "atas", "demi", "sejak", "tanpa", "lewat",
                                          "melalui", "bersama", "menuju", "saat", "ketika", "setelah", "sebelum"};
      if (word_in(c, k, small, sizeof small / sizeof *small)) continue;
      return 0;
    }
    long_words++;
  }
  return long_words >= 4;
}

/* Is a double quotation opened in a sentence before still open where sentence si starts, in its
 * paragraph ("Sebagaimana kita tahu, … bagus. Selama ini, … transit," ucapnya: the second sentence)?
 * The marks are read once, from where the last call stopped: “ opens, ” closes, " turns; a new
 * paragraph closes what a stray mark left open. */
static int quote_open_before(ctx *c, size_t si) {
  size_t first = c->sent[si].first_token;
  if (first > c->nt) first = c->nt;
  for (size_t k = c->q_tok; k < first; k++) {
    const kimput_token *t = &c->t[k];
    if (t->flags & KIMPUT_TOKF_NEWLINE) c->q_open = 0;
    if (t->kind != KIMPUT_TOK_QUOTE) continue;
    const unsigned char *m = (const unsigned char *)c->text + t->start;
    size_t n = t->end - t->start;
    if (n == 1 && m[0] == '"') c->q_open = !c->q_open;
    else if (n == 3 && m[0] == 0xE2 && m[1] == 0x80 && m[2] == 0x9C) c->q_open = 1;
    else if (n == 3 && m[0] == 0xE2 && m[1] == 0x80 && m[2] == 0x9D) c->q_open = 0;
  }
  if (first > c->q_tok) c->q_tok = first;
  return c->q_open && first < c->nt && !(c->t[first].flags & KIMPUT_TOKF_NEWLINE);
}

static inline void enter_token(ctx *c, size_t i) {
  if (i < c->sent_end) return;  /* still in the sentence of the last token */
  size_t si = c->si;
  while (si < c->nsent && c->sent[si].first_token + c->sent[si].ntokens <= i) si++;
  c->sent_end = sentence_end(c, si);
  if (si != c->si) {
    if (c->cur_first >= 0) { c->last_first = c->cur_first; c->last_first_si = c->si; }
    if (c->cur_subject >= 0) {
      c->last_subject = c->cur_subject;
      c->last_subject_si = c->si;
      c->last_subject_vis = c->visited;
    }
    if (si >= c->nsent || !quote_open_before(c, si)) c->visited++;
    c->cur_first = c->cur_subject = -1;
    c->si = si;
    c->cur_headline = headline_like(c, si);
  }
}

/* The person a pronoun means: the subject of its sentence, else the first
 * person named in it, else the subject of a recent sentence, else the first
 * person of the latest sentence naming one. */
static int32_t antecedent(const ctx *c) {
  if (c->cur_subject >= 0) return c->cur_subject;
  if (c->cur_first >= 0) return c->cur_first;
  /* (three sentences of the body back: a "Baca juga" list between is no sentence of it) */
  if (c->last_subject >= 0 && c->last_subject_vis + 3 >= c->visited) return c->last_subject;
  return c->last_first;
}

/* "Setelah dengan Presiden, beliau …", "Usai bertemu dengan X, ia …": does a phrase of "dengan",
 * "bersama" or "kepada" and capitalised words (a name, a title) end with the comma right before token
 * i? The person it names met or was addressed by the one the pronoun at i means. */
static int fronted_partner(const ctx *c, size_t i) {
  static const char *const preps[] = {"dengan", "bersama", "kepada"};
  if (i < 3 || !punct_is(c, i - 1, c->nt, ',')) return 0;
  size_t k = i - 1, words = 0;
  while (k > 0 && words < 5 && c->t[k - 1].kind == KIMPUT_TOK_WORD && is_cap(&c->t[k - 1])) {
    k--;
    words++;
  }
  return words && k > 0 && word_in(c, k - 1, preps, sizeof preps / sizeof *preps);
}

/* The person of the latest of the last 16 mentions that is a person other than p, or -1. */
static int32_t other_person_before(const ctx *c, int32_t p) {
  for (size_t k = c->out->nm, seen = 0; k > 0 && seen < 16; k--, seen++) {
    const kimput_mention *m = &c->out->m[k - 1];
    if (m->kind == KIMPUT_ENT_PERSON && m->entity >= 0 && m->entity != p) return m->entity;
  }
  return -1;
}

/* antecedent(), or the name no list knows that opened one of the two sentences before, when no
 * person was named since it ("Nining Suryani tak kuasa menahan tangis. "…," katanya."): the pronoun
 * shows it a person's, and a mention of it is made. */
static int32_t antecedent_or_loose(ctx *c) {
  int32_t p = antecedent(c);
  if (!c->loose_n || c->cur_subject >= 0 || c->cur_first >= 0 || c->loose_si + 2 < c->si ||
      (p >= 0 && c->last_first >= 0 && c->last_first_si >= c->loose_si) ||
      (p >= 0 && c->last_subject >= 0 && c->last_subject_si >= c->loose_si))
    return p;
  int resolved;
  size_t a = c->loose_s, n = c->loose_n;
  c->loose_n = 0;
  int32_t q = person_for_run(c, a, a + n, &resolved);
  if (q < 0) return p;
  emit(c, c->t[a].start, c->t[a + n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, q, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
       resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
  c->last_first = q;
  c->last_first_si = c->loose_si;
  return q;
}

static int sentence_initial(const ctx *c, size_t i) {
  if (c->si < c->nsent && c->sent[c->si].first_token == i) return 1;
  return i == 0 || c->t[i - 1].kind == KIMPUT_TOK_QUOTE || (c->t[i].flags & KIMPUT_TOKF_NEWLINE);
}

/* A cue stands right before token i (kata X, ujar X, menurut X, "..." -- X). */
static int cue_before(const ctx *c, size_t i, size_t lo) {
  if (i <= lo || !joined(c, i)) return 0;
  const kimput_token *p = &c->t[i - 1];
  if (p->kind == KIMPUT_TOK_PUNCT || p->kind == KIMPUT_TOK_SYMBOL) {
    const unsigned char *s = (const unsigned char *)c->text + p->start;
    size_t n = p->end - p->start;
    int dash = (n == 3 && s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0x94 || s[2] == 0x93)) ||
               (n == 2 && s[0] == '-' && s[1] == '-') || (n == 1 && s[0] == '-');
    return dash && i >= 2 && c->t[i - 2].kind == KIMPUT_TOK_QUOTE;
  }
  /* '"…," demikian X': "demikian" right after the words quoted closes them as a cue does */
  if (i >= lo + 3 && word_eq(c, i - 1, "demikian") &&
      (c->t[i - 2].kind == KIMPUT_TOK_QUOTE ||
       (punct_is(c, i - 2, i, ',') && c->t[i - 3].kind == KIMPUT_TOK_QUOTE)))
    return 1;
  unit u = look(c, i - 1, i);
  /* (a cue capitalised inside its line is a headline's verb: "Presiden X Kirim Surat, Ajak Perkuat BRICS") */
  if ((u.cls & (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING)) && !(is_cap(p) && !sentence_initial(c, i - 1)))
    return 1;
  const char *w = c->text + p->start;  /* a passive reporting verb before its agent: "disampaikan X" */
  if ((u.cls & KIMPUT_LEX_CUE_REPORTING) && p->end - p->start > 4 && w[0] == 'd' && w[1] == 'i') return 1;
  if (i < lo + 2 || c->t[i - 2].kind != KIMPUT_TOK_WORD) return 0;
  u = look(c, i - 2, i);  /* a cue of two words: "demikian pernyataan X", "bunyi surat X" */
  return u.n == 2 && (u.cls & KIMPUT_LEX_CUE_AFTER);
}

/* A cue (kata, ujar) stands at most APPOSITION_GAP words before token k, words only between. */
static int cue_shortly_before(const ctx *c, size_t k) {
  size_t skipped = 0;  /* (a short form in brackets is none of the words: "kata Korlap (Koordinator Lapangan)") */
  for (size_t j = k; j > 0 && j + APPOSITION_GAP + skipped >= k; j--) {
    if (!skipped && j > 3 && punct_is(c, j - 1, c->nt, ')') && c->t[j - 2].kind == KIMPUT_TOK_WORD &&
        punct_is(c, j - 3, c->nt, '(')) {
      j -= 3;
      skipped = 3;
      if (j == 0) return 0;
    }
    const kimput_token *t = &c->t[j - 1];
    if (t->kind != KIMPUT_TOK_WORD) return 0;
    if (look(c, j - 1, j).cls & KIMPUT_LEX_CUE_AFTER) return 1;
  }
  return 0;
}

/* "menurut pengamat politik dari Universitas X, Budi Santoso,": a cue that names
 * its speaker after it (kata, menurut, a passive reporting verb), then a
 * lower-case description of at most DESCRIPTION_GAP words, ends at token k. */
static int described_after_cue(const ctx *c, size_t k) {
  for (size_t j = k; j > 1 && j + DESCRIPTION_GAP >= k; j--) {
    const kimput_token *t = &c->t[j - 2];
    if (t->kind != KIMPUT_TOK_WORD || c->t[j - 1].kind != KIMPUT_TOK_WORD) return 0;
    if (!is_cap(&c->t[j - 1]) && cue_before(c, j - 1, 0)) return 1;
  }
  return 0;
}

/* Is the cue u at token k a passive reporting verb (disampaikan, dikatakan), no verb of the sentence's
 * speaker? */
static int passive_verb(const ctx *c, size_t k, unit u) {
  const char *w = c->text + c->t[k].start;
  return u.n == 1 && !(u.cls & KIMPUT_LEX_CUE_BEFORE) && c->t[k].end - c->t[k].start > 4 && w[0] == 'd' && w[1] == 'i';
}

/* A reporting verb follows at token k, maybe after an adverb (X juga mengatakan), a negation or a
 * word of tense (X tidak menampik, X akan menyampaikan: whoever denies or plans speech is a person). */
static int cue_after(const ctx *c, size_t k, size_t end) {
  /* (and words of will: whoever is loath or willing to speak is a person too: "X juga enggan menanggapi") */
  static const char *const aux[] = {"tidak", "tak", "belum", "akan", "pernah", "sempat", "enggan", "ogah", "ingin",
                                    "mau", "bersedia", "berani", "hendak"};
  for (int skip = 0; skip < 3 && k < end; skip++) {
    if (!joined(c, k)) return 0;
    unit u = look(c, k, end);
    /* (a passive reporting verb follows what was said, not who said it: "Keprihatinan disampaikan
       oleh ...") */
    if (u.cls & (KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING)) return !passive_verb(c, k, u);
    if (!(u.cls & KIMPUT_LEX_ADVERB) && !word_in(c, k, aux, sizeof aux / sizeof *aux)) return 0;
    if (!u.n) u.n = 1;
    k += u.n;
  }
  return 0;
}

/* "dalam pernyataan yang disiarkan KNA menyebut", "melalui akun Instagramnya mengatakan":
 * at token k, the words of where something was said (dalam, melalui, lewat and at
 * most MEDIUM_WORDS more, words only), then a reporting verb. */
static int cue_after_medium(const ctx *c, size_t k, size_t end) {
  enum { MEDIUM_WORDS = 6 };
  static const char *const medium[] = {"dalam", "melalui", "lewat"};
  if (k >= end || !word_in(c, k, medium, sizeof medium / sizeof *medium)) return 0;
  for (size_t j = k + 1; j < end && j <= k + MEDIUM_WORDS && c->t[j].kind == KIMPUT_TOK_WORD; j++)
    if (cue_after(c, j, end)) return 1;
  return 0;
}

/* "X, kepada wartawan, mengatakan", "X kepada awak media menuturkan": at token k (a
 * comma maybe first), "kepada" and at most three lower-case words saying to whom
 * something was told, a comma maybe, then a reporting verb. */
static int cue_after_addressee(const ctx *c, size_t k, size_t end) {
  if (k < end && punct_is(c, k, end, ',')) k++;
  if (k >= end || !word_eq(c, k, "kepada")) return 0;
  for (size_t j = k + 1; j < end && j <= k + 3 && c->t[j].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[j]); j++) {
    size_t after = j + 1;
    if (after < end && punct_is(c, after, end, ',')) after++;
    if (cue_after(c, after, end)) return 1;
  }
  return 0;
}

/* The nouns for residents, a place after them where they live ("warga Tumpak"). */
static const char *const residents[] = {"warga", "penduduk"};

/* Token k, capitalised, is a known place that closes a lower-case description
 * ("petani asal Garut", "warga Kudus"), not a place after a preposition. */
static int place_closes_description(ctx *c, size_t k) {
  static const char *const preps[] = {"di", "ke", "dari", "pada", "dekat", "menuju", "sekitar"};
  /* ("kata warga Tumpak, Suharjono.", "warga Desa Tumpak,": where residents live, a place no list holds too,
     up to three capitalised words after the lower-case word for them) */
  for (size_t b = k, n = 0; n < 3 && b > 0 && c->t[b].kind == KIMPUT_TOK_WORD && is_cap(&c->t[b]) && joined(c, b);
       b--, n++)
    if (!is_cap(&c->t[b - 1]) && word_in(c, b - 1, residents, 2)) return 1;
  unit u = look(c, k, k + 1);
  if (!u.n || u.ent < 0 || ent_kind(c, u.ent) != KIMPUT_ENT_PLACE || k == 0 || !joined(c, k)) return 0;
  const kimput_token *p = &c->t[k - 1];
  if (p->kind != KIMPUT_TOK_WORD || is_cap(p)) return 0;
  return !word_in(c, k - 1, preps, sizeof preps / sizeof *preps);
}

/* Token k is a body's acronym (BMKG, PMI) closing a lower-case description, the word before it
 * no preposition ("petugas piket BMKG", not "kepada BBC", "di DPR"). */
static int acronym_closes_description(const ctx *c, size_t k) {
  static const char *const preps[] = {"di", "ke", "dari", "kepada", "pada", "oleh", "dengan"};
  if (k == 0 || !is_acronym(c, &c->t[k]) || !joined(c, k) || c->t[k - 1].kind != KIMPUT_TOK_WORD || is_cap(&c->t[k - 1]))
    return 0;
  unit u = look(c, k, k + 1);
  return (!u.n || (u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_ORG)) &&
         !word_in(c, k - 1, preps, sizeof preps / sizeof *preps);
}

/* A dash set off by blanks at token k: an en or em dash, or a hyphen with a blank on both sides (not
 * the hyphen of "U-16"). */
static int set_off_by_dash(const ctx *c, size_t k) {
  if (k + 1 >= c->nt || !dateline_mark(c, k) || c->text[c->t[k].start] == ':' || !joined(c, k) ||
      !joined(c, k + 1))
    return 0;
  return c->t[k].end - c->t[k].start == 3 || (c->t[k - 1].end < c->t[k].start && c->t[k].end < c->t[k + 1].start);
}

/* Is a role set off by a dash closed at token k: by another dash, a comma, a bracket or the line's end? */
static int dash_role_closed(const ctx *c, size_t k, size_t end) {
  return k >= end || !joined(c, k) || set_off_by_dash(c, k) || punct_is(c, k, end, ',') || punct_is(c, k, end, '(');
}

/* Does a word of the role at tokens [a, b) serve a place (Kapolsek, Kepala Desa, Pelatih: the
 * lexicon's jurisdictions)? */
static int serves_place(const ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (look(c, k, k + 1).cls & KIMPUT_LEX_JURISDICTION) return 1;
  return 0;
}

/* Do tokens [a, b) name someone: a given name among them, or a person met before by all of them? */
static int names_someone(const ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (look(c, k, k + 1).cls & KIMPUT_LEX_GIVEN) return 1;
  return known_full_name(c, a, b);
}

/* "X, Kepala Dinas Y, mengatakan": a title chain naming nobody after a
 * comma; returns it in *ch (and 1) or 0. */
static int appositive(ctx *c, size_t k, size_t end, chain *ch) {
  /* "Rina Kartika yang juga Ketua RT 05 mengatakan": a clause of "yang" and the office, with
     "juga", "merupakan", "adalah", "kini", "menjabat (sebagai)", "sebagai" or "selaku" */
  static const char *const links[] = {"juga", "merupakan", "adalah", "kini", "menjabat", "sebagai", "selaku"};
  static const char *const as[] = {"sebagai", "selaku"};
  size_t r = k + 1;  /* the role's first token */
  int linked = 0;     /* (a lower-case title too after such words: "selaku kuasa hukum korban") */
  int bare = 0;       /* no comma between: "Budi Santoso Pelatih Timnas X mengakui" */
  int dashed = 0;     /* a dash between: "Tom Walker – Perdana Menteri Selandia Baru (Februari 2024)" */
  /* ("X, yang juga Ketua RT 05, mengatakan": a comma before it) */
  if (punct_is(c, k, end, ',') && k + 1 < end && word_eq(c, k + 1, "yang")) r = ++k + 1;
  /* ("X, sebagai Kapolda Jawa Barat, berkeliling": the comma before "sebagai" or "selaku") */
  if (punct_is(c, k, end, ',') && k + 2 < end && word_in(c, k + 1, as, 2) && is_cap(&c->t[k + 2])) r = ++k + 1;
  if (word_eq(c, k, "yang") && joined(c, k)) {
    for (size_t w = 0; w < 2 && r < end && word_in(c, r, links, sizeof links / sizeof *links); w++) r++;
    linked = 1;
  } else if (word_in(c, k, as, 2) && joined(c, k)) {  /* "X selaku Ketua Panitia" */
    linked = 1;
  } else if (k >= 2 && k + 1 < end && set_off_by_dash(c, k)) {
    /* ("Tom Walker – Perdana Menteri X (Maret 2024)", "Rina Wati - Kepala Desa X - mengatakan": a dash
       after a name of two words or more in mixed case, not a dateline's "TELUK KUANTAN -"; the role
       closed by another dash, a comma, a bracket or the line's end) */
    if (!is_cap(&c->t[k - 1]) || !is_cap(&c->t[k - 2]) || !joined(c, k - 1) || is_acronym(c, &c->t[k - 1]) ||
        is_acronym(c, &c->t[k - 2]))
      return 0;
    dashed = 1;
  } else if (!punct_is(c, k, end, ',') || k + 1 >= end) {
    /* ("Budi Santoso Pelatih Timnas X mengakui": a capitalised title right after a name of two words
       or more, no comma; taken only when the chain names nobody and a predicate follows it) */
    if (k < 2 || k >= end || !joined(c, k) || !is_cap(&c->t[k - 1]) || !is_cap(&c->t[k - 2]) ||
        !joined(c, k - 1) || (look(c, k, end).cls & KIMPUT_LEX_RANK))
      return 0;
    /* ("Rina Wati kuasa hukum keduanya, menyebut": in lower case, a noun of a bond, closed by a comma) */
    if (!is_cap(&c->t[k])) {
      if (c->t[k].kind != KIMPUT_TOK_WORD || !(look(c, k, end).cls & KIMPUT_LEX_KIN)) return 0;
      linked = 1;
      bare = 2;
    } else {
      bare = 1;
    }
    r = k--;
  }
  if (r >= end || !joined(c, r)) return 0;
  unit u = look(c, r, end);
  if (!(u.cls & KIMPUT_LEX_TITLE) || (!is_cap(&c->t[r]) && !linked)) return 0;
  k = r - 1;
  parse_chain(c, k + 1, end, ch);
  /* "X, Kepala Desa Sukamaju, mengatakan": the words (three at most) after a title serving a
     place, closed by the comma, are that place: the role names nobody else ("Kepala Desa Mekar
     Jaya,"; the title's short form in brackets between: "Kepala Desa (Kades) Mekar Jaya,") */
  size_t tw = ch->name_s - 1;  /* (the title's last word) */
  if (tw > k + 3 && punct_is(c, tw, end, ')') && punct_is(c, tw - 2, end, '(') && is_acronym(c, &c->t[tw - 1]) == 0 &&
      c->t[tw - 1].kind == KIMPUT_TOK_WORD)
    tw -= 3;
  if (ch->name_e > ch->name_s && ch->name_e <= ch->name_s + 3 && ch->gaz_person < 0 && ch->name_s > k + 1 &&
      (look(c, tw, tw + 1).cls & KIMPUT_LEX_JURISDICTION) &&
      (punct_is(c, ch->name_e, end, ',') || (dashed && dash_role_closed(c, ch->name_e, end)))) {
    ch->role_end = ch->end = ch->name_e;
    ch->name_s = ch->name_e;
    ch->place_read = 1;
  }
  if (dashed && !dash_role_closed(c, ch->end, end)) return 0;
  if (bare == 2) {  /* (whose, in two lower-case words at most, before the comma: "kuasa hukum keduanya,") */
    size_t v = ch->role_end;
    while (v < end && v < ch->role_end + 2 && joined(c, v) && c->t[v].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[v]))
      v++;
    if (ch->name_e != ch->name_s || ch->role_end <= k + 1 || !punct_is(c, v, end, ',')) return 0;
    ch->role_end = ch->end = v;
    return 1;
  }
  if (bare) {  /* (an age group or a season's mark may close the role first: "Timnas X U-16 mengatakan") */
    /* "Budi Santoso Kapolsek Sukamaju mengatakan": so are the words (three at most) a title serving a
       place reads up to the predicate, when they name nobody (a list's person, a given name, a person
       met before: "Budi Santoso Kapolsek Rahmat Hidayat" is two): the place it serves */
    if (ch->name_e > ch->name_s && ch->name_e <= ch->name_s + 3 && ch->gaz_person < 0 && ch->name_s > k + 1 &&
        serves_place(c, k + 1, ch->name_s) && !names_someone(c, ch->name_s, ch->name_e)) {
      size_t v = ch->name_e;
      while (v < end && v < ch->name_e + 3 && joined(c, v) && (has_digit(c, &c->t[v]) || punct_is(c, v, end, '-')))
        v++;
      if (predicate_at(c, v, end)) {
        ch->role_end = ch->end = ch->name_e;
        ch->name_s = ch->name_e;
        ch->place_read = 1;
      }
    }
    size_t v = ch->end;
    while (v < end && v < ch->end + 3 && joined(c, v) &&
           (has_digit(c, &c->t[v]) || punct_is(c, v, end, '-') ||
            (c->t[v].kind == KIMPUT_TOK_WORD && is_cap(&c->t[v]) && c->t[v].end - c->t[v].start == 1)))
      v++;
    if (!predicate_at(c, v, end)) return 0;
  }
  return ch->name_e == ch->name_s && ch->role_end > k + 1;
}

/* ini, itu, tersebut: "di lokasi itu, Taman Sari, yang" names a place, not a person described */
static int demonstrative(const ctx *c, size_t k) {
  const char *w = c->text + c->t[k].start;
  size_t n = c->t[k].end - c->t[k].start;
  return (n == 3 && (memcmp(w, "ini", 3) == 0 || memcmp(w, "itu", 3) == 0)) ||
         (n == 8 && memcmp(w, "tersebut", 8) == 0);
}

/* ------------------------------------------------------------ the scan */

static size_t org_run(ctx *c, size_t i, size_t end, size_t *acr) {
  size_t head_end = i + look(c, i, end).n, j = head_end;
  *acr = 0;
  /* "Aliansi Jurnalis Independen (AJI)": words the acronym after them spells are the body's
     name, a title or a person noun among them too */
  size_t spelled = spelled_words(c, i, end, 0);
  /* (or made of their syllables: "Asosiasi Musik Sukamaju (Amus)") */
  if (!spelled) spelled = abbreviated_body(c, i, end);
  if (spelled) j = spelled;
  while (!spelled && j < end && j - i < 12 && joined(c, j)) {
    const kimput_token *t = &c->t[j];
    if (is_cap(t)) {
      unit u = look(c, j, end);
      /* "Universitas Sebelas Maret (UNS)": a month's name inside the body's name, more of it after */
      if (calendar_word(u) && j + 1 < end && joined(c, j + 1) &&
          (punct_is(c, j + 1, end, '(') || (is_cap(&c->t[j + 1]) && !(look(c, j + 1, end).cls & STOPS_NAME)))) {
        j++;
        continue;
      }
      /* "Biro Pers Sekretariat Presiden, ...": a title closing the body's name, no name after it */
      if (u.n && (u.cls & KIMPUT_LEX_TITLE) && !(u.cls & KIMPUT_LEX_RANK) && j > i + 1 &&
          (look(c, j - 1, j).cls & KIMPUT_LEX_QUALIFIER) &&
          !(j + u.n < end && joined(c, j + u.n) && is_cap(&c->t[j + u.n]))) {
        j += u.n;
        break;
      }
      /* "Persatuan Wartawan Indonesia": a title word right after the head, a place or a
         unit's word after it, names the body's members */
      if (j == head_end && u.n && (u.cls & KIMPUT_LEX_TITLE) && !(u.cls & KIMPUT_LEX_RANK) && j + u.n < end &&
          joined(c, j + u.n) && is_cap(&c->t[j + u.n])) {
        size_t w = j + u.n;
        unit v = look(c, w, end);
        if ((v.ent >= 0 && ent_kind(c, v.ent) == KIMPUT_ENT_PLACE) ||
            (v.cls & (KIMPUT_LEX_QUALIFIER | KIMPUT_LEX_ORG_HEAD))) {
          j += u.n;
          continue;
        }
        /* "Forum Guru Honorer menggelar aksi": one word no list knows after the title, the
           body's name going on with a place or nothing capitalised, is the members' kind, no
           person's name ("Tim Pengacara Budi Santoso" names one, and "Tim Kuasa Hukum Rahmat" the
           one it serves) */
        int lone = w + 1 >= end || !joined(c, w + 1) || !is_cap(&c->t[w + 1]) || look(c, w + 1, end).n;
        if (!v.n && lone && !(u.cls & KIMPUT_LEX_KIN) && !is_acronym(c, &c->t[w]) && !inner_period(c, &c->t[w]) &&
            c->t[w].end - c->t[w].start > 2 &&
            kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) < 0) {
          j = w + 1;
          continue;
        }
      }
      if (u.n && (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK | KIMPUT_LEX_NOT_NAME | KIMPUT_LEX_CALENDAR |
                           KIMPUT_LEX_PRONOUN)))
        break;
      if (u.n && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON) break;
      j += u.n ? u.n : 1;
      continue;
    }
    /* ("Kedutaan Besar Malaysia di Jakarta": where the body sits is no word of its name) */
    if (t->kind == KIMPUT_TOK_WORD && j + 1 < end && is_cap(&c->t[j + 1]) &&
        (look(c, j, j + 1).cls & KIMPUT_LEX_CONNECTOR) && !word_eq(c, j, "di")) { j++; continue; }
    /* "Biro Pers, Media, dan Informasi": the parts of a unit's name */
    size_t list_end = punct_is(c, j, end, ',') ? unit_list_end(c, j, end) : 0;
    if (list_end) { j = list_end; continue; }
    break;
  }
  size_t p = paren_name(c, j, end);
  /* ("(Dinkes)": a regional office's short name the lexicon knows, written in brackets as an acronym is) */
  if (p && p - j == 3 &&
      (is_acronym(c, &c->t[j + 1]) || ((look(c, j + 1, j + 2).cls & (KIMPUT_LEX_JURISDICTION | KIMPUT_LEX_TITLE)) ==
                                       KIMPUT_LEX_JURISDICTION))) {
    *acr = j + 1;
    j = p;
  }
  return j;
}

/* The body inside a role, named with its acronym ("Kepala Badan Riset Pangan
 * (BRP) X"): an organisation called by the acronym from then on. */
static void chain_org(ctx *c, const chain *ch) {
  const kimput_token *a = &c->t[ch->acr], *s = &c->t[ch->org_s];
  int32_t e = kmap_get(&c->orgs, c->text + a->start, a->end - a->start);
  if (e < 0) {
    unit u = look(c, ch->acr, ch->acr + 1);
    if (u.ent >= 0) return;  /* the gazetteer knows it */
    e = new_entity(c, KIMPUT_ENT_ORG, -1);
    if (e < 0) return;
    c->out->e[e].name_s = a->start;
    c->out->e[e].name_e = a->end;
    if (!kmap_put(&c->orgs, c->text + a->start, a->end - a->start, e)) c->failed = 1;
  }
  uint32_t full_end = c->t[ch->acr - 2].end;
  if (!kmap_put(&c->orgs, c->text + s->start, full_end - s->start, e)) c->failed = 1;
  emit(c, s->start, c->t[ch->acr + 1].end, KIMPUT_UNSET, KIMPUT_UNSET, e, KIMPUT_ENT_ORG, KIMPUT_MENTION_NAME, 0);
}

/* The capitals at token i are someone's initials: after "berinisial" or
 * "inisial", after a person noun and before an age in brackets ("korban, RN
 * (17)"), or (when they are no place's) registered so earlier in the document. */
static int initials_of_person(const ctx *c, size_t i, size_t end, int place) {
  if (i > 0 && (word_eq(c, i - 1, "berinisial") || word_eq(c, i - 1, "inisial") || word_eq(c, i - 1, "inisialnya")))
    return 1;
  /* an age after a person noun: "tersangka MA (25)", "korban, AS (17)," (not "NTT (12)", a count) */
  size_t before = i > 0 && punct_is(c, i - 1, end, ',') ? i - 2 : i - 1;
  int person_noun = i > 0 && before < i && (look(c, before, before + 1).cls & KIMPUT_LEX_PERSON_NOUN);
  if (person_noun && i + 3 < end && punct_is(c, i + 1, end, '(') && c->t[i + 2].kind == KIMPUT_TOK_NUMBER &&
      c->t[i + 2].end - c->t[i + 2].start <= 2 && punct_is(c, i + 3, end, ')'))
    return 1;
  if (place) return 0;  /* a place only on the evidence above */
  int32_t p = kmap_get(&c->words, c->text + c->t[i].start, c->t[i].end - c->t[i].start);
  return p >= 0 && c->out->e[p].kind == KIMPUT_ENT_PERSON;
}


/* Is token k a verb of meeting, calling or writing to someone (bertemu, menelepon, menyurati)? */
static int contact_verb(const ctx *c, size_t k) {
  return c->t[k].kind == KIMPUT_TOK_WORD && (look(c, k, k + 1).cls & KIMPUT_LEX_CONTACT) != 0;
}

/* Is token i whom the words before it address: "surat kepada AFC", "menyurati FIFA",
 * "menemui KPU"? (Capitals there no list knows name a body.) */
static int addressed(const ctx *c, size_t i) {
  /* (and a noun of a visit or an audience: "audiensi PGRI", "kunjungan KNPI", "bertemu dengan HMI") */
  static const char *const visit[] = {"audiensi", "audensi", "kunjungan", "silaturahmi", "silaturahim", "pertemuan"};
  if (i == 0 || !joined(c, i)) return 0;
  size_t k = i - 1;
  if (word_eq(c, k, "kepada") || contact_verb(c, k) || word_in(c, k, visit, sizeof visit / sizeof *visit)) return 1;
  return k > 0 && word_eq(c, k, "dengan") && joined(c, k) &&
         (contact_verb(c, k - 1) || word_in(c, k - 1, visit, sizeof visit / sizeof *visit));
}

/* Does token k send or receive something the lexicon says is sent: a letter, a message,
 * greetings ("mengirim surat", "mengirimkan pesan", "membalas surat", "menerima surat",
 * "mengucapkan selamat")? Who does so is a person or a body, not a place or an event. */
static int sends_at(const ctx *c, size_t k, size_t end) {
  static const char *const send[] = {"mengirim", "mengirimkan", "membalas", "menerima", "mengucapkan",
                                     "menyampaikan", "melayangkan"};
  /* "X menerima telepon dari Y", "X menerima kunjungan Y"; "X mengadakan pertemuan dengan Y" */
  static const char *const contact_noun[] = {"telepon", "kunjungan"};
  static const char *const hold[] = {"mengadakan", "menggelar", "melakukan"};
  static const char *const talks[] = {"pertemuan", "pembicaraan", "perbincangan", "percakapan"};
  if (k + 1 >= end || !joined(c, k + 1) || c->t[k + 1].kind != KIMPUT_TOK_WORD) return 0;
  size_t obj = k + 1;
  if (word_eq(c, obj, "sepucuk") && obj + 1 < end && joined(c, obj + 1)) obj++;
  /* (the object first: the lexicon's hit is at hand, the verb a comparison of words) */
  if (c->t[obj].kind != KIMPUT_TOK_WORD) return 0;
  if (look(c, obj, obj + 1).cls & KIMPUT_LEX_SENT) return word_in(c, k, send, sizeof send / sizeof *send);
  if (word_in(c, obj, contact_noun, sizeof contact_noun / sizeof *contact_noun)) return word_eq(c, k, "menerima");
  return word_in(c, obj, talks, sizeof talks / sizeof *talks) && obj + 1 < end && joined(c, obj + 1) &&
         word_eq(c, obj + 1, "dengan") && word_in(c, k, hold, sizeof hold / sizeof *hold);
}

/* Is token k a passive verb of contact, its subject the one called, met or visited ("Ani
 * Lestari ditelepon Budi", "… dihubungi wartawan")? */
static int contacted_at(const ctx *c, size_t k) {
  static const char *const passive[] = {"ditelepon", "ditemui", "dihubungi", "dikunjungi", "disurati"};
  return c->t[k].kind == KIMPUT_TOK_WORD && word_in(c, k, passive, sizeof passive / sizeof *passive);
}

/* "Budi Santoso: "…"", "Budi: "…"", an interview's answer: the run at token i (n words) opens its
 * sentence, a colon and a quotation mark after it, and the document gave these words before as
 * one name that nothing showed a person's yet (keep_loose), of two words or more ("… menemui
 * dua warga, Budi Santoso dan Siti Rahmawati."). Capitalised words never given so, "Catatan
 * Redaksi: "…"", name nobody. */
static int answer_of(const ctx *c, size_t i, size_t n, size_t end) {
  if (i + n + 1 >= end || !punct_is(c, i + n, end, ':') || c->t[i + n + 1].kind != KIMPUT_TOK_QUOTE ||
      !sentence_initial(c, i))
    return 0;
  size_t first = SIZE_MAX;
  for (size_t k = i; k < i + n; k++) {
    int32_t v = kmap_get(&c->words, c->text + c->t[k].start, c->t[k].end - c->t[k].start);
    if (v >= LOOSE_TWO || LOOSE_TOKEN(v) >= i || (first != SIZE_MAX && LOOSE_TOKEN(v) != first)) return 0;
    first = LOOSE_TOKEN(v);
  }
  return first != SIZE_MAX && strong_words(c, first, first + name_run(c, first, c->nt)) >= 2;
}

/* Does s[0..n) hold an upper-case vowel? */
static int memchr_vowel(const char *s, size_t n) {
  for (size_t k = 0; k < n; k++)
    if (s[k] == 'A' || s[k] == 'E' || s[k] == 'I' || s[k] == 'O' || s[k] == 'U') return 1;
  return 0;
}

/* Is the word at token k no word of the lexicon, or only a given name (SITI)? */
static int plain_word(const ctx *c, size_t k) {
  unit u = look(c, k, k + 1);
  return !u.n || (u.ent < 0 && !(u.cls & STOPS_NAME) && (u.cls & KIMPUT_LEX_GIVEN));
}

/* The number of words of a name written in capitals at token i: two to four words of capitals no
 * list or document knows as a body (not "KPK", nor "BACA JUGA"); 0 when fewer. */
static size_t caps_run(const ctx *c, size_t i, size_t end) {
  size_t k = i, longest = 0;
  while (k < end && k < i + 4 && (k == i || joined(c, k)) && is_acronym(c, &c->t[k]) && plain_word(c, k) &&
         kmap_get(&c->orgs, c->text + c->t[k].start, c->t[k].end - c->t[k].start) < 0) {
    /* (a word of a name has a vowel and three letters at least: not "DPRD", "PT") */
    size_t n = c->t[k].end - c->t[k].start;
    if (n < 3 || !memchr_vowel(c->text + c->t[k].start, n)) return 0;
    if (n > longest) longest = n;
    k++;
  }
  if (k < end && joined(c, k) && is_acronym(c, &c->t[k])) return 0;  /* more capitals: a heading */
  return k - i >= 2 && longest >= 5 ? k - i : 0;
}

/* "BUDI SANTOSO: "…"", an interview's answer or a speaker's label written in capitals: such a
 * name opening the sentence at token i, a colon and a quotation mark right after it. Its
 * number of words, 0 when not so. */
static size_t caps_label(const ctx *c, size_t i, size_t end) {
  size_t k = caps_run(c, i, end);
  if (!k || !sentence_initial(c, i) || i + k + 1 >= end || !punct_is(c, i + k, end, ':') ||
      c->t[i + k + 1].kind != KIMPUT_TOK_QUOTE)
    return 0;
  /* an answer: a word of it named before (in any case), or a question put shortly before it
     (not a heading: "KABAR GEMBIRA: "…"") */
  for (size_t w = i; w < i + k; w++)
    if (kmap_get(&c->words, c->text + c->t[w].start, c->t[w].end - c->t[w].start) != -1) return k;
  for (size_t b = i; b-- > 0 && b + QUESTION_BACK >= i;)
    if (punct_is(c, b, i, '?')) return k;
  return 0;
}

/* Do the words before token i name someone's home: "kediaman", "rumah" (lower case), "rumah
 * dinas", "rumah pribadi"? */
static int home_of(const ctx *c, size_t i) {
  static const char *const kinds[] = {"dinas", "pribadi"};
  size_t k = i - 1;
  if (k > 0 && word_in(c, k, kinds, 2) && !is_cap(&c->t[k])) k--;
  return !is_cap(&c->t[k]) && (word_eq(c, k, "kediaman") || word_eq(c, k, "rumah"));
}

/* Is token k an adverb (juga, telah) or a word of plans (akan, dijadwalkan) that may stand
 * between a person and the verb of what the person does? */
static int plan_or_adverb(const ctx *c, size_t k) {
  /* (and how: "X resmi mengirim surat", "X secara resmi menyurati Y") */
  static const char *const plans[] = {"akan", "dijadwalkan", "berencana", "hendak", "segera", "bakal",
                                      "resmi", "secara"};
  return c->t[k].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[k]) &&
         ((look(c, k, k + 1).cls & KIMPUT_LEX_ADVERB) || word_in(c, k, plans, sizeof plans / sizeof *plans));
}

/* The run at tokens [i, i + n) comes right after a lower-case noun of kin or of a bond with
 * -nya ("mitranya", "istrinya"), maybe set off by a comma, maybe after where the other is
 * from ("mitranya dari Kamboja, X"); no word of the run is the lexicon's, and it is no
 * place ("mitranya, Jepang"). One word only when a comma or a stop closes it. */
static int kin_named_after(const ctx *c, size_t i, size_t n, size_t end) {
  if (i < 2 || !n) return 0;
  /* (the word before first: it is rarely a noun with -nya, and the run's checks cost more) */
  size_t k = i - 1;
  if (punct_is(c, k, end, ',')) {
    k--;
    /* (where the other is from: "dari Kamboja", "asal Jepang"; three capitalised words at most) */
    size_t p = k;
    while (p + 3 > k && p > 0 && is_cap(&c->t[p]) && joined(c, p)) p--;
    if (p < k && (word_eq(c, p, "dari") || word_eq(c, p, "asal")) && p > 0) k = p - 1;
  }
  const kimput_token *t = &c->t[k];
  if (t->kind != KIMPUT_TOK_WORD || t->end - t->start < 6 || !lex_ends_nya(c->text + t->end - 3) ||
      !joined(c, k + 1) || (is_cap(t) && !sentence_initial(c, k)) ||
      !(lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k)->nya & KIMPUT_LEX_KIN))
    return 0;
  if (n == 1 && !(i + 1 >= end || punct_is(c, i + 1, end, ',') || punct_is(c, i + 1, end, '.'))) return 0;
  if (known_place(c, i, i + n)) return 0;
  for (size_t w = i; w < i + n; w++)  /* (a given name may open it: "istrinya, Siti Aminah") */
    if (w == i ? !plain_word(c, w) : look(c, w, w + 1).n != 0) return 0;
  return 1;
}

/* Is no word of tokens [a, b) the lexicon's (a name no list holds: "Ani Lestari", not
 * "Kementerian Dalam Negeri")? */
static int none_known(const ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (look(c, k, k + 1).n) return 0;
  return 1;
}

/* Is no word of [a, b) the lexicon's but as a given name, none of them a place ("Mahathir Mohamad",
 * "Ahmad Fauzi")? Where the words around say a person is named, given names are a name's words. */
static int none_known_but_given(const ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++) {
    unit u = look(c, k, k + 1);
    if (u.n && !only_given(u)) return 0;
  }
  return 1;
}

/* "PSSI menyurati Bali United", "Persib Bandung mengirimkan surat kepada PSSI", "ucapan selamat
 * kepada Timnas Indonesia": a club's or a team's name -- words no list knows at [i, i + n), then a
 * known place, or a place and a club's tail (United, FC, SC) with n = 0 -- that a letter, a call or
 * a meeting is addressed to or sent by is a body's. The token after the name, or 0. */
static size_t team_name(const ctx *c, size_t i, size_t n, size_t end) {
  static const char *const tail[] = {"united", "fc", "sc"};
  size_t p = i + n;
  if (p >= end || (n && !joined(c, p))) return 0;
  unit u = look(c, p, end);
  if (!u.n || u.ent < 0 || ent_kind(c, u.ent) != KIMPUT_ENT_PLACE) return 0;
  size_t e = p + u.n;
  if (e < end && joined(c, e) && is_cap(&c->t[e]) && word_in(c, e, tail, sizeof tail / sizeof *tail)) e++;
  else if (!n) return 0;  /* a place alone is the place */
  if (e < end && joined(c, e) && is_cap(&c->t[e])) return 0;  /* a longer name goes on */
  if (addressed(c, i)) return e;
  size_t v = e;
  while (v < end && v < e + 2 && joined(c, v) && plan_or_adverb(c, v)) v++;
  return v < end && joined(c, v) && (contact_verb(c, v) || sends_at(c, v, end)) ? e : 0;
}

/* A mention of the body or outlet named by tokens [a, b), no list's: one entity for the same
 * words, of that kind when they are new (a failed allocation sets c->failed). */
static void emit_body(ctx *c, size_t a, size_t b, int kind) {
  uint32_t s = c->t[a].start, e_off = c->t[b - 1].end;
  int32_t e = kmap_get(&c->orgs, c->text + s, e_off - s);
  if (e < 0) {
    e = new_entity(c, kind, -1);
    if (e < 0) return;
    c->out->e[e].name_s = s;
    c->out->e[e].name_e = e_off;
    if (!kmap_put(&c->orgs, c->text + s, e_off - s, e)) c->failed = 1;
  }
  emit(c, s, e_off, KIMPUT_UNSET, KIMPUT_UNSET, e, c->out->e[e].kind, KIMPUT_MENTION_NAME, 0);
}

/* "Kabupaten Garut", "Kota Bandung", "Garut": at token k, a regency's, city's or province's word or
 * none, then a place of the gazetteer with no capitalised word after it; the token after the place
 * (its lexicon entity in *place, the unit's word in *level: 1 + its index in region_units, 0 when
 * none), or 0. */
static const char *const region_units[] = {"kabupaten", "kota", "provinsi"};
static const char *const region_abbrevs[] = {"kab.", NULL, "prov."};  /* "Dinkes Kab. Garut" (Kota unabbreviated) */
static size_t place_tail(const ctx *c, size_t k, size_t end, int32_t *place, int *level) {
  size_t p = k;
  *level = 0;
  for (int w = 0; w < 3 && p == k; w++)
    if (p < end && joined(c, p) && is_cap(&c->t[p]) &&
        (word_eq(c, p, region_units[w]) || (region_abbrevs[w] && word_eq(c, p, region_abbrevs[w])))) {
      p++;
      *level = w + 1;
    }
  if (p >= end || !joined(c, p) || !is_cap(&c->t[p])) return 0;
  unit u = look(c, p, end);
  if (!u.n || u.ent < 0 || ent_kind(c, u.ent) != KIMPUT_ENT_PLACE) return 0;
  size_t e = p + u.n;
  if (e < end && joined(c, e) && is_cap(&c->t[e])) return 0;
  *place = u.ent;
  return e;
}

/* The BY_REGION key of a body's office (base) serving a place under a unit's word, -1 when too big. */
static int32_t region_key(int32_t base, int level, int32_t place) {
  return base >= 0 && base < (1 << 10) && place < (1 << 16) ? (base << 18) | (level << 16) | place : -1;
}

/* A mention of tokens [a, b), a body's office serving a place: "Dinas Kesehatan (Dinkes) Kabupaten
 * Garut", "Dinkes Garut" and "Dinas Kesehatan Kabupaten Garut" are one entity, found by the body
 * (base, the entity its name or short name [base_s, base_e) was first given, -1 when new), the
 * place and the unit's word (none matching any: "Kota Bogor" and "Kabupaten Bogor" are two
 * governments). Its name is the longest form written without brackets (the full one when the text
 * gives it). */
static void region_body(ctx *c, size_t a, size_t b, size_t base_s, size_t base_e, int32_t base, int level,
                        int32_t place) {
  uint32_t s = c->t[a].start, e_off = c->t[b - 1].end;
  int32_t e = imap_get(&c->by, BY_REGION, region_key(base, level, place));
  for (int w = level ? 0 : 1; e < 0 && w <= 3 && base >= 0; w += level ? 4 : 1)
    e = imap_get(&c->by, BY_REGION, region_key(base, w, place));  /* (a unit's word, or none, written once) */
  if (e < 0) {
    e = new_entity(c, KIMPUT_ENT_ORG, -1);
    if (e < 0) return;
    c->out->e[e].name_s = s;
    c->out->e[e].name_e = e_off;
    if (base < 0) base = e;
    int32_t key = region_key(base, level, place);
    if (key >= 0 && !imap_put(&c->by, BY_REGION, key, e)) c->failed = 1;
  }
  uint32_t bs = c->t[base_s].start, be = c->t[base_e - 1].end;
  if (kmap_get(&c->orgs, c->text + bs, be - bs) < 0 && !kmap_put(&c->orgs, c->text + bs, be - bs, base)) c->failed = 1;
  ent *x = &c->out->e[e];
  int bracketed = memchr(c->text + s, '(', e_off - s) != NULL;
  int named_bracketed = memchr(c->text + x->name_s, '(', x->name_e - x->name_s) != NULL;
  if (!bracketed && (named_bracketed || e_off - s > x->name_e - x->name_s)) {
    x->name_s = s;
    x->name_e = e_off;
  }
  emit(c, s, e_off, KIMPUT_UNSET, KIMPUT_UNSET, e, KIMPUT_ENT_ORG, KIMPUT_MENTION_NAME, 0);
}

/* "kata Pedagang Siti Aminah", "kata pedagang sayur Budi Santoso": a noun for a person right after a
 * cue, capitalised or with one or two lower-case words no list knows after it (its trade), stands
 * right before token i: it describes the one named there. */
static int noun_after_cue(const ctx *c, size_t i) {
  size_t j = i;
  while (j > 0 && i - j < 2 && joined(c, j) && c->t[j - 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[j - 1]) &&
         !look(c, j - 1, j).n)
    j--;
  /* (a resident's noun names where they live after it: "kata warga Sukamaju", "kata Warga Tumpak") */
  return j > 0 && joined(c, j) && c->t[j - 1].kind == KIMPUT_TOK_WORD && (j < i || is_cap(&c->t[j - 1])) &&
         describing_noun(look(c, j - 1, j)) && !word_in(c, j - 1, residents, 2) && cue_before(c, j - 1, 0);
}

/* Does something besides a known word, a role or an age say that the run
 * of capitalised words at tokens [i, i + n) is a person: a cue next to it,
 * or the ways a name is set off below? (Asked only when those fail: the
 * signs are tried in turn, the first that holds answers.) */
static int run_said_person(ctx *c, size_t i, size_t n, size_t end) {
  /* ("Warga Kampung Melayu menolak ...": after a noun for a person, a kind of place is where they live) */
  if (noun_opens_sentence(c, i) && place_or_firm_word(c, i, i + n)) return 0;
  if (cue_before(c, i, 0) || cue_after(c, i + n, end)) return 1;
  if (noun_after_cue(c, i) && !place_or_firm_word(c, i, i + n)) return 1;
  /* "Budi Hartono, M.Si mengatakan": the cue past the degrees set off after the name (a degree is
     never a name) */
  size_t degrees = degrees_after(c, i + n, end);
  if (degrees > i + n &&
      (cue_after(c, degrees, end) || (punct_is(c, degrees, end, ',') && cue_after(c, degrees + 1, end))))
    return 1;
  if (answer_of(c, i, n, end)) return 1;
  /* '"…," kata Tim Komunikasi Presiden, Budi Santoso di Istana': a name of two words after the
     body a cue names and its comma is the person speaking for it */
  if (n >= 2 && i >= 3 && punct_is(c, i - 1, end, ',') && is_cap(&c->t[i - 2]) && cue_shortly_before(c, i - 1) &&
      strong_words(c, i, i + n) == n &&
      (i + n >= end || punct_is(c, i + n, end, '.') || punct_is(c, i + n, end, ',') ||
       (c->t[i + n].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i + n]))))
    return 1;
  /* "Budi Hartono, kepada wartawan, mengatakan ...": the cue past whom it was told */
  if (n >= 2 && cue_after_addressee(c, i + n, end)) return 1;
  /* "Anggota DPRD X, Fraksi Y dapil 1 (Rina Wulandari) meninjau ...": a name of two words or more in
     brackets after a description, a prefixed verb right after them: the person the description names */
  if (n >= 2 && i > 1 && punct_is(c, i - 1, end, '(') && punct_is(c, i + n, end, ')') && i + n + 1 < end &&
      (c->t[i - 2].kind == KIMPUT_TOK_WORD || c->t[i - 2].kind == KIMPUT_TOK_NUMBER) &&
      verb_follows(c, i + n + 1, end) && prefixed_verb(c, i + n + 1) &&
      none_known_but_given(c, i, i + n))
    return 1;
  /* "Bepe, sapaan akrabnya, menilai ...": a nickname told as such, wherever it stands */
  if (n == 1 && nickname_owner(c, i + 1) >= 0) return 1;
  /* "ujar pria yang akrab disapa Aaf itu": a nickname told as such after a verb of calling (a name
     called so usually: "saksi yang dipanggil Budi" is summoned) */
  static const char *const usually[] = {"akrab", "biasa", "karib", "sering", "kerap"};
  if (n <= 3 && i >= 2 && (word_eq(c, i - 1, "disapa") || word_eq(c, i - 1, "dipanggil")) &&
      word_in(c, i - 2, usually, sizeof usually / sizeof *usually))
    return 1;
  /* "Nagita Slavina alias Gigi": a name given another after "alias" is a person's */
  if (word_eq(c, i + n, "alias") && i + n + 1 < end && is_cap(&c->t[i + n + 1])) return 1;
  /* ... and so after "atau yang akrab disapa" ("Budi Santoso atau yang akrab disapa Bonbon mengaku") */
  if (word_eq(c, i + n, "atau")) {
    size_t v = i + n + 1 + word_eq(c, i + n + 1, "yang");
    if (v + 2 < end && word_in(c, v, usually, sizeof usually / sizeof *usually) &&
        (word_eq(c, v + 1, "disapa") || word_eq(c, v + 1, "dipanggil")) && is_cap(&c->t[v + 2]))
      return 1;
  }
  /* "STY, sapaan akrab Shin Tae-yong,": the name whose nickname was told before it */
  if (i > 2 && word_eq(c, i - 1, "akrab") && word_eq(c, i - 2, "sapaan") && punct_is(c, i - 3, end, ',')) return 1;
  /* "mantan bintang basket NBA, Dennis Rodman, yang ...": a name of two words or
   * more set off by commas after a description, a relative clause after it */
  int described = n >= 2 && i > 1 && punct_is(c, i - 1, end, ',') && c->t[i - 2].kind == KIMPUT_TOK_WORD &&
                  !demonstrative(c, i - 2) &&
                  punct_is(c, i + n, end, ',') && i + n + 1 < end &&
                  c->t[i + n + 1].end - c->t[i + n + 1].start == 4 &&
                  memcmp(c->text + c->t[i + n + 1].start, "yang", 4) == 0;
  if (described) return 1;
  /* "Rina Kartika yang menjadi korban mengatakan": a name of two words or more no list knows
     opening its clause, a clause of "yang" after it, a cue ending that clause */
  /* (one word too opening its sentence, when the clause says what the person is: "Hendra yang merupakan
     warga X mengatakan"; not "Data yang dihimpun menyebutkan") */
  static const char *const is[] = {"merupakan", "juga", "adalah", "kini", "menjadi", "menjabat", "sebagai", "selaku"};
  int one = n == 1 && sentence_initial(c, i) && !is_acronym(c, &c->t[i]) && c->t[i].end - c->t[i].start >= 3 &&
            word_in(c, i + 2, is, sizeof is / sizeof *is);
  if ((n >= 2 || one) && word_eq(c, i + n, "yang") && joined(c, i + n) && strong_words(c, i, i + n) == n &&
      (sentence_initial(c, i) || (i > 0 && punct_is(c, i - 1, end, ',')))) {
    size_t k = i;
    int who = !one;  /* (for one word, a noun for a person or a title in the clause) */
    while (k < i + n && !look(c, k, k + 1).n) k++;
    for (size_t w = i + n + 1; k == i + n && w < end && w <= i + n + 1 + DESCRIPTION_GAP && joined(c, w) &&
                               c->t[w].kind == KIMPUT_TOK_WORD;
         w++) {
      if (w > i + n + 1 && who && cue_after(c, w, end)) return 1;
      /* (right after the word that says what the person is: "yang merupakan warga", "yang kini menjabat Ketua") */
      size_t what = i + 3 + (word_in(c, i + 3, is, sizeof is / sizeof *is) ? 1 : 0);
      who |= w == what && (look(c, w, end).cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_TITLE)) != 0;
    }
  }
  /* "Rina, pedagang yang berjualan di Pasar Baru mengaku ...": a name opening its sentence, a comma, a
     lower-case noun for a person or a title, then a cue within a description's few words, its closing
     comma left out (as the comma-closed description is read: "Rina, pedagang di pasar, mengaku") */
  if (n <= 3 && sentence_initial(c, i) && strong_words(c, i, i + n) == n && punct_is(c, i + n, end, ',') &&
      i + n + 1 < end && c->t[i + n + 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i + n + 1]) &&
      (look(c, i + n + 1, end).cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_TITLE)))
    for (size_t w = i + n + 2; w < end && w <= i + n + 2 + DESCRIPTION_GAP && joined(c, w); w++) {
      if (c->t[w].kind != KIMPUT_TOK_WORD) break;
      if (cue_after(c, w, end)) return 1;
    }
  /* "seorang warga bernama Slamet": a name given as such */
  int named = i > 0 && c->t[i - 1].end - c->t[i - 1].start == 7 &&
              !memcmp(c->text + c->t[i - 1].start + 1, "ernama", 6) &&
              (c->text[c->t[i - 1].start] == 'b' || c->text[c->t[i - 1].start] == 'B');
  if (named) return 1;
  /* "delegasi Jepang yang dipimpin Fukushiro Nukaga": the leader of a group is a person
     (a name of two words or more after "dipimpin", "diketuai", "dipimpin oleh") */
  static const char *const led[] = {"dipimpin", "diketuai", "dikomandani", "dinakhodai"};
  size_t before = i > 0 && word_eq(c, i - 1, "oleh") ? i - 1 : i;
  if (n >= 2 && before > 0 && word_in(c, before - 1, led, sizeof led / sizeof *led) && !known_place(c, i, i + n))
    return 1;
  /* "utusan khusus Presiden X, Park Jae Won, ...": an envoy named after whose envoy he is (two
     words or more set off by a comma, the envoy word a few words before it, no stop between) */
  static const char *const envoy[] = {"utusan", "emisari"};
  if (n >= 2 && i > 2 && punct_is(c, i - 1, end, ',') && !known_place(c, i, i + n))
    for (size_t k = i - 1; k-- > 0 && k + 9 > i && c->t[k].kind == KIMPUT_TOK_WORD;)
      if (word_in(c, k, envoy, sizeof envoy / sizeof *envoy)) return 1;
  /* "menemui Puan Maharani", "mengirim surat kepada Puan Maharani", "bertemu dengan X", "ditelepon
     X": whom one visits, calls, meets with or writes to, or who calls or receives one, is a person,
     when no word of the name is the lexicon's
     (not after a bare "bertemu" or "menjamu": a match's other team, "bertemu Manchester City") */
  static const char *const met[] = {"menemui", "menelepon", "kepada", "ditelepon", "ditemui", "dihubungi",
                                     "dikunjungi", "dijamu", "disambut", "menyurati", "menghubungi"};
  static const char *const met_with[] = {"bertemu", "berbicara", "bertelepon", "berdiskusi", "berbincang",
                                         "pertemuan", "pembicaraan"};
  if (n >= 2 && i > 0 &&
      (word_in(c, i - 1, met, sizeof met / sizeof *met) ||
       (i > 1 && word_eq(c, i - 1, "dengan") && word_in(c, i - 2, met_with, sizeof met_with / sizeof *met_with)))) {
    if (none_known_but_given(c, i, i + n)) return 1;
  }
  /* "membalas surat Ani Lestari", "menerima pesan Budi Santoso", "surat dari Budi Santoso": whose
     letter one answers or receives, or who sent it (a word of the name the lexicon's: no person,
     "membalas surat Kementerian X") */
  static const char *const letter[] = {"surat", "pesan", "telepon", "kunjungan"};
  static const char *const answer[] = {"membalas", "menjawab", "menerima"};
  size_t of = n >= 2 && i > 2 && word_eq(c, i - 1, "dari") ? i - 1 : i;  /* "surat dari Ani Lestari" */
  if (n >= 2 && of > 1 && joined(c, i) && joined(c, of) && joined(c, of - 1) &&
      word_in(c, of - 1, letter, sizeof letter / sizeof *letter) &&
      (of < i || word_in(c, of - 2, answer, sizeof answer / sizeof *answer))) {
    if (none_known_but_given(c, i, i + n)) return 1;
  }
  /* "Surat Ani Lestari kepada …", "pesan Budi Santoso untuk …": the writer named right after the
     letter's noun, its addressee after the name (not a paper's kind: "Surat Edaran Gubernur kepada …";
     not before "yang": "Surat X yang menjelaskan …" would make the clause X's words) */
  static const char *const after_writer[] = {"kepada", "untuk"};
  static const char *const paper[] = {"keputusan", "edaran", "perintah", "tugas", "izin", "keterangan", "kuasa",
                                      "pernyataan", "rekomendasi", "undangan", "teguran", "permohonan", "terbuka",
                                      "pemberitahuan", "penugasan", "peringatan", "resmi", "balasan", "suara",
                                      "berharga", "wasiat", "kabar", "pribadi", "khusus", "dakwaan", "tuntutan"};
  if (n >= 2 && i > 0 && joined(c, i) && i + n < end && joined(c, i + n) &&
      (word_eq(c, i - 1, "surat") || word_eq(c, i - 1, "pesan")) &&
      word_in(c, i + n, after_writer, sizeof after_writer / sizeof *after_writer) &&
      !word_in(c, i, paper, sizeof paper / sizeof *paper)) {
    if (none_known_but_given(c, i, i + n)) return 1;
  }
  /* "bertemu mitranya, Sok Chenda Sophea,", "didampingi istrinya Siti Aminah": the name right
     after a noun of kin or of a bond with -nya (someone's) is a person's */
  if (kin_named_after(c, i, n, end)) return 1;
  /* "bertandang ke kediaman Megawati Soekarnoputri", "rumah dinas Budi Santoso": whose home */
  if (n >= 2 && i > 0 && joined(c, i) && home_of(c, i) && !known_place(c, i, i + n)) {
    size_t k = i;
    while (k < i + n && plain_word(c, k)) k++;
    if (k == i + n) return 1;
  }
  /* "Sinta Dewi bertemu Sandiaga Uno", "Rudi Hartono menyurati bupati", "Rudi Hartono mengirim
     surat": who meets, calls or writes to someone is a person, and so is whom a person just named meets ("bertemu"
     alone may meet a team), when no word of the name is the lexicon's; an adverb or a word
     of plans may stand before the verb ("Sinta Dewi akan bertemu", "dijadwalkan menemui") */
  size_t verb = i + n;
  while (verb < end && verb < i + n + 2 && joined(c, verb) && plan_or_adverb(c, verb)) verb++;
  /* "Budi Santoso dan Ani Lestari bertemu": the first of two names the verb follows */
  if (verb < end && joined(c, verb) && word_eq(c, verb, "dan") && verb + 1 < end && joined(c, verb + 1) &&
      is_cap(&c->t[verb + 1])) {
    size_t v2 = verb + 1 + name_run(c, verb + 1, end);
    if (v2 > verb + 1 && v2 < end && joined(c, v2) && contact_verb(c, v2)) verb = v2;
  }
  int meets_after = verb < end && joined(c, verb) &&
                    (contact_verb(c, verb) || contacted_at(c, verb) || sends_at(c, verb, end));
  int met_by_person = 0;  /* the person right before the verb, past "akan", "juga" */
  if (i > 1 && word_eq(c, i - 1, "bertemu") && c->out->nm > 0 && c->out->m[c->out->nm - 1].kind == KIMPUT_ENT_PERSON) {
    size_t subject = i - 2;
    while (subject > 0 && subject + 4 > i && plan_or_adverb(c, subject)) subject--;
    met_by_person = c->out->m[c->out->nm - 1].end == c->t[subject].end;
  }
  if (n >= 2 && (meets_after || met_by_person)) {
    if (none_known_but_given(c, i, i + n)) return 1;
  }
  /* "Kakak korban, Rudi, menuturkan": a name set off by commas, a cue after it;
     "kata kuasa hukumnya, Andi Wijaya.": a name closing the sentence after a
     comma, a cue a few words before it */
  size_t past = degrees_after(c, i + n, end);  /* past the degrees after the name: "Hendra Wijaya, SH, MH," */
  /* (and past the nickname told right after it: "Pemandu wisata, Yohanes Don Bosco atau akrab disapa Jhon, menyebut") */
  if (past + 3 < end && word_eq(c, past, "atau")) {
    size_t k = past + 1;
    if (word_eq(c, k, "yang")) k++;
    if (word_eq(c, k, "akrab") || word_eq(c, k, "biasa")) k++;
    if (k + 1 < end && (word_eq(c, k, "disapa") || word_eq(c, k, "dipanggil")) && is_cap(&c->t[k + 1]))
      past = k + 1 + name_run(c, k + 1, end);
  }
  /* (the degrees set the name off as a comma does: "Andi Saputra, SH, MH mengatakan") */
  int comma_cue = (punct_is(c, past, end, ',') && cue_after(c, past + 1, end)) || (past > i + n && cue_after(c, past, end));
  /* ("kata seorang warga, Sumarni, yang rumahnya terendam": the clause goes on after the name) */
  int lower_after_comma = punct_is(c, past, end, ',') && past + 1 < end && c->t[past + 1].kind == KIMPUT_TOK_WORD &&
                          !is_cap(&c->t[past + 1]);
  /* ("kata Ketua RW setempat, Bambang, Jumat (30/4).": the day it was said after the name's comma) */
  int day_after_comma = punct_is(c, past, end, ',') && past + 1 < end &&
                        (look(c, past + 1, past + 2).cls & KIMPUT_LEX_CALENDAR);
  /* ("ujar salah seorang pedagang, Rusdi kepada wartawan, Selasa": to whom, where or when it was said right
     after the name, no comma between) */
  static const char *const told_where[] = {"pada", "kepada", "di", "saat", "ketika", "sewaktu", "usai", "seusai",
                                           "melalui", "lewat"};
  int said_where = past < end && joined(c, past) && word_in(c, past, told_where, sizeof told_where / sizeof *told_where);
  int set_off = i > 1 && punct_is(c, i - 1, end, ',') && c->t[i - 2].kind == KIMPUT_TOK_WORD &&
                /* a description before it, not a place ("di Kroya, Cilacap,"); a place
                   may close the description ("kata petani asal Garut, Asep Sunandar.") */
                (((!is_cap(&c->t[i - 2]) || place_closes_description(c, i - 2)) &&
                  (comma_cue || ((punct_is(c, past, end, '.') || past >= end || lower_after_comma || day_after_comma ||
                                  said_where) &&
                                 cue_shortly_before(c, i - 1)))) ||
                 /* "Warga Desa Sukamaju, Budi Santoso, mengatakan", "Pengamat dari ITB,
                    Sony Sulaksono, mengatakan": a description closed by a name of its own,
                    then a name of two words or more, no place, set off with a cue after it */
                 (n >= 2 && comma_cue && !known_place(c, i, i + n)) ||
                 /* "menurut dosen hukum dari Universitas X, Budi Santoso, putusan itu keliru"; a name of one
                    word when a body's acronym closes the description ("kata petugas pemantauan BMKG, Rina,") */
                 ((n >= 2 || acronym_closes_description(c, i - 2)) &&
                  (punct_is(c, past, end, ',') || punct_is(c, past, end, '.') || past >= end) &&
                  !known_place(c, i, i + n) && described_after_cue(c, i - 1)));
  if (set_off) return 1;
  /* "Ibu korban, Euis Rahmawati, tak kuasa menahan tangis": a sentence opening with a short
     description headed by a noun for a person or of kin, then a name of two words or more set
     off by commas, whatever verb follows; headed by a noun of kin, one word of a name too ("Istri
     Rasim, Karsini, menambahkan": a relative is named by a given name alone) */
  if (i > 1 && punct_is(c, i - 1, end, ',') && punct_is(c, past, end, ',') && !known_place(c, i, i + n)) {
    size_t d = i - 1;
    while (d > 0 && i - 1 - d < 3 && c->t[d - 1].kind == KIMPUT_TOK_WORD && (d == i - 1 || joined(c, d))) d--;
    /* (after a determiner opening it: "Seorang pedagang, Rizal Fahmi, membuka") */
    size_t h = d + 1 < i - 1 && sentence_initial(c, d) && (look(c, d, d + 1).cls & KIMPUT_LEX_DETERMINER) ? d + 1 : d;
    uint32_t head = d < i - 1 && sentence_initial(c, d) ? look(c, h, h + 1).cls : 0;
    if ((n >= 2 && (head & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_KIN))) ||
        (n == 1 && (head & KIMPUT_LEX_KIN) && !look(c, i, end).n))
      return 1;
  }
  /* "ujar relawan dari Aksi Cepat Tanggap (ACT), Rina Marlina.": a description closed by a body
     and its acronym, a name of two words or more set off after it, a cue shortly before; or a cue
     after its closing comma ("Terdakwa kasus suap di Komisi X (KX), Budi Santoso, mengaku ...") */
  if (n >= 2 && i > 4 && punct_is(c, i - 1, end, ',') && punct_is(c, i - 2, end, ')') && is_acronym(c, &c->t[i - 3]) &&
      punct_is(c, i - 4, end, '(') && !known_place(c, i, i + n) &&
      (comma_cue || ((punct_is(c, past, end, '.') || past >= end || lower_after_comma) &&
                     (cue_shortly_before(c, i - 4) || described_after_cue(c, i - 4)))))
    return 1;
  /* "Seorang pedagang di Pasar Johar, Sumiyati, mengeluh": a lower-case description closed
     by where the person is (di/dari and a capitalised name), then one name set off, a cue after */
  if (comma_cue && i > 3 && punct_is(c, i - 1, end, ',') && is_cap(&c->t[i - 2])) {
    size_t p = i - 2;
    while (p + 4 > i && p > 0 && is_cap(&c->t[p - 1]) && joined(c, p)) p--;
    /* (or where the person goes or comes from: "Seorang penumpang yang akan pulang ke Cirebon, Suratmo,
       mengatakan", "asal Garut", "tujuan Solo") */
    if (p >= 2 && joined(c, p) &&
        (word_eq(c, p - 1, "di") || word_eq(c, p - 1, "dari") || word_eq(c, p - 1, "ke") ||
         word_eq(c, p - 1, "asal") || word_eq(c, p - 1, "tujuan")) &&
        c->t[p - 2].kind == KIMPUT_TOK_WORD && (!is_cap(&c->t[p - 2]) || sentence_initial(c, p - 2)) &&
        !(look(c, p - 2, p - 1).cls & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN | KIMPUT_LEX_CUE_BEFORE |
                                       KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_AFTER)))
      return 1;
  }
  /* "Budi Santoso, warga setempat, mengatakan": a name of two words or more, then a
     lower-case description set off by commas, then a cue, maybe after the words
     of where it was said ("dalam pernyataan yang disiarkan KNA menyebut") */
  int glossed = 0;
  /* ("Maya Wati dan Lexi Nurani, pendiri …, bertemu": two names joined by "dan" share the role after them) */
  if (n >= 2 && i + n + 3 < end && word_eq(c, i + n, "dan") && joined(c, i + n + 1) && is_cap(&c->t[i + n + 1])) {
    size_t n2 = name_run(c, i + n + 1, end);
    /* (the second the last of the list: one step, no walk down a long list) */
    size_t after = i + n + 1 + n2;
    if (n2 >= 2 && n2 <= 4 && !look(c, i + n + 1, i + n + 2).n && !(after < end && word_eq(c, after, "dan")) &&
        run_said_person(c, i + n + 1, n2, end))
      return 1;
  }
  if (n >= 2 && punct_is(c, i + n, end, ',') && i + n + 1 < end && c->t[i + n + 1].kind == KIMPUT_TOK_WORD &&
      !is_cap(&c->t[i + n + 1])) {
    size_t k = i + n + 1, d = k;
    /* (or, whatever follows, a noun for a person opening the description, a number in it too:
       "Ratna Dewi, perempuan berusia 45 tahun itu, tak kuasa ..."; not "ibu kota") */
    int person_noun = (look(c, d, d + 1).cls & KIMPUT_LEX_PERSON_NOUN) && !word_eq(c, d + 1, "kota") &&
                      !known_place(c, i, i + n);
    while (k < end && k <= i + n + DESCRIPTION_GAP &&
           (c->t[k].kind == KIMPUT_TOK_WORD || (person_noun && c->t[k].kind == KIMPUT_TOK_NUMBER)))
      k++;
    /* (or a verb of writing, calling or meeting someone, or of sending after the commas:
       "Rina Kusuma, adik X, menyurati Y", "…, mengirim surat") */
    static const char *const sends[] = {"mengirim", "mengirimkan"};
    /* (or a title opening it, a role set off after the name: "Rudi Tanoto, pendiri PT X, pun …") */
    int titled = (look(c, i + n + 1, end).cls & KIMPUT_LEX_TITLE) != 0;
    glossed = k > i + n + 1 && punct_is(c, k, end, ',') &&
              (person_noun || titled || cue_after(c, k + 1, end) || cue_after_medium(c, k + 1, end) ||
               (k + 1 < end && (contact_verb(c, k + 1) || word_in(c, k + 1, sends, sizeof sends / sizeof *sends))));
  }
  if (glossed) return 1;
  /* "Sementara itu, Rojali, Pemuda Kampung X Desa Y, menuturkan bahwa ...", "Rojali, warga Kampung X,
     mengatakan": one word no list knows opening its clause, then a description a noun for a person heads
     (capitalised or not) set off by commas, a cue right after them */
  if (n == 1 && i + 3 < end && punct_is(c, i + 1, end, ',') && c->t[i].end - c->t[i].start >= 3 &&
      !is_acronym(c, &c->t[i]) && !look(c, i, i + 1).n && (look(c, i + 2, i + 3).cls & KIMPUT_LEX_PERSON_NOUN) &&
      (sentence_initial(c, i) || (i > 0 && punct_is(c, i - 1, end, ',')))) {
    size_t k = i + 3;
    while (k < end && k <= i + 2 + DESCRIPTION_GAP &&
           (c->t[k].kind == KIMPUT_TOK_WORD || c->t[k].kind == KIMPUT_TOK_NUMBER))
      k++;
    if (punct_is(c, k, end, ',') && cue_after(c, k + 1, end)) return 1;
  }
  /* "kata petani Asep Sunandar.", "kata istri Budi Santoso kepada wartawan": a name of two
     words or more closing its clause or its words (a lower-case word after it) right after
     a cue and one lower-case word that describes the person */
  /* ("ujar terdakwa Sam.": one word of a name after a noun for a person, the cue right before; not
     where residents live: "kata warga Sukamaju") */
  static const char *const the_public[] = {"warga", "penduduk", "masyarakat"};
  int lone = n == 1 && i >= 2 && c->t[i].end - c->t[i].start >= 3 && !look(c, i, i + 1).n &&
             !is_acronym(c, &c->t[i]) && (look(c, i - 1, i).cls & KIMPUT_LEX_PERSON_NOUN) &&
             !word_in(c, i - 1, the_public, sizeof the_public / sizeof *the_public);
  return (n >= 2 || lone) && i >= 2 && joined(c, i) && c->t[i - 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i - 1]) &&
         !(look(c, i - 1, i).cls & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN)) && cue_before(c, i - 1, 0) &&
         (i + n >= end || punct_is(c, i + n, end, ',') || punct_is(c, i + n, end, '.') ||
          (c->t[i + n].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i + n]) && !known_place(c, i, i + n)));
}

/* "Kementerian Luar Negeri Korea Selatan", "Kementerian Pertahanan China": a body of
 * the gazetteer named by an organisation head and no country of its own (u, at
 * token i), a known place right after it: the place's body of that name. The
 * token after the place, or 0. */
static size_t body_of_place(ctx *c, size_t i, unit u, size_t end) {
  size_t k = i + u.n;
  if (k >= end || !joined(c, k) || !is_cap(&c->t[k]) || c->lex->entities[u.ent].country >= 0 ||
      !(look(c, i, i + 1).cls & KIMPUT_LEX_ORG_HEAD))
    return 0;
  /* (past a body's head of the country's own: "Istana Kerajaan Yordania") */
  unit h = look(c, k, end);
  if (h.n && h.ent < 0 && (h.cls & KIMPUT_LEX_ORG_HEAD) && k + h.n < end && joined(c, k + h.n) &&
      is_cap(&c->t[k + h.n]))
    k += h.n;
  unit p = look(c, k, end);
  return p.n && p.ent >= 0 && ent_kind(c, p.ent) == KIMPUT_ENT_PLACE ? k + p.n : 0;
}

/* The length of an outlet's name no lexicon knows at token i, 0 when none: an
 * acronym, a site's address or capitalised words right after a cue naming who
 * relays the words ("seperti dikutip IRNA", "dilansir Detik.com", "seperti
 * dilaporkan harian Bangkok Post"). After "mengutip" or "laporan", which may
 * name a person or a body, only an acronym, an address or words after a noun
 * of the press. */
static const char *const press[] = {"media", "laman", "situs", "harian", "koran", "majalah", "portal",
                                    "televisi", "berita", "kabar", "stasiun", "jaringan", "surat", "kantor"};
#define NPRESS (sizeof press / sizeof *press)

/* Does a noun of the press, maybe a word saying whose (resmi, pemerintah), then its country (the latest
 * mention, a place) and maybe a comma stand right before token i, a short name no list knows
 * ("kantor berita Belarus, BelTA", "media pemerintah Vietnam VNA")? The press noun's token, else 0. (A
 * country is needed: "kepada media, AKBP X" names a person.) */
static size_t press_country_before(const ctx *c, size_t i, size_t end) {
  static const char *const whose[] = {"resmi", "pemerintah", "negara", "nasional", "milik", "pemerintahan"};
  if (i < 3 || !c->out->nm) return 0;
  const kimput_mention *m = &c->out->m[c->out->nm - 1];
  if (m->kind != KIMPUT_ENT_PLACE || m->end + 2 < c->t[i].start || !is_cap(&c->t[i]) || !joined(c, i)) return 0;
  size_t k = i;
  if (punct_is(c, k - 1, end, ',')) k--;
  if (c->t[k - 1].end != m->end) return 0;
  size_t j = k - 1;
  while (j > 0 && j + 4 > k && c->t[j - 1].end > m->start) j--;  /* (the place's first token, 4 at most) */
  if (c->t[j].start != m->start) return 0;
  for (int w = 0; w < 2 && j > 0 && word_in(c, j - 1, whose, sizeof whose / sizeof *whose); w++) j--;
  if (j == 0 || is_cap(&c->t[j - 1]) || !word_in(c, j - 1, press, NPRESS)) return 0;
  /* (an agency's short name, two capitals at least, "BelTA", "VNA": "kepada media Jepang, Hendra ..." names a
     person) */
  size_t caps = 0;
  for (uint32_t o = c->t[i].start; o < c->t[i].end; o++) caps += c->text[o] >= 'A' && c->text[o] <= 'Z';
  return caps >= 2 ? j - 1 : 0;
}

static size_t outlet_after_via(const ctx *c, size_t i, size_t end) {
  static const char *const loose_cues[] = {"mengutip", "laporan", "lapor", "menurut"};
  /* the scan stops at every relaying cue (LEX_SCAN_LOWER_CLASSES): it ended just before,
     or one or two nouns of the press before */
  if (!c->via_end || c->via_end > i || i - c->via_end > 2 || !joined(c, i)) return 0;
  size_t j = i, noun = 0, cue = c->via_tok;
  while (j > c->via_end && joined(c, j) && !is_cap(&c->t[j - 1]) && word_in(c, j - 1, press, NPRESS)) {
    j--;
    noun++;
  }
  if (j != c->via_end || (noun && !joined(c, j))) return 0;
  const kimput_token *t = &c->t[i];
  int address = t->kind == KIMPUT_TOK_URL;
  for (uint32_t k = t->start; k + 1 < t->end && !address; k++)
    address = c->text[k] == '.' && c->text[k + 1] >= 'a' && c->text[k + 1] <= 'z';
  if (address || is_acronym(c, t)) return 1;
  if (!is_cap(t) || (!noun && word_in(c, cue, loose_cues, sizeof loose_cues / sizeof *loose_cues))) return 0;
  /* (an English-language name's link between its capitalised words: "Voice of America", "Times of
     India", "Radio Free Europe") */
  static const char *const links[] = {"of", "on", "for"};
  size_t n = 1;
  while (n < 5 && i + n < end && joined(c, i + n)) {
    if (is_cap(&c->t[i + n])) {
      n++;
    } else if (n < 4 && i + n + 1 < end && word_in(c, i + n, links, 3) && joined(c, i + n + 1) &&
               is_cap(&c->t[i + n + 1])) {
      n += 2;
    } else {
      break;
    }
  }
  return n;
}

/* The tokens of "RI" or "Republik Indonesia" at token k, after a body's name, or 0 (no capitalised
 * word going on after them: "Kemlu RI Jakarta" names another unit). */
static size_t republic_after(const ctx *c, size_t k, size_t end) {
  size_t n = 0;
  if (k < end && joined(c, k) && word_eq(c, k, "ri") && c->t[k].end - c->t[k].start == 2 &&
      c->text[c->t[k].start] == 'R' && c->text[c->t[k].start + 1] == 'I')
    n = 1;
  else if (k + 1 < end && joined(c, k) && joined(c, k + 1) && is_cap(&c->t[k]) && word_eq(c, k, "republik") &&
           word_eq(c, k + 1, "indonesia"))
    n = 2;
  return n && !(k + n < end && joined(c, k + n) && is_cap(&c->t[k + n])) ? n : 0;
}

/* Does token i open a title that names the leader of a place, whatever the office
 * ("pemimpin Rusia", "kepala negara Korut", "orang nomor satu di Rusia")? */
static int leader_word(const ctx *c, size_t i) {
  static const char *const leaders[] = {"pemimpin", "pimpinan", "orang", "kepala"};
  if (!word_in(c, i, leaders, 4)) return 0;
  if (word_eq(c, i, "kepala")) return word_eq(c, i + 1, "negara") || word_eq(c, i + 1, "pemerintahan");
  return !word_eq(c, i, "orang") || word_eq(c, i + 1, "nomor");
}

/* Is token k glued to a slash on a side with a number or capitals beyond it
 * ("123/SJ/2024", "100/1575/SJ", "B-12/KB/XII"): a piece of a letter's or a
 * ruling's number? */
static int glued_slash(const ctx *c, size_t k, size_t s, size_t o) {
  const kimput_token *t = &c->t[s], *v = &c->t[o];
  if (t->kind != KIMPUT_TOK_PUNCT || t->end - t->start != 1 || c->text[t->start] != '/') return 0;
  if ((s < k ? t->end != c->t[k].start : c->t[k].end != t->start) || (o < s ? v->end != t->start : t->end != v->start))
    return 0;
  return v->kind == KIMPUT_TOK_NUMBER || is_acronym(c, v) || is_roman(c, v);
}

static int in_code(const ctx *c, size_t k) {
  return (k >= 2 && glued_slash(c, k, k - 1, k - 2)) || (k + 2 < c->nt && glued_slash(c, k, k + 1, k + 2));
}

/* The hits of tokens [i, end) are filled (lex_hits_fill) before the scan. */
/* Do the acronyms of tokens [a, b), a body a title names ("kata Ketua DPR"), stand in the role
 * that named person e last ("Ketua DPR X", "Kepala Pelaksana BPBD Sukamaju X")? A title naming
 * another body is somebody else: "Ketua DPR" after "Ketua Partai Maju X" is not X. */
#define BODY_HOLDERS_SEEN 32  /* the latest entities searched for another holder (bounded: linear) */
static int body_in_role(const ctx *c, const ent *e, size_t a, size_t b) {
  if (e->role_e <= e->role_s) return 1;  /* (named with no role: nothing says otherwise) */
  for (size_t k = a; k < b; k++) {
    const kimput_token *t = &c->t[k];
    /* (and a body named in words, its head and its work: "Ketua Tim Pemenangan" is not "Ketua KPU X";
       a head alone may stand for the body named before: "kata Kepala Badan") */
    int words = !is_acronym(c, t) && is_cap(t) &&
                (derived_noun(c, k) ||
                 ((look(c, k, k + 1).cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_TITLE)) == KIMPUT_LEX_ORG_HEAD &&
                  k + 1 < b && is_cap(&c->t[k + 1])));
    if (!is_acronym(c, t) && !words) continue;
    size_t n = t->end - t->start, found = 0;
    for (uint32_t o = e->role_s; !found && o + n <= e->role_e; o++)
      found = words ? fold_eq(c->text + o, n, c->text + t->start, n) : !memcmp(c->text + o, c->text + t->start, n);
    if (!found) return 0;
  }
  return 1;
}

/* Whether tokens [a, b) hold an acronym (a body's short name: "BPBD"). */
static int acronym_in(const ctx *c, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (is_acronym(c, &c->t[k])) return 1;
  return 0;
}

/* Is the run of n words at token i (no acronym) set off by a comma before "seorang" or "salah
 * seorang", the measure word of people only ("Wati, seorang warga Sukamaju, ...", "Budi, salah
 * seorang pedagang")? A person's name then, no title needed. */
static int one_person_apposed(const ctx *c, size_t i, size_t n, size_t end) {
  size_t k = i + n;
  /* ("Sementara Rudi salah seorang warga mengaku": with no comma, "salah seorang" or "salah satu" and a
     word for a person, a relative or an office, no preposition, noun for a person or unit's word before
     the run: "warga Cikampek salah seorang korban" is a place) */
  static const char *const preps[] = {"dari", "asal", "pada", "untuk", "dengan", "oleh"};
  if (k + 3 < end && !is_acronym(c, &c->t[i]) && joined(c, k) && word_eq(c, k, "salah") &&
      (word_eq(c, k + 1, "seorang") || word_eq(c, k + 1, "satu")) &&
      (look(c, k + 2, k + 3).cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_KIN | KIMPUT_LEX_TITLE)) &&
      !(i > 0 && (word_in(c, i - 1, preps, sizeof preps / sizeof *preps) ||
                  (look(c, i - 1, i).cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_JURISDICTION)))))
    return 1;
  if (!punct_is(c, k, end, ',') || k + 1 >= end || is_acronym(c, &c->t[i])) return 0;
  if (word_eq(c, k + 1, "seorang")) return 1;
  /* ("Rudi, dari Fraksi Sukamaju, mempertanyakan …", "Rudi, anggota Komisi II mengatakan …": an aside naming
     the body the run belongs to, "dari" or "anggota" and a capitalised name, then a prefixed verb or a cue; not
     a description of another named in it, "Lawan Daud, petinju Filipina X, menyebut") */
  if (k + 2 < end && (word_eq(c, k + 1, "dari") || word_eq(c, k + 1, "anggota")) && is_cap(&c->t[k + 2])) {
    size_t v = past_aside(c, k, end);
    if (v > k && v < end && ((verb_follows(c, v, end) && prefixed_verb(c, v)) || cue_after(c, v, end))) return 1;
  }
  if (k + 2 < end && word_eq(c, k + 1, "salah") && word_eq(c, k + 2, "seorang")) return 1;
  /* ("Karno, salah satu anggota keluarga korban,": "salah satu" and a word for a person, a relative or an
     office) */
  return k + 3 < end && word_eq(c, k + 1, "salah") && word_eq(c, k + 2, "satu") &&
         (look(c, k + 3, k + 4).cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_KIN | KIMPUT_LEX_TITLE));
}

/* The latest person introduced with title entry head and place (country) place, among the latest
 * entities (bounded: linear), or -1. */
static int32_t holder_there(const ctx *c, int32_t head, int32_t place) {
  if (head < 0 || place < 0) return -1;
  int32_t q = (int32_t)c->out->ne - 1, stop = q - BODY_HOLDERS_SEEN;
  for (; q >= 0 && q > stop; q--)
    if (c->out->e[q].kind == KIMPUT_ENT_PERSON && c->out->e[q].head == head && c->out->e[q].country == place)
      return q;
  return -1;
}

/* Emits the person named by the run of n tokens at token i (no role) and keeps them as
 * the latest person spoken of: the number of tokens read, n. */
static size_t person_run(ctx *c, size_t i, size_t n) {
  int resolved;
  int32_t p = person_for_run(c, i, i + n, &resolved);
  emit(c, c->t[i].start, c->t[i + n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
       resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
  remember(c, p, -1, -1);
  return n;
}

/* Right after a relaying cue, at token k (or after one or two nouns of the press), a site's address
 * ("seperti dilansir harianjogja.com") or an outlet of the gazetteer the page writes in lower case
 * ("seperti dikutip kumparan", "dilansir detikcom": the list's case rule wants a capital, and
 * "kumparan" is a common word elsewhere) names the outlet: the scan's walk, which passes lower-case
 * words by, stops there (LEX_STARTS_OUTLET), with the outlet's entity set for the gazetteer's. */
static void lower_outlet_after_via(ctx *c, size_t k, size_t end) {
  for (size_t n = 0; n < 2 && k < end && joined(c, k) && !is_cap(&c->t[k]) && word_in(c, k, press, NPRESS); n++) k++;
  if (k >= end || !joined(c, k) || (c->t[k].flags & KIMPUT_TOKF_UPPER)) return;
  lex_hit *h = &c->hits[lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k) - c->hits];
  if (c->t[k].kind == KIMPUT_TOK_URL) {
    /* (all in lower case: "dariTribunnews.com" glues a word to the address) */
    for (uint32_t o = c->t[k].start; o < c->t[k].end; o++)
      if (c->text[o] >= 'A' && c->text[o] <= 'Z') return;
    h->starts |= LEX_STARTS_OUTLET;
  } else if (c->t[k].kind == KIMPUT_TOK_WORD && h->n == 1 && h->entity < 0 && h->entry >= 0) {
    int32_t e = c->lex->entries[h->entry].entity;
    if (e >= 0 && ent_kind(c, e) == KIMPUT_ENT_OUTLET && !(c->lex->entries[h->entry].case_flags & KIMPUT_GAZ_EXACT_CASE)) {
      h->entity = e;
      h->starts |= LEX_STARTS_OUTLET;
    }
  }
}

static void scan_span(ctx *c, size_t i, size_t end) {
  const kimput_token *tok = c->t;
  const lex_hit *hits = c->hits;
  c->span_lo = i;
  while (i < end && !c->failed) {
    /* most tokens: no word, or a lower-case word with no entity that nothing
       below starts with (the sentence cursor catches up at the next token read) */
    for (; i < end; i++)  /* a capitalised word, or lex_hit_starts; or "kata el-Tayeb", a name met before */
      if (hits[i].starts && (hits[i].starts != LEX_STARTS_HYPHEN2 || glued_person(c, i) >= 0)) break;
    if (i >= end) break;
    const kimput_token *t = &tok[i];
    enter_token(c, i);
    /* "drg. Nanik Sukristina, M.Kes, mengatakan", "Andi Saputra, SH, MH mengatakan", "Nury Effendi,
       SE, MA, PhD": the degrees after a person's name and its comma are none of a name or a body */
    if (i > 1 && c->out->nm > 0 && punct_is(c, i - 1, end, ',') && c->out->m[c->out->nm - 1].kind == KIMPUT_ENT_PERSON &&
        c->out->m[c->out->nm - 1].end == c->t[i - 2].end) {
      size_t d = degrees_after(c, i - 1, end);
      if (d > i) { i = d; continue; }
    }
    /* "Pastor Markus Kewuta SVD mengatakan": a degree or a priest's order right after the name, no
       comma between, is the name's too, never a body that speaks */
    if (i > 0 && joined(c, i) && c->out->nm > 0 && c->out->m[c->out->nm - 1].kind == KIMPUT_ENT_PERSON &&
        c->out->m[c->out->nm - 1].end == c->t[i - 1].end && is_acronym(c, t) &&
        (look(c, i, i + 1).cls & KIMPUT_LEX_DEGREE) && !(i + 1 < end && joined(c, i + 1) && is_cap(&c->t[i + 1]))) {
      i++;
      continue;
    }
    /* "Menlu X Bertemu Menlu Y": a headline's verb right after the name it ended opens no name itself */
    if (i > 0 && c->out->nm > 0 && c->out->m[c->out->nm - 1].end == c->t[i - 1].end && headline_verb(c, i)) {
      i++;
      continue;
    }
    unit u = look(c, i, end);
    int person_form = u.n && u.ent >= 0 && ent_kind(c, u.ent) == KIMPUT_ENT_PERSON;
    /* "kata kantor berita Belarus, BelTA": a name no list holds after a noun of the press and its country is
       the outlet, as right after a relaying cue (outlet_after_via below) */
    size_t press_at = u.ent < 0 && !(u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) ? press_country_before(c, i, end) : 0;
    if (press_at) {
      c->via_tok = press_at;
      c->via_end = i;
    }
    if (u.cls & KIMPUT_LEX_CUE_VIA) {  /* (an outlet named after it: outlet_after_via) */
      c->via_tok = i;
      c->via_end = i + u.n;
      lower_outlet_after_via(c, i + u.n, end);
    }
    if (u.n && (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) && !person_form && named_after(c, i)) {
      /* "Jalan Jenderal Sudirman", "RSUD Dr. Soetomo": the site's name, title and all */
      i += u.n;
      if (i < end && joined(c, i) && is_cap(&c->t[i])) i += name_run(c, i, end);
      continue;
    }
    /* "poster bertajuk Haji Senang itu", "film berjudul Pak Guru Baik": the capitalised words after a
       word naming a work's title are the work's, no person's nor body's */
    static const char *const work_titles[] = {"judul", "berjudul", "bertajuk", "bertema", "bertitel"};
    if (i > 0 && joined(c, i) && is_cap(t) && word_in(c, i - 1, work_titles, 5)) {
      size_t k = i + 1;
      while (k < end && joined(c, k) && is_cap(&c->t[k])) k++;
      i = k;
      continue;
    }
    /* "melawan tuan rumah Persik U-21": the host (a team, a country, a town), no honorific "tuan" */
    if (word_eq(c, i, "tuan") && i + 1 < end && joined(c, i + 1) && word_eq(c, i + 1, "rumah")) {
      i += 2;
      continue;
    }
    /* "kata PS Kasi Humas Polres X, Bripda Y": the mark of an acting substitute (Pengganti Sementara)
       before a title is no name; the chain opens at the title */
    if (!u.n && t->end - t->start == 2 && word_eq(c, i, "ps") && is_acronym(c, t) && i + 1 < end && joined(c, i + 1) &&
        (look(c, i + 1, end).cls & KIMPUT_LEX_TITLE) && is_cap(&c->t[i + 1])) {
      i++;
      continue;
    }
    /* "saksi mata bernama Haji mengaku …", then "kata Haji kepada …": a word of a title or an honorific named
       as one's name right after "bernama", and alone (no capitalised word after it) once so named, is a
       person's name of one word */
    if (u.n == 1 && (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) && !person_form && is_cap(t) &&
        !(i + 1 < end && joined(c, i + 1) && is_cap(&c->t[i + 1]))) {
      int32_t known = kmap_get(&c->words, c->text + t->start, t->end - t->start);
      if ((i > 0 && joined(c, i) && word_eq(c, i - 1, "bernama")) ||
          (known >= 0 && c->out->e[known].kind == KIMPUT_ENT_PERSON)) {
        int resolved;
        int32_t p = person_for_run(c, i, i + 1, &resolved);
        emit(c, t->start, t->end, KIMPUT_UNSET, KIMPUT_UNSET, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
             resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
        i++;
        continue;
      }
    }
    if (u.n && (u.cls & (KIMPUT_LEX_TITLE | KIMPUT_LEX_RANK)) && !person_form && !korean_surname(c, i)) {
      chain ch;
      parse_chain(c, i, end, &ch);
      /* "warga, H. Sultan (60), mengatakan": an honorific, then a title word right before an age in
         brackets and no name after it: that word is the person's name (many titles are names too) */
      if (ch.name_e == ch.name_s && ch.end == ch.role_end && ch.role_end >= ch.start + 2 &&
          is_cap(&c->t[ch.role_end - 1]) && !is_acronym(c, &c->t[ch.role_end - 1]) &&
          (look(c, ch.start, ch.role_end - 1).cls & KIMPUT_LEX_RANK) && age_follows(c, ch.role_end, end)) {
        ch.name_s = ch.role_end - 1;
        ch.name_e = ch.role_end;
        ch.role_end--;
      }
      uint32_t rs = c->t[ch.start].start, re = c->t[ch.role_end - 1].end;
      if (ch.acr) chain_org(c, &ch);
      if (ch.name_e > ch.name_s) {
        int resolved = 0;
        int32_t before = c->cur_first, before_subject = c->cur_subject;
        if (ch.inner_e > ch.inner_s) {  /* the person inside the role is mentioned too */
          unit iu = look(c, ch.inner_s, ch.inner_e);  /* (a person of the gazetteer: "Juru Bicara Prabowo, X") */
          int32_t q = iu.n == ch.inner_e - ch.inner_s && iu.ent >= 0 && ent_kind(c, iu.ent) == KIMPUT_ENT_PERSON
                          ? person_for_gaz(c, ch.inner_s, ch.inner_e, iu.ent, &resolved)
                          : person_for_run(c, ch.inner_s, ch.inner_e, &resolved);
          emit(c, c->t[ch.inner_s].start, c->t[ch.inner_e - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, q,
               KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME, resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
          c->cur_first = before;  /* but the role holder is who the sentence is about */
          c->cur_subject = before_subject;
        }
        int32_t p = ch.gaz_person >= 0 ? person_for_gaz(c, ch.name_s, ch.name_e, ch.gaz_person, &resolved)
                                       : person_for_run(c, ch.name_s, ch.name_e, &resolved);
        /* "Dr Budi Santoso, Direktur RSUD Harapan, mengatakan": an appositive role after the name is
           the person's, no one else's */
        chain ap;
        /* (past the degrees after the name: "Dokter Spesialis X, dr. Budi, Sp.JP, FIHA menekankan") */
        size_t past = ch.end == ch.name_e ? degrees_after(c, ch.end, end) : ch.end;
        int has_ap = p >= 0 && ch.end == ch.name_e && appositive(c, past, end, &ap);
        /* ("Dandim X, Wali Kota Y, dan Kapolres Z": a person titled before the name, then a title serving
           a place and words closed by a comma that a list goes on after, is a list of officials: the words
           are the next one's name, no place of an apposition) */
        if (has_ap && ap.place_read && ch.role_end > ch.start && ch.name_s > ch.start) {
          size_t after = ap.role_end + 1;  /* (past the closing comma) */
          if (after < end && (word_eq(c, after, "dan") || word_eq(c, after, "serta") ||
                              (is_cap(&c->t[after]) && (look(c, after, end).cls & KIMPUT_LEX_TITLE))))
            has_ap = 0;
        }
        if (ch.lead == ch.name_s && p >= 0 && ch.gaz_person < 0) keep_lead(c, p, ch.lead - 1);
        if (p >= 0 && ch.gaz_person < 0 && !punct_is(c, ch.name_s - 1, end, ',') && !resolved)
          keep_shed(c, p, ch.name_s, ch.name_e);
        int leads = ch.head >= 0 && (c->lex->entries[ch.head].classes & KIMPUT_LEX_LEADER);
        emit(c, c->t[ch.name_s].start, c->t[ch.name_e - 1].end, rs, re, p, KIMPUT_ENT_PERSON,
             KIMPUT_MENTION_NAME, (resolved ? KIMPUT_MENTIONF_RESOLVED : 0) | (leads ? KIMPUT_MENTIONF_LEADER : 0));
        remember(c, p, ch.head, ch.place);
        if (p >= 0) {
          c->out->e[p].role_s = rs;
          c->out->e[p].role_e = re;
        }
        /* (the title right before the name, unless it stands for someone already) */
        if (p >= 0 && ch.last_head >= 0 && imap_get(&c->by, BY_HEAD, ch.last_head) < 0)
          remember(c, p, ch.last_head, -1);
        /* (and the shorter office the title opens with: "kata Kepala Dinas", "ujar Kadis") */
        if (p >= 0 && ch.prefix_head >= 0 && imap_get(&c->by, BY_HEAD, ch.prefix_head) < 0 &&
            (!imap_put(&c->by, BY_HEAD, ch.prefix_head, p) || !imap_put(&c->by, BY_HEAD_BARE, ch.prefix_head, p)))
          c->failed = 1;
        if (has_ap) remember(c, p, ap.head, ap.place);
        i = has_ap ? ap.role_end : past;
        continue;
      }
      unit d = look(c, ch.end, end);
      int desc = (d.cls & KIMPUT_LEX_DESC_END) && joined(c, ch.end) && ch.role_end > i + 1;
      int32_t p = imap_get(&c->by, BY_PLACE, ch.place);
      /* "pemimpin Korut itu", "Presiden Rusia": its leader when one was introduced as such, not a
         minister of the place named since */
      if (ch.place >= 0 && (leader_word(c, i) || (u.cls & KIMPUT_LEX_LEADER))) {
        int32_t l = imap_get(&c->by, BY_LEADER, ch.place);
        if (l >= 0) p = l;
      }
      /* a title and a place name the person of that place when the office is theirs ("kata
         Presiden Rusia" after "Presiden Rusia Vladimir Putin"), or a leader's word ("kata pemimpin
         Rusia"); "Duta Besar Rusia untuk Korut" is somebody else, unnamed */
      if (p >= 0 && !desc && c->out->e[p].head >= 0 && c->out->e[p].head != ch.head && !leader_word(c, i)) {
        /* (but "kata Bupati X" after "Bupati X Y" and "Ketua PWI Kabupaten X Z" is Y: a person of the
           latest introduced with that office and that place, when there is one) */
        p = holder_there(c, ch.head, ch.place);
      }
      /* ("Menteri Luar Negeri Rusia" after "X, Menteri Luar Negeri Rusia," and a person of the place known
         with no office, "Putin": the one introduced with the office there) */
      if (p >= 0 && !desc && c->out->e[p].head < 0 && ch.head >= 0 && !leader_word(c, i) &&
          !(u.cls & KIMPUT_LEX_LEADER)) {
        int32_t h = holder_there(c, ch.head, ch.place);
        if (h >= 0) p = h;
      }
      /* "Presiden Rusia itu" after "Presiden Rusia X" and a spokesperson of Russia since: the holder
         of that office there, not the latest person of the place */
      if (p >= 0 && desc && ch.head >= 0 && c->out->e[p].head >= 0 && c->out->e[p].head != ch.head &&
          !leader_word(c, i)) {
        int32_t h = imap_get(&c->by, BY_HEAD, ch.head);
        if (h >= 0 && c->out->e[h].country == ch.place) p = h;
      }
      /* '"... Pak Y ...," ucap Wakil Ketua DPRD Bali ini' after "X mengatakan ...": the speaker the
         epithet points back to is the subject told before the quote (six sentences back at most, the
         quote's own among them) when that person serves the place too, not one the quoted words named
         last */
      if (p >= 0 && desc && speaks_after_quote(c, i) && c->cur_subject < 0 && c->last_subject >= 0 &&
          c->last_subject != p && c->last_subject_si + 6 >= c->si && ch.place >= 0 &&
          c->out->e[c->last_subject].country == ch.place)
        p = c->last_subject;
      /* (not when the role names a place of its own: "Perdana Menteri Malaysia" is not the PM of Japan) */
      /* (a title alone means whom it introduced alone: "Presiden" after "Presiden Prabowo" and
         "Presiden Filipina X" is Prabowo; else the latest introduced with it) */
      if (p < 0 && !desc && ch.place < 0) p = imap_get(&c->by, BY_HEAD_BARE, ch.head);
      if (p < 0 && !desc && ch.place < 0) p = imap_get(&c->by, BY_HEAD, ch.head);
      if (p < 0 && !desc && ch.place >= 0 && ch.head >= 0 && !(c->lex->entries[ch.head].classes & KIMPUT_LEX_LEADER)) {
        /* "Kepala Pelaksana BPBD Udin" and later "kata Kepala Pelaksana BPBD Subang": the place the
           introduction left out, told now; the holder of the office named with no place of their
           own (not a leader's office, nor a person of the gazetteer, who has a country elsewhere) */
        int32_t h = imap_get(&c->by, BY_HEAD_BARE, ch.head);
        if (h >= 0 && c->out->e[h].country < 0 && c->out->e[h].gaz < 0 && acronym_in(c, i + u.n, ch.role_end))
          p = h;  /* (a body's office, the body told again: not "Gubernur Jawa Barat" after "Gubernur X") */
      }
      int home = 0;
      if (!desc && ch.head >= 0 && home_place(c, ch.place)) {
        /* "tulis Presiden RI" after "Presiden Hendra Wiratama": the press introduces the home country's
           officials with no place; the one introduced with the office alone, of no other country
           (the place's short name, RI, is no body the role must have named) */
        if (p < 0) p = imap_get(&c->by, BY_HEAD_BARE, ch.head);
        home = p >= 0 && (c->out->e[p].country < 0 || c->out->e[p].country == ch.place);
        if (!home) p = -1;
      }
      if (p >= 0 && !desc && !home && !body_in_role(c, &c->out->e[p], i + u.n, ch.role_end)) {
        /* (then one of the latest people with that office whose role named the body, if any:
           "Ketua KPU X ... Ketua Bawaslu Y ... kata Ketua KPU" is X) */
        int32_t q = (int32_t)c->out->ne - 1, stop = q - BODY_HOLDERS_SEEN;
        for (p = -1; q >= 0 && q > stop && p < 0; q--)
          if (c->out->e[q].kind == KIMPUT_ENT_PERSON && c->out->e[q].head == ch.head &&
              body_in_role(c, &c->out->e[q], i + u.n, ch.role_end))
            p = q;
      }
      if (p < 0 && !desc && ch.role_end == i + 1 && u.n == 1) {
        /* "kata Sultan" after "Sri Sultan Hamengku Buwono X": a title word that is a word of a name */
        int32_t w = kmap_get(&c->words, c->text + t->start, t->end - t->start);
        if (w >= 0 && c->out->e[w].kind == KIMPUT_ENT_PERSON) p = w;
      }
      if (desc && p >= 0) {
        emit(c, rs, c->t[ch.end].end, rs, re, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_DESCRIPTION,
             KIMPUT_MENTIONF_RESOLVED);
      } else if ((is_cap(t) || (ch.role_end > i + u.n && after_cue(c, i))) && ch.head >= 0) {
        /* a title alone ("Menlu"), or a lower-case one that a body or place
           completes after a cue ("kata juru bicara Kremlin"): an unnamed speaker */
        emit(c, rs, re, rs, re, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_TITLE, p >= 0 ? KIMPUT_MENTIONF_RESOLVED : 0);
        /* (no holder yet: one named soon after may be; not a former or coming one's office) */
        if (p < 0 && !(i > 0 && word_in(c, i - 1, time_of_office, sizeof time_of_office / sizeof *time_of_office)))
          keep_unheld(c, ch.head, ch.place);
      }
      /* the places and organisations of the role still count */
      for (size_t k = i + u.n; k < ch.role_end;) {
        unit v = look(c, k, ch.role_end);
        if (v.n && v.ent >= 0 && ent_kind(c, v.ent) != KIMPUT_ENT_PERSON) {
          int32_t e = imap_get(&c->by, BY_GAZ, v.ent);
          if (e < 0) e = new_entity(c, ent_kind(c, v.ent), v.ent);
          emit(c, c->t[k].start, c->t[k + v.n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, e, ent_kind(c, v.ent),
               KIMPUT_MENTION_NAME, 0);
        }
        k += v.n ? v.n : 1;
      }
      i = desc && p >= 0 ? ch.end + 1 : ch.role_end;
      continue;
    }
    if (person_form && named_after(c, i)) {  /* "Tol Layang MBZ": a road, not the man */
      i += u.n;
      continue;
    }
    if (person_form) {
      size_t n = u.n;
      int32_t gaz = u.ent;
      if (n == 1 && i + 1 < end && joined(c, i + 1) && !headline_verb(c, i + 1)) {
        size_t more = name_run(c, i + 1, end);
        if (more) { n += more; gaz = -1; }  /* Kim Tae-hyo is not Kim Jong Un */
      }
      int resolved;
      int32_t p = gaz >= 0 ? person_for_gaz(c, i, i + n, gaz, &resolved) : person_for_run(c, i, i + n, &resolved);
      emit(c, t->start, c->t[i + n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
           resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
      /* ("X, Menteri Luar Negeri Rusia, menanggapi": the office set off after a known name is theirs, so
         that the title alone later means them; the chain itself is read next as before) */
      chain ap;
      int has_role = p >= 0 && punct_is(c, i + n, end, ',') && appositive(c, i + n, end, &ap);
      remember(c, p, has_role ? ap.head : -1, has_role ? ap.place : -1);
      i += n;
      continue;
    }
    /* "kelakar AP" after "Andrian Pauline atau AP": the person's initials given in this text, not the
       outlet or the body they spell */
    int32_t given = -1;
    if (u.n == 1 && u.ent >= 0 && is_acronym(c, t)) given = kmap_get(&c->orgs, c->text + t->start, t->end - t->start);
    if (given >= 0 && c->out->e[given].kind == KIMPUT_ENT_PERSON) {
      emit(c, t->start, t->end, KIMPUT_UNSET, KIMPUT_UNSET, given, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
           KIMPUT_MENTIONF_RESOLVED);
      i++;
      continue;
    }
    if (u.n == 1 && u.ent >= 0 && is_acronym(c, t) && t->end - t->start <= 4 &&
        initials_of_person(c, i, end, ent_kind(c, u.ent) == KIMPUT_ENT_PLACE)) {
      /* "tersangka berinisial MA (25)": a person's initials, not the court they spell */
      i += person_run(c, i, 1);
      continue;
    }
    /* (right after a relaying cue the words name the outlet: "dilaporkan Vietnam News Agency") */
    if (u.n && u.ent >= 0 && !(c->via_end && i >= c->via_end && i - c->via_end <= 2) &&
        place_opens_name(c, i, end, u)) {
      size_t n = u.n + (i + u.n < end && joined(c, i + u.n) ? name_run(c, i + u.n, end) : 0);
      i += person_run(c, i, n);
      continue;
    }
    /* (a relaying cue or a noun of the press, in lower case, stands right before the outlet) */
    if (c->via_end && i - c->via_end <= 2 && i >= c->via_end &&
        (u.ent < 0 || (ent_kind(c, u.ent) == KIMPUT_ENT_PLACE && i + 1 < end && joined(c, i + 1) &&
                       is_cap(&c->t[i + 1])))) {
      /* "seperti dikutip IRNA", "dilansir harian Bangkok Post": an outlet no list holds */
      size_t n = outlet_after_via(c, i, end);
      /* ("seperti dilaporkan Vietnam News Agency": a place may open the outlet's name) */
      if (n && (u.ent < 0 || n > 1) && (!(u.cls & STOPS_NAME) || word_in(c, i, press, NPRESS) || u.ent >= 0)) {
        /* ("kantor berita Vietnam VNA": a place, then an acronym alone, says whose outlet the acronym is) */
        size_t from = u.ent >= 0 && n == u.n + 1 && is_acronym(c, &c->t[i + u.n]) ? i + u.n : i;
        emit_body(c, from, i + n, KIMPUT_ENT_OUTLET);
        i += n;
        continue;
      }
    }
    if (u.n && u.ent >= 0) {  /* an organisation, outlet or place of the gazetteer */
      int kind = ent_kind(c, u.ent);
      /* "Kementerian Luar Negeri RI", "... Republik Indonesia": the country's own body the list knows */
      size_t ri = kind == KIMPUT_ENT_ORG && c->lex->entities[u.ent].country < 0 ? republic_after(c, i + u.n, end) : 0;
      if (ri) {
        int32_t e = imap_get(&c->by, BY_GAZ, u.ent);
        if (e < 0) e = new_entity(c, kind, u.ent);
        if (e < 0) return;
        emit(c, t->start, c->t[i + u.n + ri - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, e, kind, KIMPUT_MENTION_NAME, 0);
        i += u.n + ri;
        continue;
      }
      size_t own = kind == KIMPUT_ENT_ORG ? body_of_place(c, i, u, end) : 0;
      if (own) {  /* "Kementerian Luar Negeri Korea Selatan": that country's ministry, not the one known */
        emit_body(c, i, own, KIMPUT_ENT_ORG);
        i = own;
        continue;
      }
      /* "kepada Bali United" (a team's tail, a capitalised word, follows the place: else none is asked) */
      size_t team = kind == KIMPUT_ENT_PLACE && i + u.n < end && joined(c, i + u.n) && is_cap(&c->t[i + u.n])
                        ? team_name(c, i, 0, end)
                        : 0;
      if (team) {
        emit_body(c, i, team, KIMPUT_ENT_ORG);
        i = team;
        continue;
      }
      int32_t e = imap_get(&c->by, BY_GAZ, u.ent);
      if (e < 0) e = new_entity(c, kind, u.ent);
      emit(c, t->start, c->t[i + u.n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, e, kind, KIMPUT_MENTION_NAME, 0);
      i += u.n;
      continue;
    }
    if (u.n && (u.cls & KIMPUT_LEX_PRONOUN) && u.n == 1) {
      /* (the person of a fronted -nya nominal is the nominal's, no subject: "Dengan terpilihnya X sebagai
         ketua, dia berharap ..." means whom the text was about) */
      int32_t fronted = c->cur_subject < 0 && c->cur_first >= 0 && after_nominal_clause(c, i) ? c->cur_first : -1;
      if (fronted >= 0) c->cur_first = -1;
      int32_t p = antecedent_or_loose(c);
      if (fronted >= 0 && c->cur_first < 0) c->cur_first = fronted;
      /* ("Setelah dengan Presiden, beliau menemui Menko Polhukam": not the partner of the fronted phrase, but
         the person named last before it) */
      if (p >= 0 && fronted_partner(c, i) && c->out->nm && c->out->m[c->out->nm - 1].entity == p &&
          c->out->m[c->out->nm - 1].end == c->t[i - 1].start) {
        int32_t other = other_person_before(c, p);
        if (other >= 0) p = other;
      }
      if (p >= 0)
        emit(c, t->start, t->end, KIMPUT_UNSET, KIMPUT_UNSET, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_PRONOUN,
             KIMPUT_MENTIONF_RESOLVED);
      i++;
      continue;
    }
    /* katanya, ujarnya, menurutnya (Menurutnya opening a sentence too): the -nya
       of a cue points back at a person */
    if ((!is_cap(t) || sentence_initial(c, i)) &&
        (lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i)->nya & LEX_SCAN_NYA_CLASSES)) {
      int32_t p = antecedent_or_loose(c);
      /* ('"...," tukasnya' after a few sentences naming someone in passing, nobody their subject: the quote
         goes on with the speaker before them, not with a person named as object or in a clause) */
      if (p >= 0 && p == c->last_first && c->cur_subject < 0 && c->cur_first < 0 && c->last_subject >= 0 &&
          c->last_subject != p && c->last_subject_vis + 6 >= c->visited && c->last_first_si > c->last_subject_si &&
          cue_nya_after_quote(c, t->end - 3))
        p = c->last_subject;
      if (p >= 0)
        emit(c, t->end - 3, t->end, KIMPUT_UNSET, KIMPUT_UNSET, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_PRONOUN,
             KIMPUT_MENTIONF_RESOLVED);
      i++;
      continue;
    }
    if (!is_cap(t) && glued_person(c, i) < 0) { i++; continue; }
    if (in_code(c, i)) { i++; continue; }  /* "Nomor 123/SJ/2024": a letter's number, nobody named */
    if (u.n && (u.cls & KIMPUT_LEX_ORG_HEAD)) {  /* Badan Pusat Statistik (BPS) */
      size_t acr, k = org_run(c, i, end, &acr);
      size_t last = acr ? acr - 1 : k;  /* the name before "(" (the token after its last word) */
      /* "Dinas Kesehatan (Dinkes) Kabupaten Garut", "Dinas Kesehatan Kabupaten Garut": the office
         serving a place, one entity however its name and the place's are written */
      int32_t place = -1;
      int unit_w = 0;
      size_t tail = acr ? place_tail(c, k, end, &place, &unit_w) : 0, base_e = acr ? last : 0;
      for (size_t q = i + u.n; !acr && q < last && !tail; q++)
        if ((tail = place_tail(c, q, last, &place, &unit_w)) != last) tail = 0; else base_e = q;
      if (tail) {
        int32_t base = acr ? kmap_get(&c->orgs, c->text + c->t[acr].start, c->t[acr].end - c->t[acr].start) : -1;
        if (base < 0) base = kmap_get(&c->orgs, c->text + t->start, c->t[base_e - 1].end - t->start);
        size_t b = acr ? tail : k;
        region_body(c, i, b, i, base_e, base, unit_w, place);
        if (acr) {  /* (the short name in brackets is the same body's: "Dinkes Kota Bandung" is another office) */
          int32_t r = kmap_get(&c->orgs, c->text + t->start, c->t[base_e - 1].end - t->start);
          if (r >= 0 && kmap_get(&c->orgs, c->text + c->t[acr].start, c->t[acr].end - c->t[acr].start) < 0 &&
              !kmap_put(&c->orgs, c->text + c->t[acr].start, c->t[acr].end - c->t[acr].start, r))
            c->failed = 1;
        }
        i = b;
        continue;
      }
      if (last > i + u.n || acr) {
        const kimput_token *key = acr ? &c->t[acr] : NULL;
        int32_t e = key ? kmap_get(&c->orgs, c->text + key->start, key->end - key->start) : -1;
        if (e < 0) e = kmap_get(&c->orgs, c->text + t->start, c->t[last - 1].end - t->start);
        if (e < 0) {
          e = new_entity(c, KIMPUT_ENT_ORG, -1);
          if (e < 0) return;
          c->out->e[e].name_s = key ? key->start : t->start;
          c->out->e[e].name_e = key ? key->end : c->t[last - 1].end;
        }
        if (!kmap_put(&c->orgs, c->text + t->start, c->t[last - 1].end - t->start, e)) c->failed = 1;
        if (key && !kmap_put(&c->orgs, c->text + key->start, key->end - key->start, e)) c->failed = 1;
        /* "PT Jasa Marga (Persero) Tbk": the firm without its legal form, as a title chain names it
           later ("Direktur Utama Jasa Marga X") */
        size_t firm_s = i + u.n, firm_e = last;
        if (firm_e > firm_s + 1 && word_in(c, firm_e - 1, tbk, 2)) firm_e--;
        if (u.n == 1 && firm_e > firm_s && word_in(c, i, legal, NLEGAL) && is_cap(&c->t[firm_s])) {
          if (!kmap_put(&c->orgs, c->text + c->t[firm_s].start, c->t[firm_e - 1].end - c->t[firm_s].start, e))
            c->failed = 1;
          c->nfirms++;
        }
        /* "Biro Pers, Media, dan Informasi ...": called by its words before the list later ("Biro Pers") */
        for (size_t q = i + 2; q < last; q++)
          if (punct_is(c, q, last, ',')) {
            if (kmap_get(&c->orgs, c->text + t->start, c->t[q - 1].end - t->start) < 0 &&
                !kmap_put(&c->orgs, c->text + t->start, c->t[q - 1].end - t->start, e))
              c->failed = 1;
            break;
          }
        emit(c, t->start, c->t[k - 1].end, KIMPUT_UNSET, KIMPUT_UNSET, e, KIMPUT_ENT_ORG, KIMPUT_MENTION_NAME, 0);
        i = k;
        continue;
      }
    }
    /* "Pemkab Garut mengirim surat", "tulis DPRD Garut", "BPBD Garut menyebut": a regional office
       that is no title (its short name or an acronym, or a body's words: "Pengadilan Negeri Medan",
       "Kejaksaan Negeri Garut", "Pemerintah Kota Bogor"), then the place it serves, is a body */
    if (u.n && u.ent < 0 && (u.cls & KIMPUT_LEX_JURISDICTION) && !(u.cls & KIMPUT_LEX_TITLE) && is_cap(t) &&
        ((u.cls & KIMPUT_LEX_QUALIFIER) || is_acronym(c, t) ||
         (u.n >= 2 && (look(c, i, i + 1).cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_QUALIFIER)))) &&
        i + u.n < end && joined(c, i + u.n)) {
      int32_t place;
      int unit_w;
      size_t e = place_tail(c, i + u.n, end, &place, &unit_w);
      if (e) {  /* ("Dishub Kota Bandung" after "Dinas Perhubungan (Dishub) Kota Bandung": one body) */
        int32_t base = kmap_get(&c->orgs, c->text + t->start, c->t[i + u.n - 1].end - t->start);
        region_body(c, i, e, i, i + u.n, base, unit_w, place);
        i = e;
        continue;
      }
    }
    size_t described = u.ent < 0 && calendar_word(u) ? month_described(c, i, end) : 0;
    if (described) {  /* "Juni, salah satu guru, ..." */
      i += person_run(c, i, described);
      continue;
    }
    /* "kepada Timnas Indonesia": a national side, its unit word and the country, is a body */
    size_t side = u.n == 1 && is_cap(t) && word_eq(c, i, "timnas") ? team_name(c, i, 1, end) : 0;
    if (side) {
      emit_body(c, i, side, KIMPUT_ENT_ORG);
      i = side;
      continue;
    }
    if (u.n && (u.cls & STOPS_NAME) && !korean_surname(c, i) &&
        !(calendar_word(u) && month_opens_name(c, i, end)) && !given_opens_name(c, u, i, end) &&
        !day_opens_name(c, u, i, end) && !named_word_by_cue(c, u, i, end) &&
        !(u.n == 1 && u.ent < 0 && (u.cls & STOPS_NAME) == KIMPUT_LEX_QUALIFIER && after_cue(c, i) &&
          (month_is_person(c, i) || person_by_prefix(c, i) >= 0))) {
      /* "berjualan di Pasar Cikaret mengaku ...": after "di", a word of a site's or a unit's name, then
         capitalised words right after it, is where: those words are the site's, nobody speaking */
      int site = (u.cls & STOPS_NAME) == KIMPUT_LEX_QUALIFIER && is_cap(t) && i > 0 && word_eq(c, i - 1, "di") &&
                 joined(c, i);
      i += u.n;
      if (site && i < end && joined(c, i) && is_cap(&c->t[i]) && !is_acronym(c, &c->t[i]) && !look(c, i, end).n)
        i += name_run(c, i, end);
      continue;
    }
    if (is_acronym(c, t)) {  /* BPS again, or "kata KPU" */
      size_t caps = caps_label(c, i, end);
      if (!caps && (caps = caps_run(c, i, end)) != 0 && !cue_before(c, i, 0) && !cue_after(c, i + caps, end))
        caps = 0;  /* (or next to a cue: "kata BUDI SANTOSO kepada wartawan") */
      if (caps) {  /* "BUDI SANTOSO: "…"": a name written in capitals labels the words it speaks */
        i += person_run(c, i, caps);
        continue;
      }
      int32_t e = kmap_get(&c->orgs, c->text + t->start, t->end - t->start);
      /* "audiensi PGRI Garut", "bertemu KNPI Kabupaten Garut": an acronym no list holds, then the place
         it serves, is a body's branch there when the words before address it as a body ("APBD Garut",
         "UMKM Garut" elsewhere are things) */
      if (e < 0 && !u.n && t->end - t->start >= 3 && i + 1 < end && joined(c, i + 1) && addressed(c, i)) {
        int32_t place;
        int unit_w;
        size_t pe = place_tail(c, i + 1, end, &place, &unit_w);
        if (pe) {
          region_body(c, i, pe, i, i + 1, -1, unit_w, place);
          i = pe;
          continue;
        }
      }
      if (e < 0 && nickname_place(c, i, end)) e = person_of_initials(c, t);
      if (e < 0 && t->end - t->start >= 3 && (cue_before(c, i, 0) || cue_after(c, i + 1, end) || addressed(c, i))) {
        e = new_entity(c, KIMPUT_ENT_ORG, -1);
        if (e < 0) return;
        c->out->e[e].name_s = t->start;
        c->out->e[e].name_e = t->end;
        if (!kmap_put(&c->orgs, c->text + t->start, t->end - t->start, e)) c->failed = 1;
      }
      if (e >= 0) {  /* an organisation's acronym, or a person's initials given before */
        emit(c, t->start, t->end, KIMPUT_UNSET, KIMPUT_UNSET, e, c->out->e[e].kind, KIMPUT_MENTION_NAME,
             KIMPUT_MENTIONF_RESOLVED);
        i++;
        continue;
      }
      if (t->end - t->start > 2) { i++; continue; }
    }
    /* "Latihan digelar di Graha Persib", "Stadion Kanjuruhan": a site's name, whose words name
       nobody even when one is a name met before ("kata Persib": Persib is not "Graha Persib") */
    if (u.n && (u.cls & KIMPUT_LEX_FACILITY) && u.ent < 0 && !(u.cls & (KIMPUT_LEX_ORG_HEAD | KIMPUT_LEX_TITLE)) &&
        is_cap(t) && i + u.n < end && joined(c, i + u.n) && is_cap(&c->t[i + u.n])) {
      i += u.n;
      i += name_run(c, i, end);
      continue;
    }
    if (platform_after_akun(c, i)) { i++; continue; }
    /* (a degree set off after a name by its comma names no one: "Budi, M.Si mengatakan") */
    if (i > 0 && punct_is(c, i - 1, end, ',')) {
      size_t d = degree_end(c, i, end);
      if (d > i) { i = d; continue; }
    }
    size_t n = name_run(c, i, end);
    if (n == 0) { i++; continue; }
    /* "ujar Rina Harga Eceran Tertinggi (HET) turun": two or more words closing the run that the acronym
       in brackets after it spells are a term's, after the name's first word */
    if (n >= 3 && punct_is(c, i + n, end, '('))
      for (size_t s = i + 1; s + 2 <= i + n; s++)
        if (spelled_words(c, s, end, 0) == i + n) { n = s - i; break; }
    /* a one-word person alias inside the run: "Pidato Putin" at a sentence start is a noun and a name */
    size_t alias = 0;
    for (size_t k = i + 1; k < i + n; k++) {
      unit v = look(c, k, k + 1);
      if (v.n && v.ent >= 0 && !family_place(c, i, k, v)) { alias = k; break; }  /* (Hotman Paris Hutapea) */
    }
    if (alias == i + 1 && sentence_initial(c, i)) { i = alias; continue; }
    /* "diunggah Anwar Jokowi terdengar ...": a word of a person named before, then another known
       person's one word (a comma the page dropped between them), are two mentions, no new person */
    if (alias == i + 1 && n == 2) {
      int32_t before = kmap_get(&c->words, c->text + t->start, t->end - t->start);
      unit v = look(c, alias, alias + 1);
      if (before >= 0 && c->out->e[before].kind == KIMPUT_ENT_PERSON && c->out->e[before].gaz != v.ent &&
          ent_kind(c, v.ent) == KIMPUT_ENT_PERSON)
        n = 1;
    }

    int32_t known = -1;
    for (size_t k = i; k < i + n && known < 0; k++)
      if (!weak_word(c, k)) known = kmap_get(&c->words, c->text + c->t[k].start, c->t[k].end - c->t[k].start);
    if (known < 0 && !is_cap(t)) known = glued_person(c, i);  /* "el-Tayeb" alone */
    size_t team = known < 0 && !alias && none_known(c, i, i + n) ? team_name(c, i, n, end) : 0;
    if (team) {  /* "Persib Bandung mengirimkan surat", "kepada Timnas Indonesia" */
      emit_body(c, i, team, KIMPUT_ENT_ORG);
      i = team;
      continue;
    }
    chain ap;
    int age = punct_is(c, i + n, end, '(') && i + n + 2 < end && c->t[i + n + 1].kind == KIMPUT_TOK_NUMBER &&
              punct_is(c, i + n + 2, end, ')');
    /* ("Anwar (Nuar), Kepala Desa ...": a one-word nickname in brackets, as an age) */
    int nick = !age && punct_is(c, i + n, end, '(') && i + n + 2 < end && is_cap(&c->t[i + n + 1]) &&
               c->t[i + n + 1].kind == KIMPUT_TOK_WORD && punct_is(c, i + n + 2, end, ')');
    /* "Sutrisno (52), Ketua RT 03,"; past the degrees after the name: "Budi, M.Pd., Ph.D., Ketua X," */
    int has_role = appositive(c, degrees_after(c, age || nick ? i + n + 3 : i + n, end), end, &ap);
    /* "warga Desa Sukamaju mengatakan", "Dinkes Garut menyebut": the place of an office, no person */
    if (known < 0 && i > 0 && joined(c, i) && is_cap(&c->t[i - 1])) {
      uint32_t pc = look(c, i - 1, i).cls;
      if ((pc & KIMPUT_LEX_JURISDICTION) && !(pc & KIMPUT_LEX_TITLE)) {
        if (n <= 3) {  /* (kept: "Kepala Desa Bandar Kedungmulyo X", "Kades Mekarjaya Karto" later name X, Karto) */
          c->told_s[c->ntold % PLACES_KEPT] = (uint32_t)i;
          c->told_n[c->ntold++ % PLACES_KEPT] = (uint32_t)n;
        }
        i += n;
        continue;
      }
    }
    /* "Konsulat Jenderal RI di Jeddah menyatakan": words right after "di" or "ke" (or after a noun of
       where following one: "tinggal di tepi Sungai Cibening mengatakan") are a place no list knows,
       not the one speaking; a title after its comma opens the next clause ("Setibanya di Port Lamaran,
       Presiden akan ...") */
    static const char *const where[] = {"tepi", "sekitar", "kawasan", "wilayah", "daerah", "seberang", "pinggir",
                                        "dekat", "depan", "belakang", "samping", "dalam", "luar", "lokasi"};
    if (known < 0 && !age && i > 0 && joined(c, i) &&
        (word_eq(c, i - 1, "di") || word_eq(c, i - 1, "ke") ||
         (i > 1 && word_in(c, i - 1, where, sizeof where / sizeof *where) &&
          (word_eq(c, i - 2, "di") || word_eq(c, i - 2, "ke"))))) {
      i += n;
      continue;
    }
    if (known >= 0 || has_role || age || run_said_person(c, i, n, end) ||
        (n == 1 && nickname_of_titled(c, i) >= 0) || one_person_apposed(c, i, n, end)) {
      int resolved;
      int32_t p = person_for_run(c, i, i + n, &resolved);
      uint32_t rs = has_role ? c->t[ap.start].start : KIMPUT_UNSET;
      uint32_t re = has_role ? c->t[ap.role_end - 1].end : KIMPUT_UNSET;
      emit(c, t->start, c->t[i + n - 1].end, rs, re, p, KIMPUT_ENT_PERSON, KIMPUT_MENTION_NAME,
           resolved ? KIMPUT_MENTIONF_RESOLVED : 0);
      remember(c, p, has_role ? ap.head : -1, has_role ? ap.place : -1);
      i = has_role ? ap.role_end : i + n;
      continue;
    }
    /* two or three words no lexicon knows (but a given name opening them: "Siti Rahmawati"),
       inside a sentence, after no site: a name yet to be shown a person's */
    if (!alias && n >= 2 && n <= 3) {
      unit g = look(c, i, i + 1);
      size_t k = g.n == 1 && g.ent < 0 && g.cls == KIMPUT_LEX_GIVEN ? i + 1 : i;
      /* (a cue word written after quotes inside the name, "Yuniarti Puji Astuti", as name_run reads it;
         and a given name after a word no lexicon knows, a father's name closing a Malay or Arab one:
         "Mahathir Mohamad") */
      while (k < i + n && (!look(c, k, k + 1).n || family_place(c, i, k, look(c, k, k + 1)) ||
                           (k > i && k + 1 < i + n && (look(c, k, k + 1).cls & STOPS_NAME) == KIMPUT_LEX_CUE_AFTER) ||
                           (k > i && k == i + n - 1 && !look(c, k - 1, k).n && only_given(look(c, k, k + 1)))))
        k++;
      if (k == i + n && strong_words(c, i, i + n) == n && !named_after(c, i) &&
          (!sentence_initial(c, i) || verb_follows(c, past_aside(c, i + n, end), end) ||
           /* (a relative clause set off by commas: "Marc Marquez, yang kini membela X, punya ...") */
           (word_eq(c, i + n + 1, "yang") && past_aside(c, i + n, end) > i + n &&
            !place_or_firm_word(c, i, i + n)) ||
           /* "Nining Suryani tak kuasa ...", "... sudah menunggu ...": a word of negation or time, then a
              verb or a lower-case word */
           (i + n + 1 < end && joined(c, i + n) && joined(c, i + n + 1) &&
            (word_eq(c, i + n, "tak") || word_eq(c, i + n, "tidak") || word_eq(c, i + n, "belum")) &&
            c->t[i + n + 1].kind == KIMPUT_TOK_WORD && !is_cap(&c->t[i + n + 1])) ||
           (i + n < end && (look(c, i + n, i + n + 1).cls & KIMPUT_LEX_ADVERB) && verb_follows(c, i + n + 1, end)))) {
        /* "Jonatan Christie menjuarai ...", "Budi Santoso dilantik ...": opening its sentence right before
           a prefixed verb, a name of a person with no title (athletes, artists, private people); the
           given name alone then means them ("Jonatan bertemu ...") */
        size_t v = past_aside(c, i + n, end);  /* (an aside may come first: "X, di sisi lain, memuji") */
        if ((sentence_initial(c, i) || noun_opens_sentence(c, i) || opens_after_clause(c, i)) &&
            verb_follows(c, v, end) && prefixed_verb(c, v) && !place_or_firm_word(c, i, i + n)) {
          i += person_run(c, i, n);
          continue;
        }
        keep_loose(c, i, i + n);
        if (sentence_initial(c, i)) {  /* (a pronoun after it may show it a person's) */
          c->loose_s = i;
          c->loose_n = n;
          c->loose_si = c->si;
        }
      }
    }
    i = alias ? alias : i + n;
  }
}

/* The mentions are put in order of start first: they come nearly sorted
 * (only the parts of one title chain may come out of order), so an
 * insertion sort is linear. Then the result block (w: the scan's work, its
 * arrays in the scratch) is made: the spans, the mentions, the public
 * entities and the names copied for gazetteer entities, in one allocation
 * of exactly their size. NULL when out of memory. */
static struct mention_set *finish(ctx *c, const uint32_t *spans, size_t nspans) {
  struct mention_set *o = c->out;
  for (size_t i = 1; i < o->nm; i++) {
    kimput_mention m = o->m[i];
    size_t j = i;
    while (j > 0 && o->m[j - 1].start > m.start) { o->m[j] = o->m[j - 1]; j--; }
    o->m[j] = m;
  }
  size_t pool = 0;
  for (size_t i = 0; i < o->ne; i++)
    if (o->e[i].gaz >= 0) pool += c->lex->entities[o->e[i].gaz].name_len;
    else if (has_nbsp(c->text + o->e[i].name_s, o->e[i].name_e - o->e[i].name_s))
      pool += o->e[i].name_e - o->e[i].name_s;  /* copied with plain spaces (shorter) */
  /* header, then entities (pointers first), mentions, spans, names */
  size_t at_pub = (sizeof *o + 15) & ~(size_t)15;
  size_t at_m = at_pub + o->ne * sizeof *o->pub;
  size_t at_spans = at_m + o->nm * sizeof *o->m;
  size_t at_pool = at_spans + nspans * 2 * sizeof *spans;
  size_t bytes = at_pool + pool;
  char *block = malloc(bytes);
  if (!block) return NULL;
  struct mention_set *set = (struct mention_set *)block;
  *set = *o;
  set->pub = (kimput_entity *)(block + at_pub);
  set->m = (kimput_mention *)(block + at_m);
  set->spans = (uint32_t *)(block + at_spans);
  set->pool = block + at_pool;
  set->e = NULL;
  set->capm = o->nm;
  set->cape = o->ne;
  set->pool_len = pool;
  set->bytes = bytes;
  set->nspans = nspans;
  if (o->nm) memcpy(set->m, o->m, o->nm * sizeof *o->m);
  if (nspans) memcpy(set->spans, spans, nspans * 2 * sizeof *spans);
  size_t off = 0;
  for (size_t i = 0; i < o->ne; i++) {
    const ent *e = &o->e[i];
    kimput_entity *p = &set->pub[i];
    memset(p, 0, sizeof *p);
    if (e->gaz >= 0) {
      const lex_entity *le = &c->lex->entities[e->gaz];
      memcpy(set->pool + off, c->lex->pool + le->name, le->name_len);
      p->name = set->pool + off;
      p->name_len = le->name_len;
      off += le->name_len;
    } else if (has_nbsp(c->text + e->name_s, e->name_e - e->name_s)) {
      /* "Prasetyo\u00a0Hadi" is named "Prasetyo Hadi" */
      size_t n = 0;
      for (uint32_t k = e->name_s; k < e->name_e; k++) {
        if ((unsigned char)c->text[k] == 0xC2 && k + 1 < e->name_e && (unsigned char)c->text[k + 1] == 0xA0) {
          set->pool[off + n++] = ' ';
          k++;
        } else {
          set->pool[off + n++] = c->text[k];
        }
      }
      p->name = set->pool + off;
      p->name_len = n;
      off += n;
    } else {
      p->name = c->text + e->name_s;
      p->name_len = e->name_e - e->name_s;
    }
    p->gaz_id = e->gaz;
    p->kind = e->kind;
    p->first_mention = UINT32_MAX;
  }
  if (o->ne == 0) set->pub = NULL;
  for (size_t i = 0; i < o->nm; i++) {
    int32_t e = o->m[i].entity;
    if (e >= 0 && set->pub[e].first_mention == UINT32_MAX) set->pub[e].first_mention = (uint32_t)i;
  }
  return set;
}

static int same_key(const struct mention_set *s, const kimput_lexicon *lex, const uint32_t *spans, size_t nspans) {
  return s && s->lex == lex && s->stamp == lex->stamp && s->nspans == nspans &&
         (nspans == 0 || memcmp(s->spans, spans, nspans * 2 * sizeof *spans) == 0);
}

kimput_status kimput_doc_mentions(kimput_doc *doc, const kimput_lexicon *lex, const uint32_t *spans,
                                  size_t nspans, const kimput_mention **mentions, size_t *nmentions,
                                  const kimput_entity **entities, size_t *nentities) {
  if (!doc || !lex || (!spans && nspans)) return KIMPUT_ERR_ARG;
  for (size_t sp = 0; sp < nspans; sp++)
    if (spans[2 * sp + 1] > doc->len || spans[2 * sp] > spans[2 * sp + 1]) return KIMPUT_ERR_ARG;
  uint32_t whole[2] = {0, (uint32_t)doc->len};
  if (!spans) { spans = whole; nspans = 1; }
  struct mention_set *set = doc->mentions;
  if (!same_key(set, lex, spans, nspans)) {
    size_t ntok, nsent;
    const kimput_token *t = kimput_doc_tokens(doc, &ntok);
    if (!t && doc->status != KIMPUT_OK) return doc->status;
    const kimput_sentence *sent = kimput_doc_sentences(doc, &nsent);
    if (!sent && doc->status != KIMPUT_OK) return doc->status;
    mention_set_free(doc->mentions);
    doc->mentions = NULL;
    hit_buffer *scratch = thread_hits(1);
    if (!scratch) return KIMPUT_ERR_NOMEM;
    struct mention_set work;  /* the result while it is built, its arrays in the scratch */
    memset(&work, 0, sizeof work);
    work.m = scratch->m;
    work.capm = scratch->capm;
    work.e = scratch->e;
    work.cape = scratch->cape;
    ctx c;
    memset(&c, 0, sizeof c);
    c.text = doc->text;
    c.t = t;
    c.nt = ntok;
    c.sent = sent;
    c.nsent = nsent;
    c.lex = lex;
    c.out = &work;
    c.words = scratch->words;
    c.orgs = scratch->orgs;
    c.by = scratch->by;
    c.cur_first = c.last_first = c.cur_subject = c.last_subject = -1;
    c.sent_end = sentence_end(&c, 0);
    c.cur_headline = headline_like(&c, 0);  /* (enter_token tells it for the sentences after the first) */
    c.hits = lend_hits(scratch, ntok, &work.hits_ticket);
    if (!c.hits) c.failed = 1;
    /* the token map, kept with the hits for the attribution */
    size_t ntmap = (doc->len >> TOK_MAP_SHIFT) + 1;
    scratch->ntmap = 0;
    if (!c.failed && scratch->cap_tmap < ntmap) {
      uint32_t *v = realloc(scratch->tmap, ntmap * sizeof *v);
      if (!v) c.failed = 1;
      else { scratch->tmap = v; scratch->cap_tmap = ntmap; }
    }
    if (!c.failed) {
      block_map_fill(scratch->tmap, ntmap, t, ntok, sizeof *t, TOK_MAP_SHIFT);
      c.tmap = scratch->tmap;
      c.ntmap = scratch->ntmap = ntmap;
    }
    /* the hits of the spans' tokens are filled first (the scans read nearly every one), with
       the list of their cues, the others marked unset (looked up when a scan reads them); then
       the spans are scanned */
    if (!c.failed && (!reserve_sizes(&scratch->ranges, &scratch->cap_ranges, 2 * nspans) ||
                      !reserve_sizes(&scratch->cues, &scratch->cap_cues, ntok)))
      c.failed = 1;
    size_t *range = scratch->ranges, filled = 0, ncues = 0;
    for (size_t sp = 0; sp < nspans && !c.failed; sp++) {
      size_t lo = tok_at(&c, spans[2 * sp]), stop = tok_at(&c, spans[2 * sp + 1]);
      while (stop > lo && t[stop - 1].end > spans[2 * sp + 1]) stop--;
      if (lo > filled) lex_hits_reset(c.hits + filled, lo - filled);
      if (stop > filled) {  /* [filled, lo) were filled with the ranges before */
        size_t from = lo > filled ? lo : filled;
        ncues += lex_hits_fill(lex, c.hits, c.text, t, ntok, from, stop, scratch->cues + ncues);
        filled = stop;
      }
      range[2 * sp] = lo;
      range[2 * sp + 1] = stop;
    }
    if (!c.failed && ntok > filled) lex_hits_reset(c.hits + filled, ntok - filled);
    scratch->nranges = c.failed ? 0 : nspans;
    scratch->ncues = ncues;
    for (size_t sp = 0; sp < nspans && !c.failed; sp++)
      scan_span(&c, range[2 * sp], range[2 * sp + 1]);  /* the sentence cursor only moves on */
    set = c.failed ? NULL : finish(&c, spans, nspans);
    /* the scratch keeps what grew; the maps are emptied for the next document */
    scratch->m = work.m;
    scratch->capm = work.capm;
    scratch->e = work.e;
    scratch->cape = work.cape;
    if (scratch->capm * sizeof *scratch->m > SCRATCH_KEEP) {
      free(scratch->m);
      scratch->m = NULL;
      scratch->capm = 0;
    }
    if (scratch->cape * sizeof *scratch->e > SCRATCH_KEEP) {
      free(scratch->e);
      scratch->e = NULL;
      scratch->cape = 0;
    }
    scratch->words = c.words;
    scratch->orgs = c.orgs;
    scratch->by = c.by;
    kmap_clear(&scratch->words);
    kmap_clear(&scratch->orgs);
    imap_clear(&scratch->by);
    if (!set) {
      work.m = NULL;
      work.e = NULL;
      mention_set_drop_hits(&work);
      return KIMPUT_ERR_NOMEM;
    }
    set->lex = lex;
    set->stamp = lex->stamp;
    doc->mentions = set;
  }
  if (mentions) *mentions = set->m;
  if (nmentions) *nmentions = set->nm;
  if (entities) *entities = set->pub;
  if (nentities) *nentities = set->ne;
  return KIMPUT_OK;
}
