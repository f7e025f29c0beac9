package org.roundtable.summaries;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.comments.Topic;
import org.roundtable.voting.Choice;

/** One published proposal's figures, filled from aggregate rows, with small groups folded when written out. */
final class ProposalFigures {
  private static final List<String> ANSWERS = List.of("agree", "disagree", "unsure");

  private final String id;
  private final String title;
  private final String language;
  private final Map<String, ChoiceCounts> votesByGroup = new LinkedHashMap<>();
  private final Map<String, StatementFigures> statements = new LinkedHashMap<>();
  private final Map<Topic, Integer> topics = new LinkedHashMap<>();
  private final List<JsonObject> concerns = new ArrayList<>();

  ProposalFigures(String id, String title, String language) {
    this.id = id;
    this.title = title;
    this.language = language;
    for (String group : SummaryQueries.GROUPS) {
      votesByGroup.put(group, ChoiceCounts.empty());
    }
    for (Topic topic : Topic.values()) {
      topics.put(topic, 0);
    }
  }

  void vote(String group, Choice choice, int n) {
    votesByGroup.merge(group, ChoiceCounts.empty().plus(choice, n), (a, b) -> a.plus(choice, n));
  }

  void statementAnswer(String statementId, String text, String group, String answer, int n) {
    StatementFigures statement = statements.computeIfAbsent(statementId, k -> new StatementFigures(statementId, text));
    if (answer != null) {
      statement.add(group, answer, n);
    }
  }

  void topic(Topic topic, int n) {
    topics.put(topic, n);
  }

  void concern(JsonObject concern) {
    concerns.add(concern);
  }

  JsonObject toJson() {
    ChoiceCounts all = ChoiceCounts.empty();
    JsonObject byGroup = new JsonObject();
    List<ChoiceCounts> shown = new ArrayList<>();
    for (Map.Entry<String, ChoiceCounts> group : votesByGroup.entrySet()) {
      for (Choice choice : Choice.values()) {
        all = all.plus(choice, group.getValue().get(choice));
      }
      if (SmallGroups.shown(group.getValue().total())) {
        byGroup.put(group.getKey(), group.getValue().toJson());
        shown.add(group.getValue());
      }
    }
    Double divergence = Divergence.of(shown);
    JsonObject byTopic = new JsonObject();
    topics.forEach((topic, n) -> byTopic.put(topic.wire(), n));
    return new JsonObject()
        .put("id", id)
        .put("title", title)
        .put("language", language)
        .put("votes", new JsonObject().put("all", all.toJson()).put("byGroup", byGroup))
        .put("divergence", divergence)
        .put("divergent", Divergence.flagged(divergence))
        .put("statements", new JsonArray(statements.values().stream().map(StatementFigures::toJson).toList()))
        .put("topConcerns", new JsonArray(new ArrayList<>(concerns)))
        .put("byTopic", byTopic);
  }

  /** Agree / disagree / unsure per group for one statement; groups under five people answering are folded. */
  private static final class StatementFigures {
    private final String id;
    private final String text;
    private final Map<String, Map<String, Integer>> byGroup = new LinkedHashMap<>();

    StatementFigures(String id, String text) {
      this.id = id;
      this.text = text;
    }

    void add(String group, String answer, int n) {
      byGroup.computeIfAbsent(group, g -> new LinkedHashMap<>()).merge(answer, n, Integer::sum);
    }

    JsonObject toJson() {
      Map<String, Integer> all = new LinkedHashMap<>();
      JsonObject groups = new JsonObject();
      for (String group : SummaryQueries.GROUPS) {
        Map<String, Integer> answers = byGroup.getOrDefault(group, Map.of());
        answers.forEach((answer, n) -> all.merge(answer, n, Integer::sum));
        int people = answers.values().stream().mapToInt(Integer::intValue).sum();
        if (SmallGroups.shown(people)) {
          groups.put(group, counts(answers));
        }
      }
      return new JsonObject().put("id", id).put("text", text).put("all", counts(all)).put("byGroup", groups);
    }

    private static JsonObject counts(Map<String, Integer> answers) {
      JsonObject json = new JsonObject();
      int total = 0;
      for (String answer : ANSWERS) {
        int n = answers.getOrDefault(answer, 0);
        json.put(answer, n);
        total += n;
      }
      return new JsonObject().put("total", total).put("answers", json);
    }
  }
}
