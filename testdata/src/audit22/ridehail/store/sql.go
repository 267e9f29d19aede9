package store

import (
	"context"
	"errors"
	"time"

	"gorm.io/gorm"
	"gorm.io/gorm/clause"
)

// ErrNotFound is returned when a row does not exist.
var ErrNotFound = errors.New("store: not found")

// Repo is the Postgres store, over gorm.
type Repo struct {
	db *gorm.DB
}

// NewRepo wraps a gorm handle.
func NewRepo(db *gorm.DB) *Repo { return &Repo{db: db} }

// Migrate creates the tables.
func (r *Repo) Migrate() error {
	return r.db.AutoMigrate(&Trip{}, &Payment{}, &DriverWallet{}, &LedgerEntry{}, &Cashout{}, &PromoCredit{})
}

// Trip loads one trip.
func (r *Repo) Trip(ctx context.Context, id string) (*Trip, error) {
	var t Trip
	if err := r.db.WithContext(ctx).First(&t, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &t, nil
}

// Payment loads one payment.
func (r *Repo) Payment(ctx context.Context, id string) (*Payment, error) {
	var p Payment
	if err := r.db.WithContext(ctx).First(&p, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &p, nil
}

// PaymentByRef loads a payment by the provider's reference.
func (r *Repo) PaymentByRef(ctx context.Context, ref string) (*Payment, error) {
	var p Payment
	if err := r.db.WithContext(ctx).First(&p, "provider_ref = ?", ref).Error; err != nil {
		return nil, err
	}
	return &p, nil
}

// SavePayment inserts or updates a payment.
func (r *Repo) SavePayment(ctx context.Context, p *Payment) error {
	return r.db.WithContext(ctx).Save(p).Error
}

// MarkPaid moves a payment and its trip to paid. It is idempotent.
func (r *Repo) MarkPaid(ctx context.Context, paymentID string) error {
	now := time.Now()
	return r.db.WithContext(ctx).Transaction(func(tx *gorm.DB) error {
		var p Payment
		if err := tx.First(&p, "id = ?", paymentID).Error; err != nil {
			return err
		}
		if err := tx.Model(&Payment{}).Where("id = ?", paymentID).
			Updates(map[string]any{"status": PayPaid, "paid_at": now}).Error; err != nil {
			return err
		}
		if p.Purpose != "fare" {
			return nil
		}
		return tx.Model(&Trip{}).Where("id = ?", p.TripID).Update("state", TripCompleted).Error
	})
}

// SetPaymentStatus stores a non-paid status (failed, expired, refunded).
func (r *Repo) SetPaymentStatus(ctx context.Context, id, status string) error {
	return r.db.WithContext(ctx).Model(&Payment{}).Where("id = ?", id).Update("status", status).Error
}

// CreditDriver adds to a driver's wallet balance.
func (r *Repo) CreditDriver(ctx context.Context, driverID string, amount float64) error {
	return r.db.WithContext(ctx).Model(&DriverWallet{}).Where("driver_id = ?", driverID).
		Update("balance", gorm.Expr("balance + ?", amount)).Error
}

// AddLedger records a wallet movement once per event: the unique index on
// event_id turns a second delivery into a no-op. It answers whether the
// row was new.
func (r *Repo) AddLedger(ctx context.Context, e *LedgerEntry) (bool, error) {
	res := r.db.WithContext(ctx).Clauses(clause.OnConflict{DoNothing: true}).Create(e)
	return res.RowsAffected == 1, res.Error
}

// DueCashouts lists queued cashouts for today's run.
func (r *Repo) DueCashouts(ctx context.Context, limit int) ([]Cashout, error) {
	var out []Cashout
	err := r.db.WithContext(ctx).Where("status = ?", "queued").Find(&out).Error
	if len(out) > limit {
		out = out[:limit]
	}
	return out, err
}

// Cashout loads one cashout.
func (r *Repo) Cashout(ctx context.Context, id string) (*Cashout, error) {
	var c Cashout
	if err := r.db.WithContext(ctx).First(&c, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &c, nil
}

// CashoutByRef loads a cashout by the provider's reference.
func (r *Repo) CashoutByRef(ctx context.Context, ref string) (*Cashout, error) {
	var c Cashout
	if err := r.db.WithContext(ctx).First(&c, "provider_ref = ? OR id = ?", ref, ref).Error; err != nil {
		return nil, err
	}
	return &c, nil
}

// UpdateCashout stores a cashout's status and provider reference.
func (r *Repo) UpdateCashout(ctx context.Context, id, status, ref string) error {
	return r.db.WithContext(ctx).Model(&Cashout{}).Where("id = ?", id).
		Updates(map[string]any{"status": status, "provider_ref": ref, "updated_at": time.Now()}).Error
}

// ClaimCashout moves a queued cashout to sending; false when another
// worker has it.
func (r *Repo) ClaimCashout(ctx context.Context, id string) (bool, error) {
	res := r.db.WithContext(ctx).Model(&Cashout{}).Where("id = ? AND status = ?", id, "queued").
		Update("status", "sending")
	return res.RowsAffected == 1, res.Error
}

// GrantPromo inserts a promo credit for a rider.
func (r *Repo) GrantPromo(ctx context.Context, pc *PromoCredit) error {
	return r.db.WithContext(ctx).Create(pc).Error
}
