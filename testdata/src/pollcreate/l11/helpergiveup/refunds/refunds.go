// Package refunds refunds through a home-grown REST API and waits for
// each refund through waitkit, a generic helper of another package that
// gives up with done == false when its timeout passes. A loop that sends
// the refund again when the helper gave up refunds twice while the first
// may still settle. Look-alikes: waiting again for the same refund,
// leaving with the pending state, refunding again only after the provider
// said failed, a helper that gives up with its context's error.
package refunds

import (
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"strings"
	"time"

	"pollcreate/l11/helpergiveup/waitkit"
)

type api struct {
	hc   *http.Client
	base string
}

type refund struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (a *api) do(req *http.Request, out any) error {
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (a *api) createRefund(ctx context.Context, charge string) (*refund, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v1/refunds", strings.NewReader(`{"charge":"`+charge+`"}`))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", "refund-"+charge)
	var out refund
	return &out, a.do(req, &out)
}

func (a *api) getRefund(ctx context.Context, id string) (*refund, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v1/refunds/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out refund
	return &out, a.do(req, &out)
}

func final(r *refund) bool { return r.Status == "succeeded" || r.Status == "failed" }

var (
	errPending = errors.New("refund still pending")
	errFailed  = errors.New("refund failed")
)

// againAfterGiveUp sends the refund again when Until gave up.
func againAfterGiveUp(ctx context.Context, a *api, charge string) error {
	for try := 0; try < 3; try++ {
		r, err := a.createRefund(ctx, charge) // want `payment refunds.api.createRefund \(POST /v1/refunds\) made again on every pass of the loop \(line 68\) after waitkit.Until \(line 73\) stops waiting`
		if err != nil {
			return err
		}
		got, ok, err := waitkit.Until(ctx, 3*time.Second, time.Minute,
			func(ctx context.Context) (*refund, error) { return a.getRefund(ctx, r.ID) }, final)
		if err != nil {
			return err
		}
		if ok && got.Status == "succeeded" {
			return nil
		}
	}
	return errPending
}

// waitAgain waits for the same refund again.
func waitAgain(ctx context.Context, a *api, charge string) error {
	r, err := a.createRefund(ctx, charge)
	if err != nil {
		return err
	}
	for round := 0; round < 3; round++ {
		got, ok, err := waitkit.Until(ctx, 3*time.Second, time.Minute,
			func(ctx context.Context) (*refund, error) { return a.getRefund(ctx, r.ID) }, final)
		if err != nil {
			return err
		}
		if ok {
			if got.Status == "succeeded" {
				return nil
			}
			return errFailed
		}
	}
	return errPending
}

// leaveOnGiveUp hands the pending state to its caller.
func leaveOnGiveUp(ctx context.Context, a *api, charge string) error {
	for try := 0; try < 3; try++ {
		r, err := a.createRefund(ctx, charge)
		if err != nil {
			return err
		}
		got, ok, err := waitkit.Until(ctx, 3*time.Second, time.Minute,
			func(ctx context.Context) (*refund, error) { return a.getRefund(ctx, r.ID) }, final)
		if err != nil {
			return err
		}
		if !ok {
			return errPending
		}
		if got.Status == "succeeded" {
			return nil
		}
	}
	return errFailed
}

// againOnlyAfterFailure refunds again only when the provider said failed.
func againOnlyAfterFailure(ctx context.Context, a *api, charge string) error {
	for try := 0; try < 3; try++ {
		r, err := a.createRefund(ctx, charge)
		if err != nil {
			return err
		}
		got, ok, err := waitkit.Until(ctx, 3*time.Second, time.Minute,
			func(ctx context.Context) (*refund, error) { return a.getRefund(ctx, r.ID) }, final)
		if err != nil {
			return err
		}
		if ok && got.Status == "failed" {
			continue
		}
		if ok {
			return nil
		}
		return errPending
	}
	return errFailed
}

// giveUpIsError: UntilErr gives up with its context's error, which the
// pass returns.
func giveUpIsError(ctx context.Context, a *api, charge string) error {
	for try := 0; try < 3; try++ {
		r, err := a.createRefund(ctx, charge)
		if err != nil {
			return err
		}
		got, err := waitkit.UntilErr(ctx, 3*time.Second, time.Minute,
			func(ctx context.Context) (*refund, error) { return a.getRefund(ctx, r.ID) }, final)
		if err != nil {
			return err
		}
		if got.Status == "succeeded" {
			return nil
		}
	}
	return errFailed
}
