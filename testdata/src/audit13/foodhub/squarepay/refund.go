package squarepay

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"net"
	"sort"
	"strings"
	"time"

	square "github.com/square/square-go-sdk"

	"audit13/foodhub/domain"
)

// retryTransient runs fn up to attempts times while it fails with a
// network error, doubling the wait each time.
func retryTransient[T any](ctx context.Context, attempts int, fn func() (T, error)) (T, error) {
	var zero T
	wait := 2 * time.Second
	for i := 0; ; i++ {
		v, err := fn()
		if err == nil {
			return v, nil
		}
		var ne net.Error
		if !errors.As(err, &ne) || i+1 >= attempts {
			return zero, err
		}
		select {
		case <-ctx.Done():
			return zero, ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// refundKey derives one key per order and set of missing items, so that a
// support agent clicking twice refunds once.
func refundKey(orderID string, items []domain.Item) string {
	skus := make([]string, 0, len(items))
	for _, it := range items {
		skus = append(skus, it.SKU)
	}
	sort.Strings(skus)
	sum := sha256.Sum256([]byte(orderID + "|" + strings.Join(skus, ",")))
	return "mi-" + hex.EncodeToString(sum[:16])
}

// RefundMissingItems refunds the items the restaurant did not deliver.
func (c *Client) RefundMissingItems(ctx context.Context, o *domain.Order, paymentID string, items []domain.Item) (*square.PaymentRefund, error) {
	var amount int64
	for _, it := range items {
		amount += it.AmountMinor * int64(it.Qty)
	}
	if amount <= 0 || amount > o.AmountMinor {
		return nil, fmt.Errorf("refund %s: bad amount %d", o.ID, amount)
	}
	req := &square.RefundPaymentRequest{
		IdempotencyKey: refundKey(o.ID, items),
		AmountMoney:    money(amount, o.Currency),
		PaymentID:      square.String(paymentID),
	}
	return retryTransient(ctx, 4, func() (*square.PaymentRefund, error) {
		resp, err := c.sq.Refunds.RefundPayment(ctx, req)
		if err != nil {
			return nil, err
		}
		if len(resp.Errors) > 0 {
			return nil, fmt.Errorf("square refund: %s", resp.Errors[0].Code)
		}
		return resp.Refund, nil
	})
}
