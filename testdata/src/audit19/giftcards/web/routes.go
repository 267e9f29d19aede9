package web

import (
	"net/http"

	"github.com/gorilla/mux"

	"audit19/giftcards/domain"
)

// Admin is the back office.
type Admin struct {
	orders domain.OrderStore
	queue  domain.IssueQueue
}

// NewAdmin builds the back office.
func NewAdmin(orders domain.OrderStore, q domain.IssueQueue) *Admin {
	return &Admin{orders: orders, queue: q}
}

// CompleteOrder lets support mark an order paid after checking the
// provider dashboard by hand (bank transfers that arrived with a wrong reference).
func (a *Admin) CompleteOrder(w http.ResponseWriter, r *http.Request) {
	id := mux.Vars(r)["id"]
	if err := a.orders.MarkPaid(r.Context(), id); err != nil {
		http.Error(w, err.Error(), http.StatusInternalServerError)
		return
	}
	a.queue.EnqueueIssue(id)
	w.WriteHeader(http.StatusNoContent)
}

// Register mounts the buyer pages and the back office; staffOnly guards
// /admin with the SSO session.
func Register(r *mux.Router, p *Pages, c *Checkout, a *Admin, staffOnly mux.MiddlewareFunc) {
	r.HandleFunc("/paypal/return", p.PayPalReturn).Methods(http.MethodGet)
	r.HandleFunc("/checkout/3ds/success", p.CheckoutSuccess).Methods(http.MethodGet)
	r.HandleFunc("/checkout/3ds/failure", p.CheckoutFailure).Methods(http.MethodGet)
	r.HandleFunc("/applepay/return/{order}", p.ApplePayReturn).Methods(http.MethodGet)
	r.HandleFunc("/orders/{order}/status", p.OrderStatus).Methods(http.MethodGet)
	r.HandleFunc("/api/orders/{id}/pay", c.Pay).Methods(http.MethodPost)

	adm := r.PathPrefix("/admin").Subrouter()
	adm.Use(staffOnly)
	adm.HandleFunc("/orders/{id}/complete", a.CompleteOrder).Methods(http.MethodPost)
	adm.HandleFunc("/orders/{id}/refund", c.Refund).Methods(http.MethodPost)
}
