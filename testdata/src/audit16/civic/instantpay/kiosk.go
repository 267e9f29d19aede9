package instantpay

import (
	"context"
	"errors"
	"fmt"
	"time"

	"audit16/civic/store"
)

// statusPollEvery is how often the kiosk asks for a charge's status while
// the citizen approves it.
const statusPollEvery = 1500 * time.Millisecond

// ErrNotApproved is returned when the citizen never approved the charge.
var ErrNotApproved = errors.New("instantpay: charge not approved")

// Kiosk takes instant payments at the town-hall kiosks.
type Kiosk struct {
	bank          *Client
	settleTimeout time.Duration
}

func NewKiosk(bank *Client) *Kiosk { return &Kiosk{bank: bank, settleTimeout: 90 * time.Second} }

// PayBill asks the citizen's bank for the bill and waits while the
// citizen approves it in the banking app. When a request lapses the
// kiosk sends a fresh one, up to three times.
func (k *Kiosk) PayBill(ctx context.Context, bill store.Bill, alias string) (*Charge, error) {
	for attempt := 1; attempt <= 3; attempt++ {
		ch, err := k.bank.CreateCharge(ctx, ChargeRequest{ // want "\\[pollcreate\\] payment instantpay.Client.CreateCharge \\(POST /ips/v2/charges\\) made again on every pass of the loop \\(line 31\\) after instantpay.Kiosk.waitSettled \\(line 42\\) stops waiting" "\\[idempotency\\] instantpay.Client.CreateCharge .POST /ips/v2/charges. is retried by a for loop"
			EndToEndID:  fmt.Sprintf("KT%s%02d", bill.Ref, attempt),
			DebtorAlias: alias,
			AmountCents: bill.AmountCents,
			Remittance:  "Council tax " + bill.Ref,
			ExpiresIn:   120,
		})
		if err != nil {
			return nil, err
		}
		settled, err := k.waitSettled(ctx, ch.ID)
		if err != nil {
			return nil, err
		}
		if settled {
			return ch, nil
		}
	}
	return nil, ErrNotApproved
}

func (k *Kiosk) waitSettled(ctx context.Context, id string) (bool, error) {
	deadline := time.Now().Add(k.settleTimeout)
	t := time.NewTicker(statusPollEvery) // want "\\[pollinterval\\] payment status polled every 1.5s"
	defer t.Stop()
	for time.Now().Before(deadline) {
		select {
		case <-ctx.Done():
			return false, ctx.Err()
		case <-t.C:
		}
		ch, err := k.bank.ChargeStatus(ctx, id)
		if err != nil {
			continue
		}
		switch ch.Status {
		case StatusSettled:
			return true, nil
		case StatusRejected, StatusExpired:
			return false, nil
		}
	}
	return false, nil
}

// RequestOnline sends one charge for a bill paid from the website; the
// result arrives by the IPS notification.
func (k *Kiosk) RequestOnline(ctx context.Context, bill store.Bill, alias string) (*Charge, error) {
	return k.bank.CreateCharge(ctx, ChargeRequest{
		EndToEndID:  "WB" + bill.Ref,
		DebtorAlias: alias,
		AmountCents: bill.AmountCents,
		Remittance:  "Council tax " + bill.Ref,
		ExpiresIn:   900,
	})
}
