package it.ccse.anagrafica.practices.application;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeRow;
import it.ccse.anagrafica.practices.application.PracticeViews.PracticeView;
import java.util.List;

/**
 * The back office's practices (AD-2): the queue by state and type, a practice with its attachments
 * and how much of its cost is covered; take in charge, complete (EVASA, the side effect applied in
 * the same transaction), reject with a reason, ship a device (refused while not covered). Every
 * change carries the version the staff member saw: a practice changed meanwhile is refused.
 */
public interface PracticeDesk {

  List<PracticeRow> page(PracticeFilter filter, int first, int size);

  long count(PracticeFilter filter);

  PracticeView find(String practiceId);

  PracticeView take(String staff, String practiceId, long version);

  PracticeView complete(String staff, String practiceId, long version);

  PracticeView reject(String staff, String practiceId, long version, String reason);

  /** Ships the practice's device with {@code serial}, or a generated one when blank. */
  PracticeView ship(String staff, String practiceId, long version, String serial);
}
