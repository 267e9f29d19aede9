// Package apphandler: handlers of the "Error handling and Go" shape — an
// appHandler func type whose ServeHTTP turns the error into a 500 —
// mounted on a chi router beside a Make adapter returning
// http.HandlerFunc. The Stripe webhook takes a seat off the stock and
// mails the buyer on every delivery; the correct version claims the
// order's pending state first.
package apphandler

import (
	"database/sql"
	"io"
	"net/http"
	"net/smtp"

	"github.com/go-chi/chi/v5"
	"github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/webhook"
)

type appHandler func(http.ResponseWriter, *http.Request) error

func (fn appHandler) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if err := fn(w, r); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
	}
}

// Make adapts an error-returning handler.
func Make(h func(http.ResponseWriter, *http.Request) error) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		if err := h(w, r); err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
		}
	}
}

// Server holds the shop's database and webhook secret.
type Server struct {
	db     *sql.DB
	secret string
}

// Routes mounts the server's handlers.
func (s *Server) Routes() http.Handler {
	r := chi.NewRouter()
	r.Method("POST", "/webhooks/stripe", appHandler(s.stripeWebhook))
	r.Post("/webhooks/stripe-claimed", Make(s.claimedWebhook))
	r.Get("/tickets/{id}", Make(s.ticketPage))
	return r
}

func (s *Server) event(r *http.Request) (stripe.Event, error) {
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return stripe.Event{}, err
	}
	return webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), s.secret)
}

func mailBuyer(to, orderID string) error {
	return smtp.SendMail("smtp.example.com:587", nil, "tickets@example.com", []string{to}, []byte("Subject: tickets "+orderID+"\r\n\r\n"))
}

// stripeWebhook takes the seats off and mails the buyer on every
// delivery.
func (s *Server) stripeWebhook(w http.ResponseWriter, r *http.Request) error {
	event, err := s.event(r)
	if err != nil {
		return err
	}
	if event.Type != stripe.EventTypeCheckoutSessionCompleted {
		w.WriteHeader(http.StatusOK)
		return nil
	}
	orderID, _ := event.Data.Object["client_reference_id"].(string)
	concertID, _ := event.Data.Object["metadata"].(map[string]any)["concert_id"].(string)
	quantity, _ := event.Data.Object["metadata"].(map[string]any)["quantity"].(string)
	email, _ := event.Data.Object["customer_email"].(string)
	if _, err := s.db.Exec(`UPDATE concerts SET available_tickets = available_tickets - $1 WHERE id = $2`, quantity, concertID); err != nil { // want `webhook handler takes the items out of stock \(sql.DB.Exec: available_tickets -= …\) on every delivery of the event`
		return err
	}
	if err := mailBuyer(email, orderID); err != nil { // want `webhook handler (sends a message \(apphandler\.mailBuyer: smtp\.SendMail\) on every delivery of the event|calls apphandler\.mailBuyer, which sends a message \(smtp\.SendMail\) before answering)`
		return err
	}
	w.WriteHeader(http.StatusOK)
	return nil
}

// claimedWebhook moves the order from pending to paid first; a repeat
// finds no pending row and answers without taking seats or mailing.
func (s *Server) claimedWebhook(w http.ResponseWriter, r *http.Request) error {
	event, err := s.event(r)
	if err != nil {
		return err
	}
	orderID, _ := event.Data.Object["client_reference_id"].(string)
	concertID, _ := event.Data.Object["metadata"].(map[string]any)["concert_id"].(string)
	quantity, _ := event.Data.Object["metadata"].(map[string]any)["quantity"].(string)
	res, err := s.db.Exec(`UPDATE orders SET status = 'paid' WHERE id = $1 AND status = 'pending'`, orderID)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil || n == 0 {
		w.WriteHeader(http.StatusOK)
		return err
	}
	if _, err := s.db.Exec(`UPDATE concerts SET available_tickets = available_tickets - $1 WHERE id = $2`, quantity, concertID); err != nil {
		return err
	}
	w.WriteHeader(http.StatusOK)
	return nil
}

// ticketPage shows a ticket: a page through the same adapter.
func (s *Server) ticketPage(w http.ResponseWriter, r *http.Request) error {
	var code string
	if err := s.db.QueryRow(`SELECT code FROM tickets WHERE id = $1`, chi.URLParam(r, "id")).Scan(&code); err != nil {
		return err
	}
	_, err := io.WriteString(w, code)
	return err
}
