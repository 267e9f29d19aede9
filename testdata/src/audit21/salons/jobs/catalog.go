package jobs

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"net/http"
	"time"

	"audit21/salons/store"
)

// Catalog imports the supplier's product price list for the front desk.
type Catalog struct {
	SupplierURL string
	HC          *http.Client
	Sales       *store.Sales
	Log         *slog.Logger
}

type importJob struct {
	ID     string `json:"id"`
	Status string `json:"status"` // queued, running, done, failed
	Rows   int    `json:"rows"`
	URL    string `json:"result_url"`
}

// Import asks the supplier for an export and waits for the file.
func (c *Catalog) Import(ctx context.Context) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	resp, err := c.HC.Post(c.SupplierURL+"/exports", "application/json", nil)
	if err != nil {
		return err
	}
	var job importJob
	err = json.NewDecoder(resp.Body).Decode(&job)
	resp.Body.Close()
	if err != nil {
		return err
	}
	tick := time.NewTicker(500 * time.Millisecond) // audit: lookalike pollinterval: a fast poll, but of the supplier's price-list export job, not of a payment
	defer tick.Stop()
	for {
		select {
		case <-ctx.Done():
			return fmt.Errorf("catalog export %s: %w", job.ID, ctx.Err())
		case <-tick.C:
		}
		req, _ := http.NewRequestWithContext(ctx, http.MethodGet, c.SupplierURL+"/exports/"+job.ID, nil)
		r, err := c.HC.Do(req)
		if err != nil {
			return err
		}
		err = json.NewDecoder(r.Body).Decode(&job)
		r.Body.Close()
		if err != nil {
			return err
		}
		switch job.Status {
		case "done":
			c.Log.Info("catalog export ready", "rows", job.Rows, "url", job.URL)
			return nil
		case "failed":
			return fmt.Errorf("catalog export %s failed", job.ID)
		}
	}
}
