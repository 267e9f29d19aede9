// Package billing checks Stripe's signature and acts on the event in one
// call: Handle verifies, then dispatches on the event's type.
package billing

import (
	"bytes"
	"encoding/json"
	"errors"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/webhook"
)

type Service struct {
	Secret string
	Notify *http.Client
}

type sub struct {
	Customer string `json:"customer"`
}

// Handle verifies the delivery, then opens a card-collection session for
// a trial about to end: the session is a round trip to Stripe.
func (s *Service) Handle(body []byte, sig string) error {
	ev, err := webhook.ConstructEvent(body, sig, s.Secret)
	if err != nil {
		return err
	}
	switch ev.Type {
	case "customer.subscription.trial_will_end":
		return s.trialEnding(ev)
	}
	return nil
}

func (s *Service) trialEnding(ev stripe.Event) error {
	var v sub
	if err := json.Unmarshal(ev.Data.Raw, &v); err != nil {
		return err
	}
	_, err := session.New(&stripe.CheckoutSessionParams{
		ClientReferenceID: stripe.String(v.Customer),
		Mode:              stripe.String(string(stripe.CheckoutSessionModeSetup)),
	})
	return err
}

// Accept verifies the delivery and tells the accounts team's relay before
// returning.
func (s *Service) Accept(body []byte, sig string) error {
	if _, err := webhook.ConstructEvent(body, sig, s.Secret); err != nil {
		return err
	}
	req, _ := http.NewRequest(http.MethodPost, "https://relay.example/accounts", bytes.NewReader(body))
	_, err := s.Notify.Do(req)
	return err
}

// Decode verifies and decodes, nothing more.
func (s *Service) Decode(body []byte, sig string) (*sub, error) {
	ev, err := webhook.ConstructEvent(body, sig, s.Secret)
	if err != nil {
		return nil, err
	}
	var v sub
	return &v, json.Unmarshal(ev.Data.Raw, &v)
}

// Confirm verifies, then reads the event's payment back once.
func (s *Service) Confirm(body []byte, sig string) error {
	ev, err := webhook.ConstructEvent(body, sig, s.Secret)
	if err != nil {
		return err
	}
	pi, err := paymentintent.Get(ev.ID, nil)
	if err != nil {
		return err
	}
	if pi.Status != stripe.PaymentIntentStatusSucceeded {
		return errors.New("not paid")
	}
	return nil
}

// VerifyRemote asks the provider's verification endpoint whether the
// delivery is genuine: the remote call is the check itself.
func (s *Service) VerifyRemote(body []byte, sig string) error {
	req, _ := http.NewRequest(http.MethodPost, "https://api.provider.example/v1/verify-webhook-signature", bytes.NewReader(body))
	req.Header.Set("Signature", sig)
	resp, err := s.Notify.Do(req)
	if err != nil {
		return err
	}
	if resp.StatusCode != http.StatusOK {
		return errors.New("bad signature")
	}
	return nil
}
