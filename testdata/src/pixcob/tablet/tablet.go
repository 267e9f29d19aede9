// Package tablet refreshes the Pix QR on a salon's desk tablet. The
// charge is read by its txid; a loop that renews the txid by creating a
// new charge (PUT /v2/cob/{txid} under a fresh txid, or POST /v2/cob)
// still polls one charge at a time, so its cadence is a payment poll's:
// under 2s it is too fast. Look-alikes: a charge created once and polled
// every 2s or more until a deadline, and the PSP's webhook set again
// every half second (no payment is read).
package tablet

import (
	"context"
	"fmt"
	"time"

	"pixcob/psp"
)

const (
	qrLifetime = 3 * time.Minute
	refresh    = 1500 * time.Millisecond
)

// Tablet is one desk tablet.
type Tablet struct {
	pix  *psp.Client
	show func(string)
}

func (t *Tablet) fresh(ctx context.Context, saleID, cents int64) (string, error) {
	txid := fmt.Sprintf("DESK%dT%d", saleID, time.Now().UnixNano())
	cob, err := t.pix.CreateCob(ctx, txid, cents, qrLifetime)
	if err != nil {
		return "", err
	}
	t.show(cob.CopyPaste)
	return txid, nil
}

// Watch reads the charge every 1.5s and renews it when it grows old.
func (t *Tablet) Watch(ctx context.Context, saleID, cents int64) error {
	txid, err := t.fresh(ctx, saleID, cents)
	if err != nil {
		return err
	}
	shown := time.Now()
	for round := 0; round < 200; round++ {
		cob, err := t.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != psp.StatusActive {
			return nil
		}
		if time.Since(shown) > qrLifetime {
			if txid, err = t.fresh(ctx, saleID, cents); err != nil {
				return err
			}
			shown = time.Now()
		}
		time.Sleep(refresh) // want `payment status polled every 1.5s`
	}
	return fmt.Errorf("sale %d not paid", saleID)
}

// WatchAnyTxID asks the PSP for a new charge when the first grows old,
// reading every second.
func (t *Tablet) WatchAnyTxID(ctx context.Context, cents int64) error {
	cob, err := t.pix.CreateCobAnyTxID(ctx, cents, qrLifetime)
	if err != nil {
		return err
	}
	tick := time.NewTicker(time.Second) // want `payment status polled every 1s`
	defer tick.Stop()
	born := time.Now()
	for range 300 {
		<-tick.C
		cur, err := t.pix.Get(ctx, cob.TxID)
		if err != nil {
			return err
		}
		if cur.Status != psp.StatusActive {
			return nil
		}
		if time.Since(born) > qrLifetime {
			if cob, err = t.pix.CreateCobAnyTxID(ctx, cents, qrLifetime); err != nil {
				return err
			}
			born = time.Now()
		}
	}
	return fmt.Errorf("not paid")
}

// WatchOne polls one charge every 2s until paid or five minutes pass.
func (t *Tablet) WatchOne(ctx context.Context, saleID, cents int64) error {
	txid, err := t.fresh(ctx, saleID, cents)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(5 * time.Minute)
	for time.Now().Before(deadline) {
		cob, err := t.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != psp.StatusActive {
			return nil
		}
		time.Sleep(2 * time.Second)
	}
	return fmt.Errorf("sale %d not paid", saleID)
}

// KeepWebhook sets the PSP's callback URL again until it sticks.
func (t *Tablet) KeepWebhook(ctx context.Context, url string) {
	for i := 0; i < 10; i++ {
		if err := t.pix.SetWebhook(ctx, url); err == nil {
			return
		}
		time.Sleep(500 * time.Millisecond)
	}
}
