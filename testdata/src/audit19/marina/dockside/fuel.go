package dockside

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit19/marina/providers"
)

// ErrPumpDeclined is returned when the card was declined or the sale was
// cancelled at the reader.
var ErrPumpDeclined = errors.New("dockside: payment at the pump declined")

// Sale is one fuel sale at a pump.
type Sale struct {
	ID       string
	DeviceID string
	Cents    int64
}

// SalesStore records completed fuel sales.
type SalesStore interface {
	MarkCompleted(ctx context.Context, checkoutID, paymentID string) error
}

// FuelDock pushes fuel sales to the pump card readers.
type FuelDock struct {
	terminal  *providers.SquareTerminal
	sales     SalesStore
	maxPushes int
}

// NewFuelDock returns the fuel dock service.
func NewFuelDock(t *providers.SquareTerminal, s SalesStore) *FuelDock {
	return &FuelDock{terminal: t, sales: s, maxPushes: 3}
}

// ChargeAtPump shows the sale on the pump's reader and waits for the card.
func (f *FuelDock) ChargeAtPump(ctx context.Context, sale Sale) (*providers.TerminalCheckout, error) {
	for push := 1; push <= f.maxPushes; push++ {
		co, err := f.terminal.CreateCheckout(ctx, sale.DeviceID, sale.Cents, sale.ID, // want "\\[idempotency\\] providers.SquareTerminal.CreateCheckout \\(POST /v2/terminals/checkouts\\) is retried by a for loop \\(line 42\\) with an idempotency key made from the attempt counter push" "\\[pollcreate\\] payment providers.SquareTerminal.CreateCheckout \\(POST /v2/terminals/checkouts\\) made again on every pass of the loop \\(line 42\\) after dockside.FuelDock.awaitReader \\(line 48\\) stops waiting while the payment may still be pending"
			fmt.Sprintf("fuel-%s-%d", sale.ID, push))
		if err != nil {
			return nil, err
		}
		final, err := f.awaitReader(ctx, co.ID)
		if err != nil {
			return nil, err
		}
		switch final.Status {
		case providers.CheckoutCompleted:
			pid := ""
			if len(final.PaymentIDs) > 0 {
				pid = final.PaymentIDs[0]
			}
			return final, f.sales.MarkCompleted(ctx, final.ID, pid)
		case providers.CheckoutCanceled:
			return nil, ErrPumpDeclined
		}
	}
	return nil, fmt.Errorf("dockside: no card presented for sale %s", sale.ID)
}

// awaitReader reads the checkout back until it is final or the reader
// times out; on timeout it returns the checkout as last seen.
func (f *FuelDock) awaitReader(ctx context.Context, checkoutID string) (*providers.TerminalCheckout, error) {
	ctx, cancel := context.WithTimeout(ctx, readerTimeout)
	defer cancel()
	tick := time.NewTicker(readerPoll)
	defer tick.Stop()
	last := &providers.TerminalCheckout{ID: checkoutID, Status: providers.CheckoutPending}
	for {
		select {
		case <-ctx.Done():
			return last, nil
		case <-tick.C:
		}
		co, err := f.terminal.GetCheckout(ctx, checkoutID)
		if err != nil {
			continue
		}
		last = co
		if co.Status == providers.CheckoutCompleted || co.Status == providers.CheckoutCanceled {
			return co, nil
		}
	}
}
