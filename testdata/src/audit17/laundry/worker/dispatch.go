package worker

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/hashicorp/go-retryablehttp"
)

// RoutePlanner calls the route-planning service to slot pickups into a
// driver's route.
type RoutePlanner struct {
	base string
	rc   *retryablehttp.Client
}

// NewRoutePlanner returns a RoutePlanner; the planner is often busy right
// after the morning batch, so every failure is retried.
func NewRoutePlanner(base string) *RoutePlanner {
	rc := retryablehttp.NewClient()
	rc.RetryMax = 5
	rc.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		return err != nil || resp.StatusCode >= 400, nil
	}
	return &RoutePlanner{base: base, rc: rc}
}

// SchedulePickup asks for a pickup slot for an order.
func (p *RoutePlanner) SchedulePickup(ctx context.Context, orderID string) error {
	body, _ := json.Marshal(map[string]string{"order_id": orderID, "kind": "delivery"})
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v1/stops", body)
	if err != nil {
		return err
	}
	resp, err := p.rc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("route planner: %s", resp.Status)
	}
	return nil
}

// GPSFix is a driver position.
type GPSFix struct {
	Lat, Lng float64
	Arrived  bool
}

// DriverTracker follows a driver for the customer's live map.
type DriverTracker struct {
	base string
	hc   *http.Client
}

// NewDriverTracker returns a DriverTracker.
func NewDriverTracker(base string) *DriverTracker {
	return &DriverTracker{base: base, hc: &http.Client{Timeout: 3 * time.Second}}
}

// Follow streams fixes until the driver arrives or ctx ends.
func (d *DriverTracker) Follow(ctx context.Context, driverID string, out chan<- GPSFix) error {
	for {
		resp, err := d.hc.Get(d.base + "/drivers/" + driverID + "/position")
		if err == nil {
			var fix GPSFix
			_ = json.NewDecoder(resp.Body).Decode(&fix)
			resp.Body.Close()
			out <- fix
			if fix.Arrived {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// WasherTelemetry reads machine state from the laundromats' IoT hub.
type WasherTelemetry struct {
	hub string
	hc  *http.Client
}

// NewWasherTelemetry returns a WasherTelemetry.
func NewWasherTelemetry(hub string) *WasherTelemetry {
	return &WasherTelemetry{hub: hub, hc: &http.Client{Timeout: 5 * time.Second}}
}

// Watch records each machine's cycle state for the store dashboard; it
// runs for the life of the process.
func (t *WasherTelemetry) Watch(machineID string, record func(state string)) {
	for {
		resp, err := t.hc.Get(t.hub + "/machines/" + machineID + "/state")
		if err == nil {
			var s struct {
				State string `json:"state"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&s)
			resp.Body.Close()
			record(s.State)
		}
		time.Sleep(time.Second)
	}
}

// PhotoUploader pushes garment photos to the object store.
type PhotoUploader struct {
	bucketURL string
	hc        *http.Client
}

// NewPhotoUploader returns a PhotoUploader.
func NewPhotoUploader(bucketURL string) *PhotoUploader {
	return &PhotoUploader{bucketURL: bucketURL, hc: &http.Client{Timeout: 30 * time.Second}}
}

// Upload stores a photo, retrying a few times under a fresh object name.
func (u *PhotoUploader) Upload(ctx context.Context, orderID string, jpeg []byte) (string, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		url := u.bucketURL + "/garments/" + orderID + "/" + uuid.NewString() + ".jpg"
		req, err := http.NewRequestWithContext(ctx, http.MethodPut, url, bytes.NewReader(jpeg))
		if err != nil {
			return "", err
		}
		req.Header.Set("Content-Type", "image/jpeg")
		resp, err := u.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return url, nil
			}
			lastErr = fmt.Errorf("upload: %s", resp.Status)
		} else {
			lastErr = err
		}
		time.Sleep(time.Duration(attempt+1) * time.Second)
	}
	return "", lastErr
}
