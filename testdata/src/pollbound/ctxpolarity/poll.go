// Package ctxpolarity: an exit on the error of a read given a context is
// a bound only when it is taken because the read failed.
package ctxpolarity

import (
	"context"
	"log"
	"time"

	"poll/ifacegw/hilt"
)

type Watcher struct{ gw hilt.Gateway }

// WaitLogged only logs the read's error: its exits are taken after a read
// that worked, so a cancelled context keeps it going round (each read
// fails at once) forever.
func (w *Watcher) WaitLogged(ctx context.Context, id string) error {
	for { // want `loop polling payment id has no bound`
		p, err := w.gw.GetPayment(ctx, id)
		if err != nil {
			log.Print(err)
		} else if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitOnNil is the same written as `if err == nil`.
func (w *Watcher) WaitOnNil(ctx context.Context, id string) error {
	for { // want `loop polling payment id has no bound`
		p, err := w.gw.GetPayment(ctx, id)
		if err == nil {
			if p.Status == "CONFIRMED" || p.Status == "FAILED" {
				return nil
			}
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitReturnsErr leaves on the read's error: once ctx ends, the read fails
// and the loop returns. Silent.
func (w *Watcher) WaitReturnsErr(ctx context.Context, id string) error {
	for {
		p, err := w.gw.GetPayment(ctx, id)
		if err != nil {
			return err
		}
		if p.Status == "CONFIRMED" || p.Status == "FAILED" {
			return nil
		}
		time.Sleep(3 * time.Second)
	}
}

// WaitElseErr leaves on the error in the else branch. Silent.
func (w *Watcher) WaitElseErr(ctx context.Context, id string) error {
	for {
		p, err := w.gw.GetPayment(ctx, id)
		if err == nil {
			if p.Status == "CONFIRMED" || p.Status == "FAILED" {
				return nil
			}
		} else {
			return err
		}
		time.Sleep(3 * time.Second)
	}
}
