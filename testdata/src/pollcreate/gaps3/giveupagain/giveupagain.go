// Package giveupagain creates a payment, waits for it through a function
// of its own that stops on a bound of its own, and creates another when
// the wait stopped while the payment was still pending: a numeric id put
// in the path through strconv, a switch on the answer, a sentinel error
// returned from the bound's own exit inside the loop.
package giveupagain

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"
)

type payouts struct {
	hc   *http.Client
	base string
}

type payout struct {
	Num   int64  `json:"num"`
	State string `json:"state"`
}

func (p *payouts) send(req *http.Request, out any) error {
	resp, err := p.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

// create starts a new payout.
func (p *payouts) create(ctx context.Context, vendor string, cents int64) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v3/payouts", strings.NewReader(`{"vendor":"`+vendor+`"}`))
	if err != nil {
		return nil, err
	}
	var out payout
	return &out, p.send(req, &out)
}

func (p *payouts) get(ctx context.Context, id string) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v3/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out payout
	return &out, p.send(req, &out)
}

// settle polls for a quarter of an hour and answers "in_transit" when it
// stops.
func (p *payouts) settle(ctx context.Context, num int64) (string, error) {
	until := time.Now().Add(15 * time.Minute)
	for time.Now().Before(until) {
		req, err := http.NewRequestWithContext(ctx, http.MethodGet, p.base+"/v3/payouts/"+strconv.FormatInt(num, 10), nil)
		if err != nil {
			return "", err
		}
		var po payout
		if err := p.send(req, &po); err != nil {
			return "", err
		}
		if po.State == "paid" || po.State == "failed" || po.State == "canceled" {
			return po.State, nil
		}
		time.Sleep(15 * time.Second)
	}
	return "in_transit", nil
}

// payVendor creates a new payout when the wait ended on "in_transit":
// the switch has no case for it and the pass goes round.
func (p *payouts) payVendor(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents) // want `payment giveupagain.payouts.create \(POST /v3/payouts\) made again on every pass of the loop \(line \d+\) after giveupagain.payouts.settle`
		if err != nil {
			return err
		}
		state, err := p.settle(ctx, po.Num)
		if err != nil {
			return err
		}
		switch state {
		case "paid":
			return nil
		case "failed", "canceled":
			return fmt.Errorf("payout %d %s", po.Num, state)
		}
	}
	return errors.New("payout not settled")
}

// Look-alike: the switch's default leaves on any other answer.
func (p *payouts) payVendorOnce(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents)
		if err != nil {
			return err
		}
		state, err := p.settle(ctx, po.Num)
		if err != nil {
			return err
		}
		switch state {
		case "failed", "canceled":
			continue
		case "paid":
			return nil
		default:
			return fmt.Errorf("payout %d still %s", po.Num, state)
		}
	}
	return errors.New("payout not settled")
}

// Look-alike: the give-up answer has its own case that leaves.
func (p *payouts) payVendorKeep(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents)
		if err != nil {
			return err
		}
		state, err := p.settle(ctx, po.Num)
		if err != nil {
			return err
		}
		switch {
		case state == "paid":
			return nil
		case state == "in_transit":
			return fmt.Errorf("payout %d in transit: reconcile later", po.Num)
		}
	}
	return errors.New("payout not settled")
}

var errNotYet = errors.New("payout not settled yet")
var errGone = errors.New("payout gone")

// settleWithin polls under a context of its own and answers errNotYet
// from the case of its end.
func (p *payouts) settleWithin(ctx context.Context, num int64) (*payout, error) {
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()
	every := time.NewTicker(5 * time.Second)
	defer every.Stop()
	for {
		select {
		case <-ctx.Done():
			return nil, errNotYet
		case <-every.C:
		}
		po, err := p.get(ctx, strconv.Itoa(int(num)))
		if err != nil {
			return nil, err
		}
		if po.State == "paid" || po.State == "failed" {
			return po, nil
		}
	}
}

// payVendorSentinel creates a new payout on errNotYet.
func (p *payouts) payVendorSentinel(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents) // want `payment giveupagain.payouts.create \(POST /v3/payouts\) made again on every pass of the loop \(line \d+\) after giveupagain.payouts.settleWithin`
		if err != nil {
			return err
		}
		done, err := p.settleWithin(ctx, po.Num)
		if errors.Is(err, errNotYet) {
			continue
		}
		if err != nil {
			return err
		}
		if done.State == "paid" {
			return nil
		}
		return fmt.Errorf("payout %d failed", po.Num)
	}
	return errors.New("payout not settled")
}

// Look-alike: errNotYet leaves; only another error goes round.
func (p *payouts) payVendorSentinelLeaves(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents)
		if err != nil {
			return err
		}
		done, err := p.settleWithin(ctx, po.Num)
		if errors.Is(err, errNotYet) {
			return fmt.Errorf("payout %d pending: reconcile later", po.Num)
		}
		if errors.Is(err, errGone) {
			continue
		}
		if err != nil {
			return err
		}
		if done.State == "paid" {
			return nil
		}
	}
	return errors.New("payout not settled")
}

// settleCaller polls under the caller's context: its end is the
// caller's too, and no payout can be made after it.
func (p *payouts) settleCaller(ctx context.Context, num int64) (*payout, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, errNotYet
		case <-time.After(5 * time.Second):
		}
		po, err := p.get(ctx, fmt.Sprint(num))
		if err != nil {
			return nil, err
		}
		if po.State == "paid" || po.State == "failed" {
			return po, nil
		}
	}
}

// Look-alike: the wait ends only with the caller's own context.
func (p *payouts) payVendorCallerCtx(ctx context.Context, vendor string, cents int64) error {
	for round := 0; round < 3; round++ {
		po, err := p.create(ctx, vendor, cents)
		if err != nil {
			return err
		}
		done, err := p.settleCaller(ctx, po.Num)
		if errors.Is(err, errNotYet) {
			continue
		}
		if err != nil {
			return err
		}
		if done.State == "paid" {
			return nil
		}
	}
	return errors.New("payout not settled")
}
