// Package worker runs the background jobs: nightly claim refunds,
// franchise settlement, pickup reminders and the driver/IoT pollers.
package worker

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"
	"strconv"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"

	"audit17/laundry/domain"
)

// ClaimStore lists and closes damage claims.
type ClaimStore interface {
	PendingClaims(ctx context.Context) ([]domain.Claim, error)
	ClaimRefunded(ctx context.Context, claimID, refundID string) error
}

// MPRefunder refunds Mercado Pago payments.
type MPRefunder interface {
	Refund(ctx context.Context, paymentID string, amount float64) (int64, error)
}

// MollieRefunder refunds Mollie payments.
type MollieRefunder interface {
	Refund(ctx context.Context, paymentID, euros string) (string, error)
}

// Refunds pays back damaged garments every night.
type Refunds struct {
	claims ClaimStore
	square *sqclient.Client
	mp     MPRefunder
	mollie MollieRefunder
}

// NewRefunds returns the refund job.
func NewRefunds(c ClaimStore, sq *sqclient.Client, mp MPRefunder, m MollieRefunder) *Refunds {
	return &Refunds{claims: c, square: sq, mp: mp, mollie: m}
}

// Run is the machinery task "claims.refund_nightly".
func (j *Refunds) Run() error {
	ctx := context.Background()
	claims, err := j.claims.PendingClaims(ctx)
	if err != nil {
		return err
	}
	for _, c := range claims {
		refundID, err := j.refundOne(ctx, c)
		if err != nil {
			log.Printf("claim %s: refund failed: %v", c.ID, err)
			continue
		}
		if err := j.claims.ClaimRefunded(ctx, c.ID, refundID); err != nil {
			log.Printf("claim %s: refunded as %s but not recorded: %v", c.ID, refundID, err)
		}
	}
	return nil
}

func (j *Refunds) refundOne(ctx context.Context, c domain.Claim) (string, error) {
	switch c.Provider {
	case string(domain.Square):
		return j.squareRefund(ctx, c)
	case string(domain.MercadoPago):
		id, err := j.mp.Refund(ctx, c.PaymentRef, float64(c.AmountCts)/100)
		return strconv.FormatInt(id, 10), err
	case string(domain.Mollie):
		return j.mollie.Refund(ctx, c.PaymentRef, fmt.Sprintf("%d.%02d", c.AmountCts/100, c.AmountCts%100))
	}
	return "", fmt.Errorf("unknown provider %q", c.Provider)
}

func (j *Refunds) squareRefund(ctx context.Context, c domain.Claim) (string, error) {
	cur := square.Currency(c.Currency)
	var refundID string
	op := func() error {
		resp, err := j.square.Refunds.RefundPayment(ctx, &square.RefundPaymentRequest{ // want "\\[idempotency\\] square Refunds.RefundPayment is retried by backoff.Retry \\(line 105\\) with an idempotency key made anew on every attempt"
			IdempotencyKey: uuid.NewString(),
			AmountMoney:    &square.Money{Amount: square.Int64(c.AmountCts), Currency: &cur},
			PaymentID:      square.String(c.PaymentRef),
		})
		if err != nil {
			var ne net.Error
			if errors.As(err, &ne) {
				return err
			}
			return backoff.Permanent(err)
		}
		if len(resp.Errors) > 0 {
			return backoff.Permanent(fmt.Errorf("square refund: %s", resp.Errors[0].Code))
		}
		refundID = resp.Refund.ID
		return nil
	}
	err := backoff.Retry(op, backoff.WithContext(backoff.WithMaxRetries(backoff.NewExponentialBackOff(), 5), ctx))
	return refundID, err
}
