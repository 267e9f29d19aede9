// Package workers runs the background jobs: charging ended sessions,
// watching unsettled ones, refunding duplicates, re-presenting failed
// toll debits and sending SMS receipts.
package workers

import (
	"context"
	"log"
	"time"

	"audit12/parking/domain"
)

// Sweeper charges sessions that ended without an in-app payment on the
// card saved for the plate.
type Sweeper struct {
	sessions domain.SessionStore
	charger  domain.Charger
	provider string
	every    time.Duration
}

// NewSweeper returns a Sweeper.
func NewSweeper(sessions domain.SessionStore, charger domain.Charger, provider string, every time.Duration) *Sweeper {
	return &Sweeper{sessions: sessions, charger: charger, provider: provider, every: every}
}

// Run sweeps until ctx ends.
func (s *Sweeper) Run(ctx context.Context) {
	t := time.NewTicker(s.every)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		if err := s.sweep(ctx); err != nil {
			log.Printf("sweeper: %v", err)
		}
	}
}

func (s *Sweeper) sweep(ctx context.Context) error {
	ended, err := s.sessions.ListEnded(ctx, 200)
	if err != nil {
		return err
	}
	for i := range ended {
		sess := &ended[i]
		if sess.CardSourceID == "" {
			continue
		}
		if err := s.sessions.SetCharging(ctx, sess.ID, s.provider, ""); err != nil {
			return err
		}
		id, err := s.charger.Charge(ctx, sess)
		if err != nil {
			log.Printf("sweeper: session %s: %v", sess.ID, err)
			_ = s.sessions.MarkFailed(ctx, sess.ID, err.Error())
			continue
		}
		if err := s.sessions.SetCharging(ctx, sess.ID, s.provider, id); err != nil {
			return err
		}
	}
	return nil
}
