// Runs once when a server starts: a server with a broken configuration refuses to start at all,
// instead of starting and failing on the first request; then the scheduled jobs begin.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { checkEnvOrExit } = await import("./lib/env-startup");
  checkEnvOrExit();
  // `next build` also loads this file; jobs belong to running servers only.
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { startSandboxClock } = await import("./lib/clock/start-sandbox-clock");
  startSandboxClock();
  const { startCalendar } = await import("./lib/calendar/start-calendar");
  startCalendar();
  const { startBackgroundJobs } = await import("./lib/citybrain/start-background-jobs");
  startBackgroundJobs();
  const { startAirJobs } = await import("./lib/air/start-air-jobs");
  startAirJobs();
  const { startPaymentJobs } = await import("./lib/payments/start-payment-jobs");
  startPaymentJobs();
  const { startParkingNoticeJobs } = await import("./lib/parking/start-notice-jobs");
  startParkingNoticeJobs();
  const { startClinicJobs } = await import("./lib/clinic/start-clinic-jobs");
  startClinicJobs();
  const { startReservationJobs } = await import("./lib/reservations/start-reservation-jobs");
  startReservationJobs();
  const { startRetentionJob } = await import("./lib/retention/start-retention-job");
  startRetentionJob();
}
