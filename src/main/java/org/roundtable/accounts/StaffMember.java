package org.roundtable.accounts;

import io.vertx.core.json.JsonObject;
import java.time.OffsetDateTime;
import org.roundtable.web.Role;

public record StaffMember(String id, String email, String name, Role role, OffsetDateTime createdAt) {

  public JsonObject toJson() {
    return new JsonObject().put("id", id).put("email", email).put("name", name).put("role", role.wire())
        .put("createdAt", createdAt.toString());
  }
}
