// Package charges is a crypto shop's small client of its checkout
// provider (a Coinbase Commerce compatible API): hosted charges paid in
// stablecoins.
package charges

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/go-resty/resty/v2"
)

const apiBase = "https://api.commerce.coinbase.com"

// Charge statuses as they appear in a charge's timeline.
const (
	StatusNew        = "NEW"
	StatusPending    = "PENDING"
	StatusCompleted  = "COMPLETED"
	StatusExpired    = "EXPIRED"
	StatusUnresolved = "UNRESOLVED"
	StatusResolved   = "RESOLVED"
	StatusCanceled   = "CANCELED"
)

// Money is an amount in a currency, as strings.
type Money struct {
	Amount   string `json:"amount"`
	Currency string `json:"currency"`
}

// ChargeRequest is the body of POST /charges.
type ChargeRequest struct {
	Name        string            `json:"name"`
	Description string            `json:"description"`
	PricingType string            `json:"pricing_type"`
	LocalPrice  Money             `json:"local_price"`
	Metadata    map[string]string `json:"metadata"`
	RedirectURL string            `json:"redirect_url,omitempty"`
	CancelURL   string            `json:"cancel_url,omitempty"`
}

// TimelineEntry is one status change of a charge.
type TimelineEntry struct {
	Time   time.Time `json:"time"`
	Status string    `json:"status"`
}

// Charge is a hosted crypto charge.
type Charge struct {
	ID        string            `json:"id"`
	Code      string            `json:"code"`
	HostedURL string            `json:"hosted_url"`
	ExpiresAt time.Time         `json:"expires_at"`
	Timeline  []TimelineEntry   `json:"timeline"`
	Metadata  map[string]string `json:"metadata"`
}

// Status is the latest status of the charge.
func (c *Charge) Status() string {
	if len(c.Timeline) == 0 {
		return StatusNew
	}
	return c.Timeline[len(c.Timeline)-1].Status
}

// Final reports whether the charge will not change any more.
func (c *Charge) Final() bool {
	switch c.Status() {
	case StatusCompleted, StatusResolved, StatusExpired, StatusCanceled:
		return true
	}
	return false
}

type envelope struct {
	Data Charge `json:"data"`
}

// Client talks to the provider.
type Client struct {
	http *resty.Client
}

// NewClient returns a client with the shop's API key.
func NewClient(apiKey string) *Client {
	hc := resty.New().
		SetBaseURL(apiBase).
		SetHeader("X-CC-Api-Key", apiKey).
		SetHeader("X-CC-Version", "2018-03-22").
		SetTimeout(15 * time.Second)
	return &Client{http: hc}
}

// CreateCharge opens a hosted charge for an order.
func (c *Client) CreateCharge(ctx context.Context, orderID, title string, cents int64, currency, redirect string) (*Charge, error) {
	body := ChargeRequest{
		Name:        title,
		Description: "Order " + orderID,
		PricingType: "fixed_price",
		LocalPrice:  Money{Amount: formatCents(cents), Currency: currency},
		Metadata:    map[string]string{"order_id": orderID},
		RedirectURL: redirect,
	}
	var out envelope
	resp, err := c.http.R().SetContext(ctx).SetBody(body).SetResult(&out).Post("/charges")
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("create charge: %s: %s", resp.Status(), resp.String())
	}
	return &out.Data, nil
}

// GetCharge reads a charge by code.
func (c *Client) GetCharge(ctx context.Context, code string) (*Charge, error) {
	var out envelope
	resp, err := c.http.R().SetContext(ctx).SetResult(&out).Get("/charges/" + code)
	if err != nil {
		return nil, err
	}
	if resp.IsError() {
		return nil, fmt.Errorf("get charge %s: %s", code, resp.Status())
	}
	return &out.Data, nil
}

func formatCents(c int64) string {
	return strconv.FormatInt(c/100, 10) + "." + fmt.Sprintf("%02d", c%100)
}
