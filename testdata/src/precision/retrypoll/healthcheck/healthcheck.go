// Package healthcheck waits for dependencies (the payment gateway sidecar,
// the database) to become ready with short sleeps.
package healthcheck

import (
	"context"
	"errors"
	"net/http"
	"time"
)

// WaitForGateway polls the gateway's readiness endpoint every 100ms.
func WaitForGateway(ctx context.Context, base string) error {
	ctx, cancel := context.WithTimeout(ctx, 30*time.Second)
	defer cancel()
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, base+"/healthz", nil)
		resp, err := http.DefaultClient.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		select {
		case <-ctx.Done():
			return errors.New("payment gateway not ready")
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// WaitReady polls /readyz of the payments service during startup.
func WaitReady(paymentsURL string) bool {
	for i := 0; i < 50; i++ {
		resp, err := http.Get(paymentsURL + "/readyz")
		if err == nil && resp.StatusCode == 200 {
			return true
		}
		time.Sleep(100 * time.Millisecond)
	}
	return false
}

// Pinger reports liveness of the payments service on a ticker.
func Pinger(ctx context.Context, paymentsURL string, up chan<- bool) {
	t := time.NewTicker(250 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			resp, err := http.Get(paymentsURL + "/v1/status")
			up <- err == nil && resp.StatusCode == 200
		}
	}
}
