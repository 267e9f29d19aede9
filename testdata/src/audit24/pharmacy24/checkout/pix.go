package checkout

import (
	"context"
	"fmt"
	"time"

	"audit24/pharmacy24/pix"
	"audit24/pharmacy24/store"
)

// PixCharge shows a Pix QR code for the order and waits at the counter of the
// partner pharmacy for the payer to pay it.
func (s *Service) PixCharge(ctx context.Context, o *store.Order, show func(*pix.Cob)) error {
	txid := pix.NewTxID()
	cob, err := s.pix.CreateCob(ctx, txid, o.AmountMinor, 10*time.Minute, "Receita "+o.PrescriptionID)
	if err != nil {
		return err
	}
	show(cob)
	started := time.Now()
	for {
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(4 * time.Second):
		}
		cur, err := s.pix.GetCob(ctx, txid)
		if err != nil {
			continue
		}
		switch cur.Status {
		case pix.StatusConcluded:
			return s.orders.MarkPaid(ctx, o.ID, txid)
		case pix.StatusRemovedByUser, pix.StatusRemovedByPSP:
			return fmt.Errorf("pix: charge %s removed", txid)
		}
		if time.Since(started) > 3*time.Minute {
			txid = pix.NewTxID()
			cob, err = s.pix.CreateCob(ctx, txid, o.AmountMinor, 10*time.Minute, "Receita "+o.PrescriptionID) // want "\\[pollcreate\\] new payment created inside the loop that polls payment txid \\(line 22\\): keep"
			if err != nil {
				return err
			}
			show(cob)
			started = time.Now()
		}
	}
}

// PixWithReissue gives the payer up to three QR codes: a new one is issued
// only once the previous one was removed.
func (s *Service) PixWithReissue(ctx context.Context, o *store.Order, show func(*pix.Cob)) error {
	for i := 0; i < 3; i++ {
		txid := pix.NewTxID()
		cob, err := s.pix.CreateCob(ctx, txid, o.AmountMinor, 15*time.Minute, "Receita "+o.PrescriptionID) // audit: lookalike pollcreate: a new cob is made only after the previous one reached REMOVIDA_*, a final failed state; a timeout returns
		if err != nil {
			return err
		}
		show(cob)
		wctx, cancel := context.WithTimeout(ctx, 16*time.Minute)
		cur, err := s.pix.Await(wctx, txid) // audit: lookalike pollbound: the wait has a 16-minute deadline and pix.Settled stops on every final state
		cancel()
		if err != nil {
			return err
		}
		if cur.Status == pix.StatusConcluded {
			return s.orders.MarkPaid(ctx, o.ID, txid)
		}
	}
	return fmt.Errorf("pix: order %s not paid after 3 codes", o.ID)
}
