export { saveProfile, listAgencies } from "./profile";
export { profileSchema, type ProfileInput } from "./profile-schema";
export { findPeople, getPersonForAdmin, type PeopleList, type PersonForAdmin, type PersonListRow, type TrainerSession } from "./directory";
export { changePersonRoles, type RoleChangeResult } from "./change-roles";
export { addPerson, type AddPersonResult } from "./add-person";
export { personRolesSchema, PERSON_ROLES_MULTI_FIELDS, type PersonRolesInput } from "./roles-schema";
export { addPersonSchema, ADD_PERSON_MULTI_FIELDS, type AddPersonInput } from "./add-person-schema";
export { parsePeopleSearch } from "./search-query";
