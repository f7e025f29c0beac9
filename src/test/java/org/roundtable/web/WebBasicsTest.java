package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;

class WebBasicsTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void everyResponseCarriesTheSecurityHeaders() {
    for (HttpResult r : new HttpResult[] {app.pages().get("/"), app.pages().get("/no-such-page"),
        app.api().get("/health", null), app.api().get("/api/v1/staff", null)}) {
      String csp = r.header("Content-Security-Policy");
      assertNotNull(csp, r.toString());
      assertTrue(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
      assertTrue(csp.contains("frame-ancestors 'none'"));
      assertEquals("nosniff", r.header("X-Content-Type-Options"));
      assertEquals("no-referrer", r.header("Referrer-Policy"));
    }
  }

  @Test
  void unknownPagesAnswer404InThePersonsLanguage() {
    HttpResult english = app.pages().get("/nowhere");
    assertEquals(404, english.status());
    assertTrue(english.body().contains("Page not found"));
    HttpResult spanish = app.pages().language("es").get("/nowhere");
    assertEquals(404, spanish.status());
    assertTrue(spanish.body().contains("Página no encontrada"));
    assertTrue(spanish.body().contains("<html lang=\"es\">"));
  }

  @Test
  void unknownApiPathsAnswerJson404() {
    HttpResult result = app.api().get("/api/v1/nowhere", null);
    assertEquals(404, result.status());
    assertEquals("not_found", result.json().getJsonObject("error").getString("code"));
  }

  @Test
  void languageSwitchRemembersTheChoiceAndStaysOnSite() {
    var browser = app.pages();
    HttpResult switched = browser.get("/language/es?back=/sign-in");
    assertEquals(303, switched.status());
    assertEquals("/sign-in", switched.header("Location"));
    assertTrue(browser.get("/sign-in").body().contains("Entrada del personal"));
    assertEquals("/", app.pages().get("/language/es?back=//evil.example").header("Location"));
  }

  @Test
  void healthReportsTheDatabase() {
    HttpResult result = app.api().get("/health", null);
    assertEquals(200, result.status());
    assertEquals("ok", result.json().getString("database"));
  }

  @Test
  void staticFilesAreCompressedAndCachedForAYear() throws Exception {
    HttpResponse<byte[]> css = HttpClient.newHttpClient().send(
        HttpRequest.newBuilder(URI.create(app.base() + "/static/css/site.css")).header("Accept-Encoding", "gzip").build(),
        HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, css.statusCode());
    assertEquals("gzip", css.headers().firstValue("Content-Encoding").orElse(null));
    assertTrue(css.headers().firstValue("Cache-Control").orElse("").contains("max-age=31536000"));
  }

  @Test
  void requestBodiesOverTheLimitAre413() {
    String huge = "{\"email\":\"" + "x".repeat((int) WebServer.BODY_LIMIT_BYTES + 10) + "\"}";
    assertEquals(413, app.api().post("/api/v1/auth/staff", null, huge).status());
  }
}
