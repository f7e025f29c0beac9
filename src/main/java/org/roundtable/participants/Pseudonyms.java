package org.roundtable.participants;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * Suggests a name like "Blue Heron 42" (or "Garza Azul 42"), so nobody has to think of one or use their own.
 * Spanish colours are ones that do not change with the animal's gender.
 */
final class Pseudonyms {
  private record Words(List<String> colours, List<String> animals, boolean colourFirst) {}

  private static final Map<String, Words> WORDS = Map.of(
      "en", new Words(List.of("Blue", "Green", "Gray", "Orange", "Silver", "Teal", "Golden", "Purple"),
          List.of("Heron", "Otter", "Fox", "Owl", "Finch", "Salmon", "Badger", "Deer", "Hawk", "Turtle"), true),
      "es", new Words(List.of("Azul", "Verde", "Gris", "Naranja", "Celeste", "Turquesa", "Rosa", "Violeta"),
          List.of("Garza", "Nutria", "Zorro", "Búho", "Jilguero", "Salmón", "Tejón", "Venado", "Halcón", "Tortuga"),
          false));

  private final RandomGenerator random;

  Pseudonyms() {
    this(new SecureRandom());
  }

  Pseudonyms(RandomGenerator random) {
    this.random = random;
  }

  String suggest(String lang) {
    Words words = WORDS.getOrDefault(lang, WORDS.get("en"));
    String colour = words.colours().get(random.nextInt(words.colours().size()));
    String animal = words.animals().get(random.nextInt(words.animals().size()));
    int number = 10 + random.nextInt(90);
    return (words.colourFirst() ? colour + " " + animal : animal + " " + colour) + " " + number;
  }
}
