// Package notify stands for a provider SDK paylint has never heard of (a
// fictional module, not a stub of a real one): it parses a notification
// and verifies its signature with keys it holds.
package notify

import "net/http"

// Notification is a parsed payment notification.
type Notification struct {
	OutTradeNo  string
	TradeStatus string
}

// Client holds the provider's public key.
type Client struct{}

// ParseNotification reads the request's form and verifies its sign field.
func (c *Client) ParseNotification(r *http.Request) (*Notification, error) {
	return &Notification{}, nil
}

// Handle verifies the request and calls fn with the notification only when
// the signature is valid; it answers 400 itself otherwise.
func (c *Client) Handle(w http.ResponseWriter, r *http.Request, fn func(n *Notification) error) {}
