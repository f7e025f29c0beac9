package org.roundtable.summaries;

import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import org.roundtable.voting.Choice;

/** How many people gave each of the four answers, in one group or in all. */
record ChoiceCounts(Map<Choice, Integer> counts) {
  ChoiceCounts {
    Map<Choice, Integer> full = new EnumMap<>(Choice.class);
    for (Choice choice : Choice.values()) {
      full.put(choice, counts.getOrDefault(choice, 0));
    }
    counts = Map.copyOf(full);
  }

  static ChoiceCounts empty() {
    return new ChoiceCounts(Map.of());
  }

  ChoiceCounts plus(Choice choice, int n) {
    Map<Choice, Integer> more = new EnumMap<>(counts);
    more.merge(choice, n, Integer::sum);
    return new ChoiceCounts(more);
  }

  int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  int get(Choice choice) {
    return counts.get(choice);
  }

  /** The share (0–100) saying "not yet" or "do not build": the doubts a divergence compares. */
  double doubtShare() {
    int total = total();
    return total == 0 ? 0 : 100.0 * (get(Choice.NOT_YET) + get(Choice.DO_NOT_BUILD)) / total;
  }

  JsonObject toJson() {
    JsonObject choices = new JsonObject();
    for (Choice choice : Choice.values()) {
      choices.put(choice.wire(), get(choice));
    }
    return new JsonObject().put("total", total()).put("choices", choices);
  }
}
