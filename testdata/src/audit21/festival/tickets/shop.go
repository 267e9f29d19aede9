// Package tickets sells festival tickets and VIP upgrades through PayPal.
package tickets

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/plutov/paypal/v4"

	"audit21/festival/platform"
	"audit21/festival/store"
)

// Kinds of ticket order.
const (
	KindWeekend = "weekend"
	KindDay     = "day"
	KindVIP     = "vip-upgrade"
)

// Order states kept in Mongo.
const (
	OrderCreated = "created"
	OrderPaid    = "paid"
	OrderIssued  = "issued"
)

// Shop is the ticket shop.
type Shop struct {
	pp        *paypal.Client
	orders    *store.Tickets
	mail      *platform.Mailer
	returnURL string
	cancelURL string
	log       *slog.Logger
}

// NewShop wires the shop.
func NewShop(pp *paypal.Client, orders *store.Tickets, mail *platform.Mailer, publicURL string, log *slog.Logger) *Shop {
	return &Shop{
		pp:        pp,
		orders:    orders,
		mail:      mail,
		returnURL: publicURL + "/tickets/paypal/return",
		cancelURL: publicURL + "/tickets",
		log:       log,
	}
}

// Orders exposes the order store to handlers.
func (s *Shop) Orders() *store.Tickets { return s.orders }

func (s *Shop) units(o *store.TicketOrder) []paypal.PurchaseUnitRequest {
	return []paypal.PurchaseUnitRequest{{
		ReferenceID: o.ID,
		CustomID:    o.ID,
		Description: fmt.Sprintf("%d x %s", o.Quantity, o.Kind),
		Amount:      &paypal.PurchaseUnitAmount{Currency: "EUR", Value: platform.Cents(o.AmountCents).Decimal()},
	}}
}

// Start creates the PayPal order the buyer approves.
func (s *Shop) Start(ctx context.Context, o *store.TicketOrder) (*paypal.Order, error) {
	ppo, err := s.pp.CreateOrderWithPaypalRequestID(ctx, "CAPTURE", s.units(o),
		&paypal.CreateOrderPayer{EmailAddress: o.Email},
		&paypal.ApplicationContext{BrandName: "Festival", ReturnURL: s.returnURL, CancelURL: s.cancelURL},
		"tickets-"+o.ID)
	if err != nil {
		return nil, err
	}
	if err := s.orders.SetPayPalOrder(ctx, o.ID, ppo.ID); err != nil {
		return nil, err
	}
	return ppo, nil
}

// Issue marks an order issued and mails the tickets.
func (s *Shop) Issue(ctx context.Context, o *store.TicketOrder) error {
	if err := s.orders.SetStatus(ctx, o.ID, OrderIssued); err != nil {
		return err
	}
	return s.mail.Send(o.Email, "Your festival tickets", "Order "+o.ID+": your tickets are attached.")
}

// ErrNotCaptured is returned when PayPal did not complete the capture.
var ErrNotCaptured = errors.New("paypal capture not completed")

// Capture captures an approved order and issues it.
func (s *Shop) Capture(ctx context.Context, o *store.TicketOrder) error {
	res, err := s.pp.CaptureOrderWithPaypalRequestId(ctx, o.PayPalOrder, paypal.CaptureOrderRequest{}, "capture-"+o.ID, nil)
	if err != nil {
		return err
	}
	if res.Status != paypal.OrderStatusCompleted {
		return ErrNotCaptured
	}
	if err := s.orders.SetStatus(ctx, o.ID, OrderPaid); err != nil {
		return err
	}
	return s.Issue(ctx, o)
}

// CaptureUpgrade captures a VIP upgrade bought at the on-site lounge desk;
// the lounge tablet's connection is poor, so the capture is repeated a few
// times with the same request id.
func (s *Shop) CaptureUpgrade(ctx context.Context, o *store.TicketOrder) (*paypal.CaptureOrderResponse, error) {
	var lastErr error
	for i := 0; i < 5; i++ {
		res, err := s.pp.CaptureOrderWithPaypalRequestId(ctx, o.PayPalOrder, paypal.CaptureOrderRequest{}, "vip-capture-"+o.ID, nil) // want "\\[retrybackoff\\] paypal Client\\.CaptureOrderWithPaypalRequestId is retried by a for loop \\(line"
		if err == nil {
			return res, nil
		}
		lastErr = err
		time.Sleep(200 * time.Millisecond)
	}
	return nil, lastErr
}
