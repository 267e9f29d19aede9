package harbour

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"time"
)

func bytesReader(b []byte) io.Reader { return bytes.NewReader(b) }

// TideReading is one reading of the tide gauge at the harbour entrance.
type TideReading struct {
	HeightCm int    `json:"height_cm"`
	Trend    string `json:"trend"`
}

// Telemetry reads the tide gauge and the berth occupancy sensors.
type Telemetry struct {
	hc      *http.Client
	baseURL string
}

// NewTelemetry returns the telemetry client.
func NewTelemetry(hc *http.Client, baseURL string) *Telemetry {
	return &Telemetry{hc: hc, baseURL: baseURL}
}

// WatchTide streams tide readings to fn twice a second until ctx ends.
func (t *Telemetry) WatchTide(ctx context.Context, fn func(TideReading)) error {
	tick := time.NewTicker(500 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
		var r TideReading
		if err := t.get(ctx, "/gauge/entrance/latest", &r); err != nil {
			continue
		}
		fn(r)
	}
}

// WaitBerthFree polls a berth's occupancy sensor until the boat has left.
func (t *Telemetry) WaitBerthFree(ctx context.Context, berthID string) error {
	for {
		var s struct {
			Occupied bool `json:"occupied"`
		}
		if err := t.get(ctx, "/berths/"+berthID+"/sensor", &s); err == nil && !s.Occupied {
			return nil
		}
		time.Sleep(time.Second)
	}
}

func (t *Telemetry) get(ctx context.Context, path string, out any) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, t.baseURL+path, nil)
	if err != nil {
		return err
	}
	resp, err := t.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return fmt.Errorf("telemetry %s: %d", path, resp.StatusCode)
	}
	return json.NewDecoder(resp.Body).Decode(out)
}

// Position is a vessel's last AIS position.
type Position struct {
	MMSI string  `json:"mmsi"`
	Lat  float64 `json:"lat"`
	Lon  float64 `json:"lon"`
}

// AIS looks vessels up in the AIS provider.
type AIS struct {
	hc      *http.Client
	baseURL string
	apiKey  string
}

// NewAIS returns the AIS client.
func NewAIS(hc *http.Client, baseURL, apiKey string) *AIS {
	return &AIS{hc: hc, baseURL: baseURL, apiKey: apiKey}
}

// Locate returns the last position of a vessel, retrying a busy provider.
func (a *AIS) Locate(ctx context.Context, mmsi string) (*Position, error) {
	var lastStatus int
	for attempt := 0; attempt < 4; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost, a.baseURL+"/v2/vessels/lookup",
			bytesReader([]byte(`{"mmsi":"`+mmsi+`"}`)))
		req.Header.Set("X-Api-Key", a.apiKey)
		resp, err := a.hc.Do(req)
		if err == nil {
			lastStatus = resp.StatusCode
			if resp.StatusCode == http.StatusOK {
				var p Position
				err = json.NewDecoder(resp.Body).Decode(&p)
				resp.Body.Close()
				return &p, err
			}
			resp.Body.Close()
		}
		time.Sleep(time.Duration(attempt+1) * 300 * time.Millisecond)
	}
	return nil, fmt.Errorf("ais lookup %s: last status %d", mmsi, lastStatus)
}
