// Package methods: the same kind of dispatcher reading a saved bank
// account (GET /v1/payment-methods/{id}) every 800ms until it is
// verified: a payment method is no payment, and its verification no
// payment status.
package methods

import (
	"context"
	"encoding/json"
	"net/http"
)

type ACH struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

type Bank struct {
	url string
	hc  *http.Client
}

func (b *Bank) call(ctx context.Context, verb, route string, dst any) error {
	req, err := http.NewRequestWithContext(ctx, verb, b.url+route, nil)
	if err != nil {
		return err
	}
	res, err := b.hc.Do(req)
	if err != nil {
		return err
	}
	defer res.Body.Close()
	return json.NewDecoder(res.Body).Decode(dst)
}

func (b *Bank) Transfer(ctx context.Context, id string) (*ACH, error) {
	var a ACH
	if err := b.call(ctx, http.MethodGet, "/v1/payment-methods/"+id, &a); err != nil {
		return nil, err
	}
	return &a, nil
}
