package it.ccse.anagrafica.web.file.editors;

import it.ccse.anagrafica.file.application.FileViews.SiteView;
import it.ccse.anagrafica.file.domain.changes.RelocateOffice;
import it.ccse.anagrafica.web.file.ModificationArea;
import it.ccse.anagrafica.web.file.ModificationArea.Editor;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** MD-4: the registered office's address. */
@Named
@ViewScoped
public class AddressEditor implements SectionEditor, Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ModificationArea area;

  private AddressForm addressForm = new AddressForm();

  public void open(SiteView office) {
    area.open(Editor.ADDRESS, office.publicId());
    addressForm = new AddressForm();
    addressForm.setStreet(office.street());
    addressForm.setStreetNumber(office.streetNumber());
    addressForm.setCap(office.cap());
    addressForm.setRegionCode(office.regionCode());
    addressForm.setProvinceSigla(office.provinceSigla());
    addressForm.setComuneIstatCode(office.comuneIstatCode());
  }

  @Override
  public boolean opens(Editor editor) {
    return editor == Editor.ADDRESS;
  }

  @Override
  public void save() {
    var a = addressForm;
    area.change(
        new RelocateOffice(
            a.getStreet(),
            a.getStreetNumber(),
            a.getCap(),
            a.getRegionCode(),
            a.getProvinceSigla(),
            a.getComuneIstatCode()));
  }

  public AddressForm getAddressForm() {
    return addressForm;
  }
}
