"use client";

import { useTranslations } from "next-intl";
import { PLATE_PROVINCES } from "@/lib/parking/plate-format";

const LETTERS = [..."ABCDEFGHJKLMNPQRSTUVWXYZ"];
const DIGITS = [..."0123456789"];
const KEY =
  "touch-target min-w-[2.75rem] rounded-lg border border-[var(--border)] bg-[var(--card)] px-1 py-2 text-lg font-semibold";

/**
 * The plate keyboard drivers know from parking apps: first the provincial abbreviations (浙 first), then the
 * city letter, then letters and digits (no I or O, which plates never use). Each key is a button named by its
 * character, so it works with a screen reader and a hardware keyboard as well as by touch.
 */
export function PlateKeyboard({
  value,
  onChange,
  onDone,
}: {
  value: string;
  onChange: (value: string) => void;
  onDone: () => void;
}) {
  const t = useTranslations("vehicles.keyboard");
  const chars = [...value];
  const keys = chars.length === 0 ? PLATE_PROVINCES : chars.length === 1 ? LETTERS : [...DIGITS, ...LETTERS];
  const press = (key: string) => {
    if (chars.length < 8) onChange(value + key);
  };
  return (
    <fieldset
      data-testid="plate-keyboard"
      className="flex flex-col gap-2 rounded-xl border border-[var(--border)] p-2"
    >
      <legend className="sr-only">{chars.length === 0 ? t("provinces") : t("serial")}</legend>
      <div className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1">
        {keys.map((key) => (
          <button key={key} type="button" className={KEY} onClick={() => press(key)}>
            {key}
          </button>
        ))}
      </div>
      <div className="flex gap-2">
        <button
          type="button"
          className={`${KEY} flex-1`}
          disabled={chars.length === 0}
          onClick={() => onChange(chars.slice(0, -1).join(""))}
        >
          {t("backspace")}
        </button>
        <button type="button" className={`${KEY} flex-1`} onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </fieldset>
  );
}
