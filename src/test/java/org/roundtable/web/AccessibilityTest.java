package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.Chromium;
import org.roundtable.support.TestApp;

/** The shared pages (layout, errors, sign-in, staff accounts, audit) pass axe at phone and desktop size, in both languages. */
class AccessibilityTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void publicPagesHaveNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, null, "/");
    Chromium.assertAccessibleEverywhere(app, null, "/sign-in");
    Chromium.assertAccessibleEverywhere(app, null, "/no-such-page");
  }

  @Test
  void adminPagesHaveNoAxeViolations() {
    Chromium.assertAccessibleEverywhere(app, Role.ADMIN, "/staff/accounts");
    Chromium.assertAccessibleEverywhere(app, Role.ADMIN, "/staff/audit");
  }

  @Test
  void aFormShownAgainWithErrorsHasNoAxeViolations() {
    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), "es", true)) {
      Page page = context.newPage();
      Chromium.signIn(app, page, Role.ADMIN);
      page.navigate(app.base() + "/staff/accounts");
      page.fill("#f-email", "not an email");
      page.click("form[action='/staff/accounts'] button[type=submit]");
      assertTrue(page.isVisible("#f-email-error"));
      Chromium.assertAccessible(page);
    }
  }

  @Test
  void skipLinkIsTheFirstThingTheKeyboardReaches() {
    try (BrowserContext context = Chromium.context(app, Chromium.VIEWPORTS.get(0), "en", true)) {
      Page page = context.newPage();
      page.navigate(app.base() + "/");
      page.keyboard().press("Tab");
      assertTrue(page.evaluate("document.activeElement.classList.contains('skip-link')").equals(Boolean.TRUE));
    }
  }
}
