// GET /tiles/{z}/{x}/{y}.png — a blank map tile from this server (TILE_PROVIDER=custom TILE_URL=/tiles/{z}/{x}/{y}.png)
import { z } from "zod";
import { AppError } from "@/lib/errors";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";
import { blankTilePng, isTileAddress } from "@/lib/maps/blank-tile";

const TileAddress = z.object({
  z: z
    .string()
    .regex(/^\d{1,2}$/)
    .transform(Number),
  x: z
    .string()
    .regex(/^\d{1,7}$/)
    .transform(Number),
  y: z
    .string()
    .regex(/^\d{1,7}\.png$/)
    .transform((name) => Number(name.slice(0, -".png".length))),
});

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route<{ z: string; x: string; y: string }>(async (_request, { params }) => {
    const address = TileAddress.safeParse(params);
    if (!address.success || !isTileAddress(address.data.z, address.data.x, address.data.y)) {
      throw new AppError("not_found", "errors.noSuchTile");
    }
    return new Response(new Uint8Array(blankTilePng()), {
      headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=31536000, immutable" },
    });
  }),
});
