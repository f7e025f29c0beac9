package org.roundtable.web;

import com.github.jknack.handlebars.Context;
import com.github.jknack.handlebars.Handlebars;
import com.github.jknack.handlebars.Helper;
import com.github.jknack.handlebars.Template;
import com.github.jknack.handlebars.cache.ConcurrentMapTemplateCache;
import com.github.jknack.handlebars.helper.ConditionalHelpers;
import com.github.jknack.handlebars.io.URLTemplateLoader;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Renders Handlebars templates from {@code web/templates} with the layout's shared model (language,
 * CSRF token, who is signed in). Templates are compiled once and cached; from disk they reload when edited.
 */
public final class Pages {
  private final Handlebars handlebars;
  private final Messages messages;
  private final Supplier<String> assetVersion;

  public Pages(WebRoot root, Messages messages) {
    this.messages = messages;
    // From disk the files may change under us: hash them again at most once a second (development only).
    String fixed = root.onDisk() ? null : root.assetVersion();
    this.assetVersion = fixed == null ? atMostEverySecond(root::assetVersion) : () -> fixed;
    this.handlebars = new Handlebars(new PathTemplateLoader(root.templates()))
        .with(new ConcurrentMapTemplateCache().setReload(root.onDisk()))
        .prettyPrint(false);
    handlebars.registerHelpers(ConditionalHelpers.class);
    handlebars.registerHelper("t", (Helper<String>) (key, options) ->
        messages.text(options.data("lang"), key, options.params));
    // Like handlebars.js: look in the given object only. The built-in lookup falls back to the enclosing
    // contexts for a missing key, so an empty error map would "find" an error for every field.
    handlebars.registerHelper("lookup", (Helper<Object>) (context, options) -> {
      String key = String.valueOf(options.param(0, ""));
      if (context instanceof Map<?, ?> map) {
        return map.get(key);
      }
      return context == null ? null : Context.newBuilder(context).build().get(key);
    });
    handlebars.registerHelper("concat", (Helper<Object>) (first, options) -> {
      StringBuilder joined = new StringBuilder(String.valueOf(first));
      for (Object part : options.params) {
        joined.append(part);
      }
      return joined.toString();
    });
  }

  public Messages messages() {
    return messages;
  }

  /** Renders a page with status 200. */
  public void render(RoutingContext ctx, String template, Map<String, Object> model) {
    render(ctx, 200, template, model);
  }

  public void render(RoutingContext ctx, int status, String template, Map<String, Object> model) {
    String html = renderToString(ctx, template, model);
    ctx.response()
        .setStatusCode(status)
        .putHeader("Content-Type", "text/html; charset=utf-8")
        .putHeader("Cache-Control", "no-store")
        .end(html);
  }

  String renderToString(RoutingContext ctx, String template, Map<String, Object> model) {
    String lang = Language.of(ctx);
    Map<String, Object> full = new HashMap<>(model);
    full.put("lang", lang);
    full.put("languages", Messages.LANGUAGES.stream()
        .filter(l -> !l.equals(lang))
        .map(l -> Map.of("code", l, "name", messages.text(l, "language.name"),
            "href", "/language/" + l + "?back=" + URLEncoder.encode(ctx.request().uri(), StandardCharsets.UTF_8)))
        .toList());
    full.put("csrf", Csrf.token(ctx));
    full.put("csrfField", Csrf.FIELD);
    full.put("currentPath", ctx.request().uri());
    full.put("assetVersion", assetVersion.get());
    Actor actor = Identity.actor(ctx);
    if (actor != null) {
      full.put("actor", actor);
      full.put("isStaff", actor.role().isStaff());
      full.put("isAdmin", actor.role() == Role.ADMIN);
      full.put("isParticipant", actor.role() == Role.PARTICIPANT);
    }
    full.putIfAbsent("errors", Map.of());
    full.putIfAbsent("form", Map.of());
    try {
      Template compiled = handlebars.compile(template);
      Context context = Context.newBuilder(full).build();
      context.data("lang", lang);
      return compiled.apply(context);
    } catch (IOException e) {
      throw new UncheckedIOException("Template " + template, e);
    }
  }

  /** Model helper for forms shown again: what was typed and what is wrong, in the reader's language. */
  public Map<String, Object> formModel(RoutingContext ctx, Input input) {
    return Map.of(
        "form", input.typed(),
        "errors", input.errors().render(messages, Language.of(ctx)),
        "errorList", input.errors().render(messages, Language.of(ctx)).entrySet().stream()
            .map(e -> Map.of("field", e.getKey(), "message", e.getValue())).toList());
  }

  private static Supplier<String> atMostEverySecond(Supplier<String> compute) {
    return new Supplier<>() {
      private volatile String value;
      private volatile long computedAt;

      @Override
      public String get() {
        long now = System.nanoTime();
        if (value == null || now - computedAt > 1_000_000_000L) {
          value = compute.get();
          computedAt = now;
        }
        return value;
      }
    };
  }

  /** Loads templates through {@link Path}s, so the same code reads from disk and from inside the jar. */
  private static final class PathTemplateLoader extends URLTemplateLoader {
    private final Path dir;

    PathTemplateLoader(Path dir) {
      this.dir = dir;
      setPrefix("/");
      setSuffix(".hbs");
    }

    @Override
    protected URL getResource(String location) throws MalformedURLException {
      Path file = dir.resolve(location.startsWith("/") ? location.substring(1) : location).normalize();
      return file.startsWith(dir) && Files.isRegularFile(file) ? file.toUri().toURL() : null;
    }
  }
}
