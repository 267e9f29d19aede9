package kit

import (
	"bytes"
	"crypto/hmac"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"io"
	"net/http"

	"github.com/labstack/echo/v4"
)

// ErrBadSignature is returned for a body whose signature does not match.
var ErrBadSignature = errors.New("kit: bad signature")

// VerifyHMAC checks a hex HMAC-SHA256 of body.
func VerifyHMAC(secret, body []byte, sigHex string) error {
	want, err := hex.DecodeString(sigHex)
	if err != nil {
		return ErrBadSignature
	}
	mac := hmac.New(sha256.New, secret)
	mac.Write(body)
	if !hmac.Equal(mac.Sum(nil), want) {
		return ErrBadSignature
	}
	return nil
}

// SignedBody is an echo middleware that rejects requests whose header
// does not carry the HMAC of the body. The body is restored for the
// handler.
func SignedBody(secret []byte, header string) echo.MiddlewareFunc {
	return func(next echo.HandlerFunc) echo.HandlerFunc {
		return func(c echo.Context) error {
			req := c.Request()
			body, err := io.ReadAll(req.Body)
			if err != nil {
				return c.NoContent(http.StatusBadRequest)
			}
			if err := VerifyHMAC(secret, body, req.Header.Get(header)); err != nil {
				return c.NoContent(http.StatusUnauthorized)
			}
			req.Body = io.NopCloser(bytes.NewReader(body))
			return next(c)
		}
	}
}
