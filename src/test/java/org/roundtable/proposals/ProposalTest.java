package org.roundtable.proposals;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.roundtable.proposals.Proposal.Refusal;
import org.roundtable.rounds.RoundStatus;

class ProposalTest {
  private static final Sections COMPLETE = new Sections(Map.of(Part.GOALS, "Goals.", Part.PEOPLE, "People.",
      Part.DATA, "Data.", Part.RESPONSIBILITY, "Owner."));

  @Test
  void draftVersionIsOneUntilPublishedThenTheNextNumberOnceChanged() {
    assertEquals(1, proposal(COMPLETE, null, false).version());
    assertEquals(PublicationStatus.DRAFT, proposal(COMPLETE, null, false).status());
    assertEquals(3, proposal(COMPLETE, 3, false).version());
    assertEquals(PublicationStatus.PUBLISHED, proposal(COMPLETE, 3, false).status());
    assertEquals(4, proposal(COMPLETE, 3, true).version());
    assertEquals(PublicationStatus.CHANGED, proposal(COMPLETE, 3, true).status());
  }

  @Test
  void publishingNeedsARoundThatIsNotClosedFourWrittenPartsAndAChange() {
    assertEquals(Optional.empty(), proposal(COMPLETE, null, false).publishRefusal(RoundStatus.DRAFT));
    assertEquals(Optional.empty(), proposal(COMPLETE, 1, true).publishRefusal(RoundStatus.OPEN));
    assertEquals(Optional.of(Refusal.ROUND_CLOSED), proposal(COMPLETE, null, false).publishRefusal(RoundStatus.CLOSED));
    assertEquals(Optional.of(Refusal.ROUND_CLOSED), proposal(COMPLETE, 1, true).publishRefusal(RoundStatus.REPORTED));
    Sections noData = new Sections(Map.of(Part.GOALS, "Goals.", Part.PEOPLE, "People.", Part.RESPONSIBILITY, "Owner."));
    assertEquals(Optional.of(Refusal.INCOMPLETE), proposal(noData, null, false).publishRefusal(RoundStatus.OPEN));
    assertEquals(Optional.of(Refusal.UNCHANGED), proposal(COMPLETE, 2, false).publishRefusal(RoundStatus.OPEN));
  }

  @Test
  void missingPartsAreNamedInOrder() {
    Sections sections = new Sections(Map.of(Part.PEOPLE, "People.", Part.RESPONSIBILITY, " \n "));

    assertEquals(java.util.List.of(Part.GOALS, Part.DATA, Part.RESPONSIBILITY), sections.missing());
  }

  private static Proposal proposal(Sections sections, Integer published, boolean changed) {
    ProposalText text = new ProposalText("A tool", "en", sections);
    return new Proposal("id", "round", text, ProposalReadability.of(text), published, changed,
        new Proposal.Submitter("staff", "Ana", "facilitator"), OffsetDateTime.now(), OffsetDateTime.now());
  }
}
