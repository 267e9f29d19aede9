// Package mollieshop sells gem packs to players in the Netherlands and
// Belgium through Mollie (iDEAL, Bancontact).
package mollieshop

import (
	"context"
	"fmt"
	"time"

	mollie "github.com/mollie/mollie-api-golang"
	"github.com/mollie/mollie-api-golang/models/components"
	"gorm.io/gorm"
)

// Order is a Mollie order row.
type Order struct {
	ID       string `gorm:"primaryKey"`
	PlayerID string
	Gems     int64
	Euros    string // "4.99"
	MollieID string
	Status   string
}

// Service creates Mollie payments.
type Service struct {
	client      *mollie.Client
	db          *gorm.DB
	redirectURL string
}

// NewService wires the service.
func NewService(c *mollie.Client, db *gorm.DB, redirect string) *Service {
	return &Service{client: c, db: db, redirectURL: redirect}
}

func (s *Service) request(o *Order, what string) *components.PaymentRequest {
	return &components.PaymentRequest{
		Description: fmt.Sprintf("%s (%s)", what, o.ID),
		Amount:      components.Amount{Currency: "EUR", Value: o.Euros},
		RedirectURL: mollie.String(s.redirectURL + o.ID),
	}
}

// StartGems creates the Mollie payment for a gem order; Mollie's API
// edge sometimes times out, so we try three times.
func (s *Service) StartGems(ctx context.Context, o *Order) (string, error) {
	var lastErr error
	for i := 0; i < 3; i++ {
		res, err := s.client.Payments.Create(ctx, nil, nil, s.request(o, "Gem pack")) // want "\\[idempotency\\] mollie Payments.Create is retried by a for loop \\(line 49\\) without an idempotency key"
		if err == nil {
			return s.saved(ctx, o, res.PaymentResponse.ID)
		}
		lastErr = err
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return "", lastErr
}

// StartPass does the same for the season pass, with one key per order.
func (s *Service) StartPass(ctx context.Context, o *Order) (string, error) {
	key := "pass-" + o.ID
	var lastErr error
	for i := 0; i < 3; i++ {
		res, err := s.client.Payments.Create(ctx, nil, &key, s.request(o, "Season pass"))
		if err == nil {
			return s.saved(ctx, o, res.PaymentResponse.ID)
		}
		lastErr = err
		time.Sleep(time.Duration(i+1) * 2 * time.Second)
	}
	return "", lastErr
}

func (s *Service) saved(ctx context.Context, o *Order, mollieID string) (string, error) {
	err := s.db.WithContext(ctx).Model(o).Updates(map[string]any{"mollie_id": mollieID, "status": "open"}).Error
	return mollieID, err
}
