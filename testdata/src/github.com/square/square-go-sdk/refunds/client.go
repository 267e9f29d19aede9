// Package refunds is a stub of github.com/square/square-go-sdk/refunds.
package refunds

import (
	"context"

	squaregosdk "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/option"
)

type Client struct{}

func (c *Client) RefundPayment(
	ctx context.Context,
	request *squaregosdk.RefundPaymentRequest,
	opts ...option.RequestOption,
) (*squaregosdk.RefundPaymentResponse, error) {
	panic("stub")
}
