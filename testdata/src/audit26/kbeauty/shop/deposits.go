package shop

import (
	"context"
	"log"
	"time"

	"audit26/kbeauty/store"
	"audit26/kbeauty/toss"
)

// Deposits issues Korean virtual accounts (가상계좌) and follows them.
type Deposits struct {
	Orders *store.Orders
	Toss   *toss.Client
}

// Issue creates the account and starts following it in the background so
// the order screen flips to paid without waiting for the nightly sync.
func (d *Deposits) Issue(ctx context.Context, o *store.Order, bank, name string) (*toss.VirtualAccount, error) {
	p, err := d.Toss.IssueVirtualAccount(ctx, toss.VirtualAccountRequest{
		Amount:       o.Amount,
		OrderID:      o.Number,
		OrderName:    "K-Beauty order " + o.Number,
		CustomerName: name,
		Bank:         bank,
		ValidHours:   72,
	})
	if err != nil {
		return nil, err
	}
	if err := d.Orders.SetRef(ctx, o.Number, "toss", p.PaymentKey); err != nil {
		return nil, err
	}
	if err := d.Orders.SetDepositKey(ctx, o.Number, p.Secret); err != nil {
		return nil, err
	}
	if err := d.Orders.SetStatus(ctx, o.Number, store.OrderAwaiting); err != nil {
		return nil, err
	}
	go d.follow(o.Number, p.PaymentKey)
	return p.VirtualAccount, nil
}

func (d *Deposits) follow(orderNo, paymentKey string) {
	ctx := context.Background()
	for { // want "\\[pollbound\\] loop polling payment paymentKey stops only when the payment succeeds \\(line"
		p, err := d.Toss.Get(ctx, paymentKey)
		if err != nil {
			log.Printf("deposit %s: %v", orderNo, err)
			time.Sleep(time.Minute)
			continue
		}
		if p.Status == toss.StatusDone {
			if err := d.Orders.MarkPaid(ctx, orderNo, paymentKey); err != nil {
				log.Printf("deposit %s: mark paid: %v", orderNo, err)
			}
			return
		}
		time.Sleep(time.Minute)
	}
}
