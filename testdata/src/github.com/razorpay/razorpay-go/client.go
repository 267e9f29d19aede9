// Package razorpay is a stub of github.com/razorpay/razorpay-go
// (signatures as in v1.4.0; bodies are stubs).
package razorpay

import (
	"github.com/razorpay/razorpay-go/requests"
	"github.com/razorpay/razorpay-go/resources"
)

type Client struct {
	*requests.Request
	Order   *resources.Order
	Payment *resources.Payment
	Refund  *resources.Refund
}

func NewClient(key string, secret string) *Client { panic("stub") }

func (client *Client) AddHeaders(headers map[string]string) {}
