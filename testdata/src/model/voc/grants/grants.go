// Package grants exercises what a database write grants in games, event
// ticketing and payouts: a paid tier set on a player, event tickets
// (seats, QR codes) issued as rows, a payment row recorded with its
// amount; and the look-alikes that grant nothing: a player's nickname or
// cosmetic choice, a free tier, an earned rank, helpdesk tickets, a
// payment's event log.
package grants

import (
	"context"
	"database/sql"

	"gorm.io/gorm"
)

type Store struct {
	sql *sql.DB
	db  *gorm.DB
}

// --- a paid tier set on a player-like row ---

func (s *Store) vipPass(id string) { // want `wrapper Store.vipPass statewrite`
	s.db.Table("gamers").Where("id = ?", id).Update("membership_tier", "vip") // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Store) seasonPass(ctx context.Context, id string) { // want `wrapper Store.seasonPass statewrite`
	s.sql.ExecContext(ctx, "UPDATE players SET season_tier = 'premium' WHERE id = $1", id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alikes: a player's own choices and activity, a free or basic
// tier, a rank earned by playing.
func (s *Store) playerChoices(ctx context.Context, id, name string) {
	s.db.Table("players").Where("id = ?", id).Update("nickname", name)
	s.db.Table("players").Where("id = ?", id).Update("skin", "dragon")
	s.sql.ExecContext(ctx, "UPDATE players SET last_seen = now() WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE players SET pass_tier = 'free' WHERE id = $1", id)
	s.db.Table("players").Where("id = ?", id).Update("pass_tier", "basic")
	s.sql.ExecContext(ctx, "UPDATE players SET rank_tier = 'gold' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE players SET league_tier = 'premium' WHERE id = $1", id)
}

// --- event tickets issued as rows ---

func (s *Store) issueSeats(ctx context.Context, orderRef string) { // want `wrapper Store.issueSeats statewrite`
	s.sql.ExecContext(ctx, `INSERT INTO event_tickets (booking_id, seat_no, barcode) SELECT b.id, bs.seat_no, md5(random()::text) FROM bookings b JOIN booking_seats bs ON bs.booking_id = b.id WHERE b.ref = $1`, orderRef) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Store) admit(ctx context.Context, showID, buyer string) { // want `wrapper Store.admit statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO tickets (showtime_id, holder, qr_code) VALUES ($1, $2, gen_random_uuid())", showID, buyer) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// Look-alike: a helpdesk ticket, even about an order.
func (s *Store) supportTicket(ctx context.Context, orderID, subject, body string) {
	s.sql.ExecContext(ctx, "INSERT INTO tickets (order_id, subject, body, requester) VALUES ($1, $2, $3, 'web')", orderID, subject, body)
	s.sql.ExecContext(ctx, "INSERT INTO support_tickets (order_id, priority) VALUES ($1, 'high')", orderID)
}

// --- a payment row recorded with its amount ---

func (s *Store) recordRefund(ctx context.Context, ref, refundID string, cents int64) { // want `wrapper Store.recordRefund statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO refund_payments (ref, refund_id, amount_cents) VALUES ($1, $2, $3)", ref, refundID, cents) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

type PayoutTransaction struct {
	PayoutID string
	Amount   int64
}

func (s *Store) recordPayout(id string, amount int64) { // want `wrapper Store.recordPayout statewrite`
	s.db.Create(&PayoutTransaction{PayoutID: id, Amount: amount}) // want `op statewrite paid state stored by gorm.DB.Create$`
}

// Look-alikes: the payment's event log, a row with no amount, a
// pending payment, an order placed before it is paid.
func (s *Store) paymentLogs(ctx context.Context, ref string, cents int64) {
	s.sql.ExecContext(ctx, "INSERT INTO payment_events (ref, amount) VALUES ($1, $2)", ref, cents)
	s.sql.ExecContext(ctx, "INSERT INTO payment_webhook_log (ref, amount) VALUES ($1, $2)", ref, cents)
	s.sql.ExecContext(ctx, "INSERT INTO payment_links (ref, url) VALUES ($1, $2)", ref, "u")
	s.sql.ExecContext(ctx, "INSERT INTO payments (ref, amount, status) VALUES ($1, $2, 'pending')", ref, cents)
	s.sql.ExecContext(ctx, "INSERT INTO orders (ref, amount) VALUES ($1, $2)", ref, cents)
}
