import { describe, expect, it } from "vitest";
import { createLinkToken, verifyLinkToken } from "@/lib/links/signed";

describe("signed email links", () => {
  const later = new Date(Date.now() + 3600_000);

  it("accepts a genuine token for its own purpose", () => {
    const t = createLinkToken("release-place", 42, later);
    expect(verifyLinkToken(t, "release-place")).toMatchObject({ p: "release-place", id: 42 });
  });

  it("refuses a token used for another purpose, tampered with, or expired", () => {
    const t = createLinkToken("confirm-place", 42, later);
    expect(verifyLinkToken(t, "release-place")).toBeNull();
    const [body, sig] = t.split(".");
    const forged = Buffer.from(JSON.stringify({ p: "confirm-place", id: 43, exp: 9999999999 })).toString("base64url");
    expect(verifyLinkToken(`${forged}.${sig}`, "confirm-place")).toBeNull();
    // A different first character (a fixed "x" left the signature unchanged whenever it began with "x": 1 run in 64).
    const tampered = `${sig[0] === "x" ? "y" : "x"}${sig.slice(1)}`;
    expect(verifyLinkToken(`${body}.${tampered}`, "confirm-place")).toBeNull();
    expect(verifyLinkToken(createLinkToken("confirm-place", 42, new Date(Date.now() - 1000)), "confirm-place")).toBeNull();
    expect(verifyLinkToken("garbage", "confirm-place")).toBeNull();
    expect(verifyLinkToken(undefined, "confirm-place")).toBeNull();
  });
});
