// Package hr integrates with the employers' HR and time-tracking systems,
// the identity verification vendor, the FX rate feed and payslip mail.
package hr

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/google/uuid"
	"gorm.io/gorm"
)

// Shift is one worked shift imported from an HR system.
type Shift struct {
	ExternalID  string    `json:"id"`
	WorkerID    string    `json:"employee_id"`
	Start       time.Time `json:"start"`
	End         time.Time `json:"end"`
	EarnedMinor int64     `json:"gross_pay_cents"`
}

// Importer pulls shifts from an employer's HR system and acknowledges
// them so they are not exported twice.
type Importer struct {
	hc  *http.Client
	db  *gorm.DB
	api string
}

// NewImporter builds an importer for an HR system's API.
func NewImporter(hc *http.Client, db *gorm.DB, api string) *Importer {
	return &Importer{hc: hc, db: db, api: api}
}

// Import fetches approved shifts since a time and stores them.
func (im *Importer) Import(ctx context.Context, employerID string, since time.Time) (int, error) {
	shifts, err := retry.DoWithData(func() ([]Shift, error) {
		url := fmt.Sprintf("%s/v2/timesheets?status=approved&since=%s", im.api, since.Format(time.RFC3339))
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
		if err != nil {
			return nil, retry.Unrecoverable(err)
		}
		resp, err := im.hc.Do(req)
		if err != nil {
			return nil, err
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return nil, fmt.Errorf("hr api: %s", resp.Status)
		}
		var out []Shift
		return out, json.NewDecoder(resp.Body).Decode(&out)
	}, retry.Attempts(5), retry.Delay(100*time.Millisecond), retry.DelayType(retry.FixedDelay), retry.Context(ctx))
	if err != nil {
		return 0, err
	}
	for _, s := range shifts {
		if err := im.db.WithContext(ctx).Exec(
			`INSERT INTO shifts (external_id, employer_id, worker_id, earned) VALUES (?, ?, ?, ?) ON CONFLICT (external_id) DO NOTHING`,
			s.ExternalID, employerID, s.WorkerID, s.EarnedMinor).Error; err != nil {
			return 0, err
		}
	}
	return len(shifts), im.acknowledge(ctx, shifts)
}

// acknowledge tells the HR system which shifts were exported.
func (im *Importer) acknowledge(ctx context.Context, shifts []Shift) error {
	ids := make([]string, 0, len(shifts))
	for _, s := range shifts {
		ids = append(ids, s.ExternalID)
	}
	body, _ := json.Marshal(map[string]any{"shift_ids": ids})
	for attempt := 0; attempt < 3; attempt++ {
		req, err := http.NewRequestWithContext(ctx, http.MethodPost, im.api+"/v2/timesheets/exports", bytes.NewReader(body))
		if err != nil {
			return err
		}
		req.Header.Set("X-Request-Id", uuid.NewString())
		resp, err := im.hc.Do(req)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode < 300 {
				return nil
			}
		}
		time.Sleep(300 * time.Millisecond)
	}
	return fmt.Errorf("acknowledge %d shifts failed", len(ids))
}
