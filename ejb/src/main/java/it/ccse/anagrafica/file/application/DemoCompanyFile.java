package it.ccse.anagrafica.file.application;

/** The embedded default's demo file (README): only the dev seed calls it. */
public interface DemoCompanyFile {

  /** Sites, categories, delegates, devices and vehicles for the demo company. */
  void furnish(Long companyId);
}
