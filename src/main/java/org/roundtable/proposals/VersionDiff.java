package org.roundtable.proposals;

import com.github.difflib.DiffUtils;
import com.github.difflib.algorithm.DiffAlgorithmListener;
import com.github.difflib.algorithm.myers.MyersDiff;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What changed between two versions of a text, word by word, for readers. Whitespace is kept
 * as its own tokens, so joining the segments gives back the texts with their line breaks.
 */
public record VersionDiff(List<DiffSegment> segments) {

  // Words (with their hyphens and apostrophes), runs of whitespace, or single other characters. Character
  // classes only: a repeated group makes Java's regex engine recurse per repetition and overflow on long input.
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}'’-]+|\\s+|.", Pattern.DOTALL);

  private static final int MAX_EDITS = 1_000;

  public VersionDiff {
    segments = List.copyOf(segments);
  }

  public static VersionDiff between(String before, String after) {
    List<String> oldTokens = tokens(before);
    List<String> newTokens = tokens(after);
    List<DiffSegment> segments = new ArrayList<>();
    int next = 0; // first old token not yet emitted
    for (AbstractDelta<String> delta : deltas(oldTokens, newTokens)) {
      int position = delta.getSource().getPosition();
      append(segments, DiffSegment.Kind.SAME, oldTokens.subList(next, position));
      append(segments, DiffSegment.Kind.REMOVED, delta.getSource().getLines());
      append(segments, DiffSegment.Kind.ADDED, delta.getTarget().getLines());
      next = position + delta.getSource().size();
    }
    append(segments, DiffSegment.Kind.SAME, oldTokens.subList(next, oldTokens.size()));
    return new VersionDiff(joinReplacements(segments));
  }

  /**
   * "many" replaced by "hundreds of" comes out of the word diff as: removed "many", added "hundreds", same " ",
   * added "of". A space kept between two parts of one replacement is folded into it (on both sides, so both
   * texts still rebuild), giving one removal and one addition, which read far better.
   */
  private static List<DiffSegment> joinReplacements(List<DiffSegment> segments) {
    List<DiffSegment> joined = new ArrayList<>();
    StringBuilder removed = new StringBuilder();
    StringBuilder added = new StringBuilder();
    for (int i = 0; i < segments.size(); i++) {
      DiffSegment segment = segments.get(i);
      if (segment.kind() == DiffSegment.Kind.REMOVED) {
        removed.append(segment.text());
      } else if (segment.kind() == DiffSegment.Kind.ADDED) {
        added.append(segment.text());
      } else if (removed.length() > 0 && added.length() > 0 && i + 1 < segments.size() && segment.text().isBlank()) {
        removed.append(segment.text());
        added.append(segment.text());
      } else {
        flush(joined, removed, added);
        joined.add(segment);
      }
    }
    flush(joined, removed, added);
    return joined;
  }

  private static void flush(List<DiffSegment> joined, StringBuilder removed, StringBuilder added) {
    if (removed.length() > 0) {
      joined.add(new DiffSegment(DiffSegment.Kind.REMOVED, removed.toString()));
    }
    if (added.length() > 0) {
      joined.add(new DiffSegment(DiffSegment.Kind.ADDED, added.toString()));
    }
    removed.setLength(0);
    added.setLength(0);
  }

  /**
   * Myers' algorithm costs about (length × number of edits): a part rewritten from top to bottom at the
   * 20,000-character limit takes seconds. Past {@link #MAX_EDITS} the part was rewritten rather than edited,
   * so it is shown as the old text removed and the new text added.
   */
  private static List<AbstractDelta<String>> deltas(List<String> oldTokens, List<String> newTokens) {
    try {
      return DiffUtils.diff(oldTokens, newTokens, new MyersDiff<String>(), new EditBudget()).getDeltas();
    } catch (EditBudget.Exceeded e) {
      return List.of(new ChangeDelta<>(new Chunk<>(0, oldTokens), new Chunk<>(0, newTokens)));
    }
  }

  /** Stops the search once the edit distance passes the budget. */
  private static final class EditBudget implements DiffAlgorithmListener {
    private static final class Exceeded extends RuntimeException {
      private static final long serialVersionUID = 1L;

      Exceeded() {
        super(null, null, false, false);
      }
    }

    @Override
    public void diffStart() {
    }

    @Override
    public void diffStep(int edits, int max) {
      if (edits > MAX_EDITS) {
        throw new Exceeded();
      }
    }

    @Override
    public void diffEnd() {
    }
  }

  public boolean changed() {
    return segments.stream().anyMatch(segment -> segment.kind() != DiffSegment.Kind.SAME);
  }

  private static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    Matcher token = TOKEN.matcher(text == null ? "" : text);
    while (token.find()) {
      tokens.add(token.group());
    }
    return tokens;
  }

  /** Adds tokens as one segment, merged with the previous segment when it is of the same kind. */
  private static void append(List<DiffSegment> segments, DiffSegment.Kind kind, List<String> tokens) {
    if (tokens.isEmpty()) {
      return;
    }
    String text = String.join("", tokens);
    int last = segments.size() - 1;
    if (last >= 0 && segments.get(last).kind() == kind) {
      segments.set(last, new DiffSegment(kind, segments.get(last).text() + text));
    } else {
      segments.add(new DiffSegment(kind, text));
    }
  }
}
