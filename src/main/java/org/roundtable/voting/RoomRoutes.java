package org.roundtable.voting;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import org.roundtable.proposals.ProposalSummary;
import org.roundtable.web.Access;
import org.roundtable.web.EventStream;
import org.roundtable.web.Feature;
import org.roundtable.web.Identity;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The room view for the projector: every published proposal's tally, large, updating by itself over one stream
 * for the whole round, and the newest comments. Also the staff stream of one proposal's tally.
 */
final class RoomRoutes implements Feature {
  static final int COMMENTS = 6;

  private final Voting voting;
  private final Pages pages;
  private final RoomComments comments;

  RoomRoutes(Voting voting, Pages pages, RoomComments comments) {
    this.voting = voting;
    this.pages = pages;
    this.comments = comments;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/room", organisers, this::room)
        .get("/staff/rounds/:id/live", organisers, this::roundLive)
        .get("/staff/proposals/:id/live", Access.staff(), this::proposalLive);
  }

  private Future<Void> room(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return voting.proposals().round(roundId).compose(round -> published(roundId)
        .compose(proposals -> Future.all(voting.store().tallies(proposals.stream().map(ProposalSummary::id).toList()),
            comments.newest(roundId, COMMENTS, Language.of(ctx))).map(all -> {
              List<Tally> tallies = all.resultAt(0);
              List<RoomComments.RoomComment> newest = all.resultAt(1);
              DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                  .withLocale(Locale.forLanguageTag(Language.of(ctx)));
              Map<String, Object> model = new HashMap<>();
              model.put("round", Map.of("id", round.id(), "title", round.title()));
              model.put("proposals", IntStream.range(0, proposals.size()).mapToObj(i -> Map.of(
                  "title", proposals.get(i).title(), "language", proposals.get(i).language(),
                  "tally", TallyView.of(tallies.get(i)))).toList());
              model.put("comments", newest.stream().map(c -> Map.of("body", c.body(), "author", c.author(),
                  "topic", c.topic(), "at", time.format(c.at()))).toList());
              model.put("liveSrc", "/staff/rounds/" + roundId + "/live");
              pages.render(ctx, "voting/room", model);
              return null;
            })));
  }

  private Future<Void> roundLive(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return voting.proposals().round(roundId).compose(round -> published(roundId))
        .compose(proposals -> voting.live().watch(EventStream.open(ctx),
            proposals.stream().map(ProposalSummary::id).toList()));
  }

  private Future<Void> proposalLive(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return voting.mayWatch(Identity.actor(ctx), id)
        .compose(v -> voting.live().watch(EventStream.open(ctx), List.of(id)));
  }

  private Future<List<ProposalSummary>> published(String roundId) {
    return voting.proposals().store().publishedForRound(roundId);
  }
}
