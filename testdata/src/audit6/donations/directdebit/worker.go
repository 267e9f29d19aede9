package directdebit

import (
	"context"
	"encoding/json"
	"fmt"
	"net/smtp"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/hibiken/asynq"
)

// Worker processes direct-debit tasks.
type Worker struct {
	gc       *gocardless.Service
	smtpAddr string
	from     string
	store    PledgeStore
}

// PledgeStore records collections.
type PledgeStore interface {
	RecordCollection(ctx context.Context, pledgeID, period, paymentID string) error
}

// NewWorker wires the worker.
func NewWorker(gc *gocardless.Service, store PledgeStore, smtpAddr, from string) *Worker {
	return &Worker{gc: gc, store: store, smtpAddr: smtpAddr, from: from}
}

// HandleCollect takes this month's payment from the donor's mandate.
func (w *Worker) HandleCollect(ctx context.Context, t *asynq.Task) error {
	var p CollectPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return fmt.Errorf("decode: %w", err)
	}
	payment, err := w.gc.Payments.Create(ctx, gocardless.PaymentCreateParams{ // want "\\[idempotency\\] gocardless Payments.Create is retried by asynq"
		Amount:    p.AmountPence,
		Currency:  "GBP",
		Links:     gocardless.PaymentCreateParamsLinks{Mandate: p.MandateID},
		Reference: "Monthly gift " + p.Period,
	})
	if err != nil {
		return fmt.Errorf("collect pledge %s: %w", p.PledgeID, err)
	}
	return w.store.RecordCollection(ctx, p.PledgeID, p.Period, payment.Id)
}

// HandleRefund refunds a collected payment; the key comes from the
// donation, so a redelivered task does not refund twice.
func (w *Worker) HandleRefund(ctx context.Context, t *asynq.Task) error {
	var p RefundPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	_, err := w.gc.Refunds.Create(ctx, gocardless.RefundCreateParams{
		Amount:                  p.AmountPence,
		Links:                   gocardless.RefundCreateParamsLinks{Payment: p.PaymentID},
		TotalAmountConfirmation: p.AmountPence,
	}, gocardless.WithIdempotencyKey("refund-"+p.DonationID))
	return err
}

// HandleThankYou mails the donor (not a payment: a redelivery at worst
// sends a second thank-you).
func (w *Worker) HandleThankYou(ctx context.Context, t *asynq.Task) error {
	var p ThankYouPayload
	if err := json.Unmarshal(t.Payload(), &p); err != nil {
		return err
	}
	msg := []byte("Subject: Thank you, " + p.Name + "\r\n\r\nYour monthly gift keeps us going.")
	return smtp.SendMail(w.smtpAddr, nil, w.from, []string{p.Email}, msg)
}
