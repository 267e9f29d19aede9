// Package ckosrv binds the Checkout.com handlers to a SQL store, an
// on-call pager that calls an incident API and in-memory counters.
package ckosrv

import (
	"bytes"
	"context"
	"database/sql"
	"net/http"
	"os"
	"sync"

	"wirehooks/hc/ckohook"
	"wirehooks/hc/ckostore"
)

type incidentPager struct{ url string }

func (p *incidentPager) Page(ctx context.Context, team, text string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.url+"/teams/"+team+"/page", bytes.NewBufferString(text))
	if err != nil {
		return err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type memCounters struct {
	mu sync.Mutex
	n  map[string]int
}

func (m *memCounters) Incr(name string) {
	m.mu.Lock()
	m.n[name]++
	m.mu.Unlock()
}

func Mux(db *sql.DB) *http.ServeMux {
	key := os.Getenv("CKO_WEBHOOK_KEY")
	store := ckostore.New(db)
	stats := &memCounters{n: map[string]int{}}
	pager := &incidentPager{url: os.Getenv("INCIDENT_URL")}

	caps := ckohook.NewCaptures(key, store, &incidentPager{url: os.Getenv("INCIDENT_URL")}, stats) // want `webhook handler calls ckohook.Pager.Page \(ckohook.go:63, in ckohook.Captures.Captured\), bound here to ckosrv.incidentPager.Page`
	late := ckohook.NewFlushed(key, store, pager)
	counted := ckohook.NewCounted(key, store, stats)

	mux := http.NewServeMux()
	mux.HandleFunc("POST /webhooks/cko/captured", caps.Captured)
	mux.HandleFunc("POST /webhooks/cko/captured-late", late.Captured)
	mux.HandleFunc("POST /webhooks/cko/captured-counted", counted.Captured)
	return mux
}
