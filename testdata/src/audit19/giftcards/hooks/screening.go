package hooks

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// FraudScorer calls the in-house risk service.
type FraudScorer struct {
	URL  string
	HTTP *http.Client
}

// Screen returns a risk score between 0 and 1.
func (f *FraudScorer) Screen(ctx context.Context, clientID string, amountMinor int64, currency string) (float64, error) {
	payload, _ := json.Marshal(map[string]any{"client_id": clientID, "amount": amountMinor, "currency": currency})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, f.URL+"/v1/score", bytes.NewReader(payload))
		if err != nil {
			return 0, err
		}
		resp, err := f.HTTP.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		var out struct {
			Score float64 `json:"score"`
		}
		err = json.NewDecoder(resp.Body).Decode(&out)
		resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			lastErr = fmt.Errorf("risk: %s", resp.Status)
			continue
		}
		return out.Score, err
	}
	return 0, lastErr
}
