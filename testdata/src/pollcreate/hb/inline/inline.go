// Package inline creates a payout, polls it in a loop written in place
// whose own cap or deadline ends the wait, and goes round to create
// another while the first may still be in transit. Look-alikes: the wait
// returns on its bound, the pass leaves after the wait, a new payout only
// after a failed state, loops over different vendors, a wait bounded by
// the caller's context.
package inline

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
	"time"
)

type client struct {
	hc   *http.Client
	base string
}

type payout struct {
	ID    string `json:"id"`
	State string `json:"state"`
}

var errDeclined = errors.New("payout declined")

func (c *client) do(req *http.Request, out any) error {
	resp, err := c.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (c *client) createPayout(ctx context.Context, vendor string, cents int64) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, c.base+"/v2/payouts", strings.NewReader(`{"vendor":"`+vendor+`"}`))
	if err != nil {
		return nil, err
	}
	var out payout
	return &out, c.do(req, &out)
}

func (c *client) payoutByID(ctx context.Context, id string) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v2/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out payout
	return &out, c.do(req, &out)
}

// capThenAgain: ten reads, then the next pass sends a second payout.
func capThenAgain(ctx context.Context, c *client, vendor string) error {
	for try := 0; try < 4; try++ {
		p, err := c.createPayout(ctx, vendor, 5000) // want "made again on every pass of the loop"
		if err != nil {
			return err
		}
		for n := 0; n < 10; n++ {
			time.Sleep(3 * time.Second)
			cur, err := c.payoutByID(ctx, p.ID)
			if err != nil {
				continue
			}
			if cur.State == "paid" {
				return nil
			}
			if cur.State == "failed" {
				return errDeclined
			}
		}
		log.Printf("payout %s still in transit, sending another", p.ID)
	}
	return errors.New("gave up")
}

// timeoutThenAgain: a context of the pass ends the wait, the loop goes
// round.
func timeoutThenAgain(ctx context.Context, c *client, vendor string) error {
	for {
		p, err := c.createPayout(ctx, vendor, 900) // want "made again on every pass of the loop"
		if err != nil {
			return err
		}
		wctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
		for wctx.Err() == nil {
			cur, err := c.payoutByID(wctx, p.ID)
			if err == nil && cur.State == "paid" {
				cancel()
				return nil
			}
			if err == nil && cur.State == "failed" {
				cancel()
				return errDeclined
			}
			time.Sleep(4 * time.Second)
		}
		cancel()
	}
}

// returnsOnDeadline: the wait's own deadline leaves the function.
func returnsOnDeadline(ctx context.Context, c *client, vendor string) error {
	for try := 0; try < 3; try++ {
		p, err := c.createPayout(ctx, vendor, 700)
		if err != nil {
			continue
		}
		until := time.Now().Add(time.Minute)
		for {
			if time.Now().After(until) {
				return errors.New("payout still pending")
			}
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State == "paid" {
				return nil
			}
			if err == nil && cur.State == "failed" {
				break
			}
			time.Sleep(5 * time.Second)
		}
	}
	return errDeclined
}

// leavesAfterCap: the pass ends with a return once the cap is reached.
func leavesAfterCap(ctx context.Context, c *client, vendor string) error {
	for try := 0; try < 3; try++ {
		p, err := c.createPayout(ctx, vendor, 700)
		if err != nil {
			continue
		}
		for n := 0; n < 20; n++ {
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State == "paid" {
				return nil
			}
			if err == nil && cur.State == "failed" {
				break
			}
			time.Sleep(5 * time.Second)
		}
		return errors.New("payout still pending after 20 reads")
	}
	return errDeclined
}

// againOnlyAfterFailure: the wait has no bound of its own; only a failed
// payout ends it and the next pass sends a new one.
func againOnlyAfterFailure(ctx context.Context, c *client, vendor string) error {
	for try := 0; try < 3; try++ {
		p, err := c.createPayout(ctx, vendor, 300)
		if err != nil {
			return err
		}
		for {
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State == "paid" {
				return nil
			}
			if err == nil && cur.State == "failed" {
				break
			}
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(5 * time.Second):
			}
		}
	}
	return errDeclined
}

// eachVendor: one payout per vendor, each waited for a while.
func eachVendor(ctx context.Context, c *client, vendors []string) {
	for _, v := range vendors {
		p, err := c.createPayout(ctx, v, 100)
		if err != nil {
			continue
		}
		for n := 0; n < 10; n++ {
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State != "pending" {
				break
			}
			time.Sleep(3 * time.Second)
		}
	}
}

// eachVendorIndexed: the counter picks the vendor.
func eachVendorIndexed(ctx context.Context, c *client, vendors []string) {
	for i := 0; i < len(vendors); i++ {
		p, err := c.createPayout(ctx, vendors[i], 100)
		if err != nil {
			continue
		}
		for n := 0; n < 10; n++ {
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State != "pending" {
				break
			}
			time.Sleep(3 * time.Second)
		}
	}
}

// callersContext: only the caller's context ends the wait; the next
// payout would fail on it too.
func callersContext(ctx context.Context, c *client, vendor string) error {
	for try := 0; try < 3; try++ {
		p, err := c.createPayout(ctx, vendor, 300)
		if err != nil {
			return err
		}
		for ctx.Err() == nil {
			cur, err := c.payoutByID(ctx, p.ID)
			if err == nil && cur.State == "paid" {
				return nil
			}
			if err == nil && cur.State == "failed" {
				break
			}
			time.Sleep(5 * time.Second)
		}
	}
	return errDeclined
}
