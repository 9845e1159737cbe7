import { z } from "zod";

/** What a client sends back: the challenge as it was given, and its solution. */
export const ProofInput = z
  .object({
    challenge: z.object({ parameters: z.record(z.string(), z.unknown()), signature: z.string().max(200) }),
    solution: z.object({
      counter: z.number().int().nonnegative(),
      derivedKey: z.string().max(200),
      time: z.number().optional(),
    }),
  })
  .strict();
export type ProofInput = z.infer<typeof ProofInput>;
