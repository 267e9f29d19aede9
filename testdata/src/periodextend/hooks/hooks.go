// Package hooks applies a sports club's payment events to memberships:
// GoCardless events (the SDK's handler checks the signature before it
// hands one over) and Stripe invoice events over net/http.
package hooks

import (
	"context"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"time"

	gocardless "github.com/gocardless/gocardless-pro-go/v2"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"periodextend/memberships"
)

// SeasonEvents extends yearly memberships from GoCardless payments; the
// membership id travels in the payment's metadata.
type SeasonEvents struct {
	Store *memberships.Store
}

// HandleEvent is called by the SDK's webhook handler once per delivery.
func (s *SeasonEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" {
		return nil
	}
	id, err := membershipID(e)
	if err != nil {
		return nil
	}
	return s.Store.ExtendSeason(context.Background(), id) // want "webhook handler credits the balance \\(memberships.Store.ExtendSeason: gorm.DB.Updates: valid_until"
}

// GuardedSeasonEvents records the event id under a unique key first: a
// redelivery is acknowledged and changes nothing.
type GuardedSeasonEvents struct {
	Store *memberships.Store
}

// HandleEvent extends the membership once per event.
func (s *GuardedSeasonEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" {
		return nil
	}
	ctx := context.Background()
	first, err := s.Store.FirstDelivery(ctx, e.Id)
	if err != nil || !first {
		return err
	}
	id, err := membershipID(e)
	if err != nil {
		return nil
	}
	return s.Store.ExtendSeason(ctx, id)
}

// TodayEvents renews a membership to a year from today: a redelivery
// writes the same date.
type TodayEvents struct {
	Store *memberships.Store
}

// HandleEvent renews from today.
func (s *TodayEvents) HandleEvent(e gocardless.Event) error {
	if e.ResourceType != "payments" || e.Action != "confirmed" {
		return nil
	}
	id, err := membershipID(e)
	if err != nil {
		return nil
	}
	return s.Store.RenewFromToday(context.Background(), id)
}

func membershipID(e gocardless.Event) (int64, error) {
	s, _ := e.Metadata["membership_id"].(string)
	return strconv.ParseInt(s, 10, 64)
}

// NewGoCardless returns the GoCardless endpoints.
func NewGoCardless(secret string, st *memberships.Store) (http.Handler, http.Handler, http.Handler, error) {
	season, err := gocardless.NewWebhookHandler(secret, &SeasonEvents{Store: st})
	if err != nil {
		return nil, nil, nil, err
	}
	guarded, err := gocardless.NewWebhookHandler(secret, &GuardedSeasonEvents{Store: st})
	if err != nil {
		return nil, nil, nil, err
	}
	today, err := gocardless.NewWebhookHandler(secret, &TodayEvents{Store: st})
	if err != nil {
		return nil, nil, nil, err
	}
	return season, guarded, today, nil
}

// Invoices receives Stripe invoice events.
type Invoices struct {
	Secret string
	Store  *memberships.Store
}

// Routes mounts the Stripe handlers.
func (h *Invoices) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe/plans", h.PlanPaid)
	mux.HandleFunc("POST /webhooks/stripe/terms", h.TermPaid)
	mux.HandleFunc("POST /webhooks/stripe/memberships", h.MembershipPaid)
	mux.HandleFunc("POST /webhooks/stripe/sessions", h.SessionSeen)
}

type invoiceLines struct {
	Metadata map[string]string `json:"metadata"`
	Lines    struct {
		Data []struct {
			Period struct {
				End int64 `json:"end"`
			} `json:"period"`
		} `json:"data"`
	} `json:"lines"`
}

func (h *Invoices) event(w http.ResponseWriter, r *http.Request) (stripe.Event, invoiceLines, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, invoiceLines{}, false
	}
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.Secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return stripe.Event{}, invoiceLines{}, false
	}
	var inv invoiceLines
	if err := json.Unmarshal(evt.Data.Raw, &inv); err != nil || evt.Type != "invoice.paid" {
		w.WriteHeader(http.StatusOK)
		return stripe.Event{}, invoiceLines{}, false
	}
	return evt, inv, true
}

// PlanPaid adds a month to the plan on every delivery of invoice.paid.
func (h *Invoices) PlanPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	if err := h.Store.ExtendMonth(r.Context(), inv.Metadata["plan_id"]); err != nil { // want "webhook handler extends the subscription \\(memberships.Store.ExtendMonth: sql.DB.ExecContext: expires_at \\+ period"
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// TermPaid adds thirty days to the subscription's term.
func (h *Invoices) TermPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.Store.AddTermDays(r.Context(), inv.Metadata["subscription_id"], 30) // want "webhook handler extends the subscription \\(memberships.Store.AddTermDays: sql.DB.ExecContext: current_period_end \\+ period"
	w.WriteHeader(http.StatusOK)
}

// MembershipPaid sets the membership's end to the invoice period's end:
// the same date on every delivery.
func (h *Invoices) MembershipPaid(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok || len(inv.Lines.Data) == 0 {
		return
	}
	id, err := strconv.ParseInt(inv.Metadata["membership_id"], 10, 64)
	if err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	end := time.Unix(inv.Lines.Data[0].Period.End, 0)
	if err := h.Store.SetValidUntil(r.Context(), id, end); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// SessionSeen keeps the paying member's login session open: a session's
// expiry, not a period paid for.
func (h *Invoices) SessionSeen(w http.ResponseWriter, r *http.Request) {
	_, inv, ok := h.event(w, r)
	if !ok {
		return
	}
	_ = h.Store.SlideSession(r.Context(), inv.Metadata["session_token"])
	w.WriteHeader(http.StatusOK)
}
