/* attribution.c -- who said each quotation, and reported speech.
 *
 * Works on what the earlier stages made: the paired marks (quotes.c), the
 * mentions and their entities (mentions.c), the sentences, and the cue
 * classes of the lexicon. Per quotation, in order:
 *
 *  1. after the closing mark: a dash and a name ("..." -- Budi); a cue and
 *     the first speaker-like mention after it (kata Kapolres X; katanya
 *     takes the person its -nya points at); an agency quoting a person's
 *     letter word for word (KCNA, mengutip surat Putin: Putin, via KCNA);
 *     "menurut laporan KCNA" (KCNA only relays); a name and a reporting verb
 *     ("...," Budi menambahkan);
 *  2. before the quote in its sentence: the last reporting cue and its
 *     subject (the last person or organisation before the verb, a title
 *     description at the clause start, a place right before the verb, an
 *     unnamed subject of a few words); "menurut X" takes X;
 *  3. without a cue: the speaker of the sentence before (or of this one),
 *     else the subject before the quote; otherwise nobody.
 *
 * Organisations speak for themselves; a person named with one speaks as the
 * person (the mention stage already made "Kepala BPS X" a person). Places
 * speak only as the subject right before a reporting verb. Quotes inside
 * quotes take the speaker of the quote around them; the paragraphs of one
 * quote share the attribution of its last paragraph.
 *
 * Each quote looks at a window of at most WINDOW bytes around it and finds
 * tokens, sentences and mentions by binary search, so the stage is linear
 * in the document (n log n at worst).
 */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "document.h"
#include "lexicon.h"

#define WINDOW 400        /* bytes looked at before and after a quote */
#define AFTER_REACH 160   /* bytes after a cue where its speaker may stand */
#define AGENCY_REACH 40  /* bytes from a report word to the agency (lapor kantor berita X) */
#define MMAP_SHIFT 5      /* mention_at's: a mention index per 32 (a mention every 50 or so) */
#define DESC_MAX 80       /* the longest description of an unnamed speaker */
#define BACK_MENTIONS 64  /* mentions looked at going back for a -nya or passive cue */
#define WRITER_GAP 3      /* words between a writer and the letter he sends (X juga mengirimkan sepucuk surat) */
#define TERM_WORDS 4      /* a quoted subject of its sentence this short may be a term ("Latihan gabungan" itu ...) */

/* The result: one block of exactly its size, the arrays after the header
 * (the attribution builds v in the thread's scratch, then copies). */
struct quote_set {
  uint64_t stamp;
  const kimput_lexicon *lex;
  uint32_t *spans;
  size_t nspans;
  kimput_attribution *v;
  size_t n, cap;            /* cap: room in v while building */
  size_t bytes;             /* the block's size */
};

void quote_set_free(struct quote_set *set) { free(set); }

size_t quote_set_memory(const struct quote_set *set) { return set ? set->bytes : 0; }

const char *kimput_quote_kind_name(int kind) {
  static const char *const names[] = {"direct", "partial", "term", "indirect"};
  return kind >= 0 && kind <= KIMPUT_QUOTE_INDIRECT ? names[kind] : "?";
}

/* A speaker: an entity, or a description span (ent -1), where it is named. */
typedef struct {
  int32_t ent;
  uint32_t s, e;   /* KIMPUT_UNSET when nobody */
} who;

static const who NOBODY = {-1, KIMPUT_UNSET, KIMPUT_UNSET};
_Static_assert(KIMPUT_UNSET == UINT32_MAX, "NOBODY has every bit set: the per-sentence speakers start so by memset");

static int found(who w) { return w.ent >= 0 || w.s != KIMPUT_UNSET; }

typedef struct {
  const char *text;
  const kimput_token *t;
  size_t nt;
  const kimput_sentence *s;
  size_t ns;
  const kimput_lexicon *lex;
  const kimput_mention *m;
  size_t nm;
  const kimput_entity *e;
  const kimput_quote *q;
  size_t nq;
  lex_hit *hits;       /* the lexicon's word at each token (kept by mentions.c) */
  size_t *cand;        /* the word tokens that may start a cue of LEX_CUE_CLASSES, in order: the
                          scans for cues walk these, not every token of a window */
  size_t ncand;
  size_t *via_cand;    /* those that may start a cue of KIMPUT_LEX_CUE_VIA (seperti dikutip), in order */
  size_t nvia_cand;
  size_t *outlets;     /* the mentions of a known outlet (the agencies find_via looks for), in order */
  size_t noutlets;
  size_t via_k;        /* find_via's place in via_cand: its windows mostly move forward */
  size_t *top;         /* indices of the top-level quotes, in order */
  size_t ntop;
  uint8_t *via_m;      /* per mention: named as relaying the words */
  who *said;           /* per sentence: the speaker of its quote or reported speech */
  struct quote_set *out;
  const uint32_t *tmap;  /* tmap[k]: the first token starting at or after byte k << TOK_MAP_SHIFT (tok_at):
                            the mention scan's when it is kept, else made here */
  size_t ntmap;
  uint32_t *mmap;     /* mmap[k]: ... the first mention, at or after byte k << MMAP_SHIFT (mention_at) */
  size_t nmmap;
  int failed;
} actx;

/* ------------------------------------------------------------ lookups */

/* The first token starting at or after off. */
static size_t tok_at(const actx *c, uint32_t off) {
  return block_map_at(c->tmap, c->ntmap, c->t, c->nt, sizeof *c->t, TOK_MAP_SHIFT, off);
}

/* Does the sentence go on after off with a lower-case word on the same line? */
static int goes_on_lower(const actx *c, uint32_t off) {
  size_t i = tok_at(c, off);
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD || (c->t[i].flags & KIMPUT_TOKF_NEWLINE)) return 0;
  unsigned char ch = (unsigned char)c->text[c->t[i].start];
  return ch >= 'a' && ch <= 'z';
}

/* The first of the ascending v[0..n) at or after x (n when none). */
static size_t index_at(const size_t *v, size_t n, size_t x) {
  size_t lo = 0, len = n;
  if (n == 0) return 0;
  while (len > 1) {  /* as start_bound: [lo, lo + len] holds the answer */
    size_t half = len / 2;
    lo += v[lo + half - 1] < x ? half : 0;
    len -= half;
  }
  return lo + (v[lo] < x);
}

/* The first cue candidate at or after token i. */
static size_t cand_at(const actx *c, size_t i) { return index_at(c->cand, c->ncand, i); }

static size_t mention_at(const actx *c, uint32_t off) {  /* the first mention starting at or after off */
  return block_map_at(c->mmap, c->nmmap, c->m, c->nm, sizeof *c->m, MMAP_SHIFT, off);
}

static size_t sent_at(const actx *c, uint32_t off) {  /* the sentence holding off (the last starting at or before it) */
  /* the sentences starting at or before off, less one */
  size_t lo = off == UINT32_MAX ? c->ns : start_bound(c->s, c->ns, sizeof *c->s, off + 1);
  return lo ? lo - 1 : 0;
}

/* sent_at walked on from sentence h (a quote's sentences come after the last quote's). */
static size_t sent_from(const actx *c, size_t h, uint32_t off) {
  if (h >= c->ns || (h > 0 && c->s[h].start > off)) return sent_at(c, off);
  while (h + 1 < c->ns && c->s[h + 1].start <= off) h++;
  return h;
}

/* Is off inside the text of a top-level quote? Those are in order and apart,
 * so only the first ending after off may hold it: found as start_bound does,
 * the loop's exit the one branch to mispredict. */
static int inside_quote(const actx *c, uint32_t off) {
  size_t n = c->ntop, lo = 0, len = n;
  if (n == 0) return 0;
  while (len > 1) {  /* [lo, lo + len] holds the first top quote ending after off */
    size_t half = len / 2;
    lo += c->q[c->top[lo + half - 1]].end <= off ? half : 0;
    len -= half;
  }
  lo += c->q[c->top[lo]].end <= off;
  return lo < n && c->q[c->top[lo]].start <= off;
}

/* The lexicon form at token i not running past offset off_end: its length
 * in tokens (0 when none) and classes. */
typedef struct {
  size_t n;
  uint32_t cls;
} form;

static form form_at(const actx *c, size_t i, uint32_t off_end) {
  form f = {0, 0};
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD || c->t[i].end > off_end) return f;
  const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i);
  if (!h->n) return f;
  if (c->t[i + h->n - 1].end > off_end) {  /* rare: the form runs past the window */
    const lex_entry *e;
    f.n = lex_match(c->lex, c->text, &c->t[i], tok_at(c, off_end) - i, &e);
    f.cls = f.n ? e->classes : 0;
    return f;
  }
  f.n = h->n;
  f.cls = h->cls;
  return f;
}

/* The form f's length when it has one of classes cls, else 0. */
static inline size_t form_cue(form f, uint32_t cls) { return f.n && (f.cls & cls) ? f.n : 0; }

/* The lexicon form at token i that has one of classes cls, not running past
 * offset off_end: its length in tokens, or 0. */
static size_t cue_at(const actx *c, size_t i, uint32_t off_end, uint32_t cls) {
  return form_cue(form_at(c, i, off_end), cls);
}

/* cue_at for a cue candidate i (a word, its hit filled) ending by off_end,
 * as the scans walk them: the longest form's classes, the lexicon asked
 * again only when that form runs past off_end. */
static inline size_t cand_cue(const actx *c, size_t i, uint32_t off_end, uint32_t cls) {
  const lex_hit *h = &c->hits[i];
  size_t n = h->n;
  if (n > 1 && c->t[i + n - 1].end > off_end) return cue_at(c, i, off_end, cls);
  return (h->cls & cls) ? n : 0;
}

/* The classes of the one-token form at token i. */
static uint32_t classes_at(const actx *c, size_t i) {
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD) return 0;
  const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i);
  return h->single >= 0 ? c->lex->entries[h->single].classes : 0;
}

/* The classes a cue of n tokens at token i reads with: its first word's, and for a
 * form of several words "according" when the form has it ("Seperti disampaikan X,
 * ...") and else reporting ("mengatakan bahwa"). */
static uint32_t cue_classes(const actx *c, size_t i, size_t n, uint32_t off_end) {
  uint32_t cls = classes_at(c, i);
  if (n > 1) cls |= (form_at(c, i, off_end).cls & KIMPUT_LEX_CUE_ACCORDING) ? KIMPUT_LEX_CUE_ACCORDING
                                                                              : KIMPUT_LEX_CUE_REPORTING;
  return cls;
}

/* katanya, ujarnya: a cue of classes cls with -nya. */
static int nya_cue(const actx *c, size_t i, uint32_t cls) {
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD) return 0;
  return (lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i)->nya & cls) != 0;
}

/* A set of ASCII marks below '@' (, . ; : ! ?), a bit each, made of a literal when compiling. */
#define MARK_BIT(s, k) ((k) < sizeof(s) - 1 ? (uint64_t)1 << ((s)[(k) < sizeof(s) - 1 ? (k) : 0] & 63) : 0)
#define MARKS(s) (MARK_BIT(s, 0) | MARK_BIT(s, 1) | MARK_BIT(s, 2) | MARK_BIT(s, 3) | MARK_BIT(s, 4) | MARK_BIT(s, 5))

/* Token i is one of the marks of the set (MARKS): a test of its bit, not a strchr. */
static inline int punct_in(const actx *c, size_t i, uint64_t set) {
  if (i >= c->nt || (c->t[i].kind != KIMPUT_TOK_PUNCT && c->t[i].kind != KIMPUT_TOK_SYMBOL)) return 0;
  unsigned char ch = (unsigned char)c->text[c->t[i].start];
  return (c->t[i].end - c->t[i].start == 1) & (ch < 64) & (int)((set >> (ch & 63)) & 1);
}
#define is_punct(c, i, chars) punct_in(c, i, MARKS(chars))

static int is_dash(const actx *c, size_t i) {
  if (i >= c->nt || (c->t[i].kind != KIMPUT_TOK_PUNCT && c->t[i].kind != KIMPUT_TOK_SYMBOL)) return 0;
  const char *s = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
  return (n == 1 && s[0] == '-') || (n == 2 && s[0] == '-' && s[1] == '-') ||
         (n == 3 && (unsigned char)s[0] == 0xE2 && (unsigned char)s[1] == 0x80 &&
          ((unsigned char)s[2] == 0x94 || (unsigned char)s[2] == 0x93));
}

static int speaker_kind(int kind) {
  return kind == KIMPUT_ENT_PERSON || kind == KIMPUT_ENT_ORG || kind == KIMPUT_ENT_OUTLET;
}

/* The speaker a mention gives: its entity, or the role of a title nobody was introduced with. */
/* Is token k "Bapak", "Pak", "Ibu" or "Bu" (any case)? */
static int honorific(const actx *c, size_t k) {
  static const char *const words[] = {"bapak", "pak", "ibu", "bu"};
  size_t n = c->t[k].end - c->t[k].start;
  for (size_t w = 0; w < sizeof words / sizeof *words; w++)
    if (strlen(words[w]) == n && !strncasecmp(c->text + c->t[k].start, words[w], n)) return 1;
  return 0;
}

static who of_mention(const actx *c, size_t mi) {
  const kimput_mention *m = &c->m[mi];
  who w = NOBODY;
  if (m->entity >= 0) {
    w.ent = m->entity;
    w.s = m->start;
    w.e = m->end;
  } else if (m->form == KIMPUT_MENTION_TITLE && m->role_start != KIMPUT_UNSET) {
    w.s = m->role_start;
    w.e = m->role_end;
    /* (an honorific opening the role is no word of the office: "Bapak Kapolda Maluku", "Bu Kades") */
    size_t k = tok_at(c, w.s);
    if (k + 1 < c->nt && c->t[k].start == w.s && c->t[k + 1].end <= w.e && honorific(c, k))
      w.s = c->t[k + 1].start;
  }
  return w;
}

/* Is the verb at token v passive (di-: disebutkan, dikatakan)? */
static int passive(const actx *c, size_t v) {
  const char *s = c->text + c->t[v].start;
  return c->t[v].end - c->t[v].start > 2 && (s[0] == 'd' || s[0] == 'D') && s[1] == 'i';
}

static int eligible(const actx *c, size_t mi) {
  const kimput_mention *m = &c->m[mi];
  return !c->via_m[mi] && speaker_kind(m->kind) && (m->entity >= 0 || m->form == KIMPUT_MENTION_TITLE);
}

/* Tokens i and j are the same word but for ASCII case. */
static int same_word(const actx *c, size_t i, size_t j) {
  uint32_t n = c->t[i].end - c->t[i].start;
  if (c->t[j].end - c->t[j].start != n) return 0;
  for (uint32_t k = 0; k < n; k++) {
    char x = c->text[c->t[i].start + k], y = c->text[c->t[j].start + k];
    if ((x >= 'A' && x <= 'Z' ? x + 32 : x) != (y >= 'A' && y <= 'Z' ? y + 32 : y)) return 0;
  }
  return 1;
}

/* Do the titles at tokens r and h name one office, one written short ("Wakil Bupati X ... ungkap
 * wabup": the lexicon's short form and the full one share their root)? */
static int same_title_root(const actx *c, size_t r, size_t h) {
  const lex_hit *a = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, r);
  if (a->entry < 0 || !(a->cls & KIMPUT_LEX_TITLE)) return 0;
  const lex_hit *b = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, h);
  return b->entry >= 0 && (b->cls & KIMPUT_LEX_TITLE) && lex_title_root(c->lex, a->entry) == lex_title_root(c->lex, b->entry);
}

/* "Gubernur Sulawesi Selatan mengajak ... '...,' ujar gubernur": a bare title
 * (tokens [i, i + n)) after a cue describes the unnamed holder introduced
 * before with that title and more; w, the bare title, when nobody was. */
static who fuller_description(const actx *c, who w, size_t i, size_t n) {
  size_t mi = mention_at(c, w.s);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->kind != KIMPUT_ENT_PERSON || m->role_start == KIMPUT_UNSET || inside_quote(c, m->start) ||
        (m->entity < 0 && m->form != KIMPUT_MENTION_TITLE) ||
        (m->entity >= 0 && m->form != KIMPUT_MENTION_NAME && m->form != KIMPUT_MENTION_TITLE))
      continue;
    size_t r = tok_at(c, m->role_start), same = 0;
    /* "Bersama Sekda dan para Kepala Dinas, Bupati Sleman X": titles listed before a comma name others
       with him; the title after the last comma is his own */
    for (size_t x = r; x + 1 < c->nt && c->t[x + 1].end <= m->role_end; x++)
      if (is_punct(c, x, ",") && (classes_at(c, x + 1) & KIMPUT_LEX_TITLE)) r = x + 1;
    while (same < n && r + same < c->nt && c->t[r + same].end <= m->role_end && same_word(c, r + same, i + same)) same++;
    /* the same title, or a longer one that only adds its field to it ("kepala dinas" is the
       Kepala Dinas Perhubungan, "jaksa" the Jaksa Penuntut Umum), not one that adds another office
       ("Presiden Direktur" is no "presiden") */
    /* (or the title's short form: "ujar wabup" after "Wakil Bupati X") */
    size_t own = n;
    if (same < n) {
      if (n != 1 || !same_title_root(c, r, i)) continue;
      own = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, r)->n;
    }
    size_t tl = cue_at(c, r, m->role_end, KIMPUT_LEX_TITLE);
    if (tl < own) continue;
    int other_office = 0;
    for (size_t x = r + own; x < r + tl && !other_office; x++) other_office = (classes_at(c, x) & KIMPUT_LEX_TITLE) != 0;
    if (other_office) continue;
    /* "Gubernur Jawa Barat Ani Lestari ... ujar gubernur": the person introduced so */
    if (m->entity >= 0) return of_mention(c, mi);
    if (c->t[r + n - 1].end < m->role_end) {
      w.s = m->role_start;
      w.e = m->role_end;
      return w;
    }
  }
  return w;
}

/* Token i is an office's short name that a place may follow (Pemkot, Polda,
 * Dinkes): a jurisdiction that is a word of a unit's name, no title. */
static int office_word(const actx *c, size_t i) {
  uint32_t cls = classes_at(c, i);
  return (cls & KIMPUT_LEX_QUALIFIER) && (cls & KIMPUT_LEX_JURISDICTION) && !(cls & KIMPUT_LEX_TITLE);
}

/* token i is the word w (lower case as written) */
/* (inline: the length of a literal w is known when compiling) */
static inline int word_is(const actx *c, size_t i, const char *w) {
  size_t n = strlen(w);
  if (i >= c->nt || c->t[i].end - c->t[i].start != n) return 0;
  for (size_t k = 0; k < n; k++) {
    char ch = c->text[c->t[i].start + k];
    if ((ch >= 'A' && ch <= 'Z' ? ch + 32 : ch) != w[k]) return 0;
  }
  return 1;
}

/* "sumber dari delegasi X", "peneliti dari Y": whom the speaker belongs to, at
 * token j: dari, at most two lower-case words, capitalised words; the token
 * after it, or 0 when none is there. */
static size_t affiliation_end(const actx *c, size_t j, uint32_t b) {
  if (!word_is(c, j, "dari")) return 0;
  size_t k = j + 1;
  while (k < c->nt && k < j + 3 && c->t[k].end <= b && c->t[k].kind == KIMPUT_TOK_WORD &&
         !(c->t[k].flags & KIMPUT_TOKF_UPPER) && !(classes_at(c, k) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN)))
    k++;
  size_t e = k;
  while (e < c->nt && e < k + 4 && c->t[e].end <= b && c->t[e].kind == KIMPUT_TOK_WORD &&
         (c->t[e].flags & KIMPUT_TOKF_UPPER) && !(c->t[e].flags & KIMPUT_TOKF_NEWLINE))
    e++;
  return e > k ? e : 0;
}

/* "kata kakaknya", "kata keduanya kompak": a word with -nya tells whose or who is told
 * elsewhere, no description to report. */
static int ends_nya(const actx *c, size_t j) {
  const kimput_token *t = &c->t[j];
  return t->end - t->start > 4 && !memcmp(c->text + t->end - 3, "nya", 3);
}

static who named_before(const actx *c, uint32_t off, uint32_t floor, int kind);

/* '"…," tulis kedutaan': the head words of a body's name (kedutaan, kedutaan besar, kementerian)
 * at tokens [i, j), in lower case, are the latest body before them whose name opens with those
 * words (Kedutaan Besar Amerika Serikat), among the last BACK_MENTIONS mentions; NOBODY when none. */
static who body_by_head(const actx *c, size_t i, size_t j) {
  uint32_t s = c->t[i].start;
  size_t n = c->t[j - 1].end - s, mi = mention_at(c, s);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->kind != KIMPUT_ENT_ORG || m->entity < 0 || m->end - m->start <= n || c->text[m->start + n] != ' ')
      continue;
    size_t q = 0;
    while (q < n && (c->text[m->start + q] | 0x20) == (c->text[s + q] | 0x20)) q++;
    if (q == n) return of_mention(c, mi);
  }
  return NOBODY;
}

/* "kata polisi.", "ujar warga setempat,": one to three lower-case nouns right
 * after a cue that close the clause describe the speaker (no function word,
 * pronoun, adverb or calendar word among them). */
static int text_noun(const actx *c, size_t i);
static who pair_before(const actx *c, uint32_t off, uint32_t floor);

static who plain_description(const actx *c, size_t i, uint32_t b) {
  who w = NOBODY;
  /* "menurut keterangan tertulis yang diterima wartawan": a text that was put out is nobody; its
     owner, when named, is (named_after_at finds it first) */
  if (text_noun(c, i)) return w;
  /* "kata keduanya", "menurut keduanya", "ujar mereka berdua": the pair named just before */
  if (word_is(c, i, "keduanya") || (word_is(c, i, "mereka") && word_is(c, i + 1, "berdua")))
    return pair_before(c, c->t[i].start, c->t[i].start > 1500 ? c->t[i].start - 1500 : 0);
  size_t head = cue_at(c, i, b, KIMPUT_LEX_ORG_HEAD), j = i + head;  /* (a body's head: "kedutaan besar") */
  while (j < c->nt && j < i + 3 && c->t[j].end <= b && c->t[j].kind == KIMPUT_TOK_WORD &&
         !(c->t[j].flags & KIMPUT_TOKF_UPPER) && !(j > i && (c->t[j].flags & KIMPUT_TOKF_NEWLINE)) &&
         !ends_nya(c, j) &&
         !(classes_at(c, j) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN | KIMPUT_LEX_ADVERB | KIMPUT_LEX_CALENDAR |
                               KIMPUT_LEX_DESC_END | KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_BEFORE |
                               KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_VIA | KIMPUT_LEX_THAT)))
    j++;
  /* "kata pihak kedutaan AS dalam siaran pers": a body's head in lower case, then the country it
     serves, then where or how it spoke */
  int served = 0, body = head || (word_is(c, i, "pihak") && i + 1 < c->nt && cue_at(c, i + 1, b, KIMPUT_LEX_ORG_HEAD));
  if (body && j > i && j < c->nt && c->t[j].end <= b && (c->t[j].flags & KIMPUT_TOKF_UPPER)) {
    size_t mi = mention_at(c, c->t[j].start);
    if (mi < c->nm && c->m[mi].start == c->t[j].start && c->m[mi].kind == KIMPUT_ENT_PLACE && c->m[mi].end <= b) {
      j = tok_at(c, c->m[mi].end);
      served = 1;
    }
  }
  /* "kata sumber dari delegasi Kremlin.": whom the speaker belongs to closes it */
  size_t aff = j > i && j < c->nt ? affiliation_end(c, j, b) : 0;
  if (aff && (aff >= c->nt || c->t[aff].start >= b || is_punct(c, aff, ",.;!?"))) j = aff;
  /* (a place after it is where the speaker stood: "kata warga di sekitar lokasi"; a clause of "yang"
     says more of the speaker: "tutur tetangga korban yang enggan disebut namanya") */
  /* ("jawab penumpang tersebut" with nobody met before it points to: the description, its demonstrative
     left out) */
  int closed = j > i && j < c->nt && c->t[j].start < b && (classes_at(c, j) & KIMPUT_LEX_DESC_END) &&
               (j + 1 >= c->nt || c->t[j + 1].start >= b || is_punct(c, j + 1, ",.;!?"));
  if (j == i || (!closed && j < c->nt && c->t[j].start < b && !is_punct(c, j, ",.;!?") && !word_is(c, j, "di") &&
                 !word_is(c, j, "yang") && !(served && (word_is(c, j, "dalam") || word_is(c, j, "melalui") || word_is(c, j, "lewat") ||
                               word_is(c, j, "pada") || word_is(c, j, "kepada") || word_is(c, j, "saat")))))
    return w;
  w.s = c->t[i].start;
  w.e = c->t[j - 1].end;
  if (head && j == i + head) {
    who o = body_by_head(c, i, j);
    if (o.ent >= 0) w.ent = o.ent;  /* (named where it stands) */
  }
  return w;
}

/* Is token k the '@' of a social media handle, the name glued after it ("@budi_santoso")? */
static int handle_at(const actx *c, size_t k) {
  return k + 1 < c->nt && c->t[k].kind == KIMPUT_TOK_SYMBOL && c->text[c->t[k].start] == '@' &&
         c->t[k].end == c->t[k + 1].start &&
         (c->t[k + 1].kind == KIMPUT_TOK_WORD || c->t[k + 1].kind == KIMPUT_TOK_URL);
}

/* "tulis akun tersebut" at token i ("akun"): the '@' of the handle the text gave last, a few sentences
 * back at most, outside quotes; SIZE_MAX when none (or no pointing word). */
static size_t handle_before(const actx *c, size_t i) {
  enum { HANDLE_BACK = 200 };  /* tokens */
  size_t at = i + 1;
  while (at < i + 3 && at < c->nt && c->t[at].kind == KIMPUT_TOK_WORD && (c->t[at].flags & KIMPUT_TOKF_UPPER)) at++;
  if (i == 0 || !word_is(c, i, "akun") || at >= c->nt ||
      !(word_is(c, at, "tersebut") || word_is(c, at, "itu") || word_is(c, at, "ini")))
    return SIZE_MAX;
  for (size_t k = i - 1; k > 0 && k + HANDLE_BACK > i; k--)
    if (handle_at(c, k - 1) && !inside_quote(c, c->t[k - 1].start)) return k - 1;
  return SIZE_MAX;
}

/* An unnamed speaker by description after a cue: "kata juru bicara militer Korsel". */
static who description_from(const actx *c, size_t i, uint32_t b) {
  who w = NOBODY;
  /* "tulis akun @budi_santoso", "cuit @warga", "tulis akun Instagram @ani.lestari": a social
     media account, by its handle */
  size_t at = i;
  if (i < c->nt && word_is(c, i, "akun"))
    for (at = i + 1; at < i + 3 && at < c->nt && c->t[at].kind == KIMPUT_TOK_WORD &&
                     (c->t[at].flags & KIMPUT_TOKF_UPPER);)
      at++;
  if (at + 1 < c->nt && c->t[at + 1].end <= b && handle_at(c, at)) {
    w.s = c->t[at].start;
    w.e = c->t[at + 1].end;
    return w;
  }
  /* "tulis akun tersebut": the account whose handle the text gave last, a few sentences back at most */
  size_t h = at > i && at < c->nt && c->t[at].end <= b ? handle_before(c, i) : SIZE_MAX;
  if (h != SIZE_MAX) {
    w.s = c->t[h].start;
    w.e = c->t[h + 1].end;
    return w;
  }
  /* "kata para pengungsi", "ujar salah seorang warga": after a determiner any
   * noun describes the speaker (the determiner is not part of it) */
  size_t det = i < c->nt && !(c->t[i].flags & KIMPUT_TOKF_UPPER) ? cue_at(c, i, b, KIMPUT_LEX_DETERMINER) : 0;
  i += det;
  /* "kata Kemenkes", "ujar Pemprov DKI": an office speaks as a body */
  int office = !det && i < c->nt && (c->t[i].flags & KIMPUT_TOKF_UPPER) && office_word(c, i);
  if (i < c->nt && c->t[i].kind == KIMPUT_TOK_WORD && !det && !office && !cue_at(c, i, b, KIMPUT_LEX_TITLE))
    return plain_description(c, i, b);
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD ||
      (det && (classes_at(c, i) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN))))
    return w;
  size_t j = i;
  while (j < c->nt && c->t[j].end <= b && c->t[j].kind == KIMPUT_TOK_WORD && !(c->t[j].flags & KIMPUT_TOKF_NEWLINE && j > i)) {
    uint32_t cls = j > i ? classes_at(c, j) : 0;
    int joins = (cls & KIMPUT_LEX_CONNECTOR) && j + 1 < c->nt && (c->t[j + 1].flags & KIMPUT_TOKF_UPPER);
    size_t aff = j > i && !joins ? affiliation_end(c, j, b) : 0;  /* "sumber dari delegasi Kremlin" */
    if (aff) { j = aff; break; }
    if ((cls & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_CUE_VIA | KIMPUT_LEX_CALENDAR)) && !joins) break;
    if (j > i && word_is(c, j, "di")) break;  /* "juru bicara Kemenlu di Jakarta": where, not who */
    j++;
  }
  if (c->t[j - 1].end - c->t[i].start > DESC_MAX) return w;
  w.s = c->t[i].start;
  w.e = c->t[j - 1].end;
  if (!det && cue_at(c, i, b, KIMPUT_LEX_TITLE) == j - i) return fuller_description(c, w, i, j - i);
  return w;
}

/* "menurut dosen hukum dari Universitas X, Budi Santoso, ...": the person
 * named right after a comma that closes the description mi (a title naming
 * nobody), words and names only between, before b; SIZE_MAX when none. */
/* The person named right after the comma at token k and set off (a comma or the clause's end after
 * it), before b; SIZE_MAX when none. */
static size_t set_off_after_comma(const actx *c, size_t k, uint32_t b) {
  if (k + 1 >= c->nt || !is_punct(c, k, ",")) return SIZE_MAX;
  size_t ni = mention_at(c, c->t[k + 1].start);
  uint32_t first = ni < c->nm && c->m[ni].role_start < c->m[ni].start ? c->m[ni].role_start : KIMPUT_UNSET;
  if (ni >= c->nm || (c->m[ni].start != c->t[k + 1].start && first != c->t[k + 1].start) || c->m[ni].end > b ||
      c->m[ni].kind != KIMPUT_ENT_PERSON || c->m[ni].entity < 0 || c->via_m[ni])
    return SIZE_MAX;
  size_t after = tok_at(c, c->m[ni].end);
  return after >= c->nt || c->t[after].start >= b || is_punct(c, after, ",") || is_punct(c, after, ".") ? ni : SIZE_MAX;
}

static size_t named_after_description(const actx *c, size_t mi, uint32_t b) {
  const kimput_mention *m = &c->m[mi];
  if (m->entity >= 0 || m->kind != KIMPUT_ENT_PERSON) return SIZE_MAX;
  size_t from = tok_at(c, m->end);
  for (size_t k = from; k < c->nt && c->t[k].end <= b && k < from + 12; k++) {
    if (c->t[k].kind == KIMPUT_TOK_WORD) continue;
    return set_off_after_comma(c, k, b);
  }
  return SIZE_MAX;
}

static int in_place_phrase(const actx *c, size_t mi);
static int own_site(const actx *c, size_t k, size_t mi);
static int told_to(const actx *c, size_t mi);
static int received_by(const actx *c, size_t mi);

/* The speaker named in [a, b) after a cue: the first person, organisation
 * or outlet (never a place), else a description starting right at a. */
static who named_after_at(const actx *c, uint32_t a, uint32_t b, size_t *at) {
  *at = SIZE_MAX;
  size_t i = tok_at(c, a);
  int described = i < c->nt && c->t[i].kind == KIMPUT_TOK_WORD && !(c->t[i].flags & KIMPUT_TOKF_UPPER);
  for (size_t mi = mention_at(c, a); mi < c->nm && c->m[mi].start < b; mi++) {
    if (c->m[mi].end > b) break;
    /* "kata para buruh di depan gedung DPR": after a description, a name after a
       preposition says where, not who; "kata dua sumber ... kepada Reuters": to whom */
    if (described && (in_place_phrase(c, mi) || told_to(c, mi) || received_by(c, mi))) break;
    /* ("terang kapolres yang didampingi Kasat X": whom the speaker had with them is no speaker) */
    const kimput_mention *mm = &c->m[mi];
    size_t m0 = tok_at(c, mm->role_start != KIMPUT_UNSET && mm->role_start < mm->start ? mm->role_start : mm->start);
    if (described && m0 > i && m0 < c->nt && (word_is(c, m0 - 1, "didampingi") || word_is(c, m0 - 1, "bersama")))
      break;
    /* "Kuasa Hukum Budi, Ani Lestari": a person inside the role of the next mention */
    if (mi + 1 < c->nm && c->m[mi + 1].role_start != KIMPUT_UNSET && c->m[mi + 1].role_start <= c->m[mi].start &&
        c->m[mi + 1].start >= c->m[mi].end && c->m[mi + 1].end <= b)
      continue;
    if (eligible(c, mi) && described && c->m[mi].kind != KIMPUT_ENT_PERSON) {
      /* "kata salah seorang staf PT X", "ujar karyawan Bank Y": a noun for a person (after a
         determiner) right before the body is a member of it, unnamed, and speaks */
      size_t k = i, mk = tok_at(c, c->m[mi].start), dn;
      while (k < mk && (dn = cue_at(c, k, c->m[mi].start, KIMPUT_LEX_DETERMINER)) > 0) k += dn;
      /* (a person set off by a comma after it is the member named: "ujar petugas BPBD X, Rina") */
      if (k + 1 == mk && (classes_at(c, k) & KIMPUT_LEX_PERSON_NOUN) && !(c->t[k].flags & KIMPUT_TOKF_UPPER) &&
          set_off_after_comma(c, tok_at(c, c->m[mi].end), b) == SIZE_MAX) {
        who d = {-1, c->t[k].start, c->m[mi].end};
        return d;
      }
    }
    if (eligible(c, mi)) {
      size_t ni = named_after_description(c, mi, b);
      /* "kata petugas ruang pemantauan BMKG, Rina,": a body closing a lower-case description after
         the cue, then a person set off by a comma right after it: the person speaks */
      if (ni == SIZE_MAX && described && c->m[mi].kind != KIMPUT_ENT_PERSON)
        ni = set_off_after_comma(c, tok_at(c, c->m[mi].end), b);
      *at = ni != SIZE_MAX ? ni : mi;
      return of_mention(c, *at);
    }
  }
  return description_from(c, tok_at(c, a), b);
}

static who named_after(const actx *c, uint32_t a, uint32_t b) {
  size_t at;
  return named_after_at(c, a, b, &at);
}

/* "kata politisi Partai X tersebut": an organisation inside a description
 * that points back (a lower-case noun before it, itu/tersebut after it). */
static int org_in_description(const actx *c, uint32_t cue_end, size_t mi) {
  const kimput_mention *m = &c->m[mi];
  if (m->kind == KIMPUT_ENT_PERSON) return 0;
  size_t i = tok_at(c, cue_end), k = tok_at(c, m->start), after = tok_at(c, m->end);
  if (i >= k || (c->t[i].flags & KIMPUT_TOKF_UPPER)) return 0;
  return after < c->nt && (classes_at(c, after) & KIMPUT_LEX_DESC_END);
}

/* "ujar politikus PDIP itu": a lower-case noun phrase after the cue, closed
 * within a few words by itu/tersebut, points back to a person named before.
 * Numbers may stand in it: "kata pria berusia 45 tahun itu". */
static int relative_description(const actx *c, uint32_t cue_end, uint32_t b);

static int points_back(const actx *c, uint32_t cue_end, uint32_t b) {
  size_t i = tok_at(c, cue_end);
  if (i >= c->nt || c->t[i].end > b || c->t[i].kind != KIMPUT_TOK_WORD || (c->t[i].flags & KIMPUT_TOKF_UPPER))
    return 0;
  if (relative_description(c, cue_end, b)) return 1;
  /* "menurut sumber-sumber yang mengetahui rencana tersebut": a plural by reduplication is many, no
     one person met before */
  {
    const char *w = c->text + c->t[i].start, *hy = memchr(w, '-', c->t[i].end - c->t[i].start);
    size_t n = c->t[i].end - c->t[i].start, h = hy ? (size_t)(hy - w) : 0;
    if (hy && 2 * h + 1 == n && strncasecmp(w, w + h + 1, h) == 0) return 0;
  }
  /* "kata sang presiden": "sang" before a title points back as "itu" after it does */
  if (word_is(c, i, "sang") && i + 1 < c->nt && c->t[i + 1].end <= b && (classes_at(c, i + 1) & KIMPUT_LEX_TITLE))
    return 1;
  /* "kata para pedagang di pasar itu": a determiner opens new speakers, not ones met before; "tulis akun
     tersebut" is an account's (description_from) */
  if ((classes_at(c, i) & KIMPUT_LEX_DETERMINER) || handle_before(c, i) != SIZE_MAX) return 0;
  /* (a title in marks may stand in it, its marks not counted: "kata pelantun lagu "Misteri Ilahi" itu") */
  size_t marks = 0;
  for (size_t j = i + 1; j < c->nt && j < i + 7 + marks && marks <= 2 && c->t[j].end <= b; j++) {
    if (c->t[j].kind == KIMPUT_TOK_QUOTE && !(c->t[j].flags & KIMPUT_TOKF_NEWLINE)) {
      marks++;
      continue;
    }
    if ((c->t[j].kind != KIMPUT_TOK_WORD && c->t[j].kind != KIMPUT_TOK_NUMBER) ||
        (c->t[j].flags & KIMPUT_TOKF_NEWLINE))
      return 0;
    if (c->t[j].kind == KIMPUT_TOK_WORD && (classes_at(c, j) & KIMPUT_LEX_DESC_END)) return 1;
  }
  return 0;
}

/* A word of a list (lower case, at most 16 bytes) packed as pack8 packs a
 * token, zero padded: bytes 0..7 in lo, 8..15 in hi. WORD_KEY packs a
 * literal when compiling. */
typedef struct {
  uint64_t lo, hi;
} word_key;
#define KEY_BYTE(w, k) \
  ((uint64_t)((k) < sizeof(w) - 1 ? (unsigned char)(w)[(k) < sizeof(w) - 1 ? (k) : 0] : 0) << (8 * ((k) & 7)))
#define KEY_WORD(w, k) \
  (KEY_BYTE(w, k) | KEY_BYTE(w, k + 1) | KEY_BYTE(w, k + 2) | KEY_BYTE(w, k + 3) | KEY_BYTE(w, k + 4) | \
   KEY_BYTE(w, k + 5) | KEY_BYTE(w, k + 6) | KEY_BYTE(w, k + 7))
#define WORD_KEY(w) {KEY_WORD(w, 0), KEY_WORD(w, 8)},

/* A bit of 64 for a packed word: a list's bits of its words (a filter) turn
 * most tokens away before the keys are compared. */
#define KEY_HASH(lo, hi) ((((lo) ^ ((hi) * 0x9E3779B97F4A7C15ULL)) * 0x9E3779B97F4A7C15ULL) >> 58)
#define KEY_BIT(w) | ((uint64_t)1 << KEY_HASH(KEY_WORD(w, 0), KEY_WORD(w, 8)))
/* A bit per length of a list's words: a token of another length is turned away before it is packed. */
#define LEN_BIT(w) | ((uint32_t)1 << (sizeof(w) - 1))

/* A list of words: WORD_LIST(name, LIST) with LIST(X) calling X on each word (lower case). */
typedef struct {
  uint64_t bits;
  uint32_t lens;
  const word_key *keys;
  size_t n;
} word_list;
#define WORD_LIST(name, LIST)                                                   \
  static const word_key name##_keys[] = {LIST(WORD_KEY)};                       \
  static const word_list name = {0 LIST(KEY_BIT), 0 LIST(LEN_BIT), name##_keys, \
                                 sizeof name##_keys / sizeof *name##_keys}

/* token i is one of the words of ws: its length tested, the token lower-cased
 * and packed once, its bit tested, then compared with every key, no branch per word
 * (a loop over the words mispredicts where it finds the first byte that
 * differs) */
static int word_in(const actx *c, size_t i, const word_list *ws) {
  if (i >= c->nt) return 0;
  const char *s = c->text + c->t[i].start;
  size_t n = c->t[i].end - c->t[i].start;
  if (n - 1 >= 16 || !((ws->lens >> n) & 1)) return 0;  /* empty, longer than any key, or no word's length */
  uint64_t lo = lower8(pack8(s, n < 8 ? n : 8)), hi = n > 8 ? lower8(pack8(s + 8, n - 8)) : 0;
  if (!((ws->bits >> KEY_HASH(lo, hi)) & 1)) return 0;
  int hit = 0;
  for (size_t k = 0; k < ws->n; k++) hit |= (ws->keys[k].lo == lo) & (ws->keys[k].hi == hi);
  return hit;
}
#define WORD_IN(c, i, ws) word_in(c, i, &ws)

/* "kata perempuan yang baru menikah dengan X": right after the cue, a noun of sex or age, no determiner,
 * then a relative clause, describes the person spoken of (the names in the clause are whom it tells of;
 * not the stock clause of an unnamed source, "… yang enggan disebut namanya"). */
static int relative_description(const actx *c, uint32_t cue_end, uint32_t b) {
  #define SEXES(X) X("pria") X("wanita") X("perempuan") X("lelaki") X("laki-laki") X("pemuda") X("gadis") X("sosok")
  WORD_LIST(sexes, SEXES);
  #undef SEXES
  size_t i = tok_at(c, cue_end);
  if (i + 2 >= c->nt || c->t[i + 1].end > b || (c->t[i].flags & KIMPUT_TOKF_UPPER) || !WORD_IN(c, i, sexes) ||
      !word_is(c, i + 1, "yang"))
    return 0;
  for (size_t j = i + 2; j < c->nt && j < i + 10 && c->t[j].end <= b; j++)
    if (word_is(c, j, "namanya")) return 0;
  return 1;
}

/* Where mention m begins: at its role when one is written before the name ("Presiden X"). */
static uint32_t mention_first(const kimput_mention *m) {
  return m->role_start != KIMPUT_UNSET && m->role_start < m->start ? m->role_start : m->start;
}

/* "Kapolres didampingi oleh Wakapolres A dan Kasat B, menjelaskan", "Ketua X, Budi didampingi, Andi,
 * sebagai Sekretaris, menyampaikan": is the name at token j one of the list after a lower-case
 * "didampingi", whom the subject had with them (only capitalised words, "dan", "serta", "oleh",
 * "sebagai", "selaku" and commas back to it; a capitalised "Didampingi" opens the sentence, the
 * subject after the list)? Bounded: 24 tokens back. */
static int listed_companion(const actx *c, size_t j) {
  for (size_t k = j - 1, lo = j > 24 ? j - 24 : 0; k > lo; k--) {
    const kimput_token *t = &c->t[k];
    if (t->kind == KIMPUT_TOK_WORD && !(t->flags & KIMPUT_TOKF_UPPER) && word_is(c, k, "didampingi")) return k + 1 < j;
    if (t->kind == KIMPUT_TOK_PUNCT ? !is_punct(c, k, ",") :
        t->kind != KIMPUT_TOK_WORD || !((t->flags & KIMPUT_TOKF_UPPER) || word_is(c, k, "dan") ||
                                         word_is(c, k, "serta") || word_is(c, k, "oleh") ||
                                         word_is(c, k, "sebagai") || word_is(c, k, "selaku")))
      return 0;
  }
  return 0;
}

/* the mention mi follows a preposition (di Kremlin, kepada Putin) */
static int after_preposition(const actx *c, size_t mi) {
  /* (and the head of a compound one, or a noun of a reign: "di bawah X", "pada era X", "di zaman X",
     "di bawah kepemimpinan X") */
  #define PREPOSITIONS(X) X("di") X("ke") X("dari") X("dalam") X("pada") X("kepada") X("dengan") X("untuk") \
    X("bagi") X("terhadap") X("atas") X("tentang") X("soal") X("mengenai") X("bersama") X("oleh") \
    X("didampingi") X("beserta") X("bawah") X("era") X("zaman") X("kepemimpinan")
  WORD_LIST(preps, PREPOSITIONS);
  #undef PREPOSITIONS
  size_t j = tok_at(c, mention_first(&c->m[mi]));
  if (j > 0 && j <= c->nt && listed_companion(c, j)) return 1;
  if (j == 0 || c->t[j - 1].kind != KIMPUT_TOK_WORD) return 0;
  /* ("X yang diwakili oleh Y menjelaskan": the agent of the one sent in X's stead, who speaks) */
  if (j >= 2 && word_is(c, j - 1, "oleh") && (word_is(c, j - 2, "diwakili") || word_is(c, j - 2, "diwakilkan")))
    return 0;
  /* "X usai bertemu Y mengatakan": the object of a verb of meeting or calling, as of a preposition */
  if (classes_at(c, j - 1) & KIMPUT_LEX_CONTACT) return 1;
  return c->t[j - 1].end - c->t[j - 1].start <= 10 && WORD_IN(c, j - 1, preps);  /* (10: "didampingi") */
}

/* Does a phrase of place or time or a relative clause open between mention p and mention mi
 * after it, in one clause: a lower-case preposition, word of time or "yang" among the words
 * between, and no mark ("Budi Santoso di kantor Kemenlu", "Budi Santoso saat rapat Komisi I",
 * "Budi Santoso yang mendampingi Presiden"; not "Dalam pesannya yang dikirim pada Jumat, Kim
 * ...": the comma ends the phrase, the subject follows it)? */
static int phrase_between(const actx *c, size_t p, size_t mi) {
  #define OPENERS(X) X("di") X("dalam") X("pada") X("dari") X("ke") X("saat") X("usai") X("seusai") X("ketika") \
    X("sewaktu") X("selepas") X("sebelum") X("setelah") X("yang")
  WORD_LIST(openers, OPENERS);
  #undef OPENERS
  /* ("Wakil Ketua DPR yang juga ketua tim kajian X mengatakan": a "yang" right after the person, then only
     "juga", "merupakan" … before a title and the name, is an apposition naming the title's holder, no relative
     clause: the name is the subject) */
  #define APPOSING(X) X("juga") X("merupakan") X("adalah") X("sebagai") X("pun") X("kini")
  WORD_LIST(apposing, APPOSING);
  #undef APPOSING
  size_t end = tok_at(c, mention_first(&c->m[mi])), k = tok_at(c, c->m[p].end), k0 = k;
  int opened = 0, other = 0;
  if (end > k + 16) return 0;  /* (a short phrase: the walk stays bounded whatever the sentence) */
  for (; k < end; k++) {
    if (c->t[k].kind == KIMPUT_TOK_PUNCT || c->t[k].kind == KIMPUT_TOK_QUOTE) return 0;
    int op = !(c->t[k].flags & KIMPUT_TOKF_UPPER) && WORD_IN(c, k, openers);
    opened |= op;
    other |= op && k > k0;
  }
  if (opened && !other && word_is(c, k0, "yang")) {
    size_t j = k0 + 1;
    /* ("Bupati X yang diwakili (oleh) Sekda Y menjelaskan": the one sent in X's stead speaks) */
    if (j < end && (word_is(c, j, "diwakili") || word_is(c, j, "diwakilkan"))) return 0;
    while (j < end && WORD_IN(c, j, apposing)) j++;
    if (j == end ? c->m[mi].role_start != KIMPUT_UNSET && c->m[mi].role_start < c->m[mi].start
                 : (classes_at(c, j) & KIMPUT_LEX_TITLE) != 0)
      return 0;
  }
  return opened;
}

/* token i is a noun of a text put out (keterangan, siaran pers, rilis, data) */
static int text_noun(const actx *c, size_t i) {
  #define TEXTS(X) X("keterangan") X("pernyataan") X("siaran") X("rilis") X("data") X("catatan") X("dokumen") \
    X("informasi") X("unggahan") X("laporan") X("pengumuman")
  WORD_LIST(texts, TEXTS);
  #undef TEXTS
  return WORD_IN(c, i, texts);
}

/* token i, lower case, is a noun of a text put out or posted (pernyataan, keterangan, cuitan) */
static int posted_text(const actx *c, size_t i) {
  #define POSTS(X) X("cuitan") X("kicauan") X("postingan") X("tulisan") X("twit")
  WORD_LIST(posts, POSTS);
  #undef POSTS
  return i < c->nt && !(c->t[i].flags & KIMPUT_TOKF_UPPER) && (text_noun(c, i) || WORD_IN(c, i, posts));
}

/* the mention mi right after "kepada" (whom the words were told) */
static int told_to(const actx *c, size_t mi) {
  size_t j = tok_at(c, mention_first(&c->m[mi]));
  return j > 0 && word_is(c, j - 1, "kepada");
}

/* the mention mi right after a verb of receiving ("keterangan pers yang diterima Kompas.com",
 * "diperoleh oleh detikcom"): who got the text, not whose it is */
static int received_by(const actx *c, size_t mi) {
  size_t j = tok_at(c, mention_first(&c->m[mi]));
  if (j > 1 && word_is(c, j - 1, "oleh")) j--;
  return j > 0 && (word_is(c, j - 1, "diterima") || word_is(c, j - 1, "diperoleh") || word_is(c, j - 1, "didapat") ||
                   word_is(c, j - 1, "didapatkan"));
}

/* ... or closes a phrase of place opened by one a few lower-case words before
 * ("di depan gedung DPR", "di kantor Kemenlu"; a building's word capitalised too: "di Kantor
 * Bawaslu", "di Gedung DPR") */
static int in_place_phrase(const actx *c, size_t mi) {
  #define PLACE_PREPOSITIONS(X) X("di") X("ke") X("dari") X("dekat") X("depan") X("sekitar")
  WORD_LIST(preps, PLACE_PREPOSITIONS);
  #undef PLACE_PREPOSITIONS
  #define BUILDINGS(X) X("kantor") X("markas") X("gedung") X("istana") X("kompleks") X("balai")
  WORD_LIST(buildings, BUILDINGS);
  #undef BUILDINGS
  size_t j = tok_at(c, mention_first(&c->m[mi]));
  for (size_t k = j; k > 0 && k + 3 >= j; k--) {
    const kimput_token *t = &c->t[k - 1];
    if (t->kind != KIMPUT_TOK_WORD || ((t->flags & KIMPUT_TOKF_UPPER) && !WORD_IN(c, k - 1, buildings))) return 0;
    /* ("pernyataan yang diunggah di laman resmi Kremlin": the site is its owner's, no place) */
    if (WORD_IN(c, k - 1, preps)) {
      /* ("rilis dari Kedutaan Besar X", "keterangan tertulis dari Y": whose text it is, no place) */
      if (word_is(c, k - 1, "dari") && k >= 2 && (text_noun(c, k - 2) || (k >= 3 && text_noun(c, k - 3)))) return 0;
      return !own_site(c, k, mi);
    }
  }
  return 0;
}

static int letter_word(const actx *c, size_t i) {
  return word_is(c, i, "surat") || word_is(c, i, "suratnya") || word_is(c, i, "pesan") ||
         word_is(c, i, "pesannya") || word_is(c, i, "telegram") || word_is(c, i, "kartu") ||  /* kartu ucapan */
         word_is(c, i, "ucapan") || word_is(c, i, "ucapannya");
}

/* "X mengirimkan sepucuk surat", "X juga menulis surat", "X menyurati Y": a letter word within
 * WRITER_GAP words after the mention ending before token i, no word of
 * receiving between ("X menerima surat" is not X's letter) */
/* Is token k a word of receiving or reading a letter (menerima, membaca)? */
static int receives_at(const actx *c, size_t k) {
  return word_is(c, k, "menerima") || word_is(c, k, "mendapat") || word_is(c, k, "mendapatkan") ||
         word_is(c, k, "memperoleh") || word_is(c, k, "membaca") || word_is(c, k, "diterima");
}

static int writes_letter_after(const actx *c, size_t i) {
  for (size_t k = i; k < c->nt && k < i + WRITER_GAP + 1; k++) {
    if (c->t[k].kind != KIMPUT_TOK_WORD) return 0;
    if (letter_word(c, k)) return k > i;
    /* "X menyurati Y": a verb of writing a letter */
    if (word_is(c, k, "menyurati") || word_is(c, k, "bersurat") || word_is(c, k, "menyurat")) return 1;
    if (receives_at(c, k)) return 0;
  }
  return 0;
}

static who letter_writer_before(const actx *c, uint32_t off, uint32_t floor);
enum { VIA_GAP = 4 };  /* words between a letter's cue and the relay phrase after it ("tersebut", "itu") */

/* "Surat itu berisi undangan bagi Y untuk datang '…'", "Surat tersebut meminta …": a sentence opening with
 * the letter told before (a letter's word and itu/tersebut/ini, before token v) speaks its writer's words. */
static who letter_subject_writer(const actx *c, uint32_t a, size_t v) {
  size_t l0 = tok_at(c, a);
  if (l0 + 1 >= v || !letter_word(c, l0) ||
      !(word_is(c, l0 + 1, "itu") || word_is(c, l0 + 1, "tersebut") || word_is(c, l0 + 1, "ini")))
    return NOBODY;
  uint32_t off = c->t[l0].start;
  return letter_writer_before(c, off, off > 2000 ? off - 2000 : 0);
}

/* '"…," bunyi surat tersebut': the writer of the letter spoken of before
 * (off), named as "surat dari X" or "surat X" (outside quotes, within floor). */
static who letter_writer_before(const actx *c, uint32_t off, uint32_t floor) {
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    mi--;
    const kimput_mention *m = &c->m[mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || inside_quote(c, m->start)) continue;
    size_t j = tok_at(c, mention_first(m));
    if (j >= 1 && letter_word(c, j - 1)) return of_mention(c, mi);
    if (j >= 2 && word_is(c, j - 1, "dari") && letter_word(c, j - 2)) return of_mention(c, mi);
    if (j >= 3 && word_is(c, j - 1, "dari") && letter_word(c, j - 3)) return of_mention(c, mi);  /* surat balasan dari */
    /* "Dalam suratnya, X": (not "Usai menerima surat, X") */
    if (j >= 3 && is_punct(c, j - 1, ",") && letter_word(c, j - 2) && !receives_at(c, j - 3)) return of_mention(c, mi);
    if (writes_letter_after(c, tok_at(c, m->end))) return of_mention(c, mi);
  }
  return NOBODY;
}

static who text_owner_before(const actx *c, uint32_t off);

/* "Berikut isi surat X kepada Y:", "Isi surat X sebagai berikut:", "Berikut petikannya:" ending the
 * line before a quote that opens a line of its own, tokens [a, colon): the line announces a text whose
 * words the quote gives. Their owner: the writer of the letter the line names or points back at
 * (surat, suratnya, petikannya), or whoever is named after a word of a statement or a speech
 * ("Berikut pernyataan lengkap Presiden X:"). NOBODY when the line names no text or no owner. */
static who announced_owner(const actx *c, uint32_t a, size_t colon) {
  #define TEXTS(X) X("isi") X("bunyi") X("petikan") X("kutipan") X("pernyataan") X("pidato") X("sambutan") \
    X("keterangan") X("transkrip")
  WORD_LIST(texts, TEXTS);
  #undef TEXTS
  #define TOLD(X) X("isinya") X("bunyinya") X("petikannya") X("kutipannya") X("pernyataannya") X("pidatonya") \
    X("sambutannya") X("keterangannya")
  WORD_LIST(told, TOLD);
  #undef TOLD
  uint32_t off = c->t[colon].start, floor = off > 2000 ? off - 2000 : 0;
  for (size_t k = tok_at(c, a); k < colon; k++) {
    if (letter_word(c, k)) return letter_writer_before(c, off, floor);
    if (WORD_IN(c, k, told)) {
      who w = letter_writer_before(c, off, floor);
      return found(w) ? w : text_owner_before(c, a);
    }
    if (WORD_IN(c, k, texts)) {
      who w = named_after(c, c->t[k].end, off);
      if (w.ent >= 0) return w;  /* (no description: "Isi kesepakatan itu:" names no speaker) */
    }
  }
  return NOBODY;
}

/* "tegas mantan Kapolres Jakarta Utara itu": a title nobody in the document
 * was introduced with, closed by itu/tersebut, describes a person named before. */
static int title_points_back(const actx *c, size_t mi) {
  const kimput_mention *m = &c->m[mi];
  if (m->entity >= 0 || m->form != KIMPUT_MENTION_TITLE) return 0;
  size_t after = tok_at(c, m->end);
  /* (a few lower-case words or a count may tell more before it: "mantan Gubernur Lampung dua periode ini") */
  for (size_t k = 0; k < 3 && after < c->nt && !(classes_at(c, after) & KIMPUT_LEX_DESC_END) &&
                     (c->t[after].kind == KIMPUT_TOK_NUMBER ||
                      (c->t[after].kind == KIMPUT_TOK_WORD && !(c->t[after].flags & KIMPUT_TOKF_UPPER)));
       k++)
    after++;
  return after < c->nt && (classes_at(c, after) & KIMPUT_LEX_DESC_END);
}

static who person_before(const actx *c, uint32_t off, uint32_t floor);
static who officer_before(const actx *c, uint32_t off, uint32_t floor);
static who named_before(const actx *c, uint32_t off, uint32_t floor, int kind);
static who outlet_before(const actx *c, uint32_t off, uint32_t floor);
static int press_noun(const actx *c, size_t i, int opening);
static who role_holder_before(const actx *c, size_t h, uint32_t off, uint32_t floor);
static int former_word(const actx *c, size_t i);
static int title_case_line(const actx *c, size_t si);
static who sentence_subject(const actx *c, size_t si);
static who relative_of_before(const actx *c, uint32_t off, uint32_t floor, int32_t related);
static int same_word_ci(const actx *c, size_t i, size_t j);
static size_t description_head(const actx *c, size_t i, uint32_t b);
static int other_office(const actx *c, who w, size_t h);

/* "ujar kuasa hukum Budi Santoso usai sidang": the mention m's whole role, at token i, is a lower-case
 * noun of a bond that is a title too (kuasa hukum, pengacara), its name right after it a person met
 * earlier in the text: whose lawyer, not the lawyer's name (named there for the first time, the
 * title's reading stays: "kata pengacara Rina Wati"). */
static int bond_title_before_known(const actx *c, size_t i, const kimput_mention *m) {
  if (m->role_start == KIMPUT_UNSET || m->role_start >= m->start || m->entity < 0 ||
      c->e[m->entity].first_mention >= (uint32_t)(m - c->m))
    return 0;
  size_t s = tok_at(c, m->start);
  if (s <= i || s - i > 2) return 0;
  for (size_t j = i; j < s; j++)
    if (c->t[j].kind != KIMPUT_TOK_WORD || (c->t[j].flags & KIMPUT_TOKF_UPPER)) return 0;
  const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, i);
  return h->n == s - i && (h->cls & KIMPUT_LEX_KIN);
}

/* "tutur adik Kim Jong Un itu", "kata istri Budi Santoso": a person named after
 * a lower-case noun of kin or of a bond right after the cue (at most three
 * lower-case words) is whom the speaker is related to, not the speaker. */
static int related_to(const actx *c, uint32_t cue_end, size_t mi) {
  const kimput_mention *m = &c->m[mi];
  if (m->kind != KIMPUT_ENT_PERSON) return 0;
  size_t i = tok_at(c, cue_end), k = tok_at(c, mention_first(m));
  if (i == k && bond_title_before_known(c, i, m)) return 1;
  if (i >= k || k - i > 3) return 0;
  for (size_t j = i; j < k; j++)
    if (c->t[j].kind != KIMPUT_TOK_WORD || (c->t[j].flags & KIMPUT_TOKF_UPPER)) return 0;
  if (classes_at(c, k - 1) & KIMPUT_LEX_KIN) return 1;
  /* (a noun of two words: "kuasa hukum") */
  if (k - 1 > i && !(c->t[k - 2].flags & KIMPUT_TOKF_UPPER)) {
    const lex_hit *h = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k - 2);
    if (h->n == 2 && (h->cls & KIMPUT_LEX_KIN)) return 1;
  }
  return 0;
}

/* Is the word at token i one word of the name n (n bytes, words set off by spaces or hyphens), in any
 * case (ASCII)? */
static int word_of_name(const actx *c, size_t i, const char *n, size_t len) {
  size_t w = c->t[i].end - c->t[i].start;
  for (size_t a = 0; a < len;) {
    size_t e = a;
    while (e < len && n[e] != ' ' && n[e] != '-') e++;
    if (e - a == w && !strncasecmp(n + a, c->text + c->t[i].start, w)) return 1;
    a = e + 1;
  }
  return 0;
}

/* "kata firli", "ujar bambang sambil ...": a cue's name typed in lower case. The word at token i (no
 * word of the lexicon, 3 letters or more) that is one word of a person's name given before anchor
 * (not before floor, outside quotes) names that person; NOBODY when none. */
static who lower_name_before(const actx *c, size_t i, uint32_t anchor, uint32_t floor) {
  if (i >= c->nt || c->t[i].kind != KIMPUT_TOK_WORD || (c->t[i].flags & KIMPUT_TOKF_UPPER) ||
      c->t[i].end - c->t[i].start < 3 || classes_at(c, i) || ends_nya(c, i))
    return NOBODY;
  size_t mi = mention_at(c, anchor);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || m->form != KIMPUT_MENTION_NAME || inside_quote(c, m->start))
      continue;
    const kimput_entity *e = &c->e[m->entity];
    if (word_of_name(c, i, e->name, e->name_len)) return of_mention(c, mi);
  }
  return NOBODY;
}

/* Is token h, in lower case, a noun of an account or a site that posts words (akun, laman, fan page)? */
static int account_noun(const actx *c, size_t h) {
  #define ACCOUNTS(X) X("akun") X("laman") X("situs") X("halaman") X("fanpage") X("kanal") X("website") X("blog")
  WORD_LIST(accounts, ACCOUNTS);
  #undef ACCOUNTS
  if (h >= c->nt || (c->t[h].flags & KIMPUT_TOKF_UPPER)) return 0;
  return WORD_IN(c, h, accounts) || (word_is(c, h, "fan") && word_is(c, h + 1, "page"));
}

/* Was a text posted in the 40 tokens before offset off ('"…," cuit X', 'X menulis', 'mengunggah')? Then
 * "akun tersebut" after it is that poster's account. */
static int posted_before(const actx *c, uint32_t off) {
  #define POSTING(X) X("cuit") X("mencuit") X("cuitnya") X("tulis") X("menulis") X("tulisnya") X("unggah") \
    X("mengunggah") X("unggahnya")
  WORD_LIST(posting, POSTING);
  #undef POSTING
  size_t k = tok_at(c, off);
  for (size_t n = 0; k > 0 && n < 40; n++, k--)
    if (c->t[k - 1].kind == KIMPUT_TOK_WORD && WORD_IN(c, k - 1, posting)) return 1;
  return 0;
}

/* "jawab penumpang tersebut" after "Kapolri X" (no passenger named): a noun for one of the public
 * (penumpang, warga, pedagang; not a word of sex or age, "pria itu"), not a title, at token h, points back
 * to nobody introduced with an office's title and without that noun in the role: is w such a one? */
static int public_noun_for_officer(const actx *c, size_t h, uint32_t to, who w) {
  #define ANYONE(X) X("pria") X("wanita") X("perempuan") X("lelaki") X("laki-laki") X("sosok") X("orang") \
    X("pemuda") X("bapak") X("ibu") X("beliau")
  WORD_LIST(anyone, ANYONE);
  #undef ANYONE
  if (h >= c->nt || c->t[h].end > to || (c->t[h].flags & KIMPUT_TOKF_UPPER) || w.s == KIMPUT_UNSET) return 0;
  uint32_t cls = classes_at(c, h);
  if (!(cls & KIMPUT_LEX_PERSON_NOUN) || (cls & KIMPUT_LEX_TITLE) || WORD_IN(c, h, anyone)) return 0;
  size_t mi = mention_at(c, w.s);
  /* (a pronoun or a bare title goes back to how the person was introduced) */
  if ((mi >= c->nm || c->m[mi].start != w.s || c->m[mi].role_start == KIMPUT_UNSET ||
       c->m[mi].form != KIMPUT_MENTION_NAME) && w.ent >= 0)
    mi = c->e[w.ent].first_mention;
  if (mi >= c->nm || c->m[mi].role_start == KIMPUT_UNSET) return 0;
  const kimput_mention *m = &c->m[mi];
  int titled = 0;
  for (size_t k = tok_at(c, m->role_start); k < c->nt && c->t[k].start < m->role_end; k++) {
    if (same_word_ci(c, k, h)) return 0;  /* ("Budi, warga Desa X ... kata warga tersebut") */
    titled |= (classes_at(c, k) & KIMPUT_LEX_TITLE) != 0;
  }
  return titled;
}

/* The speaker named after a cue ending at cue_end (before to), with *mi its
 * mention (SIZE_MAX when none); or, when the words there describe someone
 * spoken of before ("kata mantan Kapolres X itu", "menurut politikus PDIP
 * tersebut"), that person, the latest named before anchor (*back set). */
static who named_or_described(const actx *c, uint32_t cue_end, uint32_t to, uint32_t anchor, size_t *mi,
                              int *back) {
  *back = 0;  /* (set on every way out: the early ones name someone here) */
  who sp = named_after_at(c, cue_end, to, mi);
  if (*mi != SIZE_MAX && relative_description(c, cue_end, to)) {  /* (whom the clause tells of: no speaker) */
    *mi = SIZE_MAX;
    sp = NOBODY;
  }
  /* "kata Politisi yang akrab disapa Awi ini": a title alone, capitalised, then the nickname the
     mention stage gave to a person: that person, as after a lower-case title */
  if (*mi != SIZE_MAX && c->m[*mi].form == KIMPUT_MENTION_TITLE && c->m[*mi].entity < 0) {
    size_t k = tok_at(c, c->m[*mi].end);
    if (k + 2 < c->nt && word_is(c, k, "yang")) {
      size_t j = k + 1;
      if (word_is(c, j, "akrab") || word_is(c, j, "biasa") || word_is(c, j, "kerap") || word_is(c, j, "sering")) j++;
      if (j + 1 < c->nt && (word_is(c, j, "disapa") || word_is(c, j, "dipanggil"))) {
        /* (an honorific may open the nickname: "yang akrab disapa Kang Budi itu") */
        size_t ni = mention_at(c, c->t[j + 1].start);
        if (ni < c->nm && (c->m[ni].start == c->t[j + 1].start || c->m[ni].role_start == c->t[j + 1].start) &&
            c->m[ni].kind == KIMPUT_ENT_PERSON &&
            c->m[ni].entity >= 0 && c->m[ni].end <= to) {
          *mi = ni;
          return of_mention(c, ni);
        }
      }
    }
  }
  int32_t related = -1;  /* the one the speaker is related to, never the speaker */
  if (*mi != SIZE_MAX && related_to(c, cue_end, *mi)) {
    size_t after = tok_at(c, c->m[*mi].end);
    if (after >= c->nt || !(classes_at(c, after) & KIMPUT_LEX_DESC_END)) {
      who d = {-1, c->t[tok_at(c, cue_end)].start, c->m[*mi].end};  /* "kata istri Budi": unnamed */
      return d;
    }
    related = c->m[*mi].entity;
  }
  /* "kata kakak Budi", "kata orang tua Resky": a noun of kin, then a one-word name nobody was found in (no
     mention): the unnamed relative, described so */
  if (*mi == SIZE_MAX) {
    size_t h0 = tok_at(c, cue_end), k = h0;
    if (k < c->nt && c->t[k].kind == KIMPUT_TOK_WORD && !(c->t[k].flags & KIMPUT_TOKF_UPPER)) {
      const lex_hit *hk = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, k);
      k += hk->n >= 1 && hk->n <= 2 && (hk->cls & KIMPUT_LEX_KIN) ? hk->n : c->nt;
    } else {
      k = c->nt;
    }
    size_t e = k;
    while (e < c->nt && e < k + 3 && c->t[e].end <= to && c->t[e].kind == KIMPUT_TOK_WORD &&
           (c->t[e].flags & KIMPUT_TOKF_UPPER) && !(c->t[e].flags & KIMPUT_TOKF_NEWLINE))
      e++;
    if (k < c->nt && e > k) {
      who d = {-1, c->t[h0].start, c->t[e - 1].end};
      return d;
    }
    who low = lower_name_before(c, h0, anchor, anchor > 2000 ? anchor - 2000 : 0);
    if (found(low)) return low;
  }
  *back = related >= 0 || (*mi != SIZE_MAX && (org_in_description(c, cue_end, *mi) || title_points_back(c, *mi))) ||
          (*mi == SIZE_MAX && points_back(c, cue_end, to));
  if (!*back) return sp;
  /* "demikian pernyataan kementerian tersebut": a body's head word describes the
     body named before, not a person */
  size_t h = tok_at(c, cue_end);
  if (*mi == SIZE_MAX && h < c->nt && (classes_at(c, h) & KIMPUT_LEX_ORG_HEAD)) {
    who o = named_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0, KIMPUT_ENT_ORG);
    if (found(o)) return o;
  }
  /* '"…," kata telegram tersebut', 'ujar pesan itu': the writer of the letter spoken of before */
  if (*mi == SIZE_MAX && letter_word(c, h) && !(c->t[h].flags & KIMPUT_TOKF_UPPER)) {
    who w = letter_writer_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0);
    if (found(w)) {
      *back = 0;
      return w;
    }
  }
  /* '"…," tambah cuitan tersebut', 'sambung pernyataan itu': the one who put out the text told
     before (whoever its words named last is no speaker) */
  if (*mi == SIZE_MAX && posted_text(c, h)) {
    who w = text_owner_before(c, anchor);
    if (found(w)) {
      *back = 0;
      return w;
    }
  }
  /* "kata kantor berita itu", "tulis media pemerintah tersebut": the outlet named before, even
     one that relayed other words then */
  if (*mi == SIZE_MAX && press_noun(c, h, 0)) {
    who o = outlet_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0);
    if (found(o)) {
      *back = 0;  /* (resolved here: no speaker of the sentences before goes on instead) */
      return o;
    }
    /* ("kata kantor berita Korut" with no outlet named before: an unnamed outlet, described, never a
       person spoken of) */
    *back = 0;
    return description_from(c, h, to);
  }
  /* '"…," tulis akun itu', 'tulis fan page tersebut': an account or a site that posted them, unnamed
     (described), never a person spoken of */
  if (*mi == SIZE_MAX && account_noun(c, h) && !posted_before(c, anchor)) {
    *back = 0;
    return description_from(c, h, to);
  }
  who before = related >= 0 ? relative_of_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0, related)
                            : person_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0);
  if (related < 0 && *mi == SIZE_MAX && found(before) && public_noun_for_officer(c, h, to, before)) before = NOBODY;
  /* ("kata perempuan yang …": whom the sentences before are about, not one their clauses name last:
     "Tapi, Rina memuji X karena Y tampil apa adanya. '…,' kata perempuan yang …" is Rina) */
  if (related < 0 && *mi == SIZE_MAX && relative_description(c, cue_end, to)) {
    who topic = NOBODY;  /* (none: the unnamed one it describes) */
    for (size_t k = 1, s0 = sent_at(c, anchor); k <= 2 && k <= s0 && !found(topic); k++) {
      who subj = sentence_subject(c, s0 - k);
      if (subj.ent >= 0 && c->e[subj.ent].kind == KIMPUT_ENT_PERSON) topic = subj;
    }
    before = topic;
  }
  /* ("tutur perwira menengah Polri itu": an officer, the latest person named with an officer's rank) */
  if (related < 0 && found(before) && h < c->nt && word_is(c, description_head(c, h, to), "perwira")) {
    who officer = officer_before(c, anchor, anchor > 2000 ? anchor - 2000 : 0);
    if (found(officer)) before = officer;
  }
  int by_role = 0;  /* (the description's title is the one a person was introduced with) */
  if (related < 0 && found(before) && h < c->nt && (classes_at(c, description_head(c, h, to)) & KIMPUT_LEX_TITLE)) {
    who holder = role_holder_before(c, description_head(c, h, to), anchor, anchor > 2000 ? anchor - 2000 : 0);
    by_role = found(holder);
    if (found(holder)) before = holder;
    else if (description_head(c, h, to) == h && other_office(c, before, h))
      before = description_from(c, h, to);  /* "kata bupati itu" after "Wali Kota X" (a former one may be X) */
  } else if (related < 0 && found(before) && h < c->nt && cue_at(c, description_head(c, h, to), to, KIMPUT_LEX_TITLE)) {
    /* (a title of two words: "kata juru bicara tersebut" after "Jubir Kemlu X") */
    who holder = role_holder_before(c, description_head(c, h, to), anchor, anchor > 2000 ? anchor - 2000 : 0);
    by_role = found(holder);
    if (found(holder)) before = holder;
    else if (description_head(c, h, to) == h && other_office(c, before, h)) before = description_from(c, h, to);
  }
  /* "kata mantan rektor UGM itu": a former office nobody was introduced with tells more of the one who
     has been speaking (the speaker of one of the three sentences before), not of whoever was named since */
  if (related < 0 && !by_role && found(before) && h < c->nt && former_word(c, h) && description_head(c, h, to) != h) {
    size_t s0 = sent_at(c, anchor);
    for (size_t k = 1, n = 0; n < 3 && k <= s0 && k <= 6; k++) {
      if (title_case_line(c, s0 - k)) continue;  /* (a related article's headline left in the body: no sentence) */
      n++;
      who w = c->said[s0 - k];
      if (!found(w)) continue;
      if (w.ent >= 0 && w.ent != before.ent) before = w;
      break;
    }
  }
  if (!found(before) && *mi == SIZE_MAX) {
    /* "kata juru bicara tersebut": the holder described so before, if any */
    who d = description_from(c, tok_at(c, cue_end), to);
    if (found(d)) before = d;
    /* (described here, nobody met before: an unnamed speaker of its own, not the one speaking before) */
    if (found(d) && d.ent < 0 && d.s >= cue_end) *back = 0;
  }
  /* "ujar sumber tersebut" after an unnamed speaker's words: the latest speaker
     of a sentence before, when unnamed and spoken of after the person found */
  size_t si = sent_at(c, anchor);
  for (size_t k = 1; k <= 3 && k <= si; k++) {
    who w = c->said[si - k];
    if (!found(w)) continue;
    /* (a person named after the unnamed speaker in that sentence stands in the words it reported:
       "Seorang pejabat mengatakan X mengirim surat kepada Y.") */
    /* (not past the holder of the description's title: "ujar pemimpin berusia 38 tahun itu" after
       "pemimpin Korut X" is X, whoever unnamed spoke since, unless described with that title too) */
    if (by_role && w.s != KIMPUT_UNSET && !same_word_ci(c, tok_at(c, w.s), description_head(c, h, to))) break;
    if (w.ent < 0 && w.s != KIMPUT_UNSET && w.s < anchor &&
        (!found(before) || before.s == KIMPUT_UNSET || w.s > before.s || sent_at(c, before.s) == si - k))
      return w;
    break;
  }
  return found(before) || *mi == SIZE_MAX || !title_points_back(c, *mi) ? before : sp;  /* else the description */
}

/* The latest person mentioned before off (a -nya or passive cue), not inside a quote. */
/* The latest entity of the kind named before off and not before floor (not
 * inside a quote, not an agency relaying). */
static who named_before(const actx *c, uint32_t off, uint32_t floor, int kind) {
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    mi--;
    const kimput_mention *m = &c->m[mi];
    if (m->end < floor) break;
    if (m->kind == kind && m->entity >= 0 && !c->via_m[mi] && !inside_quote(c, m->start)) return of_mention(c, mi);
  }
  return NOBODY;
}

/* "tutur perwira menengah Polri itu": the latest person named with a police or military rank before
 * off (the rank among the words of the mention's role, before the name; not before floor, outside
 * quotes), among the last BACK_MENTIONS mentions; NOBODY when none. (The lexicon's ranks hold the
 * honorifics too, Pak, H., Dr.: the officers' ranks are listed here.) */
static who officer_before(const actx *c, uint32_t off, uint32_t floor) {
  #define OFFICER_RANKS(X) X("akbp") X("akp") X("kompol") X("iptu") X("ipda") X("aiptu") X("aipda") X("bripka") \
    X("brigpol") X("briptu") X("bripda") X("bharada") X("brigadir") X("kombes") X("irjen") X("komjen") \
    X("brigjen") X("jenderal") X("letjen") X("mayjen") X("kolonel") X("letkol") X("mayor") X("kapten") \
    X("lettu") X("letda") X("letnan") X("serma") X("serka") X("sertu") X("serda") X("sersan") X("kopral") \
    X("praka") X("pratu") X("prada") X("marsekal") X("marsma") X("laksamana") X("laksma") X("laksda") \
    X("komisaris") X("inspektur")
  WORD_LIST(officer_ranks, OFFICER_RANKS);
  #undef OFFICER_RANKS
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    mi--;
    const kimput_mention *m = &c->m[mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || c->via_m[mi] || inside_quote(c, m->start)) continue;
    size_t a = tok_at(c, mention_first(m)), b = tok_at(c, m->start);
    for (size_t t = a; t < b && t < a + 12; t++)
      if (WORD_IN(c, t, officer_ranks)) return of_mention(c, mi);
  }
  return NOBODY;
}

/* The person "kata putra Ratu X itu" points at: the latest person named before off (not before
 * floor, outside quotes) who is not X (entity related), passing over one addressed ("kepada Y",
 * "untuk Y": "Raja Z mengirim pesan kepada Presiden Y. '…,' tulis putra Ratu X itu" is Z) when
 * somebody else is named before; NOBODY when none. */
static who relative_of_before(const actx *c, uint32_t off, uint32_t floor, int32_t related) {
  who addressee = NOBODY;
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || m->entity == related || c->via_m[mi] ||
        inside_quote(c, m->start))
      continue;
    size_t f = tok_at(c, mention_first(m));
    int addressed = f > 0 && (word_is(c, f - 1, "kepada") || word_is(c, f - 1, "untuk") ||
                              word_is(c, f - 1, "terhadap") || word_is(c, f - 1, "bagi"));
    if (!addressed) return of_mention(c, mi);
    if (!found(addressee)) addressee = of_mention(c, mi);
  }
  return addressee;
}

/* The latest outlet or organisation named before off and not before floor, not inside a
 * quote, an agency that relayed words included: whom "kantor berita itu" points at. */
static who outlet_before(const actx *c, uint32_t off, uint32_t floor) {
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end < floor) break;
    if ((m->kind == KIMPUT_ENT_OUTLET || m->kind == KIMPUT_ENT_ORG) && m->entity >= 0 && !inside_quote(c, m->start))
      return of_mention(c, mi);
  }
  return NOBODY;
}

/* Does token i open a noun phrase of the press ("kantor berita", "media", "surat kabar", "harian",
 * "stasiun televisi"), in lower case (capitalised too when it opens the clause)? */
static int press_noun(const actx *c, size_t i, int opening) {
  #define PRESS_HEAD(X) X("media") X("harian") X("koran") X("majalah") X("televisi") X("radio")
  WORD_LIST(heads, PRESS_HEAD);
  #undef PRESS_HEAD
  if (i >= c->nt || (!opening && (c->t[i].flags & KIMPUT_TOKF_UPPER))) return 0;
  if (WORD_IN(c, i, heads)) return 1;
  return (word_is(c, i, "kantor") && word_is(c, i + 1, "berita")) || (word_is(c, i, "surat") && word_is(c, i + 1, "kabar")) ||
         (word_is(c, i, "stasiun") && (word_is(c, i + 1, "televisi") || word_is(c, i + 1, "tv")));
}

static who person_before(const actx *c, uint32_t off, uint32_t floor) {
  return named_before(c, off, floor, KIMPUT_ENT_PERSON);
}

/* "kata keduanya" after "Budi Santoso dan Ani Lestari menerima warga": the latter of two people
 * named joined by "dan", "serta" or "&", the latest people named before off (not before floor),
 * outside quotes; either speaks for the pair. NOBODY when the latest person named is no such pair's. */
static who pair_before(const actx *c, uint32_t off, uint32_t floor) {
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || c->via_m[mi] || inside_quote(c, m->start)) continue;
    size_t j = tok_at(c, mention_first(m));
    if (j < 2 || !(word_is(c, j - 1, "dan") || word_is(c, j - 1, "serta") || is_punct(c, j - 1, "&"))) return NOBODY;
    size_t pi = mi;  /* the mention right before the joining word is a person's (past the role's own, a few) */
    for (int r = 0; r < 8 && pi > 0 && c->m[pi - 1].end > c->t[j - 1].start; r++) pi--;
    if (pi == 0 || c->m[pi - 1].end != c->t[j - 2].end || c->m[pi - 1].kind != KIMPUT_ENT_PERSON ||
        c->m[pi - 1].entity < 0)
      return NOBODY;
    return of_mention(c, mi);
  }
  return NOBODY;
}

/* Are tokens i and j the same word, in any case (ASCII)? */
static int same_word_ci(const actx *c, size_t i, size_t j) {
  size_t n = c->t[i].end - c->t[i].start;
  if (n != c->t[j].end - c->t[j].start) return 0;
  const char *a = c->text + c->t[i].start, *b = c->text + c->t[j].start;
  for (size_t k = 0; k < n; k++)
    if (((unsigned char)a[k] | 0x20) != ((unsigned char)b[k] | 0x20)) return 0;
  return 1;
}

/* Are tokens r and h both a spokesperson's title word (Juru, Jubir, Jurubicara): one office? */
static int spokes_pair(const actx *c, size_t r, size_t h) {
  #define SPOKES(X) X("juru") X("jubir") X("jurubicara")
  WORD_LIST(spokes, SPOKES);
  #undef SPOKES
  return WORD_IN(c, h, spokes) && WORD_IN(c, r, spokes);
}

/* Is token i "mantan", "eks" or "bekas": the office after it was held before? */
/* Is sentence si a line in title case, every word of four letters or more capitalised and three of them at
 * least ("Perkuat Dukungan, X Dijadwalkan Kampanye di Malang": a related article's headline left in the body)? */
static int title_case_line(const actx *c, size_t si) {
  if (si >= c->ns) return 0;
  size_t a = c->s[si].first_token, b = a + c->s[si].ntokens, words = 0;
  if (b > c->nt) b = c->nt;
  for (size_t k = a; k < b; k++) {
    if (c->t[k].kind == KIMPUT_TOK_QUOTE) return 0;
    if (c->t[k].kind != KIMPUT_TOK_WORD || c->t[k].end - c->t[k].start < 4) continue;
    if (!(c->t[k].flags & KIMPUT_TOKF_UPPER)) return 0;
    words++;
  }
  return words >= 3;
}

static int former_word(const actx *c, size_t i) {
  #define FORMER_ONLY(X) X("mantan") X("eks") X("bekas")
  WORD_LIST(former, FORMER_ONLY);
  #undef FORMER_ONLY
  return i < c->nt && c->t[i].kind == KIMPUT_TOK_WORD && WORD_IN(c, i, former);
}

/* "kata pelatih asal Kroasia itu" after "Pelatih X dan kapten Y": a description whose head (the
 * title at token h) opens the role a person named before off (and not before floor) was
 * introduced with points at that person, past anyone named since; NOBODY when none was. A
 * former office ("imbuh mantan pelatih timnas itu", "mantan" before h) right after another's
 * speech ("Menurut Y, ...") tells more of that speaker, not of one introduced as holding the
 * office now ("Pelatih X"); one introduced with the former office ("Mantan Pelatih X") is found
 * first. */
static who role_holder_before(const actx *c, size_t h, uint32_t off, uint32_t floor) {
  int former = h > 0 && former_word(c, h - 1);
  who went_on = NOBODY;  /* the speaker of the sentence before, for a former office */
  who topic = NOBODY;    /* ... and the person opening one of the three sentences before */
  if (former) {
    size_t si = sent_at(c, off);
    if (si > 0 && si <= c->ns) went_on = c->said[si - 1];
    for (size_t k = 1; k <= 3 && k <= si && si <= c->ns && !found(topic); k++) topic = sentence_subject(c, si - k);
  }
  who now = NOBODY;  /* for a former office: the latest holder introduced as holding it now */
  size_t mi = mention_at(c, off);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    mi--;
    const kimput_mention *m = &c->m[mi];
    if (m->end < floor) break;
    if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || m->role_start == KIMPUT_UNSET || m->role_start >= m->start ||
        inside_quote(c, m->start))
      continue;
    size_t r = tok_at(c, m->role_start);
    if (r >= c->nt || r == h || !(same_word_ci(c, r, h) || spokes_pair(c, r, h))) continue;
    if (!former || (r > 0 && former_word(c, r - 1))) return of_mention(c, mi);
    if (!found(now) && !(found(went_on) && went_on.ent >= 0 && went_on.ent != m->entity) &&
        !(topic.ent >= 0 && topic.ent != m->entity))
      now = of_mention(c, mi);
  }
  return now;
}

/* Was the person w introduced with another office than the one of one holder at token h
 * (an office serving a place or a leader's, Bupati, Kapolres, Presiden, a minister's or a
 * spokesperson's, Juru Bicara; not a trade, Pemain, Politikus), its title written before the name? "Menteri X …. Juru bicara itu menambahkan" is not X:
 * nobody introduced so. A title that opens the other (Kapolres, Kapolresta) is the same office. */
static int other_office(const actx *c, who w, size_t h) {
  #define ONE_HOLDER(X) X("juru") X("jubir") X("jurubicara") X("menteri") X("gubernur") X("wagub") X("bupati") \
    X("wabup") X("wali") X("walikota") X("wawali") X("camat") X("lurah") X("sekda") X("kapolda") X("wakapolda") \
    X("kapolres") X("kapolresta") X("wakapolres") X("kapolsek") X("pangdam") X("danrem") X("dandim") X("kajati") \
    X("kajari")
  WORD_LIST(one_holder, ONE_HOLDER);
  #undef ONE_HOLDER
  if (w.ent < 0 || h >= c->nt) return 0;
  if (!(classes_at(c, h) & KIMPUT_LEX_LEADER) && !WORD_IN(c, h, one_holder)) return 0;
  /* (of the "juru" nouns only the spokesman is one office's: "juru taktik", a coach, "juru kunci" are not) */
  if (word_is(c, h, "juru") && !word_is(c, h + 1, "bicara")) return 0;
  const kimput_mention *m = &c->m[c->e[w.ent].first_mention];
  if (m->role_start == KIMPUT_UNSET || m->role_start >= m->start) return 0;
  size_t r = tok_at(c, m->role_start);
  if (r >= c->nt || c->t[r].kind != KIMPUT_TOK_WORD) return 0;
  if (spokes_pair(c, r, h)) return 0;
  /* (a minister's short titles open with Men-: Menlu, Mendag, Menkes) */
  if (word_is(c, h, "menteri") && !strncasecmp(c->text + c->t[r].start, "men", 3)) return 0;
  size_t nr = c->t[r].end - c->t[r].start, nh = c->t[h].end - c->t[h].start, n = nr < nh ? nr : nh;
  return strncasecmp(c->text + c->t[r].start, c->text + c->t[h].start, n) != 0;
}

/* The head of a description starting at token i: past "mantan", "eks" and "sang". */
static size_t description_head(const actx *c, size_t i, uint32_t b) {
  #define FORMER(X) X("mantan") X("eks") X("bekas") X("sang")
  WORD_LIST(former, FORMER);
  #undef FORMER
  return i + 1 < c->nt && c->t[i + 1].end <= b && WORD_IN(c, i, former) ? i + 1 : i;
}

/* The person a -nya at token i points at (the mention stage resolved it). */
static int named_in_quotes_only(const actx *c, int32_t ent, size_t mi, uint32_t from);

static who nya_person(const actx *c, size_t i, uint32_t floor) {
  size_t mi = mention_at(c, c->t[i].end - 3);
  if (mi < c->nm && c->m[mi].start == c->t[i].end - 3 && c->m[mi].entity >= 0) {
    return of_mention(c, mi);
  }
  return person_before(c, c->t[i].start, floor);
}

/* nya_person for the -nya of a cue opening a clause of reported words ("Lanjutnya, ..."): a person
 * named since the speaker of the latest reported words (of the SAID_BACK sentences before, furniture
 * lines between) only inside
 * quoted words ('Kata Y, ... "Besok digelar oleh Kapolres X," katanya. Lanjutnya, ...') is no one who
 * speaks on: that speaker is. */
static who clause_nya_person(const actx *c, size_t i, uint32_t floor) {
  who p = nya_person(c, i, floor);
  size_t mi = mention_at(c, c->t[i].end - 3);
  if (!found(p) || mi >= c->nm || c->m[mi].start != c->t[i].end - 3) return p;
  size_t si = sent_at(c, c->t[i].start);
  enum { SAID_BACK = 5 };
  for (size_t k = 1; k <= SAID_BACK && k <= si; k++) {
    who w = c->said[si - k];
    if (!found(w)) continue;
    if (w.ent >= 0 && w.ent != p.ent && w.e != KIMPUT_UNSET && w.e < c->t[i].start &&
        named_in_quotes_only(c, p.ent, mi, w.e))
      return w;
    break;
  }
  return p;
}

/* Is entity ent named (by name or title, no pronoun) between offset from and mention mi only inside
 * quotes, and named there at all? (The last BACK_MENTIONS mentions are read.) */
static int named_in_quotes_only(const actx *c, int32_t ent, size_t mi, uint32_t from) {
  int quoted = 0;
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end <= from) break;
    if (m->entity != ent || m->form == KIMPUT_MENTION_PRONOUN) continue;
    if (!inside_quote(c, m->start)) return 0;
    quoted = 1;
  }
  return quoted;
}

/* Did entity ent take the floor between offsets from and to from prev, the speaker before: named there
 * (by name or title, no pronoun) outside quotes, and prev named there only right after a subordinator
 * ("Y merasa aneh jika Kapolda X ...")? (The last BACK_MENTIONS mentions before to are read.) */
static int subordinate_opening(const actx *c, size_t i);
static int took_floor(const actx *c, int32_t ent, int32_t prev, uint32_t from, uint32_t to) {
  size_t mi = mention_at(c, to);
  int seen = 0;
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->end <= from) break;
    if (m->start >= to || m->form == KIMPUT_MENTION_PRONOUN || inside_quote(c, m->start)) continue;
    if (m->entity == ent) seen = 1;
    if (prev >= 0 && m->entity == prev) {
      size_t j = tok_at(c, mention_first(m));
      if (j == 0 || j > c->nt || !subordinate_opening(c, j - 1)) return 0;
    }
  }
  return seen;
}

/* The first via cue candidate starting at or after off: walked on from the
 * last answer (the windows of the quotes, then of the sentences, come in
 * order), searched when off went back. */
static size_t via_cand_at(actx *c, uint32_t off) {
  size_t k = c->via_k, n = c->nvia_cand;
  if (k > 0 && c->t[c->via_cand[k - 1]].start >= off) k = index_at(c->via_cand, n, tok_at(c, off));
  while (k < n && c->t[c->via_cand[k]].start < off) k++;
  return c->via_k = k;
}

/* Do tokens [k, the start of mention mi) name the site of the body mi, after a relaying
 * cue: a noun of a site, "resmi" maybe after it ("seperti dikutip laman resmi Kremlin",
 * "dilansir situs Kemenlu")? The body relays its own words as an outlet does. */
/* The one who put out a text a quote's cue points back at ("bunyi pernyataan tersebut"): the
 * speaker of one of the two sentences before the quote at off, else the organisation the
 * sentence before names last ("Kremlin merilis pernyataan pada Kamis."); NOBODY when none. */
static who text_owner_before(const actx *c, uint32_t off) {
  size_t si = sent_at(c, off);
  for (size_t k = 1; k <= 2 && k <= si; k++)
    if (found(c->said[si - k])) return c->said[si - k];
  return si > 0 ? named_before(c, off, c->s[si - 1].start, KIMPUT_ENT_ORG) : NOBODY;
}

static int own_site(const actx *c, size_t k, size_t mi) {
  #define SITES(X) X("laman") X("situs") X("website") X("akun") X("portal")
  WORD_LIST(sites, SITES);
  #undef SITES
  size_t end = tok_at(c, mention_first(&c->m[mi]));
  if (k >= end || !WORD_IN(c, k, sites)) return 0;
  return k + 1 == end || (k + 2 == end && word_is(c, k + 1, "resmi"));
}

/* After a cue naming a text ("tulis keterangan"), tokens from j on: "(di|dalam|pada|melalui) situs
 * resmi X" -- the organisation or outlet X whose site it is; NOBODY when they say no such thing. */
static who site_owner_after(const actx *c, size_t j, uint32_t b) {
  if (j < c->nt && (word_is(c, j, "di") || word_is(c, j, "dalam") || word_is(c, j, "pada") ||
                    word_is(c, j, "melalui")))
    j++;
  if (j >= c->nt || c->t[j].end > b) return NOBODY;
  size_t mi = mention_at(c, c->t[j].start);
  if (mi >= c->nm || c->m[mi].end > b || c->m[mi].entity < 0 ||
      (c->m[mi].kind != KIMPUT_ENT_ORG && c->m[mi].kind != KIMPUT_ENT_OUTLET) || !own_site(c, j, mi))
    return NOBODY;
  return of_mention(c, mi);
}

/* Is the outlet of mention o the page's own: its words, in any case, in the first bytes of the
 * text right before a dash, or before a comma, the dateline's place and a dash, or in parentheses
 * before one ("JAKARTA, KOMPAS.com - ", "Liputan6.com, Jakarta - ", "KONTAN.CO.ID - JAKARTA.",
 * "Jakarta (ANTARA) - "), maybe with its site's address ("REPUBLIKA.CO.ID, JAKARTA --")? */
static int own_outlet(const actx *c, size_t o) {
  enum { DATELINE_BYTES = 2048, PLACE_BYTES = 32 };
  const char *name = c->text + c->m[o].start;
  size_t n = c->m[o].end - c->m[o].start;
  const unsigned char first = (unsigned char)name[0] | 0x20;  /* (a cheap test before strncasecmp) */
  for (size_t k = 0; k < c->nt && c->t[k].start < DATELINE_BYTES; k++) {
    const kimput_token *t = &c->t[k];
    if (((unsigned char)c->text[t->start] | 0x20) != first || t->kind == KIMPUT_TOK_PUNCT ||
        strncasecmp(c->text + t->start, name, n))
      continue;
    /* (the bytes after the name: the text ends at its NUL) */
    const unsigned char *x = (const unsigned char *)c->text + t->start + n;
    if ((*x >= 'a' && *x <= 'z') || (*x >= 'A' && *x <= 'Z') || (*x >= '0' && *x <= '9')) continue;
    /* ("REPUBLIKA.CO.ID, JAKARTA --" names Republika: past the rest of the site's address) */
    if (*x == '.' && ((x[1] | 0x20) >= 'a' && (x[1] | 0x20) <= 'z'))
      while (*x == '.' || ((*x | 0x20) >= 'a' && (*x | 0x20) <= 'z') || (*x >= '0' && *x <= '9')) x++;
    if (*x == ')') x++;
    if (*x == ',') {  /* the place of the dateline after the outlet, capitalised, a blank before the dash */
      const unsigned char *p = x + 1;
      while (*p == ' ') p++;
      if (!(*p >= 'A' && *p <= 'Z')) continue;
      for (int b = 0; b < PLACE_BYTES && *x && *x != '-' && *x != 0xE2 && *x != '\n' && *x != '.'; b++) x++;
      if (x[-1] != ' ') continue;  /* ("Antara, Rusia dan Cina sama-sama": a word's hyphen, no dash) */
    }
    while (*x == ' ') x++;
    if (*x == '-' || (x[0] == 0xE2 && x[1] == 0x80 && (x[2] == 0x93 || x[2] == 0x94))) return 1;
  }
  return 0;
}

/* The agency named as relaying in [a, b): "seperti dikutip KCNA"; marks it in via_m. */
static int32_t find_via(actx *c, uint32_t a, uint32_t b) {
  int32_t first = -1;
  size_t next = 0;  /* the token after the last cue found */
  for (size_t k = via_cand_at(c, a), i; k < c->nvia_cand && c->t[i = c->via_cand[k]].end <= b; k++) {
    if (i < next) continue;
    size_t n = cand_cue(c, i, b, KIMPUT_LEX_CUE_VIA);
    /* ("…tidak ada laporan WNI…," kata X: a relaying word inside the words quoted relays nothing) */
    if (!n || inside_quote(c, c->t[i].start)) continue;
    uint32_t from = c->t[i + n - 1].end, to = from + 40 < b ? from + 40 : b;
    for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to; mi++) {
      /* ("BANDUNG, SITUS.COM - ... kata X, seperti dikutip situs.com": the page's own relays nothing) */
      if ((c->m[mi].kind == KIMPUT_ENT_OUTLET || (c->m[mi].kind == KIMPUT_ENT_ORG && own_site(c, i + n, mi))) &&
          c->m[mi].entity >= 0) {
        if (own_outlet(c, mi)) break;
        c->via_m[mi] = 1;
        if (first < 0) first = c->m[mi].entity;
        break;
      }
      if (c->m[mi].kind == KIMPUT_ENT_PERSON) break;
    }
    next = i + n;
  }
  if (first >= 0) return first;
  /* "KCNA melaporkan, Kim mengatakan ...": an agency reporting the sentence */
  /* (the walk over the mentions from the one at a stops at the first starting at or after b: a
     mention inside a title's role comes after it in the array, its start before the title's) */
  size_t mi = c->noutlets ? mention_at(c, a) : 0;
  for (size_t k = c->noutlets ? index_at(c->outlets, c->noutlets, mi) : 0; k < c->noutlets; k++) {
    size_t o = c->outlets[k];
    for (; mi <= o; mi++)
      if (c->m[mi].start >= b) return first;
    if (inside_quote(c, c->m[o].start)) continue;
    size_t j = tok_at(c, c->m[o].end);
    /* "Kantor Berita Pusat Korea (KCNA) melaporkan": past the acronym in parentheses */
    if (j + 3 < c->nt && is_punct(c, j, "(") && is_punct(c, j + 2, ")") && c->t[j + 2].end <= b) j += 3;
    /* "Reuters, mengutip dua sumber ..., melaporkan": past a clause set off by commas */
    if (j < c->nt && is_punct(c, j, ",")) {
      size_t x = j + 1;
      while (x < c->nt && x < j + 20 && c->t[x].end <= b && !is_punct(c, x, ",.;")) x++;
      if (x + 1 < c->nt && c->t[x].end <= b && is_punct(c, x, ",")) j = x + 1;
    }
    if (word_is(c, j, "melaporkan") || word_is(c, j, "memberitakan") || word_is(c, j, "mewartakan") ||
        word_is(c, j, "menyiarkan") || word_is(c, j, "melansir")) {
      c->via_m[o] = 1;
      return c->m[o].entity;
    }
    /* "kata X kepada Reuters", "X mengatakan kepada BBC bahwa": the outlet told the words relays them,
       unless it is the page's own, named first in its dateline ("JAKARTA, KOMPAS.com -") */
    size_t before = tok_at(c, c->m[o].start);
    /* ("Berbicara kepada kantor berita RIA Novosti, X mengatakan": past the press's nouns) */
    #define PRESS(X) X("kantor") X("berita") X("harian") X("surat") X("kabar") X("stasiun") X("televisi") \
      X("media") X("majalah") X("radio")
    WORD_LIST(press, PRESS);
    #undef PRESS
    for (size_t p = 0; p < 3 && before > 1 && !(c->t[before - 1].flags & KIMPUT_TOKF_UPPER) &&
                       WORD_IN(c, before - 1, press); p++)
      before--;
    /* ("saat dihubungi Kompas.com", "ketika diwawancarai BBC": the outlet that asked was told them too) */
    #define ASKED(X) X("kepada") X("dihubungi") X("dikonfirmasi") X("ditemui") X("diwawancarai")
    WORD_LIST(asked, ASKED);
    #undef ASKED
    if (c->m[o].entity >= 0 && before > 0 && WORD_IN(c, before - 1, asked) && !own_outlet(c, o)) {
      c->via_m[o] = 1;
      return c->m[o].entity;
    }
    /* ("dalam wawancara dengan CNN", "wawancara eksklusif dengan BBC", "Berbicara dengan Reuters, X ...": the
       outlet talked with was told them) */
    #define TALKED(X) X("wawancara") X("berbicara") X("berbincang") X("bincang-bincang")
    WORD_LIST(talked, TALKED);
    #undef TALKED
    if (c->m[o].entity >= 0 && before > 1 && word_is(c, before - 1, "dengan") && !own_outlet(c, o) &&
        (WORD_IN(c, before - 2, talked) ||
         (before > 2 && (word_is(c, before - 2, "eksklusif") || word_is(c, before - 2, "khusus")) &&
          WORD_IN(c, before - 3, talked)))) {
      c->via_m[o] = 1;
      return c->m[o].entity;
    }
  }
  return first;
}

/* An agency quoting a person's letter or speech word for word: "KCNA,
 * mengutip surat Putin" -- the person speaks, the agency relays. */
static who relayed(const actx *c, who sp, uint32_t b, int32_t *via) {
  if (sp.ent < 0 || (c->e[sp.ent].kind != KIMPUT_ENT_OUTLET && c->e[sp.ent].kind != KIMPUT_ENT_ORG)) return sp;
  for (size_t k = cand_at(c, tok_at(c, sp.e)), i; k < c->ncand && c->t[i = c->cand[k]].end <= b; k++) {
    size_t n = cand_cue(c, i, b, KIMPUT_LEX_CUE_RELAY);
    if (!n) continue;
    uint32_t from = c->t[i + n - 1].end, to = from + 30 < b ? from + 30 : b;
    for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to; mi++) {
      if (c->m[mi].kind == KIMPUT_ENT_PERSON && c->m[mi].entity >= 0) {
        *via = sp.ent;
        return of_mention(c, mi);
      }
      /* "ungkap Yonhap mengutip keterangan Pentagon": a body quoted right after the cue (or its statement) */
      size_t mk = tok_at(c, c->m[mi].start);
      if (c->m[mi].kind == KIMPUT_ENT_ORG && c->m[mi].entity >= 0 && c->m[mi].entity != sp.ent &&
          (mk == i + n || (mk == i + n + 1 && (word_is(c, i + n, "pernyataan") || word_is(c, i + n, "keterangan"))))) {
        *via = sp.ent;
        return of_mention(c, mi);
      }
    }
    /* "sebut KCNA mengutip (isi) surat tersebut": the letter told before, its writer speaks (the
       cue may end with the letter's noun: "mengutip isi surat") */
    size_t j = letter_word(c, i + n - 1) ? i + n - 1 : i + n + (word_is(c, i + n, "isi") ? 1 : 0);
    if (j + 1 < c->nt && c->t[j + 1].end <= b && letter_word(c, j) &&
        (word_is(c, j + 1, "tersebut") || word_is(c, j + 1, "itu") || word_is(c, j + 1, "ini"))) {
      uint32_t off = c->t[i].start;
      who w = letter_writer_before(c, off, off > 2000 ? off - 2000 : 0);
      if (found(w)) {
        *via = sp.ent;
        return w;
      }
    }
    break;
  }
  return sp;
}

/* ------------------------------------------------------------ attribution around one quote */

typedef struct {
  who sp;
  uint32_t cue_s, cue_e;
  int32_t via;
  int relay_only;   /* "demikian menurut laporan KCNA": KCNA relays, nobody is named */
  int any;          /* a cue or a speaker was found */
  int pronoun;      /* the speaker is a pronoun (kata dia, katanya) */
} after_result;

/* A verb of speech after a mention at token k ("...," Budi menambahkan). */
static size_t verb_after(const actx *c, size_t k, uint32_t b) {
  for (int skip = 0; skip < 3 && k < c->nt; skip++) {
    size_t n = cue_at(c, k, b, KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING);
    if (n) return k;
    if (!(classes_at(c, k) & KIMPUT_LEX_ADVERB)) return SIZE_MAX;
    k++;
  }
  return SIZE_MAX;
}

/* '"...," Sarah Lindholm, juru bicara Pentagon, mengatakan': the verb after a lower-case description set
 * off by commas (token k the first comma; at most 8 words, on one line), SIZE_MAX when none. */
static size_t verb_after_apposition(const actx *c, size_t k, uint32_t b) {
  if (k + 2 >= c->nt || !is_punct(c, k, ",") || c->t[k + 1].kind != KIMPUT_TOK_WORD ||
      (c->t[k + 1].flags & (KIMPUT_TOKF_UPPER | KIMPUT_TOKF_NEWLINE)))
    return SIZE_MAX;
  for (size_t j = k + 2; j < c->nt && j < k + 10 && c->t[j].end <= b; j++) {
    if (c->t[j].flags & KIMPUT_TOKF_NEWLINE) return SIZE_MAX;
    if (is_punct(c, j, ",")) return j + 1 < c->nt ? verb_after(c, j + 1, b) : SIZE_MAX;
    if (c->t[j].kind != KIMPUT_TOK_WORD) return SIZE_MAX;
  }
  return SIZE_MAX;
}

/* Do the quoted words open by describing a text in the third person ("Pernyataan tersebut
 * mengungkapkan …", "Pesan itu berharap …")? An agency relaying them then speaks of the text,
 * and of its writer: the agency is the speaker, not the writer (as one speaking of the person in
 * the third person is). */
static int text_described(const actx *c, const kimput_quote *q) {
  size_t k = tok_at(c, q->start);
  return k + 2 < c->nt && c->t[k].start == q->start && c->t[k + 2].end <= q->end &&
         (letter_word(c, k) || text_noun(c, k)) &&
         (word_is(c, k + 1, "tersebut") || word_is(c, k + 1, "itu") || word_is(c, k + 1, "ini")) &&
         c->t[k + 2].kind == KIMPUT_TOK_WORD && !(c->t[k + 2].flags & KIMPUT_TOKF_UPPER);
}

/* '"…," demikian disampaikan X': a passive reporting verb at token k after the
 * quote gives its agent ("disampaikannya": the person before); 0 when none. */
static int passive_after(const actx *c, const kimput_quote *q, size_t k, form fk, uint32_t b, after_result *r) {
  size_t n = form_cue(fk, KIMPUT_LEX_CUE_REPORTING);  /* (fk: the form at k) */
  if (!n || !passive(c, k)) return 0;
  const kimput_token *last = &c->t[k + n - 1];
  if (last->end - last->start > 5 && !memcmp(c->text + last->end - 3, "nya", 3)) {
    r->sp = nya_person(c, k + n - 1, q->open > 2000 ? q->open - 2000 : 0);
    r->pronoun = 1;
  } else {
    size_t a = k + n;
    if (a < c->nt && word_is(c, a, "oleh")) a++;
    size_t mi = a < c->nt ? mention_at(c, c->t[a].start) : SIZE_MAX;
    if (mi >= c->nm || !eligible(c, mi) || (c->m[mi].start != c->t[a].start && c->m[mi].role_start != c->t[a].start))
      return 0;
    r->sp = text_described(c, q) ? of_mention(c, mi) : relayed(c, of_mention(c, mi), b, &r->via);
  }
  r->cue_s = c->t[k].start;
  r->cue_e = last->end;
  r->any = 1;
  return 1;
}

static int word_after(const actx *c, size_t k, uint32_t b);

/* '"...," kata Kapolres X, melalui Kasat Y': the person named right after "melalui" (a comma
 * before it at most) following the speaker's name or description says the words for him: Y speaks. */
static who spoken_through(const actx *c, who sp, uint32_t b) {
  if (sp.e == KIMPUT_UNSET || sp.e >= b) return sp;
  size_t k = tok_at(c, sp.e);
  if (k < c->nt && is_punct(c, k, ",")) k++;
  if (k + 1 >= c->nt || c->t[k + 1].end > b || !word_is(c, k, "melalui")) return sp;
  size_t ni = mention_at(c, c->t[k + 1].start);
  if (ni < c->nm && c->m[ni].kind == KIMPUT_ENT_PERSON && c->m[ni].entity >= 0 && eligible(c, ni) &&
      (c->m[ni].start == c->t[k + 1].start || c->m[ni].role_start == c->t[k + 1].start))
    return of_mention(c, ni);
  return sp;
}

/* '"…," kata Tim Komunikasi Presiden, Budi Santoso di Istana': a body after the cue, its comma
 * and a person's name right after it: the person speaks for the body. */
static who member_after_body(const actx *c, who sp, uint32_t b) {
  if (sp.e == KIMPUT_UNSET || sp.e >= b || sp.ent < 0) return sp;
  size_t bi = mention_at(c, sp.s);
  if (bi >= c->nm || c->m[bi].kind != KIMPUT_ENT_ORG) return sp;
  size_t k = tok_at(c, sp.e);
  if (k + 1 >= c->nt || !is_punct(c, k, ",") || c->t[k + 1].end > b) return sp;
  size_t ni = mention_at(c, c->t[k + 1].start);
  if (ni < c->nm && c->m[ni].kind == KIMPUT_ENT_PERSON && c->m[ni].entity >= 0 && eligible(c, ni) &&
      c->m[ni].start == c->t[k + 1].start && c->m[ni].role_start == KIMPUT_UNSET)
    return of_mention(c, ni);
  return sp;
}

/* Is entity ent named (by name or title, no pronoun) inside the quote's own words? ('"… Bapak Presiden juga
 * berharap perundingan segera dimulai …," pungkasnya': the president is spoken of there, not speaking) */
static int spoken_of(const actx *c, const kimput_quote *q, int32_t ent) {
  if (ent < 0) return 0;
  for (size_t mi = mention_at(c, q->start); mi < c->nm && c->m[mi].start < q->end; mi++)
    if (c->m[mi].entity == ent && c->m[mi].form != KIMPUT_MENTION_PRONOUN) return 1;
  return 0;
}

/* Do the words quoted name the person ent after a form of address ("… ketemu Pak X …")? Nobody
 * speaks of themself so. */
static int addressed_in(const actx *c, const kimput_quote *q, int32_t ent) {
  #define ADDRESS(X) X("pak") X("bapak") X("bu") X("ibu") X("mbak") X("mas") X("bang") X("kak")
  WORD_LIST(address, ADDRESS);
  #undef ADDRESS
  if (ent < 0) return 0;
  for (size_t mi = mention_at(c, q->start); mi < c->nm && c->m[mi].start < q->end; mi++) {
    if (c->m[mi].entity != ent || c->m[mi].form == KIMPUT_MENTION_PRONOUN) continue;
    size_t f = tok_at(c, mention_first(&c->m[mi]));
    if (f < c->nt && c->t[f].start >= q->start && WORD_IN(c, f, address)) return 1;
  }
  return 0;
}

/* Is the person ent named right after "kepada" within a few words after token k (before b)? */
static int addressed_after(const actx *c, size_t k, uint32_t b, int32_t ent) {
  for (size_t j = k; j + 1 < c->nt && j < k + 6 && c->t[j + 1].end <= b; j++) {
    if (c->t[j].kind != KIMPUT_TOK_WORD) return 0;
    if (!word_is(c, j, "kepada")) continue;
    size_t mi = mention_at(c, c->t[j + 1].start);
    return mi < c->nm && mention_first(&c->m[mi]) == c->t[j + 1].start && c->m[mi].entity == ent;
  }
  return 0;
}

static after_result after_attribution(actx *c, const kimput_quote *q, uint32_t b) {
  after_result r = {NOBODY, KIMPUT_UNSET, KIMPUT_UNSET, -1, 0, 0, 0};
  size_t k = tok_at(c, q->close);
  /* 'X mengundang Y ke Pyongyang "pada waktu yang tepat". Menurut Kremlin, …': words quoted inside
     the writer's sentence, the stop right after the mark: the sentence is over, and a cue of the
     next one is not theirs */
  size_t o = tok_at(c, q->open);
  if (k < c->nt && c->t[k].end <= b && is_punct(c, k, ".") && !(c->t[k].flags & KIMPUT_TOKF_NEWLINE) && o > 0 &&
      o < c->nt && c->t[o - 1].kind == KIMPUT_TOK_WORD && !(c->t[o].flags & KIMPUT_TOKF_NEWLINE) &&
      c->t[o - 1].end >= c->s[sent_at(c, q->open)].start)
    return r;
  while (k < c->nt && c->t[k].end <= b && !(c->t[k].flags & KIMPUT_TOKF_NEWLINE) && is_punct(c, k, ",.!?")) k++;
  if (k >= c->nt || c->t[k].end > b || (c->t[k].flags & KIMPUT_TOKF_NEWLINE)) return r;
  if (is_dash(c, k) && k + 1 < c->nt && cue_at(c, k + 1, b, KIMPUT_LEX_CUE_AFTER)) k++;  /* "..." - kata X */
  else if (is_dash(c, k)) {  /* "..." -- Budi Santoso */
    size_t mi = mention_at(c, c->t[k].end);
    /* the mention begins with its role when one is written ("-- Presiden X") */
    uint32_t first = mi < c->nm ? mention_first(&c->m[mi]) : 0;
    if (mi < c->nm && first <= c->t[k].end + 4 && eligible(c, mi)) {
      r.sp = of_mention(c, mi);
      r.cue_s = c->t[k].start;
      r.cue_e = c->t[k].end;
      r.any = 1;
    }
    return r;
  }
  /* '"Tanggal 3," (jawab X).': a cue in brackets after the mark, as a transcript writes it */
  if (is_punct(c, k, "(") && k + 2 < c->nt && c->t[k + 1].end <= b && !(c->t[k + 1].flags & KIMPUT_TOKF_NEWLINE) &&
      form_cue(form_at(c, k + 1, b), KIMPUT_LEX_CUE_AFTER))
    k++;
  size_t k0 = k;
  form fk = form_at(c, k, b);  /* (the form at k, asked once for all its classes) */
  if ((classes_at(c, k) & KIMPUT_LEX_ADVERB) && !form_cue(fk, KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING) &&
      !nya_cue(c, k, KIMPUT_LEX_CUE_AFTER) && k + 1 < c->nt) {
    k++;  /* demikian kata X */
    fk = form_at(c, k, b);
  }
  size_t n = form_cue(fk, KIMPUT_LEX_CUE_AFTER);
  int nya = !n && nya_cue(c, k, KIMPUT_LEX_CUE_AFTER);
  if (!n && !nya && k == k0 + 1 && word_is(c, k0, "demikian")) {
    /* '"…," demikian Budi.': "demikian" right before a person's name closes the words as a cue */
    size_t mi = mention_at(c, c->t[k].start);
    if (mi < c->nm && mention_first(&c->m[mi]) == c->t[k].start && c->m[mi].kind == KIMPUT_ENT_PERSON &&
        c->m[mi].form != KIMPUT_MENTION_PRONOUN && eligible(c, mi)) {
      r.sp = of_mention(c, mi);
      r.cue_s = c->t[k0].start;
      r.cue_e = c->t[k0].end;
      r.any = 1;
      return r;
    }
  }
  if (n || nya) {
    r.cue_s = c->t[k].start;
    r.cue_e = c->t[nya ? k : k + n - 1].end;
    r.any = 1;
    if (nya) {
      r.sp = nya_person(c, k, q->open > 2000 ? q->open - 2000 : 0);
      r.pronoun = 1;
    } else {
      uint32_t to = r.cue_e + AFTER_REACH < b ? r.cue_e + AFTER_REACH : b;
      size_t mi = SIZE_MAX;
      int back = 0;
      /* '"…," kata saat ditemui di kantornya …': a cue of one word with a word of when or to whom
         right after it names nobody (the page left the name out): the speaker before goes on, as
         after a pronoun, not a name of the clause after it */
      #define ELIDED(X) X("saat") X("ketika") X("sewaktu") X("usai") X("seusai") X("selepas") X("setelah") \
        X("sesudah") X("sebelum") X("sambil") X("sembari") X("kepada")
      WORD_LIST(elided, ELIDED);
      #undef ELIDED
      if (n == 1 && k + 1 < c->nt && c->t[k + 1].end <= b && WORD_IN(c, k + 1, elided)) {
        r.pronoun = 1;
        return r;
      }
      /* "bunyi keterangan di situs resmi Kremlin tersebut": the body whose site put the text out, first
         (the demonstrative closing the site points back at no one) */
      who site = n > 1 && text_noun(c, k + n - 1) ? site_owner_after(c, k + n, b) : NOBODY;
      r.sp = found(site) ? site : named_or_described(c, r.cue_e, to, q->open, &mi, &back);
      /* ('"…?" tanya wartawan kepada X': the one asked is never the one asking, however the description
         pointed back: the unnamed one it describes asks) */
      if (r.sp.ent >= 0 && addressed_after(c, k + n, b, r.sp.ent)) {
        size_t e = k + n;
        while (e < c->nt && e < k + n + 4 && c->t[e].end <= b && c->t[e].kind == KIMPUT_TOK_WORD &&
               !(c->t[e].flags & KIMPUT_TOKF_UPPER) && !word_is(c, e, "kepada"))
          e++;
        who d = {-1, c->t[k + n].start, c->t[e > k + n ? e - 1 : k + n].end};
        r.sp = e > k + n ? d : NOBODY;
        back = 0;
      }
      if (back) {
        r.pronoun = 1;
      } else {
        r.pronoun = mi != SIZE_MAX && c->m[mi].form == KIMPUT_MENTION_PRONOUN;
        /* (a pronoun that pointed at nobody is no mention: '"…," kata dia.' opening the text) */
        if (!found(r.sp) && k + n < c->nt && c->t[k + n].end <= b && (classes_at(c, k + n) & KIMPUT_LEX_PRONOUN))
          r.pronoun = 1;
        if (!text_described(c, q)) r.sp = relayed(c, r.sp, b, &r.via);
        r.sp = spoken_through(c, r.sp, b);
        r.sp = member_after_body(c, r.sp, b);
        /* '"…," bunyi telegram itu seperti diumumkan oleh Istana': the one who made the letter public
           relays it, its words are its writer's, the one of the sentences before */
        if (found(r.sp) && mi != SIZE_MAX && n > 1 && letter_word(c, k + 1)) {
          size_t mt = tok_at(c, c->m[mi].start);
          for (size_t j = k + n; j < mt && j < k + n + VIA_GAP; j++)
            if (cue_at(c, j, b, KIMPUT_LEX_CUE_VIA)) {
              who w = letter_writer_before(c, q->open, q->open > 2000 ? q->open - 2000 : 0);
              if (found(w) && w.ent != r.sp.ent) { r.via = r.sp.ent; r.sp = w; }
              break;
            }
        }
        /* "demikian isi surat dari Sultan X": the writer named after "dari" */
        if (!found(r.sp) && n > 1 && k + n < c->nt && c->t[k + n].end <= b && word_is(c, k + n, "dari") &&
            (letter_word(c, k + n - 1) || text_noun(c, k + n - 1))) {
          who w = named_after(c, c->t[k + n].end, to);
          if (w.ent >= 0) r.sp = w;
        }
        /* "bunyi surat tersebut": no writer named, the letter's of the sentences before */
        if (!found(r.sp) && n > 1 && letter_word(c, k + 1))
          r.sp = letter_writer_before(c, q->open, q->open > 2000 ? q->open - 2000 : 0);
        /* "tulis keterangan di situs resmi Kantor X": the body whose site put the text out */
        else if (!found(r.sp) && n > 1 && text_noun(c, k + n - 1) && found(site = site_owner_after(c, k + n, b)))
          r.sp = site;
        /* "bunyi pernyataan tersebut", "demikian isi keterangan itu": another text told before */
        /* (or one received: "bunyi keterangan pers yang diterima Kompas.com") */
        /* (not a treaty's or a resolution's text, nobody's words: "bunyi perjanjian tersebut") */
        else if (!found(r.sp) && n > 1 && k + n < c->nt && c->t[k + n].end <= b &&
                 !(word_is(c, k + n - 1, "perjanjian") || word_is(c, k + n - 1, "kesepakatan") ||
                   word_is(c, k + n - 1, "resolusi") || word_is(c, k + n - 1, "deklarasi") ||
                   word_is(c, k + n - 1, "traktat")) &&
                 ((classes_at(c, k + n) & KIMPUT_LEX_DESC_END) ||
                  (word_is(c, k + n, "yang") && k + n + 1 < c->nt &&
                   (word_is(c, k + n + 1, "diterima") || word_is(c, k + n + 1, "diperoleh")))))
          r.sp = text_owner_before(c, q->open);
      }
    }
    return r;
  }
  if (passive_after(c, q, k, fk, b, &r)) return r;
  n = form_cue(fk, KIMPUT_LEX_CUE_ACCORDING);
  nya = !n && nya_cue(c, k, KIMPUT_LEX_CUE_ACCORDING);
  if (n || nya) {
    r.cue_s = c->t[k].start;
    r.cue_e = c->t[nya ? k : k + n - 1].end;
    r.any = 1;
    if (nya) { r.sp = nya_person(c, k, 0); r.pronoun = 1; return r; }
    size_t v = k + n;
    if (cue_at(c, v, b, KIMPUT_LEX_CUE_VIA)) {  /* menurut laporan KCNA: KCNA relays */
      who ag = named_after(c, c->t[v].end, b);
      if (ag.ent >= 0) { r.via = ag.ent; r.relay_only = 1; r.any = 0; r.cue_s = r.cue_e = KIMPUT_UNSET; }
      return r;
    }
    r.sp = named_after(c, r.cue_e, b);
    return r;
  }
  /* '"...," demikian KCNA mengutip Kim': an agency after the quote that quotes a
     person word for word: the person speaks, the agency relays */
  size_t ai = mention_at(c, c->t[k].start);
  if (ai < c->nm && c->m[ai].start == c->t[k].start && c->m[ai].entity >= 0 &&
      (c->m[ai].kind == KIMPUT_ENT_OUTLET || c->m[ai].kind == KIMPUT_ENT_ORG)) {
    size_t j = tok_at(c, c->m[ai].end), rn = cue_at(c, j, b, KIMPUT_LEX_CUE_RELAY);
    if (rn && text_described(c, q)) {  /* ('"Pesan itu berharap …," KCNA mengutip pesan X': KCNA's) */
      r.sp = of_mention(c, ai);
      r.cue_s = c->t[j].start;
      r.cue_e = c->t[j + rn - 1].end;
      r.any = 1;
      return r;
    }
    if (rn) {
      uint32_t from = c->t[j + rn - 1].end, to = from + 30 < b ? from + 30 : b;
      for (size_t mj = mention_at(c, from); mj < c->nm && c->m[mj].start < to; mj++) {
        if (c->m[mj].kind != KIMPUT_ENT_PERSON || c->m[mj].entity < 0) continue;
        r.sp = of_mention(c, mj);
        r.via = c->m[ai].entity;
        r.cue_s = c->t[j].start;
        r.cue_e = c->t[j + rn - 1].end;
        r.any = 1;
        return r;
      }
    }
  }
  /* "...," Budi menambahkan */
  size_t mi = k == k0 ? ai : mention_at(c, c->t[k0].start);
  k = k0;
  /* ('"…," seorang warga bernama X mengatakan …': a determiner, a few lower-case words of who the person
     is, "bernama" or a comma, then the person, whose verb follows) */
  size_t det = k < c->nt ? cue_at(c, k, b, KIMPUT_LEX_DETERMINER) : 0;
  if (det && !(mi < c->nm && c->m[mi].start == c->t[k].start)) {
    size_t j = k + det;
    while (j < c->nt && j < k + det + 4 && c->t[j].kind == KIMPUT_TOK_WORD && !(c->t[j].flags & KIMPUT_TOKF_UPPER) &&
           !word_is(c, j, "bernama"))
      j++;
    if (j > k + det && j + 1 < c->nt && c->t[j + 1].end <= b && (word_is(c, j, "bernama") || is_punct(c, j, ","))) {
      size_t pm = mention_at(c, c->t[j + 1].start);
      if (pm < c->nm && c->m[pm].start == c->t[j + 1].start && c->m[pm].kind == KIMPUT_ENT_PERSON) {
        mi = pm;
        k = j + 1;
      }
    }
  }
  if (mi < c->nm && eligible(c, mi) &&
      (c->m[mi].start == c->t[k].start || c->m[mi].role_start == c->t[k].start)) {
    size_t v = verb_after(c, tok_at(c, c->m[mi].end), b);
    if (v == SIZE_MAX && c->m[mi].kind == KIMPUT_ENT_PERSON) v = verb_after_apposition(c, tok_at(c, c->m[mi].end), b);
    size_t nv = v != SIZE_MAX ? cue_at(c, v, b, KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING) : 0;
    /* '"... biasanya." Ani menambahkan, Pemkot akan ...': after a statement closed by its
       stop, a verb reporting words of its own opens the next sentence, not this one's cue */
    if (v != SIZE_MAX && q->end > q->start && c->text[q->end - 1] == '.' && word_after(c, v + nv, b)) return r;
    if (v != SIZE_MAX) {
      r.sp = of_mention(c, mi);
      r.cue_s = c->t[v].start;
      r.cue_e = c->t[v + nv - 1].end;
      r.any = 1;
    }
    return r;
  }
  /* '"…," gumam Budi Santoso.': a statement closed by a comma, then a verb
   * the lists do not know, right before a person and the end of the clause */
  if (q->close >= 1 && q->close > q->end && q->end > q->start && c->text[q->end - 1] == ',' &&
      c->t[k].kind == KIMPUT_TOK_WORD && !(c->t[k].flags & KIMPUT_TOKF_UPPER) &&
      c->t[k].end - c->t[k].start >= 3 && !(classes_at(c, k) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_CONNECTOR |
                                                                KIMPUT_LEX_PRONOUN | KIMPUT_LEX_ADVERB)) &&
      k + 1 < c->nt) {
    size_t pm = mention_at(c, c->t[k + 1].start);
    if (pm < c->nm && c->m[pm].kind == KIMPUT_ENT_PERSON && eligible(c, pm) &&
        (c->m[pm].start == c->t[k + 1].start || c->m[pm].role_start == c->t[k + 1].start)) {
      size_t after = tok_at(c, c->m[pm].end);
      if (after >= c->nt || c->t[after].start >= b || is_punct(c, after, ".,;!?")) {
        r.sp = of_mention(c, pm);
        r.cue_s = c->t[k].start;
        r.cue_e = c->t[k].end;
        r.any = 1;
      }
    }
  }
  return r;
}

/* The token where the clause holding token v starts (after the last , ; : before it, from token lo). */
static size_t clause_start(const actx *c, size_t lo, size_t v) {
  for (size_t i = v; i > lo; i--)  /* (from the verb back: the nearest mark is the last) */
    if (is_punct(c, i - 1, ",;:") && !inside_quote(c, c->t[i - 1].start)) return i;
  return lo;
}

static who clause_subject(const actx *c, uint32_t a, size_t v);

/* The subject of a verb at token v in [a, ...): the last speaker-like
 * mention before it, a title description at the clause start, a place right
 * before the verb, or (unnamed) a short subject of plain words. */
/* "Budi, kuasa hukum Ahmad Sahroni, mengatakan", "Kim Yo Jong, adik pemimpin Korut
 * Kim Jong Un, menyebut": the one named inside a description set off by commas
 * after a name is whom it relates to; the one named before it speaks. For the
 * mention mi (from clause start a, verb at offset vpos), that first one's mention,
 * or mi. The description opens with a lower-case word (no list of names). */
static size_t apposed_head(const actx *c, uint32_t a, size_t mi, uint32_t vpos) {
  enum { DESCRIPTION_MAX = 10 };  /* tokens: "adik pemimpin tertinggi Korea Utara" and more */
  size_t k = tok_at(c, c->m[mi].end), lo = tok_at(c, a), s0 = tok_at(c, c->m[mi].start);
  if (k >= c->nt || c->t[k].end > vpos || !is_punct(c, k, ",") || s0 <= lo + 2) return mi;
  size_t cm = s0;
  while (cm > lo && s0 - cm <= DESCRIPTION_MAX && c->t[cm - 1].kind == KIMPUT_TOK_WORD) cm--;
  if (cm == s0 || cm <= lo + 1 || !is_punct(c, cm - 1, ",") || (c->t[cm].flags & KIMPUT_TOKF_UPPER)) return mi;
  /* ("X, diwakili (oleh) Sekda Y, mengatakan": the one sent in X's stead speaks, no apposition) */
  if (word_is(c, cm, "diwakili") || word_is(c, cm, "diwakilkan")) return mi;
  uint32_t head_end = c->t[cm - 2].end;
  for (size_t h = mention_at(c, a); h < mi && c->m[h].start < head_end; h++)
    if (c->m[h].end == head_end && eligible(c, h) && !inside_quote(c, c->m[h].start)) return h;
  return mi;
}

/* "Juru bicara kementerian itu", "pejabat badan tersebut": does the demonstrative at token d close
 * a lower-case noun of a body (the body told before), not the description of a person? The
 * phrase is then someone of that body, not anyone met before. */
static int body_closed(const actx *c, size_t d) {
  return d > 0 && d < c->nt && c->t[d - 1].kind == KIMPUT_TOK_WORD && !(c->t[d - 1].flags & KIMPUT_TOKF_UPPER) &&
         (classes_at(c, d - 1) & KIMPUT_LEX_ORG_HEAD) && !(classes_at(c, d - 1) & KIMPUT_LEX_TITLE);
}

/* "Mantan pejabat Bank Dunia itu menegaskan", "Perwira menengah Polri itu menambahkan": a noun
 * phrase of a person (a title, a rank or a noun a person is known as at its head, after "mantan")
 * that opens the clause of the verb at token v and is closed by itu/tersebut right before it
 * describes someone spoken of in the last sentences: that person. A body or place inside it is
 * part of the description, never the subject; a person named inside it ("adik X itu") is whom
 * the description relates to, and one the description itself names ("Menlu Cina itu", resolved
 * by the mention stage), so such a phrase is left to the other rules. NOBODY when none. */
/* The person spoken of in the sentences before (back at most) that a phrase of kin, tokens
 * [cs, dem), relates to the person named in it: the latest other than that one ("Putra sulung
 * Presiden X ini" after "Y, ..."). NOBODY when the phrase names nobody or nobody else is there. */
static who relative_before(const actx *c, size_t cs, size_t dem, size_t back) {
  uint32_t from = c->t[cs].start, to = c->t[dem].start;
  int32_t rel = -1;
  for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to && rel < 0; mi++)
    if (c->m[mi].kind == KIMPUT_ENT_PERSON) rel = c->m[mi].entity;
  size_t si = sent_at(c, from);
  if (rel < 0 || si == 0) return NOBODY;
  uint32_t floor = c->s[si > back ? si - back : 0].start;
  who w = person_before(c, c->s[si].start, floor);
  for (int k = 0; k < 8 && found(w) && w.ent == rel && w.s != KIMPUT_UNSET; k++) w = person_before(c, w.s, floor);
  return found(w) && w.ent != rel ? w : NOBODY;
}

/* "Istri korban mengatakan …", "Ayah almarhum menuturkan …": a noun of kin opening the clause (a word of
 * former before it maybe), then one or two lower-case nouns for a person, no name, right before the verb
 * at d (its adverbs passed): the unnamed relative so described, or NOBODY. */
static who kin_of_unnamed(const actx *c, size_t cs, size_t d) {
  #define FORMER(X) X("mantan") X("bekas")
  WORD_LIST(former, FORMER);
  #undef FORMER
  size_t h = cs;
  if (h < d && WORD_IN(c, h, former)) h++;
  if (h + 1 >= d || d - h > 3 || !(classes_at(c, h) & KIMPUT_LEX_KIN)) return NOBODY;
  const lex_hit *kh = lex_hit_at(c->lex, c->hits, c->text, c->t, c->nt, h);
  size_t k = h + (kh->n ? kh->n : 1);
  if (k >= d) return NOBODY;
  for (size_t i = k; i < d; i++)
    if (c->t[i].kind != KIMPUT_TOK_WORD || (c->t[i].flags & KIMPUT_TOKF_UPPER) ||
        !(classes_at(c, i) & KIMPUT_LEX_PERSON_NOUN))
      return NOBODY;
  who u = {-1, c->t[cs].start, c->t[d - 1].end};
  return u;
}

static who described_subject(const actx *c, uint32_t a, size_t v) {
  enum { PHRASE_MAX = 12, SENTENCES_BACK = 2, HOLDER_BACK = 6 };
  size_t d = v;
  while (d > 0 && (classes_at(c, d - 1) & KIMPUT_LEX_ADVERB)) d--;  /* "itu pun mengatakan" */
  if (d > 0 && c->t[d - 1].kind == KIMPUT_TOK_WORD && !(classes_at(c, d - 1) & KIMPUT_LEX_DESC_END)) {
    who u = kin_of_unnamed(c, clause_start(c, tok_at(c, a), v), d);
    if (found(u)) return u;
  }
  /* "Sang menteri pun langsung menyapa": "sang" before a title points back as "itu" after it does (d
     then stands one past the phrase, where the demonstrative would) */
  int sang = 0;
  size_t cs0 = v;
  for (size_t k = d; k > 0 && d - k < 4 && !sang; k--)  /* (a "sang" in the four tokens before: then the clause) */
    if (word_is(c, k - 1, "sang")) {
      cs0 = clause_start(c, tok_at(c, a), v);
      sang = cs0 + 2 <= d && d - cs0 <= 4 && word_is(c, cs0, "sang") && (classes_at(c, cs0 + 1) & KIMPUT_LEX_TITLE);
      break;
    }
  if (sang) d++;
  else if (d < 2 || c->t[d - 1].kind != KIMPUT_TOK_WORD || !(classes_at(c, d - 1) & KIMPUT_LEX_DESC_END) ||
           body_closed(c, d - 1))
    return NOBODY;
  size_t cs = sang ? cs0 : clause_start(c, tok_at(c, a), v), h = cs;
  if (cs + 1 >= d || d - 1 - cs > PHRASE_MAX) return NOBODY;
  /* ("Para remaja ini menyebut": a determiner opens new speakers, not ones met before) */
  if (!sang && (classes_at(c, h) & KIMPUT_LEX_DETERMINER)) return NOBODY;
  size_t opened = h;
  h = description_head(c, h, c->t[d - 1].start);
  /* ("Kantor berita itu juga menyebut": the outlet named before) */
  if (press_noun(c, h, h == cs)) {
    uint32_t at = c->t[cs].start;
    return outlet_before(c, at, at > 2000 ? at - 2000 : 0);
  }
  /* "Putra sulung Presiden X ini menjelaskan": X's relative spoken of before, never X; nobody spoken of
     before (the text opening so), the unnamed relative the words describe */
  if (classes_at(c, h) & KIMPUT_LEX_KIN) {
    who r = relative_before(c, cs, d - 1, SENTENCES_BACK);
    if (found(r)) return r;
    int named = 0;  /* (a relative of someone named in it: "Bekas istri X itu") */
    for (size_t mi = mention_at(c, c->t[cs].start); mi < c->nm && c->m[mi].start < c->t[d - 1].start; mi++)
      named |= c->m[mi].kind == KIMPUT_ENT_PERSON && c->m[mi].form == KIMPUT_MENTION_NAME;
    who u = {-1, c->t[cs].start, c->t[d - 2].end};
    return named && d >= cs + 2 ? u : NOBODY;
  }
  /* (of the nouns for a person, only those a person is known as: "warga desa itu", "tersangka itu"
     may be somebody else than the one spoken of) */
  #define KNOWN_AS(X) X("pria") X("wanita") X("perempuan") X("perwira") X("pemain") X("lulusan") X("alumnus") \
    X("alumni") X("jebolan") X("sosok") X("pelantun") X("pemeran") X("pencipta") X("penulis")
  WORD_LIST(known_as, KNOWN_AS);
  #undef KNOWN_AS
  /* (a title of two words: "Pebulu tangkis berusia 26 tahun itu") */
  int titled = (classes_at(c, h) & KIMPUT_LEX_TITLE) || cue_at(c, h, c->t[d - 1].start, KIMPUT_LEX_TITLE);
  if (!titled && !(classes_at(c, h) & KIMPUT_LEX_RANK) && !WORD_IN(c, h, known_as)) return NOBODY;
  /* (an acronym in brackets may stand in it: "lulusan Institut X (IX) itu", and a title in marks:
     "Pelantun lagu "Misteri Ilahi" itu") */
  for (size_t i = cs; i + 1 < d; i++)
    if ((c->t[i].kind != KIMPUT_TOK_WORD && c->t[i].kind != KIMPUT_TOK_NUMBER && c->t[i].kind != KIMPUT_TOK_QUOTE &&
         !is_punct(c, i, "()") && !is_punct(c, i, "/")) ||
        (i > cs && (c->t[i].flags & KIMPUT_TOKF_NEWLINE)))
      return NOBODY;
  uint32_t from = c->t[cs].start, to = c->t[d - 1].start;
  for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to; mi++)
    if (c->m[mi].kind == KIMPUT_ENT_PERSON && (c->m[mi].form == KIMPUT_MENTION_NAME || c->m[mi].entity >= 0))
      return NOBODY;  /* (or one the mention stage resolved: "Menlu Cina itu" is China's) */
  /* (someone of the sentences before: "Setelah Bupati X menjelaskan, warga desa itu mengatakan" is not X) */
  size_t si = sent_at(c, from);
  if (si == 0) return NOBODY;
  uint32_t floor = c->s[si > SENTENCES_BACK ? si - SENTENCES_BACK : 0].start;
  /* (whom the title introduced is found further back, past another's words: "Juru bicara X …. '…,' kata
     X. Wakil Menteri Y mengatakan …. Juru bicara itu menegaskan" is X) */
  who holder = titled ? role_holder_before(c, h, c->s[si].start, c->s[si > HOLDER_BACK ? si - HOLDER_BACK : 0].start)
                      : NOBODY;
  if (found(holder)) return holder;
  /* ("perwira menengah Polri itu": an officer, the latest person named with an officer's rank) */
  if (word_is(c, h, "perwira")) {
    who officer = officer_before(c, c->s[si].start, c->s[si > HOLDER_BACK ? si - HOLDER_BACK : 0].start);
    if (found(officer)) return officer;
  }
  who before = person_before(c, c->s[si].start, floor);
  /* "Juru bicara itu" after "Menteri X" is another; "mantan Wali Kota X itu" may be the one named with
     the office held now */
  if (titled && h == opened && other_office(c, before, h)) before = NOBODY;
  /* ("Sumber yang hadir di ruangan itu": a source is anyone who informs, never whoever was named
     last; only one introduced as a source is meant) */
  if (word_is(c, h, "sumber") || word_is(c, h, "narasumber")) before = NOBODY;
  /* "Seorang sumber di Istana mengatakan …. Pejabat yang enggan disebut namanya itu menambahkan": the
     unnamed speaker of a sentence before, spoken of after the person found */
  for (size_t k = 1; k <= SENTENCES_BACK && k <= si; k++) {
    who w = c->said[si - k];
    if (!found(w)) continue;
    if (w.ent < 0 && w.s != KIMPUT_UNSET && (!found(before) || before.s == KIMPUT_UNSET || w.s > before.s)) return w;
    break;
  }
  return before;
}

/* "Rusia membantah tuduhan itu dan menyebut ...": a country or place opening the clause before the
 * joiner at token v (only determiners, adverbs or function words before it, no preposition), a
 * lower-case verb after it (past adverbs), is the subject the joined verb shares; NOBODY when none. */
static who place_opening_clause(const actx *c, uint32_t a, size_t v) {
  size_t lo = tok_at(c, a), cs = v < c->nt ? clause_start(c, lo, v) : v;
  if (cs >= v) return NOBODY;
  size_t mi = mention_at(c, c->t[cs].start);
  if (mi >= c->nm || c->m[mi].kind != KIMPUT_ENT_PLACE || c->via_m[mi] || c->m[mi].entity < 0 ||
      c->m[mi].end > c->t[v].start || after_preposition(c, mi))
    return NOBODY;
  size_t p0 = tok_at(c, c->m[mi].start), q0 = cs;
  while (q0 < p0 && (classes_at(c, q0) & (KIMPUT_LEX_DETERMINER | KIMPUT_LEX_ADVERB | KIMPUT_LEX_FUNCTION))) q0++;
  if (q0 < p0) return NOBODY;
  size_t k = tok_at(c, c->m[mi].end);
  while (k < v && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
  if (k >= v || c->t[k].kind != KIMPUT_TOK_WORD || (c->t[k].flags & KIMPUT_TOKF_UPPER)) return NOBODY;
  return of_mention(c, mi);
}

/* Was the person ent introduced with the body of mention mi written inside the title before the
 * name ("Sekretaris Jenderal PBB X" for a later "Sekjen PBB")? Its words, in any case, within the
 * first ROLE_WORDS words of that title. */
static int body_in_introduction(const actx *c, int32_t ent, size_t mi) {
  enum { ROLE_WORDS = 16 };
  const kimput_mention *f = &c->m[c->e[ent].first_mention];
  if (f->role_start == KIMPUT_UNSET || f->role_end <= f->role_start) return 0;
  size_t b0 = tok_at(c, c->m[mi].start), bn = 0, r0 = tok_at(c, f->role_start), rn = 0;
  while (b0 + bn < c->nt && c->t[b0 + bn].end <= c->m[mi].end) bn++;
  while (r0 + rn < c->nt && c->t[r0 + rn].end <= f->role_end && rn < ROLE_WORDS) rn++;
  for (size_t p = r0; bn && p + bn <= r0 + rn; p++) {
    size_t k = 0;
    while (k < bn && same_word_ci(c, p + k, b0 + k)) k++;
    if (k == bn) return 1;
  }
  return 0;
}

/* The speaker of the latest sentence before the one at off that has one, when that speaker is
 * unnamed (a description), within three sentences; else NOBODY. */
static who unnamed_speaker_before(const actx *c, uint32_t off) {
  size_t si = sent_at(c, off);
  for (size_t k = 1; k <= 3 && k <= si; k++) {
    who w = c->said[si - k];
    if (!found(w)) continue;
    return w.ent < 0 && w.s != KIMPUT_UNSET && w.s < off ? w : NOBODY;
  }
  return NOBODY;
}

/* "JCS mengatakan …. Ia menambahkan …": a pronoun opening its sentence that adds to what a body or an
 * outlet said in the sentence right before, nobody named there, goes on with that body (the wires'
 * "it added"), not with the person the mention stage tied it to; else nobody. */
static who body_adding(const actx *c, size_t mi, size_t v) {
  if (mi >= c->nm || c->m[mi].form != KIMPUT_MENTION_PRONOUN || v >= c->nt || !word_is(c, v, "menambahkan"))
    return NOBODY;
  size_t si = sent_at(c, c->m[mi].start);
  if (si == 0 || si > c->ns || tok_at(c, c->m[mi].start) != c->s[si].first_token) return NOBODY;
  who w = c->said[si - 1];
  if (w.ent < 0 || (c->e[w.ent].kind != KIMPUT_ENT_ORG && c->e[w.ent].kind != KIMPUT_ENT_OUTLET)) return NOBODY;
  for (size_t k = mention_at(c, c->s[si - 1].start); k < c->nm && c->m[k].start < c->s[si - 1].end; k++)
    if (c->m[k].kind == KIMPUT_ENT_PERSON) return NOBODY;
  w.s = w.e = KIMPUT_UNSET;  /* (named before, not here) */
  return w;
}

/* Is mention mi right before "yang", an adverb or two ("juga", "pun") maybe after it, then the verb at
 * token v: the antecedent whose relative clause the verb opens, its subject whatever phrase it stands
 * in ("Ucapan itu datang dari Presiden Peru X yang juga menyatakan …": X's words)? */
static int relative_antecedent(const actx *c, size_t mi, size_t v) {
  size_t k = tok_at(c, c->m[mi].end);
  if (k + 1 > v || !word_is(c, k, "yang")) return 0;
  for (k++; k < v && k + 2 >= v; k++)
    if (!(classes_at(c, k) & KIMPUT_LEX_ADVERB)) return 0;
  return k == v;
}

static who subject_before(const actx *c, uint32_t a, size_t v, int unnamed) {
  if (v >= c->nt) return NOBODY;  /* a mark after the last token: no verb there */
  /* "Xi menelepon Putin untuk menyampaikan ...", "X bertemu Y dan mengatakan":
     a verb joined to its clause's first one shares its subject, not the object between */
  #define JOINERS(X) X("untuk") X("guna") X("demi") X("dan") X("serta") X("lalu") X("kemudian") X("sekaligus") \
    X("sambil") X("seraya")
  WORD_LIST(joiners, JOINERS);
  #undef JOINERS
  size_t j = v;  /* (lalu, kemudian may be adverbs too: the joiner is looked for first) */
  int joined = 0;
  /* ("X menanggapi ancaman atas pesawat Y, dengan mengatakan: …": "dengan" before a meN- verb says how the
     clause's subject acted) */
  int how = v > 0 && word_is(c, v - 1, "dengan") && c->t[v].end - c->t[v].start > 4 &&
            !strncmp(c->text + c->t[v].start, "me", 2);
  while (j > 0 && !(joined = WORD_IN(c, j - 1, joiners) || (how && j == v)) && (classes_at(c, j - 1) & KIMPUT_LEX_ADVERB))
    j--;
  if (joined) {
    who w = clause_subject(c, a, j >= 2 && is_punct(c, j - 2, ",") ? j - 2 : j - 1);  /* ", lalu menegaskan" */
    if (!found(w)) w = place_opening_clause(c, a, j - 1);
    if (found(w)) return w;
    /* ("Pemerintah Moskow menuduh dan berpendapat": a verb (meN-, ber-) right after a name and right
       before "dan" or "serta" is the first verb, its subject a description too; one step back, no further) */
    if (!(unnamed & 2) && j >= 3 && (word_is(c, j - 1, "dan") || word_is(c, j - 1, "serta")) &&
        c->t[j - 2].kind == KIMPUT_TOK_WORD && !(c->t[j - 2].flags & KIMPUT_TOKF_UPPER) &&
        (!strncmp(c->text + c->t[j - 2].start, "me", 2) || !strncmp(c->text + c->t[j - 2].start, "ber", 3))) {
      size_t mi = mention_at(c, c->t[j - 3].start);
      if (mi < c->nm && c->m[mi].end == c->t[j - 3].end) {
        w = subject_before(c, a, j - 2, unnamed | 2);
        if (found(w)) return w;
      }
    }
  }
  who described = described_subject(c, a, v);
  if (found(described)) return described;
  /* "Akun @rina_dewi menulis, …": a social media account right before the verb, by its handle */
  size_t hv = v;
  while (hv > 0 && hv + 3 > v && (classes_at(c, hv - 1) & KIMPUT_LEX_ADVERB)) hv--;  /* ("juga", "pun") */
  if (hv >= 2 && c->t[hv - 2].start >= a && handle_at(c, hv - 2)) {
    who w = NOBODY;
    w.s = c->t[hv - 2].start;
    w.e = c->t[hv - 1].end;
    return w;
  }
  uint32_t vpos = c->t[v].start;
  size_t found = SIZE_MAX, place = SIZE_MAX, object = SIZE_MAX;
  for (size_t mi = mention_at(c, a); mi < c->nm && c->m[mi].start < vpos; mi++) {
    if (c->m[mi].end > vpos || inside_quote(c, c->m[mi].start)) continue;
    /* "Juru bicara Kementerian X mengatakan": the body named inside a description is not its subject,
       nor inside a title the mention stage resolved to the holder introduced with that body ("Sekjen
       PBB menegaskan" after "Sekretaris Jenderal PBB X"; not "Juru bicara Hamas" after a spokesman
       of another side) */
    if (found != SIZE_MAX && c->m[found].form == KIMPUT_MENTION_TITLE &&
        (c->m[found].entity < 0 ||
         (c->m[found].kind == KIMPUT_ENT_PERSON && body_in_introduction(c, c->m[found].entity, mi))) &&
        c->m[mi].start >= c->m[found].start && c->m[mi].end <= c->m[found].end)
      continue;
    if (eligible(c, mi)) {
      /* "Putin, dalam pidatonya di Kremlin, mengatakan": after a preposition, no subject; nor
         inside a phrase of place or time or a relative clause after the person named ("X di
         Gedung Merah Putih KPK menjelaskan", "X yang mendampingi Presiden mengatakan") */
      if (relative_antecedent(c, mi, v)) found = mi;
      else if (after_preposition(c, mi) ||
          (found != SIZE_MAX && c->m[found].kind == KIMPUT_ENT_PERSON && phrase_between(c, found, mi)))
        object = mi;
      else found = mi;
    } else if (c->m[mi].kind == KIMPUT_ENT_PLACE && !c->via_m[mi]) place = mi;
  }
  /* (not whom a verb of meeting or writing reached: "Puluhan seniman menyurati Presiden X untuk menolak ..."
     has an unnamed subject) */
  size_t oj = object != SIZE_MAX ? tok_at(c, mention_first(&c->m[object])) : 0;
  if (found == SIZE_MAX &&
      !(oj > 0 && c->t[oj - 1].kind == KIMPUT_TOK_WORD && (classes_at(c, oj - 1) & KIMPUT_LEX_CONTACT)))
    found = object;
  if (found != SIZE_MAX) found = apposed_head(c, a, found, vpos);
  size_t lo = tok_at(c, a), cs = clause_start(c, lo, v), ti = cs;
  /* "Setelah X menjelaskan, warga desa itu mengatakan": the clause of the verb has
     its own subject in lower case; whoever is named before its comma is not it */
  /* ("Budi, kepada wartawan mengatakan": to whom it was said, no subject of its own) */
  int told = cs < v && word_is(c, cs, "kepada");
  if (found != SIZE_MAX && cs < v && c->m[found].end <= c->t[cs].start && c->t[cs].kind == KIMPUT_TOK_WORD &&
      !(c->t[cs].flags & KIMPUT_TOKF_UPPER) && !(classes_at(c, cs) & (KIMPUT_LEX_ADVERB | KIMPUT_LEX_FUNCTION)) &&
      !told)
    found = place = SIZE_MAX;
  for (size_t dn; ti < v;)  /* (a determiner of two words too: "salah seorang", "salah satu") */
    if ((classes_at(c, ti) & (KIMPUT_LEX_DETERMINER | KIMPUT_LEX_NOT_NAME)) && !(classes_at(c, ti) & KIMPUT_LEX_TITLE))
      ti++;
    else if ((dn = cue_at(c, ti, vpos, KIMPUT_LEX_DETERMINER)) > 1)
      ti += dn;
    else if (ti + 2 < v && word_is(c, ti, "lebih") && word_is(c, ti + 1, "lanjut"))
      ti += 2;  /* ("Lebih lanjut bupati mengungkapkan ...": a connective, no description) */
    else
      break;
  /* (a body named after the title is part of the description: "juru bicara Hamas mengatakan";
     a title after "kepada" is whom it was told: "kepada wartawan mengatakan") */
  /* (and so is a body after a noun for a person, a staff member's or a worker's: "salah seorang staf
     PT X mengaku" is that staff member, not the firm) */
  int member = ti < v && found != SIZE_MAX && (classes_at(c, ti) & KIMPUT_LEX_PERSON_NOUN) &&
               c->m[found].kind != KIMPUT_ENT_PERSON && tok_at(c, mention_first(&c->m[found])) == ti + 1;
  /* ("Budi Santoso, Kepala Dinas X mengatakan": the title is the apposition the mention stage gave
     the person named before it, no comma closing it; the person speaks, not a description) */
  int apposed = ti < v && found != SIZE_MAX && c->m[found].kind == KIMPUT_ENT_PERSON &&
                c->m[found].role_start != KIMPUT_UNSET && c->m[found].role_start > c->m[found].start &&
                c->m[found].role_start <= c->t[ti].start && c->t[ti].start < c->m[found].role_end;
  if (ti < v && !apposed && !(ti > cs && word_is(c, ti - 1, "kepada")) &&
      ((classes_at(c, ti) & KIMPUT_LEX_TITLE) || cue_at(c, ti, vpos, KIMPUT_LEX_TITLE) || member) &&
      (found == SIZE_MAX || c->m[found].end <= c->t[ti].start ||
       (c->m[found].kind != KIMPUT_ENT_PERSON && c->m[found].start > c->t[ti].start))) {
    /* "Seorang pejabat militer berkata": a description */
    int plain = c->t[v - 1].end - c->t[ti].start <= DESC_MAX;
    for (size_t i = ti; i < v && plain; i++) plain = c->t[i].kind == KIMPUT_TOK_WORD;
    /* (no joiner inside: "jaksa mendesak majelis untuk menyatakan" is a clause of its own verb) */
    for (size_t i = ti + 1; i < v && plain; i++) plain = !WORD_IN(c, i, joiners);
    if (plain) {
      /* "pejabat senior X yang enggan disebut namanya": the relative clause says
         more of the speaker, the description ends before it */
      size_t end = v;
      for (size_t i = ti + 1; i < v; i++)
        if (word_is(c, i, "yang")) { end = i; break; }
      /* ("bupati juga menjelaskan": an adverb before the verb is no part of the description) */
      while (end == v && end > ti + 1 && (classes_at(c, end - 1) & KIMPUT_LEX_ADVERB)) end--;
      who w = {-1, c->t[ti].start, c->t[end - 1].end};
      /* "Setelah rapat usai, juru bicara menyampaikan": a bare title, no determiner before it
         (someone new: "Seorang pejabat"), is the holder introduced with it before */
      int det = 0;
      for (size_t i = cs; i < ti && !det; i++) det = (classes_at(c, i) & KIMPUT_LEX_DETERMINER) != 0;
      if (!det && (end == v || !word_is(c, end, "yang")) && cue_at(c, ti, vpos, KIMPUT_LEX_TITLE) == end - ti)
        return fuller_description(c, w, ti, end - ti);
      return w;
    }
  }
  if (found != SIZE_MAX) {
    who b = body_adding(c, found, v);
    return b.ent >= 0 ? b : of_mention(c, found);
  }
  if (place != SIZE_MAX) {  /* "Korea Utara menyalahkan ...": a country as the subject right before its verb */
    size_t k = tok_at(c, c->m[place].end);
    while (k < v && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
    if (k == v) {
      /* "Pemkot Bandung menyatakan": the office of the place speaks, not the place */
      size_t p0 = tok_at(c, c->m[place].start);
      if (p0 > 0 && (c->t[p0 - 1].flags & KIMPUT_TOKF_UPPER) && office_word(c, p0 - 1)) {
        who w = {-1, c->t[p0 - 1].start, c->m[place].end};
        return w;
      }
      /* "Tim pemenangan di Garut menyatakan": a place after a preposition is where,
         not who; "Warga Garut menyatakan": after a plain word, it says whose (the
         description below, when one is wanted) */
      size_t q0 = cs;
      while (q0 < p0 && (classes_at(c, q0) & (KIMPUT_LEX_DETERMINER | KIMPUT_LEX_ADVERB | KIMPUT_LEX_FUNCTION)))
        q0++;
      if (!after_preposition(c, place) && (q0 >= p0 || (classes_at(c, p0 - 1) & KIMPUT_LEX_TITLE)))
        return of_mention(c, place);
    }
  }
  /* "Keduanya mengatakan": the pair named just before */
  size_t pv = v;
  while (pv > cs && (classes_at(c, pv - 1) & KIMPUT_LEX_ADVERB)) pv--;
  if (pv == cs + 1 && word_is(c, cs, "keduanya"))
    return pair_before(c, c->t[cs].start, c->t[cs].start > 1500 ? c->t[cs].start - 1500 : 0);
  /* "Dia lalu menambahkan, …": a pronoun the mention stage tied to nobody named is the unnamed
     speaker of a sentence just before ('Kepala staf itu … "…," katanya.') */
  if (pv == cs + 1 && (word_is(c, cs, "ia") || word_is(c, cs, "dia") || word_is(c, cs, "beliau")) &&
      !inside_quote(c, c->t[cs].start)) {
    who u = unnamed_speaker_before(c, c->t[cs].start);
    if (u.s != KIMPUT_UNSET) return u;
  }
  /* "Seorang warga mengatakan": the determiner is not part of the description */
  while (cs + 1 < v && (classes_at(c, cs) & KIMPUT_LEX_DETERMINER)) cs++;
  if (!(unnamed & 1) || cs >= v || v - cs > 4 || inside_quote(c, c->t[cs].start)) return NOBODY;
  for (size_t i = cs; i < v; i++) {  /* "kelompok pembelot menyebut ..." */
    const kimput_token *t = &c->t[i];
    if (t->kind != KIMPUT_TOK_WORD || (classes_at(c, i) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN))) return NOBODY;
    if (t->end - t->start > 3 && memcmp(c->text + t->end - 3, "nya", 3) == 0) return NOBODY;
    if (i > cs && !(t->start - c->t[i - 1].end <= 1)) return NOBODY;
  }
  who w = {-1, c->t[cs].start, c->t[v - 1].end};
  return w;
}

/* "Seorang tetangga mengaku ...", "Seorang warga, yang enggan disebut namanya, mengatakan ...": a
 * person noun opening the sentence at a after a determiner (someone new: a bare "Korban mengaku"
 * is the victim named before), one lower-case word of it more or a relative clause set off by
 * commas after it, right before the verb at token v (adverbs between): the unnamed speaker it
 * describes, whom a "-nya" cue after the sentence means, not someone named before it; else nobody. */
static who noun_subject(const actx *c, uint32_t a, size_t v) {
  enum { RELATIVE_MAX = 8 };  /* tokens of "yang enggan disebut namanya" and a few more */
  size_t k = tok_at(c, a), k0 = k;
  for (size_t d; k < v && k < k0 + 3 && (d = cue_at(c, k, c->t[v].start, KIMPUT_LEX_DETERMINER)) != 0;)
    k += d;  /* ("Seorang", "Salah seorang", "Salah satu") */
  if (k == k0 || k >= v || c->t[k].kind != KIMPUT_TOK_WORD || !(classes_at(c, k) & KIMPUT_LEX_PERSON_NOUN)) return NOBODY;
  size_t e = k + 1, x;
  if (e < v && c->t[e].kind == KIMPUT_TOK_WORD && !(c->t[e].flags & KIMPUT_TOKF_UPPER) &&
      !(classes_at(c, e) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN | KIMPUT_LEX_ADVERB)))
    e++;  /* ("warga setempat", "pedagang sayur") */
  x = e;
  if (x + 1 < v && is_punct(c, x, ",") && word_is(c, x + 1, "yang")) {
    size_t y = x + 2;
    while (y < v && y < x + RELATIVE_MAX && c->t[y].kind == KIMPUT_TOK_WORD) y++;
    if (y >= v || !is_punct(c, y, ",")) return NOBODY;
    x = y + 1;
  } else if (x + 1 < v && word_is(c, x, "yang")) {
    /* ("Salah seorang warga yang enggan disebutkan namanya membenarkan": the stock clause of the
       withheld name, no commas, closed by "namanya") */
    size_t y = x + 1;
    while (y < v && y < x + RELATIVE_MAX && c->t[y].kind == KIMPUT_TOK_WORD && !word_is(c, y, "namanya")) y++;
    if (y >= v || !word_is(c, y, "namanya")) return NOBODY;
    x = y + 1;
  }
  while (x < v && (classes_at(c, x) & KIMPUT_LEX_ADVERB)) x++;
  if (x != v) return NOBODY;
  who w = {-1, c->t[k].start, c->t[e - 1].end};
  return w;
}

/* "… yang digambarkan oleh KCNA sebagai '…'": the agent after "oleh" and a passive verb (di-) right
 * before the mark at token v, or before "sebagai" there: whose words they are (a person, a body or
 * an outlet; the mentions walked are those of [from, v), a clause's); else nobody. */
static who agent_before_mark(const actx *c, uint32_t from, size_t v) {
  size_t k = v > 0 && word_is(c, v - 1, "sebagai") ? v - 1 : v;  /* (the token after the agent) */
  if (k == 0 || k >= c->nt) return NOBODY;
  uint32_t to = c->t[k - 1].end;
  size_t mi = mention_at(c, from), last = SIZE_MAX;
  for (; mi < c->nm && c->m[mi].start < to; mi++)
    if (c->m[mi].end == to) last = mi;
  if (last == SIZE_MAX || inside_quote(c, c->m[last].start)) return NOBODY;
  const kimput_mention *m = &c->m[last];
  if (m->kind != KIMPUT_ENT_PERSON && m->kind != KIMPUT_ENT_ORG && m->kind != KIMPUT_ENT_OUTLET) return NOBODY;
  size_t j = tok_at(c, mention_first(m));
  if (j < 2 || !word_is(c, j - 1, "oleh")) return NOBODY;
  const kimput_token *p = &c->t[j - 2];
  if (p->kind != KIMPUT_TOK_WORD || (p->flags & KIMPUT_TOKF_UPPER) || p->end - p->start <= 4 ||
      memcmp(c->text + p->start, "di", 2))
    return NOBODY;
  return of_mention(c, last);
}

/* The person (or body: "WHO menetapkan X sebagai '...'") who opens the clause holding token v
 * (after a fronted adverbial), right before a lower-case word: its subject; or nobody. */
static who clause_subject(const actx *c, uint32_t a, size_t v) {
  if (v >= c->nt) return NOBODY;
  size_t lo = tok_at(c, a), cs = clause_start(c, lo, v);
  if (cs >= v) return NOBODY;
  /* "X, di sisi lain, memuji": past a few lower-case words set off by commas, to the subject before them */
  if (cs >= lo + 3 && is_punct(c, cs - 1, ",")) {
    size_t x = cs - 1;
    while (x > lo && x + 5 > cs && c->t[x - 1].kind == KIMPUT_TOK_WORD && !(c->t[x - 1].flags & KIMPUT_TOKF_UPPER)) x--;
    if (x < cs - 1 && x > lo + 1 && is_punct(c, x - 1, ",")) cs = clause_start(c, lo, x - 1);
  }
  uint32_t from = c->t[cs].start, to = c->t[v].start;
  who agent = agent_before_mark(c, from, v);
  if (found(agent)) return agent;
  for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to; mi++) {
    if (c->m[mi].end > to || inside_quote(c, c->m[mi].start)) continue;
    if (!eligible(c, mi) || (c->m[mi].kind != KIMPUT_ENT_PERSON && c->m[mi].kind != KIMPUT_ENT_ORG)) return NOBODY;
    size_t k = tok_at(c, c->m[mi].end);
    if (after_preposition(c, mi)) {
      /* "yang oleh X disebut sebagai '…'": the agent before a passive verb is whose words they are */
      size_t j = tok_at(c, mention_first(&c->m[mi]));
      if (word_is(c, j - 1, "oleh") && k < v && c->t[k].kind == KIMPUT_TOK_WORD &&
          !(c->t[k].flags & KIMPUT_TOKF_UPPER) && c->t[k].end - c->t[k].start > 4 &&
          !memcmp(c->text + c->t[k].start, "di", 2))
        return of_mention(c, mi);
      return NOBODY;
    }
    if (k + 2 < v && is_punct(c, k, "(") && is_punct(c, k + 2, ")")) k += 3;  /* "... Dunia (WHO) menetapkan" */
    /* "X, di sisi lain, memuji": a few lower-case words set off by commas after the subject */
    if (k < v && is_punct(c, k, ",")) {
      size_t x = k + 1;
      while (x < v && x < k + 5 && c->t[x].kind == KIMPUT_TOK_WORD && !(c->t[x].flags & KIMPUT_TOKF_UPPER)) x++;
      if (x > k + 1 && x < v && is_punct(c, x, ",")) k = x + 1;
    }
    while (k < v && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
    if (k >= v || c->t[k].kind != KIMPUT_TOK_WORD || (c->t[k].flags & KIMPUT_TOKF_UPPER)) return NOBODY;
    return of_mention(c, mi);
  }
  return NOBODY;
}

/* The speaker of the latest sentence before si (at most RECENT back) that
 * has one; with no_between, only when no other person is named between that
 * sentence and off. */
#define RECENT 6
static who sentence_subject(const actx *c, size_t si);
static who recent_speaker(const actx *c, size_t si, uint32_t off, int no_between) {
  (void)off;
  size_t k = 1;
  while (k <= RECENT && k <= si && !found(c->said[si - k])) k++;
  if (k > RECENT || k > si) return NOBODY;
  who w = c->said[si - k];
  /* another person opening a sentence in between takes the floor */
  for (size_t j = 1; no_between && j < k; j++) {
    who other = sentence_subject(c, si - j);
    if (other.ent >= 0 && other.ent != w.ent) return NOBODY;
  }
  if (w.ent >= 0) w.s = w.e = KIMPUT_UNSET;  /* named before, not here */
  return w;
}

/* The person a sentence is about: the mention that opens it (after a title
 * chain or a determiner), for a quote that follows with no cue of its own. */
static who sentence_subject(const actx *c, size_t si) {
  uint32_t a = c->s[si].start;
  size_t mi = mention_at(c, a);
  if (mi >= c->nm || c->m[mi].end > c->s[si].end || !eligible(c, mi) || c->m[mi].kind != KIMPUT_ENT_PERSON)
    return NOBODY;
  size_t i = tok_at(c, a), k = tok_at(c, mention_first(&c->m[mi]));
  while (i < k && (c->t[i].kind != KIMPUT_TOK_WORD || (classes_at(c, i) & (KIMPUT_LEX_DETERMINER | KIMPUT_LEX_NOT_NAME))))
    i++;
  return i == k ? of_mention(c, mi) : NOBODY;
}

/* last_cue from the cue candidate *at on (the first at or after the token at a); *at becomes
 * the first candidate ending after b (where the next sentence's walk goes on). */
static int noun_half(const actx *c, size_t v);
static size_t last_cue_from(const actx *c, size_t *at, uint32_t b, size_t *len) {
  size_t best = SIZE_MAX, k = *at;
  const uint32_t cls = KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_ACCORDING | KIMPUT_LEX_CUE_BEFORE;
  size_t next = 0;
  for (size_t i; k < c->ncand && c->t[i = c->cand[k]].end <= b; k++) {
    if (i < next) continue;
    size_t n = cand_cue(c, i, b, cls);
    if (!n && (c->hits[i].nya & KIMPUT_LEX_CUE_ACCORDING)) n = 1;  /* nya_cue of a candidate */
    /* (a half of a noun is no cue: "mengaku bahwa … didalam kata pengantar" reports after "mengaku") */
    if (n && !inside_quote(c, c->t[i].start) && !noun_half(c, i)) { best = i; *len = n; next = i + n; }
  }
  *at = k;
  return best;
}

/* Does token i open a subordinate clause ("Lantaran belum siap, ...", "Jika hujan turun, ...")? */
static int subordinate_opening(const actx *c, size_t i) {
  #define OPENERS(X) X("lantaran") X("karena") X("sebab") X("jika") X("kalau") X("bila") X("apabila") \
    X("meski") X("meskipun") X("walaupun") X("agar") X("supaya") X("setelah") X("sebelum") X("ketika") X("saat")
  WORD_LIST(openers, OPENERS);
  #undef OPENERS
  return i < c->nt && WORD_IN(c, i, openers);
}

/* Are the tokens from first to before the cue v one adjunct of time or place, no clause yet: a
 * preposition opening them ("Pada pekan pertama Juli saja, kata X, ..."), or words of time and
 * function words alone ("Bahkan tahun ini kata X, ..."), with no mark among them but a comma
 * right before the cue? */
static int adjunct_opening(const actx *c, size_t first, size_t v) {
  #define PREPS(X) X("pada") X("dengan") X("dalam") X("di") X("dari") X("sejak") X("selama") X("hingga") \
    X("sampai") X("menjelang") X("untuk") X("bagi") X("terkait") X("mengenai") X("soal") X("tentang")
  WORD_LIST(preps, PREPS);
  #undef PREPS
  #define TIME_WORDS(X) X("tahun") X("bulan") X("minggu") X("pekan") X("hari") X("kini") X("sekarang") \
    X("ini") X("lalu") X("depan") X("nanti") X("kemarin") X("besok") X("pukul") X("jam") X("tadi") X("pagi") \
    X("siang") X("sore") X("malam") X("tepat") X("sekitar") X("wib") X("wita") X("wit")
  WORD_LIST(times, TIME_WORDS);
  #undef TIME_WORDS
  if (first >= v || v > c->nt) return 0;
  int timed = 1;
  for (size_t i = first; i < v; i++) {
    /* ("Tepat pukul 13.00 tadi, kata X, ...", "Pada 10/5 lalu, kata X, ...": a time's or a day's figures) */
    if (c->t[i].kind == KIMPUT_TOK_NUMBER || c->t[i].kind == KIMPUT_TOK_TIME || c->t[i].kind == KIMPUT_TOK_DATE) continue;
    if (c->t[i].kind != KIMPUT_TOK_WORD) {
      if (!(i + 1 == v && is_punct(c, i, ","))) return 0;
    } else if (!(classes_at(c, i) & KIMPUT_LEX_FUNCTION) && !WORD_IN(c, i, times)) {
      timed = 0;
    }
  }
  return timed || WORD_IN(c, first, preps);
}

/* "Dijelaskan Bowo, ...", "Dikatakan kapolres, ...", "Ditambahkannya, ...": a passive cue of reported
 * words opening the sentence at token first, its speaker after it (or its -nya) closed by a comma
 * within a few tokens: it reads as "Menurut". */
static int fronted_passive(const actx *c, size_t first, uint32_t b) {
  if (first + 1 >= c->nt || c->t[first].kind != KIMPUT_TOK_WORD || !passive(c, first) ||
      !(classes_at(c, first) & KIMPUT_LEX_CUE_REPORTING) || c->text[c->t[first].start] != 'D')
    return 0;
  if (ends_nya(c, first)) return is_punct(c, first + 1, ",");
  for (size_t k = first + 1; k < c->nt && k <= first + 8 && c->t[k].end <= b; k++)
    if (is_punct(c, k, ",")) return k > first + 1;
  return 0;
}

/* Does a conditional ("jika", "kalau", "bila", "apabila", "seandainya") stand right before token j,
 * after token lo? */
static int conditional_before(const actx *c, size_t j, size_t lo) {
  #define CONDITIONALS(X) X("jika") X("kalau") X("bila") X("apabila") X("seandainya") X("andaikan")
  WORD_LIST(conditionals, CONDITIONALS);
  #undef CONDITIONALS
  return j > lo && j - 1 < c->nt && WORD_IN(c, j - 1, conditionals);
}

/* "Lantaran belum siap, kata X, jaksa meminta waktu ...": a cue of both kinds (kata, lanjut; or its
 * -nya form) set off by commas inside the sentence from token first, before the last cue v, with its
 * speaker named or -nya right after it: the whole sentence is that speaker's words, a cue after it
 * among them. Its token and length, SIZE_MAX when none. */
static size_t interposed_cue(const actx *c, size_t first, size_t v, size_t *len) {
  enum { SPEAKER_TOKENS = 8 };
  for (size_t k = cand_at(c, first + 1), i; k < c->ncand && (i = c->cand[k]) < v; k++) {
    if (!is_punct(c, i - 1, ",") || inside_quote(c, c->t[i].start)) continue;
    size_t n = cand_cue(c, i, c->t[v].start, KIMPUT_LEX_CUE_ACCORDING), e = i + n;
    if (n && !(classes_at(c, i) & KIMPUT_LEX_CUE_AFTER)) continue;
    if (!n && !nya_cue(c, i, KIMPUT_LEX_CUE_AFTER)) continue;
    if (n) {  /* the speaker's name right after the cue */
      size_t mi = mention_at(c, c->t[e].start);
      if (e >= v || mi >= c->nm || c->m[mi].start != c->t[e].start || c->m[mi].kind != KIMPUT_ENT_PERSON) continue;
      e = tok_at(c, c->m[mi].end);
    } else {
      e = i + 1;
    }
    if (e < v && e < i + SPEAKER_TOKENS && is_punct(c, e, ",")) {
      *len = n ? n : 1;
      return i;
    }
  }
  return SIZE_MAX;
}

/* "Kerja sama kedua negara, kata X, memiliki arti penting.": after the comma closing the speaker at
 * token k, a predicate goes on (a verb of the me- or ber- kind that is no cue, or an auxiliary or a copula):
 * the words before the cue were its subject, no clause of their own ("…, kata X, saat ditemui",
 * "…, kata X, dihubungi wartawan" and "…, kata X, Senin." tell how and when). */
static int predicate_after(const actx *c, size_t k, uint32_t b) {
  #define AUXILIARY(X) X("akan") X("sudah") X("telah") X("masih") X("tidak") X("tak") X("belum") X("harus") \
    X("bisa") X("dapat") X("perlu") X("sangat") X("tetap") X("hanya") X("merupakan") X("adalah") X("menjadi")
  WORD_LIST(auxiliary, AUXILIARY);
  #undef AUXILIARY
  if (k + 1 >= c->nt || !is_punct(c, k, ",") || c->t[k + 1].end > b || c->t[k + 1].kind != KIMPUT_TOK_WORD) return 0;
  /* ("Selain itu, sambung dia, Pemerintah Provinsi (Pemprov) X juga menyiapkan …": a subject of its own, capitalised,
     then the predicate, past an adverb) */
  if (c->t[k + 1].flags & KIMPUT_TOKF_UPPER) {
    size_t j = k + 1;
    while (j < c->nt && j < k + 9 && c->t[j].end <= b &&
           ((c->t[j].kind == KIMPUT_TOK_WORD && (c->t[j].flags & KIMPUT_TOKF_UPPER)) || is_punct(c, j, "()")))
      j++;
    while (j < c->nt && j < k + 12 && c->t[j].end <= b && (classes_at(c, j) & KIMPUT_LEX_ADVERB)) j++;
    if (j >= c->nt || c->t[j].end > b || c->t[j].kind != KIMPUT_TOK_WORD || (c->t[j].flags & KIMPUT_TOKF_UPPER)) return 0;
    k = j - 1;
  }
  if (WORD_IN(c, k + 1, auxiliary)) return 1;
  const char *w = c->text + c->t[k + 1].start;
  size_t n = c->t[k + 1].end - c->t[k + 1].start;
  if (n < 6 || (classes_at(c, k + 1) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_BEFORE))) return 0;
  /* (not how the speaker said it: "…, kata X, berbicara kepada wartawan", "…, dihubungi Senin") */
  #define SPEAKING(X) X("berbicara") X("berkata") X("bertemu") X("berada") X("berkunjung") X("berdialog") \
    X("berpidato") X("bertanya") X("berbincang")
  WORD_LIST(speaking, SPEAKING);
  #undef SPEAKING
  return !strncmp(w, "me", 2) || (!strncmp(w, "ber", 3) && !WORD_IN(c, k + 1, speaking));
}

/* The last cue of speech in [a, b) outside quotes: its token (SIZE_MAX: none) and length. */
static size_t last_cue(const actx *c, uint32_t a, uint32_t b, size_t *len) {
  size_t k = cand_at(c, tok_at(c, a));
  return last_cue_from(c, &k, b, len);
}

/* "X menyampaikan surat belasungkawa kepada Y", "X mengucapkan selamat ...", "X menjawab
 * pertanyaan wartawan": a reporting verb, tokens [v, v + n), whose object is a letter, a
 * greeting, a speech or a question reports no words: it names what was sent or given
 * (doc:events()), and its subject speaks on in the quotes after it that have no cue. A verb
 * of saying takes no such object: after it the letter opens the words ("X mengatakan surat
 * itu dikirim pekan lalu"). */
static int sends_greeting(const actx *c, size_t v, size_t n) {
  #define SAYING(X) X("mengatakan") X("berkata") X("bilang")
  WORD_LIST(saying, SAYING);
  #undef SAYING
  return (classes_at(c, v + n) & KIMPUT_LEX_SENT) && !(n == 1 && WORD_IN(c, v, saying));
}

/* "Ia menambahkan, Raja X menyampaikan ...": a reporting cue followed by a comma
 * or "bahwa" frames the rest of the sentence, so a later cue belongs to the words
 * reported; any reporting cue does when the later one, tokens [v, v + vn), sends a
 * letter or a greeting. The first such cue before token v (SIZE_MAX: none) and its length. */
/* Do tokens [k, v) name the subject of the cue at v, and only it: a name, after at most two
 * lower-case words for a person or a title ("mengatakan terdakwa Rahmat menyatakan ...": the
 * report leaves out "bahwa"), or a body or a place that speaks as a body ("X mengatakan
 * Beijing menolak ...", "X menyebut KPK menyatakan ...")? */
static int subject_of_cue(const actx *c, size_t k, size_t v) {
  /* (words of aspect or frequency between the name and the cue: "X menekankan PBB telah berulang kali
     menyerukan ...") */
  #define ASPECT(X) X("telah") X("sudah") X("akan") X("masih") X("sedang") X("tengah") X("selalu") X("terus") \
    X("sering") X("berulang") X("kali") X("berkali-kali") X("pernah") X("juga") X("kembali")
  WORD_LIST(aspect, ASPECT);
  #undef ASPECT
  size_t k0 = k;
  for (size_t j = 0; j < 2 && k < v && c->t[k].kind == KIMPUT_TOK_WORD && !(c->t[k].flags & KIMPUT_TOKF_UPPER) &&
                     (classes_at(c, k) & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_TITLE));
       j++)
    k++;
  size_t e = v;
  while (e > k + 1 && v - e < 3 && c->t[e - 1].kind == KIMPUT_TOK_WORD && WORD_IN(c, e - 1, aspect)) e--;
  size_t mi = mention_at(c, c->t[k].start);
  if (k >= v || mi >= c->nm || mention_first(&c->m[mi]) != c->t[k].start || c->m[mi].end != c->t[e - 1].end)
    return 0;
  return c->m[mi].kind == KIMPUT_ENT_PERSON || k == k0;
}

/* Do tokens [k, v) open a clause of its own before the cue at v: one to three lower-case nouns, then a word of
 * mood or aspect ("menyebut pemerintah harus memastikan ...", "X menilai warga perlu menyampaikan ...": the
 * report leaves out "bahwa")? */
static int modal_clause(const actx *c, size_t k, size_t v) {
  #define MODALS(X) X("harus") X("perlu") X("wajib") X("mesti") X("bisa") X("dapat") X("akan") X("tidak") X("tak") \
    X("belum") X("sudah") X("telah") X("segera") X("sedang") X("tengah") X("masih")
  WORD_LIST(modals, MODALS);
  #undef MODALS
  size_t j = k;
  while (j < v && j < k + 3 && c->t[j].kind == KIMPUT_TOK_WORD && !(c->t[j].flags & KIMPUT_TOKF_UPPER) &&
         !WORD_IN(c, j, modals) &&
         !(classes_at(c, j) & (KIMPUT_LEX_FUNCTION | KIMPUT_LEX_PRONOUN | KIMPUT_LEX_THAT | LEX_CUE_CLASSES)))
    j++;
  if (j == k || j >= v || !WORD_IN(c, j, modals)) return 0;
  while (j < v && WORD_IN(c, j, modals)) j++;
  return j == v;
}

/* "X mengatakan beberapa jam kemudian bahwa …", "… pada Senin (1/11) bahwa …": words of when alone
 * (a weekday or month, a number, a word of time) between the cue's end at k and a "bahwa" before v,
 * no part of the words; the "bahwa"'s token, or SIZE_MAX. */
static size_t when_then_that(const actx *c, size_t k, size_t v) {
  enum { WHEN_MAX = 8 };
  #define WHEN(X) X("pada") X("hari") X("jam") X("pekan") X("minggu") X("bulan") X("tahun") X("beberapa") \
    X("kemudian") X("lalu") X("kemarin") X("sebelumnya") X("pagi") X("siang") X("sore") X("malam") X("ini") \
    X("waktu") X("setempat")
  WORD_LIST(when, WHEN);
  #undef WHEN
  for (size_t i = k; i < v && i < k + WHEN_MAX && i < c->nt; i++) {
    if (c->t[i].kind == KIMPUT_TOK_WORD && (classes_at(c, i) & KIMPUT_LEX_THAT)) return i > k ? i : SIZE_MAX;
    if (c->t[i].kind != KIMPUT_TOK_WORD && c->t[i].kind != KIMPUT_TOK_QUOTE && !is_punct(c, i, ",.;:")) continue;
    if (c->t[i].kind != KIMPUT_TOK_WORD || !(WORD_IN(c, i, when) || (classes_at(c, i) & KIMPUT_LEX_CALENDAR)))
      return SIZE_MAX;
  }
  return SIZE_MAX;
}

static size_t framing_cue(const actx *c, uint32_t a, size_t v, size_t vn, size_t *len) {
  /* not in a clause that a subordinator opens: "Setelah X menjelaskan, Y mengatakan ..." */
  #define SUBORDINATORS(X) X("setelah") X("sesudah") X("usai") X("seusai") X("selepas") X("sebelum") X("saat") \
    X("ketika") X("sewaktu") X("selain") X("sambil") X("meski") X("meskipun") X("walaupun") X("jika") X("bila") \
    X("apabila") X("karena") X("sejak") X("begitu")
  WORD_LIST(subordinators, SUBORDINATORS);
  #undef SUBORDINATORS
  size_t first = tok_at(c, a);
  if (WORD_IN(c, first, subordinators)) return SIZE_MAX;
  for (size_t k = cand_at(c, first), i; k < c->ncand && (i = c->cand[k]) < v; k++) {
    size_t n = cand_cue(c, i, c->t[v].start, KIMPUT_LEX_CUE_REPORTING);
    if (!n || i + n >= v || inside_quote(c, c->t[i].start)) continue;
    /* (or "akan": "X berjanji akan menyampaikan ..." reports the promise; or anything when the
       later verb reports no words but sends a letter: "X mengatakan Presiden akan membalas surat itu") */
    if (!is_punct(c, i + n, ",") && !(classes_at(c, i + n) & KIMPUT_LEX_THAT) && !word_is(c, i + n, "akan") &&
        !sends_greeting(c, v, vn) && !subject_of_cue(c, i + n, v) && !modal_clause(c, i + n, v) &&
        when_then_that(c, i + n, v) == SIZE_MAX)
      continue;
    /* the cue has a subject of its own: someone named or a pronoun before it */
    size_t mi = mention_at(c, a);
    if (mi >= c->nm || c->m[mi].start >= c->t[i].start) {
      /* (or a bare title right before it: "Lebih lanjut bupati mengungkapkan bahwa ...") */
      size_t h = i;
      while (h > first && (classes_at(c, h - 1) & KIMPUT_LEX_ADVERB)) h--;
      if (h == first || !(classes_at(c, h - 1) & KIMPUT_LEX_TITLE)) return SIZE_MAX;
    }
    *len = n;
    return i;
  }
  return SIZE_MAX;
}

/* The speaker of speech whose cue is tokens [v, v + n). */
static who speaker_for_cue(const actx *c, uint32_t a, size_t v, size_t n, uint32_t b, int unnamed) {
  uint32_t cls = cue_classes(c, v, n, b);
  if (nya_cue(c, v, KIMPUT_LEX_CUE_ACCORDING) && !(cls & KIMPUT_LEX_CUE_ACCORDING)) return clause_nya_person(c, v, a);
  if (cls & KIMPUT_LEX_CUE_ACCORDING) {
    size_t mi;
    int back;
    uint32_t from = c->t[v + n - 1].end;
    who w = named_or_described(c, from, b, c->t[v].start, &mi, &back);
    /* "Menurut seorang pejabat, Kim akan ...": the speaker stands before the comma that
       ends the phrase; a name after it is the words' subject, but for a name set off by
       a second comma ("Menurut Juru Bicara Kemlu, Ahmad Fauzi, ...") */
    size_t k = v + n;
    while (k < c->nt && c->t[k].end <= b && !is_punct(c, k, ",")) k++;
    uint32_t comma = k < c->nt && c->t[k].end <= b ? c->t[k].start : KIMPUT_UNSET;
    if (found(w) && mi != SIZE_MAX) {
      size_t next = tok_at(c, c->m[mi].end);  /* the words go on after the name */
      if (comma != KIMPUT_UNSET && c->m[mi].start > comma && next < c->nt && c->t[next].end <= b &&
          c->t[next].kind == KIMPUT_TOK_WORD)
        w = named_or_described(c, from, comma, c->t[v].start, &mi, &back);
    }
    /* "Menurut sumber yang mengetahui rencana itu, ...": an itu that points back at no one
       met before closes the description, which names no one */
    if (!found(w) && mi == SIZE_MAX && back) {
      uint32_t lim = comma != KIMPUT_UNSET ? comma : b;
      size_t in = mention_at(c, from);
      if (in >= c->nm || c->m[in].start >= lim) w = description_from(c, tok_at(c, from), lim);
    }
    if (found(w)) return w;
  } else if (passive(c, v)) {
    /* "disebutkan oleh KCNA", "yang diklaimnya" */
    size_t k = v + n;
    if (k < c->nt && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
    /* ("dijelaskan secara rinci pada Selasa (4/4) oleh X": a few adjunct tokens before "oleh", no
       comma or mark among them) */
    for (size_t j = k; j < c->nt && j < k + 8 && c->t[j].end <= b && c->t[j].kind != KIMPUT_TOK_QUOTE &&
                       !is_punct(c, j, ",;:") && !word_is(c, j, "yang");
         j++)
      if (word_is(c, j, "oleh")) { k = j; break; }
    if (k < c->nt && c->t[k].end - c->t[k].start == 4 && !memcmp(c->text + c->t[k].start, "oleh", 4)) {
      who w = named_after(c, c->t[k].end, b);
      if (found(w)) return w;
    }
    const kimput_token *t = &c->t[v + n - 1];
    /* "Dijelaskan Bowo, ...": opening the sentence, the speaker stands between the cue and the comma */
    if (v == tok_at(c, a) && n == 1 && !ends_nya(c, v) && fronted_passive(c, v, b)) {
      size_t mi, e = v + 1;
      int back;
      while (e < c->nt && !is_punct(c, e, ",")) e++;
      who w = named_or_described(c, t->end, c->t[e].start, t->start, &mi, &back);
      if (found(w)) return w;
    }
    if (t->end - t->start > 3 && !memcmp(c->text + t->end - 3, "nya", 3)) {
      who w = person_before(c, c->t[v].start, a);
      return found(w) ? w : person_before(c, c->t[v].start, 0);
    }
  }
  return subject_before(c, a, v, unnamed);
}

/* Is there a word among the tokens from k to offset b? */
static int word_after(const actx *c, size_t k, uint32_t b) {
  for (; k < c->nt && c->t[k].end <= b; k++)
    if (c->t[k].kind == KIMPUT_TOK_WORD) return 1;
  return 0;
}

/* "Kim mengatakan Seoul tidak berhak berkomentar.": the sentence's last cue
 * (berkomentar) ends it, a word of the clause reported, or has nobody before
 * it; the first reporting cue before it whose speaker is found frames the
 * sentence. Its token (SIZE_MAX: none), length and speaker. */
static size_t earlier_frame(const actx *c, uint32_t a, size_t v, uint32_t b, size_t *len, who *sp) {
  for (size_t k = cand_at(c, tok_at(c, a)), i; k < c->ncand && (i = c->cand[k]) < v; k++) {
    size_t n = cand_cue(c, i, c->t[v].start, KIMPUT_LEX_CUE_REPORTING);
    if (!n || i + n >= v || passive(c, i) || inside_quote(c, c->t[i].start)) continue;
    /* one clause: "Setelah X menjelaskan, warga mengatakan ..." is no frame of X's */
    size_t p = i + n;
    while (p < v && !is_punct(c, p, ",;:")) p++;
    if (p < v) return SIZE_MAX;
    who w = speaker_for_cue(c, a, i, n, b, 0);
    if (!found(w)) continue;
    *len = n;
    *sp = w;
    return i;
  }
  return SIZE_MAX;
}

/* "X mengatakan hal tersebut kepada wartawan": a recap phrase at token k that is the
 * verb's object (the clause or a phrase of where, when or to whom after it), not the
 * subject of words reported ("X mengatakan hal tersebut dilakukan ..."): its length, 0. */
static size_t recap_object(const actx *c, size_t k, uint32_t end) {
  #define AFTER_OBJECT(X) X("kepada") X("pada") X("di") X("saat") X("ketika") X("usai") X("seusai") X("dalam") \
    X("melalui") X("lewat") X("seperti") X("sebagaimana") X("sebelum") X("setelah") X("sesuai") X("kemarin") \
    X("dengan") X("sambil") X("sembari")
  WORD_LIST(after_object, AFTER_OBJECT);
  #undef AFTER_OBJECT
  size_t r = cue_at(c, k, end, KIMPUT_LEX_CUE_RECAP);
  if (!r) return 0;
  size_t j = k + r;
  if (j >= c->nt || c->t[j].start >= end || c->t[j].kind == KIMPUT_TOK_PUNCT) return r;
  return WORD_IN(c, j, after_object) ? r : 0;
}

/* "Ade menyebutkan kesepakatan lainnya dengan pimpinan fraksi.", "X mengakui kemerdekaan republik itu",
 * "X menyampaikan kekhawatiran Indonesia terhadap pengumuman tersebut.": an object at w, right after a
 * verb that names things as often as it reports words (not "mengatakan"), that is a noun
 * made with ke-…-an or pe(N/r)-…-an, and no predicate after it up to to (no word of meN-, di-, ber-,
 * ter-, no auxiliary, no comma, no determiner with more words after it: "kebakaran itu besar" is a
 * clause) names a thing: no words are reported. */
static int noun_object(const actx *c, size_t w, uint32_t to) {
  #define PREDICATE(X) X("akan") X("telah") X("sudah") X("harus") X("bisa") X("dapat") X("adalah") X("merupakan") \
    X("tidak") X("tak") X("belum") X("masih") X("sedang") X("perlu") X("mampu") X("ialah") X("yakni") X("yaitu") \
    X("bukan") X("sangat") X("cukup") X("yang") X("agar") X("supaya") X("jika") X("karena")
  WORD_LIST(predicate, PREDICATE);
  #undef PREDICATE
  #define NOT_VERB(X) X("terhadap") X("tersebut") X("termasuk") X("terutama") X("terkait") X("tertentu")
  WORD_LIST(not_verb, NOT_VERB);
  #undef NOT_VERB
  const kimput_token *t = &c->t[w];
  const char *s = c->text + t->start;
  size_t n = t->end - t->start;
  if (t->kind != KIMPUT_TOK_WORD || (t->flags & KIMPUT_TOKF_UPPER) || n < 8 || memcmp(s + n - 2, "an", 2) ||
      !(s[0] == 'k' || s[0] == 'p') || s[1] != 'e')
    return 0;
  for (size_t i = w + 1; i < c->nt && c->t[i].end <= to; i++) {
    const kimput_token *u = &c->t[i];
    if (u->kind == KIMPUT_TOK_QUOTE || is_punct(c, i, ",;:")) return 0;
    if (u->kind != KIMPUT_TOK_WORD || (u->flags & KIMPUT_TOKF_UPPER)) continue;
    const char *x = c->text + u->start;
    size_t m = u->end - u->start;
    if (WORD_IN(c, i, predicate) || (classes_at(c, i) & (LEX_CUE_CLASSES | KIMPUT_LEX_THAT))) return 0;
    if (m >= 5 && (!strncmp(x, "me", 2) || !strncmp(x, "di", 2) || !strncmp(x, "ber", 3) || !strncmp(x, "ter", 3)) &&
        !WORD_IN(c, i, not_verb))
      return 0;
    if ((classes_at(c, i) & KIMPUT_LEX_DESC_END) && i + 1 < c->nt && c->t[i + 1].end <= to &&
        c->t[i + 1].kind == KIMPUT_TOK_WORD)
      return 0;
  }
  return 1;
}

/* A recap phrase of r tokens at k that tells of words like those before, not the same
 * ones ("Hal senada disampaikan Y", "Y mengatakan hal serupa"): Y's own view follows,
 * the quote before stays its speaker's. */
static int similar_recap(const actx *c, size_t k, size_t r) {
  #define SIMILAR(X) X("senada") X("serupa") X("sama")
  WORD_LIST(similar, SIMILAR);
  #undef SIMILAR
  for (size_t j = k; j < k + r; j++)
    if (WORD_IN(c, j, similar)) return 1;
  return 0;
}

/* '"…" Hal itu disampaikan Kepala Dinas X.': the sentence right after a quote
 * that ends its own sentence opens with a recap phrase and a passive
 * reporting verb; the speaker is its agent. The cue's tokens go to *cue, *n. */
static who recap_after(const actx *c, size_t ci, uint32_t close, size_t *cue, size_t *n) {
  if (ci + 1 >= c->ns) return NOBODY;
  const kimput_sentence *next = &c->s[ci + 1];
  size_t i = tok_at(c, close);
  if (i >= c->nt || c->t[i].start < next->start) {  /* only marks and stops between */
    for (; i < c->nt && c->t[i].start < next->start; i++)
      if (c->t[i].kind == KIMPUT_TOK_WORD || c->t[i].kind == KIMPUT_TOK_NUMBER) return NOBODY;
  }
  i = tok_at(c, next->start);
  size_t r = cue_at(c, i, next->end, KIMPUT_LEX_CUE_RECAP);
  /* "Imbauan tersebut disampaikan X": any noun that a demonstrative closes recaps the words
     when a passive reporting verb follows (checked below), not a name ("Budi itu") */
  if (!r && i + 1 < c->nt && c->t[i].kind == KIMPUT_TOK_WORD && c->t[i + 1].end <= next->end &&
      (classes_at(c, i + 1) & KIMPUT_LEX_DESC_END)) {
    size_t mi = mention_at(c, c->t[i].start);
    if (mi >= c->nm || c->m[mi].start != c->t[i].start) r = 2;
  }
  if (!r) {
    /* "Kapolres X mengatakan hal tersebut kepada wartawan": the active form, a reporting verb
       whose object is the recap phrase; the speaker is its subject */
    for (size_t j = i + 1; j < c->nt && j < i + 12 && c->t[j].end <= next->end; j++) {
      size_t m = cue_at(c, j, next->end, KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_BEFORE);
      size_t ro;
      if (!m || j + m >= c->nt || !(ro = recap_object(c, j + m, next->end))) continue;
      if (similar_recap(c, j + m, ro)) return NOBODY;
      who w = speaker_for_cue(c, next->start, j, m, next->end, 0);
      if (found(w)) { *cue = j; *n = m; }
      return w;
    }
    return NOBODY;
  }
  if (similar_recap(c, i, r)) return NOBODY;
  /* '"…"¶Begitu kata X.', 'Kalimat itu keluar dari mulut X': the cue after an adverb of
     recap, or the words' coming out of someone's mouth, names the speaker as a passive does */
  #define MOUTH(X) X("keluar") X("terlontar") X("meluncur") X("terucap")
  WORD_LIST(mouth, MOUTH);
  #undef MOUTH
  size_t j = i + r, m = 0;
  if (j < c->nt && c->t[j].end <= next->end) {
    if (r == 1 && (classes_at(c, i) & KIMPUT_LEX_ADVERB)) m = cue_at(c, j, next->end, KIMPUT_LEX_CUE_AFTER);
    else if (WORD_IN(c, j, mouth) && (m = cue_at(c, j + 1, next->end, KIMPUT_LEX_CUE_AFTER))) m++;
  }
  if (m) {
    uint32_t from = c->t[j + m - 1].end, to = next->end;
    if (to > from + AFTER_REACH) to = from + AFTER_REACH;
    who w = named_after(c, from, to);
    if (found(w)) { *cue = j; *n = m; }
    return w;
  }
  for (j = i + r; j < c->nt && j < i + r + 4 && c->t[j].end <= next->end; j++) {
    m = cue_at(c, j, next->end, KIMPUT_LEX_CUE_REPORTING);
    if (!m || !passive(c, j)) continue;
    uint32_t from = c->t[j + m - 1].end, to = next->end;
    if (to > from + AFTER_REACH) to = from + AFTER_REACH;
    who w = named_after(c, from, to);
    if (found(w)) { *cue = j; *n = m; }
    return w;
  }
  return NOBODY;
}

/* ------------------------------------------------------------ is it a term? */

/* A quoted name or title: 1 to 8 words, each capitalised (or a number)
 * but for small words (dan, of, the). */
static int is_term(const actx *c, uint32_t a, uint32_t b) {
  int words = 0, caps = 0;
  for (size_t i = tok_at(c, a); i < c->nt && c->t[i].end <= b; i++) {
    const kimput_token *t = &c->t[i];
    if (t->kind == KIMPUT_TOK_PUNCT || t->kind == KIMPUT_TOK_QUOTE || t->kind == KIMPUT_TOK_SYMBOL) continue;
    if (++words > 8) return 0;
    unsigned char ch = (unsigned char)c->text[t->start];
    if ((t->flags & KIMPUT_TOKF_UPPER) || (ch >= '0' && ch <= '9') || ch >= 0x80) caps++;
    else if (!(classes_at(c, i) & (KIMPUT_LEX_TERM_WORD | KIMPUT_LEX_CONNECTOR | KIMPUT_LEX_PARTICLE))) return 0;
  }
  return words > 0 && caps > 0;
}

/* 'secara "year on year" (yoy)', '"Rencana Aksi Daerah" (RAD)': words in marks right before their short
 * form in brackets, the initials of the words (two to five), are a term the text defines, nobody's words
 * ('"sangat bagus" (sic)' stays someone's). */
static int defined_term(const actx *c, const kimput_quote *q) {
  size_t k = tok_at(c, q->close);
  if (k + 2 >= c->nt || !is_punct(c, k, "(") || c->t[k].start - q->close > 1 || c->t[k + 1].kind != KIMPUT_TOK_WORD ||
      !is_punct(c, k + 2, ")"))
    return 0;
  const char *abbr = c->text + c->t[k + 1].start;
  size_t n = c->t[k + 1].end - c->t[k + 1].start, words = 0;
  if (n < 2 || n > 5) return 0;
  for (size_t i = tok_at(c, q->start); i < c->nt && c->t[i].end <= q->end; i++) {
    if (c->t[i].kind != KIMPUT_TOK_WORD) continue;
    unsigned char w = (unsigned char)c->text[c->t[i].start], a = words < n ? (unsigned char)abbr[words] : 0;
    if (words >= n || (w | 0x20) != (a | 0x20)) return 0;
    words++;
  }
  return words == n;
}

/* 'Presiden Joko "Jokowi" Widodo': one or two capitalised words in marks between two parts of a
 * name, on one line, are the person's nickname, nobody's words. */
static int nickname(const actx *c, const kimput_quote *q) {
  size_t o = tok_at(c, q->open), k = tok_at(c, q->close), words = 0;
  if (o == 0 || o >= c->nt || k >= c->nt) return 0;
  if (c->t[k].start == q->close && c->t[k].kind != KIMPUT_TOK_WORD) k++;
  const kimput_token *before = &c->t[o - 1], *after = k < c->nt ? &c->t[k] : NULL;
  if (!after || before->kind != KIMPUT_TOK_WORD || !(before->flags & KIMPUT_TOKF_UPPER) || q->open - before->end > 1 ||
      after->kind != KIMPUT_TOK_WORD || !(after->flags & KIMPUT_TOKF_UPPER) || (after->flags & KIMPUT_TOKF_NEWLINE) ||
      after->start - q->close > 4)
    return 0;
  for (size_t i = tok_at(c, q->start); i < c->nt && c->t[i].end <= q->end; i++) {
    if (c->t[i].kind != KIMPUT_TOK_WORD || !(c->t[i].flags & KIMPUT_TOKF_UPPER) || ++words > 2) return 0;
  }
  return words > 0;
}

/* 'menjuluki jalan itu "jalan maut"', 'bertajuk "Bersih Desa"', 'dengan slogan "Maju
 * Bersama"': a word that names or labels something, up to four words before the mark at
 * offset open (from a), makes the marked words that name, nobody's words. */
static int named_term(const actx *c, uint32_t a, uint32_t open) {
  #define NAMING(X) X("menjuluki") X("dijuluki") X("julukan") X("berjuluk") X("bertajuk") X("berjudul") \
    X("bernama") X("dinamai") X("dinamakan") X("bertema") X("bertemakan") X("istilah") X("sebutan") \
    X("slogan") X("semboyan") X("motto") X("moto") X("jargon") X("tagar") X("tajuk") X("judul") X("tema") \
    X("diistilahkan") X("menamai") X("menamakan")
  WORD_LIST(naming, NAMING);
  #undef NAMING
  size_t k = tok_at(c, open);
  for (size_t j = k; j > 0 && j + 4 > k && c->t[j - 1].start >= a; j--)
    if (c->t[j - 1].end - c->t[j - 1].start >= 4 && WORD_IN(c, j - 1, naming)) return 1;
  return 0;
}

/* Inside words quoted, a word of calling right before the mark at offset open (from a): "Warga
 * menyebutnya 'banjir kiriman'", "yang disebut 'jalur tikus'" (at the top level "X menyebutnya
 * '...'" quotes X's words). */
static int called_before(const actx *c, uint32_t a, uint32_t open) {
  #define CALLING(X) X("menyebutnya") X("disebut") X("istilahnya") X("dikenal") X("menamainya")
  WORD_LIST(calling, CALLING);
  #undef CALLING
  size_t k = tok_at(c, open);
  return k > 0 && c->t[k - 1].start >= a && WORD_IN(c, k - 1, calling);
}

/* "Warga menyebut fenomena itu 'pagar laut'": the cue at token v is "menyebut" with the thing named
 * between it and the quote q, of TERM_WORDS words at most, and its subject, the speaker found at
 * [s, e), a crowd no one speaks for (warga, para nelayan, warganet setempat): what people call the
 * thing, a term. */
static int crowd_names(const actx *c, size_t v, const kimput_quote *q, uint32_t s, uint32_t e) {
  #define CROWD(X) X("masyarakat") X("warganet") X("netizen") X("publik") X("khalayak") X("orang") \
    X("setempat") X("sekitar")
  WORD_LIST(crowd, CROWD);
  #undef CROWD
  size_t o = tok_at(c, q->open), words = 0;
  if (!word_is(c, v, "menyebut") || o < v + 2 || s == KIMPUT_UNSET || e <= s) return 0;
  for (size_t k = tok_at(c, q->start); k < c->nt && c->t[k].start < q->end && words <= TERM_WORDS; k++)
    words += c->t[k].kind == KIMPUT_TOK_WORD;
  if (words > TERM_WORDS) return 0;
  size_t nouns = 0;
  for (size_t k = tok_at(c, s); k < c->nt && c->t[k].start < e; k++) {
    if (c->t[k].kind != KIMPUT_TOK_WORD) return 0;
    uint32_t cls = classes_at(c, k);
    if (!(cls & (KIMPUT_LEX_PERSON_NOUN | KIMPUT_LEX_DETERMINER)) && !WORD_IN(c, k, crowd)) return 0;
    nouns += !(cls & KIMPUT_LEX_DETERMINER);
  }
  return nouns > 0;
}

static int has_word(const actx *c, uint32_t a, uint32_t b) {
  for (uint32_t i = a; i < b; i++) {
    unsigned char ch = (unsigned char)c->text[i];
    if ((ch >= '0' && ch <= '9') || ((ch | 32) >= 'a' && (ch | 32) <= 'z') || ch >= 0x80) return 1;
  }
  return 0;
}

/* ------------------------------------------------------------ results */

static kimput_attribution *push(actx *c) {
  struct quote_set *o = c->out;
  if (c->failed) return NULL;
  if (o->n == o->cap) {
    size_t cap = o->cap ? o->cap * 2 : 32;
    kimput_attribution *v = realloc(o->v, cap * sizeof *v);
    if (!v) { c->failed = 1; return NULL; }
    o->v = v;
    o->cap = cap;
  }
  kimput_attribution *a = &o->v[o->n++];
  memset(a, 0, sizeof *a);
  a->cue_start = a->cue_end = a->speaker_start = a->speaker_end = KIMPUT_UNSET;
  a->speaker = a->via = -1;
  return a;
}

static void set_speaker(kimput_attribution *a, who w) {
  a->speaker = w.ent;
  a->speaker_start = w.s;
  a->speaker_end = w.e;
}

static int same_speaker(const kimput_attribution *a, int32_t ent) { return ent >= 0 && a->speaker == ent; }

/* A description that names an organisation or outlet: "Jubir KPK", "juru bicara Kremlin". */
static int names_body(const actx *c, who w) {
  for (size_t mi = mention_at(c, w.s); mi < c->nm && c->m[mi].start < w.e; mi++)
    if ((c->m[mi].kind == KIMPUT_ENT_ORG || c->m[mi].kind == KIMPUT_ENT_OUTLET) && c->m[mi].end <= w.e) return 1;
  return 0;
}


/* "Menurut rencana, ...", "menurut jadwal": a description of no one, a plan, a record or a
 * reckoning (one named with it, "menurut data BPS", speaks) */
static int no_agent(const actx *c, who w) {
  #define RECORDS(X) X("rencana") X("jadwal") X("data") X("catatan") X("informasi") X("hasil") X("survei") \
    X("perhitungan") X("perkiraan") X("prakiraan") X("prediksi") X("kalender") X("ketentuan") X("aturan") \
    X("peraturan") X("agenda") X("sejarah") X("tradisi") X("kabar") X("laporan") X("keterangan")
  WORD_LIST(records, RECORDS);
  #undef RECORDS
  /* ("Menurut lapangan usaha, sektor jasa tumbuh …": the parts a figure is broken down by, in lower case) */
  #define BREAKDOWNS(X) X("lapangan") X("sektor") X("kelompok") X("komponen") X("jenis") X("kategori") \
    X("wilayah") X("golongan") X("provinsi") X("pulau") X("daerah") X("usia") X("umur") X("pengeluaran")
  WORD_LIST(breakdowns, BREAKDOWNS);
  #undef BREAKDOWNS
  if (w.ent >= 0 || w.s == KIMPUT_UNSET) return 0;
  size_t i = tok_at(c, w.s);
  if (i < c->nt && WORD_IN(c, i, breakdowns) && !(c->t[i].flags & KIMPUT_TOKF_UPPER)) {
    size_t k = i + 1;
    while (k < c->nt && c->t[k].end <= w.e && c->t[k].kind == KIMPUT_TOK_WORD && !(c->t[k].flags & KIMPUT_TOKF_UPPER) &&
           k < i + 3)
      k++;
    if (k >= c->nt || c->t[k].start >= w.e) return 1;
  }
  if (i >= c->nt || !WORD_IN(c, i, records)) return 0;
  /* (the noun alone, or with a word of which kind: "rencana awal", "data sementara"; "keterangan
     saksi" has a speaker) */
  #define WHICH(X) X("awal") X("resmi") X("sementara") X("terbaru") X("terakhir") X("semula") X("itu") X("tersebut")
  WORD_LIST(which, WHICH);
  #undef WHICH
  for (size_t k = i + 1; k < c->nt && c->t[k].end <= w.e; k++)
    if (!WORD_IN(c, k, which)) return 0;
  return 1;
}

/* "mengatakan kepada wartawan bahwa ...", "menegaskan kepada Antara di Jakarta, Senin, ...":
 * whom the words were told is no part of them. From token k (right after the cue), the
 * "bahwa" that opens the words (within 16 tokens), else the token after the first comma
 * (within 8); k itself when k is no "kepada"/"pada" or neither follows. After a word of
 * where or how (dalam, saat, melalui), only a "bahwa" before any comma. */
static size_t past_addressee(const actx *c, size_t k, uint32_t to) {
  #define TOLD(X) X("kepada") X("pada")
  WORD_LIST(told, TOLD);
  #undef TOLD
  /* "mengatakan dalam sebuah pernyataan bahwa ...", "menegaskan saat ditemui di kantornya bahwa
     ...": where or how they were said, the "bahwa" (within 10 tokens) opens the words */
  #define SAID_HOW(X) X("dalam") X("melalui") X("lewat") X("saat") X("ketika") X("usai") X("seusai") X("di")
  WORD_LIST(said_how, SAID_HOW);
  #undef SAID_HOW
  if (k < c->nt && c->t[k].end <= to && WORD_IN(c, k, said_how)) {
    for (size_t x = k + 1; x < c->nt && x < k + 10 && c->t[x].end <= to && !is_punct(c, x, ",.;"); x++)
      if (classes_at(c, x) & KIMPUT_LEX_THAT) return x;
    return k;
  }
  if (k < c->nt && c->t[k].end <= to) {  /* ("mengatakan beberapa jam kemudian bahwa …": when, no words) */
    size_t w = when_then_that(c, k, tok_at(c, to));
    if (w != SIZE_MAX) return w;
  }
  if (k >= c->nt || c->t[k].end > to || !WORD_IN(c, k, told)) return k;
  size_t comma = SIZE_MAX;
  for (size_t x = k + 1; x < c->nt && x < k + 16 && c->t[x].end <= to; x++) {
    if (classes_at(c, x) & KIMPUT_LEX_THAT) return x;
    if (comma == SIZE_MAX && x < k + 8 && is_punct(c, x, ",")) comma = x;
  }
  if (comma == SIZE_MAX || comma + 1 >= c->nt || c->t[comma + 1].end > to) return k;
  return comma + 1;
}

/* "X mengatakan dengan tegas bahwa ...", "X menjawab dengan nada tinggi, ...": the
 * manner, from the "dengan" at k right after the cue, is no part of the words, which
 * open at a "bahwa" or after a comma within 8 tokens; SIZE_MAX when neither comes
 * ("X membalas dengan surat", "menjawab dengan senyuman."): no words reported. */
static size_t past_manner(const actx *c, size_t k, uint32_t to) {
  for (size_t x = k + 1; x < c->nt && x < k + 8 && c->t[x].end <= to; x++) {
    if (classes_at(c, x) & KIMPUT_LEX_THAT) return x;
    if (is_punct(c, x, ",")) return x + 1 < c->nt && c->t[x + 1].end <= to ? x + 1 : SIZE_MAX;
    if (c->t[x].kind == KIMPUT_TOK_PUNCT) break;
  }
  return SIZE_MAX;
}

/* "Juru bicara itu menambahkan, ...": a description closed by itu/tersebut,
 * the subject of the sentence at a, is the unnamed holder of that title met
 * before (a title mention naming nobody whose role opens with the same word),
 * as that role; else sp as it is. */
static who described_before(const actx *c, uint32_t a, who sp) {
  if (sp.ent >= 0 || sp.s == KIMPUT_UNSET || sp.e == KIMPUT_UNSET) return sp;
  size_t after = tok_at(c, sp.e), first = tok_at(c, sp.s);
  /* (the demonstrative after the description, or closing its span: "politikus Gerindra itu") */
  size_t dem = after < c->nt && (classes_at(c, after) & KIMPUT_LEX_DESC_END) ? after : SIZE_MAX;
  if (dem == SIZE_MAX && after > first + 1 && after - 1 < c->nt && (classes_at(c, after - 1) & KIMPUT_LEX_DESC_END))
    dem = after - 1;
  if (dem == SIZE_MAX || body_closed(c, dem)) return sp;
  size_t mi = mention_at(c, a);
  for (int k = 0; mi > 0 && k < BACK_MENTIONS; k++) {
    const kimput_mention *m = &c->m[--mi];
    if (m->kind != KIMPUT_ENT_PERSON || m->entity >= 0 || m->form != KIMPUT_MENTION_TITLE ||
        m->role_start == KIMPUT_UNSET)
      continue;
    if (same_word(c, tok_at(c, m->role_start), first)) {
      who w = {-1, m->role_start, m->role_end};
      return w;
    }
  }
  /* "Politikus Partai Golkar itu menilai ...", opening its sentence (after a connective:
     "Sementara itu, politikus ...", no person named between): the person named last before
     it, as after a cue ("kata politikus PDIP itu") */
  int opening = 1;
  for (size_t k = mention_at(c, a); opening && k < c->nm && c->m[k].start < sp.s; k++)
    opening = c->m[k].kind != KIMPUT_ENT_PERSON;
  if (opening)
    for (size_t mj = mention_at(c, a), k = 0; mj > 0 && k < BACK_MENTIONS; k++) {
      const kimput_mention *m = &c->m[--mj];
      if (m->kind == KIMPUT_ENT_PERSON && m->entity >= 0 && m->end <= a) {
        who w = {m->entity, sp.s, sp.e};
        /* (not one introduced with another office: "Menteri X …. Juru bicara itu menambahkan") */
        return other_office(c, w, description_head(c, first, sp.e)) ? sp : w;
      }
    }
  return sp;
}

/* The speaker's mention was met before, holds a title or is a pronoun. */
static int speaker_known(const actx *c, who sp) {
  size_t mi = sp.s != KIMPUT_UNSET ? mention_at(c, sp.s) : c->nm;
  if (mi >= c->nm || c->m[mi].start != sp.s) return 0;
  const kimput_mention *m = &c->m[mi];
  /* (a one-word name said again is met before too: "Walikota K, Asrun, … Lanjut Asrun, …") */
  return (m->flags & KIMPUT_MENTIONF_RESOLVED) || m->form == KIMPUT_MENTION_PRONOUN ||
         (m->role_start != KIMPUT_UNSET && m->role_start < m->start) ||
         (m->entity >= 0 && c->e[m->entity].first_mention < mi);
}

/* "X menolak berkomentar soal ...", "X enggan menjelaskan ...", "X menolak merinci ...":
 * speech refused reports no words (the cue at v after a word of refusal, or the
 * refusal itself before a verb of saying or telling: me-, ber-); nor does speech
 * denied ("X tidak menjelaskan materi pemeriksaan", "belum mengumumkan", "belum dapat memastikan"). */
static int refused(const actx *c, size_t v) {
  #define REFUSING(X) X("menolak") X("enggan") X("ogah") X("emoh")
  WORD_LIST(refusing, REFUSING);
  #undef REFUSING
  /* (a denial denied is words granted: "X tidak membantah bahwa ...") */
  #define DENYING(X) X("membantah") X("menampik") X("menyangkal") X("memungkiri") X("menepis")
  WORD_LIST(denying, DENYING);
  #undef DENYING
  /* (a word of ability or will between: "belum dapat memastikan", "tidak bisa menjelaskan", "tidak
     bersedia berkomentar"; of measure or time: "tidak banyak berkomentar", "tidak pernah menyebut") */
  #define ABLE(X) X("dapat") X("bisa") X("mampu") X("ingin") X("hendak") X("sempat") X("bersedia") X("berkenan") \
    X("banyak") X("pernah")
  WORD_LIST(able, ABLE);
  #undef ABLE
  size_t neg = v > 1 && WORD_IN(c, v - 1, able) ? v - 2 : v - 1;
  /* (and the spoken negations: "Ia enggak berkomentar", "nggak", "gak", "ndak") */
  #define NEGATION(X) X("tidak") X("tak") X("belum") X("enggak") X("nggak") X("gak") X("ndak")
  WORD_LIST(negation, NEGATION);
  #undef NEGATION
  if (v > 0 && WORD_IN(c, neg, negation) &&
      !WORD_IN(c, v, denying))
    return 1;
  if (v > 0 && (WORD_IN(c, v - 1, refusing) ||
                (v > 1 && word_is(c, v - 1, "mau") && (word_is(c, v - 2, "tidak") || word_is(c, v - 2, "tak")))))
    return 1;
  if (!WORD_IN(c, v, refusing) || v + 1 >= c->nt || c->t[v + 1].kind != KIMPUT_TOK_WORD) return 0;
  const char *w = c->text + c->t[v + 1].start;
  size_t n = c->t[v + 1].end - c->t[v + 1].start;
  return n > 4 && ((w[0] == 'm' && w[1] == 'e') || (w[0] == 'b' && w[1] == 'e' && w[2] == 'r'));
}

/* Does the cue at v tell words still to come, not said: "akan" right before it ("baru akan", "segera"
 * maybe between) and no "bahwa", comma or colon after it ("Komisi akan mengumumkan hasil seleksi itu",
 * "Polisi baru akan menyampaikan hasilnya besok"; "Ia akan menyampaikan bahwa …" reports the clause)? */
static int planned(const actx *c, size_t v, size_t n) {
  size_t k = v;
  if (k > 0 && word_is(c, k - 1, "segera")) k--;
  if (k == 0 || !word_is(c, k - 1, "akan")) return 0;
  size_t after = v + n;  /* (the cue may hold its "bahwa": "menyampaikan bahwa") */
  if (n > 1 && (classes_at(c, after - 1) & KIMPUT_LEX_THAT)) return 0;
  return !(after < c->nt && (is_punct(c, after, ",:") || (classes_at(c, after) & KIMPUT_LEX_THAT)));
}

/* "X yang biasa menyebut dirinya Raja Jalanan", "Dia menimpali omongan Budi.": the cue at v
 * names its own subject (a verb of naming, "dirinya", a capitalised name) or has only another's
 * words as its object (a noun of speech, a name, the sentence's stop): no words reported. */
static int object_only(const actx *c, size_t v) {
  #define NAMING(X) X("menyebut") X("menyebutkan") X("menamai") X("menamakan") X("menjuluki")
  WORD_LIST(naming, NAMING);
  #undef NAMING
  #define WORDS_OF(X) X("omongan") X("ucapan") X("perkataan") X("celoteh") X("celotehan")
  WORD_LIST(words_of, WORDS_OF);
  #undef WORDS_OF
  if (v + 2 >= c->nt) return 0;
  if (WORD_IN(c, v, naming) && (word_is(c, v + 1, "dirinya") || word_is(c, v + 1, "diri")) &&
      c->t[v + 2].kind == KIMPUT_TOK_WORD && (c->t[v + 2].flags & KIMPUT_TOKF_UPPER))
    return 1;
  if (!WORD_IN(c, v + 1, words_of)) return 0;
  size_t k = v + 2;  /* (the name: capitalised words, three at most, then the stop) */
  while (k < c->nt && k < v + 5 && c->t[k].kind == KIMPUT_TOK_WORD && (c->t[k].flags & KIMPUT_TOKF_UPPER)) k++;
  return k > v + 2 && k < c->nt && is_punct(c, k, ".");
}

/* "X mengaku akan segera bicara untuk menanggapi tudingan itu": a cue verb after "untuk", the aim of a plan
 * ("akan" at most four words before it), is no clause of saying: the cue before it reports. */
static int aim_of_plan(const actx *c, size_t v) {
  if (v < 3 || !word_is(c, v - 1, "untuk")) return 0;
  for (size_t j = v - 1; j > 0 && j + 5 >= v && c->t[j - 1].kind == KIMPUT_TOK_WORD; j--)
    if (word_is(c, j - 1, "akan")) return 1;
  return 0;
}

/* "X profesional dalam mengungkap kasus", "Polisi berhasil mengungkap jaringan": a cue verb right
 * after "dalam" or a word of effort is an adjunct's or an achievement's verb, no clause of saying
 * ("untuk menolak rencana itu" after a letter is its writer's stand: kept); so is one after a passive
 * of a task or a hope ("ditarget mengungkap", "diminta menjelaskan": what someone is to do). */
static int purpose_verb(const actx *c, size_t v) {
  #define PURPOSE(X) X("dalam") X("didalam") X("berhasil") X("berupaya") X("upaya") X("saling") X("ditarget") \
    X("ditargetkan") X("diminta") X("diharapkan") X("ditugaskan") X("diperintahkan") X("dituntut")
  WORD_LIST(purpose, PURPOSE);
  #undef PURPOSE
  /* ("punya waktu untuk menjelaskan ...", "diberi kesempatan untuk menyampaikan ...": the time or the
     chance to speak, no words said; "waktu banyak untuk" too) */
  #define CHANCE(X) X("waktu") X("kesempatan") X("peluang")
  WORD_LIST(chance, CHANCE);
  #undef CHANCE
  if (v > 1 && word_is(c, v - 1, "untuk") &&
      (WORD_IN(c, v - 2, chance) || (v > 2 && word_is(c, v - 2, "banyak") && WORD_IN(c, v - 3, chance))))
    return 1;
  return v > 0 && WORD_IN(c, v - 1, purpose);
}

/* "tindak lanjut": the cue word at v is the second half of a noun, no verb of saying, as "lanjut"
 * is in the adverb "lebih lanjut" (further) and the adjective "lanjut usia" (elderly); and "kata"
 * before a word that makes it a noun ("kata pengantar", "kata sambutannya", "kata kunci") is its
 * first half */
static int noun_half(const actx *c, size_t v) {
  static const char *const kinds[] = {"pengantar", "sambutan", "kunci", "mutiara", "sandi", "kerja", "benda", "sifat"};
  if (v + 1 < c->nt && word_is(c, v, "kata") && c->t[v + 1].kind == KIMPUT_TOK_WORD &&
      !(c->t[v + 1].flags & KIMPUT_TOKF_UPPER))
    for (size_t k = 0; k < sizeof kinds / sizeof *kinds; k++) {
      size_t n = strlen(kinds[k]), len = c->t[v + 1].end - c->t[v + 1].start;
      if (len >= n && len <= n + 3 && !strncasecmp(c->text + c->t[v + 1].start, kinds[k], n)) return 1;
    }
  /* ("ada kata diktator", "sebuah kata", "tidak ada kata menyerah": "kata" counted or said to be there is
     the noun, no comma between) */
  if (v > 0 && word_is(c, v, "kata") &&
      (word_is(c, v - 1, "ada") || word_is(c, v - 1, "sebuah") || word_is(c, v - 1, "setiap")))
    return 1;
  /* ("warga Kota Sada Kata ini": a capitalised cue word after a capitalised word, one blank between,
     then a demonstrative or a mark closing the phrase, is the last word of a place's or a body's name) */
  if (v > 0 && (c->t[v].flags & KIMPUT_TOKF_UPPER) && c->t[v - 1].kind == KIMPUT_TOK_WORD &&
      (c->t[v - 1].flags & KIMPUT_TOKF_UPPER) && c->t[v].start == c->t[v - 1].end + 1 &&
      c->text[c->t[v - 1].end] == ' ' && v + 1 < c->nt &&
      (word_is(c, v + 1, "ini") || word_is(c, v + 1, "itu") || word_is(c, v + 1, "tersebut") ||
       is_punct(c, v + 1, ".,;")))
    return 1;
  if (!word_is(c, v, "lanjut")) return 0;
  return (v > 0 && (word_is(c, v - 1, "tindak") || word_is(c, v - 1, "lebih"))) ||
         (v + 1 < c->nt && word_is(c, v + 1, "usia"));
}

/* A description that opens with a title and says more ("Kepala Staf Gabungan Korea
 * Selatan", "Duta Besar Rusia untuk Korut"): the holder of an office, unnamed. */
static int titled(const actx *c, who w) {
  size_t i = tok_at(c, w.s);
  /* (a title of one word or of several: "Juru bicara kementerian") */
  return i + 1 < c->nt && c->t[i + 1].end <= w.e &&
         ((classes_at(c, i) & KIMPUT_LEX_TITLE) || cue_at(c, i, w.e, KIMPUT_LEX_TITLE)) &&
         (c->t[i].flags & KIMPUT_TOKF_UPPER);
}

/* Reported speech in sentences without marks: "Menurut X, ...", "X mengatakan bahwa ...". */
/* The person a sentence tells was asked for words ("X saat dihubungi wartawan, Senin, belum mendapat
 * informasi", "Y ketika dikonfirmasi mengaku ..."): the person named right before "saat", "ketika" or
 * "sewaktu" and a passive verb of asking, among the sentence's first words; NOBODY when none. */
static who asked_subject(const actx *c, size_t si) {
  enum { OPENING_WORDS = 16 };
  #define WHEN(X) X("saat") X("ketika") X("sewaktu")
  WORD_LIST(when, WHEN);
  #undef WHEN
  #define ASKED_VERB(X) X("dihubungi") X("dikonfirmasi") X("ditemui") X("diwawancarai") X("dimintai")
  WORD_LIST(asked, ASKED_VERB);
  #undef ASKED_VERB
  size_t first = c->s[si].first_token, end = first + c->s[si].ntokens;
  for (size_t k = first + 1; k + 1 < end && k < first + OPENING_WORDS; k++) {
    if (!WORD_IN(c, k, when) || !WORD_IN(c, k + 1, asked)) continue;
    size_t j = k;
    if (j > first && is_punct(c, j - 1, ",")) j--;  /* ("X, saat dikonfirmasi, ...") */
    size_t mi = mention_at(c, c->t[first].start);
    size_t last = SIZE_MAX;
    for (; mi < c->nm && c->m[mi].end <= c->t[j - 1].end; mi++) last = mi;
    if (last != SIZE_MAX && c->m[last].end == c->t[j - 1].end && c->m[last].kind == KIMPUT_ENT_PERSON &&
        c->m[last].entity >= 0 && !inside_quote(c, c->m[last].start))
      return of_mention(c, last);
    return NOBODY;
  }
  return NOBODY;
}

/* "Namun, Murdoko membantahnya.": a reporting verb with the object's "-nya" closing the sentence
 * (membantahnya, membenarkannya, mengakuinya), right after a person's name (an adverb or two between),
 * reports no words of its own; that person, whom a quote after it with no cue goes on with; NOBODY
 * when the sentence is not so shaped. */
static who closing_nya_subject(const actx *c, size_t si) {
  size_t first = c->s[si].first_token, k = first + c->s[si].ntokens;
  while (k > first && c->t[k - 1].kind != KIMPUT_TOK_WORD) k--;
  if (k < first + 2) return NOBODY;
  size_t v = k - 1, n = c->t[v].end - c->t[v].start;
  if (n < 8 || c->text[c->t[v].start] != 'm' || !nya_cue(c, v, KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_BEFORE))
    return NOBODY;
  size_t j = v;
  while (j > first + 1 && j + 2 > v && (classes_at(c, j - 1) & KIMPUT_LEX_ADVERB)) j--;
  uint32_t end = c->t[j - 1].end;
  size_t last = SIZE_MAX;
  for (size_t mi = mention_at(c, c->t[first].start); mi < c->nm && c->m[mi].end <= end; mi++) last = mi;
  if (last == SIZE_MAX || c->m[last].end != end || c->m[last].kind != KIMPUT_ENT_PERSON || c->m[last].entity < 0 ||
      inside_quote(c, c->m[last].start))
    return NOBODY;
  return of_mention(c, last);
}

/* Is sentence si a question the writer asks: a question word among its first two words
 * ("Lantas apa dasar …", "Mengapa X …", "Bagaimana …") and "?" closing it, outside quotes? */
static int writers_question(const actx *c, size_t si) {
  #define QUESTION(X) X("apa") X("apakah") X("mengapa") X("kenapa") X("bagaimana") X("siapa") X("kapan") \
    X("berapa") X("di mana") X("dimana")
  WORD_LIST(question, QUESTION);
  #undef QUESTION
  size_t first = c->s[si].first_token, end = first + c->s[si].ntokens;
  if (end <= first + 2 || !is_punct(c, end - 1, "?") || inside_quote(c, c->t[end - 1].start)) return 0;
  for (size_t k = first, words = 0; k < end && words < 2; k++) {
    if (c->t[k].kind != KIMPUT_TOK_WORD) continue;
    words++;
    if (WORD_IN(c, k, question)) return 1;
  }
  return 0;
}

/* Does an active cue of reported words (mengatakan, menilai) stand in the sentence from a before
 * token v, outside quotes? */
static int active_cue_before(const actx *c, uint32_t a, size_t v, uint32_t b) {
  const uint32_t cls = KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_BEFORE;
  for (size_t k = cand_at(c, tok_at(c, a)), i; k < c->ncand && (i = c->cand[k]) < v; k++)
    if (cand_cue(c, i, b, cls) && !passive(c, i) && !inside_quote(c, c->t[i].start)) return 1;
  return 0;
}

/* "Serangan itu ditujukan kepada Presiden Y, kata pejabat itu.", "…, katanya.": a cue closing the words
 * after their comma, its speaker no name written after it (a pronoun, "-nya", a description), is not
 * someone the words before it name: the speaker of the sentences before goes on; else sp as it was. */
static who not_inside_words(const actx *c, size_t si, uint32_t a, size_t v, size_t n, uint32_t cls, who sp) {
  size_t first = tok_at(c, a);
  if (sp.ent < 0 || v <= first + 1 || v + n > c->nt || !is_punct(c, v - 1, ",")) return sp;
  int nya = n == 1 && nya_cue(c, v, KIMPUT_LEX_CUE_ACCORDING);
  if (!nya && !((cls & KIMPUT_LEX_CUE_ACCORDING) && (cls & KIMPUT_LEX_CUE_AFTER))) return sp;
  if (!nya && (v + n >= c->nt || (c->t[v + n].flags & KIMPUT_TOKF_UPPER))) return sp;  /* (a name after it) */
  int inside = 0;
  for (size_t mi = mention_at(c, a); mi < c->nm && c->m[mi].start < c->t[v].start; mi++) {
    if (c->m[mi].entity != sp.ent || c->m[mi].form == KIMPUT_MENTION_PRONOUN || inside_quote(c, c->m[mi].start))
      continue;
    /* (one the sentence has speak, right before a reporting verb, is the speaker: "X menegaskan …,
       menurutnya …") */
    size_t k = tok_at(c, c->m[mi].end);
    while (k < v && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
    if (k < v && (classes_at(c, k) & KIMPUT_LEX_CUE_REPORTING)) return sp;
    inside = 1;
  }
  if (!inside) return sp;
  who prev = recent_speaker(c, si, a, 0);
  return prev.ent >= 0 && prev.ent != sp.ent ? prev : sp;
}

/* "Kapolda juga sampaikan bahwa …", "dia katakan bahwa …": a verb of saying without its meN- (the
 * spoken register) is no cue of the lexicon, since "Hal itu ia sampaikan saat …" fronts its object; it
 * reports only right before "bahwa". Its token in the sentence [a, b), or SIZE_MAX. */
static size_t bare_cue(const actx *c, uint32_t a, uint32_t b) {
  #define BARE(X) X("sampaikan") X("katakan") X("jelaskan") X("tegaskan") X("ungkapkan") X("sebutkan")
  WORD_LIST(bare, BARE);
  #undef BARE
  for (size_t i = tok_at(c, a); i + 1 < c->nt && c->t[i + 1].end <= b; i++)
    if (c->t[i].kind == KIMPUT_TOK_WORD && WORD_IN(c, i, bare) && word_is(c, i + 1, "bahwa") &&
        !inside_quote(c, c->t[i].start))
      return i;
  return SIZE_MAX;
}

/* "Dia berharap Budi bisa hadir": a pronoun subject is never the person its own report names (the
 * mention stage took the latest person, named before the pronoun and again in the words); the latest
 * other person who spoke in the sentences before si speaks, else nobody. Else sp. */
static who not_named_in_report(const actx *c, who sp, uint32_t from, uint32_t to, size_t si) {
  if (sp.ent < 0 || sp.s == KIMPUT_UNSET) return sp;
  size_t mi = mention_at(c, sp.s);
  if (mi >= c->nm || c->m[mi].start != sp.s || c->m[mi].form != KIMPUT_MENTION_PRONOUN) return sp;
  int named = 0;
  for (mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to && !named; mi++) {
    if (c->m[mi].entity != sp.ent || c->m[mi].form == KIMPUT_MENTION_PRONOUN) continue;
    /* (one a cue inside the words names speaks them: "…, kata X memohon …", "ucapnya") */
    size_t f = tok_at(c, mention_first(&c->m[mi])), e = tok_at(c, c->m[mi].end);
    named = !(f > 0 && (classes_at(c, f - 1) & (KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_ACCORDING))) &&
            !(e < c->nt && (classes_at(c, e) & KIMPUT_LEX_CUE_BEFORE));
  }
  if (!named) return sp;
  for (size_t k = 1; k <= RECENT && k <= si; k++) {
    who w = c->said[si - k];
    if (found(w) && w.ent >= 0 && w.ent != sp.ent && c->e[w.ent].kind == KIMPUT_ENT_PERSON) return w;
  }
  return NOBODY;
}

/* Does a subordinator (subordinate_opening: setelah, ketika, karena …) open the clause of the cue at v, a
 * word of its own subject between them, within a few words and no mark between (the sentence starting at a)? */
static int subordinate_cue(const actx *c, uint32_t a, size_t v) {
  size_t lo = tok_at(c, a);
  for (size_t j = v; j > lo && j + 6 > v; j--) {
    if (c->t[j - 1].kind != KIMPUT_TOK_WORD) return 0;
    if (subordinate_opening(c, j - 1)) return j + 1 < v && j - 1 > lo;
  }
  return 0;
}

static void indirect(actx *c) {
  size_t qi = 0, kc = 0;  /* kc: the first cue candidate at or after the sentence's first token */
  for (size_t si = 0; si < c->ns && !c->failed; si++) {
    uint32_t a = c->s[si].start, b = c->s[si].end;
    while (qi < c->nq && c->q[qi].close <= a) qi++;
    size_t qk = qi;  /* (a nickname in marks is no quotation: 'Joko "Jokowi" Widodo mengatakan ...') */
    while (qk < c->nq && c->q[qk].open < b && nickname(c, &c->q[qk])) qk++;
    if (qk < c->nq && c->q[qk].open < b) continue;
    /* (the sentences come in order, their first token starts at a: the candidates are walked,
       not searched, the walk of the sentence before stopped at the first after it) */
    while (kc < c->ncand && c->cand[kc] < c->s[si].first_token) kc++;
    size_t kc0 = kc, n = 0, v = last_cue_from(c, &kc, b, &n);
    /* ("X menegaskan tiap kantor ditarget mengungkap dua kasus": a verb of a task or an aim is no cue, the
       one before it reports) */
    while (v != SIZE_MAX && (purpose_verb(c, v) || aim_of_plan(c, v))) {
      size_t k = kc0;
      v = last_cue_from(c, &k, c->t[v].start, &n);
    }
    if (v == SIZE_MAX && (v = bare_cue(c, a, b)) != SIZE_MAX) n = 1;
    if (v == SIZE_MAX) {
      /* "X saat dihubungi wartawan belum mendapat informasi. "…"": asked for words, X speaks the quote
         after it that has no cue */
      who w = asked_subject(c, si);
      if (!found(w)) w = closing_nya_subject(c, si);
      if (found(w)) c->said[si] = w;
      continue;
    }
    /* "Menurut seorang pejabat yang tak mau disebutkan namanya, ...": a cue inside the phrase
       of an opening "menurut", before its comma, describes the speaker; and a cue after the
       comma is inside the words ("Menurut X, Presiden Y berjanji akan ..."): "menurut" frames */
    size_t first = tok_at(c, a), on = cue_at(c, first, b, KIMPUT_LEX_CUE_ACCORDING);
    if (!on && word_is(c, first, "menurutnya")) on = 1;  /* ("Menurutnya, Bulog harus menjelaskan …") */
    int fronted = !on && fronted_passive(c, first, b);
    if (fronted) {
      v = first;
      n = 1;
    }
    if (on && v >= first + on) {
      size_t k = first + on;
      while (k < c->nt && c->t[k].end <= b && !is_punct(c, k, ",")) k++;
      if (k < c->nt && c->t[k].end <= b) {
        v = first;
        n = on;
      }
    }
    size_t fn = 0, f = framing_cue(c, a, v, n, &fn);
    if (f != SIZE_MAX && !passive(c, f)) {
      v = f;
      n = fn;
    } else if ((f = interposed_cue(c, first, v, &fn)) != SIZE_MAX) {
      v = f;
      n = fn;
    }
    if (passive(c, v) && !fronted) {
      /* "Hal senada disampaikan Y.", "Hal itu disampaikan Y.": no words reported, but Y speaks
         on in the quotes after it that have no cue */
      size_t i0 = tok_at(c, a), r = cue_at(c, i0, b, KIMPUT_LEX_CUE_RECAP);
      if (r && v >= i0 + r && v < i0 + r + 4) {
        uint32_t from = c->t[v + n - 1].end, to = b;
        if (to > from + AFTER_REACH) to = from + AFTER_REACH;
        who w = named_after(c, from, to);
        if (found(w)) c->said[si] = w;
      }
      continue;
    }
    if (refused(c, v) || planned(c, v, n) || purpose_verb(c, v) || aim_of_plan(c, v) || noun_half(c, v) ||
        object_only(c, v))
      continue;
    /* "X melanjutkan lawatan ke Y": a verb of going on reports only as a frame, a comma, a colon or
       "bahwa" after it ("X melanjutkan, ..."), or right after a sentence with a quotation (the
       speech goes on: '"…," tegas X. Dia melanjutkan rekapitulasi tetap dilakukan') */
    #define GOING_ON(X) X("melanjutkan") X("menyambung")
    WORD_LIST(going_on, GOING_ON);
    #undef GOING_ON
    /* (a name or a title in marks is no speech going on: '… bertema "Crossing the Ocean". X dan Y
       melanjutkan perjalanan …') */
    if (n == 1 && WORD_IN(c, v, going_on) &&
        !(v + 1 < c->nt && (is_punct(c, v + 1, ",:") || (classes_at(c, v + 1) & KIMPUT_LEX_THAT))) &&
        !(si > 0 && qi > 0 && c->q[qi - 1].close > c->s[si - 1].start &&
          !is_term(c, c->q[qi - 1].start, c->q[qi - 1].end)))
      continue;
    /* "Bupati menyapa warga": a verb of greeting or crying out has whom it greets as its object;
       it reports words only before a comma or a colon ("X menyapa, "Apa kabar?"") */
    #define CALLING_OUT(X) X("menyapa") X("berteriak")
    WORD_LIST(calling_out, CALLING_OUT);
    #undef CALLING_OUT
    if (n == 1 && WORD_IN(c, v, calling_out) && !(v + 1 < c->nt && is_punct(c, v + 1, ",:"))) continue;
    /* "X ingin membalas kekalahan itu": replying reports words only as a frame, a comma, a colon or
       "bahwa" after it (else it avenges, or answers with a thing: "membalas surat") */
    if (n == 1 && word_is(c, v, "membalas") &&
        !(v + 1 < c->nt && (is_punct(c, v + 1, ",:") || (classes_at(c, v + 1) & KIMPUT_LEX_THAT))))
      continue;
    /* "Lantas apa dasar X mengatakan terdakwa bisa lepas?": the writer's question, a question word
       opening it and its mark closing it, reports nobody's words */
    if (writers_question(c, si)) continue;
    /* "Tim menyisir stadion untuk memastikan area aman": a verb of assuring after a word of purpose
       states an aim, no words */
    #define ASSURING(X) X("memastikan") X("menjamin")
    #define PURPOSE(X) X("untuk") X("guna") X("demi") X("agar") X("supaya")
    WORD_LIST(assuring, ASSURING);
    WORD_LIST(purpose, PURPOSE);
    #undef ASSURING
    #undef PURPOSE
    if (n == 1 && v > 0 && WORD_IN(c, v, assuring) && WORD_IN(c, v - 1, purpose)) continue;
    /* "X bersikeras untuk tetap maju": insisting reports a claim only before "bahwa" or a comma */
    if (n == 1 && (word_is(c, v, "bersikeras") || word_is(c, v, "bersikukuh")) &&
        !(v + 1 < c->nt && ((classes_at(c, v + 1) & KIMPUT_LEX_THAT) || is_punct(c, v + 1, ",:"))))
      continue;
    /* "hal-hal mendesak yang …", "kebutuhan yang sangat mendesak": urgent, no verb of urging */
    #define PRESSING_BEFORE(X) X("hal") X("hal-hal") X("kebutuhan") X("keperluan") X("urusan") X("persoalan") \
      X("masalah") X("kepentingan") X("situasi") X("kondisi") X("keadaan") X("sangat") X("cukup") X("makin") \
      X("semakin") X("paling") X("lebih") X("yang") X("begitu") X("amat")
    WORD_LIST(pressing_before, PRESSING_BEFORE);
    #undef PRESSING_BEFORE
    if (n == 1 && word_is(c, v, "mendesak") &&
        ((v > 0 && WORD_IN(c, v - 1, pressing_before)) || (v + 1 < c->nt && word_is(c, v + 1, "yang"))))
      continue;
    /* the agency relaying the words first: "X dalam pernyataan yang disiarkan KCNA
       menyebut ...": KCNA is no subject */
    int32_t via = find_via(c, a, b);
    /* "X mengatakan rapat batal setelah Y menyatakan mundur": a cue in a clause a subordinator opens, its own
       subject between, is inside the words an earlier reporting cue of the clause reports */
    if (subordinate_cue(c, a, v)) {
      for (size_t k = cand_at(c, tok_at(c, a)), i; k < c->ncand && (i = c->cand[k]) < v; k++) {
        size_t en = cand_cue(c, i, c->t[v].start, KIMPUT_LEX_CUE_REPORTING | KIMPUT_LEX_CUE_BEFORE);
        if (!en || i + en >= v || passive(c, i) || inside_quote(c, c->t[i].start)) continue;
        size_t p = i + en;  /* (one clause: no mark between) */
        while (p < v && c->t[p].kind == KIMPUT_TOK_WORD) p++;
        if (p < v || !found(speaker_for_cue(c, a, i, en, b, 0))) continue;
        v = i;
        n = en;
        break;
      }
    }
    who sp = speaker_for_cue(c, a, v, n, b, 0);
    if (!found(sp) || (!(cue_classes(c, v, n, b) & KIMPUT_LEX_CUE_ACCORDING) && !word_after(c, v + n, b))) {
      size_t en = 0, e = earlier_frame(c, a, v, b, &en, &sp);
      if (e != SIZE_MAX) {
        v = e;
        n = en;
      }
    }
    sp = described_before(c, a, sp);
    /* "…, kata dia, …" right after a sentence of reported words: the pronoun goes on with that
       speaker, as after a quote ("X melalui Y mengatakan …. Pada pekan itu, kata dia, …" is Y's) */
    if (si > 0 && sp.ent >= 0 && sp.s != KIMPUT_UNSET && c->said[si - 1].ent >= 0 &&
        c->said[si - 1].ent != sp.ent && c->e[c->said[si - 1].ent].kind == KIMPUT_ENT_PERSON) {
      size_t pk = tok_at(c, sp.s);
      if (pk < c->nt && pk > v && c->t[pk].end == sp.e && (classes_at(c, pk) & KIMPUT_LEX_PRONOUN)) {
        who prev = c->said[si - 1];
        sp.ent = prev.ent;
      }
    }
    /* "Y merasa aneh jika Kapolda menyatakan seperti itu": speech supposed in a condition is no
       one's words, nor whom the sentence is about */
    if (found(sp) && sp.s != KIMPUT_UNSET && sp.s >= a && conditional_before(c, tok_at(c, sp.s), tok_at(c, a))) continue;
    if (no_agent(c, sp)) continue;
    uint32_t cls = cue_classes(c, v, n, b);
    if (fronted) cls = (cls | KIMPUT_LEX_CUE_ACCORDING) & ~KIMPUT_LEX_CUE_AFTER;
    sp = not_inside_words(c, si, a, v, n, cls, sp);
    /* an unnamed speaker reports only with "menurut" ("Menurut Kepala Bulog, ..."), or
       as the spokesperson of a body named ("Jubir KPK menyatakan bahwa ...") */
    if (sp.ent < 0 && (sp.s == KIMPUT_UNSET || (!(cls & KIMPUT_LEX_CUE_ACCORDING) && !names_body(c, sp) &&
                                                 !titled(c, sp)))) {
      /* ("Seorang pejabat Prancis mengatakan ...": no words reported, but "kata pejabat itu" after
         it is that speaker; so is "katanya" after "Seorang tetangga mengaku ...") */
      if (sp.s == KIMPUT_UNSET) sp = noun_subject(c, a, v);
      if (sp.s != KIMPUT_UNSET) c->said[si] = sp;
      continue;
    }
    if (sends_greeting(c, v, n)) {  /* no words reported, but a quote after it with no cue is still the speaker's */
      if (found(sp)) c->said[si] = sp;
      continue;
    }
    uint32_t from = c->t[v + n - 1].end, to = b;
    /* "Harga naik, katanya.", "Warga, lanjutnya, diminta waspada.": the -nya form of a cue
       that stands inside or after the words reads as the cue does */
    if (n == 1 && !(cls & KIMPUT_LEX_CUE_ACCORDING) && nya_cue(c, v, KIMPUT_LEX_CUE_ACCORDING) && v > tok_at(c, a))
      cls |= KIMPUT_LEX_CUE_ACCORDING | KIMPUT_LEX_CUE_AFTER;
    /* "Lanjut Budi, pihaknya ...": a cue of both kinds that opens the clause reads as "Menurut",
       its speaker someone met before, titled, or a pronoun ("Ucap Syukur, Warga Gelar Doa" is a
       headline's idiom) */
    if ((cls & KIMPUT_LEX_CUE_ACCORDING) && v <= tok_at(c, a)) {
      if ((cls & KIMPUT_LEX_CUE_AFTER) && !speaker_known(c, sp)) continue;
      cls &= ~KIMPUT_LEX_CUE_AFTER;
    }
    /* "Harga naik, menurut BPS.": a "menurut" after a clause of three words or more closes it */
    int closing = 0;
    if ((cls & KIMPUT_LEX_CUE_ACCORDING) && v > 0 && is_punct(c, v - 1, ",")) {
      int words = 0;
      for (size_t i = tok_at(c, a); i + 1 < v && words < 3; i++) words += c->t[i].kind == KIMPUT_TOK_WORD;
      closing = words >= 3;
      /* (not when a clause goes on right after the speaker's name, no comma between: "Dilansir dari X pada
         Rabu, menurut Budi pertanyaan itu sensitif" reports what follows) */
      #define ADJUNCT(X) X("saat") X("ketika") X("sewaktu") X("usai") X("seusai") X("setelah") X("sebelum") \
        X("sesudah") X("di") X("kepada") X("dalam") X("pada") X("melalui") X("lewat") X("dengan") X("sambil") \
        X("sembari") X("kemarin") X("yang") X("seperti") X("sebagaimana") X("dari") X("selaku") X("sebagai")
      WORD_LIST(adjunct, ADJUNCT);
      #undef ADJUNCT
      size_t e = sp.e != KIMPUT_UNSET && sp.e < b && sp.s > c->t[v].start ? tok_at(c, sp.e) : c->nt;
      if (closing && e < c->nt && c->t[e].start < b && c->t[e].kind == KIMPUT_TOK_WORD &&
          !(c->t[e].flags & KIMPUT_TOKF_UPPER) && !WORD_IN(c, e, adjunct) &&
          !cue_at(c, e, b, KIMPUT_LEX_CUE_VIA | KIMPUT_LEX_CUE_AFTER))
        closing = 0;
    }
    if ((cls & KIMPUT_LEX_CUE_ACCORDING) && ((cls & KIMPUT_LEX_CUE_AFTER) || closing)) {
      /* "..., kata X." closes the sentence: the words stand before the cue */
      from = a;
      to = c->t[v].start;
      while (to > a && (c->text[to - 1] == ' ' || c->text[to - 1] == ',')) to--;
      /* "Pihaknya, kata Dadan, sudah membentuk tim.": set inside words that are no clause yet
         (fewer than three words before it), the words go on after it ("..., kata X, Maret lalu."
         closes a clause: what follows says when) */
      /* (the token after the speaker's name, or after the cue when the speaker was named before) */
      size_t k = sp.e != KIMPUT_UNSET && sp.e < b && sp.e > c->t[v].start ? tok_at(c, sp.e) : v + n;
      int words = 0, content = 0;
      for (size_t i = tok_at(c, a); i < v && words < 3; i++) words += c->t[i].kind == KIMPUT_TOK_WORD;
      /* (nor are connectives of function words alone: "Oleh karena itu, sambung X, ...") */
      for (size_t i = tok_at(c, a); i < v && !content; i++)
        content = c->t[i].kind == KIMPUT_TOK_WORD && !(classes_at(c, i) & KIMPUT_LEX_FUNCTION);
      /* (a -nya cue the page did not close with a comma goes on with the words too: "Setelah itu,
         lanjutnya Kajari berangkat ...") */
      int nya_on = k == v + n && n == 1 && ends_nya(c, v) && k < c->nt && c->t[k].end <= b &&
                   c->t[k].kind == KIMPUT_TOK_WORD && !cue_at(c, k, b, KIMPUT_LEX_CUE_VIA);
      /* (not a relaying phrase after it: "Begitu kata X, seperti dikutip KCNA." goes on with no words;
         and a clause a subordinator opens is no clause yet: "Lantaran belum siap, kata X, jaksa ...") */
      /* (nor is a headless relative: "Yang perlu diingat, kata X, …", "Yang terpenting, lanjutnya, …") */
      if ((words < 3 || !content || subordinate_opening(c, tok_at(c, a)) || adjunct_opening(c, tok_at(c, a), v) ||
           predicate_after(c, k, b) || word_is(c, tok_at(c, a), "yang")) &&
          k < c->nt &&
          ((is_punct(c, k, ",") && word_after(c, k + 1, b) && !cue_at(c, k + 1, b, KIMPUT_LEX_CUE_VIA)) || nya_on))
        to = b;
    } else if ((cls & KIMPUT_LEX_CUE_ACCORDING) && sp.e != KIMPUT_UNSET) {
      /* the words follow the speaker's name, or the description after the cue
         of one named before ("Menurut mantan Kapolres X itu, ...") */
      uint32_t after = sp.e > from ? sp.e : from;
      size_t k = tok_at(c, after);
      while (k < c->nt && c->t[k].end <= b && !is_punct(c, k, ",")) k++;
      /* "Menurut Ani, sapaan akrab Sri Mulyani, ...": the name's gloss is no part of the words */
      if (k + 1 < c->nt && c->t[k + 1].end <= b && (word_is(c, k + 1, "sapaan") || word_is(c, k + 1, "sapaannya")))
        for (k++; k < c->nt && c->t[k].end <= b && !is_punct(c, k, ",");) k++;
      from = k < c->nt && c->t[k].end <= b ? c->t[k].end : after;
    }
    size_t k = tok_at(c, from);
    while (k < c->nt && c->t[k].end <= to && is_punct(c, k, ",:")) k++;
    if (k > v) k = past_addressee(c, k, to);  /* (not over the words before a cue set inside them) */
    if (!(cls & KIMPUT_LEX_CUE_ACCORDING) && k == v + n && k < c->nt && c->t[k].end <= to && word_is(c, k, "dengan")) {
      k = past_manner(c, k, to);
      if (k == SIZE_MAX) continue;
    }
    int that = k < c->nt && c->t[k].end <= to && (classes_at(c, k) & KIMPUT_LEX_THAT);
    if (that) k++;
    size_t w = k;  /* "X menyatakan menolak.": a cue with no words reported after it */
    while (w < c->nt && c->t[w].end <= to && c->t[w].kind != KIMPUT_TOK_WORD) w++;
    if (w >= c->nt || c->t[w].end > to) {
      /* "Namun, Danny membantah.": nothing reported, but the quote after it with no cue of its own
         or a pronoun is the speaker's */
      if (sp.ent >= 0 && c->e[sp.ent].kind == KIMPUT_ENT_PERSON) c->said[si] = sp;
      continue;
    }
    from = c->t[k].start;
    /* "X mengatakan hal tersebut ...": a recap of words quoted before, none reported here (X
       speaks on in the quotes after it that have no cue) */
    if (recap_object(c, w, to) ||
        /* "X berpendapat serupa.", "Y menyatakan senada.": like words, none reported here */
        ((w + 1 >= c->nt || c->t[w + 1].kind == KIMPUT_TOK_PUNCT || c->t[w + 1].start >= to) &&
         similar_recap(c, w, 1))) {
      if (found(sp)) c->said[si] = sp;
      continue;
    }
    /* "X menyebutkan kesepakatan lainnya dengan Y.": a thing named, no words */
    #define NAMING(X) X("menyebutkan") X("menyampaikan") X("mengakui") X("menyatakan") X("mengumumkan") \
      X("melaporkan") X("mengungkapkan") X("membantah") X("menolak") X("membenarkan") X("menanggapi")
    WORD_LIST(naming, NAMING);
    #undef NAMING
    if (!that && n == 1 && WORD_IN(c, v, naming) && w == v + n && noun_object(c, w, to)) {
      if (found(sp)) c->said[si] = sp;
      continue;
    }
    /* "X berkomentar soal hobi baru putrinya": a verb of commenting and the topic after a preposition of it,
       no words reported (X speaks the quotes after it with no cue) */
    #define COMMENTING(X) X("berkomentar") X("bicara") X("berbicara") X("berpendapat") X("bercerita")
    WORD_LIST(commenting, COMMENTING);
    #undef COMMENTING
    #define TOPIC(X) X("soal") X("tentang") X("mengenai") X("terkait") X("perihal") X("seputar")
    WORD_LIST(topic, TOPIC);
    #undef TOPIC
    if (!that && n == 1 && w == v + n && WORD_IN(c, v, commenting) && WORD_IN(c, w, topic)) {
      if (found(sp)) c->said[si] = sp;
      continue;
    }
    /* "Begitu kata X." after a quote: a recap word, not words reported */
    if (from == c->s[si].start && (classes_at(c, w) & (KIMPUT_LEX_ADVERB | KIMPUT_LEX_CUE_RECAP)) &&
        (w + 1 >= c->nt || c->t[w + 1].start >= to))
      continue;
    sp = not_named_in_report(c, sp, from, to, si);
    kimput_attribution *it = push(c);
    if (!it) return;
    it->start = it->open = from;
    it->end = it->close = to;
    it->kind = KIMPUT_QUOTE_INDIRECT;
    it->cue_start = c->t[v].start;
    it->cue_end = c->t[v + n - 1].end;
    set_speaker(it, sp);
    if (via >= 0 && via != sp.ent) it->via = via;
    c->said[si] = sp;
    /* "Ia mengatakan sikap itu mencederai perintah Gubernur Y yang meminta …": the words a relative
       clause inside another report gives are Y's, but the sentence is its opener's: a quote after it
       with "-nya" goes on with that one (with nobody, when a description opens it: "Wanita ini
       mengatakan …", whom the pronoun then means) */
    if (v > 0 && word_is(c, v - 1, "yang") && active_cue_before(c, a, v, b)) {
      who subj = sentence_subject(c, si);
      if (!found(subj) || subj.ent < 0 || subj.ent != sp.ent) c->said[si] = subj;
    }
    /* "X mengapresiasi hakim Y karena menyebut …": the words a clause of reason reports are Y's, but
       the sentence is X's, its subject: a quote after it with "-nya" goes on with X */
    if (v > 0 && (word_is(c, v - 1, "karena") || word_is(c, v - 1, "sebab") || word_is(c, v - 1, "lantaran"))) {
      who subj = sentence_subject(c, si);
      if (subj.ent >= 0 && subj.ent != sp.ent && c->e[subj.ent].kind == KIMPUT_ENT_PERSON) c->said[si] = subj;
    }
  }
}

/* "Berikut petikan wawancaranya:", "Berikut wawancara dengan X." -- a sentence
 * among the RECENT before si opening an interview: the quotes after it with no
 * cue (the answers) are the interviewee's, the person named after "dengan" or
 * "bersama", else the person the text named last before it. Asked only for a
 * quote that nobody attributes (no pass over every sentence). */
static who interviewee_before(const actx *c, size_t si) {
  for (size_t k = 1; k <= RECENT && k <= si; k++) {
    size_t s = si - k, lo = c->s[s].first_token, hi = lo + c->s[s].ntokens, at = SIZE_MAX;
    if (hi > c->nt) hi = c->nt;
    int opening = lo < hi && (word_is(c, lo, "berikut") || word_is(c, lo, "inilah"));
    for (size_t i = lo; i < hi && i < lo + 12; i++) {
      if (word_is(c, i, "petikan")) opening = 1;
      if (word_is(c, i, "wawancara") || word_is(c, i, "wawancaranya")) at = i;
    }
    if (at == SIZE_MAX || !opening) continue;
    size_t with = at + 1;  /* "wawancara (eksklusif) (Kompas) dengan X" */
    while (with < hi && with <= at + 5 && !word_is(c, with, "dengan") && !word_is(c, with, "bersama")) with++;
    who w = with < hi && with <= at + 5 ? named_after(c, c->t[with].end, c->s[s].end)
                                        : person_before(c, c->s[s].start, c->s[s >= 3 ? s - 3 : 0].start);
    if (!found(w) || w.ent < 0 || c->e[w.ent].kind != KIMPUT_ENT_PERSON) return NOBODY;
    w.s = w.e = KIMPUT_UNSET;  /* named before, not where the answers are */
    return w;
  }
  return NOBODY;
}

/* '"…," lapor kantor berita Yonhap': words closed by the agency's own report of
 * them (lapor, "demikian/bunyi laporan" or a cue and "laporan", then the agency
 * relaying) are the agency's. On a match, the agency's mention into *sp and the report word as
 * the cue; 0 when the words after the mark are no such report. */
static int agency_report(const actx *c, const kimput_quote *q, uint32_t b, int32_t agency, kimput_attribution *it,
                         who *sp) {
  size_t k = tok_at(c, q->close);
  while (k < c->nt && c->t[k].end <= b && is_punct(c, k, ",")) k++;
  size_t n = word_is(c, k, "lapor") ? 1
             : (word_is(c, k, "demikian") || word_is(c, k, "bunyi")) && word_is(c, k + 1, "laporan") ? 2 : 0;
  /* (or a cue of its own before the report: "ungkap laporan kantor berita X", the cue alone) */
  size_t cue_n = n;
  if (!n && k < c->nt && (classes_at(c, k) & KIMPUT_LEX_CUE_AFTER) && word_is(c, k + 1, "laporan")) {
    n = 2;
    cue_n = 1;
  }
  if (!n || c->t[k + n - 1].end > b) return 0;
  uint32_t from = c->t[k + n - 1].end, to = from + AGENCY_REACH < b ? from + AGENCY_REACH : b;
  for (size_t mi = mention_at(c, from); mi < c->nm && c->m[mi].start < to; mi++)
    if (c->m[mi].entity == agency) {
      /* ('"…," lapor Reuters, mengutip Zelensky': the agency quotes somebody) */
      size_t r = tok_at(c, c->m[mi].end);
      while (r < c->nt && c->t[r].end <= b && is_punct(c, r, ",")) r++;
      if (word_is(c, r, "mengutip") || (word_is(c, r, "dengan") && word_is(c, r + 1, "mengutip"))) return 0;
      *sp = of_mention(c, mi);
      it->cue_start = c->t[k].start;
      it->cue_end = c->t[k + cue_n - 1].end;
      return 1;
    }
  return 0;
}

#define STATEMENT_WORDS 4  /* words quoted with the stop after the mark that make a sentence, not a phrase */

static int is_stop(unsigned char ch) { return ch == '.' || ch == '!' || ch == '?'; }

/* The words quoted hold more than one sentence: a stop, a space and a capital inside them
 * ('“saya tidak tahu. Tanyakan saja kepada dia.”': a statement whose writer left its first
 * letter small, no phrase of the writer's sentence). */
static int inner_sentence(const actx *c, const kimput_quote *q) {
  for (uint32_t k = q->start; k + 2 < q->end; k++)
    if (is_stop((unsigned char)c->text[k]) && c->text[k + 1] == ' ' && c->text[k + 2] >= 'A' && c->text[k + 2] <= 'Z')
      return 1;
  return 0;
}

/* 'X mengatakan “Kerusakan jalan menjadi kendala utama.”': the cue right before the mark, no colon,
 * and the words a whole sentence of their own (a capital first, their own stop last, the sentence
 * ending with the mark) are a statement, as after 'X berkata:' (the cue's words end at token
 * cue_end, the mark opens at token mark; own_b ends the quote's sentence). So are words of a
 * sentence's length whose stop the writer put after the mark ('X menegaskan “Kami tidak akan
 * mundur dari perundingan”.'); a short phrase so quoted stays the writer's ('Kim menyatakan
 * "Solidaritas Teguh".'). */
static int whole_statement_after_cue(const actx *c, const kimput_quote *q, size_t cue_end, size_t mark,
                                     uint32_t own_b) {
  if (cue_end != mark || q->end <= q->start || q->close > own_b) return 0;
  unsigned char first = (unsigned char)c->text[q->start], stop = (unsigned char)c->text[q->end - 1];
  if ((first < 'A' || first > 'Z') && !(first >= 'a' && first <= 'z' && is_stop(stop) && inner_sentence(c, q)))
    return 0;
  uint32_t k = q->close;  /* (after the mark: nothing of the sentence but its stop) */
  if (!is_stop(stop)) {
    if (k >= own_b || !is_stop((unsigned char)c->text[k])) return 0;
    size_t words = 0;
    for (size_t i = tok_at(c, q->start); i < c->nt && c->t[i].start < q->end && words < STATEMENT_WORDS; i++)
      words += c->t[i].kind == KIMPUT_TOK_WORD;
    if (words < STATEMENT_WORDS) return 0;
  }
  /* (a stray mark after the stop, as scraped pages leave: “….”.’) */
  while (k < own_b && (c->text[k] == ' ' || is_stop((unsigned char)c->text[k]) || c->text[k] == '\'' ||
                       c->text[k] == '"'))
    k++;
  if (k + 3 <= own_b && (unsigned char)c->text[k] == 0xE2 && (unsigned char)c->text[k + 1] == 0x80 &&
      ((unsigned char)c->text[k + 2] == 0x99 || (unsigned char)c->text[k + 2] == 0x9D))
    k += 3;
  return k >= own_b || c->text[k] == '\n' || c->text[k] == '\r';
}

/* '"Masih diautopsi," Kapolsek Pancur Batu Kompol X, Senin (18/7).': a person named with a title right
 * after the comma closing the words, the clause ending with the name (a comma or a stop next), is
 * who spoke, the writer having left the cue out; else nobody. */
static who titled_after_mark(const actx *c, const kimput_quote *q) {
  if (q->end <= q->start || c->text[q->end - 1] != ',') return NOBODY;
  size_t k = tok_at(c, q->close), mi = mention_at(c, q->close);
  if (k >= c->nt || mi >= c->nm) return NOBODY;
  const kimput_mention *m = &c->m[mi];
  if (m->kind != KIMPUT_ENT_PERSON || m->entity < 0 || m->role_start == KIMPUT_UNSET || m->role_start >= m->start ||
      m->role_start != c->t[k].start || !(c->t[k].flags & KIMPUT_TOKF_UPPER))
    return NOBODY;
  size_t e = tok_at(c, m->end);
  if (e < c->nt && !is_punct(c, e, ",.")) return NOBODY;
  return of_mention(c, mi);
}

/* '"… ditanggapi Menlu Nauru secara positif," imbuhnya' after "Nauru juga menanggapi …": a place the quoted
 * words name is spoken of, not speaking; the latest person who spoke in the five sentences before goes on
 * (named before, not here). Else sp. */
static who place_spoken_of(const actx *c, who sp, const kimput_quote *q, size_t si) {
  if (sp.ent < 0 || c->e[sp.ent].kind != KIMPUT_ENT_PLACE) return sp;
  int named = 0;
  for (size_t mi = mention_at(c, q->start); mi < c->nm && c->m[mi].start < q->end && !named; mi++)
    named = c->m[mi].entity == sp.ent;
  if (!named) return sp;
  for (size_t k = 1; k <= 5 && k <= si; k++) {
    who w = c->said[si - k];
    if (w.ent >= 0 && c->e[w.ent].kind == KIMPUT_ENT_PERSON) {
      w.s = w.e = KIMPUT_UNSET;
      return w;
    }
  }
  return sp;
}

static void quotations(actx *c, size_t *item_of) {
  size_t last_si = 0;  /* the sentence of the quote before: the marks come in order */
  for (size_t qn = 0; qn < c->nq && !c->failed; qn++) {
    const kimput_quote *q = &c->q[qn];
    item_of[qn] = SIZE_MAX;
    if (!has_word(c, q->start, q->end)) continue;
    size_t si = last_si = sent_from(c, last_si, q->open);
    size_t ci = sent_from(c, si, q->close > q->open ? q->close - 1 : q->open);
    uint32_t b = ci < c->ns ? c->s[ci].end : q->close;
    if (b < q->close) b = q->close;
    /* "“....” — Budi": an attribution the splitter left in the next sentence */
    uint32_t own_b = b;  /* (the end of the quote's own sentence) */
    if (b <= q->close + 1 && ci + 1 < c->ns && !memchr(c->text + b, '\n', c->s[ci + 1].start - b)) b = c->s[ci + 1].end;
    uint32_t a = c->ns ? c->s[si].start : 0;
    if (a + WINDOW < q->open) a = q->open - WINDOW;
    if (b > q->close + WINDOW) b = q->close + WINDOW;
    if (own_b > b) own_b = b;
    /* (an agency of the next sentence relays only when the attribution is found there, below) */
    int32_t via = find_via(c, a, own_b);
    kimput_attribution *it = push(c);
    if (!it) return;
    item_of[qn] = c->out->n - 1;
    it->start = q->start;
    it->end = q->end;
    it->open = q->open;
    it->close = q->close;
    it->flags = q->flags;
    who sp = NOBODY;
    int kind;
    /* a paragraph whose opener the page dropped, opening with its speaker and a cue before a comma ("X
       menguraikan, harga naik ....”"): the words start after the comma, the cue and the speaker are those */
    size_t lead_v = SIZE_MAX, lead_n = 0;
    if ((q->flags & KIMPUT_QUOTE_UNOPENED) && q->depth == 0) {
      size_t k0 = tok_at(c, q->start), comma = SIZE_MAX, mi = mention_at(c, q->start);
      for (size_t k = k0; k < c->nt && k < k0 + 8 && c->t[k].start < q->end; k++)
        if (c->t[k].kind != KIMPUT_TOK_WORD) {
          if (is_punct(c, k, ",")) comma = k;
          break;
        }
      /* (a cue of one word, inside the marks) */
      size_t v = comma != SIZE_MAX && comma > k0 + 1 ? comma - 1 : SIZE_MAX;
      if (v != SIZE_MAX && comma + 1 < c->nt && c->t[comma + 1].start < q->end &&
          (classes_at(c, v) & (KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_REPORTING)) && mi < c->nm &&
          c->m[mi].start == q->start && c->m[mi].kind == KIMPUT_ENT_PERSON && c->m[mi].end <= c->t[v].start) {
        lead_v = v;
        lead_n = 1;
        it->start = c->t[comma + 1].start;
      }
    }
    if (q->depth > 0) {
      /* ("Warga menyebutnya 'banjir kiriman'": what the speaker says things are called, inside the
         words quoted, is a term) */
      /* (and so is the text of a sign or a writing right after its noun: "… adanya tulisan 'Kantor ini
         bukan milik pribadi', saya sepakat") */
      size_t o = tok_at(c, q->open);
      int sign = o > 0 && o - 1 < c->nt && c->t[o - 1].start >= a &&
                 (word_is(c, o - 1, "tulisan") || word_is(c, o - 1, "bertuliskan"));
      kind = is_term(c, q->start, q->end) || named_term(c, a, q->open) || called_before(c, a, q->open) || sign
                 ? KIMPUT_QUOTE_TERM
                 : KIMPUT_QUOTE_PARTIAL;
    } else {
      after_result after = {NOBODY, KIMPUT_UNSET, KIMPUT_UNSET, -1, 0, 0, 0};
      if (!(q->flags & KIMPUT_QUOTE_UNCLOSED) || (q->flags & KIMPUT_QUOTE_CONTINUES))
        after = after_attribution(c, q, b);
      if (after.relay_only) via = after.via;
      int opens = 1;
      for (size_t i = tok_at(c, a); i < c->nt && c->t[i].start < q->open; i++)
        if (c->t[i].kind == KIMPUT_TOK_WORD || c->t[i].kind == KIMPUT_TOK_NUMBER) { opens = 0; break; }
      if (after.any) {
        sp = after.sp;
        if (after.pronoun) {  /* "...," kata dia: the speaker of the sentences before goes on */
          who prev = recent_speaker(c, si, q->open, 0);
          /* ... unless the pronoun's person was named after that speaker spoke
             ("Seorang guru, Nurhayati, mengaku ... '...,' tuturnya") */
          size_t ps = si;
          while (ps > 0 && si - ps < RECENT && !found(c->said[ps - 1])) ps--;
          who named = person_before(c, q->open, ps > 0 ? c->s[ps - 1].end : 0);
          int newer = sp.ent >= 0 && named.ent == sp.ent && sp.ent != prev.ent;
          /* (not one named as what a passive verb befell, last: "Tersangka X ditemukan di rumahnya.
             '…,' ujarnya" goes on with the officer who spoke before) */
          int befell = 0;
          if (found(prev) && named.ent >= 0 && named.ent == sp.ent && named.e != KIMPUT_UNSET) {
            size_t k = tok_at(c, named.e);
            while (k < c->nt && (classes_at(c, k) & KIMPUT_LEX_ADVERB)) k++;
            befell = k < c->nt && c->t[k].kind == KIMPUT_TOK_WORD && c->t[k].end - c->t[k].start >= 6 &&
                     c->text[c->t[k].start] == 'd' && passive(c, k);
            /* (nor one named since only in an adjunct opening a sentence, a preposition and the name
               closed by a comma, no subject: "Menurut X, …. Di bawah Y, DPR …. '…,' katanya" goes on
               with X; "Kami berbincang dengan Y. '…,' katanya" is Y's) */
            if (!befell && named.s != KIMPUT_UNSET) {
              size_t nm = mention_at(c, named.s);
              if (nm < c->nm && c->m[nm].start == named.s && after_preposition(c, nm)) {
                size_t j = tok_at(c, mention_first(&c->m[nm])), e = tok_at(c, c->m[nm].end);
                size_t f = c->s[sent_at(c, c->m[nm].start)].first_token;
                befell = j >= f + 1 && j <= f + 3 && e < c->nt && is_punct(c, e, ",") &&
                         (word_is(c, f, "di") || word_is(c, f, "pada") || word_is(c, f, "dalam") ||
                          word_is(c, f, "sejak") || word_is(c, f, "semasa"));
              }
            }
            if (befell) newer = 0;
          }
          /* ... or named since outside quotes, that speaker only in a clause a subordinator opens
             ("Y merasa aneh jika Kapolda X menyatakan itu. '…,' katanya": the mention stage's subject,
             Y, not X) */
          if (!newer && !befell && sp.ent >= 0 && sp.ent != prev.ent && ps > 0 &&
              took_floor(c, sp.ent, prev.ent, c->s[ps - 1].end, q->open))
            newer = 1;
          /* ... or unless a description names the title that person was introduced with ("kata mantan
             Kapolda X itu" after "Kapolda Y Z" and another's words since) */
          if (sp.ent >= 0 && sp.ent != prev.ent && !newer) {
            size_t h = description_head(c, tok_at(c, after.cue_e), b);
            if (h < c->nt && (classes_at(c, h) & KIMPUT_LEX_TITLE)) {
              who holder = role_holder_before(c, h, q->open, q->open > 2000 ? q->open - 2000 : 0);
              newer = holder.ent == sp.ent;
            }
          }
          size_t ct = tok_at(c, after.cue_s);
          int nya = ct < c->nt && c->t[ct].end == after.cue_e && ends_nya(c, ct);
          /* (nor when a description names an office of one holder that person was not introduced
             with: "kata bupati itu" after the president's words) */
          int office = sp.ent < 0 && sp.s != KIMPUT_UNSET && !nya &&
                       other_office(c, prev, description_head(c, tok_at(c, after.cue_e), b)) &&
                       description_head(c, tok_at(c, after.cue_e), b) == tok_at(c, after.cue_e);
          if (prev.ent >= 0 && c->e[prev.ent].kind == KIMPUT_ENT_PERSON && !newer && !office) sp = prev;
          /* an outlet or a body that spoke last goes on with -nya too, nobody named since (a name
             inside its words is not: '"Kim akan berkunjung," lapor KCNA. "…," lanjutnya') */
          else if (nya && prev.ent >= 0 && !found(named)) sp = prev;
          /* nobody named before it, or nobody since an unnamed speaker of the sentences before: that
             one goes on ("Juru bicara itu menambahkan, ... '...,' ujarnya"; "Presiden X meninjau IKN.
             Seorang pejabat yang enggan disebut namanya membenarkan …. '…,' katanya") */
          /* (but not past the holder of the title a description names: "ujar pemimpin berusia 38 tahun
             itu" after "pemimpin Korut X" and an unnamed one's words is X) */
          else if (prev.ent < 0 && prev.s != KIMPUT_UNSET && !(newer && sp.ent >= 0 && sp.ent != named.ent) &&
                   (!found(sp) || !found(named) || named.s == KIMPUT_UNSET || prev.s > named.s))
            sp = prev;
          /* nobody before it at all: a recap after it names whom "-nya" means ('"…," tandasnya.
             Demikian disampaikan Kapolres X.') */
          if (!found(sp) && !found(prev)) {
            size_t rv = 0, rn = 0, k = tok_at(c, after.cue_e);
            uint32_t from = after.cue_e;  /* (past the pronoun written after the cue: '"…," ungkap dia.') */
            if (k < c->nt && (classes_at(c, k) & KIMPUT_LEX_PRONOUN)) from = c->t[k].end;
            sp = recap_after(c, ci, from, &rv, &rn);
          }
          /* (never one the words themselves speak of by name or title: "Y … X juga mengatakan kepada Z ….
             '… Bapak Presiden juga berharap perundingan segera dimulai …,' pungkasnya" goes on with the person who spoke
             before X, the one reporting) */
          /* (and nobody when no other person spoke and the words address that one: '"Saya belum pernah
             bertemu Pak X," ujar bintang film ini' with no name given for the actress) */
          if (spoken_of(c, q, sp.ent)) {
            who other = addressed_in(c, q, sp.ent) ? NOBODY : sp;
            for (size_t k = 1; k <= RECENT && k <= si; k++) {
              who w = c->said[si - k];
              if (found(w) && w.ent >= 0 && w.ent != sp.ent && c->e[w.ent].kind == KIMPUT_ENT_PERSON) {
                other = w;
                break;
              }
            }
            sp = other;
          }
        } else if (sp.ent < 0 && sp.s != KIMPUT_UNSET && sp.e > after.cue_e && c->text[sp.s] >= 'A' &&
                   c->text[sp.s] <= 'Z') {
          /* '"…," ungkap Bupati. Hal tersebut disampaikan Bupati Sukamaju X.': a title standing for
             nobody introduced before is the person a recap right after it names */
          size_t rv = 0, rn = 0;
          who r = recap_after(c, ci, sp.e, &rv, &rn);
          if (r.ent >= 0) sp = r;
        }
        it->cue_start = after.cue_s;
        it->cue_end = after.cue_e;
        /* ('Kim tidak menyebut Xi sebagai "kawan terdekat", kata X': a word of the writer's sentence
           right before the mark, no comma or colon between, makes the words part of that sentence) */
        size_t o = tok_at(c, q->open);
        kind = !opens && o > 0 && c->t[o - 1].start >= a && c->t[o - 1].kind == KIMPUT_TOK_WORD
                   ? KIMPUT_QUOTE_PARTIAL
                   : KIMPUT_QUOTE_DIRECT;
      } else {
        size_t n = 0, v = last_cue(c, a, q->open, &n);
        size_t last = tok_at(c, q->open);
        int lead_colon = last > 0 && last - 1 < c->nt && c->t[last - 1].start >= a && is_punct(c, last - 1, ":,");
        int colon = 0;
        if (lead_colon && v != SIZE_MAX) {
          colon = 1;  /* "X berkata:" -- only words between the cue and the mark */
          for (size_t i = v + n; i + 1 < last && colon; i++) colon = c->t[i].kind == KIMPUT_TOK_WORD;
        }
        /* "Kepala BPBD X menjelaskan:" closing the line before, the quote on a line of its own */
        size_t pn = 0, pv = SIZE_MAX;
        uint32_t pa = si > 0 ? c->s[si - 1].start : 0;
        if (v == SIZE_MAX && opens && si > 0 && last > 0 && is_punct(c, last - 1, ":") && c->t[last - 1].start < a &&
            c->t[last - 1].start >= pa)
          pv = last_cue(c, pa, c->t[last - 1].start, &pn);
        /* no cue there either: "Berikut isi surat X:" announces the words of X's letter */
        who announced = NOBODY;
        if (v == SIZE_MAX && pv == SIZE_MAX && opens && si > 0 && last > 0 && is_punct(c, last - 1, ":") &&
            c->t[last - 1].start < a && c->t[last - 1].start >= pa)
          announced = announced_owner(c, pa, last - 1);
        if (lead_v != SIZE_MAX) {
          sp = of_mention(c, mention_at(c, q->start));
          it->cue_start = c->t[lead_v].start;
          it->cue_end = c->t[lead_v + lead_n - 1].end;
          kind = KIMPUT_QUOTE_DIRECT;
        } else if ((is_term(c, q->start, q->end) || (!opens && named_term(c, a, q->open))) && !colon &&
                   !found(announced)) {
          kind = KIMPUT_QUOTE_TERM;
        } else if (found(announced)) {
          sp = announced;
          if (sp.ent >= 0) sp.s = sp.e = KIMPUT_UNSET;  /* named before, not here */
          kind = KIMPUT_QUOTE_DIRECT;
        } else if (pv != SIZE_MAX) {
          /* ("Mengutip kantor berita Reuters, X menulis:" on that line: the agency relays) */
          if (via < 0) via = find_via(c, pa, c->t[last - 1].start);
          sp = described_before(c, pa, speaker_for_cue(c, pa, pv, pn, q->open, 1));
          it->cue_start = c->t[pv].start;
          it->cue_end = c->t[pv + pn - 1].end;
          kind = KIMPUT_QUOTE_DIRECT;
        } else if (v != SIZE_MAX) {
          sp = described_before(c, a, speaker_for_cue(c, a, v, n, q->open, 1));
          if (!found(sp)) sp = letter_subject_writer(c, a, v);
          /* 'X mengatakan bahwa Ukraina akan menganggap keputusan itu "…"': a cue of the words reported
             with no speaker of its own; the cue that frames them gives the words' speaker */
          if (!found(sp)) {
            size_t fn = 0, f = framing_cue(c, a, v, n, &fn);
            who w = f != SIZE_MAX ? described_before(c, a, speaker_for_cue(c, a, f, fn, q->open, 1)) : NOBODY;
            if (found(w)) {
              sp = w;
              v = f;
              n = fn;
            }
          }
          it->cue_start = c->t[v].start;
          it->cue_end = c->t[v + n - 1].end;
          /* 'Beliau mengatakan, "…." Hal itu diungkapkan Presiden X.': a subject that names nobody
             (a pronoun with nobody before it) is whom a recap right after the quote names */
          if (!found(sp)) {
            size_t rv = 0, rn = 0;
            sp = recap_after(c, ci, q->close, &rv, &rn);
          }
          kind = colon || opens || whole_statement_after_cue(c, q, v + n, last, own_b) ? KIMPUT_QUOTE_DIRECT
                                                                                      : KIMPUT_QUOTE_PARTIAL;
          if (kind == KIMPUT_QUOTE_PARTIAL && crowd_names(c, v, q, sp.s, sp.e)) kind = KIMPUT_QUOTE_TERM;
        } else if (last > 0 && is_punct(c, last - 1, ":") && c->t[last - 1].start >= a) {
          sp = subject_before(c, a, last - 1, 0);
          kind = KIMPUT_QUOTE_DIRECT;
        } else {
          kind = opens ? KIMPUT_QUOTE_DIRECT : KIMPUT_QUOTE_PARTIAL;
          size_t rv = 0, rn = 0;
          who recap = opens ? recap_after(c, ci, q->close, &rv, &rn) : NOBODY;
          /* no cue: the speaker of this sentence or the one before goes on */
          who prev = recent_speaker(c, si, q->open, 0);
          if (opens && found(c->said[si])) prev = c->said[si];
          /* ("Sementara Budi (40) belum menentukan sikap. '…'": another person the sentence right before
             opens with, in the quote's paragraph, takes the floor) */
          else if (opens && si > 0 && !(c->t[tok_at(c, q->open)].flags & KIMPUT_TOKF_NEWLINE)) {
            who subj = sentence_subject(c, si - 1);
            if (subj.ent >= 0 && subj.ent != prev.ent && c->e[subj.ent].kind == KIMPUT_ENT_PERSON) prev = subj;
          }
          if (opens && !found(prev)) prev = interviewee_before(c, si);  /* an interview's first answer */
          /* "Kim mendoakan kemenangan Putin atas '…'": words quoted inside a
           * clause are its subject's, the person opening it before a verb */
          if (!opens && last > 0) {
            who subj = clause_subject(c, a, last);
            if (!found(subj)) subj = letter_subject_writer(c, a, last);
            if (found(subj)) prev = subj;
          }
          /* '"…," lapor KCNA' names who speaks: no speaker of the sentences before goes on */
          int32_t agency = after.via >= 0 ? after.via : via;
          if (opens && agency >= 0 && agency_report(c, q, b, agency, it, &sp)) {
            /* (the agency is the speaker now, so it relays nothing) */
          } else if (found(recap)) {
            sp = recap;
            it->cue_start = c->t[rv].start;
            it->cue_end = c->t[rv + rn - 1].end;
          } else if (opens && found(titled_after_mark(c, q))) {
            sp = titled_after_mark(c, q);  /* '"…," Kapolsek X Kompol Y, Senin.': the cue left out */
          } else if (found(prev)) {
            sp = prev;
            if (sp.ent >= 0) sp.s = sp.e = KIMPUT_UNSET;  /* named before, not here */
          } else if (last > 0) {
            sp = subject_before(c, a, last, 0);
          }
          if (!found(sp) && opens && si > 0) sp = sentence_subject(c, si - 1);
          size_t first = tok_at(c, q->start);
          if (!opens && first + 1 == tok_at(c, q->end) && !(c->t[first].flags & KIMPUT_TOKF_UPPER))
            kind = KIMPUT_QUOTE_TERM;
          /* '"Cabai mahal" menjadi keluhan warga': words opening a sentence that goes
             on after the mark, with no stop of their own, are its subject, not a
             statement; '"Latihan gabungan" itu berlangsung ...': a short one pointed
             at (itu, tersebut) is a term */
          size_t next = tok_at(c, q->close);
          if (opens && !(q->flags & KIMPUT_QUOTE_UNCLOSED) && q->end > q->start &&
              !strchr(".,!?;:", c->text[q->end - 1]) && !((unsigned char)c->text[q->end - 1] == 0xA6) &&
              goes_on_lower(c, q->close)) {
            size_t words = 0;
            for (size_t i = first; i < c->nt && c->t[i].start < q->end; i++) words += c->t[i].kind == KIMPUT_TOK_WORD;
            kind = words <= TERM_WORDS && (classes_at(c, next) & KIMPUT_LEX_DESC_END) ? KIMPUT_QUOTE_TERM
                                                                                      : KIMPUT_QUOTE_PARTIAL;
          }
        }
      }
      if (after.via >= 0) via = after.via;
      if (!found(sp) && kind == KIMPUT_QUOTE_DIRECT && via >= 0 && agency_report(c, q, b, via, it, &sp)) via = -1;
    }
    /* ('"…". Begitu kata X, seperti dikutip KCNA.': the agency of the attribution's sentence; not
       '… "era baru". KCNA melaporkan isi surat itu.', another sentence) */
    if (via < 0 && b > own_b && it->cue_start != KIMPUT_UNSET && it->cue_start >= own_b) via = find_via(c, a, b);
    if (kind == KIMPUT_QUOTE_PARTIAL && (defined_term(c, q) || nickname(c, q))) kind = KIMPUT_QUOTE_TERM;
    if (kind == KIMPUT_QUOTE_DIRECT) sp = place_spoken_of(c, sp, q, si);
    it->kind = (uint8_t)kind;
    if (kind != KIMPUT_QUOTE_TERM) {
      set_speaker(it, sp);
      if (found(sp)) { c->said[si] = sp; c->said[ci] = sp; }
      if (via >= 0 && !same_speaker(it, via)) it->via = via;
    } else {
      it->cue_start = it->cue_end = KIMPUT_UNSET;
    }
  }
}

/* "… tiba-tiba Bupati berteriak, 'Keluar!' …": the mention of a person named (no pronoun: "Dia bilang,
 * '…'" may mean anyone the speaker spoke of) right before a cue, at most two lower-case words and a comma or
 * a colon before the nested quote opening at open, inside the quote from outer_start: whose words those are;
 * SIZE_MAX when none. */
static size_t inner_speaker(const actx *c, uint32_t open, uint32_t outer_start) {
  size_t k = tok_at(c, open);
  if (k < 3 || k > c->nt || !is_punct(c, k - 1, ",:")) return SIZE_MAX;
  const uint32_t cues = KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_REPORTING;
  size_t v = k - 1;  /* the comma; the cue is one of the three lower-case words before it */
  do {
    if (v == 0 || k - 1 - v >= 3) return SIZE_MAX;
    v--;
    if (c->t[v].kind != KIMPUT_TOK_WORD || (c->t[v].flags & KIMPUT_TOKF_UPPER)) return SIZE_MAX;
  } while (!(classes_at(c, v) & cues));
  if (v == 0 || c->t[v - 1].start < outer_start) return SIZE_MAX;
  uint32_t end = c->t[v - 1].end;
  size_t mi = mention_at(c, c->t[v - 1].start > 64 ? c->t[v - 1].start - 64 : 0), found_mi = SIZE_MAX;
  for (; mi < c->nm && c->m[mi].start < end; mi++)
    if (c->m[mi].end == end && c->m[mi].start >= outer_start) found_mi = mi;
  if (found_mi == SIZE_MAX || c->m[found_mi].kind != KIMPUT_ENT_PERSON || c->m[found_mi].form == KIMPUT_MENTION_PRONOUN)
    return SIZE_MAX;
  return found_mi;
}

/* Tokens [a, b) are one to three words and nothing else: "bibit 'padi gogo'" marked inside
 * words quoted set off a term, no speech (which says more: "'Pak kami tetap bertahan di sini'"). */
static int short_phrase(const actx *c, size_t a, size_t b) {
  if (b <= a || b - a > 3) return 0;
  for (size_t k = a; k < b; k++)
    if (c->t[k].kind != KIMPUT_TOK_WORD) return 0;
  return 1;
}

/* Does a word of saying stand right before the mark opening at open, a comma or a colon maybe between
 * ("Dia bilang 'kami tidak takut'": words said, however short)? */
static int said_before_mark(const actx *c, uint32_t open) {
  size_t k = tok_at(c, open);
  if (k > 0 && is_punct(c, k - 1, ",:")) k--;
  const uint32_t cues = KIMPUT_LEX_CUE_BEFORE | KIMPUT_LEX_CUE_AFTER | KIMPUT_LEX_CUE_REPORTING;
  return k > 0 && c->t[k - 1].kind == KIMPUT_TOK_WORD && (classes_at(c, k - 1) & cues);
}

/* Nested quotes speak with the quote around them; paragraphs of one quote
 * share the attribution of its last paragraph (of its first when only the
 * first has a cue: 'X mengatakan, "... [paragraph] "..."'). */
static void propagate(actx *c, const size_t *item_of) {
  size_t stack[16], depth = 0;
  for (size_t qn = 0; qn < c->nq; qn++) {
    const kimput_quote *q = &c->q[qn];
    while (depth > 0 && c->q[stack[depth - 1]].end <= q->start) depth--;
    if (q->depth > 0 && depth > 0 && item_of[qn] != SIZE_MAX && item_of[stack[depth - 1]] != SIZE_MAX) {
      kimput_attribution *in = &c->out->v[item_of[qn]];
      const kimput_attribution *outer = &c->out->v[item_of[stack[depth - 1]]];
      /* "Tidak ada istilah 'kehabisan' di kamus kami": a word or a name marked inside the words quoted
         is a term, nobody's words; so are two or three words no word of saying introduces */
      size_t f = tok_at(c, in->start);
      if (in->kind != KIMPUT_QUOTE_TERM && in->end > in->start &&
          ((f + 1 == tok_at(c, in->end) && c->t[f].kind == KIMPUT_TOK_WORD) ||
           (short_phrase(c, f, tok_at(c, in->end)) && !said_before_mark(c, in->open)) || is_term(c, in->start, in->end))) {
        in->kind = KIMPUT_QUOTE_TERM;
        in->speaker = in->via = -1;
        in->speaker_start = in->speaker_end = in->cue_start = in->cue_end = KIMPUT_UNSET;
      }
      size_t said_by = in->kind != KIMPUT_QUOTE_TERM ? inner_speaker(c, in->open, outer->start) : SIZE_MAX;
      if (said_by != SIZE_MAX) {  /* "… tiba-tiba Bupati berteriak, 'Keluar!' …": the one who said them inside */
        in->speaker = c->m[said_by].entity;
        in->speaker_start = c->m[said_by].start;
        in->speaker_end = c->m[said_by].end;
      } else if (in->kind != KIMPUT_QUOTE_TERM) {
        in->speaker = outer->speaker;
        in->speaker_start = outer->speaker_start;
        in->speaker_end = outer->speaker_end;
      }
    }
    if (depth < 16) stack[depth++] = qn;
  }
  size_t group = SIZE_MAX;  /* the first part of the current multi-paragraph quote */
  uint16_t parts = 0;
  for (size_t qn = 0; qn < c->nq; qn++) {
    const kimput_quote *q = &c->q[qn];
    if (q->depth != 0 || !(q->flags & (KIMPUT_QUOTE_CONTINUES | KIMPUT_QUOTE_CONTINUED))) continue;
    if (!(q->flags & KIMPUT_QUOTE_CONTINUED) || group == SIZE_MAX) { group = qn; parts = 0; }
    parts++;
    if (q->flags & KIMPUT_QUOTE_CONTINUES) continue;
    const kimput_attribution *last = item_of[qn] != SIZE_MAX ? &c->out->v[item_of[qn]] : NULL;
    const kimput_attribution *first = item_of[group] != SIZE_MAX ? &c->out->v[item_of[group]] : NULL;
    if (last && first && last->cue_start == KIMPUT_UNSET && first->cue_start != KIMPUT_UNSET &&
        (first->speaker >= 0 || first->speaker_start != KIMPUT_UNSET))
      last = first;
    uint16_t part = 0;
    for (size_t k = group; k <= qn; k++) {
      if (c->q[k].depth != 0 || item_of[k] == SIZE_MAX) continue;
      kimput_attribution *p = &c->out->v[item_of[k]];
      p->part = ++part;
      p->kind = KIMPUT_QUOTE_DIRECT;
      if (last && p != last && (last->speaker >= 0 || last->speaker_start != KIMPUT_UNSET || p->speaker < 0)) {
        p->speaker = last->speaker;
        p->speaker_start = last->speaker_start;
        p->speaker_end = last->speaker_end;
        p->cue_start = last->cue_start;
        p->cue_end = last->cue_end;
        p->via = last->via;
      }
    }
    group = SIZE_MAX;
  }
}

static int by_start(const void *x, const void *y) {
  const kimput_attribution *a = x, *b = y;
  if (a->start != b->start) return a->start < b->start ? -1 : 1;
  return a->open < b->open ? -1 : a->open > b->open;
}

/* "BANDUNG, KOMPAS.com - Setelah X menjelaskan, ...": a sentence that opens
 * before the body span holding its end (the dateline is page furniture) opens
 * where the span does, as the rules that read a sentence's first words expect.
 * The sentences, copied into out when one moves (else s itself). */
static const kimput_sentence *clamp_sentences(const kimput_token *t, size_t nt, const kimput_sentence *s, size_t ns,
                                              const uint32_t *spans, size_t nspans, kimput_sentence *out) {
  int copied = 0;
  for (size_t k = 0, si = 0; k < nspans; k++) {
    uint32_t a = spans[2 * k];
    while (si < ns && s[si].end <= a) si++;  /* the spans and the sentences come in order */
    if (si >= ns || s[si].start >= a) continue;
    if (!copied) { memcpy(out, s, ns * sizeof *s); copied = 1; }
    size_t i = out[si].first_token, end = i + out[si].ntokens;
    while (i < end && i < nt && t[i].start < a) i++;
    if (i >= end) continue;
    out[si].start = a;
    out[si].ntokens = (uint32_t)(end - i);
    out[si].first_token = (uint32_t)i;
  }
  return copied ? out : s;
}

/* The token range [lo, hi) of each span into out (2 per span): its tokens, as the mention scan
 * takes them (mention_set_filled), for when its ranges are gone. */
static void span_token_ranges(const actx *c, const uint32_t *spans, size_t nspans, size_t *out) {
  for (size_t k = 0; k < nspans; k++) {
    size_t lo = tok_at(c, spans[2 * k]), stop = tok_at(c, spans[2 * k + 1]);
    while (stop > lo && c->t[stop - 1].end > spans[2 * k + 1]) stop--;
    out[2 * k] = lo;
    out[2 * k + 1] = stop;
  }
}

kimput_status kimput_doc_attribute(kimput_doc *doc, const kimput_lexicon *lex, const uint32_t *spans,
                                   size_t nspans, const kimput_attribution **quotes, size_t *count) {
  if (!doc || !lex || (!spans && nspans)) return KIMPUT_ERR_ARG;
  actx c;
  memset(&c, 0, sizeof c);
  size_t ne;
  kimput_status st = kimput_doc_mentions(doc, lex, spans, nspans, &c.m, &c.nm, &c.e, &ne);
  if (st != KIMPUT_OK) return st;
  uint32_t whole[2] = {0, (uint32_t)doc->len};
  if (!spans) { spans = whole; nspans = 1; }
  struct quote_set *set = doc->attributed;
  if (set && set->lex == lex && set->stamp == lex->stamp && set->nspans == nspans &&
      (nspans == 0 || !memcmp(set->spans, spans, nspans * 2 * sizeof *spans))) {
    if (quotes) *quotes = set->v;
    if (count) *count = set->n;
    return KIMPUT_OK;
  }
  quote_set_free(doc->attributed);
  doc->attributed = NULL;
  c.text = doc->text;
  c.t = kimput_doc_tokens(doc, &c.nt);
  c.s = kimput_doc_sentences(doc, &c.ns);
  c.lex = lex;
  c.hits = mention_set_hits(doc->mentions);
  /* the working arrays, the marks and the results being built live in the thread's scratch */
  scratch_buf *wbuf = thread_scratch_buf(SCRATCH_ATTR_WORK), *mbuf = thread_scratch_buf(SCRATCH_ATTR_MARKS),
              *obuf = thread_scratch_buf(SCRATCH_ATTR_OUT);
  if (!wbuf || !mbuf || !obuf) return KIMPUT_ERR_NOMEM;
  lex_hit *own_hits = NULL;  /* when an earlier attribution dropped them */
  if (!c.hits) {
    own_hits = malloc((c.nt ? c.nt : 1) * sizeof *own_hits);
    if (!own_hits) return KIMPUT_ERR_NOMEM;
    lex_hits_reset(own_hits, c.nt);
    c.hits = own_hits;
  }
  kimput_quote *marks = mbuf->p;
  size_t marks_cap = mbuf->cap / sizeof *marks;
  st = quotes_scan_into(doc->text, doc->len, spans, nspans, &marks, &marks_cap, &c.nq);
  mbuf->p = marks;
  mbuf->cap = marks_cap * sizeof *marks;
  if (st != KIMPUT_OK) { free(own_hits); return st; }
  c.q = marks;
  struct quote_set work;  /* the result while it is built */
  memset(&work, 0, sizeof work);
  work.v = obuf->p;
  work.cap = obuf->cap / sizeof *work.v;
  c.out = &work;
  /* the working arrays of this call in one block: cand and via_cand (a size_t per token),
     outlets (a size_t per mention), top and item_of (a size_t per quote), said (a who per
     sentence), the sentences clamped to the spans (a kimput_sentence per sentence), tmap and mmap
     (a uint32_t per 8 and per 32 bytes of text), via_m (a byte per mention) */
  _Static_assert(sizeof(kimput_sentence) % _Alignof(who) == 0, "the sentences' copy keeps said aligned");
  size_t ntmap = (doc->len >> TOK_MAP_SHIFT) + 1, nmmap = (doc->len >> MMAP_SHIFT) + 1;
  size_t *w = scratch_reserve(wbuf, (2 * c.nt + c.nm + 2 * c.nq + 2 * nspans) * sizeof *w +
                                        c.ns * sizeof(kimput_sentence) +
                                        c.ns * sizeof *c.said + (ntmap + nmmap) * sizeof *c.tmap + c.nm + 1);
  size_t *item_of = NULL;
  if (w) {
    c.cand = w;
    c.via_cand = w + c.nt;
    c.outlets = c.via_cand + c.nt;
    c.top = c.outlets + c.nm;
    item_of = c.top + c.nq;
    size_t *span_tokens = item_of + c.nq;
    kimput_sentence *clamped = (kimput_sentence *)(void *)(span_tokens + 2 * nspans);
    c.said = (who *)(void *)(clamped + c.ns);
    uint32_t *tmap = (uint32_t *)(c.said + c.ns);
    c.mmap = tmap + ntmap;
    c.via_m = (uint8_t *)(c.mmap + nmmap);
    memset(c.via_m, 0, c.nm);
    c.s = clamp_sentences(c.t, c.nt, c.s, c.ns, spans, nspans, clamped);
    size_t shared_n = 0;
    const uint32_t *shared = own_hits ? NULL : mention_set_tok_map(doc->mentions, &shared_n);
    if (shared && shared_n == ntmap) {
      c.tmap = shared;
    } else {
      block_map_fill(tmap, ntmap, c.t, c.nt, sizeof *c.t, TOK_MAP_SHIFT);
      c.tmap = tmap;
    }
    block_map_fill(c.mmap, nmmap, c.m, c.nm, sizeof *c.m, MMAP_SHIFT);
    c.ntmap = ntmap;  /* (0 until made: the lookups search) */
    c.nmmap = nmmap;
    /* the cues of the spans' tokens (none outside: a caption's "X mengatakan" is no body text), as
       the mention scan listed them; else (its hits dropped) looked up when they may be a cue */
    const size_t *ranges = NULL, *cues = NULL;
    size_t nranges = 0, ncues = 0;
    if (own_hits || !mention_set_filled(doc->mentions, &ranges, &nranges, &cues, &ncues)) {
      span_token_ranges(&c, spans, nspans, span_tokens);
      ranges = span_tokens;
      nranges = nspans;
      cues = NULL;
    }
    c.ncand = lex_cue_candidates(lex, c.hits, c.text, c.t, c.nt, ranges, nranges, cues, ncues, c.cand);
    for (size_t k = 0; k < c.ncand; k++) {  /* (a store each, a cursor moved by the class: no branch) */
      c.via_cand[c.nvia_cand] = c.cand[k];
      c.nvia_cand += (c.hits[c.cand[k]].any & KIMPUT_LEX_CUE_VIA) != 0;
    }
    for (size_t mi = 0; mi < c.nm; mi++) {
      c.outlets[c.noutlets] = mi;
      c.noutlets += c.m[mi].kind == KIMPUT_ENT_OUTLET && c.m[mi].entity >= 0;
    }
  } else {
    c.failed = 1;
  }
  if (!c.failed) {
    for (size_t i = 0; i < c.nq; i++)
      if (marks[i].depth == 0) c.top[c.ntop++] = i;
    memset(c.said, 0xFF, c.ns * sizeof *c.said);  /* every one NOBODY: -1 and KIMPUT_UNSET, all bits set */
    indirect(&c);
    quotations(&c, item_of);
    if (!c.failed) propagate(&c, item_of);
  }
  free(own_hits);
  set = NULL;
  if (!c.failed) {
    /* in order of start: the quotes come nearly sorted (the few of indirect
       speech first, then the marks), so an insertion sort, which keeps equal
       ones in order; past a linear number of moves, qsort finishes */
    size_t moves = 0, budget = 8 * work.n;
    for (size_t i = 1; i < work.n && moves <= budget; i++) {
      kimput_attribution x = work.v[i];
      size_t j = i;
      while (j > 0 && by_start(&work.v[j - 1], &x) > 0) { work.v[j] = work.v[j - 1]; j--; moves++; }
      work.v[j] = x;
    }
    if (moves > budget) qsort(work.v, work.n, sizeof *work.v, by_start);
    size_t at_v = (sizeof *set + 15) & ~(size_t)15;
    size_t at_spans = at_v + work.n * sizeof *work.v;
    size_t bytes = at_spans + nspans * 2 * sizeof *spans;
    char *block = malloc(bytes);
    if (block) {
      set = (struct quote_set *)block;
      *set = work;
      set->v = (kimput_attribution *)(block + at_v);
      set->spans = (uint32_t *)(block + at_spans);
      set->cap = work.n;
      set->bytes = bytes;
      set->nspans = nspans;
      if (work.n) memcpy(set->v, work.v, work.n * sizeof *work.v);
      if (nspans) memcpy(set->spans, spans, nspans * 2 * sizeof *spans);
    }
  }
  obuf->p = work.v;
  obuf->cap = work.cap * sizeof *work.v;
  scratch_release(wbuf);
  scratch_release(mbuf);
  scratch_release(obuf);
  if (!set) return KIMPUT_ERR_NOMEM;
  mention_set_drop_hits(doc->mentions);  /* the per-token lookups are no longer needed */
  set->lex = lex;
  set->stamp = lex->stamp;
  doc->attributed = set;
  if (quotes) *quotes = set->v;
  if (count) *count = set->n;
  return KIMPUT_OK;
}
