// Package exports builds CSV exports of a workspace's invoices and usage for
// the customer's finance team, through the warehouse's async export API.
package exports

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

type Warehouse struct {
	base string
	hc   *http.Client
}

func NewWarehouse(base string) *Warehouse {
	return &Warehouse{base: base, hc: &http.Client{Timeout: 10 * time.Second}}
}

type ExportJob struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, running, succeeded, failed
	URL    string `json:"download_url"`
}

func (w *Warehouse) job(ctx context.Context, id string) (*ExportJob, error) {
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, w.base+"/v1/exports/"+id, nil)
	resp, err := w.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var j ExportJob
	return &j, json.NewDecoder(resp.Body).Decode(&j)
}

// WaitForInvoiceExport polls the export of the invoices CSV until the file
// is ready; the UI shows a spinner meanwhile.
func (w *Warehouse) WaitForInvoiceExport(ctx context.Context, id string) (string, error) {
	for {
		j, err := w.job(ctx, id)
		if err != nil {
			continue
		}
		if j.Status == "succeeded" {
			return j.URL, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// StartInvoiceExport queues an export; a second export is harmless.
func (w *Warehouse) StartInvoiceExport(ctx context.Context, workspaceID string) (string, error) {
	for attempt := 0; ; attempt++ {
		req, _ := http.NewRequestWithContext(ctx, http.MethodPost,
			fmt.Sprintf("%s/v1/exports?dataset=invoices&workspace=%s", w.base, workspaceID), nil)
		resp, err := w.hc.Do(req)
		if err != nil || resp.StatusCode != http.StatusAccepted {
			if attempt > 5 {
				return "", fmt.Errorf("exports: could not start")
			}
			continue
		}
		defer resp.Body.Close()
		var j ExportJob
		return j.ID, json.NewDecoder(resp.Body).Decode(&j)
	}
}
