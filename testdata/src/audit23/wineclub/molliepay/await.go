package molliepay

import (
	"context"
	"time"

	"github.com/mollie/mollie-api-golang/models/components"
)

// AwaitFirst waits for a new member's first payment (iDEAL/Bancontact,
// sequenceType first) so the mandate can be stored.
func (c *Client) AwaitFirst(ctx context.Context, paymentID string) (*components.PaymentResponse, error) {
	t := time.NewTicker(5 * time.Second)
	defer t.Stop()
	for range t.C { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds \\(line"
		p, err := c.Payment(ctx, paymentID)
		if err != nil {
			continue
		}
		if p.Status == components.PaymentResponseStatusPaid {
			return p, nil
		}
	}
	return nil, ctx.Err()
}
