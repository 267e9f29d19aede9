package jobs

import (
	"context"
	"encoding/json"
	"log/slog"
	"net/http"
	"time"

	"audit25/cryptomerch/store"
)

// Tracker follows parcels with the carrier until they are delivered.
type Tracker struct {
	base      string
	hc        *http.Client
	shipments *store.Shipments
}

// NewTracker returns the tracker.
func NewTracker(base string, shipments *store.Shipments) *Tracker {
	return &Tracker{base: base, hc: &http.Client{Timeout: 10 * time.Second}, shipments: shipments}
}

type trackingAnswer struct {
	State string `json:"state"`
}

// Follow reads the carrier's tracking state until the parcel is delivered.
func (t *Tracker) Follow(ctx context.Context, s store.Shipment) {
	for { // audit: lookalike pollbound: polls a parcel's carrier tracking, not a payment; it runs in its own goroutine per parcel
		time.Sleep(30 * time.Minute)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.base+"/tracking/"+s.Carrier+"/"+s.Tracking, nil)
		if err != nil {
			return
		}
		resp, err := t.hc.Do(req)
		if err != nil {
			slog.Warn("tracking", "parcel", s.ID, "err", err)
			continue
		}
		var a trackingAnswer
		_ = json.NewDecoder(resp.Body).Decode(&a)
		resp.Body.Close()
		if a.State != s.State {
			_ = t.shipments.SetState(ctx, s.ID, a.State)
			s.State = a.State
		}
		if a.State == "delivered" {
			return
		}
	}
}

// Start launches a follower for every parcel in transit.
func (t *Tracker) Start(ctx context.Context) error {
	parcels, err := t.shipments.InTransit(ctx)
	if err != nil {
		return err
	}
	for _, p := range parcels {
		go t.Follow(ctx, p)
	}
	return nil
}
