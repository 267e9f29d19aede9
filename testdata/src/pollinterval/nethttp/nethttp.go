// Package nethttp polls GET /v1/payments/{id} with net/http directly.
package nethttp

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type payment struct {
	Status string `json:"status"`
}

var errStuck = errors.New("payment stuck")

func waitConfirmed(ctx context.Context, hc *http.Client, base, id string) (string, error) {
	for attempt := 0; attempt < 60; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/payments/"+id, nil)
		if err != nil {
			return "", err
		}
		resp, err := hc.Do(req)
		if err != nil {
			return "", err
		}
		var p payment
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err != nil {
			return "", err
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return p.Status, nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return "", errStuck
}

// Silent: a sweep over many payments, one GET each.
func sweep(ctx context.Context, hc *http.Client, base string, ids []string) {
	for _, id := range ids {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/v1/payments/"+id, nil)
		if resp, err := hc.Do(req); err == nil {
			resp.Body.Close()
		}
		time.Sleep(50 * time.Millisecond)
	}
}
