package paddlehooks

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strings"
)

var errBadSignature = errors.New("paddle: bad signature")

// verifySignature checks a Paddle-Signature header: "ts=...;h1=<hex hmac of ts:body>".
func verifySignature(header string, body []byte, secret string) error {
	var ts, h1 string
	for _, part := range strings.Split(header, ";") {
		k, v, _ := strings.Cut(part, "=")
		switch k {
		case "ts":
			ts = v
		case "h1":
			h1 = v
		}
	}
	if ts == "" || h1 == "" {
		return errBadSignature
	}
	mac := hmac.New(sha256.New, []byte(secret))
	mac.Write([]byte(ts + ":"))
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(h1)
	if err != nil || !hmac.Equal(got, want) {
		return errBadSignature
	}
	return nil
}
