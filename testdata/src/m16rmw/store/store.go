// Package store keeps a software shop's licenses (database/sql, MySQL
// placeholders), plans (GORM) and prepaid wallets (bun). Its setters write
// whatever value the caller computed.
package store

import (
	"context"
	"database/sql"
	"time"

	"github.com/uptrace/bun"
	"gorm.io/gorm"
)

// License is a customer's yearly license.
type License struct {
	ID         string
	Owner      string
	Status     string
	ValidUntil time.Time
	RemindAt   time.Time
}

// Plan is a team's monthly plan.
type Plan struct {
	ID        string
	Team      string
	PeriodEnd time.Time
}

// Wallet is a prepaid balance of API credits.
type Wallet struct {
	ID            string
	Owner         string
	CreditBalance int64
	Retries       int64
}

// Licenses persists licenses with database/sql.
type Licenses struct{ db *sql.DB }

// ByOwner loads the owner's license.
func (s *Licenses) ByOwner(ctx context.Context, owner string) (*License, error) {
	var l License
	err := s.db.QueryRowContext(ctx, `SELECT id, owner, status, valid_until, remind_at FROM licenses WHERE owner = ?`, owner).
		Scan(&l.ID, &l.Owner, &l.Status, &l.ValidUntil, &l.RemindAt)
	return &l, err
}

// SetValidUntil stores the license's new end.
func (s *Licenses) SetValidUntil(ctx context.Context, id string, until time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE licenses SET valid_until = ?, status = 'active' WHERE id = ?`, until, id)
	return err
}

// SetRemindAt stores when to remind the owner of the renewal.
func (s *Licenses) SetRemindAt(ctx context.Context, id string, at time.Time) error {
	_, err := s.db.ExecContext(ctx, `UPDATE licenses SET remind_at = ? WHERE id = ?`, at, id)
	return err
}

// Plans persists plans with GORM.
type Plans struct{ db *gorm.DB }

// ByTeam loads the team's plan.
func (s *Plans) ByTeam(ctx context.Context, team string) (*Plan, error) {
	var p Plan
	err := s.db.WithContext(ctx).First(&p, "team = ?", team).Error
	return &p, err
}

// SetPeriodEnd stores the plan's new period end.
func (s *Plans) SetPeriodEnd(ctx context.Context, id string, end time.Time) error {
	return s.db.WithContext(ctx).Model(&Plan{}).Where("id = ?", id).Update("period_end", end).Error
}

// Wallets persists wallets: loaded with database/sql, written with bun.
type Wallets struct {
	raw *sql.DB
	db  *bun.DB
}

// ByOwner loads the owner's wallet.
func (s *Wallets) ByOwner(ctx context.Context, owner string) (*Wallet, error) {
	var w Wallet
	err := s.raw.QueryRowContext(ctx, `SELECT id, owner, credit_balance, retries FROM wallets WHERE owner = $1`, owner).
		Scan(&w.ID, &w.Owner, &w.CreditBalance, &w.Retries)
	return &w, err
}

// SetCreditBalance stores the wallet's new balance.
func (s *Wallets) SetCreditBalance(ctx context.Context, id string, balance int64) error {
	_, err := s.db.NewUpdate().Model((*Wallet)(nil)).Set("credit_balance = ?", balance).Where("id = ?", id).Exec(ctx)
	return err
}

// SetRetries stores how often a top-up was retried.
func (s *Wallets) SetRetries(ctx context.Context, id string, n int64) error {
	_, err := s.db.NewUpdate().Model((*Wallet)(nil)).Set("retries = ?", n).Where("id = ?", id).Exec(ctx)
	return err
}

// Apply stores a license handed whole.
func (s *Licenses) Apply(ctx context.Context, l *License) error {
	_, err := s.db.ExecContext(ctx, `UPDATE licenses SET valid_until = ?, status = ? WHERE id = ?`, l.ValidUntil, l.Status, l.ID)
	return err
}
