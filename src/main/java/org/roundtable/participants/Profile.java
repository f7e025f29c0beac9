package org.roundtable.participants;

import java.util.List;
import java.util.Set;
import org.roundtable.web.Input;
import org.roundtable.web.Messages;

/** The little a participant tells us about themselves; everything but the pseudonym and language is optional. */
record Profile(String pseudonym, String language, String contact, List<String> accessNeeds) {
  static final Set<String> FIELDS = Set.of("pseudonym", "language", "contact", "accessNeeds");
  static final int PSEUDONYM_MAX = 40;
  static final int CONTACT_MAX = 200;

  /** The API sends {@code accessNeeds} as an object of yes/no values; the form as checkboxes {@code accessNeeds.x}. */
  static Profile parse(Input in) {
    String pseudonym = in.text("pseudonym", PSEUDONYM_MAX);
    String language = in.choice("language", Messages.LANGUAGES);
    String contact = in.optionalText("contact", CONTACT_MAX).orElse(null);
    Input needs = in.nested("accessNeeds", Set.copyOf(AccessNeed.WIRE));
    List<String> chosen = AccessNeed.WIRE.stream().filter(needs::checkbox).toList();
    return new Profile(pseudonym, language, contact, chosen);
  }

  static Profile of(Participant participant) {
    return new Profile(participant.pseudonym(), participant.language(), participant.contact(),
        participant.accessNeeds());
  }
}
