package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProposalViewsTest {

  @Test
  void hardSentencesAreCutOutInPlaceAndNumberedHardestFirst() {
    ReadabilityReport report = Readability.analyze(ProposalTexts.HARD, "en");

    List<Map<String, Object>> runs = ProposalViews.marked(ProposalTexts.HARD, report.hardestSentences());

    assertEquals(ProposalTexts.HARD, runs.stream().map(run -> (String) run.get("text")).collect(Collectors.joining()));
    assertEquals(List.of(true, false, true), runs.stream().map(run -> run.get("hard")).toList());
    assertEquals(2, runs.get(0).get("number"), "the first sentence is the second hardest");
    assertEquals(1, runs.get(2).get("number"));
  }

  @Test
  void gradesBelowZeroShowAsZero() {
    assertEquals(0.0, ProposalViews.grade(-2.5).get("grade"));
    assertEquals(true, ProposalViews.grade(-2.5).get("meetsTarget"));
    assertEquals(false, ProposalViews.grade(null).get("hasGrade"));
  }
}
