// Package invoicepoll waits for invoices paid by bank redirect (iDEAL, SEPA
// instant, 3DS on Chargebee's hosted page) to settle before unlocking
// the workspace, for customers whose webhooks we cannot receive (on-prem).
package invoicepoll

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"
)

type API struct {
	site, key string
	hc        *http.Client
}

func NewAPI(site, key string) *API {
	return &API{site: site, key: key, hc: &http.Client{Timeout: 10 * time.Second}}
}

type Invoice struct {
	ID     string `json:"id"`
	Status string `json:"status"` // paid, payment_due, not_paid, voided, pending
}

// Invoice reads one invoice (GET /api/v2/invoices/{id}).
func (a *API) Invoice(ctx context.Context, id string) (*Invoice, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.site+"/api/v2/invoices/"+id, nil)
	if err != nil {
		return nil, err
	}
	req.SetBasicAuth(a.key, "")
	resp, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("invoice %s: %s", id, resp.Status)
	}
	var out struct {
		Invoice Invoice `json:"invoice"`
	}
	if err := json.NewDecoder(resp.Body).Decode(&out); err != nil {
		return nil, err
	}
	return &out.Invoice, nil
}

var errNotYet = errors.New("not settled yet")

// every calls fn every d until it returns nil or a non-errNotYet error, or
// ctx ends.
func every(ctx context.Context, d time.Duration, fn func() error) error {
	for {
		err := fn()
		if !errors.Is(err, errNotYet) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(d):
		}
	}
}
