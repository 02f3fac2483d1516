package it.ccse.anagrafica.web.payments;

import java.io.Serializable;

/** "Pratiche da associare" (PY-3): the practice, its share in whole euros, a note. */
public class AllocationForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String practiceId;
  private Long share;
  private String note;

  public String getPracticeId() {
    return practiceId;
  }

  public void setPracticeId(String practiceId) {
    this.practiceId = practiceId;
  }

  public Long getShare() {
    return share;
  }

  public void setShare(Long share) {
    this.share = share;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }
}
