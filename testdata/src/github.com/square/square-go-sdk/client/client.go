// Package client is a stub of github.com/square/square-go-sdk/client.
package client

import (
	devicesclient "github.com/square/square-go-sdk/devices/client"
	"github.com/square/square-go-sdk/option"
	ordersclient "github.com/square/square-go-sdk/orders/client"
	"github.com/square/square-go-sdk/payments"
	"github.com/square/square-go-sdk/refunds"
	terminalclient "github.com/square/square-go-sdk/terminal/client"
	webhooksclient "github.com/square/square-go-sdk/webhooks/client"
)

type Client struct {
	Devices  *devicesclient.Client
	Orders   *ordersclient.Client
	Payments *payments.Client
	Refunds  *refunds.Client
	Terminal *terminalclient.Client
	Webhooks *webhooksclient.Client
}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }
