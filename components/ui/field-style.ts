/** The look of a text field or select in the app's forms: large text and a finger-sized target. */
export const INPUT_CLASS =
  "touch-target w-full rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg text-[var(--text)]";
