package org.roundtable.proposals;

/**
 * One sentence of an analysed text: {@code text} is {@code original.substring(start, end)}, so a page can
 * highlight it in place.
 */
public record SentenceReport(String text, int start, int end, int words, double grade) {
}
