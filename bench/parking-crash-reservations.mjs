// The crash test's second phase: residents book reservations (each with its own Idempotency-Key) and
// cancel half of them while the server is killed with SIGKILL again and again. A client that gets no
// answer asks again with the same key, as the app does; cancels wait for the fee to be confirmed first.
// The books are checked in parking-crash-books.mjs (reservation fees charged once, refunds paid once).

const RESERVABLE_LOTS = ["kerry-centre", "raffles-city", "hubin-in77", "mixc-hangzhou"];
const BOOKINGS_PER_RESIDENT = 6;
const FINAL = new Set([200, 201, 202, 409, 422]);

/**
 * Calls until the server answers in full (it may be down, or die with the request in flight: a kill can land after
 * the status line and before the body, which fetch reports as "TypeError: terminated" while the body is read).
 * Returns the status and the parsed body.
 */
async function persist(server, send) {
  for (let attempt = 0; attempt < 200; attempt++) {
    try {
      const response = await send();
      const text = await response.text();
      if (response.status < 500) return { status: response.status, json: () => JSON.parse(text) };
    } catch {}
    await server.up();
  }
  throw new Error("no answer after 200 attempts");
}

async function myReservations(server, session) {
  const response = await persist(server, () => server.call("/api/parking/reservations", session));
  return response.json().reservations;
}

/** One resident's bookings; every other one is cancelled once its fee is confirmed. */
async function resident(server, session, plate, u) {
  const outcome = { booked: 0, full: 0, cancelled: 0 };
  for (let k = 0; k < BOOKINGS_PER_RESIDENT; k++) {
    const key = `crash-res-${u}-${k}`;
    const arrivalAt = new Date(Date.now() + (60 + ((u * 7 + k * 97) % 1200)) * 60_000).toISOString();
    const body = { lotId: RESERVABLE_LOTS[(u + k) % RESERVABLE_LOTS.length], plate, arrivalAt };
    const booked = await persist(server, () =>
      server.call("/api/parking/reservations", {
        ...session,
        method: "POST",
        body,
        headers: { "Idempotency-Key": key },
      }),
    );
    if (!FINAL.has(booked.status)) throw new Error(`booking answered ${booked.status}`);
    if (booked.status === 409) outcome.full += 1;
    if (booked.status >= 300) continue;
    outcome.booked += 1;
    const { id } = booked.json().reservation;
    if (k % 2 === 1) continue;
    let state = "pending_payment";
    for (let wait = 0; state === "pending_payment" && wait < 120; wait++) {
      await new Promise((r) => setTimeout(r, 1_000));
      state = (await myReservations(server, session)).find((r) => r.id === id)?.state ?? "declined";
    }
    if (state !== "confirmed") continue;
    const cancel = await persist(server, () =>
      server.call(`/api/parking/reservations/${id}/cancel`, { ...session, method: "POST" }),
    );
    if (cancel.status === 200) outcome.cancelled += 1;
  }
  return outcome;
}

/**
 * Runs every resident's bookings at once while `kills` SIGKILLs land at random moments; then waits until
 * every fee and refund has settled. Returns what the clients saw.
 */
export async function reservationPhase(server, { sessions, bound, kills }) {
  let killed = 0;
  let done = false;
  const killer = (async () => {
    while (!done && killed < kills) {
      await new Promise((r) => setTimeout(r, 1_500 + Math.random() * 2_500));
      if (done) break;
      await server.crash();
      killed += 1;
    }
  })();
  const outcomes = await Promise.all(
    sessions.map((session, u) => resident(server, session, bound[u * 3], u)),
  );
  done = true;
  await killer;
  await server.up();

  const settleStarted = performance.now();
  let open = Number.POSITIVE_INFINITY;
  while (open > 0 && performance.now() - settleStarted < 180_000) {
    await new Promise((r) => setTimeout(r, 3_000));
    open = 0;
    for (const session of sessions) {
      for (const r of await myReservations(server, session)) {
        if (r.state === "pending_payment" || (r.refund && !r.refund.refundedAt)) open += 1;
      }
    }
  }
  const sum = (field) => outcomes.reduce((total, o) => total + o[field], 0);
  return {
    reservationKills: killed,
    reservationsBooked: sum("booked"),
    reservationsFull: sum("full"),
    reservationsCancelled: sum("cancelled"),
    reservationSettleSeconds: Number(((performance.now() - settleStarted) / 1000).toFixed(1)),
  };
}
