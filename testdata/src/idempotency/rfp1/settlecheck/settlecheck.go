// Package settlecheck: a payout client whose method repeats its own
// POST /v1/payouts after a failure and, on an error answer only, asks a
// function of the caller how many payouts the ledger already holds to
// decide whether the last one went through. The function handed in is a
// read on the side of the client's request: the client's loop is
// reported where it sends, never the caller's call.
package settlecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"net/http"
	"time"
)

type Payouts struct {
	base string
	hc   *http.Client
}

type payoutReq struct {
	Account string `json:"account"`
	Cents   int64  `json:"cents"`
}

type listed struct {
	Count int `json:"count"`
}

// send: a recursion with an attempt count; a tagless switch reads the
// ledger only on an answer of 300 or more.
func (p *Payouts) send(ctx context.Context, in payoutReq, ledgerCount func(context.Context) (int, error), left int) error {
	raw, _ := json.Marshal(in)
	req, _ := http.NewRequestWithContext(ctx, http.MethodPost, p.base+"/v1/payouts", bytes.NewReader(raw))
	res, err := p.hc.Do(req) // want `POST /v1/payouts is retried by recursion in send \(line 34\) without an idempotency key`
	switch {
	case err != nil:
	case res.StatusCode >= 300:
		res.Body.Close()
		var l listed
		if lr, lerr := p.hc.Get(p.base + "/v1/payouts/count"); lerr == nil {
			_ = json.NewDecoder(lr.Body).Decode(&l)
			lr.Body.Close()
		}
		var n int
		if n, err = ledgerCount(ctx); err == nil {
			err = mismatch(n, l.Count)
		}
	default:
		res.Body.Close()
	}
	if err != nil && left > 0 {
		time.Sleep(time.Second)
		return p.send(ctx, in, ledgerCount, left-1)
	}
	return err
}

// mismatch compares the ledger with the gateway's count.
func mismatch(stored, sent int) error {
	if stored != sent {
		return errors.New("payout refused")
	}
	return nil
}

type ledger struct{ rows map[string]int }

func (l *ledger) count(context.Context) (int, error) { return len(l.rows), nil }

// PayOut hands a method value that only reads: no loop here.
func PayOut(ctx context.Context, p *Payouts, l *ledger, account string, cents int64) error {
	return p.send(ctx, payoutReq{account, cents}, l.count, 3)
}
