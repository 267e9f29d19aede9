// Package psp is a shop's client of its payment provider: Status turns a
// FAILED payment into an error, Peek returns every state as a value.
package psp

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
)

// ErrDeclined: the payment ended FAILED or EXPIRED.
var ErrDeclined = errors.New("payment declined")

type payment struct {
	Status string `json:"status"`
}

func get(ctx context.Context, hc *http.Client, id string) (*payment, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, "https://api.hilt.example/v1/payments/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var p payment
	if err := json.NewDecoder(resp.Body).Decode(&p); err != nil {
		return nil, err
	}
	return &p, nil
}

// Status returns the payment's state; a payment that failed or expired
// is an error.
func Status(ctx context.Context, hc *http.Client, id string) (string, error) {
	p, err := get(ctx, hc, id)
	if err != nil {
		return "", err
	}
	switch p.Status {
	case "FAILED", "EXPIRED":
		return "", ErrDeclined
	}
	return p.Status, nil
}

// Peek returns the payment's state, whatever it is.
func Peek(ctx context.Context, hc *http.Client, id string) (string, error) {
	p, err := get(ctx, hc, id)
	if err != nil {
		return "", err
	}
	return p.Status, nil
}
