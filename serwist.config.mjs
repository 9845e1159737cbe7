// @ts-check
import { serwist } from "@serwist/next/config";

export default serwist({
  swSrc: "app/sw.ts",
  swDest: "public/sw.js",
  // Prerendered routes are precached; /~offline is dynamic (locale comes from the request), so add it by hand.
  additionalPrecacheEntries: [{ url: "/~offline", revision: `${Date.now()}` }],
  globIgnores: ["**/screenshots/**"],
});
