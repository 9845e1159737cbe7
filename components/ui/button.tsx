import type { ComponentProps } from "react";

type Variant = "primary" | "secondary" | "danger";

const VARIANTS: Record<Variant, string> = {
  primary: "bg-[var(--accent)] text-[var(--accent-contrast)] hover:opacity-90",
  secondary: "border border-[var(--border)] bg-[var(--card)] text-[var(--text)] hover:bg-[var(--surface)]",
  danger: "border border-red-700 bg-[var(--card)] text-red-700 dark:border-red-300 dark:text-red-300",
};

export function Button({
  variant = "primary",
  className = "",
  type = "button",
  ...props
}: ComponentProps<"button"> & { variant?: Variant }) {
  return (
    <button
      type={type}
      className={`touch-target inline-flex items-center justify-center rounded-xl px-4 py-2 text-base font-semibold disabled:opacity-50 ${VARIANTS[variant]} ${className}`}
      {...props}
    />
  );
}
