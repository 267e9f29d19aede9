package store

import (
	"context"
	"time"

	"gorm.io/gorm"
)

// Billing is the GORM-backed store for accounts, subscriptions and usage.
type Billing struct {
	db *gorm.DB
}

// NewBilling wraps an open GORM handle.
func NewBilling(db *gorm.DB) *Billing { return &Billing{db: db} }

func (s *Billing) Account(ctx context.Context, id string) (*Account, error) {
	var a Account
	err := s.db.WithContext(ctx).First(&a, "id = ?", id).Error
	return &a, err
}

func (s *Billing) SubscriptionByInvoice(ctx context.Context, invoiceID string) (*Subscription, error) {
	var sub Subscription
	err := s.db.WithContext(ctx).Where("stripe_invoice = ?", invoiceID).First(&sub).Error
	return &sub, err
}

// ExtendPaidThrough moves the subscription's paid-through date one month on.
func (s *Billing) ExtendPaidThrough(ctx context.Context, sub *Subscription) error {
	sub.PaidThrough = sub.PaidThrough.AddDate(0, 1, 0)
	sub.Status = "active"
	return s.db.WithContext(ctx).Save(sub).Error
}

func (s *Billing) Overdue(ctx context.Context, now time.Time) ([]Subscription, error) {
	var subs []Subscription
	err := s.db.WithContext(ctx).
		Where("status IN ? AND paid_through < ?", []string{"active", "past_due"}, now.Add(-72*time.Hour)).
		Find(&subs).Error
	return subs, err
}

func (s *Billing) SetSubscriptionStatus(ctx context.Context, id, status string) error {
	return s.db.WithContext(ctx).Model(&Subscription{}).Where("id = ?", id).Update("status", status).Error
}

// UnbilledUsage returns the usage rows of every account that are not billed yet.
func (s *Billing) UnbilledUsage(ctx context.Context) (map[string][]UsageRow, error) {
	var rows []UsageRow
	if err := s.db.WithContext(ctx).Where("billed_at IS NULL AND payment_intent_id = ''").Find(&rows).Error; err != nil {
		return nil, err
	}
	by := make(map[string][]UsageRow)
	for _, r := range rows {
		by[r.AccountID] = append(by[r.AccountID], r)
	}
	return by, nil
}

// AttachIntent links rows to the PaymentIntent that is charging them.
func (s *Billing) AttachIntent(ctx context.Context, ids []int64, paymentIntentID string) error {
	return s.db.WithContext(ctx).Model(&UsageRow{}).
		Where("id IN ?", ids).
		Update("payment_intent_id", paymentIntentID).Error
}

// MarkUsagePaid stamps the rows of a succeeded overage intent as billed.
func (s *Billing) MarkUsagePaid(ctx context.Context, paymentIntentID string) error {
	return s.db.WithContext(ctx).Model(&UsageRow{}).
		Where("payment_intent_id = ?", paymentIntentID).
		Update("billed_at", time.Now()).Error
}

// ReleaseUsage detaches the rows of a failed overage intent so the next
// run charges them again.
func (s *Billing) ReleaseUsage(ctx context.Context, paymentIntentID string) error {
	return s.db.WithContext(ctx).Model(&UsageRow{}).
		Where("payment_intent_id = ? AND billed_at IS NULL", paymentIntentID).
		Update("payment_intent_id", "").Error
}

// MarkPlanPaid activates a subscription paid until the given date.
func (s *Billing) MarkPlanPaid(ctx context.Context, subID string, until time.Time) error {
	return s.db.WithContext(ctx).Model(&Subscription{}).Where("id = ?", subID).
		Updates(map[string]any{"status": "active", "paid_through": until}).Error
}

func (s *Billing) Subscription(ctx context.Context, id string) (*Subscription, error) {
	var sub Subscription
	err := s.db.WithContext(ctx).First(&sub, "id = ?", id).Error
	return &sub, err
}

func (s *Billing) PastDue(ctx context.Context) ([]Subscription, error) {
	var subs []Subscription
	err := s.db.WithContext(ctx).Where("status = ?", "past_due").Find(&subs).Error
	return subs, err
}

// NegativeBalances lists accounts whose prepaid credit went below zero.
func (s *Billing) NegativeBalances(ctx context.Context) ([]Account, error) {
	var accts []Account
	err := s.db.WithContext(ctx).Where("credit_cents < 0 AND NOT collecting").Find(&accts).Error
	return accts, err
}

// SetCollecting flags an account while its negative balance is being collected.
func (s *Billing) SetCollecting(ctx context.Context, accountID string, on bool) error {
	return s.db.WithContext(ctx).Model(&Account{}).Where("id = ?", accountID).Update("collecting", on).Error
}

// DebitCredit takes refunded credit off an account.
func (s *Billing) DebitCredit(ctx context.Context, accountID string, cents int64) error {
	return s.db.WithContext(ctx).Model(&Account{}).Where("id = ? AND credit_cents >= ?", accountID, cents).
		Update("credit_cents", gorm.Expr("credit_cents - ?", cents)).Error
}

// DueForRenewal lists active card-paid plans that lapse before the given time.
func (s *Billing) DueForRenewal(ctx context.Context, before time.Time) ([]Subscription, error) {
	var subs []Subscription
	err := s.db.WithContext(ctx).
		Where("status = ? AND stripe_invoice = '' AND paid_through < ?", "active", before).
		Find(&subs).Error
	return subs, err
}
