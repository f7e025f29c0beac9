package org.roundtable.accounts;

import java.util.Set;
import org.roundtable.web.Input;

/** How many codes staff want, for which group: from the API or the form, validated the same way. */
record InvitationRequest(ParticipantGroup group, Integer count) {
  static final int MAX_COUNT = 500;
  static final Set<String> FIELDS = Set.of("group", "count");

  static InvitationRequest parse(Input in) {
    String group = in.choice("group", ParticipantGroup.WIRE);
    Integer count = in.integer("count", 1, MAX_COUNT);
    return new InvitationRequest(group == null ? null : ParticipantGroup.fromWire(group), count);
  }
}
