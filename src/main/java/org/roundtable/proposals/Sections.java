package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.roundtable.web.Input;

/** The text of the four parts; a part not written yet is empty. */
public record Sections(Map<Part, String> texts) {
  public static final int MAX_LENGTH = 20_000;
  static final Set<String> FIELDS = Set.copyOf(Part.WIRE);

  public Sections {
    EnumMap<Part, String> all = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      all.put(part, texts.getOrDefault(part, ""));
    }
    texts = Collections.unmodifiableMap(all);
  }

  /** Empty parts are allowed while drafting; {@link #missing()} names them before publishing. */
  static Sections parse(Input sections) {
    Map<Part, String> texts = new EnumMap<>(Part.class);
    for (Part part : Part.values()) {
      texts.put(part, sections.optionalText(part.wire(), MAX_LENGTH).orElse(""));
    }
    return new Sections(texts);
  }

  public String text(Part part) {
    return texts.get(part);
  }

  public List<Part> missing() {
    return Arrays.stream(Part.values()).filter(part -> text(part).isBlank()).toList();
  }

  public JsonObject toJson() {
    JsonObject json = new JsonObject();
    texts.forEach((part, text) -> json.put(part.wire(), text));
    return json;
  }
}
