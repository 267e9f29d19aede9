// Package hooked: which states a predicate stands for — a loop that stops
// only on IsPaid() stops only on success; a payment created after
// NeedsNewPayment() is created after a terminal failure.
package hooked

import (
	"context"
	"time"

	"poll/fakepay"
	"poll/predx/model"
)

func wait(ctx context.Context) error {
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-time.After(5 * time.Second):
		return nil
	}
}

func paidOnly(ctx context.Context, id string) error {
	for { // want `poll: only-success=true`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if model.From(fp).IsPaid() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func finalExit(ctx context.Context, id string) error {
	for { // want `poll: only-success=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if model.From(fp).IsTerminal() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// paidOutOnly: IsPaidOut is no pure status predicate: no guess.
func paidOutOnly(ctx context.Context, id string) error {
	for { // want `poll: only-success=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if model.From(fp).IsPaidOut() {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

func recreateAfterFailure(ctx context.Context, id string) error {
	for { // want `poll: only-success=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		p := model.From(fp)
		if p.IsPaid() {
			return nil
		}
		if p.NeedsNewPayment() {
			np, err := fakepay.Create(100) // want `create: after-terminal=true`
			if err != nil {
				return err
			}
			id = np.ID
		}
		if err := wait(ctx); err != nil {
			return err
		}
	}
}

func recreateAfterFinal(ctx context.Context, id string) error {
	for { // want `poll: only-success=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		if p := model.From(fp); p.Status.IsFinal() && !p.IsPaid() {
			if _, err := fakepay.Create(100); err != nil { // want `create: after-terminal=true`
				return err
			}
			return nil
		}
		if err := wait(ctx); err != nil {
			return err
		}
	}
}

// recreateWhilePending: Pending() is no terminal state.
func recreateWhilePending(ctx context.Context, id string) error {
	for { // want `poll: only-success=false`
		fp, err := fakepay.Get(id)
		if err != nil {
			return err
		}
		p := model.From(fp)
		if p.Status.Pending() {
			if _, err := fakepay.Create(100); err != nil { // want `create: after-terminal=false`
				return err
			}
		}
		if p.IsTerminal() {
			return nil
		}
		if err := wait(ctx); err != nil {
			return err
		}
	}
}
