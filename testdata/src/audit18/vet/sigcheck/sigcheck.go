// Package sigcheck verifies provider notification signatures.
package sigcheck

import (
	"bytes"
	"context"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	square "github.com/square/square-go-sdk"
	sqclient "github.com/square/square-go-sdk/client"
)

var ErrBadSignature = errors.New("sigcheck: bad signature")

// Square checks the x-square-hmacsha256-signature header of a Square notification.
func Square(ctx context.Context, sq *sqclient.Client, body []byte, header, key, url string) error {
	if len(body) == 0 {
		return ErrBadSignature
	}
	return sq.Webhooks.VerifySignature(ctx, &square.VerifySignatureRequest{
		RequestBody:     string(body),
		SignatureHeader: header,
		SignatureKey:    key,
		NotificationURL: url,
	})
}

// GoCardless wraps h and refuses requests whose Webhook-Signature is not the
// HMAC-SHA256 of the body with secret.
func GoCardless(secret string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, err := io.ReadAll(io.LimitReader(r.Body, 1<<20))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		mac := hmac.New(sha256.New, []byte(secret))
		mac.Write(body)
		want := hex.EncodeToString(mac.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(r.Header.Get("Webhook-Signature"))) {
			http.Error(w, "invalid signature", 498)
			return
		}
		r.Body = io.NopCloser(bytes.NewReader(body))
		h.ServeHTTP(w, r)
	})
}
