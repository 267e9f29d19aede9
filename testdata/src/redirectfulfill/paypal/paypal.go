// Package paypal: the buyer returns from PayPal and the order is captured
// through the REST API before it is fulfilled.
package paypal

import (
	"context"
	"errors"
	"net/http"
)

type Client struct {
	Base string
	HTTP *http.Client
}

// Capture captures an approved order: POST /v2/checkout/orders/{id}/capture.
func (c *Client) Capture(ctx context.Context, orderID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.Base+"/v2/checkout/orders/"+orderID+"/capture", nil)
	if err != nil {
		return err
	}
	req.Header.Set("PayPal-Request-Id", "capture-"+orderID)
	resp, err := c.HTTP.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusCreated {
		return errors.New("capture failed")
	}
	return nil
}

//paylint:fulfillment
func ship(orderID string) {}

type Pages struct{ pp *Client }

func (p *Pages) Routes(mux *http.ServeMux) {
	mux.HandleFunc("GET /paypal/return", p.returnCaptures)
	mux.HandleFunc("GET /paypal/success", p.successTrustsPayerID)
}

// returnCaptures captures before shipping: the provider said yes.
func (p *Pages) returnCaptures(w http.ResponseWriter, r *http.Request) {
	token := r.URL.Query().Get("token")
	if err := p.pp.Capture(r.Context(), token); err != nil {
		http.Error(w, "payment not completed", http.StatusPaymentRequired)
		return
	}
	ship(token)
}

// successTrustsPayerID ships because PayerID is present.
func (p *Pages) successTrustsPayerID(w http.ResponseWriter, r *http.Request) {
	if r.URL.Query().Get("PayerID") != "" {
		ship(r.URL.Query().Get("paymentId")) // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
	}
}
