// Package mandates exercises a recurring-payments gateway whose bodies
// travel base64-encoded inside a JSON envelope ({"payload": b64}): a
// debit executed against a mandate is a payment write (singular "debit"),
// a refund under the gateway's path is one, and the fields inside the
// envelope are the body's (a stable merchant transaction id is the key).
// A payment link is a payable object created like an order. Look-alikes:
// a debit booked in the merchant's ledger, a wallet's debit note
// document, a link preview.
package mandates

import (
	"bytes"
	"context"
	"encoding/base64"
	"encoding/json"
	"net/http"
)

type Gateway struct {
	Root string
	C    *http.Client
}

// wrapped sends v base64-encoded in an envelope, as UPI gateways want.
func (g *Gateway) wrapped(ctx context.Context, path string, v any) (*http.Response, error) {
	inner, err := json.Marshal(v)
	if err != nil {
		return nil, err
	}
	payload := base64.URLEncoding.EncodeToString(inner)
	outer, _ := json.Marshal(struct {
		Payload string `json:"payload"`
	}{Payload: payload})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.Root+path, bytes.NewReader(outer))
	if err != nil {
		return nil, err
	}
	return g.C.Do(req)
}

type execute struct {
	MandateRef            string `json:"mandate_ref"`
	MerchantTransactionID string `json:"merchantTransactionId"`
	Amount                int64  `json:"amount"`
}

func (g *Gateway) Collect(ctx context.Context, mandate, orderID string, paise int64) error { // want `wrapper Gateway.Collect write POST /autopay/v2/debit/execute keyparam=2$`
	_, err := g.wrapped(ctx, "/autopay/v2/debit/execute", execute{MandateRef: mandate, MerchantTransactionID: "sub-" + orderID, Amount: paise}) // want `op write POST /autopay/v2/debit/execute key=merchantTransactionId keyparam=2 via=wrapped$`
	return err
}

func (g *Gateway) Refund(ctx context.Context, orderID, original string, paise int64) error { // want `wrapper Gateway.Refund write\|create POST /gw/v2/refund keyparam=1$`
	_, err := g.wrapped(ctx, "/gw/v2/refund", map[string]any{ // want `op write\|create POST /gw/v2/refund key=merchantTransactionId keyparam=1 via=wrapped$`
		"merchantTransactionId": "rf-" + orderID,
		"originalTransactionId": original,
		"amount":                paise,
	})
	return err
}

type link struct {
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	ReferenceID string `json:"reference_id"`
}

func (g *Gateway) Link(ctx context.Context, invoice string, cents int64) error { // want `wrapper Gateway.Link create POST /api/paymentlinks$`
	raw, _ := json.Marshal(link{Amount: cents, Currency: "USD", ReferenceID: "inv-" + invoice})
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.Root+"/api/paymentlinks", bytes.NewReader(raw))
	_, err := g.C.Do(req) // want `op create POST /api/paymentlinks$`
	return err
}

func (g *Gateway) LinkState(ctx context.Context, id string) (*http.Response, error) { // want `wrapper Gateway.LinkState read GET /api/payment-links/{} idparam=1$`
	return g.C.Get(g.Root + "/api/payment-links/" + id) // want `op read GET /api/payment-links/{} id=id$`
}

// Look-alikes.
func (g *Gateway) Book(ctx context.Context, account string, cents int64) error {
	_, err := g.wrapped(ctx, "/ledger/v1/debit", map[string]any{"account": account, "amount": cents})
	return err
}

func (g *Gateway) PreviewLink(ctx context.Context, cents int64) error {
	_, err := g.wrapped(ctx, "/api/payment_links/preview", map[string]any{"amount": cents, "currency": "USD"})
	return err
}

func (g *Gateway) CancelLink(ctx context.Context, id string) error {
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, g.Root+"/api/payment_links/"+id+"/cancel", nil)
	_, err := g.C.Do(req)
	return err
}
