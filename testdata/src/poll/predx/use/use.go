// Package use polls fakepay payments through the status predicates of
// poll/predx/model (another package: known by facts).
package use

import (
	"context"
	"time"

	"poll/fakepay"
	"poll/predx/model"
)

func finalNoBound(id string) {
	for { // want `poll: status-exit=true bounded=false`
		fp, err := fakepay.Get(id)
		if err == nil && model.From(fp).Status.IsFinal() {
			return
		}
		time.Sleep(5 * time.Second)
	}
}

// fieldCopied: the status is copied into a field of a payment made before
// the loop; the predicate on it is an exit on the status.
func fieldCopied(ctx context.Context, id string) error {
	p := model.Payment{ID: id}
	for { // want `poll: status-exit=true bounded=true`
		fp, err := fakepay.Get(p.ID)
		if err != nil {
			return err
		}
		p.Status = model.Status(fp.Status)
		if p.IsTerminal() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func notPendingCond(id string) {
	st := model.StatusPending
	for st.Pending() { // want `poll: status-exit=true bounded=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			continue
		}
		st = model.Status(fp.Status)
		time.Sleep(3 * time.Second)
	}
}

// Look-alikes.

// jobDone: a job's IsDone is not the payment's state.
func jobDone(ctx context.Context, id string, job *model.Job) error {
	var last model.Status
	for { // want `poll: status-exit=false bounded=true`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		last = model.Status(fp.Status)
		if job.IsDone() {
			return nil
		}
		if last == model.StatusPending {
			select {
			case <-ctx.Done():
				return ctx.Err()
			case <-time.After(5 * time.Second):
			}
		}
	}
}

// cardOnly: IsCard compares with a constant that names no state.
func cardOnly(ctx context.Context, id string) error {
	p := model.Payment{ID: id}
	for { // want `poll: status-exit=false bounded=true`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		p.Kind = fp.ID
		if p.IsCard() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// ctxDone is a context helper, no status predicate.
func ctxDone(ctx context.Context) bool {
	select {
	case <-ctx.Done():
		return true
	default:
		return false
	}
}

// ctxHelperOnly: past PENDING the loop goes on until the context ends:
// the exit on ctxDone is a bound, not an exit on the status.
func ctxHelperOnly(ctx context.Context, id string, seen func(*fakepay.Payment)) error {
	for { // want `poll: status-exit=false bounded=true`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if fp.Status == fakepay.Pending {
			time.Sleep(2 * time.Second)
			continue
		}
		seen(fp)
		if ctxDone(ctx) {
			return ctx.Err()
		}
		time.Sleep(5 * time.Second)
	}
}
