package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ProposalReadabilityTest {

  @Test
  void wholeGradeWeighsEachPartByItsWordsAndSkipsEmptyParts() {
    ProposalText text = new ProposalText("T", "en", new Sections(Map.of(
        Part.GOALS, ProposalTexts.GOALS, Part.PEOPLE, ProposalTexts.HARD, Part.DATA, "")));

    ProposalReadability readability = ProposalReadability.of(text);

    ReadabilityReport goals = readability.part(Part.GOALS);
    ReadabilityReport people = readability.part(Part.PEOPLE);
    double expected = (goals.grade() * goals.words() + people.grade() * people.words()) / (goals.words() + people.words());
    assertEquals(Readability.roundToTenth(expected), readability.grade());
    assertEquals(goals.words() + people.words(), readability.words());
    assertNull(readability.part(Part.DATA).grade());
  }

  @Test
  void aProposalWithNoWordsHasNoGrade() {
    ProposalReadability readability = ProposalReadability.of(new ProposalText("T", "es", new Sections(Map.of())));

    assertNull(readability.grade());
    assertEquals(false, readability.meetsTarget());
  }

  @Test
  void storedJsonReadsBackAsTheSameReport() {
    ProposalReadability readability = ProposalReadability.of(new ProposalText("T", "en", new Sections(Map.of(
        Part.GOALS, ProposalTexts.GOALS, Part.PEOPLE, ProposalTexts.HARD))));

    assertEquals(readability, ProposalReadability.fromJson(new io.vertx.core.json.JsonObject(readability.toJson().encode())));
  }
}
