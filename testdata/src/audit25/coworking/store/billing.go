package store

import (
	"context"
	"time"

	"github.com/uptrace/bun"
)

// Membership is a monthly desk plan collected by direct debit.
type Membership struct {
	ID           string `bun:",pk"`
	CompanyID    string
	MandateID    string
	PlanMinor    int64
	Currency     string
	PaidThrough  time.Time
	LastChargeID string
}

// Deposit is the security deposit held on a card for a private office.
type Deposit struct {
	ID          string `bun:",pk"`
	OfficeID    string
	PSPRef      string // the authorisation's pspReference
	AmountMinor int64
	Currency    string
	Status      string // "held", "release_requested", "released", "captured"
}

// Payout is a landlord revenue-share transfer.
type Payout struct {
	ID          string `bun:",pk"`
	LandlordID  string
	IBAN        string
	AmountMinor int64
	Currency    string
	Period      string // "2026-11"
	ProviderID  string
	Status      string // "pending", "submitted", "paid", "failed"
}

type Billing struct {
	db *bun.DB
}

func NewBilling(db *bun.DB) *Billing { return &Billing{db: db} }

func (s *Billing) DueMemberships(ctx context.Context, asOf time.Time) ([]Membership, error) {
	var out []Membership
	err := s.db.NewSelect().Model(&out).Where("paid_through < ?", asOf).Where("mandate_id <> ''").Order("id").Scan(ctx)
	return out, err
}

func (s *Billing) ExtendMembership(ctx context.Context, id string, through time.Time, chargeID string) error {
	_, err := s.db.NewUpdate().Model((*Membership)(nil)).
		Set("paid_through = ?", through).Set("last_charge_id = ?", chargeID).
		Where("id = ?", id).Exec(ctx)
	return err
}

func (s *Billing) DepositsToRelease(ctx context.Context) ([]Deposit, error) {
	var out []Deposit
	err := s.db.NewSelect().Model(&out).Where("status = ?", "release_requested").Limit(50).Scan(ctx)
	return out, err
}

func (s *Billing) SetDepositStatus(ctx context.Context, id, status string) error {
	_, err := s.db.NewUpdate().Model((*Deposit)(nil)).Set("status = ?", status).Where("id = ?", id).Exec(ctx)
	return err
}

func (s *Billing) PendingPayouts(ctx context.Context) ([]Payout, error) {
	var out []Payout
	err := s.db.NewSelect().Model(&out).Where("status = ?", "pending").Order("id").Limit(100).Scan(ctx)
	return out, err
}

func (s *Billing) SetPayoutStatus(ctx context.Context, id, providerID, status string) error {
	_, err := s.db.NewUpdate().Model((*Payout)(nil)).
		Set("status = ?", status).Set("provider_id = COALESCE(NULLIF(?, ''), provider_id)", providerID).
		Where("id = ?", id).Exec(ctx)
	return err
}

// SetPayoutStatusByProvider is used by the bank's status callbacks.
func (s *Billing) SetPayoutStatusByProvider(ctx context.Context, providerID, status string) error {
	_, err := s.db.NewUpdate().Model((*Payout)(nil)).Set("status = ?", status).Where("provider_id = ?", providerID).Exec(ctx)
	return err
}

// AddLandlordShare books a landlord's share of a collected membership
// payment into the revenue ledger.
func (s *Billing) AddLandlordShare(ctx context.Context, paymentID string, amountMinor int64, currency string) error {
	_, err := s.db.NewInsert().Table("landlord_ledger").
		Value("payment_id", "?", paymentID).
		Value("amount_minor", "?", amountMinor*30/100).
		Value("currency", "?", currency).
		Exec(ctx)
	return err
}

func (s *Billing) MarkInvoicePaid(ctx context.Context, stripeInvoiceID string) error {
	_, err := s.db.NewUpdate().Table("company_invoices").Set("status = ?", "paid").Set("paid_at = now()").
		Where("stripe_invoice_id = ?", stripeInvoiceID).Exec(ctx)
	return err
}
