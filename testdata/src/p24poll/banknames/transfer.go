// Package banknames follows transfers of a Brazilian bank whose API
// answers in Portuguese; the client names its state constants in English.
package banknames

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"time"
)

// Transfer states as the bank sends them.
const (
	StatePending  = "EM_PROCESSAMENTO"
	StateSettled  = "CONCLUIDA"
	StateRefused  = "RECUSADA"
	StateReversed = "ESTORNADA"
)

// Client calls the bank.
type Client struct {
	base string
	hc   *http.Client
}

// Transfer is the bank's view of a transfer.
type Transfer struct {
	ID    string `json:"id"`
	State string `json:"situacao"`
}

func (c *Client) transfer(ctx context.Context, id string) (*Transfer, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, c.base+"/v1/transfers/"+id, nil)
	if err != nil {
		return nil, err
	}
	resp, err := c.hc.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("transfer %s: %s", id, resp.Status)
	}
	var t Transfer
	return &t, json.NewDecoder(resp.Body).Decode(&t)
}

// WaitSettled: the mistake. Bounded by the context, it leaves only on
// CONCLUIDA: a RECUSADA transfer, which the constants beside it name a
// refusal, is polled until the hour is up.
func (c *Client) WaitSettled(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for { // want `loop polling payment id stops only when the payment succeeds \(line 62\)`
		t, err := c.transfer(ctx, id)
		if err != nil {
			return err
		}
		if t.State == StateSettled {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}

// WaitFinal: a look-alike leaving on the refusal and the reversal too:
// silent.
func (c *Client) WaitFinal(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for {
		t, err := c.transfer(ctx, id)
		if err != nil {
			return err
		}
		switch t.State {
		case StateSettled:
			return nil
		case StateRefused, StateReversed:
			return fmt.Errorf("transfer %s: %s", id, t.State)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}

// Batch states: no constant of this group names a failure, so leaving on
// FECHADO says nothing of a failed state never tested.
const (
	BatchQueued = "NA_FILA"
	BatchClosed = "FECHADO"
	BatchHeld   = "RETIDO"
)

// WaitClosed: a look-alike polling a transfer until its state is one of a
// group naming no failure: silent.
func (c *Client) WaitClosed(ctx context.Context, id string) error {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for {
		t, err := c.transfer(ctx, id)
		if err != nil {
			return err
		}
		if t.State == BatchClosed {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}

// WaitNotPending: a look-alike leaving as soon as the transfer is out of
// the pending state the group names (StatePending = "EM_PROCESSAMENTO"):
// every final state leaves, silent.
func (c *Client) WaitNotPending(ctx context.Context, id string) (*Transfer, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Hour)
	defer cancel()
	for {
		t, err := c.transfer(ctx, id)
		if err != nil {
			return nil, err
		}
		if t.State != StatePending {
			return t, nil
		}
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(20 * time.Second):
		}
	}
}
