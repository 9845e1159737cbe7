import { describe, expect, it } from "vitest";
import { checkSignature } from "@/lib/http/machine-signature";
import { type HisAnswer, type HisPost, signedFetchPoster, walkSandboxVisit } from "./walk-sandbox-visit";

const now = new Date("2026-12-07T10:30:00+08:00");

/** A hospital API that answers each path in turn from a script, and remembers what it was sent. */
function scripted(answers: HisAnswer[]): HisPost & { sent: string[] } {
  const sent: string[] = [];
  const post = async (path: string) => {
    sent.push(path);
    return answers.shift() ?? { status: 500, body: "no more answers" };
  };
  return Object.assign(post, { sent });
}

const authorised = (availableFen: number) => ({
  status: 201,
  body: { authorized: true, selfPayFen: 0, availableFen },
});

describe("walkSandboxVisit", () => {
  const base = { hospitalId: "hz-first", visitId: "v-1", patientToken: "tok", now };

  it("stops before the named step without sending it", async () => {
    const post = scripted([authorised(900), authorised(800)]);
    const walked = await walkSandboxVisit({ ...base, post, stopBefore: "exam" });
    expect(walked).toMatchObject({ outcome: "stopped", invoice: null });
    expect(post.sent).toHaveLength(2);
  });

  it("reports a refusal as the last step, with what was left, and sends nothing after it", async () => {
    const post = scripted([
      authorised(50),
      { status: 402, body: { error: { code: "credit_exceeded", message: "…", availableFen: 50 } } },
    ]);
    const walked = await walkSandboxVisit({ ...base, post });
    expect(walked.outcome).toBe("refused");
    expect(walked.steps.map((s) => [s.step, s.status, s.selfPayFen, s.availableFen])).toEqual([
      ["registration", 201, 100, 50],
      ["consultation", 402, 1_000, 50],
    ]);
    expect(post.sent).toHaveLength(2);
  });

  it("keeps an answer that is not JSON, and any other refusal, as it came", async () => {
    const post = scripted([{ status: 502, body: "<html>Bad Gateway</html>" }]);
    const walked = await walkSandboxVisit({ ...base, post });
    expect(walked.steps).toEqual([
      expect.objectContaining({ status: 502, answer: "<html>Bad Gateway</html>", availableFen: null }),
    ]);
  });

  it("answers the bill when the close is answered", async () => {
    const bill = { invoiceId: "inv-1", totalSelfPayFen: 6_086, dueAt: "2026-12-09T02:30:00.000Z" };
    const post = scripted([
      authorised(4),
      authorised(3),
      authorised(2),
      authorised(1),
      { status: 200, body: bill },
    ]);
    const walked = await walkSandboxVisit({ ...base, post });
    expect(walked).toMatchObject({ outcome: "closed", invoice: bill });
    expect(post.sent.at(-1)).toBe("/api/clinic/his/visits/v-1/close");
  });
});

describe("signedFetchPoster", () => {
  it("POSTs the JSON signed with the named hospital's secret, and reads the answer", async () => {
    const calls: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: URL, init: RequestInit) => {
      calls.push({ url: String(url), init });
      return new Response(JSON.stringify({ invoiceId: "i" }), { status: 200 });
    }) as unknown as typeof fetch;
    const secrets: Record<string, string> = { "hz-tcm": "secret-of-the-tcm-hospital-32-characters" };
    const post = signedFetchPoster("http://127.0.0.1:3000", (id) => secrets[id]!, fakeFetch);

    const answer = await post("/api/clinic/his/visits/v-9/close", { hospitalId: "hz-tcm", visitId: "v-9" });
    expect(answer).toEqual({ status: 200, body: { invoiceId: "i" } });
    const [{ url, init }] = calls as [(typeof calls)[0]];
    expect([url, init.method]).toEqual(["http://127.0.0.1:3000/api/clinic/his/visits/v-9/close", "POST"]);
    const headers = init.headers as Record<string, string>;
    const signature = { timestamp: headers["X-Timestamp"]!, signature: headers["X-Signature"]! };
    expect(checkSignature(secrets["hz-tcm"]!, signature, String(init.body))).toBe("ok");
    expect(checkSignature("another-hospital-secret-32-characters!", signature, String(init.body))).toBe(
      "bad_signature",
    );
  });
});
