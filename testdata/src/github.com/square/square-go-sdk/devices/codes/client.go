// Package codes is a stub of github.com/square/square-go-sdk/devices/codes (v1.5.0).
package codes

import (
	"context"

	squaregosdk "github.com/square/square-go-sdk"
	"github.com/square/square-go-sdk/devices"
	"github.com/square/square-go-sdk/option"
)

type Client struct{}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }

// Get sends GET /v2/devices/codes/{id}.
func (c *Client) Get(
	ctx context.Context,
	request *devices.GetCodesRequest,
	opts ...option.RequestOption,
) (*squaregosdk.GetDeviceCodeResponse, error) {
	panic("stub")
}
