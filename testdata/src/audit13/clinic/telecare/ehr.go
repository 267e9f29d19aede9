package telecare

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log"
	"net/http"
	"time"

	"github.com/redis/go-redis/v9"
)

// EHR pushes encounter summaries to the electronic health record.
type EHR struct {
	base string
	hc   *http.Client
}

// NewEHR returns an EHR client.
func NewEHR(base string) *EHR { return &EHR{base: base, hc: &http.Client{Timeout: 15 * time.Second}} }

// Encounter is the summary of one visit.
type Encounter struct {
	PatientID string `json:"patient_id"`
	VisitID   string `json:"visit_id"`
	Summary   string `json:"summary"`
}

// Push sends one encounter.
func (e *EHR) Push(ctx context.Context, enc Encounter) error {
	body, _ := json.Marshal(enc)
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, e.base+"/fhir/Encounter", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/fhir+json")
	resp, err := e.hc.Do(req)
	if err != nil {
		return err
	}
	resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("ehr: %d", resp.StatusCode)
	}
	return nil
}

// SyncAll pushes a batch of encounters, pacing requests to stay under the
// EHR's per-second quota.
func (e *EHR) SyncAll(ctx context.Context, encs []Encounter) int {
	ok := 0
	for _, enc := range encs {
		if err := e.Push(ctx, enc); err != nil {
			log.Printf("ehr: visit %s: %v", enc.VisitID, err)
			continue
		}
		ok++
		time.Sleep(250 * time.Millisecond)
	}
	return ok
}

// Availability caches clinicians' open slots in Redis.
type Availability struct {
	rdb   *redis.Client
	fetch func(ctx context.Context) (map[string][]string, error)
}

// NewAvailability returns the cache refresher.
func NewAvailability(rdb *redis.Client, fetch func(ctx context.Context) (map[string][]string, error)) *Availability {
	return &Availability{rdb: rdb, fetch: fetch}
}

// Run refreshes the cache twice a second until ctx ends; the booking page
// reads it on every keystroke.
func (a *Availability) Run(ctx context.Context) {
	t := time.NewTicker(500 * time.Millisecond)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		slots, err := a.fetch(ctx)
		if err != nil {
			continue
		}
		for clinician, s := range slots {
			buf, _ := json.Marshal(s)
			a.rdb.Set(ctx, "slots:"+clinician, buf, 5*time.Second)
		}
	}
}
