package jobs

import (
	"context"
	"log"

	"github.com/google/uuid"
	"github.com/robfig/cron/v3"
	"gorm.io/gorm"
)

type Payout struct {
	ID     string
	Amount int64
	Status string
}

const payouts = "https://api.example.com/v1/payouts"

// --- flagged ---

// A closure scheduled every minute re-selects pending payouts: a key
// made per pass.
func scheduleClosure(c *cron.Cron, db *gorm.DB) {
	c.AddFunc("@every 1m", func() {
		var rows []Payout
		db.Where("status = ?", "pending").Find(&rows)
		for _, row := range rows {
			if err := post(context.Background(), payouts, row, uuid.NewString()); err != nil { // want `POST /v1/payouts is retried by a cron job that re-selects pending rows \(line 25\) with an idempotency key made anew on every attempt`
				log.Print(err)
			}
		}
	})
}

type settler struct{ db *gorm.DB }

// A method scheduled by AddFunc; no key.
func (s *settler) settlePending() {
	var rows []Payout
	s.db.Where(&Payout{Status: "queued"}).Find(&rows)
	for _, row := range rows {
		if err := post(context.Background(), payouts, row, ""); err != nil { // want `POST /v1/payouts is retried by a cron job that re-selects pending rows \(line 62\) without an idempotency key`
			continue
		}
		s.db.Model(&row).Update("status", "paid")
	}
}

// --- silent ---

// The key is the row's id: every pass sends the same key.
func (s *settler) settleKeyed() {
	var rows []Payout
	s.db.Where("status = ?", "pending").Find(&rows)
	for _, row := range rows {
		post(context.Background(), payouts, row, "payout-"+row.ID)
	}
}

func scheduleMethods(c *cron.Cron, s *settler) {
	c.AddFunc("*/5 * * * *", s.settlePending)
	c.AddFunc("*/5 * * * *", s.settleKeyed)
	c.AddFunc("@daily", func() { s.report() })
}

// Not a pending selection: the payouts created today.
func (s *settler) report() {
	var rows []Payout
	s.db.Where("created_at > now() - interval '1 day'").Find(&rows)
	for _, row := range rows {
		post(context.Background(), payouts, row, "")
	}
}

// Pending rows, but no schedule runs this: one pass.
func (s *settler) settleOnce() {
	var rows []Payout
	s.db.Where("status = ?", "pending").Find(&rows)
	for _, row := range rows {
		post(context.Background(), payouts, row, "")
	}
}
