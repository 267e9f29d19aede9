// Package callbacks receives a PSP's payment callbacks (echo). The PSP
// signs a callback as md5(merchant code + amount + order id + API key) in
// the body's signature field. The store behind Settler lives in package
// paystore; cmd/payd binds it.
package callbacks

import (
	"context"
	"crypto/md5"
	"encoding/hex"
	"net/http"

	"github.com/labstack/echo/v4"
)

// Settler applies a callback's result code to the order and says whether
// it changed anything.
type Settler interface {
	Apply(ctx context.Context, orderID, resultCode string) (bool, error)
}

type callback struct {
	MerchantCode string `json:"merchantCode"`
	Amount       string `json:"amount"`
	OrderID      string `json:"merchantOrderId"`
	ResultCode   string `json:"resultCode"`
	Signature    string `json:"signature"`
}

// PaymentCallback checks the signature only when an API key is
// configured: an empty key lets any callback through.
type PaymentCallback struct {
	merchant, apiKey string
	settle           Settler
}

// NewPaymentCallback builds the handler; the key comes from the
// environment and may be empty.
func NewPaymentCallback(merchant, apiKey string, s Settler) *PaymentCallback {
	return &PaymentCallback{merchant: merchant, apiKey: apiKey, settle: s}
}

func (p *PaymentCallback) signatureValid(cb callback) bool {
	sum := md5.Sum([]byte(p.merchant + cb.Amount + cb.OrderID + p.apiKey))
	return hex.EncodeToString(sum[:]) == cb.Signature
}

// Handle is mounted on POST /callbacks/psp.
func (p *PaymentCallback) Handle(c echo.Context) error {
	var cb callback
	if err := c.Bind(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if p.apiKey != "" && !p.signatureValid(cb) {
		return c.NoContent(http.StatusForbidden)
	}
	if _, err := p.settle.Apply(c.Request().Context(), cb.OrderID, cb.ResultCode); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.String(http.StatusOK, "OK")
}

// StrictCallback refuses a callback when no key is configured: silent.
type StrictCallback struct {
	merchant, apiKey string
	settle           Settler
}

// NewStrictCallback builds the handler.
func NewStrictCallback(merchant, apiKey string, s Settler) *StrictCallback {
	return &StrictCallback{merchant: merchant, apiKey: apiKey, settle: s}
}

func (p *StrictCallback) signatureValid(cb callback) bool {
	sum := md5.Sum([]byte(p.merchant + cb.Amount + cb.OrderID + p.apiKey))
	return hex.EncodeToString(sum[:]) == cb.Signature
}

// Handle is mounted on POST /callbacks/psp/strict.
func (p *StrictCallback) Handle(c echo.Context) error {
	var cb callback
	if err := c.Bind(&cb); err != nil {
		return c.NoContent(http.StatusBadRequest)
	}
	if p.apiKey == "" || !p.signatureValid(cb) {
		return c.NoContent(http.StatusForbidden)
	}
	if _, err := p.settle.Apply(c.Request().Context(), cb.OrderID, cb.ResultCode); err != nil {
		return c.NoContent(http.StatusInternalServerError)
	}
	return c.String(http.StatusOK, "OK")
}
