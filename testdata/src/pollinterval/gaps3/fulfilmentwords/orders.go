// Package fulfilmentwords polls orders of a storefront backend. An order
// is a generic resource: a loop that waits for it to be packed, shipped
// or delivered follows the goods, not the payment, and may poll as often
// as the warehouse allows. A loop that waits for the same order to be
// paid polls a payment.
package fulfilmentwords

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"
)

type order struct {
	ID     string `json:"id"`
	State  string `json:"state"`
	Paid   bool   `json:"paid"`
	Status string `json:"status"`
}

type warehouse struct {
	hc   *http.Client
	base string
}

func (w *warehouse) fetch(ctx context.Context, path string, out *order) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, w.base+path, nil)
	if err != nil {
		return err
	}
	resp, err := w.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// untilShipped follows the parcel: shipped or returned to stock.
func (w *warehouse) untilShipped(ctx context.Context, id string) error {
	for i := 0; i < 600; i++ {
		var o order
		if err := w.fetch(ctx, "/api/orders/"+id, &o); err == nil {
			switch o.State {
			case "shipped", "delivered":
				return nil
			case "cancelled":
				return errors.New("order cancelled before shipping")
			}
		}
		time.Sleep(500 * time.Millisecond)
	}
	return errors.New("not shipped yet")
}

// packed asks the packing line with a direct request, every 200ms.
func (w *warehouse) packed(ctx context.Context, id string) (bool, error) {
	deadline := time.Now().Add(10 * time.Minute)
	for time.Now().Before(deadline) {
		resp, err := w.hc.Get(w.base + "/api/v2/orders/" + id + "/status")
		if err != nil {
			return false, err
		}
		var o order
		err = json.NewDecoder(resp.Body).Decode(&o)
		resp.Body.Close()
		if err != nil {
			return false, err
		}
		if strings.EqualFold(o.Status, "PACKED") || o.Status == "out_for_delivery" {
			return true, nil
		}
		time.Sleep(200 * time.Millisecond)
	}
	return false, nil
}

// untilPaid waits for the same kind of order to be paid: a payment poll
// at one second is too fast.
func (w *warehouse) untilPaid(ctx context.Context, id string) error {
	for i := 0; i < 300; i++ {
		var o order
		if err := w.fetch(ctx, "/api/orders/"+id, &o); err != nil {
			return err
		}
		if o.Status == "paid" {
			return nil
		}
		if o.Status == "payment_failed" {
			return errors.New("payment failed")
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("still unpaid")
}

// readyOrPaid mixes kitchen and payment words: the payment word keeps
// the loop a payment poll.
func (w *warehouse) readyOrPaid(ctx context.Context, id string) error {
	for i := 0; i < 300; i++ {
		var o order
		if err := w.fetch(ctx, "/api/orders/"+id, &o); err != nil {
			return err
		}
		if o.Status == "ready" || o.Status == "captured" {
			return nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("timeout")
}

// cancelledOnly exits on a word orders and payments share: no evidence
// that the order is followed for its goods, so it stays a payment poll.
func (w *warehouse) cancelledOnly(ctx context.Context, id string) error {
	for i := 0; i < 300; i++ {
		var o order
		if err := w.fetch(ctx, "/api/orders/"+id, &o); err != nil {
			return err
		}
		if o.Status == "cancelled" || o.Status == "completed" {
			return nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("timeout")
}

// paymentShipped: a payments resource is a payment whatever the words
// the loop compares (a misnamed state stays a payment's).
func (w *warehouse) paymentShipped(ctx context.Context, id string) error {
	for i := 0; i < 300; i++ {
		var o order
		if err := w.fetch(ctx, "/api/payments/"+id, &o); err != nil {
			return err
		}
		if o.Status == "delivered" || o.Status == "failed" {
			return nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("timeout")
}

// orderPayments reads the payments of an order: a payment resource.
func (w *warehouse) orderPayments(ctx context.Context, id string) error {
	for i := 0; i < 300; i++ {
		var o order
		if err := w.fetch(ctx, "/api/orders/"+id+"/payments", &o); err != nil {
			return err
		}
		if o.Status == "ready" {
			return nil
		}
		time.Sleep(time.Second) // want `payment status polled every 1s`
	}
	return errors.New("timeout")
}
