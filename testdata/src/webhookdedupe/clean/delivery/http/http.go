// Package http is the shop's delivery layer: it decodes the provider's
// events and calls the use cases through domain's interfaces; it builds
// them itself, so their implementations are visible to it.
package http

import (
	"database/sql"
	"encoding/json"
	"net/http"

	"webhookdedupe/clean/domain"
	"webhookdedupe/clean/repository"
	"webhookdedupe/clean/usecase"
)

type Handler struct {
	uc     domain.PaymentUsecase
	notify domain.Notifier
	audit  domain.Auditor
	ledger domain.Ledger
	repo   *repository.OrderRepo
}

func NewHandler(db *sql.DB, ledger domain.Ledger) *Handler {
	repo := repository.New(db)
	return &Handler{uc: usecase.New(repo), notify: &usecase.Mailer{}, audit: &usecase.Audit{}, ledger: ledger, repo: repo}
}

func (h *Handler) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/events", h.Events)
	mux.HandleFunc("POST /webhooks/events-once", h.EventsOnce)
	mux.HandleFunc("POST /webhooks/confirm", h.Confirm)
	mux.HandleFunc("POST /webhooks/fulfil", h.Fulfil)
	mux.HandleFunc("POST /webhooks/receipts", h.Receipts)
	mux.HandleFunc("POST /webhooks/audit", h.Audit)
	mux.HandleFunc("POST /webhooks/ledger", h.Ledger)
}

func decode(r *http.Request) (domain.Event, bool) {
	var evt domain.Event
	err := json.NewDecoder(r.Body).Decode(&evt)
	return evt, err == nil
}

// Events: the route says nothing of payments; the use case's
// implementation inserts a ledger row on every delivery.
func (h *Handler) Events(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		http.Error(w, "bad", http.StatusBadRequest)
		return
	}
	if err := h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID); err != nil { // want `webhook handler inserts a ledger or payment row \(domain.PaymentUsecase.HandlePaymentSucceeded \(usecase.PaymentService.HandlePaymentSucceeded\): repository.OrderRepo.InsertLedger: .*\) on every delivery`
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// EventsOnce: the event id checked first.
func (h *Handler) EventsOnce(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	if seen, err := h.repo.Seen(r.Context(), evt.ID); err != nil || seen {
		return
	}
	h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID)
}

// Confirm: the implementation checks the order's state itself.
func (h *Handler) Confirm(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	h.uc.ConfirmOrderPaid(r.Context(), evt.Data.Object.ID)
	h.uc.HandlePaymentSucceeded(r.Context(), evt.Data.Object.ID) // want `webhook handler inserts a ledger or payment row`
}

// Fulfil: named as a fulfilment, but every implementation only stores the
// state.
func (h *Handler) Fulfil(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	h.uc.FulfillOrder(r.Context(), evt.Data.Object.ID)
}

// Receipts: a mail behind an interface is no payment effect, and nothing
// else says this webhook is a payment provider's.
func (h *Handler) Receipts(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	h.notify.SendReceipt(r.Context(), evt.Data.Object.Customer)
}

// Audit: a method with a non-payment name handed the event.
func (h *Handler) Audit(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	h.audit.Record(r.Context(), evt)
}

// Ledger: an implementation the package cannot see, and no sign.
func (h *Handler) Ledger(w http.ResponseWriter, r *http.Request) {
	evt, ok := decode(r)
	if !ok {
		return
	}
	h.ledger.Apply(r.Context(), evt.Data.Object.ID)
}
