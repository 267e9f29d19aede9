package workers

import (
	"context"
	"errors"
	"log"
	"net"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"

	"audit12/parking/domain"
	"audit12/parking/retryx"
)

// FailedTolls is the toll invoice persistence the re-presenter needs.
type FailedTolls interface {
	FailedForRepresent(ctx context.Context, limit int) ([]domain.TollInvoice, error)
	SetCollecting(ctx context.Context, id, paymentID string) error
}

// Representer collects toll invoices again whose first direct debit failed
// (usually insufficient funds), a few days later.
type Representer struct {
	gc    *gocardless.Service
	tolls FailedTolls
}

// NewRepresenter returns a Representer.
func NewRepresenter(gc *gocardless.Service, tolls FailedTolls) *Representer {
	return &Representer{gc: gc, tolls: tolls}
}

// Run re-presents up to 100 failed invoices.
func (r *Representer) Run(ctx context.Context) error {
	invs, err := r.tolls.FailedForRepresent(ctx, 100)
	if err != nil {
		return err
	}
	for _, inv := range invs {
		params := gocardless.PaymentCreateParams{
			Amount:    inv.AmountCents,
			Currency:  inv.Currency,
			Links:     gocardless.PaymentCreateParamsLinks{Mandate: inv.MandateID},
			Reference: "TOLL-" + inv.ID + "-R",
		}
		p, err := retryx.Do(ctx, 3, 2*time.Second, func(ctx context.Context) (*gocardless.Payment, error) {
			p, err := r.gc.Payments.Create(ctx, params) // want "\\[idempotency\\] gocardless Payments.Create is retried by retryx.Do \\(line 47\\) without an idempotency key"
			var ne net.Error
			if err != nil && !errors.As(err, &ne) {
				return nil, retryx.Permanent(err)
			}
			return p, err
		})
		if err != nil {
			log.Printf("represent %s: %v", inv.ID, err)
			continue
		}
		if err := r.tolls.SetCollecting(ctx, inv.ID, p.Id); err != nil {
			return err
		}
	}
	return nil
}
