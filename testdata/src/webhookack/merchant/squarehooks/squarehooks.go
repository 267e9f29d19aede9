// Package squarehooks is a merchant's own package whose name contains a
// provider's ("square"): its slow helpers are summarised like any other
// merchant code.
package squarehooks

import (
	"context"
	"encoding/json"
	"net/http"
	"strings"
)

type notice struct {
	ID      string `json:"id"`
	OrderID string `json:"order_id"`
	Status  string `json:"status"`
}

// Labels buys shipping labels from a carrier's API.
type Labels struct{ hc *http.Client }

func (l *Labels) Buy(ctx context.Context, orderID string) error {
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, "https://carrier.example/labels",
		strings.NewReader(`{"order":"`+orderID+`"}`))
	if err != nil {
		return err
	}
	resp, err := l.hc.Do(req)
	if err != nil {
		return err
	}
	return resp.Body.Close()
}

type Server struct {
	labels *Labels
	jobs   chan string
}

func (s *Server) Mount(mux *http.ServeMux) {
	mux.HandleFunc("POST /hooks/square/payment", s.labelBeforeAnswer)
	mux.HandleFunc("POST /hooks/square/payment-queued", s.labelQueued)
}

// labelBeforeAnswer calls the carrier before the 200.
func (s *Server) labelBeforeAnswer(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if n.Status == "COMPLETED" {
		if err := s.labels.Buy(r.Context(), n.OrderID); err != nil { // want `webhook handler calls squarehooks.Labels.Buy, which calls an external API \(http.Client.Do\) before answering`
			http.Error(w, "carrier", http.StatusBadGateway)
			return
		}
	}
	w.WriteHeader(http.StatusOK)
}

// labelQueued hands the order to a worker and answers at once.
func (s *Server) labelQueued(w http.ResponseWriter, r *http.Request) {
	var n notice
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad payload", http.StatusBadRequest)
		return
	}
	if n.Status == "COMPLETED" {
		s.jobs <- n.OrderID
	}
	w.WriteHeader(http.StatusOK)
}
