// Package oppayout exercises PayPal Payouts through plutov/paypal: the
// batch header's sender_batch_id is the key, GetPayout reads the batch.
package oppayout

import (
	"context"
	"fmt"
	"time"

	"github.com/plutov/paypal/v4"
)

// The batch id comes from the settlement: a stable key.
func payStable(ctx context.Context, c *paypal.Client, settlementID string) { // want `wrapper payStable write\|create paypal Client.CreatePayout keyparam=2$`
	batch := paypal.Payout{
		SenderBatchHeader: &paypal.SenderBatchHeader{EmailSubject: "Your payout", SenderBatchID: "stl-" + settlementID},
	}
	c.CreatePayout(ctx, batch) // want `op write\|create paypal Client.CreatePayout key=SenderBatchHeader.SenderBatchID keyparam=2$`
}

// The batch id is stamped with the clock: a new key on every call.
func payClock(ctx context.Context, c *paypal.Client) { // want `wrapper payClock write\|create paypal Client.CreatePayout haskey freshkey$`
	hdr := &paypal.SenderBatchHeader{}
	hdr.SenderBatchID = fmt.Sprint(time.Now().UnixNano())
	c.CreatePayout(ctx, paypal.Payout{SenderBatchHeader: hdr}) // want `op write\|create paypal Client.CreatePayout key=SenderBatchHeader.SenderBatchID fresh=1$`
}

// No header: no key.
func payBare(ctx context.Context, c *paypal.Client) { // want `wrapper payBare write\|create paypal Client.CreatePayout$`
	c.CreatePayout(ctx, paypal.Payout{Items: []paypal.PayoutItem{{Receiver: "a@b.c"}}}) // want `op write\|create paypal Client.CreatePayout$`
}

// Reading the batch back by its id.
func batchStatus(ctx context.Context, c *paypal.Client, batchID string) string { // want `wrapper batchStatus read paypal Client.GetPayout idparam=2$`
	res, err := c.GetPayout(ctx, batchID) // want `op read paypal Client.GetPayout id=batchID$`
	if err != nil {
		return ""
	}
	return res.BatchHeader.BatchStatus
}
