// Package fakepay is a toy payment API for the poll model's own test: its
// Get and Client.Status read a payment's status, Create makes a payment.
package fakepay

import "context"

type Payment struct {
	ID     string
	Status string
}

const (
	Confirmed = "CONFIRMED"
	Failed    = "FAILED"
	Expired   = "EXPIRED"
	Pending   = "PENDING_CONFIRMATION"
)

func Get(id string) (*Payment, error) { panic("stub") }

func Create(amount int64) (*Payment, error) { panic("stub") }

type Client struct{}

func (c *Client) Status(ctx context.Context, id string) (string, error) { panic("stub") }

// List reads the payments that are still pending (GET /v1/payments?status=pending).
func List() ([]Payment, error) { panic("stub") }
