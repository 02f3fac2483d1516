package it.ccse.anagrafica.web.file;

import it.ccse.anagrafica.file.application.FileViews.DeviceChoice;
import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;

/**
 * VW-1: the device a delegate chose after login, and so the company they act for, for the whole
 * session. The services check that the delegate accepted that company and is on the device; the
 * legal representative has none.
 */
@SessionScoped
public class DeviceInUse implements Serializable {

  private static final long serialVersionUID = 1L;

  private String device;
  private String companyName;

  public String get() {
    return device;
  }

  /** The company of the device in use, for the menu (ON-6); null before the choice. */
  public String companyName() {
    return companyName;
  }

  void choose(DeviceChoice choice) {
    this.device = choice.publicId();
    this.companyName = choice.companyName();
  }
}
