package it.ccse.anagrafica.company.domain;

/** Company data with every datum filled in, as a form ready to be generated. */
final class CompanyDataFixture {

  private CompanyDataFixture() {}

  static CompanyData complete() {
    var d = new CompanyData();
    d.setRagioneSociale("Prova S.r.l.");
    d.setCodiceFiscale("12345670017");
    d.setPartitaIva("12345670017");
    d.setLegalForm("SRL");
    d.setStreet("Via Garibaldi");
    d.setStreetNumber("12");
    d.setCap("10122");
    d.setRegionCode("01");
    d.setProvinceSigla("TO");
    d.setComuneIstatCode("001272");
    d.getLegalRepresentative().setName("Mario");
    d.getLegalRepresentative().setSurname("Rossi");
    d.getLegalRepresentative().setCodiceFiscale("RSSMRA85T10A562S");
    d.setEmail("legale@example.org");
    d.setPec("legale@pec.example.org");
    d.setPhone("011 1234567");
    d.getContactPerson().setName("Lucia");
    d.getContactPerson().setSurname("Bianchi");
    d.getContactPerson().setPhone("011 7654321");
    d.getContactPerson().setEmail("referente@example.org");
    d.getBankAccount().setIban("IT60X0542811101000000123456");
    d.getBankAccount().setBankName("Banca di prova");
    return d;
  }
}
