// Package sessions runs a charging session: hold, unlock, meter, capture.
package sessions

import (
	"database/sql"
	"errors"
	"fmt"
	"time"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"

	"audit6/evcharging/ocpp"
	"audit6/evcharging/preauth"
)

type Session struct {
	ID            string
	ChargerID     string
	Connector     int
	DriverID      string
	Customer      string
	PaymentMethod string
	PaymentIntent string
	TransactionID int
}

type Service struct {
	db       *sql.DB
	pi       paymentintent.Client
	holds    *preauth.Holds
	chargers *ocpp.Client
	pricePer int64 // cents per kWh
}

func NewService(db *sql.DB, apiKey string, holds *preauth.Holds, chargers *ocpp.Client) *Service {
	return &Service{db: db, pi: paymentintent.Client{Key: apiKey}, holds: holds, chargers: chargers, pricePer: 45}
}

func holdParams(s *Session, key string) *stripe.PaymentIntentParams {
	p := &stripe.PaymentIntentParams{
		Amount:        stripe.Int64(preauth.HoldAmount),
		Currency:      stripe.String("eur"),
		Customer:      stripe.String(s.Customer),
		PaymentMethod: stripe.String(s.PaymentMethod),
		CaptureMethod: stripe.String("manual"),
		Confirm:       stripe.Bool(true),
	}
	p.SetIdempotencyKey(key)
	return p
}

// placeHold is used for saved cards (no 3-D Secure expected). Some issuers
// leave the intent in "processing" for a while; the driver is standing at
// the charger, so after 30s we try a fresh authorisation.
func (s *Service) placeHold(sess *Session) (*stripe.PaymentIntent, error) {
	pi, err := s.pi.New(holdParams(sess, "hold-"+sess.ID))
	if err != nil {
		return nil, err
	}
	attempt := 0
	deadline := time.Now().Add(30 * time.Second)
	for pi.Status == stripe.PaymentIntentStatusProcessing {
		if time.Now().After(deadline) {
			attempt++
			if attempt > 2 {
				return nil, errors.New("sessions: issuer too slow")
			}
			pi, err = s.pi.New(holdParams(sess, fmt.Sprintf("hold-%s-%d", sess.ID, attempt))) // want "\\[pollcreate\\] new payment created inside the loop that polls payment pi.ID"
			if err != nil {
				return nil, err
			}
			deadline = time.Now().Add(30 * time.Second)
			continue
		}
		time.Sleep(2 * time.Second)
		if pi, err = s.pi.Get(pi.ID, nil); err != nil {
			return nil, err
		}
	}
	if pi.Status != stripe.PaymentIntentStatusRequiresCapture {
		return nil, fmt.Errorf("sessions: hold %s is %s", pi.ID, pi.Status)
	}
	return pi, nil
}
