package billing

import (
	"context"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	"github.com/google/uuid"
	"github.com/sethvargo/go-retry"

	"audit23/wineclub/domain"
)

// Dunning re-presents failed UK Direct Debit payments.
type Dunning struct {
	svc   *Service
	grace time.Duration
}

func NewDunning(svc *Service) *Dunning { return &Dunning{svc: svc, grace: 3 * 24 * time.Hour} }

// Represent creates a new collection for an invoice whose first payment
// failed, with the charge date after the grace period.
func (d *Dunning) Represent(ctx context.Context, inv domain.BoxInvoice, mandateID string) (*gocardless.Payment, error) {
	b := retry.WithMaxRetries(4, retry.NewExponential(2*time.Second))
	var out *gocardless.Payment
	err := retry.Do(ctx, b, func(ctx context.Context) error {
		key := uuid.NewString()
		p, err := d.svc.dd.Collect(ctx, inv, mandateID, gocardless.WithIdempotencyKey(key)) // want "\\[idempotency\\] dd\\.Client\\.Collect \\(gocardless Payments\\.Create\\) is retried by retry\\.Do \\(line"
		if err != nil {
			return retry.RetryableError(err)
		}
		out = p
		return nil
	})
	return out, err
}

// GiveUp writes an invoice off after the last re-presentation failed.
func (d *Dunning) GiveUp(ctx context.Context, inv domain.BoxInvoice) error {
	if err := d.svc.invoices.SetInvoiceStatusByRef(ctx, inv.ProviderRef, domain.InvoiceWrittenOff); err != nil {
		return err
	}
	return d.svc.members.SetStatus(ctx, inv.MemberID, domain.MemberPaused)
}
