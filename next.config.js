// @ts-check
const path = require("node:path");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled. drizzle-orm and
  // postgres are loaded from node_modules too: bundled, each server layer got its own copy of drizzle's classes,
  // so its entity checks (`is()`, run for every SQL chunk and every column of every row) missed `instanceof`
  // and walked prototype chains: 6% of a booking's CPU, under 4% as one shared copy.
  serverExternalPackages: ["@electric-sql/pglite", "drizzle-orm", "postgres", "pdf-lib", "nodemailer", "@react-email/components", "@react-email/render", "qrcode"],
  poweredByHeader: false,
  // Render <title> and metadata in the initial HTML for every client, not streamed later (screen readers, axe).
  htmlLimitedBots: /.*/,
  experimental: {
    // forbidden()/unauthorized() pages: refusals thrown in actions and pages answer 401/403, not 500.
    authInterrupts: true,
    // Safer policy template uploads are up to 5 MB; the default server action body limit is 1 MB.
    serverActions: { bodySizeLimit: "6mb" },
  },
  sassOptions: {
    loadPaths: [path.join(__dirname, "node_modules")],
    quietDeps: true,
    silenceDeprecations: ["import", "mixed-decls", "global-builtin"],
  },
  typedRoutes: false,
  // Lets several builds (e.g. parallel test runs) live side by side.
  distDir: process.env.NEXT_DIST_DIR || ".next",
};

module.exports = nextConfig;
