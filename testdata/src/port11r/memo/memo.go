// Package memo remembers captured references in memory: the Capturer
// shape, no payment call.
package memo

import (
	"context"
	"sync"
)

// Cache is an in-memory set of references.
type Cache struct {
	mu   sync.Mutex
	seen map[string]int64
}

// New returns a Cache.
func New() *Cache { return &Cache{seen: map[string]int64{}} }

// Capture records the reference.
func (c *Cache) Capture(ctx context.Context, pspRef string, amountMinor int64) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.seen[pspRef] = amountMinor
	return nil
}
