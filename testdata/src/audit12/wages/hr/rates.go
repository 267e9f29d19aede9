package hr

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Rates caches FX rates used to show wages in the worker's currency.
type Rates struct {
	hc    *http.Client
	rdb   *redis.Client
	feed  string
	mu    sync.Mutex
	local map[string]float64
}

// NewRates builds the cache.
func NewRates(hc *http.Client, rdb *redis.Client, feed string) *Rates {
	return &Rates{hc: hc, rdb: rdb, feed: feed, local: map[string]float64{}}
}

// Rate returns the rate for a pair like USD/INR.
func (r *Rates) Rate(ctx context.Context, pair string) (float64, error) {
	r.mu.Lock()
	v, ok := r.local[pair]
	r.mu.Unlock()
	if ok {
		return v, nil
	}
	if s, err := r.rdb.Get(ctx, "fx:"+pair).Result(); err == nil {
		if f, err := strconv.ParseFloat(s, 64); err == nil {
			return f, nil
		}
	}
	return r.refresh(ctx, pair)
}

func (r *Rates) refresh(ctx context.Context, pair string) (float64, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, r.feed+"/latest?pair="+pair, nil)
		resp, err := r.hc.Do(req)
		if err != nil {
			lastErr = err
			time.Sleep(200 * time.Millisecond)
			continue
		}
		var body struct {
			Rate float64 `json:"rate"`
		}
		err = json.NewDecoder(resp.Body).Decode(&body)
		resp.Body.Close()
		if err != nil {
			return 0, err
		}
		r.mu.Lock()
		r.local[pair] = body.Rate
		r.mu.Unlock()
		r.rdb.Set(ctx, "fx:"+pair, strconv.FormatFloat(body.Rate, 'f', -1, 64), 10*time.Minute)
		return body.Rate, nil
	}
	return 0, fmt.Errorf("fx %s: %w", pair, lastErr)
}

// Warm refreshes the pairs shown on the dashboard every few seconds.
func (r *Rates) Warm(ctx context.Context, pairs []string) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for i := 0; ; i = (i + 1) % len(pairs) {
		if _, err := r.refresh(ctx, pairs[i]); err != nil {
			continue
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}
