package hooks

import (
	"context"
	"sync"

	"github.com/go-resty/resty/v2"
)

// RiskAPI asks the in-house risk service, three tries at most.
type RiskAPI struct{ Client *resty.Client }

// Assess posts the credit to the risk service and returns its score.
func (a *RiskAPI) Assess(ctx context.Context, account string, cents int64) (int, error) {
	var out struct {
		Score int `json:"score"`
	}
	var err error
	for try := 0; try < 3; try++ {
		_, err = a.Client.R().SetContext(ctx).
			SetBody(map[string]any{"account": account, "cents": cents}).
			SetResult(&out).
			Post("/v2/assessments")
		if err == nil {
			return out.Score, nil
		}
	}
	return 0, err
}

// LimitCache keeps the day's received totals in memory.
type LimitCache struct {
	mu    sync.Mutex
	Today map[string]int64
	Max   int64
}

// Allowed reads the account's total for the day.
func (c *LimitCache) Allowed(ctx context.Context, account string, cents int64) bool {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.Today[account]+cents <= c.Max
}
