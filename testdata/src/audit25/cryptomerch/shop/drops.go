// Package shop holds the business services: drops, pre-orders, the pop-up
// booth and loyalty top-ups.
package shop

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"

	"audit25/cryptomerch/store"
)

// Minter asks the minting service to issue the collectible of an order.
type Minter struct {
	base string
	hc   *http.Client
}

// NewMinter returns a minter client.
func NewMinter(base string) *Minter {
	return &Minter{base: base, hc: &http.Client{Timeout: 20 * time.Second}}
}

// Issue mints the collectible(s) for an order.
func (m *Minter) Issue(ctx context.Context, o *store.Order) error {
	body, _ := json.Marshal(map[string]any{"order_id": o.ID, "drop_id": o.DropID, "owner": o.BuyerID, "qty": o.Quantity})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, m.base+"/v1/mint", bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := m.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode >= 300 {
		return fmt.Errorf("mint: %s", resp.Status)
	}
	return nil
}

// Drops runs the limited-drop checkout.
type Drops struct {
	orders *store.Orders
	mint   *Minter
}

// NewDrops returns the service.
func NewDrops(orders *store.Orders, mint *Minter) *Drops {
	return &Drops{orders: orders, mint: mint}
}

// Confirm records the order as paid, takes the stock and mints.
func (d *Drops) Confirm(ctx context.Context, orderID string) error {
	o, err := d.orders.Get(ctx, orderID)
	if err != nil {
		return err
	}
	if err := d.orders.MarkPaid(ctx, o.ID); err != nil {
		return err
	}
	if err := d.orders.TakeStock(ctx, o.DropID, o.Quantity); err != nil {
		return err
	}
	if err := d.mint.Issue(ctx, o); err != nil {
		return err
	}
	return d.orders.MarkFulfilled(ctx, o.ID)
}

// Release mints an order already recorded as paid; a second call is a no-op.
func (d *Drops) Release(ctx context.Context, o *store.Order) error {
	if o.Fulfilled {
		return nil
	}
	if err := d.mint.Issue(ctx, o); err != nil {
		return err
	}
	return d.orders.MarkFulfilled(ctx, o.ID)
}
