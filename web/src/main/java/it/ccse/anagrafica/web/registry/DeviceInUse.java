package it.ccse.anagrafica.web.registry;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * VW-1: the device a delegate chose after login, for the whole session. The services check that the
 * delegate is really on it; the legal representative has none.
 */
@SessionScoped
public class DeviceInUse implements Serializable {

  private static final long serialVersionUID = 1L;

  private String device;

  public String get() {
    return device;
  }

  void choose(String device) {
    this.device = device;
  }
}
