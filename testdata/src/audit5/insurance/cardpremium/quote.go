package cardpremium

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// QuoteEngine prices a renewal before we bill it (the rating service owned
// by the pricing team).
type QuoteEngine struct {
	URL  string
	HTTP *http.Client
}

type QuoteRequest struct {
	PolicyRef   string `json:"policy_ref"`
	Product     string `json:"product"`
	CoverAmount int64  `json:"cover_amount"`
	Currency    string `json:"currency"`
	Postcode    string `json:"postcode"`
}

type Quote struct {
	ID           string `json:"id"`
	PremiumMinor int64  `json:"premium_minor"`
}

// Price is pure: the same request gives the same quote, so it is retried
// on anything.
func (q *QuoteEngine) Price(ctx context.Context, in QuoteRequest) (*Quote, error) {
	body, _ := json.Marshal(in)
	var lastErr error
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, q.URL+"/v1/quotes", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		resp, err := q.HTTP.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			lastErr = fmt.Errorf("quote engine: %s", resp.Status)
			continue
		}
		var out Quote
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		return &out, err
	}
	return nil, lastErr
}
