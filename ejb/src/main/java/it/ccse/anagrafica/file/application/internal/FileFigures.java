package it.ccse.anagrafica.file.application.internal;

import it.ccse.anagrafica.company.domain.Vehicle;
import it.ccse.anagrafica.fees.domain.Contribution;
import it.ccse.anagrafica.fees.domain.FeeRepository;
import it.ccse.anagrafica.fees.domain.FeeSchedule;
import it.ccse.anagrafica.file.application.FileAccess.Access;
import it.ccse.anagrafica.file.application.FileViews.VehicleView;
import it.ccse.anagrafica.file.domain.CompanyFileRepository;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;

/** The vehicles and the contribution of the caller's file: the file page's and VW-6's figures. */
@Dependent
class FileFigures {

  @Inject private CompanyFileRepository files;
  @Inject private FeeRepository fees;

  Contribution contribution(Access a) {
    return Contribution.of(
        a.file().getCompany(), new FeeSchedule(fees.feeBands()), files::countVehicles);
  }

  List<VehicleView> vehicles(Access a, String plate, int first, int max) {
    return files.vehicles(a.file().getCompany(), plate, first, max).stream()
        .map(FileFigures::vehicle)
        .toList();
  }

  private static VehicleView vehicle(Vehicle v) {
    return new VehicleView(
        v.getPlate(),
        v.getType(),
        v.getTransportCategory().label(),
        v.getBlackBoxState(),
        v.getDeviceSerial());
  }
}
