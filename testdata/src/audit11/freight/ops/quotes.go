package ops

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/google/uuid"
	"github.com/redis/go-redis/v9"
)

// Quote is a spot-rate quote for a lane.
type Quote struct {
	Lane      string `json:"lane"`
	RateCents int64  `json:"rate_cents"`
	ValidTill string `json:"valid_till"`
}

// Quoter asks the rate-benchmark service for lane rates and caches them.
type Quoter struct {
	base  string
	hc    *http.Client
	cache *redis.Client
}

// NewQuoter returns a Quoter.
func NewQuoter(base string, cache *redis.Client) *Quoter {
	return &Quoter{base: base, hc: &http.Client{Timeout: 4 * time.Second}, cache: cache}
}

// Quote prices a lane (origin, destination, equipment).
func (q *Quoter) Quote(ctx context.Context, origin, dest, equipment string) (*Quote, error) {
	lane := origin + ">" + dest + ":" + equipment
	if raw, err := q.cache.Get(ctx, "quote:"+lane).Result(); err == nil {
		var cached Quote
		if json.Unmarshal([]byte(raw), &cached) == nil {
			return &cached, nil
		}
	}
	body, _ := json.Marshal(map[string]string{"origin": origin, "destination": dest, "equipment": equipment})
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, q.base+"/v1/quotes", bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := q.hc.Do(req)
		if err != nil {
			lastErr = err
			continue
		}
		if resp.StatusCode != http.StatusOK {
			resp.Body.Close()
			lastErr = fmt.Errorf("quotes: %s: %d", lane, resp.StatusCode)
			continue
		}
		var qt Quote
		err = json.NewDecoder(resp.Body).Decode(&qt)
		resp.Body.Close()
		if err != nil {
			return nil, err
		}
		raw, _ := json.Marshal(qt)
		q.cache.Set(ctx, "quote:"+lane, raw, 15*time.Minute)
		return &qt, nil
	}
	return nil, lastErr
}

// OCR extracts fields from bills of lading and proof-of-delivery scans.
type OCR struct {
	base string
	hc   *http.Client
}

// NewOCR returns an OCR client.
func NewOCR(base string) *OCR { return &OCR{base: base, hc: &http.Client{Timeout: 30 * time.Second}} }

// Extract submits a scanned document and returns the recognised fields.
func (o *OCR) Extract(ctx context.Context, docID string, scan []byte) (map[string]string, error) {
	return backoff.RetryWithData(func() (map[string]string, error) {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, o.base+"/ocr/jobs?doc="+docID, bytes.NewReader(scan))
		if err != nil {
			return nil, backoff.Permanent(err)
		}
		req.Header.Set("Content-Type", "application/pdf")
		resp, err := o.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode >= 300 {
			return nil, fmt.Errorf("ocr: %s: %d", docID, resp.StatusCode)
		}
		fields := map[string]string{}
		return fields, json.NewDecoder(resp.Body).Decode(&fields)
	}, backoff.WithMaxRetries(backoff.NewConstantBackOff(200*time.Millisecond), 5))
}
