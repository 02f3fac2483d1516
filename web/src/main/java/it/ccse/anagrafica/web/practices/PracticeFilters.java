package it.ccse.anagrafica.web.practices;

import it.ccse.anagrafica.practices.application.PracticeViews.PracticeFilter;
import it.ccse.anagrafica.practices.domain.PracticeState;
import it.ccse.anagrafica.practices.domain.PracticeType;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/**
 * The filters above a practice list (ST-1, AD-2): a type and a state, none meaning any. Drafts are
 * nobody's list but their author's, so no filter offers them.
 */
public class PracticeFilters implements Serializable {

  private static final long serialVersionUID = 1L;

  private PracticeType type;
  private PracticeState state;

  PracticeFilters(PracticeState state) {
    this.state = state;
  }

  PracticeFilter filter() {
    return new PracticeFilter(type, state);
  }

  public List<PracticeType> getTypes() {
    return List.of(PracticeType.values());
  }

  public List<PracticeState> getStates() {
    return Arrays.stream(PracticeState.values()).filter(s -> s != PracticeState.DRAFT).toList();
  }

  public PracticeType getType() {
    return type;
  }

  public void setType(PracticeType type) {
    this.type = type;
  }

  public PracticeState getState() {
    return state;
  }

  public void setState(PracticeState state) {
    this.state = state;
  }
}
