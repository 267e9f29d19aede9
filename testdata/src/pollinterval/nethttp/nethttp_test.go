package nethttp

import (
	"context"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"poll/hiltapi"
)

// Silent: a test polls its own fake provider quickly and briefly.
func TestWaitConfirmed(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		json.NewEncoder(w).Encode(hiltapi.Payment{ID: "pay_1", Status: hiltapi.Confirmed})
	}))
	defer srv.Close()
	for {
		p, err := hiltapi.Fetch(context.Background(), srv.Client(), srv.URL, "pay_1")
		if err != nil {
			continue
		}
		if p.Status == hiltapi.Confirmed {
			return
		}
		time.Sleep(10 * time.Millisecond)
	}
}
