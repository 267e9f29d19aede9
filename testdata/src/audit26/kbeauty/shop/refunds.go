package shop

import (
	"context"
	"errors"
	"fmt"
	"net/http"

	"audit26/kbeauty/intl"
	"audit26/kbeauty/platform"
	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"
)

// Claim is a damaged-item claim approved by support.
type Claim struct {
	ID      string
	OrderNo string
	Amount  int64
	Reason  string
}

// Refunds pays back damaged items and cancelled orders.
type Refunds struct {
	Orders *store.Orders
	Toss   *toss.Client
	Japan  *intl.Japan
}

func retryable(err error) error {
	var ae *toss.APIError
	if errors.As(err, &ae) && ae.HTTPStatus < 500 && ae.HTTPStatus != http.StatusTooManyRequests {
		return platform.Permanent(err)
	}
	return err
}

// Apply refunds the claimed amount on the order's original payment.
func (r *Refunds) Apply(ctx context.Context, c Claim) error {
	o, err := r.Orders.ByNumber(ctx, c.OrderNo)
	if err != nil {
		return err
	}
	switch o.Provider {
	case "stripe":
		_, err := r.Japan.Refund(ctx, o.ProviderRef, c.ID, c.Amount)
		return err
	case "toss":
		req := toss.CancelRequest{CancelReason: "파손 상품 환불: " + c.Reason, CancelAmount: c.Amount}
		return platform.Retry(ctx, platform.RetryOpts{Name: "refund " + c.ID}, func(ctx context.Context) error {
			_, err := r.Toss.Cancel(ctx, o.ProviderRef, req, "") // want "\\[idempotency\\] toss\\.Client\\.Cancel \\(POST /v1/payments/\\{\\}/cancel\\) is retried by platform\\.Retry"
			return retryable(err)
		})
	}
	return fmt.Errorf("refund %s: provider %q not supported", c.ID, o.Provider)
}

// CancelOrder cancels a Korean order before it ships.
func (r *Refunds) CancelOrder(ctx context.Context, orderNo string) error {
	o, err := r.Orders.ByNumber(ctx, orderNo)
	if err != nil {
		return err
	}
	key := "cancel-" + o.Number // audit: lookalike idempotency: one key per order, made before the retry and sent on every attempt
	err = platform.Retry(ctx, platform.RetryOpts{Name: "cancel " + orderNo}, func(ctx context.Context) error {
		_, err := r.Toss.Cancel(ctx, o.ProviderRef, toss.CancelRequest{CancelReason: "고객 요청 취소"}, key)
		return retryable(err)
	})
	if err != nil {
		return err
	}
	return r.Orders.SetStatus(ctx, orderNo, store.OrderCancelled)
}
