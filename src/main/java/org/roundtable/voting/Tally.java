package org.roundtable.voting;

import io.vertx.core.json.JsonObject;
import java.util.EnumMap;
import java.util.Map;

/** How many chose each answer on one proposal, counted by the database. */
public record Tally(String proposalId, Map<Choice, Integer> counts) {

  public static Tally of(String proposalId, Map<Choice, Integer> found) {
    Map<Choice, Integer> counts = new EnumMap<>(Choice.class);
    for (Choice choice : Choice.values()) {
      counts.put(choice, found.getOrDefault(choice, 0));
    }
    return new Tally(proposalId, counts);
  }

  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int count(Choice choice) {
    return counts.get(choice);
  }

  /** Each answer's whole-number share; they add up to 100 once anyone voted. */
  public Map<Choice, Integer> percents() {
    int[] raw = new int[Choice.values().length];
    for (Choice choice : Choice.values()) {
      raw[choice.ordinal()] = count(choice);
    }
    int[] shares = Shares.of(raw);
    Map<Choice, Integer> percents = new EnumMap<>(Choice.class);
    for (Choice choice : Choice.values()) {
      percents.put(choice, shares[choice.ordinal()]);
    }
    return percents;
  }

  /** The tally endpoint's answer and each live event's data: all four answers always present. */
  public JsonObject toJson() {
    JsonObject choices = new JsonObject();
    JsonObject percent = new JsonObject();
    Map<Choice, Integer> percents = percents();
    for (Choice choice : Choice.values()) {
      choices.put(choice.wire(), count(choice));
      percent.put(choice.wire(), percents.get(choice));
    }
    return new JsonObject().put("proposalId", proposalId).put("total", total()).put("choices", choices)
        .put("percent", percent);
  }
}
