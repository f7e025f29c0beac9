package org.roundtable.participants;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.proposals.ProposalVersion;
import org.roundtable.proposals.ProposalViews;
import org.roundtable.proposals.Proposals;
import org.roundtable.rounds.Round;
import org.roundtable.rounds.RoundStore;
import org.roundtable.rounds.SessionStore;
import org.roundtable.rounds.SessionView;
import org.roundtable.web.Access;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * A participant's own round: what it is about and what it promises, the sessions to come, and the published
 * proposals to read. Both wait until the person has consented (the route guard sees to it).
 */
public final class HomeRoutes implements Feature {
  private final ParticipantStore participants;
  private final RoundStore rounds;
  private final SessionStore sessions;
  private final Proposals proposals;
  private final Pages pages;
  private final Glossary glossary;
  private final List<ProposalPanel> panels;
  private final List<HomePanel> homePanels;

  HomeRoutes(ParticipantStore participants, RoundStore rounds, SessionStore sessions, Proposals proposals,
             Pages pages, List<ProposalPanel> panels, List<HomePanel> homePanels) {
    this.participants = participants;
    this.rounds = rounds;
    this.sessions = sessions;
    this.proposals = proposals;
    this.pages = pages;
    this.glossary = new Glossary(pages.messages());
    this.panels = List.copyOf(panels);
    this.homePanels = List.copyOf(homePanels);
  }

  @Override
  public void mount(Routes routes) {
    Access me = Access.roles(Role.PARTICIPANT);
    routes.get(ParticipantRoutes.HOME, me, this::home)
        .get("/proposals/:id", me, this::read);
  }

  private Future<Void> home(RoutingContext ctx) {
    return ParticipantRoutes.me(participants, ctx).compose(participant -> rounds.find(participant.roundId())
        .compose(round -> sessions.forRound(participant.roundId())
            .compose(all -> proposals.store().publishedForRound(participant.roundId()).map(published -> {
              String lang = Language.of(ctx);
              Instant now = Instant.now();
              Map<String, Object> model = new HashMap<>();
              model.put("round", roundModel(round.orElseThrow()));
              model.put("sessions", all.stream().filter(s -> s.endsAt().isAfter(now))
                  .map(s -> SessionView.of(s, lang, pages.messages())).toList());
              model.put("proposals", published);
              return model;
            })))
            .compose(model -> {
              Future<Void> filled = Future.succeededFuture();
              for (HomePanel panel : homePanels) {
                filled = filled.compose(v -> panel.addTo(model, ctx, participant));
              }
              return filled.map(v -> {
                pages.render(ctx, "participants/home", model);
                return null;
              });
            }));
  }

  /** The latest published version; a proposal of another round, or one never published, is not there (404). */
  private Future<Void> read(RoutingContext ctx) {
    return ParticipantRoutes.me(participants, ctx).compose(participant -> proposals.proposal(ctx.pathParam("id"))
        .compose(proposal -> {
          if (!proposal.roundId().equals(participant.roundId())) {
            throw HttpProblem.notFound();
          }
          return proposals.latest(proposal);
        }).compose(latest -> {
          ProposalVersion version = latest.orElseThrow(HttpProblem::notFound).version();
          List<Map<String, Object>> parts = ProposalViews.changedParts(version, latest.get().changes());
          parts.forEach(part -> part.put("segments", glossary.link(segments(part), version.text().language())));
          Map<String, Object> model = new HashMap<>();
          model.put("id", ctx.pathParam("id"));
          model.put("title", version.text().title());
          model.put("language", version.text().language());
          model.put("number", version.number());
          model.put("publishedAt", ProposalViews.when(version.publishedAt(), Language.of(ctx)));
          model.put("parts", parts);
          model.put("since", latest.get().changes() == null ? 0 : latest.get().changes().sinceVersion());
          model.put("glossary", Glossary.TERMS);
          model.put("changedParts", parts.stream().filter(p -> Boolean.TRUE.equals(p.get("changed"))).toList());
          ProposalPanel.ProposalOnPage onPage = new ProposalPanel.ProposalOnPage(ctx.pathParam("id"),
              participant.roundId(), version.number(), version.text().language());
          Future<Void> filled = Future.succeededFuture();
          for (ProposalPanel panel : panels) {
            filled = filled.compose(v -> panel.addTo(model, ctx, participant, onPage));
          }
          return filled.map(v -> {
            pages.render(ctx, "participants/read", model);
            return null;
          });
        }));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> segments(Map<String, Object> part) {
    return (List<Map<String, Object>>) part.get("segments");
  }

  private static Map<String, Object> roundModel(Round round) {
    return Map.of(
        "title", round.title(),
        "purpose", round.purpose(),
        "levelKey", "level." + round.participationLevel(),
        "promiseKey", "level." + round.participationLevel() + ".promise",
        "decisionRule", round.decisionRule());
  }
}
