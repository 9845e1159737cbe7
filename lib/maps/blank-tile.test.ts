import { crc32, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { blankTilePng, isTileAddress } from "./blank-tile";

/** The chunks of a PNG, each checked against its CRC. */
function chunks(png: Buffer) {
  const found: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    const type = png.toString("ascii", at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length), `${type} CRC`).toBe(
      crc32(png.subarray(at + 4, at + 8 + length)),
    );
    found.push({ type, data });
    at += 12 + length;
  }
  return found;
}

describe("blankTilePng", () => {
  it("is a valid 512 × 512 RGB PNG (a 256 px tile at 2×) whose pixel rows are all there", () => {
    const png = blankTilePng();
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const parts = chunks(png);
    expect(parts.map((c) => c.type)).toEqual(["IHDR", "IDAT", "IEND"]);
    const header = parts[0]!.data;
    expect([header.readUInt32BE(0), header.readUInt32BE(4), header[8], header[9]]).toEqual([512, 512, 8, 2]);
    expect(inflateSync(parts[1]!.data).length).toBe(512 * (1 + 512 * 3));
    // Small enough to cost nothing per tile.
    expect(png.length).toBeLessThan(2_000);
  });
});

describe("isTileAddress", () => {
  it.each([
    [0, 0, 0, true],
    [17, 109_823, 53_694, true],
    [22, 2 ** 22 - 1, 0, true],
    [1, 2, 0, false],
    [3, 0, 8, false],
    [23, 0, 0, false],
    [-1, 0, 0, false],
    [5, 1.5, 0, false],
  ])("z %i x %i y %i → %s", (z, x, y, expected) => {
    expect(isTileAddress(z, x, y)).toBe(expected);
  });
});
