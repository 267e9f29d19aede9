package access

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// Occupancy is a floor's live head count.
type Occupancy struct {
	Floor    string `json:"floor"`
	People   int    `json:"people"`
	Capacity int    `json:"capacity"`
}

// WatchOccupancy polls a floor sensor hub and hands each reading to fn until
// ctx ends.
func WatchOccupancy(ctx context.Context, hubURL string, fn func(Occupancy)) error {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-t.C:
		}
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, hubURL+"/occupancy", nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			continue
		}
		var o Occupancy
		err = json.NewDecoder(resp.Body).Decode(&o)
		resp.Body.Close()
		if err == nil {
			fn(o)
		}
	}
}
