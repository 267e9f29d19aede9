// Package signing holds a benefits platform's webhook verifiers, each a
// type holding the svix checker built from the webhook secret.
package signing

import (
	"errors"
	"net/http"

	svix "github.com/svix/svix-webhooks/go"
)

// PartnerVerifier checks a partner's svix signature.
type PartnerVerifier struct {
	wh *svix.Webhook
}

// NewPartnerVerifier accepts an empty secret for the local simulator:
// the verifier it returns then lets everything through.
func NewPartnerVerifier(secret string) (*PartnerVerifier, error) {
	if secret == "" {
		return &PartnerVerifier{}, nil
	}
	wh, err := svix.NewWebhook(secret)
	if err != nil {
		return nil, err
	}
	return &PartnerVerifier{wh: wh}, nil
}

// Check verifies payload against the svix-* headers.
func (v *PartnerVerifier) Check(payload []byte, h http.Header) error {
	if v.wh == nil {
		return nil
	}
	return v.wh.Verify(payload, h)
}

// RelayVerifier is a value type; its constructor leaves the checker nil
// when the secret is unset.
type RelayVerifier struct {
	wh *svix.Webhook
}

// NewRelayVerifier builds the relay's verifier.
func NewRelayVerifier(secret string) RelayVerifier {
	wh, err := svix.NewWebhook(secret)
	if err != nil || secret == "" {
		return RelayVerifier{wh: nil}
	}
	return RelayVerifier{wh: wh}
}

// Verify checks only when a checker was built.
func (v RelayVerifier) Verify(payload []byte, h http.Header) error {
	if v.wh != nil {
		return v.wh.Verify(payload, h)
	}
	return nil
}

// StrictVerifier refuses to be built without a secret: the nil branch
// of its check is never taken.
type StrictVerifier struct {
	wh *svix.Webhook
}

// NewStrictVerifier returns an error for an empty secret.
func NewStrictVerifier(secret string) (*StrictVerifier, error) {
	if secret == "" {
		return nil, errors.New("signing: webhook secret is required")
	}
	wh, err := svix.NewWebhook(secret)
	if err != nil {
		return nil, err
	}
	return &StrictVerifier{wh: wh}, nil
}

// Check verifies payload against the svix-* headers.
func (v *StrictVerifier) Check(payload []byte, h http.Header) error {
	if v.wh == nil {
		return nil
	}
	return v.wh.Verify(payload, h)
}
