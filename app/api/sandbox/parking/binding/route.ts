// PUT /api/sandbox/parking/binding — sandbox only: move my current binding of a plate back in time (never across another's)
import { requireSession } from "@/lib/auth/current-user";
import { serverNow } from "@/lib/clock/server-now";
import { getDb } from "@/lib/db/client";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { readJson, route } from "@/lib/http/route";
import { BackdateBindingInput, backdateBinding } from "@/lib/parking/sandbox-backdate";

export const dynamic = "force-dynamic";

export const PUT = route(async (request) => {
  if (env().APP_ENV !== "sandbox") throw new AppError("not_found", "errors.notFound");
  const { user } = await requireSession(request);
  const input = await readJson(request, BackdateBindingInput, "unprocessable");
  const binding = await backdateBinding(await getDb(), user.id, input, serverNow());
  return Response.json({ binding }, { headers: { "Cache-Control": "no-store" } });
});
