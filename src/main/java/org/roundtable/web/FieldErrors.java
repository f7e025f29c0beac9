package org.roundtable.web;

import io.vertx.core.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is wrong with each field of a submission, as message keys rendered in the reader's language. */
public final class FieldErrors {
  private record Problem(String key, Object[] args) {}

  private final Map<String, Problem> problems = new LinkedHashMap<>();

  public FieldErrors add(String field, String messageKey, Object... args) {
    problems.putIfAbsent(field, new Problem(messageKey, args));
    return this;
  }

  public boolean has(String field) {
    return problems.containsKey(field);
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public Map<String, String> render(Messages messages, String lang) {
    Map<String, String> out = new LinkedHashMap<>();
    problems.forEach((field, p) -> out.put(field, messages.text(lang, p.key(), p.args())));
    return out;
  }

  public JsonObject toJson(Messages messages, String lang) {
    return new JsonObject(new LinkedHashMap<>(render(messages, lang)));
  }
}
