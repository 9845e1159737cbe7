import "server-only";
// The one place that knows every service's payment purposes: each one registers what its settled debits mean,
// so the payments platform settles them without importing any service. Import it where callbacks are applied.
import { settleParkingBill } from "@/lib/parking/bill-settlement";
import { registerDebitSettlement } from "@/lib/payments/purpose-settlements";
import { settleReservationFee } from "@/lib/reservations/reservation-fee-settlement";

registerDebitSettlement("parking_bill", async (tx, payment, outcome, settledAt, now) => {
  await settleParkingBill(tx, payment.stayId!, outcome, settledAt, now);
  return [];
});

registerDebitSettlement("reservation_fee", (tx, payment, outcome, settledAt, now) =>
  settleReservationFee(
    tx,
    { paymentId: payment.id, reservationId: payment.reservationId!, amountFen: payment.amountFen },
    outcome,
    settledAt,
    now,
  ),
);
