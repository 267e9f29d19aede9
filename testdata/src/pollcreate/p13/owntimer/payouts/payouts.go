// Package payouts sends seller payouts through a home-grown REST API and
// waits for each through pollx, whose helpers stop at a timer of their
// own. Sending the payout again when Wait or Within gave up pays twice
// while the first may still settle; Strict gives up with an error, which
// leaves the loop.
package payouts

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
	"time"

	"pollcreate/p13/owntimer/pollx"
)

type api struct {
	hc   *http.Client
	base string
}

type payout struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (a *api) send(req *http.Request, out any) error {
	resp, err := a.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (a *api) createPayout(ctx context.Context, seller string, key string) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v2/payouts", strings.NewReader(`{"seller":"`+seller+`"}`))
	if err != nil {
		return nil, err
	}
	req.Header.Set("Idempotency-Key", key)
	var out payout
	return &out, a.send(req, &out)
}

func (a *api) getPayout(ctx context.Context, id string) (*payout, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, a.base+"/v2/payouts/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out payout
	return &out, a.send(req, &out)
}

func settled(p *payout) bool { return p.Status == "paid" || p.Status == "failed" }

// payTimer sends the payout again, under a new key, when Wait gave up.
func payTimer(ctx context.Context, a *api, seller string) error {
	for try := 0; try < 3; try++ {
		p, err := a.createPayout(ctx, seller, seller+"-"+time.Now().Format("150405")) // want `payment payouts.api.createPayout \(POST /v2/payouts\) made again on every pass of the loop \(line 60\) after pollx.Wait \(line 65\) stops waiting`
		if err != nil {
			return err
		}
		last, done, err := pollx.Wait(ctx, 5*time.Second, 10*time.Minute,
			func(ctx context.Context) (*payout, error) { return a.getPayout(ctx, p.ID) }, settled)
		if err != nil {
			return err
		}
		if done && last.Status == "paid" {
			return nil
		}
	}
	return nil
}

// payAfter is the same with Within.
func payAfter(ctx context.Context, a *api, seller string) error {
	for try := 0; try < 3; try++ {
		p, err := a.createPayout(ctx, seller, seller+"-"+time.Now().Format("150405")) // want `payment payouts.api.createPayout \(POST /v2/payouts\) made again on every pass of the loop \(line 79\) after pollx.Within \(line 84\) stops waiting`
		if err != nil {
			return err
		}
		last, done, err := pollx.Within(ctx, 5*time.Second, 10*time.Minute,
			func(ctx context.Context) (*payout, error) { return a.getPayout(ctx, p.ID) }, settled)
		if err != nil {
			return err
		}
		if done && last.Status == "paid" {
			return nil
		}
	}
	return nil
}

// payStrict leaves the loop when Strict gives up: its error returns.
func payStrict(ctx context.Context, a *api, seller string) error {
	for try := 0; try < 3; try++ {
		p, err := a.createPayout(ctx, seller, seller+"-"+time.Now().Format("150405"))
		if err != nil {
			return err
		}
		last, done, err := pollx.Strict(ctx, 5*time.Second, 10*time.Minute,
			func(ctx context.Context) (*payout, error) { return a.getPayout(ctx, p.ID) }, settled)
		if err != nil {
			return err
		}
		if done && last.Status == "paid" {
			return nil
		}
	}
	return nil
}
