package labels

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"time"

	"audit20/parcels/platform"
)

// Geocoder resolves a pickup address to coordinates and a hub.
type Geocoder interface {
	Resolve(ctx context.Context, address, country string) (Point, error)
}

type Point struct {
	Lat, Lng float64
	HubCode  string
}

// HTTPGeocoder calls our geocoding service.
type HTTPGeocoder struct {
	Base string
	HC   *http.Client
}

func (g *HTTPGeocoder) Resolve(ctx context.Context, address, country string) (Point, error) {
	var p Point
	err := platform.Retry(ctx, 4, 500*time.Millisecond, func(ctx context.Context, _ int) error {
		u := g.Base + "/v1/geocode?country=" + url.QueryEscape(country) + "&q=" + url.QueryEscape(address)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, u, nil)
		if err != nil {
			return platform.Permanent(err)
		}
		resp, err := g.HC.Do(req) // audit: lookalike idempotency: a geocoding read retried, no payment involved
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("geocode: %s", resp.Status)
		}
		return json.NewDecoder(resp.Body).Decode(&p)
	})
	return p, err
}

// Tracker reads a shipment's tracking state from the line-haul partner.
type Tracker struct {
	Base string
	HC   *http.Client
}

type Tracking struct {
	TrackingNo string `json:"tracking_no"`
	State      string `json:"state"` // CREATED, PICKED_UP, IN_TRANSIT, AT_LOCKER, DELIVERED
}

// WaitPickedUp is used by the counter app to wait until the courier scans
// the first parcel of a batch.
func (t *Tracker) WaitPickedUp(ctx context.Context, trackingNo string) (*Tracking, error) {
	tick := time.NewTicker(time.Second)
	defer tick.Stop()
	for { // audit: lookalike pollinterval: a shipment's tracking state, not a payment, read every second while the courier is at the counter
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, t.Base+"/tracking/"+trackingNo, nil)
		resp, err := t.HC.Do(req)
		if err == nil {
			var tr Tracking
			err = json.NewDecoder(resp.Body).Decode(&tr)
			resp.Body.Close()
			if err == nil && tr.State != "CREATED" {
				return &tr, nil
			}
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-tick.C:
		}
	}
}
