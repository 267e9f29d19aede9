// Package callbackauth checks the shared token an invoice provider sends
// with each payment callback, and decodes the notice.
package callbackauth

import (
	"encoding/json"
	"errors"

	"github.com/labstack/echo/v4"
)

// Notice is the invoice provider's callback body.
type Notice struct {
	ExternalID string `json:"external_id"`
	Status     string `json:"status"`
	PaidAmount int64  `json:"paid_amount"`
}

var errUnauthorized = errors.New("unauthorized")

func decode(c echo.Context) (Notice, error) {
	var n Notice
	err := json.NewDecoder(c.Request().Body).Decode(&n)
	return n, err
}
