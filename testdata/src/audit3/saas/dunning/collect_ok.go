package dunning

import (
	"context"
	"errors"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/invoice"
)

// CollectDay is the newer dunning path: one key per invoice and dunning day
// (a new day is a new, deliberate attempt), card declines end the run.
func (c *Collector) CollectDay(ctx context.Context, pd PastDue) error {
	params := &stripe.InvoicePayParams{}
	params.SetIdempotencyKey("dunning-" + pd.InvoiceID + "-day-" + itoa(pd.DunningDay))
	for attempt := 0; attempt < 3; attempt++ {
		_, err := invoice.Pay(pd.InvoiceID, params)
		if err == nil {
			return c.repo.MarkRecovered(ctx, pd.InvoiceID)
		}
		var se *stripe.Error
		if errors.As(err, &se) {
			if se.Type == stripe.ErrorTypeCard || se.Type == stripe.ErrorTypeInvalidRequest {
				return c.repo.MarkHardDecline(ctx, pd.InvoiceID, string(se.Code))
			}
		}
		time.Sleep(backoffFor(attempt + 1))
	}
	return errors.New("dunning: provider unavailable")
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	var b []byte
	for n > 0 {
		b = append([]byte{byte('0' + n%10)}, b...)
		n /= 10
	}
	return string(b)
}
