/**
 * The sectors area's use cases: {@link ActivitySectors} for the company's legal representative
 * (SE-1..SE-8, CO-1, BK-1), {@link CorporateOperations} for its corporate operations (OP-1, OP-2),
 * the staff's {@link SectorDesk} and {@link CorporateOperationDesk} (AD-1), and the pure reader of
 * CCSE's ATO list {@link AtoCsv}; implementations in {@code internal}.
 */
package it.ccse.anagrafica.sectors.application;
