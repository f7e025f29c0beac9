package org.roundtable.support;

import com.microsoft.playwright.Page;

/** How a person works a page: with the keyboard only ({@link Keyboard}) or by tapping ({@link Pointer}). */
public interface Hands {
  /** Fills a text field. */
  void type(Page page, String selector, String text);

  /** Ticks a checkbox. */
  void tick(Page page, String selector);

  /** Chooses {@code value} in the radio group {@code name}. */
  void choose(Page page, String name, String value);

  /** Follows a link or presses a button, and waits for the page it leads to. */
  void press(Page page, String selector);
}
