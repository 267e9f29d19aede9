// Package adyen: polls of an Adyen payment link's status.
package adyen

import (
	"context"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

func fastPoll(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) {
	for i := 0; i < 100; i++ {
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && res.Status == "completed" {
			return
		}
		time.Sleep(500 * time.Millisecond) // want `payment status polled every 500ms`
	}
}

func calmPoll(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) {
	for i := 0; i < 100; i++ {
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && res.Status == "completed" {
			return
		}
		time.Sleep(3 * time.Second)
	}
}
