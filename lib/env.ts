import { z } from "zod";
import { CreditPolicy } from "@/lib/clinic/credit-tiers";
import { isOffSiteTemplate, TILE_CRSS, TILE_PROVIDERS, tileTemplateProblem } from "@/lib/maps/tile-provider";

/** Documented sandbox secrets: anyone may sign with them, so production refuses to start with them. */
export const SANDBOX_GATE_SECRET = "sandbox-gate-secret-hangzhou-city-brain-not-for-production";
export const SANDBOX_PAYMENTS_CALLBACK_SECRET =
  "sandbox-payments-callback-secret-hangzhou-not-for-production";
export const SANDBOX_PAYMENTS_PROVIDER_SECRET =
  "sandbox-payments-provider-secret-hangzhou-not-for-production";
export const SANDBOX_OPERATOR_SECRET = "sandbox-operator-secret-hangzhou-city-brain-not-for-production";
export const SANDBOX_HIS_SECRET = "sandbox-his-secret-hangzhou-city-brain-not-for-production";
export const SANDBOX_CLINIC_DATA_SECRET = "sandbox-clinic-data-secret-hangzhou-not-for-production";
export const SANDBOX_CLINIC_CARD_SECRET = "sandbox-clinic-card-secret-hangzhou-not-for-production";
/**
 * The municipal (市属) hospitals: Hangzhou's 2016 医信付 roll-out was "10 municipal hospitals", which these
 * probably are (../shared/data/clinic/README.md: probable, not confirmed by name); the provincial ones unknown.
 */
const DEFAULT_CREDIT_PILOTS =
  "hz-first,hz-tcm,hz-childrens,hz-redcross,hz-third,hz-seventh,hz-xixi,hz-womens";

const EnvSchema = z
  .object({
    NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
    /** sandbox: a city you can run without anyone's credentials; production: real providers and secrets. */
    APP_ENV: z.enum(["sandbox", "production"]).default("sandbox"),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must start with postgres:// or postgresql://")
      .optional(),
    PGLITE_DIR: z.string().min(1).default(".data/pglite"),
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET must be at least 32 characters").optional(),
    SMS_MODE: z.enum(["sandbox", "http"]).default("sandbox"),
    SMS_HTTP_URL: z.url().optional(),
    SMS_HTTP_TOKEN: z.string().min(1).optional(),
    COOKIE_SECURE: z.enum(["auto", "always", "never"]).default("auto"),
    /** How many reverse proxies in front of the app append to X-Forwarded-For (0 = clients connect directly). */
    TRUST_PROXY: z.coerce.number().int().min(0).max(5).default(0),
    APP_ORIGIN: z.url().optional(),
    VAPID_PUBLIC_KEY: z.string().min(1).optional(),
    VAPID_PRIVATE_KEY: z.string().min(1).optional(),
    VAPID_SUBJECT: z.string().min(1).default("mailto:citybrain-app@example.invalid"),
    /** The map's base tiles: amap (GCJ-02, answers on the mainland), osm, or custom (TILE_URL and its settings). */
    TILE_PROVIDER: z.enum(TILE_PROVIDERS).optional(),
    /** custom: a Leaflet template, https://… or a path on this server such as /tiles/{z}/{x}/{y}.png. */
    TILE_URL: z.string().min(1).optional(),
    /** custom: the values of {s}, comma-separated (Leaflet's a,b,c unless set). */
    TILE_SUBDOMAINS: z
      .string()
      .regex(
        /^[a-z0-9-]+(,[a-z0-9-]+)*$/i,
        "TILE_SUBDOMAINS must be a comma-separated list such as a,b,c or 1,2,3,4",
      )
      .optional(),
    TILE_MAX_ZOOM: z.coerce.number().int().min(1).max(22).optional(),
    /** custom: the coordinate system the tiles are drawn in (gcj02 for AMap- or Tencent-based tiles). */
    TILE_CRS: z.enum(TILE_CRSS).optional(),
    /** custom: the credit shown on the map, as the tile source requires (plain text). */
    TILE_ATTRIBUTION: z.string().trim().min(1).max(300).optional(),
    /** Where city data comes from: the built-in sandbox city, or an NGSI-LD broker at CITYBRAIN_URL. */
    CITYBRAIN_SOURCE: z.enum(["sandbox", "ngsi-ld"]).default("sandbox"),
    CITYBRAIN_URL: z.url().optional(),
    CITYBRAIN_TIMEOUT_MS: z.coerce.number().int().min(100).max(30_000).default(700),
    SANDBOX_SEED: z.string().min(1).default("hangzhou"),
    /** Scale the sandbox city's parking to the real city's size (benchmarks): car parks in all, and their berths. */
    SANDBOX_PARKING_LOTS: z.coerce.number().int().min(1).max(20_000).optional(),
    SANDBOX_PARKING_BERTHS: z.coerce.number().int().min(1).max(2_000_000).optional(),
    SANDBOX_FAULT_ERROR_RATE: z.coerce.number().min(0).max(1).default(0),
    SANDBOX_FAULT_LATENCY_MS: z.coerce.number().int().min(0).max(60_000).default(0),
    SANDBOX_FAULT_MALFORMED_RATE: z.coerce.number().min(0).max(1).default(0),
    /**
     * Lets a request from another address use the sandbox switches (/api/sandbox/**) and, in the sandbox only, skip
     * the per-address limits (journeys that sign in many residents from one address). Sent as X-Sandbox-Token.
     */
    SANDBOX_TOKEN: z.string().min(16, "SANDBOX_TOKEN must be at least 16 characters").optional(),
    /** Days of history to record on a fresh database; the job is elected once per deployment. */
    HISTORY_BACKFILL_DAYS: z.coerce.number().int().min(0).max(366).default(56),
    HISTORY_JOB: z.enum(["on", "off"]).default("on"),
    /** HMAC secret shared with the car-park gate cameras (X-Signature on /api/parking/gate-events). */
    GATE_SHARED_SECRET: z.string().min(1).default(SANDBOX_GATE_SECRET),
    /** HMAC secret the payment provider signs its callbacks to /api/payments/callback with. */
    PAYMENTS_CALLBACK_SECRET: z.string().min(1).default(SANDBOX_PAYMENTS_CALLBACK_SECRET),
    /** sandbox: the built-in provider, in process; http: a payment gateway speaking provider-protocol.ts. */
    PAYMENTS_MODE: z.enum(["sandbox", "http"]).default("sandbox"),
    /** The payment gateway's base URL (PAYMENTS_MODE=http). */
    PAYMENTS_PROVIDER_URL: z.url().optional(),
    /** The provider's name on receipts (PAYMENTS_MODE=http); defaults to the gateway's host. */
    PAYMENTS_PROVIDER_NAME: z.string().min(1).max(60).optional(),
    /** HMAC secret this app signs its requests to the payment gateway with. */
    PAYMENTS_PROVIDER_SECRET: z.string().min(1).default(SANDBOX_PAYMENTS_PROVIDER_SECRET),
    /** HMAC secret of the parking operator's back office (X-Signature on /api/operator/**). */
    OPERATOR_SHARED_SECRET: z.string().min(1).default(SANDBOX_OPERATOR_SECRET),
    /** Where the sandbox payment provider posts its callbacks; defaults to this server on 127.0.0.1:PORT. */
    PAYMENTS_CALLBACK_URL: z.url().optional(),
    /** Set by `next start -p`; used only to find this server for the sandbox provider's callbacks. */
    PORT: z.coerce.number().int().min(1).max(65_535).default(3000),
    /** sandbox: the built-in licence check (rule in lib/parking/vehicle-licence/sandbox.ts); http: the provincial e-licence service. */
    VEHICLE_LICENCE_MODE: z.enum(["sandbox", "http"]).default("sandbox"),
    VEHICLE_LICENCE_URL: z.url().optional(),
    VEHICLE_LICENCE_TOKEN: z.string().min(1).optional(),
    /** HMAC secret of every hospital's HIS (X-Signature on /api/clinic/his/**) unless HIS_SECRETS names its own. */
    HIS_SHARED_SECRET: z.string().min(1).default(SANDBOX_HIS_SECRET),
    /** Each hospital's own HIS secret, as hospitalId:secret pairs separated by commas. */
    HIS_SECRETS: z
      .string()
      .regex(/^[A-Za-z0-9._-]+:[^,:]{32,}(,[A-Za-z0-9._-]+:[^,:]{32,})*$/, {
        error: "HIS_SECRETS must be hospitalId:secret pairs separated by commas, each secret 32+ characters",
      })
      .optional(),
    /** Hospitals taking credit charges (the pilot), comma-separated hospital ids. */
    CLINIC_CREDIT_PILOTS: z
      .string()
      .regex(/^[a-z0-9-]+(,[a-z0-9-]+)*$/)
      .default(DEFAULT_CREDIT_PILOTS),
    /** Seals residents' names and identity numbers, and keys their blind index (32+ characters). */
    CLINIC_DATA_SECRET: z.string().min(32).default(SANDBOX_CLINIC_DATA_SECRET),
    /** Signs the rotating health-card QR tokens hospitals scan. */
    CLINIC_CARD_SECRET: z.string().min(32).default(SANDBOX_CLINIC_CARD_SECRET),
    /** Credit tiers as minScore:lineFen pairs, ascending (lib/clinic/credit-tiers.ts); the default when unset. */
    CLINIC_CREDIT_POLICY: CreditPolicy,
    /** The payment outbox worker and the bill reminders; off only for tools that share the database. */
    PAYMENT_JOBS: z.enum(["on", "off"]).default("on"),
    /** The hourly retention job (deletes expired sessions, old codes, notices, history…); off only for tools. */
    RETENTION_JOB: z.enum(["on", "off"]).default("on"),
  })
  .superRefine((env, ctx) => {
    const fail = (message: string) => ctx.addIssue({ code: "custom", message });
    if (env.SMS_MODE === "http" && (!env.SMS_HTTP_URL || !env.SMS_HTTP_TOKEN)) {
      fail("SMS_MODE=http needs SMS_HTTP_URL and SMS_HTTP_TOKEN (the SMS gateway that sends sign-in codes).");
    }
    if (env.PAYMENTS_MODE === "http" && !env.PAYMENTS_PROVIDER_URL) {
      fail(
        "PAYMENTS_MODE=http needs PAYMENTS_PROVIDER_URL (the payment gateway, e.g. https://pay.example.com/v1).",
      );
    }
    if (env.VEHICLE_LICENCE_MODE === "http" && (!env.VEHICLE_LICENCE_URL || !env.VEHICLE_LICENCE_TOKEN)) {
      fail(
        "VEHICLE_LICENCE_MODE=http needs VEHICLE_LICENCE_URL and VEHICLE_LICENCE_TOKEN (the provincial e-licence service).",
      );
    }
    for (const problem of tileSettingsProblems(env)) fail(problem);
    if (env.CITYBRAIN_SOURCE === "ngsi-ld" && !env.CITYBRAIN_URL) {
      fail("CITYBRAIN_SOURCE=ngsi-ld needs CITYBRAIN_URL (the NGSI-LD broker, e.g. http://broker:1026).");
    }
    if (env.APP_ENV === "production") {
      if (env.SMS_MODE === "sandbox")
        fail("APP_ENV=production cannot use SMS_MODE=sandbox: set SMS_MODE=http.");
      if (env.VEHICLE_LICENCE_MODE === "sandbox")
        fail(
          "APP_ENV=production cannot use VEHICLE_LICENCE_MODE=sandbox (anyone could pass it): set VEHICLE_LICENCE_MODE=http.",
        );
      if (!env.AUTH_SECRET) fail("APP_ENV=production needs AUTH_SECRET (32+ random characters).");
      if (env.PAYMENTS_MODE === "sandbox")
        fail(
          "APP_ENV=production cannot use PAYMENTS_MODE=sandbox: set PAYMENTS_MODE=http and PAYMENTS_PROVIDER_URL.",
        );
      for (const [name, sandboxValue] of [
        ["GATE_SHARED_SECRET", SANDBOX_GATE_SECRET],
        ["PAYMENTS_CALLBACK_SECRET", SANDBOX_PAYMENTS_CALLBACK_SECRET],
        ["PAYMENTS_PROVIDER_SECRET", SANDBOX_PAYMENTS_PROVIDER_SECRET],
        ["OPERATOR_SHARED_SECRET", SANDBOX_OPERATOR_SECRET],
        ["HIS_SHARED_SECRET", SANDBOX_HIS_SECRET],
        ["CLINIC_DATA_SECRET", SANDBOX_CLINIC_DATA_SECRET],
        ["CLINIC_CARD_SECRET", SANDBOX_CLINIC_CARD_SECRET],
      ] as const) {
        if (env[name] === sandboxValue || env[name].length < 32) {
          fail(`APP_ENV=production needs ${name}: a real secret of 32+ characters, not the sandbox default.`);
        }
      }
      if (!env.VAPID_PUBLIC_KEY || !env.VAPID_PRIVATE_KEY) {
        fail("APP_ENV=production needs VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY for push notifications.");
      }
    }
  })
  .transform(({ TILE_SUBDOMAINS, TILE_MAX_ZOOM, ...env }) => ({
    ...env,
    // A TILE_URL on its own means a custom tile server, as it did before providers could be chosen.
    TILE_PROVIDER: env.TILE_PROVIDER ?? (env.TILE_URL ? "custom" : "amap"),
    TILE_SUBDOMAINS: TILE_SUBDOMAINS?.split(",") ?? ["a", "b", "c"],
    TILE_MAX_ZOOM: TILE_MAX_ZOOM ?? 18,
  }));

const CUSTOM_TILE_SETTINGS = [
  "TILE_URL",
  "TILE_SUBDOMAINS",
  "TILE_MAX_ZOOM",
  "TILE_CRS",
  "TILE_ATTRIBUTION",
] as const;

type RawTileSettings = Partial<
  Record<(typeof CUSTOM_TILE_SETTINGS)[number] | "TILE_PROVIDER", string | number>
>;

function tileSettingsProblems(env: RawTileSettings): string[] {
  const provider = env.TILE_PROVIDER ?? (env.TILE_URL ? "custom" : "amap");
  if (provider !== "custom") {
    const stray = CUSTOM_TILE_SETTINGS.filter((name) => env[name] !== undefined);
    return stray.length > 0
      ? [
          `${stray.join(", ")} ${stray.length === 1 ? "describes" : "describe"} a custom tile server and ${stray.length === 1 ? "is" : "are"} not read with TILE_PROVIDER=${provider}: set TILE_PROVIDER=custom or remove ${stray.length === 1 ? "it" : "them"}.`,
        ]
      : [];
  }
  if (!env.TILE_URL) {
    return ["TILE_PROVIDER=custom needs TILE_URL (e.g. https://tiles.example.com/{z}/{x}/{y}.png)."];
  }
  const problems: string[] = [];
  const template = String(env.TILE_URL);
  const templateProblem = tileTemplateProblem(template);
  if (templateProblem) problems.push(templateProblem);
  if (!env.TILE_CRS) {
    problems.push(
      "TILE_PROVIDER=custom needs TILE_CRS: wgs84 for OpenStreetMap-style tiles, gcj02 for AMap- or Tencent-based tiles (markers land about 500 m off if it is wrong).",
    );
  }
  if (!templateProblem && isOffSiteTemplate(template) && !env.TILE_ATTRIBUTION) {
    problems.push(
      "TILE_PROVIDER=custom with tiles from another site needs TILE_ATTRIBUTION: the credit its terms require on the map (e.g. “© OpenStreetMap contributors”).",
    );
  }
  return problems;
}

export type Env = z.infer<typeof EnvSchema>;

/** Thrown when the server must not start: the message says what to set. */
export class EnvError extends Error {}

/** Parses an environment; exported for tests. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = EnvSchema.safeParse(source);
  if (!result.success) {
    const lines = result.error.issues.map(
      (issue) => `  - ${issue.path.join(".") || "config"}: ${issue.message}`,
    );
    throw new EnvError(`Invalid configuration, the server will not start:\n${lines.join("\n")}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The process environment, parsed once. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}
