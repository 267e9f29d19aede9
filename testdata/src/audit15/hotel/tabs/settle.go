// Package tabs settles bar and restaurant tabs through Square and
// receives Square's payment notifications.
package tabs

import (
	"context"
	"errors"
	"fmt"
	"net"
	"strconv"
	"time"

	square "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/client"
)

// Tab is an open bar or restaurant bill charged to a room or paid at the
// table.
type Tab struct {
	ID            string
	Version       int
	Outlet        string
	SquareOrderID string
	TotalMinor    int64
	Currency      string
}

// Settler takes payment for tabs.
type Settler struct {
	sq       *client.Client
	location string
}

// NewSettler returns a Settler for one Square location.
func NewSettler(sq *client.Client, location string) *Settler {
	return &Settler{sq: sq, location: location}
}

// ErrNotCompleted is returned when Square never reports the payment done.
var ErrNotCompleted = errors.New("tabs: payment not completed")

// Settle charges the card token taken at the table for the tab's total.
func (s *Settler) Settle(ctx context.Context, tab *Tab, sourceID string) (*square.Payment, error) {
	cur := square.Currency(tab.Currency)
	req := &square.CreatePaymentRequest{
		SourceID:       sourceID,
		IdempotencyKey: "tab-" + tab.ID + "-v" + strconv.Itoa(tab.Version),
		AmountMoney:    &square.Money{Amount: square.Int64(tab.TotalMinor), Currency: &cur},
		OrderID:        square.String(tab.SquareOrderID),
	}
	var (
		resp *square.CreatePaymentResponse
		err  error
	)
	for attempt := 0; attempt < 3; attempt++ {
		resp, err = s.sq.Payments.Create(ctx, req) // want "\\[retrybackoff\\] square Payments.Create is retried by a for loop \\(line 55\\) every 250ms, a fixed wait that does not grow"
		var ne net.Error
		if err == nil || !errors.As(err, &ne) {
			break
		}
		time.Sleep(250 * time.Millisecond)
	}
	if err != nil {
		return nil, fmt.Errorf("tabs: settle %s: %w", tab.ID, err)
	}
	if len(resp.Errors) > 0 {
		return nil, fmt.Errorf("tabs: settle %s: %s", tab.ID, resp.Errors[0].Code)
	}
	p := resp.Payment
	if p.Status != nil && *p.Status == "APPROVED" {
		if err := s.awaitCompleted(ctx, *p.ID); err != nil {
			return p, err
		}
	}
	return p, nil
}

// awaitCompleted waits for a delayed-capture payment to complete.
func (s *Settler) awaitCompleted(ctx context.Context, paymentID string) error {
	for i := 0; i < 20; i++ { // want "\\[pollbound\\] loop polling payment paymentID stops only when the payment succeeds \\(line 86\\)"
		got, err := s.sq.Payments.Get(ctx, &square.GetPaymentsRequest{PaymentID: paymentID})
		if err != nil {
			return err
		}
		if got.Payment != nil && got.Payment.Status != nil && *got.Payment.Status == "COMPLETED" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
	return ErrNotCompleted
}

// OrderState reads the Square order behind a tab, for the POS screen.
func (s *Settler) OrderState(ctx context.Context, orderID string) (string, error) {
	got, err := s.sq.Orders.Get(ctx, &square.GetOrdersRequest{OrderID: orderID})
	if err != nil {
		return "", err
	}
	if got.Order == nil || got.Order.State == nil {
		return "", nil
	}
	return string(*got.Order.State), nil
}
