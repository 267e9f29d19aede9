package homegrown

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"
)

var errSignature = errors.New("signature mismatch")

// readSigned reads the body and checks X-Signature = hex(HMAC-SHA256(body)).
func readSigned(r *http.Request, secret []byte) ([]byte, error) {
	body, err := io.ReadAll(http.MaxBytesReader(nil, r.Body, 1<<20))
	if err != nil {
		return nil, err
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	want := mac.Sum(nil)
	got, err := hex.DecodeString(r.Header.Get("X-Signature"))
	if err != nil || !hmac.Equal(want, got) {
		return nil, errSignature
	}
	return body, nil
}

// signatureOK is the older helper of the payouts team: hex strings compared.
func signatureOK(body []byte, header string, secret []byte) bool {
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	return hex.EncodeToString(mac.Sum(nil)) == header
}
