// The yardstick of bench/api-ratio.mjs: the least a Next.js route handler can do.
export const dynamic = "force-dynamic";

export function GET() {
  return Response.json({ ok: true });
}
