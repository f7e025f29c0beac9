package org.roundtable.summaries;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.roundtable.voting.Choice;

/**
 * A published version as Markdown (to paste into a developer's ticket) and as CSV (votes by group), both made from
 * the stored JSON only, so they carry exactly what the version carries and never change with it.
 */
final class Exports {
  private Exports() {}

  static String markdown(JsonObject v) {
    StringBuilder md = new StringBuilder();
    md.append("# ").append(line(v.getString("roundTitle"))).append(" — summary version ").append(v.getInteger("version"))
        .append("\n\nPublished ").append(v.getString("publishedAt")).append(".\n\n## Turnout\n\n")
        .append("| | community | frontline |\n|---|---|---|\n");
    JsonObject turnout = v.getJsonObject("turnout");
    for (String row : new String[] {"invited", "joined", "attended"}) {
      JsonObject cells = turnout.getJsonObject(row);
      md.append("| ").append(row).append(" | ").append(cells.getValue("community")).append(" | ")
          .append(cells.getValue("frontline")).append(" |\n");
    }
    for (Object o : v.getJsonArray("proposals")) {
      JsonObject p = (JsonObject) o;
      md.append("\n## ").append(line(p.getString("title"))).append("\n\n| votes | total |");
      for (Choice c : Choice.values()) {
        md.append(' ').append(c.wire()).append(" |");
      }
      md.append("\n|---|---|---|---|---|---|\n");
      votesRow(md, "all", p.getJsonObject("votes").getJsonObject("all"));
      p.getJsonObject("votes").getJsonObject("byGroup").forEach(g -> votesRow(md, g.getKey(), (JsonObject) g.getValue()));
      md.append("\nGroups of fewer than ").append(SmallGroups.SMALLEST_SHOWN)
          .append(" voters are counted in \"all\" only.\n");
      Object divergence = p.getValue("divergence");
      md.append("\nDivergence between groups (not yet + do not build): ")
          .append(divergence == null ? "not enough voters to compare" : divergence + " points")
          .append(p.getBoolean("divergent", false) ? " — **the groups see this differently**" : "").append("\n");
      JsonArray concerns = p.getJsonArray("topConcerns");
      if (!concerns.isEmpty()) {
        md.append("\n### Top concerns\n\n");
        for (Object c : concerns) {
          JsonObject concern = (JsonObject) c;
          md.append("- ").append(concern.getString("topic")).append(", ").append(concern.getInteger("endorsements"))
              .append(" \"me too\"").append(concern.getString("body") == null ? " (not quoted)"
                  : ": > " + line(concern.getString("body"))).append('\n');
        }
      }
    }
    md.append("\n## Findings\n");
    for (Object o : v.getJsonArray("findings")) {
      JsonObject f = (JsonObject) o;
      md.append("\n- **").append(line(f.getString("text"))).append("** (").append(f.getString("status"))
          .append(f.getString("dueAt") == null ? "" : ", due " + f.getString("dueAt")).append(")\n");
      JsonObject response = f.getJsonObject("response");
      if (response != null) {
        md.append("  - Answer: ").append(response.getString("decision")).append(" — ")
            .append(line(response.getString("explanation"))).append('\n');
      }
    }
    return md.toString();
  }

  private static void votesRow(StringBuilder md, String label, JsonObject counts) {
    md.append("| ").append(label).append(" | ").append(counts.getInteger("total")).append(" |");
    for (Choice c : Choice.values()) {
      md.append(' ').append(counts.getJsonObject("choices").getInteger(c.wire())).append(" |");
    }
    md.append('\n');
  }

  /** Text on one line, so a line break in it cannot start a Markdown heading or table row. */
  private static String line(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").replace("|", "\\|");
  }

  static String csv(JsonObject v) {
    StringWriter out = new StringWriter();
    String[] header = {"proposal_id", "proposal_title", "group", "total", "go_ahead", "go_ahead_with_changes",
        "not_yet", "do_not_build"};
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(header).get())) {
      for (Object o : v.getJsonArray("proposals")) {
        JsonObject p = (JsonObject) o;
        JsonObject votes = p.getJsonObject("votes");
        csvRow(csv, p, "all", votes.getJsonObject("all"));
        for (var group : votes.getJsonObject("byGroup")) {
          csvRow(csv, p, group.getKey(), (JsonObject) group.getValue());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void csvRow(CSVPrinter csv, JsonObject p, String group, JsonObject counts) throws IOException {
    JsonObject c = counts.getJsonObject("choices");
    // A title starting with = + - @ would run as a formula in a spreadsheet: quote it with a leading apostrophe.
    String title = p.getString("title");
    String safe = title.matches("^[=+\\-@\\t\\r].*") ? "'" + title : title;
    csv.printRecord(p.getString("id"), safe, group, counts.getInteger("total"), c.getInteger("go_ahead"),
        c.getInteger("go_ahead_with_changes"), c.getInteger("not_yet"), c.getInteger("do_not_build"));
  }
}
