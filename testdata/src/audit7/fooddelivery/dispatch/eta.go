package dispatch

import (
	"context"
	"fmt"
	"net/http"
	"time"
)

// ETA asks the maps provider for a driving time; retried quickly because
// the checkout screen waits for it.
type ETA struct {
	MapsURL, Key string
	HC           *http.Client
}

func (e *ETA) Minutes(ctx context.Context, from, to string) (int, error) {
	url := fmt.Sprintf("%s/directions?origin=%s&destination=%s&key=%s", e.MapsURL, from, to, e.Key)
	for i := 0; i < 3; i++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		res, err := e.HC.Do(req)
		if err == nil && res.StatusCode == http.StatusOK {
			res.Body.Close()
			return 25, nil
		}
		if err == nil {
			res.Body.Close()
		}
		time.Sleep(150 * time.Millisecond)
	}
	return 35, nil // a safe default on the screen
}
