/* The spellings of a known person's name that transliteration gives: one key for
 * "Dmitry Peskov", "Dimitry Peskov" and "Dmitriy Peskov", for "Sergei Shoigu" and
 * "Sergey Shoygu", "Vladimir" and "Wladimir". News writes foreign names as its
 * source spelled them; the gazetteer lists a name once or twice, and the key lets
 * a name of two words or more that no form matches still take the canonical name.
 * Only whole names are keyed: one word alone is far too easy to meet by chance. */
#include <stdlib.h>
#include <string.h>

#include "lexicon.h"

#define KEY_WORD_MAX 40   /* a longer word makes no key */
#define LONG_WORD 6       /* a word of this many letters or more is keyed without its inner vowels */

/* The plain letter of a two-byte UTF-8 Latin letter b0 b1 (Latin-1 supplement and
 * Latin Extended-A: the accents of names written in Latin script), or 0. */
static char latin_plain(unsigned char b0, unsigned char b1) {
  if (b0 == 0xC3 && b1 >= 0x80 && b1 <= 0xBF) {
    static const char sup[65] = "aaaaaa_ceeeeiiii_nooooo_ouuuui__aaaaaa_ceeeeiiii_nooooo_ouuuui_i";
    char p = sup[b1 - 0x80];
    return p == '_' ? 0 : p;
  }
  if (b0 != 0xC4 && b0 != 0xC5) return 0;
  static const struct { unsigned char b0, b1; char plain; } ext[] = {
      {0xC4, 0x80, 'a'}, {0xC4, 0x81, 'a'}, {0xC4, 0x86, 'c'}, {0xC4, 0x87, 'c'}, {0xC4, 0x8C, 'c'},
      {0xC4, 0x8D, 'c'}, {0xC4, 0x92, 'e'}, {0xC4, 0x93, 'e'}, {0xC4, 0x9E, 'g'}, {0xC4, 0x9F, 'g'},
      {0xC4, 0xAA, 'i'}, {0xC4, 0xAB, 'i'}, {0xC4, 0xB0, 'i'}, {0xC4, 0xB1, 'i'}, {0xC5, 0x81, 'l'},
      {0xC5, 0x82, 'l'}, {0xC5, 0x83, 'n'}, {0xC5, 0x84, 'n'}, {0xC5, 0x8C, 'o'}, {0xC5, 0x8D, 'o'},
      {0xC5, 0x90, 'o'}, {0xC5, 0x91, 'o'}, {0xC5, 0x9E, 's'}, {0xC5, 0x9F, 's'}, {0xC5, 0xA0, 's'},
      {0xC5, 0xA1, 's'}, {0xC5, 0xAA, 'u'}, {0xC5, 0xAB, 'u'}, {0xC5, 0xB0, 'u'}, {0xC5, 0xB1, 'u'},
      {0xC5, 0xBD, 'z'}, {0xC5, 0xBE, 'z'}};
  for (size_t i = 0; i < sizeof ext / sizeof *ext; i++)
    if (ext[i].b0 == b0 && ext[i].b1 == b1) return ext[i].plain;
  return 0;
}

static int is_vowel(char ch) { return ch == 'a' || ch == 'e' || ch == 'i' || ch == 'o' || ch == 'u'; }

/* Is s[0..n) a roman numeral in capitals (a regnal number: "Charles III")? */
static int roman_word(const char *s, size_t n) {
  for (size_t i = 0; i < n; i++)
    if (!strchr("IVXLC", s[i]) || !s[i]) return 0;
  return n > 0;
}

/* Appends the word w[0..n) (folded letters) to out at *len, after a '|' when a word is there
 * already: a long word without its vowels between its first and last letters (the last tells
 * Volkanova from Volkanov). 0 when out is full. */
static int put_word(const char *w, size_t n, char *out, size_t cap, size_t *len) {
  if (*len && *len + 1 <= cap) out[(*len)++] = '|';
  else if (*len) return 0;
  for (size_t i = 0; i < n; i++) {
    if (n >= LONG_WORD && i > 0 && i + 1 < n && is_vowel(w[i])) continue;
    if (*len >= cap) return 0;
    out[(*len)++] = w[i];
  }
  return 1;
}

size_t lex_spelling_key(const char *s, size_t n, char *out, size_t cap) {
  char w[KEY_WORD_MAX];
  size_t wn = 0, len = 0, words = 0, from = 0;
  for (size_t i = 0; i <= n; i++) {
    unsigned char b = i < n ? (unsigned char)s[i] : ' ';
    char ch = 0;
    if (b == ' ' || b == '-' || b == '\t') {  /* a word ends */
      if (wn && i - from <= sizeof w && roman_word(s + from, i - from)) {  /* as written: "Charles I" is not Charles III */
        wn = i - from;
        for (size_t k = 0; k < wn; k++) w[k] = (char)(s[from + k] + 32);
      }
      if (wn) {
        if (!put_word(w, wn, out, cap, &len)) return 0;
        words++;
        wn = 0;
      }
      from = i + 1;
      continue;
    }
    if (b == '\'' || b == '.' || b == '`') continue;
    if (b == 0xE2 && i + 2 < n && (unsigned char)s[i + 1] == 0x80 &&
        ((unsigned char)s[i + 2] == 0x98 || (unsigned char)s[i + 2] == 0x99)) {  /* ‘ ’ */
      i += 2;
      continue;
    }
    if (b >= 'A' && b <= 'Z') ch = (char)(b + 32);
    else if (b < 0x80) ch = (char)b;
    else if (i + 1 < n && (ch = latin_plain(b, (unsigned char)s[i + 1])) != 0) i++;
    else return 0;  /* another script's letter: no key (the forms match it as written) */
    if (ch == 'y') ch = 'i';  /* Sergey, Sergei; Dmitriy, Dmitri */
    if (ch == 'w') ch = 'v';  /* Wladimir, Vladimir */
    if (wn && w[wn - 1] == ch && ch >= 'a' && ch <= 'z') continue;  /* a doubled letter once: Mariia, Maria */
    if (wn >= sizeof w) return 0;
    w[wn++] = ch;
  }
  return words >= 2 ? len : 0;
}

/* FNV-1a of the key, never 0 (0 marks an empty slot). */
static uint64_t key_hash(const char *k, size_t n) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (size_t i = 0; i < n; i++) h = (h ^ (unsigned char)k[i]) * 0x100000001b3ULL;
  return h ? h : 1;
}

static kimput_status grow(kimput_lexicon *lex) {
  size_t cap = lex->spell_cap ? lex->spell_cap * 2 : 256;
  lex_spelling *v = calloc(cap, sizeof *v);
  if (!v) return KIMPUT_ERR_NOMEM;
  for (size_t i = 0; i < lex->spell_cap; i++) {
    if (!lex->spell[i].hash) continue;
    size_t j = (size_t)lex->spell[i].hash & (cap - 1);
    while (v[j].hash) j = (j + 1) & (cap - 1);
    v[j] = lex->spell[i];
  }
  free(lex->spell);
  lex->spell = v;
  lex->spell_cap = cap;
  return KIMPUT_OK;
}

kimput_status lex_spelling_add(kimput_lexicon *lex, const char *name, size_t n, int32_t entity) {
  char key[LEX_SPELLING_KEY_MAX];
  size_t kn = lex_spelling_key(name, n, key, sizeof key);
  if (!kn) return KIMPUT_OK;  /* one word, or a name no key is made of */
  if ((lex->spell_used + 1) * 4 > lex->spell_cap * 3) {
    kimput_status st = grow(lex);
    if (st != KIMPUT_OK) return st;
  }
  uint64_t h = key_hash(key, kn);
  size_t j = (size_t)h & (lex->spell_cap - 1);
  while (lex->spell[j].hash && lex->spell[j].hash != h) j = (j + 1) & (lex->spell_cap - 1);
  if (!lex->spell[j].hash) lex->spell_used++;
  lex->spell[j].hash = h;
  lex->spell[j].entity = entity;  /* a name added again points at the newer entity, as its forms do */
  return KIMPUT_OK;
}

int32_t lex_spelling_person(const kimput_lexicon *lex, const char *name, size_t n) {
  if (!lex->spell_cap) return -1;
  char key[LEX_SPELLING_KEY_MAX];
  size_t kn = lex_spelling_key(name, n, key, sizeof key);
  if (!kn) return -1;
  uint64_t h = key_hash(key, kn);
  for (size_t j = (size_t)h & (lex->spell_cap - 1); lex->spell[j].hash; j = (j + 1) & (lex->spell_cap - 1))
    if (lex->spell[j].hash == h) return lex->spell[j].entity;
  return -1;
}
