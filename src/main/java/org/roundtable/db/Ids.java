package org.roundtable.db;

import java.util.Optional;
import java.util.UUID;

/** Record ids are UUIDs in the database and strings on the wire; anything else is simply "not found". */
public final class Ids {
  private Ids() {}

  public static Optional<UUID> parse(String id) {
    if (id == null || id.length() != 36) {
      return Optional.empty();
    }
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
