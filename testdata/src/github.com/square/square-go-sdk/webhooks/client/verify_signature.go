// Package client is a stub of github.com/square/square-go-sdk/webhooks/client.
package client

import (
	"context"

	"github.com/square/square-go-sdk"
)

type Client struct{}

// VerifySignature verifies and validates an event notification.
func (c *Client) VerifySignature(_ context.Context, request *square.VerifySignatureRequest) error {
	panic("stub")
}
