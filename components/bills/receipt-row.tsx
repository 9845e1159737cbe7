/** One label–value pair of a receipt's description list. */
export function ReceiptRow({
  label,
  children,
  testId,
}: {
  label: string;
  children: React.ReactNode;
  testId?: string;
}) {
  return (
    <div className="flex flex-wrap justify-between gap-2 border-b border-[var(--border)] py-2 last:border-b-0">
      <dt className="text-[var(--muted)]">{label}</dt>
      <dd data-testid={testId} className="font-semibold">
        {children}
      </dd>
    </div>
  );
}
