package org.roundtable.web;

import io.vertx.core.Future;
import java.util.Optional;

/** Turns a session cookie or bearer token into the person behind it; the accounts feature provides it. */
public interface Authenticator {
  Future<Optional<Actor>> actorForToken(String token);
}
