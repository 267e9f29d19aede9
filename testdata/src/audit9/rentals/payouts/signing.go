package payouts

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"strings"
	"time"
)

// SignatureHeader carries Fundline's webhook signature: "t=<unix>,v1=<hex>".
const SignatureHeader = "X-Fundline-Signature"

// ErrBadSignature is returned for a webhook whose signature does not match.
var ErrBadSignature = errors.New("fundline: bad webhook signature")

// VerifySignature checks a Fundline webhook: v1 is the HMAC-SHA256 of
// "<t>.<body>" under the endpoint secret, and t must be recent.
func VerifySignature(secret, header string, body []byte, now time.Time) error {
	if secret == "" {
		return nil
	}
	var ts, sig string
	for _, part := range strings.Split(header, ",") {
		k, v, _ := strings.Cut(strings.TrimSpace(part), "=")
		switch k {
		case "t":
			ts = v
		case "v1":
			sig = v
		}
	}
	unix, err := strconv.ParseInt(ts, 10, 64)
	if err != nil || now.Sub(time.Unix(unix, 0)) > 5*time.Minute {
		return ErrBadSignature
	}
	want, err := hex.DecodeString(sig)
	if err != nil {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + "."))
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), want) {
		return ErrBadSignature
	}
	return nil
}
