// Package partners holds clients for the non-payment services around
// policies: the quote engine, KYC, document rendering, SMS and fraud scores.
package partners

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
)

// QuoteRequest asks the pricing engine for a premium.
type QuoteRequest struct {
	Product  string `json:"product"`
	Age      int    `json:"age"`
	Postcode string `json:"postcode"`
	Cover    int64  `json:"cover_minor"`
}

// Quote is the engine's answer.
type Quote struct {
	ID           string `json:"id"`
	PremiumMinor int64  `json:"premium_minor"`
}

// Quotes calls the in-house pricing engine.
type Quotes struct {
	base string
	hc   *http.Client
}

func NewQuotes(base string) *Quotes {
	return &Quotes{base: base, hc: &http.Client{Timeout: 3 * time.Second}}
}

// Price asks for a quote; the engine is stateless, so a retry is harmless.
func (q *Quotes) Price(ctx context.Context, in QuoteRequest) (*Quote, error) {
	body, _ := json.Marshal(in)
	return retry.DoWithData(func() (*Quote, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, q.base+"/v1/quotes", bytes.NewReader(body))
		if err != nil {
			return nil, retry.Unrecoverable(err)
		}
		resp, err := q.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("quote engine: %s", resp.Status)
		}
		var out Quote
		return &out, json.NewDecoder(resp.Body).Decode(&out)
	}, retry.Attempts(3), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
}
