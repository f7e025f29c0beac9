package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SyllablesTest {

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "casa, 2", "aéreo, 4", "ciudad, 2", "país, 2", "leer, 2", "río, 2", "hoy, 1", "muy, 1",
    "Uruguay, 3", "guitarra, 3", "pingüino, 3", "búho, 2", "ahumar, 2", "creíais, 3", "ayuntamiento, 5",
  })
  void spanishSyllablesFollowDiphthongAndHiatusRules(String word, int syllables) {
    assertEquals(syllables, SpanishSyllables.count(word));
  }

  @ParameterizedTest(name = "{0} has {1}")
  @CsvSource({
    "cat, 1", "table, 2", "people, 2", "recipes, 3", "readability, 5", "proposal, 3", "council, 2",
    "neighborhood, 3", "don't, 1", "café, 2", "created, 3", "every, 2",
  })
  void englishSyllablesMatchCommonPronunciation(String word, int syllables) {
    assertEquals(syllables, EnglishSyllables.count(word));
  }
}
