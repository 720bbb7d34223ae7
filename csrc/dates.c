/* dates.c -- Indonesian temporal expressions to TIMEX3 values.
 *
 * A scanner over the document's tokens, span by span and line by line, in
 * one pass over a line: a token's shape tells whether it can start an
 * expression (a hash of the grammar's words only for the few words that
 * pass), and the rules (a date with its weekday and time, a relative day, a
 * quarter, a count of units, a set, a clock time...) are tried only there;
 * the other words are classed when a rule looks at them. Each expression
 * gives one item, never overlapping. Nothing is allocated per token, and an ordinary article needs
 * no heap until its items are returned.
 *
 * Resolution against the reference date R follows docs/output.md (dates, resolution):
 * day-month takes R's year unless that is more than six months after R; a
 * bare weekday is the latest on or before R (in a clause of plan the next on or
 * after it); "<Month> lalu" the latest such
 * month strictly before R's month; weeks are ISO weeks. A clock time without
 * a date takes the day its sentence, the one before or the paragraph before
 * reports. Without R the parts R would give stay X (XXXX-05-09).
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
#include "word16.h"

/* ------------------------------------------------------------ the word table */

enum {
  L_NONE = 0, L_MONTH, L_MONTH_ABBR, L_WEEKDAY, L_NUM, L_NUM_TEEN, L_NUM_TENS, L_NUM_HUNDREDS,
  L_VAGUE, L_SE_UNIT, L_UNIT, L_KEY, L_ZONE, L_POD, L_PREP, L_NOTYEAR, L_YEARFOLLOW,
  L_PERIOD,       /* kuartal, triwulan, trimester, semester */
  L_ORDINAL,      /* pertama, kedua... */
  L_REDUP,        /* bertahun-tahun: a vague duration */
  L_FREQ,         /* harian, tahunan: a set */
  L_MONTH_RANGE,  /* Januari-Oktober, one token: two months */
  L_COUNT,        /* the number of classes */
  L_LAZY = 255    /* a token not looked up yet (see mark) */
};

enum { U_SEC = 1, U_MIN, U_HOUR, U_DAY, U_WEEK, U_MONTH, U_QUARTER, U_YEAR, U_DECADE, U_CENTURY };

enum {
  K_LALU = 1, K_KEMARIN, K_LUSA, K_BESOK, K_INI, K_DEPAN, K_MENDATANG, K_LAGI, K_KE, K_YANG,
  K_TADI, K_NANTI, K_DINI, K_PUKUL, K_SETIAP, K_AWAL, K_AKHIR, K_TENGAH, K_TANGGAL, K_DALAM,
  K_TERAKHIR, K_ESOK, K_SEBELUMNYA, K_BERIKUTNYA, K_BELAKANGAN, K_KINI, K_SEJAUH, K_BARUBARU, K_MASA,
  K_WAKTU, K_SEKITAR, K_SEKALI, K_HUT, K_TENGAHW, K_KALI, K_SEMALAM, K_AKHIRAKHIR
};

/* L_YEARFOLLOW words that also start a vague reference: "saat ini", "belum lama ini" */
enum { YF_SAAT = 1, YF_BELUM };

/* L_PERIOD values: a quarter, a quarter named by a word that needs a year
 * to be one (trimester: also of a pregnancy), a half that needs a year
 * (semester: also of a school year). */
enum { PER_QUARTER = 1, PER_TRIMESTER, PER_SEMESTER, PER_QN /* Q1..Q4: its number in the word, a year after it */,
       PER_HN /* H1, H2: a half, the same way */ };

/* Parts of the day. Dini hari is written NI (docs/output.md) but, unlike
 * malam, does not move a clock time to the afternoon. */
enum { POD_MO = 1, POD_MI, POD_AF, POD_EV, POD_NI, POD_DINI };
static const char *const pod_code[] = {"", "MO", "MI", "AF", "EV", "NI", "NI"};

/* (KST and JST: Korea's and Japan's standard time, in news of Pyongyang, Seoul and Tokyo) */
enum { Z_WIB = 1, Z_WITA, Z_WIT, Z_UTC, Z_KST };
static const char *const zone_offset[] = {"", "+07:00", "+08:00", "+09:00", "+00:00", "+09:00"};

typedef struct {
  const char *w;
  uint8_t cls;
  int16_t val;
} lexword;

/* Lower-case words. Months and weekdays agree with the Lua lexicons. */
static const lexword table_words[] = {
  /* months: full names stand alone, abbreviations only next to a number */
  {"januari", L_MONTH, 1}, {"january", L_MONTH, 1}, {"jan", L_MONTH_ABBR, 1},
  {"februari", L_MONTH, 2}, {"pebruari", L_MONTH, 2}, {"febuari", L_MONTH, 2}, {"february", L_MONTH, 2},
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
  /* "Kamisnya", "Sabtunya": that weekday of the days told (weekday reads the "nya") */
  {"seninnya", L_WEEKDAY, 1}, {"selasanya", L_WEEKDAY, 2}, {"rabunya", L_WEEKDAY, 3}, {"kamisnya", L_WEEKDAY, 4},
  {"jumatnya", L_WEEKDAY, 5}, {"sabtunya", L_WEEKDAY, 6}, {"minggunya", L_WEEKDAY, 7},
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
  {"lusa", L_KEY, K_LUSA}, {"besok", L_KEY, K_BESOK}, {"esok", L_KEY, K_ESOK}, {"keesokan", L_KEY, K_ESOK},
  {"besoknya", L_KEY, K_ESOK}, {"esoknya", L_KEY, K_ESOK}, {"ini", L_KEY, K_INI},
  {"depan", L_KEY, K_DEPAN}, {"mendatang", L_KEY, K_MENDATANG}, {"lagi", L_KEY, K_LAGI},
  {"ke", L_KEY, K_KE}, {"yang", L_KEY, K_YANG}, {"tadi", L_KEY, K_TADI}, {"nanti", L_KEY, K_NANTI}, {"nantinya", L_KEY, K_NANTI},
  {"dini", L_KEY, K_DINI}, {"pukul", L_KEY, K_PUKUL}, {"pkl", L_KEY, K_PUKUL}, {"pk", L_KEY, K_PUKUL},
  {"setiap", L_KEY, K_SETIAP}, {"tiap", L_KEY, K_SETIAP}, {"saban", L_KEY, K_SETIAP},
  {"awal", L_KEY, K_AWAL}, {"akhir", L_KEY, K_AKHIR}, {"pertengahan", L_KEY, K_TENGAH},
  {"medio", L_KEY, K_TENGAH}, {"tanggal", L_KEY, K_TANGGAL}, {"tgl", L_KEY, K_TANGGAL},
  {"dalam", L_KEY, K_DALAM}, {"terakhir", L_KEY, K_TERAKHIR},
  {"sebelumnya", L_KEY, K_SEBELUMNYA}, {"berikutnya", L_KEY, K_BERIKUTNYA},
  {"selanjutnya", L_KEY, K_BERIKUTNYA}, {"belakangan", L_KEY, K_BELAKANGAN}, {"kini", L_KEY, K_KINI},
  {"sekarang", L_KEY, K_KINI}, {"sejauh", L_KEY, K_SEJAUH}, {"baru-baru", L_KEY, K_BARUBARU},
  {"masa", L_KEY, K_MASA}, {"waktu", L_KEY, K_WAKTU}, {"sekitar", L_KEY, K_SEKITAR},
  {"sekira", L_KEY, K_SEKITAR}, {"kira-kira", L_KEY, K_SEKITAR}, {"tepatnya", L_KEY, K_SEKITAR},
  {"sekali", L_KEY, K_SEKALI}, {"kali", L_KEY, K_KALI},
  {"penghujung", L_KEY, K_AKHIR}, {"pengujung", L_KEY, K_AKHIR},
  {"tengah", L_KEY, K_TENGAHW},  /* tengah malam */
  {"semalam", L_KEY, K_SEMALAM},  /* last night (or one night: menginap semalam) */
  {"akhir-akhir", L_KEY, K_AKHIRAKHIR},  /* akhir-akhir ini: lately */
  /* anniversaries: HUT ke-78, ultah ke-17, milad ke-50 */
  {"hut", L_KEY, K_HUT}, {"ultah", L_KEY, K_HUT}, {"milad", L_KEY, K_HUT},
  /* quarters and halves; ordinals */
  {"kuartal", L_PERIOD, PER_QUARTER}, {"kwartal", L_PERIOD, PER_QUARTER}, {"quartal", L_PERIOD, PER_QUARTER},
  {"triwulan", L_PERIOD, PER_QUARTER}, {"tw", L_PERIOD, PER_QUARTER}, {"trimester", L_PERIOD, PER_TRIMESTER},
  {"semester", L_PERIOD, PER_SEMESTER}, {"paruh", L_PERIOD, PER_SEMESTER},
  {"q1", L_PERIOD, PER_QN}, {"q2", L_PERIOD, PER_QN}, {"q3", L_PERIOD, PER_QN}, {"q4", L_PERIOD, PER_QN},
  {"h1", L_PERIOD, PER_HN}, {"h2", L_PERIOD, PER_HN},
  {"pertama", L_ORDINAL, 1}, {"kesatu", L_ORDINAL, 1}, {"kedua", L_ORDINAL, 2}, {"ketiga", L_ORDINAL, 3},
  {"keempat", L_ORDINAL, 4},
  /* reduplicated units: a vague duration */
  {"berdetik-detik", L_REDUP, U_SEC}, {"bermenit-menit", L_REDUP, U_MIN}, {"berjam-jam", L_REDUP, U_HOUR},
  {"berhari-hari", L_REDUP, U_DAY}, {"berminggu-minggu", L_REDUP, U_WEEK}, {"berpekan-pekan", L_REDUP, U_WEEK},
  {"berbulan-bulan", L_REDUP, U_MONTH}, {"bertahun-tahun", L_REDUP, U_YEAR},
  {"berdekade-dekade", L_REDUP, U_DECADE}, {"berabad-abad", L_REDUP, U_CENTURY},
  /* adjectives of frequency: a set */
  {"harian", L_FREQ, U_DAY}, {"mingguan", L_FREQ, U_WEEK}, {"bulanan", L_FREQ, U_MONTH},
  {"tahunan", L_FREQ, U_YEAR},
  /* time zones and parts of the day */
  {"wib", L_ZONE, Z_WIB}, {"wita", L_ZONE, Z_WITA}, {"wit", L_ZONE, Z_WIT}, {"gmt", L_ZONE, Z_UTC},
  {"utc", L_ZONE, Z_UTC}, {"kst", L_ZONE, Z_KST}, {"jst", L_ZONE, Z_KST},
  {"pagi", L_POD, POD_MO}, {"siang", L_POD, POD_MI}, {"sore", L_POD, POD_AF}, {"petang", L_POD, POD_EV},
  {"malam", L_POD, POD_NI}, {"dinihari", L_POD, POD_DINI}, {"subuh", L_POD, POD_MO},
  /* "Siangnya, ...": that part of the story's day, as "siang harinya" */
  {"paginya", L_POD, POD_MO}, {"siangnya", L_POD, POD_MI}, {"sorenya", L_POD, POD_AF},
  {"petangnya", L_POD, POD_EV}, {"malamnya", L_POD, POD_NI},
  /* words before a year that make a bare 4-digit number a year */
  {"pada", L_PREP, 0}, {"sejak", L_PREP, 0}, {"semenjak", L_PREP, 0}, {"hingga", L_PREP, 0},
  {"sampai", L_PREP, 0}, {"sebelum", L_PREP, 0}, {"setelah", L_PREP, 0}, {"sesudah", L_PREP, 0},
  {"menjelang", L_PREP, 0}, {"jelang", L_PREP, 0}, {"antara", L_PREP, 0}, {"usai", L_PREP, 0},
  {"selepas", L_PREP, 0}, {"periode", L_PREP, 0}, {"era", L_PREP, 0}, {"musim", L_PREP, 0},
  {"per", L_PREP, 0}, {"di", L_PREP, 0}, {"dari", L_PREP, 0},
  {"selama", L_PREP, 0}, {"sepanjang", L_PREP, 0}, {"dibanding", L_PREP, 0}, {"dibandingkan", L_PREP, 0},
  /* verbs of when something starts, ends or is held: "dimulai Juli", "digelar 2026" */
  {"mulai", L_PREP, 0}, {"dimulai", L_PREP, 0}, {"berakhir", L_PREP, 0}, {"berlangsung", L_PREP, 0},
  {"digelar", L_PREP, 0}, {"dijadwalkan", L_PREP, 0}, {"dilaksanakan", L_PREP, 0}, {"diadakan", L_PREP, 0},
  /* words before a number that make it not a year */
  {"versi", L_NOTYEAR, 0}, {"nomor", L_NOTYEAR, 0}, {"nomer", L_NOTYEAR, 0}, {"no", L_NOTYEAR, 0},
  {"rp", L_NOTYEAR, 0}, {"usd", L_NOTYEAR, 0}, {"kode", L_NOTYEAR, 0}, {"seri", L_NOTYEAR, 0},
  {"tipe", L_NOTYEAR, 0}, {"model", L_NOTYEAR, 0}, {"halaman", L_NOTYEAR, 0}, {"hlm", L_NOTYEAR, 0},
  {"pasal", L_NOTYEAR, 0}, {"ayat", L_NOTYEAR, 0}, {"jalan", L_NOTYEAR, 0}, {"jl", L_NOTYEAR, 0},
  {"km", L_NOTYEAR, 0}, {"telp", L_NOTYEAR, 0}, {"telepon", L_NOTYEAR, 0}, {"hp", L_NOTYEAR, 0},
  {"skor", L_NOTYEAR, 0}, {"bernomor", L_NOTYEAR, 0}, {"nopol", L_NOTYEAR, 0}, {"plat", L_NOTYEAR, 0}, {"sebanyak", L_NOTYEAR, 0}, {"mencapai", L_NOTYEAR, 0},
  {"sekitar", L_NOTYEAR, 0}, {"total", L_NOTYEAR, 0}, {"kepada", L_NOTYEAR, 0},
  {"hampir", L_NOTYEAR, 0}, {"setidaknya", L_NOTYEAR, 0}, {"sedikitnya", L_NOTYEAR, 0},
  {"sejumlah", L_NOTYEAR, 0},
  /* "Corona Virus Disease 2019 (COVID-19)", the name the rules and notices write out: no year */
  {"disease", L_NOTYEAR, 0},
  /* lower-case words that may follow a year without making it a count */
  {"dan", L_YEARFOLLOW, 0}, {"atau", L_YEARFOLLOW, 0}, {"ketika", L_YEARFOLLOW, 0},
  {"saat", L_YEARFOLLOW, YF_SAAT}, {"itu", L_YEARFOLLOW, 0}, {"untuk", L_YEARFOLLOW, 0},
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
  {"tidak", L_YEARFOLLOW, 0}, {"belum", L_YEARFOLLOW, YF_BELUM}, {"sempat", L_YEARFOLLOW, 0},
  {"tetap", L_YEARFOLLOW, 0}, {"bisa", L_YEARFOLLOW, 0}, {"dapat", L_YEARFOLLOW, 0},
  {"harus", L_YEARFOLLOW, 0}, {"mulai", L_YEARFOLLOW, 0}, {"hanya", L_YEARFOLLOW, 0},
  {"jatuh", L_YEARFOLLOW, 0}, {"resmi", L_YEARFOLLOW, 0}, {"segera", L_YEARFOLLOW, 0},
  {"kembali", L_YEARFOLLOW, 0}, {"tinggal", L_YEARFOLLOW, 0},
};

#define NWORDS (sizeof table_words / sizeof table_words[0])
#define MAXW 24

/* The table as an open-addressing hash of the lower-cased words, built once
 * per process: one hash and one comparison classify a token. */
#define HASH_SLOTS 1024
typedef struct {
  const char *w;
  uint8_t len, cls, starts;  /* starts: the word can start an expression (word_starts) */
  int16_t val;
  uint64_t k0, k1;  /* the word as word_key reads it */
} slot;
_Static_assert(sizeof table_words / sizeof table_words[0] * 2 < HASH_SLOTS, "the hash stays half empty");
static slot word_hash[HASH_SLOTS];
static pthread_once_t words_once = PTHREAD_ONCE_INIT;

static unsigned char lower_byte[256];  /* ASCII case folding, as a table (no branch) */
static inline unsigned char lower(unsigned char c) { return lower_byte[c]; }

/* A word of n bytes (1 <= n) case folded in two 64-bit keys, read inside
 * the word only (no byte past it): its first and last 8 bytes from 8 bytes
 * on, its first and last 4 from 4, else its first, middle and last byte.
 * With n, the keys spell the word up to 16 bytes (the bytes between are
 * compared one by one). Constant time: no loop over the bytes. */
static inline uint64_t word_key(const unsigned char *w, size_t n, uint64_t *k1) {
  uint64_t a, b = 0;
  if (n >= 8) {
    memcpy(&a, w, 8);
    memcpy(&b, w + n - 8, 8);
  } else if (n >= 4) {
    uint32_t x, y;
    memcpy(&x, w, 4);
    memcpy(&y, w + n - 4, 4);
    a = (uint64_t)x | (uint64_t)y << 32;
  } else {
    a = (uint64_t)w[0] | (uint64_t)w[n / 2] << 8 | (uint64_t)w[n - 1] << 16;
  }
  *k1 = lower8(b);
  return lower8(a);
}

/* The slot a word's probe starts at, from its first key and length. */
static inline uint32_t hash_word(uint64_t k0, size_t n) {
  return (uint32_t)(((k0 ^ n) * 0x9e3779b97f4a7c15ull) >> 54);  /* HASH_SLOTS = 2^10 */
}

/* (length, first letter, last letter) of the table's words, as bits: most
 * words of a text are rejected by one load, without hashing. */
static uint32_t shape_bits[MAXW][32];
static uint32_t start_shape_bits[MAXW][32];  /* the same for the words that start an expression */
static int word_starts(int c, int v);

static inline void shape_of(const unsigned char *w, size_t n, size_t *row, size_t *last) {
  *row = (size_t)(w[0] & 31);  /* (case folding changes bit 5 only: no lower() needed) */
  *last = (size_t)(w[n - 1] & 31);
}

/* per first letter (& 31) of a month name, the last letters (& 31) of month
 * names as bits: the shape of a range of two months (Januari-Oktober) */
static uint32_t month_pair[32];

/* The two shapes mark looks for, in one load: per length and first letter,
 * the last letters of the words that start an expression (low 32 bits) and
 * of the month ranges (high 32 bits). */
static uint64_t mark_bits[2 * MAXW][32];
/* mark_bits by the token as it is, its last byte read by last_code: also
 * the shapes with a final period (Jan.), so that most words are ruled out
 * before the period is looked at. The period has a code of its own (31, the
 * code of no letter: as '.' & 31 it would be 'n', and words in -an are many). */
static uint64_t raw_mark_bits[64][32];  /* (rows 2 * MAXW on: empty; read by length & 63) */
static unsigned char last_code[256];

/* For the words mark_bits lets through: the length and the first, second,
 * second-last and last letters (& 31) of the words that start an
 * expression, hashed to one bit each, so that the hash table is probed for
 * few other words (perang is not petang: the table says). */
#define START_KEY_BITS 14
static uint64_t start_key_bits[(1u << START_KEY_BITS) / 64];
static inline void inner_of(const unsigned char *w, size_t n, size_t *row, size_t *col) {
  *row = (size_t)(w[n > 1] & 31);  /* (as shape_of: no lower() needed) */
  *col = (size_t)(w[n > 1 ? n - 2 : 0] & 31);
}
static inline uint32_t start_key(size_t n, size_t row, size_t last, size_t irow, size_t icol) {
  uint64_t k = (uint64_t)n << 20 | row << 15 | last << 10 | irow << 5 | icol;
  return (uint32_t)((k * 0x9e3779b97f4a7c15ull) >> (64 - START_KEY_BITS));
}

/* The words of a statement or of a cited medium before a date (statement_date). */
static const char *const statement_cite[] = {"dilansir", "melansir", "dikutip", "mengutip", "dinukil", "menukil",
                                             "diwartakan", "mewartakan"};
static const char *const statement_cue[] = {
  "kata", "ujar", "ucap", "ungkap", "jelas", "tutur", "terang", "tegas", "papar", "imbuh", "tambah", "sebut",
  "katanya", "ujarnya", "ucapnya", "ungkapnya", "jelasnya", "tuturnya", "terangnya", "tegasnya", "paparnya",
  "imbuhnya", "tambahnya", "sebutnya", "mengatakan", "menjelaskan", "mengungkapkan", "menuturkan",
  "menyampaikan", "menegaskan", "menerangkan", "disampaikan", "dikatakan", "diungkapkan", "dijelaskan",
  /* "dalam keterangan tertulisnya, Kamis (17/11)", "dalam konferensi pers, Senin": a statement's medium */
  "keterangan", "keterangannya", "tertulis", "tertulisnya", "pers",
};
static const char *const statement_reported[] = {"dilaporkan", "diberitakan"};
/* per length, the first letters (& 31) of the words above, as bits (built
 * by init_words): most words of the look-back are none of them by one test */
static uint32_t statement_first[MAXW];

static void init_words(void) {
  for (int c = 0; c < 256; c++) lower_byte[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
  uint32_t month_first = 0, month_last = 0;  /* letters (& 31) month names start and end with */
  for (size_t i = 0; i < NWORDS; i++) {
    if (table_words[i].cls == L_MONTH) {
      size_t n = strlen(table_words[i].w);
      month_first |= 1u << (table_words[i].w[0] & 31);
      month_last |= 1u << (table_words[i].w[n - 1] & 31);
    }
  }
  for (int c = 0; c < 32; c++) month_pair[c] = month_first >> c & 1 ? month_last : 0;
  for (size_t n = 8; n < 2 * MAXW; n++)
    for (int c = 0; c < 32; c++) mark_bits[n][c] = (uint64_t)month_pair[c] << 32;
  for (int c = '0'; c <= '9'; c++) {  /* Q2-2024, H1-2025 */
    mark_bits[7]['q' & 31] |= 1ull << (32 + (c & 31));
    mark_bits[7]['h' & 31] |= 1ull << (32 + (c & 31));
  }
  for (int c = '0'; c <= '9'; c++)  /* pra-2020, post-2020, pasca-2019 */
    for (size_t n = 8; n <= 10; n++) mark_bits[n]['p' & 31] |= 1ull << (32 + (c & 31));
  for (size_t i = 0; i < NWORDS; i++) {
    const lexword *e = &table_words[i];
    size_t n = strlen(e->w);
    uint64_t k1, k0 = word_key((const unsigned char *)e->w, n, &k1);
    uint32_t h = hash_word(k0, n);
    while (word_hash[h].w && strcmp(word_hash[h].w, e->w) != 0) h = (h + 1) & (HASH_SLOTS - 1);
    if (word_hash[h].w) continue;  /* the first entry of a word wins */
    word_hash[h] = (slot){e->w, (uint8_t)n, e->cls, (uint8_t)word_starts(e->cls, e->val), e->val, k0, k1};
    size_t row, last;
    shape_of((const unsigned char *)e->w, n, &row, &last);
    shape_bits[n][row] |= 1u << last;
    if (word_starts(e->cls, e->val)) {
      start_shape_bits[n][row] |= 1u << last;
      mark_bits[n][row] |= 1u << last;
      size_t irow, icol;
      inner_of((const unsigned char *)e->w, n, &irow, &icol);
      uint32_t key = start_key(n, row, last, irow, icol);
      start_key_bits[key / 64] |= 1ull << (key % 64);
    }
  }
  for (int c = 0; c < 256; c++) last_code[c] = c == '.' ? 31 : lower((unsigned char)c) & 31;
  const char *const *const statement_lists[] = {statement_cue, statement_cite, statement_reported};
  const size_t statement_sizes[] = {sizeof statement_cue / sizeof *statement_cue,
                                    sizeof statement_cite / sizeof *statement_cite,
                                    sizeof statement_reported / sizeof *statement_reported};
  for (size_t l = 0; l < 3; l++)
    for (size_t i = 0; i < statement_sizes[l]; i++) {
      const char *w = statement_lists[l][i];
      statement_first[strlen(w)] |= 1u << (w[0] & 31);  /* (every word shorter than MAXW) */
    }
  const int dot = '.' & 31;
  for (size_t n = 1; n < 2 * MAXW; n++)
    for (int c = 0; c < 32; c++) {
      uint64_t b = mark_bits[n][c];
      raw_mark_bits[n][c] |= b;
      if (n == 1) raw_mark_bits[n][c] |= (b >> dot & 0x100000001ull) << 31;  /* "." itself: no period taken off */
      if (n + 1 == 2 * MAXW) continue;
      if ((uint32_t)b) raw_mark_bits[n + 1][c] |= 1ull << 31;  /* the same word with a period */
      if (b >> 32) raw_mark_bits[n + 1][c] |= 1ull << 63;
    }
}

/* The table entry for the word w[0..n) in any case, or NULL; with
 * only_starts, NULL also for most words that start nothing (a quick no). */
static const slot *probe_word(const unsigned char *w, size_t n);
static inline const slot *find_word(const unsigned char *w, size_t n, int only_starts) {
  if (n == 0 || n >= MAXW) return NULL;
  size_t row, last;
  shape_of(w, n, &row, &last);
  if (!((only_starts ? start_shape_bits : shape_bits)[n][row] >> last & 1)) return NULL;
  return probe_word(w, n);
}

/* The hash probe of find_word, for the words its shape test lets through. */
static const slot *probe_word(const unsigned char *w, size_t n) {
  uint64_t k1, k0 = word_key(w, n, &k1);  /* (1 <= n < MAXW: the callers') */
  for (uint32_t h = hash_word(k0, n); word_hash[h].w; h = (h + 1) & (HASH_SLOTS - 1)) {
    const slot *x = &word_hash[h];
    if (x->len != n || x->k0 != k0 || x->k1 != k1) continue;
    size_t k = 8;  /* the bytes the keys leave out: a word over 16 bytes */
    while (k + 8 < n && lower(w[k]) == (unsigned char)x->w[k]) k++;
    if (k + 8 >= n) return x;
  }
  return NULL;
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
  case L_WEEKDAY:  /* (the "-nya" forms are inflections, no names the lexicon lists) */
    *group = strlen(e->w) > 6 && strcmp(e->w + strlen(e->w) - 3, "nya") == 0 ? KIMPUT_WORDS_OTHER
                                                                             : KIMPUT_WORDS_WEEKDAY;
    break;
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

enum { S_NONE = 0, S_START, S_END };  /* a token's mark: it can start an expression (see starts), or ends a sentence */

typedef struct {
  uint8_t cls;
  int16_t val;
} lexent;

/* A clock time emitted without a date of its own: it takes the day of a
 * date that comes later in its sentence when none came before it there. */
typedef struct {
  size_t item;            /* index in out */
  uint32_t sent;
  int next_day;           /* 12.00 malam: the day after */
  int told;               /* it took the day a sentence before told (not R's): a statement's date
                             later ("..., kata X, Selasa (5/3)") is not its day */
} floating;

#define MAX_FLOATING 8
#define LOCAL_TOKENS 4096
#define LOCAL_ITEMS 32

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
  uint32_t sent, line;    /* the sentence and line being scanned, counted over the whole scan */
  /* the last day reported (a date or time with a day): "2023-05-09" or "XXXX-05-09" */
  char day[11];
  uint32_t day_sent, day_line;
  int has_day, day_anchored;
  int day_stated;         /* that day dates a statement ("kata X, Kamis (13/6)") */
  int day_planned;        /* that day was told in a clause of plan ("akan tiba Sabtu (18/7)") */
  /* a day counted from R glossed by a dated weekday after it ("hari ini, Kamis (13/5)"): the
     weekday's token and the counted day's item (+1; 0 when none): that item takes the date */
  size_t gloss_req, gloss_at, gloss_item;  /* (gloss_req: asked of finish_day by the counted day's rule) */
  /* the sentence and line of the last clock time that took that day as told: a chronology
     ("pukul 10.30 ... . Pukul 13.00 ... . Pukul 18.00 ...") goes on from it */
  uint32_t chain_sent, chain_line;
  int has_chain;
  uint32_t sched_line;    /* the line of the last schedule of opening hours read (has_sched) */
  int has_sched;
  int chain_min;          /* the latest clock time of that chain, in minutes: a later one a few
                             sentences on goes on from it too (chain_goes_on) */
  /* the last day an event of the story took (not the day a statement was
     made: "kata Dodi, Kamis (13/6)."), from which its days count */
  char sday[11];
  uint32_t sday_sent, sday_line;
  int has_sday, sday_anchored;
  /* the last month, week, quarter, half or year the story named when it told
     no day ("pada Oktober 2023, ..."): days counted
     then ("tiga hari kemudian") count from its middle, at its grain */
  long cz;                /* the day counted from */
  char cgrain;            /* 'Y', 'H', 'Q', 'M', 'W'; 0: the story's day (or R) rules */
  int c_anchored;
  /* the last such month or year told after the story's day, and in which
     sentence: days counted in that sentence or in one pointing back to it
     ("Saat itu, ... sehari kemudian") count from it, not from the older day */
  long r_z;
  char rgrain;
  int r_anchored;
  uint32_t r_sent;
  int r_after;            /* that month or year is wholly after the story's day, not after R: the
                             story moved on ("8 Januari ... Februari 2024 ... Sepekan kemudian") */
  long pending_z;         /* a counted item's own day, to count on from */
  int has_pending;
  floating fl[MAX_FLOATING];
  size_t nfl;
  kimput_date *local_out;  /* the caller's buffer for the first items */
  int last_quarter;       /* the last quarter named: year * 4 + q - 1, or -1 */
  /* the last month (year * 12 + m - 1) and year a date named, and where:
     "bulan sebelumnya", "tahun sebelumnya" count from them */
  long named_month;
  int named_year, has_named_month, has_named_year;
  uint32_t nm_sent, nm_line, ny_sent, ny_line;
  int last_half;          /* the last half named: year * 2 + h - 1, or -1 */
  /* the last range of days told ("Senin-Rabu (10-12/6)"), its first and last day, and where:
     "hari pertama", "hari terakhir" count in it */
  long rg_z0, rg_z1;
  int has_range;
  uint32_t rg_sent, rg_line;
  /* the stretch of days told last, "sejak <day> hingga <day>": its first and last day and
     where; a clock time that starts something ("sejak pukul 19.00") after it is its first's */
  char st_first[11], st_last[11];
  uint32_t st_sent, st_line;
  int st_open, has_stretch;
  int st_dawn;            /* the stretch ends in the small hours of its last day ("hingga Minggu dini hari") */
  /* the year a date written with its year, or a year itself ("Pada 2020", "Tahun lalu,"), named
     last in the sentence being scanned, and the token it ends at: a day or month without a year
     later in that sentence is in it ("Pada 2020 lalu, pilkada digelar pada 9 Desember") */
  int cx_year, cx_anchored, has_cx;
  uint32_t cx_sent, cx_line;
  size_t cx_end;
  /* the day last written with each weekday ("Jumat (27/1/2023)"), in days, by ISO weekday
     (bit wd of told_wd set when one was): a bare "Jumat" later may be that day (told_day) */
  long told_z[8];
  unsigned told_wd;
  /* with no reference date, the month and day last written with each weekday and no year
     ("Sabtu (6/5)"), bit wd of told_partial set when one was: a bare "Sabtu" later is it */
  unsigned char told_pm[8], told_pd[8];
  unsigned told_partial;
  /* the day last written with its month for each day of the month ("3 Februari 2023"), in
     days, and its line (bit d of told_md set when one was): "tanggal 3" soon after is it */
  long md_z[32];
  uint32_t md_line[32];
  uint32_t told_md;
  /* the Monday of a week told after R's ("sejak pekan depan"), with no day told since, and where:
     a bare weekday in that sentence or the next of its line is in that week */
  long wk_z;
  uint32_t wk_sent, wk_line;
  int has_wk;
} scanner;

/* One expression under construction. */
typedef struct {
  size_t a, b;            /* tokens [a, b) */
  int kind, anchored;
  char value[KIMPUT_DATE_VALUE_MAX];
  const char *zone, *mod;
  uint32_t s0, s1;        /* byte span [s0, s1) when it is part of a token (s1 0: the tokens) */
  int vague;              /* a vague reference: kini, saat ini, di masa depan */
} item;

static item mk(size_t a, size_t b, int kind, int anchored, const char *mod) {
  item it;
  memset(&it, 0, sizeof it);
  it.a = a;
  it.b = b;
  it.kind = kind;
  it.anchored = anchored;
  it.mod = mod;
  return it;
}

/* "2023-05-09..." or "XXXX-05-09...": the value names a day. */
static int names_day(const char *v) {
  for (int k = 0; k < 10; k++) {
    char c = v[k];
    int digit = (c >= '0' && c <= '9') || c == 'X';
    if (k == 4 || k == 7 ? c != '-' : !digit) return 0;
  }
  return v[10] == '\0' || v[10] == 'T';
}

static void put_days(char *out, long z);

/* The number the digits of a value start with at p, as atoi reads it (up to
 * nine digits), without its locale and sign handling: it runs per item. */
static int lead_number(const char *p) {
  int v = 0;
  for (int k = 0; k < 9 && p[k] >= '0' && p[k] <= '9'; k++) v = v * 10 + (p[k] - '0');
  return v;
}

/* A day value shifted by n days (only when it is a full date). */
static void shift_day(char day[11], long n) {
  if (n == 0 || day[0] == 'X' || day[5] == 'X' || day[8] == 'X') return;
  int y = lead_number(day), m = lead_number(day + 5), d = lead_number(day + 8);
  char v[KIMPUT_DATE_VALUE_MAX];
  put_days(v, days_from_civil(y, m, d) + n);
  memcpy(day, v, 10);
}

/* Has the text reported a day of its story (year, month and day written or
 * resolved), from which its days count ("sehari sebelumnya", "keesokan
 * harinya", "malam itu")? However far back: a story goes on from the last
 * day it told, through quotes and background. Its value is sc->sday. */
static int story_day(const scanner *sc) {
  return sc->has_sday && sc->sday[0] != 'X' && sc->sday[5] != 'X' && sc->sday[8] != 'X';
}

/* The same, told in this sentence or the three lines before: a day a rule
 * names ("tanggal 15 bulan berikutnya") counts only from one that near. */
static int near_story_day(const scanner *sc) {
  return story_day(sc) && (sc->sent - sc->sday_sent <= 2 || sc->line - sc->sday_line <= 3);
}

static void put_rel_day(scanner *sc, item *it, long n);

/* Sets it->value to the story's day n days on (n < 0: before), R's when the
 * text told none (the news is of its own day); it used R when that day did
 * (Kamis (15/5) ... keesokan harinya). */
static void put_story_day(scanner *sc, item *it, long n) {
  if (!story_day(sc)) {
    put_rel_day(sc, it, n);
    return;
  }
  char day[11];
  memcpy(day, sc->sday, sizeof day);
  shift_day(day, n);
  memcpy(it->value, day, sizeof day);
  it->anchored |= sc->sday_anchored;
}

static void put_date(char *out, int y, int m, int d);
static void put_year(char *out, int y);
static void put_week(char *out, long z);
static void put_period(char *out, long idx, int half);

/* The grain of a date value coarser than a day and the day in its middle
 * ("2023-10" -> 'M', 2023-10-16), or 0: a day, or no date (XXXX, PAST_REF). */
static char coarse_grain(const char *v, long *mid) {
  for (int k = 0; k < 4; k++) if (v[k] < '0' || v[k] > '9') return 0;
  int y = lead_number(v);
  if (v[4] == '\0') { *mid = days_from_civil(y, 7, 2); return 'Y'; }
  if (v[4] != '-') return 0;
  char c = v[5];
  int n = lead_number(v + 6);
  if (c >= '0' && c <= '9') {
    if (v[7] != '\0') return 0;  /* a day, or a time */
    int m = lead_number(v + 5);
    if (m < 1 || m > 12) return 0;
    *mid = days_from_civil(y, m, 16);
    return 'M';
  }
  if (c == 'W' && n >= 1 && n <= 53) {
    *mid = days_from_civil(y, 1, 4) + 7L * (n - 1);  /* Jan 4 is in week 1: its Thursday, then */
    *mid += 4 - weekday_of(*mid);
    return 'W';
  }
  if (c == 'Q' && n >= 1 && n <= 4) { *mid = days_from_civil(y, 3 * n - 1, 15); return 'Q'; }
  if (c == 'H' && n >= 1 && n <= 2) { *mid = days_from_civil(y, 6 * n - 2, 1); return 'H'; }
  if (c == 'S' || c == 'F' || c == 'W') { *mid = days_from_civil(y, 7, 2); return 'Y'; }  /* a season */
  return 0;
}

/* Sets it->value to a count of n days from the story: from the middle of a
 * month or year it named last, at that grain ("Oktober 2023 ... tiga hari
 * kemudian" -> 2023-10: the day is not known, and R is no anchor), else
 * from its day (put_story_day). */
static int opens_back(const scanner *sc, size_t a);

static void put_story_count(scanner *sc, item *it, long n) {
  char grain = sc->cgrain;
  long z = sc->cz + n;
  int anchored = sc->c_anchored;
  if (!grain && sc->rgrain && story_day(sc) &&
      (sc->r_after || sc->sent == sc->r_sent || (sc->sent == sc->r_sent + 1 && opens_back(sc, it->a)))) {
    grain = sc->rgrain;
    z = sc->r_z + n;
    anchored = sc->r_anchored;
  }
  if (!grain) {
    put_story_day(sc, it, n);
    return;
  }
  int y, m, d;
  civil_from_days(z, &y, &m, &d);
  switch (grain) {
  case 'M': put_date(it->value, y, m, 0); break;
  case 'W': put_week(it->value, z); break;
  case 'Q': put_period(it->value, (long)y * 4 + (m - 1) / 3, 0); break;
  case 'H': put_period(it->value, (long)y * 2 + (m - 1) / 6, 1); break;
  default: put_year(it->value, y); break;
  }
  it->anchored |= anchored;
  sc->pending_z = z;
  sc->has_pending = 1;
}

static void push(scanner *sc, const item *it) {
  if (sc->failed) return;
  if (sc->n == sc->cap) {
    /* the first items go to the scanner's own buffer, then to the heap */
    size_t cap = sc->cap * 2;
    kimput_date *v = sc->out == sc->local_out ? malloc(cap * sizeof *v) : realloc(sc->out, cap * sizeof *v);
    if (!v) { sc->failed = 1; return; }
    if (sc->out == sc->local_out) memcpy(v, sc->local_out, sc->n * sizeof *v);
    sc->out = v;
    sc->cap = cap;
  }
  kimput_date *d = &sc->out[sc->n++];
  memset(d, 0, sizeof *d);
  d->start = it->s1 ? it->s0 : sc->t[it->a].start;
  d->end = it->s1 ? it->s1 : sc->t[it->b - 1].end;
  d->kind = (uint8_t)it->kind;
  d->anchored = (uint8_t)(it->anchored && sc->has_ref);
  d->vague = (uint8_t)it->vague;
  memcpy(d->value, it->value, sizeof d->value);
  if (it->zone) memcpy(d->zone, it->zone, strlen(it->zone) + 1);  /* "+07:00": fits */
  if (it->mod) memcpy(d->mod, it->mod, strlen(it->mod) + 1);      /* "START": fits */
}

/* Is token k free, no item found so far reaching it? A rule that reads back
 * from where the scan stands (the count before "kali sehari") needs it. */
static int token_free(const scanner *sc, size_t k) {
  return sc->n == 0 || sc->out[sc->n - 1].end <= sc->t[k].start;
}

static int is_mark(const scanner *sc, size_t i, char c);
static inline int cls(const scanner *sc, size_t i);
static inline int val(const scanner *sc, size_t i);
static inline int is_key(const scanner *sc, size_t i, int k);
static inline int kind(const scanner *sc, size_t i);
static inline int word_is(const scanner *sc, size_t i, const char *w);
static int is_dash(const scanner *sc, size_t i);
static int word_in(const scanner *sc, size_t i, const char *const *list, size_t n);

/* Remembers the year and month a date value names ("2024-05", "2024-05-09T10:00",
 * "2024-Q2" a year only), for "bulan sebelumnya" and "tahun sebelumnya". */
static void note_named(scanner *sc, const char *v) {
  for (int k = 0; k < 4; k++) if (v[k] < '0' || v[k] > '9') return;
  sc->named_year = lead_number(v);
  sc->has_named_year = 1;
  sc->ny_sent = sc->sent;
  sc->ny_line = sc->line;
  if (v[4] != '-' || v[5] < '0' || v[5] > '1' || v[6] < '0' || v[6] > '9') return;
  sc->named_month = (long)sc->named_year * 12 + lead_number(v + 5) - 1;
  sc->has_named_month = 1;
  sc->nm_sent = sc->sent;
  sc->nm_line = sc->line;
}

/* Does the date at tokens [a, ...) date a statement: set off by a comma
 * after a reporting word a few words back in its line ("kata Dodi kepada
 * wartawan, Kamis (13/6).", "ujar Kapolres saat dikonfirmasi di Mapolres,
 * Kamis")? Or date the page, after a word citing a medium ("seperti dilansir
 * Xinhua, Jumat (22/3/2024)", "dikutip dari AFP, Senin"; "dilaporkan" and
 * "diberitakan" after "seperti"/"sebagaimana"/"demikian": "dilaporkan ke polisi, Senin"
 * is an event): the publication date (guidelines, section 1), no day of
 * the story either. The look-back is bounded. */
static int statement_date(const scanner *sc, size_t a) {
  static const char *const as[] = {"seperti", "sebagaimana", "demikian"};  /* ("..., demikian dilaporkan X, Rabu") */
  /* "JCS mengatakan pada hari Kamis (31/8) bahwa ...": the day a statement was made */
  static const char *const said[] = {"mengatakan", "menyatakan", "menyebutkan", "mengungkapkan", "menjelaskan",
                                     "menegaskan"};  /* (not "mengumumkan": an announcement is the story's event) */
  size_t p = a > sc->lo && word_is(sc, a - 1, "hari") ? a - 1 : a;
  if (p > sc->lo + 1 && word_is(sc, p - 1, "pada") && word_in(sc, p - 2, said, sizeof said / sizeof *said))
    return 1;
  if (a < sc->lo + 2 || !is_mark(sc, a - 1, ',')) return 0;
  size_t stop = a - 1 > sc->lo + 16 ? a - 1 - 16 : sc->lo;
  for (size_t k = a - 1; k-- > stop;) {  /* a - 2 down to stop */
    if (is_mark(sc, k, '.') || is_mark(sc, k, '!') || is_mark(sc, k, '?')) return 0;
    size_t len = sc->t[k].end - sc->t[k].start;
    if (len == 0 || len >= MAXW || !(statement_first[len] >> (sc->s[sc->t[k].start] & 31) & 1)) continue;
    if (word_in(sc, k, statement_cue, sizeof statement_cue / sizeof *statement_cue) ||
        word_in(sc, k, statement_cite, sizeof statement_cite / sizeof *statement_cite))
      return 1;
    if (word_in(sc, k, statement_reported, sizeof statement_reported / sizeof *statement_reported) &&
        k > sc->lo && word_in(sc, k - 1, as, sizeof as / sizeof *as))
      return 1;
  }
  return 0;
}

/* Does the sentence of token a open by pointing back to the time the one
 * before told ("Saat itu,", "Pada saat itu", "Kala itu", "Ketika itu", "Waktu
 * itu")? The look-back for its start is bounded. */
static int opens_back(const scanner *sc, size_t a) {
  static const char *const when[] = {"saat", "kala", "ketika", "waktu"};
  size_t stop = a > sc->lo + 40 ? a - 40 : sc->lo, k = a;
  while (k > stop && !is_mark(sc, k - 1, '.') && !is_mark(sc, k - 1, '!') && !is_mark(sc, k - 1, '?')) k--;
  if (k == stop && stop != sc->lo) return 0;
  if (word_is(sc, k, "pada")) k++;
  return k + 1 < a && word_in(sc, k, when, sizeof when / sizeof *when) && word_is(sc, k + 1, "itu");
}

/* Does a word that bounds a stretch of time or compares come right before
 * token a ("sejak 2019", "hingga akhir 2024", "dibandingkan 2023")? */
static int bounds_stretch(const scanner *sc, size_t a) {
  static const char *const w[] = {"sejak",     "semenjak",     "hingga",    "sampai",  "selama", "sepanjang",
                                  "dibanding", "dibandingkan", "ketimbang", "daripada", "dengan"};
  return a > sc->lo && word_in(sc, a - 1, w, sizeof w / sizeof *w);
}

/* Does a word that opens a stretch ("sejak", "semenjak") stand a few words before token a in
 * its clause ("sejak resmi menjabat pada 16 September 2020")? The look-back is bounded. */
static int since_before(const scanner *sc, size_t a) {
  for (size_t k = a; k > sc->lo && a - k < 5; k--) {
    if (is_mark(sc, k - 1, ',') || is_mark(sc, k - 1, '.') || is_mark(sc, k - 1, ';')) return 0;
    if (word_is(sc, k - 1, "sejak") || word_is(sc, k - 1, "semenjak")) return 1;
  }
  return 0;
}

/* Is the item a bare year that ends a name ("Indonesia Open 2024", "Pilkada
 * 2024"): a capitalised word that is no date word right before it? It names an
 * edition of an event, not where the story is. */
static int names_edition(const scanner *sc, const item *it) {
  size_t a = it->a;
  if (it->b != a + 1 || a == sc->lo || it->value[4] != '\0' || kind(sc, a - 1) != KIMPUT_TOK_WORD) return 0;
  unsigned char c = sc->s[sc->t[a - 1].start];
  return c >= 'A' && c <= 'Z' && cls(sc, a - 1) == L_NONE;
}

/* Is the month or year v ("2024-02", "2024") wholly after the story's day and
 * not after R's month or year? Then the story has moved on to it: a count of
 * days after it counts from it, not from the older day. Values of the same
 * shape compare as strings. */
static int period_after_day(const scanner *sc, const char *v) {
  size_t n = strlen(v);
  if (n != 4 && n != 7) return 0;
  if (strncmp(v, sc->sday, n) <= 0) return 0;
  if (!sc->has_ref) return 1;
  char r[11];
  put_date(r, sc->ry, sc->rm, sc->rd);
  return strncmp(v, r, n) <= 0;
}

/* Notes the day just reported (sc->day, its item at token a) as the first day of a stretch
 * when a word of its start comes before it ("sejak Minggu (10/3) malam"), as its last when a
 * word of its end does and its first was told in the same sentence ("hingga Senin (11/3)"). */
static void note_stretch(scanner *sc, size_t a, size_t b) {
  static const char *const from[] = {"sejak", "semenjak", "mulai", "dari"};
  static const char *const to[] = {"hingga", "sampai"};
  if (a <= sc->lo) { sc->st_open = 0; return; }
  if (word_in(sc, a - 1, from, sizeof from / sizeof *from)) {
    memcpy(sc->st_first, sc->day, sizeof sc->st_first);
    sc->st_sent = sc->sent;
    sc->st_open = 1;
    sc->has_stretch = 0;
  } else if (sc->st_open && sc->st_sent == sc->sent && word_in(sc, a - 1, to, sizeof to / sizeof *to)) {
    memcpy(sc->st_last, sc->day, sizeof sc->st_last);
    sc->st_line = sc->line;
    sc->st_open = 0;
    sc->has_stretch = 1;
    sc->st_dawn = 0;
    for (size_t k = a; k < b && k < sc->hi && k < a + 8; k++)  /* (a day's item is a few words) */
      if (is_key(sc, k, K_DINI) || (cls(sc, k) == L_POD && val(sc, k) == POD_DINI)) sc->st_dawn = 1;
  } else sc->st_open = 0;
}

/* The first day of the stretch told last when the clock time at i (hh o'clock) starts something
 * ("sejak pukul 19.00", "mulai pukul 08.00", "dimulai pukul 08.00") and the day it would take is that
 * stretch's last, told in its sentence or the one before: "sejak Minggu (10/3) malam hingga Senin (11/3) siang.
 * Hujan turun sejak pukul 19.00" is Sunday's 19.00 (as the day a clock time takes, the stretch
 * told in its sentence, the one before or the line before); or when it is a daytime hour and the
 * stretch ends in the small hours. NULL otherwise. */
static const char *stretch_first(const scanner *sc, size_t i, int hh) {
  static const char *const from[] = {"sejak", "semenjak", "mulai", "dimulai"};
  if (!sc->has_stretch || i <= sc->lo || memcmp(sc->day, sc->st_last, 10) != 0) return NULL;
  /* a daytime clock time after a stretch that ends in the small hours of its last day
     ("Sejak Sabtu (8/2) hingga Minggu (9/2) dini hari, ... Pukul 15:36") is in its first, as
     long as no other day was told since (the caller's own reach bounds it) */
  if (sc->st_dawn && hh >= 6) return sc->st_first;
  if (sc->sent - sc->st_sent > 1 && sc->line - sc->st_line > 1) return NULL;
  return word_in(sc, i - 1, from, sizeof from / sizeof *from) ? sc->st_first : NULL;
}

/* Notes the year of the item just emitted as its sentence's when the text wrote it (a
 * date with its year, "2020"), or it is a year counted from R ("tahun lalu"): a day or
 * month told later in the sentence without one is in that year (context_year). Not a
 * year that bounds or compares ("sejak 2019", "dibandingkan tahun lalu", "seperti tahun
 * lalu", "periode yang sama tahun lalu", "sebelum 2020"): the story is not in it; nor a
 * statement's date, nor a year ending a name ("Indonesia Open 2024"). */
static void note_context_year(scanner *sc, const item *it) {
  static const char *const off[] = {"sejak",     "semenjak",     "hingga",    "sampai",   "dibanding",
                                    "dibandingkan", "ketimbang", "daripada", "dengan",   "seperti",
                                    "dari",      "sama",         "jelang",    "menjelang", "sebelum",
                                    "setelah",   "pasca",        "usai",      "sesudah",  "sebelumnya"};
  const char *v = it->value;
  for (int k = 0; k < 4; k++) if (v[k] < '0' || v[k] > '9') return;
  if (it->anchored && v[4] != '\0') return;  /* "Oktober", "kemarin": R's reading, no year written */
  size_t a = it->a;
  if (it->s1 && a > sc->lo && sc->t[a].start < it->s0) return;  /* the second part of "2019-2024": its first's */
  /* "periode 2024-2029", the two years told apart: a term of years, no year the story is in */
  if (a >= sc->lo + 2 && is_dash(sc, a - 1) && sc->t[a - 2].end - sc->t[a - 2].start == 4 &&
      sc->t[a - 2].kind == KIMPUT_TOK_NUMBER) {
    if (sc->has_cx && sc->cx_sent == sc->sent) sc->has_cx = 0;
    return;
  }
  if ((a > sc->lo && word_in(sc, a - 1, off, sizeof off / sizeof *off)) ||
      (a > sc->lo + 1 && (word_is(sc, a - 1, "pada") || word_is(sc, a - 1, "tanggal")) &&
       word_in(sc, a - 2, off, sizeof off / sizeof *off)) ||
      statement_date(sc, a) || names_edition(sc, it)) {
    if (sc->has_cx && sc->cx_sent == sc->sent) sc->has_cx = 0;  /* "selama 2019 hingga 2023": two years, none */
    return;
  }
  sc->cx_year = lead_number(v);
  sc->cx_anchored = it->anchored;
  sc->cx_sent = sc->sent;
  sc->cx_line = sc->line;
  sc->cx_end = it->b;
  sc->has_cx = 1;
}

/* The year a day or month without one at token a takes from its sentence (note_context_year):
 * 1 and *y when that sentence named one before it and no word of contrast or of now stands
 * between ("..., tetapi pada Januari", "sementara kini"); 0 otherwise. The look is bounded. */
static int context_year(const scanner *sc, size_t a, int *y) {
  static const char *const turn[] = {"namun", "tetapi", "tapi", "sedangkan", "sementara", "padahal",
                                     "kini", "sekarang"};
  if (!sc->has_cx || sc->cx_sent != sc->sent || sc->cx_line != sc->line || sc->cx_end > a || a - sc->cx_end > 40)
    return 0;
  for (size_t k = sc->cx_end; k < a; k++)
    if (word_in(sc, k, turn, sizeof turn / sizeof *turn)) return 0;
  *y = sc->cx_year;
  return 1;
}

/* The year of day d (0: a month) of month m without one at token a: its sentence's
 * (context_year), else R's by the six-month rule. */
static int resolve_day_month(const scanner *sc, int m, int d);
static int resolve_month(const scanner *sc, int m);
static int year_at(const scanner *sc, size_t a, int m, int d) {
  int y;
  if (context_year(sc, a, &y)) return y;
  return d ? resolve_day_month(sc, m, d) : resolve_month(sc, m);
}

/* Emits an item. A date or time that names a day becomes the day later
 * clock times take, and gives its day to the clock times before it in its
 * sentence that had none there; unless it dates a statement, it is also the
 * story's day that "keesokan harinya" counts from. */
/* The clock time of a time value "2023-05-10T21:10" in minutes, -1 when it holds none. */
static int clock_min(const char *v) {
  int hh, mm;
  if (strlen(v) < 16 || v[10] != 'T' || sscanf(v + 11, "%2d:%2d", &hh, &mm) != 2) return -1;
  return hh * 60 + mm;
}

/* Notes a week value v ("2021-W11") when it is a week after R's ("minggu depan", "pekan
 * depan"): its Monday and where it was told (note the field comment). */
static void note_week_ahead(scanner *sc, const char *v) {
  int wy, wn, used = 0;
  if (!sc->has_ref || sscanf(v, "%4d-W%2d%n", &wy, &wn, &used) != 2 || v[used] != '\0' || wn < 1 || wn > 53)
    return;
  long jan4 = days_from_civil(wy, 1, 4);
  long monday = jan4 - (weekday_of(jan4) - 1) + 7L * (wn - 1);
  if (monday <= sc->rz) return;
  sc->wk_z = monday;
  sc->wk_sent = sc->sent;
  sc->wk_line = sc->line;
  sc->has_wk = 1;
}

static int planned_before(const scanner *sc, size_t i, int by_yang);

/* Is the month or year value v (grain g) wholly after R: a period still ahead, a plan or a hope
 * ("berharap 2025 menjadi tahun kemenangan" read in December 2024), not where the story is? */
static int ahead_of_ref(const scanner *sc, const char *v, char g) {
  if (!sc->has_ref) return 0;
  long y = lead_number(v);
  if (g == 'Y') return y > sc->ry;
  if (g == 'M') return y * 12 + lead_number(v + 5) > (long)sc->ry * 12 + sc->rm;
  return 0;
}

static void emit(scanner *sc, const item *it) {
  int gy, gm, gd;
  size_t gw = sc->gloss_item ? sc->gloss_at + word_is(sc, sc->gloss_at, "hari") : 0;  /* the weekday */
  if (sc->gloss_item && sc->n == sc->gloss_item && it->a == sc->gloss_at && it->b > gw + 1 &&
      strlen(sc->out[sc->n - 1].value) == 10 && sscanf(it->value, "%4d-%2d-%2d", &gy, &gm, &gd) == 3 &&
      valid_date(gy, gm, gd) && weekday_of(days_from_civil(gy, gm, gd)) == val(sc, gw))
    memcpy(sc->out[sc->n - 1].value, it->value, 10);  /* "hari ini, Kamis (13/5)": that Thursday (a
                                                         date its weekday belies is a slip: R's stays) */
  sc->gloss_item = 0;
  push(sc, it);
  int pending = sc->has_pending;
  sc->has_pending = 0;
  if (sc->failed || (it->kind != KIMPUT_DATE_DATE && it->kind != KIMPUT_DATE_TIME)) return;
  note_named(sc, it->value);
  if (!names_day(it->value)) {
    note_week_ahead(sc, it->value);
    /* a month or year told when no day was, is where the story is; not one that
       bounds a stretch ("buron sejak 2019"): the story is not there */
    long mid;
    char g = coarse_grain(it->value, &mid);
    note_context_year(sc, it);
    if (g && !bounds_stretch(sc, it->a) && !statement_date(sc, it->a) && !names_edition(sc, it) &&
        !ahead_of_ref(sc, it->value, g)) {
      if (!story_day(sc)) {
        sc->cgrain = g;
        sc->cz = pending ? sc->pending_z : mid;
        sc->c_anchored = it->anchored;
      } else {
        sc->rgrain = g;
        sc->r_z = pending ? sc->pending_z : mid;
        sc->r_anchored = it->anchored;
        sc->r_sent = sc->sent;
        sc->r_after = (g == 'M' || g == 'Y') && period_after_day(sc, it->value);
      }
    }
    return;
  }
  note_context_year(sc, it);
  uint32_t sent = sc->sent;
  sc->has_wk = 0;
  memcpy(sc->day, it->value, 10);
  sc->day[10] = '\0';
  note_stretch(sc, it->a, it->b);
  sc->day_anchored = it->anchored;
  sc->day_stated = statement_date(sc, it->a);
  sc->day_planned = planned_before(sc, it->a, 1);
  sc->day_sent = sent;
  sc->day_line = sc->line;
  sc->has_day = 1;
  sc->has_chain = 0;
  /* a day a stretch runs from ("sejak resmi menjabat pada 16 September 2020") is background
     when the story already told a later day: the story stays on that one */
  int since = sc->has_sday && memchr(sc->day, 'X', 10) == NULL && memchr(sc->sday, 'X', 10) == NULL &&
              memcmp(sc->day, sc->sday, 10) < 0 && since_before(sc, it->a);
  if (!sc->day_stated && !since) {
    memcpy(sc->sday, sc->day, sizeof sc->sday);
    sc->sday_anchored = it->anchored;
    sc->sday_sent = sent;
    sc->sday_line = sc->line;
    sc->has_sday = 1;
    sc->cgrain = 0;
    sc->rgrain = 0;
  }
  int stated = sc->nfl && sc->day_stated;
  /* a day that bounds or compares ("..., sejak 26 September sampai Rabu 30 Oktober") is no
     day of a clock time that took one a sentence before told */
  int bound = sc->nfl && bounds_stretch(sc, it->a);
  int latest = clock_min(it->value);  /* a dated clock time starts a chronology */
  for (size_t k = 0; k < sc->nfl; k++) {
    if (sc->fl[k].sent != sent || ((stated || bound) && sc->fl[k].told)) continue;
    char day[11];
    memcpy(day, sc->day, sizeof day);
    shift_day(day, sc->fl[k].next_day);
    memcpy(sc->out[sc->fl[k].item].value, day, 10);
    /* ("sejak pukul 18.00, Sabtu (3/6)": so does a time that waited for its sentence's day) */
    int mn = sc->fl[k].next_day ? -1 : clock_min(sc->out[sc->fl[k].item].value);
    if (mn > latest) latest = mn;
  }
  sc->nfl = 0;
  if (latest >= 0 && !sc->day_stated) {
    sc->has_chain = 1;
    sc->chain_sent = sent;
    sc->chain_line = sc->line;
    sc->chain_min = latest;
  }
}

/* A mark's first byte: '(' may start an expression, . ! ? end a sentence. */
static const uint8_t punct_mark[256] = {['('] = S_START, ['.'] = S_END, ['!'] = S_END, ['?'] = S_END};

/* The words that can start an expression (the start-token table): scan_at
 * is tried only at those, at numbers, dates and times, and at '('. */
static const uint8_t starts[L_COUNT] = {
  [L_MONTH] = 1, [L_MONTH_ABBR] = 1, [L_WEEKDAY] = 1, [L_NUM] = 1, [L_VAGUE] = 1, [L_SE_UNIT] = 1,
  [L_UNIT] = 1, [L_POD] = 1, [L_PERIOD] = 1, [L_REDUP] = 1, [L_FREQ] = 1, [L_MONTH_RANGE] = 1,
};

static int word_starts(int c, int v) {
  if (c == L_YEARFOLLOW) return v != 0;  /* saat ini, belum lama ini */
  if (c != L_KEY) return starts[c];
  switch (v) {
  case K_KEMARIN: case K_BESOK: case K_LUSA: case K_ESOK: case K_TADI: case K_NANTI: case K_DINI: case K_PUKUL:
  case K_SETIAP: case K_AWAL: case K_AKHIR: case K_TENGAH: case K_TANGGAL: case K_KINI: case K_SEJAUH:
  case K_BARUBARU: case K_MASA: case K_DALAM: case K_HUT: case K_TENGAHW: case K_SEMALAM: case K_AKHIRAKHIR:
  case K_BELAKANGAN:
    return 1;
  default:
    return 0;
  }
}

/* The mark of a token by its kind: numbers, dates and times can start an expression. */
static const uint8_t kind_start[256] = {[KIMPUT_TOK_NUMBER] = S_START, [KIMPUT_TOK_DATE] = S_START,
                                        [KIMPUT_TOK_TIME] = S_START};

/* The word w[0..len) without a final period (Jan.  Sept.) and its shape; 0
 * for an empty token. */
static inline size_t word_shape(const unsigned char *w, size_t len, size_t *row, size_t *last) {
  if (len == 0) return 0;  /* (a caller's empty token) */
  len -= (len > 1) & (w[len - 1] == '.');
  shape_of(w, len, row, last);
  return len;
}

/* Januari-Oktober, one token: a range of two month names (the shortest:
 * mei-juni); sets e and returns 1 when it is one. The shape test is one
 * branch, seldom taken. */
static int month_range_word(const unsigned char *w, size_t len, size_t row, size_t last, lexent *e) {
  if (!((len - 8 < 2 * MAXW - 8) & (int)(month_pair[row] >> last))) return 0;
  const unsigned char *dash = memchr(w + 3, '-', len - 6);
  if (!dash) return 0;
  size_t n1 = (size_t)(dash - w);
  const slot *m1 = find_word(w, n1, 1), *m2 = m1 && m1->cls == L_MONTH ? find_word(dash + 1, len - n1 - 1, 1) : NULL;
  if (!m2 || m2->cls != L_MONTH) return 0;
  e->cls = L_MONTH_RANGE;
  e->val = (int16_t)(m1->val * 16 + m2->val);
  return 1;
}

/* Q2-2024, one token: a quarter with its year (the year's digits checked
 * by period_phrase); sets e and returns 1 when it is one. */
static int quarter_year_word(const unsigned char *w, size_t len, lexent *e) {
  int half = (w[0] | 32) == 'h';
  if (len != 7 || ((w[0] | 32) != 'q' && !half) || w[1] < '1' || w[1] > (half ? '2' : '4') || w[2] != '-') return 0;
  for (size_t k = 3; k < 7; k++)
    if (w[k] < '0' || w[k] > '9') return 0;
  e->cls = L_PERIOD;
  e->val = half ? PER_HN : PER_QN;
  return 1;
}

/* pasca-2019, pra-2020, one token: a year glued to a prefix that says after
 * or before it; returns the prefix's length (0 when it is none). */
static size_t prefixed_year_word(const unsigned char *w, size_t len) {
  static const char *const pre[] = {"pasca", "pra", "pre", "post"};
  if (len < 8 || len > 10 || w[len - 5] != '-') return 0;  /* most words the mark lets through: one test */
  for (size_t k = 0; k < sizeof pre / sizeof *pre; k++) {
    size_t m = strlen(pre[k]), c = 0;
    if (len != m + 5) continue;
    while (c < m && lower(w[c]) == (unsigned char)pre[k][c]) c++;
    if (c < m) continue;
    while (c < m + 4 && w[c + 1] >= '0' && w[c + 1] <= '9') c++;
    if (c == m + 4) return m;
  }
  return 0;
}

/* The first test of a word's mark, in the scan's loop: by its length and
 * first and last bytes (raw_mark_bits, one load) most words can start
 * nothing and are no month range; the others go to mark_word. */
static inline int word_may_mark(const unsigned char *s, const kimput_token *t) {
  uint32_t n = t->end - t->start;
  const unsigned char *w = s + t->start;
  /* (n 0: a caller's empty token; a word of 64 bytes or more may pass here: mark_word's
   * mark_bits rule it out) */
  return n != 0 && (raw_mark_bits[n & 63][w[0] & 31] >> last_code[w[n - 1]] & 0x100000001ull);
}

/* The mark of a word w[0..n) word_may_mark let through (out of the scan's
 * loop: its registers), read without a final period (Jan.).
 * The words that can start an expression are classed here (e set); the
 * other tokens stay L_LAZY until a rule looks at them (most are never
 * looked at). */
static __attribute__((noinline)) int mark_word(const unsigned char *w, size_t n, lexent *e) {
  size_t row = 0, last = 0, len = word_shape(w, n, &row, &last);
  uint64_t bits = mark_bits[len < 2 * MAXW ? len : 0][row] >> last;  /* (no word has length 0) */
  if (bits & 1) {  /* a start word's shape (len < MAXW): its start key, then the table */
    size_t irow, icol;
    inner_of(w, len, &irow, &icol);
    uint32_t key = start_key(len, row, last, irow, icol);
    const slot *hit = start_key_bits[key / 64] >> (key % 64) & 1 ? probe_word(w, len) : NULL;
    if (hit) {
      e->cls = hit->cls;
      e->val = hit->val;
      return hit->starts;
    }
  }
  if (!(bits >> 32 & 1)) return S_NONE;  /* not the shape of a month range, quarter or glued year */
  return month_range_word(w, len, row, last, e) || quarter_year_word(w, len, e) ||
         prefixed_year_word(w, len) ? S_START : S_NONE;
}

/* The mark of token i of a line ending at hi, not a word: numbers, dates
 * and times can start an expression, so can '('; . ! ? end a sentence. */
static inline int mark_other(const unsigned char *s, const kimput_token *tok, size_t i, size_t hi) {
  const kimput_token *t = &tok[i];
  if (t->kind == KIMPUT_TOK_PUNCT) {
    /* . ! ? followed by a space or the end close a sentence (not "?00.17") */
    int m = punct_mark[s[t->start]];
    if (m != S_END) return m;  /* most marks: none; '(' a start */
    if (t->end - t->start == 1 && (i + 1 >= hi || tok[i + 1].start > t->end)) return S_END;
    return S_NONE;
  }
  return kind_start[t->kind];
}

/* The class of a token mark left for later. */
static void resolve(const scanner *sc, size_t i) {
  const kimput_token *t = &sc->t[i];
  lexent *e = &sc->lx[i];
  e->cls = L_NONE;
  e->val = 0;
  if (t->kind != KIMPUT_TOK_WORD) return;
  const unsigned char *w = sc->s + t->start;
  size_t row = 0, last = 0, len = word_shape(w, t->end - t->start, &row, &last);
  const slot *hit = find_word(w, len, 0);
  if (hit) {
    e->cls = hit->cls;
    e->val = hit->val;
    return;
  }
  if (!month_range_word(w, len, row, last, e)) quarter_year_word(w, len, e);
}

static inline int cls(const scanner *sc, size_t i) {
  if (i >= sc->hi) return L_NONE;
  if (sc->lx[i].cls == L_LAZY) resolve(sc, i);
  return sc->lx[i].cls;
}
static inline int val(const scanner *sc, size_t i) {
  if (sc->lx[i].cls == L_LAZY) resolve(sc, i);
  return sc->lx[i].val;
}
/* ("lalu lintas" is traffic: no "lalu" of the past) */
static inline int is_key(const scanner *sc, size_t i, int k) {
  return cls(sc, i) == L_KEY && val(sc, i) == k && (k != K_LALU || !word_is(sc, i + 1, "lintas"));
}
/* "lalu" or "kemarin" after a week's unit: the week before R's ("Jumat pekan kemarin", "akhir pekan kemarin"). */
static int week_past(const scanner *sc, size_t j) { return is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN); }
static inline int kind(const scanner *sc, size_t i) { return i < sc->hi ? sc->t[i].kind : -1; }
static inline int upper(const scanner *sc, size_t i) { return (sc->t[i].flags & KIMPUT_TOKF_UPPER) != 0; }
static inline size_t tlen(const scanner *sc, size_t i) { return sc->t[i].end - sc->t[i].start; }

/* Is token i the single mark c (a PUNCT or SYMBOL of one byte)? */
static int is_mark(const scanner *sc, size_t i, char c) {
  return i < sc->hi && tlen(sc, i) == 1 && sc->s[sc->t[i].start] == (unsigned char)c;
}

/* Are p[0..n) the bytes of the lower-case ASCII word w, in any case? */
static int same_word(const unsigned char *p, const char *w, size_t n) {
  for (size_t k = 0; k < n; k++) {
    unsigned char c = p[k];
    if ((c >= 'A' && c <= 'Z' ? c + 32 : c) != (unsigned char)w[k]) return 0;
  }
  return 1;
}

/* Is token i the lower-case ASCII word w, in any case? (Inline: the length
 * of a literal w is a constant, and most tokens fail on it.) */
static inline int word_is(const scanner *sc, size_t i, const char *w) {
  size_t n = strlen(w);
  return i < sc->hi && tlen(sc, i) == n && same_word(sc->s + sc->t[i].start, w, n);
}

/* Is token i one of the n lower-case ASCII words of list? A word's first
 * byte is compared before its length is taken. */
static int word_in(const scanner *sc, size_t i, const char *const *list, size_t n) {
  if (i >= sc->hi || tlen(sc, i) == 0) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t len = tlen(sc, i);
  unsigned char c = p[0] >= 'A' && p[0] <= 'Z' ? p[0] + 32 : p[0];
  for (size_t k = 0; k < n; k++)
    if ((unsigned char)list[k][0] == c && strlen(list[k]) == len && same_word(p, list[k], len)) return 1;
  return 0;
}

/* A dash of any kind standing alone: - – — */
static int is_dash(const scanner *sc, size_t i) {
  if (i >= sc->hi || sc->t[i].kind != KIMPUT_TOK_PUNCT) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  return (n == 1 && p[0] == '-') || (n == 3 && p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x93 || p[2] == 0x94));
}

/* The unit of token i (hari, minggu, tahun, kuartal...), 0 when none. */
static int unit_of(const scanner *sc, size_t i) {
  int c = cls(sc, i);
  if (c == L_UNIT) return val(sc, i);
  if (c == L_WEEKDAY && val(sc, i) == 7 && tlen(sc, i) == 6) return U_WEEK;  /* minggu */
  if (c == L_PERIOD && val(sc, i) == PER_QUARTER) return U_QUARTER;
  return 0;
}

/* p[0..n) as a decimal number no larger than max (no overflow whatever the
 * length): 1 and *v, or 0 when it is empty, has another byte or is larger. */
static int digits_value(const unsigned char *p, size_t n, long max, long *v) {
  long x = 0;
  if (n == 0) return 0;
  for (size_t k = 0; k < n; k++) {
    if (p[k] < '0' || p[k] > '9') return 0;
    int dgt = p[k] - '0';
    if (x > (max - dgt) / 10) return 0;
    x = x * 10 + dgt;
  }
  *v = x;
  return 1;
}

/* A NUMBER token made of digits only (at most 9): its value and digit count. */
static int plain_number(const scanner *sc, size_t i, int *v, int *ndig) {
  if (kind(sc, i) != KIMPUT_TOK_NUMBER) return 0;
  size_t n = tlen(sc, i);
  long x;
  if (n > 9 || !digits_value(sc->s + sc->t[i].start, n, 999999999L, &x)) return 0;
  *v = (int)x;
  *ndig = (int)n;
  return 1;
}

static int day_number(const scanner *sc, size_t i, int *d) {
  int nd;
  return plain_number(sc, i, d, &nd) && nd <= 2 && *d >= 1 && *d <= 31;
}

/* Token i is a year of another calendar: "1445 Hijriah", "1445 H", "Saka
 * 1946", "Imlek 2575", "300 SM" (no Gregorian year to give). */
static int other_era(const scanner *sc, size_t i) {
  size_t n = i + 1;
  if (n < sc->hi && kind(sc, n) == KIMPUT_TOK_WORD) {
    const unsigned char *w = sc->s + sc->t[n].start;
    if (word_is(sc, n, "hijriah") || word_is(sc, n, "hijriyah") || word_is(sc, n, "hijriyyah") ||
        word_is(sc, n, "saka") || (tlen(sc, n) == 2 && w[0] == 'S' && w[1] == 'M') ||
        (w[0] == 'H' && (tlen(sc, n) == 1 || (tlen(sc, n) == 2 && w[1] == '.'))))
      return 1;
  }
  return i > sc->lo && (word_is(sc, i - 1, "saka") || word_is(sc, i - 1, "imlek") ||
                        word_is(sc, i - 1, "hijriah") || word_is(sc, i - 1, "hijriyah"));
}

static int year_number(const scanner *sc, size_t i, int *y) {
  int nd;
  return plain_number(sc, i, y, &nd) && nd == 4 && *y >= 1000 && *y <= 2999 && !other_era(sc, i);
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

/* Writes v (>= 0) in decimal, zero-padded to width digits; returns the end.
 * The values here are short: no snprintf in the hot path. */
static char *put_int(char *out, long v, int width) {
  char digits[24];
  int n = 0;
  do digits[n++] = (char)('0' + v % 10); while ((v /= 10) > 0 && n < 20);
  while (n < width) digits[n++] = '0';
  while (n > 0) *out++ = digits[--n];
  *out = '\0';
  return out;
}

/* 2023-05-09, 2023-05, XXXX-05-09 (y or m 0: not known) */
/* two digits of 0 <= v < 100, as put_int(out, v, 2) writes them */
static inline char *put2(char *out, int v) {
  out[0] = (char)('0' + v / 10);
  out[1] = (char)('0' + v % 10);
  return out + 2;
}

static void put_date(char *out, int y, int m, int d) {
  char *p = out;
  if (y > 0 && y <= 9999) p = put2(put2(p, y / 100), y % 100);  /* (4 digits, as put_int(p, y, 4)) */
  else { memcpy(p, "XXXX", 4); p += 4; }
  *p++ = '-';
  if (m > 0) p = m < 100 ? put2(p, m) : put_int(p, m, 2);
  else { memcpy(p, "XX", 2); p += 2; }
  if (d > 0) {
    *p++ = '-';
    p = d < 100 ? put2(p, d) : put_int(p, d, 2);
  }
  *p = '\0';
}

static void put_year(char *out, int y) {
  if (y > 0 && y <= 9999) put_int(out, y, 4);
  else memcpy(out, "XXXX", 5);
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

/* A quarter (2021-Q2) or a half (2021-H1) from its index: year * 4 + q - 1
 * (year * 2 + h - 1 for halves). */
static void put_period(char *out, long idx, int half) {
  int per = half ? 2 : 4;
  long y = idx / per;
  if (idx < 0) snprintf(out, KIMPUT_DATE_VALUE_MAX, "XXXX-%cX", half ? 'H' : 'Q');
  else if (y < 1 || y > 9999) snprintf(out, KIMPUT_DATE_VALUE_MAX, "XXXX-%c%ld", half ? 'H' : 'Q', idx % per + 1);
  else snprintf(out, KIMPUT_DATE_VALUE_MAX, "%04ld-%c%ld", y, half ? 'H' : 'Q', idx % per + 1);
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
    const char *x = unit == U_WEEK ? "XXXX-WXX" : unit == U_MONTH ? "XXXX-XX" : unit == U_QUARTER ? "XXXX-QX" :
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
  case U_QUARTER: put_period(it->value, (long)sc->ry * 4 + (sc->rm - 1) / 3 + n, 0); break;
  case U_YEAR: put_year(it->value, (int)(sc->ry + n)); break;
  case U_DECADE: put_year(it->value, (int)(sc->ry + 10 * n)); break;
  case U_CENTURY: put_year(it->value, (int)(sc->ry + 100 * n)); break;
  default: put_days(it->value, sc->rz + (unit == U_DAY ? n : 0)); break;
  }
}

static void put_duration(char *out, int unit, const char *count) {
  static const char *const suffix[] = {"", "S", "M", "H", "D", "W", "M", "Q", "Y", "DE", "CE"};
  /* P, T for a unit of the clock, the count (under 16 bytes), the unit: it fits */
  *out++ = 'P';
  if (unit <= U_HOUR) *out++ = 'T';
  size_t n = strlen(count);
  memcpy(out, count, n);
  strcpy(out + n, suffix[unit]);
}

/* The year of day-month (m, d) read against R: R's year, unless that falls
 * more than six months after R, then the year before. */
/* How far (days) from R a written weekday may move a date's year: six months. */
#define WEEKDAY_REACH 183
/* Days after R that a date told as past ("Kamis (17/5) kemarin", "14 Mei lalu") may lie in R's
 * year: a reference date a day or two early (the URL's day, a late edition) or the writer's slip,
 * far likelier than a story a year old. */
#define PAST_SLIP 2

/* The year of day d of month m read as year y, settled by the weekday wd
 * written with it (0: none): the year next to y when only that one agrees
 * with wd and its day lies within six months of R (finish_date_pod); the year
 * before also up to a year before R when y put the day more than two months after R
 * ("Rabu (20/7)" read in February of a story told back: last July's Wednesday, not
 * this July's Thursday). */
static int weekday_year(const scanner *sc, int y, int m, int d, int wd) {
  if (!y || !wd || !sc->has_ref || !valid_date(y, m, d)) return y;
  long zy = days_from_civil(y, m, d);
  if (weekday_of(zy) == wd) return y;
  for (int dy = -1; dy <= 1; dy += 2) {
    if (!valid_date(y + dy, m, d)) continue;
    long z = days_from_civil(y + dy, m, d);
    long reach = dy < 0 && zy > sc->rz + 60 ? 366 : WEEKDAY_REACH;  /* (a slip of a day near R stays R's year) */
    if (weekday_of(z) == wd && labs(z - sc->rz) <= reach) return y + dy;
  }
  return y;
}

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

/* The year y of a day (d 0: a month) that the six-month rule put more than six months
 * before R, in a clause of plan written before a ("akan digelar pada 5 Januari" read on 30
 * December): the next one, the day ahead; else y. */
static int planned_before(const scanner *sc, size_t i, int by_yang);
static int planned_year(const scanner *sc, size_t a, int y, int m, int d) {
  if (!sc->has_ref || y != sc->ry) return y;
  long z = days_from_civil(y, m, d ? d : 1);
  if (d ? z + 183 >= sc->rz : sc->rm - m <= 6) return y;
  if (a > sc->lo && (word_is(sc, a - 1, "sejak") || word_is(sc, a - 1, "semenjak"))) return y;  /* since: past */
  return planned_before(sc, a, 1) ? y + 1 : y;
}

/* ------------------------------------------------------------ clock times */

/* A part of the day at j ("malam", "pagi hari", "dini hari", "dinihari"):
 * its code, and *e the end. */
static int pod_at(const scanner *sc, size_t j, size_t *e) {
  if (cls(sc, j) == L_POD) {
    *e = j + 1;
    if (unit_of(sc, j + 1) == U_DAY) *e = j + 2;  /* pagi hari */
    return val(sc, j);
  }
  if (is_key(sc, j, K_DINI) && unit_of(sc, j + 1) == U_DAY) { *e = j + 2; return POD_DINI; }
  if (is_key(sc, j, K_TENGAHW) && cls(sc, j + 1) == L_POD && val(sc, j + 1) == POD_NI) { *e = j + 2; return POD_NI; }
  if (is_key(sc, j, K_SEMALAM) && j > sc->lo) { *e = j + 1; return POD_NI; }  /* Selasa semalam: its night */
  return 0;
}


typedef struct {
  int hh, mm, ss, has_ss, pod;
  int next_day;           /* 12.00 malam: midnight, the start of the next day */
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
  if (g[0] == 24 && (g[1] || (n == 3 && g[2]))) return 0;
  if (g[0] == 24) { g[0] = 0; c->next_day = 1; }  /* 24.00: the midnight that starts the next day */
  c->hh = g[0];
  c->mm = g[1];
  c->ss = n == 3 ? g[2] : 0;
  c->has_ss = n == 3;
  *dotted = sep == '.';
  return 1;
}

/* The zone spelled out at j, "waktu Indonesia (bagian) barat / tengah / timur", with
 * its abbreviation in parentheses after it ("(WIB)"): its offset and *e its end; NULL
 * when none. */
static const char *spelled_zone(const scanner *sc, size_t j, size_t *e) {
  if (!is_key(sc, j, K_WAKTU) || !word_is(sc, j + 1, "indonesia")) return NULL;
  size_t k = j + 2 + word_is(sc, j + 2, "bagian");
  int z = word_is(sc, k, "barat") ? Z_WIB : word_is(sc, k, "tengah") ? Z_WITA : word_is(sc, k, "timur") ? Z_WIT : 0;
  *e = k + 1;
  if (z && is_mark(sc, k + 1, '(') && cls(sc, k + 2) == L_ZONE && val(sc, k + 2) == z && is_mark(sc, k + 3, ')'))
    *e = k + 4;
  return z ? zone_offset[z] : NULL;
}

/* A clock time read in part of the day p: "pukul 8 malam" is 20:00, "12.00 malam" midnight. */
static void pod_hours(clocktime *c, int p) {
  if (p == POD_NI && c->hh == 12) { c->hh = 0; c->next_day = 1; }  /* 12.00 malam */
  else if ((p == POD_AF || p == POD_EV || p == POD_NI) && c->hh >= 1 && c->hh < 12) c->hh += 12;
  if (p == POD_MI && c->hh >= 1 && c->hh < 4) c->hh += 12;
  c->pod = p;
}

/* After a clock time at j: a zone (WIB, GMT+7) and a part of the day. */
static size_t clock_suffix(const scanner *sc, size_t j, clocktime *c) {
  size_t ze;
  const char *zone = spelled_zone(sc, j, &ze);
  if (zone) {
    c->zone = zone;
    j = ze;
  } else if (is_key(sc, j, K_WAKTU) && word_is(sc, j + 1, "indonesia")) {
    /* "waktu Indonesia" with no part of the country: no zone, and nothing read */
  } else if (j < sc->hi && tlen(sc, j) == 2 && sc->s[sc->t[j].start] == 'W' && sc->s[sc->t[j].start + 1] == 'P') {
    c->zone = zone_offset[Z_WIT];  /* "pukul 06.15 WP": Waktu Papua, as Papuan outlets write WIT (after a time only) */
    j++;
  } else if (cls(sc, j) == L_ZONE) {
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
  size_t e;
  int p = pod_at(sc, j, &e);
  if (p) {
    pod_hours(c, p);
    j = e;
    if (!c->zone && cls(sc, j) == L_ZONE) c->zone = zone_offset[val(sc, j++)];  /* "pukul 18.30 malam WIB" */
  }
  return j;
}

/* "pukul 10.00", "jam 7", "pkl. 19.30", "pk. 19.30": the clock word at i; returns the end.
 * ("pk" with no period is no clock word: "mengajukan PK 2 kali" is a judicial review.) */
static size_t clock_after_word(const scanner *sc, size_t i, clocktime *c) {
  if (!(is_key(sc, i, K_PUKUL) || unit_of(sc, i) == U_HOUR)) return 0;
  if (sc->t[i].end - sc->t[i].start == 2 && (sc->s[sc->t[i].start] | 0x20) == 'p') return 0;
  size_t j = i + 1;
  int dotted, h, nd;
  memset(c, 0, sizeof *c);
  /* "pukul ?00.17": a '?' glued to the digits is a space or mark lost in scraping */
  if (is_mark(sc, j, '?') && j + 1 < sc->hi && sc->t[j + 1].start == sc->t[j].end) j++;
  /* "pukul: 19.03 WIB", "Pukul : 19.03": a label's colon (before a clock time only) */
  else if (is_mark(sc, j, ':') && is_key(sc, i, K_PUKUL) && time_token(sc, j + 1, c, &dotted)) return j + 2;
  if (time_token(sc, j, c, &dotted)) return j + 1;
  if (plain_number(sc, j, &h, &nd) && nd <= 2 && h <= 24) {
    c->hh = h;
    return j + 1;
  }
  /* "pukul empat sore", "jam tujuh pagi": an hour in words (not "satu jam dua kali": a count's unit) */
  if (cls(sc, j) == L_NUM && (h = val(sc, j)) >= 1 && h <= 12 && !word_is(sc, j + 1, "kali") &&
      !word_is(sc, j + 1, "belas") && !word_is(sc, j + 1, "puluh") &&
      !(i > sc->lo && (kind(sc, i - 1) == KIMPUT_TOK_NUMBER || cls(sc, i - 1) == L_NUM))) {
    c->hh = h;
    return j + 1;
  }
  /* "jam setengah 9", "pukul setengah delapan": half an hour before the hour (8:30, 7:30) */
  if (word_is(sc, j, "setengah") && ((plain_number(sc, j + 1, &h, &nd) && nd <= 2) ||
                                     (cls(sc, j + 1) == L_NUM && (h = val(sc, j + 1)) > 0)) &&
      h >= 1 && h <= 12) {
    c->hh = h - 1;
    c->mm = 30;
    return j + 2;
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
  } else if (q + 3 <= lim && (p[q] == '+' || p[q] == '-') && p[q + 1] >= '0' && p[q + 1] <= '9' &&
             p[q + 2] >= '0' && p[q + 2] <= '9') {
    static const char *const east[] = {"+00:00", "+01:00", "+02:00", "+03:00", "+04:00", "+05:00", "+06:00",
                                       "+07:00", "+08:00", "+09:00", "+10:00", "+11:00", "+12:00", "+13:00",
                                       "+14:00"};
    int h = (p[q + 1] - '0') * 10 + (p[q + 2] - '0');
    size_t r = q + 3;
    if (r < lim && p[r] == ':') r++;
    int has_min = r + 2 <= lim && p[r] >= '0' && p[r] <= '9' && p[r + 1] >= '0' && p[r + 1] <= '9';
    int mins = has_min ? (p[r] - '0') * 10 + (p[r + 1] - '0') : 0;
    if (p[q] == '+' && h <= 14 && mins == 0) c->zone = east[h];
    q = has_min ? r + 2 : q + 3;
  }
  /* the item ends with the token that holds byte q - 1 */
  size_t k = j;
  while (k + 1 < sc->hi && sc->t[k].end < q) k++;
  return k + 1;
}

/* The zone of a range's second time at e ("10.00-12.00 WIB") for its first,
 * c, written without one: the range is in one zone. */
static void range_zone(const scanner *sc, size_t e, clocktime *c) {
  if (c->zone || !(is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai"))) return;
  size_t k = is_key(sc, e + 1, K_PUKUL) ? e + 2 : e + 1;
  clocktime c2;
  int d2;
  memset(&c2, 0, sizeof c2);
  if (time_token(sc, k, &c2, &d2)) {
    (void)clock_suffix(sc, k + 1, &c2);
    c->zone = c2.zone;
  }
}

/* A time following a date at j: "| 09:15 WIB", ", pukul 10.00", " 07:30 WITA",
 * "- 10:54 WIB", "T14:20:00", ", sekitar pukul 03.09", "sejak pukul 08.00".
 * Returns the end, 0 when none. */
static size_t time_after_date(const scanner *sc, size_t j, clocktime *c) {
  size_t e = iso_time(sc, j, c);
  if (e) return e;
  size_t k = j;
  int sep = 0, colon = 0;
  if (is_mark(sc, k, '|') || is_mark(sc, k, ',') || is_dash(sc, k) || is_mark(sc, k, '/')) { k++; sep = 1; }
  /* "12 Mei: 19.00 WIB, A vs B", a schedule's line: the colon joins only a clock
     time with its zone or clock word ("Senin (8/5): 10.50 hektare" is a count) */
  else if (is_mark(sc, k, ':') && sc->t[k].start == sc->t[k - 1].end) { k++; colon = 1; }
  /* "Sabtu, 16 September 2023, kick-off 19.00 WIB": a match's start is its day's clock time
     ("…, dengan kick-off pukul 15.30 WIB", "dengan sepak mula pukul 20.00") */
  size_t ko = word_is(sc, k, "dengan") ? k + 1 : k;
  if (word_is(sc, ko, "kick-off") || word_is(sc, ko, "kickoff")) k = ko + 1;
  else if ((word_is(sc, ko, "kick") && word_is(sc, ko + 1, "off")) ||
           (word_is(sc, ko, "sepak") && word_is(sc, ko + 1, "mula")))
    k = ko + 2;  /* "kick off", "sepak mula" */
  /* "sekitar pukul", "sejak pukul", "mulai pukul", "pada (sekitar) pukul": the
     day's own clock time (a word of "until" would end a stretch: not joined); so is one
     told again ("Rabu (15/3), yakni pukul 05.42", "Senin (26/8) hari ini pukul 14.00") */
  size_t w = k;
  if (word_is(sc, w, "yakni") || word_is(sc, w, "yaitu")) w++;
  else if (unit_of(sc, w) == U_DAY && word_is(sc, w, "hari") && is_key(sc, w + 1, K_INI)) w += 2;
  if (word_is(sc, w, "sejak") || word_is(sc, w, "semenjak") || word_is(sc, w, "mulai") || word_is(sc, w, "pada") ||
      word_is(sc, w, "tepat"))
    w++;
  if (is_key(sc, w, K_SEKITAR)) w++;
  int bare = 0;  /* "Selasa pagi sekitar 07.45 WITA": no clock word, then a zone is asked */
  if (w > k && (is_key(sc, w, K_PUKUL) || unit_of(sc, w) == U_HOUR)) k = w;
  else if (w > k && (kind(sc, w) == KIMPUT_TOK_TIME || kind(sc, w) == KIMPUT_TOK_NUMBER)) { k = w; bare = 1; }
  e = clock_after_word(sc, k, c);
  if (e) {
    e = clock_suffix(sc, e, c);
    range_zone(sc, e, c);
    return e;
  }
  int dotted;
  memset(c, 0, sizeof *c);
  if (time_token(sc, k, c, &dotted)) {
    size_t end = clock_suffix(sc, k + 1, c);
    if (colon ? c->zone != NULL
              : bare ? c->zone != NULL : (!dotted || c->zone || sep || kind(sc, k) == KIMPUT_TOK_TIME)) {
      range_zone(sc, end, c);
      return end;
    }
  }
  return 0;
}

/* The clock time on a day: 2023-05-09T14:20, the next day for 12.00 malam. */
static void put_time(item *it, const char *date, const clocktime *c) {
  char day[11];
  size_t n = strnlen(date, 10);
  memcpy(day, date, n);
  day[n] = '\0';
  if (c->next_day && names_day(date)) shift_day(day, 1);
  char *p = it->value;
  memcpy(p, day, n);
  p += n;
  *p++ = 'T';
  p = put_int(p, c->hh, 2);
  *p++ = ':';
  p = put_int(p, c->mm, 2);
  if (c->has_ss && c->ss) {
    *p++ = ':';
    put_int(p, c->ss, 2);
  }
  it->zone = c->zone;
  it->kind = KIMPUT_DATE_TIME;
}

/* Finishes an item whose value is a day: a following clock time or part of
 * the day (or both: "Jumat dinihari, pukul 03.09 Wita") turns it into a
 * time. A part of the day in another place's local time ("pagi waktu
 * setempat") stays out: the day is the date. Emits; returns the end of what
 * was read. */
static size_t day_with_date(scanner *sc, const item *it);
static size_t pod_with_date(scanner *sc, size_t a, size_t e, int pod);

static size_t finish_day(scanner *sc, item *it);

/* A day counted in the story: a day takes its time or part of the day
 * (finish_day); a count from a month or year stays at that grain. */
static size_t finish_counted(scanner *sc, item *it) {
  if (names_day(it->value)) return finish_day(sc, it);
  emit(sc, it);
  return it->b;
}

/* Is the day counted from R spanning up to b glossed by a weekday after it, set off by a
 * comma or opening a parenthesis ("hari ini, Kamis (13/5)", "besok (Kamis, 11 Mei 2023)")?
 * The weekday's token, else 0. */
static size_t gloss_weekday(const scanner *sc, size_t b) {
  if (is_mark(sc, b, ',') && cls(sc, b + 1) == L_WEEKDAY && upper(sc, b + 1)) return b + 1;
  /* "Kemarin, hari Senin, 8 Mei 2023": the weekday's item starts at "hari" */
  if (is_mark(sc, b, ',') && word_is(sc, b + 1, "hari") && cls(sc, b + 2) == L_WEEKDAY && upper(sc, b + 2))
    return b + 1;
  if (is_mark(sc, b, '(') && cls(sc, b + 1) == L_WEEKDAY && upper(sc, b + 1) && is_mark(sc, b + 2, ',')) return b + 1;
  return 0;
}

static size_t finish_day(scanner *sc, item *it) {
  size_t gloss = sc->gloss_req;
  sc->gloss_req = 0;
  size_t pe = day_with_date(sc, it);
  if (pe) return pe;
  clocktime c;
  char date[KIMPUT_DATE_VALUE_MAX];
  memcpy(date, it->value, sizeof date);
  size_t e = time_after_date(sc, it->b, &c);
  /* "di Stadion X (15/12) pukul 15.30 WIB": a date alone in parentheses, then its time: one item,
     the parentheses in the span */
  if (!e && is_mark(sc, it->b, ')') && it->a > sc->lo && is_mark(sc, it->a - 1, '(') && !it->s1 &&
      (e = time_after_date(sc, it->b + 1, &c)))
    it->a--;
  if (e) {
    put_time(it, date, &c);
    it->b = e;
    emit(sc, it);
    return e;
  }
  int pod = pod_at(sc, it->b, &pe);
  size_t pb = it->b;
  if (!pod && (word_is(sc, pb, "sejak") || word_is(sc, pb, "mulai") || word_is(sc, pb, "pada") ||
               word_is(sc, pb, "jelang") || word_is(sc, pb, "menjelang") || is_key(sc, pb, K_WAKTU)))
    pod = pod_at(sc, pb + 1, &pe);  /* "Senin (10/6) sejak pagi", "Jumat (7/6) jelang tengah malam",
                                       "Minggu (4/12) waktu dini hari": one item */
  if (!pod && is_mark(sc, pb, ',')) {  /* "Kamis, 4 Mei 2023, dini hari.": set off by a comma, closing the clause */
    size_t ce;
    int cp = pod_at(sc, pb + 1, &ce);
    if (cp && (ce >= sc->hi || is_mark(sc, ce, '.') || is_mark(sc, ce, ','))) pod = cp, pe = ce;
  }
  /* another place's local time ("pagi waktu setempat", "siang waktu Moskow"):
     the date alone, as the gold marks it; Indonesia's own ("dini hari waktu
     Indonesia", "... waktu Indonesia barat") is the reader's: it joins */
  if (pod && is_key(sc, pe, K_WAKTU) && !word_is(sc, pe + 1, "indonesia")) {
    emit(sc, it);
    return pe;
  }
  /* "Jumat pagi ini" read on that Friday: one item, R's morning ("Senin malam ini" read on a
     Friday is two: the Monday, and tonight) */
  int today = 0;
  if (pod && is_key(sc, pe, K_INI) && sc->has_ref) {
    char r[11];
    put_days(r, sc->rz);
    today = strncmp(date, r, 10) == 0;
    if (today) pe++;  /* ("ini" is in the span) */
  } else if (pod && is_key(sc, pe, K_INI) && date[4] == '-' && date[5] >= '0' && date[5] <= '9' && date[7] == '-' &&
             date[8] >= '0' && date[8] <= '9') {
    /* with no reference, a day written with its month ("Kamis (16/6) malam ini") is the writer's today: one item
       (a bare weekday's "malam ini" stays tonight's, whichever day that is) */
    today = 1;
    pe++;
  }
  if (pod && (!is_key(sc, pe, K_INI) || today)) {
    it->kind = KIMPUT_DATE_TIME;
    e = time_after_date(sc, pe, &c);
    /* "Kamis (11/5) dini hari WIB pukul 02.00 WIB": the reader's zone said with the part of the
       day, then the clock time */
    if (!e && cls(sc, pe) == L_ZONE && (is_key(sc, pe + 1, K_PUKUL) || unit_of(sc, pe + 1) == U_HOUR))
      e = time_after_date(sc, pe + 1, &c);
    if (e) {
      /* "malam pukul 8": the leading part of the day; a night's small hours are the next
         day's, as "12.00 malam" ("Selasa malam pukul 01.25" is Wednesday 01:25) */
      if (!c.pod && pod == POD_NI && c.hh < 6) c.next_day = 1, c.pod = pod;
      else if (!c.pod) (void)clock_suffix(sc, it->b, &c);
      put_time(it, date, &c);
      it->b = e;
    } else {
      snprintf(it->value, sizeof it->value, "%.20sT%s", date, pod_code[pod]);
      it->b = pe;
      size_t ze;
      const char *zone = spelled_zone(sc, pe, &ze);
      if (zone) it->zone = zone, it->b = ze;  /* "Kamis malam waktu Indonesia barat" */
      /* "Senin (10/6) sore kemarin": the day is written, "kemarin" only says it is past; so does
         "lalu" ("Selasa dini hari lalu": weekday() read it) */
      if ((is_key(sc, pe, K_KEMARIN) && !is_key(sc, pe + 1, K_LUSA)) || is_key(sc, pe, K_LALU)) it->b = pe + 1;
      size_t de = pod_with_date(sc, it->a, it->b, pod);  /* "kemarin pagi (9/5)" */
      if (de) return de;
    }
  }
  emit(sc, it);
  if (gloss && it->kind == KIMPUT_DATE_DATE && gloss == it->b + 1) {
    sc->gloss_at = gloss;
    sc->gloss_item = sc->n;
  }
  return it->b;
}

/* ------------------------------------------------------------ dates */

typedef struct {
  int y, m, d;      /* y 0 when not written */
  int wd;           /* the weekday written with it (ISO), 0 when none */
} ymd;

/* "lalu", "silam", "mendatang", "nanti", "ini" after a date whose year is
 * written: part of its span, no change to its value (2024 mendatang,
 * Oktober 2023 lalu, tahun 2023 ini). */
static int written_after(const scanner *sc, size_t j) {
  return is_key(sc, j, K_LALU) || is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_NANTI) || is_key(sc, j, K_INI);
}

/* A numeric date token: 10/5/2022, 9-5-2023, 2023-05-09, and with
 * allow_dm the day/month 27/7. */
static int numeric_date(const scanner *sc, size_t i, int allow_dm, ymd *r) {
  memset(r, 0, sizeof *r);  /* (every field: its callers pass it on as a date, weekday and all) */
  int k = kind(sc, i);
  if (k != KIMPUT_TOK_DATE && k != KIMPUT_TOK_NUMBER) return 0;
  int g[4], gl[4];
  char sep;
  int n = digit_groups(sc, i, g, gl, &sep);
  if (sep != '/' && sep != '-') return 0;
  if (n == 3 && gl[0] == 4 && gl[1] <= 2 && gl[2] <= 2) {  /* 2023-05-09, 2023/05/09 */
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

/* "10.6.2024": a day, a month and a four-digit year joined by dots. */
static int dotted_date(const scanner *sc, size_t i, ymd *r) {
  int g[4], gl[4];
  char sep;
  int k = kind(sc, i);
  if ((k != KIMPUT_TOK_DATE && k != KIMPUT_TOK_NUMBER) || digit_groups(sc, i, g, gl, &sep) != 3 || sep != '.' ||
      gl[0] > 2 || gl[1] > 2 || gl[2] != 4 || g[2] < 1000 || g[2] > 2999)
    return 0;
  r->d = g[0]; r->m = g[1]; r->y = g[2];
  return valid_date(r->y, r->m, r->d);
}

/* "05-03-24": a day, a month and a two-digit year joined by dashes with no
 * space (the tokenizer splits it; "05-03-2024" is one token), as "05/03/24".
 * Not glued to more digits or dashes, nor after a number's word ("skor"). */
static int dashed_short_date(const scanner *sc, size_t i, ymd *r) {
  int g[3], nd[3];
  for (size_t k = 0; k < 3; k++) {
    size_t t = i + 2 * k;
    if (!plain_number(sc, t, &g[k], &nd[k])) return 0;
    if (k && (!is_mark(sc, t - 1, '-') || sc->t[t - 1].start != sc->t[t - 2].end ||
              sc->t[t].start != sc->t[t - 1].end))
      return 0;
  }
  if (nd[0] > 2 || nd[1] > 2 || nd[2] != 2) return 0;
  size_t e = i + 5;
  if (e < sc->hi && sc->t[e].start == sc->t[e - 1].end &&
      !(is_mark(sc, e, '.') || is_mark(sc, e, ',') || is_mark(sc, e, ')') || is_mark(sc, e, ';')))
    return 0;
  if (i > sc->lo && (cls(sc, i - 1) == L_NOTYEAR || (sc->t[i - 1].end == sc->t[i].start && !is_mark(sc, i - 1, '('))))
    return 0;
  r->d = g[0];
  r->m = g[1];
  r->y = g[2] < 50 ? 2000 + g[2] : 1900 + g[2];
  return valid_date(r->y, r->m, r->d);
}

/* "(11 / 3 / 2024)", "Senin (11 / 3)": a day and month, and a year, in
 * parentheses with spaces around the slashes (as scraped). i: after the
 * '('. Returns the ')' token, 0 when none. */
static size_t spaced_paren_date(const scanner *sc, size_t i, ymd *r) {
  int m, y = 0, nd;
  size_t e = i + 3;
  if (!day_number(sc, i, &r->d) || !is_mark(sc, i + 1, '/') || !plain_number(sc, i + 2, &m, &nd) || nd > 2)
    return 0;
  if (is_mark(sc, e, '/')) {
    if (!plain_number(sc, e + 1, &y, &nd) || (nd != 4 && nd != 2)) return 0;
    if (nd == 2) y = y < 50 ? 2000 + y : 1900 + y;
    e += 2;
  }
  if (!is_mark(sc, e, ')') || (y && (y < 1000 || y > 2999))) return 0;
  r->m = m;
  r->y = y;
  return valid_date(y, m, r->d) ? e : 0;
}

/* "tahun 2020" at j (after a month, its year): the end, 0 when none. */
static size_t year_after_tahun(const scanner *sc, size_t j, int *y) {
  return unit_of(sc, j) == U_YEAR && cls(sc, j) == L_UNIT && year_number(sc, j + 1, y) ? j + 2 : 0;
}

/* The date at i: "9 Mei [2023]", "May 9, 2023", "10/5/2022", "(27/7)" (with
 * allow_dm). Returns the end, 0 when none. */
static size_t date_core(const scanner *sc, size_t i, int allow_dm, ymd *r) {
  int d, y;
  memset(r, 0, sizeof *r);
  /* "10 bulan Juni": the formal style (tanggal 10 bulan Juni tahun 2024) names the month's word too */
  size_t mi = i + 1 + (cls(sc, i + 1) == L_UNIT && unit_of(sc, i + 1) == U_MONTH && cls(sc, i + 2) == L_MONTH);
  if (day_number(sc, i, &d) && (cls(sc, mi) == L_MONTH || cls(sc, mi) == L_MONTH_ABBR)) {
    r->d = d;
    r->m = val(sc, mi);
    size_t e = mi + 1;
    if (year_number(sc, e, &y)) { r->y = y; e++; }
    else if ((e = year_after_tahun(sc, e, &y))) r->y = y;  /* "5 Mei tahun 2020" */
    else e = mi + 1;
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
  if (is_mark(sc, i, '(') && i > sc->lo && cls(sc, i - 1) == L_WEEKDAY && dotted_date(sc, i + 1, r) &&
      is_mark(sc, i + 2, ')'))
    return i + 3;  /* "Senin (10.6.2024)": dots only there, where no number is read */
  if (numeric_date(sc, i, allow_dm, r)) return i + 1;
  if (is_mark(sc, i, '(') && dashed_short_date(sc, i + 1, r) && is_mark(sc, i + 6, ')')) return i + 7;
  size_t pe;
  if (allow_dm && is_mark(sc, i, '(') && (pe = spaced_paren_date(sc, i + 1, r)) &&
      (r->y || (i > sc->lo && cls(sc, i - 1) == L_WEEKDAY)))  /* without a year, after its weekday */
    return pe + 1;
  if (dashed_short_date(sc, i, r)) return i + 5;
  return 0;
}

/* Resolves and emits a day-month-[year] date spanning tokens [a, e),
 * with a following "lalu" / "tahun lalu" when the year is not written;
 * pod: a part of the day written before the date ("Rabu malam (5/6)"), or 0. */
static size_t finish_date_pod(scanner *sc, size_t a, size_t e, ymd r, int pod);
static size_t finish_date(scanner *sc, size_t a, size_t e, ymd r) { return finish_date_pod(sc, a, e, r, 0); }

/* "hari ini (14/3)", "kemarin (13/3/2024)": a relative day with its date in parentheses
 * is one item, of the date written (as "Selasa (10/5/2022)"). Its end, 0 when no date. */
static size_t day_with_date(scanner *sc, const item *it) {
  ymd r;
  size_t e = is_mark(sc, it->b, '(') && !it->s1 ? date_core(sc, it->b, 1, &r) : 0;
  return e ? finish_date(sc, it->a, e, r) : 0;
}

/* "pagi kemarin (26/2)", "kemarin pagi (9/5)", "sore ini (10/5)": a relative day in a part of
 * the day, tokens [a, e), with its date in parentheses at e is one item, of the date written
 * in that part of the day. Its end, 0 when no date. */
static size_t pod_with_date(scanner *sc, size_t a, size_t e, int pod) {
  ymd r;
  size_t pe = is_mark(sc, e, '(') ? date_core(sc, e, 1, &r) : 0;
  return pe ? finish_date_pod(sc, a, pe, r, pod) : 0;
}
/* "tahun lalu", "tahun ini", "tahun depan" at e after a day and month: 2 (their
 * length), the year's offset from R's in *shift; 0 when none follows. */
static int year_named_after(const scanner *sc, size_t e, int *shift) {
  *shift = 0;
  if (unit_of(sc, e) != U_YEAR) return 0;
  if (is_key(sc, e + 1, K_LALU) || is_key(sc, e + 1, K_KEMARIN)) *shift = -1;
  else if (is_key(sc, e + 1, K_DEPAN) || is_key(sc, e + 1, K_MENDATANG)) *shift = 1;
  else if (!is_key(sc, e + 1, K_INI)) return 0;
  return 2;
}
static size_t finish_date_pod(scanner *sc, size_t a, size_t e, ymd r, int pod) {
  item it = mk(a, e, KIMPUT_DATE_DATE, 0, NULL);
  int y = r.y, cx = 0;
  /* "4 Oktober yang lalu", "5 Januari 2023 yang lalu": "yang lalu" as "lalu", in the span */
  size_t yl = word_is(sc, e, "yang") && is_key(sc, e + 1, K_LALU) ? 1 : 0;
  if (yl) {
    it.b = e + 2;
    if (!y) {
      y = planned_year(sc, a, resolve_day_month(sc, r.m, r.d), r.m, r.d);
      if (sc->has_ref && days_from_civil(y, r.m, r.d) > sc->rz + PAST_SLIP) y--;
      y = weekday_year(sc, y, r.m, r.d, r.wd);
      it.anchored = 1;
      if (y && !valid_date(y, r.m, r.d)) { y = 0; it.anchored = 0; }
    }
  } else if (!y) {
    int shift = 0, rel = year_named_after(sc, e, &shift);  /* rel: the year is named relative to R */
    if (rel) {
      it.b = e + rel;
      y = sc->has_ref ? sc->ry + shift : 0;
    } else {
      int told = !is_key(sc, e, K_LALU) && !is_key(sc, e, K_KEMARIN) && !is_key(sc, e, K_MENDATANG) &&
                 !is_key(sc, e, K_NANTI) && !is_key(sc, e, K_BESOK) && context_year(sc, a, &y);
      if (!told) y = planned_year(sc, a, resolve_day_month(sc, r.m, r.d), r.m, r.d);
      else cx = 1;  /* "Pada 2020 lalu, ... pada 9 Desember": the sentence's year */
      if (sc->has_ref && (is_key(sc, e, K_LALU) || (is_key(sc, e, K_KEMARIN) && !is_key(sc, e + 1, K_LUSA)))) {
        /* R's own day stays ("Kamis (12/10) kemarin" on the 12th), and so does a day or two after it */
        if (days_from_civil(y, r.m, r.d) > sc->rz + PAST_SLIP) y--;
        it.b = e + 1;
      } else if (sc->has_ref && (is_key(sc, e, K_MENDATANG) || is_key(sc, e, K_NANTI) || is_key(sc, e, K_BESOK))) {
        /* "27 November mendatang", "25 Desember nanti", "Senin (11/3) besok": the next such
           day (nanti stays out of the span, as after a date with no year) */
        long days = days_from_civil(y, r.m, r.d);
        if (days < sc->rz || (days == sc->rz && !is_key(sc, e, K_NANTI))) y++;  /* "nanti" may be today */
        if (!is_key(sc, e, K_NANTI)) it.b = e + 1;
      }
    }
    /* a weekday written with the date settles its year when R's reading
     * disagrees with it and the year next to it agrees, as long as that day
     * stays within six months of R ("Jumat (13/10) lalu" read on Thursday
     * 12/10/2023 is that Friday, not 13/10/2022; "Selasa (2/1)" read on
     * 28/12/2023 is next week's). Farther away the weekday is more likely a
     * slip than the year: the six-month rule wins ("Kamis (23/1)" read on
     * 10/6/2024 is 2024-01-23, a Tuesday, not 2025-01-23). */
    if (!rel) y = weekday_year(sc, y, r.m, r.d, r.wd);
    it.anchored = cx ? sc->cx_anchored : 1;
    if (y && !valid_date(y, r.m, r.d)) { y = 0; it.anchored = 0; }
  } else if (((is_key(sc, e, K_KEMARIN) || is_key(sc, e, K_BESOK)) && !is_key(sc, e + 1, K_LUSA)) ||
             written_after(sc, e)) {
    it.b = e + 1;  /* "5 Januari 2023 kemarin", "Senin (9/9/2019) besok", "14 Februari 2024 mendatang":
                      the day as written */
  }
  /* "Jumat (7/6) pekan lalu", "Senin (10/6) minggu ini": the week named after
     the day is part of its span (the day says which) */
  if (it.b == e && unit_of(sc, e) == U_WEEK &&
      (week_past(sc, e + 1) || is_key(sc, e + 1, K_INI) || is_key(sc, e + 1, K_DEPAN) ||
       is_key(sc, e + 1, K_MENDATANG)))
    it.b = e + 2;
  put_date(it.value, y, r.m, r.d);
  /* "Jumat (27/1/2023)": a later bare "Jumat" may be it; so may a day written without its
     weekday ("digelar 15 Desember 2024 ... Minggu pukul 19.00": that Sunday) */
  if (y && valid_date(y, r.m, r.d)) {
    long tz = days_from_civil(y, r.m, r.d);
    int twd = r.wd >= 1 && r.wd <= 7 ? r.wd : weekday_of(tz);
    sc->told_z[twd] = tz;
    sc->told_wd |= 1u << twd;
  }
  if (!y && !sc->has_ref && r.m && r.d && r.wd >= 1 && r.wd <= 7) {
    sc->told_pm[r.wd] = (unsigned char)r.m;
    sc->told_pd[r.wd] = (unsigned char)r.d;
    sc->told_partial |= 1u << r.wd;
  }
  if (y && r.m && r.d >= 1 && r.d <= 31 && valid_date(y, r.m, r.d)) {  /* "3 Februari 2023": "tanggal 3" soon after */
    sc->md_z[r.d] = days_from_civil(y, r.m, r.d);
    sc->md_line[r.d] = sc->line;
    sc->told_md |= 1u << r.d;
  }
  if (pod && names_day(it.value)) {
    char date[KIMPUT_DATE_VALUE_MAX];
    memcpy(date, it.value, sizeof date);
    it.kind = KIMPUT_DATE_TIME;
    clocktime c;
    size_t te = time_after_date(sc, it.b, &c);
    if (te) {  /* "Sabtu dini hari (25/2/2023), sekitar pukul 02.00 WIB": the clock time joins */
      if (!c.pod) pod_hours(&c, pod);
      put_time(&it, date, &c);
      it.b = te;
    } else {
      snprintf(it.value, sizeof it.value, "%.20sT%s", date, pod_code[pod]);
    }
    emit(sc, &it);
    return it.b;
  }
  return finish_day(sc, &it);
}

/* The year of month m from the words at j after it: "lalu" (the latest such
 * month strictly before R's), "mendatang"/"depan"/"nanti" (the next one; R's
 * own when what is ahead is still in it: "akhir Oktober mendatang", "Oktober
 * nanti" read on 12 October), "ini", "tahun lalu"... Sets *y (0 without R) and
 * returns the end of the words, 0 when none follows. */
static int named_base(const scanner *sc, int unit, long *base);
static size_t month_relative(const scanner *sc, size_t j, int m, const char *mod, int *y) {
  *y = 0;
  if (is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN)) {
    if (sc->has_ref) *y = m < sc->rm ? sc->ry : sc->ry - 1;
    return j + 1;
  }
  if (is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_NANTI)) {
    int this_month = m == sc->rm && (is_key(sc, j, K_NANTI) || (mod && mod[0] != 'S'));
    if (sc->has_ref) *y = m > sc->rm || this_month ? sc->ry : sc->ry + 1;
    return j + 1;
  }
  if (is_key(sc, j, K_INI)) {
    *y = sc->has_ref ? sc->ry : 0;
    return j + 1;
  }
  if (unit_of(sc, j) == U_YEAR && (is_key(sc, j + 1, K_LALU) || is_key(sc, j + 1, K_INI) ||
                                   is_key(sc, j + 1, K_DEPAN) || is_key(sc, j + 1, K_MENDATANG))) {
    int shift = is_key(sc, j + 1, K_LALU) ? -1 : is_key(sc, j + 1, K_INI) ? 0 : 1;
    *y = sc->has_ref ? sc->ry + shift : 0;
    return j + 2;
  }
  long base;  /* "Mei tahun sebelumnya": in the year before the one named last */
  if (unit_of(sc, j) == U_YEAR && cls(sc, j) == L_UNIT && is_key(sc, j + 1, K_SEBELUMNYA) &&
      named_base(sc, U_YEAR, &base)) {
    *y = (int)base - 1;
    return j + 2;
  }
  return 0;
}

/* Token k names a figure that is counted by the month, so that a month name
 * right after it is that month: "inflasi Juni", "ekspor Maret", "gaji
 * Desember" (the figure's month, not a given name). */
static int month_figure(const scanner *sc, size_t k) {
  static const char *const figure[] = {
    "inflasi", "deflasi", "ekspor", "impor", "penjualan", "produksi", "pendapatan", "penerimaan",
    "realisasi", "neraca", "surplus", "defisit", "gaji", "tagihan", "laporan", "data", "kunjungan",
  };
  if (kind(sc, k) != KIMPUT_TOK_WORD) return 0;
  return word_in(sc, k, figure, sizeof figure / sizeof *figure);
}

/* Is the month name at i the next of a list whose last item, a month just emitted in its sentence
 * (and line), came shortly before, after "dan"/"serta", or after a comma in a list that a month
 * after "dan"/"serta"/"atau" closes ("pada Januari naik 2 persen, Februari naik 1 persen, dan
 * Maret turun")? It is then a month alone, as after "pada". The look-ahead is
 * bounded. */
static int listed_month(const scanner *sc, size_t i) {
  if (i <= sc->lo || sc->n == 0 || !sc->has_named_month || sc->nm_sent != sc->sent || sc->nm_line != sc->line)
    return 0;
  int joined = word_is(sc, i - 1, "dan") || word_is(sc, i - 1, "serta");
  if (!joined && !is_mark(sc, i - 1, ',')) return 0;
  const kimput_date *last = &sc->out[sc->n - 1];
  if (strlen(last->value) != 7 || last->value[4] != '-' || last->end > sc->t[i].start ||
      sc->t[i].start - last->end >= 120)
    return 0;
  if (joined) return 1;
  /* after a comma, the list must close with "dan"/"serta"/"atau" and a month later in its sentence
     ("pada Maret, April kata pedagang": April may be a name) */
  for (size_t q = i + 1; q < sc->hi && q < i + 40 && !is_mark(sc, q, '.'); q++)
    if (word_is(sc, q, "dan") || word_is(sc, q, "serta") || word_is(sc, q, "atau"))
      for (size_t w = q + 1; w < sc->hi && w < q + 4; w++)
        if (cls(sc, w) == L_MONTH) return 1;
  return 0;
}

/* A month: "Mei 2023", "Februari lalu", "Juli mendatang", "Mei tahun lalu",
 * and, when `bare` (after bulan, pada, awal..., or a monthly figure), "Juli" alone. */
static size_t month_list(scanner *sc, size_t a, size_t i, int bare, const char *mod);
static size_t month_phrase(scanner *sc, size_t a, size_t i, int bare, const char *mod) {
  int c = cls(sc, i), y;
  if (c == L_MONTH_RANGE) return month_list(sc, a, i, bare, mod);
  if (c != L_MONTH && c != L_MONTH_ABBR) return 0;
  int m = val(sc, i);
  item it = mk(a, i + 1, KIMPUT_DATE_DATE, 0, mod);
  size_t ye = year_number(sc, i + 1, &y) ? i + 2 : year_after_tahun(sc, i + 1, &y);  /* Mei tahun 2020 */
  if (!ye && c == L_MONTH && (ye = month_list(sc, a, i, bare, mod))) return ye;  /* "bulan Maret dan April" */
  if (ye) {
    it.b = written_after(sc, ye) ? ye + 1 : ye;
    put_date(it.value, y, m, 0);
    emit(sc, &it);
    return it.b;
  }
  if (c != L_MONTH) return 0;
  it.anchored = 1;
  y = 0;
  size_t e = month_relative(sc, i + 1, m, mod, &y);
  if (e) {
    it.b = e;
  } else if (bare) {
    /* "pada Juni Ardianto", "sejak Mei Lestari menjabat": a given name, then the family's */
    /* (after "bulan" it is the month: "bulan Desember Presiden X") */
    if (i > sc->lo && (cls(sc, i - 1) == L_PREP || month_figure(sc, i - 1) || word_is(sc, i - 1, "yakni") ||
                       word_is(sc, i - 1, "yaitu")) && i + 1 < sc->hi &&
        kind(sc, i + 1) == KIMPUT_TOK_WORD &&
        upper(sc, i + 1) && cls(sc, i + 1) == L_NONE && sc->t[i + 1].start == sc->t[i].end + 1)
      return 0;
    if (context_year(sc, a, &y)) it.anchored = sc->cx_anchored;  /* "Tahun lalu, ... pada Oktober" */
    else y = planned_year(sc, a, resolve_month(sc, m), m, 0);
  } else {
    return 0;
  }
  put_date(it.value, y, m, 0);
  emit(sc, &it);
  return it.b;
}

/* Token i is one to three capital letters (the letters of a number plate). */
static int plate_letters(const scanner *sc, size_t i) {
  if (kind(sc, i) != KIMPUT_TOK_WORD || tlen(sc, i) > 3) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  for (size_t k = 0; k < tlen(sc, i); k++) if (p[k] < 'A' || p[k] > 'Z') return 0;
  return 1;
}

/* Does a sentence start at token i (the line's first, or after . ! ?)? */
static int sentence_first(const scanner *sc, size_t i) {
  return i == sc->lo || is_mark(sc, i - 1, '.') || is_mark(sc, i - 1, '!') || is_mark(sc, i - 1, '?');
}

/* A verb after a number, by its prefix (me-, ber- and a stem: "meraih",
 * "berjalan"); not a short noun like "meja", "beras". */
static int prefixed_verb(const scanner *sc, size_t n) {
  const unsigned char *w = sc->s + sc->t[n].start;
  size_t len = tlen(sc, n);
  return (len >= 6 && w[0] == 'm' && w[1] == 'e' && (w[2] == 'm' || w[2] == 'n' || w[2] == 'r' || w[2] == 'l')) ||
         (len >= 7 && w[0] == 'b' && w[1] == 'e' && w[2] == 'r');
}

/* Is the 4-digit number at i the year of the name before it ("Piala Dunia
 * 2026", "Pemilu 2024", "APBN 2025")? A capitalised word inside a sentence
 * is a name; the first word of a sentence ("Tercatat 2019 kasus") only when
 * it is an acronym (a verb after the number says it too: bare_year). */
static int name_year(const scanner *sc, size_t i) {
  if (i <= sc->lo) return 0;
  size_t p = i - 1;
  /* (a word that may follow a year, capitalised inside a sentence, is a name's: "Tahun Baru 2024") */
  if (kind(sc, p) != KIMPUT_TOK_WORD || !upper(sc, p) || (cls(sc, p) != L_NONE && cls(sc, p) != L_YEARFOLLOW))
    return 0;
  if (!sentence_first(sc, p)) return 1;
  if (cls(sc, p) != L_NONE) return 0;
  const unsigned char *w = sc->s + sc->t[p].start;
  size_t len = tlen(sc, p);
  return len >= 2 && len <= 6 && w[1] >= 'A' && w[1] <= 'Z' && w[len - 1] >= 'A' && w[len - 1] <= 'Z';
}

/* A unit of measure after a number: "sepanjang 2024 meter" is a length, not a year. */
static int measure_word(const scanner *sc, size_t n) {
  static const char *const units[] = {"meter", "m", "km", "kilometer", "cm", "mdpl", "kaki", "mil", "hektare",
                                      "hektar", "ha", "ton", "kg", "kilogram", "gram", "liter", "kwh", "mw"};
  if (kind(sc, n) != KIMPUT_TOK_WORD || tlen(sc, n) > 9) return 0;
  return word_in(sc, n, units, sizeof units / sizeof units[0]);
}

/* A year as a bare number: 2019, 1945. Not a count (2019 orang), not money,
 * not a part of a phone number. */
static int bare_year(const scanner *sc, size_t i, int *y) {
  int nd;
  if (!plain_number(sc, i, y, &nd) || nd != 4 || *y < 1000 || *y > 2199 || other_era(sc, i)) return 0;
  /* "12/Pid.Sus/2025/PN", "B/2024/XII": a part of a reference number, a slash glued on both its sides */
  if ((i >= sc->lo + 2 && is_mark(sc, i - 1, '/') && sc->t[i - 1].end == sc->t[i].start &&
       sc->t[i - 2].end == sc->t[i - 1].start) ||
      (i + 2 < sc->hi && is_mark(sc, i + 1, '/') && sc->t[i].end == sc->t[i + 1].start &&
       sc->t[i + 1].end == sc->t[i + 2].start))
    return 0;
  int prep = 0;
  if (i > sc->lo) {
    size_t p = i - 1;
    int pc = cls(sc, p);
    if (pc == L_NOTYEAR) return 0;
    if (kind(sc, p) == KIMPUT_TOK_NUMBER) {
      /* a number before it is a count's, not a year's ("1 2019"), unless a name's numeral, the capitalised
         word before it naming a series or a league: "Liga 1 2019", "Formula 1 2024" (not "Rp 1 2019": money) */
      int v, nd2;
      if (p <= sc->lo || !plain_number(sc, p, &v, &nd2) || nd2 > 2 || kind(sc, p - 1) != KIMPUT_TOK_WORD ||
          !upper(sc, p - 1) || cls(sc, p - 1) == L_NOTYEAR || sc->t[p - 1].end == sc->t[p].start)
        return 0;
      const unsigned char *w = sc->s + sc->t[p - 1].start;
      if (tlen(sc, p - 1) < 3 || w[1] < 'a' || w[1] > 'z') return 0;  /* (a title-cased word: "Liga", not "RT") */
    }
    if (sc->t[p].kind == KIMPUT_TOK_SYMBOL || is_mark(sc, p, '$')) return 0;
    if (plate_letters(sc, p) && i + 1 < sc->hi && plate_letters(sc, i + 1) && tlen(sc, i + 1) <= 3)
      return 0;  /* a number plate: B 2023 XYZ */
    prep = pc == L_PREP || pc == L_MONTH || (pc == L_KEY && (val(sc, p) == K_AWAL || val(sc, p) == K_AKHIR ||
                                                              val(sc, p) == K_TENGAH || val(sc, p) == K_TANGGAL));
    /* "lebih dari 2000 orang": a count compared, not a year */
    if (prep && p > sc->lo && word_is(sc, p, "dari") && (word_is(sc, p - 1, "lebih") || word_is(sc, p - 1, "kurang")))
      prep = 0;
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
    if (prep) return !measure_word(sc, n);
    if (kind(sc, n) == KIMPUT_TOK_WORD && !upper(sc, n)) {
      int nc = cls(sc, n);
      /* "APBN 2025 disahkan", "pertumbuhan ekonomi 2024 diperkirakan", "pemilu 2024
         berjalan": after a word, a verb says the number was what it names, not a count of it
         (a count of 1000 or more is written 2.000) */
      const unsigned char *w = sc->s + sc->t[n].start;
      int verb = i > sc->lo && kind(sc, i - 1) == KIMPUT_TOK_WORD &&
                 ((tlen(sc, n) >= 6 && w[0] == 'd' && w[1] == 'i') || (nc == L_NONE && prefixed_verb(sc, n)));
      return verb || name_year(sc, i) || nc == L_YEARFOLLOW || nc == L_PREP ||
             (nc == L_KEY && (val(sc, n) == K_LALU || val(sc, n) == K_INI || val(sc, n) == K_YANG || val(sc, n) == K_KE ||
                              val(sc, n) == K_MENDATANG || val(sc, n) == K_NANTI));  /* "Pemilu 2024 mendatang" */
    }
    if (kind(sc, n) == KIMPUT_TOK_SYMBOL && !is_mark(sc, n, '|')) return 0;  /* 2019 % */
  }
  return 1;
}

/* "tahun ajaran 2025/2026", "musim 2024/25": two years in one token, the
 * second the year after the first (a school year, a season): two items,
 * each its part of the token ("tahun" before it joins the first). Not a
 * number's: "Nomor 2025/2026". */
static size_t year_pair(scanner *sc, size_t i) {
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  long y1, y2;
  if ((n != 9 && n != 7) || p[4] != '/' || !digits_value(p, 4, 2199, &y1) || y1 < 1800 ||
      !digits_value(p + 5, n - 5, 2199, &y2))
    return 0;
  if (n == 7) y2 += y1 - y1 % 100 + (y2 < y1 % 100 ? 100 : 0);  /* 2024/25, 1999/00 */
  if (y2 != y1 + 1) return 0;
  if (i > sc->lo && (cls(sc, i - 1) == L_NOTYEAR || kind(sc, i - 1) == KIMPUT_TOK_SYMBOL)) return 0;
  size_t a = i > sc->lo && unit_of(sc, i - 1) == U_YEAR && token_free(sc, i - 1) ? i - 1 : i;
  item it = mk(a, i + 1, KIMPUT_DATE_DATE, 0, NULL);
  it.s0 = sc->t[a].start;
  it.s1 = sc->t[i].start + 4;
  put_year(it.value, (int)y1);
  emit(sc, &it);
  it = mk(i, i + 1, KIMPUT_DATE_DATE, 0, NULL);
  it.s0 = sc->t[i].start + 5;
  it.s1 = sc->t[i].end;
  put_year(it.value, (int)y2);
  emit(sc, &it);
  return i + 1;
}

static size_t emit_year(scanner *sc, size_t a, size_t i, int y, const char *mod) {
  item it = mk(a, i + 1, KIMPUT_DATE_DATE, 0, mod);
  /* ("ini" after a bare year other than R's points at what the year named: "juara turnamen kota
     2015 ini kembali bertanding" read in 2017 is that champion; "tahun 2015 ini" is the year's) */
  if (written_after(sc, i + 1) && !(a == i && is_key(sc, i + 1, K_INI) && sc->has_ref && y != sc->ry)) it.b++;
  put_year(it.value, y);
  emit(sc, &it);
  return it.b;
}

/* "pasca-2019", "pra-2020" at word i: the item is the year (its bytes),
 * as "pasca 2019" gives. Its end, 0 when none. */
static size_t prefixed_year(scanner *sc, size_t i) {
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t m = prefixed_year_word(p, tlen(sc, i));
  long y;
  if (!m || !digits_value(p + m + 1, 4, 2199, &y) || y < 1000) return 0;
  item it = mk(i, i + 1, KIMPUT_DATE_DATE, 0, NULL);
  it.s0 = sc->t[i].start + (uint32_t)m + 1;
  it.s1 = sc->t[i].end;
  put_year(it.value, (int)y);
  emit(sc, &it);
  return i + 1;
}

/* "musim panas 2022" -> 2022-SU: a season of the temperate year, named
 * before the year at i (musim hujan and kemarau have no TIMEX3 code). */
static size_t season_year(scanner *sc, size_t i, int y) {
  static const char *const names[] = {"semi", "panas", "gugur", "dingin"};
  static const char *const codes[] = {"SP", "SU", "FA", "WI"};
  if (i < sc->lo + 2 || !word_is(sc, i - 2, "musim")) return 0;
  for (int k = 0; k < 4; k++) {
    if (!word_is(sc, i - 1, names[k])) continue;
    item it = mk(i - 2, written_after(sc, i + 1) ? i + 2 : i + 1, KIMPUT_DATE_DATE, 0, NULL);
    put_year(it.value, y);
    snprintf(it.value + 4, sizeof it.value - 4, "-%s", codes[k]);
    emit(sc, &it);
    return it.b;
  }
  return 0;
}

/* 1990-an -> 199; 80-an -> 198. Any other length is no decade (and no
 * overflow: 1234567890123-an). */
static int decade_token(const scanner *sc, size_t i, int *dec) {
  int k = kind(sc, i);
  if (k != KIMPUT_TOK_DATE && k != KIMPUT_TOK_WORD) return 0;
  const unsigned char *p = sc->s + sc->t[i].start;
  size_t n = tlen(sc, i);
  /* "1990-an"; "1990an", a word, only read after "tahun", "era", "awal"... */
  size_t suffix = k == KIMPUT_TOK_DATE ? 3 : 2;
  if (n < 2 + suffix || memcmp(p + n - suffix, suffix == 3 ? "-an" : "an", suffix) != 0) return 0;
  size_t nd = n - suffix;
  long v;
  if ((nd != 2 && nd != 4) || !digits_value(p, nd, 9999, &v) || v % 10 != 0) return 0;
  if (nd == 4 && v < 1000) return 0;
  *dec = nd == 4 ? (int)(v / 10) : 190 + (int)(v / 10);
  return 1;
}

/* A decade token standing alone at i: "1990-an" is one; "80-an" is also an
 * age or a rough count ("berusia 30-an", "30-an tahun", "20-an orang", "jam
 * 10-an"), a decade only after a word of when ("era 80-an", "sejak 90-an")
 * or, as a bare year (bare_year), before no number, unit or lower-case noun
 * ("generasi 90-an."); "00-an", "10-an" alone are counts. */
static int bare_decade(const scanner *sc, size_t i) {
  if (tlen(sc, i) != 5) return 1;
  size_t n = i + 1;
  /* "puluhan (30-an) kali": a rough count said again in figures; read by what is around the
     parentheses */
  if (i > sc->lo + 1 && is_mark(sc, i - 1, '(') && is_mark(sc, n, ')') &&
      (cls(sc, i - 2) == L_VAGUE || kind(sc, i - 2) == KIMPUT_TOK_NUMBER || is_key(sc, n + 1, K_KALI)))
    return 0;
  int nc = cls(sc, n);
  if (nc == L_UNIT || kind(sc, n) == KIMPUT_TOK_NUMBER) return 0;
  if (i > sc->lo) {
    size_t p = i - 1;
    int pc = cls(sc, p);
    if (pc == L_NOTYEAR || pc == L_UNIT || word_is(sc, p, "usia") || word_is(sc, p, "berusia") ||
        word_is(sc, p, "umur") || word_is(sc, p, "berumur"))
      return 0;
    if (pc == L_PREP) return 1;
  }
  if (sc->s[sc->t[i].start] < '2') return 0;
  if (n < sc->hi && kind(sc, n) == KIMPUT_TOK_WORD && !upper(sc, n))
    return nc == L_YEARFOLLOW || nc == L_PREP ||
           (nc == L_KEY && (val(sc, n) == K_LALU || val(sc, n) == K_INI || val(sc, n) == K_YANG));
  return 1;
}

static size_t emit_decade(scanner *sc, size_t a, size_t i, int dec, const char *mod) {
  item it = mk(a, i + 1, KIMPUT_DATE_DATE, 0, mod);
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
  long lc;
  if (n > 3 && (p[0] == 'k' || p[0] == 'K') && (p[1] == 'e' || p[1] == 'E') && p[2] == '-') {
    c = digits_value(p + 3, n - 3, 99, &lc) ? (int)lc : 0;
  } else if (!plain_number(sc, j, &c, &nd)) {
    c = roman(p, n);
  }
  if (c < 1 || c > 30) return 0;
  item it = mk(a, j + 1, KIMPUT_DATE_DATE, 0, mod);
  snprintf(it.value, sizeof it.value, "%02d", c - 1);
  emit(sc, &it);
  return it.b;
}

/* ------------------------------------------------------------ counts of units */

/* A count at i: digits (35, 1,5), number words (dua puluh lima), a vague
 * count (puluhan -> X). Writes its text into cnt; returns the end. */
static size_t count_at(const scanner *sc, size_t i, char cnt[16], long *n) {
  int v, nd, v2, nd2;
  if (plain_number(sc, i, &v, &nd) && nd <= 6) {
    /* "2 x 24 jam": a count of counts, as news writes a deadline in hours */
    if (nd <= 3 && (word_is(sc, i + 1, "x")) && plain_number(sc, i + 2, &v2, &nd2) && nd2 <= 3) {
      put_int(cnt, v * v2, 0);
      *n = (long)v * v2;
      return i + 3;
    }
    put_int(cnt, v, 0);
    *n = v;
    return i + 1;
  }
  if (kind(sc, i) == KIMPUT_TOK_WORD && tlen(sc, i) >= 3 && tlen(sc, i) <= 7) {  /* the same in one word: 1x24 */
    const unsigned char *p = sc->s + sc->t[i].start;
    size_t len = tlen(sc, i), k = 0;
    long a, b;
    while (k < len && p[k] >= '0' && p[k] <= '9') k++;
    if (k >= 1 && k <= 3 && k + 1 < len && (p[k] | 0x20) == 'x' && len - k - 1 <= 3 &&
        digits_value(p, k, 999, &a) && digits_value(p + k + 1, len - k - 1, 999, &b)) {
      put_int(cnt, (int)(a * b), 0);
      *n = a * b;
      return i + 1;
    }
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
    strcpy(cnt, "X");
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
  if (word_is(sc, j, "setengah") && unit_of(sc, j + 1)) {  /* "satu setengah jam": one and a half */
    snprintf(cnt, 16, "%ld.5", x);
    *n = -1;  /* not a whole number: no date arithmetic */
    return j + 1;
  }
  put_int(cnt, x, 0);  /* (under 10,000) */
  *n = x;
  return j;
}

/* The token after a count written in figures at i and said again in words in parentheses, as
 * official writing does ("9 (sembilan) bulan", "14 (empat belas) hari"): past the ")" when the
 * words give the same number n, else j (the token after the figures). */
static size_t spelled_again(const scanner *sc, size_t i, size_t j, long n) {
  char cnt[16];
  long n2;
  size_t e;
  if (kind(sc, i) != KIMPUT_TOK_NUMBER || !is_mark(sc, j, '(') || cls(sc, j + 1) != L_NUM) return j;
  e = count_at(sc, j + 1, cnt, &n2);
  return e && n2 == n && is_mark(sc, e, ')') ? e + 1 : j;
}

/* The number at token i numbers a regulation: "UU Nomor 35 Tahun 2009",
 * "PP No. 12 Tahun 2020" (a name, no time). */
static int regulation_number(const scanner *sc, size_t i) {
  /* (the number's label further back, "Perbup nomor 12 s.d 40 tahun 2019", "SK Nomor 100.3-2210 Tahun 2022": a
     count in digits right before "tahun" and a year numbers the act; no span of years is written so) */
  int y, nd, x;
  if (kind(sc, i) == KIMPUT_TOK_NUMBER && !(i > sc->lo && is_key(sc, i - 1, K_KE)) &&  /* "wisuda ke 87 tahun 2023" */
      plain_number(sc, i, &x, &nd) && i + 2 < sc->hi &&
      unit_of(sc, i + 1) == U_YEAR && cls(sc, i + 1) == L_UNIT && year_number(sc, i + 2, &y))
    return 1;
  if (i <= sc->lo) return 0;
  size_t k = i - 1;
  /* ("nomor 207.15-4417 tahun 2018", "No. 800/12-2021 Tahun 2021": the last part of a code, its parts
     written together; a few of them at most) */
  for (int parts = 0; parts < 8 && k > sc->lo && sc->t[k].end == sc->t[k + 1].start &&
                      (kind(sc, k) == KIMPUT_TOK_NUMBER ||
                       (tlen(sc, k) == 1 && strchr("-/.", sc->s[sc->t[k].start])));
       parts++)
    k--;
  if (k > sc->lo && tlen(sc, k) == 1 && sc->s[sc->t[k].start] == '.') k--;
  return word_is(sc, k, "nomor") || word_is(sc, k, "no") || word_is(sc, k, "no.") || word_is(sc, k, "nomer") ||
         word_is(sc, k, "nmr");
}

/* A duration in several units, each smaller than the one before: "3 tahun 6
 * bulan", "1 jam 30 menit", "2 hari 5 jam" -> P3Y6M, PT1H30M, P2DT5H. The
 * first unit and count are read; j is after them. Writes the value and
 * returns the end, 0 when no smaller unit follows. */
static size_t compound_duration(const scanner *sc, size_t j, int unit, long n, char *out) {
  static const char code[] = {0, 'S', 'M', 'H', 'D', 'W', 'M', 0, 'Y'};
  if (n < 0 || unit > U_YEAR || unit == U_QUARTER) return 0;
  long count[U_YEAR + 1] = {0};
  count[unit] = n;
  size_t e = 0;
  for (int last = unit, parts = 1; parts < 4; parts++) {
    char cnt[16];
    long m;
    size_t k = count_at(sc, j, cnt, &m);
    /* "2 tahun dan 6 bulan": the parts joined by "dan" (a smaller unit still follows) */
    if (!k && word_is(sc, j, "dan")) k = count_at(sc, j + 1, cnt, &m);
    int u = k ? unit_of(sc, k) : 0;
    if (!u || m < 0 || u >= last || u == U_QUARTER || (u == U_WEEK && cls(sc, k) != L_UNIT)) break;
    count[u] = m;
    last = u;
    j = e = k + 1;
  }
  if (!e) return 0;
  char *p = out, *lim = out + KIMPUT_DATE_VALUE_MAX - 12;
  *p++ = 'P';
  for (int u = U_YEAR; u >= U_SEC && p < lim; u--) {
    if (u == U_HOUR && (count[U_HOUR] || count[U_MIN] || count[U_SEC])) *p++ = 'T';
    if (!count[u] || !code[u]) continue;
    p = put_int(p, count[u], 0);
    *p++ = code[u];
  }
  *p = '\0';
  return e;
}

/* N unit [yang] lalu / mendatang / lagi / ke depan, or the duration N unit. */
static size_t period_year(const scanner *sc, size_t j, int *y, int *shift);
static size_t months_in_parens(const scanner *sc, size_t j);

/* "tiga bulan pertama 2024", "enam bulan pertama tahun ini", "tiga bulan
 * terakhir 2023": the first or last three or six months of a year are its
 * quarter or half (2024-Q1, 2023-H1, 2023-Q4); other counts of months (2 to
 * 11) with their year one duration. j: after "bulan", n: the count.
 * Without its year it stays a count ("dalam tiga bulan pertama"); "terakhir"
 * needs a written year ("tiga bulan terakhir tahun ini" counts back from now). */
static size_t months_block(scanner *sc, size_t i, size_t j, long n) {
  int half = n == 6, nper = half ? 2 : 4, o, y, shift;
  if (n != 3 && n != 6) nper = 1;  /* other counts: only the first or last of them */
  if (cls(sc, j) == L_ORDINAL) o = val(sc, j);
  else if (is_key(sc, j, K_TERAKHIR)) o = nper;
  else return 0;
  if (o > nper) return 0;
  size_t k = months_in_parens(sc, j + 1);
  if ((word_is(sc, k, "di") || word_is(sc, k, "pada")) && k + 1 < sc->hi &&
      (kind(sc, k + 1) == KIMPUT_TOK_NUMBER || unit_of(sc, k + 1) == U_YEAR))
    k++;  /* "tiga bulan pertama di 2019", "enam bulan pertama pada tahun ini" */
  size_t e = period_year(sc, k, &y, &shift);
  if (!e || (!y && is_key(sc, j, K_TERAKHIR))) return 0;
  e = months_in_parens(sc, e);  /* "... 2023 (Januari-November)": the months are the span's */
  if (nper == 1) {
    /* "sembilan bulan pertama 2024", "dua bulan terakhir 2023": no quarter or
     * half names that stretch, the bounded span is a duration (as TimeML's
     * "the first nine months of the year"), one item with its year */
    item d = mk(i, e, KIMPUT_DATE_DURATION, 0, NULL);
    snprintf(d.value, sizeof d.value, "P%ldM", n);
    emit(sc, &d);
    return d.b;
  }
  item it = mk(i, e, KIMPUT_DATE_DATE, !y, NULL);
  if (!y && !sc->has_ref) {
    snprintf(it.value, sizeof it.value, "XXXX-%c%d", half ? 'H' : 'Q', o);
  } else {
    long idx = (long)(y ? y : sc->ry + shift) * nper + o - 1;
    put_period(it.value, idx, half);
    *(half ? &sc->last_half : &sc->last_quarter) = (int)idx;
  }
  emit(sc, &it);
  return it.b;
}

/* "setengah jam", "setengah tahun": half a unit, read from the unit (the
 * word "setengah" starts nothing; "satu setengah jam" is the count's). */
static size_t half_unit(scanner *sc, size_t i) {
  int unit = unit_of(sc, i);
  if (i <= sc->lo || !word_is(sc, i - 1, "setengah") || !token_free(sc, i - 1) || unit < U_SEC || unit > U_YEAR ||
      unit == U_QUARTER || (i - 1 > sc->lo && (cls(sc, i - 2) == L_NUM || kind(sc, i - 2) == KIMPUT_TOK_NUMBER)))
    return 0;
  item it = mk(i - 1, i + 1, KIMPUT_DATE_DURATION, 0, NULL);
  put_duration(it.value, unit, "0.5");
  emit(sc, &it);
  return it.b;
}

/* Is the count at i the second of "satu per satu", "dua demi dua" (one by
 * one): the same word before "per" or "demi"? It counts no unit after it
 * ("menelepon satu per satu bulan lalu": the date is "bulan lalu"). */
static int one_by_one(const scanner *sc, size_t i) {
  if (i < sc->lo + 2 || !(word_is(sc, i - 1, "per") || word_is(sc, i - 1, "demi"))) return 0;
  size_t n = tlen(sc, i);
  const unsigned char *a = sc->s + sc->t[i - 2].start, *b = sc->s + sc->t[i].start;
  if (tlen(sc, i - 2) != n) return 0;
  for (size_t k = 0; k < n; k++)
    if (lower(a[k]) != lower(b[k])) return 0;
  return 1;
}

/* Is "dalam N <unit>" at d (the "dalam") the window a figure is measured
 * in, not a time ahead: a count or "persen" right before it ("naik 17
 * persen dalam 9 bulan", "menjual 100 porsi dalam sehari"), a superlative
 * right before it ("tertinggi dalam 10 tahun"), or a first, a record or a
 * "never" earlier in its clause ("kunjungan pertama ke Korea dalam 24
 * tahun", "belum pernah terjadi dalam 50 tahun"; "paling lambat" is a
 * deadline)? The look-back is bounded. */
static int measured_window(const scanner *sc, size_t d) {
  static const char *const figure[] = {"persen", "lipat", "kali"};
  static const char *const first[] = {"pertama", "pertamanya", "kalinya", "rekor", "pernah", "paling"};
  static const char *const deadline[] = {"lambat", "cepat", "lama", "telat"};
  size_t stop = d > sc->lo + 10 ? d - 10 : sc->lo;
  for (size_t k = d; k-- > stop;) {
    if (is_mark(sc, k, '.') || is_mark(sc, k, '!') || is_mark(sc, k, '?') || is_mark(sc, k, ',') ||
        is_mark(sc, k, ';'))
      break;
    if (k + 2 >= d && (kind(sc, k) == KIMPUT_TOK_NUMBER || cls(sc, k) == L_NUM || cls(sc, k) == L_VAGUE ||
                       is_mark(sc, k, '%') || word_in(sc, k, figure, sizeof figure / sizeof *figure)))
      return 1;
    if (k + 1 == d && kind(sc, k) == KIMPUT_TOK_WORD && tlen(sc, k) >= 6 &&
        same_word(sc->s + sc->t[k].start, "ter", 3))
      return 1;  /* terbesar, tertinggi, terparah */
    if (word_in(sc, k, first, sizeof first / sizeof *first) &&
        !(word_is(sc, k, "paling") && word_in(sc, k + 1, deadline, sizeof deadline / sizeof *deadline)))
      return 1;
  }
  return 0;
}

/* Is "Dalam N <unit>," at d opening its sentence the window of a figure told
 * after it ("Dalam satu hari, X menggelar tiga pertemuan")? A count before
 * the sentence ends, and no word of a deadline ahead ("Dalam tiga hari, X akan
 * memutuskan"); e is the token after the unit. The look-ahead is bounded. */
static int window_opener(const scanner *sc, size_t d, size_t e) {
  static const char *const ahead[] = {"akan", "harus", "wajib", "mesti", "diharapkan", "ditargetkan", "diminta"};
  if (!(d == sc->lo || is_mark(sc, d - 1, '.') || is_mark(sc, d - 1, '!') || is_mark(sc, d - 1, '?')) ||
      !is_mark(sc, e, ','))
    return 0;
  size_t stop = e + 20 < sc->hi ? e + 20 : sc->hi;
  for (size_t k = e + 1; k < stop; k++) {
    if (is_mark(sc, k, '.') || is_mark(sc, k, '!') || is_mark(sc, k, '?') || is_mark(sc, k, ';') ||
        word_in(sc, k, ahead, sizeof ahead / sizeof *ahead))
      return 0;
    if (kind(sc, k) == KIMPUT_TOK_NUMBER || cls(sc, k) == L_NUM) return 1;
  }
  return 0;
}

static int ke_number(const scanner *sc, size_t j);

/* Is the number at i the last part of a code written together ("207.15-4420", "800/12") and then
 * "tahun" and a year: a decree's number and year in a list ("nomor A tahun 2018, B tahun 2018"),
 * no count of years? ("10-15 tahun" has no year after it: a range of ages.) */
static int code_with_year(const scanner *sc, size_t i) {
  char cnt[16];
  long n;
  int y;
  if (i < sc->lo + 2 || kind(sc, i) != KIMPUT_TOK_NUMBER || sc->t[i - 1].end != sc->t[i].start ||
      sc->t[i - 2].end != sc->t[i - 1].start || kind(sc, i - 2) != KIMPUT_TOK_NUMBER || tlen(sc, i - 1) != 1 ||
      !strchr("-/", sc->s[sc->t[i - 1].start]))
    return 0;
  size_t j = count_at(sc, i, cnt, &n);
  return j && unit_of(sc, j) == U_YEAR && year_number(sc, j + 1, &y);
}

/* Is the count at i minutes or seconds of an angle: "6 derajat 42 menit", the second of a range
 * of them "4 derajat 12 menit sampai 7 derajat 5,5 menit", "3° 20 menit"? A few numbers,
 * commas, dashes and joining words back to the degrees (not "40 derajat selama 30 menit"). */
static int angle_part(const scanner *sc, size_t i) {
  static const char *const joins[] = {"sampai", "hingga", "dan", "menit", "detik"};
  for (size_t k = i, steps = 0; k > sc->lo && steps < 10; steps++) {
    k--;
    size_t n = tlen(sc, k);
    const unsigned char *p = sc->s + sc->t[k].start;
    if (word_is(sc, k, "derajat") || (n >= 2 && p[n - 2] == 0xC2 && p[n - 1] == 0xB0)) return 1;
    if (kind(sc, k) != KIMPUT_TOK_NUMBER && !is_mark(sc, k, ',') && !is_dash(sc, k) &&
        !word_in(sc, k, joins, sizeof joins / sizeof *joins))
      return 0;
  }
  return 0;
}

/* Is the count at i a day counted from a holiday, "H+4 Hari Raya", "H - 7 hari"? */
static int holiday_count(const scanner *sc, size_t i) {
  if (i < sc->lo + 2 || !(is_mark(sc, i - 1, '+') || is_dash(sc, i - 1))) return 0;
  return tlen(sc, i - 2) == 1 && sc->s[sc->t[i - 2].start] == 'H';
}

static size_t quantity(scanner *sc, size_t i) {
  char cnt[16];
  long n;
  size_t j, e_kali;
  int unit;
  if (one_by_one(sc, i)) return 0;
  if (regulation_number(sc, i) || code_with_year(sc, i)) {
    /* its "Tahun 2009" is part of the name too */
    j = count_at(sc, i, cnt, &n);
    if (!j || unit_of(sc, j) != U_YEAR) return 0;
    return j + 1 < sc->hi && sc->t[j + 1].kind == KIMPUT_TOK_NUMBER ? j + 2 : j + 1;
  }
  if (cls(sc, i) == L_SE_UNIT) {
    unit = val(sc, i);
    snprintf(cnt, sizeof cnt, "1");
    n = 1;
    j = i + 1;
    /* a frequency: "tiga kali sehari", "sebulan sekali", "seminggu dua kali" -> a set */
    size_t fa = i, fb = 0;
    if (is_key(sc, j, K_SEKALI)) fb = j + 1;
    else if ((e_kali = count_at(sc, j, cnt, &n)) && is_key(sc, e_kali, K_KALI)) fb = e_kali + 1;
    if (i >= sc->lo + 2 && is_key(sc, i - 1, K_KALI) &&
        (kind(sc, i - 2) == KIMPUT_TOK_NUMBER || cls(sc, i - 2) == L_NUM || cls(sc, i - 2) == L_VAGUE) &&
        token_free(sc, i - 2))  /* (not "pukul 0 kali sejam": the 0 is the clock's) */
      fa = i - 2, fb = fb ? fb : j;
    else if (i >= sc->lo + 3 && is_key(sc, i - 1, K_DALAM) && is_key(sc, i - 2, K_KALI) &&
             (kind(sc, i - 3) == KIMPUT_TOK_NUMBER || cls(sc, i - 3) == L_NUM) && token_free(sc, i - 3) &&
             cls(sc, j) != L_KEY)
      fa = i - 3, fb = j;  /* "dua kali dalam sepekan": twice a week (not "... sebulan terakhir": a span) */
    if (fb) {
      item it = mk(fa, fb, KIMPUT_DATE_SET, 0, NULL);
      put_duration(it.value, unit, "1");
      emit(sc, &it);
      return it.b;
    }
    snprintf(cnt, sizeof cnt, "1");
    n = 1;
  } else {
    j = count_at(sc, i, cnt, &n);
    if (j) j = spelled_again(sc, i, j, n);
    if (!j || !(unit = unit_of(sc, j))) return 0;
    if (((unit == U_MIN || unit == U_SEC) && angle_part(sc, i)) || holiday_count(sc, i)) return 0;
    /* "wisuda ke 102 tahun 2020": a figure after a lone "ke" is an ordinal, its "tahun" the label of
       the year after it, no count of years */
    int yk;
    if (unit == U_YEAR && i > sc->lo && is_key(sc, i - 1, K_KE) && year_number(sc, j + 1, &yk)) return 0;
    /* "pada 2019 bulan Ramadhan jatuh pada Mei": four digits of a year before a unit shorter than a
       year are that year, no count of months or days */
    if (j == i + 1 && unit != U_YEAR && kind(sc, i) == KIMPUT_TOK_NUMBER && sc->t[i].end - sc->t[i].start == 4 &&
        n >= 1900 && n <= 2100)
      return 0;
    j++;
    /* "Liga 1 pekan ke-18", "Liga 2 minggu ke 3": the unit is numbered, the figure names something */
    if (ke_number(sc, j) || (is_key(sc, j, K_KE) && kind(sc, j + 1) == KIMPUT_TOK_NUMBER)) return 0;
    /* a frequency: "dua minggu sekali", "tiga bulan sekali" -> a set */
    if (is_key(sc, j, K_SEKALI) && n > 0) {
      item it = mk(i, j + 1, KIMPUT_DATE_SET, 0, NULL);
      put_duration(it.value, unit, cnt);
      emit(sc, &it);
      return it.b;
    }
    /* ... and "satu minggu dua kali", as "seminggu dua kali" -> a set of that unit (not of years: "masa
       jabatan satu tahun dua kali diperpanjang" is a term) */
    char times[16];
    long m;
    if (n == 1 && unit != U_YEAR && (e_kali = count_at(sc, j, times, &m)) && is_key(sc, e_kali, K_KALI)) {
      item it = mk(i, e_kali + 1, KIMPUT_DATE_SET, 0, NULL);
      put_duration(it.value, unit, "1");
      emit(sc, &it);
      return it.b;
    }
  }
  if (unit == U_MONTH && n >= 2 && n <= 11 && cls(sc, i) != L_SE_UNIT && (e_kali = months_block(sc, i, j, n)))
    return e_kali;
  item it = mk(i, j, KIMPUT_DATE_DURATION, 0, NULL);
  /* "dua jam setengah", "tiga tahun setengah": the half after the unit, as "dua setengah jam" (not
     "jam setengah 9", a clock time) */
  if (n > 0 && n < 1000 && word_is(sc, j, "setengah") && kind(sc, j + 1) != KIMPUT_TOK_NUMBER &&
      cls(sc, j + 1) != L_NUM && !unit_of(sc, j + 1)) {
    char half[16];
    snprintf(half, sizeof half, "%ld.5", n);
    put_duration(it.value, unit, half);
    it.b = j + 1;
    emit(sc, &it);
    return it.b;
  }
  size_t ce = compound_duration(sc, j, unit, n, it.value);
  if (ce) {
    it.b = ce;
    /* "2 tahun 3 bulan lalu": counted back from R in months (P2Y3M -> 27) */
    size_t back = is_key(sc, ce, K_YANG) ? ce + 1 : ce;
    int y2 = 0, m2 = 0, used = 0;
    if (is_key(sc, back, K_LALU) && sscanf(it.value, "P%dY%dM%n", &y2, &m2, &used) == 2 && it.value[used] == '\0') {
      it.kind = KIMPUT_DATE_DATE;
      it.b = back + 1;
      put_rel(sc, &it, U_MONTH, -(12L * y2 + m2));
    }
    emit(sc, &it);
    return it.b;
  }
  size_t k = is_key(sc, j, K_YANG) ? j + 1 : j;
  int dir = 0;
  /* "dalam / selama lima tahun mendatang", "dalam dua pekan ke depan": the span of time ahead */
  int within = i > sc->lo && (is_key(sc, i - 1, K_DALAM) || word_is(sc, i - 1, "selama"));
  /* (written as one word too: "empat bulan kedepan") */
  size_t ahead = is_key(sc, j, K_KE) && is_key(sc, j + 1, K_DEPAN) ? 2 : word_is(sc, j, "kedepan") ? 1 : 0;
  /* "seminggu yang akan datang": as "mendatang" */
  size_t come = is_key(sc, j, K_YANG) && word_is(sc, j + 1, "akan") && word_is(sc, j + 2, "datang") ? 3 : 0;
  /* "selama dua hari kemarin": the last two days, a stretch as "dua hari terakhir" */
  if (k == j && is_key(sc, k, K_KEMARIN) && within && word_is(sc, i - 1, "selama")) it.b = k + 1;
  else if (is_key(sc, k, K_LALU) || is_key(sc, k, K_KEMARIN)) { dir = -1; it.b = k + 1; }
  else if (come && !within) {
    dir = 1;
    it.b = j + come;
  } else if ((is_key(sc, j, K_MENDATANG) && !within) || is_key(sc, j, K_LAGI) || is_key(sc, j, K_DEPAN)) {
    dir = 1;
    it.b = j + 1;
  } else if (within && !ahead && is_key(sc, i - 1, K_DALAM) && !is_key(sc, j, K_TERAKHIR) &&
             !is_key(sc, j, K_MENDATANG) && !come && !is_key(sc, j, K_BELAKANGAN) && !is_key(sc, j, K_INI) &&
             cls(sc, j) != L_ORDINAL &&  /* "dalam tiga bulan pertama": a stretch */
             !word_is(sc, j, "itu") && !word_is(sc, j, "tersebut") &&  /* "dalam tiga hari itu": the one told */
             !word_is(sc, j, "berturut-turut") && !word_is(sc, j, "beruntun") &&  /* consecutive: a count */
             !(unit == U_DAY && word_is(sc, j, "kerja")) &&  /* working days: no calendar day to count to */
             !(unit == U_DAY && n == 1) &&  /* "dalam sehari", "dalam satu hari": within a single day, a span */
             unit >= U_DAY && unit <= U_YEAR && n >= 0 && !measured_window(sc, i - 1) &&
             !window_opener(sc, i - 1, j))
    dir = 1;  /* dalam 3 hari, dalam dua bulan: that far ahead of R, as "3 hari lagi" */
  /* "sehari sebelumnya", "dua hari kemudian", "tiga hari berselang", "seminggu kemudian": a day
     counted from the day the text reported last (story_day), not from R */
  int anchored_dir = 0;
  if (!dir && (unit == U_DAY || unit == U_WEEK) && n >= 0 && !(within && word_is(sc, i - 1, "selama"))) {
    if (word_is(sc, j, "sebelumnya")) anchored_dir = -1;
    else if (word_is(sc, j, "kemudian") || word_is(sc, j, "setelahnya") || word_is(sc, j, "sesudahnya") ||
             word_is(sc, j, "berselang") || word_is(sc, j, "berikutnya"))
      anchored_dir = 1;
  }
  if (anchored_dir) {
    it.kind = KIMPUT_DATE_DATE;
    put_story_count(sc, &it, anchored_dir * n * (unit == U_WEEK ? 7 : 1));
    it.b = j + 1;
  } else if (dir) {
    it.kind = KIMPUT_DATE_DATE;
    if (n < 0) {
      strcpy(it.value, dir < 0 ? "PAST_REF" : "FUTURE_REF");
    } else {
      put_rel(sc, &it, unit, dir * n);
    }
  } else {
    put_duration(it.value, unit, cnt);
    /* the span of time before or after now: "enam hari ke depan", "sepuluh tahun terakhir",
     * "beberapa tahun belakangan ini", "beberapa menit kemudian" */
    if (ahead || come) it.b = j + (ahead ? ahead : come);
    else if (is_key(sc, j, K_TERAKHIR) || is_key(sc, j, K_MENDATANG) || word_is(sc, j, "kemudian")) it.b = j + 1;
    else if (is_key(sc, j, K_BELAKANGAN)) it.b = is_key(sc, j + 1, K_INI) ? j + 2 : j + 1;
  }
  emit(sc, &it);
  return it.b;
}

/* ------------------------------------------------------------ weekdays */

/* A range of days written with a numeric date: "9-11/10", "9-11/10/2023"
 * (in parentheses when the year is not written). i: the first day. The
 * second date goes to *r, the first day to *d1. Returns the index of the
 * second date's token, 0 when none. */
static size_t numeric_day_range(const scanner *sc, size_t i, int in_parens, int *d1, ymd *r) {
  size_t j = i + 1;
  if (!day_number(sc, i, d1) || !(is_dash(sc, j) || word_is(sc, j, "hingga") || word_is(sc, j, "sampai")))
    return 0;
  if (!numeric_date(sc, j + 1, in_parens && is_mark(sc, j + 2, ')'), r) || *d1 >= r->d) return 0;
  if (!r->y) r->y = year_at(sc, i, r->m, r->d);
  return j + 1;
}

/* Emits the first day of a range as an item over tokens [a, b) (bytes [s0, s1)
 * when s1 is not 0) in the month and year of the second date r. */
static void emit_first_day(scanner *sc, size_t a, size_t b, uint32_t s0, uint32_t s1, int d1, ymd r, int anchored) {
  item it = mk(a, b, KIMPUT_DATE_DATE, anchored && sc->has_ref, NULL);
  it.s0 = s0;
  it.s1 = s1;
  put_date(it.value, r.y, r.m, d1);
  emit(sc, &it);
}

/* Notes a range of days just told, from y1-m1-d1 to y2-m2-d2 (a month at most; a year unknown
 * notes none). */
static void note_range(scanner *sc, int y1, int m1, int d1, int y2, int m2, int d2) {
  sc->has_range = 0;
  if (!y1 || !y2 || !valid_date(y1, m1, d1) || !valid_date(y2, m2, d2)) return;
  sc->rg_z0 = days_from_civil(y1, m1, d1);
  sc->rg_z1 = days_from_civil(y2, m2, d2);
  if (sc->rg_z1 < sc->rg_z0 || sc->rg_z1 - sc->rg_z0 > 31) return;
  sc->has_range = 1;
  sc->rg_sent = sc->sent;
  sc->rg_line = sc->line;
}

/* "Senin-Rabu (9-11/10)", "Senin hingga Rabu (9-11/10/2023)": two items, the
 * first weekday with the first day, the second weekday with its parentheses.
 * p: the '('; w1, w2: the weekday tokens (the same token when written as one
 * word, split at byte cut); a: where the first item starts ("hari Senin").
 * Returns the end, 0 when p starts no range. */
static uint32_t weekday_pair_word(const scanner *sc, size_t k, int wd[2]);
static size_t weekday_range(scanner *sc, size_t a, size_t w1, size_t w2, uint32_t cut, size_t p) {
  int d1;
  ymd r;
  int written = 0;
  size_t k;
  if (!is_mark(sc, p, '(') || !(k = numeric_day_range(sc, p + 1, 1, &d1, &r)) || !is_mark(sc, k + 1, ')'))
    return 0;
  written = numeric_date(sc, k, 0, &(ymd){0});
  int wd[2] = {0, 0};
  if (cut) (void)weekday_pair_word(sc, w1, wd);
  else wd[1] = val(sc, w2);
  if (!written) r.y = weekday_year(sc, r.y, r.m, r.d, wd[1]);  /* the second weekday settles the year */
  uint32_t s0 = sc->t[w1].start;
  emit_first_day(sc, a, w1 + 1, s0, cut ? s0 + cut : 0, d1, r, !written);
  note_range(sc, r.y, r.m, d1, r.y, r.m, r.d);
  item it = mk(w2, k + 2, KIMPUT_DATE_DATE, !written, NULL);
  if (cut) { it.s0 = s0 + cut + 1; it.s1 = sc->t[k + 1].end; }
  put_date(it.value, r.y, r.m, r.d);
  emit(sc, &it);
  return k + 2;
}

/* Token k as two weekdays in one word, "Senin-Jumat": their days (1-7) in
 * wd[0], wd[1]; returns where the dash splits it, 0 when it is none. */
static uint32_t weekday_pair_word(const scanner *sc, size_t k, int wd[2]) {
  if (k < sc->lo || kind(sc, k) != KIMPUT_TOK_WORD) return 0;
  const unsigned char *w = sc->s + sc->t[k].start;
  size_t n = tlen(sc, k);
  const unsigned char *dash = memchr(w, '-', n);
  if (!dash) return 0;
  size_t n1 = (size_t)(dash - w);
  const slot *a = find_word(w, n1, 0), *b = a && a->cls == L_WEEKDAY ? find_word(dash + 1, n - n1 - 1, 0) : NULL;
  if (!b || b->cls != L_WEEKDAY) return 0;
  wd[0] = a->val;
  wd[1] = b->val;
  return (uint32_t)n1;
}

/* The weekday range in one word before a '(' at p: "Senin-Rabu". Returns
 * the end, 0 when none. */
static size_t weekday_word_range(scanner *sc, size_t p) {
  int wd[2];
  uint32_t cut = p > sc->lo ? weekday_pair_word(sc, p - 1, wd) : 0;
  return cut ? weekday_range(sc, p - 1, p - 1, p - 1, cut, p) : 0;
}

/* Two weekdays as sets, "Senin" XXXX-WXX-1 and "Jumat" XXXX-WXX-5: the
 * first over tokens [a, w1], the second at w2 (the same token when written
 * as one word, split at byte cut). */
static void weekday_sets(scanner *sc, size_t a, size_t w1, size_t w2, uint32_t cut, const int wd[2]) {
  item it = mk(a, w1 + 1, KIMPUT_DATE_SET, 0, NULL);
  uint32_t s0 = sc->t[w1].start;
  if (cut) { it.s0 = sc->t[a].start; it.s1 = s0 + cut; }
  snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", wd[0]);
  emit(sc, &it);
  it = mk(w2, w2 + 1, KIMPUT_DATE_SET, 0, NULL);
  if (cut) { it.s0 = s0 + cut + 1; it.s1 = sc->t[w2].end; }
  snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", wd[1]);
  emit(sc, &it);
}

static size_t set_clock(scanner *sc, item *it, size_t j, const char *day, int pod);
static size_t range_to(const scanner *sc, size_t j);

/* The words of opening hours between a schedule's weekdays and its hours ("Senin hingga Kamis,
 * pelayanan dibuka mulai pukul 07.30 hingga 14.00", "puskesmas melayani masyarakat mulai pukul"):
 * after a comma, at most four words in lower case, one of them at least a word of opening; j past
 * them (and "mulai"); with none, past the comma and "mulai" only. *n: 1 when words were passed. */
static size_t opening_words(const scanner *sc, size_t j, int *n) {
  static const char *const open[] = {"pelayanan", "layanan", "dibuka", "buka", "berlangsung", "beroperasi",
                                     "operasional", "melayani", "dilayani"};
  *n = 0;
  if (is_mark(sc, j, ',')) j++;
  size_t k = j;
  int opening = 0;
  for (; k < j + 4 && k < sc->hi && kind(sc, k) == KIMPUT_TOK_WORD && !upper(sc, k) && !word_is(sc, k, "mulai") &&
         !is_key(sc, k, K_PUKUL);
       k++)
    opening |= word_in(sc, k, open, sizeof open / sizeof *open);
  if (opening) j = k, *n = 1;
  if (word_is(sc, j, "mulai")) j++;
  return j;
}

/* After a clock time that ends at e, its zone and part of the day read: the word that closes a
 * range of hours ("-", "hingga", "sampai", "dan tutup"), the second time's first token (its
 * "pukul" skipped); 0 when none. */
static size_t hours_to(const scanner *sc, size_t e) {
  static const char *const shut[] = {"tutup", "ditutup", "berakhir", "selesai"};
  if (word_is(sc, e, "dan") && word_in(sc, e + 1, shut, sizeof shut / sizeof *shut)) e++;
  else if (!(is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai"))) return 0;
  return is_key(sc, e + 1, K_PUKUL) ? e + 2 : e + 1;
}

/* Is a range of clock times at j: "pukul 08.00-16.00 WIB", "08.00 sampai
 * 14.00 WITA" (after a comma and words of opening too)? */
static int clock_range_at(const scanner *sc, size_t j) {
  clocktime c;
  int dotted, n;
  j = opening_words(sc, j, &n);
  if (is_key(sc, j, K_SEKITAR) && is_key(sc, j + 1, K_PUKUL)) j++;
  size_t e = clock_after_word(sc, j, &c);
  if (!e && time_token(sc, j, &c, &dotted)) e = j + 1;
  if (!e) return 0;
  size_t k = hours_to(sc, e);
  if (!k && cls(sc, e) == L_ZONE) k = hours_to(sc, clock_suffix(sc, e, &c));  /* "pukul 08.00 Wita dan tutup pukul 15.00" */
  return k && time_token(sc, k, &c, &dotted);
}

/* "Senin-Jumat pukul 08.00-16.00 WIB", "Senin hingga Sabtu pukul 08.00
 * sampai 14.00": a range of weekdays with a range of clock times is a
 * schedule (opening hours), not days and times on R's: each weekday a set,
 * each clock time a set of every day (XXXX-XX-XXT08:00), as after "setiap
 * hari". The weekdays as weekday_sets takes them, the clock at c. Returns
 * the end, 0 when no clock range is at c. */
static size_t schedule(scanner *sc, size_t a, size_t w1, size_t w2, uint32_t cut, const int wd[2], size_t c) {
  if (!clock_range_at(sc, c)) return 0;
  weekday_sets(sc, a, w1, w2, cut, wd);
  int n;
  c = opening_words(sc, c, &n);  /* "Sabtu-Minggu mulai pukul 08.00-12.00", "…, pelayanan dibuka pukul …" */
  sc->has_sched = 1;
  sc->sched_line = sc->line;
  item it = mk(c, c + 1, KIMPUT_DATE_SET, 0, NULL);
  size_t e = set_clock(sc, &it, c, "XXXX-XX-XX", 0);
  return e ? e : w2 + 1;
}

/* A weekday with its clock time that goes on a schedule just read ("Senin-
 * Kamis pukul 07.30-15.30 dan Jumat pukul 07.30-11.00"): after "dan",
 * "serta" or a comma that follow a set, a set as the schedule's. a: where
 * the span starts, i: the weekday. Returns the end, 0 when none. */
static size_t schedule_more(scanner *sc, size_t a, size_t i) {
  clocktime c;
  size_t k = a;  /* the token after the set: ", dan" */
  if (k > sc->lo && (word_is(sc, k - 1, "dan") || word_is(sc, k - 1, "serta"))) k--;
  if (k > sc->lo && is_mark(sc, k - 1, ',')) k--;
  if (k == a || k == sc->lo || sc->n == 0 || sc->out[sc->n - 1].kind != KIMPUT_DATE_SET ||
      sc->out[sc->n - 1].end != sc->t[k - 1].end)
    return 0;
  size_t j = is_mark(sc, i + 1, ',') ? i + 2 : i + 1;
  if (!clock_after_word(sc, is_key(sc, j, K_SEKITAR) ? j + 1 : j, &c) && !clock_range_at(sc, j)) return 0;
  item it = mk(a, i + 1, KIMPUT_DATE_SET, 0, NULL);
  snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", val(sc, i));
  emit(sc, &it);
  it = mk(j, j + 1, KIMPUT_DATE_SET, 0, NULL);
  size_t e = set_clock(sc, &it, j, "XXXX-XX-XX", 0);
  return e ? e : i + 1;
}

/* A weekday with opening hours after it, in the line of a schedule just read or the two
 * after ("Senin-Kamis, pelayanan dibuka pukul 07.30-14.00. ¶ Pada hari Jumat, pelayanan
 * berlangsung pukul 07.30 hingga 11.30", "Layanan di hari Jumat dibuka mulai pukul 08.00
 * sampai 11.00"): a set as the schedule's, when a word of opening stands between. a: where the
 * span starts, i: the weekday. Returns the end, 0 when none. */
static size_t schedule_next(scanner *sc, size_t a, size_t i) {
  int n;
  if (!sc->has_sched || sc->line - sc->sched_line > 2) return 0;
  size_t j = opening_words(sc, i + 1, &n);
  if (!n || !clock_range_at(sc, j)) return 0;
  item it = mk(a, i + 1, KIMPUT_DATE_SET, 0, NULL);
  snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", val(sc, i));
  emit(sc, &it);
  sc->sched_line = sc->line;
  it = mk(j, j + 1, KIMPUT_DATE_SET, 0, NULL);
  size_t e = set_clock(sc, &it, j, "XXXX-XX-XX", 0);
  return e ? e : i + 1;
}

/* A weekday, or two joined by "dan", "serta", "atau", "hingga" or "sampai", told closed in the
 * line of a schedule just read or the two after ("Hari Sabtu dan Minggu atau hari besar
 * nasional layanan tutup"): sets as the schedule's, when "tutup" or "ditutup" follows within
 * six words in its sentence. a: where the span starts, i: the weekday. Returns the end, 0 when
 * none. */
static size_t schedule_closed(scanner *sc, size_t a, size_t i) {
  static const char *const join[] = {"dan", "serta", "atau", "hingga", "sampai"};
  if (!sc->has_sched || sc->line - sc->sched_line > 2) return 0;
  size_t w2 = word_in(sc, i + 1, join, sizeof join / sizeof *join) && cls(sc, i + 2) == L_WEEKDAY &&
              upper(sc, i + 2) ? i + 2 : i;
  size_t k = w2 + 1;
  for (; k < sc->hi && k < w2 + 7; k++) {
    if (is_mark(sc, k, '.') || is_mark(sc, k, ',') || is_mark(sc, k, ';') || is_key(sc, k, K_PUKUL)) return 0;
    if (word_is(sc, k, "tutup") || word_is(sc, k, "ditutup")) break;
  }
  if (k >= sc->hi || k >= w2 + 7) return 0;
  if (w2 == i) {
    item it = mk(a, i + 1, KIMPUT_DATE_SET, 0, NULL);
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", val(sc, i));
    emit(sc, &it);
  } else weekday_sets(sc, a, i, w2, 0, (int[2]){val(sc, i), val(sc, w2)});
  sc->sched_line = sc->line;
  return w2 + 1;
}

/* The schedule whose weekdays are one word before the clock time at i
 * ("Senin-Jumat pukul 08.00-16.00", "Senin-Jumat, 08.00-16.00 WIB"), read
 * from the clock time; its end, 0 when none. */
static size_t schedule_before(scanner *sc, size_t i) {
  if (i <= sc->lo) return 0;
  size_t k = i - 1;
  if (word_is(sc, k, "mulai") && k-- == sc->lo) return 0;
  if (is_mark(sc, k, ',') && k-- == sc->lo) return 0;
  int wd[2];
  uint32_t cut;
  if (!token_free(sc, k) || !(cut = weekday_pair_word(sc, k, wd))) return 0;
  return schedule(sc, k, k, k, cut, wd, i);
}

/* Is the weekday word at i a day here (for "Minggu": not the week)? */
static int weekday_is_day(const scanner *sc, size_t i, size_t after) {
  if (val(sc, i) != 7 || tlen(sc, i) != 6) return 1;   /* not "minggu" */
  if (!upper(sc, i)) return 0;
  size_t pe;
  if (pod_at(sc, after, &pe)) return 1;          /* Minggu malam: a week has no evening */
  if (is_key(sc, after, K_PUKUL)) return 1;      /* Minggu pukul 19.00: nor a clock time */
  if (cls(sc, after) == L_ORDINAL) return 0;     /* Minggu kedua Juni: a week */
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
  /* "kata Asep di Jakarta, Minggu.": the day a statement was made, set off by a comma at its end */
  if (i > sc->lo && is_mark(sc, i - 1, ',') && (after >= sc->hi || is_mark(sc, after, '.') || is_mark(sc, after, ',')))
    return 1;
  /* sentence-initial "Minggu" is a day only before a date or a comma */
  return is_mark(sc, after, ',') || is_mark(sc, after, '(');
}

/* Is the weekday at i the name of a place, after a capitalised word of a
 * place: "di Pasar Minggu", "Jalan Kamis Raya", "Kampung Sabtu"? (Only a
 * weekday with no date: "Pasar Minggu (9/6)" is not asked.) */
static int place_named(const scanner *sc, size_t i) {
  static const char *const place[] = {
    "pasar", "jalan", "jl", "jl.", "jln", "jln.", "gang", "gg", "gg.", "kampung", "kp", "kp.", "desa", "dusun",
    "kali", "stasiun", "terminal", "halte", "kelurahan", "kecamatan",
  };
  if (i <= sc->lo || !upper(sc, i - 1)) return 0;
  return word_in(sc, i - 1, place, sizeof place / sizeof *place);
}

/* Does a word of plan stand before the bare weekday at i in its clause ("X akan bertemu Y pada
 * Kamis", "X dijadwalkan tiba Jumat")? The day is then ahead of R. Not one of a relative or a
 * time clause ("Y yang akan maju", "saat akan bertolak pada Kamis": that clause's plan), nor past
 * a time clause of another deed ("setelah bergabung pada Januari"), and the
 * look-back stops at a comma or a sentence's end (with by_yang also at a relative clause
 * between: a dated deed is more often its own than a weekday); it is bounded. */
static int planned_before(const scanner *sc, size_t i, int by_yang) {
  static const char *const plan[] = {"akan", "bakal", "hendak", "dijadwalkan", "diagendakan", "direncanakan",
                                     "rencananya", "berencana"};
  static const char *const clause[] = {"yang", "saat", "ketika", "sebelum", "setelah", "usai", "sesudah"};
  static const char *const after_deed[] = {"setelah", "sejak", "usai", "seusai", "sesudah", "selepas"};
  static const char *const about[] = {"trauma", "sadar", "kesadaran", "rindu", "kerinduan", "ketakutan", "kebutuhan",
                                      "butuh", "paham", "pemahaman", "peduli", "kepedulian", "bangga", "kebanggaan",
                                      "haus", "kecemasan", "keraguan", "kekhawatiran", "kenangan", "ingatan"};
  for (size_t k = i; k > sc->lo && k + 12 > i; k--) {
    size_t j = k - 1;
    if (is_mark(sc, j, ',')) {  /* "akan bertemu Perdana Menteri X, Anton Wiryo, pada Kamis": a name set off */
      size_t q = j;
      while (q > sc->lo + 1 && j - q < 3 && kind(sc, q - 1) == KIMPUT_TOK_WORD && upper(sc, q - 1)) q--;
      if (q < j && is_mark(sc, q - 1, ',')) { k = q; continue; }
    }
    if (is_mark(sc, j, ',') || is_mark(sc, j, '.') || is_mark(sc, j, '!') || is_mark(sc, j, '?') ||
        is_mark(sc, j, ';') || is_mark(sc, j, '"'))
      return 0;
    if (word_in(sc, j, plan, sizeof plan / sizeof *plan)) {
      /* "trauma (nelayan) akan badai", "sadar akan bahaya": "akan" of a feeling or a need is
         "of", no plan */
      if (j > sc->lo && word_is(sc, j, "akan") &&
          (word_in(sc, j - 1, about, sizeof about / sizeof *about) ||
           (j - 1 > sc->lo && word_in(sc, j - 2, about, sizeof about / sizeof *about))))
        continue;
      return !(j > sc->lo && word_in(sc, j - 1, clause, sizeof clause / sizeof *clause));
    }
    /* "akan mengevaluasi aturan yang diteken 2 Januari": the relative clause's own time */
    if (by_yang && word_is(sc, j, "yang") && j + 1 < i) return 0;
    /* "akan menjadi pameran ketiganya setelah bergabung pada Januari": a time clause of its own
       deed, a verb after "setelah", between the plan and the day */
    if (word_in(sc, j, after_deed, sizeof after_deed / sizeof *after_deed) && j + 1 < i &&
        (prefixed_verb(sc, j + 1) || (tlen(sc, j + 1) >= 6 && same_word(sc->s + sc->t[j + 1].start, "di", 2))))
      return 0;
  }
  return 0;
}

/* Is the weekday word at i written with "-nya" ("Kamisnya": that Thursday)? */
static int weekday_nya(const scanner *sc, size_t i) {
  size_t n = tlen(sc, i);
  const unsigned char *w = sc->s + sc->t[i].start;
  return n > 6 && same_word(w + n - 3, "nya", 3);
}

/* The first day of weekday wd after the last day told (a known date, within the last two
 * weeks or ahead of R), in *z: 1; else 0. */
static int day_after_told(const scanner *sc, int wd, long *z) {
  int y, m, d;
  if (!sc->has_day || sscanf(sc->day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  long day = days_from_civil(y, m, d);
  if (sc->has_ref && day < sc->rz - 14) return 0;
  *z = day + ((wd - weekday_of(day) + 6) % 7) + 1;
  return 1;
}

/* Does the bare weekday spanning [a, j) open its sentence ("Pada Kamis, X dijadwalkan bertemu
 * Y", "Pada hari Kamis, X juga akan ...") with a word of plan for its main verb within ten
 * tokens after it, before any other verb? The day is then ahead of R, as with a plan before
 * it. Not a plan of a relative or time clause ("Pada Kamis, pria yang akan menikah itu
 * ditangkap"), nor one after a verb ("Pada Kamis, X mengatakan akan ..."). */
static int planned_after(const scanner *sc, size_t a, size_t j) {
  static const char *const plan[] = {"akan", "bakal", "hendak", "dijadwalkan", "diagendakan", "direncanakan",
                                     "rencananya", "berencana"};
  static const char *const clause[] = {"yang", "saat", "ketika", "sebelum", "setelah", "usai", "sesudah"};
  size_t k = a;
  if (k > sc->lo && word_is(sc, k - 1, "pada")) k--;
  if (k > sc->lo && !is_mark(sc, k - 1, '.') && !is_mark(sc, k - 1, '"')) return 0;
  for (size_t q = j; q < sc->hi && q < j + 10; q++) {
    if (is_mark(sc, q, '.') || is_mark(sc, q, ';') || is_mark(sc, q, '!') || is_mark(sc, q, '?') ||
        is_mark(sc, q, '"') || word_in(sc, q, clause, sizeof clause / sizeof *clause))
      return 0;
    if (word_in(sc, q, plan, sizeof plan / sizeof *plan)) return 1;
    /* "Pada Kamis, Presiden mengatakan akan ...": the day of the saying, the plan its object's */
    if (prefixed_verb(sc, q) || word_is(sc, q, "bahwa")) return 0;
  }
  return 0;
}

/* Does a word of a deed done ("sudah", "telah", "sempat") stand within six tokens of the bare
 * weekday spanning [a, j), in its sentence ("Pada Kamis, pelatih sudah memanggil ...")? The
 * day is then past, whatever week was told ahead just before. */
static int deed_done_near(const scanner *sc, size_t a, size_t j) {
  static const char *const done[] = {"sudah", "telah", "sempat"};
  for (size_t k = a; k > sc->lo && a - k < 6 && !is_mark(sc, k - 1, '.'); k--)
    if (word_in(sc, k - 1, done, sizeof done / sizeof *done)) return 1;
  for (size_t k = j; k < sc->hi && k - j < 6 && !is_mark(sc, k, '.'); k++)
    if (word_in(sc, k, done, sizeof done / sizeof *done)) return 1;
  return 0;
}

/* Does a verb of putting off, with a word of where to, stand right before the bare weekday
 * at a ("sidang ditunda hingga Senin", "diundur ke hari Kamis", "ditunda sampai hari Rabu")?
 * The day is then after R: a hearing is not put off to the day it is put off. ("ditunda pada
 * Senin" may tell when it was put off, and stays R's reading.) */
static int postponed_before(const scanner *sc, size_t a) {
  static const char *const put_off[] = {"ditunda", "diundur", "dimundurkan", "ditangguhkan"};
  static const char *const to[] = {"hingga", "sampai", "untuk", "ke", "menjadi"};
  size_t k = a;
  if (k > sc->lo && word_is(sc, k - 1, "hari")) k--;
  if (k <= sc->lo || !word_in(sc, k - 1, to, sizeof to / sizeof *to)) return 0;
  k--;
  return k > sc->lo && word_in(sc, k - 1, put_off, sizeof put_off / sizeof *put_off);
}

/* The day a bare weekday at a names when it is the weekday of the day its sentence told
 * just before, joined by words that say it again ("jatuh pada 10 April 2024 atau hari Rabu",
 * "17 Agustus 1945, bertepatan dengan hari Jumat", "yang jatuh pada Jumat"): that day in
 * days in *z, 1; 2 when a comma alone stands between and the date is a day ("tiba 1 April
 * 2024, Senin, di"): the date's own weekday written after it, to join it; else 0 ("5 April
 * lalu dan kembali digelar Jumat" is another Friday). */
static int weekday_of_last_day(const scanner *sc, size_t a, int wd, long *z) {
  static const char *const again[] = {"atau", "bertepatan", "dengan", "yang", "jatuh", "pada", "yakni",
                                      "yaitu", "tepatnya", "tepat", "merupakan", "adalah"};
  if (!sc->has_day || sc->day_sent != sc->sent || sc->n == 0) return 0;
  const kimput_date *last = &sc->out[sc->n - 1];
  if (last->end > sc->t[a].start || strncmp(last->value, sc->day, 10) != 0) return 0;
  size_t k = a;
  int said = 0;
  for (; k > sc->lo && a - k < 6 && sc->t[k - 1].start >= last->end; k--)
    if (word_in(sc, k - 1, again, sizeof again / sizeof *again)) said = 1;
    else if (!is_mark(sc, k - 1, ',')) return 0;
  if (k == sc->lo || sc->t[k - 1].end > last->end) return 0;  /* (not up to the item: too far) */
  int comma = !said && a - k == 1 && last->kind == KIMPUT_DATE_DATE && last->value[10] == '\0';
  if (!said && !comma) return 0;
  int y, m, d;
  if (sscanf(sc->day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  *z = days_from_civil(y, m, d);
  return weekday_of(*z) != wd ? 0 : comma ? 2 : 1;
}

static int lunar_month(const scanner *sc, size_t k);

/* The day a bare weekday wd (its next token j) names when a date of the Islamic calendar
 * follows it and then, after "atau", "/" or "bertepatan dengan", the Gregorian date on that
 * weekday ("Selasa, 20 Ramadan 1444 H atau 11 April 2023", "Jumat, 3 Syawal 1445 Hijriah /
 * 12 April 2024"): that date, in *z, 1; else 0. */
static int lunar_gloss_day(const scanner *sc, size_t j, int wd, long *z) {
  size_t k = is_mark(sc, j, ',') ? j + 1 : j;
  int d, n, nd;
  if (!day_number(sc, k, &d) || !lunar_month(sc, k + 1) || word_is(sc, k + 1, "puasa")) return 0;
  k += 2;
  if (plain_number(sc, k, &n, &nd) && nd == 4) k++;  /* "1444" */
  if (word_is(sc, k, "hijriah") || word_is(sc, k, "hijriyah") || word_is(sc, k, "h") || word_is(sc, k, "h."))
    k++;
  if (is_mark(sc, k, '.') && sc->t[k].start == sc->t[k - 1].end && word_is(sc, k - 1, "h")) k++;  /* "H." */
  if (word_is(sc, k, "atau") || is_mark(sc, k, '/')) k++;
  else if (word_is(sc, k, "bertepatan") && word_is(sc, k + 1, "dengan")) k += 2;
  else return 0;
  if (word_is(sc, k, "tanggal")) k++;
  ymd r;
  if (!date_core(sc, k, 0, &r) || !r.y || !r.m || !r.d || !valid_date(r.y, r.m, r.d)) return 0;
  *z = days_from_civil(r.y, r.m, r.d);
  return weekday_of(*z) == wd;
}

/* The day a bare weekday at a names when it renders again, in another zone, the moment its
 * sentence just told in one ("Rabu waktu New York, atau Kamis dini hari WIB", "Selasa malam
 * waktu setempat atau Rabu pagi WIB"): "atau" right before it, "waktu" between it and that
 * day, the weekday that day's, or the one before or after it (the zones are hours apart):
 * that day in *z, 1; else 0. The look-back is bounded. */
static int other_zone_day(const scanner *sc, size_t a, int wd, long *z) {
  if (!sc->has_day || sc->day_sent != sc->sent || sc->n == 0 || a <= sc->lo || !word_is(sc, a - 1, "atau"))
    return 0;
  const kimput_date *last = &sc->out[sc->n - 1];
  if (last->end > sc->t[a].start || strncmp(last->value, sc->day, 10) != 0) return 0;
  int zoned = 0;
  for (size_t k = a - 1; k > sc->lo && a - k < 8 && sc->t[k - 1].start >= last->end; k--)
    if (word_is(sc, k - 1, "waktu")) zoned = 1;
    else if (is_mark(sc, k - 1, '.') || is_mark(sc, k - 1, ';')) return 0;
  int y, m, d;
  if (!zoned || sscanf(sc->day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  long day = days_from_civil(y, m, d);
  for (long n = -1; n <= 1; n++)
    if (weekday_of(day + n) == wd) { *z = day + n; return 1; }
  return 0;
}

/* The day a bare weekday wd names when a range runs from it to a weekday written with its
 * date ("Sabtu siang hingga Minggu (17/3) dini hari", "Jumat sampai Minggu, 17 Maret"): the
 * latest such day before that date, in *z, 1; else 0. j: the token after the weekday. */
static int range_start_day(const scanner *sc, size_t j, int wd, long *z) {
  size_t pe, w2 = range_to(sc, pod_at(sc, j, &pe) ? pe : j);
  if (!w2 || cls(sc, w2) != L_WEEKDAY) return 0;
  size_t k = pod_at(sc, w2 + 1, &pe) ? pe : w2 + 1;  /* "Minggu dini hari (17/3)" */
  ymd r;
  if (!date_core(sc, is_mark(sc, k, ',') ? k + 1 : k, 1, &r) &&
      !(is_mark(sc, k, '(') && date_core(sc, k + 1, 0, &r)))
    return 0;
  if (!r.m || !r.d) return 0;
  int y = r.y ? r.y : weekday_year(sc, year_at(sc, w2, r.m, r.d), r.m, r.d, val(sc, w2));
  if (!y || !valid_date(y, r.m, r.d)) return 0;
  long z2 = days_from_civil(y, r.m, r.d);
  *z = z2 - ((weekday_of(z2) - wd + 6) % 7) - 1;
  return 1;
}

/* The day a bare weekday wd at a names when it closes a range whose first day was just told
 * ("sejak Senin hingga Kamis, 8-11 Mei", "Jumat sampai Minggu" read on Saturday): the first
 * such day after that one, in *z, 1; else 0. */
static int range_end_day(const scanner *sc, size_t a, int wd, long *z) {
  if (sc->n == 0 || a < sc->lo + 2) return 0;
  size_t k = a - 1;
  if (word_is(sc, k, "dengan") && word_is(sc, k - 1, "sampai")) k--;
  if (k == sc->lo || !(is_dash(sc, k) || word_is(sc, k, "hingga") || word_is(sc, k, "sampai"))) return 0;
  const kimput_date *last = &sc->out[sc->n - 1];
  int y, m, d;
  if (last->end != sc->t[k - 1].end || !names_day(last->value) ||
      sscanf(last->value, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d))
    return 0;
  long day = days_from_civil(y, m, d);
  *z = day + ((wd - weekday_of(day) + 6) % 7) + 1;
  return 1;
}

/* The day a bare weekday wd at a names when it follows, as the next step of a sequence
 * ("lalu", "kemudian", "dan", "serta", "selanjutnya" right before it, "pada"/"hari" aside), a
 * day its sentence told after R ("Besok kami latihan pukul 16.00, lalu Jumat latihan ringan"):
 * the first such day after that one, in *z, 1; else 0 (a past day leaves R's reading). The
 * weekday of that day itself is that day, another part of it ("Selasa (3/12) siang bertemu
 * Gubernur, dan Selasa malam menggelar acara"). */
static int sequel_day(const scanner *sc, size_t a, int wd, long *z) {
  static const char *const then[] = {"lalu", "kemudian", "dan", "serta", "selanjutnya", "lantas"};
  size_t k = a;
  if (k > sc->lo && (word_is(sc, k - 1, "pada") || word_is(sc, k - 1, "hari"))) k--;
  if (k <= sc->lo || !word_in(sc, k - 1, then, sizeof then / sizeof *then)) return 0;
  if (!sc->has_ref || !sc->has_day || sc->day_sent != sc->sent || sc->day_line != sc->line) return 0;
  int y, m, d;
  if (sscanf(sc->day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  long day = days_from_civil(y, m, d);
  if (day <= sc->rz) return 0;
  *z = weekday_of(day) == wd ? day : day + ((wd - weekday_of(day) + 6) % 7) + 1;
  return 1;
}

/* A bare weekday in the two sentences after the one that told a planned day D ahead of R, or in
 * the same ("X akan berkunjung Sabtu (18/7) ... . Minggu pagi, X terbang lagi"), within the
 * three days after D: that day, the schedule going on (not past a deed done, "sudah"). Its
 * day in *z, 1; else 0. */
static int planned_sequel(const scanner *sc, size_t a, size_t j, int wd, long *z) {
  if (!sc->has_ref || !sc->has_day || !sc->day_planned || sc->day_stated || sc->sent - sc->day_sent > 2 ||
      sc->line - sc->day_line > 1)
    return 0;
  int y, m, d;
  if (sscanf(sc->day, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  long day = days_from_civil(y, m, d);
  if (day <= sc->rz || day > sc->rz + 60 || deed_done_near(sc, a, j)) return 0;
  long next = day + ((wd - weekday_of(day) + 6) % 7) + 1;
  if (next - day > 3) return 0;
  *z = next;
  return 1;
}

/* The day a bare weekday wd names when the text wrote that weekday with a date ahead of R's
 * reading of it (on or after R's day when the weekday is planned): "sidang ditunda hingga
 * Jumat (27/1/2023). ... ditunda hari Jumat" read on Tuesday 24/1 is the 27th, not the 20th.
 * The latest such date written counts; one before R's reading leaves R's (a past Friday
 * told is not surely the one meant again), and so does R's own weekday or a day told more
 * than 60 days ahead. That day in *z, 1; else 0. */
static int told_day(const scanner *sc, int wd, long rz_day, long *z) {
  /* (R's own weekday is most often R itself, the day of the news; a day told months ahead is
     no longer the week's) */
  if (!(sc->told_wd & (1u << wd)) || sc->told_z[wd] <= rz_day || rz_day == sc->rz || sc->told_z[wd] > sc->rz + 60)
    return 0;
  *z = sc->told_z[wd];
  return 1;
}

/* With no reference date, the month and day a bare weekday wd at a names, in *m, *d: the day
 * the text last wrote with that weekday ("Sabtu (6/5) ... Sabtu malam"), or the first such
 * day after the one just told when it closes a range ("Sabtu (6/5) hingga Minggu"): 1; else 0. */
static int partial_weekday_day(const scanner *sc, size_t a, int wd, int *m, int *d) {
  if (a > sc->lo + 1 && (word_is(sc, a - 1, "hingga") || word_is(sc, a - 1, "sampai") || is_dash(sc, a - 1)) &&
      sc->n > 0 && sc->out[sc->n - 1].end == sc->t[a - 2].end) {
    const char *v = sc->out[sc->n - 1].value;
    int pm, pd;
    if (strncmp(v, "XXXX-", 5) == 0 && strlen(v) == 10 && sscanf(v + 5, "%2d-%2d", &pm, &pd) == 2)
      for (int w1 = 1; w1 <= 7; w1++)
        if ((sc->told_partial & (1u << w1)) && sc->told_pm[w1] == pm && sc->told_pd[w1] == pd) {
          int step = (wd - w1 + 7) % 7;
          *m = pm;
          *d = pd + (step ? step : 7);
          if (*d > month_days(2000, pm)) *d -= month_days(2000, pm), *m = pm % 12 + 1;  /* (2000: 29 February stands) */
          return 1;
        }
  }
  if (!(sc->told_partial & (1u << wd))) return 0;
  *m = sc->told_pm[wd];
  *d = sc->told_pd[wd];
  return 1;
}

/* "Kamis", "Kamis (27/7)", "Selasa, 9 Mei 2023", "Senin lalu", "Kamis malam",
 * "hari Jumat". a: where the span starts (the weekday or "hari"). */
static size_t weekday(scanner *sc, size_t a, size_t i) {
  int wd = val(sc, i);
  size_t j = i + 1;
  ymd r;
  /* "Selasa, 9 Mei 2023", "Selasa tanggal 9 Mei 2023", "Selasa (9 Mei 2023)"; the Javanese market
     day between them is the date's ("Selasa Pon, tanggal 12 Maret 2024") */
  static const char *const pasaran[] = {"legi", "pahing", "pon", "wage", "kliwon"};
  size_t jd = upper(sc, j) && word_in(sc, j, pasaran, sizeof pasaran / sizeof *pasaran) ? j + 1 : j;
  if (is_mark(sc, jd, ',')) jd++;
  if (is_key(sc, jd, K_TANGGAL)) jd++;
  size_t e = date_core(sc, jd, 1, &r);
  if (!e && is_mark(sc, j, '(')) {
    size_t pe = date_core(sc, j + 1, 0, &r);
    if (pe && is_mark(sc, pe, ')')) e = pe + 1;
  }
  /* "pada Jumat. 15 September 2023": a period typed for the comma, when the date written in
     full right after it falls on that weekday */
  /* ... and "jatuh pada hari Kamis pada 23 Maret 2023": the date after "pada", on that weekday, glosses it */
  if (!e && (is_mark(sc, j, '.') || word_is(sc, j, "pada")) && (e = date_core(sc, j + 1, 0, &r)) &&
      !(r.y && r.m && r.d && valid_date(r.y, r.m, r.d) && weekday_of(days_from_civil(r.y, r.m, r.d)) == wd))
    e = 0;
  r.wd = wd;
  if (e) return finish_date(sc, a, e, r);
  size_t pe;
  int pod = pod_at(sc, j, &pe);
  /* ("Selasa malam ini (5/3/2024)": this day's part, "ini", "tadi" or "nanti", before the date) */
  /* ("Kamis dini hari WIB (11/5/2023)": a match abroad, in the reader's zone, before the date) */
  size_t pq = pod && (is_key(sc, pe, K_INI) || is_key(sc, pe, K_TADI) || is_key(sc, pe, K_NANTI) ||
                      cls(sc, pe) == L_ZONE) &&
                      is_mark(sc, pe + 1, '(') ? pe + 1 : pe;
  if (pod && is_mark(sc, pq, '(') && (e = date_core(sc, pq, 1, &r))) {
    r.wd = wd;
    return finish_date_pod(sc, a, e, r, pod);  /* "Rabu malam (5/6)" */
  }
  /* "Jumat malam, 15 Maret 2024": the date set off after the part of the day; "Kamis dini hari
     11 Mei 2023": written right after it (a day with its month's name) */
  if (pod && ((is_mark(sc, pe, ',') && (e = date_core(sc, pe + 1, 1, &r)) && r.m) ||
              ((e = date_core(sc, pe, 0, &r)) && r.m && r.d && cls(sc, pe) != L_MONTH &&
               cls(sc, pe) != L_MONTH_ABBR))) {
    r.wd = wd;
    return finish_date_pod(sc, a, e, r, pod);
  }
  if ((is_dash(sc, j) || word_is(sc, j, "hingga") || word_is(sc, j, "sampai") || word_is(sc, j, "dan")) &&
      cls(sc, j + 1) == L_WEEKDAY && (e = weekday_range(sc, a, i, j + 1, 0, j + 2)))
    return e;  /* "Senin - Rabu (9-11/10)", "Sabtu dan Minggu (8-9/6)" */
  size_t w2 = range_to(sc, j);
  if (w2 && cls(sc, w2) == L_WEEKDAY &&
      (e = schedule(sc, a, i, w2, 0, (int[2]){wd, val(sc, w2)}, w2 + 1)))
    return e;  /* "Senin hingga Jumat pukul 08.00-16.00 WIB" */
  if ((e = schedule_more(sc, a, i)))
    return e;  /* "..., dan Jumat pukul 07.30-11.00 WIB" */
  if ((e = schedule_next(sc, a, i)))
    return e;  /* "Pada hari Jumat, pelayanan berlangsung pukul 07.30 hingga 11.30" */
  if ((e = schedule_closed(sc, a, i)))
    return e;  /* "Hari Sabtu dan Minggu layanan tutup" */
  /* (in lower case, a weekday is one before its part of the day, "kamis sore kemarin"; "minggu" is a week) */
  int lower_day = pod && !(wd == 7 && tlen(sc, i) == 6);
  if (!weekday_is_day(sc, i, j) || (!upper(sc, i) && a == i && !lower_day) || (a == i && place_named(sc, i)))
    return 0;
  /* "tanggal 2, 5, dan 6 Juni 2023 (Jumat, Senin, dan Selasa)": weekdays listed in parentheses
     right after as many days just told, each that day's weekday, gloss them: each is its day */
  if (a == i && i > sc->lo + 1 && is_mark(sc, i - 1, '(') && sc->n > 1 &&
      sc->out[sc->n - 1].end == sc->t[i - 2].end) {
    size_t wk[8], m = i;
    int nw = 0;
    while (nw < 8 && cls(sc, m) == L_WEEKDAY) {
      wk[nw++] = m++;
      if (is_mark(sc, m, ',')) m++;
      if (word_is(sc, m, "dan")) m++;
    }
    if (nw >= 2 && (size_t)nw <= sc->n && is_mark(sc, m, ')') && !is_mark(sc, m - 1, ',')) {
      char vals[8][11];
      int ok = 1;
      for (int q = 0; q < nw && ok; q++) {
        const kimput_date *d = &sc->out[sc->n - (size_t)nw + (size_t)q];
        int y, mo, dd;
        ok = d->kind == KIMPUT_DATE_DATE && strlen(d->value) == 10 &&
             sscanf(d->value, "%4d-%2d-%2d", &y, &mo, &dd) == 3 && valid_date(y, mo, dd) &&
             weekday_of(days_from_civil(y, mo, dd)) == val(sc, wk[q]) &&
             (q == 0 || d->start >= sc->out[sc->n - (size_t)nw + (size_t)q - 1].end);
        if (ok) memcpy(vals[q], d->value, 11);
      }
      if (ok) {
        int anch = sc->out[sc->n - 1].anchored;
        for (int q = 0; q < nw; q++) {
          item g = mk(wk[q], wk[q] + 1, KIMPUT_DATE_DATE, anch, NULL);
          memcpy(g.value, vals[q], 11);
          emit(sc, &g);
        }
        return m;
      }
    }
  }
  /* "besok (Sabtu)", "kemarin (Senin)": a bare weekday in parentheses right after a day just
     told, that day's weekday, glosses it: that day */
  if (a == i && i > sc->lo + 1 && is_mark(sc, i - 1, '(') && is_mark(sc, j, ')') && sc->n > 0) {
    const kimput_date *d = &sc->out[sc->n - 1];
    int y, m, dd;
    if (d->kind == KIMPUT_DATE_DATE && d->end == sc->t[i - 2].end && strlen(d->value) == 10 &&
        sscanf(d->value, "%4d-%2d-%2d", &y, &m, &dd) == 3 && valid_date(y, m, dd) &&
        weekday_of(days_from_civil(y, m, dd)) == wd) {
      item g = mk(a, j, KIMPUT_DATE_DATE, d->anchored, NULL);
      memcpy(g.value, d->value, 11);
      emit(sc, &g);
      return j;
    }
  }
  item it = mk(a, j, KIMPUT_DATE_DATE, 1, NULL);
  long week_shift = 0, base = sc->rz;
  int mode = 0;  /* 0: on or before R, -1: strictly before, 1: strictly after base, 2: in a given week,
                    3: on or after R (a plan's), 4: strictly after R (a day put off to) */
  if (is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN)) { mode = -1; it.b = j + 1; }
  else if (word_is(sc, j, "yang") && is_key(sc, j + 1, K_LALU)) { mode = -1; it.b = j + 2; }  /* "Jumat yang lalu" */
  else if (pod && is_key(sc, pe, K_LALU)) mode = -1;  /* "Kamis pagi lalu": finish_day reads the part and "lalu" */
  else if (is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_BESOK)) { mode = 1; it.b = j + 1; }
  else if (word_is(sc, j, "selanjutnya") || word_is(sc, j, "berikutnya")) {
    /* "Rabu berikutnya": the next one after R, or after the story's day when that is earlier,
       within two months ("ditangkap Senin (3/4). Kamis berikutnya ...") */
    int y, m, d;
    mode = 1;
    it.b = j + 1;
    if (sc->has_sday && sscanf(sc->sday, "%4d-%2d-%2d", &y, &m, &d) == 3 && valid_date(y, m, d) &&
        days_from_civil(y, m, d) < base && days_from_civil(y, m, d) >= base - 60)  /* (not old background) */
      base = days_from_civil(y, m, d);
  }
  else if (is_key(sc, j, K_INI)) { mode = 2; it.b = j + 1; }
  else if (is_key(sc, j, K_NANTI)) mode = 3;  /* "Jumat nanti(nya)": the coming one, maybe today (out of the span) */
  else if (unit_of(sc, j) == U_WEEK && (week_past(sc, j + 1) || is_key(sc, j + 1, K_DEPAN) ||
                                        is_key(sc, j + 1, K_INI) || is_key(sc, j + 1, K_MENDATANG))) {
    mode = 2;
    week_shift = week_past(sc, j + 1) ? -1 : is_key(sc, j + 1, K_INI) ? 0 : 1;
    it.b = j + 2;
  } else if ((is_dash(sc, j) || word_is(sc, j, "hingga") || word_is(sc, j, "sampai") || word_is(sc, j, "dan")) &&
             cls(sc, j + 1) == L_WEEKDAY && unit_of(sc, j + 2) == U_WEEK &&
             (week_past(sc, j + 3) || is_key(sc, j + 3, K_DEPAN) || is_key(sc, j + 3, K_INI) ||
              is_key(sc, j + 3, K_MENDATANG))) {
    /* "Senin hingga Rabu pekan depan": the first day is in the week the second names */
    mode = 2;
    week_shift = week_past(sc, j + 3) ? -1 : is_key(sc, j + 3, K_INI) ? 0 : 1;
  } else if (postponed_before(sc, a)) mode = 4;
  else if (planned_before(sc, a, 0) || planned_after(sc, a, j)) mode = 3;
  if (mode == 0 || mode == 3 || mode == 4) {
    long z;
    if (weekday_nya(sc, i) && day_after_told(sc, wd, &z)) {
      /* "Panitia tiba Rabu (10/5). Pada Kamisnya, ...": the first such day after the day told */
      put_days(it.value, z);
      return finish_day(sc, &it);
    }
    if (sc->has_wk && sc->wk_line == sc->line && sc->sent - sc->wk_sent <= 1 && !deed_done_near(sc, a, j)) {
      /* "Sejak pekan depan latihan digelar rutin. Selasa pagi ... dan Jumat ...": that week's */
      put_days(it.value, sc->wk_z + wd - 1);
      return finish_day(sc, &it);
    }
    if (range_start_day(sc, j, wd, &z) || range_end_day(sc, a, wd, &z) ||
        (mode == 0 && (sequel_day(sc, a, wd, &z) || planned_sequel(sc, a, j, wd, &z)))) {
      /* "Sabtu siang hingga Minggu (17/3)": the Saturday before; "Senin hingga Rabu": the Wednesday
         after; "besok ..., lalu Jumat": the next */
      put_days(it.value, z);
      return finish_day(sc, &it);
    }
    if (mode == 0 && lunar_gloss_day(sc, j, wd, &z)) {  /* "Selasa, 20 Ramadan 1444 H atau 11 April 2023" */
      put_days(it.value, z);
      it.anchored = 0;
      return finish_day(sc, &it);
    }
    int again = weekday_of_last_day(sc, a, wd, &z);
    if (again == 2 && (j >= sc->hi || is_mark(sc, j, ',') || is_mark(sc, j, '.') || is_mark(sc, j, ')'))) {
      sc->out[sc->n - 1].end = sc->t[j - 1].end;  /* "1 April 2024, Senin,": one item */
      return j;
    }
    if (again || other_zone_day(sc, a, wd, &z)) {  /* "pada 10 Februari 2024, bertepatan dengan Sabtu": the day just told */
      put_days(it.value, z);
      return finish_day(sc, &it);
    }
    if (sc->has_ref) {
      int rwd = weekday_of(sc->rz);
      long rz_day = mode == 3   ? sc->rz + ((wd - rwd + 7) % 7)
                    : mode == 4 ? sc->rz + ((wd - rwd + 6) % 7) + 1
                                : sc->rz - ((rwd - wd + 7) % 7);
      if (told_day(sc, wd, rz_day, &z)) {  /* "... hingga Jumat (27/1). ... hari Jumat": that Friday */
        put_days(it.value, z);
        return finish_day(sc, &it);
      }
    }
  }
  int pm, pd;
  if (!sc->has_ref && (mode == 0 || mode == 3) && !(sc->told_partial & (1u << wd)) &&
      (sc->told_wd & (1u << wd))) {
    put_days(it.value, sc->told_z[wd]);  /* "Selasa 9 Mei 2023 ... Selasa petang": that Tuesday */
    it.anchored = 0;
  } else if (!sc->has_ref && (mode == 0 || mode == 3) && partial_weekday_day(sc, a, wd, &pm, &pd)) {
    snprintf(it.value, sizeof it.value, "XXXX-%02d-%02d", pm, pd);  /* "Sabtu (6/5) ... Sabtu malam" */
    it.anchored = 0;
    sc->told_pm[wd] = (unsigned char)pm;  /* (a range's second day is told too: "hingga Minggu ... Minggu") */
    sc->told_pd[wd] = (unsigned char)pd;
    sc->told_partial |= 1u << wd;
  } else if (!sc->has_ref) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", wd);
  } else {
    int rwd = weekday_of(sc->rz);
    long z;
    if (mode == 2) z = sc->rz - rwd + wd + 7 * week_shift;
    else if (mode == 1) z = base + ((wd - weekday_of(base) + 6) % 7) + 1;
    else if (mode == 4) z = sc->rz + ((wd - rwd + 6) % 7) + 1;
    else if (mode == -1) z = sc->rz - ((rwd - wd + 6) % 7) - 1;
    else if (mode == 3) z = sc->rz + ((wd - rwd + 7) % 7);
    else z = sc->rz - ((rwd - wd + 7) % 7);
    put_days(it.value, z);
  }
  return finish_day(sc, &it);
}

/* ------------------------------------------------------------ the rules at one token */

/* The number of an ordinal word "ke-78" at j, 0 when it is none. */
static int ke_number(const scanner *sc, size_t j) {
  if (kind(sc, j) != KIMPUT_TOK_WORD) return 0;
  const unsigned char *p = sc->s + sc->t[j].start;
  size_t n = tlen(sc, j);
  long v;
  if (n < 4 || (p[0] | 32) != 'k' || (p[1] | 32) != 'e' || p[2] != '-' || !digits_value(p + 3, n - 3, 9999, &v)) return 0;
  return (int)v;
}

/* The count of an anniversary at k, *last its last token: "ke-78", written
 * apart "ke 78", after "yang" also bare ("yang ke-78", "yang 78" but not
 * "yang 78 tahun", "yang 17 Agustus"). 0 when none. */
static int anniversary_count(const scanner *sc, size_t k, size_t *last) {
  int n, nd;
  int after_yang = is_key(sc, k, K_YANG);
  if (after_yang) k++;
  if ((n = ke_number(sc, k))) { *last = k; return n; }
  if (is_key(sc, k, K_KE) && plain_number(sc, k + 1, &n, &nd) && nd <= 3 && n >= 1) { *last = k + 1; return n; }
  if (after_yang && plain_number(sc, k, &n, &nd) && nd <= 3 && n >= 1 && cls(sc, k + 1) != L_UNIT &&
      cls(sc, k + 1) != L_MONTH) {
    *last = k;
    return n;
  }
  return 0;
}

/* The count of an anniversary at j, or after at most three capitalised
 * words that name whose it is ("HUT Bhayangkara ke-79", "hari jadi Kota
 * Bogor ke-543", "Hari Ulang Tahun (HUT) Republik Indonesia yang ke-78":
 * the acronym in brackets first is passed over): *last its last token, 0
 * when none. */
static int named_ke(const scanner *sc, size_t j, size_t *last) {
  if (is_mark(sc, j, '(') && kind(sc, j + 1) == KIMPUT_TOK_WORD && upper(sc, j + 1) && is_mark(sc, j + 2, ')'))
    j += 3;
  for (size_t k = j; k < j + 4; k++) {
    int n = anniversary_count(sc, k, last);
    if (n) return n;
    if (kind(sc, k) != KIMPUT_TOK_WORD || !upper(sc, k)) return 0;
  }
  return 0;
}

/* An anniversary count: "HUT ke-78", "ulang tahun ke-70", "hari jadi ke-500",
 * the ordinal at j -> P78Y (a duration, like an age). */
static size_t anniversary(scanner *sc, size_t a, size_t j) {
  size_t last = 0;
  int n = named_ke(sc, j, &last);
  if (n < 1) return 0;
  char cnt[16];
  put_int(cnt, n, 0);
  item it = mk(a, last + 1, KIMPUT_DATE_DURATION, 0, NULL);
  put_duration(it.value, U_YEAR, cnt);
  emit(sc, &it);
  return it.b;
}

/* "pekan kedua Juni [2023]", "minggu terakhir Oktober": the ISO week that
 * holds the middle of that seven-day stretch of the month (days 8-14: the
 * 11th). The month takes R's year with the six-month rule. j: the ordinal. */
static size_t week_of_month(scanner *sc, size_t a, size_t j) {
  int o = cls(sc, j) == L_ORDINAL ? val(sc, j) : is_key(sc, j, K_TERAKHIR) ? 5 : 0;
  if (!o && ke_number(sc, j) >= 1 && ke_number(sc, j) <= 4) o = ke_number(sc, j);  /* pekan ke-3 Februari */
  if (!o && is_key(sc, j, K_KE) && j + 1 < sc->hi) {  /* spaced: "minggu ke empat Juli", "pekan ke 2 Mei" */
    long v = 0;
    const unsigned char *p = sc->s + sc->t[j + 1].start;
    if (cls(sc, j + 1) == L_NUM) v = val(sc, j + 1);
    else if (kind(sc, j + 1) == KIMPUT_TOK_NUMBER && !digits_value(p, tlen(sc, j + 1), 4, &v)) v = 0;
    if (v >= 1 && v <= 4) o = (int)v, j++;
  }
  size_t k = j + 1;
  /* "pekan ketiga bulan ini", "minggu terakhir bulan lalu": a month counted from R's */
  int shift = 0, rel = unit_of(sc, k) == U_MONTH && cls(sc, k) == L_UNIT;
  if (rel && is_key(sc, k + 1, K_LALU)) shift = -1;
  else if (rel && (is_key(sc, k + 1, K_DEPAN) || is_key(sc, k + 1, K_MENDATANG))) shift = 1;
  else if (!(rel && is_key(sc, k + 1, K_INI))) rel = 0;
  if (o && rel) {
    item it = mk(a, k + 2, KIMPUT_DATE_DATE, 1, NULL);
    if (!sc->has_ref) {
      snprintf(it.value, sizeof it.value, "XXXX-WXX");
    } else {
      long mi = (long)sc->ry * 12 + (sc->rm - 1) + shift;
      int y = (int)(mi / 12), m = (int)(mi % 12) + 1;
      put_week(it.value, days_from_civil(y, m, o == 5 ? month_days(y, m) - 3 : 7 * (o - 1) + 4));
    }
    emit(sc, &it);
    return it.b;
  }
  if (unit_of(sc, k) == U_MONTH && cls(sc, k) == L_UNIT) k++;  /* pekan kedua bulan Juni */
  else if ((word_is(sc, k, "di") || word_is(sc, k, "pada")) && cls(sc, k + 1) == L_MONTH) k++;  /* minggu ke-4 di Oktober */
  if (!o || cls(sc, k) != L_MONTH) return 0;
  int m = val(sc, k), y;
  item it = mk(a, k + 1, KIMPUT_DATE_DATE, 0, NULL);
  if (year_number(sc, k + 1, &y)) it.b = k + 2;
  else if (sc->has_ref) { y = resolve_month(sc, m); it.anchored = 1; }
  else y = 0;
  if (!y) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX");
  } else {
    int d = o == 5 ? month_days(y, m) - 3 : 7 * (o - 1) + 4;
    put_week(it.value, days_from_civil(y, m, d));
  }
  emit(sc, &it);
  return it.b;
}

/* "tahun 2023", "tahun lalu", "bulan Juli", "bulan depan", "pekan lalu", "hari ini". */
/* The month (year * 12 + m - 1) or year "bulan/tahun sebelumnya" counts
 * from: the last one a date named in this sentence or the three lines
 * before ("Surplus Mei 2024 lebih tinggi dari bulan sebelumnya": April),
 * else R's. Returns 0 when there is neither. */
static int named_base(const scanner *sc, int unit, long *base) {
  int month = unit == U_MONTH;
  if (month ? sc->has_named_month && (sc->sent - sc->nm_sent <= 2 || sc->line - sc->nm_line <= 3)
            : sc->has_named_year && (sc->sent - sc->ny_sent <= 2 || sc->line - sc->ny_line <= 3)) {
    *base = month ? sc->named_month : sc->named_year;
    return 1;
  }
  if (!sc->has_ref) return 0;
  *base = month ? (long)sc->ry * 12 + sc->rm - 1 : sc->ry;
  return 1;
}

/* Does the clause of the expression at a look ahead: a plan (planned_before), a target or a
 * forecast ("ditargetkan rampung akhir tahun", "diperkirakan"), or a bound ahead right before
 * it ("hingga", "menjelang")? The look-back stops at a comma or a sentence's end; bounded. */
static int looks_ahead(const scanner *sc, size_t a) {
  static const char *const bound[] = {"hingga", "sampai", "jelang", "menjelang", "sebelum"};
  static const char *const aim[] = {"ditargetkan", "menargetkan", "target", "targetnya", "diharapkan",
                                    "diperkirakan", "diproyeksikan", "harus", "wajib", "paling"};
  if (planned_before(sc, a, 1)) return 1;
  if (a > sc->lo && word_in(sc, a - 1, bound, sizeof bound / sizeof *bound)) return 1;
  for (size_t k = a; k > sc->lo && k + 12 > a; k--) {
    size_t j = k - 1;
    if (is_mark(sc, j, ',') || is_mark(sc, j, '.') || is_mark(sc, j, '!') || is_mark(sc, j, '?') ||
        is_mark(sc, j, ';'))
      return 0;
    if (word_in(sc, j, aim, sizeof aim / sizeof *aim)) return 1;
  }
  return 0;
}

/* The year of "akhir tahun" / "awal tahun" (mod END / START, no word after it) read at R: R's,
 * but the one just ended when read in January and told as done ("pidato akhir tahun" on 2
 * January is last year's), the one coming when read in December and looked ahead ("akan
 * dimulai awal tahun" on 28 December is next year's). */
static int edge_year_shift(const scanner *sc, size_t a, const char *mod) {
  if (!sc->has_ref || !mod) return 0;
  if (mod[0] == 'E' && sc->rm == 1) return looks_ahead(sc, a) ? 0 : -1;
  if (mod[0] == 'S' && sc->rm == 12) return looks_ahead(sc, a) ? 1 : 0;
  return 0;
}

static size_t unit_phrase(scanner *sc, size_t a, size_t i, const char *mod) {
  int unit = unit_of(sc, i);
  size_t j = i + 1;
  int y, dec;
  if (unit == U_YEAR && year_number(sc, j, &y)) return emit_year(sc, a, j, y, mod);
  if (unit == U_YEAR && (word_is(sc, j, "anggaran") || word_is(sc, j, "buku")) && year_number(sc, j + 1, &y))
    return emit_year(sc, a, j + 1, y, mod);  /* tahun anggaran / buku 2024: Indonesia's fiscal year is the calendar year */
  if ((unit == U_YEAR || unit == U_DECADE) && decade_token(sc, j, &dec))
    return emit_decade(sc, a, j, dec, mod);  /* "tahun 1990-an", "(akhir) dekade 1990-an" */
  if (unit == U_MONTH) {
    size_t e = month_phrase(sc, a, j, 1, mod);
    if (e) return e;
  }
  if (unit == U_DAY && cls(sc, j) == L_WEEKDAY) return weekday(sc, a, j);
  if (unit == U_CENTURY) return century(sc, a, i, mod);
  if (unit == U_WEEK && !mod) {
    size_t e = week_of_month(sc, a, j);
    if (e) return e;
  }
  if (!mod && unit == U_YEAR && i > sc->lo && (word_is(sc, i - 1, "ulang") || word_is(sc, i - 1, "berulang")) &&
      named_ke(sc, j, &(size_t){0}))
    return anniversary(sc, i - 1, j);                         /* ulang tahun ke-70, berulang tahun ke-78 */
  if (!mod && unit == U_DAY && word_is(sc, j, "jadi") && named_ke(sc, j + 1, &(size_t){0}))
    return anniversary(sc, a, j + 1);                         /* hari jadi ke-500 */
  if (unit != U_DAY && unit != U_WEEK && unit != U_MONTH && unit != U_YEAR) return 0;
  /* "pada hari yang sama", "hari itu": the day the story told last, as "malam itu" its night
     (none when it told none; "hari yang sama dengan X" is X's) */
  if (!mod && unit == U_DAY && cls(sc, i) == L_UNIT && story_day(sc) &&
      ((is_key(sc, j, K_YANG) && word_is(sc, j + 1, "sama") && !word_is(sc, j + 2, "dengan")) ||
       word_is(sc, j, "itu"))) {
    item it = mk(a, word_is(sc, j, "itu") ? j + 1 : j + 2, KIMPUT_DATE_DATE, 0, NULL);
    put_story_day(sc, &it, 0);
    return finish_day(sc, &it);
  }
  /* "Pada hari pertama (kedua, terakhir)" of a range of days told in this sentence or the three
     lines before ("berlangsung Senin-Rabu (10-12/6)"): that day of it (none past its end) */
  if (!mod && unit == U_DAY && cls(sc, i) == L_UNIT && sc->has_range &&
      (sc->sent - sc->rg_sent <= 2 || sc->line - sc->rg_line <= 3) &&
      (cls(sc, j) == L_ORDINAL || is_key(sc, j, K_TERAKHIR))) {
    long z = is_key(sc, j, K_TERAKHIR) ? sc->rg_z1 : sc->rg_z0 + val(sc, j) - 1;
    if (z > sc->rg_z1) return 0;
    item it = mk(a, j + 1, KIMPUT_DATE_DATE, 0, NULL);
    put_days(it.value, z);
    return finish_day(sc, &it);
  }
  /* "hari berikutnya", "hari sebelumnya": the day after or before the one the text reported last */
  if (!mod && unit == U_DAY && (is_key(sc, j, K_BERIKUTNYA) || is_key(sc, j, K_SEBELUMNYA) ||
                                word_is(sc, j, "setelahnya") || word_is(sc, j, "sesudahnya"))) {
    item it = mk(a, j + 1, KIMPUT_DATE_DATE, 0, NULL);
    put_story_count(sc, &it, is_key(sc, j, K_SEBELUMNYA) ? -1 : 1);
    return finish_counted(sc, &it);
  }
  /* "bulan sebelumnya", "tahun berikutnya": the month or year before / after the one named last */
  if (!mod && (unit == U_MONTH || unit == U_YEAR) && cls(sc, i) == L_UNIT &&
      (is_key(sc, j, K_SEBELUMNYA) || is_key(sc, j, K_BERIKUTNYA))) {
    long base;
    item it = mk(a, j + 1, KIMPUT_DATE_DATE, 1, NULL);
    if (!named_base(sc, unit, &base)) snprintf(it.value, sizeof it.value, unit == U_MONTH ? "XXXX-XX" : "XXXX");
    else {
      base += is_key(sc, j, K_SEBELUMNYA) ? -1 : 1;
      if (unit == U_MONTH) put_date(it.value, (int)(base / 12), (int)(base % 12) + 1, 0);
      else put_year(it.value, (int)base);
    }
    /* the count names no month or year of its own: the same comparison told again ("naik dari
       bulan sebelumnya. ... lebih besar dari bulan sebelumnya") counts from the same one */
    long nm = sc->named_month;
    int ny = sc->named_year, hm = sc->has_named_month, hy = sc->has_named_year;
    emit(sc, &it);
    sc->named_month = nm, sc->named_year = ny, sc->has_named_month = hm, sc->has_named_year = hy;
    return it.b;
  }
  if (unit == U_WEEK && cls(sc, i) == L_WEEKDAY && upper(sc, i) && !(is_key(sc, j, K_LALU) ||
      is_key(sc, j, K_INI) || is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG) || is_key(sc, j, K_KEMARIN)))
    return 0;
  long n;
  if (is_key(sc, j, K_LALU) || is_key(sc, j, K_KEMARIN)) n = -1;
  else if (is_key(sc, j, K_INI)) n = 0;
  else if ((is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG)) && unit != U_DAY) n = 1;
  else if (mod && (unit == U_MONTH || unit == U_YEAR || unit == U_WEEK)) {
    /* "akhir tahun", "awal bulan", "awal pekan": the current one ("akhir pekan" is the weekend, above) */
    item it = mk(a, j, KIMPUT_DATE_DATE, 0, mod);
    put_rel(sc, &it, unit, unit == U_YEAR ? edge_year_shift(sc, a, mod) : 0);
    emit(sc, &it);
    return it.b;
  } else return 0;
  if (unit == U_DAY && n != 0) return 0;  /* "hari lalu" is not a phrase */
  item it = mk(a, j + 1, KIMPUT_DATE_DATE, 0, mod);
  put_rel(sc, &it, unit, n);
  if (unit == U_DAY) {
    sc->gloss_req = mod ? 0 : gloss_weekday(sc, j + 1);  /* "hari ini, Kamis (13/5)" */
    return finish_day(sc, &it);
  }
  emit(sc, &it);
  return it.b;
}

static size_t period_phrase(scanner *sc, size_t a, size_t i, const char *mod);

/* awal / akhir / pertengahan + month, year, decade, quarter, "bulan ini", "pekan". */
/* Does token k name a month of the Islamic calendar ("Ramadan", "Syawal", "Zulhijah") or the
 * fasting month ("puasa")? "awal bulan Ramadan" is then no part of R's month. */
static int lunar_month(const scanner *sc, size_t k) {
  static const char *const lunar[] = {
    "muharam", "muharram", "safar", "rabiul", "jumadil", "rajab", "syaban", "sya'ban", "ramadan", "ramadhan",
    "syawal", "syawwal", "zulkaidah", "dzulqaidah", "zulhijah", "zulhijjah", "dzulhijjah", "puasa",
    "syakban", "sya\xE2\x80\x99" "ban", "syaaban", "rabiulawal", "rabiulakhir", "jumadilawal", "jumadilakhir",
    "dzulhijah", "zulqaidah",
    /* the Javanese calendar's months, unambiguous ones ("tanggal 1 Suro") */
    "suro", "sura", "sapar", "mulud", "jumadilakir", "rejeb", "ruwah",
  };
  return word_in(sc, k, lunar, sizeof lunar / sizeof *lunar);
}

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
    long shift = week_past(sc, j + 1) ? -1 : (is_key(sc, j + 1, K_DEPAN) || is_key(sc, j + 1, K_MENDATANG)) ? 1 : 0;
    item it = mk(i, (shift || is_key(sc, j + 1, K_INI)) ? j + 2 : j + 1, KIMPUT_DATE_DATE, 1, NULL);
    int dy, dm, dd;
    if (!shift && !is_key(sc, j + 1, K_INI) && sc->has_day && sc->day_sent == sc->sent && sc->day_line == sc->line &&
        !sc->day_stated && sscanf(sc->day, "%4d-%2d-%2d", &dy, &dm, &dd) == 3 && valid_date(dy, dm, dd)) {
      /* "Minggu, 2 Juni 2024: libur akhir pekan": the weekend of the day its sentence told */
      put_week(it.value, days_from_civil(dy, dm, dd));
      size_t l = strlen(it.value);
      snprintf(it.value + l, sizeof it.value - l, "-WE");
    } else if (sc->has_ref) {
      put_week(it.value, sc->rz + 7 * shift);
      size_t l = strlen(it.value);
      snprintf(it.value + l, sizeof it.value - l, "-WE");
    } else {
      snprintf(it.value, sizeof it.value, "XXXX-WXX-WE");
    }
    emit(sc, &it);
    return it.b;
  }
  if (cls(sc, j) == L_PERIOD) return period_phrase(sc, i, j, mod);  /* akhir kuartal III 2023 */
  /* "awal tahun ajaran (baru)": the school year starts in July, not with the calendar year */
  if (unit_of(sc, j) == U_YEAR && (word_is(sc, j + 1, "ajaran") || word_is(sc, j + 1, "pelajaran") ||
                                   word_is(sc, j + 1, "akademik")))
    return 0;
  if (unit_of(sc, j) == U_MONTH && cls(sc, j) == L_UNIT && lunar_month(sc, j + 1))
    return 0;  /* "awal bulan Ramadan": that month of the Islamic calendar, not R's */
  if (unit_of(sc, j)) return unit_phrase(sc, i, j, mod);
  return 0;
}

/* kemarin, kemarin lusa, besok, esok, lusa, + a time or part of the day. */
static size_t relative_day(scanner *sc, size_t i) {
  int k = val(sc, i);
  long n;
  size_t e = i + 1;
  if (k == K_ESOK && (word_is(sc, i, "keesokan") || word_is(sc, e, "harinya") || word_is(sc, i, "besoknya") ||
                      word_is(sc, i, "esoknya"))) {
    /* "keesokan harinya", "esok harinya", "besoknya": the day after the one the text reported last */
    if (word_is(sc, e, "harinya") || unit_of(sc, e) == U_DAY) e++;
    item it = mk(i, e, KIMPUT_DATE_DATE, 0, NULL);
    put_story_count(sc, &it, 1);
    return finish_counted(sc, &it);
  }
  if (k == K_KEMARIN) {
    n = -1;
    if (is_key(sc, e, K_LUSA)) { n = -2; e++; }
  } else if (k == K_BESOK) n = 1;
  else if (k == K_LUSA) n = 2;
  else if (k == K_ESOK) {
    /* esok, esok hari, esok lusa; not "hari esok" (the future); "esok harinya" is above */
    n = 1;
    if ((i > sc->lo && unit_of(sc, i - 1) == U_DAY) || word_is(sc, e, "harinya")) return 0;
    if (unit_of(sc, e) == U_DAY) e++;
    if (is_key(sc, e, K_LUSA)) { n = 2; e++; }
  } else return 0;
  item it = mk(i, e, KIMPUT_DATE_DATE, 1, NULL);
  put_rel_day(sc, &it, n);
  sc->gloss_req = gloss_weekday(sc, e);
  return finish_day(sc, &it);
}

/* Is "semalam" at i last night, not one night counted ("menginap semalam",
 * "sehari semalam", "dalam semalam", "semalam suntuk")? */
static int semalam_is_last_night(const scanner *sc, size_t i) {
  if (word_is(sc, i + 1, "suntuk") || word_is(sc, i + 1, "penuh")) return 0;
  if (i == sc->lo) return 1;
  size_t p = i - 1;
  int pc = cls(sc, p);
  return !(pc == L_SE_UNIT || pc == L_NUM || unit_of(sc, p) == U_DAY || kind(sc, p) == KIMPUT_TOK_NUMBER ||
           is_key(sc, p, K_DALAM) || word_is(sc, p, "selama") || word_is(sc, p, "menginap") ||
           word_is(sc, p, "bermalam") || word_is(sc, p, "hanya") || word_is(sc, p, "cuma"));
}

/* "malam Minggu", "malam Jumat lalu": the night before the weekday named
 * (Saturday night, Thursday night), a time item of the eve's day: the
 * latest such eve on or before R, before or after it with lalu / depan.
 * A weekday with its date ("malam Minggu (9/6)") is left to the weekday.
 * Its end, 0 when none. */
static size_t weekday_eve(scanner *sc, size_t i) {
  size_t w = i + 1, e = i + 2;
  if (!word_is(sc, i, "malam") || cls(sc, w) != L_WEEKDAY || !upper(sc, w)) return 0;
  if (is_mark(sc, e, '(') || (is_mark(sc, e, ',') && kind(sc, e + 1) != KIMPUT_TOK_WORD)) return 0;
  int wd = val(sc, w) == 1 ? 7 : val(sc, w) - 1;  /* the eve's own weekday */
  int mode = 0;  /* 0: on or before R, -1: strictly before, 1: strictly after, 2: in R's week */
  if (is_key(sc, e, K_LALU) || is_key(sc, e, K_KEMARIN)) { mode = -1; e++; }
  else if (is_key(sc, e, K_DEPAN) || is_key(sc, e, K_MENDATANG) || is_key(sc, e, K_BESOK)) { mode = 1; e++; }
  else if (is_key(sc, e, K_INI)) { mode = 2; e++; }
  /* "malam Rabu atau hari Selasa, 18 Juli 2023": glossed by the eve's own weekday with its date */
  size_t g = e + 1 + word_is(sc, e + 1, "hari");
  ymd r;
  int glossed = !mode && word_is(sc, e, "atau") && cls(sc, g) == L_WEEKDAY && val(sc, g) == wd &&
                date_core(sc, g + 1 + is_mark(sc, g + 1, ','), 1, &r) && r.y && r.m && r.d &&
                valid_date(r.y, r.m, r.d) && weekday_of(days_from_civil(r.y, r.m, r.d)) == wd;
  item it = mk(i, e, KIMPUT_DATE_TIME, !glossed, NULL);
  char date[KIMPUT_DATE_VALUE_MAX];
  if (glossed) {
    put_days(date, days_from_civil(r.y, r.m, r.d));
  } else if (!sc->has_ref) {
    snprintf(date, sizeof date, "XXXX-WXX-%d", wd);
  } else {
    int rwd = weekday_of(sc->rz);
    long z;
    if (mode == 2) z = sc->rz - rwd + wd;
    else if (mode == 1) z = sc->rz + ((wd - rwd + 6) % 7) + 1;
    else if (mode == -1) z = sc->rz - ((rwd - wd + 6) % 7) - 1;
    else z = sc->rz - ((rwd - wd + 7) % 7);
    put_days(date, z);
  }
  snprintf(it.value, sizeof it.value, "%.10sTNI", date);
  clocktime c;
  size_t te = time_after_date(sc, e, &c);  /* "malam Minggu sekitar pukul 22.00 WIB": one item */
  if (te) {
    put_time(&it, date, &c);
    it.b = e = te;
  }
  emit(sc, &it);
  return e;
}

/* Does token i end with the suffix -nya ("malamnya")? */
static int suffixed_nya(const scanner *sc, size_t i) {
  size_t n = tlen(sc, i);
  return n > 3 && same_word(sc->s + sc->t[i].end - 3, "nya", 3);
}

/* Does token i open its sentence, "Pada" aside ("Pada pagi hari, ...")? */
static int opens_sentence(const scanner *sc, size_t i) {
  if (i > sc->lo && word_is(sc, i - 1, "pada")) i--;
  return i == sc->lo || is_mark(sc, i - 1, '.') || is_mark(sc, i - 1, '!') || is_mark(sc, i - 1, '?');
}

/* pagi ini, malam nanti, tadi malam, semalam, siang tadi, dini hari. */
static size_t part_of_day(scanner *sc, size_t i) {
  size_t e;
  long n = 0;
  int pod;
  if (is_key(sc, i, K_SEMALAM)) {
    if (!semalam_is_last_night(sc, i)) return 0;
    pod = POD_NI;
    n = -1;
    e = i + 1;
  } else if (is_key(sc, i, K_TADI) || is_key(sc, i, K_NANTI)) {
    /* "tadi malam" is last night; "nanti malam", "nanti sore" today's, still ahead */
    pod = pod_at(sc, i + 1, &e);
    if (!pod || (is_key(sc, i, K_NANTI) && i > sc->lo && !token_free(sc, i - 1))) return 0;  /* "12 Mei nanti" */
    if (pod == POD_NI && is_key(sc, i, K_TADI)) n = -1;
    if (pod == POD_DINI && is_key(sc, i, K_NANTI)) n = 1;  /* "nanti dini hari": after tonight */
  } else {
    pod = pod_at(sc, i, &e);
    if (!pod) return 0;
    int told = word_is(sc, e, "harinya") || word_is(sc, e, "itu");
    /* "pada malam harinya", "sore itu", "Siangnya,", a sentence's opener "Pada pagi hari,":
       that part of the day the story reported last (with none told, an opener "Dini hari," is R's) */
    if (told || (story_day(sc) && (suffixed_nya(sc, i) || (is_mark(sc, e, ',') && opens_sentence(sc, i))))) {
      if (!story_day(sc)) return 0;
      e += told;
      item it = mk(i, e, KIMPUT_DATE_TIME, 0, NULL);
      put_story_day(sc, &it, 0);
      char date[11];
      memcpy(date, it.value, sizeof date);
      snprintf(it.value, sizeof it.value, "%.10sT%s", date, pod_code[pod]);
      emit(sc, &it);
      return e;
    }
    if (is_key(sc, e, K_INI) || is_key(sc, e, K_NANTI) || is_key(sc, e, K_TADI)) {
      if (pod == POD_NI && is_key(sc, e, K_TADI)) n = -1;  /* "malam tadi", as "tadi malam": last night */
      if (pod == POD_DINI && is_key(sc, e, K_NANTI)) n = 1;  /* "dini hari nanti": the small hours after tonight */
      e++;
    } else if ((is_key(sc, e, K_KEMARIN) || is_key(sc, e, K_BESOK)) && !is_key(sc, e + 1, K_LUSA)) {
      n = is_key(sc, e, K_KEMARIN) ? -1 : 1;  /* "sore kemarin", "pagi besok": that day's part */
      e++;
    }
    else if (!is_key(sc, i, K_DINI) && !is_key(sc, i, K_TENGAHW)) return 0;  /* dini hari, tengah malam */
    else if (sc->has_day && sc->day_sent == sc->sent && sc->day[0] != 'X') {
      /* "Banjir datang Minggu (9/6), tepatnya dini hari": the day its sentence reported, as a clock time's */
      item it = mk(i, e, KIMPUT_DATE_TIME, sc->day_anchored, NULL);
      snprintf(it.value, sizeof it.value, "%.10sT%s", sc->day, pod_code[pod]);
      emit(sc, &it);
      return e;
    }
  }
  item it = mk(i, e, KIMPUT_DATE_TIME, 1, NULL);
  char date[KIMPUT_DATE_VALUE_MAX];
  item tmp = it;
  put_rel_day(sc, &tmp, n);
  memcpy(date, tmp.value, sizeof date);
  snprintf(it.value, sizeof it.value, "%.20sT%s", date, pod_code[pod]);
  /* "pagi tadi sekitar pukul 06.00 WIB", "malam ini pukul 8": one item, the clock on that
     day (as "kemarin sore pukul 16.00"); the small hours after a night are another day's */
  clocktime c;
  size_t te = time_after_date(sc, e, &c);
  if (te && !(pod == POD_NI && c.hh < 6)) {
    if (!c.pod && (pod == POD_AF || pod == POD_EV || pod == POD_NI) && c.hh >= 1 && c.hh < 12) c.hh += 12;
    put_time(&it, date, &c);
    it.b = e = te;
  }
  size_t pe = te ? 0 : pod_with_date(sc, i, e, pod);  /* "pagi kemarin (26/2)" */
  if (pe) return pe;
  emit(sc, &it);
  return e;
}

/* Remembers the item just pushed as a clock time that a date later in its
 * sentence may give its day to. */
static void add_floating(scanner *sc, uint32_t sent, int next_day, int told) {
  if (sc->failed) return;
  size_t k = 0;
  for (size_t j = 0; j < sc->nfl; j++) if (sc->fl[j].sent == sent) sc->fl[k++] = sc->fl[j];
  sc->nfl = k;
  if (k < MAX_FLOATING) sc->fl[sc->nfl++] = (floating){sc->n - 1, sent, next_day, told};
}

/* A unit with the suffix -nya, "tahunnya", "harinya" (setiap tahunnya: every
 * year), as its unit; 0 for any other token. */
static int unit_nya(const scanner *sc, size_t i) {
  if (kind(sc, i) != KIMPUT_TOK_WORD) return 0;
  size_t n = tlen(sc, i);
  const unsigned char *w = sc->s + sc->t[i].start;
  if (n < 6 || lower(w[n - 3]) != 'n' || lower(w[n - 2]) != 'y' || lower(w[n - 1]) != 'a') return 0;
  const slot *x = find_word(w, n - 3, 0);
  return x && x->cls == L_UNIT ? x->val : 0;
}

/* "setiap hari", "tiap harinya" at j, or after another clock time or range
 * joined by "dan" ("pukul 10.00-12.00 dan 17.00-19.00 WIB setiap hari"):
 * the clock times before it are every day's. */
static int every_day_after(const scanner *sc, size_t j) {
  clocktime c;
  int dotted;
  if (word_is(sc, j, "dan")) {
    size_t k = is_key(sc, j + 1, K_PUKUL) ? j + 2 : j + 1;
    if (!time_token(sc, k, &c, &dotted)) return 0;
    j = clock_suffix(sc, k + 1, &c);
    if (is_dash(sc, j) || word_is(sc, j, "hingga") || word_is(sc, j, "sampai")) {
      if (!time_token(sc, j + 1, &c, &dotted)) return 0;
      j = clock_suffix(sc, j + 2, &c);
    }
  }
  return is_key(sc, j, K_SETIAP) && ((unit_of(sc, j + 1) == U_DAY && cls(sc, j + 1) == L_UNIT) ||
                                      unit_nya(sc, j + 1) == U_DAY);
}

/* The first time of a range whose second, at i, has words of its own
 * ("pukul 23.00 WIB hingga pukul 02.00 WIB"): the item just found, when it
 * is a clock time on a day and ends before the range's word; else NULL. */
static const kimput_date *range_first(const scanner *sc, size_t i) {
  if (i < sc->lo + 2 || sc->n == 0) return NULL;
  size_t k = i - 1;
  if (word_is(sc, k, "dengan") && k > sc->lo + 1 && word_is(sc, k - 1, "sampai")) k--;
  if (!(is_dash(sc, k) || word_is(sc, k, "hingga") || word_is(sc, k, "sampai"))) return NULL;
  const kimput_date *last = &sc->out[sc->n - 1];
  if (last->kind != KIMPUT_DATE_TIME || last->end != sc->t[k - 1].end || !names_day(last->value) ||
      last->value[10] != 'T' || last->value[11] < '0' || last->value[11] > '9')
    return NULL;
  return last;
}

/* A day counted from R written right after a clock time at j: "hari ini", "kemarin",
 * "kemarin lusa", "besok", "esok (hari)", "lusa"; after a part of the day ("pukul 07.00 pagi
 * ini", "pukul 13.00 siang nanti") also "ini" and "nanti" alone. Its end and *n its count of
 * days, 0 when none ("esok harinya" is the story's next day, not R's). */
static size_t day_after_clock(const scanner *sc, size_t j, int after_pod, long *n) {
  if (unit_of(sc, j) == U_DAY && cls(sc, j) == L_UNIT && is_key(sc, j + 1, K_INI)) { *n = 0; return j + 2; }
  if (after_pod && (is_key(sc, j, K_INI) || is_key(sc, j, K_NANTI))) { *n = 0; return j + 1; }
  if (is_key(sc, j, K_KEMARIN)) {
    *n = is_key(sc, j + 1, K_LUSA) ? -2 : -1;
    return j + 1 + (*n == -2);
  }
  if (is_key(sc, j, K_BESOK) || is_key(sc, j, K_LUSA)) {
    if (is_key(sc, j + 1, K_LUSA)) return 0;  /* "besok lusa": a vague "some day soon" */
    *n = is_key(sc, j, K_LUSA) ? 2 : 1;
    return j + 1;
  }
  if (is_key(sc, j, K_ESOK) && word_is(sc, j, "esok") && !word_is(sc, j + 1, "harinya")) {
    size_t e = j + 1 + (unit_of(sc, j + 1) == U_DAY && cls(sc, j + 1) == L_UNIT);
    *n = 1;
    return e;
  }
  return 0;
}

/* Do the n bytes at p hold the lower-case word w, in any case? */
static int bytes_hold(const unsigned char *p, size_t n, const char *w) {
  size_t wl = strlen(w);
  for (size_t b = 0; b + wl <= n; b++) {
    size_t k = 0;
    while (k < wl && lower(p[b + k]) == (unsigned char)w[k]) k++;
    if (k == wl) return 1;
  }
  return 0;
}

/* Does the clock time c at i end a stretch ("hingga pukul 02.00", "sampai sekitar pukul 09.05")
 * that passes midnight after the day d it takes as told: earlier than the time told that day,
 * in the morning after a night told ("kemarin malam ... hingga pukul 09.05"), or in the small
 * hours after a day told without a time? (Not after a statement's day: "…," kata X, Minggu (13/5).
 * Sampai pukul 02.00, …" is that morning.) Looks back over at most six items. */
static int ends_past_midnight(const scanner *sc, size_t i, const char *d, const clocktime *c) {
  size_t k = i;
  if (k > sc->lo && word_is(sc, k - 1, "sekitar")) k--;
  if (k == sc->lo || !(word_is(sc, k - 1, "hingga") || word_is(sc, k - 1, "sampai"))) return 0;
  int mins = c->hh * 60 + c->mm;
  for (size_t n = sc->n; n > 0 && sc->n - n < 6; n--) {
    const kimput_date *o = &sc->out[n - 1];
    if (strncmp(o->value, d, 10) != 0) continue;
    if (o->value[10] != 'T') return mins < 6 * 60;
    if (o->value[11] >= '0' && o->value[11] <= '9') return mins < atoi(o->value + 11) * 60 + atoi(o->value + 14);
    /* a night ("malam", not "dini hari", coded alike), then the morning */
    if (strcmp(o->value + 11, "NI") == 0 || strcmp(o->value + 11, "EV") == 0) {
      return (bytes_hold(sc->s + o->start, o->end - o->start, "malam") ||
              bytes_hold(sc->s + o->start, o->end - o->start, "petang")) && mins < 12 * 60;
    }
    return strcmp(o->value + 11, "MO") != 0 && mins < 6 * 60;  /* an afternoon, then the small hours */
  }
  return 0;
}

/* A part of the day written right before a clock word at i, with no date
 * ("sore jam 4", "Malamnya sekitar pukul 10", "sore hari pukul 4"): the hour
 * is read in it as after the time ("pukul 4 sore"); a night's small hours
 * stay ("malam pukul 02.00"). Returns the item's first token: the part of
 * the day's when it is free, else i. The look-back is at most three tokens. */
static size_t pod_before_clock(const scanner *sc, size_t i, clocktime *c) {
  size_t k = i;
  if (k > sc->lo && (word_is(sc, k - 1, "sekitar") || word_is(sc, k - 1, "pada"))) k--;
  if (k > sc->lo && unit_of(sc, k - 1) == U_DAY && k - 1 > sc->lo && cls(sc, k - 2) == L_POD) k--;  /* sore hari */
  if (k == sc->lo || cls(sc, k - 1) != L_POD || !token_free(sc, k - 1)) return i;
  int p = val(sc, k - 1);
  if (p == POD_DINI || (p == POD_NI && c->hh < 6)) return k - 1;
  pod_hours(c, p);
  return k - 1;
}

/* Does the sentence of the token at i say, before it, that its deed comes next in a
 * sequence ("Gempa kedua terjadi pukul ...", "Kemudian, pukul ...")? The look-back stops at the
 * sentence's start and at twelve tokens. */
static int sequence_before(const scanner *sc, size_t i) {
  static const char *const next[] = {"kemudian", "lalu", "selanjutnya", "setelahnya", "kedua", "ketiga",
                                     "susulan", "berikutnya"};
  for (size_t k = i; k > sc->lo && k + 12 > i; k--) {
    if (is_mark(sc, k - 1, '.') || is_mark(sc, k - 1, '!') || is_mark(sc, k - 1, '?')) return 0;
    if (word_in(sc, k - 1, next, sizeof next / sizeof *next)) return 1;
  }
  return 0;
}

/* Does a clock time at i (mn minutes), with no day of its own, go on from the chronology
 * told a few sentences before (chain_min)? It does when it is later than that chain's
 * latest time, with at most one line (of one or two sentences) between, or two lines of one
 * sentence each when its sentence tells the next deed of a sequence ("Gempa pertama terjadi
 * pukul 23.04" / "..." / "..." / "Gempa kedua terjadi pukul 23.47"), no day told since (a
 * schedule or a chronology: "Pukul 07.00 WIB ..." / "..." / "Lalu pukul 08.15 WIB ...");
 * not a status given "hingga", "sampai" or "per" a time, most often R's. */
static int chain_goes_on(const scanner *sc, size_t i, uint32_t sent, uint32_t line, int mn) {
  /* (the sentence count also steps at each line's start: a line between, of two sentences, is 5;
     two lines of one sentence each, 6) */
  if (!sc->has_chain || mn <= sc->chain_min || sent - sc->chain_sent > 6 || line - sc->chain_line > 3) return 0;
  if ((sent - sc->chain_sent > 5 || line - sc->chain_line > 2) && !sequence_before(sc, i)) return 0;
  size_t k = i;
  if (k > sc->lo && (word_is(sc, k - 1, "sekitar") || word_is(sc, k - 1, "sekira"))) k--;
  return !(k > sc->lo && (word_is(sc, k - 1, "hingga") || word_is(sc, k - 1, "sampai") || word_is(sc, k - 1, "per")));
}

/* Does the clock time c at i say again, in another zone, the time just told ("pukul 22.30 waktu
 * setempat atau pukul 02.30 WIB", "pukul 23.10 WIB atau 01.10 WIT")? Its day is that one's, or
 * the one after or before when the zones' difference carries the clock past midnight: with
 * one zone written, the other any of UTC-12..UTC+14 (a gloss in WIB is 7 hours behind to 19
 * ahead of the time told). That day in date, 1; else 0. The look-back is at most six tokens. */
static int glossed_day(const scanner *sc, size_t i, const clocktime *c, char date[11]) {
  size_t k = i;
  if (k > sc->lo && (word_is(sc, k - 1, "sekitar") || word_is(sc, k - 1, "sekira"))) k--;
  if (k <= sc->lo + 1 || !word_is(sc, k - 1, "atau") || sc->n == 0) return 0;
  const kimput_date *last = &sc->out[sc->n - 1];
  if (last->kind != KIMPUT_DATE_TIME || !names_day(last->value) || last->value[10] != 'T' ||
      last->value[11] < '0' || last->value[11] > '9' || last->end > sc->t[k - 1].start || (!c->zone && !last->zone[0]))
    return 0;
  for (size_t f = 0; f < sc->nfl; f++)
    if (sc->fl[f].item == sc->n - 1) return 0;  /* (its day still waits for its sentence's date) */
  size_t q = k - 1;
  for (; q > sc->lo && k - q < 7 && sc->t[q - 1].start >= last->end; q--)
    if (is_mark(sc, q - 1, '.') || is_mark(sc, q - 1, ',') || is_mark(sc, q - 1, ';')) return 0;
  if (q > sc->lo && sc->t[q - 1].start >= last->end) return 0;
  int y, m, d;
  if (sscanf(last->value, "%4d-%2d-%2d", &y, &m, &d) != 3 || !valid_date(y, m, d)) return 0;
  /* the gloss's hours ahead of the time told: at least lo, at most hi */
  int lo, hi;
  if (c->zone && last->zone[0]) lo = hi = atoi(c->zone) - atoi(last->zone);
  else if (c->zone) lo = atoi(c->zone) - 14, hi = atoi(c->zone) + 12;
  else lo = -12 - atoi(last->zone), hi = 14 - atoi(last->zone);
  int delta = c->hh * 60 + c->mm - (atoi(last->value + 11) * 60 + atoi(last->value + 14));
  put_days(date, days_from_civil(y, m, d) + (delta < lo * 60 - 60 ? 1 : delta > hi * 60 + 60 ? -1 : 0));
  return 1;
}

/* Does the clock time c say again a clock time the text told a few items before, with no
 * day told since ("gempa terjadi pukul 23.47 WIB" ... "USGS menyebut gempa terjadi pukul 23.47
 * WIB")? Its day is that one's (in date, 1); else 0. Zones, when both are written, agree. The
 * look-back is at most eight items and stops at a day told without a clock time. */
static int restated_clock(const scanner *sc, const clocktime *c, char date[11], int *anchored) {
  for (size_t k = sc->n, seen = 0; k > 0 && seen < 8; k--, seen++) {
    const kimput_date *d = &sc->out[k - 1];
    const char *v = d->value;
    if (!names_day(v)) continue;
    if (v[10] != 'T' || v[11] < '0' || v[11] > '9') return 0;  /* a day told: the story moved on */
    if (memchr(v, 'X', 10) || atoi(v + 11) != c->hh || atoi(v + 14) != c->mm) continue;
    if (c->zone && d->zone[0] && strcmp(c->zone, d->zone) != 0) continue;
    memcpy(date, v, 10);
    date[10] = '\0';
    *anchored = d->anchored;
    return 1;
  }
  return 0;
}

/* A clock time without a date: "pukul 10.00 WITA", "09:15 WIB", "10.00-12.00 WIB". */
static size_t clock_time(scanner *sc, size_t i) {
  clocktime c1, c2;
  size_t e = schedule_before(sc, i);
  if (e) return e;
  e = clock_after_word(sc, i, &c1);
  int dotted = 0, worded = e != 0;
  if (!e) {
    memset(&c1, 0, sizeof c1);
    if (!time_token(sc, i, &c1, &dotted)) return 0;
    e = i + 1;
  }
  /* a range: 10.00-12.00, 10.00 hingga 12.00 */
  size_t r = 0, rb = 0;
  if (is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai") || is_mark(sc, e, '/') ||
      (word_is(sc, e, "dan") && (worded || (i > sc->lo && word_is(sc, i - 1, "antara"))))) {
    /* "antara pukul 23.40 dan 23.50", "pukul 06.45 dan 07.02": the second is a time too */
    int d2;
    memset(&c2, 0, sizeof c2);
    size_t k = e + 1;
    if (is_key(sc, k, K_PUKUL)) k++;
    if (time_token(sc, k, &c2, &d2)) { r = k; rb = clock_suffix(sc, k + 1, &c2); }
  }
  size_t end1 = r ? e : clock_suffix(sc, e, &c1);
  if (r) { c1.zone = c2.zone; if (c2.pod && c1.hh < 12 && c2.hh >= 12) c1.hh += 12; }
  size_t a = r || c1.pod || !worded ? i : pod_before_clock(sc, i, &c1);
  /* a range that passes midnight ends on the next day: 22.00-02.00 */
  if (r && !c2.next_day && c2.hh * 60 + c2.mm < c1.hh * 60 + c1.mm) c2.next_day = 1;
  int has_zone = c1.zone != NULL;
  /* a bare 10.30 could be a number; a bare 09:15 is a time */
  if (!worded && !has_zone && !r && (dotted || kind(sc, i) != KIMPUT_TOK_TIME || tlen(sc, i) < 5)) {
    if (!c1.pod) return 0;
  }
  if (!worded && !has_zone && r && dotted && !c2.pod) return 0;
  /* the day: of the sentence, the one before or the paragraph before, else R's;
     none before "setiap hari" (every day's: a set) */
  char date[KIMPUT_DATE_VALUE_MAX];
  int anchored = 1, own = 0, told = 0;
  uint32_t sent = sc->sent, line = sc->line;
  if (every_day_after(sc, r ? rb : end1)) {
    item it = mk(a, end1, KIMPUT_DATE_SET, 0, NULL);
    put_time(&it, "XXXX-XX-XX", &c1);
    it.kind = KIMPUT_DATE_SET;
    emit(sc, &it);
    if (!r) return end1;
    it = mk(r, rb, KIMPUT_DATE_SET, 0, NULL);
    put_time(&it, "XXXX-XX-XX", &c2);
    it.kind = KIMPUT_DATE_SET;
    emit(sc, &it);
    return rb;
  }
  /* "Senin-Kamis pukul 07.30-14.00 WIB, dengan waktu istirahat pukul 12.00 hingga 12.30 WIB": in
     the line of a schedule, with only its sets before it there, a clock time is the schedule's */
  if (sc->has_sched && sc->sched_line == line && sc->n > 0 && sc->out[sc->n - 1].kind == KIMPUT_DATE_SET) {
    item it = mk(a, a + 1, KIMPUT_DATE_SET, 0, NULL);
    size_t se = set_clock(sc, &it, a, "XXXX-XX-XX", 0);
    if (se) return se;
  }
  const kimput_date *first = r ? NULL : range_first(sc, i);
  if (first) {
    /* a range's second time is on its first's day, the next one when it is earlier (passing
       midnight); when the first waits for its sentence's date, so does the second */
    int fnext = -1, ftold = 0;
    if (!c1.next_day) c1.next_day = c1.hh * 60 + c1.mm < atoi(first->value + 11) * 60 + atoi(first->value + 14);
    for (size_t k = 0; k < sc->nfl; k++)
      if (sc->fl[k].item == sc->n - 1) { fnext = sc->fl[k].next_day; ftold = sc->fl[k].told; }
    memcpy(date, first->value, 10);
    date[10] = '\0';
    item it = mk(a, end1, KIMPUT_DATE_TIME, first->anchored, NULL);
    put_time(&it, date, &c1);
    push(sc, &it);
    if (fnext >= 0) add_floating(sc, sent, fnext + c1.next_day, ftold);
    return end1;
  }
  if (!r && glossed_day(sc, i, &c1, date)) {  /* "pukul 22.30 waktu setempat atau 02.30 WIB": the next day */
    item it = mk(a, end1, KIMPUT_DATE_TIME, sc->out[sc->n - 1].anchored, NULL);
    put_time(&it, date, &c1);
    push(sc, &it);
    return end1;
  }
  /* "pukul 19.30 WIB kemarin", "pukul 14.00 WIB hari ini", "pukul 10.00 besok", "pukul 21.00
     semalam": a day counted from R written after the time is its day, in its span */
  size_t te = r ? rb : end1;
  long rel = 0;
  int has_rel = 0;
  size_t de = day_after_clock(sc, te, (r ? c2.pod : c1.pod) != 0, &rel);
  int story_next = 0;
  if (!de && is_key(sc, te, K_ESOK) && (word_is(sc, te, "keesokan") || word_is(sc, te + 1, "harinya")) &&
      (word_is(sc, te + 1, "harinya") || unit_of(sc, te + 1) == U_DAY)) {
    de = te + 2;  /* "tiba pukul 05.00 keesokan harinya": the day after the story's */
    story_next = 1;
  }
  if (de) {  /* (R's day, or the story's next one: set below) */
    has_rel = 1;
    if (r) rb = de;
    else end1 = de;
  } else if (!r && te > i + 1 && is_key(sc, te - 1, K_SEMALAM)) {
    rel = c1.hh >= 12 ? -1 : 0;  /* last night: yesterday evening, or today before dawn */
    has_rel = 1;
  } else if (!r && is_key(sc, te, K_TADI)) {
    /* "pukul 08.00 pagi tadi", "pukul 10 tadi malam": earlier today, or last night */
    size_t pe;
    int pod = pod_at(sc, te + 1, &pe);
    if (pod == POD_NI && !c1.pod && c1.hh >= 6 && c1.hh < 12) c1.hh += 12;
    rel = pod == POD_NI && c1.hh >= 12 ? -1 : 0;
    has_rel = 1;
    end1 = pod ? pe : te + 1;
  }
  if (story_next) {
    item tmp = {0};
    put_story_day(sc, &tmp, 1);
    memcpy(date, tmp.value, sizeof date);
    own = 1;
    anchored = tmp.anchored;
  } else if (has_rel && sc->has_ref) {
    item tmp = {0};
    put_rel_day(sc, &tmp, rel);
    memcpy(date, tmp.value, sizeof date);
    own = 1;
  } else if (sc->has_day && (sent - sc->day_sent <= 1 || line - sc->day_line <= 1 ||
                             (sc->has_chain && (sent - sc->chain_sent <= 1 || line - sc->chain_line <= 1)) ||
                             (!c1.next_day && chain_goes_on(sc, i, sent, line, c1.hh * 60 + c1.mm)))) {
    const char *opened = stretch_first(sc, i, c1.hh);
    memcpy(date, opened ? opened : sc->day, sizeof sc->day);
    int y, m, d;
    if (!r && !c1.next_day && !sc->day_stated && ends_past_midnight(sc, i, date, &c1) && sscanf(date, "%4d-%2d-%2d", &y, &m, &d) == 3 &&
        valid_date(y, m, d))
      put_days(date, days_from_civil(y, m, d) + 1);  /* "Kamis (26/11) ... sampai pukul 02.00 dini hari" */
    anchored = sc->day_anchored;
    own = sc->day_sent == sent && !sc->day_stated;  /* a statement's day may yield to a later one */
    told = 1;
    if (!sc->day_stated) {  /* the next clock time may go on from this one */
      sc->has_chain = 1;
      sc->chain_sent = sent;
      sc->chain_line = line;
      sc->chain_min = r && !c2.next_day ? c2.hh * 60 + c2.mm : c1.next_day ? -1 : c1.hh * 60 + c1.mm;
    }
    /* (times listed line after line under a day's heading keep that day: "Jumat, 15 September 2023" /
       "15.00 WIB - A vs B" / "19.00 WIB - C vs D") */
    if (i == sc->lo && line == sc->day_line + 1) {
      sc->day_line = line;
      sc->day_sent = sent;
    }
  } else if (!r && !c1.next_day && restated_clock(sc, &c1, date, &anchored)) {
    told = 1;  /* the same moment told again: its day (not R's) */
  } else {
    item tmp = {0};
    put_rel_day(sc, &tmp, 0);
    memcpy(date, tmp.value, sizeof date);
  }
  item it = mk(a, end1, KIMPUT_DATE_TIME, anchored, NULL);
  put_time(&it, date, &c1);
  push(sc, &it);
  if (!own) add_floating(sc, sent, c1.next_day, told);
  if (!r) return end1;
  item it2 = mk(r, rb, KIMPUT_DATE_TIME, anchored, NULL);
  put_time(&it2, date, &c2);
  push(sc, &it2);
  if (!own) add_floating(sc, sent, c2.next_day, told);
  return rb;
}

/* The days listed from i on: "1", "1 dan 15", "1, 10, dan 20", "1-5",
 * "10 hingga 15" (each later than the one before). Their tokens go to k[],
 * their days to d[]; returns their count (at most 4), 0 when i holds no day. */
static int listed_days(const scanner *sc, size_t i, size_t k[4], int d[4]) {
  if (!day_number(sc, i, &d[0])) return 0;
  k[0] = i;
  int n = 1;
  size_t m = i + 1;
  while (n < 4) {
    size_t next = range_to(sc, m);
    int closes = next != 0;  /* a range, or "dan", ends the list */
    if (!next && is_mark(sc, m, ',')) next = word_is(sc, m + 1, "dan") ? m + 2 : m + 1;
    if (!next && word_is(sc, m, "dan")) next = m + 1;
    if (!next || (closes && n > 1) || !day_number(sc, next, &d[n]) || d[n] <= d[n - 1]) break;
    k[n++] = next;
    m = next + 1;
    if (closes || word_is(sc, next - 1, "dan")) break;
  }
  return n;
}

/* "setiap bulan", "tiap bulannya" at j (a day of the month before it is
 * that day of every month): the end, 0 when none. */
static size_t every_month(const scanner *sc, size_t j) {
  if (!is_key(sc, j, K_SETIAP)) return 0;
  return (unit_of(sc, j + 1) == U_MONTH && cls(sc, j + 1) == L_UNIT) || unit_nya(sc, j + 1) == U_MONTH ? j + 2 : 0;
}

/* The clock time (or range or pair of two) of a set at j: "setiap hari pukul
 * 08.00-16.00 WIB" is every day at 08:00 and at 16:00, each a set on `day`
 * (XXXX-XX-XX, XXXX-WXX-1); pod, the set's part of the day before the time
 * ("setiap Kamis malam pukul 7"), sets its half. Emits the set's item `it`
 * with the first time; returns the end, 0 when no clock time is at j. */
static size_t set_clock_one(scanner *sc, item *it, size_t j, const char *day, int pod, int listed) {
  clocktime c1, c2;
  if (is_key(sc, j, K_SEKITAR) && is_key(sc, j + 1, K_PUKUL)) j++;
  size_t e = clock_after_word(sc, j, &c1), r = 0, rb = 0;
  /* "08.00-16.00 WIB": a range needs no "pukul", nor a time listed after one ("pukul 09.00, 13.00") */
  if (!e && (listed || clock_range_at(sc, j))) {
    int dotted;
    memset(&c1, 0, sizeof c1);
    if (time_token(sc, j, &c1, &dotted)) e = j + 1;
  }
  if (!e) return 0;
  if (is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai") || word_is(sc, e, "dan")) {
    int d2;
    size_t k = is_key(sc, e + 1, K_PUKUL) ? e + 2 : e + 1;
    memset(&c2, 0, sizeof c2);
    if (time_token(sc, k, &c2, &d2)) { r = k; rb = clock_suffix(sc, k + 1, &c2); }
  }
  size_t end1 = r ? e : clock_suffix(sc, e, &c1);
  if (r) { c1.zone = c2.zone; if (c2.pod && c1.hh < 12 && c2.hh >= 12) c1.hh += 12; }
  if ((pod == POD_AF || pod == POD_EV || pod == POD_NI) && !c1.pod && c1.hh >= 1 && c1.hh < 12) c1.hh += 12;
  it->b = end1;
  put_time(it, day, &c1);
  it->kind = KIMPUT_DATE_SET;
  emit(sc, it);
  if (!r) return end1;
  item it2 = mk(r, rb, KIMPUT_DATE_SET, 0, NULL);
  put_time(&it2, day, &c2);
  it2.kind = KIMPUT_DATE_SET;
  emit(sc, &it2);
  return rb;
}

/* set_clock_one, then the ranges listed after it with "dan", "serta" or a
 * comma ("setiap hari pukul 06.00-10.00 WIB dan 16.00-21.00 WIB"): each of
 * the set too (at most four more: a list of hours is short). */
static size_t set_clock(scanner *sc, item *it, size_t j, const char *day, int pod) {
  size_t first = sc->n;
  size_t e = set_clock_one(sc, it, j, day, pod, 0);
  int more = 0;
  for (; e && more < 4 && (word_is(sc, e, "dan") || word_is(sc, e, "serta") || is_mark(sc, e, ',')); more++) {
    size_t h = hours_to(sc, e);  /* "pukul 08.00 Wita dan tutup pukul 15.00 Wita": the closing hour */
    size_t f = h && word_is(sc, e, "dan") ? (is_key(sc, h - 1, K_PUKUL) ? h - 1 : h) : e + 1;
    item next = mk(f, f + 1, KIMPUT_DATE_SET, 0, NULL);
    size_t e2 = set_clock_one(sc, &next, f, day, pod, 1);
    if (!e2) break;
    e = e2;
  }
  /* the zone written once at the list's end is every time's */
  if (more && !sc->failed && sc->n > first && sc->out[sc->n - 1].zone[0])
    for (size_t k = first; k + 1 < sc->n; k++)
      if (!sc->out[k].zone[0]) memcpy(sc->out[k].zone, sc->out[sc->n - 1].zone, sizeof sc->out[k].zone);
  return e;
}

/* setiap tahun, tiap Senin, tiap hari Jumat, setiap 9 Mei, setiap dua pekan,
 * setiap tiga bulan sekali, setiap pukul 07.00 WIB */
static size_t set_phrase(scanner *sc, size_t i) {
  size_t j = i + 1;
  item it = mk(i, j + 1, KIMPUT_DATE_SET, 0, NULL);
  int unit = unit_of(sc, j);
  if (!unit) unit = unit_nya(sc, j);
  ymd r;
  size_t e;
  clocktime c;
  int pod;
  int timed = 0;  /* every day, a weekday, a part of the day: a clock time after it is the set's */
  int wd[2], dd[4], nd;
  uint32_t wcut;
  size_t dk[4];
  if (unit == U_DAY && (cls(sc, j + 1) == L_WEEKDAY || weekday_pair_word(sc, j + 1, wd)))
    unit = 0, j++, it.b++;  /* tiap hari Jumat, setiap hari Senin-Jumat */
  if (is_key(sc, j, K_AKHIR) && unit_of(sc, j + 1) == U_WEEK && cls(sc, j + 1) == L_UNIT) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX-WE");  /* setiap akhir pekan */
    it.b = j + 2;
  } else if ((is_key(sc, j, K_AKHIR) || is_key(sc, j, K_AWAL) || is_key(sc, j, K_TENGAH)) &&
             (unit_of(sc, j + 1) == U_MONTH || unit_of(sc, j + 1) == U_YEAR) && cls(sc, j + 1) == L_UNIT &&
             cls(sc, j + 2) != L_MONTH && kind(sc, j + 2) != KIMPUT_TOK_NUMBER &&
             !(kind(sc, j + 2) == KIMPUT_TOK_WORD && upper(sc, j + 2))) {  /* not "awal bulan Ramadan" */
    put_duration(it.value, unit_of(sc, j + 1), "1");  /* setiap akhir bulan: once a month */
    it.b = j + 2;
  } else if (word_is(sc, j, "malam") && cls(sc, j + 1) == L_WEEKDAY && upper(sc, j + 1)) {
    /* "setiap malam Jumat": the night before the weekday named (weekday_eve) */
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%dTNI", val(sc, j + 1) == 1 ? 7 : val(sc, j + 1) - 1);
    it.b = j + 2;
    timed = POD_NI;
  } else if ((pod = pod_at(sc, j, &e))) {
    snprintf(it.value, sizeof it.value, "XXXX-XX-XXT%s", pod_code[pod]);  /* setiap malam */
    it.b = e;
    timed = pod;
  } else if (is_key(sc, j, K_TANGGAL) && (nd = listed_days(sc, j + 1, dk, dd)) &&
             cls(sc, dk[nd - 1] + 1) != L_MONTH && cls(sc, dk[nd - 1] + 1) != L_MONTH_ABBR &&
             !lunar_month(sc, dk[nd - 1] + 1)) {  /* (not "setiap tanggal 10 Zulhijah") */
    /* setiap tanggal 17: that day of every month; "setiap tanggal 1 dan 15": each day */
    for (int q = 0; q < nd - 1; q++) {
      put_date(it.value, 0, 0, dd[q]);
      it.b = dk[q] + 1;
      emit(sc, &it);
      it = mk(dk[q + 1], dk[q + 1] + 1, KIMPUT_DATE_SET, 0, NULL);
    }
    put_date(it.value, 0, 0, dd[nd - 1]);
    it.b = (e = every_month(sc, dk[nd - 1] + 1)) ? e : dk[nd - 1] + 1;  /* "... setiap bulannya": one set */
  } else if (cls(sc, j) == L_WEEKDAY && (upper(sc, j) || unit != U_WEEK)) {
    snprintf(it.value, sizeof it.value, "XXXX-WXX-%d", val(sc, j));
    /* "setiap Senin dan Kamis", "setiap Senin hingga Jumat": the second weekday is a set too */
    if ((word_is(sc, j + 1, "dan") || word_is(sc, j + 1, "serta") || word_is(sc, j + 1, "atau") ||
         word_is(sc, j + 1, "hingga") || word_is(sc, j + 1, "sampai")) &&
        cls(sc, j + 2) == L_WEEKDAY && upper(sc, j + 2)) {
      /* a clock time after both is of every day named: a set of its own */
      weekday_sets(sc, i, j, j + 2, 0, (int[2]){val(sc, j), val(sc, j + 2)});
      it = mk(j + 3, j + 4, KIMPUT_DATE_SET, 0, NULL);
      return (e = set_clock(sc, &it, j + 3, "XXXX-XX-XX", 0)) ? e : j + 3;
    } else if ((pod = pod_at(sc, j + 1, &e))) {
      /* "setiap Kamis malam": the weekday's part of the day */
      snprintf(it.value, sizeof it.value, "XXXX-WXX-%dT%s", val(sc, j), pod_code[pod]);
      it.b = e;
      timed = pod;
    } else {
      timed = -1;
    }
  } else if ((wcut = weekday_pair_word(sc, j, wd))) {
    /* "setiap Senin-Jumat": two sets, and a clock time after them a set of its own */
    weekday_sets(sc, i, j, j, wcut, wd);
    it = mk(j + 1, j + 2, KIMPUT_DATE_SET, 0, NULL);
    return (e = set_clock(sc, &it, j + 1, "XXXX-XX-XX", 0)) ? e : j + 1;
  } else if ((e = clock_after_word(sc, j, &c))) {
    it.b = clock_suffix(sc, e, &c);
    put_time(&it, "XXXX-XX-XX", &c);
    it.kind = KIMPUT_DATE_SET;
  } else if (unit) {
    put_duration(it.value, unit, "1");
    if (unit == U_DAY && cls(sc, j) == L_UNIT) {
      timed = -1;  /* setiap hari */
      if (word_is(sc, j + 1, "kerja")) it.b++;  /* setiap hari kerja: each working day, a clock after it too */
    }
  } else if (((e = date_core(sc, j, 0, &r)) && !r.y) ||
             (is_key(sc, j, K_TANGGAL) && (e = date_core(sc, j + 1, 0, &r)) && !r.y)) {
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
  if (is_key(sc, it.b, K_SEKALI)) it.b++;
  else if (timed) {
    char day[11];
    if (it.value[0] == 'P') snprintf(day, sizeof day, "XXXX-XX-XX");
    else snprintf(day, sizeof day, "%.10s", it.value);
    if ((e = set_clock(sc, &it, it.b, day, timed > 0 ? timed : 0))) return e;
  }
  emit(sc, &it);
  return it.b;
}

/* Does token k name a measure of change, whose "tahunan" or "bulanan" is the
 * basis it is compared on ("inflasi tahunan": year-on-year), not a recurrence?
 * near: right before the frequency word (kenaikan, penurunan only there:
 * "kenaikan gaji tahunan" is a raise every year). */
static int change_measure(const scanner *sc, size_t k, int near) {
  return word_is(sc, k, "inflasi") || word_is(sc, k, "deflasi") || word_is(sc, k, "pertumbuhan") ||
         word_is(sc, k, "laju") || word_is(sc, k, "kontraksi") ||
         (near && (word_is(sc, k, "kenaikan") || word_is(sc, k, "penurunan")));
}

/* A basis written after the frequency word: "(yoy)", "yoy", "(mtm)", "(qtq)". */
static int basis_mark(const scanner *sc, size_t k) {
  if (is_mark(sc, k, '(')) k++;
  return word_is(sc, k, "yoy") || word_is(sc, k, "y-o-y") || word_is(sc, k, "mtm") || word_is(sc, k, "m-t-m") ||
         word_is(sc, k, "mom") || word_is(sc, k, "qtq") || word_is(sc, k, "q-t-q");
}

/* harian, mingguan, bulanan, tahunan: a set, unless a name (Harian Kompas)
 * or a rate basis: "secara tahunan", "inflasi tahunan", "pertumbuhan ekonomi
 * tahunan", "tahunan (yoy)" compare with a year before and recur nowhere;
 * "buruh harian lepas" is a kind of work. */
static int rate_basis(const scanner *sc, size_t i) {
  if (basis_mark(sc, i + 1)) return 1;
  /* "tenaga harian lepas", "buruh harian", "pekerja harian": a kind of work, paid by the day */
  if (word_is(sc, i + 1, "lepas")) return 1;
  if (i > sc->lo && (word_is(sc, i - 1, "buruh") || word_is(sc, i - 1, "pekerja") || word_is(sc, i - 1, "tenaga") ||
                     word_is(sc, i - 1, "karyawan") || word_is(sc, i - 1, "pegawai")))
    return 1;
  if (i <= sc->lo) return 0;
  if (word_is(sc, i - 1, "secara") || change_measure(sc, i - 1, 1)) return 1;
  return i - 1 > sc->lo && !upper(sc, i - 1) && change_measure(sc, i - 2, 0);
}

/* "seperti dilansir harian China X", "kata X kepada harian Y": after a word that names who relays or
 * is told, or a conjunction or preposition, before a name, the noun is a newspaper (a weekly, a monthly), no set. */
static int press_named(const scanner *sc, size_t i) {
  /* "harian terkemuka di Sukamaju", "harian berbahasa Inggris": words that describe a paper */
  static const char *const paper[] = {"terkemuka", "ternama", "berbahasa", "milik"};
  if (i + 1 < sc->hi && word_in(sc, i + 1, paper, sizeof paper / sizeof *paper)) return 1;
  if (i <= sc->lo || i + 1 >= sc->hi || !upper(sc, i + 1)) return 0;
  /* (also after a conjunction or preposition, where no noun stands for it to qualify: "kerja sama bursa dengan
     harian Kabar Niaga", "... dan harian Kabar Niaga", "dimuat di harian Y") */
  static const char *const relays[] = {"dilansir", "melansir", "dikutip", "mengutip", "lapor", "kepada", "menurut",
                                       "oleh", "dari", "ditulis", "diberitakan", "dilaporkan", "dengan", "dan",
                                       "serta", "atau", "bersama", "di", "ke", "pada", "untuk", "antara"};
  for (size_t k = 0; k < sizeof relays / sizeof *relays; k++)
    if (word_is(sc, i - 1, relays[k])) return 1;
  return 0;
}

/* "pelaksana harian camat", "ketua harian partai", "pengurus harian": after a word of an office,
 * "harian" names a post (its day-to-day holder or board), no set. */
static int post_named(const scanner *sc, size_t i) {
  static const char *const post[] = {"pelaksana", "ketua", "pengurus", "pimpinan"};
  return val(sc, i) == U_DAY && i > sc->lo && word_in(sc, i - 1, post, sizeof post / sizeof *post);
}

static size_t frequency(scanner *sc, size_t i) {
  if (upper(sc, i) || rate_basis(sc, i) || press_named(sc, i) || post_named(sc, i)) return 0;
  item it = mk(i, i + 1, KIMPUT_DATE_SET, 0, NULL);
  /* "lima tahunan", "tiga bulanan": once every so many (the count before it) */
  char cnt[16] = "1";
  int v, nd;
  if (i > sc->lo && token_free(sc, i - 1)) {
    if (cls(sc, i - 1) == L_NUM && val(sc, i - 1) > 1 && val(sc, i - 1) <= 100) {
      put_int(cnt, val(sc, i - 1), 0);
      it.a = i - 1;
    } else if (plain_number(sc, i - 1, &v, &nd) && nd <= 3 && v > 1) {
      put_int(cnt, v, 0);
      it.a = i - 1;
    }
  }
  put_duration(it.value, val(sc, i), cnt);
  emit(sc, &it);
  return it.b;
}

/* bertahun-tahun, berbulan-bulan: a duration of an unknown count. */
static size_t reduplicated(scanner *sc, size_t i) {
  item it = mk(i, i + 1, KIMPUT_DATE_DURATION, 0, NULL);
  put_duration(it.value, val(sc, i), "X");
  emit(sc, &it);
  return it.b;
}

/* Vague references to now, the past, the future: kini, sekarang, saat ini,
 * sejauh ini, masa kini; baru-baru ini, belum lama ini, masa lalu; masa
 * depan, masa mendatang, dalam waktu dekat. */
static size_t vague_ref(scanner *sc, size_t i) {
  static const char present[] = "PRESENT_REF", past[] = "PAST_REF", future[] = "FUTURE_REF";
  const char *v = NULL;
  size_t e = i + 1;
  int c = cls(sc, i), k = val(sc, i);
  if (c == L_YEARFOLLOW) {
    if (k == YF_SAAT && is_key(sc, i + 1, K_INI)) v = present, e = i + 2;
    else if (k == YF_BELUM && word_is(sc, i + 1, "lama") && is_key(sc, i + 2, K_INI)) v = past, e = i + 3;
  } else if (k == K_KINI) {
    v = present;
  } else if (k == K_SEJAUH && is_key(sc, i + 1, K_INI)) {
    v = present, e = i + 2;
  } else if ((k == K_BARUBARU || k == K_AKHIRAKHIR || k == K_BELAKANGAN) && is_key(sc, i + 1, K_INI)) {
    v = past, e = i + 2;  /* baru-baru ini, akhir-akhir ini, belakangan ini (a count before it: quantity) */
  } else if (k == K_MASA && i > sc->lo && (word_is(sc, i - 1, "di") || word_is(sc, i - 1, "pada"))) {
    e = i + 2;  /* "di masa depan" is a time; "membentuk masa depan" a thing */
    if (is_key(sc, i + 1, K_DEPAN) || is_key(sc, i + 1, K_MENDATANG)) v = future;
    else if (is_key(sc, i + 1, K_LALU)) v = past;
    else if (is_key(sc, i + 1, K_KINI)) v = present;
  } else if (k == K_DALAM && is_key(sc, i + 1, K_WAKTU) && word_is(sc, i + 2, "dekat")) {
    v = future, e = i + 3;
  }
  if (!v) return 0;
  item it = mk(i, e, KIMPUT_DATE_DATE, 0, NULL);
  snprintf(it.value, sizeof it.value, "%s", v);
  it.vague = 1;
  emit(sc, &it);
  return e;
}

/* ------------------------------------------------------------ quarters and halves */

/* "(April-Juni)", "(April - Juni)" at j: the months a quarter or half spans,
 * read as part of it. Returns the end, j when none. */
static size_t months_in_parens(const scanner *sc, size_t j) {
  if (!is_mark(sc, j, '(')) return j;
  if (cls(sc, j + 1) == L_MONTH_RANGE && is_mark(sc, j + 2, ')')) return j + 3;
  if (cls(sc, j + 1) == L_MONTH && is_dash(sc, j + 2) && cls(sc, j + 3) == L_MONTH && is_mark(sc, j + 4, ')'))
    return j + 5;
  return j;
}

/* The ordinal of a quarter or half at j: II, 2, kedua, ke-2, and III-2021
 * with its year (*y, else 0). Returns it (0 when none); *e is the end. */
static int period_ordinal(const scanner *sc, size_t j, size_t *e, int *y) {
  *y = 0;
  if (j >= sc->hi) return 0;
  const unsigned char *p = sc->s + sc->t[j].start;
  size_t n = tlen(sc, j);
  long v;
  int o = 0;
  if (cls(sc, j) == L_ORDINAL) {
    o = val(sc, j);
  } else if (kind(sc, j) == KIMPUT_TOK_NUMBER) {
    o = digits_value(p, n, 4, &v) ? (int)v : 0;
  } else if (kind(sc, j) == KIMPUT_TOK_WORD) {
    size_t k = 0;
    while (k < n && p[k] != '-') k++;
    if (k == 2 && k < n && (p[0] | 32) == 'k' && (p[1] | 32) == 'e') {
      o = digits_value(p + 3, n - 3, 4, &v) ? (int)v : 0;  /* ke-2 (a lone "ke" has no number) */
    } else {
      o = roman(p, k);
      if (k < n) {  /* III-2021 */
        if (n - k - 1 != 4 || !digits_value(p + k + 1, 4, 2999, &v) || v < 1000) return 0;
        *y = (int)v;
      }
    }
  }
  if (o < 1 || o > 4) return 0;
  *e = j + 1;
  return o;
}

/* The year written after a quarter or half at j: 2021, /2021, -2021, tahun 2021
 * (*y), tahun ini / lalu / depan / mendatang (*y 0, *shift the years from R's).
 * Returns the end, 0 when none. */
static size_t period_year(const scanner *sc, size_t j, int *y, int *shift) {
  *y = 0;
  *shift = 0;
  if (year_number(sc, j, y)) return j + 1;
  if ((is_mark(sc, j, '/') || is_dash(sc, j)) && year_number(sc, j + 1, y)) return j + 2;
  if (unit_of(sc, j) != U_YEAR) return 0;
  if (year_number(sc, j + 1, y)) return j + 2;
  /* "tahun anggaran 2024": the fiscal year is the calendar year */
  if (word_is(sc, j + 1, "anggaran") && year_number(sc, j + 2, y)) return j + 3;
  if (is_key(sc, j + 1, K_INI)) return j + 2;
  if (!is_key(sc, j + 1, K_LALU) && !is_key(sc, j + 1, K_DEPAN) && !is_key(sc, j + 1, K_MENDATANG)) return 0;
  *shift = is_key(sc, j + 1, K_LALU) ? -1 : 1;
  return j + 2;
}

/* "semester II" with no year at a (its word at i, its ordinal ending at e):
 * a half of R's year when a word of when puts it in time ("pada semester II",
 * "sejak akhir semester I") and no word of school is near: a student's
 * semester ("mahasiswa di semester II", "semester II tahun ajaran 2024/2025")
 * is another's half. Written with a numeral or an ordinal word, not digits. */
static int calendar_half(const scanner *sc, size_t a, size_t i, size_t e) {
  static const char *const school[] = {
    "mahasiswa", "mahasiswi", "siswa", "siswi", "pelajar", "murid", "santri", "kuliah", "perkuliahan",
    "kelas", "sekolah", "kampus", "rapor", "ujian", "sks", "akademik", "prodi", "dosen", "guru",
  };
  if (!word_is(sc, i, "semester") || kind(sc, i + 1) == KIMPUT_TOK_NUMBER || a <= sc->lo)
    return 0;
  /* after a word of when, or of a figure counted by the period ("realisasi semester pertama"), as a
     month after one; the figure's owner may follow it then ("laporan semester I para siswa") */
  int figure = cls(sc, a - 1) != L_PREP;
  if (figure && !month_figure(sc, a - 1)) return 0;
  for (size_t k = e; figure && k < e + 4 && k < sc->hi; k++)
    if (word_in(sc, k, school, sizeof school / sizeof *school)) return 0;
  if (unit_of(sc, e) == U_YEAR && (word_is(sc, e + 1, "ajaran") || word_is(sc, e + 1, "pelajaran") ||
                                   word_is(sc, e + 1, "akademik")))
    return 0;
  size_t stop = a > sc->lo + 8 ? a - 8 : sc->lo;
  for (size_t k = a; k-- > stop;) {  /* the words before, back to the sentence's start */
    if (is_mark(sc, k, '.') || is_mark(sc, k, '!') || is_mark(sc, k, '?')) break;
    if (word_in(sc, k, school, sizeof school / sizeof *school)) return 0;
  }
  return 1;
}

/* kuartal II 2021, triwulan ke-2, kuartal kedua tahun ini, kuartal II (April-Juni)
 * 2021, semester I 2021 (Januari-Juni), paruh pertama 2025, triwulan III-2021, Q1
 * 2024; kuartal lalu, kuartal sebelumnya (the one before the quarter last named).
 * A trimester, half (paruh) or Q1 needs its year: without one it is a
 * pregnancy's, a match's or a product's; a semester too, unless calendar_half. */
static size_t period_phrase(scanner *sc, size_t a, size_t i, const char *mod) {
  int per = val(sc, i), half = per == PER_SEMESTER || per == PER_HN, nper = half ? 2 : 4;
  int *last = half ? &sc->last_half : &sc->last_quarter;
  size_t j = i + 1, e = j;
  int y, o;
  if (per == PER_QN || per == PER_HN) {  /* "Q1 2024": the number in the word; "Q2-2024": the year too */
    const unsigned char *p = sc->s + sc->t[i].start;
    long v;
    o = p[1] - '0';
    y = 0;
    if (tlen(sc, i) == 7) {
      if (!digits_value(p + 3, 4, 2999, &v) || v < 1000) return 0;
      y = (int)v;
    }
    e = j;
  } else {
    o = period_ordinal(sc, j, &e, &y);
  }
  long idx;
  item it = mk(a, 0, KIMPUT_DATE_DATE, 0, mod);
  size_t r2 = 0, e2 = 0;  /* the second of a range told by its ordinal alone */
  int o2 = 0;
  if (o) {
    if (o > nper) return 0;
    j = months_in_parens(sc, e);
    /* "kuartal pertama hingga ketiga (2020)": the range's second, a word or numeral alone (no
       digits: "hingga 3 persen"), is a quarter too; a year after it is both's */
    if ((word_is(sc, j, "hingga") || word_is(sc, j, "sampai") || is_dash(sc, j)) && kind(sc, j + 1) != KIMPUT_TOK_NUMBER &&
        (o2 = period_ordinal(sc, j + 1, &e2, &(int){0})) > o && o2 <= nper && !is_key(sc, e2, K_LALU)) {
      int yy, sh, yo = 0;
      (void)period_ordinal(sc, j + 1, &e2, &yo);
      size_t ye2 = yo ? 0 : period_year(sc, e2, &yy, &sh);
      r2 = j + 1;
      if (!y && yo) y = yo;
      else if (!y && ye2 && (yy || sc->has_ref)) y = yy ? yy : sc->ry + sh, e2 = ye2;
    } else o2 = 0;
    int shift = 0, rel = 0;
    if (!y) {
      size_t ye = period_year(sc, j, &y, &shift);
      rel = ye && !y;
      if (ye) j = ye;
      else if ((per != PER_QUARTER && !calendar_half(sc, a, i, e)) || word_is(sc, i, "tw"))
        return 0;  /* "TW I-2024" only with its year */
      j = months_in_parens(sc, j);
    }
    it.b = j;
    if (y) {
      if (!rel && written_after(sc, j)) it.b = j + 1;  /* "kuartal IV 2023 lalu": the quarter as written */
      idx = (long)y * nper + o - 1;
    } else if (sc->has_ref) {
      it.anchored = 1;
      int yy = sc->ry + shift;
      if (!rel && resolve_month(sc, (o - 1) * (12 / nper) + 1) < sc->ry) yy--;  /* kuartal IV read in January */
      idx = (long)yy * nper + o - 1;
    } else {
      it.anchored = 1;
      snprintf(it.value, sizeof it.value, "XXXX-%c%d", half ? 'H' : 'Q', o);
      emit(sc, &it);
      return it.b;
    }
  } else {
    if (per == PER_TRIMESTER || word_is(sc, i, "tw")) return 0;
    long base = sc->has_ref ? (long)sc->ry * nper + (sc->rm - 1) / (12 / nper) : -1;
    long shift;
    if (is_key(sc, j, K_LALU)) shift = -1;
    else if (is_key(sc, j, K_INI)) shift = 0;
    else if (is_key(sc, j, K_DEPAN) || is_key(sc, j, K_MENDATANG)) shift = 1;
    else if (is_key(sc, j, K_SEBELUMNYA) || is_key(sc, j, K_BERIKUTNYA)) {
      shift = is_key(sc, j, K_SEBELUMNYA) ? -1 : 1;
      if (*last >= 0) base = *last;
    } else {
      return 0;
    }
    it.b = j + 1;
    it.anchored = 1;
    if (base < 0) {
      snprintf(it.value, sizeof it.value, "XXXX-%cX", half ? 'H' : 'Q');
      emit(sc, &it);
      return it.b;
    }
    idx = base + shift;
  }
  put_period(it.value, idx, half);
  if (idx >= 0) *last = (int)idx;
  emit(sc, &it);
  if (!r2 || idx < 0) return it.b;
  item it2 = mk(r2, e2, KIMPUT_DATE_DATE, it.anchored, NULL);
  put_period(it2.value, idx - o + o2, half);
  *last = (int)(idx - o + o2);
  emit(sc, &it2);
  return e2;
}

/* "tanggal 9": the 9th of R's month; "tanggal 1 dan 15": two days of it;
 * "tanggal 10 setiap bulan": a set (XXXX-XX-10). A list of days before a
 * month name is left to the date rules (their end: 0). */
/* Does token k open with a month's name glued to a dash ("April-12" of "3 April-12 Mei 2023")? */
static int month_dash_word(const scanner *sc, size_t k) {
  if (k >= sc->hi || kind(sc, k) != KIMPUT_TOK_WORD) return 0;
  const unsigned char *w = sc->s + sc->t[k].start;
  const unsigned char *dash = memchr(w, '-', tlen(sc, k));
  const slot *m = dash && dash > w ? find_word(w, (size_t)(dash - w), 0) : NULL;
  return m && (m->cls == L_MONTH || m->cls == L_MONTH_ABBR);
}

static int day_list(const scanner *sc, size_t i, size_t *last, size_t *e, ymd *r);

static size_t day_of_month(scanner *sc, size_t i) {
  size_t k[4];
  int d[4], n = listed_days(sc, i + 1, k, d);
  if (!n) return 0;
  /* "tanggal 3, 4, 6, 7, dan 10 Juli 2023": more days listed than are read here, before a
     month: the list's own rule reads them all in that month */
  size_t dl_last, dl_e;
  ymd dl_r;
  if (n == 4 && day_list(sc, i + 1, &dl_last, &dl_e, &dl_r)) return 0;
  size_t last = k[n - 1], e = last + 1, every = every_month(sc, e);
  /* (a month after the days: the date's own rules read it, "tanggal 18 April-22 Mei 2019" too) */
  if (cls(sc, e) == L_MONTH || cls(sc, e) == L_MONTH_ABBR || month_dash_word(sc, e)) return 0;
  /* "tanggal 10 Zulhijah", "tanggal 1 bulan Ramadan": a day of the Islamic calendar, no Gregorian day */
  if (lunar_month(sc, e) || (unit_of(sc, e) == U_MONTH && lunar_month(sc, e + 1))) return e;
  /* "tanggal 17 bulan ini / lalu / depan": that day of the month named */
  long shift = 0, base = (long)sc->ry * 12 + (sc->rm - 1);
  int known = sc->has_ref;  /* the month is known: R's, or the story's */
  if (every) {
    e = every;
  } else if (unit_of(sc, e) == U_MONTH && cls(sc, e) == L_UNIT) {
    if (is_key(sc, e + 1, K_LALU)) shift = -1;
    else if (is_key(sc, e + 1, K_DEPAN) || is_key(sc, e + 1, K_MENDATANG)) shift = 1;
    else if (is_key(sc, e + 1, K_BERIKUTNYA) || is_key(sc, e + 1, K_SEBELUMNYA)) {
      /* "tanggal 15 bulan berikutnya": the month after the story's day; a rule's
         month ("paling lambat tanggal 15 bulan berikutnya") with none: no date */
      if (!near_story_day(sc)) return e + 2;
      base = (long)atoi(sc->sday) * 12 + (atoi(sc->sday + 5) - 1);
      shift = is_key(sc, e + 1, K_SEBELUMNYA) ? -1 : 1;
      known = 1;
    } else if (!is_key(sc, e + 1, K_INI)) shift = 2;
    if (shift != 2) e += 2;
    else shift = 0;
  }
  long mm = base + shift;
  int my = (int)(mm / 12), mmon = (int)(mm % 12) + 1;
  int bare = !every && e == last + 1;  /* no month named after the days */
  for (int q = 0; q < n; q++) {
    item it = mk(k[q], q == n - 1 ? e : k[q] + 1, every ? KIMPUT_DATE_SET : KIMPUT_DATE_DATE, !every, NULL);
    if (bare && d[q] >= 1 && d[q] <= 31 && (sc->told_md >> d[q] & 1) && sc->md_line[d[q]] + 3 >= sc->line)
      put_days(it.value, sc->md_z[d[q]]);  /* "menjadi 3 Februari 2023. ... menjadi tanggal 3": that day */
    else if (!every && known && valid_date(my, mmon, d[q])) put_date(it.value, my, mmon, d[q]);
    else { put_date(it.value, 0, 0, d[q]); it.anchored = 0; }
    if (q < n - 1 || every) emit(sc, &it);
    else return finish_day(sc, &it);
  }
  return e;
}

/* The words between the two ends of a range of days or months at j: a dash,
 * "hingga", "sampai" or "sampai dengan", "s.d." or "s/d" (sampai dengan).
 * Returns the token after them, 0 when there are none. */
static size_t range_to(const scanner *sc, size_t j) {
  if (is_dash(sc, j) || word_is(sc, j, "hingga")) return j + 1;
  if (word_is(sc, j, "sampai")) return word_is(sc, j + 1, "dengan") ? j + 2 : j + 1;
  if (word_is(sc, j, "s.d.") || word_is(sc, j, "s.d")) return j + 1;
  if (word_is(sc, j, "s") && is_mark(sc, j + 1, '/') && word_is(sc, j + 2, "d") &&
      sc->t[j + 1].start == sc->t[j].end && sc->t[j + 2].start == sc->t[j + 1].end)
    return j + 3;
  return 0;
}

/* A range or a list of months, one item each: "Januari-Oktober" (one token),
 * "Januari - Maret 2021", "Januari hingga Maret 2021"; "Maret dan April",
 * "Maret atau April", "Maret, April, dan Mei" (closed by dan, atau or serta).
 * The year or the word of when after the last month ("2021", "lalu") dates
 * them all, each the year before when its month comes later than the next;
 * with neither, the first takes R's year with the six-month rule and each
 * next month follows it, into the next year when it comes earlier (one
 * stretch). A list with neither needs a word of when before it (bare): "Mei
 * dan Juni" alone may be names. a: where the first item starts ("bulan
 * Maret"), mod its modifier. Returns the end, 0 when i starts no range or list. */
#define MAX_MONTHS 12
static size_t month_list(scanner *sc, size_t a, size_t i, int bare, const char *mod) {
  int m[MAX_MONTHS], ys[MAX_MONTHS], n, range = 1, y = 0, rel = 0;
  size_t tok[MAX_MONTHS], e, k = 0;
  uint32_t cut = 0;  /* where the one-token range splits: the dash */
  if (cls(sc, i) == L_MONTH_RANGE) {
    m[0] = val(sc, i) / 16;
    m[1] = val(sc, i) % 16;
    tok[0] = tok[1] = i;
    n = 2;
    const unsigned char *p = sc->s + sc->t[i].start;
    while (p[cut] != '-') cut++;
  } else {
    if (cls(sc, i) != L_MONTH) return 0;
    m[0] = val(sc, i);
    tok[0] = i;
    n = 1;
    size_t second = range_to(sc, i + 1);
    if (second && cls(sc, second) == L_MONTH) {
      m[n] = val(sc, second);
      tok[n++] = second;
    } else {
      range = 0;
      int closed = 0;
      for (size_t j = i + 1; n < MAX_MONTHS && !closed;) {
        size_t c = is_mark(sc, j, ',') ? j + 1 : j;
        closed = word_is(sc, c, "dan") || word_is(sc, c, "atau") || word_is(sc, c, "serta");
        if (closed) c++;
        if (c == j || cls(sc, c) != L_MONTH) return 0;  /* not closed: no list */
        m[n] = val(sc, c);
        tok[n++] = c;
        j = c + 1;
      }
      if (!closed) return 0;
    }
  }
  e = tok[n - 1] + 1;
  if (year_number(sc, e, &y)) e++;
  else if ((k = year_after_tahun(sc, e, &y))) e = k, k = 0;  /* "Januari-Maret tahun 2021" */
  else if ((k = month_relative(sc, e, m[n - 1], NULL, &rel))) e = k;
  if (y && written_after(sc, e)) e++;  /* "Maret dan April 2023 lalu": as written */
  if (!range && !y && !k && !bare) return 0;
  if (y || k) {
    ys[n - 1] = y ? y : rel;
    for (int q = n - 1; q-- > 0;) ys[q] = ys[q + 1] ? ys[q + 1] - (m[q] > m[q + 1]) : 0;
  } else {
    ys[0] = year_at(sc, a, m[0], 0);
    for (int q = 1; q < n; q++) ys[q] = ys[0] ? ys[q - 1] + (m[q] < m[q - 1]) : 0;
  }
  for (int q = 0; q < n; q++) {
    item it = mk(q ? tok[q] : a, q == n - 1 ? e : tok[q] + 1, KIMPUT_DATE_DATE, !y && sc->has_ref, q ? NULL : mod);
    if (cut) {
      it.s0 = q ? sc->t[i].start + cut + 1 : sc->t[a].start;
      it.s1 = q ? sc->t[e - 1].end : sc->t[i].start + cut;
    }
    put_date(it.value, ys[q], m[q], 0);
    emit(sc, &it);
  }
  return e;
}

/* Does "dan" or "atau" at i close a list ("2 dan 3", "10 atau 11")? */
static int list_closer(const scanner *sc, size_t i) {
  return word_is(sc, i, "dan") || word_is(sc, i, "atau");
}

/* "2 dan 3 November", "2, 3, dan 4 November 2022", "14 atau 15 Maret": days
 * from token i listed before the last one's date, in ascending order. Sets *last
 * (the token of the last day), *e (the end of its date) and *r (that date); 0
 * when i starts no list. */
static int day_list(const scanner *sc, size_t i, size_t *last, size_t *e, ymd *r) {
  int d, prev;
  if (!day_number(sc, i, &prev)) return 0;
  size_t m = i + 1;
  *last = 0;
  for (int n = 0; n < 8; n++) {
    if (is_mark(sc, m, ',') && list_closer(sc, m + 1)) m++;  /* "2, 3, dan 4" */
    if (!(is_mark(sc, m, ',') || list_closer(sc, m)) || !day_number(sc, m + 1, &d) || d <= prev) break;
    *last = m + 1;
    prev = d;
    if (list_closer(sc, m)) break;  /* "dan" closes the list */
    m += 2;
  }
  return *last && list_closer(sc, *last - 1) && (*e = date_core(sc, *last, 0, r)) && r->m && r->d == prev;
}

/* A range of days as two items: "1-3 Juni 2024", "10 hingga 12 Juli" (the
 * first day in the month of the second date), "30 Juni-2 Juli 2024" (the
 * first month and the dash in one token). The first day takes the year of
 * the second date, the one before when its month comes later. Returns the
 * end, 0 when i starts no range. */
static size_t day_range(scanner *sc, size_t i) {
  int d1, d2, y = 0;
  if (!day_number(sc, i, &d1)) return 0;
  size_t j = i + 1;
  ymd rn;
  size_t k = numeric_day_range(sc, i, i > sc->lo && is_mark(sc, i - 1, '('), &d1, &rn);
  if (k) {  /* 9-11/10/2023 */
    int written = numeric_date(sc, k, 0, &(ymd){0});
    emit_first_day(sc, i, i + 1, 0, 0, d1, rn, !written);
    note_range(sc, rn.y, rn.m, d1, rn.y, rn.m, rn.d);
    return finish_date(sc, k, k + 1, rn);
  }
  size_t to = range_to(sc, j);
  if (to) {
    ymd r;
    size_t e;
    if (!day_number(sc, to, &d2) || !(e = date_core(sc, to, 0, &r)) || !r.m || d1 >= r.d) return 0;
    int y1 = r.y ? r.y : year_at(sc, i, r.m, d1), shift;
    if (!r.y && sc->has_ref && year_named_after(sc, e, &shift)) y1 = sc->ry + shift;  /* "10-13 Maret tahun depan" */
    if (!valid_date(y1 ? y1 : 2000, r.m, d1)) return 0;  /* 2000: a leap year, 29 Februari stands */
    item a = mk(i, i + 1, KIMPUT_DATE_DATE, !r.y && sc->has_ref, NULL);
    put_date(a.value, y1, r.m, d1);
    emit(sc, &a);
    note_range(sc, y1, r.m, d1, r.y ? r.y : y1, r.m, r.d);
    return finish_date(sc, to, e, r);
  }
  /* "2 dan 3 November", "2, 3 dan 4 November": days listed before the last one's
     month, one item each, in its month and year */
  size_t last, e;
  ymd r;
  if (day_list(sc, i, &last, &e, &r)) {
    for (int pass = 0; pass < 2; pass++)  /* every day checked before any is emitted */
      for (size_t t = i; t < last; t++) {
        int dt;
        if (!day_number(sc, t, &dt)) continue;  /* the commas and "dan" between */
        int yt = r.y ? r.y : year_at(sc, i, r.m, dt);
        if (!pass && !valid_date(yt ? yt : 2000, r.m, dt)) return 0;
        if (!pass) continue;
        item a = mk(t, t + 1, KIMPUT_DATE_DATE, !r.y && sc->has_ref, NULL);
        put_date(a.value, yt, r.m, dt);
        emit(sc, &a);
      }
    return finish_date(sc, last, e, r);
  }
  /* "Juni-2": a month, a dash and the second day in one word */
  if (kind(sc, j) != KIMPUT_TOK_WORD) return 0;
  const unsigned char *w = sc->s + sc->t[j].start;
  size_t n = tlen(sc, j);
  const unsigned char *dash = memchr(w, '-', n);
  if (!dash) return 0;
  size_t n1 = (size_t)(dash - w);
  const slot *m1 = find_word(w, n1, 0);
  long day2;
  if (!m1 || (m1->cls != L_MONTH && m1->cls != L_MONTH_ABBR) || n - n1 - 1 > 2 ||
      !digits_value(dash + 1, n - n1 - 1, 31, &day2) || day2 < 1)
    return 0;
  int c2 = cls(sc, j + 1);
  if (c2 != L_MONTH && c2 != L_MONTH_ABBR) return 0;
  int m2 = val(sc, j + 1), mo1 = m1->val;
  d2 = (int)day2;
  e = j + 2;
  if (year_number(sc, e, &y)) e++;
  int y1, y2;
  if (y) {
    y2 = y;
    y1 = mo1 > m2 ? y - 1 : y;  /* 30 Desember-2 Januari 2024 */
  } else if (sc->has_ref && (is_key(sc, e, K_LALU) || is_key(sc, e, K_MENDATANG)) && (y2 = resolve_day_month(sc, m2, d2))) {
    /* "24 Des-2 Jan mendatang": the second as its word reads it, the first the latest such day before */
    long days = days_from_civil(y2, m2, d2);
    if (is_key(sc, e, K_LALU) && days > sc->rz) y2--;
    if (is_key(sc, e, K_MENDATANG) && days <= sc->rz) y2++;
    y1 = mo1 > m2 ? y2 - 1 : y2;
    e++;
  } else {
    y1 = year_at(sc, i, mo1, d1);
    y2 = year_at(sc, i, m2, d2);
    if (y1 && mo1 > m2) y2 = y1 + 1;  /* 28 Desember-3 Januari: one stretch, into the next year */
  }
  if (!valid_date(y1 ? y1 : 2000, mo1, d1) || !valid_date(y2 ? y2 : 2000, m2, d2)) return 0;
  item a = mk(i, j + 1, KIMPUT_DATE_DATE, !y && sc->has_ref, NULL);
  a.s0 = sc->t[i].start;
  a.s1 = sc->t[j].start + (uint32_t)n1;
  item b = mk(j, e, KIMPUT_DATE_DATE, !y && sc->has_ref, NULL);
  b.s0 = sc->t[j].start + (uint32_t)n1 + 1;
  b.s1 = sc->t[e - 1].end;
  put_date(a.value, y1, mo1, d1);
  put_date(b.value, y2, m2, d2);
  emit(sc, &a);
  emit(sc, &b);
  return e;
}

/* "28 Desember hingga 3 Januari", no year written: the first date by the
 * rules of a day alone, the second in the year after it (one stretch, not two
 * dates the six-month rule may read apart). Returns the end of the first. */
static size_t date_range_wrap(scanner *sc, size_t i, size_t e, ymd r, size_t e2, ymd r2) {
  size_t n0 = sc->n, fe = finish_date(sc, i, e, r);
  const char *v = n0 < sc->n ? sc->out[n0].value : "";
  if (fe != e || sc->n != n0 + 1 || v[0] < '0' || v[0] > '9') return fe;  /* "28 Desember lalu": as it is */
  r2.y = (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0') + 1;
  if (!valid_date(r2.y, r2.m, r2.d)) return fe;
  size_t b = finish_date(sc, e + 1, e2, r2);
  if (sc->n > n0 + 1) sc->out[sc->n - 1].anchored = 1;  /* the year came from R through the first */
  return b;
}

/* The year of a value of a day, YYYY-MM-DD, or -1. */
static int day_value_year(const char *v) {
  for (int k = 0; k < 10; k++)
    if (k == 4 || k == 7 ? v[k] != '-' : (v[k] < '0' || v[k] > '9')) return -1;
  if (v[10]) return -1;
  return (v[0] - '0') * 1000 + (v[1] - '0') * 100 + (v[2] - '0') * 10 + (v[3] - '0');
}

/* "24 Des-2 Jan mendatang", "3 Februari hingga 10 Maret lalu", no year written: the second
 * date, read with its own word, ends the stretch; the first is the latest such day before it
 * (its year, or the year before when its month comes later), not a day the six-month rule
 * reads alone. Returns the end of the second. */
static size_t date_range_to_end(scanner *sc, size_t i, size_t e, ymd r, size_t e2, ymd r2) {
  size_t n0 = sc->n, fe = finish_date(sc, i, e, r);
  if (fe != e || sc->n != n0 + 1 || day_value_year(sc->out[n0].value) < 0) return fe;
  size_t b = finish_date(sc, e + 1, e2, r2);
  int y2 = sc->n == n0 + 2 ? day_value_year(sc->out[n0 + 1].value) : -1;
  if (y2 < 0) return b;
  int y1 = r.m > r2.m || (r.m == r2.m && r.d > r2.d) ? y2 - 1 : y2;
  if (valid_date(y1, r.m, r.d)) put_date(sc->out[n0].value, y1, r.m, r.d);
  return b;
}

/* Can a day and month written bare ("pada 17/8") stop before token j: the end, a mark, a
 * relative year or word of when, a clock time? ("pada 1/2 persen" is a fraction) */
static int bare_day_month_end(const scanner *sc, size_t j) {
  if (j >= sc->hi || (kind(sc, j) != KIMPUT_TOK_WORD && kind(sc, j) != KIMPUT_TOK_NUMBER &&
                      kind(sc, j) != KIMPUT_TOK_DATE && !is_mark(sc, j, '%')))
    return 1;
  return unit_of(sc, j) == U_YEAR || is_key(sc, j, K_LALU) || is_key(sc, j, K_MENDATANG) ||
         is_key(sc, j, K_NANTI) || is_key(sc, j, K_PUKUL);
}

/* Does the day and month name written at i ("17 Mei") follow a capitalised word of a place
 * ("Stadion 25 Juni", "Jl. 8 Oktober", "Universitas 2 Mei 1950")? A street, a
 * stadium or a campus named after a day: no date. */
static int date_named_place(const scanner *sc, size_t i) {
  static const char *const place[] = {
    "jalan", "jl", "jl.", "jln", "jln.", "gang", "gg", "gg.", "stadion", "gedung", "lapangan", "universitas", "bandara", "tugu",
    "simpang", "taman", "monumen", "pelabuhan", "kompleks", "komplek", "perumahan", "asrama", "lorong", "jembatan",
  };
  if (cls(sc, i + 1) != L_MONTH || i <= sc->lo) return 0;
  size_t p = i - 1;
  if (is_mark(sc, p, '.') && p > sc->lo) p--;  /* "Jl. 17 Agustus" */
  return kind(sc, p) == KIMPUT_TOK_WORD && upper(sc, p) && word_in(sc, p, place, sizeof place / sizeof *place);
}

/* Is the weekday at i Friday after the name of its prayer ("salat Jumat", "khotbah Jum'at"), no
 * date written after it? The prayer's name, no day told ("salat Jumat (5/2)" tells one). */
static int friday_prayer(const scanner *sc, size_t i) {
  static const char *const prayer[] = {"salat", "shalat", "sholat", "solat", "sembahyang", "khotbah", "khutbah"};
  if (val(sc, i) != 5 || i <= sc->lo || kind(sc, i - 1) != KIMPUT_TOK_WORD ||
      !word_in(sc, i - 1, prayer, sizeof prayer / sizeof *prayer))
    return 0;
  size_t j = i + 1 < sc->hi && (is_mark(sc, i + 1, ',') || is_mark(sc, i + 1, '(')) ? i + 2 : i + 1;
  return j >= sc->hi || (kind(sc, j) != KIMPUT_TOK_NUMBER && kind(sc, j) != KIMPUT_TOK_DATE);
}

/* Tries every rule at token i; returns the end of what was found, or i. */
static __attribute__((noinline)) size_t scan_at(scanner *sc, size_t i) {  /* (out of the token loop: its registers) */
  int k = sc->t[i].kind, c = sc->lx[i].cls;
  size_t e;
  ymd r;
  int y, dec;
  if (k == KIMPUT_TOK_NUMBER || k == KIMPUT_TOK_DATE) {
    /* "surat Nomor B-12/AB.3/11/2022": a day and month glued to a code's letters or dot are the
       code's last parts, no date ("(10/5/2022)", "Kamis,10/5" are not glued so) */
    if (i > sc->lo && sc->t[i - 1].end == sc->t[i].start &&
        (kind(sc, i - 1) == KIMPUT_TOK_WORD || is_mark(sc, i - 1, '.') || is_mark(sc, i - 1, '/')) &&
        numeric_date(sc, i, 1, &r))
      return i + 1;
    if ((e = date_core(sc, i, 0, &r))) {
      ymd r2;
      if (date_named_place(sc, i)) return e;  /* "Stadion 25 Juni", "Jalan 8 Oktober": a name */
      /* "1 Januari - 31 Maret 2024": the first date of a range takes the second's year */
      int to = !r.y && r.d && (is_dash(sc, e) || word_is(sc, e, "hingga") || word_is(sc, e, "sampai"));
      size_t e2 = to ? date_core(sc, e + 1, 0, &r2) : 0;
      if (e2 && r2.y && r2.m && valid_date(r.m > r2.m ? r2.y - 1 : r2.y, r.m, r.d))
        r.y = r.m > r2.m ? r2.y - 1 : r2.y;
      else if (e2 && !r2.y && r2.m && r2.d && r2.m < r.m && sc->has_ref && !written_after(sc, e2) &&
               !is_key(sc, e2, K_KEMARIN) && !is_key(sc, e2, K_BESOK) && unit_of(sc, e2) != U_YEAR)
        return date_range_wrap(sc, i, e, r, e2, r2);
      else if (e2 && !r2.y && r2.m && r2.d && sc->has_ref && (is_key(sc, e2, K_LALU) || is_key(sc, e2, K_MENDATANG)))
        return date_range_to_end(sc, i, e, r, e2, r2);
      return finish_date(sc, i, e, r);
    }
    /* "pada 17/8", "sejak 9/9 tahun lalu": after a word of when, a day and month need no parentheses
       (as after "tanggal") */
    if (i > sc->lo && (word_is(sc, i - 1, "pada") || word_is(sc, i - 1, "sejak") || word_is(sc, i - 1, "hingga")) &&
        bare_day_month_end(sc, i + 1) && numeric_date(sc, i, 1, &r) && !r.y)
      return finish_date(sc, i, i + 1, r);
    if ((e = day_range(sc, i))) return e;
    if ((e = year_pair(sc, i))) return e;
    if (day_number(sc, i, &y) && (cls(sc, i + 1) == L_MONTH || cls(sc, i + 1) == L_MONTH_ABBR))
      return year_number(sc, i + 2, &y) ? i + 3 : i + 2;  /* 31 Februari: no date at all */
    if (decade_token(sc, i, &dec)) return bare_decade(sc, i) ? emit_decade(sc, i, i, dec, NULL) : i + 1;
    if ((e = quantity(sc, i))) return e;
    if (year_number(sc, i, &y) && (e = season_year(sc, i, y))) return e;
    if (bare_year(sc, i, &y)) return emit_year(sc, i, i, y, NULL);
    if ((e = clock_time(sc, i))) return e;
    return i;
  }
  if (k == KIMPUT_TOK_TIME) return (e = clock_time(sc, i)) ? e : i;
  if (k == KIMPUT_TOK_PUNCT) {
    if (is_mark(sc, i, '(') && (e = date_core(sc, i, 1, &r))) return finish_date(sc, i + 1, e - 1, r);
    if ((e = weekday_word_range(sc, i))) return e;
    if (is_mark(sc, i, '(') && (e = numeric_day_range(sc, i + 1, 1, &y, &r))) {  /* (9-11/10) */
      emit_first_day(sc, i + 1, i + 2, 0, 0, y, r, !numeric_date(sc, e, 0, &(ymd){0}));
      return finish_date(sc, e, e + 1, r);
    }
    return i;
  }
  switch (c) {
  case L_WEEKDAY:
    if (friday_prayer(sc, i)) return i + 1;
    if ((e = quantity(sc, i))) return e;
    if ((e = weekday(sc, i, i))) return e;
    return (e = unit_phrase(sc, i, i, NULL)) ? e : i;
  case L_MONTH: case L_MONTH_ABBR:
    if ((e = date_core(sc, i, 0, &r))) return finish_date(sc, i, e, r);
    {
      int bare = i > sc->lo && (cls(sc, i - 1) == L_PREP || month_figure(sc, i - 1) || listed_month(sc, i));
      /* "akhir tahun 2023 yakni Desember": a month told again right after a time just told */
      if (!bare && i > sc->lo + 1 && (word_is(sc, i - 1, "yakni") || word_is(sc, i - 1, "yaitu")) && sc->n > 0) {
        size_t q = is_mark(sc, i - 2, ',') && i > sc->lo + 2 ? i - 3 : i - 2;  /* ("tahun lalu, yaitu Maret") */
        bare = sc->out[sc->n - 1].end == sc->t[q].end;
      }
      return (e = month_phrase(sc, i, i, bare, NULL)) ? e : i;
    }
  case L_MONTH_RANGE:
    return month_list(sc, i, i, 0, NULL);
  case L_NUM: case L_VAGUE: case L_SE_UNIT:
    return (e = quantity(sc, i)) ? e : i;
  case L_UNIT:
    /* "1x24 jam": the count is one word that starts nothing, read from its unit */
    if (i > sc->lo && kind(sc, i - 1) == KIMPUT_TOK_WORD && sc->s[sc->t[i - 1].start] >= '0' &&
        sc->s[sc->t[i - 1].start] <= '9' && token_free(sc, i - 1) &&
        (e = quantity(sc, i - 1)))
      return e;
    if ((e = clock_time(sc, i))) return e;
    if ((e = half_unit(sc, i))) return e;
    return (e = unit_phrase(sc, i, i, NULL)) ? e : i;
  case L_POD:
    if ((e = weekday_eve(sc, i))) return e;
    return (e = part_of_day(sc, i)) ? e : i;
  case L_PERIOD:
    return (e = period_phrase(sc, i, i, NULL)) ? e : i;
  case L_REDUP:
    return reduplicated(sc, i);
  case L_FREQ:
    return (e = frequency(sc, i)) ? e : i;
  case L_YEARFOLLOW:
    return (e = vague_ref(sc, i)) ? e : i;
  case L_KEY:
    switch (val(sc, i)) {
    case K_KEMARIN: case K_BESOK: case K_LUSA: case K_ESOK: return (e = relative_day(sc, i)) ? e : i;
    case K_TADI: case K_NANTI: case K_DINI: case K_TENGAHW: case K_SEMALAM: return (e = part_of_day(sc, i)) ? e : i;
    case K_HUT: return (e = anniversary(sc, i, i + 1)) ? e : i;
    case K_PUKUL: return (e = clock_time(sc, i)) ? e : i;
    case K_SETIAP: return (e = set_phrase(sc, i)) ? e : i;
    case K_AWAL: case K_AKHIR: case K_TENGAH: return (e = modified(sc, i)) ? e : i;
    case K_TANGGAL:
      if (date_core(sc, i + 1, 0, &r)) return i;
      /* "tanggal 5/3": after the word, a day and month need no parentheses */
      if (numeric_date(sc, i + 1, 1, &r)) return finish_date(sc, i + 1, i + 2, r);
      /* "tanggal 1 dan 2 Mei", "tanggal 1-3 Mei": a list or range of days before a
         month is read from its first day (day_of_month leaves it) */
      return (e = day_of_month(sc, i)) ? e : i;
    case K_KINI: case K_SEJAUH: case K_BARUBARU: case K_MASA: case K_DALAM: case K_AKHIRAKHIR: case K_BELAKANGAN:
      return (e = vague_ref(sc, i)) ? e : i;
    default: return i;
    }
  default:
    return k == KIMPUT_TOK_WORD && (e = prefixed_year(sc, i)) ? e : i;
  }
}

/* The first token of [j, end) that is no word or a word word_may_mark
 * lets through: most words are passed over here. */
static inline size_t next_marked(const unsigned char *s, const kimput_token *t, size_t j, size_t end) {
  while (j < end && t[j].kind == KIMPUT_TOK_WORD && !word_may_mark(s, &t[j])) j++;
  return j;
}

/* Scans tokens [lo, hi) line by line, in one pass over a line's tokens:
 * each is marked, and the rules are tried at those that can start an
 * expression (and are not inside one found). */
static void scan_span(scanner *sc, size_t lo, size_t hi) {
  /* (the scanner's fields in locals: the byte-wide stores to lx could
   * otherwise be any of them) */
  const unsigned char *s = sc->s;
  const kimput_token *t = sc->t;
  lexent *lx = sc->lx;
  size_t i = lo;
  while (i < hi && !sc->failed) {
    size_t end = i + 1;  /* the line's end: four tokens at a time, then one */
    while (end + 4 <= hi && !((t[end].flags | t[end + 1].flags | t[end + 2].flags | t[end + 3].flags) &
                              KIMPUT_TOKF_NEWLINE))
      end += 4;
    while (end < hi && !(t[end].flags & KIMPUT_TOKF_NEWLINE)) end++;
    sc->lo = i;
    sc->hi = end;
    sc->line++;
    uint32_t sent = ++sc->sent;
    size_t next = i;  /* the first token after the last expression found */
    for (size_t j = i; (j = next_marked(s, t, j, end)) < end; j++) {
      int st;
      if (t[j].kind == KIMPUT_TOK_WORD) {
        st = mark_word(s + t[j].start, t[j].end - t[j].start, &lx[j]);  /* (a word ends no sentence) */
      } else {
        st = mark_other(s, t, j, end);
        sent += st == S_END;
      }
      if (st == S_START && j >= next) {
        sc->sent = sent;
        size_t e = scan_at(sc, j);
        if (sc->failed) return;
        next = e > j ? e : j + 1;
      }
    }
    sc->sent = sent;
    i = end;
  }
}

/* The first token of t[lo..n) that ends after pos (the tokens are in order:
 * their ends too). */
static size_t first_token_after(const kimput_token *t, size_t lo, size_t n, uint32_t pos) {
  size_t hi = n;
  while (lo < hi) {
    size_t mid = lo + (hi - lo) / 2;
    if (t[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
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

/* kimput_dates_scan over tokens known to be in order inside text (the
 * tokenizer's, or checked by the caller). */
static kimput_status scan_tokens(const char *text, size_t len, const kimput_token *tokens, size_t ntokens,
                                 const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                                 kimput_date **out, size_t *count);

kimput_status kimput_dates_scan(const char *text, size_t len, const kimput_token *tokens, size_t ntokens,
                                const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                                kimput_date **out, size_t *count) {
  if (!out || !count || (!text && len) || (!tokens && ntokens) || (!spans && nspans)) return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  /* the caller's tokens must lie inside text, in order: the grammar reads
   * bytes at their offsets and around them */
  for (size_t i = 0; i < ntokens; i++)
    if (tokens[i].start > tokens[i].end || tokens[i].end > len || (i && tokens[i].start < tokens[i - 1].end))
      return KIMPUT_ERR_ARG;
  return scan_tokens(text, len, tokens, ntokens, spans, nspans, ref, out, count);
}

static kimput_status scan_tokens(const char *text, size_t len, const kimput_token *tokens, size_t ntokens,
                                 const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                                 kimput_date **out, size_t *count) {
  if (!out || !count || (!text && len) || (!tokens && ntokens) || (!spans && nspans)) return KIMPUT_ERR_ARG;
  *out = NULL;
  *count = 0;
  if (ref && ref->year && !valid_date(ref->year, ref->month, ref->day)) return KIMPUT_ERR_ARG;
  pthread_once(&words_once, init_words);  /* thread-safe, once per process */
  scanner sc;
  memset(&sc, 0, sizeof sc);
  sc.last_quarter = sc.last_half = -1;
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
  /* small documents need no heap while scanning: the word classes and the
   * first items live on the stack (a fragmented heap makes mallocs slow) */
  lexent local_lx[LOCAL_TOKENS];
  kimput_date local_out[LOCAL_ITEMS];
  sc.out = sc.local_out = local_out;
  sc.cap = LOCAL_ITEMS;
  sc.lx = ntokens <= LOCAL_TOKENS ? local_lx : malloc(ntokens * sizeof *sc.lx);
  if (!sc.lx) return KIMPUT_ERR_NOMEM;
  memset(sc.lx, L_LAZY, ntokens * sizeof *sc.lx);  /* every token's class: not looked up yet (cls L_LAZY) */
  kimput_status st = KIMPUT_OK;
  if (!spans) {
    scan_span(&sc, 0, ntokens);
  } else {
    size_t pos = 0;  /* spans come in text order: each search starts where the last span ended */
    for (size_t s = 0; s < nspans && !sc.failed; s++) {
      uint32_t a = spans[2 * s], b = spans[2 * s + 1];
      if (b > len || a > b) { st = KIMPUT_ERR_ARG; break; }
      size_t lo = pos < ntokens && tokens[pos].start <= a ? pos : first_token_at(tokens, ntokens, a);
      while (lo < ntokens && tokens[lo].start < a) lo++;
      size_t hi = first_token_after(tokens, lo, ntokens, b);  /* (a search: spans are long) */
      if (hi > lo) scan_span(&sc, lo, hi);
      pos = hi;
    }
  }
  if (sc.lx != local_lx) free(sc.lx);
  if (sc.failed) st = KIMPUT_ERR_NOMEM;
  if (st == KIMPUT_OK && sc.out == sc.local_out && sc.n > 0) {
    /* the items move to a heap block of their exact size */
    kimput_date *v = malloc(sc.n * sizeof *v);
    if (v) memcpy(v, sc.local_out, sc.n * sizeof *v);
    else st = KIMPUT_ERR_NOMEM;
    sc.out = v;
  }
  if (st != KIMPUT_OK) {
    if (sc.out != sc.local_out) free(sc.out);
    return st;
  }
  *out = sc.n > 0 ? sc.out : NULL;
  *count = sc.n;
  return KIMPUT_OK;
}

kimput_status kimput_doc_dates(kimput_doc *doc, const uint32_t *spans, size_t nspans, const kimput_ref *ref,
                               kimput_date **out, size_t *count) {
  if (!doc) return KIMPUT_ERR_ARG;
  size_t ntok;
  const kimput_token *t = kimput_doc_tokens(doc, &ntok);
  if (!t && kimput_doc_status(doc) != KIMPUT_OK) return kimput_doc_status(doc);
  return scan_tokens(doc->text, doc->len, t, ntok, spans, nspans, ref, out, count);  /* the tokenizer's: in order */
}

kimput_status kimput_date_parse(const char *text, size_t len, const kimput_ref *ref, kimput_date *out, int *found) {
  if (!out || !found || (!text && len)) return KIMPUT_ERR_ARG;
  *found = 0;
  kimput_token *toks = NULL;
  size_t ntok = 0, cap = 0, n = 0;
  kimput_status st = kimput_tokenize(text, len, &toks, &ntok, &cap);
  kimput_date *items = NULL;
  if (st == KIMPUT_OK) st = scan_tokens(text, len, toks, ntok, NULL, 0, ref, &items, &n);
  free(toks);
  if (st != KIMPUT_OK) return st;
  /* a time stamp's clock time before its date ("15:20 WIB, Rabu 6 Maret 2024"): one
     item, the time on that day, as when the time comes after the date */
  for (size_t i = 0; i + 1 < n; i++) {
    kimput_date *t = &items[i], *d = &items[i + 1];
    if (t->kind != KIMPUT_DATE_TIME || d->kind != KIMPUT_DATE_DATE || !names_day(d->value) ||
        strncmp(t->value, d->value, 10) != 0 || d->value[10] != '\0')
      continue;
    size_t k = t->end;
    while (k < d->start && strchr(" ,|-", text[k])) k++;
    if (k != d->start) continue;
    t->end = d->end;
    memmove(d, d + 1, (n - i - 2) * sizeof *d);
    n--;
  }
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
