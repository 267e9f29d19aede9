package jobs

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"audit25/cryptomerch/platform"
	"audit25/cryptomerch/store"
)

// BankPayouts pays creators who chose a bank account, through the payout rail.
type BankPayouts struct {
	base    string
	token   string
	hc      *http.Client
	payouts *store.Payouts
}

// NewBankPayouts returns the rail client.
func NewBankPayouts(base, token string, payouts *store.Payouts) *BankPayouts {
	return &BankPayouts{base: base, token: token, hc: &http.Client{Timeout: 30 * time.Second}, payouts: payouts}
}

type railPayout struct {
	Reference string `json:"reference"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Recipient string `json:"recipient_account"`
}

// Sync sends every pending bank payout once; run from the scheduler.
func (b *BankPayouts) Sync() {
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	rows, err := b.payouts.Pending(ctx, "bank", 100)
	if err != nil {
		slog.Error("bank payouts: list", "err", err)
		return
	}
	for _, p := range rows {
		ok, err := b.payouts.Claim(ctx, p.ID)
		if err != nil || !ok {
			continue
		}
		if err := b.send(ctx, p); err != nil {
			slog.Error("bank payout", "id", p.ID, "err", err)
			_ = b.payouts.SetStatus(ctx, p.ID, store.PayoutFailed)
			continue
		}
		_ = b.payouts.SetStatus(ctx, p.ID, store.PayoutSent)
	}
}

func (b *BankPayouts) send(ctx context.Context, p store.Payout) error {
	body, _ := json.Marshal(railPayout{Reference: p.ID, Amount: p.AmountUnits / 10000, Currency: "USD", Recipient: p.BankRef})
	key := "payout-" + p.ID
	var last error
	for attempt := 0; attempt < 4; attempt++ {
		if attempt > 0 {
			time.Sleep(time.Duration(1<<attempt) * time.Second)
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payouts", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+b.token)
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("Idempotency-Key", key)
		resp, err := b.hc.Do(req)
		if err != nil {
			last = err
			continue
		}
		msg, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode == http.StatusCreated || resp.StatusCode == http.StatusOK { // want "\\[retrystatus\\] POST /v1/payouts is retried by a for loop \\(line 64\\): every non-2xx status"
			return nil
		}
		last = fmt.Errorf("rail: %d: %s", resp.StatusCode, msg)
	}
	return last
}

// Cancel asks the rail to stop a payout that has not left yet.
func (b *BankPayouts) Cancel(ctx context.Context, p store.Payout) error {
	return platform.Retry(ctx, 4, func(ctx context.Context) error {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v1/payouts/"+p.ID+"/cancel", nil)
		if err != nil {
			return err
		}
		req.Header.Set("Authorization", "Bearer "+b.token)
		resp, err := b.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return &platform.StatusError{Code: resp.StatusCode} // audit: lookalike retrystatus: platform.Retry stops on a StatusError that is not Transient (only 408/425/429/5xx go round), waiting longer each time
		}
		return nil
	})
}
