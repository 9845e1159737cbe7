import { type Challenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/web/pbkdf2";

/**
 * Solves the server's proof-of-work challenge in the browser (Web Crypto PBKDF2; `npm run bench:pow` times it) and
 * returns what the sign-in request carries as `proof`; null when it cannot be solved in time.
 */
export async function solveProof(
  challenge: unknown,
): Promise<{ challenge: unknown; solution: unknown } | null> {
  const solution = await solveChallenge({
    challenge: challenge as Challenge,
    deriveKey,
    timeout: 60_000,
  }).catch(() => null);
  return solution ? { challenge, solution } : null;
}
