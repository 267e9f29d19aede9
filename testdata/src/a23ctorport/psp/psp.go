// Package psp holds the payment clients; constructors hand them back
// behind the rent.Collector interface.
package psp

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"a23ctorport/rent"
)

type cardClient struct {
	hc     *http.Client
	apiKey string
}

// NewCardClient returns the live client as a rent.Collector: every call
// returns the same concrete type.
func NewCardClient(apiKey string) rent.Collector {
	return &cardClient{hc: http.DefaultClient, apiKey: apiKey}
}

// Collect charges the tenant's card; it sends no idempotency key.
func (c *cardClient) Collect(ctx context.Context, d rent.Due) (string, error) {
	body, _ := json.Marshal(map[string]any{"amount": d.AmountMinor, "currency": "USD", "customer": d.Tenant})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://api.cardpsp.example/v1/charges", bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Authorization", "Bearer "+c.apiKey)
	resp, err := c.hc.Do(req)
	if err != nil {
		return "", err
	}
	defer resp.Body.Close()
	var out struct{ ID string }
	return out.ID, json.NewDecoder(resp.Body).Decode(&out)
}

type dryRun struct{}

func (dryRun) Collect(ctx context.Context, d rent.Due) (string, error) { return "dry-" + d.Tenant, nil }

// NewCollector picks the live client or a dry run: which one a call
// returns depends on its argument.
func NewCollector(live bool, apiKey string) rent.Collector {
	if live {
		return &cardClient{hc: http.DefaultClient, apiKey: apiKey}
	}
	return dryRun{}
}

// Wrap returns what another constructor made: not known here.
func Wrap(apiKey string) rent.Collector {
	return NewCollector(true, apiKey)
}
