package org.roundtable.attendance;

import java.time.OffsetDateTime;

/** One person who came to one session. {@code checkedInBy} is the staff member's id, null for a self check-in. */
public record Attendee(String sessionId, String participantId, OffsetDateTime checkedInAt, CheckInMode how,
                       String checkedInBy) {}
