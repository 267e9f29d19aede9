package store

import (
	"context"
	"time"

	"gorm.io/gorm"

	"audit23/wineclub/domain"
)

type Member struct {
	ID               string `gorm:"primaryKey"`
	Email            string `gorm:"uniqueIndex"`
	Name             string
	Region           string
	MollieCustomerID string
	MollieMandateID  string
	GCMandateID      string
	StripeCustomerID string
	StripePMID       string
	CreditCents      int64
	Status           string
	JoinedAt         time.Time
}

type Gift struct {
	ID             string `gorm:"primaryKey"`
	BuyerEmail     string
	RecipientEmail string
	Quarters       int
	AmountCents    int64
	Currency       string
	Code           string `gorm:"uniqueIndex"`
	Status         string
	MolliePayment  string `gorm:"index"`
	IssuedAt       *time.Time
}

// Members is the member and gift store.
type Members struct {
	db *gorm.DB
}

func NewMembers(db *gorm.DB) *Members { return &Members{db: db} }

func (s *Members) Get(ctx context.Context, id string) (*domain.Member, error) {
	var m Member
	if err := s.db.WithContext(ctx).First(&m, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &domain.Member{
		ID: m.ID, Email: m.Email, Name: m.Name, Region: domain.Region(m.Region),
		MollieCustomerID: m.MollieCustomerID, MollieMandateID: m.MollieMandateID,
		GCMandateID: m.GCMandateID, StripeCustomerID: m.StripeCustomerID, StripePMID: m.StripePMID,
		CreditCents: m.CreditCents, Status: domain.MemberStatus(m.Status), JoinedAt: m.JoinedAt,
	}, nil
}

func (s *Members) SetStatus(ctx context.Context, id string, st domain.MemberStatus) error {
	return s.db.WithContext(ctx).Model(&Member{}).Where("id = ?", id).Update("status", string(st)).Error
}

func (s *Members) SetMollieMandate(ctx context.Context, id, customerID, mandateID string) error {
	return s.db.WithContext(ctx).Model(&Member{}).Where("id = ?", id).
		Updates(map[string]any{"mollie_customer_id": customerID, "mollie_mandate_id": mandateID}).Error
}

// Gift returns the gift with the given id.
func (s *Members) Gift(ctx context.Context, id string) (*Gift, error) {
	var g Gift
	if err := s.db.WithContext(ctx).First(&g, "id = ?", id).Error; err != nil {
		return nil, err
	}
	return &g, nil
}

func (s *Members) GiftByPayment(ctx context.Context, paymentID string) (*Gift, error) {
	var g Gift
	if err := s.db.WithContext(ctx).First(&g, "mollie_payment = ?", paymentID).Error; err != nil {
		return nil, err
	}
	return &g, nil
}

func (s *Members) AttachGiftPayment(ctx context.Context, id, paymentID string) error {
	return s.db.WithContext(ctx).Model(&Gift{}).Where("id = ?", id).Update("mollie_payment", paymentID).Error
}

func (s *Members) SetGiftStatus(ctx context.Context, id, status string) error {
	return s.db.WithContext(ctx).Model(&Gift{}).Where("id = ?", id).Update("status", status).Error
}
