// Package nethttp: payment webhooks on net/http that do slow work before
// answering, and the look-alikes that answer first or work elsewhere.
package nethttp

import (
	"context"
	"database/sql"
	"errors"
	"io"
	"net/http"
	"net/smtp"
	"os"
	"strings"
	"sync"
	"time"

	"github.com/cenkalti/backoff/v4"
	"github.com/go-resty/resty/v2"
	stripe "github.com/stripe/stripe-go/v82"
	"github.com/stripe/stripe-go/v82/paymentintent"
	"github.com/stripe/stripe-go/v82/refund"
	"github.com/stripe/stripe-go/v82/webhook"
)

var secret = os.Getenv("STRIPE_WEBHOOK_SECRET")

type Hooks struct {
	client *http.Client
	db     *sql.DB
	jobs   chan string
}

func (h *Hooks) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/stripe", h.shipsFirst)
	mux.HandleFunc("POST /webhooks/stripe-header", h.headerOnly)
	mux.HandleFunc("POST /webhooks/stripe-flushed", h.flushed)
	mux.HandleFunc("POST /webhooks/stripe-flusher", h.flusher)
	mux.HandleFunc("POST /webhooks/stripe-mail", h.mails)
	mux.HandleFunc("POST /webhooks/stripe-sleep", h.sleeps)
	mux.HandleFunc("POST /webhooks/stripe-refund", h.refunds)
	mux.HandleFunc("POST /webhooks/stripe-verify", h.verifiesByRead)
	mux.HandleFunc("POST /webhooks/stripe-reads", h.readsTwice)
	mux.HandleFunc("POST /webhooks/stripe-wait", h.waits)
	mux.HandleFunc("POST /webhooks/stripe-retry", h.retries)
	mux.HandleFunc("POST /webhooks/stripe-async", h.async)
	mux.HandleFunc("POST /webhooks/stripe-queue", h.enqueues)
	mux.HandleFunc("POST /webhooks/stripe-5xx", h.fails5xx)
	mux.HandleFunc("POST /webhooks/github", h.github)
	mux.HandleFunc("POST /orders/ship", h.adminShip)
}

func (h *Hooks) verify(w http.ResponseWriter, r *http.Request) (stripe.Event, bool) {
	body, _ := io.ReadAll(r.Body)
	evt, err := webhook.ConstructEvent(body, r.Header.Get("Stripe-Signature"), secret)
	if err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return evt, false
	}
	return evt, true
}

func (h *Hooks) shipsFirst(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID)) // want `webhook handler calls an external API \(http.Client.Post\) before answering; a slow answer makes the provider time out and deliver again — answer 2xx first and process asynchronously`
	w.WriteHeader(http.StatusOK)
}

// headerOnly: WriteHeader alone sends nothing until the handler returns.
func (h *Hooks) headerOnly(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID)) // want `webhook handler writes its status but calls an external API \(http.Client.Post\) before returning; net/http does not send the status until the handler returns \(or flushes\)`
}

// flushed: the status is on the wire before the slow call.
func (h *Hooks) flushed(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	if err := http.NewResponseController(w).Flush(); err != nil {
		return
	}
	h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID))
}

func (h *Hooks) flusher(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	w.WriteHeader(http.StatusOK)
	w.(http.Flusher).Flush()
	h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID))
}

func (h *Hooks) mails(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	smtp.SendMail("mail.example:25", nil, "shop@example", []string{"buyer@example"}, []byte(evt.ID)) // want `webhook handler sends a message \(smtp.SendMail\) before answering`
}

func (h *Hooks) sleeps(w http.ResponseWriter, r *http.Request) {
	if _, ok := h.verify(w, r); !ok {
		return
	}
	time.Sleep(2 * time.Second) // want `webhook handler sleeps \(time.Sleep\) before answering`
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) refunds(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	refund.New(&stripe.RefundParams{PaymentIntent: stripe.String(evt.ID)}) // want `webhook handler calls the payment provider \(stripe refund.New\) before answering`
}

// verifiesByRead: one status read of the event's payment is the verified
// form of the webhook.
func (h *Hooks) verifiesByRead(w http.ResponseWriter, r *http.Request) {
	id := r.FormValue("payment_intent")
	pi, err := paymentintent.Get(id, nil)
	if err != nil {
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	if pi.Status == stripe.PaymentIntentStatusSucceeded {
		h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE payment_intent = $1", pi.ID)
	}
	w.WriteHeader(http.StatusOK)
}

// readsTwice: more than the one read that verifies.
func (h *Hooks) readsTwice(w http.ResponseWriter, r *http.Request) {
	pi, _ := paymentintent.Get(r.FormValue("payment_intent"), nil) // want `webhook handler calls the payment provider \(stripe paymentintent.Get\) before answering`
	other, _ := paymentintent.Get(r.FormValue("previous"), nil)
	if pi.Status == other.Status {
		w.WriteHeader(http.StatusOK)
	}
}

func (h *Hooks) waits(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	var wg sync.WaitGroup
	wg.Add(1)
	go func() {
		defer wg.Done()
		h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID))
	}()
	wg.Wait() // want `webhook handler waits for work it started in a goroutine \(sync.WaitGroup.Wait\) before answering`
	w.WriteHeader(http.StatusOK)
}

func (h *Hooks) retries(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	backoff.Retry(func() error { // want `webhook handler retries work \(backoff.Retry\) before answering`
		_, err := h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(evt.ID))
		return err
	}, backoff.NewExponentialBackOff())
}

// async: the slow work runs in a goroutine after the answer.
func (h *Hooks) async(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	go func(id string) {
		h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(id))
	}(evt.ID)
	w.WriteHeader(http.StatusOK)
}

// enqueues: a local write and a queue; a worker does the rest.
func (h *Hooks) enqueues(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	if _, err := h.db.ExecContext(r.Context(), "INSERT INTO outbox (event_id) VALUES ($1)", evt.ID); err != nil {
		http.Error(w, "retry", http.StatusInternalServerError)
		return
	}
	h.jobs <- evt.ID
	w.WriteHeader(http.StatusOK)
}

// fails5xx: answering 5xx so the provider retries is right.
func (h *Hooks) fails5xx(w http.ResponseWriter, r *http.Request) {
	evt, ok := h.verify(w, r)
	if !ok {
		return
	}
	ctx, cancel := context.WithTimeout(r.Context(), time.Second)
	defer cancel()
	if _, err := h.db.ExecContext(ctx, "UPDATE orders SET status = 'paid' WHERE id = $1", evt.ID); err != nil {
		http.Error(w, "retry later", http.StatusServiceUnavailable)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// github: not a payment provider's webhook.
func (h *Hooks) github(w http.ResponseWriter, r *http.Request) {
	h.client.Post("https://ci.example/build", "application/json", r.Body)
}

// adminShip: not a webhook.
func (h *Hooks) adminShip(w http.ResponseWriter, r *http.Request) {
	h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(r.FormValue("id")))
}

// Notifier texts the customer.
type Notifier struct{}

func (n *Notifier) Send(ctx context.Context, phone, text string) error { return nil }

type More struct {
	h     *Hooks
	sms   *Notifier
	resty *resty.Client
}

func (m *More) Routes(mux *http.ServeMux) {
	mux.HandleFunc("POST /webhooks/payments-sms", m.texts)
	mux.HandleFunc("POST /webhooks/payments-resty", m.restyCall)
	mux.HandleFunc("POST /webhooks/payments-chan", m.waitsOnChannel)
	mux.HandleFunc("POST /webhooks/payments-verified", m.remoteVerified)
}

func (m *More) texts(w http.ResponseWriter, r *http.Request) {
	m.sms.Send(r.Context(), r.FormValue("phone"), "paid") // want `webhook handler sends a message \(nethttp.Notifier.Send\) before answering`
	w.WriteHeader(http.StatusOK)
}

func (m *More) restyCall(w http.ResponseWriter, r *http.Request) {
	m.resty.R().SetBody(r.FormValue("order_id")).Post("https://erp.example/inventory/reserve") // want `webhook handler calls an external API \(resty.Request.Post\) before answering`
	w.WriteHeader(http.StatusOK)
}

func (m *More) waitsOnChannel(w http.ResponseWriter, r *http.Request) {
	done := make(chan error, 1)
	go func() {
		_, err := m.h.client.Post("https://carrier.example/v1/shipments", "application/json", strings.NewReader(r.FormValue("order_id")))
		done <- err
	}()
	if err := <-done; err != nil { // want `webhook handler waits on a channel for work it started in a goroutine before answering`
		http.Error(w, "retry", http.StatusBadGateway)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// verifyRemote asks the provider whether the notification is genuine (a
// remote verification, as PayPal's): an error unless it says so.
func verifyRemote(ctx context.Context, c *http.Client, body []byte, sig string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://psp.example/v1/notifications/verify", strings.NewReader(string(body)))
	if err != nil {
		return err
	}
	req.Header.Set("X-Signature", sig)
	resp, err := c.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return errors.New("not verified")
	}
	return nil
}

// remoteVerified: verification before the answer is allowed, however it
// is done.
func (m *More) remoteVerified(w http.ResponseWriter, r *http.Request) {
	body, _ := io.ReadAll(r.Body)
	if err := verifyRemote(r.Context(), m.h.client, body, r.Header.Get("X-Signature")); err != nil {
		http.Error(w, "bad signature", http.StatusBadRequest)
		return
	}
	m.h.db.ExecContext(r.Context(), "UPDATE orders SET status = 'paid' WHERE id = $1", string(body))
	w.WriteHeader(http.StatusOK)
}
