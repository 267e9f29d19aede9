package kit

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"strconv"
	"time"
)

// ErrBadSignature is returned for a request whose signature does not match.
var ErrBadSignature = errors.New("bad signature")

// Sign returns the hex HMAC-SHA256 of "ts.body".
func Sign(secret []byte, ts int64, body []byte) string {
	m := hmac.New(sha256.New, secret)
	m.Write([]byte(strconv.FormatInt(ts, 10)))
	m.Write([]byte("."))
	m.Write(body)
	return hex.EncodeToString(m.Sum(nil))
}

// VerifySigned checks a "t=<unix>,v1=<hex>" style signature made by Sign.
func VerifySigned(secret []byte, ts int64, sig string, body []byte, tolerance time.Duration) error {
	if d := time.Since(time.Unix(ts, 0)); d > tolerance || d < -tolerance {
		return ErrBadSignature
	}
	want := Sign(secret, ts, body)
	if !hmac.Equal([]byte(want), []byte(sig)) {
		return ErrBadSignature
	}
	return nil
}
