// Package hosted is the shop's own client of a hosted crypto checkout:
// the charge's body carries the URL the buyer is sent back to.
package hosted

import (
	"context"
	"net/http"

	"github.com/go-resty/resty/v2"
)

// ChargeRequest is the body of POST /charges.
type ChargeRequest struct {
	Name        string            `json:"name"`
	Amount      int64             `json:"amount"`
	Metadata    map[string]string `json:"metadata"`
	RedirectURL string            `json:"redirect_url,omitempty"`
	CancelURL   string            `json:"cancel_url,omitempty"`
}

// Charge is a hosted charge.
type Charge struct {
	Code      string `json:"code"`
	HostedURL string `json:"hosted_url"`
	Status    string `json:"status"`
}

// Client talks to the provider.
type Client struct{ http *resty.Client }

// New returns a client.
func New(key string) *Client {
	return &Client{http: resty.New().SetBaseURL("https://api.hosted.example").SetHeader("X-Api-Key", key)}
}

// CreateCharge opens a hosted charge whose page sends the buyer back to
// redirect once paid, or to cancel.
func (c *Client) CreateCharge(ctx context.Context, orderID string, amount int64, redirect, cancel string) (*Charge, error) {
	body := ChargeRequest{Name: "Order " + orderID, Amount: amount, Metadata: map[string]string{"order_id": orderID},
		RedirectURL: redirect, CancelURL: cancel}
	var out Charge
	if _, err := c.http.R().SetContext(ctx).SetBody(body).SetResult(&out).Post("/charges"); err != nil {
		return nil, err
	}
	return &out, nil
}

// OpenLink is a one-off payment link: a wrapper of CreateCharge.
func (c *Client) OpenLink(ctx context.Context, ref string, amount int64, backTo string) (string, error) {
	ch, err := c.CreateCharge(ctx, ref, amount, backTo, "")
	if err != nil {
		return "", err
	}
	return ch.HostedURL, nil
}

// GetCharge reads a charge's state.
func (c *Client) GetCharge(ctx context.Context, code string) (*Charge, error) {
	var out Charge
	resp, err := c.http.R().SetContext(ctx).SetResult(&out).Get("/charges/" + code)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode() != http.StatusOK {
		return nil, context.Canceled
	}
	return &out, nil
}
