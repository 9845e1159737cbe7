import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { agreementStatus, revokeAgreement, signAgreement } from "@/lib/payments/payment-agreement";
import { createTestDb } from "@/lib/testing/test-db";
import { createTestUser } from "@/lib/testing/test-users";
import { bindPlate, listPlates, unbindPlate } from "./plates";

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

describe("plates", () => {
  it("binds, lists with pay-later and unbinds", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const first = await bindPlate(db, user, { plate: "浙A10001", vehicleClass: "small" });
    expect(first).toEqual({
      created: true,
      plate: { plate: "浙A10001", vehicleClass: "small", payLater: "none" },
    });
    expect((await bindPlate(db, user, { plate: "浙A10001", vehicleClass: "small" })).created).toBe(false);
    await signAgreement(db, user);
    await signAgreement(db, user);
    expect(await agreementStatus(db, user)).toBe("active");
    expect(await listPlates(db, user)).toEqual([
      { plate: "浙A10001", vehicleClass: "small", payLater: "active" },
    ]);
    await revokeAgreement(db, user);
    expect((await listPlates(db, user))[0]!.payLater).toBe("none");
    await unbindPlate(db, user, "浙A10001");
    expect(await listPlates(db, user)).toEqual([]);
    expect((await failure(unbindPlate(db, user, "浙A10001"))).status).toBe(404);
  });

  it("refuses a plate bound to another account, and frees it after unbinding", async () => {
    const { db } = opened;
    const [owner, other] = [await createTestUser(db), await createTestUser(db)];
    await bindPlate(db, owner, { plate: "浙A10002", vehicleClass: "small" });
    const taken = await failure(bindPlate(db, other, { plate: "浙A10002", vehicleClass: "small" }));
    expect([taken.status, taken.messageKey]).toEqual([409, "errors.parking.plateTaken"]);
    await unbindPlate(db, owner, "浙A10002");
    expect((await bindPlate(db, other, { plate: "浙A10002", vehicleClass: "small" })).created).toBe(true);
  });

  it("allows three plates, also when four requests race", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const plates = ["浙B20001", "浙B20002", "浙B20003", "浙B20004"];
    const results = await Promise.allSettled(
      plates.map((plate) => bindPlate(db, user, { plate, vehicleClass: "small" })),
    );
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(3);
    const refused = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect((refused.reason as AppError).messageKey).toBe("errors.parking.plateLimit");
    expect(await listPlates(db, user)).toHaveLength(3);
  });

  it("gives a plate to exactly one of two accounts racing for it", async () => {
    const { db } = opened;
    const users = [await createTestUser(db), await createTestUser(db)];
    const results = await Promise.allSettled(
      users.map((u) => bindPlate(db, u, { plate: "浙C30001", vehicleClass: "large" })),
    );
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
  });

  it("checks the class a new-energy plate proves", async () => {
    const { db } = opened;
    const user = await createTestUser(db);
    const error = await failure(bindPlate(db, user, { plate: "浙AD12345", vehicleClass: "large" }));
    expect([error.status, error.messageKey]).toEqual([422, "errors.parking.vehicleClassMismatch.small"]);
    expect((await bindPlate(db, user, { plate: "浙A12345D", vehicleClass: "large" })).created).toBe(true);
  });
});
