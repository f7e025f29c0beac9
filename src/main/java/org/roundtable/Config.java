package org.roundtable;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything Roundtable reads from the environment; secrets come only from here. */
public record Config(
    int port,
    Optional<String> databaseUrl,
    Path dataDir,
    Optional<String> adminEmail,
    Optional<String> adminPassword,
    boolean demo,
    String baseUrl,
    int httpInstances,
    boolean trustProxy,
    int maxStreams) {

  public static Config fromEnvironment(Map<String, String> env) {
    int port = Integer.parseInt(env.getOrDefault("PORT", "8080"));
    return new Config(
        port,
        nonBlank(env.get("DATABASE_URL")),
        Path.of(env.getOrDefault("ROUNDTABLE_DATA_DIR", "data")).toAbsolutePath(),
        nonBlank(env.get("ROUNDTABLE_ADMIN_EMAIL")),
        nonBlank(env.get("ROUNDTABLE_ADMIN_PASSWORD")),
        Boolean.parseBoolean(env.getOrDefault("ROUNDTABLE_DEMO", "false")),
        stripTrailingSlash(env.getOrDefault("ROUNDTABLE_BASE_URL", "http://localhost:" + port)),
        Integer.parseInt(env.getOrDefault("ROUNDTABLE_HTTP_INSTANCES",
            String.valueOf(Runtime.getRuntime().availableProcessors()))),
        // Only behind a proxy that sets X-Forwarded-For itself: otherwise anyone could pick their own address.
        Boolean.parseBoolean(env.getOrDefault("ROUNDTABLE_TRUST_PROXY", "false")),
        Integer.parseInt(env.getOrDefault("ROUNDTABLE_MAX_STREAMS", "10000")));
  }

  public Config withPort(int newPort) {
    return new Config(newPort, databaseUrl, dataDir, adminEmail, adminPassword, demo, baseUrl, httpInstances,
        trustProxy, maxStreams);
  }

  public Config withBaseUrl(String newBaseUrl) {
    return new Config(port, databaseUrl, dataDir, adminEmail, adminPassword, demo, newBaseUrl, httpInstances,
        trustProxy, maxStreams);
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }

  private static String stripTrailingSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}
