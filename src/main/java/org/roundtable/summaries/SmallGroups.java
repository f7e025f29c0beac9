package org.roundtable.summaries;

/**
 * The privacy rule of every figure by group: a group of fewer than five people is left out of the by-group figures
 * (it still counts in the whole), so nobody can be singled out by how their small group answered.
 */
final class SmallGroups {
  static final int SMALLEST_SHOWN = 5;

  private SmallGroups() {}

  static boolean shown(int people) {
    return people >= SMALLEST_SHOWN;
  }
}
