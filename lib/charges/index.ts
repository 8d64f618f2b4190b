// Charges for missed places: the pure calculation, statement periods and the business unit's ledger.
export * from "./calculate";
export { parsePeriod, type Period } from "./period";
export { listCharges, getCharge, waiveCharge, agencyStatement, agencyStatementCsv } from "./ledger";
export type { ChargeFilters, ChargeRow, ChargeStatusFilter, Statement, WaiveResult } from "./ledger";
