package org.roundtable.voting;

import org.roundtable.rounds.RoundStatus;

/**
 * When a participant may see how others voted: after voting, so people make up their own minds first, unless
 * the round chose to show it before; and once the round is over, when it can no longer sway anyone.
 */
final class TallyRule {
  private TallyRule() {}

  static boolean participantMaySee(boolean voted, boolean showBeforeVoting, RoundStatus round) {
    return voted || showBeforeVoting || round == RoundStatus.CLOSED || round == RoundStatus.REPORTED;
  }
}
