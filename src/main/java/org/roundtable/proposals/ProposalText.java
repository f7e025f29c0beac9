package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;
import java.util.Set;
import org.roundtable.web.Input;

/** What the writer gives: from the API or the form, validated the same way. */
public record ProposalText(String title, String language, Sections sections) {
  static final Set<String> FIELDS = Set.of("title", "language", "sections");
  static final int MAX_TITLE = 200;

  static ProposalText parse(Input in) {
    return new ProposalText(
        in.text("title", MAX_TITLE),
        in.choice("language", TextLanguage.CODES),
        Sections.parse(in.nested("sections", Sections.FIELDS)));
  }

  /** The fields as the API shows them: title, language, sections. */
  JsonObject toJson() {
    return new JsonObject().put("title", title).put("language", language).put("sections", sections.toJson());
  }
}
