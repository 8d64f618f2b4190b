// Client-safe: the register form (one set of radios and a note per booking) and its three buttons.
import { z } from "zod";
import { ATTENDANCE_MARKS, type AttendanceMark } from "./rules";

export const REGISTER_NOTE_MAX = 500;

export const registerFormSchema = z
  .object({
    intent: z.enum(["save", "all-present", "close"], { error: "Choose what to do with the register" }),
  })
  .catchall(z.string());
export type RegisterFormInput = z.infer<typeof registerFormSchema>;

export type RegisterMark = { bookingId: number; attendance?: AttendanceMark; note?: string };

/** The checkbox a trainer ticks to close the register well before the session's booked end. */
export const FINISHED_EARLY_FIELD = "finishedEarly";
export const FINISHED_EARLY_VALUE = "yes";

/** Field names: attendance-<bookingId> and note-<bookingId>. */
export const attendanceField = (bookingId: number) => `attendance-${bookingId}`;
export const noteField = (bookingId: number) => `note-${bookingId}`;

/** Marks and notes from the posted values, with an error per field that is not valid. */
export function marksFromForm(values: Record<string, unknown>): { marks: RegisterMark[]; errors: Record<string, string> } {
  const byId = new Map<number, RegisterMark>();
  const errors: Record<string, string> = {};
  const entry = (id: number) => byId.get(id) ?? byId.set(id, { bookingId: id }).get(id)!;
  for (const [key, raw] of Object.entries(values)) {
    const m = /^(attendance|note)-(\d{1,9})$/.exec(key);
    if (!m || typeof raw !== "string") continue;
    const id = Number(m[2]);
    if (m[1] === "attendance") {
      if (raw === "") continue;
      if ((ATTENDANCE_MARKS as readonly string[]).includes(raw)) entry(id).attendance = raw as AttendanceMark;
      else errors[key] = "Select attended, partly attended or did not attend";
    } else {
      const note = raw.trim();
      if (note.length > REGISTER_NOTE_MAX) errors[key] = `Note must be ${REGISTER_NOTE_MAX} characters or fewer`;
      else entry(id).note = note;
    }
  }
  return { marks: [...byId.values()], errors };
}
