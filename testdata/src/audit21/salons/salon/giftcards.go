package salon

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"time"

	"github.com/mercadopago/sdk-go/pkg/payment"

	"audit21/salons/mpago"
	"audit21/salons/platform"
	"audit21/salons/store"
)

// GiftCards sells gift cards online and reloads them.
type GiftCards struct {
	cards *store.GiftCards
	mp    map[store.Country]*mpago.Client
	mail  Mailer
	log   *slog.Logger
}

// Mailer sends transactional e-mail (SES in production).
type Mailer interface {
	Send(ctx context.Context, to, template string, data map[string]any) error
}

func NewGiftCards(cards *store.GiftCards, mp map[store.Country]*mpago.Client, mail Mailer, log *slog.Logger) *GiftCards {
	return &GiftCards{cards: cards, mp: mp, mail: mail, log: log}
}

// PixPurchase is a gift card bought with PIX through Mercado Pago (Brazil).
type PixPurchase struct {
	OrderRef  string
	Email     string
	Cents     int64
	QRCode    string
	PaymentID int
}

// BuyWithPix creates the Mercado Pago PIX payment of a gift card and waits
// a little for it, so that the web page can show the card right away. When
// the QR is not paid in time the buyer gets a fresh one.
func (g *GiftCards) BuyWithPix(ctx context.Context, p *PixPurchase, show func(qr string)) error {
	mp := g.mp[store.Brazil]
	for attempt := 1; attempt <= 3; attempt++ {
		pay, err := mp.Payments.Create(ctx, payment.Request{ // want "\\[idempotency\\] mercadopago payment\\.Create is made again on every pass of the loop \\(line" "\\[pollcreate\\] new payment created inside the loop that polls payment pay\\.ID \\(line 50\\):"
			TransactionAmount: float64(p.Cents) / 100,
			PaymentMethodID:   "pix",
			Description:       "Vale-presente",
			ExternalReference: p.OrderRef,
			Payer:             &payment.PayerRequest{Email: p.Email},
		})
		if err != nil {
			return err
		}
		p.PaymentID = pay.ID
		show(fmt.Sprintf("%v", pay.Metadata["qr_code"]))
		res, err := platform.WaitFor(ctx, 2*time.Minute, 3*time.Second, func(ctx context.Context) (*payment.Response, bool, error) {
			cur, err := mp.Payments.Get(ctx, pay.ID)
			if err != nil {
				return nil, false, err
			}
			return cur, cur.Status != mpago.Pending && cur.Status != mpago.InProcess, nil
		})
		if errors.Is(err, platform.ErrStillPending) {
			g.log.Info("gift card pix not paid yet, new QR", "order", p.OrderRef, "attempt", attempt)
			continue
		}
		if err != nil {
			return err
		}
		if res.Status != mpago.Approved {
			return fmt.Errorf("salon: gift card payment %d %s", res.ID, res.Status)
		}
		return g.cards.Issue(ctx, p.OrderRef)
	}
	return errors.New("salon: gift card pix not paid")
}

// BuyOnline opens a Checkout Pro preference for a gift card (Argentina).
func (g *GiftCards) BuyOnline(ctx context.Context, country store.Country, orderRef, email string, cents int64, currency string) (string, error) {
	return g.mp[country].Checkout(ctx, orderRef, "/giftcards/mp", email, []mpago.Item{{
		ID: orderRef, Title: "Gift card", Currency: currency, Cents: cents, Qty: 1,
	}})
}

// Issue makes a paid card usable and mails its code.
func (g *GiftCards) Issue(ctx context.Context, orderRef string) error {
	if err := g.cards.Issue(ctx, orderRef); err != nil {
		return err
	}
	card, err := g.cards.ByOrder(ctx, orderRef)
	if err != nil {
		return err
	}
	return g.mail.Send(ctx, card.BuyerEmail, "giftcard-issued", map[string]any{"code": card.Code, "balance": card.BalanceCents})
}

// TopUp reloads a card after its payment was approved.
func (g *GiftCards) TopUp(ctx context.Context, code string, cents int64) error {
	g.log.Info("gift card reload", "code", code, "cents", cents)
	return g.cards.TopUp(ctx, code, cents)
}

// ParseReload reads the reload reference "reload:<code>:<cents>".
func ParseReload(ref string) (code string, cents int64, ok bool) {
	parts := strings.Split(ref, ":")
	if len(parts) != 3 || parts[0] != "reload" {
		return "", 0, false
	}
	n, err := strconv.ParseInt(parts[2], 10, 64)
	return parts[1], n, err == nil
}
