/** What the air advice is about, in the order the page shows it (kept apart from the standard's data: light to import). */
export const ADVICE_TOPICS = ["living", "study", "exercise", "travel", "sensitive"] as const;
export type AdviceTopic = (typeof ADVICE_TOPICS)[number];
