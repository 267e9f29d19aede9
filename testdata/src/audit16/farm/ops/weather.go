// Package ops holds the marketplace's operational integrations: weather
// forecasts, cold-chain sensors, delivery routing, SMS and produce photos.
package ops

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
)

// Forecast is a farm's rain forecast for the harvest window.
type Forecast struct {
	FarmID      string  `json:"farm_id"`
	RainMM      float64 `json:"rain_mm"`
	FrostRisk   bool    `json:"frost_risk"`
	RetrievedAt time.Time
}

// Weather reads harvest-window forecasts from the weather API.
type Weather struct {
	base   string
	apiKey string
	hc     *http.Client
}

// NewWeather returns a weather client.
func NewWeather(base, apiKey string) *Weather {
	return &Weather{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 5 * time.Second}}
}

// Forecast fetches a farm's forecast; the weather API is flaky, so it is
// retried quickly a few times.
func (w *Weather) Forecast(ctx context.Context, farmID string, lat, lon float64) (*Forecast, error) {
	var f Forecast
	err := retry.Do(func() error {
		url := fmt.Sprintf("%s/v2/forecast?lat=%f&lon=%f&hours=72", w.base, lat, lon)
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return retry.Unrecoverable(err)
		}
		req.Header.Set("X-Api-Key", w.apiKey)
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := w.hc.Do(req)
		if err != nil {
			return err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("weather: status %d", resp.StatusCode)
		}
		return json.NewDecoder(resp.Body).Decode(&f)
	},
		retry.Context(ctx),
		retry.Attempts(5),
		retry.Delay(100*time.Millisecond),
		retry.DelayType(retry.FixedDelay),
	)
	f.FarmID, f.RetrievedAt = farmID, time.Now()
	return &f, err
}
