package hilt

import (
	"context"
	"net/http"
	"testing"
	"time"

	"poll/hiltapi"
)

// Silent: go test's own timeout bounds a test's poll loop.
func TestEventuallyConfirmed(t *testing.T) {
	for {
		p, err := hiltapi.Fetch(context.Background(), http.DefaultClient, "http://127.0.0.1:9", "pay_1")
		if err == nil && p.Status == hiltapi.Confirmed {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
