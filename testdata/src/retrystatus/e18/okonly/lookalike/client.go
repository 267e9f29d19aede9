// Package lookalike reads payments through the same kind of helper
// (status code and error) but retries only what can change, polls a
// payment's own state, or retries a call that is no payment's.
package lookalike

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Gateway struct {
	hc   *http.Client
	root string
}

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Rates struct {
	EURUSD float64 `json:"eur_usd"`
}

// get sends one GET and hands back the status of the answer.
func (g *Gateway) get(ctx context.Context, path string, into any) (int, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.root+path, nil)
	if err != nil {
		return 0, err
	}
	res, err := g.hc.Do(req)
	if err != nil {
		return 0, err
	}
	defer res.Body.Close()
	if res.StatusCode < 300 {
		if err := json.NewDecoder(res.Body).Decode(into); err != nil {
			return res.StatusCode, err
		}
	}
	return res.StatusCode, nil
}

// Payment gives up at once on a 4xx other than 429: only network errors,
// rate limits and server errors go round.
func (g *Gateway) Payment(ctx context.Context, id string) (*Payment, error) {
	var last error
	for try := 0; try < 3; try++ {
		p := new(Payment)
		code, err := g.get(ctx, "/v1/payments/"+id, p)
		if err == nil && code == http.StatusOK {
			return p, nil
		}
		if err == nil && code >= 400 && code < 500 && code != http.StatusTooManyRequests {
			return nil, fmt.Errorf("payment %s: status %d", id, code)
		}
		last = fmt.Errorf("payment %s: %d: %v", id, code, err)
		time.Sleep(time.Second << try)
	}
	return nil, last
}

// AwaitCaptured polls the payment's own state until it is final: the
// answer's code only says whether this round's read went through.
func (g *Gateway) AwaitCaptured(ctx context.Context, id string) (bool, error) {
	for try := 0; try < 20; try++ {
		time.Sleep(3 * time.Second)
		var p Payment
		code, err := g.get(ctx, "/v1/payments/"+id, &p)
		if err != nil || code != http.StatusOK {
			continue
		}
		switch p.Status {
		case "captured":
			return true, nil
		case "failed", "canceled":
			return false, nil
		}
	}
	return false, fmt.Errorf("payment %s: still pending", id)
}

// FXRates reads the exchange rates, trying again on anything but 200:
// no payment is read.
func (g *Gateway) FXRates(ctx context.Context) (*Rates, error) {
	var last error
	for try := 0; try < 3; try++ {
		r := new(Rates)
		code, err := g.get(ctx, "/v1/fx-rates", r)
		if err == nil && code == http.StatusOK {
			return r, nil
		}
		last = fmt.Errorf("rates: %d: %v", code, err)
		time.Sleep(time.Second)
	}
	return nil, last
}
