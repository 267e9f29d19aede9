package tenantops

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

// Meters reads utility meters through the sub-metering gateway.
type Meters struct {
	baseURL string
	hc      *http.Client
	cache   *redis.Client
}

// NewMeters returns a Meters client.
func NewMeters(baseURL string, cache *redis.Client) *Meters {
	return &Meters{baseURL: baseURL, hc: &http.Client{Timeout: 5 * time.Second}, cache: cache}
}

type readingJob struct {
	ID     string  `json:"id"`
	Status string  `json:"status"`
	KWh    float64 `json:"kwh"`
}

// Read asks the gateway for a fresh reading of a unit's meter and waits
// for the meter to answer.
func (m *Meters) Read(ctx context.Context, unitID string) (float64, error) {
	resp, err := m.hc.Post(m.baseURL+"/units/"+unitID+"/readings", "application/json", nil)
	if err != nil {
		return 0, err
	}
	var job readingJob
	err = json.NewDecoder(resp.Body).Decode(&job)
	resp.Body.Close()
	if err != nil {
		return 0, err
	}
	for i := 0; i < 20; i++ {
		time.Sleep(500 * time.Millisecond)
		r, err := m.hc.Get(m.baseURL + "/readings/" + job.ID)
		if err != nil {
			continue
		}
		err = json.NewDecoder(r.Body).Decode(&job)
		r.Body.Close()
		if err != nil {
			return 0, err
		}
		switch job.Status {
		case "completed":
			m.cache.Set(ctx, "meter:"+unitID, job.KWh, 24*time.Hour)
			return job.KWh, nil
		case "failed":
			return 0, fmt.Errorf("meter %s did not answer", unitID)
		}
	}
	return 0, fmt.Errorf("meter %s: reading timed out", unitID)
}

// WarmCache refreshes the cached readings of every unit of a building.
func (m *Meters) WarmCache(ctx context.Context, units []string) {
	for _, u := range units {
		if _, err := m.Read(ctx, u); err != nil {
			m.cache.HSet(ctx, "meter:errors", u, err.Error())
		}
	}
}
