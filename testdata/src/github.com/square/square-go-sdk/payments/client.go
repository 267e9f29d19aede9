// Package payments is a stub of github.com/square/square-go-sdk/payments.
package payments

import (
	"context"

	squaregosdk "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
)

type Client struct{}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }

func (c *Client) Create(
	ctx context.Context,
	request *squaregosdk.CreatePaymentRequest,
	opts ...option.RequestOption,
) (*squaregosdk.CreatePaymentResponse, error) {
	panic("stub")
}

func (c *Client) Get(
	ctx context.Context,
	request *squaregosdk.GetPaymentsRequest,
	opts ...option.RequestOption,
) (*squaregosdk.GetPaymentResponse, error) {
	panic("stub")
}
