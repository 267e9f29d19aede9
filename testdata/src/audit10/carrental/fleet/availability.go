// Package fleet keeps branch availability cached, verifies driving
// licences, and talks to fleet partners' systems.
package fleet

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"time"

	"github.com/jmoiron/sqlx"
	"github.com/redis/go-redis/v9"
)

// Availability is the count of free cars per class at a branch.
type Availability struct {
	Branch  string         `json:"branch"`
	ByClass map[string]int `json:"by_class"`
	AsOf    time.Time      `json:"as_of"`
}

// Cache keeps availability in Redis, refreshed from Postgres.
type Cache struct {
	rdb *redis.Client
	db  *sqlx.DB
	log *slog.Logger
}

// NewCache returns a Cache.
func NewCache(rdb *redis.Client, db *sqlx.DB, log *slog.Logger) *Cache {
	return &Cache{rdb: rdb, db: db, log: log}
}

// Get returns a branch's cached availability.
func (c *Cache) Get(ctx context.Context, branch string) (*Availability, error) {
	raw, err := c.rdb.Get(ctx, "avail:"+branch).Result()
	if err != nil {
		return nil, err
	}
	var a Availability
	return &a, json.Unmarshal([]byte(raw), &a)
}

// WaitFresh waits until the cache for a branch was refreshed after t,
// so the counter app shows the car just returned.
func (c *Cache) WaitFresh(ctx context.Context, branch string, t time.Time) (*Availability, error) {
	for i := 0; i < 20; i++ {
		a, err := c.Get(ctx, branch)
		if err == nil && a.AsOf.After(t) {
			return a, nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return nil, fmt.Errorf("availability for %s not refreshed", branch)
}

// Refresh recomputes every branch's availability until ctx ends.
func (c *Cache) Refresh(ctx context.Context) {
	for {
		var rows []struct {
			Branch string `db:"branch"`
			Class  string `db:"class"`
			Free   int    `db:"free"`
		}
		if err := c.db.SelectContext(ctx, &rows,
			`SELECT branch, class, count(*) AS free FROM vehicles WHERE state = 'available' GROUP BY branch, class`); err != nil {
			c.log.Warn("availability refresh", "err", err)
		}
		by := map[string]*Availability{}
		now := time.Now()
		for _, r := range rows {
			a, ok := by[r.Branch]
			if !ok {
				a = &Availability{Branch: r.Branch, ByClass: map[string]int{}, AsOf: now}
				by[r.Branch] = a
			}
			a.ByClass[r.Class] = r.Free
		}
		for b, a := range by {
			raw, _ := json.Marshal(a)
			c.rdb.Set(ctx, "avail:"+b, raw, time.Minute)
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
	}
}
