// The reminder scan and the reminder message, registered once from lib/jobs/handlers.ts.
import { registerRecurring, registerScheduledMessage } from "@/lib/jobs";
import { composeReminder } from "./compose";
import { queueDueReminders, REMINDER_MESSAGE_KIND } from "./scan";

export const REMINDER_SCAN_SECONDS = 5 * 60;

export function registerReminderJobs(): void {
  registerScheduledMessage(REMINDER_MESSAGE_KIND, (payload) => composeReminder(payload));
  registerRecurring({ name: "reminders", everySeconds: REMINDER_SCAN_SECONDS, run: async () => void (await queueDueReminders()) });
}
