package org.roundtable.web;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** A route handler that finishes asynchronously; a failed future becomes an error response. */
@FunctionalInterface
public interface Endpoint {
  Future<?> handle(RoutingContext ctx) throws Exception;
}
