package restpoll

import (
	"context"
	"time"
)

// WaitDelivered follows a parcel until the carrier marks it delivered.
func (c *Client) WaitDelivered(ctx context.Context, shipmentID string) error {
	for {
		s, err := c.GetShipment(ctx, shipmentID)
		if err != nil {
			return err
		}
		if s.State == "delivered" || s.State == "returned" {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(500 * time.Millisecond):
		}
	}
}
