// Package dbwrites exercises paid states and entitlements written through
// the database (GORM, database/sql, sqlx, pgx), recognised by what is
// written rather than by the name of the function writing it.
package dbwrites

import (
	"context"
	"database/sql"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"
	"github.com/jmoiron/sqlx"
	"gorm.io/gorm"
)

type Order struct {
	ID     string
	Status string
	PaidAt *time.Time
}

type User struct {
	ID        string
	Plan      string
	IsPremium bool
	Credits   int64
}

type Subscription struct {
	UserID    string
	Status    string
	ExpiresAt time.Time `gorm:"column:valid_until"`
}

type LedgerEntry struct {
	UserID string
	Amount int64
}

type Payment struct {
	ID     string
	Status string
}

type Profile struct {
	UserID string
	Status string
}

type Comment struct{ Status string }

type Shipment struct{ Address string }

type Service struct {
	db   *gorm.DB
	sql  *sql.DB
	sqlx *sqlx.DB
	pg   *pgx.Conn
	pool *pgxpool.Pool
}

const statusPaid = "paid"

// --- GORM: recognised ---

func (s *Service) updatePaid(id string) { // want `wrapper Service.updatePaid statewrite paid state stored by gorm.DB.Update$`
	s.db.Model(&Order{}).Where("id = ?", id).Update("status", "paid") // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Service) updatesMap(ctx context.Context, o *Order) { // want `wrapper Service.updatesMap statewrite`
	s.db.WithContext(ctx).Model(o).Updates(map[string]any{"status": statusPaid, "paid_at": time.Now()}) // want `op statewrite paid state stored by gorm.DB.Updates$`
}

func (s *Service) updatesStruct(id string) { // want `wrapper Service.updatesStruct statewrite`
	s.db.Model(&Order{ID: id}).Updates(Order{Status: "completed"}) // want `op statewrite paid state stored by gorm.DB.Updates$`
}

func (s *Service) saveAfterAssign(o Order) { // want `wrapper Service.saveAfterAssign statewrite`
	o.Status = "paid"
	s.db.Save(&o) // want `op statewrite paid state stored by gorm.DB.Save$`
}

func (s *Service) premium(u *User) { // want `wrapper Service.premium statewrite`
	s.db.Model(u).UpdateColumn("is_premium", true) // want `op statewrite paid state stored by gorm.DB.UpdateColumn$`
}

func (s *Service) credit(u *User, n int64) { // want `wrapper Service.credit statewrite`
	s.db.Model(u).Update("credits", gorm.Expr("credits + ?", n)) // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Service) extend(sub *Subscription) { // want `wrapper Service.extend statewrite`
	q := s.db.Model(sub)
	q.Updates(Subscription{ExpiresAt: time.Now().AddDate(0, 1, 0)}) // want `op statewrite paid state stored by gorm.DB.Updates$`
}

func (s *Service) ledger(userID string, amount int64) { // want `wrapper Service.ledger statewrite`
	s.db.Create(&LedgerEntry{UserID: userID, Amount: amount}) // want `op statewrite paid state stored by gorm.DB.Create$`
}

func (s *Service) fieldName(o *Order) { // want `wrapper Service.fieldName statewrite`
	s.db.Model(o).Update("PaidAt", time.Now()) // want `op statewrite paid state stored by gorm.DB.Update$`
}

func (s *Service) tableName(id string) { // want `wrapper Service.tableName statewrite`
	s.db.Table("payments").Where("id = ?", id).Update("state", "succeeded") // want `op statewrite paid state stored by gorm.DB.Update$`
}

// --- GORM: look-alikes ---

func (s *Service) lookalikes(id string, addr string, u *User) {
	s.db.Model(&Profile{}).Where("user_id = ?", id).Update("status", "completed")
	s.db.Model(&Comment{}).Update("status", "approved")
	s.db.Model(&Shipment{}).Where("id = ?", id).Update("address", addr)
	s.db.Model(&Order{}).Where("id = ?", id).Update("status", "cancelled")
	s.db.Model(&Order{}).Where("id = ?", id).Updates(map[string]any{"status": "refunded", "paid_at": nil})
	s.db.Model(u).Update("plan", "free")
	s.db.Model(u).Update("credits", gorm.Expr("credits - ?", 1))
	s.db.Model(&User{}).Update("status", "active") // an account activated, not paid
	s.db.Create(&Payment{ID: id, Status: "pending"})
	s.db.Create(&Subscription{UserID: id, Status: "incomplete"}) // made before checkout
	s.db.Create(&Comment{Status: "approved"})
	o := Order{ID: id}
	o.Status = "failed"
	s.db.Save(&o)
}

// --- SQL: recognised ---

func (s *Service) sqlPaid(ctx context.Context, id string) error { // want `wrapper Service.sqlPaid statewrite`
	_, err := s.sql.ExecContext(ctx, `UPDATE orders SET status = 'paid', paid_at = now() WHERE id = $1`, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
	return err
}

func (s *Service) pgxPlaceholder(ctx context.Context, id string) error { // want `wrapper Service.pgxPlaceholder statewrite`
	_, err := s.pg.Exec(ctx, "UPDATE orders SET status = $1, paid_at = now() WHERE id = $2", "paid", id) // want `op statewrite paid state stored by pgx.Conn.Exec$`
	return err
}

func (s *Service) pgxPaidAt(ctx context.Context, st, id string) error { // want `wrapper Service.pgxPaidAt statewrite`
	_, err := s.pool.Exec(ctx, "update public.orders o set status = $1, paid_at = now() where o.id = $2", st, id) // want `op statewrite paid state stored by pgxpool.Pool.Exec$`
	return err
}

func (s *Service) sqlxBalance(userID string, n int64) { // want `wrapper Service.sqlxBalance statewrite`
	s.sqlx.MustExec("UPDATE wallets SET balance = balance + ? WHERE user_id = ?", n, userID) // want `op statewrite paid state stored by sqlx.DB.MustExec$`
}

func (s *Service) insertLedger(ctx context.Context, userID string, n int64) { // want `wrapper Service.insertLedger statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO ledger_entries (user_id, amount, kind) VALUES ($1, $2, 'credit')", userID, n) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Service) insertPaid(ctx context.Context, id string) { // want `wrapper Service.insertPaid statewrite`
	s.sql.ExecContext(ctx, "INSERT INTO payments (id, status) VALUES ($1, 'succeeded') ON CONFLICT (id) DO NOTHING", id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

func (s *Service) userPlan(ctx context.Context, plan, id string) { // want `wrapper Service.userPlan statewrite`
	s.sql.ExecContext(ctx, "UPDATE users SET plan = $1, premium_until = now() + interval '30 days' WHERE id = $2", plan, id) // want `op statewrite paid state stored by sql.DB.ExecContext$`
}

// --- SQL: look-alikes ---

func (s *Service) sqlLookalikes(ctx context.Context, id, addr string) {
	s.sql.ExecContext(ctx, "UPDATE profiles SET status = 'completed' WHERE user_id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE comments SET status = 'approved' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE shipments SET address = $1 WHERE id = $2", addr, id)
	s.sql.ExecContext(ctx, "UPDATE orders SET status = 'cancelled', cancelled_at = now() WHERE id = $1", id)
	s.pg.Exec(ctx, "UPDATE orders SET status = $1 WHERE id = $2", "refunded", id)
	s.sql.ExecContext(ctx, "UPDATE users SET status = 'active', verified_at = now() WHERE id = $1", id)
	s.sql.ExecContext(ctx, "INSERT INTO payments (id, status) VALUES ($1, 'pending')", id)
	s.sql.ExecContext(ctx, "INSERT INTO payment_events (id, type) VALUES ($1, 'payment.succeeded')", id)
	s.sql.ExecContext(ctx, "UPDATE payment_methods SET status = 'active' WHERE id = $1", id)
	s.sqlx.MustExec("UPDATE wallets SET balance = balance - ? WHERE user_id = ?", 5, id)
	s.sql.ExecContext(ctx, "INSERT INTO credit_cards (user_id, last4) VALUES ($1, '4242')", id)
	s.sql.ExecContext(ctx, "INSERT INTO memberships (user_id, team_id, role) VALUES ($1, $2, 'member')", id, addr)
	s.sql.ExecContext(ctx, "UPDATE user_sessions SET state = 'active' WHERE id = $1", id)
	s.sql.ExecContext(ctx, "UPDATE orders SET shipping_address = $1 WHERE id = $2", addr, id)
}

// A function that writes the paid state is a fulfilment for its callers,
// whatever its name.
func (s *Service) handle(ctx context.Context, id string) { // want `wrapper Service.handle statewrite`
	s.updatePaid(id) // want `op statewrite dbwrites.Service.updatePaid \(paid state stored by gorm.DB.Update\) via=updatePaid$`
}
