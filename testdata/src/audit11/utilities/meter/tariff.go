package meter

import (
	"context"
	"encoding/json"
	"log/slog"
	"sync"
	"time"

	"github.com/redis/go-redis/v9"
)

// Tariff is a price plan.
type Tariff struct {
	Code          string  `json:"code"`
	UnitPrice     float64 `json:"unit_price"`
	StandingDaily float64 `json:"standing_daily"`
	Version       int64   `json:"version"`
}

// TariffCache keeps the current tariffs in memory, refreshed from Redis
// whenever the pricing team publishes a new version.
type TariffCache struct {
	rdb *redis.Client
	mu  sync.RWMutex
	all map[string]Tariff
	ver string
}

func NewTariffCache(rdb *redis.Client) *TariffCache {
	return &TariffCache{rdb: rdb, all: map[string]Tariff{}}
}

func (c *TariffCache) Get(code string) (Tariff, bool) {
	c.mu.RLock()
	defer c.mu.RUnlock()
	t, ok := c.all[code]
	return t, ok
}

// Watch polls the published version key and reloads on change.
func (c *TariffCache) Watch(ctx context.Context) {
	for {
		select {
		case <-ctx.Done():
			return
		default:
		}
		ver, err := c.rdb.Get(ctx, "tariffs:version").Result()
		if err == nil && ver != c.ver {
			raw, err := c.rdb.Get(ctx, "tariffs:"+ver).Result()
			var next map[string]Tariff
			if err == nil && json.Unmarshal([]byte(raw), &next) == nil {
				c.mu.Lock()
				c.all, c.ver = next, ver
				c.mu.Unlock()
				slog.Info("tariffs reloaded", "version", ver)
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
}
