package org.roundtable;

/** Reads the environment, starts Roundtable, and tells the person at the console where it is and how to sign in. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    Config config = Config.fromEnvironment(System.getenv());
    Roundtable app = Roundtable.start(config);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close, "roundtable-shutdown"));

    StringBuilder out = new StringBuilder()
        .append("\n  Roundtable is running at ").append(config.baseUrl()).append('\n')
        .append("  Database: ").append(config.databaseUrl().isPresent() ? "DATABASE_URL"
            : "embedded PostgreSQL, data in " + config.dataDir()).append('\n')
        .append("  Staff sign-in: ").append(config.baseUrl()).append("/sign-in as ")
        .append(app.adminSignIn().email());
    app.adminSignIn().generatedPassword().ifPresentOrElse(
        password -> out.append(" with the password ").append(password)
            .append("\n  (shown only this once: write it down, or set ROUNDTABLE_ADMIN_PASSWORD before the first start)"),
        () -> out.append(config.adminPassword().isPresent()
            ? " with ROUNDTABLE_ADMIN_PASSWORD" : " with the password shown at the first start"));
    app.demoCodes().forEach((group, codes) -> out.append("\n  Demo invitation codes (").append(group)
        .append("), type one at ").append(config.baseUrl()).append("/join:\n    ")
        .append(String.join("  ", codes)));
    System.out.println(out.append('\n'));
  }
}
