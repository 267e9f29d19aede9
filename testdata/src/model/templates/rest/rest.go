// Package rest is a hand-rolled REST payment client: generic helpers
// send requests whose method, path, body and key come from their callers.
package rest

import (
	"bytes"
	"context"
	"encoding/json"
	"net/http"

	"github.com/go-resty/resty/v2"
	"github.com/google/uuid"
)

type Client struct {
	hc      *http.Client
	baseURL string
	r       *resty.Client
}

// do is a template: nothing is known until a caller fills it in.
func (c *Client) do(ctx context.Context, method, path string, body, out any) error {
	b, err := json.Marshal(body)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// doKey attaches the caller's key.
func (c *Client) doKey(ctx context.Context, method, path, key string, body any) error {
	b, _ := json.Marshal(body)
	req, _ := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(b))
	if key != "" {
		req.Header.Set("Idempotency-Key", key)
	}
	_, err := c.hc.Do(req)
	return err
}

// send sends a request built by its caller, with a fresh key each time.
func (c *Client) send(req *http.Request) (*http.Response, error) {
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return c.hc.Do(req)
}

// post is a resty template.
func (c *Client) post(path string, body any) error {
	_, err := c.r.R().SetBody(body).Post(c.baseURL + path)
	return err
}

type PaymentRequest struct {
	Amount  int64  `json:"amount"`
	OrderID string `json:"order_id"`
	Key     string `json:"idempotency_key"`
}

type Payment struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (c *Client) CreatePayment(ctx context.Context, r PaymentRequest) (*Payment, error) { // want `wrapper Client.CreatePayment write\|create POST /v1/payments keyparam=1$`
	var p Payment
	err := c.do(ctx, http.MethodPost, "/v1/payments", r, &p) // want `op write\|create POST /v1/payments key=idempotency_key keyparam=1 value=\? via=do$`
	return &p, err
}

func (c *Client) GetPayment(ctx context.Context, id string) (*Payment, error) { // want `wrapper Client.GetPayment read GET /v1/payments/\{\} idparam=1$`
	var p Payment
	err := c.do(ctx, http.MethodGet, "/v1/payments/"+id, nil, &p) // want `op read GET /v1/payments/\{\} id=id via=do$`
	return &p, err
}

func (c *Client) Confirm(ctx context.Context, id, key string) error { // want `wrapper Client.Confirm write POST /v1/payments/\{\}/confirm keyparam=2 idparam=1$`
	return c.doKey(ctx, "POST", "/v1/payments/"+id+"/confirm", key, nil) // want `op write POST /v1/payments/\{\}/confirm key=Idempotency-Key keyparam=2 id=id via=doKey$`
}

func (c *Client) Refund(ctx context.Context, id string) error { // want `wrapper Client.Refund write\|create POST /v1/refunds haskey freshkey$`
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.baseURL+"/v1/refunds", nil)
	_, err := c.send(req) // want `op write\|create POST /v1/refunds key=Idempotency-Key freshcallee value=\? via=send$`
	return err
}

func (c *Client) Payout(amount int64) error { // want `wrapper Client.Payout write\|create POST /v1/payouts$`
	return c.post("/v1/payouts", map[string]int64{"amount": amount}) // want `op write\|create POST /v1/payouts via=post$`
}

// Path is passed on: Pay is itself a template.
func (c *Client) Pay(ctx context.Context, path string, r PaymentRequest) error {
	return c.do(ctx, http.MethodPost, path, r, nil)
}

func (c *Client) tickets(ctx context.Context) error {
	return c.do(ctx, http.MethodPost, "/v1/support/tickets", nil, nil)
}

// newRequest builds a request; its callers send it.
func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*http.Request, error) {
	b, err := json.Marshal(body)
	if err != nil {
		return nil, err
	}
	req, err := http.NewRequestWithContext(ctx, method, c.baseURL+path, bytes.NewReader(b))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Authorization", "Bearer x")
	return req, nil
}

// newKeyedRequest attaches a fresh key itself.
func (c *Client) newKeyedRequest(method, path string) *http.Request {
	req, _ := http.NewRequest(method, c.baseURL+path, nil)
	req.Header.Set("Idempotency-Key", uuid.NewString())
	return req
}

func (c *Client) Transfer(ctx context.Context, r PaymentRequest, key string) error { // want `wrapper Client.Transfer write\|create POST /v1/transfers keyparam=2$`
	req, err := c.newRequest(ctx, http.MethodPost, "/v1/transfers", r)
	if err != nil {
		return err
	}
	req.Header.Set("Idempotency-Key", key)
	_, err = c.hc.Do(req) // want `op write\|create POST /v1/transfers key=Idempotency-Key keyparam=2$`
	return err
}

func (c *Client) TransferBodyKey(ctx context.Context, r PaymentRequest) error { // want `wrapper Client.TransferBodyKey write\|create POST /v1/transfers keyparam=1$`
	req, _ := c.newRequest(ctx, http.MethodPost, "/v1/transfers", r)
	_, err := c.hc.Do(req) // want `op write\|create POST /v1/transfers key=idempotency_key keyparam=1 value=\?$`
	return err
}

func (c *Client) Settle(id string) error { // want `wrapper Client.Settle write POST /v1/settlements/\{\}/confirm haskey freshkey idparam=0$`
	_, err := c.hc.Do(c.newKeyedRequest("POST", "/v1/settlements/"+id+"/confirm")) // want `op write POST /v1/settlements/\{\}/confirm key=Idempotency-Key freshcallee value=\? id=id$`
	return err
}
