package org.roundtable.rounds;

import java.util.Set;
import org.roundtable.web.Input;

/** The fields staff give for a round, from the API or the form, validated the same way. */
public record RoundDraft(String title, String purpose, String participationLevel, String decisionRule,
                         PayPolicy pay, Integer responseDueDays, boolean showTallyBeforeVoting,
                         boolean publicOutcome) {
  static final Set<String> FIELDS = Set.of("title", "purpose", "participationLevel", "decisionRule", "pay",
      "responseDueDays", "showTallyBeforeVoting", "publicOutcome");

  static RoundDraft parse(Input in) {
    return new RoundDraft(
        in.text("title", 200),
        in.text("purpose", 4000),
        in.choice("participationLevel", ParticipationLevel.WIRE),
        in.text("decisionRule", 2000),
        PayPolicy.parse(in.nested("pay", PayPolicy.FIELDS)),
        in.integer("responseDueDays", 1, 365),
        // Off unless asked for: people should make up their own minds before they see how others voted.
        in.checkbox("showTallyBeforeVoting"),
        // Off unless asked for: the outcome page is for anyone holding its link.
        in.checkbox("publicOutcome"));
  }
}
