// The policy library's categories, without zod: the add-a-template form imports them with the page and fetches
// its schema (lib/resources/resource-schema) only when the person starts filling it in.
// The seeded library uses the same words (db/seed/data.ts), so new templates sit with the existing ones.
export const RESOURCE_CATEGORIES = ["Policies", "Procedures", "Conduct", "Recruitment", "Guidance", "Forms"] as const;
export type ResourceCategory = (typeof RESOURCE_CATEGORIES)[number];
