// Package noshow charges no-show fees overnight.
package noshow

import (
	"context"
	"log"
	"time"

	"gorm.io/gorm"
)

// Reservation is a row of the reservations table.
type Reservation struct {
	ID          uint
	Ref         string
	VaultToken  string
	NoShowMinor int64
	Currency    string
	Status      string
}

// Worker runs every night after the audit.
type Worker struct {
	DB    *gorm.DB
	Vault *VaultClient
	Every time.Duration
}

// Run charges every pending no-show on each pass.
func (w *Worker) Run(ctx context.Context) {
	t := time.NewTicker(w.Every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		var rows []Reservation
		if err := w.DB.WithContext(ctx).Where("status = ?", "noshow_pending").Find(&rows).Error; err != nil {
			log.Printf("noshow: select: %v", err)
			continue
		}
		for _, r := range rows {
			if err := w.Vault.Charge(ctx, r.VaultToken, r.NoShowMinor, r.Currency, r.Ref); err != nil { // want "\\[idempotency\\] noshow.VaultClient.Charge \\(POST /v1/charges\\) is retried by a worker loop that re-selects pending rows \\(line 33\\) but Charge makes a new idempotency key on every call"
				log.Printf("noshow: charge %s: %v", r.Ref, err) // want "\\[retrystatus\\] noshow.VaultClient.Charge \\(POST /v1/charges\\) is retried by a worker loop that re-selects pending rows \\(line 33\\): every non-2xx status is retried, including 400/404/409/422"
				continue
			}
			w.DB.Model(&r).Update("status", "noshow_charged")
		}
	}
}

// RunPenalties charges late-cancellation penalties with the row's own key.
func (w *Worker) RunPenalties(ctx context.Context) {
	for {
		var rows []Reservation
		w.DB.WithContext(ctx).Where("status = ?", "penalty_pending").Find(&rows)
		for _, r := range rows {
			err := w.Vault.ChargeWithKey(ctx, "penalty-"+r.Ref, r.VaultToken, r.NoShowMinor, r.Currency, r.Ref)
			switch {
			case err == nil:
				w.DB.Model(&r).Update("status", "penalty_charged")
			case IsDeclined(err):
				w.DB.Model(&r).Update("status", "penalty_declined")
			default:
				log.Printf("penalty %s: %v", r.Ref, err)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-time.After(10 * time.Minute):
		}
	}
}
