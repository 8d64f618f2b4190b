// Reminders before a session: the first asks the person to confirm or release their place; later ones repeat
// the joining instructions. Scheduling and exactly-once sending come from lib/jobs (scheduleMessage).
export { reminderDue, reminderKey, reminderSchedule, reminderTime, isConfirmReminder } from "./timing";
export { queueDueReminders, REMINDER_MESSAGE_KIND } from "./scan";
export { composeReminder, REMINDER_TEMPLATES } from "./compose";
export { placeFromLink, confirmPlaceByLink, releasePlaceFromReminder, type PlaceFromLink, type PlaceActionResult } from "./place";
export { unconfirmedBookings, type UnconfirmedBooking } from "./unconfirmed";
export { registerReminderJobs } from "./jobs";
