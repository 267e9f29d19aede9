// Package fees charges late-cancellation and no-show fees to members'
// saved cards through Checkout.com. Each exported pass works the fees
// still pending; package jobs runs them on a cron schedule.
package fees

import (
	"context"
	"errors"
	"fmt"
	"log"
	"net"

	"github.com/checkout/checkout-sdk-go/v2/payments/nas"
	"github.com/jmoiron/sqlx"
)

// Fee is one fee row.
type Fee struct {
	ID       int64
	Amount   int64
	Currency string
	Status   string
}

// Collector charges fees.
type Collector struct {
	db  *sqlx.DB
	cko *nas.Client
}

func (c *Collector) pending(ctx context.Context) ([]Fee, error) {
	var out []Fee
	err := c.db.SelectContext(ctx, &out, `SELECT id, amount, currency, status FROM fees WHERE status = 'pending'`)
	return out, err
}

func (c *Collector) setStatus(ctx context.Context, id int64, status, paymentID string) error {
	_, err := c.db.ExecContext(ctx, `UPDATE fees SET status = ?, payment_id = ? WHERE id = ?`, status, paymentID, id)
	return err
}

func (c *Collector) failFee(ctx context.Context, id int64) error {
	_, err := c.db.ExecContext(ctx, `UPDATE fees SET status = 'refused' WHERE id = ?`, id)
	return err
}

func transient(err error) bool {
	var ne net.Error
	return errors.As(err, &ne)
}

func (c *Collector) charge(ctx context.Context, f Fee, key *string) (*nas.PaymentResponse, error) {
	return c.cko.RequestPaymentWithContext(ctx, nas.PaymentRequest{Amount: f.Amount, Reference: fmt.Sprintf("FEE-%d", f.ID)}, key)
}

// ChargePending charges each pending fee with no key. A network error
// leaves the fee pending for the next run; other failures park it.
func (c *Collector) ChargePending(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		res, err := c.charge(ctx, f, nil)
		if err != nil {
			if transient(err) {
				log.Printf("fee %d: no answer, next run tries again: %v", f.ID, err)
				continue
			}
			if err := c.failFee(ctx, f.ID); err != nil {
				return err
			}
			continue
		}
		if err := c.setStatus(ctx, f.ID, "requested", res.Id); err != nil {
			return err
		}
	}
	return nil
}

// ChargeLate charges late cancellations, a new key on every run.
func (c *Collector) ChargeLate(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		key := fmt.Sprintf("late-%d-%d", f.ID, nowNanos())
		res, err := c.charge(ctx, f, &key)
		if err != nil {
			log.Printf("fee %d: %v", f.ID, err)
			continue
		}
		_ = c.setStatus(ctx, f.ID, "requested", res.Id)
	}
	return nil
}

// --- silent ---

// ChargeKeyed charges each pending fee with the fee's own key: the next
// run sends the same key.
func (c *Collector) ChargeKeyed(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		key := fmt.Sprintf("fee-%d", f.ID)
		res, err := c.charge(ctx, f, &key)
		if err != nil {
			continue
		}
		_ = c.setStatus(ctx, f.ID, "requested", res.Id)
	}
	return nil
}

// ChargeClaimed moves each fee out of pending before charging it: a lost
// answer leaves it 'processing', which the next run does not select.
func (c *Collector) ChargeClaimed(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		if err := c.setStatus(ctx, f.ID, "processing", ""); err != nil {
			continue
		}
		res, err := c.charge(ctx, f, nil)
		if err != nil {
			continue
		}
		_ = c.setStatus(ctx, f.ID, "requested", res.Id)
	}
	return nil
}

// ChargeParked parks every failed fee for the front desk: nothing is
// charged twice by the schedule.
func (c *Collector) ChargeParked(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		res, err := c.charge(ctx, f, nil)
		if err != nil {
			_ = c.failFee(ctx, f.ID)
			continue
		}
		_ = c.setStatus(ctx, f.ID, "requested", res.Id)
	}
	return nil
}

// Report reads the pending fees' payments: no write.
func (c *Collector) Report(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		log.Printf("fee %d pending: %d %s", f.ID, f.Amount, f.Currency)
	}
	return nil
}

// ChargeNow charges pending fees too, but only the front desk's button
// runs it, never a schedule.
func (c *Collector) ChargeNow(ctx context.Context) error {
	due, err := c.pending(ctx)
	if err != nil {
		return err
	}
	for _, f := range due {
		if _, err := c.charge(ctx, f, nil); err != nil {
			continue
		}
	}
	return nil
}
