// Package till: a bar platform hands paid tabs to the venue's till and
// kitchen display over net/http with a hand-written retry loop
// (look-alikes: an order in another business's order book moves no
// money), beside real payment orders sent the same way (reported).
package till

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Line is one drink or dish on a tab.
type Line struct {
	SKU  string `json:"sku"`
	Qty  int    `json:"qty"`
	Note string `json:"note"`
}

// Ticket is what the venue's kitchen display shows.
type Ticket struct {
	TabID      string `json:"tab_id"`
	Lines      []Line `json:"lines"`
	Notes      string `json:"notes"`
	TotalCents int64  `json:"total_cents"`
}

// Money is an amount with its currency.
type Money struct {
	Currency string `json:"currency"`
	Value    string `json:"value"`
}

// Client talks to venues' tills and to the payment service.
type Client struct {
	http *http.Client
	base string
}

func (c *Client) post(ctx context.Context, url string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(b))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := c.http.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("till: %s", resp.Status)
	}
	return nil
}

// --- silent: an order handed to the venue's own order book ---

// SendTicket: lines, notes and the tab's total for the kitchen display;
// a retry prints the ticket twice at worst, no money moves.
func (c *Client) SendTicket(ctx context.Context, venueID string, t Ticket) error {
	var err error
	for i := 0; i < 3; i++ {
		req, _ := json.Marshal(t)
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/venues/"+venueID+"/orders", bytes.NewReader(req))
		resp, e := c.http.Do(hreq)
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// SendItems: a map body of items and notes to a kiosk's order queue.
func (c *Client) SendItems(ctx context.Context, kioskID string, items []Line, notes string) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]any{"items": items, "notes": notes, "table": 12})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, fmt.Sprintf("%s/kiosks/%s/order", c.base, kioskID), bytes.NewReader(body))
		resp, e := c.http.Do(hreq)
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// --- reported: payment orders ---

// CreatePaymentOrder: the payment service's top-level /v1/orders with an
// amount and its currency.
func (c *Client) CreatePaymentOrder(ctx context.Context, tabID string, cents int64) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR", "reference_id": tabID})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://pay.example.net/v1/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq) // want `POST /v1/orders is retried by a for loop \(line 105\) without an idempotency key`
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// ChargeAtVenue: an order under the venue that carries a currency and
// the guest's card token is a charge.
func (c *Client) ChargeAtVenue(ctx context.Context, venueID, cardToken string, cents int64) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]any{"amount": cents, "currency": "EUR", "card_token": cardToken})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/venues/"+venueID+"/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq) // want `POST /venues/\{\}/orders is retried by a for loop \(line 122\) without an idempotency key`
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// OrderWithMoney: an amount object (currency and value) is a payment's.
func (c *Client) OrderWithMoney(ctx context.Context, shopID string, m Money) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]any{"amount": m, "intent": "CAPTURE"})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/shops/"+shopID+"/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq) // want `POST /shops/\{\}/orders is retried by a for loop \(line 138\) without an idempotency key`
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// CustomerOrder: a customer's orders may debit the customer: the owner
// holds money, so the body is not asked.
func (c *Client) CustomerOrder(ctx context.Context, customerID string, t Ticket) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(t)
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/customers/"+customerID+"/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq) // want `POST /customers/\{\}/orders is retried by a for loop \(line 155\) without an idempotency key`
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// ReorderStock: the bar's drinks wholesaler's top-level /v2/orders,
// handed only the stock list's id: an order of goods, no sum, no payer:
// silent.
func (c *Client) ReorderStock(ctx context.Context, stockListID string) error {
	var err error
	for i := 0; i < 5; i++ {
		body, _ := json.Marshal(map[string]string{"stock_list": stockListID})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://wholesale.example.org/v2/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq)
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}

// CheckoutCart: an in-house checkout's top-level /v1/orders handed the
// cart, which the service prices and charges: reported.
func (c *Client) CheckoutCart(ctx context.Context, cartID string) error {
	var err error
	for i := 0; i < 3; i++ {
		body, _ := json.Marshal(map[string]string{"cart_id": cartID})
		hreq, _ := http.NewRequestWithContext(ctx, http.MethodPost, "https://shop.example.net/v1/orders", bytes.NewReader(body))
		resp, e := c.http.Do(hreq) // want `POST /v1/orders is retried by a for loop \(line 190\) without an idempotency key`
		if err = e; err == nil {
			resp.Body.Close()
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return err
}
