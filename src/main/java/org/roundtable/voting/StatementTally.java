package org.roundtable.voting;

import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;

/** How many agreed, disagreed or were unsure about one statement. */
public record StatementTally(Map<Answer, Integer> counts) {

  public static StatementTally of(Map<Answer, Integer> found) {
    Map<Answer, Integer> counts = new EnumMap<>(Answer.class);
    for (Answer answer : Answer.values()) {
      counts.put(answer, found.getOrDefault(answer, 0));
    }
    return new StatementTally(counts);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public Map<Answer, Integer> percents() {
    int[] raw = new int[Answer.values().length];
    for (Answer answer : Answer.values()) {
      raw[answer.ordinal()] = counts.get(answer);
    }
    int[] shares = Shares.of(raw);
    Map<Answer, Integer> percents = new EnumMap<>(Answer.class);
    for (Answer answer : Answer.values()) {
      percents.put(answer, shares[answer.ordinal()]);
    }
    return percents;
  }

  public JsonObject toJson() {
    JsonObject answers = new JsonObject();
    counts.forEach((answer, n) -> answers.put(answer.wire(), n));
    return new JsonObject().put("total", total()).put("answers", answers);
  }
}
