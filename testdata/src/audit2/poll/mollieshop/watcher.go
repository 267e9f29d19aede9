package mollieshop

import (
	"context"
	"log"
	"time"

	"github.com/mollie/mollie-api-golang/models/components"
)

// WatchInBackground is started after the redirect to the bank, so the order
// page flips to "paid" even when the buyer closes the tab.
func (s *Checkout) WatchInBackground(orderID, paymentID string) {
	go s.watch(orderID, paymentID, 1)
}

func (s *Checkout) watch(orderID, paymentID string, round int) {
	ctx := context.Background()
	st, err := s.status(ctx, paymentID)
	if err != nil {
		log.Printf("watch %s round %d: %v", paymentID, round, err)
	}
	switch st {
	case components.PaymentResponseStatusPaid:
		_ = s.orders.SetPaymentState(ctx, orderID, "paid")
		return
	case components.PaymentResponseStatusFailed, components.PaymentResponseStatusCanceled, components.PaymentResponseStatusExpired:
		_ = s.orders.SetPaymentState(ctx, orderID, "cancelled")
		return
	}
	time.Sleep(5 * time.Second)
	s.watch(orderID, paymentID, round+1) // want "\\[pollbound\\] recursive poll of payment paymentID has no bound"
}

// watchCapped is the variant used for bank transfers: it gives up after a day.
func (s *Checkout) watchCapped(orderID, paymentID string, round int) {
	if round > 288 {
		log.Printf("payment %s still open after a day, escalating", paymentID)
		return
	}
	ctx := context.Background()
	st, err := s.status(ctx, paymentID)
	if err == nil && st == components.PaymentResponseStatusPaid {
		_ = s.orders.SetPaymentState(ctx, orderID, "paid")
		return
	}
	if err == nil && (st == components.PaymentResponseStatusExpired || st == components.PaymentResponseStatusFailed || st == components.PaymentResponseStatusCanceled) {
		return
	}
	time.Sleep(5 * time.Minute)
	s.watchCapped(orderID, paymentID, round+1)
}
