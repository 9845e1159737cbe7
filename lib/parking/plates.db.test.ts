import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { notifications, plateBindings, plateOwnershipReviews, rateLimitHits } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { agreementView, revokeAgreement, signAgreement } from "@/lib/payments/payment-agreement";
import { licensedPlate } from "@/lib/testing/parking-fixtures";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { requestOwnershipReview } from "./ownership-reviews";
import { bindPlate, listPlates, unbindPlate } from "./plates";
import type { VehicleLicenceService } from "./vehicle-licence";
import { VehicleLicenceUnavailableError } from "./vehicle-licence/types";

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(async () => opened?.close());

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const bindingsOf = (plate: string) =>
  opened.db.select().from(plateBindings).where(eq(plateBindings.plate, plate)).orderBy(plateBindings.boundAt);

describe("plates", () => {
  it("binds, lists with pay-later and unbinds", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const first = await bindPlate(db, user, licensedPlate("浙A10001"));
    expect(first).toEqual({
      created: true,
      claimed: false,
      plate: { plate: "浙A10001", vehicleClass: "small", payLater: "none" },
    });
    expect((await bindPlate(db, user, licensedPlate("浙A10001"))).created).toBe(false);
    await signAgreement(db, user);
    await signAgreement(db, user);
    expect((await agreementView(db, user)).status).toBe("active");
    expect(await listPlates(db, user)).toEqual([
      { plate: "浙A10001", vehicleClass: "small", payLater: "active" },
    ]);
    await revokeAgreement(db, user);
    expect((await listPlates(db, user))[0]!.payLater).toBe("none");
    await unbindPlate(db, user, "浙A10001");
    expect(await listPlates(db, user)).toEqual([]);
    expect((await failure(unbindPlate(db, user, "浙A10001"))).status).toBe(404);
    expect((await bindingsOf("浙A10001"))[0]!.endReason).toBe("unbound");
  });

  it("records the binding time it is given (the server's now), not the database's clock", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const at = new Date("2026-03-01T08:00:00Z");
    await bindPlate(db, user, licensedPlate("浙A10003"), at);
    expect((await bindingsOf("浙A10003"))[0]!.boundAt).toEqual(at);
  });

  it("allows three plates, also when four requests race", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const plates = ["浙B20001", "浙B20002", "浙B20003", "浙B20004"];
    const results = await Promise.allSettled(
      plates.map((plate) => bindPlate(db, user, licensedPlate(plate))),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).messageKey).toBe("errors.parking.plateLimit");
    expect(await listPlates(db, user)).toHaveLength(3);
  });

  it("leaves a plate with exactly one holder when two accounts claim it at once", async () => {
    const { db } = opened;
    const users = [await createTestUser(db), await createTestUser(db)];
    const results = await Promise.allSettled(
      users.map((u) => bindPlate(db, u, licensedPlate("浙C30001", "large"))),
    );
    expect(results.map((r) => r.status)).toEqual(["fulfilled", "fulfilled"]);
    const bindings = await bindingsOf("浙C30001");
    expect(bindings.filter((b) => b.unboundAt === null)).toHaveLength(1);
    expect(bindings.map((b) => b.endReason).sort()).toEqual(["claimed", null]);
  });

  it("checks the class a new-energy plate proves", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const error = await failure(bindPlate(db, user, licensedPlate("浙AD12345", "large")));
    expect([error.status, error.messageKey]).toEqual([422, "errors.parking.vehicleClassMismatch.small"]);
    expect((await bindPlate(db, user, licensedPlate("浙A12345D", "large"))).created).toBe(true);
  });
});

describe("the vehicle-licence check", () => {
  it("refuses a wrong VIN tail with a 422 naming the review path, and writes no binding", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const error = await failure(bindPlate(db, user, { ...licensedPlate("浙A10011"), vinLast6: "999999" }));
    expect([error.status, error.messageKey]).toEqual([422, "errors.parking.licenceMismatch"]);
    expect(error.extra).toEqual({ reason: "licence_mismatch", review: "/api/me/plate-reviews" });
    expect(await bindingsOf("浙A10011")).toEqual([]);
    expect(await listPlates(db, user)).toEqual([]);
  });

  it("refuses a claim that fails the check: the holder keeps the plate and hears nothing", async () => {
    const { db } = opened;
    const [holder, claimant] = [await createTestUser(db), await createTestUser(db)];
    await bindPlate(db, holder, licensedPlate("浙A10012"));
    const error = await failure(
      bindPlate(db, claimant, { ...licensedPlate("浙A10012"), vinLast6: "A10012" }),
    );
    expect(error.messageKey).toBe("errors.parking.licenceMismatch");
    expect((await listPlates(db, holder)).map((p) => p.plate)).toEqual(["浙A10012"]);
    expect(await db.select().from(notifications).where(eq(notifications.userId, holder))).toEqual([]);
  });

  it("moves a claimed plate to the account that passed the check and tells the previous holder", async () => {
    const { db } = opened;
    const [holder, claimant] = [await createTestUser(db, "en"), await createTestUser(db)];
    const t0 = new Date("2026-06-01T02:00:00Z");
    const t1 = new Date("2026-06-02T02:00:00Z");
    await bindPlate(db, holder, licensedPlate("浙A10013"), t0);
    const claim = await bindPlate(db, claimant, licensedPlate("浙A10013"), t1);
    expect(claim).toMatchObject({ created: true, claimed: true, plate: { plate: "浙A10013" } });
    expect(await listPlates(db, holder)).toEqual([]);
    expect((await listPlates(db, claimant)).map((p) => p.plate)).toEqual(["浙A10013"]);
    const [before, after] = await bindingsOf("浙A10013");
    expect(before).toMatchObject({ userId: holder, unboundAt: t1, endReason: "claimed" });
    expect(after).toMatchObject({ userId: claimant, boundAt: t1, unboundAt: null });
    const told = await db.select().from(notifications).where(eq(notifications.userId, holder));
    expect(told).toHaveLength(1);
    expect(told[0]).toMatchObject({
      topic: "parking.plate-claimed",
      title: "浙A10013 was bound to another account",
      url: "/me/vehicles",
    });
    expect(await db.select().from(notifications).where(eq(notifications.userId, claimant))).toEqual([]);
  });

  it("allows 5 checks per 10 minutes per account, so nobody can try VIN tails one after another", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const now = new Date("2026-07-01T02:00:00Z");
    for (let i = 0; i < 5; i++) {
      const wrong = { ...licensedPlate("浙A10014"), vinLast6: `00000${i}` };
      expect((await failure(bindPlate(db, user, wrong, now))).messageKey).toBe(
        "errors.parking.licenceMismatch",
      );
    }
    const throttled = await failure(bindPlate(db, user, licensedPlate("浙A10014"), now));
    expect([throttled.status, throttled.messageKey]).toEqual([429, "errors.parking.licenceCheckThrottled"]);
    expect(throttled.extra?.retryAfterSeconds).toBeGreaterThan(0);
    expect(await bindingsOf("浙A10014")).toEqual([]);
    const later = new Date(now.getTime() + 11 * 60_000);
    expect((await bindPlate(db, user, licensedPlate("浙A10014"), later)).created).toBe(true);
  });

  it("answers 503 and counts nothing when the e-licence service cannot answer", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const down: VehicleLicenceService = {
      kind: "http",
      check: async () => {
        throw new VehicleLicenceUnavailableError("vehicle-licence service timed out");
      },
    };
    const error = await failure(bindPlate(db, user, licensedPlate("浙A10015"), undefined, down));
    expect([error.status, error.messageKey]).toEqual([503, "errors.parking.licenceUnavailable"]);
    expect(await bindingsOf("浙A10015")).toEqual([]);
    const hits = await db
      .select()
      .from(rateLimitHits)
      .where(and(eq(rateLimitHits.bucket, "parking.licence.user"), eq(rateLimitHits.subject, user)));
    expect(hits).toEqual([]);
  });

  it("stores one open ownership review per account and plate", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const input = { plate: "浙a10016", ownerName: " 张三 ", note: "刚过户" };
    const first = await requestOwnershipReview(db, user, input);
    expect(first).toMatchObject({ created: true, review: { plate: "浙A10016", status: "open" } });
    const again = await requestOwnershipReview(db, user, input);
    expect(again).toEqual({ created: false, review: first.review });
    const rows = await db.select().from(plateOwnershipReviews).where(eq(plateOwnershipReviews.userId, user));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ ownerName: "张三", note: "刚过户" });
  });
});
