package it.ccse.anagrafica.web.file.editors;

import java.io.Serializable;

/** A local unit's own data as typed (MD-8, MD-12). */
public class UnitForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private String name;
  private Integer employees;
  private String tradeAssociation;

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public Integer getEmployees() {
    return employees;
  }

  public void setEmployees(Integer employees) {
    this.employees = employees;
  }

  public String getTradeAssociation() {
    return tradeAssociation;
  }

  public void setTradeAssociation(String tradeAssociation) {
    this.tradeAssociation = tradeAssociation;
  }
}
