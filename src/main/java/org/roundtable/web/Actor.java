package org.roundtable.web;

/**
 * The signed-in person behind a request. For staff {@code roundId} is null; for a participant it is the
 * round their invitation belongs to, {@code name} is their pseudonym, and {@code consented} says whether they
 * have agreed to take part yet (always true for staff).
 */
public record Actor(String id, Role role, String name, String language, String roundId, boolean consented) {

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (role == r) {
        return true;
      }
    }
    return false;
  }
}
