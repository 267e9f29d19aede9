// Package harbour talks to the harbour's own systems and public services:
// weather and tide data, berth sensors, the harbour master, AIS, the
// document store and the mail relay.
package harbour

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/hashicorp/go-retryablehttp"
)

// Forecast is the marine forecast for one day.
type Forecast struct {
	Day          time.Time `json:"day"`
	GustKnots    float64   `json:"gust_knots"`
	GaleWarning  bool      `json:"gale_warning"`
	WaveHeightsM float64   `json:"wave_height_m"`
}

// Weather reads the marine forecast.
type Weather struct {
	hc      *retryablehttp.Client
	baseURL string
	station string
}

// NewWeather returns a forecast client that retries the weather service on
// its own.
func NewWeather(baseURL, station string) *Weather {
	c := retryablehttp.NewClient()
	c.RetryMax = 5
	c.CheckRetry = func(ctx context.Context, resp *http.Response, err error) (bool, error) {
		if err != nil {
			return true, nil
		}
		return resp.StatusCode != http.StatusOK, nil
	}
	return &Weather{hc: c, baseURL: baseURL, station: station}
}

// Forecast returns the forecast for day.
func (w *Weather) Forecast(ctx context.Context, day time.Time) (*Forecast, error) {
	url := fmt.Sprintf("%s/v1/marine/%s?date=%s", w.baseURL, w.station, day.Format("2006-01-02"))
	req, err := retryablehttp.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var f Forecast
	return &f, json.NewDecoder(resp.Body).Decode(&f)
}
