/* test_spelling.c -- the spelling keys of person names (spelling.c): the
 * transliterations of one name share a key, other names do not, and the
 * lexicon finds a person by any spelling of a name of two words or more.
 * Every name is invented. */
#include <stdlib.h>

#include "check.h"
#include "lexicon.h"

static int same_key(const char *a, const char *b) {
  char ka[LEX_SPELLING_KEY_MAX], kb[LEX_SPELLING_KEY_MAX];
  size_t na = lex_spelling_key(a, strlen(a), ka, sizeof ka), nb = lex_spelling_key(b, strlen(b), kb, sizeof kb);
  return na && na == nb && !memcmp(ka, kb, na);
}

static void test_keys(void) {
  char k[LEX_SPELLING_KEY_MAX];
  size_t n = lex_spelling_key("Dmitry Volkanov", 15, k, sizeof k);
  CHECK(n == 11 && !memcmp(k, "dmtri|vlknv", 11));  /* long words keep no inner vowel */
  CHECK(same_key("Dmitry Volkanov", "Dimitry Volkanov"));
  CHECK(same_key("Dmitry Volkanov", "Dmitriy Volkanov"));
  CHECK(same_key("Sergei Tarasov", "Sergey Tarasov"));     /* y as i */
  CHECK(same_key("Vladislav Orlin", "Wladislaw Orlin"));   /* w as v */
  CHECK(same_key("Mariya Sokolova", "Maria Sokolova"));    /* a doubled letter once */
  CHECK(same_key("Emre Yıldıztepe", "Emre Yildiztepe"));   /* Latin accents */
  CHECK(same_key("José Alvarenga", "Jose Alvarenga"));
  CHECK(same_key("Ri Chol-ung", "Ri Chol Ung"));           /* a hyphen parts words */
  CHECK(same_key("Pak Sung'il", "Pak Sungil"));            /* apostrophes are no letters */
  /* short words keep their vowels: Korean and Chinese names differ by them */
  CHECK(!same_key("Kim Jong Ryol", "Kim Jang Ryol"));
  CHECK(!same_key("Wang Lei", "Wang Li"));
  CHECK(!same_key("Frederik II", "Frederik I"));           /* regnal numbers as written */
  CHECK(!same_key("Dmitry Volkanov", "Dmitry Volkanova"));
  /* no key: one word, another script, a word too long */
  CHECK(lex_spelling_key("Volkanov", 8, k, sizeof k) == 0);
  CHECK(lex_spelling_key("Дмитрий Волканов", strlen("Дмитрий Волканов"), k, sizeof k) == 0);
  CHECK(lex_spelling_key("Ab Cdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz", 53, k, sizeof k) == 0);
  CHECK(lex_spelling_key("Dmitry Volkanov", 15, k, 5) == 0);  /* does not fit */
}

static void test_lookup(void) {
  kimput_lexicon *lex = NULL;
  CHECK(kimput_lexicon_new(&lex) == KIMPUT_OK);
  CHECK(lex_spelling_person(lex, "Dmitry Volkanov", 15) == -1);  /* an empty lexicon */
  int32_t person, other, place;
  CHECK(kimput_lexicon_add_entity(lex, "Dmitry Volkanov", 15, KIMPUT_ENT_PERSON, &person) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, person, "Dmitry Volkanov", 15, 0) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, person, "Volkanov", 8, KIMPUT_GAZ_UPPER) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Sergei Tarasov", 14, KIMPUT_ENT_PERSON, &other) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, other, "Sergei Tarasov", 14, 0) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_entity(lex, "Bukit Hijau Raya", 16, KIMPUT_ENT_PLACE, &place) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, place, "Bukit Hijau Raya", 16, 0) == KIMPUT_OK);
  CHECK(lex_spelling_person(lex, "Dimitry Volkanov", 16) == person);
  CHECK(lex_spelling_person(lex, "Sergey Tarasov", 14) == other);
  CHECK(lex_spelling_person(lex, "Volkanov", 8) == -1);           /* a one-word alias has no key */
  CHECK(lex_spelling_person(lex, "Boekit Hijau Raya", 17) == -1);  /* places are not keyed */
  CHECK(lex_spelling_person(lex, "Andrei Volkanov", 15) == -1);
  /* many names: the table grows and still finds each */
  char name[64];
  int32_t ids[600];
  for (int i = 0; i < 600; i++) {
    int len = snprintf(name, sizeof name, "Nama%d Keluarga%d", i, i);
    CHECK(kimput_lexicon_add_entity(lex, name, (size_t)len, KIMPUT_ENT_PERSON, &ids[i]) == KIMPUT_OK);
    CHECK(kimput_lexicon_add_alias(lex, ids[i], name, (size_t)len, 0) == KIMPUT_OK);
  }
  for (int i = 0; i < 600; i++) {
    int len = snprintf(name, sizeof name, "Nama%d Kelluarga%d", i, i);
    CHECK(lex_spelling_person(lex, name, (size_t)len) == ids[i]);
  }
  /* a name added again points at the newer entity, as its forms do */
  int32_t again;
  CHECK(kimput_lexicon_add_entity(lex, "Dmitry Volkanov", 15, KIMPUT_ENT_PERSON, &again) == KIMPUT_OK);
  CHECK(kimput_lexicon_add_alias(lex, again, "Dmitry Volkanov", 15, 0) == KIMPUT_OK);
  CHECK(lex_spelling_person(lex, "Dimitry Volkanov", 16) == again);
  kimput_lexicon_free(lex);
}

int main(void) {
  test_keys();
  test_lookup();
  return CHECK_SUMMARY();
}
