package pspwebhook

import (
	"encoding/json"
	"net/http"
)

// flightStatus receives delay / gate-change notices from the airline's
// schedule feed (IP-allow-listed at the load balancer). No money moves.
func (s *Server) flightStatus(w http.ResponseWriter, r *http.Request) {
	var n struct {
		Flight    string `json:"flight"`
		Date      string `json:"date"`
		Status    string `json:"status"` // "delayed", "cancelled", "on_time"
		NewDepart string `json:"new_departure"`
	}
	if err := json.NewDecoder(r.Body).Decode(&n); err != nil {
		http.Error(w, "bad json", http.StatusBadRequest)
		return
	}
	_, err := s.db.ExecContext(r.Context(),
		`UPDATE segments SET status = $3, departs_at = COALESCE(NULLIF($4, '')::timestamptz, departs_at) WHERE flight = $1 AND date = $2`,
		n.Flight, n.Date, n.Status, n.NewDepart)
	if err != nil {
		http.Error(w, "db", http.StatusInternalServerError)
		return
	}
	w.WriteHeader(http.StatusOK)
}
