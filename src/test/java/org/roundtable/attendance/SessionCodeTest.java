package org.roundtable.attendance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.roundtable.accounts.InvitationCodes;

class SessionCodeTest {
  @Test
  void aSessionCodeIsTypedLikeAnInvitationCodeButShorter() {
    assertTrue(SessionCodeStore.looksLikeACode("k7m-q2p"));
    assertTrue(SessionCodeStore.looksLikeACode(" K7M Q2P "));
    assertFalse(SessionCodeStore.looksLikeACode("K7MQ2"), "too short");
    assertFalse(SessionCodeStore.looksLikeACode("K7MQ2PA"), "too long");
    assertFalse(SessionCodeStore.looksLikeACode("K7MQ2O"), "O looks like 0, so it is not in the alphabet");
    assertFalse(SessionCodeStore.looksLikeACode("KQ7-MX3-PDA"), "an invitation code is not a session code");
  }

  @Test
  void itIsShownInTwoGroupsOfThree() {
    assertEquals("K7M-Q2P", SessionCodeStore.display("K7MQ2P"));
    String made = new InvitationCodes().generate(SessionCodeStore.LENGTH);
    assertEquals(made, InvitationCodes.normalize(SessionCodeStore.display(made), SessionCodeStore.LENGTH).orElseThrow());
  }
}
