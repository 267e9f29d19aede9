// Package urgentpayouts pays sellers out on demand ("instant payout")
// through the shared senders of package transport, keyed by the payout
// id: what differs is how long a sender waits before it sends again.
package urgentpayouts

import (
	"context"
	"encoding/json"
	"net/http"

	"resendingpayouts/transport"
)

// Client talks to the acquirer's payouts API.
type Client struct {
	hc   *http.Client
	base string
}

// Payout is one seller's instant payout.
type Payout struct {
	ID       string
	SellerID string
	Cents    int64
}

func (c *Client) body(p Payout) []byte {
	b, _ := json.Marshal(map[string]any{"amount": p.Cents, "currency": "EUR", "destination": p.SellerID, "speed": "instant"})
	return b
}

// PayUrgent sends a keyed payout through the sender that sends again at
// once: a failing acquirer is hit three times in a row.
func (c *Client) PayUrgent(ctx context.Context, p Payout) error {
	_, err := transport.SendAtOnce(ctx, c.hc, transport.Request{ // want `POST /v1/payouts is retried by transport.SendAtOnce, which sends it again in its for loop \(line \d+\) with no wait between attempts`
		Method:  http.MethodPost,
		URL:     c.base + "/v1/payouts",
		Body:    c.body(p),
		Headers: map[string]string{"Idempotency-Key": "payout-" + p.ID},
	})
	return err
}

// StatusUrgent reads a payout through the sender that sends again at
// once.
func (c *Client) StatusUrgent(ctx context.Context, payoutID string) ([]byte, error) {
	return transport.SendAtOnce(ctx, c.hc, transport.Request{Method: http.MethodGet, URL: c.base + "/v1/payouts/" + payoutID}) // want `GET /v1/payouts/\{\} is retried by transport.SendAtOnce, which sends it again in its for loop \(line \d+\) with no wait between attempts`
}

// PayQuickly sends the payout through the sender that sends again a
// quarter of a second later, every time.
func (c *Client) PayQuickly(ctx context.Context, p Payout) error {
	_, err := transport.SendShortPause(ctx, c.hc, transport.Request{ // want `POST /v1/payouts is retried by transport.SendShortPause, which sends it again in its for loop \(line \d+\) every 250ms, a fixed wait that does not grow`
		Method:  http.MethodPost,
		URL:     c.base + "/v1/payouts",
		Body:    c.body(p),
		Headers: map[string]string{"Idempotency-Key": "payout-" + p.ID},
	})
	return err
}

// PayPatiently sends the same payout through the sender that waits a
// second, then two, then four before it sends again.
func (c *Client) PayPatiently(ctx context.Context, p Payout) error {
	_, err := transport.Send(ctx, c.hc, transport.Request{
		Method:  http.MethodPost,
		URL:     c.base + "/v1/payouts",
		Body:    c.body(p),
		Headers: map[string]string{"Idempotency-Key": "payout-" + p.ID},
	})
	return err
}

// StatusPatiently reads a payout through that sender.
func (c *Client) StatusPatiently(ctx context.Context, payoutID string) ([]byte, error) {
	return transport.Send(ctx, c.hc, transport.Request{Method: http.MethodGet, URL: c.base + "/v1/payouts/" + payoutID})
}

// Geocode looks a seller's address up through the sender that sends
// again at once: no payment.
func (c *Client) Geocode(ctx context.Context, address string) ([]byte, error) {
	return transport.SendAtOnce(ctx, c.hc, transport.Request{Method: http.MethodGet, URL: "https://maps.example.com/geocode?q=" + address})
}
