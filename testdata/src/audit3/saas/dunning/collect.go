package dunning

import (
	"context"
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/invoice"
)

type Collector struct {
	repo *Repo
}

func NewCollector(repo *Repo) *Collector { return &Collector{repo: repo} }

// Collect pays one past-due invoice, retrying transient failures a few
// times within this dunning run.
func (c *Collector) Collect(ctx context.Context, pd PastDue) error {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		params := &stripe.InvoicePayParams{}
		params.SetIdempotencyKey(fmt.Sprintf("dunning-%s-%d", pd.InvoiceID, attempt))
		inv, err := invoice.Pay(pd.InvoiceID, params) // want "\\[idempotency\\] stripe invoice.Pay is retried by a for loop \\(line 23\\) with an idempotency key made from the attempt counter"
		if err == nil && inv.Status == stripe.InvoiceStatusPaid {
			return c.repo.MarkRecovered(ctx, pd.InvoiceID)
		}
		lastErr = err
		time.Sleep(backoffFor(attempt))
	}
	return lastErr
}

// CollectWithCard retries a charge on a new default card the customer just
// added; card errors are retried too "in case the bank changes its mind".
func (c *Collector) CollectWithCard(ctx context.Context, pd PastDue, pm string) error {
	params := &stripe.InvoicePayParams{PaymentMethod: stripe.String(pm)}
	params.SetIdempotencyKey("dunning-card-" + pd.InvoiceID + "-" + pm)
	var err error
	for attempt := 0; attempt < 4; attempt++ {
		_, err = invoice.Pay(pd.InvoiceID, params)
		if err == nil {
			return c.repo.MarkRecovered(ctx, pd.InvoiceID)
		}
		var se *stripe.Error
		if errors.As(err, &se) && se.Type == stripe.ErrorTypeCard { // want "\\[retrystatus\\] stripe invoice.Pay is retried by a for loop \\(line 42\\): stripe errors of type card_error are retried"
			time.Sleep(backoffFor(attempt))
			continue
		}
		return err
	}
	return err
}
