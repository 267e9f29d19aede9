package webhooks

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http"

	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"

	"example.com/shop/orders"
	"example.com/shop/shipping"
)

// Shipping receives the Stripe events that ship paid orders.
type Shipping struct {
	StripeSecret string
	Orders       *orders.Store
	Events       *orders.Events
	Dispatch     *orders.Dispatch
	Carrier      *shipping.Carrier
	Labels       chan<- string // a worker books the carrier's labels
}

// Register adds the shipping webhook routes to mux.
func (s *Shipping) Register(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe/ship", s.ShipEveryDelivery)
	mux.HandleFunc("POST /webhooks/stripe/label", s.LabelBeforeAnswer)
	mux.HandleFunc("POST /webhooks/stripe/ship-once", s.ShipOnce)
	mux.HandleFunc("POST /webhooks/stripe/label-flushed", s.LabelAfterAnswer)
}

// errNotPaid: a verified event that ships nothing (another type, or a
// session not paid yet); it is acknowledged with 200.
var errNotPaid = errors.New("not a paid checkout session")

// paidSession verifies the event and returns the paid checkout session.
func (s *Shipping) paidSession(r *http.Request) (stripe.Event, stripe.CheckoutSession, error) {
	var cs stripe.CheckoutSession
	payload, err := io.ReadAll(io.LimitReader(r.Body, maxBody))
	if err != nil {
		return stripe.Event{}, cs, err
	}
	event, err := webhook.ConstructEvent(payload, r.Header.Get("Stripe-Signature"), s.StripeSecret)
	if err != nil {
		return event, cs, err
	}
	if event.Type != stripe.EventTypeCheckoutSessionCompleted {
		return event, cs, errNotPaid
	}
	if err := json.Unmarshal(event.Data.Raw, &cs); err != nil {
		return event, cs, err
	}
	if cs.PaymentStatus != stripe.CheckoutSessionPaymentStatusPaid {
		return event, cs, errNotPaid
	}
	return event, cs, nil
}

// answerRejected answers an event paidSession did not accept: 200 for one
// that ships nothing, 400 for a bad signature or body.
func answerRejected(w http.ResponseWriter, err error) {
	if errors.Is(err, errNotPaid) {
		w.WriteHeader(http.StatusOK)
		return
	}
	http.Error(w, "bad event", http.StatusBadRequest)
}

// ShipEveryDelivery is verified, but a repeated delivery of the event
// ships the order again.
func (s *Shipping) ShipEveryDelivery(w http.ResponseWriter, r *http.Request) {
	_, cs, err := s.paidSession(r)
	if err != nil {
		answerRejected(w, err)
		return
	}
	if err := s.Dispatch.ShipOrder(r.Context(), cs.ClientReferenceID); err != nil { // paylint: expect webhookdedupe
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// LabelBeforeAnswer deduplicates, but books the carrier's label before
// the status reaches Stripe: WriteHeader alone sends nothing until the
// handler returns.
func (s *Shipping) LabelBeforeAnswer(w http.ResponseWriter, r *http.Request) {
	event, cs, err := s.paidSession(r)
	if err != nil {
		answerRejected(w, err)
		return
	}
	if s.Events.MarkProcessed(event.ID) {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	if _, err := s.Carrier.CreateShipment(r.Context(), cs.ClientReferenceID); err != nil { // paylint: expect webhookack
		log.Printf("shipping webhook: %v", err)
	}
}

// ShipOnce records the event id first and leaves the carrier to a worker.
func (s *Shipping) ShipOnce(w http.ResponseWriter, r *http.Request) {
	event, cs, err := s.paidSession(r)
	if err != nil {
		answerRejected(w, err)
		return
	}
	if s.Events.MarkProcessed(event.ID) {
		w.WriteHeader(http.StatusOK) // a repeated delivery: acknowledge, do nothing
		return
	}
	if err := s.Dispatch.ShipOrder(r.Context(), cs.ClientReferenceID); err != nil {
		http.Error(w, "retry later", http.StatusInternalServerError)
		return
	}
	s.Labels <- cs.ClientReferenceID
	w.WriteHeader(http.StatusOK)
}

// LabelAfterAnswer checks the stored order's state, and flushes the 200
// before calling the carrier.
func (s *Shipping) LabelAfterAnswer(w http.ResponseWriter, r *http.Request) {
	_, cs, err := s.paidSession(r)
	if err != nil {
		answerRejected(w, err)
		return
	}
	o, err := s.Orders.Get(cs.ClientReferenceID)
	if err != nil || o.Status == orders.StatusFulfilled {
		w.WriteHeader(http.StatusOK)
		return
	}
	w.WriteHeader(http.StatusOK)
	if err := http.NewResponseController(w).Flush(); err != nil {
		return
	}
	if err := s.Dispatch.ShipOrder(r.Context(), o.ID); err != nil {
		log.Printf("shipping webhook: %v", err)
		return
	}
	if _, err := s.Carrier.CreateShipment(r.Context(), o.ID); err != nil {
		log.Printf("shipping webhook: %v", err)
	}
}
