package org.roundtable.comments;

import java.util.List;

/** A comment in the moderation queue: {@code pending} while a flag is newer than the last decision on it. */
public record FlaggedComment(Comment comment, boolean pending, List<String> reasons) {}
