import { fitRidge, type LinearModel, predictLinear } from "@/lib/prediction/ridge";
import { type ForecastFeatures, featureVector, forecastFeatures, type SameKind } from "./features";
import type { ForecastPair } from "./pairs";
import { type LookupOptions, pastView } from "./past-view";
import type { Series } from "./series";

/**
 * Small, because every input is already a change in share of the same scale; the penalty only keeps
 * the fit stable when one lot's history is short. λ = 1 was worse per lot on Birmingham (README).
 */
const LAMBDA = 0.01;

/** One model per lot and horizon: the change in share from the latest reading to the target instant. */
export type ShareModel = LinearModel;

export interface Example {
  x: number[];
  /** Share at the target minus the latest share. */
  change: number;
}

/** What the model sees for one forecast: features as known at `origin`, for the instant `target`. */
export function inputsAt(
  series: Series,
  origin: number,
  target: number,
  lookup: LookupOptions,
  sameKind: SameKind,
): { features: ForecastFeatures; x: number[] } | null {
  const features = forecastFeatures(pastView(series, origin, lookup), target, sameKind);
  const x = features && featureVector(features);
  return features && x ? { features, x } : null;
}

/** Training examples from pairs of readings (the caller chooses pairs that end before its cut-off). */
export function trainingExamples(
  series: Series,
  pairs: readonly ForecastPair[],
  lookup: LookupOptions,
  sameKind: SameKind,
): Example[] {
  const examples: Example[] = [];
  for (const { origin, target } of pairs) {
    const t0 = series.times[origin] as number;
    const inputs = inputsAt(series, t0, series.times[target] as number, lookup, sameKind);
    if (!inputs) continue;
    examples.push({ x: inputs.x, change: (series.values[target] as number) - inputs.features.now });
  }
  return examples;
}

/** Fits the model by ridge regression; null without enough examples to fit it. */
export function fitShareModel(examples: readonly Example[], minExamples: number): ShareModel | null {
  if (examples.length < Math.max(minExamples, 1)) return null;
  return fitRidge(
    examples.map((e) => e.x),
    examples.map((e) => e.change),
    LAMBDA,
  );
}

/** The forecast share at the target, within 0…1. */
export function forecastShare(
  model: ShareModel,
  inputs: { features: ForecastFeatures; x: number[] },
): number {
  return Math.min(1, Math.max(0, inputs.features.now + predictLinear(model, inputs.x)));
}
