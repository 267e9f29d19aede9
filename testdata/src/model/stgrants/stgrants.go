// Package stgrants exercises what a database write grants: increments of
// earnings and entitlements, rows inserted as rewards, and free trials
// that look like plan upgrades.
package stgrants

import (
	"context"
	"database/sql"

	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type Store struct {
	sql  *sql.DB
	sqlx *sqlx.DB
	db   *gorm.DB
}

// --- increments of earnings: any column of a money-holding table ---

func (s *Store) creatorEarnings(ctx context.Context, id string, cents int64) { // want `wrapper Store.creatorEarnings statewrite`
	s.sql.ExecContext(ctx, "update creator_earnings set lifetime_cents = lifetime_cents + $1 where creator_id = $2", cents, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) affiliateLedger(id string, n int64) { // want `wrapper Store.affiliateLedger statewrite`
	s.sqlx.MustExec("UPDATE affiliate_ledgers SET owed = owed + ? WHERE affiliate = ?", n, id) // want `op statewrite paid state stored by sqlx.DB.MustExec$`
}

func (s *Store) walletGorm(id string, n int64) { // want `wrapper Store.walletGorm statewrite`
	s.db.Table("wallets").Where("id = ?", id).Update("available", gorm.Expr("available + ?", n)) // want `op statewrite paid state stored by gorm.DB.Update$`
}

// --- increments of entitlements, whatever the table ---

func (s *Store) addLicences(ctx context.Context, org string, n int) { // want `wrapper Store.addLicences statewrite`
	s.sql.ExecContext(ctx, `UPDATE organizations SET licences = licences + $1 WHERE id = $2`, n, org) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) addSeatCount(ctx context.Context, team string, n int) { // want `wrapper Store.addSeatCount statewrite`
	s.sql.ExecContext(ctx, `UPDATE projects SET seat_count = seat_count + $1 WHERE id = $2`, n, team) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// --- a fixed sum added to a column named for money held ---

func (s *Store) travelCredit(ctx context.Context, ref string) { // want `wrapper Store.travelCredit statewrite`
	s.sql.ExecContext(ctx, "UPDATE travellers SET travel_credit = travel_credit + 25 WHERE booking_ref = $1", ref) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) storeCredits(ctx context.Context, id string, n int64) { // want `wrapper Store.storeCredits statewrite`
	s.sql.ExecContext(ctx, "UPDATE customers SET store_credits = store_credits + $1 WHERE id = $2", n, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes: a credit limit raised, karma, a balance's version.
func (s *Store) creditLike(ctx context.Context, id string) {
	s.sql.ExecContext(ctx, "UPDATE accounts SET credit_limit = credit_limit + 100 WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE users SET karma = karma + 10 WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE accounts SET balance_version = balance_version + 1 WHERE id = $1", id)
}

// --- look-alikes: counters, decrements, idempotent sets ---

func (s *Store) counters(ctx context.Context, id string, n int64) {
	s.sql.ExecContext(ctx, "UPDATE wallets SET attempts = attempts + 1 WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE wallet_balances SET retry_count = retry_count + $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE users SET login_count = login_count + 1, views = views + $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE balances SET version = version + 1, updated_at = now() WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE articles SET points = points + 1 WHERE id = $1", id)     // an upvote
	s.sql.ExecContext(ctx, "UPDATE api_keys SET tokens = tokens + $1 WHERE id = $2", n, id) // a rate-limit bucket
}

func (s *Store) decrements(ctx context.Context, id string, n int64) {
	s.sql.ExecContext(ctx, "UPDATE seller_balances SET pending = pending - $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE workspaces SET seats = seats - $1 WHERE id = $2", n, id)
}

func (s *Store) sets(ctx context.Context, id string, n int64) {
	s.sql.ExecContext(ctx, "UPDATE seller_earnings SET paid_out = $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE workspaces SET seats = $1 WHERE id = $2", n, id)
	s.sql.ExecContext(ctx, "UPDATE wallet_events SET amount = amount + $1 WHERE id = $2", n, id)
}

// --- rewards inserted as rows ---

type RewardPoint struct {
	UserID string
	Amount int
}

type CashbackGrant struct {
	UserID string
	Cents  int64
}

func (s *Store) reward(userID string) { // want `wrapper Store.reward statewrite`
	s.db.Create(&RewardPoint{UserID: userID, Amount: 50}) // want `op statewrite paid state stored by gorm.DB.Create$`
}

func (s *Store) cashback(ctx context.Context, userID string, cents int64) { // want `wrapper Store.cashback statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO cashback_grants (user_id, cents) VALUES ($1, $2)", userID, cents) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) bonus(ctx context.Context, userID string) { // want `wrapper Store.bonus statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO signup_bonuses (user_id, amount) VALUES ($1, 500)", userID) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// --- look-alikes: logs and notifications about rewards ---

type RewardNotification struct {
	UserID string
	Text   string
}

type LoyaltyAuditLog struct {
	UserID string
	Action string
}

func (s *Store) rewardLogs(ctx context.Context, userID string) {
	s.db.Create(&RewardNotification{UserID: userID, Text: "you earned points"})
	s.db.Create(&LoyaltyAuditLog{UserID: userID, Action: "viewed"})
	s.sql.ExecContext(ctx, "INSERT INTO points_events (user_id, kind) VALUES ($1, 'viewed')", userID)
}

// --- free trials are not paid plans ---

func (s *Store) trial(ctx context.Context, id string) {
	s.sql.ExecContext(ctx, "UPDATE teams SET tier = 'business', trial_until = now() + interval '7 days' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE accounts SET plan = $1, is_trial = true WHERE id = $2", "pro", id)
}

// Ending a trial into a paid plan is a paid grant.
func (s *Store) convertTrial(ctx context.Context, id string) { // want `wrapper Store.convertTrial statewrite`
	s.sql.ExecContext(ctx, "UPDATE accounts SET plan = 'pro', is_trial = false, trial_until = NULL WHERE id = $1", id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// --- paid states held in a variable of constant values ---

type Order struct {
	ID     string
	Status string
}

type Payout struct {
	Ref    string
	Status string
}

func (s *Store) settleOrder(ok bool, id string) { // want `wrapper Store.settleOrder statewrite`
	state := "declined"
	if ok {
		state = "succeeded"
	}
	s.db.Model(&Order{ID: id}).Update("status", state) // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Store) settlePayout(ctx context.Context, code int, ref string) { // want `wrapper Store.settlePayout statewrite`
	var st string
	switch code {
	case 0:
		st = "paid"
	case 1:
		st = "reversed"
	default:
		st = "failed"
	}
	s.sql.ExecContext(ctx, "UPDATE payouts SET status = ? WHERE ref = ?", st, ref) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes: the variable never holds a paid value, or holds one that
// came from outside (the request, a parameter, a decoder).
func (s *Store) unpaidOnly(ctx context.Context, ok bool, ref string, given string, raw []byte) {
	st := "failed"
	if ok {
		st = "pending"
	}
	s.sql.ExecContext(ctx, "UPDATE payouts SET status = $1 WHERE ref = $2", st, ref)
	s.db.Model(&Order{ID: ref}).Update("status", st)

	fromCaller := "cancelled"
	if ok {
		fromCaller = given
	}
	s.db.Model(&Payout{Ref: ref}).Update("status", fromCaller)

	decoded := "failed"
	decode(raw, &decoded)
	s.sql.ExecContext(ctx, "UPDATE payouts SET status = $1 WHERE ref = $2", decoded, ref)
}

func decode(raw []byte, into *string) {}
