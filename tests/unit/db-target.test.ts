// DATABASE_URL → postgres.js: a unix-socket directory in ?host= becomes the `host` option (postgres.js ignores it in the URL).
import { describe, expect, it } from "vitest";
import { postgresTarget } from "@/db/client";

describe("postgresTarget", () => {
  it("leaves an ordinary TCP address alone", () => {
    expect(postgresTarget("postgres://app:secret@db.example.org:5432/lscp?sslmode=require")).toEqual({ url: "postgres://app:secret@db.example.org:5432/lscp?sslmode=require" });
  });
  it("moves a socket directory from ?host= to the host option and keeps the rest", () => {
    expect(postgresTarget("postgres://postgres@localhost:5432/lscp?host=/var/run/postgresql&application_name=web")).toEqual({
      url: "postgres://postgres@localhost:5432/lscp?application_name=web",
      host: "/var/run/postgresql",
    });
  });
  it("ignores a ?host= that is not a socket directory", () => {
    expect(postgresTarget("postgres://postgres@localhost/lscp?host=other").host).toBeUndefined();
  });
});

describe("reconnect backoff", () => {
  it("starts at 50 ms, doubles, and never waits more than a second, however many connections failed", async () => {
    const { reconnectBackoffSeconds } = await import("@/db/client");
    expect(reconnectBackoffSeconds(1, 1)).toBeCloseTo(0.05);
    expect(reconnectBackoffSeconds(2, 1)).toBeCloseTo(0.1);
    expect(reconnectBackoffSeconds(10, 1)).toBe(1);
    expect(reconnectBackoffSeconds(50, 0)).toBe(0.5);
  });
});
