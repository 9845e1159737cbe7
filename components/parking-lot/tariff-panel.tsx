import { useTranslations } from "next-intl";
import { Card } from "@/components/ui/card";

/** The tariff in plain words, with what a typical stay costs today. */
export function TariffPanel({ summary, example }: { summary: string[]; example: string }) {
  const t = useTranslations("parkingLot.tariff");
  return (
    <Card>
      <h2 className="mb-2 text-lg font-bold">{t("title")}</h2>
      <p className="mb-2 text-xl font-semibold" data-testid="tariff-example">
        {example}
      </p>
      <ul className="list-disc space-y-1 pl-5">
        {summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </Card>
  );
}
