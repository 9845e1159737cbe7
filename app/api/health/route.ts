// GET /api/health — liveness, with the database the server is using and the holiday calendar's coverage
import { calendarCoverage } from "@/lib/calendar/calendar-refresh";
import { serverNow } from "@/lib/clock/server-now";
import { getDb, getDbKind } from "@/lib/db/client";
import { pingDatabase } from "@/lib/db/health";
import { route } from "@/lib/http/route";
import { routeMethods } from "@/lib/http/route-methods";

export const dynamic = "force-dynamic";

export const { GET, HEAD, OPTIONS, POST, PUT, PATCH, DELETE } = routeMethods({
  GET: route(async () => {
    await pingDatabase(await getDb());
    // The operator is warned here (and in the log) while the holiday notices run out within 60 days.
    const { coverageEnds, daysLeft, warning } = calendarCoverage(serverNow());
    return Response.json(
      {
        ok: true,
        db: await getDbKind(),
        calendar: { coverageEnds, daysLeft, ...(warning ? { warning } : {}) },
      },
      { headers: { "Cache-Control": "no-store" } },
    );
  }),
});
