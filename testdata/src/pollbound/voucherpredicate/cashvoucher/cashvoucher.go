// Package cashvoucher is a client of a cash-voucher aggregator: a voucher
// is issued for an amount, the buyer pays it in cash at a store, and the
// voucher is read back by its id. Its type is named for the aggregator's
// object, not for a payment; what makes it one is that Get, a status read
// of a payment, returns it.
package cashvoucher

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
)

// Voucher statuses.
const (
	StatusPending  = "pending"
	StatusPaid     = "paid"
	StatusExpired  = "expired"
	StatusCanceled = "canceled"
)

// Voucher is a cash reference with its barcode.
type Voucher struct {
	ID      string `json:"id"`
	Amount  int64  `json:"amount"`
	Status  string `json:"status"`
	Barcode string `json:"barcode_url"`
}

// IsPaid reports whether the store collected the cash.
func (v *Voucher) IsPaid() bool { return v.Status == StatusPaid }

// IsVoid reports whether the voucher can no longer be paid.
func (v *Voucher) IsVoid() bool { return v.Status == StatusExpired || v.Status == StatusCanceled }

// Client calls the aggregator.
type Client struct {
	hc   *http.Client
	base string
}

// Issue creates a voucher for amount cents.
func (c *Client) Issue(ctx context.Context, ref string, amount int64, currency string) (*Voucher, error) {
	body, _ := json.Marshal(map[string]any{"merchant_reference": ref, "amount": amount, "currency": currency})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v1/vouchers", bytes.NewReader(body))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", ref)
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var v Voucher
	return &v, json.NewDecoder(resp.Body).Decode(&v)
}

// Get reads a voucher by its id.
func (c *Client) Get(ctx context.Context, id string) (*Voucher, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/vouchers/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("voucher %s: %s", id, resp.Status)
	}
	var v Voucher
	return &v, json.NewDecoder(resp.Body).Decode(&v)
}

// Label is a shipping label the same aggregator prints.
type Label struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

// IsPrinted reports whether the label is ready.
func (l *Label) IsPrinted() bool { return l.Status == "printed" }

// Label reads a shipping label.
func (c *Client) Label(ctx context.Context, id string) (*Label, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/labels/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var l Label
	return &l, json.NewDecoder(resp.Body).Decode(&l)
}
