// Charges for missed places: the pure calculation, statement periods and the business unit's ledger.
export * from "./calculate";
export { parsePeriod, type Period } from "./period";
export { listCharges, getCharge, waiveCharge, agencyStatement, agencyStatementCsv, CHARGE_LIST_LIMIT } from "./ledger";
export type { ChargeFilters, ChargeList, ChargeRow, ChargeStatusFilter, Statement, WaiveResult } from "./ledger";
