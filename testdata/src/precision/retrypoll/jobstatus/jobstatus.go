// Package jobstatus polls non-payment jobs (exports, reports, payouts
// reconciliation files) quickly: they are not payment status reads.
package jobstatus

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Export struct {
	ID     string `json:"id"`
	Status string `json:"status"`
	URL    string `json:"url"`
}

// WaitExport polls a CSV export of payments every 500ms.
func WaitExport(ctx context.Context, hc *http.Client, api, id string) (string, error) {
	for {
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, api+"/v1/exports/"+id, nil)
		resp, err := hc.Do(req)
		if err != nil {
			return "", err
		}
		var e Export
		_ = json.NewDecoder(resp.Body).Decode(&e)
		resp.Body.Close()
		switch e.Status {
		case "ready":
			return e.URL, nil
		case "failed":
			return "", fmt.Errorf("export %s failed", id)
		}
		select {
		case <-ctx.Done():
			return "", ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}

// WaitReport polls a settlement report run.
func WaitReport(hc *http.Client, api, runID string) (*Export, error) {
	deadline := time.Now().Add(2 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := hc.Get(api + "/v1/reporting/report_runs/" + runID)
		if err != nil {
			return nil, err
		}
		var r Export
		_ = json.NewDecoder(resp.Body).Decode(&r)
		resp.Body.Close()
		if r.Status == "succeeded" || r.Status == "failed" {
			return &r, nil
		}
		time.Sleep(300 * time.Millisecond)
	}
	return nil, fmt.Errorf("report %s: timeout", runID)
}

type Queue interface {
	Status(ctx context.Context, jobID string) (string, error)
}

// WaitJob polls a background job in our own queue every 100ms.
func WaitJob(ctx context.Context, q Queue, jobID string) error {
	tick := time.NewTicker(100 * time.Millisecond)
	defer tick.Stop()
	for {
		st, err := q.Status(ctx, jobID)
		if err != nil {
			return err
		}
		if st == "done" {
			return nil
		}
		if st == "failed" {
			return fmt.Errorf("job %s failed", jobID)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-tick.C:
		}
	}
}
