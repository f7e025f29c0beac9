package org.roundtable.proposals;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.roundtable.rounds.Round;
import org.roundtable.web.Access;
import org.roundtable.web.Actor;
import org.roundtable.web.Feature;
import org.roundtable.web.HttpProblem;
import org.roundtable.web.Identity;
import org.roundtable.web.Input;
import org.roundtable.web.Language;
import org.roundtable.web.Pages;
import org.roundtable.web.Role;
import org.roundtable.web.Routes;

/**
 * The staff pages for proposals: a round's list, the form with guiding questions and grades, the proposal
 * with its draft and versions, and each version with what changed. Every staff member may read; organisers
 * (admins and facilitators) write and publish.
 */
public final class ProposalPageRoutes implements Feature {
  private final Proposals proposals;
  private final Pages pages;

  public ProposalPageRoutes(Proposals proposals, Pages pages) {
    this.proposals = proposals;
    this.pages = pages;
  }

  @Override
  public void mount(Routes routes) {
    Access organisers = Access.roles(Role.ADMIN, Role.FACILITATOR);
    routes.get("/staff/rounds/:id/proposals", Access.staff(), this::list)
        .get("/staff/rounds/:id/proposals/new", organisers, this::newForm)
        .post("/staff/rounds/:id/proposals", organisers, this::create)
        .get("/staff/proposals/:id", Access.staff(), this::show)
        .get("/staff/proposals/:id/edit", organisers, this::editForm)
        .post("/staff/proposals/:id/edit", organisers, this::update)
        .post("/staff/proposals/:id/publish", organisers, this::publish)
        .get("/staff/proposals/:id/versions/:n", Access.staff(), this::version);
  }

  private Future<Void> list(RoutingContext ctx) {
    String roundId = ctx.pathParam("id");
    return proposals.round(roundId).compose(round -> proposals.store().summariesForRound(roundId).map(summaries -> {
      pages.render(ctx, "proposals/list", Map.of(
          "round", roundModel(round),
          "proposals", summaries.stream().map(ProposalPageRoutes::summaryModel).toList(),
          "canEdit", isOrganiser(ctx)));
      return null;
    }));
  }

  private Future<Void> newForm(RoutingContext ctx) {
    return proposals.round(ctx.pathParam("id")).map(round -> {
      Map<String, Object> model = formModel(round, null, Map.of("language", Language.of(ctx)), Map.of(), null);
      pages.render(ctx, "proposals/form", model);
      return null;
    });
  }

  private Future<Void> create(RoutingContext ctx) {
    return proposals.round(ctx.pathParam("id")).compose(round -> {
      Input in = Input.form(ctx);
      ProposalText text = ProposalText.parse(in);
      if (!in.valid()) {
        renderInvalid(ctx, in, round, null);
        return Future.succeededFuture();
      }
      return proposals.create(Identity.actor(ctx), round.id(), text)
          .map(proposal -> {
            Routes.seeOther(ctx, "/staff/proposals/" + proposal.id() + "?saved=1");
            return null;
          });
    });
  }

  private Future<Void> show(RoutingContext ctx) {
    return proposals.proposal(ctx.pathParam("id")).compose(proposal -> showProposal(ctx, 200, proposal, Map.of()));
  }

  /** The proposal page; {@code notice} carries why publishing was refused, when it was. */
  private Future<Void> showProposal(RoutingContext ctx, int status, Proposal proposal, Map<String, Object> notice) {
    return proposals.round(proposal.roundId()).compose(round -> proposals.versions(proposal.id()).map(versions -> {
      String lang = Language.of(ctx);
      Map<String, Object> model = new HashMap<>(notice);
      model.put("round", roundModel(round));
      model.put("proposal", proposalModel(proposal));
      model.put("versions", versions.stream().map(entry -> Map.of(
          "number", entry.number(),
          "title", entry.title(),
          "publishedAt", ProposalViews.when(entry.publishedAt(), lang),
          "publishedBy", entry.publishedByName(),
          "readability", ProposalViews.grade(entry.grade()))).toList());
      model.put("canEdit", isOrganiser(ctx));
      model.put("saved", ctx.request().getParam("saved") != null);
      if (isOrganiser(ctx)) {
        model.put("overall", ProposalViews.grade(proposal.readability().grade()));
        model.put("parts", ProposalViews.gradedParts(proposal.draft(), proposal.readability()));
      }
      pages.render(ctx, status, "proposals/show", model);
      return null;
    }));
  }

  private Future<Void> editForm(RoutingContext ctx) {
    return proposals.proposal(ctx.pathParam("id")).compose(proposal -> proposals.round(proposal.roundId())
        .map(round -> {
          pages.render(ctx, "proposals/form",
              formModel(round, proposal, typed(proposal.draft()), Map.of(), proposal.readability()));
          return null;
        }));
  }

  private Future<Void> update(RoutingContext ctx) {
    return proposals.proposal(ctx.pathParam("id")).compose(proposal -> {
      Input in = Input.form(ctx);
      ProposalText text = ProposalText.parse(in);
      if (!in.valid()) {
        return proposals.round(proposal.roundId()).map(round -> {
          renderInvalid(ctx, in, round, proposal);
          return null;
        });
      }
      return proposals.update(Identity.actor(ctx), proposal.id(), text).map(saved -> {
        Routes.seeOther(ctx, "/staff/proposals/" + saved.id() + "?saved=1");
        return null;
      });
    });
  }

  private Future<Void> publish(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return proposals.publish(Identity.actor(ctx), id)
        .<Void>map(version -> {
          Routes.seeOther(ctx, "/staff/proposals/" + id + "/versions/" + version.number() + "?published=1");
          return null;
        })
        .recover(failure -> {
          if (failure instanceof HttpProblem problem && problem.status() == 409) {
            return proposals.proposal(id)
                .compose(proposal -> showProposal(ctx, 409, proposal, refusal(problem, proposal)));
          }
          return Future.failedFuture(failure);
        });
  }

  private Future<Void> version(RoutingContext ctx) {
    String id = ctx.pathParam("id");
    return proposals.proposal(id).compose(proposal -> proposals.version(id, ctx.pathParam("n")).map(found -> {
      ProposalVersion version = found.version();
      VersionChanges changes = found.changes();
      String lang = Language.of(ctx);
      Map<String, Object> model = new HashMap<>();
      model.put("proposal", proposalModel(proposal));
      model.put("number", version.number());
      model.put("title", version.text().title());
      model.put("language", version.text().language());
      model.put("publishedAt", ProposalViews.when(version.publishedAt(), lang));
      model.put("publishedAtIso", version.publishedAt().toString());
      model.put("publishedBy", version.publishedByName());
      model.put("justPublished", ctx.request().getParam("published") != null);
      model.put("overall", ProposalViews.grade(version.readability().grade()));
      model.put("parts", ProposalViews.changedParts(version, changes));
      model.put("isLatest", Integer.valueOf(version.number()).equals(proposal.publishedVersion()));
      if (changes != null) {
        model.put("changes", Map.of(
            "since", changes.sinceVersion(),
            "changedKeys", changes.changed().stream().map(ProposalPageRoutes::changedKey).toList(),
            "titleChanged", changes.changed().contains("title"),
            "title", ProposalViews.segments(changes.title()),
            "languageChanged", changes.changed().contains("language"),
            "languageBefore", changes.languageBefore()));
      }
      pages.render(ctx, "proposals/version", model);
      return null;
    }));
  }

  private Map<String, Object> formModel(Round round, Proposal proposal, Map<String, String> values,
                                        Map<String, String> errors, ProposalReadability saved) {
    Map<String, Object> model = new HashMap<>();
    model.put("round", roundModel(round));
    model.put("isNew", proposal == null);
    model.put("action", proposal == null
        ? "/staff/rounds/" + round.id() + "/proposals"
        : "/staff/proposals/" + proposal.id() + "/edit");
    if (proposal != null) {
      model.put("proposal", proposalModel(proposal));
      model.put("overall", ProposalViews.grade(saved.grade()));
    }
    model.put("form", values);
    model.put("errors", errors);
    model.put("textLanguages", TextLanguage.CODES);
    model.put("parts", ProposalViews.formParts(values, errors, saved));
    return model;
  }

  /** The form again with what was typed, each problem beside its field, and the grades of the last save. */
  private void renderInvalid(RoutingContext ctx, Input in, Round round, Proposal proposal) {
    Map<String, String> errors = in.errors().render(pages.messages(), Language.of(ctx));
    Map<String, Object> model = formModel(round, proposal, in.typed(), errors,
        proposal == null ? null : proposal.readability());
    model.put("errorList", pages.formModel(ctx, in).get("errorList"));
    pages.render(ctx, 400, "proposals/form", model);
  }

  /** Why publishing was refused, in words, with the parts still to write when that is the reason. */
  private static Map<String, Object> refusal(HttpProblem problem, Proposal proposal) {
    List<String> emptyParts = "incomplete".equals(problem.code())
        ? proposal.draft().sections().missing().stream().map(Part::titleKey).toList()
        : List.of();
    return Map.of("refusal", Map.of("messageKey", problem.messageKey(), "emptyParts", emptyParts));
  }

  private static Map<String, String> typed(ProposalText text) {
    Map<String, String> values = new HashMap<>();
    values.put("title", text.title());
    values.put("language", text.language());
    for (Part part : Part.values()) {
      values.put("sections." + part.wire(), text.sections().text(part));
    }
    return values;
  }

  private static Map<String, Object> roundModel(Round round) {
    return Map.of("id", round.id(), "title", round.title());
  }

  private static Map<String, Object> proposalModel(Proposal proposal) {
    Map<String, Object> model = new HashMap<>();
    model.put("id", proposal.id());
    model.put("title", proposal.draft().title());
    model.put("language", proposal.draft().language());
    model.put("status", proposal.status().wire());
    model.put("version", proposal.version());
    model.put("publishedVersion", proposal.publishedVersion() == null ? 0 : proposal.publishedVersion());
    model.put("hasPublished", proposal.publishedVersion() != null);
    model.put("canPublish", proposal.status() != PublicationStatus.PUBLISHED);
    model.put("submittedBy", proposal.submittedBy().name());
    model.put("submittedByRole", proposal.submittedBy().role());
    return model;
  }

  private static Map<String, Object> summaryModel(ProposalSummary summary) {
    return Map.of(
        "id", summary.id(),
        "title", summary.title(),
        "language", summary.language(),
        "status", summary.status().wire(),
        "publishedVersion", summary.publishedVersion() == null ? 0 : summary.publishedVersion(),
        "readability", ProposalViews.grade(summary.grade()));
  }

  private static String changedKey(String changed) {
    return switch (changed) {
      case "title" -> "proposals.form.title";
      case "language" -> "proposals.form.languageShort";
      default -> "proposals.part." + changed + ".title";
    };
  }

  private static boolean isOrganiser(RoutingContext ctx) {
    Actor actor = Identity.actor(ctx);
    return actor != null && actor.is(Role.ADMIN, Role.FACILITATOR);
  }
}
