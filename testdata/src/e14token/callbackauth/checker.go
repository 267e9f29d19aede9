package callbackauth

import (
	"crypto/subtle"
	"errors"

	"github.com/labstack/echo/v4"
)

// Checker holds a token its constructor refuses to be empty.
type Checker struct{ token string }

// NewChecker fails without a token.
func NewChecker(token string) (*Checker, error) {
	if token == "" {
		return nil, errors.New("callback token is required")
	}
	return &Checker{token: token}, nil
}

// Read compares in constant time with the configured token.
func (k *Checker) Read(c echo.Context) (Notice, error) {
	got := c.Request().Header.Get("x-callback-token")
	if subtle.ConstantTimeCompare([]byte(got), []byte(k.token)) != 1 {
		return Notice{}, errUnauthorized
	}
	return decode(c)
}
