import "server-only";
import { crc32, deflateSync } from "node:zlib";

// A plain tile for benchmarks, tests and deployments without a tile server: land-coloured, with a faint line on
// its right and bottom edges so panning and zooming still show movement. Built once; it is about a kilobyte.
// 512 px drawn in Leaflet's 256 px slot: sharp on 2× screens, which Lighthouse checks (image-size-responsive).
const SIZE = 512;
const LINE = 2;
const LAND: [number, number, number] = [0xf1, 0xef, 0xe9];
const GRID: [number, number, number] = [0xe0, 0xdd, 0xd5];

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(typed));
  return Buffer.concat([length, typed, checksum]);
}

function encodeTile(): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 2; // truecolour RGB
  // Each row: filter byte 0 (none), then RGB pixels.
  const rows = Buffer.alloc(SIZE * (1 + SIZE * 3));
  for (let y = 0; y < SIZE; y++) {
    const row = y * (1 + SIZE * 3);
    for (let x = 0; x < SIZE; x++) {
      const colour = x >= SIZE - LINE || y >= SIZE - LINE ? GRID : LAND;
      rows.set(colour, row + 1 + x * 3);
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

let encoded: Buffer | undefined;

/** The blank 512 × 512 PNG served for every tile by /tiles/{z}/{x}/{y}.png. */
export function blankTilePng(): Buffer {
  encoded ??= encodeTile();
  return encoded;
}

/** True if (z, x, y) names a tile of the Web Mercator pyramid Leaflet asks for (zoom 0–22). */
export function isTileAddress(z: number, x: number, y: number): boolean {
  if (!Number.isInteger(z) || z < 0 || z > 22) return false;
  const side = 2 ** z;
  return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < side && y < side;
}
