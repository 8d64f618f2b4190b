import { describe, expect, it } from "vitest";
import { missingProductionSettings } from "@/lib/auth/config";

describe("a production server's required settings", () => {
  it("refuses to start without a secret for sessions and signed links", () => {
    expect(missingProductionSettings({ NODE_ENV: "production" })).toEqual(["NEXTAUTH_SECRET must be set in production"]);
    expect(missingProductionSettings({ NODE_ENV: "production", NEXTAUTH_SECRET: "s3cret" })).toEqual([]);
    expect(missingProductionSettings({ NODE_ENV: "production", AUTH_SECRET: "s3cret" })).toEqual([]);
    expect(missingProductionSettings({ NODE_ENV: "production", ALLOW_DEV_SECRET: "1" })).toEqual([]);
  });
});
