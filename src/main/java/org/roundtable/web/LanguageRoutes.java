package org.roundtable.web;

import io.vertx.core.Future;
import io.vertx.ext.web.RoutingContext;

/** The language switch in every page's header: a plain link, so it works without JavaScript. */
final class LanguageRoutes implements Feature {

  @Override
  public void mount(Routes routes) {
    routes.get("/language/:lang", Access.anyone(), this::switchLanguage);
  }

  private Future<Void> switchLanguage(RoutingContext ctx) {
    String lang = ctx.pathParam("lang");
    if (!Messages.LANGUAGES.contains(lang)) {
      throw HttpProblem.notFound();
    }
    Language.remember(ctx, lang);
    // Only paths on this site, so the switch cannot be used to bounce people elsewhere.
    Routes.seeOther(ctx, Routes.localPath(ctx.request().getParam("back"), "/"));
    return Future.succeededFuture();
  }
}
