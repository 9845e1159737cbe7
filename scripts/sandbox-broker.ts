// Serves the sandbox city as a read-only NGSI-LD broker (the subset in lib/citybrain/ngsi-ld/CONVENTIONS.md),
// so the app — or curl — can be pointed at CITYBRAIN_SOURCE=ngsi-ld CITYBRAIN_URL=<printed url>.
// Run: npm run sandbox:broker   (PORT, default 1026; HOST, default 127.0.0.1; SANDBOX_SEED, default hangzhou)
import { z } from "zod";
import { listen } from "@/lib/citybrain/ngsi-ld/broker";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import { env } from "@/lib/env";

const { PORT: port, HOST: host } = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65_535).default(1026),
    HOST: z.string().min(1).default("127.0.0.1"),
  })
  .parse({ PORT: process.env.PORT || undefined, HOST: process.env.HOST || undefined });

// No top-level await: package.json has no "type": "module", so tsx runs this file as CommonJS.
async function main(): Promise<void> {
  const seed = env().SANDBOX_SEED;
  const broker = await listen(createSandboxCity({ seed }), port, host);
  console.info(`NGSI-LD sandbox broker (seed "${seed}") at ${broker.url}`);
  console.info(`  try: curl '${broker.url}/ngsi-ld/v1/entities?type=OffStreetParking&limit=3'`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      broker.close().then(() => process.exit(0));
    });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
