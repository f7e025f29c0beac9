package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.stream.StreamSupport;
import org.roundtable.web.Role;

/** The staff table. */
public final class StaffStore {
  /** A staff member with the password hash, for sign-in only. */
  public record Credentials(StaffMember member, String passwordHash) {}

  private static final String COLUMNS = "id::text, email, name, role, created_at";
  private final Pool pool;

  public StaffStore(Pool pool) {
    this.pool = pool;
  }

  /** Empty when the email is taken (the unique index decides, so two admins racing cannot both win). */
  public Future<Optional<StaffMember>> create(SqlClient client, String email, String name, Role role, String hash) {
    return client.preparedQuery("INSERT INTO staff (email, name, role, password_hash) VALUES ($1, $2, $3, $4) "
            + "ON CONFLICT (lower(email)) DO NOTHING RETURNING " + COLUMNS)
        .execute(Tuple.of(email, name, role.wire(), hash))
        .map(rows -> first(rows).map(StaffStore::member));
  }

  public Future<Optional<Credentials>> credentials(String email) {
    return pool.preparedQuery("SELECT " + COLUMNS + ", password_hash FROM staff WHERE lower(email) = lower($1)")
        .execute(Tuple.of(email))
        .map(rows -> first(rows).map(row -> new Credentials(member(row), row.getString(5))));
  }

  public Future<List<StaffMember>> all() {
    return pool.query("SELECT " + COLUMNS + " FROM staff ORDER BY role, lower(name)").execute()
        .map(rows -> StreamSupport.stream(rows.spliterator(), false).map(StaffStore::member).toList());
  }

  public Future<Boolean> anyAdmin() {
    return pool.query("SELECT EXISTS (SELECT 1 FROM staff WHERE role = 'admin')").execute()
        .map(rows -> rows.iterator().next().getBoolean(0));
  }

  private static Optional<Row> first(RowSet<Row> rows) {
    return rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next());
  }

  private static StaffMember member(Row row) {
    return new StaffMember(row.getString(0), row.getString(1), row.getString(2),
        Role.fromWire(row.getString(3)).orElseThrow(), row.getOffsetDateTime(4));
  }
}
