package org.roundtable.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.roundtable.web.Role;

/**
 * The system's Chromium driven by Playwright, shared by all browser tests. Missing Chromium skips the browser
 * tests on a developer's machine but fails them in CI, so they can never pass by not running.
 */
public final class Chromium {
  public static final List<int[]> VIEWPORTS = List.of(new int[] {390, 844}, new int[] {1280, 800});
  private static final Path EXECUTABLE = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
  private static final String COMFORT_CHECK = resource("/browser/comfort-check.js");
  private static Browser browser;

  private Chromium() {}

  public static synchronized Browser browser() {
    if (browser == null) {
      if (!Files.isExecutable(EXECUTABLE)) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
          fail("Chromium is missing at " + EXECUTABLE + "; .ci/run installs it (apt-get install chromium)");
        }
        Assumptions.abort("Chromium is not installed at " + EXECUTABLE + "; browser tests skipped locally");
      }
      Playwright playwright = Playwright.create(new Playwright.CreateOptions()
          .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
      browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
          .setExecutablePath(EXECUTABLE)
          .setHeadless(true)
          .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
              "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
      Runtime.getRuntime().addShutdownHook(new Thread(playwright::close));
    }
    return browser;
  }

  /** A fresh browser window (own cookies) at a size and language, optionally with JavaScript off (axe needs it on). */
  public static BrowserContext context(TestApp app, int[] viewport, String lang, boolean javaScript) {
    BrowserContext context = browser().newContext(new Browser.NewContextOptions()
        .setViewportSize(viewport[0], viewport[1])
        .setJavaScriptEnabled(javaScript)
        .setLocale(lang));
    context.addCookies(List.of(new Cookie("rt_lang", lang).setUrl(app.base())));
    context.setDefaultTimeout(10_000);
    return context;
  }

  /** Signs a browser window in through the sign-in page, as a person would. */
  public static void signIn(TestApp app, Page page, Role role) {
    app.token(role);
    page.navigate(app.base() + "/sign-in");
    page.fill("#f-email", role == Role.ADMIN ? TestApp.ADMIN_EMAIL : role.wire() + "@test.example");
    page.fill("#f-password", role == Role.ADMIN ? TestApp.ADMIN_PASSWORD : TestApp.STAFF_PASSWORD);
    page.click("form.form button[type=submit]");
    page.waitForURL(url -> !url.contains("/sign-in"));
  }

  /**
   * axe-core finds no WCAG 2.2 AA violation on the page as it is now, and what axe leaves out holds too:
   * text of at least 16px and touch targets of at least 44px (see {@code browser/comfort-check.js}).
   */
  public static void assertAccessible(Page page) {
    assertEquals(List.of(), page.evaluate(COMFORT_CHECK), "text or targets too small on " + page.url());
    AxeResults results = new AxeBuilder(page)
        .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"))
        .analyze();
    List<Rule> violations = results.getViolations();
    assertEquals(List.of(), violations.stream().map(Chromium::describe).toList(),
        "axe violations on " + page.url());
  }

  /** Checks a page at phone and desktop size, in English and Spanish; {@code role} null means signed out. */
  public static void assertAccessibleEverywhere(TestApp app, Role role, String path) {
    assertAccessibleEverywhereAs(app, page -> {
      if (role != null) {
        signIn(app, page, role);
      }
    }, path);
  }

  /** The same, signing each fresh window in with {@code signIn} first (e.g. {@link Participants#signIn}). */
  public static void assertAccessibleEverywhereAs(TestApp app, Consumer<Page> signIn, String path) {
    assertAccessibleEverywhereAfter(app, signIn.andThen(page -> page.navigate(app.base() + path)));
  }

  /** The same for a page as {@code visit} leaves it, e.g. a form shown again with its errors. */
  public static void assertAccessibleEverywhereAfter(TestApp app, Consumer<Page> visit) {
    for (int[] viewport : VIEWPORTS) {
      for (String lang : List.of("en", "es")) {
        try (BrowserContext context = context(app, viewport, lang, true)) {
          Page page = context.newPage();
          visit.accept(page);
          assertEquals(lang, page.getAttribute("html", "lang"), page.url());
          assertAccessible(page);
        }
      }
    }
  }

  private static String resource(String name) {
    try (InputStream in = Chromium.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("test resource " + name, e);
    }
  }

  private static String describe(Rule rule) {
    return rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream()
        .map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", "));
  }
}
