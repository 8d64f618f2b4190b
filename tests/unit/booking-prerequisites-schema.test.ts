import { describe, expect, it } from "vitest";
import { bookingConfirmSchema, bookingNeedsSchema } from "@/lib/booking/book-schema";
import { listTitles, prerequisitesMessage } from "@/lib/booking/prerequisites";

describe("confirming the training a course requires", () => {
  it("is asked only when the page asks, and then must be ticked", () => {
    expect(bookingNeedsSchema.safeParse({ accessNeeds: "" }).success).toBe(true);
    const unticked = bookingNeedsSchema.safeParse({ prerequisitesRequired: "yes" });
    expect(unticked.success).toBe(false);
    expect(unticked.error?.issues[0]).toMatchObject({ path: ["prerequisitesConfirmed"], message: expect.stringContaining("Confirm that you have completed") });
    // The form library sends false for an unticked box, a form post sends nothing.
    expect(bookingNeedsSchema.safeParse({ prerequisitesRequired: "yes", prerequisitesConfirmed: false }).success).toBe(false);
    expect(bookingNeedsSchema.parse({ prerequisitesRequired: "yes", prerequisitesConfirmed: "yes" }).prerequisitesConfirmed).toBe(true);
  });

  it("travels through check your answers as a hidden yes", () => {
    const base = { formToken: "abcdefghijklmnop", intent: "book" };
    expect(bookingConfirmSchema.parse({ ...base, prerequisitesConfirmed: "yes" }).prerequisitesConfirmed).toBe(true);
    expect(bookingConfirmSchema.parse({ ...base, prerequisitesConfirmed: "" }).prerequisitesConfirmed).toBe(false);
    expect(bookingConfirmSchema.parse(base).prerequisitesConfirmed).toBe(false);
  });

  it("names the missing training in the message", () => {
    expect(listTitles(["A"])).toBe("A");
    expect(listTitles(["A", "B", "C"])).toBe("A, B and C");
    expect(prerequisitesMessage(["Recognising neglect"])).toBe(
      "This course is for people who have completed Recognising neglect. Go back and confirm that you have, or equivalent training, or book that first",
    );
  });
});
