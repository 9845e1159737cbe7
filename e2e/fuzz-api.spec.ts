// Property-based fuzzing of every API route the file system declares: hostile bodies, queries, paths,
// methods and cookies must never reach a 5xx, must answer errors in the one shape with the security
// headers, and — when refused — must change no row. Deterministic: FUZZ_SEED and FUZZ_RUNS override.
import type { APIRequestContext, TestInfo } from "@playwright/test";
import fc from "fast-check";
import { expect, signInViaApi, test } from "./fixtures";
import { type Expectation, Findings, type FuzzRequest, problemsOf, send } from "./fuzz/client";

import {
  bodyCases,
  type Case,
  pathCases,
  pathSweep,
  plausiblePath,
  queryCases,
  seedSweep,
  toRequest,
  type Who,
} from "./fuzz/requests";
import { type ApiRoute, discoverRoutes, METHODS, type Method, routeFiles } from "./fuzz/routes";
import { SIGNING_SECRETS } from "./fuzz/seeds";
import { MALFORMED_LOCALE_COOKIES } from "./fuzz/url-inputs";
import { SANDBOX_HEADERS } from "./sandbox-token";
import { needs } from "./target";

test.describe("API fuzz", { tag: ["@account", "@parking"] }, () => {
  test.beforeEach(({ request }) => needs(request, "sandbox"));
  const SEED = Number(process.env.FUZZ_SEED ?? 424_242);
  const RUNS = Number(process.env.FUZZ_RUNS ?? 10);
  const ROUTES = discoverRoutes();
  const MUTATIONS = new Set<string>(["POST", "PUT", "PATCH", "DELETE"]);
  const SETTLE_MS = 1_200;

  /**
   * Tables whose row count may move while refused input arrives; every other table's must not. (Counts only:
   * updates such as sessions.last_seen_at or otp_challenges.failed_attempts do not show here.)
   */
  const CHANGE_ON_THEIR_OWN: Record<string, string> = {
    rate_limit_hits:
      "a failed sign-in attempt is counted by design: throttling has to see an attacker's tries",
    parking_observations: "the history job records city readings on its own schedule",
    air_observations: "the history job records city readings on its own schedule",
    crowd_observations: "the history job records city readings on its own schedule",
    feed_snapshots: "a read that fetches the upstream keeps its last good answer",
    job_leases: "background jobs take and renew their leases",
    app_settings: "generated once on first use (the sandbox VAPID keys), whoever asks first",
  };

  test.describe.configure({ mode: "default" });

  async function signedIn(request: APIRequestContext, baseURL: string, clientIp: string): Promise<Who> {
    await signInViaApi(request);
    const { cookies } = await request.storageState();
    return { baseURL, clientIp, cookie: cookies.map((c) => `${c.name}=${c.value}`).join("; ") };
  }

  async function rowCounts(request: APIRequestContext): Promise<Record<string, number>> {
    const response = await request.get("/api/sandbox/row-counts", { headers: SANDBOX_HEADERS });
    expect(response.status(), await response.text()).toBe(200);
    return ((await response.json()) as { tables: Record<string, number> }).tables;
  }

  function changedRows(before: Record<string, number>, after: Record<string, number>): string[] {
    return Object.keys({ ...before, ...after })
      .filter((table) => !(table in CHANGE_ON_THEIR_OWN) && before[table] !== after[table])
      .map((table) => `${table} ${before[table]} → ${after[table]}`);
  }

  async function report(
    testInfo: TestInfo,
    name: string,
    findings: Findings,
    extra: Record<string, unknown> = {},
  ) {
    const statuses = Object.fromEntries([...findings.statuses].sort(([a], [b]) => a - b));
    const summary = { seed: SEED, runs: RUNS, requests: findings.requests, statuses, ...extra };
    console.info(`[fuzz] ${name}: ${JSON.stringify(summary)}`);
    await testInfo.attach(`${name}.json`, {
      body: JSON.stringify({ ...summary, violations: findings.violations }, null, 2),
      contentType: "application/json",
    });
    expect
      .soft(
        findings.violations,
        `${findings.violations.length} kinds of bad answer (replay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS})\n${findings.summary()}`,
      )
      .toEqual([]);
  }

  test("the fuzzer finds every route file and the methods it exports", async () => {
    const testInfo = test.info();
    const files = routeFiles();
    const coverage = ROUTES.map((r) => `${r.methods.join(",")} ${r.pattern}${r.signed ? " (signed)" : ""}`);
    console.info(
      `[fuzz] ${ROUTES.length} routes × methods = ${ROUTES.flatMap((r) => r.methods).length} from ${files.length} route files`,
    );
    await testInfo.attach("routes.txt", { body: coverage.join("\n"), contentType: "text/plain" });
    expect(ROUTES.length).toBeGreaterThanOrEqual(files.length);
    expect(
      ROUTES.filter((r) => r.methods.length === 0).map((r) => r.file),
      "route files exporting no method",
    ).toEqual([]);
    // A signed route the fuzzer cannot sign for would be fuzzed only up to its signature check.
    expect(ROUTES.filter((r) => r.signed && !SIGNING_SECRETS[r.pattern]).map((r) => r.pattern)).toEqual([]);
  });

  /** Sends one case and records what is wrong with the answer; returns the status. */
  async function probe(
    findings: Findings,
    who: Who,
    route: ApiRoute,
    method: Method,
    testCase: Case,
    expectation: Expectation,
    edit?: (request: FuzzRequest) => void,
  ): Promise<number> {
    const request = toRequest(route, method, testCase, who, findings.requests);
    edit?.(request);
    const answer = await send(who.baseURL, request);
    findings.record(route.pattern, request, testCase.kind, answer, problemsOf(method, answer, expectation));
    return answer.status;
  }

  test("every method a route does not export answers 405 with Allow and the error shape", async ({
    request,
    baseURL,
    clientIp,
  }, testInfo) => {
    const who = await signedIn(request, baseURL!, clientIp);
    const findings = new Findings();
    for (const route of ROUTES) {
      for (const method of METHODS.filter((m) => !route.methods.includes(m))) {
        const testCase: Case = { kind: "unsupported method", path: plausiblePath(route) };
        await probe(findings, who, route, method, testCase, { status: 405, allow: route.methods });
      }
    }
    await report(testInfo, "unsupported-methods", findings);
  });

  test("a malformed NEXT_LOCALE cookie is ignored by every route and method", async ({
    request,
    baseURL,
    clientIp,
  }, testInfo) => {
    const who = await signedIn(request, baseURL!, clientIp);
    const findings = new Findings();
    for (const { route, method } of pairs()) {
      const locale = MALFORMED_LOCALE_COOKIES[findings.requests % MALFORMED_LOCALE_COOKIES.length];
      const testCase: Case = { kind: "malformed NEXT_LOCALE", path: plausiblePath(route) };
      await probe(findings, who, route, method, testCase, { status: "any" }, (r) => {
        r.headers.cookie = `${who.cookie}; NEXT_LOCALE=${locale}`;
      });
    }
    await report(testInfo, "malformed-locale-cookie", findings);
  });

  /** Reads first (they may not change rows at all), mutations after, and last what may end the session. */
  function pairs(): { route: ApiRoute; method: Method }[] {
    const all = ROUTES.flatMap((route) => route.methods.map((method) => ({ route, method })));
    const rank = ({ route, method }: { route: ApiRoute; method: Method }) =>
      route.endsSession.includes(method) ? 2 : MUTATIONS.has(method) ? 1 : 0;
    return all.sort((a, b) => rank(a) - rank(b));
  }

  test("hostile bodies, queries and paths: never a 5xx, always the error shape, and refused input changes no row", async ({
    request,
    baseURL,
    clientIp,
  }, testInfo) => {
    test.setTimeout(120_000);
    const who = await signedIn(request, baseURL!, clientIp);
    const findings = new Findings();
    const rowChecks: string[] = [];
    const unchecked: string[] = [];
    const inconclusive: string[] = [];
    let before = await rowCounts(request);
    // Compares the row counts since the last window: every mutation pair is a window, the reads are one.
    const window = async (label: string, accepted: number) => {
      if (accepted > 0) {
        // Accepted input may have after-effects (after(), the payment outbox's callbacks, once a second):
        // let them land in this window rather than the next one.
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        unchecked.push(`${label}: ${accepted} inputs accepted as valid`);
        before = await rowCounts(request);
        return;
      }
      const after = await rowCounts(request);
      const changed = changedRows(before, after);
      before = after;
      if (changed.length > 0) {
        // Rows moved: ours, unless something else is writing. Watch a moment with nothing sent.
        const idle = await rowCounts(request);
        await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
        const busy = changedRows(idle, await rowCounts(request));
        const line = `${label} refused everything yet changed rows: ${changed.join(", ")}`;
        if (busy.length === 0) rowChecks.push(line);
        else inconclusive.push(`${line} (but other writers were active: ${busy.join(", ")})`);
        before = await rowCounts(request);
      }
    };

    let readsPending = false;
    for (const { route, method } of pairs()) {
      const mutation = MUTATIONS.has(method);
      if (mutation && readsPending) {
        await window("every GET", 0);
        readsPending = false;
      }
      let accepted = 0;
      const sendCase = async (testCase: Case, expectation: Expectation) => {
        const status = await probe(findings, who, route, method, testCase, expectation);
        if (mutation && status < 300) accepted += 1;
      };
      const run = async (cases: fc.Arbitrary<Case>, runs: number, expectationOf: (c: Case) => Expectation) =>
        fc.assert(
          fc.asyncProperty(cases, (testCase) => sendCase(testCase, expectationOf(testCase))),
          { seed: SEED, numRuns: runs },
        );
      const mustRefuse = route.readsBody.includes(method);
      if (mutation) {
        for (const testCase of seedSweep(route, method)) await sendCase(testCase, { status: "any" });
        await run(bodyCases(route, method), RUNS, (c) => ({
          status: mustRefuse && !c.body?.maybeValid ? "reject" : "any",
        }));
      }
      for (const testCase of pathSweep(route, findings.requests)) await sendCase(testCase, { status: "any" });
      await run(pathCases(route), Math.ceil(RUNS / 4), () => ({ status: "any" }));
      await run(queryCases(route), Math.ceil(mutation ? RUNS / 4 : RUNS / 2), () => ({ status: "any" }));
      if (mutation) await window(`${method} ${route.pattern}`, accepted);
      else readsPending = true;
    }

    await report(testInfo, "hostile-input", findings, {
      pairs: pairs().length,
      rowCheckSkipped: unchecked,
      rowCheckInconclusive: inconclusive,
      notChecked: CHANGE_ON_THEIR_OWN,
    });
    for (const line of inconclusive)
      testInfo.annotations.push({ type: "row check inconclusive", description: line });
    expect.soft(rowChecks, "refused requests must change nothing").toEqual([]);
  });
});
