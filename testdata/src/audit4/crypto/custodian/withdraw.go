package custodian

import (
	"context"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
)

// Withdrawal is a row of the withdrawals table.
type Withdrawal struct {
	ID        string
	Asset     string
	Amount    string
	ToAddress string
	UserID    int64
}

// Broadcast sends a withdrawal to the custodian, retrying network errors.
func (c *Client) Broadcast(ctx context.Context, w Withdrawal) error {
	var lastErr error
	for attempt := 0; attempt < c.cfg.MaxTries; attempt++ {
		req := TransferRequest{
			AssetID:      w.Asset,
			Amount:       w.Amount,
			Source:       c.cfg.VaultID,
			Destination:  w.ToAddress,
			ExternalTxID: uuid.NewString(), // the custodian transfer (POST /v1/transactions, externalTxId is its idempotency key) is retried with a new uuid per attempt, so a lost response sends the coins twice (reported on the post below; found after the blind run)
		}
		resp, err := c.post("/v1/transactions", req) // want "\\[idempotency\\] POST /v1/transactions is retried by a for loop .line 24. with an idempotency key made anew on every attempt"
		if err == nil && resp.StatusCode < 300 {     // want "\\[retrystatus\\] POST /v1/transactions is retried by a for loop .line 24.: every non-2xx status is retried"
			resp.Body.Close()
			return nil
		}
		if err == nil {
			resp.Body.Close()
			lastErr = fmt.Errorf("custodian: status %d", resp.StatusCode)
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(attempt+1) * 2 * time.Second)
	}
	return lastErr
}

// BroadcastStable is the fixed version used by the v2 worker: the
// externalTxId is the withdrawal id, and only 5xx/429 go round again.
func (c *Client) BroadcastStable(ctx context.Context, w Withdrawal) error {
	req := TransferRequest{
		AssetID:      w.Asset,
		Amount:       w.Amount,
		Source:       c.cfg.VaultID,
		Destination:  w.ToAddress,
		ExternalTxID: "wd-" + w.ID,
	}
	wait := time.Second
	for attempt := 1; ; attempt++ {
		resp, err := c.post("/v1/transactions", req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
			if resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
				return fmt.Errorf("custodian rejected withdrawal %s: %d", w.ID, resp.StatusCode)
			}
		}
		if attempt == c.cfg.MaxTries {
			return fmt.Errorf("custodian: giving up on %s", w.ID)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(wait):
		}
		wait *= 2
	}
}

// SweepToCold moves hot-wallet surplus to cold storage. Stable key, but any
// non-201 answer (400 insufficient funds, 422 bad address) is retried.
func (c *Client) SweepToCold(ctx context.Context, asset, amount, coldVault, sweepID string) error {
	req := TransferRequest{AssetID: asset, Amount: amount, Source: c.cfg.VaultID,
		Destination: coldVault, ExternalTxID: "sweep-" + sweepID}
	for attempt := 0; attempt < 5; attempt++ {
		resp, err := c.post("/v1/transactions", req)
		if err != nil {
			time.Sleep(3 * time.Second)
			continue
		}
		resp.Body.Close()
		if resp.StatusCode != http.StatusCreated { // want "\\[retrystatus\\] POST /v1/transactions is retried by a for loop .line 87.: every non-2xx status is retried"
			time.Sleep(3 * time.Second)
			continue
		}
		return nil
	}
	return fmt.Errorf("sweep %s failed", sweepID)
}

// TopUpGasWallet refills the gas station with a stable key, but hammers the
// API with a fixed 100ms pause between tries.
func (c *Client) TopUpGasWallet(amount, topupID string) error {
	req := TransferRequest{AssetID: "ETH", Amount: amount, Source: c.cfg.VaultID,
		Destination: "gas-station", ExternalTxID: "gas-" + topupID}
	var err error
	for i := 0; i < 10; i++ {
		var resp *http.Response
		resp, err = c.post("/v1/transactions", req) // want "\\[retrybackoff\\] POST /v1/transactions is retried by a for loop .line 109. every 100ms"
		if err == nil && resp.StatusCode < 500 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(100 * time.Millisecond) // the custodian transfer is retried every 100ms, a fixed wait that does not grow (reported on the post above; found after the blind run)
	}
	return err
}
