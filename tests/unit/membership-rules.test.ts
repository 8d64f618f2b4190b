import { describe, expect, it } from "vitest";
import { applySchema } from "@/lib/membership/apply-schema";
import {
  addMonthsIso,
  canRenew,
  dueRenewalNotice,
  feeForBand,
  formatFee,
  formatYearlyFee,
  isCharityNumber,
  libraryAccess,
  isCompanyNumber,
  organisationStatus,
  periodFrom,
  renewalPeriod,
  shouldLapse,
} from "@/lib/membership/rules";

describe("registered number formats", () => {
  it("accepts charity numbers of 6 to 8 digits only", () => {
    expect(isCharityNumber("123456")).toBe(true);
    expect(isCharityNumber("1234567")).toBe(true);
    expect(isCharityNumber("12345678")).toBe(true);
    expect(isCharityNumber(" 1 234 567 ")).toBe(true);
    expect(isCharityNumber("12345")).toBe(false);
    expect(isCharityNumber("123456789")).toBe(false);
    expect(isCharityNumber("SC12345")).toBe(false);
  });

  it("accepts company numbers of 8 digits or a 2-letter prefix and 6 digits", () => {
    expect(isCompanyNumber("01234567")).toBe(true);
    expect(isCompanyNumber("SC123456")).toBe(true);
    expect(isCompanyNumber("sc123456")).toBe(true);
    expect(isCompanyNumber("1234567")).toBe(false);
    expect(isCompanyNumber("S1234567")).toBe(false);
    expect(isCompanyNumber("SC1234567")).toBe(false);
  });

  it("lets unregistered groups apply without either number, and checks each number that is given", () => {
    const base = { name: "1st Wymondham Scouts", orgType: "Uniformed group", district: "Norwich", sizeBand: "Up to 10", leadName: "A Lead", leadEmail: "lead@example.org", leadPhone: "01632 960 001" };
    const none = applySchema.safeParse({ ...base, charityNumber: "", companyNumber: "  " });
    expect(none.success && [none.data.charityNumber, none.data.companyNumber]).toEqual(["", ""]);
    const bad = applySchema.safeParse({ ...base, charityNumber: "12", companyNumber: "ABC" });
    expect(bad.success ? [] : bad.error.issues.map((i) => i.path[0])).toEqual(["charityNumber", "companyNumber"]);
    const good = applySchema.safeParse({ ...base, charityNumber: "", companyNumber: "sc 123456" });
    expect(good.success && good.data.companyNumber).toBe("SC123456");
  });
});

describe("membership periods", () => {
  it("runs 12 months, ending on the anniversary (exclusive)", () => {
    expect(periodFrom("2026-03-15")).toEqual({ startsOn: "2026-03-15", endsOn: "2027-03-15" });
    expect(addMonthsIso("2024-02-29", 12)).toBe("2025-02-28");
  });

  it("renews from the old end date, or from today after a lapse", () => {
    expect(renewalPeriod("2026-07-01", "2026-06-20")).toEqual({ startsOn: "2026-07-01", endsOn: "2027-07-01" });
    expect(renewalPeriod("2026-07-01", "2026-07-01")).toEqual({ startsOn: "2026-07-01", endsOn: "2027-07-01" });
    expect(renewalPeriod("2026-07-01", "2026-08-10")).toEqual({ startsOn: "2026-08-10", endsOn: "2027-08-10" });
  });

  it("can renew from 90 days before the end to 90 days after, not a long-lapsed or declined one", () => {
    expect(canRenew({ status: "active", endsOn: "2026-07-01" }, "2026-06-01")).toBe(true);
    expect(canRenew({ status: "active", endsOn: "2026-07-01" }, "2026-04-02")).toBe(true);
    expect(canRenew({ status: "active", endsOn: "2026-07-01" }, "2026-04-01")).toBe(false);
    expect(canRenew({ status: "lapsed", endsOn: "2026-07-01" }, "2026-09-29")).toBe(true);
    expect(canRenew({ status: "lapsed", endsOn: "2026-07-01" }, "2026-09-30")).toBe(false);
    expect(canRenew({ status: "declined", endsOn: null }, "2026-06-01")).toBe(false);
    expect(canRenew(null, "2026-06-01")).toBe(false);
  });

  it("sends the most urgent renewal notice that is due, and none after the end", () => {
    expect(dueRenewalNotice("2026-07-01", "2026-05-01", [30, 7])).toBeNull();
    expect(dueRenewalNotice("2026-07-01", "2026-06-01", [30, 7])).toBe(30);
    expect(dueRenewalNotice("2026-07-01", "2026-06-20", [30, 7])).toBe(30);
    expect(dueRenewalNotice("2026-07-01", "2026-06-24", [30, 7])).toBe(7);
    expect(dueRenewalNotice("2026-07-01", "2026-06-30", [7, 30])).toBe(7);
    expect(dueRenewalNotice("2026-07-01", "2026-07-01", [30, 7])).toBeNull();
  });

  it("lapses an active period on its end date unless it was renewed", () => {
    expect(shouldLapse({ status: "active", endsOn: "2026-07-01" }, "2026-06-30", false)).toBe(false);
    expect(shouldLapse({ status: "active", endsOn: "2026-07-01" }, "2026-07-01", false)).toBe(true);
    expect(shouldLapse({ status: "active", endsOn: "2026-07-01" }, "2026-07-01", true)).toBe(false);
    expect(shouldLapse({ status: "lapsed", endsOn: "2026-07-01" }, "2026-08-01", false)).toBe(false);
  });

  it("derives what a contact sees from the organisation's rows", () => {
    const at = (s: string) => new Date(`${s}T10:00:00Z`);
    expect(organisationStatus([], "2026-01-01")).toBe("none");
    expect(organisationStatus([{ status: "pending", startsOn: null, endsOn: null, appliedAt: at("2026-01-01") }], "2026-01-02")).toBe("pending");
    expect(organisationStatus([{ status: "declined", startsOn: null, endsOn: null, appliedAt: at("2026-01-01") }], "2026-01-02")).toBe("declined");
    const period = { status: "active", startsOn: "2025-01-01", endsOn: "2026-01-01", appliedAt: at("2024-12-01") };
    expect(organisationStatus([period], "2025-06-01")).toBe("active");
    expect(organisationStatus([period], "2026-01-01")).toBe("lapsed");
  });

  it("charges by size band, where 0 means free", () => {
    const fees = { "Up to 10": 0, "11 to 50": 5000 };
    expect(feeForBand(fees, "11 to 50")).toBe(5000);
    expect(formatFee(feeForBand(fees, "Up to 10"))).toBe("Free");
    expect(formatFee(5000)).toBe("£50.00");
    // Said of a year: "£50.00 a year", but never "Free a year".
    expect(formatYearlyFee(5000)).toBe("£50.00 a year");
    expect(formatYearlyFee(0)).toBe("Free");
  });

  it("says what the policy library offers from the membership: download now, after approval, after renewing, or not", () => {
    expect(libraryAccess({ status: "active", canRenew: true })).toBe("download");
    expect(libraryAccess({ status: "pending", canRenew: false })).toBe("awaiting-approval");
    expect(libraryAccess({ status: "lapsed", canRenew: true })).toBe("renew");
    expect(libraryAccess({ status: "lapsed", canRenew: false })).toBe("ended");
    expect(libraryAccess({ status: "declined", canRenew: false })).toBe("declined");
    expect(libraryAccess({ status: "none", canRenew: false })).toBe("not-a-member");
    expect(libraryAccess(null)).toBe("not-a-member");
  });
});
