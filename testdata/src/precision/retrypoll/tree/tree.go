// Package tree recurses over a tree of line items and refunds each leaf once.
package tree

import (
	"bytes"
	"context"
	"fmt"
	"net/http"
)

type Item struct {
	ID       string
	Amount   int64
	Children []*Item
}

type Refunder struct {
	HTTP *http.Client
	Base string
}

// RefundTree refunds each leaf item once, with a key derived from the item.
func (r *Refunder) RefundTree(ctx context.Context, paymentID string, it *Item) error {
	if len(it.Children) == 0 {
		body := fmt.Sprintf(`{"payment_id":%q,"amount":%d}`, paymentID, it.Amount)
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, r.Base+"/v1/refunds", bytes.NewBufferString(body))
		if err != nil {
			return err
		}
		req.Header.Set("Idempotency-Key", "refund-"+paymentID+"-"+it.ID)
		resp, err := r.HTTP.Do(req)
		if err != nil {
			return err
		}
		return resp.Body.Close()
	}
	for _, c := range it.Children {
		if err := r.RefundTree(ctx, paymentID, c); err != nil {
			return err
		}
	}
	return nil
}

// Total sums a tree recursively.
func Total(it *Item) int64 {
	t := it.Amount
	for _, c := range it.Children {
		t += Total(c)
	}
	return t
}
