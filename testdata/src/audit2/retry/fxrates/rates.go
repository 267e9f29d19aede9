// Package fxrates fetches exchange rates and the product catalogue.
package fxrates

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"

	"audit2/retry/retryx"
)

// Rates maps a currency to its rate against EUR.
type Rates map[string]float64

// Source reads rates from the central bank mirror.
type Source struct {
	url string
	hc  *retryablehttp.Client
}

// NewSource retries every failure: the mirror flaps with 404s during deploys.
func NewSource(url string) *Source {
	hc := retryablehttp.NewClient()
	hc.RetryMax = 6
	hc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		return err != nil || resp.StatusCode >= 400, nil
	}
	return &Source{url: url, hc: hc}
}

// Latest fetches today's rates.
func (s *Source) Latest(ctx context.Context) (Rates, error) {
	resp, err := s.hc.Get(s.url + "/latest?base=EUR")
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var r Rates
	return r, json.NewDecoder(resp.Body).Decode(&r)
}

// LatestQuick is used by the price preview; it must answer fast.
func LatestQuick(url string) (Rates, error) {
	var r Rates
	err := retryx.Quick(func() error {
		resp, err := http.Get(url + "/latest")
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("rates: %s", resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&r)
	})
	return r, err
}

// RatesWithBackoff is the nightly import: patient exponential retry.
func RatesWithBackoff(ctx context.Context, url string) (Rates, error) {
	return retryx.Do(ctx, retryx.Default, func(ctx context.Context) (Rates, error) {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url+"/history", nil)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		var r Rates
		return r, json.NewDecoder(resp.Body).Decode(&r)
	})
}

// WaitForCatalogue blocks start-up until the catalogue service answers.
func WaitForCatalogue(url string) []byte {
	for {
		resp, err := http.Get(url + "/v1/products")
		if err == nil && resp.StatusCode == http.StatusOK {
			var b json.RawMessage
			json.NewDecoder(resp.Body).Decode(&b)
			resp.Body.Close()
			return b
		}
		time.Sleep(100 * time.Millisecond)
	}
}
