package org.roundtable.proposals;

import java.util.Locale;

/** Where a proposal's working draft stands against what readers see. */
public enum PublicationStatus {
  /** Nothing published yet. */
  DRAFT,
  /** The draft is exactly the latest published version. */
  PUBLISHED,
  /** A version is published, and the draft has changes that are not. */
  CHANGED;

  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  static PublicationStatus of(Integer publishedVersion, boolean draftChanged) {
    if (publishedVersion == null) {
      return DRAFT;
    }
    return draftChanged ? CHANGED : PUBLISHED;
  }

  /** The number of the version the draft is, or becomes when it is published. */
  int draftVersion(Integer publishedVersion) {
    return switch (this) {
      case DRAFT -> 1;
      case PUBLISHED -> publishedVersion;
      case CHANGED -> publishedVersion + 1;
    };
  }
}
