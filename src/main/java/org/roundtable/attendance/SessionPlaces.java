package org.roundtable.attendance;

import org.roundtable.rounds.Session;

/**
 * A session's seats as one participant sees them: how many are taken, how many people wait, and their own answer
 * ({@code mine} null if they gave none; {@code position} set only while they wait, 1 being next).
 */
public record SessionPlaces(Session session, int going, int waiting, RsvpStatus mine, Integer position,
                            boolean checkedIn) {

  /** Never below zero: staff may lower the capacity under the number already going. */
  public int placesLeft() {
    return Math.max(0, session.capacity() - going);
  }
}
