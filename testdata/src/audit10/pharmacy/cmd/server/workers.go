package main

import (
	"context"
	"log"
	"time"

	"gorm.io/gorm"

	"audit10/pharmacy/clinic"
	"audit10/pharmacy/domain"
	"audit10/pharmacy/refills"
	"audit10/pharmacy/store"
)

func runWorkers(ctx context.Context, st *store.Store, rs *refills.Service,
	w *clinic.Wholesaler, rem *clinic.Reminders) {
	refillTick := time.NewTicker(10 * time.Minute)
	reminderTick := time.NewTicker(15 * time.Minute)
	stockTick := time.NewTicker(time.Hour)
	defer refillTick.Stop()
	defer reminderTick.Stop()
	defer stockTick.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-refillTick.C:
			if err := rs.RunDue(ctx); err != nil {
				log.Printf("refills: %v", err)
			}
		case <-reminderTick.C:
			upcoming, err := st.UpcomingConsultations(ctx, 2*time.Hour)
			if err != nil {
				continue
			}
			rem.Send(ctx, upcoming, func(patientID string) string {
				p, err := st.Patient(ctx, patientID)
				if err != nil {
					return ""
				}
				return p.Phone
			})
		case <-stockTick.C:
			_ = w.SyncStock(ctx, func(levels []clinic.StockLevel) error {
				log.Printf("stock: %d skus", len(levels))
				return nil
			})
		}
	}
}

// postgresDialector is provided by the postgres driver package in
// production builds.
type postgresDialector string

func (postgresDialector) Name() string { return "postgres" }

var _ gorm.Dialector = postgresDialector("")

var _ domain.Dispatcher = (*clinic.ERx)(nil)
