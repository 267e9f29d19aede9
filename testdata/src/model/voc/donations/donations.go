// Package donations exercises what a database write grants in giving and
// charging: a donation, pledge or recurring gift set active or paid; a
// sum of money added to a total raised (a campaign's, a fund's) by a
// bound amount; a payment-qualified status set to a paid value on a row
// that is not itself a payment (a charging session); and the look-alikes:
// a tax declaration, a fundraising page, a newsletter, counters, a total
// recomputed, a quantity, a login session, a charger's own state.
package donations

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

type Store struct {
	sql *sql.DB
	db  *gorm.DB
}

// --- gifts set active or paid ---

func (s *Store) startMonthly(ctx context.Context, id, sub string) { // want `wrapper Store.startMonthly statewrite`
	s.sql.ExecContext(ctx, "UPDATE recurring_gifts SET state = 'active', mandate_ref = $1 WHERE id = $2", sub, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

type Contribution struct {
	ID     string
	Status string
}

func (s *Store) settle(id string) { // want `wrapper Store.settle statewrite`
	s.db.Model(&Contribution{}).Where("id = ?", id).Update("status", "completed") // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Store) pledgePaid(ctx context.Context, id string) { // want `wrapper Store.pledgePaid statewrite`
	s.sql.ExecContext(ctx, "UPDATE crowd_pledges SET status = 'paid' WHERE id = $1", id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes: a tax declaration, a fundraising page or campaign
// published, a newsletter, a pledge cancelled.
func (s *Store) notGrants(ctx context.Context, id string) {
	s.sql.ExecContext(ctx, "UPDATE gift_aid_declarations SET status = 'confirmed' WHERE donor_id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE donation_pages SET status = 'active' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE donation_campaigns SET status = 'active' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE donor_newsletter SET status = 'active' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE pledges SET status = 'cancelled' WHERE id = $1", id)
}

// --- money added to a total raised ---

func (s *Store) addToFund(ctx context.Context, fund string, cents int64) { // want `wrapper Store.addToFund statewrite`
	s.sql.ExecContext(ctx, "UPDATE relief_funds SET total_donated = total_donated + ? WHERE slug = ?", cents, fund) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) addToPot(ctx context.Context, pot string, cents int64) { // want `wrapper Store.addToPot statewrite`
	s.sql.ExecContext(ctx, "UPDATE pots SET collected_cents = collected_cents + $1 WHERE id = $2", cents, pot) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes: counters, a total recomputed from the rows, a quantity, a
// goal raised, a set.
func (s *Store) notCredits(ctx context.Context, id string, n, cents int64) {
	s.sql.ExecContext(ctx, "UPDATE fundraisers SET views = views + 1, share_attempts = share_attempts + $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE fundraisers SET raised_cents = (SELECT SUM(amount_cents) FROM gifts_received WHERE fundraiser_id = $1) WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE stock_lines SET quantity = quantity + $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE fundraisers SET goal_cents = goal_cents + $1 WHERE id = $2", cents, id)
	s.sql.ExecContext(ctx, "UPDATE fundraisers SET raised_cents = $1 WHERE id = $2", cents, id)
	s.sql.ExecContext(ctx, "UPDATE carts SET subtotal_cents = subtotal_cents + $1 WHERE id = $2", cents, id)
}

// --- a paid status on a row that is not a payment ---

func (s *Store) parkingPaid(ctx context.Context, ref string) { // want `wrapper Store.parkingPaid statewrite`
	s.sql.ExecContext(ctx, "UPDATE parking_stays SET pay_status = 'paid' WHERE ref = $1", ref) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

type ChargeSession struct {
	ID            string
	PaymentState  string
	CapturedCents int64
}

func (s *Store) sessionCaptured(id string, cents int64) { // want `wrapper Store.sessionCaptured statewrite`
	s.db.Model(&ChargeSession{}).Where("id = ?", id).Updates(map[string]any{"payment_state": "settled", "captured_cents": cents}) // want `op statewrite paid state stored by gorm.DB.Updates$`
}

// Look-alikes: a login session, a charger's own state, a payment status
// that is not paid, a log row.
func (s *Store) notPaidStates(ctx context.Context, id string) {
	s.sql.ExecContext(ctx, "UPDATE sessions SET status = 'active' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE chargers SET charger_status = 'charging' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE parking_stays SET payment_status = 'failed' WHERE ref = $1", id)
	s.sql.ExecContext(ctx, "UPDATE parking_stays SET payment_status = 'pending' WHERE ref = $1", id)
}

func (s *Store) addToAppeal(ctx context.Context, id string, cents int64) { // want `wrapper Store.addToAppeal statewrite`
	s.sql.ExecContext(ctx, "UPDATE appeals SET amount_raised = amount_raised + $1 WHERE id = $2", cents, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes of amounts: a stock amount, sales statistics.
func (s *Store) notRaised(ctx context.Context, id string, n, cents int64) {
	s.sql.ExecContext(ctx, "UPDATE stock SET amount = amount + $1 WHERE sku = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE daily_stats SET revenue_cents = revenue_cents + $1 WHERE day = $2", cents, id)
}
