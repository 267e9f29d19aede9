// Package hooks takes the app marketplace's Stripe events (net/http). The
// marketplace's only database is its Supabase project, reached over HTTP.
package hooks

import (
	"encoding/json"
	"io"
	"net/http"
	"strings"
	"time"

	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
	supabase "github.com/supabase-community/supabase-go"

	"supabasewebhook/store"
)

type Hooks struct {
	secret string
	sb     *supabase.Client
	sales  *store.Sales
	escrow *store.Escrow
}

func (h *Hooks) event(w http.ResponseWriter, r *http.Request) (*stripe.Event, bool) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		w.WriteHeader(http.StatusServiceUnavailable)
		return nil, false
	}
	ev, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), h.secret)
	if err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return nil, false
	}
	return &ev, true
}

// seen asks the app's own database whether the event was handled.
func (h *Hooks) seen(id string) bool {
	var rows []struct {
		ID string `json:"id"`
	}
	_, err := h.sb.From("stripe_webhook_events").Select("id", "", false).Eq("event_id", id).ExecuteTo(&rows)
	return err == nil && len(rows) > 0
}

// Checkout checks the event id and records it through the Supabase
// client, then stores the sale paid: every call is a query of the app's
// own database, silent as over database/sql.
func (h *Hooks) Checkout(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var existing []struct {
		ID string `json:"id"`
	}
	_, err := h.sb.From("stripe_webhook_events").Select("id", "", false).Eq("event_id", ev.ID).ExecuteTo(&existing)
	if err == nil && len(existing) > 0 {
		w.WriteHeader(http.StatusOK)
		return
	}
	record := map[string]any{"event_id": ev.ID, "event_type": ev.Type, "processed_at": time.Now()}
	if _, err := h.sb.From("stripe_webhook_events").Insert(record, false, "", "", "").ExecuteTo(nil); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	var cs stripe.CheckoutSession
	if json.Unmarshal(ev.Data.Raw, &cs) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if _, _, err := h.sb.From("sales").Update(map[string]any{"status": "paid"}, "", "").Eq("checkout_session_id", cs.ID).Execute(); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Transfer does the same through the store package's PostgREST client and
// a database function: silent.
func (h *Hooks) Transfer(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok || h.seen(ev.ID) {
		return
	}
	var cs stripe.CheckoutSession
	if json.Unmarshal(ev.Data.Raw, &cs) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	sale, err := h.sales.BySession(cs.ID)
	if err != nil || sale == nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.sales.MarkPaid(sale.ID); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if res := h.sb.Rpc("transfer_listing", "", map[string]string{"sale_id": sale.ID}); strings.Contains(res, "error") {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	h.sales.TransferListing(sale.ID)
	w.WriteHeader(http.StatusOK)
}

// Release checks the event through the Supabase client (silent), then
// asks the escrow partner's API to release the seller's share before
// answering: reported.
func (h *Hooks) Release(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok || h.seen(ev.ID) {
		return
	}
	var cs stripe.CheckoutSession
	if json.Unmarshal(ev.Data.Raw, &cs) != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	sale, err := h.sales.BySession(cs.ID)
	if err != nil || sale == nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	if err := h.escrow.Release(sale.ID); err != nil { // want `webhook handler calls store.Escrow.Release, which calls an external API \(http.Client.Do\)`
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// Notify records the event in the app's database, then posts the sale to
// the seller's own endpoint before answering: reported.
func (h *Hooks) Notify(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok || h.seen(ev.ID) {
		return
	}
	if _, err := h.sb.From("stripe_webhook_events").Insert(map[string]any{"event_id": ev.ID}, false, "", "", "").ExecuteTo(nil); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	resp, err := http.Post("https://seller-hooks.example/sales", "application/json", strings.NewReader(string(ev.Data.Raw))) // want `webhook handler calls an external API \(http.Post\)`
	if err != nil {
		w.WriteHeader(http.StatusBadGateway)
		return
	}
	resp.Body.Close()
	w.WriteHeader(http.StatusOK)
}

func Mount(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("/webhooks/stripe/checkout", h.Checkout)
	mux.HandleFunc("/webhooks/stripe/transfer", h.Transfer)
	mux.HandleFunc("/webhooks/stripe/release", h.Release)
	mux.HandleFunc("/webhooks/stripe/notify", h.Notify)
}
