package jobs

import (
	"context"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"audit21/salons/mpago"
	"audit21/salons/payouts"
	"audit21/salons/platform"
	"audit21/salons/store"
)

// Commissions runs the weekly stylist payouts.
type Commissions struct {
	DB       *store.Commissions
	Stylists store.Repo[store.Stylist]
	Rail     *payouts.Client
	Log      *slog.Logger
}

// Open totals the week's unpaid commissions into payout rows (Monday night).
func (c *Commissions) Open(ctx context.Context) {
	for _, country := range []store.Country{store.Brazil, store.Mexico, store.Argentina} {
		due, err := c.DB.Unpaid(ctx, country)
		if err != nil {
			c.Log.Error("unpaid commissions", "country", country, "err", err)
			continue
		}
		for i := range due {
			due[i].Country = country
			if err := c.DB.OpenPayout(ctx, &due[i]); err != nil {
				c.Log.Error("open payout", "stylist", due[i].StylistID, "err", err)
			}
		}
	}
}

// Send pays the pending payout rows (cron, every 15 minutes on payday).
func (c *Commissions) Send(ctx context.Context) {
	pending, err := c.DB.Pending(ctx)
	if err != nil {
		c.Log.Error("pending payouts", "err", err)
		return
	}
	for _, p := range pending {
		ok, err := c.DB.Claim(ctx, p.ID)
		if err != nil || !ok {
			continue
		}
		st, err := c.Stylists.Get(ctx, p.StylistID)
		if err != nil {
			c.Log.Error("stylist", "id", p.StylistID, "err", err)
			continue
		}
		t := payouts.Transfer{
			Key:         "payout-" + strconv.FormatInt(p.ID, 10),
			Reference:   fmt.Sprintf("COM-%d", p.ID),
			Country:     string(p.Country),
			Account:     p.Account,
			Beneficiary: st.Name,
			AmountCents: p.AmountCents,
			Currency:    p.Currency,
			Concept:     "Comisiones semana " + time.Now().Format("02/01"),
		}
		var res *payouts.Result
		err = platform.Retry(ctx, func(ctx context.Context) error {
			res, err = c.Rail.Send(ctx, t) // audit: lookalike idempotency: the key comes from the payout row ("payout-<id>"), the row is claimed (pending -> processing) before the send, and platform.Retry re-sends the same Transfer
			return err
		})
		if err != nil {
			c.Log.Error("payout", "id", p.ID, "err", err)
			_ = c.DB.SetPayoutStatus(ctx, p.ID, "", "failed")
			continue
		}
		_ = c.DB.SetPayoutStatus(ctx, p.ID, res.ID, "processing")
	}
}

// Settle follows the payouts the rail has not settled yet.
func (c *Commissions) Settle(ctx context.Context) {
	open, err := c.DB.Processing(ctx)
	if err != nil {
		c.Log.Error("processing payouts", "err", err)
		return
	}
	for _, p := range open {
		if err := c.settle(ctx, p); err != nil {
			c.Log.Warn("settle payout", "id", p.ID, "err", err)
		}
	}
}

// settle watches one transfer for up to ten minutes. SPEI transfers that sit
// in processing are usually lost by the receiving bank, so they are sent
// again with a new reference.
func (c *Commissions) settle(ctx context.Context, p store.Payout) error {
	id := p.ProviderID
	for round := 1; round <= 10; round++ {
		res, err := c.Rail.Status(ctx, id)
		if err != nil {
			return err
		}
		switch res.Status {
		case payouts.StatusPaid:
			return c.DB.SetPayoutStatus(ctx, p.ID, id, "paid")
		case payouts.StatusFailed, payouts.StatusReturned:
			return c.DB.SetPayoutStatus(ctx, p.ID, id, res.Status)
		}
		if round%5 == 0 {
			again, err := c.Rail.Send(ctx, payouts.Transfer{ // want "\\[pollcreate\\] new payment created inside the loop that polls payment id \\(line 101\\): keep"
				Key:         fmt.Sprintf("payout-%d-r%d", p.ID, round),
				Reference:   fmt.Sprintf("COM-%d-R%d", p.ID, round),
				Country:     string(p.Country),
				Account:     p.Account,
				AmountCents: p.AmountCents,
				Currency:    p.Currency,
				Concept:     "Comisiones (reenvío)",
			})
			if err != nil {
				return err
			}
			id = again.ID
			if err := c.DB.SetPayoutStatus(ctx, p.ID, id, "processing"); err != nil {
				return err
			}
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Minute):
		}
	}
	return nil
}

// Reconcile re-reads the Mercado Pago sales still pending after an hour, for
// the notifications that never arrived.
func Reconcile(ctx context.Context, sales *store.Sales, mp map[store.Country]*mpago.Client, log *slog.Logger) {
	stale, err := sales.Where(ctx, "method = ? AND status = ? AND created_at < ?", "mp", "pending", time.Now().Add(-time.Hour))
	if err != nil {
		log.Error("reconcile", "err", err)
		return
	}
	for _, s := range stale {
		client, ok := mp[s.Country]
		if !ok {
			continue
		}
		pay, err := client.Lookup(ctx, s.ProviderRef)
		if err != nil {
			log.Warn("reconcile lookup", "sale", s.ID, "err", err)
			continue
		}
		if pay.Status == mpago.Approved {
			if err := sales.MarkPaid(ctx, s.ProviderRef); err != nil {
				log.Error("reconcile mark", "sale", s.ID, "err", err)
			}
		}
	}
}
