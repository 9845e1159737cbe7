import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSandboxCity } from "@/lib/citybrain/sandbox";
import type { OpenDb } from "@/lib/db/open";
import { AppError } from "@/lib/errors";
import { createTestDb } from "@/lib/testing/test-db";
import { destinationIndex, getDestinationOrThrow, searchDestinations } from "./destinations";

const city = createSandboxCity({ seed: "destinations" });

let opened: OpenDb;
beforeAll(async () => {
  opened = await createTestDb();
});
afterAll(() => opened.close());

describe("destinations from the city's feeds", () => {
  it("searches sights, stations, hospitals and streets in the caller's language", async () => {
    const { index } = await destinationIndex(opened.db, city);
    expect(searchDestinations(index, "lft", "zh-CN").places[0]).toMatchObject({
      kind: "sight",
      id: "leifeng-pagoda",
      name: "雷峰塔",
    });
    expect(searchDestinations(index, "lft", "en").places[0]!.name).toBe("Leifeng Pagoda");
    const kinds = new Set(index.entries.map((entry) => entry.place.kind));
    expect([...kinds].sort()).toEqual(["hospital", "sight", "station", "street"]);
    expect(index.entries.filter((entry) => entry.place.kind === "sight")).toHaveLength(61);
    expect(index.entries.filter((entry) => entry.place.kind === "hospital")).toHaveLength(17);
    expect(index.entries.filter((entry) => entry.place.kind === "street")).toHaveLength(18);
  });

  it("builds the index once for the same data", async () => {
    const first = await destinationIndex(opened.db, city);
    const again = await destinationIndex(opened.db, city);
    expect(again.version).toBe(first.version);
    expect(again.index).toBe(first.index);
  });

  it("finds one place by kind and id, and answers 404 for any other", async () => {
    const { index } = await destinationIndex(opened.db, city);
    expect(getDestinationOrThrow(index, { kind: "street", id: "pinghai-rd" }, "en").place).toMatchObject({
      kind: "street",
      name: "Pinghai Rd",
    });
    for (const params of [
      { kind: "street", id: "no-such-street" },
      { kind: "sight", id: "pinghai-rd" },
      { kind: "car-park", id: "hubin-in77" },
      { kind: "sight", id: "../leifeng-pagoda" },
    ]) {
      const refused = (() => {
        try {
          getDestinationOrThrow(index, params, "zh-CN");
        } catch (error) {
          return error;
        }
      })();
      expect(refused, JSON.stringify(params)).toBeInstanceOf(AppError);
      expect((refused as AppError).status).toBe(404);
    }
  });
});
