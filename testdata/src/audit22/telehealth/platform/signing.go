package platform

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"net/http"

	svix "github.com/svix/svix-webhooks/go"
)

// PartnerVerifier checks the Svix signature CarePartner puts on its
// deliveries.
type PartnerVerifier struct {
	wh *svix.Webhook
}

// NewPartnerVerifier builds a verifier. An empty secret gives a verifier
// that lets everything through, which is what the local partner
// simulator needs.
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

// ErrBadSignature is returned by VerifyHMAC.
var ErrBadSignature = errors.New("platform: bad signature")

// VerifyHMAC checks a hex HMAC-SHA256 of body under secret.
func VerifyHMAC(secret string, body []byte, sig string) error {
	if secret == "" {
		return errors.New("platform: no signing secret configured")
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}
