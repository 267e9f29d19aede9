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
	for range t.C { // audit: missed pollbound: leaves only when the first payment is paid; a failed, expired or canceled payment (and a dead context) keep it ticking forever
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
