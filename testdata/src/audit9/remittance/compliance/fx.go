package compliance

import (
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// RateCache keeps mid-market rates in Redis for quoting.
type RateCache struct {
	rdb *redis.Client
	ttl time.Duration
}

// NewRateCache returns a cache with the given TTL.
func NewRateCache(rdb *redis.Client, ttl time.Duration) *RateCache {
	return &RateCache{rdb: rdb, ttl: ttl}
}

func rateKey(pair string) string { return "fx:mid:" + pair }

// Get returns the cached rate for pair ("GBPKES").
func (c *RateCache) Get(ctx context.Context, pair string) (float64, bool) {
	v, err := c.rdb.Get(ctx, rateKey(pair)).Result()
	if err != nil {
		return 0, false
	}
	f, err := strconv.ParseFloat(v, 64)
	return f, err == nil
}

// Warm stores every rate of a snapshot.
func (c *RateCache) Warm(ctx context.Context, rates map[string]float64) {
	for pair, r := range rates {
		if err := c.rdb.Set(ctx, rateKey(pair), strconv.FormatFloat(r, 'f', -1, 64), c.ttl).Err(); err != nil {
			log.Printf("cache %s: %v", pair, err)
		}
	}
}

// RateFeed pulls mid-market rates from the market-data vendor.
type RateFeed struct {
	url   string
	hc    *http.Client
	cache *RateCache

	mu     sync.RWMutex
	latest map[string]float64
}

// NewRateFeed returns a feed writing into cache.
func NewRateFeed(url string, cache *RateCache) *RateFeed {
	return &RateFeed{url: url, hc: &http.Client{Timeout: 2 * time.Second}, cache: cache, latest: map[string]float64{}}
}

// Run refreshes rates twice a second until ctx ends; quotes are priced
// from the latest tick.
func (f *RateFeed) Run(ctx context.Context) {
	ticker := time.NewTicker(500 * time.Millisecond)
	defer ticker.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-ticker.C:
		}
		rates, err := f.fetch(ctx)
		if err != nil {
			log.Printf("fx feed: %v", err)
			continue
		}
		f.mu.Lock()
		f.latest = rates
		f.mu.Unlock()
		f.cache.Warm(ctx, rates)
	}
}

func (f *RateFeed) fetch(ctx context.Context) (map[string]float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, f.url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := f.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("rates: %s", resp.Status)
	}
	var out map[string]float64
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// Mid returns the latest rate for pair.
func (f *RateFeed) Mid(pair string) (float64, bool) {
	f.mu.RLock()
	defer f.mu.RUnlock()
	r, ok := f.latest[pair]
	return r, ok
}
