// Package cryptoipn receives a crypto gateway's instant payment
// notifications on echo. The routes are registered by package server.
package cryptoipn

import (
	"crypto/hmac"
	"crypto/sha512"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"net/smtp"
	"os"

	"github.com/labstack/echo/v4"

	"l14posted/orderdb"
)

// Store is the order database.
var Store *orderdb.DB

type ipnPayload struct {
	OrderID       string `json:"order_id"`
	PaymentID     string `json:"payment_id"`
	PaymentStatus string `json:"payment_status"`
}

const (
	statePaid    = "paid"
	statePending = "pending"
	stateFailed  = "failed"
)

// orderState maps the gateway's vocabulary onto the shop's.
func orderState(s string) string {
	switch s {
	case "finished", "confirmed":
		return statePaid
	case "waiting", "confirming":
		return statePending
	}
	return stateFailed
}

// CryptoIPN trusts the posted payment_status: it becomes the order's
// payment status, and the receipt goes out when it says paid.
func CryptoIPN(c echo.Context) error {
	var p ipnPayload
	if err := json.NewDecoder(c.Request().Body).Decode(&p); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	o := &orderdb.Order{ID: p.OrderID, TxRef: p.PaymentID}
	o.PaymentState = orderState(p.PaymentStatus)
	if err := Store.SaveOrder(c.Request().Context(), o); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if o.PaymentState == statePaid {
		_ = smtp.SendMail("mail:25", nil, "shop@example.com", []string{"buyer@example.com"}, []byte("paid")) // want `webhook handler (calls smtp.SendMail|sends a message)`
	}
	return c.NoContent(http.StatusOK)
}

// CryptoIPNChecked reads the payment back from the gateway's API: the body
// gives only the id, and the stored state is the API's.
func CryptoIPNChecked(c echo.Context) error {
	var p ipnPayload
	if err := c.Bind(&p); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	resp, err := http.Get("https://api.gateway.example/v1/payment/" + p.PaymentID)
	if err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	defer resp.Body.Close()
	var got ipnPayload
	if err := json.NewDecoder(resp.Body).Decode(&got); err != nil {
		return c.NoContent(http.StatusBadGateway)
	}
	o := &orderdb.Order{ID: p.OrderID, PaymentState: orderState(got.PaymentStatus)}
	if err := Store.SaveOrder(c.Request().Context(), o); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if o.PaymentState == statePaid {
		return c.NoContent(http.StatusOK)
	}
	return c.NoContent(http.StatusAccepted)
}

// CryptoIPNSigned checks the HMAC of the raw body before trusting it.
func CryptoIPNSigned(c echo.Context) error {
	raw, err := io.ReadAll(c.Request().Body)
	if err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	mac := hmac.New(sha512.New, []byte(os.Getenv("IPN_SECRET")))
	mac.Write(raw)
	if !hmac.Equal([]byte(hex.EncodeToString(mac.Sum(nil))), []byte(c.Request().Header.Get("X-Nowpayments-Sig"))) {
		return c.NoContent(http.StatusUnauthorized)
	}
	var p ipnPayload
	if err := json.Unmarshal(raw, &p); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	st := orderState(p.PaymentStatus)
	if err := Store.SaveOrder(c.Request().Context(), &orderdb.Order{ID: p.OrderID, PaymentState: st}); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	if st == statePaid {
		return c.NoContent(http.StatusOK)
	}
	return c.NoContent(http.StatusAccepted)
}
