package workers

import (
	"context"
	"log"
	"time"

	"audit12/parking/domain"
)

// PaymentStatuser reads a card payment's status from the processor.
type PaymentStatuser interface {
	Status(ctx context.Context, paymentID string) (string, error)
}

// SettleWatcher follows Square payments of sessions that have been
// charging for a while.
type SettleWatcher struct {
	sessions domain.SessionStore
	square   PaymentStatuser
}

// NewSettleWatcher returns a SettleWatcher.
func NewSettleWatcher(sessions domain.SessionStore, square PaymentStatuser) *SettleWatcher {
	return &SettleWatcher{sessions: sessions, square: square}
}

// Run starts one watcher per unsettled session.
func (w *SettleWatcher) Run(ctx context.Context) error {
	pending, err := w.sessions.ListCharging(ctx, 10*time.Minute)
	if err != nil {
		return err
	}
	for _, s := range pending {
		if s.Provider != "square" || s.ProviderPaymentID == "" {
			continue
		}
		go w.watch(ctx, s)
	}
	return nil
}

func (w *SettleWatcher) watch(ctx context.Context, s domain.Session) {
	for { // audit: reported at cmd/parkd/main.go:151 (pollbound, where main binds PaymentStatuser): polls the Square payment (PaymentStatuser wired in main to squarepay.Charger.Status) until COMPLETED only, never FAILED/CANCELED, with read errors swallowed and no ctx check, cap or deadline (Hilt "stop polling once CONFIRMED or FAILED"; Exirom escalate after 2h)
		st, err := w.square.Status(ctx, s.ProviderPaymentID)
		if err != nil {
			log.Printf("settle: %s: %v", s.ID, err)
		}
		if st == "COMPLETED" {
			if err := w.sessions.MarkPaid(ctx, s.ID); err != nil {
				log.Printf("settle: mark %s paid: %v", s.ID, err)
			}
			return
		}
		time.Sleep(15 * time.Second)
	}
}
