// Giving and taking away roles (People and roles): the rules, the two forms' schemas and the search box.
import { describe, expect, it } from "vitest";
import { parseForm } from "@/lib/ui/form-state";
import { ADD_PERSON_MULTI_FIELDS, addPersonSchema } from "@/lib/people/add-person-schema";
import { PERSON_ROLES_MULTI_FIELDS, personRolesSchema } from "@/lib/people/roles-schema";
import { roleChangeProblems, rolesAfter, sameRoles, sortRoles, type RoleChangeFacts } from "@/lib/people/roles";
import { containsPattern, parsePeopleSearch } from "@/lib/people/search-query";

const alex = { id: "alex", name: "Alex Morgan", email: "admin@example.org", roles: ["learner", "admin"] as const };
const sam = { id: "sam", name: "Sam Taylor", email: "trainer@example.org", roles: ["learner", "trainer"] as const };

function facts(over: Partial<RoleChangeFacts>): RoleChangeFacts {
  return { actorId: "alex", person: { ...sam, roles: [...sam.roles] }, after: ["learner", "trainer"], adminIds: ["alex"], trainerSessionCount: 0, confirmTrainerRemoval: false, ...over };
}

describe("the roles a person holds after a save", () => {
  it("keeps learner always and Safer contact as it was, and sets trainer and admin as ticked", () => {
    expect(rolesAfter(["learner"], ["trainer"])).toEqual(["learner", "trainer"]);
    expect(rolesAfter(["admin", "learner"], [])).toEqual(["learner"]);
    expect(rolesAfter(["safer_contact", "trainer", "learner"], ["admin"])).toEqual(["learner", "admin", "safer_contact"]);
    // Someone who somehow lost learner gets it back; nobody becomes a Safer contact here.
    expect(rolesAfter(["trainer"], ["trainer", "admin"])).toEqual(["learner", "trainer", "admin"]);
    expect(rolesAfter([], [])).toEqual(["learner"]);
  });

  it("compares roles whatever their order", () => {
    expect(sortRoles(["admin", "learner", "admin"])).toEqual(["learner", "admin"]);
    expect(sameRoles(["admin", "learner"], ["learner", "admin"])).toBe(true);
    expect(sameRoles(["learner"], ["learner", "trainer"])).toBe(false);
  });
});

describe("who may lose which role", () => {
  it("lets an admin make someone a trainer or an admin, or take the role away", () => {
    expect(roleChangeProblems(facts({ after: ["learner", "trainer", "admin"] }))).toBeNull();
    expect(roleChangeProblems(facts({ person: { ...alex, id: "other", roles: ["learner", "admin"] }, after: ["learner"], adminIds: ["alex", "other"] }))).toBeNull();
  });

  it("refuses an admin removing their own admin role, next to the roles", () => {
    const r = roleChangeProblems(facts({ person: { ...alex, roles: ["learner", "admin"] }, after: ["learner"], adminIds: ["alex", "other"] }));
    expect(r).toEqual({ roles: "You cannot remove your own admin role. Another admin can remove it if you no longer need it" });
    // Their other roles they may change.
    expect(roleChangeProblems(facts({ person: { ...alex, roles: ["learner", "admin"] }, after: ["learner", "trainer", "admin"] }))).toBeNull();
  });

  it("keeps the last admin's role, whoever asks", () => {
    // The caller lost their own admin role a moment ago (another admin's save): Alex is now the only one.
    const r = roleChangeProblems(facts({ actorId: "bea", person: { ...alex, roles: ["learner", "admin"] }, after: ["learner"], adminIds: ["alex"] }));
    expect(r).toEqual({ roles: "Alex Morgan is the only admin. Make someone else an admin before removing this role" });
    expect(roleChangeProblems(facts({ actorId: "bea", person: { ...alex, name: null, roles: ["learner", "admin"] }, after: ["learner"], adminIds: [] }))?.roles).toMatch(/^admin@example.org is the only admin/);
  });

  it("asks for a confirmation before a trainer of sessions still to come loses the role", () => {
    const r = roleChangeProblems(facts({ after: ["learner"], trainerSessionCount: 2 }));
    expect(r?.confirmTrainerRemoval).toMatch(/^Sam Taylor is a trainer of 2 sessions still to run or with an open register\. Select “Remove the trainer role anyway”/);
    expect(roleChangeProblems(facts({ after: ["learner"], trainerSessionCount: 1 }))?.confirmTrainerRemoval).toContain("of 1 session still");
    expect(roleChangeProblems(facts({ after: ["learner"], trainerSessionCount: 2, confirmTrainerRemoval: true }))).toBeNull();
    expect(roleChangeProblems(facts({ after: ["learner"], trainerSessionCount: 0 }))).toBeNull();
    // Keeping the role needs no confirmation, however many sessions.
    expect(roleChangeProblems(facts({ after: ["learner", "trainer", "admin"], trainerSessionCount: 5 }))).toBeNull();
  });
});

describe("the person's roles form", () => {
  const post = (fields: [string, string][]) => {
    const fd = new FormData();
    for (const [k, v] of fields) fd.append(k, v);
    return parseForm(personRolesSchema, fd, PERSON_ROLES_MULTI_FIELDS);
  };

  it("reads the ticked roles and the confirmation as the browser posts them", () => {
    expect(post([["personId", "p1"], ["roles", "admin"], ["roles", "trainer"]])).toMatchObject({ ok: true, data: { personId: "p1", roles: ["trainer", "admin"], confirmTrainerRemoval: false } });
    expect(post([["personId", "p1"], ["confirmTrainerRemoval", "yes"]])).toMatchObject({ ok: true, data: { roles: [], confirmTrainerRemoval: true } });
    // react-hook-form: none ticked is false, one is its value
    expect(personRolesSchema.parse({ personId: "p1", roles: false, confirmTrainerRemoval: false })).toEqual({ personId: "p1", roles: [], confirmTrainerRemoval: false });
    expect(personRolesSchema.parse({ personId: "p1", roles: "trainer", confirmTrainerRemoval: "yes" })).toEqual({ personId: "p1", roles: ["trainer"], confirmTrainerRemoval: true });
  });

  it("refuses roles that are not given here, and a missing person", () => {
    const r = post([["personId", "p1"], ["roles", "safer_contact"]]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.state.errors.roles).toBe("Select roles from the list");
    const none = post([["roles", "trainer"]]);
    expect(none.ok).toBe(false);
    if (!none.ok) expect(Object.keys(none.state.errors)).toEqual(["personId"]);
  });
});

describe("the add a person form", () => {
  const post = (email: string, name: string, ...roles: string[]) => {
    const fd = new FormData();
    fd.append("email", email);
    fd.append("name", name);
    for (const r of roles) fd.append("roles", r);
    return parseForm(addPersonSchema, fd, ADD_PERSON_MULTI_FIELDS);
  };

  it("keeps the address in lower case (how sign-in finds people) and tidies the name", () => {
    expect(post("  Jo.Bloggs@NHS.example.org ", "  Jo   Bloggs ", "trainer")).toMatchObject({ ok: true, data: { email: "jo.bloggs@nhs.example.org", name: "Jo Bloggs", roles: ["trainer"] } });
    expect(post("a@example.org", "A", "admin", "trainer", "admin")).toMatchObject({ ok: true, data: { roles: ["trainer", "admin"] } });
  });

  it("says what is missing or wrong, and keeps what was typed", () => {
    const r = post("not an email", "", "learner");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.state.errors).toEqual({
      email: "Enter an email address in the correct format, like name@example.org",
      name: "Enter their full name",
      roles: "Select roles from the list",
    });
    expect(r.state.values).toMatchObject({ email: "not an email", roles: ["learner"] });
    const empty = post("", "   ");
    expect(!empty.ok && empty.state.errors).toEqual({ email: "Enter their work email address", name: "Enter their full name" });
    const long = post(`${"a".repeat(250)}@example.org`, "x".repeat(101));
    expect(!long.ok && long.state.errors).toEqual({ email: "Email address must be 254 characters or fewer", name: "Full name must be 100 characters or fewer" });
  });
});

describe("the people search box", () => {
  it("lists the trainers and admins when empty, and needs 2 characters to search", () => {
    expect(parsePeopleSearch(undefined)).toEqual({ q: "", term: null, error: null });
    expect(parsePeopleSearch("   ")).toEqual({ q: "", term: null, error: null });
    expect(parsePeopleSearch(" p ")).toEqual({ q: "p", term: null, error: "Enter at least 2 characters of a name or email address" });
    expect(parsePeopleSearch("  Priya   Shah ")).toEqual({ q: "Priya Shah", term: "Priya Shah", error: null });
    expect(parsePeopleSearch(["nhs", "police"])).toMatchObject({ term: "nhs" });
    expect(parsePeopleSearch("x".repeat(101))).toMatchObject({ term: null, error: "Search must be 100 characters or fewer" });
  });

  it("takes LIKE's wildcards literally", () => {
    expect(containsPattern("50%_off\\")).toBe("%50\\%\\_off\\\\%");
  });
});
