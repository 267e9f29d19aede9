// Package fast: an ACH client sends every call through
// call(verb, route); AwaitACH reads one transfer (GET
// /v1/ach-transfers/{id}, the resource written with a hyphen) every
// checkEvery, a 800ms constant of another file.
package fast

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
	if err := b.call(ctx, http.MethodGet, "/v1/ach-transfers/"+id, &a); err != nil {
		return nil, err
	}
	return &a, nil
}
