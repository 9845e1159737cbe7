// Time to solve the sign-in proof of work (lib/auth/proof-of-work.ts parameters) with Web Crypto, as a browser
// does, and with Node's crypto, as the server's tests do. Run: node bench/proof-of-work.mjs [--runs 10]
import { randomInt } from "node:crypto";
import { createChallenge, solveChallenge } from "altcha-lib";
import { deriveKey } from "altcha-lib/algorithms/pbkdf2";
import { deriveKey as webDeriveKey } from "altcha-lib/algorithms/web/pbkdf2";

// The same as lib/auth/proof-of-work.ts (that file is server-only TypeScript).
const ALGORITHM = "PBKDF2/SHA-256";
const COST = 1_000;
const COUNTER_RANGE = [500, 1_500];
const runs = Number(process.argv[process.argv.indexOf("--runs") + 1] || 10) || 10;

const times = { webCrypto: [], nodeCrypto: [] };
for (let i = 0; i < runs; i++) {
  const challenge = await createChallenge({
    algorithm: ALGORITHM,
    cost: COST,
    counter: randomInt(...COUNTER_RANGE),
    deriveKey,
    hmacSignatureSecret: "bench",
  });
  for (const [name, derive] of [
    ["webCrypto", webDeriveKey],
    ["nodeCrypto", deriveKey],
  ]) {
    const started = performance.now();
    if (!(await solveChallenge({ challenge, deriveKey: derive }))) throw new Error("not solved");
    times[name].push(performance.now() - started);
  }
}
const summary = (list) => {
  const sorted = [...list].sort((a, b) => a - b);
  return {
    minMs: Math.round(sorted[0]),
    medianMs: Math.round(sorted[sorted.length >> 1]),
    maxMs: Math.round(sorted.at(-1)),
  };
};
console.info(
  JSON.stringify({ runs, webCrypto: summary(times.webCrypto), nodeCrypto: summary(times.nodeCrypto) }),
);
