package it.ccse.anagrafica.categories.domain;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * "Categoria di iscrizione" (MD-5, MD-10): what a site does with waste. Transport categories belong
 * to the registered office and are fixed by CCSE: the operator may only modify their details.
 */
public enum CategoryType {
  /** Production or holding of special waste. */
  PRODUCTION("PROD", false, Detail.HAZARDOUS, Detail.NON_HAZARDOUS, Detail.EMPLOYEES),
  /** Treatment, recovery, disposal, trade, brokerage. */
  MANAGEMENT("GEST", false, Detail.HAZARDOUS, Detail.NON_HAZARDOUS, Detail.URBAN, Detail.TONNES),
  /** Municipalities of Campania. */
  CAMPANIA_MUNICIPALITY("COMC", false, Detail.DESCRIPTION, Detail.INHABITANTS),
  /** "Produttori-Enti-Agricoltori / Imprenditori Agricoli" (PAGR). */
  AGRICULTURAL("PAGR", false, Detail.DESCRIPTION, Detail.CIRCUIT, Detail.EMPLOYEES, Detail.TONNES),
  /** Transport of urban waste in Campania. */
  TRANSPORT_CAMPANIA_URBAN("TRUC", true, Detail.INHABITANTS),
  /** Third-party carriers, art. 212 c.5 D.Lgs 152/2006. */
  TRANSPORT_THIRD_PARTY("TRCT", true, Detail.HAZARDOUS, Detail.NON_HAZARDOUS, Detail.TONNES);

  /** The details a category may declare (MD-10); each type asks for some of them. */
  public enum Detail {
    HAZARDOUS,
    NON_HAZARDOUS,
    URBAN,
    EMPLOYEES,
    TONNES,
    INHABITANTS,
    DESCRIPTION,
    CIRCUIT
  }

  private final String code;
  private final boolean transport;
  private final Set<Detail> details;

  CategoryType(String code, boolean transport, Detail first, Detail... others) {
    this.code = code;
    this.transport = transport;
    this.details = Collections.unmodifiableSet(EnumSet.of(first, others));
  }

  /** MD-10: whether a category of this type declares the detail. */
  public boolean asks(Detail detail) {
    return details.contains(detail);
  }

  /** The short code shown before the registry code of a category. */
  public String code() {
    return code;
  }

  public boolean isTransport() {
    return transport;
  }

  /** The types an operator may add (MD-5). */
  public static CategoryType[] addable() {
    return Arrays.stream(values()).filter(t -> !t.transport).toArray(CategoryType[]::new);
  }
}
