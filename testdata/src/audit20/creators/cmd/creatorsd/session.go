package main

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"strings"

	"audit20/creators/api"
)

// sessionVerifier checks the "<fan id>.<mac>" tokens the web app issues.
func sessionVerifier(key string) api.TokenVerifier {
	return func(tok string) (string, error) {
		fan, mac, ok := strings.Cut(tok, ".")
		if !ok || key == "" {
			return "", errors.New("bad session")
		}
		h := hmac.New(sha256.New, []byte(key))
		h.Write([]byte(fan))
		want := base64.RawURLEncoding.EncodeToString(h.Sum(nil))
		if !hmac.Equal([]byte(want), []byte(mac)) {
			return "", errors.New("bad session")
		}
		return fan, nil
	}
}
