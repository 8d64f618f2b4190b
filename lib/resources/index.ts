// The Safer policy library: the public face of the domain.
export {
  addResource,
  downloadVersion,
  getResource,
  listLibrary,
  listResourcesForAdmin,
  outOfDateMembers,
  publishVersion,
  recordReview,
  updatedSinceDownload,
  type DownloadedFile,
  type LibraryItem,
  type OutOfDateMember,
} from "./library";
export { notifyVersionUpdate } from "./notices";
export { reviewSchema, resourceSchema, versionSchema, RESOURCE_CATEGORIES, type ResourceInput, type ReviewInput, type VersionInput } from "./resource-schema";
export * from "./rules";
