package org.roundtable.web;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.Collection;
import java.util.List;

/** Builds the router every request goes through, in order: headers, static files, body, identity, CSRF, routes. */
public final class WebServer {
  public static final long BODY_LIMIT_BYTES = 512 * 1024;
  private static final int ONE_YEAR = 365 * 24 * 3600;

  private final Pages pages;
  private final WebRoot root;
  private final Authenticator authenticator;
  private final List<Feature> features;
  private final boolean trustProxy;
  private final StreamLimit streams;

  public WebServer(Pages pages, WebRoot root, Authenticator authenticator, List<Feature> features,
                   boolean trustProxy, int maxStreams) {
    this.streams = new StreamLimit(maxStreams);
    this.pages = pages;
    this.root = root;
    this.authenticator = authenticator;
    this.features = features;
    this.trustProxy = trustProxy;
  }

  /** One server (call once per event-loop verticle); the route table is filled on the first call. */
  public Future<HttpServer> listen(Vertx vertx, int port, Collection<Routes.Route> table) {
    HttpServerOptions options = new HttpServerOptions()
        .setPort(port)
        .setCompressionSupported(true)
        .setDecompressionSupported(false)
        // A form field may be as long as the body limit (Vert.x's default of 8 KiB cuts long texts with a 500).
        .setMaxFormAttributeSize((int) BODY_LIMIT_BYTES)
        .setIdleTimeout(120);
    return vertx.createHttpServer(options).requestHandler(router(vertx, table)).listen();
  }

  private Router router(Vertx vertx, Collection<Routes.Route> table) {
    Router router = Router.router(vertx);
    Errors errors = new Errors(pages);
    router.route().handler(new SecurityHeaders());
    if (trustProxy) {
      router.route().handler(new ClientAddress());
    }
    router.route("/static/*").handler(StaticHandler.create(WebRoot.staticWebRoot())
        // URLs carry a hash of the files' content (see WebRoot.assetVersion), so browsers may keep them a year.
        .setCachingEnabled(true)
        .setFilesReadOnly(!root.onDisk())
        .setMaxAgeSeconds(ONE_YEAR)
        .setSendVaryHeader(true));
    router.route().handler(streams);
    router.route().handler(BodyHandler.create(false).setBodyLimit(BODY_LIMIT_BYTES));
    router.route().handler(new Identity(authenticator));
    router.route().handler(new Csrf());
    Routes routes = new Routes(router, table);
    new LanguageRoutes().mount(routes);
    features.forEach(feature -> feature.mount(routes));
    router.route().last().handler(errors::notFound);
    router.route().failureHandler(errors::handle);
    return router;
  }
}
