// Package frontdesk takes consultation payments at the clinic desk with Square.
package frontdesk

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit18/vet/domain"
)

// Appointments confirms a consultation once it is paid.
type Appointments interface {
	Consultation(ctx context.Context, id string) (domain.Consultation, error)
	ConfirmAppointment(ctx context.Context, consultationID, paymentRef string) error
}

type Desk struct {
	sq       *sqclient.Client
	appts    Appointments
	location string
	maxWait  time.Duration
}

type Option func(*Desk)

func WithMaxWait(d time.Duration) Option { return func(d2 *Desk) { d2.maxWait = d } }

func New(sq *sqclient.Client, appts Appointments, location string, opts ...Option) *Desk {
	d := &Desk{sq: sq, appts: appts, location: location, maxWait: 10 * time.Minute}
	for _, o := range opts {
		o(d)
	}
	return d
}

var ErrDeclined = errors.New("frontdesk: card declined")

func gbp(p int64) *square.Money {
	c := square.Currency("GBP")
	return &square.Money{Amount: square.Int64(p), Currency: &c}
}

// paymentRequest builds the Square request for a desk card payment.
func paymentRequest(c domain.Consultation, sourceID string) *square.CreatePaymentRequest {
	return &square.CreatePaymentRequest{
		SourceID:       sourceID,
		IdempotencyKey: uuid.NewString(),
		AmountMoney:    gbp(c.AmountPence),
		OrderID:        square.String(c.ID),
	}
}

// ChargeCardOnFile charges a client's stored card for a consultation.
func (d *Desk) ChargeCardOnFile(ctx context.Context, consultationID, cardID string) (string, error) {
	c, err := d.appts.Consultation(ctx, consultationID)
	if err != nil {
		return "", err
	}
	var paymentID string
	op := func() error {
		resp, err := d.sq.Payments.Create(ctx, paymentRequest(c, cardID)) // want "\\[idempotency\\] square Payments.Create is retried by backoff.Retry .* but paymentRequest makes a new idempotency key on every call"
		if err != nil {
			return err
		}
		if len(resp.Errors) > 0 {
			return backoff.Permanent(fmt.Errorf("square: %s", resp.Errors[0].Code))
		}
		paymentID = *resp.Payment.ID
		return nil
	}
	b := backoff.NewExponentialBackOff(backoff.WithMaxElapsedTime(45 * time.Second))
	if err := backoff.Retry(op, backoff.WithContext(b, ctx)); err != nil {
		return "", err
	}
	return paymentID, d.appts.ConfirmAppointment(ctx, consultationID, paymentID)
}

// ChargeDeposit takes the surgery deposit; the key is derived from the consultation.
func (d *Desk) ChargeDeposit(ctx context.Context, c domain.Consultation, sourceID string, pence int64) (*square.Payment, error) {
	req := &square.CreatePaymentRequest{
		SourceID:       sourceID,
		IdempotencyKey: "deposit-" + c.ID,
		AmountMoney:    gbp(pence),
		OrderID:        square.String(c.ID),
	}
	b := backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 4)
	return backoff.RetryWithData(func() (*square.Payment, error) {
		resp, err := d.sq.Payments.Create(ctx, req)
		if err != nil {
			return nil, err
		}
		if len(resp.Errors) > 0 {
			return nil, backoff.Permanent(ErrDeclined)
		}
		return resp.Payment, nil
	}, backoff.WithContext(b, ctx))
}

// TakeAtReader starts a card-present payment and waits until the reader
// reports a final state, prompting the client again if nothing happens.
func (d *Desk) TakeAtReader(ctx context.Context, c domain.Consultation, readerSource string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, d.maxWait)
	defer cancel()
	resp, err := d.sq.Payments.Create(ctx, &square.CreatePaymentRequest{
		SourceID: readerSource, IdempotencyKey: uuid.NewString(), AmountMoney: gbp(c.AmountPence),
	})
	if err != nil {
		return "", err
	}
	id := *resp.Payment.ID
	prompted := time.Now()
	t := time.NewTicker(terminalTick) // want "\\[pollinterval\\] payment status polled every 1s"
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-t.C:
		}
		got, err := d.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: id})
		if err != nil {
			return "", err
		}
		switch *got.Payment.Status {
		case "COMPLETED":
			return id, d.appts.ConfirmAppointment(ctx, c.ID, id)
		case "FAILED", "CANCELED":
			return "", ErrDeclined
		}
		if time.Since(prompted) > cardPromptTimeout {
			again, err := d.sq.Payments.Create(ctx, &square.CreatePaymentRequest{ // want "\\[pollcreate\\] new payment created inside the loop that polls payment id"
				SourceID: readerSource, IdempotencyKey: uuid.NewString(), AmountMoney: gbp(c.AmountPence),
			})
			if err != nil {
				return "", err
			}
			id, prompted = *again.Payment.ID, time.Now()
		}
	}
}

// AwaitCompleted waits for a payment taken on the kennel-side reader.
func (d *Desk) AwaitCompleted(ctx context.Context, paymentID string) error {
	wait := 2 * time.Second
	for { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds"
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		got, err := d.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			continue
		}
		if got.Payment.Status != nil && *got.Payment.Status == "COMPLETED" {
			return nil
		}
		if wait < 20*time.Second {
			wait *= 2
		}
	}
}

// RefundSurgery returns the deposit of a cancelled surgery.
func (d *Desk) RefundSurgery(ctx context.Context, surgeryID, paymentID string, pence int64) error {
	req := &square.RefundPaymentRequest{
		IdempotencyKey: "surgery-refund-" + surgeryID,
		AmountMoney:    gbp(pence),
		PaymentID:      square.String(paymentID),
	}
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		resp, err := d.sq.Refunds.RefundPayment(ctx, req) // want "\\[retrybackoff\\] square Refunds.RefundPayment is retried by a for loop .* with no wait between attempts"
		if err == nil {
			if len(resp.Errors) > 0 {
				return fmt.Errorf("refund %s: square %s", surgeryID, resp.Errors[0].Code)
			}
			return nil
		}
		lastErr = err
	}
	return fmt.Errorf("refund %s: %w", surgeryID, lastErr)
}
