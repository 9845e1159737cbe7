import { aqiChipStyle } from "./aqi-look";

/** The AQI in its category's colour; every caller puts the category in words beside it (never colour alone). */
export function AqiChip({
  aqi,
  level,
  colour,
  large = false,
}: {
  aqi: number | null;
  level: number | null;
  colour: string | null;
  large?: boolean;
}) {
  return (
    <span
      className={`inline-flex shrink-0 items-center justify-center rounded-full border border-black/20 font-bold ${
        large ? "h-16 min-w-16 px-2 text-2xl" : "h-10 min-w-10 px-1.5"
      }`}
      style={aqiChipStyle(level, colour)}
      data-testid="aqi-chip"
    >
      {aqi ?? "—"}
    </span>
  );
}
