"use client";

import { useTranslations } from "next-intl";
import { useDisplayFormat } from "@/components/data/use-display-format";
import { PER_BILL_LIMIT_CHOICES_FEN } from "@/lib/payments/agreement-limit";

/** The per-bill limit as a choice of amounts (200 元 unless the resident picks another). */
export function AgreementLimitSelect({
  id,
  value,
  onChange,
  disabled,
}: {
  id: string;
  value: number;
  onChange: (fen: number) => void;
  disabled?: boolean;
}) {
  const t = useTranslations("vehicles.agreement");
  const { money } = useDisplayFormat();
  const choices = PER_BILL_LIMIT_CHOICES_FEN.includes(value as (typeof PER_BILL_LIMIT_CHOICES_FEN)[number])
    ? [...PER_BILL_LIMIT_CHOICES_FEN]
    : [...PER_BILL_LIMIT_CHOICES_FEN, value].sort((a, b) => a - b);
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-semibold">
        {t("limitLabel")}
      </label>
      <select
        id={id}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        onChange={(event) => onChange(Number(event.target.value))}
        className="touch-target self-start rounded-xl border border-[var(--border)] bg-[var(--card)] px-3 py-2 text-lg"
      >
        {choices.map((fen) => (
          <option key={fen} value={fen}>
            {t("limitOption", { limit: money(fen) })}
          </option>
        ))}
      </select>
      <p id={`${id}-hint`} className="text-sm text-[var(--muted)]">
        {t("limitHint")}
      </p>
    </div>
  );
}
