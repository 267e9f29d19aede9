package xenditpay

import (
	"context"
	"fmt"
	"time"

	"github.com/xendit/xendit-go/disbursement"
	"github.com/xendit/xendit-go/v7/payout"

	"audit22/ridehail/platform"
)

// Payout is a driver cash-out to an e-wallet or bank account.
type Payout struct {
	CashoutID  string
	Channel    string
	Account    string
	HolderName string
	Currency   string
	Amount     float64
}

// SendPayout creates a payout keyed by the cashout id.
func (c *Client) SendPayout(ctx context.Context, p Payout) (string, error) {
	key := "cashout-" + p.CashoutID
	props := payout.NewDigitalPayoutChannelProperties(p.Account)
	body := payout.NewCreatePayoutRequest(p.CashoutID, p.Channel, *props, float32(p.Amount), p.Currency)
	return platform.DoValue(ctx, c.policy, func() (string, error) {
		res, resp, xerr := c.api.PayoutApi.CreatePayout(ctx).IdempotencyKey(key).CreatePayoutRequest(*body).Execute() // audit: lookalike idempotency: key derived from the cashout id once, outside the retry
		if xerr != nil {
			return "", classify(resp, fmt.Errorf("xendit payout %s: %w", p.CashoutID, xerr)) // audit: lookalike retrystatus: classify makes every 4xx but 429 backoff.Permanent, so only 429/5xx and network errors are retried
		}
		return res.Payout.Id, nil
	})
}

// PayoutStatus reads a payout.
func (c *Client) PayoutStatus(ctx context.Context, id string) (string, error) {
	res, _, xerr := c.api.PayoutApi.GetPayoutById(ctx, id).Execute()
	if xerr != nil {
		return "", xerr
	}
	return res.Payout.Status, nil
}

// SettlePayout sends a payout and follows it until Xendit says it is done.
// The ops team asked that a payout stuck in ACCEPTED for more than ten
// minutes is sent again, because the e-wallet side sometimes drops them.
func (c *Client) SettlePayout(ctx context.Context, p Payout) (string, error) {
	id, err := c.SendPayout(ctx, p)
	if err != nil {
		return "", err
	}
	started := time.Now()
	for attempt := 0; attempt < 120; attempt++ {
		st, err := c.PayoutStatus(ctx, id)
		if err != nil {
			return id, err
		}
		switch st {
		case "SUCCEEDED":
			return id, nil
		case "FAILED", "CANCELLED", "REVERSED":
			return id, fmt.Errorf("payout %s %s", id, st)
		}
		if time.Since(started) > 10*time.Minute {
			p.CashoutID = fmt.Sprintf("%s-r%d", p.CashoutID, attempt)
			id, err = c.SendPayout(ctx, p) // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 56\\)"
			if err != nil {
				return "", err
			}
			started = time.Now()
		}
		time.Sleep(5 * time.Second)
	}
	return id, fmt.Errorf("payout %s not final", id)
}

// Disburse is the legacy v1 bank disbursement used for Indonesian bank
// accounts (BCA, Mandiri) that the v7 payout channel list does not cover
// for us yet.
func Disburse(ctx context.Context, cli *disbursement.Client, cashoutID, bank, account, holder string, amount float64) (string, error) {
	d, xerr := cli.CreateWithContext(ctx, &disbursement.CreateParams{
		IdempotencyKey:    "disb-" + cashoutID,
		ExternalID:        cashoutID,
		BankCode:          bank,
		AccountHolderName: holder,
		AccountNumber:     account,
		Description:       "Ridehail driver earnings",
		Amount:            amount,
	})
	if xerr != nil {
		return "", xerr
	}
	return d.ID, nil
}
