// Package buildreq is a billing client whose sender takes a function
// that builds the request, calling it once per attempt (a body can be
// read once). Each call site's function says what is sent: a literal
// or a method value. A transaction opened for a customer with an amount
// and currency is a payment; a bookkeeping transaction, a preview and a
// catalogue price are not.
package buildreq

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"
	"time"

	"github.com/google/uuid"
)

type Billing struct {
	api string
	hc  *http.Client
}

func (b *Billing) request(ctx context.Context, method, path string, v any) (*http.Request, error) {
	raw, _ := json.Marshal(v)
	return http.NewRequestWithContext(ctx, method, b.api+path, bytes.NewReader(raw))
}

// send retries transport errors and 5xx, rebuilding the request each time.
func (b *Billing) send(ctx context.Context, mk func(context.Context) (*http.Request, error)) (*http.Response, error) {
	var last error
	for i := 0; i < 4; i++ {
		r, err := mk(ctx)
		if err != nil {
			return nil, err
		}
		res, err := b.hc.Do(r)
		if err == nil && res.StatusCode < 500 {
			return res, nil
		}
		last = err
		time.Sleep(time.Duration(i+1) * time.Second)
	}
	return nil, last
}

type openTxn struct {
	CustomerID string `json:"customer_id"`
	Amount     int64  `json:"amount"`
	Currency   string `json:"currency"`
}

func (b *Billing) Open(ctx context.Context, customer string, cents int64) (*http.Response, error) { // want `wrapper Billing.Open write\|create POST /v3/transactions haskey freshkey$`
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) { // want `op write\|create POST /v3/transactions key=Idempotency-Key fresh=1 via=send$`
		r, err := b.request(ctx, http.MethodPost, "/v3/transactions", openTxn{CustomerID: customer, Amount: cents, Currency: "EUR"})
		if err != nil {
			return nil, err
		}
		r.Header.Set("Idempotency-Key", uuid.New().String())
		return r, nil
	})
}

func (b *Billing) OpenOnce(ctx context.Context, orderID, customer string, cents int64) (*http.Response, error) { // want `wrapper Billing.OpenOnce write\|create POST /v3/transactions keyparam=1$`
	key := "open-" + orderID
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) { // want `op write\|create POST /v3/transactions key=Idempotency-Key keyparam=1 via=send$`
		r, err := b.request(ctx, http.MethodPost, "/v3/transactions", openTxn{CustomerID: customer, Amount: cents, Currency: "EUR"})
		if err != nil {
			return nil, err
		}
		r.Header.Set("Idempotency-Key", key)
		return r, nil
	})
}

func (b *Billing) Txn(ctx context.Context, id string) (*http.Response, error) { // want `wrapper Billing.Txn read GET /v3/transactions/{} idparam=1$`
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) { // want `op read GET /v3/transactions/{} id=id via=send$`
		return b.request(ctx, http.MethodGet, "/v3/transactions/"+id, nil)
	})
}

func (b *Billing) refundReq(ctx context.Context) (*http.Request, error) {
	return b.request(ctx, http.MethodPost, "/v3/refunds", map[string]any{"amount": 100})
}

func (b *Billing) RefundFixed(ctx context.Context) (*http.Response, error) { // want `wrapper Billing.RefundFixed write\|create POST /v3/refunds$`
	return b.send(ctx, b.refundReq) // want `op write\|create POST /v3/refunds via=send$`
}

// Look-alikes.
func (b *Billing) Bookkeep(ctx context.Context, account string, cents int64) (*http.Response, error) {
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) {
		return b.request(ctx, http.MethodPost, "/v3/transactions", map[string]any{"account_id": account, "amount": cents, "currency": "EUR"})
	})
}

func (b *Billing) Preview(ctx context.Context, customer string, cents int64) (*http.Response, error) {
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) {
		return b.request(ctx, http.MethodPost, "/v3/transactions/preview", openTxn{CustomerID: customer, Amount: cents, Currency: "EUR"})
	})
}

func (b *Billing) Price(ctx context.Context, product string, cents int64) (*http.Response, error) {
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) {
		return b.request(ctx, http.MethodPost, "/v3/prices", map[string]any{"product_id": product, "customer_id": "", "amount": cents, "currency_code": "EUR"})
	})
}

func (b *Billing) Health(ctx context.Context) (*http.Response, error) {
	return b.send(ctx, func(ctx context.Context) (*http.Request, error) {
		return http.NewRequestWithContext(ctx, http.MethodGet, b.api+"/health", nil)
	})
}

// label takes a function that is no request builder.
func (b *Billing) label(name func() string) string { return name() }
