package org.roundtable.proposals;

/** Where a proposal belongs and whether any version of it is published (once published, it stays so). */
public record Placement(String roundId, boolean published) {}
