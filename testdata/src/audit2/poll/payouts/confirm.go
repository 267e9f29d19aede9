package payouts

import (
	"context"
	"errors"
	"time"

	"github.com/cenkalti/backoff/v4"
)

var errPending = errors.New("still pending")

// Confirmer waits for payments with cenkalti/backoff as the poll loop.
type Confirmer struct {
	api *API
}

// NewConfirmer wires the service.
func NewConfirmer(api *API) *Confirmer { return &Confirmer{api: api} }

// WaitConfirmed retries the status read every second until it is final.
func (c *Confirmer) WaitConfirmed(ctx context.Context, paymentID string) error {
	op := func() error {
		p, err := c.api.Payment(ctx, paymentID)
		if err != nil {
			return err
		}
		switch p.Status {
		case "CONFIRMED":
			return nil
		case "FAILED":
			return backoff.Permanent(errors.New("payment failed"))
		}
		return errPending
	}
	return backoff.Retry(op, backoff.NewConstantBackOff(time.Second)) // want "\\[pollbound\\] backoff.Retry polling payment paymentID has no bound" "\\[pollinterval\\] payment status polled every 1s"
}

// WaitConfirmedPolite is the variant the payout job uses.
func (c *Confirmer) WaitConfirmedPolite(ctx context.Context, paymentID string) error {
	b := backoff.NewExponentialBackOff()
	b.InitialInterval = 2 * time.Second
	b.MaxInterval = time.Minute
	b.MaxElapsedTime = 2 * time.Hour
	return backoff.Retry(func() error {
		p, err := c.api.Payment(ctx, paymentID)
		if err != nil {
			return err
		}
		if p.Status == "FAILED" {
			return backoff.Permanent(errors.New("payment failed"))
		}
		if p.Status != "CONFIRMED" {
			return errPending
		}
		return nil
	}, backoff.WithContext(b, ctx))
}
