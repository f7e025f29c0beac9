package org.roundtable.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.roundtable.support.HttpResult;
import org.roundtable.support.TestApp;

/** The OpenAPI document is served and names every API route the server mounts. */
class OpenApiDocumentTest {
  @RegisterExtension
  static final TestApp app = new TestApp();

  @Test
  void everyMountedApiRouteIsDocumented() {
    HttpResult doc = app.api().get("/api/v1/openapi.yaml", null);
    assertEquals(200, doc.status());
    assertTrue(doc.header("Content-Type").startsWith("application/yaml"));
    List<String> missing = new ArrayList<>();
    for (Routes.Route route : app.app().routeTable()) {
      if (!route.path().startsWith("/api/") && !route.path().equals("/health")) {
        continue;
      }
      String documented = route.path().replaceAll(":([A-Za-z]+)", "{$1}");
      String pathLine = "\n  " + documented + ":\n";
      int at = doc.body().indexOf(pathLine);
      if (at < 0) {
        missing.add(route.method() + " " + documented);
        continue;
      }
      int next = doc.body().indexOf("\n  /", at + pathLine.length());
      String block = doc.body().substring(at, next < 0 ? doc.body().length() : next);
      if (!block.contains("\n    " + route.method().name().toLowerCase() + ":")) {
        missing.add(route.method() + " " + documented);
      }
    }
    assertEquals(List.of(), missing, "routes missing from web/api/openapi.yaml");
  }
}
