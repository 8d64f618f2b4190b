// The business unit's two settings forms: the policy (in pounds and lists of days, kept in pence and numbers) and the
// partnership's details (help contacts and districts one a line), and the message when a district is in use.
import { describe, expect, it } from "vitest";
import { sameValue } from "@/lib/partnership/changes";
import { partnershipDetailsSchema, partnershipDetailsValues } from "@/lib/partnership/details-schema";
import { districtsInUseMessage, removedDistricts } from "@/lib/partnership/districts";
import { DEFAULT_POLICY } from "@/lib/partnership/policy";
import { policySettingsSchema, policySettingsValues, POLICY_SETTINGS_FIELDS } from "@/lib/partnership/settings-schema";
import { parseForm } from "@/lib/ui/form-state";

const fd = (values: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(values)) f.append(k, v);
  return f;
};

describe("policy settings form", () => {
  const current = Object.fromEntries(POLICY_SETTINGS_FIELDS.map((k) => [k, DEFAULT_POLICY[k]])) as never;
  const form = policySettingsValues(current);

  it("shows the current policy in pounds and lists, and reads the same form back to the same policy", () => {
    expect(form).toMatchObject({
      membershipFeeUpTo10: "0",
      membershipFee11To50: "50",
      membershipFee51To250: "100",
      membershipFeeOver250: "200",
      membershipRenewalNoticeDays: "30, 7",
      impactFollowUpDays: "90",
      retentionMonths: "72",
    });
    const r = parseForm(policySettingsSchema, fd(form));
    expect(r.ok && r.data).toEqual(current);
  });

  it("keeps fees in pence by size band, and renewal notices largest first", () => {
    const r = policySettingsSchema.parse({ ...form, membershipFeeUpTo10: "£12.50", membershipFeeOver250: "350", membershipRenewalNoticeDays: "7, 60, 30" });
    expect(r.membershipFeesPence).toEqual({ "Up to 10": 1250, "11 to 50": 5000, "51 to 250": 10000, "Over 250": 35000 });
    expect(r.membershipRenewalNoticeDays).toEqual([60, 30, 7]);
    expect(Object.keys(r).sort()).toEqual([...POLICY_SETTINGS_FIELDS].sort());
  });

  it.each([
    ["retentionMonths", "6", "The retention period in months must be 12 or more"],
    ["retentionMonths", "six years", "Enter the retention period in months as a whole number, like 12"],
    ["impactFollowUpDays", "3", "The number of days before the impact follow-up must be 7 or more"],
    ["impactFollowUpDays", "", "Enter the number of days before the impact follow-up"],
    ["membershipRenewalNoticeDays", "120, 30", "Each renewal notice must be between 1 and 90 days before the membership ends"],
    ["membershipRenewalNoticeDays", "30, 30", "Enter each number of days only once"],
    ["membershipRenewalNoticeDays", "a month", "Enter the days before the membership ends as numbers separated by commas, like 30, 7"],
    ["membershipRenewalNoticeDays", "60, 30, 14, 7, 1", "Enter no more than 4 renewal notices"],
    ["membershipFee11To50", "free", "Enter the yearly fee for 11 to 50 staff and volunteers in pounds, like 50 or 35.50"],
    ["membershipFeeOver250", "", "Enter the yearly fee for over 250 staff and volunteers"],
    ["membershipFeeUpTo10", "-5", "Enter the yearly fee for up to 10 staff and volunteers in pounds, like 50 or 35.50"],
  ])("refuses %s = %j with a message next to the field", (field, value, message) => {
    const r = parseForm(policySettingsSchema, fd({ ...form, [field]: value }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.state.errors).toEqual({ [field]: message });
  });
});

describe("partnership details form", () => {
  const form = {
    name: "  Suffolk   Safeguarding Partnership ",
    shortName: "SSP",
    helpContacts: "Customer First: 0808 800 4005\r\n\r\nOut of hours: Emergency Duty Service: 0808 800 4005\nChildline:0800 1111\n",
    districts: "Babergh\nIpswich\n\n  Mid  Suffolk \nSt Edmundsbury (West Suffolk)\nKing's Lynn",
    reportingYearStartMonth: "4",
  };

  it("reads one help contact and one district a line, tidying spaces and skipping blank lines", () => {
    const r = partnershipDetailsSchema.parse(form);
    expect(r).toEqual({
      name: "Suffolk Safeguarding Partnership",
      shortName: "SSP",
      helpContacts: [
        { label: "Customer First", number: "0808 800 4005" },
        { label: "Out of hours: Emergency Duty Service", number: "0808 800 4005" },
        { label: "Childline", number: "0800 1111" },
      ],
      districts: ["Babergh", "Ipswich", "Mid Suffolk", "St Edmundsbury (West Suffolk)", "King's Lynn"],
      reportingYearStartMonth: 4,
    });
    expect(partnershipDetailsSchema.parse(partnershipDetailsValues(r))).toEqual(r);
  });

  it.each([
    ["name", "   ", "Enter the partnership's name"],
    ["shortName", "Suffolk Safeguarding Partnership", "The short name must be 20 characters or fewer"],
    ["helpContacts", "", "Enter at least one help contact"],
    ["helpContacts", "Childline: 0800 1111\nCall the duty desk", "Line 2: enter a name, a colon and a phone number, like Childline: 0800 1111"],
    ["helpContacts", ": 0800 1111", "Line 1: enter a name, a colon and a phone number, like Childline: 0800 1111"],
    ["helpContacts", "Childline: 0800 1111\n\nDuty desk: ask reception", "Line 3: enter a phone number after the colon, like 0800 1111 or 01632 960 001"],
    ["helpContacts", "Police: 99", "Line 1: enter a phone number after the colon, like 0800 1111 or 01632 960 001"],
    ["helpContacts", "Childline: 0800 1111\nchildline: 0800 1111", "Line 2: childline is already listed"],
    ["helpContacts", Array.from({ length: 11 }, (_, i) => `Line ${i}: 0800 111${i}`).join("\n"), "Enter no more than 10 help contacts"],
    ["districts", "\n \n", "Enter at least one district"],
    ["districts", "Norwich\nnorwich", "Line 2: norwich is already listed"],
    ["districts", "Norwich\n=cmd|' /C calc'!A0", "Line 2: start a district's name with a letter or number and use only letters, numbers, spaces and ' - , . & ( )"],
    ["districts", `Norwich\n${"N".repeat(101)}`, "Line 2: a district's name must be 100 characters or fewer"],
    ["reportingYearStartMonth", "13", "Select the month the reporting year starts in"],
  ])("refuses %s = %j with a message next to the field", (field, value, message) => {
    const r = parseForm(partnershipDetailsSchema, fd({ ...form, [field]: value }));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.state.errors).toEqual({ [field]: message });
  });
});

describe("districts in use", () => {
  it("names the districts a change removes", () => {
    expect(removedDistricts(["Norwich", "Breckland", "Broadland"], ["Broadland", "norwich", "Thetford"])).toEqual(["Norwich", "Breckland"]);
  });

  it("says what is in a district that cannot be removed", () => {
    expect(districtsInUseMessage([{ district: "Norwich", sessions: 12, agencies: 1, saferOrganisations: 1_204 }])).toBe(
      "You cannot remove Norwich because 12 sessions, 1 organisation and 1,204 Safer organisations are in it. Keep it in the list",
    );
    expect(districtsInUseMessage([{ district: "Breckland", sessions: 1, agencies: 0, saferOrganisations: 0 }])).toBe("You cannot remove Breckland because 1 session is in it. Keep it in the list");
    expect(
      districtsInUseMessage([
        { district: "Breckland", sessions: 2, agencies: 0, saferOrganisations: 0 },
        { district: "Norwich", sessions: 0, agencies: 0, saferOrganisations: 3 },
      ]),
    ).toBe("You cannot remove Breckland and Norwich because sessions or organisations are in them (Breckland: 2 sessions; Norwich: 3 Safer organisations). Keep them in the list");
  });
});

describe("comparing saved settings", () => {
  it("treats fees listed in another order as the same, and a changed list as changed", () => {
    expect(sameValue({ "Up to 10": 0, "Over 250": 200 }, { "Over 250": 200, "Up to 10": 0 })).toBe(true);
    expect(sameValue({ "Up to 10": 0 }, { "Up to 10": 0, "Over 250": 200 })).toBe(false);
    expect(sameValue([30, 7], [7, 30])).toBe(false);
    expect(sameValue([{ label: "A", number: "1" }], [{ number: "1", label: "A" }])).toBe(true);
  });
});
