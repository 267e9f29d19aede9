package salon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"

	"audit21/salons/payouts"
	"audit21/salons/platform"
	"audit21/salons/store"
)

// MaxAdvancePct of the unpaid commissions a stylist may take before payday.
const MaxAdvancePct = 60

// Advances pays stylists part of their week's commissions on request.
type Advances struct {
	db       *store.Commissions
	stylists store.Repo[store.Stylist]
	rail     *payouts.Client
	log      *slog.Logger
}

func NewAdvances(db *store.Commissions, stylists store.Repo[store.Stylist], rail *payouts.Client, log *slog.Logger) *Advances {
	return &Advances{db: db, stylists: stylists, rail: rail, log: log}
}

// ErrTooMuch is returned when the advance exceeds what the stylist earned.
var ErrTooMuch = errors.New("salon: advance exceeds earned commissions")

// Request sends an advance to the stylist's account right away.
func (a *Advances) Request(ctx context.Context, stylistID int64, cents int64, earned int64) (*store.Payout, error) {
	if cents > earned*MaxAdvancePct/100 {
		return nil, ErrTooMuch
	}
	st, err := a.stylists.Get(ctx, stylistID)
	if err != nil {
		return nil, err
	}
	p := &store.Payout{StylistID: st.ID, Country: st.Country, AmountCents: cents, Currency: currencyOf(st.Country), Account: st.Account}
	if err := a.db.CreateAdvance(ctx, p); err != nil {
		return nil, err
	}
	t := payouts.Transfer{
		Reference:   fmt.Sprintf("ADV-%d", p.ID),
		Country:     string(st.Country),
		Account:     st.Account,
		Beneficiary: st.Name,
		AmountCents: cents,
		Currency:    p.Currency,
		Concept:     "Adelanto de comisiones",
	}
	var res *payouts.Result
	err = platform.Retry(ctx, func(ctx context.Context) error {
		res, err = a.rail.Send(ctx, t) // want "\\[idempotency\\] payouts\\.Client\\.Send \\(POST /v1/transfers\\) is retried by platform\\.Retry \\(line"
		return err
	}, platform.Attempts(4))
	if err != nil {
		_ = a.db.SetPayoutStatus(ctx, p.ID, "", "failed")
		return nil, err
	}
	return p, a.db.SetPayoutStatus(ctx, p.ID, res.ID, res.Status)
}

func currencyOf(c store.Country) string {
	switch c {
	case store.Brazil:
		return "BRL"
	case store.Mexico:
		return "MXN"
	}
	return "ARS"
}
