// Package signing verifies and produces the HMAC signatures used by the
// payment providers that do not ship an SDK.
package signing

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
	"sort"
	"strings"
)

// ErrBadSignature is returned when a signature does not match.
var ErrBadSignature = errors.New("signing: signature mismatch")

// Sum returns the hex HMAC-SHA256 of msg.
func Sum(secret, msg []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write(msg)
	return hex.EncodeToString(m.Sum(nil))
}

// Verify checks a hex HMAC-SHA256 signature of body.
func Verify(secret, body []byte, sig string) error {
	got, err := hex.DecodeString(strings.TrimSpace(sig))
	if err != nil {
		return ErrBadSignature
	}
	m := hmac.New(sha256.New, secret)
	m.Write(body)
	if !hmac.Equal(m.Sum(nil), got) {
		return ErrBadSignature
	}
	return nil
}

// Canonical joins form parameters the way the cross-border gateway signs
// them: sorted keys, k=v joined by &, without sign and sign_type.
func Canonical(params map[string]string) string {
	keys := make([]string, 0, len(params))
	for k, v := range params {
		if k == "sign" || k == "sign_type" || v == "" {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for i, k := range keys {
		if i > 0 {
			b.WriteByte('&')
		}
		b.WriteString(k + "=" + params[k])
	}
	return b.String()
}

// Middleware rejects requests whose header does not carry a valid HMAC of
// the body, and hands the body on to next.
func Middleware(secret []byte, header string) func(http.Handler) http.Handler {
	return func(next http.Handler) http.Handler {
		return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
			if err != nil {
				http.Error(w, "read body", http.StatusBadRequest)
				return
			}
			if err := Verify(secret, body, r.Header.Get(header)); err != nil {
				http.Error(w, "invalid signature", http.StatusUnauthorized)
				return
			}
			r.Body = io.NopCloser(bytes.NewReader(body))
			next.ServeHTTP(w, r)
		})
	}
}
