"use client";

/** An accessible on/off switch with its label and hint; the whole row is the touch target. */
export function Switch({
  label,
  hint,
  checked,
  disabled,
  onChange,
  testId,
}: {
  label: string;
  hint?: string;
  checked: boolean;
  disabled?: boolean;
  onChange: (next: boolean) => void;
  testId?: string;
}) {
  return (
    <button
      type="button"
      role="switch"
      aria-checked={checked}
      disabled={disabled}
      data-testid={testId}
      onClick={() => onChange(!checked)}
      className="touch-target flex w-full items-center justify-between gap-4 rounded-xl py-2 text-left disabled:opacity-60"
    >
      <span className="flex flex-col">
        <span className="font-semibold">{label}</span>
        {hint && <span className="text-sm text-[var(--muted)]">{hint}</span>}
      </span>
      <span
        aria-hidden="true"
        className={`relative inline-flex h-8 w-14 shrink-0 rounded-full border-2 transition-colors ${
          checked ? "border-[var(--accent)] bg-[var(--accent)]" : "border-[var(--muted)] bg-[var(--surface)]"
        }`}
      >
        <span
          className={`absolute top-0.5 h-6 w-6 rounded-full transition-transform ${
            checked ? "translate-x-6 bg-[var(--accent-contrast)]" : "translate-x-0.5 bg-[var(--muted)]"
          }`}
        />
      </span>
    </button>
  );
}
