// Every server action is a public POST endpoint: anyone can call it with any form data. So each exported async
// function of a "use server" file must establish who is calling before it does anything else — `requireActor(`
// as its first statement — or be authorised by a signed link, by handing the token to a lib function whose
// first statement verifies it (verifyLinkToken or a wrapper of it). Exceptions are listed with a reason.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (/\.tsx?$/.test(name)) out.push(p);
  }
  return out;
}

/** The body text of `function name(...) {...}` (brace matching; good enough for our own formatted code). */
function functionBody(src: string, name: string): string | null {
  const m = new RegExp(`function\\s+${name}\\s*\\(`).exec(src);
  if (!m) return null;
  // Skip the parameter list (it may contain braces in types); the body opens with "{" at the end of a line
  // (return types such as Promise<{ ok: true }> never do).
  let i = m.index + m[0].length;
  let parens = 1;
  while (parens > 0 && i < src.length) {
    if (src[i] === "(") parens++;
    else if (src[i] === ")") parens--;
    i++;
  }
  const open = src.indexOf("{\n", i);
  if (open < 0) return null;
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === "{") depth++;
    else if (src[j] === "}" && --depth === 0) return src.slice(open + 1, j);
  }
  return null;
}

/** Whether a lib function's first statement verifies a signed link, directly or through a helper in the same file. */
function verifiesFirst(src: string, name: string, depth = 0): boolean {
  const first = firstStatement(functionBody(src, name) ?? "");
  if (VERIFY_CALL.test(first)) return true;
  const helper = /\b([a-zA-Z0-9_]+)\(/.exec(first.replace(/^(const|let)\s+\w+\s*=\s*(await\s+)?/, ""));
  return depth < 2 && Boolean(helper) && helper![1] !== name && verifiesFirst(src, helper![1], depth + 1);
}

/** The first statement of a body, comments and blank lines skipped. */
function firstStatement(body: string): string {
  const lines = body
    .split("\n")
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("//") && !l.startsWith("/*") && !l.startsWith("*"));
  return lines[0] ?? "";
}

const serverActionFiles = walk("app").filter((f) => /^\s*["']use server["'];?/m.test(readFileSync(f, "utf8").split("\n").slice(0, 3).join("\n")));

/** Lib functions that authorise by a signed link token: the action passes the token straight to them. */
const TOKEN_VERIFIERS: Record<string, string> = {
  decideApprovalByToken: "lib/booking/approvals.ts",
  claimOfferByToken: "lib/booking/offers.ts",
  declineOfferByToken: "lib/booking/offers.ts",
  confirmPlaceByLink: "lib/reminders/place.ts",
  releasePlaceFromReminder: "lib/reminders/place.ts",
  coSignImpact: "lib/evaluation/cosign.ts",
};
const VERIFY_CALL = /\b(verifyLinkToken|coSignEvaluationId|resolveEvaluationLink|placeFromLink)\(/;

/** Reviewed exceptions: exported actions that need no caller, with the reason. */
const EXEMPT: Record<string, string> = {
  "app/sign-in/actions.ts#requestSignInAction": "asking for a magic link is public by design; rate-limited per address and IP (lib/auth/sign-in.ts)",
  "app/sign-in/actions.ts#signOutAction": "ends the caller's own session, whatever it is; harmless for anyone",
};

describe("server actions establish the caller first", () => {
  it("finds the app's server action files", () => {
    expect(serverActionFiles.length).toBeGreaterThanOrEqual(15);
  });

  it("each exported function calls requireActor( or a signed-link verifier before anything else", () => {
    const problems: string[] = [];
    let checked = 0;
    for (const file of serverActionFiles) {
      const rel = file.split(path.sep).join("/");
      const src = readFileSync(file, "utf8");
      // "use server" files may export only async functions (Next enforces it at build time too).
      const exports = [...src.matchAll(/^export\s+(async\s+)?(function|const|let|class|default)\s*([A-Za-z0-9_]*)/gm)];
      for (const [, isAsync, kind, name] of exports) {
        checked++;
        const id = `${rel}#${name}`;
        if (kind !== "function" || !isAsync) {
          problems.push(`${id}: exports something other than an async function`);
          continue;
        }
        if (EXEMPT[id]) continue;
        const body = functionBody(src, name);
        if (!body) {
          problems.push(`${id}: body not found`);
          continue;
        }
        const first = firstStatement(body);
        if (/\brequireActor\(/.test(first)) continue;
        // Signed-link actions: no requireActor, and the token reaches a verifier before any other lib call.
        const verifier = Object.keys(TOKEN_VERIFIERS).find((v) => new RegExp(`\\b${v}\\(`).test(body));
        if (verifier && !/\b(getDb|db\.)/.test(body)) {
          const libSrc = readFileSync(TOKEN_VERIFIERS[verifier], "utf8");
          if (verifiesFirst(libSrc, verifier)) continue;
          problems.push(`${id}: ${verifier} does not verify the token first`);
          continue;
        }
        problems.push(`${id}: first statement is "${first}", not requireActor() or a signed-link verifier`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(30);
  });

  it("role-restricted admin actions ask for the admin role up front or call an admin-only lib function", () => {
    const adminFiles = serverActionFiles.filter((f) => f.split(path.sep).join("/").startsWith("app/admin/"));
    for (const f of adminFiles) {
      const src = readFileSync(f, "utf8");
      // Either requireActor("admin") or the lib call checks assertCan (covered by the integration matrix).
      expect(/requireActor\(("admin")?\)/.test(src), f).toBe(true);
    }
  });

  it("the checker itself catches an action that touches data before requireActor", () => {
    const bad = `export async function evil(fd: FormData) {\n  const db = await getDb();\n  const actor = await requireActor();\n}`;
    expect(firstStatement(functionBody(bad, "evil")!)).toBe("const db = await getDb();");
    const good = `export async function fine(_p: FormState, fd: FormData): Promise<{ a: 1 }> {\n  // who\n  const actor = await requireActor("admin");\n}`;
    expect(firstStatement(functionBody(good, "fine")!)).toMatch(/requireActor\("admin"\)/);
  });
});
