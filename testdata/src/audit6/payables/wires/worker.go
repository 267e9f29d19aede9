package wires

import (
	"context"
	"fmt"
	"log/slog"
)

// WireBill is an approved bill paid abroad.
type WireBill struct {
	ID        string
	Currency  string
	Amount    float64
	Recipient int64
	Number    string
}

// Payer pays foreign-currency bills end to end.
type Payer struct {
	C   *Client
	Log *slog.Logger
}

// PayBill quotes, creates and funds the transfer, then waits until it is
// sent. When it is still processing after the wait it tries again with a
// fresh quote (rates expire after 30 minutes).
func (p *Payer) PayBill(ctx context.Context, b WireBill) error {
	for attempt := 1; attempt <= 3; attempt++ {
		q, err := p.C.NewQuote(ctx, "USD", b.Currency, b.Amount)
		if err != nil {
			return err
		}
		t, err := p.C.CreateTransfer(ctx, q.ID, b.Recipient, "INV "+b.Number) // want "\\[idempotency\\] wires.Client.CreateTransfer \\(POST /v1/transfers\\) is retried by a for loop \\(line 28\\) without an idempotency key" "\\[pollcreate\\] payment wires.Client.CreateTransfer \\(POST /v1/transfers\\) made again on every pass of the loop \\(line 28\\) after wires.Client.WaitSent \\(line 40\\) stops waiting while the payment may still be pending"
		if err != nil {
			return err
		}
		if err := p.C.Fund(ctx, t.ID); err != nil {
			return err
		}
		status, err := p.C.WaitSent(ctx, t.ID)
		if err != nil {
			return err
		}
		switch status {
		case "outgoing_payment_sent":
			return nil
		case "cancelled", "funds_refunded", "bounced_back":
			return fmt.Errorf("wires: bill %s: transfer %d %s", b.ID, t.ID, status)
		}
		p.Log.Warn("transfer still processing, re-quoting", "bill", b.ID, "transfer", t.ID, "attempt", attempt)
	}
	return fmt.Errorf("wires: bill %s not sent", b.ID)
}
