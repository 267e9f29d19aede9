package web

import (
	"html/template"
	"log/slog"
	"net/http"

	stripe "github.com/stripe/stripe-go/v82"

	"audit21/salons/cards"
	"audit21/salons/hooks"
	"audit21/salons/pix"
	"audit21/salons/platform"
	"audit21/salons/store"
)

// Pages are the Mexican card return pages.
type Pages struct {
	Cards     *cards.Client
	Appts     *store.Appointments
	GiftStore *store.GiftCards
	Tmpl      *template.Template
	Log       *slog.Logger
}

// Mount registers the callbacks and the Mexican pages on mux.
func Mount(mux *http.ServeMux, cfg platform.Config, st *hooks.Stripe, px *hooks.Pix, po *hooks.Payouts, pages *Pages) {
	mux.HandleFunc("POST /hooks/stripe", st.Handle)
	mux.Handle("POST /hooks/pix", pix.RequireSignature([]byte(cfg.PixCallbackSecret))(http.HandlerFunc(px.Callback))) // audit: lookalike webhookverify: hooks.Pix verifies nothing itself, but its only route is wrapped in pix.RequireSignature, which checks the HMAC and refuses an empty secret
	mux.HandleFunc("POST /hooks/payouts", po.Callback)

	mux.HandleFunc("GET /mx/giftcards/complete", pages.giftComplete)
	mux.HandleFunc("GET /mx/reservas/return", pages.depositReturn)
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) { w.WriteHeader(http.StatusOK) })
}

// giftComplete is the return_url of a gift card paid by card in Mexico.
func (p *Pages) giftComplete(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	order := q.Get("order")
	if q.Get("redirect_status") == "succeeded" {
		if err := p.GiftStore.SetStatus(r.Context(), order, "issued"); err != nil { // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string \\(redirect_status\\) without reading the payment's status from the provider"
			p.Log.Error("gift card", "order", order, "err", err)
		}
		p.render(w, "giftcard_ready.html", order)
		return
	}
	p.render(w, "giftcard_pending.html", order)
}

// depositReturn is the return_url of a booking deposit paid by card.
func (p *Pages) depositReturn(w http.ResponseWriter, r *http.Request) {
	pi, err := p.Cards.Intent(r.Context(), r.URL.Query().Get("payment_intent"))
	if err != nil {
		http.Error(w, "try again in a moment", http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded { // audit: lookalike redirectfulfill: the PaymentIntent is retrieved from Stripe and the booking is confirmed only when it succeeded
		if err := p.Appts.MarkDepositPaid(r.Context(), pi.ID); err != nil {
			p.Log.Error("deposit", "pi", pi.ID, "err", err)
		}
		p.render(w, "booking_confirmed.html", pi.ID)
		return
	}
	p.render(w, "booking_pending.html", pi.ID)
}

func (p *Pages) render(w http.ResponseWriter, name string, ref string) {
	if err := p.Tmpl.ExecuteTemplate(w, name, map[string]string{"ref": ref}); err != nil {
		p.Log.Error("render", "tmpl", name, "err", err)
	}
}
