// Package hilt polls a REST provider through hiltapi.Fetch.
package hilt

import (
	"context"
	"errors"
	"log"
	"net/http"
	"time"

	"poll/hiltapi"
)

var errStuck = errors.New("payment still pending after 2h: escalate")

func swallowsErrors(hc *http.Client, base, id string) *hiltapi.Payment {
	for { // want `loop polling payment id has no bound: no ctx.Done\(\), deadline, attempt cap or timeout, and read errors are swallowed \(line 19\), so a payment stuck in PENDING is polled forever; select on ctx.Done\(\) or stop after a deadline and escalate`
		p, err := hiltapi.Fetch(context.Background(), hc, base, id)
		if err != nil {
			log.Printf("poll %s: %v", id, err)
			time.Sleep(5 * time.Second)
			continue
		}
		if p.Status == hiltapi.Confirmed || p.Status == hiltapi.Failed {
			return p
		}
		time.Sleep(5 * time.Second)
	}
}

func neverLooksAtTerminal(ctx context.Context, hc *http.Client, base, id string, seen chan<- string) {
	t := time.NewTicker(10 * time.Second)
	defer t.Stop()
	for { // want `loop polling payment id has no exit on the payment's status: it keeps polling after the payment is CONFIRMED or FAILED; return once the status is terminal`
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
		p, err := hiltapi.Fetch(ctx, hc, base, id)
		if err != nil {
			continue
		}
		if p.Status == hiltapi.Pending {
			log.Printf("%s still pending", id)
		}
	}
}

func neither(hc *http.Client, base, id string) {
	for range time.Tick(30 * time.Second) { // want `loop polling payment id never stops: no exit on the payment's status and no bound`
		p, err := hiltapi.Fetch(context.Background(), hc, base, id)
		if err != nil {
			continue
		}
		if p.Status == hiltapi.Pending {
			log.Printf("%s pending", id)
		}
	}
}

func recursive(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	p, err := hiltapi.Fetch(context.Background(), hc, base, id)
	if err != nil {
		return nil, err
	}
	if p.Status == hiltapi.Pending {
		time.Sleep(5 * time.Second)
		return recursive(hc, base, id) // want `recursive poll of payment id has no bound: .*; pass an attempt count or a context and stop after a deadline, then escalate`
	}
	return p, nil
}

// Silent look-alikes.

func ctxCancelled(ctx context.Context, hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	for {
		select {
		case <-ctx.Done():
			return nil, ctx.Err()
		case <-time.After(5 * time.Second):
		}
		p, err := hiltapi.Fetch(ctx, hc, base, id)
		if err != nil {
			continue
		}
		if p.Status == hiltapi.Confirmed || p.Status == hiltapi.Failed {
			return p, nil
		}
	}
}

func escalateAfterTwoHours(hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	deadline := time.Now().Add(2 * time.Hour)
	for {
		p, err := hiltapi.Fetch(context.Background(), hc, base, id)
		if err == nil && (p.Status == hiltapi.Confirmed || p.Status == hiltapi.Failed) {
			return p, nil
		}
		if time.Now().After(deadline) {
			return nil, errStuck
		}
		time.Sleep(5 * time.Minute)
	}
}

func ctxOnTheRead(ctx context.Context, hc *http.Client, base, id string) (*hiltapi.Payment, error) {
	for {
		p, err := hiltapi.Fetch(ctx, hc, base, id)
		if err != nil {
			return nil, err
		}
		if p.Status != hiltapi.Pending {
			return p, nil
		}
		time.Sleep(5 * time.Second)
	}
}

func recursiveCapped(hc *http.Client, base, id string, attempt int) (*hiltapi.Payment, error) {
	if attempt > 24 {
		return nil, errStuck
	}
	p, err := hiltapi.Fetch(context.Background(), hc, base, id)
	if err != nil {
		return nil, err
	}
	if p.Status == hiltapi.Pending {
		time.Sleep(5 * time.Minute)
		return recursiveCapped(hc, base, id, attempt+1)
	}
	return p, nil
}
