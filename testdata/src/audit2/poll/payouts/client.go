// Package payouts confirms card payments of a marketplace before paying sellers
// out, and keeps the FX rates cache warm.
package payouts

import (
	"context"
	"encoding/json"
	"net/http"
)

// API is the acquirer's REST API.
type API struct {
	Base string
	HC   *http.Client
}

type paymentView struct {
	ID     string `json:"id"`
	Status string `json:"status"` // PENDING, CONFIRMED, FAILED
}

// Payment reads one payment.
func (a *API) Payment(ctx context.Context, id string) (*paymentView, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.Base+"/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := a.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v paymentView
	return &v, json.NewDecoder(resp.Body).Decode(&v)
}

// Rates reads FX rates.
func (a *API) Rates(ctx context.Context) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.Base+"/fx/rates", nil)
	if err != nil {
		return nil, err
	}
	resp, err := a.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	out := map[string]float64{}
	return out, json.NewDecoder(resp.Body).Decode(&out)
}
