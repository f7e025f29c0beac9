package org.roundtable.web;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may call a route. An empty role set means anyone, signed in or not. A participant must have agreed to
 * take part first, except on the few routes marked {@code beforeConsent} (giving consent, leaving).
 */
public record Access(Set<Role> roles, boolean beforeConsent) {

  public Access(Set<Role> roles) {
    this(roles, false);
  }

  public static Access anyone() {
    return new Access(Set.of());
  }

  public static Access roles(Role first, Role... rest) {
    return new Access(Set.copyOf(EnumSet.of(first, rest)));
  }

  /** For a participant who has joined but not yet agreed to take part. */
  public static Access participantBeforeConsent() {
    return new Access(Set.of(Role.PARTICIPANT), true);
  }

  public static Access staff() {
    return roles(Role.ADMIN, Role.FACILITATOR, Role.DEVELOPER);
  }

  public boolean isPublic() {
    return roles.isEmpty();
  }

  public boolean allows(Role role) {
    return isPublic() || roles.contains(role);
  }

  /** Participant-only routes send anonymous page visitors to /join rather than the staff sign-in. */
  public boolean participantsOnly() {
    return roles.equals(Set.of(Role.PARTICIPANT));
  }
}
