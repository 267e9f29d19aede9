// Package partners holds clients for the non-payment vendors: the credit
// bureau, KYC, SMS, device intelligence and document rendering.
package partners

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/redis/go-redis/v9"
)

// Bureau looks up credit scores.
type Bureau struct {
	base  string
	key   string
	http  *http.Client
	cache *redis.Client
}

// NewBureau returns a bureau client.
func NewBureau(base, key string, cache *redis.Client) *Bureau {
	return &Bureau{base: base, key: key, http: &http.Client{Timeout: 10 * time.Second}, cache: cache}
}

// Score is a bureau report summary.
type Score struct {
	NationalID string `json:"national_id"`
	Score      int    `json:"score"`
	Band       string `json:"band"`
}

// Score fetches a borrower's score, retrying any failure a few times.
func (b *Bureau) Score(ctx context.Context, nationalID string) (*Score, error) {
	if v, err := b.cache.Get(ctx, "score:"+nationalID).Result(); err == nil && v != "" {
		var s Score
		if json.Unmarshal([]byte(v), &s) == nil {
			return &s, nil
		}
	}
	op := func() (*Score, error) {
		body, _ := json.Marshal(map[string]string{"national_id": nationalID, "product": "microloan"})
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, b.base+"/v2/enquiries", bytes.NewReader(body))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		req.Header.Set("X-Api-Key", b.key)
		resp, err := b.http.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("bureau: status %d", resp.StatusCode)
		}
		var s Score
		return &s, json.NewDecoder(resp.Body).Decode(&s)
	}
	s, err := backoff.RetryWithData(op, backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 3))
	if err != nil {
		return nil, err
	}
	if buf, err := json.Marshal(s); err == nil {
		b.cache.Set(ctx, "score:"+nationalID, buf, 24*time.Hour)
	}
	return s, nil
}

// WarmScores refreshes the cached scores of a batch of borrowers.
func (b *Bureau) WarmScores(ctx context.Context, ids []string) {
	for _, id := range ids {
		if _, err := b.Score(ctx, id); err != nil {
			continue
		}
		time.Sleep(100 * time.Millisecond)
	}
}
