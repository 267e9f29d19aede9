// Package gatewayroutes serves a payment gateway's result posts on the
// shop's own ServeMux.
package gatewayroutes

import (
	"encoding/json"
	"net/http"

	"postedpaymentstate/orderstore"
)

// Server holds the gateway routes.
type Server struct{ orders *orderstore.Orders }

type gatewayResult struct {
	OrderNo       string `json:"order_no"`
	Status        string `json:"status"`
	PaymentStatus string `json:"payment_status"`
}

// Routes mounts the gateway's posts.
func Routes(mux *http.ServeMux, orders *orderstore.Orders) {
	s := &Server{orders: orders}
	mux.HandleFunc("POST /gateway/payment-result", s.result)
	mux.HandleFunc("POST /gateway/payment-state", s.paymentState)
	mux.Handle("POST /portal/result", requireLogin(http.HandlerFunc(s.portalResult)))
	mux.HandleFunc("POST /gateway/received", s.received)
}

// result marks the order paid when the gateway posts PAID.
func (s *Server) result(w http.ResponseWriter, r *http.Request) {
	var n gatewayResult
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.Status == "PAID" {
		if err := s.orders.MarkPaid(r.Context(), n.OrderNo); err != nil { // want `payment webhook /gateway/payment-result acts on the payment \(orderstore\.Orders\.MarkPaid`
			w.WriteHeader(http.StatusInternalServerError)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// paymentState stores the payment status the gateway posts.
func (s *Server) paymentState(w http.ResponseWriter, r *http.Request) {
	var n gatewayResult
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := s.orders.SetStatus(r.Context(), n.OrderNo, n.PaymentStatus); err != nil { // want `payment webhook /gateway/payment-state acts on the payment \(the posted status stored by orderstore\.Orders\.SetStatus\)`
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}

// requireLogin lets in only a signed-in staff member of the partner.
func requireLogin(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, err := r.Cookie("session"); err != nil {
			http.Error(w, "sign in", http.StatusUnauthorized)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// portalResult is result behind the partner portal's login.
func (s *Server) portalResult(w http.ResponseWriter, r *http.Request) {
	var n gatewayResult
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if n.Status == "PAID" {
		_ = s.orders.MarkPaid(r.Context(), n.OrderNo)
	}
	w.WriteHeader(http.StatusOK)
}

// received only records that the post arrived.
func (s *Server) received(w http.ResponseWriter, r *http.Request) {
	var n gatewayResult
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		return
	}
	if err := s.orders.SetStatus(r.Context(), n.OrderNo, "received"); err != nil {
		w.WriteHeader(http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
