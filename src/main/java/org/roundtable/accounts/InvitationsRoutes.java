package org.roundtable.accounts;

import io.vertx.core.Future;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.roundtable.audit.AuditLog;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStatus;
import org.roundtable.rounds.RoundStore;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Api;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Messages;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * Invitation codes for a round: staff make them in batches and print each batch as cut-out cards with a QR
 * code. Codes are secrets, so only the staff who hand them out (admins, facilitators) ever see them.
 */
public final class InvitationsRoutes implements Feature {
  private static final DateTimeFormatter MADE_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

  private final Pool pool;
  private final Pages pages;
  private final InvitationStore invitations;
  private final RoundStore rounds;
  private final AuditLog audit;
  private final JoinLinks join;

  public InvitationsRoutes(Pool pool, Pages pages, InvitationStore invitations, RoundStore rounds, AuditLog audit,
                           String baseUrl) {
    this.pool = pool;
    this.pages = pages;
    this.invitations = invitations;
    this.rounds = rounds;
    this.audit = audit;
    this.join = new JoinLinks(baseUrl);
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/invitations", organisers, this::page)
        .post("/staff/rounds/:id/invitations", organisers, this::createFromForm)
        .get("/staff/rounds/:id/invitations/batches/:batchId", organisers, this::sheet)
        .get("/api/v1/rounds/:id/invitations", organisers, this::listJson)
        .post("/api/v1/rounds/:id/invitations", organisers, this::createFromJson);
  }

  private Future<Void> page(RoutingContext ctx) {
    return showPage(ctx, 200, Map.of());
  }

  private Future<Void> showPage(RoutingContext ctx, int status, Map<String, Object> form) {
    return round(ctx).compose(round -> invitations.counts(round.id())
        .compose(counts -> invitations.batches(round.id()).map(batches -> {
          Map<String, Object> model = new HashMap<>(form);
          model.put("round", round);
          model.put("canInvite", acceptsInvitations(round.status()));
          model.put("counts", counts.stream().map(c -> Map.of(
              "group", c.group().wire(), "invited", c.invited(), "used", c.used())).toList());
          model.put("batches", batches.stream().map(b -> Map.of(
              "id", b.id(), "group", b.group().wire(), "madeAt", MADE_AT.format(b.createdAt()
                  .atZoneSameInstant(ZoneOffset.UTC)), "codes", b.codes(), "used", b.used())).toList());
          model.put("groups", ParticipantGroup.WIRE);
          pages.render(ctx, status, "invitations/invitations", model);
          return null;
        })));
  }

  private Future<Void> createFromForm(RoutingContext ctx) {
    Input in = Input.form(ctx);
    InvitationRequest request = InvitationRequest.parse(in);
    if (!in.valid()) {
      return showPage(ctx, 400, pages.formModel(ctx, in));
    }
    return create(ctx, request).map(batch -> {
      Routes.seeOther(ctx, sheetPath(batch.roundId(), batch.batchId()) + "?made=1");
      return null;
    });
  }

  private Future<Void> createFromJson(RoutingContext ctx) {
    Input in = Input.json(ctx, InvitationRequest.FIELDS);
    InvitationRequest request = InvitationRequest.parse(in);
    in.requireValid();
    return create(ctx, request).map(batch -> {
      Api.created(ctx, new JsonObject()
          .put("roundId", batch.roundId())
          .put("batchId", batch.batchId())
          .put("group", request.group().wire())
          .put("codes", new JsonArray(batch.codes().stream().map(InvitationCodes::format).toList())));
      return null;
    });
  }

  private record NewBatch(String roundId, String batchId, List<String> codes) {}

  private Future<NewBatch> create(RoutingContext ctx, InvitationRequest request) {
    Actor actor = Identity.actor(ctx);
    return round(ctx).compose(round -> {
      if (!acceptsInvitations(round.status())) {
        throw HttpProblem.conflict("round_closed", "invitations.roundClosed");
      }
      String batchId = UUID.randomUUID().toString();
      // The codes themselves never go into the audit log: it is read more widely than the codes should be.
      JsonObject details = new JsonObject().put("group", request.group().wire()).put("count", request.count())
          .put("batchId", batchId);
      return pool.withTransaction(tx -> invitations.createBatch(tx, round.id(), request.group(), request.count(),
              batchId, actor.id())
          .compose(codes -> audit.record(tx, actor, "invitations.created", "round", round.id(), details)
              .map(new NewBatch(round.id(), batchId, codes))));
    });
  }

  private Future<Void> listJson(RoutingContext ctx) {
    return round(ctx).compose(round -> invitations.counts(round.id())
        .compose(counts -> invitations.all(round.id()).map(all -> {
          JsonObject groups = new JsonObject();
          counts.forEach(c -> groups.put(c.group().wire(),
              new JsonObject().put("invited", c.invited()).put("used", c.used())));
          JsonArray list = new JsonArray(all.stream().map(i -> new JsonObject()
              .put("code", InvitationCodes.format(i.code()))
              .put("group", i.group().wire())
              .put("batchId", i.batchId())
              .put("createdAt", i.createdAt().toString())
              .put("used", i.usedAt() != null)
              .put("usedAt", i.usedAt() == null ? null : i.usedAt().toString())).toList());
          Api.ok(ctx, new JsonObject().put("roundId", round.id()).put("groups", groups).put("invitations", list));
          return null;
        })));
  }

  private Future<Void> sheet(RoutingContext ctx) {
    return round(ctx).compose(round -> invitations.batch(round.id(), ctx.pathParam("batchId")).map(found -> {
      InvitationStore.Batch batch = found.orElseThrow(HttpProblem::notFound);
      String lang = Language.of(ctx);
      Messages messages = pages.messages();
      String groupKey = "invitations.group." + batch.group().wire();
      // The cards go to participants, whatever language the staff member reads: each speaks every language.
      List<Map<String, String>> cardTexts = Messages.LANGUAGES.stream().map(l -> Map.of(
          "lang", l,
          "group", messages.text(l, groupKey),
          "codeLabel", messages.text(l, "invitations.card.codeLabel"),
          "howTo", messages.text(l, "invitations.card.howTo", join.typedAddress()))).toList();
      List<Map<String, String>> cards = batch.unusedCodes().stream().map(code -> {
        String display = InvitationCodes.format(code);
        return Map.of("code", display,
            "qr", QrCodes.svg(join.url(code), messages.text(lang, "invitations.card.qrLabel", display)));
      }).toList();
      Map<String, Object> model = new HashMap<>();
      model.put("round", round);
      model.put("group", batch.group().wire());
      model.put("cards", cards);
      model.put("cardTexts", cardTexts);
      model.put("usedLeftOut", batch.used());
      model.put("hasUsedLeftOut", batch.used() > 0);
      model.put("justMade", !ctx.queryParam("made").isEmpty());
      model.put("backPath", "/staff/rounds/" + round.id() + "/invitations");
      pages.render(ctx, "invitations/sheet", model);
      return null;
    }));
  }

  private Future<Round> round(RoutingContext ctx) {
    return rounds.find(ctx.pathParam("id")).map(found -> found.orElseThrow(HttpProblem::notFound));
  }

  /** Codes are for people still to come: once a round is closed nobody can join it. */
  static boolean acceptsInvitations(RoundStatus status) {
    return status == RoundStatus.DRAFT || status == RoundStatus.OPEN;
  }

  private static String sheetPath(String roundId, String batchId) {
    return "/staff/rounds/" + roundId + "/invitations/batches/" + batchId;
  }
}
