package pagarme

import (
	"crypto/hmac"
	"crypto/sha1"
	"encoding/hex"
	"errors"
	"strings"
)

var ErrBadSignature = errors.New("pagarme: bad postback signature")

// VerifyPostback checks the X-Hub-Signature header ("sha1=<hex>") of a
// postback against the account's key.
func VerifyPostback(body []byte, header, key string) error {
	sig, ok := strings.CutPrefix(header, "sha1=")
	if !ok {
		return ErrBadSignature
	}
	mac := hmac.New(sha1.New, []byte(key))
	mac.Write(body)
	want := hex.EncodeToString(mac.Sum(nil))
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}

// Event is a v5 webhook delivery.
type Event struct {
	ID   string `json:"id"`
	Type string `json:"type"` // order.paid, charge.paid, charge.refunded...
	Data struct {
		ID       string            `json:"id"`
		Code     string            `json:"code"`
		Status   string            `json:"status"`
		Amount   int64             `json:"amount"`
		Metadata map[string]string `json:"metadata"`
	} `json:"data"`
}
