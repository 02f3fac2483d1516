package it.ccse.anagrafica.practices.domain;

import java.time.LocalDateTime;

/** The side effect of a completed practice on its targets (AD-2): one per type. */
@FunctionalInterface
interface Completion {

  void apply(Practice practice, Targets targets, LocalDateTime at);
}
