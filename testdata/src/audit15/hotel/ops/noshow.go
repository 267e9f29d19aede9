package ops

import (
	"context"
	"log"
	"time"

	"audit15/hotel/booking"
	"audit15/hotel/platform"
)

// FeeCharger charges a no-show fee on a stay's stored card.
type FeeCharger interface {
	ChargeNoShow(ctx context.Context, s *booking.Stay) (string, error)
}

// NoShowRows is the part of the stay store the worker needs.
type NoShowRows interface {
	DueNoShows(ctx context.Context, now time.Time) ([]*booking.Stay, error)
	MarkNoShowCharged(ctx context.Context, id, pspReference string) (bool, error)
}

// NoShowWorker charges the fees of guests who did not arrive. It runs
// nightly at 02:00 property time.
type NoShowWorker struct {
	rows    NoShowRows
	charger FeeCharger
	now     func() time.Time
}

// NewNoShowWorker returns the worker.
func NewNoShowWorker(rows NoShowRows, charger FeeCharger) *NoShowWorker {
	return &NoShowWorker{rows: rows, charger: charger, now: time.Now}
}

// Run charges every due row once.
func (w *NoShowWorker) Run(ctx context.Context) error {
	due, err := w.rows.DueNoShows(ctx, w.now())
	if err != nil {
		return err
	}
	for _, s := range due {
		if s.NoShowFeeMinor <= 0 || s.StoredCardRef == "" {
			continue
		}
		var psp string
		err := platform.Retry(ctx, 3, 5*time.Second, func(ctx context.Context) error {
			ref, err := w.charger.ChargeNoShow(ctx, s)
			psp = ref
			return err
		})
		if err != nil {
			log.Printf("noshow: %s: %v", s.Ref, err)
			continue
		}
		if ok, err := w.rows.MarkNoShowCharged(ctx, s.ID, psp); err != nil || !ok {
			log.Printf("noshow: %s charged as %s but not marked (ok=%v): %v", s.Ref, psp, ok, err)
		}
	}
	return nil
}
