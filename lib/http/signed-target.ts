import { AppError } from "@/lib/errors";

/**
 * The rule of every signed request whose target is in the path: the signed body names the same target
 * (`field`), so a captured request cannot be re-aimed at another resource. A mismatch is a 400.
 */
export function requireSignedTarget(field: string, named: string, target: string): void {
  if (named !== target)
    throw new AppError("bad_request", "errors.signedTargetMismatch", { values: { field } });
}
