package billswitch

import (
	"context"
	"encoding/json"
	"net/http"
	"time"
)

// MeterReader fetches smart-meter readings; not a payment.
type MeterReader struct {
	Base string
	HC   *http.Client
}

// Reading is one smart-meter sample.
type Reading struct {
	MeterID string  `json:"meter_id"`
	KWh     float64 `json:"kwh"`
	Status  string  `json:"status"`
}

// Stream polls the meter every 500ms for the live usage dashboard.
func (m *MeterReader) Stream(ctx context.Context, meterID string, out chan<- Reading) {
	for {
		select {
		case <-ctx.Done():
			return
		case <-time.After(500 * time.Millisecond):
		}
		resp, err := m.HC.Get(m.Base + "/meters/" + meterID + "/reading")
		if err != nil {
			continue
		}
		var r Reading
		_ = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		out <- r
	}
}
