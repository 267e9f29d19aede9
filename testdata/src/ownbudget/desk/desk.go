// Package desk waits at the counter for a card payment's outcome.
package desk

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"ownbudget/waitfor"
)

// Payment is the provider's payment.
type Payment struct {
	Status string `json:"status"`
}

func read(ctx context.Context, id string) (*Payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.pay.example/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p Payment
	return &p, json.NewDecoder(resp.Body).Decode(&p)
}

// AwaitCounter waits up to two minutes: the helper's own deadline bounds
// it though the context never ends.
func AwaitCounter(id string) (bool, error) {
	return waitfor.Within(context.Background(), 2*time.Minute, 3*time.Second, func(ctx context.Context) (bool, error) {
		p, err := read(ctx, id)
		if err != nil {
			return false, err
		}
		return p.Status == "succeeded" || p.Status == "failed", nil
	})
}

// AwaitKiosk waits through the helper with a context of its own.
func AwaitKiosk(id string) (bool, error) {
	return waitfor.Budgeted(context.Background(), time.Minute, 3*time.Second, func(ctx context.Context) (bool, error) {
		p, err := read(ctx, id)
		if err != nil {
			return false, err
		}
		return p.Status == "succeeded" || p.Status == "failed", nil
	})
}

// AwaitForever hands the context-bounded helper a context that never ends.
func AwaitForever(id string) (bool, error) {
	return waitfor.Until(context.Background(), 3*time.Second, func(ctx context.Context) (bool, error) { // want `waitfor\.Until polling payment id has no bound: no ctx\.Done\(\), deadline, attempt cap or timeout`
		p, err := read(ctx, id)
		if err != nil {
			return false, err
		}
		return p.Status == "succeeded" || p.Status == "failed", nil
	})
}
