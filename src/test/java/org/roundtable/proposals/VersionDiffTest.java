package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.roundtable.proposals.DiffSegment.Kind;

class VersionDiffTest {

  @Test
  void unchangedTextIsOneSameSegment() {
    VersionDiff diff = VersionDiff.between("Plant trees.\nFix the swings.", "Plant trees.\nFix the swings.");

    assertFalse(diff.changed());
    assertEquals(List.of(new DiffSegment(Kind.SAME, "Plant trees.\nFix the swings.")), diff.segments());
  }

  @Test
  void addedWordIsOneAddedSegment() {
    VersionDiff diff = VersionDiff.between("Plant trees in the park.", "Plant new trees in the park.");

    assertTrue(diff.changed());
    assertEquals(List.of(
        new DiffSegment(Kind.SAME, "Plant "),
        new DiffSegment(Kind.ADDED, "new "),
        new DiffSegment(Kind.SAME, "trees in the park.")), diff.segments());
  }

  @Test
  void removedSentenceIsOneRemovedSegment() {
    VersionDiff diff = VersionDiff.between("Plant trees. Fix the swings. Vote yes.", "Plant trees. Vote yes.");

    assertEquals(List.of(
        new DiffSegment(Kind.SAME, "Plant trees. "),
        new DiffSegment(Kind.REMOVED, "Fix the swings. "),
        new DiffSegment(Kind.SAME, "Vote yes.")), diff.segments());
  }

  @Test
  void changedWordInTheMiddleIsRemovedThenAdded() {
    VersionDiff diff = VersionDiff.between("The budget is 500 dollars a year.", "The budget is 800 dollars a year.");

    assertEquals(List.of(
        new DiffSegment(Kind.SAME, "The budget is "),
        new DiffSegment(Kind.REMOVED, "500"),
        new DiffSegment(Kind.ADDED, "800"),
        new DiffSegment(Kind.SAME, " dollars a year.")), diff.segments());
  }

  @Test
  void segmentsRebuildBothVersionsWithTheirLineBreaks() {
    String before = "Goals:\n- plant trees\n- fix swings\n";
    String after = "Goals:\n\n- plant oak trees\n- fix the swings";

    List<DiffSegment> segments = VersionDiff.between(before, after).segments();

    assertEquals(before, join(segments, Kind.ADDED));
    assertEquals(after, join(segments, Kind.REMOVED));
  }

  @Test
  void aReplacementOfSeveralWordsReadsAsOneRemovalAndOneAddition() {
    VersionDiff diff = VersionDiff.between("The county gets many calls.", "The county gets hundreds of calls.");

    assertEquals(List.of(
        new DiffSegment(Kind.SAME, "The county gets "),
        new DiffSegment(Kind.REMOVED, "many "),
        new DiffSegment(Kind.ADDED, "hundreds of "),
        new DiffSegment(Kind.SAME, "calls.")), diff.segments());
  }

  @Test
  void aPartRewrittenFromTopToBottomIsShownAsRemovedThenAdded() {
    String before = "one two three four five six seven eight nine ten ".repeat(300);
    String after = "uno dos tres cuatro cinco seis siete ocho nueve diez ".repeat(300);

    assertEquals(List.of(new DiffSegment(Kind.REMOVED, before), new DiffSegment(Kind.ADDED, after)),
        VersionDiff.between(before, after).segments());
  }

  @Test
  void longRunsOfJoinedCharactersDoNotOverflowTheStack() {
    String joined = "a-".repeat(10_000) + "a";

    assertTrue(VersionDiff.between(joined, joined + " b").changed());
  }

  private static String join(List<DiffSegment> segments, Kind skipped) {
    return segments.stream().filter(s -> s.kind() != skipped).map(DiffSegment::text).collect(Collectors.joining());
  }
}
