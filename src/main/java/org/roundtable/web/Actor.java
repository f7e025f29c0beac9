package org.roundtable.web;

/**
 * The signed-in person behind a request. For staff {@code roundId} is null; for a participant it is the
 * round their invitation belongs to, and {@code name} is their pseudonym.
 */
public record Actor(String id, Role role, String name, String language, String roundId) {

  public boolean is(Role... roles) {
    for (Role r : roles) {
      if (role == r) {
        return true;
      }
    }
    return false;
  }
}
