export { saveProfile, listAgencies } from "./profile";
export { profileSchema, type ProfileInput } from "./profile-schema";
