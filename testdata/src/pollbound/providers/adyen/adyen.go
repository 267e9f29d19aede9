// Package adyen: poll loops over a adyen payment's status read.
package adyen

import (
	"context"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// No bound: a payment stuck pending is polled forever.
func forever(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) {
	for { // want `loop polling payment linkID has no bound`
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && (res.Status == "completed" || res.Status == "expired") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Only success ends it.
func onlySuccess(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) {
	for i := 0; i < 60; i++ { // want `loop polling payment linkID stops only when the payment succeeds`
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && res.Status == "completed" {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: both terminal outcomes end it, and it gives up after 60 reads.
func bounded(ctx context.Context, l *checkout.PaymentLinksApi, linkID string) {
	for i := 0; i < 60; i++ {
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && (res.Status == "completed" || res.Status == "expired") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
