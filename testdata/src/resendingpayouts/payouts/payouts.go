// Package payouts pays the marketplace's sellers through the acquirer's
// payouts API, sending every request through the shared senders of
// package transport.
package payouts

import (
	"context"
	"encoding/json"
	"net/http"

	"github.com/google/uuid"

	"resendingpayouts/transport"
)

// Client talks to the acquirer's payouts API.
type Client struct {
	hc    *http.Client
	base  string
	token string
}

// Payout is one seller's payout, named by the marketplace's payout id.
type Payout struct {
	ID       string
	SellerID string
	Cents    int64
}

func (c *Client) body(p Payout) []byte {
	b, _ := json.Marshal(map[string]any{"amount": p.Cents, "currency": "EUR", "destination": p.SellerID})
	return b
}

// Pay sends the payout with no idempotency key: when the first attempt
// went through but its answer was lost, Send's next attempt pays the
// seller again.
func (c *Client) Pay(ctx context.Context, p Payout) error {
	_, err := transport.Send(ctx, c.hc, transport.Request{ // want `POST /v1/payouts is retried by transport.Send, which sends it again in its for loop \(line \d+\) without an idempotency key: a retry after a lost response can charge twice; set an Idempotency-Key in the request it is handed`
		Method:  http.MethodPost,
		URL:     c.base + "/v1/payouts",
		Body:    c.body(p),
		Headers: map[string]string{"Authorization": "Bearer " + c.token},
	})
	return err
}

// PayDescribed describes the payout first, then sends it: the same
// mistake.
func (c *Client) PayDescribed(ctx context.Context, p Payout) error {
	r := transport.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: c.body(p)}
	_, err := transport.Send(ctx, c.hc, r) // want `POST /v1/payouts is retried by transport.Send, which sends it again in its for loop \(line \d+\) without an idempotency key`
	return err
}

// PayTagged sends the payout through the sender that tags every attempt
// with a key of its own: each attempt is a new payout to the acquirer.
func (c *Client) PayTagged(ctx context.Context, p Payout) error {
	_, err := transport.SendTagged(ctx, c.hc, transport.Request{ // want `POST /v1/payouts is retried by transport.SendTagged, which sends it again in its for loop \(line \d+\) but SendTagged makes a new idempotency key on every send: every send is a new request`
		Method: http.MethodPost,
		URL:    c.base + "/v1/payouts",
		Body:   c.body(p),
	})
	return err
}

// PayKeyed keys the payout by the marketplace's payout id: every attempt
// Send makes carries it.
func (c *Client) PayKeyed(ctx context.Context, p Payout) error {
	_, err := transport.Send(ctx, c.hc, transport.Request{
		Method: http.MethodPost,
		URL:    c.base + "/v1/payouts",
		Body:   c.body(p),
		Headers: map[string]string{
			"Authorization":   "Bearer " + c.token,
			"Idempotency-Key": "payout-" + p.ID,
		},
	})
	return err
}

// PayKeyedOnce draws the key once for this payout and hands it to Send,
// which sends the same key with every attempt.
func (c *Client) PayKeyedOnce(ctx context.Context, p Payout) error {
	key := uuid.NewString()
	_, err := transport.Send(ctx, c.hc, transport.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/v1/payouts",
		Body:    c.body(p),
		Headers: map[string]string{"Idempotency-Key": key},
	})
	return err
}

// PayWithReference carries the acquirer's dedupe key in the body: the
// payout id, the same on every attempt.
func (c *Client) PayWithReference(ctx context.Context, p Payout) error {
	body, _ := json.Marshal(map[string]any{"amount": p.Cents, "currency": "EUR", "destination": p.SellerID, "idempotency_key": "payout-" + p.ID})
	_, err := transport.Send(ctx, c.hc, transport.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: body})
	return err
}

// PayOnceKeyedBySender goes through the sender that draws one key
// before its first attempt and reuses it.
func (c *Client) PayOnceKeyedBySender(ctx context.Context, p Payout) error {
	_, err := transport.SendOnceKeyed(ctx, c.hc, transport.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: c.body(p)})
	return err
}

// Status reads a payout back through the same sender: a read, sent
// again harmlessly.
func (c *Client) Status(ctx context.Context, payoutID string) ([]byte, error) {
	return transport.Send(ctx, c.hc, transport.Request{Method: http.MethodGet, URL: c.base + "/v1/payouts/" + payoutID})
}

// NotifySeller posts a message to the seller's inbox through the same
// sender: no payment.
func (c *Client) NotifySeller(ctx context.Context, sellerID, text string) error {
	body, _ := json.Marshal(map[string]string{"seller": sellerID, "text": text})
	_, err := transport.Send(ctx, c.hc, transport.Request{Method: http.MethodPost, URL: "https://inbox.example.com/v1/messages", Body: body})
	return err
}

// PayWithRetries lets the sender make three attempts, with no key.
func (c *Client) PayWithRetries(ctx context.Context, p Payout) error {
	_, err := transport.SendUpTo(ctx, c.hc, transport.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: c.body(p)}, 3) // want `POST /v1/payouts is retried by transport.SendUpTo, which sends it again in its for loop \(line \d+\) without an idempotency key`
	return err
}

// PayExactlyOnce caps the same sender at one attempt: the payout is sent
// once, and a lost answer is left to the reconciliation job.
func (c *Client) PayExactlyOnce(ctx context.Context, p Payout) error {
	_, err := transport.SendUpTo(ctx, c.hc, transport.Request{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: c.body(p)}, 1)
	return err
}

// MobileMoneyCharge is a mobile money collection; tx_ref is the
// provider's unique transaction reference, a repeat of which it refuses
// as a duplicate.
type MobileMoneyCharge struct {
	TxRef    string `json:"tx_ref"`
	Amount   int64  `json:"amount"`
	Currency string `json:"currency"`
	Phone    string `json:"phone_number"`
}

// Collect sends the charge the caller describes, tx_ref included, through
// the sender that encodes it once: the same tx_ref on every send.
func (c *Client) Collect(ctx context.Context, ch MobileMoneyCharge) error {
	_, err := transport.SendJSON(ctx, c.hc, transport.JSONRequest{Method: http.MethodPost, URL: c.base + "/v1/charges", Body: ch})
	return err
}

// PayoutInstruction is a payout with no reference of its own.
type PayoutInstruction struct {
	Amount      int64  `json:"amount"`
	Currency    string `json:"currency"`
	Destination string `json:"destination"`
}

// PayInstruction sends a payout with nothing the acquirer dedupes on.
func (c *Client) PayInstruction(ctx context.Context, in PayoutInstruction) error {
	_, err := transport.SendJSON(ctx, c.hc, transport.JSONRequest{Method: http.MethodPost, URL: c.base + "/v1/payouts", Body: in}) // want `POST /v1/payouts is retried by transport.SendJSON, which sends it again in its for loop \(line \d+\) without an idempotency key`
	return err
}
