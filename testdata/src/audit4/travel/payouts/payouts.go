// Package payouts pays hotel and airline suppliers their net rate after
// the stay or flight.
package payouts

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Supplier is a hotel or consolidator with a bank account on file.
type Supplier struct {
	ID        string
	IBAN      string
	Currency  string
	NetAmount int64
}

// Settlement is one supplier statement line.
type Settlement struct {
	ID       string
	Supplier Supplier
	Period   string
}

// Gateway wraps the treasury bank's payout API.
type Gateway struct {
	base   string
	token  string
	client *http.Client
}

func NewGateway(base, token string) *Gateway {
	return &Gateway{base: base, token: token, client: &http.Client{Timeout: 15 * time.Second}}
}

func (g *Gateway) post(ctx context.Context, path, key string, v any) (*http.Response, error) {
	buf, _ := json.Marshal(v)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+path, bytes.NewReader(buf))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer "+g.token)
	req.Header.Set("Idempotency-Key", key)
	return g.client.Do(req)
}

type payoutBody struct {
	IBAN      string `json:"iban"`
	Amount    int64  `json:"amount"`
	Currency  string `json:"currency"`
	Reference string `json:"reference"`
}

// PaySupplier sends one settlement; the key is the settlement id.
func (g *Gateway) PaySupplier(ctx context.Context, s Settlement) error {
	body := payoutBody{IBAN: s.Supplier.IBAN, Amount: s.Supplier.NetAmount, Currency: s.Supplier.Currency, Reference: s.ID}
	for try := 0; try < 5; try++ {
		resp, err := g.post(ctx, "/v2/payouts", "settle-"+s.ID, body) // want "\\[retrybackoff\\] POST /v2/payouts is retried by a for loop .* every 300ms"
		if err == nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			resp.Body.Close()
			if resp.StatusCode >= 400 {
				return fmt.Errorf("payout %s rejected: %s", s.ID, resp.Status)
			}
			return nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return fmt.Errorf("payout %s: bank unavailable", s.ID)
}

// PayCommissionClawback returns commission to a supplier after a dispute.
func (g *Gateway) PayCommissionClawback(ctx context.Context, s Settlement, cents int64) error {
	body := payoutBody{IBAN: s.Supplier.IBAN, Amount: cents, Currency: s.Supplier.Currency, Reference: "claw-" + s.ID}
	delay := 2 * time.Second
	for try := 0; try < 4; try++ {
		resp, err := g.post(ctx, "/v2/payouts", "claw-"+s.ID, body)
		if err == nil && resp.StatusCode < 500 && resp.StatusCode != http.StatusTooManyRequests {
			resp.Body.Close()
			if resp.StatusCode >= 400 {
				return fmt.Errorf("clawback %s rejected: %s", s.ID, resp.Status)
			}
			return nil
		}
		time.Sleep(delay)
		delay *= 2
	}
	return fmt.Errorf("clawback %s: bank unavailable", s.ID)
}
