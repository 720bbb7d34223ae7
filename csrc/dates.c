/* dates.c -- Indonesian temporal expressions to TIMEX3 values.
 *
 * A scanner over the document's tokens, span by span and line by line: at
 * each token it tries the grammar's rules (a date with its weekday and time,
 * a relative day, a count of units, a set, a clock time...) and emits one
 * item per expression, never overlapping. Words are classed once per token
 * through one sorted table (bsearch); nothing is allocated per token.
 *
 * Resolution against the reference date R follows docs/output.md (dates, resolution):
 * day-month takes R's year unless that is more than six months after R; a
 * bare weekday is the latest on or before R; "<Month> lalu" the latest such
 * month strictly before R's month; weeks are ISO weeks. Without R the parts
 * R would give stay X (XXXX-05-09).
 *
 * The word table mirrors lua/kimput/lexicon/{months,weekdays,numbers}.lua;
 * kimput_date_words() exposes it so that a spec checks they agree.
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "document.h"
#include "kimput.h"

/* ------------------------------------------------------------ the word table */

enum {
  L_NONE = 0, L_MONTH, L_MONTH_ABBR, L_WEEKDAY, L_NUM, L_NUM_TEEN, L_NUM_TENS, L_NUM_HUNDREDS,
  L_VAGUE, L_SE_UNIT, L_UNIT, L_KEY, L_ZONE, L_POD, L_PREP, L_NOTYEAR, L_YEARFOLLOW
};

enum { U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_YEAR, U_DECADE, U_CENTURY };

enum {
  K_LALU = 1, K_KEMARIN, K_LUSA, K_BESOK, K_INI, K_DEPAN, K_MENDATANG, K_LAGI, K_KE, K_YANG,
  K_TADI, K_NANTI, K_DINI, K_PUKUL, K_SETIAP, K_AWAL, K_AKHIR, K_TENGAH, K_TANGGAL, K_DALAM,
  K_TERAKHIR, K_ESOK
};

enum { POD_MO = 1, POD_MI, POD_AF, POD_EV, POD_NI };
static const char *const pod_code[] = {"", "MO", "MI", "AF", "EV", "NI"};

enum { Z_WIB = 1, Z_WITA, Z_WIT, Z_UTC };
static const char *const zone_offset[] = {"", "+07:00", "+08:00", "+09:00", "+00:00"};

typedef struct {
  const char *w;
  uint8_t cls;
  int16_t val;
} lexword;

/* Lower-case words. Months and weekdays agree with the Lua lexicons. */
static const lexword table_words[] = {
  /* months: full names stand alone, abbreviations only next to a number */
  {"januari", L_MONTH, 1}, {"january", L_MONTH, 1}, {"jan", L_MONTH_ABBR, 1},
  {"februari", L_MONTH, 2}, {"pebruari", L_MONTH, 2}, {"february", L_MONTH, 2},
  {"feb", L_MONTH_ABBR, 2}, {"peb", L_MONTH_ABBR, 2},
  {"maret", L_MONTH, 3}, {"march", L_MONTH, 3}, {"mar", L_MONTH_ABBR, 3}, {"mrt", L_MONTH_ABBR, 3},
  {"april", L_MONTH, 4}, {"apr", L_MONTH_ABBR, 4},
  {"mei", L_MONTH, 5}, {"may", L_MONTH_ABBR, 5},
  {"juni", L_MONTH, 6}, {"june", L_MONTH, 6}, {"jun", L_MONTH_ABBR, 6},
  {"juli", L_MONTH, 7}, {"july", L_MONTH, 7}, {"jul", L_MONTH_ABBR, 7},
  {"agustus", L_MONTH, 8}, {"august", L_MONTH, 8}, {"agu", L_MONTH_ABBR, 8},
  {"agt", L_MONTH_ABBR, 8}, {"ags", L_MONTH_ABBR, 8}, {"aug", L_MONTH_ABBR, 8},
  {"september", L_MONTH, 9}, {"sep", L_MONTH_ABBR, 9}, {"sept", L_MONTH_ABBR, 9},
  {"oktober", L_MONTH, 10}, {"october", L_MONTH, 10}, {"okt", L_MONTH_ABBR, 10}, {"oct", L_MONTH_ABBR, 10},
  {"november", L_MONTH, 11}, {"nopember", L_MONTH, 11}, {"nov", L_MONTH_ABBR, 11}, {"nop", L_MONTH_ABBR, 11},
  {"desember", L_MONTH, 12}, {"december", L_MONTH, 12}, {"des", L_MONTH_ABBR, 12}, {"dec", L_MONTH_ABBR, 12},
  /* weekdays, ISO numbers; "minggu" is also the week */
  {"senin", L_WEEKDAY, 1}, {"selasa", L_WEEKDAY, 2}, {"rabu", L_WEEKDAY, 3}, {"kamis", L_WEEKDAY, 4},
  {"jumat", L_WEEKDAY, 5}, {"jum'at", L_WEEKDAY, 5}, {"jum\xe2\x80\x99" "at", L_WEEKDAY, 5},
  {"sabtu", L_WEEKDAY, 6}, {"minggu", L_WEEKDAY, 7}, {"ahad", L_WEEKDAY, 7},
  {"monday", L_WEEKDAY, 1}, {"tuesday", L_WEEKDAY, 2}, {"wednesday", L_WEEKDAY, 3},
  {"thursday", L_WEEKDAY, 4}, {"friday", L_WEEKDAY, 5}, {"saturday", L_WEEKDAY, 6}, {"sunday", L_WEEKDAY, 7},
  /* number words */
  {"nol", L_NUM, 0}, {"satu", L_NUM, 1}, {"dua", L_NUM, 2}, {"tiga", L_NUM, 3}, {"empat", L_NUM, 4},
  {"lima", L_NUM, 5}, {"enam", L_NUM, 6}, {"tujuh", L_NUM, 7}, {"delapan", L_NUM, 8},
  {"sembilan", L_NUM, 9}, {"sepuluh", L_NUM, 10}, {"sebelas", L_NUM, 11}, {"seratus", L_NUM, 100},
  {"seribu", L_NUM, 1000},
  {"belas", L_NUM_TEEN, 0}, {"puluh", L_NUM_TENS, 0}, {"ratus", L_NUM_HUNDREDS, 0},
  {"belasan", L_VAGUE, 0}, {"puluhan", L_VAGUE, 0}, {"ratusan", L_VAGUE, 0}, {"ribuan", L_VAGUE, 0},
  {"beberapa", L_VAGUE, 0},
  /* units, and "se-" + unit = one unit */
  {"detik", L_UNIT, U_SEC}, {"menit", L_UNIT, U_MIN}, {"jam", L_UNIT, U_HOUR}, {"hari", L_UNIT, U_DAY},
  {"pekan", L_UNIT, U_WEEK}, {"bulan", L_UNIT, U_MONTH}, {"tahun", L_UNIT, U_YEAR},
  {"dekade", L_UNIT, U_DECADE}, {"dasawarsa", L_UNIT, U_DECADE}, {"abad", L_UNIT, U_CENTURY},
  {"sedetik", L_SE_UNIT, U_SEC}, {"semenit", L_SE_UNIT, U_MIN}, {"sejam", L_SE_UNIT, U_HOUR},
  {"sehari", L_SE_UNIT, U_DAY}, {"sepekan", L_SE_UNIT, U_WEEK}, {"seminggu", L_SE_UNIT, U_WEEK},
  {"sebulan", L_SE_UNIT, U_MONTH}, {"setahun", L_SE_UNIT, U_YEAR}, {"sedekade", L_SE_UNIT, U_DECADE},
  {"seabad", L_SE_UNIT, U_CENTURY},
  /* keywords of the grammar */
  {"lalu", L_KEY, K_LALU}, {"silam", L_KEY, K_LALU}, {"kemarin", L_KEY, K_KEMARIN},
  {"lusa", L_KEY, K_LUSA}, {"besok", L_KEY, K_BESOK}, {"esok", L_KEY, K_ESOK}, {"ini", L_KEY, K_INI},
  {"depan", L_KEY, K_DEPAN}, {"mendatang", L_KEY, K_MENDATANG}, {"lagi", L_KEY, K_LAGI},
  {"ke", L_KEY, K_KE}, {"yang", L_KEY, K_YANG}, {"tadi", L_KEY, K_TADI}, {"nanti", L_KEY, K_NANTI},
  {"dini", L_KEY, K_DINI}, {"pukul", L_KEY, K_PUKUL}, {"pkl", L_KEY, K_PUKUL},
  {"setiap", L_KEY, K_SETIAP}, {"tiap", L_KEY, K_SETIAP}, {"saban", L_KEY, K_SETIAP},
  {"awal", L_KEY, K_AWAL}, {"akhir", L_KEY, K_AKHIR}, {"pertengahan", L_KEY, K_TENGAH},
  {"medio", L_KEY, K_TENGAH}, {"tanggal", L_KEY, K_TANGGAL}, {"tgl", L_KEY, K_TANGGAL},
  {"dalam", L_KEY, K_DALAM}, {"terakhir", L_KEY, K_TERAKHIR},
  /* time zones and parts of the day */
  {"wib", L_ZONE, Z_WIB}, {"wita", L_ZONE, Z_WITA}, {"wit", L_ZONE, Z_WIT}, {"gmt", L_ZONE, Z_UTC},
  {"utc", L_ZONE, Z_UTC},
  {"pagi", L_POD, POD_MO}, {"siang", L_POD, POD_MI}, {"sore", L_POD, POD_AF}, {"petang", L_POD, POD_EV},
  {"malam", L_POD, POD_NI},
  /* words before a year that make a bare 4-digit number a year */
  {"pada", L_PREP, 0}, {"sejak", L_PREP, 0}, {"semenjak", L_PREP, 0}, {"hingga", L_PREP, 0},
  {"sampai", L_PREP, 0}, {"sebelum", L_PREP, 0}, {"setelah", L_PREP, 0}, {"sesudah", L_PREP, 0},
  {"menjelang", L_PREP, 0}, {"jelang", L_PREP, 0}, {"antara", L_PREP, 0}, {"usai", L_PREP, 0},
  {"selepas", L_PREP, 0}, {"periode", L_PREP, 0}, {"era", L_PREP, 0}, {"musim", L_PREP, 0},
  {"medio", L_PREP, 0}, {"per", L_PREP, 0}, {"di", L_PREP, 0}, {"dari", L_PREP, 0},
  {"selama", L_PREP, 0},
  /* words before a number that make it not a year */
  {"versi", L_NOTYEAR, 0}, {"nomor", L_NOTYEAR, 0}, {"nomer", L_NOTYEAR, 0}, {"no", L_NOTYEAR, 0},
  {"rp", L_NOTYEAR, 0}, {"usd", L_NOTYEAR, 0}, {"kode", L_NOTYEAR, 0}, {"seri", L_NOTYEAR, 0},
  {"tipe", L_NOTYEAR, 0}, {"model", L_NOTYEAR, 0}, {"halaman", L_NOTYEAR, 0}, {"hlm", L_NOTYEAR, 0},
  {"pasal", L_NOTYEAR, 0}, {"ayat", L_NOTYEAR, 0}, {"jalan", L_NOTYEAR, 0}, {"jl", L_NOTYEAR, 0},
  {"km", L_NOTYEAR, 0}, {"telp", L_NOTYEAR, 0}, {"telepon", L_NOTYEAR, 0}, {"hp", L_NOTYEAR, 0},
  {"skor", L_NOTYEAR, 0}, {"sebanyak", L_NOTYEAR, 0}, {"mencapai", L_NOTYEAR, 0},
  {"sekitar", L_NOTYEAR, 0}, {"total", L_NOTYEAR, 0}, {"kepada", L_NOTYEAR, 0},
  /* lower-case words that may follow a year without making it a count */
  {"dan", L_YEARFOLLOW, 0}, {"atau", L_YEARFOLLOW, 0}, {"ketika", L_YEARFOLLOW, 0},
  {"saat", L_YEARFOLLOW, 0}, {"itu", L_YEARFOLLOW, 0}, {"untuk", L_YEARFOLLOW, 0},
  {"sebagai", L_YEARFOLLOW, 0}, {"juga", L_YEARFOLLOW, 0}, {"pun", L_YEARFOLLOW, 0},
  {"adalah", L_YEARFOLLOW, 0}, {"ia", L_YEARFOLLOW, 0}, {"dia", L_YEARFOLLOW, 0},
  {"mereka", L_YEARFOLLOW, 0}, {"kami", L_YEARFOLLOW, 0}, {"kita", L_YEARFOLLOW, 0},
  {"para", L_YEARFOLLOW, 0}, {"dengan", L_YEARFOLLOW, 0}, {"oleh", L_YEARFOLLOW, 0},
  {"telah", L_YEARFOLLOW, 0}, {"sudah", L_YEARFOLLOW, 0}, {"akan", L_YEARFOLLOW, 0},
  {"masih", L_YEARFOLLOW, 0}, {"baru", L_YEARFOLLOW, 0}, {"tersebut", L_YEARFOLLOW, 0},
  {"lampau", L_YEARFOLLOW, 0}, {"menjadi", L_YEARFOLLOW, 0}, {"karena", L_YEARFOLLOW, 0},
  {"namun", L_YEARFOLLOW, 0}, {"tetapi", L_YEARFOLLOW, 0}, {"tapi", L_YEARFOLLOW, 0},
  {"kemudian", L_YEARFOLLOW, 0}, {"silih", L_YEARFOLLOW, 0}, {"serta", L_YEARFOLLOW, 0},
  {"sedangkan", L_YEARFOLLOW, 0}, {"sementara", L_YEARFOLLOW, 0}, {"bahwa", L_YEARFOLLOW, 0},
  {"lewat", L_YEARFOLLOW, 0}, {"melalui", L_YEARFOLLOW, 0}, {"tak", L_YEARFOLLOW, 0},
  {"tidak", L_YEARFOLLOW, 0}, {"belum", L_YEARFOLLOW, 0}, {"sempat", L_YEARFOLLOW, 0},
};

#define NWORDS (sizeof table_words / sizeof table_words[0])
#define MAXW 24
static lexword sorted_words[NWORDS];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static int cmp_word(const void *a, const void *b) {
  return strcmp(((const lexword *)a)->w, ((const lexword *)b)->w);
}

static void init_words(void) {
  memcpy(sorted_words, table_words, sizeof table_words);
  qsort(sorted_words, NWORDS, sizeof sorted_words[0], cmp_word);
}

/* The table entry for a lower-cased word, or NULL. */
static const lexword *find_word(const char *w) {
  lexword key = {w, 0, 0};
  return bsearch(&key, sorted_words, NWORDS, sizeof sorted_words[0], cmp_word);
}

const char *kimput_date_kind_name(int kind) {
  static const char *const names[] = {"date", "time", "duration", "set"};
  return (kind >= 0 && kind <= KIMPUT_DATE_SET) ? names[kind] : "?";
}

int kimput_date_words(size_t i, const char **word, int *group, int *value) {
  if (i >= NWORDS) return 0;
  const lexword *e = &table_words[i];
  *word = e->w;
  *value = e->val;
  switch (e->cls) {
  case L_MONTH: case L_MONTH_ABBR: *group = KIMPUT_WORDS_MONTH; break;
  case L_WEEKDAY: *group = KIMPUT_WORDS_WEEKDAY; break;
  case L_NUM: *group = KIMPUT_WORDS_NUMBER; break;
  case L_NUM_TEEN: *group = KIMPUT_WORDS_NUMBER; *value = -10; break;
  case L_NUM_TENS: *group = KIMPUT_WORDS_NUMBER; *value = -11; break;
  case L_NUM_HUNDREDS: *group = KIMPUT_WORDS_NUMBER; *value = -12; break;
  case L_VAGUE: *group = KIMPUT_WORDS_NUMBER; *value = -1; break;
  default: *group = KIMPUT_WORDS_OTHER; break;
  }
  return 1;
}

/* ------------------------------------------------------------ calendar */

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

static int month_days(int y, int m) {
  static const int d[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  return m == 2 && (y <= 0 || is_leap(y)) ? 29 : d[m - 1];
}

static int valid_date(int y, int m, int d) {
  return m >= 1 && m <= 12 && d >= 1 && d <= month_days(y, m);
}

/* Days since 1970-01-01 (H. Hinnant's algorithm). */
static long days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  long era = (y >= 0 ? y : y - 399) / 400;
  long yoe = y - era * 400;
  long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

static void civil_from_days(long z, int *y, int *m, int *d) {
  z += 719468;
  long era = (z >= 0 ? z : z - 146096) / 146097;
  long doe = z - era * 146097;
  long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  long mp = (5 * doy + 2) / 153;
  *d = (int)(doy - (153 * mp + 2) / 5 + 1);
  *m = (int)(mp < 10 ? mp + 3 : mp - 9);
  *y = (int)(yoe + era * 400 + (*m <= 2));
}

/* ISO weekday, Monday = 1. 1970-01-01 was a Thursday. */
static int weekday_of(long z) { return (int)(((z % 7) + 7 + 3) % 7) + 1; }

static void iso_week(long z, int *wy, int *wn) {
  long thursday = z - weekday_of(z) + 4;
  int y, m, d;
  civil_from_days(thursday, &y, &m, &d);
  *wy = y;
  *wn = (int)((thursday - days_from_civil(y, 1, 1)) / 7) + 1;
}

/* ------------------------------------------------------------ the scanner */

typedef struct {
  uint8_t cls;
  int16_t val;
} lexent;

typedef struct {
  const unsigned char *s;
  const kimput_token *t;
  size_t lo, hi;          /* the tokens of the current line */
  lexent *lx;             /* word classes, indexed like t */
  int has_ref, ry, rm, rd;
  long rz;                /* R in days */
  kimput_date *out;
  size_t n, cap;
  int failed;
} scanner;

/* One expression under construction. */
typedef struct {
  size_t a, b;            /* tokens [a, b) */
  int kind, anchored;
  char value[KIMPUT_DATE_VALUE_MAX];
  const char *zone, *mod;
} item;

static void emit(scanner *sc, const item *it) {
  if (sc->failed) return;
  if (sc->n == sc->cap) {
    size_t cap = sc->cap ? sc->cap * 2 : 16;
    kimput_date *v = realloc(sc->out, cap * sizeof *v);
    if (!v) { sc->failed = 1; return; }
    sc->out = v;
    sc->cap = cap;
  }
  kimput_date *d = &sc->out[sc->n++];
  memset(d, 0, sizeof *d);
  d->start = sc->t[it->a].start;
  d->end = sc->t[it->b - 1].end;
  d->kind = (uint8_t)it->kind;
  d->anchored = (uint8_t)(it->anchored && sc->has_ref);
  memcpy(d->value, it->value, sizeof d->value);
  if (it->zone) snprintf(d->zone, sizeof d->zone, "%s", it->zone);
  if (it->mod) snprintf(d->mod, sizeof d->mod, "%s", it->mod);
}

static void classify(scanner *sc, size_t i) {
  const kimput_token *t = &sc->t[i];
  lexent *e = &sc->lx[i];
  e->cls = L_NONE;
  e->val = 0;
  if (t->kind != KIMPUT_TOK_WORD) return;
  size_t len = t->end - t->start;
  const unsigned char *w = sc->s + t->start;
  if (len > 1 && w[len - 1] == '.') len--;  /* Jan.  Sept. */
  if (len == 0 || len >= MAXW) return;
  char buf[MAXW];
  for (size_t k = 0; k < len; k++) {
    unsigned char c = w[k];
    buf[k] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  }
  buf[len] = '\0';
  const lexword *hit = find_word(buf);
  if (hit) { e->cls = hit->cls; e->val = hit->val; }
}

static inline int cls(const scanner *sc, size_t i) { return i < sc->hi ? sc->lx[i].cls : L_NONE; }
static inline int val(const scanner *sc, size_t i) { return sc->lx[i].val; }
static inline int is_key(const scanner *sc, size_t i, int k) { return cls(sc, i) == L_KEY && val(sc, i) == k; }
static inline int kind(const scanner *sc, size_t i) { return i < sc->hi ? sc->t[i].kind : -1; }
static inline int upper(const scanner *sc, size_t i) { return (sc->t[i].flags & KIMPUT_TOKF_UPPER) != 0; }
static inline size_t tlen(const scanner *sc, size_t i) { return sc->t[i].end - sc->t[i].start; }

/* Is token i the single mark c (a PUNCT or SYMBOL of one byte)? */
static int is_mark(const scanner *sc, size_t i, char c) {
  return i < sc->hi && tlen(sc, i) == 1 && sc->s[sc->t[i].start] == (unsigned char)c;
}

/* Is token i the lower-case ASCII word w, in any case? */
static int word_is(const scanner *sc, size_t i, const char *w) {
  size_t n = strlen(w);
  if (i >= sc->hi || tlen(sc, i) != n) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  for (size_t k = 0; k < n; k++) {
    unsigned char c = p[k];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[k]) return 0;
  }
  return 1;
}

/* A dash of any kind standing alone: - – — */
static int is_dash(const scanner *sc, size_t i) {
  if (i >= sc->hi || sc->t[i].kind != KIMPUT_TOK_PUNCT) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  return (n == 1 && p[0] == '-') || (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

/* The unit of token i (hari, minggu, tahun...), 0 when none. */
static int unit_of(const scanner *sc, size_t i) {
  int c = cls(sc, i);
  if (c == L_UNIT) return val(sc, i);
  if (c == L_WEEKDAY && val(sc, i) == 7 && tlen(sc, i) == 6) return U_WEEK;  /* minggu */
  return 0;
}

/* A NUMBER token made of digits only: its value and digit count. */
static int plain_number(const scanner *sc, size_t i, int *v, int *ndig) {
  if (kind(sc, i) != KIMPUT_TOK_NUMBER) return 0;
  size_t n = tlen(sc, i);
  if (n > 9) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  int x = 0;
  for (size_t k = 0; k < n; k++) {
    if (p[k] < '0' || p[k] > '9') return 0;
    x = x * 10 + (p[k] - '0');
  }
  *v = x;
  *ndig = (int)n;
  return 1;
}

static int day_number(const scanner *sc, size_t i, int *d) {
  int nd;
  return plain_number(sc, i, d, &nd) && nd <= 2 && *d >= 1 && *d <= 31;
}

static int year_number(const scanner *sc, size_t i, int *y) {
  int nd;
  return plain_number(sc, i, y, &nd) && nd == 4 && *y >= 1000 && *y <= 2999;
}

/* The digits of token i split at / - . : into up to 4 groups. Returns the
 * group count (0 when the token has other bytes) and the separator. */
static int digit_groups(const scanner *sc, size_t i, int g[4], int glen[4], char *sep) {
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  int k = 0;
  g[0] = glen[0] = 0;
  *sep = 0;
  for (size_t j = 0; j < n; j++) {
    unsigned char c = p[j];
    if (c >= '0' && c <= '9') {
      if (glen[k] >= 5) return 0;
      g[k] = g[k] * 10 + (c - '0');
      glen[k]++;
    } else if (c == '/' || c == '-' || c == '.' || c == ':') {
      if (*sep && *sep != (char)c) return 0;
      *sep = (char)c;
      if (++k == 4) return 0;
      g[k] = glen[k] = 0;
    } else {
      return 0;
    }
  }
  return k + 1;
}

/* ------------------------------------------------------------ values */

static void put_date(char *out, int y, int m, int d) {
  char ys[16] = "XXXX", ms[16] = "XX";
  if (y > 0) snprintf(ys, sizeof ys, "%04d", y);
  if (m > 0) snprintf(ms, sizeof ms, "%02d", m);
  if (d > 0) snprintf(out, KIMPUT_DATE_VALUE_MAX, "%s-%s-%02d", ys, ms, d);
  else snprintf(out, KIMPUT_DATE_VALUE_MAX, "%s-%s", ys, ms);
}

static void put_year(char *out, int y) {
  if (y > 0) snprintf(out, KIMPUT_DATE_VALUE_MAX, "%04d", y);
  else snprintf(out, KIMPUT_DATE_VALUE_MAX, "XXXX");
}

static void put_days(char *out, long z) {
  int y, m, d;
  civil_from_days(z, &y, &m, &d);
  put_date(out, y, m, d);
}

static void put_week(char *out, long z) {
  int wy, wn;
  iso_week(z, &wy, &wn);
  snprintf(out, KIMPUT_DATE_VALUE_MAX, "%04d-W%02d", wy, wn);
}

/* R shifted by n days as a date value, or XXXX-XX-XX without R. */
static void put_rel_day(scanner *sc, item *it, long n) {
  if (sc->has_ref) put_days(it->value, sc->rz + n);
  else snprintf(it->value, sizeof it->value, "XXXX-XX-XX");
  it->anchored = 1;
}

/* R shifted by n of a unit, at that unit's granularity. */
static void put_rel(scanner *sc, item *it, int unit, long n) {
  it->anchored = 1;
  if (!sc->has_ref) {
    const char *x = unit == U_WEEK ? "XXXX-WXX" : unit == U_MONTH ? "XXXX-XX" :
                    unit >= U_YEAR ? "XXXX" : "XXXX-XX-XX";
    snprintf(it->value, sizeof it->value, "%s", x);
    return;
  }
  switch (unit) {
  case U_WEEK: put_week(it->value, sc->rz + 7 * n); break;
  case U_MONTH: {
    long mm = (long)sc->ry * 12 + (sc->rm - 1) + n;
    put_date(it->value, (int)(mm / 12), (int)(mm % 12) + 1, 0);
    break;
  }
  case U_YEAR: put_year(it->value, (int)(sc->ry + n)); break;
  case U_DECADE: put_year(it->value, (int)(sc->ry + 10 * n)); break;
  case U_CENTURY: put_year(it->value, (int)(sc->ry + 100 * n)); break;
  default: put_days(it->value, sc->rz + (unit == U_DAY ? n : 0)); break;
  }
}

static void put_duration(char *out, int unit, const char *count) {
  static const char *const suffix[] = {"", "S", "M", "H", "D", "W", "M", "Y", "DE", "CE"};
  snprintf(out, KIMPUT_DATE_VALUE_MAX, "P%s%s%s", unit <= U_HOUR ? "T" : "", count, suffix[unit]);
}

/* The year of day-month (m, d) read against R: R's year, unless that falls
 * more than six months after R, then the year before. */
static int resolve_day_month(const scanner *sc, int m, int d) {
  if (!sc->has_ref) return 0;
  int y = sc->ry;
  long six = (long)sc->ry * 12 + (sc->rm - 1) + 6;
  int sy = (int)(six / 12), sm = (int)(six % 12) + 1;
  int sd = sc->rd > month_days(sy, sm) ? month_days(sy, sm) : sc->rd;
  if (days_from_civil(y, m, d > month_days(y, m) ? month_days(y, m) : d) > days_from_civil(sy, sm, sd)) y--;
  return y;
}

/* The year of a month read against R with the six-month rule. */
static int resolve_month(const scanner *sc, int m) {
  if (!sc->has_ref) return 0;
  return m - sc->rm > 6 ? sc->ry - 1 : sc->ry;
}

/* ------------------------------------------------------------ clock times */

typedef struct {
  int hh, mm, ss, has_ss, pod;
  const char *zone;
} clocktime;

/* Token i as a time of day: 09:15, 09.15, 19:30:00. dotted: 1 when '.' */
static int time_token(const scanner *sc, size_t i, clocktime *c, int *dotted) {
  int k = kind(sc, i);
  if (k != KIMPUT_TOK_TIME && k != KIMPUT_TOK_NUMBER) return 0;
  int g[4], gl[4];
  char sep;
  int n = digit_groups(sc, i, g, gl, &sep);
  if ((n != 2 && n != 3) || (sep != ':' && sep != '.') || gl[0] > 2 || gl[1] != 2) return 0;
  if (n == 3 && gl[2] != 2) return 0;
  if (g[0] > 24 || g[1] > 59 || (n == 3 && g[2] > 59)) return 0;
  c->hh = g[0];
  c->mm = g[1];
  c->ss = n == 3 ? g[2] : 0;
  c->has_ss = n == 3;
  *dotted = sep == '.';
  return 1;
}

/* After a clock time at j: a zone (WIB, GMT+7) and a part of the day. */
static size_t clock_suffix(const scanner *sc, size_t j, clocktime *c) {
  if (cls(sc, j) == L_ZONE) {
    c->zone = zone_offset[val(sc, j)];
    j++;
    /* GMT+7, UTC+07:00 */
    if (val(sc, j - 1) == Z_UTC && (is_mark(sc, j, '+')) && j + 1 < sc->hi) {
      int h, nd;
      static const char *const east[] = {"+00:00", "+01:00", "+02:00", "+03:00", "+04:00", "+05:00",
                                         "+06:00", "+07:00", "+08:00", "+09:00", "+10:00", "+11:00", "+12:00"};
      if (plain_number(sc, j + 1, &h, &nd) && h <= 12) { c->zone = east[h]; j += 2; }
    }
  }
  if (cls(sc, j) == L_POD) {
    int p = val(sc, j);
    if ((p == POD_AF || p == POD_EV || p == POD_NI) && c->hh >= 1 && c->hh < 12) c->hh += 12;
    if (p == POD_MI && c->hh >= 1 && c->hh < 4) c->hh += 12;
    c->pod = p;
    j++;
  }
  return j;
}

/* "pukul 10.00", "jam 7", "pkl. 19.30": the clock word at i; returns the end. */
static size_t clock_after_word(const scanner *sc, size_t i, clocktime *c) {
  if (!(is_key(sc, i, K_PUKUL) || unit_of(sc, i) == U_HOUR)) return 0;
  size_t j = i + 1;
  int dotted, h, nd;
  memset(c, 0, sizeof *c);
  if (time_token(sc, j, c, &dotted)) return j + 1;
  if (plain_number(sc, j, &h, &nd) && nd <= 2 && h <= 24) {
    c->hh = h;
    return j + 1;
  }
  return 0;
}

/* ISO 8601 time glued to a date token: 2023-05-09T14:20:00+07:00. */
static size_t iso_time(const scanner *sc, size_t j, clocktime *c) {
  if (j >= sc->hi || sc->t[j].start != sc->t[j - 1].end || sc->s[sc->t[j].start] != 'T') return 0;
  const unsigned char *p = sc->s;
  size_t q = sc->t[j].start + 1, lim = sc->t[sc->hi - 1].end;
  int f[3] = {0, 0, 0}, nf = 0;
  while (nf < 3 && q + 2 <= lim && p[q] >= '0' && p[q] <= '9' && p[q + 1] >= '0' && p[q + 1] <= '9') {
    f[nf++] = (p[q] - '0') * 10 + (p[q + 1] - '0');
    q += 2;
    if (nf < 3 && q < lim && p[q] == ':') q++;
    else break;
  }
  if (nf < 2 || f[0] > 24 || f[1] > 59 || f[2] > 59) return 0;
  memset(c, 0, sizeof *c);
  c->hh = f[0];
  c->mm = f[1];
  c->ss = f[2];
  c->has_ss = nf == 3;
  if (q < lim && p[q] == '.') while (++q < lim && p[q] >= '0' && p[q] <= '9') {}
  if (q < lim && p[q] == 'Z') {
    c->zone = "+00:00";
    q++;
  } else if (q + 3 <= lim && (p[q] == '+' || p[q] == '-')) {
    static const char *const east[] = {"+00:00", "+01:00", "+02:00", "+03:00", "+04:00", "+05:00", "+06:00",
                                       "+07:00", "+08:00", "+09:00", "+10:00", "+11:00", "+12:00", "+13:00",
                                       "+14:00"};
    int h = (p[q + 1] - '0') * 10 + (p[q + 2] - '0');
    size_t r = q + 3;
    if (r < lim && p[r] == ':') r++;
    int has_min = r + 2 <= lim && p[r] >= '0' && p[r] <= '9';
    int mins = has_min ? (p[r] - '0') * 10 + (p[r + 1] - '0') : 0;
    if (p[q] == '+' && h <= 14 && mins == 0) c->zone = east[h];
    q = has_min ? r + 2 : q + 3;
  }
  /* the item ends with the token that holds byte q - 1 */
  size_t k = j;
  while (k + 1 < sc->hi && sc->t[k].end < q) k++;
  return k + 1;
}

/* A time following a date at j: "| 09:15 WIB", ", pukul 10.00", " 07:30 WITA",
 * "- 10:54 WIB", "T14:20:00". Returns the end, 0 when none. */
static size_t time_after_date(const scanner *sc, size_t j, clocktime *c) {
  size_t e = iso_time(sc, j, c);
  if (e) return e;
  size_t k = j;
  int sep = 0;
  if (is_mark(sc, k, '|') || is_mark(sc, k, ',') || is_dash(sc, k) || is_mark(sc, k, '/')) { k++; sep = 1; }
  e = clock_after_word(sc, k, c);
  if (e) return clock_suffix(sc, e, c);
  int dotted;
  memset(c, 0, sizeof *c);
  if (time_token(sc, k, c, &dotted)) {
    size_t end = clock_suffix(sc, k + 1, c);
    if (!dotted || c->zone || sep || kind(sc, k) == KIMPUT_TOK_TIME) return end;
  }
  return 0;
}

static void put_time(item *it, const char *date, const clocktime *c) {
  if (c->has_ss && c->ss)
    snprintf(it->value, sizeof it->value, "%.20sT%02d:%02d:%02d", date, c->hh, c->mm, c->ss);
  else
    snprintf(it->value, sizeof it->value, "%.20sT%02d:%02d", date, c->hh, c->mm);
  it->zone = c->zone;
  it->kind = KIMPUT_DATE_TIME;
}

/* A part of the day at j ("malam", "pagi", "dini hari"): its code, and *e the end. */
static int pod_at(const scanner *sc, size_t j, size_t *e) {
  if (cls(sc, j) == L_POD) {
    *e = j + 1;
    if (unit_of(sc, j + 1) == U_DAY) *e = j + 2;  /* pagi hari */
    return val(sc, j);
  }
  if (is_key(sc, j, K_DINI) && unit_of(sc, j + 1) == U_DAY) { *e = j + 2; return POD_MO; }
  return 0;
}

/* Finishes an item whose date value is `date` (a day): a following clock
 * time or part of the day turns it into a time. Emits; returns the end. */
static size_t finish_day(scanner *sc, item *it) {
  clocktime c;
  char date[KIMPUT_DATE_VALUE_MAX];
  memcpy(date, it->value, sizeof date);
  size_t e = time_after_date(sc, it->b, &c);
  if (e) {
    put_time(it, date, &c);
    it->b = e;
    emit(sc, it);
    /* 10.00-12.00 WIB: the end of the range, on the same day */
    return e;
  }
  size_t pe;
  int pod = pod_at(sc, it->b, &pe);
  if (pod && !is_key(sc, pe, K_INI)) {
    snprintf(it->value, sizeof it->value, "%.20sT%s", date, pod_code[pod]);
    it->kind = KIMPUT_DATE_TIME;
    it->b = pe;
  }
  emit(sc, it);
  return it->b;
}

/* ------------------------------------------------------------ dates */

typedef struct {
  int y, m, d;      /* y 0 when not written */
} ymd;

/* A numeric date token: 10/5/2022, 9-5-2023, 2023-05-09, and with
 * allow_dm the day/month 27/7. */
static int numeric_date(const scanner *sc, size_t i, int allow_dm, ymd *r) {
  int k = kind(sc, i);
  if (k != KIMPUT_TOK_DATE && k != KIMPUT_TOK_NUMBER) return 0;
  int g[4], gl[4];
  char sep;
  int n = digit_groups(sc, i, g, gl, &sep);
  if (sep != '/' && sep != '-') return 0;
  if (n == 3 && sep == '-' && gl[0] == 4 && gl[1] <= 2 && gl[2] <= 2) {
    r->y = g[0]; r->m = g[1]; r->d = g[2];
  } else if (n == 3 && gl[0] <= 2 && gl[1] <= 2 && (gl[2] == 4 || (gl[2] == 2 && sep == '/'))) {
    r->d = g[0]; r->m = g[1]; r->y = gl[2] == 4 ? g[2] : (g[2] < 50 ? 2000 + g[2] : 1900 + g[2]);
  } else if (n == 2 && sep == '/' && allow_dm && gl[0] <= 2 && gl[1] <= 2) {
    r->d = g[0]; r->m = g[1]; r->y = 0;
  } else {
    return 0;
  }
  if (r->y && (r->y < 1000 || r->y > 2999)) return 0;
  return valid_date(r->y, r->m, r->d);
}

/* The date at i: "9 Mei [2023]", "May 9, 2023", "10/5/2022", "(27/7)" (with
 * allow_dm). Returns the end, 0 when none. */
static size_t date_core(const scanner *sc, size_t i, int allow_dm, ymd *r) {
  int d, y;
  memset(r, 0, sizeof *r);
  if (day_number(sc, i, &d) && (cls(sc, i + 1) == L_MONTH || cls(sc, i + 1) == L_MONTH_ABBR)) {
    r->d = d;
    r->m = val(sc, i + 1);
    size_t e = i + 2;
    if (year_number(sc, e, &y)) { r->y = y; e++; }
    return valid_date(r->y, r->m, r->d) ? e : 0;
  }
  if ((cls(sc, i) == L_MONTH || cls(sc, i) == L_MONTH_ABBR) && day_number(sc, i + 1, &d)) {
    size_t e = i + 2;
    if (is_mark(sc, e, ',')) e++;
    if (!year_number(sc, e, &y)) return 0;
    r->m = val(sc, i); r->d = d; r->y = y;
    return valid_date(r->y, r->m, r->d) ? e + 1 : 0;
  }
  if (is_mark(sc, i, '(') && numeric_date(sc, i + 1, 1, r) && is_mark(sc, i + 2, ')')) return i + 3;
  if (numeric_date(sc, i, allow_dm, r)) return i + 1;
  return 0;
}

/* Resolves and emits a day-month-[year] date spanning tokens [a, e),
 * with a following "lalu" / "tahun lalu" when the year is not written. */
static size_t finish_date(scanner *sc, size_t a, size_t e, ymd r) {
  item it = {a, e, KIMPUT_DATE_DATE, 0, "", NULL, NULL};
  int y = r.y;
  if (!y) {
    int shift = 0, rel = 0;
    if (unit_of(sc, e) == U_YEAR && (is_key(sc, e + 1, K_LALU) || is_key(sc, e + 1, K_KEMARIN))) { shift = -1; rel = 2; }
    else if (unit_of(sc, e) == U_YEAR && is_key(sc, e + 1, K_INI)) { rel = 2; }
    else if (unit_of(sc, e) == U_YEAR && (is_key(sc, e + 1, K_DEPAN) || is_key(sc, e + 1, K_MENDATANG))) { shift = 1; rel = 2; }
    if (rel) {
      it.b = e + rel;
      y = sc->has_ref ? sc->ry + shift : 0;
    } else {
      y = resolve_day_month(sc, r.m, r.d);
      if (sc->has_ref && is_key(sc, e, K_LALU)) {
        if (days_from_civil(y, r.m, r.d) >= sc->rz) y--;
        it.b = e + 1;
      } else if (sc->has_ref && is_key(sc, e, K_MENDATANG)) {
        if (days_from_civil(y, r.m, r.d) <= sc->rz) y++;
        it.b = e + 1;
      }
    }
    it.anchored = 1;
    if (y && !valid_date(y, r.m, r.d)) { y = 0; it.anchored = 0; }
  }
  put_date(it.value, y, r.m, r.d);
  return finish_day(sc, &it);
}

/* A month: "Mei 2023", "Februari lalu", "Juli mendatang", "Mei tahun lalu",
 * and, when `bare` (after bulan, pada, awal...), "Juli" alone. */
static size_t month_phrase(scanner *sc, size_t a, size_t i, int bare, const char *mod) {
  int c = cls(sc, i), y;
  if (c != L_MONTH && c != L_MONTH_ABBR) return 0;
  int m = val(sc, i);
  item it = {a, i + 1, KIMPUT_DATE_DATE, 0, "", NULL, mod};
  if (year_number(sc, i + 1, &y)) {
    it.b = i + 2;
    put_date(it.value, y, m, 0);
    emit(sc, &it);
    return it.b;
  }
  if (c != L_MONTH) return 0;
  it.anchored = 1;
  y = 0;
  if (is_key(sc, i + 1, K_LALU) || is_key(sc, i + 1, K_KEMARIN)) {
    if (sc->has_ref) y = m < sc->rm ? sc->ry : sc->ry - 1;
    it.b = i + 2;
  } else if (is_key(sc, i + 1, K_DEPAN) || is_key(sc, i + 1, K_MENDATANG)) {
    if (sc->has_ref) y = m > sc->rm ? sc->ry : sc->ry + 1;
    it.b = i + 2;
  } else if (is_key(sc, i + 1, K_INI)) {
    y = sc->has_ref ? sc->ry : 0;
    it.b = i + 2;
  } else if (unit_of(sc, i + 1) == U_YEAR && (is_key(sc, i + 2, K_LALU) || is_key(sc, i + 2, K_INI) ||
                                               is_key(sc, i + 2, K_DEPAN) || is_key(sc, i + 2, K_MENDATANG))) {
    int shift = is_key(sc, i + 2, K_LALU) ? -1 : is_key(sc, i + 2, K_INI) ? 0 : 1;
    y = sc->has_ref ? sc->ry + shift : 0;
    it.b = i + 3;
  } else if (bare) {
    y = resolve_month(sc, m);
  } else {
    return 0;
  }
  put_date(it.value, y, m, 0);
  emit(sc, &it);
  return it.b;
}

/* A year as a bare number: 2019, 1945. Not a count (2019 orang), not money,
 * not a part of a phone number. */
static int bare_year(const scanner *sc, size_t i, int *y) {
  int nd;
  if (!plain_number(sc, i, y, &nd) || nd != 4 || *y < 1000 || *y > 2199) return 0;
  int prep = 0;
  if (i > sc->lo) {
    size_t p = i - 1;
    int pc = cls(sc, p);
    if (pc == L_NOTYEAR || kind(sc, p) == KIMPUT_TOK_NUMBER) return 0;
    if (sc->t[p].kind == KIMPUT_TOK_SYMBOL || is_mark(sc, p, '$')) return 0;
    prep = pc == L_PREP || pc == L_MONTH || (pc == L_KEY && (val(sc, p) == K_AWAL || val(sc, p) == K_AKHIR ||
                                                              val(sc, p) == K_TENGAH || val(sc, p) == K_TANGGAL));
    /* the end of a range of years: 1950-1953, 1950 hingga 1953 */
    int y0;
    if (!prep && p > sc->lo && (is_dash(sc, p) || word_is(sc, p, "hingga") || word_is(sc, p, "sampai")) &&
        year_number(sc, p - 1, &y0) && y0 < *y)
      prep = 1;
  }
  if (*y < 1800 && !prep) return 0;
  size_t n = i + 1;
  if (n < sc->hi) {
    if (kind(sc, n) == KIMPUT_TOK_NUMBER) return 0;
    if (prep) return 1;
    if (kind(sc, n) == KIMPUT_TOK_WORD && !upper(sc, n)) {
      int nc = cls(sc, n);
      return nc == L_YEARFOLLOW || nc == L_PREP || (nc == L_KEY && (val(sc, n) == K_LALU || val(sc, n) == K_INI ||
                                                                     val(sc, n) == K_YANG || val(sc, n) == K_KE));
    }
    if (kind(sc, n) == KIMPUT_TOK_SYMBOL && !is_mark(sc, n, '|')) return 0;  /* 2019 % */
  }
  return 1;
}

static size_t emit_year(scanner *sc, size_t a, size_t i, int y, const char *mod) {
  item it = {a, i + 1, KIMPUT_DATE_DATE, 0, "", NULL, mod};
  if (is_key(sc, i + 1, K_LALU)) it.b++;
  put_year(it.value, y);
  emit(sc, &it);
  return it.b;
}

/* 1990-an -> 199; 80-an -> 198 */
static int decade_token(const scanner *sc, size_t i, int *dec) {
  if (kind(sc, i) != KIMPUT_TOK_DATE) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  if (n < 5 || memcmp(p + n - 3, "-an", 3) != 0) return 0;
  int v = 0;
  size_t nd = n - 3;
  for (size_t k = 0; k < nd; k++) {
    if (p[k] < '0' || p[k] > '9') return 0;
    v = v * 10 + (p[k] - '0');
  }
  if (nd == 4 && v % 10 == 0 && v >= 1000) *dec = v / 10;
  else if (nd == 2 && v % 10 == 0) *dec = 190 + v / 10;
  else return 0;
  return 1;
}

static size_t emit_decade(scanner *sc, size_t a, size_t i, int dec, const char *mod) {
  item it = {a, i + 1, KIMPUT_DATE_DATE, 0, "", NULL, mod};
  snprintf(it.value, sizeof it.value, "%03d", dec);
  emit(sc, &it);
  return it.b;
}

/* Roman numerals up to XXX, for "abad XXI". */
static int roman(const unsigned char *p, size_t n) {
  int v = 0, prev = 0;
  for (size_t k = n; k-- > 0;) {
    int x = p[k] == 'I' ? 1 : p[k] == 'V' ? 5 : p[k] == 'X' ? 10 : 0;
    if (!x) return 0;
    v += x < prev ? -x : x;
    if (x > prev) prev = x;
  }
  return v <= 30 ? v : 0;
}

/* "abad ke-21", "abad 21", "abad XXI" -> 20 */
static size_t century(scanner *sc, size_t a, size_t i, const char *mod) {
  if (unit_of(sc, i) != U_CENTURY || i + 1 >= sc->hi) return 0;
  size_t j = i + 1;
  const unsigned char *p = sc->s + sc->t[j].start;
  size_t n = tlen(sc, j);
  int c = 0, nd;
  if (n > 3 && (p[0] == 'k' || p[0] == 'K') && (p[1] == 'e' || p[1] == 'E') && p[2] == '-') {
    for (size_t k = 3; k < n && k < 6; k++) {
      if (p[k] < '0' || p[k] > '9') { c = 0; break; }
      c = c * 10 + (p[k] - '0');
    }
  } else if (!plain_number(sc, j, &c, &nd)) {
    c = roman(p, n);
  }
  if (c < 1 || c > 30) return 0;
  item it = {a, j + 1, KIMPUT_DATE_DATE, 0, "", NULL, mod};
  snprintf(it.value, sizeof it.value, "%02d", c - 1);
  emit(sc, &it);
  return it.b;
}

/* ------------------------------------------------------------ counts of units */

/* A count at i: digits (35, 1,5), number words (dua puluh lima), a vague
 * count (puluhan -> X). Writes its text into cnt; returns the end. */
static size_t count_at(const scanner *sc, size_t i, char cnt[16], long *n) {
  int v, nd;
  if (plain_number(sc, i, &v, &nd) && nd <= 6) {
    snprintf(cnt, 16, "%d", v);
    *n = v;
    return i + 1;
  }
  if (kind(sc, i) == KIMPUT_TOK_NUMBER && tlen(sc, i) <= 6) {  /* 1,5 */
    const unsigned char *p = sc->s + sc->t[i].start;
    size_t len = tlen(sc, i), k = 0;
    while (k < len && p[k] >= '0' && p[k] <= '9') k++;
    if (k == 0 || k + 2 > len || p[k] != ',') return 0;
    for (size_t q = k + 1; q < len; q++) if (p[q] < '0' || p[q] > '9') return 0;
    snprintf(cnt, 16, "%.*s.%.*s", (int)k, (const char *)p, (int)(len - k - 1), (const char *)p + k + 1);
    *n = -1;  /* not a whole number: no date arithmetic */
    return i + 1;
  }
  if (cls(sc, i) == L_VAGUE) {
    snprintf(cnt, 16, "X");
    *n = -1;
    return i + 1;
  }
  if (cls(sc, i) != L_NUM) return 0;
  long x = val(sc, i);
  size_t j = i + 1;
  if (x < 10 && cls(sc, j) == L_NUM_TEEN) { x += 10; j++; }
  else if (x < 10 && cls(sc, j) == L_NUM_TENS) {
    x *= 10; j++;
    if (cls(sc, j) == L_NUM && val(sc, j) < 10 && val(sc, j) > 0) { x += val(sc, j); j++; }
  } else if (x < 10 && cls(sc, j) == L_NUM_HUNDREDS) { x *= 100; j++; }
  snprintf(cnt, 16, "%ld", x);
  *n = x;
  return j;
}

/* N unit [yang] lalu / mendatang / lagi / ke depan, or the duration N unit. */
static size_t quantity(scanner *sc, size_t i) {
  char cnt[16];
  long n;
  size_t j;
  int unit;
  if (cls(sc, i) == L_SE_UNIT) {
    unit = val(sc, i);
    snprintf(cnt, sizeof cnt, "1");
    n = 1;
    j = i + 1;
  } else {
    j = count_at(sc, i, cnt, &n);
    if (!j || !(unit = unit_of(sc, j))) return 0;
    j++;
  }
  item it = {i, j, KIMPUT_DATE_DURATION, 0, "", NULL, NULL};
  size_t k = is_key(sc, j, K_YANG) ? j + 1 : j;
  int dir = 0;
  if (is_key(sc, k, K_LALU) || is_key(sc, k, K_KEMARIN)) { dir = -1; it.b = k + 1; }
  else if (is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_LAGI) || is_key(sc, j, K_DEPAN)) { dir = 1; it.b = j + 1; }
  else if (is_key(sc, j, K_KE) && is_key(sc, j + 1, K_DEPAN)) { dir = 1; it.b = j + 2; }
  else if (i > sc->lo && is_key(sc, i - 1, K_DALAM) && !is_key(sc, j, K_TERAKHIR) && unit <= U_MONTH && n >= 0) dir = 1;
  if (dir) {
    it.kind = KIMPUT_DATE_DATE;
    if (n < 0) {
      snprintf(it.value, sizeof it.value, "%s", dir < 0 ? "PAST_REF" : "FUTURE_REF");
    } else {
      put_rel(sc, &it, unit, dir * n);
    }
  } else {
    put_duration(it.value, unit, cnt);
  }
  emit(sc, &it);
  return it.b;
}

/* ------------------------------------------------------------ weekdays */

/* Is the weekday word at i a day here (for "Minggu": not the week)? */
static int weekday_is_day(const scanner *sc, size_t i, size_t after) {
  if (val(sc, i) != 7 || tlen(sc, i) != 6) return 1;   /* not "minggu" */
  if (!upper(sc, i)) return 0;
  int nc = cls(sc, after);
  if (nc == L_KEY) {
    int k = val(sc, after);
    if (k == K_LALU || k == K_INI || k == K_DEPAN || k == K_MENDATANG || k == K_KEMARIN || k == K_TERAKHIR ||
        k == K_KE || k == K_YANG)
      return 0;
  }
  if (i > sc->lo) {
    int pc = cls(sc, i - 1);
    if (pc == L_NUM || pc == L_VAGUE || kind(sc, i - 1) == KIMPUT_TOK_NUMBER || is_key(sc, i - 1, K_SETIAP))
      return pc != L_VAGUE && kind(sc, i - 1) != KIMPUT_TOK_NUMBER && pc != L_NUM;
    if (pc == L_PREP || unit_of(sc, i - 1) == U_DAY) return 1;
  }
  /* sentence-initial "Minggu" is a day only before a date or a comma */
  return is_mark(sc, after, ',') || is_mark(sc, after, '(');
}

/* "Kamis", "Kamis (27/7)", "Selasa, 9 Mei 2023", "Senin lalu", "Kamis malam",
 * "hari Jumat". a: where the span starts (the weekday or "hari"). */
static size_t weekday(scanner *sc, size_t a, size_t i) {
  int wd = val(sc, i);
  size_t j = i + 1;
  ymd r;
  size_t e = date_core(sc, is_mark(sc, j, ',') ? j + 1 : j, 1, &r);
  if (e) return finish_date(sc, a, e, r);
  if (!weekday_is_day(sc, i, j) || (!upper(sc, i) && a == i)) return 0;
  item it = {a, j, KIMPUT_DATE_DATE, 1, "", NULL, NULL};
  long week_shift = 0;
  int mode = 0;  /* 0: on or before R, -1: strictly before, 1: strictly after, 2: in a given week */
  if (is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN)) { mode = -1; it.b = j + 1; }
  else if (is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG)) { mode = 1; it.b = j + 1; }
  else if (is_key(sc, j, K_INI)) { mode = 2; it.b = j + 1; }
  else if (unit_of(sc, j) == U_WEEK && (is_key(sc, j + 1, K_LALU) || is_key(sc, j + 1, K_DEPAN) ||
                                        is_key(sc, j + 1, K_INI) || is_key(sc, j + 1, K_MENDATANG))) {
    mode = 2;
    week_shift = is_key(sc, j + 1, K_LALU) ? -1 : is_key(sc, j + 1, K_INI) ? 0 : 1;
    it.b = j + 2;
  }
  if (!sc->has_ref) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", wd);
  } else {
    int rwd = weekday_of(sc->rz);
    long z;
    if (mode == 2) z = sc->rz - rwd + wd + 7 * week_shift;
    else if (mode == 1) z = sc->rz + ((wd - rwd + 6) % 7) + 1;
    else if (mode == -1) z = sc->rz - ((rwd - wd + 6) % 7) - 1;
    else z = sc->rz - ((rwd - wd + 7) % 7);
    put_days(it.value, z);
  }
  return finish_day(sc, &it);
}

/* ------------------------------------------------------------ the rules at one token */

/* "tahun 2023", "tahun lalu", "bulan Juli", "bulan depan", "pekan lalu", "hari ini". */
static size_t unit_phrase(scanner *sc, size_t a, size_t i, const char *mod) {
  int unit = unit_of(sc, i);
  size_t j = i + 1;
  int y, dec;
  if (unit == U_YEAR && year_number(sc, j, &y)) return emit_year(sc, a, j, y, mod);
  if (unit == U_YEAR && decade_token(sc, j, &dec)) return emit_decade(sc, a, j, dec, mod);
  if (unit == U_MONTH) {
    size_t e = month_phrase(sc, a, j, 1, mod);
    if (e) return e;
  }
  if (unit == U_DAY && cls(sc, j) == L_WEEKDAY) return weekday(sc, a, j);
  if (unit == U_CENTURY) return century(sc, a, i, mod);
  if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_YEAR) return 0;
  if (unit == U_WEEK && cls(sc, i) == L_WEEKDAY && upper(sc, i) && !(is_key(sc, j, K_LALU) ||
      is_key(sc, j, K_INI) || is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_KEMARIN)))
    return 0;
  long n;
  if (is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN)) n = -1;
  else if (is_key(sc, j, K_INI)) n = 0;
  else if ((is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG)) && unit != U_DAY) n = 1;
  else if (mod && (unit == U_MONTH || unit == U_YEAR)) {  /* "akhir tahun", "awal bulan": the current one */
    item it = {a, j, KIMPUT_DATE_DATE, 0, "", NULL, mod};
    put_rel(sc, &it, unit, 0);
    emit(sc, &it);
    return it.b;
  } else return 0;
  if (unit == U_DAY && n != 0) return 0;  /* "hari lalu" is not a phrase */
  item it = {a, j + 1, KIMPUT_DATE_DATE, 0, "", NULL, mod};
  put_rel(sc, &it, unit, n);
  if (unit == U_DAY) return finish_day(sc, &it);
  emit(sc, &it);
  return it.b;
}

/* awal / akhir / pertengahan + month, year, decade, "bulan ini", "pekan". */
static size_t modified(scanner *sc, size_t i) {
  int k = val(sc, i);
  const char *mod = k == K_AWAL ? "START" : k == K_AKHIR ? "END" : "MID";
  size_t j = i + 1;
  int y, dec;
  size_t e = month_phrase(sc, i, j, 1, mod);
  if (e) return e;
  if (year_number(sc, j, &y)) return emit_year(sc, i, j, y, mod);
  if (decade_token(sc, j, &dec)) return emit_decade(sc, i, j, dec, mod);
  if (k == K_AKHIR && unit_of(sc, j) == U_WEEK && cls(sc, j) == L_UNIT) {  /* akhir pekan: the weekend */
    long shift = is_key(sc, j + 1, K_LALU) ? -1 : (is_key(sc, j + 1, K_DEPAN) || is_key(sc, j + 1, K_MENDATANG)) ? 1 : 0;
    item it = {i, (shift || is_key(sc, j + 1, K_INI)) ? j + 2 : j + 1, KIMPUT_DATE_DATE, 1, "", NULL, NULL};
    if (sc->has_ref) {
      put_week(it.value, sc->rz + 7 * shift);
      size_t l = strlen(it.value);
      snprintf(it.value + l, sizeof it.value - l, "-WE");
    } else {
      snprintf(it.value, sizeof it.value, "XXXX-WXX-WE");
    }
    emit(sc, &it);
    return it.b;
  }
  if (unit_of(sc, j)) return unit_phrase(sc, i, j, mod);
  return 0;
}

/* kemarin, kemarin lusa, besok, esok, lusa, + a time or part of the day. */
static size_t relative_day(scanner *sc, size_t i) {
  int k = val(sc, i);
  long n;
  size_t e = i + 1;
  if (k == K_KEMARIN) {
    n = -1;
    if (is_key(sc, e, K_LUSA)) { n = -2; e++; }
  } else if (k == K_BESOK) n = 1;
  else if (k == K_LUSA) n = 2;
  else if (k == K_ESOK) {
    n = 1;
    if (unit_of(sc, e) == U_DAY) e++;
    else if (!is_key(sc, e, K_LUSA) && cls(sc, e) != L_POD && !is_key(sc, e, K_PUKUL)) return 0;
    if (is_key(sc, e, K_LUSA)) { n = 2; e++; }
  } else return 0;
  item it = {i, e, KIMPUT_DATE_DATE, 1, "", NULL, NULL};
  put_rel_day(sc, &it, n);
  return finish_day(sc, &it);
}

/* pagi ini, malam nanti, tadi malam, siang tadi, dini hari. */
static size_t part_of_day(scanner *sc, size_t i) {
  size_t e;
  long n = 0;
  int pod;
  if (is_key(sc, i, K_TADI)) {
    pod = pod_at(sc, i + 1, &e);
    if (!pod) return 0;
    if (pod == POD_NI) n = -1;
  } else {
    pod = pod_at(sc, i, &e);
    if (!pod) return 0;
    if (is_key(sc, e, K_INI) || is_key(sc, e, K_NANTI) || is_key(sc, e, K_TADI)) e++;
    else if (!is_key(sc, i, K_DINI)) return 0;
  }
  item it = {i, e, KIMPUT_DATE_TIME, 1, "", NULL, NULL};
  char date[KIMPUT_DATE_VALUE_MAX];
  item tmp = it;
  put_rel_day(sc, &tmp, n);
  memcpy(date, tmp.value, sizeof date);
  snprintf(it.value, sizeof it.value, "%.20sT%s", date, pod_code[pod]);
  emit(sc, &it);
  return e;
}

/* A clock time without a date: "pukul 10.00 WITA", "09:15 WIB", "10.00-12.00 WIB". */
static size_t clock_time(scanner *sc, size_t i) {
  clocktime c1, c2;
  size_t e = clock_after_word(sc, i, &c1);
  int dotted = 0, worded = e != 0;
  if (!e) {
    memset(&c1, 0, sizeof c1);
    if (!time_token(sc, i, &c1, &dotted)) return 0;
    e = i + 1;
  }
  /* a range: 10.00-12.00, 10.00 hingga 12.00 */
  size_t r = 0, rb = 0;
  if (is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai") || is_mark(sc, e, '/')) {
    int d2;
    memset(&c2, 0, sizeof c2);
    size_t k = e + 1;
    if (is_key(sc, k, K_PUKUL)) k++;
    if (time_token(sc, k, &c2, &d2)) { r = k; rb = clock_suffix(sc, k + 1, &c2); }
  }
  size_t end1 = r ? e : clock_suffix(sc, e, &c1);
  if (r) { c1.zone = c2.zone; if (c2.pod && c1.hh < 12 && c2.hh >= 12) c1.hh += 12; }
  int has_zone = c1.zone != NULL;
  /* a bare 10.30 could be a number; a bare 09:15 is a time */
  if (!worded && !has_zone && !r && (dotted || kind(sc, i) != KIMPUT_TOK_TIME || tlen(sc, i) < 5)) {
    if (!c1.pod) return 0;
  }
  if (!worded && !has_zone && r && dotted && !c2.pod) return 0;
  char date[KIMPUT_DATE_VALUE_MAX];
  item tmp = {0};
  put_rel_day(sc, &tmp, 0);
  memcpy(date, tmp.value, sizeof date);
  item it = {i, end1, KIMPUT_DATE_TIME, 1, "", NULL, NULL};
  put_time(&it, date, &c1);
  emit(sc, &it);
  if (!r) return end1;
  item it2 = {r, rb, KIMPUT_DATE_TIME, 1, "", NULL, NULL};
  put_time(&it2, date, &c2);
  emit(sc, &it2);
  return rb;
}

/* setiap tahun, tiap Senin, setiap 9 Mei, setiap dua pekan */
static size_t set_phrase(scanner *sc, size_t i) {
  size_t j = i + 1;
  item it = {i, j + 1, KIMPUT_DATE_SET, 0, "", NULL, NULL};
  int unit = unit_of(sc, j);
  ymd r;
  size_t e;
  if (cls(sc, j) == L_WEEKDAY && (upper(sc, j) || unit != U_WEEK)) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", val(sc, j));
  } else if (unit) {
    put_duration(it.value, unit, "1");
  } else if ((e = date_core(sc, j, 0, &r)) && !r.y) {
    put_date(it.value, 0, r.m, r.d);
    it.b = e;
  } else if (cls(sc, j) == L_MONTH) {
    put_date(it.value, 0, val(sc, j), 0);
  } else {
    char cnt[16];
    long n;
    e = count_at(sc, j, cnt, &n);
    if (!e || !(unit = unit_of(sc, e))) return 0;
    put_duration(it.value, unit, cnt);
    it.b = e + 1;
  }
  emit(sc, &it);
  return it.b;
}

/* "tanggal 9": the 9th of R's month */
static size_t day_of_month(scanner *sc, size_t i) {
  int d;
  if (!day_number(sc, i + 1, &d)) return 0;
  item it = {i + 1, i + 2, KIMPUT_DATE_DATE, 1, "", NULL, NULL};
  if (sc->has_ref && valid_date(sc->ry, sc->rm, d)) put_date(it.value, sc->ry, sc->rm, d);
  else { put_date(it.value, 0, 0, d); it.anchored = 0; }
  return finish_day(sc, &it);
}

/* Tries every rule at token i; returns the end of what was found, or i. */
static size_t scan_at(scanner *sc, size_t i) {
  int k = sc->t[i].kind, c = sc->lx[i].cls;
  size_t e;
  ymd r;
  int y, dec;
  if (k == KIMPUT_TOK_NUMBER || k == KIMPUT_TOK_DATE) {
    if ((e = date_core(sc, i, 0, &r))) return finish_date(sc, i, e, r);
    if (day_number(sc, i, &y) && (cls(sc, i + 1) == L_MONTH || cls(sc, i + 1) == L_MONTH_ABBR))
      return year_number(sc, i + 2, &y) ? i + 3 : i + 2;  /* 31 Februari: no date at all */
    if (decade_token(sc, i, &dec)) return emit_decade(sc, i, i, dec, NULL);
    if ((e = quantity(sc, i))) return e;
    if (bare_year(sc, i, &y)) return emit_year(sc, i, i, y, NULL);
    if ((e = clock_time(sc, i))) return e;
    return i;
  }
  if (k == KIMPUT_TOK_TIME) return (e = clock_time(sc, i)) ? e : i;
  if (k == KIMPUT_TOK_PUNCT) {
    if (is_mark(sc, i, '(') && date_core(sc, i, 1, &r)) return finish_date(sc, i + 1, i + 2, r);
    return i;
  }
  switch (c) {
  case L_NONE: case L_NOTYEAR: case L_YEARFOLLOW: case L_ZONE: case L_NUM_TEEN: case L_NUM_TENS:
  case L_NUM_HUNDREDS:
    return i;
  case L_WEEKDAY:
    if ((e = quantity(sc, i))) return e;
    if ((e = weekday(sc, i, i))) return e;
    return (e = unit_phrase(sc, i, i, NULL)) ? e : i;
  case L_MONTH: case L_MONTH_ABBR:
    if ((e = date_core(sc, i, 0, &r))) return finish_date(sc, i, e, r);
    {
      int bare = i > sc->lo && (cls(sc, i - 1) == L_PREP);
      return (e = month_phrase(sc, i, i, bare, NULL)) ? e : i;
    }
  case L_NUM: case L_VAGUE: case L_SE_UNIT:
    return (e = quantity(sc, i)) ? e : i;
  case L_UNIT:
    if ((e = clock_time(sc, i))) return e;
    return (e = unit_phrase(sc, i, i, NULL)) ? e : i;
  case L_POD:
    return (e = part_of_day(sc, i)) ? e : i;
  case L_KEY:
    switch (val(sc, i)) {
    case K_KEMARIN: case K_BESOK: case K_LUSA: case K_ESOK: return (e = relative_day(sc, i)) ? e : i;
    case K_TADI: case K_DINI: return (e = part_of_day(sc, i)) ? e : i;
    case K_PUKUL: return (e = clock_time(sc, i)) ? e : i;
    case K_SETIAP: return (e = set_phrase(sc, i)) ? e : i;
    case K_AWAL: case K_AKHIR: case K_TENGAH: return (e = modified(sc, i)) ? e : i;
    case K_TANGGAL:
      if (date_core(sc, i + 1, 0, &r)) return i;
      return (e = day_of_month(sc, i)) ? e : i;
    default: return i;
    }
  default:
    return i;
  }
}

static void scan_span(scanner *sc, size_t lo, size_t hi) {
  for (size_t i = lo; i < hi; i++) classify(sc, i);
  size_t i = lo;
  while (i < hi && !sc->failed) {
    /* the tokens of i's line */
    sc->lo = i;
    size_t end = i + 1;
    while (end < hi && !(sc->t[end].flags & KIMPUT_TOKF_NEWLINE)) end++;
    sc->hi = end;
    while (i < end && !sc->failed) {
      size_t e = scan_at(sc, i);
      i = e > i ? e : i + 1;
    }
    i = end;
  }
}

static size_t first_token_at(const kimput_token *t, size_t n, uint32_t pos) {
  size_t lo = 0, hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

kimput_status kimput_dates_scan(const char *text, size_t len, const kimput_token *tokens, size_t ntokens,
                                const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                                kimput_date **out, size_t *count) {
  if (!out || !count || (!text && len) || (!tokens && ntokens) || (!spans && nspans)) return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  if (ref && ref->year && !valid_date(ref->year, ref->month, ref->day)) return KIMPUT_ERR_ARG;
  pthread_once(&words_once, init_words);  /* thread-safe, once per process */
  scanner sc;
  memset(&sc, 0, sizeof sc);
  sc.s = (const unsigned char *)text;
  sc.t = tokens;
  if (ref && ref->year) {
    sc.has_ref = 1;
    sc.ry = ref->year;
    sc.rm = ref->month;
    sc.rd = ref->day;
    sc.rz = days_from_civil(ref->year, ref->month, ref->day);
  }
  if (ntokens == 0) return KIMPUT_OK;
  sc.lx = malloc(ntokens * sizeof *sc.lx);
  if (!sc.lx) return KIMPUT_ERR_NOMEM;
  if (!spans) {
    scan_span(&sc, 0, ntokens);
  } else {
    for (size_t s = 0; s < nspans && !sc.failed; s++) {
      uint32_t a = spans[2 * s], b = spans[2 * s + 1];
      if (b > len || a > b) { free(sc.lx); free(sc.out); return KIMPUT_ERR_ARG; }
      size_t lo = first_token_at(tokens, ntokens, a), hi = lo;
      while (hi < ntokens && tokens[hi].end <= b) hi++;
      if (hi > lo) scan_span(&sc, lo, hi);
    }
  }
  free(sc.lx);
  if (sc.failed) { free(sc.out); return KIMPUT_ERR_NOMEM; }
  *out = sc.out;
  *count = sc.n;
  return KIMPUT_OK;
}

kimput_status kimput_doc_dates(kimput_doc *doc, const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                               kimput_date **out, size_t *count) {
  if (!doc) return KIMPUT_ERR_ARG;
  size_t ntok;
  const kimput_token *t = kimput_doc_tokens(doc, &ntok);
  if (!t && kimput_doc_status(doc) != KIMPUT_OK) return kimput_doc_status(doc);
  return kimput_dates_scan(doc->text, doc->len, t, ntok, spans, nspans, ref, out, count);
}

kimput_status kimput_date_parse(const char *text, size_t len, const kimput_ref *ref, kimput_date *out, int *found) {
  if (!out || !found || (!text && len)) return KIMPUT_ERR_ARG;
  *found = 0;
  kimput_token *toks = NULL;
  size_t ntok = 0, cap = 0, n = 0;
  kimput_status st = kimput_tokenize(text, len, &toks, &ntok, &cap);
  kimput_date *items = NULL;
  if (st == KIMPUT_OK) st = kimput_dates_scan(text, len, toks, ntok, NULL, 0, ref, &items, &n);
  free(toks);
  if (st != KIMPUT_OK) return st;
  /* the longest expression is the one the string is about */
  size_t best = n;
  for (size_t i = 0; i < n; i++) {
    if (best == n || items[i].end - items[i].start > items[best].end - items[best].start) best = i;
  }
  if (best < n) { *out = items[best]; *found = 1; }
  free(items);
  return KIMPUT_OK;
}

void kimput_dates_free(kimput_date *dates) { free(dates); }
