package org.roundtable.support;

import com.microsoft.playwright.Page;

/** A person tapping and typing on a touch screen; with JavaScript off every tap that sends a form loads a page. */
public final class Pointer implements Hands {
  @Override
  public void type(Page page, String selector, String text) {
    page.fill(selector, text);
  }

  @Override
  public void tick(Page page, String selector) {
    page.check(selector);
  }

  @Override
  public void choose(Page page, String name, String value) {
    page.check("input[type=radio][name='" + name + "'][value='" + value + "']");
  }

  @Override
  public void press(Page page, String selector) {
    page.waitForNavigation(() -> page.click(selector));
  }
}
