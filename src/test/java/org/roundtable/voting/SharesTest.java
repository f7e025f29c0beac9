package org.roundtable.voting;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.roundtable.rounds.RoundStatus;

class SharesTest {
  @Test
  void sharesAddUpToExactlyOneHundred() {
    assertArrayEquals(new int[] {34, 33, 33, 0}, Shares.of(new int[] {1, 1, 1, 0}));
    assertArrayEquals(new int[] {67, 33, 0, 0}, Shares.of(new int[] {2, 1, 0, 0}));
    assertArrayEquals(new int[] {0, 0, 100, 0}, Shares.of(new int[] {0, 0, 7, 0}));
    for (int a = 0; a < 12; a++) {
      for (int b = 0; b < 12; b++) {
        int[] shares = Shares.of(new int[] {a, b, 3, 1});
        assertTrue(Arrays.stream(shares).sum() == 100, a + "," + b);
      }
    }
  }

  @Test
  void nobodyVotedMeansNoShares() {
    assertArrayEquals(new int[] {0, 0, 0, 0}, Shares.of(new int[] {0, 0, 0, 0}));
  }

  @Test
  void participantsSeeTheTallyAfterVotingOrWhenTheRoundAllowsOrIsOver() {
    assertFalse(TallyRule.participantMaySee(false, false, RoundStatus.OPEN));
    assertTrue(TallyRule.participantMaySee(true, false, RoundStatus.OPEN));
    assertTrue(TallyRule.participantMaySee(false, true, RoundStatus.OPEN));
    assertTrue(TallyRule.participantMaySee(false, false, RoundStatus.CLOSED));
    assertTrue(TallyRule.participantMaySee(false, false, RoundStatus.REPORTED));
  }
}
