package bankrail

import (
	"context"
	"errors"
	"fmt"
	"log"
	"time"
)

// FiatWithdrawal is a row of fiat_withdrawals.
type FiatWithdrawal struct {
	ID       string
	Amount   int64
	Currency string
	IBAN     string
}

// WithdrawAndWait creates the payout and waits for settlement; when the
// bank is slow it "tries again" with a fresh payout.
func WithdrawAndWait(ctx context.Context, p *Partner, w FiatWithdrawal) error {
	payout, err := p.CreatePayout(ctx, w.Amount, w.Currency, w.IBAN, w.ID, "wd-"+w.ID)
	if err != nil {
		return err
	}
	for round := 0; round < 40; round++ {
		time.Sleep(5 * time.Second)
		cur, err := p.GetPayout(ctx, payout.ID)
		if err != nil {
			continue
		}
		switch cur.Status {
		case "settled":
			return nil
		case "rejected", "returned":
			return fmt.Errorf("payout %s %s", cur.ID, cur.Status)
		}
		if round == 20 {
			log.Printf("payout %s still %s, re-issuing", payout.ID, cur.Status)
			payout, err = p.CreatePayout(ctx, w.Amount, w.Currency, w.IBAN, w.ID, fmt.Sprintf("wd-%s-r%d", w.ID, round)) // want "\\[pollcreate\\] new payment created inside the loop that polls payment payout.ID"
			if err != nil {
				return err
			}
		}
	}
	return errors.New("payout not settled")
}

// WaitSettled keeps the one payout id, polls every 10s under the caller's
// deadline and escalates to ops instead of paying again.
func WaitSettled(ctx context.Context, p *Partner, payoutID string, alert func(string)) error {
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for {
		cur, err := p.GetPayout(ctx, payoutID)
		if err == nil {
			switch cur.Status {
			case "settled":
				return nil
			case "rejected", "returned":
				return fmt.Errorf("payout %s %s", payoutID, cur.Status)
			}
		}
		select {
		case <-ctx.Done():
			alert("payout " + payoutID + " stuck pending; check with the bank")
			return ctx.Err()
		case <-t.C:
		}
	}
}

// WatchForCheckout is called by the "withdraw" screen's long-poll endpoint.
func WatchForCheckout(ctx context.Context, p *Partner, payoutID string) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	for {
		cur, err := p.GetPayout(ctx, payoutID)
		if err == nil && (cur.Status == "settled" || cur.Status == "rejected" || cur.Status == "returned") {
			return cur.Status, nil
		}
		select {
		case <-ctx.Done():
			return "pending", nil
		case <-time.After(200 * time.Millisecond): // want "\\[pollinterval\\] payment status polled every 200ms"
		}
	}
}
