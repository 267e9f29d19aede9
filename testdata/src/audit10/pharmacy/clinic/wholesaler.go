// Package clinic holds the clients for the clinical partners: the
// wholesaler, partner pharmacies (e-prescriptions), the lab and the
// messaging gateway.
package clinic

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Wholesaler is the stock and reservation API of our wholesaler.
type Wholesaler struct {
	base   string
	apiKey string
	hc     *http.Client
}

// NewWholesaler returns a Wholesaler client.
func NewWholesaler(base, apiKey string) *Wholesaler {
	return &Wholesaler{base: base, apiKey: apiKey, hc: &http.Client{Timeout: 10 * time.Second}}
}

// Reserve holds stock for a patient's order.
func (w *Wholesaler) Reserve(ctx context.Context, ref, patientID string, qty int) error {
	body, _ := json.Marshal(map[string]any{"reference": ref, "patient": patientID, "quantity": qty})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, w.base+"/reservations", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("X-Api-Key", w.apiKey)
	resp, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("wholesaler reserve: %d", resp.StatusCode)
	}
	return nil
}

// StockLevel is one SKU's stock at the wholesaler.
type StockLevel struct {
	SKU       string `json:"sku"`
	Available int    `json:"available"`
}

// SyncStock pulls stock levels page by page. The wholesaler's API is
// flaky; pages are retried until they answer 200.
func (w *Wholesaler) SyncStock(ctx context.Context, save func([]StockLevel) error) error {
	for page := 1; ; page++ {
		var levels []StockLevel
		for attempt := 0; attempt < 5; attempt++ {
			req, _ := http.NewRequestWithContext(ctx, http.MethodGet, fmt.Sprintf("%s/stock?page=%d", w.base, page), nil)
			req.Header.Set("X-Api-Key", w.apiKey)
			resp, err := w.hc.Do(req)
			if err != nil || resp.StatusCode != http.StatusOK {
				if resp != nil {
					resp.Body.Close()
				}
				time.Sleep(200 * time.Millisecond)
				continue
			}
			err = json.NewDecoder(resp.Body).Decode(&levels)
			resp.Body.Close()
			if err == nil {
				break
			}
		}
		if len(levels) == 0 {
			return nil
		}
		if err := save(levels); err != nil {
			return err
		}
	}
}
