// The policy library's categories, without zod: the add-a-template form imports them with the page and fetches
// its schema (lib/resources/resource-schema) only when the person starts filling it in.
export const RESOURCE_CATEGORIES = ["Policy", "Procedure", "Code of conduct", "Guidance", "Form"] as const;
