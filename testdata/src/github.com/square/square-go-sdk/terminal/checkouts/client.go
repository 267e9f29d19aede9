// Package checkouts is a stub of github.com/square/square-go-sdk/terminal/checkouts (v1.5.0).
package checkouts

import (
	"context"

	squaregosdk "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/terminal"
)

type Client struct{}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }

// Create sends POST /v2/terminals/checkouts.
func (c *Client) Create(
	ctx context.Context,
	request *terminal.CreateTerminalCheckoutRequest,
	opts ...option.RequestOption,
) (*squaregosdk.CreateTerminalCheckoutResponse, error) {
	panic("stub")
}

// Get sends GET /v2/terminals/checkouts/{checkout_id}.
func (c *Client) Get(
	ctx context.Context,
	request *terminal.GetCheckoutsRequest,
	opts ...option.RequestOption,
) (*squaregosdk.GetTerminalCheckoutResponse, error) {
	panic("stub")
}

// Cancel sends POST /v2/terminals/checkouts/{checkout_id}/cancel.
func (c *Client) Cancel(
	ctx context.Context,
	request *terminal.CancelCheckoutsRequest,
	opts ...option.RequestOption,
) (*squaregosdk.CancelTerminalCheckoutResponse, error) {
	panic("stub")
}
