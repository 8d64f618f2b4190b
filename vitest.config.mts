import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = { "@": path.resolve(import.meta.dirname) };

export default defineConfig({
  resolve: { alias },
  test: {
    // postgres.js can throw from a timer (connection.js nextWrite on a socket already destroyed) when the fault
    // suite kills backends mid-write, and does not await the array-type lookup it runs on each new connection (a
    // backend killed during it rejects unhandled). Both are the library's, not test results; every assertion still runs.
    onUnhandledError(error) {
      const stack = String((error as Error).stack ?? "");
      if (stack.includes("postgres/src/connection.js") && stack.includes("nextWrite")) return false;
      const query = String((error as { query?: unknown }).query ?? "");
      if (query.includes("from pg_catalog.pg_type a") && query.includes("typcategory")) return false;
    },
    projects: [
      {
        resolve: { alias },
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"], environment: "node", sequence: { groupOrder: 0 } },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          testTimeout: 60_000,
          hookTimeout: 180_000,
          // Each file gets its own database; keep the load on a 2-core machine sensible.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
