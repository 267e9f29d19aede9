// Package adyen: a new adyen payment created while polling the old one.
package adyen

import (
	"context"
	"time"

	"github.com/adyen/adyen-go-api-library/v21/src/checkout"
)

// A new payment when the old one takes too long.
func recreate(ctx context.Context, l *checkout.PaymentLinksApi, linkID string, svc *checkout.PaymentsApi, r checkout.PaymentRequest) {
	for i := 0; i < 60; i++ {
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && (res.Status == "completed" || res.Status == "expired") {
			return
		}
		if i == 30 {
			_, _, _ = svc.Payments(ctx, svc.PaymentsInput().PaymentRequest(r)) // want `new payment created inside the loop that polls payment linkID`
		}
		time.Sleep(5 * time.Second)
	}
}

// Silent: the payment is created once, before the poll of its id.
func createThenPoll(ctx context.Context, l *checkout.PaymentLinksApi, linkID string, svc *checkout.PaymentsApi, r checkout.PaymentRequest) {
	_, _, _ = svc.Payments(ctx, svc.PaymentsInput().PaymentRequest(r))
	for i := 0; i < 60; i++ {
		res, _, err := l.GetPaymentLink(ctx, l.GetPaymentLinkInput(linkID))
		if err == nil && (res.Status == "completed" || res.Status == "expired") {
			return
		}
		time.Sleep(5 * time.Second)
	}
}
