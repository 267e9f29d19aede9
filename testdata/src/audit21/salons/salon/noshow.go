package salon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"time"

	"github.com/avast/retry-go/v4"
	"github.com/mercadopago/sdk-go/pkg/payment"
	"github.com/mercadopago/sdk-go/pkg/requestoptions"
	stripe "github.com/stripe/stripe-go/v82"

	"audit21/salons/cards"
	"audit21/salons/mpago"
	"audit21/salons/store"
)

// NoShowFeePercent of the service price is charged when a client does not
// come and did not cancel.
const NoShowFeePercent = 50

// NoShows charges no-show fees to the card the client left on file.
type NoShows struct {
	appts   *store.Appointments
	clients store.Repo[store.Client]
	cards   *cards.Client
	mpAR    *mpago.Client
	log     *slog.Logger
}

func NewNoShows(appts *store.Appointments, clients store.Repo[store.Client], c *cards.Client, mpAR *mpago.Client, log *slog.Logger) *NoShows {
	return &NoShows{appts: appts, clients: clients, cards: c, mpAR: mpAR, log: log}
}

// ErrNoCard is returned for a client without a card on file.
var ErrNoCard = errors.New("salon: no card on file")

// ChargeMX charges the fee of a Mexican booking with the given idempotency
// key and waits for the card network's answer.
func (n *NoShows) ChargeMX(ctx context.Context, a *store.Appointment, key string) error {
	cl, err := n.clients.Get(ctx, a.ClientID)
	if err != nil {
		return err
	}
	if cl.StripeCardOnFile == "" {
		return ErrNoCard
	}
	pi, err := n.cards.ChargeSaved(ctx, cards.OffSession{
		Customer:      cl.StripeCustomer,
		PaymentMethod: cl.StripeCardOnFile,
		Cents:         a.PriceCents * NoShowFeePercent / 100,
		Description:   "Cargo por inasistencia " + a.StartsAt.Format("02/01 15:04"),
		Metadata:      map[string]string{"appointment_id": strconv.FormatInt(a.ID, 10), "kind": "no_show"},
		Key:           key,
	})
	if err != nil {
		return err
	}
	if err := n.appts.SetNoShowFee(ctx, a.ID, pi.ID, "no_show"); err != nil {
		return err
	}
	return n.settle(ctx, pi)
}

// settle waits for a processing off-session charge to succeed or fail.
func (n *NoShows) settle(ctx context.Context, pi *stripe.PaymentIntent) error {
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	for {
		switch pi.Status {
		case stripe.PaymentIntentStatusSucceeded:
			return nil
		case stripe.PaymentIntentStatusCanceled, stripe.PaymentIntentStatusRequiresPaymentMethod, stripe.PaymentIntentStatusRequiresAction:
			return fmt.Errorf("salon: no-show fee %s: %s", pi.ID, pi.Status)
		}
		select {
		case <-ctx.Done(): // audit: lookalike pollbound: the wait is bounded by a 2-minute context and leaves on succeeded and on the failed states
			return fmt.Errorf("salon: no-show fee %s still %s: %w", pi.ID, pi.Status, ctx.Err())
		case <-time.After(5 * time.Second):
		}
		next, err := n.cards.Intent(ctx, pi.ID)
		if err != nil {
			return err
		}
		pi = next
	}
}

// ChargeAR charges the fee of an Argentine booking with the client's saved
// Mercado Pago card.
func (n *NoShows) ChargeAR(ctx context.Context, a *store.Appointment) error {
	cl, err := n.clients.Get(ctx, a.ClientID)
	if err != nil {
		return err
	}
	if cl.MPCardToken == "" {
		return ErrNoCard
	}
	keyed := requestoptions.WithIdempotencyKey(ctx, "noshow-ar-"+strconv.FormatInt(a.ID, 10))
	pay, err := retry.DoWithData(func() (*payment.Response, error) {
		return n.mpAR.Payments.Create(keyed, payment.Request{ // audit: lookalike idempotency: the idempotency key travels in the context, made once from the booking id before retry.Do, so every attempt sends the same X-Idempotency-Key
			TransactionAmount: float64(a.PriceCents*NoShowFeePercent/100) / 100,
			Token:             cl.MPCardToken,
			Installments:      1,
			Description:       "Cargo por ausencia",
			ExternalReference: "noshow-" + strconv.FormatInt(a.ID, 10),
			Payer:             &payment.PayerRequest{Type: "customer", ID: cl.MPCustomerID},
		})
	}, retry.Attempts(3), retry.Delay(2*time.Second), retry.Context(ctx))
	if err != nil {
		return err
	}
	return n.appts.SetNoShowFee(ctx, a.ID, strconv.Itoa(pay.ID), "no_show")
}
