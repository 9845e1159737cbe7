/**
 * Topics name what a notification is about ("parking.bill-due"). Money that falls due, a plate claimed by
 * another account (it may be someone taking it) and health alerts wake a phone at once (urgency high); everything else may wait for the device's next natural wake-up.
 */
const HIGH_URGENCY_TOPICS = new Set([
  "parking.bill-due",
  "parking.bill-overdue",
  "parking.plate-claimed",
  "clinic.bill-due",
  "clinic.suspended",
  "air.alert",
]);

export const TOPIC_PATTERN = /^[a-z][a-z0-9-]*(\.[a-z0-9-]+)*$/;

export function urgencyForTopic(topic: string): "normal" | "high" {
  return HIGH_URGENCY_TOPICS.has(topic) ? "high" : "normal";
}

/** A push service keeps an undelivered message this long (a phone off overnight still gets it). */
export const PUSH_TTL_SECONDS = 24 * 60 * 60;
