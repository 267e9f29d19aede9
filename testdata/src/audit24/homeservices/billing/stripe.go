// Package billing talks to the card processors: deposits and balances on
// Stripe, legacy Braintree accounts, and Square for in-person AU jobs.
package billing

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit24/homeservices/domain"
	"audit24/homeservices/platform"
)

// BookingStore is what billing needs from the booking repository.
type BookingStore interface {
	Get(ctx context.Context, id string) (domain.Booking, error)
	AttachPayment(ctx context.Context, id, provider, ref string) error
	SetStatus(ctx context.Context, id string, st domain.BookingStatus) error
	MarkPaid(ctx context.Context, id string) error
}

// Deposits authorises the deposit at booking time and captures the full
// amount once the pro marks the job done.
type Deposits struct {
	bookings BookingStore
	percent  int
	baseURL  string
	log      *slog.Logger
}

func NewDeposits(bookings BookingStore, percent int, baseURL string, log *slog.Logger) *Deposits {
	return &Deposits{bookings: bookings, percent: percent, baseURL: baseURL, log: log}
}

// Start creates the manual-capture PaymentIntent for a booking and returns
// its client secret for the booking page.
func (d *Deposits) Start(ctx context.Context, b domain.Booking, customer, method string) (string, error) {
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(b.QuoteCents),
		Currency:      stripe.String(b.Region.Currency()),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(method),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		ReturnURL:     stripe.String(d.baseURL + "/bookings/" + b.ID + "/confirmed"),
		Metadata:      map[string]string{"booking_id": b.ID},
	}
	params.SetIdempotencyKey("booking-auth-" + b.ID)
	pi, err := platform.Retry(ctx, "deposit.create", func() (*stripe.PaymentIntent, error) {
		return paymentintent.New(params) // audit: lookalike idempotency: the key is the booking id, set once before the retry helper
	})
	if err != nil {
		return "", fmt.Errorf("create intent: %w", err)
	}
	if err := d.bookings.AttachPayment(ctx, b.ID, "stripe", pi.ID); err != nil {
		return "", err
	}
	return pi.ClientSecret, nil
}

// Settle captures the job's final amount (quote plus extras) after the pro
// closes it out.
func (d *Deposits) Settle(ctx context.Context, bookingID string, finalCents int64) error {
	b, err := d.bookings.Get(ctx, bookingID)
	if err != nil {
		return err
	}
	if b.Provider != "stripe" {
		return fmt.Errorf("booking %s is on %s", b.ID, b.Provider)
	}
	pi, err := platform.Retry(ctx, "balance.capture", func() (*stripe.PaymentIntent, error) {
		return paymentintent.Capture(b.ProviderRef, &stripe.PaymentIntentCaptureParams{ // want "\\[idempotency\\] stripe paymentintent\\.Capture is retried by platform\\.Retry \\(line 76\\) without"
			AmountToCapture: stripe.Int64(finalCents),
		})
	})
	if err != nil {
		return err
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		return d.bookings.MarkPaid(ctx, b.ID)
	}
	return d.bookings.SetStatus(ctx, b.ID, domain.BookingCompleted)
}

// Await waits for a freshly confirmed intent to leave "processing" (bank
// debits in CA can take a while) and re-issues it if the customer's bank is
// slow, so the pro is not left without a confirmed slot.
func (d *Deposits) Await(ctx context.Context, b domain.Booking, customer, method string) (*stripe.PaymentIntent, error) {
	ctx, cancel := context.WithTimeout(ctx, 10*time.Minute)
	defer cancel()
	id := b.ProviderRef
	started := time.Now()
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		pi, err := paymentintent.Get(id, nil)
		if err != nil {
			d.log.Warn("intent read failed", "id", id, "err", err)
			continue
		}
		switch pi.Status {
		case stripe.PaymentIntentStatusRequiresCapture, stripe.PaymentIntentStatusSucceeded:
			return pi, nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod:
			return nil, domain.ErrDeclined
		}
		if time.Since(started) > 3*time.Minute {
			params := &stripe.PaymentIntentParams{
				Amount:        stripe.Int64(b.QuoteCents),
				Currency:      stripe.String(b.Region.Currency()),
				Customer:      stripe.String(customer),
				PaymentMethod: stripe.String(method),
				CaptureMethod: stripe.String("manual"),
				Confirm:       stripe.Bool(true),
			}
			params.SetIdempotencyKey(fmt.Sprintf("booking-auth-%s-%d", b.ID, time.Now().Unix()))
			fresh, err := paymentintent.New(params) // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 98\\): keep"
			if err != nil {
				return nil, err
			}
			id, started = fresh.ID, time.Now()
			_ = d.bookings.AttachPayment(ctx, b.ID, "stripe", id)
		}
	}
}

// Reauthorize replaces a deposit whose card was declined by asking the
// customer's saved default card. Called by the booking flow after Await.
func (d *Deposits) Reauthorize(ctx context.Context, b domain.Booking, customer, method, fallback string) (*stripe.PaymentIntent, error) {
	pi, err := d.Await(ctx, b, customer, method)
	if err == nil {
		return pi, nil
	}
	if !errors.Is(err, domain.ErrDeclined) {
		return nil, err
	}
	params := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(b.QuoteCents),
		Currency:      stripe.String(b.Region.Currency()),
		Customer:      stripe.String(customer),
		PaymentMethod: stripe.String(fallback),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
		OffSession:    stripe.Bool(true),
	}
	params.SetIdempotencyKey("booking-reauth-" + b.ID)
	return paymentintent.New(params) // audit: lookalike pollcreate: a new intent only after the polled one ended declined or canceled
}
