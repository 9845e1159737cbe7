import "server-only";
// The one place that knows every service's payment purposes: each registers what its payments mean, so the
// payments platform settles them without importing any service. Import it where callbacks are applied.
import { clinicConfig } from "@/lib/clinic/clinic-config";
import { notifyInvoiceSettled } from "@/lib/clinic/clinic-notices";
import { CLINIC_INVOICE_PURPOSE, invoiceOfPayment } from "@/lib/clinic/invoice-payment-link";
import { settleClinicInvoice } from "@/lib/clinic/invoice-settlement";
import { serverNow } from "@/lib/clock/server-now";
import { sendBillNotices } from "@/lib/parking/bill-notices";
import { PARKING_BILL_PURPOSE, stayOfPayment } from "@/lib/parking/bill-payment-link";
import { settleParkingBill } from "@/lib/parking/bill-settlement";
import { registerPaymentPurpose } from "@/lib/payments/purposes";
import { markReservationRefunded, settleReservationFee } from "@/lib/reservations/reservation-fee-settlement";
import { notifyIfConfirmed } from "@/lib/reservations/reservation-notices";
import { RESERVATION_FEE_PURPOSE, reservationOfPayment } from "@/lib/reservations/reservation-payment-link";

registerPaymentPurpose(PARKING_BILL_PURPOSE, {
  async settle(tx, payment, outcome, settledAt, now) {
    await settleParkingBill(tx, await stayOfPayment(tx, payment.id), outcome, settledAt, now);
    return [];
  },
  async afterSettled(db, paymentId) {
    await sendBillNotices(db, { stayIds: [await stayOfPayment(db, paymentId)] });
  },
});

registerPaymentPurpose(RESERVATION_FEE_PURPOSE, {
  async settle(tx, payment, outcome, settledAt, now) {
    const reservationId = await reservationOfPayment(tx, payment.id);
    return settleReservationFee(
      tx,
      { paymentId: payment.id, reservationId, amountFen: payment.amountFen },
      outcome,
      settledAt,
      now,
    );
  },
  async refunded(tx, refund) {
    // A lapsed or unconfirmed reservation's refund changes nothing on it; a cancellation's is shown as made.
    if (refund.reason === "reservation_cancelled")
      await markReservationRefunded(tx, await reservationOfPayment(tx, refund.paymentId), refund.settledAt);
  },
  async afterSettled(db, paymentId) {
    await notifyIfConfirmed(db, await reservationOfPayment(db, paymentId));
  },
});

registerPaymentPurpose(CLINIC_INVOICE_PURPOSE, {
  async settle(tx, payment, outcome, settledAt, now) {
    const invoiceId = await invoiceOfPayment(tx, payment.id);
    await settleClinicInvoice(tx, invoiceId, payment, outcome, settledAt, now, clinicConfig().policy);
    return [];
  },
  async afterSettled(db, paymentId) {
    await notifyInvoiceSettled(db, paymentId, serverNow());
  },
});
