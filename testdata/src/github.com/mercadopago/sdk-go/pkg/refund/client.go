// Package refund is a stub of github.com/mercadopago/sdk-go/pkg/refund.
package refund

import (
	"context"

	"github.com/mercadopago/sdk-go/pkg/config"
)

type Response struct {
	Status string `json:"status"`
	ID     int    `json:"id"`
}

type Client interface {
	Get(ctx context.Context, paymentID, refundID int) (*Response, error)
	Create(ctx context.Context, paymentID int) (*Response, error)
	CreatePartialRefund(ctx context.Context, paymentID int, amount float64) (*Response, error)
}

func NewClient(c *config.Config) Client { panic("stub") }
