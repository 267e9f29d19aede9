// Package bnpl is a hand-written client of a buy-now-pay-later provider
// (checkouts the customer approves, read back by their token) over
// go-retryablehttp: a checkout is sent once on the plain *http.Client the
// retrying client wraps (hc.HTTPClient.Do(req.Request)), and its amount
// is a money object that carries its own currency.
package bnpl

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/hashicorp/go-retryablehttp"
)

// Money is the provider's amount object.
type Money struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// Points is a loyalty balance: a quantity with its unit, no currency.
type Points struct {
	Value int64  `json:"value"`
	Unit  string `json:"unit"`
}

// Checkout is a checkout the customer approves.
type Checkout struct {
	Token       string `json:"token"`
	RedirectURL string `json:"redirectCheckoutUrl"`
}

// Order is the state of the payment behind a checkout token.
type Order struct {
	Token  string `json:"token"`
	Status string `json:"status"` // APPROVED, DECLINED, PENDING, EXPIRED
}

// CheckoutRequest starts a checkout.
type CheckoutRequest struct {
	Amount            Money  `json:"amount"`
	MerchantReference string `json:"merchantReference"`
	Consumer          struct {
		Email string `json:"email"`
	} `json:"consumer"`
}

// RedeemRequest converts loyalty points into a voucher.
type RedeemRequest struct {
	Amount            Points `json:"amount"`
	MerchantReference string `json:"merchantReference"`
}

type Client struct {
	base string
	hc   *retryablehttp.Client
}

func New(base string) *Client { return &Client{base: base, hc: retryablehttp.NewClient()} }

func (c *Client) newRequest(ctx context.Context, method, path string, body any) (*retryablehttp.Request, error) {
	var raw []byte
	if body != nil {
		var err error
		if raw, err = json.Marshal(body); err != nil {
			return nil, err
		}
	}
	req, err := retryablehttp.NewRequestWithContext(ctx, method, c.base+path, raw)
	if err != nil {
		return nil, err
	}
	req.Header.Set("Content-Type", "application/json")
	return req, nil
}

func decode[T any](resp *http.Response) (T, error) {
	var out T
	defer resp.Body.Close()
	return out, json.NewDecoder(resp.Body).Decode(&out)
}

// CreateCheckout sends the checkout once, on the plain client.
func (c *Client) CreateCheckout(ctx context.Context, in CheckoutRequest) (Checkout, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/checkouts", in)
	if err != nil {
		return Checkout{}, err
	}
	resp, err := c.hc.HTTPClient.Do(req.Request)
	if err != nil {
		return Checkout{}, err
	}
	return decode[Checkout](resp)
}

// Redeem converts points, sent once on the plain client.
func (c *Client) Redeem(ctx context.Context, in RedeemRequest) (Checkout, error) {
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/redemptions", in)
	if err != nil {
		return Checkout{}, err
	}
	resp, err := c.hc.HTTPClient.Do(req.Request)
	if err != nil {
		return Checkout{}, err
	}
	return decode[Checkout](resp)
}

// Order reads the payment behind a checkout token.
func (c *Client) Order(ctx context.Context, token string) (Order, error) {
	req, err := c.newRequest(ctx, http.MethodGet, "/v2/payments/token:"+token, nil)
	if err != nil {
		return Order{}, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return Order{}, err
	}
	return decode[Order](resp)
}

// Cancel voids the payment behind a checkout token so that it can no
// longer be approved.
func (c *Client) Cancel(ctx context.Context, token string) error {
	req, err := c.newRequest(ctx, http.MethodPost, "/v2/payments/token:"+token+"/void", nil)
	if err != nil {
		return err
	}
	resp, err := c.hc.HTTPClient.Do(req.Request)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}
