package org.roundtable.voting;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Whole-number percentages of a total that add up to exactly 100 (largest remainder), or all 0 when nobody answered. */
final class Shares {
  private Shares() {}

  static int[] of(int[] counts) {
    int total = 0;
    for (int count : counts) {
      total += count;
    }
    int[] shares = new int[counts.length];
    if (total == 0) {
      return shares;
    }
    int given = 0;
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < counts.length; i++) {
      shares[i] = counts[i] * 100 / total;
      given += shares[i];
      order.add(i);
    }
    final int sum = total;
    // Hand out what rounding down lost, to the largest remainders first (ties: the earlier answer).
    order.sort(Comparator.comparingInt((Integer i) -> -(counts[i] * 100 % sum)).thenComparingInt(i -> i));
    for (int k = 0; given < 100; k++, given++) {
      shares[order.get(k)]++;
    }
    return shares;
  }
}
