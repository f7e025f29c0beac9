package org.roundtable.summaries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.roundtable.voting.Choice;

/** The pure rules of a summary: folding small groups, divergence, status by date, back-off, signatures. */
class SummaryRulesTest {

  private static ChoiceCounts counts(int goAhead, int changes, int notYet, int doNotBuild) {
    return new ChoiceCounts(Map.of(Choice.GO_AHEAD, goAhead, Choice.GO_AHEAD_WITH_CHANGES, changes,
        Choice.NOT_YET, notYet, Choice.DO_NOT_BUILD, doNotBuild));
  }

  @Test
  void aGroupOfFourIsFoldedAndAGroupOfFiveIsShown() {
    assertFalse(SmallGroups.shown(0));
    assertFalse(SmallGroups.shown(4));
    assertTrue(SmallGroups.shown(5));
  }

  @Test
  void divergenceIsTheGapInPointsBetweenGroupsDoubting() {
    // 1 of 5 doubts (20) against 4 of 5 (80): 60 points.
    assertEquals(60.0, Divergence.of(List.of(counts(3, 1, 1, 0), counts(1, 0, 2, 2))));
    assertEquals(0.0, Divergence.of(List.of(counts(5, 0, 0, 0), counts(10, 0, 0, 0))));
    // 1 of 3 against 0: 33.3 points, rounded to one decimal.
    assertEquals(33.3, Divergence.of(List.of(counts(2, 0, 1, 0), counts(6, 0, 0, 0))));
  }

  @Test
  void divergenceNeedsTwoGroupsAndIsFlaggedOnlyAboveTwentyPoints() {
    assertNull(Divergence.of(List.of(counts(1, 1, 1, 1))));
    assertNull(Divergence.of(List.of()));
    assertFalse(Divergence.flagged(null));
    assertFalse(Divergence.flagged(20.0));
    assertTrue(Divergence.flagged(20.1));
  }

  @Test
  void doubtShareCountsNotYetAndDoNotBuild() {
    assertEquals(50.0, counts(1, 1, 1, 1).doubtShare());
    assertEquals(0.0, ChoiceCounts.empty().doubtShare());
    assertEquals(4, counts(1, 1, 1, 1).total());
  }

  @Test
  void findingStatusFollowsTheDueDate() {
    OffsetDateTime published = OffsetDateTime.parse("2026-03-01T10:00:00Z");
    OffsetDateTime due = FindingStatus.dueAt(published, 30);
    assertEquals(OffsetDateTime.parse("2026-03-31T10:00:00Z"), due);
    assertEquals(FindingStatus.AWAITING, FindingStatus.of(false, due, Instant.parse("2026-03-31T10:00:00Z")));
    assertEquals(FindingStatus.OVERDUE, FindingStatus.of(false, due, Instant.parse("2026-03-31T10:00:01Z")));
    assertEquals(FindingStatus.ANSWERED, FindingStatus.of(true, due, Instant.parse("2027-01-01T00:00:00Z")));
    assertNull(FindingStatus.dueAt(null, 30));
    assertEquals(FindingStatus.AWAITING, FindingStatus.of(false, null, Instant.now()));
  }

  @Test
  void backOffDoublesUpToItsCap() {
    Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(5));
    assertEquals(Duration.ofSeconds(30), backoff.after(1));
    assertEquals(Duration.ofSeconds(60), backoff.after(2));
    assertEquals(Duration.ofSeconds(240), backoff.after(4));
    assertEquals(Duration.ofMinutes(5), backoff.after(5));
    assertEquals(Duration.ofMinutes(5), backoff.after(1000));
  }

  @Test
  void signatureIsTheHexHmacSha256OfTheBody() {
    // RFC 4231 test case 2.
    assertEquals("sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843",
        Signature.of("Jefe", "what do ya want for nothing?".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}
