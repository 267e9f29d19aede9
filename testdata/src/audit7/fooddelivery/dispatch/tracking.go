// Package dispatch tracks riders and quotes delivery ETAs. No payments.
package dispatch

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Location struct {
	Lat, Lng float64
	Status   string
}

type Tracker struct {
	FleetURL string
	HC       *http.Client
}

func (t *Tracker) location(ctx context.Context, riderID string) (*Location, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/v1/riders/%s/location", t.FleetURL, riderID), nil)
	if err != nil {
		return nil, err
	}
	res, err := t.HC.Do(req)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	var l Location
	return &l, json.NewDecoder(res.Body).Decode(&l)
}

// Follow streams a rider's position to the customer's map, twice a second,
// until the order is delivered.
func (t *Tracker) Follow(ctx context.Context, riderID string, out chan<- Location) error {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		l, err := t.location(ctx, riderID)
		if err == nil {
			out <- *l
			if l.Status == "delivered" {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}
