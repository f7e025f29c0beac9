package org.roundtable.proposals;

import io.vertx.core.json.JsonObject;

/** Proposal texts for tests: plain parts, and one part written the hard way. */
final class ProposalTexts {
  static final String GOALS = "The county gets many calls about children. Staff must pick which calls need a visit. "
      + "The tool would give each call a score. A worker still makes the choice. It will not decide alone.";
  static final String HARD = "The implementation of algorithmic decision-support instrumentation necessitates "
      + "comprehensive organizational accountability mechanisms. Families can ask us. "
      + "Interdisciplinary evaluation methodologies will systematically characterize performance disparities.";
  static final String DATA = "It uses old call records from the last five years. Some families are missing from them. "
      + "It is often wrong about small towns.";
  static final String RESPONSIBILITY = "The head of the hotline is in charge. A worker can always say no to the score. "
      + "We will check it every month.";

  private ProposalTexts() {
  }

  static JsonObject sections(String goals, String people, String data, String responsibility) {
    return new JsonObject().put("goals", goals).put("people", people).put("data", data)
        .put("responsibility", responsibility);
  }

  /** A complete proposal whose "people" part is hard to read. */
  static JsonObject complete(String title) {
    return new JsonObject().put("title", title).put("language", "en")
        .put("sections", sections(GOALS, HARD, DATA, RESPONSIBILITY));
  }
}
