// Package tiller retries only what may change: silent.
package tiller

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
)

// Client is a payment client whose condition retries 429 and 5xx only.
type Client struct{ rc *resty.Client }

// New builds the client.
func New() *Client {
	rc := resty.New().SetBaseURL("https://api.tiller.example/v1").SetRetryCount(3)
	rc.AddRetryCondition(func(r *resty.Response, err error) bool {
		return err != nil || r.StatusCode() == http.StatusTooManyRequests || r.StatusCode() >= 500
	})
	return &Client{rc: rc}
}

// Pay creates a payment.
func (c *Client) Pay(ctx context.Context, key string, amount int64) error {
	_, err := c.rc.R().SetContext(ctx).SetHeader("Idempotency-Key", key).SetBody(map[string]any{"amount": amount}).Post("/payments")
	return err
}

// Forecasts is another client of the package, for the weather: its
// condition retries every error, but it sends no payment.
var Forecasts = resty.New().SetBaseURL("https://api.weather.example").SetRetryCount(5)

func init() {
	Forecasts.AddRetryCondition(func(r *resty.Response, err error) bool { return err != nil || r.StatusCode() >= 400 })
}

// Rain reads tomorrow's forecast.
func Rain(ctx context.Context, city string) error {
	_, err := Forecasts.R().SetContext(ctx).Get("/forecast/" + city)
	return err
}
