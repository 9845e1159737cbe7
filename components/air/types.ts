// What the air APIs answer, as the app reads them (type imports only: nothing of the server reaches the browser).
import type { AdviceTopic } from "@/lib/air/advice-topics";
import type { AirForecastAnswer, AirHour } from "@/lib/air/forecast-answer";
import type { AirStation, AirStationsAnswer } from "@/lib/air/stations";

export type { AirForecastAnswer, AirHour, AirStation, AirStationsAnswer };

/** The advice of one level in the reader's language, made on the server (the standard's table stays there). */
export interface LevelAdvice {
  brief: string;
  topics: Record<AdviceTopic, string>;
}

/** Advice by level 1–6. */
export type AdviceByLevel = Record<number, LevelAdvice>;
