// Package client is a stub of github.com/square/square-go-sdk/orders/client.
package client

import (
	"context"

	squaregosdk "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
)

type Client struct{}

func (c *Client) Create(
	ctx context.Context,
	request *squaregosdk.CreateOrderRequest,
	opts ...option.RequestOption,
) (*squaregosdk.CreateOrderResponse, error) {
	panic("stub")
}

func (c *Client) Get(
	ctx context.Context,
	request *squaregosdk.GetOrdersRequest,
	opts ...option.RequestOption,
) (*squaregosdk.GetOrderResponse, error) {
	panic("stub")
}

func (c *Client) Pay(
	ctx context.Context,
	request *squaregosdk.PayOrderRequest,
	opts ...option.RequestOption,
) (*squaregosdk.PayOrderResponse, error) {
	panic("stub")
}
