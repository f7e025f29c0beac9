package org.roundtable.db;

import io.vertx.pgclient.PgConnectOptions;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/** Where PostgreSQL is, in the two forms we need: JDBC for Flyway, connect options for the Vert.x client. */
public record DatabaseAddress(String host, int port, String database, String user, String password) {

  /** Parses {@code postgres://user:pass@host:port/db} (also {@code postgresql://}). */
  public static DatabaseAddress fromUrl(String url) {
    URI uri = URI.create(url.replaceFirst("^postgres(ql)?://", "http://"));
    String userInfo = uri.getRawUserInfo() == null ? "" : uri.getRawUserInfo();
    String[] credentials = userInfo.split(":", 2);
    String database = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
    return new DatabaseAddress(
        uri.getHost(),
        uri.getPort() == -1 ? 5432 : uri.getPort(),
        database,
        decode(credentials[0]),
        credentials.length > 1 ? decode(credentials[1]) : "");
  }

  public DatabaseAddress withDatabase(String otherDatabase) {
    return new DatabaseAddress(host, port, otherDatabase, user, password);
  }

  public String jdbcUrl() {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database;
  }

  public PgConnectOptions connectOptions() {
    return new PgConnectOptions()
        .setHost(host)
        .setPort(port)
        .setDatabase(database)
        .setUser(user)
        .setPassword(password)
        .setCachePreparedStatements(true)
        .setPipeliningLimit(16);
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }
}
