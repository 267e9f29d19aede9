// Package layaway is a chi furniture shop taking lay-away deposits through
// Stripe Checkout; a layaway row's deposit_status records the deposit.
package layaway

import (
	"context"
	"net/http"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/checkout/session"
	"gorm.io/gorm"
)

// Deposit states of a layaway.
const (
	DepositOpen = "open"
	DepositPaid = "paid"
)

// Layaway is a piece held for a buyer against a deposit.
type Layaway struct {
	ID            string
	DepositStatus string
	SessionID     string
	LastSeen      string
}

// Layaways is the gorm store.
type Layaways struct{ db *gorm.DB }

// SetDeposit records the deposit's state and its session.
func (s *Layaways) SetDeposit(ctx context.Context, id, status, ref string) error {
	return s.db.WithContext(ctx).Model(&Layaway{}).Where("id = ?", id).
		Updates(map[string]any{"deposit_status": status, "session_id": ref}).Error
}

// Touch records that the buyer came back.
func (s *Layaways) Touch(ctx context.Context, id, when string) error {
	return s.db.WithContext(ctx).Model(&Layaway{}).Where("id = ?", id).Update("last_seen", when).Error
}

// Pages are the deposit pages.
type Pages struct {
	store *Layaways
	site  string
}

// Routes mounts the pages.
func Routes(db *gorm.DB, site string) http.Handler {
	p := &Pages{store: &Layaways{db: db}, site: site}
	r := chi.NewRouter()
	r.Post("/layaway/{id}/deposit", p.startDeposit)
	r.Post("/layaway/{id}/deposit-checked", p.startCheckedDeposit)
	r.Get("/layaway/{id}/back", p.depositBack)
	r.Get("/layaway/{id}/confirmed", p.depositConfirmed)
	r.Get("/layaway/{id}/seen", p.depositSeen)
	return r
}

func (p *Pages) startDeposit(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	cs, err := session.New(&stripe.CheckoutSessionParams{
		Mode:              stripe.String(string(stripe.CheckoutSessionModePayment)),
		ClientReferenceID: stripe.String(id),
		SuccessURL:        stripe.String(p.site + "/layaway/" + id + "/back?session_id={CHECKOUT_SESSION_ID}"),
		CancelURL:         stripe.String(p.site + "/layaway/" + id + "/seen"),
	})
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, cs.URL, http.StatusSeeOther)
}

func (p *Pages) startCheckedDeposit(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	cs, err := session.New(&stripe.CheckoutSessionParams{
		Mode:       stripe.String(string(stripe.CheckoutSessionModePayment)),
		SuccessURL: stripe.String(p.site + "/layaway/" + id + "/confirmed?session_id={CHECKOUT_SESSION_ID}"),
	})
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	http.Redirect(w, r, cs.URL, http.StatusSeeOther)
}

// depositBack is the success_url: the deposit is stored paid from the
// session id in the URL alone.
func (p *Pages) depositBack(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	sid := r.URL.Query().Get("session_id")
	if sid == "" {
		http.Redirect(w, r, "/layaway/"+id, http.StatusFound)
		return
	}
	if err := p.store.SetDeposit(r.Context(), id, DepositPaid, sid); err != nil { // want `order fulfilled in the success-redirect handler without reading the payment's status from the provider`
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("deposit received"))
}

// depositConfirmed reads the session back and tests it paid first.
func (p *Pages) depositConfirmed(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	cs, err := session.Get(r.URL.Query().Get("session_id"), nil)
	if err != nil {
		http.Error(w, "try again", http.StatusBadGateway)
		return
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		_, _ = w.Write([]byte("processing"))
		return
	}
	if err := p.store.SetDeposit(r.Context(), id, DepositPaid, cs.ID); err != nil {
		http.Error(w, "try again", http.StatusInternalServerError)
		return
	}
	_, _ = w.Write([]byte("deposit received"))
}

// depositSeen only records the visit.
func (p *Pages) depositSeen(w http.ResponseWriter, r *http.Request) {
	id := chi.URLParam(r, "id")
	_ = p.store.Touch(r.Context(), id, r.URL.Query().Get("at"))
	_, _ = w.Write([]byte("your piece is still held"))
}
