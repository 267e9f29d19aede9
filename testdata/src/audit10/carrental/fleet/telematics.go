package fleet

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

// Ping is a telematics box reading.
type Ping struct {
	VehicleID  string    `json:"vehicle_id"`
	OdometerKm int       `json:"odometer_km"`
	FuelPct    int       `json:"fuel_pct"`
	Lat        float64   `json:"lat"`
	Lng        float64   `json:"lng"`
	At         time.Time `json:"at"`
}

// Telematics ingests pings from the boxes' vendor and raises geofence
// alerts to the operations team.
type Telematics struct {
	rdb      *redis.Client
	vendor   string
	alertURL string
	hc       *http.Client
	log      *slog.Logger
}

// NewTelematics returns a Telematics.
func NewTelematics(rdb *redis.Client, vendorBase, alertURL string, log *slog.Logger) *Telematics {
	return &Telematics{rdb: rdb, vendor: vendorBase, alertURL: alertURL, hc: &http.Client{Timeout: 5 * time.Second}, log: log}
}

// PingsHook receives batches of pings pushed by the vendor.
func (t *Telematics) PingsHook(w http.ResponseWriter, r *http.Request) {
	body, err := io.ReadAll(io.LimitReader(r.Body, 4<<20))
	if err != nil {
		http.Error(w, "read", http.StatusBadRequest)
		return
	}
	var pings []Ping
	if err := json.Unmarshal(body, &pings); err != nil {
		http.Error(w, "payload", http.StatusBadRequest)
		return
	}
	ctx := r.Context()
	for _, p := range pings {
		t.rdb.HSet(ctx, "vehicle:"+p.VehicleID, "odometer_km", p.OdometerKm, "fuel_pct", p.FuelPct,
			"lat", p.Lat, "lng", p.Lng, "at", p.At.Unix())
		if outsideGeofence(p) {
			go t.raiseAlert(context.WithoutCancel(ctx), p)
		}
	}
	w.WriteHeader(http.StatusAccepted)
}

func outsideGeofence(p Ping) bool {
	return p.Lat < 24 || p.Lat > 50 || p.Lng < -125 || p.Lng > -66
}

// raiseAlert posts a geofence alert to the ops alerting service, retrying
// until it is accepted.
func (t *Telematics) raiseAlert(ctx context.Context, p Ping) {
	body, _ := json.Marshal(map[string]any{"vehicle": p.VehicleID, "lat": p.Lat, "lng": p.Lng, "kind": "geofence"})
	for attempt := 0; attempt < 10; attempt++ {
		resp, err := t.hc.Post(t.alertURL+"/alerts", "application/json", bytes.NewReader(body))
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.log.Error("geofence alert not delivered", "vehicle", p.VehicleID)
}

// FreshReading asks the vendor for a new reading and waits for it, so the
// return desk sees the fuel level at check-in.
func (t *Telematics) FreshReading(ctx context.Context, vehicleID string) (*Ping, error) {
	since := time.Now()
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, t.vendor+"/vehicles/"+vehicleID+"/wake", nil)
	if resp, err := t.hc.Do(req); err == nil {
		resp.Body.Close()
	}
	for i := 0; i < 40; i++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.vendor+"/vehicles/"+vehicleID+"/reading", nil)
		if err != nil {
			return nil, err
		}
		resp, err := t.hc.Do(req)
		if err != nil {
			return nil, err
		}
		var p Ping
		err = json.NewDecoder(resp.Body).Decode(&p)
		resp.Body.Close()
		if err == nil && p.At.After(since) {
			return &p, nil
		}
		time.Sleep(500 * time.Millisecond)
	}
	return nil, fmt.Errorf("no fresh reading from %s", vehicleID)
}
