package org.roundtable;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The demo round (a county's screening score for child-welfare hotline calls), loaded once through the
 * real JSON API as the admin, so it passes the same validation and lands in the audit log like any round.
 * Every start prints ten unused invitation codes per group, so someone can join at once.
 */
final class DemoRound {
  static final int CODES_PER_GROUP = 10;
  private static final List<String> GROUPS = List.of("community", "frontline");

  private final HttpClient http = HttpClient.newHttpClient();
  private final String base;
  private final String token;
  private final JsonObject content;

  DemoRound(int port, String token) {
    this.base = "http://localhost:" + port;
    this.token = token;
    this.content = readContent();
  }

  /** Loads the round if it is not there yet; returns ten unused codes per group. */
  Map<String, List<String>> loadOnce() {
    String title = content.getJsonObject("round").getString("title");
    String roundId = call("GET", "/api/v1/rounds", null, 200).getJsonArray("rounds").stream()
        .map(JsonObject.class::cast).filter(r -> title.equals(r.getString("title")))
        .map(r -> r.getString("id")).findFirst()
        .orElseGet(this::create);
    return unusedCodes(roundId);
  }

  private String create() {
    String roundId = call("POST", "/api/v1/rounds", content.getJsonObject("round"), 201).getString("id");
    for (Object session : content.getJsonArray("sessions")) {
      call("POST", "/api/v1/rounds/" + roundId + "/sessions", (JsonObject) session, 201);
    }
    JsonObject english = content.getJsonObject("proposal").getJsonObject("en").copy().put("language", "en");
    String proposalId = call("POST", "/api/v1/rounds/" + roundId + "/proposals", english, 201).getString("id");
    call("POST", "/api/v1/proposals/" + proposalId + "/publish", new JsonObject(), 200);
    for (Object statement : content.getJsonObject("statements").getJsonArray("en")) {
      call("POST", "/api/v1/proposals/" + proposalId + "/statements", new JsonObject().put("text", statement), 201);
    }
    // The Spanish text waits as a draft: one published proposal keeps every vote on the same question.
    JsonObject spanish = content.getJsonObject("proposal").getJsonObject("es").copy().put("language", "es");
    call("POST", "/api/v1/rounds/" + roundId + "/proposals", spanish, 201);
    call("POST", "/api/v1/rounds/" + roundId + "/status", new JsonObject().put("status", "open"), 200);
    for (String group : GROUPS) {
      call("POST", "/api/v1/rounds/" + roundId + "/invitations",
          new JsonObject().put("group", group).put("count", CODES_PER_GROUP), 201);
    }
    return roundId;
  }

  private Map<String, List<String>> unusedCodes(String roundId) {
    JsonArray invitations = call("GET", "/api/v1/rounds/" + roundId + "/invitations", null, 200)
        .getJsonArray("invitations");
    Map<String, List<String>> codes = new LinkedHashMap<>();
    for (String group : GROUPS) {
      codes.put(group, invitations.stream().map(JsonObject.class::cast)
          .filter(i -> group.equals(i.getString("group")) && !i.getBoolean("used"))
          .map(i -> i.getString("code")).limit(CODES_PER_GROUP).toList());
    }
    return codes;
  }

  private JsonObject call(String method, String path, JsonObject body, int expected) {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json")
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body.encode()));
    try {
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != expected) {
        throw new IllegalStateException("Demo round: " + method + " " + path + " answered "
            + response.statusCode() + " " + response.body());
      }
      return new JsonObject(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static JsonObject readContent() {
    try (InputStream in = DemoRound.class.getResourceAsStream("/demo/demo-round.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
