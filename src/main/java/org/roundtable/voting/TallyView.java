package org.roundtable.voting;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** A tally as the pages show it: each answer in words with its number and share; the bar is decoration only. */
final class TallyView {
  private TallyView() {}

  static Map<String, Object> of(Tally tally) {
    Map<Choice, Integer> percents = tally.percents();
    List<Map<String, Object>> rows = Arrays.stream(Choice.values()).map(choice -> Map.<String, Object>of(
        "wire", choice.wire(),
        "labelKey", "voting.choice." + choice.wire(),
        "count", tally.count(choice),
        "percent", percents.get(choice))).toList();
    return Map.of("proposalId", tally.proposalId(), "total", tally.total(), "rows", rows);
  }

  static Map<String, Object> of(StatementTally tally) {
    Map<Answer, Integer> percents = tally.percents();
    List<Map<String, Object>> rows = Arrays.stream(Answer.values()).map(answer -> Map.<String, Object>of(
        "wire", answer.wire(),
        "labelKey", "voting.answer." + answer.wire(),
        "count", tally.counts().get(answer),
        "percent", percents.get(answer))).toList();
    return Map.of("total", tally.total(), "rows", rows);
  }
}
