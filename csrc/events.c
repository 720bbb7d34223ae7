/* events.c -- correspondence and contact events (docs/output.md, events).
 *
 * One pass over the tokens marks the lexicon's words (a hash lookup per
 * word) and the party mentions (two-pointer merge of sorted arrays); then
 * each sentence is read once: every verb or noun trigger looks for its
 * parties a bounded number of tokens before and after it (the subject, the
 * party after kepada/dari/dengan, a direct object), so the cost is linear in
 * the tokens. No name alternation is ever matched: the parties are the
 * mentions the entity stage already found.
 */
#include <stdlib.h>
#include <string.h>

#include "kimput.h"
#include "word16.h"

#define MAX_WORDS 4
#define NO_CLASS 255     /* hitcls of a token no lexicon entry starts at */
#define MAX_KEY 96
#define BACK_WORDS 3     /* words between a subject and its verb (juga, telah, mengaku) */
#define OCCASION_WORDS 6 /* words of an occasion's name between a noun and its passive verb */
#define NOUN_GAP 4       /* tokens between a verb and its noun (mengirim sebuah surat) */
#define COURIER_REACH 16 /* events looked back at for the meeting a courier's letter follows */
#define LEADER_BACK 2    /* sentences back to the leader of a group met ("Kunjungan itu dipimpin X. ... Rombongan disambut Y") */
#define PARTY_GAP 8      /* tokens between kepada and its party (kepada calon presiden nomor urut 02, X) */
#define UNIT_WORDS 6     /* more tokens past a military unit's number in a title ("Danrem 031/Wirabima (WB), X") */
#define PREP_GAP 9       /* tokens between a trigger and its kepada/dari */
#define MAX_LIST 8       /* parties in a list (Xi, Kishida dan Albanese) */
#define CHAIN_WALK 16    /* earlier events of the same parties compared when merging */
#define THANKS_REACH 12  /* tokens from a verb of thanks to the "atas" saying what for */
#define ROLE_REACH 24    /* tokens from the start of a party mention (its role) to a word inside it */
#define LETTERS_KEPT 4   /* letters told a reply looks back at (sentences allowing) */
#define SERIES_KEPT 8    /* meetings dated by their series' day that later ones may go on from */
#define LETTER_REACH 3   /* sentences of narrative from a letter to the reply that answers it */
#define QUOTED_REACH 12  /* sentences in all, the letter's own words quoted among them */
#define SIMILAR_REACH 6  /* sentences from a letter to "surat serupa" pointing back at it (its words quoted between) */
#define RECEIVED_REACH 6 /* sentences from a letter sent to a counted group to "Ketiga gubernur yang mendapat surat itu ialah …" */

typedef struct {
  uint64_t head[2];  /* the key's first 16 bytes, zero padded (head_of_raw): most keys are compared by these */
  char *key;
  uint8_t keylen, cls, frame, flags, maxw, set;
  int8_t type;
} evword;

struct kimput_evlex {
  evword *slot;
  size_t cap, n;
  uint64_t stamp;  /* changes with every addition (lex_new_stamp): a work's memo of lookups checks it */
  uint64_t first[1024]; /* bit set per hash64 (its top 16 bits) of a word that starts an entry, and of "hari" */
  uint64_t second[1024];  /* the same of the second words of the phrases */
  uint64_t phrases[1024]; /* and of the whole phrases of two words or more (their first 8 bytes and length) */
};

/* lexicon.c (lexicon.h, whose word helpers word16.h has too): a stamp no lexicon had before, one
 * counter for the mention and the event lexicons */
uint64_t lex_new_stamp(void);

static char lower(char c) { return (c >= 'A' && c <= 'Z') ? (char)(c + 32) : c; }

/* a word's hash from its first 8 bytes with bit 0x20 set in each (the same
 * for a word in any case as for its lower-case key: no lower-casing) and its
 * length; constant time */
static inline uint64_t hash64(uint64_t raw0, size_t n) {
  return ((raw0 | 0x2020202020202020ull) ^ n) * 0xff51afd7ed558ccdull;
}

/* the same folded to 32 bits: the slot a lookup starts at */
static inline uint32_t hash_raw(uint64_t raw0, size_t n) {
  uint64_t h = hash64(raw0, n);
  return (uint32_t)(h >> 32) ^ (uint32_t)h;
}

static uint32_t hash(const char *key, size_t n) {
  uint64_t raw[2];
  load_raw(key, n, n, raw);
  return hash_raw(raw[0], n);
}

/* The bit of the first test (word_bits) of a word of hash64 h: its top 16
 * bits (no folding per token). */
static inline void set_bit(uint64_t bits[1024], uint64_t h) { bits[h >> 54] |= 1ull << (h >> 48 & 63); }
static inline void set_first(kimput_evlex *lex, uint64_t h) { set_bit(lex->first, h); }

/* Is the bit of hash64 h set in bits (the first words', the second words' or the phrases')? */
static inline int bit_of(const uint64_t bits[1024], uint64_t h) { return bits[h >> 54] >> (h >> 48 & 63) & 1; }

kimput_status kimput_evlex_new(kimput_evlex **out) {
  if (!out) return KIMPUT_ERR_ARG;
  kimput_evlex *lex = calloc(1, sizeof *lex);
  if (!lex) return KIMPUT_ERR_NOMEM;
  lex->cap = 256;
  lex->slot = calloc(lex->cap, sizeof *lex->slot);
  if (!lex->slot) { free(lex); return KIMPUT_ERR_NOMEM; }
  /* "Hari" passes the first test too (mark_words looks for it: a named day),
   * whether or not an entry starts with it: the test only rules words out */
  uint64_t hari = 0;  /* its 4 bytes as load_raw reads them */
  memcpy(&hari, "hari", 4);
  set_first(lex, hash64(hari, 4));
  lex->stamp = lex_new_stamp();
  *out = lex;
  return KIMPUT_OK;
}

void kimput_evlex_free(kimput_evlex *lex) {
  if (!lex) return;
  for (size_t i = 0; i < lex->cap; i++) free(lex->slot[i].key);
  free(lex->slot);
  free(lex);
}

/* the tail of a key past its head: a past 16 bytes (text in any case) against
 * b (lower case) */
static inline int same_tail(const char *a, const char *b, size_t n) {
  for (size_t k = 16; k < n; k++)
    if (lower(a[k]) != b[k]) return 0;
  return 1;
}

/* the entry of the n-byte word at text (any case) whose head is head
 * (head_of_raw) and hash h (hash_raw), or NULL */
static inline __attribute__((always_inline)) evword *find_head(const kimput_evlex *lex, const char *text, size_t n,
                                                               const uint64_t head[2], uint32_t h) {
  size_t mask = lex->cap - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    evword *w = &lex->slot[i];
    if (!w->key) return NULL;
    if (w->keylen == n && w->head[0] == head[0] && w->head[1] == head[1] && (n <= 16 || same_tail(text, w->key, n)))
      return w;
  }
}

static evword *find(const kimput_evlex *lex, const char *key, size_t n) {
  uint64_t raw[2], head[2];
  load_raw(key, n, n, raw);
  head_of_raw(raw, head);
  return find_head(lex, key, n, head, hash_raw(raw[0], n));
}

static kimput_status grow(kimput_evlex *lex) {
  size_t cap = lex->cap * 2;
  evword *slot = calloc(cap, sizeof *slot);
  if (!slot) return KIMPUT_ERR_NOMEM;
  for (size_t i = 0; i < lex->cap; i++) {
    if (!lex->slot[i].key) continue;
    size_t j = hash(lex->slot[i].key, lex->slot[i].keylen) & (cap - 1);
    while (slot[j].key) j = (j + 1) & (cap - 1);
    slot[j] = lex->slot[i];
  }
  free(lex->slot);
  lex->slot = slot;
  lex->cap = cap;
  return KIMPUT_OK;
}

/* the entry for key, created (unset) when missing */
static evword *intern(kimput_evlex *lex, const char *key, size_t n) {
  evword *w = find(lex, key, n);
  if (w) return w;
  if ((lex->n + 1) * 2 > lex->cap && grow(lex) != KIMPUT_OK) return NULL;
  size_t mask = lex->cap - 1, i = hash(key, n) & mask;
  while (lex->slot[i].key) i = (i + 1) & mask;
  w = &lex->slot[i];
  w->key = malloc(n + 1);
  if (!w->key) return NULL;
  memcpy(w->key, key, n);
  w->key[n] = 0;
  w->keylen = (uint8_t)n;
  uint64_t raw[2];
  load_raw(key, n, n, raw);
  head_of_raw(raw, w->head);
  lex->n++;
  return w;
}

kimput_status kimput_evlex_add(kimput_evlex *lex, const char *phrase, size_t len, int cls, int type,
                               int frame, int flags) {
  if (!lex || !phrase || cls < 0 || cls >= KIMPUT_EVW_CLASS_COUNT || type < -1 ||
      type >= KIMPUT_EVENT_TYPE_COUNT || frame < 0 || frame >= KIMPUT_FRAME_COUNT)
    return KIMPUT_ERR_ARG;
  lex->stamp = lex_new_stamp();  /* (before any change: a failed addition may have interned a word) */
  /* normalise: lower case, single spaces, no edges */
  char key[MAX_KEY];
  size_t n = 0, words = 0, first_end = 0;
  for (size_t i = 0; i < len; i++) {
    char c = phrase[i];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (n && key[n - 1] != ' ') {
        if (n >= MAX_KEY) return KIMPUT_ERR_ARG;
        key[n++] = ' ';
      }
      continue;
    }
    if (n >= MAX_KEY) return KIMPUT_ERR_ARG;
    if (n == 0 || key[n - 1] == ' ') words++;
    key[n++] = lower(c);
  }
  if (n && key[n - 1] == ' ') n--;
  if (n == 0 || words > MAX_WORDS) return KIMPUT_ERR_ARG;
  for (first_end = 0; first_end < n && key[first_end] != ' '; first_end++) {}
  uint64_t raw[2];
  load_raw(key, first_end, first_end, raw);
  set_first(lex, hash64(raw[0], first_end));
  if (words > 1) {
    size_t a = first_end + 1, z = a;
    while (z < n && key[z] != ' ') z++;
    set_bit(lex->second, hash64(load8(key + a, z - a, z - a), z - a));
    set_bit(lex->phrases, hash64(load8(key, n, n), n));
  }
  evword *first = intern(lex, key, first_end);
  if (!first) return KIMPUT_ERR_NOMEM;
  if (first->maxw < words) first->maxw = (uint8_t)words;
  evword *w = words == 1 ? first : intern(lex, key, n);
  if (!w) return KIMPUT_ERR_NOMEM;
  w->cls = (uint8_t)cls;
  w->type = (int8_t)type;
  w->frame = (uint8_t)frame;
  w->flags = (uint8_t)flags;
  w->set = 1;
  if (w->maxw < 1) w->maxw = 1;
  return KIMPUT_OK;
}

/* ------------------------------------------------------------ the scan */

/* the bits of scan.undated per entity: UNDATED, BODY (an organisation), ROLED (a person named
   with a role somewhere), LEADER (with a leader's, KIMPUT_MENTIONF_LEADER: Presiden, Perdana Menteri),
   NAMED (a mention of it was marked: mark_mentions' own) */
enum { UNDATED = 1, BODY = 2, ROLED = 4, LEADER = 8, NAMED = 16 };
#define CUT_KEPT 4  /* mentions ending on the text's last token that cut_name may find cut */
#define RECALL 32  /* earlier events a partial mention is compared with */
#define AGAINS_KEPT 4

/* A lookup of mark_words remembered: the word of n <= 16 bytes (n 0: none)
 * whose bytes load_raw reads as raw (as written: its case too) is the entry slot. */
typedef struct {
  uint64_t raw[2];
  uint32_t slot, n;
} wordmemo;
#define MEMO_SIZE 1024  /* direct mapped by hash64's top 10 bits */

typedef struct {
  const char *text;
  size_t len;           /* of text */
  const kimput_token *tok;
  size_t ntok;
  const evword *slots;  /* the lexicon's entries */
  wordmemo *memo;       /* the work's memo of the lexicon's words (NULL without a work) */
  uint32_t *hit;        /* per token: 1 + the slot of the lexicon entry starting here, or 0
                         * (an index, half a pointer: the scratch is per token) */
  uint8_t *hitlen;      /* its length in tokens */
  uint8_t *hitcls;      /* its class, or NO_CLASS: cls_at without a branch on whether there is one */
  size_t fresh;         /* the tokens from here on were never marked (cleared when the scan starts) */
  uint64_t *mbits;      /* per token, a bit: a party mention starts here (mstart >= 0) */
  uint32_t *trig;       /* the verbs, nouns and "that" words of the sentence read (mark_words) */
  size_t first_reply;   /* its first "reply" word, or its end */
  int32_t *mstart;      /* per token: the party mention starting here (role or name), or -1 */
  int32_t *mend;        /* per token: the party mention whose last token this is, or -1 */
  uint32_t *mfirst;     /* per mention: its first token */
  uint32_t *mlast;      /* per mention: its last token */
  const kimput_mention *men;
  size_t nmen;          /* of men (in text order) */
  const kimput_date *dates;
  size_t ndates;
  uint32_t *dtok;       /* per date: 1 + the token holding its start, 1 + the token holding its end, or 0 until
                         * asked (date_tok) */
  kimput_event *ev;
  size_t nev, cap;
  int32_t *head_of;     /* merge chains: hash bucket -> latest first mention */
  int32_t *next_same;   /* per event: the previous first mention in its bucket */
  size_t nbuckets;
  uint8_t *undated;     /* per entity: UNDATED, sends an event with no date yet; BODY, ROLED, LEADER */
  int32_t replier;      /* the sender mention of the sentence's last trigger, or -1 */
  int32_t last_a, last_b;  /* the parties of the last event told */
  size_t sentence, last_sentence;  /* the sentence read, the sentence of the last event (+1; 0 none) */
  const kimput_sentence *sent;     /* the document's sentences (byte bounds of those told before) */
  /* the last LETTERS_KEPT letters and messages told, newest at (nletters - 1) % LETTERS_KEPT
     (LETTER_SENTENCE, LETTER_FROM ... read it): a reply answers the latest one to its sender,
     whatever was told since ("X mengirim kartu kepada Y. X juga menyurati Z. Y membalasnya.") */
  struct { size_t sentence; int32_t from, to; int type; } letters[LETTERS_KEPT];
  size_t nletters;
  /* the last letter or message told from an unnamed group to one addressee ("Beberapa kepala negara
     mengirim ucapan selamat kepada Y"): its sentence (+1; 0 none) and addressee; "Salah satunya
     adalah X yang mengucapkan selamat" after it is X's to Y */
  size_t group_sentence;
  int32_t group_to;
  int again;                /* the event emitted next is another of its kind ("keduanya kembali bertemu"): no merging */
  int32_t agains[AGAINS_KEPT];  /* the last first mentions so told: the one told again merges with them alone (a
                                   headline's "X Kembali Surati Y" and its lead's "X kembali menyurati Y") */
  size_t nagains;
  size_t prev_lo;           /* the first token of the sentence before the one read (its own when first) */
  /* the last letter handed over by a courier ("X menyerahkan surat Y kepada Z"): its sentence (+1; 0
     none), the courier, the addressee and the date; "Pertemuan itu ..." after it is their meeting */
  size_t hand_sentence;
  int32_t hand_courier, hand_to, hand_date;
  /* the last SERIES_KEPT events dated by the day told for their series (series_date): the meetings
     told after them go on with it */
  int32_t series_ev[SERIES_KEPT];
  size_t nseries;
  /* the mentions ending on the last token whose entity no mention before names (mark_mentions):
     cut_name's candidates, found once so that it reads no mention list a trigger */
  int32_t cut_m[CUT_KEPT];
  int ncut;
  size_t nsent;  /* of sent */
  size_t *phone; /* the first and last sentences (+1; 0 none) naming a telephone, once asked (phone_named):
                    {asked, first, last} */
} scan;

/* The latest letter or message told: its sentence (+1; 0 when none), its parties and its type. */
#define LATEST_LETTER(s) ((s)->letters[((s)->nletters + LETTERS_KEPT - 1) % LETTERS_KEPT])
#define LETTER_SENTENCE(s) ((s)->nletters ? LATEST_LETTER(s).sentence : 0)
#define LETTER_FROM(s) (LATEST_LETTER(s).from)
#define LETTER_TO(s) (LATEST_LETTER(s).to)
#define LETTER_TYPE(s) (LATEST_LETTER(s).type)

/* the lexicon entry starting at token i, or NULL */
static const evword *hit_at(const scan *s, size_t i) { return s->hit[i] ? &s->slots[s->hit[i] - 1] : NULL; }

static void set_hit(scan *s, size_t i, const evword *w, size_t words) {
  s->hit[i] = (uint32_t)(w - s->slots) + 1;
  s->hitcls[i] = w->cls;
  s->hitlen[i] = (uint8_t)words;
}

static int cls_at(const scan *s, size_t i, int cls) { return s->hitcls[i] == cls; }

/* The first n bytes (8 at most) of every length, in memory order: a word's
 * first 8 bytes masked as load8 masks them, with no branch on its length. */
static const unsigned char first_bytes[9][8] = {
  {0}, {255}, {255, 255}, {255, 255, 255}, {255, 255, 255, 255}, {255, 255, 255, 255, 255},
  {255, 255, 255, 255, 255, 255}, {255, 255, 255, 255, 255, 255, 255}, {255, 255, 255, 255, 255, 255, 255, 255}};

/* The scan reads a copy of the text with TEXT_PAD zero bytes after it (kimput_events_scan_body), so
 * that 4 bytes (16 at most) can be loaded at any token's start with no test of the text's end. */
#define TEXT_PAD 16

/* Is token k the lower-case word w? (inlined: w is a literal, its length known)
 * A word is told by its first 4 bytes (as many as it has, fewer) before its
 * length: they seldom agree, the lengths of a text's words often do, and a
 * branch on those cannot be guessed (the chains of token_is calls were the
 * engine's most mispredicted branches); the 4 bytes load once for a chain. */
static inline __attribute__((always_inline)) int token_is(const scan *s, size_t k, const char *w) {
  size_t n = strlen(w);
  const kimput_token *t = &s->tok[k];
  const char *p = s->text + t->start;
  if (__builtin_constant_p(n) && n > 0) {
    uint32_t x, c = 0, m;
    memcpy(&x, p, 4);  /* (the text is padded: TEXT_PAD) */
    memcpy(&c, w, n < 4 ? n : 4);  /* (constants: w is a literal) */
    memcpy(&m, first_bytes[n < 4 ? n : 4], 4);
    return (x & m) == c && t->end - t->start == n && (n <= 4 || memcmp(p + 4, w + 4, n - 4) == 0);
  }
  /* (a word from a list: its first byte before its length, which is counted only then) */
  return p[0] == w[0] && t->end - t->start == strlen(w) && memcmp(p, w, t->end - t->start) == 0;
}

/* a word of purpose ("untuk", "guna", "demi") at token k */
/* Is token k a verb that sends someone on another's errand (mengutus, menugaskan, meminta)? The
 * letter or greeting that one conveys is the sender's. */
static int dispatch_verb(const scan *s, size_t k) {
  return token_is(s, k, "mengutus") || token_is(s, k, "menugaskan") || token_is(s, k, "memerintahkan") ||
         token_is(s, k, "meminta") || token_is(s, k, "menitipkan");
}

static int purpose_word(const scan *s, size_t k) {
  return token_is(s, k, "untuk") || token_is(s, k, "guna") || token_is(s, k, "demi");
}

static inline int token_is_ci(const scan *s, size_t k, const char *w);

/* a verb of serving or bringing food ("menyajikan makan siang untuk Y", "membawakan sarapan"):
 * the meal after it is a thing handed over, no meal eaten together */
static int served_word(const scan *s, size_t k) {
  static const char *const serve[] = {"menyajikan", "menyiapkan", "menyediakan", "membawakan", "membawa",
                                      "mengantarkan", "mengantar", "memasak", "memasakkan", "membelikan",
                                      "memesan", "menghidangkan", "menyuguhkan", "membagikan"};
  for (size_t i = 0; i < sizeof serve / sizeof *serve; i++)
    if (token_is_ci(s, k, serve[i])) return 1;
  return 0;
}

/* opens a fronted clause: a front word, or a relative one (setelah, sebelum) */
static int front_at(const scan *s, size_t i) {
  return cls_at(s, i, KIMPUT_EVW_FRONT) || cls_at(s, i, KIMPUT_EVW_RELATIVE);
}

/* a word that may stand between a subject and its verb: "kedua pemimpin terakhir kali bertemu" */
static int adverb_at(const scan *s, size_t k) {
  /* (words of when: "Keduanya juga mengunjungi pameran" stays no meeting; "X resmi mengirim surat",
     "X secara resmi menyurati Y": how) */
  static const char *const adverbs[] = {"terakhir", "kali", "pernah", "sempat", "telah", "sudah", "akhirnya",
                                        "kemudian", "lalu", "lantas", "langsung", "segera", "pun",
                                        "resmi", "secara", "ternyata", "memang"};
  for (size_t w = 0; w < sizeof adverbs / sizeof *adverbs; w++)
    if (token_is(s, k, adverbs[w])) return 1;
  return 0;
}

/* a "they" phrase (keduanya, kedua pemimpin) ends right before token v, or
 * before two words of adverb before it */
static int they_before(const scan *s, size_t lo, size_t v) {
  size_t end = v;
  /* (and a word of plan or "kembali" among them: "Keduanya dijadwalkan kembali bertemu"; "juga" and
     "sebelumnya" only before a verb of meeting each other: "Keduanya sebelumnya berbicara melalui telepon"; "Keduanya juga bertemu", while "Keduanya juga
     mengunjungi pameran" is no meeting of theirs) */
  int mutual = s->hit[v] && hit_at(s, v)->frame == KIMPUT_FRAME_MUTUAL;
  for (int skipped = 0; end > lo && skipped < 3; skipped++) {
    size_t k = end - 1;
    if (!s->hit[k] && (adverb_at(s, k) || token_is(s, k, "kembali") || (mutual && (token_is(s, k, "juga") || token_is(s, k, "sebelumnya"))))) end = k;
    else if (s->hit[k] && cls_at(s, k, KIMPUT_EVW_PLANNED) && k + s->hitlen[k] == end) end = k;
    else if (k > lo && s->hit[k - 1] && cls_at(s, k - 1, KIMPUT_EVW_PLANNED) && k - 1 + s->hitlen[k - 1] == end)
      end = k - 1;
    else break;
  }
  for (size_t k = end; k > lo && end - k < 4;) {
    k--;
    if (s->hit[k]) return cls_at(s, k, KIMPUT_EVW_THEY) && k + s->hitlen[k] == end;
  }
  return 0;
}

/* Is the verb at token v, after a they-phrase, one word that takes whom it meets after it
 * ("menemui", "mengunjungi", "menyambut": me- or a headline's base form, not a ber- verb of
 * meeting each other), a word following it? "Keduanya menemui warga" met the residents, not
 * each other ("Keduanya bertemu di Moskow" did). */
static int meets_someone_else(const scan *s, size_t v, size_t hi) {
  const kimput_token *t = &s->tok[v];
  if (s->hitlen[v] != 1 || !(hit_at(s, v)->flags & KIMPUT_EVWF_DIRECT) || t->end - t->start < 4) return 0;
  const char *w = s->text + t->start;
  if ((w[0] | 0x20) == 'b' && w[1] == 'e' && w[2] == 'r') return 0;
  return v + 1 < hi && s->tok[v + 1].kind == KIMPUT_TOK_WORD;
}

/* Right after a verb of meeting (at token k, past "dengan"), an office naming no one the article names
 * ("A dan B menyambangi Kapolres, Dandim dan Kajari", "A dan B bertemu dengan Danrem"): the subjects met
 * him, not each other. */
static int meets_untold(const scan *s, size_t k, size_t hi) {
  if (k + 1 < hi && token_is(s, k, "dengan")) k++;
  if (k >= hi || s->mstart[k] >= 0 || !(s->tok[k].flags & KIMPUT_TOKF_UPPER)) return 0;
  /* (an office no one holds in the article is no party: mstart skips it; the mentions are in text order) */
  size_t lo = 0, n = s->nmen;
  uint32_t at = s->tok[k].start;
  while (n > 0) {
    size_t half = n / 2;
    if (s->men[lo + half].start < at) { lo += half + 1; n -= half + 1; }
    else n = half;
  }
  return lo < s->nmen && s->men[lo].start == at && s->men[lo].form == KIMPUT_MENTION_TITLE && s->men[lo].entity < 0;
}

/* (the byte first: a token seldom starts with c, while whether it is a mark cannot be guessed) */
static int is_punct(const scan *s, size_t i, char c) {
  const kimput_token *t = &s->tok[i];
  return s->text[t->start] == c && t->kind == KIMPUT_TOK_PUNCT && t->end - t->start == 1;
}

static int is_word(const scan *s, size_t i) { return s->tok[i].kind == KIMPUT_TOK_WORD; }

/* the token index holding byte offset off (the first token starting at or after it) */
/* (the binary searches here halve their range with no branch on the compare, which cannot be
 * guessed: their loops run as many times as the range's size says) */
static size_t tok_at(const scan *s, uint32_t off) {
  size_t lo = 0, n = s->ntok;
  while (n > 0) {
    size_t half = n / 2;
    size_t past = (size_t)0 - (size_t)(s->tok[lo + half].end <= off);  /* all ones or none */
    lo += (half + 1) & past;
    n = half + ((n - 2 * half - 1) & past);  /* (n - half - 1 when past, else half) */
  }
  return lo;
}

/* tok_at of date d's start (end 0) or end (end 1), worked out once per date: the dates
 * of a sentence are read again for each of its triggers */
static size_t date_tok(const scan *s, const kimput_date *d, int end) {
  uint32_t *c = &s->dtok[2 * (size_t)(d - s->dates) + (end != 0)];
  if (!*c) *c = (uint32_t)tok_at(s, end ? d->end : d->start) + 1;
  return *c - 1;
}

/* the index of the first date starting at or after byte offset off (ndates when none) */
static size_t date_from(const scan *s, uint32_t off) {
  size_t lo = 0, n = s->ndates;
  while (n > 0) {
    size_t half = n / 2;
    size_t before = (size_t)0 - (size_t)(s->dates[lo + half].start < off);  /* all ones or none */
    lo += (half + 1) & before;
    n = half + ((n - 2 * half - 1) & before);
  }
  return lo;
}

/* The hash64 of token i's first 8 bytes and length (as word_bits makes it). */
static uint64_t token_hash(const scan *s, size_t i) {
  size_t n = s->tok[i].end - s->tok[i].start;
  return hash64(load8(s->text + s->tok[i].start, n, s->len - s->tok[i].start), n);
}

/* Bit k: token b + k (k < nb <= 64) hashes so as to pass the lexicon's bit
 * test ("Hari" does: see kimput_evlex_new; its length is not looked at).
 * The token's kind is not: the few others that pass (a comma may) are
 * turned away after. fits:
 * every token's 8 bytes from its start lie in the text (the last token's
 * do). raw[k], hash[k]: the token's first 8 bytes as load8 reads them and
 * their hash64 (the words that pass are looked up from them). */
static inline uint64_t word_bits(const scan *s, const kimput_evlex *lex, size_t b, size_t nb, int fits,
                                 uint64_t raw[64], uint64_t hash[64]) {
  uint64_t cand = 0;
  for (size_t k = 0; k < nb; k++) {
    const kimput_token *t = &s->tok[b + k];
    size_t n = t->end - t->start;
    uint64_t raw0;
    if (fits) {
      uint64_t x, m;
      memcpy(&x, s->text + t->start, 8);
      memcpy(&m, first_bytes[n < 8 ? n : 8], 8);
      raw0 = x & m;
    } else {
      raw0 = load8(s->text + t->start, n, s->len - t->start);
    }
    uint64_t h = hash64(raw0, n);
    raw[k] = raw0;
    hash[k] = h;
    cand |= (lex->first[h >> 54] >> (h >> 48 & 63) & 1) << k;
  }
  return cand;
}

/* The entry of the n-byte word at p (any case; avail bytes readable there,
 * n < MAX_KEY) whose first 8 bytes load8 reads as raw0, or NULL: its second 8
 * bytes are loaded only when it has them. */
static inline evword *find_word(const kimput_evlex *lex, const char *p, size_t n, size_t avail, uint64_t raw0) {
  uint64_t head[2] = {lower8(raw0), n > 8 ? lower8(load8(p + 8, n - 8, avail - 8)) : 0};
  return find_head(lex, p, n, head, hash_raw(raw0, n));
}

/* The classes mark_words notes beyond marking the word: those of a trigger, an
 * occasion, a block, a reply and a phrase that names something else; the
 * words of the others (di, dan, yang: most hits) are marked and left. */
#define NOTED_CLASSES                                                                                     \
  ((1u << KIMPUT_EVW_VERB) | (1u << KIMPUT_EVW_NOUN) | (1u << KIMPUT_EVW_THAT) | (1u << KIMPUT_EVW_REPLY) | \
   (1u << KIMPUT_EVW_OCCASION) | (1u << KIMPUT_EVW_GRIEF) | (1u << KIMPUT_EVW_BLOCK) | (1u << KIMPUT_EVW_UNLIKE))

/* marks the lexicon words of tokens [lo, hi): the hash of a word's first 8
 * bytes and its length, a bit test of that hash, then one lookup for the few
 * words that pass (their first 16 bytes lower-cased 8 at a time), longer
 * phrases only when a phrase starts with it. With trig, the tokens left a
 * verb, a noun or a "that" word are listed there in order (*ntrig of them):
 * the triggers are read from that list, not from every token. */
static int mark_words(scan *s, const kimput_evlex *lex, size_t lo, size_t hi, size_t *occ_at, uint32_t *trig,
                      size_t *ntrig) {
  char key[MAX_KEY];
  size_t nt = 0;
  int blocked = 0;
  uint64_t hari;  /* "Hari" as load8 reads it */
  memcpy(&hari, "Hari\0\0\0", 8);
  *occ_at = hi;
  if (lo < s->fresh) {  /* (a sentence read again, or an earlier one: its old marks go) */
    memset(s->hit + lo, 0, (hi - lo) * sizeof *s->hit);
    memset(s->hitlen + lo, 0, hi - lo);
    memset(s->hitcls + lo, NO_CLASS, hi - lo);
  }
  if (hi > s->fresh) s->fresh = hi;
  size_t skip = lo;  /* the tokens before it are inside a phrase read already */
  size_t reply_end = lo;  /* the end of the last reply phrase marked */
  if (trig) s->first_reply = hi;
  for (size_t b = lo; b < hi; b += 64) {
    size_t nb = hi - b < 64 ? hi - b : 64;
    /* the words that pass the bit test, or hash as "Hari" does, without a
     * branch per token (whether a word passes cannot be guessed); 8 bytes
     * read at each token's start, but near the text's end */
    uint64_t raw[64], hash[64];
    uint64_t cand = s->tok[b + nb - 1].start + 8 <= s->len ? word_bits(s, lex, b, nb, 1, raw, hash)
                                                           : word_bits(s, lex, b, nb, 0, raw, hash);
    for (uint64_t left = cand; left; left &= left - 1) {
      size_t k = (size_t)__builtin_ctzll(left), i = b + k;
      if (i < skip || !is_word(s, i)) continue;
      const kimput_token *t = &s->tok[i];
      size_t n = t->end - t->start, avail = s->len - t->start;
      if (n >= MAX_KEY) continue;
      const char *word = s->text + t->start;
      uint64_t raw0 = raw[k];
      /* "Hari" and a name: a named day, the occasion of the sentence */
      if (!((raw0 ^ hari) | (n ^ 4)) && *occ_at == hi) *occ_at = i;  /* (one test: lengths are not guessed) */
      /* (the common words, di, dan, yang, kepada, from the memo: one compare, no probing) */
      wordmemo *e = s->memo && n <= 16 ? &s->memo[hash[k] >> 54] : NULL;
      uint64_t raw1 = e && n > 8 ? load8(word + 8, n - 8, avail - 8) : 0;
      const evword *w;
      if (e && e->raw[0] == raw0 && e->raw[1] == raw1 && e->n == n) {
        w = &s->slots[e->slot];
      } else {
        w = find_word(lex, word, n, avail, raw0);
        if (!w) continue;
        if (e) *e = (wordmemo){{raw0, raw1}, (uint32_t)(w - s->slots), (uint32_t)n};
      }
      /* longest phrase first, when the next word could be a phrase's second */
      const evword *h = NULL;  /* the entry starting here, of hl words */
      size_t hl = 1;
      /* (its next word's hash from word_bits, but past the 64) */
      if (w->maxw > 1 && i + 1 < hi && is_word(s, i + 1) &&
          bit_of(lex->second, k + 1 < nb ? hash[k + 1] : token_hash(s, i + 1))) {
        memcpy(key, word, n);  /* the phrases' first word (as written: find folds case) */
        for (size_t words = w->maxw; words > 1; words--) {
          if (i + words > hi) continue;
          size_t m = n, ok = 1;
          for (size_t j = i + 1; j < i + words && j < hi && ok; j++) {
            const kimput_token *u = &s->tok[j];
            size_t un = u->end - u->start;
            if (!is_word(s, j) || (u->flags & KIMPUT_TOKF_NEWLINE) || m + 1 + un >= MAX_KEY) { ok = 0; break; }
            key[m++] = ' ';
            memcpy(key + m, s->text + u->start, un);
            m += un;
          }
          if (!ok) continue;
          /* (most phrases tried are none: the bit test first) */
          const evword *p = bit_of(lex->phrases, hash64(load8(key, m, m), m)) ? find(lex, key, m) : NULL;
          if (p && p->set) { h = p; hl = words; break; }
        }
        /* "mengirim surat untuk menjawab pesan Y": after a word of purpose, a phrase of a reply word
           ("menjawab surat") is the reply word, Y's message answered, not a letter sent */
        if (h && w->set && w->cls == KIMPUT_EVW_REPLY && i > lo &&
            purpose_word(s, i - 1)) {
          h = NULL;
          hl = 1;
        }
      }
      if (!h) {
        if (!w->set) continue;
        h = w;
      }
      int c = h->cls;
      if (!((NOTED_CLASSES >> c) & 1) && !(h->flags & KIMPUT_EVWF_OCCASION)) {
        set_hit(s, i, h, hl);
        continue;
      }
      /* "surat kabar": none of its words is a trigger (nothing marked: the
       * tokens after it are not read yet, their marks still clear) */
      if (c == KIMPUT_EVW_UNLIKE) { skip = i + hl; continue; }
      /* "menyajikan makan siang untuk Y": a meal served is no meeting */
      if (c == KIMPUT_EVW_VERB && h->type == KIMPUT_EVENT_MEETING && i > lo && served_word(s, i - 1)) {
        skip = i + hl;
        continue;
      }
      /* "Sebagai balasannya, X mengirim surat": a noun inside a reply phrase is that phrase's word */
      if (c == KIMPUT_EVW_NOUN && i < reply_end) continue;
      if (c == KIMPUT_EVW_REPLY) reply_end = i + hl;
      set_hit(s, i, h, hl);
      blocked |= c == KIMPUT_EVW_BLOCK;
      if ((c == KIMPUT_EVW_OCCASION || c == KIMPUT_EVW_GRIEF || (h->flags & KIMPUT_EVWF_OCCASION)) && i < *occ_at)
        *occ_at = i;
      if (trig && (c == KIMPUT_EVW_VERB || c == KIMPUT_EVW_NOUN || c == KIMPUT_EVW_THAT))
        trig[nt++] = (uint32_t)i;
      if (trig && c == KIMPUT_EVW_REPLY && s->first_reply == hi) s->first_reply = i;
    }
  }
  if (ntrig) *ntrig = nt;
  return blocked;
}

/* Does token i read "Kedua" or "kedua" (a they-phrase of two words may open there: "Kedua menteri")? */
static int opens_with_kedua(const scan *s, size_t i) {
  const kimput_token *t = &s->tok[i];
  return t->end - t->start == 5 && (s->text[t->start] | 0x20) == 'k' && memcmp(s->text + t->start + 1, "edua", 4) == 0;
}

/* Does a they-phrase of two, "keduanya" or "kedua" and a word ("kedua pemimpin"), stand in
 * tokens [lo, hi)? (Not "mereka": a group, not the pair of an event told further back.) */
static int pair_phrase_in(const scan *s, size_t lo, size_t hi) {
  for (size_t i = lo; i < hi; i++) {
    const kimput_token *t = &s->tok[i];
    size_t n = t->end - t->start;
    /* (the letters before the length: they seldom agree; the text is padded, TEXT_PAD) */
    if ((s->text[t->start] | 0x20) != 'k' || memcmp(s->text + t->start + 1, "edua", 4) != 0 || (n != 5 && n != 8))
      continue;
    if (n == 8 ? memcmp(s->text + t->start + 5, "nya", 3) == 0 : i + 1 < hi && is_word(s, i + 1)) return 1;
  }
  return 0;
}

static int type_class(int t);

/* The entry of the word at token i (any case; under MAX_KEY bytes), or NULL: the
 * bit test of mark_words first (every entry's first word passes it), most words
 * looked up here (a sentence's first) have none. */
static const evword *entry_at(const scan *s, const kimput_evlex *lex, size_t i) {
  const kimput_token *t = &s->tok[i];
  size_t n = t->end - t->start;
  uint64_t h = hash64(load8(s->text + t->start, n, s->len - t->start), n);
  if (!bit_of(lex->first, h)) return NULL;
  return find(lex, s->text + t->start, n);  /* (any case: find folds it) */
}

/* the class of the one-word lexicon entry token i is, or -1 */
static int word_class(const scan *s, const kimput_evlex *lex, size_t i) {
  const kimput_token *t = &s->tok[i];
  size_t n = t->end - t->start;
  if (!is_word(s, i) || n >= MAX_KEY) return -1;
  const evword *w = entry_at(s, lex, i);
  return w && w->set ? w->cls : -1;
}

/* Does the sentence at tokens [lo, hi) open with a letter or message noun, a demonstrative and
 * "diterima" ("Surat itu diterima Y ...": who received the letter the sentence before told)? With
 * verb NULL: with the noun and "dari" a person ("Surat dari X diterima Istana": one of the letters
 * the sentence before told of unnamed senders) */
static int received_opening(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi, const char *verb) {
  if (lo + 3 >= hi || (verb && !token_is(s, lo + 2, verb)) || !is_word(s, lo)) return 0;
  size_t n = s->tok[lo].end - s->tok[lo].start;
  const evword *w = n < MAX_KEY ? entry_at(s, lex, lo) : NULL;
  if (!w || !w->set || w->cls != KIMPUT_EVW_NOUN || type_class(w->type) != KIMPUT_EVENT_LETTER) return 0;
  if (!verb)
    return token_is(s, lo + 1, "dari") && s->mstart[lo + 2] >= 0 &&
           s->men[s->mstart[lo + 2]].kind == KIMPUT_ENT_PERSON;
  const kimput_token *t = &s->tok[lo + 1];
  n = t->end - t->start;
  w = n < MAX_KEY && is_word(s, lo + 1) ? entry_at(s, lex, lo + 1) : NULL;
  return w && w->set && w->cls == KIMPUT_EVW_THIS;
}

/* Is token p a letter or message noun, a demonstrative after it (past one plain word that
 * describes it, "surat belasungkawa tersebut"), then a verb of sending or addressing it? */
static int letter_handed_at(const scan *s, const kimput_evlex *lex, size_t p, size_t hi) {
  /* (looked up in the lexicon, not the marks: the sentence after the one read is asked too) */
  if (p + 3 >= hi || !is_word(s, p)) return 0;
  const evword *w = s->tok[p].end - s->tok[p].start < MAX_KEY ? entry_at(s, lex, p) : NULL;
  if (!w || !w->set || w->cls != KIMPUT_EVW_NOUN || type_class(w->type) != KIMPUT_EVENT_LETTER) return 0;
  size_t k = p + 1;
  if (word_class(s, lex, k) != KIMPUT_EVW_THIS && is_word(s, k) && !(s->tok[k].flags & KIMPUT_TOKF_UPPER)) k++;
  if (k + 1 >= hi || word_class(s, lex, k) != KIMPUT_EVW_THIS) return 0;
  k++;
  return token_is(s, k, "disampaikan") || token_is(s, k, "dikirim") || token_is(s, k, "dikirimkan") ||
         token_is(s, k, "ditujukan");
}

/* "Belasungkawa itu disampaikan (dikirim) ...", "Surat resmi tersebut ditujukan kepada Y", or so
 * after a clause of saying ("X menjelaskan bahwa surat itu ditujukan kepada Y"): the letter or
 * message just told, sent on or addressed */
static int handed_opening(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi) {
  if (letter_handed_at(s, lex, lo, hi)) return 1;
  for (size_t k = lo + 1; k + 1 < hi && k < lo + 10; k++)
    if (token_is(s, k, "bahwa")) return letter_handed_at(s, lex, k + 1, hi);
  return 0;
}

/* maps the party mentions onto tokens */
/* Does the mention whose name opens at token a (its kind given) name a place, not a party? A body
 * right after "di" (past a word of the grounds: "di kompleks Istana", "di kantor Z") is where something
 * happened, and a "person" the mention stage read off a building's name after "di" ("diterima Presiden
 * di Istana Merdeka": the building Istana Merdeka) is none either. */
static int place_at(const scan *s, size_t a, int kind) {
  static const char *const grounds[] = {"kompleks", "komplek", "halaman", "kawasan", "lingkungan", "kantor", "gedung"};
  static const char *const building[] = {"Istana", "Gedung", "Wisma", "Hotel", "Graha", "Balai", "Pendopo", "Kantor"};
  if (kind == KIMPUT_ENT_ORG) {
    if (a >= 1 && token_is_ci(s, a - 1, "di")) return 1;
    if (a >= 2 && token_is_ci(s, a - 2, "di"))
      for (size_t i = 0; i < sizeof grounds / sizeof *grounds; i++)
        if (token_is_ci(s, a - 1, grounds[i])) return 1;
    return 0;
  }
  if (a < 2 || !token_is_ci(s, a - 2, "di")) return 0;
  for (size_t i = 0; i < sizeof building / sizeof *building; i++)
    if (token_is(s, a - 1, building[i])) return 1;
  return 0;
}

static void mark_mentions(scan *s, size_t nmen, size_t nentities) {
  memset(s->mstart, 0xff, s->ntok * sizeof *s->mstart);  /* -1 */
  memset(s->mbits, 0, (s->ntok + 63) / 64 * sizeof *s->mbits);
  memset(s->mend, 0xff, s->ntok * sizeof *s->mend);
  size_t t = 0;  /* mentions are in text order: the token pointer moves on (back only for a mention inside a title) */
  s->ncut = 0;
  for (size_t m = 0; m < nmen; m++) {
    const kimput_mention *x = &s->men[m];
    s->mfirst[m] = s->mlast[m] = KIMPUT_UNSET;
    int named_before = 1;
    if (x->entity >= 0 && (size_t)x->entity < nentities) {
      named_before = s->undated[x->entity] & NAMED;
      s->undated[x->entity] |= NAMED;
    }
    /* (one test: which of them fails is not guessed) */
    if ((x->entity < 0) | ((size_t)x->entity >= nentities) |
        ((x->kind != KIMPUT_ENT_PERSON) & (x->kind != KIMPUT_ENT_ORG)) | (x->end <= x->start))
      continue;
    if (x->kind == KIMPUT_ENT_ORG) s->undated[x->entity] |= BODY;
    if (x->kind == KIMPUT_ENT_PERSON && x->role_start != KIMPUT_UNSET && x->role_end > x->role_start)
      s->undated[x->entity] |= (uint8_t)(ROLED | (x->flags & KIMPUT_MENTIONF_LEADER ? LEADER : 0));
    if (t < s->ntok && s->tok[t].start > x->start) t = tok_at(s, x->start);  /* a mention inside a title */
    while (t + 8 < s->ntok && s->tok[t + 8].end <= x->start) t += 8;  /* (token ends are in order) */
    if (t + 8 < s->ntok) {  /* the first of the 8 tokens from t that ends after the start: counted, not looped to */
      size_t before = 0;
      for (size_t k = 0; k < 8; k++) before += s->tok[t + k].end <= x->start;
      t += before;
    } else {
      while (t < s->ntok && s->tok[t].end <= x->start) t++;
    }
    size_t a = t, b = a;
    if (b + 4 < s->ntok) {  /* its last token: the next 4 counted at once (token starts are in order) */
      size_t inside = 0;
      for (size_t k = 1; k <= 4; k++) inside += s->tok[b + k].start < x->end;
      b += inside;
    }
    while (b + 1 < s->ntok && s->tok[b + 1].start < x->end) b++;
    if (a >= s->ntok || s->tok[a].start >= x->end) continue;
    if (x->form == KIMPUT_MENTION_NAME && place_at(s, a, x->kind)) continue;
    size_t r = a;
    if (x->role_start != KIMPUT_UNSET && x->role_start < x->start) r = tok_at(s, x->role_start);
    s->mfirst[m] = (uint32_t)r;
    s->mlast[m] = (uint32_t)b;
    s->mstart[r] = (int32_t)m;
    if (s->mstart[a] < 0) s->mstart[a] = (int32_t)m;
    s->mbits[r / 64] |= 1ull << (r % 64);
    s->mbits[a / 64] |= 1ull << (a % 64);
    s->mend[b] = (int32_t)m;
    if (b + 1 == s->ntok && !named_before && s->ncut < CUT_KEPT) s->cut_m[s->ncut++] = (int32_t)m;
  }
}

typedef struct {
  int32_t m[MAX_LIST];  /* mention indices, text order */
  int n;
  int along;            /* joined by "bersama": they went together, did not meet each other */
  int spread;           /* each named with a place or time of its own: "A di P pada Senin dan B di Q pada Rabu" */
} partylist;

static void list_add(partylist *l, int32_t m) {
  if (l->n < MAX_LIST) l->m[l->n++] = m;
}

/* the parties listed backwards from mention m (whose first token is first):
 * "A, B dan C", "A bersama B" -- commas alone do not make a list ("A, B mengirim": only B) */

/* Is mention m the one a reporting frame names, no party of the event: "Menurut X, A dan B bertemu",
 * "kata X", a verb of saying before it, or "Menurutnya," (its -nya, glued to the cue)? */
static int frame_speaker(const scan *s, size_t lo, int32_t m) {
  size_t pf = s->mfirst[m];
  if (pf > lo && (token_is_ci(s, pf - 1, "menurut") || token_is_ci(s, pf - 1, "kata") || cls_at(s, pf - 1, KIMPUT_EVW_SAY)))
    return 1;
  const kimput_token *t = &s->tok[pf];
  size_t n = t->end - t->start;
  if (s->men[m].start <= t->start || n < 7 || memcmp(s->text + t->end - 3, "nya", 3) != 0) return 0;
  const char *w = n == 10 ? "menurut" : n == 7 ? "kata" : NULL;  /* Menurutnya, katanya */
  for (size_t i = 0; w && w[i]; i++)
    if (lower(s->text[t->start + i]) != w[i]) return 0;
  return w != NULL;
}

#define ALIAS_MAX 4  /* tokens of a short name in parentheses after a party's name, ')' included; degrees */

static int degree_at(const scan *s, size_t k);

/* Is person mention m named by a Roman numeral alone ("pengurus Komisariat Wilayah I": the group's
 * number the mentions read as its name)? No party of a list. */
static int numeral_name(const scan *s, int32_t m) {
  const kimput_mention *x = &s->men[m];
  if (x->kind != KIMPUT_ENT_PERSON || x->end <= x->start || x->end - x->start > 4) return 0;
  for (uint32_t i = x->start; i < x->end; i++)
    if (s->text[i] != 'I' && s->text[i] != 'V' && s->text[i] != 'X') return 0;
  return 1;
}

static void list_back(const scan *s, size_t lo, int32_t m, partylist *out) {
  int32_t items[MAX_LIST];
  int n = 0, saw_and = 0, along = 0;
  items[n++] = m;
  size_t first = s->mfirst[m];
  /* ("A, B dan jajaran Forkopimda menyambut X": a list closed by an unnamed group after the last one
     named; the comma before B lists A too) */
  size_t after = s->mlast[m] + 1;
  if (after + 2 < s->ntok && is_punct(s, after, ',') && cls_at(s, after + 1, KIMPUT_EVW_AND)) after++;
  if (after + 1 < s->ntok && cls_at(s, after, KIMPUT_EVW_AND) && s->mstart[after + s->hitlen[after]] < 0 &&
      is_word(s, after + s->hitlen[after]) && !(s->tok[after + s->hitlen[after]].flags & KIMPUT_TOKF_UPPER))
    saw_and = 1;
  while (n < MAX_LIST && first > lo) {
    size_t j = first - 1;
    int and_here = 0;
    /* ("X bersama Y menemui Z", "X beserta Y menyampaikan dukacita kepada Z": both went, both sent) */
    if (cls_at(s, j, KIMPUT_EVW_AND) || token_is(s, j, "bersama") || token_is(s, j, "beserta")) {
      and_here = 1;
      along |= !cls_at(s, j, KIMPUT_EVW_AND);
      if (j > lo && is_punct(s, j - 1, ',')) j--;
    }
    else if (!is_punct(s, j, ',')) break;
    if (j <= lo) break;
    /* (past the degrees set off after the one before: "X, S.H., M.H. dan Y") */
    for (int d = 0; d < ALIAS_MAX && j > lo + 2 && degree_at(s, j - 1); d++) {
      /* (one written as two tokens: "S.IP" is "S." and "IP") */
      size_t c = j > lo + 3 && !is_punct(s, j - 2, ',') && degree_at(s, j - 2) ? j - 3 : j - 2;
      if (!is_punct(s, c, ',')) break;
      j = c;
    }
    /* (past the short name in parentheses after the one before: "X (Xo) bersama Y") */
    if (and_here && is_punct(s, j - 1, ')'))
      for (size_t k = j - 1; k > lo && k + ALIAS_MAX > j; k--)
        if (is_punct(s, k - 1, '(')) { j = k - 1; break; }
    if (j <= lo) break;
    int32_t p = s->mend[j - 1];
    if (p < 0) break;
    /* "Menurut X, A dan B bertemu": who reports it, set off by the comma, is no party */
    if (!and_here && frame_speaker(s, lo, p)) break;
    if (and_here) saw_and = 1;
    else if (!saw_and && n == 1) { /* a comma nearest the verb: only a list if 'dan' came later */
      break;
    }
    items[n++] = p;
    first = s->mfirst[p];
  }
  out->n = 0;
  for (int i = n - 1; i >= 0; i--)
    if (n == 1 || !numeral_name(s, items[i])) list_add(out, items[i]);
  out->along = n > 1 && along;
}

/* Does the trigger at v, or the word right after it, name it bilateral ("pertemuan bilateral",
 * "menggelar pertemuan bilateral")? */
static int bilateral_at(const scan *s, size_t v) {
  for (size_t k = v; k <= v + s->hitlen[v] && k < s->ntok; k++)
    if (token_is(s, k, "bilateral")) return 1;
  return 0;
}

/* "tetapi juga", "namun juga", "melainkan juga" at token j: the second half of
 * "tak hanya A, tetapi juga B", which lists B with A */
/* "hanya" or "saja" (tidak hanya, bukan saja) within a few tokens before token k, in its sentence */
static int only_before(const scan *s, size_t k) {
  for (size_t j = k; j > 0 && j + 6 > k; j--) {
    if (is_punct(s, j - 1, '.')) return 0;
    if (token_is(s, j - 1, "hanya") || token_is(s, j - 1, "saja")) return 1;
  }
  return 0;
}

static int but_also(const scan *s, size_t j, size_t hi) {
  return j + 1 < hi && token_is(s, j + 1, "juga") &&
         (token_is(s, j, "tetapi") || token_is(s, j, "tapi") || token_is(s, j, "namun") ||
          token_is(s, j, "melainkan"));
}

/* The end of the place and time said of a party from token j ("di Beijing pada Sabtu (9/11)",
 * "pada hari yang sama", "keesokan harinya"): up to three parts, "di" and a few capitalised words
 * or a date (after "pada" or not); j when none. */
static size_t adjunct_end(const scan *s, size_t j, size_t hi) {
  for (int part = 0; part < 3 && j < hi; part++) {
    size_t k = j;
    if (token_is(s, k, "di")) {
      size_t e = k + 1;
      while (e < hi && e < k + 5) {  /* (a place may be a body's name: "di Gedung Putih") */
        if (s->mstart[e] >= 0 && s->men[s->mstart[e]].kind != KIMPUT_ENT_PERSON) e = s->mlast[s->mstart[e]] + 1;
        else if (s->mstart[e] < 0 && is_word(s, e) && (s->tok[e].flags & KIMPUT_TOKF_UPPER)) e++;
        else break;
      }
      if (e == k + 1) break;
      j = e;
      continue;
    }
    if (token_is(s, k, "pada")) k++;
    if (k >= hi) break;
    size_t i = date_from(s, s->tok[k].start);  /* a date starting at token k */
    if (i >= s->ndates || s->dates[i].start != s->tok[k].start) break;
    size_t e = date_tok(s, &s->dates[i], 1);
    if (e <= k || e > hi) break;
    j = e;
  }
  return j;
}

/* the parties listed forwards from mention m: "kepada A dan B", "A, B, dan C" */
/* Is token k a degree written after a name and its comma ("S.H.", "S.I.K", "M.Si", "SH", "MM"): a
 * capitalised word of a few letters with periods inside, or of up to four letters, no party's? */
static int degree_at(const scan *s, size_t k) {
  enum { DEGREE_MAX = 10 };
  const kimput_token *t = &s->tok[k];
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || n < 2 || n > DEGREE_MAX || !(t->flags & KIMPUT_TOKF_UPPER) || s->mstart[k] >= 0)
    return 0;
  if (memchr(s->text + t->start, '.', n)) return 1;
  return n <= 4 && s->text[t->start + 1] >= 'A' && s->text[t->start + 1] <= 'Z';
}

/* The last token of a party's mention ending at token last and of the degrees set off after it
 * ("A, S.H., M.H., dan B": the list goes on past them) */
static size_t past_degrees(const scan *s, size_t last, size_t hi) {
  enum { DEGREES_MAX = 4 };
  for (int n = 0; n < DEGREES_MAX && last + 3 < hi && is_punct(s, last + 1, ',') && degree_at(s, last + 2) &&
                  (is_punct(s, last + 3, ',') || cls_at(s, last + 3, KIMPUT_EVW_AND));
       n++)
    last += 2;
  return last;
}

/* "Raja Z dari Arab Saudi, A dan B": a person's place of origin ("dari" and a few capitalised words
 * that are no party) closing the member before the list goes on (a comma or "dan" right after it);
 * the origin's last token, or last */
static size_t past_origin(const scan *s, size_t last, size_t hi) {
  enum { ORIGIN_WORDS = 4 };
  if (last + 3 >= hi || s->mend[last] < 0 || s->men[s->mend[last]].kind != KIMPUT_ENT_PERSON) return last;
  /* ("A beserta istri, B beserta istri, dan C": the spouse or party at a member's side, no party named) */
  if ((token_is(s, last + 1, "beserta") || token_is(s, last + 1, "bersama")) &&
      (token_is(s, last + 2, "istri") || token_is(s, last + 2, "suami") || token_is(s, last + 2, "istrinya") ||
       token_is(s, last + 2, "suaminya") || token_is(s, last + 2, "rombongan") || token_is(s, last + 2, "delegasi")) &&
      (is_punct(s, last + 3, ',') || cls_at(s, last + 3, KIMPUT_EVW_AND)))
    return last + 2;
  if (!token_is(s, last + 1, "dari")) return last;
  size_t e = last + 2;
  while (e < hi && e < last + 2 + ORIGIN_WORDS && s->tok[e].kind == KIMPUT_TOK_WORD &&
         (s->tok[e].flags & KIMPUT_TOKF_UPPER) && s->mstart[e] < 0 && s->mend[e] < 0 && !s->hit[e])
    e++;
  return e > last + 2 && e < hi && (is_punct(s, e, ',') || cls_at(s, e, KIMPUT_EVW_AND)) ? e - 1 : last;
}

static void list_fwd(const scan *s, size_t hi, int32_t m, partylist *out) {
  out->n = out->along = out->spread = 0;
  list_add(out, m);
  int32_t pend[MAX_LIST];
  int np = 0;
  size_t last = s->mlast[m];
  while (out->n + np < MAX_LIST && last + 2 < hi) {
    last = past_origin(s, past_degrees(s, last, hi), hi);
    size_t j = last + 1;
    int and_here = 0;
    /* "bertemu A di P pada Senin dan B di Q pada Rabu", "dengan A pada hari yang sama, serta dengan B
       keesokan harinya": each party with its own place or time (the second's told too, or the
       sentence ending there: "dan B mengatakan" is another clause) */
    if (np == 0 && out->n == 1) {
      size_t a = adjunct_end(s, j, hi), k = a;
      if (a > j && k < hi && is_punct(s, k, ',')) k++;
      if (a > j && k + 1 < hi && cls_at(s, k, KIMPUT_EVW_AND)) {
        k += s->hitlen[k];
        if (k < hi && (cls_at(s, k, KIMPUT_EVW_WITH) || cls_at(s, k, KIMPUT_EVW_TO))) k += s->hitlen[k];
        int32_t p = k < hi ? s->mstart[k] : -1;
        size_t after = p >= 0 ? s->mlast[p] + 1 : hi;
        if (p >= 0 && after < hi && (adjunct_end(s, after, hi) > after || is_punct(s, after, '.') ||
                                      is_punct(s, after, ';'))) {
          list_add(out, p);
          out->spread = 1;
          break;
        }
      }
    }
    if (is_punct(s, j, ',')) { j++; if (j < hi && cls_at(s, j, KIMPUT_EVW_AND)) { and_here = 1; j++; } }
    else if (cls_at(s, j, KIMPUT_EVW_AND)) { and_here = 1; j++; }
    /* ("antara A dengan (bersama dengan) B": the pair "antara" opens, joined by "dengan" as by "dan") */
    else if (out->n == 1 && np == 0 && s->mfirst[m] > 0 && token_is(s, s->mfirst[m] - 1, "antara") &&
             (token_is(s, j, "dengan") || (j + 1 < hi && token_is(s, j, "bersama") && token_is(s, j + 1, "dengan")))) {
      and_here = 1;
      j += token_is(s, j, "dengan") ? 1 : 2;
    }
    else if (!but_also(s, j, hi)) break;
    if (!and_here && but_also(s, j, hi)) {  /* "tak hanya (kepada) A, tetapi juga (kepada) B" */
      if (!only_before(s, s->mfirst[m])) break;
      and_here = 1;
      j += 2;
      if (j < hi && (cls_at(s, j, KIMPUT_EVW_TO) || cls_at(s, j, KIMPUT_EVW_WITH))) j += s->hitlen[j];
    }
    if (j >= hi) break;
    int32_t p = s->mstart[j];
    /* ("A, B, dan Menteri Luar Negeri Z Q": the list closed by 'dan' and a capitalised member named by
       no party the mentions resolved: the ones before it are listed all the same) */
    /* (or closed by 'dan' and an unnamed group: "A, B, dan (beserta) para staf": the named ones are listed) */
    if (p < 0 && and_here &&
        ((s->tok[j].kind == KIMPUT_TOK_WORD && (s->tok[j].flags & KIMPUT_TOKF_UPPER)) || token_is(s, j, "para") ||
         token_is(s, j, "jajaran") || token_is(s, j, "sejumlah") ||
         (token_is(s, j, "beserta") && j + 1 < hi && token_is(s, j + 1, "para"))))
      for (int i = 0; i < np; i++) list_add(out, pend[i]);
    if (p < 0) break;
    pend[np++] = p;
    last = s->mlast[p];
    if (and_here) {  /* the list is closed by 'dan': keep everything so far */
      for (int i = 0; i < np; i++) list_add(out, pend[i]);
      np = 0;
      break;
    }
  }
  /* (nor is one the page's cut ends, the text over unpunctuated: "bertemu dengan A, B, C, Sekretaris Ne";
     the word cut is no member) */
  if (np > 0 && hi >= s->ntok && s->tok[s->ntok - 1].kind == KIMPUT_TOK_WORD)
    for (int i = 0; i < np; i++)
      if (s->mlast[pend[i]] + 1 < s->ntok) list_add(out, pend[i]);
}

static int32_t envoy_for(const scan *s, size_t lo, size_t hi, int32_t m);
static size_t skip_fillers(const scan *s, size_t j, size_t hi);

/* "Kim Yo Jong, adik pemimpin Korut Kim Jong Un, mengirim ...": before the comma
 * at token j closes a description that opens with a lower-case word after a
 * party's comma; that party, not one named inside the description, is the
 * subject. Its mention, or -1. */
static int32_t apposed_subject(const scan *s, size_t lo, size_t j) {
  enum { DESCRIPTION_MAX = 10 };  /* tokens between the two commas */
  /* "Utusan khusus Presiden X, Y, bertemu ...": the envoy set off after whose envoy he is */
  int32_t named = j > lo ? s->mend[j - 1] : -1;
  if (named >= 0 && s->mfirst[named] >= lo + 2 && is_punct(s, s->mfirst[named] - 1, ',') &&
      s->mend[s->mfirst[named] - 2] >= 0 && envoy_for(s, lo, j, s->mend[s->mfirst[named] - 2]) == named)
    return named;
  /* "Pemkot Z, dalam hal ini Wali Kota X, mengirimkan ...": the person named after "dalam hal ini"
     acts for the body set off before him, and is the subject */
  if (named >= 0 && s->men[named].kind == KIMPUT_ENT_PERSON && s->mfirst[named] >= lo + 4 &&
      token_is(s, s->mfirst[named] - 1, "ini") && token_is(s, s->mfirst[named] - 2, "hal") &&
      token_is(s, s->mfirst[named] - 3, "dalam") && is_punct(s, s->mfirst[named] - 4, ','))
    return named;
  /* "Choe Son Hui, Menteri Luar Negeri Korut, bertemu": the title set off is the
     role of the one named before it, a mention of the same person */
  int32_t role = j > lo ? s->mend[j - 1] : -1;
  if (role >= 0 && s->men[role].form == KIMPUT_MENTION_TITLE && s->men[role].entity >= 0) {
    size_t r0 = j - 1;
    while (r0 > lo && j - r0 < DESCRIPTION_MAX && s->mstart[r0] != role) r0--;
    if (s->mstart[r0] == role && r0 >= lo + 2 && is_punct(s, r0 - 1, ',')) {
      int32_t head = s->mend[r0 - 2];
      if (head >= 0 && s->men[head].entity == s->men[role].entity) return head;
    }
    return -1;
  }
  /* "Tak hanya W, Menteri Pertahanan Z, X, juga memberikan ...": a person set off by commas, his title
     with him ("Title, Name" in one mention) or a comma before him, is the subject of the verb after it */
  if (named >= 0 && s->men[named].kind == KIMPUT_ENT_PERSON && s->mfirst[named] > lo) {
    size_t a = s->mfirst[named];
    int set_off = is_punct(s, a - 1, ',');
    for (size_t t = a + 1; !set_off && t < j && t < a + DESCRIPTION_MAX; t++) set_off = is_punct(s, t, ',');
    if (set_off) return named;
  }
  /* ("A, B, dan C, juga menyampaikan ...": the comma closes a list, its last member after "dan" (or
     "serta") right before it; the list is the subject, not A set off by a description) */
  if (named >= 0 && s->men[named].kind == KIMPUT_ENT_PERSON && s->mfirst[named] > lo + 1 &&
      cls_at(s, s->mfirst[named] - 1, KIMPUT_EVW_AND) && s->hitlen[s->mfirst[named] - 1] == 1 &&
      (is_punct(s, s->mfirst[named] - 2, ',') || s->mend[s->mfirst[named] - 2] >= 0))
    return named;
  size_t k = j;
  while (k > lo && j - k < DESCRIPTION_MAX && is_word(s, k - 1)) k--;
  if (k == j || k <= lo + 1 || !is_punct(s, k - 1, ',') || (s->tok[k].flags & KIMPUT_TOKF_UPPER)) return -1;
  return s->mend[k - 2];
}

/* "X didampingi A dan B serta rombongan, disambut Y": the comma at token j closes the ones at X's side
 * ("didampingi", also written "di dampingi", within COMPANY_SPAN tokens before it, no verb between);
 * X, the party right before that word, is the subject. Its mention, or -1. */
static int32_t companions_subject(const scan *s, size_t lo, size_t j) {
  enum { COMPANY_SPAN = 30 };
  for (size_t k = j; k > lo + 1 && k + COMPANY_SPAN > j; k--) {
    size_t w = k - 1;
    if (s->hit[w] && hit_at(s, w)->cls == KIMPUT_EVW_VERB) return -1;
    int split = token_is(s, w, "dampingi") && token_is(s, w - 1, "di");
    if (!split && !token_is(s, w, "didampingi")) continue;
    size_t b = split ? w - 1 : w;
    /* ("X, didampingi A, B, menerima ...": the word set off by a comma after X) */
    if (b > lo + 1 && is_punct(s, b - 1, ',') && s->mend[b - 2] >= 0) return s->mend[b - 2];
    return b > lo ? s->mend[b - 1] : -1;
  }
  return -1;
}

/* "Danrem Z, Brigjen X beserta jajarannya, menyambut ...": the comma at token j closes a retinue
 * ("beserta" or "bersama" and up to RETINUE_WORDS lower-case words naming no one) after a party;
 * that party is the subject. Its mention, or -1. */
static int32_t retinue_subject(const scan *s, size_t lo, size_t j) {
  enum { RETINUE_WORDS = 3 };
  size_t k = j;
  while (k > lo && j - k < RETINUE_WORDS && is_word(s, k - 1) && s->mend[k - 1] < 0 && !s->hit[k - 1] &&
         !(s->tok[k - 1].flags & KIMPUT_TOKF_UPPER) && !token_is(s, k - 1, "beserta") && !token_is(s, k - 1, "bersama"))
    k--;
  if (k == j || k <= lo + 1 || !(token_is(s, k - 1, "beserta") || token_is(s, k - 1, "bersama"))) return -1;
  return s->mend[k - 2];
}

/* "para duta besar yang juga berdiskusi dengan Y, yakni A, B dan C": a verb v in a relative clause
 * ("yang", an adverb or two between) after an unnamed group, its party p followed by ", yakni" (a
 * NAMELY word): the group named there are its subjects, listed into out; 0 when not so. */
static int group_named_after(const scan *s, size_t lo, size_t v, size_t hi, int32_t p, partylist *out) {
  size_t y = v;
  while (y > lo && y + 3 > v && (adverb_at(s, y - 1) || token_is(s, y - 1, "juga") || token_is(s, y - 1, "turut")))
    y--;
  if (y <= lo + 1 || !token_is(s, y - 1, "yang") || s->mend[y - 2] >= 0) return 0;
  size_t c = s->mlast[p] + 1;
  if (c + 2 >= hi || !is_punct(s, c, ',') || !cls_at(s, c + 1, KIMPUT_EVW_NAMELY)) return 0;
  size_t a = c + 1 + s->hitlen[c + 1];
  if (a >= hi || s->mstart[a] < 0) return 0;
  /* (each one set off by a comma or "dan", to the sentence's end too: "yakni A, B.") */
  for (int32_t m = s->mstart[a]; m >= 0 && out->n < MAX_LIST;) {
    list_add(out, m);
    size_t j = s->mlast[m] + 1;
    if (j < hi && is_punct(s, j, ',')) j++;
    if (j < hi && cls_at(s, j, KIMPUT_EVW_AND)) j += s->hitlen[j];
    m = j < hi && j > s->mlast[m] + 1 ? s->mstart[j] : -1;
  }
  return out->n > 0;
}

/* Are tokens [a, b) adverbs (adverb_at), two at most (none is fine)? */
static int adverbs_only(const scan *s, size_t a, size_t b) {
  if (a > b || b - a > 2) return 0;
  for (size_t k = a; k < b; k++)
    if (!adverb_at(s, k)) return 0;
  return 1;
}

/* Is token k a body owned by -nya ("partainya", "lembaganya"): the speaker's party or office, not him? */
static int own_body_word(const scan *s, size_t k) {
  static const char *const bodies[] = {"partainya", "lembaganya", "instansinya", "institusinya", "kementeriannya",
                                       "kantornya", "organisasinya", "fraksinya", "perusahaannya", "pemerintahnya"};
  size_t n = s->tok[k].end - s->tok[k].start;
  if (n < 9 || memcmp(s->text + s->tok[k].end - 3, "nya", 3) != 0) return 0;
  for (size_t w = 0; w < sizeof bodies / sizeof *bodies; w++)
    if (token_is(s, k, bodies[w])) return 1;
  return 0;
}

/* "Kunjungan DPRD Z dipimpin (oleh) X dan diterima Y": the leader a group's clause names right before the "dan"
 * at token and_at is the subject of the verb joined by it (X met Y); -1 when no such leader is there */
static int32_t leader_before_and(const scan *s, size_t lo, size_t and_at) {
  if (and_at < lo + 3 || s->mend[and_at - 1] < 0 || s->men[s->mend[and_at - 1]].kind != KIMPUT_ENT_PERSON) return -1;
  size_t r = s->mfirst[s->mend[and_at - 1]];
  if (r > lo && token_is(s, r - 1, "oleh")) r--;
  return r > lo && cls_at(s, r - 1, KIMPUT_EVW_LED) ? s->mend[and_at - 1] : -1;
}

/* the subject before token v: the party a few words back, across
 * ", yang", a speech verb and its comma ("X mengatakan, dia bertemu") */
static int32_t subject_before(const scan *s, size_t lo, size_t v) {
  enum { COMPANIONS_MAX = 8 };  /* the others listed before a companion */
  size_t j = v, words = 0;
  int crossed_say = 0, own_body = 0;
  /* ("X, M.Si menerima ...": the degrees set off after the subject's name with no comma closing them;
     a piece glued to a degree is of it, "M." "Si") */
  size_t dg = v;
  while (dg > lo + 2 && (degree_at(s, dg - 1) ||
                         (degree_at(s, dg - 2) && s->tok[dg - 2].end == s->tok[dg - 1].start && is_word(s, dg - 1))))
    dg -= degree_at(s, dg - 1) ? 1 : 2;
  if (dg < v && dg >= lo + 2 && is_punct(s, dg - 1, ',') && s->mend[dg - 2] >= 0 &&
      s->men[s->mend[dg - 2]].kind == KIMPUT_ENT_PERSON)
    return s->mend[dg - 2];
  /* ("X bersilaturahmi ke Pesantren Z yang disambut oleh Y": a place or body gone to, a relative clause's passive
     after it, welcomed the one who went there, the person before "ke" (or "di") in the clause, words only between) */
  if (v > lo + 3 && token_is(s, v - 1, "yang") && s->mend[v - 2] >= 0 &&
      s->men[s->mend[v - 2]].kind != KIMPUT_ENT_PERSON && cls_at(s, v, KIMPUT_EVW_VERB) &&
      hit_at(s, v)->frame == KIMPUT_FRAME_PASSIVE) {
    size_t r = s->mfirst[s->mend[v - 2]];
    if (r > lo + 1 && (token_is(s, r - 1, "ke") || token_is(s, r - 1, "di")))
      for (size_t k = r - 1; k > lo && k + 12 > r; k--) {
        if (s->mend[k - 1] >= 0) {
          if (s->men[s->mend[k - 1]].kind == KIMPUT_ENT_PERSON) return s->mend[k - 1];
          break;
        }
        if (!is_word(s, k - 1)) break;
      }
  }
  while (j > lo) {
    j--;
    if (s->mend[j] >= 0) {
      /* "X mengatakan partainya (lembaganya) telah menerima surat": the body received it, not X */
      if (own_body && s->men[s->mend[j]].kind == KIMPUT_ENT_PERSON) return -1;
      /* "X mewakili (menggantikan) Presiden Y bertemu Z": X went, in Y's stead */
      size_t r = s->mfirst[s->mend[j]];
      if (r > lo + 1 && (token_is(s, r - 1, "mewakili") || token_is(s, r - 1, "menggantikan")) && s->mend[r - 2] >= 0)
        return s->mend[r - 2];
      /* "X didampingi Y menerima Z": the one at X's side is no subject (commas or not), nor are the
         others listed with Y ("X didampingi Kadis A, Y dan Kadis B, Z berdialog dengan W") */
      size_t q = r;
      for (int items = 0; items < COMPANIONS_MAX && q > lo + 2; items++) {
        /* (each set off by a comma, "dan" or "serta", or a comma and one of them: "A, dan B, serta C") */
        size_t gap = (token_is(s, q - 1, "dan") || token_is(s, q - 1, "serta")) && q > lo + 3 &&
                             is_punct(s, q - 2, ',')
                         ? 2
                         : 1;
        if (!(token_is(s, q - 1, "dan") || token_is(s, q - 1, "serta") || is_punct(s, q - 1, ',')) ||
            s->mend[q - 1 - gap] < 0)
          break;
        q = s->mfirst[s->mend[q - 1 - gap]];
      }
      if (q > lo && token_is(s, q - 1, "oleh")) q--;
      /* ("X yang didampingi (oleh) Y berkesempatan bertemu Z": in a relative clause too; "X, didampingi Y,
         Z, ... melakukan": set off by a comma) */
      size_t at = q > lo + 2 && token_is(s, q - 1, "didampingi") &&
                          (token_is(s, q - 2, "yang") || is_punct(s, q - 2, ','))
                      ? q - 3
                      : q - 2;
      if (q > lo + 1 && token_is(s, q - 1, "didampingi") && s->mend[at] >= 0) return s->mend[at];
      /* ("Kunjungan X itu didampingi oleh A, B dan C disambut Y": no party right before the word, the
         companions are still none) */
      if (q > lo + 1 && token_is(s, q - 1, "didampingi")) return -1;
      return s->mend[j];
    }
    if (is_punct(s, j, ',')) {
      /* ("Kunjungan rombongan Z yang dipimpin X itu, langsung disambut Y": the subject closed by a
         demonstrative right after a party, set off by a comma, adverbs at most after it) */
      if (j >= lo + 2 && words <= 2 && (token_is(s, j - 1, "itu") || token_is(s, j - 1, "tersebut")) &&
          s->mend[j - 2] >= 0 && adverbs_only(s, j + 1, v)) {
        j--;
        continue;
      }
      /* ("X, S.E., M.M., menerima ..."): the degrees set off after the subject's name are his */
      size_t d = j;
      while (d > lo + 2 && degree_at(s, d - 1) && is_punct(s, d - 2, ',')) d -= 2;
      if (d < j && s->mend[d - 1] >= 0 && s->men[s->mend[d - 1]].kind == KIMPUT_ENT_PERSON) {
        j = d;
        continue;
      }
      /* ", yang mengucapkan" or "mengatakan, dia" */
      if (j + 1 < v && words > 0 &&
          s->tok[j + 1].end - s->tok[j + 1].start == 4 && memcmp(s->text + s->tok[j + 1].start, "yang", 4) == 0)
        continue;
      if (!crossed_say && j > lo && cls_at(s, j - 1, KIMPUT_EVW_SAY)) { crossed_say = 1; j--; words = 0; continue; }
      /* ("KCNA melaporkan bahwa Pemimpin Z X, telah mengirimkan surat ...": a comma between the subject and
         the verb, the person right before it opening the clause after "bahwa", adverbs only after it) */
      if (j > lo + 1 && adverbs_only(s, j + 1, v) && s->mend[j - 1] >= 0 &&
          s->men[s->mend[j - 1]].kind == KIMPUT_ENT_PERSON && s->mfirst[s->mend[j - 1]] > lo &&
          token_is(s, s->mfirst[s->mend[j - 1]] - 1, "bahwa"))
        return s->mend[j - 1];
      /* ("X didampingi A serta rombongan, disambut Y": the companions set off, X the subject) */
      int32_t led = words == 0 ? companions_subject(s, lo, j) : -1;
      if (led < 0 && words == 0) led = retinue_subject(s, lo, j);  /* ("X beserta jajarannya, menyambut") */
      if (led >= 0) return led;
      int32_t set_off = apposed_subject(s, lo, j);
      return own_body && set_off >= 0 && s->men[set_off].kind == KIMPUT_ENT_PERSON ? -1 : set_off;
    }
    /* "Dewan Perwakilan Rakyat (DPR) mengirim ...": the acronym in parentheses closes the subject */
    if (is_punct(s, j, ')') && j >= lo + 2 && is_punct(s, j - 2, '(')) {
      if (s->mend[j - 1] >= 0) return s->mend[j - 1];
      if (j >= lo + 3 && s->mend[j - 3] >= 0) return s->mend[j - 3];
    }
    if (!is_word(s, j)) return -1;
    if (s->hit[j]) {
      int c = hit_at(s, j)->cls;
      /* (a verb taking the clause as its object, right before it or adverbs between, is the
         subject's too: "X menyatakan telah menerima ucapan selamat dari Y", "X mengaku menerima") */
      if (c == KIMPUT_EVW_VERB && s->hitlen[j] == 1 && adverbs_only(s, j + 1, v)) continue;
      if (c == KIMPUT_EVW_VERB || c == KIMPUT_EVW_NOUN || c == KIMPUT_EVW_TO || c == KIMPUT_EVW_FROM ||
          c == KIMPUT_EVW_WITH)
        return -1;
    }
    own_body |= own_body_word(s, j);
    if (++words > BACK_WORDS) {
      /* ("A, B, dan jajaran perwira Makodim setempat turut menyambut X": the last one named before an unnamed
         group closing the list, a few plain words back more) */
      enum { GROUP_WORDS = 4 };
      size_t i = cls_at(s, j, KIMPUT_EVW_AND) ? j + 1 : j;  /* (the word counted may be the "dan" itself) */
      while (i > lo + 1 && i + GROUP_WORDS > j && is_word(s, i - 1) && !s->hit[i - 1] && s->mend[i - 1] < 0) i--;
      size_t e = i > lo + 2 && is_punct(s, i - 2, ',') ? i - 3 : i - 2;  /* (a comma before "dan") */
      if (!(i > lo + 1 && cls_at(s, i - 1, KIMPUT_EVW_AND) && s->mend[e] >= 0 && !token_is(s, i - 1, "maupun") &&
            is_word(s, i) && !(s->tok[i].flags & KIMPUT_TOKF_UPPER)))
        return -1;
      j = e + 1;
    }
  }
  return -1;
}

/* "utusan khusus Presiden X, Y": for mention m (X) right after an ENVOY word (and a SKIP word,
 * "utusan pribadi"; not before lo), the envoy Y named after X and a comma, the one who came;
 * -1 when the envoy is not named ("menerima utusan Presiden X": X was not met); m itself when
 * no envoy word is before it. */
static int32_t envoy_for(const scan *s, size_t lo, size_t hi, int32_t m) {
  size_t k = s->mfirst[m];
  size_t skipped = k > lo && cls_at(s, k - 1, KIMPUT_EVW_SKIP) && s->hitlen[k - 1] == 1 ? k - 1 : k;
  int envoy = 0;
  for (size_t j = k; j > lo && j + 3 > k && !envoy; j--) {
    size_t end = j - 1 + s->hitlen[j - 1];  /* (the envoy's phrase may hold the skip word: "utusan khusus") */
    envoy = cls_at(s, j - 1, KIMPUT_EVW_ENVOY) && (end == k || end == skipped);
  }
  if (!envoy) return m;
  /* (the envoy's name read into the mention of whose envoy he is, "utusan khusus Presiden Z (Acr), Y" one
     mention named Y: he is the one who came) */
  for (size_t t = k; t < s->mlast[m]; t++)
    if (is_punct(s, t, ',')) return m;
  size_t c = s->mlast[m] + 1;
  /* (past the country's short form: "utusan khusus Presiden Korea Selatan (Korsel), Y") */
  for (size_t e = c + 1; c < hi && is_punct(s, c, '(') && e < hi && e < c + 4; e++)
    if (is_punct(s, e, ')')) { c = e + 1; break; }
  if (c + 1 >= hi || !is_punct(s, c, ',')) return -1;
  size_t n = cls_at(s, c + 1, KIMPUT_EVW_NAMELY) ? c + 1 + s->hitlen[c + 1] : c + 1;  /* (", yakni Y") */
  int32_t q = n < hi ? s->mstart[n] : -1;
  return q >= 0 && s->men[q].kind == KIMPUT_ENT_PERSON && s->men[q].entity != s->men[m].entity ? q : -1;
}

/* the party an ENVOY word at token a names ("menerima utusan khusus Presiden X, Y": Y), -1 when
 * none (or no envoy word is there) */
static int32_t envoy_at(const scan *s, size_t a, size_t hi) {
  if (a >= hi || !cls_at(s, a, KIMPUT_EVW_ENVOY)) return -1;
  size_t b = skip_fillers(s, a + s->hitlen[a], hi);
  return b < hi && s->mstart[b] >= 0 ? envoy_for(s, a, hi, s->mstart[b]) : -1;
}

/* the party starting within PARTY_GAP tokens from a (skipping words, a
 * title the mention does not hold, a comma), stopping at another
 * preposition or trigger; an envoy's principal stands for the envoy named after it */
/* "bertemu dengan delegasi FIFA yang dipimpin X": the person leading the body of mention m, named
 * right after it, is the party met; else -1 (m names a person, or no leader follows) */
static int32_t body_leader(const scan *s, int32_t m, size_t hi) {
  if (s->men[m].kind == KIMPUT_ENT_PERSON || s->mlast[m] == KIMPUT_UNSET) return -1;
  size_t k = s->mlast[m] + 1;
  if (k < hi && token_is(s, k, "yang")) k++;
  if (k >= hi || !cls_at(s, k, KIMPUT_EVW_LED)) return -1;
  k += s->hitlen[k];
  if (k < hi && cls_at(s, k, KIMPUT_EVW_FROM)) k += s->hitlen[k];  /* dipimpin oleh */
  return k < hi && s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON ? s->mstart[k] : -1;
}

/* The first verb of a meeting or call in the clause from token a (within 24 tokens, before
 * a full stop), or hi: "Dalam pertemuan itu X bertemu dengan A dan B" -- the parties past it
 * are the verb's (X met A and B), not the two sides of the noun's meeting */
static size_t talk_verb_after(const scan *s, size_t a, size_t hi) {
  for (size_t j = a; j < hi && j < a + 24; j++) {
    if (is_punct(s, j, '.') || is_punct(s, j, ';')) break;
    if (cls_at(s, j, KIMPUT_EVW_VERB) &&
        (hit_at(s, j)->type == KIMPUT_EVENT_MEETING || hit_at(s, j)->type == KIMPUT_EVENT_CALL))
      return j;
  }
  return hi;
}

/* Past the honours before a person's name from token a ("Dato' Seri Dr. X", "Tan Sri X": capitalised
 * words, an apostrophe or a dot glued to one), at most 6 tokens: the token where the person's mention
 * starts, or a when none does there. */
static size_t honours_end(const scan *s, size_t a, size_t hi) {
  for (size_t k = a; k < hi && k < a + 6; k++) {
    if (s->mstart[k] >= 0) return k > a && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON ? k : a;
    int word = s->tok[k].kind == KIMPUT_TOK_WORD && (s->tok[k].flags & KIMPUT_TOKF_UPPER);
    int glued = k > a && s->tok[k].start == s->tok[k - 1].end && !is_word(s, k) && s->tok[k].end - s->tok[k].start <= 3;
    if (!word && !glued) return a;
  }
  return a;
}

/* The person named, with his rank or title, right after person mention m and its comma, m being his
 * office the mention stage read as a name ("Panglima Angkatan Bersenjata Z, Jenderal X, untuk ...": X);
 * m when none. Not a list: the one after the comma is set off by a comma of his own that no other
 * party follows ("A, B, dan C", "A, B."). */
static int32_t named_past_comma(const scan *s, int32_t m, size_t hi) {
  int32_t p = s->mstart[s->mlast[m] + 2];
  const kimput_mention *x = &s->men[m];
  /* (or an office the mentions read as a body: "kunjungan dari Kepala Staf Gabungan Z, Jenderal X di ...") */
  if (p < 0 || (x->kind != KIMPUT_ENT_ORG && (x->role_start == KIMPUT_UNSET || x->form != KIMPUT_MENTION_NAME)))
    return m;
  const kimput_mention *y = &s->men[p];
  if (y->kind != KIMPUT_ENT_PERSON || y->form != KIMPUT_MENTION_NAME || y->role_start == KIMPUT_UNSET ||
      y->entity == x->entity)
    return m;
  size_t q = s->mlast[p] + 1;  /* (an apposition closes with a comma, a list goes on: ", dan", ", Menteri Y") */
  /* (or with a preposition of the place or time: "Panglima Z, Jenderal X di Mabes") */
  if (q + 1 < hi && (token_is(s, q, "di") || token_is(s, q, "pada") || token_is(s, q, "ke"))) return p;
  /* (its next member's title a word the mentions left out of his name: ", Kadis Z Kolonel W") */
  if (q + 1 >= hi || !is_punct(s, q, ',') || !is_word(s, q + 1) || cls_at(s, q + 1, KIMPUT_EVW_AND) ||
      s->mstart[q + 1] >= 0 || (s->tok[q + 1].flags & KIMPUT_TOKF_UPPER))
    return m;
  return p;
}

#define GLOSS_MAX 10  /* words of an office's gloss in parentheses between it and the person's name */

/* The person named right after person mention m and a gloss in parentheses, m being his office the
 * mention stage read as a name ("Kepala Staf Angkatan Laut Z (Chief of Naval Staff) Laksamana X":
 * X); m when none. */
static int32_t named_past_gloss(const scan *s, int32_t m, size_t hi) {
  size_t k = s->mlast[m] + 1;
  if (s->men[m].kind == KIMPUT_ENT_PERSON && k + 1 < hi && is_punct(s, k, ',')) return named_past_comma(s, m, hi);
  /* (an office read as a body, the rest of its name after it: "Kepala Staf Gabungan Militer Amerika
     Serikat, Jenderal X") */
  if (s->men[m].kind == KIMPUT_ENT_ORG) {
    size_t j = k;
    while (j < hi && j < k + PARTY_GAP && is_word(s, j) && (s->tok[j].flags & KIMPUT_TOKF_UPPER) &&
           (s->mstart[j] < 0 || s->men[s->mstart[j]].kind == KIMPUT_ENT_PLACE))
      j = s->mstart[j] >= 0 ? s->mlast[s->mstart[j]] + 1 : j + 1;
    if (j + 1 >= hi || !is_punct(s, j, ',')) return m;
    if (j == k) return named_past_comma(s, m, hi);  /* (its comma right after it) */
    int32_t p = s->mstart[j + 1];
    return p >= 0 && s->men[p].kind == KIMPUT_ENT_PERSON && s->men[p].form == KIMPUT_MENTION_NAME &&
                   s->men[p].role_start != KIMPUT_UNSET && s->mlast[p] + 1 < hi &&
                   (token_is(s, s->mlast[p] + 1, "di") || token_is(s, s->mlast[p] + 1, "pada") ||
                    is_punct(s, s->mlast[p] + 1, ','))
               ? p
               : m;
  }
  if (s->men[m].kind != KIMPUT_ENT_PERSON || k + 3 >= hi || !is_punct(s, k, '(')) return m;
  for (size_t j = k + 1; j + 1 < hi && j <= k + GLOSS_MAX; j++) {
    if (is_punct(s, j, ')')) {
      int32_t p = j > k + 1 ? s->mstart[j + 1] : -1;
      return p >= 0 && s->men[p].kind == KIMPUT_ENT_PERSON && s->men[p].entity != s->men[m].entity ? p : m;
    }
    if (!is_word(s, j) || s->mstart[j] >= 0) return m;
  }
  return m;
}

/* Is token k a word of kin ("menantu X, Y": Y is X's son-in-law, the one met)? */
static int kin_word(const scan *s, size_t k) {
  static const char *const kin[] = {"menantu", "putra", "putri", "putranya", "putrinya", "anak", "istri", "suami",
                                    "adik", "kakak", "ayah", "ibu", "cucu", "keponakan", "ipar", "sepupu"};
  for (size_t i = 0; i < sizeof kin / sizeof *kin; i++)
    if (token_is(s, k, kin[i])) return 1;
  return 0;
}

/* Is organisation mention m inside the title of a person the mentions left unnamed ("bertemu dengan Sekretaris
 * Jenderal Partai Z di ...": an officer of Z, no party named)? Mentions are in text order: the title
 * opens before m. */
static int office_of_body(const scan *s, int32_t m) {
  const kimput_mention *x = &s->men[m];
  if (x->kind != KIMPUT_ENT_ORG) return 0;
  for (int32_t k = m - 1; k >= 0 && k + 2 >= m; k--) {
    const kimput_mention *t = &s->men[k];
    if (t->kind == KIMPUT_ENT_PERSON && t->entity < 0 && t->start < x->start && t->end >= x->end) return 1;
  }
  return 0;
}

static int32_t party_after(const scan *s, size_t a, size_t hi) {
  int capitals = 0;  /* a capitalised word passed: a party named by no name ("ke Presiden Afrika Selatan, ...") */
  /* (an unnamed group: "dengan beberapa menteri luar negeri anggota G20" met the members, not the body) */
  int group = a < hi && (token_is(s, a, "beberapa") || token_is(s, a, "sejumlah") || token_is(s, a, "para") ||
                         token_is(s, a, "berbagai"));
  /* (where such a group is, "para kepala pemerintahan di dua negara, yakni A, B": its members named past the
     word of naming are met; none before it) */
  enum { WHERE_WORDS = 4 };  /* the place's words the reach grows by ("di kawasan Pasifik Selatan") */
  int where = 0, named = 0;
  for (size_t j = a; j < hi && j < a + PARTY_GAP + (where ? WHERE_WORDS : 0); j++) {
    if (s->mstart[j] >= 0 && where && !named) {
      if (s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON) return -1;
      j = s->mlast[s->mstart[j]];
      continue;
    }
    if (s->mstart[j] >= 0 && group && s->men[s->mstart[j]].kind != KIMPUT_ENT_PERSON) return -1;
    if (s->mstart[j] >= 0) {
      /* ("dengan menantu X, Y": the kin named after the comma, never X; none when unnamed; the mention
         may hold the comma and the kin's name itself) */
      size_t e = s->mlast[s->mstart[j]] + 1;
      if (j > a && kin_word(s, j - 1)) {
        for (size_t k = j + 1; k < e; k++)
          if (is_punct(s, k, ',')) return s->mstart[j];
        return e + 1 < hi && is_punct(s, e, ',') && s->mstart[e + 1] >= 0 &&
                       s->men[s->mstart[e + 1]].kind == KIMPUT_ENT_PERSON
                   ? s->mstart[e + 1]
                   : -1;
      }
      int32_t leader = body_leader(s, s->mstart[j], hi);
      if (leader < 0 && office_of_body(s, s->mstart[j])) return -1;
      return envoy_for(s, a, hi, leader >= 0 ? leader : named_past_gloss(s, s->mstart[j], hi));
    }
    /* (an unnamed group's members listed after a colon: "kepada sejumlah pemimpin dunia: A, B dan C", "disambut
       oleh pimpinan pondok: A, B dan C", the group's words no party) */
    if ((group || j > a) && is_punct(s, j, ':'))
      return j + 1 < hi && s->mstart[j + 1] >= 0 && s->men[s->mstart[j + 1]].kind == KIMPUT_ENT_PERSON
                 ? s->mstart[j + 1]
                 : -1;
    /* (its phrase ends at the comma, unless the party's name follows it: "mitranya dari Rusia, X",
       past honours: "Wakil Perdana Menteri Malaysia, Dato' Seri Dr. X") */
    if (capitals && is_punct(s, j, ',') && !(j + 1 < hi && s->mstart[j + 1] >= 0) &&
        !(where && j + 1 < hi && cls_at(s, j + 1, KIMPUT_EVW_NAMELY))) {
      size_t k = honours_end(s, j + 1, hi);
      if (k == j + 1) return -1;
      j = k - 1;
      continue;
    }
    capitals |= s->tok[j].kind == KIMPUT_TOK_WORD && (s->tok[j].flags & KIMPUT_TOKF_UPPER);
    /* "pada Senin (10/3), X ...": a word such as "pada" before a date governs the date, and
       the clause it ends is over */
    if (s->tok[j].kind == KIMPUT_TOK_DATE || s->tok[j].kind == KIMPUT_TOK_TIME) return -1;
    /* (so does a date of words: "pada awal pekan ini, kata X" names no party of "pada", nor
       "pada Oktober dalam Forum X" or "pada 10 Oktober di KTT X" a party met) */
    if (is_word(s, j) || s->tok[j].kind == KIMPUT_TOK_NUMBER) {
      size_t i = date_from(s, s->tok[j].start);
      if (i < s->ndates && s->dates[i].start == s->tok[j].start) return -1;
    }
    if (s->hit[j]) {
      int c = hit_at(s, j)->cls;
      if (group && !where && c == KIMPUT_EVW_STOP && token_is(s, j, "di")) { where = 1; continue; }
      named |= c == KIMPUT_EVW_NAMELY;
      if (c == KIMPUT_EVW_VERB || c == KIMPUT_EVW_TO || c == KIMPUT_EVW_WITH || c == KIMPUT_EVW_STOP) return -1;
      if (c == KIMPUT_EVW_FROM && j + s->hitlen[j] < hi && s->mstart[j + s->hitlen[j]] >= 0) return -1;
    }
    /* ("Perdana Menteri Malaysia Dato' Sri X": an apostrophe closing a word of the title, a
       capitalised word after it, is no quotation mark) */
    if (s->tok[j].kind == KIMPUT_TOK_QUOTE && j > a && s->tok[j].end - s->tok[j].start == 1 &&
        s->text[s->tok[j].start] == '\'' && s->tok[j - 1].end == s->tok[j].start && j + 1 < hi &&
        s->tok[j + 1].kind == KIMPUT_TOK_WORD && (s->tok[j + 1].flags & KIMPUT_TOKF_UPPER))
      continue;
    if (s->tok[j].kind == KIMPUT_TOK_QUOTE ||
        (s->tok[j].kind == KIMPUT_TOK_PUNCT && !is_punct(s, j, ',') && !is_punct(s, j, '(') && !is_punct(s, j, ')')))
      return -1;
  }
  return -1;
}

/* Is mention m named as one who has died ("almarhum X", "mendiang Presiden X")? */
static int deceased(const scan *s, int32_t m) {
  /* (or named right after his death: "kepada warga Z setelah kematian (wafatnya) Presiden X") */
  static const char *const death[] = {"almarhum", "almarhumah", "mendiang", "alm", "kematian", "wafatnya",
                                      "meninggalnya", "berpulangnya", "tewasnya", "gugurnya", "mangkatnya"};
  size_t k = s->mfirst[m];
  for (size_t i = 0; k > 0 && i < sizeof death / sizeof *death; i++)
    if (token_is(s, k - 1, death[i])) return 1;
  return 0;
}

/* "delegasi militer Rusia yang dipimpin (oleh) X" from token a: the leader X
 * of the group named there, when a LED word comes before any other party,
 * verb or stop within PARTY_GAP tokens; -1 otherwise. */
static int32_t led_party(const scan *s, size_t a, size_t hi) {
  for (size_t j = a, gloss = 0; j < hi && j < a + PARTY_GAP + gloss; j++) {
    /* ("rombongan investor (Kamar Dagang Z) yang diketuai oleh X": the group's name in parentheses is passed) */
    if (is_punct(s, j, '(')) {
      size_t e = j + 1;
      while (e < hi && e <= j + GLOSS_MAX && !is_punct(s, e, ')')) e++;
      if (e >= hi || !is_punct(s, e, ')')) return -1;
      gloss += e - j + 1;
      j = e;
      continue;
    }
    if (s->mstart[j] >= 0 || is_punct(s, j, ',') || is_punct(s, j, '.')) return -1;
    if (!s->hit[j]) continue;
    int c = hit_at(s, j)->cls;
    if (c == KIMPUT_EVW_LED) {
      size_t k = j + s->hitlen[j];
      if (k < hi && cls_at(s, k, KIMPUT_EVW_FROM)) k += s->hitlen[k];  /* dipimpin oleh */
      return k < hi && s->mstart[k] >= 0 ? s->mstart[k] : -1;
    }
    if (c != KIMPUT_EVW_SKIP) return -1;  /* (yang) */
  }
  return -1;
}

/* "dua pemimpin negara sahabat, yakni A dan B": from token a, an unnamed group (plain lower-case words or a number,
 * five at most, no lexicon word but a filler; or none, the group a noun the verb's frame read: "menerima tiga tamu
 * yaitu A"), a comma or not, then a word of naming (yakni, yaitu, antara lain):
 * the person named right after it (the first of the members), or -1. */
static int32_t group_namely(const scan *s, size_t a, size_t hi) {
  enum { GROUP_WORDS = 5 };
  size_t j = a, reach = a + GROUP_WORDS;
  for (;;) {
    if (j < hi && j < reach && s->mstart[j] < 0 &&
        ((is_word(s, j) && !(s->tok[j].flags & KIMPUT_TOKF_UPPER)) || s->tok[j].kind == KIMPUT_TOK_NUMBER) &&
        (!s->hit[j] || hit_at(s, j)->cls == KIMPUT_EVW_SKIP)) {
      j++;
      continue;
    }
    /* ("menerima kunjungan rombongan tiga Kepala Desa yakni A, B": the group's noun in capitals, no party (a title
       the mention stage left nameless), after a lower-case word of the group, three words at most, is passed when a
       word of naming follows it (a comma between or not); its words do not count) */
    if (j < hi && j > 0 && is_word(s, j - 1) && !(s->tok[j - 1].flags & KIMPUT_TOKF_UPPER)) {
      size_t e = j;
      while (e < hi && e < j + 3 && is_word(s, e) && (s->tok[e].flags & KIMPUT_TOKF_UPPER) && s->mstart[e] < 0 &&
             !s->hit[e])
        e++;
      if (e > j && e + 1 < hi && (cls_at(s, e, KIMPUT_EVW_NAMELY) || (is_punct(s, e, ',') && cls_at(s, e + 1, KIMPUT_EVW_NAMELY)))) {
        reach += e - j;
        j = e;
        continue;
      }
    }
    break;
  }
  if (j + 1 >= hi) return -1;
  if (j > a && is_punct(s, j, ',')) j++;
  if (j >= hi || !cls_at(s, j, KIMPUT_EVW_NAMELY)) return -1;
  j += s->hitlen[j];
  return j < hi && s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON ? s->mstart[j] : -1;
}

/* token k is w (a word from a list), its first letter in either case */
static int token_is_ci_listed(const scan *s, size_t k, const char *w) {
  const char *t = s->text + s->tok[k].start;
  size_t n = s->tok[k].end - s->tok[k].start;
  /* (the first letter before the length, which is counted only then: the letters seldom agree) */
  return lower(t[0]) == w[0] && n > 0 && n == strlen(w) && memcmp(t + 1, w + 1, n - 1) == 0;
}

/* token k is w, its first letter in either case ("Delegasi" opening a sentence): a literal of
 * two bytes or more is told by its first 4 bytes (as many as it has, fewer), the first
 * upper-cased or not, before its length (as token_is) */
static inline __attribute__((always_inline)) int token_is_ci(const scan *s, size_t k, const char *w) {
  size_t n = strlen(w);
  if (!(__builtin_constant_p(n) && n > 1)) return token_is_ci_listed(s, k, w);
  if (w[0] >= 'A' && w[0] <= 'Z') return 0;  /* (no lower-cased letter is one) */
  const kimput_token *t = &s->tok[k];
  const char *p = s->text + t->start;
  uint32_t x, c = 0, m, cap = 0;
  memcpy(&x, p, 4);  /* (the text is padded: TEXT_PAD) */
  memcpy(&c, w, n < 4 ? n : 4);  /* (constants: w is a literal) */
  memcpy(&m, first_bytes[n < 4 ? n : 4], 4);
  if (w[0] >= 'a' && w[0] <= 'z') memcpy(&cap, (const unsigned char[4]){0x20, 0, 0, 0}, 4);
  return ((x | cap) & m) == c && t->end - t->start == n && (n <= 4 || memcmp(p + 4, w + 4, n - 4) == 0);
}

/* Is a word of the tokens [a, b) an audience's ("audiensi", "beraudiensi", also written "audensi")? */
static int audience_in(const scan *s, size_t a, size_t b) {
  static const char *const words[] = {"audiensi", "audensi", "beraudiensi", "beraudensi"};
  for (size_t k = a; k < b && k < a + 4; k++)
    for (size_t w = 0; w < sizeof words / sizeof *words; w++)
      if (token_is_ci(s, k, words[w])) return 1;
  return 0;
}

/* a group that comes with a leader: "delegasi", "rombongan" */
static int group_at(const scan *s, size_t k) {
  return token_is_ci(s, k, "delegasi") || token_is_ci(s, k, "rombongan");
}

/* Does the sentence opening at token lo tell the group or the visit received: "Rombongan (Delegasi)
 * disambut ...", "Kunjungan tersebut diterima ...", "Kedatangan (Kehadiran) rombongan disambut ..."? */
static int welcome_opening(const scan *s, size_t lo, size_t hi) {
  if (lo >= hi) return 0;
  /* (or the visit named in a fronted phrase: "Dalam (Pada) kunjungan itu, rombongan diterima ...") */
  if ((token_is_ci(s, lo, "pada") || token_is_ci(s, lo, "dalam")) && lo + 1 < hi && s->mstart[lo + 1] < 0 &&
      (token_is(s, lo + 1, "kunjungan") || token_is(s, lo + 1, "kedatangan")))
    return 1;
  return group_at(s, lo) || token_is_ci(s, lo, "kunjungan") || token_is_ci(s, lo, "kedatangan") ||
         token_is_ci(s, lo, "kehadiran");
}

static size_t after_dateline(const scan *s, size_t lo, size_t hi);

/* "X (didampingi ...) melakukan kunjungan (silaturahmi) ke Kantor Bupati Z", "Didampingi Sekda, X
 * menyambangi (berkunjung ke, bertandang ke) Z": the person who went on a visit told near the start of
 * tokens [lo, hi) (its verb within VISIT_REACH tokens, past a dateline), the nearest before the verb and
 * within VISIT_GAP tokens of it (not one at his side: "X didampingi Y"), or -1 (read by its words) */
static int32_t visitor_opening(const scan *s, size_t lo, size_t hi) {
  enum { VISIT_REACH = 28, VISIT_GAP = 12, VISIT_ALONG = 9 };  /* (ALONG: tokens back from "bersama" to him) */
  static const char *const visits[] = {"menyambangi", "berkunjung", "bertandang", "mengunjungi"};
  static const char *const doing[] = {"melakukan", "melaksanakan", "mengadakan"};
  lo = after_dateline(s, lo, hi);
  size_t v = lo + 1;
  for (int found = 0; !found; v++) {
    if (v >= hi || v >= lo + VISIT_REACH || is_punct(s, v, '.')) return -1;
    for (size_t w = 0; w < sizeof visits / sizeof *visits && !found; w++) found = token_is(s, v, visits[w]);
    for (size_t w = 0; w < sizeof doing / sizeof *doing && !found; w++)
      found = token_is(s, v, doing[w]) && v + 1 < hi && token_is(s, v + 1, "kunjungan");
  }
  v--;
  for (size_t j = v; j > lo && j + VISIT_GAP > v; j--) {
    int32_t m = s->mend[j - 1];
    if (m < 0) continue;
    /* (the ones at his side, a body's staff too: "X didampingi (para asisten) Kodim Z menyambangi ...") */
    size_t f = s->mfirst[m];
    for (size_t d = f; d > lo + 1 && d + 3 > f; d--)
      if (token_is(s, d - 1, "didampingi") && s->mend[d - 2] >= 0) {
        m = s->mend[d - 2];
        break;
      }
    /* (and one who comes with him, "X, S.I.P bersama (Ibu) Y melakukan kunjungan": X, his degrees between) */
    f = s->mfirst[m];
    if (f > lo + 1 && (token_is(s, f - 1, "Ibu") || token_is(s, f - 1, "istri"))) f--;
    if (f > lo + 1 && (token_is(s, f - 1, "bersama") || token_is(s, f - 1, "beserta")))
      for (size_t d = f - 1; d > lo && d + VISIT_ALONG > f; d--) {
        int32_t h = s->mend[d - 1];
        if (h < 0) continue;
        if (s->men[h].kind == KIMPUT_ENT_PERSON) m = h;
        break;
      }
    return s->men[m].kind == KIMPUT_ENT_PERSON && s->men[m].entity >= 0 ? m : -1;
  }
  return -1;
}

/* "Delegasi (Z) (itu) dipimpin (oleh) X" opening tokens [lo, hi): the person X leading
 * the group a sentence before received or met, or -1 (read by its words: the
 * sentence's lexicon hits may not be marked yet); or the visitor of visitor_opening */
static int32_t leader_opening(const scan *s, size_t lo, size_t hi) {
  int32_t visitor = visitor_opening(s, lo, hi);
  if (visitor >= 0) return visitor;
  size_t k = lo;
  /* (or the guest's arrival naming him: "Kehadiran (Kedatangan) X yang diantar Z ini bermaksud ...") */
  if (k + 1 < hi && (token_is(s, k, "Kehadiran") || token_is(s, k, "Kedatangan")) && s->mstart[k + 1] >= 0)
    return s->men[s->mstart[k + 1]].kind == KIMPUT_ENT_PERSON ? s->mstart[k + 1] : -1;
  /* (or the visit: "Kunjungan tersebut dipimpin langsung oleh X") */
  /* (or the group as a pronoun opening the sentence: "Mereka dipimpin langsung oleh Bupati X") */
  /* (or the meeting the body's visit was: "Pertemuan yang dipimpin X ini membahas ...") */
  if (k >= hi || !(group_at(s, k) || token_is_ci(s, k, "kunjungan") || token_is(s, k, "Mereka") ||
                   token_is(s, k, "Pertemuan")))
    return -1;
  k++;
  if (k < hi && token_is(s, k, "yang")) k++;
  /* (or where it is from: "Delegasi Korea Selatan dipimpin X", no person there) */
  for (size_t n = 0; n < 3 && k < hi && is_word(s, k) && (s->tok[k].flags & KIMPUT_TOKF_UPPER) &&
                     !(s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON);
       n++)
    k++;
  if (k < hi && (token_is(s, k, "itu") || token_is(s, k, "tersebut") || token_is(s, k, "ini"))) k++;
  if (!(k < hi && (token_is(s, k, "dipimpin") || token_is(s, k, "diketuai") || token_is(s, k, "dikepalai"))))
    return -1;
  k++;
  if (k < hi && token_is(s, k, "langsung")) k++;
  if (k < hi && token_is(s, k, "oleh")) k++;
  int32_t m = k < hi ? s->mstart[k] : -1;
  return m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON ? m : -1;
}

#define RECV_KEPT 8  /* receiving verbs a sentence's recvlist holds (more: its readers read every token) */

/* The tokens v of a sentence [lo, hi), lo < v < hi - 1, that read "menerima", "menyambut" or "menjamu" (a
 * visit or a guest received), found in one pass when first asked: guests_host and visit_received_at read
 * most sentences naming a party, for those words alone. n is -1 when there are more than RECV_KEPT. */
typedef struct { int done, n; uint32_t at[RECV_KEPT]; } recvlist;

static const recvlist *recv_verbs(const scan *s, size_t lo, size_t hi, recvlist *r) {
  if (!r->done) {
    r->done = 1;
    r->n = 0;
    for (size_t v = lo + 1; v + 1 < hi; v++)
      if (token_is(s, v, "menerima") || token_is(s, v, "menyambut") || token_is(s, v, "menjamu")) {
        if (r->n == RECV_KEPT) { r->n = -1; break; }
        r->at[r->n++] = (uint32_t)v;
      }
  }
  return r;
}

/* "Y menerima (menyambut) kunjungan (kerja) tersebut (itu, ini)" in tokens [lo, hi): the token of the
 * verb receiving the visit a sentence before told, or hi (read by its words: the sentence's lexicon
 * hits may not be marked yet) */
static size_t visit_received_at(const scan *s, size_t lo, size_t hi, recvlist *recv) {
  const recvlist *r = recv_verbs(s, lo, hi, recv);
  /* (the receiving verbs of the sentence's list, or, with too many, every token) */
  for (size_t i = 0, v = r->n >= 0 ? (r->n ? r->at[0] : hi) : lo + 1; v + 2 < hi;
       v = r->n >= 0 ? (++i < (size_t)r->n ? r->at[i] : hi) : v + 1) {
    /* (the noun capitalised mid-sentence too: "Y menerima Kunjungan tersebut") */
    if (!(token_is(s, v, "menerima") || token_is(s, v, "menyambut")) ||
        !(token_is_ci(s, v + 1, "kunjungan") || token_is_ci(s, v + 1, "kedatangan")))
      continue;
    size_t k = v + 2;
    if (k + 1 < hi && is_word(s, k) && !(s->tok[k].flags & KIMPUT_TOKF_UPPER) && s->mstart[k] < 0 &&
        !token_is(s, k, "tersebut") && !token_is(s, k, "itu") && !token_is(s, k, "ini"))
      k++;  /* (its kind: "kunjungan kerja tersebut") */
    if (token_is(s, k, "tersebut") || token_is(s, k, "itu") || token_is(s, k, "ini")) return v;
  }
  return hi;
}

/* a group word within a few tokens after a meeting or receiving trigger ending at a:
 * "menerima kunjungan delegasi Kota X", "bertemu rombongan dari Y" */
static int group_after(const scan *s, size_t a, size_t hi) {
  for (size_t k = a; k < hi && k < a + 3; k++) {
    if (group_at(s, k)) return 1;
    if (s->mstart[k] >= 0 || s->tok[k].kind != KIMPUT_TOK_WORD) return 0;
  }
  return 0;
}

/* "Acara (Pertemuan, Kegiatan, Silaturahmi) ini (itu, tersebut) dihadiri (oleh) X" opening tokens [lo, hi): the
 * first person X, else -1 */
static int32_t attended_opening(const scan *s, size_t lo, size_t hi) {
  size_t k = lo;
  if (!(k + 3 < hi && (token_is(s, k, "Acara") || token_is(s, k, "Pertemuan") || token_is(s, k, "Kegiatan") ||
                       token_is(s, k, "Silaturahmi"))))
    return -1;
  k++;
  if (!(token_is(s, k, "ini") || token_is(s, k, "itu") || token_is(s, k, "tersebut"))) return -1;
  k++;
  if (k < hi && token_is(s, k, "juga")) k++;
  if (!(k + 1 < hi && token_is(s, k, "dihadiri"))) return -1;
  k++;
  if (k < hi && token_is(s, k, "oleh")) k++;
  return k < hi && s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON ? s->mstart[k] : -1;
}

/* "menerima audiensi dari (salah) seorang warga Z": from token a (past the noun's "dari"), one guest left unnamed,
 * whom the next sentence may name ("Kehadiran X ..."): 1, else 0 */
static int one_guest_after(const scan *s, size_t a, size_t hi) {
  if (a < hi && token_is(s, a, "dari")) a++;
  if (a + 1 < hi && token_is(s, a, "salah")) a++;
  return a + 1 < hi && token_is(s, a, "seorang") && s->mstart[a + 1] < 0 && is_word(s, a + 1) &&
         !(s->tok[a + 1].flags & KIMPUT_TOKF_UPPER);
}

/* Does a word of tokens [lo, hi) name a party by -nya the way the lexicon's to_pronoun words
 * and pronoun verbs do ("kepadanya", "dengannya", "meneleponnya")? A test of the bytes alone,
 * for the sentences the reading would skip: the lexicon decides when they are read. */
static int nya_party_word(const scan *s, size_t lo, size_t hi) {
  for (size_t k = lo; k < hi; k++) {
    const kimput_token *t = &s->tok[k];
    size_t n = t->end - t->start;
    /* (the ending first: a word seldom ends in -nya, while its kind and length cannot be guessed) */
    if (t->end < 3 || memcmp(s->text + t->end - 3, "nya", 3) != 0 || t->kind != KIMPUT_TOK_WORD || n < 7) continue;
    const char *w = s->text + t->start;
    if (w[0] == 'm' && w[1] == 'e') return 1;
    if (!memcmp(w, "kepada", 6) || !memcmp(w, "dengan", 6) || !memcmp(w, "untuk", 5) || !memcmp(w, "padanya", 7))
      return 1;
    /* (the arrival welcomed: "Y menyambut kedatangannya", the guest of the sentence before) */
    if ((n == 13 && !memcmp(w, "kedatangannya", 13)) || (n == 12 && !memcmp(w, "kehadirannya", 12))) return 1;
    /* (an occasion greeted owned by -nya: "X mengucapkan selamat atas kemenangannya (pelantikannya)") */
    if (k > lo && token_is(s, k - 1, "atas") &&
        ((n == 13 && !memcmp(w, "kemenangannya", 13)) || (n == 13 && !memcmp(w, "pelantikannya", 13)) ||
         (n == 12 && !memcmp(w, "penobatannya", 12)) || (n == 14 && !memcmp(w, "pengukuhannya", 14)) ||
         (n == 14 && !memcmp(w, "penunjukannya", 14)) || (n == 16 && !memcmp(w, "pengangkatannya", 16))))
      return 1;
  }
  return 0;
}

static int prefixed_verb(const scan *s, size_t k);

/* letters and messages are one kind of event for merging: a message may turn out to be a letter */
/* The latest person mention starting in tokens [lo, k) whose entity is not `not`, or -1. */
static int32_t person_before_other(const scan *s, size_t lo, size_t k, int32_t not) {
  for (size_t j = k; j > lo; j--) {
    int32_t m = s->mstart[j - 1];
    if (m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON && s->men[m].entity >= 0 && s->men[m].entity != not) {
      /* "PM X yang baru dilantik Raja Y ini mengatakan Z meneleponnya": the agent of a passive
         clause on a person is no one the sentence is about; the person it describes is */
      size_t f = s->mfirst[m];
      if (f > lo + 2 && token_is(s, f - 1, "oleh")) f--;
      if (f > lo + 2 && s->tok[f - 1].kind == KIMPUT_TOK_WORD && prefixed_verb(s, f - 1) &&
          s->text[s->tok[f - 1].start] == 'd')
        for (size_t y = f - 1; y > lo + 1 && y + 4 > f; y--) {
          if (!token_is(s, y - 1, "yang")) continue;
          int32_t head = s->mend[y - 2];
          if (head >= 0 && s->men[head].kind == KIMPUT_ENT_PERSON && s->men[head].entity >= 0 &&
              s->men[head].entity != not)
            return head;
          break;
        }
      return m;
    }
  }
  return -1;
}

/* The addressee told by a description closed by a demonstrative right after the trigger ("... kepada
 * Menteri Pertahanan itu", "kepada pemimpin partai tersebut"): a TO word within three tokens of after, one
 * to four plain words (no mention, no lexicon hit), the demonstrative, then the clause's end. The person
 * is the latest one the sentence before names who is none of subjects; -1 when there is none. */
static int32_t described_addressee(const scan *s, size_t lo, size_t hi, size_t after, const partylist *subjects) {
  size_t j = after;
  while (j < hi && j < after + 3 && !cls_at(s, j, KIMPUT_EVW_TO)) j++;
  if (j >= hi || j >= after + 3 || !cls_at(s, j, KIMPUT_EVW_TO)) return -1;
  size_t t = j + 1;
  while (t < hi && t < j + 6 && is_word(s, t) && s->mstart[t] < 0 && !s->hit[t]) t++;
  if (t == j + 1 || t >= hi || !cls_at(s, t, KIMPUT_EVW_THIS)) return -1;
  if (t + 1 < hi && !is_punct(s, t + 1, '.') && !is_punct(s, t + 1, ',')) return -1;
  for (size_t k = lo; k > s->prev_lo; k--) {
    int32_t m = s->mstart[k - 1];
    if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON || s->men[m].entity < 0) continue;
    int taken = 0;
    for (int i = 0; i < subjects->n && !taken; i++) taken = s->men[subjects->m[i]].entity == s->men[m].entity;
    if (!taken) return m;
  }
  return -1;
}

/* "… dengan Y saat (ketika) Y berkunjung ke Z" from token a (the clause's words): the act was done
 * with Y in Y's visit, met in person */
static int visit_with(const scan *s, size_t a, size_t hi) {
  for (size_t k = a; k + 4 < hi && k < a + 12 && !is_punct(s, k, '.') && !is_punct(s, k, ';'); k++) {
    if (!token_is(s, k, "dengan") || s->mstart[k + 1] < 0) continue;
    int32_t m = s->mstart[k + 1];
    size_t j = s->mlast[m] + 1;
    if (s->men[m].kind != KIMPUT_ENT_PERSON || j + 2 >= hi) return 0;
    if (!token_is(s, j, "saat") && !token_is(s, j, "ketika") && !token_is(s, j, "sewaktu")) return 0;
    int32_t v = s->mstart[j + 1];
    if (v < 0 || s->men[v].entity != s->men[m].entity || s->mlast[v] + 1 >= hi) return 0;
    j = s->mlast[v] + 1;
    return token_is(s, j, "berkunjung") || token_is(s, j, "melawat") || token_is(s, j, "mengunjungi");
  }
  return 0;
}

/* a word opening a clause of contrast at k ("X tiba pada Rabu, sementara (sedangkan) Y …"): no noun
 * of the party after it */
static int contrast_at(const scan *s, size_t k) {
  return token_is(s, k, "sementara") || token_is(s, k, "sedangkan");
}

/* Is token k a word that opens a clause before its subject and owns no noun: an adverb of
 * sequence ("Kemudian X disambut Y", "Sebelumnya X diterima Y": a word ending in -nya), or a word
 * of the place just told ("Di sana ia disambut Y", "tempat ia disambut Y", "di mana")? */
static int adverb_before_subject(const scan *s, size_t k) {
  static const char *const words[] = {"kemudian", "lalu", "lantas", "akhirnya", "langsung", "segera", "juga",
                                      "pun", "pula", "kini", "sekarang", "kemarin", "sana", "sini", "situ",
                                      "tempat", "mana"};
  for (size_t w = 0; w < sizeof words / sizeof *words; w++)
    if (token_is_ci(s, k, words[w])) return 1;
  size_t n = s->tok[k].end - s->tok[k].start;
  return n > 5 && memcmp(s->text + s->tok[k].end - 3, "nya", 3) == 0;
}

/* The event noun owning mention m, right before it across dari ("Surat X",
 * "Pesan dari X", "Kedatangan X"): its type; NO_EVENT_NOUN when another word
 * owns it ("Usulan X"); -1 when nothing does (X opens its clause). */
enum { NO_EVENT_NOUN = -2 };
static int adverb_before_subject(const scan *s, size_t k);
static int noun_owning(const scan *s, size_t lo, int32_t m) {
  size_t j = s->mfirst[m];
  if (j > lo && cls_at(s, j - 1, KIMPUT_EVW_FROM) && s->hitlen[j - 1] == 1) j--;
  if (j <= lo || !is_word(s, j - 1) || contrast_at(s, j - 1) || adverb_before_subject(s, j - 1)) return -1;
  /* ("Surat resmi dari X": the noun of two words whose last is also a skip word read alone) */
  if (j >= lo + 2 && cls_at(s, j - 1, KIMPUT_EVW_SKIP) && cls_at(s, j - 2, KIMPUT_EVW_NOUN) &&
      j - 2 + s->hitlen[j - 2] == j && hit_at(s, j - 2)->type >= 0)
    return hit_at(s, j - 2)->type;
  /* ("Kehadiran X di kantor Z disambut Y": one's presence welcomed is his arrival, as "Kedatangan X") */
  if (token_is_ci(s, j - 1, "kehadiran")) return KIMPUT_EVENT_MEETING;
  int type = NO_EVENT_NOUN;
  /* (the longest noun ending there: "kartu ucapan dari X" is a card, not "ucapan") */
  for (size_t k = j; k > lo && k + 4 > j; k--) {
    const evword *h = hit_at(s, k - 1);
    if (!h) continue;
    if (k - 1 + s->hitlen[k - 1] != j) break;
    if (h->cls == KIMPUT_EVW_NOUN && h->type >= 0) { type = h->type; continue; }
    if (type != NO_EVENT_NOUN) break;
    if (h->cls == KIMPUT_EVW_GRIEF) break;  /* "Wafatnya X": another noun */
    if (h->cls != KIMPUT_EVW_NOUN) return -1;  /* an adverb, a preposition: no owner */
    break;
  }
  return type;
}

static int type_class(int t) { return t == KIMPUT_EVENT_MESSAGE ? KIMPUT_EVENT_LETTER : t; }

/* "X menyampaikan ucapan selamat melalui sepucuk surat yang diterima (oleh) Y", "X mengirim surat
 * yang diterima Y": the person who received the letter named from token a (after the way it was
 * sent by, when it is named there), or -1 */
static int32_t received_by(const scan *s, size_t a, size_t hi) {
  size_t j = a;
  if (j + 1 < hi && (token_is(s, j, "melalui") || token_is(s, j, "lewat") || token_is(s, j, "dalam"))) {
    j = skip_fillers(s, j + 1, hi);
    if (j >= hi || !cls_at(s, j, KIMPUT_EVW_NOUN) || type_class(hit_at(s, j)->type) != KIMPUT_EVENT_LETTER) return -1;
    j += s->hitlen[j];
  }
  if (j + 2 >= hi || !token_is(s, j, "yang") || !token_is(s, j + 1, "diterima")) return -1;
  j += 2;
  if (token_is(s, j, "oleh")) j++;
  return j < hi && s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON ? s->mstart[j] : -1;
}

/* "... juga menyampaikan ucapan selamat melalui sepucuk surat": the letter noun after "melalui",
 * "lewat" or "dalam" in the clause from token a, a message sent by it being a letter; or hi */
static size_t letter_way_after(const scan *s, size_t a, size_t hi) {
  for (size_t k = a; k + 1 < hi && k < a + 8; k++) {
    if (is_punct(s, k, ',') || is_punct(s, k, '.') || is_punct(s, k, ';')) break;
    if (!token_is(s, k, "melalui") && !token_is(s, k, "lewat") && !token_is(s, k, "dalam")) continue;
    size_t n = skip_fillers(s, k + 1, hi);
    if (n < hi && cls_at(s, n, KIMPUT_EVW_NOUN) && hit_at(s, n)->type == KIMPUT_EVENT_LETTER) return n;
    break;
  }
  return hi;
}

/* "Undangan kepada X disampaikan Y", "Surat undangan untuk X dikirim Y": the party right before
 * the passive verb at v when kepada (untuk, bagi) marks it, after a word of the noun it addresses
 * (not the day of "pada Senin"), or -1 */
static int32_t to_before(const scan *s, size_t lo, size_t v) {
  /* (a demonstrative may close the subject: "Surat yang ditujukan kepada Y itu dikirim X") */
  if (v > lo + 4 && cls_at(s, v - 1, KIMPUT_EVW_THIS)) v--;
  if (v < lo + 3 || s->mend[v - 1] < 0) return -1;
  int32_t m = s->mend[v - 1];
  size_t r = s->mfirst[m];
  if (r < lo + 2 || !(token_is(s, r - 1, "kepada") || token_is(s, r - 1, "untuk") || token_is(s, r - 1, "bagi")) ||
      !is_word(s, r - 2))
    return -1;
  return m;
}

/* "Surat itu (telah) diserahkan ...": a letter or message noun with a demonstrative right before
 * the verb at v (an adverb between), the letter told before */
static int letter_recalled(const scan *s, size_t lo, size_t v) {
  /* (no letter told before: none to recall; "Surat itu dikirim X kepada Y" names its writer, not a courier) */
  /* (nor "Surat itu dibalas X": X's reply, to its writer) */
  if (!LETTER_SENTENCE(s) || token_is(s, v, "dikirim") || token_is(s, v, "dikirimkan") || token_is(s, v, "ditulis") ||
      (hit_at(s, v) && (hit_at(s, v)->flags & KIMPUT_EVWF_ANSWER)))
    return 0;
  size_t k = v;
  if (k > lo + 2 && (token_is(s, k - 1, "telah") || token_is(s, k - 1, "sudah") || token_is(s, k - 1, "pun") ||
                     token_is(s, k - 1, "kemudian") || token_is(s, k - 1, "lalu")))
    k--;
  if (k < lo + 2 || !cls_at(s, k - 1, KIMPUT_EVW_THIS)) return 0;
  const evword *h = hit_at(s, k - 2);
  return h && h->cls == KIMPUT_EVW_NOUN && s->hitlen[k - 2] == 1 && type_class(h->type) == KIMPUT_EVENT_LETTER;
}

/* "X menulis surat kepada W. … Surat resmi dari X diserahkan oleh Y kepada Z": a letter noun (two plain words
 * after it at most: resmi, khusus) owned by "dari X" right before the passive verb of handing over at v, X
 * the writer of a letter with an addressee told in the last QUOTED_REACH sentences: that letter handed over
 * (to an envoy, a courier), no letter of X's to Z. */
static int handing_verb(const scan *s, size_t k);
static int writers_letter_handed(const scan *s, size_t lo, size_t v) {
  if (!handing_verb(s, v) || v < lo + 3 || s->mend[v - 1] < 0) return 0;
  int32_t x = s->mend[v - 1];
  size_t k = s->mfirst[x];
  if (k < lo + 2 || !token_is(s, k - 1, "dari")) return 0;
  size_t n = k - 1;
  while (n > lo && n + 3 > k - 1 && !cls_at(s, n - 1, KIMPUT_EVW_NOUN) && is_word(s, n - 1) &&
         !(s->tok[n - 1].flags & KIMPUT_TOKF_UPPER))
    n--;
  if (n <= lo || !cls_at(s, n - 1, KIMPUT_EVW_NOUN) || type_class(hit_at(s, n - 1)->type) != KIMPUT_EVENT_LETTER)
    return 0;
  size_t kept = s->nletters < LETTERS_KEPT ? s->nletters : LETTERS_KEPT;
  for (size_t j = 0; j < kept; j++) {
    const size_t at = (s->nletters - 1 - j) % LETTERS_KEPT;
    if (s->letters[at].sentence + QUOTED_REACH < s->sentence) break;
    if (s->letters[at].from == s->men[x].entity && s->letters[at].to >= 0) return 1;
  }
  return 0;
}

/* "Y berjanji akan menyampaikan surat itu kepada Z": a verb of handing over at k, then a letter
 * or message noun and a demonstrative, a letter told before: that letter passed on (its courier
 * makes no event) */
static int letter_handed_on(const scan *s, size_t k, size_t hi) {
  if (!LETTER_SENTENCE(s) || k + 2 >= hi) return 0;
  if (!token_is(s, k, "menyampaikan") && !token_is(s, k, "menyerahkan") && !token_is(s, k, "meneruskan") &&
      !token_is(s, k, "memberikan") && !token_is(s, k, "mengantarkan"))
    return 0;
  const evword *h = hit_at(s, k + 1);
  return h && h->cls == KIMPUT_EVW_NOUN && s->hitlen[k + 1] == 1 && type_class(h->type) == KIMPUT_EVENT_LETTER &&
         cls_at(s, k + 2, KIMPUT_EVW_THIS);
}

/* a passive verb of handing over at k (diserahkan, diantarkan, diantar; dibacakan, read out before the
 * addressee): its agent may be a courier */
static int handing_verb(const scan *s, size_t k) {
  return token_is(s, k, "diserahkan") || token_is(s, k, "diantarkan") || token_is(s, k, "diantar") ||
         token_is(s, k, "dibacakan");
}

/* a passive verb among tokens [a, b) */
static int passive_between(const scan *s, size_t a, size_t b) {
  for (size_t j = a; j < b; j++)
    if (cls_at(s, j, KIMPUT_EVW_VERB) && hit_at(s, j)->frame == KIMPUT_FRAME_PASSIVE) return 1;
  return 0;
}

/* skips SKIP words and phrases (sebuah, sang, rumah dinas), a number before a word ("27 surat"), an
 * ordinal before a person ("pertemuan kedua X dan Y") and quote marks from token j, and a
 * comma after a SKIP word when a party is named right after it ("bertemu mitranya, X") */
static int ordinal_at(const scan *s, size_t k);
/* Is token j an ordinal right before a person ("pertemuan kedua X dan Y": their second meeting)? */
static int ordinal_before_person(const scan *s, size_t j, size_t hi) {
  static const char *const nth[] = {"pertama", "kedua", "ketiga", "keempat", "kelima"};
  if (j + 1 >= hi || s->mstart[j + 1] < 0 || s->men[s->mstart[j + 1]].kind != KIMPUT_ENT_PERSON) return 0;
  for (size_t i = 0; i < sizeof nth / sizeof *nth; i++)
    if (token_is(s, j, nth[i])) return 1;
  return ordinal_at(s, j);
}

static size_t skip_fillers(const scan *s, size_t j, size_t hi) {
  /* (which one of the series: "Pertemuan terakhir X dan Y berlangsung ..." is theirs; a plain word, not the
     lexicon's, whose hit would stand between a pair and its verb: "Kedua pemimpin terakhir kali bertemu") */
  while (j < hi && (cls_at(s, j, KIMPUT_EVW_SKIP) || s->tok[j].kind == KIMPUT_TOK_QUOTE || token_is(s, j, "terakhir") ||
                    (s->tok[j].kind == KIMPUT_TOK_NUMBER && j + 1 < hi && is_word(s, j + 1)) ||
                    ordinal_before_person(s, j, hi))) {
    int skip = cls_at(s, j, KIMPUT_EVW_SKIP);
    j += skip ? s->hitlen[j] : 1;
    /* (and where it is from: "bertemu mitranya dari Korea Selatan, X"; a place, up to three
       capitalised words that name no party) */
    if (skip && j < hi && cls_at(s, j, KIMPUT_EVW_FROM)) {
      size_t k = j + s->hitlen[j], e = k;
      while (e < hi && e < k + 3 && s->mstart[e] < 0 && s->tok[e].kind == KIMPUT_TOK_WORD &&
             (s->tok[e].flags & KIMPUT_TOKF_UPPER))
        e++;
      if (e > k && e + 1 < hi && is_punct(s, e, ',') && s->mstart[e + 1] >= 0) j = e;
    }
    if (skip && j + 1 < hi && is_punct(s, j, ',') && s->mstart[j + 1] >= 0) j++;
  }
  return j;
}

typedef struct {
  partylist from, to;
  int type;
  int planned;
  int exchange;
  int mutual;   /* the listed subjects met among themselves */
  int undirected;  /* a call with no caller said */
  int pair;        /* "pertemuan mereka", "keduanya bertemu": the two parties of the event just told */
  int among;       /* "pertemuan trilateral dengan Y dan Z": Y and Z met each other too */
  int reply;       /* the recipient is the one replying, outside these words ("balasan atas pesan dari X") */
  int32_t courier; /* 1 + the mention of the subject who hands over another's letter ("X menyerahkan surat dari Y"), 0 when none */
  int32_t owned;   /* 1 + the mention of the owner of the letter the subject (from) hands over ("pesan Z"), 0 when none */
  int answer;      /* a reply with no addressee of its own (membalas, "Sebagai balasan, X mengirim ...") */
  int letter_received;  /* "Surat itu diterima X": a passive of meeting whose subject is a letter */
  size_t trig_start, trig_end;  /* tokens */
} frame;

static int in_mention(const scan *s, size_t j);

/* Is token k a lower-case word with a verb's prefix (me-, ber-, di-) and a stem after it
 * ("meneruskannya", "berangkat", "dikirim")? A test of the bytes: no lexicon holds every verb. */
static int prefixed_verb(const scan *s, size_t k) {
  const kimput_token *t = &s->tok[k];
  const char *w = s->text + t->start;
  size_t n = t->end - t->start;
  return t->kind == KIMPUT_TOK_WORD && n >= 6 &&
         ((w[0] == 'm' && w[1] == 'e') || (w[0] == 'b' && w[1] == 'e' && w[2] == 'r') || (w[0] == 'd' && w[1] == 'i'));
}

/* The token after the party phrase at k when one is there: a mention starting at k, or a comma
 * opening an apposed person ("kepada Perdana Menteri Malaysia, X melalui telepon": the title's
 * comma, no clause's end); else k. The way an event went, named after its party, is read past it. */
static size_t past_party(const scan *s, size_t k) {
  if (is_punct(s, k, ',') && k + 1 < s->ntok && s->mstart[k + 1] >= 0 &&
      s->men[s->mstart[k + 1]].kind == KIMPUT_ENT_PERSON)
    k++;
  return s->mstart[k] >= 0 && s->mlast[s->mstart[k]] != KIMPUT_UNSET ? (size_t)s->mlast[s->mstart[k]] + 1 : k;
}

/* Does a party's mention start at a token of [a, b)? */
static int party_between(const scan *s, size_t a, size_t b) {
  for (size_t k = a; k < b; k++)
    if (s->mstart[k] >= 0) return 1;
  return 0;
}

/* Is the FROM word at j where a SKIP word before it is from ("mitranya dari Korea Selatan, X", read
 * past by skip_fillers), naming no sender? a: where the reading started. */
static int bond_origin(const scan *s, size_t a, size_t j, size_t hi) {
  for (size_t k = j; k > a && k + 3 > j; k--)
    if (cls_at(s, k - 1, KIMPUT_EVW_SKIP)) return k - 1 + s->hitlen[k - 1] == j && skip_fillers(s, k - 1, hi) > j;
  return 0;
}

/* the party after the first TO/WITH (to) and FROM (from) word within PREP_GAP tokens of a */
/* Past the name of the day an occasion word opens, from token k ("ulang tahun | ke-76 berdirinya
 * Republik Rakyat Demokratik Korea (DPRK)"): ordinals and numbers, the capitalised words, a bracketed
 * acronym, the noun of a founding ("berdirinya", "kemerdekaan"); DAY_NAME tokens at most. */
#define DAY_NAME 14
static int ordinal_at(const scan *s, size_t k);
static size_t day_name_end(const scan *s, size_t k, size_t hi) {
  size_t stop = k + DAY_NAME < hi ? k + DAY_NAME : hi;
  while (k < stop && s->mstart[k] < 0 &&
         (ordinal_at(s, k) || s->tok[k].kind == KIMPUT_TOK_NUMBER || is_punct(s, k, '(') || is_punct(s, k, ')') ||
          (is_word(s, k) && ((s->tok[k].flags & KIMPUT_TOKF_UPPER) || token_is(s, k, "berdirinya") ||
                             token_is(s, k, "kemerdekaan") || token_is(s, k, "ke") || token_is(s, k, "tahun")))))
    k++;
  /* (a body's name there is a mention: "berdirinya Partai Buruh" goes on past it) */
  if (k < stop && s->mstart[k] >= 0 && s->men[s->mstart[k]].kind != KIMPUT_ENT_PERSON && s->mlast[s->mstart[k]] < stop)
    return day_name_end(s, s->mlast[s->mstart[k]] + 1, hi);
  return k;
}

static int handing_verb(const scan *s, size_t k);
/* Do tokens [a, b) between a purpose word and a party read as a clause of purpose: two plain words
 * or more (lower case, no event word, in no mention), the first at a, none owned (-nya)?
 * "untuk dukung pasangan X" is one, "untuk sahabat lamanya X" names X's relation */
static int purpose_clause(const scan *s, size_t a, size_t b) {
  int n = 0;
  for (size_t k = a; k < b; k++) {
    if (!is_word(s, k) || (s->tok[k].flags & KIMPUT_TOKF_UPPER) || s->hit[k] || in_mention(s, k)) {
      if (k == a) return 0;
      continue;
    }
    const kimput_token *t = &s->tok[k];
    if (t->end - t->start > 4 && memcmp(s->text + t->end - 3, "nya", 3) == 0) return 0;
    n++;
  }
  return n >= 2;
}

/* Does the party whose mention starts at token k own the event noun right before it, a few plain words
 * after it at most ("rencana kunjungan Presiden Z ke P": Z's visit, a noun's owner, no subject
 * of a clause)? */
static int owned_by_noun(const scan *s, size_t lo, size_t k) {
  enum { NOUN_WORDS = 6 };  /* the noun's own words and the party's title ("kunjungan resmi Presiden") */
  for (size_t j = k, n = 0; j > lo && n < NOUN_WORDS; n++) {
    j--;
    if (s->hit[j]) return cls_at(s, j, KIMPUT_EVW_NOUN);
    if (!is_word(s, j) || s->mend[j] >= 0) return 0;
  }
  return 0;
}

static void preps_after(const scan *s, size_t a, size_t hi, int type, int32_t *to, int32_t *from, size_t *to_tok) {
  *to = *from = -1;
  size_t stop = a + PREP_GAP < hi ? a + PREP_GAP : hi;
  /* "selamat atas bergabungnya X dengan Y": past a word naming what a letter or
   * message is about (atas, terkait, tentang ...), only "kepada" still names its
   * addressee, or another "to" word before a person ("surat terkait banjir ke
   * Presiden X"; a place or body there is what the matter is: "masuknya X ke ASEAN") */
  int about = 0, restarted = 0, named_day = 0;
  for (size_t j = a; j < stop; j++) {
    if (is_punct(s, j, ';') || is_punct(s, j, ':')) break;
    /* "kepada X yang terpilih sebagai presiden oleh parlemen": a clause on the addressee
       names no party of this event */
    if (*to >= 0 && j > *to_tok && token_is(s, j, "yang")) break;
    /* "X membalas surat itu dan meneruskannya ke KPU": a verb after "dan" opens a clause of its own */
    if ((token_is(s, j, "dan") || token_is(s, j, "lalu") || token_is(s, j, "serta")) && j + 1 < hi &&
        prefixed_verb(s, j + 1))
      break;
    /* "X menyurati Y untuk mengundang Z": a purpose after the party the verb names is a clause of its
       own (with none named yet, "mengirim surat untuk mengucapkan selamat kepada Y", the addressee may come) */
    if (purpose_word(s, j) && j + 1 < hi &&
        prefixed_verb(s, j + 1) && party_between(s, a, j))
      break;
    if (!s->hit[j]) continue;
    /* (a word of a party's title is none of the frame's: "Duta Besar Z untuk Indonesia Y") */
    if (s->mstart[j] < 0 && in_mention(s, j)) continue;
    int c = hit_at(s, j)->cls;
    /* "meninggalkan surat untuk Y sesaat sebelum keluar dari Gedung Putih": past a party, a word
       opening a clause of time ends the frame (its "dari" names no sender) */
    if (c == KIMPUT_EVW_RELATIVE && (*to >= 0 || *from >= 0)) break;
    /* (so does a word of the time of another act: "... melalui surat yang diserahkan oleh Dubes Z saat dia
       berkunjung ke Kementerian W": W is where Z went, no addressee) */
    if (c == KIMPUT_EVW_FRONT && (*to >= 0 || *from >= 0) &&
        (token_is(s, j, "saat") || token_is(s, j, "ketika") || token_is(s, j, "sewaktu")))
      break;
    if (c == KIMPUT_EVW_STOP && type_class(type) == KIMPUT_EVENT_LETTER && !token_is(s, j, "di")) about = 1;
    if (about && c != KIMPUT_EVW_FROM && !token_is(s, j, "kepada")) {
      if (c != KIMPUT_EVW_TO || *to >= 0) continue;
      int32_t m = party_after(s, j + s->hitlen[j], hi);
      if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON) continue;
    }
    if (c == KIMPUT_EVW_VERB && j > a && hit_at(s, j)->type < 0 && hit_at(s, j)->frame != KIMPUT_FRAME_PASSIVE) break;
    /* "Surat dari X diserahkan oleh Duta Besar Y kepada Z": past a passive verb and its agent the
       addressee of a letter whose sender is named may still come (the reach starts again at the verb) */
    /* (once: the walk stays bounded by a few gaps, whatever the sentence's length) */
    if (c == KIMPUT_EVW_VERB && j > a && hit_at(s, j)->frame == KIMPUT_FRAME_PASSIVE && *to < 0 && *from >= 0 &&
        !restarted++)
      stop = j + 1 + PREP_GAP < hi ? j + 1 + PREP_GAP : hi;
    /* the noun of another event: its parties are its own ("telepon X jelang pertemuannya dengan Y",
     * "surat X sebagai balasan atas pesan dari Y") */
    if (c == KIMPUT_EVW_NOUN && type_class(hit_at(s, j)->type) != type_class(type))  /* "surat berisi ucapan" goes on */
      break;
    /* "X membahas rencana kunjungan Z ke P dalam pertemuan bilateral dengan Y": a meeting noun after "dalam"
       is a meeting of its own, the one after its "dengan" its guest, not the visit's told before it */
    if (c == KIMPUT_EVW_NOUN && j > a && token_is(s, j - 1, "dalam") && type_class(type) == KIMPUT_EVENT_MEETING &&
        type_class(hit_at(s, j)->type) == KIMPUT_EVENT_MEETING)
      break;
    if (c == KIMPUT_EVW_REPLY) break;
    /* "mengucapkan selamat hari ulang tahun ke-76 berdirinya Republik … (DPRK) kepada Y": the reach
       starts again past the day's name, however long (once) */
    if (*to < 0 && !named_day++ &&
        (c == KIMPUT_EVW_OCCASION || (hit_at(s, j)->flags & KIMPUT_EVWF_OCCASION))) {
      size_t e = day_name_end(s, j + s->hitlen[j], hi);
      if (e + PREP_GAP > stop) stop = e + PREP_GAP < hi ? e + PREP_GAP : hi;
    }
    /* "perubahan terhadap kementerian X": terhadap after a plain word past the trigger is that word's
       (what the letter is about), no addressee */
    if (c == KIMPUT_EVW_TO && *to < 0 && j > a && token_is(s, j, "terhadap") && is_word(s, j - 1) && !s->hit[j - 1] &&
        !(s->tok[j - 1].flags & KIMPUT_TOKF_UPPER) && s->mend[j - 1] < 0)
      continue;
    if ((c == KIMPUT_EVW_TO || c == KIMPUT_EVW_WITH) && *to < 0) {
      *to = party_after(s, j + s->hitlen[j], hi);
      /* "surat dari X untuk dukung pasangan Y": past a purpose word, two plain words before the
         party are a clause of purpose (a bare verb and its object), no addressee */
      if (*to >= 0 && purpose_word(s, j) && purpose_clause(s, j + 1, s->mfirst[*to])) { *to = -1; continue; }
      /* the dead receive nothing: "belasungkawa kepada keluarga almarhum X" goes to no one named */
      if (*to >= 0 && c == KIMPUT_EVW_TO && deceased(s, *to)) { *to = -1; break; }
      /* a visit to a body's building is to a place, no party met ("kunjungan ke Istana Merdeka untuk bertemu
         Y": Y is met) */
      if (*to >= 0 && type == KIMPUT_EVENT_MEETING && token_is(s, j, "ke") && s->men[*to].kind != KIMPUT_ENT_PERSON) {
        *to = -1;
        continue;
      }
      if (*to >= 0) { *to_tok = s->mfirst[*to]; stop = j + 1 + PREP_GAP < hi ? j + 1 + PREP_GAP : hi; }
    } else if (c == KIMPUT_EVW_FROM && *from < 0 && j > a && token_is(s, j, "oleh") && handing_verb(s, j - 1)) {
      continue;  /* "Y menerima surat itu di Z diantar oleh X": X brought it, the sender is another */
    } else if (c == KIMPUT_EVW_FROM && *from < 0 && !bond_origin(s, a, j, hi)) {
      *from = party_after(s, j + s->hitlen[j], hi);
      /* (the reach goes on past the sender's name, however long its title: "surat dari Menteri Luar
         Negeri Korea Utara X kepada Y") */
      if (*from >= 0 && s->mlast[*from] + 1 + PREP_GAP > stop)
        stop = s->mlast[*from] + 1 + PREP_GAP < hi ? s->mlast[*from] + 1 + PREP_GAP : hi;
    }
    if (*to >= 0 && *from >= 0) break;
  }
}

/* ------------------------------------------------------------ dates */

static int usable_date(const kimput_date *d) {
  return (d->kind == KIMPUT_DATE_DATE || d->kind == KIMPUT_DATE_TIME) && d->value[0] >= '0' && d->value[0] <= '9';
}

/* '"…," kata X kepada Y, Jumat (22/3/2024)': the date set off right after "kepada" and one of the pair
 * (entities a, b) in [lo, hi), the day one spoke to the other; its index, or -1 */
static int32_t said_to_date(const scan *s, size_t lo, size_t hi, int32_t a, int32_t b) {
  for (size_t j = lo; j + 3 < hi; j++) {
    if (!token_is(s, j, "kepada") || s->mstart[j + 1] < 0) continue;
    int32_t m = s->mstart[j + 1];
    if (s->men[m].entity != a && s->men[m].entity != b) continue;
    size_t k = s->mlast[m] + 1;
    if (k + 1 >= hi || !is_punct(s, k, ',')) continue;
    size_t d = date_from(s, s->tok[k + 1].start);
    if (d < s->ndates && s->dates[d].start == s->tok[k + 1].start && usable_date(&s->dates[d])) return (int32_t)d;
  }
  return -1;
}

/* "Menurut KCNA, Minggu (24/3/2024), telegram itu dikirim …": a date set off by commas right after
 * an opening "Menurut (Berdasarkan) X" is the day the source said it, not when the event was (the
 * date tokens [j, e)). Not "Menurut X, A bertemu B pada Senin": the date must follow the source. */
static int according_to_date(const scan *s, size_t lo, size_t j, size_t e) {
  if (j <= lo + 1 || !is_punct(s, j - 1, ',') || e >= s->ntok || !is_punct(s, e, ',')) return 0;
  for (size_t k = j - 1, n = 0; k > lo && n < 8; n++) {
    k--;
    if (s->tok[k].kind != KIMPUT_TOK_WORD) return 0;
    if (token_is_ci(s, k, "menurut") || token_is_ci(s, k, "berdasarkan")) return k == lo || is_punct(s, k - 1, ',');
  }
  return 0;
}

/* Is a cue set after the words before the date at token j, its speaker's name counted as one word however
 * long his title ('"...," kata juru bicara Kementerian Luar Negeri China (MFA) Zhao Lijian di Beijing, Rabu')?
 * The date is the day he said it. */
/* a word of a quotation's cue set after the words ("kata", "ujar", "ungkap", "jelas", …) at token j */
static int cue_word(const scan *s, size_t j) {
  static const char *const cues[] = {"kata", "ujar", "ucap", "tutur", "ungkap", "jelas", "tegas", "imbuh", "papar",
                                     "terang", "tandas", "pungkas"};
  for (size_t w = 0; w < sizeof cues / sizeof *cues; w++)
    if (token_is(s, j, cues[w])) return 1;
  return 0;
}

static int cue_before(const scan *s, size_t lo, size_t j) {
  for (size_t n = 0, commas = 0; j > lo + 1 && n < 8; n++) {
    j--;
    if (s->mend[j] >= 0 && s->mfirst[s->mend[j]] < j && s->mfirst[s->mend[j]] > lo) j = s->mfirst[s->mend[j]];
    if ((is_punct(s, j, ',') && ++commas > 1) || is_punct(s, j, '.') || is_punct(s, j, ';')) return 0;
    if ((is_punct(s, j - 1, ',') || s->tok[j - 1].kind == KIMPUT_TOK_QUOTE) && cue_word(s, j)) return 1;
  }
  return 0;
}

/* Is token j (a date's first) told in a relative clause of sending right before it, no mark between
 * ("..., yang dikirim pada Senin (7/7)")? The day a letter was sent, whatever cue stands before. */
static int sending_clause_before(const scan *s, size_t lo, size_t j) {
  for (size_t n = 0; j > lo + 1 && n < 5; n++) {
    j--;
    if (!is_word(s, j)) return 0;
    if (token_is(s, j - 1, "yang") && (token_is(s, j, "dikirim") || token_is(s, j, "dikirimkan") ||
                                       token_is(s, j, "ditulis") || token_is(s, j, "ditandatangani")))
      return 1;
  }
  return 0;
}

/* Is date d, set after a cue, the time of a clause of time the cue's speaker opens after his name, the
 * event's words inside it ('"…," kata X saat menerima audiensi dengan Y, Rabu (12/6)': he spoke while he
 * received Y, so the day is the meeting's too)? The evidence ends past the clause's word at eb; the walk back from the date is
 * bounded by its sentence and a few words, a name counted as one. */
static int cue_clause_time(const scan *s, size_t lo, const kimput_date *d, uint32_t eb) {
  enum { CLAUSE_WORDS = 16 };
  size_t j = date_tok(s, d, 0);
  int timed = 0;
  for (size_t n = 0; j > lo + 1 && n < CLAUSE_WORDS; n++) {
    j--;
    if (s->mend[j] >= 0 && s->mfirst[s->mend[j]] < j && s->mfirst[s->mend[j]] > lo) j = s->mfirst[s->mend[j]];
    if (is_punct(s, j, '.') || is_punct(s, j, ';') || s->tok[j].kind == KIMPUT_TOK_QUOTE) return 0;
    if (cls_at(s, j, KIMPUT_EVW_FRONT) && s->tok[j].end < eb && s->mend[j - 1] >= 0) timed = 1;
    if ((is_punct(s, j - 1, ',') || s->tok[j - 1].kind == KIMPUT_TOK_QUOTE) &&
        (token_is(s, j, "kata") || token_is(s, j, "ujar") || token_is(s, j, "ucap") || token_is(s, j, "tutur")))
      return timed;
  }
  return 0;
}

/* a date inside a citation clause ("Dilansir X, Rabu (10/5/2023),") */
static int cited(const scan *s, size_t lo, const kimput_date *d) {
  size_t j = date_tok(s, d, 0), n = 0;
  /* ("kata X dalam surat tersebut, yang dikirim pada Senin (7/7)": the letter's day, not the speech's) */
  if (sending_clause_before(s, lo, j)) return 0;
  if (cue_before(s, lo, j)) return 1;
  int commas = 0;
  /* "KCNA, Kamis (25/7), melaporkan …", "KCNA pada Sabtu merilis isi surat …": the day of a report
     the verb right after the date tells */
  size_t e = date_tok(s, d, 1);
  if (e < s->ntok && is_punct(s, e, ',') && j > lo && is_punct(s, j - 1, ',')) e++;  /* (set off by commas) */
  if (e < s->ntok && (token_is(s, e, "melaporkan") || token_is(s, e, "memberitakan") || token_is(s, e, "merilis") ||
                      token_is(s, e, "menyiarkan") || token_is(s, e, "mewartakan") || token_is(s, e, "memublikasikan")))
    return 1;
  /* (so does a verb of saying right after its speaker and the date: "X hari Senin (10/9) mengatakan tentang
     surat Y kepada Z" tells when X spoke of the letter; not a date closing a clause on the speaker, "X, yang
     bertemu Y di Washington pekan ini, mengatakan") */
  if (e < s->ntok && cls_at(s, e, KIMPUT_EVW_SAY)) {
    size_t b = j > lo && token_is(s, j - 1, "pada") ? j - 1 : j;
    if (b > lo && is_punct(s, b - 1, ',')) b--;
    int32_t m = b > lo ? s->mend[b - 1] : -1;
    if (m >= 0 && s->men[m].kind != KIMPUT_ENT_PLACE) return 1;
  }
  if (according_to_date(s, lo, j, date_tok(s, d, 1))) return 1;
  while (j > lo && n < 10) {
    j--; n++;
    if (is_punct(s, j, ',') && ++commas > 2) return 0;
    if (is_punct(s, j, '.') || is_punct(s, j, ';')) return 0;
    if (cls_at(s, j, KIMPUT_EVW_CITE)) return 1;
    /* "…, kata KCNA, Kamis (25/7)", '"…," sebut KCNA dalam laporannya, Kamis': a cue set after the
       words, the date of the report (not "Menurut X, A bertemu B pada …": no cue after a comma) */
    if (j > lo && (is_punct(s, j - 1, ',') || s->tok[j - 1].kind == KIMPUT_TOK_QUOTE) &&
        (token_is(s, j, "kata") || token_is(s, j, "sebut") || token_is(s, j, "lapor") || token_is(s, j, "tulis") ||
         token_is(s, j, "ujar")))
      return 1;
  }
  return 0;
}

/* Does date d end its sentence, set off by a comma before it ("..., Sabtu (26/4/2025).")? The
 * day of the news the sentence tells, as reports write it last, whatever clause stands before. */
static int closing_date(const scan *s, const kimput_date *d) {
  size_t j = date_tok(s, d, 0), k = date_tok(s, d, 1);
  if (j == 0 || j >= s->ntok || s->tok[j].start != d->start || !is_punct(s, j - 1, ',')) return 0;
  return k >= s->ntok || is_punct(s, k, '.') || memchr(s->text + d->end, '\n', s->tok[k].start - d->end) != NULL;
}

/* The evidence [ea, eb) the dates of a sentence are weighed against, and the tokens
 * holding its ends (ta, tb: tok_at, SIZE_MAX until asked): worked out once, not per date. */
typedef struct {
  uint32_t ea, eb;
  size_t ta, tb;
} evidence;

static size_t evidence_tok(const scan *s, evidence *e, int end) {
  size_t *t = end ? &e->tb : &e->ta;
  if (*t == SIZE_MAX) *t = tok_at(s, end ? e->eb : e->ea);
  return *t;
}

/* a word of time relative to another happening (setelah, sebelum) between
 * the evidence and date d: d dates that happening. Before the evidence, the
 * words of the date's own clause are read ("Setelah bertemu pada 13 Juni, X
 * mengirim ..."); after it, a date closing the sentence past a comma dates
 * the event ("X bertemu Y sebelum upacara itu, Sabtu (26/4/2025)."). */
/* Is token k a relative word of time ("setelah", "sebelum") that sets its clause's time apart from
 * the event's? Not one said to be a moment away ("sesaat sebelum keluar dari Z pada Rabu", "beberapa
 * menit setelah ...", "tak lama setelah ..."): that clause's day is the event's. */
static int apart_at(const scan *s, size_t k) {
  if (!cls_at(s, k, KIMPUT_EVW_RELATIVE)) return 0;
  if (k == 0) return 1;
  if (token_is_ci(s, k - 1, "sesaat")) return 0;
  if (token_is(s, k - 1, "lama") && k > 1 && (token_is_ci(s, k - 2, "tak") || token_is_ci(s, k - 2, "tidak"))) return 0;
  if ((token_is(s, k - 1, "menit") || token_is(s, k - 1, "detik")) && k > 1 &&
      (token_is_ci(s, k - 2, "beberapa") || s->tok[k - 2].kind == KIMPUT_TOK_NUMBER))
    return 0;
  return 1;
}

static int relative_date(const scan *s, size_t lo, const kimput_date *d, evidence *ev) {
  uint32_t ea = ev->ea, eb = ev->eb;
  size_t j = date_tok(s, d, 0);
  /* "X menerima surat pada Senin, sehari setelah ia mengirim ucapan ...": an event
     told in the clause of a relative word dates not by the main clause's date before it */
  if (d->end <= ea) {
    size_t e = evidence_tok(s, ev, 0);
    for (size_t k = date_tok(s, d, 1); k < e && k < s->ntok; k++)
      if (apart_at(s, k)) return 1;
  }
  if (d->start >= eb) {
    if (closing_date(s, d)) return 0;
    for (size_t k = evidence_tok(s, ev, 1); k < j; k++)
      /* (not right after a summit both attended: "berbincang dengan Y, usai KTT Z, di P, pada Senin" is
         that day's talk) */
      if (apart_at(s, k) && !(k + 1 < j && (token_is(s, k, "usai") || token_is(s, k, "seusai")) &&
                              token_is(s, k + 1, "KTT")))
        return 1;
    return 0;
  }
  for (size_t n = 0; j > lo && n < 8; n++) {
    j--;
    if (is_punct(s, j, ',') || is_punct(s, j, '.') || is_punct(s, j, ';')) return 0;
    if (apart_at(s, j)) return 1;
  }
  return 0;
}

/* Does a clause of contrast stand between date d and the evidence ("Surat itu diterima pada Kamis,
 * sementara balasan X dikirim pada Sabtu"): d is the other clause's time? The tokens between are
 * few: sentence_date reads dates within DATE_REACH bytes of the evidence only. */
static int other_clause_date(const scan *s, const kimput_date *d, evidence *ev) {
  size_t a, b;
  if (d->end <= ev->ea) { a = date_tok(s, d, 1); b = evidence_tok(s, ev, 0); }
  else if (d->start >= ev->eb && !closing_date(s, d)) { a = evidence_tok(s, ev, 1); b = date_tok(s, d, 0); }
  else return 0;  /* (a date closing the sentence past a comma is the news's day, both clauses') */
  for (size_t k = a + 1; k < b && k < s->ntok; k++)
    if (contrast_at(s, k) && is_punct(s, k - 1, ',')) return 1;
  /* ("keduanya bertemu untuk menindaklanjuti kesepakatan yang dibicarakan X kepada Y di P bulan lalu": a date
     closing a relative clause of what was talked of or agreed before, its own people named, is its time) */
  if (d->start >= ev->eb && b > a + 3) {
    static const char *const agreed[] = {"dibicarakan", "dibahas", "disepakati", "dicapai", "ditandatangani",
                                         "diteken", "dirundingkan"};
    for (size_t k = a + 1; k + 2 < b; k++) {
      if (!token_is(s, k, "yang")) continue;
      int of_talk = 0;
      for (size_t w = 0; w < sizeof agreed / sizeof *agreed && !of_talk; w++) of_talk = token_is(s, k + 1, agreed[w]);
      if (!of_talk) break;
      for (size_t j = k + 2; j < b; j++)
        if (s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON) return 1;
      break;
    }
  }
  /* ("X berkunjung ke rumah dinas Kapolres Y, yang baru menjabat pada awal Mei": a date closing a
     relative clause on a party of his taking office is when he took it) */
  if (d->start >= ev->eb && b > a + 2) {
    static const char *const office[] = {"menjabat", "dilantik", "terpilih", "diangkat", "ditunjuk", "bertugas"};
    static const char *const adverbs[] = {"baru", "resmi", "telah", "sudah", "secara"};
    for (size_t k = a; k + 1 < b; k++) {
      if (!token_is(s, k, "yang")) continue;
      size_t p = k > 0 && is_punct(s, k - 1, ',') ? k - 1 : k;
      if (p == 0 || s->mend[p - 1] < 0 || s->men[s->mend[p - 1]].kind != KIMPUT_ENT_PERSON) break;
      size_t j = k + 1;
      for (int n = 0, more = 1; n < 2 && more && j < b; n++) {
        more = 0;
        for (size_t w = 0; w < sizeof adverbs / sizeof *adverbs && !more; w++) more = token_is(s, j, adverbs[w]);
        j += (size_t)more;
      }
      for (size_t w = 0; w < sizeof office / sizeof *office && j < b; w++)
        if (token_is(s, j, office[w])) return 1;
      break;
    }
  }
  /* ("X akan diterima Y, dan Selasa malam akan menggelar Z": a date opening the clause after ", dan",
     its verb or plan right after it, is that clause's time) */
  if (d->start >= ev->eb && b >= a + 2) {
    size_t j = token_is(s, b - 1, "pada") ? b - 1 : b, e = date_tok(s, d, 1);
    if (j >= 2 && token_is(s, j - 1, "dan") && is_punct(s, j - 2, ',') && e < s->ntok &&
        (token_is(s, e, "akan") || (prefixed_verb(s, e) && !token_is(s, e, "mereka"))))
      return 1;
  }
  return 0;
}

/* a bare year right after a capitalised word names something ("Pemilu 2024",
 * "Piala Dunia 2026"): it is no time of the event -- unless the word is one
 * of time opening a sentence ("Pada 2023, ...", "Sejak 2019") */
static int year_of_name(const scan *s, const kimput_date *d) {
  static const char *const time_words[] = {"pada", "sejak", "tahun", "hingga", "sampai", "awal", "akhir",
                                           "pertengahan", "medio", "selama", "mulai", "jelang", "menjelang",
                                           "sebelum", "setelah", "usai", "pasca", "dalam", "di", "per"};
  if (strlen(d->value) != 4 || d->end - d->start != 4) return 0;
  size_t j = date_tok(s, d, 0);
  if (j == 0 || j >= s->ntok || s->tok[j].start != d->start) return 0;
  const kimput_token *p = &s->tok[j - 1];
  /* (so does one after an election's noun in lower case: "terpilih kembali dalam pemilu 2019") */
  static const char *const elections[] = {"pemilu", "pilpres", "pilkada", "pileg", "pemilihan"};
  if (is_word(s, j - 1) && !(p->flags & KIMPUT_TOKF_UPPER) && p->end + 1 == d->start)
    for (size_t w = 0; w < sizeof elections / sizeof *elections; w++)
      if (token_is(s, j - 1, elections[w])) return 1;
  if (!is_word(s, j - 1) || !(p->flags & KIMPUT_TOKF_UPPER) || p->end + 1 != d->start || s->text[p->end] != ' ')
    return 0;
  size_t n = p->end - p->start;
  for (size_t w = 0; w < sizeof time_words / sizeof *time_words; w++) {
    const char *t = time_words[w];
    if (strlen(t) == n && (s->text[p->start] | 0x20) == t[0] && memcmp(s->text + p->start + 1, t + 1, n - 1) == 0)
      return 0;
  }
  return 1;
}

/* a year one end of a span of years ("periode 2021-2026", "masa sidang tahun 2014-2015", "2019–2024"): the
 * term of an office or a session, no time of the event */
static int term_year(const scan *s, const kimput_date *d) {
  if (strlen(d->value) != 4) return 0;
  /* (so is the year a term runs until: "di sisa masa jabatannya hingga tahun 2023 mendatang") */
  size_t j = date_tok(s, d, 0);
  if (j > 0 && j < s->ntok && (token_is(s, j - 1, "hingga") || token_is(s, j - 1, "sampai"))) return 1;
  const unsigned char *t = (const unsigned char *)s->text;
  size_t e = d->end, b = d->start;
  size_t dash = e < s->len && t[e] == '-' ? 1 : e + 2 < s->len && t[e] == 0xe2 && t[e + 1] == 0x80 && t[e + 2] == 0x93 ? 3 : 0;
  if (dash && e + dash + 4 <= s->len) {
    size_t k = e + dash;
    if (t[k] >= '1' && t[k] <= '2' && t[k + 1] >= '0' && t[k + 1] <= '9' && t[k + 2] >= '0' && t[k + 2] <= '9' &&
        t[k + 3] >= '0' && t[k + 3] <= '9')
      return 1;
  }
  dash = b >= 1 && t[b - 1] == '-' ? 1 : b >= 3 && t[b - 3] == 0xe2 && t[b - 2] == 0x80 && t[b - 1] == 0x93 ? 3 : 0;
  return dash && b >= dash + 4 && t[b - dash - 1] >= '0' && t[b - dash - 1] <= '9' && t[b - dash - 4] >= '1' &&
         t[b - dash - 4] <= '2';
}

static int capital_at(const scan *s, size_t k);
static int ordinal_at(const scan *s, size_t k);

/* Do the capitalised words and ordinals right before token k open with a named day ("Hari
 * Pembebasan Korea", "HUT ke-79 RI", "Idul Fitri")? */
static int named_day_before(const scan *s, size_t lo, size_t k) {
  size_t j = k;
  while (j > lo && j + 8 > k && is_word(s, j - 1) && (capital_at(s, j - 1) || ordinal_at(s, j - 1))) j--;
  return j < k && (token_is(s, j, "Hari") || cls_at(s, j, KIMPUT_EVW_OCCASION));
}

/* "atas penobatannya pada 5 Mei", "ulang tahun ke-70 yang jatuh pada 15 Juni", "atas gempa yang
 * mengguncang X pada Senin": is date d (of the sentence from token lo) inside the phrase of an
 * occasion (after "atas" or "yang", or a relative clause between) or of what a condolence is for?
 * It dates that, not the event. No comma between ("atas kemenangannya, Senin (17/6)": the event's),
 * no trigger or preposition but "pada" ("terpilih sebagai Presiden X pada pemilu 3 Juni"). A named
 * day (HUT RI, Hari Kemerdekaan) dates a greeting when nothing else does, its date as written too. */
static int occasion_dated(const scan *s, size_t lo, const kimput_date *d) {
  size_t at = date_tok(s, d, 0), j = at;
  int relative = 0;
  for (size_t n = 0; j > lo && n < 12; n++) {
    j--;
    /* (a range is one phrase: "periode 2024-2029"; the bracket of a day's date too: "pada Minggu lalu (5/8)") */
    if (j + 1 == at && is_punct(s, j, '(')) continue;
    if (s->tok[j].kind == KIMPUT_TOK_QUOTE ||
        (s->tok[j].kind == KIMPUT_TOK_PUNCT && !is_punct(s, j, '-') && !token_is(s, j, "\xe2\x80\x93")))
      return 0;
    if (token_is(s, j, "yang")) {
      relative = 1;
      /* "... yang jatuh pada 15 Juni": a day that falls, an occasion's (a named day's own: see below) */
      if (token_is(s, j + 1, "jatuh")) return !named_day_before(s, lo, j);
    }
    if (!s->hit[j]) continue;
    int c = s->hitcls[j];
    if (c == KIMPUT_EVW_GRIEF) return 1;
    if (c == KIMPUT_EVW_OCCASION)
      return !capital_at(s, j) && (relative || (j > lo && (token_is(s, j - 1, "atas") || token_is(s, j - 1, "yang"))) ||
                                   (j > lo + 1 && token_is(s, j - 2, "atas")));  /* "atas kelancaran pemilu" */
    if (c == KIMPUT_EVW_VERB || c == KIMPUT_EVW_NOUN || c == KIMPUT_EVW_FROM || c == KIMPUT_EVW_WITH ||
        (c == KIMPUT_EVW_TO && !token_is(s, j, "pada")))
      return 0;
  }
  return 0;
}

/* Is date d told in a relative clause of sending after token k ("yang dikirim
 * [oleh X] awal bulan ini"), or as the date the letter bears ("surat X tertanggal 12 Agustus"),
 * no comma between? */
static int sent_when(const scan *s, size_t k, size_t hi, int32_t d) {
  static const char *const sent[] = {"dikirim", "dikirimkan", "ditulis", "disampaikan", "diterimanya"};
  size_t j = date_tok(s, &s->dates[d], 0);
  if (j <= k || j > hi) return 0;
  for (size_t i = k; i < j && i < k + 12; i++) {
    if (is_punct(s, i, ',') || is_punct(s, i, '.')) return 0;
    if (i + 1 == j) return token_is(s, i, "tertanggal") || token_is(s, i, "bertanggal");
    if (!token_is(s, i, "yang")) continue;
    for (size_t w = 0; w < sizeof sent / sizeof *sent; w++)
      if (token_is(s, i + 1, sent[w])) return 1;
  }
  return 0;
}

/* Is date d, after the evidence ending at byte eb, told in a clause of the visit an invitation
 * is for ("mengundang X untuk menghadiri forum di Hanoi pada Maret 2025", "... agar berkunjung
 * ke Moskow bulan depan", "surat ... yang berisi undangan kunjungan ke London tahun depan"), no
 * comma between? It dates the visit, not the event. */
static int visit_dated(const scan *s, evidence *ev, const kimput_date *d) {
  uint32_t eb = ev->eb;
  static const char *const purpose[] = {"untuk", "guna", "agar", "supaya"};
  static const char *const visit[] = {"menghadiri", "hadir", "berkunjung", "mengunjungi", "melawat", "datang"};
  static const char *const ask[] = {"meminta", "memintanya", "mengajak", "mengajaknya", "memohon", "permintaan",
                                    "ajakan"};
  if (d->start < eb) return 0;
  size_t j = date_tok(s, d, 0), k = evidence_tok(s, ev, 1);
  int invited = 0;  /* "... yang berisi undangan kunjungan kenegaraan ke London tahun depan" */
  /* (or the invitation is the event's own verb, its addressee just named: "X mengundang Y untuk
     melakukan kunjungan kenegaraan ke Z tahun depan") */
  for (size_t i = k; i-- > 0 && i + 6 > k && !is_punct(s, i, '.');)
    if (token_is(s, i, "mengundang")) invited = 1;
  for (size_t i = k; i + 1 < j && i < k + 24; i++) {
    /* (a comma may open the clause on the letter: "..., yang berisi undangan berkunjung ke X") */
    if ((is_punct(s, i, ',') && !token_is(s, i + 1, "yang")) || is_punct(s, i, '.')) return 0;
    if (token_is(s, i, "undangan") || token_is(s, i, "mengundang") || token_is(s, i, "mengundangnya")) invited = 1;
    /* (a request to come is one too: "menyurati Y untuk meminta Z hadir dalam KTT pada 15 Juni") */
    for (size_t w = 0; w < sizeof ask / sizeof *ask && !invited; w++) invited = token_is(s, i, ask[w]);
    if (invited && (token_is(s, i, "kunjungan") || token_is(s, i, "lawatan"))) return 1;
    int p = 0;
    for (size_t w = 0; w < sizeof visit / sizeof *visit && invited && !p; w++) p = token_is(s, i, visit[w]);
    if (p) return 1;  /* "undangan berkunjung ke Hanoi tahun depan" */
    for (size_t w = 0; w < sizeof purpose / sizeof *purpose && !p; w++) p = token_is(s, i, purpose[w]);
    if (!p) continue;
    for (size_t w = 0; w < sizeof visit / sizeof *visit; w++)
      if (token_is(s, i + 1, visit[w])) return 1;
  }
  return 0;
}

/* Is date d, after the evidence, told in a relative clause of a thing still to take place
 * ("menelepon Y untuk membahas KTT G20 yang akan digelar di Bali pada November 2022"), no comma
 * between, the event itself no plan (told with no "akan" before it)? It dates that thing. */
static int held_dated(const scan *s, evidence *ev, const kimput_date *d) {
  static const char *const held[] = {"berlangsung", "digelar", "diadakan", "dilaksanakan", "diselenggarakan"};
  if (d->start < ev->eb) return 0;
  size_t j = date_tok(s, d, 0), k = evidence_tok(s, ev, 1), a = evidence_tok(s, ev, 0);
  for (size_t i = a > 3 ? a - 3 : 0; i < k && i < a + 24; i++)
    if (cls_at(s, i, KIMPUT_EVW_PLANNED)) return 0;
  for (size_t i = k; i + 2 < j && i < k + 24; i++) {
    if (is_punct(s, i, ',') || is_punct(s, i, '.')) return 0;
    if (!token_is(s, i, "yang") || !token_is(s, i + 1, "akan")) continue;
    for (size_t w = 0; w < sizeof held / sizeof *held; w++)
      if (token_is(s, i + 2, held[w])) return 1;
  }
  return 0;
}

/* Is date d, after the evidence, told in a relative clause of the occasion after "atas" ("mengucapkan
 * selamat kepada Y atas terpilihnya dalam pemilu yang digelar pada 5 November", "atas gempa yang terjadi
 * pada Senin"), no comma between? It dates the occasion, not the letter or message. */
static int occasion_clause_dated(const scan *s, evidence *ev, const kimput_date *d) {
  static const char *const held[] = {"berlangsung", "digelar", "diadakan", "dilaksanakan", "diselenggarakan",
                                     "terjadi", "melanda"};
  if (d->start < ev->eb) return 0;
  size_t j = date_tok(s, d, 0), k = evidence_tok(s, ev, 1);
  int occasion = 0;
  for (size_t i = k; i + 1 < j && i < k + 24; i++) {
    if (is_punct(s, i, ',') || is_punct(s, i, '.')) return 0;
    if (token_is(s, i, "atas")) occasion = 1;
    if (!occasion || !token_is(s, i, "yang")) continue;
    for (size_t w = 0; w < sizeof held / sizeof *held; w++)
      if (token_is(s, i + 1, held[w])) return 1;
  }
  return 0;
}

#define PAIR_REACH 3      /* sentences after an event where a they-phrase names its pair */
#define AGAIN_REACH 8     /* and where "keduanya kembali bertemu" (meeting again) does */
#define DATE_REACH 600   /* bytes from the evidence a date of the same sentence may be */

/* the usable date of sentence [sa, sb) nearest the evidence [ea, eb), at
 * most DATE_REACH bytes away, after floor (a "bahwa" before the event: the
 * date before it is the report's) */
static int32_t sentence_date(const scan *s, size_t lo, uint32_t sa, uint32_t sb, uint32_t floor, uint32_t ea,
                             uint32_t eb) {
  int32_t best = -1;
  uint32_t bestd = UINT32_MAX;
  if (floor > sa) sa = floor;
  if (ea > sa + DATE_REACH) sa = ea - DATE_REACH;
  if (sb > eb + DATE_REACH) sb = eb + DATE_REACH;
  size_t i = date_from(s, sa), first = i;
  evidence ev = {ea, eb, SIZE_MAX, SIZE_MAX};
  for (; i < s->ndates && s->dates[i].start < sb; i++) {
    const kimput_date *d = &s->dates[i];
    if (d->end > sb || !usable_date(d) || (cited(s, lo, d) && !cue_clause_time(s, lo, d, eb)) ||
        relative_date(s, lo, d, &ev) || year_of_name(s, d) || term_year(s, d) ||
        occasion_dated(s, lo, d) || visit_dated(s, &ev, d) || occasion_clause_dated(s, &ev, d) || other_clause_date(s, d, &ev) ||
        held_dated(s, &ev, d))
      continue;
    uint32_t dist = d->start >= eb ? d->start - eb : (d->end <= ea ? ea - d->end : 0);
    if (dist < bestd) { bestd = dist; best = (int32_t)i; }
  }
  if (best < 0) return best;
  /* the nearest is a year or a month and the sentence gives the day of it too
   * ("Tahun lalu, ... pada 11 Juli 2021"): the day is when */
  size_t blen = strlen(s->dates[best].value);
  if (blen < 10) {
    for (size_t j = first; j < s->ndates && s->dates[j].start < sb; j++) {
      const kimput_date *d = &s->dates[j];
      if (d->end > sb || !usable_date(d) || cited(s, lo, d)) continue;
      if (strlen(d->value) > blen && strncmp(d->value, s->dates[best].value, blen) == 0) return (int32_t)j;
    }
  }
  return best;
}

/* the last usable date of sentence [sa, sb), whatever it dates (the time
 * "Saat itu" points back at: "sejak X berkunjung pada September 2023") */
static int32_t last_date(const scan *s, size_t lo, uint32_t sa, uint32_t sb) {
  size_t i = date_from(s, sb);
  while (i > 0 && s->dates[i - 1].start >= sa) {
    const kimput_date *d = &s->dates[--i];
    if (d->end <= sb && usable_date(d) && !cited(s, lo, d)) return (int32_t)i;
  }
  return -1;
}

/* Same text, case aside, of tokens i and j? */
static int same_token(const scan *s, size_t i, size_t j) {
  size_t n = s->tok[i].end - s->tok[i].start;
  if (n != s->tok[j].end - s->tok[j].start) return 0;
  const char *a = s->text + s->tok[i].start, *b = s->text + s->tok[j].start;
  for (size_t k = 0; k < n; k++)
    if (lower(a[k]) != lower(b[k])) return 0;
  return 1;
}

/* "Surat bertanggal 7 Juli 2025 yang dikeluarkan Istana itu diunggah Selasa. ... tulis X dalam suratnya
 * kepada Y": the date a letter bears, opening the sentence before (p) that made no event, dates the letter
 * told next; -1 otherwise. */
static int32_t borne_date_before(const scan *s, const kimput_sentence *p, size_t lo) {
  size_t plo = p->first_token;
  if (plo + 2 >= lo || !token_is_ci(s, plo, "surat") ||
      !(token_is(s, plo + 1, "bertanggal") || token_is(s, plo + 1, "tertanggal")))
    return -1;
  for (size_t k = s->nev; k-- > 0 && s->ev[k].start >= p->start;)
    if (s->ev[k].start < p->end) return -1;
  size_t i = date_from(s, s->tok[plo + 2].start);
  if (i >= s->ndates || s->dates[i].start != s->tok[plo + 2].start || !usable_date(&s->dates[i])) return -1;
  return (int32_t)i;
}

/* "Pada Rabu (20/1) pagi, dia menulis surat untuk penggantinya. ... X telah menulis surat kepada Y": the
 * date of the sentence before (p), which tells the same letter in the same words (the verb at v and the
 * word after it) but names no parties, so made no event; -1 otherwise. */
static int32_t unnamed_letter_date(const scan *s, const kimput_sentence *p, size_t lo, size_t v) {
  size_t plo = p->first_token, phi = plo + p->ntokens;
  if (phi > lo || v + 1 >= s->ntok) return -1;
  for (size_t k = s->nev; k-- > 0 && s->ev[k].start >= p->start;)
    if (s->ev[k].start < p->end) return -1;  /* (it told an event of its own) */
  for (size_t j = plo; j + 1 < phi && j < plo + 60; j++)
    if (same_token(s, j, v) && same_token(s, j + 1, v + 1)) return last_date(s, plo, p->start, p->end);
  return -1;
}

/* the days of year y */
static int year_days(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 ? 366 : 365; }

/* The year and month of day d (1-based, may run out of year y either way) of year y. */
static void month_of_day(int y, int d, int *yy, int *mm) {
  static const int len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (d < 1) { y--; d += year_days(y); }
  else if (d > year_days(y)) { d -= year_days(y); y++; }
  int m = 0;
  while (m < 11 && d > len[m] + (m == 1 && year_days(y) == 366)) d -= len[m] + (m == 1 && year_days(y) == 366), m++;
  *yy = y;
  *mm = m + 1;
}

/* Is ISO week w ("2019-W25") partly in month or day x ("2019-06", "2019-06-17"): told of one letter
 * as "pada bulan ini" and "minggu lalu"? */
static int week_meets(const char *w, const char *x) {
  if (strlen(w) != 8 || w[5] != 'W' || !(strlen(x) == 7 || strlen(x) == 10) || x[4] != '-') return 0;
  int y = atoi(w), wk = atoi(w + 6), xy = atoi(x), xm = atoi(x + 5), xd = strlen(x) == 10 ? atoi(x + 8) : 0;
  /* the weekday of 4 January (Sakamoto's method; Monday 1 … Sunday 7): week 1 holds it */
  int yb = y - 1, wd = (yb + yb / 4 - yb / 100 + yb / 400 + 0 + 4) % 7;  /* t[0] = 0 for January */
  wd = wd == 0 ? 7 : wd;
  int monday = 4 - (wd - 1) + 7 * (wk - 1);
  for (int k = 0; k < 7; k++) {
    int dy, dm;
    month_of_day(y, monday + k, &dy, &dm);
    if (dy != xy || dm != xm) continue;
    if (!xd) return 1;
    /* (the day of the month: count back from the day of the year) */
    int d = monday + k;
    if (d < 1) d += year_days(y - 1);
    else if (d > year_days(y)) d -= year_days(y);
    static const int before[12] = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334};
    int dom = d - before[dm - 1] - (dm > 2 && year_days(dy) == 366);
    if (dom == xd) return 1;
  }
  return 0;
}

/* may dates a and b tell one event (one a part of the other, a week partly in the month or holding the day)? */
static int dates_compatible(const scan *s, int32_t a, int32_t b) {
  if (a < 0 || b < 0) return 1;
  const char *x = s->dates[a].value, *y = s->dates[b].value;
  /* (at the day's precision: "Rabu dini hari" and "Siang harinya" tell one day's meeting) */
  size_t nx = strcspn(x, "T"), ny = strcspn(y, "T"), n = nx < ny ? nx : ny;
  return memcmp(x, y, n) == 0 || week_meets(x, y) || week_meets(y, x);
}

/* are dates a and b the same at the day's precision (not one a part of the other)? */
static int same_day(const scan *s, int32_t a, int32_t b) {
  const char *x = s->dates[a].value, *y = s->dates[b].value;
  size_t nx = strcspn(x, "T");
  return nx == strcspn(y, "T") && memcmp(x, y, nx) == 0;
}

/* The two people a sentence names (*a, *b), when it names exactly two;
 * else *b stays -1. */
static void pair_of_sentence(const scan *s, const kimput_sentence *p, int32_t *a, int32_t *b) {
  int32_t x = -1, y = -1;
  size_t lo = p->first_token, hi = lo + p->ntokens;
  for (size_t j = lo; j < hi && j < s->ntok; j++) {
    int32_t m = s->mstart[j];
    if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON) continue;
    int32_t e = s->men[m].entity;
    if (x < 0) x = e;
    else if (e != x && y < 0) y = e;
    else if (e != x && e != y) return;  /* three or more: no pair */
  }
  if (y >= 0) { *a = x; *b = y; }
}

/* The one person sentence p names (any times), or -1 when it names none or several. */
static int32_t lone_person(const scan *s, const kimput_sentence *p) {
  int32_t x = -1;
  size_t lo = p->first_token, hi = lo + p->ntokens;
  for (size_t j = lo; j < hi && j < s->ntok; j++) {
    int32_t m = s->mstart[j];
    if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON) continue;
    if (x >= 0 && s->men[m].entity != x) return -1;
    x = s->men[m].entity;
  }
  return x;
}

/* Is the event told as the last of its kind before now ("X dan Y terakhir kali
 * bertemu pada Juni 2024"): the background of the story, whose time is not
 * that of the events told after it? (The evidence's bytes: parties and trigger.) */
static int told_as_last(const scan *s, const kimput_event *e) {
  static const char word[] = "terakhir";
  const size_t n = sizeof word - 1;
  /* (also before the evidence when the party is a pronoun: "Keduanya terakhir kali bertemu",
     "Mereka terakhir bertemu"; not "Pada hari terakhir KTT, X bertemu Y") */
  uint32_t from = e->start < e->ev_start ? e->start : e->ev_start;
  if (e->ev_start - from > 80) from = e->ev_start - 80;  /* (bounded: the clause's first words) */
  uint64_t key;  /* (the word's 8 bytes compared at once: most places are no match, no branch taken) */
  _Static_assert(sizeof word - 1 == sizeof key, "told_as_last compares 8 bytes");
  memcpy(&key, word, sizeof key);
  for (uint32_t p = from; p + n <= e->ev_end && p + n <= s->len; p++) {
    uint64_t x;
    memcpy(&x, s->text + p, sizeof x);
    if (x == key && (p == 0 || s->text[p - 1] == ' ') &&
        (p + n == s->len || !(s->text[p + n] >= 'a' && s->text[p + n] <= 'z')) &&
        (p >= e->ev_start || p + n + 1 == e->ev_start ||
         (p + n + 5 <= s->len && memcmp(s->text + p + n, " kali", 5) == 0)))
      return 1;
  }
  return 0;
}

/* Is the event of frame f, its noun at v, named again with a demonstrative after its parties
 * ("pertemuan X dengan Y di Z tersebut")? It points back at the event of those parties told
 * before, not at the sentence before's time. */
static int named_again(const scan *s, const frame *f, size_t v, size_t hi) {
  if (!cls_at(s, v, KIMPUT_EVW_NOUN) || f->from.n + f->to.n < 2) return 0;
  size_t end = 0;
  for (int i = 0; i < f->from.n + f->to.n; i++) {
    size_t l = s->mlast[i < f->from.n ? f->from.m[i] : f->to.m[i - f->from.n]];
    if (l != KIMPUT_UNSET && l + 1 > end) end = l + 1;
  }
  for (size_t k = end; k < hi && k < end + 6; k++) {  /* (past a place: "di Vladivostok tersebut") */
    if (cls_at(s, k, KIMPUT_EVW_THIS)) return 1;
    if (!is_word(s, k) || cls_at(s, k, KIMPUT_EVW_VERB) || cls_at(s, k, KIMPUT_EVW_NOUN)) return 0;
  }
  return 0;
}

/* Are the two parties of frame f (one each side) those of event x, in either order? */
static int same_pair(const scan *s, const frame *f, const kimput_event *x) {
  if (f->from.n != 1 || f->to.n != 1) return 0;
  int32_t a = s->men[f->from.m[0]].entity, b = s->men[f->to.m[0]].entity;
  return (a == x->sender && b == x->recipient) || (a == x->recipient && b == x->sender);
}

/* Does the sentence from token lo open with a fronted phrase naming a letter before its comma
 * ("Dalam surat tersebut,", "Dalam surat balasannya itu,"), before token end? */
static int letter_fronted(const scan *s, size_t lo, size_t end) {
  /* (or the clause a report opens with "bahwa": "KCNA mengabarkan bahwa dalam surat tersebut, X menyatakan
     ...") */
  if (!front_at(s, lo))
    for (size_t b = lo; b + 1 < end && b < lo + 16; b++)
      if (token_is(s, b, "bahwa") && front_at(s, b + 1)) { lo = b + 1; break; }
  if (!front_at(s, lo)) return 0;
  for (size_t k = lo + 1; k < end && k < lo + 8; k++) {
    if (is_punct(s, k, ',') || is_punct(s, k, '.')) return 0;
    if (cls_at(s, k, KIMPUT_EVW_NOUN) && type_class(hit_at(s, k)->type) == KIMPUT_EVENT_LETTER) return 1;
  }
  return 0;
}

/* Does date d end a span of days told from token lo on ("pada 3-9 Juni", "pada 8 hingga 9 Juni")?
 * Which day of them a meeting of a series was is untold. */
static int span_end(const scan *s, size_t lo, int32_t d) {
  size_t dt = date_tok(s, &s->dates[d], 0);
  return dt > lo + 1 && (s->tok[dt - 2].kind == KIMPUT_TOK_NUMBER || s->tok[dt - 2].kind == KIMPUT_TOK_DATE) &&
         (is_punct(s, dt - 1, '-') || token_is(s, dt - 1, "hingga") || token_is(s, dt - 1, "sampai"));
}

/* The date of a sentence that points back at the time just told ("Saat itu, X bertemu Y"): the
 * last date of the sentence before (p), else the date of the latest event told with one
 * in the three sentences before ("Pada hari yang sama" after a sentence that named no date of its
 * own; floor: the start of the first of them). *cache keeps it for
 * the sentence (-2 until worked out); prev_read: p's words were read. */
static int32_t pointed_back_date(scan *s, const kimput_evlex *lex, const kimput_sentence *p, uint32_t floor, size_t lo,
                                 int prev_read, int32_t *cache) {
  if (*cache != -2) return *cache;
  size_t plo = p->first_token, phi = plo + p->ntokens, ignored;
  *cache = -1;
  if (phi > lo) return -1;
  if (!prev_read) mark_words(s, lex, plo, phi, &ignored, NULL, NULL);  /* its words were not read */
  /* (a sentence telling a meeting as the last one before the story's, "X dan Y terakhir kali
     bertemu pada Juni 2022", is background: "Pada kesempatan yang sama" after it points past it,
     at the occasion told before) */
  int background = 0;
  for (size_t k = s->nev; !background && k-- > 0 && s->ev[k].start >= p->start;)
    background = s->ev[k].start < p->end && told_as_last(s, &s->ev[k]);
  if (!background) *cache = last_date(s, plo, p->start, p->end);
  /* (the day of a span, "pada 3-9 Juni", for the meetings of a trip: "Dalam rangkaian lawatan tersebut,
     X berjumpa A, B dan C" met each on a day untold) */
  int trip = 0;
  for (size_t k = lo; k < lo + 3 && k < s->ntok && !trip; k++)
    trip = token_is_ci(s, k, "rangkaian") || token_is_ci(s, k, "serangkaian");
  if (*cache >= 0 && trip && span_end(s, plo, *cache)) return *cache = -1;
  for (size_t k = s->nev; *cache < 0 && k-- > 0 && s->ev[k].start >= floor;)  /* (told in the last 3 sentences) */
    if (s->ev[k].date >= 0 && s->ev[k].merged_into < 0 && !told_as_last(s, &s->ev[k])) *cache = s->ev[k].date;
  return *cache;
}

#define SERIES_BACK 8  /* sentences before an undated meeting where the day of its series may be told */

/* Is date d given to the day ("2019-09-24", with a time or not)? */
static int day_value(const kimput_date *d) {
  const char *v = d->value;
  return strlen(v) >= 10 && v[4] == '-' && v[7] == '-' && v[8] >= '0' && v[8] <= '9';
}

/* Do tokens [lo, end) say the time is past ("pernah", "sebelumnya", "dulu")? (bounded: a clause's
 * first words) */
static int said_past(const scan *s, size_t lo, size_t end) {
  static const char *const past[] = {"pernah", "terakhir", "sebelumnya", "Sebelumnya", "dulu", "dahulu"};
  for (size_t j = lo; j < end && j < lo + 30; j++)
    for (size_t i = 0; i < sizeof past / sizeof *past; i++)
      if (token_is(s, j, past[i])) return 1;
  return 0;
}

/* Is token k a word that makes the meeting noun after it a series ("serangkaian pertemuan", "sejumlah
 * pertemuan bilateral")? */
static int series_word(const scan *s, size_t k) {
  static const char *const many[] = {"serangkaian", "rangkaian", "sejumlah", "beberapa", "berbagai"};
  for (size_t i = 0; i < sizeof many / sizeof *many; i++)
    if (token_is_ci(s, k, many[i])) return 1;
  return 0;
}

/* Was event k (a first mention) dated by the day of its series? */
static int series_dated(const scan *s, int32_t k) {
  size_t n = s->nseries < SERIES_KEPT ? s->nseries : SERIES_KEPT;
  for (size_t i = 0; i < n; i++)
    if (s->series_ev[i] == k) return 1;
  return 0;
}

/* The last event emitted (its first mention) was dated by its series' day, date: the meetings told
 * after it may go on with it. */
static void note_series(scan *s, int32_t date) {
  if (!s->nev || date < 0) return;
  int32_t k = (int32_t)s->nev - 1;
  if (s->ev[k].merged_into >= 0) k = s->ev[k].merged_into;
  if (s->ev[k].date == date) s->series_ev[s->nseries++ % SERIES_KEPT] = k;
}

/* Sentence si - back when it holds tokens of the scan, its tokens [*plo, *phi); NULL otherwise (the
 * series walks read the sentences before, back to front). */
static const kimput_sentence *sentence_back(const scan *s, const kimput_sentence *sent, size_t si, size_t back,
                                            size_t *plo, size_t *phi) {
  const kimput_sentence *p = &sent[si - back];
  *plo = p->first_token;
  *phi = *plo + p->ntokens;
  return *phi > s->ntok || *plo >= *phi ? NULL : p;
}

/* The next event told inside sentence p, the events walked back from cursor *k: its index, or -1.
 * (Events are kept in order of start and the cursor only moves back, so a walk over all the
 * sentences before reads each event once.) */
static int32_t event_back_in(const scan *s, const kimput_sentence *p, size_t *k) {
  while (*k > 0 && s->ev[*k - 1].start >= p->start) {
    size_t i = --*k;
    if (s->ev[i].start < p->end) return (int32_t)i;
  }
  return -1;
}

/* Is date d a clock time written alone ("pukul 14.30 WIB", "14.30 WIB"), its day taken from elsewhere: a
 * time value whose words hold no capitalised word but a zone's and no slash ("Rabu (20/11) pukul 09.00",
 * "9 Agustus pukul 10.00" write a day)? (bounded: the expression's few tokens) */
static int clock_alone(const scan *s, const kimput_date *d) {
  if (strlen(d->value) < 16 || d->value[10] != 'T') return 0;
  for (size_t k = tok_at(s, d->start), n = 0; k < s->ntok && s->tok[k].start < d->end && n < 8; k++, n++) {
    const kimput_token *t = &s->tok[k];
    if (is_punct(s, k, '/')) return 0;
    if (t->kind == KIMPUT_TOK_WORD && (t->flags & KIMPUT_TOKF_UPPER) && !token_is(s, k, "WIB") &&
        !token_is(s, k, "WITA") && !token_is(s, k, "WIT") && !token_is_ci(s, k, "pukul"))
      return 0;
  }
  return 1;
}

/* The day of the series of meetings an undated one of parties a and b is told in, when the article
 * says it for the series ("Pertemuan-pertemuan bilateral itu digelar Selasa (12/6). ... Kemudian, X
 * bertemu Y."; "X menggelar serangkaian pertemuan bilateral pada Kamis. ... X juga bertemu Y"): back over
 * at most SERIES_BACK sentences before sentence si, a sentence that names a meeting held (a meeting word,
 * no plan, no time past) and a day, either with no event of its own (its other party unnamed) or with a
 * series word before its noun, its persons, when it names any, a or b among them; or a meeting with a
 * party in common so dated before (it goes on from it). -1 when none, or when a sentence between tells
 * an event of another day. A meeting merely dated before is no series ("X bertemu Y pada Kamis. ... X
 * juga bertemu Z" says no day of Z's). */
static int32_t series_date(scan *s, const kimput_evlex *lex, const kimput_sentence *sent, size_t si, int32_t a,
                           int32_t b) {
  size_t k = s->nev;
  int32_t seen = -1;  /* the day of the events told between */
  size_t held_at = 0; /* the sentence (back) naming meetings held, no day, no event, when the one walked last */
  for (size_t back = 1; back <= SERIES_BACK && back <= si; back++) {
    size_t plo, phi, ignored;
    const kimput_sentence *p = sentence_back(s, sent, si, back, &plo, &phi);
    if (!p) continue;
    int told = 0;
    for (int32_t xi; (xi = event_back_in(s, p, &k)) >= 0;) {
      const kimput_event *x = &s->ev[xi];
      told = 1;
      if (x->merged_into >= 0) x = &s->ev[xi = x->merged_into];
      int ours = x->sender == a || x->sender == b || x->recipient == a || x->recipient == b;
      /* (the pair's meeting told as a plan: "X dijadwalkan bertemu Y. Pertemuan X dengan Y itu ...") */
      if (x->planned && ((x->sender == a && x->recipient == b) || (x->sender == b && x->recipient == a))) return -1;
      if (x->date < 0) continue;
      if (x->type != KIMPUT_EVENT_MEETING || x->planned || told_as_last(s, x) || !day_value(&s->dates[x->date]) ||
          (seen >= 0 && !same_day(s, seen, x->date)))
        return -1;
      if (ours && series_dated(s, xi)) return x->date;
      seen = x->date;
    }
    int32_t day = -1;
    for (size_t i = date_from(s, p->start); i < s->ndates && s->dates[i].start < p->end; i++)
      if (usable_date(&s->dates[i]) && !cited(s, plo, &s->dates[i]) && day_value(&s->dates[i])) day = (int32_t)i;
    if (s->tok[plo].kind == KIMPUT_TOK_QUOTE) continue;  /* (a quote's days are the speaker's) */
    if (day >= 0 && span_end(s, plo, day)) return -1;
    size_t dt = day >= 0 ? date_tok(s, &s->dates[day], 0) : phi;
    mark_words(s, lex, plo, phi, &ignored, NULL, NULL);
    int meeting = 0, series = 0, named = 0, ours = 0, plan = 0, other = 0;
    for (size_t j = plo; j < phi; j++) {
      /* ("setelah X berkunjung pada D": another's day; not "sejak pukul 14.00 hingga ... D") */
      if (j < dt && j + 1 < phi && cls_at(s, j, KIMPUT_EVW_RELATIVE)) {
        size_t i = date_from(s, s->tok[j + 1].start);
        other |= !(i < s->ndates && s->dates[i].start == s->tok[j + 1].start);
      }
      if ((cls_at(s, j, KIMPUT_EVW_NOUN) || cls_at(s, j, KIMPUT_EVW_VERB)) &&
          hit_at(s, j)->type == KIMPUT_EVENT_MEETING) {
        meeting = 1;
        series |= j > plo && series_word(s, j - 1);
      }
      plan |= cls_at(s, j, KIMPUT_EVW_PLANNED);
      int32_t m = s->mstart[j];
      if (m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON) {
        named = 1;
        ours |= s->men[m].entity == a || s->men[m].entity == b;
      }
    }
    /* ("Acara dibuka pukul 13.15 WIB. Sampai 14.30 WIB, tamu masih berdatangan.": a clock time alone,
       its day the dates stage's, in a sentence naming no meeting and no one, tells no other day) */
    if (day >= 0 && !told && !meeting && !named && clock_alone(s, &s->dates[day])) continue;
    if (day < 0) {
      /* (meetings held, told with no day, no event and no one else named: "Ia melayani empat audiensi
         sekaligus."; the day may be the scene's, told right before) */
      held_at = meeting && !told && !plan && !(named && !ours) && !said_past(s, plo, phi) ? back : 0;
      continue;
    }
    /* (the day of a plan, "... akan mengikuti pertemuan Z yang dijadwalkan Jumat", or of the events told
       there: the series' day may be told before) */
    if (plan || (told && !series)) continue;
    /* ("Hal itu tampak di pendopo, Rabu (19/6). Ia menerima tiga audiensi berturut-turut. ... Pertama,
       X bertemu dengan A": the day of the scene where the meetings held are told next) */
    if (!meeting && held_at && held_at + 1 == back && !named) meeting = 1;
    if (!meeting || other || said_past(s, plo, phi) || (named && !ours) ||
        (seen >= 0 && !same_day(s, seen, day)))
      return -1;
    return day;
  }
  return -1;
}

#define OWNERLESS_OPEN 4  /* words that may open a sentence before its meeting noun ("Ada pula", "Sementara itu") */

/* The meeting noun opening the sentence [lo, hi), a few words and no party before it, named with no
 * owner and not as one told before ("Pertemuan perdana adalah dengan Y", "Ada juga pertemuan dengan Y",
 * "Adapun pertemuan dengan Y, ..."; not "Pertemuan itu ..."): its token, or hi. */
static size_t ownerless_meeting(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi) {
  if (word_class(s, lex, lo) == KIMPUT_EVW_THIS) return hi;  /* ("Itu merupakan pertemuan pertama X dengan Y") */
  for (size_t j = lo; j + 1 < hi && j < lo + OWNERLESS_OPEN; j++) {
    if (s->mstart[j] >= 0) return hi;
    if (!is_word(s, j)) continue;
    const evword *w = entry_at(s, lex, j);
    if (!w || !w->set || (w->cls != KIMPUT_EVW_NOUN && w->cls != KIMPUT_EVW_VERB)) continue;
    if (w->cls != KIMPUT_EVW_NOUN || w->type != KIMPUT_EVENT_MEETING || (w->flags & KIMPUT_EVWF_POSSESSED)) return hi;
    for (size_t k = j + 1; k < hi && k < j + 3; k++)
      if (word_class(s, lex, k) == KIMPUT_EVW_THIS) return hi;
    return j;
  }
  return hi;
}

/* "Hal itu disampaikan usai pertemuan (silaturahmi) dengan Y": a sentence opening with what was just
 * said, told in the passive with no agent, then a word of time and a meeting noun: the noun's token
 * (the meeting of the one who said it), or hi (read by its words: the sentence may not be marked) */
static size_t said_after_meeting(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi) {
  static const char *const said[] = {"disampaikan", "disampaikannya", "diungkapkan", "diungkapkannya",
                                     "dikatakan", "dikatakannya", "ditegaskan", "ditegaskannya",
                                     "dijelaskan", "dijelaskannya"};
  static const char *const when[] = {"usai", "seusai", "setelah", "sesudah", "selepas", "saat", "ketika"};
  if (lo + 4 >= hi || !token_is_ci(s, lo, "hal") ||
      !(token_is(s, lo + 1, "itu") || token_is(s, lo + 1, "tersebut") || token_is(s, lo + 1, "ini")))
    return hi;
  int ok = 0;
  for (size_t w = 0; w < sizeof said / sizeof *said && !ok; w++) ok = token_is(s, lo + 2, said[w]);
  if (!ok) return hi;
  ok = 0;
  for (size_t w = 0; w < sizeof when / sizeof *when && !ok; w++) ok = token_is(s, lo + 3, when[w]);
  if (!ok) return hi;
  const evword *e = entry_at(s, lex, lo + 4);
  return e && e->set && e->cls == KIMPUT_EVW_NOUN && e->type == KIMPUT_EVENT_MEETING &&
                 !(e->flags & KIMPUT_EVWF_POSSESSED)
             ? lo + 4
             : hi;
}

/* The first person named in tokens [lo, hi) (bounded by a sentence): his entity, or -1 */
static int32_t first_person(const scan *s, size_t lo, size_t hi) {
  for (size_t j = lo; j < hi; j++)
    if (s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON) return s->men[s->mstart[j]].entity;
  return -1;
}

#define GUEST_GAP 6  /* words between a meeting noun and the "dengan" naming its guest ("pertama di hari itu adalah") */

/* Is the party at token g named after a "dengan" a few plain words after the meeting noun ending at
 * token a ("Pertemuan pertama yang dilakukan yakni dengan Y", no comma between)? */
static int guest_with(const scan *s, size_t a, size_t g) {
  if (g <= a || g > a + GUEST_GAP + 1 || !token_is(s, g - 1, "dengan")) return 0;
  for (size_t j = a; j + 1 < g; j++)
    if (!is_word(s, j) || s->mstart[j] >= 0) return 0;
  return 1;
}

/* "Pertemuan (empat mata itu) dilaksanakan (oleh) X dengan Y": past a few plain words after a meeting
 * noun ending at token a, a passive verb of holding and its agent X, right before the "dengan" of the guest
 * named at token g: X, the host (a person); -1 when not so. */
static int32_t held_by(const scan *s, size_t a, size_t g) {
  enum { NOUN_WORDS = 4 };  /* plain words between the noun and the verb */
  static const char *const held[] = {"dilakukan", "digelar", "diadakan", "dilaksanakan", "diselenggarakan"};
  enum { LISTED_BACK = 12 };  /* tokens of titles with no name the guest may stand after */
  /* (the guest past titles with no name listed first: "dilakukan X dengan Menlu P, Menlu S, petinggi PBB Y") */
  for (size_t d = g; d > a + 3 && d + LISTED_BACK > g && is_punct(s, d - 1, ','); ) {
    size_t e = d - 1;
    while (e > a + 3 && e + LISTED_BACK > g && is_word(s, e - 1) && (s->tok[e - 1].flags & KIMPUT_TOKF_UPPER) &&
           !s->hit[e - 1] && !(s->mstart[e - 1] >= 0 && s->men[s->mstart[e - 1]].kind == KIMPUT_ENT_PERSON))
      e--;
    if (e + 2 > d - 1) break;  /* (two words at least: "Menlu Palau") */
    d = e;
    if (token_is(s, d - 1, "dengan")) { g = d; break; }
  }
  if (g < a + 3 || !token_is(s, g - 1, "dengan")) return -1;
  int32_t m = s->mend[g - 2];
  if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON) return -1;
  size_t k = s->mfirst[m];
  if (k > a && token_is(s, k - 1, "oleh")) k--;
  if (k <= a) return -1;
  int verb = 0;
  for (size_t w = 0; w < sizeof held / sizeof *held && !verb; w++) verb = token_is(s, k - 1, held[w]);
  if (!verb || k - 1 > a + NOUN_WORDS) return -1;
  for (size_t j = a; j + 1 < k; j++)
    if (!is_word(s, j) || s->mstart[j] >= 0 || (s->tok[j].flags & KIMPUT_TOKF_UPPER)) return -1;
  return m;
}

/* The host of the series of meetings the sentence si goes on with (its meeting noun owned by no one
 * there, its guest y): back over at most SERIES_BACK sentences, the host of the latest meeting held
 * (its first party, the other when that is y), or the person named before the first meeting word of a
 * sentence that made no event ("X bertemu dengan para menteri negara sahabat."); -1 when none. */
static int32_t series_host(scan *s, const kimput_evlex *lex, const kimput_sentence *sent, size_t si, int32_t y) {
  size_t k = s->nev;
  for (size_t back = 1; back <= SERIES_BACK && back <= si; back++) {
    size_t plo, phi, ignored;
    const kimput_sentence *p = sentence_back(s, sent, si, back, &plo, &phi);
    if (!p) continue;
    int told = 0;
    for (int32_t xi; (xi = event_back_in(s, p, &k)) >= 0;) {
      const kimput_event *x = &s->ev[xi];
      if (x->merged_into >= 0) x = &s->ev[x->merged_into];
      if (x->type != KIMPUT_EVENT_MEETING || x->planned) { told = 1; continue; }
      return x->sender != y ? x->sender : x->recipient;
    }
    if (told) return -1;  /* (another kind of event told since) */
    mark_words(s, lex, plo, phi, &ignored, NULL, NULL);
    int32_t person = -1;
    for (size_t j = plo; j < phi; j++) {
      int32_t m = s->mstart[j];
      if (m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON) person = s->men[m].entity;
      if ((cls_at(s, j, KIMPUT_EVW_NOUN) || cls_at(s, j, KIMPUT_EVW_VERB)) && hit_at(s, j)->type == KIMPUT_EVENT_MEETING) {
        if (person >= 0 && person != y) return person;
        break;
      }
    }
  }
  return -1;
}

/* Do tokens [lo, end) tell of a time before the story's ("pernah", "terakhir", "sebelumnya"), or
 * open with a phrase of their own ("Pada tahun yang sama, ...")? (bounded: a clause's first words) */
static int told_before(const scan *s, size_t lo, size_t end) {
  static const char *const before[] = {"pernah", "terakhir", "sebelumnya", "Sebelumnya", "dulu", "dahulu", "lalu"};
  /* (not "Usai upacara penyerahan,": right after what was just told, on its day) */
  size_t after = SIZE_MAX;
  if (token_is(s, lo, "Usai") || token_is(s, lo, "Seusai") || token_is(s, lo, "Selepas"))
    for (size_t j = lo + 1; j < end && j < lo + 6 && is_word(s, j) && s->mstart[j] < 0 && after == SIZE_MAX; j++)
      if (is_punct(s, j + 1, ',')) after = j + 1;
  int person = 0;  /* (a comma after the party is no opening phrase: "X menuju istana, tempat ia disambut Y") */
  for (size_t j = lo; j < end && j < lo + 30; j++) {
    person |= s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON;
    if (is_punct(s, j, ',') && j != after && !person) return 1;
    for (size_t i = 0; i < sizeof before / sizeof *before; i++)
      if (token_is(s, j, before[i])) {
        /* ("X lalu menuju istana", "Lalu, X …": then, not "tahun lalu") */
        if (i == sizeof before / sizeof *before - 1 && (j == lo || s->mend[j - 1] >= 0 || is_punct(s, j - 1, ',')))
          continue;
        return 1;
      }
  }
  return 0;
}

/* Do tokens [lo, end) name an event noun qualified as an earlier one ("Pada pertemuan awal itu",
 * "Dalam pertemuan sebelumnya")? Not the event just told, nor its time. (bounded: the first words) */
static int earlier_named(const scan *s, size_t lo, size_t end) {
  static const char *const earlier[] = {"awal", "sebelumnya", "terdahulu", "lalu", "lampau"};
  for (size_t j = lo; j < end && j < lo + 8; j++) {
    if (!cls_at(s, j, KIMPUT_EVW_NOUN)) continue;
    size_t k = j + (s->hitlen[j] ? s->hitlen[j] : 1);
    for (size_t i = 0; k < end && i < sizeof earlier / sizeof *earlier; i++)
      if (token_is_ci(s, k, earlier[i])) return 1;
  }
  return 0;
}

/* Is the event of the trigger ending at token k placed by another happening named after it, in
 * its clause ("pertemuan X dengan Y akan dilakukan setelah forum itu")? Then a time of the sentence
 * before is that happening's, not the event's. (bounded: the clause's first words) */
static int placed_by_other(const scan *s, size_t k, size_t hi) {
  for (size_t j = k; j < hi && j < k + 8; j++) {
    if (is_punct(s, j, '.') || is_punct(s, j, ';') || is_punct(s, j, ',')) return 0;
    if (cls_at(s, j, KIMPUT_EVW_RELATIVE) && !token_is_ci(s, j, "sejak")) return 1;
  }
  return 0;
}

/* Does date d's expression write its day before its clock time ("Senin pagi, 17 Juni 2024, pukul
 * 09.40"), not a clock time alone whose day the dates stage took from elsewhere ("pukul 10.00 WIB")? */
static int day_written(const scan *s, int32_t d) {
  static const char *const clock[] = {"pukul", "Pukul", "jam", "Jam", "sekitar", "Sekitar", "sekira", "tepat"};
  size_t k = tok_at(s, s->dates[d].start);
  if (k >= s->ntok || s->tok[k].start != s->dates[d].start) return 0;
  for (size_t i = 0; i < sizeof clock / sizeof *clock; i++)
    if (token_is(s, k, clock[i])) return 0;
  return 1;
}

/* "X tiba di Jakarta pada Kamis (7/3). Ia diterima Y di istana": a meeting of X told with no
 * date right after X's arrival is of the day X arrived (the sentence before, p, says X arrived,
 * tiba or mendarat a few words after X, and gives a day); -1 otherwise. With lead 1, p tells no
 * event and need not say X arrived, only name X first ("X menulis pesan di buku duka cita di
 * Kedutaan Besar Iran, Kamis (23/5/2024). X diterima Duta Besar Y": the story's lead and its day);
 * with lead 2 (a meeting still planned), p says X plans, and any time it gives is the plan's ("X
 * dijadwalkan berkunjung ke Jakarta pada Agustus mendatang. Rencananya X akan bertemu Y"). */
static int32_t arrival_date(const scan *s, const kimput_sentence *p, size_t lo, int32_t who, int lead) {
  size_t plo = p->first_token, phi = plo + p->ntokens;
  if (phi > lo || who < 0) return -1;
  for (size_t j = plo; j < phi && j < plo + 40; j++) {
    int32_t m = s->mstart[j];
    /* ("Ini pertemuan kedua mereka, setelah X berkunjung ke Z pada 9 November": a party right after a
       word of another happening's time opens no lead; the day is that happening's) */
    if (lead == 1 && m >= 0 && j > plo &&
        (token_is(s, j - 1, "setelah") || token_is(s, j - 1, "sebelum") || token_is(s, j - 1, "sejak") ||
         token_is(s, j - 1, "sesudah") || token_is(s, j - 1, "usai") || token_is(s, j - 1, "seusai")))
      return -1;
    if (lead && m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON && s->men[m].entity != who) return -1;
    if (m < 0 || s->men[m].entity != who) continue;
    for (size_t k = s->mlast[m] + 1; k < phi && k <= s->mlast[m] + 4 && is_word(s, k) && s->mstart[k] < 0; k++)
      if (lead == 2 ? cls_at(s, k, KIMPUT_EVW_PLANNED) : lead || token_is(s, k, "tiba") || token_is(s, k, "mendarat")) {
        /* (a day, or a part of one, or a day's clock time: "tiba …, Senin pagi, 17 Juni 2024, pukul
           09.40": the meeting keeps the day, the events' dates being cut to the day) */
        int32_t d = last_date(s, plo, p->start, p->end);
        size_t n = d >= 0 ? strlen(s->dates[d].value) : 0;
        if (lead == 2) return n > 0 && n <= 10 ? d : -1;
        return n == 10 || (n == 13 && s->dates[d].value[11] >= 'A' && s->dates[d].value[11] <= 'Z') ||
                       (n > 10 && s->dates[d].value[10] == 'T' && s->dates[d].value[7] == '-' && day_written(s, d))
                   ? d
                   : -1;
      }
    return -1;  /* (the first mention of X only) */
  }
  return -1;
}

/* Does a letter or message noun in tokens [lo, end) say it is like one told ("Pesan serupa", "surat
 * yang sama")? */
static int like_letter(const scan *s, size_t lo, size_t end) {
  for (size_t k = lo; k < end && k < s->ntok && k < lo + 40; k++) {  /* (bounded: a clause's first words) */
    if (!cls_at(s, k, KIMPUT_EVW_NOUN) || type_class(hit_at(s, k)->type) != KIMPUT_EVENT_LETTER) continue;
    size_t j = k + s->hitlen[k];
    if (j < s->ntok && token_is(s, j, "serupa")) return 1;
    if (j + 1 < s->ntok && token_is(s, j, "yang") && token_is(s, j + 1, "sama")) return 1;
  }
  return 0;
}

/* Does the sentence open with a phrase pointing back at the time just told
 * ("Saat itu,", "Ketika itu,", "Pada saat itu,")? */
static int then_opens(const scan *s, size_t lo, size_t hi) {
  size_t at = lo;
  if (lo + 1 < hi && cls_at(s, lo, KIMPUT_EVW_TO) && cls_at(s, lo + 1, KIMPUT_EVW_FRONT)) lo++;  /* Pada saat itu */
  if (lo + 1 < hi && cls_at(s, lo, KIMPUT_EVW_FRONT) && s->hitlen[lo] == 1 && cls_at(s, lo + 1, KIMPUT_EVW_THIS))
    return 1;
  /* "Di sana, X bertemu Y": where the sentence before went */
  const kimput_token *t = &s->tok[at];
  if (at + 2 < hi && t->end - t->start == 2 && (s->text[t->start] | 0x20) == 'd' && s->text[t->start + 1] == 'i' &&
      token_is(s, at + 1, "sana") && is_punct(s, at + 2, ','))
    return 1;
  /* "Setibanya di Y, X bertemu Z": upon the arrival just told */
  static const char *const arrived[] = {"Setibanya", "setibanya", "Sesampainya", "sesampainya"};
  for (size_t i = 0; i < sizeof arrived / sizeof *arrived; i++)
    if (token_is(s, at, arrived[i])) return 1;
  /* "Pada kesempatan itu,", "Dalam kunjungan tersebut,", "Pada hari yang sama,": the
     time or the visit just told, named by a word or two and closed by a comma */
  /* (also "Di sela-sela KTT yang sama,": on the sidelines of the summit just told) */
  if (at + 2 < hi && token_is_ci(s, at, "di") && (token_is(s, at + 1, "sela-sela") || token_is(s, at + 1, "sela")))
    at++;
  else if (!cls_at(s, at, KIMPUT_EVW_TO) && !cls_at(s, at, KIMPUT_EVW_FRONT))
    return 0;
  /* (not "Pada pertemuan awal itu,": an earlier time than the one just told) */
  if (earlier_named(s, at + 1, at + 3)) return 0;
  for (size_t k = at + 2; k + 1 < hi && k <= at + 3; k++) {
    if (!is_word(s, k - 1)) return 0;
    if (cls_at(s, k, KIMPUT_EVW_THIS) && is_punct(s, k + 1, ',')) return 1;
    /* (or no comma, a person's title or name right after it: "Pada kesempatan itu Menlu X bertemu ...") */
    if (cls_at(s, k, KIMPUT_EVW_THIS) && s->mstart[k + 1] >= 0 && s->men[s->mstart[k + 1]].kind == KIMPUT_ENT_PERSON)
      return 1;
    /* (not "Pada tahun yang sama": a year, not the day told) */
    if (k + 2 < hi && token_is(s, k, "yang") && token_is(s, k + 1, "sama") && is_punct(s, k + 2, ','))
      return !token_is(s, k - 1, "tahun") && !token_is(s, k - 1, "bulan");
  }
  return 0;
}

/* ------------------------------------------------------------ events and merging */

static size_t bucket(const scan *s, int t, int32_t a, int32_t b) {
  if ((t == KIMPUT_EVENT_MEETING || t == KIMPUT_EVENT_CALL) && a > b) { int32_t x = a; a = b; b = x; }
  uint32_t h = (uint32_t)type_class(t) * 2654435761u ^ (uint32_t)a * 40503u ^ (uint32_t)b * 9973u;
  return h & (s->nbuckets - 1);
}

static int same_parties(const kimput_event *x, int t, int undirected, int32_t a, int32_t b) {
  if (x->sender == a && x->recipient == b) return 1;
  return (t == KIMPUT_EVENT_MEETING || (t == KIMPUT_EVENT_CALL && (undirected || x->undirected))) &&
         x->sender == b && x->recipient == a;
}

/* "Kim mengirim pesan kepada Putin. … pesan yang dikirimkan Kim ke Kremlin": a letter
 * or message to a body from the sender of one to a person told in the two sentences
 * before is that one, sent through the body: its event, or -1. */
static int32_t sent_through_body(const scan *s, int type, int planned, int32_t a, int32_t b) {
  if (planned || type_class(type) != KIMPUT_EVENT_LETTER || !(s->undated[b] & BODY) || !LETTER_SENTENCE(s) ||
      LETTER_SENTENCE(s) + 2 < s->sentence || LETTER_FROM(s) != a || (s->undated[LETTER_TO(s)] & BODY))
    return -1;
  for (size_t k = s->nev, n = 0; k > 0 && n < RECALL; k--, n++) {
    int32_t i = s->ev[k - 1].merged_into >= 0 ? s->ev[k - 1].merged_into : (int32_t)(k - 1);
    const kimput_event *x = &s->ev[i];
    if (x->sender == a && x->recipient == LETTER_TO(s) && type_class(x->type) == KIMPUT_EVENT_LETTER) return i;
  }
  return -1;
}

/* "X dan Y bertemu tiga kali", "… sudah beberapa kali bertemu": meetings counted in the clause
 * from token k (a number or a word of how many before "kali"; not "pertama kali", "terakhir kali"),
 * the story's background, no one event of the sentence before */
static int times_counted(const scan *s, size_t k, size_t hi) {
  for (size_t j = k; j + 1 < hi && j < k + 12; j++) {
    if (is_punct(s, j, '.') || is_punct(s, j, ';') || is_punct(s, j, ',')) return 0;
    if (token_is(s, j, "berkali-kali") ||
        (token_is(s, j + 1, "kali") && (s->tok[j].kind == KIMPUT_TOK_NUMBER || cls_at(s, j, KIMPUT_EVW_SKIP))))
      return 1;
  }
  return 0;
}

/* was first mention k told as another of its kind ("X kembali menyurati Y")? */
static int told_again(const scan *s, int32_t k) {
  for (size_t i = 0; i < s->nagains && i < AGAINS_KEPT; i++)
    if (s->agains[i] == k) return 1;
  return 0;
}

#define MOURNED_REACH 8  /* tokens from a grief word to the one mourned ("kematian Presiden X") */

/* Does the occasion [oa, ob) mourn party a or b ("Pesan ini menepis kabar kematian X" of X's own
 * message: a rumour told of a party, no condolence)? A party alive to send or receive is no one
 * mourned. */
static int mourns_party(const scan *s, int32_t a, int32_t b, uint32_t oa, uint32_t ob) {
  size_t lo = 0, hi = s->ntok;
  while (lo < hi) {  /* the token the occasion opens with */
    size_t mid = lo + (hi - lo) / 2;
    if (s->tok[mid].start < oa) lo = mid + 1;
    else hi = mid;
  }
  if (lo >= s->ntok || s->tok[lo].start != oa || !cls_at(s, lo, KIMPUT_EVW_GRIEF)) return 0;
  for (size_t j = lo + 1; j < s->ntok && j <= lo + MOURNED_REACH && s->tok[j].end <= ob; j++) {
    int32_t m = s->mstart[j];
    if (m >= 0 && (s->men[m].entity == a || s->men[m].entity == b)) return 1;
  }
  return 0;
}

/* Does the evidence at text offset ea open with a noun of talk ("pembicaraan", "percakapan",
 * "perbincangan"), a word either a meeting's or a call's? */
static int talk_noun_at(const scan *s, uint32_t ea) {
  static const char *const talk[] = {"pembicaraan", "percakapan", "perbincangan"};
  for (size_t w = 0; w < sizeof talk / sizeof *talk; w++) {
    size_t n = strlen(talk[w]);
    if (ea + n <= s->len && lower(s->text[ea]) == talk[w][0] && memcmp(s->text + ea + 1, talk[w] + 1, n - 1) == 0 &&
        (ea + n == s->len || !((s->text[ea + n] | 0x20) >= 'a' && (s->text[ea + n] | 0x20) <= 'z')))
      return 1;
  }
  return 0;
}

/* "X menelepon Y. ... pembicaraan antara X dan Y tak diliput": the talk of a call just told between the
 * same two, one of the last TALK_BACK events, or -1 */
static int32_t call_talked(const scan *s, int type, int planned, int32_t a, int32_t b, uint32_t ea) {
  enum { TALK_BACK = 4 };
  if (type != KIMPUT_EVENT_MEETING || planned || ea == KIMPUT_UNSET || !talk_noun_at(s, ea)) return -1;
  for (size_t k = s->nev; k > 0 && k + TALK_BACK > s->nev; k--) {
    const kimput_event *x = &s->ev[k - 1];
    if (x->type == KIMPUT_EVENT_CALL && x->merged_into < 0 &&
        ((x->sender == a && x->recipient == b) || (x->sender == b && x->recipient == a)))
      return (int32_t)(k - 1);
  }
  return -1;
}

static kimput_status emit(scan *s, int type, int planned, int undirected, int32_t a, int32_t b, int32_t date, uint32_t sa,
                          uint32_t sb, uint32_t ea, uint32_t eb, uint32_t oa, uint32_t ob) {
  if (a == b) return KIMPUT_OK;
  /* two bodies meet through their people: "Polres X melakukan pertemuan dengan Dinas Y" is no meeting of
     named parties (the people's, told beside it, is; a body's letter to a body stays) */
  if (type_class(type) == KIMPUT_EVENT_MEETING && (s->undated[a] & BODY) && (s->undated[b] & BODY)) return KIMPUT_OK;
  if (oa != KIMPUT_UNSET && mourns_party(s, a, b, oa, ob)) oa = ob = KIMPUT_UNSET;
  int32_t through = sent_through_body(s, type, planned, a, b);
  if (through < 0) through = call_talked(s, type, planned, a, b, ea);
  if (s->nev == s->cap) {
    size_t cap = s->cap ? s->cap * 2 : 16;
    kimput_event *ev = realloc(s->ev, cap * sizeof *ev);
    if (!ev) return KIMPUT_ERR_NOMEM;
    int32_t *nx = realloc(s->next_same, cap * sizeof *nx);
    if (!nx) { s->ev = ev; return KIMPUT_ERR_NOMEM; }
    s->ev = ev; s->next_same = nx; s->cap = cap;
  }
  kimput_event *e = &s->ev[s->nev];
  e->type = (uint8_t)type;
  e->planned = (uint8_t)planned;
  e->undirected = (uint8_t)undirected;
  s->last_a = a;
  s->last_b = b;
  s->last_sentence = s->sentence;
  if (type_class(type) == KIMPUT_EVENT_LETTER && !planned && through < 0) {
    size_t at = s->nletters++ % LETTERS_KEPT;
    s->letters[at].sentence = s->sentence;
    s->letters[at].from = a;
    s->letters[at].to = b;
    s->letters[at].type = type;
  }
  e->sender = a;
  e->recipient = b;
  e->date = date;
  e->merged_into = -1;
  e->start = sa; e->end = sb; e->ev_start = ea; e->ev_end = eb;
  e->occ_start = oa; e->occ_end = ob;
  size_t h = bucket(s, type, a, b);
  int walked = 0;
  if (through >= 0) {
    kimput_event *x = &s->ev[through];
    e->merged_into = through;
    if (x->date < 0) x->date = date;
    s->next_same[s->nev++] = -1;
    return KIMPUT_OK;
  }
  /* (a message told to have gone by telephone after it was told, "Ucapan tersebut disampaikan melalui sambungan
     telepon", is a call kept in the chain of messages: a call looks there too) */
  size_t chain[3] = {h, h, h};
  int nchain = 1;
  if (type == KIMPUT_EVENT_CALL) {
    chain[1] = bucket(s, KIMPUT_EVENT_MESSAGE, a, b);
    chain[2] = bucket(s, KIMPUT_EVENT_MESSAGE, b, a);
    nchain = 3;
  }
  for (int c = 0; c < nchain && e->merged_into < 0; c++, walked = 0)
  for (int32_t k = s->head_of[chain[c]]; k >= 0 && walked < CHAIN_WALK; k = s->next_same[k], walked++) {
    kimput_event *x = &s->ev[k];
    if (type_class(x->type) != type_class(type) || !same_parties(x, type, undirected, a, b)) continue;
    if (s->again && !told_again(s, k)) continue;
    if (!dates_compatible(s, x->date, date)) continue;
    /* a plan and a meeting held are one only as the plan come true: not a meeting told as the last
       (history), nor a plan told after the held one with a time of its own ("X dan Y bertemu Selasa
       (10/2). Keduanya dijadwalkan bertemu pada akhir tahun ini": the year's, another meeting) */
    if (!x->planned != !planned &&
        (told_as_last(s, planned ? x : e) ||
         (planned && date >= 0 && x->date >= 0 && !same_day(s, x->date, date))))
      continue;
    e->merged_into = k;
    if (x->undirected && !undirected) {  /* the caller is said now */
      x->sender = a;
      x->recipient = b;
      x->undirected = 0;
    }
    x->planned = (uint8_t)(x->planned && planned);
    if (type == KIMPUT_EVENT_LETTER) x->type = KIMPUT_EVENT_LETTER;
    if (x->date < 0 || (date >= 0 && strlen(s->dates[date].value) > strlen(s->dates[x->date].value)))
      x->date = date;
    if (x->occ_start == KIMPUT_UNSET) { x->occ_start = oa; x->occ_end = ob; }
    /* (a second word of the same clause naming it again, "ucapan selamat …,” kata Y melalui telegram":
       no second mention) */
    const kimput_event *last = s->nev ? &s->ev[s->nev - 1] : NULL;
    if (last && (last->merged_into == k || s->nev - 1 == (size_t)k) && last->ev_start == ea && last->ev_end == eb)
      return KIMPUT_OK;
    break;
  }
  s->next_same[s->nev] = -1;
  if (e->merged_into < 0 && date < 0) s->undated[a] |= UNDATED;
  if (e->merged_into < 0) {
    s->next_same[s->nev] = s->head_of[h];
    s->head_of[h] = (int32_t)s->nev;
    if (s->again) s->agains[s->nagains++ % AGAINS_KEPT] = (int32_t)s->nev;
  }
  s->nev++;
  return KIMPUT_OK;
}

#define MORE_TIMES 4  /* more meetings of one pair a clause tells at places or times of their own */

/* "Keduanya bertemu lagi di A pada Maret dan di B pada Mei", "bertemu tiga kali: di A pada D1, di B
 * pada D2, dan di C pada D3": past the words of the meeting (from token k), a time after "dan",
 * "serta" or a comma, with "pada" of its own (after "di" and a place's words), that ends
 * its stretch, is another meeting of the same pair ("dan pada Selasa bertolak ke Z" is another
 * clause). Stops at a person (another party: the list of parties reads that) or the clause's end.
 * Puts up to MORE_TIMES dates in out and returns their count. */
static int more_times(const scan *s, size_t k, size_t hi, int32_t first, int32_t *out) {
  int n = 0;
  if (first < 0) return 0;  /* (the first time told first: a time after a comma alone is its own) */
  size_t stop = k + 40 < hi ? k + 40 : hi;
  for (; k + 2 < stop && n < MORE_TIMES; k++) {
    if (is_punct(s, k, '.') || is_punct(s, k, ';') ||
        (s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON))
      break;
    if (!is_punct(s, k, ',') && !cls_at(s, k, KIMPUT_EVW_AND)) continue;
    size_t j = k + 1;
    if (cls_at(s, j, KIMPUT_EVW_AND)) j++;  /* ", dan di C pada D" */
    /* the place's words, lower-case ones and a bracketed acronym too ("di zona demiliterisasi (DMZ)") */
    if (token_is(s, j, "di"))
      for (j++; j < stop && j < k + 8 && !token_is(s, j, "pada") &&
                (is_word(s, j) || is_punct(s, j, '(') || is_punct(s, j, ')'));
           j++) {}
    if (j + 1 >= stop || !token_is(s, j, "pada")) continue;
    size_t i = date_from(s, s->tok[j + 1].start);
    if (i >= s->ndates || s->dates[i].start != s->tok[j + 1].start || !usable_date(&s->dates[i])) continue;
    size_t e = date_tok(s, &s->dates[i], 1);  /* the token after the time */
    if ((e >= hi || is_punct(s, e, ',') || is_punct(s, e, '.') || is_punct(s, e, ';') || cls_at(s, e, KIMPUT_EVW_AND)) &&
        !dates_compatible(s, first, (int32_t)i))
      out[n++] = (int32_t)i;
    k = e - 1;
  }
  return n;
}

/* "X mengirim pesannya pada Senin (20/5), sedangkan Y pada Kamis (23/5)": past token k, a comma, one
 * lower-case word (sedangkan, sementara, dan), a person and a time with "pada" that ends the clause
 * tell the same of Y, its verb left out. Returns the time (its person in *who), or -1. */
static int32_t elliptic_time(const scan *s, size_t k, size_t hi, int32_t *who) {
  for (size_t stop = k + 40 < hi ? k + 40 : hi; k + 4 < stop; k++) {
    if (!is_punct(s, k, ',') || !is_word(s, k + 1) || (s->tok[k + 1].flags & KIMPUT_TOKF_UPPER)) continue;
    int32_t m = s->mstart[k + 2];
    if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON || s->mlast[m] + 2 >= hi) continue;
    size_t j = s->mlast[m] + 1;
    if (!token_is(s, j, "pada")) continue;
    size_t i = date_from(s, s->tok[j + 1].start);
    if (i >= s->ndates || s->dates[i].start != s->tok[j + 1].start || !usable_date(&s->dates[i])) continue;
    size_t e = date_tok(s, &s->dates[i], 1);
    if (e < hi && !is_punct(s, e, '.') && !is_punct(s, e, ';') && !is_punct(s, e, ',')) continue;
    *who = s->men[m].entity;
    return (int32_t)i;
  }
  return -1;
}

/* gives date to the latest event of the same kind sent by sender, when its
 * date is unknown, a less precise form of this one, or one taken from a sentence before its
 * own, told for another event ("X mengirim ucapan kepada Z pada Minggu. Y juga mengirim ucapan
 * kepada Z. Y mengirimnya pada Senin": Y's is Monday's) */
static void date_known_event(scan *s, int32_t sender, int type, int32_t date) {
  if (date < 0) return;
  for (size_t k = s->nev, n = 0; k > 0 && n < RECALL; k--, n++) {
    kimput_event *x = &s->ev[k - 1];
    if (x->merged_into >= 0) x = &s->ev[x->merged_into];
    if (x->sender == sender && type_class(x->type) == type_class(type)) {
      /* unknown, or known less precisely ("awal tahun" 2024, then "hari Jumat") */
      if (x->date < 0 || s->dates[x->date].start < x->start ||
          (dates_compatible(s, x->date, date) && strlen(s->dates[date].value) > strlen(s->dates[x->date].value)))
        x->date = date;
      return;
    }
  }
}

/* Is token j inside a party mention of the sentence (its role or name)?
 * Looks back a few tokens (before the sentence's first candidate too) for
 * the mention starting nearest before it. */
_Static_assert(ROLE_REACH <= 64, "in_mention reads two words of mbits at most");
static int in_mention(const scan *s, size_t j) {
  /* the nearest mention starting at or before j, ROLE_REACH tokens back at most: the highest bit
     of mbits there (set where mstart is; ROLE_REACH < 64, so two words at most) */
  size_t w = j / 64, k;
  uint64_t bits = s->mbits[w] & (~0ull >> (63 - j % 64));
  if (bits) k = w * 64 + 63 - (size_t)__builtin_clzll(bits);
  else if (w > 0 && (bits = s->mbits[w - 1]) != 0) k = (w - 1) * 64 + 63 - (size_t)__builtin_clzll(bits);
  else return 0;
  if (k + ROLE_REACH <= j) return 0;
  int32_t m = s->mstart[k];
  return s->mlast[m] != KIMPUT_UNSET && s->mlast[m] >= j;
}

/* the occasion of sentence tokens [lo, hi): the first OCCASION phrase, with
 * the capitalised words after it ("HUT RI", "Hari Kemenangan"); else
 * "Hari" followed by a capitalised name. A word of a party's title is no
 * occasion ("Presiden terpilih X" is a person, "terpilihnya X" an occasion). */
/* The capitalised words from token e on that name no person (Hari + Kemenangan Rakyat; the body
 * whose day it is: HUT + PDI Perjuangan, berdirinya + Partai Buruh). */
static int office_word_at(const scan *s, size_t k);

static size_t capitalised_from(const scan *s, size_t e, size_t hi, size_t most, int person) {
  size_t stop = e + most < hi ? e + most : hi, good = e;
  while (e < stop && is_word(s, e)) {
    /* (one mourned may be told by a lower-case office first: "wafatnya mantan pemimpin China X") */
    if (!(s->tok[e].flags & KIMPUT_TOKF_UPPER)) {
      if (!person || !(token_is(s, e, "mantan") || token_is(s, e, "mendiang") || office_word_at(s, e))) break;
      e++;
      continue;
    }
    int32_t m = s->mstart[e];
    if (m < 0) { good = ++e; continue; }
    /* (a person's mention may open at the office before the name) */
    if ((s->men[m].kind == KIMPUT_ENT_PERSON && !person) || (s->mfirst[m] != e && !(person && s->mfirst[m] < e)) ||
        s->mlast[m] >= stop)
      break;
    good = e = s->mlast[m] + 1;
  }
  return good;
}

/* Token k names an office ("sebagai presiden", "menjadi Perdana Menteri"):
 * capitalised, or a lower-case office word. */
static int office_word_at(const scan *s, size_t k) {
  static const char *const offices[] = {"presiden", "wakil", "perdana", "gubernur", "bupati", "wali", "ketua",
                                        "pemimpin", "kepala", "menteri", "anggota", "sekretaris", "raja", "ratu",
                                        "kanselir", "kaisar", "panglima", "direktur"};
  if (s->tok[k].flags & KIMPUT_TOKF_UPPER) return 1;
  for (size_t i = 0; i < sizeof offices / sizeof *offices; i++)
    if (token_is(s, k, offices[i])) return 1;
  return 0;
}

/* token k is a verb of taking place ("berlangsung", "digelar"), after an adverb or two */
static int held_at(const scan *s, size_t k, size_t hi) {
  static const char *const held[] = {"berlangsung", "digelar", "diadakan", "dilaksanakan", "dilakukan",
                                     "diselenggarakan", "terjadi"};
  for (size_t j = k; j < hi && j < k + 3; j++) {
    for (size_t i = 0; i < sizeof held / sizeof *held; i++)
      if (token_is(s, j, held[i])) return 1;
    if (!token_is(s, j, "itu") && !token_is(s, j, "sendiri") && !token_is(s, j, "tersebut") &&
        !token_is(s, j, "telah") && !token_is(s, j, "sudah")) return 0;
  }
  return 0;
}

/* Does token k begin with a capital letter (a name: "di Istana Bogor")? */
static int capital_at(const scan *s, size_t k) { return s->text[s->tok[k].start] >= 'A' && s->text[s->tok[k].start] <= 'Z'; }

static int letter_of_other_kind(const scan *s, size_t v, size_t trig_end, size_t hi);

/* Is token k a word of the passive voice by its prefix (disebut, dipuji, terpilih)? */
static int passive_word(const scan *s, size_t k) {
  const char *w = s->text + s->tok[k].start;
  size_t n = s->tok[k].end - s->tok[k].start;
  return (n > 4 && w[0] == 'd' && w[1] == 'i') || (n > 5 && w[0] == 't' && w[1] == 'e' && w[2] == 'r');
}

/* The first token from j, right after a meeting's noun, past its parties (names, dengan/antara,
 * dan, commas) and a place ("di Istana Bogor"): where what is said of the meeting starts; hi when
 * the 16 tokens from j hold no end */
static size_t phrase_end(const scan *s, size_t j, size_t hi) {
  for (size_t end = j + 16; j < hi && j < end; j++) {
    if (s->mstart[j] >= 0) { j = s->mlast[s->mstart[j]]; continue; }
    if (cls_at(s, j, KIMPUT_EVW_WITH) || cls_at(s, j, KIMPUT_EVW_AND) || is_punct(s, j, ',')) continue;
    /* (the pair just told: "Pertemuan keduanya (kedua pemimpin) dijadwalkan berlangsung di Z") */
    if (cls_at(s, j, KIMPUT_EVW_THEY)) { j += s->hitlen[j] - 1; continue; }
    if (token_is(s, j, "kedua") && j + 1 < hi && is_word(s, j + 1)) { j++; continue; }
    if (token_is(s, j, "di") && j + 1 < hi && capital_at(s, j + 1)) {
      while (j + 1 < hi && j + 1 < end && capital_at(s, j + 1)) j++;
      continue;
    }
    return j;
  }
  return hi;
}

/* "Pertemuan X dan Y akan digelar": from token j, right after a meeting's noun, past its parties
 * and place, a plan word and a verb of taking place (not another's: "Pertemuan X dan Y membahas
 * KTT yang akan digelar") */
static int held_ahead(const scan *s, size_t j, size_t hi) {
  j = phrase_end(s, j, hi);
  return j < hi && cls_at(s, j, KIMPUT_EVW_PLANNED) && held_at(s, j + s->hitlen[j], hi);
}

/* "Namun, kunjungan tersebut akhirnya dibatalkan": the meeting or call noun at v with a
 * demonstrative right after it (a word between), then a cancel word in the clause */
static int recalled_off(const scan *s, size_t v, size_t hi) {
  const evword *w = hit_at(s, v);
  /* (or the plan itself: "Rencana itu dibatalkan") */
  if (!cls_at(s, v, KIMPUT_EVW_PLANNED) &&
      (w->cls != KIMPUT_EVW_NOUN || (w->type != KIMPUT_EVENT_MEETING && w->type != KIMPUT_EVENT_CALL)))
    return 0;
  size_t k = v + s->hitlen[v];
  /* (past the party it was with: "pertemuan dengan X itu dibatalkan") */
  if (k + 1 < hi && cls_at(s, k, KIMPUT_EVW_WITH) && s->mstart[k + s->hitlen[k]] >= 0)
    k = s->mlast[s->mstart[k + s->hitlen[k]]] + 1;
  if (k < hi && !cls_at(s, k, KIMPUT_EVW_THIS)) k++;
  if (k >= hi || !cls_at(s, k, KIMPUT_EVW_THIS)) return 0;
  for (size_t j = k + 1; j < hi && j < k + 6; j++) {
    /* (not "sempat ditunda": put off once, still on) */
    if (s->tok[j].kind != KIMPUT_TOK_WORD || token_is(s, j, "yang") || token_is(s, j, "sempat")) return 0;
    if (cls_at(s, j, KIMPUT_EVW_CANCEL)) return 1;
  }
  return 0;
}

/* The date of the latest dated meeting of the courier told since byte recent (the three
 * sentences before), or since byte far with the letter's addressee (to, -1 when unknown: the
 * visit the courier paid to the addressee, told on for a few sentences), or -1: the courier's
 * letter is handed over there. */
static int32_t courier_met_date(const scan *s, uint32_t recent, uint32_t far, int32_t courier, int32_t to) {
  for (size_t k = s->nev; k-- > 0 && s->ev[k].start >= far;) {
    /* (a meeting told again here, first told further back, a headline's: the date is the first mention's) */
    const kimput_event *x = s->ev[k].merged_into >= 0 ? &s->ev[s->ev[k].merged_into] : &s->ev[k];
    if (x->type != KIMPUT_EVENT_MEETING || x->date < 0 || (x->sender != courier && x->recipient != courier)) continue;
    if (s->ev[k].start >= recent || (to >= 0 && (x->sender == to || x->recipient == to))) return x->date;
  }
  return -1;
}

/* the date of the courier's meeting with the letter's addressee told in the six sentences before
 * [far, ...), the latest: "X diterima Z pada Jumat. X tiba sehari sebelumnya dan disambut W. Dalam
 * kunjungan itu, X menyerahkan surat dari Y untuk Z" was handed over to Z when they met, whoever else
 * X met since. */
static int32_t courier_met_addressee(const scan *s, uint32_t far, int32_t courier, int32_t to) {
  if (to < 0) return -1;
  for (size_t k = s->nev; k-- > 0 && s->ev[k].start >= far;) {
    const kimput_event *x = s->ev[k].merged_into >= 0 ? &s->ev[s->ev[k].merged_into] : &s->ev[k];
    if (x->type == KIMPUT_EVENT_MEETING && x->date >= 0 && !x->planned &&
        ((x->sender == courier && x->recipient == to) || (x->sender == to && x->recipient == courier)))
      return x->date;
  }
  return -1;
}

/* Calls off the plans just told, the latest first mentions of the sentence before (from first:
 * *count of them), meetings and calls still planned and last in their merge chains. */
static void call_off(scan *s, size_t first, size_t *count) {
  while (s->nev > first && s->ev[s->nev - 1].planned && s->ev[s->nev - 1].merged_into < 0 &&
         (s->ev[s->nev - 1].type == KIMPUT_EVENT_MEETING || s->ev[s->nev - 1].type == KIMPUT_EVENT_CALL)) {
    kimput_event *x = &s->ev[s->nev - 1];
    size_t h = bucket(s, x->type, x->sender, x->recipient);
    if (s->head_of[h] != (int32_t)(s->nev - 1)) break;  /* (not the head of its chain: kept) */
    s->head_of[h] = s->next_same[s->nev - 1];
    s->nev--;
  }
  *count = s->nev - first;
}

/* "Pertemuan itu akhirnya digelar (terlaksana) Jumat": from token k, right after a plan's noun and
 * its demonstrative, the plan told as come true ("Pertemuan itu digelar Jumat" may still be ahead) */
static int came_true_at(const scan *s, size_t k, size_t hi) {
  if (k < hi && token_is(s, k, "pun")) k++;
  int finally = k < hi && token_is(s, k, "akhirnya");
  if (finally) k++;
  if (k < hi && (token_is(s, k, "terlaksana") || token_is(s, k, "terwujud") || token_is(s, k, "terealisasi")))
    return 1;
  return finally && held_at(s, k, hi);
}

/* Does a verb of making it known start at token k, past a word or two of when ("Rencana
 * kunjungan tersebut disampaikan Dubes X kepada wartawan, Kamis", "Pertemuan itu telah diumumkan
 * ...")? The time then is the telling's, not the meeting's or the call's. */
/* Is token k (past an adverb or two) a verb of publishing ("Surat tersebut diunggah X di Instagram pada
 * Minggu"): the day a letter was posted for all to read, not sent? */
static int published_at(const scan *s, size_t k, size_t hi) {
  static const char *const posted[] = {"diunggah", "dipublikasikan", "dirilis", "disiarkan", "dibagikan",
                                       "diposting", "dimuat"};
  for (int w = 0; w < 2 && k < hi && (adverb_at(s, k) || token_is(s, k, "juga")); w++) k++;
  if (k >= hi) return 0;
  for (size_t w = 0; w < sizeof posted / sizeof *posted; w++)
    if (token_is(s, k, posted[w])) return 1;
  return 0;
}

static int made_known_at(const scan *s, size_t k, size_t hi) {
  static const char *const told[] = {"disampaikan", "diumumkan", "diungkapkan", "dikonfirmasi", "dibenarkan",
                                     "disebutkan", "dibeberkan", "diinformasikan", "dilaporkan"};
  for (int w = 0; w < 2 && k < hi && (adverb_at(s, k) || token_is(s, k, "juga")); w++) k++;
  if (k >= hi) return 0;
  for (size_t w = 0; w < sizeof told / sizeof *told; w++)
    if (token_is(s, k, told[w])) return 1;
  return 0;
}

/* "Undangan itu disampaikan melalui surat ...": a sentence at [lo, hi) opening with the noun of
 * an invitation and a demonstrative, a letter the way it went within a few words (no party
 * between: "Undangan itu disampaikan X kepada Y melalui surat" names its own); the letter
 * noun's token, or hi */
static size_t invitation_by_letter(const scan *s, size_t lo, size_t hi) {
  if (lo + 3 >= hi || !token_is_ci(s, lo, "undangan") || !cls_at(s, lo + 1, KIMPUT_EVW_THIS)) return hi;
  size_t way = letter_way_after(s, lo + 2, hi);
  return way < hi && !party_between(s, lo + 2, way) ? way : hi;
}

/* "X (lantas) mengajak A (dan B) bertemu", "X mempersilakan A untuk bertemu": the listed subjects l of the
 * meeting verb at token v are the objects of a verb of asking right before them, its own subject X the
 * host: X's mention, or -1 */
static int32_t invited_to_meet(const scan *s, size_t lo, size_t v, const partylist *l) {
  static const char *const ask[] = {"mengajak", "mengajaknya", "mempersilakan", "mempersilahkan", "mengundang"};
  size_t first = s->mfirst[l->m[0]], last = s->mlast[l->m[l->n - 1]];
  if (first == KIMPUT_UNSET || last == KIMPUT_UNSET || first <= lo + 1 || last + 1 > v) return -1;
  size_t gap = v - last - 1;  /* ("untuk", "agar" between) */
  if (gap > 1 || (gap == 1 && !token_is(s, last + 1, "untuk") && !token_is(s, last + 1, "agar"))) return -1;
  int asked = 0;
  for (size_t i = 0; i < sizeof ask / sizeof *ask && !asked; i++) asked = token_is(s, first - 1, ask[i]);
  if (!asked) return -1;
  int32_t host = subject_before(s, lo, first - 1);
  if (host < 0) return -1;
  /* ("X bersama Y mengajak A bertemu": the host is X, Y at his side) */
  size_t h = s->mfirst[host];
  if (h != KIMPUT_UNSET && h >= lo + 2 && (token_is(s, h - 1, "bersama") || token_is(s, h - 1, "beserta")) &&
      s->mend[h - 2] >= 0 && s->men[s->mend[h - 2]].kind == KIMPUT_ENT_PERSON)
    host = s->mend[h - 2];
  for (int i = 0; i < l->n; i++)
    if (s->men[l->m[i]].entity == s->men[host].entity) return -1;
  return host;
}

/* "X mengundang Y ...", "Y diundang (oleh) X ...": the inviter and the one invited in the
 * sentence at [lo, hi) (its first verb of inviting; the parties' entities), or 0 */
static int invited_in(const scan *s, size_t lo, size_t hi, int32_t *from, int32_t *to) {
  for (size_t v = lo + 1; v + 1 < hi; v++) {
    int active = token_is(s, v, "mengundang"), passive = token_is(s, v, "diundang");
    if (!active && !passive) continue;
    int32_t subject = subject_before(s, lo, v);
    size_t a = v + 1;
    if (passive && token_is(s, a, "oleh")) a++;
    a = skip_fillers(s, a, hi);
    int32_t object = a < hi ? s->mstart[a] : -1;
    if (subject < 0 || object < 0 || s->men[subject].entity == s->men[object].entity) return 0;
    *from = s->men[active ? subject : object].entity;
    *to = s->men[active ? object : subject].entity;
    return 1;
  }
  return 0;
}

/* "ke-79", "ke-70": an ordinal */
/* token k names a day of the week ("Hari Minggu, tanggal 15 ..." is a day, no named day) */
static int weekday_at_tok(const scan *s, size_t k) {
  static const char *const days[] = {"Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Ahad"};
  for (size_t d = 0; d < sizeof days / sizeof *days; d++)
    if (token_is(s, k, days[d])) return 1;
  return 0;
}

static int ordinal_at(const scan *s, size_t k) {
  const char *w = s->text + s->tok[k].start;
  size_t n = s->tok[k].end - s->tok[k].start;
  return n > 3 && (w[0] == 'k' || w[0] == 'K') && w[1] == 'e' && w[2] == '-' && w[3] >= '0' && w[3] <= '9';
}

/* The occasion of the sentence: a named day (Hari Kemenangan), or the first
 * occasion word with the words that complete it ("terpilihnya kembali",
 * "terpilih sebagai Presiden Amerika", "HUT ke-79 Kemerdekaan RI",
 * "peringatan 75 tahun hubungan diplomatik"); a -nya closing it goes
 * ("ulang tahunnya": ulang tahun). What a condolence is for (GRIEF: "atas
 * gempa Cianjur", "atas wafatnya Ratu X") is the occasion of a sentence that
 * names a condolence, before the condolence word itself; elsewhere none.
 * The sentence opens at token from; lo is the first candidate mark_words saw. */
static void occasion(const scan *s, size_t from, size_t lo, size_t hi, uint32_t *oa, uint32_t *ob) {
  *oa = *ob = KIMPUT_UNSET;
  /* the condolence (an occasion that is also a noun, belasungkawa, or a message, "simpati") and the
     first grief word */
  size_t mourned = hi, grief = hi;
  for (size_t j = lo < hi ? from : hi; j < hi; j++) {  /* (from the sentence's start: the condolence may come first) */
    const evword *h = hit_at(s, j);
    if (h && ((h->flags & KIMPUT_EVWF_OCCASION) || (h->cls == KIMPUT_EVW_NOUN && h->type == KIMPUT_EVENT_MESSAGE)))
      mourned = j;
    if (cls_at(s, j, KIMPUT_EVW_GRIEF) && grief == hi) grief = j;
  }
  if (mourned < hi && grief < hi) lo = grief;
  for (size_t j = lo; j < hi; j++) {  /* lo: the first candidate mark_words saw */
    if (cls_at(s, j, KIMPUT_EVW_GRIEF) && j != grief) continue;
    int named_day = is_word(s, j) && s->tok[j].end - s->tok[j].start == 4 &&
                    memcmp(s->text + s->tok[j].start, "Hari", 4) == 0 && j + 1 < hi &&
                    (s->tok[j + 1].flags & KIMPUT_TOKF_UPPER) && is_word(s, j + 1) && !weekday_at_tok(s, j + 1);
    /* ("Presiden AS Terpilih Joe Biden": elect, before the name, is no occasion) */
    if (j + 1 < hi && s->mstart[j + 1] >= 0 && (token_is(s, j, "terpilih") || token_is(s, j, "Terpilih"))) continue;
    /* "peringatan 75 tahun hubungan diplomatik": an anniversary counted */
    int counted = (token_is(s, j, "peringatan") || token_is(s, j, "memperingati")) && j + 2 < hi &&
                  s->tok[j + 1].kind == KIMPUT_TOK_NUMBER && token_is(s, j + 2, "tahun");
    /* (capitalised it names an event: "KTT Peringatan 50 Tahun Kerja Sama ASEAN-Jepang" is the summit's
       name, no occasion of the meeting held at it) */
    if (j > from && token_is(s, j, "Peringatan")) continue;
    int occ = cls_at(s, j, KIMPUT_EVW_OCCASION) || (hit_at(s, j) && (hit_at(s, j)->flags & KIMPUT_EVWF_OCCASION)) ||
              (j == grief && mourned < hi);
    /* (peringatan alone is no occasion: the named day after it is, "peringatan Hari Kemenangan") */
    if (occ && !counted && (token_is(s, j, "peringatan") || token_is(s, j, "memperingati"))) continue;
    if (!occ && !named_day && !counted) continue;
    if (s->mstart[j] < 0 && in_mention(s, j)) continue;
    size_t e;
    if (counted) {
      e = j + 3;  /* and the plain words of what is counted, up to a function word or a party */
      for (size_t stop = e + 2; e < hi && e < stop && is_word(s, e) && s->mstart[e] < 0 && !s->hit[e] &&
                                !(s->tok[e].flags & KIMPUT_TOKF_UPPER) && !token_is(s, e, "yang") &&
                                !token_is(s, e, "dan") && !token_is(s, e, "antara") && !token_is(s, e, "kedua");
           e++) {}
      e = capitalised_from(s, e, hi, 6, 0);
    } else {
      e = capitalised_from(s, j + (named_day ? 1 : s->hitlen[j]), hi, 7, j == grief);  /* wafatnya Ratu X */
      for (int more = 0; more < 3 && e < hi; more++) {
        if (token_is(s, e, "kembali") || ordinal_at(s, e)) e = capitalised_from(s, e + 1, hi, 6, 0);
        else if ((token_is(s, e, "sebagai") || token_is(s, e, "menjadi")) && e + 1 < hi && is_word(s, e + 1) &&
                 office_word_at(s, e + 1)) {
          /* the office: its words, capitalised ones after the first ("sebagai Presiden Amerika") */
          size_t k = e + 2;
          while (k < hi && k < e + 6 && is_word(s, k) && (s->tok[k].flags & KIMPUT_TOKF_UPPER)) k++;
          e = k;
        } else break;
      }
    }
    *oa = s->tok[counted && token_is(s, j, "memperingati") ? j + 1 : j].start;  /* the verb is no part of it */
    *ob = s->tok[e - 1].end;
    /* "ulang tahunnya", "hari jadinya", "kemenangannya": the -nya of whose day it is goes; a verb's -nya
       makes its noun and stays ("hari berdirinya") */
    static const char *const possessed[] = {"tahunnya", "jadinya", "lahirnya", "kemenangannya", "pelantikannya",
                                            "penobatannya", "pengukuhannya", "pernikahannya"};
    for (size_t p = 0; p < sizeof possessed / sizeof *possessed; p++) {
      size_t n = strlen(possessed[p]);
      /* (a word alone only when it is the whole entry: "kemenangannya", not "jadinya") */
      if (e - 1 == j && s->tok[j].end - s->tok[j].start != n) continue;
      if (*ob - *oa >= n && s->tok[e - 1].end - s->tok[e - 1].start >= n &&
          !memcmp(s->text + *ob - n, possessed[p], n)) {
        *ob -= 3;
        break;
      }
    }
    return;
  }
}

/* Does the sentence from token lo open with a clause of the way something was
 * sent that names a letter ("Lewat sepucuk surat,", "Melalui suratnya,") and
 * closes with a comma before token v? */
static int fronted_letter(const scan *s, size_t lo, size_t v) {
  if (v <= lo + 2 || !cls_at(s, lo, KIMPUT_EVW_FRONT)) return 0;
  int letter = 0;
  for (size_t k = lo + 1; k < v && k < lo + 6; k++) {
    if (is_punct(s, k, ',')) return letter;
    if (cls_at(s, k, KIMPUT_EVW_NOUN) && hit_at(s, k)->type == KIMPUT_EVENT_LETTER) letter = 1;
  }
  return 0;
}

/* Does party `to` come along with party `agent` ("oleh Y bersama Z", "oleh Gubernur Y, beserta Ketua
 * TP-PKK Z"): "bersama" or "beserta" right after the agent (past a comma), then the party within a
 * title's few words, no other party between? */
static int comes_along(const scan *s, int32_t agent, int32_t to) {
  enum { DEGREES_MAX = 4, DEGREE_PIECES = 3 };
  size_t k = s->mlast[agent] + 1, first = s->mfirst[to];
  /* (past the agent's degrees set off after his name, a degree's glued pieces with it: "oleh Y, SE.,
     M.Si., bersama Z") */
  for (int n = 0; n < DEGREES_MAX && k + 2 < first && is_punct(s, k, ',') && degree_at(s, k + 1); n++) {
    size_t e = k + 2;
    while (e < first && e < k + 1 + DEGREE_PIECES && !is_punct(s, e, ',') && s->tok[e].start == s->tok[e - 1].end) e++;
    if (e >= first || !is_punct(s, e, ',')) break;
    k = e;
  }
  if (k < first && token_is(s, k, ",")) k++;
  if (k >= first || first > k + PARTY_GAP || !(token_is(s, k, "bersama") || token_is(s, k, "beserta"))) return 0;
  for (size_t j = k + 1; j < first; j++)
    if (s->mend[j] >= 0) return 0;
  return 1;
}

/* Is the party at token to_tok named after "bersama" (the last TO or WITH word before it, past the
 * trigger's end a)? */
static int sent_along(const scan *s, size_t a, size_t to_tok) {
  for (size_t j = to_tok; j > a && j + PARTY_GAP > to_tok; j--)
    if (cls_at(s, j - 1, KIMPUT_EVW_TO) || cls_at(s, j - 1, KIMPUT_EVW_WITH)) return token_is(s, j - 1, "bersama");
  return 0;
}

/* Do the words right before token k say there is none ("tidak ada", "tak ada", "belum ada"
 * pertemuan), or deny a plan ("tidak ada rencana", "belum berencana" … at the plan word k)? */
static int none_before(const scan *s, size_t lo, size_t k) {
  if (k > lo && cls_at(s, k - 1, KIMPUT_EVW_DENY) && cls_at(s, k, KIMPUT_EVW_PLANNED)) return 1;
  /* "kemungkinan pertemuan kedua pemimpin", "wacana kunjungan X": talk of one, none told */
  static const char *const maybe[] = {"kemungkinan", "peluang", "spekulasi", "wacana", "rumor", "isu"};
  for (size_t i = 0; k > lo && i < sizeof maybe / sizeof *maybe; i++)
    if (token_is_ci(s, k - 1, maybe[i])) return 1;
  return k > lo + 1 && token_is(s, k - 1, "ada") && cls_at(s, k - 2, KIMPUT_EVW_DENY);
}

/* The start of the longest noun that covers the noun at token j, starting at j or a few words
 * before it ("surat ucapan selamat" covers "ucapan selamat"): j when none starts earlier. */
static size_t noun_covering(const scan *s, size_t lo, size_t j) {
  size_t best = j;
  for (size_t t = j; t > lo && t + MAX_WORDS > j + 1; t--)
    if (cls_at(s, t - 1, KIMPUT_EVW_NOUN) && t - 1 + s->hitlen[t - 1] > j) best = t - 1;
  return best;
}

/* Does a party mention of entity e start in tokens [lo, hi)? */
static int names_entity(const scan *s, size_t lo, size_t hi, int32_t e) {
  for (size_t k = lo; k < hi && e >= 0; k++)
    if (s->mstart[k] >= 0 && s->men[s->mstart[k]].entity == e) return 1;
  return 0;
}

/* "… dan ditandatangani (oleh) X", "… dan ditujukan kepada Y": the agent and the addressee of the
 * passive verb joined by "dan" after the passive verb at v (a few words on), into *agent and
 * *addressee (left -1 when not named). */
static void and_passive(const scan *s, size_t v, size_t hi, int32_t *agent, int32_t *addressee) {
  for (size_t k = v + s->hitlen[v]; k + 2 < hi && k < v + 2 * PREP_GAP; k++) {
    if (is_punct(s, k, '.') || is_punct(s, k, ';')) return;
    if (!token_is(s, k, "dan") || !cls_at(s, k + 1, KIMPUT_EVW_VERB) ||
        hit_at(s, k + 1)->frame != KIMPUT_FRAME_PASSIVE || (hit_at(s, k + 1)->flags & KIMPUT_EVWF_DIRECT))
      continue;
    size_t a = k + 1 + s->hitlen[k + 1];
    if (a < hi && token_is(s, a, "oleh")) a++;
    /* (the agent of a verb of writing or sending wrote it; one who handed it over or conveyed it may be
       a courier: "… dan disampaikan oleh Dubes Z") */
    int writes = token_is(s, k + 1, "ditandatangani") || token_is(s, k + 1, "diteken") ||
                 token_is(s, k + 1, "ditulis") || token_is(s, k + 1, "dikirim") || token_is(s, k + 1, "dikirimkan");
    if (writes && a < hi && s->mstart[a] >= 0 && s->men[s->mstart[a]].kind == KIMPUT_ENT_PERSON) *agent = s->mstart[a];
    else if (a < hi && cls_at(s, a, KIMPUT_EVW_TO)) *addressee = party_after(s, a + s->hitlen[a], hi);
    return;
  }
}

/* A salutation word: what greets the one a letter is written to ("Kamerad X yang terhormat",
 * "Yang Mulia X", "Sahabat terdekat saya, X"). */
static int salute_word(const scan *s, size_t k) {
  static const char *const words[] = {"kamerad", "kawan", "sahabat", "mulia", "yth", "terhormat", "terdekat",
                                      "tercinta", "terkasih"};
  for (size_t i = 0; i < sizeof words / sizeof *words; i++)
    if (token_is_ci(s, k, words[i])) return 1;
  return 0;
}

/* The letter's own words quoted at the head of sentence [lo, hi), opening with whom it greets
 * ("“Kamerad X yang terhormat, terimalah ucapan selamat saya …,” kata Y", "Y menulis: “Yang Mulia
 * X, …”"): the mention of the one greeted, -1 when none. *close is the closing mark; *writer the
 * one quoted (named after the quote, or before the colon opening it), -1 when not named here. */
#define SALUTE_GAP 5  /* tokens of salutation before the name ("Kamerad terdekat saya ,") */
static int32_t quoted_salutation(const scan *s, size_t lo, size_t hi, size_t *close, int32_t *writer) {
  size_t q = lo;
  while (q < hi && q < lo + 8 && s->tok[q].kind != KIMPUT_TOK_QUOTE) q++;
  if (q + 2 >= hi || s->tok[q].kind != KIMPUT_TOK_QUOTE || (q > lo && !is_punct(s, q - 1, ':'))) return -1;
  size_t j = q + 1;
  int greets = 0;
  for (; j < hi && j < q + 1 + SALUTE_GAP && s->mstart[j] < 0; j++) {
    if (!is_punct(s, j, ',') && !(is_word(s, j) && (capital_at(s, j) || salute_word(s, j) ||
                                                      token_is(s, j, "saya") || token_is(s, j, "kami") ||
                                                      token_is(s, j, "yang"))))
      return -1;
    greets |= salute_word(s, j);
  }
  int32_t m = j < hi ? s->mstart[j] : -1;
  if (m < 0 || s->men[m].kind != KIMPUT_ENT_PERSON || s->mlast[m] == KIMPUT_UNSET) return -1;
  for (size_t k = s->mfirst[m]; k <= s->mlast[m]; k++) greets |= salute_word(s, k);
  /* (after the name: "yang terhormat", "yang saya hormati", then the comma) */
  size_t e = s->mlast[m] + 1;
  for (; e < hi && e < s->mlast[m] + 5 && !is_punct(s, e, ','); e++) {
    if (!token_is(s, e, "yang") && !token_is(s, e, "saya") && !token_is(s, e, "kami") &&
        !token_is(s, e, "hormati") && !salute_word(s, e))
      return -1;
    greets |= salute_word(s, e) || token_is(s, e, "hormati");
  }
  if (e >= hi || !is_punct(s, e, ',')) return -1;
  size_t c = e + 1;
  for (; c < hi && s->tok[c].kind != KIMPUT_TOK_QUOTE; c++)
    greets |= token_is_ci(s, c, "anda");  /* (or addressed so: "X, saya menyampaikan selamat kepada Anda") */
  if (!greets || c >= hi) return -1;
  *close = c;
  *writer = -1;
  for (size_t k = c + 1; k < hi && k < c + 6 && !is_punct(s, k, '.') && *writer < 0; k++)
    if (s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON) *writer = s->mstart[k];
  for (size_t k = lo; k < q && *writer < 0; k++)
    if (s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON) *writer = s->mstart[k];
  if (*writer >= 0 && s->men[*writer].entity == s->men[m].entity) *writer = -1;
  return m;
}

/* "“X sudah menelepon saya,” kata Y": a first person at token a inside a quote opening sentence
 * [lo, hi) is the one quoted, named by the cue right after the closing mark; his mention, or -1 */
#define CUE_GAP 6  /* tokens from the closing mark to the one quoted ("," kata Gubernur Z Y) */
static int32_t quote_speaker(const scan *s, size_t lo, size_t a, size_t hi) {
  if (a >= hi || !(token_is_ci(s, a, "saya") || token_is_ci(s, a, "aku") || token_is_ci(s, a, "kami")) ||
      s->tok[lo].kind != KIMPUT_TOK_QUOTE)
    return -1;
  size_t c = a + 1;
  while (c < hi && s->tok[c].kind != KIMPUT_TOK_QUOTE) c++;
  for (size_t k = c + 1; k < hi && k < c + 1 + CUE_GAP && !is_punct(s, k, '.'); k++)
    if (s->mstart[k] >= 0) return s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON ? s->mstart[k] : -1;
  return -1;
}

/* reads one trigger at token v of sentence tokens [lo, hi) into f; 0 when it reports nothing */
/* Is "antara" at token a the one of the meeting verb v holds ("menggelar pertemuan antara",
 * "menjadi tuan rumah pertemuan trilateral antara"): right after its noun, one word between at most,
 * the noun the verb's own or the one right after it? */
static int held_between(const scan *s, size_t v, size_t a) {
  size_t e = v + s->hitlen[v];
  int noun = hit_at(s, v)->type == KIMPUT_EVENT_MEETING;
  if (e < a && cls_at(s, e, KIMPUT_EVW_NOUN) && hit_at(s, e)->type == KIMPUT_EVENT_MEETING) {
    e += s->hitlen[e];
    noun = 1;
  }
  return noun && a <= e + 1;
}

/* Is a letter named similar to the one told before ("surat serupa", "pesan serupa") among the
 * tokens [lo, v), a few before the verb? */
static int similar_letter(const scan *s, size_t lo, size_t v) {
  for (size_t k = v > lo + 8 ? v - 8 : lo; k < v; k++)
    if (cls_at(s, k, KIMPUT_EVW_NOUN) && type_class(hit_at(s, k)->type) == KIMPUT_EVENT_LETTER &&
        k + s->hitlen[k] < s->ntok && token_is(s, k + s->hitlen[k], "serupa"))
      return 1;
  return 0;
}

/* Does token k count a group's members, "Kedua" to "Kesepuluh" opening a sentence? */
static int counting_word(const scan *s, size_t k) {
  static const char *const counted[] = {"Kedua", "Ketiga", "Keempat", "Kelima", "Keenam", "Ketujuh", "Kedelapan",
                                        "Kesembilan", "Kesepuluh"};
  for (size_t w = 0; w < sizeof counted / sizeof *counted; w++)
    if (token_is(s, k, counted[w])) return 1;
  return 0;
}

/* The token after the opening of a sentence that names the members of a group counted before
 * ("Kelima menteri tersebut adalah", "Ketiga pemimpin itu yakni"): a counting word (kedua ...
 * kesepuluh), a few lower-case words, a demonstrative or none, a word of naming; else hi. */
static size_t group_named(const scan *s, size_t lo, size_t hi) {
  if (lo >= hi || !counting_word(s, lo)) return hi;
  static const char *const naming[] = {"adalah", "yakni", "yaitu", "ialah", "tersebut", "itu", "ini"};
  size_t k = lo + 1, named = 0;
  for (; k < hi && k < lo + 5 && is_word(s, k) && !(s->tok[k].flags & KIMPUT_TOKF_UPPER); k++) {
    for (size_t w = 0; w < sizeof naming / sizeof *naming && !named; w++)
      if (token_is(s, k, naming[w])) named = w < 4 ? 2 : 1;
    if (named == 2) return k > lo + 1 ? k + 1 : hi;
    if (named == 1 && k == lo + 1) return hi;  /* (a noun first: "Kelima menteri tersebut") */
    named = 0;
  }
  return hi;
}

/* "Ketiga gubernur yang mendapat surat penghargaan tersebut ialah A, B dan C": a counted group (a word of
 * group_named, three plain words of its noun at most) whose relative clause of receiving ("yang menerima",
 * "mendapat", "mendapatkan", "memperoleh") a letter or message noun points back at that letter ("itu",
 * "tersebut", eight plain words at most from the verb), then "adalah" ("yakni", "yaitu", "ialah"): the token
 * after that word, where the group's names begin; hi when the sentence opens otherwise. A test of the words'
 * bytes (the noun one of surat, ucapan, pesan, telegram, kartu): the sentence may not be read yet. */
static size_t received_group(const scan *s, size_t lo, size_t hi) {
  if (lo >= hi || !counting_word(s, lo)) return hi;
  size_t k = lo + 1;
  while (k < hi && k < lo + 4 && is_word(s, k) && !(s->tok[k].flags & KIMPUT_TOKF_UPPER) && !token_is(s, k, "yang")) k++;
  if (k == lo + 1 || k + 3 >= hi || !token_is(s, k, "yang")) return hi;
  k++;
  if (!(token_is(s, k, "menerima") || token_is(s, k, "mendapat") || token_is(s, k, "mendapatkan") ||
        token_is(s, k, "memperoleh")))
    return hi;
  int noun = 0;
  for (size_t v = ++k; k < hi && k < v + 8 && is_word(s, k) && s->mstart[k] < 0; k++) {
    noun |= token_is(s, k, "surat") || token_is(s, k, "ucapan") || token_is(s, k, "pesan") ||
            token_is(s, k, "telegram") || token_is(s, k, "kartu");
    if (noun && (token_is(s, k, "itu") || token_is(s, k, "tersebut")) && k + 1 < hi &&
        (token_is(s, k + 1, "adalah") || token_is(s, k + 1, "yakni") || token_is(s, k + 1, "yaitu") ||
         token_is(s, k + 1, "ialah")))
      return k + 2;
  }
  return hi;
}

/* The persons a predicate lists from token k to the sentence's end ("adalah mantan Menteri A, B, dan C."): each
 * named person, past commas, "dan", "serta", "mantan", "eks" and the capitalised words of a member whose name
 * the mention stage did not find; stops at any other word. */
static void names_listed(const scan *s, size_t k, size_t hi, partylist *out) {
  out->n = out->along = out->spread = 0;
  while (k < hi && out->n < MAX_LIST) {
    int32_t m = s->mstart[k];
    if (m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON) {
      list_add(out, m);
      k = s->mlast[m] + 1;
    } else if (is_punct(s, k, ',') || token_is(s, k, "dan") || token_is(s, k, "serta") || token_is(s, k, "mantan") ||
               token_is(s, k, "eks") || (s->tok[k].kind == KIMPUT_TOK_WORD && (s->tok[k].flags & KIMPUT_TOKF_UPPER))) {
      k++;
    } else {
      break;
    }
  }
}

/* "Dalam pesan (surat) yang dikirim pada Jumat, X ...": the letter's noun opening the sentence after
 * "Dalam", a clause of sending on it, and the person named right after the clause's comma, its sender
 * (the mention's index); -1 when the sentence opens otherwise. */
static int32_t fronted_sender(const scan *s, size_t lo, size_t v, size_t hi) {
  if (v != lo + 1 || !token_is_ci(s, lo, "dalam")) return -1;
  size_t k = v + s->hitlen[v];
  if (k >= hi || !token_is(s, k, "yang")) return -1;
  for (size_t n = 0; k + 1 < hi && n < 12; k++, n++) {
    if (s->mstart[k] >= 0 || is_punct(s, k, '.')) return -1;
    if (is_punct(s, k, ','))
      return s->mstart[k + 1] >= 0 && s->men[s->mstart[k + 1]].kind == KIMPUT_ENT_PERSON ? s->mstart[k + 1] : -1;
  }
  return -1;
}

/* The token after the opening of a sentence that lists the members of a group addressed just before
 * ("Di antaranya A, B ...", "Antara lain A ...", "Mereka antara lain A ..."): "Mereka" or not, then "Di
 * antaranya" ("Diantaranya"), "Antara lain", "Yakni" or "Yaitu", a colon or comma after it skipped; hi when
 * the sentence opens otherwise. A test of the words' bytes: the sentence may not be read yet. */
static size_t members_opening(const scan *s, size_t lo, size_t hi) {
  size_t k = lo + 1 < hi && token_is_ci(s, lo, "mereka") ? lo + 1 : lo;
  if (k + 2 >= hi) return hi;
  if ((token_is_ci(s, k, "di") && token_is(s, k + 1, "antaranya")) || (token_is_ci(s, k, "antara") && token_is(s, k + 1, "lain")))
    k += 2;
  else if (token_is_ci(s, k, "diantaranya") || token_is_ci(s, k, "yakni") || token_is_ci(s, k, "yaitu"))
    k++;
  else
    return hi;
  if (is_punct(s, k, ':') || is_punct(s, k, ',')) k++;
  return k < hi ? k : hi;
}

/* Does the sentence after the one ending at token hi open by naming a call ("X berkomunikasi dengan Y pada
 * Rabu. Dalam percakapan telepon itu, ..."): the talk just told was that call? A test of the words'
 * bytes: the next sentence is not read yet. */
static int call_opens_next(const scan *s, size_t hi) {
  static const char *const talk[] = {"percakapan", "pembicaraan", "perbincangan"};
  size_t k = hi;
  while (k < s->ntok && k < hi + 2 && s->tok[k].kind == KIMPUT_TOK_PUNCT) k++;
  if (k + 2 >= s->ntok || !token_is(s, k, "Dalam")) return 0;
  int t = 0;
  for (size_t w = 0; w < sizeof talk / sizeof *talk && !t; w++) t = token_is(s, k + 1, talk[w]);
  if (!t) return 0;
  k += 2;
  if (token_is(s, k, "via") || token_is(s, k, "lewat") || token_is(s, k, "melalui")) k++;
  return k < s->ntok && (token_is(s, k, "telepon") || token_is(s, k, "telefon"));
}

/* Does a sentence of the text other than the one read (the body's and the headline's) name a telephone:
 * "telepon" (and "telefon", "telpon", the verb's "menelepon", "menelpon"), the English "phone"? The
 * text is read once per document, when first asked. */
/* Is there a telephone word (telepon, telefon, telpon, menelepon, nelpon, phone, any case) whose
 * letter 'l' (or 'h' of "phone") stands at offset k? */
static int phone_at(const char *t, size_t k, size_t e) {
  static const char *const after_l[] = {"epon", "efon", "pon"};
  if (lower(t[k]) == 'h')
    return k > 0 && lower(t[k - 1]) == 'p' && k + 4 <= e && lower(t[k + 1]) == 'o' && lower(t[k + 2]) == 'n' &&
           lower(t[k + 3]) == 'e';
  if (k == 0 || (lower(t[k - 1]) != 'e' && lower(t[k - 1]) != 't')) return 0;  /* tel-, nel-, -el- */
  for (size_t w = 0; w < sizeof after_l / sizeof *after_l; w++) {
    size_t n = strlen(after_l[w]), j = 0;
    if (k + 1 + n > e) continue;
    while (j < n && lower(t[k + 1 + j]) == after_l[w][j]) j++;
    if (j == n) return 1;
  }
  return 0;
}

/* Does a sentence of the text other than the current one name a telephone? The first and last
 * such sentences are found once a document: the text is read for its l, L, h and H bytes alone
 * (memchr), each tested in place, no pass over every byte. */
static int phone_named(const scan *s) {
  if (!s->phone[0]) {
    s->phone[0] = 1;
    if (s->nsent) {
      size_t lo = s->sent[0].start, hi = s->sent[s->nsent - 1].end < s->len ? s->sent[s->nsent - 1].end : s->len;
      static const char marks[] = {'l', 'L', 'h', 'H'};
      for (size_t m = 0; m < sizeof marks; m++) {
        for (const char *p = lo < hi ? memchr(s->text + lo, marks[m], hi - lo) : NULL; p;
             p = (size_t)(p + 1 - s->text) < hi ? memchr(p + 1, marks[m], hi - (size_t)(p + 1 - s->text)) : NULL) {
          size_t k = (size_t)(p - s->text), a = 0, n = s->nsent;
          /* (the bytes first, up to the text's end: most of these letters are in no telephone word, and
             none that fails there passes in its sentence, which ends no later) */
          if (!phone_at(s->text, k, hi)) continue;
          while (n > 1) {  /* the sentence holding k: the last starting at or before it (no branch on the compare) */
            size_t half = n / 2;
            a = s->sent[a + half].start <= k ? a + half : a;
            n -= half;
          }
          size_t e = s->sent[a].end < s->len ? s->sent[a].end : s->len;
          if (k >= e || !phone_at(s->text, k, e)) continue;
          if (!s->phone[1] || a + 1 < s->phone[1]) s->phone[1] = a + 1;
          if (a + 1 > s->phone[2]) s->phone[2] = a + 1;
        }
      }
    }
  }
  return s->phone[1] && (s->phone[1] != s->sentence || s->phone[2] != s->sentence);
}

#define CUT_BYTES 1800  /* where a page cut at about 2,000 bytes may end */

/* Is party m named last in a text as long as a cut page, the cut ending inside his name ("menghubungi
 * Kepala Dinas Perhub"), and nowhere before? Such a name is a word cut, no party (a short text ending on a
 * name is a headline's: "X Balas Surat Y"). */
static int cut_name(const scan *s, int32_t m) {
  if (s->mlast[m] + 1 < s->ntok || s->tok[s->ntok - 1].kind != KIMPUT_TOK_WORD ||
      s->tok[s->ntok - 1].end < CUT_BYTES)
    return 0;
  for (int k = 0; k < s->ncut; k++)
    if (s->cut_m[k] == m) return 1;
  return 0;
}

/* list l without its cut names (cut_name) */
static void drop_cut(const scan *s, partylist *l) {
  int n = 0;
  for (int i = 0; i < l->n; i++)
    if (!cut_name(s, l->m[i])) l->m[n++] = l->m[i];
  l->n = n;
}

/* Did party x meet another than y in one of the last few meetings held (not planned) told? */
static int met_by_other(const scan *s, int32_t x, int32_t y) {
  enum { MET_BACK = 4 };
  for (size_t k = s->nev; k > 0 && k + MET_BACK > s->nev; k--) {
    const kimput_event *e = &s->ev[k - 1];
    if (e->type != KIMPUT_EVENT_MEETING || e->planned) continue;
    /* (a body met is no other: "Pertemuan PSSI dengan X digelar. Usai perbincangan dengan X, Ketua PSSI Y ..." is
       that meeting told again with the body's person) */
    int32_t other = e->sender == x ? e->recipient : e->recipient == x ? e->sender : -1;
    if (other >= 0 && other != y && !(s->undated[other] & BODY)) return 1;
  }
  return 0;
}

static int read_trigger(const scan *s, size_t lo, size_t hi, size_t v, uint8_t *used, frame *f) {
  const evword *w = hit_at(s, v);
  size_t after = v + s->hitlen[v];
  int type = w->type;
  int frm = w->frame;
  int32_t thanked_owner = -1;  /* the writer of what the subject gives thanks for */
  int32_t noun_owner = -1;     /* the person named right after the noun a verb sends ("surat X") */
  int owner_by_clause = 0;     /* named by a relative clause after it ("surat yang dititipkan X") */
  int noun_answers = 0;        /* that noun is a reply ("mengirim surat balasan") */
  int noun_greets = 0;         /* that noun is a letter of a message ("surat ucapan selamat") */
  memset(f, 0, sizeof *f);
  f->trig_start = v;
  /* "mengenai KTT G20, Z mengatakan kepada Y": a summit named by its body (ASEAN, G20, APEC) is
     the body's gathering, no meeting of the body with anyone the clause names */
  if (w->cls == KIMPUT_EVW_NOUN && type == KIMPUT_EVENT_MEETING && token_is(s, v, "KTT") && after < hi &&
      s->mstart[after] >= 0 && s->men[s->mstart[after]].kind == KIMPUT_ENT_ORG)
    return 0;
  /* "Y menyambut baik surat dari X": a letter or message welcomed is received, no meeting */
  int welcomed = 0;
  if (w->cls == KIMPUT_EVW_VERB && type == KIMPUT_EVENT_MEETING && frm == KIMPUT_FRAME_MUTUAL &&
      (w->flags & KIMPUT_EVWF_DIRECT)) {
    size_t j = after;
    if (j < hi && (token_is(s, j, "baik") || token_is(s, j, "hangat") || token_is(s, j, "positif"))) j++;
    if (j < hi && cls_at(s, j, KIMPUT_EVW_NOUN) && type_class(hit_at(s, j)->type) == KIMPUT_EVENT_LETTER) {
      type = -1;
      frm = KIMPUT_FRAME_RECEIVE;
      welcomed = 1;
    }
  }
  /* "Surat itu diterima X dan diteruskan kepada Y": a letter its subject, received, is no meeting
     (not a relative clause, "surat yang diterima X", read below) */
  if (w->cls == KIMPUT_EVW_VERB && type == KIMPUT_EVENT_MEETING && frm == KIMPUT_FRAME_PASSIVE)
    for (size_t k = v, gap = 0; k > lo && gap < NOUN_GAP; k--, gap++) {
      /* ("Surat itu ditandatangani X dan diterima Y": past the passive before "dan" and its agent) */
      if (s->mend[k - 1] >= 0 && k < v && token_is(s, k, "dan")) {
        size_t f0 = s->mfirst[s->mend[k - 1]];
        if (f0 > lo + 1 && token_is(s, f0 - 1, "oleh")) f0--;
        if (f0 > lo + 1 && passive_word(s, f0 - 1)) { k = f0; continue; }
      }
      if (s->mend[k - 1] >= 0 || token_is(s, k - 1, "yang")) break;
      if (cls_at(s, k - 1, KIMPUT_EVW_NOUN)) {
        f->letter_received = type_class(hit_at(s, k - 1)->type) == KIMPUT_EVENT_LETTER;
        break;
      }
    }
  if (w->cls == KIMPUT_EVW_VERB) {
    /* the noun that says what was sent: after the verb, or before a passive one
     * ("ucapan selamat yang diberikan X") */
    size_t j = skip_fillers(s, after, hi);
    size_t stop = after + NOUN_GAP < hi ? after + NOUN_GAP : hi;
    /* (past what else was sent with it: "mengirimkan karangan bunga dan ucapan belasungkawa") */
    /* (or with it: "mengirimkan hadiah berupa lukisan disertai sepucuk surat", the reach starting again once) */
    int along = 0;
    size_t far = after + NOUN_GAP + 3 < hi ? after + NOUN_GAP + 3 : hi;  /* (where such a word may stand) */
    for (; j < stop || (!along && j < far); j++) {
      if (cls_at(s, j, KIMPUT_EVW_NOUN)) break;
      if (j > after && !along && cls_at(s, j, KIMPUT_EVW_ALONG) &&
          s->mstart[j - 1] < 0 && s->mend[j - 1] < 0) {
        along = 1;
        stop = j + 1 + NOUN_GAP < hi ? j + 1 + NOUN_GAP : hi;
        if (j + 1 < stop && token_is(s, j + 1, "dengan")) j++;
        continue;
      }
      if (j > after && cls_at(s, j, KIMPUT_EVW_AND) && s->mstart[j - 1] < 0 && s->mend[j - 1] < 0) continue;
      if (s->mstart[j] >= 0 || (hit_at(s, j) && hit_at(s, j)->cls != KIMPUT_EVW_SKIP) || !is_word(s, j)) { j = hi; break; }
    }
    /* ("X mengungkapkan pertemuan antara A dan B membahas ...": no one sends a meeting between others;
       the noun tells it on its own) */
    if (j < stop && cls_at(s, j, KIMPUT_EVW_NOUN) && type < 0 && frm == KIMPUT_FRAME_SEND &&
        type_class(hit_at(s, j)->type) != KIMPUT_EVENT_LETTER && j + s->hitlen[j] < hi &&
        token_is(s, j + s->hitlen[j], "antara"))
      return 0;
    if (j < stop && cls_at(s, j, KIMPUT_EVW_NOUN)) {
      if (type < 0 || hit_at(s, j)->type == KIMPUT_EVENT_CALL) type = hit_at(s, j)->type;
      noun_answers = (hit_at(s, j)->flags & KIMPUT_EVWF_ANSWER) != 0;
      used[j - lo] = 1;
      after = j + s->hitlen[j];
      for (size_t k = j + 1; k < after && !noun_greets; k++)
        noun_greets = cls_at(s, k, KIMPUT_EVW_NOUN) && hit_at(s, k)->type == KIMPUT_EVENT_MESSAGE;
      if (after < hi && s->mstart[after] >= 0 && s->men[s->mstart[after]].kind == KIMPUT_ENT_PERSON)
        noun_owner = s->mstart[after];
      /* ("menyampaikan isi surat yang dititipkan (ditulis) W untuk Y": the writer the relative clause names) */
      else if (after + 2 < hi && token_is(s, after, "yang") &&
               (token_is(s, after + 1, "dititipkan") || token_is(s, after + 1, "ditulis")) &&
               s->mstart[after + 2] >= 0 && s->men[s->mstart[after + 2]].kind == KIMPUT_ENT_PERSON) {
        noun_owner = s->mstart[after + 2];
        owner_by_clause = 1;
      }
    } else if (type < 0 && frm == KIMPUT_FRAME_PASSIVE) {
      /* ("Surat tertanggal 5 Maret 2025 itu dikirim X": "tertanggal" and the date after it, within
         six tokens, count as one word; so does a party and its "dari": "Pesan dari X dibalas Y") */
      size_t named = 0;  /* capitalised words and numbers passed, at most OCCASION_WORDS */
      for (size_t k = v, gap = 0; k > lo && gap < NOUN_GAP; k--, gap++) {
        /* ("Ucapan selamat Hari Raya Idul Fitri 1445 Hijriah disampaikan X": the feast greeted, its
           words named after the noun, counts as one word) */
        while (k > lo + 1 && named < OCCASION_WORDS && s->mend[k - 1] < 0 && !s->hit[k - 1] &&
               ((is_word(s, k - 1) && (s->tok[k - 1].flags & KIMPUT_TOKF_UPPER)) ||
                s->tok[k - 1].kind == KIMPUT_TOK_NUMBER)) {
          k--;
          named++;
        }
        if (cls_at(s, k - 1, KIMPUT_EVW_NOUN)) {
          size_t n = noun_covering(s, lo, k - 1);  /* ("surat ucapan selamat yang dikirim": the letter) */
          type = hit_at(s, n)->type;
          used[n - lo] = 1;
          break;
        }
        if (s->mend[k - 1] >= 0 && s->mfirst[s->mend[k - 1]] + 1 > lo + 1) {
          k = s->mfirst[s->mend[k - 1]] + 1;
          if (k > lo + 1 && cls_at(s, k - 2, KIMPUT_EVW_FROM) && s->hitlen[k - 2] == 1) k--;
          /* (and its "kepada" in a relative clause on the noun: "Surat yang ditujukan kepada Y itu dikirim X") */
          else if (k > lo + 3 && token_is(s, k - 2, "kepada") && passive_word(s, k - 3) && token_is(s, k - 4, "yang"))
            k -= 3;
          continue;
        }
        for (size_t d = k - 1; d > lo && d + 6 >= k; d--)
          if (token_is(s, d, "tertanggal") || token_is(s, d, "bertanggal")) { k = d + 1; break; }
        /* (so does what it is about, a few plain words: "Surat dari X tentang penetapan sekda tertanggal D
           dan ditujukan kepada Y") */
        for (size_t d = k - 1; d > lo + 1 && d + 5 >= k && is_word(s, d) && s->mstart[d] < 0 &&
                               (!s->hit[d] || cls_at(s, d, KIMPUT_EVW_THIS));
             d--)
          if (token_is(s, d - 1, "tentang") || token_is(s, d - 1, "perihal") || token_is(s, d - 1, "mengenai")) {
            k = d;
            break;
          }
      }
      /* "Undangan kepada X disampaikan Y melalui surat resmi": no letter before the verb, the one
         its agent sent it by (only when the party before the verb is an addressee, after kepada) */
      if (type < 0 && to_before(s, lo, v) >= 0) {
        size_t a = skip_fillers(s, after, hi);
        if (a < hi && cls_at(s, a, KIMPUT_EVW_FROM)) a = skip_fillers(s, a + s->hitlen[a], hi);
        if (a < hi && s->mstart[a] >= 0) a = s->mlast[s->mstart[a]] + 1;
        if (a + 1 < hi && (token_is(s, a, "melalui") || token_is(s, a, "lewat") || token_is(s, a, "dalam"))) {
          size_t n = skip_fillers(s, a + 1, hi);
          if (n < hi && cls_at(s, n, KIMPUT_EVW_NOUN) && type_class(hit_at(s, n)->type) == KIMPUT_EVENT_LETTER) {
            type = hit_at(s, n)->type;
            used[n - lo] = 1;
          }
        }
      }
    } else if (type < 0 && frm == KIMPUT_FRAME_MUTUAL) {
      /* "berbicara dengan Y melalui telepon": talking is a call when the telephone follows;
         "berbincang dengan Y di sela KTT", "... secara langsung": a meeting (past the party and a
         date: "berbicara dengan Y pada Jumat (8/3) melalui telepon"; not past another verb) */
      for (size_t k = after, n = 0; k < hi && n < 14 && !is_punct(s, k, '.'); k++, n++) {
        size_t p = past_party(s, k);  /* (the party counts as one word) */
        if (p > k) {
          k = p - 1;
          continue;
        }
        /* ("berbincang dengan Y, usai KTT Pasifik, di Z": talk right after (before) a summit both
           attended, its comma or none, is in person) */
        size_t at = is_punct(s, k, ',') ? k + 1 : k;
        if (at + 1 < hi && (token_is(s, at, "usai") || token_is(s, at, "seusai") || token_is(s, at, "setelah") ||
                            token_is(s, at, "sebelum") || token_is(s, at, "jelang") || token_is(s, at, "menjelang")) &&
            token_is(s, at + 1, "KTT")) {
          type = KIMPUT_EVENT_MEETING;
          break;
        }
        if (is_punct(s, k, ',')) break;
        if (k > after && cls_at(s, k, KIMPUT_EVW_VERB)) break;
        if (cls_at(s, k, KIMPUT_EVW_NOUN) && hit_at(s, k)->type == KIMPUT_EVENT_CALL) {
          type = KIMPUT_EVENT_CALL;
          used[k - lo] = 1;
          break;
        }
        if (k + 1 < hi && ((token_is(s, k, "di") && token_is(s, k + 1, "sela")) ||
                           (token_is(s, k, "secara") && token_is(s, k + 1, "langsung")) ||
                           (token_is(s, k, "tatap") && token_is(s, k + 1, "muka")))) {
          type = KIMPUT_EVENT_MEETING;
          break;
        }
      }
      /* "Melalui sambungan telepon, X berbicara dengan Y": or named in a fronted phrase before the
         subject, its comma before the verb */
      for (size_t k = lo; type < 0 && k < v && k < lo + 6 && !is_punct(s, k, '.'); k++) {
        if (is_punct(s, k, ',')) break;
        if (cls_at(s, k, KIMPUT_EVW_NOUN) && hit_at(s, k)->type == KIMPUT_EVENT_CALL) {
          size_t c = k + s->hitlen[k];
          while (c < v && c < k + 6 && !is_punct(s, c, ',')) c++;
          if (c < v && is_punct(s, c, ',')) {
            type = KIMPUT_EVENT_CALL;
            used[k - lo] = 1;
          }
        }
      }
      if (type < 0 && w->cls == KIMPUT_EVW_VERB && call_opens_next(s, hi)) type = KIMPUT_EVENT_CALL;
      /* "X berbicara dengan Y, Kamis (28/5)" in a text that names the telephone in another sentence
         (before, "berdiskusi lewat telepon", or after, "Terima kasih atas teleponnya"): the talk of
         leaders apart is by telephone (not one said to be in person, typed above, nor in a place
         named right after the party, "berbicara dengan Y di Seoul") */
      size_t pa = after < hi && token_is(s, after, "dengan") ? after + 1 : after, pb = pa < hi ? past_party(s, pa) : pa;
      int first_person = 0;  /* ("..., dan saya juga berbicara dengan Y," in a quote: no party before is the subject) */
      for (size_t k = v; k > lo && k + 4 > v && !first_person; k--)
        first_person = token_is_ci(s, k - 1, "saya") || token_is_ci(s, k - 1, "aku") || token_is_ci(s, k - 1, "kami") ||
                       token_is_ci(s, k - 1, "kita");
      if (type < 0 && w->cls == KIMPUT_EVW_VERB && !first_person && !(pb > pa && pb < hi && token_is(s, pb, "di")) &&
          phone_named(s))
        type = KIMPUT_EVENT_CALL;
    } else if (type < 0 && frm == KIMPUT_FRAME_RECEIVE) {
      /* "X menerima Y di istana": a person received is a meeting, the host first */
      size_t a = skip_fillers(s, after, hi);
      /* (or a delegation's leader, or the envoy named: "menerima utusan khusus Presiden Y, Z") */

      int32_t guest = a < hi && s->mstart[a] >= 0 ? s->mstart[a] : cls_at(s, a, KIMPUT_EVW_ENVOY) ? envoy_at(s, a, hi)
                                                                                                : led_party(s, a, hi);
      if (guest >= 0 && s->men[guest].kind == KIMPUT_ENT_PERSON) type = KIMPUT_EVENT_MEETING;
      else if (w->flags & KIMPUT_EVWF_DIRECT) {
        /* "X berterima kasih kepada Y atas ucapan selamatnya": the noun after "atas" says
           what Y sent (nothing when Y is thanked for support or a gift) */
        for (size_t m = after; m + 1 < hi && m < after + THANKS_REACH; m++) {
          if (is_punct(s, m, '.') || is_punct(s, m, ';')) break;
          if (!cls_at(s, m, KIMPUT_EVW_STOP)) continue;
          size_t k = skip_fillers(s, m + s->hitlen[m], hi);
          if (k < hi && cls_at(s, k, KIMPUT_EVW_NOUN)) {
            type = hit_at(s, k)->type;
            used[k - lo] = 1;
            /* "berterima kasih atas surat X": X wrote it; so did the agent of "atas ucapan selamat yang
               disampaikan (oleh) X" */
            size_t o = k + s->hitlen[k];
            if (o + 2 < hi && token_is(s, o, "yang") && cls_at(s, o + 1, KIMPUT_EVW_VERB) &&
                hit_at(s, o + 1)->frame == KIMPUT_FRAME_PASSIVE) {
              o = skip_fillers(s, o + 1 + s->hitlen[o + 1], hi);
              if (o < hi && cls_at(s, o, KIMPUT_EVW_FROM)) o += s->hitlen[o];
            }
            if (o < hi && s->mstart[o] >= 0) thanked_owner = s->mstart[o];
          }
          break;
        }
        /* "Lewat sepucuk surat, X menyampaikan terima kasih kepada Y": thanks sent in
           the letter a fronted clause names are that letter, X's to Y */
        if (type < 0 && fronted_letter(s, lo, v)) {
          type = KIMPUT_EVENT_LETTER;
          frm = KIMPUT_FRAME_SEND;
        }
      }
    }
    /* "X membalas dengan kartu ucapan": the noun a few words on; "Kim membalasnya":
       of the type of what X received (told before the letter's quoted words, answered() sees) */
    if (type < 0 && (w->flags & KIMPUT_EVWF_ANSWER) && LETTER_SENTENCE(s) &&
        LETTER_SENTENCE(s) + QUOTED_REACH >= s->sentence) {
      for (size_t k = after; k < hi && k < after + 4 && !is_punct(s, k, ',') && !is_punct(s, k, '.'); k++)
        if (cls_at(s, k, KIMPUT_EVW_NOUN) && type_class(hit_at(s, k)->type) == KIMPUT_EVENT_LETTER) {
          type = hit_at(s, k)->type;
          used[k - lo] = 1;
          break;
        }
      /* with no noun, only "membalasnya" (its -nya is what was received), not "membalas
         dengan mengatakan ...", nor "membalasnya dengan" what is no letter (rudal) */
      const kimput_token *vt = &s->tok[v + s->hitlen[v] - 1];
      if (type < 0 && vt->end - vt->start > 3 && memcmp(s->text + vt->end - 3, "nya", 3) == 0 &&
          !(after < hi && token_is(s, after, "dengan")))
        type = LETTER_TYPE(s);
    }
    /* "X menandatangani perjanjian dengan Y saat Y berkunjung ke Z": an act done with Y in Y's visit
       is a meeting of the two */
    if (type < 0 && frm == KIMPUT_FRAME_SEND && visit_with(s, after, hi)) {
      type = KIMPUT_EVENT_MEETING;
      frm = KIMPUT_FRAME_MUTUAL;
    }
    if (type < 0) return 0;
  } else {
    if (type < 0 || type >= KIMPUT_EVENT_TYPE_COUNT) return 0;  /* a noun of no type names no event */
    /* "X mengirim surat kepada Y. Dalam balasannya, Y ...": a reply named by no letter noun (balasan, a
       message in the lexicon) is of the type of what was received, as "membalasnya" is, when the
       sentence names the one who received it */
    if ((w->flags & KIMPUT_EVWF_ANSWER) && type == KIMPUT_EVENT_MESSAGE && LETTER_SENTENCE(s) &&
        LETTER_SENTENCE(s) + LETTER_REACH >= s->sentence && names_entity(s, lo, hi, LETTER_TO(s)))
      type = LETTER_TYPE(s);
    frm = type == KIMPUT_EVENT_MEETING || type == KIMPUT_EVENT_CALL ? KIMPUT_FRAME_MUTUAL : KIMPUT_FRAME_SEND;
  }
  /* "pembicaraan lewat telepon": a call */
  size_t parties_from = after;  /* where the addressee and the object are looked for */
  for (size_t j = after; j < hi && j < after + 3; j++)
    if (cls_at(s, j, KIMPUT_EVW_NOUN) && hit_at(s, j)->type == KIMPUT_EVENT_CALL) {
      used[j - lo] = 1;
      if (type != KIMPUT_EVENT_CALL) {  /* a call verb keeps its object: "dihubungi X melalui telepon" */
        type = KIMPUT_EVENT_CALL;
        /* "mengucapkan selamat kepada X lewat telepon": the party named before the
           telephone is still the addressee */
        int named_before = 0;
        for (size_t k = after; k < j; k++) named_before |= s->mstart[k] >= 0;
        after = j + s->hitlen[j];
        if (!named_before) parties_from = after;
      }
      break;
    }
  f->trig_end = after;
  f->type = type;
  f->among = type == KIMPUT_EVENT_MEETING && after < hi &&
             (token_is(s, after, "trilateral") || token_is(s, after, "multilateral"));
  f->answer = (w->flags & KIMPUT_EVWF_ANSWER) != 0 || noun_answers;
  if (!f->answer) f->answer = s->first_reply < v;  /* a reply word before it in the sentence */
  /* planned: akan bertemu, rencana pertemuan */
  size_t plan_at = SIZE_MAX;  /* the plan word found */
  for (size_t j = v; j > lo && j + 3 > v; j--)
    if (cls_at(s, j - 1, KIMPUT_EVW_PLANNED)) { f->planned = 1; plan_at = j - 1; break; }
  /* ... and its purpose: "X dijadwalkan mengunjungi Beijing untuk menemui Y" (the plan word of
     the clause the "untuk" ends), or a trip's just begun: "X bertolak ke Beijing untuk menemui Y"
     (not an arrival: "X tiba di Y untuk bertemu Z" meets there; nor a trip of the past, "X bertolak
     ke Beijing pekan lalu untuk menemui Y") */
  if (!f->planned && v > lo + 1 && (token_is(s, v - 1, "untuk") || token_is(s, v - 1, "guna"))) {
    int past = 0;
    for (size_t j = v - 1; j > lo && j + 12 > v; j--) {
      if (is_punct(s, j - 1, '.') || is_punct(s, j - 1, ';') || is_punct(s, j - 1, ',')) break;
      past |= token_is(s, j - 1, "lalu") || token_is(s, j - 1, "kemarin");
      if (cls_at(s, j - 1, KIMPUT_EVW_PLANNED) ||
          (!past && (token_is(s, j - 1, "bertolak") || token_is(s, j - 1, "berangkat")))) {
        f->planned = 1;
        plan_at = j - 1;
        break;
      }
    }
  }
  /* "Tidak ada pertemuan antara X dan Y", "tidak ada rencana untuk menelepon Y": no such event, nor
     such a plan */
  if ((w->cls == KIMPUT_EVW_NOUN && none_before(s, lo, v)) || (plan_at != SIZE_MAX && none_before(s, lo, plan_at)))
    return 0;
  /* denied: "menolak bertemu", "tidak pernah menelepon", "membantah telah menerima surat" */
  if (w->cls == KIMPUT_EVW_VERB)
    for (size_t j = v; j > lo && j + 3 > v; j--) {
      if (!cls_at(s, j - 1, KIMPUT_EVW_DENY) && !cls_at(s, j - 1, KIMPUT_EVW_CANCEL)) continue;
      size_t k = j - 1 + s->hitlen[j - 1];
      /* (not "tidak hanya", nor "belum lama ini" and "tak lama kemudian": soon; nor a litotes that
         affirms it, "tak ketinggalan (untuk) mengucapkan", "tidak lupa menyampaikan", "tak segan menemui") */
      if (!(k < hi && (token_is(s, k, "hanya") || token_is(s, k, "cuma") || token_is(s, k, "sekadar") ||
                       token_is(s, k, "lama") || token_is(s, k, "ketinggalan") || token_is(s, k, "lupa") ||
                       token_is(s, k, "segan") || token_is(s, k, "ragu"))))
        return 0;
    }
  /* a claim denied: "membantah kabar bahwa X bertemu Y", "menepis laporan bahwa X menjamu Y" (the nearest
     "bahwa" before the trigger, a verb of denial at most three words before it; not a word of negation:
     "tidak menyangka bahwa X bertemu Y" tells it happened) */
  for (size_t j = v; j > lo && j + 20 > v && !is_punct(s, j - 1, '.') && !is_punct(s, j - 1, ';'); j--) {
    if (!cls_at(s, j - 1, KIMPUT_EVW_THAT)) continue;
    for (size_t k = j - 1; k > lo && k + 3 >= j; k--)
      if (cls_at(s, k - 1, KIMPUT_EVW_DENY) && prefixed_verb(s, k - 1)) return 0;
    break;
  }
  /* "Pertemuan X dan Y batal digelar", "Kunjungan X untuk bertemu Y ditunda": a noun's event, or
     a purpose's, called off in its clause (not in a relative clause after it: "pertemuan yang
     sempat ditunda itu akhirnya digelar") */
  if (w->cls == KIMPUT_EVW_NOUN || (v > lo && token_is(s, v - 1, "untuk")))
    for (size_t j = after; j < hi && j < after + 24; j++) {
      if (is_punct(s, j, '.') || is_punct(s, j, ';') || is_punct(s, j, ',')) break;
      /* (past a relative clause of plan the clause goes on: "Pertemuan X dan Y yang (semula)
         dijadwalkan Selasa (18/6) dibatalkan") */
      if (token_is(s, j, "yang")) {
        if (!(j + 2 < hi && (cls_at(s, j + 1, KIMPUT_EVW_PLANNED) || cls_at(s, j + 2, KIMPUT_EVW_PLANNED)))) break;
        j++;
        continue;
      }
      if (cls_at(s, j, KIMPUT_EVW_CANCEL)) return 0;
    }
  /* "Rencana pertemuan X dan Y akhirnya terlaksana pada ...": the plan came true, it was held */
  if (f->planned)
    for (size_t j = after; j < hi && j < after + 16; j++) {
      if (is_punct(s, j, '.') || is_punct(s, j, ';')) break;
      int held = token_is(s, j, "terlaksana") || token_is(s, j, "terwujud") || token_is(s, j, "terealisasi") ||
                 (token_is(s, j, "akhirnya") && held_at(s, j + 1, hi));
      if (held && !cls_at(s, j - 1, KIMPUT_EVW_PLANNED) && !token_is(s, j - 1, "diharapkan") &&
          !token_is(s, j - 1, "bisa") && !token_is(s, j - 1, "dapat") && !cls_at(s, j - 1, KIMPUT_EVW_DENY)) {
        f->planned = 0;
        break;
      }
    }
  /* "X dijadwalkan bertemu Y, namun Y batal hadir": a planned event called off in the clause
     after a "but" */
  if (f->planned)
    for (size_t j = after; j + 1 < hi && j < after + 24; j++) {
      if (is_punct(s, j, '.') || is_punct(s, j, ';')) break;
      if (!token_is(s, j, "namun") && !token_is(s, j, "tetapi") && !token_is(s, j, "tapi")) continue;
      for (size_t k = j + 1; k < hi && k < j + 8; k++) {
        if (is_punct(s, k, ',') || is_punct(s, k, '.')) break;
        if (cls_at(s, k, KIMPUT_EVW_CANCEL)) return 0;
      }
      break;
    }
  /* "Pertemuan X dan Y akan digelar di Z": a meeting still ahead */
  if (w->cls == KIMPUT_EVW_NOUN && (type == KIMPUT_EVENT_MEETING || type == KIMPUT_EVENT_CALL) && !f->planned)
    f->planned = held_ahead(s, after, hi);
  /* "pertemuan X dengan Y di Z, yang akan berlangsung pada ...": a meeting still ahead (the
     relative clause right after the noun's parties and place, not one of something the clause
     names after: "Pertemuan X dengan Y membahas KTT yang akan digelar") */
  if (w->cls == KIMPUT_EVW_NOUN && (type == KIMPUT_EVENT_MEETING || type == KIMPUT_EVENT_CALL) && !f->planned) {
    size_t j = phrase_end(s, after, hi);
    if (j < hi && token_is(s, j, "yang"))
      for (size_t k = j + 1; k < hi && k < j + 3; k++)
        if (cls_at(s, k, KIMPUT_EVW_PLANNED)) { f->planned = 1; break; }
  }

  int32_t to, from;
  size_t to_tok = 0;
  int direct = (w->flags & KIMPUT_EVWF_DIRECT) && !welcomed;
  size_t a = skip_fillers(s, parties_from, hi);
  int32_t object = (a < hi && s->mstart[a] >= 0) ? s->mstart[a] : cls_at(s, a, KIMPUT_EVW_ENVOY) ? envoy_at(s, a, hi)
                                                                                                 : led_party(s, a, hi);
  /* ("menjamu dua kepala pemerintahan negara tetangga, yakni A dan B": the members a word of naming lists after an
     unnamed group met) */
  if (object < 0 && type == KIMPUT_EVENT_MEETING) object = group_namely(s, a, hi);
  if (object >= 0) object = named_past_gloss(s, object, hi);
  /* ("“X sudah menelepon saya,” kata Y": the one quoted) */
  if (object < 0 && direct) object = quote_speaker(s, lo, a, hi);
  /* ("menerima kunjungan Wakil Perdana Menteri Malaysia, Dato' Seri X": a title the mention stage
     left nameless, the honours, then the person) */
  if (object < 0 && a < hi && s->tok[a].kind == KIMPUT_TOK_WORD && (s->tok[a].flags & KIMPUT_TOKF_UPPER)) {
    size_t k = a, reach = PARTY_GAP;
    /* (a military unit's number and name in the title: "kedatangan Komandan Resor Militer (Danrem)
       031/Wirabima (WB), Brigjen TNI X": the reach grows by its words) */
    for (; k < hi && k < a + reach && !is_punct(s, k, ',') && s->mstart[k] < 0 && !s->hit[k]; k++)
      if (reach == PARTY_GAP && k > a && s->tok[k].kind == KIMPUT_TOK_NUMBER && k + 1 < hi && is_punct(s, k + 1, '/'))
        reach += UNIT_WORDS;
    size_t e = k < hi && is_punct(s, k, ',') && k > a ? honours_end(s, k + 1, hi) : k + 1;
    if (e > k + 2) object = s->mstart[e];
    /* (or an office in English the mention stage left apart, a person right after its comma: "menerima
       kunjungan kehormatan Chief of The Australian Army, Lieutenant General X") */
    else if (e == k + 1 && k > a && k + 1 < hi && is_punct(s, k, ',') && s->mstart[e] >= 0 &&
             s->men[s->mstart[e]].kind == KIMPUT_ENT_PERSON &&
             ((s->tok[k - 1].flags & KIMPUT_TOKF_UPPER) || is_punct(s, k - 1, ')')))
      object = s->mstart[e];
  }
  /* "membalas surat yang dikirim X": the object is the agent of the passive verb */
  if (object < 0 && (w->flags & KIMPUT_EVWF_DIRECT) && a < hi && cls_at(s, a, KIMPUT_EVW_VERB) &&
      hit_at(s, a)->frame == KIMPUT_FRAME_PASSIVE && a > parties_from) {
    size_t b = skip_fillers(s, a + s->hitlen[a], hi);
    if (b < hi && cls_at(s, b, KIMPUT_EVW_FROM)) b = skip_fillers(s, b + s->hitlen[b], hi);
    if (b < hi && s->mstart[b] >= 0) object = s->mstart[b];
  }
  preps_after(s, parties_from, hi, type, &to, &from, &to_tok);
  /* ("“Y menyerahkan surat dari X kepada kami,” tuturnya": the addressee a first person in the quotation is
     the one quoted) */
  if (to < 0 && s->tok[lo].kind == KIMPUT_TOK_QUOTE)
    for (size_t k = parties_from; k + 1 < hi && k < parties_from + NOUN_GAP + 8; k++) {
      if (s->tok[k].kind == KIMPUT_TOK_QUOTE || is_punct(s, k, '.')) break;
      if (token_is(s, k, "kepada") && (to = quote_speaker(s, lo, k + 1, hi)) >= 0) {
        to_tok = k + 1;
        break;
      }
    }
  /* ("menerima kunjungan kehormatan dari Kepala Staf Z, Jenderal X di Mabes": the person of the office) */
  if (type == KIMPUT_EVENT_MEETING && from >= 0) from = named_past_gloss(s, from, hi);
  /* "Usai pertemuan, X mengatakan koordinasi dengan Y": a fronted clause naming an event ends at
     its comma; a party past it is the main clause's, not this event's */
  if (v > lo && front_at(s, v - 1))
    for (size_t k = after; k < hi && k < after + 3; k++)
      if (is_punct(s, k, ',')) {
        if (to >= 0 && s->mfirst[to] > k) to = -1;
        if (from >= 0 && s->mfirst[from] > k) from = -1;
        break;
      }
  /* "Dalam pertemuan itu X bertemu dengan A dan B": a meeting noun's parties end at a verb of
     meeting after it, which tells that meeting itself with its own parties */
  if (w->cls == KIMPUT_EVW_NOUN && (type == KIMPUT_EVENT_MEETING || type == KIMPUT_EVENT_CALL)) {
    size_t k = talk_verb_after(s, after, hi);
    if (to >= 0 && s->mfirst[to] > k) to = -1;
    if (from >= 0 && s->mfirst[from] > k) from = -1;
    if (object >= 0 && s->mfirst[object] > k) object = -1;
  }
  /* "X mengirim surat bersama Menteri Z kepada Y": the party along with whom a letter or message
     is sent is a co-sender, the addressee comes after it */
  int32_t cosender = -1;
  if (frm == KIMPUT_FRAME_SEND && type_class(type) == KIMPUT_EVENT_LETTER && to >= 0 && sent_along(s, after, to_tok)) {
    int32_t from2;
    cosender = to;
    preps_after(s, s->mlast[to] + 1, hi, type, &to, &from2, &to_tok);
    if (from < 0) from = from2;
  }

  /* "kunjungan dirinya bersama petinggi Z ke Mabes W": who goes along on a visit, its destination
     after him, is a companion, not the one visited */
  if (w->cls == KIMPUT_EVW_NOUN && type == KIMPUT_EVENT_MEETING && to >= 0 && s->mlast[to] + 1 < hi &&
      (token_is_ci(s, v, "kunjungan") || token_is_ci(s, v, "lawatan")) && token_is(s, s->mlast[to] + 1, "ke") &&
      sent_along(s, after, to_tok))
    to = -1;

  int32_t subj = -1;
  /* "X mengirim surat kepada Y dan bertemu Z": a verb after "dan" shares the subject of the one before */
  /* (a word of plan between: "X akan tiba di Z pada Kamis dan dijadwalkan bertemu Y") */
  int coordinated = w->cls == KIMPUT_EVW_VERB && v > lo &&
                    (cls_at(s, v - 1, KIMPUT_EVW_AND) ||
                     (v > lo + 1 && cls_at(s, v - 1, KIMPUT_EVW_PLANNED) && cls_at(s, v - 2, KIMPUT_EVW_AND)));
  /* (and one the agenda goes on with: "X bertemu A pukul 15.00, dan (lalu) dilanjutkan bertemu dengan B") */
  if (w->cls == KIMPUT_EVW_VERB && !coordinated && v > lo + 1 && token_is(s, v - 1, "dilanjutkan") &&
      (cls_at(s, v - 2, KIMPUT_EVW_AND) || is_punct(s, v - 2, ',') || token_is(s, v - 2, "lalu") ||
       token_is(s, v - 2, "kemudian")))
    coordinated = 1;
  /* "X menelepon Y jelang pertemuannya dengan Z": after a fronting word the
   * owner of a possessed noun is the subject of the verb before, not its object */
  int owned_by_subject = (w->flags & KIMPUT_EVWF_POSSESSED) && v > lo && front_at(s, v - 1) &&
                         s->replier >= 0;
  /* "X dijadwalkan bertemu Y di Z dan mengunjungi W untuk bertemu V": a purpose after a verb after
     "dan" (no person between) shares the subject of the verb before "dan", and its plan */
  size_t and_at = v;
  if (w->cls == KIMPUT_EVW_VERB && !coordinated && v > lo + 3 && (token_is(s, v - 1, "untuk") || token_is(s, v - 1, "guna")))
    for (size_t j = v - 1; j > lo + 1 && j + 10 > v; j--) {
      if (is_punct(s, j - 1, ',') || is_punct(s, j - 1, '.') || is_punct(s, j - 1, ';') ||
          (s->mend[j - 1] >= 0 && s->men[s->mend[j - 1]].kind == KIMPUT_ENT_PERSON))
        break;
      if (cls_at(s, j - 1, KIMPUT_EVW_AND) && j + 1 < v && (prefixed_verb(s, j) || cls_at(s, j, KIMPUT_EVW_VERB))) {
        and_at = j - 1;
        coordinated = s->replier >= 0;
        break;
      }
    }
  /* "X akan berkunjung ke Z dan bertemu Y": the plan of the verb before "dan" is this one's too
     (back to the clause's start; not a plan of a relative clause: "Y yang akan maju ... dan") */
  if (coordinated && !f->planned) {
    int plan = 0;
    for (size_t j = and_at - 1; j > lo && j + 20 > and_at; j--) {
      if (is_punct(s, j - 1, '.') || is_punct(s, j - 1, ';') || is_punct(s, j - 1, ',')) break;
      if (token_is(s, j - 1, "yang")) plan = 0;  /* what came after it was the relative clause's */
      else plan |= cls_at(s, j - 1, KIMPUT_EVW_PLANNED);
    }
    f->planned = plan;
  }
  if (coordinated || owned_by_subject) {
    subj = s->replier;
    /* "X mengundang Y ke Z dan menjamunya": no trigger before "dan" in the sentence, the
       person opening the sentence is the subject (or its reported clause: "W mengatakan, X akan
       tiba di Z dan bertemu Y") */
    size_t clause = lo;
    for (size_t j = lo + 1; coordinated && subj < 0 && j + 1 < v && j < lo + 12; j++)
      if (is_punct(s, j, ',') && cls_at(s, j - 1, KIMPUT_EVW_SAY)) clause = j + 1;
    /* (past a time opening the sentence, no party in it: "Sehari sebelumnya, Sabtu (16/12), X tiba di Z
       dan disambut Y") */
    for (size_t j = clause, start = clause; coordinated && subj < 0 && j + 1 < v && j < start + 12; j++) {
      if (s->mstart[j] >= 0) break;
      if (is_punct(s, j, ',')) clause = j + 1;
    }
    /* (or the clause a contrast opens: "X tiba pada Rabu, sementara (sedangkan) Y mendarat pada Kamis dan
       disambut Z" is Y's welcome) */
    for (size_t j = v - 1; coordinated && subj < 0 && j > clause + 1 && j + 40 > v; j--)
      if (is_punct(s, j - 2, ',') && contrast_at(s, j - 1)) {
        clause = j;
        break;
      }
    if (coordinated && subj < 0)
      subj = leader_before_and(s, lo, and_at < v ? and_at : cls_at(s, v - 1, KIMPUT_EVW_AND) ? v - 1 : v - 2);
    for (size_t j = clause; coordinated && subj < 0 && j < v && j < clause + 4; j++)
      if (s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON) subj = s->mstart[j];
  } else if (w->cls == KIMPUT_EVW_VERB || (w->flags & KIMPUT_EVWF_POSSESSED)) {
    subj = subject_before(s, lo, v);
  }
  /* "X mengutus (menugaskan) Y untuk menemui Z": the envoy sent goes, not the one sending (so does
     one set off after an envoy word: "X mengirim utusan khusus, Y, untuk bertemu Z") */
  size_t sent_end = v > lo + 3 && is_punct(s, v - 2, ',') ? v - 3 : v - 2;
  if (subj < 0 && w->cls == KIMPUT_EVW_VERB && v > lo + 2 && (token_is(s, v - 1, "untuk") || token_is(s, v - 1, "guna")) &&
      s->mend[sent_end] >= 0) {
    size_t r = s->mfirst[s->mend[sent_end]];
    int sent = r > lo && (token_is(s, r - 1, "mengutus") || token_is(s, r - 1, "menugaskan") ||
                          token_is(s, r - 1, "memerintahkan") || token_is(s, r - 1, "mengirim") ||
                          token_is(s, r - 1, "mengirimkan"));
    size_t b = r > lo && is_punct(s, r - 1, ',') ? r - 1 : r;  /* the end of an envoy's phrase */
    for (size_t j = b; !sent && j > lo && j + 3 > b; j--)
      sent = cls_at(s, j - 1, KIMPUT_EVW_ENVOY) && j - 1 + s->hitlen[j - 1] == b;
    if (sent) {
      subj = s->mend[sent_end];
      /* "X mengutus Y untuk menyerahkan surat kepada Z": the envoy carries X's letter (a letter
         said to be someone's, "surat dari W", stays W's) */
      if (frm == KIMPUT_FRAME_SEND && type_class(type) == KIMPUT_EVENT_LETTER && from < 0 &&
          !(after < hi && token_is(s, after, "dari"))) {
        size_t d = r;  /* back to the verb that sent him, over an envoy's phrase */
        while (d > lo && d + 4 > r && !cls_at(s, d - 1, KIMPUT_EVW_VERB) && !dispatch_verb(s, d - 1)) d--;
        int32_t boss = d > lo ? subject_before(s, lo, d - 1) : -1;
        if (boss >= 0 && s->men[boss].kind == KIMPUT_ENT_PERSON && s->men[boss].entity != s->men[subj].entity)
          from = boss;
      }
    }
  }
  /* "X meminta Y menyampaikan salamnya kepada Z": Y conveys X's message, X sends it */
  if (subj >= 0 && frm == KIMPUT_FRAME_SEND && type_class(type) == KIMPUT_EVENT_LETTER && from < 0 &&
      w->cls == KIMPUT_EVW_VERB && s->mlast[subj] + 1 == v && s->mfirst[subj] > lo + 1) {
    size_t r = s->mfirst[subj];
    if (dispatch_verb(s, r - 1)) {
      int32_t boss = subject_before(s, lo, r - 1);
      if (boss >= 0 && s->men[boss].kind == KIMPUT_ENT_PERSON && s->men[boss].entity != s->men[subj].entity)
        from = boss;
    }
  }
  /* "Dalam panggilan telepon dengan X, Y membahas ...": a noun in a fronted
   * clause opening the sentence belongs to the subject of the sentence (not
   * "... setelah pertemuan dengan X", whose owner the sentence may not name) */
  /* ("Dalam sebuah (sepucuk) surat kepada X, Z ...": an article between the fronting word and the noun) */
  size_t np = v > lo + 1 && (token_is(s, v - 1, "sebuah") || token_is(s, v - 1, "sepucuk")) ? v - 1 : v;
  int fronted_noun = w->cls == KIMPUT_EVW_NOUN && np == lo + 1 && front_at(s, lo) && object < 0 && to >= 0 &&
                     !(w->flags & KIMPUT_EVWF_POSSESSED);
  /* "X menyampaikan undangan itu dalam surat yang dikirimkan kepada Y": a noun
   * after dalam/melalui late in the clause, addressed but with no sender of its
   * own, is the way the subject of the sentence addressed Y */
  /* (so does "X mengawali kunjungannya dengan pertemuan dengan Y": the way the subject began) */
  int clause_noun = w->cls == KIMPUT_EVW_NOUN && !(w->flags & KIMPUT_EVWF_POSSESSED) && v > lo + 1 &&
                    (cls_at(s, np - 1, KIMPUT_EVW_FRONT) ||
                     (token_is(s, v - 1, "dengan") && type == KIMPUT_EVENT_MEETING)) &&
                    object < 0 && to >= 0 && from < 0 && !(to_tok > 0 && token_is(s, to_tok - 1, "antara"));
  /* (not a noun naming its own pair: "X mengatakan, hal itu dibahas dalam pertemuan antara A dan B" is
     A's meeting with B, none of X's) */
  /* ("X menelepon Y pada Mei, saat Z melawat ke P untuk bertemu W": a purpose clause inside a clause of time
     after the main one has that clause's subject, the person right after its word) */
  if (subj < 0 && w->cls == KIMPUT_EVW_VERB && v > lo + 4 && purpose_word(s, v - 1))
    for (size_t j = v - 2; j > lo + 1 && j + 16 > v; j--) {
      if (is_punct(s, j, ',') || s->tok[j].kind == KIMPUT_TOK_QUOTE) break;
      if (!(token_is(s, j, "saat") || token_is(s, j, "ketika") || token_is(s, j, "sewaktu"))) continue;
      int32_t m = is_punct(s, j - 1, ',') ? s->mstart[j + 1] : -1;
      if (m >= 0 && s->men[m].kind == KIMPUT_ENT_PERSON && s->mlast[m] + 2 < v) subj = m;
      break;
    }
  if (subj < 0 && (w->cls == KIMPUT_EVW_VERB || (w->flags & KIMPUT_EVWF_POSSESSED) || fronted_noun || clause_noun)) {
    /* a fronted clause ("Saat bertemu X di Y, Z ...", "Dalam suratnya kepada X,
     * Z ...") or a purpose clause ("X tiba di Y untuk bertemu Z"): the
     * subject of the sentence */
    /* ("Selain bertemu Y, X juga bertemu Z": the verb's own subject is X too) */
    int fronted = (v > lo && (front_at(s, np - 1) || (w->cls == KIMPUT_EVW_VERB && v == lo + 1 &&
                                                      token_is_ci(s, lo, "selain")))) ||
                  (w->flags & KIMPUT_EVWF_POSSESSED);
    /* ("X menyatakan dukungannya saat bertemu dengan pemimpin Y, Z, di …": a clause of time after the
       main one, no comma before it, has its subject there; its comma closes an apposition) */
    int midway = 0;
    if (v > lo + 2 && front_at(s, v - 1) && !is_punct(s, v - 2, ',') && w->cls == KIMPUT_EVW_VERB)
      for (size_t j = v > lo + 40 ? v - 40 : lo; j + 1 < v && !midway; j++)  /* (a person before it) */
        midway = s->mstart[j] >= 0 && s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON;
    if (fronted && !midway) {
      for (size_t j = after; j + 1 < hi && j < after + 30; j++)
        if (is_punct(s, j, ',')) {
          /* (past the clause's own date: "Dalam pertemuan dengan X di Bali, Kamis (7/7), Z mengatakan") */
          size_t d = date_from(s, s->tok[j + 1].start);
          if (d < s->ndates && s->dates[d].start == s->tok[j + 1].start) continue;
          subj = party_after(s, j + 1, hi);
          if (subj >= 0 && s->mfirst[subj] > j + 3) subj = -1;
          /* (past the comma of the object's own title: "Usai menjemput kedatangan Danrem 031/Wirabima,
             Brigjen TNI Y di bandara, X ...": the subject follows the clause's comma) */
          /* (and of the addressee's, a clause's noun late in it: "X membahas Z dalam pertemuan bilateral dengan
             Menlu Peru, Y." is X's meeting with Y, Y no subject) */
          if (subj >= 0 && ((object >= 0 && s->men[subj].entity == s->men[object].entity) ||
                            (clause_noun && to >= 0 && s->men[subj].entity == s->men[to].entity))) {
            subj = -1;
            continue;
          }
          /* ("X disambut Y. Usai pertemuan dengan X, Z tiba untuk bertemu Y": a meeting noun of a fronted clause
             with one met in the last events by another than the subject is that meeting told again, none of Z's) */
          if (subj >= 0 && w->cls == KIMPUT_EVW_NOUN && type == KIMPUT_EVENT_MEETING && to >= 0 &&
              met_by_other(s, s->men[to].entity, s->men[subj].entity))
            return 0;
          break;
        }
      /* "Dalam pesannya, X menyatakan dukungan kepada Y": the addressee is in the main clause */
      if (subj >= 0 && to < 0 && w->cls == KIMPUT_EVW_NOUN) {
        int32_t to2, from2;
        size_t to2_tok = 0;
        preps_after(s, s->mlast[subj] + 1, hi, type, &to2, &from2, &to2_tok);
        if (to2 >= 0 && to2 != subj) { to = to2; to_tok = to2_tok; }
      }
    }
    /* a purpose clause ("X tiba di Y untuk bertemu Z") or a possessed noun late in
     * the clause ("X menyampaikan hal itu dalam pertemuannya dengan Z") */
    /* "X menandatangani ... setelah melakukan pembicaraan": a clause after the
     * main one, not fronted, shares its subject too */
    int trailing = fronted && !(w->flags & KIMPUT_EVWF_POSSESSED) && v > lo + 3;
    if (subj < 0 && (!fronted || trailing || ((w->flags & KIMPUT_EVWF_POSSESSED) && v > lo + 2)) && v < lo + 40) {
      /* (past a time or place opening the sentence with no party in it: "Pada Juni 2024, X ...") */
      size_t open = lo;
      for (size_t j = lo; j < v && j < lo + 8 && s->mstart[j] < 0; j++)
        if (is_punct(s, j, ',')) { open = j + 1; break; }
      /* (and past a fronted clause, parties in it or not: "Usai pertemuan dengan W, X tiba untuk bertemu Z") */
      if (open == lo && !fronted && front_at(s, lo))
        for (size_t j = lo + 1; j < v && j < lo + 12; j++)
          if (is_punct(s, j, ',')) { open = j + 1; break; }
      /* (past a quote opening the sentence: its words are the one quoted, the cue after it names him,
         "“Dia ...,” tulisnya dalam surat kepada Y") */
      if (s->tok[lo].kind == KIMPUT_TOK_QUOTE)
        for (size_t j = lo + 1; j < v; j++)
          if (s->tok[j].kind == KIMPUT_TOK_QUOTE) { open = j + 1; break; }
      for (size_t j = open; j < v && j < open + 4; j++)
        if (s->mstart[j] >= 0) {
          int32_t m = s->mstart[j];
          /* (a body's building gone to is a place, no subject: "X tiba di Istana Bogor ... yang disambut Y") */
          if (s->men[m].kind != KIMPUT_ENT_PERSON && j > lo && (token_is(s, j - 1, "di") || token_is(s, j - 1, "ke")))
            break;
          /* a list opens the sentence: "X dan Y menandatangani ... setelah melakukan pembicaraan" */
          for (int n = 0; n < MAX_LIST; n++) {
            size_t k = s->mlast[m] + 1;
            if (k + 1 >= v || !cls_at(s, k, KIMPUT_EVW_AND) || s->mstart[k + s->hitlen[k]] < 0) break;
            m = s->mstart[k + s->hitlen[k]];
          }
          int other = 0;  /* (not a place gone to: "X datang ke Istana Merdeka untuk bertemu Z") */
          /* (nor the rest of his own name the mentions split: "Raja Salman bin Abdulaziz al-Saud dari ...") */
          for (size_t k = s->mlast[m] + 1; k < v; k++)
            if (s->mstart[k] >= 0 && !(s->men[s->mstart[k]].kind != KIMPUT_ENT_PERSON && k > 0 &&
                                       (token_is(s, k - 1, "ke") || token_is(s, k - 1, "di"))) &&
                s->men[s->mstart[k]].entity != s->men[m].entity && !(clause_noun && owned_by_noun(s, lo, k)))
              other = 1;
            else if (s->men[m].kind == KIMPUT_ENT_PERSON && own_body_word(s, k))
              other = 1;  /* ("X mengatakan partainya telah menerima surat dari Y": X's party, not X) */
          if (!other) subj = m;
          break;
        }
    }
  }
  /* "Putin telepon Kim": a noun between two parties acts as a direct verb */
  int verbal = w->cls == KIMPUT_EVW_NOUN && (w->flags & KIMPUT_EVWF_VERBAL) && v > lo && s->mend[v - 1] >= 0 &&
               object >= 0;
  if (verbal) {
    subj = s->mend[v - 1];
    frm = KIMPUT_FRAME_SEND;
    direct = 1;
  }
  partylist subjects = {{0}, 0, 0, 0};
  if (subj >= 0) list_back(s, lo, subj, &subjects);
  /* "Trump mengatakan Kim mengirim surat kepadanya", "Menurut Trump, Kim meneleponnya": a -nya
     for the other party is the latest person named before it who is not the subject, in the
     sentence or the one before ("Putin hadir. Kim menulis surat kepadanya.") */
  if (to < 0 && object < 0) {
    size_t k = w->cls == KIMPUT_EVW_VERB && (w->flags & KIMPUT_EVWF_PRONOUN) ? v : SIZE_MAX;
    for (size_t j = after; k == SIZE_MAX && j < hi && j < after + 3; j++)
      if (cls_at(s, j, KIMPUT_EVW_TO_PRONOUN)) k = j;
    if (k != SIZE_MAX) {
      int32_t subject = subjects.n ? s->men[subjects.m[0]].entity : -1;
      int32_t p = person_before_other(s, s->prev_lo < lo ? s->prev_lo : lo, k, subject);
      if (p >= 0 && k == v) object = p;
      else if (p >= 0) to = p;
    }
    /* "Sejumlah pemimpin memberi selamat kepada Y. X mengucapkan selamat atas kemenangannya": a greeting with
       no addressee, for an occasion owned by -nya, went to its owner, found as a -nya for the other party */
    if (to < 0 && object < 0 && type_class(type) == KIMPUT_EVENT_LETTER)
      for (size_t j = after; j + 1 < hi && j < after + 3; j++) {
        if (!token_is(s, j, "atas")) continue;
        size_t e = j + 1 + (s->hitlen[j + 1] ? s->hitlen[j + 1] : 1);  /* past the occasion */
        const kimput_token *t = &s->tok[e - 1];
        if (cls_at(s, j + 1, KIMPUT_EVW_OCCASION) && t->end - t->start > 3 &&
            !memcmp(s->text + t->end - 3, "nya", 3) && (e >= hi || s->mstart[e] < 0)) {
          int32_t subject = subjects.n ? s->men[subjects.m[0]].entity : -1;
          to = person_before_other(s, s->prev_lo < lo ? s->prev_lo : lo, j, subject);
        }
        break;
      }
    /* "A, B, serta C juga mengucapkan selamat kepada Menteri Pertahanan itu": a description closed by a
       demonstrative for the addressee is the person the sentence before named last, none of the subjects */
    if (to < 0 && object < 0 && subjects.n > 0 && s->prev_lo < lo) to = described_addressee(s, lo, hi, after, &subjects);
  }
  /* "X sedang diwawancarai saat Y menelepon.": a call verb closing a clause of time, its subject
     named right after the time word, no one called named: the one called is the main clause's person */
  if (to < 0 && object < 0 && w->cls == KIMPUT_EVW_VERB && type == KIMPUT_EVENT_CALL && frm == KIMPUT_FRAME_SEND &&
      direct && subjects.n == 1 && after < hi && (is_punct(s, after, '.') || is_punct(s, after, ','))) {
    size_t k = s->mfirst[subjects.m[0]];
    if (k > lo + 2 && cls_at(s, k - 1, KIMPUT_EVW_FRONT) && s->hitlen[k - 1] == 1 && !is_punct(s, k - 2, ','))
      object = person_before_other(s, lo, k - 1, s->men[subjects.m[0]].entity);
  }

  /* ("... surat yang diterima oleh Y": Y received it, the "oleh" names no sender) */
  int32_t receiver = frm == KIMPUT_FRAME_SEND && type_class(type) == KIMPUT_EVENT_LETTER ? received_by(s, after, hi) : -1;
  if (receiver >= 0 && from == receiver) from = -1;
  switch (frm) {
  case KIMPUT_FRAME_SEND:
    /* "Surat itu diserahkan oleh Dubes X kepada Y": the noun read alone is the letter told
       before, handed over by a courier (the passive verb after it decides, as it does itself) */
    if (w->cls == KIMPUT_EVW_NOUN && v + 2 < hi && cls_at(s, v + 1, KIMPUT_EVW_THIS) &&
        cls_at(s, v + 2, KIMPUT_EVW_VERB) && hit_at(s, v + 2)->frame == KIMPUT_FRAME_PASSIVE &&
        letter_recalled(s, lo, v + 2))
      return 0;
    if (letter_handed_on(s, w->cls == KIMPUT_EVW_NOUN && v > lo ? v - 1 : v, hi)) return 0;
    /* ("Surat resmi dari X diserahkan oleh Y kepada Z": the noun read alone is X's letter told before, handed
       over, when the passive verb right after its writer says so) */
    if (w->cls == KIMPUT_EVW_NOUN && from >= 0 && s->mlast[from] + 1 < hi &&
        writers_letter_handed(s, lo, s->mlast[from] + 1))
      return 0;
    /* "X menyerahkan surat dari warga kepada Y": the letter of someone unnamed, X its courier */
    if (w->cls == KIMPUT_EVW_VERB && type == KIMPUT_EVENT_LETTER && from < 0 && after + 1 < hi &&
        token_is(s, after, "dari") && is_word(s, after + 1) && s->mstart[after + 1] < 0 &&
        !(s->tok[after + 1].flags & KIMPUT_TOKF_UPPER) && !s->hit[after + 1])
      return 0;
    if (direct && from >= 0 && object < 0 && subjects.n > 0 &&
        (type == KIMPUT_EVENT_LETTER || type == KIMPUT_EVENT_MESSAGE) &&
        s->men[subjects.m[0]].entity != s->men[from].entity) {
      /* "X membalas surat dari Y": the letter answered is Y's, the reply goes to Y */
      f->from = subjects;
      list_fwd(s, hi, from, &f->to);
      break;
    }
    /* "Surat X disampaikan oleh Y kepada Z": for a letter with an owner, the agent of a passive
       verb after it is its courier (the verb's frame tells the letter) */
    if (from >= 0 && w->cls == KIMPUT_EVW_NOUN && object >= 0 && passive_between(s, v, s->mfirst[from])) from = -1;
    /* "Ucapan selamat atas pelantikan Y sebagai presiden datang dari X": past the occasion and its person, the
       sender told after "datang dari" */
    if (from < 0 && w->cls == KIMPUT_EVW_NOUN && type == KIMPUT_EVENT_MESSAGE && subjects.n == 0 && object < 0) {
      enum { CAME_FROM_REACH = 16 };  /* tokens from the noun to "datang dari" */
      for (size_t k = after; k + 2 < hi && k < after + CAME_FROM_REACH && !is_punct(s, k, ','); k++)
        if (token_is(s, k, "datang") && token_is(s, k + 1, "dari")) {
          from = party_after(s, k + 2, hi);
          break;
        }
    }
    if (from >= 0) {
      list_fwd(s, hi, from, &f->from);  /* "ucapan selamat juga datang dari A, B dan C" */
      if (w->cls == KIMPUT_EVW_VERB && subjects.n > 0 && s->men[subjects.m[0]].entity != s->men[from].entity)
        f->courier = subjects.m[0] + 1;
    } else if (w->cls == KIMPUT_EVW_NOUN && object >= 0 && s->hitlen[v] == 1 && token_is_ci(s, v, "selamat")) {
      /* "Selamat X dan Y atas ...": the bare word greets the ones named after it (no owner: "ucapan selamat X") */
      f->from = subjects;
      if (subjects.n == 0 || s->men[subjects.m[0]].entity != s->men[object].entity) list_fwd(s, hi, object, &f->to);
      break;
    } else if (w->cls == KIMPUT_EVW_NOUN && object >= 0 && !verbal) list_add(&f->from, object);  /* surat X untuk Y */
    else if (noun_owner >= 0 && (noun_owner == object || (owner_by_clause && object < 0)) && !direct && to >= 0 &&
             s->men[noun_owner].entity != s->men[to].entity &&
             (subjects.n == 0 || s->men[subjects.m[0]].entity != s->men[noun_owner].entity)) {
      list_add(&f->from, noun_owner);  /* "Dubes X menyerahkan surat Y kepada Z": the courier brings Y's letter */
      if (subjects.n > 0) f->courier = subjects.m[0] + 1;
    } else {
      f->from = subjects;
      /* "X bertemu Y dan menyampaikan pesan Z": Z's, if X met someone (the sentence loop decides) */
      if (noun_owner >= 0 && noun_owner == object && !direct && to < 0 && subjects.n > 0 &&
          s->men[subjects.m[0]].entity != s->men[noun_owner].entity)
        f->owned = noun_owner + 1;
    }
    if (cosender >= 0 && f->from.n > 0 && s->men[f->from.m[0]].entity != s->men[cosender].entity)
      list_add(&f->from, cosender);
    if (to >= 0 && (f->from.n == 0 || to != f->from.m[0])) list_fwd(s, hi, to, &f->to);
    else if (direct && object >= 0) list_fwd(s, hi, object, &f->to);
    else if (type == KIMPUT_EVENT_MESSAGE || noun_greets) {
      /* "X mengucapkan selamat atas kemenangan Y": to the one whose occasion it is (so is a
         letter of one: "mengirim surat ucapan selamat atas kemenangan Y") */
      size_t j = skip_fillers(s, after, hi);
      /* (past a people or country greeted, no party: "mengucapkan selamat kepada rakyat AS atas terpilihnya Y") */
      if (j + 2 < hi && cls_at(s, j, KIMPUT_EVW_TO) && s->hitlen[j] == 1)
        for (size_t k = j + 1; k < hi && k < j + 7 && is_word(s, k) && s->mstart[k] < 0 && !in_mention(s, k); k++)
          if (cls_at(s, k, KIMPUT_EVW_STOP)) { j = k; break; }
      if (j < hi && cls_at(s, j, KIMPUT_EVW_STOP)) j += s->hitlen[j];
      if (j < hi && j > after && (cls_at(s, j, KIMPUT_EVW_OCCASION) || (hit_at(s, j) && (hit_at(s, j)->flags & KIMPUT_EVWF_OCCASION)))) {
        size_t k = j + s->hitlen[j];
        if (k + 1 < hi && token_is(s, k, "kembali")) k++;  /* ("atas terpilihnya kembali Y") */
        if (k < hi && s->mstart[k] >= 0 && (f->from.n == 0 || s->mstart[k] != f->from.m[0])) list_add(&f->to, s->mstart[k]);
      }
    }
    /* "... melalui sepucuk surat yang diterima (oleh) Y": to the one who received it */
    if (f->to.n == 0 && receiver >= 0 && (f->from.n == 0 || s->men[receiver].entity != s->men[f->from.m[0]].entity))
      list_add(&f->to, receiver);
    /* "sebagai balasan atas pesan dari X": X wrote to whoever is replying */
    if (f->to.n == 0 && from >= 0 && s->replier >= 0 && s->men[s->replier].entity != s->men[from].entity)
      for (size_t k = v; k > lo && k + 4 > v; k--)
        if (cls_at(s, k - 1, KIMPUT_EVW_REPLY)) { list_add(&f->to, s->replier); f->reply = 1; break; }
    break;
  case KIMPUT_FRAME_RECEIVE:
    f->to = subjects;
    /* "Istana (Kemensetneg) menerima surat dari X kepada Presiden Y": an office received the letter
       addressed to Y, Y's letter */
    if (type_class(type) == KIMPUT_EVENT_LETTER && to >= 0 && to_tok > 0 && token_is(s, to_tok - 1, "kepada") &&
        s->men[to].kind == KIMPUT_ENT_PERSON && subjects.n > 0 && s->men[subjects.m[0]].kind != KIMPUT_ENT_PERSON &&
        (from < 0 || s->men[from].entity != s->men[to].entity)) {
      f->to.n = 0;
      list_add(&f->to, to);
    }
    if (from >= 0) list_fwd(s, hi, from, &f->from);  /* "ucapan selamat dari X dan Y" */
    else if (object >= 0 && type == KIMPUT_EVENT_MEETING) list_fwd(s, hi, object, &f->from);  /* "menerima X dan Y" */
    else if (object >= 0) list_add(&f->from, object);
    else if (direct && to >= 0) list_add(&f->from, to);  /* "berterima kasih kepada X atas ...": X sent it */
    else if (type == KIMPUT_EVENT_MEETING && to >= 0 && to_tok > 0 && s->hit[to_tok - 1] &&
             hit_at(s, to_tok - 1)->cls == KIMPUT_EVW_WITH && s->men[to].kind == KIMPUT_ENT_PERSON)
      list_fwd(s, hi, to, &f->from);  /* "X menerima audiensi dengan Y": Y came to X */
    else if (thanked_owner >= 0) list_add(&f->from, thanked_owner);  /* "... atas surat X" */
    if (type == KIMPUT_EVENT_MEETING) {  /* the host first: "X menerima kunjungan Y" */
      partylist host = f->to;
      f->to = f->from;
      f->from = host;
    }
    break;
  case KIMPUT_FRAME_PASSIVE:
    /* "laporan yang diterima dari BPBD X": a thing received from someone (a guest is received by
       someone: "yang diterima Presiden"), no one met */
    if (direct && type == KIMPUT_EVENT_MEETING && v > lo && v + 1 < hi && token_is(s, v - 1, "yang") &&
        token_is(s, v + 1, "dari"))
      return 0;
    /* "X mengirim surat kepada Y yang diterima Kremlin pada Senin": a letter received, no meeting */
    if (direct && type == KIMPUT_EVENT_MEETING && v > lo && token_is(s, v - 1, "yang"))
      for (size_t k = v - 1; k > lo && k + 10 > v; k--)
        if (cls_at(s, k - 1, KIMPUT_EVW_NOUN) && type_class(hit_at(s, k - 1)->type) == KIMPUT_EVENT_LETTER) return 0;
    /* "… melalui surat yang diserahkan Dubes X kepada Y": the agent of a letter handed over in a
       relative clause is its courier; with no writer named before the verb, no event of his */
    if (!direct && subjects.n == 0 && v > lo + 1 && token_is(s, v - 1, "yang") && handing_verb(s, v))
      for (size_t k = v - 1; k > lo && k + 4 > v; k--)
        if (cls_at(s, k - 1, KIMPUT_EVW_NOUN) && k - 1 + s->hitlen[k - 1] == v - 1 &&
            type_class(hit_at(s, k - 1)->type) == KIMPUT_EVENT_LETTER)
          return 0;
    /* "Surat X disambut baik oleh Y", "Pesan dari X diterima Y": what was met or
       received is the owner's letter or message to the agent, no meeting */
    if (direct && type == KIMPUT_EVENT_MEETING && subjects.n > 0 && (object >= 0 || from >= 0)) {
      int owned = noun_owning(s, lo, subjects.m[0]);
      if (owned == KIMPUT_EVENT_LETTER || owned == KIMPUT_EVENT_MESSAGE) {
        f->type = owned;
        list_add(&f->from, subjects.m[0]);
        list_add(&f->to, object >= 0 ? object : from);
        break;
      }
      if (owned == NO_EVENT_NOUN) break;  /* "Usulan X diterima Y": no one met */
    }
    /* "Surat itu diterima Y dari X": a letter or message received, X's to Y, no meeting */
    if (direct && type == KIMPUT_EVENT_MEETING && subjects.n == 0 && object >= 0 && from >= 0 && from != object) {
      size_t k = v;
      if (k > lo && cls_at(s, k - 1, KIMPUT_EVW_THIS)) k--;
      if (k > lo && cls_at(s, k - 1, KIMPUT_EVW_NOUN) && type_class(hit_at(s, k - 1)->type) == KIMPUT_EVENT_LETTER) {
        f->type = hit_at(s, k - 1)->type;
        list_add(&f->from, from);
        list_add(&f->to, object);
        break;
      }
    }
    /* "Surat itu diserahkan oleh Dubes X kepada Y": the letter told before, handed over (its
       courier makes no event; the noun and its demonstrative date that letter) */
    if (!direct && (letter_recalled(s, lo, v) || writers_letter_handed(s, lo, v))) return 0;
    /* "Undangan kepada X disampaikan Y melalui surat", "Surat undangan kepada X dikirim Y": X,
       marked by kepada, is the addressee, the agent the sender (the writer named before kepada
       when there is one, "Surat W kepada X disampaikan oleh Y": Y its courier; none of a letter
       handed over, "diserahkan") */
    if (!direct && to < 0 && (object >= 0 || from >= 0) && to_before(s, lo, v) >= 0 && !handing_verb(s, v)) {
      int32_t addressee = to_before(s, lo, v), writer = object >= 0 ? object : from;
      size_t r = s->mfirst[addressee];
      if (s->mend[r - 2] >= 0) writer = s->mend[r - 2];
      if (s->men[writer].entity != s->men[addressee].entity) {
        list_add(&f->from, writer);
        list_add(&f->to, addressee);
      }
      break;
    }
    /* "Surat X dibalas Y": Y's reply to X (with no owner, to whoever wrote to Y: the sentence loop) */
    if ((w->flags & KIMPUT_EVWF_ANSWER) && subjects.n > 0 && (object >= 0 || from >= 0) && to < 0) {
      int owned = noun_owning(s, lo, subjects.m[0]);
      if (owned == KIMPUT_EVENT_LETTER || owned == KIMPUT_EVENT_MESSAGE) {
        list_add(&f->from, object >= 0 ? object : from);
        list_add(&f->to, subjects.m[0]);
        break;
      }
    }
    /* "Surat X disampaikan oleh Menlu Y kepada Z": the letter is its owner's, the agent its courier */
    if (!direct && to >= 0 && subjects.n > 0) {
      int owned = noun_owning(s, lo, subjects.m[0]);
      if ((owned == KIMPUT_EVENT_LETTER || owned == KIMPUT_EVENT_MESSAGE) && type_class(owned) == type_class(type)) {
        list_add(&f->from, subjects.m[0]);
        list_fwd(s, hi, to, &f->to);
        break;
      }
    }
    /* "Surat itu ditujukan kepada Y dan ditandatangani X" (or the other way round): the party a
       letter's passive verb lacks, the passive clause joined by "dan" names */
    if (!direct && subjects.n == 0 && type_class(type) == KIMPUT_EVENT_LETTER && (to < 0) != (object < 0 && from < 0)) {
      int32_t agent = -1, addressee = -1;
      and_passive(s, v, hi, &agent, &addressee);
      if (to < 0) to = addressee;
      else object = agent;
      if (to >= 0 && (object >= 0 || from >= 0) && s->men[to].entity == s->men[object >= 0 ? object : from].entity)
        return 0;
    }
    /* "X disambut oleh Y bersama Ibu Negara Z": who comes along with the agent is on its side, not
       the one met */
    if (direct && type == KIMPUT_EVENT_MEETING && to >= 0 && (object >= 0 || from >= 0) &&
        comes_along(s, object >= 0 ? object : from, to))
      to = -1;
    /* ("X disambut oleh A, B dan C": each agent of a welcome met X) */
    if (direct && type == KIMPUT_EVENT_MEETING && to < 0 && subjects.n > 0 && (object >= 0 || from >= 0))
      list_fwd(s, hi, object >= 0 ? object : from, &f->from);
    else if (object >= 0) list_add(&f->from, object);
    else if (from >= 0) list_add(&f->from, from);
    if (to >= 0) list_fwd(s, hi, to, &f->to);
    else if (direct) f->to = subjects;  /* "X ditelepon Y", "X disambut Y": X is the other party */
    break;
  case KIMPUT_FRAME_MUTUAL:
  case KIMPUT_FRAME_EXCHANGE:
    f->exchange = frm == KIMPUT_FRAME_EXCHANGE;
    /* ("para duta besar yang juga berdiskusi dengan Y, yakni A dan B": the group named after the clause) */
    if (w->cls == KIMPUT_EVW_VERB && (to >= 0 || object >= 0)) {
      partylist named = {{0}, 0, 0, 0};
      if (group_named_after(s, lo, v, hi, to >= 0 ? to : object, &named))  /* (with one fronted: "Selain X, ...") */
        for (int i = 0; i < named.n; i++) list_add(&subjects, named.m[i]);
    }
    /* "X berkirim surat kepada Y": one way */
    if (f->exchange && subjects.n == 1 && to >= 0 && to_tok > 0 && cls_at(s, to_tok - 1, KIMPUT_EVW_TO)) {
      f->exchange = 0;
      frm = KIMPUT_FRAME_SEND;
    }
    /* (a they-phrase right before the verb is its subject, not a party further back across a
       verb of saying: "X mengatakan kedua pemimpin berencana bertemu") */
    if (to < 0 && object < 0 &&
        ((subjects.n == 0 && w->cls == KIMPUT_EVW_NOUN && after < hi &&
          (cls_at(s, after, KIMPUT_EVW_THEY) ||  /* ("percakapan telepon antara kedua kepala negara itu") */
           (token_is(s, after, "antara") && after + 1 < hi && cls_at(s, after + 1, KIMPUT_EVW_THEY)))) ||
         (w->cls == KIMPUT_EVW_VERB && they_before(s, lo, v) && !meets_someone_else(s, v, hi)))) {
      f->pair = 1;
      return 0;
    }
    if (w->cls == KIMPUT_EVW_NOUN && object >= 0 && subjects.n == 0) {
      /* pertemuan X dengan Y; pertemuan antara X dan Y */
      list_fwd(s, hi, object, &subjects);
      if (subjects.n == 1 && to < 0) return 0;
    } else if (w->cls == KIMPUT_EVW_NOUN && to >= 0 && subjects.n == 0 && s->hit[to_tok - 1] &&
               hit_at(s, to_tok - 1)->cls == KIMPUT_EVW_WITH && held_by(s, after, to_tok) < 0) {
      partylist l;
      list_fwd(s, hi, to, &l);
      if (l.n >= 2) { subjects = l; to = -1; }
    } else if (w->cls == KIMPUT_EVW_VERB && to >= 0 && to_tok > 0 && token_is(s, to_tok - 1, "antara") &&
               held_between(s, v, to_tok - 1)) {
      /* "X menjadi tuan rumah (menggelar) pertemuan (trilateral) antara A dan B": A met B; the
         subject held it for them */
      partylist l;
      list_fwd(s, hi, to, &l);
      if (l.n >= 2) { subjects = l; to = -1; }
    }
    /* "pembicaraan antara X dan Y melalui telepon": a call */
    if (w->cls == KIMPUT_EVW_NOUN && type == KIMPUT_EVENT_MEETING && subjects.n > 0) {
      size_t j = s->mlast[subjects.m[subjects.n - 1]] + 1;
      if (j < hi && j > v && cls_at(s, j, KIMPUT_EVW_NOUN) && hit_at(s, j)->type == KIMPUT_EVENT_CALL) {
        f->type = type = KIMPUT_EVENT_CALL;
        used[j - lo] = 1;
      }
    }
    f->from = subjects;
    /* ("Y menyambut X bersama Ny. Z": the one welcomed is X, who comes with Z; Z is no one met) */
    if (direct && w->cls == KIMPUT_EVW_VERB && to >= 0 && object >= 0 && object != to &&
        s->men[object].kind == KIMPUT_ENT_PERSON && s->mfirst[to] > s->mlast[object] && sent_along(s, after, to_tok))
      to = -1;
    if (to >= 0 && (subjects.n == 0 || to != subjects.m[0])) list_fwd(s, hi, to, &f->to);
    else if ((direct || w->cls == KIMPUT_EVW_VERB) && object >= 0 && (subjects.n == 0 || object != subjects.m[0]) &&
             s->men[object].kind == KIMPUT_ENT_PERSON)  /* one visits a person; a building is a place */
      list_fwd(s, hi, object, &f->to);
    /* (parties gone together met no one of them, unless what they held is named bilateral:
       "X bersama Y menggelar pertemuan bilateral" is X's meeting with Y) */
    /* "X (lantas) mengajak A dan B bertemu di Z": X met A and B (who do not meet each other) */
    if (w->cls == KIMPUT_EVW_VERB && f->to.n == 0 && f->from.n >= 1) {
      int32_t host = invited_to_meet(s, lo, v, &f->from);
      if (host >= 0) {
        f->to = f->from;
        f->to.along = 0;
        f->from.m[0] = host;
        f->from.n = 1;
        f->from.along = 0;
      }
    }
    if (f->to.n == 0 && f->from.n >= 2 && (!f->from.along || bilateral_at(s, v)) &&
        !(w->cls == KIMPUT_EVW_VERB && (meets_untold(s, v + s->hitlen[v], hi) || meets_someone_else(s, v, hi))))
      f->mutual = 1;
    f->undirected = type == KIMPUT_EVENT_CALL && frm == KIMPUT_FRAME_MUTUAL;
    break;
  default:
    return 0;
  }
  /* "X memuji Y ... dalam sebuah surat": a letter or message named after the
   * clause, with no parties of its own, is the way the subject addressed the
   * person of the clause */
  size_t k = v;
  while (k > lo && cls_at(s, k - 1, KIMPUT_EVW_SKIP)) k--;
  int after_clause = k > lo + 2 && front_at(s, k - 1);
  if (w->cls == KIMPUT_EVW_NOUN && (type == KIMPUT_EVENT_LETTER || type == KIMPUT_EVENT_MESSAGE) &&
      (f->from.n == 0 || ((w->flags & KIMPUT_EVWF_POSSESSED) && after_clause)) && f->to.n == 0 && !verbal) {
    /* (not the way of an event the clause tells already: "X mendapat ucapan selamat dari Y melalui
       pesan singkat" is Y's message to X, not one from X to Y) */
    int told = 0;
    for (size_t j = lo; j + 1 < k && j < lo + 60 && !told; j++) told = used[j - lo] && cls_at(s, j, KIMPUT_EVW_VERB);
    if (after_clause && !told && v < lo + 60) {
      f->from.n = 0;  /* "X memuji Y dalam pesannya": the owner is X, not the Y just before */
      int32_t first = -1, other = -1;
      for (size_t j = lo; j < k - 1; j++) {
        int32_t m = s->mstart[j];
        if (m < 0) continue;
        if (first < 0) {
          /* the subject opens the sentence, or follows a fronted adverbial ("Pada bulan lalu, X") */
          if (j > lo + 3 && !(j < lo + 12 && is_punct(s, j - 1, ','))) break;
          first = m;
        } else if (s->men[m].kind == KIMPUT_ENT_PERSON && s->men[m].entity != s->men[first].entity &&
                   !(s->mfirst[m] > lo && (cls_at(s, s->mfirst[m] - 1, KIMPUT_EVW_AND) ||
                                           cls_at(s, s->mfirst[m] - 1, KIMPUT_EVW_WITH)))) {
          /* the latest person before the noun, not one listed with the subject nor
           * one of a pair the clause names ("pembahasan antara A dengan B") */
          other = m;
        }
        j = s->mlast[m];
      }
      if (first >= 0 && other >= 0) {
        list_add(&f->from, first);
        list_add(&f->to, other);
      }
    }
  }
  /* "X melalui surat (bernomor …) meminta Y", "Melalui surat tertanggal …, X meminta Y": a letter
     named before the clause, with no parties of its own, is the way its subject addressed the
     person the clause names next */
  /* ("Melalui suratnya, X mengajak Y": the owner of a possessed letter is that subject, found
     already; "Dalam surat yang dikirim Selasa, X meminta Y" opening the sentence reads so too, not
     "Dalam surat itu," which points back at a letter told before) */
  int way = k > lo && (token_is_ci(s, k - 1, "melalui") || token_is_ci(s, k - 1, "lewat"));
  int opening_in = k - 1 == lo && token_is_ci(s, lo, "dalam") && !(after < hi && cls_at(s, after, KIMPUT_EVW_THIS)) &&
                   !letter_of_other_kind(s, v, after, hi);
  int possessed_way = (w->flags & KIMPUT_EVWF_POSSESSED) && k - 1 == lo && f->to.n == 0 && f->from.n == 1;
  /* ("Dalam pesannya, X mengundang Y", "Dalam balasannya yang dikirim …, X …": a message its subject owns,
     opening the sentence, reads so too) */
  int owned_message = type == KIMPUT_EVENT_MESSAGE && opening_in && (w->flags & KIMPUT_EVWF_POSSESSED);
  /* ("X, dalam ucapan selamatnya, mengajak Y", "X dalam pesannya meminta Y": the subject's own, set right
     after him, reads so too) */
  size_t owner_at = k > lo + 2 && is_punct(s, k - 2, ',') ? k - 3 : k - 2;  /* (read only when k >= lo + 2) */
  int32_t owner = k >= lo + 2 ? s->mend[owner_at] : -1;
  int owned_mid = (w->flags & KIMPUT_EVWF_POSSESSED) && type_class(type) == KIMPUT_EVENT_LETTER && k > lo &&
                  token_is_ci(s, k - 1, "dalam") && f->to.n == 0 && owner >= 0 &&
                  s->men[owner].kind == KIMPUT_ENT_PERSON && s->mfirst[owner] <= lo + 3 &&
                  (f->from.n == 0 || (f->from.n == 1 && f->from.m[0] == owner));
  if (w->cls == KIMPUT_EVW_NOUN && (type == KIMPUT_EVENT_LETTER || owned_message || owned_mid) &&
      (way || opening_in || owned_mid) && !verbal && ((f->from.n == 0 && f->to.n == 0) || possessed_way || owned_mid)) {
    int32_t first = -1;
    size_t clause = SIZE_MAX;  /* where the clause's verb and its object are looked for */
    if (k - 1 == lo) {       /* opening the sentence: the subject follows its comma */
      for (size_t j = after; j + 1 < hi && j < after + 16 && clause == SIZE_MAX; j++)
        if (is_punct(s, j, ',') && s->mstart[j + 1] >= 0) { first = s->mstart[j + 1]; clause = s->mlast[first] + 1; }
    } else if (way && k >= lo + 2 && s->mend[k - 2] >= 0 && s->mfirst[s->mend[k - 2]] <= lo + 3) {
      first = s->mend[k - 2];  /* right after the subject opening the sentence */
      clause = after;
    } else if (owned_mid) {
      first = owner;
      clause = after < hi && is_punct(s, after, ',') ? after + 1 : after;
    }
    if (possessed_way && first != f->from.m[0]) first = -1;
    int32_t addressee = -1;
    /* the person the clause addresses with kepada ("X berterima kasih kepada Y") ... */
    if (first >= 0 && clause < hi && is_word(s, clause) && !capital_at(s, clause)) {
      int32_t from2;
      size_t to_tok2 = 0;
      preps_after(s, clause, hi, type, &addressee, &from2, &to_tok2);
      if (addressee >= 0 && (!token_is(s, to_tok2 - 1, "kepada") || s->men[addressee].kind != KIMPUT_ENT_PERSON ||
                      s->men[addressee].entity == s->men[first].entity))
        addressee = -1;
    }
    /* ... or the person right after the verb (a lower-case word, not a passive one: "X disebut
       Y" is no letter of X's), not one listed with the subject */
    for (size_t j = clause + 1; addressee < 0 && first >= 0 && j < hi && j < clause + 12; j++) {
      if (is_punct(s, j, '.') || is_punct(s, j, ';') || is_punct(s, j, ',')) break;
      int32_t m = s->mstart[j];
      if (m < 0) continue;
      /* (a name inside the letter's number, "Nomor 100/1575/SJ", is none) */
      if (!is_word(s, j - 1) || capital_at(s, j - 1)) { j = s->mlast[m]; continue; }
      if (s->men[m].kind == KIMPUT_ENT_PERSON && s->men[m].entity != s->men[first].entity && !s->hit[j - 1] &&
          !passive_word(s, j - 1))
        addressee = m;
      break;
    }
    if (addressee >= 0) {
      f->from.n = 0;
      list_add(&f->from, first);
      list_add(&f->to, addressee);
    }
  }
  /* "X mengatakan bahwa Y dalam surat itu meminta maaf": the person right before "dalam" and the
     letter, the subject of the clause a verb of saying opens, is its writer, never the one it went
     to; the other party is the one it reached */
  static const char *const told[] = {"bahwa", "mengatakan", "menyatakan", "menyebut", "menyebutkan",
                                     "mengungkapkan", "menjelaskan", "menambahkan", "menegaskan", "mengaku"};
  int32_t before_in = k >= lo + 2 && token_is_ci(s, k - 1, "dalam") ? s->mend[k - 2] : -1;
  size_t in_first = before_in >= 0 ? s->mfirst[before_in] : 0;
  int clause_subject = 0;  /* (the object of a verb is whom the letter went to: "X memuji Y dalam surat") */
  for (size_t t = 0; t < sizeof told / sizeof *told && in_first > lo && !clause_subject; t++)
    clause_subject = token_is_ci(s, in_first - 1, told[t]);
  if (type_class(type) == KIMPUT_EVENT_LETTER && w->cls == KIMPUT_EVW_NOUN && before_in >= 0 && clause_subject &&
      f->from.n == 1 && f->to.n == 1 && s->men[before_in].kind == KIMPUT_ENT_PERSON &&
      s->men[f->to.m[0]].entity == s->men[before_in].entity &&
      s->men[f->from.m[0]].entity != s->men[f->to.m[0]].entity) {
    int32_t writer = f->to.m[0];
    f->to.m[0] = f->from.m[0];
    f->from.m[0] = writer;
  }
  drop_cut(s, &f->from);
  drop_cut(s, &f->to);
  return f->from.n > 0 && (f->to.n > 0 || f->mutual);
}

static void span_of(const scan *s, const frame *f, uint32_t *ea, uint32_t *eb) {
  uint32_t a = s->tok[f->trig_start].start, b = s->tok[f->trig_end - 1].end;
  const partylist *ls[2] = {&f->from, &f->to};
  /* a reply's recipient is the subject of the reply, away from these words: the
   * date nearest them is the message's, not the reply's ("... yang dikirim bulan lalu") */
  for (int k = 0; k < (f->reply ? 1 : 2); k++)
    for (int i = 0; i < ls[k]->n; i++) {
      const kimput_mention *m = &s->men[ls[k]->m[i]];
      if (m->start < a) a = m->start;
      if (m->end > b) b = m->end;
    }
  *ea = a; *eb = b;
}

/* the largest scratch block kept from one document to the next (the block
 * of a document of about 1.3 MB); a larger one is freed after its scan */
#define EVWORK_KEEP ((size_t)4 << 20)

struct kimput_evwork {
  char *block;  /* the per-token and per-mention arrays of the last scan */
  size_t cap;
  kimput_sentence *kept;  /* the body sentences of the last scan that left some out */
  size_t kept_cap;
  uint64_t memo_stamp;  /* the stamp of the lexicon the memo is of (0: none) */
  wordmemo memo[MEMO_SIZE];
};

/* Is the letter noun at token v (its phrase ending at trig_end) a letter of another kind than
 * correspondence: "surat terbuka", "surat permohonan anggaran", "surat dakwaan"? */
static int letter_of_other_kind(const scan *s, size_t v, size_t trig_end, size_t hi) {
  static const char *const other[] = {"terbuka", "permohonan", "edaran", "keputusan", "pengunduran", "lamaran",
                                      "dakwaan", "tuntutan", "rekomendasi", "izin", "perintah", "kuasa"};
  for (size_t k = 0; k < sizeof other / sizeof *other; k++)  /* after the noun, or ending its phrase */
    if ((trig_end < hi && token_is(s, trig_end, other[k])) || (trig_end > v + 1 && token_is(s, trig_end - 1, other[k])))
      return 1;
  return 0;
}

/* "Selain Xi, Prabowo juga bertemu Biden", "Selain bertemu Xi, Prabowo juga menelepon Biden": the
 * time of the event of the party after an opening "Selain" with one of the parties of the
 * event told here (from; the latest such told since recent, held or planned as it is), or -1 */
static int32_t besides_date(const scan *s, size_t lo, size_t hi, uint32_t recent, const partylist *from,
                            int planned) {
  if (lo + 2 >= hi || !token_is_ci(s, lo, "selain") || from->n == 0) return -1;
  size_t a = lo + 1;
  if (cls_at(s, a, KIMPUT_EVW_VERB)) a += s->hitlen[a];
  a = skip_fillers(s, a, hi);
  int32_t m = a < hi ? s->mstart[a] : -1;
  if (m < 0) return -1;
  int32_t other = s->men[m].entity;
  for (size_t k = s->nev; k-- > 0 && s->ev[k].start >= recent;) {
    const kimput_event *x = s->ev[k].merged_into >= 0 ? &s->ev[s->ev[k].merged_into] : &s->ev[k];
    if (x->date < 0 || !x->planned != !planned || told_as_last(s, x)) continue;
    for (int i = 0; i < from->n; i++) {
      int32_t e = s->men[from->m[i]].entity;
      if ((x->sender == e && x->recipient == other) || (x->recipient == e && x->sender == other)) return x->date;
    }
  }
  return -1;
}

/* "Selain X, Y juga mengirim surat ucapan selamat.": a letter or message whose
 * sender is named with "juga", "pula", "turut" or "pun" near its trigger (or
 * after an opening "Selain X,") but whose addressee is not is one more letter
 * to the addressee of the latest letter or message told; -1 when none fits. */
/* Is the subject before the trigger at v a group (para, sejumlah, beberapa, berbagai ... within six tokens,
 * no party named between)? */
static int group_subject(const scan *s, size_t lo, size_t v) {
  for (size_t k = v; k > lo && k + 6 > v; k--) {
    if (s->mstart[k - 1] >= 0 || s->mend[k - 1] >= 0 || is_punct(s, k - 1, ',') || is_punct(s, k - 1, '.')) return 0;
    if (token_is_ci(s, k - 1, "para") || token_is_ci(s, k - 1, "sejumlah") || token_is_ci(s, k - 1, "beberapa") ||
        token_is_ci(s, k - 1, "berbagai") || token_is_ci(s, k - 1, "banyak"))
      return 1;
  }
  return 0;
}

/* "Selain bertemu Y, X juga dijadwalkan bertemu Z": a meeting or call fronted by "Selain" at v is
 * planned when the main clause's verb after the comma is (a PLANNED word in the few words before
 * its trigger)? */
static int fronted_besides_planned(const scan *s, size_t lo, size_t hi, size_t v) {
  enum { MAIN_WORDS = 8 };
  if (!token_is_ci(s, lo, "selain") || v > lo + 2 || !s->hit[v] || hit_at(s, v)->cls != KIMPUT_EVW_VERB) return 0;
  size_t c = v + 1;
  while (c < hi && c < v + 12 && !is_punct(s, c, ',')) c++;
  for (size_t k = c + 1; k < hi && k < c + 1 + MAIN_WORDS; k++) {
    if (cls_at(s, k, KIMPUT_EVW_PLANNED)) return 1;
    if (s->hit[k] && hit_at(s, k)->cls == KIMPUT_EVW_VERB) return 0;
  }
  return 0;
}

/* Does the sentence [lo, hi) open with an unnamed group ("Sejumlah (Para, Beberapa, Berbagai, Banyak) ...",
 * past an opening "Sebelumnya," or "Selain itu,")? */
static int group_opening(const scan *s, size_t lo, size_t hi) {
  size_t k = lo;
  if (k + 2 < hi && (token_is_ci(s, k, "sebelumnya") || token_is_ci(s, k, "kemudian")) && is_punct(s, k + 1, ',')) k += 2;
  return k < hi && (token_is_ci(s, k, "sejumlah") || token_is_ci(s, k, "para") || token_is_ci(s, k, "beberapa") ||
                    token_is_ci(s, k, "berbagai") || token_is_ci(s, k, "banyak"));
}

/* The members of a group subject, listed after a comma and a word of naming past the event's words and
 * its addressees ("..., di antaranya A, B, dan C"): into f's senders; 1 when some were. */
/* Does the sentence [lo, hi) open with a gathering named again and held ("Acara ini berlangsung ...",
 * "Kegiatan tersebut digelar ...")? */
static int held_opening(const scan *s, size_t lo, size_t hi) {
  static const char *const held[] = {"berlangsung", "digelar", "dilaksanakan", "diselenggarakan", "diadakan"};
  if (lo + 3 >= hi || !(token_is(s, lo, "Acara") || token_is(s, lo, "Kegiatan")) ||
      !(token_is(s, lo + 1, "ini") || token_is(s, lo + 1, "itu") || token_is(s, lo + 1, "tersebut")))
    return 0;
  for (size_t i = 0; i < sizeof held / sizeof *held; i++)
    if (token_is(s, lo + 2, held[i])) return 1;
  return 0;
}

/* "X berkomunikasi dengan Y. Komunikasi dilakukan melalui sambungan telepon pada Kamis (28/4)": does the
 * sentence [lo, hi) open with a bare noun of talk ("Komunikasi", "Percakapan", "Perbincangan", "Pembicaraan"; a
 * demonstrative may follow) and a verb of taking place (held_at)? It tells the talk just told. */
static int talk_held_opening(const scan *s, size_t lo, size_t hi) {
  if (lo + 3 >= hi || !(token_is(s, lo, "Komunikasi") || token_is(s, lo, "Percakapan") ||
                        token_is(s, lo, "Perbincangan") || token_is(s, lo, "Pembicaraan")))
    return 0;
  return held_at(s, lo + 1, hi);
}

/* Does the sentence at token lo open with "Di antara" ("Diantara"): the members of a group follow? */
static int among_opening(const scan *s, size_t lo) {
  return token_is_ci(s, lo, "diantara") || (token_is_ci(s, lo, "di") && token_is(s, lo + 1, "antara"));
}

/* "... dengan Y itu adalah A, B, dan C", "... dengan Y antara lain A dan B": past the party ending
 * before token k (a demonstrative or a comma between), a list word and the members of the group met,
 * put in f->from; 0 when none. */
static int members_met(const scan *s, size_t k, size_t hi, frame *f) {
  for (size_t n = 0; k + 1 < hi && n < 2 && (cls_at(s, k, KIMPUT_EVW_THIS) || is_punct(s, k, ',')); n++) k++;
  if (k + 1 >= hi || !cls_at(s, k, KIMPUT_EVW_NAMELY)) return 0;
  int32_t p = party_after(s, k + s->hitlen[k], hi);
  if (p < 0 || s->men[p].kind != KIMPUT_ENT_PERSON) return 0;
  list_fwd(s, hi, p, &f->from);
  return f->from.n > 0;
}

static int named_members(const scan *s, size_t from, size_t hi, frame *f) {
  size_t k = from;
  if (f->to.n > 0 && s->mlast[f->to.m[f->to.n - 1]] + 1 > k) k = s->mlast[f->to.m[f->to.n - 1]] + 1;
  for (size_t n = 0; k + 2 < hi && n < 8; k++, n++) {
    if (is_punct(s, k, '.') || is_punct(s, k, ';') || s->mstart[k] >= 0) return 0;
    if (!is_punct(s, k, ',') || !cls_at(s, k + 1, KIMPUT_EVW_NAMELY)) continue;
    int32_t p = party_after(s, k + 1 + s->hitlen[k + 1], hi);
    if (p < 0) return 0;
    list_fwd(s, hi, p, &f->from);
    /* (after the word of naming, members set off by commas or "&" with no closing "dan" are a list all the
       same: "antara lain PM Z A, PM W B & Presiden V C, dan juga dari ...") */
    for (size_t j = f->from.n ? s->mlast[f->from.m[f->from.n - 1]] + 1 : hi;
         f->from.n < MAX_LIST && j + 1 < hi &&
         (is_punct(s, j, ',') || (s->tok[j].end - s->tok[j].start == 1 && s->text[s->tok[j].start] == '&'));) {
      int32_t q = s->mstart[j + 1];
      if (q < 0 || s->men[q].kind != KIMPUT_ENT_PERSON) break;
      list_add(&f->from, q);
      j = s->mlast[q] + 1;
    }
    return f->from.n > 0;
  }
  return 0;
}

static size_t narrative_between(const scan *s, size_t from, size_t to);

/* Is the letter told in sentence at (+1) near enough to the sentence read for one more to go to its
 * addressee: three sentences at most, the letters' own words quoted between ("“…,” demikian isi surat dari
 * X.") counting none, QUOTED_REACH sentences in all? */
static int letter_near(const scan *s, size_t at) {
  if (!at || at + QUOTED_REACH < s->sentence) return 0;
  return at + 3 >= s->sentence || narrative_between(s, at, s->sentence) < 3;
}

static int32_t also_addressed(const scan *s, size_t lo, size_t hi, size_t v, size_t trig_end, int32_t sender) {
  /* "Selain X, ucapan selamat pun datang dari Z" ("Setelah X, ..."): X the sender of a letter or message
     told further back (QUOTED_REACH sentences at most), Z's goes to its addressee */
  if (lo + 2 < hi && (token_is_ci(s, lo, "selain") || token_is_ci(s, lo, "setelah")) && s->mstart[lo + 1] >= 0 &&
      is_punct(s, s->mlast[s->mstart[lo + 1]] + 1, ',')) {
    const int32_t named = s->men[s->mstart[lo + 1]].entity;
    size_t kept = s->nletters < LETTERS_KEPT ? s->nletters : LETTERS_KEPT;
    for (size_t k = 0; k < kept; k++) {
      const size_t at = (s->nletters - 1 - k) % LETTERS_KEPT;
      if (s->letters[at].sentence + QUOTED_REACH < s->sentence) break;
      if (s->letters[at].from == named && s->letters[at].to != sender && s->letters[at].to >= 0) {
        for (size_t j = trig_end; j < hi && j < trig_end + 6 && is_word(s, j); j++)
          if (token_is(s, j, "kepada")) return -1;
        return s->letters[at].to;
      }
    }
  }
  /* the letter told shortly before, or the one an unnamed group sent to one addressee after it */
  int group = s->group_sentence > LETTER_SENTENCE(s) && s->group_to != sender && letter_near(s, s->group_sentence);
  if (!group && !letter_near(s, LETTER_SENTENCE(s))) return -1;
  if (letter_of_other_kind(s, v, trig_end, hi)) return -1;
  int also = token_is(s, lo, "selain");
  for (size_t k = v > lo + 3 ? v - 3 : lo; k < hi && k < v + 4 && !also; k++)
    also = token_is(s, k, "juga") || token_is(s, k, "pula") || token_is(s, k, "turut") || token_is(s, k, "pun");
  /* ("Salah satunya (adalah) X yang mengucapkan selamat", "Salah satu di antaranya, yaitu ucapan selamat dari
     X": one of those who sent it) */
  int one_of = lo + 1 < hi && token_is_ci(s, lo, "salah") && (token_is(s, lo + 1, "satunya") ||
                                                              token_is(s, lo + 1, "satu") || token_is(s, lo + 1, "seorang"));
  if (!also && !one_of) return -1;
  /* (an addressee of its own that is no party is not the one told: "Z juga mengirim pesan kepada Ketua
     Parlemen Myanmar") */
  for (size_t k = trig_end; k < hi && k < trig_end + 6 && is_word(s, k); k++)
    if (token_is(s, k, "kepada")) return -1;
  if (group) return s->group_to;
  /* (past the replies: "X mengirim ucapan selamat kepada Y. Y membalas surat X. Z juga
     menyampaikan ucapan selamat." congratulates Y, not X) */
  size_t kept = s->nletters < LETTERS_KEPT ? s->nletters : LETTERS_KEPT;
  for (size_t k = 0; k < kept; k++) {
    const size_t at = (s->nletters - 1 - k) % LETTERS_KEPT;
    int reply = 0;
    for (size_t j = k + 1; j < kept && !reply; j++) {
      const size_t older = (s->nletters - 1 - j) % LETTERS_KEPT;
      reply = s->letters[older].from == s->letters[at].to && s->letters[older].to == s->letters[at].from;
    }
    if (reply) continue;
    return s->letters[at].to != sender && s->letters[at].from != sender ? s->letters[at].to : -1;
  }
  return -1;
}

/* Does a phrase of leaders (kedua pemimpin, kedua kepala negara) stand within four tokens of v? */
static int leaders_phrase_near(const scan *s, size_t lo, size_t hi, size_t v) {
  for (size_t k = v > lo + 4 ? v - 4 : lo; k + 1 < hi && k < v + 4; k++)
    if (token_is_ci(s, k, "kedua") &&
        (token_is(s, k + 1, "pemimpin") || (k + 2 < hi && token_is(s, k + 1, "kepala") && token_is(s, k + 2, "negara"))))
      return 1;
  return 0;
}

/* The latest pair of leaders among the last events into *a, *b (left as they are when none). */
static void latest_leaders(const scan *s, int32_t *a, int32_t *b) {
  for (size_t n = 0, k = s->nev; k > 0 && n < CHAIN_WALK; k--, n++) {
    const kimput_event *x = &s->ev[k - 1];
    if (x->sender >= 0 && x->recipient >= 0 && (s->undated[x->sender] & LEADER) && (s->undated[x->recipient] & LEADER)) {
      *a = x->sender;
      *b = x->recipient;
      return;
    }
  }
}

/* "Kedua pemimpin kembali bertemu" after the leaders' meeting and then their ministers': the pair
 * a phrase of leaders near the trigger v names is the latest pair of leaders among the last
 * events, when the pair *a, *b of the last one is not (a party named with another role); *a, *b
 * are left as they are otherwise. */
static void leaders_pair(const scan *s, size_t lo, size_t hi, size_t v, int32_t *a, int32_t *b) {
  if (!leaders_phrase_near(s, lo, hi, v) || *a < 0 || *b < 0) return;
  uint8_t fa = s->undated[*a], fb = s->undated[*b];
  if ((fa & LEADER) && (fb & LEADER)) return;
  if (!((fa & ROLED) && !(fa & LEADER)) && !((fb & ROLED) && !(fb & LEADER))) return;  /* no other role known */
  latest_leaders(s, a, b);
}

/* Does the sentence from token lo open with a fronted clause that points back ("Dalam percakapan
 * itu,", "Dalam pembicaraan telepon tersebut,") before token v, after a call between a and b told
 * in events [first, first + n)? */
static int in_call_told(const scan *s, size_t lo, size_t v, size_t first, size_t n, int32_t a, int32_t b) {
  if (!front_at(s, lo)) return 0;
  int back = 0;
  /* (a relative clause may stand before the demonstrative: "Dalam percakapan yang berlangsung sekitar 20
     menit itu,") */
  for (size_t k = lo + 1; k < v && k < lo + 10 && !back; k++) {
    if (is_punct(s, k, ',') || s->mstart[k] >= 0) return 0;
    back = cls_at(s, k, KIMPUT_EVW_THIS) && k + 1 < v && is_punct(s, k + 1, ',');
  }
  for (size_t k = first; back && k < first + n; k++)
    if (s->ev[k].type == KIMPUT_EVENT_CALL && same_parties(&s->ev[k], KIMPUT_EVENT_CALL, 1, a, b)) return 1;
  return 0;
}

/* "... ucapan selamat dari Y, yang disampaikan langsung melalui sambungan telepon": from token k (a comma or
 * "yang"), a relative clause of the greeting's passive of sending ("disampaikan", "dikirim", "dikirimkan",
 * "diucapkan"; "langsung" or "secara langsung" after it) right before the way ("melalui", "lewat", "via"): the
 * token of the way, or k when no such clause (it tells the greeting's way, not another clause's). */
static size_t way_clause_end(const scan *s, size_t k, size_t hi) {
  size_t j = k < hi && is_punct(s, k, ',') ? k + 1 : k;
  if (j + 2 >= hi || !token_is(s, j, "yang")) return k;
  j++;
  if (!(token_is(s, j, "disampaikan") || token_is(s, j, "dikirim") || token_is(s, j, "dikirimkan") ||
        token_is(s, j, "diucapkan")))
    return k;
  j++;
  if (j + 1 < hi && token_is(s, j, "secara") && token_is(s, j + 1, "langsung")) j += 2;
  else if (j < hi && token_is(s, j, "langsung")) j++;
  return j < hi && (token_is(s, j, "melalui") || token_is(s, j, "lewat") || token_is(s, j, "via")) ? j : k;
}

/* Does the greeting of the sentence [lo, hi) name no way and no day of its own (a short sentence, no fronted
 * clause, no "via", no letter noun; a year alone is none, "… yang terpilih lewat Pemilu 2024")? */
static int greeting_plain(const scan *s, size_t lo, size_t hi) {
  if (hi > lo + 40 || front_at(s, lo)) return 0;  /* (a short sentence; a fronted clause says its own way) */
  for (size_t d = date_from(s, s->tok[lo].start); d < s->ndates && s->dates[d].start < s->tok[hi - 1].end; d++)
    if (strlen(s->dates[d].value) > 4) return 0;
  /* (past "yang" opening a clause on the addressee, a way is his: "… kepada Y yang terpilih lewat Pemilu 2024"; not
     a clause of the greeting's sending, "…, yang disampaikan melalui …") */
  int relative = 0;
  for (size_t k = lo; k < hi; k++) {
    relative |= token_is(s, k, "yang") && way_clause_end(s, k, hi) == k;
    if ((!relative && (cls_at(s, k, KIMPUT_EVW_FRONT) || token_is_ci(s, k, "via"))) ||
        (cls_at(s, k, KIMPUT_EVW_NOUN) && hit_at(s, k)->type == KIMPUT_EVENT_LETTER))
      return 0;
  }
  return 1;
}

/* "X mengucapkan selamat kepada Y. Pembicaraan melalui telepon antara X dengan Y berlangsung …", "… Percakapan
 * telepon itu berlangsung …": does the sentence [nlo, nhi) after the plain greeting of [lo, hi) between a and b
 * open with a talk by telephone (a word of talk, the telephone within a few words) that names both or points
 * back with a demonstrative? The greeting was said in that call. */
static int call_told_next(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi, size_t nlo, size_t nhi,
                          int32_t a, int32_t b) {
  enum { PHONE_REACH = 4 };  /* words from the talk's noun to the telephone's */
  if (nhi > s->ntok || nlo + 3 > nhi || !greeting_plain(s, lo, hi)) return 0;
  if (!(token_is_ci(s, nlo, "pembicaraan") || token_is_ci(s, nlo, "percakapan") || token_is_ci(s, nlo, "perbincangan") ||
        token_is_ci(s, nlo, "komunikasi") || token_is_ci(s, nlo, "panggilan")))
    return 0;
  size_t t = nlo + 1;
  while (t < nhi && t <= nlo + PHONE_REACH && !(token_is_ci(s, t, "telepon") || token_is_ci(s, t, "telefon") ||
                                                  token_is_ci(s, t, "telpon") || token_is_ci(s, t, "pertelepon")))
    t++;
  if (t >= nhi || t > nlo + PHONE_REACH) return 0;
  if (t + 1 < nhi && word_class(s, lex, t + 1) == KIMPUT_EVW_THIS) return 1;
  int seen_a = 0, seen_b = 0;
  for (size_t k = t + 1; k < nhi && k < t + 30; k++) {
    if (s->mstart[k] < 0) continue;
    seen_a |= s->men[s->mstart[k]].entity == a;
    seen_b |= s->men[s->mstart[k]].entity == b;
  }
  return seen_a && seen_b;
}

/* "X menelepon Y pada Kamis. X mengucapkan selamat atas terpilihnya Y.": is the greeting of the sentence
 * [lo, hi) the call between a and b told in events [first, first + n), the sentence before, the greeting
 * naming no way and no day of its own (not "… melalui akun media sosialnya", "… via pesan singkat", a letter)? */
static int said_in_call(const scan *s, size_t lo, size_t hi, size_t first, size_t n, int32_t a, int32_t b) {
  if (!greeting_plain(s, lo, hi)) return 0;
  for (size_t k = first; k < first + n; k++)
    if (s->ev[k].type == KIMPUT_EVENT_CALL && same_parties(&s->ev[k], KIMPUT_EVENT_CALL, 1, a, b)) return 1;
  return 0;
}

/* "X bertemu Y dan menyerahkan surat dari Z": the letter a courier hands over
 * without an addressee named goes to whom the courier met, in a meeting told
 * in events [first, s->nev) (this sentence or the one before); -1 when none. */
static int32_t met_by_courier(const scan *s, size_t first, int32_t courier, int32_t sender) {
  if (s->nev > first + COURIER_REACH) first = s->nev - COURIER_REACH;  /* bounded: linear */
  for (size_t k = s->nev; k > first; k--) {
    const kimput_event *x = &s->ev[k - 1];
    if (x->type != KIMPUT_EVENT_MEETING || x->planned) continue;
    int32_t other = x->sender == courier ? x->recipient : x->recipient == courier ? x->sender : -1;
    if (other >= 0 && other != sender) return other;
  }
  return -1;
}

/* Was a letter to party told among the letters kept, QUOTED_REACH sentences back at most? */
static int letter_to_kept(const scan *s, int32_t party) {
  for (size_t n = s->nletters, k = 0; n > 0 && k < LETTERS_KEPT; n--, k++) {
    const size_t at = (n - 1) % LETTERS_KEPT;
    if (s->letters[at].sentence + QUOTED_REACH < s->sentence) break;
    if (s->letters[at].to == party) return 1;
  }
  return 0;
}

/* How many of the sentences strictly between sentences from and to (numbered from 1) start outside
 * a quotation? The quotation marks of those sentences alone are paired, on the rare path of a reply
 * that found no letter near; SIZE_MAX when they cannot be. */
static size_t narrative_between(const scan *s, size_t from, size_t to) {
  uint32_t span[2] = {s->sent[from - 1].start, s->sent[to - 1].start};
  kimput_quote *q = NULL;
  size_t nq = 0, told = 0;
  if (span[0] >= span[1] || kimput_quotes_scan(s->text, s->len, span, 1, &q, &nq) != KIMPUT_OK) return SIZE_MAX;
  /* (the quotes come in the order of their opening marks, the sentences in text order: one walk) */
  size_t k = 0;
  for (size_t j = from; j + 1 < to; j++) {
    const uint32_t at = s->tok[s->sent[j].first_token].start;
    while (k < nq && q[k].close <= at) k++;
    int inside = 0;
    for (size_t i = k; i < nq && q[i].open <= at && !inside; i++) inside = at < q[i].close;
    told += !inside;
  }
  free(q);
  return told;
}

/* "X mengirim pesan kepada Y: "A. B. C. D," demikian pesan X. Y membalasnya.": the latest letter to
 * the one replying told further back than LETTER_REACH sentences (QUOTED_REACH at most) but with no
 * more narrative between than that, the letter's own words quoted over several paragraphs not
 * counting; its sender, or -1. */
static int32_t quoted_letter_to(const scan *s, int32_t replier) {
  for (size_t n = s->nletters, k = 0; n > 0 && k < LETTERS_KEPT; n--, k++) {
    const size_t at = (n - 1) % LETTERS_KEPT;
    if (s->letters[at].sentence + QUOTED_REACH < s->sentence) break;
    if (s->letters[at].to != replier || s->letters[at].from == replier) continue;
    if (s->letters[at].sentence + LETTER_REACH >= s->sentence) return -1;  /* (answered() saw it) */
    return narrative_between(s, s->letters[at].sentence, s->sentence) < LETTER_REACH ? s->letters[at].from : -1;
  }
  return -1;
}

/* "Kim membalas surat tersebut", "Sebagai balasan, Kim mengirim surat": the
 * sender of the latest letter or message to the one replying (LETTER_REACH
 * sentences back at most, the letter's quoted words aside); -1 when none. */
static int32_t answered(const scan *s, int32_t replier) {
  for (size_t n = s->nletters, k = 0; n > 0 && k < LETTERS_KEPT; n--, k++) {
    const int32_t from = s->letters[(n - 1) % LETTERS_KEPT].from, to = s->letters[(n - 1) % LETTERS_KEPT].to;
    if (s->letters[(n - 1) % LETTERS_KEPT].sentence + LETTER_REACH < s->sentence) break;
    if (to == replier && from != replier) return from;
  }
  int32_t quoted = quoted_letter_to(s, replier);
  if (quoted >= 0) return quoted;
  /* "Sumarno menyurati Presiden. Sekretariat Presiden membalas surat itu": an office replying
     for the addressee, to the writer of the letter told in the sentence before (a person who
     received nothing answers nobody) */
  if (s->nletters > 0 && replier >= 0 && (s->undated[replier] & BODY)) {
    size_t last = (s->nletters - 1) % LETTERS_KEPT;
    if (s->letters[last].sentence + 1 >= s->sentence && s->letters[last].from >= 0 &&
        s->letters[last].from != replier && s->letters[last].to != replier)
      return s->letters[last].from;
  }
  return -1;
}

/* "X mengucapkan selamat kepada Y. Ucapan selamat dari X dikirim melalui kabel diplomatik.": a sentence
 * opening (past a phrase set off by a comma: "Mengutip kantor berita Z, ...") with a message noun, its
 * sender ("dari X"), a passive verb of sending and "melalui" (via, lewat) a letter noun tells that the
 * message X sent in the three sentences before (from recent) went as a letter: the latest one is
 * retyped, and the sentence's words add no event of their own. */
static void sent_as_letter(scan *s, size_t lo, size_t hi, uint32_t recent, uint8_t *used, const uint32_t *trig,
                           size_t ntrig) {
  static const char *const sent[] = {"dikirim", "dikirimkan", "disampaikan", "diberikan", "dilayangkan"};
  static const char *const via[] = {"melalui", "via", "lewat"};
  /* (the noun opens the sentence or follows a comma of its first words: the sentence's nouns are among
     its triggers, trig, listed in order by mark_words, which read [lo, hi) last) */
  size_t v = hi;
  for (size_t t = 0; t < ntrig && trig[t] < lo + 12; t++)
    if (cls_at(s, trig[t], KIMPUT_EVW_NOUN) && (trig[t] == lo || is_punct(s, trig[t] - 1, ','))) {
      v = trig[t];
      break;
    }
  if (v >= hi || v >= lo + 12 || hit_at(s, v)->type != KIMPUT_EVENT_MESSAGE) return;
  size_t j = v + s->hitlen[v];
  int32_t sender = -1;
  if (j + 1 < hi && token_is(s, j, "dari") && s->mstart[j + 1] >= 0) {
    sender = s->men[s->mstart[j + 1]].entity;
    j = s->mlast[s->mstart[j + 1]] + 1;
  } else {
    return;  /* (with a demonstrative, "Ucapan itu disampaikan melalui surat", the noun pointed back does it) */
  }
  int ok = 0;
  for (size_t i = 0; j < hi && i < sizeof sent / sizeof *sent && !ok; i++) ok = token_is(s, j, sent[i]);
  if (!ok || ++j >= hi) return;
  ok = 0;
  for (size_t i = 0; i < sizeof via / sizeof *via && !ok; i++) ok = token_is(s, j, via[i]);
  if (!ok || ++j >= hi) return;
  if (j + 1 < hi && (token_is(s, j, "sebuah") || token_is(s, j, "sepucuk"))) j++;
  if (!cls_at(s, j, KIMPUT_EVW_NOUN) || hit_at(s, j)->type != KIMPUT_EVENT_LETTER) return;
  /* the latest message told since recent (a few events back at most: bounded) */
  for (size_t k = s->nev, n = 0; k-- > 0 && n < 8 && s->ev[k].start >= recent; n++) {
    kimput_event *x = &s->ev[s->ev[k].merged_into >= 0 ? (size_t)s->ev[k].merged_into : k];
    if (x->type != KIMPUT_EVENT_MESSAGE || (sender >= 0 && x->sender != sender)) continue;
    x->type = KIMPUT_EVENT_LETTER;
    for (size_t i = k + 1; i < s->nev; i++)
      if (s->ev[i].merged_into >= 0 && &s->ev[s->ev[i].merged_into] == x) s->ev[i].type = KIMPUT_EVENT_LETTER;
    for (size_t i = v; i < j + s->hitlen[j]; i++) used[i] = 1;
    return;
  }
}

/* "X menyampaikan belasungkawa kepada Y. "Dalam surat tersebut, …," demikian tertulis.": a sentence opening
 * (past its quotation mark) with "Dalam", a letter noun and a demonstrative points back at the message of
 * the sentence before (events [first, first + n)) as a letter, when no letter was told since recent: the
 * latest message is retyped. */
static void message_was_letter(scan *s, size_t lo, size_t hi, size_t first, size_t n, uint32_t recent) {
  size_t j = lo < hi && s->tok[lo].kind == KIMPUT_TOK_QUOTE ? lo + 1 : lo;
  if (n == 0 || j + 3 >= hi || !cls_at(s, j + 1, KIMPUT_EVW_NOUN) || hit_at(s, j + 1)->type != KIMPUT_EVENT_LETTER)
    return;
  size_t after = j + 1 + s->hitlen[j + 1];
  /* (or a letter sent, its sender the message's, named in the sentence: "X menyampaikan belasungkawa kepada Y. Dalam
     (Melalui) surat yang dikirim langsung dari Z, X mengekspresikan duka cita …") */
  int sent_clause = after + 1 < hi && token_is(s, after, "yang") &&
                    (token_is(s, after + 1, "dikirim") || token_is(s, after + 1, "dikirimkan") ||
                     token_is(s, after + 1, "ditulis") || token_is(s, after + 1, "disampaikan")) &&
                    (token_is_ci(s, j, "dalam") || token_is_ci(s, j, "melalui") || token_is_ci(s, j, "lewat"));
  if (!sent_clause && (after >= hi || !token_is_ci(s, j, "dalam") || !cls_at(s, after, KIMPUT_EVW_THIS))) return;
  for (size_t k = s->nev, c = 0; k-- > 0 && c < 8 && s->ev[k].start >= recent; c++)  /* (bounded: linear) */
    if (s->ev[k].type == KIMPUT_EVENT_LETTER) return;
  for (size_t k = first + n; k-- > first;) {
    kimput_event *x = &s->ev[s->ev[k].merged_into >= 0 ? (size_t)s->ev[k].merged_into : k];
    if (x->type != KIMPUT_EVENT_MESSAGE) continue;
    if (sent_clause) {
      int named = 0;
      for (size_t t = after; t < hi && !named; t++)
        named = s->mstart[t] >= 0 && s->men[s->mstart[t]].entity == x->sender;
      if (!named) continue;
    }
    x->type = KIMPUT_EVENT_LETTER;
    for (size_t i = k + 1; i < s->nev; i++)
      if (s->ev[i].merged_into >= 0 && &s->ev[s->ev[i].merged_into] == x) s->ev[i].type = KIMPUT_EVENT_LETTER;
    return;
  }
}

/* Is mention m's person told dead right after his name ("X yang meninggal dunia", "yang telah wafat",
 * "yang berpulang", "yang tutup usia")? A word or two of time between (telah, baru, sudah). */
static int deceased_after(const scan *s, size_t hi, int32_t m) {
  static const char *const died[] = {"meninggal", "wafat", "berpulang", "tutup", "mangkat", "gugur", "tewas"};
  size_t k = s->mlast[m] + 1;
  if (k < hi && is_punct(s, k, ',')) k++;
  if (k + 1 >= hi || !token_is(s, k, "yang")) return 0;
  for (size_t j = k + 1; j < hi && j < k + 4; j++) {
    for (size_t i = 0; i < sizeof died / sizeof *died; i++)
      if (token_is(s, j, died[i])) return 1;
    if (!token_is(s, j, "telah") && !token_is(s, j, "sudah") && !token_is(s, j, "baru") && !token_is(s, j, "saja"))
      return 0;
  }
  return 0;
}

/* Drop from the addressees l those told dead right after their names; 1 when none is left. */
static int drop_deceased(const scan *s, size_t hi, partylist *l) {
  int n = 0;
  for (int i = 0; i < l->n; i++)
    if (s->men[l->m[i]].kind != KIMPUT_ENT_PERSON || !deceased_after(s, hi, l->m[i])) l->m[n++] = l->m[i];
  if (n == l->n) return 0;
  l->n = n;
  return n == 0;
}

/* The first usable date of the body starting in bytes [a, b), or -1 (binary search, then a few). */
static int32_t date_within(const scan *s, uint32_t a, uint32_t b) {
  for (size_t i = date_from(s, a); i < s->ndates && s->dates[i].start < b; i++)
    if (s->dates[i].end <= b && usable_date(&s->dates[i])) return (int32_t)i;
  return -1;
}

/* Is the sentence [lo, hi) a date alone, closed by a full stop ("Minggu (20/10/2024).")? Its date, else -1. */
static int32_t date_alone(const scan *s, size_t lo, size_t hi) {
  if (lo >= hi || hi - lo > 16 || hi > s->ntok || !is_punct(s, hi - 1, '.')) return -1;
  int32_t d = date_within(s, s->tok[lo].start, s->tok[hi - 1].end);
  if (d < 0) return -1;
  for (size_t k = lo; k + 1 < hi; k++)
    if ((is_word(s, k) || s->tok[k].kind == KIMPUT_TOK_NUMBER) &&
        (s->tok[k].start < s->dates[d].start || s->tok[k].end > s->dates[d].end))
      return -1;
  return d;
}

/* The first token from t (before hi) where a party mention starts (mbits: 64 tokens a word, most
 * start none), else hi. */
static size_t next_mention_start(const scan *s, size_t t, size_t hi) {
  while (t < hi) {
    uint64_t bits = s->mbits[t / 64] & (~0ull << (t % 64));
    if (bits) {
      size_t k = (t & ~(size_t)63) + (size_t)__builtin_ctzll(bits);
      return k < hi ? k : hi;
    }
    t = (t | 63) + 1;
  }
  return hi;
}

/* "X yang memberikan ucapan selamat pada D1 juga baru dibalas oleh Y pada D2": a person described by a
 * relative clause of sending a letter or message, then answered in the passive by Y, sent Y that message
 * (dated in the relative clause) and had Y's reply (dated after Y). Both are emitted here; the words read
 * are marked used. Bounded: a few tokens past each mention. */
static kimput_status greeter_answered(scan *s, size_t lo, size_t hi, uint32_t sa, uint32_t sb, uint8_t *used) {
  for (size_t t = next_mention_start(s, lo, hi); t < hi; t = next_mention_start(s, t + 1, hi)) {
    int32_t x = s->mstart[t];
    if (x < 0 || s->men[x].kind != KIMPUT_ENT_PERSON || s->men[x].entity < 0) continue;
    size_t k = s->mlast[x] + 1;
    if (k + 2 >= hi || !token_is(s, k, "yang")) continue;
    size_t v = k + 1;
    if (v + 1 < hi && adverb_at(s, v)) v++;
    if (!cls_at(s, v, KIMPUT_EVW_VERB) || hit_at(s, v)->frame != KIMPUT_FRAME_SEND) continue;
    int type = hit_at(s, v)->type;
    size_t n = v + s->hitlen[v];
    if (n < hi && cls_at(s, n, KIMPUT_EVW_NOUN) && type_class(hit_at(s, n)->type) == KIMPUT_EVENT_LETTER) {
      type = hit_at(s, n)->type;
      n += s->hitlen[n];
    }
    if (type < 0 || type_class(type) != KIMPUT_EVENT_LETTER) continue;
    size_t r = n;
    while (r < hi && r < n + 12 && !token_is(s, r, "dibalas") && !is_punct(s, r, '.') && !is_punct(s, r, ';') &&
           s->mstart[r] < 0)
      r++;
    if (r + 1 >= hi || !token_is(s, r, "dibalas")) continue;
    size_t p = token_is(s, r + 1, "oleh") ? r + 2 : r + 1;
    int32_t y = p < hi ? s->mstart[p] : -1;
    if (y < 0 || s->men[y].kind != KIMPUT_ENT_PERSON || s->men[y].entity < 0 ||
        s->men[y].entity == s->men[x].entity)
      continue;
    size_t e = s->mlast[y] + 1, c = e;
    while (c < hi && c < e + 8 && !is_punct(s, c, '.') && !is_punct(s, c, ';') && !is_punct(s, c, ',')) c++;
    int32_t d1 = date_within(s, s->tok[n - 1].end, s->tok[r].start);
    int32_t d2 = e < hi ? date_within(s, s->tok[e].start, s->tok[c - 1].end) : -1;
    kimput_status st = emit(s, type, 0, 0, s->men[x].entity, s->men[y].entity, d1, sa, sb, s->men[x].start,
                            s->tok[n - 1].end, KIMPUT_UNSET, KIMPUT_UNSET);
    if (st == KIMPUT_OK)
      st = emit(s, type, 0, 0, s->men[y].entity, s->men[x].entity, d2, sa, sb, s->tok[r].start, s->men[y].end,
                KIMPUT_UNSET, KIMPUT_UNSET);
    if (st != KIMPUT_OK) return st;
    for (size_t i = v; i < n; i++) used[i] = 1;
    used[r] = 1;
    t = p;
  }
  return KIMPUT_OK;
}

kimput_status kimput_evwork_new(kimput_evwork **out) {
  if (!out) return KIMPUT_ERR_ARG;
  *out = calloc(1, sizeof **out);
  return *out ? KIMPUT_OK : KIMPUT_ERR_NOMEM;
}

void kimput_evwork_free(kimput_evwork *work) {
  if (!work) return;
  free(work->block);
  free(work->kept);
  free(work);
}

/* "JAKARTA - Lewat sepucuk surat, ...", "BANDUNG, KOMPAS.com - ...", "Jakarta
 * (ANTARA) - ...", "KOMPAS | JAKARTA — ...", "Sukamaju, 20 Oktober 2025 – ...",
 * "Beritaku.com-Sukamaju, 20 Oktober 2025 – ...": the dateline before the first paragraph's dash is
 * no part of its sentence, whose words then open after the dash (a place in capitals first,
 * or in title case when an agency in parentheses, a day and a year, or an outlet's web name
 * goes with it, then at most a few capitalised words, numbers, dots, commas and parentheses).
 * The first token of the sentence. */
/* "Menurut KCNA pada Kamis (25/12), dalam pesan yang dikirim pada 18 Desember, X mengajak Y ...": a source the
 * sentence opens with, set off by a comma right before a fronted clause of the way ("dalam", "melalui", "lewat"),
 * tells who reported it (and when), no party; the first token of the sentence past it (lo when none). */
static size_t past_according(const scan *s, size_t lo, size_t hi) {
  enum { SOURCE_MAX = 20 };  /* tokens of the source and its day */
  if (lo + 3 >= hi || !token_is_ci(s, lo, "menurut")) return lo;
  for (size_t k = lo + 1; k + 1 < hi && k < lo + SOURCE_MAX; k++) {
    if (is_punct(s, k, '.') || s->tok[k].kind == KIMPUT_TOK_QUOTE) return lo;
    if (is_punct(s, k, ','))
      return token_is(s, k + 1, "dalam") || token_is(s, k + 1, "melalui") || token_is(s, k + 1, "lewat") ? k + 1 : lo;
  }
  return lo;
}

static size_t after_dateline(const scan *s, size_t lo, size_t hi) {
  enum { DATELINE_TOKENS = 8 };
  /* ("(Beritaku – Nasional) Menko X ...": the outlet and its section in parentheses) */
  if (is_punct(s, lo, '(') && lo + 2 < hi && is_word(s, lo + 1) && (s->tok[lo + 1].flags & KIMPUT_TOKF_UPPER)) {
    for (size_t k = lo + 2; k + 1 < hi && k < lo + DATELINE_TOKENS; k++) {
      if (is_punct(s, k, ')')) {
        size_t a = k + 1;  /* ("(ANTARA) - X ...": a dash after it) */
        if (a + 1 < hi && (is_punct(s, a, '-') || (s->tok[a].end - s->tok[a].start == 3 &&
                                                   !memcmp(s->text + s->tok[a].start, "\xE2\x80", 2))))
          a++;
        return is_word(s, a) && (s->tok[a].flags & KIMPUT_TOKF_UPPER) ? a : lo;
      }
      if (s->tok[k].kind == KIMPUT_TOK_WORD ? !(s->tok[k].flags & KIMPUT_TOKF_UPPER)
                                            : !(is_punct(s, k, '-') || is_punct(s, k, '.') ||
                                                (s->tok[k].end - s->tok[k].start == 3 &&
                                                 !memcmp(s->text + s->tok[k].start, "\xE2\x80", 2))))
        return lo;
    }
    return lo;
  }
  const kimput_token *t = &s->tok[lo];
  /* ("beritaku – Dalam suasana ..., X ...", "beritaku.id – X ...": the outlet's name in lower case, its
     domain or none, and a dash opening the paragraph; a capitalised word after it) */
  if (t->kind == KIMPUT_TOK_WORD && t->end - t->start >= 3 && !(t->flags & KIMPUT_TOKF_UPPER)) {
    size_t k = lo + 1;
    if (k + 2 < hi && is_punct(s, k, '.') && is_word(s, k + 1) && s->tok[k].start == t->end &&
        s->tok[k + 1].start == s->tok[k].end)
      k += 2;
    const unsigned char *c = (const unsigned char *)s->text + s->tok[k].start;
    size_t n = s->tok[k].end - s->tok[k].start;
    int dash = k + 1 < hi && ((n == 1 && c[0] == '-') || (n == 3 && c[0] == 0xE2 && c[1] == 0x80 &&
                                                          (c[2] == 0x93 || c[2] == 0x94)));
    return dash && is_word(s, k + 1) && (s->tok[k + 1].flags & KIMPUT_TOKF_UPPER) ? k + 1 : lo;
  }
  if (t->kind != KIMPUT_TOK_WORD || t->end - t->start < 2 || !(t->flags & KIMPUT_TOKF_UPPER))
    return lo;
  int capitals = s->text[t->start + 1] >= 'A' && s->text[t->start + 1] <= 'Z', agency = 0, numbers = 0;
  size_t opened = 0;
  for (size_t k = lo + 1; k + 1 < hi && k < lo + DATELINE_TOKENS; k++) {
    const kimput_token *x = &s->tok[k];
    const unsigned char *c = (const unsigned char *)s->text + x->start;
    size_t n = x->end - x->start;
    /* ("Beritaku.com-Sukamaju": the outlet's web name, its domain glued to the place, stands for an agency) */
    if (k == lo + 2 && x->kind == KIMPUT_TOK_WORD && is_punct(s, lo + 1, '.') && c[0] >= 'a' && c[0] <= 'z' &&
        x->start == s->tok[k - 1].end && s->tok[k - 1].start == t->end) {
      agency = 1;
      continue;
    }
    /* (most tokens: a word longer than a dash goes on capitalised on its line, else ends the search) */
    if (x->kind == KIMPUT_TOK_WORD && n > 3) {
      if ((x->flags & KIMPUT_TOKF_NEWLINE) || !(x->flags & KIMPUT_TOKF_UPPER)) return lo;
      continue;
    }
    /* ("20 Oktober 2025": the day and the year of the dateline) */
    if (x->kind == KIMPUT_TOK_NUMBER && n <= 4 && !(x->flags & KIMPUT_TOKF_NEWLINE)) {
      numbers++;
      continue;
    }
    int dash = (n == 1 && c[0] == '-') || (n == 2 && c[0] == '-' && c[1] == '-') ||
               (n == 3 && c[0] == 0xE2 && c[1] == 0x80 && (c[2] == 0x93 || c[2] == 0x94));
    if (dash) return capitals || agency || numbers >= 2 ? k + 1 : lo;
    /* ("(ANTARA)": capitalised words in parentheses after the place) */
    if (n == 1 && c[0] == '(') opened = k;
    if (n == 1 && c[0] == ')') agency = opened && k >= opened + 2;
    /* ("Beritaku: Jakarta 6 April 2025 – X ...": a colon right after the outlet's name) */
    if (x->kind == KIMPUT_TOK_WORD ? !(x->flags & KIMPUT_TOKF_UPPER)
                                   : x->kind != KIMPUT_TOK_URL &&
                                         !(n == 1 && (c[0] == ',' || c[0] == '.' || c[0] == '(' || c[0] == ')' ||
                                                      c[0] == '|' || (c[0] == ':' && k == lo + 1))))
      return lo;
  }
  return lo;
}

/* The pair phrase of the sentence read, worked out once, when first asked: near, the sentence is
 * near enough after the last event; named_since, no other two parties named since it; pair and
 * wide -1 until known. */
typedef struct { int near, named_since, pair, wide; } pairmemo;

/* pair_phrase_in of the sentence [lo, hi), looked for once */
static int pair_phrase_once(const scan *s, size_t lo, size_t hi, pairmemo *p) {
  if (p->pair < 0) p->pair = pair_phrase_in(s, lo, hi);
  return p->pair;
}

/* "X dan Y berbicara lewat telepon. (quotes, reactions) ... sejak keduanya bertemu": with no
   other two parties named since the last event, its pair is named by "keduanya" or "kedua
   pemimpin" further on, as far as a meeting again is (or past them in a sentence that opens
   pointing back at that event: "Pembicaraan ini ...", "Pertemuan itu ...") */
static int wide_pair(const scan *s, const kimput_evlex *lex, size_t lo, size_t hi, pairmemo *p) {
  if (p->wide < 0)
    p->wide = p->near && pair_phrase_once(s, lo, hi, p) &&
              (p->named_since || (lo + 1 < hi && word_class(s, lex, lo) == KIMPUT_EVW_NOUN &&
                                  word_class(s, lex, lo + 1) == KIMPUT_EVW_THIS));
  return p->wide;
}

kimput_status kimput_events_scan(const kimput_evlex *lex, kimput_evwork *work, kimput_doc *doc,
                                 const kimput_mention *mentions, size_t nmentions, size_t nentities,
                                 const kimput_date *dates, size_t ndates,
                                 kimput_event **out, size_t *count) {
  return kimput_events_scan_body(lex, work, doc, NULL, 0, mentions, nmentions, nentities, dates, ndates, out, count);
}

/* Is the sentence x body: its first byte inside one of the spans (pairs, in text order), or a
 * mention starting in it (the headline's)? m walks the mentions along (sentences in text order). */
/* '“Selamat atas kemenangan pemilu untuk sahabat saya X,” tulis Y di akunnya, Rabu (12/3/2025).': a
 * quotation opening the sentence that is itself a greeting ("Selamat", "Ucapan selamat" its first words), a person
 * after "kepada" or "untuk" inside it (four plain words between at most: "untuk kawan lama saya Presiden X"), the
 * person the cue after the closing mark names (cue words and commas between) its writer (an apposition's comma
 * may stand before the person: "kepada sahabat saya, Presiden X"): puts the addressee's
 * mention in *to, the writer's in *from and the closing mark's token in *close; 0 when the sentence is none such.
 * A test of the words' bytes. */
static int greeting_quoted(const scan *s, size_t lo, size_t hi, int32_t *from, int32_t *to, size_t *close) {
  if (lo + 4 >= hi || s->tok[lo].kind != KIMPUT_TOK_QUOTE) return 0;
  size_t k = lo + 1;
  if (token_is_ci(s, k, "ucapan")) k++;
  if (!token_is_ci(s, k, "selamat")) return 0;
  /* (not a salutation or a wish said in person: "Selamat datang kepada X", "selamat pagi", "selamat bertugas") */
  static const char *const said[] = {"datang", "pagi", "siang", "sore", "malam", "jalan", "tinggal", "bertugas",
                                     "bekerja", "menikmati"};
  for (size_t w = 0; w < sizeof said / sizeof *said; w++)
    if (k + 1 < hi && token_is(s, k + 1, said[w])) return 0;
  *to = -1;
  size_t c = k + 1;
  for (; c < hi && s->tok[c].kind != KIMPUT_TOK_QUOTE; c++)
    if (*to < 0 && (token_is(s, c, "kepada") || token_is(s, c, "untuk")))
      for (size_t j = c + 1, commas = 0; j < hi && j < c + 6; j++) {
        if (s->mstart[j] >= 0) {
          if (s->men[s->mstart[j]].kind == KIMPUT_ENT_PERSON) *to = s->mstart[j];
          break;
        }
        if (is_punct(s, j, ',') && j > c + 1 && !commas++) continue;  /* ("kepada sahabat saya, Presiden X") */
        if (!is_word(s, j) || (s->tok[j].flags & KIMPUT_TOKF_UPPER)) break;
      }
  if (c >= hi || *to < 0) return 0;
  *from = -1;
  for (size_t j = c + 1; j < hi && j < c + 1 + CUE_GAP && *from < 0; j++) {
    if (s->mstart[j] >= 0) {
      if (s->men[s->mstart[j]].kind != KIMPUT_ENT_PERSON || j == c + 1) return 0;
      *from = s->mstart[j];
    } else if (!is_punct(s, j, ',') && !cue_word(s, j) && !token_is(s, j, "tulis") && !token_is(s, j, "sebut")) {
      return 0;
    }
  }
  *close = c;
  return *from >= 0 && s->men[*from].entity != s->men[*to].entity;
}

/* "X menyambut Duta Besar Y. Ketika upacara kredensial di Istana Z, Jumat (14/6/2024), X …": a sentence
 * opening with a clause of time ("Saat", "Ketika", "Sewaktu", "Pada saat") naming the occasion (penyerahan,
 * upacara, pertemuan, audiensi, penyambutan, jamuan, acara) whose day (a date given to the day,
 * set off by the comma that ends the clause) is told before a party of the meeting just told (a or b) opens the
 * main clause (an adverb or two before him): that day, the moment retold; -1 otherwise. */
static int32_t retold_moment_day(const scan *s, size_t lo, size_t hi, int32_t a, int32_t b) {
  size_t k = lo;
  if (k + 1 < hi && token_is_ci(s, k, "pada") && token_is(s, k + 1, "saat")) k++;
  if (!(token_is_ci(s, k, "saat") || token_is_ci(s, k, "ketika") || token_is_ci(s, k, "sewaktu"))) return -1;
  /* (the clause names the occasion itself, not another errand: "Saat berkunjung ke Jakarta, Senin, X …") */
  static const char *const occasion[] = {"penyerahan", "upacara", "pertemuan", "audiensi", "penyambutan", "jamuan",
                                         "acara"};
  int named = 0;
  for (size_t w = 0; w < sizeof occasion / sizeof *occasion && !named; w++) named = token_is(s, k + 1, occasion[w]);
  if (!named) return -1;
  for (size_t d = date_from(s, s->tok[k].end); d < s->ndates && s->dates[d].end <= s->tok[hi - 1].end; d++) {
    size_t e = date_tok(s, &s->dates[d], 1);
    if (e > k + 30) return -1;
    if (!usable_date(&s->dates[d]) || !day_value(&s->dates[d]) || e >= hi || !is_punct(s, e, ',')) continue;
    for (size_t j = e + 1; j < hi && j < e + 4; j++) {
      int32_t m = s->mstart[j];
      if (m >= 0) return s->men[m].entity == a || s->men[m].entity == b ? (int32_t)d : -1;
    }
    return -1;
  }
  return -1;
}

#define INAUGURATION_BACK 8  /* sentences before one telling an event "usai pelantikan" where the day may be told */

/* Does the sentence [lo, hi) tell its event right after an inauguration's ceremony ("usai (upacara)
 * pelantikan", "seusai", "selepas"; not "setelah dilantik", after taking office, any day since)? A test of the
 * words' bytes. */
static int after_inauguration(const scan *s, size_t lo, size_t hi) {
  for (size_t k = lo; k + 1 < hi; k++) {
    if (!(token_is_ci(s, k, "usai") || token_is_ci(s, k, "seusai") || token_is_ci(s, k, "selepas"))) continue;
    size_t j = k + 1 < hi && token_is(s, k + 1, "upacara") ? k + 2 : k + 1;
    if (j < hi && (token_is(s, j, "pelantikan") || token_is(s, j, "pelantikannya"))) return 1;
  }
  return 0;
}

/* The day of the inauguration told near sentence si: the first date given to the day in the nearest sentence
 * (the INAUGURATION_BACK before it, or the two after it) naming one ("dilantik", "pelantikan", "sumpah
 * jabatan"); -1 when none. Bounded: a few sentences, their tokens once. */
static int32_t inauguration_day(const scan *s, size_t si) {
  for (size_t dist = 1; dist <= INAUGURATION_BACK; dist++)
    for (int side = 0; side < 2; side++) {
      if (side == 0 ? dist > si : (dist > 2 || si + dist >= s->nsent)) continue;
      const kimput_sentence *p = &s->sent[side == 0 ? si - dist : si + dist];
      size_t plo = p->first_token, phi = plo + p->ntokens, named = 0;
      if (phi > s->ntok) continue;
      for (size_t k = plo; k < phi && !named; k++)
        named = token_is(s, k, "dilantik") || token_is(s, k, "pelantikan") ||
                (token_is(s, k, "sumpah") && k + 1 < phi && token_is(s, k + 1, "jabatan"));
      if (!named) continue;
      for (size_t d = date_from(s, p->start); d < s->ndates && s->dates[d].start < p->end; d++)
        if (s->dates[d].end <= p->end && usable_date(&s->dates[d]) && day_value(&s->dates[d])) return (int32_t)d;
    }
  return -1;
}

#define GUEST_REACH 4  /* sentences from the host of a series of guests ("menerima tamu-tamu") to its next guest */

/* "Tamu pertama Presiden X adalah Y", "Tamu ketiga yakni dengan Y", "…, tamu selanjutnya adalah Y", "Tamu pertama
 * yang diterima X adalah Y": a guest the sentence names, opening it or its main clause (after a fronted clause's
 * comma): "tamu" ("tamu negara"), an order (pertama … kesepuluh, selanjutnya, berikutnya, terakhir), the host
 * (a person right after it, or the agent of "yang diterima", "disambut", "dijamu", "oleh" or not), then
 * "adalah" ("yakni", "yaitu", "ialah"), "dengan" or not, and the guest (a person). Puts the guest's mention in
 * *guest and the host's (or -1) in *host; returns the token of "tamu", or hi when the sentence tells none.
 * A test of the words' bytes: the sentence may not be read yet. */
static size_t guest_named(const scan *s, size_t lo, size_t hi, int32_t *host, int32_t *guest) {
  static const char *const order[] = {"pertama", "kedua", "ketiga", "keempat", "kelima", "keenam", "ketujuh",
                                      "kedelapan", "kesembilan", "kesepuluh", "selanjutnya", "berikutnya",
                                      "terakhir"};
  size_t t = lo;
  while (t < hi && t < lo + 12 && !token_is_ci(s, t, "tamu") && !is_punct(s, t, ',')) t++;
  if (t < hi && is_punct(s, t, ',')) t++;
  if (t + 3 >= hi || !token_is_ci(s, t, "tamu")) return hi;
  size_t k = t + 1;
  if (token_is(s, k, "negara")) k++;
  int ordered = 0;
  for (size_t w = 0; w < sizeof order / sizeof *order && !ordered; w++) ordered = token_is(s, k, order[w]);
  if (!ordered) return hi;
  k++;
  *host = -1;
  if (k < hi && s->mstart[k] >= 0 && s->men[s->mstart[k]].kind == KIMPUT_ENT_PERSON) {
    *host = s->mstart[k];
    k = s->mlast[*host] + 1;
  } else if (k + 1 < hi && token_is(s, k, "yang") &&
             (token_is(s, k + 1, "diterima") || token_is(s, k + 1, "disambut") || token_is(s, k + 1, "dijamu"))) {
    k += 2;
    if (k < hi && token_is(s, k, "oleh")) k++;
    if (k >= hi || s->mstart[k] < 0 || s->men[s->mstart[k]].kind != KIMPUT_ENT_PERSON) return hi;
    *host = s->mstart[k];
    k = s->mlast[*host] + 1;
  }
  if (k + 1 >= hi || !(token_is(s, k, "adalah") || token_is(s, k, "yakni") || token_is(s, k, "yaitu") ||
                       token_is(s, k, "ialah")))
    return hi;
  k++;
  if (token_is(s, k, "dengan")) k++;
  if (k >= hi || s->mstart[k] < 0 || s->men[s->mstart[k]].kind != KIMPUT_ENT_PERSON) return hi;
  *guest = s->mstart[k];
  return t;
}

/* "X menjamu para tamu kenegaraan": the host (a person before "menerima", "menyambut" or "menjamu",
 * "tamu" or "tamu-tamu" within three words after it) of a series of guests the next sentences may name; -1 when
 * the sentence tells none. A test of the words' bytes. */
static int32_t guests_host(const scan *s, size_t lo, size_t hi, recvlist *recv) {
  const recvlist *r = recv_verbs(s, lo, hi, recv);
  /* (the receiving verbs of the sentence's list, or, with too many, every token) */
  for (size_t i = 0, v = r->n >= 0 ? (r->n ? r->at[0] : hi) : lo + 1; v + 1 < hi;
       v = r->n >= 0 ? (++i < (size_t)r->n ? r->at[i] : hi) : v + 1) {
    if (!(token_is(s, v, "menerima") || token_is(s, v, "menyambut") || token_is(s, v, "menjamu"))) continue;
    for (size_t k = v + 1; k < hi && k < v + 4 && s->mstart[k] < 0; k++)
      if (token_is(s, k, "tamu") || token_is(s, k, "tamu-tamu")) {
        int32_t h = subject_before(s, lo, v);
        return h >= 0 && s->men[h].kind == KIMPUT_ENT_PERSON ? h : -1;
      }
  }
  return -1;
}

static int body_sentence(const kimput_sentence *x, const uint32_t *spans, size_t nspans, size_t *sp,
                         const kimput_mention *mentions, size_t nmentions, size_t *m) {
  while (*sp < nspans && spans[2 * *sp + 1] <= x->start) (*sp)++;
  if (*sp < nspans && spans[2 * *sp] <= x->start) return 1;
  while (*m < nmentions && mentions[*m].start < x->start) (*m)++;
  return *m < nmentions && mentions[*m].start < x->end;
}

kimput_status kimput_events_scan_body(const kimput_evlex *lex, kimput_evwork *work, kimput_doc *doc,
                                      const uint32_t *spans, size_t nspans,
                                      const kimput_mention *mentions, size_t nmentions, size_t nentities,
                                      const kimput_date *dates, size_t ndates,
                                      kimput_event **out, size_t *count) {
  if (!lex || !doc || !out || !count || (nmentions && !mentions) || (ndates && !dates) || (nspans && !spans))
    return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  size_t len, nsent = 0;
  scan s;
  memset(&s, 0, sizeof s);
  s.text = kimput_doc_text(doc, &len);
  s.len = len;
  s.tok = kimput_doc_tokens(doc, &s.ntok);
  const kimput_sentence *sent = kimput_doc_sentences(doc, &nsent);
  if (kimput_doc_status(doc) != KIMPUT_OK) return kimput_doc_status(doc);
  s.sent = sent;
  if (s.ntok == 0 || nsent == 0 || nmentions == 0) return KIMPUT_OK;
  for (size_t i = 0; i < nmentions; i++)
    if (mentions[i].end > len || mentions[i].start > mentions[i].end) return KIMPUT_ERR_ARG;
  for (size_t i = 0; i < ndates; i++)
    if (dates[i].end > len || (i && dates[i].start < dates[i - 1].start)) return KIMPUT_ERR_ARG;
  for (size_t i = 0; i < nspans; i++)
    if (spans[2 * i] > spans[2 * i + 1] || spans[2 * i + 1] > len || (i && spans[2 * i] < spans[2 * i - 1]))
      return KIMPUT_ERR_ARG;
  /* the sentences of lines the page stage left out of the body ("Baca Juga: ...", a caption) are
     not read: a body sentence's "sentence before" is the body sentence before it */
  kimput_sentence *kept = NULL;
  if (nspans) {
    /* (one pass: the list is copied from the first sentence left out, the body sentences before it
       at once) */
    size_t sp = 0, mi = 0, n = 0;
    for (size_t i = 0; i < nsent; i++) {
      if (!body_sentence(&sent[i], spans, nspans, &sp, mentions, nmentions, &mi)) {
        if (!kept) {  /* (the work's list, kept from one document to the next, when there is one) */
          if (work && nsent * sizeof *kept <= EVWORK_KEEP) {
            if (work->kept_cap < nsent) {
              kimput_sentence *grown = realloc(work->kept, nsent * sizeof *grown);
              if (!grown) return KIMPUT_ERR_NOMEM;
              work->kept = grown;
              work->kept_cap = nsent;
            }
            kept = work->kept;
          } else {
            kept = malloc(nsent * sizeof *kept);
            if (!kept) return KIMPUT_ERR_NOMEM;
          }
          memcpy(kept, sent, n * sizeof *kept);
        }
        continue;
      }
      if (kept) kept[n] = sent[i];
      n++;
    }
    if (n == 0) {
      if (!work || kept != work->kept) free(kept);
      return KIMPUT_OK;
    }
    if (kept) {
      sent = kept;
      nsent = n;
      s.sent = sent;
    }
  }
  s.men = mentions;
  s.nmen = nmentions;
  s.dates = dates;
  s.ndates = ndates;
  s.nsent = nsent;
  size_t phone[3] = {0, 0, 0};
  s.phone = phone;
  kimput_status st = KIMPUT_ERR_NOMEM;
  char *block = NULL;
  for (s.nbuckets = 64; s.nbuckets < nmentions * 2; s.nbuckets *= 2) {}
  /* one block for the per-token and per-mention arrays */
  size_t nbits = (s.ntok + 63) / 64;
  size_t bytes = nbits * sizeof *s.mbits + s.ntok * (sizeof *s.trig + sizeof *s.hit + 2 * sizeof *s.mstart + 3) +
                 nmentions * 2 * sizeof *s.mfirst + s.nbuckets * sizeof *s.head_of + ndates * 2 * sizeof *s.dtok +
                 nentities + len + TEXT_PAD;
  if (work && work->cap >= bytes) {
    block = work->block;
  } else {
    if (work) {  /* the smaller block goes first: never two at once */
      free(work->block);
      work->block = NULL;
      work->cap = 0;
    }
    block = malloc(bytes);
    if (!block) goto done;
    if (work && bytes <= EVWORK_KEEP) {  /* kept for the next document */
      work->block = block;
      work->cap = bytes;
    }
  }
  s.slots = lex->slot;
  if (work) {  /* the memo holds from one document to the next while the lexicon is the same */
    if (work->memo_stamp != lex->stamp) {
      memset(work->memo, 0, sizeof work->memo);
      work->memo_stamp = lex->stamp;
    }
    s.memo = work->memo;
  }
  s.mbits = (uint64_t *)(void *)block;
  s.trig = (uint32_t *)(void *)(s.mbits + nbits);
  s.hit = s.trig + s.ntok;
  s.mstart = (int32_t *)(void *)(s.hit + s.ntok);
  s.mend = s.mstart + s.ntok;
  s.mfirst = (uint32_t *)(s.mend + s.ntok);
  s.mlast = s.mfirst + nmentions;
  s.head_of = (int32_t *)(s.mlast + nmentions);
  s.dtok = (uint32_t *)(s.head_of + s.nbuckets);
  memset(s.dtok, 0, ndates * 2 * sizeof *s.dtok);
  s.hitlen = (uint8_t *)(s.dtok + 2 * ndates);
  s.hitcls = s.hitlen + s.ntok;
  uint8_t *used = s.hitcls + s.ntok;
  memset(used, 0, s.ntok);
  /* no lexicon word marked yet: a reader that looks into a sentence
   * mark_words never read (the sentence before, a word past the end) sees
   * none, never the marks a reused block kept from an earlier document */
  memset(s.hit, 0, s.ntok * sizeof *s.hit);
  memset(s.hitlen, 0, s.ntok);
  memset(s.hitcls, NO_CLASS, s.ntok);
  /* per entity: the sender of an event whose date is not known yet (a later
   * sentence naming only the sender may tell it) */
  uint8_t *undated = used + s.ntok;
  memset(undated, 0, nentities);
  s.undated = undated;
  /* the text read from here on: a copy with TEXT_PAD zero bytes after it (token_is) */
  char *padded = (char *)(undated + nentities);
  memcpy(padded, s.text, len);
  memset(padded + len, 0, TEXT_PAD);
  s.text = padded;
  for (size_t i = 0; i < s.nbuckets; i++) s.head_of[i] = -1;
  mark_mentions(&s, nmentions, nentities);

  size_t prev_first = 0, prev_count = 0;
  size_t carried = SIZE_MAX;  /* the sentence whose events before were carried over it (pointing back) */
  size_t marked = SIZE_MAX;  /* the last sentence whose words mark_words read */
  int parties_before = 0;    /* parties of the sentence before (0, 1, or 2 for two or more) */
  int parties_before2 = 0;   /* ... and of the one before it */
  size_t pairs_named = 0;    /* the last sentence (+1) naming two parties or more */
  ptrdiff_t meet = -1;        /* the last undated meeting told, and its sentence */
  size_t meet_sentence = 0;
  /* an event of the sentence before whose senders were left unnamed ("sejumlah kepala negara") */
  struct { int on, type, planned; int32_t to[MAX_LIST]; int nto; int32_t date; uint32_t sa, oa, ob; } pend;
  memset(&pend, 0, sizeof pend);
  /* a meeting with a group whose leader the next sentence names ("X menerima delegasi Y. Delegasi dipimpin Z") */
  struct { int on, planned, body; int32_t host; int32_t date; uint32_t sa, oa, ob; } led;
  memset(&led, 0, sizeof led);
  /* a letter of the sentence before with a sender and no addressee, which "Surat itu diterima Y"
     may address */
  struct { int on, type; size_t si, letters; int32_t sender, date; uint32_t sa, ea, eb, oa, ob; } una;
  memset(&una, 0, sizeof una);
  /* the host of a series of guests ("X menjamu para tamu kenegaraan. Tamu pertama ialah Y.") */
  struct { int on; size_t si; int32_t host, date; } guests;
  memset(&guests, 0, sizeof guests);
  for (size_t si = 0; si < nsent; si++) {
    size_t lo = sent[si].first_token, hi = lo + sent[si].ntokens;
    s.prev_lo = si > 0 && sent[si - 1].first_token <= lo ? sent[si - 1].first_token : lo;
    if (hi > s.ntok || lo >= hi) { prev_count = 0; continue; }
    /* (the day a dateline cut off the sentence writes: "Sukamaju, 17 Juni 2024 – ...") */
    int32_t dl_date = -1;
    {
      size_t opened = lo;
      lo = after_dateline(&s, lo, hi);
      for (size_t i = lo > opened ? date_from(&s, s.tok[opened].start) : s.ndates;
           i < s.ndates && s.dates[i].end <= s.tok[lo].start; i++)
        if (usable_date(&s.dates[i]) && strlen(s.dates[i].value) == 10 && day_value(&s.dates[i])) dl_date = (int32_t)i;
    }
    lo = past_according(&s, lo, hi);
    uint32_t sa = s.tok[lo].start, sb = sent[si].end;
    /* an event needs two parties in its sentence, or one whose senders the
     * next sentence lists ("Mereka yakni ..."); a sentence after an event may
     * tell its occasion. The others are not read at all. */
    int parties = 0, blocked = 0;
    int32_t first_entity = -1;
    /* (the tokens where a mention starts, 64 at a time: most tokens start none) */
    for (size_t w = lo / 64; w <= (hi - 1) / 64 && parties < 2; w++) {
      uint64_t bits = s.mbits[w];
      if (w == lo / 64) bits &= ~0ull << (lo % 64);
      if (w == (hi - 1) / 64 && hi % 64) bits &= ~(~0ull << (hi % 64));
      for (; bits && parties < 2; bits &= bits - 1) {
        int32_t m = s.mstart[w * 64 + (size_t)__builtin_ctzll(bits)];
        if (parties == 0) { first_entity = s.men[m].entity; parties = 1; }
        else if (s.men[m].entity != first_entity) parties = 2;
      }
    }
    s.sentence = si + 1;
    /* the pair a they-phrase far after the last event names (wide_pair): worked out when first
       asked, from the state here (most sentences are read for another reason first) */
    pairmemo wide = {s.last_sentence && s.last_sentence + AGAIN_REACH >= si + 1, pairs_named <= s.last_sentence, -1, -1};
    if (parties >= 2) pairs_named = si + 1;
    recvlist recv = {0, 0, {0}};  /* (the sentence's receiving verbs, found when first asked) */
    int two_before = parties_before >= 2;  /* "X dan Y ... . Keduanya bertemu": its pair may be there */
    int prev_parties = parties_before;
    /* ("X hadir. Y juga hadir. Kedua pemimpin bertemu": one in each of the two sentences before) */
    int one_each = parties == 0 && parties_before == 1 && parties_before2 == 1;
    parties_before2 = parties_before;
    parties_before = parties;
    /* the sentence after an event: "pertemuan mereka" may name it again */
    /* (a sentence soon after an event is read too: "... setelah kedua pemimpin
     * bertemu" names its pair by a they-phrase alone) */
    int has_party = prev_count || parties >= 2 || (parties == 1 && ((si + 1 < nsent && hi < s.ntok &&
                                                       word_class(&s, lex, hi) == KIMPUT_EVW_THEY) ||
                                                      (undated[first_entity] & UNDATED))) ||
                    (s.last_sentence && s.last_sentence + PAIR_REACH >= si + 1) || wide_pair(&s, lex, lo, hi, &wide) ||
                    (parties == 0 && two_before) ||
                    /* "Undangan itu disampaikan X saat keduanya bertemu": X and the other of the two
                       the sentence before named */
                    (parties == 1 && two_before && pair_phrase_once(&s, lo, hi, &wide)) ||
                    (one_each && (word_class(&s, lex, lo) == KIMPUT_EVW_THEY || opens_with_kedua(&s, lo))) ||
                    (s.last_sentence && s.last_sentence + AGAIN_REACH >= si + 1 &&
                     (word_class(&s, lex, lo) == KIMPUT_EVW_THEY || opens_with_kedua(&s, lo))) ||
                    /* ("Kedua pemimpin ..." opening a sentence further on: the leaders of the events told) */
                    (parties == 0 && s.nev > 0 && leaders_phrase_near(&s, lo, hi, lo));
    if (parties == 1 && !has_party && si + 1 < nsent &&
        leader_opening(&s, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens) >= 0)
      has_party = 1;
    /* (and the one told before: "Kunjungan itu dipimpin X. Rombongan disambut Y") */
    for (size_t back = 1; parties == 1 && !has_party && back <= LEADER_BACK && back <= si && welcome_opening(&s, lo, hi);
         back++)
      if (leader_opening(&s, sent[si - back].first_token, sent[si - back].first_token + sent[si - back].ntokens) >= 0)
        has_party = 1;
    /* "X mengirimkan surat ucapan selamat. Surat itu diterima Y ...": the letter and who received it */
    if (parties == 1 && !has_party && si + 1 < nsent && sent[si + 1].first_token + sent[si + 1].ntokens <= s.ntok &&
        (received_opening(&s, lex, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens,
                          "diterima") ||
         handed_opening(&s, lex, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens) ||
         received_opening(&s, lex, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens,
                          NULL)))
      has_party = 1;
    /* "Y membalasnya" after the paragraphs quoting X's letter to Y: Y may answer it */
    if (parties == 1 && !has_party && letter_to_kept(&s, first_entity)) has_party = 1;
    /* ("X mengirim surat kepada lima menteri. Kelima menteri tersebut adalah A, B dan C.") */
    if (parties == 1 && !has_party && si + 1 < nsent && sent[si + 1].first_token + sent[si + 1].ntokens <= s.ntok &&
        group_named(&s, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens) <
            sent[si + 1].first_token + sent[si + 1].ntokens)
      has_party = 1;
    /* ("X menyurati tiga gubernur. … Ketiga gubernur yang mendapat surat itu ialah A, B dan C.") */
    for (size_t n = si + 1; parties == 1 && !has_party && n < nsent && n <= si + RECEIVED_REACH &&
                            sent[n].first_token + sent[n].ntokens <= s.ntok;
         n++)
      if (received_group(&s, sent[n].first_token, sent[n].first_token + sent[n].ntokens) <
          sent[n].first_token + sent[n].ntokens)
        has_party = 1;
    /* ("X mengirim ucapan selamat kepada para pemimpin dunia. Di antaranya A, B dan C.") */
    if (parties == 1 && !has_party && si + 1 < nsent && sent[si + 1].first_token + sent[si + 1].ntokens <= s.ntok &&
        members_opening(&s, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens) <
            sent[si + 1].first_token + sent[si + 1].ntokens)
      has_party = 1;
    /* ("Ada juga pertemuan dengan Y.": one more meeting of the series told before) */
    if (parties == 1 && !has_party && si > 0 && ownerless_meeting(&s, lex, lo, hi) < hi) has_party = 1;
    /* ("Hal itu disampaikan usai pertemuan dengan Y.": the meeting of the one the sentence before told) */
    if (parties == 1 && !has_party && si > 0 && said_after_meeting(&s, lex, lo, hi) < hi) has_party = 1;
    /* (a letter to a counted group stays open a few sentences for the group named by a clause of receiving it,
       "Ketiga gubernur yang mendapat surat itu ialah …", no other letter told since) */
    if (una.on && una.si + 1 != si && (una.si + RECEIVED_REACH < si || s.nletters != una.letters)) una.on = 0;
    if (parties && una.on && una.si + 1 == si) has_party = 1;
    /* ("Beberapa kepala negara mengirim ucapan selamat kepada Y.": a group's letter or message to one
       addressee, whom those named after it ("Salah satunya adalah X yang ...", "X juga ...") wrote to) */
    if (parties == 1 && !has_party && (group_opening(&s, lo, hi) || (s.group_sentence && letter_near(&s, s.group_sentence))))
      has_party = 1;
    /* "Putin hadir. Kim menulis surat kepadanya.": the other party a -nya of the sentence before */
    if (parties == 1 && !has_party && prev_parties && nya_party_word(&s, lo, hi)) has_party = 1;
    /* "X menjamu para tamu kenegaraan. Tamu pertama ialah Y. …, tamu berikutnya yakni Z": the host met
       each guest named (the host named with the guest hosts the ones after it too) */
    if (guests.on && guests.si + GUEST_REACH < si) guests.on = 0;
    if (parties) {
      int32_t host = -1, guest = -1;
      size_t t = guest_named(&s, lo, hi, &host, &guest);
      if (t < hi && (host >= 0 || guests.on)) {
        int32_t h = host >= 0 ? s.men[host].entity : guests.host;
        int32_t date = sentence_date(&s, lo, sa, sb, sa, s.tok[t].start, s.men[guest].end);
        if (date >= 0 || (host >= 0 && !(guests.on && guests.host == h))) guests.date = date;
        if (h != s.men[guest].entity) {
          st = emit(&s, KIMPUT_EVENT_MEETING, 0, 0, h, s.men[guest].entity, date >= 0 ? date : guests.date, sa, sb,
                    s.tok[t].start, s.men[guest].end, KIMPUT_UNSET, KIMPUT_UNSET);
          if (st != KIMPUT_OK) goto done;
        }
        guests.on = 1;
        guests.si = si;
        guests.host = h;
      } else if (t >= hi && (host = guests_host(&s, lo, hi, &recv)) >= 0) {
        guests.on = 1;
        guests.si = si;
        guests.host = s.men[host].entity;
        guests.date = sentence_date(&s, lo, sa, sb, sa, sa, sb);
        /* ("Usai pelantikan, X menerima tamu-tamu …": the inauguration's day told near) */
        if (guests.date < 0 && after_inauguration(&s, lo, hi)) guests.date = inauguration_day(&s, si);
      }
    }
    /* a greeting quoted, written by the one its cue names on the day after the cue (the day the words quoted
       were written is the greeting's) */
    if (parties >= 2) {
      int32_t gf = -1, gt = -1;
      size_t gc = hi;
      if (greeting_quoted(&s, lo, hi, &gf, &gt, &gc)) {
        int32_t date = -1;
        for (size_t d = date_from(&s, s.tok[gc].end); d < s.ndates && s.dates[d].start < sb && date < 0; d++)
          if (usable_date(&s.dates[d])) date = (int32_t)d;
        st = emit(&s, KIMPUT_EVENT_MESSAGE, 0, 0, s.men[gf].entity, s.men[gt].entity, date, sa, sb, s.tok[lo].start,
                  s.tok[gc].end, KIMPUT_UNSET, KIMPUT_UNSET);
        if (st != KIMPUT_OK) goto done;
      }
    }
    /* (or the leader of a body met in the sentence before, the other party kept: "Polda Z mengunjungi Y. Pertemuan
       yang dipimpin X ini ..." is X's meeting with Y too) */
    for (size_t k = prev_first; !led.on && parties && k < prev_first + prev_count; k++) {
      const kimput_event *x = &s.ev[k];
      if (x->type != KIMPUT_EVENT_MEETING || x->merged_into >= 0 || x->planned || x->sender < 0 || x->recipient < 0 ||
          !(s.undated[x->sender] & BODY) == !(s.undated[x->recipient] & BODY))
        continue;
      led.on = led.body = 1;
      led.host = s.undated[x->sender] & BODY ? x->recipient : x->sender;
      led.planned = 0;
      led.date = x->date;
      led.sa = sa; led.oa = led.ob = KIMPUT_UNSET;
    }
    /* the leader of the group met in the sentence before */
    if (led.on && parties) {
      int32_t p = leader_opening(&s, lo, hi);
      /* (or, a body's, the person at its meeting: "Acara (Pertemuan) ini dihadiri oleh Ketua Z X") */
      if (p < 0 && led.body) p = attended_opening(&s, lo, hi);
      if (p >= 0 && s.men[p].entity != led.host) {
        st = emit(&s, KIMPUT_EVENT_MEETING, led.planned, 0, led.host, s.men[p].entity, led.date, led.sa, sb,
                  s.men[p].start, s.men[p].end, led.oa, led.ob);
        if (st != KIMPUT_OK) goto done;
      }
    }
    led.on = led.body = 0;
    /* "X melakukan kunjungan kerja ke Z. Y menerima kunjungan tersebut": Y met the visitor a sentence
       before (or the one before it) tells, on the day told since the visit when this one tells none */
    size_t vr = parties >= 1 && si > 0 ? visit_received_at(&s, lo, hi, &recv) : hi;
    if (vr < hi) {
      int32_t host = subject_before(&s, lo, vr), p = -1;
      size_t back = 1;
      for (; back <= LEADER_BACK && back <= si && p < 0; back++)
        p = leader_opening(&s, sent[si - back].first_token, sent[si - back].first_token + sent[si - back].ntokens);
      if (host >= 0 && p >= 0 && s.men[host].kind == KIMPUT_ENT_PERSON && s.men[host].entity != s.men[p].entity) {
        uint32_t ea = s.men[host].start, eb = s.tok[vr + 2].end;
        int32_t date = sentence_date(&s, lo, sa, sb, sa, ea, eb);
        for (size_t b = 1; date < 0 && b < back; b++)
          date = last_date(&s, sent[si - b].first_token, sent[si - b].start, sent[si - b].end);
        /* (or of the visit the leader's sentence points back to by its noun: "X melakukan kunjungan kerja ke
           Z pada D. Kunjungan dipimpin oleh W.") */
        if (date < 0 && si >= back && token_is_ci(&s, sent[si - back + 1].first_token, "kunjungan"))
          date = last_date(&s, sent[si - back].first_token, sent[si - back].start, sent[si - back].end);
        st = emit(&s, KIMPUT_EVENT_MEETING, 0, 0, s.men[host].entity, s.men[p].entity, date, sa, sb, ea, eb,
                  KIMPUT_UNSET, KIMPUT_UNSET);
        if (st != KIMPUT_OK) goto done;
      }
    }
    /* ("X mengundang Y. Undangan itu disampaikan melalui surat ...": the invitation's letter, below) */
    int invitation = si > 0 && marked == si - 1 && token_is_ci(&s, lo, "undangan");
    if (invitation) has_party = 1;
    if (!has_party && !(parties && pend.on) && !prev_count) { prev_count = 0; pend.on = 0; continue; }
    /* "X mengucapkan selamat kepada Y. Minggu (20/10/2024).": a date alone right after events told with
       none dates them (the sentence before stays the one before the next) */
    if (parties == 0 && prev_count) {
      int32_t d = date_alone(&s, lo, hi);
      for (size_t k = prev_first; d >= 0 && k < prev_first + prev_count; k++) {
        kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
        if (x->date < 0) x->date = d;
      }
      if (d >= 0) continue;
    }
    size_t occ_at;
    int prev_read = si > 0 && marked == si - 1;  /* the sentence before had its words read */
    size_t ntrig = 0;
    blocked = mark_words(&s, lex, lo, hi, &occ_at, s.trig, &ntrig);
    marked = si;
    int32_t then_date = -2, pair_a = -2, pair_b = -1;  /* worked out once per sentence, when asked */
    uint32_t recent = sent[si >= 3 ? si - 3 : 0].start;  /* the start of the three sentences before */
    uint32_t far = sent[si >= 6 ? si - 6 : 0].start;     /* and of the six before */
    size_t first_here = s.nev;
    /* "X bersilaturahmi dengan Y. Acara ini berlangsung di Z, Selasa (18/6)": the day the gathering
       the sentence opens with, pointed back at, was held is that of the meetings just told undated */
    if (prev_count && held_opening(&s, lo, hi)) {
      int32_t d = sentence_date(&s, lo, sa, sb, sa, sa, s.tok[lo + 2].end);
      for (size_t k = prev_first; d >= 0 && k < prev_first + prev_count; k++) {
        kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
        if (x->type == KIMPUT_EVENT_MEETING && !x->planned && x->date < 0) x->date = d;
      }
    }
    /* (and so is the day of a talk the sentence opens with: "X berkomunikasi dengan Y. Komunikasi dilakukan melalui
       sambungan telepon pada Kamis (28/4)", that of the calls and meetings just told undated) */
    if (prev_count && talk_held_opening(&s, lo, hi)) {
      int32_t d = sentence_date(&s, lo, sa, sb, sa, sa, s.tok[lo + 1].end);
      for (size_t k = prev_first; d >= 0 && k < prev_first + prev_count; k++) {
        kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
        if ((x->type == KIMPUT_EVENT_MEETING || x->type == KIMPUT_EVENT_CALL) && !x->planned && x->date < 0)
          x->date = d;
      }
    }
    sent_as_letter(&s, lo, hi, recent, used, s.trig, ntrig);
    if (prev_count) message_was_letter(&s, lo, hi, prev_first, prev_count, recent);
    st = greeter_answered(&s, lo, hi, sa, sb, used);
    if (st != KIMPUT_OK) goto done;
    /* "X mengucapkan selamat kepada Y. "…," tulis X, Rabu (19/6).": the greeting's own words, written on the
       day the cue gives, date the undated letter or message X sent in the three sentences before */
    /* (the cue is right before a mention: only the tokens before one are read, from the mention bits) */
    for (size_t end = hi > lo + 3 ? hi - 2 : lo + 1, p = next_mention_start(&s, lo + 1, end); p < end;
         p = next_mention_start(&s, p + 1, end)) {
      size_t j = p - 1;
      if (!(token_is(&s, j, "tulis") || token_is(&s, j, "cuit")) || !(undated[s.men[s.mstart[j + 1]].entity] & UNDATED))
        continue;
      size_t e = s.mlast[s.mstart[j + 1]] + 1;
      size_t i = e + 1 < hi && is_punct(&s, e, ',') ? date_from(&s, s.tok[e + 1].start) : s.ndates;
      if (i >= s.ndates || s.dates[i].start != s.tok[e + 1].start || !usable_date(&s.dates[i])) continue;
      int32_t writer = s.men[s.mstart[j + 1]].entity;
      for (size_t k = s.nev; k-- > 0 && s.ev[k].start >= recent;) {
        kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
        if (type_class(x->type) == KIMPUT_EVENT_LETTER && x->sender == writer && !x->planned && x->date < 0)
          x->date = (int32_t)i;
      }
    }
    int pointed = 0;  /* an event of the sentence before named again by its noun and a demonstrative */
    uint32_t oa, ob;
    occasion(&s, lo, occ_at, hi, &oa, &ob);
    /* "Surat ini dikirim untuk ...": the occasion of the letter just told */
    if (oa != KIMPUT_UNSET && prev_count && cls_at(&s, lo, KIMPUT_EVW_NOUN) &&
        ((lo + s.hitlen[lo] < hi && cls_at(&s, lo + s.hitlen[lo], KIMPUT_EVW_THIS)) ||
         (lo + s.hitlen[lo] + 1 < hi && cls_at(&s, lo + s.hitlen[lo] + 1, KIMPUT_EVW_THIS)))) {
      for (size_t k = prev_first; k < prev_first + prev_count; k++) {
        kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
        if (x->occ_start == KIMPUT_UNSET && !mourns_party(&s, x->sender, x->recipient, oa, ob)) {
          x->occ_start = oa;
          x->occ_end = ob;
        }
      }
    }
    /* "Mereka yakni A, B dan C.": the senders of that event */
    if (pend.on && parties && cls_at(&s, lo, KIMPUT_EVW_THEY) && lo + 1 < hi &&
        cls_at(&s, lo + 1, KIMPUT_EVW_NAMELY)) {
      int32_t p = party_after(&s, lo + 1 + s.hitlen[lo + 1], hi);
      partylist l = {{0}, 0, 0, 0};
      if (p >= 0) list_fwd(&s, hi, p, &l);
      for (int i = 0; i < l.n; i++)
        for (int k = 0; k < pend.nto; k++) {
          st = emit(&s, pend.type, pend.planned, 0, s.men[l.m[i]].entity, pend.to[k], pend.date, pend.sa, sb,
                    s.men[l.m[i]].start, s.men[l.m[i]].end, pend.oa, pend.ob);
          if (st != KIMPUT_OK) goto done;
        }
    }
    /* "X mengirim surat kepada lima menteri. Kelima menteri tersebut adalah A, B dan C.": the addressees
       of the letter or message just told to a group it counted */
    if (una.on && parties) {
      size_t k = una.si + 1 == si ? group_named(&s, lo, hi) : hi, got = hi;
      /* ("Ketiga gubernur yang mendapat surat itu ialah A, B dan C": every person the predicate lists) */
      if (k >= hi) got = received_group(&s, lo, hi);
      /* ("X mengirim ucapan selamat kepada puluhan pemimpin dunia. Di antaranya A, B dan C.") */
      if (k >= hi && got >= hi && una.si + 1 == si) k = members_opening(&s, lo, hi);
      int32_t p = k < hi ? party_after(&s, k, hi) : -1;
      partylist l = {{0}, 0, 0, 0};
      if (p >= 0 && s.men[p].kind == KIMPUT_ENT_PERSON) list_fwd(&s, hi, p, &l);
      if (got < hi) names_listed(&s, got, hi, &l);
      for (int i = 0; i < l.n; i++) {
        if (s.men[l.m[i]].entity == una.sender) continue;
        st = emit(&s, una.type, 0, 0, una.sender, s.men[l.m[i]].entity, una.date, una.sa, sb, una.ea, una.eb, una.oa,
                  una.ob);
        if (st != KIMPUT_OK) goto done;
      }
      if (l.n) una.on = 0;
    }
    /* (the one addressee of that event: "Surat dari X diterima Istana" after it is one of those letters,
       the office that received it standing for its addressee) */
    int32_t greeted = pend.on && pend.nto == 1 ? pend.to[0] : -1;
    int greeted_type = pend.type;
    pend.on = 0;
    /* "Rencana itu dibatalkan": the plan named by no noun of its own (no trigger) */
    for (size_t k = lo; prev_count && s.nev == prev_first + prev_count && k < hi && k < lo + 3; k++)
      if (cls_at(&s, k, KIMPUT_EVW_PLANNED) && recalled_off(&s, k, hi)) {
        call_off(&s, prev_first, &prev_count);
        first_here = s.nev;
        break;
      }
    /* "X mengundang Y untuk berkunjung ke Z. Undangan itu disampaikan melalui surat ...": the
       invitation of the sentence before was X's letter to Y (dated by this sentence, or that one) */
    if (invitation) {
      size_t way = invitation_by_letter(&s, lo, hi), plo = s.prev_lo;
      int32_t inviter, invited;
      if (way < hi && !used[way] && invited_in(&s, plo, sent[si].first_token, &inviter, &invited)) {
        used[way] = 1;
        int32_t d = sentence_date(&s, lo, sa, sb, sa, s.tok[lo].start, s.tok[way].end);
        if (d < 0) d = sentence_date(&s, plo, sent[si - 1].start, sent[si - 1].end, sent[si - 1].start,
                                     sent[si - 1].start, sent[si - 1].end);
        st = emit(&s, KIMPUT_EVENT_LETTER, 0, 0, inviter, invited, d, sa, sb, s.tok[lo].start, s.tok[way].end,
                  KIMPUT_UNSET, KIMPUT_UNSET);
        if (st != KIMPUT_OK) goto done;
      }
    }
    if (has_party) {
      uint32_t last_that = sa;
      size_t greet_close = 0;
      int32_t greet_writer = -1, saluted = quoted_salutation(&s, lo, hi, &greet_close, &greet_writer);
      s.replier = -1;
      for (size_t ti = 0; ti < ntrig; ti++) {
        size_t v = s.trig[ti];
        int c = s.hitcls[v];
        if (c == KIMPUT_EVW_THAT) last_that = s.tok[v].start;
        if (!((c == KIMPUT_EVW_VERB) | (c == KIMPUT_EVW_NOUN)) || used[v]) continue;
        frame f;
        int got = read_trigger(&s, lo, hi, v, used + lo, &f);
        if (got && !f.planned) f.planned = fronted_besides_planned(&s, lo, hi, v);
        /* "menulis pesan duka sebagai penghormatan kepada X yang meninggal dunia pada Senin": the dead
           honoured is no addressee (nor is the day he died the message's) */
        if (got && type_class(f.type) == KIMPUT_EVENT_LETTER && !f.mutual && !f.exchange && f.to.n > 0 &&
            drop_deceased(&s, hi, &f.to))
          got = 0;
        /* words inside the quoted letter are its own, no other event: the one quoted writes to the one
           greeted (nothing when the writer is not named here); so does the letter the cue after names
           ("… ,” kata Y melalui telegram tersebut") */
        /* (only a word read as a trigger: one of no type left the frame with no words, trig_end 0) */
        if (saluted >= 0 && v > lo && (v < greet_close || greet_writer >= 0) && f.trig_end > f.trig_start) {
          memset(&f.from, 0, sizeof f.from);
          memset(&f.to, 0, sizeof f.to);
          f.exchange = f.mutual = f.undirected = f.pair = f.among = f.reply = f.answer = 0;
          f.courier = f.owned = 0;
          got = greet_writer >= 0;
          if (got) { list_add(&f.from, greet_writer); list_add(&f.to, saluted); }
          else { for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1; continue; }
        }
        /* "Para pemimpin dunia mengucapkan selamat kepada Y, antara lain A dan B": a group sends it, its
           members named in a list after the event */
        if (!got && f.from.n == 0 && !f.mutual && !f.exchange && type_class(f.type) == KIMPUT_EVENT_LETTER &&
            group_subject(&s, lo, v) && named_members(&s, f.trig_end, hi, &f))
          got = f.to.n > 0;
        /* "Di antara pejabat yang menggelar rapat dengan Y itu adalah A dan B": an unnamed group met Y,
           its members named in a list after the event, one meeting each */
        if (!got && f.from.n == 0 && f.to.n == 1 && !f.mutual && !f.planned && f.type == KIMPUT_EVENT_MEETING &&
            (group_subject(&s, lo, v) || among_opening(&s, lo)) && members_met(&s, s.mlast[f.to.m[0]] + 1, hi, &f))
          got = 1;
        /* (a letter received tells the letter told before, to its addressee, below, or nothing) */
        if (f.letter_received && f.type == KIMPUT_EVENT_MEETING) got = 0;
        if (f.from.n > 0) s.replier = f.from.m[0];
        /* "X mengirimkan surat. Surat itu diterima Y pada Maret lalu": X's letter to Y */
        /* and "X menyampaikan belasungkawa. Belasungkawa itu disampaikan melalui surat kepada Y": X's to Y
           (a letter when one is named) */
        int handed = !got && una.on && f.from.n == 0 && f.to.n == 1 && s.men[f.to.m[0]].entity != una.sender &&
                     handed_opening(&s, lex, lo, hi);
        if ((!got && una.on && v == lo + 2 && f.from.n == 1 && f.to.n == 0 &&
             received_opening(&s, lex, lo, hi, "diterima") && s.men[f.from.m[0]].entity != una.sender) ||
            handed) {
          int32_t to = handed ? s.men[f.to.m[0]].entity : s.men[f.from.m[0]].entity;
          int type = una.type;
          size_t way = handed ? letter_way_after(&s, lo + 3, hi) : hi;
          if (way < hi) { type = KIMPUT_EVENT_LETTER; used[way] = 1; }
          int32_t d = sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[v].end);
          una.on = 0;
          for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1;
          st = emit(&s, type, 0, 0, una.sender, to, d >= 0 ? d : una.date, una.sa, sb, una.ea, una.eb, una.oa, una.ob);
          if (st != KIMPUT_OK) goto done;
          continue;
        }
        /* "bertepatan dengan peringatan pertemuan keduanya": the meeting remembered is an occasion, told before */
        if (c == KIMPUT_EVW_NOUN && hit_at(&s, v)->type == KIMPUT_EVENT_MEETING && v > lo &&
            (token_is(&s, v - 1, "peringatan") || token_is(&s, v - 1, "memperingati")))
          continue;
        int32_t pa = -1, pb = -1;
        int again = 0;
        /* "X dijadwalkan menerima kunjungan Y pada Kamis. Namun, kunjungan tersebut dibatalkan.":
           the plans just told (the latest events, first mentions) are called off */
        if (!got && prev_count && s.nev == prev_first + prev_count && recalled_off(&s, v, hi)) {
          call_off(&s, prev_first, &prev_count);
          first_here = s.nev;  /* (this sentence's events start after those kept) */
          continue;
        }
        if (!got && f.pair) {
          /* "Kedua menteri dijadwalkan kembali bertemu": again, the pair of the last event, further back */
          again = (v > lo && token_is(&s, v - 1, "kembali")) ||
                      (v + s.hitlen[v] < hi && (token_is(&s, v + s.hitlen[v], "kembali") ||
                                                token_is(&s, v + s.hitlen[v], "lagi")));
          /* "Pertukaran kartu antara X dan Y … sejak keduanya bertemu": two people named before it in
             its own sentence are the pair, whatever event was told last (three or more: none of them) */
          int32_t own_a = -1, own_b = -1, own_more = 0;
          for (size_t j = v > lo + 60 ? v - 60 : lo; j < v && !own_more; j++) {  /* bounded: linear */
            int32_t m = s.mstart[j];
            /* ("Menurutnya, X mengundang Y saat keduanya berbicara …": who reports it is none of them) */
            if (m < 0 || s.men[m].kind != KIMPUT_ENT_PERSON || frame_speaker(&s, lo, m)) continue;
            int32_t e = s.men[m].entity;
            if (own_a < 0) own_a = e;
            else if (e != own_a && own_b < 0) own_b = e;
            else if (e != own_a && e != own_b) own_more = 1;
          }
          if (s.last_sentence && s.last_sentence + (again ? AGAIN_REACH : PAIR_REACH) >= s.sentence && own_b >= 0 &&
              !own_more) {
            pa = own_a;
            pb = own_b;
          } else if (s.last_sentence && s.last_sentence + (again ? AGAIN_REACH : PAIR_REACH) >= s.sentence) {
            pa = s.last_a;
            pb = s.last_b;
            /* (the two people of the sentence just before, when the last event was told further back:
               "X bertemu Y. Z menyampaikan undangan kepada X. Sebelumnya, keduanya bertemu …" is Z and X) */
            if (si > 0 && s.last_sentence + 1 < s.sentence && own_a < 0) {
              int32_t x = -1, y = -1;
              pair_of_sentence(&s, &sent[si - 1], &x, &y);
              if (y >= 0) { pa = x; pb = y; }
            }
            leaders_pair(&s, lo, hi, v, &pa, &pb);
          } else {  /* "X mengundang Y saat keduanya bertemu": the two people named before it */
            for (size_t j = v > lo + 60 ? v - 60 : lo; j < v && pb < 0; j++) {  /* bounded: linear */
              int32_t m = s.mstart[j];
              if (m < 0 || s.men[m].kind != KIMPUT_ENT_PERSON || frame_speaker(&s, lo, m)) continue;
              if (pa < 0) pa = s.men[m].entity;
              else if (s.men[m].entity != pa) pb = s.men[m].entity;
            }
            /* (with nobody before it, the pair of the last event, further back with no other two
               parties named since) */
            if (pa < 0 && wide_pair(&s, lex, lo, hi, &wide)) {
              pa = s.last_a;
              pb = s.last_b;
              leaders_pair(&s, lo, hi, v, &pa, &pb);
            }
            /* "Undangan itu disampaikan X saat keduanya bertemu": one person before it, the other the
               one named with X in the sentence before */
            if (pa >= 0 && pb < 0 && si > 0) {
              int32_t x = -1, y = -1;
              pair_of_sentence(&s, &sent[si - 1], &x, &y);
              if (y >= 0 && (x == pa || y == pa)) pb = x == pa ? y : x;
              else pa = -1;
            }
            /* "X dan Y menandatangani pakta. ... setelah keduanya menggelar pertemuan": with
               nobody before it in its sentence, the two people of the sentence before */
            if (pa < 0 && si > 0) {
              if (pair_a == -2) {
                pair_a = -1;
                pair_of_sentence(&s, &sent[si - 1], &pair_a, &pair_b);
                /* (or one person in each of the two sentences before: "X hadir. Y juga hadir.
                   Kedua pemimpin kemudian bertemu.") */
                int32_t x, y;
                if (pair_b < 0 && si > 1 && (y = lone_person(&s, &sent[si - 1])) >= 0 &&
                    (x = lone_person(&s, &sent[si - 2])) >= 0 && x != y) {
                  pair_a = x;
                  pair_b = y;
                }
              }
              if (pair_b >= 0) { pa = pair_a; pb = pair_b; }
            }
            /* "Kedua pemimpin terakhir bertemu di A pada D" far from the leaders' letter, nobody
               named near it: the two leaders of the last events (the article's pair) */
            if (pa < 0 && leaders_phrase_near(&s, lo, hi, v)) latest_leaders(&s, &pa, &pb);
          }
        }
        if (pb >= 0) {
          for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1;
          uint32_t ta = s.tok[f.trig_start].start, tb = s.tok[f.trig_end - 1].end;
          /* "Keduanya kembali bertemu": a meeting again is another one, not the one told */
          s.again = again;
          /* ("Keduanya bertemu lagi di A pada Maret dan di B pada Mei": one meeting each time) */
          int32_t more[MORE_TIMES];
          int32_t first = sentence_date(&s, lo, sa, sb, sa, ta, tb);
          /* ("Dalam surat yang dikirim pada Desember, X menyebut pertemuan mereka ...": the day the
             letter was sent, not the meeting's) */
          if (first >= 0 && s.dates[first].end <= ta && sent_when(&s, lo, hi, first)) first = -1;
          /* (a pair phrase never says who called: "Keduanya terakhir berbicara melalui sambungan telepon pada Januari",
             the caller told after it, "X saat itu menelepon Y", is that call's) */
          int undirected = f.undirected || f.type == KIMPUT_EVENT_CALL;
          st = emit(&s, f.type, f.planned, undirected, pa, pb, first, sa, sb, ta, tb, oa, ob);
          for (int i = 0, n = f.type == KIMPUT_EVENT_MEETING ? more_times(&s, f.trig_end, hi, first, more) : 0;
               i < n && st == KIMPUT_OK; i++)
            st = emit(&s, f.type, f.planned, undirected, pa, pb, more[i], sa, sb, ta, tb, oa, ob);
          s.again = 0;
          if (st != KIMPUT_OK) goto done;
          continue;
        }
        /* (parties here that make no event are the letter's couriers: "Surat itu
         * diserahkan oleh Dubes X kepada Menlu Y, Rabu") */
        size_t dem = SIZE_MAX;  /* the demonstrative after the noun, past a few words that describe it */
        if (!got && !f.mutual && prev_count && hit_at(&s, v)->cls == KIMPUT_EVW_NOUN)
          for (size_t k = v + s.hitlen[v], w = 0; k < hi && w < 5; k++) {
            if (s.mstart[k] >= 0) {
              /* (a name inside the number, glued to its mark: "Surat bernomor S-512/MK/2024 itu") */
              if (k > v + 1 && s.tok[k].start == s.tok[k - 1].end && !is_word(&s, k - 1)) {
                k = s.mlast[s.mstart[k]];
                continue;
              }
              break;
            }
            if (cls_at(&s, k, KIMPUT_EVW_THIS)) { dem = k; break; }
            /* "Dalam surat balasan tertanggal 10 Juni 2024, ...": the date it bears names the
               letter as a demonstrative does */
            /* (so does it past the letter's number: "Surat resmi dengan nomor: 300.2/351/SET/IV/2024, tertanggal
               8 April 2024") */
            if ((k == v + s.hitlen[v] || w > 0) && token_is(&s, k, "tertanggal") &&
                hit_at(&s, v)->type == KIMPUT_EVENT_LETTER) {
              dem = k;
              break;
            }
            if (k > v + 1 && (is_punct(&s, k, ':') || is_punct(&s, k, ',')) &&
                (token_is(&s, k - 1, "nomor") || s.tok[k - 1].kind == KIMPUT_TOK_NUMBER))
              continue;  /* (the number's colon, its closing comma) */
            /* a reference number's marks count as one word with it ("Surat bernomor
               600/1234-DLH itu": a mark glued on both sides) */
            int glued = k > 0 && k + 1 < hi && s.tok[k].start == s.tok[k - 1].end &&
                        s.tok[k + 1].start == s.tok[k].end && k - 1 > v;
            /* a quoted name counts as one word ("Pertemuan bertajuk "Leaders' Retreat" itu, digelar ...") */
            if (s.tok[k].kind == KIMPUT_TOK_QUOTE && k > v + 1) {
              size_t q = k + 1;
              while (q < hi && q < k + 12 && s.tok[q].kind != KIMPUT_TOK_QUOTE && !is_punct(&s, q, '.')) q++;
              if (q < hi && s.tok[q].kind == KIMPUT_TOK_QUOTE && q > k + 1) {
                k = q;
                w++;
                continue;
              }
            }
            if (!is_word(&s, k) && s.tok[k].kind != KIMPUT_TOK_NUMBER && !glued) break;
            w += !(glued || (k > v + 1 && s.tok[k].start == s.tok[k - 1].end));
          }
        /* "Pertemuan berlangsung pada Rabu": the bare noun opening the sentence before a verb of
           taking place names the event just told as a demonstrative does */
        if (dem == SIZE_MAX && !got && !f.mutual && prev_count && hit_at(&s, v)->cls == KIMPUT_EVW_NOUN &&
            v == lo && held_at(&s, v + s.hitlen[v], hi))
          dem = v + s.hitlen[v] - 1;
        if (dem != SIZE_MAX) {
          pointed = 1;
          /* "Pertemuan itu berlangsung pada Senin", "Percakapan selama 15 menit
           * tersebut ...": the noun and a demonstrative name the event of the
           * sentence before, and give its date */
          int32_t d = sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[dem].end);
          /* ("Surat itu merupakan balasan atas surat X tertanggal 2 Oktober": the date of the letter
             answered, not of this one) */
          for (size_t k = dem + 1; d >= 0 && k < hi && s.tok[k].start < s.dates[d].start; k++)
            if (cls_at(&s, k, KIMPUT_EVW_REPLY)) d = -1;
          /* ("Pertemuan itu akan menjadi yang pertama sejak X bertemu Z delapan tahun lalu": a date past a
             relative word of time and an event's verb is that other event's) */
          for (size_t k = dem + 1, apart = 0; d >= 0 && k < hi && s.tok[k].start < s.dates[d].start; k++) {
            apart |= apart_at(&s, k);
            if (apart && cls_at(&s, k, KIMPUT_EVW_VERB)) d = -1;
          }
          /* "Ucapan itu disampaikan (X) melalui sambungan telepon pada D": a message noun the way after it
             typed a call; the message just told was that call, held on D */
          int by_phone = f.type == KIMPUT_EVENT_CALL && hit_at(&s, v)->type == KIMPUT_EVENT_MESSAGE;
          /* (also past its sender and a manner: "disampaikan X secara langsung melalui sambungan telepon") */
          for (size_t k = dem + 1; f.type == KIMPUT_EVENT_MESSAGE && k + 1 < hi && k < dem + 10 && !by_phone &&
                                   !is_punct(&s, k, ',');
               k++)
            if (token_is(&s, k, "melalui") || token_is(&s, k, "lewat") || token_is(&s, k, "via")) {
              size_t n = cls_at(&s, k, KIMPUT_EVW_NOUN) ? k : k + 1;
              by_phone = cls_at(&s, n, KIMPUT_EVW_NOUN) && hit_at(&s, n)->type == KIMPUT_EVENT_CALL;
            }
          /* ("Surat itu menindaklanjuti pertemuan mereka pada 12 Juni": a date past the noun of an event of
             another kind is that event's) */
          for (size_t k = dem + 1; d >= 0 && k < hi && s.tok[k].start < s.dates[d].start; k++)
            if (cls_at(&s, k, KIMPUT_EVW_NOUN) && type_class(hit_at(&s, k)->type) != type_class(f.type) &&
                !(by_phone && hit_at(&s, k)->type == KIMPUT_EVENT_CALL))
              d = -1;
          int came_true = came_true_at(&s, dem + 1, hi);
          /* ("Rencana kunjungan tersebut disampaikan Dubes X, Kamis (17/10)": the day it was told, not held) */
          if ((f.type == KIMPUT_EVENT_MEETING || f.type == KIMPUT_EVENT_CALL) && !by_phone &&
              made_known_at(&s, dem + 1, hi))
            d = -1;
          /* ("Surat tersebut diunggah X pada Minggu": the day it was posted, not sent) */
          if (type_class(f.type) == KIMPUT_EVENT_LETTER && published_at(&s, dem + 1, hi)) d = -1;
          /* ("Surat itu (baru) dibalas Y pada 16 Februari": the day of the reply, told as its own event) */
          for (size_t k = dem + 1; d >= 0 && k < hi && k < dem + 3; k++)
            if (token_is(&s, k, "dibalas")) d = -1;
          /* "Ucapan itu disampaikan melalui surat ...": the message just told was a letter */
          int by_letter = 0;
          for (size_t k = dem + 1; k + 1 < hi && k < dem + 6 && !by_letter; k++)
            by_letter = (token_is(&s, k, "melalui") || token_is(&s, k, "lewat") || token_is(&s, k, "dalam")) &&
                        cls_at(&s, skip_fillers(&s, k + 1, hi), KIMPUT_EVW_NOUN) &&
                        hit_at(&s, skip_fillers(&s, k + 1, hi))->type == KIMPUT_EVENT_LETTER;
          /* "Balasan itu ...": the reply, told last (after the letter it answers) */
          size_t k0 = (hit_at(&s, v)->flags & KIMPUT_EVWF_ANSWER) && prev_count ? prev_first + prev_count - 1 : prev_first;
          for (size_t k = k0; (d >= 0 || came_true || by_letter || by_phone) && k < prev_first + prev_count; k++) {
            kimput_event *x = &s.ev[s.ev[k].merged_into >= 0 ? (size_t)s.ev[k].merged_into : k];
            /* (a talk named again may be the call told before: "Pembicaraan itu ...") */
            if (type_class(x->type) != type_class(f.type) &&
                !(f.type == KIMPUT_EVENT_MEETING && x->type == KIMPUT_EVENT_CALL) &&
                !(by_phone && x->type == KIMPUT_EVENT_MESSAGE))
              continue;
            if (by_letter && x->type == KIMPUT_EVENT_MESSAGE && f.type == KIMPUT_EVENT_MESSAGE) x->type = KIMPUT_EVENT_LETTER;
            else if (by_phone && x->type == KIMPUT_EVENT_MESSAGE) x->type = KIMPUT_EVENT_CALL;
            /* "X dan Y dijadwalkan bertemu Kamis. Pertemuan itu akhirnya digelar Jumat": the plan
               came true, held on the day this sentence tells */
            if (came_true && x->planned) {
              x->planned = 0;
              if (d >= 0) x->date = d;
              continue;
            }
            if (d < 0) continue;
            /* (or one taken from a sentence before its own, told for another event: "X berbicara dengan
               Z pada akhir Mei. X bertemu Y. Pertemuan itu berlangsung pada 3 Juni") */
            /* (and a letter's time of sending told so, "Telegram itu dikirim pada Sabtu", stands before one
               its own sentence gave: "… atas gempa yang mengguncang Mandalay, Jumat (28/3)" may be the quake's) */
            /* (and one a quotation after it told, "“Pertemuan kedua menteri …,” ujar Z …, Jumat", gives way to
               the day the meeting is said to have been held: "Pertemuan ini berlangsung … pada Selasa 24 September") */
            if (x->date < 0 || s.dates[x->date].start < x->start ||
                (dates_compatible(&s, x->date, d) && strlen(s.dates[d].value) > strlen(s.dates[x->date].value)) ||
                (held_at(&s, dem + 1, hi) && strlen(s.dates[d].value) >= strlen(s.dates[x->date].value)) ||
                (type_class(x->type) == KIMPUT_EVENT_LETTER && dem + 1 < hi &&
                 (token_is(&s, dem + 1, "dikirim") || token_is(&s, dem + 1, "dikirimkan"))))
              x->date = d;
          }
          /* "X menyerahkan surat Y kepada Z. Pertemuan itu berlangsung di ...": the letter was handed
             over in person, the meeting named is the courier's with its addressee (none told before) */
          int met = 0;
          for (size_t k = prev_first; k < prev_first + prev_count; k++)
            met |= type_class(s.ev[k].type) == KIMPUT_EVENT_MEETING || s.ev[k].type == KIMPUT_EVENT_CALL;
          if (!met && f.type == KIMPUT_EVENT_MEETING && s.hand_sentence && s.hand_sentence + 1 == s.sentence &&
              s.hand_courier >= 0 && s.hand_to >= 0) {
            st = emit(&s, KIMPUT_EVENT_MEETING, 0, 0, s.hand_courier, s.hand_to, d >= 0 ? d : s.hand_date, sa, sb,
                      s.tok[v].start, s.tok[dem].end, KIMPUT_UNSET, KIMPUT_UNSET);
            if (st != KIMPUT_OK) goto done;
          }
          continue;
        }
        /* a letter or message whose addressee the sentence does not name: one more
           to the addressee just told, a courier's to whom the courier met, a reply to
           whom wrote to the replier */
        /* (and congratulations by telephone: "Z juga menyampaikan ucapan selamat melalui sambungan telepon") */
        int sent_call = f.type == KIMPUT_EVENT_CALL && hit_at(&s, v)->cls == KIMPUT_EVW_VERB &&
                        hit_at(&s, v)->frame == KIMPUT_FRAME_SEND && !f.undirected;
        if (!got && f.from.n > 0 && f.to.n == 0 && !f.mutual && (type_class(f.type) == KIMPUT_EVENT_LETTER || sent_call)) {
          int32_t senders[MAX_LIST], to = -1;
          int n = 0;
          for (int i = 0; i < f.from.n; i++) senders[n++] = s.men[f.from.m[i]].entity;
          /* (in the passive too, its agent the sender: "Ucapan selamat juga disampaikan X") */
          int sent_by = hit_at(&s, v)->frame == KIMPUT_FRAME_PASSIVE && hit_at(&s, v)->cls == KIMPUT_EVW_VERB &&
                        !handing_verb(&s, v) && type_class(f.type) == KIMPUT_EVENT_LETTER;
          if (sent_by && f.from.n == 1) {  /* (its agents listed: "disampaikan X dan Y", one each) */
            partylist l;
            list_fwd(&s, hi, f.from.m[0], &l);
            for (int i = 1; i < l.n; i++) senders[n++] = s.men[l.m[i]].entity;
          }
          if ((hit_at(&s, v)->frame == KIMPUT_FRAME_SEND || hit_at(&s, v)->cls == KIMPUT_EVW_NOUN || sent_by) &&
              !(blocked && f.type == KIMPUT_EVENT_MESSAGE))
            to = also_addressed(&s, lo, hi, v, f.trig_end, senders[0]);
          if (to < 0 && !sent_call && (f.courier || f.owned)) {
            /* the sender is from (dari Z) or the letter's owner (pesan Z), the courier the subject */
            int32_t courier = f.courier ? s.men[f.courier - 1].entity : senders[0];
            if (f.owned) { senders[0] = s.men[f.owned - 1].entity; n = 1; }
            to = met_by_courier(&s, prev_count ? prev_first : first_here, courier, senders[0]);
          }
          if (to < 0 && !sent_call && f.answer && f.from.n == 1) to = answered(&s, senders[0]);
          if (to >= 0) {
            for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1;
            /* (a message sent "melalui surat" is a letter, wherever its addressee was found) */
            size_t way = f.type == KIMPUT_EVENT_MESSAGE ? letter_way_after(&s, f.trig_end, hi) : hi;
            if (way < hi) { f.type = KIMPUT_EVENT_LETTER; used[way] = 1; }
            /* (so is one a fronted clause says went by letter: "Melalui surat resmi, Z juga menyampaikan
               belasungkawa") */
            else if (f.type == KIMPUT_EVENT_MESSAGE && fronted_letter(&s, lo, f.trig_start)) f.type = KIMPUT_EVENT_LETTER;
            uint32_t ea, eb;
            span_of(&s, &f, &ea, &eb);
            int32_t date = sentence_date(&s, lo, sa, sb, last_that < ea ? last_that : sa, ea, eb);
            if (date < 0 && f.courier && si > 0)
              date = courier_met_addressee(&s, far, s.men[f.courier - 1].entity, to);
            /* "Dalam pertemuan itu, X menyerahkan surat dari Y": the time just told */
            if (date < 0 && si > 0 && then_opens(&s, lo, hi))
              date = pointed_back_date(&s, lex, &sent[si - 1], recent, lo, prev_read, &then_date);
            /* "Z menerima X pada Minggu. X menyerahkan surat dari Y": handed over at that meeting */
            if (date < 0 && f.courier && si > 0)
              date = courier_met_date(&s, recent, far, s.men[f.courier - 1].entity, to);
            for (int i = 0; i < n; i++) {
              st = emit(&s, f.type, f.planned, 0, senders[i], to, date, sa, sb, ea, eb, oa, ob);
              if (st != KIMPUT_OK) goto done;
            }
            continue;
          }
        }
        /* a meeting noun with no owner before it, its guest after "dengan": the owner is the one who says
           so right before it ("X mengatakan pertemuan dengan Y membahas ..."), or, opening the sentence, the
           host of the series of meetings told before ("X bertemu A. Ada juga pertemuan dengan B.") */
        int32_t agent = -1;
        if (!got && f.type == KIMPUT_EVENT_MEETING && f.from.n == 0 && f.to.n > 0 && !f.planned && !f.mutual &&
            hit_at(&s, v)->cls == KIMPUT_EVW_NOUN && !(hit_at(&s, v)->flags & KIMPUT_EVWF_POSSESSED) &&
            (guest_with(&s, f.trig_end, s.mfirst[f.to.m[0]]) ||
             (agent = held_by(&s, f.trig_end, s.mfirst[f.to.m[0]])) >= 0)) {
          int32_t host = -1;
          if (agent >= 0)  /* "Pertemuan tersebut digelar X dengan Y": X held it */
            host = s.men[agent].entity;
          else if (v > lo + 1 && cls_at(&s, v - 1, KIMPUT_EVW_SAY) && s.mend[v - 2] >= 0 &&
              s.men[s.mend[v - 2]].kind == KIMPUT_ENT_PERSON)
            host = s.men[s.mend[v - 2]].entity;
          else if (si > 0 && ownerless_meeting(&s, lex, lo, hi) == v)
            host = series_host(&s, lex, sent, si, s.men[f.to.m[0]].entity);
          /* "X berkomitmen .... Hal itu disampaikan usai pertemuan dengan Y": the person who opens the
             sentence before said it, and met Y */
          else if (si > 0 && said_after_meeting(&s, lex, lo, hi) == v && sent[si - 1].first_token < lo) {
            size_t pe = sent[si - 1].first_token + sent[si - 1].ntokens;
            host = first_person(&s, sent[si - 1].first_token, pe < lo ? pe : lo);
            if (host == s.men[f.to.m[0]].entity) host = -1;
          }
          if (host >= 0) {
            for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1;
            uint32_t ea, eb;
            span_of(&s, &f, &ea, &eb);
            for (int i = 0; i < f.to.n; i++) {
              int32_t y = s.men[f.to.m[i]].entity;
              int32_t date = sentence_date(&s, lo, sa, sb, sa, ea, eb), serial = -1;
              if (date < 0) date = serial = series_date(&s, lex, sent, si, host, y);
              st = emit(&s, KIMPUT_EVENT_MEETING, 0, 0, host, y, date, sa, sb, ea, eb, KIMPUT_UNSET, KIMPUT_UNSET);
              if (st != KIMPUT_OK) goto done;
              note_series(&s, serial);
            }
            continue;
          }
        }
        if (!got) {
          /* "Kunjungan itu dipimpin Bupati X. Rombongan disambut oleh Y": the leader the sentence before
             names met Y */
          if (v < hi && f.type == KIMPUT_EVENT_MEETING && hit_at(&s, v)->frame == KIMPUT_FRAME_PASSIVE &&
              f.from.n == 1 && f.to.n == 0 && welcome_opening(&s, lo, hi) && si > 0) {
            int32_t p = -1;  /* (a sentence of those along with him may come between) */
            size_t back = 1;
            for (; back <= LEADER_BACK && back <= si; back++)
              if ((p = leader_opening(&s, sent[si - back].first_token,
                                      sent[si - back].first_token + sent[si - back].ntokens)) >= 0)
                break;
            if (p >= 0 && s.men[p].entity != s.men[f.from.m[0]].entity) {
              uint32_t ea, eb;
              span_of(&s, &f, &ea, &eb);
              int32_t date = sentence_date(&s, lo, sa, sb, sa, ea, eb);
              /* (undated here, the day of the leader's sentence, or of the visit "Kunjungan tersebut" points
                 back to, told in the sentence before it) */
              const kimput_sentence *led_s = &sent[si - back];
              if (date < 0) date = last_date(&s, led_s->first_token, led_s->start, led_s->end);
              size_t led_this = led_s->first_token + 1;  /* (read by its words: that sentence may not be marked) */
              if (date < 0 && si > back && led_s->ntokens > 1 &&
                  (token_is(&s, led_this, "tersebut") || token_is(&s, led_this, "itu") || token_is(&s, led_this, "ini")))
                date = last_date(&s, sent[si - back - 1].first_token, sent[si - back - 1].start, sent[si - back - 1].end);
              st = emit(&s, KIMPUT_EVENT_MEETING, f.planned, 0, s.men[f.from.m[0]].entity, s.men[p].entity,
                        date, sa, sb, ea, eb, oa, ob);
              if (st != KIMPUT_OK) goto done;
              continue;
            }
          }
          /* "X menerima kunjungan delegasi Y": a meeting, with the leader the next sentence may name */
          if (v < hi && (f.type == KIMPUT_EVENT_MEETING || (hit_at(&s, v)->frame == KIMPUT_FRAME_RECEIVE && f.trig_end <= v)) &&
              f.to.n == 0 && (group_after(&s, f.trig_end > v ? f.trig_end : v + s.hitlen[v], hi) ||
                              one_guest_after(&s, f.trig_end > v ? f.trig_end : v + s.hitlen[v], hi))) {
            int32_t host = f.from.n == 1 ? f.from.m[0] : f.from.n == 0 ? subject_before(&s, lo, v) : -1;
            if (host >= 0) {
              led.on = 1;
              led.host = s.men[host].entity;
              led.planned = f.planned;
              led.date = sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[v].end);
              led.sa = sa; led.oa = oa; led.ob = ob;
            }
          }
          /* (a letter sent with no addressee: the next sentence may say who received it; so may one
             sent by the agent of a passive, to a group the next sentence lists: "Ucapan itu disampaikan X
             kepada puluhan pemimpin dunia. Di antaranya A, B dan C.") */
          if (f.from.n == 1 && f.to.n == 0 && !f.mutual && type_class(f.type) == KIMPUT_EVENT_LETTER &&
              hit_at(&s, v)->cls == KIMPUT_EVW_VERB &&
              (hit_at(&s, v)->frame == KIMPUT_FRAME_SEND ||
               (hit_at(&s, v)->frame == KIMPUT_FRAME_PASSIVE && si + 1 < nsent &&
                members_opening(&s, sent[si + 1].first_token, sent[si + 1].first_token + sent[si + 1].ntokens) <
                    sent[si + 1].first_token + sent[si + 1].ntokens))) {
            una.on = 1;
            una.si = si;
            una.letters = s.nletters;
            una.type = f.type;
            una.sender = s.men[f.from.m[0]].entity;
            span_of(&s, &f, &una.ea, &una.eb);
            una.date = sentence_date(&s, lo, sa, sb, sa, una.ea, una.eb);
            una.sa = sa; una.oa = oa; una.ob = ob;
          }
          /* "Surat X dikirim pada hari Selasa", "Dalam pesannya yang dikirim
           * Jumat, X ...": one party of an event told before, and its date */
          if (f.from.n == 1 && f.to.n == 0 && !f.mutual && f.trig_end > f.trig_start) {
            date_known_event(&s, s.men[f.from.m[0]].entity, f.type,
                             sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[f.trig_end - 1].end));
            int32_t other = -1, when = elliptic_time(&s, f.trig_end, hi, &other);  /* ", sedangkan Y pada Kamis" */
            if (when >= 0 && other != s.men[f.from.m[0]].entity) date_known_event(&s, other, f.type, when);
          }
          /* ("Dalam pesan yang dikirim pada Jumat, X ...": the sender named after the clause) */
          if (f.from.n == 0 && f.to.n == 0 && !f.mutual && f.trig_end > f.trig_start &&
              type_class(f.type) == KIMPUT_EVENT_LETTER) {
            int32_t m = fronted_sender(&s, lo, v, hi);
            if (m >= 0)
              date_known_event(&s, s.men[m].entity, f.type,
                               sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[s.mfirst[m]].start));
          }
          /* "Surat serupa juga dikirim kepada Y": a similar letter, its sender unnamed, is from the
             sender of the letter just told */
          if (f.from.n == 0 && f.to.n > 0 && !f.mutual && type_class(f.type) == KIMPUT_EVENT_LETTER &&
              similar_letter(&s, lo, v) && LETTER_SENTENCE(&s) && LETTER_SENTENCE(&s) + SIMILAR_REACH >= s.sentence) {
            int32_t writer = LETTER_FROM(&s);
            uint32_t ea, eb;
            span_of(&s, &f, &ea, &eb);
            int32_t d = sentence_date(&s, lo, sa, sb, sa, ea, eb);
            for (int k = 0; k < f.to.n; k++) {
              if (s.men[f.to.m[k]].entity == writer) continue;
              st = emit(&s, f.type, f.planned, 0, writer, s.men[f.to.m[k]].entity, d, sa, sb, ea, eb, oa, ob);
              if (st != KIMPUT_OK) goto done;
            }
            continue;
          }
          if (f.from.n == 0 && f.to.n > 0 && !f.mutual && !(blocked && f.type == KIMPUT_EVENT_MESSAGE)) {
            pend.on = 1;
            pend.type = f.type;
            pend.planned = f.planned;
            pend.nto = f.to.n;
            for (int k = 0; k < f.to.n; k++) pend.to[k] = s.men[f.to.m[k]].entity;
            pend.date = sentence_date(&s, lo, sa, sb, sa, s.tok[v].start, s.tok[v].end);
            pend.sa = sa; pend.oa = oa; pend.ob = ob;
            if (f.to.n == 1 && type_class(f.type) == KIMPUT_EVENT_LETTER && !f.planned) {
              s.group_sentence = s.sentence;
              s.group_to = pend.to[0];
            }
          }
          continue;
        }
        for (size_t k = f.trig_start; k < f.trig_end; k++) used[k] = 1;
        /* what the subject received, or thanks for ("X berterima kasih kepada Y atas ...", "Dalam surat
           itu, X menyatakan telah menerima ucapan selamat dari Y"): a fronted letter is the subject's, the
           message the other's */
        int received = hit_at(&s, v)->cls == KIMPUT_EVW_VERB && hit_at(&s, v)->frame == KIMPUT_FRAME_RECEIVE;
        if (f.type == KIMPUT_EVENT_MESSAGE) {
          if (blocked) continue;
          /* "melalui surat", "dalam sebuah surat": the message is a letter; "dalam
             percakapan telepon": a call */
          int clause_ends = 0;  /* the call's word counts in the message's own clause only */
          for (size_t k = f.trig_end, n = 0; k < hi && n < 14; k++, n++) {
            size_t p = past_party(&s, k);  /* (the addressee counts as one word, its title's comma none) */
            if (p > k && p < hi) k = p;
            /* (nor does a relative clause of its sending right before the way: "dari Y, yang disampaikan langsung
               melalui sambungan telepon") */
            k = way_clause_end(&s, k, hi);
            /* (a comma right before the way, "kepada Y, melalui sambungan telepon", ends no clause) */
            clause_ends |= (is_punct(&s, k, ',') && !(k + 1 < hi && (token_is(&s, k + 1, "melalui") ||
                                                                     token_is(&s, k + 1, "lewat") ||
                                                                     token_is(&s, k + 1, "via")))) ||
                           token_is(&s, k, "setelah") || token_is(&s, k, "sebelum") ||
                           token_is(&s, k, "saat") || token_is(&s, k, "ketika") || token_is(&s, k, "usai") ||
                           token_is(&s, k, "seusai") || token_is(&s, k, "yang");
            if (cls_at(&s, k, KIMPUT_EVW_NOUN) && (hit_at(&s, k)->type == KIMPUT_EVENT_LETTER ||
                                                   (hit_at(&s, k)->type == KIMPUT_EVENT_CALL && !clause_ends))) {
              f.type = hit_at(&s, k)->type;
              used[k] = 1;
              break;
            }
          }
          /* "X mengirimkan sepucuk surat untuk menyampaikan ucapan selamat kepada Y": the greeting a letter
             was sent for is that letter */
          if (f.type == KIMPUT_EVENT_MESSAGE && f.trig_start > lo + 2 && purpose_word(&s, f.trig_start - 1))
            for (size_t k = f.trig_start - 1; k > lo && k + 5 > f.trig_start; k--)
              if (cls_at(&s, k - 1, KIMPUT_EVW_NOUN) && hit_at(&s, k - 1)->type == KIMPUT_EVENT_LETTER &&
                  k - 1 + s.hitlen[k - 1] < f.trig_start) {
                f.type = KIMPUT_EVENT_LETTER;
                break;
              }
          /* "Dalam surat tertanggal 9 Mei, X menyampaikan selamat ...": a letter named in the
             fronted clause before it (not the thanked one's: "Dalam suratnya, X berterima kasih kepada Y
             atas ucapan selamatnya" is X's letter, Y's message) */
          if (f.type == KIMPUT_EVENT_MESSAGE && f.trig_start > lo + 2 && front_at(&s, lo) && !received)
            for (size_t k = lo + 1; k < f.trig_start && !is_punct(&s, k, '.'); k++) {
              if (is_punct(&s, k, ',')) break;
              if (cls_at(&s, k, KIMPUT_EVW_NOUN) && hit_at(&s, k)->type == KIMPUT_EVENT_LETTER) {
                f.type = KIMPUT_EVENT_LETTER;
                break;
              }
            }
          /* "Melalui sambungan telepon, X menyampaikan ucapan selamat kepada Y": the way a fronted
             phrase of call names (a comma after it) makes the congratulations a call */
          if (f.type == KIMPUT_EVENT_MESSAGE && f.trig_start > lo + 2 && cls_at(&s, lo, KIMPUT_EVW_NOUN) &&
              hit_at(&s, lo)->type == KIMPUT_EVENT_CALL && is_punct(&s, lo + s.hitlen[lo], ','))
            f.type = KIMPUT_EVENT_CALL;
          /* "X menelepon Y menyampaikan selamat atas terpilihnya": a greeting verb right after the one a call
             verb just called (no comma, no word between) was said in that call by its caller, not by him */
          if (f.type == KIMPUT_EVENT_MESSAGE && f.from.n == 1 && f.to.n == 1 &&
              s.mlast[f.from.m[0]] + 1 == v && s.mfirst[f.from.m[0]] > lo &&
              cls_at(&s, s.mfirst[f.from.m[0]] - 1, KIMPUT_EVW_VERB) &&
              hit_at(&s, s.mfirst[f.from.m[0]] - 1)->type == KIMPUT_EVENT_CALL &&
              s.hitlen[s.mfirst[f.from.m[0]] - 1] == 1) {
            f.type = KIMPUT_EVENT_CALL;
            f.undirected = 1;
          }
          /* "X menelepon Y. Dalam percakapan itu, X mengucapkan selamat kepada Y": congratulations in
             the call the fronted clause points back at are that call */
          if (f.type == KIMPUT_EVENT_MESSAGE && prev_count && f.from.n == 1 && f.to.n == 1 &&
              in_call_told(&s, lo, f.trig_start, prev_first, prev_count, s.men[f.from.m[0]].entity,
                           s.men[f.to.m[0]].entity)) {
            f.type = KIMPUT_EVENT_CALL;
            f.undirected = 1;  /* (who called is the call's, told before) */
          }
          /* "X menelepon Y pada Kamis. X mengucapkan selamat atas terpilihnya Y.": the greeting told right
             after the call, no way or day of its own, was said in it */
          else if (f.type == KIMPUT_EVENT_MESSAGE && prev_count && f.from.n == 1 && f.to.n == 1 &&
                   said_in_call(&s, lo, hi, prev_first, prev_count, s.men[f.from.m[0]].entity,
                                s.men[f.to.m[0]].entity)) {
            f.type = KIMPUT_EVENT_CALL;
            f.undirected = 1;
          }
          /* "X mengucapkan selamat kepada Y. Pembicaraan melalui telepon antara X dengan Y berlangsung …": the
             greeting told right before the call, no way or day of its own, was said in it */
          else if (f.type == KIMPUT_EVENT_MESSAGE && f.from.n == 1 && f.to.n == 1 && si + 1 < nsent &&
                   call_told_next(&s, lex, lo, hi, sent[si + 1].first_token,
                                  sent[si + 1].first_token + sent[si + 1].ntokens, s.men[f.from.m[0]].entity,
                                  s.men[f.to.m[0]].entity))
            f.type = KIMPUT_EVENT_CALL;
        }
        uint32_t ea, eb;
        span_of(&s, &f, &ea, &eb);
        int32_t date = -1;
        /* "X tiba di Z pada Kamis dan dijadwalkan bertemu Y keesokan harinya": a date in the clause of
           a verb after "dan" is its own, before one of the verb before it */
        size_t conj = v > lo + 1 && cls_at(&s, v - 1, KIMPUT_EVW_PLANNED) ? v - 2 : v - 1;
        if (hit_at(&s, v)->cls == KIMPUT_EVW_VERB && conj > lo && cls_at(&s, conj, KIMPUT_EVW_AND) &&
            s.tok[conj].start > ea)
          date = sentence_date(&s, lo, sa, sb, s.tok[conj].start, s.tok[conj].start, eb);
        /* "X dan Y berbicara lewat telepon pada Selasa, percakapan pertama mereka sejak bertemu di Z pada
           November": a verb in the clause of a relative word (a they-word between) is dated in that clause */
        uint32_t floor = last_that < ea ? last_that : sa;
        /* ("Dalam suratnya yang dikirim pada 10 Maret, X berterima kasih kepada Y atas ucapan selamatnya": the
           date of the fronted clause is X's letter's, not that of Y's message thanked for or received) */
        if (received && front_at(&s, lo))
          for (size_t k = lo + 1; k < f.trig_start && k < lo + 24; k++)
            if (is_punct(&s, k, ',')) {
              if (s.tok[k].end > floor) floor = s.tok[k].end;
              break;
            }
        if (hit_at(&s, v)->cls == KIMPUT_EVW_VERB && v > lo + 1) {
          size_t r = cls_at(&s, v - 1, KIMPUT_EVW_THEY) ? v - 2 : v - 1;
          if (r > lo && cls_at(&s, r, KIMPUT_EVW_RELATIVE) && s.tok[r].start > floor) floor = s.tok[r].start;
        }
        if (date < 0) date = sentence_date(&s, lo, sa, sb, floor, ea, eb);
        /* ("X mengirim surat kepada Y sebagai tanggapan atas surat yang diterimanya minggu lalu": a date past
           the reply word and the noun of what it answers is the answered letter's) */
        if (date >= 0 && v < s.first_reply && s.first_reply < hi && s.dates[date].start > s.tok[s.first_reply].end)
          for (size_t k = s.first_reply + 1; k < hi && s.tok[k].start < s.dates[date].start; k++)
            if (cls_at(&s, k, KIMPUT_EVW_NOUN)) {
              date = -1;
              break;
            }
        /* (and so is an occasion there: "... sebagai tanggapan atas surat dari Y yang berisi ucapan selamat
           ulang tahun" is Y's letter's birthday) */
        uint32_t toa = oa, tob = ob;
        if (oa != KIMPUT_UNSET && v < s.first_reply && s.first_reply < hi && oa > s.tok[s.first_reply].end)
          for (size_t k = s.first_reply + 1; k < hi && s.tok[k].start < oa; k++)
            if (cls_at(&s, k, KIMPUT_EVW_NOUN)) {
              toa = tob = KIMPUT_UNSET;
              break;
            }
        /* (a message received or thanked for, told inside the letter just told, "Dalam surat itu, X
           menyatakan telah menerima ucapan selamat dari Y", came before that letter: not its date) */
        int in_letter = received && letter_fronted(&s, lo, f.trig_start);
        if (date < 0 && prev_count && !in_letter && !times_counted(&s, f.trig_end, hi) &&
            !earlier_named(&s, lo, f.trig_start)) {
          /* an undated event told on from the sentence before (a party in
             common: the same story) takes that event's date; not one still planned from one
             held, nor one held from one planned ("X dan Y sempat bertemu pada Mei. X akan
             membalas surat Z": the reply is ahead) */
          int again_named = named_again(&s, &f, v, hi);
          for (size_t k = prev_first; k < prev_first + prev_count && date < 0; k++) {
            if (s.ev[k].date < 0 || told_as_last(&s, &s.ev[k]) || !s.ev[k].planned != !f.planned) continue;
            if (again_named && !same_pair(&s, &f, &s.ev[k])) continue;
            for (int i = 0; i < f.from.n + f.to.n; i++) {
              int32_t e = s.men[i < f.from.n ? f.from.m[i] : f.to.m[i - f.from.n]].entity;
              if (e == s.ev[k].sender || e == s.ev[k].recipient) { date = s.ev[k].date; break; }
            }
          }
        }
        /* (a courier's letter: at his meeting with its addressee, before the time just told) */
        if (date < 0 && f.courier && si > 0 && f.to.n > 0)
          date = courier_met_addressee(&s, far, s.men[f.courier - 1].entity, s.men[f.to.m[0]].entity);
        if (date < 0 && si > 0 && !in_letter && then_opens(&s, lo, hi))
          date = pointed_back_date(&s, lex, &sent[si - 1], recent, lo, prev_read, &then_date);
        if (date < 0) date = besides_date(&s, lo, hi, recent, &f.from, f.planned);
        if (date < 0 && si > 0 && type_class(f.type) == KIMPUT_EVENT_LETTER && hit_at(&s, v)->cls == KIMPUT_EVW_VERB &&
            f.from.n > 0 && f.to.n > 0)
          date = unnamed_letter_date(&s, &sent[si - 1], lo, v);
        if (date < 0 && si > 0 && type_class(f.type) == KIMPUT_EVENT_LETTER && f.from.n > 0 && f.to.n > 0)
          date = borne_date_before(&s, &sent[si - 1], lo);
        /* "Pesan serupa juga dikirimkan X kepada Z": a like letter or message of the same sender,
           told in the three sentences before, was sent with it (its date) */
        if (date < 0 && type_class(f.type) == KIMPUT_EVENT_LETTER && f.from.n > 0 && like_letter(&s, lo, f.trig_end)) {
          int32_t sender = s.men[f.from.m[0]].entity;
          for (size_t k = s.nev; date < 0 && k-- > 0 && s.ev[k].start >= recent;) {
            const kimput_event *x = s.ev[k].merged_into >= 0 ? &s.ev[s.ev[k].merged_into] : &s.ev[k];
            if (type_class(x->type) == KIMPUT_EVENT_LETTER && x->sender == sender && !x->planned) date = x->date;
          }
        }
        /* (the arrival may be told two sentences back, a sentence of background with no date of its
           own between: "X tiba di Y pada Rabu. Ini kunjungan pertamanya dalam 24 tahun. Z menyambut X") */
        /* (a plan, from the sentence right before with no event, saying its party plans) */
        for (size_t back = 1; date < 0 && back <= 2 && si >= back && f.type == KIMPUT_EVENT_MEETING &&
                              (!f.planned || (back == 1 && !prev_count)) && !told_before(&s, lo, f.trig_end) &&
                              !times_counted(&s, f.trig_end, hi) && !(f.planned && placed_by_other(&s, f.trig_end, hi));
             back++) {
          if (f.planned && !prev_read) {  /* (the plan words of the sentence before, when not read yet) */
            size_t ignored;
            mark_words(&s, lex, sent[si - 1].first_token, sent[si - 1].first_token + sent[si - 1].ntokens, &ignored,
                       NULL, NULL);
            prev_read = 1;
          }
          for (int i = 0; i < f.from.n + f.to.n && date < 0; i++)
            date = arrival_date(&s, &sent[si - back], sent[si - back + 1].first_token,
                                s.men[i < f.from.n ? f.from.m[i] : f.to.m[i - f.from.n]].entity,
                                f.planned ? 2 : back == 1 && !prev_count);
          if (last_date(&s, sent[si - 1].first_token, sent[si - 1].start, sent[si - 1].end) >= 0) break;
        }
        /* (a meeting of a series: the day told for the series, or for its meeting told just before) */
        int32_t serial = -1;
        if (date < 0 && f.type == KIMPUT_EVENT_MEETING && !f.planned && si > 0 && f.from.n > 0 &&
            (f.to.n > 0 || f.from.n > 1) && !said_past(&s, lo, f.trig_end) && !times_counted(&s, f.trig_end, hi) &&
            !earlier_named(&s, lo, f.trig_start))
          date = serial = series_date(&s, lex, sent, si, s.men[f.from.m[0]].entity,
                                      s.men[f.to.n > 0 ? f.to.m[0] : f.from.m[1]].entity);
        /* "X menyampaikan salam Presiden Y kepada Z" after Z met X: a courier's letter is handed over
           at that meeting (told in the three sentences before) */
        if (date < 0 && f.courier && si > 0)
          date = courier_met_date(&s, recent, far, s.men[f.courier - 1].entity,
                                  f.to.n > 0 ? s.men[f.to.m[0]].entity : -1);
        /* ("Sukamaju, 17 Juni 2024 – Kapolres X menerima Wali Kota Y di markasnya": the lead of a
           release whose dateline writes the day; a meeting held there, with no day of its own, is of that day) */
        if (date < 0 && dl_date >= 0 && f.type == KIMPUT_EVENT_MEETING && !f.planned && !said_past(&s, lo, hi))
          date = dl_date;
        /* a bare year beside a named day is history told about it ("pada peringatan Hari
           Kemenangan ... atas Nazi pada 1945"): the event is dated by the day (events.lua),
           and merges with the same letter told elsewhere */
        if (date >= 0 && oa != KIMPUT_UNSET && s.text[oa] >= 'A' && s.text[oa] <= 'Z' &&
            strlen(s.dates[date].value) == 4 && !s.dates[date].anchored)  /* ("tahun lalu": that year's day) */
          date = -1;
        int type = f.type;
        /* "X membalas surat Y yang dikirim awal bulan ini": the date of the relative
           clause is when Y's letter was sent, told as an event of its own; the reply's
           own date is told elsewhere ("Balasan itu disampaikan pada Selasa") */
        if (date >= 0 && hit_at(&s, v)->cls == KIMPUT_EVW_VERB && (hit_at(&s, v)->flags & KIMPUT_EVWF_ANSWER) &&
            f.from.n == 1 && f.to.n == 1 && sent_when(&s, f.trig_end, hi, date)) {
          int32_t replier = s.men[f.from.m[0]].entity, writer = s.men[f.to.m[0]].entity;
          st = emit(&s, type, 0, 0, writer, replier, date, sa, sb, ea, eb, KIMPUT_UNSET, KIMPUT_UNSET);
          if (st != KIMPUT_OK) goto done;
          date = -1;
        }
        /* "X membalas surat Y": Y's letter to X is told too (merged with it when told before); "X akan
           (berjanji) membalas surat Y": that alone, the reply not sent yet */
        if (hit_at(&s, v)->cls == KIMPUT_EVW_VERB && (hit_at(&s, v)->flags & KIMPUT_EVWF_ANSWER) &&
            f.from.n == 1 && f.to.n == 1 && type_class(type) == KIMPUT_EVENT_LETTER) {
          st = emit(&s, type, 0, 0, s.men[f.to.m[0]].entity, s.men[f.from.m[0]].entity, -1, sa, sb, ea, eb, toa, tob);
          if (st != KIMPUT_OK) goto done;
          if (f.planned) continue;
        }
        /* "X kembali menyurati Y": another letter (call, meeting) than the one told, not merged into it */
        s.again = hit_at(&s, v)->cls == KIMPUT_EVW_VERB && v > lo && token_is_ci(&s, v - 1, "kembali");
        /* "X dan Y melakukan kunjungan kenegaraan ke Z": they travel together, no meeting of theirs */
        int trip = 0;
        for (size_t k = f.trig_end; f.mutual && k < hi && k < f.trig_end + 3 && s.mstart[k] < 0 && !trip; k++)
          trip = token_is(&s, k, "ke");
        if (trip) { s.again = 0; continue; }
        /* "X dan Y melakukan audiensi di Z": an audience is a call on someone; those listed before it
           with no one named after it go together, they do not meet each other */
        if (f.mutual && audience_in(&s, v, f.trig_end)) { s.again = 0; continue; }
        if (f.mutual) {
          /* the listed subjects together: every two of them met ("A, B dan C bertemu", a trilateral
             meeting, is A-B, A-C and B-C; each way for an exchange); at most MAX_LIST parties */
          for (int i = 0; i + 1 < f.from.n; i++) {
            int32_t a = s.men[f.from.m[i]].entity;
            for (int k = i + 1; k < f.from.n; k++) {
              int32_t b = s.men[f.from.m[k]].entity;
              st = emit(&s, type, f.planned, f.undirected, a, b, date, sa, sb, ea, eb, toa, tob);
              if (st == KIMPUT_OK && f.exchange) st = emit(&s, type, f.planned, f.undirected, b, a, date, sa, sb, ea, eb, toa, tob);
              if (st != KIMPUT_OK) goto done;
              note_series(&s, serial);
            }
          }
          /* (a pair met at other places or times too: "X dan Y bertemu di A pada D1 dan di B pada D2") */
          int32_t more[MORE_TIMES];
          for (int i = 0, n = f.from.n == 2 && type == KIMPUT_EVENT_MEETING
                                  ? more_times(&s, tok_at(&s, eb), hi, date, more) : 0;
               i < n && st == KIMPUT_OK; i++)
            st = emit(&s, type, f.planned, f.undirected, s.men[f.from.m[0]].entity, s.men[f.from.m[1]].entity, more[i],
                      sa, sb, ea, eb, toa, tob);
          s.again = 0;
          if (st != KIMPUT_OK) goto done;
          continue;
        }
        for (int i = 0; i < f.from.n; i++) {
          int32_t a = s.men[f.from.m[i]].entity;
          for (int k = 0; k < f.to.n; k++) {
            int32_t b = s.men[f.to.m[k]].entity, own = -1;
            /* ("Sejumlah pemimpin mengirimkan surat ucapan selamat atas pelantikan Y. Surat dari X diterima
               Istana": one of the letters to Y, received by Y's office) */
            if (greeted >= 0 && !f.planned && type_class(type) == type_class(greeted_type) &&
                s.men[f.to.m[k]].kind != KIMPUT_ENT_PERSON && a != greeted)
              b = greeted;
            /* (each with the time told after it: "A di P pada Senin dan B di Q pada Rabu") */
            if (f.to.spread) {
              const kimput_mention *m = &s.men[f.to.m[k]];
              own = sentence_date(&s, lo, sa, sb, m->start, m->start, m->end);
            }
            st = emit(&s, type, f.planned, f.undirected, a, b, own >= 0 ? own : date, sa, sb, ea, eb, toa, tob);
            if (st == KIMPUT_OK && own < 0) note_series(&s, serial);
            if (st == KIMPUT_OK && f.exchange) st = emit(&s, type, f.planned, f.undirected, b, a, date, sa, sb, ea, eb, toa, tob);
            /* ("X bertemu Y di A pada D1 dan di B pada D2") */
            int32_t more[MORE_TIMES];
            for (int t = 0, n = f.from.n == 1 && f.to.n == 1 && type == KIMPUT_EVENT_MEETING
                                    ? more_times(&s, tok_at(&s, eb), hi, own >= 0 ? own : date, more) : 0;
                 t < n && st == KIMPUT_OK; t++)
              st = emit(&s, type, f.planned, f.undirected, a, b, more[t], sa, sb, ea, eb, toa, tob);
            if (st != KIMPUT_OK) goto done;
            if (f.courier && !f.planned && type_class(type) == KIMPUT_EVENT_LETTER) {
              s.hand_sentence = s.sentence;
              s.hand_courier = s.men[f.courier - 1].entity;
              s.hand_to = b;
              s.hand_date = own >= 0 ? own : date;
            }
          }
        }
        /* "Selain A dan B, Y juga menerima ucapan dari X": the persons listed after an opening "Selain"
           sent Y the same (a letter, message or call received; undated: the day told is X's) */
        if (f.to.n == 1 && f.from.n >= 1 && type != KIMPUT_EVENT_MEETING && token_is_ci(&s, lo, "selain") &&
            hit_at(&s, v)->frame == KIMPUT_FRAME_RECEIVE) {
          int32_t y = s.men[f.to.m[0]].entity;
          for (size_t k = lo + 1; k < v && k < lo + 1 + 3 * MAX_LIST;) {
            int32_t m = s.mstart[k];
            if (m >= 0 && s.men[m].kind == KIMPUT_ENT_PERSON && s.mlast[m] < v) {
              int32_t a = s.men[m].entity;
              int sender = 0;
              for (int i = 0; i < f.from.n; i++) sender |= s.men[f.from.m[i]].entity == a;
              if (a != y && !sender) {
                st = emit(&s, type, f.planned, f.undirected, a, y, -1, sa, sb, s.men[m].start, s.men[m].end, toa, tob);
                if (st != KIMPUT_OK) goto done;
              }
              k = s.mlast[m] + 1;
            } else if (is_punct(&s, k, ',') || token_is(&s, k, "dan") || token_is(&s, k, "serta")) {
              k++;
            } else {
              break;
            }
          }
        }
        s.again = 0;
        /* a trilateral meeting with Y and Z: Y and Z met each other too (at most MAX_LIST parties) */
        for (int i = 0; f.among && i + 1 < f.to.n; i++)
          for (int k = i + 1; k < f.to.n; k++) {
            st = emit(&s, type, f.planned, f.undirected, s.men[f.to.m[i]].entity, s.men[f.to.m[k]].entity, date, sa, sb,
                      ea, eb, toa, tob);
            if (st != KIMPUT_OK) goto done;
          }
      }
    }
    /* "Y menelepon X seusai pelantikan untuk menyampaikan selamat. X dilantik pada Kamis, 17 Oktober
       2024.": an event told after an inauguration, no day of its own, is of the inauguration's day told near */
    for (size_t k = first_here; k < s.nev; k++) {
      kimput_event *x = &s.ev[k];
      if (x->merged_into >= 0 || x->date >= 0 || x->planned) continue;
      if (!after_inauguration(&s, lo, hi)) break;
      x->date = inauguration_day(&s, si);
    }
    /* "X tiba untuk bertemu Y. ... Y menyambut X yang mendarat pada Rabu (19/6)":
     * an undated meeting takes the day of a sentence soon after that names both
     * parties and reports nothing of its own (the visit told on) */
    if (s.nev > first_here) {
      kimput_event *x = &s.ev[s.nev - 1];
      if (x->merged_into >= 0) x = &s.ev[x->merged_into];
      /* (so does a call: "X menghubungi Y. … "…," kata X kepada Y, Jumat (22/3/2024) malam.") */
      if ((x->type == KIMPUT_EVENT_MEETING || x->type == KIMPUT_EVENT_CALL) && x->date < 0 && !x->planned) {
        meet = x - s.ev;
        meet_sentence = s.sentence;
      }
    } else if (meet >= 0 && parties >= 1 && s.sentence <= meet_sentence + 2 && s.ev[meet].date < 0) {
      int both = 0;
      for (size_t j = lo; j < hi && both != 3; j++)
        if (s.mstart[j] >= 0) {
          int32_t e = s.men[s.mstart[j]].entity;
          if (e == s.ev[meet].sender) both |= 1;
          if (e == s.ev[meet].recipient) both |= 2;
        }
      int32_t d = both == 3 && parties >= 2 ? sentence_date(&s, lo, sa, sb, sa, sa, sa) : -1;
      /* (one of them named, opening the main clause after a clause of time retelling the moment with its day:
         "Ketika upacara kredensial di Istana Z, Jumat (14/6/2024), X …") */
      if (d < 0 && both && s.sentence == meet_sentence + 1)
        d = retold_moment_day(&s, lo, hi, s.ev[meet].sender, s.ev[meet].recipient);
      /* (a cue's day is when the words were said, but said to the other party it is the day they spoke:
         '"…," kata X kepada Y, Jumat (22/3/2024) malam') */
      if (d < 0 && both == 3) d = said_to_date(&s, lo, hi, s.ev[meet].sender, s.ev[meet].recipient);
      if (d >= 0 && strlen(s.dates[d].value) >= 10) s.ev[meet].date = d;
    }
    /* "X bertemu Y, Selasa. Dalam pertemuan itu, X melaporkan … X juga menyerahkan surat kepada Y": a
       sentence telling nothing new that points back at the events just told (their noun and a
       demonstrative, or the time just told) keeps them the events of the sentence before (once) */
    /* (and so does a quotation opening the sentence, words said about them: "X bertemu Y. "…," ujar Z,
       Sabtu. Pertemuan ini berlangsung pada Selasa 24 September": that meeting's day) */
    /* "Pertemuan PSSI dengan X digelar Senin. … Usai perbincangan dengan X, Ketua PSSI Y …": the meeting a fronted
       clause tells again with the body's person takes the day of the body's (the last four events) */
    if (s.nev > first_here && lo + 1 < hi && front_at(&s, lo) && cls_at(&s, lo + 1, KIMPUT_EVW_NOUN) &&
        hit_at(&s, lo + 1)->type == KIMPUT_EVENT_MEETING)
      for (size_t k = first_here; k < s.nev; k++) {
        kimput_event *g = &s.ev[k];
        if (g->type != KIMPUT_EVENT_MEETING || g->merged_into >= 0 || g->planned || g->date >= 0) continue;
        for (size_t c = first_here; c > 0 && c + 4 > first_here; c--) {
          const kimput_event *x = &s.ev[c - 1];
          if (x->type != KIMPUT_EVENT_MEETING || x->merged_into >= 0 || x->planned || x->date < 0) continue;
          int32_t body = x->sender == g->sender || x->sender == g->recipient ? x->recipient
                         : x->recipient == g->sender || x->recipient == g->recipient ? x->sender : -1;
          if (body >= 0 && body != g->sender && body != g->recipient && (s.undated[body] & BODY)) {
            g->date = x->date;
            break;
          }
        }
      }
    /* "X menerima telepon dari Y. Y pada Kamis memberi selamat kepada X": a greeting the next sentence tells, of a
       day, from the caller to the one called, gives that day to the call told with none just before (what was
       said in it) */
    for (size_t k = first_here; k < s.nev; k++) {
      const kimput_event *g = &s.ev[k];
      if (g->type != KIMPUT_EVENT_MESSAGE || g->merged_into >= 0 || g->planned || g->date < 0 ||
          strlen(s.dates[g->date].value) < 10)
        continue;
      for (size_t c = prev_first; c < prev_first + prev_count; c++) {
        kimput_event *x = &s.ev[c];
        if (x->type == KIMPUT_EVENT_CALL && x->merged_into < 0 && !x->planned && x->date < 0 &&
            x->sender == g->sender && x->recipient == g->recipient)
          x->date = g->date;
      }
    }
    if (s.nev == first_here && prev_count && carried + 1 != si &&
        (pointed || then_opens(&s, lo, hi) || s.tok[lo].kind == KIMPUT_TOK_QUOTE)) {
      carried = si;
      continue;
    }
    prev_first = first_here;
    prev_count = s.nev - first_here;
  }
  st = KIMPUT_OK;
done:
  if (!work || block != work->block) free(block);
  if (!work || kept != work->kept) free(kept);
  free(s.next_same);
  if (st != KIMPUT_OK) { free(s.ev); return st; }
  *out = s.ev;
  *count = s.nev;
  return KIMPUT_OK;
}

/* ------------------------------------------------------------ the headline */

#define HEAD_RUN 8  /* tokens a headline name may span (Kim Jong - un) */

/* a name as a key: ASCII case folded, '-' and white space as one space */
/* name_key read in pieces: the run of a headline name grows a word at a
 * time, its key not read again from its start */
typedef struct {
  uint64_t h;
  int space;  /* no leading space */
  size_t n;
} namehash;

static void name_feed(namehash *k, const char *s, size_t n) {
  uint64_t h = k->h;
  int space = k->space;
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      if (space) continue;
      space = 1;
      c = ' ';
    } else {
      space = 0;
      if (c >= 'A' && c <= 'Z') c = (unsigned char)(c + 32);
    }
    h = (h ^ c) * 1099511628211ULL;
  }
  k->h = h;
  k->space = space;
  k->n += n;
}

static uint64_t name_done(const namehash *k) {
  uint64_t h = k->h;
  if (k->space && k->n) h = (h ^ 0xffu) * 1099511628211ULL;  /* "Kim " is not "Kim" */
  return h ? h : 1;
}

/* The first byte name_feed would hash in s[0, n) (ASCII folded), or -1 when it hashes none. */
static int name_first(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    return c >= 'A' && c <= 'Z' ? c + 32 : c;
  }
  return -1;
}

static uint64_t name_key(const char *s, size_t n) {
  namehash k = {1469598103934665603ULL, 1, 0};
  name_feed(&k, s, n);
  return name_done(&k);
}

typedef struct {
  uint64_t key;  /* 0 = empty */
  int32_t entity;
  uint8_t kind;
} headkey;

static void headkey_put(headkey *t, size_t mask, uint64_t key, int32_t entity, uint8_t kind) {
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (t[i].key == key) return;  /* the first entity to write a name keeps it */
    if (t[i].key == 0) { t[i].key = key; t[i].entity = entity; t[i].kind = kind; return; }
  }
}

static const headkey *headkey_get(const headkey *t, size_t mask, uint64_t key) {
  for (size_t i = key & mask;; i = (i + 1) & mask) {
    if (t[i].key == key) return &t[i];
    if (t[i].key == 0) return NULL;
  }
}

kimput_status kimput_events_headline(kimput_doc *doc, uint32_t start, uint32_t end, const kimput_mention *mentions,
                                     size_t nmentions, kimput_mention **out, size_t *count) {
  if (!doc || !out || !count || (nmentions && !mentions) || start > end) return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  size_t len, ntok;
  const char *text = kimput_doc_text(doc, &len);
  if (end > len) return KIMPUT_ERR_ARG;
  const kimput_token *tok = kimput_doc_tokens(doc, &ntok);
  if (kimput_doc_status(doc) != KIMPUT_OK) return kimput_doc_status(doc);
  if (ntok == 0 || nmentions == 0 || start == end) return KIMPUT_OK;
  size_t lo = tok_at(&(scan){.tok = tok, .ntok = ntok}, start), n = 0, ocap = 0;
  /* the first bytes the headline's names may hash (their first word's, folded): a name of the text
     that opens with another byte is never looked up, so it is not hashed either */
  uint64_t heads[4] = {0, 0, 0, 0};
  for (size_t i = lo; i < ntok && tok[i].end <= end; i++) {
    if (tok[i].kind != KIMPUT_TOK_WORD || !(tok[i].flags & KIMPUT_TOKF_UPPER)) continue;
    int c = name_first(text + tok[i].start, tok[i].end - tok[i].start);
    if (c < 0) { heads[0] = heads[1] = heads[2] = heads[3] = ~0ull; break; }  /* (no word byte: no filter) */
    heads[c >> 6] |= 1ull << (c & 63);
  }
  /* the names the text outside the headline writes, listed in text order (full name, last word, first
     word) before the table is made: it is sized by the names kept, few, not by the mentions; and the
     first bytes of those (keyheads) tell the headline's words no run need start at */
  if (nmentions > SIZE_MAX / (3 * sizeof(headkey))) return KIMPUT_ERR_NOMEM;
  headkey *puts = malloc(3 * nmentions * sizeof *puts);
  if (!puts) return KIMPUT_ERR_NOMEM;
  size_t nput = 0;
  uint64_t keyheads[4] = {0, 0, 0, 0};
#define HEADS_MAY(p, k) ((c = name_first((p), (k))) < 0 || (heads[c >> 6] >> (c & 63) & 1))
#define PUT(p, k)                                                                                   \
  do {                                                                                              \
    puts[nput++] = (headkey){name_key((p), (k)), x->entity, (uint8_t)x->kind};                      \
    if (c < 0) keyheads[0] = keyheads[1] = keyheads[2] = keyheads[3] = ~0ull;                       \
    else keyheads[c >> 6] |= 1ull << (c & 63);                                                      \
  } while (0)
  for (size_t m = 0; m < nmentions; m++) {
    const kimput_mention *x = &mentions[m];
    int c;
    if (x->entity < 0 || x->form != KIMPUT_MENTION_NAME || x->end <= x->start || x->end > len) continue;
    if (x->kind != KIMPUT_ENT_PERSON && x->kind != KIMPUT_ENT_ORG) continue;
    if (x->start < end && x->end > start) continue;
    if (HEADS_MAY(text + x->start, x->end - x->start)) PUT(text + x->start, x->end - x->start);
    /* the last word ("Putin") and the first ("Prabowo", "Tanaka" of "Tanaka Hiroshi") of a
     * person's full name (an organisation's first word is a kind: "Kementerian") */
    if (x->kind != KIMPUT_ENT_PERSON) continue;
    uint32_t w = x->end, f = x->start;
    while (w > x->start && text[w - 1] != ' ' && text[w - 1] != '-') w--;
    while (f < x->end && text[f] != ' ' && text[f] != '-') f++;
    if (w > x->start && x->end - w >= 3 && text[w - 1] == ' ' && HEADS_MAY(text + w, x->end - w))
      PUT(text + w, x->end - w);
    if (f < x->end && f - x->start >= 3 && text[f] == ' ' && HEADS_MAY(text + x->start, f - x->start))
      PUT(text + x->start, f - x->start);
  }
#undef PUT
#undef HEADS_MAY
  if (nput == 0) {  /* (no name the headline could spell) */
    free(puts);
    return KIMPUT_OK;
  }
  size_t cap = 16;
  while (cap < nput * 2) cap *= 2;
  headkey *keys = calloc(cap, sizeof *keys);
  if (!keys) {
    free(puts);
    return KIMPUT_ERR_NOMEM;
  }
  size_t mask = cap - 1;
  for (size_t k = 0; k < nput; k++) headkey_put(keys, mask, puts[k].key, puts[k].entity, puts[k].kind);
  free(puts);
  kimput_status st = KIMPUT_OK;
  kimput_mention *found = NULL;
  for (size_t i = lo; i < ntok && tok[i].end <= end;) {
    size_t best = 0;
    const headkey *hit = NULL;
    int c = tok[i].kind == KIMPUT_TOK_WORD && (tok[i].flags & KIMPUT_TOKF_UPPER)
                ? name_first(text + tok[i].start, tok[i].end - tok[i].start)
                : -2;
    if (c == -1 || (c >= 0 && (keyheads[c >> 6] >> (c & 63) & 1))) {
      /* the longest run of words (and hyphens) from i that spells a name */
      namehash run = {1469598103934665603ULL, 1, 0};  /* the key of text[tok[i].start, fed) */
      uint32_t fed = tok[i].start;
      for (size_t j = i; j < ntok && j < i + HEAD_RUN && tok[j].end <= end; j++) {
        int word = tok[j].kind == KIMPUT_TOK_WORD;
        int hyphen = tok[j].kind == KIMPUT_TOK_PUNCT && tok[j].end - tok[j].start == 1 && text[tok[j].start] == '-';
        if (!word && !hyphen) break;
        if (j > i && (tok[j].flags & KIMPUT_TOKF_NEWLINE)) break;
        if (!word) continue;
        name_feed(&run, text + fed, tok[j].end - fed);
        fed = tok[j].end;
        const headkey *k = headkey_get(keys, mask, name_done(&run));
        if (k) { hit = k; best = j; }
      }
    }
    if (!hit) { i++; continue; }
    if (n == ocap) {
      ocap = ocap ? ocap * 2 : 4;
      kimput_mention *grown = realloc(found, ocap * sizeof *grown);
      if (!grown) { st = KIMPUT_ERR_NOMEM; break; }
      found = grown;
    }
    kimput_mention *y = &found[n++];
    y->start = tok[i].start;
    y->end = tok[best].end;
    y->role_start = y->role_end = KIMPUT_UNSET;
    y->entity = hit->entity;
    y->kind = hit->kind;
    y->form = KIMPUT_MENTION_NAME;
    y->flags = KIMPUT_MENTIONF_RESOLVED;
    i = best + 1;
  }
  free(keys);
  if (st != KIMPUT_OK) { free(found); return st; }
  *out = found;
  *count = n;
  return KIMPUT_OK;
}
