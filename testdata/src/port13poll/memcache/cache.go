// Package memcache keeps charges in memory; it has the Fetcher shape but
// reads no provider.
package memcache

import (
	"context"
	"errors"
	"sync"

	"port13poll/recon"
)

// Cache holds charges.
type Cache struct {
	mu sync.Mutex
	m  map[string]*recon.Charge
}

// New returns an empty Cache.
func New() *Cache { return &Cache{m: map[string]*recon.Charge{}} }

// Fetch returns the cached charge.
func (c *Cache) Fetch(ctx context.Context, ref string) (*recon.Charge, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if ch, ok := c.m[ref]; ok {
		return ch, nil
	}
	return nil, errors.New("not cached")
}
