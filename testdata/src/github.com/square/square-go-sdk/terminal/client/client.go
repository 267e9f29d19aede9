// Package client is a stub of github.com/square/square-go-sdk/terminal/client (v1.5.0).
package client

import (
	"github.com/square/square-go-sdk/option"
	"github.com/square/square-go-sdk/terminal/checkouts"
)

type Client struct {
	Checkouts *checkouts.Client
}

func NewClient(opts ...option.RequestOption) *Client { panic("stub") }
