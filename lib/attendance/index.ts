// Attendance: the trainer's register, walk-ins, check-in codes and self check-in.
export { getRegister, listTrainerSessions, saveRegister, reopenRegister, addWalkIn, showCheckInCode, REGISTER_CLOSED_MESSAGE, registerNotOpenMessage } from "./register";
export type { RegisterIntent, RegisterResult, RegisterEntryRow, RegisterSession, SaveRegisterOptions, TrainerSessionRow, WalkInResult } from "./register";
export { checkIn, myCheckIn, checkInQrDataUrl, checkInUrl, CHECK_IN_MESSAGES, type CheckInResult } from "./check-in";
export * from "./rules";
