// For tests: the HIS schema tables compare issues as one line each.
/** The issues as "path: message" (zod's own messages for generic issues, our keys for ours). */
export function issuesOf(
  schema: { safeParse(input: unknown): { error?: { issues: { path: PropertyKey[]; message: string }[] } } },
  input: unknown,
) {
  return schema.safeParse(input).error?.issues.map((i) => `${i.path.join(".")}: ${i.message}`) ?? [];
}
