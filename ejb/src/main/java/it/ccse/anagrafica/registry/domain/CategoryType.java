package it.ccse.anagrafica.registry.domain;

/**
 * "Categoria di iscrizione" (MD-5, MD-10): what a site does with waste. Transport categories belong
 * to the registered office and are fixed by CCSE: the operator may only modify their details.
 */
public enum CategoryType {
  /** Production or holding of special waste. */
  PRODUCTION("PROD", false),
  /** Treatment, recovery, disposal, trade, brokerage. */
  MANAGEMENT("GEST", false),
  /** Municipalities of Campania. */
  CAMPANIA_MUNICIPALITY("COMC", false),
  /** "Produttori-Enti-Agricoltori / Imprenditori Agricoli" (PAGR). */
  AGRICULTURAL("PAGR", false),
  /** Transport of urban waste in Campania. */
  TRANSPORT_CAMPANIA_URBAN("TRUC", true),
  /** Third-party carriers, art. 212 c.5 D.Lgs 152/2006. */
  TRANSPORT_THIRD_PARTY("TRCT", true);

  private final String code;
  private final boolean transport;

  CategoryType(String code, boolean transport) {
    this.code = code;
    this.transport = transport;
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
    return java.util.Arrays.stream(values()).filter(t -> !t.transport).toArray(CategoryType[]::new);
  }
}
