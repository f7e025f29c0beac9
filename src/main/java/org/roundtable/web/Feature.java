package org.roundtable.web;

/** One feature's slice of the HTTP surface; {@code mount} opens with the feature's route table. */
public interface Feature {
  void mount(Routes routes);
}
