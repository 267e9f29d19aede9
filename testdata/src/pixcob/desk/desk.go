// Package desk shows Pix QR codes on a shop's counter tablet and waits
// until the customer pays. A charge created under a new txid while the
// loop still polls the first one leaves the first QR payable: the
// customer may pay both. Look-alikes: one charge polled until it ends,
// the same txid sent again, and a revision of the charge that is polled.
package desk

import (
	"context"
	"errors"
	"fmt"
	"time"

	"pixcob/psp"
)

// ErrAbandoned: nobody paid.
var ErrAbandoned = errors.New("abandoned")

// Counter is one shop counter.
type Counter struct {
	pix  *psp.Client
	show func(copyPaste string)
}

func (c *Counter) newQR(ctx context.Context, saleID int64, cents int64) (string, error) {
	txid := fmt.Sprintf("SALE%dT%d", saleID, time.Now().UnixNano())
	cob, err := c.pix.CreateCob(ctx, txid, cents, 5*time.Minute)
	if err != nil {
		return "", err
	}
	c.show(cob.CopyPaste)
	return txid, nil
}

// Charge replaces the QR every three minutes while polling the first.
func (c *Counter) Charge(ctx context.Context, saleID, cents int64) error {
	txid, err := c.newQR(ctx, saleID, cents)
	if err != nil {
		return err
	}
	shown := time.Now()
	for i := 0; i < 100; i++ {
		cob, err := c.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status == psp.StatusCompleted {
			return nil
		}
		if time.Since(shown) > 3*time.Minute {
			txid, err = c.newQR(ctx, saleID, cents) // want `new payment created inside the loop that polls payment txid \(line 43\)`
			if err != nil {
				return err
			}
			shown = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
	return ErrAbandoned
}

// ChargeAnyTxID lets the PSP choose each charge's txid and asks for a
// new charge when the first takes too long.
func (c *Counter) ChargeAnyTxID(ctx context.Context, cents int64) error {
	cob, err := c.pix.CreateCobAnyTxID(ctx, cents, 5*time.Minute)
	if err != nil {
		return err
	}
	deadline := time.Now().Add(2 * time.Minute)
	for {
		cur, err := c.pix.Get(ctx, cob.TxID)
		if err != nil {
			return err
		}
		if cur.Status != psp.StatusActive {
			return nil
		}
		if time.Now().After(deadline) {
			cob, err = c.pix.CreateCobAnyTxID(ctx, cents, 5*time.Minute) // want `new payment created inside the loop that polls payment cob.TxID \(line 71\)`
			if err != nil {
				return err
			}
			c.show(cob.CopyPaste)
			deadline = time.Now().Add(2 * time.Minute)
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(5 * time.Second):
		}
	}
}

// ChargeDue issues a new due-date charge when the first was not paid
// within the day, while still polling the first.
func (c *Counter) ChargeDue(ctx context.Context, invoiceID string, cents int64, due string) error {
	txid := "INV" + invoiceID + "R0"
	if _, err := c.pix.CreateDue(ctx, txid, cents, due); err != nil {
		return err
	}
	for round := 1; round <= 30; round++ {
		cob, err := c.pix.GetDue(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status == psp.StatusCompleted {
			return nil
		}
		if round%10 == 0 {
			txid = fmt.Sprintf("INV%sR%d", invoiceID, round)
			if _, err := c.pix.CreateDue(ctx, txid, cents, due); err != nil { // want `new payment created inside the loop that polls payment txid \(line 102\)`
				return err
			}
		}
		time.Sleep(time.Hour)
	}
	return ErrAbandoned
}

// WaitOne polls one charge until it ends or the context does.
func (c *Counter) WaitOne(ctx context.Context, saleID, cents int64) error {
	txid, err := c.newQR(ctx, saleID, cents)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 5*time.Minute)
	defer cancel()
	for {
		cob, err := c.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != psp.StatusActive {
			return nil
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(3 * time.Second):
		}
	}
}

// ResendSame sends the same txid again when the tablet lost the QR: the
// PSP answers with the charge it already has.
func (c *Counter) ResendSame(ctx context.Context, saleID, cents int64) error {
	txid := fmt.Sprintf("SALE%d", saleID)
	if _, err := c.pix.CreateCob(ctx, txid, cents, 10*time.Minute); err != nil {
		return err
	}
	shown := time.Now()
	for i := 0; i < 100; i++ {
		cob, err := c.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != psp.StatusActive {
			return nil
		}
		if time.Since(shown) > time.Minute {
			again, err := c.pix.CreateCob(ctx, txid, cents, 10*time.Minute)
			if err != nil {
				return err
			}
			c.show(again.CopyPaste)
			shown = time.Now()
		}
		time.Sleep(3 * time.Second)
	}
	return ErrAbandoned
}

// ReviseNote updates the payer note of the charge it polls.
func (c *Counter) ReviseNote(ctx context.Context, saleID, cents int64) error {
	txid, err := c.newQR(ctx, saleID, cents)
	if err != nil {
		return err
	}
	for i := 0; i < 100; i++ {
		cob, err := c.pix.Get(ctx, txid)
		if err != nil {
			return err
		}
		if cob.Status != psp.StatusActive {
			return nil
		}
		if i == 20 {
			if err := c.pix.Revise(ctx, txid, "ainda aguardando"); err != nil {
				return err
			}
		}
		time.Sleep(3 * time.Second)
	}
	return ErrAbandoned
}
