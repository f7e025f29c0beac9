package org.roundtable.summaries;

import java.util.Collection;
import java.util.DoubleSummaryStatistics;

/**
 * Where groups see a tool differently: the largest gap, in points (0–100), between the shown groups' shares saying
 * "not yet" or "do not build". Above 20 points it is flagged. With fewer than two groups shown there is nothing to
 * compare, so there is no divergence (null) rather than a reassuring 0.
 */
final class Divergence {
  static final double FLAG_ABOVE = 20;

  private Divergence() {}

  /** {@code shownGroups}: the by-group counts left after folding small groups. */
  static Double of(Collection<ChoiceCounts> shownGroups) {
    if (shownGroups.size() < 2) {
      return null;
    }
    DoubleSummaryStatistics shares = shownGroups.stream().mapToDouble(ChoiceCounts::doubtShare).summaryStatistics();
    return Math.round((shares.getMax() - shares.getMin()) * 10) / 10.0;
  }

  static boolean flagged(Double points) {
    return points != null && points > FLAG_ABOVE;
  }
}
