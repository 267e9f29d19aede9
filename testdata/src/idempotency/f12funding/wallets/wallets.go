// Package wallets loads driver wallets: an amount POSTed to a wallet's
// funding moves money onto it, and a hand-written retry re-sends it.
package wallets

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Wallets struct {
	hc   *http.Client
	base string
}

// TopUp: no key, retried on every failure.
func (w *Wallets) TopUp(ctx context.Context, walletID string, cents int64) error {
	body, _ := json.Marshal(struct {
		Amount   int64  `json:"amount"`
		Currency string `json:"currency"`
	}{Amount: cents, Currency: "EUR"})
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.base+"/v2/wallets/"+walletID+"/funding", bytes.NewReader(body))
		resp, err := w.hc.Do(req) // want `POST /v2/wallets/\{\}/funding is retried by a for loop \(line 25\) without an idempotency key`
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("top up %s: gave up", walletID)
}

// TopUpKeyed: the same load with a key made once.
func (w *Wallets) TopUpKeyed(ctx context.Context, walletID, loadID string, cents int64) error {
	body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR"})
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, w.base+"/v2/wallets/"+walletID+"/funding", bytes.NewReader(body))
		req.Header.Set("Idempotency-Key", "load-"+loadID)
		resp, err := w.hc.Do(req)
		if err == nil && resp.StatusCode < 300 {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("top up %s: gave up", walletID)
}
