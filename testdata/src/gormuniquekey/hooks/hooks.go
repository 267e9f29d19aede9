// Package hooks takes the tutoring platform's Stripe events (net/http) and
// stores them with gorm.
package hooks

import (
	"encoding/json"
	"io"
	"net/http"
	"time"

	"github.com/google/uuid"
	"github.com/stripe/stripe-go/v72"
	"github.com/stripe/stripe-go/v72/webhook"
	"gorm.io/gorm"

	"gormuniquekey/models"
)

type Hooks struct {
	db     *gorm.DB
	secret string
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

// PaymentSucceeded stores the payment row through a helper: its StripeID
// is a unique index, so a redelivery's insert fails and adds no row
// (silent).
func (h *Hooks) PaymentSucceeded(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.recordPayment(&pi)
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) recordPayment(pi *stripe.PaymentIntent) {
	h.db.Model(&models.Payment{}).Where("stripe_id = ?", pi.ID).Update("status", string(pi.Status))
	payment := models.Payment{
		StripeID: pi.ID,
		Amount:   pi.Amount,
		Currency: string(pi.Currency),
		Status:   "succeeded",
	}
	h.db.Create(&payment)
}

// CreditPack inserts the ledger row of a lesson pack keyed by the checkout
// session (its primary key, "checkout:" + the session id): silent.
func (h *Hooks) CreditPack(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var cs stripe.CheckoutSession
	if err := json.Unmarshal(ev.Data.Raw, &cs); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.db.Create(&models.LessonCredit{Reference: "checkout:" + cs.ID, StudentID: cs.ClientReferenceID, Lessons: 10}).Error; err != nil {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// TopUp inserts the payment row keyed by the PaymentIntent id and credits
// the wallet only when the insert succeeded: a redelivery fails on the
// unique index and stops before the credit (silent).
func (h *Hooks) TopUp(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := h.db.Create(&models.Payment{StripeID: pi.ID, Amount: pi.Amount}).Error; err != nil {
		w.WriteHeader(http.StatusOK) // already recorded
		return
	}
	h.db.Model(&models.Wallet{}).Where("student_id = ?", pi.Metadata["student_id"]).
		Update("balance", gorm.Expr("balance + ?", pi.Amount))
	w.WriteHeader(http.StatusOK)
}

// ChargeSucceeded inserts the purchase row under a unique index over the
// provider's name and the charge id (silent).
func (h *Hooks) ChargeSucceeded(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var ch stripe.Charge
	if err := json.Unmarshal(ev.Data.Raw, &ch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Create(&models.Purchase{Provider: "stripe", ExternalID: ch.ID, Amount: ch.Amount, Status: "paid"})
	w.WriteHeader(http.StatusOK)
}

// TopUpUnchecked inserts the keyed payment row but ignores its failure and
// credits the wallet on every delivery: the credit is reported.
func (h *Hooks) TopUpUnchecked(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Create(&models.Payment{StripeID: pi.ID, Amount: pi.Amount})
	h.db.Model(&models.Wallet{}).Where("student_id = ?", pi.Metadata["student_id"]).Update("balance", gorm.Expr("balance + ?", pi.Amount)) // want `webhook handler credits the balance`
	w.WriteHeader(http.StatusOK)
}

// Receipt inserts a receipt whose primary key is a uuid made per call and
// whose PaymentIntent id is only indexed: every delivery adds a row
// (reported).
func (h *Hooks) Receipt(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Create(&models.PaymentReceipt{ID: uuid.NewString(), PaymentIntentID: pi.ID, Amount: pi.Amount, Status: "succeeded"}) // want `webhook handler inserts a ledger or payment row`
	w.WriteHeader(http.StatusOK)
}

// Delivered inserts a row unique by the reference and the time it
// arrived: a redelivery arrives at another time (reported).
func (h *Hooks) Delivered(w http.ResponseWriter, r *http.Request) {
	ev, ok := h.event(w, r)
	if !ok {
		return
	}
	var pi stripe.PaymentIntent
	if err := json.Unmarshal(ev.Data.Raw, &pi); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	h.db.Create(&models.PaymentNotice{Reference: pi.ID, ReceivedAt: time.Now(), Amount: pi.Amount, Status: "succeeded"}) // want `webhook handler inserts a ledger or payment row`
	w.WriteHeader(http.StatusOK)
}

func Mount(mux *http.ServeMux, h *Hooks) {
	mux.HandleFunc("/webhooks/stripe/payment", h.PaymentSucceeded)
	mux.HandleFunc("/webhooks/stripe/pack", h.CreditPack)
	mux.HandleFunc("/webhooks/stripe/topup", h.TopUp)
	mux.HandleFunc("/webhooks/stripe/charge", h.ChargeSucceeded)
	mux.HandleFunc("/webhooks/stripe/topup-unchecked", h.TopUpUnchecked)
	mux.HandleFunc("/webhooks/stripe/receipt", h.Receipt)
	mux.HandleFunc("/webhooks/stripe/delivered", h.Delivered)
}
