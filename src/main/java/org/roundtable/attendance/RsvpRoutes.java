package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import org.roundtable.participants.ParticipantStore;
import org.roundtable.web.Access;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * "I will come" and "I can't come after all" for a session: buttons on the home page (forms that post and come
 * back to the session's card) and the API. The home page itself shows the seats through {@link SeatsHomePanel}.
 */
final class RsvpRoutes implements Feature {
  private final Seats seats;
  private final ParticipantStore participants;
  private final String baseUrl;

  RsvpRoutes(Seats seats, ParticipantStore participants, String baseUrl) {
    this.seats = seats;
    this.participants = participants;
    this.baseUrl = baseUrl;
  }

  @Override
  public void mount(Routes routes) {
    Access me = Access.roles(Role.PARTICIPANT);
    routes.post("/sessions/:id/rsvp", me, this::takeFromForm)
        .post("/sessions/:id/rsvp/cancel", me, this::cancelFromForm)
        .put("/api/v1/sessions/:id/rsvp", me, this::takeFromJson)
        .delete("/api/v1/sessions/:id/rsvp", me, this::cancelFromJson)
        .get("/api/v1/me/sessions", me, this::mineJson);
  }

  private Future<Void> takeFromForm(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return seats.take(Identity.actor(ctx), id).map(answer -> {
      backToCard(ctx, answer.status().wire(), id);
      return null;
    });
  }

  private Future<Void> cancelFromForm(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return seats.cancel(Identity.actor(ctx), id).map(v -> {
      backToCard(ctx, SeatsHomePanel.CANCELLED, id);
      return null;
    });
  }

  private static void backToCard(RoutingContext ctx, String what, String sessionId) {
    Routes.seeOther(ctx, "/home?rsvp=" + what + "&session=" + sessionId + "#session-" + sessionId);
  }

  private Future<Void> takeFromJson(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return seats.take(Identity.actor(ctx), id).map(answer -> {
      JsonObject body = new JsonObject().put("sessionId", id).put("status", answer.status().wire());
      Api.ok(ctx, answer.position() == null ? body : body.put("position", answer.position()));
      return null;
    });
  }

  private Future<Void> cancelFromJson(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return seats.cancel(Identity.actor(ctx), id).map(v -> {
      Api.ok(ctx, new JsonObject().put("sessionId", id).put("status", "none"));
      return null;
    });
  }

  /** Every session of their round, past ones too, with the seats, their answer and whether they came. */
  private Future<Void> mineJson(RoutingContext ctx) {
    return Participation.active(participants, Identity.actor(ctx)).compose(me -> seats.places(me, false))
        .map(all -> {
          JsonArray list = new JsonArray();
          all.forEach(places -> list.add(places.session().toJson(baseUrl)
              .put("going", places.going())
              .put("waiting", places.waiting())
              .put("placesLeft", places.placesLeft())
              .put("rsvp", places.mine() == null ? null : new JsonObject().put("status", places.mine().wire())
                  .put("position", places.position()))
              .put("checkedIn", places.checkedIn())));
          Api.ok(ctx, new JsonObject().put("sessions", list));
          return null;
        });
  }
}
