// Package paypalflow is the PayPal checkout: orders created by the cart,
// the buyer's return from PayPal, and PayPal's webhooks.
package paypalflow

import (
	"context"
	"html/template"
	"log"
	"net/http"

	"github.com/plutov/paypal/v4"
)

// Enroller grants course access.
type Enroller interface {
	Grant(ctx context.Context, userID, courseID string) error
}

// Orders is the orders table, keyed by the PayPal order id.
type Orders interface {
	Lookup(ctx context.Context, paypalOrderID string) (userID, courseID string, err error)
	MarkPaid(ctx context.Context, paypalOrderID, captureID string) error
	Status(ctx context.Context, paypalOrderID string) (string, error)
}

// Handlers holds the PayPal routes' dependencies.
type Handlers struct {
	pp        *paypal.Client
	orders    Orders
	enroll    Enroller
	mail      Mailer
	webhookID string
	thanks    *template.Template
}

// Mailer sends receipts.
type Mailer interface {
	SendReceipt(ctx context.Context, userID, orderID string) error
}

// New builds the handlers.
func New(pp *paypal.Client, orders Orders, enroll Enroller, mail Mailer, webhookID string) *Handlers {
	return &Handlers{pp: pp, orders: orders, enroll: enroll, mail: mail, webhookID: webhookID,
		thanks: template.Must(template.New("t").Parse(`<h1>Thanks!</h1>`))}
}

// Return is PayPal's return_url: the buyer approved, we capture now.
func (h *Handlers) Return(w http.ResponseWriter, r *http.Request) {
	orderID := r.URL.Query().Get("token")
	res, err := h.pp.CaptureOrder(r.Context(), orderID, paypal.CaptureOrderRequest{})
	if err != nil {
		http.Redirect(w, r, "/checkout/failed", http.StatusSeeOther)
		return
	}
	if res.Status != "COMPLETED" {
		http.Redirect(w, r, "/checkout/pending", http.StatusSeeOther)
		return
	}
	userID, courseID, err := h.orders.Lookup(r.Context(), orderID)
	if err == nil {
		_ = h.orders.MarkPaid(r.Context(), orderID, res.ID)
		_ = h.enroll.Grant(r.Context(), userID, courseID)
	}
	http.Redirect(w, r, "/learn/"+courseID, http.StatusSeeOther)
}

// ThankYou is where the SPA sends the buyer after the PayPal popup closes.
func (h *Handlers) ThankYou(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if q.Get("status") == "COMPLETED" {
		userID, courseID, err := h.orders.Lookup(r.Context(), q.Get("order"))
		if err != nil {
			log.Printf("thank-you: %v", err)
		} else {
			_ = h.enroll.Grant(r.Context(), userID, courseID) // want "\\[redirectfulfill\\] order fulfilled in the success-redirect handler from the query string"
		}
	}
	_ = h.thanks.Execute(w, nil)
}

// Receipt is the page the receipt mail links to; it only shows what the
// webhook stored.
func (h *Handlers) Receipt(w http.ResponseWriter, r *http.Request) {
	st, err := h.orders.Status(r.Context(), r.URL.Query().Get("order"))
	if err != nil || st != "paid" {
		http.Error(w, "payment not confirmed yet", http.StatusAccepted)
		return
	}
	_ = h.thanks.Execute(w, nil)
}
