package it.ccse.anagrafica.notifications.domain;

/**
 * Who may read the personal links of an e-mail, those carrying a token (activation, password
 * reset): only their recipient, staff included in the refusal (SPEC "Secrets and exports", issue
 * 15).
 */
public enum LinkDisclosure {
  /**
   * Production: staff read the body with those links blanked out, and once the message is delivered
   * or given up its stored body no longer holds them.
   */
  RECIPIENT_ONLY(false),
  /**
   * The embedded demo ({@code anagrafica.dev.seed}): every e-mail also lands in the mail catcher,
   * so staff may follow the links on "Posta inviata" and bodies are kept whole.
   */
  DEMO(true);

  private final boolean showsPersonalLinks;

  LinkDisclosure(boolean showsPersonalLinks) {
    this.showsPersonalLinks = showsPersonalLinks;
  }

  public static LinkDisclosure of(boolean demo) {
    return demo ? DEMO : RECIPIENT_ONLY;
  }

  public boolean showsPersonalLinks() {
    return showsPersonalLinks;
  }
}
