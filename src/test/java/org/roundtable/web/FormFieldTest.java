package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.TestApp;

/** The field component shows what was typed and what is wrong, and nothing else. */
class FormFieldTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void aFreshFormShowsNoValuesAndNoErrors() {
    String signIn = app.pages().get("/sign-in").body();
    assertFalse(signIn.contains("field-error"), signIn);
    assertTrue(signIn.contains("value=\"\""), signIn);

    String accounts = app.pagesAs(Role.ADMIN).get("/staff/accounts").body();
    assertFalse(accounts.contains("field-error"), "a field named like an outer value (name) stays clean");
    assertFalse(accounts.contains("value=\"name\""));
    assertFalse(accounts.contains("aria-invalid"));
  }
}
