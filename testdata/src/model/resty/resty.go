// Package resty exercises go-resty v2 sends.
package resty

import (
	"context"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

type Billing struct {
	client *resty.Client
	plain  *resty.Client
}

func NewBilling() *Billing {
	b := &Billing{client: resty.New().SetBaseURL("https://api.example.com").SetRetryCount(3)}
	b.plain = resty.New()
	return b
}

type charge struct {
	Amount int64  `json:"amount"`
	Key    string `json:"idempotency_key"`
}

func (b *Billing) chained(ctx context.Context, orderID string) { // want `wrapper Billing.chained write\|create POST /v1/charges keyparam=1 retries="resty client with SetRetryCount\(3\)"`
	b.client.R(). // want `op write\|create POST /v1/charges key=Idempotency-Key keyparam=1 retries="resty client with SetRetryCount\(3\)"`
			SetContext(ctx).
			SetHeader("Idempotency-Key", "ch-"+orderID).
			SetBody(map[string]any{"amount": 100}).
			Post("/v1/charges")
}

func (b *Billing) requestVar(id string) { // want `wrapper Billing.requestVar write POST /v1/payments/\{\}/capture haskey freshkey idparam=0`
	req := b.plain.R()
	req.SetHeaders(map[string]string{"Idempotency-Key": uuid.NewString()})
	req.SetResult(&charge{})
	req.Post("/v1/payments/" + id + "/capture") // want `op write POST /v1/payments/\{\}/capture key=Idempotency-Key fresh=1 id=id$`
}

func (b *Billing) execute(id string) { // want `wrapper Billing.execute write PATCH /v1/payments/\{\} idparam=0$`
	b.plain.R().Execute(resty.MethodPatch, "/v1/payments/"+id) // want `op write PATCH /v1/payments/\{\} id=id$`
}

func (b *Billing) bodyKey(k string) { // want `wrapper Billing.bodyKey write\|create POST /v1/payments keyparam=0$`
	b.plain.R().SetBody(&charge{Amount: 5, Key: k}).Post("https://api.example.com/v1/payments") // want `op write\|create POST /v1/payments key=idempotency_key keyparam=0$`
}

func (b *Billing) status(id string) { // want `wrapper Billing.status read GET /v1/payments/\{\} retries="resty client with SetRetryCount\(3\)" idparam=0`
	b.client.R().Get("/v1/payments/" + id) // want `op read GET /v1/payments/\{\} retries="resty client with SetRetryCount\(3\)" id=id$`
}

func local() { // want `wrapper local write\|create POST /v1/refunds retries="resty client with SetRetryCount\(2\)"`
	c := resty.New()
	c.SetRetryCount(2)
	c.R().Post("https://api.example.com/v1/refunds") // want `op write\|create POST /v1/refunds retries="resty client with SetRetryCount\(2\)"$`
}

func noRetries() { // want `wrapper noRetries write\|create POST /v1/refunds$`
	c := resty.New().SetRetryCount(0)
	c.R().Post("https://api.example.com/v1/refunds") // want `op write\|create POST /v1/refunds$`
}

func lookalikes(b *Billing) {
	b.client.R().Post("/v1/support/tickets")
	b.client.R().Get("/v1/payments")
	b.client.R().SetHeader("X-Request-Id", "x").Put("/v1/payments/x")
}

func (b *Billing) pathParams(id string) { // want `wrapper Billing.pathParams write POST /v1/payments/\{\}/confirm retries="resty client with SetRetryCount\(3\)" idparam=0$`
	b.client.R().SetPathParam("id", id).Post("/v1/payments/{id}/confirm") // want `op write POST /v1/payments/\{\}/confirm retries="resty client with SetRetryCount\(3\)" id=id$`
}
