// Package client is a stub of github.com/square/square-go-sdk/devices/client (v1.5.0).
package client

import (
	"github.com/square/square-go-sdk/devices/codes"
	"github.com/square/square-go-sdk/option"
)

type Client struct {
	Codes *codes.Client
}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }
