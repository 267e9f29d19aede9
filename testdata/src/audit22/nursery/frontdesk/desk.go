// Package frontdesk takes card payments on the Square Terminal at each
// nursery's front desk (parents paying at pick-up).
package frontdesk

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/google/uuid"
	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/terminal"

	"audit22/nursery/store"
)

// Terminal checkout statuses.
const (
	CheckoutPending         = "PENDING"
	CheckoutInProgress      = "IN_PROGRESS"
	CheckoutCancelRequested = "CANCEL_REQUESTED"
	CheckoutCanceled        = "CANCELED"
	CheckoutCompleted       = "COMPLETED"
)

// ErrNoDevice means the nursery has no terminal paired.
var ErrNoDevice = errors.New("frontdesk: no terminal paired for nursery")

// Desk sends checkouts to the terminals.
type Desk struct {
	sq       *sqclient.Client
	ledger   *store.Ledger
	devices  map[string]string
	maxWait  time.Duration
	currency square.Currency
	log      *slog.Logger
}

type Option func(*Desk)

func WithMaxWait(d time.Duration) Option { return func(k *Desk) { k.maxWait = d } }
func WithCurrency(c string) Option       { return func(k *Desk) { k.currency = square.Currency(c) } }

func New(token string, ledger *store.Ledger, devices map[string]string, opts ...Option) *Desk {
	d := &Desk{
		sq:       sqclient.NewClient(option.WithToken(token)),
		ledger:   ledger,
		devices:  devices,
		maxWait:  3 * time.Minute,
		currency: "GBP",
		log:      slog.Default(),
	}
	for _, o := range opts {
		o(d)
	}
	return d
}

func (d *Desk) checkout(ctx context.Context, device, familyID string, minor int64, note string) (*square.TerminalCheckout, error) {
	resp, err := d.sq.Terminal.Checkouts.Create(ctx, &terminal.CreateTerminalCheckoutRequest{
		IdempotencyKey: uuid.NewString(),
		Checkout: &square.TerminalCheckout{
			AmountMoney:   &square.Money{Amount: square.Int64(minor), Currency: &d.currency},
			ReferenceID:   square.String(familyID),
			Note:          square.String(note),
			DeviceOptions: &square.DeviceCheckoutOptions{DeviceID: device},
		},
	})
	if err != nil {
		return nil, err
	}
	if len(resp.Errors) > 0 {
		return nil, fmt.Errorf("terminal checkout: %s", resp.Errors[0].Code)
	}
	return resp.Checkout, nil
}

// Take sends an amount to the nursery's terminal and waits for the parent
// to tap. If the parent cancels on the reader we offer it once more.
func (d *Desk) Take(ctx context.Context, nursery, familyID string, minor int64) (*square.TerminalCheckout, error) {
	device, ok := d.devices[nursery]
	if !ok {
		return nil, ErrNoDevice
	}
	co, err := d.checkout(ctx, device, familyID, minor, "Fees at front desk")
	if err != nil {
		return nil, err
	}
	if err := d.ledger.SaveDeskCheckout(ctx, *co.ID, familyID, minor); err != nil {
		return nil, err
	}
	offered := 1
	sent := time.Now()
	for i := 0; i < 120; i++ {
		time.Sleep(3 * time.Second)
		got, err := d.sq.Terminal.Checkouts.Get(ctx, &terminal.GetCheckoutsRequest{CheckoutID: *co.ID})
		if err != nil {
			return nil, err
		}
		co = got.Checkout
		switch *co.Status {
		case CheckoutCompleted:
			return co, nil
		case CheckoutCanceled:
			if offered > 1 {
				return co, errors.New("cancelled on the reader")
			}
			offered++
			co, err = d.checkout(ctx, device, familyID, minor, "Fees at front desk (again)") // audit: lookalike pollcreate: a new checkout only after the previous one reached CANCELED, a terminal state
			if err != nil {
				return nil, err
			}
			sent = time.Now()
			continue
		}
		if time.Since(sent) > d.maxWait {
			d.log.Warn("terminal slow to answer, re-sending", "checkout", *co.ID)
			co, err = d.checkout(ctx, device, familyID, minor, "Fees at front desk") // want "\\[pollcreate\\] new payment created inside the loop that polls payment \\*co\\.ID \\(line 98\\)"
			if err != nil {
				return nil, err
			}
			sent = time.Now()
		}
	}
	return co, errors.New("terminal checkout did not finish")
}
