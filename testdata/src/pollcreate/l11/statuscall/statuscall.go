// Package statuscall charges through a home-grown REST API and learns the
// charge's status from a Settler, an interface whose implementation lives
// elsewhere. The pass compares the answer with final states only and goes
// round otherwise: a status still pending makes it charge again while the
// first charge may go through. Look-alikes: leaving with the pending
// state, asking again about the same charge, charging again only after
// the provider said failed, a pass that tests a pending state itself, and
// a pass that reads the charge's own answer (no call waited and gave up).
package statuscall

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"strings"
)

// Settler answers a charge's status, waiting for it as it sees fit.
type Settler interface {
	Settle(ctx context.Context, chargeID string) (string, error)
}

type api struct {
	hc   *http.Client
	base string
}

type charge struct {
	ID     string `json:"id"`
	Status string `json:"status"`
}

func (a *api) charge(ctx context.Context, card string) (*charge, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, a.base+"/v1/charges", strings.NewReader(`{"source":"`+card+`"}`))
	if err != nil {
		return nil, err
	}
	resp, err := a.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	var c charge
	return &c, json.NewDecoder(resp.Body).Decode(&c)
}

var (
	errDeclined = errors.New("charge declined")
	errPending  = errors.New("charge still pending")
)

// chargeAgainUnlessFinal charges again whenever the status is not final.
func chargeAgainUnlessFinal(ctx context.Context, a *api, s Settler, card string, log *slog.Logger) error {
	for attempt := 0; attempt < 3; attempt++ {
		c, err := a.charge(ctx, card) // want `payment statuscall.api.charge \(POST /v1/charges\) made again on every pass of the loop \(line 56\) after statuscall.Settler.Settle \(line 61\) stops waiting`
		if err != nil {
			return err
		}
		st, err := s.Settle(ctx, c.ID)
		if err != nil {
			return err
		}
		switch st {
		case "succeeded":
			return nil
		case "failed", "canceled":
			return errDeclined
		}
		log.Warn("charge not final, charging again", "charge", c.ID, "status", st)
	}
	return errPending
}

// leaveWhenPending returns the pending state to its caller.
func leaveWhenPending(ctx context.Context, a *api, s Settler, card string) error {
	for attempt := 0; attempt < 3; attempt++ {
		c, err := a.charge(ctx, card)
		if err != nil {
			return err
		}
		st, err := s.Settle(ctx, c.ID)
		if err != nil {
			return err
		}
		switch st {
		case "succeeded":
			return nil
		case "failed", "canceled":
			continue
		default:
			return errPending
		}
	}
	return errDeclined
}

// askAgain asks about the same charge again.
func askAgain(ctx context.Context, a *api, s Settler, card string) error {
	c, err := a.charge(ctx, card)
	if err != nil {
		return err
	}
	for round := 0; round < 5; round++ {
		st, err := s.Settle(ctx, c.ID)
		if err != nil {
			return err
		}
		if st == "succeeded" {
			return nil
		}
		if st == "failed" {
			return errDeclined
		}
	}
	return errPending
}

// againOnlyAfterFailure charges again only when the charge failed.
func againOnlyAfterFailure(ctx context.Context, a *api, s Settler, card string) error {
	for attempt := 0; attempt < 3; attempt++ {
		c, err := a.charge(ctx, card)
		if err != nil {
			return err
		}
		st, err := s.Settle(ctx, c.ID)
		if err != nil {
			return err
		}
		if st == "failed" {
			continue
		}
		if st == "succeeded" {
			return nil
		}
		return errPending
	}
	return errDeclined
}

// pendingTested: the pass names a pending state itself; what it does
// with the others is left to the author.
func pendingTested(ctx context.Context, a *api, s Settler, card string) error {
	for attempt := 0; attempt < 3; attempt++ {
		c, err := a.charge(ctx, card)
		if err != nil {
			return err
		}
		st, err := s.Settle(ctx, c.ID)
		if err != nil {
			return err
		}
		switch st {
		case "succeeded":
			return nil
		case "processing":
			return errPending
		}
	}
	return errDeclined
}

// ownAnswer normalises the status the charge itself answered: no call
// about the charge is made after it.
func ownAnswer(ctx context.Context, a *api, card string) error {
	for attempt := 0; attempt < 3; attempt++ {
		c, err := a.charge(ctx, card)
		if err != nil {
			return err
		}
		st := strings.ToLower(c.Status)
		switch st {
		case "succeeded":
			return nil
		case "failed":
			return errDeclined
		}
	}
	return errPending
}
