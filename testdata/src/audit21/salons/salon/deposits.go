// Package salon holds the business services of the chain: booking
// deposits, no-show fees, gift cards, front-desk sales and stylist advances.
package salon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	stripe "github.com/stripe/stripe-go/v82"

	"audit21/salons/cards"
	"audit21/salons/mpago"
	"audit21/salons/pix"
	"audit21/salons/store"
)

// Deposits collects the deposit a client pays when booking online.
type Deposits struct {
	appts   *store.Appointments
	clients store.Repo[store.Client]
	pix     *pix.Client
	mp      map[store.Country]*mpago.Client
	cards   *cards.Client
	log     *slog.Logger
	percent int
}

// DepositsOption configures Deposits.
type DepositsOption func(*Deposits)

func WithPix(c *pix.Client) DepositsOption { return func(d *Deposits) { d.pix = c } }
func WithMercadoPago(country store.Country, c *mpago.Client) DepositsOption {
	return func(d *Deposits) { d.mp[country] = c }
}
func WithCards(c *cards.Client) DepositsOption { return func(d *Deposits) { d.cards = c } }

func NewDeposits(appts *store.Appointments, clients store.Repo[store.Client], percent int, log *slog.Logger, opts ...DepositsOption) *Deposits {
	d := &Deposits{appts: appts, clients: clients, percent: percent, log: log, mp: map[store.Country]*mpago.Client{}}
	for _, o := range opts {
		o(d)
	}
	return d
}

// Checkout is what the booking page needs to collect the deposit.
type Checkout struct {
	Method       string `json:"method"`
	Ref          string `json:"ref"`
	RedirectURL  string `json:"redirect_url,omitempty"`
	PixCopyPaste string `json:"pix_copy_paste,omitempty"`
	ClientSecret string `json:"client_secret,omitempty"`
}

// Start opens the deposit of a new booking on the country's rail.
func (d *Deposits) Start(ctx context.Context, a *store.Appointment) (*Checkout, error) {
	cents := a.PriceCents * int64(d.percent) / 100
	switch a.Country {
	case store.Brazil:
		txid := depositTxID(a.ID)
		cob, err := d.pix.CreateCob(ctx, txid, cents, 30*time.Minute, "Sinal "+a.ServiceName)
		if err != nil {
			return nil, err
		}
		if err := d.appts.SetDepositRef(ctx, a.ID, txid); err != nil {
			return nil, err
		}
		return &Checkout{Method: "pix", Ref: txid, PixCopyPaste: cob.CopyPaste}, nil
	case store.Argentina:
		ref := "dep-" + strconv.FormatInt(a.ID, 10)
		url, err := d.mp[a.Country].Checkout(ctx, ref, "/reservas/mp", "", []mpago.Item{{
			ID: ref, Title: "Seña " + a.ServiceName, Currency: a.Currency, Cents: cents, Qty: 1,
		}})
		if err != nil {
			return nil, err
		}
		return &Checkout{Method: "mercadopago", RedirectURL: url}, d.appts.SetDepositRef(ctx, a.ID, ref)
	case store.Mexico:
		cl, err := d.clients.Get(ctx, a.ClientID)
		if err != nil {
			return nil, err
		}
		key := fmt.Sprintf("deposit-%d", a.ID)
		pi, err := retry.DoWithData(func() (*stripe.PaymentIntent, error) {
			return d.cards.DepositIntent(ctx, a.ID, cents, cl.StripeCustomer, key) // audit: lookalike idempotency: the key is made once from the booking id before the retry and sent on every attempt
		},
			retry.Attempts(3),
			retry.RetryIf(cards.Transient),
			retry.Context(ctx),
		)
		if err != nil {
			return nil, err
		}
		return &Checkout{Method: "card", ClientSecret: pi.ClientSecret}, d.appts.SetDepositRef(ctx, a.ID, pi.ID)
	}
	return nil, fmt.Errorf("salon: no deposit rail for %s", a.Country)
}

// ConfirmDeposit confirms the booking whose deposit has reference ref.
func (d *Deposits) ConfirmDeposit(ctx context.Context, ref string) error {
	return d.appts.MarkDepositPaid(ctx, ref)
}

// Cancel cancels a booking more than 24h ahead and gives the deposit back,
// minus the chain's 10% handling fee.
func (d *Deposits) Cancel(ctx context.Context, a *store.Appointment) error {
	if time.Until(a.StartsAt) < 24*time.Hour {
		return errors.New("salon: too late to cancel with refund")
	}
	if a.DepositStatus != "paid" {
		return d.appts.MarkDepositRefunded(ctx, a.ID)
	}
	switch a.Country {
	case store.Argentina, store.Brazil:
		mp := d.mp[a.Country]
		paymentID, err := strconv.Atoi(a.DepositRef)
		if err != nil {
			return fmt.Errorf("salon: deposit %d was not paid with Mercado Pago", a.ID)
		}
		amount := float64(a.DepositCents*90/100) / 100
		err = retry.Do(func() error {
			_, err := mp.Refunds.CreatePartialRefund(ctx, paymentID, amount) // want "\\[idempotency\\] mercadopago refund\\.CreatePartialRefund is retried by retry\\.Do \\(line 125\\)"
			return err
		}, retry.Attempts(3), retry.Context(ctx))
		if err != nil {
			return err
		}
	default:
		return fmt.Errorf("salon: refunds for %s are done from the Stripe dashboard", a.Country)
	}
	return d.appts.MarkDepositRefunded(ctx, a.ID)
}

// depositTxID makes the PIX txid of a booking deposit: 26 to 35
// alphanumerics, stable for the booking.
func depositTxID(apptID int64) string {
	return fmt.Sprintf("SALDEP%029d", apptID)
}
