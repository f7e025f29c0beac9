package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Page;

/**
 * A person using only the keyboard: Tab moves from one control to the next (every stop must show where the
 * focus is), Enter follows links and presses buttons, Space ticks boxes, arrow keys choose in a radio group.
 * Nothing here clicks, so a control that cannot be reached or used by keyboard fails the test.
 */
public final class Keyboard implements Hands {
  private static final int MAX_TABS = 400;
  private static final String FOCUS_SHOWN = "() => { const s = getComputedStyle(document.activeElement);"
      + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2) || s.boxShadow !== 'none'; }";

  /** Tabs forward until the element matching {@code selector} has the focus. */
  public void tabTo(Page page, String selector) {
    for (int i = 0; i < MAX_TABS; i++) {
      page.keyboard().press("Tab");
      if (Boolean.TRUE.equals(page.evaluate("s => document.activeElement.matches(s)", selector))) {
        assertTrue((Boolean) page.evaluate(FOCUS_SHOWN), "no visible focus on " + selector + " at " + page.url());
        return;
      }
    }
    fail("Tab never reached " + selector + " on " + page.url());
  }

  /** Reaches a link or button and presses Enter, waiting for the page it leads to. */
  @Override
  public void press(Page page, String selector) {
    tabTo(page, selector);
    page.waitForNavigation(() -> page.keyboard().press("Enter"));
  }

  /** Reaches a text field and types into it, over whatever it held. */
  @Override
  public void type(Page page, String selector, String text) {
    tabTo(page, selector);
    page.keyboard().press("Control+A");
    page.keyboard().type(text);
  }

  /** Reaches a checkbox and ticks it with Space. */
  @Override
  public void tick(Page page, String selector) {
    tabTo(page, selector);
    page.keyboard().press("Space");
    assertTrue(page.isChecked(selector), selector + " is ticked");
  }

  /** Tabs into a radio group and moves with the arrow keys until {@code value} is chosen. */
  @Override
  public void choose(Page page, String name, String value) {
    tabTo(page, "input[type=radio][name='" + name + "']");
    String chosen = "input[type=radio][name='" + name + "'][value='" + value + "']";
    int options = page.locator("input[type=radio][name='" + name + "']").count();
    for (int i = 0; i <= options && !page.isChecked(chosen); i++) {
      page.keyboard().press("ArrowDown");
    }
    assertTrue(page.isChecked(chosen), value + " chosen in " + name);
    assertEquals(Boolean.TRUE, page.evaluate("s => document.activeElement.matches(s)", chosen));
  }
}
