// Package settlecron runs the nightly seller settlement: Stripe payouts from
// each connected account's balance to the seller's bank.
package settlecron

import (
	"fmt"
	"log"

	"github.com/robfig/cron/v3"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/payout"
	"gorm.io/gorm"
)

// SellerPayout is a row of seller_payouts.
type SellerPayout struct {
	ID       uint
	Account  string
	Amount   int64
	Currency string
	Status   string
	StripeID string
}

// Jobs holds the cron jobs' dependencies.
type Jobs struct {
	db *gorm.DB
}

// Schedule registers the jobs.
func Schedule(c *cron.Cron, db *gorm.DB) {
	j := &Jobs{db: db}
	c.AddFunc("@every 10m", j.payPending)
	c.AddFunc("@every 15m", j.payPendingKeyed)
}

func (j *Jobs) pending() []SellerPayout {
	var rows []SellerPayout
	j.db.Where("status = ?", "pending").Find(&rows)
	return rows
}

// payPending leaves no key: stripe-go puts a random one on each call, and a
// row whose payout timed out is still pending ten minutes later.
func (j *Jobs) payPending() {
	for _, row := range j.pending() {
		params := &stripe.PayoutParams{Amount: stripe.Int64(row.Amount), Currency: stripe.String(row.Currency)}
		params.SetStripeAccount(row.Account)
		po, err := payout.New(params) // want "\\[idempotency\\] stripe payout.New is retried by a cron job that re-selects pending rows"
		if err != nil {
			log.Printf("payout %d: %v", row.ID, err)
			continue
		}
		j.db.Model(&row).Updates(map[string]any{"status": "sent", "stripe_id": po.ID})
	}
}

// payPendingKeyed is the fixed job: the key is the row id.
func (j *Jobs) payPendingKeyed() {
	for _, row := range j.pending() {
		params := &stripe.PayoutParams{Amount: stripe.Int64(row.Amount), Currency: stripe.String(row.Currency)}
		params.SetStripeAccount(row.Account)
		params.SetIdempotencyKey(fmt.Sprintf("seller-payout-%d", row.ID))
		po, err := payout.New(params)
		if err != nil {
			log.Printf("payout %d: %v", row.ID, err)
			continue
		}
		j.db.Model(&row).Updates(map[string]any{"status": "sent", "stripe_id": po.ID})
	}
}
