package api

import (
	"context"
	"net/http"

	"github.com/checkout/checkout-sdk-go/v2/payments"
	"github.com/kataras/iris/v12"

	"audit22/telehealth/billing"
	"audit22/telehealth/webhooks"
)

// UK serves the UK clinics' card pages and the partner hook (iris).
type UK struct {
	cards    *billing.UKCards
	consults ConsultStore
}

// NewUK builds the UK handlers.
func NewUK(cards *billing.UKCards, c ConsultStore) *UK { return &UK{cards: cards, consults: c} }

// Success is the 3DS success_url Checkout.com redirects to.
func (u *UK) Success(ctx iris.Context) {
	sid := ctx.URLParam("cko-session-id")
	consultID := ctx.URLParam("consult")
	c := context.Background()
	d, err := u.cards.Details(c, sid)
	if err != nil {
		ctx.StatusCode(http.StatusBadGateway)
		return
	}
	if d.Status != payments.Declined {
		if err := u.consults.MarkPaid(c, consultID, d.Id); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler after reading the payment"
			ctx.StatusCode(http.StatusInternalServerError)
			return
		}
		ctx.WriteString("Payment received, your consultation is confirmed.")
		return
	}
	ctx.WriteString("Your card was declined.")
}

// MountUK registers the UK routes on the iris app.
func MountUK(app *iris.Application, u *UK, partner *webhooks.Partner) {
	app.Get("/uk/pay/success", u.Success)
	app.Post("/partner/events", partner.Handle)
}
