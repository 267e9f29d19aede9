package workspace

import (
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

// TimerState is the desktop tracker's session as reported by its relay.
type TimerState struct {
	SessionID string `json:"session_id"`
	Running   bool   `json:"running"`
	Seconds   int64  `json:"seconds"`
}

// TimeSync mirrors live time-tracking sessions into Redis for the web UI.
type TimeSync struct {
	relay string
	http  *http.Client
	cache *redis.Client
}

// NewTimeSync returns a syncer.
func NewTimeSync(relay string, cache *redis.Client) *TimeSync {
	return &TimeSync{relay: relay, http: &http.Client{Timeout: 3 * time.Second}, cache: cache}
}

// Follow copies the session's running total until it stops.
func (t *TimeSync) Follow(ctx context.Context, sessionID string) error {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.relay+"/sessions/"+sessionID, nil)
		if err != nil {
			return err
		}
		resp, err := t.http.Do(req)
		if err != nil {
			continue
		}
		var st TimerState
		err = json.NewDecoder(resp.Body).Decode(&st)
		resp.Body.Close()
		if err != nil {
			continue
		}
		t.cache.Set(ctx, "timer:"+sessionID, st.Seconds, time.Hour)
		if !st.Running {
			return nil
		}
	}
}

// WarmContractSummaries precomputes dashboard counters.
func (t *TimeSync) WarmContractSummaries(ctx context.Context, totals map[string]int64) error {
	for contractID, secs := range totals {
		if err := t.cache.Set(ctx, "contract:hours:"+contractID, secs/3600, 6*time.Hour).Err(); err != nil {
			return err
		}
	}
	return nil
}
