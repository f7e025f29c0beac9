package org.roundtable.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.Json;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One submission, from a JSON body or a form, read field by field with validation. The same parsing code
 * serves the API and the pages: problems collect in {@link #errors()} under the field's name (nested
 * fields as {@code pay.amountCents}) instead of failing on the first one.
 */
public final class Input {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]+$");
  private static final Set<String> FORM_HOUSEKEEPING = Set.of("_csrf");

  private final Map<String, Object> values;
  private final boolean json;
  private final String prefix;
  private final FieldErrors errors;

  private Input(Map<String, Object> values, boolean json, String prefix, FieldErrors errors) {
    this.values = values;
    this.json = json;
    this.prefix = prefix;
    this.errors = errors;
  }

  /** A JSON object body; malformed JSON is a 400 at once, unknown fields are field errors. */
  public static Input json(RoutingContext ctx, Set<String> allowedFields) {
    Buffer body = ctx.body().buffer();
    JsonObject object;
    try {
      Object parsed = body == null || body.length() == 0 ? null : Json.decodeValue(body);
      if (!(parsed instanceof JsonObject)) {
        throw HttpProblem.badRequest("malformed_json", "error.malformedJson");
      }
      object = (JsonObject) parsed;
    } catch (DecodeException e) {
      throw HttpProblem.badRequest("malformed_json", "error.malformedJson");
    }
    Input input = new Input(object.getMap(), true, "", new FieldErrors());
    input.rejectUnknown(allowedFields);
    return input;
  }

  /** A posted form: every value is text; the first value of a repeated name wins. */
  public static Input form(RoutingContext ctx) {
    Map<String, Object> values = new LinkedHashMap<>();
    ctx.request().formAttributes().forEach(e -> {
      if (!FORM_HOUSEKEEPING.contains(e.getKey())) {
        values.putIfAbsent(e.getKey(), e.getValue());
      }
    });
    return new Input(values, false, "", new FieldErrors());
  }

  /** An object inside the submission: a JSON object, or form fields named {@code field.sub}. */
  public Input nested(String field, Set<String> allowedFields) {
    Map<String, Object> inner = new LinkedHashMap<>();
    if (json) {
      Object raw = values.get(field);
      if (raw instanceof JsonObject o) {
        inner.putAll(o.getMap());
      } else if (raw instanceof Map<?, ?> m) {
        m.forEach((k, v) -> inner.put(String.valueOf(k), v));
      } else if (raw == null) {
        errors.add(name(field), "validation.required");
      } else {
        errors.add(name(field), "validation.object");
      }
    } else {
      String start = field + ".";
      values.forEach((k, v) -> {
        if (k.startsWith(start)) {
          inner.put(k.substring(start.length()), v);
        }
      });
    }
    Input nested = new Input(inner, json, name(field) + ".", errors);
    if (json) {
      nested.rejectUnknown(allowedFields);
    }
    return nested;
  }

  public String text(String field, int maxLength) {
    return optionalText(field, maxLength).orElseGet(() -> {
      errors.add(name(field), "validation.required");
      return null;
    });
  }

  public Optional<String> optionalText(String field, int maxLength) {
    Object raw = values.get(field);
    if (raw == null) {
      return Optional.empty();
    }
    if (!(raw instanceof String s)) {
      errors.add(name(field), "validation.text");
      return Optional.empty();
    }
    String value = s.replace("\r\n", "\n").strip();
    if (value.indexOf('\u0000') >= 0) {
      errors.add(name(field), "validation.characters");
      return Optional.empty();
    }
    if (value.length() > maxLength) {
      errors.add(name(field), "validation.tooLong", maxLength);
      return Optional.empty();
    }
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  public Integer integer(String field, int min, int max) {
    return optionalInteger(field, min, max).orElseGet(() -> {
      errors.add(name(field), "validation.required");
      return null;
    });
  }

  public Optional<Integer> optionalInteger(String field, int min, int max) {
    Object raw = values.get(field);
    if (raw == null || (raw instanceof String s && s.isBlank())) {
      return Optional.empty();
    }
    Long number = asWholeNumber(raw);
    if (number == null) {
      errors.add(name(field), "validation.wholeNumber");
      return Optional.empty();
    }
    if (number < min || number > max) {
      errors.add(name(field), "validation.range", min, max);
      return Optional.empty();
    }
    return Optional.of(number.intValue());
  }

  /** One of a fixed set of wire values (enum names in lower case). */
  public String choice(String field, Collection<String> allowed) {
    Optional<String> value = optionalText(field, 100);
    if (value.isEmpty()) {
      if (!errors.has(name(field))) {
        errors.add(name(field), "validation.required");
      }
      return null;
    }
    if (!allowed.contains(value.get())) {
      errors.add(name(field), "validation.choice", String.join(", ", allowed));
      return null;
    }
    return value.get();
  }

  public Optional<String> optionalUrl(String field) {
    Optional<String> value = optionalText(field, 2000);
    if (value.isPresent() && !isWebAddress(value.get())) {
      errors.add(name(field), "validation.url");
      return Optional.empty();
    }
    return value;
  }

  public String email(String field) {
    String value = text(field, 254);
    if (value != null && !EMAIL.matcher(value).matches()) {
      errors.add(name(field), "validation.email");
      return null;
    }
    return value == null ? null : value.toLowerCase(java.util.Locale.ROOT);
  }

  /** A list of short strings: a JSON array, or a form value with one item per line. */
  public List<String> textList(String field, int maxItems, int maxLength) {
    Object raw = values.get(field);
    List<String> items = new ArrayList<>();
    if (raw == null) {
      return items;
    }
    List<?> rawItems;
    if (raw instanceof JsonArray a) {
      rawItems = a.getList();
    } else if (raw instanceof List<?> l) {
      rawItems = l;
    } else if (!json && raw instanceof String s) {
      rawItems = s.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    } else {
      errors.add(name(field), "validation.list");
      return items;
    }
    for (Object item : rawItems) {
      if (!(item instanceof String s) || s.isBlank() || s.length() > maxLength || s.indexOf('\u0000') >= 0) {
        errors.add(name(field), "validation.listItem", maxLength);
        return List.of();
      }
      items.add(s.strip());
    }
    if (items.size() > maxItems) {
      errors.add(name(field), "validation.tooMany", maxItems);
      return List.of();
    }
    return items;
  }

  /** A yes/no: a form checkbox (sent means yes) or JSON true/false (anything else in JSON is an error). */
  public boolean checkbox(String field) {
    Object raw = values.get(field);
    if (json && raw != null && !(raw instanceof Boolean)) {
      errors.add(name(field), "validation.choice", "true, false");
      return false;
    }
    return raw instanceof Boolean b ? b : raw != null && !"false".equals(raw) && !"".equals(raw);
  }

  /** Adds a problem found by a rule outside this class (e.g. "ends before it starts"). */
  public void reject(String field, String messageKey, Object... args) {
    errors.add(name(field), messageKey, args);
  }

  public boolean has(String field) {
    return values.get(field) != null;
  }

  public FieldErrors errors() {
    return errors;
  }

  public boolean valid() {
    return errors.isEmpty();
  }

  /** For the API: stop with a 400 listing every field error. */
  public void requireValid() {
    if (!valid()) {
      throw HttpProblem.invalid(errors);
    }
  }

  /** What the person typed, to put back into a form shown again with errors. */
  public Map<String, String> typed() {
    Map<String, String> typed = new LinkedHashMap<>();
    values.forEach((k, v) -> typed.put(k, v == null ? "" : String.valueOf(v)));
    return typed;
  }

  private void rejectUnknown(Set<String> allowedFields) {
    for (String key : values.keySet()) {
      if (!allowedFields.contains(key)) {
        errors.add(name(key), "validation.unknownField");
      }
    }
  }

  private String name(String field) {
    return prefix + field;
  }

  private static Long asWholeNumber(Object raw) {
    if (raw instanceof Integer || raw instanceof Long || raw instanceof Short) {
      return ((Number) raw).longValue();
    }
    if (raw instanceof String s && s.strip().matches("-?\\d{1,12}")) {
      return Long.parseLong(s.strip());
    }
    return null;
  }

  private static boolean isWebAddress(String value) {
    try {
      URI uri = new URI(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }
}
