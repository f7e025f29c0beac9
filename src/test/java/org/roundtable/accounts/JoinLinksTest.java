package org.roundtable.accounts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JoinLinksTest {
  private final JoinLinks links = new JoinLinks("https://roundtable.county.example");

  @Test
  void theQrLinkCarriesTheCanonicalCode() {
    assertEquals("https://roundtable.county.example/join?code=KQ7MX3PDA", links.url("KQ7MX3PDA"));
  }

  @Test
  void theAddressPeopleTypeLeavesOutTheScheme() {
    assertEquals("roundtable.county.example/join", links.typedAddress());
    assertEquals("localhost:8080/join", new JoinLinks("http://localhost:8080").typedAddress());
  }
}
