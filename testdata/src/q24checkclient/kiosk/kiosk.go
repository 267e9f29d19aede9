// Package kiosk: a ticket kiosk charging cards through a retrying
// go-retryablehttp client, beside a geocoding client of its own whose
// CheckRetry retries every failed answer. Only the payment client's
// CheckRetry is judged.
package kiosk

import (
	"context"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// Kiosk holds both clients.
type Kiosk struct {
	pay *retryablehttp.Client
	geo *retryablehttp.Client
}

// New builds the clients: the payment one retries every non-2xx (the
// mistake), the geocoder's likewise (its answers cost no money).
func New() *Kiosk {
	pay := retryablehttp.NewClient()
	pay.RetryMax = 4
	pay.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		return resp.StatusCode >= 400, nil // want `payment requests are retried by the retryablehttp client's CheckRetry \(line 25\): every non-2xx status is retried`
	}
	return &Kiosk{
		pay: pay,
		geo: &retryablehttp.Client{RetryMax: 6, CheckRetry: func(ctx context.Context, resp *http.Response, err error) (bool, error) {
			return err != nil || resp.StatusCode != http.StatusOK, nil
		}},
	}
}

// Charge takes a ticket's price off a card, keyed by the ticket.
func (k *Kiosk) Charge(ctx context.Context, ticketID string, body []byte) error {
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, "https://api.cardhub.example/v2/charges", body)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", "tkt-"+ticketID)
	resp, err := k.pay.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// Locate asks the geocoder where a kiosk stands.
func (k *Kiosk) Locate(ctx context.Context, address string) error {
	resp, err := k.geo.Get("https://geo.example/v1/search?q=" + address)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

// tune sets the retry policy of a client its caller hands in and probes
// it: the client may be the payment one, so its CheckRetry is judged.
func tune(c *retryablehttp.Client) {
	c.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		return err != nil || resp.StatusCode >= 400, nil // want `payment requests are retried by the retryablehttp client's CheckRetry \(line 65\): every non-2xx status is retried`
	}
	_, _ = c.Head("https://status.cardhub.example/ping")
}
