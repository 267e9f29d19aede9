// Package laststatus disburses through a home-grown REST client and waits
// for the disbursement with a function of its own that reads it a fixed
// number of times and, when the reads run out, returns the last status it
// saw ("PROCESSING" before the first read). A caller that disburses again
// whenever that status is none of the final ones sends the money twice
// while the first disbursement may still settle. Look-alikes: waiting
// again for the same disbursement, leaving with the pending status, paying
// again only after FAILED, a waiter whose give-up may be FAILED.
package laststatus

import (
	"context"
	"encoding/json"
	"errors"
	"log"
	"net/http"
	"strings"
	"time"
)

type gateway struct {
	hc   *http.Client
	base string
}

type disbursement struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (g *gateway) do(req *http.Request, out any) error {
	resp, err := g.hc.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	return json.NewDecoder(resp.Body).Decode(out)
}

func (g *gateway) disburse(ctx context.Context, wallet string) (*disbursement, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, g.base+"/v2/disbursements", strings.NewReader(`{"wallet":"`+wallet+`"}`))
	if err != nil {
		return nil, err
	}
	var out disbursement
	return &out, g.do(req, &out)
}

func (g *gateway) disbursementByID(ctx context.Context, id string) (*disbursement, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, g.base+"/v2/disbursements/"+id, nil)
	if err != nil {
		return nil, err
	}
	var out disbursement
	return &out, g.do(req, &out)
}

var (
	errFailed  = errors.New("disbursement failed")
	errPending = errors.New("disbursement still pending")
)

// lastStatus reads the disbursement up to six times and returns the last
// status seen: PROCESSING, or whatever non-final status the provider gave.
func (g *gateway) lastStatus(ctx context.Context, id string) (string, error) {
	status := "PROCESSING"
	for n := 0; n < 6; n++ {
		time.Sleep(5 * time.Second)
		d, err := g.disbursementByID(ctx, id)
		if err != nil {
			return "", err
		}
		status = d.Status
		if status == "COMPLETED" || status == "FAILED" || status == "EXPIRED" {
			return status, nil
		}
	}
	return status, nil
}

// onlyCompleted gives up with a status that may be FAILED or EXPIRED: it
// returns early only on COMPLETED.
func (g *gateway) onlyCompleted(ctx context.Context, id string) (string, error) {
	status := "PROCESSING"
	for n := 0; n < 6; n++ {
		time.Sleep(5 * time.Second)
		d, err := g.disbursementByID(ctx, id)
		if err != nil {
			return "", err
		}
		status = d.Status
		if status == "COMPLETED" {
			return status, nil
		}
	}
	return status, nil
}

// againOnPending: a switch on the final statuses falls through when the
// waiter ran out of reads, and the pass disburses again.
func againOnPending(ctx context.Context, g *gateway, wallet string) error {
	for try := 0; try < 3; try++ {
		d, err := g.disburse(ctx, wallet) // want `payment laststatus.gateway.disburse \(POST /v2/disbursements\) made again on every pass of the loop \(line 102\) after laststatus.gateway.lastStatus \(line 107\) stops waiting`
		if err != nil {
			return err
		}
		st, err := g.lastStatus(ctx, d.ID)
		if err != nil {
			return err
		}
		switch st {
		case "COMPLETED":
			return nil
		case "FAILED", "EXPIRED":
			return errFailed
		}
		log.Printf("disbursement %s still %s", d.ID, st)
	}
	return errPending
}

// againAfterIfs: the same mistake written with ifs and an id copied out.
func againAfterIfs(ctx context.Context, g *gateway, wallet string) error {
	for try := 1; try <= 2; try++ {
		d, err := g.disburse(ctx, wallet) // want `payment laststatus.gateway.disburse \(POST /v2/disbursements\) made again on every pass of the loop \(line 124\) after laststatus.gateway.lastStatus \(line 130\)`
		if err != nil {
			return err
		}
		id := d.ID
		st, err := g.lastStatus(ctx, id)
		if err != nil {
			return err
		}
		if st == "COMPLETED" {
			return nil
		}
		if st == "FAILED" {
			return errFailed
		}
	}
	return errPending
}

// waitAgain waits for the same disbursement again after the give-up: no
// second disbursement.
func waitAgain(ctx context.Context, g *gateway, wallet string) error {
	d, err := g.disburse(ctx, wallet)
	if err != nil {
		return err
	}
	for round := 0; round < 3; round++ {
		st, err := g.lastStatus(ctx, d.ID)
		if err != nil {
			return err
		}
		switch st {
		case "COMPLETED":
			return nil
		case "FAILED", "EXPIRED":
			return errFailed
		}
	}
	return errPending
}

// leaveOnPending hands the pending state to its caller.
func leaveOnPending(ctx context.Context, g *gateway, wallet string) (string, error) {
	for try := 0; try < 3; try++ {
		d, err := g.disburse(ctx, wallet)
		if err != nil {
			return "", err
		}
		st, err := g.lastStatus(ctx, d.ID)
		if err != nil {
			return "", err
		}
		switch st {
		case "COMPLETED":
			return d.ID, nil
		case "FAILED", "EXPIRED":
			continue // a terminal failure: a new disbursement is the advice
		default:
			return d.ID, errPending
		}
	}
	return "", errFailed
}

// againOnlyAfterFailure disburses again only when the provider said the
// first one failed or expired.
func againOnlyAfterFailure(ctx context.Context, g *gateway, wallet string) error {
	for try := 0; try < 3; try++ {
		d, err := g.disburse(ctx, wallet)
		if err != nil {
			return err
		}
		st, err := g.lastStatus(ctx, d.ID)
		if err != nil {
			return err
		}
		if st == "FAILED" || st == "EXPIRED" {
			continue
		}
		if st == "COMPLETED" {
			return nil
		}
		return errPending
	}
	return errFailed
}

// failedMaybe: onlyCompleted's give-up may be FAILED, which this caller
// treats as a terminal failure and pays again: allowed, and the model
// cannot tell the two apart.
func failedMaybe(ctx context.Context, g *gateway, wallet string) error {
	for try := 0; try < 3; try++ {
		d, err := g.disburse(ctx, wallet)
		if err != nil {
			return err
		}
		st, err := g.onlyCompleted(ctx, d.ID)
		if err != nil {
			return err
		}
		switch st {
		case "COMPLETED":
			return nil
		case "FAILED":
			continue
		}
		return errPending
	}
	return errFailed
}
