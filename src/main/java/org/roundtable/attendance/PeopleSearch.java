package org.roundtable.attendance;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.roundtable.accounts.InvitationCodes;
import org.roundtable.accounts.InvitationStore;
import org.roundtable.participants.Participant;
import org.roundtable.participants.ParticipantStore;

/**
 * Finding a person of a round at the door: by part of their pseudonym (any case), or by the invitation code on their
 * card, typed the way /join accepts it (dashes, spaces and small letters are fine). People who withdrew are not found.
 */
final class PeopleSearch {
  static final int MAX_RESULTS = 20;

  private final Pool pool;
  private final ParticipantStore participants;
  private final InvitationStore invitations;

  PeopleSearch(Pool pool, ParticipantStore participants, InvitationStore invitations) {
    this.pool = pool;
    this.participants = participants;
    this.invitations = invitations;
  }

  /** The holder of the code first, if {@code typed} is one, then pseudonyms that contain it. */
  Future<List<Participant>> find(String roundId, String typed) {
    if (typed.isEmpty()) {
      return Future.succeededFuture(List.of());
    }
    Future<Optional<Participant>> byCode = InvitationCodes.normalize(typed).isEmpty()
        ? Future.succeededFuture(Optional.empty())
        : invitations.holder(pool, typed).compose(holder -> holder
            .filter(h -> h.participantId() != null && h.roundId().equals(roundId))
            .map(h -> participants.find(h.participantId()))
            .orElseGet(() -> Future.succeededFuture(Optional.empty())));
    return byCode.compose(code -> participants.search(roundId, typed, MAX_RESULTS).map(byName -> Stream.concat(
        code.stream(), byName.stream().filter(p -> code.map(c -> !c.id().equals(p.id())).orElse(true))).toList()));
  }
}
