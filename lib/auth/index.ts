// Server-side entry for pages and actions. Domain code (lib/<domain>) imports ./actor and ./policy directly.
export { currentActor, requireActor, requirePageActor, getActorById } from "./current";
export { hasRole, type Actor } from "./actor";
export { can, assertCan, assertSelfOrAdmin, assertTrainerOf, type Permission } from "./policy";
export { AuthorizationError } from "./errors";
export { ROLES, ROLE_LABELS, type Role } from "./roles";
